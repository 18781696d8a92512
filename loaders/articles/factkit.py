"""Small helpers shared by the readers of :mod:`loaders.articles.facts` and the funding
readers (:mod:`loaders.articles.funding` and the modules it draws on).

A fact of a sentence (:func:`_fact`); a pattern searched only when the sentence holds a word
every match contains (:func:`_found`); an article's title line; "das Land" and the state or
state ministry it stands for; the whole a part is named in ("Teil des X"); a body the text
forms ("Zweckverband Y"). Patterns of a state ("vom Land"), of a programme money comes from
("aus dem Förderprogramm X") and of what refers back ("das Vorhaben", "dafür").
"""

from __future__ import annotations

import re
from bisect import bisect_right
from typing import TYPE_CHECKING, Final

from loaders.articles.findings import Fact, Mention, Ref, ref
from loaders.articles.lexicon import OPENING_QUOTES
from loaders.articles.sentences import Sentence
from loaders.articles.windows import holds

if TYPE_CHECKING:
    from loaders.articles.facts import Context


PART_OF: Final = re.compile(
    r"T(?<!\wT)eil\s+(?:des|der|eines|einer)\s+|i(?<!\wi)m Rahmen\s+(?:des|der)\s+|"
    r"B(?<!\wB)austein\s+(?:des|der|eines|einer|seiner|ihrer)\s+"
)
"""A whole something is part of: "Teil des/der …", "im Rahmen des/der …" (each written to
start with its letter, so the engine skips to it)."""
_NEAR: Final = 40
_GOVERNMENTS: Final = ("state", "federation", "ministry")
LAND_REF: Final = re.compile(
    r"(?=[dDvViIbBL])(?:\b(?i:das|des|dem|vom|im|beim)\s+Land(?:es)?\b(?!\s+[A-ZÄÖÜ])"
    r"|\bLandesregierung\b(?!\s+[A-ZÄÖÜ])"
    r"|\b(?i:der|des|dem|vom)\s+Freistaat(?:es|s)?\b(?!\s+[A-ZÄÖÜ]))"
)
ANAPHOR: Final = re.compile(
    r"(?=[dDh])(?:\b(?i:das|dieses|dem|diesem|des|die|diese)\s+(?:Vorhaben|Projekt\w*|"
    r"Programm\w*|Angebot\w*|Kurse|Schulungen|Maßnahmen?|Initiative|Veranstaltung|Portal|"
    r"Plattform)\b|\b(?:hierfür|dafür)\b)"
)
SOURCE: Final = re.compile(
    r"\b(?:[Aa]us|[Üü]ber)[ \t]+(?:dem|der|den|das|(?:sein|ihr|ein)(?:em|er|en|e)?)[ \t]+"
    r"(?:[\w-]+[ \t]+)?[„“\"»]?$"
)
"""A programme the money comes from ("aus dem Förderprogramm X", "über sein Programm X") is not
what it funds."""
_FUNDERS: Final = ("state", "ministry", "federation", "agency", "public_body")


_PRIZE_NAME: Final = re.compile(r"(?i:preis|wettbewerb|award)")
"""A prize or competition by its name ("Xpreis 2026"), whatever kind its pattern gave it."""


def _found(pattern: re.Pattern[str], needs: tuple[str, ...], text: str) -> re.Match[str] | None:
    """``pattern.search(text)``, the text read only when it holds one of ``needs`` (words every
    match contains): a word test is much cheaper than a search."""
    return pattern.search(text) if holds(text, needs) else None


_LAND_WORDS: Final = ("Land", "Freistaat")
_PART_OF_WORDS: Final = ("Teil", "im Rahmen", "Baustein")
"""Words every match of the pattern of that name contains (see :func:`_found`)."""


def _is_title(text: str, s: Sentence) -> bool:
    """The title line of an article: first, on a line of its own, without a final stop."""
    return s.start == 0 and text[s.end : s.end + 1] == "\n" and text[s.end - 1] not in ".!?"


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


def _state_ministry(ctx: Context, s: Sentence) -> Ref | None:
    """The state ministry named in full, for "das Land" or "Landesmittel" in a text that names
    no state."""
    ministry = _ministry_for(ctx, s, Ref("Land", None, "Organisation"), "state")
    return None if ministry.label == "Land" else ministry


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


def _whole_after(at: int, ms: list[Mention]) -> Mention | None:
    """The initiative named right after a "Teil des …" cue (a head noun may come first)."""
    return next(
        (m for m in ms if at <= m.start <= at + _NEAR and m.cls in ("Initiative", "Event")), None
    )
