"""Who supports what without money (``supports``): made-up sentences."""

from __future__ import annotations

import pytest

from loaders.articles import Gazetteer
from tests.articles.conftest import pairs


def supports(text: str, gazetteer: Gazetteer) -> set[tuple[str, str | None]]:
    return pairs(text, gazetteer, "supports")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # active, the supported work named again by a head noun
            "Die Stadt Celle startet das Portal „Celle offen“. Der Niedersächsische Städtetag "
            "unterstützt das Vorhaben.",
            ("Niedersächsische Städtetag", "Celle offen"),
        ),
        (  # passive with the verb first
            "Die Stadt Celle startet das Portal „Celle offen“. Wissenschaftlich begleitet wird "
            "das Vorhaben von der Universität Lüneburg.",
            ("Universität Lüneburg", "Celle offen"),
        ),
        (  # a participle after a comma
            "Ausgerichtet wurde der „Heidetag Digital“ von der Stadt Celle, unterstützt vom "
            "Landkreis Celle.",
            ("Landkreis Celle", "Heidetag Digital"),
        ),
    ],
)
def test_supporters_are_read(text: str, expected: tuple[str, str], gazetteer: Gazetteer) -> None:
    assert expected in supports(text, gazetteer)


@pytest.mark.parametrize(
    "text",
    [
        # support with money is funding
        "Die Stadt Celle startet das Portal „Celle offen“. Der Landkreis Celle unterstützt "
        "das Vorhaben mit 20.000 Euro.",
        # "beraten über": to discuss, not to advise
        "Die Stadt Celle startet das Portal „Celle offen“. Im Juni will der Landkreis Celle "
        "über gemeinsame Standards beraten.",
    ],
)
def test_no_supporter_is_read_where_none_is_told(text: str, gazetteer: Gazetteer) -> None:
    assert supports(text, gazetteer) == set()
