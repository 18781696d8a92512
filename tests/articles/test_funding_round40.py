"""Shapes of funding blind round 40 phrased in ways the rules did not read, on made-up
sentences (no article's names or wording): each test stands for one rule of the extractor and
fails without it, but two that guard shapes the rewritten rule of a perfect with a dative
("hat dem Landkreis X Euro bewilligt", "… dem Zweckverband ein Darlehen gewährt") read before
as well."""

from __future__ import annotations

from loaders.articles import Gazetteer
from tests.articles.conftest import funds
from tests.articles.test_funding_round39 import ASKED

OPENING = "Der Landkreis Heidekreis startet das Projekt „Akte digital“. "


def test_a_giver_after_the_auxiliary_pays_each_body_in_the_dative(gazetteer: Gazetteer) -> None:
    text = OPENING + (
        "So hat der Landkreis Heidekreis der Stadt Soltau 40.000 Euro und der Gemeinde "
        "Bispingen 25.000 Euro überwiesen."
    )
    found = funds(text, gazetteer)
    assert ("Landkreis Heidekreis", "Stadt Soltau") in found
    assert ("Landkreis Heidekreis", "Gemeinde Bispingen") in found


def test_a_sentence_opener_has_granted_a_body_a_sum(gazetteer: Gazetteer) -> None:
    text = OPENING + (
        "Das Niedersächsische Ministerium für Inneres und Sport hat dem Landkreis Heidekreis "
        "dafür 90.000 Euro aus seinem Programm „Verwaltung 2030“ bewilligt."
    )
    found = funds(text, gazetteer)
    assert any(obj == "Landkreis Heidekreis" and "Inneres" in subject for subject, obj in found)


def test_a_loan_granted_to_a_body_named_again_by_its_kind(gazetteer: Gazetteer) -> None:
    text = (
        "Der Zweckverband Kommunale Datenverarbeitung Heide betreibt das Rechenzentrum. Für "
        "neue Server hat die Sparkasse Heide dem Zweckverband zudem ein Darlehen über 200.000 "
        "Euro gewährt."
    )
    assert ("Sparkasse Heide", "Zweckverband Kommunale Datenverarbeitung Heide") in funds(
        text, gazetteer
    )


def test_granted_to_us_in_an_interview(gazetteer: Gazetteer) -> None:
    text = ASKED.replace(
        "Wann geht es los?",
        "Und das Land?\n\nDas Ministerium für Heimat Nordrhein-Westfalen hat uns dafür 20.000 "
        "Euro zugesagt.\n\nWann geht es los?",
    )
    assert ("Ministerium für Heimat Nordrhein-Westfalen", "Landkreis Vechta") in funds(
        text, gazetteer
    )


def test_a_company_commissioned_in_a_relative_clause(gazetteer: Gazetteer) -> None:
    text = OPENING + (
        "Die Arbeit hat die Firma Aktenwerk GmbH erledigt, die der Landkreis für 30.000 Euro "
        "beauftragt hatte."
    )
    assert ("Landkreis Heidekreis", "Aktenwerk GmbH") in funds(text, gazetteer)


def test_we_commissioned_them(gazetteer: Gazetteer) -> None:
    text = ASKED.replace(
        "Wann geht es los?",
        "Wer baut es?\n\nDie Datenhof GmbH. Wir haben sie für 60.000 Euro beauftragt.\n\n"
        "Wann geht es los?",
    )
    assert ("Landkreis Vechta", "Datenhof GmbH") in funds(text, gazetteer)


def test_a_body_pays_the_company_it_orders_from(gazetteer: Gazetteer) -> None:
    text = OPENING + (
        "Der Landkreis Heidekreis hat 80 Tablets bei der Nordtab GmbH bestellt; der Auftrag "
        "hat einen Wert von 52.000 Euro."
    )
    assert ("Landkreis Heidekreis", "Nordtab GmbH") in funds(text, gazetteer)


def test_a_clause_of_purpose_names_no_receiver(gazetteer: Gazetteer) -> None:
    text = (
        "Die Aktenwerk GmbH aus Celle wächst. Um die Nachfrage aus den Kreisen zu bedienen, "
        "hat das Unternehmen von der NBank ein Darlehen von 300.000 Euro bekommen."
    )
    found = funds(text, gazetteer)
    assert ("NBank", "Aktenwerk GmbH") in found
    assert not any(obj == "Kreise" for _, obj in found)


def test_own_shares_told_as_covering_the_rest(gazetteer: Gazetteer) -> None:
    for said in (
        "Für ihren Anteil kommt die Stadt Soltau mit 8.000 Euro selbst auf.",
        "Was dann noch fehlt, deckt die Stadt Soltau aus ihrem eigenen Haushalt.",
    ):
        found = funds(OPENING + "Das Land gibt 50.000 Euro. " + said, gazetteer)
        assert ("Stadt Soltau", "Akte digital") in found, said


def test_our_county_budget_in_an_interview(gazetteer: Gazetteer) -> None:
    text = ASKED.replace(
        "Wann geht es los?", "Und der Rest?\n\nDer kommt aus unserem Kreishaushalt.\n\nWann?"
    )
    assert ("Landkreis Vechta", "Vereinsportal Vechta") in funds(text, gazetteer)
