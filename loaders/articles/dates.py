"""Dates at the precision stated, relative ones resolved against the article date.

>>> [(d.value, d.relation) for d in dates("seit 2016 und bis August 2020, am 7.10.2019")]
[('2016', 'since'), ('2020-08', 'until'), ('2019-10-07', 'at')]
>>> january = dt.date(2020, 1, 15)
>>> [d.value for d in dates("Im Februar hat der Kreis beschlossen.", article=january)]
['2019-02']
>>> [d.value for d in dates("Im Februar startet der Kurs.", article=january)]
['2020-02']

Weekdays are the last such day before the article's date (a press release tells what
happened), seasons and the year's end the year they fall in, seen from the article's date:

>>> thursday = dt.date(2026, 1, 22)
>>> text = "am Montag, seit dem Herbst, bis Ende des Jahres"
>>> [(d.text, d.value) for d in dates(text, article=thursday)]
[('am Montag', '2026-01-19'), ('seit dem Herbst', '2026'), ('bis Ende des Jahres', '2026')]
>>> [d.value for d in dates("Das Unternehmen wurde 2021 gegründet.")]
['2021']
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
_SEASON_AT_WORD = (
    r"[FSHWJ](?<![\w-][FSHWJ])"
    r"(?:rühjahr|rühling|ommer|erbst|inter|ahresbeginn|ahresanfang|ahresmitte|ahresende)"
)
"""``\\b`` + a season or part of the year ("Frühjahr", …, "Jahresende"), written to start with
its capital (so the engine skips to the capitals it may start with)."""
_WEEKDAYS: Final = ("Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag")
_SEASON_MONTHS: Final = {
    "Frühjahr": (3, 5),
    "Frühling": (3, 5),
    "Sommer": (6, 8),
    "Herbst": (9, 11),
    "Winter": (12, 12),
    "Jahresbeginn": (1, 1),
    "Jahresanfang": (1, 1),
    "Jahresmitte": (6, 7),
    "Jahresende": (12, 12),
}
"""The first and last month of a season (a winter counted in its December)."""
_LEAD_BEFORE: Final = re.compile(
    r"(?:^|(?<=[\s(\[„]))(?P<lead>(?:[Aa]m|[Ii]m|[Ii]n|[Aa]b|[Bb]is|[Ss]eit|[Zz]um|[Vv]om)"
    r"(?:[ \t]+(?:zum|dem|diesem|kommenden|nächsten|vergangenen|vergangenem|letzten|heutigen))*)"
    r"[ \t]+$"
)
"""The words before a weekday or season without a date: "am", "bis zum", "im vergangenen";
searched back from the weekday or season found (every pattern starts with what it needs)."""
_FUTURE: Final = re.compile(
    r"\b(?:soll|sollen|sollte|sollten|will|wollen|wird|werden|geplant|plant|planen|kommenden|"
    r"nächsten|künftig|voraussichtlich)\b"
)
"""Words that place a sentence in the future: a bare month there is the coming one."""
_PAST: Final = re.compile(
    r"\b(?:hat|haben|hatte|hatten|wurde|wurden|war|waren|konnte|konnten|fand|fanden|gab|"
    r"erhielt|erhielten|vergangenen|vorigen|letzten)\b"
)
"""Words that tell a sentence in the past: a month there is the last one."""
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
    ("season", re.compile(rf"{_SEASON_AT_WORD}[ \t]+(?P<y>{_YEAR})\b")),
    ("relmonth", re.compile(rf"(?P<mn>{MONTH_AT_WORD})\b(?![ \t]+{_YEAR})")),
    (
        "weekday",
        re.compile(
            r"(?P<wd>[MDFSW](?<![\w-][MDFSW])"
            r"(?:ontag|ienstag|ittwoch|onnerstag|reitag|amstag|onntag|ochenende))"
            r"(?:abend|morgen|vormittag|nachmittag|mittag)?\b"
        ),
    ),
    (
        "relseason",
        re.compile(rf"(?P<s>{_SEASON_AT_WORD})\b(?![ \t]+(?:{_YEAR}|des|der)\b)"),
    ),
    (
        "yearpart",
        re.compile(
            r"[EeAaMm](?<![\w-][EeAaMm])(?:nde|nfang|itte)[ \t]+(?:des|dieses)[ \t]+Jahres\b"
            rf"(?![ \t]+{_YEAR})"
        ),
    ),
    ("year", re.compile(rf"(?P<y>{_YEAR_AT_WORD})\b(?![.,:/-]?\d)")),
    ("today", re.compile(r"(?P<w>h(?<![\w-]h)(?:eute|eutigen))(?![\w-])")),
    (
        "nextyear",
        re.compile(r"\b(?P<w>(?:[Ii]m[ \t]+)?(?:kommenden|nächsten)[ \t]+Jahr(?:es)?)\b"),
    ),
    (
        "thisyear",
        re.compile(
            r"\b(?P<w>diesjährige[nmrs]?|[Ii]n diesem Jahr|dieses Jahr(?:es)?"
            r"|(?:das|im|für das)[ \t]+laufenden?[ \t]+Jahr(?:es)?)\b"
        ),
    ),
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


def _reading(text: str, start: int, word: str | None) -> str:
    """Which year a month or season without one lies in, seen from the article's date:
    ``"past"`` (the last one: "seit Januar", or a sentence told in the past, "hat im März
    … präsentiert"), ``"coming"`` (the next one: "ab"/"bis" it, or a sentence about what will
    happen, "soll im August starten"), else ``"nearest"`` (the one nearest the article's
    date: a sentence in the present, "startet im Juli", "lädt im September ein").
    A sentence with words of both (or "bis" in one told in the past) reads as the nearest."""
    first = None if word is None else word.split()[0]
    if first == "seit":
        return "past"
    low = max(0, start - 300)
    edges = [m.end() for m in _SENTENCE_EDGE.finditer(text, low, start)]
    begin = edges[-1] if edges else low
    edge = _SENTENCE_EDGE.search(text, start)
    end = len(text) if edge is None else edge.start()
    past = _PAST.search(text, begin, end) is not None
    if first in ("ab", "bis"):
        return "nearest" if past else "coming"
    future = _FUTURE.search(text, begin, end) is not None
    if future != past:
        return "coming" if future else "past"
    return "nearest"


def _value(
    kind: str, m: re.Match[str], article: dt.date | None, reading: str = "nearest", lead: str = ""
) -> str | None:
    groups = m.groupdict()
    groups["lead"] = lead
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
        day = int(groups["d"]) if kind == "relday" else 15
        if reading == "coming":
            year = article.year if month >= article.month else article.year + 1
        elif reading == "past":
            year = article.year if month <= article.month else article.year - 1
        else:
            year = _closest(article, month, day)
        if kind == "relday":
            return _day(year, month, int(groups["d"]))
        return f"{year}-{month:02d}"
    if kind == "weekday":
        return _weekday(groups, article)
    if kind == "relseason":
        return str(_season_year(groups, article, reading == "coming"))
    if kind == "nextyear":
        return str(article.year + 1)
    if kind == "today":
        return article.isoformat()
    if kind in ("thisyear", "yearpart"):
        return str(article.year)
    return str(article.year - 1)


def _weekday(groups: dict[str, str | None], article: dt.date) -> str:
    """The day named: the last such day before the article's date ("am Wochenende": its
    Saturday), the next one after "kommenden"/"nächsten", the article's own after "heutigen"
    (in every annotated article a weekday without them was past, even in a sentence about
    what will happen: "hat am Montag angekündigt, … soll")."""
    lead = groups["lead"] or ""
    if "heutigen" in lead:
        return article.isoformat()
    name = groups["wd"]
    weekday = 5 if name == "Wochenende" else _WEEKDAYS.index(name or "")
    if "kommenden" in lead or "nächsten" in lead:
        return (article + dt.timedelta(days=(weekday - article.weekday() - 1) % 7 + 1)).isoformat()
    return (article - dt.timedelta(days=(article.weekday() - weekday - 1) % 7 + 1)).isoformat()


def _season_year(groups: dict[str, str | None], article: dt.date, coming: bool) -> int:
    """The year of a season named without one: the last one after "vergangenen", the next
    one after "kommenden", else this year's — or next year's when the text looks ahead
    ("ab", "bis", "soll") to a season that is over this year."""
    lead = groups["lead"] or ""
    first, last = _SEASON_MONTHS[groups["s"] or ""]
    if "vergangen" in lead or "letzten" in lead:
        return article.year if last < article.month else article.year - 1
    if "kommenden" in lead or "nächsten" in lead:
        return article.year if first > article.month else article.year + 1
    if coming and "diesem" not in lead and last < article.month:
        return article.year + 1
    return article.year


def _bare_year(text: str, start: int, end: int) -> bool:
    """Whether a year without a word of time before it reads as a year ("wurde 2021
    gegründet", "im Haushalt 2026"): not a number of things ("2024 Beschäftigte", "2020
    Euro"), nor the end of a name ("„Digitales Nordland 2030“", "X-Preis 2025",
    "Digitalkonferenz Nordland 2024", "Digitaltag Nordland 2024 in Adorf")."""
    if _AFTER_BARE_YEAR.match(text, end) is not None:
        return False
    before = _WORDS_BEFORE.search(text, max(0, start - 80), start)
    if before is None:
        return True
    word, earlier = before.group("w"), before.group("w2") or ""
    return not (
        word.lower().endswith(_NAME_HEADS)
        or (
            word[0].isupper()
            and (earlier.lower().endswith(_NAME_HEADS) or _PLACE_AFTER.match(text, end) is not None)
        )
    )


_AFTER_BARE_YEAR: Final = re.compile(
    r"[ \t]*(?:[A-ZÄÖÜ“”\"]|(?:Euro|EUR|Mio|Mrd|Prozent|mal|Mal|Stück)\b|%|€)"
)
_WORDS_BEFORE: Final = re.compile(r"(?:(?P<w2>[\w-]+)[ \t]+)?(?P<w>[\w-]+)[ \t]+$")
_PLACE_AFTER: Final = re.compile(r"[ \t]+in[ \t]+[A-ZÄÖÜ]")
_NAME_HEADS: Final = (
    "preis", "preises", "programm", "programms", "kongress", "kongresses", "tag", "tages",
    "strategie", "plan", "plans", "wettbewerb", "wettbewerbs", "challenge", "forum", "gipfel",
    "konferenz", "award", "messe", "digital", "agenda", "hack", "hackathon", "festival",
)  # fmt: skip
"""Words after which a year ends the name of an event, prize, programme or strategy."""

_NEEDS: Final = {
    "season": ("Frühjahr", "Frühling", "Sommer", "Herbst", "Winter", "Jahres"),
    "today": ("heut",),
    "nextyear": ("kommenden", "nächsten"),
    "thisyear": ("diesjährige", "diesem Jahr", "dieses Jahr", "laufende"),
    "weekday": (*_WEEKDAYS, "Wochenende"),
    "relseason": ("Frühjahr", "Frühling", "Sommer", "Herbst", "Winter", "Jahres"),
    "yearpart": ("des Jahres", "dieses Jahres"),
    "lastyear": ("orjahr", "vergangenen Jahr", "letzten Jahr"),
}
"""Words every match of a pattern contains: without one of them the text is not searched."""


_WORD_DIGIT: Final = re.compile(r"\d(?<!\w\d)")
"""A digit that starts a word: where every match of the patterns of :data:`_AT_DIGITS` starts."""
_AT_DIGITS: Final = ("day", "relday", "year")
_LEADING: Final = ("weekday", "relseason", "yearpart")
_MAY_COME: Final = ("relmonth", "relday", "relseason")
"""The kinds read as the coming one in a sentence about what will happen."""
_RELATIVE: Final = ("today", "thisyear", "lastyear", "nextyear", *_LEADING)
"""The kinds with no date at all without the article's: not reported then."""
"""The kinds whose match holds the words of time before it ("am", "bis zum", "Ende des")."""
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
    word: str | None
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
            lead = ""
            if kind in _LEADING:  # the words of time before it belong to the date
                rel = None
                before = _LEAD_BEFORE.search(text, max(0, start - 48), start)
                if before is not None:
                    lead = str(before.group("lead"))
                    start, word = before.start(), lead.split()[0].lower()
                elif kind == "yearpart":  # "Ende des Jahres" alone
                    word = m.group(0).split()[0].lower()
                else:
                    continue
                if taken.overlaps(start, end):
                    continue
            else:
                rel = _REL_BEFORE.search(text, max(0, start - 16), start)
                word = None if rel is None else rel.group("rel").lower()
            if kind in _NEEDS_REL and (
                (word is None and (kind == "relmonth" or not _bare_year(text, start, end)))
                or (kind == "relmonth" and word is not None and word.split()[0] not in _MONTH_RELS)
            ):
                continue
            reading = _reading(text, start, word) if kind in _MAY_COME else "nearest"
            value = _value(kind, m, article, reading, lead)
            if value is None and kind in _RELATIVE:
                continue
            if rel is not None and kind not in ("today", "thisyear", "lastyear", "nextyear"):
                start = rel.start()
            taken.add(start, end)
            stated = text[start:end]
            found.append(DateRef(start + offset, end + offset, stated, value, _relation(word)))
    return sorted(found, key=lambda d: d.start)
