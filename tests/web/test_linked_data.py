"""Dereferenceable IRIs, the ontology, the dataset description, downloads and search,
over the real server."""

from __future__ import annotations

import gzip
from pathlib import Path

import httpx
import pytest
import rdflib
from pyoxigraph import Quad, RdfFormat, parse

from kg.cli import main
from tests.web.conftest import Server

ID = "https://w3id.org/digikom/id/"
POLYTEIA = rdflib.URIRef(ID + "org/polyteia")
DK = rdflib.Namespace("https://w3id.org/digikom/ontology#")
VOID = rdflib.Namespace("http://rdfs.org/ns/void#")
DCAT = rdflib.Namespace("http://www.w3.org/ns/dcat#")
HTML = {"Accept": "text/html,application/xhtml+xml;q=0.9,*/*;q=0.8"}


def graph_of(response: httpx.Response, syntax: str) -> rdflib.Graph:
    assert response.status_code == 200, response.text[:300]
    return rdflib.Graph().parse(data=response.content, format=syntax)


@pytest.mark.parametrize(
    ("accept", "syntax"),
    [
        ("text/turtle", "turtle"),
        ("application/n-triples", "nt"),
        ("application/rdf+xml", "xml"),
    ],
)
def test_entity_iri_answers_rdf_by_accept(client: httpx.Client, accept: str, syntax: str) -> None:
    response = client.get("/id/org/polyteia", headers={"Accept": accept})
    assert response.status_code == 200, response.text[:300]
    assert response.headers["content-type"].startswith(accept)
    assert "Accept" in response.headers["vary"]
    graph = graph_of(response, syntax)
    assert (POLYTEIA, rdflib.RDF.type, DK.Startup) in graph
    # incoming links come along: the document that mentions it
    assert any(graph.subjects(DK.mentions, POLYTEIA))


def test_extension_and_format_parameter_override_accept(client: httpx.Client) -> None:
    by_extension = client.get("/id/org/polyteia.ttl", headers=HTML)
    assert by_extension.headers["content-type"].startswith("text/turtle")
    assert (POLYTEIA, rdflib.RDF.type, DK.Startup) in graph_of(by_extension, "turtle")
    jsonld = client.get("/id/org/polyteia", params={"format": "jsonld"}, headers=HTML)
    assert jsonld.headers["content-type"].startswith("application/ld+json")
    quads = list(parse(jsonld.content, format=RdfFormat.JSON_LD))
    assert any(q.subject.value == str(POLYTEIA) for q in quads)


def test_browsers_get_an_entity_page_with_facts_and_their_sources(client: httpx.Client) -> None:
    response = client.get("/id/initiative/kommunale-digitallotsen", headers=HTML)
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/html")
    page = response.text
    assert "<h1>Kommunale Digitallotsen</h1>" in page
    funding = page.split("Förderaussage", 1)[1]
    assert "Land Baden-Württemberg" in funding
    assert "800.000" in funding  # the amount as the source states it
    assert "Quelle:" in funding
    assert 'href="/id/doc/kommunale-digitallotsen-bw"' in funding


def test_document_page_lists_the_facts_taken_from_it(client: httpx.Client) -> None:
    page = client.get("/id/doc/kommunale-digitallotsen-bw", headers=HTML).text
    assert "Baden-Württemberg: Kommunale Digitallotsen" in page
    assert page.count('class="statement"') >= 10


def test_unknown_iri_is_404_with_a_search_box_or_json(client: httpx.Client) -> None:
    page = client.get("/id/org/no-such-body", headers=HTML)
    assert page.status_code == 404
    assert 'name="q"' in page.text
    assert 'value="no such body"' in page.text
    data = client.get("/id/org/no-such-body", headers={"Accept": "text/turtle"})
    assert data.status_code == 404
    assert "no-such-body" in data.json()["message"]


def test_codes_and_graphs_dereference_too(client: httpx.Client) -> None:
    code = client.get("/code/qualifier/up_to", headers={"Accept": "text/turtle"})
    assert any(graph_of(code, "turtle").objects(None, rdflib.SKOS.prefLabel))
    named = client.get("/graph/doc/kommunale-digitallotsen-bw", headers={"Accept": "text/turtle"})
    assert any(graph_of(named, "turtle").objects(None, DK.tripleCount))


def test_ontology_as_html_documentation_and_as_turtle(client: httpx.Client) -> None:
    page = client.get("/ontology", headers=HTML)
    assert page.status_code == 200
    assert 'id="Startup"' in page.text
    assert "Startup" in page.text
    assert "Klassen / Classes" in page.text
    turtle = client.get("/ontology.ttl")
    release = client.get("/health").json()["release"]
    assert f'filename="digikom-ontology-{release}.ttl"' in turtle.headers["content-disposition"]
    graph = graph_of(turtle, "turtle")
    assert (
        rdflib.URIRef("https://w3id.org/digikom/ontology"),
        rdflib.RDF.type,
        rdflib.OWL.Ontology,
    ) in graph
    negotiated = client.get("/ontology", headers={"Accept": "text/turtle"})
    assert len(graph_of(negotiated, "turtle")) == len(graph)


def test_void_figures_match_the_endpoint(client: httpx.Client) -> None:
    void = graph_of(client.get("/.well-known/void", headers={"Accept": "text/turtle"}), "turtle")
    dataset = rdflib.URIRef("https://w3id.org/digikom/dataset")
    assert (dataset, rdflib.RDF.type, DCAT.Dataset) in void
    stated = int(void.value(dataset, VOID.triples))
    counted = client.get(
        "/sparql",
        params={
            "query": "SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } "
            "FILTER(?g != <https://w3id.org/digikom/graph/dataset>) }"
        },
    ).json()["results"]["bindings"][0]["n"]["value"]
    assert stated == int(counted)
    assert str(void.value(dataset, VOID.sparqlEndpoint)) == "https://w3id.org/digikom/sparql"


def endpoint_quads(client: httpx.Client) -> set[tuple[str, str, str, str]]:
    response = client.get(
        "/sparql",
        params={"query": "CONSTRUCT { ?s ?p ?o } WHERE { GRAPH ?g { ?s ?p ?o } }"},
        headers={"Accept": "application/n-triples"},
    )
    return {(str(s), str(p), str(o), "") for s, p, o in graph_of(response, "nt")}


def test_downloads_agree_with_the_endpoint(client: httpx.Client) -> None:
    response = client.get("/downloads/digikom.nq.gz")
    assert response.status_code == 200
    assert response.headers["content-type"] == "application/gzip"
    disposition = response.headers["content-disposition"]
    release = disposition.split("digikom-", 1)[1].strip('"').removesuffix(".nq.gz")
    assert release == client.get("/health").json()["release"]
    quads: list[Quad] = list(parse(gzip.decompress(response.content), format=RdfFormat.N_QUADS))
    graphs = client.get(
        "/sparql",
        params={"query": "SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } }"},
    ).json()["results"]["bindings"][0]["n"]["value"]
    assert len(quads) == int(graphs)
    turtle = client.get("/downloads/digikom.ttl.gz")
    triples = rdflib.Graph().parse(data=gzip.decompress(turtle.content), format="turtle")
    assert {(str(s), str(p), str(o), "") for s, p, o in triples} == endpoint_quads(client)
    named = client.get(f"/downloads/digikom-{release}.nq.gz")
    assert named.content == response.content


def test_downloads_refuse_unknown_names_and_old_releases(client: httpx.Client) -> None:
    assert client.get("/downloads/digikom.xlsx.gz").status_code == 404
    old = client.get("/downloads/digikom-19990101T000000-abc.nq.gz")
    assert old.status_code == 404
    assert "current release" in old.json()["message"]


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("Gemeindetages", "org/gemeindetag-bw"),
        ("gemeindetag baden-wuerttemberg", "org/gemeindetag-bw"),
        ("STAEDTETAG", "org/staedtetag-bw"),
        ("Digitallotsen", "initiative/kommunale-digitallotsen"),
        ("polyteia", "org/polyteia"),
    ],
)
def test_search_forgives_inflection_umlauts_and_case(
    client: httpx.Client, query: str, expected: str
) -> None:
    response = client.get("/search", params={"q": query}, headers={"Accept": "application/json"})
    results = response.json()["results"]
    assert results, query
    assert results[0]["iri"] == ID + expected, [r["iri"] for r in results[:5]]
    page = client.get("/search", params={"q": query}, headers=HTML)
    assert f'href="/id/{expected}"' in page.text


def test_search_without_hits_says_so(client: httpx.Client) -> None:
    response = client.get("/search", params={"q": "Quantencomputerzentrum", "format": "json"})
    assert response.json()["results"] == []
    assert "Keine Treffer" in client.get("/search", params={"q": "xyzzy"}, headers=HTML).text


@pytest.mark.parametrize(
    "path",
    [
        "/id/org/polyteia",
        "/id/doc/kommunale-digitallotsen-bw",
        "/code/qualifier/up_to",
        "/graph/doc/kommunale-digitallotsen-bw",
        "/dataset",
        "/project",
        "/ontology",
    ],
)
@pytest.mark.parametrize(
    ("accept", "media", "syntax"),
    [
        ("text/html", "text/html", None),
        ("text/turtle", "text/turtle", "turtle"),
        ("application/ld+json", "application/ld+json", "json-ld"),
        ("application/n-triples", "application/n-triples", "nt"),
        ("application/rdf+xml", "application/rdf+xml", "xml"),
    ],
)
def test_every_linked_data_route_negotiates(
    client: httpx.Client, path: str, accept: str, media: str, syntax: str | None
) -> None:
    response = client.get(path, headers={"Accept": accept})
    assert response.status_code == 200, response.text[:200]
    assert response.headers["content-type"].startswith(media)
    assert "Accept" in response.headers["vary"]
    if syntax is None:
        assert "<h1>" in response.text
    elif syntax == "json-ld":
        assert list(parse(response.content, format=RdfFormat.JSON_LD))
    else:
        assert len(graph_of(response, syntax)) > 0
    refused = client.get(path, headers={"Accept": "image/png"})
    assert refused.status_code == 406


def test_kg_export_and_the_download_are_the_same_quads(
    client: httpx.Client, server: Server, tmp_path: Path
) -> None:
    exported = tmp_path / "export.nq"
    status = main(["export", "--store", str(server.settings.store), "-o", str(exported)])
    assert status == 0
    download = gzip.decompress(client.get("/downloads/digikom.nq.gz").content)
    from_export = set(parse(path=exported, format=RdfFormat.N_QUADS))
    from_download = set(parse(download, format=RdfFormat.N_QUADS))
    assert from_export == from_download
    assert len(from_export) > 5000
