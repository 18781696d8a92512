"""360Giving grant data (CSV with the standard's column titles, or JSON) → grants.

``kg build --source 360giving:FILE.csv`` (or ``.json``). Each grant becomes a ``dk:Grant``
with its funding organisation as funder, the recipient organisation, the grant programme
as the funded initiative (else the grant's own project), the amount awarded in its
currency, the award date and the planned dates. Organisations are identified by their
org-id (``XI-…``, ``GB-CHC-…``), so the same org-id in two files is one entity.

Both forms stream (JSON through ijson); a grant with an unreadable field is skipped and
counted, or fails the load with ``--strict``, with its line (CSV) or position (JSON).
"""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path
from typing import Any, Final

import ijson  # type: ignore[import-untyped]
from pyoxigraph import Literal, NamedNode, Quad

from kg import iris
from kg.errors import SourceError
from kg.vocab import DK, RDFS, graph
from loaders import records
from loaders.base import GraphLoad, LoadContext
from loaders.records import Described, source_document
from loaders.tabular import BadRows, CellError, german_date, german_decimal, read_rows
from loaders.terms import QuadList, date_literal

# the standard's CSV column titles → the JSON paths they flatten
COLUMNS: Final = {
    "Identifier": "id",
    "Title": "title",
    "Currency": "currency",
    "Amount Awarded": "amountAwarded",
    "Award Date": "awardDate",
    "Recipient Org:Identifier": "recipient.id",
    "Recipient Org:Name": "recipient.name",
    "Funding Org:Identifier": "funder.id",
    "Funding Org:Name": "funder.name",
    "Grant Programme:Code": "programme.code",
    "Grant Programme:Title": "programme.title",
    "Planned Dates:Start Date": "start",
    "Planned Dates:End Date": "end",
}
REQUIRED: Final = ("Identifier", "Amount Awarded", "Funding Org:Identifier", "Currency")
PROGRESS_EVERY: Final = 50_000  # grants between progress lines on long loads


def _first(value: Any) -> dict[str, Any]:
    """360Giving JSON wraps single organisations and programmes in lists."""
    if isinstance(value, list):
        return value[0] if value and isinstance(value[0], dict) else {}
    return value if isinstance(value, dict) else {}


def _flatten(grant: dict[str, Any]) -> dict[str, str]:
    """A JSON grant as the flat fields of its CSV form."""
    recipient = _first(grant.get("recipientOrganization"))
    funder = _first(grant.get("fundingOrganization"))
    programme = _first(grant.get("grantProgramme"))
    dates = _first(grant.get("plannedDates"))
    flat = {
        "id": grant.get("id"),
        "title": grant.get("title"),
        "currency": grant.get("currency"),
        "amountAwarded": grant.get("amountAwarded"),
        "awardDate": grant.get("awardDate"),
        "recipient.id": recipient.get("id"),
        "recipient.name": recipient.get("name"),
        "funder.id": funder.get("id"),
        "funder.name": funder.get("name"),
        "programme.code": programme.get("code"),
        "programme.title": programme.get("title"),
        "start": dates.get("startDate"),
        "end": dates.get("endDate"),
    }
    return {k: str(v).strip() for k, v in flat.items() if v is not None and str(v).strip()}


class Giving360Loader:
    """Loads a 360Giving grants file (CSV or JSON)."""

    name = "360giving"
    version = "0.1.0"
    description = "360Giving grant data: CSV with the standard's column titles, or JSON"

    def load(self, path: Path, *, context: LoadContext) -> Iterator[GraphLoad]:
        display = context.display_path(path)
        if not path.is_file():
            raise SourceError(display, None, "no such file")
        slug = iris.slugify(path.stem) or "grants"
        target = graph(f"360giving/{slug}")
        document = iris.document(f"360giving-{slug}")
        bad = BadRows(Path(display), context.strict)
        records = self._records(path, display)
        emitter = _Emitter(target, document)

        def stream() -> Iterator[Quad]:
            yield from emitter.document(path)
            for number, (position, fields, header) in enumerate(records, start=1):
                if number % PROGRESS_EVERY == 0:
                    context.warn(f"  {display}: {number:,} grants read")
                try:
                    quads = emitter.grant(fields, position)
                except CellError as error:
                    bad.skip(position, header, error)
                    continue
                yield from quads
            summary = bad.summary()
            if summary:
                context.warn(summary)
            context.warn(f"  {display}: {emitter.grants} grants")

        yield GraphLoad(
            target, stream(), document, (path,), f"360Giving: {path.name}", entailment_free=True
        )

    def _records(self, path: Path, display: str) -> Iterator[tuple[int, dict[str, str], list[str]]]:
        if path.suffix.lower() == ".json":
            return self._json(path, display)
        header, rows = read_rows(path, delimiter=",")
        missing = [name for name in REQUIRED if name not in header]
        if missing:
            raise SourceError(display, 1, f"missing 360Giving column(s) {', '.join(missing)}")
        index = {COLUMNS[name]: header.index(name) for name in COLUMNS if name in header}
        names = {key: name for name, key in COLUMNS.items()}

        def rows_as_fields() -> Iterator[tuple[int, dict[str, str], list[str]]]:
            for row in rows:
                fields = {
                    key: row.cells[i]
                    for key, i in index.items()
                    if i < len(row.cells) and row.cells[i]
                }
                yield row.line, {f"@{k}": names[k] for k in fields} | fields, header

        return rows_as_fields()

    def _json(self, path: Path, display: str) -> Iterator[tuple[int, dict[str, str], list[str]]]:
        def grants() -> Iterator[tuple[int, dict[str, str], list[str]]]:
            with path.open("rb") as stream:
                try:
                    for number, grant in enumerate(ijson.items(stream, "grants.item"), start=1):
                        if not isinstance(grant, dict):
                            raise SourceError(display, None, f"grant {number} is not an object")
                        yield number, _flatten(grant), []
                except ijson.JSONError as error:
                    raise SourceError(display, None, f"malformed JSON: {error}") from None

        return grants()


class _Emitter:
    def __init__(self, target: NamedNode, document: NamedNode) -> None:
        self.target = target
        self.doc = document
        self.described = Described(document)
        self.seen: set[str] = set()
        self.grants = 0

    def document(self, path: Path) -> list[Quad]:
        title = Literal(f"360Giving: {path.name}", language="en")
        return source_document(self.target, self.doc, path, kind="dataset", title=title)

    def grant(self, fields: dict[str, str], position: int) -> list[Quad]:
        def column(key: str) -> str:
            return fields.get(f"@{key}", key)

        grant_id = fields.get("id")
        if not grant_id:
            raise CellError(column("id"), "the grant has no Identifier")
        if grant_id in self.seen:
            raise CellError(column("id"), f"grant {grant_id!r} appears twice")
        funder_id = fields.get("funder.id")
        if not funder_id:
            raise CellError(column("funder.id"), "the grant has no funding organisation")
        amount_text = fields.get("amountAwarded", "")
        if not amount_text:
            raise CellError(column("amountAwarded"), "the grant has no amount awarded")
        amount = _number(amount_text, column("amountAwarded"))
        currency = fields.get("currency", "")
        if len(currency) != 3 or not currency.isalpha():
            raise CellError(column("currency"), f"{currency!r} is not an ISO 4217 currency code")
        dates = {
            key: german_date(fields[key], column(key))
            for key in ("awardDate", "start", "end")
            if key in fields
        }
        self.seen.add(grant_id)
        self.grants += 1
        out = QuadList(self.target)
        grant = iris.grant(f"360-{iris.slugify(grant_id)}")
        records.grant(out, grant, grant_id, self.doc, position)
        funder = iris.entity("org", f"orgid-{iris.slugify(funder_id)}")
        out.add(
            grant,
            DK.funder,
            self.described.entity(
                out, funder, DK.Organisation, fields.get("funder.name", funder_id)
            ),
        )
        recipient_id = fields.get("recipient.id")
        if recipient_id:
            recipient = iris.entity("org", f"orgid-{iris.slugify(recipient_id)}")
            name = fields.get("recipient.name", recipient_id)
            out.add(
                grant, DK.recipient, self.described.entity(out, recipient, DK.Organisation, name)
            )
        programme = fields.get("programme.code") or fields.get("programme.title")
        if programme:
            slug = iris.slugify(f"{funder_id}-{programme}")[:100].strip("-")
            item = iris.entity("initiative", f"programme-{slug}")
            label = fields.get("programme.title", programme)
            out.add(grant, DK.fundedItem, self.described.entity(out, item, DK.Programme, label))
        elif "title" in fields:
            item = iris.entity("initiative", f"grant-{iris.slugify(grant_id)}")
            out.add(
                grant, DK.fundedItem, self.described.entity(out, item, DK.Project, fields["title"])
            )
        if "title" in fields:
            out.add(grant, RDFS.label, Literal(fields["title"], language="de"))
        records.exact_amount(out, grant, amount, currency.upper(), f"{amount_text} {currency}")
        for key, prop in (("awardDate", DK.date), ("start", DK.startDate), ("end", DK.endDate)):
            if key in dates:
                out.add(grant, prop, date_literal(dates[key]))
        return out.quads


def _number(text: str, column: str) -> Decimal:
    """A plain number (``1234.50``) as 360Giving writes it; German spelling tolerated."""
    try:
        value = Decimal(text)
    except ArithmeticError:
        return german_decimal(text, column)
    if not value.is_finite() or value < 0:
        raise CellError(column, f"{text!r} is not a non-negative amount")
    return value
