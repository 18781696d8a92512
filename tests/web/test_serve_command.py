"""``kg serve`` as a real process, the way ``make serve`` runs it."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time

import httpx
import pytest

from kg.settings import Settings
from tests.web.conftest import free_port

pytestmark = pytest.mark.slow


def test_kg_serve_answers_and_stops_cleanly(built: Settings) -> None:
    port = free_port()
    env = {**os.environ, "KG_STORE": str(built.store), "KG_WORKERS": "1"}
    process = subprocess.Popen(
        [sys.executable, "-m", "kg", "serve", "--port", str(port)],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    try:
        url = f"http://127.0.0.1:{port}"
        for _ in range(300):
            try:
                if httpx.get(f"{url}/health", timeout=1).status_code == 200:
                    break
            except httpx.TransportError:
                time.sleep(0.1)
        response = httpx.get(f"{url}/queries/counts", params={"format": "csv"})
        assert response.status_code == 200
        assert "580" in response.text
    finally:
        process.send_signal(signal.SIGTERM)
        _, err = process.communicate(timeout=30)
    # uvicorn shuts down gracefully, then re-raises the signal so the exit status shows it
    assert process.returncode in (0, -signal.SIGTERM), err.decode()
    assert "Traceback" not in err.decode()
    assert f"http://127.0.0.1:{port}/" in err.decode()


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
    env = {**os.environ, "KG_STORE": str(built.store), "KG_WORKERS": "1"}
    process = subprocess.Popen(
        [sys.executable, "-m", "kg", "serve", "--port", str(port), "--processes", "2"],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    try:
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
        response = httpx.get(f"{url}/queries/counts", params={"format": "csv"})
        assert response.status_code == 200
        assert "580" in response.text
    finally:
        process.send_signal(signal.SIGTERM)
        _, err = process.communicate(timeout=30)
    assert "Traceback" not in err.decode()
    assert "2 processes" in err.decode()


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
