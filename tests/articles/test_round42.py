"""Persons, names and funding as blind round 42 wrote them, on made-up sentences (no article's
names or wording). Each test fails without its rule."""

from __future__ import annotations

from loaders.articles import Gazetteer
from tests.articles.conftest import funds, named, roles


def test_founders_named_after_the_company(gazetteer: Gazetteer) -> None:
    text = (
        "Die Feuerbeleg GmbH aus Templin wächst. Gegründet haben die Firma 2023 Lina Okafor-Brandt "
        "und Jan Weller-Osei, die sich im Studium kennengelernt haben."
    )
    found = roles(text, gazetteer)
    assert ("Lina Okafor-Brandt", "Feuerbeleg GmbH") in found
    assert ("Jan Weller-Osei", "Feuerbeleg GmbH") in found


def test_the_one_who_asked_in_an_interview(gazetteer: Gazetteer) -> None:
    text = "Die Stadt Witzenhausen baut um. Das Gespräch führte Marta Lindqvist-Ade."
    assert ("Marta Lindqvist-Ade", "Marta Lindqvist-Ade") in named(text, gazetteer, "Person")


def test_bodies_named_again_as_institute_county_town_or_local_company(
    gazetteer: Gazetteer,
) -> None:
    text = (
        "Das Landesinstitut für Schulqualität startet. Die Stadt Korbach macht mit. Die "
        "Wegweiser GmbH aus Korbach liefert. Das Korbacher Unternehmen hat zwölf Beschäftigte. "
        "Die Kreisstadt zahlt, das Institut prüft."
    )
    found = named(text, gazetteer)
    assert ("Unternehmen", "Wegweiser GmbH") in found
    assert ("Kreisstadt", "Stadt Korbach") in found
    assert ("Institut", "Landesinstitut für Schulqualität") in found


def test_party_groups_and_district_councils(gazetteer: Gazetteer) -> None:
    text = (
        "Die Stadt Korbach baut. Die SPD-Fraktion stimmte zu. Der Beirat Findorff gibt 3.000 "
        "Euro; die Sprecherin des Beirats Walle lobte das."
    )
    found = named(text, gazetteer)
    assert ("SPD-Fraktion", "SPD-Fraktion") in found
    assert ("Beirat Findorff", "Beirat Findorff") in found
    assert ("Beirats Walle", "Beirat Walle") in found


OPENING = (
    "Der Hessische Städtetag startet das Projekt „Notfallkoffer IT“. Die Krisenfest Software "
    "GmbH aus Fulda baut ein Handbuch. "
)


def test_the_association_named_again_receives_and_commissions(gazetteer: Gazetteer) -> None:
    text = OPENING + (
        "Das Innenministerium hat dem Verband dafür eine Zuwendung von 900.000 Euro zugesagt. "
        "Der Verband hat das Unternehmen für 120.000 Euro beauftragt."
    )
    found = funds(text, gazetteer)
    assert ("Innenministerium", "Hessische Städtetag") in found
    assert ("Hessische Städtetag", "Krisenfest Software GmbH") in found


def test_own_shares_from_the_running_budget_or_not_covered(gazetteer: Gazetteer) -> None:
    start = "Die Stadt Korbach startet das Projekt „Bürgerbüro 24/7“. Das Land gibt 90.000 Euro. "
    for said in (
        "Was übrig bleibt, gut 20.000 Euro, zahlt die Stadt Korbach aus dem laufenden Haushalt.",
        "Personal und Betrieb bezahlt die Stadt Korbach aus dem eigenen Etat.",
        "Was das Land nicht abdeckt, bringen die Stadt Korbach und der Landkreis "
        "Waldeck-Frankenberg zu gleichen Teilen auf.",
    ):
        assert ("Stadt Korbach", "Bürgerbüro 24/7") in funds(start + said, gazetteer), said


def test_contracts_awarded_by_a_body_named_again_or_won_by_a_bid(gazetteer: Gazetteer) -> None:
    text = (
        "Das Landesinstitut für Schulqualität startet das Programm „Schule digital“. Die "
        "Programmierung hat das Institut an die Kasseler Codewerk GmbH vergeben, die dafür "
        "300.000 Euro erhält."
    )
    assert ("Landesinstitut für Schulqualität", "Codewerk GmbH") in funds(text, gazetteer)
    text = (
        "Die Gemeinde Edertal startet den „Dorfmelder“. Die Gemeinde Edertal ist stolz. Die "
        "Gemeinde Edertal feiert. Die App kommt von der Appwerk UG aus Kassel, die sich mit "
        "30.000 Euro gegen zwei Mitbewerber durchgesetzt hat."
    )
    assert ("Gemeinde Edertal", "Appwerk UG") in funds(text, gazetteer)


def test_a_body_billed_pays_the_one_that_bills(gazetteer: Gazetteer) -> None:
    text = (
        "Das Bürgeramt Kassel startet das „Bürgeramt mobil“. Für das Terminal stellte die "
        "Nordterm GmbH dem Amt 23.500 Euro in Rechnung."
    )
    assert ("Bürgeramt Kassel", "Nordterm GmbH") in funds(text, gazetteer)
