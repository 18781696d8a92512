"""The curated-facts loader: ``entities.yaml`` + ``documents/*.yaml`` → named graphs.

See ``docs/curated-format.md`` for the format. The registry lands in the entities graph,
each document with its facts in a graph of its own.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import TypeVar

from pydantic import BaseModel, ValidationError

from kg import iris
from kg.errors import SourceError
from kg.vocab import ENTITIES_GRAPH
from loaders.base import GraphLoad, LoadContext
from loaders.codes import CodeLists
from loaders.curated import schema
from loaders.curated.emit import DocumentEmitter, RegistryEmitter
from loaders.curated.references import Index, ParsedFile, check_document, check_registry
from loaders.curated.yamlnodes import compose_text, line_of, to_python
from loaders.terms import QuadList

Model = TypeVar("Model", bound=BaseModel)

ENTITIES_FILE = "entities.yaml"
DOCUMENTS_DIR = "documents"


class CuratedLoader:
    """Loads a folder of curated YAML facts."""

    name = "curated"
    version = "0.1.0"
    description = "curated YAML facts: a folder with entities.yaml and documents/*.yaml"

    def load(self, path: Path, *, context: LoadContext) -> Iterator[GraphLoad]:
        """Validate the whole folder first, then yield the entities and document graphs."""
        registry_file = path / ENTITIES_FILE
        if not registry_file.is_file():
            raise SourceError(
                context.display_path(path), None, f"no {ENTITIES_FILE} in this folder"
            )
        codes = CodeLists.from_store(context.ontology)
        registry_source, registry = _parse(registry_file, schema.Registry, context)
        index = Index.build(registry, registry_source)
        check_registry(registry, registry_source, index, codes)
        documents = [
            _parse(doc_path, schema.DocumentFile, context)
            for doc_path in sorted((path / DOCUMENTS_DIR).glob("*.yaml"))
        ]
        for source, doc in documents:
            check_document(doc, source, index, codes)

        entities = QuadList(ENTITIES_GRAPH)
        registry_emitter = RegistryEmitter(entities, index.kinds, codes)
        registry_emitter.emit(registry)
        yield GraphLoad(
            ENTITIES_GRAPH, entities.quads, ENTITIES_GRAPH, (registry_file,), "entity registry"
        )
        for source, doc in documents:
            graph = iris.document_graph(doc.document.id)
            out = QuadList(graph)
            DocumentEmitter(out, registry_emitter, doc).emit()
            yield GraphLoad(
                graph,
                out.quads,
                iris.document(doc.document.id),
                (source.path,),
                doc.document.title.de,
            )


def _parse(path: Path, model: type[Model], context: LoadContext) -> tuple[ParsedFile, Model]:
    display = context.display_path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError as error:
        raise SourceError(display, None, f"not UTF-8 text ({error.reason})") from error
    node = compose_text(text, display)
    source = ParsedFile(path, display, node)
    data = to_python(node, display)
    try:
        return source, model.model_validate(data)
    except ValidationError as error:
        first = error.errors()[0]
        location = tuple(first["loc"])
        where = ".".join(str(part) for part in location)
        message = first["msg"]
        if first["type"] == "extra_forbidden":
            message = f"unknown key {location[-1]!r}"
        more = (
            f" (and {error.error_count() - 1} more problem(s))" if error.error_count() > 1 else ""
        )
        raise SourceError(display, line_of(node, location), f"{where}: {message}{more}") from None
