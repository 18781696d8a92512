"""Funding shapes blind round 60 missed (made-up sentences): a share paid without naming what it
is for goes to the work the text is about, not to the strategy or programme that work belongs
to; a payer named again as "die Samtgemeinde" after "von der"."""

from __future__ import annotations

from loaders.articles import Gazetteer
from tests.articles.conftest import funds


def test_a_share_of_the_work_not_of_its_strategy(gazetteer: Gazetteer) -> None:
    text = (
        "Schulessen per App\n\n"
        "Die Stadt Mayen führt die App „Mensaplan Mayen“ ein. Die App gehört zur Landesstrategie "
        "„Gesund essen RLP“. Der Landkreis Mayen-Koblenz beteiligt sich mit bis zu 12.000 Euro."
    )
    assert ("Landkreis Mayen-Koblenz", "Mensaplan Mayen") in funds(text, gazetteer)
    assert ("Landkreis Mayen-Koblenz", "Gesund essen RLP") not in funds(text, gazetteer)


def test_a_payer_named_again_as_the_samtgemeinde(gazetteer: Gazetteer) -> None:
    text = (
        "Die Samtgemeinde Tostedt baut ein Buchungsportal. Außerdem erhalten die Gemeinde "
        "Heidenau und die Gemeinde Wistedt von der Samtgemeinde jeweils 2.000 Euro."
    )
    assert funds(text, gazetteer) == {
        ("Samtgemeinde Tostedt", "Gemeinde Heidenau"),
        ("Samtgemeinde Tostedt", "Gemeinde Wistedt"),
    }


def test_a_local_action_group_gives_its_share(gazetteer: Gazetteer) -> None:
    text = (
        "Die Gemeinde Scheeßel baut einen Buchungskalender „Dorfhaus online“. Die Lokale "
        "Aktionsgruppe Elbe-Heide gibt bis zu 8.000 Euro dazu."
    )
    # (a LEADER region's group, named like a network: found, and the one who pays)
    assert {payer for payer, _ in funds(text, gazetteer)} == {"Lokale Aktionsgruppe Elbe-Heide"}
