"""Every canned query runs, and answers the competency questions as the sources state them."""

from __future__ import annotations

from pathlib import Path

import pytest
from pyoxigraph import QuerySolutions, Store

from kg.build import Source, build
from kg.canned import Catalogue
from kg.params import bind
from kg.query import run
from kg.settings import Settings
from kg.store import open_live
from tests.conftest import FIXTURES, settings_for

CATALOGUE = Catalogue()
ID = "https://w3id.org/digikom/id/"
LOTSEN_DOC = ID + "doc/kommunale-digitallotsen-bw"
REVIEW_DOC = ID + "doc/gemeindetag-jahresrueckblick-digitalisierung-2019"
DIGITALTAG_DOC = ID + "doc/digitaltag-2022-impulse-digitale-kommune"


def ask(store: Store, name: str, **params: str) -> list[dict[str, str]]:
    """Rows of a canned query as plain strings (missing values left out)."""
    rows = run(store, bind(CATALOGUE.get(name), params, store))
    assert isinstance(rows, QuerySolutions)
    names = [v.value for v in rows.variables]
    return [{n: row[n].value for n in names if row[n] is not None} for row in rows]


def test_there_are_queries_for_every_competency_question() -> None:
    assert set(CATALOGUE.queries) >= {
        "funding",
        "funding-totals",
        "initiatives-under",
        "involvement",
        "person-roles",
        "companies",
        "timeline",
        "actor-profile",
        "conflicts",
        "mentions",
    }


@pytest.mark.parametrize("name", sorted(CATALOGUE.queries))
def test_every_query_runs_with_its_example(store: Store, name: str) -> None:
    query = CATALOGUE.get(name)
    assert query.header.title
    assert query.header.description
    rows = ask(store, name, **query.example())
    if name != "conflicts":  # the bundled sources agree with each other
        assert rows, f"{name} with its example returns nothing"


FACT_QUERIES = sorted(set(CATALOGUE.queries) - {"find"})  # find lists entities, not facts


@pytest.mark.parametrize("name", FACT_QUERIES)
def test_every_fact_row_carries_its_source(store: Store, name: str) -> None:
    rows = ask(store, name, **CATALOGUE.get(name).example())
    source_columns = {"source", "source1", "sourceDocuments"}
    for row in rows:
        assert source_columns & set(row), f"{name} row without a source: {row}"


def test_who_funds_the_digitallotsen_and_with_which_bound(store: Store) -> None:
    rows = ask(store, "funding", funded="Kommunale Digitallotsen")
    assert len(rows) == 1
    row = rows[0]
    assert row["funder"] == ID + "org/land-bw"
    assert (row["min"], row["qualifier"], row["scope"]) == ("800000", "more_than", "total")
    assert "value" not in row
    assert "max" not in row
    assert row["stated"] == "mehr als 800.000 Euro"
    assert row["source"] == LOTSEN_DOC


def test_totals_count_each_euro_once_with_honest_bounds(store: Store) -> None:
    totals = {row["funder"]: row for row in ask(store, "funding-totals")}
    land = totals[ID + "org/land-bw"]
    # > 3 bn for digital@bw (the ~1.7 bn broadband sum is part of it) + > 800,000 Digitallotsen
    assert land["lowerBound"] == "3000800000"
    assert land["upperOpen"] == "true"
    assert "upperBound" not in land
    assert land["statements"] == "2"
    bund = totals[ID + "org/bund"]
    assert bund["lowerBound"] == bund["upperBound"] == "1600000000"


def test_programmes_under_a_lighthouse_project_transitively(store: Store) -> None:
    rows = ask(store, "initiatives-under", whole="Digitalisierungsakademie@bw")
    found = {row["initiative"]: row["direct"] for row in rows}
    assert found == {
        ID + "initiative/kommunale-digitallotsen": "true",
        ID + "initiative/digitallotsen-netzwerkevent-2019": "false",
    }
    assert {row["source"] for row in rows} == {LOTSEN_DOC, REVIEW_DOC}


def test_broadband_expansion_is_under_digital_bw(store: Store) -> None:
    rows = ask(store, "initiatives-under", whole="digital@bw")
    assert [row["initiative"] for row in rows] == [ID + "initiative/ausbau-schnelles-internet-bw"]
    assert rows[0]["source"] == DIGITALTAG_DOC


def test_training_providers_of_the_digitallotsen(store: Store) -> None:
    rows = ask(store, "involvement", initiative="Kommunale Digitallotsen", role="training_provider")
    assert {row["agent"] for row in rows} == {
        ID + "org/verwaltungsschule-gemeindetag-bw",
        ID + "org/vwa-bw",
    }


def test_how_many_municipalities_won_the_2019_call(store: Store) -> None:
    rows = ask(
        store,
        "involvement",
        initiative=ID + "initiative/future-communities-foerderaufruf-2019",
        role="winner",
    )
    assert [(row["count"], row["countQualifier"]) for row in rows] == [("29", "exact")]
    assert "agent" not in rows[0]
    assert rows[0]["source"] == REVIEW_DOC


def test_roles_of_roger_kehle(store: Store) -> None:
    rows = ask(store, "person-roles", person="Roger Kehle")
    assert {(row["role"], row["organisation"]) for row in rows} == {
        ("president", ID + "org/gemeindetag-bw"),
        ("chief_executive", ID + "org/gemeindetag-bw"),
    }
    assert {row["source"] for row in rows} == {LOTSEN_DOC}


def test_thomas_strobl_held_two_roles_in_2022(store: Store) -> None:
    rows = ask(store, "person-roles", person="Thomas Strobl")
    assert {(row["role"], row["organisation"]) for row in rows} == {
        ("deputy_minister_president", ID + "org/land-bw"),
        ("minister", ID + "org/innenministerium-bw"),
    }
    assert {row["statedOn"] for row in rows} == {"2022"}


def test_startups_that_worked_with_the_gemeindetag(store: Store) -> None:
    rows = ask(store, "companies", kind="startup")
    startups = {row["companyLabel"] for row in rows}
    assert startups == {"Polyteia", "MVMANT", "FAMIGO", "Baupilot", "Smoope"}
    topics = {row["companyLabel"]: row["topic"] for row in rows}
    assert topics["Baupilot"] == "digitale Bauplatzvergabe"


def test_timeline_of_2019_in_date_order(store: Store) -> None:
    rows = ask(store, "timeline", from_year="2019", to_year="2019")
    whens = [row["when"] for row in rows]
    assert whens == sorted(whens)
    assert all(when.startswith("2019") for when in whens)
    agreement = [r for r in rows if r["subject"] == ID + "initiative/e-government-vereinbarung-bw"]
    assert {(r["when"], r["what"]) for r in agreement} >= {("2019-02", "concluded")}


def test_actor_profile_by_name_and_by_ags(store: Store) -> None:
    rows = ask(store, "actor-profile", actor="Gemeindetag Baden-Württemberg")
    kinds = {row["type"] for row in rows}
    assert {"Membership", "Involvement"} <= kinds
    assert any(row.get("other") == ID + "person/roger-kehle" for row in rows)
    munich = ask(store, "actor-profile", actor="09162000")
    assert munich
    assert all(row["source"] == LOTSEN_DOC for row in munich)


def test_sources_mentioning_the_digitallotsen(store: Store) -> None:
    rows = ask(store, "mentions", entity="Kommunale Digitallotsen")
    assert {row["source"] for row in rows} == {LOTSEN_DOC, REVIEW_DOC}


def test_counts_keep_targets_apart_from_achievements(store: Store) -> None:
    rows = ask(store, "counts", subject="Kommunale Digitallotsen")
    by_count = {row["count"]: row for row in rows}
    assert by_count["580"]["target"] == "false"
    assert by_count["1600"]["target"] == "true"
    assert by_count["1600"]["qualifier"] == "approximately"


def test_find_ranks_exact_names_first(store: Store) -> None:
    rows = ask(store, "find", text="Gemeindetag")
    assert rows[0]["entity"] == ID + "org/gemeindetag-bw"
    assert len(rows) > 3


def test_bundled_sources_do_not_conflict(store: Store) -> None:
    assert ask(store, "conflicts") == []


@pytest.fixture(scope="module")
def with_conflict(tmp_path_factory: pytest.TempPathFactory) -> Settings:
    settings = settings_for(tmp_path_factory.mktemp("conflict") / "store")
    build(settings, [Source.parse(f"rdf:{FIXTURES / 'rdf' / 'conflicting-amount.ttl'}")])
    return settings


@pytest.mark.slow
def test_conflicting_amounts_are_found(with_conflict: Settings) -> None:
    rows = ask(open_live(with_conflict.store), "conflicts")
    assert sorted(row["kind"] for row in rows) == ["count", "funding amount"]
    for row in rows:
        assert row["about"] == ID + "initiative/kommunale-digitallotsen"
    amount = next(row for row in rows if row["kind"] == "funding amount")
    assert {amount["stated1"], amount["stated2"]} == {"750.000 Euro", "mehr als 800.000 Euro"}
    assert {amount["source1"], amount["source2"]} == {ID + "doc/test-conflict", LOTSEN_DOC}
    count = next(row for row in rows if row["kind"] == "count")
    assert {count["stated1"], count["stated2"]} == {
        "600 Beschäftigte",
        "580 Verwaltungsmitarbeiterinnen und -mitarbeiter",
    }


@pytest.mark.slow
def test_totals_take_the_strongest_bound_of_agreeing_statements(with_conflict: Settings) -> None:
    totals = {r["funder"]: r for r in ask(open_live(with_conflict.store), "funding-totals")}
    land = totals[ID + "org/land-bw"]
    # the exact 750,000 and the "more than 800,000" describe one funding: counted once,
    # lower bound the larger of the two, upper bound closed by the exact statement
    assert land["lowerBound"] == "3000800000"
    assert land["statements"] == "3"


@pytest.fixture(scope="module")
def with_catalogue(tmp_path_factory: pytest.TempPathFactory) -> Settings:
    settings = settings_for(tmp_path_factory.mktemp("catalogue") / "store")
    catalogue = FIXTURES / "tabular" / "foerderkatalog-latin.csv"
    build(settings, [Source.parse(f"foerderkatalog:{catalogue}")])
    return settings


@pytest.mark.slow
def test_totals_name_each_source_document_once(with_catalogue: Settings) -> None:
    # the ministry's two grants (1,234,567.89 and 250,000 euros) come from one export
    (bmbf,) = ask(open_live(with_catalogue.store), "funding-totals", funder="BMBF")
    assert (bmbf["lowerBound"], bmbf["upperBound"]) == ("1484567.89", "1484567.89")
    assert bmbf["statements"] == "2"
    assert bmbf["sourceDocuments"] == ID + "doc/foerderkatalog-foerderkatalog-latin"


def test_query_files_are_documented_in_the_readme() -> None:
    readme = (Path(__file__).parent.parent / "README.md").read_text()
    missing = [name for name in CATALOGUE.queries if f"`{name}`" not in readme]
    assert not missing, f"README does not list the canned queries {missing}"
