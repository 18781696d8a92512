"""Shapes of funding blind round 33 phrased in ways the rules did not read, on made-up
sentences (no article's names or wording): each test stands for one rule of the extractor
and fails without it."""

from __future__ import annotations

from loaders.articles import Gazetteer
from tests.articles.conftest import funds


def test_a_sum_promised_to_each_of_a_counted_plural(gazetteer: Gazetteer) -> None:
    text = (
        "Der Vogelsbergkreis, der Main-Kinzig-Kreis und der Landkreis Fulda bauen die "
        "„Kreiscloud“. Für die Pilotphase hat das Hessische Ministerium für Digitalisierung "
        "jedem der drei Kreise bis zu 350.000 Euro zugesagt."
    )
    found = funds(text, gazetteer)
    counties = ("Vogelsbergkreis", "Main-Kinzig-Kreis", "Landkreis Fulda")
    assert {("Hessische Ministerium für Digitalisierung", c) for c in counties} <= found


def test_money_put_into_a_project(gazetteer: Gazetteer) -> None:
    text = (
        "Der Rhein-Lahn-Kreis plant seinen Haushalt. 1,9 Millionen Euro steckt der Kreis 2027 "
        "in das Projekt „E-Akte RLK“."
    )
    assert ("Rhein-Lahn-Kreis", "E-Akte RLK") in funds(text, gazetteer)


def test_a_work_paid_with_a_loan_of_a_bank(gazetteer: Gazetteer) -> None:
    text = (
        "Der Rhein-Lahn-Kreis plant seinen Haushalt. Den Glasfaseranschluss der Schulen "
        "finanziert der Kreis mit einem Darlehen der Investitions- und Strukturbank "
        "Rheinland-Pfalz über 2,5 Millionen Euro."
    )
    found = funds(text, gazetteer)
    assert ("Investitions- und Strukturbank Rheinland-Pfalz", "Rhein-Lahn-Kreis") in found


def test_shares_of_a_whole_listed_after_davon(gazetteer: Gazetteer) -> None:
    text = (
        "Die Stadt Eging, die Stadt Aidenbach und die Gemeinde Haarbach starten das Projekt "
        "„Friedhof digital“. Das Projekt kostet 300.000 Euro. Davon trägt die Stadt Eging "
        "120.000 Euro und die Stadt Aidenbach 95.000 Euro."
    )
    found = funds(text, gazetteer)
    assert {("Stadt Eging", "Friedhof digital"), ("Stadt Aidenbach", "Friedhof digital")} <= found
    assert ("Stadt Eging", "Stadt Aidenbach") not in found


def test_a_body_providing_money_named_again_by_its_noun(gazetteer: Gazetteer) -> None:
    text = (
        "Der Landkreis Cochem-Zell plant seinen Haushalt. Für das Projekt „Bürgerbüro digital“ "
        "stellt der Kreis weitere 600.000 Euro bereit."
    )
    assert ("Landkreis Cochem-Zell", "Bürgerbüro digital") in funds(text, gazetteer)


def test_a_town_named_again_in_the_dative_does_not_provide(gazetteer: Gazetteer) -> None:
    text = (
        "Die Stadt Cochem und das Land Rheinland-Pfalz bauen das Portal „Mosel digital“. "
        "Für das Portal stellt der Stadt das Land Rheinland-Pfalz 90.000 Euro bereit."
    )
    assert not any(giver == "Stadt Cochem" for giver, _ in funds(text, gazetteer))
