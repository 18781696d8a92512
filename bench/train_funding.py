"""Leave-one-round-out scores of the funding-pair model (``bench/funding_pairs.py``).

    python bench/train_funding.py

For each round of the fixture articles (the ``# Round N`` sections of their ``metadata.yaml``)
the model is trained on the other rounds and the held round is scored: funding F1 of the rules
alone and of the model. A candidate pair is a positive example when the annotation has a
funding fact with the same funder and funded (as the scorer matches them) whose passage
overlaps the pair's sentence. The model is a logistic regression with an L2 penalty, fitted by
AdaGrad (no dependency beyond the standard library).
"""

from __future__ import annotations

import argparse
import importlib
import math
import re
import sys
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

import funding_pairs as funding_model  # noqa: E402

from loaders.articles.facts import Context  # noqa: E402
from loaders.articles.findings import Fact  # noqa: E402
from loaders.articles.gazetteer import Gazetteer  # noqa: E402
from loaders.articles.score import (  # noqa: E402
    Report,
    _own,
    _same_ref,
    read_gold,
    score_document,
)
from loaders.articles.textio import read_article  # noqa: E402

FIXTURES = ROOT / "tests/articles/fixtures"
extract_module = importlib.import_module("loaders.articles.extract")
"""The module (the package exports its function ``extract`` under the same name)."""
L2 = 5.0
EPOCHS = 300
RATE = 0.5


@dataclass
class Doc:
    """One fixture article: its round, candidates, the rules' funding facts and the gold."""

    name: str
    round: int
    art: funding_model.Article
    rules: list[Fact]
    cands: list[funding_model.Candidate]
    labels: list[int]
    gold: list[dict[str, object]]


def rounds(folder: Path = FIXTURES) -> dict[str, int]:
    """File name → round, from the ``# Round N`` comments of ``metadata.yaml`` (the first
    articles are round 1, the ones "held out in round 2" round 2)."""
    current, found = 1, {}
    for line in (folder / "metadata.yaml").read_text(encoding="utf-8").splitlines():
        heading = re.match(r"# Round (\d+)", line)
        if heading:
            current = int(heading.group(1))
        elif line.startswith("# Held out in round 2"):
            current = 2
        entry = re.match(r"^(\S+\.txt):", line)
        if entry:
            found[entry.group(1)] = current
    return found


def load(folder: Path = FIXTURES) -> list[Doc]:
    """Every annotated fixture article with its candidates and their labels."""
    gazetteer = Gazetteer.from_curated()
    of_round = rounds(folder)
    docs = []
    for doc in _own(folder):
        context, found = _read(read_article(doc.text).text, gazetteer, doc.date)
        rules = [f for f in found if isinstance(f, Fact) and f.predicate == "funds"]
        art = funding_model.article(context)
        cands = funding_model.candidates(art, rules)
        gold = [r for r in read_gold(doc.gold) if r["type"] == "fact"]
        gold = [r for r in gold if r["predicate"] == "funds"]
        labels = [int(any(_positive(c, g) for g in gold)) for c in cands]
        docs.append(Doc(doc.name, of_round[doc.name], art, rules, cands, labels, gold))
    return docs


def _read(text: str, gazetteer: Gazetteer, day: object) -> tuple[Context, list[object]]:
    """The extractor's findings with the context its facts were read from."""
    seen: list[Context] = []
    rules = extract_module.facts

    def keep(ctx: Context) -> list[Fact]:
        seen.append(ctx)
        return rules(ctx)

    extract_module.facts = keep  # type: ignore[assignment]
    try:
        found = extract_module.extract(text, gazetteer, article_date=day)  # type: ignore[arg-type]
    finally:
        extract_module.facts = rules
    return seen[0], list(found)


def _positive(c: funding_model.Candidate, g: dict[str, object]) -> bool:
    s = c.sentence
    return (
        g["start"] < s.end  # type: ignore[operator]
        and s.start < g["end"]  # type: ignore[operator]
        and _same_ref(g["subject"], c.subject.json())  # type: ignore[arg-type]
        and _same_ref(g["object"], c.object.json())  # type: ignore[arg-type]
    )


def train(docs: list[Doc]) -> dict[str, float]:
    """Weights of a logistic regression (L2 penalty) over the candidates of ``docs``."""
    rows = [(c.features, y) for d in docs for c, y in zip(d.cands, d.labels, strict=True)]
    names = sorted({f for feats, _ in rows for f in feats})
    index = {f: i for i, f in enumerate(names)}
    xs = [[index[f] for f in sorted(feats)] for feats, _ in rows]
    ys = [y for _, y in rows]
    w = [0.0] * len(names)
    g2 = [1e-8] * len(names)
    bias, b2 = 0.0, 1e-8
    for _ in range(EPOCHS):  # AdaGrad over the mean log loss with an L2 penalty
        grad = [L2 * wi / len(rows) for wi in w]
        gbias = 0.0
        for x, y in zip(xs, ys, strict=True):
            z = bias + sum(w[i] for i in x)
            p = 1.0 / (1.0 + math.exp(-z)) if z > -30 else 0.0
            err = (p - y) / len(rows)
            gbias += err
            for i in x:
                grad[i] += err
        b2 += gbias * gbias
        bias -= RATE * gbias / math.sqrt(b2)
        for i, gi in enumerate(grad):
            g2[i] += gi * gi
            w[i] -= RATE * gi / math.sqrt(g2[i])
    weights = {f: w[i] for f, i in index.items()}
    weights["bias"] = bias
    return weights


def funding_f1(docs: list[Doc], weights: dict[str, float] | None) -> Report:
    """The scorer's tally of funding facts over ``docs`` (the rules alone when no weights)."""
    report = Report()
    for d in docs:
        facts = d.rules if weights is None else funding_model.rescore(d.art, d.rules, weights)
        score_document(d.gold, [f.json() for f in facts], report)  # type: ignore[arg-type]
    return report


def loro(docs: list[Doc]) -> None:
    """Leave-one-round-out: train on the other rounds, score the held round."""
    old, new = [], []
    for r in sorted({d.round for d in docs}):
        held = [d for d in docs if d.round == r]
        rest = [d for d in docs if d.round != r]
        before = funding_f1(held, None).tally("fact:funds")
        after = funding_f1(held, train(rest)).tally("fact:funds")
        old.append(before.f1)
        new.append(after.f1)
        print(
            f"round {r:2}: gold {after.gold:3}  rules F1 {before.f1:.2f}  "
            f"model P {after.precision:.2f} R {after.recall:.2f} F1 {after.f1:.2f}"
        )
    print(f"mean over rounds: rules {sum(old) / len(old):.3f}  model {sum(new) / len(new):.3f}")


def main() -> int:
    """Print the leave-one-round-out scores."""
    argparse.ArgumentParser(description=__doc__.splitlines()[0]).parse_args()
    loro(load())
    return 0


if __name__ == "__main__":
    sys.exit(main())
