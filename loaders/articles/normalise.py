"""Normalising German names for matching: case, umlauts, ß, hyphens, inflection endings.

Both the graph's labels and the article's words go through the same functions, so
"des Gemeindetages", "Gemeindetags" and "Gemeindetag" meet on one key.

>>> key("Städtetags Baden-Württemberg")
'staedtetag bade wuerttemberg'
>>> stem("gemeindetages"), stem("digitallotsen"), stem("bund")
('gemeindetag', 'digitallots', 'bund')
>>> tokenise("digital@bw, 4.0").words
['digital', '@', 'bw', ',', '4', '.', '0']
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from itertools import accumulate
from typing import Final

_TRANSLIT: Final = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss", "ẞ": "ss"})
# Word characters, the @ and # of names like "digital@bw", and punctuation that a label may
# contain; quotes, hyphens, dashes and slashes are skipped (they vary between spellings). (The
# single characters in one class: a third faster to split by than two alternatives.)
TOKEN_RE: Final = re.compile(r"[^\W_]+|[@#.,;:!?()]")
_TOKEN_SPLIT: Final = re.compile(f"({TOKEN_RE.pattern})")
_GENITIVE: Final = ("es", "s")
_PLURAL: Final = ("en", "em", "er", "n", "e")
_MIN_STEM: Final = 4


@dataclass(frozen=True, slots=True)
class Tokens:
    """The words and punctuation marks of a text: surface, matching key, offset (parallel)."""

    words: list[str]
    norms: list[str]
    starts: list[int]

    def end(self, index: int) -> int:
        """Offset just after token ``index``."""
        return self.starts[index] + len(self.words[index])


def fold(word: str) -> str:
    """Lower case with umlauts and ß spelled out (``Städte`` → ``staedte``)."""
    return word.lower().translate(_TRANSLIT)


def stem(word: str) -> str:
    """A folded word without a genitive (-s, -es) and then a plural/dative ending."""
    if not word.isalpha():
        return word
    for endings in (_GENITIVE, _PLURAL):
        for ending in endings:
            if word.endswith(ending) and len(word) - len(ending) >= _MIN_STEM:
                word = word[: -len(ending)]
                break
    return word


@lru_cache(maxsize=65536)
def norm(word: str) -> str:
    """The matching key of one token."""
    return stem(fold(word))


def tokenise(text: str) -> Tokens:
    """The tokens of ``text`` with their offsets and keys."""
    parts = _TOKEN_SPLIT.split(text)  # gap, token, gap, token, …, gap
    words = parts[1::2]
    starts = list(accumulate(map(len, parts)))[0:-1:2]  # each token starts after its gap
    return Tokens(words, list(map(norm, words)), starts)


@lru_cache(maxsize=65536)
def key(text: str) -> str:
    """The matching key of a whole name: its token keys joined by spaces."""
    return " ".join(norm(m.group()) for m in TOKEN_RE.finditer(text))
