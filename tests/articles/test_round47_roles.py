"""Roles as blind round 47 wrote them, on made-up sentences (no article's names or wording).
Each test fails without its rule."""

from __future__ import annotations

from loaders.articles import Gazetteer
from tests.articles.conftest import roles


def test_an_office_of_an_association_of_any_kind(gazetteer: Gazetteer) -> None:
    text = (
        "Der Abwasserverband Ilmenau-Süd führt eine Gebühr ein. „Das ist gerechter“, sagt "
        "Verbandsgeschäftsführer Dirk Ahl."
    )
    assert ("Dirk Ahl", "Abwasserverband Ilmenau-Süd") in roles(text, gazetteer)


def test_a_title_opened_by_a_local_body_s_kind(gazetteer: Gazetteer) -> None:
    text = (
        "Die Hansestadt Wismar startet ein Portal für Briefwahl. „Wahlen sind wichtig“, sagt "
        "Stadtwahlleiter Holger Knie."
    )
    assert ("Holger Knie", "Hansestadt Wismar") in roles(text, gazetteer)
