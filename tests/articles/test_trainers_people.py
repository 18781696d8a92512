"""Who is trained: the people, counted or named as a plural of persons (a count names the
first noun: "40 Amtsleiterinnen und Amtsleiter" → "Amtsleiterinnen"). Made-up sentences."""

from __future__ import annotations

import pytest

from loaders.articles import Gazetteer
from tests.articles.conftest import pairs


@pytest.mark.parametrize(
    ("sentence", "people"),
    [
        (
            "Damit die Ämter mit der Technik umgehen können, schult die Niedersächsische "
            "Verwaltungsakademie bis Ende März rund 40 Amtsleiterinnen und Amtsleiter.",
            "Amtsleiterinnen und Amtsleiter",
        ),
        (
            "Die Niedersächsische Verwaltungsakademie bietet ab Mai Schulungen für die "
            "insgesamt 320 Ratsverordneten an.",
            "Ratsverordneten",
        ),
        (
            "Die Leiterinnen und Leiter der Bürgerbüros werden im Februar von der "
            "Niedersächsischen Verwaltungsakademie in acht Kursen geschult.",
            "Leiterinnen und Leiter",
        ),
    ],
)
def test_the_people_trained_are_the_object(
    sentence: str, people: str, gazetteer: Gazetteer
) -> None:
    text = "Die Stadt Celle startet das Portal „Celle direkt“. " + sentence
    trained = {whom for _, whom in pairs(text, gazetteer, "trains")}
    assert any(whom.startswith(people.split()[0]) for whom in trained)
    assert "Celle direkt" not in trained
