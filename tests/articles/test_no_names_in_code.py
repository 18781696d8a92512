"""The extractor's code names no particular person or known body: generality comes from
patterns, general German words and the graph's own labels, not from the test articles."""

from __future__ import annotations

import ast
import json
from pathlib import Path

import pytest

ROOT = Path(__file__).parents[2]
CODE = sorted((ROOT / "loaders" / "articles").glob("*.py"))
ANNOTATIONS = [
    *sorted((ROOT / "tests" / "articles" / "fixtures").glob("*.expected.jsonl")),
    *sorted((ROOT / "tests" / "articles" / "heldout").glob("*.expected.jsonl")),
    *sorted((ROOT / "tests" / "articles" / "annotations").glob("*.jsonl")),
]


def _mentions() -> list[dict[str, str]]:
    found = []
    for path in ANNOTATIONS:
        for line in path.read_text(encoding="utf-8").splitlines():
            row = json.loads(line)
            if row.get("type") == "mention":
                found.append(row)
    return found


def _literals(source: str) -> str:
    """The string constants of ``source`` that are not docstrings (patterns, word lists)."""
    tree = ast.parse(source)
    docs = {
        id(node.value)
        for node in ast.walk(tree)
        if isinstance(node, ast.Expr) and isinstance(node.value, ast.Constant)
    }
    return "\n".join(
        node.value
        for node in ast.walk(tree)
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in docs
    )


def test_the_annotations_are_read() -> None:
    mentions = _mentions()
    assert sum(1 for m in mentions if m["class"] == "Person") > 500
    assert len(CODE) > 20


@pytest.mark.parametrize("path", CODE, ids=lambda p: p.name)
def test_no_person_of_the_test_articles_is_named_in_the_code(path: Path) -> None:
    source = path.read_text(encoding="utf-8")
    persons = {m["label"] for m in _mentions() if m["class"] == "Person"}
    named = sorted(p for p in persons if len(p.split()) >= 2 and p in source)
    assert named == []


@pytest.mark.parametrize("path", CODE, ids=lambda p: p.name)
def test_no_known_body_is_named_in_the_codes_patterns(path: Path) -> None:
    """Bodies the graph knows (annotated with their IRI) are found through its labels, never
    through a pattern or word list naming them."""
    literals = _literals(path.read_text(encoding="utf-8"))
    known = {
        m["label"] for m in _mentions() if m["class"] != "Person" and m.get("entity") is not None
    }
    named = sorted(k for k in known if len(k.split()) >= 2 and k in literals)
    assert named == []
