"""A remote SPARQL 1.1 server as the store: reading it, and pushing a build into it.

With ``KG_STORE_URL`` set, ``kg build`` still builds (and validates) an embedded store,
then pushes its named graphs to the remote server; ``kg serve`` forwards queries there.
The remote server's default graph must be the union of its named graphs, as in the
embedded store (``oxigraph serve --union-default-graph``; Virtuoso does so by default).

A push never leaves the remote half-updated: every graph is first loaded into a staging
graph, its triple count checked, and only then are all staging graphs moved over the live
ones in one SPARQL Update request (``MOVE`` … ``;`` ``DROP`` for graphs the new release no
longer has). A failure before that request removes the staging graphs again and leaves the
live graphs as they were.
"""

from __future__ import annotations

import contextlib
import re
import tempfile
import urllib.parse
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any, Final

import httpx
from pyoxigraph import (
    NamedNode,
    Quad,
    QueryBoolean,
    QueryResultsFormat,
    QuerySolutions,
    RdfFormat,
    Store,
    Triple,
    parse,
    parse_query_results,
    serialize,
)

from kg.canned import without_lateral
from kg.errors import RemoteError, StoreError
from kg.settings import Settings
from kg.store import Manifest
from kg.vocab import BASE, DATASET_GRAPH, PREFIXES

Report = Callable[[str], None]

RESULTS_JSON: Final = "application/sparql-results+json"
N_TRIPLES: Final = "application/n-triples"
STAGING: Final = "urn:x-digikom:staging:"
BATCH: Final = 20_000  # triples per INSERT DATA request when there is no Graph Store
DATASET: Final = BASE + "dataset"
OWL_VERSION: Final = "http://www.w3.org/2002/07/owl#versionInfo"
DCT_MODIFIED: Final = "http://purl.org/dc/terms/modified"
DK_TRIPLES: Final = "https://w3id.org/digikom/ontology#tripleCount"


@dataclass(frozen=True)
class Endpoint:
    """Where the remote store answers queries, updates and Graph Store requests."""

    query_url: str
    update_url: str
    gsp_url: str | None
    auth: httpx.Auth | None = None

    @classmethod
    def from_settings(cls, settings: Settings) -> Endpoint | None:
        """The endpoint configured by ``KG_STORE_URL`` and friends, or ``None``."""
        url = settings.store_url
        if not url:
            return None
        _check_url(url, "KG_STORE_URL")
        oxigraph_style = url.rstrip("/").endswith("/query")
        base = url.rstrip("/")[: -len("/query")] if oxigraph_style else url
        update = settings.store_update_url or (base + "/update" if oxigraph_style else url)
        gsp = settings.store_gsp_url or (base + "/store" if oxigraph_style else None)
        _check_url(update, "KG_STORE_UPDATE_URL")
        if gsp is not None:
            _check_url(gsp, "KG_STORE_GSP_URL")
        auth: httpx.Auth | None = None
        if settings.store_user is not None:
            password = settings.store_password or ""
            if settings.store_auth == "digest":
                auth = httpx.DigestAuth(settings.store_user, password)
            else:
                auth = httpx.BasicAuth(settings.store_user, password)
        return cls(url, update, gsp, auth)


def _check_url(url: str, name: str) -> None:
    parts = urllib.parse.urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise StoreError(f"{name}={url!r} is not an http(s) URL, e.g. http://127.0.0.1:7878/query")


def with_prefixes(query: str, prefixes: dict[str, str] | None = None) -> str:
    """``query`` with declarations for the known prefixes it uses but does not declare.

    The embedded store takes prefixes as an option; a remote server needs them in the
    text. They go on the first line, so the query's own line numbers stay as they were.

    >>> with_prefixes("ASK { ?x a dk:Grant }", {"dk": "https://example.org/"})
    'PREFIX dk: <https://example.org/> ASK { ?x a dk:Grant }'
    >>> with_prefixes("PREFIX dk: <x:> ASK { ?x a dk:Grant }", {"dk": "https://example.org/"})
    'PREFIX dk: <x:> ASK { ?x a dk:Grant }'
    >>> with_prefixes("ASK { FILTER(STR(dk:) != 'x') }", {"dk": "x:", "no": "y:"})[:17]
    'PREFIX dk: <x:> A'
    """
    declared = {m.lower() for m in re.findall(r"(?i)\bPREFIX\s+([\w.-]*):", query)}
    used = set(re.findall(r"(?<![\w<#/:.?$-])([A-Za-z][\w.-]*|):(?!//)", query))
    lines = [
        f"PREFIX {name}: <{iri}> "
        for name, iri in (prefixes if prefixes is not None else PREFIXES).items()
        if name in used and name.lower() not in declared
    ]
    return "".join(lines) + query


_PROLOGUE = re.compile(r"(?:\s+|#[^\n]*|(?i:PREFIX)\s*[\w.-]*:\s*<[^>]*>|(?i:BASE)\s*<[^>]*>)*")


def query_form(query: str) -> str | None:
    """``SELECT``, ``ASK``, ``CONSTRUCT`` or ``DESCRIBE``: what the query asks for.

    Servers answer with the first acceptable type they can; telling them only the types
    that fit the query keeps a graph from coming back as a result table.

    >>> query_form("PREFIX dk: <x:> # note\\nconstruct { ?s ?p ?o } WHERE { ?s ?p ?o }")
    'CONSTRUCT'
    >>> query_form("nonsense") is None
    True
    """
    prologue = _PROLOGUE.match(query)  # matches always (possibly nothing)
    rest = query[prologue.end() :] if prologue else query
    match = re.match(r"(SELECT|ASK|CONSTRUCT|DESCRIBE)\b", rest, re.IGNORECASE)
    return match.group(1).upper() if match else None


def describe_failure(error: Exception, url: str, timeout: float) -> RemoteError:
    """A clear error for a request to the remote server that did not get an answer."""
    if isinstance(error, httpx.TimeoutException):
        return RemoteError(
            f"the SPARQL server at {url} did not answer within {timeout:g} s; "
            "try again, or ask for less",
            504,
        )
    return RemoteError(
        f"cannot reach the SPARQL server at {url} ({type(error).__name__}: {error}); "
        "is it running? (KG_STORE_URL)"
    )


def refused(response_status: int, body: bytes, url: str) -> RemoteError:
    """A clear error for a remote answer that is not a success."""
    text = body.decode("utf-8", "replace").strip()[:500] or "(no message)"
    return RemoteError(
        f"the SPARQL server at {url} answered {response_status}: {text}", upstream=response_status
    )


class RemoteStore:
    """The parts of ``pyoxigraph.Store`` the web pages and the CLI read, over HTTP.

    Safe to share between threads (one ``httpx.Client``).
    """

    def __init__(self, endpoint: Endpoint, *, timeout: float = 30.0) -> None:
        self.endpoint = endpoint
        self.timeout = timeout
        self._lateral: bool | None = None
        self.client = httpx.Client(
            auth=endpoint.auth, timeout=httpx.Timeout(timeout, connect=5.0), follow_redirects=True
        )

    def close(self) -> None:
        """Close the connections."""
        self.client.close()

    def _post(self, url: str, data: dict[str, str], accept: str) -> httpx.Response:
        try:
            response = self.client.post(url, data=data, headers={"Accept": accept})
        except httpx.HTTPError as error:
            raise describe_failure(error, url, self.timeout) from None
        if response.status_code >= 300:
            raise refused(response.status_code, response.content, url)
        return response

    def query(
        self,
        query: str,
        *,
        prefixes: dict[str, str] | None = None,
        use_default_graph_as_union: bool = True,
        default_graph: list[NamedNode] | None = None,
        named_graphs: list[NamedNode] | None = None,
    ) -> QuerySolutions | QueryBoolean | list[Triple]:
        """Run a query; solutions and booleans as pyoxigraph objects, graphs as triples."""
        del use_default_graph_as_union  # the remote default graph is the union (see above)
        if not self.lateral:
            query = without_lateral(query)
        return self._query(query, prefixes, default_graph, named_graphs)

    @property
    def lateral(self) -> bool:
        """Whether the server knows ``LATERAL`` (asked once); our queries avoid it if not."""
        if self._lateral is None:
            try:
                self._query("SELECT * WHERE { BIND(1 AS ?x) LATERAL { BIND(?x AS ?y) } }")
                self._lateral = True
            except RemoteError as error:
                if error.upstream != 400:
                    raise
                self._lateral = False
        return self._lateral

    def _query(
        self,
        query: str,
        prefixes: dict[str, str] | None = None,
        default_graph: list[NamedNode] | None = None,
        named_graphs: list[NamedNode] | None = None,
    ) -> QuerySolutions | QueryBoolean | list[Triple]:
        form = [("query", with_prefixes(query, prefixes))]
        form += [("default-graph-uri", g.value) for g in default_graph or ()]
        form += [("named-graph-uri", g.value) for g in named_graphs or ()]
        url = self.endpoint.query_url
        form_of = query_form(query)
        accept = {"CONSTRUCT": N_TRIPLES, "DESCRIBE": N_TRIPLES}.get(form_of or "", RESULTS_JSON)
        headers = {
            "Accept": accept if form_of else f"{RESULTS_JSON}, {N_TRIPLES};q=0.9",
            "Content-Type": "application/x-www-form-urlencoded",
        }
        try:
            response = self.client.post(url, content=urllib.parse.urlencode(form), headers=headers)
        except httpx.HTTPError as error:
            raise describe_failure(error, url, self.timeout) from None
        if response.status_code >= 300:
            raise refused(response.status_code, response.content, url)
        media = response.headers.get("content-type", "").split(";")[0].strip()
        if media == RESULTS_JSON:
            return parse_query_results(response.content, QueryResultsFormat.JSON)
        if media in (N_TRIPLES, "text/plain"):
            return [q.triple for q in _quads(response.content)]
        raise RemoteError(f"the SPARQL server at {url} answered in {media!r}, not {RESULTS_JSON}")

    def rows(self, query: str) -> list[list[Any]]:
        """The rows of a SELECT query as lists of terms (``None`` when unbound)."""
        result = self.query(query)
        assert isinstance(result, QuerySolutions)
        width = len(result.variables)
        return [[row[i] for i in range(width)] for row in result]

    def named_graphs(self) -> Iterator[NamedNode]:
        """The names of the remote store's graphs."""
        found = self._graphs("SELECT DISTINCT ?g WHERE { GRAPH ?g { } }")  # cheap where it works
        if not found:  # Virtuoso binds no graph to an empty pattern: ask the slow, sure way
            found = self._graphs("SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }")
        yield from found

    def _graphs(self, query: str) -> list[NamedNode]:
        return [g for (g,) in self.rows(query) if isinstance(g, NamedNode)]

    def contains_named_graph(self, graph: NamedNode) -> bool:
        """Whether the remote store has a graph of that name."""
        return graph in set(self.named_graphs())

    def graph_quads(self, graph: NamedNode) -> Iterator[Quad]:
        """The triples of one graph, as quads in that graph."""
        url = self.endpoint.query_url
        query = f"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ GRAPH <{graph.value}> {{ ?s ?p ?o }} }}"
        for triple in self.query(query):  # type: ignore[union-attr]
            assert isinstance(triple, Triple), url
            yield Quad(triple.subject, triple.predicate, triple.object, graph)

    def dump(
        self, output: IO[bytes], format: RdfFormat, *, prefixes: dict[str, str] | None = None
    ) -> None:
        """Write the DigiKom graphs to ``output`` in a dataset format (N-Quads, TriG...);
        other graphs the server holds (its own, other datasets) are left out."""
        ours = (g for g in self.named_graphs() if g.value.startswith(BASE))
        graphs = sorted(ours, key=lambda g: g.value)
        quads = (quad for graph in graphs for quad in self.graph_quads(graph))
        serialize(quads, output, format, prefixes=prefixes)

    def update(self, update: str) -> None:
        """Run a SPARQL Update request."""
        self._post(self.endpoint.update_url, {"update": update}, "*/*")

    def count(self, graph: NamedNode) -> int:
        """Triples in one graph."""
        rows = self.rows(
            f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH <{graph.value}> {{ ?s ?p ?o }} }}"
        )
        return int(rows[0][0].value) if rows and rows[0][0] is not None else 0


def _quads(data: bytes) -> Iterator[Quad]:
    return parse(data, RdfFormat.N_TRIPLES)


def remote_manifest(store: RemoteStore) -> Manifest | None:
    """The release the remote store holds (from its dataset description), or ``None``."""
    rows = store.rows(
        f"""SELECT ?release ?modified WHERE {{ GRAPH <{DATASET_GRAPH.value}> {{
              <{DATASET}> <{OWL_VERSION}> ?release ; <{DCT_MODIFIED}> ?modified }} }} LIMIT 1"""
    )
    if not rows or rows[0][0] is None:
        return None
    counts = store.rows(f"SELECT ?g ?n WHERE {{ GRAPH ?m {{ ?g <{DK_TRIPLES}> ?n }} }}")
    return Manifest(
        release=rows[0][0].value,
        fingerprint="",
        built_at=rows[0][1].value if rows[0][1] is not None else "",
        version="",
        sources=[],
        graphs={g.value: int(n.value) for g, n in counts if g is not None and n is not None},
    )


def require_release(store: RemoteStore) -> Manifest:
    """The release the remote store holds; a clear error when it holds none or does not show
    its named graphs in its default graph (both needed before serving from it)."""
    manifest = remote_manifest(store)
    if manifest is None:
        raise StoreError(
            f"the SPARQL server at {store.endpoint.query_url} holds no DigiKom release; "
            "push one with 'kg build' (with the same KG_STORE_URL)"
        )
    check_union_default_graph(store)
    return manifest


def check_union_default_graph(store: RemoteStore) -> None:
    """Fail clearly when the remote default graph is not the union of the named graphs."""
    in_union = store.query(f"ASK {{ <{DATASET}> ?p ?o }}")
    if not bool(in_union):
        raise StoreError(
            f"the SPARQL server at {store.endpoint.query_url} does not show the named graphs "
            "in its default graph; start it so that the default graph is their union "
            "(oxigraph serve --union-default-graph; Fuseki: tdb2:unionDefaultGraph true)"
        )


def push(local: Store, endpoint: Endpoint, release: str, *, report: Report) -> int:
    """Replace the remote store's DigiKom graphs with those of ``local``; triples pushed.

    Raises ``RemoteError`` when the push fails; the remote graphs are then as they were.
    """
    remote = RemoteStore(endpoint, timeout=600.0)
    graphs = sorted((g for g in local.named_graphs() if isinstance(g, NamedNode)), key=str)
    staged: list[tuple[NamedNode, NamedNode]] = []
    pushed = 0
    try:
        for number, graph in enumerate(graphs, start=1):
            staging = NamedNode(f"{STAGING}{release}:{number}")
            staged.append((staging, graph))
            count = _stage(local, remote, graph, staging)
            found = remote.count(staging)
            if found != count:
                raise RemoteError(
                    f"the SPARQL server holds {found} of the {count} triples sent for {graph.value}"
                )
            pushed += count
            report(f"  pushed {graph.value}: {count} triples ({number}/{len(graphs)})")
        live = {g.value for g in graphs}
        stale = [
            g for g in remote.named_graphs() if g.value.startswith(BASE) and g.value not in live
        ]
        swap = [f"MOVE SILENT GRAPH <{s.value}> TO GRAPH <{g.value}>" for s, g in staged]
        swap += [f"DROP SILENT GRAPH <{g.value}>" for g in stale]
        report(f"swapping {len(staged)} staged graphs in, dropping {len(stale)} stale ones")
        remote.update(" ;\n".join(swap))
    except RemoteError as error:
        _drop(remote, [s for s, _ in staged])
        raise RemoteError(
            f"pushing release {release} to {endpoint.query_url} failed: {error}. "
            "The remote graphs are as they were before the push.",
            error.status,
        ) from None
    finally:
        remote.close()
    return pushed


def _stage(local: Store, remote: RemoteStore, graph: NamedNode, staging: NamedNode) -> int:
    """Copy one graph into its staging graph; the number of triples sent."""
    with tempfile.TemporaryDirectory(prefix="kg-push-") as folder:
        path = Path(folder) / "graph.nt"
        local.dump(str(path), RdfFormat.N_TRIPLES, from_graph=graph)
        with path.open("rb") as lines:
            count = sum(1 for line in lines if line.strip())
        endpoint = remote.endpoint
        if endpoint.gsp_url is not None:
            url = _with_graph(endpoint.gsp_url, staging.value)
            try:
                with path.open("rb") as body:
                    response = remote.client.put(
                        url, content=body, headers={"Content-Type": N_TRIPLES}
                    )
            except httpx.HTTPError as error:
                raise describe_failure(error, url, remote.timeout) from None
            if response.status_code >= 300:
                raise refused(response.status_code, response.content, url)
        else:
            remote.update(f"DROP SILENT GRAPH <{staging.value}>")
            with path.open("rb") as lines:
                batch: list[str] = []
                for line in lines:
                    batch.append(line.decode("utf-8"))
                    if len(batch) == BATCH:
                        _insert(remote, staging, batch)
                        batch = []
                if batch:
                    _insert(remote, staging, batch)
    return count


def _insert(remote: RemoteStore, graph: NamedNode, lines: list[str]) -> None:
    remote.update(f"INSERT DATA {{ GRAPH <{graph.value}> {{\n{''.join(lines)}}} }}")


def _drop(remote: RemoteStore, graphs: list[NamedNode]) -> None:
    """Remove staging graphs, as far as the server lets us (it may be down)."""
    if not graphs:
        return
    with contextlib.suppress(RemoteError):
        remote.update(" ;\n".join(f"DROP SILENT GRAPH <{g.value}>" for g in graphs))


def _with_graph(url: str, graph: str) -> str:
    separator = "&" if "?" in url else "?"
    return f"{url}{separator}graph={urllib.parse.quote(graph, safe='')}"


Readable = Store | RemoteStore
"""What the web pages, canned-query checks and exports read from: either store."""


@contextlib.contextmanager
def reading(settings: Settings) -> Iterator[Readable]:
    """The store to read: the remote one when ``KG_STORE_URL`` is set, else the embedded."""
    from kg.store import open_live

    endpoint = Endpoint.from_settings(settings)
    if endpoint is None:
        yield open_live(settings.store)
        return
    remote = RemoteStore(endpoint, timeout=settings.query_timeout)
    try:
        yield remote
    finally:
        remote.close()
