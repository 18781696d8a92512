"""Funding F1 of the rules and of the learned model on rounds the model was not trained on.

    python bench/train_funding.py [--train-until N] [--heldout DIR]

Trains the model of ``loaders/articles/rerank.py`` (as ``python -m loaders.articles.train``
does) on the fixture rounds 1 to N (the ``# Round N`` sections of their ``metadata.yaml``), then
scores each later fixture round and the held-out folder twice: the rules alone, and the funding
facts the model chooses. The model has seen none of the rounds it scores; the rules were tuned
on most fixture rounds (``docs/articles.md`` says which), which flatters them there, and on no
held-out round. Needs scikit-learn (the ``train`` extra).
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from loaders.articles import Gazetteer, rerank  # noqa: E402
from loaders.articles.score import Annotated, Report, _own, score  # noqa: E402
from loaders.articles.train import MIN_ARTICLES, examples, fit  # noqa: E402

FIXTURES = ROOT / "tests/articles/fixtures"
HELDOUT = ROOT / "tests/articles/heldout"


def rounds(folder: Path) -> dict[str, int]:
    """The round of each article of ``folder``, from the comments of its metadata file."""
    current, out = 0, {}
    for line in (folder / "metadata.yaml").read_text(encoding="utf-8").splitlines():
        if heading := re.match(r"# Round (\d+)", line):
            current = int(heading.group(1))
        elif entry := re.match(r"(\S+\.txt):$", line):
            out[entry.group(1)] = current
    return out


def _f1(report: Report) -> str:
    t = report.tally("fact:funds")
    return f"{t.f1:.2f} ({t.hits} of {t.gold} found, {t.predicted} proposed)"


def main() -> None:
    """Train on the early rounds, score the later ones."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--train-until", type=int, default=44, help="last round to train on")
    parser.add_argument("--heldout", type=Path, default=HELDOUT, help="blind articles to score")
    parser.add_argument(
        "--thresholds",
        default="",
        help="also score all later rounds at these thresholds, e.g. 0.3,0.5 (default: none)",
    )
    parser.add_argument(
        "--least", type=int, default=MIN_ARTICLES, help="articles a feature must occur in"
    )
    args = parser.parse_args()
    gazetteer = Gazetteer.from_curated()
    of = rounds(FIXTURES)
    documents = _own(FIXTURES)
    train = [d for d in documents if of[d.name] <= args.train_until]
    print(f"training on rounds 1-{args.train_until}: {len(train)} articles …", flush=True)
    model = fit(examples(train, gazetteer, progress=True), least=args.least)
    later: dict[str, list[Annotated]] = {}
    for d in sorted(documents, key=lambda d: of[d.name]):
        if of[d.name] > args.train_until:
            later.setdefault(f"round {of[d.name]} (fixtures)", []).append(d)
    later["held-out (blind for both)"] = _own(args.heldout)
    print(f"{'articles':<34} {'rules':<34} model")
    for title, docs in later.items():
        if docs:
            rules, chosen = score(docs, gazetteer), score(docs, gazetteer, model)
            print(f"{title:<34} {_f1(rules):<34} {_f1(chosen)}", flush=True)
    every = [d for docs in later.values() for d in docs]
    rules, chosen = score(every, gazetteer), score(every, gazetteer, model)
    print(f"{'all of them':<34} {_f1(rules):<34} {_f1(chosen)}")
    for threshold in [float(t) for t in args.thresholds.split(",") if t]:
        other = rerank.Model(model.bias, threshold, model.weights)
        print(f"{f'all, threshold {threshold}':<34} {'':<34} {_f1(score(every, gazetteer, other))}")


if __name__ == "__main__":
    main()
