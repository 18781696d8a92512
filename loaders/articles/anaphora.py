"""Bodies and events named by their kind: "der Landkreis", "das Ministerium", "das nächste
Zukunftsforum".

An article names a body in full once ("Der Landkreis Adorf …") and then by its kind alone
("… teilen sich der Landkreis und die Gemeinden", "Das Ministerium stellt … bereit"; not "im
Landratsamt", "im Kreis": mostly the place, and not marked so by the annotators). Each such
phrase is a mention of the body of that kind the text named last before it (its label and IRI),
or, when the text named none, of a body known only by its kind.

>>> from loaders.articles.findings import Mention
>>> from loaders.articles.spans import Spans
>>> text = "Der Landkreis Adorf startet. Das Geld gibt der Landkreis aus."
>>> named = [Mention(4, 19, "Landkreis Adorf", "Landkreis Adorf", "Organisation", None)]
>>> [(m.text, m.label) for m in named_again(text, Spans(named))]
[('Landkreis', 'Landkreis Adorf')]
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Final

from loaders.articles.findings import Mention
from loaders.articles.lexicon import EVENT_ANCHOR, EVENT_ANCHOR_END, EVENT_HEAD_RE
from loaders.articles.spans import Spans
from loaders.articles.windows import in_words

_ASSOCIATIONS: Final = (
    "verband", "gemeindetag", "städtetag", "landkreistag", "gemeindebund", "städtebund",
)  # fmt: skip
"""How the labels of associations end: what "der Verband" names again."""
_HEADS: Final = {
    "Ministerium": ("ministerium",),
    "Ministeriums": ("ministerium",),
    "Landkreis": ("landkreis", "kreis"),
    "Landkreises": ("landkreis", "kreis"),
    "Kreis": ("kreis",),
    "Kreises": ("kreis",),
    "Zweckverband": ("zweckverband",),
    "Zweckverbandes": ("zweckverband",),
    "Zweckverbands": ("zweckverband",),
    "Landesregierung": ("landesregierung", "staatsregierung", "senat"),
    "Staatsregierung": ("staatsregierung", "landesregierung"),
    "Bundesregierung": ("bundesregierung",),
    "Stadt": ("stadt",),
    "Hansestadt": ("hansestadt", "stadt"),
    "Gemeinde": ("gemeinde",),
    "Verbandsgemeinde": ("verbandsgemeinde",),
    "Amt": ("amt",),
    "Amtes": ("amt",),
    "Amts": ("amt",),
    "Landratsamt": ("landratsamt",),
    "Landratsamts": ("landratsamt",),
    "Landratsamtes": ("landratsamt",),
    "Senatsverwaltung": ("senatsverwaltung",),
    "Behörde": ("behörde",),
    "Verband": _ASSOCIATIONS,
    "Verbandes": _ASSOCIATIONS,
    "Verbands": _ASSOCIATIONS,
    "Kreisverwaltung": ("landkreis", "kreis"),
    "Kreisstadt": ("kreisstadt", "stadt"),
    "Institut": ("institut",),
    "Instituts": ("institut",),
    "Stiftung": ("stiftung",),
    "Bezirksamt": ("bezirksamt",),
    "Bezirksamts": ("bezirksamt",),
    "Regionalverband": ("regionalverband",),
    "Regionalverbands": ("regionalverband",),
    "Landeshauptstadt": ("landeshauptstadt", "stadt"),
    "Genossenschaft": ("genossenschaft", "eg"),
    "Bezirk": ("bezirksamt", "bezirk"),
    "Verein": ("verein", "e. v", "e.v", "e. v.", "e.v."),
    "Vereins": ("verein", "e. v", "e.v", "e. v.", "e.v."),
}
"""A body's kind said again (the word, in any case) → how the labels of such bodies end."""


def _kinds() -> str:
    """``\\b`` + a word of ``_HEADS``, each written to start with its capital (so the engine
    skips to the capitals the words start with)."""
    by_letter: dict[str, list[str]] = {}
    for word in sorted(_HEADS, key=len, reverse=True):
        by_letter.setdefault(word[0], []).append(word[1:])
    return "|".join(
        f"{letter}(?<![\\w-]{letter})(?:{'|'.join(rests)})" for letter, rests in by_letter.items()
    )


_AGAIN: Final = re.compile(
    rf"(?P<head>{_kinds()})"
    r"(?![\w-])(?![ \t]+(?:(?![A-ZÄÖÜ][\w-]*[ \t]+(?:ist|war|wird|bleibt)[,.;:])[A-ZÄÖÜ]|"
    r"[„\"]|von[ \t]+[A-ZÄÖÜ]|für[ \t]+[A-ZÄÖÜ]))"
)
_ARTICLE_BEFORE: Final = re.compile(
    r"(?:^|(?<=[\s(„]))(?:[Dd](?:er|ie|as|es|em|en)|[Bb]eim|[Vv]om|[Zz]um|[Zz]ur)[ \t]+$"
)
"""A kind (after a definite article, ``_ARTICLE_BEFORE``), not followed by a name ("der
Landkreis Adorf", "das Ministerium für X" are names, not a kind said again); a noun between it
and a copula that closes the clause is what the body is ("in dem der Kreis Mitglied ist")."""


_WORDS: Final = (
    "Ministeri", "reis", "Zweckverband", "regierung", "stadt", "Stadt", "Gemeinde", "Amt", "amt",
    "Senatsverwaltung", "Behörde", "Verband", "verwaltung", "Institut", "Stiftung", "verband",
    "Genossenschaft", "Verein", "Bezirk",
)  # fmt: skip
"""What every kind of ``_HEADS`` contains: a text without any is not searched."""


def _of_kind(ends: tuple[str, ...]) -> Callable[[Mention], bool]:
    """Whether a mention is a body whose label has a word with one of ``ends`` (or ends so:
    "X e. V."), or is of the kind those ends name ("Verein": an association)."""
    kinds = {k for end, found in _KIND_OF_END.items() if end in ends for k in found}
    return lambda b: (
        b.cls == "Organisation"
        and (
            any(word.lower().endswith(ends) for word in b.label.split())
            or b.label.lower().endswith(ends)
            or b.kind in kinds
        )
    )


_KIND_OF_END: Final = {
    "verein": ("association",),
    "landeshauptstadt": ("city",),
    "bezirk": ("district",),
}
"""Kinds of bodies a kind's word names whatever their labels ("der Verein": an association
named "Katzenhilfe X e. V."; "die Landeshauptstadt": the city named "X"; "der Bezirk": the
Bezirksamt named last). Not "die Verwaltung": as often any administration as the town's."""


def named_again(text: str, named: Spans) -> list[Mention]:
    """Mentions of bodies named again by their kind (not inside a mention of ``named``)."""
    found = _companies_again(text, named)
    if not any(word in text for word in _WORDS):
        return found
    for m in _AGAIN.finditer(text):
        start, end = m.span("head")
        if _ARTICLE_BEFORE.search(text, max(0, start - 8), start) is None:
            continue
        if named.overlapping(start, start + 1):
            continue  # inside a name found already
        ends = _HEADS[m.group("head")]
        antecedent = named.last_before(start, _of_kind(ends))
        label = antecedent.label if antecedent is not None else ends[0].capitalize()
        entity = antecedent.entity if antecedent is not None else None
        kind = None if antecedent is None else antecedent.kind
        if antecedent is None and ends == ("stadt",):
            town = _town_before(named, start)
            if town is not None:
                label, kind = "Stadt " + town, "city"  # "die Stadt" of an article about "X"
        if antecedent is None and ends[0] == "landratsamt":
            # "das Landratsamt" of the county named before: "Landratsamt X"
            county = named.last_before(start, lambda b: b.kind == "county")
            if county is not None:
                label = "Landratsamt " + county.label.removeprefix("Landkreis ").removeprefix(
                    "Kreis "
                )
        found.append(
            Mention(
                start,
                end,
                m.group("head"),
                label,
                "Organisation",
                entity,
                kind,
                0.6,
            )
        )
    return found


def _town_before(named: Spans, position: int) -> str | None:
    """The place named most often before ``position`` (the first of those named as often),
    when no town was named as a body: the town an article is about."""
    counts: dict[str, int] = {}
    for m in named.within(0, position):
        if m.cls == "Place" and m.kind == "place":
            counts[m.label] = counts.get(m.label, 0) + 1
    return max(counts, key=counts.__getitem__) if counts else None


_COMPANY_AGAIN: Final = re.compile(
    r"(?<![\w-])(?:(?:[Dd]as|[Dd]em|[Dd]es)[ \t]+(?:junge[nm]?[ \t]+)?"
    r"(?:[A-ZÄÖÜ][a-zäöü]+er[ \t]+)?"
    r"(?P<head>Unternehmens?|Start-ups?|Startups?)|(?:[Dd]ie|[Dd]er)[ \t]+(?P<firm>Firma))"
    r"(?![\w-])(?![ \t]+[A-ZÄÖÜ„\"])"
)
"""A company named again by its kind, in the singular: "das Unternehmen", "des Start-ups",
"dem jungen Unternehmen", "das Xer Unternehmen", "die Firma" (not followed by a name)."""


def _companies_again(text: str, named: Spans) -> list[Mention]:
    """Mentions of the company named last before a company's kind said again (none when the
    text names no company before it: then the kind is meant in general)."""
    if "nternehmen" not in text and "tart" not in text and "Firma" not in text:
        return []
    found: list[Mention] = []
    for m in _COMPANY_AGAIN.finditer(text):
        group = "head" if m.group("head") is not None else "firm"
        start, end = m.span(group)
        if named.overlapping(start, start + 1):
            continue
        company = named.last_before(start, lambda b: b.kind in ("company", "startup"))
        if company is None:
            continue
        if m.group(group).startswith("Start") and not _a_startup(text, company):
            # "das Start-up": the start-up named last, though another company came after it
            company = named.last_before(start, lambda b: _a_startup(text, b)) or company
        found.append(
            Mention(
                start,
                end,
                m.group(group),
                company.label,
                "Organisation",
                company.entity,
                company.kind,
                0.55,
            )
        )
    return found


_STARTUP_BEFORE: Final = re.compile(r"Start-?up[ \t]+(?:[\wäöüß-]+[ \t]+){0,2}$")


def _a_startup(text: str, company: Mention) -> bool:
    """A company found as a start-up: of that kind, or right after the word ("das Start-up X
    GmbH", "das Kieler Start-up X")."""
    if company.kind == "startup":
        return True
    if company.kind != "company":
        return False
    return _STARTUP_BEFORE.search(text, max(0, company.start - 40), company.start) is not None


_EVENT_NOUN: Final = re.compile(
    rf"{EVENT_HEAD_RE}(?![\wäöüß-])(?![ \t]+(?:[A-ZÄÖÜ„\"]|(?:19|20)\d\d))"
)
_ONE_BEFORE: Final = re.compile(
    r"(?<![\w-])(?:(?:[Nn]ächste|[Ee]rste|[Zz]weite|[Dd]ritte|[Vv]ierte|[Ff]ünfte|[Ee]ine)[mnrs]?"
    r"|[Ee]in)[ \t]+$"
)
"""An event's common noun after a word that makes it one event: "das nächste Zukunftsforum",
"bei einer Auftaktkonferenz", "ein zweiter Digitalgipfel" (the extractor's names of events
need a name or year: "der Verwaltungskongress" alone is the kind, not an event). The noun is
found first (its capital read first), the word before it afterwards."""


def events_by_kind(text: str, named: Spans) -> list[Mention]:
    """Events named by their kind as one event (not inside a mention of ``named``)."""
    found: list[Mention] = []
    for m in in_words(_EVENT_NOUN, EVENT_ANCHOR, text, follow=EVENT_ANCHOR_END, words_after=4):
        start, end = m.span()
        if _ONE_BEFORE.search(text, max(0, start - 12), start) is None:
            continue
        if named.overlapping(start, start + 1):
            continue  # inside a name found already
        found.append(Mention(start, end, m.group(), m.group(), "Event", None, "event", 0.6))
    return found
