"""Writes: refused without the right token (data unchanged), applied with it; GSP reads."""

from __future__ import annotations

import shutil
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
import uvicorn

from kg.settings import Settings
from kg.web.app import create_app
from tests.web.conftest import free_port

TOKEN = "s3cret-token"
TRIPLE = "<https://example.org/a> <https://example.org/b> <https://example.org/c>"
ASK = f"ASK {{ {TRIPLE} }}"

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def writable(built: Settings, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A server over a copy of the built store, with writes enabled by a token."""
    folder = tmp_path_factory.mktemp("writable")
    release = built.store.resolve()
    copy = folder / "store.d" / release.name
    shutil.copytree(release, copy)
    (folder / "store").symlink_to(Path("store.d") / release.name)
    settings = built.model_copy(
        update={"store": folder / "store", "update_token": TOKEN, "port": free_port()}
    )
    server = uvicorn.Server(
        uvicorn.Config(
            create_app(settings), host="127.0.0.1", port=settings.port, log_level="warning"
        )
    )
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    url = f"http://127.0.0.1:{settings.port}"
    for _ in range(600):
        try:
            if httpx.get(f"{url}/health", timeout=1).status_code == 200:
                break
        except httpx.TransportError:
            time.sleep(0.1)
    yield url
    server.should_exit = True
    thread.join(timeout=10)


def dump(url: str) -> bytes:
    query = "CONSTRUCT { ?s ?p ?o } WHERE { GRAPH ?g { ?s ?p ?o } }"
    response = httpx.post(f"{url}/sparql", data={"query": query, "format": "ntriples"})
    return b"\n".join(sorted(response.content.splitlines()))


def ask(url: str) -> bool:
    return bool(httpx.get(f"{url}/sparql", params={"query": ASK}).json()["boolean"])


@pytest.mark.parametrize(
    ("headers", "status"),
    [({}, 401), ({"Authorization": "Bearer wrong"}, 403), ({"Authorization": TOKEN}, 401)],
)
def test_writes_without_the_right_token_change_nothing(
    writable: str, headers: dict[str, str], status: int
) -> None:
    before = dump(writable)
    update = httpx.post(
        f"{writable}/update",
        content=f"INSERT DATA {{ GRAPH <https://example.org/g> {{ {TRIPLE} }} }}",
        headers={"Content-Type": "application/sparql-update", **headers},
    )
    put = httpx.put(
        f"{writable}/store",
        params={"graph": "https://w3id.org/digikom/graph/meta"},
        content=f"{TRIPLE} .",
        headers={"Content-Type": "application/n-triples", **headers},
    )
    delete = httpx.delete(
        f"{writable}/store",
        params={"graph": "https://w3id.org/digikom/graph/meta"},
        headers=headers,
    )
    assert (update.status_code, put.status_code, delete.status_code) == (status, status, status)
    assert dump(writable) == before


def test_update_with_the_token_is_applied_and_changes_the_etag(writable: str) -> None:
    auth = {"Authorization": f"Bearer {TOKEN}"}
    etag = httpx.get(f"{writable}/sparql", params={"query": ASK}).headers["etag"]
    response = httpx.post(
        f"{writable}/update",
        content=f"INSERT DATA {{ GRAPH <https://example.org/g> {{ {TRIPLE} }} }}",
        headers={"Content-Type": "application/sparql-update", **auth},
        timeout=60,
    )
    assert response.status_code == 204
    after = httpx.get(f"{writable}/sparql", params={"query": ASK})
    assert after.json()["boolean"] is True
    assert after.headers["etag"] != etag


def test_malformed_update_is_400_and_changes_nothing(writable: str) -> None:
    before = dump(writable)
    response = httpx.post(
        f"{writable}/update",
        content="INSERT DATA { <urn:a> <urn:b> ",
        headers={"Content-Type": "application/sparql-update", "Authorization": f"Bearer {TOKEN}"},
        timeout=60,
    )
    assert response.status_code == 400
    assert "line 1" in response.json()["message"]
    assert dump(writable) == before


def test_graph_store_put_get_delete(writable: str) -> None:
    auth = {"Authorization": f"Bearer {TOKEN}"}
    graph = {"graph": "https://example.org/gsp"}
    put = httpx.put(
        f"{writable}/store",
        params=graph,
        content=f"{TRIPLE} .",
        headers={"Content-Type": "application/n-triples", **auth},
        timeout=60,
    )
    assert put.status_code == 204
    got = httpx.get(f"{writable}/store", params=graph, headers={"Accept": "application/n-triples"})
    assert got.status_code == 200
    assert got.text.strip() == f"{TRIPLE} ."
    bad = httpx.post(
        f"{writable}/store",
        params=graph,
        content="<not rdf",
        headers={"Content-Type": "text/turtle", **auth},
        timeout=60,
    )
    assert bad.status_code == 400
    assert (
        httpx.get(
            f"{writable}/store", params=graph, headers={"Accept": "application/n-triples"}
        ).text.strip()
        == f"{TRIPLE} ."
    )
    deleted = httpx.delete(f"{writable}/store", params=graph, headers=auth, timeout=60)
    assert deleted.status_code == 204
    assert httpx.get(f"{writable}/store", params=graph).status_code == 404


def test_graph_store_reads_are_public(writable: str) -> None:
    response = httpx.get(
        f"{writable}/store",
        params={"graph": "https://w3id.org/digikom/graph/curated/entities"},
        headers={"Accept": "text/turtle"},
    )
    assert response.status_code == 200
    assert "Gemeindetag" in response.text
    head = httpx.head(f"{writable}/store", params={"graph": "https://w3id.org/digikom/graph/meta"})
    assert head.status_code == 200
