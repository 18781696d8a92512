"""The SPARQL 1.1 Protocol at /sparql, over a real uvicorn server."""

from __future__ import annotations

import csv
import io

import httpx
import pytest
import rdflib
from pyoxigraph import RdfFormat, parse

from kg.web import negotiation

STARTUPS = "SELECT ?s WHERE { ?s a dk:Startup } ORDER BY ?s"
CONSTRUCT = "CONSTRUCT { ?s a dk:Startup } WHERE { ?s a dk:Startup }"
POLYTEIA = "https://w3id.org/digikom/id/org/polyteia"


def startups_json(response: httpx.Response) -> list[str]:
    return [b["s"]["value"] for b in response.json()["results"]["bindings"]]


def test_get_post_form_and_post_body_give_the_same_answer(client: httpx.Client) -> None:
    get = client.get("/sparql", params={"query": STARTUPS})
    form = client.post("/sparql", data={"query": STARTUPS})
    body = client.post(
        "/sparql", content=STARTUPS, headers={"Content-Type": "application/sparql-query"}
    )
    for response in (get, form, body):
        assert response.status_code == 200
        assert response.headers["content-type"] == "application/sparql-results+json; charset=utf-8"
    assert startups_json(get) == startups_json(form) == startups_json(body)
    assert POLYTEIA in startups_json(get)
    assert len(startups_json(get)) == 5


@pytest.mark.parametrize("fmt", negotiation.RESULT_TYPES, ids=lambda f: f.name)
def test_select_in_every_results_format(client: httpx.Client, fmt: negotiation.Format) -> None:
    response = client.get("/sparql", params={"query": STARTUPS}, headers={"Accept": fmt.media_type})
    assert response.status_code == 200
    assert response.headers["content-type"].startswith(fmt.media_type)
    assert "charset=utf-8" in response.headers["content-type"]
    assert POLYTEIA in response.text
    if fmt.name == "csv":
        rows = list(csv.reader(io.StringIO(response.text)))
        assert rows[0] == ["s"]
        assert len(rows) == 6


@pytest.mark.parametrize("fmt", negotiation.GRAPH_TYPES, ids=lambda f: f.name)
def test_construct_in_every_rdf_format(client: httpx.Client, fmt: negotiation.Format) -> None:
    response = client.get("/sparql", params={"query": CONSTRUCT, "format": fmt.name})
    assert response.status_code == 200
    assert response.headers["content-type"].startswith(fmt.media_type)
    syntax = RdfFormat.from_media_type(fmt.media_type)
    assert syntax is not None
    statements = list(parse(response.content, format=syntax))
    assert len(statements) == 5
    assert {str(s.subject) for s in statements} >= {f"<{POLYTEIA}>"}


def test_ask_answers_true_and_false(client: httpx.Client) -> None:
    yes = client.get("/sparql", params={"query": f"ASK {{ <{POLYTEIA}> a dk:Startup }}"})
    no = client.get("/sparql", params={"query": f"ASK {{ <{POLYTEIA}> a dk:Ministry }}"})
    assert yes.json()["boolean"] is True
    assert no.json()["boolean"] is False


def test_accept_q_values_and_wildcards(client: httpx.Client) -> None:
    accept = "application/sparql-results+json;q=0.5, text/csv;q=0.9, */*;q=0.1"
    response = client.get("/sparql", params={"query": STARTUPS}, headers={"Accept": accept})
    assert response.headers["content-type"].startswith("text/csv")
    graph = client.get("/sparql", params={"query": CONSTRUCT}, headers={"Accept": "text/*"})
    assert graph.headers["content-type"].startswith("text/turtle")


def test_format_parameter_overrides_accept(client: httpx.Client) -> None:
    response = client.get(
        "/sparql", params={"query": STARTUPS, "format": "tsv"}, headers={"Accept": "text/csv"}
    )
    assert response.headers["content-type"].startswith("text/tab-separated-values")


def test_format_names_other_tools_send(client: httpx.Client) -> None:
    """A short name plus its media type, repeated, and ``output=`` as Fuseki spells it."""
    tsv = client.get(
        "/sparql",
        params=[("query", STARTUPS), ("format", "tsv"), ("format", "text/tab-separated-values")],
    )
    assert tsv.headers["content-type"].startswith("text/tab-separated-values")
    assert f"<{POLYTEIA}>" in tsv.text
    output = client.get("/sparql", params={"query": STARTUPS, "output": "csv"})
    assert output.headers["content-type"].startswith("text/csv")
    for name, media in (("xml", "application/rdf+xml"), ("json-ld", "application/ld+json")):
        graph = client.get("/sparql", params={"query": CONSTRUCT, "format": name})
        assert graph.status_code == 200, name
        assert graph.headers["content-type"].startswith(media)


def test_disagreeing_format_parameters_are_400(client: httpx.Client) -> None:
    response = client.get(
        "/sparql", params=[("query", STARTUPS), ("format", "json"), ("format", "csv")]
    )
    assert response.status_code == 400
    assert "disagree" in response.json()["message"]
    unknown = client.get("/sparql", params={"query": STARTUPS, "format": "yaml"})
    assert unknown.status_code == 400
    assert "unknown format 'yaml'" in unknown.json()["message"]


def test_unsatisfiable_accept_is_406_listing_offers(client: httpx.Client) -> None:
    response = client.get("/sparql", params={"query": STARTUPS}, headers={"Accept": "image/png"})
    assert response.status_code == 406
    assert "application/sparql-results+json" in response.json()["message"]


def test_construct_with_only_results_formats_acceptable_is_406(client: httpx.Client) -> None:
    response = client.get("/sparql", params={"query": CONSTRUCT}, headers={"Accept": "text/csv"})
    assert response.status_code == 406
    assert "text/turtle" in response.json()["message"]


def test_syntax_error_is_400_with_position(client: httpx.Client) -> None:
    response = client.get("/sparql", params={"query": "SELECT * WHERE {\n ?s ?p }"})
    assert response.status_code == 400
    body = response.json()
    assert body["error"] == "QuerySyntaxError"
    assert (body["line"], body["column"]) == (2, 9)  # as the parser reports it


def test_dataset_from_default_graph_uri(client: httpx.Client) -> None:
    count = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"
    entities = "https://w3id.org/digikom/graph/curated/entities"
    one = client.get("/sparql", params={"query": count, "default-graph-uri": entities})
    union = client.get("/sparql", params={"query": count})
    n_one = int(one.json()["results"]["bindings"][0]["n"]["value"])
    n_all = int(union.json()["results"]["bindings"][0]["n"]["value"])
    assert 0 < n_one < n_all


def test_named_graph_uri_restricts_graph_patterns(client: httpx.Client) -> None:
    query = "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }"
    named = "https://w3id.org/digikom/graph/ontology"
    response = client.get("/sparql", params={"query": query, "named-graph-uri": named})
    assert [b["g"]["value"] for b in response.json()["results"]["bindings"]] == [named]


def test_service_description_without_query(client: httpx.Client) -> None:
    response = client.get("/sparql", headers={"Accept": "text/turtle"})
    assert response.status_code == 200
    graph = rdflib.Graph().parse(data=response.text, format="turtle")
    sd = rdflib.Namespace("http://www.w3.org/ns/sparql-service-description#")
    services = list(graph.subjects(rdflib.RDF.type, sd.Service))
    assert len(services) == 1
    assert (services[0], sd.supportedLanguage, sd.SPARQL11Query) in graph
    names = {str(o) for o in graph.objects(None, sd.name)}
    assert "https://w3id.org/digikom/graph/meta" in names


def test_cors_preflight_and_simple_request(client: httpx.Client) -> None:
    preflight = client.options(
        "/sparql",
        headers={"Origin": "https://example.org", "Access-Control-Request-Method": "POST"},
    )
    assert preflight.status_code == 200
    assert preflight.headers["access-control-allow-origin"] == "*"
    simple = client.get(
        "/sparql", params={"query": STARTUPS}, headers={"Origin": "https://example.org"}
    )
    assert simple.headers["access-control-allow-origin"] == "*"


def test_large_responses_are_gzipped(server_url: str) -> None:
    query = "SELECT * WHERE { ?s ?p ?o }"
    with httpx.Client(base_url=server_url, headers={"Accept-Encoding": "gzip"}) as http:
        response = http.get("/sparql", params={"query": query})
    assert response.headers["content-encoding"] == "gzip"
    assert len(response.json()["results"]["bindings"]) > 1000


def test_etag_and_cache_control_follow_the_release(client: httpx.Client) -> None:
    first = client.get("/sparql", params={"query": STARTUPS})
    etag = first.headers["etag"]
    assert "max-age" in first.headers["cache-control"]
    assert first.headers["x-data-release"]
    again = client.get("/sparql", params={"query": STARTUPS}, headers={"If-None-Match": etag})
    assert again.status_code == 304
    other = client.get("/sparql", params={"query": STARTUPS, "format": "csv"})
    assert other.headers["etag"] != etag


def test_update_on_sparql_is_refused(client: httpx.Client) -> None:
    update = "INSERT DATA { <urn:a> <urn:b> <urn:c> }"
    response = client.post("/sparql", data={"update": update})
    assert response.status_code == 400
    response = client.post("/sparql", data={"query": update})
    assert response.status_code == 400
    check = client.get("/sparql", params={"query": "ASK { <urn:a> <urn:b> <urn:c> }"})
    assert check.json()["boolean"] is False


def test_writes_without_a_configured_token_are_forbidden(client: httpx.Client) -> None:
    response = client.post(
        "/update",
        content="INSERT DATA { <urn:a> <urn:b> <urn:c> }",
        headers={"Content-Type": "application/sparql-update", "Authorization": "Bearer x"},
    )
    assert response.status_code == 403


@pytest.fixture
def server_url(server: object) -> str:
    return str(server.url)  # type: ignore[attr-defined]


def test_service_is_refused_unless_allowed(client: httpx.Client) -> None:
    """Federated query would let anyone make the server fetch any URL: off by default."""
    from kg.web.limits import check

    federated = "SELECT * WHERE { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }"
    response = client.get("/sparql", params={"query": federated})
    assert response.status_code == 400
    assert "KG_ALLOW_SERVICE" in response.json()["message"]
    check(federated, max_length=1000, max_nesting=10, allow_service=True)  # no error
    named = client.get(
        "/sparql", params={"query": 'SELECT ?service WHERE { ?service ?p "SERVICE" } LIMIT 1'}
    )
    assert named.status_code == 200
    description = client.get("/sparql", headers={"Accept": "text/turtle"})
    assert "BasicFederatedQuery" not in description.text
