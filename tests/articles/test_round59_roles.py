"""A title with no body after it, in a text about one body of its kind (made-up sentences):
the body the text is about, not another one named once just before ("Bezirksamtsleiter X" in
a newsletter of the Bezirksamt Y that names the Bezirksamt Z once)."""

from __future__ import annotations

from loaders.articles import Gazetteer
from tests.articles.conftest import roles


def test_the_body_the_text_is_about_rather_than_one_named_once(gazetteer: Gazetteer) -> None:
    text = (
        "Bezirksamt Wandsbek - Newsletter\n\n"
        "Das Bezirksamt Wandsbek startet eine App für Baumpaten. Das Bezirksamt Wandsbek "
        "pflegt 40.000 Straßenbäume. Die neue Leiterin des Grünflächenamts kam vom Bezirksamt "
        "Eimsbüttel. Am 14. Juni stellt Bezirksamtsleiter Ole Brandtner-Mensah die App im "
        "Bezirksamt Wandsbek vor."
    )
    assert ("Ole Brandtner-Mensah", "Bezirksamt Wandsbek") in roles(text, gazetteer)


def test_the_body_named_last_when_the_text_is_about_none(gazetteer: Gazetteer) -> None:
    text = (
        "Die Stadt Kiel und die Stadt Lübeck tauschen Daten. Die Stadt Flensburg schließt sich "
        "an. Oberbürgermeisterin Greta Pahl-Owusu begrüßt das."
    )
    assert roles(text, gazetteer) == {("Greta Pahl-Owusu", "Stadt Flensburg")}
