"""Where the bundled ontology, canned queries and curated data live.

In a wheel they are packaged under ``kg/_bundle/``; in a source checkout (and an editable
install) they are the top-level folders of the repository.
"""

from __future__ import annotations

from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


def _resource(name: str) -> Path:
    bundled = _PACKAGE / "_bundle" / name
    if bundled.is_dir():
        return bundled
    return _PACKAGE.parent / name


def ontology_dir() -> Path:
    """Folder of the Turtle ontology, alignments, code lists and shapes."""
    return _resource("ontology")


def ontology_files() -> list[Path]:
    """The ontology files that go into the store (shapes stay out)."""
    folder = ontology_dir()
    return [folder / name for name in ("digikom.ttl", "alignments.ttl", "codelists.ttl")]


def shapes_file() -> Path:
    """The SHACL shapes the built graph must satisfy."""
    return ontology_dir() / "shapes.ttl"


def queries_dir() -> Path:
    """Folder of the canned ``.rq`` queries."""
    return _resource("queries")


def data_dir() -> Path:
    """Folder of the bundled source data."""
    return _resource("data")


def curated_dir() -> Path:
    """Folder of the bundled curated facts (always part of a build)."""
    return data_dir() / "curated"
