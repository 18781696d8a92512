"""Organisations named again in shapes of German the fixtures taught, on made-up sentences
(no article's names or wording)."""

from __future__ import annotations

from loaders.articles import Gazetteer
from loaders.articles.extract import mentions
from tests.articles.conftest import org_at, roles


def _orgs(text: str, gazetteer: Gazetteer) -> dict[str, str]:
    """Each organisation's surface in ``text`` → its label (the last one of that surface)."""
    return {m.text: m.label for m in mentions(text, gazetteer) if m.cls == "Organisation"}


def test_a_short_name_that_spells_out_a_name_without_a_noun_of_a_body(
    gazetteer: Gazetteer,
) -> None:
    text = (
        "Gespeichert wird alles bei der Regionalen Netzpflege Wendelbach (RNW). "
        "Die RNW betreut schon zwölf Kommunen."
    )
    assert org_at(text, "Regionalen Netzpflege Wendelbach", gazetteer) is not None
    assert org_at(text, "RNW", gazetteer, nth=1) == "Regionalen Netzpflege Wendelbach"


def test_a_short_name_with_a_place_stands_alone_later(gazetteer: Gazetteer) -> None:
    text = (
        "Begleitet wird der Versuch von der Hochschule für Recht und Pflege Wendelbach "
        "(HRP Wendelbach). Die HRP wertet die Daten aus."
    )
    assert org_at(text, "HRP", gazetteer, nth=1) == "Hochschule für Recht und Pflege Wendelbach"


def test_a_short_name_after_a_name_with_a_comma_and_a_place(gazetteer: Gazetteer) -> None:
    text = (
        "Die Akademie für Recht, Pflege und Technik Wendelbach (ARPT) schult die "
        "Beschäftigten. Später übernimmt die ARPT auch die Prüfungen."
    )
    assert (
        org_at(text, "ARPT", gazetteer, nth=1)
        == "Akademie für Recht, Pflege und Technik Wendelbach"
    )


def test_a_short_name_after_an_adjective_of_a_state(gazetteer: Gazetteer) -> None:
    text = (
        "Das Wendelbachische Ministerium für Wege, Wasser und Wald (MWWW) hat den Bescheid "
        "übergeben. Das MWWW prüft nun die Anträge."
    )
    assert org_at(text, "MWWW", gazetteer, nth=1) is not None


def test_a_short_name_with_a_dot(gazetteer: Gazetteer) -> None:
    text = "Den Server stellt der IT-Verbund Wendelbach (ITV.WB) bereit. Der ITV.WB hilft."
    assert org_at(text, "ITV.WB", gazetteer, nth=1) is not None


def test_a_body_named_again_by_its_head_noun(gazetteer: Gazetteer) -> None:
    text = (
        "Das Bezirksamt Wendelbach führt ein neues Verfahren ein. Nach Angaben des "
        "Bezirksamts sind 40 Beschäftigte geschult. Die Städteregion Lindau hilft; die "
        "Städteregion zahlt auch."
    )
    assert org_at(text, "Bezirksamt", gazetteer, nth=1) == "Bezirksamt Wendelbach"
    assert org_at(text, "Städteregion", gazetteer, nth=1) == "Städteregion Lindau"


def test_a_head_noun_of_two_bodies_or_of_a_town_names_none(gazetteer: Gazetteer) -> None:
    text = (
        "Das Bezirksamt Wendelbach und das Bezirksamt Lindau arbeiten zusammen; das Bezirksamt "
        "zahlt. Die Stadt Adorf hilft, die Stadt gibt Räume."
    )
    assert org_at(text, "Bezirksamt", gazetteer, nth=2) is None
    assert org_at(text, "Stadt", gazetteer, nth=1) is None


def test_bodies_listed_after_a_plural_in_the_dative(gazetteer: Gazetteer) -> None:
    text = (
        "Das Netz wird mit den Städten Adorf, Bedorf und Cedorf aufgebaut. Beteiligt sind "
        "auch Ämter aus den Kreisen Wendelbach und Lindau."
    )
    found = _orgs(text, gazetteer)
    assert found["Bedorf"] == "Stadt Bedorf"
    assert found["Lindau"] == "Kreis Lindau"


def test_a_possessive_after_a_relative_clause_names_the_body_before_it(
    gazetteer: Gazetteer,
) -> None:
    text = (
        "Daneben gibt es den Zweckverband Wendelnetz, in dem sich Ämter aus den Kreisen "
        "Adorf und Bedorf zusammengeschlossen haben. Dessen Geschäftsführer Jan Mustermann "
        "lobte das Gesetz."
    )
    assert roles(text, gazetteer) == {("Jan Mustermann", "Zweckverband Wendelnetz")}


def test_a_parliament_by_a_states_adjective_and_a_council_opening_the_text(
    gazetteer: Gazetteer,
) -> None:
    text = (
        "Landtag beschließt Datengesetz\n\nDer Wendische Landtag hat am Mittwoch das Gesetz "
        "beschlossen. Die Hansestadt Adorf begrüßt es; eine Bilanz soll die Bürgerschaft im "
        "Frühjahr erhalten."
    )
    assert org_at(text, "Wendische Landtag", gazetteer) is not None
    assert org_at(text, "Landtag", gazetteer) is not None
    assert org_at(text, "Bürgerschaft", gazetteer) == "Bürgerschaft der Hansestadt Adorf"


def test_bodies_named_after_their_head_noun(gazetteer: Gazetteer) -> None:
    text = (
        "Die Handwerkskammer Wendelbach bietet Infoabende an. Die Industrie- und Handelskammer "
        "zu Adorf unterstützt das Vorhaben, begleitet vom Verein Bürgernetz Adorf, in dem sich "
        "60 Menschen engagieren. Weitere 5.000 Euro gibt die Stiftung Wendische Zukunft. Der "
        "Landesbetrieb Wege, Brücken und Kanäle hilft, ebenso das Ortsamt Lindau."
    )
    found = _orgs(text, gazetteer)
    assert "Handwerkskammer Wendelbach" in found
    assert "Industrie- und Handelskammer zu Adorf" in found
    assert org_at(text, "Bürgernetz Adorf", gazetteer) is not None  # (with "Verein" or not)
    assert "Stiftung Wendische Zukunft" in found
    assert "Landesbetrieb Wege, Brücken und Kanäle" in found
    assert "Ortsamt Lindau" in found


def test_an_office_held_is_no_body(gazetteer: Gazetteer) -> None:
    text = "Jan Mustermann, im Hauptamt Bürgermeister der Gemeinde Adorf, lobte das Vorhaben."
    assert not any(label.startswith("Hauptamt") for label in _orgs(text, gazetteer).values())


def test_a_name_explained_by_a_kind_of_body_stands_for_it_alone(gazetteer: Gazetteer) -> None:
    text = (
        "Den Betrieb übernimmt Wolkenwerk, der kommunale IT-Dienstleister der Region. "
        "Wolkenwerk betreut schon 40 Ämter. Der IT-Dienstleister rnet21 stellt die Server; "
        "die rnet21 hat dafür zwei Stellen geschaffen. Die Gemeinden, die der Verband vertritt, "
        "zahlen nichts."
    )
    assert org_at(text, "Wolkenwerk", gazetteer, nth=1) == "Wolkenwerk"
    assert org_at(text, "rnet21", gazetteer, nth=1) == "rnet21"
    assert org_at(text, "Gemeinden", gazetteer) is None


def test_a_companys_short_name_opening_a_compound(gazetteer: Gazetteer) -> None:
    text = (
        "Entwickelt hat die Software die Wendelsoft GmbH. „Wir sind bereit“, sagte "
        "Wendelsoft-Geschäftsführerin Anna Mustermann."
    )
    assert org_at(text, "Wendelsoft", gazetteer, nth=1) == "Wendelsoft GmbH"


def test_a_neighbours_compound_names_the_body(gazetteer: Gazetteer) -> None:
    text = (
        "Auch der Nachbarkreis Wendelbach hat Interesse, ebenso die polnische Nachbarstadt "
        "Lindowo. Der Nachbarkreis zeigt sich offen."
    )
    found = _orgs(text, gazetteer)
    assert found["Wendelbach"] == "Landkreis Wendelbach"
    assert found["Lindowo"] == "Stadt Lindowo"
    assert "Nachbarkreis" not in found


def test_the_body_a_data_centre_belongs_to(gazetteer: Gazetteer) -> None:
    text = (
        "Die Daten liegen in einem Rechenzentrum von Wolkenhof in Adorf; die Sicherungen auf "
        "Servern der Netz.WB. Das Rechenzentrum der Kreisverwaltung bleibt außen vor."
    )
    found = _orgs(text, gazetteer)
    assert "Wolkenhof" in found
    assert "Netz.WB" in found
    assert "Kreisverwaltung" not in found


def test_the_topic_a_release_is_headed_with_is_a_body(gazetteer: Gazetteer) -> None:
    text = (
        "Wendland: Vier Gemeinden testen digitale Sprechstunde\n\nAdorf, 1. März 2026 - Vier "
        "Gemeinden im Wendland bieten ab Mai eine Sprechstunde per Video an."
    )
    assert org_at(text, "Wendland", gazetteer) is not None
    other = "Öffentlich: Vier Gemeinden testen eine Sprechstunde per Video."
    assert org_at(other, "Öffentlich", gazetteer) is None


def test_schools_named_by_an_adjective_or_a_hyphenated_name(gazetteer: Gazetteer) -> None:
    text = (
        "Die Kurse bietet die Volkshochschule Wendischer Kreis an; gewonnen hat eine Klasse des "
        "Lindow-Gymnasiums in Adorf."
    )
    found = _orgs(text, gazetteer)
    assert "Volkshochschule Wendischer Kreis" in found
    assert "Lindow-Gymnasiums" in found


def test_a_town_named_in_full_inside_another_bodys_name_stands_alone_later(
    gazetteer: Gazetteer,
) -> None:
    text = (
        "Der Magistrat der Stadt Wendelhafen hat das Projekt gestartet. Wendelhafen ist damit "
        "die erste Stadt im Land mit einem solchen Portal."
    )
    assert org_at(text, "Wendelhafen", gazetteer, nth=1) == "Stadt Wendelhafen"


def test_a_dateline_is_a_place_even_where_a_body_has_its_name(gazetteer: Gazetteer) -> None:
    text = (
        "Neues Portal für Vereine\n\nHamburg, 3. Mai 2026 - Die Stadt Wendelhafen startet ein "
        "Portal für Vereine."
    )
    found = {m.start: m for m in mentions(text, gazetteer)}
    assert found[text.index("Hamburg,")].cls == "Place"


def test_units_of_universities_and_networks_after_their_head(gazetteer: Gazetteer) -> None:
    text = (
        "Begleitet wird das vom Fachbereich Recht und Verwaltung der Hochschule Adorf. Den "
        "Betrieb übernimmt der IT-Verbund Wendelbach, die Sicherung die Landesfachstelle Lindau."
    )
    found = _orgs(text, gazetteer)
    assert "Fachbereich Recht und Verwaltung" in found
    assert "IT-Verbund Wendelbach" in found
    assert "Landesfachstelle Lindau" in found


def test_councils_of_districts_and_associations(gazetteer: Gazetteer) -> None:
    text = (
        "Das Bezirksamt Wendelbach stellt das Verfahren vor. Kritik kam aus der "
        "Bezirksverordnetenversammlung. Der Zweckverband Netz Adorf wächst; die "
        "Verbandsversammlung hat eine Geschäftsführerin berufen."
    )
    found = _orgs(text, gazetteer)
    assert found["Bezirksverordnetenversammlung"].endswith("Wendelbach")
    assert found["Verbandsversammlung"].endswith("Netz Adorf")


def test_a_town_in_the_genitive_before_its_heads_title(gazetteer: Gazetteer) -> None:
    text = (
        "„Das spart Wege“, sagte Wendelhafens Bürgermeisterin Anna Mustermann. Auch "
        "Lindau-Süds Oberbürgermeister Jan Beispiel ist dabei."
    )
    assert org_at(text, "Wendelhafens", gazetteer) == "Wendelhafen"
    assert org_at(text, "Lindau-Süds", gazetteer) == "Lindau-Süd"


def test_parties_named_by_their_groups(gazetteer: Gazetteer) -> None:
    text = (
        "Dafür stimmten die Fraktionen von ABP und Blauen sowie der WVL. Kritik kam vom "
        "Fraktionsvorsitzenden der KLP, Jan Mustermann."
    )
    found = _orgs(text, gazetteer)
    assert {"ABP", "Blauen", "WVL", "KLP"} <= set(found)


def test_a_councils_short_form(gazetteer: Gazetteer) -> None:
    text = (
        "Das Bezirksamt Wendelbach stellt das Verfahren vor. Kritik kam aus der "
        "Bezirksverordnetenversammlung (BVV). Die BVV will im Mai entscheiden."
    )
    assert org_at(text, "BVV", gazetteer, nth=1) is not None
