"""Bodies named by a head noun and a name after it: councils and the states' middle
authorities. Made-up sentences."""

from __future__ import annotations

import pytest

from loaders.articles import Gazetteer
from tests.articles.conftest import org_at


@pytest.mark.parametrize(
    ("text", "surface", "label"),
    [
        (
            "Auch der Kreiselternbeirat Heidekreis unterstützt das Portal.",
            "Kreiselternbeirat Heidekreis",
            "Kreiselternbeirat Heidekreis",
        ),
        (
            "Der Landes-Seniorenbeirat Niedersachsen hat die Standorte mit ausgewählt.",
            "Landes-Seniorenbeirat Niedersachsen",
            "Landes-Seniorenbeirat Niedersachsen",
        ),
        (
            "Die Bezirksregierung Lüneburg hat das Verfahren geprüft.",
            "Bezirksregierung Lüneburg",
            "Bezirksregierung Lüneburg",
        ),
        (
            "Das Regierungspräsidium Kassel lobt das Portal.",
            "Regierungspräsidium Kassel",
            "Regierungspräsidium Kassel",
        ),
    ],
)
def test_a_council_or_a_middle_authority_is_one_body(
    text: str, surface: str, label: str, gazetteer: Gazetteer
) -> None:
    assert org_at(text, surface, gazetteer) == label


def test_a_body_named_by_a_region_with_an_adjective(gazetteer: Gazetteer) -> None:
    text = "Der Tourismusverband Fränkische Schweiz stellt 20.000 Euro bereit."
    assert org_at(text, "Tourismusverband", gazetteer) == "Tourismusverband Fränkische Schweiz"


def test_a_body_noun_after_a_possessive_takes_no_name(gazetteer: Gazetteer) -> None:
    text = "Fünf Kommunen erhalten von unserer Stiftung Geld für ihre Stuben."
    assert org_at(text, "Stiftung", gazetteer) is None
