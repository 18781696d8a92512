"""Canned queries as a typed web API, and their OpenAPI description."""

from __future__ import annotations

import httpx

from kg.canned import Catalogue

CATALOGUE = Catalogue()


def test_queries_are_listed_with_parameters_and_examples(client: httpx.Client) -> None:
    listing = client.get("/queries").json()
    assert {entry["name"] for entry in listing} == set(CATALOGUE.queries)
    funding = next(entry for entry in listing if entry["name"] == "funding")
    assert funding["title"] == "Who funds what"
    assert {p["name"] for p in funding["parameters"]} == {"funder", "funded"}
    assert funding["url"].startswith("/queries/funding?funder=")


def test_every_example_url_answers(client: httpx.Client) -> None:
    for entry in client.get("/queries").json():
        response = client.get(entry["url"])
        assert response.status_code == 200, (entry["name"], response.text)
        assert "truncated" in response.json()


def test_canned_query_with_typed_parameters(client: httpx.Client) -> None:
    response = client.get("/queries/person-roles", params={"person": "Roger Kehle"})
    rows = response.json()["results"]["bindings"]
    assert {row["role"]["value"] for row in rows} == {"president", "chief_executive"}
    assert response.json()["truncated"] is False


def test_canned_query_in_a_standard_format(client: httpx.Client) -> None:
    response = client.get("/queries/funding-totals", params={"format": "csv"})
    assert response.headers["content-type"].startswith("text/csv")
    assert "Land Baden-Württemberg" in response.text


def test_wrong_type_names_the_parameter(client: httpx.Client) -> None:
    response = client.get("/queries/timeline", params={"from_year": "twenty"})
    assert response.status_code == 400
    assert "from_year" in response.json()["message"]


def test_unknown_parameter_is_400(client: httpx.Client) -> None:
    response = client.get("/queries/funding", params={"colour": "red"})
    assert response.status_code == 400
    assert "colour" in response.json()["message"]


def test_iri_of_the_wrong_class_is_400(client: httpx.Client) -> None:
    response = client.get(
        "/queries/actor-profile",
        params={"actor": "https://w3id.org/digikom/id/initiative/kommunale-digitallotsen"},
    )
    assert response.status_code == 400
    assert "dk:Actor" in response.json()["message"]


def test_value_outside_the_enumeration_is_400(client: httpx.Client) -> None:
    response = client.get(
        "/queries/involvement", params={"initiative": "Kommunale Digitallotsen", "role": "king"}
    )
    assert response.status_code == 400
    assert "role" in response.json()["message"]


def test_unknown_canned_query_is_404(client: httpx.Client) -> None:
    assert client.get("/queries/nothing").status_code == 404


def test_openapi_has_one_typed_operation_per_query(client: httpx.Client) -> None:
    spec = client.get("/openapi.json").json()
    for name, query in CATALOGUE.queries.items():
        operation = spec["paths"][f"/queries/{name}"]["get"]
        params = {p["name"]: p for p in operation["parameters"]}
        for declared in query.header.parameters:
            assert declared.name in params, (name, declared.name)
            assert params[declared.name]["required"] == declared.required
    timeline = {p["name"]: p for p in spec["paths"]["/queries/timeline"]["get"]["parameters"]}
    assert timeline["from_year"]["schema"]["anyOf"][0]["type"] == "integer"
    involvement = spec["paths"]["/queries/involvement"]["get"]["parameters"]
    role = next(p for p in involvement if p["name"] == "role")
    assert "winner" in role["schema"]["anyOf"][0]["enum"]
    assert client.get("/docs").status_code == 200
