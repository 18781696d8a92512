"""Choosing among overlapping mentions, and finding mentions by position quickly.

>>> from loaders.articles.findings import Mention
>>> short = Mention(0, 9, "Städtetag", "Städtetag", "Organisation", "x")
>>> long = Mention(0, 17, "Städtetag Sachsen", "Städtetag Sachsen", "Organisation", None)
>>> [m.text for m in resolve([short, long])]
['Städtetag Sachsen']
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable
from operator import attrgetter
from typing import Generic, Protocol, TypeVar

from loaders.articles.findings import Mention


class _Positioned(Protocol):
    @property
    def start(self) -> int: ...

    @property
    def end(self) -> int: ...


P = TypeVar("P", bound=_Positioned)
_START = attrgetter("start")
_START_END = attrgetter("start", "end")


def resolve(candidates: Iterable[Mention]) -> list[Mention]:
    """Non-overlapping mentions: the longest span wins, then a linked one, then the first."""
    ranked = sorted(
        candidates, key=lambda m: (-(m.end - m.start), m.entity is None, -m.confidence, m.start)
    )
    if not ranked:
        return []
    taken = bytearray(max(m.end for m in ranked))
    chosen: list[Mention] = []
    for mention in ranked:
        start, end = mention.start, mention.end
        if taken.find(1, start, end) < 0:
            chosen.append(mention)
            taken[start:end] = b"\x01" * (end - start)
    return sorted(chosen, key=_START)


def resolve_more(resolved: list[Mention], extra: Iterable[Mention]) -> list[Mention]:
    """``resolve([*resolved, *extra])`` for mentions ``resolved`` already (sorted by start, none
    overlapping another): only those that share a character with one of ``extra`` are ranked
    again with them; the others cannot lose, nor make another lose, so they stay as they are.

    >>> from loaders.articles.findings import Mention
    >>> a = Mention(0, 5, "Xland", "Xland", "Place", None)
    >>> b = Mention(6, 9, "Foo", "Foo", "Place", None)
    >>> [m.text for m in resolve_more([a, b], [Mention(4, 9, "d Foo", "d Foo", "Place", None)])]
    ['Xland', 'Foo']
    """
    extra = list(extra)
    if any(m.end <= m.start for m in extra):
        return resolve([*resolved, *extra])  # (an empty span: rank everything)
    marked = bytearray(max((m.end for m in extra), default=0))
    for m in extra:
        marked[m.start : m.end] = b"\x01" * (m.end - m.start)
    free: list[Mention] = []
    contested: list[Mention] = []
    previous_end = 0
    for m in resolved:
        start, end = m.start, m.end
        if start < previous_end or end <= start:
            return resolve([*resolved, *extra])  # (not resolved: rank everything)
        previous_end = end
        (contested if marked.find(1, start, end) >= 0 else free).append(m)
    if not extra:
        return free
    return sorted([*free, *resolve([*contested, *extra])], key=_START)


class Spans:
    """Mentions sorted by start, for lookups by position in O(log n)."""

    def __init__(self, mentions: Iterable[Mention]) -> None:
        self.items = sorted(mentions, key=_START_END)
        self.starts = [m.start for m in self.items]
        self.longest = max([m.end - m.start for m in self.items], default=0)

    def with_(self, mention: Mention) -> Spans:
        """A copy with one more mention (kept sorted)."""
        position = bisect_left(self.starts, mention.start)
        self.items.insert(position, mention)
        self.starts.insert(position, mention.start)
        self.longest = max(self.longest, mention.end - mention.start)
        return self

    def last_before(self, position: int, wanted: Callable[[Mention], bool]) -> Mention | None:
        """The last mention that starts before ``position`` and is ``wanted``."""
        for i in range(bisect_left(self.starts, position) - 1, -1, -1):
            if wanted(self.items[i]):
                return self.items[i]
        return None

    def starting(self, low: int, high: int) -> list[Mention]:
        """Mentions that start between ``low`` and ``high`` (inclusive)."""
        return self.items[bisect_left(self.starts, low) : bisect_right(self.starts, high)]

    def overlapping(self, start: int, end: int) -> list[Mention]:
        """Mentions that share at least one character with ``start:end``."""
        first = bisect_left(self.starts, start - self.longest)
        last = bisect_left(self.starts, end)
        if first == last:
            return []  # (most often: nothing near)
        return [m for m in self.items[first:last] if m.end > start]

    def within(self, start: int, end: int) -> list[Mention]:
        """Mentions entirely inside ``start:end``."""
        first, last = bisect_left(self.starts, start), bisect_left(self.starts, end)
        if first == last:
            return []
        return [m for m in self.items[first:last] if m.end <= end]


class Intervals:
    """Character spans, for asking quickly whether a new span overlaps any of them."""

    def __init__(self, spans: Iterable[tuple[int, int]] = ()) -> None:
        self.spans = sorted(spans)
        self.starts = [start for start, _ in self.spans]
        self.longest = max((end - start for start, end in self.spans), default=0)

    def overlaps(self, start: int, end: int) -> bool:
        """Whether ``start:end`` shares a character with a stored span."""
        first = bisect_left(self.starts, start - self.longest)
        last = bisect_left(self.starts, end)
        return any(e > start for _, e in self.spans[first:last])

    def add(self, start: int, end: int) -> None:
        """Store one more span."""
        position = bisect_left(self.starts, start)
        self.spans.insert(position, (start, end))
        self.starts.insert(position, start)
        self.longest = max(self.longest, end - start)


class Sorted(Generic[P]):
    """Findings sorted by start, for taking those inside a sentence."""

    def __init__(self, items: Iterable[P]) -> None:
        self.items = sorted(items, key=_START)
        self.starts = [item.start for item in self.items]

    def inside(self, start: int, end: int) -> list[P]:
        """The items that lie within ``start:end``."""
        first, last = bisect_left(self.starts, start), bisect_left(self.starts, end)
        if first == last:
            return []  # (most often: a sentence without such findings)
        return [item for item in self.items[first:last] if item.end <= end]
