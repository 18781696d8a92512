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


def test_a_place_adjective_before_a_company_name_is_the_place(gazetteer: Gazetteer) -> None:
    text = (
        "Die Schaukästen baut die Tuttlinger Blechwerk Maier GmbH. Die Lindauer Firma Seeblick "
        "Data GmbH wartet sie; die Ulmer Verkehrsbetriebe GmbH fahren die Teile aus. Die "
        "Ravensburger Beteiligungsgesellschaft Schussental Kapital GmbH hat sich beteiligt."
    )
    companies = [label for _, label in named(text, gazetteer)]
    assert "Blechwerk Maier GmbH" in companies
    assert "Seeblick Data GmbH" in companies
    assert "Ulmer Verkehrsbetriebe GmbH" in companies  # a common noun after the adjective
    assert "Schussental Kapital GmbH" in companies
    places = named(text, gazetteer, "Place")
    assert ("Tuttlinger", "Tuttlingen") in places
    assert ("Lindauer", "Lindau") in places


def test_a_place_adjective_before_a_body_noun_is_a_place(gazetteer: Gazetteer) -> None:
    text = (
        "Ein Wangener Start-up hat die App entwickelt. Die Biberacher Kommunen nutzen sie. "
        "Unser Start-up wächst, sagt die Gründerin."
    )
    places = [surface for surface, _ in named(text, gazetteer, "Place")]
    assert places == ["Wangener", "Biberacher"]


def test_limited_partnerships_are_companies(gazetteer: Gazetteer) -> None:
    text = "Die Abholfächer liefert die Holzbau Fendt KG, die Kabel die Elektro Vogt OHG."
    companies = [label for _, label in named(text, gazetteer)]
    assert companies == ["Holzbau Fendt KG", "Elektro Vogt OHG"]


def test_a_surname_or_noun_opening_a_company_name_stays_in_it(gazetteer: Gazetteer) -> None:
    text = (
        "Den Auftrag erhielt die Schneider Haustechnik GmbH, die Muster Software GmbH ging leer "
        "aus, die Wegweiser Labs GmbH auch."
    )
    companies = [label for _, label in named(text, gazetteer)]
    assert companies == [
        "Schneider Haustechnik GmbH",
        "Muster Software GmbH",
        "Wegweiser Labs GmbH",
    ]
    assert named(text, gazetteer, "Place") == []


def test_the_start_up_said_again_is_the_start_up_not_its_investor(gazetteer: Gazetteer) -> None:
    text = (
        "Das Start-up Wegweiser Labs GmbH entwickelt eine App. Die Rheinkapital GmbH hat sich "
        "beteiligt. Die Stadt Xanten zahlt dem Start-up 20.000 Euro."
    )
    found = named(text, gazetteer)
    assert ("Start-up", "Wegweiser Labs GmbH") in found
