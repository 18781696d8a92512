"""Scoring the extractor against hand annotations: precision, recall and F1 per finding type.

    python -m loaders.articles.score                 # seeds (if present), fixtures, held-out
    python -m loaders.articles.score --seeds DIR --annotations DIR --fixtures DIR
    python -m loaders.articles.score --agreement DIR   # also: a second annotator vs the first

Mentions match when their spans overlap and their classes agree; amounts, counts and dates
when their spans overlap (amount accuracy also needs value, bounds and qualifier to agree,
counts and dates their values); facts when predicate, subject and object agree (by IRI, else
by a normalised label) and their passages overlap.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import sys
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Final

import yaml
from rapidfuzz import fuzz

from loaders.articles import rerank
from loaders.articles.extract import extract
from loaders.articles.gazetteer import Gazetteer
from loaders.articles.normalise import key
from loaders.articles.textio import read_article

Row = dict[str, Any]
ROOT = Path(__file__).resolve().parent.parent.parent


@dataclass
class Tally:
    """True positives, gold and predicted counts of one finding type."""

    gold: int = 0
    predicted: int = 0
    hits: int = 0
    exact: int = 0

    @property
    def precision(self) -> float:
        """Share of predictions that are right."""
        return self.hits / self.predicted if self.predicted else 1.0

    @property
    def recall(self) -> float:
        """Share of gold findings found."""
        return self.hits / self.gold if self.gold else 1.0

    @property
    def f1(self) -> float:
        """Harmonic mean of precision and recall."""
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class Report:
    """Tallies per finding type (``mention:Organisation``, ``amount``, ``fact:funds``, …)."""

    tallies: dict[str, Tally] = field(default_factory=dict)

    def tally(self, name: str) -> Tally:
        """The tally of one type, created on first use."""
        return self.tallies.setdefault(name, Tally())

    def lines(self) -> list[str]:
        """A readable table."""
        rows = [f"{'type':28} {'gold':>5} {'pred':>5} {'hit':>5} {'P':>6} {'R':>6} {'F1':>6}"]
        for name, t in sorted(self.tallies.items()):
            rows.append(
                f"{name:28} {t.gold:5} {t.predicted:5} {t.hits:5} "
                f"{t.precision:6.2f} {t.recall:6.2f} {t.f1:6.2f}"
            )
            if name in ("amount", "mention:linked"):
                what = "value+qualifier" if name == "amount" else "same entity"
                share = t.exact / t.gold if t.gold else 1.0
                rows.append(f"  {what} accuracy: {t.exact}/{t.gold} = {share:.2f}")
        return rows


def _overlap(a: Row, b: Row) -> bool:
    return bool(a["start"] < b["end"] and b["start"] < a["end"])


def _match(
    gold: list[Row], predicted: list[Row], same: Callable[[Row, Row], bool]
) -> list[tuple[Row, Row]]:
    """One-to-one pairs of gold and predicted rows for which ``same`` holds."""
    pairs, used = [], set()
    for g in gold:
        for i, p in enumerate(predicted):
            if i not in used and same(g, p):
                pairs.append((g, p))
                used.add(i)
                break
    return pairs


def _same_ref(a: Row | None, b: Row | None) -> bool:
    if a is None or b is None:
        return a is None and b is None
    if a.get("entity") and b.get("entity"):
        return bool(a["entity"] == b["entity"])
    ka, kb = key(a["label"]), key(b["label"])
    return ka == kb or fuzz.ratio(ka, kb) >= 85 or (len(ka) > 5 and (ka in kb or kb in ka))


def _amount_exact(g: Row, p: Row) -> bool:
    return all(g[k] == p[k] for k in ("value", "min", "max", "qualifier"))


def score_document(gold: list[Row], predicted: list[Row], report: Report) -> None:
    """Add one document's comparison to ``report``."""
    by_type = {
        kind: ([r for r in gold if r["type"] == kind], [r for r in predicted if r["type"] == kind])
        for kind in ("mention", "amount", "count", "date", "fact")
    }
    gm, pm = by_type["mention"]
    for cls in sorted({r["class"] for r in gm + pm}):
        g = [r for r in gm if r["class"] == cls]
        p = [r for r in pm if r["class"] == cls]
        _add(report.tally(f"mention:{cls}"), g, p, _match(g, p, _overlap))
    pairs = _match(gm, pm, lambda g, p: _overlap(g, p) and g["class"] == p["class"])
    linked = report.tally("mention:linked")
    known = [(g, p) for g, p in pairs if g["entity"]]
    _add(linked, [g for g in gm if g["entity"]], [p for p in pm if p["entity"]], known)
    linked.hits -= sum(1 for g, p in known if g["entity"] != p["entity"])
    linked.exact += sum(1 for g, p in known if g["entity"] == p["entity"])
    ga, pa = by_type["amount"]
    amount_pairs = _match(ga, pa, _overlap)
    _add(report.tally("amount"), ga, pa, amount_pairs)
    report.tally("amount").exact += sum(1 for g, p in amount_pairs if _amount_exact(g, p))
    for kind in ("count", "date"):
        g, p = by_type[kind]
        _add(
            report.tally(kind),
            g,
            p,
            _match(g, p, lambda a, b: _overlap(a, b) and a["value"] == b["value"]),
        )
    gf, pf = by_type["fact"]
    for predicate in sorted({r["predicate"] for r in gf + pf}):
        g = [r for r in gf if r["predicate"] == predicate]
        p = [r for r in pf if r["predicate"] == predicate]
        _add(report.tally(f"fact:{predicate}"), g, p, _match(g, p, _same_fact))
    _add(
        report.tally("fact:all"),
        gf,
        pf,
        _match(gf, pf, lambda a, b: a["predicate"] == b["predicate"] and _same_fact(a, b)),
    )


SYMMETRIC: Final = frozenset({"cooperates_with"})
"""Predicates whose subject and object may be given either way round."""


def _same_fact(g: Row, p: Row) -> bool:
    if not _overlap(g, p):
        return False
    if _same_ref(g["subject"], p["subject"]) and _same_ref(g["object"], p["object"]):
        return True
    return bool(
        g.get("predicate") in SYMMETRIC
        and _same_ref(g["subject"], p["object"])
        and _same_ref(g["object"], p["subject"])
    )


def _add(t: Tally, gold: list[Row], predicted: list[Row], pairs: list[tuple[Row, Row]]) -> None:
    t.gold += len(gold)
    t.predicted += len(predicted)
    t.hits += len(pairs)


@dataclass(frozen=True)
class Annotated:
    """An article text with its hand annotation and date."""

    name: str
    text: Path
    gold: Path
    date: dt.date | None


def read_gold(path: Path) -> list[Row]:
    """The annotation rows of a JSON Lines file."""
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]


def score(
    documents: Iterable[Annotated], gazetteer: Gazetteer, model: rerank.Model | None = None
) -> Report:
    """Run the extractor on each document and compare with its annotation."""
    report = Report()
    for doc in documents:
        text = read_article(doc.text).text
        found = extract(text, gazetteer, article_date=doc.date, model=model)
        predicted = [f.json() for f in found]
        score_document(read_gold(doc.gold), predicted, report)
    return report


def annotated(texts: Path, annotations: Path, suffix: str) -> list[Annotated]:
    """The documents of ``texts`` that have an annotation ``<stem><suffix>`` in ``annotations``.

    Dates come from ``metadata.yaml`` in ``annotations`` (file name → {date: …}).
    """
    meta_file = annotations / "metadata.yaml"
    meta = yaml.safe_load(meta_file.read_text(encoding="utf-8")) if meta_file.is_file() else {}
    found = []
    for gold in sorted(annotations.glob(f"*{suffix}")):
        name = gold.name[: -len(suffix)] + ".txt"
        text = texts / name
        if text.is_file():
            date = (meta.get(name) or {}).get("date")
            day = None if date is None else dt.date.fromisoformat(str(date))
            found.append(Annotated(name, text, gold, day))
    return found


def seeds_dir() -> Path:
    """The seed documents: ``KG_SEEDS_DIR``, else ``../shared/seeds`` beside the checkout."""
    return Path(os.environ.get("KG_SEEDS_DIR", ROOT.parent / "shared" / "seeds"))


def _own(folder: Path) -> list[Annotated]:
    return annotated(folder, folder, ".expected.jsonl")


def agreement(first: Path, second: Path) -> Report:
    """A second, independent annotation (``second/<stem>.second.jsonl``) scored against the
    first (``first/<stem>.expected.jsonl``) as if it were the extractor's output: how far two
    annotators agree, on the finding types the second annotation has."""
    report = Report()
    for doc in annotated(first, second, ".second.jsonl"):
        other = read_gold(doc.gold)
        kinds = {row["type"] for row in other}
        first_rows = read_gold(first / (doc.name[: -len(".txt")] + ".expected.jsonl"))
        score_document([r for r in first_rows if r["type"] in kinds], other, report)
    return report


def main(argv: list[str] | None = None) -> int:
    """Print the scores of the seed documents, the fixtures and the held-out articles, and
    the agreement of two annotators where a second annotation exists."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seeds", type=Path, default=seeds_dir())
    parser.add_argument("--annotations", type=Path, default=ROOT / "tests/articles/annotations")
    parser.add_argument("--fixtures", type=Path, default=ROOT / "tests/articles/fixtures")
    parser.add_argument("--heldout", type=Path, default=ROOT / "tests/articles/heldout")
    parser.add_argument("--agreement", type=Path, default=ROOT / "tests/articles/agreement")
    parser.add_argument(
        "--rerank",
        action="store_true",
        help="funding facts chosen by the learned model (as kg extract does); on the fixtures "
        "it was trained on, so only the held-out figures are fair",
    )
    parser.add_argument(
        "--model",
        type=Path,
        help="with --rerank: a model written by python -m loaders.articles.train (default: "
        "the bundled one)",
    )
    args = parser.parse_args(argv)
    gazetteer = Gazetteer.from_curated()
    model = None
    if args.rerank:
        model = rerank.bundled() if args.model is None else rerank.read_model(args.model)
    sets = [
        ("seed documents (hand-annotated)", annotated(args.seeds, args.annotations, ".jsonl")),
        ("own fixture articles (used while developing)", _own(args.fixtures)),
        (
            "own held-out articles, rounds 80 to 87 (written blind, scored before any change)",
            _own(args.heldout),
        ),
    ]
    for title, documents in sets:
        print(f"== {title}: {len(documents)} documents")
        if not documents:
            print("   (not available)")
            continue
        print("\n".join(score(documents, gazetteer, model).lines()))
    second = annotated(args.fixtures, args.agreement, ".second.jsonl")
    if second:
        print(
            f"== a second annotator against the first (no extractor): {len(second)} documents "
            f"({', '.join(d.name for d in second)})"
        )
        print("\n".join(agreement(args.fixtures, args.agreement).lines()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
