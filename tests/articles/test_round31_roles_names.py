"""Offices and names blind round 31 wrote in ways the extractor did not read, on made-up
sentences (no article's names or wording): each test fails without its rule."""

from __future__ import annotations

import datetime as dt

from loaders.articles import Gazetteer, extract
from loaders.articles.findings import Fact, Mention

DAY = dt.date(2026, 4, 2)


def _roles(text: str, gazetteer: Gazetteer) -> set[tuple[str, str | None]]:
    return {
        (f.subject.label, f.object.label if f.object else None)
        for f in extract(text, gazetteer, article_date=DAY)
        if isinstance(f, Fact) and f.predicate == "holds_role"
    }


def _labels(text: str, gazetteer: Gazetteer) -> set[str]:
    return {m.label for m in extract(text, gazetteer, article_date=DAY) if isinstance(m, Mention)}


def test_an_acronym_before_an_office_is_a_word_of_the_body_named(gazetteer: Gazetteer) -> None:
    text = (
        "Die Kehrwerk GmbH sammelt Geld ein. Angeführt wird die Runde von der "
        "Beteiligungsgesellschaft KBX. KBX-Geschäftsführer Ole Sievers nannte Kehrwerk ein "
        "Beispiel."
    )
    found = _roles(text, gazetteer)
    assert ("Ole Sievers", "Beteiligungsgesellschaft KBX") in found
    assert ("Ole Sievers", "Kehrwerk GmbH") not in found


def test_the_chair_of_a_town_assembly_by_his_title(gazetteer: Gazetteer) -> None:
    text = (
        "Die Stadtverordnetenversammlung Eschwege hat die E-Akte beschlossen. "
        "Stadtverordnetenvorsteher Max Kellner kündigte an, die Unterlagen digital zu verschicken."
    )
    bodies = {body for person, body in _roles(text, gazetteer) if person == "Max Kellner"}
    assert bodies
    assert all(b and b.startswith("Stadtverordnetenversammlung") for b in bodies)


def test_the_head_of_an_association_is_not_the_head_of_its_assembly(
    gazetteer: Gazetteer,
) -> None:
    text = (
        "Der Zweckverband Digitale Rhön hat eine Verbandsversammlung. Verbandsvorsteher Tim "
        "Gerlach stellte den Haushalt vor."
    )
    found = _roles(text, gazetteer)
    assert ("Tim Gerlach", "Zweckverband Digitale Rhön") in found


def test_a_spa_towns_name_after_its_kind(gazetteer: Gazetteer) -> None:
    found = _labels(
        "Die Stadt Bad Kissingen und der Landkreis Bad Tölz bauen ein Portal.", gazetteer
    )
    assert {"Stadt Bad Kissingen", "Landkreis Bad Tölz"} <= found
