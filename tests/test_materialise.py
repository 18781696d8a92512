"""The derived graph: streamed during the build, equal to querying a finished store for it."""

from __future__ import annotations

from pathlib import Path

import pytest
from pyoxigraph import BlankNode, NamedNode, Quad, Store

from kg.build import Source, build
from kg.materialise import Rules, _closure_edges, materialise
from kg.ontology import ontology_quads, ontology_store
from kg.store import open_live
from kg.vocab import DATASET_GRAPH, DERIVED_GRAPH, DK, META_GRAPH, ONTOLOGY_GRAPH, RDF
from tests.conftest import FIXTURES, settings_for

TABULAR = FIXTURES / "tabular"
X, Y = NamedNode("https://example.org/x"), NamedNode("https://example.org/y")
G = NamedNode("https://example.org/graph")
SOURCES = [
    Source("gemeindeverzeichnis", TABULAR / "gv100ad-sample.txt"),
    Source("foerderkatalog", TABULAR / "foerderkatalog-new.csv"),
    Source("360giving", TABULAR / "grants-360.csv"),
    Source("rdf", FIXTURES / "rdf" / "extra.ttl"),
]


def _queried(store: Store) -> set[Quad]:
    """The derived graph as ``materialise`` computes it from the other graphs."""
    again = Store()
    skipped = (DERIVED_GRAPH, META_GRAPH, DATASET_GRAPH)
    again.extend(q for q in store if q.graph_name not in skipped)
    materialise(again)
    return set(again.quads_for_pattern(None, None, None, DERIVED_GRAPH))


@pytest.mark.slow
def test_streamed_derivation_equals_the_queried_one(tmp_path: Path) -> None:
    settings = settings_for(tmp_path / "store")
    build(settings, SOURCES, validate=False)
    store = open_live(settings.store)
    streamed = set(store.quads_for_pattern(None, None, None, DERIVED_GRAPH))
    assert len(streamed) > 1000
    assert streamed == _queried(store)


def test_stream_adds_superclasses_inverses_and_super_properties() -> None:
    rules = Rules.from_ontology(ontology_store())
    out = list(rules.stream([Quad(X, RDF.type, DK.Grant, G)]))
    assert out[0] == Quad(X, RDF.type, DK.Grant, G)
    assert {q.object for q in out[1:]} == set(rules.super_classes[DK.Grant])
    assert len(out) > 2
    assert all(q.graph_name == DERIVED_GRAPH for q in out[1:])
    unknown = Quad(X, NamedNode("https://example.org/p"), Y, G)
    assert list(rules.stream([unknown])) == [unknown]
    inverse_of = next(iter(rules.inverses))
    inverse = list(rules.stream([Quad(X, inverse_of, Y, G)]))[1:]
    assert Quad(Y, rules.inverses[inverse_of][0], X, DERIVED_GRAPH) in inverse


def test_a_derived_triple_a_source_states_is_not_repeated() -> None:
    rules = Rules.from_ontology(ontology_store())
    supers = rules.super_classes[DK.Grant]
    store = Store()
    stated = [Quad(X, RDF.type, DK.Grant, G), Quad(X, RDF.type, supers[0], G)]
    store.bulk_extend(rules.stream(stated))
    rules.finish(store, [G])
    derived = set(store.quads_for_pattern(None, None, None, DERIVED_GRAPH))
    assert Quad(X, RDF.type, supers[0], DERIVED_GRAPH) not in derived
    assert {q.object for q in derived} >= set(supers[1:])


def test_closure_edges_follow_chains_across_graphs_and_cycles() -> None:
    store = Store()
    store.extend(Quad(q.subject, q.predicate, q.object, ONTOLOGY_GRAPH) for q in ontology_quads())
    a, b, c, d = (NamedNode(f"https://example.org/{n}") for n in "abcd")
    other = NamedNode("https://example.org/other-graph")
    store.extend(
        [
            Quad(a, DK.partOf, b, G),
            Quad(b, DK.partOf, c, other),  # the chain crosses graphs
            Quad(c, DK.partOf, d, G),
            Quad(d, DK.partOf, c, G),  # a cycle
            Quad(X, DK.partOf, Y, G),  # one step: nothing to add
            Quad(Y, DK.partOf, BlankNode(), G),  # a blank node ends no chain of IRIs
        ]
    )
    found = {(q.subject, q.object) for q in _closure_edges(store)}
    assert found == {(a, c), (a, d), (b, d)}
    assert all(q.graph_name == DERIVED_GRAPH for q in _closure_edges(store))
