"""Funding as blind round 44 wrote it, on made-up sentences (no article's names or wording).
Each test fails without its rule."""

from __future__ import annotations

from loaders.articles import Gazetteer
from tests.articles.conftest import funds, named


def test_each_body_of_a_kind_in_the_singular_pays(gazetteer: Gazetteer) -> None:
    text = (
        "Der Landkreistag Sachsen-Anhalt startet das Portal „Pflege digital“. Mit dabei sind "
        "unter anderem die Stadt Genthin, die Gemeinde Möser und die Stadt Burg. Jede "
        "Pilotkommune beteiligt sich mit jährlich 900 Euro an den Betriebskosten."
    )
    found = funds(text, gazetteer)
    for body in ("Stadt Genthin", "Gemeinde Möser", "Stadt Burg"):
        assert (body, "Pflege digital") in found
    assert not any(obj == "Pilotkommune" for _, obj in found)


def test_the_company_named_again_receives(gazetteer: Gazetteer) -> None:
    text = (
        "Der Landkreistag Sachsen-Anhalt startet das Portal „Pflege digital“. Gebaut wird es von "
        "der Elbcode GmbH aus Magdeburg. Das Unternehmen erhält vom Landkreistag dafür 90.000 "
        "Euro."
    )
    found = funds(text, gazetteer)
    assert any(obj == "Elbcode GmbH" for _, obj in found)
    assert not any(obj == "Unternehmen" for _, obj in found)


def test_a_giver_after_the_auxiliary_with_no_receiver_funds_the_work(gazetteer: Gazetteer) -> None:
    text = (
        "Der Landkreis Ansbach startet das Projekt „Digitalnetz Ansbach“. Das Bayerische "
        "Staatsministerium für Digitales fördert es mit 200.000 Euro. Für einen Leihpool mit 40 "
        "Tablets hat die Stiftung Frankenwerk 12.000 Euro gespendet."
    )
    assert ("Stiftung Frankenwerk", "Digitalnetz Ansbach") in funds(text, gazetteer)


def test_a_headed_name_right_before_a_sum(gazetteer: Gazetteer) -> None:
    text = "Für den Leihpool hat die Stiftung Neue Heimat 12.000 Euro gespendet."
    assert ("Stiftung Neue Heimat", "Stiftung Neue Heimat") in named(text, gazetteer)
