"""A remote SPARQL server as the store: ``kg build`` pushes to a real ``oxigraph serve``,
the facade forwards to it and answers as it does over the embedded store.

The remote server is the ``oxigraph`` command of the PyPI package of that name, started
on a free loopback port for this module.
"""

from __future__ import annotations

import base64
import gzip
import http.server
import shutil
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx
import pytest
import rdflib
from click.testing import CliRunner
from pyoxigraph import NamedNode, Quad, RdfFormat, parse
from SPARQLWrapper import JSON, TURTLE, SPARQLWrapper

from kg.build import Source, build
from kg.cli import cli
from kg.errors import RemoteError, StoreError
from kg.remote import STAGING, Endpoint, RemoteStore, push, with_prefixes
from kg.settings import Settings
from kg.store import open_live
from tests.conftest import FIXTURES, quads_of, settings_for
from tests.web.conftest import Server, free_port, serve

pytestmark = pytest.mark.slow

OXIGRAPH = Path(sys.executable).parent / "oxigraph"


class Oxigraph:
    """An ``oxigraph serve`` process on a loopback port, restartable on the same data."""

    def __init__(self, folder: Path, *, union: bool = True) -> None:
        self.folder = folder
        self.port = free_port()
        self.union = union
        self.process: subprocess.Popen[bytes] | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}/query"

    def start(self) -> None:
        if not OXIGRAPH.exists():
            pytest.fail(f"{OXIGRAPH} is missing: install the test extra (pip install -e '.[test]')")
        command = [str(OXIGRAPH), "serve", "--location", str(self.folder)]
        command += ["--bind", f"127.0.0.1:{self.port}", "--timeout-s", "20"]
        command += ["--union-default-graph"] if self.union else []
        self.process = subprocess.Popen(command, stderr=subprocess.DEVNULL)
        deadline = time.monotonic() + 30
        while True:
            try:
                if httpx.get(self.url, params={"query": "ASK {}"}, timeout=1).status_code == 200:
                    return
            except httpx.TransportError:
                pass
            if time.monotonic() > deadline or self.process.poll() is not None:
                pytest.fail("oxigraph serve did not start")
            time.sleep(0.1)

    def stop(self) -> None:
        if self.process is not None:
            self.process.terminate()
            self.process.wait(timeout=10)
            self.process = None


@pytest.fixture(scope="module")
def oxigraph(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Oxigraph]:
    server = Oxigraph(tmp_path_factory.mktemp("oxigraph") / "data")
    server.start()
    yield server
    server.stop()


@pytest.fixture(scope="module")
def pushed(tmp_path_factory: pytest.TempPathFactory, oxigraph: Oxigraph) -> Settings:
    """The bundled sources built (as the session's embedded store) and pushed."""
    settings = settings_for(tmp_path_factory.mktemp("remote") / "store", store_url=oxigraph.url)
    messages: list[str] = []
    build(settings, report=messages.append)
    assert any(m.startswith("pushed ") and "triples in" in m for m in messages), messages
    return settings


@pytest.fixture(scope="module")
def facade(pushed: Settings) -> Iterator[Server]:
    """``kg serve`` in front of the remote store, with the session server's limits."""
    settings = pushed.model_copy(
        update={"query_timeout": 3.0, "workers": 2, "max_rows": 50, "port": free_port()}
    )
    with serve(settings) as (url, _):
        yield Server(url, settings)


def remote_quads(url: str) -> set[Quad]:
    """Every quad the remote server holds, read with its own Graph Store (no facade)."""
    store_url = url.removesuffix("/query") + "/store"
    response = httpx.get(store_url, headers={"Accept": "application/n-quads"}, timeout=30)
    response.raise_for_status()
    return set(parse(response.content, RdfFormat.N_QUADS))


def test_push_copies_every_graph_quad_for_quad(pushed: Settings, oxigraph: Oxigraph) -> None:
    local = quads_of(open_live(pushed.store))
    assert remote_quads(oxigraph.url) == local
    assert len({q.graph_name for q in local}) >= 8


def test_an_up_to_date_build_does_not_push_again(pushed: Settings) -> None:
    messages: list[str] = []
    build(pushed, report=messages.append)
    assert any("holds release" in m for m in messages), messages
    assert not any(m.startswith("pushing") for m in messages)


def test_every_canned_query_answers_as_over_the_embedded_store(
    facade: Server, server: Server
) -> None:
    with httpx.Client(timeout=60) as http:
        listing = http.get(f"{server.url}/queries").json()
        assert listing == http.get(f"{facade.url}/queries").json()
        for entry in listing:
            url = (
                entry["url"] + "&format=csv"
                if "?" in entry["url"]
                else entry["url"] + "?format=csv"
            )
            local = http.get(server.url + url)
            remote = http.get(facade.url + url)
            assert remote.status_code == local.status_code == 200, (entry["name"], remote.text)
            assert remote.headers["content-type"] == local.headers["content-type"]
            local_lines, remote_lines = local.text.splitlines(), remote.text.splitlines()
            assert remote_lines[0] == local_lines[0], entry["name"]  # the header
            assert sorted(remote_lines) == sorted(local_lines), entry["name"]


def test_capped_views_and_truncation_work_remotely(facade: Server) -> None:
    body = httpx.get(
        f"{facade.url}/queries/timeline", headers={"Accept": "application/json"}, timeout=30
    ).json()
    assert body["limit"] == 50
    assert body["rows"] == len(body["results"]["bindings"]) <= 50


def test_real_clients_against_the_facade(facade: Server, server: Server) -> None:
    text = "SELECT ?s WHERE { ?s a dk:MunicipalAssociation } ORDER BY ?s"
    answers = []
    for base in (facade.url, server.url):
        client = SPARQLWrapper(f"{base}/sparql")
        client.setQuery(with_prefixes(text))
        client.setReturnFormat(JSON)
        rows = client.queryAndConvert()["results"]["bindings"]  # type: ignore[index]
        answers.append([row["s"]["value"] for row in rows])
    assert answers[0] == answers[1]
    assert answers[0]
    client = SPARQLWrapper(f"{facade.url}/sparql")
    client.setQuery(
        "CONSTRUCT { ?s a <https://w3id.org/digikom/ontology#MunicipalAssociation> } "
        "WHERE { ?s a <https://w3id.org/digikom/ontology#MunicipalAssociation> }"
    )
    client.setReturnFormat(TURTLE)
    turtle = client.queryAndConvert()
    assert isinstance(turtle, bytes)
    assert len(rdflib.Graph().parse(data=turtle, format="turtle")) == len(answers[0])


@pytest.mark.parametrize(
    "accept",
    ["text/csv", "text/tab-separated-values", "application/sparql-results+xml", "*/*"],
)
def test_result_formats_pass_through(facade: Server, accept: str) -> None:
    response = httpx.get(
        f"{facade.url}/sparql",
        params={"query": "SELECT (COUNT(*) AS ?n) { ?s ?p ?o }"},
        headers={"Accept": accept},
    )
    assert response.status_code == 200
    expected = "application/sparql-results+json" if accept == "*/*" else accept
    assert response.headers["content-type"].startswith(expected)
    assert response.headers["etag"]


def test_a_syntax_error_is_a_400_with_the_servers_message(facade: Server) -> None:
    response = httpx.post(f"{facade.url}/sparql", data={"query": "SELECT ?x WHERE { ?x ?p "})
    assert response.status_code == 400
    assert "refused the query" in response.json()["message"]


def test_pages_search_and_downloads_work_remotely(facade: Server, server: Server) -> None:
    with httpx.Client(timeout=60) as http:
        page = http.get(f"{facade.url}/id/org/gemeindetag-bw", headers={"Accept": "text/html"})
        assert page.status_code == 200
        assert "Gemeindetag" in page.text
        hits = http.get(f"{facade.url}/search", params={"q": "gemeindetag", "format": "json"})
        local_hits = http.get(f"{server.url}/search", params={"q": "gemeindetag", "format": "json"})
        assert hits.json() == local_hits.json()
        remote_dump = http.get(f"{facade.url}/downloads/digikom.nq.gz")
        local_dump = http.get(f"{server.url}/downloads/digikom.nq.gz")
        assert remote_dump.status_code == 200
        assert set(parse(gzip.decompress(remote_dump.content), RdfFormat.N_QUADS)) == set(
            parse(gzip.decompress(local_dump.content), RdfFormat.N_QUADS)
        )
        assert http.get(f"{facade.url}/").status_code == 200


def test_a_slow_query_ends_with_504_and_the_facade_keeps_answering(facade: Server) -> None:
    started = time.monotonic()
    response = httpx.get(
        f"{facade.url}/sparql",
        params={
            "query": "SELECT (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }",
            "timeout": "1",
        },
        timeout=30,
    )
    assert response.status_code == 504
    assert "did not answer within 1 s" in response.json()["message"]
    assert time.monotonic() - started < 10
    cheap = httpx.get(f"{facade.url}/sparql", params={"query": "ASK { ?s ?p ?o }"})
    assert cheap.status_code == 200
    assert cheap.json()["boolean"] is True


def test_remote_down_gives_502_and_the_facade_recovers(facade: Server, oxigraph: Oxigraph) -> None:
    query = {"query": "ASK { ?s ?p ?o }"}
    oxigraph.stop()
    try:
        response = httpx.get(f"{facade.url}/sparql", params=query, timeout=30)
        assert response.status_code == 502
        assert "cannot reach the SPARQL server" in response.json()["message"]
        assert httpx.get(f"{facade.url}/queries/funding-totals").status_code == 502
        assert httpx.get(f"{facade.url}/health").status_code == 200
    finally:
        oxigraph.start()
    response = httpx.get(f"{facade.url}/sparql", params=query, timeout=30)
    assert response.status_code == 200
    assert response.json()["boolean"] is True


def test_writes_with_the_token_go_to_the_remote_store(pushed: Settings, oxigraph: Oxigraph) -> None:
    settings = pushed.model_copy(update={"port": free_port(), "update_token": "s3cret"})
    graph = "https://example.org/scratch"
    with serve(settings) as (url, _):
        denied = httpx.put(
            f"{url}/store",
            params={"graph": graph},
            content=b"<a:s> <a:p> <a:o> .",
            headers={"Content-Type": "application/n-triples"},
        )
        assert denied.status_code == 401
        auth = {"Authorization": "Bearer s3cret"}
        put = httpx.put(
            f"{url}/store",
            params={"graph": graph},
            content=b"<a:s> <a:p> <a:o> .",
            headers={"Content-Type": "application/n-triples", **auth},
        )
        assert put.status_code == 204, put.text
        assert NamedNode(graph) in {q.graph_name for q in remote_quads(oxigraph.url)}
        bad = httpx.post(
            f"{url}/update",
            content=b"INSERT DATA { <a:s> }",
            headers={"Content-Type": "application/sparql-update", **auth},
        )
        assert bad.status_code == 400
        gone = httpx.delete(f"{url}/store", params={"graph": graph}, headers=auth)
        assert gone.status_code == 204, gone.text
    assert NamedNode(graph) not in {q.graph_name for q in remote_quads(oxigraph.url)}


def test_the_cli_reads_the_remote_store(pushed: Settings, oxigraph: Oxigraph) -> None:
    runner = CliRunner()
    local = runner.invoke(
        cli, ["query", "--store", str(pushed.store), "funding-totals", "-f", "csv"]
    )
    remote = runner.invoke(
        cli, ["query", "--store-url", oxigraph.url, "funding-totals", "-f", "csv"]
    )
    assert remote.exit_code == 0, remote.output
    assert sorted(remote.output.splitlines()) == sorted(local.output.splitlines())
    stats = runner.invoke(cli, ["stats", "--store-url", oxigraph.url])
    assert stats.exit_code == 0, stats.output
    assert f"release {open_live_release(pushed)}" in stats.output
    exported = runner.invoke(cli, ["export", "--store-url", oxigraph.url, "-f", "nquads"])
    assert set(parse(exported.stdout_bytes, RdfFormat.N_QUADS)) == remote_quads(oxigraph.url)
    refused = runner.invoke(cli, ["query", "--store-url", oxigraph.url, "SELECT ?x WHERE { ?x"])
    assert isinstance(refused.exception, RemoteError)
    assert "answered 400" in str(refused.exception)


def open_live_release(settings: Settings) -> str:
    from kg.store import live_manifest

    manifest = live_manifest(settings.store)
    assert manifest is not None
    return manifest.release


@pytest.mark.usefixtures("pushed")
def test_credentials_are_sent_and_a_refusal_is_clear(oxigraph: Oxigraph) -> None:
    origin = oxigraph.url.removesuffix("/query")
    with failing_proxy(origin, fail_at=0, password="s3cret") as proxy:
        store_url = f"{proxy}/query"
        right = settings_for(Path("unused"), store_url=store_url, store_user="kg")
        right = right.model_copy(update={"store_password": "s3cret"})
        store = RemoteStore(Endpoint.from_settings(right))  # type: ignore[arg-type]
        try:
            assert bool(store.query("ASK { ?s ?p ?o }"))
        finally:
            store.close()
        wrong = right.model_copy(update={"store_password": "guess"})
        store = RemoteStore(Endpoint.from_settings(wrong))  # type: ignore[arg-type]
        try:
            with pytest.raises(RemoteError, match="answered 401"):
                store.query("ASK { ?s ?p ?o }")
        finally:
            store.close()


class _FailingProxy(http.server.ThreadingHTTPServer):
    """Forwards to the remote server but fails the ``fail_at``-th PUT with a 500; with a
    ``password``, asks for basic authentication (user ``kg``) like a guarded server."""

    def __init__(self, target: str, fail_at: int, password: str | None = None) -> None:
        self.target = target
        self.fail_at = fail_at
        self.puts = 0
        self.password = password
        super().__init__(("127.0.0.1", 0), _ProxyHandler)


class _ProxyHandler(http.server.BaseHTTPRequestHandler):
    server: _FailingProxy

    def _forward(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length else b""
        if self.server.password is not None:
            expected = base64.b64encode(f"kg:{self.server.password}".encode()).decode()
            if self.headers.get("Authorization") != f"Basic {expected}":
                self.send_response(401)
                self.send_header("WWW-Authenticate", 'Basic realm="kg"')
                self.send_header("Content-Length", "0")
                self.end_headers()
                return
        if self.command == "PUT":
            self.server.puts += 1
            if self.server.puts == self.server.fail_at:
                self.send_response(500)
                self.send_header("Content-Length", "11")
                self.end_headers()
                self.wfile.write(b"disk failed")
                return
        skip = ("host", "authorization")
        headers = {k: v for k, v in self.headers.items() if k.lower() not in skip}
        answer = httpx.request(
            self.command, self.server.target + self.path, content=body, headers=headers
        )
        self.send_response(answer.status_code)
        for key in ("Content-Type",):
            if key in answer.headers:
                self.send_header(key, answer.headers[key])
        self.send_header("Content-Length", str(len(answer.content)))
        self.end_headers()
        self.wfile.write(answer.content)

    do_GET = do_POST = do_PUT = _forward  # noqa: N815 (http.server's names)

    def log_message(self, *args: object) -> None:
        """Quiet."""


@contextmanager
def failing_proxy(target: str, fail_at: int, password: str | None = None) -> Iterator[str]:
    proxy = _FailingProxy(target, fail_at, password)
    thread = threading.Thread(target=proxy.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{proxy.server_address[1]}"
    finally:
        proxy.shutdown()
        proxy.server_close()


@pytest.mark.usefixtures("pushed")
def test_a_failed_push_leaves_the_remote_graphs_as_they_were(
    oxigraph: Oxigraph, tmp_path: Path
) -> None:
    before = remote_quads(oxigraph.url)
    settings = settings_for(tmp_path / "store")
    build(settings, [Source("rdf", FIXTURES / "rdf" / "extra.ttl")])
    origin = oxigraph.url.removesuffix("/query")
    with failing_proxy(origin, fail_at=4) as proxy:
        endpoint = Endpoint(f"{proxy}/query", f"{proxy}/update", f"{proxy}/store")
        with pytest.raises(RemoteError, match="remote graphs are as they were") as failure:
            push(open_live(settings.store), endpoint, "test-release", report=lambda _: None)
    assert "answered 500: disk failed" in str(failure.value)
    after = remote_quads(oxigraph.url)
    assert after == before
    assert not any(q.graph_name.value.startswith(STAGING) for q in after)  # type: ignore[union-attr]


def test_a_push_replaces_graphs_and_drops_stale_ones_even_without_a_graph_store(
    pushed: Settings, oxigraph: Oxigraph, tmp_path: Path
) -> None:
    origin = oxigraph.url.removesuffix("/query")
    update_only = Endpoint(oxigraph.url, f"{origin}/update", None)
    bigger = settings_for(tmp_path / "bigger")
    build(bigger, [Source("rdf", FIXTURES / "rdf" / "extra.ttl")])
    push(open_live(bigger.store), update_only, "bigger", report=lambda _: None)
    assert remote_quads(oxigraph.url) == quads_of(open_live(bigger.store))
    # back to the bundled release: the extra source's graph is dropped
    push(open_live(pushed.store), update_only, "bundled", report=lambda _: None)
    assert remote_quads(oxigraph.url) == quads_of(open_live(pushed.store))


def test_serving_needs_a_union_default_graph(tmp_path: Path) -> None:
    plain = Oxigraph(tmp_path / "plain", union=False)
    plain.start()
    try:
        settings = settings_for(tmp_path / "store", store_url=plain.url)
        build(settings)
        store = RemoteStore(Endpoint.from_settings(settings))  # type: ignore[arg-type]
        try:
            from kg.remote import check_union_default_graph

            with pytest.raises(StoreError, match="--union-default-graph"):
                check_union_default_graph(store)
        finally:
            store.close()
    finally:
        plain.stop()


def test_endpoint_defaults_follow_the_server_conventions(tmp_path: Path) -> None:
    oxigraph_style = Endpoint.from_settings(settings_for(tmp_path, store_url="http://h:7878/query"))
    assert oxigraph_style is not None
    assert oxigraph_style.update_url == "http://h:7878/update"
    assert oxigraph_style.gsp_url == "http://h:7878/store"
    virtuoso = Endpoint.from_settings(
        settings_for(
            tmp_path,
            store_url="http://h:8890/sparql",
            store_gsp_url="http://h:8890/sparql-graph-crud-auth",
            store_user="dba",
            store_password="pw",
            store_auth="digest",
        )
    )
    assert virtuoso is not None
    assert virtuoso.update_url == "http://h:8890/sparql"
    assert isinstance(virtuoso.auth, httpx.DigestAuth)
    assert Endpoint.from_settings(settings_for(tmp_path)) is None
    with pytest.raises(StoreError, match="not an http"):
        Endpoint.from_settings(settings_for(tmp_path, store_url="ftp://h/query"))


def test_unreachable_remote_at_build_says_so_and_keeps_the_local_store(tmp_path: Path) -> None:
    settings = settings_for(tmp_path / "store", store_url=f"http://127.0.0.1:{free_port()}/query")
    with pytest.raises(RemoteError, match="cannot reach the SPARQL server"):
        build(settings)
    assert open_live(settings.store) is not None  # the local build itself was published
    shutil.rmtree(tmp_path / "store.d", ignore_errors=True)


def test_a_dataset_named_in_the_request_is_passed_on(facade: Server, server: Server) -> None:
    meta = "https://w3id.org/digikom/graph/meta"
    params = {"query": "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }", "default-graph-uri": meta}
    counts = [
        httpx.get(f"{base}/sparql", params=params, headers={"Accept": "text/csv"}).text
        for base in (facade.url, server.url)
    ]
    assert counts[0] == counts[1]
    assert int(counts[0].split()[1]) < 500  # the meta graph alone, not the union


def test_a_large_answer_streams_through_whole(facade: Server, pushed: Settings) -> None:
    query = "SELECT ?s ?p ?o WHERE { GRAPH ?g { ?s ?p ?o } }"
    with httpx.stream(
        "POST",
        f"{facade.url}/sparql",
        data={"query": query},
        headers={"Accept": "text/tab-separated-values"},
        timeout=60,
    ) as response:
        assert response.status_code == 200
        chunks = list(response.iter_bytes())
    lines = b"".join(chunks).decode("utf-8").splitlines()
    assert len(lines) - 1 == len(quads_of(open_live(pushed.store)))


def test_canned_queries_in_plain_sparql_for_servers_without_lateral(
    pushed: Settings, server: Server
) -> None:
    settings = pushed.model_copy(update={"port": free_port(), "max_rows": 50})
    with serve(settings) as (url, app), httpx.Client(timeout=60) as http:
        assert app.state.kg.pool.lateral is True  # oxigraph serve knows LATERAL
        app.state.kg.pool.lateral = False  # as for Virtuoso or Fuseki: rewritten
        app.state.kg.store._lateral = False
        for entry in http.get(f"{server.url}/queries").json():
            separator = "&" if "?" in entry["url"] else "?"
            path = entry["url"] + separator + "format=csv"
            plain, local = http.get(url + path), http.get(server.url + path)
            assert plain.status_code == 200, (entry["name"], plain.text)
            assert sorted(plain.text.splitlines()) == sorted(local.text.splitlines())
