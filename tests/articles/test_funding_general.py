"""Shapes of funding that blind rounds phrased in ways the rules did not read, on made-up
sentences (no article's names or wording): each test stands for one rule of the extractor
and fails without it."""

from __future__ import annotations

from loaders.articles import Gazetteer
from tests.articles.conftest import funds


def test_a_share_of_no_sum_towards_no_work_named_gives_no_fact(gazetteer: Gazetteer) -> None:
    """ "Den Rest tragen die Gemeinden selbst" in a text that names no work: nothing to say
    who pays towards what; with a sum ("die übrigen X Euro … aus eigenen Mitteln") the share
    is still stated."""
    text = (
        "Die Gemeinde Nirgendheim und die Gemeinde Irgendhausen erneuern ihre Bürgerbüros. "
        "Das Land Hessen übernimmt drei Viertel der Kosten; den Rest tragen die Gemeinden selbst."
    )
    found = funds(text, gazetteer)
    assert ("Gemeinde Nirgendheim", None) not in found
    assert ("Gemeinde Irgendhausen", None) not in found
    text = (
        "Die Stadt Nirgendheim erneuert ihr Bürgerbüro. Das Land Hessen gibt 60.000 Euro, die "
        "übrigen 20.000 Euro bringt die Stadt aus eigenen Mitteln auf."
    )
    assert ("Stadt Nirgendheim", None) in funds(text, gazetteer)
