"""The closed vocabulary module agrees with the Turtle ontology and code lists."""

from __future__ import annotations

import re

import pytest
import rdflib
from rdflib.namespace import OWL, RDF, RDFS, SKOS

from kg import resources
from kg.vocab import CODE_NS, DK, DK_NS


def _ontology() -> rdflib.Graph:
    graph = rdflib.Graph()
    for path in resources.ontology_files():
        graph.parse(path, format="turtle")
    return graph


ONTOLOGY = _ontology()
DK_TERMS = sorted((name, term) for name, term in vars(DK).items() if not name.startswith("_"))


def declared(iri: str) -> bool:
    node = rdflib.URIRef(iri)
    kinds = {OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty, OWL.AnnotationProperty}
    return any((node, RDF.type, kind) in ONTOLOGY for kind in kinds)


@pytest.mark.parametrize(("name", "term"), DK_TERMS, ids=[name for name, _ in DK_TERMS])
def test_every_vocab_term_is_declared_with_labels_in_de_and_en(name: str, term: object) -> None:
    iri = rdflib.URIRef(term.value)  # type: ignore[attr-defined]
    assert declared(iri), f"dk:{name} is not declared in ontology/digikom.ttl"
    for prop in (RDFS.label, RDFS.comment):
        languages = {o.language for o in ONTOLOGY.objects(iri, prop)}
        assert {"de", "en"} <= languages, f"dk:{name} lacks {prop} in de or en"


def test_every_declared_term_is_in_the_vocab_module() -> None:
    values = {term.value for _, term in DK_TERMS}
    for kind in (OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty):
        for term in ONTOLOGY.subjects(RDF.type, kind):
            if str(term).startswith(DK_NS):
                assert str(term) in values, f"{term} is declared but missing from kg/vocab.py"


def test_every_dk_term_used_in_queries_and_ontology_is_declared() -> None:
    texts = [p.read_text() for p in resources.queries_dir().glob("*.rq")]
    texts += [resources.shapes_file().read_text()]
    texts += [p.read_text() for p in resources.ontology_files()]
    used = {m for text in texts for m in re.findall(r"\bdk:([A-Za-z][A-Za-z0-9]*)", text)}
    undeclared = sorted(name for name in used if not declared(DK_NS + name))
    assert undeclared == []


def test_code_lists_have_notation_and_labels() -> None:
    concepts = [c for c in ONTOLOGY.subjects(SKOS.inScheme, None) if str(c).startswith(CODE_NS)]
    assert len(concepts) > 50
    for concept in concepts:
        notation = ONTOLOGY.value(concept, SKOS.notation)
        assert str(concept).endswith("/" + str(notation))
        languages = {label.language for label in ONTOLOGY.objects(concept, SKOS.prefLabel)}
        assert {"de", "en"} <= languages, concept


def test_ontology_has_metadata() -> None:
    ontology = rdflib.URIRef("https://w3id.org/digikom/ontology")
    assert (ontology, RDF.type, OWL.Ontology) in ONTOLOGY
    assert ONTOLOGY.value(ontology, OWL.versionIRI) is not None
    titles = {t.language for t in ONTOLOGY.objects(ontology, rdflib.DCTERMS.title)}
    assert {"de", "en"} <= titles
    licence = ONTOLOGY.value(ontology, rdflib.DCTERMS.license)
    assert str(licence) == "http://dcat-ap.de/def/licenses/dl-by-de/2.0"
