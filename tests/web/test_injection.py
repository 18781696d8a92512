"""Injection is impossible by construction: hostile text in every parameter type of every
canned query either is refused (400 naming the parameter) or changes nothing — the answer
is the one an innocuous value that matches nothing gets, never extra rows.
"""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from kg.canned import Catalogue, Parameter
from kg.errors import ParameterError
from kg.params import to_term

CATALOGUE = Catalogue()
ID = "https://w3id.org/digikom/id/"
NOTHING = "zq7nothing"  # a text no name contains

# closing the literal, IRI or group the value might be pasted into, then widening the query
PAYLOADS = [
    '"',
    "'",
    '"""',
    "\\",
    '\\"',
    "{",
    "}",
    "} UNION { ?s ?p ?o }",
    '" } UNION { ?s ?p ?o } #',
    "' } UNION { ?s ?p ?o } #",
    '""" } UNION { ?s ?p ?o } #',
    "> } UNION { ?s ?p ?o } #",
    ") } UNION { ?s ?p ?o } #",
    "#",
    "# comment",
    "\n} UNION {\n?s ?p ?o\n",
    "\r\n",
    ">",
    "<urn:x>",
    "?s",
    "$o",
    "*",
    '"@en',
    '"^^<urn:x>',
    "Müller-Lüdenscheidt äöüß",
    "🚀📡",
    "مرحبا بالعالم",  # right to left
    "\u202e} NOINU {",  # a right-to-left override before a brace
    "Ünïcödé } UNION { ?s ?p ?o }",
]

# (query, parameter, the other parameters it needs, an innocuous value that matches nothing)
CASES: list[tuple[str, str, dict[str, str], str]] = [
    ("find", "text", {}, NOTHING),
    ("involvement", "role", {"initiative": "Kommunale Digitallotsen"}, "winner"),
    ("companies", "kind", {}, "it_service_provider"),
    ("timeline", "from_year", {}, "9999"),
    ("timeline", "to_year", {}, "1000"),
    ("funding", "funder", {}, f"{ID}org/{NOTHING}"),
    ("funding", "funded", {}, f"{ID}initiative/{NOTHING}"),
    ("funding-totals", "funder", {}, f"{ID}org/{NOTHING}"),
    ("initiatives-under", "whole", {}, f"{ID}initiative/{NOTHING}"),
    ("involvement", "initiative", {}, f"{ID}initiative/{NOTHING}"),
    ("person-roles", "person", {}, f"{ID}person/{NOTHING}"),
    ("actor-profile", "actor", {}, f"{ID}org/{NOTHING}"),
    ("mentions", "entity", {}, f"{ID}org/{NOTHING}"),
    ("counts", "subject", {}, f"{ID}org/{NOTHING}"),
]


def test_the_cases_cover_every_declared_parameter() -> None:
    declared = {(q.name, p.name) for q in CATALOGUE.queries.values() for p in q.header.parameters}
    assert {(query, param) for query, param, _, _ in CASES} == declared
    types = {p.type for q in CATALOGUE.queries.values() for p in q.header.parameters}
    assert types <= {"iri", "string", "year"}  # the types canned queries declare today


def rows(response: httpx.Response) -> list[dict[str, Any]]:
    bindings: list[dict[str, Any]] = response.json()["results"]["bindings"]
    return bindings


def answer(client: httpx.Client, query: str, params: dict[str, str]) -> httpx.Response:
    response = client.get(f"/queries/{query}", params=params)
    assert response.status_code in (200, 400), (params, response.status_code, response.text)
    assert response.headers["content-type"].startswith("application/json")
    return response


@pytest.mark.parametrize(
    ("query", "param", "others", "innocuous"),
    CASES,
    ids=[f"{query}-{param}" for query, param, _, _ in CASES],
)
def test_hostile_values_change_nothing(
    client: httpx.Client, query: str, param: str, others: dict[str, str], innocuous: str
) -> None:
    baseline = answer(client, query, {**others, param: innocuous})
    expected = rows(baseline) if baseline.status_code == 200 else None
    for payload in PAYLOADS:
        for value in (payload, innocuous + payload):
            response = answer(client, query, {**others, param: value})
            if response.status_code == 400:
                message = response.json()["message"]
                assert repr(param) in message, (value, message)
            elif query == "find" and value == payload:  # may match a name: only such names
                for row in rows(response):
                    assert payload.lower() in row["matched"]["value"].lower(), (value, row)
            else:
                assert rows(response) == expected, (value, rows(response)[:2])


def test_hostile_text_is_searched_for_literally(client: httpx.Client) -> None:
    """The free-text parameter matches names containing it, nothing else."""
    found = answer(client, "find", {"text": "württemberg"})
    labels = [row["matched"]["value"].lower() for row in rows(found)]
    assert labels
    assert all("württemberg" in label for label in labels)
    widened = answer(client, "find", {"text": 'württemberg" || true || "'})
    assert rows(widened) == []


def test_enumerations_name_the_allowed_values(client: httpx.Client) -> None:
    response = answer(
        client,
        "involvement",
        {"initiative": "Kommunale Digitallotsen", "role": "winner' } UNION { ?s ?p ?o } #"},
    )
    assert response.status_code == 400
    message = response.json()["message"]
    assert "'role'" in message
    assert "organiser" in message


def test_an_iri_that_breaks_out_of_its_brackets_is_400(client: httpx.Client) -> None:
    for value in (f"{ID}org/x> }} UNION {{ ?s ?p ?o }} #", f'{ID}org/x"', f"{ID}org/x{{}}"):
        for query, param in (("mentions", "entity"), ("actor-profile", "actor")):
            response = answer(client, query, {param: value})
            assert response.status_code == 400, (query, value)
            assert f"'{param}'" in response.json()["message"]


def test_a_legit_name_still_answers(client: httpx.Client) -> None:
    """The baseline is meaningful: the same parameters answer with rows for real values."""
    profile = answer(client, "actor-profile", {"actor": "Gemeindetag Baden-Württemberg"})
    assert profile.status_code == 200
    assert rows(profile)
    timeline = answer(client, "timeline", {"from_year": "2019", "to_year": "2020"})
    assert rows(timeline)
    years = {row["when"]["value"][:4] for row in rows(timeline)}
    assert years <= {"2019", "2020"}


@pytest.mark.parametrize(
    ("kind", "good", "term"),
    [
        ("integer", "42", '"42"^^<http://www.w3.org/2001/XMLSchema#integer>'),
        ("decimal", "1.50", '"1.50"^^<http://www.w3.org/2001/XMLSchema#decimal>'),
        ("date", "2020-02-29", '"2020-02-29"^^<http://www.w3.org/2001/XMLSchema#date>'),
    ],
)
def test_types_no_canned_query_declares_yet_refuse_hostile_text(
    kind: str, good: str, term: str
) -> None:
    """integer, decimal and date parameters, should a query declare them: only values."""
    param = Parameter(name="p", type=kind, description="d")
    assert str(to_term(param, good)) == term
    for payload in PAYLOADS:
        for value in (payload, good + payload, payload + good):
            if value.strip() == good:
                continue  # surrounding whitespace is forgiven
            with pytest.raises(ParameterError, match="parameter 'p'"):
                to_term(param, value)
