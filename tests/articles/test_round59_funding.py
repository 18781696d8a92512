"""Funding shapes blind round 59 missed (made-up sentences): a relative clause past the
participle that ends the clause before it, a payer named again by a compound head noun after
"vom", and a number of bodies with "ersten" between."""

from __future__ import annotations

from loaders.articles import Gazetteer
from tests.articles.conftest import funds


def test_a_relative_clause_after_a_participle(gazetteer: Gazetteer) -> None:
    text = (
        "Der Landkreis Celle misst die Pegel digital. Die Sensoren hat das Hannoveraner "
        "Start-up Pegelwerk Systems GmbH entwickelt, das dafür vom Landkreis 52.000 Euro erhält."
    )
    assert funds(text, gazetteer) == {("Landkreis Celle", "Pegelwerk Systems GmbH")}


def test_a_payer_named_again_by_its_compound_head(gazetteer: Gazetteer) -> None:
    text = (
        "Der Stadtreinigungsbetrieb Kiel stellt Trinkbrunnen auf. Zudem erhalten der Verein "
        "Wasserfreunde Gaarden e. V. und der Ruderclub Hörn e. V. vom Stadtreinigungsbetrieb "
        "jeweils 800 Euro."
    )
    assert funds(text, gazetteer) == {
        ("Stadtreinigungsbetrieb Kiel", "Verein Wasserfreunde Gaarden e. V"),
        ("Stadtreinigungsbetrieb Kiel", "Ruderclub Hörn e. V"),
    }


def test_the_first_so_many_bodies(gazetteer: Gazetteer) -> None:
    text = (
        "Das Ministerium für Kommunales des Landes Nordland startet die Befragung in der Stadt "
        "Altdorf, der Gemeinde Neudorf und der Stadt Kirchberg. Die drei ersten Kommunen "
        "erhalten vom Ministerium je bis zu 4.000 Euro."
    )
    ministry = "Ministerium für Kommunales des Landes Nordland"
    assert funds(text, gazetteer) == {
        (ministry, "Stadt Altdorf"),
        (ministry, "Gemeinde Neudorf"),
        (ministry, "Stadt Kirchberg"),
    }
