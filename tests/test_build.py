"""kg build: validated, reproducible, skipped when unchanged, atomic when it fails."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from pyoxigraph import QuerySolutions

from kg.build import Source, build
from kg.errors import SourceError, ValidationFailed
from kg.settings import Settings
from kg.store import live_manifest, open_live, releases_dir
from tests.conftest import FIXTURES, quads_of, settings_for

pytestmark = pytest.mark.slow

COUNT = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"


def triples(settings: Settings) -> int:
    rows = open_live(settings.store).query(COUNT)
    assert isinstance(rows, QuerySolutions)
    return int(next(iter(rows))["n"].value)


def test_build_publishes_a_release_with_a_manifest(built: Settings) -> None:
    manifest = live_manifest(built.store)
    assert manifest is not None
    assert built.store.is_symlink()
    assert manifest.graphs["https://w3id.org/digikom/graph/ontology"] > 500
    assert manifest.graphs["https://w3id.org/digikom/graph/derived"] > 100
    assert sum(manifest.graphs.values()) == triples(built)


def test_unchanged_build_is_skipped_and_force_rebuilds(tmp_path: Path) -> None:
    settings = settings_for(tmp_path / "store")
    first = build(settings)
    again = build(settings)
    assert not first.skipped
    assert again.skipped
    assert again.manifest.release == first.manifest.release
    forced = build(settings, force=True)
    assert not forced.skipped
    assert forced.manifest.release != first.manifest.release


def test_rebuild_gives_identical_quads(built: Settings, tmp_path: Path) -> None:
    other = settings_for(tmp_path / "store")
    build(other)
    assert quads_of(open_live(other.store)) == quads_of(open_live(built.store))


def test_extra_rdf_source_gets_its_own_graph_and_provenance(tmp_path: Path) -> None:
    settings = settings_for(tmp_path / "store")
    build(settings, [Source.parse(f"rdf:{FIXTURES / 'rdf' / 'extra.ttl'}")])
    rows = open_live(settings.store).query(
        """SELECT ?name WHERE {
             GRAPH <https://w3id.org/digikom/graph/meta> {
               <https://w3id.org/digikom/graph/rdf/extra-ttl> prov:wasGeneratedBy ?load .
               ?load prov:wasAssociatedWith <https://w3id.org/digikom/id/loader/rdf> ;
                     prov:used/dk:fileName ?name } }""",
        prefixes={"prov": "http://www.w3.org/ns/prov#", "dk": "https://w3id.org/digikom/ontology#"},
    )
    assert isinstance(rows, QuerySolutions)
    names = [Path(row["name"].value).resolve() for row in rows]
    assert names == [(FIXTURES / "rdf" / "extra.ttl").resolve()]


def test_failed_build_leaves_the_previous_store_answering(tmp_path: Path) -> None:
    settings = settings_for(tmp_path / "store")
    build(settings)
    before = quads_of(open_live(settings.store))
    release = live_manifest(settings.store)
    with pytest.raises(SourceError):
        build(settings, [Source.parse(f"rdf:{FIXTURES / 'rdf' / 'broken.nt'}")])
    assert live_manifest(settings.store) == release
    assert quads_of(open_live(settings.store)) == before
    assert not list(releases_dir(settings.store).glob(".build-*"))


def test_shacl_violation_fails_the_build_with_a_readable_report(tmp_path: Path) -> None:
    bad = tmp_path / "bad.ttl"
    bad.write_text(
        "@prefix dk: <https://w3id.org/digikom/ontology#> .\n"
        "@prefix schema: <https://schema.org/> .\n"
        "<https://w3id.org/digikom/id/amount/x> a dk:MonetaryAmount ;\n"
        '  schema:value 5 ; schema:minValue 3 ; schema:currency "euro" .\n'
    )
    settings = settings_for(tmp_path / "store")
    with pytest.raises(ValidationFailed) as caught:
        build(settings, [Source.parse(f"rdf:{bad}")])
    report = caught.value.report
    assert "https://w3id.org/digikom/id/amount/x" in report
    assert "bad.ttl" in report
    assert live_manifest(settings.store) is None


def test_interrupted_build_leaves_the_previous_store_answering(tmp_path: Path) -> None:
    settings = settings_for(tmp_path / "store")
    build(settings)
    before = quads_of(open_live(settings.store))
    big = tmp_path / "big.nt"
    with big.open("w") as out:
        for i in range(400_000):
            out.write(f'<https://example.org/s{i}> <https://example.org/p> "{i}" .\n')
    env = {**os.environ, "KG_STORE": str(settings.store)}
    process = subprocess.Popen(
        [sys.executable, "-m", "kg", "build", "--source", f"rdf:{big}"],
        env=env,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert process.stderr is not None
    for line in process.stderr:  # wait until the big source is being loaded
        if "big.nt" in line:
            break
    time.sleep(0.5)
    process.send_signal(signal.SIGKILL)
    process.wait()
    process.stderr.close()
    assert process.returncode == -signal.SIGKILL
    assert quads_of(open_live(settings.store)) == before
    build(settings, [Source.parse(f"rdf:{FIXTURES / 'rdf' / 'extra.ttl'}")])
    assert not list(releases_dir(settings.store).glob(".build-*"))


def test_a_second_concurrent_build_is_refused(tmp_path: Path) -> None:
    from kg.errors import StoreError
    from kg.store import build_lock

    settings = settings_for(tmp_path / "store")
    with build_lock(settings.store), pytest.raises(StoreError, match="another build"):
        build(settings)
