"""Who takes part in, wins or receives from an initiative (``participates_in``)."""

from __future__ import annotations

import pytest

from loaders.articles import Gazetteer
from loaders.articles.findings import Fact
from tests.articles.conftest import pairs


def taking_part(text: str, gazetteer: Gazetteer) -> set[tuple[str, str | None]]:
    return pairs(text, gazetteer, "participates_in")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # winners listed before the prize
            "Die Stadt Celle, die Gemeinde Wietze und der Landkreis Heidekreis sind die "
            "Gewinner des Wettbewerbs „Heidepreis Digital“.",
            {
                ("Stadt Celle", "Heidepreis Digital"),
                ("Gemeinde Wietze", "Heidepreis Digital"),
                ("Landkreis Heidekreis", "Heidepreis Digital"),
            },
        ),
        (  # chosen bodies after a colon
            "Das Land startet das Programm „Dorf digital“. Den Auftakt machen drei Kommunen: "
            "die Stadt Celle, die Gemeinde Wietze und die Stadt Uelzen.",
            {
                ("Stadt Celle", "Dorf digital"),
                ("Gemeinde Wietze", "Dorf digital"),
                ("Stadt Uelzen", "Dorf digital"),
            },
        ),
    ],
)
def test_listed_bodies_take_part(
    text: str, expected: set[tuple[str, str]], gazetteer: Gazetteer
) -> None:
    assert expected <= taking_part(text, gazetteer)


def test_applicants_counted_take_part_with_their_count(gazetteer: Gazetteer) -> None:
    from loaders.articles import extract

    text = "Das Land startet das Programm „Dorf digital“. Beworben hatten sich 27 Kommunen."
    counted = [
        f
        for f in extract(text, gazetteer)
        if isinstance(f, Fact) and f.predicate == "participates_in" and f.count is not None
    ]
    assert [(f.subject.label, f.count.value if f.count else None) for f in counted] == [
        ("Kommunen", 27)
    ]


def test_costs_shared_are_no_prize_shared(gazetteer: Gazetteer) -> None:
    text = (
        "Das Land startet das Programm „Dorf digital“. Die übrigen Kosten teilen sich der "
        "Landkreis Celle und der Landkreis Heidekreis."
    )
    assert ("Landkreis Celle", "Dorf digital") not in taking_part(text, gazetteer)


@pytest.mark.parametrize(
    "sentence",
    [
        "Entwickelt wird das Portal von der Heidekraut Digital GmbH aus Celle.",
        "Den Betrieb übernimmt der Zweckverband Heide-IT, der schon andere Portale betreibt.",
        "Die Heidekraut Digital GmbH liefert die Technik und setzt die Oberfläche um.",
    ],
)
def test_who_builds_or_runs_the_work_does_not_take_part(
    sentence: str, gazetteer: Gazetteer
) -> None:
    # the blind writers since round 17 annotate builders and operators as no participants
    text = "Die Stadt Celle startet das Portal „Celle direkt“. " + sentence
    assert not {pair for pair in taking_part(text, gazetteer) if pair[1] == "Celle direkt"}


@pytest.mark.parametrize(
    "sentence",
    [
        "Die Heidekraut Digital GmbH unterstützt die Teilnehmenden mit einer App.",
        "Der Zweckverband Heide-IT prüft den Datenschutz für alle Teilnehmer.",
        "Der Verein Heidekinder hat die App auf drei Spielplätzen getestet.",
        "Hinter dem Wettbewerb steht der Landkreis Heidekreis.",
    ],
)
def test_nouns_of_taking_part_and_words_inside_others_are_no_cue(
    sentence: str, gazetteer: Gazetteer
) -> None:
    text = "Die Stadt Celle startet das Portal „Celle direkt“. " + sentence
    assert not {pair for pair in taking_part(text, gazetteer) if pair[1] == "Celle direkt"}
