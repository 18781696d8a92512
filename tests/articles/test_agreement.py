"""Agreement of two annotators: a second, independent annotation scored against the first."""

from __future__ import annotations

import json
from pathlib import Path

from loaders.articles.score import agreement, annotated, read_gold
from tests.articles.conftest import FIXTURES

AGREEMENT = Path(__file__).parent / "agreement"
TEXT = "Das Land fördert die Stadt Adorf mit 50.000 Euro. Der Kreis zahlt den Rest."


def _fact(start: int, end: int, subject: str, obj: str) -> dict[str, object]:
    return {
        "type": "fact",
        "start": start,
        "end": end,
        "predicate": "funds",
        "subject": {"label": subject, "entity": None},
        "object": {"label": obj, "entity": None},
    }


def _amount(value: float, qualifier: str) -> dict[str, object]:
    start = TEXT.index("50.000")
    return {
        "type": "amount",
        "start": start,
        "end": start + len("50.000 Euro"),
        "text": "50.000 Euro",
        "value": value,
        "min": None,
        "max": None,
        "qualifier": qualifier,
    }


def _write(path: Path, rows: list[dict[str, object]]) -> None:
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")


def test_the_second_annotation_is_scored_against_the_first_on_its_own_types(
    tmp_path: Path,
) -> None:
    first, second = tmp_path / "first", tmp_path / "second"
    first.mkdir()
    second.mkdir()
    (first / "a.txt").write_text(TEXT, encoding="utf-8")
    split = TEXT.index("Der")
    mention = {"type": "mention", "start": 0, "end": 8, "text": "Das Land", "class": "Place"}
    _write(
        first / "a.expected.jsonl",
        [
            mention,  # the second annotator marks no mentions: not counted against them
            _fact(0, split, "Land", "Stadt Adorf"),
            _fact(split, len(TEXT), "Kreis", "Stadt Adorf"),
            _amount(50000.0, "exact"),
        ],
    )
    _write(
        second / "a.second.jsonl",
        [
            _fact(0, split, "Land", "Stadt Adorf"),
            _fact(split, len(TEXT), "Kreis", "Land"),
            _amount(50000.0, "approximately"),
        ],
    )
    report = agreement(first, second)
    funds = report.tally("fact:funds")
    assert (funds.gold, funds.predicted, funds.hits) == (2, 2, 1)
    amounts = report.tally("amount")
    assert (amounts.gold, amounts.hits, amounts.exact) == (1, 1, 0)
    assert report.tally("mention:Place").gold == 0


def test_the_second_annotation_fits_its_texts() -> None:
    documents = annotated(FIXTURES, AGREEMENT, ".second.jsonl")
    assert len(documents) >= 5, "the second annotation of round 11 is missing"
    for doc in documents:
        text = doc.text.read_text(encoding="utf-8")
        rows = read_gold(doc.gold)
        assert {r["type"] for r in rows} <= {"fact", "amount"}, doc.name
        for row in rows:
            assert 0 <= row["start"] < row["end"] <= len(text), (doc.name, row)
            if row["type"] == "amount":
                assert text[row["start"] : row["end"]] == row["text"], (doc.name, row)
            else:
                assert row["subject"]["label"], (doc.name, row)
                assert row["object"]["label"], (doc.name, row)
