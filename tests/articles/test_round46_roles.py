"""Roles as blind round 46 wrote them, on made-up sentences (no article's names or wording).
Each test fails without its rule."""

from __future__ import annotations

from loaders.articles import Gazetteer
from tests.articles.conftest import named, roles


def test_a_landrat_heads_a_county_not_a_church_district(gazetteer: Gazetteer) -> None:
    text = (
        "Der Kreis Herford startet die Videoberatung mit dem Diakonischen Werk im Kirchenkreis "
        "Herford. „Das hilft“, sagt Landrätin Kerstin Hüse."
    )
    assert ("Kerstin Hüse", "Kreis Herford") in roles(text, gazetteer)
    assert "Kirchenkreis" not in [label for _, label in named(text, gazetteer)]


def test_a_verbandsbuergermeister_heads_the_verbandsgemeinde(gazetteer: Gazetteer) -> None:
    text = (
        "Die Verbandsgemeinde Daun digitalisiert das Jagdkataster. Der Gemeinde- und Städtebund "
        "Rheinland-Pfalz lobt das. „Es geht schneller“, sagt Verbandsbürgermeister Jan Thiex."
    )
    assert ("Jan Thiex", "Verbandsgemeinde Daun") in roles(text, gazetteer)


def test_a_compound_profession_is_no_first_name(gazetteer: Gazetteer) -> None:
    text = "Der Vorsitzende des Gutachterausschusses, Vermessungsingenieur Ralf Schnizler, lobt."
    assert roles(text, gazetteer) == {("Ralf Schnizler", "Gutachterausschuss")}


def test_who_has_led_a_body_for_years_in_a_relative_clause(gazetteer: Gazetteer) -> None:
    text = (
        "Hannelore Brügge, die seit elf Jahren das Schiedsamt Celle-Neustadt führt, hat sechs "
        "Verhandlungen per Video geleitet."
    )
    assert ("Hannelore Brügge", "Schiedsamt Celle-Neustadt") in roles(text, gazetteer)


def test_a_region_in_a_masthead_s_rubric_is_a_place_not_a_body(gazetteer: Gazetteer) -> None:
    text = (
        "Nagold-Bote \u2013 Region Calw\n\nCalw, 3. Mai 2026. Die Stadt Calw und die Gemeinde "
        "Bad Teinach-Zavelstein teilen sich einen Gutachterausschuss. Calws Oberbürgermeister "
        "Jan Fezer sieht darin ein Vorbild."
    )
    assert ("Jan Fezer", "Stadt Calw") in roles(text, gazetteer)
    assert ("Calw", "Calw") in named(text, gazetteer, "Place")
    assert "Region Calw" not in [label for _, label in named(text, gazetteer)]
