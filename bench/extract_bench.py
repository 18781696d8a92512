"""Benchmark the article extractor: articles per second, and memory over many articles.

Articles of about 5,000 characters are generated from sentence templates of our own (names,
places, amounts, dates and roles drawn at random with a fixed seed), so every run measures
the same texts. One process, one core; figures go to stdout. Funding facts are chosen by the
learned model as `kg extract` does, unless --rules-only.

    python bench/extract_bench.py                       # 1,000 timed, 10,000 for memory
    python bench/extract_bench.py --timed 200 --memory 2000
    python bench/extract_bench.py --rules-only          # the rules alone

It also times the articles of ``--real`` (by default the held-out test articles, texts of our
own about many German states that the rules were never tuned on), as characters per second
and the articles of 5,000 characters that makes, so the generated texts can be checked against
real ones.
"""

from __future__ import annotations

import argparse
import datetime as dt
import gc
import random
import resource
import time
from pathlib import Path

from loaders.articles import Gazetteer, extract, rerank

HELD_OUT = Path(__file__).resolve().parent.parent / "tests" / "articles" / "heldout"

STATES = ["Sachsen", "Bayern", "Hessen", "Thüringen", "Niedersachsen", "Brandenburg"]
TOWNS = ["Adorf", "Bergheim", "Celle", "Dornstadt", "Eschweiler", "Freital", "Gundelfingen"]
PEOPLE = ["Anna Weber", "Jonas Keller", "Petra Lang", "Felix Roth", "Maria Vogel", "Paul Brand"]
TEMPLATES = [
    "Das Ministerium für Digitales und Verkehr des Landes {state} fördert das Projekt "
    "„Digitale Gemeinde {town}“ mit {amount} Euro.",
    "„Wir bringen die Verwaltung ins Netz“, sagte {person}, Präsident des Städtetags {state}.",
    "Die Stadt {town} und die Gemeinde {town2} nehmen seit {year} am Programm „Smarte Region "
    "{state}“ teil.",
    "Bis {month} {year} sollen rund {count} Beschäftigte in Seminaren geschult werden.",
    "Die Leiterin der Stabsstelle Digitalisierung der Stadt {town}, {person}, koordiniert "
    "die Arbeitsgruppen.",
    "Das Startup Datenfluss aus {town} unterstützt {count} Kommunen mit einer App.",
    "Jede teilnehmende Kommune erhält bis zu {amount} Euro pro Jahr.",
    "Der Landkreis {town} ist Teil der Digitalstrategie „{state} Digital 2030“.",
    "Im Februar trafen sich mehr als {count} Digitallotsen zur Digitalisierungskonferenz "
    "{state} {year}.",
    "Die Verwaltung arbeitet an vielen Aufgaben, und die Bürger nutzen die neuen Angebote.",
]
MONTHS = ["Januar", "März", "Juni", "August", "Oktober", "Dezember"]


def article(rng: random.Random, size: int = 5_000) -> str:
    """One generated article of about ``size`` characters."""
    parts: list[str] = []
    while sum(len(p) + 1 for p in parts) < size:
        template = rng.choice(TEMPLATES)
        parts.append(
            template.format(
                state=rng.choice(STATES),
                town=rng.choice(TOWNS),
                town2=rng.choice(TOWNS),
                person=rng.choice(PEOPLE),
                amount=f"{rng.randint(1, 900)}.{rng.randint(0, 999):03d}",
                count=rng.randint(2, 3000),
                year=rng.randint(2016, 2026),
                month=rng.choice(MONTHS),
            )
        )
    return " ".join(parts)[:size]


def rss_mib() -> float:
    """Resident memory of this process now (Linux), in MiB."""
    pages = int(Path("/proc/self/statm").read_text().split()[1])
    return pages * resource.getpagesize() / 2**20


def time_real(
    files: list[Path], gazetteer: Gazetteer, day: dt.date, model: rerank.Model | None
) -> None:
    """Print the throughput over real article texts, three passes over ``files``."""
    texts = [file.read_text(encoding="utf-8") for file in files]
    chars = sum(map(len, texts))
    cpu = time.process_time()
    for _ in range(3):
        for text in texts:
            extract(text, gazetteer, article_date=day, model=model)
    cpu = (time.process_time() - cpu) / 3
    print(
        f"real articles: {len(texts)} in {files[0].parent} (mean {chars / len(texts):,.0f} "
        f"characters): {chars / cpu / 1e6:.2f} M characters per CPU second, "
        f"{chars / cpu / 5_000:.0f} articles of 5,000 characters"
    )


def main() -> None:
    """Print throughput and memory growth."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--timed", type=int, default=1_000, help="articles to time")
    parser.add_argument("--memory", type=int, default=10_000, help="articles for memory")
    parser.add_argument(
        "--rules-only", action="store_true", help="funding facts of the rules, no learned model"
    )
    parser.add_argument(
        "--real",
        type=Path,
        default=HELD_OUT,
        help="a folder of article texts (*.txt) to time as well (default: %(default)s)",
    )
    args = parser.parse_args()
    model = None if args.rules_only else rerank.bundled()
    rng = random.Random(5)
    gazetteer = Gazetteer.from_curated()
    day = dt.date(2024, 6, 1)
    texts = [article(rng) for _ in range(200)]
    extract(texts[0], gazetteer, article_date=day, model=model)  # warm caches before timing
    started, cpu = time.perf_counter(), time.process_time()
    findings = 0
    for i in range(args.timed):
        findings += len(extract(texts[i % len(texts)], gazetteer, article_date=day, model=model))
    elapsed, cpu = time.perf_counter() - started, time.process_time() - cpu
    chars = sum(len(texts[i % len(texts)]) for i in range(args.timed))
    print(
        f"throughput: {args.timed / cpu:.0f} articles/s of ~5,000 characters per CPU second "
        f"({args.timed / elapsed:.0f}/s wall clock; {chars / cpu / 1e6:.2f} M characters/s; "
        f"{findings / args.timed:.0f} findings each)"
    )
    real = sorted(args.real.glob("*.txt"))
    if real:
        time_real(real, gazetteer, day, model)
    gc.collect()
    marks = {args.memory // 10, args.memory // 2, args.memory}
    baseline = rss_mib()
    print(f"memory: {baseline:.1f} MiB resident before the run")
    for i in range(1, args.memory + 1):
        extract(article(rng), gazetteer, article_date=day, model=model)
        if i in marks:
            gc.collect()
            print(
                f"memory: {rss_mib():.1f} MiB resident after {i} articles "
                f"({rss_mib() - baseline:+.1f} MiB)"
            )


if __name__ == "__main__":
    main()
