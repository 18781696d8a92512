"""Dates without a year or a day, resolved against the article's date: weekdays, seasons, the
year's end, bare years, and months read by the tense of their sentence. Made-up sentences."""

from __future__ import annotations

import datetime as dt

import pytest

from loaders.articles.dates import dates

THURSDAY = dt.date(2026, 1, 22)


def _values(text: str, article: dt.date) -> dict[str, str | None]:
    return {d.text: d.value for d in dates(text, article=article)}


@pytest.mark.parametrize(
    ("text", "stated", "value"),
    [
        (
            "Der Kreistag hat am Montag beschlossen, das Portal zu öffnen.",
            "am Montag",
            "2026-01-19",
        ),
        ("Die Jury tagte am Mittwochabend im Rathaus.", "am Mittwochabend", "2026-01-21"),
        ("Am vergangenen Wochenende kamen 90 Teams.", "Am vergangenen Wochenende", "2026-01-17"),
        ("Seit Dienstag ist der Dienst online.", "Seit Dienstag", "2026-01-20"),
        ("Der Minister sprach am heutigen Donnerstag.", "am heutigen Donnerstag", "2026-01-22"),
        ("Der Rat entscheidet am kommenden Dienstag.", "am kommenden Dienstag", "2026-01-27"),
        # the article's own weekday without "heutigen": the week before
        ("Die Stadt teilte am Donnerstag mit, dass …", "am Donnerstag", "2026-01-15"),
    ],
)
def test_weekdays_are_the_last_such_day_before_the_article(
    text: str, stated: str, value: str
) -> None:
    assert _values(text, THURSDAY)[stated] == value


@pytest.mark.parametrize(
    ("text", "article", "stated", "value"),
    [
        ("Der Kreis will das Modell im Herbst vorstellen.", "2026-03-11", "im Herbst", "2026"),
        ("Das Modell soll im Frühjahr folgen.", "2026-10-28", "im Frühjahr", "2027"),
        ("Die Firma hat sich im Frühjahr beteiligt.", "2026-06-15", "im Frühjahr", "2026"),
        ("Kurse gibt es ab dem Herbst.", "2026-04-22", "ab dem Herbst", "2026"),
        ("Bis zum Sommer ist alles fertig.", "2026-11-12", "Bis zum Sommer", "2027"),
        ("Im vergangenen Herbst kamen 150 Gäste.", "2026-01-27", "Im vergangenen Herbst", "2025"),
        ("Er berichtet seit vergangenem Sommer.", "2026-05-07", "seit vergangenem Sommer", "2025"),
        ("Im kommenden Frühjahr folgt der Rest.", "2026-09-18", "Im kommenden Frühjahr", "2027"),
        ("Das Amt arbeitet seit dem Frühjahr digital.", "2026-09-30", "seit dem Frühjahr", "2026"),
        ("Das wollen wir bis Jahresende halbieren.", "2026-03-11", "bis Jahresende", "2026"),
        ("Bis Ende des Jahres sollen es 40 sein.", "2026-04-14", "Bis Ende des Jahres", "2026"),
        ("Das kostet das laufende Jahr 4.000 Euro.", "2026-04-14", "das laufende Jahr", "2026"),
    ],
)
def test_seasons_and_the_years_end_are_years(
    text: str, article: str, stated: str, value: str
) -> None:
    assert _values(text, dt.date.fromisoformat(article))[stated] == value


def test_a_season_in_a_word_or_with_its_year_is_no_season_alone() -> None:
    found = _values("Im Sommersemester und im Herbst 2027 gibt es Kurse.", THURSDAY)
    assert found == {"im Herbst 2027": "2027"}


@pytest.mark.parametrize(
    ("text", "years"),
    [
        ("Das Unternehmen wurde 2021 gegründet.", ["2021"]),
        ("Es liefert ein 2020 gegründetes Start-up aus Adorf.", ["2020"]),
        ("Der Rat hat im Haushalt 2026 zwei Stellen eingeplant.", ["2026"]),
        ("In den Jahren 2027 und 2028 stehen Mittel bereit.", ["2027", "2028"]),
        ("Die Mittel sollen über 2027 hinaus fließen.", ["2027"]),
    ],
)
def test_bare_years_are_dates(text: str, years: list[str]) -> None:
    assert [d.value for d in dates(text, article=THURSDAY)] == years


@pytest.mark.parametrize(
    "text",
    [
        "Das ist Teil der Strategie „Digitales Nordland 2030“.",
        "Das Start-up hat den GovTech-Preis 2025 gewonnen.",
        "Es stellt das Projekt auf dem Digitalkongress Nordland 2024 in Adorf vor.",
        "Der Kreis zählt 2024 Beschäftigte.",
        "Das kostet 2020 Euro.",
    ],
)
def test_years_in_names_and_numbers_of_things_are_no_dates(text: str) -> None:
    assert dates(text, article=THURSDAY) == []
