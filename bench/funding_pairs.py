"""An experiment (not used by the extractor): funding facts chosen by a small learnt model over
candidate (funder, funded) pairs.

Every sentence that speaks of money gives candidate pairs: the rules' own funding facts, and
pairs of the bodies, initiatives and events it names, of bodies named again by a head noun
("die drei Kommunen", "der Kreis"), the funder of the grant told of last, the work the
article is about and the work told of last. Each pair is described by general features (the
mentions' classes and kinds, the word before and after each one ("vom", "des", "für", "an"),
where it stands, the order of the two, cue words of the sentence and their combinations with
the features of each side, a sum in it, whether the rules proposed the pair) and kept when a
logistic regression trained on the fixture articles gives it a probability of at least
:data:`THRESHOLD`. ``bench/train_funding.py`` scores it leave-one-round-out.

Measured on 2026-12-02 (rounds 1-12, 308 funding facts): the model, trained without the held
round, reached the rules' F1 on the one round the rules had not been tuned on (round 12: 0.39
against 0.38) and stayed below the rules on the rounds they were tuned on (mean 0.77-0.78
against 0.80); without the rules' pairs as a feature it reached a mean of 0.42-0.64; with the
rules made more general afterwards, 0.62 against 0.62 on round 12, mean 0.80 against 0.82. It
cost a quarter of the extractor's speed. Too few annotated facts for it to learn more than the rules
know; worth trying again when more blind rounds exist.
"""

from __future__ import annotations

import math
import re
from bisect import bisect_left
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from typing import Final

from loaders.articles.factkit import _is_title as is_title
from loaders.articles.facts import Context
from loaders.articles.findings import Amount, Fact, Mention, Ref
from loaders.articles.normalise import key
from loaders.articles.sentences import Sentence

_WORD: Final = re.compile(r"[\wäöüßÄÖÜ]+(?:-[\wäöüßÄÖÜ]+)*")
_KNOWN_BEFORE: Final = frozenset(
    [
        "vom",
        "von",
        "durch",
        "des",
        "der",
        "dem",
        "den",
        "die",
        "das",
        "für",
        "an",
        "aus",
        "mit",
        "über",
        "im",
        "in",
        "bei",
        "beim",
        "zur",
        "zum",
        "und",
        "sowie",
        "auch",
        "je",
        "jede",
        "jeder",
        "jedes",
        "jeweils",
        "ihre",
        "ihren",
        "seine",
        "seinen",
        "sich",
        "selbst",
        "ein",
        "eine",
        "einer",
        "einem",
        "einen",
        "dass",
        "wie",
        "den",
    ]
)
"""Words before a mention whose case or preposition says which part it plays."""
_CUES: Final = (
    ("foerder", re.compile(r"(?i:förder)")),
    ("finanz", re.compile(r"(?i:finanzier)")),
    ("zuschuss", re.compile(r"(?i:zusch[uü]ss|zuwendung)")),
    ("mittel", re.compile(r"(?i:mittel\b|mitteln\b)")),
    ("bereit", re.compile(r"(?i:bereit|zur verfügung)")),
    ("bewillig", re.compile(r"(?i:bewillig)")),
    ("erhalt", re.compile(r"\b(?:erhält|erhalten|erhielt\w*|bekommt|bekommen|bekam\w*)\b")),
    ("zahlt", re.compile(r"\b(?:zahl\w*|bezahl\w*|trägt|tragen|trug\w*|übernimmt|übernehm\w*)")),
    ("beteilig", re.compile(r"\bbeteilig\w*")),
    ("unterstuetz", re.compile(r"(?i:unterstütz)")),
    ("invest", re.compile(r"(?i:investi|finanzierungsrunde|kapitalgeber|beteiligungs)")),
    ("preis", re.compile(r"(?i:preisgeld|stiftet|gestiftet|preis)")),
    ("selbst", re.compile(r"\b(?:selbst|eigenen|Eigenanteil\w*|Eigenmittel\w*|Rest)\b")),
    ("je", re.compile(r"\b(?:je|jeweils|[Jj]ede[rsmn]?|pro)\b")),
    ("kosten", re.compile(r"(?i:kosten|haushalt|budget)")),
    ("gibt", re.compile(r"\b(?:gibt|geben|gab|gaben|kommen|kommt|kam|kamen|stammt|fließ\w*)\b")),
    ("source", re.compile(r"\b(?:[Aa]us|[Üü]ber)[ \t]+(?:de[mnr]|das|sein\w*|ihr\w*)\b")),
)
"""Cue words of a sentence, each a feature of every pair in it."""
_FUND_VERB: Final = re.compile(
    r"(?i:förder|finanzier|unterstütz|zahl|trägt|tragen|übernimm|stiftet|gibt|investier|"
    r"stellt|beteilig|bewillig|steuert|bringt)"
)
_RECEIVE_VERB: Final = re.compile(r"(?i:erhält|erhalten|erhielt|bekommt|bekommen|bekam)")
_SOURCE_BEFORE: Final = re.compile(
    r"\b(?:[Aa]us|[Üü]ber)[ \t]+(?:dem|der|den|das|(?:sein|ihr|ein)(?:em|er|en))[ \t]+"
    r"(?:[\w-]+[ \t]+)?[„“\"»]?$"
)
"""A programme named as where money comes from ("aus dem Programm X")."""
_LOCAL: Final = ("city", "municipality")
_NOUNS: Final[dict[str, tuple[bool, tuple[str, ...]]]] = {
    "Stadt": (False, ("city",)),
    "Hansestadt": (False, ("city",)),
    "Kreisstadt": (False, ("city",)),
    "Städte": (True, ("city",)),
    "Gemeinde": (False, _LOCAL),
    "Verbandsgemeinde": (False, _LOCAL),
    "Samtgemeinde": (False, _LOCAL),
    "Markt": (False, _LOCAL),
    "Gemeinden": (True, _LOCAL),
    "Kommune": (False, (*_LOCAL, "county")),
    "Kommunen": (True, (*_LOCAL, "county")),
    "Kreis": (False, ("county",)),
    "Landkreis": (False, ("county",)),
    "Kreise": (True, ("county",)),
    "Landkreise": (True, ("county",)),
    "Bezirk": (False, ("district",)),
    "Bezirksamt": (False, ("district",)),
    "Bezirke": (True, ("district",)),
    "Bezirksämter": (True, ("district",)),
    "Land": (False, ("state", "ministry")),
    "Landes": (False, ("state", "ministry")),
    "Freistaat": (False, ("state", "ministry")),
    "Ministerium": (False, ("ministry",)),
    "Ministeriums": (False, ("ministry",)),
    "Sparkasse": (False, ("bank",)),
    "Bank": (False, ("bank",)),
    "Stiftung": (False, ("foundation",)),
    "Unternehmen": (False, ("company", "startup")),
    "Start-up": (False, ("company", "startup")),
    "Verband": (False, ("municipal_association",)),
}
"""Head nouns that name again a body of a kind the text named ("die Stadt", "der Kreis") or,
in the plural, every one of them it named ("die drei Kommunen", "beide Bezirke")."""
_NOUN: Final = re.compile(
    r"(?<![\w-])(?P<noun>" + "|".join(sorted(_NOUNS, key=len, reverse=True)) + r")(?![\w-])"
    r"(?![ \t]+[A-ZÄÖÜ„“\"])"
)
THRESHOLD: Final = 0.5
"""The probability from which a candidate pair is a funding fact (chosen by leave-one-round-out
scores of the fixture rounds, see ``bench/train_funding.py``)."""


@dataclass
class Candidate:
    """A possible funding fact of one sentence: funder, funded, the rules' facts for the pair
    (their sums are kept) and the features that describe it, in four parts that do not share
    a feature: of the sentence, of the funder, of the funded and of the pair (the first three
    are shared by every candidate of the sentence that has that funder or funded, so their
    weights are summed once)."""

    sentence: Sentence
    subject: Ref
    object: Ref
    parts: tuple[list[str], list[str], list[str], list[str]]
    rule_facts: list[Fact] = field(default_factory=list)

    @property
    def features(self) -> set[str]:
        """Every feature of the candidate."""
        return {f for part in self.parts for f in part}


@dataclass
class _Side:
    """A funder or funded of a sentence: its reference, its mention, how it was found."""

    ref: Ref
    at: Mention | None
    sources: set[str] = field(default_factory=set)
    features: list[str] = field(default_factory=list)
    hooks: list[str] = field(default_factory=list)


@dataclass
class Article:
    """What the candidates are read from (the text and what the extractor found in it)."""

    text: str
    sentences: list[Sentence]
    mentions: list[Mention]
    amounts: list[Amount]
    main: Mention | None
    title_end: int

    def __post_init__(self) -> None:
        self.by_label: dict[str, list[Mention]] = {}
        """The mentions of each key of a label, in text order."""
        self.frequency: dict[str, int] = {}
        """How often each label is named."""
        for m in self.mentions:
            self.by_label.setdefault(key(m.label), []).append(m)
            self.frequency[m.label] = self.frequency.get(m.label, 0) + 1


def _words_before(text: str, start: int, low: int) -> list[str]:
    return _WORD.findall(text[max(low, start - 30) : start])


def _word_after(text: str, end: int, high: int) -> str:
    found = _WORD.search(text[end : min(high, end + 30)])
    return "" if found is None else found.group()


def _role_features(role: str, r: Ref, m: Mention | None, art: Article, s: Sentence) -> set[str]:
    """What one side of a pair is: its class and kind, where it stands, the words around it."""
    f = {f"{role}:cls={r.cls}"}
    kind = m.kind if m is not None else None
    f.add(f"{role}:kind={kind}")
    if m is None or not (s.start <= m.start < s.end):
        f.add(f"{role}:outside")
        return f
    before = _words_before(art.text, m.start, s.start)
    prev = before[-1] if before else "^"
    low = prev.lower()
    f.add(f"{role}:prev={low if low in _KNOWN_BEFORE or prev == '^' else 'OTHER'}")
    if len(before) <= 1:
        f.add(f"{role}:opens")
    after = _word_after(art.text, m.end, s.end)
    if _FUND_VERB.match(after):
        f.add(f"{role}:next=fund")
    elif _RECEIVE_VERB.match(after):
        f.add(f"{role}:next=receive")
    elif after.lower() in _KNOWN_BEFORE:
        f.add(f"{role}:next={after.lower()}")
    if _SOURCE_BEFORE.search(art.text, max(s.start, m.start - 40), m.start):
        f.add(f"{role}:source")
    return f


def _mention_of(r: Ref, art: Article, s: Sentence) -> Mention | None:
    """The mention a reference stands for: in the sentence, else the last one before it."""
    best = None
    for m in art.by_label.get(key(r.label), ()):
        if s.start <= m.start < s.end:
            return m
        if m.start < s.start:
            best = m
    return best


def candidates(art: Article, rule_funds: list[Fact]) -> list[Candidate]:
    """The candidate pairs of every sentence that speaks of money or funding."""
    found: list[Candidate] = []
    by_sentence: dict[int, list[Fact]] = {}
    for f in rule_funds:
        by_sentence.setdefault(f.start, []).append(f)
    last_work: Mention | None = None
    last_funder: Ref | None = None
    starts = [m.start for m in art.mentions]
    sum_starts = [a.start for a in art.amounts]
    for s in art.sentences:
        low, high = bisect_left(starts, s.start), bisect_left(starts, s.end)
        ms = [m for m in art.mentions[low:high] if m.cls != "Person"]
        rules = by_sentence.get(s.start, [])
        sums = art.amounts[bisect_left(sum_starts, s.start) : bisect_left(sum_starts, s.end)]
        if s.end > art.title_end and (rules or sums or _ANY_MONEY.search(s.text)):
            cues = {name for name, cue in _CUES if cue.search(s.text)}
            if rules or cues & _MONEY_CUES or (sums and cues & _SUM_CUES):
                found.extend(_pairs(art, s, ms, rules, sums, cues, last_work, last_funder))
        if rules:
            last_funder = rules[-1].subject
        for m in ms:
            source = _SOURCE_BEFORE.search(art.text, max(0, m.start - 40), m.start)
            if m.cls in ("Initiative", "Event") and source is None:
                last_work = m
    return found


_MONEY_CUES: Final = frozenset(
    ["foerder", "finanz", "zuschuss", "mittel", "bewillig", "zahlt", "invest", "preis", "selbst"]
)
"""Cues that make a sentence one about money on their own."""
_SUM_CUES: Final = frozenset(
    ["erhalt", "gibt", "beteilig", "kosten", "bereit", "unterstuetz", "je"]
)
"""Cues that speak of money when the sentence states a sum."""
_ANY_MONEY: Final = re.compile(
    r"(?i:förder|finanz|zusch|zuwendung|mittel|bewillig|zahl|trägt|tragen|trug|übernimm|"
    r"übernehm|übernahm|investi|kapitalgeber|beteiligungs|preis|stiftet|selbst|eigen)"
)
"""A word every sentence with a cue of :data:`_MONEY_CUES` contains (a cheap first test)."""
_CONJOINED: Final = ("prev", "next", "kind")
"""Features of a side that are also taken with each cue of the sentence."""


def _pairs(
    art: Article,
    s: Sentence,
    ms: list[Mention],
    rules: list[Fact],
    sums: list[Amount],
    cues: set[str],
    last_work: Mention | None,
    last_funder: Ref | None,
) -> list[Candidate]:
    subjects: dict[str, _Side] = {}
    objects: dict[str, _Side] = {}

    def add(side: dict[str, _Side], r: Ref, m: Mention | None, source: str) -> None:
        k = key(r.label)
        if k not in side:
            side[k] = _Side(r, m)
        side[k].sources.add(source)

    for f in rules:
        add(subjects, f.subject, _mention_of(f.subject, art, s), "rule")
        if f.object is not None:
            add(objects, f.object, _mention_of(f.object, art, s), "rule")
    for m in ms:
        r = Ref(m.label, m.entity, m.cls)
        if m.cls == "Organisation" and m.kind != "place":
            add(subjects, r, m, "sent")
        if m.cls in ("Organisation", "Initiative", "Event") and m.kind != "place":
            add(objects, r, m, "sent")
        if m.cls == "Place":
            body = _body_named(art, m)
            if body is not None:
                add(objects, Ref(body.label, body.entity, body.cls), body, "place")
    for noun in _NOUN.finditer(art.text, s.start, s.end):
        if any(m.start <= noun.start() < m.end for m in ms):
            continue  # part of a name
        for m in _named_by(art, noun.group("noun"), noun.start()):
            r = Ref(m.label, m.entity, m.cls)
            add(subjects, r, m, "noun")
            add(objects, r, m, "noun")
    if last_funder is not None:
        add(subjects, last_funder, _mention_of(last_funder, art, s), "last")
    if art.main is not None:
        add(objects, Ref(art.main.label, art.main.entity, art.main.cls), art.main, "main")
    if last_work is not None:
        add(objects, Ref(last_work.label, last_work.entity, last_work.cls), last_work, "last")
    sentence = sorted(f"cue={c}" for c in cues)
    if sums:
        sentence.append("sum" if len(sums) == 1 else "sums>1")
    for role, side in (("s", subjects), ("o", objects)):
        for x in side.values():
            _describe(role, x, art, s, sentence)
    rule_pairs = {(key(f.subject.label), key(f.object.label)) for f in rules if f.object}
    found = []
    for sk, subject in subjects.items():
        for ok, funded in objects.items():
            if sk == ok:
                continue
            pair = [f"{a}&{b}" for a in subject.hooks for b in funded.hooks]
            sm, om = subject.at, funded.at
            if (
                sm is not None
                and om is not None
                and s.start <= min(sm.start, om.start)
                and max(sm.start, om.start) < s.end
            ):
                pair.append("pair:s<o" if sm.start < om.start else "pair:o<s")
                low, high = min(sm.end, om.end), max(sm.start, om.start)
                if any(low <= a.start and a.end <= high for a in sums):
                    pair.append("pair:sum_between")
                if ";" in art.text[low:high] or ":" in art.text[low:high]:
                    pair.append("pair:clause_break")
            c = Candidate(
                s, subject.ref, funded.ref, (sentence, subject.features, funded.features, pair)
            )
            if (sk, ok) in rule_pairs:
                pair.append("pair:rule")
                c.rule_facts = [
                    f
                    for f in rules
                    if f.object is not None
                    and key(f.subject.label) == sk
                    and key(f.object.label) == ok
                ]
            found.append(c)
    return found


def _describe(role: str, x: _Side, art: Article, s: Sentence, sentence: list[str]) -> None:
    """The features of one side of the sentence's pairs, and those (its sources and kind) that
    are taken with each feature of the same kind of the other side."""
    base = [f"{role}:src={source}" for source in sorted(x.sources)]
    base += sorted(_role_features(role, x.ref, x.at, art, s))
    if role == "o":
        n = art.frequency.get(x.ref.label, 0)
        base.append(f"o:freq={'1' if n <= 1 else '2-3' if n <= 3 else '4+'}")
        if x.at is not None and x.at.start < art.title_end:
            base.append("o:in_title")
    cues = [g for g in sentence if g.startswith("cue=")]
    conjoined = [
        f"{f}&{g}" for f in base if f.split(":", 1)[1].startswith(_CONJOINED) for g in cues
    ]
    x.features = base + conjoined
    x.hooks = [f for f in base if f.split(":", 1)[1].startswith(("src", "kind"))]


def _body_named(art: Article, place: Mention) -> Mention | None:
    """The body a place's name stands for ("Neuruppin" → "Fontanestadt Neuruppin")."""
    for m in art.mentions:
        if m.cls == "Organisation" and m.label.endswith(f" {place.label}"):
            return m
    return None


def _named_by(art: Article, noun: str, at: int) -> list[Mention]:
    """The bodies a head noun names again: the last one of its kind before (else the first
    after), or in the plural every one of its kind the text names (at most eight)."""
    plural, kinds = _NOUNS[noun]
    of_kind = [m for m in art.mentions if m.cls == "Organisation" and m.kind in kinds]
    if plural:
        seen: dict[str, Mention] = {}
        for m in of_kind:
            seen.setdefault(m.label, m)
        return list(seen.values())[:8]
    before = [m for m in of_kind if m.start < at]
    if before:
        return [before[-1]]
    return of_kind[:1]


def probability(features: Iterable[str], w: dict[str, float]) -> float:
    """The logistic regression's probability that a candidate is a funding fact."""
    return _logistic(w.get("bias", 0.0) + sum(w.get(f, 0.0) for f in features))


def _logistic(z: float) -> float:
    return 1.0 / (1.0 + math.exp(-z)) if z > -30 else 0.0


def choose(cands: list[Candidate], w: dict[str, float], threshold: float = THRESHOLD) -> list[Fact]:
    """The funding facts of the candidates the model keeps: the rules' own facts for a pair
    they proposed (with their sums), else a fact of the sentence."""
    found: list[Fact] = []
    sums: dict[int, float] = {}  # the weight of each shared part, summed once
    bias = w.get("bias", 0.0)
    for c in cands:
        z = bias
        for part in c.parts:
            if id(part) not in sums:
                sums[id(part)] = sum(w.get(f, 0.0) for f in part)
            z += sums[id(part)]
        p = _logistic(z)
        if p < threshold:
            continue
        if c.rule_facts:
            found.extend(c.rule_facts)
            continue
        found.append(
            Fact(c.sentence.start, c.sentence.end, "funds", c.subject, c.object, round(p, 2))
        )
    return found


def article(ctx: Context) -> Article:
    """The candidates' view of what the rules read an article from."""
    title = ctx.sentences[0].end if ctx.sentences and is_title(ctx.text, ctx.sentences[0]) else 0
    return Article(ctx.text, ctx.sentences, ctx.mentions, ctx.amounts, ctx.main, title)


def rescore(art: Article, rule_funds: list[Fact], w: dict[str, float]) -> list[Fact]:
    """The funding facts of an article as the model chooses them from the rules' and its own
    candidates; a new fact carries the sum of its sentence when the sentence states one. Rule
    facts no candidate stands for (no funded named, or a passage of two sentences) are kept."""
    cands = candidates(art, rule_funds)
    covered = {id(f) for c in cands for f in c.rule_facts}
    result = [f for f in rule_funds if id(f) not in covered]
    for f in choose(cands, w):
        if f.amount is None and not c_rule(f, rule_funds):
            sums = [a for a in art.amounts if f.start <= a.start < f.end]
            if len(sums) == 1:
                f = replace(f, amount=sums[0])
        result.append(f)
    return result


def c_rule(f: Fact, rule_funds: list[Fact]) -> bool:
    """Whether a fact is one of the rules' own."""
    return any(f is r for r in rule_funds)
