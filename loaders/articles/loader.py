"""``kg build --source articles:DIR``: a folder of article texts and their metadata file.

``DIR/metadata.yaml`` maps each article file name to its title, publisher, date and URL
(optionally ``id`` and ``kind``); every ``*.txt`` of the folder must be listed. Each article
becomes one named graph of extracted findings (``graph/extracted/{id}``). With ``jobs`` above
one (``kg build --jobs``), that many processes extract the articles, in the same order and
with the same findings.
"""

from __future__ import annotations

import datetime as dt
import multiprocessing
from collections.abc import Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from functools import cache
from pathlib import Path
from typing import Any

import yaml

from kg import iris
from kg.errors import SourceError
from loaders.articles import rerank
from loaders.articles.extract import extract
from loaders.articles.findings import Finding
from loaders.articles.gazetteer import Gazetteer
from loaders.articles.rdf import ArticleMeta, article_graph
from loaders.articles.textio import read_article
from loaders.base import GraphLoad, LoadContext
from loaders.codes import CodeLists

METADATA = "metadata.yaml"
_KEYS = {"id", "title", "publisher", "date", "url", "kind"}


class ArticlesLoader:
    """Loads a folder of German articles through the extractor."""

    name = "articles"
    version = "0.2.0"  # 0.2: funding facts chosen by the learned model (rerank.py)
    description = "German article texts (*.txt) with metadata.yaml; findings as extracted facts"

    def load(self, path: Path, *, context: LoadContext) -> Iterator[GraphLoad]:
        """Read the metadata and every article first, then yield one graph per article."""
        metas = read_metadata(path, context)
        codes = CodeLists.from_store(context.ontology)
        gazetteer = Gazetteer.from_curated()
        model = rerank.bundled()
        articles = [
            (meta, file, read_article(file, display=context.display_path(file)).text)
            for file, meta in metas
        ]
        dated = [(text, meta.date) for meta, _, text in articles]
        for (meta, file, text), findings in zip(
            articles, extracted(dated, gazetteer, model, context.jobs), strict=True
        ):
            publisher = gazetteer.lookup(meta.publisher)
            out = article_graph(
                meta,
                text,
                findings,
                codes,
                publisher=None if publisher is None else publisher.entity,
            )
            yield GraphLoad(meta.graph, out.quads, meta.document, (file,), meta.title)


def extracted(
    articles: Sequence[tuple[str, dt.date | None]],
    gazetteer: Gazetteer,
    model: rerank.Model,
    processes: int = 1,
) -> Iterator[list[Finding]]:
    """The findings of each (text, date), in order: read here, or by ``processes`` worker
    processes (each with its own gazetteer of the curated facts and the bundled model, like
    ``gazetteer`` and ``model``), in chunks so that a worker is handed many articles at once."""
    processes = min(processes, len(articles))
    if processes <= 1:
        for text, date in articles:
            yield extract(text, gazetteer, article_date=date, model=model)
        return
    # spawned, not forked: the build process has the store's threads running
    pool = ProcessPoolExecutor(processes, mp_context=multiprocessing.get_context("spawn"))
    try:
        chunk = max(1, min(32, len(articles) // (processes * 4)))
        yield from pool.map(_extract_here, articles, chunksize=chunk)
    finally:
        pool.shutdown(cancel_futures=True)  # (a failed build stops the workers' queue)


@cache
def _worker_gazetteer() -> Gazetteer:
    """A worker process's gazetteer, made for its first article."""
    return Gazetteer.from_curated()


def _extract_here(article: tuple[str, dt.date | None]) -> list[Finding]:
    """Extract one article in a worker process."""
    text, date = article
    return extract(text, _worker_gazetteer(), article_date=date, model=rerank.bundled())


def read_metadata(folder: Path, context: LoadContext) -> list[tuple[Path, ArticleMeta]]:
    """The articles of ``folder`` with their metadata; a clear error for anything missing."""
    meta_file = folder / METADATA
    shown = context.display_path(meta_file)
    if not folder.is_dir() or not meta_file.is_file():
        raise SourceError(context.display_path(folder), None, f"needs a folder with {METADATA}")
    try:
        data = yaml.safe_load(meta_file.read_text(encoding="utf-8")) or {}
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as error:
        raise SourceError(shown, None, f"cannot read: {error}") from error
    if not isinstance(data, dict):
        raise SourceError(shown, None, "expected a mapping: article file name → metadata")
    texts = sorted(p.name for p in folder.glob("*.txt"))
    unlisted = [name for name in texts if name not in data]
    if unlisted:
        raise SourceError(shown, None, f"no metadata for {', '.join(unlisted)}")
    result = []
    for name, entry in sorted(data.items()):
        file = folder / str(name)
        if not file.is_file():
            raise SourceError(shown, None, f"{name}: listed but there is no such file")
        result.append((file, _meta(str(name), entry, shown)))
    ids = [meta.doc_id for _, meta in result]
    duplicates = sorted({i for i in ids if ids.count(i) > 1})
    if duplicates:
        raise SourceError(shown, None, f"two articles share the id {duplicates[0]!r}")
    return result


def _meta(name: str, entry: Any, shown: str) -> ArticleMeta:
    if not isinstance(entry, dict):
        raise SourceError(shown, None, f"{name}: expected title, publisher, date and url")
    unknown = set(entry) - _KEYS
    if unknown:
        raise SourceError(shown, None, f"{name}: unknown key {sorted(unknown)[0]!r}")
    missing = [k for k in ("title", "publisher") if not entry.get(k)]
    if missing:
        raise SourceError(shown, None, f"{name}: needs {missing[0]}")
    doc_id = str(entry.get("id") or iris.slugify(Path(name).stem))
    if not iris.is_slug(doc_id):
        raise SourceError(shown, None, f"{name}: id {doc_id!r} must be lower-case words and -")
    return ArticleMeta(
        doc_id=doc_id,
        title=str(entry["title"]),
        publisher=str(entry["publisher"]),
        date=_date(entry.get("date"), name, shown),
        url=None if entry.get("url") is None else str(entry["url"]),
        kind=str(entry.get("kind") or "news_article"),
    )


def _date(value: object, name: str, shown: str) -> dt.date | None:
    if value is None or isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value))
    except ValueError:
        raise SourceError(shown, None, f"{name}: date {value!r} is not YYYY-MM-DD") from None
