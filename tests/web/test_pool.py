"""The worker pool on its own, with real worker processes over a small store on disk."""

from __future__ import annotations

import asyncio
import os
import signal
import socket
import time
from collections.abc import Awaitable, Callable

import pytest
from pyoxigraph import Literal, NamedNode, Quad, Store

from kg.web.workers import Job, QueryTimeout, WorkerCrashed, WorkerPool
from tests.web.test_limits import worker_pids

ROWS = " ".join(str(n) for n in range(100))
# 100 x 100 x 2 rows of three numbers: about 2 MB of SPARQL JSON, some 30 messages
LONG = f"SELECT * WHERE {{ VALUES ?a {{ {ROWS} }} VALUES ?b {{ {ROWS} }} VALUES ?c {{ 1 2 }} }}"
SHORT = "SELECT ?o WHERE { <urn:x:s> <urn:x:p> ?o }"
THOUSAND = " ".join(str(n) for n in range(1000))


def counting(times: int) -> str:
    """A query that counts ``times`` million rows before it answers (some 17 million a
    second here), so that it sends nothing for a while."""
    factor = " ".join(str(n) for n in range(times))
    return (
        f"SELECT (COUNT(*) AS ?n) WHERE {{ VALUES ?a {{ {THOUSAND} }} "
        f"VALUES ?b {{ {THOUSAND} }} VALUES ?c {{ {factor} }} }}"
    )


ENDLESS = counting(100_000)


def job(text: str) -> Job:
    return Job(query=text, results_format="json", graph_format=None)


@pytest.fixture(scope="module")
def store_path(tmp_path_factory: pytest.TempPathFactory) -> str:
    path = tmp_path_factory.mktemp("pool") / "store"
    store = Store(str(path))
    store.add(Quad(NamedNode("urn:x:s"), NamedNode("urn:x:p"), Literal("o")))
    store.flush()
    del store
    return str(path)


def with_pool(
    store_path: str,
    size: int,
    scenario: Callable[[WorkerPool], Awaitable[None]],
    threads: int = 1,
    spares: int = 0,
) -> None:
    async def run() -> None:
        pool = WorkerPool(store_path, size, threads, spares=spares)
        await pool.open()
        try:
            await scenario(pool)
        finally:
            await pool.stop()

    asyncio.run(run())


async def answer(pool: WorkerPool, text: str, timeout: float = 30) -> bytes:
    running = await pool.start(job(text), timeout=timeout)
    return b"".join([chunk async for chunk in running.chunks()])


async def ended(pid: int) -> None:
    """Wait (at most 10 s) until the process is gone."""
    for _ in range(100):
        if not os.path.exists(f"/proc/{pid}"):
            return
        await asyncio.sleep(0.1)
    raise AssertionError(f"process {pid} is still there")


def test_a_waiting_query_starts_when_the_last_answer_is_sent_not_when_it_is_read(
    store_path: str,
) -> None:
    async def scenario(pool: WorkerPool) -> None:
        first = await pool.start(job(LONG), timeout=30)
        waiting = asyncio.create_task(answer(pool, SHORT))
        read: list[bytes] = []
        answered_after = None  # chunks of the long answer read when the short one came
        async for chunk in first.chunks():  # read slowly: the worker is ahead of us
            read.append(chunk)
            await asyncio.sleep(0.02)
            if answered_after is None and waiting.done():
                answered_after = len(read)
        # the only worker took the short query while the long answer was still being read
        assert answered_after is not None
        assert b'"value":"o"' in waiting.result()
        assert len(read) > 3
        assert b"".join(read).count(b'"a":') == 100 * 100 * 2
        assert pool.restarts == 0

    with_pool(store_path, 1, scenario)


def test_the_answers_of_queries_sharing_one_worker_do_not_mix(store_path: str) -> None:
    async def scenario(pool: WorkerPool) -> None:
        texts = [LONG, SHORT, LONG, SHORT, SHORT, LONG]
        bodies = await asyncio.gather(*(answer(pool, text) for text in texts))
        for text, body in zip(texts, bodies, strict=True):
            expected = 100 * 100 * 2 if text == LONG else 0
            assert body.count(b'"a":') == expected
            assert body.count(b'"o":') == (0 if text == LONG else 1)
            assert body.endswith(b"]}}")
        assert pool.restarts == 0

    with_pool(store_path, 1, scenario)


def test_an_answer_left_unread_stops_its_worker_and_the_next_query_gets_a_fresh_one(
    store_path: str,
) -> None:
    async def scenario(pool: WorkerPool) -> None:
        first = await pool.start(job(LONG), timeout=30)
        waiting = asyncio.create_task(answer(pool, SHORT))
        await asyncio.sleep(0.2)
        assert not waiting.done(), "the only worker is still sending the long answer"
        await first.close()  # the client went away mid-answer
        short = await asyncio.wait_for(waiting, timeout=60)
        assert b'"value":"o"' in short
        assert pool.restarts == 1

    with_pool(store_path, 1, scenario)


def test_a_query_whose_worker_died_while_idle_runs_on_a_fresh_one(store_path: str) -> None:
    async def scenario(pool: WorkerPool) -> None:
        (pid,) = pool.pids
        os.kill(pid, signal.SIGKILL)
        await asyncio.sleep(0.5)  # the pipe's end is seen by the event loop
        started = time.monotonic()
        assert b'"value":"o"' in await answer(pool, SHORT)
        assert time.monotonic() - started < 20, "sent on at once, not at the time limit"
        assert pool.restarts == 1
        assert pid not in pool.pids

    with_pool(store_path, 1, scenario)


def test_a_query_whose_worker_dies_twice_fails_at_once(store_path: str) -> None:
    """A query that kills its worker (as a hostile shape past the check would) is sent
    once more, and fails when that worker dies too; the pool stays whole."""

    async def scenario(pool: WorkerPool) -> None:
        running = asyncio.create_task(answer(pool, ENDLESS, timeout=120))
        killed: list[int] = []
        for _ in range(2):
            for _ in range(200):  # the query runs on a worker not killed yet
                if pool.busy == 1 and pool.pids and pool.pids[0] not in killed:
                    break
                await asyncio.sleep(0.05)
            (pid,) = pool.pids
            os.kill(pid, signal.SIGKILL)
            killed.append(pid)
        started = time.monotonic()
        with pytest.raises(WorkerCrashed):
            await running
        assert time.monotonic() - started < 10, "told at once, not at the time limit"
        assert b'"value":"o"' in await asyncio.wait_for(answer(pool, SHORT), timeout=60)
        assert pool.restarts == 2

    with_pool(store_path, 1, scenario)


def test_a_worker_runs_as_many_queries_at_once_as_it_has_threads(store_path: str) -> None:
    async def scenario(pool: WorkerPool) -> None:
        assert len(pool.pids) == 1
        first = await pool.start(job(LONG), timeout=30)  # begun, and left unread
        short = await asyncio.wait_for(answer(pool, SHORT), timeout=10)
        assert b'"value":"o"' in short  # the other thread answered it meanwhile
        body = b"".join([chunk async for chunk in first.chunks()])
        assert body.count(b'"a":') == 100 * 100 * 2
        assert pool.restarts == 0

    with_pool(store_path, 1, scenario, threads=2)


def test_a_query_stopped_at_its_limit_has_the_query_beside_it_sent_again(
    store_path: str,
) -> None:
    """Stopping a query kills its process; a query on the other thread that had sent
    nothing yet is run again by a fresh process and answers in full."""

    async def scenario(pool: WorkerPool) -> None:
        (pid,) = pool.pids
        endless = asyncio.create_task(answer(pool, ENDLESS))
        await asyncio.sleep(0.1)
        slow = asyncio.create_task(
            pool.start(job(counting(40)), timeout=60)  # some 2.5 s of counting
        )
        await asyncio.sleep(0.1)
        endless.cancel()  # as a client that goes away, or a time limit
        with pytest.raises(asyncio.CancelledError):
            await endless
        running = await asyncio.wait_for(slow, timeout=60)
        body = b"".join([chunk async for chunk in running.chunks()])
        assert b'"value":"40000000"' in body
        assert pool.restarts == 1
        assert pool.pids != [pid]
        await ended(pid)

    with_pool(store_path, 1, scenario, threads=2)


def test_an_answer_begun_beside_a_stopped_query_is_sent_to_its_end(store_path: str) -> None:
    """The process is killed only once the answer already streaming from its other thread
    is complete; meanwhile new queries go to the fresh process."""

    async def scenario(pool: WorkerPool) -> None:
        (pid,) = pool.pids
        begun = await pool.start(job(LONG), timeout=30)
        with pytest.raises(QueryTimeout):
            await answer(pool, ENDLESS, timeout=1)
        assert b'"value":"o"' in await asyncio.wait_for(answer(pool, SHORT), timeout=60)
        assert pid in pool.pids  # still sending the long answer
        body = b"".join([chunk async for chunk in begun.chunks()])
        assert body.count(b'"a":') == 100 * 100 * 2
        assert body.endswith(b"]}}")
        await ended(pid)
        assert pid not in pool.pids
        assert pool.restarts == 1

    with_pool(store_path, 1, scenario, threads=2)


def test_a_write_waits_for_a_retired_worker_to_finish_its_answer(store_path: str) -> None:
    """No worker holds the store open while it is written: not even one replaced after a
    stopped query that is still streaming another query's answer."""

    async def scenario(pool: WorkerPool) -> None:
        (pid,) = pool.pids
        begun = await pool.start(job(LONG), timeout=30)
        with pytest.raises(QueryTimeout):
            await answer(pool, ENDLESS, timeout=1)
        alive_while_writing: list[bool] = []

        async def write() -> None:
            async with pool.exclusive():
                alive_while_writing.append(os.path.exists(f"/proc/{pid}"))

        writing = asyncio.create_task(write())
        await asyncio.sleep(0.5)
        assert not writing.done(), "the write waits for the answer being streamed"
        body = b"".join([chunk async for chunk in begun.chunks()])
        assert body.count(b'"a":') == 100 * 100 * 2
        await asyncio.wait_for(writing, timeout=60)
        assert alive_while_writing == [False]

    with_pool(store_path, 1, scenario, threads=2)


def test_a_stopped_worker_leaves_no_reader_on_its_closed_pipes(store_path: str) -> None:
    """The idle threads of a stopped process are unwatched before their pipes close: the
    next pipe or socket given the same descriptor number is read like any other (a stale
    registration left the number marked as watched, and what came on it was never read)."""

    async def scenario(pool: WorkerPool) -> None:
        (pid,) = pool.pids
        with pytest.raises(QueryTimeout):
            await answer(pool, ENDLESS, timeout=0.5)
        await ended(pid)
        for _ in range(100):  # the fresh process is ready
            if pool.restarts == 1:
                break
            await asyncio.sleep(0.1)
        # every slot of the fresh process answers, all at once
        bodies = await asyncio.gather(*(answer(pool, SHORT, timeout=10) for _ in range(4)))
        assert all(b'"value":"o"' in body for body in bodies)
        # new descriptors take the lowest free numbers: those the old pipes had
        loop = asyncio.get_running_loop()
        pairs = [socket.socketpair() for _ in range(8)]
        try:
            heard = [asyncio.Event() for _ in pairs]
            for (ours, _), event in zip(pairs, heard, strict=True):
                loop.add_reader(ours.fileno(), event.set)
            for _, theirs in pairs:
                theirs.send(b"x")
            await asyncio.wait_for(asyncio.gather(*(e.wait() for e in heard)), timeout=5)
        finally:
            for ours, theirs in pairs:
                loop.remove_reader(ours.fileno())
                ours.close()
                theirs.close()

    with_pool(store_path, 1, scenario, threads=4)


async def spare_started(pool: WorkerPool, but: set[int]) -> int:
    """Wait (at most 60 s) for a spare that is none of ``but``; its pid."""
    for _ in range(600):
        fresh = set(pool.spare_pids) - but
        if fresh:
            return fresh.pop()
        await asyncio.sleep(0.1)
    raise AssertionError("no fresh spare was started")


def test_a_spare_takes_over_at_once_from_a_stopped_worker(store_path: str) -> None:
    """A query over its limit stops its process; the spare takes its place in the same
    moment, runs the query beside it again and the next ones, and a new spare is started."""

    async def scenario(pool: WorkerPool) -> None:
        (pid,) = pool.pids
        (spare,) = pool.spare_pids
        slow = asyncio.create_task(answer(pool, counting(40), timeout=60))  # some 2.5 s
        await asyncio.sleep(0.1)
        with pytest.raises(QueryTimeout):
            await answer(pool, ENDLESS, timeout=1)
        assert spare in pool.pids  # taken over: no wait for a process to start
        assert spare not in pool.spare_pids
        assert pool.restarts == 1
        assert b'"value":"o"' in await asyncio.wait_for(answer(pool, SHORT), timeout=5)
        assert b'"value":"40000000"' in await asyncio.wait_for(slow, timeout=60)
        await ended(pid)
        behind = await spare_started(pool, {pid, spare})
        assert pool.pids == [spare]
        assert pool.spare_pids == [behind]

    with_pool(store_path, 1, scenario, threads=2, spares=1)


def test_a_write_restarts_the_spares_too(tmp_path_factory: pytest.TempPathFactory) -> None:
    """No spare holds the store open while it is written, and the spare started after the
    write sees what was written when it takes over."""
    path = str(tmp_path_factory.mktemp("spares") / "store")
    Store(path).flush()
    ask = "SELECT ?o WHERE { <urn:x:new> <urn:x:p> ?o }"

    async def scenario(pool: WorkerPool) -> None:
        (spare,) = pool.spare_pids
        async with pool.exclusive():
            assert not os.path.exists(f"/proc/{spare}")
            store = Store(path)
            store.add(Quad(NamedNode("urn:x:new"), NamedNode("urn:x:p"), Literal("written")))
            store.flush()
            del store
        (fresh,) = pool.spare_pids
        assert fresh != spare
        with pytest.raises(QueryTimeout):
            await answer(pool, ENDLESS, timeout=0.5)
        assert fresh in pool.pids
        assert b'"value":"written"' in await asyncio.wait_for(answer(pool, ask), timeout=5)

    with_pool(path, 1, scenario, spares=1)


def test_stopping_the_pool_ends_its_spares_even_one_being_started(store_path: str) -> None:
    before = worker_pids()  # (of servers other tests keep running)

    async def run() -> list[int]:
        pool = WorkerPool(store_path, 1, 1, spares=1)
        await pool.open()
        (first,) = pool.spare_pids
        with pytest.raises(QueryTimeout):
            await answer(pool, ENDLESS, timeout=0.5)  # the spare takes over; another starts
        gone = [*pool.pids, first]
        await pool.stop()
        return gone + pool.spare_pids

    pids = asyncio.run(run())
    for pid in pids:
        asyncio.run(ended(pid))
    assert not worker_pids() - before
