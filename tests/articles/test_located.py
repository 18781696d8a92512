"""Where bodies are (``located_in``): made-up sentences, one per way German says it."""

from __future__ import annotations

import pytest

from loaders.articles import Gazetteer
from tests.articles.conftest import pairs


def located(text: str, gazetteer: Gazetteer) -> set[tuple[str, str | None]]:
    return pairs(text, gazetteer, "located_in")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Die Software liefert die Moorfeld Systems GmbH aus Oldenburg.",
            ("Moorfeld Systems GmbH", "Oldenburg"),
        ),
        (
            "Die Gemeinde Tannwies im Landkreis Oberholz testet die App seit März.",
            ("Gemeinde Tannwies", "Landkreis Oberholz"),
        ),
        (
            "Partner ist der Zweckverband Digitale Heide (ZDH) mit Sitz in Soltau.",
            ("Zweckverband Digitale Heide", "Soltau"),
        ),
        (
            "Die Plattform betreibt die Datenzentrale Nordheide GmbH, der IT-Dienstleister "
            "der Kreise mit Sitz in Buchholz.",
            ("Datenzentrale Nordheide GmbH", "Buchholz"),
        ),
        (
            "Die App stammt von der Lindenwerk Digital GmbH, einem jungen Unternehmen aus Göttingen.",
            ("Lindenwerk Digital GmbH", "Göttingen"),
        ),
        (
            "Entwickelt hat sie das Regensburger Start-up Flusslicht GmbH.",
            ("Flusslicht GmbH", "Regensburg"),
        ),
        (
            "Die Stadt Dresden testet die Tablets. Sie stammen vom Dresdner Systemhaus Elbkraft GmbH.",
            ("Elbkraft GmbH", "Dresden"),
        ),
    ],
)
def test_a_body_is_located_where_the_text_says(
    text: str, expected: tuple[str, str], gazetteer: Gazetteer
) -> None:
    assert expected in located(text, gazetteer)


def test_a_seat_told_of_a_body_named_again_by_its_head_noun(gazetteer: Gazetteer) -> None:
    text = (
        "Die Server betreibt der Zweckverband Kommunale IT Südheide. "
        "Der Zweckverband mit Sitz in Celle betreut 40 Gemeinden."
    )
    assert ("Zweckverband Kommunale IT Südheide", "Celle") in located(text, gazetteer)


def test_an_event_takes_place_in_a_town(gazetteer: Gazetteer) -> None:
    text = "Vorgestellt wird die App auf dem Kommunalen Digitalforum Nordheide in Lüneburg."
    assert ("Kommunalen Digitalforum Nordheide", "Lüneburg") in located(text, gazetteer)


@pytest.mark.parametrize(
    "text",
    [
        # a state after "in" belongs to the name ("Anstalt … in Bayern")
        "Partner ist die Anstalt für Kommunale Datenverarbeitung in Bayern.",
        # an agent noun in -er is no town's adjective
        "Betreiber ist der Partner Flusslicht GmbH.",
        # a relative clause, not an apposition: where it works, not where it is
        "Es schult der Hessische Verwaltungsschulverband, der dafür in Darmstadt Kurse anbietet.",
    ],
)
def test_no_place_is_read_where_none_is_told(text: str, gazetteer: Gazetteer) -> None:
    assert located(text, gazetteer) == set()
