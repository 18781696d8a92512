"""``/sparql``: the SPARQL 1.1 Protocol (query operation) and the service description."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends
from pyoxigraph import DefaultGraph, Literal, NamedNode, Quad, RdfFormat, Store
from starlette.requests import Request
from starlette.responses import Response

from kg.results import RDF_FORMATS
from kg.vocab import RDF
from kg.web import negotiation
from kg.web.limits import Rejected
from kg.web.requests import media_type, parse_form, query_params, read_body, single, values
from kg.web.respond import formats_for, run_query, timeout_for
from kg.web.state import AppState, get_state
from kg.web.workers import Job

router = APIRouter(tags=["SPARQL protocol"])
State = Annotated[AppState, Depends(get_state)]

SD = "http://www.w3.org/ns/sparql-service-description#"
MAX_GRAPHS = 100

DESCRIPTION = """SPARQL 1.1 query: `query` in the URL (GET), as a form field (POST
`application/x-www-form-urlencoded`) or as the body (POST `application/sparql-query`).
`default-graph-uri` / `named-graph-uri` set the dataset (default: the union of all graphs);
`format` (or `output`; repeated values must agree) overrides the `Accept` header;
`timeout` (seconds) lowers the time limit.
Without a query, GET returns the service description."""


@router.get("/sparql", summary="SPARQL query (GET) or service description", description=DESCRIPTION)
async def sparql_get(request: Request, state: State) -> Response:
    """Answer a query given in the URL, or describe the service."""
    params = query_params(request)
    if single(params, "query") is None:
        return service_description(request, state)
    return await _answer(request, state, params)


@router.post("/sparql", summary="SPARQL query (POST)", description=DESCRIPTION)
async def sparql_post(request: Request, state: State) -> Response:
    """Answer a query sent as a form or as the request body."""
    url_params = query_params(request)
    body = await read_body(request, limit=state.settings.max_body)
    kind = media_type(request)
    if kind == "application/x-www-form-urlencoded":
        form = parse_form(body, "form body")
        if single(url_params, "query") is not None and single(form, "query") is not None:
            raise Rejected(400, "the query is given both in the URL and in the form; give it once")
        return await _answer(request, state, url_params + form)
    if kind == "application/sparql-query":
        if single(url_params, "query") is not None:
            raise Rejected(400, "the query is given both in the URL and as the body; give it once")
        try:
            text = body.decode("utf-8")
        except UnicodeDecodeError as error:
            raise Rejected(400, f"the query body is not valid UTF-8 (byte {error.start})") from None
        return await _answer(request, state, [*url_params, ("query", text)])
    if kind == "application/sparql-update":
        raise Rejected(400, "updates go to /update (and need a token)")
    raise Rejected(
        415,
        "send the query as application/x-www-form-urlencoded or application/sparql-query",
    )


async def _answer(request: Request, state: State, params: list[tuple[str, str]]) -> Response:
    if single(params, "update") is not None:
        raise Rejected(400, "updates go to /update (and need a token)")
    query = single(params, "query")
    if query is None or not query.strip():
        raise Rejected(400, "the 'query' parameter is missing or empty")
    default_graphs = tuple(values(params, "default-graph-uri"))
    named_graphs = tuple(values(params, "named-graph-uri"))
    if len(default_graphs) + len(named_graphs) > MAX_GRAPHS:
        raise Rejected(400, f"at most {MAX_GRAPHS} default-graph-uri/named-graph-uri are accepted")
    for iri in default_graphs + named_graphs:
        _check_iri(iri)
    results_format, graph_format = formats_for(
        request, values(params, "format") + values(params, "output")
    )
    job = Job(
        query=query,
        results_format=results_format,
        graph_format=graph_format,
        default_graphs=default_graphs,
        named_graphs=named_graphs if (named_graphs or default_graphs) else None,
        ours=False,
    )
    key = "\x1e".join((query, *default_graphs, "|", *named_graphs))
    timeout = timeout_for(state, single(params, "timeout"))
    return await run_query(state, request, job, timeout=timeout, cache_key=key)


def _check_iri(iri: str) -> None:
    try:
        NamedNode(iri)
    except ValueError:
        raise Rejected(400, f"{iri!r} is not a valid graph IRI") from None


def service_description(request: Request, state: AppState) -> Response:
    """A SPARQL service description of this endpoint, in the negotiated RDF format."""
    endpoint = NamedNode(str(request.url.replace(query="")))
    graph = Store()
    sd = _sd
    triples: list[tuple[NamedNode, NamedNode, NamedNode | Literal]] = [
        (endpoint, RDF.type, sd("Service")),
        (endpoint, sd("endpoint"), endpoint),
        (endpoint, sd("supportedLanguage"), sd("SPARQL11Query")),
        (endpoint, sd("feature"), sd("UnionDefaultGraph")),
        *(
            [(endpoint, sd("feature"), sd("BasicFederatedQuery"))]
            if state.settings.allow_service
            else []
        ),
    ]
    for fmt in negotiation.RESULT_TYPES + negotiation.GRAPH_TYPES:
        triples.append((endpoint, sd("resultFormat"), Literal(fmt.media_type)))
    dataset = NamedNode(f"{endpoint.value}#dataset")
    triples += [(endpoint, sd("defaultDataset"), dataset), (dataset, RDF.type, sd("Dataset"))]
    names = sorted(g.value for g in state.store.named_graphs() if isinstance(g, NamedNode))
    for number, graph_name in enumerate(names, start=1):
        if graph_name:
            named = NamedNode(f"{endpoint.value}#graph-{number}")
            triples += [
                (dataset, sd("namedGraph"), named),
                (named, RDF.type, sd("NamedGraph")),
                (named, sd("name"), NamedNode(graph_name)),
            ]
    graph.extend(Quad(s, p, o) for s, p, o in triples)
    chosen = negotiation.negotiate(request.headers.get("accept"), negotiation.GRAPH_TYPES)
    if chosen is None:
        chosen = negotiation.GRAPH_TYPES[0]
    syntax: RdfFormat = RDF_FORMATS[chosen.name]
    body = graph.dump(format=syntax, from_graph=DefaultGraph())
    return Response(body, media_type=negotiation.content_type(chosen), headers={"Vary": "Accept"})


def _sd(name: str) -> NamedNode:
    return NamedNode(SD + name)
