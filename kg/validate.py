"""SHACL validation of a built store, with a report a curator can act on.

Each violation names the node, the shape's message, the property and the source file the
node came from (found through the metadata graph).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from pyoxigraph import BlankNode, NamedNode, QuerySolutions, QueryTriples, Store
from pyoxigraph import Literal as OxLiteral

from kg import resources
from kg.errors import ValidationFailed
from kg.vocab import DK_NS, META_GRAPH, ONTOLOGY_GRAPH, PREFIXES, PROV_NS

if TYPE_CHECKING:
    import rdflib

SHAPES_NS = "https://w3id.org/digikom/shapes#"
_XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"  # (a plain literal in rdflib)


@dataclass(frozen=True)
class Violation:
    """One SHACL result, located in its source."""

    focus: str
    path: str
    message: str
    sources: tuple[str, ...]
    shape: str = ""

    def __str__(self) -> str:
        where = ", ".join(self.sources) or "unknown source"
        path = f" ({self.path})" if self.path else ""
        shape = f" [shape {self.shape}]" if self.shape else ""
        return f"- {self.focus}{path}: {self.message}{shape}\n  in {where}"


def check(store: Store, *, shapes: Path | None = None) -> list[Violation]:
    """All SHACL violations of the data graphs (ontology and derived graph included)."""
    import rdflib  # (with pyshacl a quarter of a second to import: only when validating)
    from pyshacl import validate as shacl_validate
    from rdflib.namespace import SH

    data = _union_graph(store)
    shapes_graph = rdflib.Graph().parse(shapes or resources.shapes_file(), format="turtle")
    conforms, report, _ = shacl_validate(
        data,
        shacl_graph=shapes_graph,
        inference="none",
        advanced=True,
        allow_warnings=True,
        inplace=True,  # (the union is a copy made for this check: no second copy needed)
    )
    if conforms:
        return []
    assert isinstance(report, rdflib.Graph)
    violations = []
    for result in report.subjects(SH.resultSeverity, SH.Violation):
        focus = report.value(result, SH.focusNode)
        path = report.value(result, SH.resultPath)
        messages = sorted(str(m) for m in report.objects(result, SH.resultMessage))
        violations.append(
            Violation(
                str(focus),
                _short(path),
                "; ".join(messages) or "violates a shape",
                _sources(store, str(focus)),
                _short(report.value(result, SH.sourceShape)),
            )
        )
    return sorted(violations, key=lambda v: (v.sources, v.focus, v.path, v.message))


def ensure_valid(store: Store, *, shapes: Path | None = None) -> None:
    """Raise :class:`ValidationFailed` with a readable report when a shape is violated."""
    violations = check(store, shapes=shapes)
    if violations:
        raise ValidationFailed("\n".join(str(v) for v in violations), len(violations))


_UNION = f"""CONSTRUCT {{ ?s ?p ?o }} WHERE {{
  GRAPH ?g {{ ?s ?p ?o }}
  # from the ontology graph only what shapes need: class hierarchy and code lists
  FILTER(?g != <{ONTOLOGY_GRAPH.value}> || ?p IN (rdfs:subClassOf, skos:inScheme, rdf:type))
}}"""


def _union_graph(store: Store) -> rdflib.Graph:
    """All data graphs, plus the class hierarchy and code lists, as one rdflib graph."""
    triples = store.query(_UNION, prefixes=PREFIXES)
    assert isinstance(triples, QueryTriples)
    graph = _graph_parsing_queries_once()()
    term = cache(_rdflib_term)  # (each term converted once: half the time of an N-Triples parse)
    graph.addN((term(t.subject), term(t.predicate), term(t.object), graph) for t in triples)
    return graph


def _rdflib_term(term: object) -> Any:
    from rdflib import BNode, Literal, URIRef

    if isinstance(term, NamedNode):
        return URIRef(term.value)
    if isinstance(term, BlankNode):
        return BNode(term.value)
    assert isinstance(term, OxLiteral)  # (no quoted triples in our data)
    if term.language:
        return Literal(term.value, lang=term.language)
    datatype = term.datatype.value
    return Literal(term.value, datatype=None if datatype == _XSD_STRING else URIRef(datatype))


@cache
def _graph_parsing_queries_once() -> type[rdflib.Graph]:
    """An rdflib graph class that parses each SPARQL text once.

    pySHACL runs a SPARQL constraint once per focus node, with the same text each time, and
    rdflib parses the text on every call: 501 grants with a start date took 28 of 36 s
    parsing one query. (A class made on first use: rdflib is imported only to validate.)
    """
    import rdflib
    from rdflib.plugins.sparql import prepareQuery

    class Graph(rdflib.Graph):
        def __init__(self) -> None:
            super().__init__()
            self._prepared: dict[str, Any] = {}

        def query(  # (rdflib's signature: pySHACL passes every argument by position)
            self,
            query_object: Any,
            processor: Any = "sparql",
            result: Any = "sparql",
            initNs: Any = None,  # noqa: N803
            initBindings: Any = None,  # noqa: N803
            use_store_provided: bool = True,
            **kwargs: Any,
        ) -> Any:
            if isinstance(query_object, str) and processor == "sparql" and not initNs:
                prepared = self._prepared.get(query_object)
                if prepared is None:  # (with the namespaces rdflib would parse the text with)
                    prepared = prepareQuery(query_object, initNs=dict(self.namespaces()))
                    self._prepared[query_object] = prepared
                query_object = prepared
            return super().query(
                query_object,
                processor,
                result,
                initNs,
                initBindings,
                use_store_provided,
                **kwargs,
            )

    return Graph


def _sources(store: Store, focus: str) -> tuple[str, ...]:
    if not focus.startswith(("http://", "https://")):
        return ()
    rows = store.query(
        f"""SELECT DISTINCT ?name WHERE {{
            GRAPH ?g {{ <{focus}> ?p ?o }}
            GRAPH <{META_GRAPH.value}> {{
              ?g <{PROV_NS}wasGeneratedBy>/<{PROV_NS}used> ?file . ?file <{DK_NS}fileName> ?name
            }}
        }} ORDER BY ?name"""
    )
    assert isinstance(rows, QuerySolutions)
    return tuple(row["name"].value for row in rows)


def _short(term: object) -> str:
    if term is None:
        return ""
    from rdflib import BNode

    text = str(term)
    if isinstance(term, BNode):
        return ""  # an anonymous property shape has no name to show
    for prefix, namespace in (("dk:", DK_NS), ("prov:", PROV_NS), ("dksh:", SHAPES_NS)):
        if text.startswith(namespace):
            return prefix + text[len(namespace) :]
    return text
