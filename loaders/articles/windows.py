"""Running a costly pattern only near the words it needs, so long texts are read quickly.

>>> import re
>>> hits = windowed(re.compile(r"\\w+ GmbH"), re.compile("GmbH"), "x " * 500 + "Muster GmbH")
>>> [m.group() for m in hits]
['Muster GmbH']
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

_SPACE = re.compile(r"\s")
_IGNORECASE = int(re.IGNORECASE)  # (a plain int: "&" with the enum member runs Python code)
_LITERALS = re.compile(r"(?:[^\\|()\[\]{}.*+?^$]|\\[.\-])+(?:\|(?:[^\\|()\[\]{}.*+?^$]|\\[.\-])+)*")
"""An anchor that is only words joined by ``|`` (dots and hyphens escaped)."""


def windowed(
    pattern: re.Pattern[str],
    anchor: re.Pattern[str],
    text: str,
    *,
    around: int = 200,
    follow: re.Pattern[str] | None = None,
) -> Iterator[re.Match[str]]:
    """``pattern``'s matches within ``around`` characters of a match of ``anchor`` (one that
    ``follow`` matches right after, if given).

    Every match of ``pattern`` must contain such a match of ``anchor`` and be shorter than
    ``around``; then the result equals ``pattern.finditer(text)``.
    """
    for low, high in _merged(anchor, text, around, follow):
        yield from pattern.finditer(text, low, high)


@lru_cache(maxsize=256)
def literals(anchor: re.Pattern[str]) -> tuple[str, ...] | None:
    """The words of an anchor made only of words joined by ``|`` (else ``None``): they are
    looked for with ``str.find``, much faster than the regex engine tries alternatives (an
    anchor that ignores case: its words in lower case, looked for in the lower-cased text)."""
    if _LITERALS.fullmatch(anchor.pattern) is None:
        return None
    words = tuple(word.replace("\\", "") for word in anchor.pattern.split("|"))
    return tuple(word.lower() for word in words) if anchor.flags & re.IGNORECASE else words


def _spans(
    anchor: re.Pattern[str], text: str, follow: re.Pattern[str] | None = None
) -> Iterator[tuple[int, int]]:
    """Where the anchor occurs (followed by ``follow``, if given), in order of start (every
    occurrence of each word, so a superset of ``anchor.finditer``)."""
    words = literals(anchor)
    haystack = text
    if words is not None and anchor.flags & _IGNORECASE:
        haystack = text.lower()
        if len(haystack) != len(text):  # (a letter lower-cased to two: offsets would move)
            words = None
    if words is None:
        found = [m.span() for m in anchor.finditer(text)]
    else:
        found = []
        for word in words:
            at = haystack.find(word)
            while at >= 0:
                found.append((at, at + len(word)))
                at = haystack.find(word, at + 1)
        found.sort()
    if follow is not None:
        found = [(start, end) for start, end in found if follow.match(text, end) is not None]
    return iter(found)


def in_words(
    pattern: re.Pattern[str],
    anchor: re.Pattern[str],
    text: str,
    *,
    follow: re.Pattern[str] | None = None,
    words_after: int = 0,
) -> Iterator[re.Match[str]]:
    """``pattern.finditer(text)`` for a pattern whose every match starts in a word (a run of
    word characters and hyphens) that holds a match of ``anchor`` (one that ``follow`` matches
    right after, if given), and ends within ``words_after`` words after that one (words
    separated by blanks): only those stretches are read, however long the words are.
    """
    after = _words_after(words_after)
    spans = []
    for start, end in _spans(anchor, text, follow):
        while start > 0 and (text[start - 1].isalnum() or text[start - 1] in "_-"):
            start -= 1
        rest = after.match(text, end)
        spans.append((start, end if rest is None else rest.end()))
    spans.sort()
    merged: list[tuple[int, int]] = []
    for low, high in spans:  # overlapping stretches are read as one
        if merged and low <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(high, merged[-1][1]))
        else:
            merged.append((low, high))
    for low, high in merged:
        yield from pattern.finditer(text, low, high)


@lru_cache(maxsize=8)
def _words_after(count: int) -> re.Pattern[str]:
    """The rest of a word and ``count`` words after it (always matches)."""
    return re.compile(rf"[\w-]*(?:[ \t]+[^ \t\n]+){{0,{count}}}")


def occurrences(anchor: re.Pattern[str], text: str) -> list[tuple[int, int]]:
    """Where the words of an anchor occur, by start: each occurrence of each word (found with
    ``str.find``), so the matches of ``anchor.finditer`` and any occurrence they overlap."""
    return list(_spans(anchor, text))


def _merged(
    anchor: re.Pattern[str], text: str, around: int, follow: re.Pattern[str] | None = None
) -> Iterator[tuple[int, int]]:
    low = high = -1
    for start, end in _spans(anchor, text, follow):
        start, end = max(0, start - around), end + around
        if start > high:
            if high >= 0:
                yield low, high
            low = start
        elif end <= high:
            continue  # ends within the window: its word end does too
        high = max(high, _word_end(text, end))
    if high >= 0:
        yield low, high


def _word_end(text: str, index: int) -> int:
    """Windows end between words, so a match never ends at a cut through a word.

    (At the start, look-behinds and ``\\b`` see the text before the window anyway.)
    """
    if index >= len(text):
        return len(text)
    space = _SPACE.search(text, index)
    return len(text) if space is None else space.start()


def holds(text: str, words: tuple[str, ...]) -> bool:
    """Whether ``text`` holds one of ``words``: the cheap test before a costly reading (a
    plain loop: cheaper than ``any`` over a generator or a search).

    >>> holds("Die Stadt schult", ("chul", "urse"))
    True
    """
    for word in words:  # noqa: SIM110 (a loop: no generator made per call)
        if word in text:
            return True
    return False
