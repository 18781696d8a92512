"""Benchmark ``kg serve`` against ``oxigraph serve`` and in-process pyoxigraph.

One run: generate a synthetic funding graph (``bench/generate.py``, reused when it exists),
build our store from it with ``kg build --no-validate``, load ``kg export`` of that store
into an ``oxigraph serve`` store, and open our store read-only in this process, so all
three answer over identical data. Then start both servers on free 127.0.0.1 ports, run the
query mix against all three at each concurrency, and print per query p50/p99 latency,
throughput and the kg/oxigraph ratios, the time to first byte of a 100k-row result and
each server's memory growth while it streams a 1M-row result (or the whole graph, when it
has fewer triples), each beside its target.

Progress goes to stderr, figures to stdout. Everything is written under ``var/bench/``;
the servers are stopped on every exit, Ctrl-C included.

    python bench/run.py                      # 100k triples, a few minutes
    python bench/run.py --triples 1000000
    python bench/run.py --concurrency 8 --duration 2 --mix light,heavy   # a quick look
"""

from __future__ import annotations

import argparse
import contextlib
import itertools
import math
import os
import platform
import statistics
import subprocess
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Final

import pyoxigraph
from generate import DEFAULT_SEED
from measure import (
    HUGE_ROWS,
    LARGE_ROWS,
    QUERIES,
    Cell,
    FirstByte,
    Memory,
    check_rows,
    first_row_in_process,
    memory_while_streaming,
    render,
    request_floors,
    run_cells,
    sample,
    time_to_first_byte,
)
from servers import (
    HERE,
    InProcessTarget,
    Target,
    make_servers,
    oxigraph_command,
    prepare,
    progress,
    stop_on_sigterm,
)

from kg.store import open_live

WORKDIR: Final = HERE.parent / "var" / "bench"
THROUGHPUT_TARGETS: Final = {("heavy", 1): 0.9, ("heavy", 8): 0.9, ("light", 8): 0.5}
TTFB_TARGET_S: Final = 0.2
RSS_TARGET_MB: Final = 50.0


def machine() -> str:
    """CPUs, memory, kernel, load and versions: the figures mean little without them."""
    cpuinfo = Path("/proc/cpuinfo").read_text().splitlines()
    model = next((ln.split(":", 1)[1].strip() for ln in cpuinfo if "model name" in ln), "?")
    memory = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30
    version = subprocess.run(
        [oxigraph_command(), "--version"], capture_output=True, text=True, check=False
    ).stdout.strip()
    return (
        f"machine: {len(os.sched_getaffinity(0))} CPUs, {model}, {memory:.0f} GiB RAM, "
        f"{platform.system()} {platform.release()}; load average {load()}\n"
        f"software: Python {platform.python_version()}, pyoxigraph {pyoxigraph.__version__}, "
        f"{version}"
    )


def load() -> str:
    return " ".join(f"{x:.2f}" for x in os.getloadavg())


def cpu_ticks() -> tuple[int, int]:
    """Ticks of all CPUs since boot: all of them, and those stolen by the hypervisor (time a
    virtual CPU was ready but the host ran something else); (0, 0) where not Linux."""
    try:
        fields = Path("/proc/stat").read_text().splitlines()[0].split()[1:]
    except OSError:
        return 0, 0
    ticks = [int(f) for f in fields[:8]]  # user nice system idle iowait irq softirq steal
    return sum(ticks), ticks[7] if len(ticks) == 8 else 0


def stolen(since: tuple[int, int]) -> str:
    """Share of CPU time stolen by the host since ``since``: on a shared virtual machine,
    the figures of a run with much of it are noisier than the rest."""
    total, steal = (now - then for now, then in zip(cpu_ticks(), since, strict=True))
    return f"{100 * steal / total:.1f} %" if total else "unknown"


def ms(seconds: float) -> str:
    return "-" if math.isnan(seconds) else f"{seconds * 1000:.1f}"


def ratio(a: float, b: float) -> float:
    return a / b if a and b and not math.isnan(a) and not math.isnan(b) else math.nan


def fmt(value: float) -> str:
    return "-" if math.isnan(value) else f"{value:.2f}"


def verdict(ok: bool) -> str:
    return "PASS" if ok else "MISS"


def print_table(cells: list[Cell], targets: list[str], concurrencies: list[int]) -> None:
    index = {(c.target, c.query.name, c.concurrency): c for c in cells}
    head = f"{'query':<16} {'mix':<5} {'c':>2}"
    for name in targets:
        head += f" | {name:>10} p50 {'p99':>7} {'q/s':>7}"
    head += " | kg/oxi q/s  kg/oxi p50"
    print(head)
    print("-" * len(head))
    measured = {c.query.name for c in cells}
    for query, concurrency in itertools.product(QUERIES, concurrencies):
        if query.name not in measured:
            continue
        line = f"{query.name:<16} {query.mix:<5} {concurrency:>2}"
        for name in targets:
            cell = index[name, query.name, concurrency]
            line += f" | {ms(cell.percentile(50)):>14} {ms(cell.percentile(99)):>7}"
            line += f" {cell.throughput:>7.1f}"
        kg, oxi = index["kg", query.name, concurrency], index["oxigraph", query.name, concurrency]
        line += f" | {fmt(ratio(kg.throughput, oxi.throughput)):>10}"
        line += f"  {fmt(ratio(kg.percentile(50), oxi.percentile(50))):>10}"
        print(line)
    print("(latency in ms; q/s: answered queries per second over all clients;")
    print(" kg/oxi q/s > 1: kg answers more; kg/oxi p50 < 1: kg answers sooner)")


def mix_ratio(cells: list[Cell], mix: str, concurrency: int) -> float:
    """Geometric mean over a mix's queries of the kg/oxigraph throughput ratio."""
    index = {(c.target, c.query.name): c for c in cells if c.concurrency == concurrency}
    ratios = [
        ratio(index["kg", q.name].throughput, index["oxigraph", q.name].throughput)
        for q in QUERIES
        if q.mix == mix and ("kg", q.name) in index
    ]
    if not ratios:
        return math.nan
    if any(math.isnan(r) for r in ratios):
        return 0.0  # a query failed on kg
    return math.exp(statistics.fmean(math.log(r) for r in ratios))


def report(
    cells: list[Cell],
    concurrencies: list[int],
    floors: dict[str, float],
    first_bytes: list[FirstByte],
    memories: list[Memory],
) -> None:
    """Print every figure, each target with PASS or MISS beside it."""
    print()
    print_table(cells, ["kg", "oxigraph", "in-process"], concurrencies)
    print("\nmix throughput kg / oxigraph serve (geometric mean of the per-query ratios)")
    for mix, concurrency in itertools.product(("light", "heavy", "large"), concurrencies):
        value = mix_ratio(cells, mix, concurrency)
        if math.isnan(value):
            continue
        goal = THROUGHPUT_TARGETS.get((mix, concurrency))
        target = f"target >= {goal:.1f}  {verdict(value >= goal)}" if goal else ""
        print(f"  {mix:<5} c={concurrency:<2} {fmt(value):>6}   {target}")
    print("\nfixed cost of a trivial request (one client, median, ms)")
    for what, seconds in floors.items():
        print(f"  {what:<40} {ms(seconds):>6}")
    if first_bytes:
        report_first_bytes(first_bytes)
    if memories:
        report_memory(memories)


def report_first_bytes(first_bytes: list[FirstByte]) -> None:
    print(f"\ntime to first byte of the {LARGE_ROWS:,}-row result (SPARQL JSON, median of 5, s)")
    for fb in first_bytes:
        what = "first row" if fb.target == "in-process" else "first byte"
        size = f"  ({fb.size / 2**20:.1f} MiB)" if fb.size else ""
        line = f"  {fb.target:<10} {what} {fb.first_byte:6.3f}   complete {fb.total:6.3f}{size}"
        if fb.target == "kg":
            line += f"   target < {TTFB_TARGET_S} s  {verdict(fb.first_byte < TTFB_TARGET_S)}"
        print(line)


def report_memory(memories: list[Memory]) -> None:
    rows = min(m.rows for m in memories)
    print(f"\nserver RSS while streaming {rows:,} rows (TSV; whole process group, MiB)")
    if rows < HUGE_ROWS:
        print(f"  (the graph has fewer than {HUGE_ROWS:,} triples: measured on all of them)")
    for m in memories:
        line = (
            f"  {m.target:<10} run {m.run}  before {m.before / 2**20:6.1f}  peak "
            f"{m.peak / 2**20:6.1f}  growth {m.growth / 2**20:6.1f}  "
            f"({m.size / 2**20:.0f} MiB in {m.seconds:.1f} s)"
        )
        if m.target == "kg":
            ok = m.growth < RSS_TARGET_MB * 1e6
            line += f"   target < {RSS_TARGET_MB:.0f} MB  {verdict(ok)}"
            if rows < HUGE_ROWS:
                line += f" (at {rows:,} rows, not {HUGE_ROWS:,})"
        print(line)


def parse_args(argv: Sequence[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        description="Benchmark kg serve against oxigraph serve and in-process pyoxigraph on a "
        "synthetic funding graph. Progress on stderr, figures on stdout; data, stores and "
        "server logs in var/bench/.",
    )
    parser.add_argument(
        "--triples", type=int, default=100_000, help="size of the synthetic graph (100000)"
    )
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED, help="generator seed (42)")
    parser.add_argument(
        "--duration", type=float, default=3.0, help="seconds per query, target and concurrency (3)"
    )
    parser.add_argument(
        "--concurrency", default="1,8", help="comma-separated numbers of clients (1,8)"
    )
    parser.add_argument(
        "--mix",
        default="light,heavy,large",
        help="comma-separated mixes to run (light,heavy,large); without large, the first-byte "
        "and memory measurements are skipped",
    )
    parser.add_argument(
        "--kg-workers", type=int, help="query worker processes of kg serve (its default, 1)"
    )
    parser.add_argument(
        "--kg-threads",
        type=int,
        help="queries each worker process of kg serve runs at once (its default, 8)",
    )
    parser.add_argument(
        "--kg-processes", type=int, default=1, help="HTTP server processes of kg serve (1)"
    )
    parser.add_argument(
        "--workdir", type=Path, default=WORKDIR, help="data, stores and logs (var/bench)"
    )
    args = parser.parse_args(argv)
    args.concurrency = [int(c) for c in args.concurrency.split(",")]
    args.mix = [m.strip() for m in args.mix.split(",") if m.strip()]
    if not args.mix or set(args.mix) - {"light", "heavy", "large"}:
        parser.error("--mix takes light, heavy and large, comma-separated")
    if args.triples < 1 or args.duration <= 0 or min(args.concurrency) < 1:
        parser.error("--triples, --duration and --concurrency must be positive")
    return args


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    stop_on_sigterm()
    began, ticks = time.perf_counter(), cpu_ticks()
    print(machine(), flush=True)
    prepared = prepare(args.workdir, args.triples, args.seed)
    store = open_live(prepared.kg_store)
    iris = sample(store, args.seed)
    print(
        f"data: {args.triples:,} synthetic triples (seed {args.seed}) and the bundled graph: "
        f"{len(store):,} quads, {len(iris.funders)} funders"
    )
    print("preparation: " + ", ".join(f"{k} {v:.1f} s" for k, v in prepared.timings.items()))
    sys.stdout.flush()
    texts = {query.name: render(query, iris) for query in QUERIES}
    servers = make_servers(
        prepared.kg_store,
        prepared.oxigraph_store,
        args.workdir,
        args.kg_workers,
        args.kg_processes,
        args.kg_threads,
    )
    with contextlib.ExitStack() as stack:
        for server in servers:
            stack.callback(server.stop)
            server.start()
        targets: list[Target] = [server.target for server in servers]
        targets.append(InProcessTarget(store))
        queries = [query for query in QUERIES if query.mix in args.mix]
        check_rows(targets, texts, queries)
        cells = run_cells(servers, targets, texts, args.concurrency, args.duration, queries)
        progress("fixed cost of a trivial request")
        floors = request_floors(servers[0].target, servers[1].target)
        first_bytes: list[FirstByte] = []
        memories: list[Memory] = []
        if "large" in args.mix:
            progress("time to first byte of the large result")
            first_bytes = [time_to_first_byte(server.target) for server in servers]
            first_bytes.append(first_row_in_process(store))
        for server, run in itertools.product(servers if "large" in args.mix else [], (1, 2)):
            progress(f"streaming the huge result from {server.name} (run {run}), sampling RSS")
            memories.append(memory_while_streaming(server, run))
    report(cells, args.concurrency, floors, first_bytes, memories)
    print(
        f"\nload average at the end {load()}; CPU time stolen by the host {stolen(ticks)}; "
        f"total time {time.perf_counter() - began:.0f} s"
    )
    return 0


if __name__ == "__main__":
    try:
        sys.exit(main())
    except KeyboardInterrupt:
        progress("interrupted")
        sys.exit(130)
