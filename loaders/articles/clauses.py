"""Clauses of a sentence and bodies named again by their head noun, for the readers of
relations (``organisers``, ``cooperation``, ``supporters``, ``members``, ``trainers``).

>>> text = "Die Samtgemeinden Aheim, Beheim und Ceheim wollen zusammenarbeiten, sagte er."
>>> s = Sentence(0, len(text), text)
>>> at = text.index("zusammen")
>>> low, high = clause(text, s, at, at, frozenset({text.index("Beheim")}))
>>> text[low:high]
'Die Samtgemeinden Aheim, Beheim und Ceheim wollen zusammenarbeiten'
"""

from __future__ import annotations

import re
from bisect import bisect_left
from typing import Final

from loaders.articles.findings import Mention
from loaders.articles.sentences import Sentence
from loaders.articles.spans import Spans

_MARK: Final = re.compile("[,;:\u2013\\s](?:(?<=[,;:\u2013])|(?<=\\s)-\\s)")
"""A mark of a clause: a comma, semicolon, colon or dash, or a hyphen between blanks (written to
start with the class of its first character, so the engine skips to those characters)."""
_ARTICLE: Final = re.compile(r"\s(?:(?:der|die|das|dem|den|des)\s)?")
_HEADS: Final = {
    "Verband": ("municipal_association", "association", "federation"),
    "Ministerium": ("ministry",),
    "Kreis": ("county",),
    "Landkreis": ("county",),
    "Stadt": ("city",),
    "Gemeinde": ("municipality",),
    "Bezirk": ("district",),
    "Bezirksamt": ("district",),
    "Amt": ("municipality", "municipal_association"),
    "Kreisverwaltung": ("county",),
}
_HEAD_HOST: Final = re.compile(
    r"\b(?:[Dd]er|[Dd]ie|[Dd]as|dem|vom)\s(?P<head>" + "|".join(_HEADS) + r")(?![\w-])"
)
"""A host named again by its head noun ("den der Verband ausrichtet", "die Kreisverwaltung");
not the first part of a name ("der Gemeinde- und Städtebund")."""


def name_starts(ms: list[Mention]) -> frozenset[int]:
    """Where the bodies of a sentence begin: a comma before one goes on with a list."""
    return frozenset(m.start for m in ms if m.cls == "Organisation")


def named_again(text: str, index: Spans, low: int, high: int) -> list[Mention]:
    """The body a clause names again by its head noun: the last one named of that kind."""
    again = _HEAD_HOST.search(text, low, high)
    if again is None:
        return []
    head = again.group("head")
    kinds = _HEADS[head]

    def named(m: Mention) -> bool:
        return m.cls == "Organisation" and m.label.startswith(head + " ")

    def wanted(m: Mention) -> bool:
        return m.cls == "Organisation" and (m.kind in kinds or m.label.startswith(head + " "))

    # (a body named in full by the head, "Kreisverwaltung X", before one of its kind)
    body = index.last_before(low, named) if head == "Kreisverwaltung" else None
    body = body or index.last_before(low, wanted)
    return [] if body is None else [body]


def clause(
    text: str, s: Sentence, start: int, end: int, starts: frozenset[int] = frozenset()
) -> tuple[int, int]:
    """The clause around ``start:end``: between the marks of clauses before and after; a
    comma before a name that starts at one of ``starts`` (after an article, maybe) goes on
    with a list ("die Samtgemeinden A, B und C", "der Stadt A, der Stadt B")."""
    low = s.start
    for mark in _MARK.finditer(text, s.start, start):
        if not _listed(text, mark, starts):
            low = mark.end()
    high = s.end
    for mark in _MARK.finditer(text, end, s.end):
        if not _listed(text, mark, starts):
            high = mark.start()
            break
    return low, high


def _listed(text: str, mark: re.Match[str], starts: frozenset[int]) -> bool:
    if not starts or mark.group() != ",":
        return False
    after = _ARTICLE.match(text, mark.end())
    return after is not None and after.end() in starts


_BOTH: Final = re.compile(
    r"\b(?:[Bb]eide|[Dd]ie\sbeiden|[Dd]en\sbeiden)\s(?P<head>Städte|Kreise|Landkreise|Ämter|"
    r"Gemeinden|Bezirke|Samtgemeinden|Kommunen|Verwaltungen)\b"
)
"""Two bodies named again by a plural ("Beide Ämter", "die beiden Kreise")."""
_BOTH_KINDS: Final = {
    "Städte": ("city",),
    "Kreise": ("county",),
    "Landkreise": ("county",),
    "Gemeinden": ("municipality",),
    "Bezirke": ("district",),
    "Kommunen": ("city", "municipality", "county"),
    "Verwaltungen": ("city", "municipality", "county", "district"),
}
_BOTH_HEADS: Final = {"Ämter": "Amt ", "Samtgemeinden": "Samtgemeinde "}


def both(text: str, index: Spans, low: int, high: int) -> list[Mention]:
    """The two bodies "Beide Ämter" between ``low`` and ``high`` stands for: the last two of
    that kind named before ``low`` (none when fewer are named).

    >>> a = Mention(0, 9, "Amt Aheim", "Amt Aheim", "Organisation", None)
    >>> b = Mention(14, 24, "Amt Beheim", "Amt Beheim", "Organisation", None)
    >>> text = "Amt Aheim und Amt Beheim. Beide Ämter sparen."
    >>> [m.label for m in both(text, Spans([a, b]), 26, len(text))]
    ['Amt Aheim', 'Amt Beheim']
    """
    cue = _BOTH.search(text, low, high)
    if cue is None:
        return []
    head = cue.group("head")
    kinds, prefix = _BOTH_KINDS.get(head, ()), _BOTH_HEADS.get(head)
    found: dict[str, Mention] = {}
    for m in reversed(index.items[: bisect_left(index.starts, low)]):
        if m.cls == "Organisation" and (
            m.kind in kinds or (prefix is not None and m.label.startswith(prefix))
        ):
            found.setdefault(m.label, m)
            if len(found) == 2:
                return sorted(found.values(), key=lambda m: m.start)
    return []
