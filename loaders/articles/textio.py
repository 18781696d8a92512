"""Reading an article file: UTF-8 text, else Latin-1/Windows-1252 with a note; never binary.

Offsets of findings are code points of the text as returned (line ends kept as they are).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Final

from kg.errors import SourceError

MAX_BYTES: Final = 50 * 1024 * 1024
_CONTROL: Final = frozenset(range(32)) - {9, 10, 12, 13}


@dataclass(frozen=True)
class Article:
    """The text of an article file and how it was decoded."""

    path: Path
    text: str
    encoding: str
    note: str | None = None


def read_article(path: Path, *, display: str | None = None) -> Article:
    """Read ``path`` as text; a :class:`SourceError` (file, line, column) when it is not text."""
    shown = display or str(path)
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise SourceError(shown, None, f"{size} bytes: larger than {MAX_BYTES} bytes")
        data = path.read_bytes()
    except OSError as error:
        raise SourceError(shown, None, f"cannot read: {error.strerror or error}") from error
    return decode(data, shown, path)


def decode(data: bytes, shown: str, path: Path | None = None) -> Article:
    """Decode article bytes (see :func:`read_article`).

    >>> decode("Straße".encode("latin-1"), "a.txt").encoding
    'cp1252'
    >>> decode(b"ab\\x00c", "b.bin")
    Traceback (most recent call last):
    ...
    kg.errors.SourceError: b.bin:1:3: binary data (byte 0x00), not an article text
    """
    where = Path(shown) if path is None else path
    bad = next((i for i, byte in enumerate(data[:65536]) if byte in _CONTROL), None)
    if bad is not None:
        line, column = _position(data, bad)
        raise SourceError(
            shown, line, f"binary data (byte 0x{data[bad]:02x}), not an article text", column
        )
    try:
        return Article(where, data.decode("utf-8-sig"), "utf-8")
    except UnicodeDecodeError as error:
        line, column = _position(data, error.start)
        note = (
            f"{shown}:{line}:{column}: not UTF-8 (byte 0x{data[error.start]:02x}); "
            "read as Windows-1252/Latin-1"
        )
    try:
        return Article(where, data.decode("cp1252"), "cp1252", note)
    except UnicodeDecodeError:
        return Article(where, data.decode("latin-1"), "latin-1", note)


def _position(data: bytes, index: int) -> tuple[int, int]:
    """1-based line and column (in bytes) of byte ``index``."""
    line = data.count(b"\n", 0, index) + 1
    column = index - (data.rfind(b"\n", 0, index) + 1) + 1
    return line, column
