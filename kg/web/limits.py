r"""Checks a query passes before it reaches the engine: size, nesting, operator counts.

Some query shapes crash pyoxigraph (deep nesting of groups, parentheses, ``!`` or long
property paths); they are refused here with a 400, and the worker processes contain
whatever slips through.

>>> shape("ASK { { ?s ?p ?o } } # {{{").depth
2
>>> shape('SELECT * { ?s ?p "{{{" }').depth
1

A backslash outside strings escapes one character of a name (``dk:it\'s``, ``dk:a\(``):

>>> shape("ASK { ?s dk:it\\'s ?o FILTER((true)) }").depth
3

``SERVICE`` counts only as the keyword, not inside names, strings or IRIs:

>>> shape("SELECT * { SERVICE <http://x/> { ?s ?p ?o } }").services
1
>>> shape('SELECT * { ?s dk:service "SERVICE" . ?service ?p <http://x/SERVICE> }').services
0
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from kg.errors import QueryError

_UPDATE = re.compile(
    r"^\s*(?:(?:PREFIX\s+\S*\s*<[^>]*>|BASE\s+<[^>]*>)\s*)*"
    r"(INSERT|DELETE|LOAD|CLEAR|DROP|CREATE|ADD|MOVE|COPY|WITH)\b",
    re.IGNORECASE,
)


class Rejected(QueryError):
    """A request refused before evaluation; ``status`` is the HTTP status."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status


@dataclass(frozen=True)
class Shape:
    """How deeply a query nests and how many path operators it has."""

    depth: int
    negations: int
    path_operators: int
    services: int = 0


def shape(text: str) -> Shape:
    """Scan ``text`` outside comments, strings and IRIs."""
    depth = deepest = negations = paths = services = 0
    i, n = 0, len(text)
    while i < n:
        char = text[i]
        if char == "#":
            newline = text.find("\n", i)
            i = n if newline < 0 else newline
        elif char == "\\":
            i += 1  # the escaped character belongs to a name
        elif char in "\"'":
            i = _string_end(text, i)
        elif char == "<" and re.match(r"<[^\s<>\"{}|^`\\]*>", text[i : i + 4096]):
            i = text.index(">", i)
        elif char in "{([":
            depth += 1
            deepest = max(deepest, depth)
        elif char in "})]":
            depth -= 1
        elif char == "!":
            negations += 1
        elif char in "/|^":
            paths += 1
        elif char.isalpha() and (i == 0 or not (text[i - 1].isalnum() or text[i - 1] in ":?$_-.")):
            word = re.match(r"[A-Za-z][\w-]*", text[i:])
            assert word is not None
            end = i + word.end()
            if word.group().upper() == "SERVICE" and not text.startswith(":", end):
                services += 1
            i = end - 1
        i += 1
    return Shape(deepest, negations, paths, services)


def _string_end(text: str, i: int) -> int:
    quote = text[i]
    if text.startswith(quote * 3, i):
        end = text.find(quote * 3, i + 3)
        return len(text) if end < 0 else end + 2
    i += 1
    while i < len(text) and text[i] != quote and text[i] != "\n":
        i += 2 if text[i] == "\\" else 1
    return i


REMEMBERED_LENGTH = 4096  # characters: the shapes of shorter queries are remembered
_remembered_shape = functools.lru_cache(maxsize=1024)(shape)  # at most 4 Mi characters held


def check(text: str, *, max_length: int, max_nesting: int, allow_service: bool = False) -> None:
    """Refuse a query that is too long, too deep, an update, has a NUL byte, or (unless
    allowed) asks the server to fetch another endpoint with SERVICE."""
    if len(text) > max_length:
        raise Rejected(
            413, f"the query has {len(text)} characters; at most {max_length} are accepted"
        )
    if "\x00" in text:
        raise Rejected(400, "the query contains a NUL character")
    if _UPDATE.match(text):
        raise Rejected(
            400, "this is a SPARQL update; send updates to /update (writes need a token)"
        )
    found = _remembered_shape(text) if len(text) <= REMEMBERED_LENGTH else shape(text)
    if found.depth > max_nesting:
        raise Rejected(
            400, f"the query nests {found.depth} levels deep; at most {max_nesting} are accepted"
        )
    if found.negations > max_nesting:
        raise Rejected(400, f"the query has {found.negations} '!' operators; at most {max_nesting}")
    if found.path_operators > 25 * max_nesting:
        raise Rejected(
            400, f"the query has {found.path_operators} path operators; at most {25 * max_nesting}"
        )
    if found.services and not allow_service:
        raise Rejected(
            400,
            "SERVICE (federated query) is turned off on this server: it would make the server "
            "fetch any URL; run the query against the other endpoint yourself, or start the "
            "server with KG_ALLOW_SERVICE=true",
        )
