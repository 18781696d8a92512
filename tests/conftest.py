"""Shared fixtures: a store built once from the bundled sources, settings for temp stores."""

from __future__ import annotations

from pathlib import Path

import pytest
from pyoxigraph import Quad, Store

from kg.build import build
from kg.ontology import ontology_store
from kg.settings import Settings
from kg.store import open_live
from loaders.base import LoadContext
from loaders.curated import CuratedLoader

FIXTURES = Path(__file__).parent / "fixtures"
EPOCH = 1_700_000_000  # fixed build time: builds are reproducible quad for quad


def settings_for(store: Path, **overrides: object) -> Settings:
    """Settings for a store under a test's temporary folder."""
    return Settings(store=store, source_date_epoch=EPOCH, **overrides)  # type: ignore[arg-type]


@pytest.fixture(scope="session")
def built(tmp_path_factory: pytest.TempPathFactory) -> Settings:
    """Settings of a store built once per session from the bundled curated facts."""
    settings = settings_for(tmp_path_factory.mktemp("kg") / "store")
    build(settings)
    return settings


@pytest.fixture(scope="session")
def store(built: Settings) -> Store:
    """The session's built store, opened read-only."""
    return open_live(built.store)


def load_curated(folder: Path) -> list[Quad]:
    """Run the curated loader on ``folder`` and return all its quads."""
    context = LoadContext(ontology=ontology_store(), root=folder)
    return [q for load in CuratedLoader().load(folder, context=context) for q in load.quads]


def quads_of(store: Store) -> set[Quad]:
    """Every quad of a store, for comparing builds."""
    return set(store.quads_for_pattern(None, None, None, None))
