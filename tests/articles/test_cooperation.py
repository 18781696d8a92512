"""Who works with whom (``cooperates_with``): made-up sentences, and the scorer reading the
relation both ways round."""

from __future__ import annotations

import pytest

from loaders.articles import Gazetteer
from loaders.articles.score import _same_fact
from tests.articles.conftest import pairs


def partners(text: str, gazetteer: Gazetteer) -> set[frozenset[str | None]]:
    return {frozenset(pair) for pair in pairs(text, gazetteer, "cooperates_with")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a list of towns working together: every pair
            "Die Samtgemeinden Hollenstedt, Tostedt und Jesteburg wollen künftig eng "
            "zusammenarbeiten.",
            {
                frozenset({"Samtgemeinde Hollenstedt", "Samtgemeinde Tostedt"}),
                frozenset({"Samtgemeinde Hollenstedt", "Samtgemeinde Jesteburg"}),
                frozenset({"Samtgemeinde Tostedt", "Samtgemeinde Jesteburg"}),
            },
        ),
        (  # "A und B … gemeinsam mit C": each with C, and A with B
            "Die Stadt Celle und die Stadt Uelzen haben gemeinsam mit der Universität "
            "Lüneburg eine App entwickelt.",
            {
                frozenset({"Stadt Celle", "Universität Lüneburg"}),
                frozenset({"Stadt Uelzen", "Universität Lüneburg"}),
                frozenset({"Stadt Celle", "Stadt Uelzen"}),
            },
        ),
        (  # co-hosts named after "vom … gemeinsam mit dem …"
            "Ausgerichtet wird der Wettbewerb vom Landkreis Harburg gemeinsam mit dem "
            "Landkreis Stade.",
            {frozenset({"Landkreis Harburg", "Landkreis Stade"})},
        ),
        (  # a body named again by its head noun makes a contract with a company
            "Der Landkreis Harburg testet neue Sensoren. Für die Wartung hat der Landkreis "
            "mit der Funkwerk Nord GmbH einen Vertrag geschlossen.",
            {frozenset({"Landkreis Harburg", "Funkwerk Nord GmbH"})},
        ),
    ],
)
def test_partners_are_read(text: str, expected: set[frozenset[str]], gazetteer: Gazetteer) -> None:
    assert expected <= partners(text, gazetteer)


def test_a_body_in_the_genitive_is_no_partner(gazetteer: Gazetteer) -> None:
    text = (
        "Der Präsident des Landkreistages sagte, man wolle gemeinsam mit der Stadt Celle handeln."
    )
    assert partners(text, gazetteer) == set()


def test_the_scorer_reads_a_cooperation_either_way_round() -> None:
    gold = {
        "start": 0,
        "end": 40,
        "predicate": "cooperates_with",
        "subject": {"label": "Stadt Celle", "entity": None},
        "object": {"label": "Landkreis Stade", "entity": None},
    }
    swapped = {**gold, "subject": gold["object"], "object": gold["subject"]}
    assert _same_fact(gold, swapped)
    funding = {**gold, "predicate": "funds"}
    assert not _same_fact(funding, {**swapped, "predicate": "funds"})
