"""Loaders turn sources into named graphs of quads; the registry maps a kind to a loader.

Adding a source kind means one module and one line in ``REGISTRY``.
"""

from __future__ import annotations

from importlib import import_module

from kg.errors import KGError
from loaders.base import GraphLoad, LoadContext, Loader

REGISTRY: dict[str, str] = {
    "curated": "loaders.curated:CuratedLoader",
    "rdf": "loaders.rdf_file:RdfFileLoader",
    "foerderkatalog": "loaders.foerderkatalog:FoerderkatalogLoader",
    "gemeindeverzeichnis": "loaders.gemeindeverzeichnis:GemeindeverzeichnisLoader",
    "360giving": "loaders.giving360:Giving360Loader",
    "articles": "loaders.articles.loader:ArticlesLoader",
}
"""Source kind → the loader's class, imported when the kind is used (the article loader's
patterns take half a second to compile: a build without articles, or ``kg --help``, does
not wait for them)."""

__all__ = ["REGISTRY", "GraphLoad", "LoadContext", "Loader", "get_loader"]


def get_loader(kind: str) -> Loader:
    """The loader for a source kind, or an error listing the known kinds."""
    target = REGISTRY.get(kind)
    if target is None:
        known = ", ".join(sorted(REGISTRY))
        raise KGError(f"unknown source kind {kind!r}; known kinds: {known}")
    module, name = target.split(":")
    loader: Loader = getattr(import_module(module), name)()
    return loader
