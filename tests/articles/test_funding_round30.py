"""Shapes of funding blind round 30 phrased in ways the rules did not read, on made-up
sentences (no article's names or wording): each test stands for one rule of the extractor
and fails without it."""

from __future__ import annotations

import datetime as dt

from loaders.articles import Gazetteer, extract
from loaders.articles.findings import Mention
from tests.articles.conftest import funds

DAY = dt.date(2026, 4, 2)
AEMTER = ("Amt Lindenfeld", "Amt Kiefernheide", "Amt Seenplatte")


def _three_aemter(rest: str) -> str:
    return (
        "Das Amt Lindenfeld, das Amt Kiefernheide und das Amt Seenplatte starten das Projekt "
        "„Bürgerbus digital“. " + rest
    )


def test_each_of_a_counted_plural_of_aemter_receives(gazetteer: Gazetteer) -> None:
    text = _three_aemter("Die Volksbank Oderland gibt jedem der drei Ämter 6.000 Euro.")
    found = funds(text, gazetteer)
    assert {("Volksbank Oderland", amt) for amt in AEMTER} <= found


def test_a_counted_plural_taking_part_with_a_sum_each_pays(gazetteer: Gazetteer) -> None:
    text = _three_aemter("Die drei Ämter beteiligen sich mit jeweils 12.000 Euro.")
    found = funds(text, gazetteer)
    assert {(amt, "Bürgerbus digital") for amt in AEMTER} <= found


def test_a_notice_received_and_issued_in_the_next_sentence(gazetteer: Gazetteer) -> None:
    text = (
        "Für das Portal „Pflege nah“ hat der Landkreis Uelzen im März einen Förderbescheid über "
        "300.000 Euro erhalten. Ausgestellt hat ihn das Niedersächsische Ministerium für Soziales."
    )
    found = funds(text, gazetteer)
    assert ("Niedersächsische Ministerium für Soziales", "Landkreis Uelzen") in found


def test_a_notice_that_came_in_at_a_body(gazetteer: Gazetteer) -> None:
    text = (
        "Der Landkreis Prignitz startet das Projekt „Amt mobil“. Der Bescheid des Ministeriums "
        "der Finanzen über 410.000 Euro ging Ende Mai beim Landkreis ein."
    )
    assert ("Ministerium der Finanzen", "Landkreis Prignitz") in funds(text, gazetteer)


def test_money_passed_on_to_a_town(gazetteer: Gazetteer) -> None:
    text = (
        "Die Stadt Merzig startet das Projekt „Rathaus digital“. Über den Zweckverband eGo reicht "
        "das Ministerium für Finanzen 120.000 Euro an die Stadt Merzig weiter."
    )
    assert ("Ministerium für Finanzen", "Stadt Merzig") in funds(text, gazetteer)


def test_a_stake_taken_in_the_company_told_of(gazetteer: Gazetteer) -> None:
    text = (
        "Die Tabellenwerk GmbH aus Kassel entwickelt Software für Rathäuser. Im Sommer beteiligte "
        "sich die Wirtschafts- und Infrastrukturbank Hessen mit 300.000 Euro an dem Unternehmen."
    )
    assert ("Wirtschafts- und Infrastrukturbank Hessen", "Tabellenwerk GmbH") in funds(
        text, gazetteer
    )


def test_a_loan_a_bank_granted_the_startup(gazetteer: Gazetteer) -> None:
    text = (
        "Die Tabellenwerk GmbH aus Kassel entwickelt Software für Rathäuser. Hinzu kommt ein "
        "Darlehen über 80.000 Euro, das die Sparkasse Kassel dem Start-up im Mai gewährt hat."
    )
    assert ("Sparkasse Kassel", "Tabellenwerk GmbH") in funds(text, gazetteer)


def test_a_loan_granted_in_the_perfect_by_the_body_after_the_auxiliary(
    gazetteer: Gazetteer,
) -> None:
    text = (
        "Die Gemeinde Tarp startet das Portal „Tarp digital“. Damit die Server bezahlt werden, "
        "hat der Kreis Schleswig-Flensburg der Gemeinde Tarp ein Darlehen über 90.000 Euro "
        "gewährt."
    )
    found = funds(text, gazetteer)
    assert ("Kreis Schleswig-Flensburg", "Gemeinde Tarp") in found
    assert ("Gemeinde Tarp", "Kreis Schleswig-Flensburg") not in found


def test_a_month_after_a_county_is_not_part_of_its_name(gazetteer: Gazetteer) -> None:
    text = "Im Frühjahr hat der Landkreis Uelzen im März einen Antrag gestellt."
    found = {m.label for m in extract(text, gazetteer, article_date=DAY) if isinstance(m, Mention)}
    assert "Landkreis Uelzen" in found
    assert not any("März" in label for label in found)


def test_a_clause_opening_with_the_body_money_goes_to(gazetteer: Gazetteer) -> None:
    text = (
        "Das Ministerium für Digitales stellt für den Aufruf „Kreis digital“ drei Millionen Euro "
        "bereit. Der Landkreis Harz bekommt 200.000 Euro, an den Landkreis Stendal gehen "
        "150.000 Euro."
    )
    assert ("Ministerium für Digitales", "Landkreis Stendal") in funds(text, gazetteer)
