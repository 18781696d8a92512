"""Dumping the whole dataset, and counting what is in it.

Dataset formats (N-Quads, TriG, JSON-LD) keep the named graphs; triple formats (Turtle,
N-Triples, RDF/XML) get the union of all graphs, each triple once.
"""

from __future__ import annotations

from typing import IO, Final

from pyoxigraph import QuerySolutions, QueryTriples, RdfFormat

from kg.remote import Readable
from kg.results import triples_bytes
from kg.vocab import PREFIXES

EXPORT_FORMATS: Final = {
    "nquads": RdfFormat.N_QUADS,
    "trig": RdfFormat.TRIG,
    "jsonld": RdfFormat.JSON_LD,
    "turtle": RdfFormat.TURTLE,
    "ntriples": RdfFormat.N_TRIPLES,
    "rdfxml": RdfFormat.RDF_XML,
}

_UNION = "CONSTRUCT { ?s ?p ?o } WHERE { GRAPH ?g { ?s ?p ?o } }"


def export(store: Readable, output: IO[bytes], name: str) -> None:
    """Write the dataset to ``output`` in the format called ``name``."""
    syntax = EXPORT_FORMATS[name]
    prefixes = None if syntax in (RdfFormat.N_QUADS, RdfFormat.N_TRIPLES) else PREFIXES
    if syntax.supports_datasets:
        store.dump(output, syntax, prefixes=prefixes)
        return
    triples = store.query(_UNION)
    assert isinstance(triples, QueryTriples | list)
    output.write(triples_bytes(triples, syntax))


def graph_counts(store: Readable) -> list[tuple[str, int]]:
    """Triples per named graph, largest first."""
    return _pairs(
        store,
        """SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }
           GROUP BY ?g ORDER BY DESC(?n) ?g""",
    )


def class_counts(store: Readable) -> list[tuple[str, int]]:
    """Distinct instances per ``dk:`` class (superclasses included), largest first."""
    return _pairs(
        store,
        """SELECT ?c (COUNT(DISTINCT ?x) AS ?n) WHERE {
             ?x a ?c FILTER STRSTARTS(STR(?c), STR(dk:))
           } GROUP BY ?c ORDER BY DESC(?n) ?c""",
    )


def _pairs(store: Readable, query: str) -> list[tuple[str, int]]:
    rows = store.query(query, prefixes=PREFIXES, use_default_graph_as_union=True)
    assert isinstance(rows, QuerySolutions)
    return [(row[0].value, int(row[1].value)) for row in rows]
