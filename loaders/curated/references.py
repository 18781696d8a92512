"""Cross-file checks of curated data: ids unique, references resolve, codes exist."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import yaml

from kg.errors import SourceError
from loaders.codes import CodeLists
from loaders.curated import schema as s
from loaders.curated.yamlnodes import line_of

Loc = tuple[int | str, ...]

ACTOR = ("org", "person")
TERRITORY = ("place", "org")


@dataclass
class ParsedFile:
    """A YAML file, its node tree (for line numbers) and its validated model."""

    path: Path
    display: str
    node: yaml.Node

    def error(self, location: Loc, message: str) -> SourceError:
        """A ``SourceError`` pointing at the value at ``location``."""
        return SourceError(self.display, line_of(self.node, location), message)


@dataclass
class Index:
    """Every registry id with its entity kind (org, person, initiative, place)."""

    kinds: dict[str, str]

    @classmethod
    def build(cls, registry: s.Registry, source: ParsedFile) -> Index:
        """Index the registry; a duplicate id is an error at its second occurrence."""
        kinds: dict[str, str] = {}
        entries: list[tuple[str, str, int, str]] = [
            ("organisations", "org", i, e.id) for i, e in enumerate(registry.organisations)
        ]
        entries += [("persons", "person", i, e.id) for i, e in enumerate(registry.persons)]
        entries += [
            ("initiatives", "initiative", i, e.id) for i, e in enumerate(registry.initiatives)
        ]
        entries += [("places", "place", i, e.id) for i, e in enumerate(registry.places)]
        for section, kind, position, slug in entries:
            if slug in kinds:
                raise source.error((section, position, "id"), f"duplicate id {slug!r}")
            kinds[slug] = kind
        return cls(kinds)

    def check(
        self, source: ParsedFile, location: Loc, slug: str | None, allowed: tuple[str, ...]
    ) -> None:
        """Raise unless ``slug`` is an id of one of the ``allowed`` kinds."""
        if slug is None:
            return
        kind = self.kinds.get(slug)
        if kind is None:
            raise source.error(
                location, f"unknown id {slug!r}: add it to entities.yaml or fix the spelling"
            )
        if kind not in allowed:
            wanted = " or ".join(allowed)
            raise source.error(location, f"{slug!r} is a {kind}, but a {wanted} is expected here")


def check_registry(
    registry: s.Registry, source: ParsedFile, index: Index, codes: CodeLists
) -> None:
    """Check kinds and references inside ``entities.yaml``."""
    for i, org in enumerate(registry.organisations):
        _code(source, ("organisations", i, "kind"), codes, "organisation-kind", org.kind)
        index.check(source, ("organisations", i, "located_in"), org.located_in, TERRITORY)
        index.check(source, ("organisations", i, "unit_of"), org.unit_of, ("org",))
        if org.label.en is None:
            raise source.error(("organisations", i, "label"), "organisations need an en label too")
    for i, ini in enumerate(registry.initiatives):
        _code(source, ("initiatives", i, "kind"), codes, "initiative-kind", ini.kind)
        index.check(source, ("initiatives", i, "located_in"), ini.located_in, TERRITORY)
        if ini.label.en is None:
            raise source.error(("initiatives", i, "label"), "initiatives need an en label too")
    for i, place in enumerate(registry.places):
        _code(source, ("places", i, "kind"), codes, "place-kind", place.kind)
        index.check(source, ("places", i, "located_in"), place.located_in, TERRITORY)
        if place.label.en is None:
            raise source.error(("places", i, "label"), "places need an en label too")


def check_document(doc: s.DocumentFile, source: ParsedFile, index: Index, codes: CodeLists) -> None:
    """Check one document file: its id, codes, fact ids and every reference."""
    if doc.document.id != source.path.stem:
        raise source.error(
            ("document", "id"),
            f"document id {doc.document.id!r} must equal the file name {source.path.stem!r}",
        )
    _code(source, ("document", "kind"), codes, "document-kind", doc.document.kind)
    index.check(source, ("document", "publisher"), doc.document.publisher, ("org",))
    for i, mention in enumerate(doc.mentions):
        index.check(
            source,
            ("mentions", i, "entity"),
            mention.entity,
            ("org", "person", "initiative", "place"),
        )
    fact_ids: dict[str, s.FactBase] = {}
    for i, fact in enumerate(doc.facts):
        if fact.id in fact_ids:
            raise source.error(
                ("facts", i, "id"), f"duplicate fact id {fact.id!r} in this document"
            )
        fact_ids[fact.id] = fact
    for i, fact in enumerate(doc.facts):
        for field, slug, allowed in _references(fact):
            index.check(source, ("facts", i, *field), slug, allowed)
        for field, scheme, code in _codes(fact):
            _code(source, ("facts", i, *field), codes, scheme, code)
        if isinstance(fact, s.Funding) and fact.included_in is not None:
            target = fact_ids.get(fact.included_in)
            if not isinstance(target, s.Funding) or target is fact:
                raise source.error(
                    ("facts", i, "included_in"),
                    f"included_in {fact.included_in!r} must name another funding fact "
                    "of this document",
                )


def _references(fact: s.FactBase) -> Iterator[tuple[Loc, str | None, tuple[str, ...]]]:
    match fact:
        case s.Funding():
            yield ("funder",), fact.funder, ACTOR
            yield ("funded",), fact.funded, ("initiative",)
            yield ("recipient",), fact.recipient, ACTOR
        case s.Role():
            yield ("person",), fact.person, ("person",)
            yield ("organisation",), fact.organisation, ("org",)
        case s.Member():
            yield ("member",), fact.member, ("org",)
            yield ("organisation",), fact.organisation, ("org",)
        case s.PartOf():
            yield ("part",), fact.part, ("initiative",)
            yield ("whole",), fact.whole, ("initiative",)
        case s.Involvement():
            yield ("initiative",), fact.initiative, ("initiative",)
            yield ("agent",), fact.agent, ACTOR
        case s.Occurrence():
            yield ("subject",), fact.subject, ("initiative",)
            yield ("place",), fact.place, TERRITORY
        case s.CountFact():
            yield ("subject",), fact.subject, ("initiative", "org")
        case s.Cooperation():
            for j, partner in enumerate(fact.partners):
                yield ("partners", j), partner, ACTOR


def _codes(fact: s.FactBase) -> Iterator[tuple[Loc, str, str]]:
    match fact:
        case s.Role():
            yield ("role",), "person-role", fact.role
        case s.Involvement():
            yield ("role",), "involvement-role", fact.role
        case s.Occurrence():
            yield ("what",), "occurrence-kind", fact.what
    for field in ("count", "recipients", "projects"):
        count = getattr(fact, field, None)
        if isinstance(count, s.Count) and count.class_ is not None:
            yield (field, "class"), "organisation-kind", count.class_


def _code(source: ParsedFile, location: Loc, codes: CodeLists, scheme: str, code: str) -> None:
    problem = codes.check(scheme, code)
    if problem is not None:
        raise source.error(location, problem)
