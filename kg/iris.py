"""Minting instance IRIs: the one place that decides what an IRI looks like.

>>> entity("org", "gemeindetag-bw").value
'https://w3id.org/digikom/id/org/gemeindetag-bw'
>>> fact("doc-a", "f1").value
'https://w3id.org/digikom/id/fact/doc-a/f1'
>>> slugify("Städtetag Baden-Württemberg")
'staedtetag-baden-wuerttemberg'
"""

from __future__ import annotations

import functools
import re
import unicodedata
from typing import Final

from pyoxigraph import NamedNode

from kg.vocab import GENID_NS, ID_NS, graph

SLUG_RE: Final = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
ENTITY_KINDS: Final = ("org", "person", "initiative", "place")
_TRANSLIT: Final = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss"})


def is_slug(text: str) -> bool:
    """Whether ``text`` is a valid id: lower-case ASCII words joined by single hyphens."""
    return bool(SLUG_RE.match(text))


@functools.lru_cache(maxsize=1 << 16)  # tabular sources repeat names row after row
def slugify(text: str) -> str:
    """A slug for free text, German umlauts spelled out."""
    text = text.lower().translate(_TRANSLIT)
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", text).strip("-")


def entity(kind: str, slug: str) -> NamedNode:
    """IRI of an organisation, person, initiative or place."""
    return NamedNode(f"{ID_NS}{kind}/{slug}")


def grant(slug: str) -> NamedNode:
    """IRI of a grant of a funding catalogue or grant file (a funding statement)."""
    return NamedNode(f"{ID_NS}grant/{slug}")


def document(slug: str) -> NamedNode:
    """IRI of a source document."""
    return NamedNode(f"{ID_NS}doc/{slug}")


def fact(document_slug: str, fact_slug: str) -> NamedNode:
    """IRI of a fact stated in a document."""
    return NamedNode(f"{ID_NS}fact/{document_slug}/{fact_slug}")


def part(parent: NamedNode, *path: str) -> NamedNode:
    """IRI of a node that belongs to another (an amount, a count, an evidence)."""
    return NamedNode("/".join((parent.value, *path)))


def document_graph(slug: str) -> NamedNode:
    """Named graph holding the facts of one source document."""
    return graph(f"doc/{slug}")


def load(graph_iri: NamedNode) -> NamedNode:
    """IRI of the load activity that produced a named graph."""
    return NamedNode(f"{ID_NS}load/{graph_slug(graph_iri)}")


def loader(name: str) -> NamedNode:
    """IRI of a loader (a PROV software agent)."""
    return NamedNode(f"{ID_NS}loader/{name}")


def source_file(sha256: str) -> NamedNode:
    """IRI of a source file, identified by its content."""
    return NamedNode(f"{ID_NS}source-file/{sha256}")


def graph_slug(graph_iri: NamedNode) -> str:
    """The part of a graph IRI after the graph namespace, as a slug."""
    return slugify(graph_iri.value.rsplit("/graph/", 1)[-1])


def skolem(scope: str, label: str) -> NamedNode:
    """A stable IRI standing for a blank node ``label`` of a source ``scope``."""
    return NamedNode(f"{GENID_NS}{scope}/{label}")
