"""Odd input never crashes the extractor, and every offset still points into the text."""

from __future__ import annotations

import random

from loaders.articles import Gazetteer, extract

PIECES = [
    "Stadt",
    "Gemeinde X",
    "des",
    "Landes",
    "Ministerium für",
    "GmbH",
    "Startup",
    "„",
    "“",
    '"',
    "\u2013",
    "-",
    ",",
    ".",
    ":",
    "\n",
    "\n\n",
    "1.000",
    "2,5",
    "Mio.",
    "Euro",
    "€",
    "bis zu",
    "mehr als",
    "seit",
    "2019",
    "7.10.",
    "Im Februar",
    "sagte",
    "Präsident",
    "Anna Muster",
    "Teil des",
    "fördert",
    "Gemeindetag",
    "@",
    "#",
    "ß",
    "Ä",
    "🚀",
    "\t",
    "(",
    ")",
    "[",
    "]",
    "Dr.",
    "Landrat",
    "je",
    "pro Jahr",
    "insgesamt",
    "99999999999999999999",
    "Euro Euro",
]


def test_random_texts_give_findings_inside_the_text(gazetteer: Gazetteer) -> None:
    rng = random.Random(11)
    for _ in range(150):
        text = " ".join(rng.choice(PIECES) for _ in range(rng.randint(0, 60)))
        for finding in extract(text, gazetteer):
            assert 0 <= finding.start <= finding.end <= len(text)
            row = finding.json()
            if "text" in row:
                assert text[finding.start : finding.end] == row["text"]


def test_long_random_unicode_does_not_crash(gazetteer: Gazetteer) -> None:
    rng = random.Random(3)
    text = "".join(chr(rng.randint(0x20, 0x2FF)) for _ in range(20_000))
    assert all(f.start < f.end for f in extract(text, gazetteer))


def test_run_together_texts_do_not_crash(gazetteer: Gazetteer) -> None:
    """Pieces joined without blanks (numbers, units, qualifiers and words running into each
    other): found once to stop the amount reader with an assertion."""
    text = "Euro1 000und1.000€Jede-KommunenjeMillionenDarlehenjährlich1.000"
    assert all(0 <= f.start < f.end <= len(text) for f in extract(text, gazetteer))
    rng = random.Random(5)
    for _ in range(300):
        text = "".join(rng.choice(PIECES) for _ in range(rng.randint(0, 40)))
        assert all(0 <= f.start <= f.end <= len(text) for f in extract(text, gazetteer))
