"""Writes — ``/update`` (SPARQL Update) and Graph Store Protocol ``/store`` — and GSP reads.

Writes are off unless ``KG_UPDATE_TOKEN`` is set; then they need ``Authorization: Bearer
<token>``. A write stops the query workers, applies the change in one transaction, and
starts fresh workers that see it; the ETag changes with it. A write that fails (bad
syntax, bad body) changes nothing. Reads of the Graph Store (GET/HEAD) are public.

Writes change the live release in place; the next ``kg build`` starts again from the
sources. Over a remote store, writes become SPARQL Update requests to it.
"""

from __future__ import annotations

import asyncio
import hmac

from fastapi import APIRouter
from pyoxigraph import DefaultGraph, NamedNode, Quad, RdfFormat, Store, parse, serialize
from starlette.requests import Request
from starlette.responses import Response

from kg.errors import RemoteError
from kg.query import syntax_error
from kg.remote import RemoteStore
from kg.store import DATABASE, live_release
from kg.web import negotiation
from kg.web.limits import Rejected
from kg.web.requests import media_type, query_params, read_body, single
from kg.web.respond import run_query
from kg.web.state import AppState, state_of
from kg.web.workers import Job

router = APIRouter(tags=["SPARQL protocol"])


def _authorise(request: Request) -> AppState:
    state = state_of(request)
    token = state.settings.update_token
    given = request.headers.get("authorization", "")
    if token is None:
        raise Rejected(403, "this server is read-only: writes are off (set KG_UPDATE_TOKEN)")
    if not given.startswith("Bearer "):
        raise Rejected(401, "writes need 'Authorization: Bearer <token>'")
    if not hmac.compare_digest(given.removeprefix("Bearer ").encode(), token.encode()):
        raise Rejected(403, "wrong token")
    return state


async def _write_remote(state: AppState, update: str) -> None:
    """Send a SPARQL Update to the remote store; its refusal of the update is a 400."""
    assert isinstance(state.store, RemoteStore)
    try:
        await asyncio.to_thread(state.store.update, update)
    except RemoteError as error:
        if error.upstream == 400:
            raise Rejected(400, str(error)) from None
        raise
    state.generation += 1


async def _write(state: AppState, change: object) -> None:
    """Apply ``change(store)`` with the workers stopped; reopen readers afterwards."""
    release = live_release(state.settings.store)
    assert release is not None
    path = str(release / DATABASE)

    def apply() -> None:
        store = Store(path)
        try:
            change(store)  # type: ignore[operator]
            store.flush()
        finally:
            del store

    async with state.pool.exclusive():
        await asyncio.to_thread(apply)
        state.store = Store.read_only(path)
        state.generation += 1
        if state.light is not None:
            state.light.count(state.store)  # degrees of the data as written


@router.post("/update", summary="SPARQL Update (needs a token)")
async def sparql_update(request: Request) -> Response:
    """Run a SPARQL Update sent as ``application/sparql-update`` or as an ``update`` form field."""
    state = _authorise(request)
    body = await read_body(request, limit=state.settings.max_body)
    kind = media_type(request)
    if kind == "application/sparql-update":
        text = _utf8(body)
    elif kind == "application/x-www-form-urlencoded":
        from kg.web.requests import parse_form

        text = single(parse_form(body, "form body"), "update") or ""
    else:
        raise Rejected(415, "send the update as application/sparql-update or as a form")
    if not text.strip():
        raise Rejected(400, "the update is empty")
    if isinstance(state.store, RemoteStore):
        await _write_remote(state, text)
        return Response(status_code=204)

    def change(store: Store) -> None:
        try:
            store.update(text)
        except SyntaxError as error:
            problem = syntax_error(error)
            raise Rejected(400, str(problem)) from None

    await _write(state, change)
    return Response(status_code=204)


def _graph(request: Request) -> NamedNode | DefaultGraph:
    params = query_params(request)
    name = single(params, "graph")
    default = single(params, "default")
    if (name is None) == (default is None):
        raise Rejected(400, "give exactly one of ?graph=IRI or ?default")
    if name is None:
        return DefaultGraph()
    try:
        return NamedNode(name)
    except ValueError:
        raise Rejected(400, f"{name!r} is not a valid graph IRI") from None


async def store_get(request: Request) -> Response:
    """The triples of one graph (``?graph=IRI`` or ``?default``) in the negotiated format."""
    state = state_of(request)
    target = _graph(request)
    chosen = negotiation.negotiate(request.headers.get("accept"), negotiation.GRAPH_TYPES)
    if chosen is None:
        offered = ", ".join(f.media_type for f in negotiation.GRAPH_TYPES)
        raise Rejected(406, f"a graph can be served as: {offered}")
    if isinstance(target, NamedNode) and target not in set(state.store.named_graphs()):
        raise Rejected(404, f"no graph {target.value} in the store")
    where = f"GRAPH {target} {{ ?s ?p ?o }}" if isinstance(target, NamedNode) else "?s ?p ?o"
    job = Job(f"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ {where} }}", None, chosen.name, union=False)
    response = await run_query(
        state, request, job, timeout=state.settings.query_timeout, cache_key=f"gsp {target}"
    )
    if request.method == "HEAD":
        return Response(status_code=response.status_code, headers=dict(response.headers))
    return response


async def store_write(request: Request) -> Response:
    """Replace (PUT), add to (POST) or remove (DELETE) a graph; needs the token."""
    state = _authorise(request)
    target = _graph(request)
    quads: list[Quad] = []
    if request.method != "DELETE":
        body = await read_body(request, limit=state.settings.max_body)
        syntax = RdfFormat.from_media_type(media_type(request))
        if syntax is None:
            raise Rejected(
                415, "send RDF: text/turtle, application/n-triples, application/rdf+xml…"
            )
        try:
            quads = [
                Quad(t.subject, t.predicate, t.object, target)
                for t in parse(body, format=syntax, without_named_graphs=True)
            ]
        except SyntaxError as error:
            raise Rejected(400, f"the body does not parse: {error.msg}") from None

    def change(store: Store) -> None:
        if request.method in ("PUT", "DELETE") and (
            isinstance(target, DefaultGraph) or store.contains_named_graph(target)
        ):
            store.clear_graph(target)
            if isinstance(target, NamedNode) and request.method == "DELETE":
                store.remove_graph(target)
        store.extend(quads)

    deleting_named = request.method == "DELETE" and isinstance(target, NamedNode)
    if deleting_named and target not in set(state.store.named_graphs()):
        raise Rejected(404, f"no graph {target} in the store")
    if isinstance(state.store, RemoteStore):
        await _write_remote(state, _as_update(request.method, target, quads))
        return Response(status_code=204)
    await _write(state, change)
    return Response(status_code=204)


for _method, _summary in (("GET", "read a graph"), ("HEAD", "check a graph")):
    router.add_api_route(
        "/store",
        store_get,
        methods=[_method],
        summary=f"Graph Store Protocol: {_summary}",
        operation_id=f"graph_store_{_method.lower()}",
    )
for _method, _summary in (("PUT", "replace"), ("POST", "add to"), ("DELETE", "remove")):
    router.add_api_route(
        "/store",
        store_write,
        methods=[_method],
        summary=f"Graph Store Protocol: {_summary} a graph (needs the token)",
        operation_id=f"graph_store_{_method.lower()}",
    )


def _as_update(method: str, target: NamedNode | DefaultGraph, quads: list[Quad]) -> str:
    """A Graph Store write as one SPARQL Update request (for a remote store)."""
    graph = f"GRAPH {target}" if isinstance(target, NamedNode) else "DEFAULT"
    steps = [f"DROP SILENT {graph}"] if method in ("PUT", "DELETE") else []
    if quads:
        lines = serialize([q.triple for q in quads], format=RdfFormat.N_TRIPLES) or b""
        data = lines.decode("utf-8")
        wrapped = f"GRAPH {target} {{ {data} }}" if isinstance(target, NamedNode) else data
        steps.append(f"INSERT DATA {{ {wrapped} }}")
    return " ;\n".join(steps)


def _utf8(body: bytes) -> str:
    try:
        return body.decode("utf-8")
    except UnicodeDecodeError as error:
        raise Rejected(400, f"the body is not valid UTF-8 (byte {error.start})") from None
