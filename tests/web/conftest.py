"""A real uvicorn server on a free loopback port, over the session's built store."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

import httpx
import pytest
import uvicorn
from fastapi import FastAPI

from kg.settings import Settings
from kg.web.app import create_app
from kg.web.serving import http_protocol


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


@contextmanager
def serve(settings: Settings, loop: str = "asyncio") -> Iterator[tuple[str, FastAPI]]:
    """Run the app for ``settings`` with uvicorn in a thread on its port (its URL and app);
    stop it afterwards. ``loop``: the event loop uvicorn uses (``asyncio`` or ``uvloop``)."""
    app = create_app(settings)
    instance = uvicorn.Server(
        uvicorn.Config(
            app,
            host="127.0.0.1",
            port=settings.port,
            log_level="warning",
            timeout_graceful_shutdown=3,
            root_path=settings.root_path,
            loop=loop,  # type: ignore[arg-type]
            http=http_protocol(),  # as kg serve runs it
            access_log=False,
        )
    )
    thread = threading.Thread(target=instance.run, daemon=True)
    thread.start()
    url = f"http://127.0.0.1:{settings.port}"
    try:
        deadline = time.monotonic() + 60
        while not _up(url):
            if time.monotonic() > deadline:
                pytest.fail("the server did not start within 60 s")
            time.sleep(0.1)
        yield url, app
    finally:
        instance.should_exit = True
        thread.join(timeout=10)


def _up(url: str) -> bool:
    try:
        return httpx.get(f"{url}/health", timeout=1).status_code == 200
    except httpx.TransportError:
        return False


@pytest.fixture(scope="session")
def server(server_settings: Settings) -> Iterator[Server]:
    """The shared server of the session."""
    with serve(server_settings) as (url, _):
        yield Server(url, server_settings)


@pytest.fixture
def client(server: Server) -> Iterator[httpx.Client]:
    """An HTTP client for the running server."""
    with httpx.Client(base_url=server.url, timeout=30) as http:
        yield http
