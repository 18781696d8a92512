"""Shapes of funding that blind round 20 phrased in ways the rules did not read, on made-up
sentences (no article's names or wording): each test stands for one rule of the extractor
and fails without it."""

from __future__ import annotations

from loaders.articles import Gazetteer
from tests.articles.conftest import funds


def test_investors_sharing_a_round_named_after_the_round(gazetteer: Gazetteer) -> None:
    """ "Den größten Teil steuerte X bei; den Rest teilen sich Y und …" right after a round of
    financing: X and Y invest in the company, neither receives."""
    text = (
        "Die Datenmühle Süd GmbH aus Nirgendheim entwickelt Apps für Bürgerämter. Im Mai "
        "schloss das Unternehmen eine Finanzierungsrunde über zwei Millionen Euro ab. Den "
        "größten Teil, 1,2 Millionen Euro, brachte die Nordlicht Capital GmbH ein; den Rest "
        "teilen sich die Seewind Beteiligungen GmbH und mehrere Privatleute."
    )
    found = funds(text, gazetteer)
    assert ("Nordlicht Capital GmbH", "Datenmühle Süd GmbH") in found
    assert ("Seewind Beteiligungen GmbH", "Datenmühle Süd GmbH") in found


def test_a_sum_set_aside_for_both_bodies_named_before(gazetteer: Gazetteer) -> None:
    """ "Im nächsten Jahr sollen die Städte A und B folgen. Das Ministerium hat für beide je X
    Euro eingeplant": each of the two bodies joined by "und" receives X."""
    text = (
        "Die Stadt Nirgendheim hat das Portal „Amt24“ eingeführt. Nach Nirgendheim sollen "
        "2027 die Stadt Irgendhausen und die Stadt Sonstwo folgen. Das Ministerium für "
        "Digitales des Landes Hessen hat für beide schon jeweils 90.000 Euro vorgesehen."
    )
    found = funds(text, gazetteer)
    minister = "Ministerium für Digitales des Landes Hessen"
    assert (minister, "Stadt Irgendhausen") in found
    assert (minister, "Stadt Sonstwo") in found
    assert (minister, "Stadt Nirgendheim") not in found


def test_two_bodies_named_after_a_plural_of_their_kind(gazetteer: Gazetteer) -> None:
    """ "Als Modellstädte beginnen A und B … Die beiden Städte bekommen jeweils X Euro" (and
    "Beide erhalten je X Euro"): the two named after the plural receive, as "Stadt A" and
    "Stadt B", not places named elsewhere in the text."""
    text = (
        "Das Ministerium für Digitales des Landes Hessen startet das Programm „Amt24“, das "
        "schon in Bayern und Thüringen läuft. Als Modellstädte beginnen Nirgendheim-Ost und "
        "Irgendhausen schon im Mai. Die beiden Städte bekommen vom Ministerium zusätzlich "
        "jeweils 40.000 Euro."
    )
    found = funds(text, gazetteer)
    minister = "Ministerium für Digitales des Landes Hessen"
    assert (minister, "Stadt Nirgendheim-Ost") in found
    assert (minister, "Stadt Irgendhausen") in found
    assert not {f for f in found if f[1] in ("Stadt Bayern", "Stadt Thüringen")}
    again = text.replace("Die beiden Städte bekommen", "Beide erhalten")
    again = again.replace("zusätzlich jeweils", "je")
    found = funds(again, gazetteer)
    assert (minister, "Stadt Nirgendheim-Ost") in found
    assert (minister, "Stadt Irgendhausen") in found


def test_a_body_given_a_grants_notice_in_the_dative_receives(gazetteer: Gazetteer) -> None:
    """ "Dafür schickte Staatssekretär X der Gemeinde einen Förderbescheid über Y Euro": the
    local body named again in the dative before the notice receives, not the work."""
    text = (
        "Die Gemeinde Irgendhausen will mit der App „Dorfpost“ ihre Vereine vernetzen. Das "
        "Ministerium für Digitales des Landes Hessen unterstützt Vorhaben dieser Art. Für "
        "dieses Projekt schickte Staatssekretär Paul Beispiel der Gemeinde im Mai einen "
        "Förderbescheid über 80.000 Euro zu."
    )
    found = funds(text, gazetteer)
    assert ("Ministerium für Digitales des Landes Hessen", "Gemeinde Irgendhausen") in found
    assert ("Ministerium für Digitales des Landes Hessen", "Dorfpost") not in found


def test_a_stake_in_the_company_named_before_is_an_investment(gazetteer: Gazetteer) -> None:
    """ "An dem Unternehmen hat sich die X GmbH mit Y Euro beteiligt": X invests in the
    company named last, no government gives."""
    text = (
        "Das Ministerium für Digitales des Landes Hessen fördert das Portal „Amt24“. Die "
        "Software kommt von der Datenmühle Süd GmbH aus Nirgendheim. An dem jungen "
        "Unternehmen hatte sich 2025 die Nordlicht Capital GmbH mit 300.000 Euro beteiligt."
    )
    found = funds(text, gazetteer)
    assert ("Nordlicht Capital GmbH", "Datenmühle Süd GmbH") in found
    assert not {f for f in found if f[1] == "Nordlicht Capital GmbH"}


def test_a_foundation_after_a_verb_of_paying_is_named_by_its_words(
    gazetteer: Gazetteer,
) -> None:
    """ "Den Eigenanteil von X Euro trägt die Stiftung Y Z, die …": the foundation after the
    verb pays (its words up to the comma), not the giver of the grant told of before."""
    text = (
        "Der Verein Lesewelt Irgendhausen startet das Projekt „Bücherbus digital“. Das "
        "Ministerium für Digitales des Landes Hessen fördert das Projekt mit 90.000 Euro. "
        "Weitere 30.000 Euro übernimmt die Stiftung Kasseler Nachbarschaft, die sonst vor allem "
        "Schulgärten unterstützt."
    )
    found = funds(text, gazetteer)
    assert ("Stiftung Kasseler Nachbarschaft", "Bücherbus digital") in found
    assert ("Ministerium für Digitales des Landes Hessen", "Bücherbus digital") in found
    assert len({f for f in found if f[0].startswith("Ministerium")}) == 1


def test_a_hyphened_bank_opening_the_sentence_is_a_name(gazetteer: Gazetteer) -> None:
    """ "Die Q-Bank hatte das Unternehmen mit einem Kredit über X Euro unterstützt": a short
    name joined to its head by a hyphen names the bank, which gives (no government named
    before does)."""
    text = (
        "Das Ministerium für Digitales des Landes Hessen fördert das Portal „Amt24“ mit "
        "200.000 Euro. Die Software stammt von der Datenmühle Süd GmbH aus Nirgendheim. Die "
        "Q-Bank hatte das Unternehmen 2025 mit einem Gründerkredit über 90.000 Euro "
        "unterstützt."
    )
    found = funds(text, gazetteer)
    assert ("Q-Bank", "Datenmühle Süd GmbH") in found
    assert ("Ministerium für Digitales des Landes Hessen", "Datenmühle Süd GmbH") not in found


def test_the_one_network_formed_is_the_work_its_members_pay_for(gazetteer: Gazetteer) -> None:
    """Bodies that formed a network ("haben sich zum Verbund „X“ zusammengeschlossen") and pay
    a share ("Den Rest teilen sich A und B") pay towards the network, the work the text is
    about when the only initiative named is a programme money comes from."""
    text = (
        "Die Stadt Nirgendheim und die Gemeinde Irgendhausen haben sich zum Verbund "
        "„Amtsnetz Nordhessen“ zusammengeschlossen. Das Ministerium für Digitales des Landes "
        "Hessen gibt 200.000 Euro aus dem Landesprogramm „Starke Heimat“. Den Rest teilen "
        "sich die Stadt und die Gemeinde."
    )
    found = funds(text, gazetteer)
    assert ("Stadt Nirgendheim", "Amtsnetz Nordhessen") in found
    assert ("Gemeinde Irgendhausen", "Amtsnetz Nordhessen") in found
    formed = (
        "Die Landkreise Adorf und Bestadt gründen den Zweckverband „Kreis-IT Mitte“, den der "
        "Zweckverband Kommunale Datenverarbeitung Hessen berät. Das Ministerium für Digitales "
        "des Landes Hessen gibt 500.000 Euro aus dem Programm „Starke Heimat“. Die übrigen "
        "Kosten von 100.000 Euro teilen sich die beiden Landkreise."
    )
    found = funds(formed, gazetteer)
    assert ("Landkreis Adorf", "Kreis-IT Mitte") in found
    assert ("Landkreis Bestadt", "Kreis-IT Mitte") in found


def test_costs_of_courses_told_in_the_passive_fund_who_gives_them(
    gazetteer: Gazetteer,
) -> None:
    """ "Die Beschäftigten werden an der Akademie X geschult. Die Kosten … trägt der Kreis Y":
    the costs fund the body that gives the courses."""
    text = (
        "Der Landkreis Irgendwo führt die App „Kreis mobil“ ein. Rund 90 Beschäftigte "
        "werden ab Mai an der Verwaltungsakademie Nordhessen geschult. Die Kosten von 20.000 "
        "Euro trägt der Landkreis Irgendwo."
    )
    found = funds(text, gazetteer)
    assert ("Landkreis Irgendwo", "Verwaltungsakademie Nordhessen") in found
    assert ("Landkreis Irgendwo", "Kreis mobil") not in found


def test_a_counted_plural_names_the_single_words_listed_before(gazetteer: Gazetteer) -> None:
    """ "Mit dabei sind A, B, C und D … Zusätzlich erhalten die vier Gemeinden je X Euro":
    the four names of the list (one of them a place found elsewhere, the others not found
    as names), as "Gemeinde A" …, each receive, and share a rest as each."""
    text = (
        "Kassel, 3. Mai 2026 - Vier Gemeinden starten das Projekt „Bachwacht“. Mit dabei "
        "sind Kassel, Ahnatal, Fuldabrück und Lohfelden. Zusätzlich erhalten die vier "
        "Gemeinden vom Ministerium für Digitales des Landes Hessen jeweils 10.000 Euro. Der "
        "Landkreis Kassel gibt 5.000 Euro, den Rest teilen sich die Gemeinden nach ihrer Größe."
    )
    found = funds(text, gazetteer)
    minister = "Ministerium für Digitales des Landes Hessen"
    for town in ("Ahnatal", "Fuldabrück", "Lohfelden"):
        assert (minister, f"Gemeinde {town}") in found
        assert (f"Gemeinde {town}", "Bachwacht") in found


def test_a_bank_opening_a_perfect_of_gefoerdert_gives(gazetteer: Gazetteer) -> None:
    """ "Die (ABC) Förderbank X hatte das Unternehmen mit Y Euro gefördert": the body opening
    the sentence before the auxiliary gives (a short name of capitals may stand before its
    name), not the ministry named before."""
    for bank in ("Sparkasse Nirgendheim", "WIBB Förderbank Hessen"):
        text = (
            "Das Ministerium für Digitales des Landes Hessen fördert das Portal „Amt24“ mit "
            "200.000 Euro. Die Software stammt von der Datenmühle Süd GmbH aus Nirgendheim. "
            f"Die {bank} hatte das Unternehmen 2025 mit 60.000 Euro aus ihrem "
            "Gründerprogramm „Start digital“ gefördert."
        )
        found = funds(text, gazetteer)
        givers = {f[0] for f in found if f[1] == "Datenmühle Süd GmbH"}
        assert givers, (bank, found)
        assert all(bank.endswith(g) for g in givers), (bank, found)
