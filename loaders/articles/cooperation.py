"""Who works with whom (``cooperates_with``), read from the clause of a word of working
together.

The parties are the bodies of the clause that holds "gemeinsam", "zusammen(arbeiten)",
"Kooperation", "Vereinbarung", "Vertrag" or "Partner" (a body named again by its head noun
too: "Der Kreis hat mit der X GmbH einen Vertrag geschlossen"). Bodies after "mit" are
partners of those before it; with no "mit", every party works with every other ("Die
Samtgemeinden A, B und C wollen zusammenarbeiten").
"""

from __future__ import annotations

import re
from itertools import combinations
from typing import Final

from loaders.articles.clauses import clause, name_starts, named_again
from loaders.articles.findings import Fact, Mention, ref
from loaders.articles.sentences import Sentence
from loaders.articles.spans import Spans
from loaders.articles.windows import holds

_TOGETHER: Final = re.compile(
    r"\b(?:gemeinsam\w*|[Gg]emeinsam\w*|zusammen(?:arbeit\w*|\smit)?|[Zz]usammenarbeit|"
    r"[Kk]ooperation\w*|kooperier\w*|\w*[Vv]ereinbarung|[Vv]ertrag|Partner(?:schaft)?)\b"
)
_WORDS: Final = (
    "emeinsam",
    "usammen",
    "ooperation",
    "ooperier",
    "ereinbarung",
    "ertrag",
    "Partner",
)
_WITH: Final = re.compile(
    r"\bmit\s(?!(?:(?:ihrem|seinem)\s)?(?:Haupt|Geschäfts)?[Ss]itz\b)(?:de[mnr]|einem|einer)?\s?"
)
_NOT_PARTY: Final = re.compile(r"(?:\b(?:für|an|über|gegen)\s(?:die|den|das|der|dem)|\bdes)\s$")
"""Words before a body that make it no party ("für die Stadt X", "Präsident des X")."""

_PARTNER_IS: Final = re.compile(
    r"(?:[A-ZÄÖÜ]\w+\s)?Partner(?:in)?\s(?:ist|sind|war|waren|bleibt)\s(?:[\w-]+\s){0,3}?"
)
"""A sentence naming the partner of the body the article is about: "Technischer Partner ist
die X GmbH", "Partnerin ist die Stadt Y"."""
_NO_LEAD: Final = frozenset({"ministry", "state", "bank", "foundation", "company", "startup"})
"""Kinds of bodies that are not what an article is about when it names a partner."""

MOST: Final = 5
"""More bodies than this in one clause are a list, not a group working together."""


def cooperation(
    text: str, s: Sentence, ms: list[Mention], index: Spans, date: str | None
) -> list[Fact]:
    """The ``cooperates_with`` facts of sentence ``s``."""
    if not holds(s.text, _WORDS):
        return []
    found: list[Fact] = []
    seen: set[tuple[str, str]] = set()
    starts = name_starts(ms)
    names = [(m.start, m.end) for m in ms if m.cls == "Organisation"]
    partner = _PARTNER_IS.match(text, s.start)
    if partner is not None:
        found += _partner(s, ms, index, partner.end(), date)
        seen |= {(f.subject.label, f.object.label) for f in found if f.object is not None}
    for cue in _TOGETHER.finditer(text, s.start, s.end):
        if any(start <= cue.start() < end for start, end in names):
            continue  # "Föderale X-Kooperation": a word of a name
        low, high = clause(text, s, cue.start(), cue.end(), starts)
        with_at = _WITH.search(text, low, high)
        parties = [
            m
            for m in ms
            if low <= m.start < high
            and m.cls == "Organisation"
            and _NOT_PARTY.search(text, max(low, m.start - 12), m.start) is None
        ]
        if with_at is not None:
            before = [m for m in parties if m.start < with_at.start()]
            after = [m for m in parties if m.start >= with_at.end()]
            if not before:
                before = named_again(text, index, low, high) or named_again(
                    text, index, s.start, low
                )
            if not before and after:  # "Das Start-up arbeitet mit X zusammen", "Sie …"
                again = _again(text, s, index, low, with_at.start())
                before = [] if again is None or again.label == after[0].label else [again]
            pairs = [(a, b) for a in before for b in after[:3]]
            pairs += list(combinations(before, 2)) if len(before) <= MOST else []
        else:
            pairs = list(combinations(parties, 2)) if len(parties) <= MOST else []
        for a, b in pairs:
            key = (a.label, b.label)
            if a.label != b.label and key not in seen:
                seen.add(key)
                found.append(
                    Fact(s.start, s.end, "cooperates_with", ref(a), ref(b), 0.55, date=date)
                )
    return found


_COMPANY_AGAIN: Final = re.compile(r"\b(?:[Dd]as|[Dd]ie)\s(?:Unternehmen|Start-up|Startup|Firma)\b")
_PRONOUN: Final = re.compile(r"(?:Sie|Er)\s")


def _again(text: str, s: Sentence, index: Spans, low: int, high: int) -> Mention | None:
    """The body a company's head noun or a pronoun opening the sentence stands for: the last
    company, or the last body, named before the sentence."""
    if _COMPANY_AGAIN.search(text, low, high) is not None:
        return index.last_before(s.start, lambda m: m.kind in ("company", "startup"))
    if low == s.start and _PRONOUN.match(text, s.start) is not None:
        return index.last_before(s.start, lambda m: m.cls == "Organisation")
    return None


def _partner(s: Sentence, ms: list[Mention], index: Spans, at: int, date: str | None) -> list[Fact]:
    """ "Technischer Partner ist die X": X works with the first body the article names (not a
    funder or a company)."""
    named = next((m for m in ms if at <= m.start <= at + 4 and m.cls == "Organisation"), None)
    if named is None:
        return []
    lead = next(
        (
            m
            for m in index.items
            if m.cls == "Organisation" and m.kind not in _NO_LEAD and m.label != named.label
        ),
        None,
    )
    if lead is None:
        return []
    return [Fact(s.start, s.end, "cooperates_with", ref(lead), ref(named), 0.5, date=date)]
