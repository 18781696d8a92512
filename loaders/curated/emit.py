"""Turning validated curated models into quads (see ``docs/rdf-mapping.md``)."""

from __future__ import annotations

from pyoxigraph import Literal, NamedNode

from kg import iris
from kg.vocab import (
    DCT,
    DK,
    FOAF,
    OA,
    ORG,
    RDF,
    RDFS,
    SCHEMA,
    SKOS,
    XSD,
    code,
)
from loaders.codes import CodeLists
from loaders.curated import schema as s
from loaders.terms import QuadList, boolean_literal, date_literal, decimal_literal, integer_literal

_KIND_SCHEME = {"org": "organisation-kind", "initiative": "initiative-kind", "place": "place-kind"}


class RegistryEmitter:
    """Emits the registry into the entities graph."""

    def __init__(self, out: QuadList, kinds: dict[str, str], codes: CodeLists) -> None:
        self.out = out
        self.kinds = kinds
        self.codes = codes

    def iri(self, slug: str) -> NamedNode:
        """The IRI of a registry id."""
        return iris.entity(self.kinds[slug], slug)

    def ref(self, slug: str | None) -> NamedNode | None:
        """The IRI of an optional reference."""
        return None if slug is None else self.iri(slug)

    def emit(self, registry: s.Registry) -> None:
        """All entities of the registry."""
        for org in registry.organisations:
            subject = self._kinded("org", org.id, org.kind, org.label, org.alt_labels)
            self._common(subject, org.acronym, org.located_in, org.homepage, org.description)
            self.out.add(subject, DK.ags, _string(org.ags))
            self.out.add(subject, ORG.unitOf, self.ref(org.unit_of))
            for n, former in enumerate(org.former_names, start=1):
                node = iris.part(subject, "former-name", str(n))
                self.out.add(subject, DK.formerName, node)
                self.out.add(node, RDF.type, DK.FormerName)
                self.out.texts(node, RDFS.label, former.label.model_dump())
                self.out.add(node, DK.startDate, _date(former.from_))
                self.out.add(node, DK.endDate, _date(former.until))
        for person in registry.persons:
            subject = self.iri(person.id)
            self.out.add(subject, RDF.type, DK.Person)
            self.out.add(subject, FOAF.name, Literal(person.name))
            self.out.add(subject, RDFS.label, Literal(person.name))
            if person.description:
                self.out.texts(subject, RDFS.comment, person.description.model_dump())
        for ini in registry.initiatives:
            subject = self._kinded("initiative", ini.id, ini.kind, ini.label, ini.alt_labels)
            self._common(subject, ini.acronym, ini.located_in, ini.homepage, ini.description)
            if ini.topic:
                self.out.texts(subject, DK.topic, ini.topic.model_dump())
        for place in registry.places:
            subject = self._kinded("place", place.id, place.kind, place.label, place.alt_labels)
            self.out.add(subject, DK.locatedIn, self.ref(place.located_in))

    def _kinded(
        self, kind: str, slug: str, code_: str, label: s.Label, alt: s.AltLabels
    ) -> NamedNode:
        subject = iris.entity(kind, slug)
        concept = code(_KIND_SCHEME[kind], code_)
        self.out.add(subject, RDF.type, self.codes.kind_classes[concept])
        self.out.add(subject, DK.kind, concept)
        self.out.texts(subject, RDFS.label, label.model_dump())
        self.out.texts(subject, SKOS.prefLabel, label.model_dump())
        for language, texts in alt.model_dump().items():
            for text in texts:
                self.out.add(subject, SKOS.altLabel, Literal(text, language=language))
        return subject

    def _common(
        self,
        subject: NamedNode,
        acronym: str | None,
        located_in: str | None,
        homepage: str | None,
        description: s.Label | None,
    ) -> None:
        self.out.add(subject, DK.acronym, _string(acronym))
        self.out.add(subject, DK.locatedIn, self.ref(located_in))
        self.out.add(subject, FOAF.homepage, None if homepage is None else NamedNode(homepage))
        if description:
            self.out.texts(subject, RDFS.comment, description.model_dump())


class DocumentEmitter:
    """Emits one document and its facts into the document's graph."""

    def __init__(self, out: QuadList, registry: RegistryEmitter, doc: s.DocumentFile) -> None:
        self.out = out
        self.registry = registry
        self.doc = doc
        self.slug = doc.document.id
        self.subject = iris.document(self.slug)
        self.mentioned: dict[str, None] = {}

    def ref(self, slug: str | None) -> NamedNode | None:
        """The IRI of a registry id, which the document thereby mentions."""
        if slug is None:
            return None
        self.mentioned[slug] = None
        return self.registry.iri(slug)

    def emit(self) -> None:
        """The document's description, its facts and its mentions."""
        meta, out = self.doc.document, self.out
        out.add(self.subject, RDF.type, DK.SourceDocument)
        out.add(self.subject, DK.documentKind, code("document-kind", meta.kind))
        out.texts(self.subject, DCT.title, meta.title.model_dump())
        out.add(self.subject, DCT.publisher, self.ref(meta.publisher))
        out.add(self.subject, DCT.issued, _date(meta.issued))
        out.add(self.subject, SCHEMA.url, None if meta.url is None else NamedNode(meta.url))
        out.add(self.subject, DCT.language, Literal(meta.language))
        out.add(self.subject, DK.fileName, _string(meta.file))
        out.add(self.subject, DK.sha256, _string(meta.sha256))
        for fact in self.doc.facts:
            self._fact(fact)
        for mention in self.doc.mentions:
            self.ref(mention.entity)
        for slug in self.mentioned:
            out.add(self.subject, DK.mentions, self.registry.iri(slug))

    def _fact(self, fact: s.FactBase) -> None:
        node = iris.fact(self.slug, fact.id)
        out = self.out
        out.add(node, DK.source, self.subject)
        self._evidence(node, fact.at)
        out.add(node, DK.date, _date(fact.date))
        out.add(node, DK.startDate, _date(fact.start))
        out.add(node, DK.endDate, _date(fact.end))
        out.add(node, DK.statedOn, _date(fact.stated_on))
        match fact:
            case s.Funding():
                self._funding(node, fact)
            case s.Role():
                self._membership(node, fact.person, fact.organisation)
                out.add(node, ORG.role, code("person-role", fact.role))
                if fact.title is not None:
                    out.texts(node, DK.roleTitle, fact.title.model_dump())
            case s.Member():
                self._membership(node, fact.member, fact.organisation)
            case s.PartOf():
                out.add(node, RDF.type, DK.PartOfStatement)
                part, whole = self.ref(fact.part), self.ref(fact.whole)
                assert part is not None
                out.add(node, DK.part, part)
                out.add(node, DK.whole, whole)
                out.add(part, DK.partOf, whole)
            case s.Involvement():
                self._involvement(node, fact)
            case s.Occurrence():
                out.add(node, RDF.type, DK.Occurrence)
                out.add(node, DK.subject, self.ref(fact.subject))
                out.add(node, DK.occurrenceKind, code("occurrence-kind", fact.what))
                out.add(node, DK.place, self.ref(fact.place))
            case s.CountFact():
                out.add(node, RDF.type, DK.CountStatement)
                out.add(node, DK.subject, self.ref(fact.subject))
                out.add(node, DK.count, self._count(iris.part(node, "count"), fact.count))
            case s.Cooperation():
                out.add(node, RDF.type, DK.Cooperation)
                for partner in fact.partners:
                    out.add(node, DK.partner, self.ref(partner))
                if fact.topic:
                    out.texts(node, DK.topic, fact.topic.model_dump())

    def _evidence(self, node: NamedNode, at: s.Location) -> None:
        evidence = iris.part(node, "at")
        self.out.add(node, DK.evidence, evidence)
        self.out.add(evidence, RDF.type, OA.SpecificResource)
        self.out.add(evidence, OA.hasSource, self.subject)
        self.out.add(evidence, DK.paragraph, integer_literal(at.paragraph))
        if at.start is not None and at.end is not None:
            selector = iris.part(evidence, "selector")
            self.out.add(evidence, OA.hasSelector, selector)
            self.out.add(selector, RDF.type, OA.TextPositionSelector)
            self.out.add(selector, OA.start, integer_literal(at.start))
            self.out.add(selector, OA.end, integer_literal(at.end))

    def _funding(self, node: NamedNode, fact: s.Funding) -> None:
        out = self.out
        out.add(node, RDF.type, DK.AggregateFunding if fact.aggregate else DK.FundingStatement)
        out.add(node, DK.funder, self.ref(fact.funder))
        out.add(node, DK.fundedItem, self.ref(fact.funded))
        out.add(node, DK.recipient, self.ref(fact.recipient))
        if fact.amount is not None:
            out.add(node, DK.amount, self._amount(iris.part(node, "amount"), fact.amount))
        if fact.recipients is not None:
            counted = self._count(iris.part(node, "count", "recipients"), fact.recipients)
            out.add(node, DK.recipientCount, counted)
        if fact.projects is not None:
            counted = self._count(iris.part(node, "count", "projects"), fact.projects)
            out.add(node, DK.projectCount, counted)
        if fact.included_in is not None:
            out.add(node, DK.includedIn, iris.fact(self.slug, fact.included_in))

    def _membership(self, node: NamedNode, member_slug: str, org_slug: str) -> None:
        member, organisation = self.ref(member_slug), self.ref(org_slug)
        assert member is not None
        self.out.add(node, RDF.type, DK.Membership)
        self.out.add(node, ORG.member, member)
        self.out.add(node, ORG.organization, organisation)
        self.out.add(member, ORG.memberOf, organisation)

    def _involvement(self, node: NamedNode, fact: s.Involvement) -> None:
        out = self.out
        out.add(node, RDF.type, DK.Involvement)
        initiative, agent = self.ref(fact.initiative), self.ref(fact.agent)
        out.add(node, DK.initiative, initiative)
        out.add(node, DK.role, code("involvement-role", fact.role))
        out.add(node, DK.agent, agent)
        if agent is not None:
            out.add(agent, DK.involvedIn, initiative)
        if fact.count is not None:
            out.add(node, DK.count, self._count(iris.part(node, "count"), fact.count))
        if fact.topic:
            out.texts(node, DK.topic, fact.topic.model_dump())

    def _amount(self, node: NamedNode, amount: s.Amount) -> NamedNode:
        out = self.out
        out.add(node, RDF.type, DK.MonetaryAmount)
        for prop, value in ((SCHEMA.value, amount.value), (SCHEMA.minValue, amount.min)):
            out.add(node, prop, None if value is None else decimal_literal(value))
        out.add(node, SCHEMA.maxValue, None if amount.max is None else decimal_literal(amount.max))
        out.add(node, SCHEMA.currency, Literal(amount.currency))
        out.add(node, DK.qualifier, code("qualifier", amount.qualifier))
        out.add(node, DK.scope, code("scope", amount.scope))
        out.add(node, DK.statedAs, Literal(amount.stated, language=self.doc.document.language))
        return node

    def _count(self, node: NamedNode, count: s.Count) -> NamedNode:
        out = self.out
        out.add(node, RDF.type, DK.Count)
        out.add(node, SCHEMA.value, integer_literal(count.value))
        out.add(node, DK.qualifier, code("qualifier", count.qualifier))
        out.texts(node, SCHEMA.unitText, count.of.model_dump())
        if count.class_ is not None:
            kind_class = self.registry.codes.kind_classes[code("organisation-kind", count.class_)]
            out.add(node, DK.countedClass, kind_class)
        out.add(node, DK.isTarget, boolean_literal(count.target))
        if count.stated is not None:
            out.add(node, DK.statedAs, Literal(count.stated, language=self.doc.document.language))
        return node


def _date(text: str | None) -> Literal | None:
    return None if text is None else date_literal(text)


def _string(text: str | None) -> Literal | None:
    return None if text is None else Literal(text, datatype=XSD.string)
