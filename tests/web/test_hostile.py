"""Hostile input: query shapes that crash the engine, oversized and malformed requests, slow
clients. Each gets a clean 4xx with a JSON body naming the problem (or a correct answer),
and the server answers everyone else, during and after.
"""

from __future__ import annotations

import json
import socket
import time
from collections.abc import Iterator
from urllib.parse import quote, urlencode, urlsplit

import httpx
import pytest
from fastapi import FastAPI

from kg.settings import Settings
from tests.web.conftest import Server, free_port, serve
from tests.web.test_limits import answers_cheap_query, eventually, restarts

POLYTEIA = "https://w3id.org/digikom/id/org/polyteia"
DK = "https://w3id.org/digikom/ontology#"
CHEAP = f"ASK {{ <{POLYTEIA}> a dk:Startup }}"
FORM = "application/x-www-form-urlencoded"
FORM_TYPE = {"Content-Type": FORM}


def assert_alive(client: httpx.Client) -> None:
    """The server still answers /health and a real query, correctly."""
    health = client.get("/health")
    assert health.status_code == 200
    assert health.json()["status"] == "ok"
    answer = client.get("/sparql", params={"query": CHEAP})
    assert answer.status_code == 200
    assert answer.json()["boolean"] is True


def refused(response: httpx.Response, status: int | tuple[int, ...], *words: str) -> str:
    """Assert a JSON error with one of ``status`` whose message has all ``words``."""
    statuses = (status,) if isinstance(status, int) else status
    assert response.status_code in statuses, response.text[:300]
    assert response.headers["content-type"].startswith("application/json")
    body = response.json()
    assert set(body) >= {"error", "message"}
    message = str(body["message"])
    for word in words:
        assert word in message, message
    return message


def nested(opening: str, inner: str, closing: str, depth: int) -> str:
    return opening * depth + inner + closing * depth


NESTING = {
    "groups": "ASK " + nested("{ ", "?s ?p ?o", " }", 3000),
    "optional": "ASK { ?s ?p ?o " + nested("OPTIONAL { ", "?s ?p ?o", " }", 3000) + " }",
    "subselect": "SELECT * WHERE " + nested("{ SELECT * WHERE ", "{ ?s ?p ?o }", " }", 3000),
    "parentheses": "ASK { FILTER(" + nested("(", "true", ")", 10_000) + ") }",
}


@pytest.mark.parametrize("query", NESTING.values(), ids=NESTING.keys())
def test_deep_nesting_is_refused_before_the_engine(client: httpx.Client, query: str) -> None:
    response = client.post("/sparql", data={"query": query})
    refused(response, 400, "levels deep", "at most 200")
    assert_alive(client)


def test_ten_thousand_negations_are_refused(client: httpx.Client) -> None:
    query = "ASK { FILTER(" + "!" * 10_000 + "true) }"
    refused(client.post("/sparql", data={"query": query}), 400, "10000 '!' operators")
    assert_alive(client)


def test_a_property_path_of_50000_steps_is_refused(client: httpx.Client) -> None:
    path = "/".join(["a"] * 50_000)  # the shortest step there is: still over the length limit
    long = client.post("/sparql", data={"query": f"ASK {{ ?s {path} ?o }}"})
    refused(long, 413, "characters", "at most 100000")
    shorter = "|".join(["a"] * 20_000)
    refused(
        client.post("/sparql", data={"query": f"ASK {{ ?s {shorter} ?o }}"}),
        400,
        "19999 path operators",
    )
    assert_alive(client)


def test_nesting_up_to_the_limit_answers_correctly(client: httpx.Client) -> None:
    query = "ASK " + nested("{ ", f"<{POLYTEIA}> a dk:Startup", " }", 200)
    response = client.post("/sparql", data={"query": query})
    assert response.status_code == 200
    assert response.json()["boolean"] is True


def test_long_operator_chains_answer_instead_of_crashing(client: httpx.Client) -> None:
    """Flat chains the nesting check lets through, but that overflowed the engine's stack."""
    chains = {
        "ASK { FILTER(" + "+".join(["1"] * 8000) + " = 8000) }": True,
        "ASK { FILTER(" + "&&".join(["true"] * 10_000) + ") }": True,
        "ASK { " + "MINUS { }" * 3000 + " }": True,
        "ASK { " + " UNION ".join(["{ }"] * 7000) + " }": True,
    }
    for query, expected in chains.items():
        response = client.post("/sparql", data={"query": query, "timeout": "2"})
        if response.status_code == 503:  # slow on this machine, but stopped: no crash
            refused(response, 503, "limit")
        else:
            assert response.status_code == 200, (query[:40], response.text[:300])
            assert response.json()["boolean"] is expected
    assert_alive(client)


def test_an_escaped_quote_in_a_name_hides_no_nesting(client: httpx.Client) -> None:
    """``dk:x\\'`` is a name, not the start of a string that runs to the end of the line."""
    deep = nested("(", "true", ")", 10_000)
    query = f"ASK {{ ?s dk:x\\' ?o . FILTER({deep}) }}"
    refused(client.post("/sparql", data={"query": query}), 400, "10002 levels deep")
    closing = "ASK { ?s dk:x" + "\\)" * 10_000 + " ?o . FILTER(" + deep + ") }"
    refused(client.post("/sparql", data={"query": closing}), 400, "10002 levels deep")
    assert_alive(client)


def test_nesting_the_check_misreads_cannot_crash_a_worker(client: httpx.Client) -> None:
    """The check reads ``<((…>`` as an IRI where the engine reads less-than and parentheses,
    so this reaches the engine 40,000 levels deep: it answers (a worker that died would
    have made it a 500)."""
    less_than = "".join("1<" + "(" * 4000 + "2>(" for _ in range(10))
    hidden = f"ASK {{ FILTER({less_than}1{')' * 10 * 4001}) }}"
    response = client.post("/sparql", data={"query": hidden})
    assert response.status_code == 200, response.text[:300]
    assert response.json()["boolean"] is False
    assert_alive(client)


@pytest.fixture(scope="module")
def lenient(server_settings: Settings) -> Iterator[tuple[str, FastAPI]]:
    """A server whose nesting check lets 5,000 levels through to the engine, and waits long."""
    settings = server_settings.model_copy(
        update={"max_nesting": 5000, "query_timeout": 60.0, "port": free_port()}
    )
    with serve(settings) as running:
        yield running


def test_deep_queries_answer_correctly_when_the_limit_allows(
    lenient: tuple[str, FastAPI],
) -> None:
    """Depth 1,000 of each shape, and 3,000 nested groups or parentheses (which overflowed
    the engine's stack before it ran on a large one), give the right answer."""
    inner = f"<{POLYTEIA}> a ?type"
    with httpx.Client(base_url=lenient[0], timeout=30) as client:

        def ask(query: str) -> bool:
            response = client.post("/sparql", data={"query": query})
            assert response.status_code == 200, response.text[:300]
            return bool(response.json()["boolean"])

        for depth in (1000, 3000):
            yes = "ASK " + nested("{ ", f"<{POLYTEIA}> a dk:Startup", " }", depth)
            no = "ASK " + nested("{ ", f"<{POLYTEIA}> a dk:Ministry", " }", depth)
            assert ask(yes) is True
            assert ask(no) is False
            assert ask("ASK { FILTER(" + nested("(", "1 + 1", ")", depth) + " = 2) }") is True
        optional = "ASK { ?s a dk:Startup " + nested("OPTIONAL { ", "?s ?p ?o", " }", 1000) + " }"
        assert ask(optional) is True
        subselect = "SELECT * WHERE " + nested("{ SELECT * WHERE ", f"{{ {inner} }}", " }", 1000)
        types = client.post("/sparql", data={"query": subselect}).json()["results"]["bindings"]
        assert f"{DK}Startup" in {row["type"]["value"] for row in types}
        assert_alive(client)


def test_a_1_mb_query_is_refused(client: httpx.Client) -> None:
    query = "ASK { ?s ?p " + '"' + "x" * 1_000_000 + '" }'
    refused(client.post("/sparql", data={"query": query}), 413, "at most 1000000")
    body = client.post(
        "/sparql", content=query, headers={"Content-Type": "application/sparql-query"}
    )
    refused(body, 413, "at most 1000000")
    just_under = query[:990_000] + '" }'  # within the body limit, over the length limit
    refused(client.post("/sparql", data={"query": just_under}), 413, "at most 100000 are accepted")
    assert_alive(client)


def test_a_1_mb_url_is_refused(server: Server, client: httpx.Client) -> None:
    status, _, _ = raw_request(server, f"GET /sparql?query={'x' * 1_000_000} HTTP/1.1\r\n")
    assert 400 <= status < 500
    assert_alive(client)


def test_a_16_mb_body_is_refused_before_it_is_read(server: Server, client: httpx.Client) -> None:
    head = (
        "POST /sparql HTTP/1.1\r\nHost: test\r\n"
        f"Content-Type: application/sparql-query\r\nContent-Length: {16 * 1024 * 1024}\r\n\r\n"
    )
    status, _, body = raw_request(server, head, b"ASK { ?s ?p ?o }", complete=False)
    assert status == 413
    assert "16777216 bytes; at most 1000000" in json.loads(body)["message"]
    assert_alive(client)


def test_a_16_mb_chunked_body_is_cut_off(client: httpx.Client) -> None:
    def chunks() -> Iterator[bytes]:
        yield b"ASK { ?s ?p "
        for _ in range(256):
            yield b"#" * 65536  # a comment, 16 MB of it

    response = client.post(
        "/sparql", content=chunks(), headers={"Content-Type": "application/sparql-query"}
    )
    refused(response, 413, "larger than 1000000 bytes")
    assert_alive(client)


@pytest.mark.parametrize(
    "target",
    [
        "/sparql?query=ASK%20%7B%20%3Fs%20%3Fp%20%22%FF%22%20%7D",
        "/sparql?query=ASK&default-graph-uri=urn:%E9",
        "/queries/find?text=%C3%28",
    ],
    ids=["query", "graph", "canned"],
)
def test_invalid_utf8_in_the_url_is_400(server: Server, client: httpx.Client, target: str) -> None:
    status, headers, body = raw_request(server, f"GET {target} HTTP/1.1\r\n")
    assert status == 400
    assert headers["content-type"].startswith("application/json")
    assert "URL query string is not valid UTF-8" in json.loads(body)["message"]
    assert_alive(client)


def test_raw_non_ascii_bytes_in_the_request_line_are_400(
    server: Server, client: httpx.Client
) -> None:
    """Refused by the HTTP parser itself, before the application sees the request."""
    status, _, _ = raw_request(server, "GET /sparql?query=ASK+{+?s+?p+\xff+} HTTP/1.1\r\n")
    assert status == 400
    assert_alive(client)


@pytest.mark.parametrize(
    ("body", "words"),
    [
        (b"query=ASK%20%7B%20%3Fs%20%3Fp%20%22%FF%22%20%7D", "percent-encoded value in the form"),
        (b'query=ASK { ?s ?p "\xfe\xff" }', "form body is not valid UTF-8"),
    ],
    ids=["percent-encoded", "raw"],
)
def test_invalid_utf8_in_a_form_is_400(client: httpx.Client, body: bytes, words: str) -> None:
    response = client.post("/sparql", content=body, headers={"Content-Type": FORM})
    refused(response, 400, words)
    assert_alive(client)


def test_invalid_utf8_in_a_query_body_is_400(client: httpx.Client) -> None:
    response = client.post(
        "/sparql",
        content=b'ASK { ?s ?p "caf\xe9" }',  # Latin-1, not UTF-8
        headers={"Content-Type": "application/sparql-query; charset=utf-8"},
    )
    refused(response, 400, "query body is not valid UTF-8 (byte 16)")
    assert_alive(client)


@pytest.mark.parametrize("how", ["url", "form", "body"])
def test_a_nul_byte_is_400(client: httpx.Client, how: str) -> None:
    query = 'ASK { ?s ?p "a\x00b" }'
    if how == "url":
        response = client.get("/sparql", params={"query": query})
    elif how == "form":
        response = client.post("/sparql", data={"query": query})
    else:
        response = client.post(
            "/sparql", content=query, headers={"Content-Type": "application/sparql-query"}
        )
    refused(response, 400, "NUL")
    assert_alive(client)


def test_a_nul_byte_in_a_canned_parameter_matches_nothing(client: httpx.Client) -> None:
    response = client.get("/queries/find", params={"text": "Gemeinde\x00tag"})
    assert response.status_code in (200, 400)
    if response.status_code == 200:  # a literal with a NUL in it matches nothing
        assert response.json()["results"]["bindings"] == []
    else:
        refused(response, 400, "text")
    assert_alive(client)


def test_5000_default_graph_uris_are_refused(server: Server, client: httpx.Client) -> None:
    graphs = [("default-graph-uri", f"urn:graph:{n}") for n in range(5000)]
    form = client.post("/sparql", content=urlencode([("query", CHEAP), *graphs]), headers=FORM_TYPE)
    refused(form, 400, "more than 200 parameters")
    some = urlencode([("query", CHEAP), *graphs[:150]])
    refused(client.post("/sparql", content=some, headers=FORM_TYPE), 400, "at most 100 default")
    url = "&".join(f"default-graph-uri=urn:g:{n}" for n in range(5000))
    status, _, _ = raw_request(server, f"GET /sparql?query=ASK%7B%7D&{url} HTTP/1.1\r\n")
    assert 400 <= status < 500
    assert_alive(client)


def test_a_withheld_body_does_not_hold_up_others(server: Server, client: httpx.Client) -> None:
    """Many clients send headers and then nothing; everyone else is answered meanwhile."""
    stalled = [connect(server) for _ in range(20)]
    try:
        for raw in stalled:
            raw.sendall(
                b"POST /sparql HTTP/1.1\r\nHost: test\r\nContent-Type: "
                + FORM.encode()
                + b"\r\nContent-Length: 100\r\n\r\nquery=AS"
            )
        for _ in range(10):
            assert_alive(client)
    finally:
        for raw in stalled:
            raw.close()
    assert_alive(client)


def test_a_trickled_body_is_answered_and_others_are_not_held_up(
    server: Server, client: httpx.Client
) -> None:
    body = f"query={quote(CHEAP)}".encode()
    head = (
        f"POST /sparql HTTP/1.1\r\nHost: test\r\nContent-Type: {FORM}\r\n"
        f"Accept: application/sparql-results+json\r\nContent-Length: {len(body)}\r\n\r\n"
    )
    answered = 0
    with connect(server) as raw:
        raw.sendall(head.encode())
        for start in range(0, len(body), 8):
            raw.sendall(body[start : start + 8])
            time.sleep(0.05)
            if start % 32 == 0:
                assert_alive(client)
                answered += 1
        status, _, answer = read_response(raw)
    assert answered >= 2
    assert status == 200
    assert json.loads(answer)["boolean"] is True


def test_clients_that_do_not_read_do_not_hold_the_workers(
    server: Server, client: httpx.Client
) -> None:
    """Clients that ask for a large result and never read it, one more than the queries all
    workers run at once: their time limit still holds, every worker is stopped."""
    before = restarts(client)
    query = quote("SELECT * WHERE { ?s ?p ?o . ?a ?b ?c } LIMIT 1000000")
    stalled = []
    try:
        for _ in range(server.settings.workers * server.settings.worker_threads + 1):
            raw = socket.socket()
            raw.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 4096)
            raw.settimeout(30)
            raw.connect(address(server))
            raw.sendall(
                f"GET /sparql?query={query}&format=tsv&timeout=1 HTTP/1.1\r\nHost: t\r\n\r\n".encode()
            )
            stalled.append(raw)
        eventually(lambda: restarts(client) >= before + server.settings.workers, "workers stopped")
        eventually(lambda: answers_cheap_query(client), "a cheap query answered")
    finally:
        for raw in stalled:
            raw.close()
    assert_alive(client)


# --- raw HTTP, for what a well-behaved client library would not send --------------------


def address(server: Server) -> tuple[str, int]:
    parts = urlsplit(server.url)
    assert parts.hostname is not None
    assert parts.port is not None
    return parts.hostname, parts.port


def connect(server: Server) -> socket.socket:
    return socket.create_connection(address(server), timeout=30)


def raw_request(
    server: Server, head: str, body: bytes = b"", *, complete: bool = True
) -> tuple[int, dict[str, str], bytes]:
    """Send ``head`` (a request line, and headers unless ``complete``) and ``body`` as raw bytes."""
    if complete:
        head += "Host: test\r\nConnection: close\r\n\r\n"
    with connect(server) as raw:
        raw.sendall(head.encode("latin-1") + body)
        return read_response(raw)


def read_response(raw: socket.socket) -> tuple[int, dict[str, str], bytes]:
    """Status, headers and body of one HTTP/1.1 response (by Content-Length, or to EOF)."""
    data = b""
    while b"\r\n\r\n" not in data:
        chunk = raw.recv(65536)
        if not chunk:
            break
        data += chunk
    head, _, body = data.partition(b"\r\n\r\n")
    lines = head.decode("latin-1").split("\r\n")
    status = int(lines[0].split()[1])
    headers = {}
    for line in lines[1:]:
        name, _, value = line.partition(":")
        headers[name.strip().lower()] = value.strip()
    length = int(headers.get("content-length", -1))
    while length < 0 or len(body) < length:
        try:
            chunk = raw.recv(65536)
        except OSError:
            break
        if not chunk:
            break
        body += chunk
    return status, headers, body
