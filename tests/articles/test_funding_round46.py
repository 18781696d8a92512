"""Shapes of funding blind round 46 phrased in ways the rules did not read, on made-up
sentences (no article's names or wording): each test stands for one rule of the extractor and
fails without it."""

from __future__ import annotations

from loaders.articles import Gazetteer
from tests.articles.conftest import funds

OPENING = (
    "Der Landkreis Miltenberg startet das Portal „Mainufer digital“. Das Bayerische "
    "Staatsministerium für Digitales fördert es mit 200.000 Euro. "
)


def test_a_body_that_shoulders_the_rest_pays_it(gazetteer: Gazetteer) -> None:
    text = OPENING + "Die restlichen 90.000 Euro stemmt der Kreis aus seinem Haushalt."
    assert ("Landkreis Miltenberg", "Mainufer digital") in funds(text, gazetteer)


def test_money_for_setting_something_up_funds_the_work(gazetteer: Gazetteer) -> None:
    text = OPENING + (
        "Zusätzlich gibt der Landkreis Aschaffenburg 50.000 Euro für die Einrichtung eines "
        "Schulungsraums."
    )
    found = funds(text, gazetteer)
    assert ("Landkreis Aschaffenburg", "Mainufer digital") in found
    assert not any(obj == "Einrichtung" for _, obj in found)


INTERVIEW = (
    "Main-Echo | Das Interview\n\n"
    "„Wir schlichten jetzt auch per Video“\n\n"
    "Miltenberg, 2. Juni 2026. Die Stadt Miltenberg bringt ihre Schiedsämter ins Netz. Darüber "
    "sprachen wir mit Stadträtin Birte Ohlen, Dezernentin für Ordnung der Stadt Miltenberg.\n\n"
    "Frau Ohlen, braucht ein Nachbarschaftsstreit eine App?\n\n"
    "Er braucht einen schnellen Termin.\n\n"
    "Wer bezahlt das Projekt?\n\n"
    "Das Land gibt uns 90.000 Euro. Für eine Kamera in jedem Schiedsamt hat uns die "
    "Mainstiftung Miltenberg 8.000 Euro zugesagt.\n\n"
    "Wann geht es los?\n\n"
    "Im Mai.\n"
)


def test_a_sum_promised_to_us_in_an_interview(gazetteer: Gazetteer) -> None:
    assert ("Mainstiftung Miltenberg", "Stadt Miltenberg") in funds(INTERVIEW, gazetteer)


def test_a_programme_the_money_comes_through_is_not_the_work_funded(gazetteer: Gazetteer) -> None:
    text = (
        "Der Kreis Höxter startet das Projekt „Beratung nah Höxter“. Das Ministerium für Arbeit, "
        "Gesundheit und Soziales des Landes Nordrhein-Westfalen fördert den Kreis über sein "
        "Programm „Hilfe digital NRW“ mit 300.000 Euro. Die Volksbank Weserbergland-Stiftung "
        "hat 20.000 Euro für Leihtablets gespendet."
    )
    found = funds(text, gazetteer)
    assert ("Volksbank Weserbergland-Stiftung", "Beratung nah Höxter") in found
    assert ("Volksbank Weserbergland-Stiftung", "Hilfe digital NRW") not in found


def test_an_investor_who_buys_in_funds_the_start_up(gazetteer: Gazetteer) -> None:
    text = (
        "Die Nachtlicht Digital GmbH aus Hamburg entwickelt die App „Bettenampel“. Das Start-up "
        "hat zwölf Beschäftigte. Im Frühjahr stieg die Alsterkapital Ventures GmbH mit 300.000 "
        "Euro ein."
    )
    found = funds(text, gazetteer)
    assert ("Alsterkapital Ventures GmbH", "Nachtlicht Digital GmbH") in found
    assert ("Alsterkapital Ventures GmbH", "Bettenampel") not in found
