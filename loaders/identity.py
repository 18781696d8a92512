"""Which entity an identifier means: the one an earlier source gave that identifier,
else an IRI minted from the identifier itself, so every source mints the same one.

>>> from pyoxigraph import NamedNode
>>> municipality("08111000", {}).value
'https://w3id.org/digikom/id/org/ags-08111000'
>>> known = {("ags", "08111000"): NamedNode("https://w3id.org/digikom/id/org/stuttgart")}
>>> municipality("08111000", known).value
'https://w3id.org/digikom/id/org/stuttgart'
>>> county_key("08115045"), state_key("08115045")
('08115000', '08000000')
"""

from __future__ import annotations

from collections.abc import Mapping

from pyoxigraph import NamedNode

from kg import iris

Identifiers = Mapping[tuple[str, str], NamedNode]


def municipality(ags: str, known: Identifiers) -> NamedNode:
    """The municipality, county or state with this 8-digit AGS."""
    return known.get(("ags", ags)) or iris.entity("org", f"ags-{ags}")


def ministry(acronym: str, known: Identifiers) -> NamedNode:
    """The ministry with this acronym (``BMBF``)."""
    return known.get(("ministry", acronym.upper())) or iris.entity("org", iris.slugify(acronym))


def county_key(ags: str) -> str:
    """The AGS of the county (or county-free city) a municipality lies in."""
    return ags[:5] + "000"


def state_key(ags: str) -> str:
    """The AGS of the state a municipality lies in."""
    return ags[:2] + "000000"
