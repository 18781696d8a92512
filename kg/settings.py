"""The one settings object: command line > environment (``KG_*``) > default."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict


def default_store() -> Path:
    """``$XDG_DATA_HOME/digikom-kg/store`` (``~/.local/share/...`` when unset)."""
    base = os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share"
    return Path(base) / "digikom-kg" / "store"


class Settings(BaseSettings):
    """Everything configurable; see the README's configuration table."""

    model_config = SettingsConfigDict(env_prefix="KG_", extra="forbid", frozen=True)

    store: Path = Field(
        default_factory=default_store,
        description="Path of the on-disk Oxigraph store (a directory).",
    )
    sources_file: Path | None = Field(
        default=None,
        description="YAML file listing extra sources (KIND:PATH) for repeatable builds.",
    )
    source_date_epoch: int | None = Field(
        default=None,
        validation_alias="SOURCE_DATE_EPOCH",
        description="Fixed build time (seconds since 1970) for reproducible builds.",
    )


def load_settings(**overrides: Any) -> Settings:
    """Settings from the environment, with explicit (command-line) values on top."""
    return Settings(**{key: value for key, value in overrides.items() if value is not None})
