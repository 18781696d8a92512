"""Funding shapes blind round 57 missed (made-up sentences): a body that receives a sum in a
relative clause after its name (perfect tense, an acronym in brackets between, the payer named
again by its kind), a ministry followed by a town in the dative, and a name whose head two
words share ("Wasser- und Bodenverband X")."""

from __future__ import annotations

from loaders.articles import Gazetteer
from tests.articles.conftest import funds, named


def test_the_receiver_before_a_relative_clause_in_the_perfect(gazetteer: Gazetteer) -> None:
    text = (
        "Das Bezirksamt Spandau hat die Anwendung „Hofplaner“ eingeführt. Programmiert hat sie "
        "die Leipziger Nordlicht Software GmbH, die vom Bezirksamt dafür 90.000 Euro bekommen hat."
    )
    assert funds(text, gazetteer) == {("Bezirksamt Spandau", "Nordlicht Software GmbH")}


def test_the_receiver_with_its_acronym_before_the_relative_clause(gazetteer: Gazetteer) -> None:
    text = (
        "Alle Gemeinden sind Mitglied im Zweckverband Kommunale Datenverarbeitung Elbe (KDE), "
        "der die Software betreibt und dafür vom Landkreis Stade 50.000 Euro erhält."
    )
    assert ("Landkreis Stade", "Zweckverband Kommunale Datenverarbeitung Elbe") in funds(
        text, gazetteer
    )


def test_a_ministry_and_a_town_in_the_dative(gazetteer: Gazetteer) -> None:
    text = (
        "Das Ministerium für Inneres und Kommunales des Saarlandes begrüßt das Vorhaben. Für die "
        "Erprobung hat das Ministerium der Landeshauptstadt Saarbrücken und der Gemeinde "
        "Nalbach jeweils bis zu 20.000 Euro zugesagt."
    )
    ministry = "Ministerium für Inneres und Kommunales des Saarlandes"
    assert funds(text, gazetteer) == {
        (ministry, "Landeshauptstadt Saarbrücken"),
        (ministry, "Gemeinde Nalbach"),
    }
    assert "Ministerium der Landeshauptstadt" not in {label for _, label in named(text, gazetteer)}


def test_words_that_share_the_head_of_a_name(gazetteer: Gazetteer) -> None:
    text = (
        "Das Land fördert die Grabenkarte mit 40.000 Euro; der Wasser- und Bodenverband "
        "Elbmarsch beteiligt sich mit 12.000 Euro."
    )
    assert ("Wasser- und Bodenverband Elbmarsch", "Wasser- und Bodenverband Elbmarsch") in (
        named(text, gazetteer)
    )


def test_words_that_share_the_head_of_a_name_opening_the_text(gazetteer: Gazetteer) -> None:
    text = "Der Wasser- und Bodenverband Elbmarsch beteiligt sich mit 12.000 Euro."
    assert named(text, gazetteer) == [
        ("Wasser- und Bodenverband Elbmarsch", "Wasser- und Bodenverband Elbmarsch")
    ]
