"""What a loader is: a pure function from a source to named graphs of quads.

A loader reads files and yields :class:`GraphLoad` values; it never touches a store, the
network or global state. The builder (``kg.build``) stores the quads and records the
provenance of each graph in the metadata graph.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol

from pyoxigraph import NamedNode, Quad, Store


@dataclass(frozen=True)
class GraphLoad:
    """One named graph produced by a loader, with what it was derived from."""

    graph: NamedNode
    quads: Iterable[Quad]
    derived_from: NamedNode
    source_files: tuple[Path, ...]
    label: str = ""


@dataclass
class LoadContext:
    """What loaders may read besides their source: the ontology (for code lists)."""

    ontology: Store
    root: Path = field(default_factory=Path.cwd)

    def display_path(self, path: Path) -> str:
        """``path`` relative to the root when below it, for messages and provenance."""
        try:
            return str(path.resolve().relative_to(self.root.resolve()))
        except ValueError:
            return str(path)


class Loader(Protocol):
    """A source kind: ``kg build --source NAME:PATH``."""

    name: str
    version: str
    description: str

    def load(self, path: Path, *, context: LoadContext) -> Iterator[GraphLoad]:
        """Read ``path`` and yield its named graphs; raise ``SourceError`` on bad input."""
        ...


def sha256_file(path: Path) -> str:
    """Hex SHA-256 of a file's bytes."""
    digest = hashlib.sha256()
    with path.open("rb") as stream:
        for block in iter(lambda: stream.read(1 << 16), b""):
            digest.update(block)
    return digest.hexdigest()
