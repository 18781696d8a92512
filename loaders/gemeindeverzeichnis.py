"""Municipality reference data in Destatis' Gemeindeverzeichnis layout (GV100AD) → places.

``kg build --source gemeindeverzeichnis:GV100AD_….txt``. The fixed-width records are
states (10), government districts (20), regions (30), counties (40), associations of
municipalities (50) and municipalities (60), each with its key, name, and for
municipalities the area and population. Counties and municipalities get their AGS
(and municipalities their ARS), so recipients and curated entities link by key, and
``dk:locatedIn`` rolls municipalities up to counties and states.

Positions (1-based, inclusive) follow the official record description: record type 1-2,
reference date 3-10, state 11-12, district 13, county 14-15, municipality 16-18,
association 19-22, name 23-72, text code 123-124, area in hectares 129-139, population
140-150.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path
from typing import Final

from pyoxigraph import Literal, NamedNode, Quad

from kg import iris
from kg.errors import SourceError
from kg.vocab import DK, graph
from loaders import identity
from loaders.base import GraphLoad, LoadContext
from loaders.records import Described, source_document
from loaders.tabular import detect_encoding
from loaders.terms import QuadList, decimal_literal, integer_literal

# text codes (Textkennzeichen) → the class of the body
COUNTY_CLASSES: Final = {"41": DK.City, "42": DK.City, "43": DK.County, "44": DK.County}
MUNICIPALITY_CLASSES: Final = {"61": DK.City, "62": DK.City, "63": DK.City, "67": DK.City}
UNINHABITED: Final = {"65", "66"}  # unincorporated areas (gemeindefreie Gebiete)


def _field(line: str, start: int, end: int) -> str:
    return line[start - 1 : end].strip()


class GemeindeverzeichnisLoader:
    """Loads a GV100AD file."""

    name = "gemeindeverzeichnis"
    version = "0.1.0"
    description = "municipality reference data in Destatis' Gemeindeverzeichnis layout (GV100AD)"

    def load(self, path: Path, *, context: LoadContext) -> Iterator[GraphLoad]:
        display = context.display_path(path)
        if not path.is_file():
            raise SourceError(display, None, "no such file")
        slug = iris.slugify(path.stem) or "gv"
        target = graph(f"gemeindeverzeichnis/{slug}")
        document = iris.document(f"gemeindeverzeichnis-{slug}")
        encoding = detect_encoding(path)
        known = context.identifiers

        def stream() -> Iterator[Quad]:
            title = Literal(f"Gemeindeverzeichnis: {path.name}", language="de")
            yield from source_document(target, document, path, kind="dataset", title=title)
            described = Described(document)
            records = 0
            with path.open(encoding=encoding, newline="") as lines:
                for number, raw in enumerate(lines, start=1):
                    line = raw.rstrip("\r\n")
                    if not line.strip():
                        continue
                    out = QuadList(target)
                    _record(out, line, number, display, known, described)
                    records += 1
                    yield from out.quads
            if records == 0:
                raise SourceError(display, None, "no records: is this a GV100AD file?")
            context.warn(f"  {display}: {records} records ({encoding})")

        yield GraphLoad(
            target,
            stream(),
            document,
            (path,),
            f"Gemeindeverzeichnis: {path.name}",
            entailment_free=True,
        )


def _record(
    out: QuadList,
    line: str,
    number: int,
    path: str,
    known: identity.Identifiers,
    described: Described,
) -> None:
    kind = line[:2]
    if kind not in ("10", "20", "30", "40", "50", "60"):
        raise SourceError(path, number, f"unknown record type {kind!r} (expected 10 to 60)", 1)
    if len(line) < 72:
        raise SourceError(
            path, number, f"the record is {len(line)} characters; at least 72 expected", len(line)
        )
    stand = _field(line, 3, 10)
    if not re.fullmatch(r"\d{8}", stand):
        raise SourceError(path, number, f"reference date {stand!r} is not YYYYMMDD", 3)
    land, district, county = _field(line, 11, 12), _field(line, 13, 13), _field(line, 14, 15)
    municipality, association = _field(line, 16, 18), _field(line, 19, 22)
    name = _field(line, 23, 72)
    text_code = _field(line, 123, 124)
    if not name:
        raise SourceError(path, number, "the record has no name (columns 23-72)", 23)
    if not re.fullmatch(r"\d{2}", land):
        raise SourceError(path, number, f"state key {land!r} is not two digits", 11)

    def describe(iri: NamedNode, cls: NamedNode, key: tuple[str, str] | None) -> bool:
        """Type and label ``iri`` once, unless an earlier source owns it; True when this
        record is the one that describes it."""
        owned_elsewhere = key is not None and key in known
        fresh = described.is_new(iri) and not owned_elsewhere
        described.entity(out, iri, cls, name, known=owned_elsewhere)
        return fresh

    state = identity.municipality(f"{land}000000", known)
    if kind == "10":
        if describe(state, DK.State, ("ags", f"{land}000000")):
            out.add(state, DK.ags, Literal(f"{land}000000"))
        return
    if kind in ("20", "30"):
        area = iris.entity("place", f"region-{land}{district}{county if kind == '30' else ''}")
        if describe(area, DK.AdministrativeArea, None):
            out.add(area, DK.locatedIn, state)
        return
    if kind == "40":
        ags = f"{land}{district}{county}000"
        iri = identity.municipality(ags, known)
        if describe(iri, COUNTY_CLASSES.get(text_code, DK.County), ("ags", ags)):
            out.add(iri, DK.ags, Literal(ags))
            out.add(iri, DK.locatedIn, state)
        return
    if kind == "50":
        return  # associations of municipalities: their key is part of each municipality's ARS
    ags = f"{land}{district}{county}{municipality}"
    if not re.fullmatch(r"\d{8}", ags):
        raise SourceError(path, number, f"municipality key {ags!r} is not eight digits", 11)
    iri = identity.municipality(ags, known)
    cls = MUNICIPALITY_CLASSES.get(text_code, DK.Municipality)
    kind_class = cls if text_code not in UNINHABITED else DK.AdministrativeArea
    describe(iri, kind_class, ("ags", ags))
    if ("ags", ags) not in known:  # a county-free city: its county record described it too
        out.add(iri, DK.ags, Literal(ags))
        ars = f"{land}{district}{county}{association or '0000'}{municipality}"
        if re.fullmatch(r"\d{12}", ars):
            out.add(iri, DK.ars, Literal(ars))
        county_ags = identity.county_key(ags)
        up = state if county_ags == ags else identity.municipality(county_ags, known)
        out.add(iri, DK.locatedIn, up)
    area_text, people_text = _field(line, 129, 139), _field(line, 140, 150)
    if area_text:
        if not area_text.isdigit():
            raise SourceError(path, number, f"area {area_text!r} is not a number of hectares", 129)
        out.add(iri, DK.areaHectares, decimal_literal(Decimal(area_text)))
    if people_text:
        if not people_text.isdigit():
            raise SourceError(path, number, f"population {people_text!r} is not a number", 140)
        out.add(iri, DK.population, integer_literal(int(people_text)))
