"""What the held-out rounds 70 to 75 showed missing (made-up sentences): a ministry or body
named before, then by its kind with "für" and an article ("das Ministerium für den Atlas"):
no new name, and its money comes from the body named before; "die Stadt" of an article
about a town named only as a place; money that flows "nach" a town; "Er" after a colon
that closes a clause naming a body (round 75); own shares of pilot towns granted money
(rounds 72 to 74); "und der" ends a Zweckverband's name; "die beiden Zweckverbände tragen
jeweils …" (round 78); no building after "im" in a body's name (round 79)."""

from __future__ import annotations

from loaders.articles import Gazetteer
from tests.articles.conftest import funds, named


def test_a_ministry_for_an_article_and_noun_is_the_ministry_named_before(
    gazetteer: Gazetteer,
) -> None:
    text = (
        "Meldung\n\nDas Ministerium für Digitales und Verkehr des Landes Adorf startet den "
        "Atlas Kommune. Bis Ende 2030 stellt das Ministerium für den Atlas insgesamt "
        "18 Millionen Euro bereit.\n"
    )
    bodies = {label for _, label in named(text, gazetteer, "Organisation")}
    assert not any("für den Atlas" in label for label in bodies)
    payers = {payer for payer, _ in funds(text, gazetteer)}
    assert payers == {"Ministerium für Digitales und Verkehr des Landes Adorf"}


def test_a_portfolio_still_opens_with_an_adjective(gazetteer: Gazetteer) -> None:
    text = "Meldung\n\nDas Ministerium für ländliche Räume und Umwelt lädt ein.\n"
    bodies = {label for _, label in named(text, gazetteer, "Organisation")}
    assert "Ministerium für ländliche Räume und Umwelt" in bodies


def test_a_body_named_before_and_again_for_what_it_does(gazetteer: Gazetteer) -> None:
    text = (
        "Meldung\n\nDer Zweckverband Personalservice Adorf rechnet für zwölf Gemeinden ab. "
        "Das Ministerium des Innern hat dem Zweckverband für den Aufbau bis zu "
        "320.000 Euro bewilligt.\n"
    )
    bodies = {label for _, label in named(text, gazetteer, "Organisation")}
    assert not any("für den Aufbau" in label for label in bodies)
    # a body with a remit of its own, named for the first time, stays a name
    first = "Meldung\n\nDas Zentrum für den ländlichen Raum in Adorf lädt ein.\n"
    assert "Zentrum für den ländlichen Raum" in {
        label for _, label in named(first, gazetteer, "Organisation")
    }


def test_the_town_of_an_article_is_die_stadt(gazetteer: Gazetteer) -> None:
    text = (
        "Aus dem Rathaus Bergheim\n\nIn Bergheim sollen Bauplätze online vergeben werden. "
        "Eine Firma aus Celle baut das Portal. Die Stadt zahlt dafür 20.000 Euro.\n"
    )
    labels = {label for surface, label in named(text, gazetteer, "Organisation")}
    assert "Stadt Bergheim" in labels


def test_money_that_flows_nach_a_town_goes_to_the_town(gazetteer: Gazetteer) -> None:
    text = (
        "Bericht\n\nDie Stadt Oschatz hat das Projekt „Vereinsportal Oschatz“ gestartet. "
        "Das Geld für die Entwicklung kam zum größten Teil vom "
        "Sächsischen Staatsministerium des Innern: 64.000 Euro flossen aus dem Programm "
        "„Kommune vernetzt“ nach Oschatz.\n"
    )
    assert {to for payer, to in funds(text, gazetteer) if "Staatsministerium" in payer} == {
        "Stadt Oschatz"
    }


def test_er_after_a_colon_is_the_body_named_before_it(gazetteer: Gazetteer) -> None:
    text = (
        "Bericht\n\nDie Staatskanzlei Schleswig-Holstein fördert das Projekt mit 40.000 Euro. "
        "Dazu kommt der Kreis Schleswig-Flensburg: Er hat den beiden Pilotgemeinden Erfde und "
        "Bergenhusen jeweils 2.500 Euro für Tablets bewilligt.\n"
    )
    given = funds(text, gazetteer)
    assert ("Kreis Schleswig-Flensburg", "Gemeinde Erfde") in given
    assert ("Kreis Schleswig-Flensburg", "Gemeinde Bergenhusen") in given
    assert not any(to == "Gemeinde Erfde" for payer, to in given if payer.startswith("Staats"))


def test_pilot_towns_granted_money_pay_their_own_shares(gazetteer: Gazetteer) -> None:
    text = (
        "Meldung\n\nDas Ministerium für Digitales des Landes Adorf fördert das Projekt "
        "„Akte digital“. Die Stadt Bergheim und die Stadt Celle erhalten dafür je "
        "80.000 Euro. Die beiden Pilotstädte müssen einen Eigenanteil von jeweils "
        "mindestens 25.000 Euro aufbringen.\n"
    )
    given = funds(text, gazetteer)
    assert ("Stadt Bergheim", "Akte digital") in given
    assert ("Stadt Celle", "Akte digital") in given
    # three pilot towns counted, two granted: no guess
    three = text.replace("Die beiden Pilotstädte", "Die drei Pilotstädte")
    assert not any(payer.startswith("Stadt") for payer, _ in funds(three, gazetteer))


def test_und_der_ends_a_special_purpose_association_s_name(gazetteer: Gazetteer) -> None:
    text = (
        "Meldung\n\nDer Zweckverband Wasserversorgung Adorf baut das Portal „Leitungsblick“. "
        "Den übrigen Teil der Kosten teilen sich der Zweckverband und der Netzbetreiber.\n"
    )
    bodies = {label for _, label in named(text, gazetteer, "Organisation")}
    assert not any("Netzbetreiber" in label for label in bodies)
    assert ("Zweckverband Wasserversorgung Adorf", "Leitungsblick") in funds(text, gazetteer)


def test_special_purpose_associations_counted_pay_each(gazetteer: Gazetteer) -> None:
    text = (
        "Meldung\n\nDer Landkreis Roth baut mit dem Zweckverband Rednitzgrund und dem "
        "Zweckverband Thalachgruppe das Portal „Netzblick Roth“. Von den übrigen Kosten "
        "übernimmt der Landkreis 400.000 Euro; die beiden Zweckverbände tragen jeweils "
        "mindestens 75.000 Euro.\n"
    )
    given = funds(text, gazetteer)
    assert ("Zweckverband Rednitzgrund", "Netzblick Roth") in given
    assert ("Zweckverband Thalachgruppe", "Netzblick Roth") in given


def test_a_building_after_im_is_no_part_of_a_body_s_name(gazetteer: Gazetteer) -> None:
    text = (
        "Meldung\n\nAm Mittwochabend hat das Bezirksamt Hamburg-Mitte im Bürgerhaus "
        "Wilhelmsburg die Gewinner ausgezeichnet. Die Stadt Freiburg im Breisgau lädt ein.\n"
    )
    bodies = {label for _, label in named(text, gazetteer, "Organisation")}
    assert "Bezirksamt Hamburg-Mitte" in bodies
    assert "Stadt Freiburg im Breisgau" in bodies
