"""The HTML pages over plain HTTP: figures, forms, errors and the money view."""

from __future__ import annotations

import re

import httpx

from kg.settings import Settings
from tests.web.conftest import free_port, serve


def sparql_count(client: httpx.Client, cls: str) -> int:
    query = (
        f"SELECT (COUNT(DISTINCT ?x) AS ?n) {{ ?x a <https://w3id.org/digikom/ontology#{cls}> }}"
    )
    body = client.get("/sparql", params={"query": query}).json()
    return int(body["results"]["bindings"][0]["n"]["value"])


def test_home_figures_are_counted_from_the_graph(client: httpx.Client) -> None:
    page = client.get("/").text
    figures = {
        title: int(n) for n, title in re.findall(r"<li><strong>(\d+)</strong>([^<]+)</li>", page)
    }
    assert figures["Akteure"] == sparql_count(client, "Actor")
    assert figures["Förderaussagen"] == sparql_count(client, "FundingStatement")
    assert figures["Quellen"] == 3
    for name in ("funding", "actor-profile", "timeline"):
        assert f'href="/query/{name}"' in page


def test_query_form_is_generated_from_the_parameter_declarations(client: httpx.Client) -> None:
    page = client.get("/query/funding").text
    assert 'name="funder"' in page
    assert 'name="funded"' in page
    assert '<option value="Land Baden-Württemberg">' in page  # the IRI picker's choices
    assert "<table>" not in page  # nothing runs until asked


def test_query_page_with_a_wrong_parameter_is_400_naming_it(client: httpx.Client) -> None:
    response = client.get("/query/funding", params={"funder": "Nirgendwo-Amt", "run": "1"})
    assert response.status_code == 400
    assert "funder" in response.text
    assert 'role="alert"' in response.text


def test_query_page_result_links_to_our_pages_and_flags_truncation(client: httpx.Client) -> None:
    page = client.get("/query/counts", params={"run": "1"}).text
    assert "Zeilen" in page
    assert "gekürzt" not in page
    startups = client.get("/query/funding", params={"run": "1"}).text
    assert 'href="/id/fact/' in startups


def test_funding_view_rejects_an_unknown_funder(client: httpx.Client) -> None:
    response = client.get("/funding", params={"funder": "https://example.org/x"})
    assert response.status_code == 400
    assert "not a known dk:Actor" in response.text
    whole = client.get("/funding").text
    assert whole.count('class="band"') == 6


def test_links_start_at_the_root_path_behind_a_proxy(server_settings: Settings) -> None:
    """Mounted under /kg by a proxy (which strips the prefix), pages still link right."""
    settings = server_settings.model_copy(
        update={"root_path": "/kg", "port": free_port(), "workers": 1}
    )
    with serve(settings) as (url, _):
        page = httpx.get(f"{url}/id/org/polyteia", headers={"Accept": "text/html"}).text
        assert 'href="/kg/workbench"' in page
        assert 'href="/kg/id/doc/' in page
        assert 'href="/id/' not in page
        found = httpx.get(f"{url}/search", params={"q": "polyteia", "format": "json"}).json()
        assert found["results"][0]["href"] == "/kg/id/org/polyteia"
        workbench = httpx.get(f"{url}/workbench").text
        assert 'const base = "/kg";' in workbench
        assert httpx.get(f"{url}/openapi.json").json()["servers"] == [{"url": "/kg"}]
