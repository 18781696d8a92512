"""``kg extract``: JSON Lines in the schema of issue 5, offsets in code points; robust input."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from kg.cli import cli, main
from tests.articles.conftest import FIXTURES

KEYS = {
    "mention": {"type", "start", "end", "text", "label", "class", "entity"},
    "amount": {
        "type",
        "start",
        "end",
        "text",
        "value",
        "min",
        "max",
        "currency",
        "qualifier",
        "scope",
    },
    "fact": {
        "type",
        "start",
        "end",
        "predicate",
        "subject",
        "object",
        "role",
        "amount",
        "count",
        "date",
        "confidence",
    },
    "count": {"type", "start", "end", "text", "value", "qualifier"},
    "date": {"type", "start", "end", "text", "value"},
}
CLASSES = {"Organisation", "Person", "Place", "Initiative", "Event", "Law"}
PREDICATES = {
    "funds",
    "holds_role",
    "part_of",
    "organises",
    "participates_in",
    "trains",
    "supports",
    "cooperates_with",
    "member_of",
    "located_in",
}


def run(*args: str) -> list[dict[str, object]]:
    result = CliRunner().invoke(cli, ["extract", *args], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return [json.loads(line) for line in result.stdout.splitlines()]


def test_every_finding_keeps_to_the_schema_and_points_at_its_text() -> None:
    path = FIXTURES / "bayern-digitalwerkstatt.txt"
    text = path.read_text(encoding="utf-8")
    rows = run(str(path), "--doc-id", "by-1", "--date", "2024-02-14")
    assert {row["type"] for row in rows} == set(KEYS)
    for row in rows:
        assert KEYS[str(row["type"])] <= row.keys()
        assert row["doc"] == "by-1"
        if "text" in row:
            assert text[int(row["start"]) : int(row["end"])] == row["text"]  # type: ignore[call-overload]
        if row["type"] == "mention":
            assert row["class"] in CLASSES
        if row["type"] == "fact":
            assert row["predicate"] in PREDICATES
            assert 0.0 <= float(row["confidence"]) <= 1.0  # type: ignore[arg-type]


def test_offsets_count_code_points_not_bytes(tmp_path: Path) -> None:
    article = tmp_path / "a.txt"
    article.write_text("Öffentlich: 🚀 Die Stadt Zwickau erhält 20.000 Euro.", encoding="utf-8")
    [mention, amount] = run(str(article))
    assert (mention["start"], mention["text"]) == (18, "Stadt Zwickau")
    assert (amount["start"], amount["value"]) == (39, 20000.0)


def test_known_entities_are_linked_by_their_iri(tmp_path: Path) -> None:
    article = tmp_path / "a.txt"
    article.write_text(
        "Der Präsident des Gemeindetages Baden-Württemberg sprach.", encoding="utf-8"
    )
    [mention] = [row for row in run(str(article)) if row["type"] == "mention"]
    assert mention["entity"] == "https://w3id.org/digikom/id/org/gemeindetag-bw"


def test_an_empty_file_has_no_findings(tmp_path: Path) -> None:
    article = tmp_path / "empty.txt"
    article.write_bytes(b"")
    result = CliRunner().invoke(cli, ["extract", str(article)])
    assert (result.exit_code, result.stdout) == (0, "")
    assert "no findings" in result.stderr


def test_text_without_findings_prints_nothing(tmp_path: Path) -> None:
    article = tmp_path / "weather.txt"
    article.write_text(
        "Das Wetter war sonnig und warm. Viele gingen spazieren.\n", encoding="utf-8"
    )
    assert run(str(article)) == []


def test_a_binary_file_is_refused_with_its_position(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    article = tmp_path / "image.png"
    article.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")
    assert main(["extract", str(article)]) == 1
    err = capsys.readouterr().err
    assert f"{article}:2:1:" in err
    assert "binary data (byte 0x1a)" in err


def test_latin1_text_is_read_with_a_note(tmp_path: Path) -> None:
    article = tmp_path / "latin1.txt"
    article.write_bytes("Die Gemeinde Größingen erhält 5.000 Euro.".encode("latin-1"))
    result = CliRunner().invoke(cli, ["extract", str(article)])
    assert result.exit_code == 0
    assert "not UTF-8" in result.stderr
    assert "latin1.txt:1:16" in result.stderr
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert rows[0]["text"] == "Gemeinde Größingen"


def test_a_5_mb_article_is_extracted_with_exact_offsets(tmp_path: Path) -> None:
    filler = "Die Verwaltung arbeitet an vielen Aufgaben, und die Bürger nutzen neue Angebote. "
    tail = (FIXTURES / "sachsen-digitales-rathaus.txt").read_text(encoding="utf-8")
    text = filler * (5_000_000 // len(filler)) + tail
    article = tmp_path / "big.txt"
    article.write_text(text, encoding="utf-8")
    assert article.stat().st_size > 5_000_000
    rows = run(str(article))
    amounts = [row for row in rows if row["type"] == "amount"]
    assert [a["text"] for a in amounts] == ["rund 12,5 Millionen Euro", "bis zu 80.000 Euro"]
    assert text[int(amounts[0]["start"]) : int(amounts[0]["end"])] == amounts[0]["text"]  # type: ignore[call-overload]
