"""Where bodies are: ``located_in`` facts read from a preposition after a body's name ("die
Hochschule X in Y", "X mit Sitz in Y", "die Stadt A im Landkreis B", "X aus
Y") and from the adjective of a town before it ("das Saarbrücker Start-up X").

>>> town_of("Regensburger"), town_of("Münchner"), town_of("Darmstädter"), town_of("Bremer")
('Regensburg', 'München', 'Darmstadt', 'Bremen')
"""

from __future__ import annotations

import re
from typing import Final

from loaders.articles.findings import Fact, Mention, Ref, ref
from loaders.articles.normalise import key
from loaders.articles.parts import territory_parts
from loaders.articles.sentences import Sentence
from loaders.articles.spans import Spans

TERRITORIES: Final = frozenset({"city", "municipality", "county", "district", "state", "place"})
"""Kinds of what a body may be located in (a Place has the kind ``place``)."""

_WIDER: Final = frozenset({"county", "district", "state"})
"""Kinds of territories that hold towns: a town's adjective names a town first."""

_NOT_LOCATED: Final = frozenset({"state", "federation", "party"})
"""Kinds of bodies that are not said to be somewhere by a preposition after their name."""

_SEAT_WORDS: Final = r"\smit\s(?:(?:ihrem|seinem)\s)?(?:Haupt|Geschäfts|Verwaltungs)?[Ss]itz"

_AT: Final = re.compile(
    r"(?P<short>\s\([^()\n]{1,30}\))?"  # a short form: "(XYZ)"
    r"(?:,\s(?:der|die|das|dem|den|des)\s[^,;.:()\n]{1,60}?" + _SEAT_WORDS + r"(?=\sin)"
    r"|,\s(?:ein|eine|einem|einer|eines)\s[^,;.:()\n]{1,60}?(?:" + _SEAT_WORDS + r")?"
    r"|(?P<seat>" + _SEAT_WORDS + r"))?"
    r"\s(?P<prep>in|im|aus)\s(?:der\s|dem\s)?"
)
"""What may stand between a body's name and the place it is in."""

_COMPANY_NOUN: Final = re.compile(
    r"(?:[A-ZÄÖÜ][\w-]*-|[A-ZÄÖÜ][a-zäöüß]*)?"
    r"(?:Start-up|Startup|Start-Up|[Uu]nternehmen|[Ff]irma|[Ss]oftwarefirma|[Ss]oftwarehaus|"
    r"[Dd]ienstleister|[Ww]agniskapitalgeber|[Ii]nvestor|[Ss]pezialist|[Aa]gentur|"
    r"[Bb]üro|[Ss]tiftung|[Hh]ochschule|[Gg]enossenschaft|[Vv]erein|[Kk]onzern|[Aa]nbieter|"
    r"[Hh]ersteller|[Ee]ntwickler|[Bb]eratungshaus|[Ii]nstitut|[Ss]ystemhaus|[Hh]aus)(?:e?s)?\s"
)
"""A noun of a kind of body between a town's adjective and the body's name."""

_ADJECTIVE: Final = r"[A-ZÄÖÜ](?<![\w-][A-ZÄÖÜ])[a-zäöüß]+(?:-[A-ZÄÖÜ][a-zäöüß]+)*er"
"""A town's adjective: a capitalised word in -er ("Regensburger", "Lingener"), after no word
character or hyphen (its capital first, so the engine skips to capitals)."""

_BEFORE_NOUN: Final = re.compile(rf"({_ADJECTIVE})\s{_COMPANY_NOUN.pattern}$")
_BEFORE_NAME: Final = re.compile(rf"({_ADJECTIVE})\s$")

_NO_TOWN: Final = (
    "ischer",
    "partner",
    "anbieter",
    "betreiber",
    "träger",
    "gewinner",
    "sieger",
    "vertreter",
    "bürger",
    "hersteller",
    "versorger",
    "dienstleister",
    "entwickler",
    "gründer",
    "geber",
    "förderer",
    "veranstalter",
    "ausrichter",
    "mitglieder",
    "reiter",
    "führer",
    "berater",
    "leiter",
    "sprecher",
    "nehmer",
    "inhaber",
    "nutzer",
    "betreuer",
    "macher",
    "ander",
    "weiter",
    "neuer",
    "unser",
    "eigener",
    "über",
    "oder",
    "aber",
    "immer",
    "wieder",
    "hinter",
    "unter",
    "nieder",
    "zweiter",
    "dritter",
    "erster",
)
"""Endings of capitalised words in -er that are no town's adjective (nouns of agents, words
that open a sentence)."""

_SEAT: Final = re.compile(
    r"(?:mit\s(?:(?:ihrem|seinem)\s)?|(?:hat|haben|behält|behielt|hatte)\s(?:ihren|seinen)\s)"
    r"(?:Haupt|Geschäfts|Verwaltungs)?[Ss]itz\s(?:in|im)\s(?:der\s|dem\s)?"
)
"""A seat told of a body named before ("Das Unternehmen mit Sitz in X", "… hat seinen Sitz in
X")."""

_UMLAUT: Final = str.maketrans("äöü", "aou")


def town_of(adjective: str) -> str:
    """The town a capitalised adjective in -er most likely names, by the common endings.

    >>> town_of("Kaiserslauterer"), town_of("Lingener"), town_of("Saarbrücker")
    ('Kaiserslautern', 'Lingen', 'Saarbrücken')
    """
    stem = adjective[:-2]
    if stem.endswith("er"):  # "Kaiserslauterer"
        return stem + "n"
    if stem.endswith("brück"):  # "Saarbrücker", "Zweibrücker"
        return stem + "en"
    if len(stem) > 2 and stem[-1] == "n" and stem[-2] not in "aeiouäöüy":  # "Dresdn", "Münchn"
        return stem[:-1] + "en"
    if len(stem) <= 4 and stem[-1] not in "aeiouäöüy":  # "Brem", "Emd"
        return stem + "en"
    if stem.endswith("städt"):  # "Darmstädter", "Neustädter"
        return stem[:-5] + "stadt"
    return stem


def _known_town(adjective: str, places: list[Mention]) -> Ref | None:
    """The place or town the text names whose name the adjective is made from: a name that
    is the town's whole name first, else one that has it as a word ("Hansestadt Bremen",
    given as "Bremen")."""
    stems = {key(adjective[:-2]), key(town_of(adjective))}
    stems |= {stem.translate(_UMLAUT) for stem in stems}
    towns = [m for m in places if m.kind not in _WIDER] + [m for m in places if m.kind in _WIDER]
    for m in towns:
        if key(m.label).translate(_UMLAUT) in stems:
            return ref(m)
    for m in towns:
        words = m.label.split()
        for i, word in enumerate(words):
            if key(word).translate(_UMLAUT) in stems:
                return Ref(" ".join(words[i:]), m.entity, m.cls)
    return None


def _where(b: Mention) -> Ref:
    """A place a body is in, named as the text names it ("in München" for the city)."""
    town = b.cls == "Organisation" and b.kind in ("city", "municipality")
    label = b.text if town and key(b.text) != key(b.label) and b.text in b.label else b.label
    return Ref(label, b.entity, b.cls)


def _town_adjective(text: str, start: int) -> re.Match[str] | None:
    """A town's adjective ending right before ``start`` (a company noun may come between)."""
    if text[start - 1 : start] != " " or "er " not in text[max(0, start - 70) : start]:
        return None
    for pattern in (_BEFORE_NOUN, _BEFORE_NAME):
        found = pattern.search(text, max(0, start - 70), start)
        if found is not None and not found.group(1).lower().endswith(_NO_TOWN):
            return found
    return None


def located(
    text: str,
    s: Sentence,
    ms: list[Mention],
    places: list[Mention],
    index: Spans,
    date: str | None,
) -> list[Fact]:
    """The ``located_in`` facts of sentence ``s`` (``ms``: its mentions in order; ``places``:
    every place and territorial body the article names; ``index``: all its mentions)."""
    found: list[Fact] = []
    bodies = [
        m
        for m in ms
        if (m.cls == "Organisation" and m.kind not in _NOT_LOCATED) or m.cls == "Event"
    ]
    for a in bodies:
        at = _AT.match(text, a.end, s.end)
        if at is not None:
            b = next((m for m in ms if m.start == at.end()), None)
            between = [m for m in ms if a.end <= m.start < at.end() and m.label != a.label]
            seat = at.group("prep") == "aus" or "itz " in at.group()
            if (
                b is not None
                and b is not a
                and _territory(b)
                and not between
                and (b.kind != "state" or seat)  # "die Anstalt … in Bayern": a name
            ):
                found.append(_fact(s, a, _where(b), 0.7, date))
                found += territory_parts(a, b, s, date)
                continue
        if a.kind in TERRITORIES or a.cls == "Event":
            continue  # "die Stadt X": a town's adjective before a town is part of its name
        adjective = _town_adjective(text, a.start)
        if adjective is None or adjective.start() < s.start:
            continue
        word = adjective.group(1)
        town = _known_town(word, places)
        noun = adjective.end() - adjective.end(1) > 1
        if town is None and (noun or a.kind in _COMPANIES):
            town = Ref(town_of(word), None, "Place")
        if town is not None:
            found.append(_fact(s, a, town, 0.6, date))
    if "itz " in s.text and not found:
        found += _seat(text, s, ms, index, date)
    return found


_HEAD_BEFORE: Final = re.compile(r"(?:[Dd]er|[Dd]ie|[Dd]as)\s(?P<head>[A-ZÄÖÜ][\w-]+)\s$")
"""The head noun a body is named again by, right before its seat ("Der Zweckverband mit …")."""

_HEAD_OPENING: Final = re.compile(r"(?:Der|Die|Das)\s(?P<head>[A-ZÄÖÜ][\w-]+)\s")
"""The head noun a sentence opens with, for a seat told later in it."""

_COMPANY_HEADS: Final = frozenset({"unternehmen", "firma", "start-up", "startup", "softwarefirma"})
_COMPANIES: Final = frozenset({"company", "startup", "it_service_provider"})


def _seat(text: str, s: Sentence, ms: list[Mention], index: Spans, date: str | None) -> list[Fact]:
    """A seat told of a body named before by its head noun: "Der Verband hat seinen Sitz in
    X", "Das Unternehmen mit Sitz in X" (the body named last whose name has that noun, or a
    company for "Unternehmen", "Firma", "Start-up")."""
    for cue in _SEAT.finditer(text, s.start, s.end):
        b = next((m for m in ms if m.start == cue.end()), None)
        if b is None or not _territory(b):
            continue
        named = _HEAD_BEFORE.search(text, max(s.start, cue.start() - 40), cue.start())
        if named is None and not cue.group().startswith("mit"):  # "Der Verbund … hat seinen"
            named = _HEAD_OPENING.match(text, s.start, cue.start())
        if named is None:
            continue
        head = named.group("head").lower()

        def wanted(m: Mention, head: str = head) -> bool:
            if m.cls != "Organisation" or m.kind in _NOT_LOCATED | TERRITORIES:
                return False
            return head in m.label.lower() or (head in _COMPANY_HEADS and m.kind in _COMPANIES)

        a = index.last_before(named.start(), wanted)
        if a is not None:
            return [_fact(s, a, _where(b), 0.6, date)]
    return []


def _territory(m: Mention) -> bool:
    return m.cls == "Place" or (m.cls == "Organisation" and m.kind in TERRITORIES)


def _fact(s: Sentence, a: Mention, where: Ref, confidence: float, date: str | None) -> Fact:
    return Fact(
        s.start,
        s.end,
        "located_in",
        ref(a),
        where,
        confidence,
        date=date,
    )
