"""Quoted names of initiatives: found again in quotes, after "des ersten" and "heißt",
presented with "stellte … vor". Made-up sentences."""

from __future__ import annotations

import pytest

from loaders.articles import Gazetteer
from loaders.articles.extract import mentions


def initiatives(text: str, gazetteer: Gazetteer) -> list[str]:
    """The surfaces of the initiatives and events found in ``text``, in order."""
    return [m.text for m in mentions(text, gazetteer) if m.cls in ("Initiative", "Event")]


def test_a_one_word_name_found_in_quotes_is_found_in_quotes_again(
    gazetteer: Gazetteer,
) -> None:
    text = (
        "Die Gemeinde startet das Programm „Funkbrücke“. Die Daten von „Funkbrücke“ sind offen. "
        "Eine Funkbrücke steht am Rathaus."
    )
    assert initiatives(text, gazetteer) == ["Funkbrücke", "Funkbrücke"]


def test_a_one_word_name_is_not_found_again_outside_quotes(gazetteer: Gazetteer) -> None:
    text = "Der Kreis startet das Portal „Kartenfix“. Kartenfix ist kostenlos."
    assert initiatives(text, gazetteer) == ["Kartenfix"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Beim Finale des ersten „Rathaus-Sprint Nordwald“ entschied eine Jury.",
            "Rathaus-Sprint Nordwald",
        ),
        (
            "Am Montag stellten die Städte im Rathaus „Lernwerk Moorland“ vor, einen Kurs.",
            "Lernwerk Moorland",
        ),
        ("Die Kreisverwaltung stellt heute „Datenwerk Ost“ vor.", "Datenwerk Ost"),
        ("Das neue Portal heißt „Moorpfad“.", "Moorpfad"),
        ("„Mitreden Nord“ heißt die App des Kreises.", "Mitreden Nord"),
        ("Die Städte arbeiten mit einer gemeinsamen „Schulwolke Ost“.", "Schulwolke Ost"),
    ],
)
def test_a_quoted_name_after_des_ersten_heisst_or_presented_is_an_initiative(
    text: str, name: str, gazetteer: Gazetteer
) -> None:
    assert initiatives(text, gazetteer) == [name]


def test_a_quoted_word_presented_in_lower_case_is_no_name(gazetteer: Gazetteer) -> None:
    assert initiatives("Sie stellte das Ergebnis als „gut“ vor.", gazetteer) == []
