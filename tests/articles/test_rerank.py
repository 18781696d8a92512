"""The learned choice of funding facts (``loaders/articles/rerank.py``) and its training."""

from __future__ import annotations

import datetime as dt
import json
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from kg.cli import cli
from loaders.articles import Gazetteer, extract, rerank
from loaders.articles.findings import Fact
from loaders.articles.score import annotated
from loaders.articles.sentences import split
from loaders.articles.train import MIN_ARTICLES, Examples, common, digest, fit
from loaders.articles.train import main as train_main
from tests.articles.conftest import FIXTURES

DAY = dt.date(2026, 3, 1)
GRANT = (
    "Die Gemeinde Seebach baut ein Bürgerportal auf. Das Ministerium für Digitales des "
    "Landes Musterland fördert die Gemeinde Seebach dafür mit 300.000 Euro."
)


def funding(text: str, gazetteer: Gazetteer, model: rerank.Model | None) -> list[Fact]:
    return [
        f
        for f in extract(text, gazetteer, article_date=DAY, model=model)
        if isinstance(f, Fact) and f.predicate == "funds"
    ]


def test_the_bundled_model_is_trained_on_the_fixtures_as_they_are() -> None:
    # retrain with `python -m loaders.articles.train` whenever a round joins the fixtures
    trained = json.loads(rerank.MODEL_FILE.read_text(encoding="utf-8"))
    documents = annotated(FIXTURES, FIXTURES, ".expected.jsonl")
    assert trained["trained_on"] == digest(documents)
    assert trained["articles"] == len(documents)


def test_a_plain_grant_keeps_the_rules_fact_with_the_models_confidence(
    gazetteer: Gazetteer,
) -> None:
    model = rerank.bundled()
    by_rules = funding(GRANT, gazetteer, None)
    chosen = funding(GRANT, gazetteer, model)
    pair = ("Ministerium für Digitales des Landes Musterland", "Gemeinde Seebach")
    assert [(f.subject.label, f.object and f.object.label) for f in chosen] == [pair]
    ruled = next(f for f in by_rules if (f.subject.label, f.object and f.object.label) == pair)
    fact = chosen[0]
    assert fact.amount == ruled.amount
    assert fact.amount is not None
    assert fact.amount.value == 300_000
    assert model.threshold <= fact.confidence <= 1.0
    assert fact.confidence != ruled.confidence


def test_each_fact_is_a_candidate_scored_at_least_the_threshold(gazetteer: Gazetteer) -> None:
    text = (FIXTURES / "bayern-straubing-bogen-deichwache-app.txt").read_text(encoding="utf-8")
    model = rerank.bundled()
    rules = extract(text, gazetteer, article_date=DAY)
    scored = {
        (c.sentence.start, c.payer.ref.label, c.receiver.ref.label): model.probability(c.features)
        for c in rerank.candidates(text, split(text), rules)
    }
    chosen = funding(text, gazetteer, model)
    assert chosen
    for fact in chosen:
        assert fact.object is not None
        p = max(  # a fact of the rules may span two sentences: its best score
            scored.get((s.start, fact.subject.label, fact.object.label), 0.0)
            for s in split(text)
            if s.start < fact.end and fact.start < s.end
        )
        assert p >= model.threshold
        assert fact.confidence == round(p, 3)
    # everything but the funding facts is the rules' own
    others = list(extract(text, gazetteer, article_date=DAY, model=model))
    assert [f for f in others if not (isinstance(f, Fact) and f.predicate == "funds")] == [
        f for f in rules if not (isinstance(f, Fact) and f.predicate == "funds")
    ]


def test_a_pair_tells_what_the_rules_other_facts_say_of_it(gazetteer: Gazetteer) -> None:
    text = (
        "Der Landkreis Tal veranstaltet die Digitalkonferenz Tal 2026 und gibt dafür 20.000 "
        "Euro aus."
    )
    found = extract(text, gazetteer, article_date=DAY)
    pair = ("Landkreis Tal", "Digitalkonferenz Tal 2026")
    assert [
        (f.predicate, f.subject.label, f.object and f.object.label)
        for f in found
        if isinstance(f, Fact)
    ] == [("organises", *pair)]
    pairs = {
        (c.payer.ref.label, c.receiver.ref.label): c.own
        for c in rerank.candidates(text, split(text), found)
    }
    own = pairs[pair]
    assert "other=organises" in own
    assert "sother=s:organises" in own
    assert "oother=o:organises" in own


def test_features_of_a_sentence_without_money_are_none(gazetteer: Gazetteer) -> None:
    text = "Die Stadt Seebach lädt zum Bürgerforum ein. Die Gemeinde Tal nimmt teil."
    assert list(rerank.candidates(text, split(text), extract(text, gazetteer))) == []


def test_fitting_learns_which_features_tell_a_fact() -> None:
    pytest.importorskip("sklearn", reason="training needs the train extra (scikit-learn)")
    features = [["cue=zahlt", "ol1=dem"], ["cue=zahlt", "ol1=die"]] * 40
    labels = [True, False] * 40
    model = fit(Examples(features, labels, list(range(80))))
    assert model.weights["ol1=dem"] > 0 > model.weights["ol1=die"]
    assert model.probability(["cue=zahlt", "ol1=dem"]) > 0.9
    assert model.probability(["cue=zahlt", "ol1=die"]) < 0.1


def test_a_feature_of_fewer_articles_than_the_least_gets_no_weight() -> None:
    pytest.importorskip("sklearn", reason="training needs the train extra (scikit-learn)")
    # "bw=weserblick" stands for a word of one writer's names: in 2 articles only
    features = [["ol1=dem", "bw=weserblick"]] * 4 + [["ol1=dem"], ["ol1=die"]] * 20
    labels = [True] * 4 + [True, False] * 20
    articles = [1, 1, 2, 2, *range(3, 43)]
    found = Examples(features, labels, articles)
    assert common(found, 3) == {"ol1=dem", "ol1=die"}
    assert "bw=weserblick" not in fit(found, least=3).weights
    assert "bw=weserblick" in fit(found, least=2).weights


def test_the_bundled_model_has_no_word_of_a_single_writer() -> None:
    trained = json.loads(rerank.MODEL_FILE.read_text(encoding="utf-8"))
    assert trained["min_articles"] == MIN_ARTICLES >= 5


def test_training_writes_a_model_the_extractor_reads(tmp_path: Path, gazetteer: Gazetteer) -> None:
    pytest.importorskip("sklearn", reason="training needs the train extra (scikit-learn)")
    folder = tmp_path / "articles"
    folder.mkdir()
    names = sorted(p.name for p in FIXTURES.glob("*.expected.jsonl"))[:12]
    for name in names:
        stem = name[: -len(".expected.jsonl")]
        shutil.copy(FIXTURES / name, folder)
        shutil.copy(FIXTURES / f"{stem}.txt", folder)
    out = tmp_path / "model.json"
    assert train_main(["--articles", str(folder), "--out", str(out)]) == 0
    written = json.loads(out.read_text(encoding="utf-8"))
    assert written["articles"] == 12
    assert written["trained_on"] == digest(annotated(folder, folder, ".expected.jsonl"))
    assert 0 < written["facts"] < written["pairs"]
    model = rerank.Model(written["bias"], written["threshold"], written["weights"])
    assert any(funding(GRANT, gazetteer, model))


def test_training_an_empty_folder_says_what_is_missing(tmp_path: Path) -> None:
    with pytest.raises(SystemExit):
        train_main(["--articles", str(tmp_path), "--out", str(tmp_path / "m.json")])
    assert not (tmp_path / "m.json").exists()


def test_kg_extract_uses_the_model_unless_rules_only(tmp_path: Path) -> None:
    article = tmp_path / "a.txt"
    article.write_text(GRANT, encoding="utf-8")

    def confidences(*flags: str) -> list[float]:
        result = CliRunner().invoke(cli, ["extract", str(article), *flags])
        assert result.exit_code == 0, result.output
        rows = [json.loads(line) for line in result.stdout.splitlines()]
        return [r["confidence"] for r in rows if r.get("predicate") == "funds"]

    model = rerank.bundled()
    chosen, ruled = confidences(), confidences("--rules-only")
    assert len(chosen) == len(ruled) == 1
    assert chosen[0] >= model.threshold
    assert chosen != ruled
