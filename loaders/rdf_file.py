"""The RDF-file loader: any standard syntax into a named graph of its own.

All triples and quads of the file land in ``graph/rdf/{file-name}`` (graph names inside
an N-Quads or TriG file are not kept: the file is one source). Blank nodes are replaced
by stable IRIs numbered in order of appearance, so loading the same file twice gives the
same quads.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from pyoxigraph import Quad, RdfFormat, Triple, parse

from kg import iris
from kg.errors import SourceError
from kg.vocab import graph
from loaders.base import GraphLoad, LoadContext, sha256_file
from loaders.terms import skolemised

FORMATS = {
    ".ttl": RdfFormat.TURTLE,
    ".nt": RdfFormat.N_TRIPLES,
    ".nq": RdfFormat.N_QUADS,
    ".trig": RdfFormat.TRIG,
    ".jsonld": RdfFormat.JSON_LD,
    ".json": RdfFormat.JSON_LD,
    ".rdf": RdfFormat.RDF_XML,
    ".owl": RdfFormat.RDF_XML,
    ".xml": RdfFormat.RDF_XML,
    ".n3": RdfFormat.N3,
}


class RdfFileLoader:
    """Loads one RDF file (Turtle, N-Triples, N-Quads, TriG, JSON-LD, RDF/XML, N3)."""

    name = "rdf"
    version = "0.1.0"
    description = "an RDF file in any standard syntax, chosen by its extension"

    def load(self, path: Path, *, context: LoadContext) -> Iterator[GraphLoad]:
        """Parse the whole file (errors carry line and column), then yield one graph."""
        display = context.display_path(path)
        syntax = FORMATS.get(path.suffix.lower())
        if syntax is None:
            known = ", ".join(sorted(FORMATS))
            raise SourceError(display, None, f"unknown RDF file extension; use one of {known}")
        if not path.is_file():
            raise SourceError(display, None, "no such file")
        target = graph(f"rdf/{iris.slugify(path.name)}")
        scope = sha256_file(path)[:16]
        quads = list(skolemised(_parse(path, syntax, display), target, scope))
        yield GraphLoad(target, quads, iris.source_file(sha256_file(path)), (path,), path.name)


def _parse(path: Path, syntax: RdfFormat, display: str) -> list[Quad | Triple]:
    base = path.resolve().as_uri()
    try:
        return list(parse(path=path, format=syntax, base_iri=base))
    except SyntaxError as error:
        message = str(error.msg).split(": ", 1)[-1] if error.msg else str(error)
        raise SourceError(display, error.lineno, message, error.offset) from error
