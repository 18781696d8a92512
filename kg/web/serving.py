"""How uvicorn runs the app: its HTTP protocol, with a response's writes joined.

uvicorn's httptools protocol writes a response's status line and headers in one
``write`` and its body in another: two system calls, and two wake-ups of a client
waiting for the answer, per small response. ``JoinedWrites`` hands the protocol a
transport that gathers what is written during one turn of the event loop and writes
it at the end of that turn in one call: the same bytes, in the same order, one turn
later at most.
"""

from __future__ import annotations

import asyncio
from typing import Any

from uvicorn.protocols.http.httptools_impl import HttpToolsProtocol


class _JoiningTransport:
    """An ``asyncio.Transport`` that writes what it was given in one turn of the loop at
    once (before closing, too); everything else goes to the real transport."""

    __slots__ = ("_loop", "_pending", "_transport")

    def __init__(self, transport: asyncio.Transport, loop: asyncio.AbstractEventLoop) -> None:
        self._transport = transport
        self._loop = loop
        self._pending: list[bytes] | None = None

    def write(self, data: bytes) -> None:
        if self._pending is None:
            self._pending = [data]
            self._loop.call_soon(self._flush)
        else:
            self._pending.append(data)

    def _flush(self) -> None:
        pending, self._pending = self._pending, None
        if pending and not self._transport.is_closing():
            self._transport.write(pending[0] if len(pending) == 1 else b"".join(pending))

    def close(self) -> None:
        self._flush()
        self._transport.close()

    def is_closing(self) -> bool:
        return self._transport.is_closing()

    def __getattr__(self, name: str) -> Any:
        return getattr(self._transport, name)


class JoinedWrites(HttpToolsProtocol):
    """uvicorn's httptools protocol over a ``_JoiningTransport``."""

    def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
        joined = _JoiningTransport(transport, asyncio.get_running_loop())
        super().connection_made(joined)  # type: ignore[arg-type]


def http_protocol() -> type[asyncio.Protocol]:
    """What to give uvicorn as ``http``: httptools' protocol with joined writes."""
    return JoinedWrites
