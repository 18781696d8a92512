"""``extract``: German article text → mentions, amounts, counts, dates and facts.

>>> from loaders.articles.gazetteer import Gazetteer
>>> found = extract("Die Stadt Musterhausen erhält 50.000 Euro.", Gazetteer([]))
>>> [f.json()["type"] for f in found]
['mention', 'amount']
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Iterator
from operator import attrgetter
from typing import Final

from loaders.articles import anaphora, dates, quantities, rerank
from loaders.articles.discover import (
    ADJECTIVE,
    PERSON_BEFORE,
    PLACE_ADJECTIVE,
    canonical,
    discover,
    is_adjective,
    word_ends_before,
)
from loaders.articles.facts import Context, facts
from loaders.articles.findings import Finding, Mention, Ref
from loaders.articles.gazetteer import Gazetteer
from loaders.articles.lexicon import (
    CAP,
    CLOSING_QUOTES,
    FUNCTION_WORDS,
    OPENING_QUOTES,
    PLACE_HEADS,
)
from loaders.articles.names import (
    bodies_of_states,
    colleagues_bodies,
    company_names,
    councils,
    groups_after,
    listed,
    named_in_apposition,
    places_after,
    short_names,
    states_named,
    towns_listed,
    towns_of_heads,
)
from loaders.articles.normalise import key, tokenise
from loaders.articles.persons import PersonFinder, state_keys
from loaders.articles.sentences import split
from loaders.articles.spans import Spans, resolve, resolve_more
from loaders.articles.windows import windowed


def mentions(text: str, gazetteer: Gazetteer) -> list[Mention]:
    """Known names (gazetteer) and new ones (patterns), overlaps resolved."""
    tokens = tokenise(text)
    matches = list(gazetteer.find(tokens))
    named = {m.entry.entity for m in matches}
    known = [
        Mention(
            m.start,
            m.end,
            text[m.start : m.end],
            m.entry.label,
            m.entry.cls,
            m.entry.entity,
            m.entry.kind,
            0.95,
        )
        for m in matches
        if (m.entry.requires is None or m.entry.requires in named)
        and (m.entry.acronym or m.first < m.last or not _in_compound(text, m.start, m.end))
        and not _adjective_of(text, m.start, m.end, m.entry.label)
    ]
    found = refine(
        text, resolve([*known, *_rubric_region(text, discover(text, gazetteer))]), gazetteer
    )
    found = _heads_of_names(_of_other_states(found, gazetteer))
    again = _named_by_head(text, found)
    found = resolve_more(found, again) if again else found
    found = _adjective_names(text, _said_again(text, found))
    return _places_of_names(text, _remits_named(text, found))


_RUBRIC_REGION: Final = re.compile(
    r"[^\n]*?[ \t][\u2013|][ \t]+(?:Aus[ \t]+der[ \t]+)?Region[ \t]+"
    r"(?P<place>[A-ZÄÖÜ][\wäöüß-]+)[ \t]*\n"
)
"""A newspaper's rubric for a region on its first line: "X-Bote", a dash, "Region Y"."""


def _rubric_region(text: str, found: Iterable[Mention]) -> list[Mention]:
    """The region of a masthead's rubric ("X-Bote", a dash, "Region Y") is the place Y, no body
    "Region Y" (later mentions of "Y" are not that body's)."""
    candidates = list(found)
    m = _RUBRIC_REGION.match(text) if "Region" in text[:200] else None
    if m is None:
        return candidates
    start, end = m.span("place")
    kept = [
        x for x in candidates if not (x.cls == "Organisation" and x.start < end and start < x.end)
    ]
    place = m.group("place")
    return [*kept, Mention(start, end, place, place, "Place", None, "place", 0.7)]


_ACRONYM: Final = re.compile(r"\((?P<short>[A-ZÄÖÜ][A-ZÄÖÜ0-9.-]*[A-ZÄÖÜ][\wÄÖÜäöüß.-]{0,10})\)")
"""A short name in brackets ("(ABC)", "(AB-CD)")."""
_ADJECTIVE_NAME_BEFORE: Final = re.compile(
    rf"(?<![\wäöüß-]){ADJECTIVE}(?:[A-ZÄÖÜ][\wäöüß-]+[ \t]+){{0,2}}[A-ZÄÖÜ][\wäöüß-]+[ \t]+$"
)
"""A name opened by a state's adjective right before a bracket: "Xische IT-Dienstleister "."""


def _adjective_names(text: str, found: list[Mention]) -> list[Mention]:
    """ "der Xische IT-Dienstleister (ABC)": words opened by a state's adjective with a short
    name in brackets after them are a body's name, where nothing else was found."""
    if "(" not in text:
        return found
    index: Spans | None = None
    extra = []
    for m in _ACRONYM.finditer(text):
        at = m.start()
        before = _ADJECTIVE_NAME_BEFORE.search(text, max(0, at - 120), at)
        if before is None:
            continue
        start, end = before.start(), at
        while end > start and text[end - 1] in " \t":
            end -= 1
        index = Spans(found) if index is None else index
        if index.overlapping(start, end):
            continue
        surface, label = text[start:end], canonical(text[start:end])
        extra.append(Mention(start, end, surface, label, "Organisation", None, None, 0.6))
        short, (low, high) = m.group("short"), m.span("short")
        if not index.overlapping(low, high):  # "(ABC)": the same body
            extra.append(Mention(low, high, short, label, "Organisation", None, None, 0.6))
    return resolve_more(found, extra) if extra else found


_SAID_AGAIN: Final = ("Organisation", "Initiative")


def _said_again(text: str, found: list[Mention]) -> list[Mention]:
    """A body's name of several words found once by pattern is that body wherever the same
    words stand again ("an der Hochschule X Informatik studiert", where the pattern stops at
    a noun that goes on); an association's name so without "Verein" ("der Verein X Y" … "X Y
    arbeitet"); a one-word name found in quotes wherever it stands in quotes again ("das
    Portal „X“" … "die Daten von „X“")."""
    names = {
        m.text: m
        for m in found
        if m.cls in _SAID_AGAIN
        and m.entity is None
        and (" " in m.text or _quoted(text, m.start, m.end))
    }  # (names the graph knows are found wherever they stand)
    for surface, m in list(names.items()):
        head, _, rest = surface.partition(" ")
        if head == "Verein" and " " in rest and rest not in names:
            names[rest] = m  # "der Verein X Y" … "X Y arbeitet": the association's own name
    if not names:
        return found
    spans = {(m.start, m.end) for m in found}
    index: Spans | None = None
    extra = []
    for surface, m in names.items():
        at = text.find(surface)
        while at >= 0:
            end = at + len(surface)
            if (
                (at, end) not in spans
                and (" " in surface or _quoted(text, at, end))
                and not (at and (text[at - 1].isalnum() or text[at - 1] == "-"))
                and not (end < len(text) and (text[end].isalnum() or text[end] == "-"))
            ):
                index = Spans(found) if index is None else index
                if not any(
                    x.start <= at and end <= x.end for x in index.overlapping(at, end)
                ) and not PERSON_BEFORE.search(text, max(0, at - 60), at):  # "X Y, Senatorin …"
                    extra.append(Mention(at, end, surface, m.label, m.cls, m.entity, m.kind, 0.6))
            at = text.find(surface, end)
    return resolve_more(found, extra) if extra else found


def _quoted(text: str, start: int, end: int) -> bool:
    """Whether a span stands in quotation marks ("„Eifelpegel“"): a one-word name found so is
    that name wherever it stands in quotes again."""
    return start > 0 and text[start - 1] in OPENING_QUOTES and text[end : end + 1] in CLOSING_QUOTES


_RESSORT: Final = re.compile(r"(?P<remit>[A-ZÄÖÜ][a-zäöüß]{3,})ressorts?(?![\wäöüß-])")
"""A ministry named by its remit and "ressort" ("das Finanzressort")."""


def _remits_named(text: str, found: list[Mention]) -> list[Mention]:
    """ "das Finanzressort", "aus dem Bauressort": the one ministry the text names in full
    with that remit ("Senatorin für Finanzen", "Ministerium für Bauen und X"; named once more
    fully, by the fuller name)."""
    if "ressort" not in text:
        return found
    extra = []
    index: Spans | None = None
    for m in _RESSORT.finditer(text):
        remit = m.group("remit").lower()[:5]
        named = {
            (x.label, x.entity): x
            for x in found
            if x.kind == "ministry" and " " in x.label and remit in x.label.lower()
        }
        index = Spans(found) if index is None else index
        labels = sorted(label for label, _ in named)
        if not labels or index.overlapping(m.start(), m.end()):
            continue
        if not all(label.startswith(labels[0]) for label in labels):
            continue  # two ministries of that remit ("… der Freien Hansestadt X": one)
        body = max(named.values(), key=lambda x: len(x.label))
        extra.append(
            Mention(
                m.start(), m.end(), m.group(), body.label, body.cls, body.entity, body.kind, 0.6
            )
        )
    return resolve_more(found, extra) if extra else found


_DATELINE_NAME: Final = rf"(?:(?:Bad|St\.)[ \t]+)?{CAP}(?:[ \t]+(?:am|an[ \t]+der|im)[ \t]+{CAP})?"
_DATELINE: Final = re.compile(
    rf"^(?:(?P<first>{_DATELINE_NAME})/)?(?P<name>{_DATELINE_NAME})(?:[ \t]+\([^()\n]*\))?,"
    r"[ \t]+(?:den[ \t]+)?\d{1,2}\.",
    re.MULTILINE,
)
"""A dateline: "X, 1. Mai 2026 …", "X/Y, …", "Bad X (Z), …"."""
_LOCAL_KINDS: Final = ("state", "city", "municipality", "county", "district")


def _places_of_names(text: str, found: list[Mention]) -> list[Mention]:
    """A town's, county's or state's bare name (the graph's body of that name, or a short
    form) is the place where it stands in a dateline ("X, 1. Mai …", "X/Y, …"): annotators
    mark the dateline a place. So is a state's bare name after "in" or "aus" ("Kommunen in
    X", "Stadtwerke aus Y und Z"): where something is, not the state acting."""
    if not found:
        return found
    spans = [m.span(g) for m in _DATELINE.finditer(text) for g in ("first", "name") if m.group(g)]
    if not spans and not any(m.kind == "state" for m in found):
        return found
    ends = {m.end for m in found if m.cls == "Organisation"}
    result = []
    for m in found:
        if (
            m.cls == "Organisation"
            and m.kind in _LOCAL_KINDS
            and not any(head in m.text for head in _HEADS_OF_LOCAL)
            and (
                any(a <= m.start and m.end <= b for a, b in spans)
                or (m.kind == "state" and _in_state(text, m.start, ends))
            )
        ):
            m = Mention(m.start, m.end, m.text, m.text, "Place", None, "place", 0.6)
        result.append(m)
    return result


_IN_BEFORE: Final = re.compile(
    r"(?<![\wäöüß])(?:in|im|aus(?:[ \t]+dem(?:[ \t]+ganzen)?)?)[ \t]+"
    r"(?:[A-ZÄÖÜ][\wäöüß-]+(?:,[ \t]+|[ \t]+und[ \t]+))?$"
)
""""in", "im" or "aus (dem ganzen)" right before a name, or before one name and a comma or
"und" ("aus X und Y")."""


def _in_state(text: str, start: int, ends: set[int]) -> bool:
    """Whether a state's name at ``start`` tells where ("Kommunen in X", "im Y"), not where a body
    named right before it is ("die Stadt Y in X" and "des Landes": the state)."""
    found = _IN_BEFORE.search(text, max(0, start - 40), start)
    return found is not None and found.start() - 1 not in ends


_HEADS_OF_LOCAL: Final = (
    *PLACE_HEADS,
    "Land ",
    "Landes ",
    "Freistaat",
    "Bezirk",
    "Magistrat",
    "Senat",
)
"""Heads that name a body, not a place, after "in" ("im Magistrat zuständig")."""


_GENERIC_HEADS: Final = (
    frozenset(
        head for head, kind in PLACE_HEADS.items() if kind in ("city", "municipality", "county")
    )
    - {"Städteregion"}
) | {"Land", "Freistaat", "Bezirk", "Zweckverband", "Verband"}
"""Heads of towns, counties, states and their associations: "die Stadt", "der Kreis", "das
Land", "der Zweckverband" alone are the common noun of their kind (annotators leave them), and
other rules read them where they act; so is an administration ("die Kreisverwaltung")."""


def _generic(head: str) -> bool:
    base = head[:-2] if head.endswith("es") else head[:-1] if head.endswith("s") else head
    return head in _GENERIC_HEADS or base in _GENERIC_HEADS or head.endswith("verwaltung")


_HEAD_ARTICLES: Final = frozenset(["der", "Der", "die", "Die", "das", "Das", "des", "dem", "den"])
_HEAD_TAIL: Final = re.compile(r"(?:e?s)?(?![\wäöüß-])(?![ \t]+[A-ZÄÖÜ„])")
"""What follows a head noun said alone: its genitive ending, no name ("das Bezirksamt", not
"das Bezirksamt X")."""
_WORD_CHAR: Final = re.compile(r"[\wäöüß-]")


def _heads_after_article(text: str, head: str) -> Iterator[tuple[int, int]]:
    """Spans of ``head`` (a capitalised word of letters) with its genitive ending right after
    an article ("das Bezirksamt", "des Bezirksamts") and before no name (``_HEAD_TAIL``), as
    ``finditer`` of one pattern per head would find them: each occurrence is found with
    ``str.find`` and read back to its article (no pattern compiled per head and article)."""
    done = 0  # where the last match ended (matches do not overlap)
    at = text.find(head)
    while at >= 0:
        blank = at
        while blank > 0 and text[blank - 1] in " \t":
            blank -= 1
        start = blank - 3
        if (
            blank < at
            and start >= done
            and text[start:blank] in _HEAD_ARTICLES
            and (start == 0 or _WORD_CHAR.match(text, start - 1) is None)
        ):
            tail = _HEAD_TAIL.match(text, at + len(head))
            if tail is not None:
                yield at, tail.end()
                done = tail.end()
        at = text.find(head, at + 1)


def _named_by_head(text: str, found: list[Mention]) -> list[Mention]:
    """A body named in full by a head noun and a name ("Bezirksamt X", "Stadtbibliothek Y")
    and elsewhere by its head noun alone after an article ("das Bezirksamt", "der
    Stadtbibliothek"): that body, when the text names just one body of that head."""
    bodies: dict[str, set[tuple[str, str | None, str | None]]] = {}
    for m in found:
        words = m.text.split()
        if m.cls != "Organisation" or len(words) < 2 or m.kind == "ministry":
            continue
        head = canonical(words[0])
        if head[:1].isupper() and head.isalpha() and not _generic(head):
            bodies.setdefault(head, set()).add((m.label, m.entity, m.kind))
    extra: list[Mention] = []
    index: Spans | None = None
    for head, named in bodies.items():
        if len(named) != 1 or head not in text:
            continue
        label, entity, kind = next(iter(named))
        for start, end in _heads_after_article(text, head):
            index = Spans(found) if index is None else index
            if not index.overlapping(start, end):
                extra.append(
                    Mention(start, end, text[start:end], label, "Organisation", entity, kind, 0.6)
                )
    return extra


def _heads_of_names(found: list[Mention]) -> list[Mention]:
    """A body named by its head noun alone ("des Landkreistags") after the text named one
    body of that head in full ("Landkreistag X"): that body, not one the graph knows by the
    bare noun."""
    full: dict[str, set[tuple[str, str | None]]] = {}
    for m in found:
        if m.cls == "Organisation" and " " in m.text.strip():
            head = canonical(m.text.split()[0])
            full.setdefault(head, set()).add((m.label, m.entity))
    if not full:
        return found
    result = []
    for m in found:
        if m.cls == "Organisation" and " " not in m.text.strip() and m.kind != "state":
            named = full.get(canonical(m.text))
            if named is not None and len(named) == 1:
                label, entity = next(iter(named))
                if label != m.label:
                    m = Mention(m.start, m.end, m.text, label, m.cls, entity, m.kind, 0.7)
        result.append(m)
    return result


def _of_other_states(found: list[Mention], gazetteer: Gazetteer) -> list[Mention]:
    """A known ministry named generically ("das Innenministerium") is that of a state the text
    names; when the graph's one of that name belongs to a state the text does not name, it is
    a new one: the one ministry the text names in full with that remit ("Ministerium für
    Inneres, Bau und Y"), else "Innenministerium des Landes X" for the state the text names
    first. A ministry the graph does not know named so ("das Schulministerium") is the one the
    text names in full with that remit too."""
    here = {key(m.label) for m in found if m.kind == "state"} | {
        key(m.text) for m in found if m.kind == "state"
    }
    states = state_keys(gazetteer)
    result = []
    for m in found:
        if m.kind == "ministry" and m.entity is None and " " not in m.label:
            full = _in_full(m, found)
            if full is not None:  # "das Schulministerium": "Ministerium für Schule und X"
                m = Mention(m.start, m.end, m.text, full.label, m.cls, full.entity, m.kind, 0.7)
        elif m.kind == "ministry" and m.entity is not None:
            label = f" {key(m.label)} "
            named = [k for k in states if f" {k} " in label]
            if named and not any(k in here for k in named) and " " not in m.text.strip():
                full = _in_full(m, found)
                if full is not None:
                    m = Mention(m.start, m.end, m.text, full.label, m.cls, full.entity, m.kind)
                    result.append(m)
                    continue
                state = next((x.text for x in found if x.kind == "state"), None)
                new = canonical(m.text) + ("" if state is None else f" des Landes {state}")
                m = Mention(m.start, m.end, m.text, new, m.cls, None, m.kind, 0.7)
        result.append(m)
    return result


def _in_full(short: Mention, found: list[Mention]) -> Mention | None:
    """The one ministry the text names in full whose remit a short name gives
    ("Innenministerium" → "Ministerium für Inneres und Sport")."""
    head = canonical(short.text)
    if not head.endswith("ministerium"):
        return None
    remit = head[: -len("ministerium")].lower()[:4]
    if len(remit) < 4:
        return None
    full = {
        m.label: m
        for m in found
        if m.kind == "ministry"
        and " " in m.label
        and remit in m.label.lower()
        and m.label != short.label  # (the graph's one of another state)
    }
    return next(iter(full.values())) if len(full) == 1 else None


_NOUN_AFTER: Final = re.compile(r"[ \t]+[A-ZÄÖÜ„“\"]")


def _adjective_of(text: str, start: int, end: int, label: str) -> bool:
    """A place's -er adjective before a noun ("das Xer Start-up"): not the body itself
    (the name matched on its key, the adjective ending cut off)."""
    surface = text[start:end]
    return (
        surface.endswith("er") and surface not in label and _NOUN_AFTER.match(text, end) is not None
    )


def _in_compound(text: str, start: int, end: int) -> bool:
    """A known name that is only part of a hyphenated name ("Sachsen" in "Sachsen-Anhalt",
    "Adorf" in "Adorf-Fonds"): the longer name is meant. (Acronyms do join compounds:
    "X-Umsetzung" still names X, and so does a name of several words.)"""
    after = text[end : end + 2]
    before = text[max(0, start - 2) : start]
    return (len(after) == 2 and after[0] == "-" and after[1].isupper()) or (
        len(before) == 2 and before[1] == "-" and before[0].isalpha()
    )


def extract(
    text: str,
    gazetteer: Gazetteer,
    *,
    article_date: dt.date | None = None,
    model: rerank.Model | None = None,
) -> list[Finding]:
    """Everything ``text`` states that the extractor recognises, in text order; with a
    ``model`` (:func:`loaders.articles.rerank.bundled`), the funding facts it scores high
    instead of the rules' own."""
    found_mentions = mentions(text, gazetteer)
    people, roles = PersonFinder(text, found_mentions, gazetteer).run()
    found_mentions = resolve_more(found_mentions, people)
    parties = groups_after(text, people)
    if parties:
        found_mentions = resolve_more(found_mentions, parties)
    found_amounts = quantities.amounts(text)
    taken = [(a.start, a.end) for a in found_amounts]
    found_dates = dates.dates(text, article=article_date)
    taken += [(d.start, d.end) for d in found_dates]
    found_counts = quantities.counts(text, skip=taken)
    federation = gazetteer.of_kind("federation")
    sentences = split(text)
    named = Spans(found_mentions)  # (facts add to their own index, not to this one)
    context = Context(
        text,
        sentences,
        found_mentions,
        found_amounts,
        found_counts,
        found_dates,
        None if federation is None else Ref(federation.label, federation.entity, federation.cls),
        roles,
    )
    everything: list[Finding] = [
        *found_mentions,
        *found_amounts,
        *found_counts,
        *found_dates,
        *roles,
        *facts(context),
        *anaphora.named_again(text, named),
        *anaphora.events_by_kind(text, named),
    ]
    if model is not None:
        everything = rerank.rerank(text, sentences, everything, model)
    # by start, the longer first (two stable sorts on attributes: no key function per finding)
    everything.sort(key=attrgetter("end"), reverse=True)
    return sorted(everything, key=attrgetter("start"))


_ADJECTIVE_BEFORE = re.compile(rf"{PLACE_ADJECTIVE}$")
_NAMED_WITH_ADJECTIVE = ("ministry", "municipal_association", "agency", "academy")
_GENITIVE_AFTER = re.compile(r"[ \t]+(?:des|der)[ \t]+")
_FROM_PLACE = re.compile(rf"[ \t]+aus[ \t]+(?P<place>{CAP})")


_ADJECTIVE_ENDS: Final = ("sche", "schen", "sches", "er")
"""How every match of ``_ADJECTIVE_BEFORE`` ends before its blanks ("-ische(n, r, s)", "Xer"),
so the pattern is searched only after such a word (see :func:`word_ends_before`)."""


def refine(text: str, found: list[Mention], gazetteer: Gazetteer) -> list[Mention]:
    """Names the graph knows only in part become new names (see :func:`_refine`); a state
    in brackets right after a town's name is part of that name, no body of its own ("Borken
    (Hessen)")."""
    return [m for m in _refine(text, found, gazetteer) if not _bracketed_state(text, m)]


_TOWN_BEFORE_BRACKET: Final = re.compile(r"[A-ZÄÖÜ][\wäöüß-]*[ \t]\($")


def _bracketed_state(text: str, m: Mention) -> bool:
    """Whether ``m`` is a state named in brackets right after a town ("Borken (Hessen)")."""
    return (
        m.kind == "state"
        and text[m.end : m.end + 1] == ")"
        and _TOWN_BEFORE_BRACKET.search(text, max(0, m.start - 40), m.start) is not None
    )


def _refine(text: str, found: list[Mention], gazetteer: Gazetteer) -> list[Mention]:
    """Names the graph knows only in part become new names.

    A state adjective before a known short name ("Bayerischer" + "Gemeindetag") or a
    genitive after a known unit ("Stabsstelle X" + "der Stadt Y") names
    another body; a company "aus X" names its place.
    """
    extra: list[Mention] = []
    index = Spans(found)
    renamed: dict[str, tuple[Mention, str]] = {}
    for m in found:
        if m.cls != "Organisation":
            continue
        before = (
            _ADJECTIVE_BEFORE.search(text, max(0, m.start - 40), m.start)
            if word_ends_before(text, m.start, _ADJECTIVE_ENDS)
            else None
        )
        if (
            before is not None
            and is_adjective(before.group("place_adj"))
            and (m.entity is not None or m.kind in _NAMED_WITH_ADJECTIVE)
        ):
            whole = _new(text, before.start(), m.end, m.cls, m.kind, gazetteer)
            extra.append(whole)
            if m.entity is not None and whole.entity != m.entity:
                renamed.setdefault(m.entity, (whole, key(m.text)))
        after = _GENITIVE_AFTER.match(text, m.end)
        if after is not None and m.kind in ("organisational_unit", "committee") and m.entity:
            owner = next(iter(index.starting(after.end(), after.end())), None)
            if owner is not None and owner.cls == "Organisation" and owner.entity != m.entity:
                extra.append(_new(text, m.start, owner.end, m.cls, m.kind, gazetteer))
        place = _FROM_PLACE.match(text, m.end)
        if place is not None and m.kind in ("company", "startup", "network", "agency"):
            start, end = place.span("place")
            if not index.overlapping(start, end):
                extra.append(_new(text, start, end, "Place", "place", gazetteer))
    if renamed:
        found = [_as_named(x, renamed) for x in found]
    headline = _headline(text, found, gazetteer)
    if headline:  # (the body a release is headed with, not a place of its name)
        top = headline[0]
        found = [x for x in found if not (x.cls == "Place" and x.start < top.end)]
        extra += headline
    extra += _masthead(text, found, gazetteer)
    everything = resolve_more(found, extra) if extra else found  # found: resolved already
    index = Spans(everything)
    named = [
        *listed(text, everything, index),
        *short_names(text, everything, index),
        *company_names(text, everything, index),
        *named_in_apposition(text, everything, index),
        *states_named(text, everything, index),
        *colleagues_bodies(text, everything),
    ]
    if named:
        bodies = {(m.start, m.end) for m in named if m.cls == "Organisation"}
        # "die Ämter A, B C und D": the bodies listed, not places of their names
        everything = [m for m in everything if m.cls != "Place" or (m.start, m.end) not in bodies]
        everything = resolve_more(everything, named)
    index = Spans(everything)
    more = [
        *_genitives_of_offices(text, everything, index),
        *_short_forms(text, everything, gazetteer, index),
        *_ministries_of_states(text, everything, index),
        *places_after(text, everything, index),
        *towns_of_heads(text, everything, index),
        *bodies_of_states(text, everything, index),
    ]
    everything = resolve_more(everything, more) if more else everything
    towns = towns_listed(text, everything)  # (after the short forms: "Stadt X" … "X")
    everything = resolve_more(everything, towns) if towns else everything
    council = councils(text, everything)  # (after the short forms: "Kreistag X")
    if not council:
        return everything
    everything = resolve_more(everything, council)
    # a council's short form ("die Bezirksverordnetenversammlung (BVV)"): read once it is named
    index = Spans(everything)
    shorts = [
        x
        for x in short_names(text, everything, index)
        if any(c.label == x.label for c in council) and not index.overlapping(x.start, x.end)
    ]
    return resolve_more(everything, shorts) if shorts else everything


_OFFICE_OF: Final = re.compile(
    r"(?<![\wäöüß-])(?P<name>[A-ZÄÖÜ][a-zäöüß]+(?:-[A-ZÄÖÜ][a-zäöüß]+)*)(?P<gen>s|\u2019|')[ \t]+"
    r"(?P<role>Oberbürgermeister|Bürgermeister|Bezirksbürgermeister|Samtgemeindebürgermeister|"
    r"Verbandsbürgermeister|Amtsdirektor|Landrat|Landrätin|Oberbürgermeisterin|Bürgermeisterin|"
    r"Bezirksbürgermeisterin|Samtgemeindebürgermeisterin|Verbandsbürgermeisterin|Amtsdirektorin)"
    r"(?![\wäöüß-])"
)
"""A town, county or district in the genitive before the title of its head ("Xs
Bürgermeisterin", "Y' Oberbürgermeister", "Zs Landrat")."""
_OFFICE_ANCHOR: Final = re.compile(r"meister|Landr|direktor")
_OFFICE_END: Final = re.compile(r"(?:in|at|ätin)?(?![\wäöüß-])")
"""A part of every title ``_OFFICE_OF`` reads and what follows it to the title's end: the
pattern is read only around such titles (see ``windows.windowed``)."""


def _genitives_of_offices(text: str, found: list[Mention], index: Spans) -> list[Mention]:
    """A town, county or district named in the genitive before its head's title ("Xs
    Oberbürgermeister"): that body (the one of that name the text names, else by its name)."""
    if "meister" not in text and "Landr" not in text and "direktor" not in text:
        return []
    extra = []
    for m in windowed(_OFFICE_OF, _OFFICE_ANCHOR, text, follow=_OFFICE_END):
        start, end = m.start("name"), m.end("gen")
        if m.group("gen") == "s" and m.group("name").endswith(("s", "x", "z", "ß")):
            continue
        if index.overlapping(start, end) or m.group("name").lower() in FUNCTION_WORDS:
            continue
        name = m.group("name")
        body = next(
            (
                x
                for x in found
                if x.cls == "Organisation" and x.kind in _PLACE_BODIES and _of_name(x.label, name)
            ),
            None,
        )
        if body is not None:
            label, entity, kind = body.label, body.entity, body.kind
        else:  # (by its bare name, of no kind the text states: not one of "die drei Städte")
            label, entity, kind = name, None, None
        extra.append(Mention(start, end, text[start:end], label, "Organisation", entity, kind, 0.6))
    return extra


def _of_name(label: str, name: str) -> bool:
    """Whether a town's label is of that name ("Stadt X", "Kreisstadt X an der Y", "X")."""
    rest = label.partition(" ")[2]
    return label == name or rest == name or rest.startswith(f"{name} ")


def _ministries_of_states(text: str, found: list[Mention], index: Spans) -> list[Mention]:
    """A ministry's name ending with its state ("Ministerium für A und B Xland"): one name."""
    extra = []
    for m in found:
        if m.kind == "ministry" and text.startswith(" ", m.end):
            state = next(iter(index.starting(m.end + 1, m.end + 1)), None)
            if state is not None and state.kind == "state" and state.end - m.end < 30:
                label = f"{m.label} {text[m.end + 1 : state.end]}"
                surface = text[m.start : state.end]
                extra.append(Mention(m.start, state.end, surface, label, m.cls, None, m.kind, 0.7))
    return extra


_HEADLINE: Final = re.compile(rf"(?P<topic>{CAP}):[ \t]")
_PLACE_BODIES: Final = ("city", "municipality", "county", "district")
_LOCATIVE: Final = re.compile(r"(?:\b(?:[Ii]n|aus|nach|bei|nahe|am|im)[ \t]+)$")
_QUARTER: Final = re.compile(r"(?:Stadtteil|Ortsteil|Stadtviertel|Viertel|Quartier)[ \t]+$")
"""A part of a town before its name ("im Stadtteil X"): the place, not a body named "… X"."""
_EVENT_PLACE: Final = re.compile(rf"[ \t]+in[ \t]+(?P<place>{CAP})(?![\wäöüß-])")


def _headline(text: str, found: list[Mention], gazetteer: Gazetteer) -> list[Mention]:
    """A press release's title often opens with the state or town it is about ("X: …"): a
    body (annotators mark the state or town a release is headed with as the body it speaks
    for, also where the graph knows only a place of that name)."""
    m = _HEADLINE.match(text)
    if m is None or "\n" in text[: m.end()]:
        return []
    topic = key(m.group("topic"))
    if not topic or topic.split(" ")[0] in FUNCTION_WORDS:
        return []
    named = any(
        m.end() < x.start
        and x.cls in ("Organisation", "Initiative", "Event")
        and f" {topic} " in f" {key(x.text)} "  # (not its adjective: "Xische Landtag")
        and key(x.text) != topic
        for x in found
    )
    start, end = m.span("topic")
    if not named and (
        any(
            x.start < end and start < x.end and x.cls not in ("Place", "Organisation")
            for x in found
        )
        or not _a_name(text, m.group("topic"), end, gazetteer)
    ):
        return []  # ("X-Tag: …" an event, "Anna X: …" a person, "Öffentlich: …" no name)
    return [
        Mention(
            start,
            end,
            m.group("topic"),
            canonical(m.group("topic")),
            "Organisation",
            None,
            None,
            0.6 if named else 0.5,  # (a state's name the text gives later wins: "Land X")
        )
    ]


_MASTHEAD: Final = re.compile(
    r"(?P<name>[A-ZÄÖÜ][\w.&-]*(?:[ \t]+(?:&[ \t]+)?[A-ZÄÖÜ\w][\w.-]*){0,3})"
    r"(?:[ \t]+[\u2013|][ \t]+(?P<rubric>[^\n]{0,80}))?\n"
)
"""The first line of a newspaper's or newsletter's article: its name, then a rubric, a place or
a date after a dash or a bar ("X-Kurier | Lokales | 3. Mai 2026", "Y Bote", a dash, "Aus der
Region")."""
_GENRES: Final = frozenset(
    (
        "Interview", "Pressemitteilung", "Presseinformation", "Presseerklärung", "Pressemeldung",
        "Meldung", "Kommentar", "Bericht", "Reportage", "Analyse", "Hintergrund", "Nachrichten",
        "Porträt", "Gastbeitrag", "Stellungnahme", "Mitteilung", "Newsletter", "Rundbrief",
    )
)  # fmt: skip
"""What a first line may say of itself: a genre, no name."""


def _masthead(text: str, found: list[Mention], gazetteer: Gazetteer) -> list[Mention]:
    """The publication an article's first line names when the line holds only its name and a
    rubric (not a dateline: "X, 3. Mai 2026" and a dash run on into the text): an organisation,
    unless the text found a body, place or person there already or the name is a genre
    ("Interview"), a place or a body the graph knows."""
    m = _MASTHEAD.match(text)
    if m is None:
        return []
    start, end = m.span("name")
    name = m.group("name")
    words = name.split()
    if (
        words[0] in _GENRES
        or any(x.start < end and start < x.end for x in found)
        or gazetteer.lookup(name) is not None
        or (m.group("rubric") is None and len(words) < 2 and "-" not in name)
    ):
        return []
    return [Mention(start, end, name, name, "Organisation", None, "publisher", 0.5)]


def _a_name(text: str, topic: str, after: int, gazetteer: Gazetteer) -> bool:
    """Whether a headline's topic is a name: one the graph knows, one of two capitalised parts
    ("X-Y"), or one the text uses again ("Öffentlich: …", "Interview: …" are no names)."""
    if gazetteer.lookup(topic) is not None or re.fullmatch(r"[A-ZÄÖÜ]\w+-[A-ZÄÖÜ]\w+", topic):
        return True
    return any(True for _ in _alone(text[after:], topic))


def _short_forms(
    text: str, found: list[Mention], gazetteer: Gazetteer, index: Spans | None = None
) -> list[Mention]:
    """A town or county named in full ("Stadt X", "Landkreis X") and later (or earlier) by its
    name alone: the body, or the place after a preposition of place ("in X", "aus X").
    A place after an event's name ("Kongress 2024 in X") is a place too."""
    index = Spans(found) if index is None else index
    extra: list[Mention] = []
    seen: set[str] = set()
    for m in found:
        if m.cls == "Event":
            place = _EVENT_PLACE.match(text, m.end)
            if place is not None and place.group("place").lower() not in FUNCTION_WORDS:
                start, end = place.span("place")
                if not index.overlapping(start, end):
                    extra.append(_new(text, start, end, "Place", "place", gazetteer))
        inner = _TOWN_INSIDE.search(m.text) if m.cls == "Organisation" else None
        if inner is not None and m.kind not in _PLACE_BODIES:
            # "der Magistrat der Stadt X": a town named in full inside another body's name
            head = inner.group("head")
            head = head[:-2] if head.endswith("es") else head
            kind = PLACE_HEADS.get(head)
            if kind is not None and inner.group("name") not in seen:
                m = Mention(
                    m.start + inner.start("head"),
                    m.end,
                    f"{head} {inner.group('name')}",
                    f"{head} {inner.group('name')}",
                    m.cls,
                    None,
                    kind,
                    0.6,
                )
        if m.cls != "Organisation" or m.kind not in _PLACE_BODIES:
            continue
        if " " in m.text:
            name = m.text.split(None, 1)[1]
        elif m.entity is None and m.label.endswith(f" {m.text}"):
            name = m.text  # one of a list: "die Landkreise A und B"
        else:
            continue
        if name in seen or not name[:1].isupper():
            continue
        seen.add(name)
        for start in _alone(text, name):
            end = start + len(name)
            if index.overlapping(start, end):
                continue
            if _LOCATIVE.search(text, max(0, start - 6), start) or _QUARTER.search(
                text, max(0, start - 14), start
            ):
                extra.append(Mention(start, end, name, name, "Place", None, "place", 0.6))
            else:
                extra.append(
                    Mention(start, end, text[start:end], m.label, m.cls, m.entity, m.kind, 0.6)
                )
    return extra


_TOWN_INSIDE: Final = re.compile(
    r"[ \t](?:der|des)[ \t]+(?P<head>Stadt|Gemeinde|Hansestadt|Landkreises|Kreises|Samtgemeinde|"
    r"Verbandsgemeinde)[ \t]+(?P<name>[A-ZÄÖÜ][\wäöüß]+(?:-[A-ZÄÖÜ][\wäöüß]+)*)$"
)
"""A town or county named in full at the end of another body's name ("Magistrat der Stadt X")."""


def _alone(text: str, name: str) -> Iterator[int]:
    """Where ``name`` stands as a word of its own (a genitive -s or apostrophe after it)."""
    at = text.find(name)
    while at >= 0:
        after = at + len(name)
        if text[after : after + 1] in ("s", "\u2019", "'"):
            after += 1
        if not _word_char(text, at - 1) and not _word_char(text, after):
            yield at
        at = text.find(name, at + 1)


def _word_char(text: str, i: int) -> bool:
    return 0 <= i < len(text) and (text[i].isalnum() or text[i] in "_-")


def _as_named(m: Mention, renamed: dict[str, tuple[Mention, str]]) -> Mention:
    """A known short name said again alone after a body named with a state's adjective and
    that short name ("der Xische Gemeindetag … des Gemeindetages"): that body, not the one of
    another state the graph knows by the short name."""
    named, short = renamed.get(m.entity or "", (None, ""))
    if named is None or m.start < named.end or key(m.text) != short:
        return m
    return Mention(m.start, m.end, m.text, named.label, named.cls, named.entity, named.kind, 0.7)


def _new(
    text: str, start: int, end: int, cls: str, kind: str | None, gazetteer: Gazetteer
) -> Mention:
    surface = text[start:end]
    entry = gazetteer.lookup(surface)
    if entry is not None:
        return Mention(start, end, surface, entry.label, entry.cls, entry.entity, entry.kind)
    return Mention(start, end, surface, canonical(surface), cls, None, kind, 0.7)
