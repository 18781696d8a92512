"""Shapes of funding blind round 36 phrased in ways the rules did not read, on made-up
sentences (no article's names or wording): each test stands for one rule of the extractor
and fails without it."""

from __future__ import annotations

import datetime as dt

from loaders.articles import Gazetteer, extract
from loaders.articles.findings import Fact
from tests.articles.conftest import funds


def test_money_passed_on_by_a_county_named_as_a_place(gazetteer: Gazetteer) -> None:
    text = (
        "Das Ministerium fördert den Landkreis Dachau mit 300.000 Euro. An die Landkreise "
        "Fürstenfeldbruck und Starnberg reicht Dachau davon jeweils 70.000 Euro weiter."
    )
    found = funds(text, gazetteer)
    assert {
        ("Landkreis Dachau", "Landkreis Fürstenfeldbruck"),
        ("Landkreis Dachau", "Landkreis Starnberg"),
    } <= found


def test_money_passed_on_with_a_sum_for_each_receiver(gazetteer: Gazetteer) -> None:
    text = (
        "Das Land gibt der Stadt Dessau-Roßlau 200.000 Euro. Davon reicht die Stadt 30.000 Euro "
        "an den Landkreis Wittenberg und 25.000 Euro an den Salzlandkreis weiter."
    )
    found = funds(text, gazetteer)
    assert {
        ("Stadt Dessau-Roßlau", "Landkreis Wittenberg"),
        ("Stadt Dessau-Roßlau", "Salzlandkreis"),
    } <= found


def test_money_passed_on_to_towns_the_text_does_not_find(gazetteer: Gazetteer) -> None:
    text = (
        "Der Landkreis Görlitz erhält 150.000 Euro für das Portal „Kursnetz Oberlausitz“. Von "
        "dem Geld gibt der Kreis je 15.000 Euro an die Großen Kreisstädte Zittau, Löbau und "
        "Niesky weiter."
    )
    found = funds(text, gazetteer)
    for town in ("Zittau", "Löbau", "Niesky"):
        assert any(s == "Landkreis Görlitz" and o and o.endswith(town) for s, o in found), town


def test_a_sum_granted_to_a_body_in_the_dative_after_an_auxiliary(gazetteer: Gazetteer) -> None:
    text = (
        "Das Bezirksamt Altona startet das „Bürgerbüro mobil“. Die Senatskanzlei Hamburg hat "
        "dem Bezirksamt dafür 90.000 Euro aus ihrem „Fonds Bürgernähe“ zugesprochen."
    )
    assert ("Senatskanzlei Hamburg", "Bezirksamt Altona") in funds(text, gazetteer)


def test_the_receiver_of_a_grant_named_in_the_next_sentence(gazetteer: Gazetteer) -> None:
    text = (
        "Das Ministerium für Inneres und Sport Rheinland-Pfalz unterstützt den Verbund mit bis "
        "zu 90.000 Euro aus dem Programm „Sichere Verwaltung“. Zuwendungsempfänger ist der "
        "Landkreis Kusel, der das Vorhaben leitet."
    )
    second = text.index("Zuwendungsempfänger")
    stated = [
        f
        for f in extract(text, gazetteer, article_date=dt.date(2024, 4, 2))
        if isinstance(f, Fact) and f.predicate == "funds" and f.start >= second
    ]  # the passage that names the receiver states the grant
    assert [(f.subject.label, f.object and f.object.label) for f in stated] == [
        ("Ministerium für Inneres und Sport Rheinland-Pfalz", "Landkreis Kusel")
    ]


def test_own_shares_of_a_list_of_towns_named_by_their_places(gazetteer: Gazetteer) -> None:
    text = (
        "Die Stadt Homburg und die Gemeinden Kirkel, Bexbach und Gersheim gründen den Verbund "
        "„Datenschutz Saarpfalz“. Als Eigenanteil bringen Kirkel, Bexbach und Gersheim "
        "jeweils 8.000 Euro auf, Homburg selbst 15.000 Euro."
    )
    found = funds(text, gazetteer)
    for town in ("Gemeinde Kirkel", "Gemeinde Bexbach", "Gemeinde Gersheim"):
        assert (town, "Datenschutz Saarpfalz") in found


def test_a_loan_a_town_named_as_a_place_takes_up(gazetteer: Gazetteer) -> None:
    text = (
        "Die Stadt Homburg baut ein Rechenzentrum. Zusätzlich nimmt Homburg bei der "
        "Sparkasse Saarpfalz ein Darlehen über 90.000 Euro auf."
    )
    assert ("Sparkasse Saarpfalz", "Stadt Homburg") in funds(text, gazetteer)


def test_a_loan_a_company_named_by_its_first_word_has_taken_up(gazetteer: Gazetteer) -> None:
    text = (
        "Die Flurkarte Digital GmbH aus Magdeburg wächst. Im Frühjahr hat Flurkarte bei der "
        "Investitionsbank Sachsen-Anhalt ein Darlehen über 180.000 Euro aufgenommen."
    )
    found = funds(text, gazetteer)
    assert ("Investitionsbank Sachsen-Anhalt", "Flurkarte Digital GmbH") in found


def test_a_contract_of_a_county_with_a_company_for_a_sum(gazetteer: Gazetteer) -> None:
    text = (
        "Die Geräte liefert die Prüfwerk GmbH aus Augsburg. Der Landkreis Aichach-Friedberg hat "
        "mit dem Unternehmen einen Vertrag über bis zu 90.000 Euro geschlossen."
    )
    assert ("Landkreis Aichach-Friedberg", "Prüfwerk GmbH") in funds(text, gazetteer)


def test_a_contract_over_years_names_no_sum(gazetteer: Gazetteer) -> None:
    text = (
        "Die Geräte liefert die Prüfwerk GmbH aus Augsburg. Der Landkreis Aichach-Friedberg hat "
        "mit dem Unternehmen einen Vertrag über drei Jahre geschlossen."
    )
    assert ("Landkreis Aichach-Friedberg", "Prüfwerk GmbH") not in funds(text, gazetteer)
