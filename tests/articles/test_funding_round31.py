"""Shapes of funding blind round 31 phrased in ways the rules did not read, on made-up
sentences (no article's names or wording): each test stands for one rule of the extractor
and fails without it."""

from __future__ import annotations

from loaders.articles import Gazetteer
from tests.articles.conftest import funds


def test_a_share_paid_in_the_perfect_by_a_body_of_any_kind(gazetteer: Gazetteer) -> None:
    text = (
        "Der Bezirk startet das Portal „Markt digital“. Rund 30.000 Euro hat die "
        "Handwerkskammer Lübeck beigesteuert, weil auch die Betriebe profitieren."
    )
    assert ("Handwerkskammer Lübeck", "Markt digital") in funds(text, gazetteer)


def test_a_loan_told_from_the_borrowers_side(gazetteer: Gazetteer) -> None:
    text = (
        "Die Stadt Fulda führt die „E-Akte Fulda“ ein. Weitere 300.000 Euro leiht sich die "
        "Stadt als Darlehen bei der Wirtschafts- und Infrastrukturbank Hessen."
    )
    assert ("Wirtschafts- und Infrastrukturbank Hessen", "Stadt Fulda") in funds(text, gazetteer)


def test_a_credit_taken_up_at_a_bank(gazetteer: Gazetteer) -> None:
    text = (
        "Die Gemeinde Eichenzell führt die „E-Akte“ ein. Die Gemeinde nimmt bei der Sparkasse "
        "Fulda einen Kredit über 80.000 Euro auf."
    )
    found = funds(text, gazetteer)
    assert ("Sparkasse Fulda", "Gemeinde Eichenzell") in found
    assert ("Gemeinde Eichenzell", "Sparkasse Fulda") not in found


def test_a_loan_with_no_borrower_named_goes_to_the_company_told_of(gazetteer: Gazetteer) -> None:
    text = (
        "Die Kehrwerk GmbH aus Kiel entwickelt die App „Sperrgut“ für Städte. Die Kehrwerk GmbH "
        "hat dafür Geld eingesammelt. Die Investitionsbank Schleswig-Holstein gewährt ein "
        "Nachrangdarlehen über 400.000 Euro."
    )
    found = funds(text, gazetteer)
    assert ("Investitionsbank Schleswig-Holstein", "Kehrwerk GmbH") in found
    assert ("Investitionsbank Schleswig-Holstein", "Sperrgut") not in found


def test_a_transport_association_by_its_compound_head_shares_the_rest(
    gazetteer: Gazetteer,
) -> None:
    text = (
        "Der Landkreis Coburg startet das Projekt „Bus live“. Den verbleibenden Betrag teilen "
        "sich der Landkreis und die Verkehrsgemeinschaft Coburg."
    )
    assert ("Verkehrsgemeinschaft Coburg", "Bus live") in funds(text, gazetteer)


def test_sums_for_bodies_listed_with_the_verb_left_out(gazetteer: Gazetteer) -> None:
    text = (
        "Das Ministerium für Inneres stellt für den Aufruf „Amt digital“ 3 Millionen Euro "
        "bereit. Das Amt Lindenfeld erhält 410.000 Euro, das Amt Seenplatte 385.000 Euro und "
        "das Amt Kiefernheide rund 360.000 Euro."
    )
    found = funds(text, gazetteer)
    expected = {("Ministerium für Inneres", f"Amt {a}") for a in ("Seenplatte", "Kiefernheide")}
    assert expected <= found


def test_a_share_goes_to_the_project_not_to_the_call_or_the_strategy(
    gazetteer: Gazetteer,
) -> None:
    text = (
        "Im Förderaufruf „Kreis vernetzt“ des Landes wählte das Ministerium für Inneres die "
        "„Kreiscloud Nord“ aus: Die Stadt Lindenau und die Stadt Birkheim verlagern ihre "
        "Verfahren in ein Rechenzentrum. Der Aufruf gehört zur Landesstrategie „Land digital "
        "2030“. Gefördert werden 90 Prozent der Kosten; den Rest tragen die Städte selbst."
    )
    found = funds(text, gazetteer)
    assert ("Stadt Lindenau", "Kreiscloud Nord") in found
    assert not {work for _, work in found} & {"Kreis vernetzt", "Land digital 2030"}


def test_a_share_goes_to_a_strategy_when_it_is_the_only_work(gazetteer: Gazetteer) -> None:
    text = (
        "Die Stadt Lindenau beschließt ihre Strategie „Lindenau digital 2030“. Das Land "
        "übernimmt 70.000 Euro; den Rest von 30.000 Euro zahlt die Stadt selbst."
    )
    assert ("Stadt Lindenau", "Lindenau digital 2030") in funds(text, gazetteer)
