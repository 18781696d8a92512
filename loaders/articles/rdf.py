"""Findings of one article → quads of its own named graph (see ``docs/articles.md``).

Known entities are referred to by their IRI and never described again, so nothing curated is
overwritten; names the graph does not know become entities of the article
(``id:doc/{doc}/entity/{slug}``). Every fact is marked as extracted (attributed to the
articles loader, with a confidence) and points at its passage with a text-position selector.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from decimal import Decimal
from typing import Final

from pyoxigraph import Literal, NamedNode

from kg import iris
from kg.vocab import DCT, DK, FOAF, OA, ORG, PROV_NS, RDF, RDFS, SCHEMA, SKOS, XSD, code, graph
from loaders.articles.findings import Amount, Count, Fact, Finding, Mention, Ref
from loaders.articles.normalise import key
from loaders.codes import CodeLists
from loaders.terms import QuadList, boolean_literal, date_literal, decimal_literal, integer_literal

# Internationalization Tag Set: the confidence of a text-analysis annotation.
TA_CONFIDENCE: Final = NamedNode("http://www.w3.org/2005/11/its/rdf#taConfidence")
WAS_ATTRIBUTED_TO: Final = NamedNode(PROV_NS + "wasAttributedTo")
LOADER: Final = "articles"
_SCHEMES: Final = {"Organisation": "organisation-kind", "Place": "place-kind"}
_DEFAULT_KIND: Final = {
    "Organisation": "network",
    "Place": "place",
    "Initiative": "project",
    "Event": "event",
    "Law": "law",
}
_ROLE_CODES: Final = (
    ("stv", "deputy_minister_president"),
    ("stellvertretende", "deputy_minister_president"),
    ("ministerpräsident", "deputy_minister_president"),
    ("bundesminister", "federal_minister"),
    ("minister", "minister"),
    ("vorstandsmitglied", "executive_board_member"),
    ("präsident", "president"),
    ("geschäftsführer", "chief_executive"),
    ("bürgermeister", "mayor"),
    ("cio", "cio"),
    ("leiter", "head_of_unit"),
    ("forscher", "researcher"),
)
_INVOLVEMENT: Final = {
    "organises": "organiser",
    "trains": "training_provider",
    "supports": "supporter",
    "participates_in": "participant",
}


@dataclass(frozen=True)
class ArticleMeta:
    """What is known about an article besides its text."""

    doc_id: str
    title: str
    publisher: str
    date: dt.date | None
    url: str | None = None
    kind: str = "news_article"

    @property
    def document(self) -> NamedNode:
        """The IRI of the article as a source document."""
        return iris.document(self.doc_id)

    @property
    def graph(self) -> NamedNode:
        """The named graph of the article's extracted findings."""
        return graph(f"extracted/{self.doc_id}")


def article_graph(
    meta: ArticleMeta,
    text: str,
    findings: list[Finding],
    codes: CodeLists,
    *,
    publisher: str | None = None,
) -> QuadList:
    """The quads of one article; ``publisher`` is the publisher's IRI when the graph knows it."""
    return _Emitter(meta, text, codes).emit(findings, publisher)


class _Emitter:
    def __init__(self, meta: ArticleMeta, text: str, codes: CodeLists) -> None:
        self.meta, self.text, self.codes = meta, text, codes
        self.out = QuadList(meta.graph)
        self.minted: dict[str, NamedNode] = {}
        self.classes: dict[str, str] = {}
        self.line_starts = [0] + [m.end() for m in re.finditer(r"\n", text)]

    def emit(self, findings: list[Finding], publisher: str | None) -> QuadList:
        doc, out, meta = self.meta.document, self.out, self.meta
        out.add(doc, RDF.type, DK.SourceDocument)
        out.add(doc, DK.documentKind, code("document-kind", meta.kind))
        out.add(doc, DCT.title, Literal(meta.title, language="de"))
        out.add(doc, DCT.publisher, NamedNode(publisher) if publisher else Literal(meta.publisher))
        out.add(doc, DCT.issued, None if meta.date is None else date_literal(meta.date.isoformat()))
        out.add(doc, SCHEMA.url, None if meta.url is None else NamedNode(meta.url))
        out.add(doc, DCT.language, Literal("de"))
        mentioned: dict[str, None] = {}
        for finding in findings:
            if isinstance(finding, Mention):
                mentioned[self._entity(finding).value] = None
        for iri in mentioned:
            out.add(doc, DK.mentions, NamedNode(iri))
        facts = [f for f in findings if isinstance(f, Fact)]
        for number, fact in enumerate(facts, start=1):
            self._fact(fact, iris.fact(meta.doc_id, f"extracted-{number}"))
        return out

    def _entity(self, mention: Mention) -> NamedNode:
        if mention.entity is not None:
            self.classes[mention.entity] = mention.cls
            return NamedNode(mention.entity)
        slug = _slug(mention.label)
        node = iris.part(self.meta.document, "entity", slug)
        if slug in self.minted:
            return node
        self.minted[slug] = node
        self.classes[node.value] = mention.cls
        out = self.out
        if mention.cls == "Person":
            out.add(node, RDF.type, DK.Person)
            out.add(node, FOAF.name, Literal(mention.label))
            out.add(node, RDFS.label, Literal(mention.label))
            return node
        scheme = _SCHEMES.get(mention.cls, "initiative-kind")
        kind = code(scheme, mention.kind or _DEFAULT_KIND[mention.cls])
        if kind not in self.codes.kind_classes:
            kind = code(scheme, _DEFAULT_KIND[mention.cls])
        out.add(node, RDF.type, self.codes.kind_classes[kind])
        out.add(node, DK.kind, kind)
        out.add(node, RDFS.label, Literal(mention.label, language="de"))
        out.add(node, SKOS.prefLabel, Literal(mention.label, language="de"))
        return node

    def _ref(self, ref: Ref | None, *classes: str) -> NamedNode | None:
        """The node of a fact's subject or object, when it is a named thing of a fitting class."""
        if ref is None:
            return None
        if ref.entity is not None:
            node = NamedNode(ref.entity)
        else:
            found = self.minted.get(_slug(ref.label))
            if found is None:
                return None
            node = found
        return node if self.classes.get(node.value, ref.cls) in classes else None

    def _fact(self, fact: Fact, node: NamedNode) -> None:
        actors = ("Organisation", "Person")
        initiatives = ("Initiative", "Event", "Law")
        subject, obj = fact.subject, fact.object
        out = self.out
        match fact.predicate:
            case "funds":
                funder = self._ref(subject, *actors)
                item = self._ref(obj, *initiatives)
                recipient = None if item else self._ref(obj, *actors)
                if funder is None or (item is None and recipient is None):
                    return
                out.add(node, RDF.type, DK.FundingStatement)
                out.add(node, DK.funder, funder)
                out.add(node, DK.fundedItem, item)
                out.add(node, DK.recipient, recipient)
                if fact.amount is not None:
                    out.add(node, DK.amount, self._amount(iris.part(node, "amount"), fact.amount))
                if fact.count is not None:
                    counted = self._count(iris.part(node, "count", "projects"), fact.count)
                    out.add(node, DK.projectCount, counted)
            case "holds_role" | "member_of":
                member = self._ref(subject, *actors)
                organisation = self._ref(obj, "Organisation")
                if member is None or organisation is None:
                    return
                out.add(node, RDF.type, DK.Membership)
                out.add(node, ORG.member, member)
                out.add(node, ORG.organization, organisation)
                out.add(member, ORG.memberOf, organisation)
                if fact.role:
                    out.add(node, DK.roleTitle, Literal(fact.role, language="de"))
                    role = _role_code(fact.role)
                    out.add(node, ORG.role, None if role is None else code("person-role", role))
            case "part_of":
                part, whole = self._ref(subject, *initiatives), self._ref(obj, *initiatives)
                if part is None or whole is None:
                    return
                out.add(node, RDF.type, DK.PartOfStatement)
                out.add(node, DK.part, part)
                out.add(node, DK.whole, whole)
                out.add(part, DK.partOf, whole)
            case "organises" | "trains" | "supports" | "participates_in":
                initiative = self._ref(obj, *initiatives)
                agent = self._ref(subject, *actors)
                if initiative is None or (agent is None and fact.count is None):
                    return
                role = fact.role if fact.role in ("winner", "recipient") else None
                out.add(node, RDF.type, DK.Involvement)
                out.add(node, DK.initiative, initiative)
                out.add(
                    node, DK.role, code("involvement-role", role or _INVOLVEMENT[fact.predicate])
                )
                out.add(node, DK.agent, agent)
                if agent is not None:
                    out.add(agent, DK.involvedIn, initiative)
                if fact.count is not None:
                    out.add(node, DK.count, self._count(iris.part(node, "count"), fact.count))
            case "cooperates_with":
                a, b = self._ref(subject, *actors), self._ref(obj, *actors)
                if a is None or b is None:
                    return
                out.add(node, RDF.type, DK.Cooperation)
                out.add(node, DK.partner, a)
                out.add(node, DK.partner, b)
            case "located_in":
                located, place = (
                    self._ref(subject, *actors, *initiatives),
                    self._ref(obj, "Place", "Organisation"),
                )
                if located is not None and place is not None:
                    out.add(located, DK.locatedIn, place)
                return
            case _:
                return
        self._provenance(node, fact)

    def _provenance(self, node: NamedNode, fact: Fact) -> None:
        out, doc = self.out, self.meta.document
        out.add(node, DK.source, doc)
        out.add(node, WAS_ATTRIBUTED_TO, iris.loader(LOADER))
        out.add(node, TA_CONFIDENCE, Literal(f"{fact.confidence:.2f}", datatype=XSD.decimal))
        out.add(node, DK.date, None if fact.date is None else date_literal(fact.date))
        if self.meta.date is not None:
            out.add(node, DK.statedOn, date_literal(self.meta.date.isoformat()))
        evidence = iris.part(node, "at")
        out.add(node, DK.evidence, evidence)
        out.add(evidence, RDF.type, OA.SpecificResource)
        out.add(evidence, OA.hasSource, doc)
        out.add(evidence, DK.paragraph, integer_literal(self._paragraph(fact.start)))
        selector = iris.part(evidence, "selector")
        out.add(evidence, OA.hasSelector, selector)
        out.add(selector, RDF.type, OA.TextPositionSelector)
        out.add(selector, OA.start, integer_literal(fact.start))
        out.add(selector, OA.end, integer_literal(fact.end))

    def _paragraph(self, offset: int) -> int:
        """1-based number of the non-empty line holding ``offset`` (as the curated facts count)."""
        lines = self.text[:offset].split("\n")
        return sum(1 for line in lines[:-1] if line.strip()) + 1

    def _amount(self, node: NamedNode, amount: Amount) -> NamedNode:
        out = self.out
        out.add(node, RDF.type, DK.MonetaryAmount)
        for prop, value in (
            (SCHEMA.value, amount.value),
            (SCHEMA.minValue, amount.min),
            (SCHEMA.maxValue, amount.max),
        ):
            out.add(node, prop, None if value is None else decimal_literal(Decimal(str(value))))
        out.add(node, SCHEMA.currency, Literal(amount.currency))
        out.add(node, DK.qualifier, code("qualifier", amount.qualifier))
        out.add(node, DK.scope, code("scope", amount.scope or "total"))
        out.add(node, DK.statedAs, Literal(amount.text, language="de"))
        return node

    def _count(self, node: NamedNode, count: Count) -> NamedNode:
        out = self.out
        out.add(node, RDF.type, DK.Count)
        out.add(node, SCHEMA.value, integer_literal(count.value))
        out.add(node, DK.qualifier, code("qualifier", count.qualifier))
        out.add(node, SCHEMA.unitText, Literal(count.of, language="de"))
        out.add(node, DK.isTarget, boolean_literal(count.target))
        out.add(node, DK.statedAs, Literal(count.text, language="de"))
        return node


def _slug(label: str) -> str:
    """One slug for the inflected forms of a name ("Bayerischen Gemeindetags")."""
    return iris.slugify(key(label)) or "name"


def _role_code(title: str) -> str | None:
    """The person-role code an office title stands for, if one fits.

    >>> _role_code("Stv. Ministerpräsident und Digitalisierungsminister"), _role_code("Landrat")
    ('deputy_minister_president', None)
    """
    lowered = title.lower()
    return next((role for stem, role in _ROLE_CODES if stem in lowered), None)
