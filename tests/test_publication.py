"""The DCAT/VoID description in ``graph/dataset``: required fields, and figures that are
the store's own counts."""

from __future__ import annotations

import pytest
from pyoxigraph import Literal, NamedNode, Quad, QuerySolutions, Store

from kg.publication import Figures
from kg.settings import Settings
from kg.store import open_live
from kg.vocab import DK, META_GRAPH, PREFIXES, RDF, RDFS, XSD

DATASET = "<https://w3id.org/digikom/dataset>"
DESC = "<https://w3id.org/digikom/graph/dataset>"
NOT_DESC = f"FILTER(?g != {DESC})"


@pytest.fixture(scope="module")
def live(built: Settings) -> Store:
    return open_live(built.store)


def rows(store: Store, query: str) -> list[list[str]]:
    result = store.query(query, prefixes=PREFIXES)
    assert isinstance(result, QuerySolutions)
    return [[term.value if term is not None else "" for term in row] for row in result]


def stated(store: Store, subject: str, predicate: str) -> list[str]:
    return sorted(
        row[0]
        for row in rows(store, f"SELECT ?o {{ GRAPH {DESC} {{ {subject} {predicate} ?o }} }}")
    )


def one_number(store: Store, query: str) -> int:
    (row,) = rows(store, query)
    return int(row[0])


def test_dataset_has_the_dcat_ap_de_required_fields(live: Store) -> None:
    assert "http://www.w3.org/ns/dcat#Dataset" in stated(live, DATASET, "a")
    titles = rows(
        live, f"SELECT (LANG(?t) AS ?l) {{ GRAPH {DESC} {{ {DATASET} dcterms:title ?t }} }}"
    )
    assert sorted(row[0] for row in titles) == ["de", "en"]
    assert len(stated(live, DATASET, "dcterms:description")) == 2
    assert stated(live, DATASET, "dcterms:license") == [
        "http://dcat-ap.de/def/licenses/dl-by-de/2.0"
    ]
    assert stated(live, DATASET, "dcatde:licenseAttributionByText")
    assert stated(live, DATASET, "dcterms:publisher") == ["https://w3id.org/digikom/project"]
    assert len(stated(live, DATASET, "dcat:theme")) >= 1
    assert "https://w3id.org/digikom/id/org/land-bw" in stated(live, DATASET, "dcterms:spatial")
    service = stated(live, "<https://w3id.org/digikom/sparql>", "dcat:servesDataset")
    assert service == ["https://w3id.org/digikom/dataset"]


def test_every_distribution_has_an_access_url_media_type_and_licence(live: Store) -> None:
    distributions = stated(live, DATASET, "dcat:distribution")
    assert len(distributions) == 5  # four dumps and the SPARQL endpoint
    for distribution in distributions:
        assert stated(live, f"<{distribution}>", "dcat:accessURL"), distribution
        assert stated(live, f"<{distribution}>", "dcterms:license"), distribution
    dumps = stated(live, DATASET, "void:dataDump")
    assert [d.rsplit("/", 1)[1] for d in dumps] == [
        "digikom.jsonld.gz",
        "digikom.nq.gz",
        "digikom.trig.gz",
        "digikom.ttl.gz",
    ]


def test_temporal_coverage_spans_the_dates_in_the_data(live: Store) -> None:
    (period,) = stated(live, DATASET, "dcterms:temporal")
    (start,) = stated(live, f"<{period}>", "dcat:startDate")
    (end,) = stated(live, f"<{period}>", "dcat:endDate")
    dates = rows(
        live,
        "SELECT ?o { GRAPH ?g { ?s dk:date ?o } "
        "FILTER(STRSTARTS(STR(?g), 'https://w3id.org/digikom/graph/doc/')) }",
    )
    assert dates
    values = sorted(row[0] for row in dates)
    assert start <= values[0]
    assert end >= values[-1]
    assert start[:4] >= "2000"
    assert end[:4] <= "2030"


@pytest.mark.parametrize(
    ("term", "query"),
    [
        ("void:triples", f"SELECT (COUNT(*) AS ?n) {{ GRAPH ?g {{ ?s ?p ?o }} {NOT_DESC} }}"),
        (
            "void:distinctSubjects",
            f"SELECT (COUNT(DISTINCT ?s) AS ?n) {{ GRAPH ?g {{ ?s ?p ?o }} {NOT_DESC} }}",
        ),
        (
            "void:distinctObjects",
            f"SELECT (COUNT(DISTINCT ?o) AS ?n) {{ GRAPH ?g {{ ?s ?p ?o }} {NOT_DESC} }}",
        ),
        (
            "void:entities",
            "SELECT (COUNT(DISTINCT ?s) AS ?n) { GRAPH ?g { ?s ?p ?o } "
            f'FILTER(STRSTARTS(STR(?s), "https://w3id.org/digikom/id/")) {NOT_DESC} }}',
        ),
        (
            "void:properties",
            f"SELECT (COUNT(DISTINCT ?p) AS ?n) {{ GRAPH ?g {{ ?s ?p ?o }} {NOT_DESC} }}",
        ),
        (
            "void:classes",
            f"SELECT (COUNT(DISTINCT ?c) AS ?n) {{ GRAPH ?g {{ ?s a ?c }} {NOT_DESC} }}",
        ),
        (
            "void:documents",
            "SELECT (COUNT(DISTINCT ?d) AS ?n) { GRAPH ?g { ?d a dk:SourceDocument } }",
        ),
    ],
)
def test_void_figures_are_the_store_counts(live: Store, term: str, query: str) -> None:
    (stated_value,) = stated(live, DATASET, term)
    assert int(stated_value) == one_number(live, query)
    assert int(stated_value) > 0


def test_property_partitions_and_subsets_count_the_triples(live: Store) -> None:
    by_property = rows(
        live,
        f"""SELECT ?p ?n {{ GRAPH {DESC} {{ {DATASET} void:propertyPartition ?part .
             ?part void:property ?p ; void:triples ?n }} }} ORDER BY ?p""",
    )
    assert by_property == rows(
        live,
        f"SELECT ?p (COUNT(*) AS ?n) {{ GRAPH ?g {{ ?s ?p ?o }} {NOT_DESC} }} GROUP BY ?p ORDER BY ?p",
    )
    by_graph = rows(
        live,
        f"""SELECT ?g ?n {{ GRAPH {DESC} {{ {DATASET} void:subset ?g .
             ?g a void:Dataset ; void:triples ?n }} }} ORDER BY ?g""",
    )
    assert by_graph == rows(
        live,
        f"SELECT ?g (COUNT(*) AS ?n) {{ GRAPH ?g {{ ?s ?p ?o }} {NOT_DESC} }} GROUP BY ?g ORDER BY ?g",
    )


def test_class_partitions_count_the_instances(live: Store) -> None:
    partitions = rows(
        live,
        f"""SELECT ?n {{ GRAPH {DESC} {{ {DATASET} void:classPartition ?part .
             ?part void:class dk:Startup ; void:entities ?n }} }}""",
    )
    assert partitions == [["5"]]


def test_every_class_partition_counts_the_instances(live: Store) -> None:
    partitions = rows(
        live,
        f"""SELECT ?c ?n {{ GRAPH {DESC} {{ {DATASET} void:classPartition ?part .
             ?part void:class ?c ; void:entities ?n }} }} ORDER BY ?c""",
    )
    assert ["https://w3id.org/digikom/ontology#Loader", "3"] in partitions  # in graph/meta only
    assert partitions == rows(
        live,
        f"SELECT ?c (COUNT(DISTINCT ?s) AS ?n) {{ GRAPH ?g {{ ?s a ?c }} {NOT_DESC} }} "
        "GROUP BY ?c ORDER BY ?c",
    )


def test_figures_count_in_quads_written_after_them() -> None:
    ex = "https://w3id.org/digikom/id/x/"
    graph, meta = NamedNode("https://w3id.org/digikom/graph/a"), META_GRAPH
    known, cls = NamedNode(ex + "known"), NamedNode("https://w3id.org/digikom/ontology#Thing")
    store = Store()
    store.add(Quad(known, RDF.type, cls, graph))
    store.add(Quad(known, RDFS.label, Literal("Known"), graph))
    figures = Figures(store)
    assert (figures.subjects, figures.objects, figures.entities) == (1, 2, 1)
    new = NamedNode(ex + "new")
    written = [
        Quad(known, RDF.type, cls, meta),  # every term known: nothing new but the triple
        Quad(known, RDFS.label, Literal("Known"), meta),
        Quad(new, RDF.type, cls, meta),  # a new subject, entity and instance
        Quad(new, RDF.type, cls, meta),
        Quad(new, DK.partOf, known, meta),  # known, but never yet as an object
        Quad(new, DK.date, Literal("2001-02-03", datatype=XSD.date), meta),
    ]
    figures.add(written)
    store.extend(written)
    assert figures.triples() == 7
    assert (figures.subjects, figures.objects, figures.entities) == (2, 4, 2)
    assert figures.class_counts() == [(cls.value, 2)]
    assert figures.census.graphs[meta.value] == 5
    dates = figures.date_range()
    assert dates is not None
    assert dates[0].value == dates[1].value == "2001-02-03"


def test_vocabularies_are_the_namespaces_in_use(live: Store) -> None:
    vocabularies = stated(live, DATASET, "void:vocabulary")
    assert "https://w3id.org/digikom/ontology#" in vocabularies
    assert "http://www.w3.org/ns/org#" in vocabularies
    assert "http://xmlns.com/foaf/0.1/" in vocabularies
