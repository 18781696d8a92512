"""Sums each of a counted group of local bodies receives ("die sechs Kommunen erhalten davon
jeweils …", "der Kreis und die fünf kommunalen Partner erhalten daraus je …"): the bodies the
article named before, each. Made-up sentences."""

from __future__ import annotations

from loaders.articles import Gazetteer
from tests.articles.conftest import funds

SIX = (
    "Der Landkreis Harburg, die Städte Buchholz, Winsen und Tostedt sowie die Gemeinden "
    "Seevetal, Rosengarten und Jesteburg starten ein gemeinsames Portal. "
)
TOWNS = {
    "Stadt Buchholz",
    "Stadt Winsen",
    "Stadt Tostedt",
    "Gemeinde Seevetal",
    "Gemeinde Rosengarten",
    "Gemeinde Jesteburg",
}
MINISTRY = "Niedersächsische Ministerium für Inneres"


def test_six_towns_receiving_each_are_the_six_named(gazetteer: Gazetteer) -> None:
    text = SIX + (
        "Das Niedersächsische Ministerium für Inneres fördert das Vorhaben mit 500.000 Euro. "
        "Die sechs Kommunen erhalten davon jeweils 50.000 Euro, der Rest fließt an den Landkreis."
    )
    found = funds(text, gazetteer)
    assert {(MINISTRY, town) for town in TOWNS} <= found
    assert (MINISTRY, "Kommunen") not in found


def test_the_county_and_its_partners_receiving_each(gazetteer: Gazetteer) -> None:
    text = SIX + (
        "Das Niedersächsische Ministerium für Inneres stellt 420.000 Euro bereit; der Kreis "
        "und die sechs kommunalen Partner erhalten daraus je 60.000 Euro."
    )
    assert funds(text, gazetteer) == {(MINISTRY, town) for town in TOWNS | {"Landkreis Harburg"}}


def test_more_counted_than_named_stays_a_plural(gazetteer: Gazetteer) -> None:
    text = (
        "Die Städte Buchholz und Winsen starten ein Portal. Das Niedersächsische Ministerium "
        "für Inneres fördert das Portal mit 500.000 Euro. Die sieben beteiligten Kommunen erhalten "
        "davon jeweils 50.000 Euro."
    )
    assert (MINISTRY, "Stadt Buchholz") not in funds(text, gazetteer)


def test_each_of_them_is_each_body_named_before(gazetteer: Gazetteer) -> None:
    text = (
        "Das Bundesministerium für Digitales fördert das Programm „Register vor Ort“. "
        "Ausgewählt wurden die Landkreise Harburg, Celle, Uelzen und Stade. Jeder von ihnen "
        "erhält bis zu 750.000 Euro."
    )
    counties = {"Landkreis Harburg", "Landkreis Celle", "Landkreis Uelzen", "Landkreis Stade"}
    ministry = "Bundesministerium für Digitales"
    assert {(ministry, county) for county in counties} <= funds(text, gazetteer)
