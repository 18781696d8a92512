"""Founders told together with a relative clause about the first, and founders after "im
Sommer 2024" (shapes of blind rounds 45 to 50; made-up sentences)."""

from __future__ import annotations

from loaders.articles import Gazetteer
from tests.articles.conftest import roles

FIRM = "Die Wattblick GmbH entwickelt Apps für Kurverwaltungen. "


def test_founders_after_the_company_and_a_season(gazetteer: Gazetteer) -> None:
    text = FIRM + (
        "Gegründet haben das Unternehmen im Sommer 2024 Ina Lorenz, die zuvor ein Hotel "
        "geleitet hat, und der Informatiker Tom Berger."
    )
    assert roles(text, gazetteer) == {
        ("Ina Lorenz", "Wattblick GmbH"),
        ("Tom Berger", "Wattblick GmbH"),
    }


def test_the_second_founder_past_a_clause_about_the_first(gazetteer: Gazetteer) -> None:
    text = FIRM + (
        "Gegründet wurde das Unternehmen 2023 von Ina Lorenz, die heute Geschäftsführerin "
        "ist, und dem Informatiker Tom Berger."
    )
    assert roles(text, gazetteer) == {
        ("Ina Lorenz", "Wattblick GmbH"),
        ("Tom Berger", "Wattblick GmbH"),
    }


def test_a_clause_without_a_second_founder_adds_none(gazetteer: Gazetteer) -> None:
    text = FIRM + (
        "Gegründet wurde das Unternehmen 2023 von Ina Lorenz, die heute Geschäftsführerin "
        "ist, und es wächst."
    )
    assert roles(text, gazetteer) == {("Ina Lorenz", "Wattblick GmbH")}
