"""Running a query in the pool and streaming its answer with the right headers."""

from __future__ import annotations

from collections.abc import AsyncIterator

from starlette.requests import Request
from starlette.responses import Response, StreamingResponse

from kg.web import negotiation
from kg.web.limits import Rejected, check
from kg.web.state import AppState
from kg.web.workers import Job, Running


def formats_for(request: Request, format_param: str | None) -> tuple[str | None, str | None]:
    """The result and graph formats acceptable to the client (``format=`` wins)."""
    if format_param:
        chosen = negotiation.by_name_or_type(format_param)
        if chosen is None:
            names = ", ".join(negotiation.BY_NAME)
            raise Rejected(400, f"unknown format {format_param!r}; use one of: {names}")
        return (None, chosen.name) if chosen.graph else (chosen.name, None)
    accept = request.headers.get("accept")
    results = negotiation.negotiate(accept, negotiation.RESULT_TYPES)
    graph = negotiation.negotiate(accept, negotiation.GRAPH_TYPES)
    if results is None and graph is None:
        offered = ", ".join(
            f.media_type for f in negotiation.RESULT_TYPES + negotiation.GRAPH_TYPES
        )
        raise Rejected(406, f"cannot answer with {accept!r}; offered: {offered}")
    return (results.name if results else None, graph.name if graph else None)


def timeout_for(state: AppState, requested: str | None) -> float:
    """The request's time limit: the server's, or less when the client asks for less."""
    limit = state.settings.query_timeout
    if requested is None:
        return limit
    try:
        asked = float(requested)
    except ValueError:
        raise Rejected(400, f"timeout {requested!r} is not a number of seconds") from None
    if asked <= 0:
        raise Rejected(400, "timeout must be a positive number of seconds")
    return min(asked, limit)


async def run_query(
    state: AppState, request: Request, job: Job, *, timeout: float, cache_key: str
) -> Response:
    """Check, run and stream ``job``; 304 when the client's ETag is current."""
    check(
        job.query,
        max_length=state.settings.max_query_length,
        max_nesting=state.settings.max_nesting,
    )
    etag = state.etag(
        cache_key, job.results_format or "", job.graph_format or "", str(job.max_rows)
    )
    headers = {
        "ETag": etag,
        "Cache-Control": f"public, max-age={state.settings.cache_seconds}",
        "Vary": "Accept",
        "X-Data-Release": f"{state.manifest.release}+{state.generation}",
    }
    if etag in request.headers.get("if-none-match", ""):
        return Response(status_code=304, headers=headers)
    running = await state.pool.start(job, timeout=timeout)
    if running.head.format == "capped-json":
        media = "application/json; charset=utf-8"
    else:
        media = negotiation.content_type(negotiation.BY_NAME[running.head.format])
    if running.finished:  # the whole result came in one message: no streaming needed
        return Response(running.pending, media_type=media, headers=headers)
    return StreamingResponse(_stream(running), media_type=media, headers=headers)


async def _stream(running: Running) -> AsyncIterator[bytes]:
    try:
        async for chunk in running.chunks():
            yield chunk
    finally:
        await running.close()
