"""``extract``: German article text → mentions, amounts, counts, dates and facts.

>>> from loaders.articles.gazetteer import Gazetteer
>>> found = extract("Die Stadt Musterhausen erhält 50.000 Euro.", Gazetteer([]))
>>> [f.json()["type"] for f in found]
['mention', 'amount']
"""

from __future__ import annotations

import datetime as dt
import re

from loaders.articles import dates, quantities
from loaders.articles.discover import PLACE_ADJECTIVE, canonical, discover, is_adjective
from loaders.articles.facts import Context, facts
from loaders.articles.findings import Finding, Mention, Ref
from loaders.articles.gazetteer import Gazetteer
from loaders.articles.lexicon import CAP
from loaders.articles.normalise import tokenise
from loaders.articles.persons import PersonFinder
from loaders.articles.sentences import split
from loaders.articles.spans import Spans, resolve


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
        if m.entry.requires is None or m.entry.requires in named
    ]
    return refine(text, resolve([*known, *discover(text, gazetteer)]), gazetteer)


def extract(
    text: str, gazetteer: Gazetteer, *, article_date: dt.date | None = None
) -> list[Finding]:
    """Everything ``text`` states that the extractor recognises, in text order."""
    found_mentions = mentions(text, gazetteer)
    people, roles = PersonFinder(text, found_mentions, gazetteer).run()
    found_mentions = resolve([*found_mentions, *people])
    found_amounts = quantities.amounts(text)
    taken = [(a.start, a.end) for a in found_amounts]
    found_dates = dates.dates(text, article=article_date)
    taken += [(d.start, d.end) for d in found_dates]
    found_counts = quantities.counts(text, skip=taken)
    federation = gazetteer.of_kind("federation")
    context = Context(
        text,
        split(text),
        found_mentions,
        found_amounts,
        found_counts,
        found_dates,
        None if federation is None else Ref(federation.label, federation.entity, federation.cls),
    )
    everything: list[Finding] = [
        *found_mentions,
        *found_amounts,
        *found_counts,
        *found_dates,
        *roles,
        *facts(context),
    ]
    return sorted(everything, key=lambda f: (f.start, -f.end))


_ADJECTIVE_BEFORE = re.compile(rf"{PLACE_ADJECTIVE}$")
_NAMED_WITH_ADJECTIVE = ("ministry", "municipal_association", "agency", "academy")
_GENITIVE_AFTER = re.compile(r"[ \t]+(?:des|der)[ \t]+")
_FROM_PLACE = re.compile(rf"[ \t]+aus[ \t]+(?P<place>{CAP})")


def refine(text: str, found: list[Mention], gazetteer: Gazetteer) -> list[Mention]:
    """Names the graph knows only in part become new names.

    A state adjective before a known short name ("Bayerischer" + "Gemeindetag") or a
    genitive after a known unit ("Stabsstelle Digitalisierung" + "der Stadt X") names
    another body; a company "aus X" names its place.
    """
    extra: list[Mention] = []
    index = Spans(found)
    for m in found:
        if m.cls != "Organisation":
            continue
        before = _ADJECTIVE_BEFORE.search(text, max(0, m.start - 40), m.start)
        if (
            before is not None
            and is_adjective(before.group("place_adj"))
            and (m.entity is not None or m.kind in _NAMED_WITH_ADJECTIVE)
        ):
            extra.append(_new(text, before.start(), m.end, m.cls, m.kind, gazetteer))
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
    return resolve([*found, *extra])


def _new(
    text: str, start: int, end: int, cls: str, kind: str | None, gazetteer: Gazetteer
) -> Mention:
    surface = text[start:end]
    entry = gazetteer.lookup(surface)
    if entry is not None:
        return Mention(start, end, surface, entry.label, entry.cls, entry.entity, entry.kind)
    return Mention(start, end, surface, canonical(surface), cls, None, kind, 0.7)
