"""``/sparql`` past FastAPI (``kg.web.direct``) answers exactly as FastAPI's own route does.

The same requests go to one server twice: once the direct way, once with it turned off
(``app.sparql = None``: FastAPI's routing, dependencies and middleware); status, headers
and bodies must be the same.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from fastapi import FastAPI

from kg.settings import Settings
from tests.web.conftest import free_port, serve

SMALL = "SELECT ?s WHERE { ?s a dk:Startup } ORDER BY ?s"
MEDIUM = "SELECT ?s ?p ?o WHERE { ?s ?p ?o } ORDER BY ?s ?p ?o LIMIT 40"  # 2 to 64 KiB
LARGE = "SELECT ?s ?p ?o WHERE { ?s ?p ?o } ORDER BY ?s ?p ?o LIMIT 3000"
CONSTRUCT = "CONSTRUCT { ?s a dk:Startup } WHERE { ?s a dk:Startup }"
ORIGIN = {"Origin": "https://example.org"}
GZIP = {"Accept-Encoding": "gzip"}
IDENTITY = {"Accept-Encoding": "identity"}

CASES: dict[str, dict[str, Any]] = {
    "small": {"params": {"query": SMALL}, "headers": IDENTITY},
    "small, gzip accepted": {"params": {"query": SMALL}, "headers": GZIP},
    "small, cross-origin": {"params": {"query": SMALL}, "headers": {**ORIGIN, **IDENTITY}},
    "medium, identity": {"params": {"query": MEDIUM}, "headers": IDENTITY},
    "medium, gzip": {"params": {"query": MEDIUM}, "headers": GZIP},
    "medium, gzip, cross-origin": {"params": {"query": MEDIUM}, "headers": {**GZIP, **ORIGIN}},
    "medium, identity, cross-origin": {
        "params": {"query": MEDIUM},
        "headers": {**IDENTITY, **ORIGIN},
    },
    "large, gzip": {"params": {"query": LARGE}, "headers": {**GZIP, **ORIGIN}},
    "large, identity": {"params": {"query": LARGE}, "headers": IDENTITY},
    "large, TSV, gzip": {
        "params": {"query": LARGE},
        "headers": {**GZIP, "Accept": "text/tab-separated-values"},
    },
    "construct as Turtle": {"params": {"query": CONSTRUCT, "format": "turtle"}, "headers": {}},
    "syntax error": {"params": {"query": "SELECT ?x WHERE {"}, "headers": ORIGIN},
    "not acceptable": {"params": {"query": SMALL}, "headers": {"Accept": "image/png"}},
    "graph not acceptable": {"params": {"query": CONSTRUCT}, "headers": {"Accept": "text/csv"}},
    "unknown format": {"params": {"query": SMALL, "format": "pdf"}, "headers": {}},
    "update refused": {"params": {"query": "INSERT DATA { <a:b> <a:c> <a:d> }"}, "headers": {}},
    "SERVICE refused": {
        "params": {"query": "SELECT * { SERVICE <http://x/> { ?s ?p ?o } }"},
        "headers": {},
    },
    "service description": {"params": {}, "headers": {"Accept": "text/turtle"}},
    "bad graph IRI": {"params": {"query": SMALL, "default-graph-uri": "not an iri"}, "headers": {}},
}


@pytest.fixture(scope="module")
def app_server(server_settings: Settings) -> Iterator[tuple[str, FastAPI]]:
    with serve(server_settings.model_copy(update={"port": free_port()})) as running:
        yield running


def both_ways(app: FastAPI, send: Any) -> tuple[httpx.Response, httpx.Response]:
    direct = send()
    shortcut = app.sparql  # type: ignore[attr-defined]
    assert shortcut is not None
    app.sparql = None  # type: ignore[attr-defined]
    try:
        routed = send()
    finally:
        app.sparql = shortcut  # type: ignore[attr-defined]
    return direct, routed


def same(direct: httpx.Response, routed: httpx.Response) -> None:
    assert direct.status_code == routed.status_code
    skip = {"date", "server"}
    assert [(k, v) for k, v in direct.headers.multi_items() if k not in skip] == [
        (k, v) for k, v in routed.headers.multi_items() if k not in skip
    ]
    assert direct.content == routed.content


@pytest.mark.parametrize("case", list(CASES))
def test_get_answers_as_fastapi_does(app_server: tuple[str, FastAPI], case: str) -> None:
    url, app = app_server
    with httpx.Client(base_url=url, timeout=30) as http:
        direct, routed = both_ways(app, lambda: http.get("/sparql", **CASES[case]))
    same(direct, routed)
    if case.startswith("large"):  # streamed, in several chunks
        assert len(direct.content) > 2 * 64 * 1024
        gzipped = "gzip" in CASES[case]["headers"].get("Accept-Encoding", "")
        assert (direct.headers.get("content-encoding") == "gzip") == gzipped
    if case.startswith("medium"):  # whole, above the minimum size: encoded as the middleware does
        assert 2048 <= len(direct.content) < 64 * 1024
        assert "content-length" in direct.headers
        assert "Accept-Encoding" in direct.headers["vary"]
        gzipped = "gzip" in CASES[case]["headers"]["Accept-Encoding"]
        assert (direct.headers.get("content-encoding") == "gzip") == gzipped


@pytest.mark.parametrize(
    "kind", ["form", "body", "form and URL", "update", "unknown type", "not UTF-8", "cached"]
)
def test_post_answers_as_fastapi_does(app_server: tuple[str, FastAPI], kind: str) -> None:
    url, app = app_server
    requests: dict[str, dict[str, Any]] = {
        "form": {"data": {"query": SMALL}},
        "body": {"content": SMALL, "headers": {"Content-Type": "application/sparql-query"}},
        "form and URL": {"data": {"query": SMALL}, "params": {"query": SMALL}},
        "update": {
            "content": "CLEAR ALL",
            "headers": {"Content-Type": "application/sparql-update"},
        },
        "unknown type": {"content": SMALL, "headers": {"Content-Type": "text/plain"}},
        "not UTF-8": {
            "content": b"SELECT \xff",
            "headers": {"Content-Type": "application/sparql-query"},
        },
    }
    with httpx.Client(base_url=url, timeout=30) as http:
        if kind == "cached":
            etag = http.post("/sparql", data={"query": SMALL}).headers["etag"]
            request: dict[str, Any] = {"data": {"query": SMALL}, "headers": {"If-None-Match": etag}}
        else:
            request = requests[kind]
        direct, routed = both_ways(app, lambda: http.post("/sparql", **request))
    same(direct, routed)
    if kind == "cached":
        assert direct.status_code == 304
