"""Roles and names of bodies in shapes of German blind round 19 showed the extractor did not
read, on made-up sentences (no article's names or wording): each test stands for one rule."""

from __future__ import annotations

from loaders.articles import Gazetteer, extract
from loaders.articles.extract import mentions
from loaders.articles.findings import Fact
from tests.articles.conftest import org_at, roles


def _facts(text: str, gazetteer: Gazetteer) -> list[Fact]:
    """The role facts of ``text``."""
    return [
        f for f in extract(text, gazetteer) if isinstance(f, Fact) and f.predicate == "holds_role"
    ]


def test_a_professor_leads_a_team_at_a_university_named_with_adjectives(
    gazetteer: Gazetteer,
) -> None:
    """ "Ein Team um Professorin X" after "der Westfriesischen Technischen Hochschule Y": a
    body found by its adjectives is a university by its name."""
    text = (
        "Ausgewertet werden die Messungen von der Westfriesischen Technischen Hochschule "
        "Nirgendwo. Ein Team um Professorin Erika Beispiel prüft bis 2028 die Ergebnisse."
    )
    found = roles(text, gazetteer)
    assert ("Erika Beispiel", "Westfriesischen Technischen Hochschule Nirgendwo") in found


def test_a_second_title_after_an_office_in_a_body_is_held_there(gazetteer: Gazetteer) -> None:
    """ "der Leiter des X, Direktor Y": both titles are offices in X."""
    text = (
        "Die Pläne stellte der Leiter des Landesamtes für Vermessung Nirgendwo, Direktor "
        "Otto Beispiel, am Freitag vor."
    )
    found = [
        (f.subject.label, f.object.label if f.object else None, f.role)
        for f in _facts(text, gazetteer)
    ]
    assert ("Otto Beispiel", "Landesamt für Vermessung", "Direktor") in found
    assert ("Otto Beispiel", "Landesamt für Vermessung", "Leiter") in found


def test_an_oberbuergermeister_heads_a_city_not_a_municipality(gazetteer: Gazetteer) -> None:
    """An Oberbürgermeister is the head of a city: not of the Gemeinde named last before."""
    text = (
        "Die Stadt Nirgendwo öffnet ein Bürgerportal. Die Server betreut die Netzwerk Muster "
        "GmbH aus der Gemeinde Irgendwo. „Das spart Wege“, sagte Oberbürgermeister Otto "
        "Beispiel."
    )
    assert ("Otto Beispiel", "Stadt Nirgendwo") in roles(text, gazetteer)


def test_an_oberbuergermeisterin_of_the_town_named_before_as_a_place(
    gazetteer: Gazetteer,
) -> None:
    """ "In X … Oberbürgermeisterin Y", where only other towns are named as bodies, after her:
    the city of the dateline's X."""
    text = (
        "Irgendwo/Nirgendwo, 3. Mai 2026 - Das Land zahlt den Kommunen mehr. In Nirgendwo "
        "freut man sich. Oberbürgermeisterin Erika Beispiel will das Bürgerbüro ausbauen. Die "
        "Stadt Musterau will ihr Geld sparen."
    )
    assert ("Erika Beispiel", "Stadt Nirgendwo") in roles(text, gazetteer)


def test_a_sum_from_a_body_is_no_person_of_that_body(gazetteer: Gazetteer) -> None:
    """ "mit 3,4 Millionen Euro vom Land": a sum, not a person with a role in the state."""
    text = "Nirgendwo saniert mit 3,4 Millionen Euro vom Bund die Schulen der Stadt Nirgendwo."
    assert not roles(text, gazetteer)
    assert not [m for m in mentions(text, gazetteer) if m.cls == "Person"]


def test_a_chair_speaks_for_the_body_the_sentence_before_opens_with(
    gazetteer: Gazetteer,
) -> None:
    """ "Der Verein X trifft sich … „…“, sagte die Vorsitzende Y": the chair of X."""
    text = (
        "Die Stadt Nirgendwo lädt zum Bürgerfest. Der Verein Offene Karten Nirgendwo kartiert "
        "seit Jahren Radwege. „Wir machen weiter“, sagte der Vorsitzende Otto Beispiel."
    )
    assert ("Otto Beispiel", "Verein Offene Karten Nirgendwo") in roles(text, gazetteer)


def test_a_founder_is_not_of_the_investor_named_last(gazetteer: Gazetteer) -> None:
    """A founder's company, when an investor ("X Beteiligungsgesellschaft", "Y Capital AG") is
    the company named last before: the company the investor put money into."""
    text = (
        "Die Software stammt von der Musterwerk GmbH aus Nirgendwo. Im Mai bekam sie "
        "500.000 Euro, die Hälfte davon von der Nordlicht Capital AG aus Irgendwo. "
        "„Wir stellen nun ein“, sagte Mitgründerin Erika Beispiel."
    )
    assert ("Erika Beispiel", "Musterwerk GmbH") in roles(text, gazetteer)


def test_a_kreis_compound_after_als_or_an_indefinite_article_is_no_county(
    gazetteer: Gazetteer,
) -> None:
    """ "für uns als Bergkreis", "ein Seenkreis": a kind of county, not a county's name."""
    text = (
        "Der Landkreis Nirgendwo testet die App. „Für uns als Bergkreis ist das wichtig“, "
        "sagte Landrat Otto Beispiel. Auch ein Seenkreis im Norden will mitmachen."
    )
    assert org_at(text, "Bergkreis", gazetteer) is None
    assert org_at(text, "Seenkreis", gazetteer) is None
    assert ("Otto Beispiel", "Landkreis Nirgendwo") in roles(text, gazetteer)


def test_a_foundation_named_by_an_adjective_a_noun_and_a_region(gazetteer: Gazetteer) -> None:
    """ "Die Stiftung Offene Bildung Nordland zahlt …", "von der Stiftung": a foundation's
    name of several words, as an association's may be."""
    text = (
        "Die Stiftung Offene Bildung Nordland zahlt 20.000 Euro für die Kurse. Die Gemeinden "
        "erhalten von der Stiftung je 2.000 Euro."
    )
    assert org_at(text, "Stiftung Offene Bildung Nordland", gazetteer) == (
        "Stiftung Offene Bildung Nordland"
    )
    assert org_at(text, "Stiftung", gazetteer, nth=1) == "Stiftung Offene Bildung Nordland"


def test_a_bank_of_development_hyphenated_after_a_places_adjective(gazetteer: Gazetteer) -> None:
    """ "die Nirgendwoer Förder-Bank": a bank, as "Förderbank" is."""
    text = "Die Kosten für Räume übernahm die Musterstädter Förder-Bank."
    assert org_at(text, "Musterstädter Förder-Bank", gazetteer) is not None


def test_an_authority_named_by_its_places_adjective(gazetteer: Gazetteer) -> None:
    """ "die Nirgendwoer Schulbehörde" is the "Schulbehörde Nirgendwo" of the place named."""
    text = (
        "Nirgendwo, 3. Mai 2026 - Die Nirgendwoer Schulbehörde kauft 400 Tablets. In "
        "Nirgendwo sollen alle Schulen bis Herbst versorgt sein."
    )
    assert org_at(text, "Nirgendwoer Schulbehörde", gazetteer) == "Schulbehörde Nirgendwo"


def test_a_senator_heads_the_ministry_whose_name_holds_the_remit(gazetteer: Gazetteer) -> None:
    """ "X, Senatorin für Umwelt": the "Umweltbehörde" named, not the other ministry named
    last before her."""
    text = (
        "Die Musterhafener Umweltbehörde zahlt 2 Millionen Euro. Weitere 500.000 Euro gibt die "
        "Behörde für Verkehr und Bau. „Das lohnt sich“, sagte Erika Beispiel, Senatorin für "
        "Umwelt, in Musterhafen."
    )
    assert ("Erika Beispiel", "Umweltbehörde Musterhafen") in roles(text, gazetteer)


def test_a_senators_title_after_her_name_is_no_body(gazetteer: Gazetteer) -> None:
    """ "X Y, Senatorin für Z, …": her title; "die Senatorin für Z zahlt" names the body."""
    text = (
        "„Das lohnt sich“, sagte Erika Beispiel, Senatorin für Umwelt, am Montag. Die "
        "Senatorin für Umwelt zahlt dafür 20.000 Euro."
    )
    assert org_at(text, "Senatorin für Umwelt", gazetteer) is None
    assert org_at(text, "Senatorin für Umwelt", gazetteer, nth=1) is not None


def test_a_course_leader_teaches_at_the_adult_education_centre(gazetteer: Gazetteer) -> None:
    """ "sagte Kursleiter X": the Volkshochschule the text names (not a university, though its
    name holds "hochschule")."""
    text = (
        "Die Volkshochschule Nirgendwo bietet ab Mai Kurse für Tablets an. Der Landkreis "
        "Irgendwo zahlt die Räume. „Keiner muss Angst haben“, sagte Kursleiter Otto Beispiel."
    )
    assert ("Otto Beispiel", "Volkshochschule Nirgendwo") in roles(text, gazetteer)


def _place_at(text: str, surface: str, gazetteer: Gazetteer, nth: int = 0) -> bool:
    """Whether a place is found at the ``nth`` occurrence of ``surface``."""
    at = -1
    for _ in range(nth + 1):
        at = text.index(surface, at + 1)
    return any(
        m.cls == "Place" and m.start <= at and at + len(surface) <= m.end
        for m in mentions(text, gazetteer)
    )


def test_a_states_bare_name_after_in_or_aus_is_a_place(gazetteer: Gazetteer) -> None:
    """ "Kommunen in Sachsen", "Stadtwerke aus Hessen und Sachsen": where, not the state;
    "Auch Sachsen zahlt" is the state."""
    text = (
        "Die Musterwerk GmbH hat Kunden in Sachsen. Gegründet haben sie Stadtwerke aus "
        "Hessen und Sachsen. Auch Sachsen zahlt 20.000 Euro."
    )
    assert _place_at(text, "Sachsen", gazetteer)
    assert _place_at(text, "Hessen", gazetteer)
    assert _place_at(text, "Sachsen", gazetteer, nth=1)
    assert org_at(text, "Sachsen", gazetteer, nth=2) is not None


def test_a_states_bare_name_after_im_or_aus_dem_ganzen_is_a_place(gazetteer: Gazetteer) -> None:
    """ "die Ämter im Saarland", "aus dem ganzen Saarland": where, not the state."""
    text = "Die Gesundheitsämter im Saarland faxen noch. Bewerbungen kamen aus dem ganzen Saarland."
    assert _place_at(text, "Saarland", gazetteer)
    assert _place_at(text, "Saarland", gazetteer, nth=1)


def test_a_list_after_a_compound_plural_of_bodies(gazetteer: Gazetteer) -> None:
    """ "die Nachbarlandkreise A und B", "die Modellstädte C, D und E": bodies, as after
    "die Landkreise"."""
    text = (
        "Mitmachen wollen die Nachbarlandkreise Nirgendwo und Irgendwo. Getestet wird in "
        "den Modellstädten Musterau, Beispielfeld und Exempelberg."
    )
    assert org_at(text, "Nirgendwo", gazetteer) == "Landkreis Nirgendwo"
    assert org_at(text, "Irgendwo", gazetteer) == "Landkreis Irgendwo"
    assert org_at(text, "Beispielfeld", gazetteer) == "Stadt Beispielfeld"


def test_a_list_after_the_plural_of_member_towns(gazetteer: Gazetteer) -> None:
    """ "unsere Mitgliedsstädte A, B und C": bodies, as after "die Städte"."""
    text = "Angeschlossen haben sich unsere Mitgliedsstädte Musterau, Beispielfeld und Exempelberg."
    assert org_at(text, "Musterau", gazetteer) == "Stadt Musterau"
    assert org_at(text, "Exempelberg", gazetteer) == "Stadt Exempelberg"


def test_a_county_named_alone_after_am_is_a_place(gazetteer: Gazetteer) -> None:
    """ "der Pegel am X" where the text names "Landkreis X": the river or place, not the
    county (as after "in", "aus")."""
    text = "Der Landkreis Nirgendwo misst die Pegel am Irgendwo. Der Landkreis Irgendwo zahlt mit."
    assert org_at(text, "Irgendwo", gazetteer) is None
    assert org_at(text, "Irgendwo", gazetteer, nth=1) == "Landkreis Irgendwo"


def test_a_city_states_parliament_is_the_abgeordnetenhaus(gazetteer: Gazetteer) -> None:
    """ "Abgeordnetenhaus beschließt …" heading a text, "das Xer Abgeordnetenhaus": the
    parliament, as "Landtag" and "Bürgerschaft" are."""
    text = (
        "Abgeordnetenhaus beschließt Gesetz\n\nDas Nirgendwoer Abgeordnetenhaus hat am "
        "Donnerstag das Gesetz beschlossen."
    )
    assert org_at(text, "Abgeordnetenhaus", gazetteer) is not None
    assert org_at(text, "Nirgendwoer Abgeordnetenhaus", gazetteer) is not None


def test_a_districts_name_after_stadtteil_is_a_place(gazetteer: Gazetteer) -> None:
    """ "im Stadtteil X" where the text names "Bezirksamt X": the part of town, a place."""
    text = (
        "Das Lager steht im Nirgendwoer Stadtteil Irgendwo. Das Bezirksamt Irgendwo hat den "
        "Bau genehmigt."
    )
    assert org_at(text, "Irgendwo", gazetteer) is None
    assert _place_at(text, "Irgendwo", gazetteer)


def test_a_states_administration_with_a_remit_is_a_body(gazetteer: Gazetteer) -> None:
    """ "die Westfriesische Verwaltung für Vermessung und Karten": a body; "die Digitale
    Verwaltung" or "die Verwaltung für alle" is none."""
    text = (
        "Die Karten liefert die Westfriesische Verwaltung für Vermessung und Karten in "
        "Nirgendwo. Eine Professorin für Digitale Verwaltung lobt das."
    )
    found = org_at(text, "Westfriesische Verwaltung für Vermessung und Karten", gazetteer)
    assert found == "Westfriesische Verwaltung für Vermessung und Karten"
    assert org_at(text, "Digitale Verwaltung", gazetteer) is None


def test_a_chair_speaks_for_the_one_body_the_sentence_before_names(
    gazetteer: Gazetteer,
) -> None:
    """ "Unterstützt wird es vom Verein X, der …. Sprecherin Y sagte …": the one body the
    sentence before names (past one opening with a pronoun)."""
    text = (
        "Die Stadt Nirgendwo baut ein Portal. Unterstützt wird sie vom Verein Offene Daten "
        "Irgendwo, der seit Jahren Karten sammelt. Er hat schon 40 Datensätze geliefert. "
        "Sprecherin Erika Beispiel sagte, das Portal komme spät."
    )
    assert ("Erika Beispiel", "Verein Offene Daten Irgendwo") in roles(text, gazetteer)


def test_a_ressort_is_the_ministry_named_with_that_remit(gazetteer: Gazetteer) -> None:
    """ "aus dem Umweltressort": the one ministry the text names with that remit."""
    text = (
        "Die Senatorin für Umwelt und Klima zahlt 20.000 Euro. Das Geld komme aus dem "
        "Umweltressort, hieß es."
    )
    assert org_at(text, "Umweltressort", gazetteer) == "Senatorin für Umwelt und Klima"


def test_a_bodys_name_found_once_is_that_body_where_it_stands_again(
    gazetteer: Gazetteer,
) -> None:
    """ "die an der Hochschule Nirgendwo Informatik studiert": the name read before in full,
    though a noun goes on after it here."""
    text = (
        "Gewonnen hat ein Team der Hochschule Nirgendwo. Es wurde von Erika Beispiel geleitet, "
        "die an der Hochschule Nirgendwo Informatik studiert."
    )
    assert org_at(text, "Hochschule Nirgendwo", gazetteer, nth=1) == "Hochschule Nirgendwo"


def test_a_works_name_found_once_is_that_work_where_it_stands_again(
    gazetteer: Gazetteer,
) -> None:
    """ "das Projekt „Nirgendwo 5G“ … Insgesamt kostet „Nirgendwo 5G“ …": the project both
    times, not the town inside its name."""
    text = (
        "Die Stadt Nirgendwo startet das Projekt „Nirgendwo 5G“. Insgesamt kostet „Nirgendwo "
        "5G“ rund 2 Millionen Euro."
    )
    at = text.rindex("„Nirgendwo") + 1
    found = [m for m in mentions(text, gazetteer) if m.start <= at < m.end]
    assert [m.cls for m in found] == ["Initiative"]


def test_a_county_named_by_a_places_adjective_and_land(gazetteer: Gazetteer) -> None:
    """ "der Landkreis Nirgendwoer Land": the whole name, not "Landkreis Nirgendwoer"."""
    text = "Als nächste Kommune will der Landkreis Musterhafener Land die App ab Januar nutzen."
    assert org_at(text, "Landkreis Musterhafener Land", gazetteer) == (
        "Landkreis Musterhafener Land"
    )


def test_a_name_opened_by_a_states_adjective_before_a_short_name(gazetteer: Gazetteer) -> None:
    """ "der Westfriesische IT-Dienstleister (ZIT-WF)": a body's name and its short name,
    though no head noun of a body is known and the short name spells out no name."""
    text = (
        "Die Server stellt der Westfriesische IT-Dienstleister (ZIT-WF) in seinem "
        "Rechenzentrum bereit."
    )
    assert org_at(text, "Westfriesische IT-Dienstleister", gazetteer) is not None
    assert org_at(text, "ZIT-WF", gazetteer) is not None
