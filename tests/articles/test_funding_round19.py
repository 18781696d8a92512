"""Shapes of funding that blind round 19 phrased in ways the rules did not read, on made-up
sentences (no article's names or wording): each test stands for one rule of the extractor
and fails without it."""

from __future__ import annotations

from loaders.articles import Gazetteer
from tests.articles.conftest import funds


def test_a_town_in_the_dative_right_after_a_verb_of_giving_receives(
    gazetteer: Gazetteer,
) -> None:
    """ "Das Ministerium X bewilligte der Stadt Y Euro aus dem Programm Z": the town named
    again in the dative receives (it does not give), the ministry gives."""
    text = (
        "Die Stadt Nirgendheim baut das Bürgerportal „Rathaus online“. Das Hessische "
        "Ministerium für Digitalisierung bewilligte der Stadt im Mai 300.000 Euro aus dem "
        "Förderprogramm „Starke Heimat“."
    )
    found = funds(text, gazetteer)
    assert ("Hessische Ministerium für Digitalisierung", "Stadt Nirgendheim") in found
    assert not {f for f in found if f[0] == "Stadt Nirgendheim"}


def test_bezuschussen_is_a_verb_of_funding(gazetteer: Gazetteer) -> None:
    """ "X bezuschusst das Vorhaben mit Y Euro": X funds the work told of."""
    text = (
        "Die Gemeinde Irgendhausen startet das Projekt „Dorfladen digital“. Außerdem "
        "bezuschusst die Stiftung Morgenland das Vorhaben mit 25.000 Euro."
    )
    assert ("Stiftung Morgenland", "Dorfladen digital") in funds(text, gazetteer)


def test_a_ministry_named_after_a_foundations_grant_gives_the_next_sum(
    gazetteer: Gazetteer,
) -> None:
    """A sum with no giver named, after a foundation's grant and then a ministry named (who
    announces a programme): the ministry gives it, not the foundation told of before."""
    text = (
        "Der Städtetag Hessen hat die Studie „Amt im Wandel“ vorgestellt. Die Kosten von "
        "20.000 Euro übernahm die Stiftung Morgenland. Das Hessische Ministerium für "
        "Digitalisierung kündigte daraufhin ein neues Programm an. Jede Gemeinde erhält daraus "
        "bis zu 15.000 Euro im Jahr."
    )
    found = funds(text, gazetteer)
    assert ("Hessische Ministerium für Digitalisierung", "Gemeinde") in found
    assert ("Stiftung Morgenland", "Gemeinde") not in found
