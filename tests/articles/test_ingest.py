"""Findings as RDF: ``kg build --source articles:DIR`` and ``kg ingest`` into a live store."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner
from pyoxigraph import Literal, NamedNode, Quad, QuerySolutions, Store

from kg.build import Source, build, check_sources
from kg.cli import cli
from kg.errors import SourceError
from kg.ontology import ontology_store
from kg.store import open_live
from kg.vocab import DK, OA, RDFS
from loaders.articles.loader import ArticlesLoader
from loaders.articles.rdf import TA_CONFIDENCE, WAS_ATTRIBUTED_TO
from loaders.base import LoadContext
from tests.articles.conftest import FIXTURES
from tests.conftest import settings_for

EXTRACTED = "https://w3id.org/digikom/graph/extracted/"
BAYERN = NamedNode("https://w3id.org/digikom/id/org/freistaat-bayern")


@pytest.fixture(scope="module")
def loaded() -> dict[str, list[Quad]]:
    context = LoadContext(ontology=ontology_store(), root=FIXTURES)
    return {
        load.graph.value: list(load.quads)
        for load in ArticlesLoader().load(FIXTURES, context=context)
    }


def test_one_graph_per_article(loaded: dict[str, list[Quad]]) -> None:
    names = {path.stem for path in FIXTURES.glob("*.txt")}
    assert len(names) == 625
    assert set(loaded) == {EXTRACTED + name for name in names}


def test_facts_are_marked_extracted_with_confidence_and_passage(
    loaded: dict[str, list[Quad]],
) -> None:
    quads = loaded[EXTRACTED + "bayern-digitalwerkstatt"]
    text = (FIXTURES / "bayern-digitalwerkstatt.txt").read_text(encoding="utf-8")
    store = Store()
    store.extend(quads)
    facts = {q.subject for q in store.quads_for_pattern(None, DK.source, None, None)}
    assert len(facts) >= 4
    for fact in facts:
        assert list(store.quads_for_pattern(fact, WAS_ATTRIBUTED_TO, None, None))
        [confidence] = store.quads_for_pattern(fact, TA_CONFIDENCE, None, None)
        assert isinstance(confidence.object, Literal)
        assert 0 < float(confidence.object.value) <= 1
    starts = [int(q.object.value) for q in quads if q.predicate == OA.start]
    ends = [int(q.object.value) for q in quads if q.predicate == OA.end]
    assert starts
    assert all(0 <= s < e <= len(text) for s, e in zip(starts, ends, strict=True))


def test_worker_processes_give_the_same_graphs_in_the_same_order(
    loaded: dict[str, list[Quad]],
) -> None:
    context = LoadContext(ontology=ontology_store(), root=FIXTURES, jobs=2)
    in_workers = [
        (load.graph.value, list(load.quads))
        for load in ArticlesLoader().load(FIXTURES, context=context)
    ]
    assert in_workers == list(loaded.items())


def test_known_entities_are_linked_not_described_again(loaded: dict[str, list[Quad]]) -> None:
    quads = loaded[EXTRACTED + "bayern-digitalwerkstatt"]
    assert any(q.predicate == DK.mentions and q.object == BAYERN for q in quads)
    curated = "https://w3id.org/digikom/id/org/"
    assert not [
        q for q in quads if q.subject.value.startswith(curated) and q.predicate == RDFS.label
    ]


def test_the_articles_source_passes_the_shapes(tmp_path: Path) -> None:
    check_sources(settings_for(tmp_path / "store"), [Source("articles", FIXTURES)], report=print)


def test_metadata_must_cover_every_article(tmp_path: Path) -> None:
    folder = tmp_path / "articles"
    folder.mkdir()
    shutil.copy(FIXTURES / "nrw-smarte-region.txt", folder)
    context = LoadContext(ontology=ontology_store(), root=tmp_path)
    with pytest.raises(SourceError, match=r"metadata\.yaml"):
        list(ArticlesLoader().load(folder, context=context))
    (folder / "metadata.yaml").write_text("other.txt: {title: T, publisher: P}\n", encoding="utf-8")
    with pytest.raises(SourceError, match=r"no metadata for nrw-smarte-region\.txt"):
        list(ArticlesLoader().load(folder, context=context))
    (folder / "metadata.yaml").write_text(
        "nrw-smarte-region.txt: {title: T, publisher: P, date: 5.9.2023}\n", encoding="utf-8"
    )
    with pytest.raises(SourceError, match="is not YYYY-MM-DD"):
        list(ArticlesLoader().load(folder, context=context))


def test_build_with_jobs_loads_an_article_folder(tmp_path: Path) -> None:
    folder = tmp_path / "articles"
    folder.mkdir()
    names = ["nrw-smarte-region.txt", "bayern-digitalwerkstatt.txt", "bayern-amtsweg-passau.txt"]
    for name in names:
        shutil.copy(FIXTURES / name, folder)
    (folder / "metadata.yaml").write_text(
        "".join(f"{name}: {{title: T, publisher: P, date: 2023-09-05}}\n" for name in names),
        encoding="utf-8",
    )
    store = tmp_path / "store"
    args = ["build", "--store", str(store), "--source", f"articles:{folder}", "--jobs", "2"]
    result = CliRunner().invoke(cli, args)
    assert result.exit_code == 0, result.output + str(result.exception or "")
    for name in names:
        assert triples(store, EXTRACTED + Path(name).stem) > 20


@pytest.fixture(scope="module")
def store_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("ingest") / "store"
    build(settings_for(path))
    return path


def ingest(store: Path, article: Path, doc_id: str) -> tuple[int, str]:
    args = ["ingest", "--store", str(store), str(article), "--doc-id", doc_id]
    args += ["--title", "Titel", "--publisher", "Habbel GmbH", "--date", "2023-09-05"]
    result = CliRunner().invoke(cli, args)
    return result.exit_code, result.output + str(result.exception or "")


def triples(store: Path, graph: str | None = None) -> int:
    where = "GRAPH ?g { ?s ?p ?o }" if graph is None else f"GRAPH <{graph}> {{ ?s ?p ?o }}"
    rows = open_live(store).query(f"SELECT (COUNT(*) AS ?n) WHERE {{ {where} }}")
    assert isinstance(rows, QuerySolutions)
    return int(next(iter(rows))["n"].value)


def test_ingest_writes_the_article_graph_and_replaces_it_on_reingest(store_dir: Path) -> None:
    article = FIXTURES / "nrw-smarte-region.txt"
    assert ingest(store_dir, article, "nrw-test")[0] == 0
    first = triples(store_dir, EXTRACTED + "nrw-test")
    assert first > 50
    assert ingest(store_dir, article, "nrw-test")[0] == 0
    assert triples(store_dir, EXTRACTED + "nrw-test") == first
    rows = open_live(store_dir).query(
        "ASK { GRAPH <https://w3id.org/digikom/graph/meta> { "
        f"<{EXTRACTED}nrw-test> <http://www.w3.org/ns/prov#wasGeneratedBy> ?load }} }}"
    )
    assert rows


def test_ingest_never_touches_a_curated_document(store_dir: Path) -> None:
    before = triples(store_dir)
    code, output = ingest(
        store_dir, FIXTURES / "nrw-smarte-region.txt", "kommunale-digitallotsen-bw"
    )
    assert code == 1
    assert "described by another source" in output
    assert triples(store_dir) == before


def test_ingest_of_a_binary_file_writes_nothing(store_dir: Path, tmp_path: Path) -> None:
    before = triples(store_dir)
    article = tmp_path / "broken.txt"
    article.write_bytes(b"PK\x03\x04\x00\x00")
    code, output = ingest(store_dir, article, "broken")
    assert code == 1
    assert "binary data" in output
    assert triples(store_dir) == before


def test_extract_can_take_its_names_from_a_built_store(store_dir: Path, tmp_path: Path) -> None:
    article = tmp_path / "a.txt"
    article.write_text("Der Landkreistag Baden-Württemberg tagte.", encoding="utf-8")
    result = CliRunner().invoke(cli, ["extract", str(article), "--store", str(store_dir)])
    assert result.exit_code == 0, result.output
    assert "https://w3id.org/digikom/id/org/landkreistag-bw" in result.stdout
