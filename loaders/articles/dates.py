"""Dates at the precision stated, relative ones resolved against the article date.

>>> [(d.value, d.relation) for d in dates("seit 2016 und bis August 2020, am 7.10.2019")]
[('2016', 'since'), ('2020-08', 'until'), ('2019-10-07', 'at')]
>>> [d.value for d in dates("Im Februar", article=dt.date(2020, 1, 15))]
['2019-02']
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from typing import Final

from loaders.articles.findings import DateRef
from loaders.articles.lexicon import MONTH_AT_WORD, MONTH_RE, MONTHS
from loaders.articles.spans import Intervals

_YEAR = r"(?:19|20)\d\d"
_YEAR_AT_WORD = r"(?:1(?<!\w1)9|2(?<!\w2)0)\d\d"
"""``\\b`` + a year, written to start with its first digit (so the engine skips to digits)."""
_DAY = r"\d(?<!\w\d)\d?"
"""``\\b\\d{1,2}``, likewise."""
_SEASONS = (
    r"Frühjahr|Frühling|Sommer|Herbst|Winter|Jahresbeginn|Jahresanfang|Jahresmitte|Jahresende"
)
_FUTURE: Final = re.compile(
    r"\b(?:soll|sollen|sollte|sollten|will|wollen|wird|werden|geplant|plant|planen|kommenden|"
    r"nächsten|künftig|voraussichtlich)\b"
)
"""Words that place a sentence in the future: a bare month there is the coming one."""
_SENTENCE_EDGE: Final = re.compile(r"[.!?][\s“”\"]|\n")
# Each pattern starts with something it needs (a digit, a month, a word), so the regex engine
# skips quickly through text without dates; the preposition before it is read afterwards.
_PATTERNS: Final = (
    ("day", re.compile(rf"(?P<d>{_DAY})\.[ \t]?(?P<m>\d{{1,2}})\.[ \t]?(?P<y>{_YEAR})\b")),
    ("day", re.compile(rf"(?P<d>{_DAY})\.[ \t]+(?P<mn>{MONTH_RE})[ \t]+(?P<y>{_YEAR})\b")),
    (
        "relday",
        re.compile(
            rf"(?P<d>{_DAY})\.(?:[ \t]+bis[ \t]+(?:zum[ \t]+)?\d{{1,2}}\.)?[ \t]+"
            rf"(?P<mn>{MONTH_RE})(?:[ \t]+(?P<y>{_YEAR}))?\b(?![ \t]+{_YEAR})"
        ),
    ),
    ("month", re.compile(rf"(?P<mn>{MONTH_AT_WORD})[ \t]+(?P<y>{_YEAR})\b")),
    ("season", re.compile(rf"\b(?:{_SEASONS})[ \t]+(?P<y>{_YEAR})\b")),
    ("relmonth", re.compile(rf"(?P<mn>{MONTH_AT_WORD})\b(?![ \t]+{_YEAR})")),
    ("year", re.compile(rf"(?P<y>{_YEAR_AT_WORD})\b(?![.,]\d)")),
    ("today", re.compile(r"(?P<w>h(?<![\w-]h)(?:eute|eutigen))(?![\w-])")),
    (
        "nextyear",
        re.compile(r"\b(?P<w>(?:[Ii]m[ \t]+)?(?:kommenden|nächsten)[ \t]+Jahr(?:es)?)\b"),
    ),
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


def _day(year: int, month: int, day: int) -> str | None:
    try:
        return dt.date(year, month, day).isoformat()
    except ValueError:
        return None


def _closest(article: dt.date, month: int, day: int) -> int:
    """The year in which a day and month lie nearest the article's date."""
    years = (article.year - 1, article.year, article.year + 1)
    return min(years, key=lambda y: abs((dt.date(y, month, min(day, 28)) - article).days))


def _coming(text: str, start: int, word: str | None) -> bool:
    """Whether a month without a year is the coming one: "ab"/"bis" it, or a sentence about
    what will happen ("soll im August starten")."""
    if word is not None and word.split()[0] in ("ab", "bis"):
        return True
    low = max(0, start - 300)
    edges = [m.end() for m in _SENTENCE_EDGE.finditer(text, low, start)]
    begin = edges[-1] if edges else low
    edge = _SENTENCE_EDGE.search(text, start)
    end = len(text) if edge is None else edge.start()
    return _FUTURE.search(text, begin, end) is not None


def _value(
    kind: str, m: re.Match[str], article: dt.date | None, coming: bool = False
) -> str | None:
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
    if kind in ("year", "season"):
        return str(groups["y"])
    if kind == "relday" and groups.get("y"):
        return _day(int(groups["y"]), MONTHS[groups["mn"]], int(groups["d"]))
    if article is None:
        return None
    if kind in ("relmonth", "relday"):
        month = MONTHS[groups["mn"]]
        if kind == "relday" and not coming:
            year = _closest(article, month, int(groups["d"]))
        elif coming:
            year = article.year if month >= article.month else article.year + 1
        else:
            year = article.year if month <= article.month else article.year - 1
        if kind == "relday":
            return _day(year, month, int(groups["d"]))
        return f"{year}-{month:02d}"
    if kind == "nextyear":
        return str(article.year + 1)
    if kind == "today":
        return article.isoformat()
    if kind == "thisyear":
        return str(article.year)
    return str(article.year - 1)


_NEEDS: Final = {
    "season": ("Frühjahr", "Frühling", "Sommer", "Herbst", "Winter", "Jahres"),
    "today": ("heut",),
    "nextyear": ("kommenden", "nächsten"),
    "thisyear": ("diesjährige", "diesem Jahr", "dieses Jahr"),
    "lastyear": ("orjahr", "vergangenen Jahr", "letzten Jahr"),
}
"""Words every match of a pattern contains: without one of them the text is not searched."""


_WORD_DIGIT: Final = re.compile(r"\d(?<!\w\d)")
"""A digit that starts a word: where every match of the patterns of :data:`_AT_DIGITS` starts."""
_AT_DIGITS: Final = ("day", "relday", "year")
"""The kinds whose patterns start with ``_DAY`` or ``_YEAR_AT_WORD``: at a digit that starts a
word."""


def _at_digits(pattern: re.Pattern[str], text: str, digits: list[int]) -> Iterator[re.Match[str]]:
    """``pattern.finditer(text)`` for a pattern of a kind of :data:`_AT_DIGITS`, tried only at the
    ``digits`` that start a word (read once for all of them)."""
    done = 0
    for at in digits:
        if at >= done and (m := pattern.match(text, at)) is not None:
            done = m.end()  # (never empty: a digit at least)
            yield m


def dates(text: str, offset: int = 0, *, article: dt.date | None = None) -> list[DateRef]:
    """Every date expression in ``text``, the most precise reading of each passage."""
    found: list[DateRef] = []
    taken = Intervals()
    digits: list[int] | None = None
    for kind, pattern in _PATTERNS:
        needs = _NEEDS.get(kind)
        if needs is not None and not any(word in text for word in needs):
            continue
        if kind in _AT_DIGITS:
            if digits is None:
                digits = [m.start() for m in _WORD_DIGIT.finditer(text)]
            matches: Iterator[re.Match[str]] = _at_digits(pattern, text, digits)
        else:
            matches = pattern.finditer(text)
        for m in matches:
            start, end = m.span()
            if taken.overlaps(start, end):
                continue
            rel = _REL_BEFORE.search(text, max(0, start - 16), start)
            word = None if rel is None else rel.group("rel").lower()
            if kind in _NEEDS_REL and (
                word is None or (kind == "relmonth" and word.split()[0] not in _MONTH_RELS)
            ):
                continue
            coming = kind in ("relmonth", "relday") and _coming(text, start, word)
            value = _value(kind, m, article, coming)
            if value is None and kind in ("today", "thisyear", "lastyear", "nextyear"):
                continue
            if rel is not None and kind not in ("today", "thisyear", "lastyear", "nextyear"):
                start = rel.start()
            taken.add(start, end)
            stated = text[start:end]
            found.append(DateRef(start + offset, end + offset, stated, value, _relation(word)))
    return sorted(found, key=lambda d: d.start)
