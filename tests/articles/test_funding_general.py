"""Shapes of funding that blind rounds phrased in ways the rules did not read, on made-up
sentences (no article's names or wording): each test stands for one rule of the extractor
and fails without it."""

from __future__ import annotations

import datetime as dt

from loaders.articles import Gazetteer, extract
from loaders.articles.findings import Mention
from tests.articles.conftest import funds


def _mentions(text: str, gazetteer: Gazetteer) -> list[Mention]:
    return [
        m
        for m in extract(text, gazetteer, article_date=dt.date(2024, 4, 2))
        if isinstance(m, Mention)
    ]


def test_a_share_of_no_sum_towards_no_work_named_gives_no_fact(gazetteer: Gazetteer) -> None:
    """ "Den Rest tragen die Gemeinden selbst" in a text that names no work: nothing to say
    who pays towards what; with a sum ("die übrigen X Euro … aus eigenen Mitteln") the share
    is still stated."""
    text = (
        "Die Gemeinde Nirgendheim und die Gemeinde Irgendhausen erneuern ihre Bürgerbüros. "
        "Das Land Hessen übernimmt drei Viertel der Kosten; den Rest tragen die Gemeinden selbst."
    )
    found = funds(text, gazetteer)
    assert ("Gemeinde Nirgendheim", None) not in found
    assert ("Gemeinde Irgendhausen", None) not in found
    text = (
        "Die Stadt Nirgendheim erneuert ihr Bürgerbüro. Das Land Hessen gibt 60.000 Euro, die "
        "übrigen 20.000 Euro bringt die Stadt aus eigenen Mitteln auf."
    )
    assert ("Stadt Nirgendheim", None) in funds(text, gazetteer)


def test_each_of_a_numbered_plural_is_each_body_of_that_kind_named_first(
    gazetteer: Gazetteer,
) -> None:
    """ "jede der drei Gemeinden erhält X Euro": each of the three municipalities the text
    named first (not one named later as a town that may follow)."""
    text = (
        "Die Gemeinde Nirgendheim, die Gemeinde Irgendhausen und die Gemeinde Sonstwo bauen "
        "gemeinsam das Portal „Dorf direkt“. Das Land Hessen fördert das Vorhaben. Jede der "
        "drei Gemeinden erhält 40.000 Euro. Interesse hat auch die Gemeinde Anderswo gezeigt."
    )
    found = funds(text, gazetteer)
    assert {
        ("Land Hessen", "Gemeinde Nirgendheim"),
        ("Land Hessen", "Gemeinde Irgendhausen"),
        ("Land Hessen", "Gemeinde Sonstwo"),
    } <= found
    assert ("Land Hessen", "Gemeinde Anderswo") not in found


def test_a_giver_named_again_by_a_pronoun_and_money_that_goes_to_a_body(
    gazetteer: Gazetteer,
) -> None:
    """ "… die Stiftung X. Sie stellt Y Euro bereit; … der Rest geht an die Hochschule Z": the
    foundation gives (not the state that gave before), the university receives (it does not
    give)."""
    text = (
        "Die Stadt Nirgendheim startet das Projekt „Bank am Bach“. Das Land Hessen fördert es "
        "mit 20.000 Euro. Mit im Boot ist auch die Stiftung Morgenland. Sie stellt insgesamt "
        "80.000 Euro bereit; die Stadt erhält davon 50.000 Euro, der Rest geht an die "
        "Hochschule Irgendwo."
    )
    found = funds(text, gazetteer)
    assert ("Stiftung Morgenland", "Hochschule Irgendwo") in found
    assert ("Land Hessen", "Hochschule Irgendwo") not in found
    assert not {f for f in found if f[0] == "Hochschule Irgendwo"}


def test_a_sum_per_participating_town_goes_to_each_town_named(gazetteer: Gazetteer) -> None:
    """ "X Euro je beteiligter Kommune" after the towns are named: each of them; "Jede
    teilnehmende Kommune kann … erhalten" (a programme's terms) stays the noun."""
    text = (
        "Die Stadt Nirgendheim, die Gemeinde Irgendhausen und die Gemeinde Sonstwo legen ihre "
        "Kassen zusammen. Das Land Hessen unterstützt das mit 30.000 Euro je beteiligter "
        "Kommune."
    )
    found = funds(text, gazetteer)
    assert {
        ("Land Hessen", "Stadt Nirgendheim"),
        ("Land Hessen", "Gemeinde Irgendhausen"),
        ("Land Hessen", "Gemeinde Sonstwo"),
    } <= found
    text = (
        "Die Stadt Nirgendheim und die Gemeinde Irgendhausen legen ihre Kassen zusammen. Das "
        "Land Hessen fördert solche Vorhaben. Jede teilnehmende Kommune kann bis zu 30.000 "
        "Euro erhalten."
    )
    found = funds(text, gazetteer)
    assert ("Land Hessen", "Stadt Nirgendheim") not in found


def test_a_city_district_office_receives_like_a_town(gazetteer: Gazetteer) -> None:
    """ "stellt dem Bezirksamt X … bereit": the district office receives, as a town would."""
    text = (
        "Die Senatskanzlei stellt dem Bezirksamt Nirgendheim 70.000 Euro für das Projekt "
        "„Bank am Bach“ bereit."
    )
    assert ("Senatskanzlei", "Bezirksamt Nirgendheim") in funds(text, gazetteer)


def test_the_costs_of_courses_fund_the_body_that_gives_them(gazetteer: Gazetteer) -> None:
    """ "Die Akademie X bietet Kurse an; die Kosten von Y Euro trägt das Land": the academy
    that gives the courses receives (also when it was named in the sentence before)."""
    text = (
        "Die Stadt Nirgendheim führt das Portal „Dorf direkt“ ein. Die Verwaltungsakademie "
        "Nordland schult dafür 40 Beschäftigte; die Kosten von 20.000 Euro trägt das Land Hessen."
    )
    assert ("Land Hessen", "Verwaltungsakademie Nordland") in funds(text, gazetteer)
    text = (
        "Die Stadt Nirgendheim führt das Portal „Dorf direkt“ ein. Ab Mai bietet die "
        "Verwaltungsakademie Nordland dafür eine Schulungsreihe an. Rund 40 Beschäftigte sollen "
        "teilnehmen; die Kosten von bis zu 20.000 Euro trägt das Land Hessen."
    )
    assert ("Land Hessen", "Verwaltungsakademie Nordland") in funds(text, gazetteer)


def test_a_passive_of_paying_names_its_agent_who_provides_a_sum(gazetteer: Gazetteer) -> None:
    """ "Bezahlt wird X von der Stiftung Y, die dafür Z Euro bereitstellt": the foundation
    funds X ("bereitstellt" is a cue like "stellt … bereit")."""
    text = (
        "Die Stadt Nirgendheim baut das Portal „Dorf direkt“. Das Land Hessen gibt der Stadt "
        "dafür 20.000 Euro. Bezahlt wird der Betrieb des Portals von der Stiftung Morgenland, "
        "die dafür 80.000 Euro bereitstellt."
    )
    found = funds(text, gazetteer)
    assert ("Stiftung Morgenland", "Dorf direkt") in found


def test_the_agent_gives_money_it_takes_from_a_budget(gazetteer: Gazetteer) -> None:
    """ "Bezahlt wird … von der Kanzlei X, die dafür Y Euro aus dem Landeshaushalt
    bereitstellt": the agent of the passive gives; the state's budget is where its money comes
    from, not a second giver."""
    text = (
        "Im Land Hessen sollen 900 Beschäftigte den Zertifikatskurs „Daten im Amt“ belegen. "
        "Bezahlt wird der Kurs von der Staatskanzlei Nordheim, die dafür 500.000 Euro aus dem "
        "Landeshaushalt bereitstellt."
    )
    found = funds(text, gazetteer)
    assert ("Staatskanzlei Nordheim", "Daten im Amt") in found
    assert ("Land Hessen", "Daten im Amt") not in found


def test_a_bank_named_by_an_adjective_before_it_invests(gazetteer: Gazetteer) -> None:
    """ "die Bergstädter Sparkasse", "der Nordländischen Investitions- und Förderbank": banks,
    which invest in the company."""
    text = (
        "Das Start-up Leuchtfeld GmbH aus Nirgendheim sammelt 600.000 Euro ein. An der "
        "Finanzierungsrunde beteiligen sich die Bergstädter Sparkasse und die Nordländische "
        "Investitions- und Förderbank."
    )
    found = funds(text, gazetteer)
    assert ("Bergstädter Sparkasse", "Leuchtfeld GmbH") in found
    assert ("Nordländische Investitions- und Förderbank", "Leuchtfeld GmbH") in found


def test_what_a_work_costs_is_no_grant(gazetteer: Gazetteer) -> None:
    """ "Das Projekt X kostet Y Euro": no funder named, no grant (not the funder told of)."""
    text = (
        "Die Stadt Nirgendheim will Bürgerdienste ins Netz bringen. Das Land Hessen fördert "
        "die Stadt Nirgendheim dafür mit 20.000 Euro. Das Pilotprojekt „Dorf direkt“ kostet im "
        "ersten Jahr 50.000 Euro."
    )
    found = funds(text, gazetteer)
    assert ("Land Hessen", "Stadt Nirgendheim") in found
    assert ("Land Hessen", "Dorf direkt") not in found


def test_a_company_named_again_by_es_receives(gazetteer: Gazetteer) -> None:
    """ "Das Unternehmen … . Im Jahr X erhielt es von der Bank Y Z Euro": the company (not
    the town the article is about)."""
    text = (
        "Die Stadt Nirgendheim führt mit dem Start-up Leuchtfeld GmbH ein neues Portal ein. "
        "Das Unternehmen hat zwölf Beschäftigte. Im vergangenen Jahr erhielt es von der "
        "Sparkasse Nirgendheim 80.000 Euro."
    )
    found = funds(text, gazetteer)
    assert ("Sparkasse Nirgendheim", "Leuchtfeld GmbH") in found
    assert ("Sparkasse Nirgendheim", "Stadt Nirgendheim") not in found


def test_a_ministry_of_a_state_named_in_the_genitive_funds(gazetteer: Gazetteer) -> None:
    """ "Das Ministerium für X und Y des Saarlandes fördert …": the state ends the ministry's
    name, so the ministry funds (not the state as a second body nearer the verb)."""
    text = (
        "Die Stadt Nirgendheim baut das Portal „Dorf direkt“. Das Ministerium für Heimat und "
        "Wege des Saarlandes fördert den Aufbau mit 90.000 Euro."
    )
    found = funds(text, gazetteer)
    assert ("Ministerium für Heimat und Wege des Saarlandes", "Dorf direkt") in found
    assert ("Saarland", "Dorf direkt") not in found


def test_a_quoted_name_with_st_for_sankt_is_the_work_funded(gazetteer: Gazetteer) -> None:
    """ "Das „Portal St. Irgendwo“ …": the full stop of "St." does not end the name."""
    text = (
        "Das „Dorfportal St. Irgendwo“ wird vom Landkreis Nirgendheim betrieben. Das Land "
        "Hessen fördert den Aufbau mit 90.000 Euro."
    )
    assert ("Land Hessen", "Dorfportal St. Irgendwo") in funds(text, gazetteer)


def test_a_bare_plural_joined_to_a_body_is_the_kind_not_each_body(gazetteer: Gazetteer) -> None:
    """ "Den Eigenanteil bringen Kreis und Gemeinden auf": the municipalities as a kind; "die
    Gemeinden" (with an article) would be each one named."""
    text = (
        "Der Landkreis Nirgendheim und die Gemeinden Irgendhausen, Sonstwo und Anderswo bauen das "
        "Portal „Dorf direkt“. Das Land Hessen gibt 90.000 Euro. Den Eigenanteil bringen Kreis "
        "und Gemeinden gemeinsam auf."
    )
    found = funds(text, gazetteer)
    assert ("Gemeinden", "Dorf direkt") in found
    assert ("Gemeinde Sonstwo", "Dorf direkt") not in found


def test_a_part_of_the_costs_a_body_takes_on_is_funding(gazetteer: Gazetteer) -> None:
    """ "Die Hälfte übernimmt die Kanzlei X aus ihrem Förderprogramm „Y“": the chancellery
    funds the work told of (not the programme it pays from), with no sum."""
    text = (
        "Die Stadt Nirgendheim startet das Projekt „Bank am Bach“. Die Hälfte übernimmt die "
        "Staatskanzlei Nordheim aus ihrem Förderprogramm „Bänke digital“, den Rest trägt die "
        "Stadt selbst."
    )
    found = funds(text, gazetteer)
    assert ("Staatskanzlei Nordheim", "Bank am Bach") in found
    assert ("Staatskanzlei Nordheim", "Bänke digital") not in found


def test_a_share_paid_by_a_body_named_again_by_a_pronoun(gazetteer: Gazetteer) -> None:
    """ "Die Gemeinde hatte X Euro vom Land erhalten, weitere Y Euro trug sie selbst": the
    municipality the sentence opens with pays its share (a verb of paying in the past)."""
    text = (
        "Die Gemeinde Nirgendheim hat die App „Mittag digital“ entwickelt. Die Gemeinde hatte "
        "dafür einen Zuschuss von 60.000 Euro vom Land Hessen erhalten, weitere 20.000 Euro trug "
        "sie selbst."
    )
    assert ("Gemeinde Nirgendheim", "Mittag digital") in funds(text, gazetteer)


def test_a_share_paid_by_a_town_named_as_a_place(gazetteer: Gazetteer) -> None:
    """ "Den größeren Teil muss X selbst tragen": the town named before as a place pays."""
    text = (
        "Nirgendheim, 3. März 2026 - Die Stadtverwaltung hat die Strategie „Nirgendheim digital "
        "2030“ vorgelegt. Das Land Hessen gibt dafür 100.000 Euro. Den größeren Teil muss "
        "Nirgendheim selbst tragen."
    )
    assert ("Nirgendheim", "Nirgendheim digital 2030") in funds(text, gazetteer)


def test_a_share_goes_to_the_work_not_to_a_prize_it_won(gazetteer: Gazetteer) -> None:
    """A prize the article is about is no work a share is paid towards: the work told of."""
    text = (
        "Die Gemeinde Nirgendheim gewinnt den „Kommunalpreis Digital Nordland“. Ausgezeichnet "
        "wurde die App „Mittag digital“. Das Land Hessen hatte die Entwicklung mit 60.000 Euro "
        "gefördert, den Rest zahlte die Gemeinde selbst."
    )
    found = funds(text, gazetteer)
    assert ("Gemeinde Nirgendheim", "Mittag digital") in found
    assert ("Gemeinde Nirgendheim", "Kommunalpreis Digital Nordland") not in found


def test_bodies_that_may_apply_receive_not_the_unit_of_the_sum(gazetteer: Gazetteer) -> None:
    """ "Außerdem können die Gemeinden bis zu X Euro pro Vorhaben beantragen": the
    municipalities receive (not "Vorhaben", the unit the sum is stated for)."""
    text = (
        "Das Land Hessen startet das Programm „Dorf vernetzt“. Außerdem können die Gemeinden "
        "bis zu 15.000 Euro pro Vorhaben beantragen."
    )
    found = funds(text, gazetteer)
    assert ("Land Hessen", "Gemeinden") in found
    assert ("Land Hessen", "Vorhaben") not in found


def test_each_of_a_plural_of_bodies_receives_as_a_kind(gazetteer: Gazetteer) -> None:
    """ "zahlt das Land jeder der 300 Städte und Gemeinden X Euro", "…, jeder der zwölf
    Landkreise und jede der drei kreisfreien Städte jeweils Y Euro": each plural receives (not
    the work the article is about)."""
    text = (
        "Das Land Hessen startet das Portal „Amtsblatt digital“. Dafür zahlt das Land Hessen "
        "jeder der 300 Städte und Gemeinden eine Pauschale von 2.000 Euro. Außerdem erhält jeder "
        "der zwölf Landkreise und jede der drei kreisfreien Städte jeweils 10.000 Euro."
    )
    found = funds(text, gazetteer)
    assert ("Land Hessen", "Städte und Gemeinden") in found
    assert ("Land Hessen", "Landkreise") in found
    assert ("Land Hessen", "kreisfreien Städte") in found
    assert ("Land Hessen", "Amtsblatt digital") not in found


def test_a_list_of_towns_with_regions_in_their_names(gazetteer: Gazetteer) -> None:
    """ "die Gemeinden A, B im Wald und C (Harz)": each a municipality with its whole name, so
    a sum for each of them goes to all three."""
    text = (
        "Die Gemeinden Adorf, Bedorf im Wald und Cedorf (Heide) bauen das Portal „Dorf direkt“. "
        "Das Land Hessen unterstützt die drei Gemeinden mit jeweils 10.000 Euro."
    )
    found = funds(text, gazetteer)
    assert {
        ("Land Hessen", "Gemeinde Adorf"),
        ("Land Hessen", "Gemeinde Bedorf im Wald"),
        ("Land Hessen", "Gemeinde Cedorf (Heide)"),
    } <= found


def test_towns_named_as_places_then_counted_by_a_plural(gazetteer: Gazetteer) -> None:
    """ "In A, B und C können … Die drei Städte …": the towns named as places are the cities
    a sum for each of them goes to."""
    text = (
        "Nirgendheim, 3. Mai 2026 - In Grimmau, Bornau und Markstadt können Bürger ab Mai "
        "online abstimmen. Die drei Städte "
        "erproben dafür das Portal „Dorf direkt“. Das Land Hessen fördert das Vorhaben. Jede "
        "der drei Städte erhält bis zu 20.000 Euro."
    )
    found = funds(text, gazetteer)
    assert {
        ("Land Hessen", "Stadt Grimmau"),
        ("Land Hessen", "Stadt Bornau"),
        ("Land Hessen", "Stadt Markstadt"),
    } <= found


def test_a_share_whose_verb_follows_in_a_later_clause(gazetteer: Gazetteer) -> None:
    """ "Den Rest der Kosten, rund ein Viertel, trägt die Stadt selbst": the verb of paying
    is in the clause of "selbst", not of "Rest"."""
    text = (
        "Die Stadt Nirgendheim baut das Portal „Dorf direkt“. Das Land Hessen fördert es mit "
        "30.000 Euro. Den Rest der Kosten, rund ein Viertel, trägt die Stadt selbst."
    )
    assert ("Stadt Nirgendheim", "Dorf direkt") in funds(text, gazetteer)


def test_parts_of_a_round_of_financing_told_in_the_next_sentence(gazetteer: Gazetteer) -> None:
    """ "Es hat eine Finanzierungsrunde über X Euro abgeschlossen. Y Euro davon kommen von der
    Bank Z; den Rest tragen die Sparkasse W und zwei Business Angels": all invest in the
    company."""
    text = (
        "Das Start-up Leuchtfeld GmbH aus Nirgendheim baut Apps für Rathäuser. Im Mai hat es "
        "eine Finanzierungsrunde über 900.000 Euro abgeschlossen. 300.000 Euro davon kommen von "
        "der Nordländischen Förderbank; den Rest tragen die Sparkasse Nirgendheim und zwei "
        "Business Angels."
    )
    found = funds(text, gazetteer)
    assert ("Nordländischen Förderbank", "Leuchtfeld GmbH") in found
    assert ("Sparkasse Nirgendheim", "Leuchtfeld GmbH") in found
    assert ("Business Angels", "Leuchtfeld GmbH") in found


def test_a_sum_for_a_place_in_a_ranking_is_what_the_prize_is_worth(gazetteer: Gazetteer) -> None:
    """ "Auf Rang zwei landete die Gemeinde X …; sie erhält Y Euro": prize money, no grant by
    the foundation told of before."""
    text = (
        "Die Stiftung Morgenland vergibt den „Dorfpreis Nordland“. Den ersten Preis gewinnt die "
        "Stadt Nirgendheim. Auf Rang zwei landete die Gemeinde Irgendhausen, die ihre Bauhof-Daten "
        "veröffentlicht hat; sie erhält 6.000 Euro."
    )
    assert ("Stiftung Morgenland", "Gemeinde Irgendhausen") not in funds(text, gazetteer)


def test_an_association_is_named_after_the_word_verein(gazetteer: Gazetteer) -> None:
    """ "vom Verein X Y, der …": the association "Verein X Y"."""
    text = (
        "Die Stadt Nirgendheim startet das Projekt „Bank am Bach“. Begleitet wird es vom Verein "
        "Dorfhilfe Nordland, der 40 Mitglieder hat."
    )
    found = {m.text: m.kind for m in _mentions(text, gazetteer)}
    assert found.get("Verein Dorfhilfe Nordland") == "association"


def test_money_told_of_sent_on_in_the_next_sentence(gazetteer: Gazetteer) -> None:
    """ "… stellt dafür X Euro bereit. Das Geld geht an den Verein Y" (or "Die Mittel fließen in
    die Plattform „Z“"): the funder told of funds Y (Z)."""
    text = (
        "Die Stadt Nirgendheim baut das Portal „Dorf direkt“. Das Land Hessen stellt dafür "
        "90.000 Euro bereit. Das Geld geht an den Verein Dorfhilfe Nordland, der Kurse anbietet."
    )
    assert ("Land Hessen", "Verein Dorfhilfe Nordland") in funds(text, gazetteer)
    text = (
        "Die Stadt Nirgendheim will ihre Dienste ins Netz bringen. Das Land Hessen stellt dafür "
        "90.000 Euro bereit. Die Mittel fließen in den Aufbau der Plattform „Bürgerkonto Nord“."
    )
    assert ("Land Hessen", "Bürgerkonto Nord") in funds(text, gazetteer)


def test_a_sum_for_each_of_names_listed_after_gehen_an(gazetteer: Gazetteer) -> None:
    """ "Je X Euro gehen an A, B und C": each of the names listed receives."""
    text = (
        "Das Land Hessen fördert das Portal „Dorf direkt“ mit 150.000 Euro. Je 50.000 Euro gehen "
        "an Nirgendheim, Irgendhausen und Sonstwo."
    )
    found = funds(text, gazetteer)
    assert {
        ("Land Hessen", "Nirgendheim"),
        ("Land Hessen", "Irgendhausen"),
        ("Land Hessen", "Sonstwo"),
    } <= found


def test_a_quoted_name_after_mit_is_the_work_told_of(gazetteer: Gazetteer) -> None:
    """ "Beide Kreise wollen mit „X“ ein Portal aufbauen. Das Land unterstützt das Projekt mit
    Y Euro": X is a work, the one "das Projekt" refers to."""
    text = (
        "Der Landkreis Nirgendheim lädt zum „Digitalforum Nordland“ ein. Dort unterzeichneten "
        "zwei Kreise einen Vertrag. Beide Kreise wollen mit „Kita direkt“ ein gemeinsames Portal "
        "aufbauen. Das Land Hessen unterstützt das Projekt mit 40.000 Euro."
    )
    assert ("Land Hessen", "Kita direkt") in funds(text, gazetteer)


def test_a_body_that_itself_receives_pays_no_share(gazetteer: Gazetteer) -> None:
    """ "Den größten Anteil erhält der Landkreis selbst: X Euro …": the county receives from
    the ministry told of ("selbst" is no share of its own here)."""
    text = (
        "Der Landkreis Nirgendheim und drei Städte digitalisieren ihre Bauakten. Das Ministerium "
        "für Wege und Daten des Landes Hessen übergab dafür Bescheide über 900.000 Euro. Den "
        "größten Anteil erhält der Landkreis selbst: 500.000 Euro fließen in sein Bauamt."
    )
    found = funds(text, gazetteer)
    assert ("Ministerium für Wege und Daten des Landes Hessen", "Landkreis Nirgendheim") in found


def test_a_body_in_the_dative_after_an_auxiliary_receives(gazetteer: Gazetteer) -> None:
    """ "Die Kanzlei X hat der Stadt dafür Y Euro bewilligt": the town (named again by its head
    noun, in the dative) receives; the chancellery gives."""
    text = (
        "Die Stadt Nirgendheim startet das Projekt „Kiez digital“. Die Staatskanzlei Nordheim "
        "hat der Stadt dafür 80.000 Euro bewilligt."
    )
    found = funds(text, gazetteer)
    assert ("Staatskanzlei Nordheim", "Stadt Nirgendheim") in found
    assert not {f for f in found if f[0] == "Stadt Nirgendheim"}


def test_both_named_before_receive_each_from_a_body_named_between(
    gazetteer: Gazetteer,
) -> None:
    """ "Die Gemeinden A und B … Beide erhalten vom Land X je Y Euro": each municipality (not
    "Beide" as a noun)."""
    text = (
        "Die Gemeinden Adorf und Bedorf starten das Projekt „Dorf direkt“. Beide erhalten vom "
        "Land Hessen je 20.000 Euro."
    )
    found = funds(text, gazetteer)
    assert {("Land Hessen", "Gemeinde Adorf"), ("Land Hessen", "Gemeinde Bedorf")} <= found
    assert ("Land Hessen", "Beide") not in found


def test_a_part_of_a_sum_for_a_body_named_right_after_it(gazetteer: Gazetteer) -> None:
    """ "Insgesamt X Euro stellt das Land für das Programm Y bereit, davon Z Euro für die Stadt
    W": the town receives its part (the programme its whole budget)."""
    text = (
        "Insgesamt 200.000 Euro stellt das Land Hessen für das Programm „Land digital“ bereit, "
        "davon 50.000 Euro für die Stadt Nirgendheim."
    )
    found = funds(text, gazetteer)
    assert ("Land Hessen", "Stadt Nirgendheim") in found
    assert ("Land Hessen", "Land digital") in found


def test_a_body_named_again_as_the_object_of_a_verb_of_funding_receives(
    gazetteer: Gazetteer,
) -> None:
    """ "X unterstützt den Landkreis beim Projekt „Y“ mit Z Euro", "fördert die Einführung
    beim Kreis", "unterstützt den Verband dabei": the body named again receives, not the
    work the sentence names."""
    text = (
        "Der Landkreis Nirgendkreis startet das Projekt „Wasser digital“. Das Land Hessen "
        "unterstützt den Landkreis beim Projekt „Wasser digital“ mit 300.000 Euro."
    )
    found = funds(text, gazetteer)
    assert ("Land Hessen", "Landkreis Nirgendkreis") in found
    assert ("Land Hessen", "Wasser digital") not in found
    text = (
        "Der Landkreis Nirgendkreis stellt auf das Projekt „Akte digital“ um. Das Land Hessen "
        "fördert die Umstellung beim Landkreis mit 90.000 Euro."
    )
    assert ("Land Hessen", "Landkreis Nirgendkreis") in funds(text, gazetteer)
    text = (
        "Der Verein Dorfleben Adorf schult Ältere im Projekt „Klick mit“. Die Sparkasse "
        "Irgendtal unterstützt den Verein dabei mit 5.000 Euro."
    )
    assert ("Sparkasse Irgendtal", "Verein Dorfleben Adorf") in funds(text, gazetteer)


def test_a_grant_paid_out_through_a_bank_to_a_body_funds_that_body(
    gazetteer: Gazetteer,
) -> None:
    """ "X gibt Y Euro. Ausgezahlt wird das Geld über die Bank Z an den Landkreis W": the
    funder of the grant told of funds the body it is paid out to, not the bank between."""
    text = (
        "Die Landkreise Nirgendkreis und Irgendkreis bauen das Projekt „Akte vernetzt“ auf. "
        "Das Land Hessen gibt dafür 700.000 Euro aus dem Programm „Kreise digital“. "
        "Ausgezahlt wird das Geld über die Sparkasse Irgendtal an den Landkreis Nirgendkreis."
    )
    found = funds(text, gazetteer)
    assert ("Land Hessen", "Landkreis Nirgendkreis") in found
    assert ("Land Hessen", "Sparkasse Irgendtal") not in found


def test_sums_for_places_of_a_ranking_in_the_plural_and_prizes_each_are_no_grants(
    gazetteer: Gazetteer,
) -> None:
    """ "Auf den Plätzen zwei und drei landeten A und B, die je X Euro bekommen", "Die
    übrigen Finalisten erhalten Anerkennungspreise von jeweils Y Euro": what a prize is
    worth, not a grant to each winner (the body that gives the prize money funds the prize)."""
    text = (
        "Das Land Hessen lobt den Wettbewerb „Dorf der Ideen“ aus und stellt dafür 90.000 Euro "
        "bereit. Auf den Plätzen zwei und drei landeten die Gemeinde Adorf und die Gemeinde "
        "Bedorf, die je 20.000 Euro bekommen. Die übrigen vier Finalisten erhalten "
        "Anerkennungspreise von jeweils 2.000 Euro."
    )
    found = funds(text, gazetteer)
    assert ("Land Hessen", "Gemeinde Adorf") not in found
    assert ("Land Hessen", "Gemeinde Bedorf") not in found
    assert {f for f in found if f[0] == "Land Hessen"} == {("Land Hessen", "Dorf der Ideen")}


def test_a_body_named_again_after_a_verb_of_receiving_receives_not_the_phrase_before(
    gazetteer: Gazetteer,
) -> None:
    """ "Für Geräte, Kurse und Lizenzen erhält der Landkreis vom Land X Euro", "Dafür erhält
    der Landkreis …": the county named again after the verb receives; neither the things
    before the verb nor a pronominal adverb are receivers."""
    lead = "Der Landkreis Nirgendkreis führt das Projekt „Wehr vernetzt“ ein. "
    found = funds(
        lead + "Für Geräte, Kurse und Lizenzen erhält der Landkreis vom Land Hessen 90.000 Euro.",
        gazetteer,
    )
    assert ("Land Hessen", "Landkreis Nirgendkreis") in found
    assert ("Land Hessen", "Kurse und Lizenzen") not in found
    found = funds(lead + "Dafür erhält der Landkreis vom Land Hessen 90.000 Euro.", gazetteer)
    assert ("Land Hessen", "Landkreis Nirgendkreis") in found
    assert ("Land Hessen", "Dafür") not in found


def test_towns_joined_to_a_county_in_a_share_are_each_town_named(gazetteer: Gazetteer) -> None:
    """ "Die Personalkosten teilen sich Kreis und Städte", "den Rest tragen Kreis und Städte
    selbst": the county and each town the text names (a compound of "-kosten" is a share's
    noun); "Kreis und Gemeinden" stays a kind."""
    lead = (
        "Der Landkreis Nirgendkreis, die Stadt Adorf und die Stadt Bedorf starten das Projekt "
        "„Bus auf Abruf“. Das Land Hessen gibt 200.000 Euro. "
    )
    found = funds(lead + "Die Personalkosten teilen sich Kreis und Städte.", gazetteer)
    assert {
        ("Landkreis Nirgendkreis", "Bus auf Abruf"),
        ("Stadt Adorf", "Bus auf Abruf"),
        ("Stadt Bedorf", "Bus auf Abruf"),
    } <= found
    assert ("Städte", "Bus auf Abruf") not in found
    found = funds(lead + "Den Rest tragen Kreis und Städte selbst.", gazetteer)
    assert ("Stadt Bedorf", "Bus auf Abruf") in found
    found = funds(lead + "Den Rest tragen Kreis und Gemeinden selbst.", gazetteer)
    assert ("Gemeinden", "Bus auf Abruf") in found


def test_a_ministry_granting_to_a_town_in_the_dative_is_not_named_of_the_town(
    gazetteer: Gazetteer,
) -> None:
    """ "Den größten Betrag bewilligte das Ministerium der Stadt X: Sie erhält Y Euro": the
    ministry named before gives to the town; no "Ministerium der Stadt" is a body."""
    text = (
        "Das Ministerium für Heimat und Digitales Nordland fördert das Programm „Rathaus "
        "digital“. Den größten Betrag bewilligte das Ministerium der Stadt Adorf: Sie erhält "
        "70.000 Euro für eine digitale Akte."
    )
    found = funds(text, gazetteer)
    assert ("Ministerium für Heimat und Digitales", "Stadt Adorf") in found
    assert not {f for f in found if f[0] == "Ministerium der Stadt"}
    assert "Ministerium der Stadt" not in {m.label for m in _mentions(text, gazetteer)}


def test_a_body_of_any_kind_right_after_a_verb_of_paying_pays(gazetteer: Gazetteer) -> None:
    """ "Den Strom bezahlt im ersten Jahr der Versorger X GmbH, rund Y Euro": the company
    after the verb pays (not the funder of the grant told of before, nor is it paid)."""
    text = (
        "Die Gemeinde Adorf startet den Rufbus „Adorf mobil“. Das Land Hessen gibt dafür "
        "80.000 Euro. Die Ladesäule bezahlt im ersten Jahr die Adorfer Netz GmbH, rund "
        "4.000 Euro."
    )
    found = funds(text, gazetteer)
    assert any(who == "Adorfer Netz GmbH" for who, _ in found)
    assert ("Land Hessen", "Adorfer Netz GmbH") not in found


def test_the_state_s_money_told_of_is_paid_by_the_body_that_gave_it(gazetteer: Gazetteer) -> None:
    text = (
        "Der Landkreis Görlitz und der Freistaat Sachsen bauen ein Portal. Die Sächsische "
        "Staatskanzlei fördert das Portal mit 300.000 Euro. Von den Landesmitteln gehen jeweils "
        "20.000 Euro an die Gemeinden Kodersdorf und Hähnichen."
    )
    found = funds(text, gazetteer)
    assert ("Sächsische Staatskanzlei", "Gemeinde Kodersdorf") in found
    assert ("Freistaat Sachsen", "Gemeinde Kodersdorf") not in found


def test_the_state_s_budget_stays_the_state_s(gazetteer: Gazetteer) -> None:
    text = (
        "Das Ministerium des Innern des Landes Brandenburg fördert das Portal „Amtsweg“ mit "
        "300.000 Euro. Im Landeshaushalt des Landes Brandenburg sind für „Amtsweg“ weitere "
        "100.000 Euro eingeplant."
    )
    found = funds(text, gazetteer)
    assert ("Land Brandenburg", "Amtsweg") in found


def test_a_bezirk_gives_each_participating_town(gazetteer: Gazetteer) -> None:
    text = (
        "Die Städte Ansbach und Feuchtwangen sowie die Gemeinde Lehrberg starten das Projekt "
        "„Rathaus hybrid“. Der Bezirk Oberpfalz gibt jeder teilnehmenden Kommune zusätzlich bis "
        "zu 2.000 Euro."
    )
    found = funds(text, gazetteer)
    assert {
        ("Bezirk Oberpfalz", "Stadt Ansbach"),
        ("Bezirk Oberpfalz", "Stadt Feuchtwangen"),
        ("Bezirk Oberpfalz", "Gemeinde Lehrberg"),
    } <= found


def test_a_notice_that_reached_a_body_names_who_receives_the_grant(gazetteer: Gazetteer) -> None:
    text = (
        "Der Landkreis Roth startet das Portal „Rathaus direkt“. 80 Prozent der Kosten übernimmt "
        "das Bayerische Staatsministerium für Digitales. Der Bescheid über 150.000 Euro ist Ende "
        "Januar beim Landkreis eingegangen."
    )
    found = funds(text, gazetteer)
    assert ("Bayerische Staatsministerium für Digitales", "Landkreis Roth") in found


def test_money_paid_out_through_a_bank_to_the_county_named_again(gazetteer: Gazetteer) -> None:
    text = (
        "Der Landkreis Celle startet das Projekt „Akte digital“. Zwei Drittel davon, also 600.000 "
        "Euro, übernimmt das Niedersächsische Ministerium für Inneres; ausgezahlt wird das Geld "
        "über die NBank an den Landkreis."
    )
    found = funds(text, gazetteer)
    assert ("Niedersächsische Ministerium für Inneres", "Landkreis Celle") in found


def test_a_state_bank_paying_out_the_grant_told_of_does_not_fund_it(gazetteer: Gazetteer) -> None:
    text = (
        "Der Landkreis Greiz startet das Projekt „Dorfbüro“. Die Kosten trägt zu 85 Prozent das "
        "Thüringer Ministerium für Digitales und Infrastruktur. Den Zuschuss über 300.000 Euro "
        "hat die Thüringer Aufbaubank im Mai an den Kreis überwiesen."
    )
    found = funds(text, gazetteer)
    assert ("Thüringer Ministerium für Digitales und Infrastruktur", "Landkreis Greiz") in found
    assert not any(giver == "Thüringer Aufbaubank" for giver, _ in found)


def test_a_state_bank_lending_its_own_money_funds(gazetteer: Gazetteer) -> None:
    text = (
        "Das Thüringer Ministerium für Digitales und Infrastruktur fördert das Projekt „Dorfbüro“. "
        "Das Geld für die Saalwerk GmbH kommt von der Thüringer Aufbaubank: 200.000 Euro als "
        "Darlehen."
    )
    assert ("Thüringer Aufbaubank", "Saalwerk GmbH") in funds(text, gazetteer)


def test_a_sum_with_a_dot_before_the_body_it_flows_to(gazetteer: Gazetteer) -> None:
    text = (
        "Das Bezirksamt Altona startet das Projekt „Elbpegel“. Den größten Posten bezahlt die "
        "Behörde für Umwelt und Energie: Aus ihrem Programm „Regenstark“ fließen 240.000 Euro an "
        "das Bezirksamt."
    )
    assert ("Behörde für Umwelt und Energie", "Bezirksamt Altona") in funds(text, gazetteer)


def test_towns_listed_after_in_die_staedte_receive(gazetteer: Gazetteer) -> None:
    text = (
        "Der Landkreis Rostock startet das Portal „Pflegenah“. In die Städte Bützow, Tessin und "
        "Kröpelin, wo Beratungsräume entstehen, überweist der Kreis jeweils 15.000 Euro."
    )
    found = funds(text, gazetteer)
    assert {("Landkreis Rostock", f"Stadt {t}") for t in ("Bützow", "Tessin", "Kröpelin")} <= found
