"""Canned queries: ``queries/*.rq`` files with a ``#+`` YAML header.

A header declares the title, description, parameters (name, type, required or default,
allowed class for IRIs, example) of the query below it. Values are bound as typed RDF
terms in a ``VALUES`` block placed at the start of the outermost ``WHERE`` group, never
pasted into the query text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Annotated, Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError

from kg import resources
from kg.errors import SourceError, UnknownQuery

HEADER_PREFIX = "#+"
ParamType = Literal["iri", "string", "integer", "decimal", "date", "year"]


class Parameter(BaseModel):
    """One declared parameter of a canned query."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    name: Annotated[str, Field(pattern=r"^[a-z][a-z0-9_]*$")]
    type: ParamType
    description: str
    required: bool = False
    default: str | int | float | None = None
    class_: str | None = Field(default=None, alias="class")
    enum: list[str] | None = None
    example: str | int | float | None = None


class Header(BaseModel):
    """The ``#+`` header of a canned query."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    title: str
    description: str
    parameters: list[Parameter] = []
    tags: list[str] = []


@dataclass(frozen=True)
class CannedQuery:
    """A named, documented, parameterised query."""

    name: str
    header: Header
    text: str
    path: Path

    @property
    def parameters(self) -> dict[str, Parameter]:
        """Declared parameters by name."""
        return {p.name: p for p in self.header.parameters}

    def example(self) -> dict[str, str]:
        """Example parameter values as the command line or a URL would give them."""
        return {p.name: str(p.example) for p in self.header.parameters if p.example is not None}


def parse_query_file(path: Path) -> CannedQuery:
    """Read one ``.rq`` file; a bad header fails with the file and line."""
    lines = path.read_text(encoding="utf-8").splitlines()
    header_lines = []
    for line in lines:
        if not line.startswith(HEADER_PREFIX):
            break
        header_lines.append(line[len(HEADER_PREFIX) :].removeprefix(" "))
    if not header_lines:
        raise SourceError(path, 1, "no '#+' header: start the file with '#+ title: ...'")
    try:
        data = yaml.safe_load("\n".join(header_lines))
        header = Header.model_validate(data)
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark
        raise SourceError(
            path, mark.line + 1 if mark else None, f"bad YAML in the header: {error.problem}"
        ) from error
    except ValidationError as error:
        first = error.errors()[0]
        where = ".".join(str(part) for part in first["loc"])
        raise SourceError(
            path, _header_line(header_lines, first["loc"]), f"{where}: {first['msg']}"
        ) from None
    text = "\n".join(lines[len(header_lines) :]).strip() + "\n"
    query = CannedQuery(path.stem, header, text, path)
    _check_placeholders(query)
    return query


def _header_line(header_lines: list[str], location: tuple[int | str, ...]) -> int:
    keys = [part for part in location if isinstance(part, str)]
    for number, line in enumerate(header_lines, start=1):
        if keys and line.strip().lstrip("- ").startswith(f"{keys[-1]}:"):
            return number
    return 1


def _check_placeholders(query: CannedQuery) -> None:
    if query.header.parameters and where_group_start(query.text) is None:
        raise SourceError(query.path, None, "a query with parameters needs a 'WHERE {' group")
    for param in query.header.parameters:
        if not re.search(rf"\?{param.name}\b", query.text):
            raise SourceError(
                query.path,
                None,
                f"parameter {param.name!r} is declared but ?{param.name} is not used",
            )


def where_group_start(text: str) -> int | None:
    """Index just after the ``{`` of the outermost ``WHERE``, skipping comments and IRIs.

    >>> text = "SELECT * # WHERE {\\nWHERE { ?s ?p ?o }"
    >>> text[where_group_start(text):]
    ' ?s ?p ?o }'
    """
    i, n = 0, len(text)
    while i < n:
        after = _skip_inert(text, i)
        if after is not None:
            i = after
        elif text[i : i + 5].upper() == "WHERE" and not text[i - 1 : i].isalnum():
            brace = re.match(r"WHERE\s*\{", text[i:], re.IGNORECASE)
            if brace:
                return i + brace.end()
            i += 5
        else:
            i += 1
    return None


_IRI = re.compile(r"<[^\s<>\"{}|^`\\]*>")


def _skip_inert(text: str, i: int) -> int | None:
    """When a comment, IRI or string starts at ``i``: the index after it; else ``None``."""
    char = text[i]
    if char == "#":
        end = text.find("\n", i)
        return len(text) if end < 0 else end
    if char == "<" and (iri := _IRI.match(text, i)):
        return iri.end()
    if char in "\"'":
        return _skip_string(text, i)
    return None


def _group_end(text: str, start: int) -> int:
    """The index of the ``}`` closing the group whose ``{`` is at ``start``."""
    depth, i = 0, start
    while i < len(text):
        after = _skip_inert(text, i)
        if after is not None:
            i = after
            continue
        if text[i] == "{":
            depth += 1
        elif text[i] == "}":
            depth -= 1
            if depth == 0:
                return i
        i += 1
    raise ValueError("unbalanced braces")


_LATERAL = re.compile(r"(?<![\w:?$])LATERAL\s*\{", re.IGNORECASE)
_ONLY_OPTIONALS = re.compile(r"\s*(?:OPTIONAL\s*\{)", re.IGNORECASE)


def without_lateral(text: str) -> str:
    """``text`` in plain SPARQL 1.1, for servers that do not know ``LATERAL``.

    ``LATERAL { OPTIONAL { P } }`` becomes ``OPTIONAL { P }``, any other ``LATERAL { P }``
    the group ``{ P }``. Both give the same rows as long as the lateral part uses the outer
    variables only to join on, as the canned queries do (a test checks them all): the
    lateral form is only an evaluation order.

    >>> without_lateral("SELECT * { ?s ?p ?o LATERAL { OPTIONAL { ?s <x:l> ?l } } }")
    'SELECT * { ?s ?p ?o  OPTIONAL { ?s <x:l> ?l }  }'
    >>> without_lateral("SELECT * { ?s ?p ?o LATERAL { ?o <x:l> ?l } } # LATERAL {")
    'SELECT * { ?s ?p ?o { ?o <x:l> ?l } } # LATERAL {'
    """
    out: list[str] = []
    i = 0
    while i < len(text):
        after = _skip_inert(text, i)
        if after is not None:
            out.append(text[i:after])
            i = after
            continue
        match = _LATERAL.match(text, i) if text[i] in "Ll" else None
        if match is None or (i and (text[i - 1].isalnum() or text[i - 1] in "_:?$")):
            out.append(text[i])
            i += 1
            continue
        brace = match.end() - 1
        close = _group_end(text, brace)
        body = without_lateral(text[brace + 1 : close])
        out.append(body if _optionals_only(body) else "{" + body + "}")
        i = close + 1
    return "".join(out)


def _optionals_only(body: str) -> bool:
    """Whether a group body is nothing but ``OPTIONAL { … }`` groups (and comments)."""
    i = 0
    while True:
        while i < len(body) and (body[i].isspace() or body[i] == "#"):
            if body[i] == "#":
                end = body.find("\n", i)
                i = len(body) if end < 0 else end
            else:
                i += 1
        if i == len(body):
            return True
        match = _ONLY_OPTIONALS.match(body, i)
        if match is None:
            return False
        i = _group_end(body, match.end() - 1) + 1


def _skip_string(text: str, i: int) -> int:
    quote = text[i]
    i += 1
    while i < len(text) and text[i] != quote:
        i += 2 if text[i] == "\\" else 1
    return i + 1


class Catalogue:
    """All canned queries of a folder, by name."""

    def __init__(self, folder: Path | None = None) -> None:
        self.folder = folder or resources.queries_dir()
        self.queries = {
            query.name: query
            for query in (parse_query_file(path) for path in sorted(self.folder.glob("*.rq")))
        }

    def get(self, name: str) -> CannedQuery:
        """The query called ``name``, or an error listing the names."""
        try:
            return self.queries[name]
        except KeyError:
            known = ", ".join(sorted(self.queries))
            raise UnknownQuery(f"no canned query {name!r}; known queries: {known}") from None
