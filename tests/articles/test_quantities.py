"""Amounts (German number formats, units, qualifiers, scope), counts and dates."""

from __future__ import annotations

import datetime as dt

import pytest

from loaders.articles.dates import dates
from loaders.articles.quantities import amounts, counts


@pytest.mark.parametrize(
    ("text", "value", "low", "high", "qualifier", "scope"),
    [
        ("Das Land gibt mehr als 800.000 Euro.", None, 800000.0, None, "more_than", "total"),
        ("insgesamt knapp 1,7 Milliarden Euro", 1.7e9, None, None, "approximately", "total"),
        ("Hinzu kamen 1,6 Mrd. EUR vom Bund.", 1.6e9, None, None, "exact", "total"),
        (
            "bis zu 100.000 Euro für jede der zehn Modellkommunen",
            None,
            None,
            1e5,
            "up_to",
            "per_recipient",
        ),
        ("Die Kreise erhalten jeweils 50.000 €.", 5e4, None, None, "exact", "per_recipient"),
        ("rund 2 Mio. Euro pro Jahr", 2e6, None, None, "approximately", "per_year"),
        ("mindestens 3.100 Euro", None, 3100.0, None, "at_least", "total"),
        ("weniger als 20 Millionen Euro", None, None, 2e7, "less_than", "total"),
        ("zwischen 5 und 10 Millionen Euro", None, 5e6, 1e7, "at_least", "total"),
        (
            "Mehr als drei Milliarden Euro investierte das Land",
            None,
            3e9,
            None,
            "more_than",
            "total",
        ),
        ("ca. 1.234.567,89 Euro", 1234567.89, None, None, "approximately", "total"),
        ("Der Kreis erhält rund 250 000 Euro.", 250000.0, None, None, "approximately", "total"),
        ("mit einer halben Milliarde Euro", 5e8, None, None, "exact", "total"),
        ("ein Förderbescheid über 1,2 Mio. Euro", 1.2e6, None, None, "exact", "total"),
        ("mit einem Kredit über 80.000 Euro", 8e4, None, None, "exact", "total"),
        ("eine Spende über 2.500 Euro", 2.5e3, None, None, "exact", "total"),
        ("über 90.000 Euro Umsatz", None, 9e4, None, "more_than", "total"),
        ("ein Vertrag über rund 12.000 Euro", 1.2e4, None, None, "approximately", "total"),
        ("ein Scheck über bis zu 2.000 Euro", None, None, 2e3, "up_to", "total"),
        ("höchstens aber 40.000 Euro", None, None, 4e4, "up_to", "total"),
        ("Zuschüsse ab 5.000 Euro", None, 5e3, None, "at_least", "total"),
        ("Förderbeträge von EUR 1,5 Millionen", 1.5e6, None, None, "exact", "total"),
        (
            "Vorhaben mit mindestens 10.000 Euro und höchstens 50.000 Euro je Gemeinde",
            None,
            1e4,
            5e4,
            "at_least",
            "per_recipient",
        ),
        ("zwischen 8.000 Euro und 12.000 Euro", None, 8e3, 1.2e4, "at_least", "total"),
        (
            "Der Bescheid des Ministeriums für Inneres und für Sport des Landes über 90.000 Euro",
            9e4,
            None,
            None,
            "exact",
            "total",
        ),
        (
            "Über höchstens 9.000 Euro im Jahr stimmen die Bürger ab.",
            None,
            None,
            9e3,
            "up_to",
            "per_year",
        ),
        (
            "Die Förderung des Landes für Schulen beträgt über 5 Mio. Euro",
            None,
            5e6,
            None,
            "more_than",
            "total",
        ),
    ],
)
def test_amounts(
    text: str,
    value: float | None,
    low: float | None,
    high: float | None,
    qualifier: str,
    scope: str,
) -> None:
    [amount] = amounts(text)
    assert (amount.value, amount.min, amount.max) == (value, low, high)
    assert (amount.qualifier, amount.scope, amount.currency) == (qualifier, scope, "EUR")
    assert text[amount.start : amount.end] == amount.text


def test_sums_listed_take_the_unit_of_the_last() -> None:
    found = amounts("Preisgelder von 20.000, 8.000 und 3.000 Euro; 2 oder 3 Mio. Euro")
    assert [(a.text, a.value, a.qualifier) for a in found] == [
        ("20.000", 2e4, "exact"),
        ("8.000", 8e3, "exact"),
        ("3.000 Euro", 3e3, "exact"),
        ("2", 2e6, "exact"),
        ("3 Mio. Euro", 3e6, "exact"),
    ]


def test_no_amount_without_a_currency() -> None:
    assert amounts("Im Jahr 2019 kamen 3.100 Besucher und 1,5 Millionen Klicks.") == []


@pytest.mark.parametrize(
    ("text", "value", "qualifier", "of", "target"),
    [
        ("29 Kommunen gewinnen den Preis.", 29, "exact", "Kommunen", False),
        ("für mehr als 3.100 Ausbauprojekte", 3100, "more_than", "Ausbauprojekte", False),
        (
            "Bis 2025 sollen rund 1.600 Digitallotsen geschult werden.",
            1600,
            "approximately",
            "Digitallotsen",
            True,
        ),
        ("die zehn kreisangehörigen Städte", 10, "exact", "Städte", False),
    ],
)
def test_counts(text: str, value: int, qualifier: str, of: str, target: bool) -> None:
    [count] = counts(text)
    assert (count.value, count.qualifier, count.of, count.target) == (value, qualifier, of, target)


@pytest.mark.parametrize(
    "text", ["am 23. Aktionstag", "seit 2016", "200 Kilogramm Mehl", "um 10 Uhr", "zum dritten Mal"]
)
def test_no_counts_in_ordinals_years_and_units(text: str) -> None:
    assert counts(text) == []


@pytest.mark.parametrize(
    ("text", "value", "relation"),
    [
        ("seit 2016", "2016", "since"),
        ("bis August 2020", "2020-08", "until"),
        ("am 7.10.2019", "2019-10-07", "at"),
        ("Am 14. Februar 2024", "2024-02-14", "at"),
        ("Im Februar hat der Rat getagt", "2023-02", "at"),
        ("Im Dezember war Schluss", "2022-12", "at"),
        ("Im Februar startet der Kurs", "2024-02", "at"),
        ("Im Dezember beginnt der Kurs", "2023-12", "at"),
        ("seit Dezember", "2022-12", "since"),
        ("die heutige Sitzung", None, None),
        ("anlässlich des heutigen Aktionstags", "2023-11-05", "at"),
        ("im diesjährigen Aufruf", "2023", "at"),
    ],
)
def test_dates_resolved_against_the_article_date(
    text: str, value: str | None, relation: str | None
) -> None:
    found = dates(text, article=dt.date(2023, 11, 5))
    if value is None:
        assert found == []
        return
    [date] = found
    assert (date.value, date.relation) == (value, relation)


def test_relative_dates_without_the_article_date_stay_unresolved() -> None:
    [month] = dates("Im Februar und heute")
    assert (month.text, month.value) == ("Im Februar", None)


@pytest.mark.parametrize(
    ("text", "value", "low", "high", "qualifier"),
    [
        ("Eine halbe Million Euro fließt in den Ausbau.", 500000.0, None, None, "exact"),
        ("für die Kreise liegt die Obergrenze bei 400.000 Euro", None, None, 400000.0, "up_to"),
        ("Die Untergrenze liegt bei 5.000 Euro je Antrag.", None, 5000.0, None, "at_least"),
    ],
)
def test_amount_shapes(
    text: str, value: float | None, low: float | None, high: float | None, qualifier: str
) -> None:
    [found] = amounts(text)
    assert (found.value, found.min, found.max, found.qualifier) == (value, low, high, qualifier)


def test_a_sum_without_its_currency_after_one_with_it() -> None:
    text = "Das Projekt kostet 640.000 Euro, davon übernimmt der Bund 480.000 aus dem Programm."
    assert [a.value for a in amounts(text)] == [640000.0, 480000.0]
    assert [a.value for a in amounts("Es kostet 2 Mio. Euro. 12.000 Menschen nutzen es.")] == [
        2000000.0
    ]
    assert [a.value for a in amounts("Es kostet 2 Mio. Euro, 1.600 Kommunen nutzen es.")] == [
        2000000.0
    ]


def test_a_later_number_without_a_tie_is_no_sum() -> None:
    text = "Das Land stellt 2 Mio. Euro bereit, 1.500 haben sich schon beworben."
    assert [a.value for a in amounts(text)] == [2000000.0]


@pytest.mark.parametrize(
    "text",
    [
        "Eine Spende der Kasseler Sparkasse über 15.000 Euro hilft.",
        "Den Zuschuss über 15.000 Euro hat die Bank ausgezahlt.",
        "Dazu kommt ein Darlehen der Sparkasse Obere Saale über 15.000 Euro.",
    ],
)
def test_a_sum_a_noun_of_money_is_of_is_no_bound(text: str) -> None:
    (amount,) = amounts(text)
    assert (amount.value, amount.qualifier) == (15000.0, "exact")


def test_ueber_after_a_verb_stays_a_bound() -> None:
    (amount,) = amounts("Der Preis der Firma liegt bei über 15.000 Euro.")
    assert (amount.min, amount.qualifier) == (15000.0, "more_than")
