"""Funding facts chosen by a learned scorer over the rules' findings (``kg extract``'s default).

The rules of :mod:`loaders.articles.funding` read who pays whom sentence by sentence; on
articles they were not tuned on they find fewer than half of the funding facts a reader
annotates. This module looks at the same sentences another way: every sentence with a sum,
a word of funding or a fact of the rules yields candidate pairs (payer, receiver) from the
bodies named in it and the two sentences before, from the bodies and works the article is
mostly about, and from the rules' own facts. Each pair is described by features (the kinds of
the two, the words before each, the words between them, the funding words of the sentence,
whether the rules paired them) and scored by a logistic model trained on the annotated
articles (:mod:`loaders.articles.train`). Pairs scoring at least the model's threshold become
funding facts, with the score as their confidence; a pair the rules found keeps the rules' fact
(sum, date). The features name no particular entity: kinds come from words of a label
("Ministerium", "Stiftung", "GmbH"), never from the label itself.

>>> model = Model(bias=-2.0, threshold=0.5, weights={"rpair=True": 3.0})
>>> round(model.probability(["rpair=True", "unknown"]), 3)
0.731
>>> model.probability([], base=-1e6) > 0.0
True
"""

from __future__ import annotations

import json
import math
import re
from bisect import bisect_left
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field, replace
from functools import cache
from itertools import repeat
from pathlib import Path
from typing import Final

from loaders.articles.findings import Amount, Fact, Finding, Mention, Ref
from loaders.articles.normalise import key
from loaders.articles.sentences import Sentence

MODEL_FILE: Final = Path(__file__).with_name("funding_model.json")
"""The bundled model, trained on ``tests/articles/fixtures`` by ``python -m
loaders.articles.train``."""

_WORD: Final = re.compile(r"[\wÄÖÜäöüß.-]+|[,;:„“\"()\u2013]")
_CUES: Final = (
    "förder", "erhält", "erhielt", "bekommt", "bekam", "bekommen", "erhalten", "zahlt", "zahlte",
    "gezahlt", "gibt", "gab", "bewillig", "stellt", "bereit", "trägt", "übernimmt", "investiert",
    "beauftrag", "spende", "kredit", "darlehen", "zuschuss", "finanzier", "unterstützt",
    "überweis", "fließen", "zuwendung", "eigenanteil", "selbst", "anteil", "preisgeld", "dotiert",
    "auftrag", "kauf", "zugesagt", "steuert", "schießt", "legt", "teilen", "kosten", "zuschlag",
    "je ", "jeweils", "dafür", "von uns", "vom ", "von der", "von dem", "aus dem", "rest",
    "übrigen", "bezahlt", "kostet", "lässt sich", "einstieg", "stieg",
)  # fmt: skip
"""Words of a sentence that may tell of paying (each a feature, alone and with the pair)."""
_FUNDING_WORDS: Final = (
    "förder", "finanzier", "zuschuss", "bezuschuss", "zuwendung", "spende", "sponser",
)  # fmt: skip
"""Words that make a sentence without a sum worth a look."""
_KINDS: Final = (
    ("ministeri", "ministry"), ("senat", "ministry"), ("staatskanzlei", "ministry"),
    ("bundesamt", "agency"), ("landesamt", "agency"), ("bank", "bank"), ("sparkasse", "bank"),
    ("kfw", "bank"), ("stiftung", "foundation"), ("landkreis", "local"), ("kreis", "local"),
    ("stadt", "local"), ("gemeinde", "local"), ("markt ", "local"), ("amt ", "local"),
    ("bezirk", "local"), ("zweckverband", "joint"), ("verband", "association"),
    ("verein", "association"), ("e. v", "association"), ("tag ", "association"),
    ("gmbh", "company"), (" ag ", "company"), (" ug ", "company"), (" kg ", "company"),
    (" eg ", "bank"), ("hochschule", "research"), ("universität", "research"),
    ("institut", "research"), (" land ", "state"), (" bund", "federation"), (" eu ", "eu"),
    ("europ", "eu"),
)  # fmt: skip
"""Words of a label and the kind of body they tell (the first that occurs wins)."""
_PAYERS: Final = ("Organisation", "Place")
_NOT_TOLD: Final = ("funds", "holds_role", "located_in")
"""Predicates of the rules' facts that say nothing of who pays whom."""
_PARTIES: Final = ("Organisation", "Initiative", "Place", "Event")


def kind_of(label: str, cls: str) -> str:
    """The kind of a party, from its class and the words of its label.

    >>> kind_of("Stiftung Lesen", "Organisation"), kind_of("Programm X", "Initiative")
    ('foundation', 'Initiative')
    """
    if cls != "Organisation":
        return cls
    padded = f" {label.lower()} "
    return next((kind for word, kind in _KINDS if word in padded), "body")


@dataclass(frozen=True, slots=True)
class Party:
    """A body or work that may pay or be paid in a sentence."""

    ref: Ref
    start: int
    end: int
    kind: str
    far: bool = False  # one the article is mostly about, named outside the sentence's window


@dataclass(frozen=True, slots=True)
class Candidate:
    """A possible funding fact: a payer and a receiver in a sentence, with its features."""

    sentence: Sentence
    payer: Party
    receiver: Party
    own: list[str]  # the features of the pair beyond those of each side alone
    as_payer: list[str]  # those of the payer in this sentence (one list for all its pairs)
    as_receiver: list[str]  # those of the receiver in this sentence (likewise)
    shared: list[str]  # those of its sentence, the same list for every pair of the sentence
    ruled: Fact | None  # the rules' fact of this pair in this sentence, if any

    @property
    def features(self) -> list[str]:
        """Every feature of the candidate."""
        return self.own + self.as_payer + self.as_receiver + self.shared


@dataclass(frozen=True)
class Model:
    """A logistic model: a bias, a weight per feature, and the score a fact needs."""

    bias: float
    threshold: float
    weights: dict[str, float] = field(default_factory=dict)

    def probability(self, features: Sequence[str], base: float = 0.0) -> float:
        """The model's probability that a candidate with these features is a funding fact
        (``base``: the sum of the weights of further features, already added up)."""
        z = self.bias + base + self.total(features)
        return 1.0 / (1.0 + math.exp(-max(-60.0, min(60.0, z))))  # (no overflow far out)

    def total(self, features: Sequence[str]) -> float:
        """The sum of the weights of ``features``."""
        return sum(map(self.weights.get, features, repeat(0.0)))


@cache
def bundled() -> Model:
    """The model shipped beside this module."""
    return read_model(MODEL_FILE)


def read_model(path: Path) -> Model:
    """A model as :mod:`loaders.articles.train` writes it."""
    data = json.loads(path.read_text(encoding="utf-8"))
    return Model(data["bias"], data["threshold"], data["weights"])


def candidates(
    text: str, sentences: Sequence[Sentence], findings: Sequence[Finding]
) -> Iterator[Candidate]:
    """The candidate funding facts of an article, sentence by sentence."""
    in_order = sorted(findings, key=_position)  # as extract() returns them, and as trained
    parties = [f for f in in_order if isinstance(f, Mention) and f.cls in _PARTIES]
    amounts = [f for f in in_order if isinstance(f, Amount)]
    ruled = [f for f in in_order if isinstance(f, Fact) and f.predicate == "funds"]
    others = [f for f in in_order if isinstance(f, Fact) and f.predicate not in _NOT_TOLD]
    bodies = Counter(key(m.label) for m in parties if m.cls == "Organisation")
    works = Counter(key(m.label) for m in parties if m.cls in ("Initiative", "Event"))
    home = bodies.most_common(1)[0][0] if bodies else None
    salient: dict[str, Party] = {}
    for name, _ in bodies.most_common(2) + works.most_common(2):
        first = next(m for m in parties if key(m.label) == name)
        salient[name] = _party(first, far=True)
    party_starts = [m.start for m in parties]
    amount_starts = [x.start for x in amounts]
    for index, sentence in enumerate(sentences):
        a, b = sentence.start, sentence.end
        low = sentence.text.lower()
        its_amounts = amounts[bisect_left(amount_starts, a) : bisect_left(amount_starts, b)]
        its_facts = [f for f in ruled if f.start < b and a < f.end]
        if not its_amounts and not its_facts and not any(w in low for w in _FUNDING_WORDS):
            continue
        window = sentences[max(0, index - 2)].start
        pool: dict[str, Party] = {}
        for m in parties[bisect_left(party_starts, window) : bisect_left(party_starts, b)]:
            pool[key(m.label)] = _party(m)  # the latest mention of a name
        for name, party in salient.items():
            pool.setdefault(name, party)
        for f in its_facts:
            for side in (f.subject, f.object):
                if side is not None:
                    pool.setdefault(
                        key(side.label),
                        Party(side, f.start, f.start, kind_of(side.label, side.cls or "")),
                    )
        pairs = {(key(f.subject.label), key(f.object.label)): f for f in its_facts if f.object}
        told: dict[tuple[str, str], str] = {}  # what the rules' other facts say of two bodies
        said: dict[str, set[str]] = {}  # of one: "s:organises", "o:participates_in"
        for f in others:
            if f.start < b and a < f.end and f.object is not None:
                subject, obj = key(f.subject.label), key(f.object.label)
                told[subject, obj] = f.predicate
                told.setdefault((obj, subject), "~" + f.predicate)
                said.setdefault(subject, set()).add("s:" + f.predicate)
                said.setdefault(obj, set()).add("o:" + f.predicate)
        payers = {p[0] for p in pairs}
        receivers = {p[1] for p in pairs}
        cues = [c for c in _CUES if c in low]
        first_sum = its_amounts[0].start if its_amounts else a
        shared = [f"cue={c}" for c in cues] + [f"sums={min(len(its_amounts), 3)}"]
        sides = {
            name: _Side(text, sentence, p, cues, name == home, name in payers, name in receivers)
            for name, p in pool.items()
        }
        for sk, s in pool.items():
            if (s.ref.cls or "Organisation") not in _PAYERS:
                continue
            for ok, o in pool.items():
                rule = pairs.get((sk, ok))
                if ok == sk or not (rule or sides[sk].inside or sides[ok].inside):
                    continue  # (neither side named in the sentence: half the pairs, few facts)
                own = _pair_features(text, sides[sk], sides[ok], cues, first_sum)
                own.append(f"rpair={rule is not None}")
                own.append(f"other={told.get((sk, ok), '-')}")
                own += [f"sother={x}" for x in sorted(said.get(sk, ()))]
                own += [f"oother={x}" for x in sorted(said.get(ok, ()))]
                own.append(f"rpair&tp={rule is not None}|{s.kind}|{o.kind}")
                yield Candidate(
                    sentence, s, o, own, sides[sk].as_payer, sides[ok].as_receiver, shared, rule
                )


def _position(f: Finding) -> tuple[int, int]:
    return f.start, -f.end


def _party(m: Mention, *, far: bool = False) -> Party:
    return Party(Ref(m.label, m.entity, m.cls), m.start, m.end, kind_of(m.label, m.cls), far)


class _Side:
    """A party in a sentence: the words around it, and its features as payer and as receiver
    (the same lists for every pair it is in)."""

    __slots__ = ("as_payer", "as_receiver", "inside", "last", "party")

    def __init__(
        self,
        text: str,
        sentence: Sentence,
        party: Party,
        cues: list[str],
        home: bool,
        ruled_payer: bool,
        ruled_receiver: bool,
    ) -> None:
        left = [w.lower() for w in _WORD.findall(text, max(0, party.start - 40), party.start)[-2:]]
        right = [w.lower() for w in _WORD.findall(text, party.end, party.end + 30)[:1]]
        self.party = party
        self.inside = sentence.start <= party.start < sentence.end
        self.last = left[-1] if left and self.inside else "-"
        self.as_payer = self._features("s", left, right, cues, home)
        self.as_payer.append(f"rsubj={ruled_payer}")
        self.as_receiver = self._features("o", left, right, cues, home)
        self.as_receiver.append(f"robj={ruled_receiver}")

    def _features(
        self, role: str, left: list[str], right: list[str], cues: list[str], home: bool
    ) -> list[str]:
        p = self.party
        out = [f"t{role}={p.kind}", f"{role}in={self.inside}", f"{role}far={p.far}"]
        out.append(f"{role}home={home}")
        if p.far:
            out += [f"{role}far|cue={c}" for c in cues[:6]]
        if self.inside:
            out += [f"{role}l={w}" for w in left] + [f"{role}l1={left[-1] if left else '^'}"]
            out += [f"{role}r={w}" for w in right]
            if len(left) == 2:
                out.append(f"{role}l2={left[0]}|{left[1]}")
        out += [f"cue={c}|{role}l1={self.last}" for c in cues[:6]]
        return out


def _pair_features(
    text: str, payer: _Side, receiver: _Side, cues: list[str], first_sum: int
) -> list[str]:
    """The features of a pair beyond those of each side alone."""
    s, o = payer.party, receiver.party
    ts, to = s.kind, o.kind
    out = [f"tp={ts}|{to}", f"inn={payer.inside}{receiver.inside}", f"far={s.far}{o.far}|{ts}|{to}"]
    if payer.inside and receiver.inside:
        first, second = (s, o) if s.start < o.start else (o, s)
        out.append(f"order={'SO' if first is s else 'OS'}")
        between = [w.lower() for w in _WORD.findall(text, first.end, max(first.end, second.start))]
        between = between[:12]
        out += [f"bw={w}" for w in between]
        out.append(f"commas={min(3, between.count(','))}")
        out.append(f"semi={';' in between}")
        out += [f"bw1={w}|{ts}|{to}" for w in between[:3]]
        out.append(f"dist={min(5, abs(s.start - o.start) // 40)}")
        before_sum = ("S" if s.start < first_sum else "s") + ("O" if o.start < first_sum else "o")
        out.append(f"amtpos={before_sum}")
    out += [f"cue={c}|{ts}|{to}" for c in cues[:6]]
    return out


def rerank(
    text: str, sentences: Sequence[Sentence], findings: list[Finding], model: Model | None = None
) -> list[Finding]:
    """``findings`` with their funding facts replaced by the pairs the model scores high."""
    model = model or bundled()
    amounts = [f for f in findings if isinstance(f, Amount)]
    chosen: dict[tuple[int, int, str, str], Fact] = {}
    # the weights of a side's or a sentence's features, by list (kept, so no id is reused)
    totals: dict[int, tuple[list[str], float]] = {}
    for c in candidates(text, sentences, findings):
        base = 0.0
        for part in (c.as_payer, c.as_receiver, c.shared):
            known = totals.get(id(part))
            if known is None:
                known = totals[id(part)] = (part, model.total(part))
            base += known[1]
        p = round(model.probability(c.own, base), 3)
        if p < model.threshold:
            continue
        if c.ruled is not None:  # (a fact of the rules over two sentences: its best score)
            fact = replace(c.ruled, confidence=p)
        else:
            a, b = c.sentence.start, c.sentence.end
            sums = [x for x in amounts if a <= x.start < b]
            fact = Fact(
                a, b, "funds", c.payer.ref, c.receiver.ref, p,
                amount=sums[0] if len(sums) == 1 else None,
            )  # fmt: skip
        mark = (fact.start, fact.end, key(fact.subject.label), key(c.receiver.ref.label))
        if mark not in chosen or chosen[mark].confidence < p:
            chosen[mark] = fact
    kept = [f for f in findings if not (isinstance(f, Fact) and f.predicate == "funds")]
    return [*kept, *chosen.values()]
