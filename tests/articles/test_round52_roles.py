"""Roles in shapes blind round 52 used: the head of an office whose remits are listed before
the person's name, a body's speaker after a semicolon ("…; seine Sprecherin X"), and a
faction's or an association's chair by a compound title, and a unit's head by a compound of
the unit's noun (made-up sentences)."""

from __future__ import annotations

from loaders.articles import Gazetteer
from tests.articles.conftest import named, roles


def test_an_office_with_listed_remits_ends_before_the_name(gazetteer: Gazetteer) -> None:
    text = (
        "Die Leiterin des Amts für Bauen, Umwelt und Verkehr, Jana Kolbe, erwartet kürzere "
        "Wartezeiten. Der Leiter des Amtes für Jugend, Ole Brandt, ebenso."
    )
    assert roles(text, gazetteer) == {
        ("Jana Kolbe", "Amt für Bauen, Umwelt und Verkehr"),
        ("Ole Brandt", "Amt für Jugend"),
    }
    offices = [label for _, label in named(text, gazetteer)]
    assert offices == ["Amt für Bauen, Umwelt und Verkehr", "Amt für Jugend"]


def test_a_speaker_after_a_semicolon_speaks_for_the_body_before(gazetteer: Gazetteer) -> None:
    text = (
        "Die Strecke hat der Verein Radweg Nordufer e. V. mit ausgesucht; seine Sprecherin "
        "Mira Lenz nannte den Plan gut. Die Stadt bezahlt die Schilder."
    )
    found = roles(text, gazetteer)
    assert len(found) == 1
    ((person, body),) = found
    assert person == "Mira Lenz"
    assert body is not None
    assert body.startswith("Verein Radweg Nordufer")


def test_a_chair_by_a_compound_of_the_bodys_noun(gazetteer: Gazetteer) -> None:
    text = (
        "Im Rat stimmte die Grünen-Fraktion dagegen. „Das ist zu teuer“, sagte Fraktionschefin "
        "Pia Arndt. Der Heimatverein Altdorf half beim Aufbau, so Vereinschef Tom Weller."
    )
    assert roles(text, gazetteer) == {
        ("Pia Arndt", "Grünen-Fraktion"),
        ("Tom Weller", "Heimatverein Altdorf"),
    }


def test_a_units_head_by_a_compound_of_its_noun(gazetteer: Gazetteer) -> None:
    text = (
        "Die Stadt Seeburg testet Sensoren an Papierkörben. „Das spart Fahrten“, sagt "
        "Bauhofleiter Jan Ode. „Und Ärger“, ergänzt Ordnungsamtsleiterin Eva Lind."
    )
    assert roles(text, gazetteer) == {
        ("Jan Ode", "Bauhof der Stadt Seeburg"),
        ("Eva Lind", "Ordnungsamt der Stadt Seeburg"),
    }


def test_a_district_office_is_no_unit_of_the_town_before(gazetteer: Gazetteer) -> None:
    text = "Die Stadt Seeburg zieht mit. „Gut so“, sagt Bezirksamtsleiterin Eva Lind."
    assert ("Eva Lind", "Stadt Seeburg") not in roles(text, gazetteer)
