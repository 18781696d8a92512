"""Queries run in worker processes that can be stopped: time limits that hold, crashes contained.

pyoxigraph has no query timeout or cancellation, and a few hostile query shapes crash
the whole process. So each query runs — parsed, evaluated *and* serialised — on one thread
of a worker process (never touching a result from another thread), which streams bytes back
through a pipe of that thread's own. A query over its time limit, a client that goes away,
or a worker that dies takes only that worker process down; the pool starts a fresh one.

A worker process runs ``threads`` queries at once, each on a thread (a *slot*) with its own
pipe: threads of one process share the engine's caches, and the engine answers more
queries per second with two or four of them on two cores than with as many processes
(``bench/engine_layouts.py``). Stopping a query stops its process, so the other queries
of that process are settled first: one that has sent nothing yet is sent again to another
slot (``start`` does it, within its own time limit), one already streaming is let finish
(each has its own limit), and the process is killed once none is left running. A *spare*
process (started, its store open, given no query) takes the stopped one's place in the
same moment, so those queries and the next wait for no process to start; another spare is
started behind it.

Messages from a worker: ``("head", kind, format)``, then ``("data",)``…, then
``("end", rows, truncated)``; or ``("error", status, message)`` before any data; a result
that fits in one chunk comes as one ``("whole", kind, format, rows, truncated)``. Each
travels as one frame: its length (4 bytes), the length of the pickled tuple (2 bytes),
the tuple, then the result's bytes as they are (never pickled). A job goes the other way
as its length and its pickle. The web process keeps each worker's pipe watched by its
event loop and reads what arrives in one go (no thread, no per-message registration),
pausing while a message is unread so that a slow client holds up the worker, not memory.
Each job's messages go to an inbox of their own; the moment a job's last message has
been read from the pipe, the worker is free and gets the next waiting job in the same
callback, while the last answer waits in its inbox for its reader.
"""

from __future__ import annotations

import asyncio
import collections
import contextlib
import json
import multiprocessing
import multiprocessing.connection
import os
import pickle
import struct
import time
from collections.abc import AsyncIterator, Callable, Iterator
from dataclasses import dataclass, field
from multiprocessing.process import BaseProcess
from typing import Any

from kg.errors import QueryError
from kg.vocab import PREFIXES as _PREFIXES

CHUNK = 64 * 1024
# The engine recurses over the query's syntax tree; on a default 8 MB stack a 14 KB
# ``1+1+…`` or 3,000 nested groups overflow it and kill the process. Queries run on a
# thread with this much (virtual) stack, enough for any query of the default length limit.
STACK = 512 * 1024 * 1024
FRAME = struct.Struct("!IH")  # frame length (after these 6 bytes), length of the pickled tuple
JOB = struct.Struct("!I")  # length of a pickled job
READ = 256 * 1024  # bytes read from a worker's pipe at once
UNREAD = 2  # messages held unread before the pipe is left unread (the worker then waits)
Message = tuple[tuple[Any, ...], bytes]  # the tuple and the result's bytes that came with it


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


TERMINAL = frozenset({"whole", "end", "error", "fail"})  # a job's last message


@dataclass(eq=False)
class _Inbox:
    """The messages of one job, as the web process reads them from its worker's pipe."""

    worker: _Worker
    messages: collections.deque[Message] = field(default_factory=collections.deque)
    waiter: asyncio.Future[None] | None = None
    complete: bool = False  # the job's last message is here: the worker has moved on
    lost: bool = False  # the worker died (or was stopped) before the last message
    heard: bool = False  # a message came: the answer has begun
    evicted: bool = False  # stopped for another slot's query before any answer: send again

    def deliver(self, message: Message) -> None:
        self.heard = True
        self.messages.append(message)
        if message[0][0] in TERMINAL:
            self.complete = True

    def wake(self) -> None:
        if self.waiter is not None and not self.waiter.done():
            self.waiter.set_result(None)

    async def next(self, deadline: float, timeout: float) -> Message:
        """The job's next message; ``QueryTimeout`` at the deadline."""
        if not self.messages and not self.lost:
            loop = asyncio.get_running_loop()
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise _timed_out(timeout)
            waiter = self.waiter = loop.create_future()
            timer = loop.call_later(remaining, _expire_waiter, waiter)
            try:
                await waiter
            finally:
                timer.cancel()
                self.waiter = None
            if not self.messages and not self.lost:
                raise _timed_out(timeout)
        if not self.messages:
            raise WorkerCrashed(
                "the query engine failed on this query (the worker process died); "
                "simplify the query, e.g. less nesting"
            )
        message = self.messages.popleft()
        worker = self.worker
        if worker.inbox is self and worker.watched is None and len(self.messages) < UNREAD:
            worker.attach()  # read on: this job's messages were held up
        return message


@dataclass(eq=False)
class _Host:
    """A worker process and its slots."""

    process: BaseProcess
    slots: list[_Worker] = field(default_factory=list)
    retiring: bool = False  # being replaced: no new jobs; killed once no slot is running
    killed: bool = False


@dataclass(eq=False)
class _Worker:
    """A slot of a worker process (one query thread) and the web process's end of its
    pipe, read by the event loop.

    The job it runs has an ``_Inbox``; the moment that job's last message is read, the
    worker is free and ``freed`` (the pool) gives it the next waiting job at once, in the
    same callback, while the last job's messages wait in their inbox for their reader.
    """

    host: _Host
    conn: multiprocessing.connection.Connection
    freed: Callable[[_Worker], None]
    started: float = field(default_factory=time.monotonic)
    buffer: bytearray = field(default_factory=bytearray)
    inbox: _Inbox | None = None  # the job running now, if any
    gone: bool = False  # the pipe is closed: the worker died (or was stopped)
    watched: asyncio.AbstractEventLoop | None = None  # the loop reading the pipe, if any

    def attach(self) -> None:
        """Have the running event loop read the pipe from now on."""
        if self.gone:
            return
        self.watched = asyncio.get_running_loop()
        os.set_blocking(self.conn.fileno(), False)
        self.watched.add_reader(self.conn.fileno(), self._readable)

    def _pause(self) -> None:
        if self.watched is not None:
            with contextlib.suppress(Exception):
                self.watched.remove_reader(self.conn.fileno())
            self.watched = None

    def detach(self) -> None:
        """Stop reading the pipe; the job's reader, if any, is told the worker is gone."""
        self._pause()
        self.gone = True
        inbox, self.inbox = self.inbox, None
        if inbox is not None:
            inbox.lost = True
            inbox.wake()

    def _readable(self) -> None:
        try:
            data = os.read(self.conn.fileno(), READ)
        except BlockingIOError:
            return
        except OSError:
            data = b""
        if not data:  # the worker died
            self.detach()
            return
        buffer = self.buffer
        buffer += data
        start, size = 0, len(buffer)
        while size - start >= FRAME.size:
            length, meta = FRAME.unpack_from(buffer, start)
            end = start + FRAME.size + length
            if end > size:
                break
            body = start + FRAME.size + meta
            message = pickle.loads(buffer[start + FRAME.size : body])
            start = end
            inbox = self.inbox
            if inbox is None:  # nothing was asked: a worker out of step is not to be trusted
                self.detach()
                return
            inbox.deliver((message, bytes(buffer[body:end])))
            inbox.wake()
            if inbox.complete:
                self.inbox = None
                self.freed(self)  # may give it the next job (a new inbox) at once
        if start:
            del buffer[:start]
        inbox = self.inbox
        if inbox is not None and len(inbox.messages) >= UNREAD:
            self._pause()  # resumed by the inbox's reader

    def send(self, job: Job) -> _Inbox:
        """Send a job to this idle worker; its messages will arrive in the inbox returned
        (a worker that died is found here: the inbox is then lost)."""
        inbox = self.inbox = _Inbox(self)
        if self.gone:  # died while idle
            self.detach()
            return inbox
        data = pickle.dumps(job, pickle.HIGHEST_PROTOCOL)
        frame = JOB.pack(len(data)) + data
        fd = self.conn.fileno()
        try:
            try:
                written = os.write(fd, frame)
            except BlockingIOError:
                written = 0
            if written < len(frame):  # a long query: the rest as the worker reads
                os.set_blocking(fd, True)
                try:
                    _write_all(fd, memoryview(frame)[written:])
                finally:
                    os.set_blocking(fd, False)
        except OSError:
            self.detach()
        return inbox


@dataclass(eq=False)
class _Ticket:
    """A request waiting for a worker: to run ``job`` (the future gets its inbox) or, with
    no job, to hold the worker itself (the future gets the worker)."""

    job: Job | None
    future: asyncio.Future[Any]


def _no_worker(waiter: asyncio.Future[Any]) -> None:
    if not waiter.done():
        waiter.set_exception(TimeoutError())


def _expire_waiter(waiter: asyncio.Future[None]) -> None:
    if not waiter.done():
        waiter.set_result(None)


def _write_all(fd: int, data: bytes | memoryview) -> None:
    view = memoryview(data)
    while view:
        view = view[os.write(fd, view) :]


class WorkerPool:
    """A fixed number of query worker processes over one read-only store, each running
    ``threads`` queries at once, and ``spares`` idle ones ready to take over."""

    def __init__(self, store_path: str, size: int, threads: int = 1, spares: int = 0) -> None:
        self.store_path = store_path
        self.size = size
        self.threads = threads
        self.spares = spares
        # started, the store open, never given a query: each takes over at once from a
        # worker that is stopped, and a new one is started behind it
        self._spare: list[_Host] = []
        self._refills: set[asyncio.Task[None]] = set()
        self._context = multiprocessing.get_context("spawn")
        # most recently used last, taken first: a worker kept busy stays warm (caches,
        # scheduler) while one left idle sleeps deeper; a queue would wake each in turn
        self._idle: list[_Worker] = []
        self._waiting: collections.deque[_Ticket] = collections.deque()
        self._all: set[_Worker] = set()
        self._tasks: set[asyncio.Task[None]] = set()
        self._retired: list[_Host] = []  # replaced, and maybe still finishing an answer
        self._exclusive = asyncio.Lock()
        self.restarts = 0

    @property
    def slots(self) -> int:
        """Queries the pool runs at once."""
        return self.size * self.threads

    async def open(self) -> None:
        """Start the workers and the spares (in parallel) and wait until each has opened
        the store."""
        spares = max(0, self.spares - len(self._spare))
        hosts = await asyncio.gather(
            *(asyncio.to_thread(self._spawn) for _ in range(self.size + spares))
        )
        for host in hosts[: self.size]:
            self._welcome(host)
        self._spare.extend(hosts[self.size :])

    async def stop(self) -> None:
        """Stop every worker and spare."""
        await self._no_refills()
        self._spare.clear()
        for host in {w.host for w in self._all}:
            for slot in host.slots:
                slot.detach()
            self._kill(host)

    async def _no_refills(self) -> None:
        """Wait until no spare is being started (one started now would outlive a stop, or
        hold the store open across a write)."""
        while self._refills:
            await asyncio.gather(*self._refills, return_exceptions=True)

    def _spawn(self) -> _Host:
        pipes = [self._context.Pipe() for _ in range(self.threads)]
        process = self._context.Process(
            target=_serve,
            args=([child for _, child in pipes], self.store_path),
            daemon=True,
            name="kg-query-worker",
        )
        process.start()
        host = _Host(process)
        for parent, child in pipes:
            child.close()
            host.slots.append(_Worker(host, parent, self._freed))
        for slot in host.slots:
            if not slot.conn.poll(60) or slot.conn.recv() != "ready":
                self._kill(host)
                raise RuntimeError("a query worker failed to start")
        self._all.update(host.slots)
        return host

    def _welcome(self, host: _Host) -> None:
        for slot in host.slots:
            slot.attach()
            self._freed(slot)

    def _kill(self, host: _Host) -> None:
        host.killed = True
        self._all.difference_update(host.slots)
        with contextlib.suppress(Exception):
            host.process.kill()
            host.process.join(timeout=5)
        for slot in host.slots:
            with contextlib.suppress(Exception):
                slot.conn.close()

    def _take_over(self) -> None:
        """Put a worker in the place of one retired: a spare at once, when one is ready
        (and start another behind it), else a fresh worker as soon as it has started."""
        if self._spare:
            self.restarts += 1
            self._welcome(self._spare.pop())
            task = asyncio.get_running_loop().create_task(self._refill())
            self._refills.add(task)
            task.add_done_callback(self._refills.discard)
        else:
            self._background(self._respawn())

    async def _respawn(self) -> None:
        fresh = await asyncio.to_thread(self._spawn)
        self.restarts += 1  # counted when the fresh worker is ready
        self._welcome(fresh)

    async def _refill(self) -> None:
        self._spare.append(await asyncio.to_thread(self._spawn))

    def _settle(self, host: _Host) -> None:
        """Kill a retiring worker once none of its slots runs a query any more."""
        if host.killed or any(slot.inbox is not None for slot in host.slots):
            return
        host.killed = True
        for slot in host.slots:
            # unwatched now, on the loop's thread, before its pipe closes: a watch left on
            # the closed descriptor would swallow the next pipe or socket given its number
            slot.detach()
        self._background(asyncio.to_thread(self._kill, host))

    def _background(self, work: Any) -> None:
        task = asyncio.get_running_loop().create_task(work)
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    @property
    def pids(self) -> list[int]:
        """Process ids of the workers that take queries (not the spares)."""
        hosts = {w.host for w in list(self._all)}.difference(self._spare)
        return sorted(h.process.pid for h in hosts if h.process.pid is not None)

    @property
    def spare_pids(self) -> list[int]:
        """Process ids of the spares, the next to take over first."""
        return [h.process.pid for h in reversed(self._spare) if h.process.pid is not None]

    @property
    def writing(self) -> bool:
        """Whether a write holds the pool (see ``exclusive``)."""
        return self._exclusive.locked()

    @property
    def busy(self) -> int:
        """Slots not ready for a new query: running one, or being (re)started."""
        return self.slots - len(self._idle)

    def _freed(self, worker: _Worker) -> None:
        """A slot is free: the longest waiting request gets it (its job is sent now),
        else it joins the idle ones."""
        if worker.host.retiring:
            self._settle(worker.host)
            return
        while self._waiting:
            ticket = self._waiting.popleft()
            if ticket.future.done():  # timed out or cancelled while waiting
                continue
            if ticket.job is None:
                ticket.future.set_result(worker)
            else:
                ticket.future.set_result(worker.send(ticket.job))
            return
        self._idle.append(worker)

    async def _wait(self, job: Job | None, timeout: float | None) -> Any:
        """The inbox of ``job`` sent to a free worker (or, with no job, a free worker
        itself), waiting for one (first come, first served) at most ``timeout`` s."""
        if self._idle and not self._waiting:
            worker = self._idle.pop()
            return worker if job is None else worker.send(job)
        loop = asyncio.get_running_loop()
        ticket = _Ticket(job, loop.create_future())
        self._waiting.append(ticket)
        timer = None if timeout is None else loop.call_later(timeout, _no_worker, ticket.future)
        try:
            return await ticket.future
        except BaseException:
            future = ticket.future
            if future.done() and not future.cancelled() and future.exception() is None:
                given = future.result()  # given just as the wait was cancelled
                if isinstance(given, _Worker):
                    self._freed(given)  # pass it on
                elif not given.complete:
                    # its job is running: stop it (not once it has sent all of it: the
                    # worker may already be running another request's job)
                    self.replace(given.worker)
            raise
        finally:
            if timer is not None:
                timer.cancel()

    async def start(self, job: Job, *, timeout: float) -> Running:
        """Send ``job`` to a free worker and wait for the head of its answer.

        The time limit covers waiting for a worker, evaluation and streaming. A query whose
        worker dies before it answers is sent once more (the next death fails it). A refused
        or failed query raises; otherwise the caller streams ``Running.chunks()`` and
        must ``close()`` it (which stops the worker when the result was not complete).
        """
        deadline = time.monotonic() + timeout
        died = False
        while True:
            try:
                inbox: _Inbox = await self._wait(job, max(0.0, deadline - time.monotonic()))
            except TimeoutError:
                raise Busy(
                    f"all {self.slots} query slots stayed busy for {timeout:g} s; try again"
                ) from None
            running = Running(self, inbox, deadline, timeout)
            try:
                message, data = await inbox.next(deadline, timeout)
            except WorkerCrashed:
                await running.close()
                if inbox.evicted:
                    continue  # stopped for another query before it began: once more
                if not died:  # its worker died before it answered (this query's doing, or
                    died = True  # another's on a thread beside it): once more, only once
                    continue
                raise
            except BaseException:
                await running.close()
                raise
            break
        if message[0] == "error":
            running.finished = True
            await running.close()
            raise _error(*message[1:])
        running.head = Head(message[1], message[2])
        running.pending = data
        if message[0] == "whole":
            running.finished = True
            running.rows, running.truncated = message[3], message[4]
            await running.close()  # the worker is free; the bytes are here
        else:
            running.watch()
        return running

    @contextlib.asynccontextmanager
    async def exclusive(self) -> AsyncIterator[None]:
        """Stop every worker (waiting for running queries, and for retired workers to send
        the answers they are still streaming), then start fresh ones.

        Used around writes: no worker holds the store open while it is written, and the
        new workers see the written data.
        """
        async with self._exclusive:
            taken: list[_Worker] = [await self._wait(None, None) for _ in range(self.slots)]
            try:
                await self._no_refills()
                for worker in taken:
                    worker.detach()
                hosts = {w.host for w in taken} | set(self._spare)
                self._spare.clear()
                await asyncio.gather(*(asyncio.to_thread(self._kill, h) for h in hosts))
                while any(h.process.is_alive() for h in self._retired):
                    await asyncio.sleep(0.05)  # each ends with its last answer, or its limit
                self._retired.clear()
                yield
            finally:
                await self.open()

    def replace(self, worker: _Worker) -> None:
        """Stop the query of a slot that is mid-query (or died): its worker process is
        retired and a fresh one started in its place (in the background). Queries of the
        other slots that have sent nothing yet are evicted (``start`` sends them again);
        the worker is killed once those that have begun are done."""
        worker.detach()  # now: a reader waiting for it learns at once
        host = worker.host
        if not host.retiring:
            host.retiring = True
            self._retired = [h for h in self._retired if not h.killed]
            self._retired.append(host)
            self._idle = [slot for slot in self._idle if slot.host is not host]
            for slot in host.slots:
                if slot.inbox is not None and not slot.inbox.heard:
                    slot.inbox.evicted = True
                    slot.detach()
            self._take_over()
        self._settle(host)


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

    def __init__(self, pool: WorkerPool, inbox: _Inbox, deadline: float, timeout: float) -> None:
        super().__init__(deadline, timeout)
        self.pool = pool
        self.inbox = inbox
        self.expired = False
        self._timer: asyncio.TimerHandle | None = None

    def watch(self) -> None:
        """Stop the worker at the deadline even if nobody reads on (a client not reading)."""
        delay = max(0.0, self.deadline - time.monotonic())
        self._timer = asyncio.get_running_loop().call_later(delay, self._expire)

    def _expire(self) -> None:
        if not self._closed and not self.inbox.complete:
            self.expired = True
            self._closed = True
            self.pool.replace(self.inbox.worker)

    async def chunks(self) -> AsyncIterator[bytes]:
        """The result's bytes as the worker produces them."""
        try:
            if self.pending:
                yield self.pending
            while not self.finished:
                if self.expired:
                    raise _timed_out(self.timeout)
                try:
                    message, data = await self.inbox.next(self.deadline, self.timeout)
                except (WorkerCrashed, OSError):
                    if self.expired:  # stopped by the watch while we waited
                        raise _timed_out(self.timeout) from None
                    raise
                if message[0] == "data":
                    yield data
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
        """Done with the answer: stop the worker if it is still on this query (a result
        not complete); one that sent all of it has already gone on to the next."""
        if self._timer is not None:
            self._timer.cancel()
        if not self._closed:
            self._closed = True
            if not self.inbox.complete:  # mid-query, or died: a fresh worker instead
                self.pool.replace(self.inbox.worker)


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


def _send_frame(fd: int, message: tuple[Any, ...], data: bytes | bytearray = b"") -> None:
    """One message to the web process: its frame, then the result's bytes as they are."""
    meta = pickle.dumps(message, pickle.HIGHEST_PROTOCOL)
    _write_all(fd, FRAME.pack(len(meta) + len(data), len(meta)) + meta + data)


def _jobs(fd: int) -> Iterator[Job]:
    """The jobs the web process sends, until it closes the pipe (usually one read each)."""
    buffer = bytearray()
    while True:
        while len(buffer) < JOB.size or len(buffer) < JOB.size + JOB.unpack_from(buffer)[0]:
            try:
                part = os.read(fd, READ)
            except OSError:
                return
            if not part:
                return
            buffer += part
        end = JOB.size + JOB.unpack_from(buffer)[0]
        job: Job = pickle.loads(buffer[JOB.size : end])
        del buffer[:end]
        yield job


class _PipeWriter:
    """A file-like object that sends what is written through the pipe in large chunks.

    The first chunk travels with the head; a result that fits in one chunk travels as a
    single ``whole`` message, so the worker is free again before the client has read it.
    """

    def __init__(self, fd: int, kind: str, fmt: str) -> None:
        self.fd = fd
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
            _send_frame(self.fd, ("head", *self.head), self.buffer)
            self.head = None
        else:
            _send_frame(self.fd, ("data",), self.buffer)
        self.buffer.clear()

    def finish(self, rows: int | None = None, truncated: bool = False) -> None:
        """Send what is left and mark the end of the result."""
        if self.head is not None:
            _send_frame(self.fd, ("whole", *self.head, rows, truncated), self.buffer)
        else:
            self._send()
            _send_frame(self.fd, ("end", rows, truncated))


def _serve(conns: list[multiprocessing.connection.Connection], store_path: str) -> None:
    """Worker main: open the store, then run a loop for each slot's pipe, each on a thread
    of its own with a large stack (see ``STACK``)."""
    import threading

    from pyoxigraph import Store

    store = Store.read_only(store_path)
    threading.stack_size(STACK)
    threads = []
    for conn in conns:
        thread = threading.Thread(target=_loop, args=(conn, store), name="kg-query")
        try:
            thread.start()
        except RuntimeError:  # no room for such a stack: a default one must do
            threading.stack_size(0)
            thread = threading.Thread(target=_loop, args=(conn, store), name="kg-query")
            thread.start()
        threads.append(thread)
    for thread in threads:
        thread.join()


def _loop(conn: multiprocessing.connection.Connection, store: Any) -> None:
    """Run one job at a time from this slot's pipe, each entirely on this thread."""
    conn.send("ready")  # the last message sent by multiprocessing: frames from now on
    fd = conn.fileno()
    for job in _jobs(fd):
        _run_job(fd, store, job)


def _evaluate(store: Any, job: Job, options: dict[str, Any]) -> Any:
    """The query's result. A client's query is first parsed without our prefixes, which
    costs the engine a few µs per prefix: most declare theirs, and when one does not, its
    second parse, with them, is the one it would have had (and any syntax error its own)."""
    if not job.ours:
        with contextlib.suppress(SyntaxError):
            return store.query(job.query, **options)
    return store.query(job.query, prefixes=_PREFIXES, **options)


def _run_job(fd: int, store: Any, job: Job) -> None:
    from pyoxigraph import NamedNode, QueryBoolean, QueryResultsFormat, QueryTriples

    from kg.query import syntax_error

    from . import negotiation

    options: dict[str, Any] = {}
    if job.default_graphs or job.named_graphs is not None:
        options["default_graph"] = [NamedNode(g) for g in job.default_graphs]
        if job.named_graphs is not None:
            options["named_graphs"] = [NamedNode(g) for g in job.named_graphs]
    else:
        options["use_default_graph_as_union"] = job.union
    try:
        result = _evaluate(store, job, options)
    except SyntaxError as error:
        problem = syntax_error(error)
        _send_frame(fd, ("error", 400, problem.message, problem.line, problem.column))
        return
    except (ValueError, OSError) as error:
        _send_frame(fd, ("error", 400, f"cannot evaluate the query: {error}"))
        return
    graph = isinstance(result, QueryTriples)
    kind = "graph" if graph else "boolean" if isinstance(result, QueryBoolean) else "solutions"
    name = job.graph_format if graph else job.results_format
    if job.max_rows is not None and kind == "solutions":
        writer = _PipeWriter(fd, kind, "capped-json")
        rows, truncated = capped_json(writer.write, result, job.max_rows)
        writer.finish(rows, truncated)
        return
    if name is None:
        offered = negotiation.GRAPH_TYPES if graph else negotiation.RESULT_TYPES
        types = ", ".join(f.media_type for f in offered)
        _send_frame(fd, ("error", 406, f"this {kind} result can be served as: {types}"))
        return
    writer = _PipeWriter(fd, kind, name)
    try:
        if graph:
            result.serialize(writer, _rdf_format(name))
        else:
            result.serialize(writer, getattr(QueryResultsFormat, name.upper()))
    except Exception as error:  # evaluation errors surface while serialising
        if writer.head is not None:  # nothing sent yet: a clean error response
            _send_frame(fd, ("error", 500, f"the query failed: {error}"))
        else:
            writer._send()
            _send_frame(fd, ("fail", 500, f"the query failed while streaming: {error}"))
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
