"""``kg serve`` as a real process, the way ``make serve`` runs it."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

import httpx
import pytest

from kg.settings import Settings
from tests.web.conftest import free_port

pytestmark = pytest.mark.slow


@dataclass
class Served:
    """A ``kg serve`` process; its standard error once it has stopped."""

    process: subprocess.Popen[bytes]
    err: str = ""


@contextmanager
def kg_serve(built: Settings, port: int, *options: str) -> Iterator[Served]:
    """Run ``kg serve`` on ``port`` over the session's store; stop it with SIGTERM."""
    env = {**os.environ, "KG_STORE": str(built.store), "KG_WORKERS": "1"}
    served = Served(
        subprocess.Popen(
            [sys.executable, "-m", "kg", "serve", "--port", str(port), *options],
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
        )
    )
    try:
        yield served
        response = httpx.get(f"http://127.0.0.1:{port}/queries/counts", params={"format": "csv"})
        assert response.status_code == 200
        assert "580" in response.text
    finally:
        served.process.send_signal(signal.SIGTERM)
        served.err = served.process.communicate(timeout=30)[1].decode()


def test_kg_serve_answers_and_stops_cleanly(built: Settings) -> None:
    port = free_port()
    with kg_serve(built, port) as served:
        url = f"http://127.0.0.1:{port}"
        for _ in range(300):
            try:
                if httpx.get(f"{url}/health", timeout=1).status_code == 200:
                    break
            except httpx.TransportError:
                time.sleep(0.1)
    # uvicorn shuts down gracefully, then re-raises the signal so the exit status shows it
    assert served.process.returncode in (0, -signal.SIGTERM), served.err
    assert "Traceback" not in served.err
    assert f"http://127.0.0.1:{port}/" in served.err


def test_kg_serve_without_a_store_says_how_to_build_one(tmp_path: object) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "kg", "serve", "--store", f"{tmp_path}/none"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 1
    assert "run 'kg build' first" in result.stderr


def test_kg_serve_with_several_processes_shares_the_port(built: Settings) -> None:
    port = free_port()
    with kg_serve(built, port, "--processes", "2") as served:
        url = f"http://127.0.0.1:{port}"
        answered: set[int] = set()
        deadline = time.monotonic() + 60
        while len(answered) < 2 and time.monotonic() < deadline:
            try:  # a new connection each time: the kernel hands them to either process
                health = httpx.get(f"{url}/health", timeout=2)
                answered.add(health.json()["process"])
            except httpx.TransportError:
                time.sleep(0.1)
        assert len(answered) == 2
    assert "Traceback" not in served.err
    assert "2 processes" in served.err


def test_several_processes_refuse_writes(built: Settings) -> None:
    env = {**os.environ, "KG_STORE": str(built.store), "KG_UPDATE_TOKEN": "t"}
    result = subprocess.run(
        [sys.executable, "-m", "kg", "serve", "--processes", "2", "--port", str(free_port())],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 2
    assert "need a single server process" in result.stderr
