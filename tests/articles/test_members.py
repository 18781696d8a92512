"""Who belongs to which body (``member_of``): made-up sentences."""

from __future__ import annotations

import pytest

from loaders.articles import Gazetteer
from tests.articles.conftest import pairs


def members(text: str, gazetteer: Gazetteer) -> set[tuple[str, str | None]]:
    return pairs(text, gazetteer, "member_of")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a relative clause with what is counted
            "Der Niedersächsische Städtetag, dem rund 120 Städte angehören, begrüßt den Plan.",
            {("Städte", "Niedersächsische Städtetag")},
        ),
        (  # "alle drei Städte": the three towns named before
            "Die Stadt Celle, die Stadt Uelzen und die Stadt Lüneburg testen die App. Der "
            "Niedersächsische Städtetag, dem alle drei Städte angehören, begrüßt den Plan.",
            {
                ("Stadt Celle", "Niedersächsische Städtetag"),
                ("Stadt Uelzen", "Niedersächsische Städtetag"),
                ("Stadt Lüneburg", "Niedersächsische Städtetag"),
            },
        ),
        (  # "vertritt": what is counted after the verb
            "Der Niedersächsische Städtetag vertritt nach eigenen Angaben 120 Städte.",
            {("Städte", "Niedersächsische Städtetag")},
        ),
        (  # "gehört dem Y an"
            "Der Landkreis Celle gehört dem Zweckverband Heide-IT an.",
            {("Landkreis Celle", "Zweckverband Heide-IT")},
        ),
        (  # the signers of a founding belong to what they found
            "Die Stadt Celle und die Gemeinde Wietze haben eine Vereinbarung über den "
            "Zweckverband „Heide-IT“ unterzeichnet.",
            {("Stadt Celle", "Heide-IT"), ("Gemeinde Wietze", "Heide-IT")},
        ),
    ],
)
def test_members_are_read(text: str, expected: set[tuple[str, str]], gazetteer: Gazetteer) -> None:
    assert expected <= members(text, gazetteer)


def test_bodies_named_as_where_members_come_from_are_no_members(gazetteer: Gazetteer) -> None:
    text = (
        "Es gibt den Zweckverband Heide-IT, in dem sich 37 Ämter aus den Landkreisen Celle "
        "und Heidekreis zusammengeschlossen haben."
    )
    assert ("Landkreis Celle", "Zweckverband Heide-IT") not in members(text, gazetteer)


def test_a_body_that_joins_another_belongs_to_it(gazetteer: Gazetteer) -> None:
    text = "Um Zeit zu sparen, tritt die Stadt Celle dem Zweckverband Heide-IT bei."
    assert ("Stadt Celle", "Zweckverband Heide-IT") in members(text, gazetteer)
