"""Building RDF terms and quads the same way in every loader.

>>> date_literal("2019-07").datatype.value
'http://www.w3.org/2001/XMLSchema#gYearMonth'
>>> str(decimal_literal(Decimal("800000")))
'"800000"^^<http://www.w3.org/2001/XMLSchema#decimal>'
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from decimal import Decimal

from pyoxigraph import BlankNode, Literal, NamedNode, Quad, Triple

from kg import iris
from kg.vocab import XSD

Subject = NamedNode | BlankNode
Object = NamedNode | BlankNode | Literal


def date_literal(text: str) -> Literal:
    """A date at the precision written: ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``."""
    datatype = {4: XSD.gYear, 7: XSD.gYearMonth, 10: XSD.date}[len(text)]
    return Literal(text, datatype=datatype)


def decimal_literal(value: Decimal) -> Literal:
    """An ``xsd:decimal`` in canonical form (no exponent, no trailing zeros)."""
    text = format(value.normalize(), "f")
    return Literal(text, datatype=XSD.decimal)


def integer_literal(value: int) -> Literal:
    """An ``xsd:integer``."""
    return Literal(str(value), datatype=XSD.integer)


def boolean_literal(value: bool) -> Literal:
    """An ``xsd:boolean``."""
    return Literal("true" if value else "false", datatype=XSD.boolean)


class QuadList:
    """Collects the quads of one named graph, in the order they are added."""

    def __init__(self, graph: NamedNode) -> None:
        self.graph = graph
        self.quads: list[Quad] = []

    def add(self, subject: Subject, predicate: NamedNode, obj: Object | None) -> None:
        """Add a triple to the graph; a ``None`` object adds nothing."""
        if obj is not None:
            self.quads.append(Quad(subject, predicate, obj, self.graph))

    def texts(self, subject: Subject, predicate: NamedNode, texts: dict[str, str | None]) -> None:
        """Add one language-tagged literal per language with a text."""
        for language, text in texts.items():
            if text is not None:
                self.add(subject, predicate, Literal(text, language=language))


def skolemised(statements: Iterable[Quad | Triple], graph: NamedNode, scope: str) -> Iterator[Quad]:
    """The statements in ``graph``, blank nodes replaced by IRIs numbered in order of
    appearance within ``scope``, so parsing the same input twice gives the same quads."""
    labels: dict[str, NamedNode] = {}

    def stable(term: object) -> NamedNode | Literal:
        if isinstance(term, BlankNode):
            if term.value not in labels:
                labels[term.value] = iris.skolem(scope, f"b{len(labels)}")
            return labels[term.value]
        assert isinstance(term, NamedNode | Literal), "RDF 1.2 triple terms are not supported"
        return term

    for statement in statements:
        subject = stable(statement.subject)
        assert isinstance(subject, NamedNode)
        yield Quad(subject, statement.predicate, stable(statement.object), graph)
