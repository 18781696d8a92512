"""Shared fixtures for the article extraction tests: one gazetteer per session."""

from __future__ import annotations

from pathlib import Path

import pytest

from loaders.articles import Gazetteer

FIXTURES = Path(__file__).parent / "fixtures"


@pytest.fixture(scope="session")
def gazetteer() -> Gazetteer:
    """Names of the bundled curated facts and ontology, loaded in memory."""
    return Gazetteer.from_curated()
