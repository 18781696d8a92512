"""Matching keys: German inflection, umlaut and ß spellings, hyphens meet on one key."""

from __future__ import annotations

import pytest

from loaders.articles.normalise import key


@pytest.mark.parametrize(
    ("variant", "base"),
    [
        ("des Gemeindetages", "des Gemeindetag"),
        ("Gemeindetags Baden-Württemberg", "Gemeindetag Baden-Württemberg"),
        ("Staedtetag Baden Wuerttemberg", "Städtetag Baden-Württemberg"),
        ("Strasse", "Straße"),
        ("Digital-Ministerium", "Digital Ministerium"),
        ("Ministeriums für Inneres", "Ministerium für Inneres"),
        ("Kommunalen Digitallotsen", "Kommunale Digitallotse"),
    ],
)
def test_variants_share_a_key(variant: str, base: str) -> None:
    assert key(variant) == key(base)


@pytest.mark.parametrize(
    ("one", "other"),
    [("digital@bw", "digital-bw"), ("Bund", "Bunde Land"), ("Landkreistag", "Landtag")],
)
def test_different_names_keep_different_keys(one: str, other: str) -> None:
    assert key(one) != key(other)
