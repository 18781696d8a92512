"""``create_app(settings)``: wires the routers; its lifespan opens the store and the workers."""

from __future__ import annotations

import asyncio
import contextlib
import os
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware
from fastapi.middleware.gzip import GZipMiddleware
from starlette._utils import get_route_path
from starlette.requests import Request
from starlette.responses import JSONResponse
from starlette.types import ASGIApp, Receive, Scope, Send

import kg
from kg.canned import Catalogue
from kg.errors import KGError
from kg.remote import Endpoint, RemoteStore, remote_manifest, require_release
from kg.settings import Settings
from kg.store import DATABASE, Manifest, live_release, open_live
from kg.web import canned_api, errors, linked_data, sparql, ui, update
from kg.web.direct import CORS, GZIP_LEVEL, GZIP_MINIMUM, GZIP_THREAD_MINIMUM, DirectSparql
from kg.web.forward import RemotePool
from kg.web.light import Light
from kg.web.state import AppState, state_of
from kg.web.workers import WorkerPool

RELEASE_CHECK = 5.0  # seconds between looks at a remote store's release

DESCRIPTION = """An open knowledge graph of who drives and who funds the digitalisation of
German municipalities. `/sparql` speaks the SPARQL 1.1 Protocol; `/queries` lists the
canned queries, each a typed operation below."""


class App(FastAPI):
    """FastAPI, with ``/sparql`` queries (GET and POST) taking a short way past its routing,
    dependencies and middleware (``kg.web.direct``): the same handlers, headers and error
    bodies in fewer Python steps."""

    sparql: ASGIApp | None = None

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if (
            self.sparql is not None
            and scope["type"] == "http"
            and scope["method"] in ("GET", "POST")
            and get_route_path(scope) == "/sparql"
        ):
            scope["app"] = self
            await self.sparql(scope, receive, send)
            return
        await super().__call__(scope, receive, send)


def create_app(settings: Settings) -> FastAPI:
    """The web application over the store at ``settings.store`` (opened at startup)."""
    release = live_release(settings.store)
    app = App(
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
    app.add_middleware(
        GZipMiddleware,
        minimum_size=GZIP_MINIMUM,
        compresslevel=GZIP_LEVEL,
        thread_minimum_size=GZIP_THREAD_MINIMUM,
    )
    if settings.cors:
        app.add_middleware(CORSMiddleware, **CORS)
    app.sparql = DirectSparql(cors=settings.cors)
    return app


SETTINGS_VARIABLE = "KG_SERVE_SETTINGS"  # settings of `kg serve --processes N`, as JSON


def app_from_environment() -> FastAPI:
    """The app of one of several server processes (``kg serve --processes N``): uvicorn
    starts each from this factory, with the settings ``kg serve`` put in the environment."""
    return create_app(Settings.model_validate_json(os.environ[SETTINGS_VARIABLE]))


def _lifespan(settings: Settings):  # type: ignore[no-untyped-def]
    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        endpoint = Endpoint.from_settings(settings)
        if endpoint is not None:
            async with _remote(app, settings, endpoint):
                yield
            return
        store = open_live(settings.store)
        release = live_release(settings.store)
        assert release is not None
        pool = WorkerPool(
            str(release / DATABASE),
            settings.workers,
            settings.worker_threads,
            spares=settings.spare_workers,
        )
        await pool.open()
        app.state.kg = AppState(
            settings=settings,
            pool=pool,
            store=store,
            manifest=Manifest.read(release),
            catalogue=app.state.catalogue,
            light=Light() if settings.light_budget else None,
        )
        if app.state.kg.light is not None:
            app.state.kg.light.count(store)
        try:
            yield
        finally:
            if app.state.kg.light is not None:
                app.state.kg.light.stop()
            await pool.stop()

    return lifespan


@asynccontextmanager
async def _remote(app: FastAPI, settings: Settings, endpoint: Endpoint) -> AsyncIterator[None]:
    """Serve from a remote store: its release is looked up now and every few seconds."""
    store = RemoteStore(endpoint, timeout=settings.query_timeout)
    manifest = await asyncio.to_thread(require_release, store)
    lateral = await asyncio.to_thread(lambda: store.lateral)
    # the remote server does the work, the facade only waits: twice the embedded slots
    pool = RemotePool(endpoint, 2 * settings.workers * settings.worker_threads, lateral=lateral)
    await pool.open()
    state = AppState(
        settings=settings, pool=pool, store=store, manifest=manifest, catalogue=app.state.catalogue
    )
    app.state.kg = state
    watch = asyncio.create_task(_watch_release(state, store))
    try:
        yield
    finally:
        watch.cancel()
        await pool.stop()
        store.close()


async def _watch_release(state: AppState, store: RemoteStore) -> None:
    """Follow the remote release, so that a new push changes ETags and caches at once."""
    while True:
        await asyncio.sleep(RELEASE_CHECK)
        with contextlib.suppress(KGError):  # server down: keep the last known release
            found = await asyncio.to_thread(remote_manifest, store)
            if found is not None and found.release != state.manifest.release:
                state.manifest = found


async def health(request: Request) -> JSONResponse:
    """Whether the server answers, with its data release and worker restarts."""
    state = state_of(request)
    return JSONResponse(
        {
            "status": "ok",
            "release": state.manifest.release,
            "workers": state.pool.size,
            "restarts": state.pool.restarts,
            "store": state.settings.store_url or str(state.settings.store),
            "process": os.getpid(),
        }
    )
