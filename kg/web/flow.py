"""Lay out a funding-flow diagram: funder → initiative → recipient, bands sized by amount.

Amounts are drawn as honestly as the sources state them: a sure part (an exact or
approximate value, or the lower bound of "more than"/"at least") as a filled band, and
the part that is only possible (up to an upper bound) as a dashed outline; a statement
without an amount is a thin dotted band.

>>> d = layout([{"statement": {"value": "s1"}, "funder": {"value": "f"},
...     "funderLabel": {"value": "Land"}, "item": {"value": "i"},
...     "itemLabel": {"value": "Programm"}, "max": {"value": "100000"},
...     "qualifier": {"value": "up_to"}, "stated": {"value": "bis zu 100.000 Euro"},
...     "sourceTitle": {"value": "Doc"}}])
>>> [(b.sure, b.possible) for b in d.bands]
[(0.0, 100000.0)]
>>> [n.label for n in d.nodes]
['Land', 'Programm']
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any, Final

from kg.web.pages import href_of

COLUMNS: Final = (20.0, 470.0, 920.0)
NODE_WIDTH: Final = 14.0
MAX_BAND: Final = 160.0  # px for the largest amount
MIN_BAND: Final = 3.0
GAP: Final = 18.0
TOP: Final = 30.0


@dataclass
class Node:
    iri: str
    label: str
    column: int
    href: str
    y: float = 0.0
    height: float = 0.0
    used_in: float = 0.0
    used_out: float = 0.0

    @property
    def x(self) -> float:
        return COLUMNS[self.column]


@dataclass
class Band:
    statement: str
    href: str
    source: Node
    target: Node
    sure: float  # euros surely flowing (exact, approximate, or a lower bound)
    possible: float  # further euros up to a stated upper bound
    open_ended: bool  # "more than": no upper bound stated
    known: bool  # False: the source gives no amount
    stated: str
    title: str
    thickness: float = 0.0
    path: str = ""  # the whole band: sure and possible
    sure_path: str = ""  # the filled part: what surely flows
    kind: str = "sure"
    label_x: float = 0.0  # where the stated amount is written on the band
    label_y: float = 0.0


@dataclass
class Diagram:
    nodes: list[Node] = field(default_factory=list)
    bands: list[Band] = field(default_factory=list)
    height: float = 0.0
    undrawn: int = 0  # statements with neither initiative nor recipient


def _value(row: dict[str, Any], name: str) -> str | None:
    term = row.get(name)
    return None if term is None else str(term["value"])


def _amounts(row: dict[str, Any]) -> tuple[float, float, bool, bool]:
    value, low, high = (_value(row, k) for k in ("value", "min", "max"))
    qualifier = _value(row, "qualifier") or ""
    if value is None and low is None and high is None:
        return 0.0, 0.0, False, False
    if value is not None:
        if qualifier in ("more_than", "at_least"):
            return float(value), 0.0, True, True
        if qualifier in ("up_to", "less_than"):
            return 0.0, float(value), False, True
        return float(value), 0.0, False, True
    sure = float(low) if low is not None else 0.0
    possible = float(high) - sure if high is not None else 0.0
    return sure, max(possible, 0.0), high is None, True


def layout(bindings: list[dict[str, Any]]) -> Diagram:
    """The diagram of the funding statements in ``bindings`` (rows of the flow query)."""
    diagram = Diagram()
    nodes: dict[tuple[int, str], Node] = {}

    def node(column: int, row: dict[str, Any], key: str) -> Node:
        iri = _value(row, key) or ""
        found = nodes.get((column, iri))
        if found is None:
            label = _value(row, key + "Label") or iri.rsplit("/", 1)[-1]
            found = Node(iri, label, column, href_of(iri) or iri)
            nodes[(column, iri)] = found
            diagram.nodes.append(found)
        return found

    seen: set[tuple[str, str, str]] = set()
    for row in bindings:
        statement = _value(row, "statement") or ""
        sure, possible, open_ended, known = _amounts(row)
        stated = _value(row, "stated") or "ohne Betrag"
        title = f"{stated} · Quelle: {_value(row, 'sourceTitle') or ''}"
        funder = node(0, row, "funder")
        hops: list[tuple[Node, Node]] = []
        if "item" in row:
            item = node(1, row, "item")
            hops.append((funder, item))
            if "recipient" in row:
                hops.append((item, node(2, row, "recipient")))
        elif "recipient" in row:
            hops.append((funder, node(2, row, "recipient")))
        else:
            diagram.undrawn += 1
        for source, target in hops:
            key = (statement, source.iri, target.iri)
            if key in seen:
                continue
            seen.add(key)
            diagram.bands.append(
                Band(
                    statement,
                    href_of(statement) or statement,
                    source,
                    target,
                    sure,
                    possible,
                    open_ended,
                    known,
                    stated,
                    title,
                )
            )
    _place(diagram)
    return diagram


def _place(diagram: Diagram) -> None:
    largest = max((b.sure + b.possible for b in diagram.bands), default=0.0) or 1.0
    for band in diagram.bands:
        total = band.sure + band.possible
        band.thickness = max(MAX_BAND * total / largest, MIN_BAND) if band.known else MIN_BAND
        band.kind = "unknown" if not band.known else "possible" if band.sure == 0 else "sure"
    size_in: dict[int, float] = defaultdict(float)
    size_out: dict[int, float] = defaultdict(float)
    for band in diagram.bands:
        size_out[id(band.source)] += band.thickness
        size_in[id(band.target)] += band.thickness
    bottom = 0.0
    for column in range(3):
        y = TOP
        members = [n for n in diagram.nodes if n.column == column]
        members.sort(key=lambda n: -max(size_in[id(n)], size_out[id(n)]))
        for n in members:
            n.y = y
            n.height = max(size_in[id(n)], size_out[id(n)], MIN_BAND)
            y += n.height + GAP
        bottom = max(bottom, y)
    diagram.height = bottom + TOP
    for band in sorted(diagram.bands, key=lambda b: (b.source.y, b.target.y)):
        y0 = band.source.y + band.source.used_out
        y1 = band.target.y + band.target.used_in
        band.source.used_out += band.thickness
        band.target.used_in += band.thickness
        x0 = band.source.x + NODE_WIDTH
        x1 = band.target.x
        band.path = _ribbon(x0, y0, x1, y1, band.thickness)
        band.label_x = x1 - 6  # near the target, right-aligned: node labels sit elsewhere
        band.label_y = y1 + min(band.thickness, 14.0) - 2
        if band.known and band.sure > 0:
            share = band.sure / (band.sure + band.possible)
            band.sure_path = _ribbon(x0, y0, x1, y1, max(band.thickness * share, 1.0))


def _ribbon(x0: float, y0: float, x1: float, y1: float, t: float) -> str:
    """An SVG path: a band of thickness ``t`` from (x0, y0) to (x1, y1), curved."""
    middle = (x0 + x1) / 2
    return (
        f"M{x0:.1f},{y0:.1f} C{middle:.1f},{y0:.1f} {middle:.1f},{y1:.1f} {x1:.1f},{y1:.1f} "
        f"L{x1:.1f},{y1 + t:.1f} C{middle:.1f},{y1 + t:.1f} {middle:.1f},{y0 + t:.1f} "
        f"{x0:.1f},{y0 + t:.1f} Z"
    )
