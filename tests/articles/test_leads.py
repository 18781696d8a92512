"""Roles told by "leitet": the verb before the name, a person named before by surname, "Sie"
or "Er" opening the sentence after one; what is led must be a body (made-up sentences)."""

from __future__ import annotations

from loaders.articles import Gazetteer
from tests.articles.conftest import named, roles


def test_the_verb_before_the_name(gazetteer: Gazetteer) -> None:
    text = (
        "Seit dem 1. März leitet Tanja Rehm die Stabsstelle Digitalisierung des Kreises Prignitz."
    )
    ((person, body),) = roles(text, gazetteer)
    assert person == "Tanja Rehm"
    assert body is not None
    assert body.startswith("Stabsstelle Digitalisierung")


def test_a_surname_or_a_pronoun_after_the_person(gazetteer: Gazetteer) -> None:
    first = "Neue Digitalisierungsbeauftragte der Stadt Perleberg ist Nina Sommer. "
    before = first + "Sommer leitete bisher die Stabsstelle Digitalisierung der Stadt Wittenberge."
    after = first + "Sie leitet künftig die Stabsstelle Digitalisierung der Stadt Perleberg."
    assert {body for _, body in roles(before, gazetteer)} == {
        "Stadt Perleberg",
        "Stabsstelle Digitalisierung der Stadt Wittenberge",
    }
    assert len(roles(after, gazetteer)) == 2
    assert {person for person, _ in roles(after, gazetteer)} == {"Nina Sommer"}


def test_no_role_of_someone_else_or_of_what_is_no_person(gazetteer: Gazetteer) -> None:
    other = (
        "Neuer Amtsleiter der Stadt Perleberg ist Jan Rossi. Sie leitet seit Mai die "
        "Stabsstelle Digitalisierung der Stadt Wittenberge."
    )
    assert roles(other, gazetteer) == {("Jan Rossi", "Stadt Perleberg")}
    led = "Die Übungen leitet das Unternehmen Prignitz Data GmbH aus Perleberg."
    assert roles(led, gazetteer) == set()
    assert named(led, gazetteer, "Person") == []
