"""``pip install .`` (not editable) gives a working ``kg``: resources travel in the wheel."""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).parent.parent

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--quiet", "-w", str(out), str(ROOT)],
        check=True,
    )
    return next(out.glob("digikom_kg-*.whl"))


def test_wheel_carries_ontology_queries_and_data(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    assert "kg/_bundle/ontology/digikom.ttl" in names
    assert "kg/_bundle/ontology/shapes.ttl" in names
    assert "kg/_bundle/queries/funding.rq" in names
    assert "kg/_bundle/data/curated/entities.yaml" in names


def test_installed_kg_builds_and_answers_outside_the_checkout(wheel: Path, tmp_path: Path) -> None:
    target = tmp_path / "site"
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "install",
            "--no-deps",
            "--quiet",
            "--target",
            str(target),
            str(wheel),
        ],
        check=True,
    )
    env = {**os.environ, "PYTHONPATH": str(target), "KG_STORE": str(tmp_path / "store")}
    elsewhere = tmp_path / "cwd"
    elsewhere.mkdir()

    def kg(*args: str) -> str:
        return subprocess.run(
            [sys.executable, "-m", "kg", *args],
            cwd=elsewhere,
            env=env,
            capture_output=True,
            text=True,
            check=True,
        ).stdout

    where = subprocess.run(
        [
            sys.executable,
            "-c",
            "import kg, kg.resources; print(kg.__file__); print(kg.resources.queries_dir())",
        ],
        cwd=elsewhere,
        env=env,
        capture_output=True,
        text=True,
        check=True,
    ).stdout.split()
    assert all(line.startswith(str(target)) for line in where)
    kg("build")
    assert "Land Baden-Württemberg" in kg("query", "funding-totals", "-f", "csv")
