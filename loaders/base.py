"""What a loader is: a pure function from a source to named graphs of quads.

A loader reads files and yields :class:`GraphLoad` values; it never touches a store, the
network or global state. The builder (``kg.build``) stores the quads and records the
provenance of each graph in the metadata graph.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable, Iterator, Mapping
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
    # True when the loader never states a triple the ontology implies from its others
    # (a superclass type, an inverse, a super-property): the build then need not check
    # the derived graph against this graph (tests check the promise on the fixtures).
    entailment_free: bool = False


@dataclass
class LoadContext:
    """What loaders may read besides their source.

    - ``ontology``: the ontology and code lists;
    - ``identifiers``: entities loaded by earlier sources, by identifier — ``("ags",
      "08111000")`` or ``("ministry", "BMBF")`` — so that one actor from two sources is one
      entity where an identifier says so;
    - ``strict``: fail on the first bad row instead of skipping it;
    - ``warn``: where a loader reports what it skipped;
    - ``jobs``: processes a loader may use for slow reading (the article extractor); the
      result must not depend on it.
    """

    ontology: Store
    root: Path = field(default_factory=Path.cwd)
    identifiers: Mapping[tuple[str, str], NamedNode] = field(default_factory=dict)
    strict: bool = False
    warn: Callable[[str], None] = field(default=lambda _: None)
    jobs: int = 1

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
