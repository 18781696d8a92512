"""Queries forwarded to a remote SPARQL server, streamed back: the remote-store twin of
``kg.web.workers.WorkerPool``.

Our own queries (canned ones, pages) go in plain SPARQL 1.1 when the server does not know
``LATERAL`` (see ``kg.canned.without_lateral``); a client's query goes as it is. The same
``start(job, timeout)`` → answer with ``head``, ``chunks()`` and ``close()``, so
``/sparql``, the canned queries and the pages do not know which store answers. The
remote server does the work; the time limit is kept by the facade (an answer not
complete in time ends with 504 and the connection is closed), and a server that is down
or failing gives 502 until it is back.
"""

from __future__ import annotations

import asyncio
import contextlib
import time
import urllib.parse
from collections.abc import AsyncIterator
from typing import Any

import httpx
from pyoxigraph import QueryResultsFormat, QuerySolutions, parse_query_results

from kg.canned import without_lateral
from kg.errors import RemoteError
from kg.remote import Endpoint, describe_failure, query_form, refused, with_prefixes
from kg.web import negotiation
from kg.web.workers import Answer, Busy, Head, Job, QueryFailed, capped_json

ERROR_BODY = 4096  # bytes of a remote error message worth reading


class RemotePool:
    """Forwards jobs to the remote server, at most ``size`` at a time."""

    def __init__(self, endpoint: Endpoint, size: int, *, lateral: bool = True) -> None:
        self.endpoint = endpoint
        self.size = size
        self.lateral = lateral  # whether the server knows LATERAL (else ours are rewritten)
        self.restarts = 0  # nothing to restart: kept for /health
        self._slots = asyncio.Semaphore(size)
        self._client: httpx.AsyncClient | None = None

    async def open(self) -> None:
        """Open the connection pool."""
        self._client = httpx.AsyncClient(
            auth=self.endpoint.auth,
            timeout=httpx.Timeout(None, connect=5.0),
            limits=httpx.Limits(max_connections=self.size, max_keepalive_connections=self.size),
        )

    async def stop(self) -> None:
        """Close the connections."""
        if self._client is not None:
            await self._client.aclose()

    @property
    def pids(self) -> list[int]:
        """No worker processes: the remote server runs the queries."""
        return []

    @property
    def busy(self) -> int:
        """Queries being forwarded now."""
        return self.size - self._slots._value

    @contextlib.asynccontextmanager
    async def exclusive(self) -> AsyncIterator[None]:
        """Nothing to stop around a write: the remote server orders its own writes."""
        yield

    async def start(self, job: Job, *, timeout: float) -> RemoteAnswer:
        """Send ``job`` and wait for the head of the answer (see ``WorkerPool.start``)."""
        assert self._client is not None, "open() the pool first"
        deadline = time.monotonic() + timeout
        try:
            await asyncio.wait_for(self._slots.acquire(), timeout)
        except TimeoutError:
            raise Busy(f"{self.size} queries are being forwarded; try again") from None
        answer = RemoteAnswer(self, deadline, timeout)
        try:
            await answer.begin(self._client, job)
        except BaseException:
            await answer.close()
            raise
        return answer

    def release(self) -> None:
        """A forwarded query is over."""
        self._slots.release()


class RemoteAnswer(Answer):
    """One forwarded query: its head, then its bytes as the remote server sends them."""

    def __init__(self, pool: RemotePool, deadline: float, timeout: float) -> None:
        super().__init__(deadline, timeout)
        self.pool = pool
        self._response: httpx.Response | None = None
        self._body: AsyncIterator[bytes] | None = None

    async def begin(self, client: httpx.AsyncClient, job: Job) -> None:
        """Send the query and read the head (and first bytes) of the answer."""
        wanted = _wanted(job)
        asked = query_form(job.query)
        if asked is not None:  # only the types that fit: a server takes the first it can
            graph = asked in ("CONSTRUCT", "DESCRIBE")
            wanted = [f for f in wanted if f.graph == graph] or wanted
        text = job.query
        if job.ours and not self.pool.lateral:
            text = without_lateral(text)
        form = [("query", with_prefixes(text))]
        form += [("default-graph-uri", g) for g in job.default_graphs]
        form += [("named-graph-uri", g) for g in job.named_graphs or ()]
        url = self.pool.endpoint.query_url
        request = client.build_request(
            "POST",
            url,
            content=urllib.parse.urlencode(form),
            headers={
                "Content-Type": "application/x-www-form-urlencoded",
                "Accept": ", ".join(
                    f"{f.media_type};q={1.0 - i / 10:.1f}" for i, f in enumerate(wanted)
                ),
            },
        )
        self._response = await self._within(client.send(request, stream=True), url)
        response = self._response
        if response.status_code >= 300:
            body = await self._within(_read_some(response), url)
            if response.status_code == 400:  # the query's fault: say what the server said
                text = body.decode("utf-8", "replace").strip() or "(no message)"
                raise QueryFailed(400, f"the SPARQL server refused the query: {text}")
            raise refused(response.status_code, body, url)
        media = response.headers.get("content-type", "").split(";")[0].strip().lower()
        chosen = negotiation.BY_TYPE.get(media) or negotiation.BY_NAME.get(
            negotiation.ALIASES.get(media, "")
        )
        if chosen is None or chosen not in wanted:
            offered = ", ".join(f.media_type for f in wanted)
            raise RemoteError(f"the SPARQL server at {url} answered in {media!r}, not {offered}")
        self._body = response.aiter_bytes()
        if job.max_rows is not None and not chosen.graph:
            await self._capped(job.max_rows, url)
            return
        self.head = Head("graph" if chosen.graph else "solutions", chosen.name)
        self.pending = await self._next(url) or b""
        if not self.pending:
            self.finished = True

    async def _capped(self, max_rows: int, url: str) -> None:
        """Read the whole SPARQL JSON answer and keep its first ``max_rows`` rows."""
        body = bytearray()
        while (chunk := await self._next(url)) is not None:
            body += chunk
        result = parse_query_results(bytes(body), QueryResultsFormat.JSON)
        out = bytearray()
        if isinstance(result, QuerySolutions):
            self.rows, self.truncated = capped_json(out.extend, result, max_rows)
        else:
            out += b'{"head":{},"boolean":' + (b"true" if result else b"false") + b"}"
        self.head = Head("solutions", "capped-json")
        self.pending = bytes(out)
        self.finished = True

    async def _next(self, url: str) -> bytes | None:
        assert self._body is not None
        try:
            chunk: bytes = await self._within(anext(self._body), url)
        except StopAsyncIteration:
            return None
        return chunk

    async def _within(self, step: Any, url: str) -> Any:
        """Await ``step`` before the deadline; a clear 502/504 otherwise."""
        remaining = self.deadline - time.monotonic()
        try:
            if remaining <= 0:
                raise httpx.ReadTimeout("deadline passed")
            return await asyncio.wait_for(step, remaining)
        except (TimeoutError, httpx.TimeoutException):
            with contextlib.suppress(Exception):
                step.close()
            raise describe_failure(httpx.ReadTimeout(""), url, self.timeout) from None
        except httpx.HTTPError as error:
            raise describe_failure(error, url, self.timeout) from None

    async def chunks(self) -> AsyncIterator[bytes]:
        """The answer's bytes as they arrive."""
        url = self.pool.endpoint.query_url
        try:
            if self.pending:
                yield self.pending
            while not self.finished:
                chunk = await self._next(url)
                if chunk is None:
                    self.finished = True
                    return
                yield chunk
        finally:
            await self.close()

    async def close(self) -> None:
        """Close the connection (stopping an unfinished answer) and free the slot."""
        if self._closed:
            return
        self._closed = True
        if self._response is not None:
            with contextlib.suppress(Exception):
                await self._response.aclose()
        self.pool.release()


async def _read_some(response: httpx.Response) -> bytes:
    body = bytearray()
    async for chunk in response.aiter_bytes():
        body += chunk
        if len(body) >= ERROR_BODY:
            break
    return bytes(body[:ERROR_BODY])


def _wanted(job: Job) -> list[negotiation.Format]:
    """The formats the client accepts, in order: a capped view needs SPARQL JSON."""
    if job.max_rows is not None:
        names = ["json", job.graph_format]
    else:
        names = [job.results_format, job.graph_format]
    return [negotiation.BY_NAME[name] for name in names if name is not None]
