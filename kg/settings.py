"""The one settings object: command line > environment (``KG_*``) > default."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any, Literal

from pydantic import Field, ValidationError
from pydantic_settings import BaseSettings, SettingsConfigDict

from kg.errors import KGError


def default_store() -> Path:
    """``$XDG_DATA_HOME/digikom-kg/store`` (``~/.local/share/...`` when unset)."""
    base = os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share"
    return Path(base) / "digikom-kg" / "store"


class Settings(BaseSettings):
    """Everything configurable; see the README's configuration table."""

    model_config = SettingsConfigDict(
        env_prefix="KG_", extra="forbid", frozen=True, populate_by_name=True
    )

    store: Path = Field(
        default_factory=default_store,
        description="Path of the on-disk Oxigraph store (a directory).",
    )
    store_url: str | None = Field(
        default=None,
        description="SPARQL query endpoint of a remote store; set, 'kg build' pushes there "
        "and 'kg serve' forwards to it instead of using the embedded store.",
    )
    store_update_url: str | None = Field(
        default=None,
        description="SPARQL Update endpoint of the remote store (default: the query URL, "
        "with a trailing /query replaced by /update).",
    )
    store_gsp_url: str | None = Field(
        default=None,
        description="Graph Store Protocol endpoint of the remote store (default: /store "
        "beside a URL ending in /query, else none: pushes then use SPARQL Update).",
    )
    store_user: str | None = Field(default=None, description="User name for the remote store.")
    store_password: str | None = Field(
        default=None, description="Password for the remote store (with KG_STORE_USER)."
    )
    store_auth: Literal["basic", "digest"] = Field(
        default="basic", description="HTTP authentication scheme of the remote store."
    )
    sources_file: Path | None = Field(
        default=None,
        description="YAML file listing extra sources (KIND:PATH) for repeatable builds.",
    )
    host: str = Field(default="127.0.0.1", description="Address the HTTP server binds to.")
    port: int = Field(default=8000, ge=0, le=65535, description="Port of the HTTP server.")
    workers: int = Field(
        default=1, ge=1, le=64, description="Query worker processes (each can be stopped alone)."
    )
    worker_threads: int = Field(
        default=8,
        ge=1,
        le=64,
        description="Queries each worker process runs at once, one per thread.",
    )
    spare_workers: int = Field(
        default=1,
        ge=0,
        le=8,
        description="Worker processes kept started and idle, each taking over at once from "
        "a worker that is stopped (a query over its limit, a crash).",
    )
    jobs: int = Field(
        default=1,
        ge=1,
        le=64,
        description="Processes that read the articles of article sources at once (kg build, "
        "kg validate); 1 reads them in the build's own process.",
    )
    processes: int = Field(
        default=1,
        ge=1,
        le=64,
        description="HTTP server processes sharing the port, each with its own query workers.",
    )
    light_budget: int = Field(
        default=1000,
        ge=0,
        description="Index entries a query may read to be answered in the web process "
        "instead of a worker (see kg.web.light); 0 sends every query to a worker.",
    )
    query_timeout: float = Field(
        default=30.0, gt=0, description="Seconds a query may run; requests may ask for less."
    )
    max_query_length: int = Field(
        default=100_000, ge=100, description="Longest SPARQL query accepted, in characters."
    )
    max_body: int = Field(
        default=1_000_000, ge=1000, description="Largest request body accepted, in bytes."
    )
    max_nesting: int = Field(
        default=200, ge=10, description="Deepest nesting of brackets accepted in a query."
    )
    max_rows: int = Field(
        default=10_000, ge=1, description="Rows shown in the JSON/HTML views of canned queries."
    )
    root_path: str = Field(
        default="",
        description="Path prefix the server is reachable under behind a proxy, e.g. /kg.",
    )
    cors: bool = Field(default=True, description="Allow cross-origin GET/POST of queries.")
    allow_service: bool = Field(
        default=False,
        description="Allow SERVICE (federated query): the server then fetches URLs queries name.",
    )
    cache_seconds: int = Field(
        default=300, ge=0, description="max-age of Cache-Control on query results."
    )
    update_token: str | None = Field(
        default=None,
        description="Bearer token that enables /update and Graph Store writes; unset = read-only.",
    )
    source_date_epoch: int | None = Field(
        default=None,
        validation_alias="SOURCE_DATE_EPOCH",
        description="Fixed build time (seconds since 1970) for reproducible builds.",
    )


class SettingsError(KGError):
    """A setting has a value it cannot take; says which, where it is set and what it takes."""


def load_settings(**overrides: Any) -> Settings:
    """Settings from the environment, with explicit (command-line) values on top.

    >>> load_settings(workers=0)  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    kg.settings.SettingsError: workers (--workers or KG_WORKERS) is 0: Input should be greater ...
    """
    given = {key: value for key, value in overrides.items() if value is not None}
    try:
        return Settings(**given)
    except ValidationError as error:
        problems = []
        for problem in error.errors():
            name = ".".join(str(part) for part in problem["loc"])
            where = f"--{name.replace('_', '-')} or " if name in given else ""
            problems.append(
                f"{name} ({where}KG_{name.upper()}) is {problem['input']!r}: {problem['msg']}"
            )
        raise SettingsError("; ".join(problems)) from None
