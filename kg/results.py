"""Writing query results: a readable table, or any standard result or RDF format."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Final

from pyoxigraph import (
    DefaultGraph,
    Literal,
    NamedNode,
    Quad,
    QueryBoolean,
    QueryResultsFormat,
    QuerySolutions,
    QueryTriples,
    RdfFormat,
    Store,
    Triple,
)

from kg.errors import QueryError
from kg.query import Result
from kg.vocab import PREFIXES

RESULT_FORMATS: Final = {
    "json": QueryResultsFormat.JSON,
    "xml": QueryResultsFormat.XML,
    "csv": QueryResultsFormat.CSV,
    "tsv": QueryResultsFormat.TSV,
}
RDF_FORMATS: Final = {
    "turtle": RdfFormat.TURTLE,
    "ntriples": RdfFormat.N_TRIPLES,
    "nquads": RdfFormat.N_QUADS,
    "trig": RdfFormat.TRIG,
    "jsonld": RdfFormat.JSON_LD,
    "rdfxml": RdfFormat.RDF_XML,
}
TABLE: Final = "table"
ALL_FORMATS: Final = (TABLE, *RESULT_FORMATS, *RDF_FORMATS)


def render(result: Result, output_format: str, *, max_width: int = 60) -> bytes:
    """Serialise ``result`` in ``output_format`` (see ``ALL_FORMATS``)."""
    if isinstance(result, QueryTriples | list):  # a list: triples from a remote store
        if output_format == TABLE:
            output_format = "turtle"
        if output_format not in RDF_FORMATS:
            offered = ", ".join(RDF_FORMATS)
            raise QueryError(f"a graph result cannot be written as {output_format}; use {offered}")
        return triples_bytes(result, RDF_FORMATS[output_format])
    if output_format in RDF_FORMATS:
        offered = ", ".join((TABLE, *RESULT_FORMATS))
        raise QueryError(f"a SELECT/ASK result cannot be written as {output_format}; use {offered}")
    if output_format == TABLE:
        if isinstance(result, QueryBoolean):
            return b"yes\n" if bool(result) else b"no\n"
        return table(result, max_width=max_width).encode()
    return result.serialize(format=RESULT_FORMATS[output_format]) or b""


def triples_bytes(triples: Iterable[Triple], syntax: RdfFormat) -> bytes:
    """Triples in an RDF syntax, with the known prefixes where the syntax has them."""
    graph = Store()
    graph.extend(Quad(t.subject, t.predicate, t.object, DefaultGraph()) for t in triples)
    prefixes = PREFIXES if syntax in (RdfFormat.TURTLE, RdfFormat.TRIG, RdfFormat.RDF_XML) else None
    return graph.dump(format=syntax, from_graph=DefaultGraph(), prefixes=prefixes) or b""


def table(solutions: QuerySolutions, *, max_width: int = 60) -> str:
    """A plain-text table, IRIs shortened with the known prefixes."""
    names = [variable.value for variable in solutions.variables]
    rows = [[_cell(solution[name], max_width) for name in names] for solution in solutions]
    widths = [max([len(name), *(len(row[i]) for row in rows)]) for i, name in enumerate(names)]
    lines = [
        "  ".join(name.ljust(width) for name, width in zip(names, widths, strict=True)),
        "  ".join("-" * width for width in widths),
    ]
    lines += [
        "  ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)).rstrip() for row in rows
    ]
    lines.append(f"({len(rows)} row{'s' if len(rows) != 1 else ''})")
    return "\n".join(lines) + "\n"


def _cell(term: object, max_width: int) -> str:
    text = short(term)
    return text if len(text) <= max_width else text[: max_width - 1] + "…"


def short(term: object) -> str:
    """A compact rendering of an RDF term: ``id:org/x``, ``"text"@de`` → ``text``."""
    if term is None:
        return ""
    if isinstance(term, NamedNode):
        for prefix, namespace in PREFIXES.items():
            if term.value.startswith(namespace) and len(term.value) > len(namespace):
                return f"{prefix}:{term.value[len(namespace) :]}"
        return term.value
    if isinstance(term, Literal):
        return term.value
    return str(term)
