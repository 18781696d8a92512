"""A ministry whose list of remits holds a capitalised adjective ("Ministerium für Ernährung,
Ländlichen Raum und Verbraucherschutz"), as blind round 61 had; a state's adjective after the
list still opens the next body's name (made-up sentences)."""

from __future__ import annotations

from loaders.articles import Gazetteer
from tests.articles.conftest import funds, named


def test_a_capitalised_adjective_in_a_ministry_s_remits(gazetteer: Gazetteer) -> None:
    text = (
        "Das Ministerium für Wohnen, Ländliche Räume und Heimat Sachsen fördert das Dorfportal "
        "„Dorfnetz Nord“ mit 40.000 Euro."
    )
    ministry = "Ministerium für Wohnen, Ländliche Räume und Heimat Sachsen"
    assert (ministry, ministry) in named(text, gazetteer)
    assert {payer for payer, _ in funds(text, gazetteer)} == {ministry}


def test_a_state_s_adjective_after_the_remits_opens_another_body(gazetteer: Gazetteer) -> None:
    text = "Das Ministerium für Inneres und Sport und der Saarländische Städtetag sind dabei."
    labels = [label for _, label in named(text, gazetteer)]
    assert "Ministerium für Inneres und Sport" in labels
    assert any(label.endswith("Städtetag") for label in labels)
