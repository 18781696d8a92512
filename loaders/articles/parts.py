"""What is part of what (``part_of``) beyond "Teil des X" after a named part (see
``facts._part_of``): work funded out of a programme, an initiative named again by its head
noun as part of a whole ("Der Wettbewerb ist Teil der Strategie X", "Das Programm gehört
zum Y"), a town in its county ("die Gemeinde A im Landkreis B"), and an office of a body
named with it ("das Gesundheitsamt des Landkreises X").
"""

from __future__ import annotations

import re
from functools import lru_cache, partial
from typing import Final

from loaders.articles.findings import Fact, Mention, Ref, ref
from loaders.articles.normalise import key
from loaders.articles.sentences import Sentence
from loaders.articles.spans import Spans
from loaders.articles.windows import holds

_WHOLE: Final = re.compile(
    r"\b(?:(?:ist|sind|war|wird|bleibt)\s(?:ein\s|der\s)?(?:[Tt]eil|Bestandteil|Baustein)\s"
    r"(?:der|des|eines|einer)|gehör(?:t|en|te)\s(?:zu[mr]?|in\sden\sRahmen\s(?:der|des))|"
    r"im\sRahmen\s(?:der|des))\s"
)
"""A whole named after a verb of belonging ("ist Teil der", "gehört zum")."""

_WHOLE_WORDS: Final = ("eil ", "estandteil", "austein", "gehör", "Rahmen")

_HEAD_OPENING: Final = re.compile(
    r"(?:Der|Die|Das|Dieser|Diese|Dieses)\s(?P<head>[A-ZÄÖÜ][\w-]*)\s|(?P<it>Es|Er|Sie)\s"
)
"""An initiative named again by its head noun (or a pronoun) at the opening of a sentence."""

_FROM_PROGRAMME: Final = re.compile(
    r"\b(?:[Aa]us|über)\s(?:de[mrs]|seine[mrs]?|ihre[mrs]?)\s"
    r"(?:neuen?\s)?[\w-]*(?:[Pp]rogramm|[Rr]ichtlinie|[Ff]onds|[Oo]ffensive|[Mm]odellvorhaben)"
    r"s?\s[„\"»]?"
)
"""Money given out of a programme: "aus dem Landesprogramm X", "aus dem Fonds X"."""

_WHOLE_CLAUSE: Final = re.compile(
    r",\s(?:das|die|der)\s(?:wiederum\s|auch\s|selbst\s)?zu(?:m|r|\sde[mr])\s"
    r"(?:[a-zäöü][\w-]*\s)?(?P<whole>[^.;,]{3,100}?)\sgehör(?:t|en|te)\b"
)
"""A relative clause of the whole after the part: "X, das zum Masterplan Y gehört"."""
_PART_CLAUSE: Final = re.compile(r",\szu\s(?:der|dem)\s(?P<part>[^.;,]{3,80}?)\sgehör(?:t|en|te)\b")
"""A relative clause of the part after the whole: "die Strategie Y, zu der das Portal X gehört"."""
_HEAD_IN_CLAUSE: Final = re.compile(r"(?:der|die|das)\s(?P<head>[A-ZÄÖÜ][\w-]*)$")

_MONEY: Final = re.compile(
    r"(?i:förder|finanzier|bezuschuss|gibt|stellt|zuschuss|mittel|euro|geld|stammt|fließ)"
)

_TOWNS: Final = frozenset({"municipality", "city"})
_COUNTIES: Final = frozenset({"county", "district"})
_IN: Final = re.compile(r"\s(?:im|in\sder|in\sdem)\s")

_OFFICE: Final = re.compile(
    r"(?P<office>.+?)\s(?:des|der)\s(?P<head>Landkreises|Kreises|Stadt|Gemeinde|Bezirks|"
    r"Bezirksamts|Städteregion|Hansestadt|Landeshauptstadt|Regionalverbands|[A-ZÄÖÜ]\w*kreises)"
    r"\b\s?(?P<name>.*)$"
)
"""An office named with the body it belongs to: "Gesundheitsamt des Landkreises X"."""

_OFFICE_WORDS: Final = (
    "kreises",
    "Kreises",
    "Stadt",
    "stadt",
    "Gemeinde",
    "Bezirk",
    "Städteregion",
    "Regionalverband",
)
"""Words every office named with its body holds (see ``_OFFICE``)."""

_GENITIVE: Final = {"Landkreises": "Landkreis", "Kreises": "Kreis", "Bezirks": "Bezirk"}


def parts(
    text: str,
    s: Sentence,
    ms: list[Mention],
    index: Spans,
    main: Mention | None,
    date: str | None,
) -> list[Fact]:
    """The ``part_of`` facts of sentence ``s`` (``main``: the initiative the article is
    about)."""
    found: list[Fact] = []
    works = [m for m in ms if m.cls in ("Initiative", "Event")]
    if works:
        found += _funded_out_of(text, s, works, ms, main, date)
    opening = None if works else _HEAD_OPENING.match(s.text)
    if works or (opening is not None and opening.group("head")):
        found += _belongs(text, s, works, index, main, date)
    if works and "gehör" in s.text:
        found += _relative(text, s, works, index, date)
    if holds(s.text, _OFFICE_WORDS):
        found += _offices(s, ms, index, date)
    return found


def _fact(
    s: Sentence, part: Mention | Ref, whole: Mention | Ref, conf: float, date: str | None
) -> Fact:
    return Fact(s.start, s.end, "part_of", _ref(part), _ref(whole), conf, date=date)


def _ref(m: Mention | Ref) -> Ref:
    return m if isinstance(m, Ref) else ref(m)


def _funded_out_of(
    text: str,
    s: Sentence,
    works: list[Mention],
    ms: list[Mention],
    main: Mention | None,
    date: str | None,
) -> list[Fact]:
    """The work funded out of a programme is part of it ("fördert X aus dem Programm P")."""
    for p in works:
        cue = _FROM_PROGRAMME.search(text, max(s.start, p.start - 60), p.start)
        if cue is None or cue.end() != p.start or _MONEY.search(s.text) is None:
            continue
        if any(m.kind in ("company", "startup") for m in ms):
            return []  # a company's work funded: not the initiative of the article
        funded = [m for m in works if m is not p and m.cls == "Initiative" and m.end <= cue.start()]
        part = funded[-1] if funded else main
        if part is not None and part.label != p.label:
            return [_fact(s, part, p, 0.55, date)]
    return []


def _belongs(
    text: str,
    s: Sentence,
    works: list[Mention],
    index: Spans,
    main: Mention | None,
    date: str | None,
) -> list[Fact]:
    """ "Der Wettbewerb ist Teil der Strategie X", "Das Programm gehört zum Y"."""
    if not holds(s.text, _WHOLE_WORDS):
        return []
    for cue in _WHOLE.finditer(text, s.start, s.end):
        whole: Mention | Ref | None = next(
            (m for m in works if cue.end() <= m.start <= cue.end() + 40), None
        )
        if whole is None:
            whole = _whole_named(text, cue)
        if whole is None:
            continue
        if any(m.end <= cue.start() for m in works):
            return []  # a part named in the sentence: read by facts._part_of
        opening = _HEAD_OPENING.match(text, s.start, cue.start())
        if opening is None or (opening.group("it") and opening.end() != cue.start()):
            continue  # ("Es ist Teil …": the pronoun right before the verb)
        if opening.group("head") and any(
            m.start <= opening.start("head") < m.end for m in index.starting(s.start, cue.start())
        ):
            continue  # "Der Landkreis X ist Teil …": a name, not a head noun alone
        head = opening.group("head") or ""
        part = index.last_before(s.start, partial(_named_again, whole.label, head))
        part = part or main
        if part is not None and part.label != whole.label:
            return [_fact(s, part, whole, 0.6, date)]
    return []


_WHOLE_NAMED: Final = re.compile(
    r"(?P<name>(?:[A-ZÄÖÜ][a-zäöüß]+(?:e|er|en)\s)?[A-ZÄÖÜ][a-zäöüß-]*(?P<head>strategie|agenda|"
    r"reform|modernisierung|programm|offensive|initiative|pakt|konzept|steuerung)(?P<gen>e?s)?"
    r"(?:\s(?:des|der)\s(?:Bundes|Landes(?:\s[A-ZÄÖÜ][\w-]+)?|Landesregierung|Staatsregierung|"
    r"Senats|Bundesregierung))?)(?=[\s,.;])"
)
"""A whole named by a noun of its kind after a verb of belonging, without quotes: "Teil der
Modernisierungsagenda des Bundes", "gehört zur Berliner Verwaltungsreform", "Teil des
Digitalprogramms des Landes X" (the genitive's "-s" taken off for the name)."""


def _whole_named(text: str, cue: re.Match[str]) -> Ref | None:
    """The whole after ``cue`` when the text names it without quotes (see ``_WHOLE_NAMED``)."""
    named = _WHOLE_NAMED.match(text, cue.end())
    if named is None:
        return None
    name = named.group("name")
    if named.group("gen") and cue.group().rstrip().endswith(("des", "eines")):
        name = name[: named.start("gen") - named.start()] + name[named.end("gen") - named.start() :]
    return Ref(name, None, "Initiative")


def _relative(
    text: str, s: Sentence, works: list[Mention], index: Spans, date: str | None
) -> list[Fact]:
    """A whole or part told in a relative clause: "X, das zum Y gehört", "Y, zu der X gehört"
    (the part named again by its head noun: the last initiative named of it)."""
    found = []
    for cue in _WHOLE_CLAUSE.finditer(text, s.start, s.end):
        part = next((m for m in works if cue.start() - 2 <= m.end <= cue.start()), None)
        low, high = cue.span("whole")
        whole = next((m for m in works if low <= m.start < high), None)
        if part is not None and whole is not None and part.label != whole.label:
            found.append(_fact(s, part, whole, 0.6, date))
    for cue in _PART_CLAUSE.finditer(text, s.start, s.end):
        before = [m for m in works if s.start <= m.start and m.end <= cue.start()]
        whole = before[-1] if before else None  # ("die Strategie Y beschlossen, zu der …")
        low, high = cue.span("part")
        part = next((m for m in works if low <= m.start < high), None)
        head = _HEAD_IN_CLAUSE.match(text, low, high)
        if part is None and head is not None:
            wanted = whole.label if whole is not None else ""
            part = index.last_before(s.start, partial(_named_again, wanted, head.group("head")))
        if part is not None and whole is not None and part.label != whole.label:
            found.append(_fact(s, part, whole, 0.6, date))
    return found


def _named_again(whole: str, head: str, m: Mention) -> bool:
    """Whether ``m`` is an initiative ``head`` may name again, other than ``whole``."""
    return m.cls in ("Initiative", "Event") and m.label != whole and _fits(m, head)


def _fits(m: Mention, head: str) -> bool:
    """Whether an initiative may be named again by ``head`` ("der Wettbewerb", "das Programm")."""
    lowered = head.lower()
    if lowered.endswith(("wettbewerb", "preis")):
        return m.kind == "competition" or "preis" in m.label.lower()
    if lowered.endswith(("programm", "förderaufruf", "aufruf", "fonds", "förderlinie")):
        return m.kind in ("programme", "funding_call", "qualification_programme")
    if lowered.endswith(("projekt", "vorhaben", "initiative", "portal", "angebot")):
        return m.cls == "Initiative"
    return m.cls == "Initiative" or (m.cls == "Event" and lowered in m.label.lower())


def territory_parts(a: Mention, b: Mention, s: Sentence, date: str | None) -> list[Fact]:
    """A town named in its county ("die Gemeinde A im Landkreis B") is part of it."""
    if a.kind in _TOWNS and b.kind in _COUNTIES:
        return [_fact(s, a, b, 0.7, date)]
    return []


@lru_cache(maxsize=4)
def _by_key(index: Spans) -> dict[str, Mention]:
    """The first mention of each name of an article, by its key (built once an article)."""
    found: dict[str, Mention] = {}
    for m in index.items:
        found.setdefault(key(m.label), m)
    return found


def _offices(s: Sentence, ms: list[Mention], index: Spans, date: str | None) -> list[Fact]:
    """An office named with its body is part of it: "Gesundheitsamt des Landkreises X"."""
    found = []
    for m in ms:
        if m.cls != "Organisation" or (" des " not in m.text and " der " not in m.text):
            continue  # (as the text names it: "der Kreistag" alone is no office named)
        office = _OFFICE.match(m.text)
        if office is None:
            continue
        head = _GENITIVE.get(office.group("head"), office.group("head"))
        if head.endswith("kreises"):
            head = head[:-2]  # "des Wartburgkreises"
        elif not office.group("name"):
            continue
        label = f"{head} {office.group('name')}".strip()
        known = _by_key(index).get(key(label))
        body = (
            Ref(known.label, known.entity, known.cls) if known else Ref(label, None, "Organisation")
        )
        found.append(_fact(s, m, body, 0.7, date))
    return found
