"""Many clients at once: over 100 mixed requests, 64 in flight together, each answered correctly.

Every format, canned queries and errors go through the same pool of two workers; each
answer is checked by content, not only status (a worker that died or a query that timed
out would fail its check), and the server answers everything again afterwards.
"""

from __future__ import annotations

import csv
import io
import random
import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass

import httpx
from pyoxigraph import QueryResultsFormat, RdfFormat, parse, parse_query_results

from kg.web import negotiation
from tests.web.conftest import Server

PARALLEL = 64
ID = "https://w3id.org/digikom/id/"
STARTUPS = {f"{ID}org/{slug}" for slug in ("polyteia", "mvmant", "famigo", "baupilot", "smoope")}
SELECT = "SELECT ?s WHERE { ?s a dk:Startup } ORDER BY ?s"
CONSTRUCT = "CONSTRUCT { ?s a dk:Startup } WHERE { ?s a dk:Startup }"


@dataclass(frozen=True)
class Call:
    """One request and what its answer must be."""

    name: str
    path: str
    params: dict[str, str]
    headers: dict[str, str]
    check: Callable[[httpx.Response], None]


def select_in(fmt: negotiation.Format) -> Call:
    def check(response: httpx.Response) -> None:
        assert response.status_code == 200
        assert response.headers["content-type"].startswith(fmt.media_type)
        if fmt.name == "csv":  # lossy, so no parser reads it back: plain CSV
            found = {row["s"] for row in csv.DictReader(io.StringIO(response.text))}
        else:
            syntax = QueryResultsFormat.from_media_type(fmt.media_type)
            assert syntax is not None
            solutions = parse_query_results(response.content, format=syntax)
            found = {str(row["s"].value) for row in solutions}  # type: ignore[union-attr]
        assert found == STARTUPS

    return Call(
        f"select-{fmt.name}", "/sparql", {"query": SELECT}, {"Accept": fmt.media_type}, check
    )


def construct_in(fmt: negotiation.Format) -> Call:
    def check(response: httpx.Response) -> None:
        assert response.status_code == 200
        syntax = RdfFormat.from_media_type(fmt.media_type)
        assert syntax is not None
        subjects = {str(t.subject.value) for t in parse(response.content, format=syntax)}
        assert subjects == STARTUPS

    return Call(
        f"construct-{fmt.name}", "/sparql", {"query": CONSTRUCT, "format": fmt.name}, {}, check
    )


def ask(expected: bool) -> Call:
    kind = "Startup" if expected else "Ministry"

    def check(response: httpx.Response) -> None:
        assert response.json()["boolean"] is expected

    query = f"ASK {{ <{ID}org/polyteia> a dk:{kind} }}"
    return Call(f"ask-{expected}", "/sparql", {"query": query}, {}, check)


def person_roles(response: httpx.Response) -> None:
    assert response.status_code == 200
    rows = response.json()["results"]["bindings"]
    assert {row["role"]["value"] for row in rows} == {"president", "chief_executive"}
    assert response.json()["truncated"] is False


def funding_totals_csv(response: httpx.Response) -> None:
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/csv")
    table = list(csv.DictReader(io.StringIO(response.text)))
    assert "Land Baden-Württemberg" in {row["funderLabel"] for row in table}


def find(response: httpx.Response) -> None:
    rows = response.json()["results"]["bindings"]
    assert rows
    assert all("gemeindetag" in row["matched"]["value"].lower() for row in rows)


def error(status: int, *words: str) -> Callable[[httpx.Response], None]:
    def check(response: httpx.Response) -> None:
        assert response.status_code == status
        message = response.json()["message"]
        for word in words:
            assert word in message, message

    return check


def syntax_error(response: httpx.Response) -> None:
    assert response.status_code == 400
    assert response.json()["error"] == "QuerySyntaxError"
    assert (response.json()["line"], response.json()["column"]) == (2, 9)


def listing(response: httpx.Response) -> None:
    assert "funding" in {entry["name"] for entry in response.json()}


CALLS = [
    *(select_in(fmt) for fmt in negotiation.RESULT_TYPES),
    *(construct_in(fmt) for fmt in negotiation.GRAPH_TYPES),
    ask(True),
    ask(False),
    Call("person-roles", "/queries/person-roles", {"person": "Roger Kehle"}, {}, person_roles),
    Call("funding-totals", "/queries/funding-totals", {"format": "csv"}, {}, funding_totals_csv),
    Call("find", "/queries/find", {"text": "Gemeindetag"}, {}, find),
    Call("listing", "/queries", {}, {}, listing),
    Call("syntax", "/sparql", {"query": "SELECT * WHERE {\n ?s ?p }"}, {}, syntax_error),
    Call(
        "406",
        "/sparql",
        {"query": SELECT},
        {"Accept": "image/png"},
        error(406, "application/sparql-results+json"),
    ),
    Call(
        "construct-406",
        "/sparql",
        {"query": CONSTRUCT},
        {"Accept": "text/csv"},
        error(406, "text/turtle"),
    ),
    Call("unknown-query", "/queries/nothing", {}, {}, lambda r: assert_status(r, 404)),
    Call("bad-year", "/queries/timeline", {"from_year": "twenty"}, {}, error(400, "from_year")),
    Call(
        "bad-enum",
        "/queries/involvement",
        {"initiative": "Kommunale Digitallotsen", "role": "king"},
        {},
        error(400, "role"),
    ),
    Call("health", "/health", {}, {}, lambda r: assert_status(r, 200)),
]


def assert_status(response: httpx.Response, status: int) -> None:
    assert response.status_code == status


def test_64_parallel_mixed_requests_all_answer_correctly(server: Server) -> None:
    calls = CALLS * 5
    random.Random(64).shuffle(calls)
    assert len(calls) >= 100
    start = threading.Barrier(PARALLEL)
    limits = httpx.Limits(max_connections=PARALLEL, max_keepalive_connections=PARALLEL)
    with httpx.Client(base_url=server.url, timeout=60, limits=limits) as client:

        def run(number: int, call: Call) -> str:
            if number < PARALLEL:  # the first 64 leave together
                start.wait(timeout=60)
            response = client.get(call.path, params=call.params, headers=call.headers)
            try:
                call.check(response)
            except AssertionError as failure:
                raise AssertionError(
                    f"{call.name}: {response.status_code} {response.text[:300]}"
                ) from failure
            return call.name

        with ThreadPoolExecutor(max_workers=PARALLEL) as pool:
            results = list(pool.map(run, range(len(calls)), calls))
        assert results == [call.name for call in calls]
        health = client.get("/health")
        assert health.status_code == 200
        assert health.json()["status"] == "ok"
        for call in CALLS:  # and everything still answers, one by one
            call.check(client.get(call.path, params=call.params, headers=call.headers))
