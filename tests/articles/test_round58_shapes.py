"""Shapes blind round 58 missed (made-up sentences): a unit named "Fachdienst" or "Sachgebiet"
with its remit, led by a person, and a receiver whose place has a bracket ("aus Halle (Saale)")
before the relative clause that gives it a sum."""

from __future__ import annotations

from loaders.articles import Gazetteer
from tests.articles.conftest import funds, named, roles


def test_a_fachdienst_or_sachgebiet_is_a_unit(gazetteer: Gazetteer) -> None:
    text = (
        "Der Kreis Bergstraße ordnet seine IT neu. Seit Mai leitet Jonas Petrow-Adeyemi den "
        "Fachdienst Digitalisierung und IT des Kreises Bergstraße; das Sachgebiet Denkmalschutz "
        "bleibt beim Bauamt."
    )
    labels = {label for _, label in named(text, gazetteer)}
    assert "Fachdienst Digitalisierung und IT" in labels
    assert "Sachgebiet Denkmalschutz" in labels
    assert roles(text, gazetteer) == {("Jonas Petrow-Adeyemi", "Fachdienst Digitalisierung und IT")}


def test_a_receiver_from_a_place_with_a_bracket(gazetteer: Gazetteer) -> None:
    text = (
        "Die Stadt Wernigerode lässt ihre Brücken vermessen. Die Messungen übernimmt die "
        "Brückenblick GmbH aus Halle (Saale), die von der Stadt dafür 64.000 Euro erhält."
    )
    assert funds(text, gazetteer) == {("Stadt Wernigerode", "Brückenblick GmbH")}


def test_so_many_bodies_in_the_dative_paid(gazetteer: Gazetteer) -> None:
    text = (
        "Das Ministerium für Kommunales des Landes Nordland erprobt die App im Kreis Ahlen, im "
        "Kreis Borken und im Kreis Coesfeld. Das Ministerium hat den drei Kreisen dafür "
        "jeweils 50.000 Euro gezahlt."
    )
    ministry = "Ministerium für Kommunales des Landes Nordland"
    assert funds(text, gazetteer) == {
        (ministry, "Kreis Ahlen"),
        (ministry, "Kreis Borken"),
        (ministry, "Kreis Coesfeld"),
    }


def test_a_receiver_named_again_after_a_verb_of_receiving(gazetteer: Gazetteer) -> None:
    company_again = (
        "Die Stadt Meißen beauftragt das Start-up Elbkarte Geodaten UG. Für seine Arbeit erhält "
        "das Start-up von der Stadt 48.000 Euro."
    )
    assert funds(company_again, gazetteer) == {("Stadt Meißen", "Elbkarte Geodaten UG")}
    pronoun = (
        "Der Landkreis Görlitz führt die Karte ein. Gebaut hat sie die Zittauer Neißewerk GmbH "
        "in sechs Monaten; sie bekommt vom Landkreis dafür 81.000 Euro."
    )
    assert funds(pronoun, gazetteer) == {("Landkreis Görlitz", "Neißewerk GmbH")}
    next_sentence = (
        "Die Stadt Bautzen gibt den Betrieb an die Stadtwerke Bautzen GmbH, eine Tochter der "
        "Stadt. Sie erhält dafür von der Stadt jährlich 12.000 Euro."
    )
    assert funds(next_sentence, gazetteer) == {("Stadt Bautzen", "Stadtwerke Bautzen GmbH")}


def test_an_abteilung_with_its_remit_is_a_unit(gazetteer: Gazetteer) -> None:
    text = (
        "Das Stadtamt ordnet seine Märkte neu. Seit dem 1. September leitet Svea Holtmann-Osei "
        "die Abteilung Märkte und Veranstaltungen des Stadtamts."
    )
    assert roles(text, gazetteer) == {
        ("Svea Holtmann-Osei", "Abteilung Märkte und Veranstaltungen")
    }
