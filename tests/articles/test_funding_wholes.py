"""A programme's budget told in a sentence that also names the whole it belongs to: the
programme is funded, not the whole. Made-up sentences."""

from __future__ import annotations

import pytest

from loaders.articles import Gazetteer
from tests.articles.conftest import funds

OPENING = (
    "Das Ministerium für Digitales des Saarlandes startet das Landesprogramm „Sicher vernetzt "
    "Saar“. "
)
MINISTRY = "Ministerium für Digitales des Saarlandes"


@pytest.mark.parametrize(
    "budget",
    [
        "Das Landesprogramm gehört zur „Digitalagenda Saarland“ der Landesregierung und ist "
        "bis 2028 mit mehr als 12 Millionen Euro ausgestattet.",
        "Das Landesprogramm gehört zur „Digitalagenda Saarland“ und hält bis Ende 2027 "
        "insgesamt 1,2 Millionen Euro für Informationssicherheit bereit.",
    ],
)
def test_the_programme_named_again_is_funded_not_its_whole(
    budget: str, gazetteer: Gazetteer
) -> None:
    found = funds(OPENING + budget, gazetteer)
    assert (MINISTRY, "Sicher vernetzt Saar") in found
    assert (MINISTRY, "Digitalagenda Saarland") not in found
