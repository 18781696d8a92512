"""A town's adjective before a noun is a mention of the town, as the blind annotators of rounds
17 to 22 marked it ("ein Xer Start-up"). Made-up sentences."""

from __future__ import annotations

import pytest

from loaders.articles import Gazetteer, extract


def _places(text: str, gazetteer: Gazetteer) -> list[tuple[str, str]]:
    return [
        (j["text"], j["label"])
        for j in (f.json() for f in extract(text, gazetteer))
        if j["type"] == "mention" and j["class"] == "Place"
    ]


def test_a_towns_adjective_is_the_town(gazetteer: Gazetteer) -> None:
    text = "Die Stadt Adorf startet ein Portal. Gebaut hat es ein Adorfer Start-up."
    assert ("Adorfer", "Adorf") in _places(text, gazetteer)


@pytest.mark.parametrize(
    "text",
    [
        "Die Stadt Adorf startet ein Portal. Gebaut hat es ein Bedorfer Start-up.",  # not named
        "Die Stadt Adorf startet ein Portal. Die Adorfer Stadtwerke bauen es.",  # a name
        "Die Stadt Adorf startet ein Portal. Partner Adorf hilft.",  # no adjective
    ],
)
def test_no_place_from_an_adjective(text: str, gazetteer: Gazetteer) -> None:
    assert not [p for p in _places(text, gazetteer) if p[0].endswith("er")]
