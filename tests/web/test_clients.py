"""Real SPARQL clients against the real server: SPARQLWrapper and rdflib's SPARQLStore.

Both are used the way their documentation shows, with their default settings, so a
server that only works for hand-made requests fails here.
"""

from __future__ import annotations

import csv
import io
from typing import Any

import pyoxigraph
import pytest
import rdflib
from rdflib.plugins.stores.sparqlstore import SPARQLStore
from SPARQLWrapper import (
    CSV,
    GET,
    JSONLD,
    POST,
    POSTDIRECTLY,
    RDFXML,
    TSV,
    TURTLE,
    URLENCODED,
    XML,
    SPARQLWrapper,
)
from SPARQLWrapper import JSON as JSON_FORMAT

from tests.web.conftest import Server

DK = rdflib.Namespace("https://w3id.org/digikom/ontology#")
ID = "https://w3id.org/digikom/id/"
PREFIX = f"PREFIX dk: <{DK}>\nPREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n"
STARTUPS = {f"{ID}org/{slug}" for slug in ("polyteia", "mvmant", "famigo", "baupilot", "smoope")}
LAND_BW = f"{ID}org/land-bw"
DIGITALLOTSEN = f"{ID}initiative/kommunale-digitallotsen"

SELECT_STARTUPS = PREFIX + "SELECT ?s WHERE { ?s a dk:Startup } ORDER BY ?s"
SELECT_FUNDERS = (
    PREFIX
    + f"SELECT DISTINCT ?funder ?label WHERE {{ ?st dk:funder ?funder ; dk:fundedItem <{DIGITALLOTSEN}> . "
    + '?funder rdfs:label ?label FILTER(LANG(?label) = "de") }'
)
ASK_PRESENT = PREFIX + f"ASK {{ <{ID}org/polyteia> a dk:Startup }}"
ASK_ABSENT = PREFIX + f"ASK {{ <{ID}org/polyteia> a dk:Ministry }}"
CONSTRUCT_STARTUPS = PREFIX + "CONSTRUCT { ?s a dk:Startup } WHERE { ?s a dk:Startup }"

# (HTTP method, SPARQLWrapper request method): GET, POST as a form, POST as the body
METHODS = [(GET, None), (POST, URLENCODED), (POST, POSTDIRECTLY)]
METHOD_IDS = ["GET", "POST-form", "POST-body"]


def wrapper(server: Server, query: str, method: tuple[str, str | None]) -> SPARQLWrapper:
    """A SPARQLWrapper for ``query`` with its defaults, sent by ``method``."""
    client = SPARQLWrapper(f"{server.url}/sparql")
    client.setQuery(query)
    client.setMethod(method[0])
    if method[1] is not None:
        client.setRequestMethod(method[1])
    client.setTimeout(30)
    return client


def subjects_of(graph: rdflib.Graph) -> set[str]:
    return {str(s) for s in graph.subjects(rdflib.RDF.type, DK.Startup)}


def to_graph(data: bytes, syntax: str) -> rdflib.Graph:
    """Parse an RDF answer into an rdflib Graph (JSON-LD via pyoxigraph: rdflib's
    JSON-LD parser raises its own DeprecationWarning)."""
    if syntax == "json-ld":
        quads = pyoxigraph.parse(data, format=pyoxigraph.RdfFormat.JSON_LD)
        triples = pyoxigraph.serialize(
            (pyoxigraph.Triple(q.subject, q.predicate, q.object) for q in quads),
            format=pyoxigraph.RdfFormat.N_TRIPLES,
        )
        assert triples is not None
        data, syntax = triples, "nt"
    return rdflib.Graph().parse(data=data, format=syntax)


# --- SPARQLWrapper ---------------------------------------------------------------------


@pytest.mark.parametrize("method", METHODS, ids=METHOD_IDS)
def test_sparqlwrapper_select_json(server: Server, method: tuple[str, str | None]) -> None:
    client = wrapper(server, SELECT_STARTUPS, method)
    client.setReturnFormat(JSON_FORMAT)
    result: Any = client.queryAndConvert()
    assert result["head"]["vars"] == ["s"]
    values = [row["s"]["value"] for row in result["results"]["bindings"]]
    assert values == sorted(STARTUPS)
    assert {row["s"]["type"] for row in result["results"]["bindings"]} == {"uri"}


@pytest.mark.parametrize("method", METHODS, ids=METHOD_IDS)
def test_sparqlwrapper_select_xml(server: Server, method: tuple[str, str | None]) -> None:
    client = wrapper(server, SELECT_FUNDERS, method)
    client.setReturnFormat(XML)
    document: Any = client.queryAndConvert()
    results = document.getElementsByTagName("result")
    assert len(results) == 1
    uri = results[0].getElementsByTagName("uri")[0].firstChild.data
    literal = results[0].getElementsByTagName("literal")[0]
    assert uri == LAND_BW
    assert literal.firstChild.data == "Land Baden-Württemberg"
    assert literal.getAttribute("xml:lang") == "de"


@pytest.mark.parametrize("method", METHODS, ids=METHOD_IDS)
def test_sparqlwrapper_select_csv(server: Server, method: tuple[str, str | None]) -> None:
    client = wrapper(server, SELECT_STARTUPS, method)
    client.setReturnFormat(CSV)
    body: Any = client.queryAndConvert()
    rows = list(csv.reader(io.StringIO(body.decode("utf-8"))))
    assert rows[0] == ["s"]
    assert sorted(row[0] for row in rows[1:]) == sorted(STARTUPS)


def test_sparqlwrapper_select_tsv(server: Server) -> None:
    client = wrapper(server, SELECT_STARTUPS, (GET, None))
    client.setReturnFormat(TSV)
    body: Any = client.queryAndConvert()
    rows = list(csv.reader(io.StringIO(body.decode("utf-8")), delimiter="\t"))
    assert rows[0] == ["?s"]
    assert sorted(row[0] for row in rows[1:]) == sorted(f"<{iri}>" for iri in STARTUPS)


@pytest.mark.parametrize("method", METHODS, ids=METHOD_IDS)
@pytest.mark.parametrize("fmt", [JSON_FORMAT, XML], ids=["json", "xml"])
def test_sparqlwrapper_ask(server: Server, method: tuple[str, str | None], fmt: str) -> None:
    answers = []
    for query in (ASK_PRESENT, ASK_ABSENT):
        client = wrapper(server, query, method)
        client.setReturnFormat(fmt)
        result: Any = client.queryAndConvert()
        if fmt == XML:
            answers.append(result.getElementsByTagName("boolean")[0].firstChild.data == "true")
        else:
            answers.append(result["boolean"])
    assert answers == [True, False]


@pytest.mark.parametrize("method", METHODS, ids=METHOD_IDS)
@pytest.mark.parametrize(
    ("fmt", "syntax"), [(TURTLE, "turtle"), (RDFXML, "xml")], ids=["turtle", "rdfxml"]
)
def test_sparqlwrapper_construct_parses_into_a_graph(
    server: Server, method: tuple[str, str | None], fmt: str, syntax: str
) -> None:
    client = wrapper(server, CONSTRUCT_STARTUPS, method)
    client.setReturnFormat(fmt)
    graph = to_graph(client.query().response.read(), syntax)
    assert len(graph) == 5
    assert subjects_of(graph) == STARTUPS


def test_sparqlwrapper_construct_as_jsonld(server: Server) -> None:
    client = wrapper(server, CONSTRUCT_STARTUPS, (GET, None))
    client.setReturnFormat(JSONLD)
    assert subjects_of(to_graph(client.query().response.read(), "json-ld")) == STARTUPS


@pytest.mark.parametrize("method", METHODS, ids=METHOD_IDS)
def test_sparqlwrapper_construct_with_its_default_format(
    server: Server, method: tuple[str, str | None]
) -> None:
    """SPARQLWrapper's default return format (XML) means RDF/XML for CONSTRUCT."""
    client = wrapper(server, CONSTRUCT_STARTUPS, method)
    result = client.query()  # .convert() would build a (deprecated) rdflib ConjunctiveGraph
    assert result.info()["content-type"].startswith("application/rdf+xml")
    assert subjects_of(to_graph(result.response.read(), "xml")) == STARTUPS


def test_sparqlwrapper_content_negotiation_only(server: Server) -> None:
    """With ``onlyConneg`` (Accept header only) every format is served."""
    for fmt, syntax in ((TURTLE, "turtle"), (RDFXML, "xml"), (JSONLD, "json-ld")):
        client = wrapper(server, CONSTRUCT_STARTUPS, (GET, None))
        client.setOnlyConneg(True)
        client.setReturnFormat(fmt)
        graph = to_graph(client.query().response.read(), syntax)
        assert subjects_of(graph) == STARTUPS, fmt


def test_sparqlwrapper_sees_a_syntax_error_as_bad_query(server: Server) -> None:
    from SPARQLWrapper.SPARQLExceptions import QueryBadFormed

    client = wrapper(server, "SELECT * WHERE { ?s ?p }", (GET, None))
    client.setReturnFormat(JSON_FORMAT)
    with pytest.raises(QueryBadFormed, match="QuerySyntaxError"):
        client.queryAndConvert()


# --- rdflib SPARQLStore ----------------------------------------------------------------


@pytest.fixture(params=["GET", "POST", "POST_FORM"])
def remote(server: Server, request: pytest.FixtureRequest) -> rdflib.Graph:
    """An rdflib Graph over the endpoint, by GET, POST body or POST form."""
    store = SPARQLStore(query_endpoint=f"{server.url}/sparql", method=request.param)
    return rdflib.Graph(store=store)


def test_sparqlstore_select(remote: rdflib.Graph) -> None:
    rows = remote.query(SELECT_FUNDERS)
    assert [(str(row[0]), str(row[1])) for row in rows] == [(LAND_BW, "Land Baden-Württemberg")]
    startups = remote.query(SELECT_STARTUPS)
    assert [str(row[0]) for row in startups] == sorted(STARTUPS)


def test_sparqlstore_ask(remote: rdflib.Graph) -> None:
    assert remote.query(ASK_PRESENT).askAnswer is True
    assert remote.query(ASK_ABSENT).askAnswer is False


def test_sparqlstore_construct(remote: rdflib.Graph) -> None:
    result = remote.query(CONSTRUCT_STARTUPS)
    assert result.graph is not None
    assert len(result.graph) == 5
    assert subjects_of(result.graph) == STARTUPS


def test_sparqlstore_graph_api(remote: rdflib.Graph) -> None:
    """The Graph API turns into queries too: triple patterns and membership."""
    polyteia = rdflib.URIRef(f"{ID}org/polyteia")
    assert (polyteia, rdflib.RDF.type, DK.Startup) in remote
    assert (polyteia, rdflib.RDF.type, DK.Ministry) not in remote
    assert {str(s) for s in remote.subjects(rdflib.RDF.type, DK.Startup)} == STARTUPS
    funded = set(remote.objects(None, DK.fundedItem))
    assert rdflib.URIRef(DIGITALLOTSEN) in funded


def test_sparqlstore_with_json_results(server: Server) -> None:
    store = SPARQLStore(query_endpoint=f"{server.url}/sparql", returnFormat="json")
    graph = rdflib.Graph(store=store)
    assert [str(row[0]) for row in graph.query(SELECT_STARTUPS)] == sorted(STARTUPS)
    assert graph.query(ASK_ABSENT).askAnswer is False
