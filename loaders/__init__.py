"""Loaders turn sources into named graphs of quads; the registry maps a kind to a loader.

Adding a source kind means one module and one line in ``REGISTRY``.
"""

from __future__ import annotations

from collections.abc import Callable

from kg.errors import KGError
from loaders.articles.loader import ArticlesLoader
from loaders.base import GraphLoad, LoadContext, Loader
from loaders.curated import CuratedLoader
from loaders.foerderkatalog import FoerderkatalogLoader
from loaders.gemeindeverzeichnis import GemeindeverzeichnisLoader
from loaders.giving360 import Giving360Loader
from loaders.rdf_file import RdfFileLoader

REGISTRY: dict[str, Callable[[], Loader]] = {
    "curated": CuratedLoader,
    "rdf": RdfFileLoader,
    "foerderkatalog": FoerderkatalogLoader,
    "gemeindeverzeichnis": GemeindeverzeichnisLoader,
    "360giving": Giving360Loader,
    "articles": ArticlesLoader,
}

__all__ = ["REGISTRY", "GraphLoad", "LoadContext", "Loader", "get_loader"]


def get_loader(kind: str) -> Loader:
    """The loader for a source kind, or an error listing the known kinds."""
    factory = REGISTRY.get(kind)
    if factory is None:
        known = ", ".join(sorted(REGISTRY))
        raise KGError(f"unknown source kind {kind!r}; known kinds: {known}")
    return factory()
