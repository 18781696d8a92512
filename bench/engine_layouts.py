"""Throughput of one benchmark query in pyoxigraph, by processes x threads, no HTTP at all.

    python bench/engine_layouts.py [--store DIR] [--query NAME] [--layouts 2x1,1x8,...]

Opens a store built by ``kg build`` (default: the one ``bench/run.py --triples 1000000``
leaves in ``var/bench/``) read-only in each of P processes and runs the query from T threads in
each, over the union of its graphs as ``kg serve`` does, for a fixed time; prints the queries
answered per second for every layout. ``kg serve`` runs one query at a time in each of its
worker processes (2x1 by default); ``oxigraph serve`` and the in-process target of
``bench/run.py`` run eight client threads in one process (1x8). This tells the engine's own
difference between the two, without HTTP, pipes or the benchmark's client.
"""

from __future__ import annotations

import argparse
import multiprocessing as mp
import sys
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from measure import PROLOGUE, QUERIES  # noqa: E402

from kg.store import DATABASE, live_release  # noqa: E402


def _run(path: str, query: str, threads: int, seconds: float, out: mp.Queue[int]) -> None:
    from pyoxigraph import Store

    store = Store.read_only(path)
    for _ in store.query(query, use_default_graph_as_union=True):  # warm the caches
        pass
    stop = time.monotonic() + seconds
    done = [0] * threads

    def loop(i: int) -> None:
        while time.monotonic() < stop:
            for _ in store.query(query, use_default_graph_as_union=True):
                pass
            done[i] += 1

    workers = [threading.Thread(target=loop, args=(i,)) for i in range(threads)]
    for w in workers:
        w.start()
    for w in workers:
        w.join()
    out.put(sum(done))


def main() -> None:
    """Time each layout in turn."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--store",
        type=Path,
        default=ROOT / "var/bench/kg-1000000-seed42/store",
        help="a store built by kg build (default: bench/run.py's 1M-triple one)",
    )
    parser.add_argument(
        "--query",
        default="funding-path",
        choices=[q.name for q in QUERIES],
        help="one of bench/measure.py's queries (funding-path)",
    )
    parser.add_argument("--layouts", default="2x1,1x2,4x1,1x4,2x4,1x8", help="PxT, comma-separated")
    parser.add_argument("--seconds", type=float, default=10.0, help="time per layout (10)")
    args = parser.parse_args()
    release = live_release(args.store)
    if release is None:
        parser.error(
            f"no store at {args.store}: run 'python bench/run.py --triples 1000000' or "
            "'kg build' first, or pass --store"
        )
    query = PROLOGUE + next(q.text for q in QUERIES if q.name == args.query)
    print(f"{args.query} on {release}, {args.seconds:g} s per layout")
    for layout in args.layouts.split(","):
        processes, threads = (int(n) for n in layout.lower().split("x"))
        out: mp.Queue[int] = mp.Queue()
        started = [
            mp.Process(
                target=_run, args=(str(release / DATABASE), query, threads, args.seconds, out)
            )
            for _ in range(processes)
        ]
        for p in started:
            p.start()
        answered = sum(out.get() for _ in started)
        for p in started:
            p.join()
        print(f"  {processes} process(es) x {threads} thread(s): {answered / args.seconds:.2f} q/s")


if __name__ == "__main__":
    main()
