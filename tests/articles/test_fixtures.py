"""Quality on our own short articles (other states than the seeds), scored like the seeds."""

from __future__ import annotations

import datetime as dt

import pytest
import yaml

from loaders.articles import Gazetteer
from loaders.articles.score import Report, annotated, score
from tests.articles.conftest import FIXTURES


@pytest.fixture(scope="module")
def report(gazetteer: Gazetteer) -> Report:
    documents = annotated(FIXTURES, FIXTURES, ".expected.jsonl")
    assert len(documents) == 625  # rounds 1 to 79
    return score(documents, gazetteer)


def test_fixture_dates_come_from_the_metadata_file() -> None:
    meta = yaml.safe_load((FIXTURES / "metadata.yaml").read_text(encoding="utf-8"))
    documents = annotated(FIXTURES, FIXTURES, ".expected.jsonl")
    assert {d.name: d.date for d in documents} == {
        name: dt.date.fromisoformat(entry["date"]) for name, entry in meta.items()
    }


@pytest.mark.parametrize(
    ("cls", "least"),
    [
        # 0.923 with round 19 added, not tuned on; 0.932 with the names of blind round 19
        # (foundations of several words, authorities and ministries named by a place's
        # adjective or a remit, lists after compound plurals, states' and districts' names
        # as places after "in", "im", "aus", "am", "Stadtteil", names said again, a state's
        # adjective before a short name in brackets); 0.926 with round 20 added, not tuned on;
        # 0.9335 with the names of blind round 20 (towns after "Bürgermeister von", "Stadtrat
        # von", foundations by an adjective and a common noun, "Jobcenter X", banks "X-Bank",
        # brands written small before a legal form, a remit's capitalised adjective, a body's
        # state in the genitive or after "in", "Verein X Y" said again as "X Y", "das
        # Abgeordnetenhaus", "Hochschule X/Y"); 0.930 with round 21 added, not tuned on; 0.932
        # with the names of blind round 21 (a short name after the body named with a state's
        # adjective, "die Xische Architektenkammer", "die X School", "die Xer Stadtwerke", "das
        # Amt für X und Y", "im Magistrat", "Ihr Amtskollege aus X, Bürgermeister Y", no
        # "Flächenkreis"); 0.945 with round 22 added and bodies named again by their kind
        # ("der Landkreis", "das Ministerium": loaders/articles/anaphora.py, tuned on), rounds 1
        # to 16 annotated for them as the writers of rounds 17 to 22 did (0.892 without them);
        # 0.9396 with round 24 added, not tuned on; 0.935 with rounds 25 and 26 added; 0.9325
        # with round 27 added; 0.9316 with rounds 28 and 29 added; 0.9304 with round 30; 0.9297
        # with round 31; 0.9290 with round 32; 0.9267 with round 34; 0.9259 with round 35;
        # 0.9243 with round 36; 0.9222 with round 37; 0.9183 with round 38; 0.9189 with round 39
        # 0.9179 with round 41 added (tuned on for names, roles and funding)
        # 0.9168 with round 53 added (not tuned on)
        ("Organisation", 0.916),
        # 0.996 with round 19 added, not tuned on; 0.9967 with persons after a plural of a
        # profession ("von den Informatikern X Y und Z W"); 0.994 with round 21 added; 0.999
        # with the persons of blind round 21 (Rektor, fire service titles, "X, die das Amt Y
        # leitet", a double surname alone)
        # 0.9975 with round 28 added; 0.9966 with round 31; 0.9958 with 33; 0.9943 with 34;
        # 0.9939 with 35
        # 0.9928 with round 41 added (tuned on for names, roles and funding)
        # 0.9906 with round 48 added (not tuned on); 0.9897 with round 49; 0.9876 with 50
        # 0.9859 with round 54 added (not tuned on)
        # 0.9847 with round 59 added (tuned on for roles and funding only)
        # 0.9838 with round 60 added (tuned on for funding only)
        # 0.9829 with round 61 added (not tuned on for persons)
        ("Person", 0.982),
    ],
)
def test_organisations_and_persons_are_found(report: Report, cls: str, least: float) -> None:
    assert report.tally(f"mention:{cls}").f1 >= least


def test_places_and_events_are_found(report: Report) -> None:
    # 0.783 with round 19 added, not tuned on; 0.8015 with the names of blind round 19
    # (states' and districts' names as places after "in", "im", "aus", "am", "Stadtteil");
    # 0.8025 with round 20 added, not tuned on; 0.823 with the places of blind round 20
    # ("im Xtal", "im Xer Westen", "im Xer Wald", no common nouns "in Abendkursen"); 0.819
    # with round 21 added, not tuned on; 0.828 with the places of blind round 21 (buildings
    # after "vom", "ins", "aus dem" with their adjective or a name: "vom Xer Rathaus", "im
    # Roten Rathaus", "ins Nordkolleg X"; "im Magistrat" a body)
    # 0.797 with round 22 added and rounds 1 to 16 annotated for a town's adjective before a
    # noun as the writers of rounds 17 to 22 did (the extractor does not report those: see
    # docs/articles.md, "A town's adjective as a place")
    # 0.782 with rounds 25 and 26 added, not tuned on; 0.779 with round 27 added; 0.769 with
    # rounds 28 to 30; 0.7676 with rounds 31 to 33; 0.7632 with rounds 34 to 37; 0.7617 with
    # round 39; 0.7588 with round 40
    # 0.7558 with round 41 added (tuned on for names, roles and funding)
    # 0.7520 with round 42 added (tuned on for persons, names and funding)
    # 0.7504 with round 44 added (tuned on for funding)
    # 0.809 with a place's -er adjective before a company's name or a body's noun as the place
    # (docs/articles.md, "Places' adjectives and companies' names"), round 45 added
    # 0.8078 with round 48 added (not tuned on)
    assert report.tally("mention:Place").f1 >= 0.807
    # 0.838 with round 19 added, not tuned on; 0.824 with round 21 added, not tuned on; 0.809
    # with round 22 added, not tuned on; 0.843 with an event's kind made one event ("das
    # nächste Zukunftsforum", "bei einer Auftaktkonferenz": anaphora.events_by_kind); 0.820
    # with round 23 added (its events were not tuned on); 0.798 with round 24 added; 0.747
    # with rounds 25 and 26 added (their writers named few events; one of ten found); 0.736
    # with round 27 added; 0.7298 with rounds 28 to 31; 0.715 with round 32 (its writer's
    # hackathon and congresses); 0.7099 with round 36; 0.6975 with round 37; 0.6860 with 38;
    # 0.6821 with 39; 0.6764 with 40
    # 0.6714 with round 41 added (tuned on for names, roles and funding)
    # 0.6636 with round 42 added (tuned on for persons, names and funding)
    # 0.6549 with round 43 added (tuned on for funding and names)
    # 0.6499 with round 44 added (tuned on for funding)
    # 0.6352 with round 45 added (its writer named ten events; none was found blind)
    # 0.6320 with round 46 added (events of round 46 not tuned on)
    # 0.6275 with round 47 added
    # 0.6265 with round 48 added (not tuned on); 0.6260 with round 49
    # 0.6204 with rounds 51 and 52 added (not tuned on, but for three role shapes of 52)
    # 0.6198 with round 53 added (not tuned on)
    # 0.6177 with round 59 added (not tuned on for events)
    # 0.6164 with round 60 added (not tuned on for events)
    # 0.6077 with round 61 added (its writer named eleven events; one was found blind)
    # 0.6047 with rounds 63 to 65 added (written by helpers who read no earlier round)
    # 0.6003 with rounds 66 and 67 added (not tuned on for events)
    # 0.5967 with rounds 68 and 69 added (not tuned on for events)
    # 0.5877 with rounds 70, 71 and 75 added (not tuned on for events)
    # 0.5838 with rounds 72 to 74 added (not tuned on for events)
    # 0.5755 with rounds 76 to 79 added (not tuned on for events)
    assert report.tally("mention:Event").f1 >= 0.575


def test_amount_values_and_qualifiers_are_right(report: Report) -> None:
    amounts = report.tally("amount")
    assert amounts.gold > 0
    # 0.99 (506 of 510) with rounds 17 and 18 added, not tuned on
    # 0.98995 (2,265 of 2,288) with round 54 added (not tuned on)
    assert amounts.exact / amounts.gold >= 0.989


def test_role_facts(report: Report) -> None:
    # 0.917 with round 19 added, not tuned on; 0.9369 with the roles of blind round 19
    # (professors of a university found by its adjectives, a second title in the same body,
    # an Oberbürgermeister's city, no sums as persons, chairs of the body the sentence before
    # names, no investor as a founder's company, no "als Flächenkreis", a senator's remit,
    # course leaders of the Volkshochschule); 0.925 with round 21 added, not tuned on; 0.948
    # with the roles of blind round 21 (Rektor, "X, bisher Y des Z", "X, die das Amt Y
    # leitet", elected past a second title, "Kammerpräsidentin"/"Amtsleiterin" of the body
    # whose name ends so, a company office after a sentence naming it by its noun, founders
    # without an article, a state secretary in the chancellery, fire service titles, "Ihr
    # Amtskollege aus X, Y Z"); 0.944 with round 23 added, not tuned on
    # 0.9399 with rounds 25 to 27 added, not tuned on; 0.934 with round 28 added; 0.932 with
    # round 29; 0.930 with rounds 30 and 31; 0.9296 with round 32; 0.927 with round 33; 0.9228
    # with round 34; 0.9214 with round 35; 0.9184 with round 36; 0.9173 with round 37; 0.9150
    # with round 38; 0.9126 with round 39; 0.9105 with round 40 (its roles tuned on: 0.66 →
    # 0.81 on it)
    # 0.9099 with round 43 added (tuned on for funding and names)
    # 0.9081 with round 44 added (tuned on for funding)
    # 0.9041 with round 45 added (tuned on a little for roles)
    # 0.9006 with round 46 added (tuned on for roles: a Landrat not of a "Kirchenkreis", a
    # Verbandsbürgermeister, "X, die seit … das Y führt", a rubric's region a place)
    # 0.8978 with round 47 added (tuned on a little for roles: "Verbandsgeschäftsführer",
    # "Stadtwahlleiter")
    # 0.8968 with round 48 added (not tuned on); 0.8950 with round 49; 0.8916 with 50
    # 0.8905 with round 53 added (not tuned on)
    # 0.8899 with round 54 added (not tuned on)
    # 0.8870 with rounds 63 to 65 added (tuned on for roles: units, given names, genders)
    # 0.8830 with rounds 70, 71 and 75 added (not tuned on for roles)
    # 0.8799 with rounds 72 to 74 added (not tuned on for roles)
    # 0.8755 with rounds 76 to 79 added (not tuned on for roles)
    assert report.tally("fact:holds_role").f1 >= 0.875


def test_funding_facts(report: Report) -> None:
    # 0.815 with rounds 17 and 18 added, not tuned on (0.857 on rounds 1 to 16 after tuning);
    # 0.823 with a body named again as the object of a verb of funding, 0.826 with money paid
    # out to a body, 0.828 with places of a ranking in the plural and prizes "von jeweils X",
    # 0.8298 with a body named again after a verb of receiving ("Dafür erhält der Kreis"),
    # 0.836 with towns joined to a county in a share ("teilen sich Kreis und Städte"), 0.842
    # with no ministry named "der Stadt X" (a dative: "bewilligte das Ministerium der Stadt X"),
    # 0.844 with a body of any kind right after a verb of paying ("bezahlt der Versorger X");
    # 0.815 with round 19 added, not tuned on; 0.818 with "bezuschusst" and a town in the
    # dative after a verb of giving, 0.822 with a ministry named after a foundation's grant,
    # 0.826 with costs taken on in more shapes ("die Kosten dafür trägt X", "Fahrtkosten"),
    # 0.844 with bodies not found as names opening a sentence of giving and bodies listed after
    # a verb of funding ("fördert A, B und C mit je X Euro"), 0.846 with "Davon" after a round
    # of financing, 0.848 with "Er stellt … bereit" after a county and purpose clauses, 0.851
    # with applications, money flowing on and building blocks of a strategy, 0.852 with
    # "bringen" paying only with "auf"/"ein", 0.856 with a town in the genitive, "spendiert"
    # and names with words before their head (round 19, tuned on: 0.394 → 0.923); 0.836 with
    # round 20 added, not tuned on; 0.841 with a round's investors named by its largest part
    # or its rest and sums "für beide", 0.847 with two bodies named after a plural of their
    # kind ("Als Pilotbezirke starten A und B"), 0.849 with a body in the dative before a
    # grant's notice, 0.850 with a stake in a company ("An dem Start-up hat sich X beteiligt"),
    # 0.852 with a foundation after a verb of paying, 0.853 with "Die X-Bank", 0.862 with the
    # one network formed and courses in the passive, 0.868 with a counted plural naming a list
    # of single words, 0.873 with an association named in quotes, 0.874 with "hatte … gefördert"
    # (round 20, tuned on: 0.568 → 0.979; rounds 1 to 19: 0.855 → 0.865); 0.856 with round 21
    # added, not tuned on; 0.8714 with costs of courses named before the verb, bodies after
    # "vom" without "von", agents of a passive of providing, a giver after the verb in a later
    # clause, a body founded in quotes, a body's budget ("Kreishaushalt"), money flowing into
    # a body named again, counted compounds of Kommunen, states named as members, the owner of
    # a whole (round 21, tuned on: 0.537 → 0.838; rounds 1 to 20 unchanged, 0.873); 0.848
    # with round 22 added, not tuned on; 0.850 with joint administrations of towns and
    # special-purpose associations as recipients (test_funding_round22.py); 0.842 with round
    # 23 added, not tuned on; 0.848 with up to eight bodies counted receiving each ("die sechs
    # Kommunen erhalten jeweils", "der Kreis und die fünf kommunalen Partner erhalten je":
    # test_funding_counted.py, tuned on round 23); 0.851 with a programme's budget told beside
    # the whole it belongs to ("Das Landesprogramm gehört zur „X“ und ist mit … ausgestattet":
    # test_funding_wholes.py, rounds 22 and 23); 0.853 with "Jeder von ihnen erhält …" (each
    # body named in the sentence before); 0.849 with round 24 added (its funding misses tuned
    # on: quoted names found again, "die vier Städte und Gemeinden", the whole before "davon",
    # "Von den Landesmitteln", "den verbleibenden Betrag"); 0.854 with rounds 25 and 26 added
    # and their funding misses tuned on (docs/articles.md, "Funding after blind rounds 24 to 29");
    # 0.853 with round 27 added and its funding misses tuned on; 0.839 with round 28 added
    # (its funding misses tuned on in part: 13 → 28 of 61 found; docs/articles.md); 0.828 with
    # round 29 added (its misses tuned on in part: 19 → 24 of 48 found); 0.818 with round 30
    # added (its misses tuned on in part: 11 → 21 of 48 found); 0.8127 with round 31 added;
    # 0.805 with its misses tuned on in part (24 → 32 of 40 found) and round 32 added; 0.794
    # with round 33 added (26 of its 59 found); 0.7845 with its misses tuned on in part (26 → 42
    # of 59 found) and round 34 added (33 of its 77 found); 0.7808 with round 35 added, its
    # misses tuned on in part (20 → 33 of 44 found); 0.7782 with round 36 added, its misses
    # tuned on in part (28 → 46 of 66 found); 0.7667 with round 37 added, its misses tuned on in
    # part (23 → 30 of 66 found); 0.7566 with round 38 added, its misses tuned on in part
    # (25 → 32 of 69 found); 0.7601 with round 39 added, its misses tuned on (15 → 36 of 53
    # found; ten demands and refusals no longer read as grants); 0.7513 with round 40 added,
    # its misses tuned on in part (22 → 31 of 64 found)
    # 0.7432 with round 41 added (tuned on for names, roles and funding)
    # 0.7345 with round 42 added (tuned on for persons, names and funding)
    # 0.7236 with round 43 added (tuned on for funding and names)
    # 0.7177 with round 44 added (tuned on for funding)
    # 0.7074 with round 45 added (not tuned on for funding)
    # 0.6977 with round 46 added (not tuned on for funding)
    # 0.6950 with round 47 added (not tuned on for funding)
    # 0.6880 with round 48 added (not tuned on)
    # 0.6797 with round 49 added (not tuned on; the rules alone, as every figure here)
    # 0.6756 with round 50 added (not tuned on)
    # 0.6685 with rounds 51 and 52 added (not tuned on, but for three role shapes of 52)
    # 0.6633 with round 53 added (not tuned on)
    # 0.6582 with round 54 added (not tuned on)
    # 0.6535 with round 55 added (tuned on for four role shapes, not for funding)
    # 0.6541 with round 56 added (not tuned on); 0.6581 after round 57's funding shapes
    assert report.tally("fact:funds").f1 >= 0.658


def test_participation_facts(report: Report) -> None:
    # 0.307 with round 19 added, not tuned on;
    # 0.398 with loaders/articles/participants.py and no participation read from
    # "begleitet" (tuned on, 137 articles); 0.389 with round 19's articles as well; 0.390
    # with round 21's; 0.429 with people counted with a verb of attending ("besuchten rund 300
    # Gäste") taking part in the event named before, and a place won (or "den Preis") with no
    # prize named in the sentence: the prize named before (test_relations_round21.py, tuned on);
    # 0.419 with round 23 added, not tuned on; 0.416 (P 0.41 → 0.50) without bodies that build
    # or run the work as participants, which no writer since round 17 annotates (rounds 17 to
    # 23 each gain, rounds 1 to 16 lose); 0.415 (P 0.55) with verbs of taking part only, not
    # the nouns ("für alle Teilnehmer", "57 Bewerbungen", "im Wettbewerb", "Spielplätzen"),
    # rounds 17 to 23 again each the same or better; 0.4095 with round 40
    # 0.4038 with round 41 added (tuned on for names, roles and funding)
    # 0.3959 with round 42 added (tuned on for persons, names and funding)
    # 0.3895 with round 43 added (tuned on for funding and names)
    # 0.3798 with round 44 added (tuned on for funding)
    # 0.3742 with round 45 added
    # 0.3665 with round 46 added
    # 0.3621 with round 47 added
    # 0.3598 with round 49 added (not tuned on); 0.3533 with round 50
    # 0.3510 with rounds 51 and 52 added (not tuned on, but for three role shapes of 52)
    # 0.3495 with round 57 added (tuned on for funding only)
    # 0.3456 with round 58 added (tuned on for funding and roles only)
    # 0.3413 with round 59 added (tuned on for roles and funding only)
    # 0.3372 with round 60 added (tuned on for funding only)
    # 0.3349 with round 61 added (not tuned on for participants)
    # 0.3328 with rounds 70, 71 and 75 added (not tuned on for participants)
    # 0.3290 with rounds 72 to 74 added (not tuned on for participants)
    # 0.3257 with rounds 76 to 79 added (not tuned on for participants)
    assert report.tally("fact:participates_in").f1 >= 0.325


def test_organiser_facts(report: Report) -> None:
    # 0.191 with round 19 added, not tuned on;
    # 0.537 with the readers of loaders/articles/organisers.py (tuned on); 0.516 with round 21
    # added, not tuned on; 0.569 with a winner's own work ("für ihre App „Y“"), "Mit dem
    # Projekt „Y“ will X", a programme's owner in a relative clause, "das Angebot" named again,
    # "Eingeladen hatten A und B" and a council's strategy (test_relations_round21.py, tuned on)
    # 0.575 with the verbs of hosting read at a sentence's start too ("Getragen wird …": their
    # cheap test was case-sensitive) and "koordiniert", "das Projekt" as the work
    # 0.552 with round 24 added, not tuned on; 0.526 with rounds 25 and 26 added; 0.511 with
    # round 27 added; 0.5098 with rounds 28 and 29; 0.508 with round 30; 0.5054 with round 36;
    # 0.4981 with round 37; 0.4957 with round 38; 0.4937 with round 39
    # 0.4929 with round 44 added (tuned on for funding)
    # 0.4915 with round 47 added
    # 0.4893 with round 48 added (not tuned on); 0.4881 with round 49; 0.4866 with 50
    # 0.4828 with rounds 51 and 52 added (not tuned on, but for three role shapes of 52)
    # 0.4817 with round 53 added (not tuned on)
    # 0.4796 with rounds 56 and 57 added (57 tuned on for funding only)
    # 0.4743 with rounds 70, 71 and 75 added (not tuned on for organisers)
    # 0.4670 with rounds 72 to 74 added (not tuned on for organisers)
    # 0.4608 with rounds 76 to 79 added (not tuned on for organisers)
    assert report.tally("fact:organises").f1 >= 0.460


def test_cooperation_facts(report: Report) -> None:
    # 0.24 before loaders/articles/cooperation.py and a scorer reading it both ways round;
    # 0.487 with them (tuned on, 137 articles); 0.478 with round 19's as well; 0.474 with
    # round 21's; 0.504 with "Technischer Partner ist X" and a company's head noun or a pronoun
    # before "mit" (test_relations_round21.py, tuned on); 0.476 with round 22 added, not tuned
    # on; 0.466 with round 23 added, not tuned on; 0.487 (P 0.64 → 0.73, the same hits) with
    # no cooperation among the bodies a sentence makes members of one body it founds
    # 0.467 with rounds 25 and 26 added, not tuned on; 0.454 with round 27 added; 0.449 with
    # the towns listed after "Mitgliedsstädte" found (six more pairs proposed, none annotated;
    # organisations, member_of and organises each gain)
    # 0.445 with round 28 added
    # 0.4440 with round 48 added (not tuned on); 0.4423 with round 49
    assert report.tally("fact:cooperates_with").f1 >= 0.442


def test_part_of_facts(report: Report) -> None:
    # 0.10 before loaders/articles/parts.py; 0.41 with it (tuned on, 137 articles); 0.407
    # with round 19's as well; 0.400 with round 20 added, not tuned on; 0.383 with round 21;
    # 0.429 with "Das Geld stammt aus dem Programm", any head noun or "Es" before "ist Teil
    # der", "X, das zum Y gehört", "Y, zu der das X gehört" (test_relations_round21.py); 0.448
    # with a whole named without quotes ("ist Teil der Modernisierungsagenda des Bundes"),
    # 0.455 in a sentence that names nothing else too
    # 0.4489 with round 50 added (not tuned on)
    # 0.4417 with rounds 51 and 52 added (not tuned on, but for three role shapes of 52)
    # 0.4366 with round 53 added (not tuned on)
    assert report.tally("fact:part_of").f1 >= 0.436


def test_supporter_facts(report: Report) -> None:
    # 0.14 before loaders/articles/supporters.py; 0.39 with it (tuned on, 137 articles);
    # 0.376 with round 19's as well; 0.360 with round 20 added, not tuned on; 0.345 with
    # round 21 added; 0.435 with praise and evaluating ("lobte", "wertet … aus",
    # "technisch umgesetzt von"), money only in the verb's clause, and what "die Gründung",
    # "den Kongress", "das Vorhaben" (after a programme) refer to, and what lies between an
    # auxiliary and its verb ("hat die Gründung begleitet"; test_relations_round21.py); 0.410
    # with round 22 added, not tuned on
    # 0.419 with councils ("Kreiselternbeirat X") and middle authorities ("Bezirksregierung
    # Y") read as bodies (test_names_heads.py)
    # 0.394 with rounds 25 and 26 added, not tuned on; 0.380 with round 27 added; 0.363 with
    # round 28 added; 0.349 with round 29; 0.335 with round 30; 0.321 with round 31 (none of
    # its 32 found); 0.309 with round 32; 0.2998 with round 33; 0.2935 with round 34; 0.2910
    # with round 35; 0.2844 with round 36; 0.2802 with round 37; 0.2762 with round 38; 0.2756
    # with round 39; 0.2742 with round 40; 0.2739 with round 41's names (one supporter more
    # predicted)
    # 0.2695 with round 41 added (tuned on for names, roles and funding)
    # 0.2662 with round 43 added (tuned on for funding and names)
    # 0.2640 with round 44 added (tuned on for funding)
    # 0.2596 with round 45 added
    # 0.2588 with round 46 added
    # 0.2568 with round 48 added (not tuned on); 0.2546 with round 49; 0.2498 with 50
    # 0.2478 with rounds 51 and 52 added (not tuned on, but for three role shapes of 52)
    # 0.2469 with round 53 added (not tuned on)
    # 0.2447 with round 54 added (not tuned on)
    # 0.2410 with round 55 added (not tuned on for supporters)
    # 0.2387 with round 56 added (not tuned on)
    assert report.tally("fact:supports").f1 >= 0.238


def test_member_facts(report: Report) -> None:
    # 0.06 before loaders/articles/members.py; 0.51 with it (tuned on); 0.486 with round 20
    # added, not tuned on; 0.464 with round 21 added; 0.632 with clauses of members after a
    # seat or apposition, "deren Gesellschafter … sind", bodies named again ("Beide Ämter"
    # too), founders and "hat sich dem Y angeschlossen" (test_relations_round21.py, tuned on);
    # 0.586 with round 22 added, not tuned on; 0.618 with members named together ("alle fünf
    # Partner", "der Kreis und alle beteiligten Kommunen": the local bodies named before) and
    # "Mitglied bei", "in dem … Mitglied sind" (test_members_collective.py, tuned on rounds 22
    # and 23); 0.645 with round 23 added; 0.663 with "… und damit den „X“ gegründet"; 0.657
    # with round 24 added, not tuned on; 0.646 with rounds 25 and 26 added; 0.632 with round 27;
    # 0.621 with round 28; 0.610 with rounds 29 to 34; 0.608 with round 35
    # 0.6074 with round 44 added (tuned on for funding)
    # 0.5974 with round 46 added
    # 0.5953 with round 47 added
    # 0.5909 with rounds 51 and 52 added (not tuned on, but for three role shapes of 52)
    # 0.5855 with round 56 added (not tuned on)
    # 0.5789 with round 57 added (tuned on for funding only)
    # 0.5751 with round 58 added (tuned on for funding and roles only)
    # 0.5708 with round 59 added (tuned on for roles and funding only)
    # 0.5683 with rounds 60 and 61 added (not tuned on for members)
    # 0.5648 with rounds 63 to 65 added (not tuned on for members)
    # 0.5618 with rounds 66 to 69 added (not tuned on for members)
    # 0.5543 with rounds 70, 71 and 75 added (not tuned on for members)
    # 0.5464 with rounds 72 to 74 added (not tuned on for members)
    # 0.5450 with rounds 76 to 79 added (not tuned on for members)
    assert report.tally("fact:member_of").f1 >= 0.544


def test_trainer_facts(report: Report) -> None:
    # 0.07 before loaders/articles/trainers.py; 0.27 with it (tuned on; annotators name the
    # trained people, their course or the article's initiative as the object); 0.298 with
    # round 20 added; 0.317 with compounds of courses ("Qualifizierungskurse") and every
    # provider of the clause read (no workshop is a training); 0.335 with more nouns of
    # people counted ("Amtsleiterinnen", "Verordnete", "Paten") and people trained named
    # without a count ("Die Leiterinnen und Leiter … werden geschult"; test_trainers_people.py;
    # rounds 17 to 23, whose writers name only people as the trained: 18 → 26 facts found)
    assert report.tally("fact:trains").f1 >= 0.33


def test_located_facts(report: Report) -> None:
    # 0.24 before the readers of loaders/articles/located.py; 0.70 with them (tuned on); 0.675
    # with rounds 24 to 27 added, not tuned on; 0.661 with round 28 added; 0.648 with round 29;
    # 0.636 with round 30; 0.6325 with round 31; 0.626 with rounds 32 and 33; 0.6227 with 34;
    # 0.6138 with 35; 0.6127 with 36 to 38
    # 0.6017 with round 41 added (tuned on for names, roles and funding)
    # 0.5967 with round 42 added (tuned on for persons, names and funding)
    # 0.5930 with round 43 added (tuned on for funding and names)
    assert report.tally("fact:located_in").f1 >= 0.592


def test_counts_and_dates(report: Report) -> None:
    # 0.8996 with round 61 added (64 counts, 39 of them found blind; not tuned on for counts)
    assert report.tally("count").f1 >= 0.899
    # 0.813 with round 19 added, not tuned on; 0.814 with round 21 added; 0.955 with weekdays,
    # seasons, the year's end and bare years read, and months read by the tense of their
    # sentence (tests/articles/test_dates.py); 0.948 with rounds 25 and 26 added
    assert report.tally("date").f1 >= 0.94
