"""A local body whose name is a place's adjective and a noun ("Amt Xer Berge"; the shape of
round 52, made-up names)."""

from __future__ import annotations

from loaders.articles import Gazetteer
from tests.articles.conftest import named


def test_a_body_named_by_an_adjective_and_a_noun_keeps_both(gazetteer: Gazetteer) -> None:
    text = "Das Amt Lindener Heide startet einen Rufbus. Die Gemeinde Unterer Grund macht mit."
    assert named(text, gazetteer) == [
        ("Amt Lindener Heide", "Amt Lindener Heide"),
        ("Gemeinde Unterer Grund", "Gemeinde Unterer Grund"),
    ]
