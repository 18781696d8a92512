"""Shapes of funding blind round 45 phrased in ways the rules did not read, on made-up
sentences (no article's names or wording): each test stands for one rule of the extractor and
fails without it."""

from __future__ import annotations

from loaders.articles import Gazetteer
from tests.articles.conftest import funds

OPENING = (
    "Der Landkreis Altenkirchen startet das Projekt „Amt nah“. Das Land Rheinland-Pfalz gibt "
    "dafür 500.000 Euro. "
)


def test_a_share_paid_with_a_bank_s_loan_is_lent_by_the_bank(gazetteer: Gazetteer) -> None:
    for said in (
        "Den Rest finanziert der Kreis über einen Kredit der Sparkasse Westerwald über "
        "270.000 Euro.",
        "Den Rest finanziert der Kreis durch ein Darlehen der Sparkasse Westerwald über "
        "270.000 Euro.",
    ):
        found = funds(OPENING + said, gazetteer)
        assert ("Sparkasse Westerwald", "Landkreis Altenkirchen") in found, said
        assert ("Sparkasse Westerwald", "Amt nah") not in found, said
        assert ("Landkreis Altenkirchen", "Amt nah") in found, said  # its own share


ASSOCIATION = (
    "Der Gemeindetag Nordland startet das Portal „Amtsbrett Nord“. Die Staatskanzlei Nordland "
    "fördert es mit 500.000 Euro. Die Schulungen übernimmt die Landakademie Nordland. "
)


def test_a_body_named_by_its_kind_after_a_verb_of_paying_pays(gazetteer: Gazetteer) -> None:
    text = ASSOCIATION + "Weitere 60.000 Euro schießt der Verband aus seinen Rücklagen zu."
    found = funds(text, gazetteer)
    assert ("Gemeindetag Nordland", "Amtsbrett Nord") in found
    assert len([f for f in found if f[0] == "Staatskanzlei Nordland"]) == 1  # its grant only


def test_a_body_paid_in_the_dative_of_a_relative_clause(gazetteer: Gazetteer) -> None:
    for said, payer in (
        (
            "Die Kosten übernimmt die Sparkassenstiftung Nordheide, die der Akademie dafür "
            "8.500 Euro überweist.",
            "Sparkassenstiftung Nordheide",
        ),
        (
            "Möglich wird das durch eine Förderung der Staatskanzlei Nordland, die dem "
            "Gemeindetag 90.000 Euro aus dem Topf „Digitales Dorf“ bewilligt hat.",
            "Staatskanzlei Nordland",
        ),
    ):
        receiver = "Landakademie Nordland" if "Akademie" in said else "Gemeindetag Nordland"
        assert (payer, receiver) in funds(ASSOCIATION + said, gazetteer), said


INTERVIEW = (
    "Eifel-Echo | Interview | 3. März 2026\n\n"
    "„Wir wollen schneller werden“\n\n"
    "Der Landkreis Vulkaneifel stellt seine Zulassungsstelle auf Online-Anträge um. Darüber "
    "sprachen wir mit Landrat Jonas Vollmer-Asante.\n\n"
    "Frage: Herr Vollmer-Asante, wer bezahlt das?\n\n"
    "Vollmer-Asante: Das Ministerium des Innern und für Sport Rheinland-Pfalz fördert das "
    "Projekt „Zulassung digital“ mit 210.000 Euro. Und die Bürgerstiftung Daun hat uns 9.000 "
    "Euro für zwei Terminals im Kreishaus gespendet.\n\n"
    "Frage: Und wann geht es los?\n\n"
    "Vollmer-Asante: Im Mai.\n"
)


def test_a_gift_to_us_in_an_interview_goes_to_the_body_of_the_one_who_answers(
    gazetteer: Gazetteer,
) -> None:
    assert ("Bürgerstiftung Daun", "Landkreis Vulkaneifel") in funds(INTERVIEW, gazetteer)
