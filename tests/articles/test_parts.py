"""What is part of what (``part_of``): made-up sentences, one per way German says it."""

from __future__ import annotations

import pytest

from loaders.articles import Gazetteer
from tests.articles.conftest import pairs


def parts(text: str, gazetteer: Gazetteer) -> set[tuple[str, str | None]]:
    return pairs(text, gazetteer, "part_of")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # the article's initiative, funded out of a programme
            "Die Stadt Celle startet das Portal „Celle offen“. Das Niedersächsische Ministerium "
            "für Inneres und Sport fördert es mit 80.000 Euro aus dem Landesprogramm "
            "„Dorf digital“.",
            ("Celle offen", "Dorf digital"),
        ),
        (  # an initiative named again by its head noun
            "Die Stadt Celle lobt den Wettbewerb „Heidepreis Digital“ aus. Der Wettbewerb ist "
            "Teil der Strategie „Digitales Niedersachsen 2030“.",
            ("Heidepreis Digital", "Digitales Niedersachsen 2030"),
        ),
        (  # a town in its county
            "Die Gemeinde Tannwies im Landkreis Oberholz testet die App seit März.",
            ("Gemeinde Tannwies", "Landkreis Oberholz"),
        ),
        (  # an office named with its body
            "Kritik kommt vom Personalrat der Stadt Tannwies.",
            ("Personalrat der Stadt Tannwies", "Stadt Tannwies"),
        ),
    ],
)
def test_parts_are_read(text: str, expected: tuple[str, str], gazetteer: Gazetteer) -> None:
    assert expected in parts(text, gazetteer)


def test_a_company_funded_out_of_a_programme_makes_no_part(gazetteer: Gazetteer) -> None:
    text = (
        "Die Stadt Celle startet das Portal „Celle offen“. Die NBank fördert die Heidewerk "
        "GmbH mit 50.000 Euro aus dem Gründerprogramm „Start Niedersachsen“."
    )
    assert ("Celle offen", "Start Niedersachsen") not in parts(text, gazetteer)


def test_an_association_named_in_the_genitive_is_no_town(gazetteer: Gazetteer) -> None:
    text = "Die Kurse gibt die Verwaltungsschule des Gemeindetags Niedersachsen."
    assert parts(text, gazetteer) == set()


@pytest.mark.parametrize(
    ("sentence", "whole"),
    [
        (
            "Das Programm ist Teil der Modernisierungsagenda des Bundes.",
            "Modernisierungsagenda des Bundes",
        ),
        (
            "Das Programm ist Teil des Digitalprogramms des Landes Niedersachsen.",
            "Digitalprogramm des Landes Niedersachsen",
        ),
        (
            "Das Programm gehört zur Verwaltungsreform des Landes Niedersachsen.",
            "Verwaltungsreform des Landes Niedersachsen",
        ),
    ],
)
def test_a_whole_named_without_quotes_after_a_verb_of_belonging(
    sentence: str, whole: str, gazetteer: Gazetteer
) -> None:
    text = "Das Land startet das Programm „Register vor Ort“. " + sentence
    assert ("Register vor Ort", whole) in pairs(text, gazetteer, "part_of")


def test_a_whole_in_a_sentence_that_names_nothing_else(gazetteer: Gazetteer) -> None:
    text = (
        "Das Land startet das Programm „Register vor Ort“. Das Programm gehört zur "
        "Gesamtsteuerung Registermodernisierung, die seit 2021 läuft."
    )
    found = {
        whole for part, whole in pairs(text, gazetteer, "part_of") if part == "Register vor Ort"
    }
    assert found
    assert all(whole and whole.startswith("Gesamtsteuerung") for whole in found)
