"""The federal funding catalogue (Förderkatalog des Bundes) CSV export → grants.

``kg build --source foerderkatalog:FILE.csv``. Each row is one grant (``dk:Grant``): the
ministry as funder (by its acronym, one entity with a curated ministry of that acronym),
its unit, the administering agency (Projektträger), the recipient and executing body
(organisations placed in their municipality by AGS), the project and its joint project,
the budget classification (a SKOS hierarchy from the code prefixes), the term, the amount
awarded (``0`` means undisclosed) and the funding type. Everything lands in one named graph
per file, each grant citing the file as its source document and its line as evidence.

The file is read as it streams: ``;``-separated, UTF-8 or ISO-8859-15 (detected), cells
possibly wrapped as ``="…"``, German numbers and dates, old and new header names. A row
with an unreadable cell is skipped and counted (``--strict``: the load fails), with file,
line and column.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Final

from pyoxigraph import Literal, NamedNode, Quad

from kg import iris
from kg.errors import SourceError
from kg.vocab import CODE_NS, DK, ORG, RDF, SKOS, graph
from loaders import identity, records
from loaders.base import GraphLoad, LoadContext
from loaders.records import Described, source_document
from loaders.tabular import BadRows, CellError, german_date, german_decimal, read_rows
from loaders.terms import QuadList, boolean_literal, date_literal

# canonical field → header names seen in exports, old and new
FIELDS: Final = {
    "fkz": ("FKZ", "Förderkennzeichen"),
    "ressort": ("Ressort", "Bundesressort"),
    "referat": ("Referat", "Arb.-Einh.", "Arbeitseinheit"),
    "pt": ("PT", "Projektträger", "Administrierende Stelle"),
    "recipient": ("Zuwendungsempfänger", "ZE"),
    "executing": ("Ausführende Stelle", "AS"),
    "title": ("Thema", "Thema/Titel"),
    "lps": ("Leistungsplansystematik", "LPS"),
    "lps_text": ("Klartext Leistungsplansystematik", "Leistungsplansystematik Klartext"),
    "start": ("Laufzeit von", "Laufzeitbeginn"),
    "end": ("Laufzeit bis", "Laufzeitende"),
    "amount": ("Fördersumme in EUR", "Fördersumme in €", "Fördersumme"),
    "profile": ("Förderprofil",),
    "joint": ("Verbundprojekt",),
    "type": ("Förderart",),
}
# place columns, repeated after the recipient and after the executing body
PLACE_FIELDS: Final = {
    "ags": ("Gemeindekennziffer", "GKZ", "AGS"),
    "municipality": ("Stadt/Gemeinde",),
    "town": ("Ort",),
    "state": ("Bundesland",),
    "country": ("Staat",),
}
REQUIRED: Final = ("fkz", "ressort", "recipient", "amount")
MUNICIPAL_NAME: Final = re.compile(
    r"^(Stadt|Gemeinde|Markt|Landeshauptstadt|Hansestadt|Kreisstadt|Große Kreisstadt"
    r"|Universitätsstadt|Stadtverwaltung|Gemeindeverwaltung)\b"
)
COUNTY_NAME: Final = re.compile(r"^(Landkreis|Kreis|Landratsamt|Kreisverwaltung)\b")
LPS_CELL: Final = re.compile(r"^([A-Z]{1,3}\d+[A-Z0-9]*)\s*[-\u2013:]?\s*(.*)$")
BUDGET_SCHEME: Final = NamedNode(CODE_NS + "budget")
PROGRESS_EVERY: Final = 50_000  # rows between progress lines on long loads


def _fold(text: str) -> str:
    """A header name for comparison: case and umlaut spellings ignored."""
    folded = text.strip().casefold()
    for umlaut, spelled in (("ä", "ae"), ("ö", "oe"), ("ü", "ue"), ("ß", "ss")):
        folded = folded.replace(umlaut, spelled)
    return folded


def columns(header: list[str], path: str) -> dict[str, int]:
    """Map canonical field names (``recipient.ags`` for place columns) to column indexes.

    >>> found = columns(["FKZ", "Ressort", "Zuwendungsempfaenger", "Gemeindekennziffer",
    ...     "Ausführende Stelle", "Gemeindekennziffer", "Fördersumme in EUR"], "x.csv")
    >>> found["recipient.ags"], found["executing.ags"], found["amount"]
    (3, 5, 6)
    """
    lookup = {_fold(alias): name for name, aliases in FIELDS.items() for alias in aliases}
    places = {_fold(alias): name for name, aliases in PLACE_FIELDS.items() for alias in aliases}
    found: dict[str, int] = {}
    group = "recipient"
    for index, cell in enumerate(header):
        key = _fold(cell)
        if key in lookup:
            name = lookup[key]
            if name in ("recipient", "executing"):
                group = name
            found.setdefault(name, index)
        elif key in places:
            found.setdefault(f"{group}.{places[key]}", index)
    missing = [FIELDS[name][0] for name in REQUIRED if name not in found]
    if missing:
        raise SourceError(
            path,
            1,
            f"missing column(s) {', '.join(missing)}: is this a Förderkatalog CSV export "
            "with ';' as separator?",
        )
    return found


class FoerderkatalogLoader:
    """Loads a Förderkatalog CSV export."""

    name = "foerderkatalog"
    version = "0.1.0"
    description = "the federal funding catalogue (Förderkatalog des Bundes) CSV export"

    def load(self, path: Path, *, context: LoadContext) -> Iterator[GraphLoad]:
        display = context.display_path(path)
        if not path.is_file():
            raise SourceError(display, None, "no such file")
        slug = iris.slugify(path.stem) or "export"
        target = graph(f"foerderkatalog/{slug}")
        document = iris.document(f"foerderkatalog-{slug}")
        header, rows = read_rows(path, delimiter=";")
        fields = columns(header, display)
        bad = BadRows(Path(display), context.strict)
        emitter = _Emitter(target, document, fields, header, context)
        quads = emitter.document(path)

        def stream() -> Iterator[Quad]:
            yield from quads
            for number, row in enumerate(rows, start=1):
                if number % PROGRESS_EVERY == 0:
                    context.warn(f"  {display}: {number:,} rows read")
                try:
                    out = emitter.row(row.cells, row.line)
                except CellError as error:
                    bad.skip(row.line, header, error)
                    continue
                yield from out
            summary = bad.summary()
            if summary:
                context.warn(summary)
            context.warn(f"  {display}: {emitter.grants} grants")

        yield GraphLoad(
            target, stream(), document, (path,), f"Förderkatalog: {path.name}", entailment_free=True
        )


class _Emitter:
    """Turns rows into quads, describing each entity the first time it is met."""

    def __init__(
        self,
        target: NamedNode,
        document: NamedNode,
        fields: dict[str, int],
        header: list[str],
        context: LoadContext,
    ) -> None:
        self.target = target
        self.doc = document
        self.fields = fields
        self.header = header
        self.known = context.identifiers
        self.described = Described(document)
        self.grants = 0
        self.seen_fkz: set[str] = set()

    def document(self, path: Path) -> list[Quad]:
        title = Literal(f"Förderkatalog des Bundes: {path.name}", language="de")
        return source_document(
            self.target, self.doc, path, kind="catalogue", title=title, language="de"
        )

    def cell(self, cells: list[str], name: str) -> str:
        index = self.fields.get(name)
        if index is None or index >= len(cells):
            return ""
        return cells[index]

    def _place(self, out: QuadList, cells: list[str], group: str) -> NamedNode | None:
        ags = self.cell(cells, f"{group}.ags")
        if not ags:
            return None
        if not re.fullmatch(r"\d{8}", ags):
            raise CellError(
                self._header(f"{group}.ags"),
                f"{ags!r} is not an 8-digit municipality key",
                self.fields[f"{group}.ags"],
            )
        name = self.cell(cells, f"{group}.municipality") or self.cell(cells, f"{group}.town")
        iri = identity.municipality(ags, self.known)
        known = ("ags", ags) in self.known
        if self.described.is_new(iri) and not known:
            out.add(iri, DK.ags, Literal(ags))
        return self.described.entity(out, iri, DK.Municipality, name or ags, known=known)

    def _header(self, name: str) -> str:
        """The file's own name of a field's column (for messages)."""
        index = self.fields.get(name)
        return self.header[index] if index is not None else name

    def _organisation(self, out: QuadList, cells: list[str], group: str) -> NamedNode | None:
        name = self.cell(cells, group)
        if not name:
            return None
        place = self._place(out, cells, group)
        ags = self.cell(cells, f"{group}.ags")
        if ags and MUNICIPAL_NAME.match(name):
            return place  # the municipality itself receives the money
        if ags and COUNTY_NAME.match(name):
            county = identity.municipality(identity.county_key(ags), self.known)
            known = ("ags", identity.county_key(ags)) in self.known
            if self.described.is_new(county) and not known:
                out.add(county, DK.ags, Literal(identity.county_key(ags)))
            return self.described.entity(out, county, DK.County, name, known=known)
        slug = iris.slugify(name)[:80].strip("-") or "unnamed"
        iri = iris.entity("org", f"{slug}-{ags}" if ags else slug)
        if self.described.is_new(iri):
            out.add(iri, DK.locatedIn, place)
        return self.described.entity(out, iri, DK.Organisation, name)

    def row(self, cells: list[str], line: int) -> list[Quad]:
        out = QuadList(self.target)
        fkz = self.cell(cells, "fkz")
        if not fkz:
            raise CellError(self._header("fkz"), "the grant has no FKZ")
        if fkz in self.seen_fkz:
            raise CellError(self._header("fkz"), f"FKZ {fkz!r} appears twice")
        amount_text = self.cell(cells, "amount")
        amount = german_decimal(amount_text, self._header("amount")) if amount_text else None
        if amount is not None and amount < 0:
            raise CellError(self._header("amount"), f"{amount_text!r} is negative")
        start = self.cell(cells, "start")
        end = self.cell(cells, "end")
        start_date = german_date(start, self._header("start")) if start else None
        end_date = german_date(end, self._header("end")) if end else None
        ressort = self.cell(cells, "ressort")
        if not ressort:
            raise CellError(self._header("ressort"), "the grant has no ministry (Ressort)")

        grant = iris.grant(iris.slugify(fkz))
        self.seen_fkz.add(fkz)
        self.grants += 1
        records.grant(out, grant, fkz, self.doc, line)

        ministry = identity.ministry(ressort, self.known)
        known = ("ministry", ressort.upper()) in self.known
        if self.described.is_new(ministry) and not known:
            out.add(ministry, DK.acronym, Literal(ressort))
        out.add(
            grant,
            DK.funder,
            self.described.entity(out, ministry, DK.Ministry, ressort, known=known),
        )
        referat = self.cell(cells, "referat")
        if referat:
            unit = iris.entity("org", f"{iris.slugify(ressort)}-referat-{iris.slugify(referat)}")
            if self.described.is_new(unit):
                out.add(unit, ORG.unitOf, ministry)
            out.add(
                grant,
                DK.fundingUnit,
                self.described.entity(
                    out, unit, DK.OrganisationalUnit, f"{ressort} Referat {referat}"
                ),
            )
        pt = self.cell(cells, "pt")
        if pt:
            agency = iris.entity("org", f"pt-{iris.slugify(pt)}")
            out.add(grant, DK.administeredBy, self.described.entity(out, agency, DK.Agency, pt))
        out.add(grant, DK.recipient, self._organisation(out, cells, "recipient"))
        out.add(grant, DK.executedBy, self._organisation(out, cells, "executing"))

        project = iris.entity("initiative", f"fkz-{iris.slugify(fkz)}")
        title = self.cell(cells, "title") or fkz
        out.add(grant, DK.fundedItem, self.described.entity(out, project, DK.Project, title))
        joint = self.cell(cells, "joint")
        if joint:
            joint_slug = iris.slugify(joint)[:80].strip("-")
            whole = iris.entity("initiative", f"verbund-{joint_slug}")
            out.add(project, DK.partOf, self.described.entity(out, whole, DK.Project, joint))
        self._budget(out, grant, cells)
        out.add(grant, DK.startDate, date_literal(start_date) if start_date else None)
        out.add(grant, DK.endDate, date_literal(end_date) if end_date else None)
        if amount is None or amount == 0:
            out.add(grant, DK.amountUndisclosed, boolean_literal(True))
        else:
            records.exact_amount(out, grant, amount, "EUR", amount_text)
        for field_name, prop in (("type", DK.fundingType), ("profile", DK.fundingProfile)):
            value = self.cell(cells, field_name)
            out.add(grant, prop, Literal(value) if value else None)
        return out.quads

    def _budget(self, out: QuadList, grant: NamedNode, cells: list[str]) -> None:
        raw = self.cell(cells, "lps")
        if not raw:
            return
        match = LPS_CELL.match(raw)
        if not match:
            raise CellError(self._header("lps"), f"{raw!r} is not a budget classification code")
        code_text, label = match.group(1), match.group(2) or self.cell(cells, "lps_text")
        concept = NamedNode(f"{BUDGET_SCHEME.value}/{code_text}")
        out.add(grant, DK.budgetClass, concept)
        for depth in range(len(code_text), 0, -1):
            prefix = code_text[:depth]
            node = NamedNode(f"{BUDGET_SCHEME.value}/{prefix}")
            if not self.described.first(node):
                break
            out.add(node, RDF.type, SKOS.Concept)
            out.add(node, SKOS.inScheme, BUDGET_SCHEME)
            out.add(node, SKOS.notation, Literal(prefix))
            if prefix == code_text and label:
                out.add(node, SKOS.prefLabel, Literal(label, language="de"))
            if depth > 1:
                out.add(
                    node, SKOS.broader, NamedNode(f"{BUDGET_SCHEME.value}/{code_text[: depth - 1]}")
                )
            else:
                out.add(node, SKOS.topConceptOf, BUDGET_SCHEME)
        if self.described.first(BUDGET_SCHEME):
            out.add(BUDGET_SCHEME, RDF.type, SKOS.ConceptScheme)
            out.add(
                BUDGET_SCHEME, SKOS.prefLabel, Literal("Leistungsplansystematik", language="de")
            )
            out.add(BUDGET_SCHEME, SKOS.prefLabel, Literal("budget classification", language="en"))
