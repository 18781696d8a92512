"""Reading the bundled ontology (terms, alignments, code lists) into quads or a store."""

from __future__ import annotations

from pyoxigraph import Quad, RdfFormat, Store, parse

from kg import resources
from kg.errors import SourceError
from kg.vocab import ONTOLOGY_GRAPH
from loaders.terms import skolemised


def ontology_quads() -> list[Quad]:
    """The ontology files as quads of the ontology graph."""
    quads: list[Quad] = []
    for path in resources.ontology_files():
        try:
            triples = parse(path=path, format=RdfFormat.TURTLE, base_iri=path.as_uri())
            quads.extend(skolemised(triples, ONTOLOGY_GRAPH, f"ontology/{path.stem}"))
        except SyntaxError as error:
            raise SourceError(path, error.lineno, str(error.msg), error.offset) from error
    return quads


def ontology_store(quads: list[Quad] | None = None) -> Store:
    """An in-memory store with the ontology in its default graph (for loaders)."""
    store = Store()
    store.extend(Quad(q.subject, q.predicate, q.object) for q in quads or ontology_quads())
    return store
