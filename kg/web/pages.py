"""What an HTML page shows about a resource, gathered from the store in one thread.

``describe(store, iri)`` reads the resource's own statements, the statements that point
at it, and the source document of each, and returns plain data for the templates: no
template ever sees a pyoxigraph term.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Final

import jinja2
import jinja2.runtime
from pyoxigraph import Literal, NamedNode, QuerySolutions
from starlette.requests import Request

from kg.remote import Readable
from kg.vocab import (
    BASE,
    CODE_NS,
    DERIVED_GRAPH,
    DK_NS,
    ID_NS,
    META_GRAPH,
    ONTOLOGY_GRAPH,
    PREFIXES,
)

TEMPLATES: Final = jinja2.Environment(
    loader=jinja2.FileSystemLoader(Path(__file__).parent / "templates"),
    autoescape=True,
    trim_blocks=True,
    lstrip_blocks=True,
)
LABELS: Final = (
    "http://www.w3.org/2000/01/rdf-schema#label",
    "http://www.w3.org/2004/02/skos/core#prefLabel",
    "http://purl.org/dc/terms/title",
    "http://xmlns.com/foaf/0.1/name",
)
Term = NamedNode | Literal | None  # a solution's value (no blank nodes: the data is skolemised)
Triple3 = tuple[Term, Term, Term]
RDF_TYPE: Final = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
HIDDEN: Final = {DERIVED_GRAPH.value}  # inferred triples are shown only when nothing states them
NESTED: Final = ID_NS + "fact/"  # amounts, counts, evidence: shown inline in their statement
# Provenance plumbing of a statement, shown once as its source rather than as rows.
PLUMBING: Final = {
    DK_NS + "evidence",
    DK_NS + "source",
    "http://www.w3.org/ns/prov#hadPrimarySource",
}


@dataclass
class Value:
    """One object of a statement: a link with a label, or a literal."""

    text: str
    href: str | None = None
    language: str | None = None
    details: list[tuple[str, str]] = field(default_factory=list)  # for nested nodes


@dataclass
class Source:
    """Where a fact comes from: a document page link, title, publisher, date."""

    href: str
    title: str
    publisher: str | None = None
    date: str | None = None


@dataclass
class Row:
    """A property and its values, with the sources stating them."""

    property: Value
    values: list[Value]
    sources: list[Source]
    inferred: bool = False


@dataclass
class Statement:
    """A statement (funding, role, involvement …) that points at the resource."""

    kind: str
    via: str  # the property by which it points here, as a label
    href: str
    rows: list[Row]
    sources: list[Source]


@dataclass
class Page:
    """Everything the entity template shows."""

    iri: str
    href: str
    title: str
    labels: list[Value]
    kinds: list[Value]
    rows: list[Row]
    statements: dict[str, list[Statement]]
    references: list[Row]
    found: bool


def href_of(iri: str) -> str | None:
    """The local path serving ``iri``, when it is one of ours.

    >>> href_of("https://w3id.org/digikom/id/org/land-bw")
    '/id/org/land-bw'
    >>> href_of("https://w3id.org/digikom/ontology#Startup")
    '/ontology#Startup'
    >>> href_of("https://example.org/x") is None
    True
    """
    if iri.startswith(DK_NS):
        return "/ontology#" + iri[len(DK_NS) :]
    if iri.startswith(BASE):
        return "/" + iri[len(BASE) :]
    return None


def short(iri: str) -> str:
    """A prefixed name for ``iri`` when a known prefix fits, else the IRI."""
    for prefix, namespace in PREFIXES.items():
        if iri.startswith(namespace) and len(iri) > len(namespace):
            return f"{prefix}:{iri[len(namespace) :]}"
    return iri


class _Reader:
    def __init__(self, store: Readable) -> None:
        self.store = store
        self.labels: dict[str, str] = {}

    def rows(self, query: str) -> list[list[Term]]:
        result = self.store.query(query, use_default_graph_as_union=True)
        assert isinstance(result, QuerySolutions)
        width = len(result.variables)
        return [[_term(row[i]) for i in range(width)] for row in result]

    def load_labels(self, iris: set[str]) -> None:
        missing = sorted(i for i in iris if i not in self.labels)
        for start in range(0, len(missing), 500):
            values = " ".join(f"<{i}>" for i in missing[start : start + 500])
            predicates = " ".join(f"<{p}>" for p in LABELS)
            found: dict[str, tuple[int, str]] = {}
            for s, label in self.rows(
                f"SELECT ?s ?l {{ VALUES ?s {{ {values} }} VALUES ?p {{ {predicates} }} "
                "?s ?p ?l FILTER(isLITERAL(?l)) }"
            ):
                assert s is not None
                assert isinstance(label, Literal)
                rank = {"de": 0, "": 1, "en": 2}.get(label.language or "", 3)
                if s.value not in found or rank < found[s.value][0]:
                    found[s.value] = (rank, label.value)
            self.labels.update({iri: text for iri, (_, text) in found.items()})

    def value(self, term: Term) -> Value:
        if isinstance(term, NamedNode):
            text = self.labels.get(term.value) or short(term.value)
            return Value(text, href_of(term.value) or term.value)
        assert isinstance(term, Literal)
        return Value(term.value, language=term.language)

    def sources(self, graphs: set[str]) -> list[Source]:
        docs = self.documents
        found = [docs[g] for g in sorted(graphs - HIDDEN) if g in docs]
        return list({s.href: s for s in found}.values())

    @cached_property
    def documents(self) -> dict[str, Source]:
        """The source document of each named graph (read once per page)."""
        docs: dict[str, Source] = {}
        for graph, doc, title, publisher, date in self.rows(
            f"""PREFIX prov: <http://www.w3.org/ns/prov#>
                PREFIX dcterms: <http://purl.org/dc/terms/>
                PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
                SELECT ?g ?doc ?title ?publisher ?date {{
                  GRAPH <{META_GRAPH.value}> {{ ?g prov:wasDerivedFrom ?doc }}
                  OPTIONAL {{ ?doc dcterms:title ?title }}
                  OPTIONAL {{ ?doc dcterms:publisher/rdfs:label ?publisher }}
                  OPTIONAL {{ ?doc dcterms:issued ?date }} }}"""
        ):
            assert graph is not None
            assert doc is not None
            if graph.value not in docs:
                docs[graph.value] = Source(
                    href=href_of(doc.value) or doc.value,
                    title=title.value if title is not None else short(doc.value),
                    publisher=publisher.value if publisher is not None else None,
                    date=date.value if date is not None else None,
                )
        return docs


def _term(value: object) -> Term:
    assert value is None or isinstance(value, NamedNode | Literal), value
    return value


def describe(store: Readable, iri: str) -> Page:
    """The data of the HTML page of ``iri``."""
    reader = _Reader(store)
    out = reader.rows(f"SELECT ?p ?o ?g {{ GRAPH ?g {{ <{iri}> ?p ?o }} }}")
    incoming = reader.rows(
        f"SELECT ?s ?p ?g {{ GRAPH ?g {{ ?s ?p <{iri}> }} FILTER(?g != <{DERIVED_GRAPH.value}>) }}"
    )
    statement_nodes = {
        row[0].value
        for row in reader.rows(f"SELECT DISTINCT ?s {{ ?s ?p <{iri}> . ?s a <{DK_NS}Statement> }}")
        if row[0] is not None
    }
    statement_triples = _triples_of(reader, statement_nodes)
    nested_iris = {
        o.value
        for triples in statement_triples.values()
        for _, o, _ in triples
        if isinstance(o, NamedNode) and o.value.startswith(NESTED)
    } | {o.value for _, o, _ in out if isinstance(o, NamedNode) and o.value.startswith(NESTED)}
    nested = _triples_of(reader, nested_iris)
    mentioned = {iri} | {
        t.value for row in out + incoming for t in row[:2] if isinstance(t, NamedNode)
    }
    for triples in (*statement_triples.values(), *nested.values()):
        mentioned |= {t.value for triple in triples for t in triple[:2] if isinstance(t, NamedNode)}
    reader.load_labels(mentioned)

    labels = [
        reader.value(o)
        for p, o, _ in out
        if p is not None and p.value in LABELS and isinstance(o, Literal)
    ]
    kinds = sorted(
        {
            (o.value, reader.value(o).text)
            for p, o, g in out
            if p is not None
            and p.value == RDF_TYPE
            and isinstance(o, NamedNode)
            and g is not None
            and g.value not in HIDDEN
        },
        key=lambda pair: pair[1],
    )
    page = Page(
        iri=iri,
        href=href_of(iri) or iri,
        title=reader.labels.get(iri) or short(iri),
        labels=_unique(labels),
        kinds=[Value(text, href_of(k) or k) for k, text in kinds],
        rows=_rows(reader, [(p, o, g) for p, o, g in out], nested, skip={RDF_TYPE, *LABELS}),
        statements={},
        references=[],
        found=bool(out or incoming),
    )
    grouped: dict[str, list[Statement]] = defaultdict(list)
    other: list[Triple3] = []
    for s, p, g in incoming:
        assert s is not None
        assert p is not None
        if s.value in statement_nodes and p.value.startswith(DK_NS):
            triples = statement_triples.get(s.value, [])
            kind = next(
                (
                    reader.value(o).text
                    for tp, o, tg in triples
                    if tp is not None
                    and tp.value == RDF_TYPE
                    and isinstance(o, NamedNode)
                    and o.value.startswith(DK_NS)
                    and o.value != DK_NS + "Statement"
                ),
                "Statement",
            )
            graphs = {tg.value for _, _, tg in triples if tg is not None}
            grouped[f"{kind} · {reader.value(p).text}"].append(
                Statement(
                    kind=kind,
                    via=reader.value(p).text,
                    href=href_of(s.value) or s.value,
                    rows=[
                        Row(row.property, row.values, [], row.inferred)
                        for row in _rows(
                            reader,
                            [
                                t
                                for t in triples
                                if t[0] is not None and t[0].value.startswith(DK_NS)
                            ],
                            nested,
                            skip={RDF_TYPE, p.value, *LABELS, *PLUMBING},
                        )
                    ],
                    sources=reader.sources(graphs),
                )
            )
        elif s.value not in statement_nodes:
            other.append((s, p, g))
    page.statements = dict(sorted(grouped.items()))
    by_property: dict[str, list[tuple[NamedNode, set[str]]]] = defaultdict(list)
    for s, p, g in other:
        assert isinstance(s, NamedNode)
        assert p is not None
        assert g is not None
        by_property[p.value].append((s, {g.value}))
    for prop, subjects in sorted(by_property.items()):
        seen: dict[str, set[str]] = {}
        for s, graphs in subjects:
            seen.setdefault(s.value, set()).update(graphs)
        page.references.append(
            Row(
                property=reader.value(NamedNode(prop)),
                values=[reader.value(NamedNode(s)) for s in sorted(seen)],
                sources=reader.sources(set().union(*seen.values())),
            )
        )
    return page


def _triples_of(reader: _Reader, nodes: set[str]) -> dict[str, list[Triple3]]:
    found: dict[str, list[Triple3]]
    found = defaultdict(list)
    ordered = sorted(nodes)
    for start in range(0, len(ordered), 200):
        values = " ".join(f"<{n}>" for n in ordered[start : start + 200])
        for s, p, o, g in reader.rows(
            f"SELECT ?s ?p ?o ?g {{ VALUES ?s {{ {values} }} GRAPH ?g {{ ?s ?p ?o }} "
            f"FILTER(?g != <{DERIVED_GRAPH.value}>) }}"
        ):
            assert s is not None
            found[s.value].append((p, o, g))
    return found


def _rows(
    reader: _Reader,
    triples: Sequence[Sequence[Term]],
    nested: dict[str, list[Triple3]],
    *,
    skip: set[str],
) -> list[Row]:
    values: dict[str, dict[str, tuple[Value, set[str]]]] = defaultdict(dict)
    for p, o, g in triples:
        assert p is not None
        assert o is not None
        assert g is not None
        if p.value in skip:
            continue
        key = o.value + "@" + (o.language or "" if isinstance(o, Literal) else "")
        if key not in values[p.value]:
            value = reader.value(o)
            if isinstance(o, NamedNode) and o.value in nested:
                value.details = [
                    (reader.value(np).text, reader.value(no).text)
                    for np, no, _ in nested[o.value]
                    if np is not None and no is not None and np.value != RDF_TYPE
                ]
            values[p.value][key] = (value, set())
        values[p.value][key][1].add(g.value)
    rows = []
    for prop, by_value in sorted(
        values.items(), key=lambda item: reader.value(NamedNode(item[0])).text
    ):
        graphs: set[str] = set().union(*(gs for _, gs in by_value.values()))
        rows.append(
            Row(
                property=reader.value(NamedNode(prop)),
                values=[v for v, _ in by_value.values()],
                sources=reader.sources(graphs),
                inferred=graphs <= HIDDEN,
            )
        )
    return rows


def _unique(values: list[Value]) -> list[Value]:
    return list({(v.text, v.language): v for v in values}.values())


def ontology_terms(store: Readable) -> dict[str, list[dict[str, str]]]:
    """Classes, properties and concept schemes of the ontology graph, for its HTML page."""
    reader = _Reader(store)
    sections: dict[str, list[dict[str, str]]] = {}
    kinds = {
        "Klassen / Classes": "http://www.w3.org/2002/07/owl#Class",
        "Objekteigenschaften / Object properties": "http://www.w3.org/2002/07/owl#ObjectProperty",
        "Dateneigenschaften / Datatype properties": "http://www.w3.org/2002/07/owl#DatatypeProperty",
        "Codelisten / Concept schemes": "http://www.w3.org/2004/02/skos/core#ConceptScheme",
    }
    for title, kind in kinds.items():
        terms: dict[str, dict[str, str]] = {}
        for term, predicate, text in reader.rows(
            f"""SELECT ?t ?p ?text {{ GRAPH <{ONTOLOGY_GRAPH.value}> {{ ?t a <{kind}> .
                  OPTIONAL {{ ?t ?p ?text FILTER(?p IN (
                    <http://www.w3.org/2000/01/rdf-schema#label>,
                    <http://www.w3.org/2000/01/rdf-schema#comment>,
                    <http://www.w3.org/2004/02/skos/core#prefLabel>,
                    <http://www.w3.org/2004/02/skos/core#definition>)) }} }}
                  FILTER(STRSTARTS(STR(?t), "{DK_NS}") || STRSTARTS(STR(?t), "{CODE_NS}")) }}
                ORDER BY ?t"""
        ):
            assert term is not None
            entry = terms.setdefault(
                term.value,
                {"iri": term.value, "name": short(term.value).split(":", 1)[1], "anchor": ""},
            )
            entry["anchor"] = entry["name"] if term.value.startswith(DK_NS) else ""
            if isinstance(text, Literal) and predicate is not None:
                field_name = (
                    "label" if predicate.value.endswith(("label", "prefLabel")) else "comment"
                )
                entry[f"{field_name}_{text.language or 'de'}"] = text.value
        sections[title] = list(terms.values())
    return sections


@jinja2.pass_context
def _url(context: jinja2.runtime.Context, href: str) -> str:
    """A link to one of our paths, under the path the server is mounted at."""
    base = str(context.get("base", ""))
    return base + href if href.startswith("/") else href


TEMPLATES.filters["url"] = _url


def render(template: str, request: Request | None = None, **context: object) -> str:
    """Render one of the HTML templates; links start at the request's root path (behind
    a proxy that mounts the server under a prefix, ``KG_ROOT_PATH``)."""
    base = str(request.scope.get("root_path", "")).rstrip("/") if request is not None else ""
    return TEMPLATES.get_template(template).render(base=base, **context)
