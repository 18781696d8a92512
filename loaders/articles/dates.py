"""Dates at the precision stated, relative ones resolved against the article date.

>>> [(d.value, d.relation) for d in dates("seit 2016 und bis August 2020, am 7.10.2019")]
[('2016', 'since'), ('2020-08', 'until'), ('2019-10-07', 'at')]
>>> [d.value for d in dates("Im Februar", article=dt.date(2020, 1, 15))]
['2019-02']
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Final

from loaders.articles.findings import DateRef
from loaders.articles.lexicon import MONTH_RE, MONTHS
from loaders.articles.spans import Intervals

_YEAR = r"(?:19|20)\d\d"
# Each pattern starts with something it needs (a digit, a month, a word), so the regex engine
# skips quickly through text without dates; the preposition before it is read afterwards.
_PATTERNS: Final = (
    ("day", re.compile(rf"\b(?P<d>\d{{1,2}})\.[ \t]?(?P<m>\d{{1,2}})\.[ \t]?(?P<y>{_YEAR})\b")),
    ("day", re.compile(rf"\b(?P<d>\d{{1,2}})\.[ \t]+(?P<mn>{MONTH_RE})[ \t]+(?P<y>{_YEAR})\b")),
    ("month", re.compile(rf"\b(?P<mn>{MONTH_RE})[ \t]+(?P<y>{_YEAR})\b")),
    ("relmonth", re.compile(rf"\b(?P<mn>{MONTH_RE})\b(?![ \t]+{_YEAR})")),
    ("year", re.compile(rf"\b(?P<y>{_YEAR})\b(?![.,]\d)")),
    ("today", re.compile(r"(?<![\w-])(?P<w>heute|heutigen)(?![\w-])")),
    ("thisyear", re.compile(r"\b(?P<w>diesjährige[nmrs]?|[Ii]n diesem Jahr|dieses Jahr(?:es)?)\b")),
    (
        "lastyear",
        re.compile(r"\b(?P<w>(?:im )?[Vv]orjahr|(?:im )?vergangenen Jahr|letzten Jahr)\b"),
    ),
)
_REL_BEFORE: Final = re.compile(
    r"(?:^|(?<=[\s(\[]))(?P<rel>seit|bis(?:[ \t]+(?:Ende|Anfang|Mitte))?|ab|von|vom|am|im|in|zum|"
    r"ende|anfang|mitte|noch|für|jahr(?:es)?|jahre)[ \t]+$",
    re.IGNORECASE,
)
# Where a bare year or month counts as a date only after one of these words.
_NEEDS_REL: Final = ("relmonth", "year")
_MONTH_RELS: Final = ("im", "seit", "bis", "ab", "anfang", "ende", "mitte", "am")


def _relation(word: str | None) -> str:
    word = (word or "").lower()
    if word in ("seit", "ab", "von", "vom"):
        return "since"
    if word.startswith("bis"):
        return "until"
    return "at"


def _value(kind: str, m: re.Match[str], article: dt.date | None) -> str | None:
    groups = m.groupdict()
    if kind == "day":
        month = int(groups["m"]) if groups.get("m") else MONTHS[groups["mn"]]
        day = int(groups["d"])
        try:
            return dt.date(int(groups["y"]), month, day).isoformat()
        except ValueError:
            return None
    if kind == "month":
        return f"{groups['y']}-{MONTHS[groups['mn']]:02d}"
    if kind == "year":
        return str(groups["y"])
    if article is None:
        return None
    if kind == "relmonth":
        month = MONTHS[groups["mn"]]
        year = article.year if month <= article.month else article.year - 1
        return f"{year}-{month:02d}"
    if kind == "today":
        return article.isoformat()
    if kind == "thisyear":
        return str(article.year)
    return str(article.year - 1)


def dates(text: str, offset: int = 0, *, article: dt.date | None = None) -> list[DateRef]:
    """Every date expression in ``text``, the most precise reading of each passage."""
    found: list[DateRef] = []
    taken = Intervals()
    for kind, pattern in _PATTERNS:
        for m in pattern.finditer(text):
            start, end = m.span()
            if taken.overlaps(start, end):
                continue
            rel = _REL_BEFORE.search(text, max(0, start - 16), start)
            word = None if rel is None else rel.group("rel").lower()
            if kind in _NEEDS_REL and (
                word is None or (kind == "relmonth" and word.split()[0] not in _MONTH_RELS)
            ):
                continue
            value = _value(kind, m, article)
            if value is None and kind in ("today", "thisyear", "lastyear"):
                continue
            if rel is not None and kind not in ("today", "thisyear", "lastyear"):
                start = rel.start()
            taken.add(start, end)
            stated = text[start:end]
            found.append(DateRef(start + offset, end + offset, stated, value, _relation(word)))
    return sorted(found, key=lambda d: d.start)
