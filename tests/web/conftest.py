"""A real uvicorn server on a free loopback port, over the session's built store."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass

import httpx
import pytest
import uvicorn

from kg.settings import Settings
from kg.web.app import create_app


@dataclass(frozen=True)
class Server:
    """A running server: its base URL and settings."""

    url: str
    settings: Settings


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.fixture(scope="session")
def server_settings(built: Settings) -> Settings:
    """The built store with limits small enough to test: 3 s timeout, 2 workers."""
    return built.model_copy(
        update={"query_timeout": 3.0, "workers": 2, "max_rows": 50, "port": free_port()}
    )


@pytest.fixture(scope="session")
def server(server_settings: Settings) -> Iterator[Server]:
    """Start uvicorn in a thread; stop it at the end of the session."""
    config = uvicorn.Config(
        create_app(server_settings),
        host="127.0.0.1",
        port=server_settings.port,
        log_level="warning",
        timeout_graceful_shutdown=3,
    )
    instance = uvicorn.Server(config)
    thread = threading.Thread(target=instance.run, daemon=True)
    thread.start()
    url = f"http://127.0.0.1:{server_settings.port}"
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            if httpx.get(f"{url}/health", timeout=1).status_code == 200:
                break
        except httpx.TransportError:
            time.sleep(0.1)
    else:
        pytest.fail("the server did not start within 60 s")
    yield Server(url, server_settings)
    instance.should_exit = True
    thread.join(timeout=10)


@pytest.fixture
def client(server: Server) -> Iterator[httpx.Client]:
    """An HTTP client for the running server."""
    with httpx.Client(base_url=server.url, timeout=30) as http:
        yield http
