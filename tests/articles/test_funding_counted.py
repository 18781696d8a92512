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


def test_towns_and_municipalities_counted_together(gazetteer: Gazetteer) -> None:
    text = SIX + (
        "Das Niedersächsische Ministerium für Inneres gibt dafür je 30.000 Euro an die sechs "
        "Städte und Gemeinden."
    )
    assert {(MINISTRY, town) for town in TOWNS} <= funds(text, gazetteer)


def test_the_whole_before_davon_funds_the_work_told_of(gazetteer: Gazetteer) -> None:
    text = SIX + (
        "Das Portal heißt „Heidewege“. Aus seinem Programm „Netz vor Ort“ gibt das "
        "Niedersächsische Ministerium für Inneres insgesamt 400.000 Euro in das Vorhaben; davon "
        "gehen je 40.000 Euro an die sechs Städte und Gemeinden."
    )
    found = funds(text, gazetteer)
    assert (MINISTRY, "Heidewege") in found
    assert (MINISTRY, "Netz vor Ort") not in found
    assert {(MINISTRY, town) for town in TOWNS} <= found


def test_a_whole_given_to_a_body_is_not_the_work_s(gazetteer: Gazetteer) -> None:
    text = SIX + (
        "Das Portal heißt „Heidewege“. Das Niedersächsische Ministerium für Inneres bewilligte "
        "dem Landkreis 400.000 Euro; die sechs Kommunen erhalten vom Ministerium jeweils "
        "40.000 Euro."
    )
    assert (MINISTRY, "Heidewege") not in funds(text, gazetteer)


def test_each_of_a_counted_group_pays_its_own_sum_towards_the_work(gazetteer: Gazetteer) -> None:
    text = SIX + (
        "Das Portal heißt „Heidewege“. Das Niedersächsische Ministerium für Inneres gibt "
        "200.000 Euro. Jede der sechs Kommunen stellt dafür 5.000 Euro bereit."
    )
    found = funds(text, gazetteer)
    assert {(town, "Heidewege") for town in TOWNS} <= found
    assert not {(MINISTRY, town) for town in TOWNS} & found


def test_the_counted_bodies_pay_each_and_the_county_the_rest(gazetteer: Gazetteer) -> None:
    text = (
        "Die Verbandsgemeinden Alzey-Land, Wörrstadt und Wöllstein starten mit dem Landkreis "
        "Alzey-Worms das Projekt „Dorfschalter“. Die drei Verbandsgemeinden zahlen je "
        "12.000 Euro, den Rest trägt der Kreis."
    )
    found = funds(text, gazetteer)
    assert {
        ("Verbandsgemeinde Alzey-Land", "Dorfschalter"),
        ("Verbandsgemeinde Wörrstadt", "Dorfschalter"),
        ("Verbandsgemeinde Wöllstein", "Dorfschalter"),
        ("Landkreis Alzey-Worms", "Dorfschalter"),
    } <= found


def test_a_plural_without_count_or_jede_pays_nothing_each(gazetteer: Gazetteer) -> None:
    text = SIX + "Das Portal heißt „Heidewege“. Die Kommunen zahlen 30.000 Euro."
    assert ("Stadt Buchholz", "Heidewege") not in funds(text, gazetteer)


def test_the_other_counted_bodies_pay_each_not_the_one_named_before(gazetteer: Gazetteer) -> None:
    text = (
        "Die Städte Pirna, Sebnitz, Stolpen und Hohnstein starten die App "
        "„Wegfinder“. Pirna beteiligt sich mit 15.000 Euro, die drei anderen Städte geben "
        "jeweils 5.000 Euro."
    )
    found = funds(text, gazetteer)
    assert ("Stadt Sebnitz", "Wegfinder") in found
    assert ("Stadt Stolpen", "Wegfinder") in found
    assert ("Stadt Hohnstein", "Wegfinder") in found
    assert ("Stadt Pirna", "Wegfinder") in found  # (its own sum, read before)


def test_the_partners_taking_part_pay_each(gazetteer: Gazetteer) -> None:
    text = SIX + (
        "Das Portal heißt „Heidewege“. Der Landkreis Harburg steuert 100.000 Euro bei, die sechs "
        "übrigen Partner zahlen je 10.000 Euro."
    )
    assert {(town, "Heidewege") for town in TOWNS} <= funds(text, gazetteer)


def test_from_the_programme_into_the_project_funds_the_project(gazetteer: Gazetteer) -> None:
    text = SIX + (
        "Das Portal heißt „Heidewege“. Das Niedersächsische Ministerium für Inneres hat es in "
        "sein Programm „Netz vor Ort“ aufgenommen. Aus dem Programm fließen 200.000 Euro in das "
        "Projekt."
    )
    found = funds(text, gazetteer)
    assert (MINISTRY, "Heidewege") in found
    assert (MINISTRY, "Netz vor Ort") not in found


def test_money_to_the_county_by_its_kind_and_the_rest_to_the_counted_towns(
    gazetteer: Gazetteer,
) -> None:
    text = (
        "Der Landkreis Celle und die Städte Bergen, Winsen und Eschede bauen ein Portal. Aus dem "
        "Programm „Netz vor Ort“ des Niedersächsischen Ministeriums für Inneres fließen 400.000 "
        "Euro nach Celle: 250.000 Euro gehen an den Landkreis, der Rest zu gleichen Teilen an "
        "die drei Städte."
    )
    found = funds(text, gazetteer)
    ministry = "Niedersächsischen Ministerium für Inneres"
    assert (ministry, "Landkreis Celle") in found
    assert {(ministry, f"Stadt {t}") for t in ("Bergen", "Winsen", "Eschede")} <= found
