"""The query mix and the measurements: latency and throughput, first byte, memory."""

from __future__ import annotations

import http.client
import itertools
import json
import math
import random
import statistics
import threading
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from string import Template
from typing import Final

from pyoxigraph import QuerySolutions, Store
from servers import (
    HOST,
    N_TRIPLES,
    RESULTS_JSON,
    TIMEOUT_S,
    HttpTarget,
    Server,
    Target,
    headers,
    http_post,
    progress,
)

from kg.vocab import PREFIXES

TSV: Final = "text/tab-separated-values"
LARGE_ROWS: Final = 100_000
HUGE_ROWS: Final = 1_000_000
REPEATS: Final = 5
PROLOGUE: Final = "".join(
    f"PREFIX {name}: <{PREFIXES[name]}>\n" for name in ("dk", "rdf", "rdfs", "schema")
)


@dataclass(frozen=True)
class Query:
    """One query of the mix; ``$grant`` and ``$funder`` become sampled IRIs."""

    name: str
    mix: str
    text: str

    @property
    def accept(self) -> str:
        return N_TRIPLES if self.text.startswith("CONSTRUCT") else RESULTS_JSON


QUERIES: Final = (
    Query(
        "grant-lookup",
        "light",
        """SELECT ?funder ?item ?recipient ?value ?start ?end WHERE {
  $grant dk:funder ?funder ; dk:fundedItem ?item ; dk:recipient ?recipient ;
         dk:amount ?amount ; dk:startDate ?start ; dk:endDate ?end .
  ?amount schema:value ?value .
}""",
    ),
    Query(
        "funder-label",
        "light",
        """SELECT ?label WHERE { $funder rdfs:label ?label FILTER(LANG(?label) = "de") }""",
    ),
    Query(
        "grant-construct",
        "light",
        """CONSTRUCT { $grant ?p ?o . ?part ?q ?v } WHERE {
  { $grant ?p ?o } UNION { $grant dk:amount|dk:evidence ?part . ?part ?q ?v }
}""",
    ),
    Query(
        "sum-per-funder",
        "heavy",
        """SELECT ?funder (SUM(?value) AS ?total) (COUNT(?grant) AS ?grants) WHERE {
  ?grant dk:funder ?funder ; dk:amount ?amount .
  ?amount schema:value ?value .
} GROUP BY ?funder ORDER BY DESC(?total)""",
    ),
    Query(
        "count-per-kind",
        "heavy",
        """SELECT ?kind (COUNT(?grant) AS ?grants) (COUNT(DISTINCT ?recipient) AS ?recipients)
WHERE { ?grant dk:recipient ?recipient . ?recipient dk:kind ?kind }
GROUP BY ?kind ORDER BY DESC(?grants)""",
    ),
    Query(
        "funding-path",
        "heavy",
        """SELECT ?funder ?strategy ?label (COUNT(?grant) AS ?grants) WHERE {
  ?grant dk:funder ?funder ; dk:fundedItem ?item .
  ?item dk:partOf ?strategy .
  ?strategy a dk:Strategy ; rdfs:label ?label FILTER(LANG(?label) = "de")
} GROUP BY ?funder ?strategy ?label""",
    ),
    Query(
        "label-search",
        "heavy",
        """SELECT ?entity ?label WHERE {
  ?entity rdfs:label ?label FILTER(CONTAINS(LCASE(STR(?label)), "burg"))
}""",
    ),
    Query("large-result", "large", f"SELECT ?s ?p ?o WHERE {{ ?s ?p ?o }} LIMIT {LARGE_ROWS}"),
)
LARGE: Final = PROLOGUE + QUERIES[-1].text
HUGE: Final = f"SELECT ?s ?p ?o WHERE {{ ?s ?p ?o }} LIMIT {HUGE_ROWS}"


def count_rows(body: bytes, accept: str) -> int:
    """Solutions (or triples) in a response body."""
    if accept == N_TRIPLES:
        return body.count(b"\n")
    return len(json.loads(body)["results"]["bindings"])


@dataclass(frozen=True)
class Sample:
    """The IRIs the light queries look up."""

    grants: list[str]
    funders: list[str]


def sample(store: Store, seed: int) -> Sample:
    """Up to 500 grants and every funder, in an order drawn from ``seed``."""

    def column(text: str) -> list[str]:
        solutions = store.query(PROLOGUE + text, use_default_graph_as_union=True)
        assert isinstance(solutions, QuerySolutions)
        return sorted(str(row[0]) for row in solutions)

    grants = column("SELECT ?g WHERE { ?g a dk:Grant }")
    funders = column("SELECT DISTINCT ?f WHERE { ?g dk:funder ?f }")
    rng = random.Random(seed)
    return Sample(rng.sample(grants, min(500, len(grants))), rng.sample(funders, len(funders)))


def render(query: Query, iris: Sample) -> list[str]:
    """The query text with the sampled IRIs in turn (a single text when it has none)."""
    template = Template(PROLOGUE + query.text)
    pairs = zip(iris.grants, itertools.cycle(iris.funders), strict=False)
    texts = [template.substitute(grant=grant, funder=funder) for grant, funder in pairs]
    return texts if "$" in query.text else texts[:1]


@dataclass
class Cell:
    """Latencies of one query on one target at one concurrency."""

    target: str
    query: Query
    concurrency: int
    latencies: list[float] = field(default_factory=list)
    wall: float = 0.0
    errors: list[str] = field(default_factory=list)

    @property
    def throughput(self) -> float:
        return len(self.latencies) / self.wall if self.wall else 0.0

    def percentile(self, p: float) -> float:
        """Nearest-rank percentile of the latencies, in seconds."""
        if not self.latencies:
            return math.nan
        ordered = sorted(self.latencies)
        return ordered[max(0, math.ceil(p / 100 * len(ordered)) - 1)]


def measure(target: Target, cell: Cell, texts: Sequence[str], duration: float) -> None:
    """Send the query from ``cell.concurrency`` threads for ``duration`` s (at least once each)."""
    tickets = itertools.count()
    lock = threading.Lock()
    started = time.perf_counter()
    deadline = started + duration

    def client() -> None:
        with target.session() as send:
            while len(cell.errors) < 3:
                ticket = next(tickets)
                if ticket >= cell.concurrency and time.perf_counter() >= deadline:
                    return
                begin = time.perf_counter()
                try:
                    send(texts[ticket % len(texts)], cell.query.accept)
                except Exception as error:  # counted and shown, not fatal
                    with lock:
                        cell.errors.append(str(error)[:200])
                    return
                with lock:
                    cell.latencies.append(time.perf_counter() - begin)

    threads = [threading.Thread(target=client, daemon=True) for _ in range(cell.concurrency)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    cell.wall += time.perf_counter() - started


def run_cells(
    servers: list[Server],
    targets: list[Target],
    texts: dict[str, list[str]],
    concurrencies: list[int],
    duration: float,
    queries: Sequence[Query] = QUERIES,
) -> list[Cell]:
    """Every query at every concurrency on every target.

    Each cell's time is split into three turns taken by the targets in rotating order, so a
    drift in the machine's load (it is shared) affects them alike.
    """
    cells = []
    for query, concurrency in itertools.product(queries, concurrencies):
        row = [Cell(target.name, query, concurrency) for target in targets]
        for turn in range(3):
            for k in range(len(targets)):
                i = (k + turn) % len(targets)
                measure(targets[i], row[i], texts[query.name], duration / 3)
        for cell in row:
            failed = f", failed: {cell.errors[0]}" if cell.errors else ""
            progress(
                f"  {query.name:<16} c={concurrency:<2} {cell.target:<10} "
                f"{len(cell.latencies):>6} queries {cell.throughput:9.1f} q/s{failed}"
            )
        for server in servers:
            server.check()
        cells += row
    return cells


def check_rows(
    targets: list[Target], texts: dict[str, list[str]], queries: Sequence[Query] = QUERIES
) -> None:
    """Run each query once per target (a warm-up); stop when the targets disagree."""
    progress("warming up and checking that all targets give the same number of rows")
    for query in queries:
        counts = {}
        for target in targets:
            with target.session() as send:
                counts[target.name] = count_rows(
                    send(texts[query.name][0], query.accept), query.accept
                )
        if len(set(counts.values())) != 1:
            raise SystemExit(f"the targets disagree on {query.name}: {counts}")
        progress(f"  {query.name:<16} {next(iter(counts.values())):>7} rows")


@dataclass
class FirstByte:
    """Median timings of one large result: first body byte and complete answer."""

    target: str
    first_byte: float
    total: float
    size: int


def request_floor(port: int, method: str, path: str, body: bytes | None) -> float:
    """Median time of a trivial request on one keep-alive connection: the fixed cost."""
    connection = http.client.HTTPConnection(HOST, port, timeout=TIMEOUT_S)
    latencies = []
    deadline = time.perf_counter() + 2.0
    try:
        while time.perf_counter() < deadline:
            begin = time.perf_counter()
            connection.request(method, path, body, headers(RESULTS_JSON))
            connection.getresponse().read()
            latencies.append(time.perf_counter() - begin)
    finally:
        connection.close()
    return statistics.median(latencies)


def request_floors(kg: HttpTarget, oxigraph: HttpTarget) -> dict[str, float]:
    """Where a light query's time goes: HTTP stack alone, plus a worker round trip."""
    ask = b"ASK {}"
    return {
        "kg GET /health (HTTP stack, no worker)": request_floor(kg.port, "GET", "/health", None),
        "kg ASK {} (HTTP stack + worker)": request_floor(kg.port, "POST", kg.path, ask),
        "oxigraph ASK {}": request_floor(oxigraph.port, "POST", oxigraph.path, ask),
    }


def succeeded(response: http.client.HTTPResponse) -> http.client.HTTPResponse:
    """The response, unless it is an error."""
    if response.status != 200:
        raise RuntimeError(f"HTTP {response.status}: {response.read(300)!r}")
    return response


def time_to_first_byte(target: HttpTarget) -> FirstByte:
    """Medians over five requests of the large result: first body byte, last byte."""
    firsts, totals, size = [], [], 0
    for _ in range(REPEATS):
        begin = time.perf_counter()
        with http_post(target.port, target.path, LARGE, RESULTS_JSON) as response:
            size = len(succeeded(response).read1(65536))
            firsts.append(time.perf_counter() - begin)
            while chunk := response.read1(65536):
                size += len(chunk)
        totals.append(time.perf_counter() - begin)
    return FirstByte(target.name, statistics.median(firsts), statistics.median(totals), size)


def first_row_in_process(store: Store) -> FirstByte:
    """Medians over five runs of the large query in-process: first solution, last solution."""
    firsts, totals = [], []
    for _ in range(REPEATS):
        begin = time.perf_counter()
        solutions = store.query(LARGE, use_default_graph_as_union=True)
        assert isinstance(solutions, QuerySolutions)
        next(solutions)
        firsts.append(time.perf_counter() - begin)
        for _ in solutions:
            pass
        totals.append(time.perf_counter() - begin)
    return FirstByte("in-process", statistics.median(firsts), statistics.median(totals), 0)


@dataclass
class Memory:
    """A server's resident memory while streaming the huge result (TSV)."""

    target: str
    run: int
    before: int
    peak: int
    rows: int
    size: int
    seconds: float

    @property
    def growth(self) -> int:
        return self.peak - self.before


def memory_while_streaming(server: Server, run: int) -> Memory:
    """Read the huge result at full speed while sampling the server's RSS every 10 ms."""
    time.sleep(0.5)
    before = peak = server.rss()
    done = threading.Event()

    def sample() -> None:
        nonlocal peak
        while not done.wait(0.01):
            peak = max(peak, server.rss())

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    lines = size = 0
    begin = time.perf_counter()
    try:
        with http_post(server.target.port, server.target.path, PROLOGUE + HUGE, TSV) as response:
            while chunk := succeeded(response).read1(65536):
                size += len(chunk)
                lines += chunk.count(b"\n")
    finally:
        seconds = time.perf_counter() - begin
        done.set()
        sampler.join()
    peak = max(peak, server.rss())
    return Memory(server.name, run, before, peak, lines - 1, size, seconds)
