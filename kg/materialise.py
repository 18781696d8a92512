"""Materialising what queries should see, into the derived graph.

Oxigraph does no inference, so the build writes into ``graph/derived`` what the ontology
implies: super-properties, transitive closures (``dk:partOf``), inverses (``dk:hasPart``,
``dk:mentionedIn``) and superclass types (every ``dk:Startup`` is a ``dk:Actor``). The
rules are read from the ontology graph, nothing is hard-coded here.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from pyoxigraph import Literal, NamedNode, Quad, QuerySolutions, QueryTriples, Store

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


Mapping = dict[Any, tuple[NamedNode, ...]]  # keyed by NamedNode; any term may be looked up


@dataclass(frozen=True)
class Rules:
    """What the ontology implies, as look-up tables for streaming derivation."""

    super_properties: Mapping
    inverses: Mapping
    super_classes: Mapping

    @classmethod
    def from_ontology(cls, ontology: Store) -> Rules:
        """The rules of an ontology held in the default graph of ``ontology``."""
        return cls(
            _pairs(ontology, f"?a <{RDFS.subPropertyOf.value}>+ ?b FILTER(isIRI(?b))"),
            _pairs(
                ontology,
                f"{{ ?a <{OWL.inverseOf.value}> ?b }} UNION {{ ?b <{OWL.inverseOf.value}> ?a }}",
            ),
            _pairs(ontology, f"?a <{RDFS.subClassOf.value}>+ ?b FILTER(isIRI(?b))"),
        )

    def stream(self, quads: Iterable[Quad]) -> Iterator[Quad]:
        """Each quad, followed by what it implies (in the derived graph)."""
        supers, inverses, classes = self.super_properties, self.inverses, self.super_classes
        type_ = RDF.type
        # one look-up per quad: most predicates imply nothing
        implying: dict[Any, tuple[tuple[NamedNode, ...] | None, ...] | None] = {
            p: (supers.get(p), inverses.get(p)) for p in (*supers, *inverses)
        }
        implying[type_] = None
        for quad in quads:
            yield quad
            predicate = quad.predicate
            if predicate not in implying:
                continue
            rule = implying[predicate]
            if rule is None:  # rdf:type
                found = classes.get(quad.object)
                if found:
                    subject = quad.subject
                    for cls in found:
                        yield Quad(subject, type_, cls, DERIVED_GRAPH)
                continue
            up, back = rule
            subject, obj = quad.subject, quad.object
            reverse = not isinstance(obj, Literal)
            if back is not None and reverse:
                for inverse in back:
                    yield Quad(obj, inverse, subject, DERIVED_GRAPH)  # type: ignore[arg-type]
            for prop in up or ():
                yield Quad(subject, prop, obj, DERIVED_GRAPH)
                if reverse:
                    for inverse in inverses.get(prop, ()):
                        yield Quad(obj, inverse, subject, DERIVED_GRAPH)  # type: ignore[arg-type]
                if prop == type_:
                    for cls in classes.get(obj, ()):
                        yield Quad(subject, type_, cls, DERIVED_GRAPH)

    def finish(self, store: Store, checked: Sequence[NamedNode]) -> None:
        """Add transitive closures (and their inverses); drop derived triples that one of
        the ``checked`` graphs states itself."""
        closure = _closure_edges(store)  # over every graph, the derived one included
        store.bulk_extend(self._with_inverses(closure))
        for graph in checked:
            stated = [
                Quad(q.subject, q.predicate, q.object, DERIVED_GRAPH)
                for q in store.quads_for_pattern(None, None, None, graph)
            ]
            for quad in stated:
                if quad in store:
                    store.remove(quad)

    def _with_inverses(self, quads: Iterable[Quad]) -> Iterator[Quad]:
        for quad in quads:
            yield quad
            for inverse in self.inverses.get(quad.predicate, ()):
                yield Quad(quad.object, inverse, quad.subject, DERIVED_GRAPH)  # type: ignore[arg-type]


def _pairs(ontology: Store, pattern: str) -> Mapping:
    rows = ontology.query(f"SELECT DISTINCT ?a ?b WHERE {{ {pattern} }} ORDER BY ?a ?b")
    assert isinstance(rows, QuerySolutions)
    found: defaultdict[NamedNode, list[NamedNode]] = defaultdict(list)
    for row in rows:
        a, b = row["a"], row["b"]
        if isinstance(a, NamedNode) and isinstance(b, NamedNode):
            found[a].append(b)
    return {key: tuple(values) for key, values in found.items()}


def _closure_edges(store: Store) -> list[Quad]:
    """The missing edges of every ``owl:TransitiveProperty`` (across all graphs)."""
    new: list[Quad] = []
    for prop in _transitive_properties(store):
        edges: defaultdict[NamedNode, set[NamedNode]] = defaultdict(set)
        for quad in store.quads_for_pattern(None, prop, None, None):
            if isinstance(quad.subject, NamedNode) and isinstance(quad.object, NamedNode):
                edges[quad.subject].add(quad.object)
        # only a start with a target that has edges of its own gains new ones (most of a
        # catalogue's part-of edges are one step: a project in its joint project)
        longer = [start for start, ends in edges.items() if any(e in edges for e in ends)]
        new += [
            Quad(start, prop, end, DERIVED_GRAPH)
            for start in sorted(longer, key=lambda node: node.value)
            for end in sorted(_reachable(start, edges) - edges[start], key=lambda n: n.value)
            if end != start
        ]
    return new


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
