"""Funding as blind round 43 wrote it, on made-up sentences (no article's names or wording).
Each test fails without its rule."""

from __future__ import annotations

from loaders.articles import Gazetteer
from tests.articles.conftest import funds, named


def test_money_a_company_has_passed_on(gazetteer: Gazetteer) -> None:
    text = (
        "Die Ampelwerk GmbH aus Zwickau gewann den „Verkehrspreis Sachsen“ mit 8.000 Euro. "
        "2.000 Euro davon hat das Start-up an den Förderverein Schule Marienthal e. V. "
        "weitergegeben."
    )
    assert ("Ampelwerk GmbH", "Förderverein Schule Marienthal e. V") in funds(text, gazetteer)


def test_a_body_named_again_in_the_dative_after_a_colon(gazetteer: Gazetteer) -> None:
    text = (
        "Der Hessische Städtetag startet das Projekt „Standesamt digital“. Bezahlt wird es aus "
        "dem Landesprogramm „Amt 2028“: Das Hessische Ministerium des Innern hat dem Städtetag "
        "dafür 300.000 Euro bewilligt."
    )
    found = funds(text, gazetteer)
    assert any(obj == "Hessische Städtetag" and "Innern" in subject for subject, obj in found)


def test_a_foundation_and_a_district_office_named_again(gazetteer: Gazetteer) -> None:
    text = (
        "Die Elbinsel-Stiftung für Nachbarschaft startet ein Programm. Das Bezirksamt "
        "Hamburg-Nord macht mit. Die Stiftung zahlt die Gehälter, das Bezirksamt stellt die Räume."
    )
    found = named(text, gazetteer)
    assert ("Stiftung", "Elbinsel-Stiftung für Nachbarschaft") in found
    assert ("Bezirksamt", "Bezirksamt Hamburg-Nord") in found
