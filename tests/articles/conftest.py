"""Shared fixtures for the article extraction tests: one gazetteer per session."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from loaders.articles import Gazetteer, extract
from loaders.articles.extract import mentions
from loaders.articles.findings import Fact, Mention

FIXTURES = Path(__file__).parent / "fixtures"


@pytest.fixture(scope="session")
def gazetteer() -> Gazetteer:
    """Names of the bundled curated facts and ontology, loaded in memory."""
    return Gazetteer.from_curated()


def facts(text: str, gazetteer: Gazetteer, predicate: str) -> list[Fact]:
    """The facts with ``predicate`` found in ``text`` (an article of 2 April 2024)."""
    return [
        f
        for f in extract(text, gazetteer, article_date=dt.date(2024, 4, 2))
        if isinstance(f, Fact) and f.predicate == predicate
    ]


def pairs(text: str, gazetteer: Gazetteer, predicate: str) -> set[tuple[str, str | None]]:
    """(subject, object) labels of the facts with ``predicate`` found in ``text``."""
    return {
        (f.subject.label, None if f.object is None else f.object.label)
        for f in facts(text, gazetteer, predicate)
    }


def funds(text: str, gazetteer: Gazetteer) -> set[tuple[str, str | None]]:
    """Who funds whom or what in ``text``."""
    return pairs(text, gazetteer, "funds")


def roles(text: str, gazetteer: Gazetteer) -> set[tuple[str, str | None]]:
    """Who holds a role where in ``text``."""
    return pairs(text, gazetteer, "holds_role")


def named(text: str, gazetteer: Gazetteer, cls: str = "Organisation") -> list[tuple[str, str]]:
    """(surface, label) of every mention of class ``cls`` ``extract`` reports in ``text``."""
    return [
        (f.text, f.label)
        for f in extract(text, gazetteer, article_date=dt.date(2026, 6, 4))
        if isinstance(f, Mention) and f.cls == cls
    ]


def org_at(text: str, surface: str, gazetteer: Gazetteer, nth: int = 0) -> str | None:
    """The label of the organisation found at the ``nth`` occurrence of ``surface``."""
    at = -1
    for _ in range(nth + 1):
        at = text.index(surface, at + 1)
    for m in mentions(text, gazetteer):
        if m.cls == "Organisation" and m.start <= at and at + len(surface) <= m.end:
            return m.label
    return None
