"""The SHACL shapes hold on the curated data and catch each kind of broken data."""

from __future__ import annotations

import pytest
from pyoxigraph import Quad, RdfFormat, Store, parse

from kg.materialise import materialise
from kg.ontology import ontology_quads
from kg.validate import Violation, check
from kg.vocab import graph

PREFIXES = """
@prefix dk: <https://w3id.org/digikom/ontology#> .
@prefix schema: <https://schema.org/> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix foaf: <http://xmlns.com/foaf/0.1/> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
@prefix oa: <http://www.w3.org/ns/oa#> .
@prefix dcterms: <http://purl.org/dc/terms/> .
@prefix q: <https://w3id.org/digikom/code/qualifier/> .
@prefix sc: <https://w3id.org/digikom/code/scope/> .
@prefix dkind: <https://w3id.org/digikom/code/document-kind/> .
@prefix ok: <https://w3id.org/digikom/code/occurrence-kind/> .
@prefix ex: <https://w3id.org/digikom/id/test/> .
ex:doc a dk:SourceDocument ; dcterms:title "Doc"@de ; dk:documentKind dkind:news_article ;
  dk:mentions ex:org .
ex:org a dk:Organisation ; rdfs:label "Org"@de .
ex:at a oa:SpecificResource ; oa:hasSource ex:doc ; dk:paragraph 1 .
"""

GOOD_AMOUNT = 'schema:minValue 800000.0 ; schema:currency "EUR" ; dk:qualifier q:more_than ; dk:scope sc:total'

CASES = {
    "value and bound together": f"ex:a a dk:MonetaryAmount ; {GOOD_AMOUNT} ; schema:value 5.0 .",
    "no currency": "ex:a a dk:MonetaryAmount ; schema:minValue 1.0 ; dk:qualifier q:more_than ; dk:scope sc:total .",
    "up_to with a value": 'ex:a a dk:MonetaryAmount ; schema:value 1.0 ; schema:currency "EUR" ; dk:qualifier q:up_to ; dk:scope sc:total .',
    "min above max": 'ex:a a dk:MonetaryAmount ; schema:minValue 9.0 ; schema:maxValue 1.0 ; schema:currency "EUR" ; dk:qualifier q:exact ; dk:scope sc:total .',
    "negative amount": 'ex:a a dk:MonetaryAmount ; schema:value -1.0 ; schema:currency "EUR" ; dk:qualifier q:exact ; dk:scope sc:total .',
    "AGS of 7 digits": 'ex:org dk:ags "0811100" .',
    "date as dateTime": 'ex:f a dk:Occurrence ; dk:source ex:doc ; dk:evidence ex:at ; dk:date "2019-01-01T00:00:00"^^xsd:dateTime .',
    "fact without source": "ex:f a dk:PartOfStatement ; dk:evidence ex:at .",
    "organisation without German label": 'ex:org2 a dk:Organisation ; rdfs:label "Org"@en ; dk:mentionedIn ex:doc .',
    "person without name": "ex:p a dk:Person ; dk:mentionedIn ex:doc .",
    "funding without funder": f"ex:f a dk:FundingStatement ; dk:source ex:doc ; dk:evidence ex:at ; dk:amount ex:a . ex:a a dk:MonetaryAmount ; {GOOD_AMOUNT} .",
}


def violations(turtle: str) -> list[Violation]:
    store = Store()
    store.extend(ontology_quads())
    target = graph("test")
    store.extend(
        Quad(t.subject, t.predicate, t.object, target)
        for t in parse(PREFIXES + turtle, format=RdfFormat.TURTLE)
    )
    materialise(store)
    return check(store)


def test_the_fixture_alone_is_valid() -> None:
    assert violations(f"ex:a a dk:MonetaryAmount ; {GOOD_AMOUNT} .") == []


@pytest.mark.parametrize("turtle", CASES.values(), ids=list(CASES))
def test_broken_data_is_reported(turtle: str) -> None:
    found = violations(turtle)
    assert found, "no violation reported"
    assert all(v.message for v in found)
    assert any(v.focus.startswith("https://w3id.org/digikom/id/test/") for v in found)


def test_shape_code_lists_match_the_code_lists() -> None:
    """Every sh:in list of code IRIs names only codes that exist in codelists.ttl."""
    import rdflib
    from rdflib.collection import Collection
    from rdflib.namespace import SH, SKOS

    from kg import resources

    shapes = rdflib.Graph().parse(resources.shapes_file())
    codes = rdflib.Graph().parse(resources.ontology_dir() / "codelists.ttl")
    concepts = set(codes.subjects(SKOS.inScheme, None))
    listed = [
        item
        for head in shapes.objects(None, SH["in"])
        for item in Collection(shapes, head)
        if str(item).startswith("https://w3id.org/digikom/code/")
    ]
    assert listed
    assert [str(i) for i in listed if i not in concepts] == []


AMOUNT = 'ex:a a dk:MonetaryAmount ; schema:currency "EUR" ; dk:scope sc:total ; '
QUALIFIER_CASES = {
    "exact without value": (
        AMOUNT + "dk:qualifier q:exact ; schema:minValue 1.0 .",
        "needs value:",
    ),
    "approximately with a bound": (
        AMOUNT + "dk:qualifier q:approximately ; schema:value 5.0 ; schema:maxValue 9.0 .",
        "needs value: and no min:/max:",
    ),
    "more_than with a value": (
        AMOUNT + "dk:qualifier q:more_than ; schema:value 5.0 .",
        "needs min:",
    ),
    "at_least without min": (
        AMOUNT + "dk:qualifier q:at_least ; schema:maxValue 5.0 .",
        "needs min:",
    ),
    "up_to without max": (AMOUNT + "dk:qualifier q:up_to ; schema:minValue 5.0 .", "needs max:"),
    "less_than with a value": (
        AMOUNT + "dk:qualifier q:less_than ; schema:value 5.0 ; schema:maxValue 9.0 .",
        "needs max:",
    ),
    "min above max": (
        AMOUNT + "dk:qualifier q:at_least ; schema:minValue 9.0 ; schema:maxValue 1.0 .",
        "greater than its max:",
    ),
    "end before start": (
        "ex:f a dk:Occurrence ; dk:source ex:doc ; dk:evidence ex:at ; "
        'dk:startDate "2020-05"^^xsd:gYearMonth ; dk:endDate "2019"^^xsd:gYear .',
        "lies before the start date",
    ),
}


@pytest.mark.parametrize(
    "turtle", [t for t, _ in QUALIFIER_CASES.values()], ids=list(QUALIFIER_CASES)
)
def test_each_rule_of_amounts_and_periods_says_what_is_wrong(turtle: str) -> None:
    message = dict(QUALIFIER_CASES.values())[turtle]
    found = violations(turtle)
    assert [v.message for v in found if message in v.message], [str(v) for v in found]
    assert all(v.focus.startswith("https://w3id.org/digikom/id/test/") for v in found)


@pytest.mark.parametrize(
    "turtle",
    [
        AMOUNT + "dk:qualifier q:exact ; schema:value 5.0 .",
        AMOUNT + "dk:qualifier q:approximately ; schema:value 5.0 .",
        AMOUNT + "dk:qualifier q:more_than ; schema:minValue 5.0 .",
        AMOUNT + "dk:qualifier q:at_least ; schema:minValue 5.0 ; schema:maxValue 5.0 .",
        AMOUNT + "dk:qualifier q:up_to ; schema:maxValue 5.0 .",
        AMOUNT + "dk:qualifier q:less_than ; schema:minValue 1.0 ; schema:maxValue 5.0 .",
        "ex:f a dk:Occurrence ; dk:source ex:doc ; dk:evidence ex:at ; dk:occurrenceKind ok:held ; "
        'dk:subject ex:w ; dk:startDate "2019-05"^^xsd:gYearMonth ; dk:endDate "2019"^^xsd:gYear . '
        'ex:w a dk:Initiative ; rdfs:label "W"@de ; dk:mentionedIn ex:doc .',
    ],
)
def test_amounts_and_periods_that_fit_their_rules_pass(turtle: str) -> None:
    assert violations(turtle) == []


def test_a_sparql_rule_is_checked_for_each_node_apart() -> None:
    """The SPARQL text of a rule is parsed once and run per node: each node gets its own."""
    period = (
        "ex:{name} a dk:Occurrence ; dk:source ex:doc ; dk:evidence ex:at ; "
        "dk:occurrenceKind ok:held ; dk:subject ex:w ; "
        'dk:startDate "{start}"^^xsd:gYear ; dk:endDate "{end}"^^xsd:gYear . '
    )
    turtle = 'ex:w a dk:Initiative ; rdfs:label "W"@de ; dk:mentionedIn ex:doc . ' + "".join(
        period.format(name=name, start=start, end=end)
        for name, start, end in [("a", 2019, 2020), ("b", 2021, 2018), ("c", 2017, 2017)]
    )
    found = violations(turtle)
    assert [(v.focus.rsplit("/", 1)[-1], "2018" in v.message) for v in found] == [("b", True)]


def test_the_graph_validated_holds_the_stores_triples_as_rdflib_reads_them(store: Store) -> None:
    """The terms converted one by one equal rdflib's reading of the same triples."""
    import rdflib
    from pyoxigraph import QueryTriples

    from kg.validate import _UNION, _union_graph
    from kg.vocab import PREFIXES

    triples = store.query(_UNION, prefixes=PREFIXES)
    assert isinstance(triples, QueryTriples)
    read = rdflib.Graph().parse(data=triples.serialize(format=RdfFormat.N_TRIPLES), format="nt")
    converted = _union_graph(store)
    assert len(read) > 4000
    assert set(converted) == set(read)
    kinds = {type(o).__name__ for o in converted.objects()}
    assert {"URIRef", "Literal"} <= kinds
    assert any(o.language == "de" for o in converted.objects() if isinstance(o, rdflib.Literal))
