"""Canned-query parameters are bound as typed terms, never pasted into query text."""

from __future__ import annotations

import pytest
from pyoxigraph import Literal, NamedNode, QuerySolutions, Store

from kg.canned import Catalogue, Parameter
from kg.errors import ParameterError
from kg.params import bind, to_term, with_values
from kg.query import run

CATALOGUE = Catalogue()


def param(kind: str) -> Parameter:
    return Parameter(name="x", type=kind, description="test")  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("kind", "raw", "expected"),
    [
        ("integer", "42", '"42"^^<http://www.w3.org/2001/XMLSchema#integer>'),
        ("decimal", "1.50", '"1.50"^^<http://www.w3.org/2001/XMLSchema#decimal>'),
        ("date", "2019-10-10", '"2019-10-10"^^<http://www.w3.org/2001/XMLSchema#date>'),
        ("year", "2019", '"2019"^^<http://www.w3.org/2001/XMLSchema#integer>'),
        ("string", 'a" } ; DROP ALL #', '"a\\" } ; DROP ALL #"'),
        ("iri", "id:org/x", "<https://w3id.org/digikom/id/org/x>"),
    ],
)
def test_values_become_typed_terms(kind: str, raw: str, expected: str) -> None:
    assert str(to_term(param(kind), raw)) == expected


@pytest.mark.parametrize(
    ("kind", "raw"),
    [
        ("integer", "4x"),
        ("integer", "1.5"),
        ("decimal", "abc"),
        ("date", "2019-13-01"),
        ("year", "19"),
        ("iri", "not an iri"),
        ("iri", "https://exa mple.org/"),
    ],
)
def test_ill_typed_values_are_rejected_before_running(kind: str, raw: str) -> None:
    with pytest.raises(ParameterError, match=f"is not a valid {kind}"):
        to_term(param(kind), raw)


def test_injection_attempt_stays_a_literal() -> None:
    store = Store()
    text = with_values("SELECT ?text WHERE { }", {"text": Literal('x" } . ?s ?p ?o { "')})
    rows = run(store, text)
    assert isinstance(rows, QuerySolutions)
    assert [row["text"] for row in rows] == [Literal('x" } . ?s ?p ?o { "')]


def test_unknown_parameter_is_rejected(store: Store) -> None:
    with pytest.raises(ParameterError, match=r"unknown parameter.*colour"):
        bind(CATALOGUE.get("funding"), {"colour": "red"}, store)


def test_missing_required_parameter_is_rejected(store: Store) -> None:
    with pytest.raises(ParameterError, match="needs the parameter 'actor'"):
        bind(CATALOGUE.get("actor-profile"), {}, store)


def test_iri_of_the_wrong_class_is_rejected(store: Store) -> None:
    with pytest.raises(ParameterError, match="is not a dk:Actor"):
        bind(
            CATALOGUE.get("actor-profile"),
            {"actor": "https://w3id.org/digikom/id/initiative/kommunale-digitallotsen"},
            store,
        )


def test_names_acronyms_and_ags_resolve_to_iris(store: Store) -> None:
    query = CATALOGUE.get("actor-profile")
    for name in ("Gemeindetag Baden-Württemberg", "gemeindetag baden-württemberg"):
        assert "<https://w3id.org/digikom/id/org/gemeindetag-bw>" in bind(
            query, {"actor": name}, store
        )
    assert "<https://w3id.org/digikom/id/org/landeshauptstadt-muenchen>" in bind(
        query, {"actor": "09162000"}, store
    )


def test_unknown_name_says_how_to_find_one(store: Store) -> None:
    with pytest.raises(ParameterError, match="kg query find"):
        bind(CATALOGUE.get("actor-profile"), {"actor": "Nobody at all"}, store)


def test_values_row_goes_into_the_outermost_where_group() -> None:
    text = with_values(
        "SELECT * # WHERE { in a comment\nWHERE { ?s <urn:where{> ?o }",
        {"s": NamedNode("urn:x")},
    )
    assert text.index("VALUES (?s) { (<urn:x>) }") > text.index("WHERE {")
    assert "# WHERE { in a comment\n" in text
