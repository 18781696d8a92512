"""Mentions: known names linked despite spelling, new names typed by their pattern."""

from __future__ import annotations

import pytest

from loaders.articles import Gazetteer
from loaders.articles.extract import mentions

ID = "https://w3id.org/digikom/id/"


@pytest.mark.parametrize(
    ("text", "surface", "entity"),
    [
        (
            "Der Präsident des Staedtetags Baden Wuerttemberg sprach.",
            "Staedtetags Baden Wuerttemberg",
            "org/staedtetag-bw",
        ),
        ("Die Umsetzung des OZG läuft.", "OZG", "initiative/onlinezugangsgesetz"),
        ("Der DStGB fordert mehr Geld.", "DStGB", "org/dstgb"),
        (
            "Das teilte das Ministerium für Inneres, Digitalisierung und Migration mit.",
            "Ministerium für Inneres, Digitalisierung und Migration",
            "org/innenministerium-bw",
        ),
        (
            "Vertreter des Gemeindetages Baden-Württemberg kamen.",
            "Gemeindetages Baden-Württemberg",
            "org/gemeindetag-bw",
        ),
    ],
)
def test_known_names_are_linked(gazetteer: Gazetteer, text: str, surface: str, entity: str) -> None:
    found = {m.text: m.entity for m in mentions(text, gazetteer)}
    assert found.get(surface) == ID + entity


@pytest.mark.parametrize(
    ("text", "surface", "cls", "kind"),
    [
        (
            "Das Ministerium für Umwelt und Energie fördert es.",
            "Ministerium für Umwelt und Energie",
            "Organisation",
            "ministry",
        ),
        ("Der Landkreis Harz beteiligt sich.", "Landkreis Harz", "Organisation", "county"),
        (
            "Die Stadt Halle an der Saale startet.",
            "Stadt Halle an der Saale",
            "Organisation",
            "city",
        ),
        (
            "Den Auftrag erhielt die Muster Software GmbH.",
            "Muster Software GmbH",
            "Organisation",
            "company",
        ),
        ("Dabei hilft das Startup Kiezapp.", "Kiezapp", "Organisation", "startup"),
        (
            "Im Mai folgt die Digitalisierungskonferenz Nord 2025.",
            "Digitalisierungskonferenz Nord 2025",
            "Event",
            "event",
        ),
        ("Grundlage ist das Schulgesetz.", "Schulgesetz", "Law", "law"),
        (
            "Sie gewann den Wettbewerb „Smarte Dörfer“.",
            "Smarte Dörfer",
            "Initiative",
            "competition",
        ),
        (
            "Der Sächsische Städte- und Gemeindetag warnt.",
            "Sächsische Städte- und Gemeindetag",
            "Organisation",
            "municipal_association",
        ),
    ],
)
def test_new_names_are_found_and_typed(
    gazetteer: Gazetteer, text: str, surface: str, cls: str, kind: str
) -> None:
    found = {m.text: m for m in mentions(text, gazetteer)}
    assert surface in found
    assert (found[surface].cls, found[surface].kind, found[surface].entity) == (cls, kind, None)


def test_a_state_adjective_before_a_known_short_name_names_another_body(
    gazetteer: Gazetteer,
) -> None:
    [mention] = mentions("Der Bayerische Gemeindetag tagte.", gazetteer)
    assert (mention.text, mention.entity) == ("Bayerische Gemeindetag", None)


def test_a_similar_name_of_another_state_is_not_linked(gazetteer: Gazetteer) -> None:
    [mention] = mentions("Der Städtetag Sachsen warnt.", gazetteer)
    assert (mention.text, mention.entity) == ("Städtetag Sachsen", None)


def test_lower_case_words_do_not_match_one_word_names(gazetteer: Gazetteer) -> None:
    assert mentions("Ein digitaltag ist kein bund fürs Leben.", gazetteer) == []


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Die Digitalstrategie Sachsen sieht das vor.", "Digitalstrategie Sachsen"),
        ("Das Bauportal Nordland-Süd geht online.", "Bauportal Nordland-Süd"),
        ("Es ist ein Baustein des Digitalplans Hessen 2030.", "Digitalplans Hessen 2030"),
        ("Es gehört zur Digitalen Agenda Nordland-Süd.", "Digitalen Agenda Nordland-Süd"),
    ],
)
def test_a_work_named_by_its_head_and_a_state_or_region(
    text: str, surface: str, gazetteer: Gazetteer
) -> None:
    """Made-up regions joined by a hyphen, or states the graph knows."""
    found = [(m.text, m.cls) for m in mentions(text, gazetteer)]
    assert (surface, "Initiative") in found


def test_a_head_before_a_common_noun_names_no_work(gazetteer: Gazetteer) -> None:
    found = mentions("Die Strategie Ende 2025 und der Plan Morgen sind fertig.", gazetteer)
    assert [m for m in found if m.cls == "Initiative"] == []
