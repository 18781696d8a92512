"""Every canned query in plain SPARQL 1.1 (``LATERAL`` rewritten) gives the same rows.

Servers other than Oxigraph do not know ``LATERAL``; the remote store sends them the
rewritten text, so the two forms must agree, here on the bundled graph and on a graph
with the tabular fixtures.
"""

from __future__ import annotations

from collections import Counter

import pytest
from pyoxigraph import QuerySolutions, Store

from kg.build import Source, build
from kg.canned import Catalogue, without_lateral
from kg.params import bind
from kg.query import run
from kg.store import open_live
from tests.conftest import FIXTURES, settings_for

CATALOGUE = Catalogue()
TABULAR = FIXTURES / "tabular"


@pytest.fixture(scope="module")
def with_tables(tmp_path_factory: pytest.TempPathFactory) -> Store:
    settings = settings_for(tmp_path_factory.mktemp("tables") / "store")
    build(
        settings,
        [
            Source("gemeindeverzeichnis", TABULAR / "gv100ad-sample.txt"),
            Source("foerderkatalog", TABULAR / "foerderkatalog-new.csv"),
            Source("360giving", TABULAR / "grants-360.csv"),
            Source("rdf", FIXTURES / "rdf" / "conflicting-amount.ttl"),
        ],
        validate=False,
    )
    return open_live(settings.store)


def rows(store: Store, text: str) -> Counter[tuple[str, ...]]:
    result = run(store, text)
    assert isinstance(result, QuerySolutions)
    width = len(result.variables)
    return Counter(tuple(str(row[i]) for i in range(width)) for row in result)


@pytest.mark.parametrize("name", sorted(CATALOGUE.queries))
def test_same_rows_without_lateral(name: str, store: Store, with_tables: Store) -> None:
    query = CATALOGUE.get(name)
    example = {p.name: str(p.example) for p in query.header.parameters if p.example is not None}
    for graph in (store, with_tables):
        text = bind(query, example, graph)
        plain = without_lateral(text)
        assert "LATERAL" not in _code(plain).upper()
        assert rows(graph, plain) == rows(graph, text), name
    if name == "conflicts":  # not only an agreement on no rows
        assert sum(rows(with_tables, bind(query, example, with_tables)).values()) == 2


def _code(text: str) -> str:
    """The query without its comments."""
    return "\n".join(line.split("#", 1)[0] for line in text.splitlines())


def test_some_canned_queries_use_lateral() -> None:
    assert sum("LATERAL" in _code(q.text) for q in CATALOGUE.queries.values()) >= 5
