"""The worker pool on its own, with real worker processes over a small store on disk."""

from __future__ import annotations

import asyncio
import os
import signal
import time
from collections.abc import Awaitable, Callable

import pytest
from pyoxigraph import Literal, NamedNode, Quad, Store

from kg.web.workers import Job, WorkerCrashed, WorkerPool

ROWS = " ".join(str(n) for n in range(100))
# 100 x 100 x 2 rows of three numbers: about 2 MB of SPARQL JSON, some 30 messages
LONG = f"SELECT * WHERE {{ VALUES ?a {{ {ROWS} }} VALUES ?b {{ {ROWS} }} VALUES ?c {{ 1 2 }} }}"
SHORT = "SELECT ?o WHERE { <urn:x:s> <urn:x:p> ?o }"


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
    store_path: str, size: int, scenario: Callable[[WorkerPool], Awaitable[None]]
) -> None:
    async def run() -> None:
        pool = WorkerPool(store_path, size)
        await pool.open()
        try:
            await scenario(pool)
        finally:
            await pool.stop()

    asyncio.run(run())


async def answer(pool: WorkerPool, text: str) -> bytes:
    running = await pool.start(job(text), timeout=30)
    return b"".join([chunk async for chunk in running.chunks()])


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


def test_a_worker_that_died_while_idle_fails_its_next_query_at_once(store_path: str) -> None:
    async def scenario(pool: WorkerPool) -> None:
        (pid,) = pool.pids
        os.kill(pid, signal.SIGKILL)
        await asyncio.sleep(0.5)  # the pipe's end is seen by the event loop
        started = time.monotonic()
        with pytest.raises(WorkerCrashed):
            await answer(pool, SHORT)
        assert time.monotonic() - started < 5, "told at once, not at the time limit"
        for _ in range(100):  # the fresh worker comes up in the background
            if pool.restarts:
                break
            await asyncio.sleep(0.1)
        assert b'"value":"o"' in await answer(pool, SHORT)

    with_pool(store_path, 1, scenario)
