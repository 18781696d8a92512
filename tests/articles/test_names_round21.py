"""Roles and names of bodies in shapes of German blind round 21 showed the extractor did not
read, on made-up sentences (no article's names or wording): each test stands for one rule."""

from __future__ import annotations

from loaders.articles import Gazetteer, extract
from loaders.articles.findings import Fact
from tests.articles.conftest import org_at


def _facts(text: str, gazetteer: Gazetteer) -> set[tuple[str, str | None, str | None]]:
    """Who holds which role where in ``text``."""
    return {
        (f.subject.label, f.object.label if f.object else None, f.role)
        for f in extract(text, gazetteer)
        if isinstance(f, Fact) and f.predicate == "holds_role"
    }


def test_a_rector_of_a_university_before_his_name(gazetteer: Gazetteer) -> None:
    """ "Der Rektor der Hochschule, X Y," is a title ("Rektorin" too), as "Direktor" is."""
    text = (
        "Die Hochschule Quaxenburg zählt 3000 Studierende. Der Rektor der Hochschule, Otto "
        "Beispiel-Muster, kündigte weitere Kurse an."
    )
    assert ("Otto Beispiel-Muster", "Hochschule Quaxenburg", "Rektor") in _facts(text, gazetteer)


def test_a_title_held_so_far_after_a_name(gazetteer: Gazetteer) -> None:
    """ "X Y, bisher Beauftragte des Landkreises": an apposition as "X Y, seit Mai …"."""
    text = (
        "Der Landkreis Quaxenland gründet eine Schule. Die Leitung übernimmt Erika Beispiel, "
        "bisher Digitalbeauftragte des Landkreises."
    )
    found = _facts(text, gazetteer)
    assert ("Erika Beispiel", "Landkreis Quaxenland", "Digitalbeauftragte") in found


def test_who_leads_a_body_told_in_a_relative_clause(gazetteer: Gazetteer) -> None:
    """ "X Y, die das Sozialamt Z leitet": she is its Leiterin ("der …": a Leiter)."""
    text = (
        "Die Software testen zwei Ämter. Erika Beispiel, die das Sozialamt Quaxenburg leitet, "
        "hofft auf Entlastung. Otto Muster, der das Ordnungsamt Quaxenburg seit Jahren "
        "leitet, ist skeptisch."
    )
    found = _facts(text, gazetteer)
    assert ("Erika Beispiel", "Sozialamt Quaxenburg", "Leiterin") in found
    assert ("Otto Muster", "Ordnungsamt Quaxenburg", "Leiter") in found


def test_elected_to_an_office_with_another_title_before_the_name(gazetteer: Gazetteer) -> None:
    """ "Zum Vorsitzenden wählte die Versammlung Landrat X Y": the elected office as without
    the second title."""
    text = (
        "Die Stadt Quaxenburg und der Landkreis Quaxenland gründen den Zweckverband "
        "Wasser Quaxenland. Zum Verbandsvorsitzenden wählte die Versammlung Landrat Otto "
        "Beispiel."
    )
    found = _facts(text, gazetteer)
    assert ("Otto Beispiel", "Zweckverband Wasser Quaxenland", "Verbandsvorsitzender") in found


def test_a_bare_short_name_after_the_body_named_with_its_states_adjective(
    gazetteer: Gazetteer,
) -> None:
    """ "der Xische Gemeindetag … des Gemeindetages": the body named with the adjective, not
    the one of another state the graph knows by the short name."""
    text = (
        "Eingeladen hatte der Schleswig-Holsteinische Gemeindetag. Der Geschäftsführer des "
        "Gemeindetages, Otto Beispiel, forderte mehr Geld."
    )
    assert org_at(text, "Gemeindetages", gazetteer) == "Schleswig-Holsteinische Gemeindetag"
    found = _facts(text, gazetteer)
    assert ("Otto Beispiel", "Schleswig-Holsteinische Gemeindetag", "Geschäftsführer") in found


def test_a_rectors_title_alone_tells_a_university(gazetteer: Gazetteer) -> None:
    """ "Rektorin Prof. X Y" without a body: the university named before, as for a
    professor; a "Direktor" is no rector."""
    text = (
        "Die Stadt Quaxenburg und die Universität Quaxenburg arbeiten zusammen. "
        "Oberbürgermeister Otto Muster und Rektorin Prof. Dr. Erika Beispiel unterschrieben."
    )
    assert ("Erika Beispiel", "Universität Quaxenburg", "Rektorin") in _facts(text, gazetteer)


def test_a_county_compound_of_a_common_noun_is_no_county(gazetteer: Gazetteer) -> None:
    """ "quer durch den Flächenkreis", "im Heimatkreis": kinds of county, no names; "des
    Landkreises" then is the county named before."""
    text = (
        "Der Landkreis Quaxenland baut eine Schule, damit niemand quer durch den Flächenkreis "
        "fahren muss. Sie leitet Erika Beispiel, bisher Beauftragte des Landkreises."
    )
    assert org_at(text, "Flächenkreis", gazetteer) is None
    assert ("Erika Beispiel", "Landkreis Quaxenland", "Beauftragte") in _facts(text, gazetteer)


def test_a_company_office_after_a_sentence_about_the_company_by_its_noun(
    gazetteer: Gazetteer,
) -> None:
    """ "Den Preis gewann die X GmbH … Die Bank Y hatte das Start-up unterstützt.
    Geschäftsführerin Z": the company two sentences before, not a body of the opening
    paragraph."""
    text = (
        "Eingeladen hatte der Quaxische Gemeindetag, der 300 Gemeinden vertritt. Es kamen "
        "viele.\n\nDen Preis gewann die Quax Logic GmbH aus Quaxenburg, die Software baut; "
        "bisher wird das mit Karteikarten erledigt. Die Investitionsbank Quaxenland hatte das "
        "Start-up mit einem Darlehen unterstützt. Geschäftsführerin Erika Beispiel kündigte "
        "Tests an."
    )
    assert ("Erika Beispiel", "Quax Logic GmbH", "Geschäftsführerin") in _facts(text, gazetteer)


def test_a_chamber_named_by_a_states_adjective_and_its_presidents_title(
    gazetteer: Gazetteer,
) -> None:
    """ "die Quaxische Ingenieurekammer": a body by its adjective; "Kammerpräsidentin X"
    presides over the chamber named before, whose name ends in the title's first part."""
    text = (
        "Den Fachtag richtete die Quaxische Ingenieurekammer am Montag aus. "
        "Kammerpräsidentin Erika Beispiel lobte das Werkzeug."
    )
    assert org_at(text, "Ingenieurekammer", gazetteer) == "Quaxische Ingenieurekammer"
    found = _facts(text, gazetteer)
    assert ("Erika Beispiel", "Quaxische Ingenieurekammer", "Kammerpräsidentin") in found


def test_an_office_leader_heads_the_office_named_before(gazetteer: Gazetteer) -> None:
    """ "sagte Amtsleiterin X": the head of the "…amt Y" named before."""
    text = (
        "Das Ordnungsamt Quaxenburg bietet einen neuen Dienst an. Geschult hat die Beschäftigten "
        "die Verwaltungsschule Quaxenland. „Das spart Zeit“, sagte Amtsleiterin Erika Beispiel."
    )
    found = _facts(text, gazetteer)
    assert ("Erika Beispiel", "Ordnungsamt Quaxenburg", "Amtsleiterin") in found


def test_a_school_named_in_english_and_a_professor_there(gazetteer: Gazetteer) -> None:
    """ "von der Quax School", "das Quax Institute of Technology": bodies named in English;
    "Professorin X von der Y School" teaches there."""
    text = (
        "Die Jury leitete Professorin Erika Beispiel von der Quaxberg School. Das Quaxberg "
        "Institute of Technology prüfte die Technik."
    )
    assert org_at(text, "Quaxberg School", gazetteer) == "Quaxberg School"
    assert org_at(text, "Institute", gazetteer) == "Quaxberg Institute of Technology"
    assert ("Erika Beispiel", "Quaxberg School", "Professorin") in _facts(text, gazetteer)


def test_a_founder_named_without_an_article_after_von(gazetteer: Gazetteer) -> None:
    """ "Das Start-up wurde 2020 von X Y gegründet": X Y founded the company told of, as with
    "von der Ingenieurin X Y"."""
    text = (
        "Gewonnen hat die Quax Labs GmbH aus Quaxenburg. Das Start-up wurde 2020 von Otto "
        "Beispiel gegründet und beschäftigt 30 Menschen."
    )
    assert ("Otto Beispiel", "Quax Labs GmbH", "Gründer") in _facts(text, gazetteer)


def test_a_founder_told_again_with_her_offices_is_one_fact(gazetteer: Gazetteer) -> None:
    """ "X wurde von Erika Beispiel gegründet … sagt Gründerin und Geschäftsführerin
    Beispiel": one office in the company, told in full."""
    text = (
        "Quaxform wurde 2020 von Erika Beispiel gegründet und beschäftigt 30 Menschen. Die "
        "Quaxform GmbH baut Formulare. „Das hilft“, sagt Gründerin und Geschäftsführerin "
        "Beispiel."
    )
    found = {(s, o) for s, o, _ in _facts(text, gazetteer)}
    facts = [
        f
        for f in extract(text, gazetteer)
        if isinstance(f, Fact)
        and f.predicate == "holds_role"
        and f.subject.label == "Erika Beispiel"
    ]
    assert ("Erika Beispiel", "Quaxform GmbH") in found
    assert len(facts) == 1


def _place_at(text: str, surface: str, gazetteer: Gazetteer) -> str | None:
    at = text.index(surface)
    for m in extract(text, gazetteer):
        if getattr(m, "cls", None) == "Place" and m.start <= at and at + len(surface) <= m.end:
            return str(m.text)
    return None


def test_buildings_by_an_adjective_or_a_name_after_more_prepositions(
    gazetteer: Gazetteer,
) -> None:
    """ "vom Quaxer Rathaus", "im Roten Rathaus", "im Historischen Museum", "aus dem Quaxer
    Binnenhafen", "ins Nordkolleg Quaxenburg": places, the adjective with them."""
    text = (
        "Die Firma aus dem Quaxer Binnenhafen sitzt nahe vom Quaxer Rathaus. Gefeiert wird im "
        "Roten Rathaus und im Historischen Museum. Später kamen alle ins Nordkolleg Quaxenburg."
    )
    assert _place_at(text, "Binnenhafen", gazetteer) == "Quaxer Binnenhafen"
    assert _place_at(text, "Quaxer Rathaus", gazetteer) == "Quaxer Rathaus"
    assert _place_at(text, "Roten", gazetteer) == "Roten Rathaus"
    assert _place_at(text, "Museum", gazetteer) == "Historischen Museum"
    assert _place_at(text, "Nordkolleg", gazetteer) == "Nordkolleg Quaxenburg"


def test_a_city_government_after_im_is_a_body(gazetteer: Gazetteer) -> None:
    """ "der im Magistrat für X zuständig ist": the city's government, no place."""
    text = (
        "Die Stadt Quaxenhaven baut ein Portal. Es sprach Stadtrat Otto Muster, der im "
        "Magistrat für Bürgerangelegenheiten zuständig ist."
    )
    assert org_at(text, "Magistrat", gazetteer) is not None
    assert _place_at(text, "Magistrat", gazetteer) is None


def test_a_towns_utilities_by_its_adjective(gazetteer: Gazetteer) -> None:
    """ "die Quaxer Stadtwerke", "den Quaxer Verkehrsbetrieben": companies, as "Stadtwerke
    Quaxenburg" is."""
    text = "Daten gaben die Quaxer Stadtwerke und die Quaxer Verkehrsbetriebe."
    assert org_at(text, "Stadtwerke", gazetteer) == "Quaxer Stadtwerke"
    assert org_at(text, "Verkehrsbetriebe", gazetteer) == "Quaxer Verkehrsbetriebe"


def test_a_state_secretary_without_a_ministry_named_works_in_the_chancellery(
    gazetteer: Gazetteer,
) -> None:
    """ "Staatssekretär X" in a text that names no ministry but the state's chancellery: his
    office is there."""
    text = (
        "Die Nachricht brachte Digitalstaatssekretär Otto Muster aus Quaxstadt mit: Das Land "
        "legt ein Programm auf, für das die Staatskanzlei 15 Mio. EUR einplant."
    )
    found = {(s, o) for s, o, _ in _facts(text, gazetteer)}
    assert ("Otto Muster", "Staatskanzlei") in found


def test_an_office_with_its_remit_is_a_body(gazetteer: Gazetteer) -> None:
    """ "über ihr Amt für IT und Digitalisierung", "des Amtes für Schulen der Stadt X": a body
    with its remit (and the town it serves)."""
    text = (
        "Die Kanzlei zahlt über ihr Amt für IT und Digitalisierung 480.000 Euro. Es sprach die "
        "Leiterin des Amtes für Schulen der Stadt Quaxenburg."
    )
    assert org_at(text, "Amt für", gazetteer) == "Amt für IT und Digitalisierung"
    assert org_at(text, "Amtes", gazetteer) == "Amt für Schulen der Stadt Quaxenburg"


def test_a_double_surname_alone_is_the_person_named_before(gazetteer: Gazetteer) -> None:
    """ "Die Bescheide überreichte Quaxmann-Boateng": a double surname is no common word, so it
    names the person named in full before wherever it stands."""
    text = (
        "Der Minister Otto Quaxmann-Boateng kam. Die Bescheide überreichte Quaxmann-Boateng noch "
        "auf der Bühne."
    )
    persons = [
        m.text
        for m in extract(text, gazetteer)
        if getattr(m, "cls", None) == "Person" and not isinstance(m, Fact)
    ]
    assert "Quaxmann-Boateng" in persons


def test_a_colleague_in_office_from_another_town(gazetteer: Gazetteer) -> None:
    """ "Ihr Amtskollege aus X, Bürgermeister Y": X is the body he heads; "Ihr Amtskollege aus
    Z, A B,": A B holds the office told before, in the body of Z."""
    text = (
        "Das sagte Quaxenbergs Bürgermeisterin Erika Beispiel. Ihr Amtskollege aus Quaxhausen, "
        "Otto Muster, ergänzte, man wolle mehr. Ihr Amtskollege aus Quaxdorf, Bürgermeister "
        "Karl Muster, ergänzte das."
    )
    assert org_at(text, "Quaxdorf", gazetteer) == "Quaxdorf"
    assert ("Otto Muster", "Quaxhausen", "Bürgermeister") in _facts(text, gazetteer)


def test_fire_service_titles(gazetteer: Gazetteer) -> None:
    """ "Kreisbrandmeister des Landkreises X", "Kreisbrandinspektor", "…inspekteur" are titles;
    "Wehrführer Y aus Z" leads the Freiwillige Feuerwehr Z."""
    text = (
        "„Wir sind schnell“, sagt Wehrführer Otto Muster aus Quaxdorf. Es sprach Henning "
        "Muster-Voss, Kreisbrandmeister des Landkreises Quaxland. Es sprach auch Erika Beispiel, "
        "Kreisbrandinspektorin des Landkreises Quaxland."
    )
    found = {(s, o) for s, o, _ in _facts(text, gazetteer)}
    assert ("Otto Muster", "Freiwillige Feuerwehr Quaxdorf") in found
    assert ("Henning Muster-Voss", "Landkreis Quaxland") in found
    assert ("Erika Beispiel", "Landkreis Quaxland") in found


def test_founders_after_the_verb_and_after_a_plural_profession(gazetteer: Gazetteer) -> None:
    """ "Gegründet wurde die X GmbH 2024 von A und B", "wurde von den Informatikern C und D
    gegründet": all four are founders of the company named."""
    text = (
        "Gegründet wurde die Quax GmbH 2024 von Selin Beispiel und Mats Muster, die sich im "
        "Studium kennenlernten. Den Dienst baut die Quaxwerk Nord GmbH. Quaxwerk Nord wurde "
        "2022 von den Informatikern Malte Muster-Bakshi und Jule Beispiel-Mbatha gegründet."
    )
    found = {(s, o) for s, o, _ in _facts(text, gazetteer)}
    assert ("Selin Beispiel", "Quax GmbH") in found
    assert ("Mats Muster", "Quax GmbH") in found
    assert ("Malte Muster-Bakshi", "Quaxwerk Nord GmbH") in found
    assert ("Jule Beispiel-Mbatha", "Quaxwerk Nord GmbH") in found


def test_a_founder_with_another_office_in_the_company_holds_that_one(
    gazetteer: Gazetteer,
) -> None:
    """ "Gegründet wurde X von A und B … Geschäftsführerin B": B's office is told, the founding
    gives way (the fixtures mark the office)."""
    text = (
        "Gegründet wurde die Quax GmbH 2023 von Malte Muster und Derya Beispiel. Die "
        "Geschäftsführerin der Quax GmbH, Derya Beispiel, sprach."
    )
    found = [(s, o, r) for s, o, r in _facts(text, gazetteer) if s == "Derya Beispiel"]
    assert found == [("Derya Beispiel", "Quax GmbH", "Geschäftsführerin")]


def test_a_companys_first_word_after_an_adjective_is_a_common_noun(
    gazetteer: Gazetteer,
) -> None:
    """ "in einem dreidimensionalen Quaxmodell" before "die Quaxmodell Nord GmbH": a common
    noun; "Quaxmodell beschäftigt …" is the company said short."""
    text = (
        "Man soll es in einem dreidimensionalen Quaxmodell prüfen können. Gebaut hat es die "
        "Quaxmodell Nord GmbH aus Quaxdorf. Quaxmodell beschäftigt zehn Leute."
    )
    assert org_at(text, "Quaxmodell", gazetteer) is None
    assert org_at(text, "Quaxmodell", gazetteer, 2) == "Quaxmodell Nord GmbH"
