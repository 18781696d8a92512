"""Relations read after blind round 21 (``member_of``, ``supports``, ``part_of``,
``organises``): made-up sentences, each failing without its rule."""

from __future__ import annotations

import pytest

from loaders.articles import Gazetteer
from tests.articles.conftest import pairs


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a number with a dot in the clause of members
            "Der Städte- und Gemeindebund Nordland, dem rund 1.200 Gemeinden angehören, lobt das.",
            {("Gemeinden", "Städte- und Gemeindebund Nordland")},
        ),
        (  # the seat between the body and its clause of members
            "Betrieben wird es vom Zweckverband Heide-IT in Celle, dem die Stadt Uelzen als "
            "Mitglied angehört.",
            {("Stadt Uelzen", "Zweckverband Heide-IT")},
        ),
        (  # an apposition between the body and its clause of members
            "Die Technik kommt vom Zweckverband Heide-IT, einem Verband mit Sitz in Celle, dem "
            "die Stadt Uelzen und der Landkreis Harburg angehören.",
            {
                ("Stadt Uelzen", "Zweckverband Heide-IT"),
                ("Landkreis Harburg", "Zweckverband Heide-IT"),
            },
        ),
        (  # "dessen Mitglieder … sind"
            "Die Server stellt die Kommunale Datenzentrale Nord GmbH, deren Gesellschafter die "
            "Stadt Uelzen und der Landkreis Harburg sind.",
            {
                ("Stadt Uelzen", "Kommunale Datenzentrale Nord GmbH"),
                ("Landkreis Harburg", "Kommunale Datenzentrale Nord GmbH"),
            },
        ),
        (  # "in dem … vertreten sind"
            "Der Kommunale Spitzenverband Nordland, in dem alle 30 Gemeinden vertreten sind, war "
            "dafür.",
            {("Gemeinden", "Kommunale Spitzenverband Nordland")},
        ),
        (  # a body named again by its head noun in the clause of members
            "Die Stadt Uelzen nutzt die Software. Den Betrieb übernimmt der Zweckverband "
            "Heide-IT, dem die Stadt seit 2019 angehört.",
            {("Stadt Uelzen", "Zweckverband Heide-IT")},
        ),
        (  # the body named again opens the sentence before its clause of members
            "Der Städte- und Gemeindebund Nordland lobt den Plan. Der Verband, dem alle 300 "
            "Gemeinden des Landes angehören, will ihn anderen vorstellen.",
            {("Gemeinden", "Städte- und Gemeindebund Nordland")},
        ),
        (  # "Der Verband vertritt …": the body named again
            "Der Städte- und Gemeindebund Nordland lobt den Plan. Der Verband vertritt 300 "
            "Gemeinden.",
            {("Gemeinden", "Städte- und Gemeindebund Nordland")},
        ),
        (  # the founders of a body
            "Die Stadt Uelzen und der Landkreis Harburg haben am Montag den Zweckverband "
            "„Heide-IT“ gegründet.",
            {("Stadt Uelzen", "Heide-IT"), ("Landkreis Harburg", "Heide-IT")},
        ),
        (  # a company named again; the kind of body before its name
            "Die Musterdaten GmbH baut Sensoren. Das Unternehmen ist seit dem vergangenen Jahr "
            "Mitglied im Netzwerk „Digitale Küste“.",
            {("Musterdaten GmbH", "Digitale Küste")},
        ),
        (  # "haben sich dem Y angeschlossen", what is counted
            "Seit 2020 haben sich mehr als 40 Kommunen dem Netzwerk „Digitale Küste“ "
            "angeschlossen.",
            {("Kommunen", "Digitale Küste")},
        ),
    ],
)
def test_members(text: str, expected: set[tuple[str, str]], gazetteer: Gazetteer) -> None:
    assert expected <= pairs(text, gazetteer, "member_of")


_PROJECT = "Die Gemeinde Aheim startet das Projekt „Dorfnetz“. "


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # praise
            _PROJECT + "Der Städte- und Gemeindebund Nordland lobte das Projekt.",
            {("Städte- und Gemeindebund Nordland", "Dorfnetz")},
        ),
        (  # money named in another clause of the sentence
            _PROJECT + "Der Städte- und Gemeindebund Nordland begrüßte das Vorhaben, mahnte aber "
            "eine dauerhafte Finanzierung an.",
            {("Städte- und Gemeindebund Nordland", "Dorfnetz")},
        ),
        (  # evaluating
            _PROJECT + "Die Hochschule Nordland wertet die Daten wissenschaftlich aus.",
            {("Hochschule Nordland", "Dorfnetz")},
        ),
        (  # a participle first, the doer after its auxiliary
            _PROJECT + "Ausgewertet hat die Antworten die Hochschule Nordland.",
            {("Hochschule Nordland", "Dorfnetz")},
        ),
        (  # "technisch umgesetzt … von"
            _PROJECT + "Technisch umgesetzt wird das Vorhaben vom Zweckverband Heide-IT.",
            {("Zweckverband Heide-IT", "Dorfnetz")},
        ),
        (  # the article's first initiative is a programme: the work named after it
            "Das Land Nordland startet das Förderprogramm „Digitale Dörfer“. Die Gemeinde Aheim "
            "baut damit die App „Dorfnetz“. Der Städte- und Gemeindebund Nordland unterstützt "
            "das Vorhaben.",
            {("Städte- und Gemeindebund Nordland", "Dorfnetz")},
        ),
        (  # "die Gründung": the body founded
            _PROJECT + "Die Stadt Uelzen und der Landkreis Harburg gründen dafür den "
            "Zweckverband „Heide-IT“. Der Städte- und Gemeindebund Nordland begrüßte die Gründung.",
            {("Städte- und Gemeindebund Nordland", "Heide-IT")},
        ),
        (  # "den Kongress": the event named before
            _PROJECT + "Vorgestellt wird es auf dem Kongress „Digitaltag Nordland 2026“ in Celle. "
            "Der Städte- und Gemeindebund Nordland unterstützt den Kongress.",
            {("Städte- und Gemeindebund Nordland", "Digitaltag Nordland 2026")},
        ),
        (  # an auxiliary before the verb: what is supported lies between them
            "Die Stadt Uelzen und der Landkreis Harburg gründen den Zweckverband „Heide-IT“. Die "
            "Server liefert die Netzwerkhaus Nord GmbH. Der Städte- und Gemeindebund Nordland hat "
            "die Gründung begleitet und sieht im Landkreis Harburg ein Vorbild.",
            {("Städte- und Gemeindebund Nordland", "Heide-IT")},
        ),
    ],
)
def test_supporters(text: str, expected: set[tuple[str, str]], gazetteer: Gazetteer) -> None:
    assert expected <= pairs(text, gazetteer, "supports")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # money out of a programme, "Das Geld stammt aus …"
            _PROJECT + "Das Geld stammt aus dem Landesprogramm „Digitale Dörfer“.",
            {("Dorfnetz", "Digitale Dörfer")},
        ),
        (  # an event named again by its head noun before "ist Teil der"
            "In Aheim findet der „Datenhack Aheim“ statt. Der Hackathon ist Teil der Strategie "
            "„Aheim digital“.",
            {("Datenhack Aheim", "Aheim digital")},
        ),
        (  # a pronoun before "ist Teil der"
            _PROJECT + "Es ist Teil der Strategie „Aheim digital“.",
            {("Dorfnetz", "Aheim digital")},
        ),
        (  # "X, das zum Y gehört"
            "Die Gemeinde Aheim erhält Geld aus dem Förderprogramm „Digitale Dörfer“, das zur "
            "Strategie „Nordland digital“ gehört.",
            {("Digitale Dörfer", "Nordland digital")},
        ),
        (  # "Y …, zu der das <head> gehört": the part named again
            _PROJECT + "Der Rat hatte die Strategie „Aheim digital“ beschlossen, zu der das "
            "Projekt gehört.",
            {("Dorfnetz", "Aheim digital")},
        ),
    ],
)
def test_parts(text: str, expected: set[tuple[str, str]], gazetteer: Gazetteer) -> None:
    assert expected <= pairs(text, gazetteer, "part_of")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a work named as a winner's own
            "Den ersten Preis erhielt die Gemeinde Aheim für ihre App „Dorfnetz“.",
            {("Gemeinde Aheim", "Dorfnetz")},
        ),
        (  # "für ihr gemeinsames …": every body before
            "Das Amt Aheim und das Amt Beheim bekommen je 50.000 Euro für ihre gemeinsame App "
            "„Dorfnetz“.",
            {("Amt Aheim", "Dorfnetz"), ("Amt Beheim", "Dorfnetz")},
        ),
        (  # a work opening the sentence before its body's will
            "Mit dem Projekt „Dorfnetz“ will der Landkreis Harburg die Dörfer vernetzen.",
            {("Landkreis Harburg", "Dorfnetz")},
        ),
        (  # a programme's owner named again in a relative clause
            "Das Ministerium für Digitales lobt die Gemeinden. Das Geld stammt aus dem "
            "Landesprogramm „Digitale Dörfer“, das das Ministerium seit 2025 auflegt.",
            {("Ministerium für Digitales", "Digitale Dörfer")},
        ),
        (  # "das Angebot" named again, hosts joined by "gemeinsam mit"
            _PROJECT + "Getragen wird das Angebot vom Landkreis Harburg gemeinsam mit der Stadt "
            "Uelzen.",
            {("Landkreis Harburg", "Dorfnetz"), ("Stadt Uelzen", "Dorfnetz")},
        ),
        (  # a participle of hosting opening the sentence: the event named before
            "Der „Digitaltag Nordland 2026“ fand in Celle statt. Eingeladen hatten der Landkreis "
            "Harburg und der Städte- und Gemeindebund Nordland.",
            {
                ("Landkreis Harburg", "Digitaltag Nordland 2026"),
                ("Städte- und Gemeindebund Nordland", "Digitaltag Nordland 2026"),
            },
        ),
        (  # a council adopting a strategy: its body runs it
            "Der Kreistag des Landkreises Harburg hat am Montag die Digitalstrategie „Harburg "
            "vernetzt 2030“ beschlossen.",
            {("Landkreis Harburg", "Harburg vernetzt 2030")},
        ),
        (  # the body a council's name tells
            "Die Verbandsgemeinde Aheim digitalisiert ihre Verwaltung. Der Verbandsgemeinderat "
            "Aheim hat am Dienstag die Digitalstrategie „Aheim digital 2030“ beschlossen.",
            {("Verbandsgemeinde Aheim", "Aheim digital 2030")},
        ),
    ],
)
def test_organisers(text: str, expected: set[tuple[str, str]], gazetteer: Gazetteer) -> None:
    assert expected <= pairs(text, gazetteer, "organises")


def test_a_body_before_is_part_of_is_no_head_noun(gazetteer: Gazetteer) -> None:
    """ "Der Landkreis X ist Teil der Strategie Y": no initiative named before is the part."""
    text = _PROJECT + "Der Landkreis Harburg ist Teil der Digitalstrategie „Nordland 2030“."
    assert ("Dorfnetz", "Nordland 2030") not in pairs(text, gazetteer, "part_of")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # "Technischer Partner ist X": the body the article is about works with X
            "Die Stadt Uelzen baut ein Portal. Technischer Partner ist die Musterdaten GmbH.",
            {("Stadt Uelzen", "Musterdaten GmbH")},
        ),
        (  # a company named again by its head noun
            "Die Musterdaten GmbH baut Sensoren. Das Start-up arbeitet dafür mit der Hochschule "
            "Nordland zusammen.",
            {("Musterdaten GmbH", "Hochschule Nordland")},
        ),
        (  # a pronoun opening the sentence
            "Die Stadt Uelzen baut ein Portal. Sie betreibt es zusammen mit der Gemeinde Wietze.",
            {("Stadt Uelzen", "Gemeinde Wietze")},
        ),
    ],
)
def test_cooperation(text: str, expected: set[tuple[str, str]], gazetteer: Gazetteer) -> None:
    assert expected <= pairs(text, gazetteer, "cooperates_with")


@pytest.mark.parametrize(
    "text",
    [
        "Der „Digitaltag Nordland 2026“ fand in Celle statt. Die Tagung besuchten rund 300 "
        "Gäste aus Verwaltung und Politik.",
        "Die Stadt Uelzen baut das Portal „Dorfnetz“. Auf dem „Digitaltag Nordland 2026“ in Celle "
        "wurde es vorgestellt. Rund 300 Gäste informierten sich dort über das Portal.",
    ],
)
def test_counted_people_attend_the_event_named_before(text: str, gazetteer: Gazetteer) -> None:
    assert ("Gäste", "Digitaltag Nordland 2026") in pairs(text, gazetteer, "participates_in")


def test_a_winner_wins_the_prize_named_before(gazetteer: Gazetteer) -> None:
    """A place won with no prize named in the sentence: the prize named last before, not the
    article's first initiative."""
    text = (
        _PROJECT + "Es nahm am Wettbewerb „Digitale Dörfer Nordland“ teil. Platz zwei ging an "
        "die Gemeinde Wietze."
    )
    assert ("Gemeinde Wietze", "Digitale Dörfer Nordland") in pairs(
        text, gazetteer, "participates_in"
    )


def test_a_prize_named_again_is_the_one_named_before(gazetteer: Gazetteer) -> None:
    text = (
        _PROJECT + "Es nahm am Wettbewerb „Digitale Dörfer Nordland“ teil. Um den Preis hatten "
        "sich 33 Kommunen beworben."
    )
    assert ("Kommunen", "Digitale Dörfer Nordland") in pairs(text, gazetteer, "participates_in")


@pytest.mark.parametrize(
    "text",
    [
        "Das Amt Aheim und das Amt Beheim bauen ein Portal. Beide Ämter gehören dem Zweckverband "
        "Heide-IT an.",
        "Das Amt Aheim und das Amt Beheim bauen ein Portal. Beide Ämter nutzen den "
        "Zweckverband Heide-IT, dem sie seit 2010 als Mitglieder angehören.",
    ],
)
def test_both_bodies_named_before_belong(text: str, gazetteer: Gazetteer) -> None:
    assert {("Amt Aheim", "Zweckverband Heide-IT"), ("Amt Beheim", "Zweckverband Heide-IT")} <= (
        pairs(text, gazetteer, "member_of")
    )
