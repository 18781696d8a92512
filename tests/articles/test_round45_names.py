"""Names and roles as blind round 45 wrote them, on made-up sentences (no article's names or
wording). Each test fails without its rule."""

from __future__ import annotations

from loaders.articles import Gazetteer
from tests.articles.conftest import named, roles


def test_administrative_communities_by_name_and_in_a_list(gazetteer: Gazetteer) -> None:
    text = (
        "Federführend ist die Verwaltungsgemeinschaft Dornburg-Camburg. Dazu gehören die "
        "Verwaltungsgemeinschaften Bürgel und Hermsdorf."
    )
    found = named(text, gazetteer)
    assert (
        "Verwaltungsgemeinschaft Dornburg-Camburg",
        "Verwaltungsgemeinschaft Dornburg-Camburg",
    ) in found
    assert ("Bürgel", "Verwaltungsgemeinschaft Bürgel") in found


def test_a_mayor_of_the_municipality_named_before(gazetteer: Gazetteer) -> None:
    text = (
        "An die Gemeinden Kranenburg und Kalkar gehen jeweils 40.000 Euro. In Kalkar etwa "
        "arbeitet die Gemeinde mit dem Seniorenbeirat zusammen. „Wir haben ein kleines "
        "Rathaus“, sagt Bürgermeisterin Ruth Janssen-Okafor."
    )
    assert ("Ruth Janssen-Okafor", "Gemeinde Kalkar") in roles(text, gazetteer)
