"""Splitting German text into sentences, keeping offsets; lines always end a sentence.

>>> [s.text for s in split("Der Stv. Minister sprach. Am 23. Mai 2019 begann es.\\nNeu")]
['Der Stv. Minister sprach.', 'Am 23. Mai 2019 begann es.', 'Neu']
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Final

_ABBREVIATION_WORDS: Final = """stv bzw ca dr prof mio mrd tsd nr st str abs ggf inkl vgl usw etc
    z b u a o ä
    e v co sog ehem evtl bspw jh jhd mind max min rd"""
_ABBREVIATIONS: Final = frozenset(_ABBREVIATION_WORDS.split())
_END_RE: Final = re.compile(r"[\n.!?…](?:(?<=\n)|[.!?…]*[“”\"»«)]?(?=\s+[„“\"»(A-ZÄÖÜ0-9]))")
"""A sentence's end: a line break, or stops before a blank and a capital (written to start with
the class of its first character, so the engine skips to those characters)."""


@dataclass(frozen=True, slots=True)
class Sentence:
    """A sentence of a text with its offsets."""

    start: int
    end: int
    text: str


def split(text: str) -> list[Sentence]:
    """The sentences of ``text`` (empty lines dropped, whitespace trimmed)."""
    sentences: list[Sentence] = []
    begin = 0
    for match in _END_RE.finditer(text):
        if match.group() != "\n" and _is_abbreviation(text, match.start()):
            continue
        _add(sentences, text, begin, match.end())
        begin = match.end()
    _add(sentences, text, begin, len(text))
    return sentences


_LONGEST: Final = max(len(word) for word in _ABBREVIATIONS)


def _is_abbreviation(text: str, dot: int) -> bool:
    if text[dot] != ".":
        return False
    if dot > _LONGEST and text[dot - _LONGEST - 1 : dot].isalnum():
        return False  # a word longer than any abbreviation (the most common case, read at once)
    low, first = max(0, dot - 12), dot
    while first > low and (text[first - 1].isalnum() or text[first - 1] == "_"):
        first -= 1  # the word before the dot (as ``\w+$`` reads it, without a search)
    if first == dot:
        return False
    token = text[first:dot]
    ordinal = token.isdigit() and len(token) <= 2
    return token.lower() in _ABBREVIATIONS or ordinal or len(token) == 1


def _add(sentences: list[Sentence], text: str, start: int, end: int) -> None:
    chunk = text[start:end]
    stripped = chunk.strip()
    if stripped:
        lead = len(chunk) - len(chunk.lstrip())
        sentences.append(Sentence(start + lead, start + lead + len(stripped), stripped))
