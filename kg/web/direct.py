"""``/sparql`` GET and POST past FastAPI: the same handlers and headers, fewer Python steps.

A light query costs the engine a few dozen microseconds; routing it through FastAPI
(dependency solving, five middleware layers each wrapping ``send``) cost about as much
again. ``App`` in ``kg.web.app`` hands these two routes to ``DirectSparql`` instead,
which runs the same handlers (``kg.web.sparql``), maps project errors to the same
bodies (``kg.web.errors``) and gives the same headers and bytes: a whole answer is encoded
as ``GZipMiddleware`` would encode it (left alone below its minimum size; else ``Vary:
Accept-Encoding`` added and, when the client accepts gzip, compressed at the same level)
and gets the CORS headers exactly as ``CORSMiddleware`` writes them; a streamed answer,
or one so large that the middleware would compress it in a thread, goes through the very
``GZipMiddleware`` and ``CORSMiddleware`` of the app.
"""

from __future__ import annotations

import zlib
from typing import Any

from starlette.datastructures import MutableHeaders
from starlette.middleware.cors import CORSMiddleware
from starlette.middleware.gzip import GZipMiddleware
from starlette.requests import Request
from starlette.responses import PlainTextResponse, Response, StreamingResponse
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from kg.errors import KGError
from kg.web.errors import error_response
from kg.web.sparql import sparql_get, sparql_post
from kg.web.state import state_of

GZIP_MINIMUM = 2048  # bytes: smaller bodies are sent as they are
GZIP_LEVEL = 9  # GZipMiddleware's default compression level
GZIP_THREAD_MINIMUM = 128 * 1024  # bytes: GZipMiddleware compresses these in a thread
CORS: dict[str, Any] = {
    "allow_origins": ["*"],
    "allow_methods": ["GET", "POST", "HEAD", "OPTIONS"],
    "allow_headers": ["Accept", "Content-Type", "Authorization", "If-None-Match"],
    "expose_headers": ["ETag", "X-Data-Release"],
    "max_age": 3600,
}
_RESPONSE = "kg.response"  # scope key: the answer the middleware below are to send


async def _send_response(scope: Scope, receive: Receive, send: Send) -> None:
    response: Response = scope.pop(_RESPONSE)
    await response(scope, receive, send)


class DirectSparql:
    """An ASGI app answering ``/sparql`` GET and POST (see the module's doc)."""

    def __init__(self, *, cors: bool) -> None:
        self.cors = CORSMiddleware(_send_response, **CORS) if cors else None
        wrapped: ASGIApp = GZipMiddleware(_send_response, minimum_size=GZIP_MINIMUM)
        self.wrapped = CORSMiddleware(wrapped, **CORS) if cors else wrapped

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        started = False

        async def tracked(message: Message) -> None:
            nonlocal started
            started = True
            await send(message)

        try:
            response = await _answer(scope, receive)
            encoded = None if type(response) is StreamingResponse else _encoded(scope, response)
            if encoded is None:
                scope[_RESPONSE] = response
                await self.wrapped(scope, receive, tracked)
                return
            raw, body = encoded
            started = True
            await send(
                {
                    "type": "http.response.start",
                    "status": response.status_code,
                    "headers": self._cors_headers(scope, raw),
                }
            )
            await send({"type": "http.response.body", "body": body})
        except Exception:
            # as Starlette's ServerErrorMiddleware (outside CORS): a plain 500 if nothing
            # was sent yet, and the error to the server's log
            if not started:
                await PlainTextResponse("Internal Server Error", status_code=500)(
                    scope, receive, send
                )
            raise

    def _cors_headers(self, scope: Scope, raw: list[tuple[bytes, bytes]]) -> list[Any]:
        """What ``CORSMiddleware.send`` does to a response's headers (``allow_origins=*``,
        no credentials): its simple headers when the request has an Origin, and always
        ``Origin`` added to ``Vary``."""
        if self.cors is None:
            return raw
        headers = MutableHeaders(raw=raw)
        if any(name == b"origin" for name, _ in scope["headers"]):
            headers.update(self.cors.simple_headers)
        headers["Vary"] = ", ".join([*headers.getlist("Vary"), "Origin"])
        return headers.raw


def _encoded(scope: Scope, response: Response) -> tuple[list[Any], bytes | memoryview] | None:
    """A whole answer's headers and body as ``GZipMiddleware`` sends them (see the
    module's doc), or ``None`` when the middleware itself is to compress it."""
    body = response.body
    if len(body) < GZIP_MINIMUM:
        return response.raw_headers, body
    accepted = next((value for name, value in scope["headers"] if name == b"accept-encoding"), b"")
    headers = MutableHeaders(raw=list(response.raw_headers))
    headers.add_vary_header("Accept-Encoding")
    if b"gzip" in accepted:
        if len(body) >= GZIP_THREAD_MINIMUM:
            return None
        compressor = zlib.compressobj(GZIP_LEVEL, zlib.DEFLATED, 16 + zlib.MAX_WBITS)
        body = compressor.compress(body) + compressor.flush()
        headers["Content-Encoding"] = "gzip"
        headers["Content-Length"] = str(len(body))
    return headers.raw, body


async def _answer(scope: Scope, receive: Receive) -> Response:
    request = Request(scope, receive)
    try:
        state = state_of(request)
        if scope["method"] == "GET":
            return await sparql_get(request, state)
        return await sparql_post(request, state)
    except KGError as error:
        return error_response(error)
