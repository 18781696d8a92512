"""Canned queries as a typed web API: ``/queries`` and one OpenAPI operation per query."""

from __future__ import annotations

import asyncio
import datetime as dt
import inspect
import re
from decimal import Decimal
from typing import Annotated, Any, Literal
from urllib.parse import urlencode

from fastapi import APIRouter, Depends, FastAPI, Query
from starlette.requests import Request
from starlette.responses import JSONResponse, Response

from kg.canned import CannedQuery, Parameter
from kg.params import bind
from kg.web import negotiation
from kg.web.limits import Rejected
from kg.web.requests import query_params, single
from kg.web.respond import formats_for, run_query, timeout_for
from kg.web.state import AppState, get_state, state_of
from kg.web.workers import Job

State = Annotated[AppState, Depends(get_state)]
CONTROL = ("format", "timeout")
PYTHON_TYPES: dict[str, Any] = {
    "iri": str,
    "string": str,
    "integer": int,
    "decimal": Decimal,
    "date": dt.date,
    "year": Annotated[int, Query(ge=1000, le=9999)],
}


def describe(query: CannedQuery) -> dict[str, Any]:
    """A canned query as JSON: what it answers, its parameters and an example URL."""
    example = query.example()
    url = f"/queries/{query.name}" + (f"?{urlencode(example)}" if example else "")
    return {
        "name": query.name,
        "title": query.header.title,
        "description": query.header.description.strip(),
        "parameters": [
            p.model_dump(by_alias=True, exclude_none=True) for p in query.header.parameters
        ],
        "example": example,
        "url": url,
        "tags": query.header.tags,
    }


def router_for(app: FastAPI) -> APIRouter:
    """The ``/queries`` routes, one typed operation per canned query of the app's catalogue."""
    router = APIRouter(tags=["canned queries"])

    @router.get("/queries", summary="List the canned queries")
    async def list_queries(state: State) -> JSONResponse:
        """Every canned query with its title, description, parameters and an example."""
        return JSONResponse([describe(q) for q in state.catalogue.queries.values()])

    catalogue = app.state.catalogue
    for query in catalogue.queries.values():
        router.add_api_route(
            f"/queries/{query.name}",
            _endpoint(query),
            methods=["GET"],
            summary=query.header.title,
            description=query.header.description.strip()
            + "\n\nWithout `format` (or with `Accept: application/json`) the answer is SPARQL "
            "JSON capped at the server's row limit, with `truncated` saying whether rows were "
            "left out; any other format streams the whole result.",
            operation_id=f"query_{query.name.replace('-', '_')}",
            response_class=Response,
            responses={200: {"content": _examples(query)}},
        )
    return router


def _endpoint(query: CannedQuery) -> Any:
    async def endpoint(request: Request, **_: Any) -> Response:
        state: AppState = state_of(request)
        return await _answer(request, state, query)

    parameters = [
        inspect.Parameter("request", inspect.Parameter.POSITIONAL_OR_KEYWORD, annotation=Request)
    ]
    for param in query.header.parameters:
        parameters.append(
            inspect.Parameter(
                param.name,
                inspect.Parameter.KEYWORD_ONLY,
                annotation=_annotation(param),
                default=_query_default(param),
            )
        )
    formats = tuple(negotiation.BY_NAME)
    parameters += [
        inspect.Parameter(
            "format",
            inspect.Parameter.KEYWORD_ONLY,
            annotation=Literal[formats] | None,
            default=Query(None, description="result format; overrides the Accept header"),
        ),
        inspect.Parameter(
            "timeout",
            inspect.Parameter.KEYWORD_ONLY,
            annotation=float | None,
            default=Query(None, gt=0, description="time limit in seconds (at most the server's)"),
        ),
    ]
    endpoint.__signature__ = inspect.Signature(parameters)  # type: ignore[attr-defined]
    endpoint.__name__ = f"query_{query.name.replace('-', '_')}"
    return endpoint


def _annotation(param: Parameter) -> Any:
    base = Literal[tuple(param.enum)] if param.enum else PYTHON_TYPES[param.type]
    return base if param.required else base | None


def _query_default(param: Parameter) -> Any:
    text = param.description
    if param.type == "iri":
        text += " — an IRI" + (f" of a {param.class_}" if param.class_ else "")
        text += ", or an exact name, acronym or AGS"
    examples = [param.example] if param.example is not None else None
    default = ... if param.required else param.default
    return Query(default, description=text, examples=examples)


async def _answer(request: Request, state: AppState, query: CannedQuery) -> Response:
    params = query_params(request)
    declared = set(query.parameters) | set(CONTROL)
    unknown = sorted({name for name, _ in params} - declared)
    if unknown:
        raise Rejected(
            400,
            f"unknown parameter(s) {', '.join(unknown)} for {query.name}; "
            f"it takes: {', '.join(sorted(declared))}",
        )
    given = {name: single(params, name) for name in query.parameters}
    text = await asyncio.to_thread(
        bind, query, {k: v for k, v in given.items() if v is not None}, state.store
    )
    format_param = single(params, "format")
    accept = request.headers.get("accept", "")
    capped = format_param is None and (
        not accept or "application/json" in accept or accept == "*/*"
    )
    if capped:
        job = Job(text, "json", None, max_rows=state.settings.max_rows)
    else:
        results_format, graph_format = formats_for(request, [format_param] if format_param else [])
        job = Job(text, results_format, graph_format)
    timeout = timeout_for(state, single(params, "timeout"))
    return await run_query(state, request, job, timeout=timeout, cache_key=text)


def _examples(query: CannedQuery) -> dict[str, Any]:
    names = re.findall(r"\?(\w+)", query.text.split("WHERE", 1)[0].split("SELECT", 1)[-1])
    variables = list(dict.fromkeys(names))
    capped = {
        "head": {"vars": variables},
        "results": {"bindings": []},
        "truncated": False,
        "rows": 0,
        "limit": 10000,
    }
    content: dict[str, Any] = {"application/json": {"example": capped}}
    for fmt in negotiation.RESULT_TYPES:
        content[fmt.media_type] = {}
    return content
