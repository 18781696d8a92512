"""Who trains whom (``trains``): made-up sentences."""

from __future__ import annotations

import pytest

from loaders.articles import Gazetteer
from tests.articles.conftest import pairs


def trainings(text: str, gazetteer: Gazetteer) -> set[tuple[str, str | None]]:
    return pairs(text, gazetteer, "trains")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a passive with the trainer after "vom"
            "Die rund 40 Beschäftigten werden im Mai vom Studieninstitut Heide geschult.",
            ("Studieninstitut Heide", "Beschäftigten"),
        ),
        (  # the people counted in the next sentence
            "Die Verwaltungsakademie Heide bietet dazu eine Schulung an. Rund 280 Beschäftigte "
            "sollen daran teilnehmen.",
            ("Verwaltungsakademie Heide", "Beschäftigte"),
        ),
    ],
)
def test_trainers_are_read(text: str, expected: tuple[str, str], gazetteer: Gazetteer) -> None:
    assert expected in trainings(text, gazetteer)


def test_paying_for_courses_is_no_training(gazetteer: Gazetteer) -> None:
    text = "Die Sparkasse Heide unterstützt die Stadt mit 30.000 Euro für Schulungen."
    assert trainings(text, gazetteer) == set()


def test_each_training_provider_of_the_clause_trains(gazetteer: Gazetteer) -> None:
    text = (
        "Die Stadt Celle startet das Programm „Heide digital“. Zu Beginn bieten die "
        "Verwaltungsakademie Heide sowie das Studieninstitut Lüneburg die Qualifizierungskurse an."
    )
    found = trainings(text, gazetteer)
    assert {
        ("Verwaltungsakademie Heide", "Heide digital"),
        ("Studieninstitut Lüneburg", "Heide digital"),
    } <= found


def test_a_workshop_given_is_no_training(gazetteer: Gazetteer) -> None:
    text = (
        "Die Stadt Celle startet das Programm „Heide digital“. Im März hat das Start-up "
        "Heidewerk in einem Workshop seine Plattform präsentiert."
    )
    assert trainings(text, gazetteer) == set()
