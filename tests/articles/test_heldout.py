"""The held-out articles of our own (rounds 80 to 87): well-formed, annotated, dated.

They are scored by ``python -m loaders.articles.score`` but carry no quality threshold
here: a threshold on the held-out set would invite tuning on it. Their annotations and
those of the fixtures are checked against the texts, character by character.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
import yaml

from loaders.articles.score import annotated, read_gold
from tests.articles.conftest import FIXTURES

HELDOUT = Path(__file__).parent / "heldout"
CLASSES = {"Organisation", "Person", "Place", "Initiative", "Event", "Law"}
QUALIFIERS = {"exact", "approximately", "more_than", "at_least", "up_to", "less_than"}


def test_held_out_rounds_have_eight_articles_or_more_of_2000_characters_or_more() -> None:
    documents = annotated(HELDOUT, HELDOUT, ".expected.jsonl")
    assert len(documents) >= 8
    for doc in documents:
        assert len(doc.text.read_text(encoding="utf-8")) >= 2_000, doc.name


def test_heldout_dates_come_from_the_metadata_file() -> None:
    meta = yaml.safe_load((HELDOUT / "metadata.yaml").read_text(encoding="utf-8"))
    documents = annotated(HELDOUT, HELDOUT, ".expected.jsonl")
    assert {d.name: d.date for d in documents} == {
        name: dt.date.fromisoformat(entry["date"]) for name, entry in meta.items()
    }


@pytest.mark.parametrize("folder", [HELDOUT, FIXTURES], ids=["heldout", "fixtures"])
def test_annotations_match_their_texts(folder: Path) -> None:
    for doc in annotated(folder, folder, ".expected.jsonl"):
        text = doc.text.read_text(encoding="utf-8")
        for row in read_gold(doc.gold):
            assert 0 <= row["start"] < row["end"] <= len(text), (doc.name, row)
            if row["type"] == "fact":
                assert row["subject"]["label"], (doc.name, row)
                continue
            assert text[row["start"] : row["end"]] == row["text"], (doc.name, row)
            if row["type"] == "mention":
                assert row["class"] in CLASSES, (doc.name, row)
            if row["type"] == "amount":
                assert row["qualifier"] in QUALIFIERS, (doc.name, row)
