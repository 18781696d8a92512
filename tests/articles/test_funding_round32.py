"""Shapes of funding blind round 32 phrased in ways the rules did not read, on made-up
sentences (no article's names or wording): each test stands for one rule of the extractor
and fails without it."""

from __future__ import annotations

from loaders.articles import Gazetteer
from tests.articles.conftest import funds


def test_money_passed_on_to_a_list_of_towns(gazetteer: Gazetteer) -> None:
    text = (
        "Der Landkreis Calw startet das „Wärmeportal“. Der Landkreis Calw reicht von seiner "
        "Förderung jeweils 12.000 Euro an die Stadt Nagold, die Stadt Wildberg und die Gemeinde "
        "Ebhausen weiter."
    )
    found = funds(text, gazetteer)
    towns = ("Stadt Nagold", "Stadt Wildberg", "Gemeinde Ebhausen")
    assert {("Landkreis Calw", town) for town in towns} <= found


def test_two_shares_side_by_side_each_pay_towards_the_work(gazetteer: Gazetteer) -> None:
    text = (
        "Die App „Ferienpass Celle“ kostet 150.000 Euro. Die Hälfte davon, 75.000 Euro, "
        "übernimmt der Landkreis Celle, 30 Prozent trägt die Stadt Celle."
    )
    found = funds(text, gazetteer)
    assert {("Landkreis Celle", "Ferienpass Celle"), ("Stadt Celle", "Ferienpass Celle")} <= found
    assert ("Landkreis Celle", "Stadt Celle") not in found
