"""The synthetic Förderkatalog generator: deterministic, and every row loads."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

from kg.ontology import ontology_store
from loaders.base import LoadContext
from loaders.foerderkatalog import FoerderkatalogLoader

GENERATOR = Path(__file__).parent.parent / "bench" / "foerderkatalog_gen.py"


def generator() -> ModuleType:
    """``bench/foerderkatalog_gen.py`` as a module (``bench/`` is scripts, not a package)."""
    spec = importlib.util.spec_from_file_location("foerderkatalog_gen", GENERATOR)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_same_seed_same_bytes_and_every_row_loads(tmp_path: Path) -> None:
    gen = generator()
    first, second, other = tmp_path / "a.csv", tmp_path / "b.csv", tmp_path / "c.csv"
    gen.generate(300, first, seed=7)
    gen.generate(300, second, seed=7)
    gen.generate(300, other, seed=8)
    assert first.read_bytes() == second.read_bytes()
    assert first.read_bytes() != other.read_bytes()
    first.read_bytes().decode("iso-8859-15")  # the export's encoding
    warnings: list[str] = []
    context = LoadContext(ontology=ontology_store(), warn=warnings.append, strict=True)
    quads = [q for load in FoerderkatalogLoader().load(first, context=context) for q in load.quads]
    assert warnings[-1].endswith(": 300 grants")
    funders = {q.object.value for q in quads if q.predicate.value.endswith("#funder")}
    assert "https://w3id.org/digikom/id/org/bmbf" in funders
    assert len(funders) > 3  # several ministries, skewed but not one
    joint = [q for q in quads if q.predicate.value.endswith("#partOf")]
    assert joint  # some grants belong to joint projects
