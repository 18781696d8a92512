"""One error hierarchy for the whole project.

::

    KGError                      anything the user can fix; never a traceback
    ├── SourceError              a bad source file (file, line, column)
    ├── ValidationFailed         SHACL violations in the built graph
    ├── StoreError               no store, store locked, store unusable
    │   └── RemoteError          the remote SPARQL server failed, is down or too slow
    └── QueryError               a query cannot be run as asked
        ├── QuerySyntaxError     SPARQL does not parse (line, column)
        ├── UnknownQuery         no canned query of that name
        └── ParameterError       a parameter is missing, unknown or of the wrong type

``kg.cli`` turns each into a message and exit status; the web layer maps each to an HTTP
status in one table.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


class KGError(Exception):
    """Base of all errors a user can act on."""


@dataclass
class SourceError(KGError):
    """A source file is malformed; says where and how to fix it."""

    path: Path | str
    line: int | None
    message: str
    column: int | None = None

    def __str__(self) -> str:
        where = str(self.path)
        if self.line is not None:
            where += f":{self.line}"
            if self.column is not None:
                where += f":{self.column}"
        return f"{where}: {self.message}"


class ValidationFailed(KGError):
    """The built graph violates the SHACL shapes; ``report`` is readable text."""

    def __init__(self, report: str, count: int) -> None:
        super().__init__(f"{count} SHACL violation(s):\n{report}")
        self.report = report
        self.count = count


class StoreError(KGError):
    """The store is missing or cannot be opened."""


class RemoteError(StoreError):
    """The remote SPARQL server failed (502), cannot be reached (502) or is too slow (504)."""

    def __init__(self, message: str, status: int = 502, upstream: int | None = None) -> None:
        super().__init__(message)
        self.status = status
        self.upstream = upstream  # the remote server's HTTP status, when it answered


class QueryError(KGError):
    """A query cannot be run as asked."""


@dataclass
class QuerySyntaxError(QueryError):
    """SPARQL text that does not parse, with the parser's position when it gives one."""

    message: str
    line: int | None = None
    column: int | None = None

    def __str__(self) -> str:
        if self.line is None:
            return f"SPARQL syntax error: {self.message}"
        return f"SPARQL syntax error at line {self.line}, column {self.column}: {self.message}"


class UnknownQuery(QueryError):
    """No canned query has this name."""


class ParameterError(QueryError):
    """A canned-query parameter is missing, unknown or does not parse as its type."""
