"""The dataset's description for open-data portals: DCAT 3 / DCAT-AP.de and VoID.

``Figures(store)`` counts what the description states over the store as built so far
(every named graph: the description is not written yet), ``Figures.add`` counts in the
quads the build writes after that (its metadata), and ``describe(figures, modified=...)``
returns the quads of the graph ``graph/dataset``; the web server publishes that graph at
``/dataset`` and ``/.well-known/void``.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Any, Final

from pyoxigraph import BlankNode, DefaultGraph, Literal, NamedNode, Quad, QuerySolutions, Store

from kg.vocab import (
    BASE,
    DATASET,
    DATASET_GRAPH,
    DCAT,
    DCATDE,
    DCT,
    DK,
    FOAF,
    ID_NS,
    PREFIXES,
    RDF,
    RDFS,
    VCARD,
    VOID,
    XSD,
)

LICENCE: Final = NamedNode("http://dcat-ap.de/def/licenses/dl-by-de/2.0")
ATTRIBUTION: Final = (
    "DigiKom KG (https://w3id.org/digikom/), Datenlizenz Deutschland - Namensnennung - Version 2.0"
)
EU: Final = "http://publications.europa.eu/resource/authority/"
IANA: Final = "https://www.iana.org/assignments/media-types/"
THEMES: Final = ("GOVE", "TECH", "REGI")  # government, science and technology, regions
CATALOG: Final = NamedNode(BASE + "catalog")
OWL_VERSION_INFO: Final = "http://www.w3.org/2002/07/owl#versionInfo"
SERVICE: Final = NamedNode(BASE + "sparql")
PUBLISHER: Final = NamedNode(BASE + "project")
DESCRIPTION_DOC: Final = NamedNode(BASE + ".well-known/void")
# The date properties the shapes check: the dataset's temporal coverage spans their values
# (a scan of every literal would take seconds on a large graph).
DATE_PREDICATES: Final = (DK.date, DK.startDate, DK.endDate, DK.statedOn)
# Properties whose objects outside our namespace make a VoID linkset.
LINK_PREDICATES: Final = (
    "http://www.w3.org/2004/02/skos/core#exactMatch",
    "http://www.w3.org/2004/02/skos/core#closeMatch",
    "http://www.w3.org/2002/07/owl#sameAs",
    "https://schema.org/sameAs",
)
TEXTS: Final = {
    "title": {
        "de": "DigiKom KG - Wissensgraph zur Digitalisierung der Kommunen",
        "en": "DigiKom KG - knowledge graph of municipal digitalisation",
    },
    "description": {
        "de": "Wer die Digitalisierung deutscher Kommunen vorantreibt und finanziert: "
        "Ministerien, kommunale Spitzenverbände, Kommunen, Unternehmen und Personen, "
        "ihre Initiativen und Förderungen, jede Aussage mit ihrer Quelle.",
        "en": "Who drives and who funds the digitalisation of German municipalities: "
        "ministries, municipal umbrella associations, municipalities, companies and "
        "persons, their initiatives and funding, every statement with its source.",
    },
}
KEYWORDS: Final = {
    "de": ("Digitalisierung", "Kommunen", "Förderung", "Verwaltung"),
    "en": ("digitalisation", "municipalities", "funding", "public administration"),
}


@dataclass(frozen=True)
class Dump:
    """One download of the whole dataset."""

    extension: str
    media_type: str
    file_type: str  # EU file-type authority code
    feature: str  # W3C format IRI for void:feature

    @property
    def iri(self) -> NamedNode:
        return NamedNode(f"{BASE}downloads/digikom.{self.extension}.gz")


DUMPS: Final = {
    "nquads": Dump("nq", "application/n-quads", "RDF_N_QUADS", "N-Quads"),
    "trig": Dump("trig", "application/trig", "RDF_TRIG", "TriG"),
    "turtle": Dump("ttl", "text/turtle", "RDF_TURTLE", "Turtle"),
    "jsonld": Dump("jsonld", "application/ld+json", "JSON_LD", "JSON-LD"),
}


class _Graph:
    """The description's quads, in the order they are added."""

    def __init__(self) -> None:
        self.quads: list[Quad] = []

    def add(self, subject: NamedNode, predicate: NamedNode, obj: NamedNode | Literal) -> None:
        self.quads.append(Quad(subject, predicate, obj, DATASET_GRAPH))

    def texts(self, subject: NamedNode, predicate: NamedNode, texts: dict[str, str]) -> None:
        for language, text in texts.items():
            self.add(subject, predicate, Literal(text, language=language))


def _integer(value: int) -> Literal:
    return Literal(str(value), datatype=XSD.integer)


@dataclass
class Census:
    """Triples per named graph and per property, counted in one pass over the store."""

    graphs: Counter[str] = field(default_factory=Counter)
    properties: Counter[str] = field(default_factory=Counter)

    @classmethod
    def of(cls, store: Store) -> Census:
        """Count the quads of every named graph of ``store``, by graph and property."""
        census = cls()
        rows = store.query("SELECT ?g ?p (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g ?p")
        assert isinstance(rows, QuerySolutions)
        for row in rows:
            graph_name, predicate, count = (term.value if term else "" for term in row)
            census.graphs[graph_name] += int(count)
            census.properties[predicate] += int(count)
        return census

    def add(self, quads: Iterable[Quad]) -> None:
        """Count quads added to the store since (each distinct quad once)."""
        for quad in set(quads):
            assert not isinstance(quad.graph_name, DefaultGraph)
            self.graphs[quad.graph_name.value] += 1
            self.properties[quad.predicate.value] += 1


class Figures:
    """What the description states about the data: counts over every named graph of
    ``store``, taken before the description is written.

    The passes over many quads, the census among them, run side by side: Oxigraph
    releases the GIL while it evaluates, and each query is run and read in its own
    thread. Quads written after (the build's metadata, which states the census's
    counts) are counted in by :meth:`add` from the quads themselves and look-ups of
    their terms, without another pass.
    """

    def __init__(self, store: Store) -> None:
        self.store = store
        with ThreadPoolExecutor(max_workers=4, thread_name_prefix="kg-figures") as pool:
            census = pool.submit(Census.of, store)
            spread = pool.submit(self._spread)
            entities = pool.submit(self._entities)
            classes = pool.submit(self._classes)
            self.states: set[str] = set(self._column("SELECT DISTINCT ?s { ?s a dk:State }"))
            self.dates = self._date_range()
            self.links = self._links()
        self.census: Final = census.result()
        self.subjects, self.objects = spread.result()
        self.entities = entities.result()
        self.classes: Counter[str] = classes.result()

    def add(self, quads: Iterable[Quad]) -> None:
        """Count in ``quads``, which are about to be written to the store (not yet in it)."""
        new = set(quads)
        self.census.add(new)
        store = self.store

        def absent(s: Any = None, p: Any = None, o: Any = None) -> bool:
            return next(store.quads_for_pattern(s, p, o), None) is None

        self.subjects += sum(1 for s in {q.subject for q in new} if absent(s))
        self.objects += sum(1 for o in {q.object for q in new} if absent(o=o))
        typed = {
            (q.subject, q.object)
            for q in new
            if q.predicate == RDF.type and isinstance(q.subject, NamedNode | BlankNode)
        }
        for subject, cls in typed:
            if isinstance(cls, NamedNode) and absent(subject, RDF.type, cls):
                self.classes[cls.value] += 1
                if cls == DK.State:
                    self.states.add(subject.value)
        self.entities += sum(
            1
            for subject in {s for s, _ in typed}
            if subject.value.startswith(ID_NS) and absent(subject, RDF.type)
        )
        for quad in new:
            if quad.predicate in DATE_PREDICATES and isinstance(quad.object, Literal | NamedNode):
                value = quad.object.value
                first, last = self.dates or (value, value)
                self.dates = (min(first, value), max(last, value))
            link = _link(quad.predicate.value, quad.object)
            if link is not None:
                self.links[link] += 1

    def _rows(self, query: str) -> Iterator[list[str]]:
        prologue = "".join(f"PREFIX {k}: <{v}>\n" for k, v in PREFIXES.items())
        result = self.store.query(prologue + query, use_default_graph_as_union=True)
        assert isinstance(result, QuerySolutions)
        for row in result:
            yield [term.value if term is not None else "" for term in row]

    def _column(self, query: str) -> list[str]:
        return [row[0] for row in self._rows(query)]

    def _spread(self) -> tuple[int, int]:
        """Distinct subjects and distinct objects, from one pass over every quad."""
        subjects, objects = next(
            self._rows(
                "SELECT (COUNT(DISTINCT ?s) AS ?subjects) (COUNT(DISTINCT ?o) AS ?objects) "
                "{ GRAPH ?g { ?s ?p ?o } }"
            )
        )
        return int(subjects), int(objects)

    def _entities(self) -> int:
        """Our entities: typed resources with an IRI under ``id/`` (every one is typed)."""
        (count,) = next(
            self._rows(
                f'SELECT (SUM(IF(STRSTARTS(STR(?s), "{ID_NS}"), 1, 0)) AS ?n) '
                "{ SELECT DISTINCT ?s { GRAPH ?g { ?s a ?c } } }"
            )
        )
        return int(count or 0)

    def _classes(self) -> Counter[str]:
        return Counter(
            {
                c: int(n)
                for c, n in self._rows(
                    "SELECT ?c (COUNT(DISTINCT ?s) AS ?n) { GRAPH ?g { ?s a ?c } } GROUP BY ?c"
                )
            }
        )

    def _date_range(self) -> tuple[str, str] | None:
        """The earliest and latest value of the date properties in the data."""
        values = " ".join(f"<{p.value}>" for p in DATE_PREDICATES)
        (first, last) = next(
            self._rows(
                "SELECT (MIN(STR(?o)) AS ?first) (MAX(STR(?o)) AS ?last) { "
                f"VALUES ?p {{ {values} }} GRAPH ?g {{ ?s ?p ?o }} }}"
            )
        )
        return (first, last) if first else None

    def _links(self) -> Counter[tuple[str, str]]:
        """Links leaving our namespace, by (link predicate, target namespace)."""
        predicates = " ".join(f"<{p}>" for p in LINK_PREDICATES)
        rows = self._rows(
            f"SELECT ?p ?o {{ VALUES ?p {{ {predicates} }} GRAPH ?g {{ ?s ?p ?o }} "
            f'FILTER(isIRI(?o) && !STRSTARTS(STR(?o), "{BASE}")) }}'
        )
        return Counter((predicate, _namespace(target)) for predicate, target in rows)

    def triples(self) -> int:
        return sum(self.census.graphs.values())

    def documents(self) -> int:
        return self.classes[DK.SourceDocument.value]

    def class_counts(self) -> list[tuple[str, int]]:
        return sorted((c, n) for c, n in self.classes.items() if n)

    def properties(self) -> list[tuple[str, int]]:
        return sorted(self.census.properties.items())

    def graphs(self) -> list[tuple[str, int]]:
        return sorted(self.census.graphs.items())

    def date_range(self) -> tuple[Literal, Literal] | None:
        return None if self.dates is None else (_dated(self.dates[0]), _dated(self.dates[1]))

    def linksets(self) -> list[tuple[str, str, int]]:
        """(link predicate, target namespace, links) for links leaving our namespace."""
        return [(p, ns, n) for (p, ns), n in sorted(self.links.items())]


def _link(predicate: str, obj: object) -> tuple[str, str] | None:
    """(predicate, target namespace) of a link leaving our namespace, else ``None``."""
    if predicate not in LINK_PREDICATES or not isinstance(obj, NamedNode):
        return None
    return None if obj.value.startswith(BASE) else (predicate, _namespace(obj.value))


def _dated(text: str) -> Literal:
    """A date literal typed by its precision: a year, a month or a day.

    >>> _dated("2019").datatype.value
    'http://www.w3.org/2001/XMLSchema#gYear'
    """
    datatype = {4: XSD.gYear, 7: XSD.gYearMonth}.get(len(text), XSD.date)
    return Literal(text, datatype=datatype)


def _namespace(iri: str) -> str:
    """The namespace of an IRI: up to its last ``#`` or ``/``."""
    cut = max(iri.rfind("#"), iri.rfind("/"))
    return iri[: cut + 1]


def describe(figures: Figures, *, modified: str, release: str | None = None) -> list[Quad]:
    """The DCAT and VoID description of the dataset ``figures`` counted, in ``graph/dataset``.

    ``release`` (the build's name for this state of the data) becomes the dataset's
    ``owl:versionInfo``; a facade over a remote store reads it from there.
    """
    graph = _Graph()
    _catalog(graph, modified)
    _dataset(graph, figures, modified)
    if release is not None:
        graph.add(DATASET, NamedNode(OWL_VERSION_INFO), Literal(release))
    _distributions(graph)
    _service(graph)
    _void(graph, figures)
    return list(graph.quads)


def _catalog(graph: _Graph, modified: str) -> None:
    graph.add(CATALOG, RDF.type, DCAT.Catalog)
    graph.texts(CATALOG, DCT.title, {"de": "DigiKom KG", "en": "DigiKom KG"})
    graph.texts(CATALOG, DCT.description, TEXTS["description"])
    graph.add(CATALOG, DCT.publisher, PUBLISHER)
    graph.add(CATALOG, FOAF.homepage, NamedNode(BASE))
    graph.add(CATALOG, DCT.modified, Literal(modified, datatype=XSD.dateTime))
    graph.add(CATALOG, DCAT.dataset, DATASET)
    graph.add(CATALOG, DCAT.service, SERVICE)
    graph.add(PUBLISHER, RDF.type, FOAF.Organization)
    graph.add(PUBLISHER, FOAF.name, Literal("DigiKom KG"))
    graph.add(PUBLISHER, FOAF.homepage, NamedNode(BASE))


def _dataset(graph: _Graph, figures: Figures, modified: str) -> None:
    graph.add(DATASET, RDF.type, DCAT.Dataset)
    graph.add(DATASET, RDF.type, VOID.Dataset)
    graph.texts(DATASET, DCT.title, TEXTS["title"])
    graph.texts(DATASET, DCT.description, TEXTS["description"])
    graph.add(DATASET, DCT.publisher, PUBLISHER)
    graph.add(DATASET, DCT.license, LICENCE)
    graph.add(DATASET, DCATDE.licenseAttributionByText, Literal(ATTRIBUTION, language="de"))
    graph.add(DATASET, DCT.accessRights, NamedNode(EU + "access-right/PUBLIC"))
    graph.add(DATASET, DCT.modified, Literal(modified, datatype=XSD.dateTime))
    graph.add(DATASET, DCAT.landingPage, NamedNode(BASE))
    for language in ("DEU", "ENG"):
        graph.add(DATASET, DCT.language, NamedNode(f"{EU}language/{language}"))
    for theme in THEMES:
        graph.add(DATASET, DCAT.theme, NamedNode(f"{EU}data-theme/{theme}"))
    for language, words in KEYWORDS.items():
        for word in words:
            graph.add(DATASET, DCAT.keyword, Literal(word, language=language))
    contact = NamedNode(BASE + "project#contact")
    graph.add(DATASET, DCAT.contactPoint, contact)
    graph.add(contact, RDF.type, VCARD.Organization)
    graph.add(contact, VCARD.fn, Literal("DigiKom KG"))
    graph.add(contact, VCARD.hasURL, NamedNode(BASE))
    graph.add(DATASET, DCT.spatial, NamedNode(EU + "country/DEU"))
    for state in sorted(figures.states):
        graph.add(DATASET, DCT.spatial, NamedNode(state))
    dates = figures.date_range()
    if dates is not None:
        period = NamedNode(BASE + "dataset#period")
        graph.add(DATASET, DCT.temporal, period)
        graph.add(period, RDF.type, DCT.PeriodOfTime)
        graph.add(period, DCAT.startDate, dates[0])
        graph.add(period, DCAT.endDate, dates[1])


def _distributions(graph: _Graph) -> None:
    for name, dump in DUMPS.items():
        distribution = NamedNode(f"{BASE}dataset#dump-{name}")
        graph.add(DATASET, DCAT.distribution, distribution)
        graph.add(distribution, RDF.type, DCAT.Distribution)
        graph.texts(
            distribution,
            DCT.title,
            {
                "de": f"Gesamtdatensatz ({dump.feature}, gzip)",
                "en": f"whole dataset ({dump.feature}, gzip)",
            },
        )
        graph.add(distribution, DCAT.accessURL, dump.iri)
        graph.add(distribution, DCAT.downloadURL, dump.iri)
        graph.add(distribution, DCAT.mediaType, NamedNode(IANA + dump.media_type))
        graph.add(distribution, DCAT.compressFormat, NamedNode(IANA + "application/gzip"))
        graph.add(distribution, DCT.format, NamedNode(f"{EU}file-type/{dump.file_type}"))
        graph.add(distribution, DCT.license, LICENCE)
    endpoint = NamedNode(BASE + "dataset#sparql")
    graph.add(DATASET, DCAT.distribution, endpoint)
    graph.add(endpoint, RDF.type, DCAT.Distribution)
    graph.texts(endpoint, DCT.title, {"de": "SPARQL-Endpunkt", "en": "SPARQL endpoint"})
    graph.add(endpoint, DCAT.accessURL, SERVICE)
    graph.add(endpoint, DCAT.accessService, SERVICE)
    graph.add(endpoint, DCT.license, LICENCE)


def _service(graph: _Graph) -> None:
    graph.add(SERVICE, RDF.type, DCAT.DataService)
    graph.texts(
        SERVICE,
        DCT.title,
        {"de": "SPARQL-Endpunkt von DigiKom KG", "en": "DigiKom KG SPARQL endpoint"},
    )
    graph.add(SERVICE, DCAT.endpointURL, SERVICE)
    graph.add(SERVICE, DCAT.endpointDescription, SERVICE)
    graph.add(SERVICE, DCAT.servesDataset, DATASET)
    graph.add(SERVICE, DCT.conformsTo, NamedNode("https://www.w3.org/TR/sparql11-protocol/"))
    graph.add(SERVICE, DCT.license, LICENCE)
    graph.add(SERVICE, DCT.publisher, PUBLISHER)


def _void(graph: _Graph, figures: Figures) -> None:
    graph.add(DESCRIPTION_DOC, RDF.type, VOID.DatasetDescription)
    graph.texts(
        DESCRIPTION_DOC,
        DCT.title,
        {"de": "VoID-Beschreibung von DigiKom KG", "en": "VoID description of DigiKom KG"},
    )
    graph.add(DESCRIPTION_DOC, FOAF.primaryTopic, DATASET)
    graph.add(DATASET, VOID.triples, _integer(figures.triples()))
    graph.add(DATASET, VOID.entities, _integer(figures.entities))
    graph.add(DATASET, VOID.distinctSubjects, _integer(figures.subjects))
    graph.add(DATASET, VOID.distinctObjects, _integer(figures.objects))
    graph.add(DATASET, VOID.documents, _integer(figures.documents()))
    graph.add(DATASET, VOID.uriSpace, Literal(ID_NS))
    graph.add(DATASET, VOID.sparqlEndpoint, SERVICE)
    graph.add(DATASET, VOID.exampleResource, NamedNode(ID_NS + "org/gemeindetag-bw"))
    for dump in DUMPS.values():
        graph.add(DATASET, VOID.dataDump, dump.iri)
        graph.add(
            DATASET,
            VOID.feature,
            NamedNode(f"http://www.w3.org/ns/formats/{dump.feature.replace('-', '_')}"),
        )
    classes = figures.class_counts()
    properties = figures.properties()
    graph.add(DATASET, VOID.classes, _integer(len(classes)))
    graph.add(DATASET, VOID.properties, _integer(len(properties)))
    used = {iri for iri, _ in classes} | {iri for iri, _ in properties}
    for namespace in sorted(set(PREFIXES.values())):
        if any(iri.startswith(namespace) for iri in used):
            graph.add(DATASET, VOID.vocabulary, NamedNode(namespace))
    for iri, entities in classes:
        partition = NamedNode(f"{BASE}dataset#class-{_fragment(iri)}")
        graph.add(DATASET, VOID.classPartition, partition)
        graph.add(partition, VOID.class_, NamedNode(iri))
        graph.add(partition, VOID.entities, _integer(entities))
    for iri, triples in properties:
        partition = NamedNode(f"{BASE}dataset#property-{_fragment(iri)}")
        graph.add(DATASET, VOID.propertyPartition, partition)
        graph.add(partition, VOID.property, NamedNode(iri))
        graph.add(partition, VOID.triples, _integer(triples))
    for iri, triples in figures.graphs():
        subset = NamedNode(iri)
        graph.add(DATASET, VOID.subset, subset)
        graph.add(subset, RDF.type, VOID.Dataset)
        graph.add(subset, VOID.triples, _integer(triples))
    for predicate, target, links in figures.linksets():
        linkset = NamedNode(f"{BASE}dataset#links-{_fragment(predicate)}-{_fragment(target)}")
        graph.add(DATASET, VOID.subset, linkset)
        graph.add(linkset, RDF.type, VOID.Linkset)
        graph.add(linkset, VOID.linkPredicate, NamedNode(predicate))
        graph.add(linkset, VOID.subjectsTarget, DATASET)
        graph.add(linkset, VOID.objectsTarget, NamedNode(target))
        graph.add(linkset, VOID.triples, _integer(links))
        graph.add(linkset, RDFS.label, Literal(f"{_fragment(predicate)} → {target}"))


def _fragment(iri: str) -> str:
    """A readable, IRI-safe slug of ``iri`` for partition names.

    >>> _fragment("http://www.w3.org/2004/02/skos/core#exactMatch")
    'skos-exactMatch'
    """
    for prefix, namespace in PREFIXES.items():
        if iri.startswith(namespace) and iri != namespace:
            local = iri[len(namespace) :]
            return f"{prefix}-{_slug(local)}"
    return _slug(iri.split("://", 1)[-1])


def _slug(text: str) -> str:
    return "".join(c if c.isalnum() else "-" for c in text).strip("-")
