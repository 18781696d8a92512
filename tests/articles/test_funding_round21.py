"""Shapes of funding that blind round 21 phrased in ways the rules did not read, on made-up
sentences (no article's names or wording): each test stands for one rule of the extractor
and fails without it."""

from __future__ import annotations

from loaders.articles import Gazetteer
from tests.articles.conftest import funds

_MINISTRY = "Ministerium für Digitales des Landes Hessen"


def test_costs_of_courses_named_before_the_verb(gazetteer: Gazetteer) -> None:
    """ "Die Kosten der Lehrgänge übernimmt X" after a sentence of training: X pays for the
    body that trains."""
    text = (
        "Die Stadt Nirgendheim startet im Mai das Projekt „Lernwerk“. Damit das klappt, bildet "
        "die Verwaltungsakademie Nordland bis zum Sommer 35 Paten aus. Die Kosten der Kurse "
        "übernimmt das Ministerium für Digitales des Landes Hessen."
    )
    found = funds(text, gazetteer)
    assert (_MINISTRY, "Verwaltungsakademie Nordland") in found


def test_a_part_of_the_costs_of_courses_named_before_the_verb(gazetteer: Gazetteer) -> None:
    """ "Die Hälfte der Schulungskosten trägt der Kreis" after a sentence of training: the
    county pays for the body that trains (a part, with no sum)."""
    text = (
        "Der Landkreis Irgendwald führt die E-Akte ein. Landrat Paul Beispiel sagte, dass die "
        "Verwaltungsakademie Nordland seit Mai 30 Beschäftigte der Ämter schult. Die Hälfte der "
        "Schulungskosten trägt der Landkreis."
    )
    found = funds(text, gazetteer)
    assert ("Landkreis Irgendwald", "Verwaltungsakademie Nordland") in found


def test_a_ministry_named_by_its_remit_is_the_one_named_in_full(gazetteer: Gazetteer) -> None:
    """ "das Schulministerium", a name the graph lacks, after the text named "Ministerium für
    Schule und Sport …" in full: that ministry pays, no new body."""
    text = (
        "Das Ministerium für Schule und Sport des Landes Hessen fördert das Projekt „Lernwerk“ "
        "der Stadt Nirgendheim. Damit das klappt, bildet die Verwaltungsakademie Nordland bis "
        "zum Sommer 35 Paten aus. Die Kosten der Kurse übernimmt das Schulministerium."
    )
    found = funds(text, gazetteer)
    full = "Ministerium für Schule und Sport des Landes Hessen"
    assert (full, "Verwaltungsakademie Nordland") in found
    assert not {f for f in found if f[0] == "Schulministerium"}


def test_costs_of_training_told_in_the_passive_without_a_place(gazetteer: Gazetteer) -> None:
    """ "… hatte die Akademie X vorbereitet; dabei wurden 40 Beschäftigte geschult. Die Kosten
    dafür trug das Ministerium": the ministry pays for the body that trained."""
    text = (
        "Das Ministerium für Digitales des Landes Hessen hat den Preis „Amt der Zukunft“ "
        "vergeben. Die Finalisten hatte die Verwaltungsakademie Nordland im Mai an zwei Tagen "
        "vorbereitet; dabei wurden 40 Beschäftigte in agilen Methoden geschult. Die Kosten "
        "dafür trug das Ministerium."
    )
    found = funds(text, gazetteer)
    assert (_MINISTRY, "Verwaltungsakademie Nordland") in found


def test_training_told_by_ausbildet_at_a_clauses_end(gazetteer: Gazetteer) -> None:
    """ "…, dass die Akademie X 30 Lotsen ausbildet. Die Hälfte der Kurskosten trägt der
    Kreis": the verb at the end of a subordinate clause tells of training too."""
    text = (
        "Der Landkreis Irgendwald führt die E-Akte ein. Landrat Paul Beispiel sagte, dass die "
        "Verwaltungsakademie Nordland seit Mai 30 Lotsen aus den Ämtern ausbildet. Die Hälfte "
        "der Kurskosten trägt der Landkreis."
    )
    found = funds(text, gazetteer)
    assert ("Landkreis Irgendwald", "Verwaltungsakademie Nordland") in found


def test_a_county_named_again_after_vom_gives(gazetteer: Gazetteer) -> None:
    """ "Die Städte A und B erhalten vom Kreis je X Euro" (no "von" in the sentence): the
    county named before gives (not the ministry of the grant told of before)."""
    text = (
        "Der Landkreis Irgendwald und die Städte Nirgendheim und Sonstwo gründen das Netz "
        "„Schulnetz Süd“. Das Ministerium für Digitales des Landes Hessen hat dafür 2 Millionen "
        "Euro bewilligt. Die Städte Nirgendheim und Sonstwo erhalten vom Kreis zusätzlich je "
        "30.000 Euro für ihre Grundschulen."
    )
    found = funds(text, gazetteer)
    assert ("Landkreis Irgendwald", "Stadt Nirgendheim") in found
    assert ("Landkreis Irgendwald", "Stadt Sonstwo") in found


def test_the_agent_of_a_passive_of_providing_gives(gazetteer: Gazetteer) -> None:
    """ "Für X wurden von der Sparkasse Y zusätzlich Z Euro bereitgestellt": the agent gives,
    not the funder of the grant told of before."""
    text = (
        "Das Ministerium für Digitales des Landes Hessen fördert das Portal „Amt24“ der Stadt "
        "Nirgendheim mit 200.000 Euro. Für Tablets im Bürgerbüro wurden von der Sparkasse "
        "Nirgendheim zusätzlich 12.000 Euro bereitgestellt."
    )
    found = funds(text, gazetteer)
    assert ("Sparkasse Nirgendheim", "Amt24") in found


def test_a_body_after_a_verb_of_funding_in_a_later_clause_gives(gazetteer: Gazetteer) -> None:
    """ "Das Preisgeld hatte die Sparkasse X gestiftet, die Messe selbst bezuschusste das
    Ministerium Y mit Z Euro": the clause opens with what is funded, so the body after the verb
    is its subject and gives Z (no body of the clause before it is the giver)."""
    text = (
        "Die Stadt Nirgendheim hat die Messe „Digitaltag Süd“ ausgerichtet. Das Preisgeld von "
        "5.000 Euro hatte die Sparkasse Nirgendheim gestiftet, die Messe selbst bezuschusste "
        "das Ministerium für Digitales des Landes Hessen mit 20.000 Euro."
    )
    found = funds(text, gazetteer)
    assert (_MINISTRY, "Digitaltag Süd") in found


def test_a_body_founded_in_quotes_and_a_counties_budget(gazetteer: Gazetteer) -> None:
    """ "beschlossen, die „Lernakademie X“ zu gründen" … "Aus dem Kreishaushalt fließen
    jährlich Y Euro in die Akademie. Das Ministerium Z unterstützt den Aufbau mit W Euro": the
    county whose budget it is pays, and both sums go to the body founded, not to the county."""
    text = (
        "Der Landkreis Kassel bekommt eine eigene Schule für die Verwaltung. Der Kreistag hat "
        "beschlossen, die „Lernakademie Kassel-Land“ zu gründen. Aus dem Kreishaushalt "
        "fließen jährlich 100.000 Euro in die Akademie. Das Ministerium für Digitales des "
        "Landes Hessen unterstützt den Aufbau mit 300.000 Euro."
    )
    found = funds(text, gazetteer)
    assert ("Landkreis Kassel", "Lernakademie Kassel-Land") in found
    assert (_MINISTRY, "Lernakademie Kassel-Land") in found
    assert (_MINISTRY, "Landkreis Kassel") not in found


def test_money_flowing_into_a_body_named_again_by_its_head(gazetteer: Gazetteer) -> None:
    """ "Aus dem Kreishaushalt fließen X Euro in die Akademie" after a sentence naming other
    bodies: the academy named before receives, not a body of the sentence before."""
    text = (
        "Der Landkreis Kassel gründet die Verwaltungsakademie Nordhessen. Als erste haben die "
        "Städte Baunatal und Vellmar zugesagt, ihre Auszubildenden zu schicken. Aus dem "
        "Kreishaushalt fließen jährlich 100.000 Euro in die Akademie."
    )
    found = funds(text, gazetteer)
    assert ("Landkreis Kassel", "Verwaltungsakademie Nordhessen") in found
    assert not {f for f in found if f[1] in ("Stadt Baunatal", "Stadt Vellmar")}


def test_a_body_named_in_a_quoted_statement_receives_no_grant(gazetteer: Gazetteer) -> None:
    """ "„Der Landkreis X zeigt, wie man es macht“, sagte Y bei der Übergabe des
    Förderbescheids": a body named in what someone says receives nothing (no sum, no giver
    in the sentence)."""
    text = (
        "Das Ministerium für Digitales des Landes Hessen fördert das Portal „Amt24“ der Stadt "
        "Nirgendheim mit 200.000 Euro. „Der Landkreis Kassel zeigt, wie man es macht“, sagte "
        "Staatssekretär Paul Beispiel bei der Übergabe des Förderbescheids in Nirgendheim."
    )
    found = funds(text, gazetteer)
    assert (_MINISTRY, "Amt24") in found
    assert (_MINISTRY, "Landkreis Kassel") not in found


def test_a_counted_compound_of_kommunen_names_the_towns_and_county(gazetteer: Gazetteer) -> None:
    """ "erhalten die drei Modellkommunen jeweils bis zu X Euro" after a text naming two towns
    and a county: each of the three receives (a county is a Kommune too, when the towns alone
    are too few)."""
    text = (
        "Das Ministerium für Digitales des Landes Hessen hat drei Modellkommunen ausgewählt: "
        "die Stadt Nirgendheim, die Stadt Sonstwo und den Landkreis Kassel. Für ihre Vorhaben "
        "erhalten die drei Modellkommunen jeweils bis zu 50.000 Euro vom Ministerium."
    )
    found = funds(text, gazetteer)
    for body in ("Stadt Nirgendheim", "Stadt Sonstwo", "Landkreis Kassel"):
        assert (_MINISTRY, body) in found


def test_a_state_named_since_as_a_member_does_not_take_over(gazetteer: Gazetteer) -> None:
    """A grant told of, then a state named as a member of a club (no money in its sentence),
    then a sum with no giver: the grant's funder gives it, not that state."""
    text = (
        "Das Ministerium für Digitales des Landes Hessen stellt für den Preis „Amt der Zukunft“ "
        "100.000 Euro zur Verfügung. Ausgerichtet wird er vom Verein Digitale Ämter, dem unter "
        "anderem der Freistaat Bayern angehört. Die Stadt Nirgendheim erhält außerdem "
        "50.000 Euro für ihr Portal."
    )
    found = funds(text, gazetteer)
    assert (_MINISTRY, "Stadt Nirgendheim") in found


def test_the_federation_named_as_owner_of_a_whole_is_its_ministry(gazetteer: Gazetteer) -> None:
    """ "Das Programm ist Teil der Digitalagenda des Bundes und soll mit X Euro ausgestattet
    werden": "des Bundes" names whose agenda it is, not who gives; the federal ministry the
    text names in full gives."""
    text = (
        "Berlin, 3. März 2026 - Das Bundesministerium des Innern und für Heimat startet das "
        "Förderprogramm „Amt24“. Das Programm ist Teil der Digitalagenda des Bundes und soll "
        "bis 2029 mit rund 10 Millionen Euro ausgestattet werden."
    )
    found = funds(text, gazetteer)
    assert ("Bundesministerium des Innern und für Heimat", "Amt24") in found
    assert ("Bundesrepublik Deutschland", "Amt24") not in found
