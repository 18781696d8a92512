"""Role facts whose body is not named next to the role, on made-up sentences (no article's
names or wording): the body of the role's kind, a body named again by its noun, a role told in
a clause."""

from __future__ import annotations

import datetime as dt

from loaders.articles import Gazetteer, extract
from loaders.articles.findings import Fact


def _roles(text: str, gazetteer: Gazetteer) -> dict[str, Fact]:
    """The role facts of ``text`` by the person's name."""
    found = extract(text, gazetteer, article_date=dt.date(2026, 5, 4))
    return {
        f.subject.label: f for f in found if isinstance(f, Fact) and f.predicate == "holds_role"
    }


def _body(text: str, gazetteer: Gazetteer, person: str) -> str | None:
    fact = _roles(text, gazetteer)[person]
    return None if fact.object is None else fact.object.label


def test_a_town_office_without_its_town_is_held_in_the_town_named(gazetteer: Gazetteer) -> None:
    text = (
        "Die Stadt Quellhausen führt die E-Akte ein. Das Projekt kostet 90.000 Euro.\n\n"
        "„Wir sparen Papier“, sagte Kämmerer Tillmann Probst."
    )
    assert _body(text, gazetteer, "Tillmann Probst") == "Stadt Quellhausen"


def test_a_noun_in_the_genitive_names_the_body_of_its_kind(gazetteer: Gazetteer) -> None:
    text = (
        "Der Landkreis Wiesengrund plant einen Lesesommer. Geplant hat ihn die "
        "Digitalisierungsbeauftragte des Kreises, Edda Fiktiva."
    )
    assert _body(text, gazetteer, "Edda Fiktiva") == "Landkreis Wiesengrund"


def test_a_unit_named_by_its_noun_is_a_unit_of_the_county(gazetteer: Gazetteer) -> None:
    text = (
        "Der Landkreis Wiesengrund bearbeitet Anträge jetzt digital. „Das geht schneller“, "
        "sagte Ulla Beispielmann, Leiterin des Ordnungsamts."
    )
    fact = _roles(text, gazetteer)["Ulla Beispielmann"]
    assert fact.object is not None
    assert fact.object.label == "Ordnungsamt des Landkreises Wiesengrund"
    assert fact.role == "Leiterin"


def test_a_company_office_is_held_in_the_company_told_of(gazetteer: Gazetteer) -> None:
    text = (
        "Die Quelltext Werkstatt GmbH baut Apps. Die Quelltext Werkstatt GmbH zieht um.\n\n"
        "Am meisten Geld gab die Kapitalberg Beteiligungen GmbH. Das Land gibt etwas dazu.\n\n"
        "„Wir ziehen nach Quellau“, sagte Mitgründerin und Geschäftsführerin Lotte Probst. "
        "Das Unternehmen führt sie mit Max Mustermann, der als technischer Leiter tätig ist."
    )
    roles = _roles(text, gazetteer)
    assert {roles["Lotte Probst"].object, roles["Max Mustermann"].object} == {
        roles["Lotte Probst"].object
    }
    assert roles["Lotte Probst"].object is not None
    assert roles["Lotte Probst"].object.label == "Quelltext Werkstatt GmbH"


def test_a_role_held_before_is_no_fact(gazetteer: Gazetteer) -> None:
    text = "Angeführt wird die Gruppe von dem früheren Landrat Otto Altmann aus Quellhausen."
    assert "Otto Altmann" not in _roles(text, gazetteer)


def test_a_state_councillor_works_for_the_senator_named(gazetteer: Gazetteer) -> None:
    text = (
        "Die Senatorin für Wohnen und Bauen lobt den Plan. Für sie war Staatsrat Kai "
        "Beispielmann vor Ort."
    )
    assert _body(text, gazetteer, "Kai Beispielmann") == "Senatorin für Wohnen und Bauen"


def test_a_name_next_to_a_role_may_end_like_a_noun(gazetteer: Gazetteer) -> None:
    text = "Den Vortrag hielt Anna Sonntag, Professorin für Statik an der Hochschule Quellhausen."
    assert _body(text, gazetteer, "Anna Sonntag") == "Hochschule Quellhausen"


def test_a_body_told_beats_one_guessed_from_the_title(gazetteer: Gazetteer) -> None:
    text = (
        "Die Gemeinde Wiesental war dabei. Der Städtetag Quellland lud ein. Dessen "
        "Digitalisierungsdezernentin Edda Fiktiva eröffnete den Abend."
    )
    facts = [
        f for f in extract(text, gazetteer) if isinstance(f, Fact) and f.predicate == "holds_role"
    ]
    assert [f.object.label for f in facts if f.object] == ["Städtetag Quellland"]


def test_a_town_in_the_genitive_before_a_mayor_is_the_town_named_in_full(
    gazetteer: Gazetteer,
) -> None:
    text = (
        "Die App nutzen die Kreisstadt Quellhausen an der Wiese und die Stadt Wiesental. "
        "Quellhausens Bürgermeister Paul Probemann ist zufrieden."
    )
    assert _body(text, gazetteer, "Paul Probemann") == "Kreisstadt Quellhausen an der Wiese"


def test_a_ministry_by_its_short_name_is_the_one_named_in_full(gazetteer: Gazetteer) -> None:
    text = (
        "Das Ministerium für Digitales des Landes Quellland fördert das Projekt. "
        "„Ein gutes Beispiel“, so Staatssekretärin Edda Fiktiva aus dem Digitalministerium."
    )
    assert (
        _body(text, gazetteer, "Edda Fiktiva") == "Ministerium für Digitales des Landes Quellland"
    )


def test_a_role_opening_the_next_sentence_is_the_role_of_the_person_named(
    gazetteer: Gazetteer,
) -> None:
    text = (
        "Die Stadt Quellhausen startet einen Chatbot. „Er lernt schnell“, meint Frida "
        "Beispielmann. Die Stadträtin leitet das Dezernat für Bürgerdienste."
    )
    assert _body(text, gazetteer, "Frida Beispielmann") == "Stadt Quellhausen"


def test_founders_told_after_the_verb_are_persons(gazetteer: Gazetteer) -> None:
    text = (
        "Die Wiesenbit GmbH baut Apps. Gegründet hatten Wiesenbit damals die Freunde von "
        "Kai Probemann und Lina Fiktiva. Geschäftsführerin Fiktiva will expandieren."
    )
    assert _body(text, gazetteer, "Lina Fiktiva") == "Wiesenbit GmbH"


def test_a_club_named_in_quotes_is_where_its_chair_holds_office(gazetteer: Gazetteer) -> None:
    text = (
        "Geehrt wurde der Verein „Digital vor Ort Wiesental“. Den Preis holte "
        "Vereinsvorsitzender Kai Probemann ab."
    )
    assert _body(text, gazetteer, "Kai Probemann") == "Digital vor Ort Wiesental"


def test_an_office_is_held_in_the_body_its_sentence_names_again(gazetteer: Gazetteer) -> None:
    text = (
        "Der Landkreis Wiesengrund hat ein Portal gebaut, entwickelt in Quellhausen. Auch die "
        "Stadt Quellhausen nutzt es. Den Rest zahlt der Kreis selbst, wie Kämmerin Jule "
        "Probemann erläuterte."
    )
    assert _body(text, gazetteer, "Jule Probemann") == "Landkreis Wiesengrund"


def test_a_role_in_a_relative_clause_after_a_surname(gazetteer: Gazetteer) -> None:
    text = (
        "Die Wiesenbit GmbH baut Apps. Gegründet hat Wiesenbit 2019 ein Team von Kai "
        "Probemann und Lina Fiktiva. Probemann, der inzwischen als technischer Leiter "
        "Verantwortung trägt, sprach zuletzt."
    )
    assert _body(text, gazetteer, "Kai Probemann") == "Wiesenbit GmbH"


def test_a_body_in_the_genitive_named_before_only_with_its_noun(gazetteer: Gazetteer) -> None:
    text = (
        "Unterstützt wird das Projekt vom Verein Digitales Wiesental. Der Vorsitzende des "
        "Vereins, Kai Probemann, kündigte Kurse an. Leiter des Amtes für Wege ist Tom Fiktivus."
    )
    assert _body(text, gazetteer, "Kai Probemann") == "Verein Digitales Wiesental"
    assert _body(text, gazetteer, "Tom Fiktivus") == "Amt für Wege"


def test_a_body_after_a_remit_not_found_as_a_name_is_read_by_its_noun(
    gazetteer: Gazetteer,
) -> None:
    text = "Es sprach Prof. Dr. Ina Fiktiva, Professorin für Statik an der FH Quellhausen."
    assert _body(text, gazetteer, "Ina Fiktiva") == "FH Quellhausen"


def test_a_party_in_brackets_and_a_time_before_the_role(gazetteer: Gazetteer) -> None:
    text = (
        "Anna Fiktiva (parteilos), Landrätin des Landkreises Wiesengrund, lobte das Vorhaben. "
        "Jana Probemann ist seit Januar Digitalisierungsbeauftragte der Stadt Quellhausen."
    )
    assert _body(text, gazetteer, "Anna Fiktiva") == "Landkreis Wiesengrund"
    assert _body(text, gazetteer, "Jana Probemann") == "Stadt Quellhausen"


def test_a_council_member_sits_in_the_council_named(gazetteer: Gazetteer) -> None:
    text = (
        "Die Gemeinde Wiesental hat eine Digitalstrategie. Der Gemeinderat hat sie am Montag "
        "beschlossen. Dagegen stimmte Ratsmitglied Otto Probemann (parteilos)."
    )
    assert _body(text, gazetteer, "Otto Probemann") == "Gemeinderat der Gemeinde Wiesental"


def test_a_professor_told_by_a_clause_of_teaching(gazetteer: Gazetteer) -> None:
    text = (
        "Die Daten gehen an die Hochschule Quellhausen. Prof. Dr. Kai Probemann, der dort "
        "Statik lehrt, prüft sie."
    )
    assert _body(text, gazetteer, "Kai Probemann") == "Hochschule Quellhausen"


def test_a_home_named_before_the_role_names_the_body(gazetteer: Gazetteer) -> None:
    text = (
        "Die Bezirksämter Quellstedt und Wiesenau bieten eine Sprechstunde an. Die Leiterin "
        "des Bezirksamts Quellstedt, Eva Fiktiva, lobte das. Ihr Kollege aus Wiesenau, "
        "Bezirksamtsleiter Tom Probemann, ergänzte etwas."
    )
    assert _body(text, gazetteer, "Tom Probemann") == "Bezirksamt Wiesenau"


def test_the_first_part_of_a_title_names_the_kind_of_body(gazetteer: Gazetteer) -> None:
    text = (
        "Der Landkreis Wiesengrund hilft den Gemeinden. Felix Fiktivus leitete bisher das "
        "Hauptamt der Gemeinde Quellau. Die Kreisverwaltung gibt 20.000 Euro, wie "
        "Kreiskämmerer Lutz Probemann mitteilte."
    )
    assert _body(text, gazetteer, "Lutz Probemann") == "Landkreis Wiesengrund"


def test_a_remit_without_fuer_before_the_body(gazetteer: Gazetteer) -> None:
    text = (
        "„Das spart Zeit“, sagte Anna Fiktiva, Leiterin Digitalisierung bei der Stadt Quellhausen."
    )
    assert _body(text, gazetteer, "Anna Fiktiva") == "Stadt Quellhausen"


def test_an_adjective_before_the_body_of_a_role_stays_out_of_its_label(
    gazetteer: Gazetteer,
) -> None:
    text = (
        "Die Stadt Quellau hat eine Strategie. Die Leiterin der neuen Stabsstelle Wege, Eva "
        "Fiktiva, stellte sie vor."
    )
    assert _body(text, gazetteer, "Eva Fiktiva") == "Stabsstelle Wege"


def test_a_body_named_with_its_noun_before_a_possessive_and_a_city_state_office(
    gazetteer: Gazetteer,
) -> None:
    text = (
        "Das Geld gibt die Behörde für Wege und Brücken. Staatsrat Jan Probemann war dabei. "
        "Geholfen hat der Verband Nordischer Dörfer. Dessen Sprecher Ole Fiktivus lobte das."
    )
    assert _body(text, gazetteer, "Jan Probemann") == "Behörde für Wege und Brücken"
    assert _body(text, gazetteer, "Ole Fiktivus") == "Verband Nordischer Dörfer"


def test_who_leads_a_body_told_in_the_passive(gazetteer: Gazetteer) -> None:
    text = (
        "Der Kreis gründet die Digitalagentur Wiesengrund. Geleitet wird die Agentur von "
        "Dr. Mira Fiktiva."
    )
    assert _body(text, gazetteer, "Mira Fiktiva") == "Digitalagentur Wiesengrund"


def test_who_leads_a_unit_told_in_a_relative_clause(gazetteer: Gazetteer) -> None:
    text = (
        "Zuständig ist nun die Stabsstelle Wegebau im Rathaus Quellau, die seit Mai von der "
        "Ingenieurin Dr. Ida Fiktiva geleitet wird."
    )
    assert _body(text, gazetteer, "Ida Fiktiva") == "Stabsstelle Wegebau"


def test_a_body_named_in_quotes_after_its_noun_and_a_possessive_far_from_a_body(
    gazetteer: Gazetteer,
) -> None:
    text = (
        "Der Landkreis Wiesengrund prüft das. „Zu teuer“, meint Mia Fiktiva, die als "
        "Sprecherin der Initiative „Offenes Quellau“ auftritt. Der Rat tagt im Mai. Die "
        "Initiative sammelt Unterschriften. Ihr Sprecher Ole Probemann ist zuversichtlich."
    )
    assert _body(text, gazetteer, "Mia Fiktiva") == "Offenes Quellau"
    assert _body(text, gazetteer, "Ole Probemann") is None  # not the county


def test_a_company_named_only_after_its_noun(gazetteer: Gazetteer) -> None:
    text = "Gebaut hat es die Firma Wegwerk aus Quellau. Firmenchef Karl Probemann ist stolz."
    assert _body(text, gazetteer, "Karl Probemann") == "Wegwerk"


def test_a_chief_of_the_town_hall_and_of_the_county(gazetteer: Gazetteer) -> None:
    text = (
        "Die Gemeinde Quellau baut ein Portal. Rathauschef Otto Probemann ist zufrieden. "
        "Auch der Landkreis Wiesengrund hilft, sagte Kreischefin Ina Fiktiva."
    )
    assert _body(text, gazetteer, "Otto Probemann") == "Gemeinde Quellau"
    assert _body(text, gazetteer, "Ina Fiktiva") == "Landkreis Wiesengrund"


def test_a_person_appointed_to_a_role_told_first(gazetteer: Gazetteer) -> None:
    text = (
        "Quellauer Zweckverband startet\n\nDer Zweckverband Wegenetz Quellau nimmt die Arbeit "
        "auf. Als Geschäftsführerin hat der Vorstand Ida Fiktiva bestellt."
    )
    assert _body(text, gazetteer, "Ida Fiktiva") == "Zweckverband Wegenetz Quellau"
