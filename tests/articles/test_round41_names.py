"""Names and roles as blind round 41 wrote them, on made-up sentences (no article's names or
wording). Each test fails without its rule."""

from __future__ import annotations

from loaders.articles import Gazetteer
from tests.articles.conftest import named, roles


def test_a_newspapers_masthead_on_the_first_line(gazetteer: Gazetteer) -> None:
    for first in (
        "Weserberg-Kurier | Lokales | 3. Mai 2026",
        "Hümmlinger Bote \u2013 Aus der Region",
    ):
        text = first + "\n\nDie Stadt Sögel öffnet ihr Bürgerbüro online. Es ist ein Anfang.\n"
        name = first.split(" | ")[0].split(" \u2013 ")[0]
        assert (name, name) in named(text, gazetteer), first


def test_a_dateline_or_a_genre_is_no_masthead(gazetteer: Gazetteer) -> None:
    for first in (
        "Sögel, 3. Mai 2026 \u2013 Die Stadt Sögel öffnet ihr Bürgerbüro online.",
        "Interview",
    ):
        text = first + "\n\nDie Stadt Sögel öffnet ihr Bürgerbüro online. Es ist ein Anfang.\n"
        found = named(text, gazetteer)
        assert not any(surface in ("Sögel, 3", "Interview") for surface, _ in found), first
        assert not any(label == "Sögel" for _, label in found), first


def test_a_ministry_before_a_towns_adjective_and_a_company_is_a_dative(
    gazetteer: Gazetteer,
) -> None:
    text = (
        "Das Ministerium für Heimat Nordrhein-Westfalen startet das Portal. Den Betrieb hat das "
        "Ministerium der Bochumer Datenhafen GmbH übertragen."
    )
    assert not any(label.startswith("Ministerium der") for _, label in named(text, gazetteer))


def test_a_role_at_the_body_named_again_after_the_name(gazetteer: Gazetteer) -> None:
    text = (
        "Der Hessische Städtetag prüft das. „Es fehlt an Personal“, sagt Referentin Mira "
        "Okafor-Lenz vom Verband."
    )
    assert ("Mira Okafor-Lenz", "Hessische Städtetag") in roles(text, gazetteer)


def test_an_office_doctor_as_a_second_role(gazetteer: Gazetteer) -> None:
    text = (
        "Der Landkreis Sömmerda startet ein Portal. Die Leiterin des Gesundheitsamtes, "
        "Amtsärztin Dr. Ines Bauer-Mensah, verwies auf den Sommer."
    )
    found = roles(text, gazetteer)
    assert any(person == "Ines Bauer-Mensah" for person, _ in found)
