"""The command line, through click's runner and as a real process."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import click
import pytest
from click.testing import CliRunner

from kg.cli import cli, main
from kg.settings import Settings

COMMANDS = ["build", "validate", "query", "queries", "export", "stats", "sources"]


def invoke(*args: str) -> tuple[int, str, str]:
    """Run ``kg`` in-process as the console script does; return status, stdout, stderr."""
    result = CliRunner().invoke(_kg, list(args), catch_exceptions=False)
    return result.exit_code, result.stdout, result.stderr


@click.command(context_settings={"ignore_unknown_options": True, "help_option_names": []})
@click.argument("args", nargs=-1, type=click.UNPROCESSED)
def _kg(args: tuple[str, ...]) -> None:
    """``kg.cli.main`` wrapped so the runner captures its output and status."""
    sys.exit(main(list(args)))


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_has_help(command: str) -> None:
    result = CliRunner().invoke(cli, [command, "--help"])
    assert result.exit_code == 0
    assert "Usage: " in result.output


def test_query_prints_a_table_by_default(built: Settings) -> None:
    status, out, _ = invoke(
        "query", "person-roles", "-p", "person=Roger Kehle", "--store", str(built.store)
    )
    assert status == 0
    assert "Präsident und Hauptgeschäftsführer" in out
    assert "(2 rows)" in out


def test_query_writes_standard_formats(built: Settings) -> None:
    status, out, _ = invoke("query", "funding-totals", "-f", "json", "--store", str(built.store))
    assert status == 0
    assert json.loads(out)["head"]["vars"][0] == "funder"
    status, out, _ = invoke(
        "query", "CONSTRUCT WHERE { ?s a dk:Startup }", "-f", "turtle", "--store", str(built.store)
    )
    assert status == 0
    assert "@prefix dk:" in out
    assert "dk:Startup" in out


def test_malformed_query_reports_line_and_column(built: Settings) -> None:
    status, _, err = invoke("query", "SELECT * WHERE {\n  ?s ?p }", "--store", str(built.store))
    assert status == 1
    assert "SPARQL syntax error at line 2, column" in err


def test_unknown_canned_query_lists_the_known_ones(built: Settings) -> None:
    status, _, err = invoke("query", "fundings", "--store", str(built.store))
    assert status == 1
    assert "no canned query 'fundings'" in err
    assert "funding-totals" in err


def test_bad_parameter_is_reported(built: Settings) -> None:
    status, _, err = invoke(
        "query", "timeline", "-p", "from_year=twenty", "--store", str(built.store)
    )
    assert status == 1
    assert "'twenty' is not a valid year" in err


def test_missing_store_says_how_to_build_one(tmp_path: Path) -> None:
    status, _, err = invoke("stats", "--store", str(tmp_path / "nothing"))
    assert status == 1
    assert "run 'kg build' first" in err


def test_stats_and_export_agree(built: Settings, tmp_path: Path) -> None:
    status, out, _ = invoke("stats", "--store", str(built.store))
    assert status == 0
    assert "triples per graph" in out
    target = tmp_path / "dump.nq"
    status, _, _ = invoke("export", "-f", "nquads", "-o", str(target), "--store", str(built.store))
    assert status == 0
    lines = target.read_text().splitlines()
    manifest = json.loads((built.store.resolve() / "manifest.json").read_text())
    assert len(lines) == sum(manifest["graphs"].values())


def test_bad_source_spec_is_explained(tmp_path: Path) -> None:
    status, _, err = invoke("build", "--store", str(tmp_path / "s"), "--source", "nonsense")
    assert status == 1
    assert "write KIND:PATH" in err


def test_a_bad_setting_says_which_where_and_what_it_takes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    status, _, err = invoke("serve", "--store", str(tmp_path / "s"), "--worker-threads", "0")
    assert status == 1
    assert "worker_threads (--worker-threads or KG_WORKER_THREADS) is 0" in err
    assert "greater than or equal to 1" in err
    assert "Traceback" not in err
    status, _, err = invoke("build", "--store", str(tmp_path / "s"), "--jobs", "0")
    assert status == 1
    assert "jobs (--jobs or KG_JOBS) is 0" in err
    assert not (tmp_path / "s").exists()
    monkeypatch.setenv("KG_QUERY_TIMEOUT", "soon")
    status, _, err = invoke("serve", "--store", str(tmp_path / "s"))
    assert status == 1
    assert "query_timeout (KG_QUERY_TIMEOUT) is 'soon'" in err


def test_python_dash_m_kg_runs_as_a_process(built: Settings) -> None:
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "kg",
            "query",
            "counts",
            "-p",
            "subject=Kommunale Digitallotsen",
            "-f",
            "csv",
            "--store",
            str(built.store),
        ],
        capture_output=True,
        text=True,
        check=True,
    )
    assert "580" in result.stdout


def test_sources_lists_every_kind_with_its_description() -> None:
    status, out, _ = invoke("sources")
    assert status == 0
    kinds = [line.split()[0] for line in out.splitlines()]
    assert kinds == sorted(
        ["curated", "rdf", "foerderkatalog", "gemeindeverzeichnis", "360giving", "articles"]
    )
    assert "Förderkatalog" in out


def test_the_command_line_starts_without_the_article_loader_or_the_validator() -> None:
    # each takes a quarter to half a second to import: `kg --help` and a build without
    # articles or validation should not wait for them
    probe = "import sys, kg.cli; print(sorted({'loaders.articles', 'pyshacl'} & set(sys.modules)))"
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
