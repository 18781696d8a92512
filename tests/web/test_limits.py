"""Time limits that hold: a runaway query is stopped, its worker killed, and others answered.

The server runs in this process, so its query workers are this process's children: a
test can see that the worker running a stopped query is really gone.
"""

from __future__ import annotations

import multiprocessing
import os
import socket
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any
from urllib.parse import quote

import httpx
import pytest
from fastapi import FastAPI

from kg.settings import Settings
from tests.web.conftest import free_port, serve

# every triple four times over: far more combinations than any limit lets it count
CARTESIAN = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"
POLYTEIA = "https://w3id.org/digikom/id/org/polyteia"
CHEAP = f"ASK {{ <{POLYTEIA}> a dk:Startup }}"
SCAN = "ASK { ?startup a dk:Startup }"  # cheap too, but no IRI leads to it: never in-process
WAIT = 60.0  # generous: a loaded machine may take a while to start a fresh worker


def worker_pids() -> set[int]:
    """Live query worker processes of every server in this process."""
    return {
        p.pid
        for p in multiprocessing.active_children()
        if p.name == "kg-query-worker" and p.pid is not None
    }


def exists(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    return True


def eventually(condition: Callable[[], bool], what: str, timeout: float = WAIT) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            pytest.fail(f"not within {timeout:g} s: {what}")
        time.sleep(0.05)


def restarts(client: httpx.Client) -> int:
    return int(client.get("/health").json()["restarts"])


def answers_cheap_query(client: httpx.Client) -> bool:
    response = client.get("/sparql", params={"query": CHEAP})
    return response.status_code == 200 and response.json()["boolean"] is True


def assert_healthy(client: httpx.Client) -> None:
    health = client.get("/health")
    assert health.status_code == 200
    assert health.json()["status"] == "ok"
    assert answers_cheap_query(client)


def test_query_over_its_limit_is_stopped_with_503(client: httpx.Client) -> None:
    before, pids = restarts(client), worker_pids()
    response = client.get("/sparql", params={"query": CARTESIAN, "timeout": "1"})
    assert response.status_code == 503
    assert response.headers["content-type"].startswith("application/json")
    assert response.headers["retry-after"]
    body = response.json()
    assert body["error"] == "QueryTimeout"
    assert "limit of 1 s" in body["message"]
    # the worker that ran it is killed (its CPU freed) and a fresh one takes its place
    eventually(lambda: any(not exists(pid) for pid in pids), "the worker was killed")
    eventually(lambda: restarts(client) > before, "a fresh worker was started")
    assert_healthy(client)


def test_cheap_queries_answer_while_an_expensive_one_runs(client: httpx.Client) -> None:
    outcome: dict[str, Any] = {}

    def expensive() -> None:
        with httpx.Client(base_url=str(client.base_url), timeout=60) as other:
            outcome["response"] = other.get("/sparql", params={"query": CARTESIAN, "timeout": "2"})

    before = restarts(client)
    runner = threading.Thread(target=expensive)
    runner.start()
    time.sleep(0.3)  # let it reach a worker
    answered_meanwhile = 0
    while runner.is_alive():
        assert answers_cheap_query(client)
        if runner.is_alive():
            answered_meanwhile += 1
    runner.join()
    assert outcome["response"].status_code == 503
    assert answered_meanwhile >= 1
    eventually(lambda: restarts(client) > before, "a fresh worker was started")
    assert_healthy(client)


@pytest.fixture(scope="module")
def one_worker(server_settings: Settings) -> Iterator[tuple[str, FastAPI]]:
    """A server with a single worker and a long time limit: only a disconnect frees it."""
    settings = server_settings.model_copy(
        update={"workers": 1, "worker_threads": 1, "query_timeout": 600.0, "port": free_port()}
    )
    with serve(settings) as running:
        yield running


@contextmanager
def occupied(url: str, pool: Any) -> Iterator[int]:
    """Keep the only worker busy with an endless query from a raw socket; yield its pid."""
    (pid,) = pool.pids
    with socket.create_connection(("127.0.0.1", int(url.rsplit(":", 1)[1])), timeout=10) as raw:
        request = f"GET /sparql?query={quote(CARTESIAN)} HTTP/1.1\r\nHost: test\r\n\r\n"
        raw.sendall(request.encode())
        eventually(lambda: pool.busy == 1, "the query reached the worker")
        time.sleep(0.2)
        yield pid


def test_a_client_that_disconnects_stops_its_query(one_worker: tuple[str, FastAPI]) -> None:
    url, app = one_worker
    pool = app.state.kg.pool
    with httpx.Client(base_url=url, timeout=WAIT) as client:
        before = restarts(client)
        with occupied(url, pool) as pid:
            pass  # and the client goes away
        # the only worker would be busy for ten minutes; it is killed and replaced instead
        eventually(lambda: not exists(pid), "the worker was killed")
        response = client.get("/sparql", params={"query": CHEAP, "timeout": str(WAIT)})
        assert response.status_code == 200
        assert response.json()["boolean"] is True
        assert restarts(client) == before + 1
        assert pool.pids != [pid]
        assert_healthy(client)


def test_waiting_for_a_busy_worker_ends_at_the_limit(one_worker: tuple[str, FastAPI]) -> None:
    url, app = one_worker
    pool = app.state.kg.pool
    with httpx.Client(base_url=url, timeout=WAIT) as client:
        with occupied(url, pool) as pid:
            response = client.get("/sparql", params={"query": SCAN, "timeout": "1"})
            assert response.status_code == 503
            assert response.headers["retry-after"]
            assert response.json()["error"] == "Busy"
            assert "stayed busy for 1 s" in response.json()["message"]
            assert pool.pids == [pid]  # the running query was not disturbed
        eventually(lambda: pool.busy == 0, "a fresh worker was started")
        assert_healthy(client)
