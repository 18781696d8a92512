"""Roles in shapes blind round 49 used: a title with "ehrenamtliche" or "hauptamtliche" before
it, and a body whose name lists its remits with commas before the person's name (made-up
sentences)."""

from __future__ import annotations

from loaders.articles import Gazetteer
from tests.articles.conftest import roles


def test_an_honorary_or_full_time_title_is_a_role(gazetteer: Gazetteer) -> None:
    text = (
        "Jana Kolbe, ehrenamtliche Bürgermeisterin der Gemeinde Wiesental, testete das Portal. "
        "Der hauptamtliche Bürgermeister der Stadt Auenfeld, Ole Brandt, lobte es."
    )
    assert roles(text, gazetteer) == {
        ("Jana Kolbe", "Gemeinde Wiesental"),
        ("Ole Brandt", "Stadt Auenfeld"),
    }


def test_a_ministry_named_with_a_list_of_remits_before_the_name(gazetteer: Gazetteer) -> None:
    text = (
        "Die Staatssekretärin im Ministerium für Inneres, Sport und Digitales, Dr. Lea Horn, "
        "nannte die Schule überfällig."
    )
    assert roles(text, gazetteer) == {
        ("Lea Horn", "Ministerium für Inneres, Sport und Digitales"),
    }


def test_a_name_after_a_comma_is_no_remit(gazetteer: Gazetteer) -> None:
    # the list needs "und" before the comma that precedes the name
    text = "„Das reicht nicht“, sagte der Präsident des Landkreistages, Karl Mohr, am Montag."
    found = roles(text, gazetteer)
    assert {person for person, _ in found} == {"Karl Mohr"}
