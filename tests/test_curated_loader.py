"""The curated YAML loader: golden output and one test per class of bad input."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from pyoxigraph import RdfFormat, Store, serialize

from kg.errors import SourceError
from tests.conftest import FIXTURES, load_curated

GOLDEN = FIXTURES / "curated-expected.nq"


def test_golden_output() -> None:
    quads = load_curated(FIXTURES / "curated")
    store = Store()
    store.extend(quads)
    expected = Store()
    expected.load(path=GOLDEN, format=RdfFormat.N_QUADS)
    actual_lines = sorted(serialize(quads, format=RdfFormat.N_QUADS).decode().splitlines())
    assert len(quads) == len(set(quads)), "the loader emits duplicate quads"
    assert set(store.quads_for_pattern(None, None, None, None)) == set(
        expected.quads_for_pattern(None, None, None, None)
    ), "\n".join(actual_lines)


def test_loading_twice_gives_identical_quads() -> None:
    assert load_curated(FIXTURES / "curated") == load_curated(FIXTURES / "curated")


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """A writable copy of the fixture folder."""
    target = tmp_path / "curated"
    shutil.copytree(FIXTURES / "curated", target)
    return target


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text()
    assert old in text, f"fixture text {old!r} not found"
    path.write_text(text.replace(old, new, 1))


DOC = "documents/mini-doc.yaml"
BAD_INPUT = [
    # (file, old text, new text, expected line, words in the message)
    (
        "entities.yaml",
        "    kind: state\n",
        "    kind: state\n    colour: red\n",
        5,
        "unknown key 'colour'",
    ),
    ("entities.yaml", 'ags: "08111000"', "ags: 8111000", 16, "ags"),
    ("entities.yaml", 'ags: "08111000"', 'ags: "0811100"', 16, "ags"),
    ("entities.yaml", "  - id: start-z", "  - id: stadt-y", 18, "duplicate id 'stadt-y'"),
    (
        "entities.yaml",
        "    located_in: land-x\n  - id: stadt-y",
        "    located_in: land-y\n  - id: stadt-y",
        12,
        "unknown id 'land-y'",
    ),
    (
        "entities.yaml",
        "kind: startup",
        "kind: unicorn",
        19,
        "unknown organisation-kind code 'unicorn'",
    ),
    ("entities.yaml", "  - id: ort-w", "  - id: Ort W", 34, "id"),
    ("entities.yaml", "label: {de: Land X, en: State X}", "label: {de: Land X", 6, "YAML syntax"),
    (
        "entities.yaml",
        "    kind: state\n",
        "    kind: state\n    kind: city\n",
        5,
        "duplicate key 'kind'",
    ),
    (
        DOC,
        "funder: land-x\n    funded: programm-x\n    amount: {min",
        "funder: programm-x\n    funded: programm-x\n    amount: {min",
        13,
        "is a initiative, but a org or person is expected",
    ),
    (
        DOC,
        "{min: 800000, qualifier: more_than",
        "{value: 800000, qualifier: more_than",
        15,
        "qualifier more_than needs min",
    ),
    (
        DOC,
        "{min: 800000, qualifier: more_than",
        "{min: 800.000 Euro, qualifier: more_than",
        15,
        "not a number",
    ),
    (
        DOC,
        "{min: 800000, qualifier: more_than",
        "{min: 800000, max: 900000, qualifier: more_than",
        15,
        "needs min (and no max)",
    ),
    (DOC, "scope: total", "scope: overall", 15, "scope"),
    (DOC, 'start: "2019-05"', 'start: "2019-13"', 29, "not a real date"),
    (DOC, 'date: "2019"\n', "date: 2019\n", 43, "date"),
    (DOC, 'date: "2019-10-10"', 'date: "10.10.2019"', 58, "YYYY, YYYY-MM or YYYY-MM-DD"),
    (DOC, "  - id: rolle", "  - id: foerderung", 25, "duplicate fact id 'foerderung'"),
    (DOC, "included_in: foerderung", "included_in: rolle", 23, "must name another funding fact"),
    (DOC, "role: minister", "role: emperor", 29, "unknown person-role code 'emperor'"),
    (
        DOC,
        "at: {paragraph: 2, start: 10, end: 40}",
        "at: {paragraph: 2, start: 40, end: 10}",
        16,
        "end (10) must be greater",
    ),
    (DOC, "  id: mini-doc", "  id: other-doc", 2, "must equal the file name"),
    (DOC, "    type: cooperation", "    type: friendship", 66, "type"),
]


@pytest.mark.parametrize(
    ("file", "old", "new", "line", "words"),
    BAD_INPUT,
    ids=[f"{case[0].split('/')[-1]}:{case[3]}:{case[4][:30]}" for case in BAD_INPUT],
)
def test_bad_input_fails_with_file_line_and_message(
    folder: Path, file: str, old: str, new: str, line: int, words: str
) -> None:
    edit(folder / file, old, new)
    with pytest.raises(SourceError) as caught:
        load_curated(folder)
    error = caught.value
    assert Path(error.path).name == Path(file).name
    assert error.line == line, str(error)
    assert words in str(error)


def test_missing_registry_is_reported(tmp_path: Path) -> None:
    with pytest.raises(SourceError, match=r"no entities\.yaml"):
        load_curated(tmp_path)


def test_not_utf8_is_reported(folder: Path) -> None:
    (folder / "entities.yaml").write_bytes("persons: [{id: a, name: M\xfcller}]".encode("latin-1"))
    with pytest.raises(SourceError, match="not UTF-8"):
        load_curated(folder)
