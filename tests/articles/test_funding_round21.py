"""Shapes of funding that blind round 21 phrased in ways the rules did not read, on made-up
sentences (no article's names or wording): each test stands for one rule of the extractor
and fails without it."""

from __future__ import annotations

from loaders.articles import Gazetteer
from tests.articles.conftest import funds

_MINISTRY = "Ministerium für Digitales des Landes Hessen"


def test_costs_of_courses_named_before_the_verb(gazetteer: Gazetteer) -> None:
    """ "Die Kosten der Lehrgänge übernimmt X" after a sentence of training: X pays for the
    body that trains."""
    text = (
        "Die Stadt Nirgendheim startet im Mai das Projekt „Lernwerk“. Damit das klappt, bildet "
        "die Verwaltungsakademie Nordland bis zum Sommer 35 Paten aus. Die Kosten der Kurse "
        "übernimmt das Ministerium für Digitales des Landes Hessen."
    )
    found = funds(text, gazetteer)
    assert (_MINISTRY, "Verwaltungsakademie Nordland") in found


def test_a_part_of_the_costs_of_courses_named_before_the_verb(gazetteer: Gazetteer) -> None:
    """ "Die Hälfte der Schulungskosten trägt der Kreis" after a sentence of training: the
    county pays for the body that trains (a part, with no sum)."""
    text = (
        "Der Landkreis Irgendwald führt die E-Akte ein. Landrat Paul Beispiel sagte, dass die "
        "Verwaltungsakademie Nordland seit Mai 30 Beschäftigte der Ämter schult. Die Hälfte der "
        "Schulungskosten trägt der Landkreis."
    )
    found = funds(text, gazetteer)
    assert ("Landkreis Irgendwald", "Verwaltungsakademie Nordland") in found


def test_a_ministry_named_by_its_remit_is_the_one_named_in_full(gazetteer: Gazetteer) -> None:
    """ "das Schulministerium", a name the graph lacks, after the text named "Ministerium für
    Schule und Sport …" in full: that ministry pays, no new body."""
    text = (
        "Das Ministerium für Schule und Sport des Landes Hessen fördert das Projekt „Lernwerk“ "
        "der Stadt Nirgendheim. Damit das klappt, bildet die Verwaltungsakademie Nordland bis "
        "zum Sommer 35 Paten aus. Die Kosten der Kurse übernimmt das Schulministerium."
    )
    found = funds(text, gazetteer)
    full = "Ministerium für Schule und Sport des Landes Hessen"
    assert (full, "Verwaltungsakademie Nordland") in found
    assert not {f for f in found if f[0] == "Schulministerium"}


def test_costs_of_training_told_in_the_passive_without_a_place(gazetteer: Gazetteer) -> None:
    """ "… hatte die Akademie X vorbereitet; dabei wurden 40 Beschäftigte geschult. Die Kosten
    dafür trug das Ministerium": the ministry pays for the body that trained."""
    text = (
        "Das Ministerium für Digitales des Landes Hessen hat den Preis „Amt der Zukunft“ "
        "vergeben. Die Finalisten hatte die Verwaltungsakademie Nordland im Mai an zwei Tagen "
        "vorbereitet; dabei wurden 40 Beschäftigte in agilen Methoden geschult. Die Kosten "
        "dafür trug das Ministerium."
    )
    found = funds(text, gazetteer)
    assert (_MINISTRY, "Verwaltungsakademie Nordland") in found


def test_training_told_by_ausbildet_at_a_clauses_end(gazetteer: Gazetteer) -> None:
    """ "…, dass die Akademie X 30 Lotsen ausbildet. Die Hälfte der Kurskosten trägt der
    Kreis": the verb at the end of a subordinate clause tells of training too."""
    text = (
        "Der Landkreis Irgendwald führt die E-Akte ein. Landrat Paul Beispiel sagte, dass die "
        "Verwaltungsakademie Nordland seit Mai 30 Lotsen aus den Ämtern ausbildet. Die Hälfte "
        "der Kurskosten trägt der Landkreis."
    )
    found = funds(text, gazetteer)
    assert ("Landkreis Irgendwald", "Verwaltungsakademie Nordland") in found
