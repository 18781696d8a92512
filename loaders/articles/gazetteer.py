"""The gazetteer: every label, alternative name, acronym and former name the graph knows.

Built from a store (a built release, or the curated facts and ontology loaded in memory);
matches the longest known name at each word of a text, through :mod:`normalise` keys.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from itertools import compress
from pathlib import Path

from pyoxigraph import Literal, NamedNode, QuerySolutions, Store
from rapidfuzz import fuzz, process

from kg import resources
from kg.vocab import DK_NS, FOAF_NS, ID_NS, RDFS_NS, SKOS_NS
from loaders.articles.normalise import Tokens, key
from loaders.base import LoadContext

COARSE: tuple[tuple[str, str], ...] = (
    ("Person", "Person"),
    ("Law", "Law"),
    ("Event", "Event"),
    ("Initiative", "Initiative"),
    ("Organisation", "Organisation"),
    ("Actor", "Organisation"),
    ("Place", "Place"),
)
_FUZZY_CACHE = 50_000
_CLOSE = 92
"""Least rapidfuzz ratio (0-100) between the keys of a found name and a known name."""
# How much a kind of name counts when two entities share a key.
_RANK = {"label": 3, "name": 3, "acronym": 2, "alt": 2, "former": 1, "derived": 0}


@dataclass(frozen=True, slots=True)
class Entry:
    """One known name of an entity."""

    entity: str
    label: str
    cls: str
    kind: str | None
    rank: int
    acronym: bool
    requires: str | None = None
    """For a short form: the place its full name ends in, which the text must name too."""


@dataclass
class _Node:
    children: dict[str, _Node] = field(default_factory=dict)
    entry: Entry | None = None


@dataclass(frozen=True, slots=True)
class Match:
    """A known name found in a text: token span, character span and the entry."""

    first: int
    last: int
    start: int
    end: int
    entry: Entry


class Gazetteer:
    """Names → entities, matched word by word with the longest name winning."""

    def __init__(self, entries: list[tuple[str, Entry]]) -> None:
        self.root = _Node()
        self.by_key: dict[str, Entry] = {}
        self.labels: dict[str, str] = {}
        self.classes: dict[str, str] = {}
        ambiguous: set[str] = set()
        keyed = [(key(name), entry) for name, entry in entries]
        for name_key, entry in [*keyed, *_without_places(keyed)]:
            if not name_key:
                continue
            self.labels.setdefault(entry.entity, entry.label)
            self.classes.setdefault(entry.entity, entry.cls)
            known = self.by_key.get(name_key)
            if known is None or known.rank < entry.rank:
                self.by_key[name_key] = entry
                ambiguous.discard(name_key)
            elif known.entity != entry.entity and known.rank == entry.rank:
                ambiguous.add(name_key)
        for name_key in ambiguous:
            del self.by_key[name_key]
        self._fuzzy: dict[tuple[str, str], Entry | None] = {}
        self.links: dict[tuple[str, str, str], tuple[str, str, str | None, str | None, float]] = {}
        """What names found by pattern link to (label, class, entity, kind, confidence), by
        name, class and kind: kept by :func:`loaders.articles.discover._linked`, bounded."""
        self._keys_of: dict[str, list[str]] = {}
        self._of_kind: dict[str, Entry | None] = {}
        for name_key, entry in self.by_key.items():
            node = self.root
            for part in name_key.split(" "):
                node = node.children.setdefault(part, _Node())
            node.entry = entry

    @classmethod
    def from_store(cls, store: Store, *, skip: str | None = None) -> Gazetteer:
        """Every name of an instance in ``store`` (any graph), typed through the ontology.

        Entities whose IRI starts with ``skip`` are left out (those of an article that is
        about to be replaced).
        """
        return cls([e for e in _entries(store) if skip is None or not e[1].entity.startswith(skip)])

    @classmethod
    def from_curated(cls, folder: Path | None = None) -> Gazetteer:
        """The names of the bundled curated facts (or ``folder``), loaded in memory."""
        # Imported here: kg.ontology imports the loaders package, which registers this one.
        from kg.ontology import ontology_quads, ontology_store
        from loaders.curated import CuratedLoader

        ontology = ontology_quads()
        context = LoadContext(ontology=ontology_store(ontology))
        store = Store()
        store.extend(ontology)
        for load in CuratedLoader().load(folder or resources.curated_dir(), context=context):
            store.extend(load.quads)
        return cls.from_store(store)

    def of_kind(self, kind: str) -> Entry | None:
        """The one entity of ``kind`` (e.g. the federation), if the graph knows exactly one."""
        if kind not in self._of_kind:  # the names do not change: each kind is looked for once
            found = {e.entity: e for e in self.by_key.values() if e.kind == kind}
            self._of_kind[kind] = next(iter(found.values())) if len(found) == 1 else None
        return self._of_kind[kind]

    def lookup(self, name: str) -> Entry | None:
        """The entry whose key equals the key of ``name``."""
        return self.by_key.get(key(name))

    def closest(self, name: str, cls: str) -> Entry | None:
        """The entry of class ``cls`` whose key is nearly that of ``name`` (a typo, a dropped
        letter), for names found by pattern; ``None`` unless one is clearly close."""
        name_key = key(name)
        if len(self._fuzzy) > _FUZZY_CACHE:
            self._fuzzy.clear()  # bounded, so memory stays flat over any number of articles
        if (name_key, cls) not in self._fuzzy:
            keys = self._keys_of.get(cls)
            if keys is None:  # (the names do not change: each class's keys are listed once)
                keys = [k for k, e in self.by_key.items() if e.cls == cls and e.rank > 0]
                self._keys_of[cls] = keys
            best = process.extractOne(name_key, keys, scorer=fuzz.ratio, score_cutoff=_CLOSE)
            self._fuzzy[name_key, cls] = None if best is None else self.by_key[best[0]]
        return self._fuzzy[name_key, cls]

    def find(self, tokens: Tokens) -> Iterator[Match]:
        """The longest known names in ``tokens``, left to right, not overlapping."""
        norms, roots = tokens.norms, self.root.children
        n, after = len(norms), 0
        # only tokens that begin a known name are tried (picked out in C, not token by token)
        for i in compress(range(n), map(roots.__contains__, norms)):
            if i < after:
                continue  # inside the name found last
            node: _Node | None = roots[norms[i]]
            best, j = None, i
            while node is not None:
                if node.entry is not None and _case_fits(node.entry, tokens.words[i : j + 1]):
                    best = Match(i, j, tokens.starts[i], tokens.end(j), node.entry)
                j += 1
                if j >= n:
                    break
                node = node.children.get(norms[j])
            if best is not None:
                yield best
                after = best.last + 1


_PLACE_KINDS = ("state", "country", "place")
_LINKS = ("in", "im", "in der")


def _without_places(keyed: list[tuple[str, Entry]]) -> list[tuple[str, Entry]]:
    """Short forms of names that end in a place ("Ausbau des schnellen Internets in X").

    They rank below every stated name, and need two words at least ("Land X" stays whole).
    """
    places = {k: entry.entity for k, entry in keyed if entry.kind in _PLACE_KINDS and k}
    derived = []
    for name_key, entry in keyed:
        if entry.kind in _PLACE_KINDS or entry.rank < 2:
            continue
        for place, place_entity in places.items():
            if name_key.endswith(" " + place):
                short = name_key[: -len(place) - 1]
                for link in _LINKS:
                    short = short.removesuffix(" " + link)
                if len(short.split(" ")) >= 2:
                    short_form = replace(entry, rank=_RANK["derived"], requires=place_entity)
                    derived.append((short, short_form))
    return derived


def _case_fits(entry: Entry, words: list[str]) -> bool:
    """One-word names must look like names: capitalised, acronyms in capitals."""
    if len(words) > 1:
        return True
    word = words[0]
    if entry.acronym:
        return word[:1].isupper() and sum(c.isupper() for c in word) >= 2
    return not entry.label[:1].isupper() or word[:1].isupper()


_QUERY = f"""
SELECT DISTINCT ?e ?name ?how WHERE {{
  {{ GRAPH ?g {{ ?e ?p ?name }}
     VALUES (?p ?how) {{ (<{RDFS_NS}label> "label") (<{SKOS_NS}prefLabel> "label")
                         (<{SKOS_NS}altLabel> "alt") (<{DK_NS}acronym> "acronym")
                         (<{FOAF_NS}name> "name") }} }}
  UNION
  {{ GRAPH ?g {{ ?e <{DK_NS}formerName> ?f }} GRAPH ?h {{ ?f <{RDFS_NS}label> ?name }}
     BIND("former" AS ?how) }}
  FILTER(STRSTARTS(STR(?e), "{ID_NS}") && (LANG(?name) = "" || LANGMATCHES(LANG(?name), "de")))
}}"""


def _entries(store: Store) -> Iterator[tuple[str, Entry]]:
    classes = _coarse_classes(store)
    kinds = _kinds(store)
    names: dict[str, list[tuple[str, str]]] = {}
    rows = store.query(_QUERY)
    assert isinstance(rows, QuerySolutions)
    for row in rows:
        entity, name, how = row["e"], row["name"], row["how"]
        assert isinstance(entity, NamedNode)
        assert isinstance(name, Literal)
        assert isinstance(how, Literal)
        if entity.value in classes:
            names.setdefault(entity.value, []).append((name.value, how.value))
    for entity, known in sorted(names.items()):
        label = _canonical(known)
        cls, kind = classes[entity], kinds.get(entity)
        for name, how in sorted(known):
            acronym = how == "acronym" or (name.isupper() and len(name) <= 6)
            yield name, Entry(entity, label, cls, kind, _RANK[how], acronym)


def _canonical(names: list[tuple[str, str]]) -> str:
    for wanted in ("label", "name"):
        for name, how in sorted(names):
            if how == wanted:
                return name
    return sorted(names)[0][0]


def _coarse_classes(store: Store) -> dict[str, str]:
    """Entity IRI → Organisation, Person, Place, Initiative, Event or Law."""
    supers: dict[str, set[str]] = {}
    for child, parent in _pairs(store, NamedNode(RDFS_NS + "subClassOf")):
        supers.setdefault(child, set()).add(parent)
    result: dict[str, str] = {}
    for entity, cls in _pairs(store, NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")):
        if not entity.startswith(ID_NS):
            continue
        ancestors = _ancestors(cls, supers)
        for local, coarse in COARSE:
            if DK_NS + local in ancestors:
                if _order(coarse) < _order(result.get(entity)):
                    result[entity] = coarse
                break
    return result


def _pairs(store: Store, predicate: NamedNode) -> Iterator[tuple[str, str]]:
    """(subject, object) IRIs of every statement with ``predicate``, in any graph."""
    for quad in store.quads_for_pattern(None, predicate, None, None):
        if isinstance(quad.subject, NamedNode) and isinstance(quad.object, NamedNode):
            yield quad.subject.value, quad.object.value


def _order(coarse: str | None) -> int:
    names = [c for _, c in COARSE]
    return names.index(coarse) if coarse in names else len(names)


def _ancestors(cls: str, supers: dict[str, set[str]]) -> set[str]:
    seen, todo = {cls}, [cls]
    while todo:
        for parent in supers.get(todo.pop(), ()):
            if parent not in seen:
                seen.add(parent)
                todo.append(parent)
    return seen


def _kinds(store: Store) -> dict[str, str]:
    return {s: o.rsplit("/", 1)[-1] for s, o in _pairs(store, NamedNode(DK_NS + "kind"))}
