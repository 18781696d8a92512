"""``kg build``: sources → loaders → validated on-disk store, swapped in atomically.

The bundled curated facts are always part of a build; more sources come from
``--source KIND:PATH`` or a sources file. A build whose inputs (sources, ontology, code)
are unchanged is skipped.
"""

from __future__ import annotations

import datetime as dt
import gc
import hashlib
import shutil
import time
import traceback
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

import yaml
from pyoxigraph import Literal, NamedNode, Quad, QuerySolutions, Store

import kg
from kg import iris, publication, remote, resources
from kg.errors import KGError, SourceError
from kg.materialise import Rules
from kg.ontology import ontology_quads, ontology_store
from kg.settings import Settings
from kg.store import (
    DATABASE,
    Manifest,
    build_lock,
    live_manifest,
    new_build_dir,
    open_live,
    publish,
    unique_release,
)
from kg.validate import ensure_valid
from kg.vocab import (
    DATASET_GRAPH,
    DERIVED_GRAPH,
    DK,
    DK_NS,
    META_GRAPH,
    ONTOLOGY_GRAPH,
    PROV,
    RDF,
    RDFS,
    XSD,
)
from loaders import GraphLoad, LoadContext, get_loader
from loaders.base import sha256_file
from loaders.terms import QuadList, integer_literal

Report = Callable[[str], None]


@dataclass(frozen=True)
class Source:
    """One source of a build: a loader kind and a path."""

    kind: str
    path: Path

    @classmethod
    def parse(cls, spec: str, *, base: Path | None = None) -> Source:
        """Parse ``KIND:PATH``; a relative path is taken relative to ``base``."""
        kind, sep, path = spec.partition(":")
        if not sep or not kind or not path:
            raise KGError(f"bad source {spec!r}: write KIND:PATH, e.g. rdf:extra.ttl")
        get_loader(kind)
        location = Path(path).expanduser()
        if base is not None and not location.is_absolute():
            location = base / location
        return cls(kind, location)

    def __str__(self) -> str:
        return f"{self.kind}:{self.path}"


@dataclass(frozen=True)
class BuildResult:
    """The outcome of ``kg build``."""

    manifest: Manifest
    skipped: bool


def bundled_sources() -> list[Source]:
    """Sources every build includes: the curated facts shipped with the package."""
    return [Source("curated", resources.curated_dir())]


def sources_from_file(path: Path) -> list[Source]:
    """Read a sources file: a YAML mapping with a ``sources`` list of ``KIND:PATH``."""
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    except (OSError, yaml.YAMLError) as error:
        raise SourceError(path, None, f"cannot read the sources file: {error}") from error
    entries = data.get("sources") if isinstance(data, dict) else None
    if not isinstance(entries, list) or not all(isinstance(e, str) for e in entries):
        raise SourceError(path, None, "expected a mapping with 'sources:' as a list of KIND:PATH")
    return [Source.parse(entry, base=path.parent) for entry in entries]


def _sources(settings: Settings, extra: Iterable[Source]) -> list[Source]:
    sources = bundled_sources()
    if settings.sources_file is not None:
        sources += sources_from_file(settings.sources_file)
    sources += list(extra)
    for source in sources:
        if not source.path.exists():
            raise SourceError(source.path, None, f"source {source} does not exist")
    return sources


def build(
    settings: Settings,
    extra: Iterable[Source] = (),
    *,
    force: bool = False,
    validate: bool = True,
    strict: bool = False,
    report: Report = lambda _: None,
) -> BuildResult:
    """Build the store at ``settings.store`` unless it is already up to date.

    ``strict``: a bad row of a tabular source fails the build instead of being skipped.
    """
    sources = _sources(settings, extra)
    fingerprint = _fingerprint(sources, validated=validate, strict=strict)
    endpoint = remote.Endpoint.from_settings(settings)
    with build_lock(settings.store):
        current = live_manifest(settings.store)
        if current is not None and current.fingerprint == fingerprint and not force:
            report(f"up to date: release {current.release} (use --force to rebuild)")
            if endpoint is not None:
                _push(settings, endpoint, current, force=force, report=report)
            return BuildResult(current, skipped=True)
        build_dir = new_build_dir(settings.store)
        try:
            manifest = _build_into(
                build_dir, sources, fingerprint, settings, report, validate, strict
            )
            publish(settings.store, build_dir, manifest.release)
        except BaseException as error:
            # The traceback's frames still hold the half-built store open; RocksDB
            # keeps writing into the folder until it is dropped, so drop it first.
            traceback.clear_frames(error.__traceback__)
            gc.collect()
            shutil.rmtree(build_dir, ignore_errors=True)
            raise
        report(f"published release {manifest.release} at {settings.store}")
        if endpoint is not None:
            _push(settings, endpoint, manifest, force=True, report=report)
    return BuildResult(manifest, skipped=False)


def _push(
    settings: Settings,
    endpoint: remote.Endpoint,
    manifest: Manifest,
    *,
    force: bool,
    report: Report,
) -> None:
    """Push the live release to the remote store unless it holds that release already."""
    reader = remote.RemoteStore(endpoint)
    try:
        held = remote.remote_manifest(reader)
    finally:
        reader.close()
    if held is not None and held.release == manifest.release and not force:
        report(f"the SPARQL server at {endpoint.query_url} holds release {held.release} already")
        return
    report(f"pushing release {manifest.release} to {endpoint.query_url}")
    pushed = remote.push(open_live(settings.store), endpoint, manifest.release, report=report)
    report(f"pushed {pushed} triples in {len(manifest.graphs)} graphs to {endpoint.query_url}")


def _build_into(
    folder: Path,
    sources: list[Source],
    fingerprint: str,
    settings: Settings,
    report: Report,
    validate: bool,
    strict: bool,
) -> Manifest:
    clock = _Clock(settings.source_date_epoch)
    started = clock.now()
    release = unique_release(
        settings.store, f"{started[:19].replace('-', '').replace(':', '')}-{fingerprint[:12]}"
    )
    store = Store(str(folder / DATABASE))
    counts = populate(
        store,
        sources,
        clock=clock,
        report=report,
        validate=validate,
        strict=strict,
        release=release,
        compact=True,
        jobs=settings.jobs,
    )
    store.flush()
    del store
    gc.collect()
    built_at = clock.now()
    manifest = Manifest(
        release=release,
        fingerprint=fingerprint,
        built_at=built_at,
        version=kg.__version__,
        sources=[str(source) for source in sources],
        graphs=dict(sorted(counts.items())),
    )
    manifest.write(folder)
    report(f"{sum(counts.values())} triples in {len(counts)} graphs")
    return manifest


def check_sources(settings: Settings, extra: Iterable[Source] = (), *, report: Report) -> None:
    """Load, materialise and validate the sources in memory, writing nothing."""
    populate(
        Store(),
        _sources(settings, extra),
        clock=_Clock(settings.source_date_epoch),
        report=report,
        jobs=settings.jobs,
    )


def populate(
    store: Store,
    sources: list[Source],
    *,
    clock: _Clock,
    report: Report,
    validate: bool = True,
    strict: bool = False,
    release: str | None = None,
    compact: bool = False,
    jobs: int = 1,
) -> dict[str, int]:
    """Load the ontology and ``sources`` into ``store``, materialise, describe, validate.

    ``compact``: compact the on-disk store for reading (``Store.optimize``) once
    everything is written, in a thread beside the validation. ``jobs``: processes that
    loaders may use (see :class:`loaders.base.LoadContext`). Returns the number of triples
    per named graph.
    """
    meta = QuadList(META_GRAPH)
    ontology = ontology_quads()
    context = LoadContext(ontology=ontology_store(ontology), strict=strict, warn=report, jobs=jobs)
    files = tuple(resources.ontology_files())
    load = GraphLoad(ONTOLOGY_GRAPH, ontology, ONTOLOGY_GRAPH, files, "ontology")
    _store_graph(store, meta, clock, load, "ontology", context, report)
    rules = Rules.from_ontology(context.ontology)  # applied to every quad as it loads
    checked = [ONTOLOGY_GRAPH]  # graphs that may state what the ontology implies
    started = clock.now()
    for source in sources:
        loader = get_loader(source.kind)
        report(f"loading {source} ({loader.description})")
        context.identifiers = _identifiers(store)
        for load in loader.load(source.path, context=context):
            _store_graph(store, meta, clock, load, loader.name, context, report, rules)
            if not load.entailment_free:
                checked.append(load.graph)
        _describe_loader(meta, loader.name, loader.version, loader.description)
    report("completing the derived graph (transitive partOf)")
    rules.finish(store, checked)
    _record_load(meta, DERIVED_GRAPH, "materialise", started, clock.now(), ())
    meta.add(DERIVED_GRAPH, PROV.wasDerivedFrom, ONTOLOGY_GRAPH)
    _describe_loader(
        meta, "materialise", kg.__version__, "inference materialised from the ontology"
    )
    _describe_loader(meta, "ontology", kg.__version__, "the DigiKom ontology and code lists")
    report("describing the dataset (DCAT, VoID)")
    figures = publication.Figures(store)
    for graph_iri, count in sorted(figures.census.graphs.items()):
        meta.add(NamedNode(graph_iri), DK.tripleCount, integer_literal(count))
    figures.add(meta.quads)  # before they are written: it looks their terms up
    store.bulk_extend(meta.quads)
    description = publication.describe(figures, modified=clock.now(), release=release)
    store.bulk_extend(description)
    # compacting last: files written after it would stay beside the compacted ones, and
    # every index scan would read them too (queries about 20 % slower)
    if compact:
        report("compacting the store for reading")
    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="kg-compact") as pool:
        # Oxigraph releases the GIL while it compacts
        compacted = pool.submit(store.optimize) if compact else None
        if validate:
            report("validating against the SHACL shapes")
            ensure_valid(store)
        else:
            report("SHACL validation skipped (--no-validate)")
    if compacted is not None:
        compacted.result()  # raises what compaction raised
    counts = dict(figures.census.graphs)
    counts[DATASET_GRAPH.value] = len(set(description))
    return counts


def _identifiers(store: Store) -> dict[tuple[str, str], NamedNode]:
    """Entities loaded so far by official key and ministry acronym (see loaders.identity)."""
    found: dict[tuple[str, str], NamedNode] = {}
    for kind, query in (
        ("ags", "SELECT ?x ?key { GRAPH ?g { ?x dk:ags ?key } }"),
        ("ministry", "SELECT ?x ?key { GRAPH ?g { ?x a dk:Ministry ; dk:acronym ?key } }"),
    ):
        result = store.query(query, prefixes={"dk": DK_NS})
        assert isinstance(result, QuerySolutions)
        for row in result:
            entity, key = row[0], row[1]
            assert isinstance(entity, NamedNode)
            assert key is not None
            found.setdefault((kind, key.value.upper()), entity)
    return found


def _store_graph(
    store: Store,
    meta: QuadList,
    clock: _Clock,
    load: GraphLoad,
    loader: str,
    context: LoadContext,
    report: Report,
    rules: Rules | None = None,
) -> None:
    started = clock.now()
    added = _Counting(load.quads)
    store.bulk_extend(added if rules is None else rules.stream(added))
    files = tuple(
        (iris.source_file(sha256_file(path)), context.display_path(path))
        for path in load.source_files
    )
    _record_load(meta, load.graph, loader, started, clock.now(), files)
    if load.graph != load.derived_from:
        meta.add(load.graph, PROV.wasDerivedFrom, load.derived_from)
    if load.label:
        meta.add(load.graph, RDFS.label, Literal(load.label))
    report(f"  {load.graph.value}: {added.count} quads")


class _Counting:
    """Counts quads while the store consumes them (loaders may stream)."""

    def __init__(self, quads: Iterable[Quad]) -> None:
        self.quads = quads
        self.count = 0

    def __iter__(self) -> Iterator[Quad]:
        for quad in self.quads:
            self.count += 1
            yield quad


def _record_load(
    meta: QuadList,
    graph_iri: NamedNode,
    loader: str,
    started: str,
    ended: str,
    files: tuple[tuple[NamedNode, str], ...],
) -> None:
    activity = iris.load(graph_iri)
    meta.add(graph_iri, RDF.type, DK.SourceGraph)
    meta.add(graph_iri, PROV.wasGeneratedBy, activity)
    meta.add(activity, RDF.type, DK.Load)
    meta.add(activity, PROV.wasAssociatedWith, iris.loader(loader))
    meta.add(activity, PROV.startedAtTime, Literal(started, datatype=XSD.dateTime))
    meta.add(activity, PROV.endedAtTime, Literal(ended, datatype=XSD.dateTime))
    for file_iri, name in files:
        meta.add(activity, PROV.used, file_iri)
        meta.add(file_iri, RDF.type, DK.SourceFile)
        meta.add(file_iri, DK.fileName, Literal(name))
        meta.add(file_iri, DK.sha256, Literal(file_iri.value.rsplit("/", 1)[-1]))


def _describe_loader(meta: QuadList, name: str, version: str, description: str) -> None:
    agent = iris.loader(name)
    if any(quad.subject == agent for quad in meta.quads):
        return
    meta.add(agent, RDF.type, DK.Loader)
    meta.add(agent, RDFS.label, Literal(name))
    meta.add(agent, RDFS.comment, Literal(description, language="en"))
    meta.add(agent, DK.version, Literal(version))


def _fingerprint(sources: list[Source], *, validated: bool, strict: bool = False) -> str:
    """Hash of everything a build depends on: code, ontology, sources (by content)."""
    digest = hashlib.sha256(f"{kg.__version__} validated={validated} strict={strict}".encode())
    code_dirs = [Path(kg.__file__).parent, Path(get_loader.__code__.co_filename).parent]
    inputs = [p for d in code_dirs for p in sorted(d.rglob("*.py"))]
    inputs += [*resources.ontology_files(), resources.shapes_file()]
    for source in sources:
        digest.update(str(source).encode())
        files = sorted(source.path.rglob("*")) if source.path.is_dir() else [source.path]
        inputs += [f for f in files if f.is_file()]
    for path in inputs:
        digest.update(path.name.encode())
        digest.update(sha256_file(path).encode())  # in blocks: sources may be large
    return digest.hexdigest()


class _Clock:
    """Wall-clock time, or the fixed ``SOURCE_DATE_EPOCH`` for reproducible builds."""

    def __init__(self, epoch: int | None) -> None:
        self.epoch = epoch

    def now(self) -> str:
        seconds = time.time() if self.epoch is None else self.epoch
        stamp = dt.datetime.fromtimestamp(seconds, tz=dt.UTC).replace(microsecond=0)
        return stamp.isoformat().replace("+00:00", "Z")
