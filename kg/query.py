"""Running SPARQL against the store, with syntax errors turned into positions.

The default graph is the union of all named graphs; the usual prefixes (``dk:``,
``id:``, ``schema:`` …) are predeclared.
"""

from __future__ import annotations

import re
from typing import Any

from pyoxigraph import QueryBoolean, QuerySolutions, QueryTriples, Triple

from kg.errors import QuerySyntaxError
from kg.vocab import PREFIXES

Result = QuerySolutions | QueryBoolean | QueryTriples | list[Triple]

_POSITION = re.compile(r"error at (\d+):(\d+): (.*)", re.DOTALL)


def run(store: Any, text: str) -> Result:
    """Run a SPARQL query on the embedded or a remote store (``kg.remote.Readable``); a
    malformed one raises :class:`QuerySyntaxError` with its position."""
    try:
        result: Result = store.query(text, prefixes=PREFIXES, use_default_graph_as_union=True)
        return result
    except SyntaxError as error:
        raise syntax_error(error) from None


def syntax_error(error: SyntaxError) -> QuerySyntaxError:
    """The parser's message and position (1-based line and column) when it gives them."""
    message = str(error.msg if error.msg else error)
    match = _POSITION.search(message)
    if match:
        return QuerySyntaxError(match.group(3).strip(), int(match.group(1)), int(match.group(2)))
    return QuerySyntaxError(message, error.lineno, error.offset)
