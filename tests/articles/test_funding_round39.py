"""Shapes of funding blind round 39 phrased in ways the rules did not read, on made-up
sentences (no article's names or wording): each test stands for one rule of the extractor
and fails without it."""

from __future__ import annotations

from loaders.articles import Gazetteer
from tests.articles.conftest import funds

OPENING = (
    "Das Ministerium für Heimat Nordrhein-Westfalen fördert das Projekt „Bauhof digital“ der "
    "Gemeinde Lienen mit 70.000 Euro. "
)


def test_any_body_paying_with_a_verb_of_paying(gazetteer: Gazetteer) -> None:
    text = OPENING + "Der Heimatverein Lienen e. V. gibt weitere 3.000 Euro für Schulungen dazu."
    found = funds(text, gazetteer)
    assert ("Heimatverein Lienen e. V", "Bauhof digital") in found
    assert not any(obj.startswith("Heimatverein") for _, obj in found)


def test_own_money_invested_is_a_share_not_a_grant(gazetteer: Gazetteer) -> None:
    text = OPENING + "Die Gemeinde Lienen hat außerdem rund 9.000 Euro eigene Mittel investiert."
    found = funds(text, gazetteer)
    assert ("Gemeinde Lienen", "Bauhof digital") in found
    assert not any(obj == "Gemeinde Lienen" for _, obj in found)


def test_money_invested_into_a_thing_of_its_own_is_no_share(gazetteer: Gazetteer) -> None:
    text = OPENING + (
        "Die Gemeinde Lienen hat 2024 rund 50.000 Euro aus eigenen Mitteln in ihre neue "
        "Telefonanlage investiert."
    )
    assert ("Gemeinde Lienen", "Bauhof digital") not in funds(text, gazetteer)


def test_demands_wishes_and_proposals_fund_nothing(gazetteer: Gazetteer) -> None:
    for said in (
        "Der Städtetag fordert, das Programm auf 20 Millionen Euro aufzustocken.",
        "Er verlangt, dass das Land die Wartung mit jährlich 40.000 Euro bezahlt.",
        "Der Verband schlägt vor, jeder Gemeinde 10.000 Euro im Jahr zu zahlen.",
        "Ihr Wunsch, dass das Land jeder Gemeinde ein Tablet finanziert, ist verständlich.",
        "Die Fraktion scheiterte mit einem Antrag: Sie wollte weitere 30.000 Euro bereitstellen.",
    ):
        found = funds(OPENING + said, gazetteer)
        assert found == {("Ministerium für Heimat Nordrhein-Westfalen", "Bauhof digital")}, said


def test_money_asked_for_or_not_promised_funds_nothing(gazetteer: Gazetteer) -> None:
    for said in (
        "Der Bürgermeister hat das Ministerium um weitere 25.000 Euro gebeten; eine Zusage "
        "gibt es bislang nicht.",
        "Den Bedarf schätzt die Gemeinde auf 90.000 Euro, zugesagt hat das Land bisher nichts.",
    ):
        found = funds(OPENING + said, gazetteer)
        assert found == {("Ministerium für Heimat Nordrhein-Westfalen", "Bauhof digital")}, said


def test_a_grant_beside_a_demand_stays(gazetteer: Gazetteer) -> None:
    text = OPENING + (
        "Der Kreis Steinfurt gibt 5.000 Euro dazu und fordert, das Programm auf alle Gemeinden "
        "auszuweiten."
    )
    assert ("Kreis Steinfurt", "Bauhof digital") in funds(text, gazetteer)


def test_a_ministry_with_two_portfolios_sharing_their_last_part(gazetteer: Gazetteer) -> None:
    text = (
        "Das Ministerium für Kultur, Sport, Jugend- und Familienangelegenheiten Sachsen-Anhalt "
        "fördert das Projekt „Vereinsportal Harz“ mit 45.000 Euro."
    )
    assert (
        "Ministerium für Kultur, Sport, Jugend- und Familienangelegenheiten Sachsen-Anhalt",
        "Vereinsportal Harz",
    ) in funds(text, gazetteer)


ASKED = (
    "Interview\n\nDer Landkreis Vechta bündelt die Anträge seiner Vereine. Über das Projekt "
    "„Vereinsportal Vechta“ sprachen wir mit Jana Okonkwo-Lenz, Digitalbeauftragte des Kreises.\n\n"
    "Frau Okonkwo-Lenz, was leistet die neue Plattform?\n\n"
    "Sie bündelt die Anträge der Vereine an einer Stelle.\n\n"
    "Wer bezahlt das?\n\n"
    "Das Niedersächsische Ministerium für Inneres und Sport fördert uns mit 120.000 Euro aus "
    "dem Programm „Zukunftsräume“.\n\n"
    "Wann geht es los?\n\nIm Herbst.\n"
)


def test_an_interview_of_questions_without_a_label(gazetteer: Gazetteer) -> None:
    found = funds(ASKED, gazetteer)
    paid = [subject for subject, obj in found if obj == "Landkreis Vechta"]
    assert paid
    assert all("Ministerium für Inneres und Sport" in subject for subject in paid)


def test_questions_addressing_nobody_make_no_interview(gazetteer: Gazetteer) -> None:
    text = ASKED.replace("Frau Okonkwo-Lenz, was", "Was")
    assert not any(obj == "Landkreis Vechta" for _, obj in funds(text, gazetteer))


def test_a_state_bank_named_with_its_state(gazetteer: Gazetteer) -> None:
    text = (
        "Die Kartenwerk GmbH aus Gera entwickelt eine App. Die Aufbaubank des Freistaates "
        "Thüringen gewährt der Kartenwerk GmbH ein Darlehen von 200.000 Euro."
    )
    found = funds(text, gazetteer)
    assert ("Aufbaubank des Freistaates Thüringen", "Kartenwerk GmbH") in found
    assert not any(subject == "Freistaat Thüringen" for subject, _ in found)


def test_a_sponsor_pays(gazetteer: Gazetteer) -> None:
    text = OPENING + "Die Kreissparkasse Steinfurt sponsert mit 4.000 Euro eine Schulung."
    assert ("Kreissparkasse Steinfurt", "Bauhof digital") in funds(text, gazetteer)


def test_a_body_pays_the_company_it_commissions(gazetteer: Gazetteer) -> None:
    text = OPENING + (
        "Die Tecklenburger Datenhof GmbH baut die Software. Die Gemeinde hat die Firma für "
        "Aufbau und Wartung mit 48.000 Euro beauftragt."
    )
    assert ("Gemeinde Lienen", "Datenhof GmbH") in funds(text, gazetteer)


def test_commissioning_without_a_sum_pays_nothing(gazetteer: Gazetteer) -> None:
    text = OPENING + "Die Gemeinde Lienen hat die Tecklenburger Datenhof GmbH beauftragt."
    assert not any(obj.startswith("Tecklenburger") for _, obj in funds(text, gazetteer))


def test_the_sum_first_then_the_giver_then_the_receiver(gazetteer: Gazetteer) -> None:
    text = OPENING + (
        "Den Rest, 20.000 Euro, bewilligte die Westfälische Förderbank der Gemeinde Lienen aus "
        "Mitteln des Landes."
    )
    assert ("Westfälische Förderbank", "Gemeinde Lienen") in funds(text, gazetteer)


def test_money_from_a_towns_own_budget(gazetteer: Gazetteer) -> None:
    text = (
        "Die Stadt Ibbenbüren startet das Projekt „Bauhof digital“. Das Ministerium für Heimat "
        "Nordrhein-Westfalen gibt 70.000 Euro. Aus dem städtischen Haushalt fließen weitere "
        "15.000 Euro."
    )
    assert ("Stadt Ibbenbüren", "Bauhof digital") in funds(text, gazetteer)


def test_each_body_of_a_kind_after_a_list(gazetteer: Gazetteer) -> None:
    listed = (
        "Das Ministerium für Heimat Nordrhein-Westfalen startet das Programm „Dorf digital“. "
        "Ausgewählt wurden die Gemeinde Lienen, die Stadt Lengerich und die Gemeinde Ladbergen. "
    )
    for said in (
        "Jede Modellkommune kann mit bis zu 60.000 Euro rechnen.",
        "Jede Gemeinde erhält 60.000 Euro.",
    ):
        found = funds(listed + said, gazetteer)
        for body in ("Gemeinde Lienen", "Stadt Lengerich", "Gemeinde Ladbergen"):
            assert ("Ministerium für Heimat Nordrhein-Westfalen", body) in found, said


def test_money_passed_on_to_them(gazetteer: Gazetteer) -> None:
    text = (
        "Der Landkreis Steinfurt startet das Projekt „Bauhof digital“. Die Gemeinde Lienen und "
        "die Stadt Lengerich machen mit; der Kreis reicht an sie jeweils 9.000 Euro weiter."
    )
    found = funds(text, gazetteer)
    assert ("Landkreis Steinfurt", "Gemeinde Lienen") in found
    assert ("Landkreis Steinfurt", "Stadt Lengerich") in found


def test_payments_in_a_relative_clause(gazetteer: Gazetteer) -> None:
    text = OPENING + (
        "Die Software kommt von der Datenhof GmbH aus Münster, der die Gemeinde Lienen dafür "
        "30.000 Euro und die Gemeinde Ladbergen 12.000 Euro gezahlt haben."
    )
    found = funds(text, gazetteer)
    assert ("Gemeinde Lienen", "Datenhof GmbH") in found
    assert ("Gemeinde Ladbergen", "Datenhof GmbH") in found


def test_the_subject_pays_the_dative_of_a_clause_about_its_sum(gazetteer: Gazetteer) -> None:
    text = (
        "Die Stiftung Tecklenburger Land startet das Programm „Dorfarchiv digital“. Das "
        "Ministerium für Heimat Nordrhein-Westfalen beteiligt sich mit 50.000 Euro, die es der "
        "Stiftung als Zuschuss überweist."
    )
    assert ("Ministerium für Heimat Nordrhein-Westfalen", "Stiftung Tecklenburger Land") in funds(
        text, gazetteer
    )


def test_a_prize_offered_by_an_agent_of_the_passive(gazetteer: Gazetteer) -> None:
    text = (
        "Die Datenhof GmbH gewann den „Heimatpreis digital“. Der Preis wird vom Heimatbund "
        "Tecklenburg e. V. ausgelobt und ist mit 5.000 Euro dotiert."
    )
    assert ("Heimatbund Tecklenburg e. V", "Heimatpreis digital") in funds(text, gazetteer)


def test_our_own_share_told_after_a_colon(gazetteer: Gazetteer) -> None:
    text = ASKED.replace(
        "Wann geht es los?",
        "Und der Rest?\n\nDen Rest teilen sich zwei Partner: Wir selbst tragen rund 30.000 "
        "Euro, der Heimatverein gibt 5.000 Euro.\n\nWann geht es los?",
    )
    assert ("Landkreis Vechta", "Vereinsportal Vechta") in funds(text, gazetteer)
