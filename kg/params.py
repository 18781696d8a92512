"""Turning parameter values (text from a command line or URL) into typed RDF terms.

>>> str(to_term(Parameter(name="n", type="integer", description="d"), "42"))
'"42"^^<http://www.w3.org/2001/XMLSchema#integer>'
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from decimal import Decimal, InvalidOperation

from pyoxigraph import Literal, NamedNode, QuerySolutions

from kg.canned import CannedQuery, Parameter, where_group_start
from kg.errors import ParameterError
from kg.remote import Readable
from kg.vocab import DK, PREFIXES, RDFS, SKOS, XSD

Term = NamedNode | Literal


def bind(query: CannedQuery, values: dict[str, str], store: Readable) -> str:
    """The query text with ``values`` bound; rejects unknown, missing and ill-typed ones."""
    declared = query.parameters
    unknown = sorted(set(values) - set(declared))
    if unknown:
        raise ParameterError(
            f"unknown parameter(s) {', '.join(unknown)} for {query.name}; "
            f"it takes: {', '.join(declared) or 'no parameters'}"
        )
    bound: dict[str, Term] = {}
    for name, param in declared.items():
        raw = values.get(name)
        if raw is None or raw == "":
            if param.default is not None:
                raw = str(param.default)
            elif param.required:
                raise ParameterError(
                    f"{query.name} needs the parameter {name!r} ({param.description})"
                )
            else:
                continue
        if param.enum is not None and raw not in param.enum:
            raise ParameterError(
                f"parameter {name!r}: {raw!r} is not one of {', '.join(param.enum)}"
            )
        if param.type == "iri":
            bound[name] = _resolve(raw, param, store)
        else:
            bound[name] = to_term(param, raw)
    return with_values(query.text, bound)


MARKER = re.compile(r"^([ \t]*)#@values[ \t]+([\w, \t]+)$", re.MULTILINE)


def with_values(text: str, bound: dict[str, Term]) -> str:
    r"""Insert ``VALUES`` rows for the bound parameters into the query text.

    A parameter goes where a ``#@values NAME`` line asks for it (inside a sub-query, so
    that the engine narrows its work before aggregating), else at the start of the
    outermost ``WHERE`` group. Values are typed terms, never text pasted into the query.

    >>> q = "SELECT * WHERE { { SELECT ?a WHERE {\n  #@values a\n  ?a ?p ?o } } }"
    >>> print(with_values(q, {"a": NamedNode("http://x")}))
    SELECT * WHERE { { SELECT ?a WHERE {
      VALUES (?a) { (<http://x>) }
      ?a ?p ?o } } }
    """
    if not bound:
        return text
    placed: set[str] = set()

    def place(match: re.Match[str]) -> str:
        names = [n for n in re.split(r"[\s,]+", match[2].strip()) if n in bound]
        placed.update(names)
        if not names:
            return match[0]
        return match[1] + _values_row({name: bound[name] for name in names})

    text = MARKER.sub(place, text)
    rest = {name: term for name, term in bound.items() if name not in placed}
    if not rest:
        return text
    position = where_group_start(text)
    if position is None:
        raise ParameterError("the query has no WHERE group to bind parameters in")
    return f"{text[:position]}\n  {_values_row(rest)}{text[position:]}"


def _values_row(bound: dict[str, Term]) -> str:
    names = " ".join(f"?{name}" for name in bound)
    row = " ".join(str(term) for term in bound.values())
    return f"VALUES ({names}) {{ ({row}) }}"


def to_term(param: Parameter, raw: str) -> Term:
    """Parse ``raw`` as the parameter's type; a clear error when it does not fit."""
    try:
        return _CONVERTERS[param.type](raw)
    except (ValueError, InvalidOperation) as error:
        raise ParameterError(
            f"parameter {param.name!r}: {raw!r} is not a valid {param.type} ({error})"
        ) from None


def _iri(raw: str) -> NamedNode:
    prefix, sep, local = raw.partition(":")
    if sep and prefix in PREFIXES and not local.startswith("//"):
        return NamedNode(PREFIXES[prefix] + local)
    if not _ABSOLUTE_IRI.match(raw):
        raise ValueError(
            "write an absolute IRI such as https://w3id.org/digikom/id/org/... or id:org/..."
        )
    return NamedNode(raw)


_ABSOLUTE_IRI = re.compile(r"^[a-z][a-z0-9+.-]*:\S+$", re.IGNORECASE)


def _integer(raw: str) -> Literal:
    if not re.fullmatch(r"[+-]?\d+", raw.strip()):
        raise ValueError("write digits only")
    return Literal(str(int(raw)), datatype=XSD.integer)


def _decimal(raw: str) -> Literal:
    value = Decimal(raw.strip())
    if not value.is_finite():
        raise ValueError("not a finite number")
    return Literal(format(value, "f"), datatype=XSD.decimal)


def _date(raw: str) -> Literal:
    return Literal(dt.date.fromisoformat(raw.strip()).isoformat(), datatype=XSD.date)


def _year(raw: str) -> Literal:
    if not re.fullmatch(r"\d{4}", raw.strip()):
        raise ValueError("write a four-digit year")
    return Literal(raw.strip(), datatype=XSD.integer)


_CONVERTERS: dict[str, Callable[[str], Term]] = {
    "iri": _iri,
    "string": lambda raw: Literal(raw),
    "integer": _integer,
    "decimal": _decimal,
    "date": _date,
    "year": _year,
}


def _resolve(raw: str, param: Parameter, store: Readable) -> NamedNode:
    """An IRI (of the parameter's class, if it has one); other text is looked up by name."""
    cls = None if param.class_ is None else _iri(param.class_)
    if _ABSOLUTE_IRI.match(raw) and " " not in raw:
        try:
            term = _iri(raw)
        except ValueError as error:
            raise ParameterError(
                f"parameter {param.name!r}: {raw!r} is not a valid IRI ({error})"
            ) from None
        if cls is None or _is_a(store, term, cls):
            return term
        raise ParameterError(
            f"parameter {param.name!r}: {term.value} is not a {param.class_} in the graph"
        )
    matches = lookup(store, raw, cls)
    if len(matches) == 1:
        return matches[0]
    if matches:
        options = ", ".join(m.value for m in matches[:5])
        raise ParameterError(f"parameter {param.name!r}: {raw!r} is ambiguous: {options}")
    kind = f"of class {param.class_} " if param.class_ else ""
    raise ParameterError(
        f"parameter {param.name!r}: nothing {kind}is called {raw!r}; "
        "give an IRI, an exact name, an acronym or an AGS (try: kg query find -p text=...)"
    )


def _is_a(store: Readable, term: NamedNode, cls: NamedNode) -> bool:
    return bool(store.query(f"ASK {{ {term} a {cls} }}", use_default_graph_as_union=True))


def lookup(store: Readable, text: str, cls: NamedNode | None) -> list[NamedNode]:
    """Entities (of class ``cls``) whose label, alternative label, acronym or AGS is ``text``."""
    name = Literal(text.strip().lower())
    # the name as written, in the languages labels have: a second way to match, for
    # servers whose string functions mangle non-ASCII text (Virtuoso 7)
    exact = ", ".join(
        str(Literal(text.strip(), language=lang) if lang else Literal(text.strip()))
        for lang in (None, "de", "en")
    )
    typed = "" if cls is None else f"?x a {cls} ."
    rows = store.query(
        f"""SELECT DISTINCT ?x WHERE {{
              VALUES ?wanted {{ {name} }}
              {typed}
              ?x {RDFS.label}|{SKOS.altLabel}|{DK.acronym}|{DK.ags} ?name .
              FILTER(LCASE(STR(?name)) = ?wanted || ?name IN ({exact}))
            }} ORDER BY ?x""",
        use_default_graph_as_union=True,
    )
    assert isinstance(rows, QuerySolutions)
    return [row["x"] for row in rows if isinstance(row["x"], NamedNode)]
