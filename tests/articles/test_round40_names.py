"""Names and roles as blind round 40 wrote them, on made-up sentences (no article's names or
wording). Each test fails without its rule."""

from __future__ import annotations

from loaders.articles import Gazetteer
from tests.articles.conftest import named, roles


def test_a_possessive_after_a_registered_association(gazetteer: Gazetteer) -> None:
    text = (
        "Der Landkreis Börde informiert. Der Imkerverein Wanzleben e. V. hat seine Mitglieder "
        "befragt. Dessen Vorsitzender Jonas Brettschneider-Ilunga lobte das Portal."
    )
    assert ("Jonas Brettschneider-Ilunga", "Imkerverein Wanzleben e. V") in roles(text, gazetteer)


def test_a_landrat_with_his_county_in_brackets(gazetteer: Gazetteer) -> None:
    text = (
        "Der Landkreistag Brandenburg warnt. „Wir brauchen Tempo“, sagte der Präsident des "
        "Landkreistages, Landrat Peter Okoro-Wendt (Prignitz). Landrat Uwe Sander (CDU) nickte."
    )
    found = roles(text, gazetteer)
    assert ("Peter Okoro-Wendt", "Prignitz") in found
    assert ("Uwe Sander", "CDU") not in found


def test_a_role_prefixed_by_a_short_name_before_a_home_town(gazetteer: Gazetteer) -> None:
    text = (
        "Der Hessische Städte- und Gemeindebund (HSGB) lädt ein. Die Gemeinde Biebertal ist "
        "dabei. „Gut so“, sagte HSGB-Präsident Bürgermeister Till Asamoah-Kurz aus Biebertal."
    )
    found = roles(text, gazetteer)
    assert ("Till Asamoah-Kurz", "Hessische Städte- und Gemeindebund") in found
    assert ("Till Asamoah-Kurz", "Gemeinde Biebertal") in found


def test_the_association_named_again(gazetteer: Gazetteer) -> None:
    text = (
        "Der Gemeinde- und Städtebund Thüringen begrüßt das Programm. Der Verband fordert "
        "aber mehr Personal. Nach einer Umfrage des Verbandes fehlen 300 Stellen."
    )
    found = named(text, gazetteer)
    assert ("Verband", "Gemeinde- und Städtebund Thüringen") in found
    assert ("Verbandes", "Gemeinde- und Städtebund Thüringen") in found


def test_a_county_administration_named_again(gazetteer: Gazetteer) -> None:
    text = "Der Landkreis Uelzen startet. Die Kreisverwaltung richtet den Abend aus."
    assert ("Kreisverwaltung", "Landkreis Uelzen") in named(text, gazetteer)


def test_a_company_name_with_a_digit(gazetteer: Gazetteer) -> None:
    text = "Den Auftrag erhielt die Flugbild 4K GmbH aus Gießen."
    assert ("Flugbild 4K GmbH", "Flugbild 4K GmbH") in named(text, gazetteer)


def test_a_compound_foundation_with_a_name(gazetteer: Gazetteer) -> None:
    text = "Weitere 5.000 Euro gibt die Bürgerstiftung Lauterbacher Mühle."
    found = named(text, gazetteer)
    assert ("Bürgerstiftung Lauterbacher Mühle", "Bürgerstiftung Lauterbacher Mühle") in found


def test_a_short_name_written_small_first(gazetteer: Gazetteer) -> None:
    text = (
        "Umgesetzt wird es vom Zweckverband Digitale Dienste Westpfalz (dDi-Pfalz). Der "
        "dDi-Pfalz betreibt das Rechenzentrum."
    )
    found = named(text, gazetteer)
    assert ("dDi-Pfalz", "Zweckverband Digitale Dienste Westpfalz") in found
