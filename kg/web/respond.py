"""Running a query in the pool and streaming its answer with the right headers."""

from __future__ import annotations

import asyncio
import functools
from collections.abc import AsyncIterator, Sequence

from pyoxigraph import Store
from starlette.requests import Request
from starlette.responses import Response, StreamingResponse

from kg.web import light, negotiation
from kg.web.limits import Rejected, check
from kg.web.state import AppState
from kg.web.workers import Answer, Job, WorkerPool

CLIENT_GONE = 499  # as nginx logs it: the client closed the connection before the answer
WATCH_AFTER = 0.05  # s: a query without an answer by then has its client watched


def formats_for(request: Request, format_values: Sequence[str]) -> tuple[str | None, str | None]:
    """The result and graph formats acceptable to the client.

    ``format=`` values win over the ``Accept`` header for the kind of answer they name;
    several values are fine as long as they agree (SPARQLWrapper sends a short name and a
    media type).
    """
    named: list[tuple[negotiation.Format | None, negotiation.Format | None]] = []
    for value in format_values:
        results, graph = negotiation.from_parameter(value)
        if results is None and graph is None:
            names = ", ".join(negotiation.BY_NAME)
            raise Rejected(400, f"unknown format {value!r}; use one of: {names}")
        named.append((results, graph))
    chosen_results = {r.name for r, _ in named if r is not None}
    chosen_graph = {g.name for _, g in named if g is not None}
    if len(chosen_results) > 1 or len(chosen_graph) > 1:
        given = ", ".join(repr(value) for value in format_values)
        raise Rejected(400, f"the format parameters disagree ({given}); give one format")
    accept = request.headers.get("accept")
    if chosen_results or chosen_graph:
        return (
            next(iter(chosen_results), None) or _negotiated(accept, negotiation.RESULT_TYPES),
            next(iter(chosen_graph), None) or _negotiated(accept, negotiation.GRAPH_TYPES),
        )
    results_name = _negotiated(accept, negotiation.RESULT_TYPES)
    graph_name = _negotiated(accept, negotiation.GRAPH_TYPES)
    if results_name is None and graph_name is None:
        offered = ", ".join(
            f.media_type for f in negotiation.RESULT_TYPES + negotiation.GRAPH_TYPES
        )
        raise Rejected(406, f"cannot answer with {accept!r}; offered: {offered}")
    return results_name, graph_name


def _negotiated(accept: str | None, offered: tuple[negotiation.Format, ...]) -> str | None:
    graph = offered is negotiation.GRAPH_TYPES
    if (graph or offered is negotiation.RESULT_TYPES) and (accept is None or len(accept) <= 512):
        return _remembered(accept, graph)  # clients send few different Accept headers
    return _negotiate(accept, offered)


def _negotiate(accept: str | None, offered: tuple[negotiation.Format, ...]) -> str | None:
    chosen = negotiation.negotiate(accept, offered)
    return chosen.name if chosen else None


@functools.lru_cache(maxsize=256)
def _remembered(accept: str | None, graph: bool) -> str | None:
    return _negotiate(accept, negotiation.GRAPH_TYPES if graph else negotiation.RESULT_TYPES)


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
        allow_service=state.settings.allow_service,
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
    answered = _in_process(state, job)
    if answered is not None:
        return Response(answered.body, media_type=_media(answered.format), headers=headers)
    running = await _start(state, request, job, timeout)
    if running is None:  # the client went away: nobody to answer
        return Response(status_code=CLIENT_GONE)
    media = _media(running.head.format)
    if running.finished:  # the whole result came in one message: no streaming needed
        return Response(running.pending, media_type=media, headers=headers)
    return StreamingResponse(_stream(running), media_type=media, headers=headers)


def _media(format_name: str) -> str:
    if format_name == "capped-json":
        return "application/json; charset=utf-8"
    return negotiation.content_type(negotiation.BY_NAME[format_name])


def _in_process(state: AppState, job: Job) -> light.Answered | None:
    """The answer made in the web process, for a query the store shows to be small
    (``kg.web.light``); ``None``: a worker is to answer."""
    if (
        state.light is None
        or job.default_graphs
        or job.named_graphs is not None
        or not job.union
        or not isinstance(state.store, Store)
        or not isinstance(state.pool, WorkerPool)
        or state.pool.writing
    ):
        return None
    return light.answer(state.store, job, state.light, budget=state.settings.light_budget)


async def _start(state: AppState, request: Request, job: Job, timeout: float) -> Answer | None:
    """Start ``job``, or stop it (and its worker) when the client disconnects first.

    Most answers begin within a few milliseconds: only a query still without one after
    ``WATCH_AFTER`` gets a task that listens for the client leaving, which then cancels
    the wait (the pool stops the worker of a cancelled query)."""
    task = asyncio.current_task()
    assert task is not None
    loop = asyncio.get_running_loop()
    watch: asyncio.Task[None] | None = None
    waiting, left = True, False

    def client_left(_: object) -> None:
        nonlocal left
        if waiting:
            left = True
            task.cancel()

    def listen() -> None:
        nonlocal watch
        watch = loop.create_task(_disconnected(request))
        watch.add_done_callback(client_left)

    timer = loop.call_later(WATCH_AFTER, listen)
    try:
        return await state.pool.start(job, timeout=timeout)
    except asyncio.CancelledError:
        if not left:
            raise
        task.uncancel()
        return None
    finally:
        waiting = False
        timer.cancel()
        if watch is not None:
            watch.cancel()


async def _disconnected(request: Request) -> None:
    """Return when the client has gone (the request body, if any, is already read)."""
    while (await request.receive())["type"] != "http.disconnect":
        pass


async def _stream(running: Answer) -> AsyncIterator[bytes]:
    try:
        async for chunk in running.chunks():
            yield chunk
    finally:
        await running.close()
