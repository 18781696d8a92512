"""The ``kg`` command line: build, query, validate, export and inspect the graph."""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

import click
from pyoxigraph import NamedNode, Store

import kg
from kg import query as sparql
from kg import results
from kg.build import Source, build, check_sources
from kg.canned import Catalogue
from kg.errors import KGError
from kg.export import EXPORT_FORMATS, class_counts, export, graph_counts
from kg.materialise import materialise
from kg.params import bind
from kg.remote import (
    Endpoint,
    RemoteStore,
    reading,
    remote_manifest,
    require_release,
)
from kg.settings import load_settings
from kg.store import DATABASE, build_lock, live_manifest, live_release, open_live
from kg.vocab import DERIVED_GRAPH, META_GRAPH

F = TypeVar("F", bound=Callable[..., Any])

CONTEXT = {"help_option_names": ["-h", "--help"], "max_content_width": 100}


def store_option(command: F) -> F:
    """``--store``: the store location (else ``KG_STORE``, else the default)."""
    return click.option(
        "--store",
        type=click.Path(path_type=Path),
        help="Store directory [env: KG_STORE; default: ~/.local/share/digikom-kg/store].",
    )(command)


def store_url_option(command: F) -> F:
    """``--store-url``: a remote SPARQL server as the store (else ``KG_STORE_URL``)."""
    return click.option(
        "--store-url",
        metavar="URL",
        help="SPARQL query endpoint of a remote store, e.g. http://127.0.0.1:7878/query "
        "[env: KG_STORE_URL; default: none, the embedded store].",
    )(command)


def rules_only_option(command: F) -> F:
    """``--rules-only``: funding facts of the extraction rules alone, not the learned model's."""
    return click.option(
        "--rules-only",
        is_flag=True,
        help="Funding facts of the rules alone, without the learned model that chooses among "
        "them and other candidates (docs/articles.md, 'A learned choice of funding facts').",
    )(command)


def jobs_option(command: F) -> F:
    """``--jobs``: processes that read article sources at once."""
    return click.option(
        "--jobs",
        "-j",
        type=int,
        help="Processes that read the articles of articles:DIR sources at once; the result "
        "is the same [env: KG_JOBS; default: 1].",
    )(command)


def _progress(message: str) -> None:
    click.echo(message, err=True)


@click.group(context_settings=CONTEXT)
@click.version_option(kg.__version__, prog_name="kg")
def cli() -> None:
    """DigiKom KG: who drives and who funds the digitalisation of German municipalities.

    Build the graph with 'kg build', then ask it with 'kg queries' and 'kg query'.
    """


@cli.command(context_settings=CONTEXT)
@store_option
@click.option(
    "--source",
    "sources",
    multiple=True,
    metavar="KIND:PATH",
    help="Add a source (repeatable), e.g. rdf:extra.ttl. Kinds: see 'kg sources'.",
)
@click.option(
    "--sources-file",
    type=click.Path(path_type=Path, dir_okay=False),
    help="YAML file listing sources as KIND:PATH [env: KG_SOURCES_FILE].",
)
@click.option("--force", is_flag=True, help="Rebuild even when nothing changed.")
@click.option(
    "--no-validate",
    is_flag=True,
    help="Skip SHACL validation (for large machine-generated sources you trust).",
)
@click.option(
    "--strict",
    is_flag=True,
    help="Fail on the first bad row of a tabular source instead of skipping and counting it.",
)
@jobs_option
@store_url_option
def build_command(
    store: Path | None,
    sources: tuple[str, ...],
    sources_file: Path | None,
    force: bool,
    no_validate: bool,
    strict: bool,
    jobs: int | None,
    store_url: str | None,
) -> None:
    """Build the store from the bundled curated facts plus any extra sources.

    The build is validated against the SHACL shapes and swapped in atomically: if it
    fails, the previous store stays as it was. It is skipped when nothing changed.
    With a remote store (--store-url), the built graphs are then pushed there: staged
    first and swapped in with one update, so a failed push changes nothing.
    """
    settings = load_settings(store=store, sources_file=sources_file, store_url=store_url, jobs=jobs)
    extra = [Source.parse(spec) for spec in sources]
    outcome = build(
        settings, extra, force=force, validate=not no_validate, strict=strict, report=_progress
    )
    if not outcome.skipped:
        _print_counts(outcome.manifest.graphs.items(), "triples per graph")


cli.add_command(build_command, "build")


@cli.command(context_settings=CONTEXT)
@store_option
@click.option(
    "--source", "sources", multiple=True, metavar="KIND:PATH", help="Also check this source."
)
@click.option(
    "--sources-file", type=click.Path(path_type=Path, dir_okay=False), help="YAML file of sources."
)
@jobs_option
def validate(
    store: Path | None, sources: tuple[str, ...], sources_file: Path | None, jobs: int | None
) -> None:
    """Check the sources (load, materialise, SHACL) in memory without touching the store."""
    settings = load_settings(store=store, sources_file=sources_file, jobs=jobs)
    check_sources(settings, [Source.parse(spec) for spec in sources], report=_progress)
    click.echo("valid: every shape holds")


@cli.command(context_settings=CONTEXT)
@store_option
@click.argument("query")
@click.option(
    "-p",
    "--param",
    "params",
    multiple=True,
    metavar="NAME=VALUE",
    help="Parameter of a canned query.",
)
@click.option(
    "-f",
    "--format",
    "output_format",
    type=click.Choice(results.ALL_FORMATS),
    default=results.TABLE,
    show_default=True,
    help="Output format.",
)
@store_url_option
def query(
    store: Path | None,
    query: str,
    params: tuple[str, ...],
    output_format: str,
    store_url: str | None,
) -> None:
    """Run QUERY: a canned query name, SPARQL text, @FILE.rq, or - for stdin.

    \b
    Examples:
      kg query funding
      kg query actor-profile -p actor="Gemeindetag Baden-Württemberg"
      kg query 'SELECT ?s WHERE { ?s a dk:Startup }' -f csv
    """
    settings = load_settings(store=store, store_url=store_url)
    with reading(settings) as db:
        text = _query_text(query, _parse_params(params), db)
        sys.stdout.buffer.write(results.render(sparql.run(db, text), output_format))


def _query_text(spec: str, values: dict[str, str], db: Any) -> str:
    if spec == "-":
        text = sys.stdin.read()
    elif spec.startswith("@"):
        text = Path(spec[1:]).read_text(encoding="utf-8")
    elif all(c.isalnum() or c in "-_" for c in spec):
        return bind(Catalogue().get(spec), values, db)
    else:
        text = spec
    if values:
        raise click.UsageError("--param applies to canned queries only")
    return text


def _parse_params(params: tuple[str, ...]) -> dict[str, str]:
    values: dict[str, str] = {}
    for param in params:
        name, sep, value = param.partition("=")
        if not sep:
            raise click.BadParameter(f"{param!r}: write NAME=VALUE", param_hint="--param")
        values[name.strip()] = value
    return values


@cli.command(context_settings=CONTEXT)
def queries() -> None:
    """List the canned queries with their parameters and an example."""
    for canned in Catalogue().queries.values():
        click.secho(canned.name, bold=True, nl=False)
        click.echo(f"  {canned.header.title}")
        for param in canned.header.parameters:
            need = (
                "required"
                if param.required
                else f"default {param.default}"
                if param.default is not None
                else "optional"
            )
            kind = f"{param.type}" + (f" ({param.class_})" if param.class_ else "")
            click.echo(f"    -p {param.name}=…  {kind}, {need}: {param.description}")
        example = " ".join(f'-p {k}="{v}"' for k, v in canned.example().items())
        click.echo(f"    e.g. kg query {canned.name} {example}".rstrip())


@cli.command(context_settings=CONTEXT)
@store_option
@click.option(
    "-f",
    "--format",
    "output_format",
    type=click.Choice(list(EXPORT_FORMATS)),
    default="nquads",
    show_default=True,
    help="RDF format; triple formats get the union of all graphs.",
)
@click.option(
    "-o",
    "--output",
    type=click.Path(path_type=Path, dir_okay=False),
    help="File (default: stdout).",
)
@store_url_option
def export_command(
    store: Path | None, output_format: str, output: Path | None, store_url: str | None
) -> None:
    """Write the whole dataset in an RDF format."""
    settings = load_settings(store=store, store_url=store_url)
    with reading(settings) as db:
        if output is None:
            export(db, sys.stdout.buffer, output_format)
        else:
            with output.open("wb") as stream:
                export(db, stream, output_format)
            _progress(f"wrote {output}")


cli.add_command(export_command, "export")


@cli.command(context_settings=CONTEXT)
@store_option
@store_url_option
def stats(store: Path | None, store_url: str | None) -> None:
    """Triples per named graph and instances per class of the live store."""
    settings = load_settings(store=store, store_url=store_url)
    with reading(settings) as db:
        if isinstance(db, RemoteStore):
            held = remote_manifest(db)
            if held is not None:
                click.echo(f"release {held.release} at {settings.store_url}, built {held.built_at}")
        elif (manifest := live_manifest(settings.store)) is not None:
            click.echo(
                f"release {manifest.release}, built {manifest.built_at}, kg {manifest.version}"
            )
        _print_counts(graph_counts(db), "triples per graph")
        _print_counts(class_counts(db), "instances per class")


@cli.command(context_settings=CONTEXT)
@store_option
@click.option("--host", help="Address to bind [env: KG_HOST; default: 127.0.0.1].")
@click.option("--port", type=int, help="Port [env: KG_PORT; default: 8000].")
@click.option("--workers", type=int, help="Query worker processes [env: KG_WORKERS; default: 1].")
@click.option(
    "--worker-threads",
    type=int,
    help="Queries each worker process runs at once [env: KG_WORKER_THREADS; default: 8].",
)
@click.option(
    "--spare-workers",
    type=int,
    help="Idle worker processes ready to take over from a stopped one "
    "[env: KG_SPARE_WORKERS; default: 1].",
)
@click.option(
    "--timeout",
    "query_timeout",
    type=float,
    help="Query time limit, s [env: KG_QUERY_TIMEOUT; 30].",
)
@click.option(
    "--processes",
    type=int,
    help="HTTP server processes sharing the port [env: KG_PROCESSES; default: 1].",
)
@store_url_option
def serve(
    store: Path | None,
    host: str | None,
    port: int | None,
    workers: int | None,
    worker_threads: int | None,
    spare_workers: int | None,
    query_timeout: float | None,
    processes: int | None,
    store_url: str | None,
) -> None:
    """Serve the store over HTTP: SPARQL 1.1 Protocol at /sparql, canned queries at /queries.

    API documentation at /docs. Build the store first with 'kg build'.
    """
    import uvicorn

    from kg.web.app import SETTINGS_VARIABLE, create_app
    from kg.web.serving import http_protocol

    settings = load_settings(
        store=store,
        host=host,
        port=port,
        workers=workers,
        worker_threads=worker_threads,
        spare_workers=spare_workers,
        query_timeout=query_timeout,
        processes=processes,
        store_url=store_url,
    )
    if settings.processes > 1 and settings.update_token:
        raise click.UsageError(
            "writes (KG_UPDATE_TOKEN) need a single server process: a write in one would "
            "not be seen by the others; use --processes 1 or unset KG_UPDATE_TOKEN"
        )
    endpoint = Endpoint.from_settings(settings)
    if endpoint is None:
        open_live(settings.store)  # a clear error now rather than at startup
        serving = str(settings.store)
    else:  # the same checks the server makes at startup, with a clear message now
        reader = RemoteStore(endpoint)
        try:
            require_release(reader)
        finally:
            reader.close()
        serving = f"the SPARQL server at {endpoint.query_url}"
    _progress(f"serving {serving} at http://{settings.host}:{settings.port}/ (docs: /docs)")
    options: dict[str, Any] = {
        "host": settings.host,
        "port": settings.port,
        "log_level": "warning",
        "access_log": False,  # not shown at log level warning anyway
        "http": http_protocol(),
        "timeout_graceful_shutdown": 5,
        "root_path": settings.root_path.rstrip("/"),
    }
    if settings.processes == 1:
        uvicorn.run(create_app(settings), **options)
        return
    _progress(
        f"{settings.processes} processes, {settings.workers} query workers each "
        f"({settings.worker_threads} queries at once per worker, "
        f"{settings.spare_workers} spare)"
    )
    os.environ[SETTINGS_VARIABLE] = settings.model_dump_json()
    uvicorn.run(
        "kg.web.app:app_from_environment", factory=True, workers=settings.processes, **options
    )


@cli.command(context_settings=CONTEXT)
def sources() -> None:
    """List the source kinds that --source accepts."""
    from loaders import REGISTRY, get_loader

    width = max(map(len, REGISTRY))
    for name in sorted(REGISTRY):
        click.echo(f"{name:{width}}  {get_loader(name).description}")


@cli.command(context_settings=CONTEXT)
@click.argument("article", type=click.Path(path_type=Path, dir_okay=False, exists=True))
@click.option("--doc-id", help="Id of the document (added to every finding as 'doc').")
@click.option(
    "--date",
    "article_date",
    type=click.DateTime(formats=["%Y-%m-%d"]),
    help="Date of the article, YYYY-MM-DD (resolves 'im Februar', 'heute').",
)
@click.option(
    "--store",
    type=click.Path(path_type=Path),
    help="Take known names from this built store (default: the bundled curated facts).",
)
@rules_only_option
def extract(
    article: Path, doc_id: str | None, article_date: Any, store: Path | None, rules_only: bool
) -> None:
    """Print what a German ARTICLE states as JSON Lines: mentions, amounts, counts, dates, facts.

    Offsets are code points of the text; known entities are linked by IRI. Funding facts are
    those the learned model scores high among the rules' and other candidates (their
    confidence is the model's probability), unless --rules-only.
    """
    from loaders.articles import Gazetteer, read_article, rerank
    from loaders.articles import extract as run_extraction

    text = read_article(article)
    if text.note:
        _progress(f"note: {text.note}")
    gazetteer = (
        Gazetteer.from_curated() if store is None else Gazetteer.from_store(open_live(store))
    )
    day = None if article_date is None else article_date.date()
    model = None if rules_only else rerank.bundled()
    findings = run_extraction(text.text, gazetteer, article_date=day, model=model)
    out = sys.stdout
    for finding in findings:
        row = finding.json()
        if doc_id is not None:
            row["doc"] = doc_id
        out.write(json.dumps(row, ensure_ascii=False) + "\n")
    if not findings:
        _progress(f"{article}: no findings")


@cli.command(context_settings=CONTEXT)
@store_option
@click.argument("article", type=click.Path(path_type=Path, dir_okay=False, exists=True))
@click.option("--doc-id", required=True, help="Id of the document (lower-case words and -).")
@click.option("--title", required=True, help="Title of the article.")
@click.option("--publisher", required=True, help="Publisher (linked when the graph knows it).")
@click.option(
    "--date",
    "article_date",
    required=True,
    type=click.DateTime(formats=["%Y-%m-%d"]),
    help="Date of the article, YYYY-MM-DD.",
)
@click.option("--url", help="Where the article was published.")
@rules_only_option
def ingest(
    store: Path | None,
    article: Path,
    doc_id: str,
    title: str,
    publisher: str,
    article_date: Any,
    url: str | None,
    rules_only: bool,
) -> None:
    """Extract ARTICLE and write its findings into the live store, in a graph of its own.

    The graph (graph/extracted/DOC-ID) is replaced when the article is ingested again;
    curated facts are never touched. The next 'kg build' starts again from the sources:
    to keep articles, build with --source articles:DIR.
    """
    from kg import iris
    from kg.errors import SourceError
    from loaders.articles import read_article
    from loaders.articles.ingest import ingest_update
    from loaders.articles.rdf import ArticleMeta

    if not iris.is_slug(doc_id):
        raise click.BadParameter("use lower-case words joined by -", param_hint="--doc-id")
    settings = load_settings(store=store)
    text = read_article(article)
    if text.note:
        _progress(f"note: {text.note}")
    meta = ArticleMeta(doc_id, title, publisher, article_date.date(), url)
    release = live_release(settings.store)
    if release is None:
        open_live(settings.store)  # raises the usual "run kg build first"
        return
    with build_lock(settings.store):
        db = Store(str(release / DATABASE))
        try:
            ours = f"{meta.graph}, {DERIVED_GRAPH}, {META_GRAPH}"
            clash = db.query(
                f"ASK {{ GRAPH ?g {{ {meta.document} ?p ?o }} FILTER(?g NOT IN ({ours})) }}"
            )
            if clash:
                raise SourceError(
                    article, None, f"document id {doc_id!r} is described by another source"
                )
            update, count = ingest_update(db, meta, text.text, str(article), rules_only=rules_only)
            db.update(update)
            materialise(db)
            db.flush()
        finally:
            del db
    _progress(f"{meta.graph.value}: {count} quads from {article}")


def _print_counts(pairs: Any, title: str) -> None:
    click.secho(title, bold=True)
    for name, count in pairs:
        click.echo(f"  {count:>9}  {results.short(_maybe_iri(name))}")


def _maybe_iri(text: str) -> NamedNode:
    return NamedNode(text)


def main(argv: list[str] | None = None) -> int:
    """Run the CLI on ``argv``; project errors become a message and status 1."""
    try:
        cli.main(args=argv, prog_name="kg", standalone_mode=False)
    except click.exceptions.Abort:
        click.echo("aborted", err=True)
        return 130
    except click.ClickException as error:
        error.show()
        return error.exit_code
    except click.exceptions.Exit as error:
        return error.exit_code
    except KGError as error:
        click.secho(f"error: {error}", err=True, fg="red")
        return 1
    return 0


def run() -> None:
    """Console-script entry point."""
    sys.exit(main())
