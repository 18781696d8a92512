"""The bundled curated facts: valid, and their locations point at the right passages.

The source texts are not in the repository (their sentences are not ours to publish);
where they are at hand (``KG_SEEDS_DIR``, default ``../shared/seeds`` beside the
checkout) every offset and stated phrase is checked against them.
"""

from __future__ import annotations

import hashlib
import os
from pathlib import Path
from typing import Any

import pytest
import yaml

from kg import resources
from tests.conftest import load_curated

DOCUMENTS = sorted((resources.curated_dir() / "documents").glob("*.yaml"))
SEEDS = Path(
    os.environ.get("KG_SEEDS_DIR", Path(__file__).parent.parent.parent / "shared" / "seeds")
)


def test_bundled_curated_facts_load_without_duplicates() -> None:
    quads = load_curated(resources.curated_dir())
    assert len(quads) > 2000


def _located(data: dict[str, Any]) -> list[tuple[str, dict[str, Any], list[str]]]:
    """(id, at, stated phrases) for every fact and mention with offsets."""
    items = []
    for fact in data.get("facts", []) + data.get("mentions", []):
        phrases = [
            value["stated"]
            for key in ("amount", "count", "recipients", "projects")
            if isinstance(value := fact.get(key), dict) and "stated" in value
        ]
        items.append((fact.get("id", fact.get("entity")), fact["at"], phrases))
    return items


@pytest.mark.parametrize("path", DOCUMENTS, ids=[p.stem for p in DOCUMENTS])
def test_locations_match_the_source_text(path: Path) -> None:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    seed = SEEDS / data["document"]["file"]
    if not seed.is_file():
        pytest.skip(f"source text {seed.name} not available (set KG_SEEDS_DIR to check offsets)")
    raw = seed.read_bytes()
    assert hashlib.sha256(raw).hexdigest() == data["document"]["sha256"]
    text = raw.decode("utf-8")
    paragraphs = [line for line in text.splitlines() if line.strip()]
    for ident, at, phrases in _located(data):
        assert at["paragraph"] <= len(paragraphs), ident
        if "start" not in at:
            continue
        passage = text[at["start"] : at["end"]]
        assert passage.strip(), ident
        assert passage in paragraphs[at["paragraph"] - 1], f"{ident}: passage not in its paragraph"
        for phrase in phrases:
            assert phrase in passage, f"{ident}: {phrase!r} not in its passage"
