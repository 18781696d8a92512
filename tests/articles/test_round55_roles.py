"""Roles in shapes blind round 55 used: the copula before the name ("Seit März ist X
Leiterin der Y"), a role's abbreviation in brackets, a person named before by surname with a
copula, and "Sie" or "Er" opening the sentence after one (made-up sentences)."""

from __future__ import annotations

from loaders.articles import Gazetteer
from tests.articles.conftest import named, roles


def test_the_copula_before_the_name(gazetteer: Gazetteer) -> None:
    text = (
        "Seit März ist Jana Krüger Digitalisierungsbeauftragte des Landkreises Oberhavel. "
        "Zum 1. Juli wird Dr. Malte Sievers Chief Information Officer (CIO) der Stadt Hameln."
    )
    assert roles(text, gazetteer) == {
        ("Jana Krüger", "Landkreis Oberhavel"),
        ("Malte Sievers", "Stadt Hameln"),
    }


def test_a_surname_with_a_copula_and_a_body(gazetteer: Gazetteer) -> None:
    text = (
        "Neue Leiterin des Bürgerbüros der Stadt Lingen ist Petra Aydin. Aydin war bisher "
        "Referentin beim Landkreis Emsland."
    )
    assert ("Petra Aydin", "Landkreis Emsland") in roles(text, gazetteer)


def test_she_or_he_opening_the_next_sentence(gazetteer: Gazetteer) -> None:
    text = (
        "Seit März ist Jana Krüger Digitalisierungsbeauftragte des Landkreises Oberhavel. "
        "Sie war zuvor Projektleiterin beim Zweckverband Digitale Kommunen Brandenburg."
    )
    assert ("Jana Krüger", "Zweckverband Digitale Kommunen Brandenburg") in roles(text, gazetteer)


def test_a_pronoun_of_the_other_gender_means_someone_else(gazetteer: Gazetteer) -> None:
    text = (
        "Seit März ist Jana Krüger Leiterin des Amts Temnitz. Er war zuvor Sachbearbeiter "
        "bei der Stadt Neuruppin."
    )
    assert roles(text, gazetteer) == {("Jana Krüger", "Amt Temnitz")}


def test_a_surname_before_a_title_is_no_places_adjective(gazetteer: Gazetteer) -> None:
    text = (
        "Seit Mai ist Tom Becker Datenschutzbeauftragter der Stadt Celle. Die Berliner "
        "Beauftragte für Datenschutz und Informationsfreiheit prüft das Portal."
    )
    assert roles(text, gazetteer) == {("Tom Becker", "Stadt Celle")}
    bodies = {label for _, label in named(text, gazetteer)}
    assert "Berliner Beauftragte für Datenschutz und Informationsfreiheit" in bodies
    assert not any("Becker" in label for label in bodies)
