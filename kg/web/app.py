"""``create_app(settings)``: wires the routers; its lifespan opens the store and the workers."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware
from fastapi.middleware.gzip import GZipMiddleware
from starlette.requests import Request
from starlette.responses import JSONResponse

import kg
from kg.canned import Catalogue
from kg.settings import Settings
from kg.store import DATABASE, Manifest, live_release, open_live
from kg.web import canned_api, errors, linked_data, sparql, ui, update
from kg.web.state import AppState, state_of
from kg.web.workers import WorkerPool

DESCRIPTION = """An open knowledge graph of who drives and who funds the digitalisation of
German municipalities. `/sparql` speaks the SPARQL 1.1 Protocol; `/queries` lists the
canned queries, each a typed operation below."""


def create_app(settings: Settings) -> FastAPI:
    """The web application over the store at ``settings.store`` (opened at startup)."""
    release = live_release(settings.store)
    app = FastAPI(
        title="DigiKom KG",
        version=kg.__version__,
        description=DESCRIPTION,
        lifespan=_lifespan(settings),
        openapi_tags=[
            {"name": "SPARQL protocol", "description": "SPARQL 1.1 query and update"},
            {"name": "canned queries", "description": "named, parameterised, documented"},
        ],
    )
    app.state.settings = settings
    app.state.catalogue = Catalogue()
    app.state.release = release
    errors.install(app)
    app.include_router(sparql.router)
    app.include_router(canned_api.router_for(app))
    app.include_router(update.router)
    app.include_router(linked_data.router)
    app.include_router(ui.router)
    app.add_api_route("/health", health, methods=["GET"], tags=["service"], summary="Health")
    app.add_middleware(GZipMiddleware, minimum_size=2048)
    if settings.cors:
        app.add_middleware(
            CORSMiddleware,
            allow_origins=["*"],
            allow_methods=["GET", "POST", "HEAD", "OPTIONS"],
            allow_headers=["Accept", "Content-Type", "Authorization", "If-None-Match"],
            expose_headers=["ETag", "X-Data-Release"],
            max_age=3600,
        )
    return app


def _lifespan(settings: Settings):  # type: ignore[no-untyped-def]
    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        store = open_live(settings.store)
        release = live_release(settings.store)
        assert release is not None
        pool = WorkerPool(str(release / DATABASE), settings.workers)
        await pool.open()
        app.state.kg = AppState(
            settings=settings,
            pool=pool,
            store=store,
            manifest=Manifest.read(release),
            catalogue=app.state.catalogue,
        )
        try:
            yield
        finally:
            await pool.stop()

    return lifespan


async def health(request: Request) -> JSONResponse:
    """Whether the server answers, with its data release and worker restarts."""
    state = state_of(request)
    return JSONResponse(
        {
            "status": "ok",
            "release": state.manifest.release,
            "workers": state.pool.size,
            "restarts": state.pool.restarts,
        }
    )
