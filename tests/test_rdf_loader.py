"""The RDF-file loader: every syntax, stable blank nodes, errors with line and column."""

from __future__ import annotations

from pathlib import Path

import pytest
from pyoxigraph import DefaultGraph, NamedNode, Quad, RdfFormat, Store

from kg.errors import SourceError
from kg.ontology import ontology_store
from loaders.base import LoadContext
from loaders.rdf_file import RdfFileLoader
from tests.conftest import FIXTURES

CONTEXT = LoadContext(ontology=ontology_store(), root=FIXTURES)


def load(path: Path) -> list[Quad]:
    return [q for graph in RdfFileLoader().load(path, context=CONTEXT) for q in graph.quads]


def test_turtle_lands_in_its_own_graph_with_stable_blank_nodes() -> None:
    quads = load(FIXTURES / "rdf" / "extra.ttl")
    assert {q.graph_name for q in quads} == {
        NamedNode("https://w3id.org/digikom/graph/rdf/extra-ttl")
    }
    assert len(quads) == 3
    skolems = {q.object for q in quads if "/.well-known/genid/" in str(q.object)}
    assert len(skolems) == 1
    assert load(FIXTURES / "rdf" / "extra.ttl") == quads


@pytest.mark.parametrize(
    ("suffix", "syntax"),
    [
        (".nt", RdfFormat.N_TRIPLES),
        (".nq", RdfFormat.N_QUADS),
        (".trig", RdfFormat.TRIG),
        (".jsonld", RdfFormat.JSON_LD),
        (".rdf", RdfFormat.RDF_XML),
    ],
)
def test_every_standard_syntax_loads(tmp_path: Path, suffix: str, syntax: RdfFormat) -> None:
    source = Store()
    source.load(path=FIXTURES / "rdf" / "extra.ttl", format=RdfFormat.TURTLE)
    path = tmp_path / f"data{suffix}"
    if syntax.supports_datasets:
        source.dump(path, syntax)
    else:
        source.dump(path, syntax, from_graph=DefaultGraph())
    quads = load(path)
    assert len(quads) == 3


def test_syntax_error_names_file_line_and_column() -> None:
    with pytest.raises(SourceError) as caught:
        load(FIXTURES / "rdf" / "broken.nt")
    assert caught.value.line == 2
    assert caught.value.column is not None
    assert str(caught.value).startswith("rdf/broken.nt:2:")


def test_unknown_extension_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "data.xyz"
    path.write_text("")
    with pytest.raises(SourceError, match=r"unknown RDF file extension"):
        load(path)
