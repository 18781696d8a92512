"""Shapes of funding blind round 37 phrased in ways the rules did not read, on made-up
sentences (no article's names or wording): each test stands for one rule of the extractor
and fails without it, but for the guards, which say what the rules leave alone."""

from __future__ import annotations

from loaders.articles import Gazetteer
from tests.articles.conftest import funds


def test_a_prize_a_body_named_by_its_noun_endows(gazetteer: Gazetteer) -> None:
    text = (
        "Die Stadt Worms startet „Termin digital“. Der Städtetag Rheinland-Pfalz hat die Stadt "
        "mit seinem Preis „Rathaus der Zukunft“ geehrt, den der Verband mit 5.000 Euro dotiert."
    )
    assert ("Städtetag Rheinland-Pfalz", "Rathaus der Zukunft") in funds(text, gazetteer)


def test_a_prize_a_foundation_puts_out_and_endows(gazetteer: Gazetteer) -> None:
    text = (
        "Die Firma Kanalwerk GmbH wächst. Im Sommer gewann das Unternehmen den "
        "„Harzer Gründerpreis“, den die Stiftung Ostharz auslobt und mit 20.000 Euro ausstattet."
    )
    assert ("Stiftung Ostharz", "Harzer Gründerpreis") in funds(text, gazetteer)


def test_a_prize_a_body_only_puts_out_is_not_its_funding(gazetteer: Gazetteer) -> None:
    text = (
        "Die Stadt Worms gewann den mit 5.000 Euro dotierten Preis „Rathaus der Zukunft“, den "
        "der Städtetag Rheinland-Pfalz jedes Jahr auslobt."
    )
    assert ("Städtetag Rheinland-Pfalz", "Rathaus der Zukunft") not in funds(text, gazetteer)


def test_a_sponsor_named_after_its_verb(gazetteer: Gazetteer) -> None:
    text = (
        "Das Land fördert die „Verwaltungstage Nordhessen“. Als Sponsor unterstützte die "
        "Stadtwerke Fulda GmbH die Tagung mit 8.000 Euro."
    )
    found = funds(text, gazetteer)
    assert ("Stadtwerke Fulda GmbH", "Verwaltungstage Nordhessen") in found


def test_a_sponsor_paying_for_a_body_in_the_dative(gazetteer: Gazetteer) -> None:
    text = (
        "Der DRK-Kreisverband Rostock startet die App „Helferruf“. Als Sponsor finanziert die "
        "Stiftung Warnowblick dem Kreisverband 25 Übungspuppen im Wert von 9.000 Euro."
    )
    found = funds(text, gazetteer)
    assert ("Stiftung Warnowblick", "DRK-Kreisverband Rostock") in found


def test_a_company_that_has_given_a_county_equipment(gazetteer: Gazetteer) -> None:
    text = (
        "Die Heidewerk Energie AG hat dem Landkreis Celle 20 Funkgeräte im Wert von rund "
        "15.000 Euro gespendet."
    )
    found = funds(text, gazetteer)
    assert ("Heidewerk Energie AG", "Landkreis Celle") in found
    assert ("Landkreis Celle", "Heidewerk Energie AG") not in found


def test_a_notice_a_ministry_has_handed_to_a_county(gazetteer: Gazetteer) -> None:
    text = (
        "Der Landkreis Celle baut das Portal „Lage Celle“. Das Niedersächsische Ministerium für "
        "Inneres und Sport hat dem Landkreis Celle, der das Vorhaben leitet, am Montag einen "
        "Bescheid über 240.000 Euro übergeben."
    )
    found = funds(text, gazetteer)
    assert ("Niedersächsische Ministerium für Inneres und Sport", "Landkreis Celle") in found


def test_a_company_paid_as_der_firma(gazetteer: Gazetteer) -> None:
    text = (
        "Die Stadt Heide startet den „Parkplatzfinder Heide“. Die Anwendung baut die Küstencode "
        "UG. Die Stadt zahlt der Firma dafür 42.000 Euro."
    )
    assert ("Stadt Heide", "Küstencode UG") in funds(text, gazetteer)


def test_a_company_receiving_in_a_relative_clause(gazetteer: Gazetteer) -> None:
    text = (
        "Der Landkreis Celle baut das Portal „Lage Celle“. Die Software schreibt die Datenfeld "
        "GmbH aus Hannover, die dafür vom Landkreis Celle rund 90.000 Euro erhält."
    )
    assert ("Landkreis Celle", "Datenfeld GmbH") in funds(text, gazetteer)
