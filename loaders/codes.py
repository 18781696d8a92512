"""The SKOS code lists of the ontology, read from the ontology store.

Loaders check codes against these instead of keeping their own copies.
"""

from __future__ import annotations

from dataclasses import dataclass

from pyoxigraph import NamedNode, QuerySolutions, Store

from kg.vocab import CODE_NS, DK_NS, SKOS_NS


@dataclass(frozen=True)
class CodeLists:
    """Codes per scheme, and the class each kind code stands for."""

    codes: dict[str, frozenset[str]]
    kind_classes: dict[NamedNode, NamedNode]

    @classmethod
    def from_store(cls, ontology: Store) -> CodeLists:
        """Read every ``skos:Concept`` under the code namespace from ``ontology``."""
        rows = ontology.query(
            f"""SELECT ?concept ?class WHERE {{
                ?concept <{SKOS_NS}inScheme> ?scheme .
                OPTIONAL {{ ?concept <{DK_NS}kindClass> ?class }}
                FILTER STRSTARTS(STR(?concept), "{CODE_NS}")
            }}"""
        )
        assert isinstance(rows, QuerySolutions)
        codes: dict[str, set[str]] = {}
        kind_classes: dict[NamedNode, NamedNode] = {}
        for row in rows:
            concept = row["concept"]
            assert isinstance(concept, NamedNode)
            scheme, code = concept.value[len(CODE_NS) :].split("/", 1)
            codes.setdefault(scheme, set()).add(code)
            kind_class = row["class"]
            if isinstance(kind_class, NamedNode):
                kind_classes[concept] = kind_class
        return cls({k: frozenset(v) for k, v in codes.items()}, kind_classes)

    def check(self, scheme: str, code: str) -> str | None:
        """``None`` when ``code`` is in ``scheme``, else a message listing the valid codes."""
        valid = self.codes.get(scheme, frozenset())
        if code in valid:
            return None
        return f"unknown {scheme} code {code!r}; use one of: {', '.join(sorted(valid))}"
