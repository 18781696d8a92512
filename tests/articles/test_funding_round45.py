"""Shapes of funding blind round 45 phrased in ways the rules did not read, on made-up
sentences (no article's names or wording): each test stands for one rule of the extractor and
fails without it."""

from __future__ import annotations

from loaders.articles import Gazetteer
from tests.articles.conftest import funds

OPENING = (
    "Der Landkreis Altenkirchen startet das Projekt „Amt nah“. Das Land Rheinland-Pfalz gibt "
    "dafür 500.000 Euro. "
)


def test_a_share_paid_with_a_bank_s_loan_is_lent_by_the_bank(gazetteer: Gazetteer) -> None:
    for said in (
        "Den Rest finanziert der Kreis über einen Kredit der Sparkasse Westerwald über "
        "270.000 Euro.",
        "Den Rest finanziert der Kreis durch ein Darlehen der Sparkasse Westerwald über "
        "270.000 Euro.",
    ):
        found = funds(OPENING + said, gazetteer)
        assert ("Sparkasse Westerwald", "Landkreis Altenkirchen") in found, said
        assert ("Sparkasse Westerwald", "Amt nah") not in found, said
        assert ("Landkreis Altenkirchen", "Amt nah") in found, said  # its own share
