"""The benchmark's data generator stays deterministic and in our ontology (no timings here)."""

from __future__ import annotations

import importlib.util
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest
from pyoxigraph import NamedNode, RdfFormat, Store, parse

from kg import resources
from kg.build import Source, check_sources
from kg.vocab import CODE_NS, DK_NS, OWL_NS, RDF, SKOS
from tests.conftest import settings_for

GENERATOR = Path(__file__).parent.parent / "bench" / "generate.py"
# The registry alone is about 9,400 triples: this adds a few grants, and no more, because
# SHACL validation takes about 0.1 s per grant.
TRIPLES = 9_500


@pytest.fixture(scope="module")
def generator() -> Iterator[ModuleType]:
    """``bench/generate.py`` as a module (``bench/`` is scripts, not a package)."""
    spec = importlib.util.spec_from_file_location("bench_generate", GENERATOR)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look their module up
    try:
        spec.loader.exec_module(module)
        yield module
    finally:
        del sys.modules[spec.name]


@pytest.fixture(scope="module")
def generated(generator: ModuleType, tmp_path_factory: pytest.TempPathFactory) -> Path:
    output = tmp_path_factory.mktemp("bench") / "synthetic.nq"
    stats = generator.generate(output, TRIPLES, progress=False)
    assert stats.triples >= TRIPLES
    assert stats.grants > 0
    return output


def test_generator_is_deterministic_and_follows_the_seed(
    generator: ModuleType, generated: Path, tmp_path: Path
) -> None:
    generate = generator.generate
    generate(tmp_path / "again.nq", TRIPLES, progress=False)
    generate(tmp_path / "other.nq", TRIPLES, seed=7, progress=False)
    assert (tmp_path / "again.nq").read_bytes() == generated.read_bytes()
    assert (tmp_path / "other.nq").read_bytes() != generated.read_bytes()


def test_generated_terms_are_declared_in_the_ontology(generated: Path) -> None:
    ontology = Store()
    for path in resources.ontology_files():
        ontology.load(path=path, format=RdfFormat.TURTLE)
    kinds = [NamedNode(OWL_NS + k) for k in ("Class", "ObjectProperty", "DatatypeProperty")]
    quads = list(parse(path=generated, format=RdfFormat.N_QUADS))
    used = {q.predicate for q in quads} | {q.object for q in quads if q.predicate == RDF.type}
    undeclared = [
        term.value
        for term in used
        if term.value.startswith(DK_NS)
        and not any(ontology.quads_for_pattern(term, RDF.type, kind) for kind in kinds)
    ]
    assert undeclared == []
    codes = {
        q.object
        for q in quads
        if isinstance(q.object, NamedNode) and q.object.value.startswith(CODE_NS)
    }
    assert codes
    unknown = [
        c.value for c in codes if not any(ontology.quads_for_pattern(c, SKOS.notation, None))
    ]
    assert unknown == []


def test_generated_graph_passes_the_shapes(generated: Path, tmp_path: Path) -> None:
    check_sources(
        settings_for(tmp_path / "store"), [Source("rdf", generated)], report=lambda _: None
    )
