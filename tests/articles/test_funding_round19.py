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


def test_a_body_not_found_as_a_name_opening_a_sentence_of_giving_gives(
    gazetteer: Gazetteer,
) -> None:
    """ "Die Stiftung X Y finanziert das Programm mit Z Euro" where the foundation is not
    found as a name: its words up to the verb name the giver (not a public body named
    elsewhere); "von der Stiftung" later is the same foundation."""
    text = (
        "Die Kreisvolkshochschule Waldeck hat das Programm „Netz für alle“ aufgelegt. Die "
        "Stiftung Gutes Netz Nordhessen finanziert das Programm mit 90.000 Euro. Die Kurse "
        "finden in Korbach und Frankenberg statt. Weitere 10.000 Euro kommen vom Land Hessen. "
        "Die zwei Städte erhalten von der Stiftung "
        "jeweils 5.000 Euro für neue Technik."
    )
    found = funds(text, gazetteer)
    assert ("Stiftung Gutes Netz Nordhessen", "Netz für alle") in found
    assert ("Kreisvolkshochschule Waldeck", "Netz für alle") not in found
    assert ("Stiftung Gutes Netz Nordhessen", "Korbach") in found or (
        "Stiftung Gutes Netz Nordhessen",
        "Stadt Korbach",
    ) in found


def test_a_place_adjective_before_a_body_stands_after_it(gazetteer: Gazetteer) -> None:
    """ "Die Kasseler Kulturbehörde unterstützt die Anstalt X beim Bau mit Y Euro": the
    authority (named "Kulturbehörde Kassel", as names have the place) gives; the body named
    right after the verb receives."""
    text = (
        "Kassel, 3. März 2026 - Die Landesanstalt Datenhaus hat in Kassel das Projekt "
        "„Wärme aus Servern“ gestartet. Die Kasseler Kulturbehörde unterstützt die Landesanstalt "
        "Datenhaus beim Bau mit 2 Millionen Euro."
    )
    found = funds(text, gazetteer)
    assert ("Kulturbehörde Kassel", "Landesanstalt Datenhaus") in found
    assert not {f for f in found if f[0] == "Landesanstalt Datenhaus"}


def test_a_bank_not_found_as_a_name_taking_on_costs_funds_the_event(gazetteer: Gazetteer) -> None:
    """ "Die Bremer Aufbau-Bank übernahm die Kosten für …" (a sentence with no name found
    and no sum): the bank funds the event told of."""
    text = (
        "Der Verein Offene Stadt hat den Hackathon „Code am Fluss“ ausgerichtet. Die Fuldaer "
        "Heimat-Bank übernahm die Kosten für Essen und Getränke."
    )
    found = funds(text, gazetteer)
    assert ("Fuldaer Heimat-Bank", "Code am Fluss") in found


def test_bodies_listed_after_a_verb_of_funding_each_receive(gazetteer: Gazetteer) -> None:
    """ "X fördert A, B und C mit je bis zu Y Euro": one fact per body listed, each its own
    sum; none of them gives."""
    text = (
        "Der Wettbewerb „Ideen für das Amt“ ist entschieden. Das Hessische Ministerium für "
        "Digitalisierung fördert die Hochschule Nordhessen, die Klickwerk GmbH und den "
        "Verein Offene Stadt zusätzlich mit je bis zu 10.000 Euro."
    )
    found = funds(text, gazetteer)
    giver = "Hessische Ministerium für Digitalisierung"
    assert {
        (giver, "Hochschule Nordhessen"),
        (giver, "Klickwerk GmbH"),
        (giver, "Verein Offene Stadt"),
    } <= found
    assert not {f for f in found if f[0] != giver}


def test_the_costs_of_courses_by_a_body_not_found_as_a_name(gazetteer: Gazetteer) -> None:
    """ "Die Volkshochschule im Landkreis X schult …; die Kosten trägt der Landkreis": the
    county funds the school, named by its words up to the verb."""
    text = (
        "Der Landkreis Waldeck startet das Portal „Daten Nordhessen“. Die Volkshochschule im "
        "Landkreis Waldeck schult dafür 30 Lehrkräfte; die Kosten trägt der Landkreis."
    )
    found = funds(text, gazetteer)
    assert ("Landkreis Waldeck", "Volkshochschule im Landkreis Waldeck") in found
    assert ("Landkreis Waldeck", "Daten Nordhessen") not in found


def test_davon_opening_the_sentence_after_a_round_of_financing(gazetteer: Gazetteer) -> None:
    """ "Davon kommen X Euro von der Bank Y; den Rest tragen Z …" right after a round of
    financing: Y and Z invest in the company (with "Davon" capitalised, opening the
    sentence)."""
    text = (
        "Die App stammt von der Klickwerk GmbH aus Kassel. In einer Finanzierungsrunde hat "
        "sie 1,2 Millionen Euro eingesammelt. Davon kommen 500.000 Euro von der Hessischen "
        "Förderbank; den Rest tragen die Hessenkapital AG und drei Business Angels."
    )
    found = funds(text, gazetteer)
    assert ("Hessenkapital AG", "Klickwerk GmbH") in found
    assert not {f for f in found if f[1] == "Hessenkapital AG"}


def test_er_giving_after_a_county_and_towns_named_for_a_purpose(gazetteer: Gazetteer) -> None:
    """ "Auch der Landkreis X beteiligt sich an dem Projekt. Er stellt Y Euro bereit, damit die
    Gemeinden A und B … aufgenommen werden": the county (a local body may give too) funds the
    project; the towns of the purpose clause receive nothing."""
    text = (
        "Das Land Hessen fördert das Projekt „Dorfmodell Eder“ mit 500.000 Euro. Auch der "
        "Landkreis Waldeck beteiligt sich an dem Projekt. Er stellt 30.000 Euro bereit, damit "
        "die Gemeinde Vöhl und die Gemeinde Edertal in das Modell aufgenommen werden."
    )
    found = funds(text, gazetteer)
    assert ("Landkreis Waldeck", "Dorfmodell Eder") in found
    assert not {f for f in found if f[1] in ("Gemeinde Vöhl", "Gemeinde Edertal")}


def test_applications_for_funding_are_no_funding(gazetteer: Gazetteer) -> None:
    """ "Lotsen, die den Dörfern bei Förderanträgen helfen": applications, no grant."""
    text = (
        "Die Stiftung Morgenland trägt die Kosten der Studie „Dorf im Netz“. Der Städtetag "
        "Hessen verlangt nun Lotsen für das Projekt „Dorflotsen Hessen“, die den Gemeinden bei "
        "Förderanträgen helfen."
    )
    assert not _funds_in(text, gazetteer, "Förderanträgen")


def test_further_money_flowing_to_a_body_goes_to_it_alone(gazetteer: Gazetteer) -> None:
    """ "Weitere X Euro aus dem Haushalt Y fließen an die Anstalt Z": to Z, not also to the
    fund told of before."""
    text = (
        "Mit dem Gesetz wird der „Digitalfonds Nordhessen“ eingerichtet. Aus ihm stellt das "
        "Hessische Ministerium für Digitalisierung 10 Millionen Euro bereit. Weitere 800.000 "
        "Euro aus dem Haushalt des Ministeriums fließen an die Landesanstalt Datenhaus, die "
        "gemeinsame Formulare entwickelt."
    )
    found = _funds_in(text, gazetteer, "Weitere 800.000")
    assert ("Hessische Ministerium für Digitalisierung", "Digitalfonds Nordhessen") not in found
    assert ("Hessische Ministerium für Digitalisierung", "Landesanstalt Datenhaus") in found


def test_a_building_block_of_a_strategy_is_part_of_it(gazetteer: Gazetteer) -> None:
    """ "Für die Stadt ist „X“ ein Baustein ihrer Strategie „Y“. Die Einführung bezahlt Z …":
    the strategy is the whole, not the work paid for."""
    text = (
        "Die Stadtwerke Kassel GmbH hat die App „Parkfuchs“ freigeschaltet. Für die Stadt ist "
        "„Parkfuchs“ ein Baustein ihrer Strategie „Kassel smart 2035“. Die Einführung der App "
        "bezahlt die Stadtwerke Kassel GmbH mit rund 50.000 Euro aus eigenen Mitteln."
    )
    found = funds(text, gazetteer)
    assert ("Stadtwerke Kassel GmbH", "Parkfuchs") in found
    assert ("Stadtwerke Kassel GmbH", "Kassel smart 2035") not in found


def test_bringing_something_somewhere_is_no_paying(gazetteer: Gazetteer) -> None:
    """ "Die Hochschule will die App mit dem Preisgeld zur Reife bringen": using money, not
    giving it ("bringt … auf", "bringt … ein" still pay)."""
    text = (
        "Die Stiftung Morgenland hat den Wettbewerb „Apps fürs Amt“ ausgerichtet. Das "
        "Preisgeld von 10.000 Euro stellte die Sparkasse Waldeck bereit. Gewonnen hat die "
        "Hochschule Nordhessen. Die Hochschule will die App mit dem Preisgeld zur Serienreife "
        "bringen."
    )
    assert not _funds_in(text, gazetteer, "Serienreife")


def test_a_town_in_the_genitive_after_a_noun_owns_what_is_funded(gazetteer: Gazetteer) -> None:
    """ "Das Ministerium X bezuschusst den Eigenanteil der Stadt mit Y Euro": the town (named
    again in the genitive) receives, it does not pay."""
    text = (
        "Die Hansestadt Irgendwo baut eine digitale Bürgerakte. Den Eigenanteil bringt die "
        "Hansestadt zum Teil selbst auf. Das Hessische Ministerium für Digitalisierung "
        "bezuschusst den Eigenanteil der Stadt zusätzlich mit 300.000 Euro."
    )
    found = _funds_in(text, gazetteer, "bezuschusst")
    assert ("Hessische Ministerium für Digitalisierung", "Hansestadt Irgendwo") in found
    assert not {f for f in found if f[0] == "Hansestadt Irgendwo"}


def test_spendieren_gives_to_a_plural_in_the_dative(gazetteer: Gazetteer) -> None:
    """ "Die Stiftung X spendiert den Sportvereinen … Y Euro": the foundation (not found as a
    name) gives, the plural in the dative receives."""
    text = (
        "Die Gemeinde Irgendhausen startet die App „Vereinsheim digital“. Die Stiftung Grüner "
        "Rasen spendiert den Sportvereinen außerdem 20 Tablets, wofür 9.000 Euro bereitstehen."
    )
    found = funds(text, gazetteer)
    assert ("Stiftung Grüner Rasen", "Sportvereinen") in found


def test_a_foundation_named_after_a_state_is_no_state(gazetteer: Gazetteer) -> None:
    """ "Die Hessen Stiftung fördert die Hochschule mit X Euro" (not found as a name): the
    foundation gives, not the state whose name opens its name."""
    text = (
        "Die Hochschule Nordhessen bildet Digitallotsen aus. Die Hessen Stiftung fördert die "
        "Hochschule dafür mit 300.000 Euro."
    )
    found = funds(text, gazetteer)
    assert ("Hessen Stiftung", "Hochschule Nordhessen") in found
    assert not {f for f in found if f[0] == "Land Hessen"}


def test_a_bare_head_noun_opening_a_sentence_is_no_new_body(gazetteer: Gazetteer) -> None:
    """ "Die Stiftung fördert …" with no foundation named: a head noun alone names no body
    (it is not made one from its words)."""
    text = (
        "Die Gemeinde Irgendhausen startet das Projekt „Dorfplatz online“. Die Stiftung "
        "fördert das Projekt mit 10.000 Euro."
    )
    assert not {f for f in funds(text, gazetteer) if f[0] == "Stiftung"}
