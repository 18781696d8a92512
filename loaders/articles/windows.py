"""Running a costly pattern only near the words it needs, so long texts are read quickly.

>>> import re
>>> hits = windowed(re.compile(r"\\w+ GmbH"), re.compile("GmbH"), "x " * 500 + "Muster GmbH")
>>> [m.group() for m in hits]
['Muster GmbH']
"""

from __future__ import annotations

import re
from collections.abc import Iterator


def windowed(
    pattern: re.Pattern[str], anchor: re.Pattern[str], text: str, *, around: int = 200
) -> Iterator[re.Match[str]]:
    """``pattern``'s matches within ``around`` characters of a match of ``anchor``.

    Every match of ``pattern`` must contain a match of ``anchor`` and be shorter than
    ``around``; then the result equals ``pattern.finditer(text)``.
    """
    for low, high in _merged(anchor, text, around):
        yield from pattern.finditer(text, low, high)


def _merged(anchor: re.Pattern[str], text: str, around: int) -> Iterator[tuple[int, int]]:
    low = high = -1
    for m in anchor.finditer(text):
        start, end = max(0, m.start() - around), _word_end(text, m.end() + around)
        if start > high:
            if high >= 0:
                yield low, high
            low = start
        high = max(high, end)
    if high >= 0:
        yield low, high


def _word_end(text: str, index: int) -> int:
    """Windows end between words, so a match never ends at a cut through a word.

    (At the start, look-behinds and ``\\b`` see the text before the window anyway.)
    """
    if index >= len(text):
        return len(text)
    space = re.compile(r"\s").search(text, index)
    return len(text) if space is None else space.start()
