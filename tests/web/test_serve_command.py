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
