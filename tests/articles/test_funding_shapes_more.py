"""More shapes of funding in German press releases, on made-up sentences (no article's names
or wording): each test stands for one rule of the extractor."""

from __future__ import annotations

import datetime as dt

from loaders.articles import Gazetteer, extract
from loaders.articles.findings import Fact, Mention
from tests.articles.conftest import funds as _funds


def _found(text: str, gazetteer: Gazetteer) -> list[Fact | Mention]:
    return [
        f
        for f in extract(text, gazetteer, article_date=dt.date(2024, 4, 2))
        if isinstance(f, Fact | Mention)
    ]


def test_a_certificate_course_in_quotes_is_the_work_funded(gazetteer: Gazetteer) -> None:
    text = (
        "Die Stadt Nirgendwo schult ihre Beschäftigten. Die Hochschule Irgendwo hat dafür den "
        "Zertifikatskurs „Daten im Amt“ entwickelt. Das Land Hessen steuert 50.000 Euro bei. "
        "Den Rest zahlt die Stadt."
    )
    works = {m.text: m.cls for m in _found(text, gazetteer) if isinstance(m, Mention)}
    assert works["Daten im Amt"] == "Initiative"
    found = _funds(text, gazetteer)
    assert ("Land Hessen", "Daten im Amt") in found
    assert ("Stadt Nirgendwo", "Daten im Amt") in found


def test_a_system_in_quotes_is_the_work_its_towns_pay_for(gazetteer: Gazetteer) -> None:
    text = (
        "Die Stadt Nirgendwo und die Stadt Irgendwo bauen gemeinsam das System „Termin direkt“. "
        "Das Land Sachsen fördert es mit 100.000 Euro. Die übrigen 20.000 Euro bringen die "
        "beiden Städte selbst auf."
    )
    works = {m.text: m.cls for m in _found(text, gazetteer) if isinstance(m, Mention)}
    assert works["Termin direkt"] == "Initiative"
    found = _funds(text, gazetteer)
    assert ("Stadt Nirgendwo", "Termin direkt") in found
    assert ("Stadt Irgendwo", "Termin direkt") in found


def test_money_that_comes_from_a_body_or_is_received_from_one(gazetteer: Gazetteer) -> None:
    """Y gives in "X Euro kommen vom Landkreis Y" (it does not receive); in "erhält vom
    Kreis" the county named before gives."""
    text = (
        "Die Stadt Nirgendwo startet das Projekt „Netz im Dorf“. Das Land Hessen fördert es mit "
        "100.000 Euro. Weitere 20.000 Euro kommen vom Landkreis Irgendwo. Jede Schule erhält "
        "vom Kreis einen Zuschuss von 5.000 Euro."
    )
    found = _funds(text, gazetteer)
    assert ("Landkreis Irgendwo", "Netz im Dorf") in found
    assert ("Land Hessen", "Landkreis Irgendwo") not in found
    assert ("Landkreis Irgendwo", "Schule") in found


def test_the_ministries_of_a_city_state_fund(gazetteer: Gazetteer) -> None:
    """A city state's ministries are "der Senator für X" and "die Behörde für Y"."""
    text = (
        "Die Stadt Nirgendwo startet das Projekt „Amt im Netz“. Der Senator für Finanzen "
        "fördert das Projekt mit 50.000 Euro. Auch die Behörde für Kultur und Medien gibt "
        "10.000 Euro dazu."
    )
    bodies = {m.text: m.kind for m in _found(text, gazetteer) if isinstance(m, Mention)}
    assert bodies["Senator für Finanzen"] == "ministry"
    assert bodies["Behörde für Kultur und Medien"] == "ministry"
    found = _funds(text, gazetteer)
    assert ("Senator für Finanzen", "Amt im Netz") in found
    assert ("Behörde für Kultur und Medien", "Amt im Netz") in found


def test_a_sum_for_a_thing_before_it_funds_the_work_told_of(gazetteer: Gazetteer) -> None:
    """ "für die Ausstattung X Euro": a thing, part of the work; "für die Schulen": bodies."""
    text = (
        "Die Stadt Nirgendwo startet das Projekt „Amt im Netz“. Das Land Hessen stellt für die "
        "Ausstattung und den Betrieb 20.000 Euro bereit. Außerdem stellt das Land für die "
        "Schulen 5.000 Euro bereit."
    )
    found = _funds(text, gazetteer)
    assert ("Land Hessen", "Amt im Netz") in found
    assert ("Land Hessen", "Ausstattung") not in found
    assert ("Land Hessen", "Schulen") in found


def test_a_bank_named_right_before_its_sum(gazetteer: Gazetteer) -> None:
    text = (
        "Die Stadt Nirgendwo startet das Projekt „Amt im Netz“. Zusätzlich spendet die "
        "Sparkasse Nirgendwo 8.000 Euro für Leihgeräte."
    )
    bodies = {m.text: m.kind for m in _found(text, gazetteer) if isinstance(m, Mention)}
    assert bodies["Sparkasse Nirgendwo"] == "bank"
    assert ("Sparkasse Nirgendwo", "Amt im Netz") in _funds(text, gazetteer)


def test_the_county_named_again_is_the_one_named_last(gazetteer: Gazetteer) -> None:
    """ "der Kreis" is the county named last, a "Landkreis Y" too (not only a "Kreis X")."""
    text = (
        "Der Kreis Nirgendwo startet das Projekt „Amt im Netz“. Auch der Landkreis Irgendwo "
        "macht mit. Der Kreis trägt die Kosten von rund 20.000 Euro."
    )
    found = _funds(text, gazetteer)
    assert ("Landkreis Irgendwo", "Amt im Netz") in found
    assert ("Kreis Nirgendwo", "Amt im Netz") not in found


def test_a_body_paying_together_with_the_funder(gazetteer: Gazetteer) -> None:
    """ "trägt die Kosten … gemeinsam mit der X": X pays too."""
    text = (
        "Die Stadt Nirgendwo startet das Projekt „Amt im Netz“. Der Landkreis Irgendwo trägt "
        "die Kosten von rund 20.000 Euro gemeinsam mit der Sparkasse Irgendwo."
    )
    found = _funds(text, gazetteer)
    assert ("Landkreis Irgendwo", "Amt im Netz") in found
    assert ("Sparkasse Irgendwo", "Amt im Netz") in found


def test_a_summer_school_is_an_event_its_funder_pays_for(gazetteer: Gazetteer) -> None:
    """ "Sommerschule" names an event (quoted or not), not a school: the courses funded."""
    text = (
        "Die KI-Sommerschule Nord startet im Juli in Nirgendwo. Ausgerichtet wird sie vom "
        "Studieninstitut Irgendwo. Das Land Hessen finanziert die Kurse mit 20.000 Euro. "
        "Im Herbst folgt die „Daten-Sommerschule Süd“."
    )
    kinds = {m.text: m.cls for m in _found(text, gazetteer) if isinstance(m, Mention)}
    assert kinds["KI-Sommerschule Nord"] == "Event"
    assert kinds["Daten-Sommerschule Süd"] == "Event"
    assert ("Land Hessen", "KI-Sommerschule Nord") in _funds(text, gazetteer)


def test_a_body_that_adds_a_sum_pays_it(gazetteer: Gazetteer) -> None:
    """ "legt X Euro dazu": a share paid."""
    text = (
        "Die Stadt Nirgendwo startet das Projekt „Amt im Netz“. Das Land Hessen fördert es mit "
        "100.000 Euro. Der Landkreis Irgendwo legt 20.000 Euro dazu."
    )
    assert ("Landkreis Irgendwo", "Amt im Netz") in _funds(text, gazetteer)


def test_an_event_compound_opened_by_a_name_is_the_event_funded(gazetteer: Gazetteer) -> None:
    """ "Beim zweiten Nord-Kommunalhackathon": a name (a bare "Kommunalhackathon" is not)."""
    text = (
        "Beim zweiten Nord-Kommunalhackathon haben am Wochenende 100 Leute in Nirgendwo "
        "programmiert. Veranstaltet wurde das Treffen vom Landkreis Irgendwo. Das Preisgeld von "
        "5.000 Euro stellt das Land Hessen bereit."
    )
    kinds = {m.text: m.cls for m in _found(text, gazetteer) if isinstance(m, Mention)}
    assert kinds["Nord-Kommunalhackathon"] == "Event"
    assert ("Land Hessen", "Nord-Kommunalhackathon") in _funds(text, gazetteer)


def test_costs_of_a_work_named_again_by_its_head(gazetteer: Gazetteer) -> None:
    """ "hatte den Hackathon finanziert und übernimmt die Kosten": the event, not the project
    told of just before."""
    text = (
        "Beim zweiten Nord-Kommunalhackathon haben 100 Leute in Nirgendwo programmiert. Das "
        "Projekt „Amt im Netz“ gewann. Das Land Hessen hatte den Hackathon schon im Vorjahr "
        "finanziert und übernimmt auch diesmal die Kosten von 5.000 Euro."
    )
    found = _funds(text, gazetteer)
    assert ("Land Hessen", "Nord-Kommunalhackathon") in found
    assert ("Land Hessen", "Amt im Netz") not in found


def test_a_counted_plural_of_amter_pays_as_each_amt_named(gazetteer: Gazetteer) -> None:
    """ "teilen sich der Kreis und die drei Ämter": each of the three Ämter the text names."""
    text = (
        "Der Kreis Nirgendwo und die Ämter Aue, Buchholz und Celle starten das Projekt „Amt "
        "digital“. Das Land Hessen zahlt 100.000 Euro. Den Eigenanteil von 20.000 Euro teilen "
        "sich der Kreis und die drei Ämter."
    )
    found = _funds(text, gazetteer)
    assert {("Amt Aue", "Amt digital"), ("Amt Celle", "Amt digital")} <= found
    assert ("Kreis Nirgendwo", "Amt digital") in found


def test_the_communes_paying_their_share_are_those_granted_money(gazetteer: Gazetteer) -> None:
    """ "tragen die Kommunen selbst" after a grant to several towns: each of those towns."""
    text = (
        "Die Stadt Aue und die Gemeinde Buchholz starten das Projekt „Amt digital“. Das Land "
        "Hessen unterstützt die Stadt Aue und die Gemeinde Buchholz mit jeweils 50.000 Euro. "
        "Einen Eigenanteil von zehn Prozent tragen die Kommunen selbst."
    )
    found = _funds(text, gazetteer)
    assert ("Stadt Aue", "Amt digital") in found
    assert ("Gemeinde Buchholz", "Amt digital") in found
    assert ("Kommunen", "Amt digital") not in found


def test_a_transfer_to_a_body_named_again(gazetteer: Gazetteer) -> None:
    """ "überweist dem Kreis X Euro": paying, and the county named before receives."""
    text = (
        "Der Landkreis Nirgendwo startet das Projekt „Pflege im Netz“. Das Land Hessen "
        "überweist dem Kreis dafür rund 300.000 Euro."
    )
    assert ("Land Hessen", "Landkreis Nirgendwo") in _funds(text, gazetteer)


def test_a_loan_for_the_founding_goes_to_the_company(gazetteer: Gazetteer) -> None:
    """ "hatte die Gründung mit einem Darlehen unterstützt": the company, not its project."""
    text = (
        "Das Start-up Datenfuchs GmbH aus Nirgendwo startet das Projekt „Amt im Netz“. Die "
        "Sparkasse Nirgendwo hatte die Gründung 2024 mit einem Darlehen über 100.000 Euro "
        "unterstützt."
    )
    found = _funds(text, gazetteer)
    assert ("Sparkasse Nirgendwo", "Datenfuchs GmbH") in found
    assert ("Sparkasse Nirgendwo", "Amt im Netz") not in found


def test_a_government_named_by_es_gives(gazetteer: Gazetteer) -> None:
    """ "Es stellt dem Landkreis X Euro zur Verfügung": the ministry named before, not the
    county that pays its share in the same sentence."""
    text = (
        "Die Kampagne „Netz im Dorf“ startet im Landkreis Nirgendwo. Bezahlt wird sie vom "
        "Ministerium für Digitales des Landes Hessen. Es stellt dem Landkreis dafür 100.000 "
        "Euro zur Verfügung; den Eigenanteil von 10.000 Euro trägt der Landkreis."
    )
    found = _funds(text, gazetteer)
    assert ("Ministerium für Digitales des Landes Hessen", "Landkreis Nirgendwo") in found
    assert ("Landkreis Nirgendwo", "Netz im Dorf") in found


def test_each_member_of_an_association_of_local_bodies(gazetteer: Gazetteer) -> None:
    """ "Jedes Mitglied erhält …", "den Rest tragen die Mitglieder": each town and county the
    text about the association names."""
    text = (
        "Die Stadt Aue, die Gemeinde Buchholz und der Landkreis Nirgendwo gründen den "
        "Zweckverband Digitale Dörfer. Das Land Hessen unterstützt den Zweckverband Digitale "
        "Dörfer. Jedes Mitglied erhält jeweils 20.000 Euro für den Umzug seiner Daten. Den Rest "
        "der Kosten von 90.000 Euro tragen die Mitglieder selbst."
    )
    found = _funds(text, gazetteer)
    for member in ("Stadt Aue", "Gemeinde Buchholz", "Landkreis Nirgendwo"):
        assert ("Land Hessen", member) in found
        assert (member, "Zweckverband Digitale Dörfer") in found
    assert not {f for f in found if "Mitglied" in f[0] or "Mitglied" in (f[1] or "")}


def test_a_grant_added_to_a_financing_round_goes_to_the_company(gazetteer: Gazetteer) -> None:
    """ "Hinzu kommt ein Zuschuss des Landes" after a company's investors: that company."""
    text = (
        "Das Start-up Leuchtfeld GmbH aus Nirgendwo baut smarte Laternen. In einer "
        "Finanzierungsrunde beteiligt sich die Beteiligungsgesellschaft Nordmark (BGN) mit "
        "500.000 Euro. Hinzu kommt ein Zuschuss des Landes Hessen über 150.000 Euro aus dem "
        "Programm „Gründen im Amt“. Die Stadt Nirgendwo will die Laternen testen."
    )
    found = _funds(text, gazetteer)
    assert ("Land Hessen", "Leuchtfeld GmbH") in found
    assert ("Land Hessen", "Beteiligungsgesellschaft Nordmark") not in found


def test_a_bank_named_with_two_nouns_sharing_their_end(gazetteer: Gazetteer) -> None:
    """ "die Investitions- und Aufbaubank X": a bank, an investor in the company."""
    text = (
        "Das Start-up Leuchtfeld GmbH aus Nirgendwo hatte 900.000 Euro von Investoren "
        "eingesammelt; größter Geldgeber ist die Investitions- und Aufbaubank Nordland (IAN)."
    )
    bodies = {m.text: m.kind for m in _found(text, gazetteer) if isinstance(m, Mention)}
    assert bodies["Investitions- und Aufbaubank Nordland"] == "bank"
    assert ("Investitions- und Aufbaubank Nordland", "Leuchtfeld GmbH") in _funds(text, gazetteer)


def test_investors_named_by_their_kind_alone(gazetteer: Gazetteer) -> None:
    """ "hatte X Euro von Investoren eingesammelt": the investors, unnamed, fund the company."""
    text = (
        "Das Start-up Leuchtfeld GmbH aus Nirgendwo hatte im vergangenen Jahr 900.000 Euro von "
        "Investoren eingesammelt. In einer Finanzierungsrunde beteiligen sich nun die "
        "Beteiligungsgesellschaft Nordmark (BGN) mit 500.000 Euro sowie mehrere Business Angels."
    )
    found = _funds(text, gazetteer)
    assert ("Investoren", "Leuchtfeld GmbH") in found
    assert ("Business Angels", "Leuchtfeld GmbH") in found


def test_a_company_described_before_its_short_name_in_brackets(gazetteer: Gazetteer) -> None:
    """ "dem IT-Dienstleister X-IT (XIT)": the company, so "die XIT" pays its share."""
    text = (
        "Die Stadt Aue startet mit dem kommunalen IT-Dienstleister Nordland-IT (NIT) das Projekt "
        "„Amt offen“. Die Kosten von 20.000 Euro teilten sich die Stadt und die NIT."
    )
    found = _funds(text, gazetteer)
    assert ("Nordland-IT", "Amt offen") in found
    assert ("Stadt Aue", "Amt offen") in found


def test_a_share_that_might_be_paid_is_no_share(gazetteer: Gazetteer) -> None:
    """ "Gemeinden könnten den Eigenanteil kaum aufbringen": what might be, not a payment."""
    text = (
        "Die Stadt Aue startet das Projekt „Amt offen“. Viele kleine Gemeinden könnten den "
        "Eigenanteil nur mit Mühe aufbringen, sagte der Verbandschef."
    )
    assert not {who for who, _ in _funds(text, gazetteer) if who == "Gemeinden"}


def test_the_remaining_amount_shared_is_an_own_share(gazetteer: Gazetteer) -> None:
    text = (
        "Der Landkreis Fulda und die Stadt Hünfeld starten das Portal „Rhönklick“. Das Land "
        "zahlt 200.000 Euro. Den verbleibenden Betrag teilen sich der Landkreis und die Stadt."
    )
    found = _funds(text, gazetteer)
    assert ("Landkreis Fulda", "Rhönklick") in found
    assert ("Stadt Hünfeld", "Rhönklick") in found


def test_three_quarters_of_it_and_the_remaining_part(gazetteer: Gazetteer) -> None:
    text = (
        "Der Kreis Plön und die Stadt Preetz starten das Portal „Seenblick“. Es kostet 400.000 "
        "Euro. Drei Viertel davon trägt die Staatskanzlei Schleswig-Holstein aus ihrem Fonds "
        "„Kommune digital“, den verbleibenden Anteil teilen sich der Kreis und die Stadt."
    )
    found = _funds(text, gazetteer)
    assert ("Staatskanzlei Schleswig-Holstein", "Seenblick") in found
    assert ("Stadt Preetz", "Seenblick") in found
    assert ("Staatskanzlei Schleswig-Holstein", "Kommune digital") not in found


def test_a_share_shot_in_goes_to_the_work_not_to_the_next_clause_s_body(
    gazetteer: Gazetteer,
) -> None:
    text = (
        "Der Landkreis Uckermark startet das Projekt „Wegeschau“. Der Landkreis schießt "
        "150.000 Euro zu, die Uckermärkische Verkehrsgesellschaft mbH stellt Busse bereit."
    )
    found = _funds(text, gazetteer)
    assert ("Landkreis Uckermark", "Wegeschau") in found
    assert ("Landkreis Uckermark", "Uckermärkische Verkehrsgesellschaft mbH") not in found


def test_the_districts_paying_are_the_district_offices_named(gazetteer: Gazetteer) -> None:
    text = (
        "Die Bezirksämter Pankow und Lichtenberg starten das Portal „Kiezpost“. Den Betrieb "
        "bezahlen die Bezirke, zusammen 40.000 Euro im Jahr."
    )
    found = {payer for payer, work in _funds(text, gazetteer) if work == "Kiezpost"}
    assert len(found) == 2
    assert all(payer.endswith(("Pankow", "Lichtenberg")) for payer in found)


def test_money_of_a_body_comes_from_that_body(gazetteer: Gazetteer) -> None:
    text = (
        "Der Landkreis Harz startet die App „Harzstimme“. Weitere 20.000 Euro kommen aus "
        "Lottomitteln der Lotto-Toto GmbH Sachsen-Anhalt."
    )
    found = _funds(text, gazetteer)
    assert ("Lotto-Toto GmbH", "Harzstimme") in found
    assert not any(work == "Lotto-Toto GmbH" for _, work in found)


def test_a_body_awarding_an_endowed_prize_funds_the_prize(gazetteer: Gazetteer) -> None:
    text = (
        "Für gute Ideen vergibt die Sparkasse Harz einmal im Jahr den mit 2.000 Euro dotierten "
        "Preis „Harzer Köpfe“."
    )
    assert ("Sparkasse Harz", "Harzer Köpfe") in _funds(text, gazetteer)


def test_what_an_endowed_prize_is_worth_without_an_awarding_body_funds_nothing(
    gazetteer: Gazetteer,
) -> None:
    text = "Die Stadt Wernigerode gewann den mit 2.000 Euro dotierten Preis „Harzer Köpfe“."
    assert _funds(text, gazetteer) == set()


def test_the_running_costs_paid_by_the_body_itself_go_to_its_work(gazetteer: Gazetteer) -> None:
    text = (
        "Das Bezirksamt Hamburg-Mitte startet die Plattform „Hallenfinder“, die zur Strategie "
        "„Sportstadt“ gehört. Den laufenden Betrieb zahlt der Bezirk selbst, etwa 30.000 Euro im "
        "Jahr."
    )
    found = _funds(text, gazetteer)
    assert ("Bezirksamt Hamburg-Mitte", "Hallenfinder") in found
    assert ("Bezirksamt Hamburg-Mitte", "Sportstadt") not in found


def test_a_grant_to_the_district_office_named_again_not_to_the_strategy_of_a_clause(
    gazetteer: Gazetteer,
) -> None:
    text = (
        "Das Bezirksamt Hamburg-Mitte startet die Plattform „Hallenfinder“. Dafür hat die "
        "Behörde für Inneres und Sport dem Bezirksamt 200.000 Euro aus ihrem Programm "
        "„Sport digital“ bewilligt, das zur Strategie „Sportstadt“ gehört."
    )
    found = _funds(text, gazetteer)
    assert ("Behörde für Inneres und Sport", "Bezirksamt Hamburg-Mitte") in found
    assert ("Behörde für Inneres und Sport", "Sportstadt") not in found


def test_prize_money_going_to_the_winners_funds_the_prize_only(gazetteer: Gazetteer) -> None:
    text = (
        "Das Bundesministerium des Innern vergibt den Preis „Offene Rathäuser“. Die Preisgelder "
        "von zusammen 90.000 Euro stellt das Ministerium: 50.000 Euro gehen an den Landkreis "
        "Harz, je 20.000 Euro an Quedlinburg und Thale."
    )
    found = _funds(text, gazetteer)
    assert ("Bundesministerium des Innern", "Offene Rathäuser") in found
    assert ("Bundesministerium des Innern", "Landkreis Harz") not in found


def test_what_is_left_shared_by_a_list_of_bodies(gazetteer: Gazetteer) -> None:
    text = (
        "Der Kreis Cochem-Zell, die Stadt Cochem und die Verbandsgemeinden Kaisersesch und Ulmen "
        "starten die App „Moselpass“. Das Land zahlt 100.000 Euro. Was übrig bleibt, teilen sich "
        "der Kreis, die Stadt und die beiden Verbandsgemeinden."
    )
    found = _funds(text, gazetteer)
    assert {
        ("Kreis Cochem-Zell", "Moselpass"),
        ("Stadt Cochem", "Moselpass"),
        ("Verbandsgemeinde Kaisersesch", "Moselpass"),
        ("Verbandsgemeinde Ulmen", "Moselpass"),
    } <= found


def test_a_round_of_financing_told_on_over_the_next_sentences(gazetteer: Gazetteer) -> None:
    text = (
        "Die Hallenwerk GmbH hat ihre erste Finanzierungsrunde abgeschlossen. Insgesamt fließen "
        "900.000 Euro in das Kieler Unternehmen. Angeführt wird die Runde von der Nordkapital "
        "GmbH, die 500.000 Euro investiert. Weitere 100.000 Euro kommen von der Förde Ventures "
        "GmbH."
    )
    found = _funds(text, gazetteer)
    assert ("Nordkapital GmbH", "Hallenwerk GmbH") in found
    assert ("Förde Ventures GmbH", "Hallenwerk GmbH") in found
    assert ("Förde Ventures GmbH", "Nordkapital GmbH") not in found


def test_the_body_after_stellt_provides_the_sum(gazetteer: Gazetteer) -> None:
    text = (
        "Mitteilung der Stiftung Lausitzer Heimat Brandenburg, Cottbus, 13. Oktober 2026\n\n"
        "Fünf Kommunen erhalten von unserer Stiftung Geld für „Dorfstuben“: offene Treffpunkte. "
        "Ausgewählt wurden das Amt Altdöbern und das Amt Burg sowie die Städte Calau und "
        "Vetschau. Jede der vier Kommunen erhält 24.000 Euro für Ausstattung; insgesamt stellt "
        "die Stiftung Lausitzer Heimat Brandenburg damit 96.000 Euro für zwei Jahre bereit."
    )
    found = _funds(text, gazetteer)
    giver = "Stiftung Lausitzer Heimat Brandenburg"
    assert {(giver, "Amt Altdöbern"), (giver, "Stadt Calau"), (giver, "Stadt Vetschau")} <= found


def test_a_round_told_on_after_two_other_sentences(gazetteer: Gazetteer) -> None:
    text = (
        "Die Schulweg GmbH hat eine Finanzierungsrunde über 2 Millionen Euro abgeschlossen. Das "
        "Start-up entwickelt eine App. Es wurde 2024 gegründet. 1,2 Millionen Euro der Runde "
        "bringt die Elbkapital GmbH ein. Die übrigen 800.000 Euro gewährt die Förde Bank AG als "
        "Darlehen."
    )
    found = _funds(text, gazetteer)
    assert ("Elbkapital GmbH", "Schulweg GmbH") in found
    assert ("Förde Bank AG", "Schulweg GmbH") in found


def test_a_grant_of_the_state_after_a_round_stays_a_grant(gazetteer: Gazetteer) -> None:
    text = (
        "Die Schulweg GmbH hat eine Finanzierungsrunde abgeschlossen. Der Landkreis Stade "
        "startet das Portal „Elbschule“. Weitere 50.000 Euro gibt das Niedersächsische "
        "Ministerium für Inneres für das Portal."
    )
    found = _funds(text, gazetteer)
    assert ("Niedersächsische Ministerium für Inneres", "Elbschule") in found
    assert ("Niedersächsische Ministerium für Inneres", "Schulweg GmbH") not in found
