"""Generate a synthetic funding graph in the DigiKom ontology, for benchmarks.

The graph has the shape the curated loader emits (``docs/rdf-mapping.md``): funders
(``dk:State``, ``dk:Ministry``), recipients (municipalities with an 8-digit AGS, cities,
counties, companies, startups, IT service providers), initiatives (strategies, programmes
and funding calls nested by ``dk:partOf``, with ``dk:PartOfStatement`` facts) and grants
(``dk:Grant``, some plain ``dk:FundingStatement``) with funder, funded item, recipient,
amount (``dk:MonetaryAmount``), source document, evidence (``oa:SpecificResource``) and
start and end dates. Distributions are skewed: funders and recipients are drawn from Zipf
laws, so a few funders give most grants and a few recipients get many.

Everything is minted under ``https://w3id.org/digikom/id/synthetic/`` and lands in graphs
under ``https://w3id.org/digikom/graph/synthetic/``; every label and document title says
it is synthetic, so the data can never be mistaken for real facts. The output depends only
on ``--triples`` and ``--seed``.

    python bench/generate.py --triples 100000 --output synthetic.nq
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import itertools
import math
import random
import sys
import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Final

from pyoxigraph import Literal, NamedNode, Quad, RdfFormat, serialize

from kg.vocab import DCT, DK, GRAPH_NS, ID_NS, OA, RDF, RDFS, SCHEMA, SKOS, XSD, code

SYNTHETIC_ID: Final = ID_NS + "synthetic/"
SYNTHETIC_GRAPH: Final = GRAPH_NS + "synthetic/"
ENTITIES: Final = NamedNode(SYNTHETIC_GRAPH + "entities")
TRIPLES_PER_GRANT: Final = 21  # grant 9, evidence 5 on average, amount 6, mention 1
DEFAULT_SEED: Final = 42

STATES: Final = (
    "Nordmark", "Südgau", "Westerland", "Ostheide", "Mittelrhein", "Hochland", "Seenplatte",
    "Waldmark", "Auenland", "Talgau", "Küstenland", "Bergland", "Flussmark", "Heideland",
    "Hügelgau", "Moorland",
)  # fmt: skip
PORTFOLIOS: Final = (
    ("Digitales", "Digital Affairs"),
    ("Inneres und Kommunen", "the Interior and Local Government"),
    ("Wirtschaft", "Economic Affairs"),
    ("Bildung", "Education"),
    ("Verkehr", "Transport"),
)
PREFIXES: Final = ("", "", "", "Ober", "Unter", "Neu", "Alt", "Groß", "Klein", "Bad ", "Sankt ")
STEMS: Final = (
    "Linden", "Eichen", "Buchen", "Birken", "Erlen", "Rosen", "Stein", "Wald", "Wiesen",
    "Mühl", "Kirch", "Hohen", "Schön", "Frei", "Rot", "Weiß", "Sonnen", "Falken", "Hasel",
    "Tannen", "Brunn", "Au", "Lerchen", "Greifen",
)  # fmt: skip
SUFFIXES: Final = (
    "burg", "berg", "bach", "dorf", "feld", "hausen", "heim", "ingen", "stadt", "tal",
    "weiler", "au", "hagen", "rode", "furt", "wang",
)  # fmt: skip
COMPANY_WORDS: Final = (
    "Daten", "Cloud", "Portal", "Bürger", "Akten", "Netz", "Kommunal", "Verwaltungs", "Geo",
    "Smart", "Civic", "Open", "Rathaus", "Service", "Formular", "Termin",
)  # fmt: skip
COMPANY_FORMS: Final = ("GmbH", "AG", "UG", "GmbH & Co. KG", "eG")
TOPICS: Final = (
    "Breitband", "Onlinezugang", "E-Akte", "Smart City", "Open Data", "KI in der Verwaltung",
    "IT-Sicherheit", "Digitale Bildung", "Bürgerportal", "Digitale Lotsen",
)  # fmt: skip
RECIPIENT_KINDS: Final = (
    ("municipality", 0.55),
    ("city", 0.10),
    ("county", 0.08),
    ("company", 0.12),
    ("startup", 0.10),
    ("it_service_provider", 0.05),
)
KIND_CLASSES: Final = {
    "state": DK.State,
    "ministry": DK.Ministry,
    "municipality": DK.Municipality,
    "city": DK.City,
    "county": DK.County,
    "company": DK.Company,
    "startup": DK.Startup,
    "it_service_provider": DK.ITServiceProvider,
    "strategy": DK.Strategy,
    "programme": DK.Programme,
    "funding_call": DK.FundingCall,
}
INITIATIVE_KINDS: Final = frozenset({"strategy", "programme", "funding_call"})
FIRST_DAY: Final = dt.date(2015, 1, 1)
DAYS: Final = 11 * 365


@dataclass(frozen=True)
class Entity:
    """An organisation or initiative of the synthetic registry."""

    iri: NamedNode
    kind: str
    label_de: str
    label_en: str | None = None
    ags: str | None = None
    located_in: NamedNode | None = None


@dataclass
class Initiative:
    """A programme or funding call, with the funder that runs it."""

    entity: Entity
    owner: int
    parent: Entity | None


@dataclass
class Stats:
    """What a generation produced."""

    triples: int = 0
    grants: int = 0
    documents: int = 0
    funders: int = 0
    recipients: int = 0
    initiatives: int = 0
    kinds: dict[str, int] = field(default_factory=dict)


class Zipf:
    """Draws indices 0..n-1 with probability proportional to 1 / (rank + 1) ** exponent."""

    def __init__(self, n: int, exponent: float, rng: random.Random) -> None:
        self.rng = rng
        self.population = range(n)
        self.cumulative = list(itertools.accumulate(1 / (r + 1) ** exponent for r in range(n)))

    def draw(self) -> int:
        """One index."""
        return self.rng.choices(self.population, cum_weights=self.cumulative)[0]


def synthetic(path: str) -> NamedNode:
    """An IRI under the synthetic namespace."""
    return NamedNode(SYNTHETIC_ID + path)


def de(text: str) -> Literal:
    return Literal(text, language="de")


def en(text: str) -> Literal:
    return Literal(text, language="en")


def string(text: str) -> Literal:
    return Literal(text, datatype=XSD.string)


def integer(value: int) -> Literal:
    return Literal(str(value), datatype=XSD.integer)


def date(day: dt.date) -> Literal:
    return Literal(day.isoformat(), datatype=XSD.date)


def euros_de(value: Decimal) -> str:
    """``1234567.5`` → ``1.234.567,50 Euro``, as a German document writes it."""
    whole, cents = divmod(value, 1)
    text = f"{int(whole):,}".replace(",", ".")
    return f"{text},{int(cents * 100):02d} Euro" if cents else f"{text} Euro"


class SyntheticGraph:
    """The registry, a structure document and funding documents, as a stream of quads."""

    def __init__(self, target: int, seed: int) -> None:
        self.target = target
        self.rng = random.Random(seed)
        self.stats = Stats()
        self.emitted = 0
        self.names: set[str] = set()
        self.funders = self._funders()
        self.recipients = self._recipients(max(200, target // TRIPLES_PER_GRANT // 4))
        self.strategies, self.items = self._initiatives()
        self.items_of: list[list[Initiative]] = [[] for _ in self.funders]
        for item in self.items:
            self.items_of[item.owner].append(item)
        self.funder_law = Zipf(len(self.funders), 1.1, self.rng)
        self.recipient_law = Zipf(len(self.recipients), 1.0, self.rng)
        self.stats.funders = len(self.funders)
        self.stats.recipients = len(self.recipients)
        self.stats.initiatives = len(self.strategies) + len(self.items)

    # --- registry -------------------------------------------------------------------------

    def _funders(self) -> list[Entity]:
        """16 states and their ministries, plus federal ministries; Zipf rank = list order."""
        states = [
            Entity(
                synthetic(f"org/state-{n:02d}"),
                "state",
                f"Land {name} (synthetisch)",
                f"State of {name} (synthetic)",
            )
            for n, name in enumerate(STATES, start=1)
        ]
        federal = [
            Entity(
                synthetic(f"org/federal-ministry-{n}"),
                "ministry",
                f"Bundesministerium für {de_name} (synthetisch)",
                f"Federal Ministry of {en_name} (synthetic)",
            )
            for n, (de_name, en_name) in enumerate(PORTFOLIOS, start=1)
        ]
        ministries = [
            Entity(
                synthetic(f"org/ministry-{s:02d}-{n}"),
                "ministry",
                f"Ministerium für {de_name} {state} (synthetisch)",
                f"Ministry of {en_name} of {state} (synthetic)",
                located_in=states[s - 1].iri,
            )
            for n, (de_name, en_name) in enumerate(PORTFOLIOS[:3], start=1)
            for s, state in enumerate(STATES, start=1)
        ]
        funders = federal + states + ministries
        self.rng.shuffle(funders)
        self.states = states
        return funders

    def _place_name(self) -> str:
        for _ in range(100):
            prefix, stem = self.rng.choice(PREFIXES), self.rng.choice(STEMS)
            name = (
                prefix
                + (stem.lower() if prefix and not prefix.endswith(" ") else stem)
                + self.rng.choice(SUFFIXES)
                + ("" if self.rng.random() < 0.9 else f" {self.rng.choice(STEMS)}grund")
            )
            if name not in self.names:
                self.names.add(name)
                return name
        name = f"{name} {len(self.names)}"
        self.names.add(name)
        return name

    def _recipients(self, count: int) -> list[Entity]:
        kinds = [kind for kind, _ in RECIPIENT_KINDS]
        weights = [weight for _, weight in RECIPIENT_KINDS]
        serial = dict.fromkeys(kinds, 0)
        per_state = [0] * len(self.states)
        recipients = []
        for _ in range(count):
            kind = self.rng.choices(kinds, weights)[0]
            serial[kind] += 1
            state_no = self.rng.randrange(len(self.states))
            state = self.states[state_no]
            slug = f"org/{kind.replace('_', '-')}-{serial[kind]:05d}"
            ags = None
            if kind in ("municipality", "city"):
                k = per_state[state_no]
                per_state[state_no] += 1
                # AGS = state (2 digits), district (3), municipality (3): a town in a
                # district has a municipality number ≥ 100; a district-free city has 000.
                local = k % 900 + 100 if kind == "municipality" else 0
                ags = f"{state_no + 1:02d}{k // 900 + 1 if local else k + 1:03d}{local:03d}"
            label = self._recipient_label(kind, serial[kind])
            recipients.append(
                Entity(synthetic(slug), kind, f"{label} (synthetisch)", None, ags, state.iri)
            )
            self.stats.kinds[kind] = self.stats.kinds.get(kind, 0) + 1
        return recipients

    def _recipient_label(self, kind: str, serial: int) -> str:
        if kind in ("company", "startup", "it_service_provider"):
            first, second = self.rng.sample(COMPANY_WORDS, 2)
            stem = f"{first}{second.lower()}"
            if kind == "startup":
                return f"{stem}{serial}.io {self.rng.choice(('GmbH', 'UG'))}"
            return f"{stem} {self._place_name()} {self.rng.choice(COMPANY_FORMS)}"
        prefix = {"municipality": "Gemeinde", "city": "Stadt", "county": "Landkreis"}[kind]
        return f"{prefix} {self._place_name()}"

    def _initiatives(self) -> tuple[list[Entity], list[Initiative]]:
        """Strategies; programmes part of a strategy; funding calls part of a programme."""
        n_funders = len(self.funders)
        n_strategies = 20 + self.target // 50_000
        n_programmes = max(2 * n_funders, self.target // TRIPLES_PER_GRANT // 150)
        owner_law = Zipf(n_funders, 1.1, self.rng)
        strategies = [
            Entity(
                synthetic(f"initiative/strategy-{n:04d}"),
                "strategy",
                f"Digitalstrategie {self.rng.choice(TOPICS)} {n} (synthetisch)",
                f"Digital strategy {n} (synthetic)",
            )
            for n in range(1, n_strategies + 1)
        ]
        items: list[Initiative] = []
        for n in range(1, n_programmes + 1):
            owner = n - 1 if n <= n_funders else owner_law.draw()
            topic = self.rng.choice(TOPICS)
            programme = Entity(
                synthetic(f"initiative/programme-{n:04d}"),
                "programme",
                f"Förderprogramm {topic} {n} (synthetisch)",
                f"Funding programme {n} (synthetic)",
            )
            items.append(Initiative(programme, owner, self.rng.choice(strategies)))
            for c in range(1, 3):
                call = Entity(
                    synthetic(f"initiative/call-{n:04d}-{c}"),
                    "funding_call",
                    f"Förderaufruf {topic} {n}/{c} (synthetisch)",
                    f"Funding call {n}/{c} (synthetic)",
                )
                items.append(Initiative(call, owner, programme))
        return strategies, items

    # --- quads ----------------------------------------------------------------------------

    def quads(self) -> Iterator[Quad]:
        """Every quad of the dataset; stops after the document that reaches the target."""
        for quad in itertools.chain(self._registry(), self._structure_document()):
            self.emitted += 1
            yield quad
        number = 0
        while self.emitted < self.target:
            number += 1
            for quad in self._funding_document(number):
                self.emitted += 1
                yield quad
        self.stats.triples = self.emitted

    def _registry(self) -> Iterator[Quad]:
        entities = self.funders + self.recipients + self.strategies
        entities += [item.entity for item in self.items]
        for entity in entities:
            yield from self._entity(entity)

    def _entity(self, entity: Entity) -> Iterator[Quad]:
        g, s = ENTITIES, entity.iri
        scheme = "initiative-kind" if entity.kind in INITIATIVE_KINDS else "organisation-kind"
        yield Quad(s, RDF.type, KIND_CLASSES[entity.kind], g)
        yield Quad(s, DK.kind, code(scheme, entity.kind), g)
        for label in (de(entity.label_de), en(entity.label_en) if entity.label_en else None):
            if label is not None:
                yield Quad(s, RDFS.label, label, g)
                yield Quad(s, SKOS.prefLabel, label, g)
        if entity.ags is not None:
            yield Quad(s, DK.ags, string(entity.ags), g)
        if entity.located_in is not None:
            yield Quad(s, DK.locatedIn, entity.located_in, g)

    def _document(
        self, slug: str, title: tuple[str, str], publisher: NamedNode, issued: dt.date
    ) -> tuple[NamedNode, NamedNode, list[Quad]]:
        """The description of a source document: its IRI, its graph and its quads."""
        doc, g = synthetic(f"doc/{slug}"), NamedNode(SYNTHETIC_GRAPH + f"doc/{slug}")
        digest = hashlib.sha256(f"synthetic {slug}".encode()).hexdigest()
        quads = [
            Quad(doc, RDF.type, DK.SourceDocument, g),
            Quad(doc, DK.documentKind, code("document-kind", "catalogue"), g),
            Quad(doc, DCT.title, de(title[0]), g),
            Quad(doc, DCT.title, en(title[1]), g),
            Quad(doc, DCT.publisher, publisher, g),
            Quad(doc, DCT.issued, date(issued), g),
            Quad(doc, SCHEMA.url, NamedNode(f"https://example.org/digikom-synthetic/{slug}"), g),
            Quad(doc, DCT.language, Literal("de"), g),
            Quad(doc, DK.fileName, string(f"synthetic/{slug}.pdf"), g),
            Quad(doc, DK.sha256, string(digest), g),
        ]
        return doc, g, quads

    def _evidence(
        self, fact: NamedNode, doc: NamedNode, g: NamedNode, paragraph: int
    ) -> Iterator[Quad]:
        at = NamedNode(fact.value + "/at")
        yield Quad(fact, DK.source, doc, g)
        yield Quad(fact, DK.evidence, at, g)
        yield Quad(at, RDF.type, OA.SpecificResource, g)
        yield Quad(at, OA.hasSource, doc, g)
        yield Quad(at, DK.paragraph, integer(paragraph), g)
        if self.rng.random() < 0.5:
            selector = NamedNode(at.value + "/selector")
            start = self.rng.randrange(0, 4000)
            yield Quad(at, OA.hasSelector, selector, g)
            yield Quad(selector, RDF.type, OA.TextPositionSelector, g)
            yield Quad(selector, OA.start, integer(start), g)
            yield Quad(selector, OA.end, integer(start + self.rng.randrange(40, 400)), g)

    def _structure_document(self) -> Iterator[Quad]:
        """A directory that mentions every entity and states how initiatives nest."""
        title = (
            "Synthetisches Verzeichnis der Akteure und Förderprogramme (synthetisch, keine echten "
            "Daten)",
            "Synthetic directory of actors and funding programmes (synthetic, not real data)",
        )
        doc, g, quads = self._document("directory", title, self.states[0].iri, FIRST_DAY)
        yield from quads
        for n, item in enumerate(self.items, start=1):
            fact = synthetic(f"fact/directory/part-of-{n:05d}")
            assert item.parent is not None
            yield Quad(fact, RDF.type, DK.PartOfStatement, g)
            yield from self._evidence(fact, doc, g, n)
            yield Quad(fact, DK.part, item.entity.iri, g)
            yield Quad(fact, DK.whole, item.parent.iri, g)
            yield Quad(item.entity.iri, DK.partOf, item.parent.iri, g)
        everyone = self.funders + self.recipients + self.strategies
        for entity in everyone + [item.entity for item in self.items]:
            yield Quad(doc, DK.mentions, entity.iri, g)
        self.stats.documents += 1

    def _funding_document(self, number: int) -> Iterator[Quad]:
        """A funding catalogue of one funder listing grants, with their amounts."""
        funder_no = self.funder_law.draw()
        funder = self.funders[funder_no]
        items = self.items_of[funder_no] or self.items
        remaining = max(1, (self.target - self.emitted) // TRIPLES_PER_GRANT + 1)
        grants = min(self.rng.randint(20, 200), remaining)
        issued = FIRST_DAY + dt.timedelta(days=self.rng.randrange(DAYS))
        slug = f"catalogue-{number:05d}"
        name = funder.label_de.removesuffix(" (synthetisch)")
        title = (
            f"Synthetischer Förderkatalog Nr. {number} von {name} (synthetisch, keine echten "
            "Daten)",
            f"Synthetic funding catalogue no. {number} (synthetic, not real data)",
        )
        doc, g, quads = self._document(slug, title, funder.iri, issued)
        yield from quads
        mentioned: dict[NamedNode, None] = {funder.iri: None}
        for k in range(1, grants + 1):
            fact = synthetic(f"fact/{slug}/grant-{k:04d}")
            item = self.rng.choice(items).entity
            recipient = self.recipients[self.recipient_law.draw()]
            mentioned[item.iri] = mentioned[recipient.iri] = None
            kind = DK.Grant if self.rng.random() < 0.9 else DK.FundingStatement
            start = FIRST_DAY + dt.timedelta(days=self.rng.randrange(DAYS))
            end = start + dt.timedelta(days=self.rng.randrange(365, 4 * 365))
            yield Quad(fact, RDF.type, kind, g)
            yield from self._evidence(fact, doc, g, k)
            yield Quad(fact, DK.startDate, date(start), g)
            yield Quad(fact, DK.endDate, date(end), g)
            yield Quad(fact, DK.funder, funder.iri, g)
            yield Quad(fact, DK.fundedItem, item.iri, g)
            yield Quad(fact, DK.recipient, recipient.iri, g)
            yield from self._amount(fact, g)
        for entity in mentioned:
            yield Quad(doc, DK.mentions, entity, g)
        self.stats.grants += grants
        self.stats.documents += 1

    def _amount(self, fact: NamedNode, g: NamedNode) -> Iterator[Quad]:
        amount = NamedNode(fact.value + "/amount")
        euros = Decimal(round(math.exp(self.rng.gauss(11.5, 1.2)) / 100) * 100 or 500)
        if self.rng.random() < 0.2:
            euros += Decimal(self.rng.randrange(1, 100)) / 100
        yield Quad(fact, DK.amount, amount, g)
        yield Quad(amount, RDF.type, DK.MonetaryAmount, g)
        yield Quad(amount, SCHEMA.value, Literal(format(euros, "f"), datatype=XSD.decimal), g)
        yield Quad(amount, SCHEMA.currency, Literal("EUR"), g)
        yield Quad(amount, DK.qualifier, code("qualifier", "exact"), g)
        yield Quad(amount, DK.scope, code("scope", "total"), g)
        yield Quad(amount, DK.statedAs, de(euros_de(euros)), g)


def generate(
    output: Path, triples: int, seed: int = DEFAULT_SEED, *, progress: bool = True
) -> Stats:
    """Write about ``triples`` (at least that many) synthetic triples to ``output``.

    The format follows the extension: ``.nq`` keeps the named graphs, ``.nt`` drops them.
    """
    suffix = output.suffix.lower()
    if suffix not in (".nq", ".nt"):
        raise ValueError(f"{output}: the output must end in .nq (N-Quads) or .nt (N-Triples)")
    started = time.perf_counter()
    graph = SyntheticGraph(triples, seed)
    step = max(1, triples // 10)

    def reported(quads: Iterator[Quad]) -> Iterator[Quad]:
        for n, quad in enumerate(quads, start=1):
            if progress and n % step == 0:
                print(f"  generated {n:,} triples", file=sys.stderr, flush=True)
            yield quad

    output.parent.mkdir(parents=True, exist_ok=True)
    partial = output.with_name(output.name + ".partial")
    stream: Iterator[Quad] = reported(graph.quads())
    if suffix == ".nq":
        serialize(stream, partial, RdfFormat.N_QUADS)
    else:
        serialize((quad.triple for quad in stream), partial, RdfFormat.N_TRIPLES)
    partial.replace(output)
    if progress:
        s = graph.stats
        print(
            f"wrote {output}: {s.triples:,} triples, {s.grants:,} grants in {s.documents:,} "
            f"documents, {s.funders} funders, {s.recipients:,} recipients, {s.initiatives:,} "
            f"initiatives ({time.perf_counter() - started:.1f} s)",
            file=sys.stderr,
        )
    return graph.stats


def parse_args(argv: Sequence[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        description="Generate a deterministic synthetic funding graph in the DigiKom ontology "
        "(IRIs under https://w3id.org/digikom/id/synthetic/).",
    )
    parser.add_argument(
        "--triples",
        type=int,
        default=100_000,
        help="approximate size; the output has at least this many triples (default: 100000)",
    )
    parser.add_argument(
        "--output",
        "-o",
        type=Path,
        required=True,
        help="file to write: .nq (N-Quads, one graph per document) or .nt (N-Triples)",
    )
    parser.add_argument(
        "--seed", type=int, default=DEFAULT_SEED, help=f"random seed (default: {DEFAULT_SEED})"
    )
    args = parser.parse_args(argv)
    if args.triples < 1:
        parser.error("--triples must be positive")
    if args.output.suffix.lower() not in (".nq", ".nt"):
        parser.error("--output must end in .nq or .nt")
    return args


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    generate(args.output, args.triples, args.seed)
    return 0


if __name__ == "__main__":
    sys.exit(main())
