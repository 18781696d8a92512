"""Content negotiation in one table: media type ↔ format name, and one ``negotiate()``.

>>> negotiate("text/csv;q=0.5, application/sparql-results+json", RESULT_TYPES).name
'json'
>>> negotiate("text/*", GRAPH_TYPES).name
'turtle'
>>> negotiate("image/png", RESULT_TYPES) is None
True
>>> [f.name if f else None for f in from_parameter("xml")]
['xml', 'rdfxml']
>>> [f.name if f else None for f in from_parameter("application/ld+json,application/x-json+ld")]
[None, 'jsonld']
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final


@dataclass(frozen=True)
class Format:
    """A result format: its short name, media type, and what it serialises."""

    name: str
    media_type: str
    graph: bool  # True: RDF triples (CONSTRUCT/DESCRIBE); False: SELECT/ASK results


RESULT_TYPES: Final = (
    Format("json", "application/sparql-results+json", graph=False),
    Format("xml", "application/sparql-results+xml", graph=False),
    Format("csv", "text/csv", graph=False),
    Format("tsv", "text/tab-separated-values", graph=False),
)
GRAPH_TYPES: Final = (
    Format("turtle", "text/turtle", graph=True),
    Format("ntriples", "application/n-triples", graph=True),
    Format("nquads", "application/n-quads", graph=True),
    Format("trig", "application/trig", graph=True),
    Format("jsonld", "application/ld+json", graph=True),
    Format("rdfxml", "application/rdf+xml", graph=True),
)
ALIASES: Final = {
    "application/json": "json",
    "application/xml": "xml",
    "text/xml": "xml",
    "text/plain": "ntriples",
    "application/x-turtle": "turtle",
}
BY_NAME: Final = {f.name: f for f in RESULT_TYPES + GRAPH_TYPES}
BY_TYPE: Final = {f.media_type: f for f in RESULT_TYPES + GRAPH_TYPES}


# Names other tools put in ``format=``/``output=`` (SPARQLWrapper, Fuseki, Virtuoso).
NAME_ALIASES: Final = {
    "rdf+xml": "rdfxml",
    "rdf": "rdfxml",
    "json-ld": "jsonld",
    "ld+json": "jsonld",
    "ttl": "turtle",
    "nt": "ntriples",
    "n-triples": "ntriples",
    "nq": "nquads",
    "n-quads": "nquads",
}
# Names that mean one format for SELECT/ASK and another for CONSTRUCT/DESCRIBE.
GRAPH_READING: Final = {"xml": "rdfxml", "json": "jsonld"}


def by_name_or_type(value: str) -> Format | None:
    """The format a ``format=`` parameter names (short name or media type)."""
    value = value.strip().lower()
    return (
        BY_NAME.get(value)
        or BY_TYPE.get(value)
        or BY_NAME.get(ALIASES.get(value, ""))
        or BY_NAME.get(NAME_ALIASES.get(value, ""))
    )


def from_parameter(value: str) -> tuple[Format | None, Format | None]:
    """The (results, graph) formats one ``format=`` value names; either may be None.

    A value may be a comma-separated list of names or media types: the first one
    understood for each kind wins.
    """
    results: Format | None = None
    graph: Format | None = None
    for item in value.split(","):
        fmt = by_name_or_type(item)
        if fmt is None:
            continue
        if fmt.graph:
            graph = graph or fmt
            continue
        results = results or fmt
        reading = GRAPH_READING.get(fmt.name)
        if reading is not None:
            graph = graph or BY_NAME[reading]
    return results, graph


def negotiate(accept: str | None, offered: tuple[Format, ...]) -> Format | None:
    """The offered format the ``Accept`` header prefers (q-values, wildcards), if any."""
    if not accept or not accept.strip():
        return offered[0]
    best: tuple[float, int, int] | None = None
    chosen: Format | None = None
    for order, (media_range, quality) in enumerate(_ranges(accept)):
        for rank, fmt in enumerate(offered):
            specificity = _matches(media_range, fmt)
            if specificity < 0 or quality <= 0:
                continue
            key = (quality, specificity, -order * 100 - rank)
            if best is None or key > best:
                best, chosen = key, fmt
    return chosen


def _ranges(accept: str) -> list[tuple[str, float]]:
    ranges = []
    for part in accept.split(","):
        pieces = [p.strip() for p in part.split(";")]
        media = pieces[0].lower()
        quality = 1.0
        for param in pieces[1:]:
            key, _, value = param.partition("=")
            if key.strip() == "q":
                try:
                    quality = float(value)
                except ValueError:
                    quality = 0.0
        if media:
            ranges.append((ALIASES_RANGE.get(media, media), quality))
    return ranges


ALIASES_RANGE: Final = {
    alias: BY_NAME[name].media_type
    for alias, name in ALIASES.items()
    if alias != "text/plain"  # text/plain is N-Triples only for graphs
}


def _matches(media_range: str, fmt: Format) -> int:
    """-1 when the range does not cover the format, else how specific it is (0 to 2)."""
    if media_range == "*/*":
        return 0
    kind, _, subtype = media_range.partition("/")
    fmt_kind = fmt.media_type.partition("/")[0]
    if subtype == "*":
        return 1 if kind == fmt_kind else -1
    if media_range == fmt.media_type:
        return 2
    if media_range == "text/plain" and fmt.name == "ntriples":
        return 2
    return -1


def content_type(fmt: Format) -> str:
    """The ``Content-Type`` header value, with charset for text formats."""
    return f"{fmt.media_type}; charset=utf-8"
