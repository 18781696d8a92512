"""The web page people use: home, canned-query forms, the SPARQL workbench, the money.

Pages are rendered on the server from the same worker pool as the API, so they work
without JavaScript; the workbench adds a small script of our own (no third-party code).
"""

from __future__ import annotations

import asyncio
import json
from dataclasses import dataclass, field
from typing import Annotated, Any, Final
from urllib.parse import urlencode

from fastapi import APIRouter, Depends
from pyoxigraph import NamedNode, QuerySolutions
from starlette.requests import Request
from starlette.responses import HTMLResponse, Response

from kg.canned import CannedQuery
from kg.errors import KGError, ParameterError
from kg.params import bind
from kg.remote import Readable
from kg.vocab import DK_NS, PREFIXES
from kg.web import pages
from kg.web.flow import layout
from kg.web.requests import query_params
from kg.web.respond import timeout_for
from kg.web.state import AppState, get_state
from kg.web.workers import Job

router = APIRouter(include_in_schema=False)
State = Annotated[AppState, Depends(get_state)]

FIGURES: Final = {
    "Akteure": "dk:Actor",
    "Initiativen": "dk:Initiative",
    "Förderaussagen": "dk:FundingStatement",
    "Quellen": "dk:SourceDocument",
}
EXAMPLES: Final = {
    "Startups": "SELECT ?startup ?name WHERE {\n  ?startup a dk:Startup ; rdfs:label ?name .\n"
    '  FILTER(LANG(?name) = "de")\n}\nORDER BY ?name',
    "Förderungen": "SELECT ?funder ?item ?stated WHERE {\n  ?s a dk:FundingStatement ;\n"
    "     dk:funder/rdfs:label ?funder ;\n     dk:fundedItem/rdfs:label ?item ;\n"
    '     dk:amount/dk:statedAs ?stated .\n  FILTER(LANG(?funder) = "de" && LANG(?item) = "de")\n}',
    "Klassen": "SELECT ?class (COUNT(?x) AS ?n) WHERE {\n  ?x a ?class .\n"
    "  FILTER(STRSTARTS(STR(?class), STR(dk:)))\n}\nGROUP BY ?class ORDER BY DESC(?n)",
}
PROLOGUE: Final = "".join(
    f"PREFIX {name}: <{iri}>\n"
    for name, iri in PREFIXES.items()
    if name in ("dk", "rdf", "rdfs", "skos", "schema", "org", "prov", "dcterms")
)


async def run_capped(state: AppState, text: str, max_rows: int) -> dict[str, Any]:
    """Run ``text`` in the pool and return its capped SPARQL JSON as a dict."""
    job = Job(text, "json", None, max_rows=max_rows)
    running = await state.pool.start(job, timeout=timeout_for(state, None))
    body = bytearray()
    try:
        async for chunk in running.chunks():
            body += chunk
    finally:
        await running.close()
    result: dict[str, Any] = json.loads(bytes(body))
    return result


def _figures(store: Readable) -> dict[str, int]:
    found = {}
    for title, cls in FIGURES.items():
        result = store.query(
            f"SELECT (COUNT(DISTINCT ?x) AS ?n) {{ ?x a {cls} }}",
            prefixes=PREFIXES,
            use_default_graph_as_union=True,
        )
        assert isinstance(result, QuerySolutions)
        found[title] = int(next(iter(result))[0].value)
    return found


@router.get("/")
async def home(request: Request, state: State) -> Response:
    figures = await asyncio.to_thread(_figures, state.store)
    body = pages.render(
        "home.html",
        request,
        figures=figures,
        queries=sorted(state.catalogue.queries.values(), key=lambda q: q.name),
        release=state.manifest.release,
    )
    return HTMLResponse(body)


@dataclass
class Cell:
    text: str
    href: str | None = None
    title: str | None = None


@dataclass
class Table:
    columns: list[str] = field(default_factory=list)
    rows: list[list[Cell]] = field(default_factory=list)
    truncated: bool = False


def table_of(result: dict[str, Any]) -> Table:
    """A results table: IRIs become links (to our pages where ours), literals text."""
    columns = list(result["head"]["vars"])
    rows = []
    for binding in result["results"]["bindings"]:
        row = []
        for column in columns:
            term = binding.get(column)
            if term is None:
                row.append(Cell(""))
            elif term["type"] == "uri":
                iri = term["value"]
                row.append(Cell(pages.short(iri), pages.href_of(iri) or iri, iri))
            else:
                row.append(Cell(term["value"]))
        rows.append(row)
    return Table(columns, rows, bool(result.get("truncated")))


def _choices(store: Readable, cls: str | None) -> list[tuple[str, str]]:
    """(label, IRI) of the instances of ``cls``, for an IRI parameter's picker."""
    if not cls:
        return []
    result = store.query(
        f"""SELECT ?x (SAMPLE(?l) AS ?label) {{ ?x a {cls} ; rdfs:label ?l
              FILTER(LANG(?l) IN ("de", "")) }} GROUP BY ?x ORDER BY ?label LIMIT 2000""",
        prefixes=PREFIXES,
        use_default_graph_as_union=True,
    )
    assert isinstance(result, QuerySolutions)
    return [(row[1].value, row[0].value) for row in result]


@router.get("/query/{name}")
async def query_page(request: Request, state: State, name: str) -> Response:
    query: CannedQuery = state.catalogue.get(name)
    params = query_params(request)
    given = {k: v for k, v in params if k in query.parameters and v != ""}
    run = "run" in dict(params) or bool(given)
    choices = {
        p.name: await asyncio.to_thread(_choices, state.store, p.class_)
        for p in query.header.parameters
        if p.type == "iri"
    }
    error: str | None = None
    table: Table | None = None
    if run:
        try:
            text = await asyncio.to_thread(bind, query, given, state.store)
            table = table_of(await run_capped(state, text, state.settings.max_rows))
        except ParameterError as failure:
            error = str(failure)
    api = f"/queries/{name}" + (f"?{urlencode(given)}" if given else "")
    joiner = "&" if given else "?"
    downloads = [(fmt, f"{api}{joiner}format={fmt}") for fmt in ("csv", "json", "tsv", "xml")]
    body = pages.render(
        "query.html",
        request,
        query=query,
        given=given,
        choices=choices,
        table=table,
        error=error,
        downloads=downloads,
        share=f"/query/{name}?{urlencode({**given, 'run': '1'})}",
        max_rows=state.settings.max_rows,
    )
    return HTMLResponse(body, status_code=400 if error else 200)


@router.get("/workbench")
async def workbench(request: Request, state: State, query: str | None = None) -> Response:
    body = pages.render(
        "workbench.html",
        request,
        prologue=PROLOGUE,
        examples={k: PROLOGUE + "\n" + v for k, v in EXAMPLES.items()},
        query=query or PROLOGUE + "\n" + next(iter(EXAMPLES.values())),
        max_rows=state.settings.max_rows,
    )
    return HTMLResponse(body)


# --- follow the money -------------------------------------------------------------------

FLOW_QUERY: Final = """
SELECT ?statement ?funder ?funderLabel ?item ?itemLabel ?recipient ?recipientLabel
       ?value ?min ?max ?qualifier ?stated ?source ?sourceTitle
WHERE {
  ?statement a dk:FundingStatement ; dk:funder ?funder ; dk:source ?source .
  ?source dcterms:title ?sourceTitle .
  ?funder rdfs:label ?funderLabel FILTER(LANG(?funderLabel) IN ("de", ""))
  OPTIONAL { ?statement dk:fundedItem ?item .
             ?item rdfs:label ?itemLabel FILTER(LANG(?itemLabel) IN ("de", "")) }
  OPTIONAL { ?statement dk:recipient ?recipient .
             ?recipient rdfs:label ?recipientLabel FILTER(LANG(?recipientLabel) IN ("de", "")) }
  OPTIONAL { ?statement dk:amount ?amount . ?amount dk:statedAs ?stated ;
               dk:qualifier/skos:notation ?qualifier .
             OPTIONAL { ?amount schema:value ?value }
             OPTIONAL { ?amount schema:minValue ?min }
             OPTIONAL { ?amount schema:maxValue ?max } }
  $FILTERS
}
ORDER BY ?funderLabel ?statement
"""


def _flow_filters(funder: str | None, land: str | None) -> str:
    parts = []
    if funder:
        parts.append(f"FILTER(?funder = <{funder}>)")
    if land:
        parts.append(
            f"""FILTER(?funder = <{land}> || EXISTS {{ ?funder dk:locatedIn* <{land}> }}
                || EXISTS {{ ?statement dk:recipient/dk:locatedIn* <{land}> }}
                || EXISTS {{ ?statement dk:fundedItem/dk:locatedIn* <{land}> }})"""
        )
    return "\n  ".join(parts)


def _iri_or_none(store: Readable, value: str | None, cls: str) -> str | None:
    if not value:
        return None
    try:
        iri = NamedNode(value)
    except ValueError:
        iri = None
    known = iri is not None and bool(
        store.query(
            f"ASK {{ <{iri.value}> a {cls} }}",
            prefixes=PREFIXES,
            use_default_graph_as_union=True,
        )
    )
    if not known:
        raise ParameterError(f"{value!r} is not a known {cls}; pick one from the list")
    return value


@router.get("/funding")
async def funding(
    request: Request, state: State, funder: str | None = None, land: str | None = None
) -> Response:
    funders = await asyncio.to_thread(_funders, state.store)
    lands = await asyncio.to_thread(_choices, state.store, "dk:State")
    error = None
    try:
        funder_iri = await asyncio.to_thread(_iri_or_none, state.store, funder, "dk:Actor")
        land_iri = await asyncio.to_thread(_iri_or_none, state.store, land, "dk:State")
    except KGError as failure:
        error, funder_iri, land_iri = str(failure), None, None
    text = PROLOGUE + FLOW_QUERY.replace("$FILTERS", _flow_filters(funder_iri, land_iri))
    result = await run_capped(state, text, 2000)
    diagram = layout(result["results"]["bindings"])
    body = pages.render(
        "funding.html",
        request,
        diagram=diagram,
        funders=funders,
        lands=lands,
        funder=funder_iri,
        land=land_iri,
        error=error,
        truncated=bool(result.get("truncated")),
    )
    return HTMLResponse(body, status_code=400 if error else 200)


def _funders(store: Readable) -> list[tuple[str, str]]:
    result = store.query(
        f"""SELECT ?f (SAMPLE(?l) AS ?label) {{ ?s a <{DK_NS}FundingStatement> ;
              <{DK_NS}funder> ?f . ?f rdfs:label ?l FILTER(LANG(?l) IN ("de", "")) }}
            GROUP BY ?f ORDER BY ?label""",
        prefixes=PREFIXES,
        use_default_graph_as_union=True,
    )
    assert isinstance(result, QuerySolutions)
    return [(row[1].value, row[0].value) for row in result]
