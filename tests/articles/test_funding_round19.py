"""Shapes of funding that blind round 19 phrased in ways the rules did not read, on made-up
sentences (no article's names or wording): each test stands for one rule of the extractor
and fails without it."""

from __future__ import annotations

import datetime as dt

from loaders.articles import Gazetteer, extract
from loaders.articles.findings import Fact
from tests.articles.conftest import funds


def _funds_in(text: str, gazetteer: Gazetteer, part: str) -> set[tuple[str, str | None]]:
    """Who funds whom or what in the sentence of ``text`` that holds ``part``."""
    return {
        (f.subject.label, None if f.object is None else f.object.label)
        for f in extract(text, gazetteer, article_date=dt.date(2024, 4, 2))
        if isinstance(f, Fact) and f.predicate == "funds" and part in text[f.start : f.end]
    }


def test_a_town_in_the_dative_right_after_a_verb_of_giving_receives(
    gazetteer: Gazetteer,
) -> None:
    """ "Das Ministerium X bewilligte der Stadt Y Euro aus dem Programm Z": the town named
    again in the dative receives (it does not give), the ministry gives."""
    text = (
        "Die Stadt Nirgendheim baut das Bürgerportal „Rathaus online“. Das Hessische "
        "Ministerium für Digitalisierung bewilligte der Stadt im Mai 300.000 Euro aus dem "
        "Förderprogramm „Starke Heimat“."
    )
    found = funds(text, gazetteer)
    assert ("Hessische Ministerium für Digitalisierung", "Stadt Nirgendheim") in found
    assert not {f for f in found if f[0] == "Stadt Nirgendheim"}


def test_bezuschussen_is_a_verb_of_funding(gazetteer: Gazetteer) -> None:
    """ "X bezuschusst das Vorhaben mit Y Euro": X funds the work told of."""
    text = (
        "Die Gemeinde Irgendhausen startet das Projekt „Dorfladen digital“. Außerdem "
        "bezuschusst die Stiftung Morgenland das Vorhaben mit 25.000 Euro."
    )
    assert ("Stiftung Morgenland", "Dorfladen digital") in funds(text, gazetteer)


def test_a_ministry_named_after_a_foundations_grant_gives_the_next_sum(
    gazetteer: Gazetteer,
) -> None:
    """A sum with no giver named, after a foundation's grant and then a ministry named (who
    announces a programme): the ministry gives it, not the foundation told of before."""
    text = (
        "Der Städtetag Hessen hat die Studie „Amt im Wandel“ vorgestellt. Die Kosten von "
        "20.000 Euro übernahm die Stiftung Morgenland. Das Hessische Ministerium für "
        "Digitalisierung kündigte daraufhin ein neues Programm an. Jede Gemeinde erhält daraus "
        "bis zu 15.000 Euro im Jahr."
    )
    found = funds(text, gazetteer)
    assert ("Hessische Ministerium für Digitalisierung", "Gemeinde") in found
    assert ("Stiftung Morgenland", "Gemeinde") not in found


def test_the_costs_named_before_the_verb_are_paid_by_the_body_after_it(
    gazetteer: Gazetteer,
) -> None:
    """ "Die Akademie X will … ausbilden; die Kosten dafür trägt Y": Y (named after the verb)
    pays for the body that trains, which does not pay for itself."""
    text = (
        "Das Ministerium des Innern und für Heimat Hessen hat das Programm „Lotsen im Dorf“ "
        "angekündigt. Die Verwaltungsakademie Nordhessen soll die Lotsen in einem Kurs "
        "ausbilden; die Kosten dafür trägt das Ministerium des Innern und für Heimat Hessen."
    )
    found = funds(text, gazetteer)
    assert ("Ministerium des Innern und für Heimat Hessen", "Verwaltungsakademie Nordhessen") in (
        found
    )
    assert not {f for f in found if f[0] == "Verwaltungsakademie Nordhessen"}


def test_a_body_taking_on_a_kind_of_costs_funds_the_work_told_of(gazetteer: Gazetteer) -> None:
    """ "Der Landkreis X übernimmt die Fahrtkosten der Teilnehmenden": the county funds the
    programme told of (the participants are no recipient)."""
    text = (
        "Die Stadt Irgendhausen hat das Programm „Klick für Klick“ für ältere Menschen "
        "aufgelegt. Der Landkreis Waldeck übernimmt die Fahrtkosten der Teilnehmenden."
    )
    assert ("Landkreis Waldeck", "Klick für Klick") in funds(text, gazetteer)


def test_costs_borne_by_the_towns_themselves_are_no_grant(gazetteer: Gazetteer) -> None:
    """ "Die drei Städte tragen die Kosten für die Räume selbst": a share of their own, not
    also a grant of the ministry told of before; "für die Teilnehmenden" names no
    recipient."""
    text = (
        "Das Hessische Ministerium für Digitalisierung fördert das Projekt „Dorfnetz“ mit "
        "200.000 Euro. Außerdem erhalten die Stadt Nirgendheim, die Stadt Sonstwo und die "
        "Stadt Irgendwo aus dem Topf des Ministeriums je 20.000 Euro, um Lernräume "
        "einzurichten. Die drei Städte tragen die Kosten für die Räume selbst. Die Akademie "
        "Morgenland bildet dafür Lotsen aus; die Kurse sind für die Teilnehmenden kostenlos, "
        "die Kosten übernimmt der Landkreis Waldeck."
    )
    shares = _funds_in(text, gazetteer, "Räume selbst")
    assert ("Stadt Sonstwo", "Dorfnetz") in shares
    assert not {f for f in shares if f[0] == "Hessische Ministerium für Digitalisierung"}
    found = funds(text, gazetteer)
    assert not {f for f in found if f[1] == "Teilnehmenden"}
    assert ("Landkreis Waldeck", "Akademie Morgenland") in found
