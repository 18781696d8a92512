"""Shapes of funding blind round 41 phrased in ways the rules did not read, on made-up
sentences (no article's names or wording): each test stands for one rule of the extractor and
fails without it."""

from __future__ import annotations

from loaders.articles import Gazetteer
from tests.articles.conftest import funds

OPENING = (
    "Die Verbandsgemeinde Diez startet das Projekt „Schulnetz Diez“. Das Ministerium für Bildung "
    "Rheinland-Pfalz fördert es mit 200.000 Euro. Die Verbandsgemeinde Diez lädt zum Elternabend. "
)


def test_a_participle_put_first_receives_nothing(gazetteer: Gazetteer) -> None:
    text = OPENING + (
        "Programmiert hat die Anwendung die Lahnbit GmbH, die den Zuschlag für 90.000 Euro erhielt."
    )
    assert not any(obj == "Programmiert" for _, obj in funds(text, gazetteer))


def test_a_contract_awarded_is_paid_by_the_local_body_of_the_article(gazetteer: Gazetteer) -> None:
    for said in (
        "Programmiert hat die Anwendung die Lahnbit GmbH, die den Zuschlag für 90.000 Euro "
        "erhielt.",
        "Den Auftrag für die Server vergab der Rat an die Lahnbit GmbH, die mit 90.000 Euro das "
        "günstigste Angebot abgab.",
        "Den Auftrag für die Software erhielt die Lahnbit GmbH; er hat einen Umfang von 90.000 "
        "Euro.",
    ):
        found = funds(OPENING + said, gazetteer)
        assert ("Verbandsgemeinde Diez", "Lahnbit GmbH") in found, said
        assert ("Ministerium für Bildung Rheinland-Pfalz", "Lahnbit GmbH") not in found, said


def test_a_city_states_authority_awards_where_no_district_is_named(gazetteer: Gazetteer) -> None:
    text = (
        "Die Senatorin für Umwelt, Klima und Wissenschaft startet das Portal „Baum digital“. Die "
        "Stadt Bremerhaven macht mit, die Stadt Bremerhaven zahlt nichts, die Stadt Bremerhaven "
        "stellt Räume. Entwickelt hat es die Weserbit GmbH, die einen Auftrag über 70.000 Euro "
        "erhielt."
    )
    found = funds(text, gazetteer)
    assert ("Senatorin für Umwelt, Klima und Wissenschaft", "Weserbit GmbH") in found
