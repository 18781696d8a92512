"""What tabular sources write alike: the source file as a document, entities described
once, a grant citing its line, an exact amount."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from pyoxigraph import Literal, NamedNode, Quad

from kg import iris
from kg.vocab import DCT, DK, OA, RDF, RDFS, SCHEMA, code
from loaders.base import sha256_file
from loaders.terms import QuadList, decimal_literal, integer_literal


def source_document(
    target: NamedNode,
    document: NamedNode,
    path: Path,
    *,
    kind: str,
    title: Literal,
    language: str | None = None,
) -> list[Quad]:
    """The file a tabular source was read from, as a ``dk:SourceDocument`` of ``kind``."""
    out = QuadList(target)
    out.add(document, RDF.type, DK.SourceDocument)
    out.add(document, DK.documentKind, code("document-kind", kind))
    out.add(document, DCT.title, title)
    if language is not None:
        out.add(document, DCT.language, Literal(language))
    out.add(document, DK.fileName, Literal(path.name))
    out.add(document, DK.sha256, Literal(sha256_file(path)))
    return out.quads


class Described:
    """The entities a source has met: each is mentioned in the document once, and typed
    and labelled once unless an earlier source owns it."""

    def __init__(self, document: NamedNode) -> None:
        self.document = document
        self.iris: set[str] = set()

    def is_new(self, iri: NamedNode) -> bool:
        """Whether ``iri`` has not been met yet (nothing is recorded)."""
        return iri.value not in self.iris

    def first(self, iri: NamedNode) -> bool:
        """Record ``iri``; True the first time."""
        if iri.value in self.iris:
            return False
        self.iris.add(iri.value)
        return True

    def entity(
        self,
        out: QuadList,
        iri: NamedNode,
        cls: NamedNode,
        label: str,
        *,
        known: bool = False,
    ) -> NamedNode:
        """Mention ``iri`` in the source; the first time, type and label it unless
        ``known`` (an earlier source describes it)."""
        if self.first(iri):
            if not known:
                out.add(iri, RDF.type, cls)
                out.add(iri, RDFS.label, Literal(label, language="de"))
            out.add(iri, DK.mentionedIn, self.document)
        return iri


def grant(out: QuadList, iri: NamedNode, grant_id: str, document: NamedNode, line: int) -> None:
    """A ``dk:Grant`` with its id, citing ``line`` of the source file as its evidence."""
    out.add(iri, RDF.type, DK.Grant)
    out.add(iri, DK.grantId, Literal(grant_id))
    out.add(iri, DK.source, document)
    evidence = iris.part(iri, "at")
    out.add(iri, DK.evidence, evidence)
    out.add(evidence, RDF.type, OA.SpecificResource)
    out.add(evidence, OA.hasSource, document)
    out.add(evidence, DK.paragraph, integer_literal(line))


def exact_amount(
    out: QuadList, statement: NamedNode, value: Decimal, currency: str, stated: str
) -> None:
    """The exact total amount of ``statement``, as the source wrote it."""
    node = iris.part(statement, "amount")
    out.add(statement, DK.amount, node)
    out.add(node, RDF.type, DK.MonetaryAmount)
    out.add(node, SCHEMA.value, decimal_literal(value))
    out.add(node, SCHEMA.currency, Literal(currency))
    out.add(node, DK.qualifier, code("qualifier", "exact"))
    out.add(node, DK.scope, code("scope", "total"))
    out.add(node, DK.statedAs, Literal(stated))
