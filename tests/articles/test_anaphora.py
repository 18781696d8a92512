"""Bodies named again by a definite article and their kind ("der Landkreis", "das Ministerium"),
as the blind annotators of rounds 17 to 22 marked them. Made-up sentences."""

from __future__ import annotations

import pytest

from loaders.articles import Gazetteer, extract
from loaders.articles.anaphora import events_by_kind, named_again
from loaders.articles.findings import Mention
from loaders.articles.spans import Spans


def _body(text: str, name: str, kind: str | None = None) -> Mention:
    start = text.index(name)
    return Mention(start, start + len(name), name, name, "Organisation", None, kind)


def test_a_kind_said_again_is_the_body_of_that_kind_named_last() -> None:
    text = (
        "Der Landkreis Adorf und die Stadt Bedorf starten ein Portal. Die Kosten teilen sich "
        "der Landkreis und die Stadt; vom Kreis kommt der Rest."
    )
    named = [_body(text, "Landkreis Adorf"), _body(text, "Stadt Bedorf")]
    found = [(m.text, m.label, m.cls) for m in named_again(text, Spans(named))]
    assert found == [
        ("Landkreis", "Landkreis Adorf", "Organisation"),
        ("Stadt", "Stadt Bedorf", "Organisation"),
        ("Kreis", "Landkreis Adorf", "Organisation"),
    ]


def test_the_latest_body_of_the_kind_is_meant() -> None:
    text = (
        "Das Innenministerium Nordland lud ein. Später sprach das Sozialministerium Nordland. "
        "Das Ministerium zahlt 5.000 Euro."
    )
    named = [_body(text, "Innenministerium Nordland"), _body(text, "Sozialministerium Nordland")]
    [again] = named_again(text, Spans(named))
    assert (again.text, again.label) == ("Ministerium", "Sozialministerium Nordland")


def test_without_a_body_of_that_kind_the_kind_alone_is_the_label() -> None:
    [again] = named_again("Die Landesregierung will mehr Geld geben.", Spans([]))
    assert (again.text, again.label, again.entity) == ("Landesregierung", "Landesregierung", None)


@pytest.mark.parametrize(
    "text",
    [
        "Der Landkreis Adorf startet.",  # the kind opens a name
        "Das Ministerium für Inneres zahlt.",  # … or a name with "für"
        "Jeder Landkreis kann mitmachen.",  # no definite article
        "Die Landkreise zahlen je 100 Euro.",  # a plural
        "Der Kreistag und das Kreishaus.",  # other words
        "Die Stadtwerke bauen aus.",
        "Die Verträge wurden im Landratsamt unterzeichnet.",  # "im": a place, not the body
    ],
)
def test_no_kind_said_again(text: str) -> None:
    assert named_again(text, Spans([])) == []


def test_a_kind_inside_a_name_found_already_is_no_mention_of_its_own() -> None:
    text = "Das Projekt „Gemeinsam mit dem Kreis“ startet."
    start = text.index("Gemeinsam")
    named = [Mention(start, start + 23, "Gemeinsam mit dem Kreis", "x", "Initiative", None)]
    assert named_again(text, Spans(named)) == []
    assert [m.text for m in named_again(text, Spans([]))] == ["Kreis"]


def test_the_extractor_reports_kinds_said_again(gazetteer: Gazetteer) -> None:
    text = (
        "Der Landkreis Nordheide startet ein digitales Bürgerbüro. Die Kosten von 80.000 Euro "
        "trägt der Landkreis allein."
    )
    mentions = [f.json() for f in extract(text, gazetteer) if f.json()["type"] == "mention"]
    again = [m for m in mentions if m["text"] == "Landkreis"]
    assert [(m["class"], m["label"]) for m in again] == [("Organisation", "Landkreis Nordheide")]


@pytest.mark.parametrize(
    ("text", "event"),
    [
        ("Das nächste Zukunftsforum findet im Mai in Adorf statt.", "Zukunftsforum"),
        ("Der Kreis lud zu einer Auftaktkonferenz ein.", "Auftaktkonferenz"),
        ("Ein zweiter Digitalgipfel ist für 2027 geplant.", "Digitalgipfel"),
        ("Sie stellen es bei einem Fachtag vor.", "Fachtag"),
    ],
)
def test_an_events_kind_made_one_event_is_an_event(text: str, event: str) -> None:
    assert [(m.text, m.cls) for m in events_by_kind(text, Spans([]))] == [(event, "Event")]


@pytest.mark.parametrize(
    "text",
    [
        "Der Verwaltungskongress ist ein Format für alle.",  # the kind in general
        "Das nächste Zukunftsforum Nordland folgt.",  # a name: found by the name patterns
        "Der nächste Digitalgipfel 2027 folgt.",
        "Der Landtag tagt.",
    ],
)
def test_no_event_by_its_kind(text: str) -> None:
    assert events_by_kind(text, Spans([])) == []
