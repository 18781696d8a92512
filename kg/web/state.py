"""What the running server holds: settings, the worker pool, the release, a metadata store."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

from starlette.requests import Request

from kg.canned import Catalogue
from kg.remote import Readable
from kg.settings import Settings
from kg.store import Manifest
from kg.web.forward import RemotePool
from kg.web.light import Light
from kg.web.workers import WorkerPool


@dataclass
class AppState:
    """Shared by all requests; built by the app's lifespan."""

    settings: Settings
    pool: WorkerPool | RemotePool
    store: Readable  # read-only, for cheap lookups in the web process (parameter checks)
    manifest: Manifest
    catalogue: Catalogue
    generation: int = 0  # writes since startup: part of every ETag
    light: Light | None = None  # small queries answered in the web process (embedded store)

    def etag(self, *parts: str) -> str:
        """An entity tag for a response: the data release plus what was asked."""
        release = f"{self.manifest.release}+{self.generation}"
        digest = hashlib.sha256("\x1f".join((release, *parts)).encode())
        return f'"{digest.hexdigest()[:32]}"'


def state_of(request: Request) -> AppState:
    """The app state of a request."""
    state: AppState = request.app.state.kg
    return state


async def get_state(request: Request) -> AppState:
    """The app state (a FastAPI dependency; async, so it needs no worker thread)."""
    return state_of(request)
