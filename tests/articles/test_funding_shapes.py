"""Funding facts of made-up sentences (no article's names or wording): own shares, grants
handed over in person, where the money comes from."""

from __future__ import annotations

from loaders.articles import Gazetteer
from tests.articles.conftest import funds as _funds


def test_a_share_of_their_own_funds_the_work(gazetteer: Gazetteer) -> None:
    text = (
        "Der Bund fördert das Projekt „Dorf online“ mit 1 Million Euro. "
        "Weitere 200.000 Euro tragen die beteiligten Gemeinden selbst."
    )
    assert ("Gemeinden", "Dorf online") in _funds(text, gazetteer)


def test_the_rest_shared_by_bodies_named_again(gazetteer: Gazetteer) -> None:
    text = (
        "Die Stadt Nirgendwo und der Landkreis Irgendwo starten das Projekt „Netz im Dorf“. "
        "Das Land Brandenburg übernimmt 80.000 Euro. Die übrigen Kosten teilen sich Stadt und Landkreis."
    )
    found = _funds(text, gazetteer)
    assert ("Stadt Nirgendwo", "Netz im Dorf") in found
    assert ("Landkreis Irgendwo", "Netz im Dorf") in found


def test_a_body_that_receives_is_what_is_funded(gazetteer: Gazetteer) -> None:
    text = (
        "Für das Projekt „Smarte Straße“ erhält die Stadt Nirgendwo einen Zuschuss von "
        "120.000 Euro aus dem Programm „Digitale Orte“ des Landes Brandenburg. "
        "Das Land Brandenburg stellt der Gemeinde Irgendwo 80.000 Euro für das Projekt "
        "„Dorf digital“ bereit."
    )
    found = _funds(text, gazetteer)
    assert ("Land Brandenburg", "Stadt Nirgendwo") in found
    assert ("Land Brandenburg", "Gemeinde Irgendwo") in found


def test_each_of_two_bodies_receives(gazetteer: Gazetteer) -> None:
    text = (
        "Jeweils 20.000 Euro erhalten die Gemeinde Nirgendwo und die Gemeinde Irgendwo aus "
        "dem Förderprogramm „Dorf 4.0“ des Landes Brandenburg."
    )
    found = _funds(text, gazetteer)
    assert ("Land Brandenburg", "Gemeinde Nirgendwo") in found
    assert ("Land Brandenburg", "Gemeinde Irgendwo") in found


def test_any_body_funding_in_the_active(gazetteer: Gazetteer) -> None:
    text = "Die Nirgendwo-Stiftung fördert den Wettbewerb „Smarte Dörfer“ mit 50.000 Euro."
    assert ("Nirgendwo-Stiftung", "Smarte Dörfer") in _funds(text, gazetteer)


def test_where_the_money_comes_from_in_the_next_sentence(gazetteer: Gazetteer) -> None:
    text = (
        "Die Stadt Nirgendwo hat einen Förderbescheid über 90.000 Euro erhalten. Das Geld "
        "stammt aus dem Landesprogramm „Digitale Kommune“ des Hessischen Ministeriums für "
        "Digitalisierung und Innovation."
    )
    funders = {subject for subject, _ in _funds(text, gazetteer)}
    assert any("Ministerium" in subject for subject in funders)


def test_a_programme_budget_funds_the_programme(gazetteer: Gazetteer) -> None:
    text = (
        "Die Stadt Nirgendwo erhält Geld aus dem Förderprogramm „Digitale Orte“ des Landes "
        "Brandenburg. Insgesamt stehen für das Programm 5 Millionen Euro bereit."
    )
    assert ("Land Brandenburg", "Digitale Orte") in _funds(text, gazetteer)


def test_who_gives_and_who_receives_in_one_sentence(gazetteer: Gazetteer) -> None:
    text = (
        "Die Gemeinde Nirgendwo bekommt für das Projekt „Dorfnetz“ 40.000 Euro vom Landkreis "
        "Irgendwo. Die Stadt Nirgendwo hat für das Portal „Bürger online“ 250.000 Euro aus dem "
        "Förderprogramm „Digitale Kommune“ des Landes Hessen erhalten; weitere 50.000 Euro "
        "steuert der Landkreis Irgendwo bei."
    )
    found = _funds(text, gazetteer)
    assert ("Landkreis Irgendwo", "Gemeinde Nirgendwo") in found
    assert ("Land Hessen", "Stadt Nirgendwo") in found
    assert ("Landkreis Irgendwo", "Stadt Nirgendwo") in found


def test_bodies_funding_together(gazetteer: Gazetteer) -> None:
    text = (
        "Der Landkreis Irgendwo und die Stadt Nirgendwo finanzieren das Projekt „Bürger-App“ "
        "gemeinsam."
    )
    found = _funds(text, gazetteer)
    assert ("Landkreis Irgendwo", "Bürger-App") in found
    assert ("Stadt Nirgendwo", "Bürger-App") in found


def test_a_council_grants_its_body_money(gazetteer: Gazetteer) -> None:
    text = (
        "Der Landkreis Irgendwo will seine Verwaltung digitalisieren. Der Kreistag hat im Juni "
        "für das Vorhaben 1,5 Millionen Euro bewilligt."
    )
    assert ("Kreistag des Landkreises Irgendwo", "Landkreis Irgendwo") in _funds(text, gazetteer)


def test_a_sum_received_from_the_land_is_the_ministrys(gazetteer: Gazetteer) -> None:
    text = (
        "Das Ministerium für Wege und Netze des Landes Hessen startet das Programm „Dorfnetz“. "
        "Jede beteiligte Gemeinde erhält vom Land bis zu 30.000 Euro."
    )
    found = _funds(text, gazetteer)
    assert ("Ministerium für Wege und Netze des Landes Hessen", "Gemeinde") in found


def test_recipients_after_the_verb(gazetteer: Gazetteer) -> None:
    text = (
        "Der Landkreis Irgendwo startet das Projekt „Akte digital“. Außerdem erhält jede "
        "teilnehmende Kommune vom Landkreis Irgendwo einmalig 4.000 Euro. "
        "Aus dem Programm „Dorf 4.0“ des Landes Hessen erhalten Gemeinden bis zu 90.000 Euro "
        "je Vorhaben."
    )
    found = _funds(text, gazetteer)
    assert ("Landkreis Irgendwo", "Kommune") in found
    assert ("Land Hessen", "Gemeinden") in found
    assert all(obj not in ("Außerdem", "Vorhaben") for _, obj in found)


def test_a_bank_supports_the_company_named_before(gazetteer: Gazetteer) -> None:
    text = (
        "Die Nirgendwo Daten GmbH baut die App „Platz frei“. Die Förderbank Irgendwo (FBI) "
        "hatte das Unternehmen mit einem Darlehen von 80.000 Euro unterstützt."
    )
    assert ("Förderbank Irgendwo", "Nirgendwo Daten GmbH") in _funds(text, gazetteer)


def test_a_demand_to_fund_is_no_funding(gazetteer: Gazetteer) -> None:
    text = (
        "Der Landkreis Irgendwo testet die App „Amt mobil“. Der Landrat forderte das Land auf, "
        "die App dauerhaft zu finanzieren."
    )
    assert _funds(text, gazetteer) == set()


def test_the_counties_named_by_their_plural_pay_a_share(gazetteer: Gazetteer) -> None:
    text = (
        "Der Kreis Nirgendwo und der Kreis Irgendwo gründen das Projekt „Region online“. "
        "Das Land Hessen gibt 1 Million Euro. Die Kreise steuern weitere 200.000 Euro bei."
    )
    found = _funds(text, gazetteer)
    assert ("Kreis Nirgendwo", "Region online") in found
    assert ("Kreis Irgendwo", "Region online") in found


def test_a_new_association_named_in_quotes_is_funded(gazetteer: Gazetteer) -> None:
    text = (
        "Fünf Gemeinden gründen den Zweckverband „Netz am Fluss“. Der Landkreis Irgendwo "
        "beteiligt sich am Zweckverband „Netz am Fluss“ mit 50.000 Euro."
    )
    assert ("Landkreis Irgendwo", "Netz am Fluss") in _funds(text, gazetteer)


def test_a_sum_for_unnamed_work_goes_to_the_body_the_text_is_about(gazetteer: Gazetteer) -> None:
    text = (
        "Die Stadt Nirgendwo baut ihre Terminbuchung neu. Das Land Hessen fördert es mit "
        "80.000 Euro."
    )
    assert ("Land Hessen", "Stadt Nirgendwo") in _funds(text, gazetteer)


def test_unnamed_recipients_of_a_named_body(gazetteer: Gazetteer) -> None:
    text = (
        "Der Landkreis Irgendwo stattet seine Schulen mit Tablets aus. Das Land Hessen fördert "
        "die Technik für die Schulen im Landkreis Irgendwo mit 70.000 Euro."
    )
    assert ("Land Hessen", "Landkreis Irgendwo") in _funds(text, gazetteer)


def test_money_set_aside_in_the_states_budget(gazetteer: Gazetteer) -> None:
    text = (
        "Die Stadt Nirgendwo startet das Projekt „Amt 24“. Für das Projekt sind im "
        "Landeshaushalt des Landes Hessen 2026 rund 2 Millionen Euro vorgesehen."
    )
    assert ("Land Hessen", "Amt 24") in _funds(text, gazetteer)


def test_a_further_sum_goes_to_what_was_funded_before(gazetteer: Gazetteer) -> None:
    text = (
        "Die Stadt Nirgendwo baut ihr Portal „Amt 24“. Das Programm „Dorf 4.0“ des Landes "
        "Hessen ist mit 5 Millionen Euro ausgestattet. Für 2027 stellt das Land Hessen weitere "
        "2 Millionen Euro bereit."
    )
    found = _funds(text, gazetteer)
    assert ("Land Hessen", "Dorf 4.0") in found
    assert ("Land Hessen", "Amt 24") not in found


def test_a_part_of_a_grant_told_of_is_no_new_grant(gazetteer: Gazetteer) -> None:
    text = (
        "Das Land Hessen fördert das Projekt „Amt 24“ der Stadt Nirgendwo mit 90.000 Euro. "
        "Rund 30.000 Euro der Fördermittel fließen in Schulungen."
    )
    assert len(_funds(text, gazetteer)) == 1


def test_each_body_listed_before_they_receive_each(gazetteer: Gazetteer) -> None:
    text = (
        "Das Land Hessen startet das Programm „Amt 24“. Dabei sind die Stadt Nirgendwo, der "
        "Landkreis Irgendwo und die Gemeinde Anderswo. Sie erhalten jeweils bis zu 50.000 Euro."
    )
    found = _funds(text, gazetteer)
    assert ("Land Hessen", "Stadt Nirgendwo") in found
    assert ("Land Hessen", "Landkreis Irgendwo") in found
    assert ("Land Hessen", "Gemeinde Anderswo") in found


def test_two_bodies_taking_on_the_costs_each_pay(gazetteer: Gazetteer) -> None:
    text = (
        "Die Stadt Nirgendwo startet das Projekt „Dorf online“. "
        "Brandenburg und Sachsen übernehmen die Kosten für Schulungen."
    )
    found = _funds(text, gazetteer)
    assert ("Land Brandenburg", "Dorf online") in found
    assert ("Freistaat Sachsen", "Dorf online") in found


def test_a_share_given_besides_a_sum_with_a_thousands_dot(gazetteer: Gazetteer) -> None:
    text = (
        "Die Stadt Nirgendwo startet das Projekt „Dorf online“. Das Land Brandenburg fördert "
        "das Projekt mit 500.000 Euro. Der Landkreis Irgendwo gibt 200.000 Euro dazu."
    )
    assert ("Landkreis Irgendwo", "Dorf online") in _funds(text, gazetteer)


def test_a_fund_money_comes_from_is_not_the_body_formed(gazetteer: Gazetteer) -> None:
    text = (
        "Die Gemeinden Nirgendwo und Irgendwo gründen den Verbund „Amt am Fluss“. "
        "Der Verbund „Amt am Fluss“ soll die Bürgerbüros zusammenführen. "
        "Das Land Brandenburg gibt 300.000 Euro aus dem Fonds „Digitale Dörfer“. "
        "Die Gemeinden beteiligen sich an den laufenden Kosten mit je 10.000 Euro."
    )
    found = _funds(text, gazetteer)
    assert all(obj != "Digitale Dörfer" for _, obj in found)
    assert ("Gemeinde Nirgendwo", "Amt am Fluss") in found


def test_a_quoted_figure_of_speech_funds_nothing(gazetteer: Gazetteer) -> None:
    text = (
        "Das Land Hessen fördert das Projekt „Amt 24“ der Stadt Nirgendwo mit 90.000 Euro. "
        "Die Bürgermeisterin nannte die Förderung einen „Meilenstein“ für die Verwaltung."
    )
    assert all(obj != "Meilenstein" for _, obj in _funds(text, gazetteer))


def test_the_town_named_again_by_its_head_receives(gazetteer: Gazetteer) -> None:
    text = (
        "Die Gemeinde Nirgendwo startet das Projekt „Dorf online“. Die Stadt Irgendwo macht "
        "mit. Die Gemeinde hatte dafür einen Zuschuss von 62.000 Euro vom Land Hessen erhalten."
    )
    assert ("Land Hessen", "Gemeinde Nirgendwo") in _funds(text, gazetteer)


def test_a_town_named_again_after_a_verb_of_support_after_a_company(
    gazetteer: Gazetteer,
) -> None:
    text = (
        "Die Stadt Nirgendwo baut den Mängelmelder „Meldefix“. Entwickelt hat ihn die "
        "Quelltext GmbH. Der Landkreis Irgendwo unterstützte die Stadt dabei mit 25.000 Euro."
    )
    assert ("Landkreis Irgendwo", "Stadt Nirgendwo") in _funds(text, gazetteer)


def test_a_body_of_no_known_kind_investing_a_sum(gazetteer: Gazetteer) -> None:
    text = (
        "Das Start-up Leuchtfeld GmbH baut smarte Laternen. In einer Finanzierungsrunde "
        "beteiligt sich die Beteiligungsgesellschaft Nordmark (BGN) mit 500.000 Euro."
    )
    assert ("Beteiligungsgesellschaft Nordmark", "Leuchtfeld GmbH") in _funds(text, gazetteer)


def test_a_share_paid_by_a_utility_named_in_apposition(gazetteer: Gazetteer) -> None:
    text = (
        "Die Stadt Nirgendwo startet das Projekt „Licht digital“. Das Land Hessen fördert es "
        "mit 300.000 Euro. Den Rest übernimmt der örtliche Versorger, die Stadtwerke "
        "Nirgendwo, der die Laternen betreibt."
    )
    assert ("Stadtwerke Nirgendwo", "Licht digital") in _funds(text, gazetteer)


def test_a_sum_for_a_thing_funds_the_work_the_text_is_about(gazetteer: Gazetteer) -> None:
    """A sum "für die Lizenzen" goes to a part of the work told of, not to a body that
    receives; one "für die Auszubildenden" goes to people, who do receive."""
    text = (
        "Die Stadt Nirgendwo startet das Projekt „Rathaus im Netz“. Das Projekt „Rathaus im "
        "Netz“ bündelt alle Anträge. Der Landkreis Irgendwo steuert 30.000 Euro für die "
        "Lizenzen bei. Die Stadt Nirgendwo zahlt für ihre Auszubildenden je 300 Euro."
    )
    found = _funds(text, gazetteer)
    assert ("Landkreis Irgendwo", "Rathaus im Netz") in found
    assert ("Landkreis Irgendwo", "Lizenzen") not in found
    assert ("Stadt Nirgendwo", "Auszubildenden") in found
