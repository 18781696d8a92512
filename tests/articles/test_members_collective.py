"""Members named together ("alle fünf Partner", "der Kreis und alle beteiligten Kommunen"):
the bodies the article has named before, each. Made-up sentences."""

from __future__ import annotations

import pytest

from loaders.articles import Gazetteer
from tests.articles.conftest import mentions, pairs

PARTNERS = (
    "Der Landkreis Harburg, die Städte Buchholz und Winsen sowie die Gemeinden Seevetal und "
    "Rosengarten starten ein gemeinsames Portal. "
)
EACH = {
    "Landkreis Harburg",
    "Stadt Buchholz",
    "Stadt Winsen",
    "Gemeinde Seevetal",
    "Gemeinde Rosengarten",
}


def members(text: str, gazetteer: Gazetteer) -> set[tuple[str, str | None]]:
    return pairs(text, gazetteer, "member_of")


@pytest.mark.parametrize(
    ("clause", "body"),
    [
        (  # counted partners, the body with its seat before the clause
            "Den Betrieb übernimmt der Zweckverband Heide-IT mit Sitz in Lüneburg, dem alle "
            "fünf Partner angehören.",
            "Zweckverband Heide-IT",
        ),
        (  # "deren Mitglieder … sind", after an apposition
            "Die Technik liefert die Nordheide Daten eG, eine Genossenschaft mit Sitz in "
            "Lüneburg, deren Mitglieder alle fünf Partner sind.",
            "Nordheide Daten eG",
        ),
        (  # the county named again by its kind, the others not counted
            "Begleitet wird das Vorhaben vom Zweckverband Heide-IT, in dem der Landkreis und "
            "alle beteiligten Kommunen Mitglied sind.",
            "Zweckverband Heide-IT",
        ),
        (  # "als Mitglieder angehören"
            "Den Betrieb übernimmt der Zweckverband Heide-IT, dem der Kreis und alle "
            "beteiligten Gemeinden und Städte als Mitglieder angehören.",
            "Zweckverband Heide-IT",
        ),
    ],
)
def test_all_partners_are_the_bodies_named_before(
    clause: str, body: str, gazetteer: Gazetteer
) -> None:
    assert members(PARTNERS + clause, gazetteer) == {(m, body) for m in EACH}


def test_fewer_bodies_named_than_counted_leave_the_count(gazetteer: Gazetteer) -> None:
    text = (
        "Die Städte Buchholz und Winsen starten ein Portal. Den Betrieb übernimmt der "
        "Zweckverband Heide-IT, dem alle fünf Partner angehören."
    )
    assert members(text, gazetteer) == {("Partner", "Zweckverband Heide-IT")}


def test_all_towns_of_a_state_are_a_plural_not_the_towns_named(gazetteer: Gazetteer) -> None:
    text = (
        PARTNERS
        + "Alle niedersächsischen Städte und Gemeinden sind Mitglied beim Verbund Heide-IT."
    )
    expected = ("niedersächsischen Städte und Gemeinden", "Verbund Heide-IT")
    assert members(text, gazetteer) == {expected}


def test_the_signers_of_a_contract_about_a_joint_body_belong_to_it(
    gazetteer: Gazetteer,
) -> None:
    text = (
        "Der Landkreis Harburg und die Städte Buchholz und Winsen haben am Montag den Vertrag "
        "über eine gemeinsame „Servicestelle Nordheide“ unterzeichnet."
    )
    expected = {"Landkreis Harburg", "Stadt Buchholz", "Stadt Winsen"}
    assert members(text, gazetteer) == {(m, "Servicestelle Nordheide") for m in expected}


def test_a_list_of_towns_ends_in_a_name_of_two_words(gazetteer: Gazetteer) -> None:
    text = (
        "Mit dabei sind die Städte Buchholz, Winsen und Hohen Neuendorf sowie die "
        "Landgemeinden Seevetal, Jesteburg und Am Kiekeberg."
    )
    labels = {m.label for m in mentions(text, gazetteer) if m.cls == "Organisation"}
    assert labels == {
        "Stadt Buchholz",
        "Stadt Winsen",
        "Stadt Hohen Neuendorf",
        "Landgemeinde Seevetal",
        "Landgemeinde Jesteburg",
        "Landgemeinde Am Kiekeberg",
    }


def test_the_founders_of_a_body_belong_to_it_and_do_not_cooperate_pairwise(
    gazetteer: Gazetteer,
) -> None:
    text = (
        "Die Städte Buchholz und Winsen sowie die Gemeinde Seevetal haben am Dienstag eine "
        "öffentlich-rechtliche Vereinbarung unterzeichnet und damit den „Aktenverbund "
        "Nordheide“ gegründet."
    )
    founders = {"Stadt Buchholz", "Stadt Winsen", "Gemeinde Seevetal"}
    assert members(text, gazetteer) == {(m, "Aktenverbund Nordheide") for m in founders}
    assert pairs(text, gazetteer, "cooperates_with") == set()
