"""Shapes of funding blind round 35 phrased in ways the rules did not read, on made-up
sentences (no article's names or wording): each test stands for one rule of the extractor
and fails without it."""

from __future__ import annotations

from loaders.articles import Gazetteer
from tests.articles.conftest import funds


def test_each_one_of_a_kind_pays_its_own_share(gazetteer: Gazetteer) -> None:
    text = (
        "Die Stiftung Saaletal fördert das Projekt „Nachbarschaft online“. Die Städte Kahla "
        "und Orlamünde sowie die Gemeinden Uhlstädt und Reinstädt erhalten je 30.000 Euro. "
        "Jede Kommune bringt einen Eigenanteil von mindestens 4.000 Euro auf."
    )
    found = funds(text, gazetteer)
    towns = ("Stadt Kahla", "Stadt Orlamünde", "Gemeinde Uhlstädt", "Gemeinde Reinstädt")
    assert {(t, "Nachbarschaft online") for t in towns} <= found


def test_money_passed_on_in_a_relative_clause(gazetteer: Gazetteer) -> None:
    text = (
        "Die Stiftung Saaletal gibt 150.000 Euro für das Projekt „Nachbarschaft online“. Das "
        "Geld geht an den Saale-Holzland-Kreis, der davon je 25.000 Euro an die Städte Kahla "
        "und Stadtroda sowie an die Gemeinde Dornburg weiterreicht."
    )
    found = funds(text, gazetteer)
    assert ("Stiftung Saaletal", "Saale-Holzland-Kreis") in found
    for town in ("Stadt Kahla", "Stadt Stadtroda", "Gemeinde Dornburg"):
        assert ("Saale-Holzland-Kreis", town) in found
        assert ("Stiftung Saaletal", town) not in found


def test_a_body_paid_named_again_by_a_dative_pronoun(gazetteer: Gazetteer) -> None:
    text = (
        "Die Stadt Kahla führt das Projekt „Rathaus mobil“ ein. Die Thüringer "
        "Verwaltungsakademie bildet bis Mai zwölf Beschäftigte fort; die Stadt zahlt ihr "
        "dafür 9.800 Euro."
    )
    assert ("Stadt Kahla", "Thüringer Verwaltungsakademie") in funds(text, gazetteer)


def test_a_company_paid_named_again_by_a_dative_pronoun(gazetteer: Gazetteer) -> None:
    text = (
        "Die Stadt Kahla führt das Projekt „Rathaus mobil“ ein. Die Formulare hat die "
        "Formwerk Saale GmbH gestaltet, ein junges Jenaer Unternehmen. Das Unternehmen hat "
        "sie mit Bürgern erprobt; die Stadt zahlte ihm für den Auftrag 7.400 Euro."
    )
    assert ("Stadt Kahla", "Formwerk Saale GmbH") in funds(text, gazetteer)


def test_a_sum_given_for_the_whole_named_in_a_relative_clause(gazetteer: Gazetteer) -> None:
    text = (
        "Die Stiftung Saaletal hilft Dörfern. Die Förderlinie „Dorfpaten“ gehört zu ihrem "
        "Schwerpunkt „Dorf und Daten“, für den sie jährlich bis zu 400.000 Euro bereitstellt."
    )
    found = funds(text, gazetteer)
    assert ("Stiftung Saaletal", "Dorf und Daten") in found
    assert ("Stiftung Saaletal", "Dorfpaten") not in found


def test_a_prize_a_foundation_awards_and_funds(gazetteer: Gazetteer) -> None:
    text = (
        "Das Start-up Wegweiser aus Jena wächst. 2024 hatte das Unternehmen den mit 8.000 Euro "
        "dotierten „Innovationspreis Saale“ gewonnen, den die Stiftung Saaletal jedes Jahr "
        "vergibt und finanziert."
    )
    found = funds(text, gazetteer)
    assert ("Stiftung Saaletal", "Innovationspreis Saale") in found
    assert ("Stiftung Saaletal", "Wegweiser") not in found


def test_bodies_opening_the_sentence_receive_by_a_second_verb(gazetteer: Gazetteer) -> None:
    text = (
        "Die Senatsverwaltung für Finanzen Berlin fördert Vorhaben der Bezirke. Die "
        "Bezirksämter Pankow und Reinickendorf bauen gemeinsam das Portal „Kiezkasse“ auf, "
        "über das Vereine Zuschüsse beantragen, und erhielten dafür jeweils 120.000 Euro."
    )
    found = funds(text, gazetteer)
    funder = "Senatsverwaltung für Finanzen Berlin"
    assert {(funder, "Bezirksamt Pankow"), (funder, "Bezirksamt Reinickendorf")} <= found


def test_a_sum_paid_as_what_a_quoted_name_names(gazetteer: Gazetteer) -> None:
    text = (
        "Nach dem Gesetzentwurf zahlt das Ministerium für Digitales Sachsen den Gemeinden ab "
        "2028 jährlich 9 Millionen Euro als „Netzgeld Sachsen“."
    )
    found = funds(text, gazetteer)
    assert ("Ministerium für Digitales Sachsen", "Netzgeld Sachsen") in found


def test_money_a_town_spends_is_no_grant(gazetteer: Gazetteer) -> None:
    text = (
        "Das Land fördert das Programm „Kommune vernetzt“. Die Stadt Grimma gibt nach eigenen "
        "Angaben jedes Jahr rund 800.000 Euro für Software und Netze aus."
    )
    assert not any(subject == "Stadt Grimma" for subject, _ in funds(text, gazetteer))


def test_an_office_named_with_its_town_before_a_verb(gazetteer: Gazetteer) -> None:
    text = (
        "Der Landkreis Stade baut ein Funknetz. Das Amt für ländliche Entwicklung Buxtehude hat "
        "dem Kreis dafür 210.000 Euro bewilligt."
    )
    found = funds(text, gazetteer)
    assert ("Amt für ländliche Entwicklung Buxtehude", "Landkreis Stade") in found
