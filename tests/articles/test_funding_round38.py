"""Shapes of funding blind round 38 phrased in ways the rules did not read, on made-up
sentences (no article's names or wording): each test stands for one rule of the extractor
and fails without it."""

from __future__ import annotations

from loaders.articles import Gazetteer
from tests.articles.conftest import funds


def test_a_state_in_brackets_after_a_town_gives_nothing(gazetteer: Gazetteer) -> None:
    text = (
        "Die Stiftung Vogelsberg fördert das Projekt „Bürgerbus digital“ mit 90.000 Euro. Die "
        "Gemeinde Feldatal und die Stadt Neustadt (Hessen) bekommen jeweils 20.000 Euro."
    )
    found = funds(text, gazetteer)
    assert ("Stiftung Vogelsberg", "Gemeinde Feldatal") in found
    assert not any(subject == "Land Hessen" for subject, _ in found)


def test_any_body_taking_a_share_with_a_sum(gazetteer: Gazetteer) -> None:
    text = (
        "Das Bezirksamt Altona startet das „Lastenrad Altona“. Die Behörde für Verkehr fördert "
        "es mit 80.000 Euro. Die Baugenossenschaft Ottensen eG beteiligt sich mit 12.000 Euro."
    )
    found = funds(text, gazetteer)
    assert ("Baugenossenschaft Ottensen eG", "Lastenrad Altona") in found
    assert not any(obj == "Baugenossenschaft Ottensen eG" for _, obj in found)


def test_a_foundation_that_gives_things_worth_a_sum(gazetteer: Gazetteer) -> None:
    text = (
        "Das Bezirksamt Altona startet das „Lastenrad Altona“. Die Hamburger Nachbarschaftsstiftung "
        "schenkt dem Projekt 20 Helme im Wert von rund 2.000 Euro."
    )
    assert ("Hamburger Nachbarschaftsstiftung", "Lastenrad Altona") in funds(text, gazetteer)


def test_a_stake_in_the_company_named_again(gazetteer: Gazetteer) -> None:
    text = (
        "Die Grabfeld Software GmbH hat frisches Kapital erhalten. Die Mainfranken Kapital GmbH "
        "beteiligt sich mit 400.000 Euro am Unternehmen."
    )
    assert ("Mainfranken Kapital GmbH", "Grabfeld Software GmbH") in funds(text, gazetteer)


def test_a_body_paying_another_in_the_dative(gazetteer: Gazetteer) -> None:
    text = (
        "Die Senatskanzlei Bremen und die Hochschule Bremerhaven laden zum Fachtag. Die "
        "Hochschule prüft die Formulare. Die Senatskanzlei zahlt der Hochschule dafür 40.000 Euro."
    )
    found = funds(text, gazetteer)
    paid = [subject for subject, obj in found if obj == "Hochschule Bremerhaven"]
    assert paid
    assert all(subject.startswith("Senatskanzlei") for subject in paid)
    assert not any(subject == "Hochschule Bremerhaven" for subject, _ in found)


INTERVIEW = (
    "Westpfalz-Bote | Interview | 3. März 2026\n\n"
    "„Wir wollen schneller werden“\n\n"
    "Der Landkreis Kusel stellt seine Zulassungsstelle auf Online-Anträge um. Darüber sprachen "
    "wir mit Landrat Jonas Vollmer-Asante.\n\n"
    "Frage: Herr Vollmer-Asante, wer bezahlt das?\n\n"
    "Vollmer-Asante: Das Ministerium des Innern und für Sport Rheinland-Pfalz fördert uns für "
    "das Projekt „Zulassung digital“ mit 210.000 Euro. Davon geben wir je 20.000 Euro an "
    "die Städte Kusel und Altenglan weiter.\n\n"
    "Frage: Und wann geht es los?\n\n"
    "Vollmer-Asante: Im Mai.\n"
)


def test_us_in_an_interview_is_the_body_of_the_one_who_answers(gazetteer: Gazetteer) -> None:
    found = funds(INTERVIEW, gazetteer)
    assert ("Ministerium des Innern und für Sport Rheinland-Pfalz", "Landkreis Kusel") in found


def test_we_pass_money_on_in_an_interview(gazetteer: Gazetteer) -> None:
    found = funds(INTERVIEW, gazetteer)
    assert {("Landkreis Kusel", "Stadt Kusel"), ("Landkreis Kusel", "Stadt Altenglan")} <= found
