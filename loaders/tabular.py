"""Reading tabular sources row by row: encodings, German numbers and dates, bad rows.

Shared by the funding-catalogue and 360Giving loaders. Rows stream: nothing holds the
whole file. A cell that cannot be read raises :class:`CellError` naming its column; the
loader turns it into a :class:`kg.errors.SourceError` with file, line and column, and
either skips the row (counting it in the load report) or, with ``strict``, fails.

>>> german_decimal("1.234.567,89")
Decimal('1234567.89')
>>> german_date("07.10.2019")
'2019-10-07'
>>> unwrap('="01234"')
'01234'
"""

from __future__ import annotations

import codecs
import csv
import datetime as dt
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Final

from kg.errors import SourceError

FALLBACK_ENCODING: Final = "iso-8859-15"
MAX_REPORTED: Final = 20  # bad rows described one by one in the load report


class CellError(ValueError):
    """A cell that cannot be read; ``column`` is its header name."""

    def __init__(self, column: str, message: str, index: int | None = None) -> None:
        super().__init__(message)
        self.column = column
        self.message = message
        self.index = index  # 0-based, when the column's name is not unique


def detect_encoding(path: Path) -> str:
    """``utf-8-sig`` when the whole file is valid UTF-8, else ISO-8859-15 (read in blocks)."""
    decoder = codecs.getincrementaldecoder("utf-8")()
    with path.open("rb") as stream:
        try:
            for block in iter(lambda: stream.read(1 << 20), b""):
                decoder.decode(block)
            decoder.decode(b"", final=True)
        except UnicodeDecodeError:
            return FALLBACK_ENCODING
    return "utf-8-sig"


def unwrap(cell: str) -> str:
    """A cell without the spreadsheet-export wrapper ``="…"`` and surrounding blanks."""
    return _unwrapped([cell])[0]


def _unwrapped(cells: list[str]) -> list[str]:
    """:func:`unwrap` of every cell of a row (inlined: rows have dozens of cells)."""
    out = []
    for cell in cells:
        cell = cell.strip()
        if cell.startswith('="') and cell.endswith('"'):
            cell = cell[2:-1].strip()
        out.append(cell)
    return out


def german_decimal(text: str, column: str = "") -> Decimal:
    """A number written the German way (``1.234,5``) or plainly (``1234.5``)."""
    value = text.strip().replace(" ", "").replace("\u00a0", "")
    if "," in value:
        value = value.replace(".", "").replace(",", ".")
    elif re.fullmatch(r"\d{1,3}(\.\d{3})+", value):
        value = value.replace(".", "")
    try:
        number = Decimal(value)
    except InvalidOperation:
        raise CellError(column, f"{text!r} is not a number") from None
    if not number.is_finite():
        raise CellError(column, f"{text!r} is not a number")
    return number


_DATE: Final = re.compile(r"(\d{1,2})\.(\d{1,2})\.(\d{4})")


def german_date(text: str, column: str = "") -> str:
    """``DD.MM.YYYY`` (or ISO ``YYYY-MM-DD``) as an ISO date string."""
    text = text.strip()
    match = _DATE.fullmatch(text)
    if match:
        day, month, year = (int(g) for g in match.groups())
    else:
        iso = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})(?:T.*)?", text)
        if not iso:
            raise CellError(column, f"{text!r} is not a date (DD.MM.YYYY)")
        year, month, day = (int(g) for g in iso.groups())
    try:
        valid = dt.date(year, month, day)
    except ValueError:
        raise CellError(column, f"{text!r} is not a valid date") from None
    return valid.isoformat()


@dataclass(frozen=True)
class Row:
    """One data row: its first line in the file, and its cells."""

    line: int
    cells: list[str]


def read_rows(path: Path, *, delimiter: str) -> tuple[list[str], Iterator[Row]]:
    """The header (cells unwrapped) and an iterator of the data rows of a CSV file.

    The header is read at once (so a wrong file is refused before anything is loaded);
    the rows are read, from a second opening of the file, as they are consumed.
    """
    encoding = detect_encoding(path)
    with path.open(encoding=encoding, newline="") as stream:
        try:
            header = _unwrapped(next(csv.reader(stream, delimiter=delimiter)))
        except StopIteration:
            raise SourceError(path, 1, "the file is empty; expected a header row") from None
        except csv.Error as error:
            raise SourceError(path, 1, f"the header cannot be read: {error}") from None

    def rows() -> Iterator[Row]:
        with path.open(encoding=encoding, newline="") as stream:
            reader = csv.reader(stream, delimiter=delimiter)
            next(reader)
            previous = reader.line_num
            while True:
                try:
                    cells = next(reader)
                except StopIteration:
                    return
                except csv.Error as error:
                    raise SourceError(path, previous + 1, f"malformed CSV: {error}") from None
                line = previous + 1
                previous = reader.line_num
                if not any(cell.strip() for cell in cells):
                    continue
                yield Row(line, _unwrapped(cells))

    return header, rows()


@dataclass
class BadRows:
    """Rows skipped because a cell could not be read; fails at once when ``strict``."""

    path: Path
    strict: bool
    count: int = 0
    examples: list[str] = field(default_factory=list)

    def skip(self, line: int, header: list[str], error: CellError) -> None:
        if error.index is not None:
            column: int | None = error.index + 1
        else:
            column = header.index(error.column) + 1 if error.column in header else None
        problem = SourceError(
            self.path, line, f"column {error.column!r}: {error.message}", column=column
        )
        if self.strict:
            raise problem
        self.count += 1
        if len(self.examples) < MAX_REPORTED:
            self.examples.append(str(problem))

    def summary(self) -> str | None:
        """One paragraph for the load report, or None when no row was skipped."""
        if not self.count:
            return None
        more = self.count - len(self.examples)
        lines = [f"{self.path}: skipped {self.count} bad row(s) (use --strict to fail instead)"]
        lines += [f"  {example}" for example in self.examples]
        if more > 0:
            lines.append(f"  … and {more} more")
        return "\n".join(lines)
