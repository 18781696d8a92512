"""General shapes the extractor reads, on made-up sentences (no article's names or wording)."""

from __future__ import annotations

import datetime as dt

from loaders.articles import Gazetteer, extract
from loaders.articles.dates import dates
from loaders.articles.extract import mentions
from loaders.articles.findings import Amount, Mention
from tests.articles.conftest import facts as _facts
from tests.articles.conftest import funds as _funds
from tests.articles.conftest import roles as _roles


def _mentions(text: str, gazetteer: Gazetteer) -> dict[str, Mention]:
    return {m.text: m for m in mentions(text, gazetteer)}


def test_a_state_inside_a_hyphenated_name_is_not_linked(gazetteer: Gazetteer) -> None:
    found = _mentions("Die Kommunen in Sachsen-Anhalt und der Sachsen-Fonds.", gazetteer)
    assert not any(m.text == "Sachsen" for m in found.values())


def test_a_ministry_name_ends_with_its_state_and_not_after_the_next_body(
    gazetteer: Gazetteer,
) -> None:
    text = (
        "Das Ministerium für Wald und Wiesen des Landes Brandenburg und der Bayerische "
        "Gemeindetag luden ein."
    )
    found = _mentions(text, gazetteer)
    assert "Ministerium für Wald und Wiesen des Landes Brandenburg" in found
    assert found["Ministerium für Wald und Wiesen des Landes Brandenburg"].entity is None


def test_a_minister_of_another_state_is_not_linked_to_the_known_ministry(
    gazetteer: Gazetteer,
) -> None:
    text = "Saarland: Neue Wege\n\nDas sagte Innenminister Max Beispielmann in der Stadt Nirgendwo."
    roles = _facts(text, gazetteer, "holds_role")
    assert roles
    assert all(f.object is None or f.object.entity is None for f in roles)


def test_bodies_of_universities_and_purpose_associations(gazetteer: Gazetteer) -> None:
    text = (
        "Die Universität Musterstadt begleitet das Vorhaben. Der Zweckverband Digitale Dienste "
        "für ländliche Gemeinden betreibt die Server."
    )
    found = _mentions(text, gazetteer)
    assert found["Universität Musterstadt"].cls == "Organisation"
    assert "Zweckverband Digitale Dienste für ländliche Gemeinden" in found


def test_a_mayor_from_a_town_and_a_title_before_a_name(gazetteer: Gazetteer) -> None:
    text = (
        "Der Vorsitzende des Vereins, Bürgermeister Otto Beispiel aus Nirgendwo, sprach. "
        "Professorin Dr. Erika Muster von der Hochschule Irgendwo ergänzte."
    )
    people = {m.text for m in mentions(text, gazetteer) if m.cls == "Person"}
    people |= {f.subject.label for f in _facts(text, gazetteer, "holds_role") if f.subject.cls}
    assert {"Otto Beispiel", "Erika Muster"} <= people
    homes = {f.object.label for f in _facts(text, gazetteer, "holds_role") if f.object}
    assert "Nirgendwo" in homes


def test_a_town_paying_its_share_is_a_funder(gazetteer: Gazetteer) -> None:
    text = (
        "Die Stadt Nirgendwo startet das Projekt „Digitales Amt“. "
        "Der Landkreis Irgendwo steuert weitere 50.000 Euro bei."
    )
    funders = {f.subject.label for f in _facts(text, gazetteer, "funds")}
    assert "Landkreis Irgendwo" in funders


def test_a_programme_named_as_the_channel_is_not_the_funded_thing(
    gazetteer: Gazetteer,
) -> None:
    text = (
        "Die Gemeinde Irgendwo startet das Projekt „Dorf online“. Der Bund fördert das Vorhaben "
        "über das Programm „Land im Netz“ mit 1,2 Millionen Euro."
    )
    funded = {f.object.label for f in _facts(text, gazetteer, "funds") if f.object}
    assert funded == {"Dorf online"}


def test_listed_bodies_taking_part(gazetteer: Gazetteer) -> None:
    text = (
        "Das Land startet das Projekt „Amt digital“. "
        "Beteiligt sind die Stadt Adorf und die Gemeinde Bedorf."
    )
    who = {f.subject.label for f in _facts(text, gazetteer, "participates_in")}
    assert {"Stadt Adorf", "Gemeinde Bedorf"} <= who


def test_coming_months_days_and_seasons() -> None:
    day = dt.date(2024, 4, 9)
    found = {
        d.text: d.value
        for d in dates(
            "Die Kurse beginnen ab Mai. Vom 7. bis 9. Juni tagt man, im Frühjahr 2025 folgt "
            "mehr, im kommenden Jahr der Rest. Im Februar war es ruhig.",
            article=day,
        )
    }
    assert found["ab Mai"] == "2024-05"
    assert found["Vom 7. bis 9. Juni"] == "2024-06-07"
    assert found["im Frühjahr 2025"] == "2025"
    assert found["im kommenden Jahr"] == "2025"
    assert found["Im Februar"] == "2024-02"


def test_a_named_town_receiving_from_a_programme_is_the_recipient(gazetteer: Gazetteer) -> None:
    text = (
        "Die Stadt Nirgendwo in Hessen testet einen Chatbot. Aus dem Programm „Netz im Dorf“ des "
        "Landes erhält die Stadt Nirgendwo weitere 80.000 Euro."
    )
    funded = {f.object.label for f in _facts(text, gazetteer, "funds") if f.object}
    assert funded == {"Stadt Nirgendwo"}


def test_a_share_of_their_own_funds_the_work_beside_the_grant(gazetteer: Gazetteer) -> None:
    text = (
        "Der Bund fördert das Projekt „Dorf online“ mit 1 Million Euro. "
        "Weitere 200.000 Euro tragen die beteiligten Gemeinden selbst."
    )
    funds = _facts(text, gazetteer, "funds")
    assert [f.amount.value for f in funds if f.amount] == [1000000.0]  # the grant's sum only
    assert ("Gemeinden", "Dorf online") in _funds(text, gazetteer)


def test_recipients_of_each_comma_clause(gazetteer: Gazetteer) -> None:
    text = (
        "Der Bund startet das Programm „Land im Netz“. Jede Gemeinde kann bis zu 20.000 Euro "
        "beantragen, kleine Städte erhalten zusätzlich bis zu 5.000 Euro."
    )
    funded = {f.object.label for f in _facts(text, gazetteer, "funds") if f.object}
    assert {"Gemeinde", "Städte"} <= funded


def test_a_quoted_name_after_an_article_is_an_initiative(gazetteer: Gazetteer) -> None:
    found = _mentions("Ab Mai fährt das erste „Rathaus auf Rädern“ durch den Kreis.", gazetteer)
    assert found["Rathaus auf Rädern"].cls == "Initiative"
    assert "Digitalen Verwaltung" not in _mentions(
        "Wir lernen bei der Umsetzung der „Digitalen Verwaltung“.", gazetteer
    )


def test_a_person_placed_in_a_body_after_the_name(gazetteer: Gazetteer) -> None:
    text = (
        "Das Bezirksamt Nordstadt und das Bezirksamt Südstadt testen das Portal. "
        "„Es funktioniert“, sagte Bezirksstadträtin Erika Beispiel, die im Bezirksamt Südstadt "
        "für Bürgerdienste zuständig ist."
    )
    bodies = {f.object.label for f in _facts(text, gazetteer, "holds_role") if f.object}
    assert bodies == {"Bezirksamt Südstadt"}


def test_a_time_after_a_county_is_not_part_of_its_name(gazetteer: Gazetteer) -> None:
    found = _mentions("Der Kreistag des Kreises Irgendwo am Montagabend beschloss es.", gazetteer)
    assert "Kreises Irgendwo" in found
    assert "Stadt Frankfurt am Main" in _mentions(
        "Die Stadt Frankfurt am Main lädt ein.", gazetteer
    )


def test_a_mayor_of_the_town_named_as_a_place_just_before(gazetteer: Gazetteer) -> None:
    text = (
        "Die Stadt Nirgendwo und die Gemeinde Irgendwo gewinnen den Preis. "
        "Die Stadt Nirgendwo baut eine App. In Irgendwo buchen Vereine Räume online. "
        "Bürgermeister Max Beispiel freut sich."
    )
    bodies = {f.object.label for f in _facts(text, gazetteer, "holds_role") if f.object}
    assert bodies == {"Gemeinde Irgendwo"}


def test_roles_of_a_council_group_and_of_a_state_secretary(gazetteer: Gazetteer) -> None:
    text = (
        "Kritik kam vom Vorsitzenden der Fraktion Musterliste im Kreistag, Max Beispiel. "
        "Das Ministerium für Inneres und Sport startet das Projekt. „Gut so“, sagte die "
        "Staatssekretärin für Digitalisierung und Verwaltung, Erika Beispiel."
    )
    bodies = {f.object.label for f in _facts(text, gazetteer, "holds_role") if f.object}
    assert not any("Kreistag" in b for b in bodies)
    assert any(b.startswith("Ministerium für Inneres") for b in bodies)


def test_a_role_compound_names_its_body_and_a_company_role_its_company(
    gazetteer: Gazetteer,
) -> None:
    text = (
        "Der Kreis Irgendwo und die Musterfirma GmbH bauen ein Portal. "
        "„Gut so“, sagte Kreispräsident Max Beispiel. Geschäftsführerin Erika Muster "
        "freut sich. Auch Musterfirma-Gründer Otto Probe ist dabei."
    )
    roles = _roles(text, gazetteer)
    assert ("Max Beispiel", "Kreis Irgendwo") in roles
    assert ("Erika Muster", "Musterfirma GmbH") in roles
    assert ("Otto Probe", "Musterfirma GmbH") in roles


def test_roles_after_words_between_and_of_a_person_named_by_surname(
    gazetteer: Gazetteer,
) -> None:
    text = (
        "Die Gemeinde Nirgendwo startet eine App. „Gut so“, sagte Max Beispiel. "
        "„Weiter so“, so Beispiel, der zugleich Bürgermeister der Gemeinde Nirgendwo ist. "
        "Otto Probe (51), seit 12 Jahren Ortsbürgermeister von Irgendwo, lobt sie."
    )
    roles = _roles(text, gazetteer)
    assert ("Max Beispiel", "Gemeinde Nirgendwo") in roles
    assert ("Otto Probe", "Irgendwo") in roles


def test_persons_after_a_title_a_profession_or_founding(gazetteer: Gazetteer) -> None:
    text = (
        "Die Musterwerk GmbH wurde 2020 von Erika Muster und Otto Probe gegründet. Das Team um "
        "Prof. Dr. Max Beispiel wertet aus, der Informatiker Karl Test hilft. Muster verweist "
        "auf Erfolge. Von unserer Redakteurin Anna Schreiber."
    )
    people = {(m.text, m.label) for m in mentions(text, gazetteer) if m.cls == "Person"}
    people |= {
        (m.text, m.label)
        for m in extract(text, gazetteer)
        if isinstance(m, Mention) and m.cls == "Person"
    }
    names = {label for _, label in people}
    assert {"Erika Muster", "Otto Probe", "Max Beispiel", "Karl Test", "Anna Schreiber"} <= names
    assert ("Muster", "Erika Muster") in people


def test_a_body_named_again_by_its_head_noun_pays(gazetteer: Gazetteer) -> None:
    text = (
        "Die Stadt Nirgendwo führt den Chatbot „Frag mich“ ein. "
        "Die Stadt zahlt dafür rund 90.000 Euro. Davon übernimmt das Land 60.000 Euro aus dem "
        "Förderprogramm „Digitales Amt“."
    )
    funds = {
        (f.subject.label, f.object.label if f.object else None)
        for f in _facts(text, gazetteer, "funds")
    }
    assert ("Stadt Nirgendwo", "Frag mich") in funds
    assert not any(obj == "Digitales Amt" for _, obj in funds)


def test_a_call_for_funding_named_is_not_funding_and_prize_money_is_the_prize(
    gazetteer: Gazetteer,
) -> None:
    text = (
        "Das Ministerium für Wald und Wiesen hat den Förderaufruf „Kluge Dörfer“ veröffentlicht. "
        "Den Wettbewerb „Dorf der Zukunft“ gewann die Gemeinde Irgendwo mit der App „Dorfpost“. "
        "Das Preisgeld von 8.000 Euro stiftet die Bürgerstiftung Nirgendwo."
    )
    funds = {
        (f.subject.label, f.object.label if f.object else None)
        for f in _facts(text, gazetteer, "funds")
    }
    assert not any(obj == "Kluge Dörfer" for _, obj in funds)
    assert ("Bürgerstiftung Nirgendwo", "Dorf der Zukunft") in funds


def test_a_share_goes_to_the_work_and_not_to_the_programme_named_before(
    gazetteer: Gazetteer,
) -> None:
    text = (
        "Der Landkreis Irgendwo startet das Projekt „Amt im Dorf“. Das Ministerium für Wald und "
        "Wiesen hat eine Förderung von 2 Mio. Euro aus seinem Programm „Kluge Dörfer“ zugesagt. "
        "Den Rest, rund 300.000 Euro, trägt der Landkreis selbst."
    )
    funds = _funds(text, gazetteer)
    assert ("Landkreis Irgendwo", "Amt im Dorf") in funds
    assert not any(obj == "Kluge Dörfer" for _, obj in funds)


def test_the_funder_told_of_last_pays_a_sum_without_a_funder(gazetteer: Gazetteer) -> None:
    text = (
        "Das Land Brandenburg fördert das Projekt „Amt im Dorf“ mit 1 Mio. Euro. Die Bescheide "
        "überreichte das Ministerium für Wald und Wiesen. Den größten Betrag von 90.000 Euro "
        "erhält die Gemeinde Irgendwo."
    )
    assert ("Land Brandenburg", "Gemeinde Irgendwo") in _funds(text, gazetteer)


def test_prize_sums_are_not_grants(gazetteer: Gazetteer) -> None:
    text = (
        "Das Land Brandenburg fördert das Projekt „Amt im Dorf“. Den mit 5.000 Euro dotierten "
        "Preis erhielt die Gemeinde Irgendwo. Einen Sonderpreis über 1.000 Euro erhielt die "
        "Stadt Nirgendwo."
    )
    assert not any(f.amount for f in _facts(text, gazetteer, "funds"))


def test_a_grant_before_a_share_of_their_own_and_funding_of_the_work(
    gazetteer: Gazetteer,
) -> None:
    text = (
        "Die Stadt Nirgendwo und die Stadt Irgendwo gründen das gemeinsame „Amt im Netz“. "
        "Das Land Brandenburg fördert den Aufbau des Amtes. Jede teilnehmende Stadt kann bis zu "
        "20.000 Euro abrufen, den Rest tragen die Städte selbst. Finanziert wird das Vorhaben "
        "später vom Land."
    )
    funds = _funds(text, gazetteer)
    assert ("Land Brandenburg", "Amt im Netz") in funds
    assert ("Land Brandenburg", "Stadt") in funds
    land = [f for f in _facts(text, gazetteer, "funds") if f.subject.label == "Land Brandenburg"]
    assert len([f for f in land if f.amount is None]) == 2


def test_recipients_counted_listed_or_each_and_a_line_named_again(
    gazetteer: Gazetteer,
) -> None:
    text = (
        "Das Land Brandenburg unterstützt 12 Städte und Gemeinden mit insgesamt 1 Mio. Euro. "
        "Die Bescheide aus der Förderlinie „Kluge Dörfer“ überreichte der Minister. Jeweils "
        "50.000 Euro gehen an die Stadt Nirgendwo und die Gemeinde Irgendwo. Eine zweite Runde "
        "der Förderlinie mit 2 Mio. Euro ist geplant."
    )
    funds = _funds(text, gazetteer)
    assert ("Land Brandenburg", "Städte und Gemeinden") in funds
    assert {
        ("Land Brandenburg", "Stadt Nirgendwo"),
        ("Land Brandenburg", "Gemeinde Irgendwo"),
    } <= funds
    assert ("Land Brandenburg", "Kluge Dörfer") in funds


def test_money_set_aside_by_a_ministry_named_again(gazetteer: Gazetteer) -> None:
    text = (
        "Das Ministerium für Wald und Wiesen startet „Kluge Dörfer“. Für eine zweite Runde hat "
        "das Ministerium 3 Mio. Euro eingeplant. Im Projektbudget sind 9.000 Euro vorgesehen."
    )
    funds = [f for f in _facts(text, gazetteer, "funds") if f.amount]
    assert [(f.subject.label, f.amount.value) for f in funds] == [
        ("Ministerium für Wald und Wiesen", 3000000.0)
    ]
    assert _mentions(text, gazetteer)["Kluge Dörfer"].cls == "Initiative"


def test_investors_in_a_company_and_a_bank_giving_prize_money(gazetteer: Gazetteer) -> None:
    text = (
        "Die Musterwerk GmbH baut eine App. Im Mai hatte Musterwerk eine Finanzierungsrunde über "
        "2 Mio. Euro abgeschlossen. Angeführt wurde sie vom Kapitalgeber Nordlicht Ventures, "
        "beteiligt ist auch die Beispiel Beteiligungen GmbH. Die Verleihung des „Digitalen "
        "Dorfpreises“ folgt. Das Preisgeld stiftet die Sparkasse Irgendwo. Das Preisgeld beträgt "
        "5.000 Euro, das Siegerteam erhält 2.000 Euro."
    )
    funds = _funds(text, gazetteer)
    assert ("Nordlicht Ventures", "Musterwerk GmbH") in funds
    assert ("Beispiel Beteiligungen GmbH", "Musterwerk GmbH") in funds
    assert ("Sparkasse Irgendwo", "Digitalen Dorfpreises") in funds
    assert len(funds) == 3


def test_a_sum_a_body_receives_through_a_programme_is_not_its_budget(
    gazetteer: Gazetteer,
) -> None:
    text = (
        "Der Landkreis Irgendwo startet das Projekt „Amt im Dorf“. Finanziert wird es aus dem "
        "Bundesprogramm „Kluge Dörfer“, über das der Kreis bis 2027 rund 2 Mio. Euro erhält. "
        "Jede dieser Gemeinden erhält 4.000 Euro, größere Ämter können bis zu 9.000 Euro bekommen."
    )
    funded = {obj for _, obj in _funds(text, gazetteer)}
    assert "Kluge Dörfer" not in funded
    assert "Ämter" in funded


def test_the_state_named_only_in_a_ministry_and_a_programme_placed_in_a_strategy(
    gazetteer: Gazetteer,
) -> None:
    text = (
        "Die Gemeinde Irgendwo startet das Projekt „Amt im Dorf“. Das Ministerium für Wald und "
        "Wiesen des Landes Brandenburg fördert es über das Programm „Kluge Dörfer“. Finanziert "
        "wird das Vorhaben zu großen Teilen vom Land. Das Förderprogramm gehört zur Strategie "
        "„Land im Netz“ der Landesregierung."
    )
    funds = _funds(text, gazetteer)
    assert ("Land Brandenburg", "Amt im Dorf") in funds
    assert not any(obj == "Land im Netz" for _, obj in funds)


def test_a_state_named_since_the_last_grant_pays_a_sum_without_a_funder(
    gazetteer: Gazetteer,
) -> None:
    text = (
        "Das Land Brandenburg fördert das Projekt „Amt im Dorf“ mit 1 Mio. Euro. "
        "In Hessen startet die Gemeinde Irgendwo das Projekt „Dorf online“. "
        "Dafür stehen 50.000 Euro bereit."
    )
    funders = {f.subject.label for f in _facts(text, gazetteer, "funds") if f.amount}
    assert funders == {"Land Brandenburg", "Land Hessen"}


def test_banks_funds_offices_and_groups_are_bodies(gazetteer: Gazetteer) -> None:
    text = (
        "Die Sparkasse an der Aue, die Förderbank Nordland (FBN), der Süd-Nord Gründerfonds, "
        "das Bau- und Umweltamt und die Fraktion der Blauen sprachen mit dem Zweckverband "
        "„Netz am Fluss“. Die FBN gab Geld."
    )
    found = _mentions(text, gazetteer)
    for name in (
        "Sparkasse an der Aue",
        "Förderbank Nordland",
        "FBN",
        "Süd-Nord Gründerfonds",
        "Bau- und Umweltamt",
        "Fraktion der Blauen",
        "Netz am Fluss",
    ):
        assert found[name].cls == "Organisation", name
    assert "Hochschule" not in _mentions("Es kamen Leute aus Hochschulen.", gazetteer)


def test_places_of_a_dateline_regions_and_venues(gazetteer: Gazetteer) -> None:
    text = (
        "Adorf/Bedorf, 3. Mai 2026 \u2013 Im Tannwald und am Oberyrhein wird gebaut. Die Gäste kamen "
        "im Adorfer Festsaal zusammen, nicht im Rathaus."
    )
    found = _mentions(text, gazetteer)
    for name in ("Adorf", "Bedorf", "Tannwald", "Oberyrhein", "Adorfer Festsaal"):
        assert found[name].cls == "Place", name
    assert "Rathaus" not in found


def test_towns_listed_with_a_town_and_a_mayor_in_the_genitive(gazetteer: Gazetteer) -> None:
    text = (
        "Die Stadt Cedorf lädt ein. Die Bürgermeister von Adorf, Bedorf, Cedorf und Dedorf "
        "unterzeichneten. "
        "„Gut so“, sagte Cedorfs Bürgermeisterin Eva Beispiel."
    )
    found = _mentions(text, gazetteer)
    for name in ("Adorf", "Bedorf", "Dedorf"):
        assert found[name].cls == "Organisation", name
    roles = _facts(text, gazetteer, "holds_role")
    assert any(f.object is not None and f.object.label == "Stadt Cedorf" for f in roles)


def test_bodies_listed_after_a_plural_with_names_of_two_words(gazetteer: Gazetteer) -> None:
    text = "Beteiligt sind die Samtgemeinden Nirgendwo, Hohe Heide, Irgendwo Nord und Anderswo."
    found = _mentions(text, gazetteer)
    assert found["Hohe Heide"].label == "Samtgemeinde Hohe Heide"
    assert found["Irgendwo Nord"].label == "Samtgemeinde Irgendwo Nord"
    assert found["Anderswo"].cls == "Organisation"


def test_quoted_names_of_prizes_and_networks_but_no_figures_of_speech(
    gazetteer: Gazetteer,
) -> None:
    text = (
        "Die Stadt Nirgendwo gewinnt den ersten „Märkischen Dorfpreis Digital“. Sie gründet "
        "mit zwei Gemeinden den Verbund „Amt am Fluss“. Der Landrat nannte das einen "
        "„Durchbruch“. Das Projekt trägt den Namen „Dorfnetz“."
    )
    found = _mentions(text, gazetteer)
    assert found["Märkischen Dorfpreis Digital"].cls == "Initiative"
    assert found["Amt am Fluss"].cls == "Organisation"
    assert "Durchbruch" not in found
    assert found["Dorfnetz"].cls == "Initiative"


def test_a_notice_of_a_sum_in_all_is_that_sum(gazetteer: Gazetteer) -> None:
    text = "Die Ministerin übergab Förderbescheide über insgesamt 1,4 Millionen Euro."
    found = [f for f in extract(text, gazetteer) if isinstance(f, Amount)]
    assert [(a.value, a.qualifier) for a in found] == [(1400000.0, "exact")]


def test_a_quoted_phrase_after_a_verb_of_calling_is_no_name(gazetteer: Gazetteer) -> None:
    text = "Der Landrat sprach von einem „Bündnis zwischen Stadt und Land“. Das ist neu."
    assert not any(m.cls == "Initiative" for m in _mentions(text, gazetteer).values())


def test_a_bank_donating_a_sum_funds_and_two_bodies_counted_pay_their_share(
    gazetteer: Gazetteer,
) -> None:
    text = (
        "Die Bezirksämter Nordufer und Südhang starten das Projekt „Formular Direkt“. "
        "Zusätzlich spendet die Sparkasse Nirgendwo (SKN) 8.000 Euro für das Projekt. "
        "Die beiden Bezirke bringen zusammen 30.000 Euro aus ihren eigenen Haushalten ein."
    )
    funds = _funds(text, gazetteer)
    assert ("Sparkasse Nirgendwo", "Formular Direkt") in funds
    assert {
        ("Bezirksamt Nordufer", "Formular Direkt"),
        ("Bezirksamt Südhang", "Formular Direkt"),
    } <= funds


def test_a_place_of_a_prize_with_its_sum_is_no_grant_to_the_winner(gazetteer: Gazetteer) -> None:
    text = (
        "Die Stiftung Nirgendwo stellt für den Preis „Dorfidee“ 20.000 Euro bereit. "
        "Den zweiten Preis und 5.000 Euro erhielt die Gemeinde Irgendwo. "
        "Platz drei, verbunden mit 2.500 Euro, ging an die Stadt Anderswo."
    )
    funds = _funds(text, gazetteer)
    assert not any(funded in ("Gemeinde Irgendwo", "Stadt Anderswo") for _, funded in funds)


def test_a_federal_grant_told_of_before_is_the_federal_ministry_named_in_full(
    gazetteer: Gazetteer,
) -> None:
    text = (
        "Das Bundesministerium für Wald und Wiesen (BMWW) hat die Stadt Nirgendwo ausgewählt. "
        "Insgesamt stellt der Bund dafür 2 Millionen Euro bereit. "
        "Die Stadt Nirgendwo erhält davon 500.000 Euro."
    )
    facts = _facts(text, gazetteer, "funds")
    assert [f.subject.label for f in facts] == [
        "Bundesrepublik Deutschland",  # named so in its sentence
        "Bundesministerium für Wald und Wiesen",
    ]


def test_a_short_ministry_name_is_the_ministry_named_in_full_with_its_remit(
    gazetteer: Gazetteer,
) -> None:
    text = (
        "Das Ministerium für Inneres, Wald und Wiesen des Saarlandes lobt einen Preis aus. "
        "Die Gemeinde Nirgendwo hatte einen Zuschuss von 6.000 Euro vom Innenministerium "
        "erhalten."
    )
    found = _mentions(text, gazetteer)
    # (the state in the genitive ends the ministry's name, as "des Landes X" does)
    assert (
        found["Innenministerium"].label == "Ministerium für Inneres, Wald und Wiesen des Saarlandes"
    )


def test_a_state_office_followed_by_its_state_is_named_so(gazetteer: Gazetteer) -> None:
    text = "Die Senatskanzlei Berlin stellt dafür 1 Million Euro bereit."
    found = _mentions(text, gazetteer)
    assert found["Senatskanzlei Berlin"].label == "Senatskanzlei Berlin"


def test_a_number_of_bodies_each_receiving_a_sum_are_the_bodies_named(
    gazetteer: Gazetteer,
) -> None:
    text = (
        "Die Bezirksämter Nordufer und Südhang starten das Projekt „Formular Direkt“. "
        "Die Senatskanzlei Berlin stellt dafür insgesamt 1,3 Mio. Euro bereit; davon erhalten "
        "beide Bezirksämter je 520.000 Euro."
    )
    funds = _funds(text, gazetteer)
    assert {
        ("Senatskanzlei Berlin", "Bezirksamt Nordufer"),
        ("Senatskanzlei Berlin", "Bezirksamt Südhang"),
    } <= funds


def test_a_body_opening_a_sentence_of_receiving_is_the_receiver(gazetteer: Gazetteer) -> None:
    text = (
        "Das Ministerium für Wald und Wiesen fördert das Vorhaben mit 1,1 Millionen Euro. "
        "Beteiligt sind die Hansestadt Nirgendwo und der Landkreis Irgendwo. "
        "Die Hansestadt erhält knapp 640.000 Euro, der Landkreis rund 460.000 Euro."
    )
    assert {
        ("Ministerium für Wald und Wiesen", "Hansestadt Nirgendwo"),
        ("Ministerium für Wald und Wiesen", "Landkreis Irgendwo"),  # (the verb left out)
    } <= {
        (f.subject.label, f.object.label if f.object else None)
        for f in _facts(text, gazetteer, "funds")
        if f.start > 100
    }


def test_the_body_given_to_in_the_dative_receives(gazetteer: Gazetteer) -> None:
    text = (
        "Die Verbandsgemeinde Nirgendwo gewann den Preis. Das Ministerium für Wald und Wiesen "
        "gibt der Verbandsgemeinde Nirgendwo 60.000 Euro, damit sie die App ausbaut."
    )
    assert _funds(text, gazetteer) == {
        ("Ministerium für Wald und Wiesen", "Verbandsgemeinde Nirgendwo")
    }


def test_a_sentence_opening_with_a_passive_of_support_names_its_agent(
    gazetteer: Gazetteer,
) -> None:
    text = (
        "Die Stadt Nirgendwo startet das Projekt „Lerncampus Heide“. Unterstützt wird das "
        "Vorhaben auch von der Sparkasse Nirgendwo (SKN), die 20.000 Euro für Prämien gibt."
    )
    assert ("Sparkasse Nirgendwo", "Lerncampus Heide") in _funds(text, gazetteer)


def test_the_bodies_between_an_auxiliary_and_a_participle_of_support_receive(
    gazetteer: Gazetteer,
) -> None:
    text = (
        "Das Projekt „Dorfnetz“ startet im Landkreis Irgendwo. Das Land Brandenburg hatte die "
        "Stadt Nirgendwo dafür mit 45.000 Euro aus dem Programm „Netz vor Ort“ unterstützt."
    )
    assert ("Land Brandenburg", "Stadt Nirgendwo") in _funds(text, gazetteer)


def test_a_body_taking_part_then_telling_its_share_after_a_colon_pays(
    gazetteer: Gazetteer,
) -> None:
    text = (
        "Das Land Brandenburg fördert das Projekt „Dorfnetz“ mit 1 Million Euro. Zusätzlich "
        "beteiligt sich die Sparkasse Nirgendwo (SKN): Sie stellt 25.000 Euro für Schulungen "
        "bereit."
    )
    assert ("Sparkasse Nirgendwo", "Dorfnetz") in _funds(text, gazetteer)


def test_a_share_opening_the_sentence_is_paid_by_the_body_named_by_its_head(
    gazetteer: Gazetteer,
) -> None:
    text = (
        "Der Verbandsgemeinderat Nirgendwo beschloss das Projekt „Netz 2030“ der "
        "Verbandsgemeinde Nirgendwo. Das Land Brandenburg fördert es mit 100.000 Euro. Den "
        "größten Teil, knapp 1,4 Millionen Euro, muss die Verbandsgemeinde aus eigenen Mitteln "
        "aufbringen."
    )
    assert ("Verbandsgemeinde Nirgendwo", "Netz 2030") in _funds(text, gazetteer)


def test_an_event_named_by_a_hyphenated_compound_of_its_head(gazetteer: Gazetteer) -> None:
    text = "Beim ersten „Verwaltungs-Barcamp Nordheide“ sprachen 100 Beschäftigte."
    found = _mentions(text, gazetteer)
    assert found["Verwaltungs-Barcamp Nordheide"].cls == "Event"


def test_a_marktflecken_is_a_municipality(gazetteer: Gazetteer) -> None:
    found = _mentions("Der Marktflecken Nirgendwo und die Stadt Irgendwo machen mit.", gazetteer)
    assert found["Marktflecken Nirgendwo"].kind == "municipality"


def test_towns_listed_with_a_spa_or_a_river_pay_their_share_each(gazetteer: Gazetteer) -> None:
    text = (
        "Der Landkreis Irgendwo startet das Projekt „Amt Digital“. Auch die Städte "
        "Nordheim/Saale, Südheim und Bad Westheim beteiligen sich: Sie zahlen jeweils 6.500 Euro."
    )
    found = _mentions(text, gazetteer)
    assert found["Bad Westheim"].label == "Stadt Bad Westheim"
    assert found["Nordheim/Saale"].label == "Stadt Nordheim/Saale"
    funds = _funds(text, gazetteer)
    assert ("Stadt Südheim", "Amt Digital") in funds
    assert not any(funded.startswith("Stadt") for _, funded in funds if funded)
    assert not _facts(text, gazetteer, "participates_in")  # a share paid, no taking part


def test_a_town_by_a_title_of_its_own_ending_in_stadt(gazetteer: Gazetteer) -> None:
    text = "Außerdem erhalten die Rosenstadt Nordheim und die Stadt Südheim je 30.000 Euro."
    assert _mentions(text, gazetteer)["Rosenstadt Nordheim"].kind == "city"
    for other in ("In der Innenstadt Nordheim wird gebaut.", "In Weststadt Projekte planen."):
        assert not any(
            m.text.endswith(("Nordheim", "Projekte")) and m.cls == "Organisation"
            for m in _mentions(other, gazetteer).values()
        )


def test_a_rest_shared_in_the_past_tense_is_paid_by_each(gazetteer: Gazetteer) -> None:
    text = (
        "Der Landkreis Irgendwo richtete den „Digitalgipfel Nordheide“ aus. Den Rest der "
        "Kosten von rund 41.000 Euro teilten sich der Kreis und die Stadt Nirgendwo."
    )
    funds = _funds(text, gazetteer)
    assert {
        ("Landkreis Irgendwo", "Digitalgipfel Nordheide"),
        ("Stadt Nirgendwo", "Digitalgipfel Nordheide"),
    } <= funds


def test_a_name_opened_by_st_for_sankt_is_read_whole(gazetteer: Gazetteer) -> None:
    """ "St." abbreviates Sankt in place names; the name goes on after its full stop."""
    text = (
        "Der Landkreis St. Wendel fördert das Projekt „Dorf digital“ mit 20.000 Euro. "
        "Auch die Kreissparkasse St. Georgen und die Gemeinde St. Leon-Rot machen mit."
    )
    found = _mentions(text, gazetteer)
    assert found["Landkreis St. Wendel"].cls in ("Organisation", "Place")
    assert "Kreissparkasse St. Georgen" in found
    assert "Gemeinde St. Leon-Rot" in found
    assert ("Landkreis St. Wendel", "Dorf digital") in _funds(text, gazetteer)
