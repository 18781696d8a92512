"""Linked-data publication: every IRI dereferences, the dataset downloads, search.

- ``/id/…``, ``/code/…``, ``/graph/…``, ``/dataset``, ``/project`` serve the resource with
  that IRI under ``https://w3id.org/digikom/``: HTML for browsers, RDF for machines
  (``Accept``, a ``format=`` parameter or a file extension such as ``.ttl``).
- ``/ontology`` documents the ontology (HTML) or serves its Turtle (``/ontology.ttl``).
- ``/.well-known/void`` is the dataset's VoID/DCAT description.
- ``/downloads/digikom.{nq,trig,ttl,jsonld}.gz`` dumps the whole dataset, made from the
  store on first request and kept beside the release.
- ``/search?q=`` finds resources by label, forgiving case, umlauts, hyphens, inflection.
"""

from __future__ import annotations

import asyncio
import gzip
import os
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import Annotated, Final

from fastapi import APIRouter, Depends, Query
from pyoxigraph import Literal, NamedNode, QuerySolutions
from starlette.requests import Request
from starlette.responses import FileResponse, HTMLResponse, JSONResponse, Response

from kg.export import export
from kg.publication import DUMPS
from kg.remote import Readable
from kg.store import live_release
from kg.vocab import BASE, DATASET_GRAPH, DK_NS, ONTOLOGY_GRAPH
from kg.web import negotiation, pages
from kg.web.limits import Rejected
from kg.web.respond import run_query, timeout_for
from kg.web.state import AppState, get_state
from kg.web.workers import Job

router = APIRouter(tags=["linked data"])
State = Annotated[AppState, Depends(get_state)]

HTML: Final = negotiation.Format("html", "text/html", graph=False)
OFFERED: Final = (HTML, *negotiation.GRAPH_TYPES)
EXTENSIONS: Final = {
    ".html": "html",
    ".ttl": "turtle",
    ".nt": "ntriples",
    ".nq": "nquads",
    ".trig": "trig",
    ".jsonld": "jsonld",
    ".rdf": "rdfxml",
}
SEARCHABLE: Final = (
    "http://www.w3.org/2000/01/rdf-schema#label",
    "http://www.w3.org/2004/02/skos/core#prefLabel",
    "http://www.w3.org/2004/02/skos/core#altLabel",
    DK_NS + "acronym",
    "http://xmlns.com/foaf/0.1/name",
)


def _representation(request: Request, format_param: str | None) -> negotiation.Format:
    if format_param:
        if format_param.strip().lower() == "html":
            return HTML
        chosen = negotiation.by_name_or_type(format_param)
        if chosen is None or not chosen.graph:
            offered = ", ".join(f.name for f in OFFERED)
            raise Rejected(400, f"unknown format {format_param!r}; use one of: {offered}")
        return chosen
    accept = request.headers.get("accept")
    chosen = negotiation.negotiate(accept, OFFERED)
    if chosen is None:
        offered = ", ".join(f.media_type for f in OFFERED)
        raise Rejected(406, f"cannot answer with {accept!r}; offered: {offered}")
    return chosen


async def _resource(
    request: Request, state: AppState, iri: str, format_param: str | None
) -> Response:
    fmt = _representation(request, format_param)
    known = await asyncio.to_thread(_exists, state.store, iri)
    if not known:
        if fmt is HTML:
            guess = iri.rstrip("/").rsplit("/", 1)[-1].replace("-", " ")
            body = pages.render("notfound.html", request, iri=iri, guess=guess)
            return HTMLResponse(body, status_code=404, headers={"Vary": "Accept"})
        raise Rejected(404, f"nothing is known about <{iri}>; try /search?q=…")
    if fmt is HTML:
        page = await asyncio.to_thread(pages.describe, state.store, iri)
        alternates = [(f.name, f.media_type) for f in negotiation.GRAPH_TYPES]
        body = pages.render("entity.html", request, page=page, alternates=alternates)
        return HTMLResponse(body, headers={"Vary": "Accept"})
    query = (
        f"CONSTRUCT {{ <{iri}> ?p ?o . ?s ?q <{iri}> }} "
        f"WHERE {{ {{ <{iri}> ?p ?o }} UNION {{ ?s ?q <{iri}> }} }}"
    )
    job = Job(query, None, fmt.name)
    return await run_query(
        state, request, job, timeout=timeout_for(state, None), cache_key="resource:" + iri
    )


def _exists(store: Readable, iri: str) -> bool:
    result = store.query(
        f"ASK {{ {{ <{iri}> ?p ?o }} UNION {{ ?s ?q <{iri}> }} }}",
        use_default_graph_as_union=True,
    )
    return bool(result)


def _split_extension(path: str) -> tuple[str, str | None]:
    for extension, name in EXTENSIONS.items():
        if path.endswith(extension):
            return path[: -len(extension)], name
    return path, None


def _checked_iri(path: str) -> str:
    iri = BASE + path
    try:
        NamedNode(iri)
    except ValueError:
        raise Rejected(400, f"{path!r} is not a valid resource path") from None
    return iri


FormatParam = Annotated[
    str | None, Query(description="html, or an RDF format name (turtle, jsonld …)")
]


@router.get("/id/{path:path}", summary="An entity, statement or document (HTML or RDF)")
async def entity(request: Request, state: State, path: str, format: FormatParam = None) -> Response:
    bare, by_extension = _split_extension(path)
    return await _resource(request, state, _checked_iri("id/" + bare), format or by_extension)


@router.get("/code/{path:path}", summary="A code of a code list (HTML or RDF)")
async def code(request: Request, state: State, path: str, format: FormatParam = None) -> Response:
    bare, by_extension = _split_extension(path)
    return await _resource(request, state, _checked_iri("code/" + bare), format or by_extension)


@router.get("/graph/{path:path}", summary="A named graph's description (HTML or RDF)")
async def graph(request: Request, state: State, path: str, format: FormatParam = None) -> Response:
    bare, by_extension = _split_extension(path)
    return await _resource(request, state, _checked_iri("graph/" + bare), format or by_extension)


@router.get("/project", summary="The publisher of the dataset (HTML or RDF)")
async def project(request: Request, state: State, format: FormatParam = None) -> Response:
    return await _resource(request, state, BASE + "project", format)


@router.get("/dataset", summary="The dataset: DCAT and VoID (HTML or RDF)")
async def dataset(request: Request, state: State, format: FormatParam = None) -> Response:
    return await _resource(request, state, BASE + "dataset", format)


@router.get("/.well-known/void", summary="The VoID and DCAT description (RDF)")
async def void(request: Request, state: State, format: FormatParam = None) -> Response:
    fmt = _representation(request, format)
    job = Job(
        f"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ GRAPH <{DATASET_GRAPH.value}> {{ ?s ?p ?o }} }}",
        None,
        fmt.name if fmt is not HTML else "turtle",
    )
    return await run_query(state, request, job, timeout=timeout_for(state, None), cache_key="void")


@router.get("/ontology", summary="The ontology: HTML documentation or RDF")
async def ontology(request: Request, state: State, format: FormatParam = None) -> Response:
    fmt = _representation(request, format)
    if fmt is HTML:
        sections = await asyncio.to_thread(pages.ontology_terms, state.store)
        return HTMLResponse(
            pages.render("ontology.html", request, sections=sections), headers={"Vary": "Accept"}
        )
    return await _ontology_rdf(request, state, fmt.name)


@router.get("/ontology.ttl", summary="The ontology as Turtle (a download named by release)")
async def ontology_turtle(request: Request, state: State) -> Response:
    response = await _ontology_rdf(request, state, "turtle")
    name = f"digikom-ontology-{state.manifest.release}.ttl"
    response.headers["Content-Disposition"] = f'attachment; filename="{name}"'
    return response


async def _ontology_rdf(request: Request, state: AppState, name: str) -> Response:
    job = Job(
        f"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ GRAPH <{ONTOLOGY_GRAPH.value}> {{ ?s ?p ?o }} }}",
        None,
        name,
    )
    return await run_query(
        state, request, job, timeout=timeout_for(state, None), cache_key="ontology"
    )


_DUMP_LOCK = asyncio.Lock()


@router.get(
    "/downloads/{name}",
    summary="The whole dataset as a gzip file",
    description="`digikom.nq.gz`, `digikom.trig.gz`, `digikom.ttl.gz`, `digikom.jsonld.gz`; "
    "also named by release, e.g. `digikom-<release>.nq.gz`.",
)
async def download(state: State, name: str) -> Response:
    match = re.fullmatch(r"digikom(?:-(?P<release>[\w.+-]+?))?\.(?P<ext>[a-z]+)\.gz", name)
    formats = {dump.extension: (fmt, dump) for fmt, dump in DUMPS.items()}
    if match is None or match["ext"] not in formats:
        names = ", ".join(f"digikom.{d.extension}.gz" for d in DUMPS.values())
        raise Rejected(404, f"no download {name!r}; there are: {names}")
    release = state.manifest.release
    if state.generation:  # the data changed through /update since the build
        release += f"-g{state.generation}"
    if match["release"] not in (None, release):
        raise Rejected(404, f"only the current release {release} is served")
    fmt, dump = formats[match["ext"]]
    if state.settings.store_url:  # a remote store: dumps are cached beside the local path
        folder: Path | None = state.settings.store.with_name(state.settings.store.name + ".remote")
    else:
        folder = live_release(state.settings.store)
    if folder is None:
        raise Rejected(503, "no store is published")
    path = folder / "dumps" / f"digikom-{release}.{dump.extension}.gz"
    async with _DUMP_LOCK:
        if not path.exists():
            for old in path.parent.glob(f"digikom-*.{dump.extension}.gz"):
                old.unlink(missing_ok=True)  # an earlier release (only remote dumps change)
            await asyncio.to_thread(_write_dump, state.store, path, fmt)
    return FileResponse(
        path,
        media_type="application/gzip",
        filename=f"digikom-{release}.{dump.extension}.gz",
        headers={"Cache-Control": f"public, max-age={state.settings.cache_seconds}"},
    )


def _write_dump(store: Readable, path: Path, fmt: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_name(f".{path.name}.{os.getpid()}")
    with gzip.open(partial, "wb", compresslevel=6) as output:
        export(store, output, fmt)  # type: ignore[arg-type]
    partial.replace(path)


# --- search -----------------------------------------------------------------------------

_FOLD: Final = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss"})


def normalise(text: str) -> list[str]:
    """Words of ``text`` folded for matching: case, umlauts (ä = ae), ß = ss, accents,
    hyphens and punctuation.

    >>> normalise("Gemeindetag Baden-Württemberg")
    ['gemeindetag', 'baden', 'wuerttemberg']
    >>> normalise("STRASSE") == normalise("Straße")
    True
    """
    folded = text.casefold().translate(_FOLD)
    decomposed = unicodedata.normalize("NFKD", folded)
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    return re.findall(r"[a-z0-9]+", plain)


def _word_matches(query: str, word: str) -> bool:
    """A query word matches a label word exactly, as a prefix (3+ letters), or inflected
    (genitive/plural endings: -s, -es, -n, -en, -e, -er)."""
    if query == word:
        return True
    if len(query) >= 3 and word.startswith(query):
        return True
    for ending in ("es", "en", "er", "s", "n", "e"):
        if query.endswith(ending) and query[: -len(ending)] == word:
            return True
    return False


@dataclass(frozen=True)
class Hit:
    iri: str
    label: str
    matched: str
    kind: str | None
    score: float


class SearchIndex:
    """Labels and aliases of every resource, folded once per data generation."""

    def __init__(self, store: Readable) -> None:
        predicates = " ".join(f"<{p}>" for p in SEARCHABLE)
        result = store.query(
            f"""SELECT ?s ?text ?kind {{ VALUES ?p {{ {predicates} }} ?s ?p ?text
                  FILTER(isIRI(?s) && isLITERAL(?text) && STRSTARTS(STR(?s), "{BASE}"))
                  OPTIONAL {{ ?s a ?kind FILTER(STRSTARTS(STR(?kind), "{DK_NS}")) }} }}""",
            use_default_graph_as_union=True,
        )
        assert isinstance(result, QuerySolutions)
        self.entries: dict[tuple[str, str], tuple[list[str], str | None]] = {}
        self.labels: dict[str, str] = {}
        for s, text, kind in ((row[0], row[1], row[2]) for row in result):
            assert isinstance(s, NamedNode)
            assert isinstance(text, Literal)
            key = (s.value, text.value)
            previous = self.entries.get(key)
            kind_name = kind.value[len(DK_NS) :] if isinstance(kind, NamedNode) else None
            if previous is None or (previous[1] is None and kind_name):
                self.entries[key] = (normalise(text.value), kind_name)
            if text.language in ("de", "") or s.value not in self.labels:
                self.labels.setdefault(s.value, text.value)

    def search(self, query: str, limit: int = 20) -> list[Hit]:
        words = normalise(query)
        if not words:
            return []
        best: dict[str, Hit] = {}
        for (iri, text), (label_words, kind) in self.entries.items():
            if not all(any(_word_matches(w, lw) for lw in label_words) for w in words):
                continue
            exact = words == label_words
            score = (2.0 if exact else 1.0) + len(words) / max(len(label_words), 1)
            if kind in ("Statement", "FundingStatement", "Involvement", "Membership"):
                score -= 1.0
            if iri not in best or score > best[iri].score:
                best[iri] = Hit(iri, self.labels.get(iri, text), text, kind, score)
        return sorted(best.values(), key=lambda h: (-h.score, h.label))[:limit]


_INDEX: dict[str, SearchIndex] = {}


def _prefixed(request: Request, href: str | None) -> str | None:
    root = str(request.scope.get("root_path", "")).rstrip("/")
    return root + href if href is not None and href.startswith("/") else href


@router.get("/search", summary="Find resources by label (HTML or JSON)")
async def search(
    request: Request,
    state: State,
    q: Annotated[str, Query(description="words of a label or alias", max_length=200)] = "",
    format: Annotated[str | None, Query(description="html or json")] = None,
    limit: Annotated[int, Query(ge=1, le=100)] = 20,
) -> Response:
    key = f"{state.manifest.release}+{state.generation}"
    index = _INDEX.get(key)
    if index is None:
        index = await asyncio.to_thread(SearchIndex, state.store)
        _INDEX.clear()
        _INDEX[key] = index
    hits = index.search(q, limit)
    wants_json = format == "json" or (
        format is None
        and negotiation.negotiate(
            request.headers.get("accept"),
            (HTML, negotiation.Format("json", "application/json", graph=False)),
        )
        is not HTML
    )
    if wants_json:
        return JSONResponse(
            {
                "query": q,
                "results": [
                    {
                        "iri": h.iri,
                        "label": h.label,
                        "matched": h.matched,
                        "kind": h.kind,
                        "href": _prefixed(request, pages.href_of(h.iri)),
                    }
                    for h in hits
                ],
            },
            headers={"Vary": "Accept"},
        )
    body = pages.render("search.html", request, query=q, hits=hits, href_of=pages.href_of)
    return HTMLResponse(body, headers={"Vary": "Accept"})
