"""A joint administration of towns ("Gemeindeverwaltungsverband X") and a special-purpose
association receive money like towns and give none of their own, as blind round 22 showed.
Made-up sentences."""

from __future__ import annotations

from loaders.articles import Gazetteer
from tests.articles.conftest import funds

MINISTRY = "Ministerium des Inneren, für Digitalisierung und Kommunen Baden-Württemberg"


def test_a_joint_administration_and_a_town_each_receive(gazetteer: Gazetteer) -> None:
    text = (
        f"Das {MINISTRY} startet das Programm „Netz Nord“. Der Gemeindeverwaltungsverband Adorf "
        "und die Stadt Bedorf bekommen je 180.000 Euro."
    )
    assert funds(text, gazetteer) == {
        (MINISTRY, "Gemeindeverwaltungsverband Adorf"),
        (MINISTRY, "Stadt Bedorf"),
    }


def test_a_special_purpose_association_receives(gazetteer: Gazetteer) -> None:
    text = f"Der Zweckverband Kommunale IT Adorf erhält 50.000 Euro vom {MINISTRY}."
    assert funds(text, gazetteer) == {(MINISTRY, "Zweckverband Kommunale IT Adorf")}
