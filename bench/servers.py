"""The systems under test: the stores, the two server processes and the three targets.

A target is a factory of per-thread sessions; a session sends a query (text, Accept) and
returns the response body. ``kg serve`` and ``oxigraph serve`` run in their own process
groups, bound to 127.0.0.1, and are stopped with their workers on every exit.
"""

from __future__ import annotations

import contextlib
import hashlib
import http.client
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from types import FrameType
from typing import Final

from generate import generate
from pyoxigraph import QueryResultsFormat, QueryTriples, RdfFormat, Store

from kg.store import live_manifest

HERE: Final = Path(__file__).resolve().parent
HOST: Final = "127.0.0.1"
RESULTS_JSON: Final = "application/sparql-results+json"
N_TRIPLES: Final = "application/n-triples"
TIMEOUT_S: Final = 300.0


def progress(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


Send = Callable[[str, str], bytes]


@contextlib.contextmanager
def http_post(port: int, path: str, text: str, accept: str) -> Iterator[http.client.HTTPResponse]:
    """POST a query (``application/sparql-query``, no compression) on a fresh connection."""
    connection = http.client.HTTPConnection(HOST, port, timeout=TIMEOUT_S)
    try:
        connection.request("POST", path, text.encode(), headers(accept))
        yield connection.getresponse()
    finally:
        connection.close()


def headers(accept: str) -> dict[str, str]:
    """Headers of a query request, uncompressed (kg gzips when asked, oxigraph never does)."""
    return {
        "Content-Type": "application/sparql-query",
        "Accept": accept,
        "Accept-Encoding": "identity",
    }


@dataclass(frozen=True)
class HttpTarget:
    """A SPARQL 1.1 Protocol endpoint on 127.0.0.1, queried over one keep-alive connection."""

    name: str
    port: int
    path: str

    @contextlib.contextmanager
    def session(self) -> Iterator[Send]:
        connection = http.client.HTTPConnection(HOST, self.port, timeout=TIMEOUT_S)

        def send(text: str, accept: str) -> bytes:
            connection.request("POST", self.path, text.encode(), headers(accept))
            response = connection.getresponse()
            body = response.read()
            if response.status != 200:
                raise RuntimeError(f"HTTP {response.status}: {body[:300]!r}")
            return body

        try:
            yield send
        finally:
            connection.close()


@dataclass(frozen=True)
class InProcessTarget:
    """pyoxigraph in this process: query and serialise as a server would, minus HTTP."""

    store: Store
    name: str = "in-process"

    def send(self, text: str, _accept: str) -> bytes:
        result = self.store.query(text, use_default_graph_as_union=True)
        if isinstance(result, QueryTriples):
            return result.serialize(format=RdfFormat.N_TRIPLES) or b""
        return result.serialize(format=QueryResultsFormat.JSON) or b""

    def session(self) -> contextlib.AbstractContextManager[Send]:
        return contextlib.nullcontext(self.send)


Target = HttpTarget | InProcessTarget


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind((HOST, 0))
        return int(sock.getsockname()[1])


class Server:
    """A server process in its own process group (so its workers are stopped with it)."""

    def __init__(self, name: str, argv: list[str], port: int, path: str, log: Path) -> None:
        self.name, self.argv, self.log = name, argv, log
        self.target = HttpTarget(name, port, path)
        self.process: subprocess.Popen[bytes] | None = None

    def start(self, timeout: float = 120.0) -> None:
        progress(f"starting {self.name}: {' '.join(self.argv)}")
        with self.log.open("wb") as log:
            self.process = subprocess.Popen(
                self.argv, stdout=log, stderr=subprocess.STDOUT, start_new_session=True
            )
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"{self.name} exited at start; see {self.log}")
            with (
                contextlib.suppress(OSError),
                http_post(self.target.port, self.target.path, "ASK {}", RESULTS_JSON) as answer,
            ):
                if answer.status == 200:
                    return
            time.sleep(0.2)
        raise RuntimeError(f"{self.name} did not answer within {timeout:.0f} s; see {self.log}")

    def stop(self) -> None:
        if self.process is None or self.process.poll() is not None:
            return
        progress(f"stopping {self.name}")
        for sig in (signal.SIGTERM, signal.SIGKILL):
            with contextlib.suppress(ProcessLookupError):
                os.killpg(self.process.pid, sig)
            with contextlib.suppress(subprocess.TimeoutExpired):
                self.process.wait(10)
                return

    def check(self) -> None:
        """Stop the benchmark when the server has died."""
        assert self.process is not None
        if self.process.poll() is not None:
            raise SystemExit(
                f"{self.name} exited with status {self.process.returncode}; see {self.log}"
            )

    def rss(self) -> int:
        """Resident memory of the server and every process of its group, in bytes."""
        assert self.process is not None
        total = 0
        for entry in Path("/proc").iterdir():
            with contextlib.suppress(OSError, ValueError):
                if entry.name.isdigit() and os.getpgid(int(entry.name)) == self.process.pid:
                    status = (entry / "status").read_text()
                    kb = next(ln for ln in status.splitlines() if ln.startswith("VmRSS:"))
                    total += int(kb.split()[1]) * 1024
        return total


def make_servers(
    store: Path,
    oxigraph_store: Path,
    work: Path,
    workers: int | None,
    processes: int = 1,
    threads: int | None = None,
) -> list[Server]:
    """``kg serve`` and ``oxigraph serve`` on free loopback ports.

    oxigraph gets no ``--timeout-s``: it starts a thread per query that sleeps for the whole
    limit, so thousands of light queries exhaust the machine's threads.
    """
    kg_port, oxi_port = free_port(), free_port()
    kg_argv = [*kg_command("serve", "--store", str(store)), "--host", HOST, "--port", str(kg_port)]
    kg_argv += ["--timeout", str(TIMEOUT_S)] + (["--workers", str(workers)] if workers else [])
    kg_argv += ["--processes", str(processes)]
    kg_argv += ["--worker-threads", str(threads)] if threads else []
    oxi_argv = [oxigraph_command(), "serve", "--location", str(oxigraph_store)]
    oxi_argv += ["--bind", f"{HOST}:{oxi_port}", "--union-default-graph"]
    return [
        Server("kg", kg_argv, kg_port, "/sparql", work / "kg-serve.log"),
        Server("oxigraph", oxi_argv, oxi_port, "/query", work / "oxigraph-serve.log"),
    ]


def stop_on_sigterm() -> None:
    """Turn SIGTERM and SIGHUP into an exception, so the servers are stopped on the way out."""

    def interrupt(signum: int, _frame: FrameType | None) -> None:
        raise KeyboardInterrupt(signal.Signals(signum).name)

    for sig in (signal.SIGTERM, signal.SIGHUP):
        signal.signal(sig, interrupt)


def kg_command(*args: str) -> list[str]:
    """``kg`` of this interpreter's environment."""
    return [sys.executable, "-m", "kg", *args]


def oxigraph_command() -> str:
    """The ``oxigraph`` CLI beside this interpreter, else on the PATH."""
    venv = str(Path(sys.executable).parent)
    found = shutil.which("oxigraph", path=venv) or shutil.which("oxigraph")
    if found is None:
        raise SystemExit("the oxigraph CLI is missing: pip install -e '.[bench]' (or make bench)")
    return found


def timed(what: str, step: Callable[[], object]) -> float:
    """Run ``step`` and return its wall time in seconds."""
    progress(what)
    begin = time.perf_counter()
    step()
    return time.perf_counter() - begin


def check(argv: list[str]) -> None:
    """Run a command; on failure show the end of its output and stop."""
    done = subprocess.run(argv, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, check=False)
    if done.returncode != 0:
        sys.stderr.write(done.stdout.decode(errors="replace")[-3000:])
        raise SystemExit(f"{' '.join(argv)} failed with status {done.returncode}")


def load_oxigraph(store: Path, location: Path) -> None:
    """``kg export | oxigraph load`` then ``optimize`` (as ``kg build`` does): the same quads."""
    partial = location.with_name(location.name + ".partial")
    shutil.rmtree(partial, ignore_errors=True)
    export = subprocess.Popen(
        kg_command("export", "--store", str(store), "-f", "nquads"), stdout=subprocess.PIPE
    )
    assert export.stdout is not None
    load = [oxigraph_command(), "load", "--location", str(partial), "--format", "nq"]
    loaded = subprocess.run(load, stdin=export.stdout, capture_output=True, check=False)
    export.stdout.close()
    if export.wait() != 0 or loaded.returncode != 0:
        sys.stderr.write(loaded.stderr.decode(errors="replace")[-3000:])
        raise SystemExit("kg export | oxigraph load failed")
    check([oxigraph_command(), "optimize", "--location", str(partial)])
    partial.rename(location)


@dataclass
class Prepared:
    """Where the two stores are, and how long preparing them took (s)."""

    kg_store: Path
    oxigraph_store: Path
    timings: dict[str, float]


def prepare(work: Path, triples: int, seed: int) -> Prepared:
    """Generate (unless done), build (skipped when unchanged), load oxigraph (once a release)."""
    work.mkdir(parents=True, exist_ok=True)
    version = hashlib.sha256((HERE / "generate.py").read_bytes()).hexdigest()[:8]
    tag = f"{triples}-seed{seed}"
    data = work / f"synthetic-{tag}-{version}.nq"
    timings = {}
    if not data.exists():
        for stale in work.glob(f"synthetic-{tag}-*.nq"):  # from another generator version
            stale.unlink()
        timings["generate"] = timed(f"generating {data}", lambda: generate(data, triples, seed))
    kg_store = work / f"kg-{tag}" / "store"
    build = kg_command("build", "--store", str(kg_store), "--source", f"rdf:{data}")
    timings["kg build"] = timed("kg build --no-validate", lambda: check([*build, "--no-validate"]))
    manifest = live_manifest(kg_store)
    assert manifest is not None
    oxigraph_store = work / f"oxigraph-{tag}-{manifest.release}"
    if not oxigraph_store.exists():
        for old in work.glob(f"oxigraph-{tag}-*"):
            shutil.rmtree(old)
        timings["kg export | oxigraph load, optimize"] = timed(
            f"loading {oxigraph_store}", lambda: load_oxigraph(kg_store, oxigraph_store)
        )
    return Prepared(kg_store, oxigraph_store, timings)
