"""Funding facts of made-up sentences (no article's names or wording): own shares, grants
handed over in person, where the money comes from."""

from __future__ import annotations

import datetime as dt

from loaders.articles import Gazetteer, extract
from loaders.articles.findings import Fact


def _funds(text: str, gazetteer: Gazetteer) -> set[tuple[str, str | None]]:
    return {
        (f.subject.label, None if f.object is None else f.object.label)
        for f in extract(text, gazetteer, article_date=dt.date(2024, 4, 2))
        if isinstance(f, Fact) and f.predicate == "funds"
    }


def test_a_share_of_their_own_funds_the_work(gazetteer: Gazetteer) -> None:
    text = (
        "Der Bund fördert das Projekt „Dorf online“ mit 1 Million Euro. "
        "Weitere 200.000 Euro tragen die beteiligten Gemeinden selbst."
    )
    assert ("Gemeinden", "Dorf online") in _funds(text, gazetteer)


def test_the_rest_shared_by_bodies_named_again(gazetteer: Gazetteer) -> None:
    text = (
        "Die Stadt Nirgendwo und der Landkreis Irgendwo starten das Projekt „Netz im Dorf“. "
        "Das Land Brandenburg übernimmt 80.000 Euro. Den Rest teilen sich Stadt und Landkreis."
    )
    found = _funds(text, gazetteer)
    assert ("Stadt Nirgendwo", "Netz im Dorf") in found
    assert ("Landkreis Irgendwo", "Netz im Dorf") in found
