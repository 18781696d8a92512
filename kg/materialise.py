"""Materialising what queries should see, into the derived graph.

Oxigraph does no inference, so the build writes into ``graph/derived`` what the ontology
implies: super-properties, transitive closures (``dk:partOf``), inverses (``dk:hasPart``,
``dk:mentionedIn``) and superclass types (every ``dk:Startup`` is a ``dk:Actor``). The
rules are read from the ontology graph, nothing is hard-coded here.
"""

from __future__ import annotations

from collections import defaultdict

from pyoxigraph import NamedNode, Quad, QuerySolutions, QueryTriples, Store

from kg.vocab import DERIVED_GRAPH, ONTOLOGY_GRAPH, OWL, RDF, RDFS

_NOT_ONTOLOGY = f"FILTER(?g != <{ONTOLOGY_GRAPH.value}>)"

SUPER_PROPERTIES = f"""
CONSTRUCT {{ ?s ?super ?o }}
WHERE {{
  GRAPH <{ONTOLOGY_GRAPH.value}> {{ ?p <{RDFS.subPropertyOf.value}>+ ?super FILTER(isIRI(?super)) }}
  GRAPH ?g {{ ?s ?p ?o }} {_NOT_ONTOLOGY}
  FILTER NOT EXISTS {{ GRAPH ?h {{ ?s ?super ?o }} }}
}}"""

INVERSES = f"""
CONSTRUCT {{ ?o ?q ?s }}
WHERE {{
  GRAPH <{ONTOLOGY_GRAPH.value}> {{
    {{ ?p <{OWL.inverseOf.value}> ?q }} UNION {{ ?q <{OWL.inverseOf.value}> ?p }}
  }}
  GRAPH ?g {{ ?s ?p ?o FILTER(!isLiteral(?o)) }} {_NOT_ONTOLOGY}
  FILTER NOT EXISTS {{ GRAPH ?h {{ ?o ?q ?s }} }}
}}"""

SUPER_CLASSES = f"""
CONSTRUCT {{ ?x a ?super }}
WHERE {{
  GRAPH <{ONTOLOGY_GRAPH.value}> {{ ?c <{RDFS.subClassOf.value}>+ ?super FILTER(isIRI(?super)) }}
  GRAPH ?g {{ ?x a ?c }} {_NOT_ONTOLOGY}
  FILTER NOT EXISTS {{ GRAPH ?h {{ ?x a ?super }} }}
}}"""


def materialise(store: Store) -> None:
    """Fill the derived graph of ``store`` from its ontology graph and data graphs.

    Each rule is a CONSTRUCT whose triples stream into the bulk loader, so memory stays
    flat however many triples a rule derives (an INSERT would build them all in one
    transaction first).
    """
    _derive(store, SUPER_PROPERTIES)
    _transitive_closures(store)
    _derive(store, INVERSES)
    _derive(store, SUPER_CLASSES)


def _derive(store: Store, construct: str) -> None:
    triples = store.query(construct)
    assert isinstance(triples, QueryTriples)
    store.bulk_extend(Quad(t.subject, t.predicate, t.object, DERIVED_GRAPH) for t in triples)


def _transitive_closures(store: Store) -> None:
    """Add the missing edges of every ``owl:TransitiveProperty`` (across all graphs)."""
    for prop in _transitive_properties(store):
        edges: defaultdict[NamedNode, set[NamedNode]] = defaultdict(set)
        for quad in store.quads_for_pattern(None, prop, None, None):
            if isinstance(quad.subject, NamedNode) and isinstance(quad.object, NamedNode):
                edges[quad.subject].add(quad.object)
        new = [
            Quad(start, prop, end, DERIVED_GRAPH)
            for start in sorted(edges, key=lambda node: node.value)
            for end in sorted(_reachable(start, edges) - edges[start], key=lambda n: n.value)
            if end != start
        ]
        store.extend(new)


def _transitive_properties(store: Store) -> list[NamedNode]:
    rows = store.query(
        f"SELECT ?p WHERE {{ GRAPH <{ONTOLOGY_GRAPH.value}> "
        f"{{ ?p <{RDF.type.value}> <{OWL.TransitiveProperty.value}> }} }} ORDER BY ?p"
    )
    assert isinstance(rows, QuerySolutions)
    return [row["p"] for row in rows if isinstance(row["p"], NamedNode)]


def _reachable(start: NamedNode, edges: dict[NamedNode, set[NamedNode]]) -> set[NamedNode]:
    seen: set[NamedNode] = set()
    frontier = list(edges.get(start, ()))
    while frontier:
        node = frontier.pop()
        if node not in seen:
            seen.add(node)
            frontier.extend(edges.get(node, ()))
    return seen
