"""Benchmark building a large graph: synthetic Förderkatalog rows plus the curated facts.

Prints, from one run on this machine:

- the CSV→RDF step alone (the loader, no store, writing N-Triples), in a process of its
  own: rows/s and quads/s, and the peak RSS of that process;
- ``kg build --no-validate`` of the catalogue plus the curated facts: total time, quads/s,
  peak RSS of the build process;
- ``oxigraph load`` (PyPI package ``oxigraph``), in the same run, of equivalents, each
  with its ratio: the catalogue quads the loader states, as N-Triples; every triple of
  the built store (curated facts, derived triples, metadata included) as N-Triples, which
  land in Oxigraph's default graph (three indexes), also followed by ``oxigraph optimize``
  (the build compacts its store for reading); the same N-Triples loaded into one
  named graph (``--graph``: six indexes, as the build's named graphs have); and every
  quad as N-Quads, each in its named graph, also followed by ``oxigraph optimize``;
- each canned query over the large graph with its example parameters, then each whose
  parameters are all optional without any (over the whole graph): time to the last row.

    python bench/build_bench.py                 # 250,000 rows (several minutes)
    python bench/build_bench.py --rows 20000    # a quick look

Progress goes to stderr, figures to stdout. Files go to var/bench/ (kept between runs:
the generated CSV is reused when rows and seed match).
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import subprocess
import sys
import time
from pathlib import Path
from typing import Final

from foerderkatalog_gen import DEFAULT_SEED, generate
from pyoxigraph import Quad, RdfFormat, Store, Triple, serialize
from run import cpu_ticks, stolen

from kg.canned import CannedQuery, Catalogue
from kg.ontology import ontology_store
from kg.params import bind
from kg.store import open_live
from loaders.base import LoadContext
from loaders.foerderkatalog import FoerderkatalogLoader

ROOT: Final = Path(__file__).resolve().parent.parent
WORK: Final = ROOT / "var" / "bench"
TARGET_RATIO: Final = 0.5
TARGET_RSS_MB: Final = 2048.0
TARGET_QUERY_S: Final = 2.0
ONE_GRAPH: Final = "https://w3id.org/digikom/graph/oxigraph-load"  # for loading N-Triples


def progress(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def run_child(command: list[str], env: dict[str, str] | None = None) -> tuple[float, float]:
    """Run ``command``; return (seconds, peak RSS in MB) of that one process."""
    started = time.perf_counter()
    child = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    assert child.stderr is not None
    errors = child.stderr.read()
    _, status, usage = os.wait4(child.pid, 0)
    child.returncode = os.waitstatus_to_exitcode(status)
    elapsed = time.perf_counter() - started
    if child.returncode != 0:
        sys.exit(f"{' '.join(command)} failed:\n{errors.decode(errors='replace')[-2000:]}")
    return elapsed, usage.ru_maxrss / 1024


def loader_step(csv: Path, ntriples: Path) -> tuple[int, int, float]:
    """Run the loader alone; write its triples as N-Triples. (quads, rows, seconds).

    Runs in a child process of its own (``--loader-step``), so that the parent can read
    its peak RSS; the seconds are the conversion's, without the interpreter's start."""
    warnings: list[str] = []
    context = LoadContext(ontology=ontology_store(), warn=warnings.append)
    started = time.perf_counter()
    count = 0
    with ntriples.open("wb") as out:
        batch: list[Triple] = []
        for load in FoerderkatalogLoader().load(csv, context=context):
            for quad in load.quads:
                assert isinstance(quad, Quad)
                batch.append(quad.triple)
                count += 1
                if len(batch) == 100_000:
                    out.write(serialize(batch, format=RdfFormat.N_TRIPLES) or b"")
                    batch = []
        out.write(serialize(batch, format=RdfFormat.N_TRIPLES) or b"")
    elapsed = time.perf_counter() - started
    grants = next((w for w in warnings if w.strip().endswith("grants")), "")
    rows = int(grants.rsplit(":", 1)[-1].split()[0]) if grants else 0
    return count, rows, elapsed


def loader_child(csv: Path, ntriples: Path) -> tuple[int, int, float, float]:
    """:func:`loader_step` in a child process: (quads, rows, seconds, peak RSS in MB)."""
    command = [sys.executable, __file__, "--loader-step", str(csv), str(ntriples)]
    child = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    out, errors = child.communicate()
    if child.returncode != 0:
        sys.exit(f"the loader step failed:\n{errors.decode(errors='replace')[-2000:]}")
    quads, rows, seconds, peak_kb = out.split()
    return int(quads), int(rows), float(seconds), int(peak_kb) / 1024


def dump_built(store_path: Path, nquads: Path, ntriples: Path) -> int:
    """Write every quad of the built store as N-Quads, and as N-Triples (graph names
    dropped); return the number of quads."""
    store = Store.read_only(str(store_path.resolve() / "oxigraph"))
    store.dump(str(nquads), format=RdfFormat.N_QUADS)
    count = 0
    with nquads.open("rb") as source, ntriples.open("wb") as sink:
        for line in source:  # ``<s> <p> o <g> .``: the graph is the last term
            sink.write(line[: line.rindex(b" <")] + b" .\n")
            count += 1
    return count


def oxigraph_load(
    oxigraph: str, data: Path, *, optimize: bool = False, graph: str | None = None
) -> tuple[float, float]:
    """(seconds, peak MB) of ``oxigraph load`` of ``data`` into a fresh folder; with
    ``optimize``, the seconds of a following ``oxigraph optimize`` are added (the build
    compacts its store for reading, which ``oxigraph load`` leaves to that command); with
    ``graph``, N-Triples land in that named graph (``--graph``) instead of the default one."""
    target = WORK / "oxigraph-load"
    shutil.rmtree(target, ignore_errors=True)
    argv = [oxigraph, "load", "--location", str(target), "--file", str(data)]
    seconds, mb = run_child(argv + (["--graph", graph] if graph else []))
    if optimize:
        seconds += run_child([oxigraph, "optimize", "--location", str(target)])[0]
    shutil.rmtree(target, ignore_errors=True)
    return seconds, mb


def canned_timings(store_path: Path) -> list[tuple[str, float, int]]:
    """Each canned query with its example parameters, then each whose parameters are all
    optional without any (the call over the whole graph, e.g. totals of every funder)."""
    store = open_live(store_path)
    catalogue = Catalogue()
    queries = sorted(catalogue.queries.items())
    calls: list[tuple[str, CannedQuery, dict[str, str]]] = [
        (name, query, query.example()) for name, query in queries
    ]
    calls += [
        (f"{name} (no parameters)", query, {})
        for name, query in queries
        if query.example() and not any(p.required for p in query.parameters.values())
    ]
    timings = []
    for label, query, values in calls:
        text = bind(query, values, store)
        started = time.perf_counter()
        result = store.query(text, use_default_graph_as_union=True)
        rows = sum(1 for _ in result) if hasattr(result, "__iter__") else 1
        timings.append((label, time.perf_counter() - started, rows))
    return timings


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rows", type=int, default=250_000, help="catalogue rows to generate")
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED, help="generator seed")
    parser.add_argument(
        "--loader-step",
        nargs=2,
        metavar=("CSV", "NT"),
        type=Path,
        help="only run the CSV→RDF step (as the benchmark does in a child process)",
    )
    args = parser.parse_args()
    if args.loader_step:
        quads, rows, seconds = loader_step(*args.loader_step)
        peak_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        print(quads, rows, f"{seconds:.3f}", peak_kb)
        return
    ticks = cpu_ticks()
    oxigraph = shutil.which("oxigraph") or str(Path(sys.executable).parent / "oxigraph")
    if not Path(oxigraph).exists():
        sys.exit("the oxigraph CLI is missing: pip install oxigraph (or: make bench)")
    WORK.mkdir(parents=True, exist_ok=True)
    csv = WORK / f"foerderkatalog-{args.rows}-{args.seed}.csv"
    if not csv.exists():
        progress(f"generating {args.rows:,} synthetic catalogue rows → {csv}")
        generate(args.rows, csv, seed=args.seed, report=True)
    size_mb = csv.stat().st_size / 2**20

    progress("CSV→RDF step (loader alone, in a process of its own)")
    ntriples = WORK / f"foerderkatalog-{args.rows}-{args.seed}.nt"
    quads, rows, loader_s, loader_mb = loader_child(csv, ntriples)

    progress("kg build --no-validate (catalogue + curated facts)")
    store = WORK / "store"
    shutil.rmtree(WORK / "store.d", ignore_errors=True)
    store.unlink(missing_ok=True)
    kg = str(Path(sys.executable).parent / "kg")
    env = {**os.environ, "KG_STORE": str(store)}
    build_s, build_mb = run_child(
        [kg, "build", "--no-validate", "--force", "--source", f"foerderkatalog:{csv}"], env
    )

    progress("oxigraph load of the same catalogue triples (N-Triples)")
    ox_s, ox_mb = oxigraph_load(oxigraph, ntriples)
    progress("dumping the built store (N-Quads, and N-Triples without graph names)")
    built_nq, built_nt = WORK / "built.nq", WORK / "built.nt"
    built = dump_built(store, built_nq, built_nt)
    progress("oxigraph load of every triple of the built store (N-Triples)")
    all_nt_s, all_nt_mb = oxigraph_load(oxigraph, built_nt)
    progress("oxigraph load and optimize of every triple of the built store (N-Triples)")
    all_nt_compact_s, all_nt_compact_mb = oxigraph_load(oxigraph, built_nt, optimize=True)
    progress("oxigraph load of every triple of the built store into one named graph")
    named_nt_s, named_nt_mb = oxigraph_load(oxigraph, built_nt, graph=ONE_GRAPH)
    progress("oxigraph load of every quad of the built store (N-Quads)")
    all_nq_s, all_nq_mb = oxigraph_load(oxigraph, built_nq)
    progress("oxigraph load and optimize of every quad of the built store (N-Quads)")
    compact_s, compact_mb = oxigraph_load(oxigraph, built_nq, optimize=True)
    built_nq.unlink()
    built_nt.unlink()

    progress("canned queries over the large graph")
    timings = canned_timings(store)

    memory = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30
    machine = f"{os.cpu_count()} cores, {memory:.0f} GiB"
    print(f"# build benchmark: {rows:,} catalogue rows ({size_mb:.0f} MB CSV), {machine}")
    print(
        f"CSV→RDF step      {rows / loader_s:10,.0f} rows/s  {quads / loader_s:10,.0f} quads/s  "
        f"{loader_s:6.1f} s  peak RSS {loader_mb:7.1f} MB"
    )
    print(
        f"kg build          {quads / build_s:10,.0f} quads/s (catalogue quads)  "
        f"{build_s:6.1f} s  peak RSS {build_mb:7.1f} MB"
    )
    comparisons = [
        ("catalogue quads as N-Triples", quads, ox_s, ox_mb),
        ("built store as N-Triples", built, all_nt_s, all_nt_mb),
        ("built store as N-Triples + optimize", built, all_nt_compact_s, all_nt_compact_mb),
        ("built store as N-Triples, one graph", built, named_nt_s, named_nt_mb),
        ("built store as N-Quads", built, all_nq_s, all_nq_mb),
        ("built store as N-Quads + optimize", built, compact_s, compact_mb),
    ]
    print(f"the built store holds {built:,} quads")
    for what, count, seconds, mb in comparisons:
        print(
            f"oxigraph load of the {what:36} {count / seconds:10,.0f} quads/s  "
            f"{seconds:6.1f} s  peak RSS {mb:7.1f} MB"
        )
    print("speed ratio kg build / oxigraph load (target ≥ 0.5):")
    for what, _, seconds, _ in comparisons:
        ratio = seconds / build_s
        verdict = "PASS" if ratio >= TARGET_RATIO else "MISS"
        print(f"  against the {what:36} {ratio:5.2f}  {verdict}")
    print(
        f"peak RSS of kg build: {build_mb:.0f} MB  "
        f"({'PASS' if build_mb < TARGET_RSS_MB else 'MISS'}, target < {TARGET_RSS_MB:.0f} MB)"
    )
    print("canned queries (example parameters, then without any), time to the last row:")
    for name, seconds, count in timings:
        verdict = "ok" if seconds < TARGET_QUERY_S else f"MISS (≥ {TARGET_QUERY_S:.0f} s)"
        print(f"  {name:34} {seconds:7.3f} s  {count:9,} rows  {verdict}")
    print(f"CPU time stolen by the host during the benchmark: {stolen(ticks)}")


if __name__ == "__main__":
    main()
