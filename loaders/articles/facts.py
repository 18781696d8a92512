"""Relations between the things found, sentence by sentence, from cue words and positions.

Funding (funder, funded initiative or recipient, amount), part-of, organiser, participant,
winner or recipient (with counts when no names are given), training provider, supporter,
cooperation, membership, location. "Das Land" and "das Vorhaben" refer back to the state
and the initiative the article is about.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import Counter
from dataclasses import dataclass, replace
from functools import partial
from itertools import pairwise
from typing import Final

from loaders.articles import clauses
from loaders.articles.cooperation import cooperation
from loaders.articles.findings import Amount, Count, DateRef, Fact, Mention, Ref, ref
from loaders.articles.lexicon import (
    FUNCTION_WORDS,
    NUMBER_WORDS,
    OPENING_QUOTES,
    ORG_NOUNS,
    PLACE_HEADS,
    PLURAL_PLACE_HEADS,
)
from loaders.articles.located import TERRITORIES, located
from loaders.articles.members import members
from loaders.articles.normalise import key
from loaders.articles.organisers import organisers, own_works, programmes
from loaders.articles.participants import participants
from loaders.articles.parts import parts
from loaders.articles.sentences import Sentence
from loaders.articles.spans import Sorted, Spans
from loaders.articles.supporters import supporters
from loaders.articles.trainers import trainers
from loaders.articles.windows import holds

_I = re.IGNORECASE
FUNDING: Final = re.compile(
    r"\b(?:förder\w*|gefördert(?!e)\w*|finanzier\w*|finanziell|investier\w*|zur Verfügung|"
    r"bereitgestellt|bereitstell\w*|gewähr(?:t|en|te|ten)\b|zugesagt|zugesprochen|"
    r"bewillig\w*|"
    r"Zusch[uü]ss\w*|bezuschuss\w*|Zuwendung\w*|Fördermittel\w*|Förderbescheid\w*|\w*förderung|\w*mitteln?|bereit)\b",
    _I,
)
_FUNDING_WORDS: Final = (
    "förder",
    "bewillig",
    "finanzier",
    "finanziell",
    "investier",
    "zur verfügung",
    "bereit",
    "zusch",
    "zuwendung",
    "mittel",
    "gewähr",
    "zugesagt",
    "zugesprochen",
)
"""Every match of FUNDING contains one of these (lower case): sentences without them are
not searched."""
_PROVIDING: Final = re.compile(
    r"(?i:zur Verfügung|bereitgestellt|bereitstell\w*|bereit|gewähr(?:t|en|te|ten)|zugesagt|"
    r"zugesprochen)"
)
"""Cues of providing that speak of money only when the sentence states a sum ("gewährt ein
Darlehen von X Euro", not "gewährt Einblick")."""
CONTRIBUTES: Final = re.compile(
    r"(?=[sbatüzEglr])\b(?:steuer\w*|beisteuer\w*|beigesteuert|"
    r"(?:reicht|reichen|reichte|reichten)(?=(?:[^.;]|\.\d)*\bweiter\b)|"
    r"(?:steckt|stecken|steckte|steckten|gesteckt)(?=(?:[^.;]|\.\d)*?\bin[ \t]+(?:das|die|den)\b)|"
    r"(?:bringt|bringen|brachte|brachten)(?=(?:[^.;]|\.\d)*\b(?:auf|ein)\b)|aufgebracht|"
    r"leg(?:t|en|te|ten)(?=(?:[^.;]|\.\d)*\b(?:dazu|drauf)\b)|trägt|tragen|"
    r"trug|trugen|übernimmt|übernahm|übernahmen|zahlte|zahlten|stiftete|stifteten|"
    r"überweist|überweisen|überwies|überwiesen|"
    r"beteilig(?:t|en|te|ten)[ \t]+sich(?=[^.;]{0,60}?[ \t]mit[ \t]|[^.;]{0,60}?:[ \t])|"
    r"übernehmen|übernommen|Eigenanteil\w*|zahlt|zahlen|bezahl(?:t|en|te|ten)|stiftet|stiften|"
    r"gestiftet|"
    r"gibt(?=(?:[^.;]|\.\d)*\bdazu\b|[ \t]+(?:der|die|das)\b)|geben[ \t]+(?:der|die|das)\b|"
    r"spende[nt]?|spendete[n]?|gespendet|spendier\w*|schenkt|schenkte[n]?|geschenkt|"
    r"sponser(?:t|n|te|ten)|gesponsert|"
    r"aufgestockt|stockt|stockte[n]?|"
    r"(?:gibt|gab|geben|gaben)(?=(?:[^.;]|\.\d)*?\bEuro\b)"
    r"(?!(?:[^.;,]|[.,]\d)*[ \t]aus(?:[ \t]*[.;,]|$))|"
    r"(?:schießt|schießen|schoss|schossen)(?=(?:[^.;,]|\.\d)*\bzu\b)|zuschieß\w*|zugeschossen)"
)
"""A body paying its share ("steuert … bei", "bringt … auf", "legt … dazu", "schießt … zu",
"trägt die Kosten"), or giving money ("spendet", "stockt … auf", "gibt … X Euro", not "gibt …
X Euro … aus", which is spending; "reicht … an die Stadt X weiter", which blind rounds used
where the rules knew only "fördert"): with a sum, any body can be the one who pays, a town, a
county or a bank too."""
OWN_MONEY: Final = re.compile(
    r"\b(?:eigene[nm]?[ \t]+(?:Mitteln|Haushalt(?:en|s|es)?)|selbst|"
    r"Eigenanteil\w*|Eigenmittel\w*)\b"
)
"""A share paid by those who carry out the work themselves, not money given to them."""
FOR_RECIPIENT: Final = re.compile(
    r"\bfür[ \t]+(?:seine|ihre|die|alle)[ \t]+(?P<noun>[A-ZÄÖÜ][a-zäöüß]+)"
)
PART_OF: Final = re.compile(
    r"T(?<!\wT)eil\s+(?:des|der|eines|einer)\s+|i(?<!\wi)m Rahmen\s+(?:des|der)\s+|"
    r"B(?<!\wB)austein\s+(?:des|der|eines|einer|seiner|ihrer)\s+"
)
"""A whole something is part of: "Teil des/der …", "im Rahmen des/der …" (each written to
start with its letter, so the engine skips to it)."""
_NEAR: Final = 40
ORGANISER: Final = re.compile(
    r"\b\w*(?:[Vv]eranstaltung|[Kk]onferenz|[Tt]agung|[Ww]orkshop|[Kk]ongress)\s+(?:des|der|vom)\s+"
)
ORGANISES: Final = re.compile(
    r"(?=[vorlaugsi])\b(?:veranstalte\w*|organisier\w*|richte\w*(?=[^.;]*\baus\b)|ausrichte\w*|"
    r"ausgerichtet|getragen|lädt|"
    r"an den Start gebracht|gestartet|startet|initiiert\w*|ins Leben gerufen)\b"
)
SUPPORTS: Final = re.compile(r"(?=[uU])\b(?:unterstütz\w*|Unterstützt|Unterstützung)\b")
TRAINS: Final = re.compile(
    r"(?=[QSKFWsq])\b(?:Qualifizierungskurse|Schulung\w*|Kurse|Seminar\w*|Fortbildung\w*|Weiterbildung\w*|"
    r"schul(?:t|en)|qualifizier\w*)\b"
)
PARTICIPATES: Final = re.compile(
    r"(?=[gGPaeTnbBmSA])\b(?:gewinn\w*|gewonnen|Preisträger\w*|[Aa]usgezeichnet|Sieger\w*|"
    r"erhalten|erhält|"
    r"teilnehmen|teilgenommen|nehmen|nimmt|[Bb]eteilig\w*|mitmachen)\b"
)
"""Verbs of winning, receiving and taking part (not the nouns: "für alle Teilnehmer")."""
_GOVERNMENTS: Final = ("state", "federation", "ministry")
LAND_REF: Final = re.compile(
    r"(?=[dDvViIbBL])(?:\b(?i:das|des|dem|vom|im|beim)\s+Land(?:es)?\b(?!\s+[A-ZÄÖÜ])"
    r"|\bLandesregierung\b(?!\s+[A-ZÄÖÜ])"
    r"|\b(?i:der|des|dem|vom)\s+Freistaat(?:es|s)?\b(?!\s+[A-ZÄÖÜ]))"
)
FEDERAL_FUNDS: Final = re.compile(
    r"\bBundes(?:förder)?(?:mittel|programm|haushalt)\w*|\bBundesförderung\w*"
)
STATE_FUNDS: Final = re.compile(
    r"\bLandes(?:förder)?(?:mittel|programm|haushalt)\w*|\bLandesförderung\w*"
)
ANAPHOR: Final = re.compile(
    r"(?=[dDh])(?:\b(?i:das|dieses|dem|diesem|des|die|diese)\s+(?:Vorhaben|Projekt\w*|"
    r"Programm\w*|Angebot\w*|Kurse|Schulungen|Maßnahmen?|Initiative|Veranstaltung|Portal|"
    r"Plattform)\b|\b(?:hierfür|dafür)\b)"
)
RECEIVES: Final = re.compile(
    r"(?=[ebrafgk])\b(?:erhält|erhalten|erhielt|erhielten|bekommt|bekommen|beantragen|abrufen|"
    r"fließ\w*|fließt|(?:gehen|geht|ging|gingen)(?=(?:[^.;]|\.\d){0,40}?[ \t]an[ \t])|"
    r"(?:kommen|kommt|kam|kamen)(?=(?:[^.;]|\.\d){0,30}?[ \t](?:vom|von)[ \t]))\b"
)
"""Receiving (or money flowing): a funding cue when the sentence states a sum of money."""
PER_RECIPIENT: Final = re.compile(
    r"\b(?:[Jj]ede[rsmn]?|je|pro)[ \t]+(?:[a-zäöüß]+(?:e|en|er|es)[ \t]+)?"
    r"(?P<noun>[A-ZÄÖÜ][a-zäöüß]+)\b"
)
"""The kind of recipient a sum is stated for: "je Landkreis", "jede teilnehmende Gemeinde"."""
SOURCE: Final = re.compile(
    r"\b(?:[Aa]us|[Üü]ber)[ \t]+(?:dem|der|den|das|(?:sein|ihr|ein)(?:em|er|en))[ \t]+"
    r"(?:[\w-]+[ \t]+)?[„“\"»]?$"
)
"""A programme the money comes from ("aus dem Förderprogramm X") is not what it funds."""
_NOT_RECIPIENTS: Final = frozenset(
    [
        "Jahr",
        "Jahre",
        "Jahren",
        "Monat",
        "Monate",
        "Woche",
        "Tag",
        "Kopf",
        "Einwohner",
        "Euro",
        "Antrag",
        "Teilnehmer",
        "Teilnehmerin",
        "Teilnehmenden",
        "Teilnehmende",
        "Preisgeld",
        "Geld",
        "Budget",
    ]
)
_GRANTED: Final = re.compile(r"\bbewillig\w*")
"""A council granting money: the body that grants it pays."""
_FUNDERS: Final = ("state", "ministry", "federation", "agency", "public_body")
_RECIPIENTS: Final = (
    "municipality",
    "city",
    "county",
    "startup",
    "company",
    "district",
    "special_purpose_association",
)
_PAYERS: Final = ("municipality", "city", "county")
_DONORS: Final = ("bank", "foundation", "investor")
"""Bodies that give money of their own when a sentence states a sum and a verb of paying."""


_PRIZE_NAME: Final = re.compile(r"(?i:preis|wettbewerb|award)")
"""A prize or competition by its name ("Xpreis 2026"), whatever kind its pattern gave it."""
_NOT_COMPOUND_HEADS: Final = frozenset(["projekt", "programm", "vorhaben", "initiative"])
"""Heads too general to name one event or initiative again by compound."""
_HEAD_BEFORE: Final = re.compile(r"\b(?P<head>[A-ZÄÖÜ][a-zäöüß]{3,})[ \t]+[„“\"»]?$")
"""The head noun right before an initiative's name: "Förderlinie" in "Förderlinie „X“"."""
_HEAD_AGAIN: Final = re.compile(
    r"\b(?:[Dd](?:er|ie|as|em|en|es|iese[rsmn]?))[ \t]+(?:[a-zäöü]+[ \t]+)?"
    r"(?P<head>[A-ZÄÖÜ][a-zäöüß]{3,}?)(?:e?s)?\b(?![ \t]*[„“\"»A-ZÄÖÜ])"
)
"""A head noun with an article and no name after it: "der Förderlinie", "des Programms"."""


def _found(pattern: re.Pattern[str], needs: tuple[str, ...], text: str) -> re.Match[str] | None:
    """``pattern.search(text)``, the text read only when it holds one of ``needs`` (words every
    match contains): a word test is much cheaper than a search."""
    return pattern.search(text) if holds(text, needs) else None


def _funding_word(text: str) -> bool:
    """Whether a sentence holds a word every match of FUNDING contains."""
    lower = text.lower()
    return any(word in lower for word in _FUNDING_WORDS)


_LAND_WORDS: Final = ("Land", "Freistaat")
_SUPPORT_WORDS: Final = ("nterstütz",)
_ORGANISER_WORDS: Final = ("eranstaltung", "onferenz", "agung", "orkshop", "ongress")
_ORGANISES_WORDS: Final = (
    "veranstalte",
    "organisier",
    "richte",
    "ausgerichtet",
    "getragen",
    "lädt",
    "an den Start gebracht",
    "gestartet",
    "startet",
    "initiiert",
    "ins Leben gerufen",
)
_PARTICIPATES_WORDS: Final = (
    "gewinn",
    "gewonnen",
    "Preisträger",
    "usgezeichnet",
    "Sieger",
    "erhalten",
    "erhält",
    "eilnehm",
    "nehmen",
    "nimmt",
    "eteilig",
    "mitmachen",
)
_PART_OF_WORDS: Final = ("Teil", "im Rahmen", "Baustein")
"""Words every match of the pattern of that name contains (see :func:`_found`)."""


_OF_STATE: Final = re.compile(
    r"\b(?:des|der)[ \t]+(?P<head>Land|Freistaat)(?:es|s)?[ \t]+(?P<state>[A-ZÄÖÜ][\w-]+)"
)
"""A state in a body's name: "… des Landes Sachsen-Anhalt", "… des Freistaates Thüringen"."""


_STATE_NAMED: Final = re.compile(
    r"(?P<head>L(?<![\w-]L)and|F(?<![\w-]F)reistaat)(?:es|s)?[ \t]+"
    r"(?P<state>[A-ZÄÖÜ][a-zäöüß]{3,}(?:-[A-ZÄÖÜ][a-zäöüß]+)?)\b"
)
"""A state named as "Land Y" or "Freistaat Y"."""


def _unknown_states(text: str, mentions: list[Mention]) -> list[tuple[int, Ref]]:
    """States named "Land Y" or "Freistaat Y" that are no mention: Y is a word of a name the
    text names, or ends its clause ("vom Land Y."), so is no noun ("das Land Mittel …")."""
    if "Land " not in text and "Freistaat " not in text:
        return []
    found = []
    for named in _STATE_NAMED.finditer(text):
        state = named.group("state")
        if any(m.start <= named.start() < m.end for m in mentions):
            continue
        if text[named.end() : named.end() + 1] in (".", ",", ";", ":", ")") or any(
            state in m.label for m in mentions
        ):
            found.append(
                (named.start(), Ref(f"{named.group('head')} {state}", None, "Organisation"))
            )
    return found


@dataclass
class Context:
    """What facts are read from: the text, its sentences and everything found in it."""

    text: str
    sentences: list[Sentence]
    mentions: list[Mention]
    amounts: list[Amount]
    counts: list[Count]
    dates: list[DateRef]
    federation: Ref | None = None
    roles: list[Fact] | None = None

    def __post_init__(self) -> None:
        self.role_of = {
            f.subject.label: f.object
            for f in self.roles or ()
            if f.predicate == "holds_role" and f.object is not None
        }
        """The body each person holds a role in."""
        self.kind_of = {m.label: m.kind for m in self.mentions if m.cls == "Organisation"}
        """The kind of each body named (by label)."""
        self.we, self.answers = _interviewee(self.text, self.role_of)
        """In an interview, the body of the one who answers ("uns", "wir"), and the answers."""
        self.index = Spans(self.mentions)
        self.amount_index = Sorted(self.amounts)
        self.count_index = Sorted(self.counts)
        self.date_index = Sorted(self.dates)
        self.states = [m for m in self.mentions if m.kind == "state" and m.entity]
        self.state_starts = [m.start for m in self.states]
        wholes = _wholes(self.text, self.index)
        self.initiatives = [
            m for m in self.mentions if m.cls in ("Initiative", "Event") and m.start not in wholes
        ]
        self.initiative_starts = [m.start for m in self.initiatives]
        title = (
            self.sentences[0].end
            if self.sentences and _is_title(self.text, self.sentences[0])
            else 0
        )
        self.main = next(
            (m for m in self.initiatives if m.cls == "Initiative" and m.start >= title), None
        )
        """The initiative the article is about: the first one its body names."""
        self.first_work = self.main or next(
            (m for m in self.mentions if m.cls == "Initiative" and m.start >= title), None
        )
        """The initiative the article is about, else the first one named, a whole too."""
        prizes = [
            m
            for m in self.initiatives
            if m.kind == "competition" or _PRIZE_NAME.search(m.label) is not None
        ]
        self.prize = next((m for m in prizes if m.start >= title), prizes[0] if prizes else None)
        """The prize or competition the article tells of (prize money is its money)."""
        self.heads: dict[str, list[Mention]] = {}
        for m in self.mentions:
            if m.cls in ("Initiative", "Event"):
                head = _HEAD_BEFORE.search(self.text, max(0, m.start - 40), m.start)
                if head is not None:
                    self.heads.setdefault(head.group("head"), []).append(m)
        self.sentence_starts = [s.start for s in self.sentences]
        self.unknown_states = _unknown_states(self.text, self.mentions)
        """States the graph does not know, named "Land Y" (with their positions)."""
        self.last_funder: tuple[int, Ref] | None = None
        """The funder of the last sentence that stated a grant (not a share paid by those
        who do the work), with that sentence's end."""
        self.last_funded: Ref | None = None
        """What the last sentence that stated a sum funded."""
        self.last_financed: Ref | None = None
        """The company whose investors the text told of last."""
        self.financed_until = -1
        """Where the last sentence that told of investors in a company ends."""
        self.last_recipients: list[Ref] = []
        """The towns and counties the last grant to several of them went to."""
        self.opened: list[tuple[int, str, Ref]] = []
        """Bodies not found as names that sentences opened with as payers (see
        :func:`_opening_body`), with their positions and head nouns."""

    def last_initiative_before(self, position: int) -> Mention | None:
        """The initiative or event mentioned last before ``position``."""
        i = bisect_left(self.initiative_starts, position)
        return self.initiatives[i - 1] if i else None

    def named_again(self, s: Sentence) -> Mention | None:
        """An initiative a sentence names again by the head noun its name followed ("aus der
        Förderlinie „X“" … "eine Runde der Förderlinie"): the last one named before."""
        for m in _HEAD_AGAIN.finditer(s.text):
            found = self.heads.get(m.group("head"))
            if found is None:
                found = self.compounds(m.group("head"))  # "die Messe": the "Xmesse Y"
            before = [x for x in found if x.start < s.start]
            if before:
                return before[-1]
        return None

    def compounds(self, head: str) -> list[Mention]:
        """The events and initiatives whose name opens with a compound of ``head``
        ("Baumesse X" for "Messe")."""
        tail = head.lower()
        if len(tail) < 5 or tail in _NOT_COMPOUND_HEADS:
            return []
        return [m for m in self.initiatives if m.label.split()[0].lower().endswith(tail)]

    def is_source(self, m: Mention) -> bool:
        """Whether an initiative is named as where money comes from ("aus dem Programm X")."""
        return SOURCE.search(self.text, max(0, m.start - 40), m.start) is not None

    def last_work_before(self, position: int) -> Mention | None:
        """The initiative or event mentioned last before ``position`` that is not named as
        where money comes from, else the one the article is about."""
        i = bisect_left(self.initiative_starts, position)
        while i:
            i -= 1
            if not self.is_source(self.initiatives[i]):
                return self.initiatives[i]
        return self.first_work

    def antecedent(self, s: Sentence, funder: Ref, *, bodies: bool = True) -> Ref | None:
        """What "dafür", "das Projekt" or a bare sum refers to: an initiative of the sentence
        before, else a body (no funder) it named last, else the initiative named last."""
        i = bisect_left(self.sentence_starts, s.start)
        if i:
            before = self.sentences[i - 1]
            named = [m for m in self.index.within(before.start, before.end) if m.cls != "Person"]
            for m in reversed(named):
                if (
                    m.cls in ("Initiative", "Event")
                    and m in self.initiatives
                    and not self.is_source(m)
                ):
                    return ref(m)  # not where money came from: "aus dem Programm X"
            earlier = self.last_work_before(s.start)
            if earlier is not None and s.start <= earlier.start < s.end:
                earlier = None  # first named in this very sentence (as where money comes from)
            if bodies and earlier is not None:
                if self.is_source(earlier):  # a programme money comes from is no work funded
                    return _new_body(self) or ref(earlier)
                return ref(earlier)  # the work told of (before, else the article's), not a body
            for m in reversed(named):
                if not bodies:
                    break
                if m.cls == "Organisation" and m.kind not in _FUNDERS[:3] and ref(m) != funder:
                    return ref(m)
        if not bodies:
            return None
        earlier = self.last_initiative_before(s.start)
        return None if earlier is None else ref(earlier)

    def state_in_names(self) -> Ref | None:
        """The state a text names only inside a body's name ("Ministerium für X des Landes
        Y"), as "Land Y": what "das Land" refers to when no state is named on its own; else
        a state the graph does not know that the text calls "Land Y" (see
        :func:`_unknown_states`)."""
        for m in self.mentions:
            if m.cls == "Organisation":
                named = _OF_STATE.search(m.label)
                if named is not None:
                    return Ref(f"{named.group('head')} {named.group('state')}", None, m.cls)
        return self.unknown_states[0][1] if self.unknown_states else None

    def state_before(self, position: int) -> Mention | None:
        """The state named last before ``position`` (else the first one named after it)."""
        i = bisect_left(self.state_starts, position)
        if i:
            return self.states[i - 1]
        return self.states[0] if self.states else None


def _wholes(text: str, index: Spans) -> set[int]:
    """Starts of initiatives named as the whole something is part of ("Teil der Strategie X"):
    context, not what later sentences refer back to."""
    found = set()
    for cue in PART_OF.finditer(text):
        whole = _whole_after(cue.end(), index.starting(cue.end(), cue.end() + _NEAR))
        if whole is not None:
            found.add(whole.start)
    return found


def _is_title(text: str, s: Sentence) -> bool:
    """The title line of an article: first, on a line of its own, without a final stop."""
    return s.start == 0 and text[s.end : s.end + 1] == "\n" and text[s.end - 1] not in ".!?"


def facts(ctx: Context) -> list[Fact]:
    """Every relation the sentences state."""
    found: list[Fact] = []
    places = [m for m in ctx.mentions if m.cls == "Place" or m.kind in TERRITORIES]
    for s in ctx.sentences:
        ms = [m for m in ctx.index.within(s.start, s.end) if m.cls != "Person"]
        if _is_title(ctx.text, s):
            continue  # a title repeats what the text states
        text = s.text
        if not ms and not ctx.amount_index.inside(s.start, s.end):
            if (
                _found(LAND_REF, _LAND_WORDS, text) is not None  # "… vom Land."
                or _found(_OWN_SHARE, _OWN_WORDS, text) is not None  # "Den Rest tragen …"
                or _found(_LOCAL_BUDGET, ("aushalt",), text) is not None  # "aus unserem …"
                or (
                    "osten" in text  # "Die Bremer Bank übernahm die Kosten für …"
                    and _ALL_COSTS.search(text) is not None
                    and _opening_body(ctx, s, _GIVING_VERB) is not None
                )
                or (
                    "osten" in text  # "Die Kosten der Kurse trägt der Kreis."
                    and (_COSTS_FIRST.search(text) or _PART_SHARE.search(text)) is not None
                )
            ):
                found.extend(_real(s, _with_own_shares(ctx, s, ms, text, None)))
            counts = ctx.count_index.inside(s.start, s.end)
            if counts:  # "Beworben hatten sich 27 Kommunen.", "Rund 300 Gäste kamen."
                found.extend(
                    participants(ctx.text, s, ms, counts, ctx.main, False, None, ctx.index)
                )
            if counts:  # "Der Verband vertritt 419 Städte."
                found.extend(members(ctx.text, s, ms, counts, ctx.index, None))
            # "Das Programm gehört zur Gesamtsteuerung X": a whole named without quotes
            found.extend(parts(ctx.text, s, ms, ctx.index, ctx.main, None))
            continue  # every other relation needs a name in the sentence, or a sum of money
        dates = ctx.date_index.inside(s.start, s.end)
        date = next((d.value for d in dates if d.value), None)
        classes = {m.cls for m in ms}
        bodies = "Organisation" in classes
        works = "Initiative" in classes or "Event" in classes
        private = _found(_PRIVATE, _PRIVATE_WORDS, text)
        if private is None and _right_after(ctx, s, ctx.financed_until) and _OF_ROUND.search(text):
            private = _OF_ROUND.search(text)  # "X Euro davon kommen von der Bank Y": the round's
        if (
            private is None
            and _right_after(ctx, s, ctx.financed_until, within=3)
            and any(m.cls == "Organisation" and m.kind in (*_INVESTORS, None) for m in ms)
        ):
            # "Angeführt wird die Runde von X", "Weitere Y Euro kommen von Z", "Ergänzt wird die
            # Finanzierung durch ein Darlehen der Bank W": the round told of goes on (with a
            # body that may invest; "Weitere X Euro gibt das Land" is a grant)
            private = _found(_ROUND_GOES_ON, _ROUND_GOES_ON_WORDS, text)
        if private is None:
            found.extend(_real(s, _with_own_shares(ctx, s, ms, text, date)))
        elif bodies:
            found.extend(_investors(ctx, s, ms, date))
        elif ctx.amount_index.inside(s.start, s.end):
            ctx.financed_until = s.end  # "Es hat eine Finanzierungsrunde über X Euro abgeschlossen"
        counts = ctx.count_index.inside(s.start, s.end)
        paid = bool(ctx.amount_index.inside(s.start, s.end))
        if works:  # the readers below return nothing without what they need in the sentence
            found.extend(_part_of(ctx, s, ms, text, date))
            found.extend(_organiser(ctx, s, ms, text, date))
        if bodies or works:  # ("aus dem Programm X, das das Ministerium auflegt")
            found.extend(programmes(ctx.text, s, ms, ctx.index, date))
        if bodies:
            found.extend(organisers(ctx.text, s, ms, ctx.index, date))
            found.extend(own_works(ctx.text, s, ms, ctx.index, date))
            found.extend(supporters(ctx.text, s, ms, ctx.index, ctx.main, paid, date))
            found.extend(_trainers(ctx, s, ms, counts, paid, date))
        if works or ctx.main is not None:
            found.extend(_participates(ctx, s, ms, text, date))
            found.extend(participants(ctx.text, s, ms, counts, ctx.main, paid, date, ctx.index))
        if bodies:
            joined = members(ctx.text, s, ms, counts, ctx.index, date)
            found.extend(_not_fellow_members(cooperation(ctx.text, s, ms, ctx.index, date), joined))
            found.extend(joined)
        found.extend(located(ctx.text, s, ms, places, ctx.index, date))
        found.extend(parts(ctx.text, s, ms, ctx.index, ctx.main, date))
    hosts = {(f.subject, f.object, f.start) for f in found if f.predicate == "organises"}
    found = [
        f
        for f in found
        if f.predicate != "participates_in" or (f.subject, f.object, f.start) not in hosts
    ]  # who hosts an event does not also take part in it
    return _unique(found)


_WISHED: Final = re.compile(
    r"(?=[fFsvWwabgB])\b(?:forder(?:t|n|te|ten)|Forderung|schl(?:ägt|agen|ug|ugen)\b(?=[^.;]*\bvor\b)|"
    r"vorgeschlagen|Vorschlag|Wunsch|wünsch(?:t|en|te|ten)|appellier\w*|gebeten|bittet|bitten|"
    r"bat|baten|verlang(?:t|en|te|ten)|wollte|wollten|scheiterte|scheiterten)\b"
)
"""A demand, wish or proposal, or money a body wanted in vain: what follows it is not paid."""
_WISHED_WORDS: Final = (
    "ford",
    "Ford",
    "orschl",
    "schl",
    "unsch",
    "ünsch",
    "ppellier",
    "bat",
    "bitte",
    "gebeten",
    "verlang",
    "wollte",
    "scheiterte",
)
_REFUSED: Final = re.compile(
    r"\b(?:bisher|bislang|noch|davon)[ \t]+nichts\b|\bkeine[ \t]+Zusage\b|"
    r"\bZusage[ \t]+gibt[ \t]+es[ \t]+(?:\w+[ \t]+)?nicht\b|\bum\b[^.;]*\bgebeten\b"
)
"""Money not promised ("zugesagt ist davon noch nichts", "eine Zusage gibt es nicht") or only
asked for ("hatte das Land um X Euro gebeten"): no grant in the sentence."""


def _real(s: Sentence, found: list[Fact]) -> list[Fact]:
    """Grants a sentence states as paid: not those of a demand, wish or proposal ("Der Verband
    fordert, das Programm auf X Euro aufzustocken": the sums after its verb), nor any in a
    sentence that says nothing was promised."""
    if not found:
        return found
    text = s.text
    if ("nichts" in text or "Zusage" in text or "gebeten" in text) and _REFUSED.search(text):
        return [f for f in found if f.predicate != "funds"]
    wished = _found(_WISHED, _WISHED_WORDS, text)
    if wished is None:
        return found
    at = s.start + wished.start()
    return [
        f for f in found if f.predicate != "funds" or (f.amount is not None and f.amount.start < at)
    ]


_ROUND_GOES_ON: Final = re.compile(
    r"\b(?:Runde|[Ww]eitere|[Üü]brigen|investier\w*|Darlehen\w*|Finanzierung)\b"
)
"""Words that go on telling of a round of financing told of in the sentence before."""
_ROUND_GOES_ON_WORDS: Final = ("Runde", "eitere", "brigen", "nvestier", "Darlehen", "Finanzierung")
_OF_ROUND: Final = re.compile(
    r"\b(?:[Dd]avon|[Dd]en[ \t]+größten[ \t]+(?:Teil|Anteil)|[Dd](?:en|er)[ \t]+Rest)\b"
)
"""A part of money told of ("X Euro davon kommen von …", "Den größten Teil steuerte X bei;
den Rest teilen sich Y und Z"): after a round of financing, its investors."""


def _right_after(ctx: Context, s: Sentence, end: int, within: int = 1) -> bool:
    """Whether ``s`` is the sentence right after the one that ends at ``end`` (or one of the
    ``within`` sentences after it)."""
    i = bisect_left(ctx.sentence_starts, s.start)
    return any(i > k and ctx.sentences[i - 1 - k].end == end for k in range(within))


def _unique(found: list[Fact]) -> list[Fact]:
    seen: set[tuple[str, Ref, Ref | None, int]] = set()
    result = []
    for fact in found:
        key = (fact.predicate, fact.subject, fact.object, fact.start)
        if key not in seen and fact.subject != fact.object:
            seen.add(key)
            result.append(fact)
    return result


def _fact(
    s: Sentence, predicate: str, subject: Ref, obj: Ref | None, conf: float, **kw: object
) -> Fact:
    return Fact(s.start, s.end, predicate, subject, obj, conf, **kw)  # type: ignore[arg-type]


def _land(ctx: Context, s: Sentence, text: str) -> tuple[int, Ref] | None:
    m = _found(LAND_REF, _LAND_WORDS, text)
    if m is None:
        return None
    state = ctx.state_before(s.start + m.start())
    if state is None:
        implied = ctx.state_in_names() or _state_ministry(ctx, s)
        return None if implied is None else (s.start + m.start(), implied)
    return s.start + m.start(), ref(state)


_MONEY_TOLD: Final = re.compile(
    r"\b(?:[Dd]en|[Dd]as|[Dd]ie)[ \t]+(?:Zuschuss|Geld|Förderung|Mittel|Fördermittel|"
    r"Förderbescheid|Bescheid|Fördergelder)\b"
)
"""Money told of before, named again ("Den Zuschuss", "Das Geld"): a grant paid out."""
_PAYS_OUT: Final = re.compile(
    r"(?:Aufbau|Förder|Investitions)bank|\bNBank\b|\bL-Bank\b|\bWIBank\b|Förderinstitut"
)
"""A state's development bank by its name: it pays out grants others give."""


def _of_government(ctx: Context, body: Ref) -> bool:
    """Whether a body is a government: a state, its chancellery, a ministry, the federation."""
    return ctx.kind_of.get(body.label) in ("state", "ministry", "federation")


def _of_state(ctx: Context, body: Ref) -> bool:
    """Whether a body pays for a state: the state itself, its chancellery or a ministry of it
    (not of the federation)."""
    kind = ctx.kind_of.get(body.label)
    return kind == "state" or (kind == "ministry" and not body.label.startswith("Bundes"))


def _state_ministry(ctx: Context, s: Sentence) -> Ref | None:
    """The state ministry named in full, for "das Land" or "Landesmittel" in a text that names
    no state."""
    ministry = _ministry_for(ctx, s, Ref("Land", None, "Organisation"), "state")
    return None if ministry.label == "Land" else ministry


_BELONGS: Final = re.compile(r"\b(?:gehör\w*[ \t]+zu[mr]?|ist[ \t]+Teil|Bestandteil)\b")
"""A programme placed in a whole ("gehört zur Strategie X", "ist Teil der Y")."""
_PRIVATE: Final = re.compile(
    r"(?=[FeWRKIGiwrkgAa])\b(?:Finanzierungsrunde\w*|eingesammelt|eingeworben|\w*[Kk]apitalgeber\w*|"
    r"[Ii]nvestor\w*|[Gg]eldgeber\w*|Wagniskapital\w*|Risikokapital\w*|"
    r"[Aa]n[ \t]+(?:dem|der)[ \t]+(?:jungen[ \t]+)?(?:Start-up|Startup|Unternehmen|Firma)\b"
    r"(?=(?:[^.;]|\.\d)*\bbeteiligt\b))"
)
"""Private money for a company: a round of financing, investors, a stake ("An dem Start-up
hat sich die X GmbH mit Y Euro beteiligt")."""
_PRIVATE_WORDS: Final = (
    "Finanzierungsrunde",
    "eingesammelt",
    "eingeworben",
    "apitalgeber",
    "nvestor",
    "eldgeber",
    "agniskapital",
    "isikokapital",
    "beteiligt",
)
_COMPANIES: Final = ("company", "startup")
_INVESTORS: Final = ("company", "startup", "investor", "bank")


_INVESTOR_GROUP: Final = re.compile(
    r"\b(?:von|vom|sowie|und)[ \t]+(?:(?:einer[ \t]+Gruppe|mehreren?|zwei|drei|einigen)[ \t]+)?"
    r"(?:privater?n?[ \t]+)?(?P<noun>Investoren|Business[ \t]+Angels)\b"
)
"""Investors named by their kind alone: "von Investoren", "sowie mehrere Business Angels"."""


def _investors(ctx: Context, s: Sentence, ms: list[Mention], date: str | None) -> list[Fact]:
    """Investors in a company ("hatte das Start-up von der X GmbH … Euro eingesammelt",
    "angeführt vom Kapitalgeber X"): the bodies of the sentence besides the company named last
    before it (else the sentence's first company), when it states a sum or names an investor
    or a bank. No government is an investor."""
    amounts = ctx.amount_index.inside(s.start, s.end)
    if not amounts and not any(m.kind in ("investor", "bank") for m in ms):
        # "Das Geld aus der Finanzierungsrunde will X …": no sum, no investor named (the next
        # sentences may name them: "Angeführt wird die Runde von Y")
        opening = next((m for m in ms if m.kind in _COMPANIES), None)
        if opening is not None:
            ctx.last_financed, ctx.financed_until = ref(opening), s.end
        return []
    company = ctx.index.last_before(s.start, lambda m: m.kind in _COMPANIES)
    if company is None:
        company = next((m for m in ms if m.kind in _COMPANIES), None)
    if ctx.last_financed is not None and _right_after(ctx, s, ctx.financed_until, within=3):
        target = ctx.last_financed  # a round told of goes on: its company, not an investor
    elif company is not None:
        target = ref(company)
    else:
        return []
    ctx.last_financed = target
    ctx.financed_until = s.end
    amount = amounts[0] if amounts else None
    found = [
        _fact(s, "funds", ref(m), target, 0.6, amount=amount, date=date)
        for m in ms
        if (
            m.kind in _INVESTORS
            or (m.kind is None and m.cls == "Organisation" and amounts)
            or (m.cls == "Initiative" and "Fonds" in m.label)
        )
        and ref(m) != target
    ]  # (a body of no known kind with a sum: "beteiligt sich die X-Gesellschaft mit Y Euro")
    for group in _INVESTOR_GROUP.finditer(s.text) if amounts else ():
        # "hatte X Euro von Investoren eingesammelt", "sowie mehrere Business Angels": the
        # investors named by their kind alone
        who = Ref(group.group("noun"), None, "Organisation")
        found.append(_fact(s, "funds", who, target, 0.5, amount=amount, date=date))
    return found


def _with_own_shares(
    ctx: Context, s: Sentence, ms: list[Mention], text: str, date: str | None
) -> list[Fact]:
    """The grants a sentence states and the shares paid by those who do the work (a payer of
    its own share is not also a grant's funder)."""
    each = _each_pays(ctx, s, text, date)
    own = _own_shares(ctx, s, text, date) + each
    grants = _funding(ctx, s, ms, text, date)
    passed = (
        (_passed_on(ctx, s, ms, date) or _handed_on(ctx, s, ms, date)) if "weiter" in text else []
    )
    passed = passed or _prize_given(ctx, s, ms, date) or _sponsored(ctx, s, ms, text, date)
    passed = passed or _gave_perfect(ctx, s, text, date) or _received_relative(ctx, s, ms, date)
    passed = passed or _pays_dative(ctx, s, text, date) or _commissioned(ctx, s, text, date)
    passed = passed or _gives_then_to(ctx, s, text, date) or _from_local_budget(ctx, s, text, date)
    passed = passed or _paid_relative(ctx, s, ms, date) or _prize_offered(ctx, s, ms, date)
    passed = passed or _commissioned_relative(ctx, s, ms, date)
    if passed:  # "…, der davon je X Euro an die Städte A und B weiterreicht": its own grants
        receivers = {f.object for f in passed}
        givers = {f.subject for f in passed}
        grants = [
            g for g in grants if g.object not in receivers and g.subject not in givers | receivers
        ] + passed
    if each:  # the sum each pays is not granted to them by another body of the sentence
        paid = {f.amount.start for f in each if f.amount is not None}
        grants = [g for g in grants if g.amount is None or g.amount.start not in paid]
    if "Mitglied" in text:
        own, grants = _each_member(ctx, s, own), _each_member(ctx, s, grants)
    # "… erhalten A, B und C jeweils …": the towns and counties granted; else those the money
    # is passed on to
    for told in (grants, passed):
        local = [o for f in told if (o := f.object) and ctx.kind_of.get(o.label) in _PAYERS]
        if len(set(local)) > 1:
            ctx.last_recipients = list(dict.fromkeys(local))
    if grants and "gemeinsam mit" in text:
        grants += _together_with(ctx, s, text, grants)
    if grants and _found(_PART_SHARE, _PART_SHARE_WORDS, text) is not None:
        grants = _shares_side_by_side(ctx, s, ms, grants)
    elif grants and _SHARES_OF_WHOLE.match(text) is not None:
        grants = _shares_side_by_side(ctx, s, ms, grants, _LISTED_PAYER_BEFORE)
    if not own:
        return grants
    payers = {f.subject for f in own}
    if len(ctx.amount_index.inside(s.start, s.end)) == 1:
        # "Die Stadt X hat zudem Y Euro eigene Mittel investiert": its share, not a grant to it
        grants = [f for f in grants if f.object not in payers]
    return [f for f in grants if f.subject not in payers] + own


_PASSED_ON: Final = re.compile(
    r",[ \t]+(?:der|die|das|welche[rs]?)[ \t]+(?P<rest>(?:[^.;,]|[.,]\d|,[ \t]+(?=[A-ZÄÖÜ]))*?)"
    r"[ \t]weiter(?:reicht|reichen|reichte|reichten|leitet|leiten|leitete|leiteten|gibt|geben|"
    r"gab|gaben)\b"
)
"""A relative clause of money passed on by the body named before it: "… an den Landkreis X,
der davon je Y Euro an die Städte A, B und C weiterreicht"."""


def _passed_on(ctx: Context, s: Sentence, ms: list[Mention], date: str | None) -> list[Fact]:
    """Grants of a body that passes money on in a relative clause right after its name: to
    each body named after "an" in that clause, with the clause's sum ("je": for each)."""
    clause = _PASSED_ON.search(s.text)
    if clause is None:
        return []
    at = s.start + clause.start()
    giver = next((m for m in reversed(ms) if m.end == at), None)
    if giver is None or giver.cls != "Organisation":
        return []
    low, high = s.start + clause.start("rest"), s.start + clause.end("rest")
    to = ctx.text.find(" an ", low, high)
    if to < 0:
        return []
    bodies = [
        ref(m) if m.cls == "Organisation" else Ref(m.label, None, "Organisation")
        for m in ms
        if to < m.start < high and m.cls in ("Organisation", "Place") and ref(m) != ref(giver)
    ]
    sums = ctx.amount_index.inside(low, to)
    each = _for_each(ctx, sums[0], low) if len(sums) == 1 else None
    return [
        _fact(s, "funds", ref(giver), body, 0.6, amount=each, date=date)
        for body in dict.fromkeys(bodies)
    ]


_HANDS_ON: Final = re.compile(
    r"\b(?:reicht|reichen|reichte|reichten|leitet|leiten|leitete|leiteten|gibt|geben|gab|gaben)"
    r"\b(?=(?:[^.;]|\.\d)*[ \t]weiter\b)"
)
"""A main clause passing money on: "reicht … weiter", "leitet … an … weiter", "gibt … weiter"."""
_TO_LIST: Final = re.compile(
    r"\b[Aa]n[ \t]+(?:(?:die|den|das|dem)[ \t]+)?(?:[A-ZÄÖÜ][\wäöüß-]*[ \t]+){0,2}$"
)
""""an" before a body money goes to, with its article and up to two words of a plural ("an die
Großen Kreisstädte A")."""


_NOUN_AFTER: Final = re.compile(
    r"[ \t]+(?:der|die|das)[ \t]+(?P<noun>[A-ZÄÖÜ][a-zäöüß]{3,})\b(?![ \t]+[A-ZÄÖÜ])"
)
"""A body named again by its noun right after a verb ("gibt der Kreis")."""


def _handed_on(ctx: Context, s: Sentence, ms: list[Mention], date: str | None) -> list[Fact]:
    """Money a body passes on in a main clause ("Der Kreis leitet je X Euro an die Städte A und
    B weiter", "Davon reicht A X Euro an den Kreis B und Y Euro an den Kreis C weiter", "An die
    Landkreise A und B reicht C davon jeweils X Euro weiter"): the body that passes it on (named
    right after the verb, else the sentence's subject; a town named as a place, the body of
    that name) funds each body after "an", with the sum before its "an" ("je": for each)."""
    verb = _HANDS_ON.search(s.text)
    if verb is None:
        return []
    at = s.start + verb.end()
    giver = _place_body(ctx, next(iter(ctx.index.starting(at + 1, at + 6)), None))
    again = _NOUN_AFTER.match(ctx.text, at) if giver is None else None
    if again is not None:  # "gibt der Kreis …": the body named before by that noun
        giver = _place_body(ctx, _body_by_noun(ctx, again.group("noun"), at))
    if giver is None and ctx.text.startswith(" wir ", at):
        giver = _us(ctx, s)  # in an interview, "Davon geben wir X Euro an A weiter"
    if giver is None and (noun := _KIND_BEFORE.search(s.text, 0, verb.start())) is not None:
        # "…; der Kreis reicht an sie X Euro weiter": the body named again right before the verb
        giver = _place_body(ctx, _body_by_noun(ctx, noun.group("noun"), s.start + noun.start()))
    if giver is None:
        first = _opener(ctx, s, by_noun=True)
        giver = _place_body(ctx, first)
    if giver is None:
        return []
    found: list[Fact] = []
    last: Mention | None = None
    each: Amount | None = None
    for m in ms:
        body = _place_body(ctx, m)  # (a Ref for every body and place)
        if body is None or body == giver:
            continue
        opened = _TO_LIST.search(ctx.text, max(s.start, m.start - 40), m.start)
        joined = last is not None and _AND.fullmatch(ctx.text, last.end, m.start) is not None
        if opened is None and not joined:
            last = None
            continue
        if opened is not None:
            low = found[-1].amount.end if found and found[-1].amount is not None else s.start
            sums = ctx.amount_index.inside(low, opened.start())
            each = _for_each(ctx, sums[-1], max(s.start, sums[-1].start - 12)) if sums else None
        last = m
        found.append(_fact(s, "funds", giver, body, 0.6, amount=each, date=date))
    if not found and (named := _NAMES_HANDED.search(s.text)) is not None:
        # "leitet davon X Euro an A weiter", "an die Großen Kreisstädte A, B und C weiter":
        # names the text does not find as bodies, each a single word
        names = _NAME_ITEM.findall(named.group("names"))
        if not FUNCTION_WORDS.intersection(n.lower() for n in names):
            plural = named.group("plural") or ""
            head = next(
                (h for p, (h, _) in PLURAL_PLACE_HEADS.items() if plural.endswith(p[1:])), ""
            )
            sums = ctx.amount_index.inside(s.start, s.start + named.start())
            each = _for_each(ctx, sums[-1], max(s.start, sums[-1].start - 12)) if sums else None
            found = [
                _fact(
                    s,
                    "funds",
                    giver,
                    Ref(f"{head} {n}".strip(), None, "Organisation"),
                    0.55,
                    amount=each,
                    date=date,
                )
                for n in names
            ]
    if not found and (them := _TO_THEM.search(s.text)) is not None:
        # "A, B und C machen mit; der Kreis reicht an sie jeweils X Euro weiter": the bodies
        # named before in the sentence, else in the sentence before
        before = [
            ref(m)
            for m in ms
            if m.start < s.start + them.start() and m.kind in _RECIPIENTS and ref(m) != giver
        ]
        takers = list(dict.fromkeys(before)) or _listed_before(ctx, s, giver)
        sums = ctx.amount_index.inside(s.start + them.end(), s.end)
        each = _for_each(ctx, sums[0], s.start + them.end()) if sums else None
        found = [_fact(s, "funds", giver, t, 0.55, amount=each, date=date) for t in takers]
    return found


_KIND_BEFORE: Final = re.compile(r"\b(?:der|die|das)[ \t]+(?P<noun>[A-ZÄÖÜ][a-zäöüß]{3,})[ \t]+$")
"""A body named again by its kind right before a verb ("der Kreis reicht …")."""
_TO_THEM: Final = re.compile(r"\ban[ \t]+(?:sie|diese)\b(?=(?:[^.;]|\.\d)*[ \t]weiter\b)")
"""Money passed on "an sie": to the bodies named before."""
_NAMES_HANDED: Final = re.compile(
    r"\ban[ \t]+(?:(?:die|den|dem|das)[ \t]+(?:[A-ZÄÖÜ][a-zäöüß]+e[nr]?[ \t]+)?"
    r"(?P<plural>[A-ZÄÖÜ][a-zäöüß]*(?:städte|gemeinden|kreise|Städte|Gemeinden|Kreise))[ \t]+)?"
    r"(?P<names>[A-ZÄÖÜŁŚŻ][\wäöüßąćęłńóśźż-]+(?:(?:,[ \t]+|[ \t]+(?:und|sowie)[ \t]+)"
    r"[A-ZÄÖÜŁŚŻ][\wäöüßąćęłńóśźż-]+)*)[ \t]+weiter\b"
)
"""Names after "an" right before "weiter", after a plural of their kind or none ("an die
Großen Kreisstädte A, B und C weiter", "an A weiter")."""


_PRIZE_GIVEN: Final = re.compile(
    r"[“”\"«»]?(?:[ \t]+[a-zäöüß]+){0,3},[ \t]+(?:den|die|das)[ \t]+"
    r"(?P<clause>(?:[^,;.]|[.,]\d)*?\b(?:finanziert|finanzierte|dotiert|dotierte|stiftet|"
    r"stiftete|ausstattet|ausstattete)\b)"
)
"""A relative clause right after a prize's name (or its participle: "„X“ ausgezeichnet, den …")
naming who funds it ("den die Stiftung X jedes Jahr vergibt und finanziert", "den der Verband
mit X Euro dotiert"; not "den der Verband auslobt": who awards it need not pay)."""


def _prize_given(ctx: Context, s: Sentence, ms: list[Mention], date: str | None) -> list[Fact]:
    """A prize funded by the body a relative clause right after its name says awards or funds
    it, when the sentence states a sum: the body (by name, or by its noun: "der Verband")
    funds the prize."""
    amounts = ctx.amount_index.inside(s.start, s.end)
    if not amounts:
        return []
    for prize in ms:
        if prize.kind != "competition" and not (
            prize.cls == "Initiative" and _PRIZE_NAME.search(prize.label) is not None
        ):
            continue
        clause = _PRIZE_GIVEN.match(ctx.text, prize.end)
        if clause is None:
            continue
        low, high = clause.start("clause"), clause.end("clause")
        giver = next((m for m in ms if low <= m.start < high and m.cls == "Organisation"), None)
        again = _NOUN_AFTER.match(ctx.text, low - 1) if giver is None else None
        if again is not None:  # "den der Verband … dotiert": the body named before by its noun
            association = (
                ctx.index.last_before(low, lambda m: m.kind == "municipal_association")
                if again.group("noun") == "Verband"
                else None
            )  # ("der Verband": the Städtetag or Landkreistag named before, if any)
            giver = association or _body_by_noun(ctx, again.group("noun"), low)
        if giver is None or giver.cls != "Organisation":
            continue
        inside = [a for a in amounts if low <= a.start < high]
        amount = inside[0] if inside else None
        return [_fact(s, "funds", ref(giver), ref(prize), 0.6, amount=amount, date=date)]
    return []


_AS_SPONSOR: Final = re.compile(
    r"\bAls[ \t]+(?:Haupt)?[Ss]ponsor(?:in)?[ \t]+[a-zäöüß]+[ \t]+(?:der|die|das)[ \t]+"
)
"""A sponsor paying, its name after the verb: "Als Sponsor unterstützte die X AG …"."""
_DATIVE_BODY: Final = re.compile(r"[ \t]+(?:dem|der)[ \t]+(?P<noun>[A-ZÄÖÜ][\w-]+)\b")


def _sponsored(
    ctx: Context, s: Sentence, ms: list[Mention], text: str, date: str | None
) -> list[Fact]:
    """A sponsor named after "Als Sponsor <verb>" funds the body named after it in the dative
    ("finanziert die Stiftung X dem Kreisverband …"), else the work the sentence names, names
    again ("das Forum") or the text is about."""
    opened = _AS_SPONSOR.match(text) if text.startswith("Als ") else None
    if opened is None:
        return []
    at = s.start + opened.end()
    sponsor = next(iter(ctx.index.starting(at, at)), None)
    if sponsor is None or sponsor.cls != "Organisation":
        return []
    obj: Ref | None = None
    dative = _DATIVE_BODY.match(ctx.text, sponsor.end)
    if dative is not None:
        named = next(iter(ctx.index.starting(sponsor.end, dative.end())), None)
        body = named or _body_by_noun(ctx, dative.group("noun"), dative.start("noun"))
        obj = ref(body) if body is not None and body.cls == "Organisation" else None
    if obj is None:
        works = [m for m in ms if m.cls in ("Initiative", "Event") and m.start > sponsor.end]
        again = ctx.named_again(s)
        obj = ref(works[0]) if works else ref(again) if again is not None else _funded_work(ctx, s)
    if obj is None:
        return []
    sums = ctx.amount_index.inside(s.start, s.end)
    amount = sums[0] if len(sums) == 1 else None
    return [_fact(s, "funds", ref(sponsor), obj, 0.6, amount=amount, date=date)]


_GIVEN: Final = (
    r"(?P<given>gespendet|geschenkt|gestiftet|überlassen|überwiesen|übergeben|überreicht|"
    r"zugesagt|bewilligt|gewährt|gezahlt|ausgezahlt|erstattet|bereitgestellt|gegeben)\b"
)
_NOW: Final = r"(?:(?:zudem|auch|bereits|schon|dafür|außerdem|nun|jetzt|inzwischen)[ \t]+)?"
_GAVE_PERFECT: Final = re.compile(
    rf"[ \t]+(?:hat|hatte|haben|hatten)[ \t]+{_NOW}(?P<dative>(?:dem|der)[ \t]+|uns[ \t]+)"
    rf"(?=(?:[^.;]|\.\d)*\b{_GIVEN})"
)
"""A body that opens a sentence and has given something to a body in the dative: "Die X AG hat
dem Landkreis Y … gespendet", "Das Ministerium X hat dem Landkreis Y Z Euro bewilligt", "…
hat uns dafür Z Euro zugesagt" (in an interview)."""
_HAS_GIVEN: Final = re.compile(
    rf"\b(?:hat|hatte)[ \t]+(?:der|die|das)[ \t]+(?=(?:[^.;]|\.\d)*\b{_GIVEN})"
)
"""The same with the giver after the auxiliary: "So hat der Kreis X dem Amt Y Z Euro
überwiesen", "Dafür hat die Bank X dem Verband ein Darlehen über Y Euro gewährt"."""
_TO_NEXT: Final = re.compile(rf"[ \t]+{_NOW}(?:dem|der)[ \t]+")
_AND_TO: Final = re.compile(r"(?:[ \t]+und|,)[ \t]+(?:dem|der)[ \t]+")


def _gave_perfect(ctx: Context, s: Sentence, text: str, date: str | None) -> list[Fact]:
    """A giver that has given a body in the dative a sum, with a participle of giving after
    them: the giver opens the sentence ("Die X AG hat dem Landkreis Y … gespendet") or follows
    the auxiliary ("So hat der Kreis X dem Amt Y Z Euro überwiesen"); each body in the dative
    ("dem Amt A X Euro und der Stadt B Y Euro") with the sum after it; "uns" in an interview."""
    if "hat" not in text:
        return []
    first = _opener(ctx, s)
    gave = _GAVE_PERFECT.match(ctx.text, first.end) if first is not None else None
    to: Mention | None = None
    if gave is None:
        after = _HAS_GIVEN.search(text)
        at = s.start + after.end() if after is not None else -1
        first = next(iter(ctx.index.starting(at, at)), None) if after is not None else None
        gave = _TO_NEXT.match(ctx.text, first.end) if first is not None else None
        if gave is None or after is None:
            return []
        given = _GIVEN_AT.search(text, after.end())
    else:
        given = _GIVEN_AT.search(text, gave.end() - s.start)
    if first is None or first.cls != "Organisation" or given is None:
        return []
    if given.group("given") in ("übergeben", "überreicht") and _HANDING.search(text) is None:
        return []  # "übergeben", "überreicht": a notice or cheque, not the keys
    sums = ctx.amount_index.inside(s.start, s.end)
    if not sums:
        return []
    if ctx.text.startswith("uns", gave.end() - 4) or gave.group().rstrip().endswith("uns"):
        us = _us(ctx, s)
        if us is None or us == ref(first):
            return []
        return [_fact(s, "funds", ref(first), us, 0.6, amount=sums[0], date=date)]
    found: list[Fact] = []
    at = gave.end()
    while (to := _named_at(ctx, at)) is not None:
        if to.cls != "Organisation" or ref(to) == ref(first):
            break
        upto = s.end
        more = None
        for more in _AND_TO.finditer(ctx.text, to.end, s.end):
            if next(iter(ctx.index.starting(more.end(), more.end())), None) is not None:
                upto = more.start()
                break
            more = None
        own = [a for a in sums if to.end <= a.start < upto] or sums[:1]
        found.append(_fact(s, "funds", ref(first), ref(to), 0.6, amount=own[0], date=date))
        if more is None:
            break
        at = more.end()
    return found


_GIVEN_AT: Final = re.compile(rf"\b{_GIVEN}")
_KIND_AT: Final = re.compile(r"(?P<noun>[A-ZÄÖÜ][a-zäöüß]{3,})(?![\wäöüß-])(?![ \t]+[A-ZÄÖÜ])")


def _named_at(ctx: Context, at: int) -> Mention | None:
    """The body named right at ``at``: by name, else by its kind alone ("dem Zweckverband")."""
    named = next(iter(ctx.index.starting(at, at)), None)
    if named is not None:
        return named
    kind = _KIND_AT.match(ctx.text, at)
    return _body_by_noun(ctx, kind.group("noun"), at) if kind is not None else None


_RECEIVED_RELATIVE: Final = re.compile(
    r"(?:[ \t]+(?:aus|in)[ \t]+[A-ZÄÖÜ][\w-]+)?,[ \t]+(?:die|der|das)[ \t]+"
    r"(?P<clause>(?:[^.;,]|[.,]\d)*?\b(?:vom|von[ \t]+(?:der|dem))[ \t]+"
    r"(?:[^.;,]|[.,]\d)*?\b(?:erhält|erhielt|bekommt|bekam)\b)"
)
"""A relative clause of a body receiving a sum from another: "… (aus X), die dafür vom Landkreis
Y rund Z Euro erhält"."""


def _received_relative(
    ctx: Context, s: Sentence, ms: list[Mention], date: str | None
) -> list[Fact]:
    """The body named right before a relative clause in which it receives a sum from a body
    named after "vom"/"von der": that body funds it."""
    if " erh" not in s.text and " bek" not in s.text:
        return []
    for receiver in ms:
        if receiver.cls != "Organisation":
            continue
        clause = _RECEIVED_RELATIVE.match(ctx.text, receiver.end)
        if clause is None:
            continue
        low, high = clause.start("clause"), clause.end("clause")
        giver = next(
            (
                m
                for m in ms
                if low <= m.start < high
                and m.cls == "Organisation"
                and _AGENT.search(ctx.text, max(low, m.start - 9), m.start) is not None
            ),
            None,
        )
        sums = ctx.amount_index.inside(low, high)
        if giver is None or not sums or ref(giver) == ref(receiver):
            continue
        return [_fact(s, "funds", ref(giver), ref(receiver), 0.6, amount=sums[0], date=date)]
    return []


_OFFERED_BY: Final = re.compile(
    r"\b(?:ausgelobt|gestiftet|ausgeschrieben|vergeben)[ \t]+und\b|"
    r"\b(?:wird|wurde)[ \t]+(?:(?:[^;,]|,\d)*?[ \t])?"
    r"(?:ausgelobt|gestiftet|ausgeschrieben|vergeben)\b"
)
"""A prize offered by an agent in the passive ("Der Preis wird vom Verein X ausgelobt")."""


def _prize_offered(ctx: Context, s: Sentence, ms: list[Mention], date: str | None) -> list[Fact]:
    """A prize whose worth a sentence states ("ist mit X Euro dotiert") offered by the agent of
    a passive in the same sentence ("wird vom Verein Y ausgelobt"): the agent funds the prize
    (of the sentence, else the one the article tells of)."""
    text = s.text
    if "dotiert" not in text or _OFFERED_BY.search(text) is None:
        return []
    sums = ctx.amount_index.inside(s.start, s.end)
    agent = next(
        (
            m
            for m in ms
            if m.cls == "Organisation"
            and _AGENT.search(ctx.text, max(s.start, m.start - 9), m.start)
        ),
        None,
    )
    prize = next((m for m in ms if m.cls in ("Initiative", "Event")), None) or ctx.prize
    if agent is None or prize is None or not sums or ref(prize) == ref(agent):
        return []
    return [_fact(s, "funds", ref(agent), ref(prize), 0.6, amount=sums[0], date=date)]


_PAID_RELATIVE: Final = re.compile(
    r"(?:[ \t]+(?:aus|in)[ \t]+[A-ZÄÖÜ][\w-]*)?,[ \t]+(?:der|dem|denen)[ \t]+"
    r"(?P<clause>(?:[^.;,]|[.,]\d)*?[ \t]"
    r"(?:gezahlt|zahlt|zahlen|zahlte|zahlten|überwiesen|überweist|überwies|gegeben|gibt|geben|"
    r"gab|gaben)\b)"
)
"""A relative clause in the dative in which bodies pay the one named before it (and its town):
"… GmbH aus X, der die Stadt A dafür Y Euro und die Gemeinde B Z Euro gezahlt haben"."""
_RELATIVE_TO: Final = re.compile(
    r",[ \t]+(?:die|den|das)[ \t]+(?:es|er|sie)[ \t]+(?:der|dem|den)[ \t]+(?=[A-ZÄÖÜ])"
)
"""A relative clause about a sum in which the main clause's subject ("es", "er", "sie") pays
the body in the dative: "…, beteiligt sich mit X Euro, die es der Stiftung überweist"."""


def _paid_relative(ctx: Context, s: Sentence, ms: list[Mention], date: str | None) -> list[Fact]:
    """Payments stated in a relative clause: each body that pays in a clause about the body
    named right before it ("der GmbH X, der die Stadt A dafür Y Euro gezahlt hat": A pays X,
    with the sum after A); or the sentence's subject paying the body in the dative of a clause
    about its sum ("Das Ministerium beteiligt sich mit X Euro, die es der Stiftung
    überweist")."""
    text = s.text
    if "," not in text:
        return []
    found: list[Fact] = []
    for receiver in ms:
        clause = _PAID_RELATIVE.match(ctx.text, receiver.end)
        if receiver.cls != "Organisation" or clause is None:
            continue
        low, high = clause.start("clause"), clause.end("clause")
        payers = [m for m in ms if low <= m.start < high and m.cls == "Organisation"]
        for i, payer in enumerate(payers):
            upto = payers[i + 1].start if i + 1 < len(payers) else high
            sums = ctx.amount_index.inside(payer.end, upto)
            if sums and ref(payer) != ref(receiver):
                found.append(
                    _fact(s, "funds", ref(payer), ref(receiver), 0.6, amount=sums[0], date=date)
                )
        if found:
            return found
    to = _RELATIVE_TO.search(text)
    if to is None or not _PAYING_RELATIVE.search(text, to.end()):
        return []
    taker = next(iter(ctx.index.starting(s.start + to.end(), s.start + to.end())), None)
    first = _opener(ctx, s)
    sums = ctx.amount_index.inside(s.start, s.start + to.start())
    if taker is None or first is None or taker.cls != "Organisation" or not sums:
        return []
    return [_fact(s, "funds", ref(first), ref(taker), 0.6, amount=sums[-1], date=date)]


_PAYING_RELATIVE: Final = re.compile(
    r"\b(?:überweist|überwies|zahlt|zahlte|auszahlt|auszahlte|gibt|gab)\b"
)
_PAYS_DATIVE: Final = re.compile(
    r"[ \t]+(?:zahlt|zahlte|überweist|überwies)[ \t]+(?P<article>der|dem)[ \t]+"
)
"""A body that opens a sentence paying the one right after the verb, in the dative: "Die
Senatskanzlei zahlt der Hochschule dafür X Euro"."""


def _pays_dative(ctx: Context, s: Sentence, text: str, date: str | None) -> list[Fact]:
    """The body a sentence opens with pays the body in the dative right after "zahlt", with
    the sentence's sum (both by name, or named again by their kind)."""
    if "zahl" not in text and "überw" not in text:
        return []
    first = _opener(ctx, s)
    if first is None:
        return []
    pays = _PAYS_DATIVE.match(ctx.text, first.end)
    if pays is None:
        return []
    to = next(iter(ctx.index.starting(pays.end(), pays.end())), None)
    sums = ctx.amount_index.inside(s.start, s.end)
    if to is None or to.cls != "Organisation" or ref(to) == ref(first) or not sums:
        return []
    return [_fact(s, "funds", ref(first), ref(to), 0.6, amount=sums[0], date=date)]


_GIVES_THEN_TO: Final = re.compile(
    r"\b(?:bewilligte|bewilligt|gewährte|gewährt|zahlte|zahlt|überwies|überweist|"
    r"bezuschusste|bezuschusst|gab|gibt|spendete|spendet|stiftete|stiftet)[ \t]+"
    r"(?:die|der|das)[ \t]+"
)
"""A verb of giving with its subject after it (the sentence opens with what is given)."""
_TO_DATIVE: Final = re.compile(r"[ \t]+(?:dem|der|den)[ \t]+")


def _gives_then_to(ctx: Context, s: Sentence, text: str, date: str | None) -> list[Fact]:
    """A sentence that opens with the money and names the giver after the verb, then the
    receiver in the dative ("Den größten Teil, X Euro, bewilligte die Bank Y der Stadt Z"):
    the giver pays the receiver the sum before the verb."""
    verb = _GIVES_THEN_TO.search(text)
    if verb is None or ctx.index.starting(s.start, s.start + 5):
        return []  # (a body opening the sentence is its subject)
    at = s.start + verb.end()
    giver = next(iter(ctx.index.starting(at, at)), None)
    if giver is None or giver.cls != "Organisation":
        return []
    to = _TO_DATIVE.match(ctx.text, giver.end)
    taker = next(iter(ctx.index.starting(to.end(), to.end())), None) if to is not None else None
    sums = [a for a in ctx.amount_index.inside(s.start, s.end) if a.end <= s.start + verb.start()]
    if taker is None or taker.cls != "Organisation" or ref(taker) == ref(giver) or not sums:
        return []
    return [_fact(s, "funds", ref(giver), ref(taker), 0.6, amount=sums[0], date=date)]


_LOCAL_BUDGET: Final = re.compile(
    r"\b[Aa]us[ \t]+(?P<whose>dem|ihrem|seinem|unserem)[ \t]+(?:eigenen[ \t]+)?"
    r"(?:(?P<adjective>städtischen|gemeindlichen)[ \t]+Haushalt|(?P<compound>Stadt|Kreis|Gemeinde)"
    r"haushalt)\b"
)
"""A town's, county's or municipality's own budget, named by an adjective or a compound ("aus
dem städtischen Haushalt", "aus dem Kreishaushalt")."""
_BUDGET_NOUN: Final = {"städtischen": "Stadt", "gemeindlichen": "Gemeinde"}


def _from_local_budget(ctx: Context, s: Sentence, text: str, date: str | None) -> list[Fact]:
    """A sum paid "aus dem städtischen Haushalt" (or a county's, a municipality's) in a sentence
    that names no body: the body of that kind named last pays it towards the work."""
    if "aushalt" not in text:
        return []
    budget = _LOCAL_BUDGET.search(text)
    sums = ctx.amount_index.inside(s.start, s.end)
    ours = budget is not None and budget.group("whose") == "unserem"
    if budget is None or (not sums and not ours):
        return []
    if any(m.cls == "Organisation" for m in ctx.index.within(s.start, s.end)):
        return []
    noun = _BUDGET_NOUN.get(budget.group("adjective") or "", budget.group("compound") or "")
    body = _body_by_noun(ctx, noun, s.start) if noun else None
    payer = _us(ctx, s) if ours else ref(body) if body is not None else None
    work = _funded_work(ctx, s)
    if payer is None or work is None:
        return []  # ("Der Rest kommt aus unserem Kreishaushalt": in an interview, its body)
    return [_fact(s, "funds", payer, work, 0.55, amount=sums[0] if sums else None, date=date)]


_COMMISSIONS: Final = re.compile(
    r"[ \t]+(?:hat|hatte|haben|hatten|beauftragt|beauftragte|bestellt|bestellte)\b"
)
"""The verb (or its auxiliary) right after a body that commissions another."""


def _commissioned(ctx: Context, s: Sentence, text: str, date: str | None) -> list[Fact]:
    """The body a sentence opens with pays the body it commissions for a sum ("Der Kreis hat
    die Firma X mit Y Euro beauftragt", "Die Stadt beauftragt das Büro X für Y Euro"): the
    first other body after it by name, else the company named last before the sentence when
    the sentence names it again ("die Firma")."""
    if "beauftragt" not in text and "bestellt" not in text:
        return []
    first = _opener(ctx, s)
    lead = _LEAD.match(text) if first is None else None
    if lead is not None:  # "Der Landkreis hat …": the body named again by its kind
        first = _body_by_noun(ctx, lead.group("noun"), s.start)
    end = s.start + lead.end() if lead is not None else first.end if first is not None else 0
    sums = ctx.amount_index.inside(s.start, s.end)
    us = _us(ctx, s) if first is None and text.startswith("Wir ") else None
    if us is not None:  # in an interview, "Wir haben sie für X Euro beauftragt"
        end = s.start + 3
    elif first is None or first.cls != "Organisation":
        return []
    if not sums or _COMMISSIONS.match(ctx.text, end) is None:
        return []
    payer = us if us is not None else ref(first) if first is not None else None
    if payer is None:
        return []
    ordered = _ORDERED_AT.search(text) if "beauftragt" not in text else None
    if "beauftragt" not in text and ordered is None:
        return []  # "hat X bei der Firma Y bestellt": Y is paid
    low = s.start + ordered.end() if ordered is not None else end
    taken: Ref | None = next(
        (
            ref(m)
            for m in ctx.index.within(low, s.end)
            if m.cls == "Organisation" and ref(m) != payer
        ),
        None,
    )
    if (
        taken is None
        and ordered is None
        and (
            _COMPANY_TAKEN.search(text) is not None or _THEM_TAKEN.match(ctx.text, end) is not None
        )
    ):  # "die Firma", "Wir haben sie … beauftragt": the company named last
        company = ctx.index.last_before(s.start, lambda m: m.kind in _COMPANIES)
        taken = ref(company) if company is not None else None
    if taken is None:
        return []
    return [_fact(s, "funds", payer, taken, 0.6, amount=sums[0], date=date)]


_ORDERED_AT: Final = re.compile(r"\bbei[ \t]+(?:der|dem)[ \t]+(?=(?:[^.;]|\.\d)*\bbestellt\b)")
"""Where a body orders what it pays for: "hat die Geräte bei der Firma X bestellt"."""
_COMPANY_TAKEN: Final = re.compile(r"\b(?:die|das)[ \t]+(?:Firma|Unternehmen|Start-up)\b")
"""A company commissioned, named again by its kind."""
_THEM_TAKEN: Final = re.compile(r"[ \t]+(?:hat|hatte|haben|hatten)[ \t]+(?:sie|es|ihn)\b")
"""A company commissioned, named again by a pronoun ("Wir haben sie … beauftragt")."""
_COMMISSIONED_BY: Final = re.compile(
    r"(?:[ \t]+aus[ \t]+[A-ZÄÖÜ][\w-]*)?(?:[ \t]+[a-zäöüß]+)?,[ \t]+(?:die|das|den)[ \t]+"
    r"(?P<clause>(?:[^.;,]|[.,]\d)*?[ \t]beauftragt(?:[ \t]+(?:hat|hatte|hatten|haben))?)\b"
)
"""A relative clause in which a body commissions the one named before it (and its verb): "… die
Firma X aus Y, die der Landkreis Z für W Euro beauftragt hatte", "… hat die Firma X erledigt,
die …"."""


_KIND_FIRST: Final = re.compile(
    r"(?:der|die|das)[ \t]+(?P<noun>[A-ZÄÖÜ][a-zäöüß]{3,})\b(?![ \t]+[A-ZÄÖÜ])"
)
"""A clause opening with a body named again by its kind ("der Markt …")."""


def _commissioned_relative(
    ctx: Context, s: Sentence, ms: list[Mention], date: str | None
) -> list[Fact]:
    """The body of a relative clause ("…, das der Markt für X Euro beauftragt hatte") pays the
    body named right before it (by name, or named again by its kind: "der Markt")."""
    if "beauftragt" not in s.text:
        return []
    for taken in ms:
        clause = _COMMISSIONED_BY.match(ctx.text, taken.end)
        if taken.cls != "Organisation" or clause is None:
            continue
        low, high = clause.span("clause")
        sums = ctx.amount_index.inside(low, high)
        payer: Mention | None = next(
            (m for m in ms if low <= m.start < high and m.cls == "Organisation"), None
        )
        lead = _KIND_FIRST.match(ctx.text, low) if payer is None else None
        if lead is not None:  # "…, das der Markt … beauftragt hatte"
            payer = _body_by_noun(ctx, lead.group("noun"), low)
        if payer is None or not sums or ref(payer) == ref(taken):
            continue
        return [_fact(s, "funds", ref(payer), ref(taken), 0.6, amount=sums[0], date=date)]
    return []


_ANSWER: Final = re.compile(r"^(?P<name>[A-ZÄÖÜ][\w-]+):[ \t]", re.MULTILINE)
"""A paragraph of an interview: "Frage: …" or the answer, "<Surname>: …"."""


_PARAGRAPH: Final = re.compile(r"[^\n]+(?:\n(?!\n)[^\n]+)*")
"""A paragraph: lines up to a blank line."""
_ADDRESSED: Final = re.compile(r"^(?:Herr|Frau)[ \t]+(?P<name>[A-ZÄÖÜ][\w-]+),")
"""A question that opens by addressing the one who answers: "Herr X, …"."""
_QUESTIONS: Final = 3
"""Questions an interview asks at the least."""


def _interviewee(text: str, role_of: dict[str, Ref]) -> tuple[Ref | None, list[tuple[int, int]]]:
    """In an interview ("Frage: …" and answers "<Surname>: …" by one person, or paragraphs of
    questions, one of them "Herr X, …?", each followed by its answer), the body the one who
    answers holds a role in (whom "uns" and "wir" stand for) and the spans of the answers;
    else (None, [])."""
    if "Frage:" not in text:
        return _asked(text, role_of) if "?\n" in text else (None, [])
    paragraphs = list(_ANSWER.finditer(text))
    names = {p.group("name") for p in paragraphs} - {"Frage"}
    if len(names) != 1 or len(paragraphs) < 3:
        return None, []
    name = names.pop()
    body = next((b for person, b in role_of.items() if person.endswith(" " + name)), None)
    if body is None:
        return None, []
    ends = [p.start() for p in paragraphs[1:]] + [len(text)]
    answers = [
        (p.start(), end) for p, end in zip(paragraphs, ends, strict=True) if p.group("name") == name
    ]
    return body, answers


def _asked(text: str, role_of: dict[str, Ref]) -> tuple[Ref | None, list[tuple[int, int]]]:
    """An interview of paragraphs that ask ("…?") and answer, one of them addressing the one
    who answers by name: that person's body and the answers (see :func:`_interviewee`)."""
    paragraphs = list(_PARAGRAPH.finditer(text))
    asks = [p.group().rstrip().endswith("?") for p in paragraphs]
    if sum(asks) < _QUESTIONS:
        return None, []
    names = {
        m.group("name")
        for p, ask in zip(paragraphs, asks, strict=True)
        if ask and (m := _ADDRESSED.match(p.group())) is not None
    }
    if len(names) != 1:
        return None, []
    name = names.pop()
    body = next((b for person, b in role_of.items() if person.endswith(" " + name)), None)
    if body is None:
        return None, []
    first = asks.index(True)
    answers = [
        p.span()
        for i, (p, ask) in enumerate(zip(paragraphs, asks, strict=True))
        if i > first and not ask
    ]
    return body, answers


def _us(ctx: Context, s: Sentence) -> Ref | None:
    """The body "uns" and "wir" stand for in a sentence of an interview's answer."""
    if ctx.we is None or not any(low <= s.start < high for low, high in ctx.answers):
        return None
    return ctx.we


_US_FUNDED: Final = re.compile(
    r"\b(?:fördert|förderte|unterstützt|unterstützte|bezuschusst|bezuschusste)[ \t]+uns\b"
)
"""A body funding "uns" in an interview's answer: "Das Ministerium X fördert uns mit Y Euro"."""


def _us_funded(ctx: Context, s: Sentence, text: str) -> Ref | None:
    """The speaker's body when a sentence of an interview's answer funds "uns"."""
    if " uns" not in text or _US_FUNDED.search(text) is None:
        return None
    return _us(ctx, s)


def _opener(ctx: Context, s: Sentence, *, by_noun: bool = False) -> Mention | None:
    """The body a sentence opens with, right after its article: by name (an organisation), or
    with ``by_noun`` any mention there, else the body named again by the head noun it opens
    with ("Der Kreis …")."""
    first = next(iter(ctx.index.starting(s.start, s.start + 5)), None)
    if by_noun:
        lead = _LEAD.match(s.text) if first is None else None
        return first if lead is None else _body_by_noun(ctx, lead.group("noun"), s.start)
    return first if first is not None and first.cls == "Organisation" else None


def _for_each(ctx: Context, a: Amount, low: int) -> Amount:
    """A sum, for each receiver when "je" or "jeweils" comes before it (from ``low``)."""
    if _EACH.search(ctx.text, low, a.end) is None:
        return a
    return replace(a, scope="per_recipient")


def _place_body(ctx: Context, m: Mention | None) -> Ref | None:
    """A body, or the town or county a place names: the body of that name the text names
    ("Erding" → "Landkreis Erding"), else the place as a body."""
    if m is None or m.cls not in ("Organisation", "Place"):
        return None
    if m.cls == "Organisation":
        return ref(m)
    body = _body_of_place(ctx, m)
    return ref(body) if body is not None else Ref(m.label, None, "Organisation")


def _body_of_place(ctx: Context, place: Mention) -> Mention | None:
    """The town or county the text names by a place's name ("Erding": "Landkreis Erding")."""
    named = re.compile(rf"(?<![\w-]){re.escape(place.label)}(?![\w-])")
    return next(
        (b for b in ctx.mentions if b.kind in _PAYERS and named.search(b.label) is not None),
        None,
    )


_SHARE_PAYER_BEFORE: Final = re.compile(
    r"\b(?:trägt|tragen|übernimmt|übernehmen|zahlt|zahlen|bezahlt)[ \t]+(?:der|die|das)[ \t]+$"
)
"""A body right after a verb of paying a share: "…, 30 Prozent trägt die Stadt X"."""


_SHARES_OF_WHOLE: Final = re.compile(
    r"Davon[ \t]+(?:trägt|tragen|übernimmt|übernehmen|zahlt|zahlen)[ \t]+(?:der|die|das)[ \t]"
)
"""Shares of a whole told of, the verb opening the sentence: "Davon trägt die Stadt A X Euro
und die Stadt B Y Euro"."""
_LISTED_PAYER_BEFORE: Final = re.compile(r"\bund[ \t]+(?:der|die|das)[ \t]+$")
"""A further payer of such shares, its verb left out ("… und die Stadt B Y Euro")."""


def _shares_side_by_side(
    ctx: Context,
    s: Sentence,
    ms: list[Mention],
    grants: list[Fact],
    before: re.Pattern[str] | None = None,
) -> list[Fact]:
    """Two shares in one sentence ("Die Hälfte davon übernimmt der Kreis, 30 Prozent trägt die
    Stadt X", "Davon trägt die Stadt A X Euro und die Stadt B Y Euro"): the body of the second
    share pays towards the work too; it does not receive from the first."""
    before = _SHARE_PAYER_BEFORE if before is None else before
    found = []
    for g in grants:
        body = next(
            (
                m
                for m in ms
                if g.object is not None
                and ref(m) == g.object
                and before.search(ctx.text, max(s.start, m.start - 16), m.start)
            ),
            None,
        )
        work = _funded_work(ctx, s) if body is not None else None
        if body is None or work is None:
            found.append(g)
            continue
        found.append(replace(g, object=work))
        found.append(replace(g, subject=ref(body), object=work, amount=None))
    return found


_MEMBER_NOUNS: Final = frozenset(["Mitglied", "Mitglieder", "Mitgliedern"])
_ASSOCIATIONS: Final = ("special_purpose_association", "network")


def _each_member(ctx: Context, s: Sentence, found: list[Fact]) -> list[Fact]:
    """ "Jedes Mitglied erhält X Euro", "den Rest tragen die Mitglieder": in a text about an
    association of local bodies, each town, county or district it names before (as many as
    there are, at least two)."""
    named = [f.subject.label for f in found] + [f.object.label for f in found if f.object]
    if not _MEMBER_NOUNS.intersection(named):
        return found
    if ctx.index.last_before(s.start, lambda m: m.kind in _ASSOCIATIONS) is None:
        return found
    members = list(
        dict.fromkeys(
            ref(m) for m in ctx.mentions if m.start < s.start and m.kind in (*_PAYERS, "district")
        )
    )
    if len(members) < 2:
        return found
    result = []
    for f in found:
        if f.subject.label in _MEMBER_NOUNS:
            result += [replace(f, subject=m) for m in members if m != f.object]
        elif f.object is not None and f.object.label in _MEMBER_NOUNS:
            result += [replace(f, object=m) for m in members if m != f.subject]
        else:
            result.append(f)
    return result


_TOGETHER_WITH: Final = re.compile(
    r"\b(?:trägt|tragen|trug|trugen|zahlt|zahlen|zahlte|zahlten|übernimmt|übernehmen|"
    r"übernahm|übernahmen|finanziert|finanzieren|finanzierte|finanzierten)\b(?:[^.;]|\.\d)*?"
    r"\bgemeinsam[ \t]+mit[ \t]+(?:dem|der|den)[ \t]+$"
)
"""A body paying together with the one a clause names: "Der Kreis trägt die Kosten …
gemeinsam mit dem Verband X"."""


def _together_with(ctx: Context, s: Sentence, text: str, grants: list[Fact]) -> list[Fact]:
    """The body a verb of paying is joined to by "gemeinsam mit" pays the same as the
    grant's funder."""
    found = []
    for m in ctx.index.within(s.start, s.end):
        if m.cls != "Organisation" or m.start - s.start < 16:
            continue
        if _TOGETHER_WITH.search(text, 0, m.start - s.start) is None:
            continue
        who = ref(m)
        for f in grants:
            if who not in (f.subject, f.object):
                found.append(replace(f, subject=who))
        break
    return found


_AUXILIARY_BEFORE: Final = re.compile(r"\b(?:hat|hatte|haben|hatten)[ \t]+(?:der|die|das)[ \t]+$")
"""An auxiliary and an article right before a body: the subject of a perfect ("hat der Kreis
X … gewährt")."""
_PAID_PARTICIPLE: Final = re.compile(
    r"beigesteuert|gezahlt|bezahlt|übernommen|gestiftet|gespendet|überwiesen|aufgebracht"
)
"""Participles of paying, whose perfect names the payer after the auxiliary."""


def _givers(
    ctx: Context,
    s: Sentence,
    ms: list[Mention],
    cue: re.Match[str] | None,
    amounts: list[Amount],
    contributes: re.Match[str] | None,
    *,
    prize_money: bool,
) -> tuple[list[tuple[int, Ref]], list[Ref]]:
    """Who a sentence names as giving money (with positions), and the bodies that fund
    together ("A und B finanzieren …"): the public bodies of :func:`_funders`; else a body
    giving prize money, the body the sentence opens with named again ("Die Stiftung …"), the
    subjects of an active verb of funding, a council granting money, the agent of a passive;
    never a body money goes through ("über das Ministerium")."""
    text = s.text
    joint: list[Ref] = []
    funders = _funders(ctx, s, ms, text, contributes)
    if len(funders) > 1 and all(at == funders[0][0] for at, _ in funders):
        joint = [body for _, body in funders]  # "Die Städte steuern X Euro bei": each
    elif len(funders) > 1 and (verb := cue or contributes) is not None:
        joint = _listed_funders(ctx, ms, funders, s.start + verb.start())
    providing = cue is not None and _PROVIDING.fullmatch(cue.group()) is not None
    if prize_money and (contributes is not None or providing):
        # "Das Preisgeld stiftet die Sparkasse X", "… stellt der Verein X bereit": any body
        # giving the prize money
        funders += [(m.start, ref(m)) for m in ms if m.cls == "Organisation"]
    receives = cue is not None and _RECEIVING.fullmatch(cue.group()) is not None
    if not funders and amounts and cue is not None and not receives and (lead := _LEAD.match(text)):
        # "Die Stiftung … gibt X Euro": the body the sentence opens with, named again (not
        # "Die Stadt erhält X Euro": the body that receives)
        body = _body_by_noun(ctx, lead.group("noun"), s.start)
        if body is not None:
            funders = [(s.start, ref(body))]
    granted = cue is not None and cue.group().startswith("gewähr")
    paid = (
        not funders and contributes is not None and _PAID_PARTICIPLE.fullmatch(contributes.group())
    )
    verb = cue if granted else contributes if paid else None
    if verb is not None and amounts:
        # "hat der Kreis X dem Amt Y ein Darlehen gewährt", "X Euro hat die Kammer Y
        # beigesteuert": the body after the auxiliary (not the one money is given to)
        auxiliary = next(
            (
                m
                for m in ms
                if m.cls == "Organisation"
                and m.start < s.start + verb.start()
                and _AUXILIARY_BEFORE.search(ctx.text, max(s.start, m.start - 12), m.start)
            ),
            None,
        )
        if auxiliary is not None:
            funders = [(auxiliary.start, ref(auxiliary))]
    perfect = (
        cue is not None and amounts and cue.group() == "gefördert" and _PASSIVE.search(text) is None
    )  # "Die Bank X hatte das Unternehmen mit Y Euro gefördert": the participle of a perfect
    if not funders and cue is not None and (perfect or _ACTIVE.fullmatch(cue.group())):
        subjects = [] if perfect else _subjects_before(ctx, ms, s.start + cue.start())
        joint = [ref(m) for m in subjects]
        if not subjects and amounts:
            subjects = _opening_subject(ctx, s, ms)  # "Die Bank X hatte … unterstützt"
        if subjects and _PASSIVE.search(text) is None:
            funders = [(m.start, ref(m)) for m in subjects]  # "Die Stiftung X fördert …"
    if not funders and cue is not None and cue.group().startswith("bewillig"):
        opening = next((m for m in ms if m.cls == "Organisation"), None)
        if opening is not None and text[: opening.start - s.start].strip() in _ARTICLES:
            funders = [(opening.start, ref(opening))]  # "Der Kreistag hat … X Euro bewilligt"
    if cue is not None and (not funders or amounts) and _found(_PASSIVE, _PASSIVE_WORDS, text):
        # "Finanziert wird die Messe von der Bank X": the agent of a passive of funding (with a
        # sum, each agent is a funder: the one nearest the sum gives it)
        agents = [
            (m.start, ref(m))
            for m in ms
            if m.cls == "Organisation"
            and (
                _AGENT.search(ctx.text, max(0, m.start - 9), m.start)
                or _MONEY_OF.search(ctx.text, max(0, m.start - 30), m.start)
            )
        ]
        if agents:  # "von der Kanzlei X, die dafür Y Euro aus dem Landeshaushalt bereitstellt":
            # the agent gives; the budget named is where its money comes from
            funders = [
                f for f in funders if not _FROM_BUDGET.search(ctx.text, max(0, f[0] - 12), f[0])
            ]
        funders = list(dict.fromkeys([*funders, *agents]))
    verb_at = s.start + (cue.start() if cue is not None else 0)
    subject = _opening_body(ctx, s, _GIVING_VERB) if cue is not None and not receives else None
    if subject is not None and all(
        at > verb_at or at < s.start + subject[2] for at, _ in funders
    ):  # "Die Stiftung X Y finanziert …", "Die Hamburger Behörde unterstützt die Anstalt Z …",
        # "Die Nordland Stiftung fördert …": the subject, a body not found as a name
        # (a state named inside it too), gives
        ctx.opened.append((s.start, subject[0], subject[1]))
        funders = [(s.start, subject[1])]
    if not funders and amounts and contributes is not None:
        named = _donor_after_verb(ctx, s)
        if named is not None:  # "Den Rest übernimmt die Stiftung X Y, die …": not found as a name
            funders = [named]
    if not funders and amounts and contributes is not None:
        # "Die Genossenschaft X beteiligt sich mit Y Euro", "Die Stiftung X schenkt dem Projekt
        # …", "Der Verein X gibt Y Euro dazu": the subject before a verb of paying pays,
        # whatever kind of body it is
        funders = [
            (m.start, ref(m)) for m in _subjects_before(ctx, ms, s.start + contributes.start())
        ]
    if funders and "über" in text:
        # "Das Land X beteiligt sich über das Ministerium Y", "Verteilt werden die Mittel über
        # die Anstalt Z": the body money goes through does not give it
        funders = [f for f in funders if not _THROUGH.search(ctx.text, max(0, f[0] - 12), f[0])]
    return funders, joint


_AND: Final = re.compile(r"(?:,[ \t]*|[ \t]+(?:und|sowie)[ \t]+)(?:(?:der|die|das)[ \t]+)?")
_DONOR_AFTER_VERB: Final = re.compile(
    r"\b(?:übernimmt|übernahm|trägt|trug|zahlt|zahlte|gibt|gab|stiftet|stiftete|spendet|"
    r"spendete|steuert|steuerte)[ \t]+(?:die|der)[ \t]+"
    r"(?P<name>(?P<head>(?=[A-ZÄÖÜ])[\w-]*?(?:[Ss]tiftung|[Bb]ank|[Ss]parkasse))"
    r"(?:[ \t]+[A-ZÄÖÜ][\w-]+){1,3})(?=[ \t]*(?:[,;.]|$|[ \t](?:bei|dazu|aus|für)\b))"
)
"""A foundation or bank named after a verb of paying, up to a comma or the clause's end
("Die Kofinanzierung übernimmt die Stiftung X Y, die …")."""
_DONOR_WORDS: Final = ("tiftung", "ank ", "ank,", "kasse")


def _donor_after_verb(ctx: Context, s: Sentence) -> tuple[int, Ref] | None:
    """A foundation or bank not found as a name, right after a verb of paying with a sum: its
    words up to a comma or the clause's end (the head noun alone names none)."""
    named = _found(_DONOR_AFTER_VERB, _DONOR_WORDS, s.text)
    if named is None:
        return None
    at = s.start + named.start("name")
    if ctx.index.overlapping(at, s.start + named.end("name")):
        return None  # found as a name: the rules above read it
    name = " ".join(named.group("name").split())
    return at, Ref(name, None, "Organisation")


def _listed_funders(
    ctx: Context, ms: list[Mention], funders: list[tuple[int, Ref]], cue_at: int
) -> list[Ref]:
    """Bodies listed before a cue of funding ("A und B übernehmen …", "Auch A, B und C
    beteiligen sich …"): each pays; else none."""
    ends = {m.start: m.end for m in ms}
    before = sorted({(at, body) for at, body in funders if at < cue_at and at in ends})
    chain: list[Ref] = []
    if not before:
        return []
    for (at, body), after in zip(before, [*before[1:], None], strict=True):
        if body not in chain:
            chain.append(body)
        if after is None or _AND.fullmatch(ctx.text, ends[at], after[0]) is None:
            break
    return chain if len(chain) > 1 else []


def _funding(
    ctx: Context, s: Sentence, ms: list[Mention], text: str, date: str | None
) -> list[Fact]:
    if text.startswith(
        ("Das ", "Die ", "Der ", "Ausgezahlt ", "Überwiesen ", "Weitergeleitet ")
    ) and (sent_on := _sent_on(ctx, s, ms, date)):
        return sent_on  # "Das Geld geht an den Verein X": the grant told of, sent on to X
    if ("bei" in text or "arlehen" in text or "redit" in text) and (
        borrowed := _borrowed(ctx, s, date)
    ):
        return borrowed  # "leiht sich die Stadt X Euro bei der Bank Y"
    if text.startswith(("Empfänger", "Zuwendungsempfänger")) and (
        receiver := _receiver_named(ctx, s, ms, date)
    ):
        return receiver  # "… mit X Euro. Empfängerin ist die Stadt Y": the grant told of goes to Y
    if "ertrag" in text and (contract := _contract(ctx, s, ms, date)):
        return contract  # "Der Kreis hat mit dem Unternehmen einen Vertrag über X Euro geschlossen"
    if "escheid" in text and (arrived := _notice_arrived(ctx, s, date)):
        return arrived  # "Der Bescheid über X Euro ist beim Landkreis eingegangen"
    if text.startswith(("Ausgestellt ", "Unterzeichnet ", "Erteilt ")) and (
        issued := _notice_issued(ctx, s, date)
    ):
        return issued  # "… einen Förderbescheid erhalten. Ausgestellt hat ihn das Ministerium X"
    lower = text.lower()
    cue = None
    for word in _FUNDING_WORDS:  # (a loop: cheaper than any() over a generator)
        if word in lower:
            cue = FUNDING.search(text)
            while cue is not None and (
                _in_body_name(ctx, s.start + cue.start()) or cue.group().startswith("Förderantr")
            ):  # "die Förderbank X": a name; "bei Förderanträgen helfen": applications
                cue = FUNDING.search(text, cue.end())
            break
    amounts = ctx.amount_index.inside(s.start, s.end)
    if (
        cue is None
        and not amounts
        and "Preisgeld" not in text
        and "osten" not in text
        and _found(_PART_SHARE, _PART_SHARE_WORDS, text) is None  # "Drei Viertel davon trägt X"
    ):
        return []  # no cue, no sum: nothing below could read a grant
    if " zu " in text and _DEMAND.search(text) is not None:
        return []  # "appelliert an den Bund, den Betrieb zu fördern": a demand, no funding
    if amounts and all(_PART_OF_GRANT.match(ctx.text, a.end) for a in amounts):
        return []  # "X Euro der Fördermittel fließen in …": a part of a grant told of
    awarded = False
    if amounts and (
        "dotiert" in lower
        or "preis " in lower
        or "preise " in lower
        or "platz " in lower
        or "rang " in lower
        or "plätzen " in lower
        or "rängen " in lower
    ):
        # "der mit 10.000 Euro dotierte Preis", "einen Sonderpreis über 5.000 Euro erhielt X":
        # what a prize is worth, not a grant (unless a body is said to give the money); so is
        # a sum in a sentence that opens with a place of a ranking ("Auf Rang zwei landete X …;
        # sie erhält Y Euro")
        givers = any(m.kind in _FUNDERS + _DONORS for m in ms)
        ranked = _RANKED.match(text) is not None
        awarded = givers and _AWARDS.search(text) is not None
        amounts = [
            a
            for a in amounts
            if (awarded or _ENDOWED.match(ctx.text, a.end) is None)
            and (
                givers
                or (
                    not ranked
                    and _PRIZE_OF.search(ctx.text, max(s.start, a.start - 40), a.start) is None
                )
            )
        ]
        if not amounts:
            return []
        if awarded and cue is None:
            cue = _AWARDS.search(text)  # "vergibt die Sparkasse X den mit Y Euro dotierten Preis"
    if cue is not None and not amounts and _PROVIDING.fullmatch(cue.group()):
        cue = FUNDING.search(text, cue.end())  # "stellt Daten zur Verfügung": no money
    prize_money = "Preisgeld" in text and _PRIZE_MONEY.search(text) is not None
    share = not amounts and (
        (
            "osten" in text
            and (_COST_SHARE.search(text) or _ALL_COSTS.search(text) or _COSTS_FIRST.search(text))
            is not None
            and OWN_MONEY.search(text) is None  # "tragen die Kosten … selbst": a share of their own
        )
        or _found(_PART_SHARE, _PART_SHARE_WORDS, text) is not None
    )
    contributes = CONTRIBUTES.search(text) if amounts or prize_money or share else None
    planned = False
    if cue is None and (prize_money or share):
        cue = contributes  # "Das Preisgeld stiftet X", "X übernimmt 70 Prozent der Kosten"
    if cue is None and amounts:
        cue = RECEIVES.search(text) or _found(SUPPORTS, _SUPPORT_WORDS, text) or contributes
        if cue is None:
            cue = _PLANNED.search(text)  # money set aside: only with a funder named
            planned = cue is not None
            cue = cue or _found(_EQUIPPED, ("ausgestattet",), text)
    initiatives = [m for m in ms if m.cls in ("Initiative", "Event")]
    if cue is None and amounts and text.startswith("Jede"):
        cue = _THEY_EACH.match(text)  # "Jede Modellkommune kann mit X Euro rechnen"
    if cue is None and not (amounts and initiatives):
        return []
    if cue is not None and not amounts and _names_programme(ctx, s, cue):
        # "den Förderaufruf „X“ veröffentlicht": a name, unless funding is stated besides
        cue = FUNDING.search(text, cue.end()) or _found(SUPPORTS, _SUPPORT_WORDS, text)
        if cue is None and share:
            cue = contributes  # "Die Hälfte übernimmt X aus ihrem Förderprogramm „Y“"
        if cue is None:
            return []
    cue_at = s.start + (cue.start() if cue is not None else 0)
    if cue is not None and not amounts and _told_of_whole(text, cue.start()):
        return []  # "Teil des Programms X, mit dem das Land … gefördert hat": the whole's past
    if cue is not None and not amounts and cue.group()[:1].isupper() and _BELONGS.search(text):
        return []  # "Das Förderprogramm gehört zur Strategie X": where it belongs, no funding
    funders, joint = _givers(ctx, s, ms, cue, amounts, contributes, prize_money=prize_money)
    if awarded and not funders:  # the body that awards the prize gives its money
        funders = [(m.start, ref(m)) for m in ms if m.kind in _FUNDERS + _DONORS]
    listed = _objects_listed(ctx, s, ms) if amounts and _SUPPORTING.search(text) else []
    if listed:
        # "X fördert A, B und C mit je Y Euro": A, B and C receive, none of them gives
        funders = [f for f in funders if f[1] not in listed] or funders
    objects = [
        f
        for f in funders
        if _SUPPORTS_NAMED.search(ctx.text, max(s.start, f[0] - 30), f[0])
        and any(g[0] < f[0] and not _cut_between(ctx, g[0], f[0]) for g in funders)
    ]  # (not "Das Preisgeld gab X, die Messe selbst bezuschusste das Ministerium Y": its subject)
    if objects and len(objects) < len(funders):
        # "Die X unterstützt die Anstalt Y beim Bau mit Z Euro": the body right after the
        # verb is its object, no giver (when another body of its clause may give)
        funders = [f for f in funders if f not in objects]
    costs_first = _COSTS_FIRST.search(text) if len(funders) > 1 and "osten" in text else None
    if costs_first is not None:
        # "X schult …; die Kosten dafür trägt Y": who pays is named after the verb, not X
        after = [f for f in funders if f[0] >= s.start + costs_first.end()]
        funders = after or funders
    spends = cue is not None and cue.group().lower().startswith("investier")
    if not funders and (spends or (cue is None and "oste" in text)):
        # "Das Projekt kostet X Euro", "… X Euro investiert habe":
        # what the work costs or a body spends, no grant
        return []
    if prize_money and not funders:
        return []  # "Das Preisgeld beträgt X Euro, das Siegerteam erhält Y": what a prize is worth
    if planned and not funders:
        return []  # "im Projektbudget sind X Euro vorgesehen": money set aside, no grant
    named = initiatives or any(m.kind in _RECIPIENTS for m in ms)
    if named and not amounts and not funders and "„" in text:
        named = [m for m in ms if (m in initiatives or m.kind in _RECIPIENTS) and not _said(s, m)]
    if cue is not None and not amounts and not funders and not named and cue.group()[:1].isupper():
        # "mahnt eine dauerhafte Finanzierung an": a noun of funding, nobody named (but in what
        # someone says: "„X zeigt, wie es geht“, sagte Y bei der Übergabe des Förderbescheids")
        return []
    own = OWN_MONEY.search(text) if amounts and not funders else None
    if own is not None and _RECEIVES_ITSELF.search(text) is not None:
        own = None  # "Den größten Anteil erhält der Landkreis selbst: X Euro …": it receives
    if own is not None:
        # "die Kommunen tragen X Euro selbst": a share of their own, no funder; but "Jede
        # Gemeinde kann X Euro abrufen, den Rest tragen die Kommunen selbst" names a grant first
        cut = max(text.rfind(",", 0, own.start()), text.rfind(";", 0, own.start()))
        granted = cue is not None and cue.start() < cut and cue.group()[:1].isupper()
        if cut < 0 or (_RECEIVING.search(text, 0, cut) is None and not granted):
            return []  # ("Die Zuschüsse liegen bei X Euro, den Rest …": a grant comes first)
        amounts = [a for a in amounts if a.end <= s.start + cut]
        if not amounts:
            return []
    if len(amounts) > 1 and "oste" in text:
        # "Das Vorhaben kostet X Euro; Y Euro davon trägt der Bund": the cost is no grant
        grants = [
            a for a in amounts if not _COST_OF.search(ctx.text, _clause_start(ctx, a), a.start)
        ]
        amounts = grants or amounts
    handed = _handed_over(ctx, s) if amounts else None
    governments = all(ctx.kind_of.get(f.label) in ("state", "federation") for _, f in funders)
    if governments and handed is not None and handed[0] is not None:
        # "Xs Innenministerin Y übergab …": the minister's ministry, not the state
        at, giver = handed[0]  # "Digitalminister X übergab … einen Förderbescheid"
        funders = [(at, _ministry_for(ctx, s, giver))]
    if not funders and amounts and _FROM_GOVERNMENT.search(text) is None:
        funders = _funder_after(ctx, s)  # "… Euro. Das Geld kommt vom Ministerium X."
    if amounts and (
        _found(_TAKES, ("erh", "bek"), text) is not None
        or _found(_COMES, ("komm", "kam", "stamm"), text) is not None
    ):
        # "Die Stadt X erhält vom Landkreis Y …", "Weitere X Euro kommen vom Kreis Y": who
        # gives is named after "vom" (by name, or again by its head noun: "vom Kreis"); the
        # body that receives gives nothing
        funders += [
            (m.start, ref(m))
            for m in ms
            if m.cls == "Organisation"
            and (
                _AGENT.search(ctx.text, max(0, m.start - 9), m.start)
                or _MONEY_OF.search(ctx.text, max(0, m.start - 30), m.start)
            )
        ]
        for head in _FROM_BODY_NOUN.finditer(text) if "vo" in text else ():
            at = s.start + head.start("noun")
            if ctx.index.overlapping(at, at + 1):
                continue
            body = _body_by_noun(ctx, head.group("noun"), at)
            if body is not None:
                funders.append((at, ref(body)))
                continue
            opened = [b for _, h, b in ctx.opened if h == head.group("noun")]
            if opened:  # "von der Stiftung": the foundation not found as a name opened with
                funders.append((at, opened[-1]))
        taking = {ref(m) for m in _takers(ctx, s, [m for m in ms if m.kind in _RECIPIENTS])}
        funders = [f for f in funders if f[1] not in taking] or funders
    pronoun = _PRONOUN_GIVER.search(text) if amounts and ("Es " in text or " es " in text) else None
    if pronoun is not None:
        # "Es stellt dem Kreis X Euro zur Verfügung", "Dafür stellt es X Euro in Aussicht": the
        # government named last before the sentence gives
        government = ctx.index.last_before(s.start, lambda m: m.kind in _FUNDERS[:3])
        if government is not None:
            funders = [(cue_at, ref(government))]
    elif amounts and _SHE_GIVES.match(text) is not None:
        # "… der Kanzlei X. Sie stellt X Euro bereit": the body that may give money named
        # last in the sentence before
        before = _giver_before(ctx, s)
        if before is not None:
            funders = [(cue_at, before)]
    told = ctx.last_funder
    funder = _funder(ctx, s, funders, cue_at)
    from_land = bool(amounts) and any(
        f == funder and ctx.text.startswith("vom Land", at) and LAND_REF.match(ctx.text, at)
        for at, f in funders
    )
    if funder is None:
        return []
    if (
        told is not None
        and _PAYS_OUT.search(funder.label)
        and _MONEY_TOLD.search(text)
        and "arlehen" not in text  # (a loan is the bank's own money)
        and "redit" not in text
        and _of_government(ctx, told[1])
    ):
        # "Den Zuschuss hat die Aufbaubank an den Kreis überwiesen": a state's bank pays out
        # the grant told of; the body whose grant it is funds (as every writer annotates it)
        funder = told[1]
    named_here = any(
        f == funder and _OWNER_OF_WHOLE.search(ctx.text, max(s.start, at - 40), at) is None
        for at, f in funders
    )  # (not "Teil der Agenda des Bundes": whose agenda it is)
    if (not funders and told is None) or from_land or (funder == ctx.federation and not named_here):
        # no grant told of yet, a sum received "vom Land", or the federation's grant told of
        # before: the ministry named in full (not when the sentence names "der Bund" itself)
        funder = _ministry_for(ctx, s, funder, "state" if from_land else None)
    whole = _part_of_targets(s, ms, text)
    sources = [m for m in initiatives if ctx.is_source(m)]
    funded = [m for m in initiatives if m not in whole and ref(m) != funder]
    for_it = [m for m in initiatives if _given_for(ctx, s, m, amounts)] if amounts else []
    if for_it:
        # "X ist Teil des Schwerpunkts „Y“, für den die Stiftung Z Euro bereitstellt": what
        # the relative clause gives the sum for is funded
        funded = for_it
    if sources and not amounts and not share and all(m in sources for m in funded):
        return []  # where the money comes from ("aus dem Förderprogramm X"), not what it funds
    channels = all(m in sources for m in funded)
    funded = [m for m in funded if m not in sources] or funded
    recipients = [
        m for m in ms if m.kind in _RECIPIENTS and ref(m) != funder and ref(m) not in joint
    ]  # (bodies that pay together do not also receive: "A, B und C zahlen jeweils X Euro")
    if contributes is not None and amounts:
        # "Der Kreis schießt X Euro zu, die Gesellschaft Y stellt Busse bereit": a share paid
        # towards the work; a body of the next clause does not receive it
        at = amounts[0].start - s.start
        cuts = [c.start() for c in _CLAUSE_CUT.finditer(text)]
        low = max((c for c in cuts if c < at), default=0)
        high = min((c for c in cuts if c >= at), default=len(text))
        if low <= contributes.start() < high:
            recipients = [m for m in recipients if m.start < s.start + high]
    purpose = text.find(", damit ") if amounts else -1
    if purpose > 0:  # "…, damit die Gemeinden A und B … aufgenommen werden": what for, no receiver
        recipients = [m for m in recipients if m.start < s.start + purpose]
    counted_bodies = _counted_receivers(ctx, s, text, funder) if amounts and not recipients else []
    if counted_bodies:
        # "davon erhalten beide Bezirksämter je X Euro", "zahlt den drei Kommunen jeweils X
        # Euro": each of the bodies of that kind the text names (as many as it says)
        at = counted_bodies[0][0]
        sums = [a for a in amounts if a.start > at] or [
            a for a in amounts[-1:] if not _CLAUSE_CUT.search(ctx.text, a.end, at)
        ]  # ("X Euro gehen an den Kreis, der Rest an die drei Städte": no sum of theirs)
        # "fließen X Euro in das Vorhaben; davon gehen je Y Euro an die vier Städte": the
        # whole, of which the bodies receive their parts, goes to the work told of
        totals = [a for a in amounts if a.end < at and a.scope == "total" and a not in sums]
        of_it = totals and ("davon" in text or "daraus" in text)
        to_work = ctx.antecedent(s, funder, bodies=False) or _main_work(ctx) if of_it else None
        if to_work is not None and any(ref(m) == to_work and ctx.is_source(m) for m in ms):
            to_work = None  # the programme the money comes from, named in this sentence
        told_whole: list[Fact] = []
        if to_work is not None:
            told_whole.append(_fact(s, "funds", funder, to_work, 0.6, amount=totals[0], date=date))
        return (
            told_whole
            + [
                _fact(s, "funds", funder, body, 0.7, amount=sums[0] if sums else None, date=date)
                for _, body in counted_bodies
            ]
            + [
                _fact(s, "funds", funder, body, 0.6, amount=a, date=date)
                for body, a in _sent_to(ctx, s, ms, funder)
                if body not in [b for _, b in counted_bodies]
            ]
        )
    if (
        amounts
        and not recipients
        and (
            _THEY_EACH.match(text) is not None
            or ("beide" in text and _FOR_BOTH.search(text) is not None)
        )
    ):
        # "… die Stadt A, der Kreis B und die Gemeinde C. Sie erhalten jeweils X Euro": each
        listed = _listed_before(ctx, s, funder)
        if _THEY_EACH.match(text) is None:
            listed = _pair_before(ctx, s, funder)  # "für beide": the two joined by "und"
        if len(listed) < 2:
            listed = _pair_as_plural(ctx, s)  # "Als Pilotstädte starten A und B. Beide …"
        if len(listed) > 1:
            conf = 0.7
            return [
                _fact(s, "funds", funder, r, conf, amount=a, date=date)
                for a in amounts
                for r in listed
            ]
    by_noun = None if recipients or not amounts else _recipient_again(ctx, s, text)
    takers: list[Mention] = []
    per = PER_RECIPIENT.search(text)
    for_whom = FOR_RECIPIENT.search(text) if contributes is not None else None
    if for_whom is not None and for_whom.group("noun") in _NOT_RECIPIENTS:
        for_whom = None  # "die Kurse sind für die Teilnehmenden kostenlos": no body
    obj: Ref | None = None
    costs = "Kosten" in text or "kosten" in text  # (also "die Fahrtkosten", not "im Osten")
    council_of = _council_body(ctx, funder) if not recipients else None
    supported = _supported_body(ctx, s, text, funder) if amounts else None
    if council_of is not None:
        obj = council_of  # "Der Stadtrat hat X Euro bewilligt": its town's budget
    elif amounts and (us := _us_funded(ctx, s, text)) is not None:
        obj = us  # in an interview, "Das Ministerium X fördert uns mit Y Euro": the speaker's body
    elif supported is not None:
        obj = supported  # "unterstützt den Landkreis beim Projekt X mit Y Euro": the county
    elif handed is not None and handed[1] is not None and not (funded and not channels):
        obj = handed[1]  # "übergab … einen Förderbescheid an Bürgermeisterin X": her town
    elif by_noun is not None and not (funded and not channels):
        obj = by_noun  # "erhält der Landkreis …", "hat dem Kreis X Euro bewilligt"
    elif amounts and (paid_to := _paid_to_pronoun(ctx, s, text, funder)) is not None:
        obj = paid_to  # "Die Schule X schult …; der Kreis zahlt ihr dafür Y Euro": the school
    elif awarded and (prize := _prize_named(initiatives)) is not None:
        obj = prize  # "den mit X Euro dotierten Preis Y, den die Stiftung Z vergibt": the prize
    elif not recipients and (company := _company_again(ctx, s, text)) is not None:
        obj = company  # "gab dem Unternehmen X Euro": the company named last
    elif (
        amounts
        and not recipients
        and ctx.last_financed is not None
        and _IN_ADDITION.match(text) is not None
    ):
        obj = ctx.last_financed  # "Hinzu kommt ein Zuschuss des Landes": for the same company
    elif (budget := _programme_budget(ctx, s, text, amounts, recipients)) is not None:
        obj = budget  # "Insgesamt stehen für das Programm X Euro bereit": its budget
    elif recipients and amounts and (takers := _takers(ctx, s, recipients)):
        obj = ref(takers[0])  # "Für das Projekt X erhält die Stadt Y …": the body that receives
    elif funded and channels and recipients and RECEIVES.search(text):
        # "aus dem Programm X erhält die Stadt Y": the programme is the channel, Y the recipient
        obj = ref(min(recipients, key=lambda m: abs(m.start - cue_at)))
    elif (
        (_PRIZE_MONEY.search(text) or _FOR_CONTEST.search(text))
        and not (funded and not channels)
        and ctx.prize is not None
    ):
        # "Das Preisgeld stellt X bereit", "stiftete X für den Wettbewerb": the prize's money
        obj = ref(ctx.prize)
    elif share and funded and channels:
        # "Die Hälfte übernimmt X aus ihrem Förderprogramm „Y“": a share of the work told of
        obj = ctx.antecedent(s, funder, bodies=False) or _main_work(ctx)
    elif funded and not (channels and (ANAPHOR.search(text) or amounts)):
        # a sum "aus dem Programm X" goes to the work told of, not to the programme
        obj = ref(min(funded, key=lambda m: (m.start < cue_at, abs(m.start - cue_at))))
    elif per and amounts and not recipients and per.group("noun") not in _NOT_RECIPIENTS:
        obj = Ref(per.group("noun"), None, "Organisation")
    elif for_whom is not None and not recipients:
        obj = _noun_target(ctx, for_whom.group("noun"))
    elif (
        costs
        and not funded
        and (contributes is not None or amounts)
        and (trainer := _trainer(ctx, s)) is not None
    ):
        obj = trainer  # "X bietet Kurse an; die Kosten trägt das Land": the courses' provider
    elif costs and not funded and (contributes is not None or amounts):
        # "die Kosten trägt X": the costs of what was just told, else of what the text is about;
        # of a work the sentence names again by its head ("hatte den Hackathon finanziert")
        again = ctx.named_again(s)
        earlier = ref(again) if again is not None else ctx.antecedent(s, funder, bodies=False)
        obj = earlier if earlier is not None else _main_work(ctx)
    elif not funded and (counted := _COUNTED.search(text)) is not None:
        obj = Ref(counted.group("np"), None, "Organisation")  # "fördert 23 Städte und Kreise"
    elif amounts and not recipients and (into := _into_work(ctx, s, text)) is not None:
        obj = into  # "Aus dem Programm fließen X Euro in das Projekt": the work told of
    elif amounts and not funded and not recipients and (again := ctx.named_again(s)):
        obj = ref(again)  # "Eine zweite Runde der Förderlinie …": the one of that head
    elif (anaphor := ANAPHOR.search(text)) is not None and "Programm" in anaphor.group():
        if not amounts and SOURCE.search(text, 0, anaphor.start() + 4) is not None:
            return []  # "hat … aus dem Programm 40 Vorhaben bewilligt": where money came from
        # "Das Programm, aus dem X Euro fließen": the programme named last, a source too
        programme = ctx.last_initiative_before(s.start)
        obj = ctx.antecedent(s, funder) if programme is None else ref(programme)
    elif (
        amounts
        and not recipients
        and ctx.last_funded is not None
        and _FURTHER.match(ctx.text, amounts[0].start - 12, amounts[0].start)
    ):
        obj = ctx.last_funded  # "stellt weitere X Euro bereit": more for what was funded last
    elif ANAPHOR.search(text) or (amounts and not recipients):
        obj = ctx.antecedent(s, funder)
    else:
        obj = ref(recipients[0]) if recipients else None
    verb = cue is not None and (cue.group().islower() or cue.group() == "Finanziell")
    if obj is None and not amounts and funders and verb:
        # "Das Land fördert den Aufbau des Büros": a body funding the work told of
        work = ctx.last_work_before(s.start)
        obj = None if work is None else ref(work)
    if obj is None and amounts:
        obj = _new_body(ctx)  # "unterstützt die Fusion mit X Euro": the body formed
    if obj is None and amounts and not ctx.count_index.inside(s.start, s.end):
        # "fördert es mit X Euro": the body the text is about (not "20 Vorhaben mit X Euro")
        obj = _local_body(ctx, funder)
    if obj is None and not amounts:
        return []
    counts = ctx.count_index.inside(s.start, s.end)
    count = counts[0] if counts else None
    conf = (0.8 if obj is not None and obj.entity else 0.6) - (0.2 if cue is None else 0.0)
    if contributes is None or ctx.last_funder is None:
        ctx.last_funder = (s.end, funder)  # not a share paid by those who do the work
    if not amounts:
        return [
            _fact(s, "funds", who, obj, conf - 0.1, count=count, date=date)
            for who in (joint if len(joint) > 1 and funder in joint else [funder])
        ]  # ("A und B finanzieren X gemeinsam": each)
    found: list[Fact] = []
    budgets = 0
    each = (
        recipients
        if len(recipients) > 1
        and obj in [ref(r) for r in recipients]
        and _EACH.search(text) is not None
        else [m for m in ms if ref(m) in listed]
        if obj in listed
        else takers
        if len(takers) > 1 and obj == ref(takers[0])
        else []
    )
    for a in amounts:
        if each:  # "Jeweils 50.000 Euro gehen an die Stadt A und den Kreis B"
            found += [
                _fact(s, "funds", funder, ref(r), conf, amount=a, count=count, date=date)
                for r in each
            ]
            continue
        who = _funder_of(funders, a.start, ctx) if len(funders) > 1 else funder
        budget = _budget_of(ctx.text, a, sources)
        budgets += budget is not None
        target = budget or _named_after(ctx, a) or _own_recipient(ctx, s, a) or obj
        taking_part = [] if target is None else _participants(ctx, s, target)
        if not taking_part and budget is None:
            taking_part = _each_of(ctx, s, a)  # "jeder der 14 Landkreise …": each, as a kind
        if taking_part:  # "X Euro je beteiligter Kommune": each town the text names
            each_sum = replace(a, scope="per_recipient")
            found += [
                _fact(s, "funds", who, r, conf, amount=each_sum, count=count, date=date)
                for r in taking_part
                if r != who
            ]
            continue
        each_one = per is not None and target is not None and target.label == per.group("noun")
        if a.scope == "total" and each_one:  # "Jede Gemeinde erhält X Euro": each one's sum
            a = replace(a, scope="per_recipient")
        for payer in joint if len(joint) > 1 and who in joint else [who]:
            if all(f.subject != payer or f.object != target for f in found):
                found.append(
                    _fact(s, "funds", payer, target, conf, amount=a, count=count, date=date)
                )
    if budgets == len(amounts) and obj is not None and obj not in [f.object for f in found]:
        found.append(_fact(s, "funds", funder, obj, conf - 0.1, count=count, date=date))
    # (prize money going to the winners funds the prize, not each winner)
    sent = [] if prize_money else _sent_to(ctx, s, ms, funder)
    if sent and len(amounts) == 1 and obj is not None and obj not in [ref(m) for m in ms]:
        # "Weitere X Euro aus dem Haushalt Y fließen an die Anstalt Z": to Z, not to the work
        # told of before
        found = [f for f in found if f.object != obj]
    for to, given in sent:
        # "…; der Rest geht an die Hochschule X", "je X Euro gehen an A und B": each receives
        if all(f.object != to for f in found):
            found.append(_fact(s, "funds", funder, to, conf - 0.1, amount=given, date=date))
    if found and found[-1].object is not None and found[-1].object.cls in _WORKS:
        ctx.last_funded = found[-1].object  # (a work, not a body that received)
    return found


_NOTICE_ARRIVED: Final = re.compile(
    r"\b(?:Förder|Zuwendungs)?[Bb]escheid\w*"
    r"(?P<issuer>[ \t]+de[rs][ \t]+(?:[^.;„“]|\.\d){1,120}?)?"
    r"[ \t]+über[ \t]+(?:[^.;]|\.\d){0,80}?[ \t]"
    r"(?:(?P<came>ging|gingen|geht|gehen)[ \t]+(?:[^.;]|\.\d){0,40}?)?"
    r"bei(?:m|[ \t]+(?:der|dem))[ \t]+(?P<noun>[A-ZÄÖÜ][a-zäöüß]+)\b(?:[^.;]|\.\d){0,40}?"
    r"\b(?(came)ein|(?:eingegangen|eingetroffen|angekommen))\b"
)
"""A grant's notice said to have reached a body: "Der Bescheid über X Euro ist Ende Januar beim
Landkreis eingegangen", "Der Bescheid des Ministeriums Y über X Euro ging im Mai beim Landkreis
ein" (the body receives the grant told of, or the one of the body that issued the notice)."""


def _notice_arrived(ctx: Context, s: Sentence, date: str | None) -> list[Fact]:
    """The grant told of, received by the body its notice reached (named again by its kind,
    or by name right after "beim"): the funder is the body that issued the notice when the
    sentence names it ("Der Bescheid des Ministeriums X"), else the one of the grant told of
    before."""
    arrived = _NOTICE_ARRIVED.search(s.text)
    if arrived is None:
        return []
    issuers = (
        []
        if arrived.group("issuer") is None
        else [
            m
            for m in ctx.index.within(
                s.start + arrived.start("issuer"), s.start + arrived.end("issuer")
            )
            if m.cls == "Organisation"
        ]
    )
    if issuers:
        funder = ref(issuers[0])
    elif ctx.last_funder is not None:
        funder = ctx.last_funder[1]
    else:
        return []
    at = s.start + arrived.start("noun")
    named = next(iter(ctx.index.starting(at, at)), None)
    body = named if named is not None else _body_by_noun(ctx, arrived.group("noun"), at)
    if body is None or body.cls != "Organisation" or ref(body) == funder:
        return []
    sums = ctx.amount_index.inside(s.start, s.start + arrived.end())
    amount = sums[0] if sums else None
    if issuers:
        ctx.last_funder = (s.end, funder)
    return [_fact(s, "funds", funder, ref(body), 0.6, amount=amount, date=date)]


_BORROWS: Final = re.compile(
    r"\b(?:leiht|leihen|lieh|liehen)[ \t]+sich\b|"
    r"\b(?:nimmt|nehmen|nahm|nahmen)\b(?=(?:[^.;]|\.\d)*\b(?:Darlehen|Kredit)\w*\b"
    r"(?:[^.;]|\.\d)*\bauf\b)|"
    r"\b(?:hat|hatte|haben|hatten)\b(?=(?:[^.;]|\.\d)*\b(?:Darlehen|Kredit)\w*\b"
    r"(?:[^.;]|\.\d)*\baufgenommen\b)|"
    r"\b(?:finanziert|finanzieren|finanzierte|finanzierten|bezahlt|bezahlen|bezahlte)\b"
    r"(?=(?:[^.;]|\.\d)*?\bmit[ \t]+(?:einem|einer)[ \t]+(?:[\w-]+[ \t]+)?"
    r"(?:Darlehen|Kredit)\w*[ \t]+(?:der|des)\b)"
)
"""A body borrowing money: "leiht sich X Euro bei der Bank Y", "nimmt einen Kredit … auf"
(also "hat … aufgenommen"), "finanziert der Kreis mit einem Darlehen der Bank Y"."""
_LENDER: Final = re.compile(
    r"(?:\bbei(?:m|[ \t]+(?:der|dem))|\b(?:Darlehen|Kredit)\w*[ \t]+(?:der|des))[ \t]+$"
)
_BORROWER_AFTER: Final = re.compile(
    r"[ \t]+(?:sich[ \t]+)?(?:[Dd]er|[Dd]ie|[Dd]as)[ \t]+(?P<noun>[A-ZÄÖÜ][\w-]*)"
)


def _borrowed(ctx: Context, s: Sentence, date: str | None) -> list[Fact]:
    """A loan told from the borrower's side ("Weitere X Euro leiht sich die Stadt als Darlehen
    bei der Bank Y", "Die Gemeinde nimmt bei der Bank Y einen Kredit über X Euro auf",
    "finanziert der Kreis mit einem Darlehen der Bank Y"): the lender after "bei" or "Darlehen
    der" funds the borrower (the body after the verb, else the sentence's subject; either by
    name or by its kind)."""
    verb = _BORROWS.search(s.text)
    if verb is None:
        return []
    named = ctx.index.within(s.start, s.end)
    lender = next(
        (
            m
            for m in named
            if m.cls == "Organisation"
            and _LENDER.search(ctx.text, max(s.start, m.start - 24), m.start) is not None
        ),
        None,
    )
    if lender is None:
        return []
    at = s.start + verb.end()
    named_after = _named_right_after(ctx, at)
    if named_after is not None and named_after != ref(lender):
        # "nimmt Ottweiler bei der Bank Y …", "hat X Digital bei der Bank Y … aufgenommen"
        sums = ctx.amount_index.inside(s.start, s.end)
        amount = sums[0] if len(sums) == 1 else None
        return [_fact(s, "funds", ref(lender), named_after, 0.6, amount=amount, date=date)]
    after = _BORROWER_AFTER.match(ctx.text, at)
    if after is None:  # "Die Stadt leiht sich …": the subject opens the sentence
        after = _BORROWER_AFTER.match(" " + s.text)
        at = s.start - 1
    if after is None:
        return []
    noun_at = at + after.start("noun")
    borrower = next(iter(ctx.index.starting(noun_at, noun_at)), None)
    if borrower is None or borrower.cls != "Organisation":
        borrower = _body_by_noun(ctx, after.group("noun"), noun_at)
    if borrower is None or borrower.cls != "Organisation" or ref(borrower) == ref(lender):
        return []
    sums = ctx.amount_index.inside(s.start, s.end)
    amount = sums[0] if len(sums) == 1 else None
    return [_fact(s, "funds", ref(lender), ref(borrower), 0.6, amount=amount, date=date)]


def _named_right_after(ctx: Context, at: int) -> Ref | None:
    """A body named without an article right after a verb: found as a name, a town by its
    place's name, or a company by the first word of its name ("Auwald" for "Auwald X GmbH")."""
    first = next(iter(ctx.index.starting(at + 1, at + 1)), None)
    if first is not None and first.cls == "Organisation":
        return ref(first)
    if first is not None and first.cls == "Place":
        body = _body_of_place(ctx, first)
        return None if body is None else ref(body)
    word = _NAME_ITEM.match(ctx.text, at + 1)
    if word is None or len(word.group()) < 4 or word.group().lower() in FUNCTION_WORDS:
        return None
    company = next(
        (m for m in ctx.mentions if m.kind in _COMPANIES and m.label.split()[0] == word.group()),
        None,
    )
    return None if company is None else ref(company)


_ISSUED: Final = re.compile(r"(?:Ausgestellt|Unterzeichnet|Erteilt)[ \t]+(?:hat|hatte)[ \t]+ihn\b")
"""A notice told of in the sentence before, its issuer named now: "Ausgestellt hat ihn das
Ministerium X"."""
_NOTICE_RECEIVED: Final = re.compile(
    r"\b(?:Förder|Zuwendungs)?[Bb]escheid[ \t]+über\b(?=(?:[^.;]|\.\d)*?\b(?:erhalten|bekommen)\b)"
)
"""A notice a body has received: "hat der Landkreis einen Förderbescheid über X Euro erhalten"."""


def _notice_issued(ctx: Context, s: Sentence, date: str | None) -> list[Fact]:
    """The issuer of a notice the sentence before says a body received ("hat der Landkreis …
    einen Förderbescheid über X Euro erhalten. Ausgestellt hat ihn das Ministerium Y"): Y funds
    the body, with the notice's sum."""
    i = bisect_left(ctx.sentence_starts, s.start)
    if not i or _ISSUED.match(s.text) is None:
        return []
    before = ctx.sentences[i - 1]
    notice = _NOTICE_RECEIVED.search(before.text)
    issuers = [m for m in ctx.index.within(s.start, s.end) if m.cls == "Organisation"]
    if notice is None or not issuers:
        return []
    at = before.start + notice.start()
    bodies = [m for m in ctx.index.within(before.start, at) if m.cls == "Organisation"]
    funder = ref(issuers[0])
    if not bodies or ref(bodies[-1]) == funder:
        return []
    sums = ctx.amount_index.inside(at, before.end)
    amount = sums[0] if sums else None
    ctx.last_funder = (s.end, funder)
    return [_fact(s, "funds", funder, ref(bodies[-1]), 0.6, amount=amount, date=date)]


_SHE_GIVES: Final = re.compile(
    r"(?:Sie|Er)[ \t]+(?:stellt|gibt|zahlt|überweist|fördert|unterstützt|finanziert|bewilligt|"
    r"übernimmt|trägt)\b"
)
"""A body that gives, named again by "Sie" or "Er" opening the sentence (a singular verb)."""


def _giver_before(ctx: Context, s: Sentence) -> Ref | None:
    """The body that may give money (a public body, bank, foundation or investor) named last
    in the sentence before ``s``."""
    i = bisect_left(ctx.sentence_starts, s.start)
    if not i:
        return None
    before = ctx.sentences[i - 1]
    named = [
        m
        for m in ctx.index.within(before.start, before.end)
        if m.cls == "Organisation" and m.kind in _FUNDERS + _DONORS + _PAYERS
    ]
    return ref(named[-1]) if named else None


_RECEIVES_ITSELF: Final = re.compile(
    r"\b(?:erhält|erhalten|erhielt|erhielten|bekommt|bekommen|bekam)[ \t]+(?:der|die|das)[ \t]+"
    r"[A-ZÄÖÜ][a-zäöüß]+[ \t]+selbst\b"
)
"""A body that itself receives ("erhält der Landkreis selbst"): no share of its own."""
_PRONOUN_GIVER: Final = re.compile(
    r"(?:^Es[ \t]+(?:stellt|gibt|zahlt|überweist|fördert|unterstützt|finanziert|bewilligt)|"
    r"\b(?:stellt|gibt|zahlt|überweist|fördert|unterstützt|finanziert|bewilligt)[ \t]+es)\b"
)
"""A body that gives, named by "es" (a ministry, "das Land" named before)."""
_PART_OF_GRANT: Final = re.compile(
    r"[ \t]+(?:des|der)[ \t]+[A-ZÄÖÜ][a-zäöüß]*(?:geld|mittel|summe)(?:e?s|n)?\b"
)
"""A sum that is part of money told of: "X Euro der Fördermittel", "Y Euro des Kreisgeldes"."""
_FOR_CONTEST: Final = re.compile(r"\bfür[ \t]+den[ \t]+(?:Wettbewerb|Preis|Award)\b")
"""Money given for the competition told of ("stiftete X für den Wettbewerb")."""
_WORKS: Final = ("Initiative", "Event")
_IN_ADDITION: Final = re.compile(r"(?:Hinzu[ \t]+(?:kommt|kommen|kam|kamen)|Zusätzlich|Außerdem)\b")
"""A sentence adding money to what was told ("Hinzu kommt ein Zuschuss …")."""
_FURTHER: Final = re.compile(r".*\b(?:weitere|zusätzliche|nochmals|erneut)[ \t]+$")
"""A sum added to one told of before: "weitere X Euro", "zusätzliche Y Euro"."""


_PARTICIPATING: Final = re.compile(
    r"\b(?:je|pro)[ \t]+(?:beteiligter|teilnehmender|mitwirkender)[ \t]+"
    r"(?:Kommune|Gemeinde|Stadt)\b|"
    r"\bjeder[ \t]+(?:beteiligten|teilnehmenden|mitwirkenden)[ \t]+(?:Kommune|Gemeinde|Stadt)\b|"
    r"\bPilot(?:kommunen|gemeinden|städte)\b"
)
"""Local bodies told of that take part: "je beteiligter Kommune", "gibt jeder teilnehmenden
Kommune", "die Lizenzen der Pilotkommunen" (not "Jede teilnehmende Kommune kann …", the terms of
a programme)."""
_ONE_LOCAL: Final = {
    "Kommune": ("municipality", "city"),
    "Gemeinde": ("municipality", "city"),
    "Stadt": ("city",),
}


def _participants(ctx: Context, s: Sentence, target: Ref) -> list[Ref]:
    """The towns a sum for one of those taking part goes to ("X Euro je beteiligter Kommune",
    "bis zu X Euro pro Kommune" for the "Pilotkommunen"): each town or municipality the text
    names (at least two), in place of the noun."""
    kinds = _ONE_LOCAL.get(target.label) if target.entity is None else None
    if kinds is None or _PARTICIPATING.search(s.text) is None:
        return []
    named = list(
        dict.fromkeys(ref(m) for m in ctx.mentions if m.cls == "Organisation" and m.kind in kinds)
    )
    return named if len(named) > 1 else []


_THE_COSTS: Final = re.compile(
    r"\b[Dd]ie[ \t]+Kosten\b|\b(?:Kurs|Lehrgangs|Schulungs|Seminar|Fortbildungs|"
    r"Weiterbildungs)kosten\b"
)
"""The costs in full ("die Kosten von X Euro trägt …") or of courses ("die Hälfte der
Kurskosten"), not another kind of them ("Personalkosten")."""
_TRAINERS: Final = ("training_provider", "academy", "university", "public_body", None)
"""Kinds of body that give courses (not a government, town or company)."""


def _trainer(ctx: Context, s: Sentence) -> Ref | None:
    """The body that gives the courses whose costs a body takes on ("Die Akademie X bietet
    Kurse an, die Kosten trägt das Land"; "… bildet die Volkshochschule Y … aus. … die Kosten
    übernimmt der Kreis"): a body of a kind that trains, named in the sentence before the costs
    or in the sentence before it, with a cue of training there (not the body that pays)."""
    costs = _THE_COSTS.search(s.text)
    if costs is None:
        return None
    spans = [(s, s.start + costs.start())]
    i = bisect_left(ctx.sentence_starts, s.start)
    if i:
        spans.append((ctx.sentences[i - 1], ctx.sentences[i - 1].end))
    payers = {ref(m) for m in ctx.index.within(s.start + costs.end(), s.end)}
    for sentence, high in spans:
        low = sentence.start
        if (
            TRAINS.search(ctx.text, low, high) is None
            and _TRAINS_OUT.search(ctx.text, low, high) is None
        ):
            continue
        for m in ctx.index.within(low, high):
            if m.cls == "Organisation" and m.kind in _TRAINERS and ref(m) not in payers:
                return ref(m)
        opening = _opening_body(ctx, sentence, _TRAINING_VERB)
        if opening is not None:  # "Die Volkshochschule im Kreis X schult …": not found as a name
            return opening[1]
    return None


_TRAINS_OUT: Final = re.compile(
    r"\b(?:bildet|bilden)\b[^.;]*\baus\b|\baus(?:bilden|gebildet|bildet)\b|"
    r"\b(?:werden|wurden)\b[^.;]*\b(?:geschult|fortgebildet|weitergebildet)\b"
)
"""Training told by "bildet … aus", or by a passive ("Die Beschäftigten werden an der
Hochschule X geschult", "…; dabei wurden 40 Beschäftigte geschult")."""


_EACH_OF: Final = re.compile(
    r"\b[Jj]ede[rsmn]?[ \t]+(?:der|dieser)[ \t]+(?:\d+[ \t]+|[a-zäöü]+[ \t]+(?=[a-zäöüA-ZÄÖÜ]))?"
    r"(?P<np>(?:[a-zäöüß]+(?:e|en)[ \t]+)?[A-ZÄÖÜ][a-zäöüß]+"
    r"(?:[ \t]+und[ \t]+(?:[a-zäöüß]+(?:e|en)[ \t]+)?[A-ZÄÖÜ][a-zäöüß]+)?)\b"
)
"""Each of a plural of bodies receiving a sum: "jeder der 421 Städte und Gemeinden", "jede der
vier kreisfreien Städte"."""


def _each_of(ctx: Context, s: Sentence, a: Amount) -> list[Ref]:
    """The plurals of bodies the clause of a sum gives it to, each ("zahlt … jeder der 421 Städte
    und Gemeinden X Euro", "…, jeder der 14 Landkreise und jede der vier kreisfreien Städte
    jeweils X Euro"): the plural noun phrases, as kinds (not bodies the text names, which a
    number of them names when it names just so many, see :func:`_counted_receivers`)."""
    text = ctx.text
    low = max(
        text.rfind(";", s.start, a.start) + 1, text.rfind(", ", s.start, a.start) + 1, s.start
    )
    found = []
    for m in _EACH_OF.finditer(text, low, a.start):
        np = m.group("np")
        if not _names_body(np.split()[-1]) or ctx.index.overlapping(m.start("np"), m.end("np")):
            continue
        found.append(Ref(" ".join(np.split()), None, "Organisation"))
    return found


def _clause_sum(ctx: Context, s: Sentence, at: int) -> tuple[int, Amount | None]:
    """Where the clause of ``at`` begins, and its one sum before ``at`` (none if it has none
    or several)."""
    cut = max((c.end() for c in _CLAUSE_CUT.finditer(ctx.text, s.start, at)), default=s.start)
    sums = ctx.amount_index.inside(cut, at)
    return cut, sums[-1] if len(sums) == 1 else None


_TO_FIRST: Final = re.compile(
    r"(?:^|[,;][ \t]+(?:und[ \t]+)?|\bund[ \t]+)an[ \t]+(?:(?:die|den|das|dem)[ \t]+)?$"
)
"""A clause that opens with the body money goes to: "…, an den Landkreis X gehen Y Euro"."""


def _to_first(ctx: Context, s: Sentence, m: Mention) -> Amount | None:
    """The sum going to a body named first in its clause, the verb of going right after it
    ("an das Amt X gehen Y Euro"); None when the clause has no such shape or no sum."""
    if _TO_FIRST.search(ctx.text, max(s.start, m.start - 30), m.start) is None:
        return None
    goes = _GOES_AFTER.match(ctx.text, m.end)
    if goes is None:
        return None
    cut = _CLAUSE_CUT.search(ctx.text, goes.end(), s.end)
    sums = ctx.amount_index.inside(goes.end(), cut.start() if cut is not None else s.end)
    return sums[0] if sums else None


def _sent_to(
    ctx: Context, s: Sentence, ms: list[Mention], funder: Ref
) -> list[tuple[Ref, Amount | None]]:
    """The bodies money goes to after a verb of flowing ("geht an die X", "fließen an A und
    B"), with the sum of their clause (for each, "je X Euro gehen an …", when it says so)."""
    if " an " not in s.text:
        return []
    found: list[tuple[Ref, Amount | None]] = []
    last: Mention | None = None
    for m in ms:
        if m.cls not in ("Organisation", "Place") or ref(m) == funder:
            continue
        joined = last is not None and _AND.fullmatch(ctx.text, last.end, m.start) is not None
        verb = _FLOWS_TO.search(ctx.text, max(s.start, m.start - 50), m.start) or (
            _PAID_TO.search(ctx.text, max(s.start, m.start - 100), m.start)
            if "ezahlt" in s.text or "wiesen" in s.text or "leitet" in s.text or "reich" in s.text
            else None
        )
        if verb is None and not joined and (inverted := _to_first(ctx, s, m)) is not None:
            # "…, an den Landkreis X gehen Y Euro": the body first, the verb and sum after it
            found.append(
                (
                    ref(m) if m.cls == "Organisation" else Ref(m.label, None, "Organisation"),
                    inverted,
                )
            )
            last = None
            continue
        if verb is None and not joined:
            last = None
            continue
        last = m
        to = ref(m) if m.cls == "Organisation" else Ref(m.label, None, "Organisation")
        if verb is None:  # listed after the first body money goes to
            found.append((to, found[-1][1]))
            continue
        cut, a = _clause_sum(ctx, s, m.start)
        if a is not None and _EACH.search(ctx.text, cut, a.end) is not None:
            a = replace(a, scope="per_recipient")
        found.append((to, a))
    for again in _SENT_TO_KIND.finditer(s.text) if " an d" in s.text else ():
        # "300.000 Euro gehen an den Landkreis": the body named before, by its kind
        at = s.start + again.start("noun")
        if ctx.index.overlapping(at, at + 1):
            continue
        body = _body_by_noun(ctx, again.group("noun"), at)
        if body is None or ref(body) == funder or any(to == ref(body) for to, _ in found):
            continue
        found.append((ref(body), _clause_sum(ctx, s, at)[1]))
    if not found and (listed := _SENT_TO_NAMES.search(s.text)) is not None:
        # "Je X Euro gehen an A, B und C" (names the text names nowhere else): each one
        names = _NAME_ITEM.findall(listed.group("names"))
        if len(names) > 1 and not any(n.lower() in FUNCTION_WORDS for n in names):
            sums = ctx.amount_index.inside(s.start, s.start + listed.start("names"))
            each = sums[-1] if len(sums) == 1 else None
            if each is not None and _EACH.search(s.text, 0, listed.start("names")) is not None:
                each = replace(each, scope="per_recipient")
            found = [(Ref(n, None, "Organisation"), each) for n in names]
    return found


_NAME_ITEM: Final = re.compile(r"[A-ZÄÖÜ][\wäöüß]+(?:-[A-ZÄÖÜ][\wäöüß]+)*")
_GOES: Final = r"(?:geht|gehen|ging|gingen|fließt|fließen|floss|flossen)"
"""Verbs of money going somewhere ("geht an", "fließen in")."""
_GOES_AFTER: Final = re.compile(rf"[ \t]+{_GOES}[ \t]+")
"""A verb of going right after a body ("an den Kreis X gehen …")."""
_SENT_TO_KIND: Final = re.compile(
    rf"\b(?:{_GOES}(?:[^.;,]|[.,]\d){{0,30}}?|"
    r"(?:ausgezahlt|überwiesen|weitergeleitet)(?:[^.;,]|[.,]\d){0,80}?)"
    r"[ \t]an[ \t]+(?:den|die|das)[ \t]+(?P<noun>[A-ZÄÖÜ][a-zäöüß]+)\b(?![ \t]+[A-ZÄÖÜ])"
)
"""Money going or paid out to a body named again by its kind: "gehen an den Landkreis",
"ausgezahlt wird das Geld über die Bank X an den Landkreis"."""
_MONEY: Final = (
    r"(?:Geld|Mittel|Summe|Zuschuss|Zuschüsse|Fördermittel|Förderung|Fördersumme|"
    r"Förderge(?:ld|lder))"
)
"""Nouns that name money told of before ("das Geld", "die Mittel")."""
_SENT_TO_NAMES: Final = re.compile(
    rf"\b{_GOES}\b[^.;,]{{0,30}}?[ \t]an[ \t]+"
    r"(?P<names>[A-ZÄÖÜ][\wäöüß-]+(?:,[ \t]+[A-ZÄÖÜ][\wäöüß-]+)*[ \t]+(?:und|sowie)[ \t]+"
    r"[A-ZÄÖÜ][\wäöüß-]+)(?=[ \t]*[.;,]|$)"
)
"""Money going to names listed ("gehen an A, B und C"), each a single capitalised word."""


_SENT_ON: Final = re.compile(
    rf"(?:Das|Die|Der)[ \t]+{_MONEY}[ \t]+{_GOES}[ \t]+(?P<into>in[ \t]+)?"
)
"""Money told of sent on in the next sentence: "Das Geld geht an …", "Die Mittel fließen an
…" (a body), "… fließen in …" (a work or body)."""
_PAID_OUT: Final = re.compile(
    r"(?:Ausgezahlt|Überwiesen|Weitergeleitet)[ \t]+(?:wird|werden|wurde|wurden)[ \t]+"
    rf"(?:das|die|der)[ \t]+{_MONEY}\b"
)
"""Money told of paid out in the next sentence: "Ausgezahlt wird das Geld über die Bank X an
den Kreis Y" (the body after "an" receives; the bank it goes through does not)."""
_PAID_TO: Final = re.compile(
    r"\b(?:ausgezahlt|Ausgezahlt|überwiesen|Überwiesen|weitergeleitet|Weitergeleitet|"
    r"reicht|reichen|reichte|reichten)\b"
    r"(?:[^.;]|\.\d){0,80}?[ \t]an[ \t]+(?:(?:die|den|das|dem)[ \t]+)?"
    r"(?:[A-ZÄÖÜ][a-zäöüß]+[ \t]+)?$"
)
"""A body money is paid out to: "ausgezahlt … an das Amt X", "überwiesen … an den Kreis Y",
"reicht X Euro an die Stadt Y weiter"."""


def _sent_on(ctx: Context, s: Sentence, ms: list[Mention], date: str | None) -> list[Fact]:
    """ "Das Geld geht an den Verein X", "Die Mittel fließen in das Portal „Y“": the funder of
    the grant told of last funds the body (or work) the money is sent on to."""
    sent = _SENT_ON.match(s.text) or _PAID_OUT.match(s.text)
    if sent is None or ctx.last_funder is None:
        return []
    funder = ctx.last_funder[1]
    if sent.re is _PAID_OUT or sent.group("into") is None:
        to = [body for body, _ in _sent_to(ctx, s, ms, funder)]
    else:  # "fließen in den Aufbau des Portals „Y“": the first work or body named after "in"
        at = s.start + sent.end()
        after = [
            m
            for m in ms
            if at <= m.start < at + 60 and m.cls in ("Organisation", "Initiative", "Event")
        ]
        to = [ref(after[0])] if after and ref(after[0]) != funder else []
    return [_fact(s, "funds", funder, body, 0.55, date=date) for body in to]


_RECEIVER_IS: Final = re.compile(
    r"(?:Zuwendungsempfänger|Empfänger)(?:in|innen)?(?:[ \t]+de[rs][ \t]+\w+)?[ \t]+"
    r"(?:ist|sind|war|waren|wird|werden)[ \t]"
)
"""A sentence naming who receives the grant told of: "Empfängerin ist die Stadt X"."""


def _receiver_named(ctx: Context, s: Sentence, ms: list[Mention], date: str | None) -> list[Fact]:
    """The bodies a sentence names as receiving the grant told of in the one before (by
    whoever gave it), up to the clause's end."""
    opened = _RECEIVER_IS.match(s.text)
    told = ctx.last_funder
    if opened is None or told is None or told[0] < s.start - 2:
        return []
    cut = _CLAUSE_CUT.search(s.text, opened.end())
    high = s.start + (cut.start() if cut is not None else len(s.text))
    bodies = [
        ref(m) for m in ms if m.cls == "Organisation" and m.start < high and ref(m) != told[1]
    ]
    return [_fact(s, "funds", told[1], body, 0.6, date=date) for body in dict.fromkeys(bodies)]


_CONTRACT: Final = re.compile(
    r"\b\w*[Vv]ertrag[ \t]+über[ \t]+(?=(?:[^.;]|\.\d)*?\b(?:abgeschlossen|geschlossen|"
    r"unterzeichnet|unterschrieben)\b)"
)
"""A contract worth a sum, concluded: "einen Rahmenvertrag über höchstens X Euro geschlossen"."""
_BODY_NAMED_AGAIN: Final = re.compile(
    r"\b(?:der|die|das|dem|den)[ \t]+(?P<noun>Landkreis|Kreis|Stadt|Gemeinde|Bezirksamt|Amt|"
    r"Unternehmen|Start-up|Startup|Firma)\b(?![ \t]+[A-ZÄÖÜ])"
)
"""A party of a contract named again by its noun ("mit dem Unternehmen", "Mit dem Bezirksamt")."""


def _contract(ctx: Context, s: Sentence, ms: list[Mention], date: str | None) -> list[Fact]:
    """A public body's contract with a company for a sum: the body pays the company."""
    deal = _CONTRACT.search(s.text)
    sums = (
        []
        if deal is None
        else ctx.amount_index.inside(s.start + deal.end(), s.start + deal.end() + 40)
    )
    if deal is None or not sums:
        return []  # (not "einen Vertrag über den Betrieb", "über fünf Jahre")
    parties = [(m.start, ref(m)) for m in ms if m.cls == "Organisation"]
    for again in _BODY_NAMED_AGAIN.finditer(s.text):
        at = s.start + again.start("noun")
        if ctx.index.overlapping(at, at + 1):
            continue
        noun = again.group("noun")
        if noun in ("Unternehmen", "Start-up", "Startup", "Firma"):
            body = ctx.index.last_before(s.start, lambda m: m.kind in _COMPANIES)
        else:
            body = _body_by_noun(ctx, noun, at)
        if body is not None:
            parties.append((at, ref(body)))
    payer = next((b for _, b in sorted(parties) if ctx.kind_of.get(b.label) in _CONTRACTORS), None)
    payee = next((b for _, b in sorted(parties) if ctx.kind_of.get(b.label) in _COMPANIES), None)
    if payer is None or payee is None:
        return []
    return [_fact(s, "funds", payer, payee, 0.55, amount=sums[0], date=date)]


_CONTRACTORS: Final = (*_PAYERS, "district", "ministry", "state", "agency")
"""Public bodies that pay a company under a contract."""


def _in_body_name(ctx: Context, at: int) -> bool:
    """Whether a position lies in the name of a body ("Förderbank X", "Förderverein Y")."""
    return any(m.cls == "Organisation" for m in ctx.index.overlapping(at, at + 1))


_DEMAND: Final = re.compile(
    r"\b(?:forder\w*|appellier\w*|mahnt\w*|bat|bitte[nt]?|drängt\w*)\b[^.;]*?\bzu[ \t]+"
    r"(?:finanzieren|fördern|unterstützen|bezahlen|übernehmen)\b"
)
"""A demand that someone fund something ("bittet den Kreis, … zu bezahlen")."""
_IT_RECEIVES: Final = re.compile(
    r"\b(?:erhielt|erhält|bekam|bekommt)[ \t]+es\b|\b[Ee]s[ \t]+(?:erhielt|erhält|bekam|bekommt)\b|"
    r"\b[Ee]s[ \t]+(?:hat|hatte)\b(?=[^.;]*\b(?:erhalten|bekommen)\b)"
)
_COMPANY_OPENING: Final = re.compile(
    r"(?:Das|Dieses)[ \t]+(?:junge[ \t]+)?(?:Unternehmen|Start-up|Startup)\b"
)
"""A body named again by "es" that receives money ("erhielt es …", "Es hatte … erhalten")."""
_COMPANY_AGAIN: Final = re.compile(
    r"\b(?:(?:das|dem|des|am)[ \t]+(?:junge[nm]?[ \t]+)?(?:Unternehmen|Start-up|Startup|Firma)|"
    r"der[ \t]+Firma|die[ \t]+Gründung)\b"
)
"""A company named again by a noun: "das Unternehmen", "das junge Start-up", "der Firma", "am
Unternehmen", or by its founding ("hatte die Gründung mit einem Darlehen unterstützt")."""


def _company_again(ctx: Context, s: Sentence, text: str) -> Ref | None:
    """The company a sentence names again by a noun: the last one named before it; also by
    "es" receiving money ("Das Unternehmen … . Im Jahr X erhielt es …") when the sentence before
    opens with the company or "das Unternehmen"."""
    if (" es " in text or text.startswith("Es ")) and _IT_RECEIVES.search(text) is not None:
        i = bisect_left(ctx.sentence_starts, s.start)
        before = ctx.sentences[i - 1] if i else None
        if before is not None:
            opening = _COMPANY_OPENING.match(before.text)
            first = next(iter(ctx.index.starting(before.start, before.start + 5)), None)
            if opening is not None or (first is not None and first.kind in _COMPANIES):
                company = ctx.index.last_before(s.start, lambda m: m.kind in _COMPANIES)
                if company is not None:
                    return ref(company)
    if "arlehen" in text or "redit" in text:
        # "Die Bank X gewährt ein Nachrangdarlehen über Y Euro": a loan with no borrower named
        # goes to the company the text is about, told of within the three sentences before
        i = bisect_left(ctx.sentence_starts, s.start)
        low = ctx.sentences[max(0, i - 3)].start if i else s.start
        named = Counter(m.label for m in ctx.mentions if m.kind in _COMPANIES)
        company = ctx.index.last_before(
            s.start, lambda m: m.kind in _COMPANIES and named[m.label] == max(named.values())
        )  # (the company named most often: the one the text is about, not an investor in it)
        if company is not None and company.start >= low and _LOAN.search(text) is not None:
            return ref(company)
    if (
        "nternehmen" not in text
        and "tart" not in text
        and "Firma" not in text
        and "Gründung" not in text
    ):
        return None
    if _COMPANY_AGAIN.search(text) is None:
        return None
    company = ctx.index.last_before(s.start, lambda m: m.kind in _COMPANIES)
    return None if company is None else ref(company)


def _prize_named(initiatives: list[Mention]) -> Ref | None:
    """The prize or competition a sentence names, if it names one."""
    prize = next((m for m in initiatives if m.kind == "competition"), None)
    return None if prize is None else ref(prize)


_FOR_WHICH: Final = re.compile(r"[“”\"«»]?,[ \t]+für[ \t]+(?:den|die|das)[ \t]")
"""A relative clause naming what a sum is for, right after a name: "…“, für den …"."""


def _given_for(ctx: Context, s: Sentence, m: Mention, amounts: list[Amount]) -> bool:
    """Whether a relative clause right after ``m`` ("…, für den sie X Euro bereitstellt")
    holds a sum of the sentence."""
    opened = _FOR_WHICH.match(ctx.text, m.end)
    if opened is None:
        return False
    cut = _CLAUSE_END.search(ctx.text, opened.end(), s.end)
    high = s.end if cut is None else cut.start()
    return any(opened.end() <= a.start < high for a in amounts)


_PAID_PRONOUN: Final = re.compile(
    r"\b(?:zahlt|zahlte|zahlen|zahlten|bezahlt|bezahlte|überweist|überwies|gibt|gab)[ \t]+"
    r"(?:(?:der|die|das)[ \t]+[A-ZÄÖÜ][\w-]+[ \t]+)?(?:ihr|ihm)[ \t]+(?:dafür[ \t]+|für[ \t])"
)
"""A body paid, named again by a pronoun in the dative: "der Kreis zahlt ihr dafür X Euro",
"die Stadt zahlte ihm für den Auftrag X Euro"."""


def _paid_to_pronoun(ctx: Context, s: Sentence, text: str, funder: Ref) -> Ref | None:
    """The body a dative pronoun after a verb of paying stands for: the body the sentence
    opens with (by name, or "Das Unternehmen" for the company named last), when another
    clause of the sentence names the payer."""
    if " ihr " not in text and " ihm " not in text:
        return None
    paid = _PAID_PRONOUN.search(text)
    if paid is None or _CLAUSE_CUT.search(text, 0, paid.start()) is None:
        return None
    if _COMPANY_OPENING.match(text) is not None:
        company = ctx.index.last_before(s.start, lambda m: m.kind in _COMPANIES)
        return None if company is None else ref(company)
    first = _opener(ctx, s)
    if first is None or ref(first) == funder:
        return None
    return ref(first)


_LOAN: Final = re.compile(r"\w*(?:[Dd]arlehen|[Kk]redit)\b")
"""A loan ("Darlehen", "Nachrangdarlehen", "Kredit", "Förderkredit")."""


_AWARDS: Final = re.compile(r"\b(?:vergibt|vergab|verleiht|verlieh|stiftet|stiftete)\b")
"""A body awarding a prize: its money is the body's ("vergibt den mit X Euro dotierten Preis")."""
_ENDOWED: Final = re.compile(r"[ \t]+(?:[a-zäöü]+[ \t]+)?dotiert")
"""A sum a prize is endowed with: "mit 5.000 Euro dotiert", "… Euro jeweils dotierten"."""
_SMALL_NUMBER: Final = r"(?:\d+|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf)"
"""A number of bodies, in digits or as a word."""
_COUNTED: Final = re.compile(
    r"\b(?:förder(?:t|n)|unterstütz(?:t|en))[ \t]+(?:insgesamt[ \t]+)?"
    rf"{_SMALL_NUMBER}[ \t]+(?:[a-zäöü]+[ \t]+)?"
    r"(?P<np>[A-ZÄÖÜ][a-zäöüß]+(?:(?:,[ \t]+|[ \t]+(?:und|sowie)[ \t]+)[A-ZÄÖÜ][a-zäöüß]+)*)"
)
"""Bodies funded, counted but not named: "unterstützt 23 Städte, Gemeinden und Landkreise"."""
_EQUIPPED: Final = re.compile(r"\bausgestattet\b")
"""A programme "mit X Euro ausgestattet": its budget, with a funder named or told of."""
_PLANNED: Final = re.compile(r"\b(?:eingeplant|vorgesehen|veranschlagt)\b")
"""Money set aside ("sind X Euro eingeplant"): a cue of funding when a sum is stated."""
_MINISTRY_AGAIN: Final = re.compile(
    r"\b(?:[Dd]as|dem|vom)[ \t]+Ministerium\b(?![ \t]+(?:für|des|der)\b)"
)
"""A ministry named again without its name: "das Ministerium", "vom Ministerium"."""
_EACH: Final = re.compile(
    r"\b(?:[Jj]eweils|[Bb]eide|[Jj]ede[rsm]?[ \t]+der|zu[ \t]+gleichen[ \t]+Teilen|"
    r"[Jj]e(?=[ \t]+(?:(?:bis[ \t]+zu|rund|maximal|höchstens)[ \t]+)?\d))\b"
)
"""A sum for each of the bodies named: "jeweils", "beide", "je 30.000 Euro", "zu gleichen
Teilen"."""
_RANKED: Final = re.compile(
    r"(?:Auf[ \t]+)?(?:den[ \t]+)?(?:Platz|Rang|Plätzen|Rängen)[ \t]+(?:zwei|drei|vier|fünf|\d)\b"
)
"""A sentence opening with a place of a ranking ("Auf Rang zwei landete …", "Auf den Plätzen
zwei und drei landeten …")."""
_PRIZE_OF: Final = re.compile(
    r"(?:[Pp]reise?|Platz)[ \t]+(?:(?:über|von|in[ \t]+Höhe[ \t]+von)[ \t]+)?"
    r"(?:(?:jeweils|je)[ \t]+)?$"
    r"|(?:[Pp]reis|Platz)\b[^.;:]{0,30}?[ \t](?:und|über|mit|der[ \t]+Jury)[ \t]+$"
)
"""A prize worth a sum: "einen Sonderpreis über 5.000 Euro" (the sum may begin with "über"),
"ein Sonderpreis der Jury über …", "den zweiten Preis und …", "Platz drei, verbunden mit …"."""
_PRIZE_MONEY: Final = re.compile(r"\bPreisgeld(?:er)?\b")


def _names_programme(ctx: Context, s: Sentence, cue: re.Match[str]) -> bool:
    """A noun of funding that is the head of a programme's name right after it
    ("Förderaufruf „X“", "Förderprogramm X"), not a statement of funding."""
    if not cue.group()[:1].isupper():
        return False
    at = s.start + cue.end()
    return any(m.cls == "Initiative" for m in ctx.index.starting(at, at + 3))


_BUDGET: Final = re.compile(
    r"[“”\"«]?(?:[ \t]+[a-zäöü]+){0,2},[ \t]+(?:für|aus|über|mit|in)[ \t]+"
    r"(?:den|dem|die|das|der|denen)\b[^,;]*$"
)
"""A relative clause after a programme that states its budget: "aus dem Fonds X, für den
insgesamt 12 Millionen Euro bereitstehen", "stellt … aus dem Programm X bereit, aus dem
bisher 2 Millionen Euro geflossen sind"."""


def _budget_of(text: str, a: Amount, sources: list[Mention]) -> Ref | None:
    """The programme money comes from when the sum is its own budget, told in a relative
    clause right after its name."""
    for m in sources:
        if m.end <= a.start and _BUDGET.match(text, m.end, a.start) is not None:
            rest = _CLAUSE_END.search(text, a.end)
            if _RECEIVING.search(text, a.end, len(text) if rest is None else rest.start()):
                continue  # "…, über das der Kreis X Euro erhält": the sum the body receives
            return ref(m)
    return None


_CLAUSE_END: Final = re.compile(r"[,;.!?]")
_RECEIVER: Final = re.compile(
    r"[ \t]*(?:(?P<det>[Jj]ede[rsmn]?|[Dd]ie|[Dd]as|[Dd]ieses?|[Aa]lle)[ \t]+)?"
    r"(?:\d+[ \t]+)?(?P<np>(?:[a-zäöüß]+(?:e|en|er|es)[ \t]+)?[A-ZÄÖÜ][a-zäöüß]+"
    r"(?:[ \t]+(?:und|oder)[ \t]+[A-ZÄÖÜ][a-zäöüß]+)?)(?=[ \t]+[a-zäöü]|,)"
)
"""The noun phrase a clause opens with: who receives or applies for a sum ("Jede untere
Behörde kann … abrufen", "Städte und Gemeinden können … beantragen")."""
_RECEIVING: Final = re.compile(
    r"\b(?:erh(?:alten|ält|ielt|ielten)|bekomm\w*|beantragen|abrufen|bewerben)\b"
)
_FUNDED_ARE: Final = re.compile(
    r"[ \t]*[Gg]efördert[ \t]+werden[ \t]+(?:(?:bis[ \t]+zu|rund|etwa|mehr[ \t]+als)[ \t]+)?"
    r"(?:\d+|[a-zäöü]+)[ \t]+(?P<np>[A-ZÄÖÜ][a-zäöüß]+)\b"
)
"""A passive of funding with what is funded: "Gefördert werden bis zu 40 Vorhaben"."""
_PER_AFTER: Final = re.compile(r"[ \t]+" + PER_RECIPIENT.pattern)
_FOR_THE: Final = re.compile(
    r"\bfür[ \t]+(?:die|alle|jede[nrs]?)[ \t]+(?P<noun>[A-ZÄÖÜ][a-zäöüß]+)\b"
)


def _headed(head: str, m: Mention) -> bool:
    return m.cls == "Organisation" and m.label.startswith(head)


def _receiver(ctx: Context, clause: str, low: int) -> Ref | None:
    """The noun phrase a clause opens with when it receives a sum or is funded (not one of a
    clause of purpose or reason: "Um die Nachfrage der Kreise zu bedienen, …")."""
    if _SUBORDINATE.match(clause) is not None:
        return None
    receiving = _RECEIVING.search(clause) is not None
    passive = "efördert werden" in clause
    for pattern in (_RECEIVER, _FUNDED_ARE):
        if not (receiving if pattern is _RECEIVER else passive):
            continue
        m = pattern.match(clause)
        if m is None:
            continue
        np = m.group("np")
        det = m.groupdict().get("det") or ""
        head = np.split()[-1]
        if head in _NOT_RECIPIENTS or np.split()[0].lower() in FUNCTION_WORDS:
            continue
        if not det and (_ADVERB.fullmatch(np) or _PRONOMINAL.fullmatch(np)):
            continue  # "Ebenfalls erhält …", "Dafür erhält …": no noun
        inverted = _INVERTED.match(clause, m.end("np"))
        if inverted is not None:  # "Für Lizenzen erhält der Landkreis …": the county
            body = _body_by_noun(ctx, inverted.group("noun"), low + inverted.start("noun"))
            if body is not None and body.kind in (*_RECIPIENTS, "district"):
                return ref(body)
            continue
        if FUNDING.fullmatch(head) or RECEIVES.fullmatch(head):  # "Finanziert wird …", a sum
            continue
        if ctx.index.overlapping(low + m.start("np"), low + m.end("np")):
            continue
        if det.lower() in ("die", "das", "dieses", "diese") and ANAPHOR.match(f"{det} {head}"):
            continue
        words = np.split()
        noun = " ".join(words[1:]) if words[0].islower() else np  # "kleinere Ämter": Ämter
        if det in ("Der", "Die", "Das", "der", "die", "das") and noun.isalpha():
            # "Die Gemeinde hatte … erhalten": the "Gemeinde X" named last
            again = ctx.index.last_before(low, partial(_headed, noun + " "))
            if again is not None and again.kind in _RECIPIENTS:
                return ref(again)
        return Ref(noun, None, "Organisation")
    return None


_PLACE_PREPOSITION: Final = re.compile(r"\b(?:aus|vor|in|bei|unter|zwischen)[ \t]+$")
"""A preposition before a body's noun that does not give it money ("aus den Kreisen")."""
_SUBORDINATE: Final = re.compile(r"[ \t]*(?:Um|Damit|Weil|Wenn|Obwohl|Nachdem|Während|Da)[ \t]")
"""A clause of purpose, reason, condition or time: its noun phrase receives nothing."""
_AFTER_RECEIVING: Final = re.compile(
    r"\b(?:erhalten|erhält|bekommen|bekommt)[ \t]+(?:(?:die|alle)[ \t]+"
    rf"(?:{_SMALL_NUMBER}[ \t]+)?"
    r"(?:[a-zäöüß]+(?:e|en|er)[ \t]+)?(?P<noun>[A-ZÄÖÜ][a-zäöüß]+(?:en|er|e|n))|"
    r"[Jj]ede[rsmn]?[ \t]+(?:[a-zäöüß]+(?:e|en|er)[ \t]+)?(?P<one>[A-ZÄÖÜ][a-zäöüß]+)|"
    r"(?P<bare>(?=[A-ZÄÖÜ])(?:[A-ZÄÖÜ][a-zäöüß]*)?(?i:gemeinden|städte|kreise|kommunen|ämter)))\b"
    r"(?![ \t]+[A-ZÄÖÜ])"
)
"""Recipients named by a noun after the verb: "erhalten die zwei Siegergemeinden", "erhält
jede kleine Stadt", "erhalten Landkreise"."""
_MAY_APPLY: Final = re.compile(
    r"\b(?:können|könnten|dürfen|sollen)[ \t]+(?:sich[ \t]+)?(?:(?:die|alle)[ \t]+)?"
    r"(?:[a-zäöüß]+(?:e|en)[ \t]+)?(?P<noun>[A-ZÄÖÜ][a-zäöüß]+(?:en|n|e))\b"
)
"""Bodies that may apply for money, named by a plural after a modal verb ("können die
Gemeinden …", "können sich Kommunen …")."""
_APPLYING: Final = re.compile(r"\b(?:beantragen|bewerben|abrufen|erhalten|bekommen)\b")
_ADVERB: Final = re.compile(r"[A-ZÄÖÜ][a-zäöüß]+(?:lich|weise|falls|dem|mals)")
_PRONOMINAL: Final = re.compile(
    r"(?:Da|Dar|Hier|Wo|Wor)(?:für|mit|von|zu|nach|bei|über|aus|in|an|um|auf|durch)"
)
"""A pronominal adverb opening a clause ("Dafür", "Hiermit"): no noun phrase."""
_INVERTED: Final = re.compile(
    r"[ \t]+(?:erhält|erhielt|erhalten|erhielten|bekommt|bekam|bekommen)[ \t]+(?:der|die|das)"
    r"[ \t]+(?P<noun>[A-ZÄÖÜ][a-zäöüß]+)\b(?![ \t]+[A-ZÄÖÜ])"
)
"""A verb of receiving with its subject after it, named again by its head noun ("Für Lizenzen
erhält der Landkreis …"): the phrase before the verb is no receiver."""
"""A capitalised adverb opening a clause ("Ebenfalls", "Außerdem"): no noun phrase."""


_OF_OWNER: Final = re.compile(r"[ \t]+(?:im|in[ \t]+der|in[ \t]+den|des|der)[ \t]+")


def _owner_after(ctx: Context, end: int) -> Ref | None:
    """The town, county or district right after an unnamed recipient ("für die Schulen im
    Landkreis X", "… der Stadt Y"): the body the sum goes to."""
    owner = _OF_OWNER.match(ctx.text, end)
    if owner is None:
        return None
    body = next(iter(ctx.index.starting(owner.end(), owner.end() + 1)), None)
    if body is None or body.kind not in (*_RECIPIENTS[:3], "district"):
        return None
    return ref(body)


def _unnamed(ctx: Context, m: re.Match[str]) -> bool:
    """Whether "für die X" names recipients by their noun alone: not a unit ("Jahre"), not
    the head noun of a name right after it ("für die App „Y“")."""
    if m.group("noun") in _NOT_RECIPIENTS:
        return False
    end = m.end("noun")
    after = ctx.text[end : end + 2].lstrip()
    return not after.startswith(("„", "“", '"', "»")) and not ctx.index.starting(end, end + 2)


_GAPPED: Final = re.compile(
    r"[ \t]*(?:der|die|das|dem|den)[ \t]+(?P<noun>[A-ZÄÖÜ][\wäöüß-]+)[ \t]+"
    r"(?:(?:rund|knapp|etwa|gut|weitere|bis[ \t]+zu|mehr[ \t]+als)[ \t]+)?"
)
"""A clause of a body named again by its head noun and a sum, its verb left out ("…, der
Landkreis rund X Euro")."""


_GAP_LEAD: Final = re.compile(r"(?:,|\bund)[ \t]+(?:der|die|das|dem|den)[ \t]+$")
"""A body after a comma or "und" and its article, opening a clause whose verb is left out."""
_GAP_BEFORE_SUM: Final = re.compile(
    r"[ \t]+(?:(?:rund|knapp|etwa|gut|weitere|bis[ \t]+zu|mehr[ \t]+als)[ \t]+)?"
)
"""What may stand between that body and its sum ("das Amt B rund Y Euro")."""
_FOR_BODY_AFTER: Final = re.compile(r"[ \t]+(?:für|an)[ \t]+(?:die|den|das)[ \t]+")
"""A body a sum is for, right after it: "davon X Euro für die Stadt Y"."""


def _named_after(ctx: Context, a: Amount) -> Ref | None:
    """The town, county, district or company named right after a sum it is for ("Insgesamt X
    Euro stellt das Land bereit, davon Y Euro für die Stadt Z")."""
    after = _FOR_BODY_AFTER.match(ctx.text, a.end)
    if after is None:
        return None
    body = next(iter(ctx.index.starting(after.end(), after.end() + 1)), None)
    return ref(body) if body is not None and body.kind in _RECIPIENTS else None


def _own_recipient(ctx: Context, s: Sentence, a: Amount) -> Ref | None:
    """Who a sum of its own is for, when the clause says so: the noun phrase of a clause with
    a verb of receiving ("Landkreise … können bis zu X erhalten"), what a passive of funding
    names, a recipient right after the sum ("X Euro je Kommune") or before it ("für die
    Kreise … X Euro"). Only unnamed recipients: named ones are mentions."""
    text = ctx.text
    low = max(text.rfind(";", s.start, a.start) + 1, text.rfind(": ", s.start, a.start) + 2)
    low = max(low, s.start)  # ("Kern des Plans ist X: Jede Gemeinde erhält …")
    high = text.find(";", a.end, s.end)
    high = s.end if high < 0 else high
    clause = text[low:high]
    named = ctx.index.last_before(a.start, lambda m: m.cls == "Organisation")
    if (
        named is not None
        and named.start > low
        and _GAP_BEFORE_SUM.fullmatch(text, named.end, a.start) is not None
        and _GAP_LEAD.search(text, max(low, named.start - 12), named.start) is not None
    ):
        # "Das Amt A erhält X Euro, das Amt B Y Euro und das Amt C Z Euro": each sum is for
        # the body named right before it, the verb left out
        return ref(named)
    part = max(text.rfind(",", low, a.start) + 1, low)
    if part > low:  # a clause of its own after a comma: "…, für die Kreise liegt … X Euro"
        lead = text[part : a.start]
        gapped = _GAPPED.fullmatch(lead)
        if gapped is not None:  # "Die Stadt erhält X Euro, der Kreis Y Euro": no verb again
            body = _body_by_noun(ctx, gapped.group("noun"), part)
            if body is not None:
                return ref(body)
        head_for = _FOR_THE.match(text, part + len(lead) - len(lead.lstrip()))
        if head_for is not None and _unnamed(ctx, head_for):
            owner = _owner_after(ctx, head_for.end())
            if owner is not None or _names_body(head_for.group("noun")):
                return owner or Ref(head_for.group("noun"), None, "Organisation")
        end = text.find(",", a.end, high)
        own = text[part : high if end < 0 else end]
        if _RECEIVING.search(own) is not None:
            found = _receiver(ctx, own, part)
            if found is not None:
                return found
    found = _receiver(ctx, clause, low)
    if found is not None:
        return found
    after = _AFTER_RECEIVING.search(clause) if "erh" in clause or "bekomm" in clause else None
    group = None if after is None else next(g for g in ("noun", "one", "bare") if after[g])
    if after is not None and group is not None and after[group] not in _NOT_RECIPIENTS:
        at = low + after.start(group)
        if not ctx.index.overlapping(at, at + len(after[group])):
            return Ref(after[group], None, "Organisation")  # "erhalten die drei X"
    may = _MAY_APPLY.search(clause) if _APPLYING.search(clause) is not None else None
    if may is not None and _names_body(may.group("noun")):
        at = low + may.start("noun")
        if not ctx.index.overlapping(at, at + len(may.group("noun"))):
            # "Zusätzlich können die Gemeinden bis zu X Euro pro Kommune beantragen", "können
            # sich Kommunen … um Zuschüsse bewerben": those who may apply receive
            return Ref(may.group("noun"), None, "Organisation")
    per = _PER_AFTER.match(text, a.end, min(a.end + 40, s.end))
    if per is not None and per.group("noun") not in _NOT_RECIPIENTS:
        return Ref(per.group("noun"), None, "Organisation")
    comma = max(text.rfind(",", low, a.start) + 1, low)
    for_the = _FOR_THE.search(text, comma, a.start)
    if for_the is not None and _unnamed(ctx, for_the):
        # "für die Bürgerbüros im Landkreis X": the body they belong to; "für die Kommunen":
        # bodies that receive; "für die Ausstattung": a thing, part of the work funded
        owner = _owner_after(ctx, for_the.end())
        if owner is not None or _names_body(for_the.group("noun")):
            return owner or Ref(for_the.group("noun"), None, "Organisation")
    per = PER_RECIPIENT.search(clause)
    if per is not None and per.group("noun") not in _NOT_RECIPIENTS and a.start < high:
        at = low + per.start("noun")
        if not ctx.index.overlapping(at, at + len(per.group("noun"))):
            return Ref(per.group("noun"), None, "Organisation")
    return None


_PAYER_AFTER: Final = re.compile(
    r"\b(?:gibt|gab|zahlt|zahlte|bezahlt|bezahlte|spendet|spendete|stiftet|stiftete)[ \t]+"
    r"(?:(?:im|in|am)[ \t]+[^,.;]{0,30}?[ \t]+)?(?:der|die|das)[ \t]+(?:[A-ZÄÖÜ][a-zäöüß]+[ \t]+)?$"
)
"""A body right after a verb of paying, its subject: "gibt die Aktionsgruppe X", "bezahlt im
ersten Jahr der Versorger Y" (not a dative: "gibt der Stadt X")."""


_PROVIDER_AFTER: Final = re.compile(
    r"\bstell(?:t|te|en|ten)[ \t]+(?:[a-zäöü]+[ \t]+)?(?:der|die|das)[ \t]+$"
)
"""A body right after "stellt", the subject of "stellt … bereit" ("stellt die Stiftung X")."""
_PROVIDER_AGAIN: Final = re.compile(
    r"\bstell(?:t|te|en|ten)[ \t]+(?P<det>der|die|das)[ \t]+(?P<noun>[A-ZÄÖÜ][a-zäöüß]+)\b"
    r"(?![ \t]+(?:[A-ZÄÖÜ]|für\b|des\b|der\b))"
)
"""A body named again by its noun right after "stellt" ("stellt der Kreis X Euro bereit"), not
by its name ("stellt die Stiftung X")."""


def _subjects_after(
    ctx: Context,
    s: Sentence,
    ms: list[Mention],
    kinds: tuple[str, ...],
    verb: re.Pattern[str],
    reach: int,
) -> list[tuple[int, Ref]]:
    """The bodies of other kinds than ``kinds`` right after a verb (``verb`` matching up to the
    body, within ``reach`` characters) whose subject they are, not its dative."""
    return [
        (m.start, ref(m))
        for m in ms
        if m.cls == "Organisation"
        and m.kind not in kinds
        and verb.search(ctx.text, max(s.start, m.start - reach), m.start) is not None
        and not _given_to(ctx.text, m)
    ]


def _funders(
    ctx: Context, s: Sentence, ms: list[Mention], text: str, contributes: re.Match[str] | None
) -> list[tuple[int, Ref]]:
    """The public bodies of a sentence that may give money, with their positions: "das Land",
    federal or state funds ("Bundesmittel", "Landesmittel"); with a cue of paying a share,
    any body of the sentence."""
    kinds = _FUNDERS + _PAYERS + _DONORS + ("district",) if contributes is not None else _FUNDERS
    funders = [
        (m.start, ref(m))
        for m in ms
        if m.kind in kinds and not _as_place(ctx.text, m) and not _given_to(ctx.text, m)
    ]  # (not a state as a place: "Projekte in ganz X"; not the body given to: "gibt der Stadt X")
    if contributes is not None and ctx.amount_index.inside(s.start, s.end):
        # "Für die Rampe gibt die Aktionsgruppe X weitere Y Euro", "bezahlt im ersten Jahr der
        # Versorger X GmbH": a body of any kind right after a verb of paying, its subject
        funders += _subjects_after(ctx, s, ms, kinds, _PAYER_AFTER, 60)
    if (
        ctx.amount_index.inside(s.start, s.end)
        and "stell" in text
        and ("bereit" in text or "Verfügung" in text)
    ):
        # "insgesamt stellt die Stiftung X damit Y Euro bereit": the subject after the verb, a
        # body of any kind (not the dative: "stellt der Stadt Z … bereit")
        funders += _subjects_after(ctx, s, ms, kinds, _PROVIDER_AFTER, 30)
        again = None if funders else _PROVIDER_AGAIN.search(text)
        if again is not None and not (
            again.group("det") == "der" and _FEMININE_BODY.match(again.group("noun"))
        ):
            # "stellt der Kreis weitere X Euro bereit": the body named before by that noun
            at = s.start + again.start("noun")
            body = _body_by_noun(ctx, again.group("noun"), at)
            if body is not None and body.cls == "Organisation":
                funders.append((at, ref(body)))
    if contributes is not None or ("bewillig" in text and _GRANTED.search(text)):
        funders += _bodies_again(ctx, s, text)
    if contributes is not None and not funders and OWN_MONEY.search(text) is None:
        # "Die Städte steuern X Euro bei": the bodies of that kind the text names
        for plural in _PLURAL_BODIES.finditer(text):
            noun = plural.group("noun")
            at = s.start + plural.start("noun")
            bodies = _plural_payers(ctx, s, noun, PLURAL_PLACE_HEADS.get(noun), at)
            funders += [(at, body) for body in bodies]
    land = _land(ctx, s, text)
    if land is not None:
        funders.append(land)
    funders += [(at, state) for at, state in ctx.unknown_states if s.start <= at < s.end]
    again = _found(_MINISTRY_AGAIN, ("Ministerium",), text)
    if again is not None:  # "hat das Ministerium … eingeplant": the ministry named last
        at = s.start + again.start()
        ministry = ctx.index.last_before(at, lambda m: m.kind == "ministry")
        if ministry is not None:
            funders.append((at, ref(ministry)))
    for money in (
        _BODY_MONEY.finditer(text)
        if "geld" in text or "mittel" in text or "haushalt" in text
        else ()
    ):
        head = money.group("head")
        if head in _NOT_BODY_MONEY:
            continue
        if text[money.end("head")] == "s" and (head + "s").lower() in _BODY_NOUN_KINDS:
            head += "s"  # "Kreishaushalt": the "Kreis", no "Krei" with a joining "s"
        body = _body_by_noun(ctx, head, s.start + money.start())
        if body is not None:  # "Aus dem Vereinsgeld …": the foundation named before
            funders.append((s.start + money.start(), ref(body)))
    federal = _found(FEDERAL_FUNDS, ("Bundes",), text)
    if federal is not None and ctx.federation is not None:
        funders.append((s.start + federal.start(), ctx.federation))
    state = _found(STATE_FUNDS, ("Landes",), text)
    if state is not None:
        at = s.start + state.start()
        told = ctx.last_funder[1] if ctx.last_funder is not None else None
        named = ctx.state_before(at)
        implied = ref(named) if named is not None else ctx.state_in_names()
        if "haushalt" not in state.group():  # (not the state's own budget, "Landeshaushalt")
            implied = _ministry_for(ctx, s, implied, "state") if implied else implied
        implied = implied or _state_ministry(ctx, s)
        if told is not None and _of_state(ctx, told) and "haushalt" not in state.group():
            # "Von den Landesmitteln gehen …": the state's grant told of, by its payer (not
            # "im Landeshaushalt": the state's own budget)
            implied = told
        if implied is not None:
            funders.append((at, implied))
    return funders


_PLURAL_BODIES: Final = re.compile(
    r"\b(?:[Dd]ie|[Bb]eide)[ \t]+(?P<noun>(?:[A-ZÄÖÜ][a-zäöüß]*)?(?:[Kk]reise|[Ss]tädte|"
    r"[Gg]emeinden|[Kk]ommunen|[Ll]andkreise)|Bezirke|Bezirksämter)\b(?![ \t]+[A-ZÄÖÜ])"
)
"""Local bodies named by a plural noun ("die Kreise", "die Mitgliedsstädte", "die Bezirke")."""
_BODY_MONEY: Final = re.compile(
    r"\b(?P<head>[A-ZÄÖÜ][a-zäöü]{3,}?)s?(?:geld|mittel|haushalt)(?:e?s|n|ern?)?\b"
)
"""Money named by the body it is of: "Vereinsgeld", "Kreismittel", "aus dem Kreishaushalt"."""
_NOT_BODY_MONEY: Final = frozenset(
    ["Förder", "Preis", "Eigen", "Bundes", "Landes", "Haushalt", "Sonder", "Dritt", "Steuer"]
)
_AUX_DATIVE: Final = re.compile(
    r"\b(?:hat|hatte|haben|hatten|wird|werden|will|soll|bewilligt|bewilligte|überweist|überwies|"
    r"zahlt|zahlte|gibt|gab|stellt|stellte)[ \t]+$"
)
"""An auxiliary or a verb of giving right before a body in the dative ("hat der Stadt …
bewilligt", "bewilligte der Stadt X Euro")."""
_NOUN_BEFORE: Final = re.compile(r"\b[A-ZÄÖÜ][a-zäöüß]+[ \t]+$")
"""A noun right before a body in the genitive ("den Eigenanteil der Stadt")."""
_BODY_REF: Final = re.compile(
    r"\b(?:[Dd]ie|[Dd]er|[Dd]as)[ \t]+(?P<noun>Stadt|Gemeinde|Landkreis|Kreis|Bezirk|"
    r"[A-ZÄÖÜ][a-zäöüß]*(?:verwaltung|tag|rat|amt)|Magistrat|Senat|Region)\b(?![ \t]+[A-ZÄÖÜ])"
)
"""A body named again by its head noun alone ("die Stadt selbst", "der Magistrat", "die
Kreisverwaltung"): the one of that head named last."""
_BODY_NOUN_KINDS: Final = {
    "stadt": ("city",),
    "gemeinde": ("municipality", "city"),
    "kreis": ("county",),
    "landkreis": ("county",),
    "bezirk": ("district",),
    "bezirksamt": ("district",),
}


def _bodies_again(ctx: Context, s: Sentence, text: str) -> list[tuple[int, Ref]]:
    """The bodies a sentence names again by their head noun, resolved to the last mention."""
    found = []
    for m in _BODY_REF.finditer(text):
        at = s.start + m.start("noun")
        if ctx.index.overlapping(at, s.start + m.end("noun")):
            continue
        noun = m.group("noun").lower()
        if (
            m.group()[:3] in ("der", "Der")
            and _FEMININE_BODY.fullmatch(m.group("noun"))
            and _AUX_DATIVE.search(text, 0, m.start()) is not None
        ):
            continue  # "Das Land hat der Stadt dafür X Euro bewilligt": the dative, it receives
        if (
            m.group()[:3] == "der"
            and _FEMININE_BODY.fullmatch(m.group("noun"))
            and _NOUN_BEFORE.search(text, 0, m.start()) is not None
        ):
            continue  # "bezuschusst den Eigenanteil der Stadt": the genitive, its owner
        kinds = _BODY_NOUN_KINDS.get(noun)
        stem = key(noun)

        def same(x: Mention, kinds: tuple[str, ...] | None = kinds, stem: str = stem) -> bool:
            if x.cls != "Organisation":
                return False
            if kinds is not None:
                return x.kind in kinds
            return key(x.label.split()[0]) == stem

        body = None
        if kinds is not None:  # "die Gemeinde": a "Gemeinde X" named before, else its kind
            body = ctx.index.last_before(at, partial(_headed, m.group("noun") + " "))
            body = body if body is not None and body.kind in kinds else None
        of_kind = ctx.index.last_before(at, same)
        if body is None:
            body = of_kind
        elif of_kind is not None and of_kind.start > body.start:
            head = of_kind.label.split()[0].lower()
            if head.endswith(noun):  # "der Kreis" after "Kreis X … Landkreis Y": Y
                body = of_kind
        if body is not None:
            found.append((at, ref(body)))
    return found


_OWN_SHARE: Final = re.compile(
    r"(?=[sReEüÜvVaAtWw])(?:\bselbst\b|"
    r"\beigene[nmr]?[ \t]+(?:Mitteln?|Haushalt(?:en|s|es)?|Tasche)\b|"
    r"\b[Ww]as[ \t]+(?:(?:dann|danach|noch|nun)[ \t]+)*fehlt\b|"
    r"\bEigen(?:anteil|mittel)\w*|"
    r"\bRest\b|\b[üÜ]brig(?:en)?\b|\b[vV]erbleibend\w*|\banderen?[ \t]+Hälfte\b|"
    r"\bteil(?:en|ten|te|t)[ \t]+sich\b)"
)
"""A share paid by those who carry out the work ("zahlt die Gemeinde selbst", "den Rest teilen sich
A und B", "aus eigenen Mitteln", "aus ihren eigenen Haushalten", "den verbleibenden
Eigenanteil")."""
_OWN_WORDS: Final = (
    "selbst",
    "igen",
    "Rest",
    "brig",
    "erbleibend",
    "Hälfte",
    "teilen sich",
    "teilten sich",
    "teilt sich",
    "fehlt",
)
_PAYING: Final = re.compile(
    r"(?=[tbaüzfgTidk])\b(?:trägt|tragen|getragen|bringt|bringen|aufbringen|aufgebracht|übernimmt|"
    r"übernehmen|zahlt|zahlen|finanziert|finanzieren|gibt|geben|teilen|teilten|teilt|"
    r"trug|trugen|brachte|brachten|übernahm|übernahmen|zahlte|zahlten|finanzierte|"
    r"investiert|investieren|investierte|investierten|deckt|decken|deckte|deckten|"
    r"(?:kommt|kommen|kam|kamen)(?=(?:[^.;]|\.\d)*\bauf\b))\b"
)
"""Verbs of paying a share."""
_INVESTED_IN: Final = re.compile(
    r"\bin[ \t]+(?:sein|ihr|das|die|den|eine)\w*\b(?=[^.;]*\binvestier)"
)
"""Money a body puts into a thing it names ("in seine Leitstelle investiert"), not a share."""
_HYPOTHETICAL: Final = re.compile(r"\b(?:könnte|könnten|würde|würden|müsste|müssten)\b")
"""A verb of a clause telling what might be, not what is paid."""
_SHARE_NOUNS: Final = re.compile(
    r"\b(?:Rest|Teil|Hälfte|[A-ZÄÖÜ][a-zäöüß]*kosten|Kosten|Eigenanteil\w*|Prozent|Betrag|Anteil|Betrieb)\b"
)
"""What a share is of ("den Rest", "die Kosten", "den verbleibenden Betrag", "Anteil", "den
laufenden Betrieb")."""
_PAYER_NOUN: Final = re.compile(r"[A-ZÄÖÜ][\w-]+")
_CLAUSE_CUT: Final = re.compile(r"[,;:](?=\s)")
"""Where a clause ends (not the comma of "1,35 Millionen")."""


def _body_by_noun(ctx: Context, noun: str, at: int) -> Mention | None:
    """The body a bare noun names again ("das Amt", "Kreis und Verein", "X-Stadt"):
    the last one named before ``at`` of that kind, head word or name without its head."""
    kinds = _BODY_NOUN_KINDS.get(noun.lower())
    stem = key(noun)
    if len(stem) < 3:
        return None
    if kinds is not None:  # "die Gemeinde": a "Gemeinde X" named before, else one of its kind
        headed = ctx.index.last_before(at, partial(_headed, noun + " "))
        if headed is not None and headed.kind in kinds:
            return headed

    def same(x: Mention, exact: bool = False) -> bool:
        if x.cls != "Organisation":
            return False
        if kinds is not None:
            return x.kind in kinds
        words = x.label.split()
        first = key(words[0])
        return (
            first == stem
            or (len(words) > 1 and key(" ".join(words[1:])) == stem)
            or (not exact and len(stem) >= 5 and first.startswith(stem))
            or (not exact and len(stem) >= 6 and first.endswith(stem))
        )

    # the noun itself as the head ("die Verbandsgemeinde": "Verbandsgemeinde X"), before a
    # compound it opens or ends ("Verbandsgemeinderat X", "X-Stadt")
    return ctx.index.last_before(at, partial(same, exact=True)) or ctx.index.last_before(at, same)


def _payers(ctx: Context, s: Sentence, low: int, high: int) -> list[Ref]:
    """Who pays a share, named in ``low:high`` of a sentence: the bodies named there, bodies
    named again by a noun ("das Amt", "Landkreis und Kommunen"), or a plural of local bodies
    ("die Verbandsgemeinden", "die vier Kommunen": the bodies of that kind the sentence, else the
    article, names; else the plural itself)."""
    found: list[Ref] = []
    named = [m for m in ctx.index.within(low, high) if m.cls == "Organisation"]
    taken = [(m.start, m.end) for m in named]
    found += [ref(m) for m in named if m.kind not in _FUNDERS[:3]]
    for place in ctx.index.within(low, high):
        # "bringen A, B und C jeweils X Euro auf": towns named by their places, each the
        # body of that name the text names (not "in A")
        if place.cls == "Place" and not _IN_PLACE.search(
            ctx.text, max(low, place.start - 12), place.start
        ):
            body = _body_of_place(ctx, place)
            if body is not None:
                found.append(ref(body))
                taken.append((place.start, place.end))
    for word in _PAYER_NOUN.finditer(ctx.text, low, high):
        at, noun = word.start(), word.group()
        if any(a <= at < b for a, b in taken) or noun in _NOT_PAYERS:
            continue
        each = _each_of_kind(ctx, s, noun, at)
        if each:
            found += each  # "Jede Kommune bringt einen Eigenanteil auf": each one granted
            continue
        plural = PLURAL_PLACE_HEADS.get(noun)
        if plural is not None or noun == "Kommunen":
            if _BARE_PLURAL.search(ctx.text, max(low, at - 20), at) is not None:
                towns = _plural_payers(ctx, s, noun, plural, at) if noun == "Städte" else []
                if len(towns) > 1 and all(t.label != noun for t in towns):
                    found += towns  # "Kreis und Städte": the towns the text names, each
                    continue
                found.append(Ref(noun, None, "Organisation"))  # "Kreis und Gemeinden": a kind
                continue
            found += _plural_payers(ctx, s, noun, plural, at)
            continue
        if noun in _MEMBER_NOUNS:  # "die Mitglieder": each, see _each_member
            found.append(Ref(noun, None, "Organisation"))
            continue
        body = _body_by_noun(ctx, noun, at)
        if body is not None and body.kind not in _FUNDERS[:3]:
            found.append(ref(body))
    return list(dict.fromkeys(found))


_EACH_ONE: Final = re.compile(r"\b[Jj]ede[rsm]?[ \t]+$")
""""Jede" before a singular noun of a kind of body ("Jede Kommune", "jeder Landkreis")."""
_PLURAL_OF: Final = {head: plural for plural, (head, _) in PLURAL_PLACE_HEADS.items()} | {
    "Kommune": "Kommunen"
}
"""The plural of a singular noun of a kind of local body ("Stadt" → "Städte")."""


def _each_of_kind(ctx: Context, s: Sentence, noun: str, at: int) -> list[Ref]:
    """The bodies "Jede Kommune", "Jede Stadt" stand for: those of that kind granted money
    before (each named), else the bodies of that kind the text names; none when fewer than
    two are found."""
    plural = _PLURAL_OF.get(noun)
    if plural is None or _EACH_ONE.search(ctx.text, max(0, at - 8), at) is None:
        return []
    heads = PLURAL_PLACE_HEADS.get(plural)
    granted = [
        r for r in ctx.last_recipients if heads is None or ctx.kind_of.get(r.label) == heads[1]
    ]
    if len(granted) > 1:
        return granted
    bodies = [b for b in _plural_payers(ctx, s, plural, heads, at) if b.label != plural]
    return bodies if len(bodies) > 1 else []


_SHE_PAYS: Final = re.compile(r"\b(?:sie|er)\b")
"""A body that pays named again by a pronoun ("weitere X Euro trug sie selbst")."""


def _payer_again(ctx: Context, s: Sentence, low: int, high: int) -> list[Ref]:
    """Who pays a share when the clause names no body: "sie" or "er" for the body the sentence
    opens with (by name or by its head noun, "Die Gemeinde hatte … , weitere X Euro trug sie
    selbst"); a town named as a place ("muss X selbst tragen"), the body of that name the text
    names ("Stadt X"), else the place as a body."""
    if _SHE_PAYS.search(ctx.text, low, high) is not None:
        first = _opener(ctx, s, by_noun=True)
        if (
            first is not None
            and first.cls == "Organisation"
            and first.kind in (*_PAYERS, "district")
        ):
            return [ref(first)]
    places = {m.label for m in ctx.index.within(low, high) if m.cls == "Place"}
    if not places:  # a place named again without being found again ("muss X selbst tragen")
        clause = ctx.text[low:high]
        places = {
            m.label
            for m in ctx.mentions
            if m.cls == "Place" and re.search(rf"(?<![\w-]){re.escape(m.label)}(?![\w-])", clause)
        }
    if len(places) == 1:
        name = next(iter(places))
        body = next(
            (
                m
                for m in ctx.mentions
                if m.cls == "Organisation" and m.kind in _PAYERS and m.label.endswith(" " + name)
            ),
            None,
        )
        return [ref(body) if body is not None else Ref(name, None, "Organisation")]
    return []


_BARE_PLURAL: Final = re.compile(r"\b(?:und|sowie)[ \t]+$")
"""A plural joined to a body without an article ("Kreis und Gemeinden"): the kind of body, not
each one the text names."""
_NOT_PAYERS_TEXT: Final = """Rest Teil Hälfte Kosten Eigenanteil Euro Prozent Mitteln Mittel
    Einwohnerzahl Den Die Der Das Weitere Jahr Jahren"""
_NOT_PAYERS: Final = frozenset(_NOT_PAYERS_TEXT.split())
"""Capitalised words of a clause of paying that name no payer."""


def _plural_payers(
    ctx: Context,
    s: Sentence,
    noun: str,
    plural: tuple[str, str] | None,
    at: int | None = None,
    how_many: re.Pattern[str] | None = None,
) -> list[Ref]:
    """The bodies a plural names ("die Städte" → the cities the sentence names, "die
    Verbandsgemeinden" → the "Verbandsgemeinde …" the article names, "die beiden Bezirke" →
    the two districts it names, when it names just so many), else the plural itself."""
    how_many = _HOW_MANY if how_many is None else how_many
    counted = None if at is None else how_many.search(ctx.text, max(0, at - 24), at)
    if counted is not None and (plural is not None or noun == "Kommunen"):
        n = _NUMBER_WORDS[counted.group("n").lower()]
        kinds = _PAYERS[:2] if plural is None else (plural[1],)
        bodies = {m.label: m for m in ctx.mentions if m.cls == "Organisation" and m.kind in kinds}
        if plural is None and len(bodies) < n:  # towns too few: counties are Kommunen too
            bodies = {
                m.label: m for m in ctx.mentions if m.cls == "Organisation" and m.kind in _PAYERS
            }
        if len(bodies) == n:
            return [ref(m) for m in bodies.values()]
        if len(bodies) > n:  # "die beiden Bezirke" after A and B, before C is told of: A, B
            title = _title_end(ctx)
            first = {m.label: m for m in ctx.mentions if m.start >= title and m.label in bodies}
            return [ref(m) for m in list(first.values())[:n]]
    if plural is not None:
        head, kind = plural
        own = [
            m
            for m in ctx.index.within(s.start, s.end)
            if m.cls == "Organisation" and m.kind == kind
        ]
        if len(own) > 1:
            return [ref(m) for m in own]
        heads = {
            m.label: m
            for m in ctx.mentions
            if m.cls == "Organisation" and m.label.startswith(head + " ")
        }
        if len(heads) > 1:
            return [ref(m) for m in heads.values()]
        if kind == "district":  # "die Bezirke": the "Bezirksamt X" the article names
            offices = {m.label: m for m in ctx.mentions if m.kind == kind}
            if 1 < len(offices) <= 8:
                return [ref(m) for m in offices.values()]
        pair = _pair_as_plural(ctx, s, head)
        if pair and counted is not None and _NUMBER_WORDS[counted.group("n").lower()] == 2:
            return pair  # "Als Pilotbezirke starten A und B. Die beiden Bezirke …"
        places = _places_counted(ctx, noun)
        if places:  # "In A, B und C … Die drei Städte …": the towns named as places
            return [Ref(f"{head} {place}", None, "Organisation") for place in places]
    if noun == "Kommunen" and ctx.last_recipients:
        return ctx.last_recipients  # "Die Kommunen tragen den Rest": those granted money
    return [Ref(noun, None, "Organisation")]


def _places_counted(ctx: Context, noun: str) -> list[str]:
    """The places a text lists and then counts by a plural of bodies ("In A, B und C können
    … Die drei Städte …"): their names, when the list has just so many (the text names no such
    bodies, see :func:`_plural_payers`)."""
    places = [m for m in ctx.mentions if m.cls == "Place" and m.start >= _title_end(ctx)]
    for counted in re.finditer(
        rf"\b(?P<n>beiden?|zwei|drei|vier|fünf)[ \t]+{noun}\b", ctx.text, _I
    ):
        n = _NUMBER_WORDS[counted.group("n").lower()]
        lists: list[list[Mention]] = []
        for m in places:
            if m.start >= counted.start():
                break
            last = lists[-1][-1] if lists else None
            if last is not None and _AND.fullmatch(ctx.text, last.end, m.start):
                lists[-1].append(m)
            else:
                lists.append([m])
        for found in reversed(lists):
            if len(found) == n and len({m.label for m in found}) == n:
                return [m.label for m in found]
        words = _words_listed(ctx, places, counted.start(), n)
        if words:  # "Beteiligt sind A, B, C und D" (A a place named elsewhere): the four
            return words
    return []


_WORD_LIST: Final = re.compile(
    r"(?P<first>[A-ZÄÖÜ][a-zäöüß]+(?:-[A-ZÄÖÜ][a-zäöüß]+)?)"
    r"(?P<rest>(?:,[ \t]+[A-ZÄÖÜ][a-zäöüß]+(?:-[A-ZÄÖÜ][a-zäöüß]+)?)*"
    r"[ \t]+und[ \t]+[A-ZÄÖÜ][a-zäöüß]+(?:-[A-ZÄÖÜ][a-zäöüß]+)?)\b(?![ \t]*[-A-ZÄÖÜ])"
)
"""A list of single names joined by commas and "und" ("A, B, C und D")."""


def _words_listed(ctx: Context, places: list[Mention], before: int, n: int) -> list[str]:
    """The names of the last list of ``n`` single words before ``before`` one of which a
    place found as a name elsewhere bears ("Beteiligt sind A, B, C und D", A the dateline's
    town, the others not found)."""
    if " und " not in ctx.text[:before]:
        return []
    known = {m.text for m in places}
    last: list[str] = []
    for listed in _WORD_LIST.finditer(ctx.text, _title_end(ctx), before):
        words = re.split(r",[ \t]+|[ \t]+und[ \t]+", listed.group())
        if len(words) == n and known.intersection(words) and not FUNCTION_WORDS.intersection(words):
            last = words
    return last


_NUMBER_WORDS: Final = {"beiden": 2, "beide": 2} | {
    word: n for word, n in NUMBER_WORDS.items() if n <= 8
}
"""The numbers of bodies read before a plural of them (see ``_HOW_MANY_EACH``)."""
_TAKING_PART: Final = r"(?:(?:kommunalen|beteiligten|teilnehmenden)[ \t]+)?"
"""Between the number and the plural: "die fünf kommunalen Partner"."""
_HOW_MANY: Final = re.compile(r"\b(?P<n>beiden?|zwei|drei|vier|fünf)[ \t]+$", re.IGNORECASE)
"""A number before a plural of bodies ("die beiden Bezirke", "den drei Kommunen")."""
_HOW_MANY_EACH: Final = re.compile(
    rf"\b(?P<n>beiden?|zwei|drei|vier|fünf|sechs|sieben|acht)[ \t]+{_TAKING_PART}$", re.IGNORECASE
)
"""The same before bodies that receive a sum each, up to eight ("die sechs Kommunen erhalten
jeweils", "die fünf kommunalen Partner erhalten je"); a share the bodies pay together ("den Rest
teilen sich die acht Kommunen") stays with their plural beyond five, as annotated."""


def _title_end(ctx: Context) -> int:
    """Where an article's body begins (after its title line, if it has one)."""
    return ctx.sentences[0].end if ctx.sentences and _is_title(ctx.text, ctx.sentences[0]) else 0


def _local_body(ctx: Context, funder: Ref) -> Ref | None:
    """The local body an article is about: the first town, county or district its body
    names (not the funder)."""
    title = ctx.sentences[0].end if ctx.sentences and _is_title(ctx.text, ctx.sentences[0]) else 0
    body = next(
        (
            m
            for m in ctx.mentions
            if m.start >= title and m.kind in (*_RECIPIENTS[:3], "district") and ref(m) != funder
        ),
        None,
    )
    return None if body is None else ref(body)


_COUNTED_PLURAL: Final = re.compile(
    rf"\b(?:[Bb]eiden?|zwei|drei|vier|fünf|sechs|sieben|acht)[ \t]+"
    rf"{_TAKING_PART}(?P<noun>(?:[A-ZÄÖÜ][a-zäöüß]+k|K)ommunen|Partner|"
    r"Städte[ \t]+und[ \t]+Gemeinden|Städte|Gemeinden|Landkreise|"
    r"Kreise|Bezirke|Bezirksämter|Ämter|Samtgemeinden|Verbandsgemeinden|Ortsgemeinden)\b"
)
"""A number of local bodies ("beide Bezirksämter", "den drei Kommunen", "die drei
Modellkommunen", "die fünf kommunalen Partner", "die vier Städte und Gemeinden", "jedem der
drei Ämter")."""
_HOW_MANY_WORDS: Final = (
    "eide",
    "zwei",
    "drei",
    "vier",
    "fünf",
    "sechs",
    "sieben",
    "acht",
)
"""Every match of _COUNTED_PLURAL contains one of these."""


def _counted_receivers(ctx: Context, s: Sentence, text: str, funder: Ref) -> list[tuple[int, Ref]]:
    """The bodies a number of local bodies names, each receiving a sum ("erhalten beide
    Bezirksämter je …"): the bodies of that kind the text names, when it names just so many."""
    counted = _found(_COUNTED_PLURAL, _HOW_MANY_WORDS, text)
    if counted is None or _EACH.search(text) is None:
        return []
    noun = counted.group("noun")
    at = s.start + counted.start("noun")
    if noun.endswith("kommunen") or noun == "Partner" or noun.endswith(" Gemeinden"):
        # "die drei Modellkommunen", "die fünf Partner", "die vier Städte und Gemeinden": the
        # Kommunen named
        noun = "Kommunen"
    bodies = _plural_payers(ctx, s, noun, PLURAL_PLACE_HEADS.get(noun), at, _HOW_MANY_EACH)
    named = [b for b in bodies if b != funder and b.label != noun]
    if len(named) < 2:
        return []
    # "der Kreis und die fünf Partner erhalten je …": the body named again before them too
    clause = max(text.rfind(";", 0, counted.start()), text.rfind(",", 0, counted.start())) + 1
    again = clauses.named_again(ctx.text, ctx.index, s.start + clause, s.start + counted.start())
    named += [b for b in map(ref, again) if b != funder and b not in named]
    return [(at, b) for b in named]


_THEY_EACH: Final = re.compile(
    r"(?:Sie|Diese|Alle|Beide)[ \t]+(?:erhalten|bekommen|bekamen|erhielten)[ \t]+"
    r"(?:(?:vom|von[ \t]+der|aus[ \t]+dem)[ \t]+[^.;,]{1,60}?[ \t]+)?(?:je|jeweils)\b"
    r"|Jede[rs]?[ \t]+(?:von[ \t]+ihnen|[A-ZÄÖÜ]?[a-zäöüß-]*(?:[Kk]ommune|[Gg]emeinde|[Ss]tadt|"
    r"[Kk]reis|[Aa]mt|[Bb]ezirk))[ \t]+(?:erhält|bekommt|erhielt|bekam|"
    r"(?:kann|konnte|darf|durfte)[ \t]+(?:[^.;]*?[ \t])?mit[ \t](?:[^.;]|\.\d)*\brechnen)\b"
)
"""Bodies named in the sentence before, each receiving a sum: "Sie erhalten jeweils …",
"Beide erhalten vom Land X je …", "Jeder von ihnen erhält …", "Jede Modellkommune kann mit X
Euro rechnen"."""


_FOR_BOTH: Final = re.compile(
    r"\bfür[ \t]+(?:beide|die[ \t]+beiden)\b(?![ \t]+[A-ZÄÖÜ])"
    r"(?=(?:[^.;]|\.\d)*?\b(?:je|jeweils)\b)"
)
"""A sum set aside for each of two bodies the sentence before names: "Die Behörde hat für
beide je X Euro eingeplant" (not "für die beiden Bezirke", a plural that names its kind)."""


_AS_PLURAL: Final = re.compile(
    r"(?P<plural>(?<![a-zäöüß])(?:Bezirke|Städte|Gemeinden|Landkreise|Kreise|Ämter)|"
    r"(?<=[a-zäöüß])(?:bezirke|städte|gemeinden|landkreise|kreise))[ \t]+"
    r"(?:[a-zäöüß]+[ \t]+){0,3}(?P<a>[A-ZÄÖÜ][a-zäöüß]+(?:-[A-ZÄÖÜ][a-zäöüß]+)?)"
    r"[ \t]+und[ \t]+(?P<b>[A-ZÄÖÜ][a-zäöüß]+(?:-[A-ZÄÖÜ][a-zäöüß]+)?)\b(?![ \t]*[-A-ZÄÖÜ])"
)
"""Two local bodies named after a plural of their kind, its verb between: "Als Pilotbezirke
starten A und B", "Modellstädte sind A und B" (each the kind's head and the name)."""


def _pair_as_plural(ctx: Context, s: Sentence, head: str | None = None) -> list[Ref]:
    """The two bodies the sentence before ``s`` names after a plural of their kind (of the
    kind ``head``, when given), as "Bezirk A", "Bezirk B"; none when it names none so."""
    i = bisect_left(ctx.sentence_starts, s.start)
    if not i:
        return []
    before = ctx.sentences[i - 1].text
    if " und " not in before:
        return []
    named = _AS_PLURAL.search(before)
    if named is None or named.group("a") in FUNCTION_WORDS or named.group("b") in FUNCTION_WORDS:
        return []
    plural = named.group("plural")
    kind = PLURAL_PLACE_HEADS.get(plural[:1].upper() + plural[1:])
    if kind is None or (head is not None and kind[0] != head):
        return []
    return [Ref(f"{kind[0]} {named.group(x)}", None, "Organisation") for x in ("a", "b")]


def _pair_before(ctx: Context, s: Sentence, funder: Ref) -> list[Ref]:
    """The last two towns, counties, districts or companies the sentence before ``s`` joins
    by "und" ("Nach A sollen die Bezirksämter B und C folgen" → B, C)."""
    i = bisect_left(ctx.sentence_starts, s.start)
    if not i:
        return []
    before = ctx.sentences[i - 1]
    bodies = [
        m
        for m in ctx.index.within(before.start, before.end)
        if m.kind in _RECIPIENTS and ref(m) != funder
    ]
    for a, b in reversed(list(pairwise(bodies))):
        if ref(a) != ref(b) and _AND.fullmatch(ctx.text, a.end, b.start):
            return [ref(a), ref(b)]
    return []


def _listed_before(ctx: Context, s: Sentence, funder: Ref) -> list[Ref]:
    """The towns, counties and companies the sentence before ``s`` names (each once)."""
    i = bisect_left(ctx.sentence_starts, s.start)
    if not i:
        return []
    before = ctx.sentences[i - 1]
    found: list[Ref] = []
    for m in ctx.index.within(before.start, before.end):
        if m.kind in _RECIPIENTS and ref(m) != funder and ref(m) not in found:
            found.append(ref(m))
    return found


def _names_body(noun: str) -> bool:
    """Whether a noun names a kind of body or of people ("Kommunen", "Auszubildenden"), not
    a thing ("Lizenzen", "Ausstattung")."""
    return (
        noun in PLACE_HEADS
        or noun in PLURAL_PLACE_HEADS
        or _BODY_NOUN.search(noun.lower()) is not None
    )


def _noun_target(ctx: Context, noun: str) -> Ref:
    """What a sum stated "für die <noun>" goes to: a kind of body receives it ("für die
    Kommunen"); a thing ("für die Lizenzen", "für die Datenmigration") is a part of the work
    the article is about, and that work is what the money funds."""
    if _names_body(noun):
        return Ref(noun, None, "Organisation")
    return _main_work(ctx) or Ref(noun, None, "Organisation")


_BODY_NOUN: Final = re.compile(
    ORG_NOUNS + r"|kommune|betriebe|unternehmen|träger|einrichtung|"
    r"ende[nr]?$|innen$|schüler|mitarbeit|beschäftigt|bürger|einwohner|lehrkr|kinder|familie"
)
"""A noun naming a kind of body or of people ("Kommunen", "Auszubildenden"): those receive
money stated for them."""


def _main_work(ctx: Context) -> Ref | None:
    """The work the article is about; when that is named as where money comes from ("aus
    dem Fonds X"), the body the text forms instead (a programme is never the funded work)."""
    if ctx.main is None:
        return None
    if ctx.is_source(ctx.main):
        return _new_body(ctx) or ref(ctx.main)
    return ref(ctx.main)


def _new_body(ctx: Context) -> Ref | None:
    """A body the article is about that its text forms (no initiative named): a new public
    body named more than once ("Datenverbund X", "Zweckverband Y")."""
    new = [
        m
        for m in ctx.mentions
        if m.cls == "Organisation"
        and m.kind in ("public_body", "special_purpose_association", "network")
        and not m.entity
    ]
    for m in new:
        if sum(1 for x in new if x.label == m.label) > 1:
            return ref(m)
    networks = {
        m.label: m
        for m in new
        if ctx.text[max(0, m.start - 1) : m.start] in OPENING_QUOTES
        and (
            m.kind in ("network", "special_purpose_association")
            or _founded(ctx, m)  # "beschlossen, die „Xakademie Y“ zu gründen"
        )
    }
    if len(networks) == 1:
        # "haben sich zum Verbund „X“ zusammengeschlossen", "der Gründung des Zweckverbands
        # „Y“": the one network or association of bodies the text names in quotes (or public
        # body it founds: "die „Xakademie Y“ zu gründen")
        return ref(next(iter(networks.values())))
    return None


_FOUNDING: Final = re.compile(r"(?i:gründe[nt]?\b|gegründet|Gründung|errichte[nt]?\b|errichtet)")
"""Founding a body: "zu gründen", "wird gegründet", "die Gründung", "errichtet"."""


def _founded(ctx: Context, m: Mention) -> bool:
    """Whether the sentence of a public body's name tells of its founding."""
    if m.kind != "public_body":
        return False
    i = bisect_right(ctx.sentence_starts, m.start) - 1
    s = ctx.sentences[i] if i >= 0 else None
    return s is not None and _FOUNDING.search(s.text) is not None


_APPOSITION: Final = re.compile(r",[ \t]+(?:der|die|das)[ \t]+")
"""A body's name after a common noun, set off by a comma ("der Versorger, die Stadtwerke X")."""


def _own_shares(ctx: Context, s: Sentence, text: str, date: str | None) -> list[Fact]:
    """Shares paid by those who carry out the work, towards the work: "den Rest von X
    Euro zahlt die Gemeinde selbst", "Den Rest teilen sich Kreis und Verein", "die andere
    Hälfte tragen die Gemeinden". The work is the initiative of the sentence, else the one
    the article is about, else the one told of last (never a programme: a share is paid
    towards the work, not into a programme). The sum stays off these facts (a
    share is not a grant of that sum)."""
    own = _found(_OWN_SHARE, _OWN_WORDS, text)
    if own is None:
        return []
    cuts = [m.start() for m in _CLAUSE_CUT.finditer(text)]
    low = max((c + 1 for c in cuts if c < own.start()), default=0)
    high = min((c for c in cuts if c >= own.end()), default=len(text))
    clause = text[low:high]
    if _PAYING.search(clause) is None:
        # "Den Rest der Kosten, rund ein Viertel, tragen die Städte selbst": the clause of
        # another word of an own share may hold the verb
        for other in _OWN_SHARE.finditer(text, high):
            low = max((c + 1 for c in cuts if c < other.start()), default=0)
            high = min((c for c in cuts if c >= other.end()), default=len(text))
            clause = text[low:high]
            if _PAYING.search(clause) is not None:
                break
    amounts = ctx.amount_index.inside(s.start + low, s.start + high)
    rest = own.group().lower() == "übrig" or own.group()[:3] in ("Was", "was")
    # ("Was übrig bleibt, teilen sich A und B", "Was dann noch fehlt, deckt X")
    if _PAYING.search(clause) is None or not (
        amounts or rest or _SHARE_NOUNS.search(text, 0, high)
    ):
        return []  # (the share may open the sentence: "Den größten Teil, X Euro, trägt …")
    if _HYPOTHETICAL.search(clause) is not None:
        return []  # "Viele Gemeinden könnten den Eigenanteil kaum aufbringen": no share paid
    if _INVESTED_IN.search(clause) is not None:
        return []  # "hat X Euro aus eigenen Mitteln in seine Leitstelle investiert": its own work
    if _SHARED_AMONG.match(text, low) and (listed := _LIST_GOES_ON.match(text, high)):
        high = listed.end()  # "teilen sich der Kreis, die Stadt und die beiden X": the whole list
    high = _list_end(ctx, s, s.start + low, s.start + high) - s.start
    payers = _payers(ctx, s, s.start + low, s.start + high)
    if not payers:
        payers = _payer_again(ctx, s, s.start + low, s.start + high)
    if not payers and _WE.search(clause) is not None and (us := _us(ctx, s)) is not None:
        payers = [us]  # in an interview, "Wir selbst tragen X Euro"
    if not payers:
        # "Den Rest teilen sich drei Partner: Wir selbst tragen X Euro": a later word of an
        # own share names who pays
        for other in _OWN_SHARE.finditer(text, high):
            low = max((c + 1 for c in cuts if c < other.start()), default=0)
            later = min((c for c in cuts if c >= other.end()), default=len(text))
            said = text[low:later]
            payers = _payers(ctx, s, s.start + low, s.start + later)
            if not payers and _WE.search(said) is not None and (us := _us(ctx, s)) is not None:
                payers = [us]
            if payers:
                break
    if not payers and (apposition := _APPOSITION.match(text, high)) is not None:
        # "Den Rest übernimmt der örtliche Versorger, die Stadtwerke X, …": the body named
        at = s.start + apposition.end()
        body = next(iter(ctx.index.starting(at, at)), None)
        if body is not None and body.cls == "Organisation" and body.kind not in _FUNDERS[:3]:
            payers = [ref(body)]
    if not payers:
        return []
    obj = _funded_work(ctx, s)
    if obj is None:
        obj = _new_body(ctx)  # "Die Gemeinden tragen den Rest": into the body they formed
    if obj is None and not amounts:
        return []  # a share of no sum towards no work the text names: nothing to state
    return [_fact(s, "funds", who, obj, 0.55, date=date) for who in payers]


_WE: Final = re.compile(r"\b[Ww]ir\b")


def _list_end(ctx: Context, s: Sentence, low: int, high: int) -> int:
    """Where a list of bodies that the clause ``low:high`` ends in goes on to beyond its comma
    ("bringen A, B und C jeweils X Euro auf": the clause cut after A)."""
    last = next((m for m in reversed(ctx.index.within(low, high)) if m.cls == "Organisation"), None)
    if last is None or last.end < high - 1:
        return high
    for m in ctx.index.within(last.end, s.end):
        if m.cls != "Organisation" or _AND.fullmatch(ctx.text, last.end, m.start) is None:
            break
        last = m
    cut = _CLAUSE_CUT.search(ctx.text, last.end, s.end)
    return max(high, cut.start() if cut is not None else s.end)


_EACH_PAYS: Final = re.compile(
    r"(?:\b[Jj]ede[rs]?[ \t]+der|\b[Dd]ie)[ \t]+"
    r"(?:(?P<n>beiden|zwei|drei|vier|fünf|sechs|sieben|acht)[ \t]+)?"
    r"(?:(?:beteiligten|anderen|übrigen|kommunalen|teilnehmenden)[ \t]+)?"
    r"(?P<noun>Kommunen|Städte|Gemeinden|Landkreise|Kreise|Bezirke|Bezirksämter|Ämter|"
    r"Verbandsgemeinden|Samtgemeinden|Ortsgemeinden|Partner)[ \t]+"
    r"(?:zahl|steuer|stell|trag|träg|bring|übernimm|übernehm|gib|geb|beteilig)\w*\b"
)
"""Local bodies of one kind each paying a sum of their own, the plural opening the clause:
"Die drei Verbandsgemeinden zahlen je X Euro", "Jede der vier Städte stellt … X Euro bereit",
"Jedes der Ämter steuert einen Eigenanteil von X Euro bei", "die drei anderen Städte geben
jeweils X Euro", "die fünf übrigen Partner zahlen je X Euro", "Die drei Ämter beteiligen sich mit
jeweils X Euro"."""
_EACH_PAYS_WORDS: Final = ("Kommunen", "Städte", "emeinden", "reise", "Bezirk", "Ämter", "Partner")
"""Every match of _EACH_PAYS contains one of these (its plural), not just "die"."""


def _each_pays(ctx: Context, s: Sentence, text: str, date: str | None) -> list[Fact]:
    """Shares each of a group of local bodies pays towards the work told of (the bodies of that
    kind the article names, as many as it counts), each with the sum of the clause."""
    opening = _found(_EACH_PAYS, _EACH_PAYS_WORDS, text)
    if opening is None:
        return []
    cut = _CLAUSE_CUT.search(text, opening.end())
    high = s.start + (cut.start() if cut is not None else len(text))
    amounts = ctx.amount_index.inside(s.start + opening.end(), high)
    if not amounts or (opening.group("n") is None and not opening.group().startswith(("J", "j"))):
        return []  # ("die Kommunen zahlen"): no sum, or no count nor "jede der"
    noun = opening.group("noun")
    at = s.start + opening.start("noun")
    if noun == "Partner":
        noun = "Kommunen"  # "die fünf übrigen Partner": the Kommunen named
    plural = PLURAL_PLACE_HEADS.get(noun)
    payers = _plural_payers(ctx, s, noun, plural, at, _HOW_MANY_EACH)
    if re.search(r"\b(?:anderen|übrigen)\b", opening.group()):
        # "Pirna zahlt X, die drei anderen Städte je Y": the bodies of that kind the article
        # names but the clause before, as many as counted
        before = {ref(m) for m in ctx.index.within(s.start, s.start + opening.start())}
        kinds = _PAYERS[:2] if plural is None else (plural[1],)
        title = _title_end(ctx)
        named = {m.label: m for m in ctx.mentions if m.start >= title and m.kind in kinds}
        others = [b for b in map(ref, named.values()) if b not in before]
        counted = _NUMBER_WORDS.get((opening.group("n") or "").lower())
        if others and (counted is None or len(others) == counted):
            payers = others
    payers = [p for p in payers if p.label != noun]
    if len(payers) < 2:
        return []
    work = _funded_work(ctx, s)
    if work is None:
        return []
    each = replace(amounts[0], scope="per_recipient")
    return [_fact(s, "funds", who, work, 0.55, amount=each, date=date) for who in payers]


def _into_work(ctx: Context, s: Sentence, text: str) -> Ref | None:
    """The work money goes into from a programme named again as its source: "Aus dem Programm
    fließen X Euro in das Projekt" (the work told of, not the programme)."""
    source = ANAPHOR.search(text) if "Programm" in text else None
    if source is None or "Programm" not in source.group():
        return None
    if SOURCE.search(text, 0, source.start() + 4) is None:
        return None
    into = ANAPHOR.search(text, source.end())
    if into is None or "Programm" in into.group():
        return None
    return _funded_work(ctx, s)


def _funded_work(ctx: Context, s: Sentence) -> Ref | None:
    """The work money goes to when no body receives it (a share paid towards it, "Aus dem
    Programm fließen X Euro in das Projekt"): the initiative of the sentence, else the one the
    article is about, else the one told of last (never a programme, a call for proposals or
    a prize; a strategy only when no other work is told of)."""
    for strategies in (False, True):

        def fits(m: Mention, strategies: bool = strategies) -> bool:
            return m.kind not in _FUNDS_KINDS and (strategies or m.kind != "strategy")

        works = [
            m
            for m in ctx.index.within(s.start, s.end)
            if m.cls in ("Initiative", "Event") and not ctx.is_source(m) and fits(m)
        ]
        earlier = [m for m in ctx.initiatives if m.start < s.start and fits(m)]
        main = ctx.main if ctx.main is not None and fits(ctx.main) else None
        if main is not None and main is ctx.prize:
            main = None  # a share is paid towards a work, not a prize the work won
        work = works[0] if works else main or (earlier[-1] if earlier else None)
        if work is not None:
            return ref(work)
    return None


_FUNDS_KINDS: Final = ("programme", "funding_call")
"""Initiatives that hand out money: a share is paid towards a work, not into them."""


_SHARED_AMONG: Final = re.compile(r"[ \t]*teil(?:en|ten|t|te)[ \t]+sich\b")
"""A clause that opens with "teilen sich": its payers follow, listed."""
_LIST_GOES_ON: Final = re.compile(r"(?:,[ \t]+(?:der|die|das|den)[ \t]+[^,;:.]+?)+(?=[.;:]|$)")
"""The rest of a list of bodies after its first comma (", die Stadt und die beiden X")."""


_HANDING: Final = re.compile(
    r"\b(?:Förderbescheid\w*|Zuwendungsbescheid\w*|Bescheid\w*|Scheck\w*)\b"
)
"""A grant handed over in person: "überreichte … einen Förderbescheid über X Euro an …"."""
_TO_PERSON: Final = re.compile(r"\ban[ \t]+(?:(?:den|die|der)[ \t]+)?(?:[\w-]+[ \t]+){0,3}$")
"""A person a grant is handed to: "an Erste Bürgermeisterin X", "an den Landrat X"."""


def _handed_over(ctx: Context, s: Sentence) -> tuple[tuple[int, Ref] | None, Ref | None] | None:
    """Who hands a grant over and to whom, read from the roles of the persons a sentence
    names ("Digitalminister X übergab einen Förderbescheid über … an Oberbürgermeister Y"):
    the giver's ministry (or government) and the receiver's town, county or office."""
    if ctx.roles is None or ("escheid" not in s.text and "Scheck" not in s.text):
        return None
    if _HANDING.search(s.text) is None:
        return None
    giver: tuple[int, Ref] | None = None
    taker: Ref | None = None
    for m in ctx.index.within(s.start, s.end):
        body = ctx.role_of.get(m.label) if m.cls == "Person" else None
        if body is None:
            continue
        kind = ctx.kind_of.get(body.label)
        if _TO_PERSON.search(ctx.text, max(s.start, m.start - 60), m.start) is not None:
            if kind in (*_RECIPIENTS, "district") and taker is None:
                taker = body
        elif kind in _FUNDERS and giver is None:
            giver = (m.start, body)
    return giver, taker


_MONEY_FROM: Final = re.compile(
    r"(?:Das|Die)[ \t]+(?:Geld|Mittel|Förder\w*|Summe|Zuschuss|Zuschüsse)[ \t]+"
    r"(?:kommt|kommen|stammt|stammen)\b"
)
"""Where the money of the sentence before comes from: "Das Geld kommt vom Ministerium X"."""


_INTO_BODY: Final = re.compile(
    rf"\b{_GOES}\b(?:[^.;,]|[.,]\d){{0,40}}?[ \t]in[ \t]+(?:die|den|das)[ \t]+"
    r"(?P<noun>[A-ZÄÖÜ][a-zäöüß]{4,})\b(?![ \t]*[A-ZÄÖÜ„“\"»])"
)
"""Money flowing into a body named again by its head noun: "fließen X Euro in die Akademie"."""
_RECIPIENT_AGAIN: Final = re.compile(
    r"\b(?:der|die|das|dem|den)[ \t]+(?P<noun>Landkreis|Kreis|Stadt|Gemeinde|Amt|Markt|Bezirk|"
    r"Bezirksamt|"
    r"Samtgemeinde|Verbandsgemeinde|Landkreisen|Kreisen|Städten|Gemeinden|Kommunen)\b"
    r"(?![ \t]+[A-ZÄÖÜ])"
)
"""A local body named again by its head noun ("erhält der Landkreis", "dem Kreis"), or a
plural of them in the dative ("stellt den Landkreisen … zur Verfügung")."""
_DATIVE_PLURAL: Final = re.compile(
    r"\b(?:spendiert|spendierte|gibt|gab|zahlt|zahlte|überweist|überwies|stellt|stellte)[ \t]+"
    r"den[ \t]+(?P<noun>[A-ZÄÖÜ][a-zäöüß]{3,}(?:en|ern|n))\b(?![ \t]*[A-ZÄÖÜ„\"(-])"
)
"""Bodies of a kind given money in the dative plural, right after the verb ("spendiert den
Jugendfeuerwehren …", "zahlt den Vereinen …"): the plural noun receives."""
_BUILDING: Final = re.compile(
    r"\b(?:[Ff]ür|[Zz]um|[Zz]ur)[ \t]+(?:den[ \t]+)?(?:Aufbau|Betrieb)[ \t]+(?:des|der)[ \t]+"
    r"(?:neuen[ \t]+|gemeinsamen[ \t]+)?(?P<noun>[A-ZÄÖÜ][a-zäöüß]{4,}?)(?:e?s)?\b"
)
"""The building of a body a sum is for: "Für den Betrieb des Zentrums"."""
_PLURAL_OF_DATIVE: Final = {
    "Landkreisen": "Landkreise",
    "Kreisen": "Kreise",
    "Städten": "Städte",
    "Gemeinden": "Gemeinden",
    "Kommunen": "Kommunen",
}
_GIVING: Final = re.compile(
    r"\b(?:erh(?:alten|ält|ielt|ielten)|bekomm\w*|bewillig\w*|zur[ \t]+Verfügung|zugesagt|"
    r"zugesprochen|"
    r"überw(?:eist|eisen|ies|iesen)|(?:Förder|Zuwendungs)bescheid|Scheck)"
)
"""Giving or receiving a sum, or a grant's notice or cheque handed over ("brachte dem Kreis
einen Förderbescheid über X Euro mit"): a local body named again by its head noun receives."""


_SUPPORTING: Final = re.compile(
    r"(?:u(?<!\wu)nterstützt|u(?<!\wu)nterstützte|f(?<!\wf)ördert|f(?<!\wf)örderte)\b"
)
"""An active verb of funding: the body named again after it is its object (each word at a
word's start, written to start with its letter, so the engine skips to those letters)."""
_AND_OBJECT: Final = re.compile(
    r"(?:,[ \t]*|[ \t]+(?:und|sowie)[ \t]+)(?:(?:der|die|das|den|dem)[ \t]+)?"
)


def _objects_listed(ctx: Context, s: Sentence, ms: list[Mention]) -> list[Ref]:
    """The bodies listed right after an active verb of funding, its objects ("fördert die
    Hochschule A, die Firma B und den Verein C mit je X Euro"): each, when there are two or
    more."""
    bodies = [m for m in ms if m.cls == "Organisation"]
    for i, first in enumerate(bodies):
        if _SUPPORTS_NAMED.search(ctx.text, max(s.start, first.start - 30), first.start) is None:
            continue
        found = [first]
        for m in bodies[i + 1 :]:
            if _AND_OBJECT.fullmatch(ctx.text, found[-1].end, m.start) is None:
                break
            found.append(m)
        return [ref(m) for m in found] if len(found) > 1 else []
    return []


_SUPPORTS_NAMED: Final = re.compile(
    r"\b(?:unterstützt|unterstützte|fördert|förderte|bezuschusst|bezuschusste)[ \t]+"
    r"(?:(?:den|die|das)[ \t]+)?$"
)
"""An active verb of funding right before the body it names as its object."""


_SUPPORTED_BODY: Final = re.compile(
    r"\b(?:unterstützt|unterstützte|fördert|förderte|bezuschusst|bezuschusste|bewilligt|"
    r"bewilligte)[ \t]+(?:(?:den|die|das)[ \t]+[A-ZÄÖÜ][a-zäöüß]+[ \t]+(?:beim|der|des)|den|die|"
    r"dem|der)[ \t]+(?P<noun>Landkreis|Kreis|Stadt|Hansestadt|Gemeinde|Amt|Markt|Bezirk|"
    r"Samtgemeinde|Verbandsgemeinde|Regionalverband|Zweckverband|Verband|Verein|Hochschule|"
    r"Universität|Akademie|Genossenschaft)(?:es|s)?\b(?![ \t]*[A-ZÄÖÜ„\"(-])"
)
"""A body named again by its head noun as the object of an active verb of funding, or as
the owner of the part it funds ("fördert die Hochschule dafür", "unterstützt den Landkreis
beim Projekt", "fördert die Umstellung beim Landkreis", "bezuschusst den Eigenanteil der
Stadt", "bewilligte dem Verband")."""


def _supported_body(ctx: Context, s: Sentence, text: str, funder: Ref) -> Ref | None:
    """The body an active verb of funding names again as its object: it receives, before
    any work the sentence names ("unterstützt den Kreis beim Projekt „X“ mit Y Euro"); so
    does a body named right after such a verb ("unterstützt die Anstalt X beim Bau")."""
    for named in ctx.index.within(s.start, s.end) if _SUPPORTING.search(text) else ():
        if (
            named.cls == "Organisation"
            and named.kind not in _FUNDERS[:3]
            and ref(named) != funder
            and _SUPPORTS_NAMED.search(ctx.text, max(s.start, named.start - 30), named.start)
        ):
            return ref(named)
    for m in _SUPPORTED_BODY.finditer(text):
        at = s.start + m.start("noun")
        over = ctx.index.overlapping(at, at + len(m.group("noun")))
        if over and (over[0].start != at or over[0].cls != "Organisation"):
            continue
        body = over[0] if over else _body_by_noun(ctx, m.group("noun"), at)
        if body is not None and ref(body) != funder and body.kind not in _FUNDERS[:3]:
            return ref(body)
    return None


def _recipient_again(ctx: Context, s: Sentence, text: str) -> Ref | None:
    """The local body a sentence gives a sum to by its head noun alone ("Aus der Richtlinie
    erhält der Landkreis X Euro", "hat dem Kreis dafür X Euro bewilligt"): the last body of
    that kind named; a plural ("den Landkreisen") stays a noun. Also a body whose building
    the sum is for ("Für den Betrieb des Zentrums gibt es …")."""
    into = _INTO_BODY.search(text) if " in " in text else None
    if into is not None:  # "fließen X Euro in die Akademie": the "Xakademie Y" named before
        at = s.start + into.start("noun")
        body = None if ctx.index.overlapping(at, at + 1) else _body_by_noun(ctx, into["noun"], at)
        if body is not None and body.kind not in _FUNDERS[:3]:
            return ref(body)
    built = _BUILDING.search(text) if "Aufbau" in text or "Betrieb" in text else None
    if built is not None:
        body = _body_by_noun(ctx, built.group("noun"), s.start + built.start("noun"))
        if body is not None and body.kind not in (*_FUNDERS[:3], *_RECIPIENTS):
            return ref(body)
    dative = _DATIVE_PLURAL.search(text) if "den " in text else None
    if dative is not None and dative.group("noun") in _PLURAL_OF_DATIVE:
        return Ref(_PLURAL_OF_DATIVE[dative.group("noun")], None, "Organisation")
    if dative is not None and not ctx.index.overlapping(
        s.start + dative.start("noun"), s.start + dative.end("noun")
    ):
        return Ref(dative.group("noun"), None, "Organisation")  # "spendiert den Vereinen …"
    low = 0
    if _GIVING.search(text) is None:
        verb = _SUPPORTING.search(text)
        if verb is None:
            return None
        low = verb.end()  # "Der Kreis unterstützte die Stadt mit X Euro": its object
    for m in _RECIPIENT_AGAIN.finditer(text, low):
        noun = m.group("noun")
        at = s.start + m.start("noun")
        if ctx.index.overlapping(at, at + len(noun)):
            continue
        if _PLACE_PREPOSITION.search(text, max(0, m.start() - 12), m.start()) is not None:
            continue  # "die Nachfrage aus den Kreisen": no receiver
        plural = _PLURAL_OF_DATIVE.get(noun)
        if plural is not None:
            if m.group()[:3].lower() == "den":
                return Ref(plural, None, "Organisation")
            continue
        body = _body_by_noun(ctx, noun, at)
        if body is not None and body.kind in (*_RECIPIENTS, "district"):
            return ref(body)
    return None


_LEAD: Final = re.compile(
    r"(?:Die|Der|Das)[ \t]+(?P<noun>[A-ZÄÖÜ][a-zäöüß]{4,})\b(?![ \t]+[A-ZÄÖÜ])"
)
"""A sentence opening with a body named again by its head noun ("Die Stiftung …")."""
_ACTIVE: Final = re.compile(
    r"fördert|fördern|förderte|finanziert|finanzieren|bereit|unterstützt|unterstützte|unterstützen|"
    r"bezuschusst|bezuschussen|bezuschusste|gewährt|gewähren|gewährte|gewährten"
)
"""Active verbs of funding whose subject gives (any kind of body: a foundation, a bank; "Die
Sparkasse X gewährt der Stadt Y ein Darlehen")."""


def _subjects_before(ctx: Context, ms: list[Mention], at: int) -> list[Mention]:
    """The bodies right before a verb in its clause, no comma between ("Die Stiftung X
    fördert …"), with those joined to them by "und" ("Der Kreis X und die Stadt Y
    finanzieren …")."""
    before = [m for m in ms if m.cls == "Organisation" and m.end <= at]
    if not before:
        return []
    last = before[-1]
    gap = ctx.text[last.end : at]
    if (len(gap) > 25 or _CLAUSE_CUT.search(gap)) and _RELATIVE_GAP.fullmatch(gap) is None:
        return []  # (but "A und B, die X nutzen wollen, geben …": a relative clause between)
    found = [last]
    for m in reversed(before[:-1]):
        if not _AND_BODY.fullmatch(ctx.text, m.end, found[-1].start):
            break
        found.append(m)
    return found[::-1]


_RELATIVE_GAP: Final = re.compile(r",[ \t]+(?:der|die|das|welche[rs]?)[ \t][^,;:.]*,[ \t]*")
"""A relative clause between a body and its verb: ", die das System nutzen wollen, "."""
_AUXILIARY: Final = re.compile(
    r"(?:[ \t]+\([^()]{2,12}\))?[ \t]+(?:hat|hatte|haben|hatten|will|wollen|wird|werden)\b"
)
"""An auxiliary right after a body (and its short name): the body is the clause's subject."""


def _opening_subject(ctx: Context, s: Sentence, ms: list[Mention]) -> list[Mention]:
    """The body a sentence opens with, when an auxiliary follows it ("Die Bank X (XB) hatte
    das Start-up … unterstützt"): the subject of the verb at the clause's end."""
    first = next((m for m in ms if m.cls == "Organisation"), None)
    if first is None:
        return []
    before = _SHORT_NAME_BEFORE.sub("", ctx.text[s.start : first.start].strip())
    if before not in _ARTICLES | {""}:  # ("Die XYZ Förderbank Z": a short name before it)
        return []
    return [first] if _AUXILIARY.match(ctx.text, first.end) else []


_COUNCIL_HEAD: Final = re.compile(
    r"(?:Stadtrat|Stadtverordnetenversammlung|Gemeinderat|Marktgemeinderat|Kreistag|"
    r"Verbandsgemeinderat|Samtgemeinderat|Amtsausschuss)[ \t]+(?:des|der)[ \t]+(?P<owner>.+)$"
)


def _council_body(ctx: Context, funder: Ref) -> Ref | None:
    """The body whose council gives money ("Kreistag des Kreises X" → "Kreis X")."""
    council = _COUNCIL_HEAD.match(funder.label)
    if council is None:
        return None
    name = council.group("owner").split(" ", 1)[-1]
    body = next(
        (
            m
            for m in ctx.mentions
            if m.kind in (*_RECIPIENTS, "district") and m.label.endswith(" " + name)
        ),
        None,
    )
    return None if body is None else ref(body)


_ARTICLES: Final = frozenset(["Der", "Die", "Das"])
_SHORT_NAME_BEFORE: Final = re.compile(r"[ \t]+[A-ZÄÖÜ][A-Za-zÄÖÜäöü]{0,3}[A-ZÄÖÜ]$")
"""A short name of capitals right before a body's name ("Die LfA Förderbank X")."""
_PASSIVE: Final = re.compile(
    r"\b(?:[Gg]efördert|[Ff]inanziert|[Uu]nterstützt|[Bb]ezahlt)[ \t]+"
    r"(?:wird|werden|wurde|wurden)\b|"
    r"\b(?:wird|werden|wurde|wurden)\b[^,;]*\b(?:gefördert|finanziert|bezahlt|bereitgestellt|"
    r"gestiftet|gespendet|bezuschusst)\b"
)
"""A passive of funding, giving or providing ("Finanziert wird X von Y", "Für X wurden von der
Sparkasse Y Z Euro bereitgestellt")."""
_PASSIVE_WORDS: Final = ("wird", "werd", "wurd")
"""Every match of _PASSIVE contains one of these."""
_FROM_BUDGET: Final = re.compile(r"\baus[ \t]+(?:(?:dem|den|der)[ \t]+)?$")
"""Money named by where it comes from: "aus dem Landeshaushalt", "aus Bundesmitteln"."""
_AGENT: Final = re.compile(r"\b(?:vom|von[ \t]+der|von[ \t]+dem)[ \t]+$")
"""The agent of a passive: "von der Sparkasse X", "vom Verein Y"."""
_TAKES: Final = re.compile(r"\b(?:erhält|erhalten|erhielt|erhielten|bekommt|bekommen|bekam)\b")
_COMES: Final = re.compile(
    r"\b(?:kommen|kommt|kam|kamen|stammen|stammt|stammten)\b"
    r"(?=[^.;]*?(?:\b(?:vom|von[ \t]+de[rm])\b|[a-zäöü](?:mitteln|geldern)[ \t]+de[rs]\b))"
)
"""Money said to come from a body ("X Euro kommen vom Landkreis Y", "stammen von der Z", "kommen
aus Lottomitteln der Gesellschaft Y")."""
_MONEY_OF: Final = re.compile(r"[a-zäöü](?:mitteln|geldern)[ \t]+de[rs][ \t]+$")
"""Money named as a body's, right before the body: "aus Lottomitteln der Gesellschaft Y"."""
_OPENING_BODY: Final = (
    r"(?:Die|Der|Das)[ \t]+(?P<name>(?P<adj>[A-ZÄÖÜ][a-zäöü]+er[ \t]+)?"
    r"(?:[A-ZÄÖÜ][\w-]*[ \t]+){0,2}?"
    r"(?P<head>[A-ZÄÖÜ][\w-]*?(?:stiftung|bank|behörde|schule|akademie|kasse|Bank)|Stiftung|"
    r"Bank|Behörde|Akademie)"
    r"(?:[ \t]+(?:[A-ZÄÖÜ][\w()-]*|im|in[ \t]+der|des|der|für|und)){0,6}?)[ \t]+(?={verbs}\b)"
)
"""A sentence opening with a body of a kind that may pay or train, by a name with no head
after it ("Die Stiftung X Y", "Die Xer Finanzbehörde", "Die Volkshochschule im Kreis
Z"), up to its verb."""
_GIVING_VERB: Final = re.compile(
    _OPENING_BODY.replace(
        "{verbs}",
        r"(?:fördert|förderte|finanziert|finanzierte|unterstützt|unterstützte|bezuschusst|"
        r"bezuschusste|übernimmt|übernahm|trägt|trug|zahlt|zahlte|bezahlt|bezahlte|gibt|gab|"
        r"stellt|stellte|spendet|spendete|spendiert|spendierte|stiftet|stiftete|hat|hatte)",
    )
)
"""A body not found as a name opening a sentence as the subject of a verb of giving money (or
an auxiliary)."""
_TRAINING_VERB: Final = re.compile(
    _OPENING_BODY.replace(
        "{verbs}",
        r"(?:schult|schulte|bildet|bildete|qualifiziert|qualifizierte|will|soll|wird|hat|bietet)",
    )
)
"""A body not found as a name opening a sentence as the subject of a verb of training (or an
auxiliary)."""


def _opening_body(ctx: Context, s: Sentence, verb: re.Pattern[str]) -> tuple[str, Ref, int] | None:
    """The body a sentence opens with as the subject of ``verb`` when it is not found as a
    name (with its head noun): its words up to the verb; a place's adjective before it stands
    after it, as names have it, when the text names the place ("Die Xer Finanzbehörde"
    → "Finanzbehörde Hamburg")."""
    if s.text[:1] != "D":
        return None
    m = verb.match(s.text)
    if m is None:
        return None
    if ctx.index.overlapping(s.start + m.start("head"), s.start + m.end("head")):
        return None  # found as a name
    name = " ".join(m.group("name").split())
    if name == m.group("head") and "-" not in name:
        # "Die Stiftung …": a body named again by its head noun, no name ("Die X-Bank" is one:
        # a hyphen joins a short name to the head)
        return None
    adj = m.group("adj")
    if adj is not None:
        place = adj.strip()[:-2]
        if re.search(rf"(?<![\w-]){re.escape(place)}(?![\w])", ctx.text) is not None:
            name = f"{name[len(adj.strip()) + 1 :]} {place}"
    head = m.group("head").split("-")[-1]
    return head, Ref(name, None, "Organisation"), m.end("name")


_FROM_BODY_NOUN: Final = re.compile(
    r"\b(?:vom|von[ \t]+der|von[ \t]+dem)[ \t]+(?P<noun>Landkreis|Kreis|Stadt|Gemeinde|Bezirk|"
    r"Amt|Markt|Senat|Magistrat|Ministerium|Stiftung)\b(?![ \t]+[A-ZÄÖÜ])"
)
"""A body named again by its head noun after "vom" ("erhält vom Kreis …", "von der
Stiftung")."""
_TO_BODY: Final = re.compile(
    r"\b(?:(?:stellt|stellte|stellen|bewilligt|bewilligte|überweist|zahlt|gibt)[ \t]+"
    r"(?:der|dem|den)|(?:fördert|förderte|fördern|unterstützt|unterstützte|unterstützen)[ \t]+"
    r"(?:die|den|das)|(?:hat|hatte|haben|hatten)[ \t]+dem)[ \t]+$"
)
"""A body a sum is given to, right after the verb ("stellt der Gemeinde X", "unterstützt die
Stadt X") or an auxiliary in the dative ("hat dem Bezirksamt X … zugesprochen")."""


_GIVES_DATIVE: Final = re.compile(
    r"\b(?:stellt|stellte|stellen|bewilligt|bewilligte|überweist|zahlt|zahlte|gibt|gab|geben)"
    r"[ \t]+(?P<det>dem|den|der)[ \t]+$"
)
_FLOWS_TO: Final = re.compile(
    rf"\b{_GOES}\b(?:[^.;,]|[.,]\d){{0,30}}?[ \t]an[ \t]+"
    r"(?:(?:die|den|das)[ \t]+)?(?:[A-ZÄÖÜ][a-zäöüß]+[ \t]+)?$"
)
"""Money going to a body: "geht an die X", "fließen an den Verein Y" (the head noun before a
name found without it)."""
_FEMININE_BODY: Final = re.compile(r"[\w-]*(?:[Ss]tadt|[Gg]emeinde|[Kk]ommune)\b")


_INTO_LISTED: Final = re.compile(
    r"\b[Ii]n[ \t]+die[ \t]+(?:Städte|Gemeinden|Kommunen|Ämter|Landkreise|Kreise)[ \t]+"
    r"(?:[A-ZÄÖÜ][\w-]*(?:,[ \t]*|[ \t]+(?:und|sowie)[ \t]+))*$"
)
"""Bodies listed after "in die Städte" (money going into them)."""


def _given_to(text: str, m: Mention) -> bool:
    """Whether a body is the dative after a verb of giving ("gibt der Verbandsgemeinde X",
    "stellt dem Landkreis Y … bereit"): it receives; "der" before a masculine noun is the
    subject ("gibt der Kreis X Euro dazu")."""
    if _FLOWS_TO.search(text, max(0, m.start - 50), m.start) is not None:
        return True  # "der Rest geht an die Hochschule X": it receives
    if _INTO_LISTED.search(text, max(0, m.start - 80), m.start) is not None:
        return True  # "In die Städte A, B und C … überweist der Kreis je X Euro": they receive
    verb = _GIVES_DATIVE.search(text, max(0, m.start - 30), m.start)
    if verb is None:
        return False
    return verb.group("det") != "der" or _FEMININE_BODY.match(m.text) is not None


def _takers(ctx: Context, s: Sentence, recipients: list[Mention]) -> list[Mention]:
    """The named bodies that receive a sum: the dative of "stellt … bereit", "bewilligt"
    ("stellt der Gemeinde X …"), or the body right next to "erhält" / "bekommt" in its
    clause ("Für das Projekt Y erhält die Stadt X …", "Die Stadt X erhält …"), with those
    joined to it by "und" ("erhalten die Stadt A und die Gemeinde B")."""
    for m in recipients:
        if _TO_BODY.search(ctx.text, max(0, m.start - 30), m.start):
            return [m]
    if s.text.rstrip(".!").endswith(_SUPPORTED):
        # "Das Land hatte die Gemeinde X und die Stadt Y … unterstützt": the objects between
        # the auxiliary and the participle
        for m in recipients:
            if _AUX_OBJECT.search(ctx.text, max(0, m.start - 40), m.start):
                joined = [m]
                for other in recipients:
                    last = joined[-1]
                    if other.start > last.end and _AND_BODY.fullmatch(
                        ctx.text, last.end, other.start
                    ):
                        joined.append(other)
                return joined
    takes = _found(_TAKES, ("erh", "bek"), s.text)
    if takes is None:
        return []
    at, end = s.start + takes.start(), s.start + takes.end()
    near = []
    for m in recipients:
        gap = ctx.text[m.end : at] if m.end <= at else ctx.text[end : m.start]
        if len(gap) <= 40 and not _CLAUSE_CUT.search(gap):
            near.append((len(gap), m))
    if not near:  # "Die Stadt X hat … erhalten": the body that opens the clause
        cut = max((c.end() for c in _CLAUSE_CUT.finditer(ctx.text, s.start, at)), default=s.start)
        near = [
            (0, m)
            for m in recipients
            if cut <= m.start < at and ctx.text[cut : m.start].strip().lower() in _OPENING
        ]
    if not near and _AND_THEN.fullmatch(ctx.text, cut, at) is not None:
        # "Die Bezirksämter A und B bauen … auf und erhielten dafür …": the bodies the sentence
        # opens with, subject of both verbs
        near = [
            (0, m)
            for m in recipients
            if s.start <= m.start < at and _OPENS_WITH.fullmatch(ctx.text, s.start, m.start)
        ]
    if not near:
        return []
    first = min(near, key=lambda pair: pair[0])[1]
    joined = [first]
    for m in recipients:
        last = joined[-1]
        if m.start > last.end and _AND_BODY.fullmatch(ctx.text, last.end, m.start):
            joined.append(m)
    return joined


_AND_THEN: Final = re.compile(r"[ \t]*und[ \t]+")
"""A second verb of one subject, after a comma ("…, und erhielten")."""
_OPENS_WITH: Final = re.compile(
    "(?:(?:Die|Der|Das)[ \t]+(?:" + "|".join(PLURAL_PLACE_HEADS) + ")?[ \t]*)?"
)
"""What may come before the body a sentence opens with: an article, a plural of its kind ("Die
Bezirksämter A und B")."""


_AUX_OBJECT: Final = re.compile(
    r"\b(?:hat|hatte|haben|hatten)[ \t]+(?:(?:die|den|das)[ \t]+[A-ZÄÖÜ][\wäöüß-]*[ \t]+und[ \t]+)?"
    r"(?:die|den|das)[ \t]+$"
)
"""A body right after an auxiliary ("hatte die Stadt X", "hat die Gemeinde und den Kreis Y")."""
_SUPPORTED: Final = (" unterstützt", " gefördert", " bezuschusst")
"""How a sentence ends with a participle of support: the verb of the auxiliary before."""
_OPENING: Final = frozenset(["", "die", "der", "das"])
_AND_BODY: Final = re.compile(r"[ \t]+(?:und|sowie)[ \t]+(?:(?:der|die|das|den|dem)[ \t]+)?")


_IN_PLACE: Final = re.compile(r"\b(?:in|im|aus)[ \t]+(?:ganz[ \t]+)?$")


def _as_place(text: str, m: Mention) -> bool:
    """A state named as a place ("in ganz X", "im X"), not as a body that gives."""
    return m.kind == "state" and _IN_PLACE.search(text, max(0, m.start - 12), m.start) is not None


_TOTAL: Final = re.compile(r"\b(?:[Ii]nsgesamt|Gesamtvolumen|Volumen|ausgestattet)\b")


def _programme_budget(
    ctx: Context, s: Sentence, text: str, amounts: list[Amount], recipients: list[Mention]
) -> Ref | None:
    """A programme's whole budget ("insgesamt stehen X Euro bereit", "ist mit X Euro
    ausgestattet"): the programme of the sentence, else of the sentence before (by name or
    by a noun of its kind, "des Bundesprogramms"), when the sentence names no other work,
    no programme as where money comes from and no body receiving in the sum's clause."""
    if not amounts or _TOTAL.search(text) is None:
        return None
    low = ctx.text.rfind(";", s.start, amounts[0].start) + 1 or s.start
    high = ctx.text.find(";", amounts[0].end, s.end)
    high = s.end if high < 0 else high
    if any(low <= m.start < high for m in recipients):
        return None
    own = [
        m
        for m in ctx.index.within(s.start, s.end)
        if m.cls in ("Initiative", "Event") and not _named_as_whole(ctx.text, s, m)
    ]
    if any(m.kind != "programme" or ctx.is_source(m) for m in own):
        return None
    if own:
        return ref(own[0])
    i = bisect_left(ctx.sentence_starts, s.start)
    for told in (s, ctx.sentences[i - 1] if i else None):
        if told is None:
            continue
        named = [
            m
            for m in ctx.index.within(told.start, told.end)
            if m.kind == "programme" and not _named_as_whole(ctx.text, told, m)
        ]
        if named:
            return ref(named[-1])
        if _PROGRAMME_AGAIN.search(told.text) is not None:
            again = ctx.index.last_before(told.start, lambda x: x.kind == "programme")
            return None if again is None else ref(again)
    return None


_BELONGS_TO: Final = re.compile(
    r"(?:\bgehör(?:t|en)[ \t]+zu[rm]?|\bTeil[ \t]+de[rs])[ \t]+(?:\w+[ \t]+)?[„\"»]?$"
)
"""Before the whole a programme belongs to ("gehört zur „Strategie X“", "Teil der
Digitalstrategie Y")."""


def _named_as_whole(text: str, s: Sentence, m: Mention) -> bool:
    """Whether ``m`` is named as the whole something belongs to: not the programme whose
    budget the sentence tells ("Das Landesprogramm gehört zur „Strategie X“ und ist mit …
    ausgestattet")."""
    return _BELONGS_TO.search(text, max(s.start, m.start - 32), m.start) is not None


_PROGRAMME_AGAIN: Final = re.compile(r"\w*(?:[Pp]rogramm|[Ff]onds|[Oo]ffensive)\w*")
"""A programme named again by a noun of its kind ("des Bundesprogramms", "die Offensive")."""
_COST_SHARE: Final = re.compile(
    r"\bProzent[ \t]+(?:der|ihrer|seiner|aller)[ \t]+(?:\w+[ \t]+)?Kosten\b"
)
"""A share of the costs a body pays ("übernimmt 70 Prozent der Kosten"): money, with no sum."""
_PART_SHARE: Final = re.compile(
    r"\b(?:[Dd]ie[ \t]+Hälfte|[Dd]en[ \t]+(?:Großteil|größten[ \t]+Teil|Löwenanteil)|"
    r"(?:[Ee]in|[Zz]wei)[ \t]+Drittel|(?:[Ee]in|[Dd]rei)[ \t]+Viertel)[ \t]+"
    r"(?:(?:der[ \t]+(?:[A-ZÄÖÜ][a-zäöüß]*k|K)osten|davon)"
    r"(?:[ \t]+|,[ \t]+(?:[^,;.]|\.\d){1,30}?,[ \t]+))?"
    r"(?:übernimmt|übernehmen|übernahm|trägt|tragen|trug|zahlt|zahlen|zahlte)\b"
)
"""A part of the costs a body pays, with no sum: "Die Hälfte übernimmt der Kreis", "Den
größten Teil trägt das Land", "Die Hälfte der Kurskosten trägt X", "Drei Viertel davon trägt Y",
"Die Hälfte davon, X Euro, übernimmt Z"."""
_PART_SHARE_WORDS: Final = ("Hälfte", "Großteil", "größten", "Löwenanteil", "Drittel", "Viertel")
_ALL_COSTS: Final = re.compile(
    r"\b(?:übernimmt|übernehmen|übernahm|übernahmen|trägt|tragen|trug|trugen)[ \t]+"
    r"(?:die|alle|sämtliche)[ \t]+(?:[a-zäöüß]+[ \t]+)?(?:[A-ZÄÖÜ][a-zäöüß]*k|K)osten\b"
)
"""The costs a body pays in full, with no sum ("A und B übernehmen die Kosten für …", "X
übernimmt die Fahrtkosten")."""
_COSTS_FIRST: Final = re.compile(
    r"\b[Dd]ie[ \t]+Kosten[ \t]+(?:dafür[ \t]+|hierfür[ \t]+|(?:der|des|dieser|dieses|"
    r"für[ \t]+(?:die|den|das))[ \t]+(?:[a-zäöüß]+[ \t]+)?[A-ZÄÖÜ][\w-]*[ \t]+)?"
    r"(?:trägt|tragen|trug|trugen|"
    r"übernimmt|übernehmen|übernahm|übernahmen|zahlt|zahlen|zahlte|zahlten)\b"
)
"""The costs named before the verb ("die Kosten (dafür) trägt X", "Die Kosten der Kurse
übernimmt Y"): who pays is named after the verb, in the same clause."""
_COST_OF: Final = re.compile(r"\b(?:kostet|kosten|Gesamtkosten|Kosten)\b")
"""What a work costs, before its sum in the clause."""


def _clause_start(ctx: Context, a: Amount) -> int:
    """Where the clause of a sum starts (after the last "; " or ", " before it)."""
    line = ctx.text.rfind("\n", 0, a.start) + 1
    return (
        max(ctx.text.rfind("; ", line, a.start), ctx.text.rfind(", ", line, a.start), line - 1) + 1
    )


_THROUGH: Final = re.compile(r"\büber[ \t]+(?:das|den|die|dem)[ \t]+$")
"""A body money goes through ("über das Ministerium"), not the one that gives it."""
_FROM_GOVERNMENT: Final = re.compile(
    r"\b(?:vom|von[ \t]+der|des|dem)[ \t]+(?:Land|Freistaat|Bund)\b"
)
"""A government the sentence names as giver, though perhaps by a name not known ("vom Land
X")."""


def _funder_after(ctx: Context, s: Sentence) -> list[tuple[int, Ref]]:
    """The public body the next sentence names as where the money comes from ("Das Geld
    stammt aus dem Förderprogramm X des Ministeriums Y")."""
    i = bisect_left(ctx.sentence_starts, s.start) + 1
    if i >= len(ctx.sentences):
        return []
    after = ctx.sentences[i]
    if _MONEY_FROM.match(after.text) is None:
        return []
    bodies = [m for m in ctx.index.within(after.start, after.end) if m.kind in _FUNDERS]
    return [(s.end, ref(bodies[0]))] if bodies else []


def _ministry_for(ctx: Context, s: Sentence, funder: Ref, kind: str | None = None) -> Ref:
    """A ministry in place of its state or the federation, when neither the sentence nor a
    grant told of before names a funder and the article names the ministry in full (the
    nearest before, else the first after)."""
    kind = kind or ctx.kind_of.get(funder.label)
    if kind not in ("state", "federation"):
        return funder
    federal = kind == "federation"

    def same_level(m: Mention) -> bool:
        return m.kind == "ministry" and m.label.startswith("Bundes") == federal

    ministry = ctx.index.last_before(s.start, same_level) or next(
        (m for m in ctx.mentions if m.start >= s.start and same_level(m)), None
    )
    return funder if ministry is None else ref(ministry)


_OWNER_OF_WHOLE: Final = re.compile(
    r"\b(?:Teil|Bestandteil|Baustein)[ \t]+(?:des|der|eines|einer)[ \t]+[A-ZÄÖÜ][\w-]*[ \t]+"
    r"(?:des|der)[ \t]+$"
)
"""A government named as the owner of a whole something is part of: "Teil der Agenda des"."""
_STATEMENT: Final = re.compile(r"„[^„“”\s]+(?:[ \t]+[^„“”\s]+){3,}[“”]")
"""A quoted statement: four words or more in quotes (a name has fewer)."""


def _said(s: Sentence, m: Mention) -> bool:
    """Whether a mention stands inside a quoted statement of its sentence."""
    return any(q.start() < m.start - s.start < q.end() for q in _STATEMENT.finditer(s.text))


def _cut_between(ctx: Context, low: int, high: int) -> bool:
    """Whether a clause ends between ``low`` and ``high`` (a comma or semicolon outside a
    name: "Ministerium für Inneres, Bau und X" is one)."""
    return any(
        not ctx.index.overlapping(c.start(), c.start() + 1)
        for c in _CLAUSE_CUT.finditer(ctx.text, low, high)
    )


def _funder_of(funders: list[tuple[int, Ref]], at: int, ctx: Context | None = None) -> Ref:
    """The body its clause names nearest to a sum ("…; weitere X Euro gibt der Kreis Y
    bei"), else the body named last before it (else the first after it)."""
    if ctx is not None:
        first = min(pair[0] for pair in funders)
        cuts = [
            c.start()
            for c in _CLAUSE_CUT.finditer(ctx.text, first, min(len(ctx.text), at + 200))
            if not ctx.index.overlapping(c.start(), c.start() + 1)
        ]
        low = max((c for c in cuts if c < at), default=-1) + 1
        high = min((c for c in cuts if c > at), default=len(ctx.text))
        own = [pair for pair in funders if low <= pair[0] < high]
        if low and own:  # a later clause of its own names who pays
            return min(own, key=lambda p: abs(p[0] - at))[1]
    before = [pair for pair in funders if pair[0] < at]
    return max(before, key=lambda p: p[0])[1] if before else min(funders, key=lambda p: p[0])[1]


_MEMBER: Final = re.compile(r"\b(?:angehör\w*|Mitglied\w*)")


def _member_only(ctx: Context, m: Mention) -> bool:
    """Whether a body is named as a member of another ("…, dem der Freistaat X angehört") in a
    sentence that does not speak of money."""
    text = ctx.sentences[bisect_right(ctx.sentence_starts, m.start) - 1].text
    return _MEMBER.search(text) is not None and not _funding_word(text)


def _funder(ctx: Context, s: Sentence, funders: list[tuple[int, Ref]], cue_at: int) -> Ref | None:
    """Who gives the money: a public body named in the sentence, else the funder of the grant
    told of last, else the government (state, ministry, federation) the article named last,
    else the public body it named last."""
    if funders:
        ordered = sorted(funders, key=lambda pair: (pair[0] > cue_at, abs(pair[0] - cue_at)))
        return ordered[0][1]
    if ctx.last_funder is not None:
        since = ctx.index.last_before(
            s.start, lambda m: m.kind in _FUNDERS[:3] and not _as_place(ctx.text, m)
        )
        if (
            since is None
            or since.start < ctx.last_funder[0]
            or since.kind not in ("state", "ministry")
            or (
                since.kind == "ministry"
                and ctx.kind_of.get(ctx.last_funder[1].label) in _GOVERNMENTS
            )
            or ref(since) == ctx.last_funder[1]
            or (since.kind == "state" and _member_only(ctx, since))
        ):
            # the funder told of last, unless another state since (not one named as a member:
            # "…, dem der Freistaat X angehört"), or a ministry since a grant of a body that is
            # no government ("Die Stiftung X übernahm … Das Ministerium Y … Jede Gemeinde
            # erhält daraus …")
            return ctx.last_funder[1]
    earlier = ctx.index.last_before(s.start, lambda m: m.kind in _FUNDERS[:3])
    if earlier is None:
        earlier = ctx.index.last_before(s.start, lambda m: m.kind in _FUNDERS)
    return None if earlier is None else ref(earlier)


_RELATIVE: Final = re.compile(
    r",[ \t]+(?:mit|durch|über|aus)[ \t]+(?:der|dem|denen|die|das)[ \t]+[^,]*$"
)
"""A relative clause opened by a preposition: "…, mit der das Land … gefördert hat"."""


def _told_of_whole(text: str, cue: int) -> bool:
    """Whether a cue of funding sits in a relative clause about the whole something is part
    of ("ist Teil der Offensive X, mit der das Land … gefördert hat")."""
    part = PART_OF.search(text, 0, cue)
    return part is not None and _RELATIVE.search(text, part.end(), cue) is not None


def _part_of_targets(s: Sentence, ms: list[Mention], text: str) -> list[Mention]:
    """The wholes a sentence places something in ("Teil des X", "das zur Strategie X gehört"):
    no work funded."""
    targets: list[Mention] = []
    if "gehör" in text:  # "aus ihrem Programm Y, das zur Sportstrategie „X“ gehört"
        for m in ms:
            after = text[m.end - s.start : m.end - s.start + 12]
            if m.cls == "Initiative" and _BELONGS_AFTER.match(after):
                before = text[max(0, m.start - s.start - 40) : m.start - s.start]
                if _TO_BEFORE.search(before):
                    targets.append(m)
    if not any(word in text for word in _PART_OF_WORDS):
        return targets
    for cue in PART_OF.finditer(text):
        whole = _whole_after(s.start + cue.end(), ms)
        if whole is not None:
            targets.append(whole)
    return targets


_BELONGS_AFTER: Final = re.compile(r"[“”\"«]?[ \t]+gehör(?:t|en|te|ten)\b")
_TO_BEFORE: Final = re.compile(r"\bzu[rm][ \t]+(?:[^,;.]*[ \t])?[„“\"»]?$")
"""A whole named between "zur"/"zum" and "gehört" ("das zur Strategie „X“ gehört")."""


def _whole_after(at: int, ms: list[Mention]) -> Mention | None:
    """The initiative named right after a "Teil des …" cue (a head noun may come first)."""
    return next(
        (m for m in ms if at <= m.start <= at + _NEAR and m.cls in ("Initiative", "Event")), None
    )


def _part_of(
    ctx: Context, s: Sentence, ms: list[Mention], text: str, date: str | None
) -> list[Fact]:
    found: list[Fact] = []
    if not any(m.cls in ("Initiative", "Event") for m in ms):
        return found  # the whole is an initiative of the sentence
    if not any(word in text for word in _PART_OF_WORDS):
        return found
    for cue in PART_OF.finditer(text):
        whole = _whole_after(s.start + cue.end(), ms)
        if whole is None:
            continue
        cue_at = s.start + cue.start()
        parts = [m for m in ms if m.cls in ("Initiative", "Event") and m.end <= cue_at]
        part = parts[-1] if parts else None
        if part is None and (ANAPHOR.search(text) or re.search(r",\s*(?:das|die|der)\s", text)):
            part = ctx.last_initiative_before(s.start)
        if part is not None and part.label != whole.label:
            found.append(_fact(s, "part_of", ref(part), ref(whole), 0.75, date=date))
    return found


def _organiser(
    ctx: Context, s: Sentence, ms: list[Mention], text: str, date: str | None
) -> list[Fact]:
    found: list[Fact] = []
    events = [m for m in ms if m.cls in ("Event", "Initiative")]
    if not events:
        return found  # every organiser fact names an event or initiative of the sentence
    for cue in ORGANISER.finditer(text) if _found(ORGANISER, _ORGANISER_WORDS, text) else ():
        at = s.start + cue.end()
        org = next((m for m in ms if at <= m.start <= at + 1 and m.cls == "Organisation"), None)
        if org is not None and events:
            found.append(_fact(s, "organises", ref(org), ref(events[0]), 0.7, date=date))
    cue2 = _found(ORGANISES, _ORGANISES_WORDS, text)
    if cue2 is not None and not found:
        found = _organised_in_clause(s, ms, cue2, date)
    if cue2 is not None and not found:
        cue_at = s.start + cue2.start()
        orgs = [m for m in ms if m.cls == "Organisation" and m.start < cue_at]
        land = _land(ctx, s, text)
        subjects = [ref(o) for o in orgs] if "gemeinsam" in text else [ref(o) for o in orgs[-1:]]
        if not subjects and land is not None:
            subjects = [land[1]]
        if events:
            event = ref(events[0])
            found += [_fact(s, "organises", who, event, 0.55, date=date) for who in subjects[:3]]
    return found


_CLAUSE_MARK: Final = re.compile("[,;\u2013]")
_HOSTING: Final = re.compile(r"(?i:richte|ausricht|ausgerichtet|veranstalt|organisier|getragen)")


def _organised_in_clause(
    s: Sentence, ms: list[Mention], cue: re.Match[str], date: str | None
) -> list[Fact]:
    """Hosting an event, read within the clause of the verb: "richtet der X den Y aus",
    "…, den der X gemeinsam mit dem Z ausrichtet", "Y wird vom X ausgerichtet". The bodies of
    that clause host; the event is the clause's own, else the one the clause refers back to."""
    if _HOSTING.match(cue.group()) is None:
        return []
    text = s.text
    marks = [m.start() for m in _CLAUSE_MARK.finditer(text)]
    low = max((i for i in marks if i < cue.start()), default=-1) + 1
    high = min((i for i in marks if i > cue.start()), default=len(text))
    low, high = s.start + low, s.start + high
    at = s.start + cue.start()
    orgs = [m for m in ms if low <= m.start < at and m.cls == "Organisation"] or [
        m for m in ms if at < m.start < high and m.cls == "Organisation"
    ]
    if not orgs:
        return []
    own = [m for m in ms if low <= m.start < high and m.cls == "Event"]
    before = [m for m in ms if m.end <= low and m.cls in ("Event", "Initiative")]
    event = own[0] if own else before[-1] if before else None
    if event is None:
        return []
    return [_fact(s, "organises", ref(o), ref(event), 0.6, date=date) for o in orgs[:3]]


def _trainers(
    ctx: Context, s: Sentence, ms: list[Mention], counts: list[Count], paid: bool, date: str | None
) -> list[Fact]:
    """Who trains whom in ``s``: see ``trainers`` (the people may be counted in the next
    sentence: "… bietet eine Schulung an. Rund 280 Beschäftigte sollen teilnehmen.")."""
    i = bisect_right(ctx.sentence_starts, s.start)
    after = ctx.sentences[i] if i < len(ctx.sentences) else None
    later = ctx.count_index.inside(after.start, after.end) if after is not None else []
    return trainers(ctx.text, s, ms, counts, later, ctx.main, paid, date)


def _not_fellow_members(pairs: list[Fact], joined: list[Fact]) -> list[Fact]:
    """Cooperation facts, less those between bodies the same sentence makes members of one
    body ("A, B und C haben eine Vereinbarung über den Verbund X unterzeichnet": each belongs
    to X; the blind writers annotate no cooperation among them)."""
    bodies: dict[Ref | None, set[Ref]] = {}
    for f in joined:
        bodies.setdefault(f.object, set()).add(f.subject)
    fellows = [members for members in bodies.values() if len(members) > 1]
    if not fellows:
        return pairs
    return [
        f for f in pairs if not any(f.subject in group and f.object in group for group in fellows)
    ]


def _participates(
    ctx: Context, s: Sentence, ms: list[Mention], text: str, date: str | None
) -> list[Fact]:
    if ctx.main is None and not any(m.cls in ("Initiative", "Event") for m in ms):
        return []  # nothing to take part in
    cue = _found(PARTICIPATES, _PARTICIPATES_WORDS, text)
    if cue is None:
        # (not bodies that build, run or accompany the work, "Entwickelt wird das Portal vom
        # X": the blind writers since round 17 annotate none of them as taking part)
        return []
    targets = [m for m in ms if m.cls in ("Initiative", "Event")]
    joins = cue.group().lower().startswith(("teilnehm", "beteilig"))
    if cue.group().lower().startswith("beteilig") and ctx.amount_index.inside(s.start, s.end):
        return []  # "beteiligen sich mit X Euro", "… sich: Sie zahlen X Euro": a share paid
    wins = cue.group().lower().startswith(("sieger", "preisträger", "ausgezeichnet"))
    if not targets:
        earlier = ctx.main if joins or wins else None
        if earlier is None:
            return []
        targets = [earlier]
    word = cue.group().lower()
    role = (
        "winner"
        if word.startswith(("gewinn", "gewonnen", "preisträger", "ausgezeichnet", "sieger"))
        else "recipient"
        if word.startswith("erh")
        else "participant"
    )
    target = ref(targets[0])
    counts = ctx.count_index.inside(s.start, s.end)
    if counts and not joins:
        count = counts[0]
        subject = Ref(count.of, None, "Organisation")
        return [
            _fact(s, "participates_in", subject, target, 0.6, role=role, count=count, date=date)
        ]
    cue_at = s.start + cue.start()
    agents = [m for m in ms if m.cls == "Organisation" and (joins or m.start < cue_at)]
    if not agents and wins:
        # "Ausgezeichnet wurden die Stadt A, die Gemeinde B …": the winners follow the verb
        agents = [m for m in ms if m.cls == "Organisation" and m.kind not in _GOVERNMENTS]
        return [
            _fact(s, "participates_in", ref(a), target, 0.55, role="winner", date=date)
            for a in agents[:10]
        ]
    return [
        _fact(s, "participates_in", ref(a), target, 0.55, role=role, date=date)
        for a in agents[: 8 if joins else 3]
    ]
