"""Queries run in worker processes that can be stopped: time limits that hold, crashes contained.

pyoxigraph has no query timeout or cancellation, and a few hostile query shapes crash
the whole process. So each query runs — parsed, evaluated *and* serialised — inside one
worker process (never touching a result from another thread), which streams bytes back
through a pipe. A query over its time limit, a client that goes away, or a worker that
dies takes only that worker down; the pool starts a fresh one.

Messages from a worker: ``("head", kind, format)``, then ``("data", bytes)``…, then
``("end", rows, truncated)``; or ``("error", status, message)`` before any data.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import multiprocessing
import multiprocessing.connection
import os
import time
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass, field
from multiprocessing.process import BaseProcess
from typing import Any

from kg.errors import QueryError

CHUNK = 64 * 1024
# The engine recurses over the query's syntax tree; on a default 8 MB stack a 14 KB
# ``1+1+…`` or 3,000 nested groups overflow it and kill the process. Queries run on a
# thread with this much (virtual) stack, enough for any query of the default length limit.
STACK = 512 * 1024 * 1024


@dataclass(frozen=True)
class Job:
    """One query to run in a worker."""

    query: str
    results_format: str | None  # format for SELECT/ASK, None: not acceptable
    graph_format: str | None  # format for CONSTRUCT/DESCRIBE, None: not acceptable
    union: bool = True
    default_graphs: tuple[str, ...] = ()
    named_graphs: tuple[str, ...] | None = None
    max_rows: int | None = None  # capped JSON view instead of a standard format
    ours: bool = True  # written by this project (a canned query, a page), not by a client


class QueryFailed(QueryError):
    """The worker refused or failed the query; ``status`` is the HTTP status to answer."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status


class QueryTimeout(QueryError):
    """The query ran longer than its time limit and was stopped."""


class WorkerCrashed(QueryError):
    """The worker running the query died."""


class Busy(QueryError):
    """No worker became free in time."""


@dataclass
class Head:
    """What the worker said about the result before streaming it."""

    kind: str  # "solutions", "boolean" or "graph"
    format: str


@dataclass(eq=False)
class _Worker:
    process: BaseProcess
    conn: multiprocessing.connection.Connection
    started: float = field(default_factory=time.monotonic)


class WorkerPool:
    """A fixed number of query worker processes over one read-only store."""

    def __init__(self, store_path: str, size: int) -> None:
        self.store_path = store_path
        self.size = size
        self._context = multiprocessing.get_context("spawn")
        self._idle: asyncio.Queue[_Worker] = asyncio.Queue()
        self._all: set[_Worker] = set()
        self._tasks: set[asyncio.Task[None]] = set()
        self._exclusive = asyncio.Lock()
        self.restarts = 0

    async def open(self) -> None:
        """Start the workers (in parallel) and wait until each has opened the store."""
        spawns = (asyncio.to_thread(self._spawn) for _ in range(self.size))
        workers = await asyncio.gather(*spawns)
        for worker in workers:
            self._idle.put_nowait(worker)

    async def stop(self) -> None:
        """Stop every worker."""
        for worker in list(self._all):
            self._kill(worker)

    def _spawn(self) -> _Worker:
        parent, child = self._context.Pipe()
        process = self._context.Process(
            target=_serve, args=(child, self.store_path), daemon=True, name="kg-query-worker"
        )
        process.start()
        child.close()
        if not parent.poll(60) or parent.recv() != "ready":
            process.kill()
            raise RuntimeError("a query worker failed to start")
        worker = _Worker(process, parent)
        self._all.add(worker)
        return worker

    def _kill(self, worker: _Worker) -> None:
        self._all.discard(worker)
        with contextlib.suppress(Exception):
            worker.process.kill()
            worker.process.join(timeout=5)
        with contextlib.suppress(Exception):
            worker.conn.close()

    async def _replace(self, worker: _Worker) -> None:
        await asyncio.to_thread(self._kill, worker)
        fresh = await asyncio.to_thread(self._spawn)
        self.restarts += 1  # counted when the fresh worker is ready
        self._idle.put_nowait(fresh)

    @property
    def pids(self) -> list[int]:
        """Process ids of the started workers."""
        return sorted(w.process.pid for w in list(self._all) if w.process.pid is not None)

    @property
    def busy(self) -> int:
        """Workers not ready for a new query: running one, or being (re)started."""
        return self.size - self._idle.qsize()

    async def start(self, job: Job, *, timeout: float) -> Running:
        """Send ``job`` to a free worker and wait for the head of its answer.

        The time limit covers waiting for a worker, evaluation and streaming. A refused
        or failed query raises; otherwise the caller streams ``Running.chunks()`` and
        must ``close()`` it (which stops the worker when the result was not complete).
        """
        deadline = time.monotonic() + timeout
        try:
            worker = await asyncio.wait_for(self._idle.get(), timeout)
        except TimeoutError:
            raise Busy(
                f"all {self.size} query workers stayed busy for {timeout:g} s; try again"
            ) from None
        running = Running(self, worker, deadline, timeout)
        try:
            worker.conn.send(job)
            message = await _receive(worker, deadline, timeout)
        except BaseException:
            await running.close()
            raise
        if message[0] == "error":
            running.finished = True
            await running.close()
            raise _error(*message[1:])
        running.head = Head(message[1], message[2])
        running.pending = message[3]
        if message[0] == "whole":
            running.finished = True
            running.rows, running.truncated = message[4], message[5]
            await running.close()  # the worker is free; the bytes are here
        else:
            running.watch()
        return running

    @contextlib.asynccontextmanager
    async def exclusive(self) -> AsyncIterator[None]:
        """Stop every worker (waiting for running queries), then start fresh ones.

        Used around writes: no worker holds the store open while it is written, and the
        new workers see the written data.
        """
        async with self._exclusive:
            taken = [await self._idle.get() for _ in range(self.size)]
            try:
                await asyncio.gather(*(asyncio.to_thread(self._kill, w) for w in taken))
                yield
            finally:
                await self.open()

    def release(self, worker: _Worker, *, healthy: bool) -> None:
        """Give a worker back, or replace it (in the background) when it is mid-query."""
        if healthy:
            self._idle.put_nowait(worker)
        else:
            task = asyncio.get_running_loop().create_task(self._replace(worker))
            self._tasks.add(task)
            task.add_done_callback(self._tasks.discard)


class Answer:
    """A query being answered, by a worker or by a remote server: its head, the bytes that
    came with it, and whether (and with how many rows) it is complete."""

    def __init__(self, deadline: float, timeout: float) -> None:
        self.deadline = deadline
        self.timeout = timeout
        self.head = Head("", "")
        self.finished = False
        self.rows: int | None = None
        self.truncated = False
        self.pending = b""
        self._closed = False

    def chunks(self) -> AsyncIterator[bytes]:
        """The answer's bytes as they arrive (the pending ones first)."""
        raise NotImplementedError

    async def close(self) -> None:
        """Free what answers the query, stopping it when the answer is not complete."""
        raise NotImplementedError


class Running(Answer):
    """A query a worker is answering."""

    def __init__(self, pool: WorkerPool, worker: _Worker, deadline: float, timeout: float) -> None:
        super().__init__(deadline, timeout)
        self.pool = pool
        self.worker = worker
        self.expired = False
        self._timer: asyncio.TimerHandle | None = None

    def watch(self) -> None:
        """Stop the worker at the deadline even if nobody reads on (a client not reading)."""
        delay = max(0.0, self.deadline - time.monotonic())
        self._timer = asyncio.get_running_loop().call_later(delay, self._expire)

    def _expire(self) -> None:
        if not self._closed and not self.finished:
            self.expired = True
            self._closed = True
            self.pool.release(self.worker, healthy=False)

    async def chunks(self) -> AsyncIterator[bytes]:
        """The result's bytes as the worker produces them."""
        try:
            if self.pending:
                yield self.pending
            while not self.finished:
                if self.expired:
                    raise _timed_out(self.timeout)
                try:
                    message = await _receive(self.worker, self.deadline, self.timeout)
                except (WorkerCrashed, OSError):
                    if self.expired:  # stopped by the watch while we waited
                        raise _timed_out(self.timeout) from None
                    raise
                if message[0] == "data":
                    yield message[1]
                elif message[0] == "end":
                    self.finished = True
                    self.rows, self.truncated = message[1], message[2]
                    return
                else:
                    self.finished = True
                    raise _error(*message[1:])
        finally:
            await self.close()

    async def close(self) -> None:
        """Return the worker to the pool, or stop it if the result is not complete."""
        if self._timer is not None:
            self._timer.cancel()
        if not self._closed:
            self._closed = True
            self.pool.release(self.worker, healthy=self.finished)


async def _readable(conn: multiprocessing.connection.Connection, remaining: float) -> bool:
    """Wait without a thread until the pipe has data (or EOF), at most ``remaining`` s."""
    if conn.poll(0):
        return True
    loop = asyncio.get_running_loop()
    ready = loop.create_future()
    fd = conn.fileno()

    def wake() -> None:
        if not ready.done():
            ready.set_result(True)

    loop.add_reader(fd, wake)
    try:
        await asyncio.wait_for(ready, remaining)
    except TimeoutError:
        return False
    finally:
        loop.remove_reader(fd)
        # uvloop (libuv) leaves a watched descriptor non-blocking; ``recv`` needs it blocking
        # to read a message that is still arriving
        os.set_blocking(fd, True)
    return True


async def _receive(worker: _Worker, deadline: float, timeout: float) -> tuple[Any, ...]:
    remaining = deadline - time.monotonic()
    if remaining <= 0 or not await _readable(worker.conn, remaining):
        raise _timed_out(timeout)
    try:
        # the whole message follows promptly: the worker writes it in one go
        message: tuple[Any, ...] = worker.conn.recv()
    except (EOFError, OSError):
        raise WorkerCrashed(
            "the query engine failed on this query (the worker process died); "
            "simplify the query, e.g. less nesting"
        ) from None
    return message


def _timed_out(timeout: float) -> QueryTimeout:
    return QueryTimeout(f"the query ran longer than its limit of {timeout:g} s and was stopped")


def _error(
    status: int, message: str, line: int | None = None, column: int | None = None
) -> QueryError:
    if line is not None:
        from kg.errors import QuerySyntaxError

        return QuerySyntaxError(message, line, column)
    return QueryFailed(status, message)


# --- inside the worker process -------------------------------------------------------


class _PipeWriter:
    """A file-like object that sends what is written through the pipe in large chunks.

    The first chunk travels with the head; a result that fits in one chunk travels as a
    single ``whole`` message, so the worker is free again before the client has read it.
    """

    def __init__(self, conn: multiprocessing.connection.Connection, kind: str, fmt: str) -> None:
        self.conn = conn
        self.head: tuple[str, str] | None = (kind, fmt)
        self.buffer = bytearray()

    def write(self, data: bytes) -> int:
        self.buffer += data
        if len(self.buffer) >= CHUNK:
            self._send()
        return len(data)

    def flush(self) -> None:
        """Ignored: chunks leave when full or at the end (serialisers flush when done)."""

    def _send(self) -> None:
        if not self.buffer:
            return
        if self.head is not None:
            self.conn.send(("head", *self.head, bytes(self.buffer)))
            self.head = None
        else:
            self.conn.send(("data", bytes(self.buffer)))
        self.buffer.clear()

    def finish(self, rows: int | None = None, truncated: bool = False) -> None:
        """Send what is left and mark the end of the result."""
        if self.head is not None:
            self.conn.send(("whole", *self.head, bytes(self.buffer), rows, truncated))
        else:
            self._send()
            self.conn.send(("end", rows, truncated))


def _serve(conn: multiprocessing.connection.Connection, store_path: str) -> None:
    """Worker main: run the loop on one thread with a large stack (see ``STACK``)."""
    import threading

    threading.stack_size(STACK)
    loop = threading.Thread(target=_loop, args=(conn, store_path), name="kg-query")
    try:
        loop.start()
    except RuntimeError:  # no room for such a stack: the main thread's must do
        _loop(conn, store_path)
        return
    loop.join()


def _loop(conn: multiprocessing.connection.Connection, store_path: str) -> None:
    """Open the store, then run one job at a time, each entirely on this thread."""
    from pyoxigraph import Store

    store = Store.read_only(store_path)
    conn.send("ready")
    while True:
        try:
            job = conn.recv()
        except EOFError:
            return
        _run_job(conn, store, job)


def _run_job(conn: multiprocessing.connection.Connection, store: Any, job: Job) -> None:
    from pyoxigraph import NamedNode, QueryBoolean, QueryResultsFormat, QueryTriples

    from kg.query import syntax_error
    from kg.vocab import PREFIXES

    from . import negotiation

    options: dict[str, Any] = {"prefixes": PREFIXES}
    if job.default_graphs or job.named_graphs is not None:
        options["default_graph"] = [NamedNode(g) for g in job.default_graphs]
        if job.named_graphs is not None:
            options["named_graphs"] = [NamedNode(g) for g in job.named_graphs]
    else:
        options["use_default_graph_as_union"] = job.union
    try:
        result = store.query(job.query, **options)
    except SyntaxError as error:
        problem = syntax_error(error)
        conn.send(("error", 400, problem.message, problem.line, problem.column))
        return
    except (ValueError, OSError) as error:
        conn.send(("error", 400, f"cannot evaluate the query: {error}"))
        return
    graph = isinstance(result, QueryTriples)
    kind = "graph" if graph else "boolean" if isinstance(result, QueryBoolean) else "solutions"
    name = job.graph_format if graph else job.results_format
    if job.max_rows is not None and kind == "solutions":
        writer = _PipeWriter(conn, kind, "capped-json")
        rows, truncated = capped_json(writer.write, result, job.max_rows)
        writer.finish(rows, truncated)
        return
    if name is None:
        offered = negotiation.GRAPH_TYPES if graph else negotiation.RESULT_TYPES
        types = ", ".join(f.media_type for f in offered)
        conn.send(("error", 406, f"this {kind} result can be served as: {types}"))
        return
    writer = _PipeWriter(conn, kind, name)
    try:
        if graph:
            result.serialize(writer, _rdf_format(name))
        else:
            result.serialize(writer, getattr(QueryResultsFormat, name.upper()))
    except Exception as error:  # evaluation errors surface while serialising
        if writer.head is not None:  # nothing sent yet: a clean error response
            conn.send(("error", 500, f"the query failed: {error}"))
        else:
            writer._send()
            conn.send(("fail", 500, f"the query failed while streaming: {error}"))
        return
    writer.finish()


def _rdf_format(name: str) -> Any:
    from kg.results import RDF_FORMATS

    return RDF_FORMATS[name]


def capped_json(
    write: Callable[[bytes], object], solutions: Any, max_rows: int
) -> tuple[int, bool]:
    """SPARQL JSON results with at most ``max_rows`` rows and a ``truncated`` flag."""
    from pyoxigraph import BlankNode, Literal, NamedNode

    names = [v.value for v in solutions.variables]
    write(b'{"head":{"vars":' + json.dumps(names).encode() + b'},"results":{"bindings":[')
    rows, truncated = 0, False
    for solution in solutions:
        if rows == max_rows:
            truncated = True
            break
        binding: dict[str, dict[str, str]] = {}
        for name in names:
            term = solution[name]
            if isinstance(term, NamedNode):
                binding[name] = {"type": "uri", "value": term.value}
            elif isinstance(term, BlankNode):
                binding[name] = {"type": "bnode", "value": term.value}
            elif isinstance(term, Literal):
                cell = {"type": "literal", "value": term.value}
                if term.language:
                    cell["xml:lang"] = term.language
                elif term.datatype.value != "http://www.w3.org/2001/XMLSchema#string":
                    cell["datatype"] = term.datatype.value
                binding[name] = cell
        write((b"," if rows else b"") + json.dumps(binding, ensure_ascii=False).encode())
        rows += 1
    tail = {"truncated": truncated, "rows": rows, "limit": max_rows}
    write(b"]}," + json.dumps(tail)[1:].encode())
    return rows, truncated
