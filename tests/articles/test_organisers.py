"""Who hosts or runs what (``organises``): made-up sentences, one per way German says it."""

from __future__ import annotations

import pytest

from loaders.articles import Gazetteer
from tests.articles.conftest import pairs


def organisers(text: str, gazetteer: Gazetteer) -> set[tuple[str, str | None]]:
    return pairs(text, gazetteer, "organises")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a passive opening with the verb, hosts after "vom … gemeinsam mit dem …"
            "Beim „Heidekongress Digital“ trafen sich 300 Gäste. Ausgerichtet wurde der "
            "Kongress vom Landkreis Heidekreis gemeinsam mit der Universität Lüneburg.",
            {
                ("Landkreis Heidekreis", "Heidekongress Digital"),
                ("Universität Lüneburg", "Heidekongress Digital"),
            },
        ),
        (  # a relative clause belongs to the event named before it
            "Die Ergebnisse werden beim „Kommunalkongress Nord“ vorgestellt, den der Landkreis "
            "Stade zusammen mit der Stadt Buxtehude veranstaltet.",
            {
                ("Landkreis Stade", "Kommunalkongress Nord"),
                ("Stadt Buxtehude", "Kommunalkongress Nord"),
            },
        ),
        (  # hosts named by a noun with a copula
            "Rund 200 Gäste kamen zum „Digitaltag Stade“. Ausrichter waren der Landkreis "
            "Stade und die Stadt Buxtehude.",
            {
                ("Landkreis Stade", "Digitaltag Stade"),
                ("Stadt Buxtehude", "Digitaltag Stade"),
            },
        ),
        (  # built jointly: the towns run it, the company that builds it does not
            "Die Stadt Celle und die Stadt Uelzen bauen gemeinsam mit der Datenwerk GmbH das "
            "Portal „Heide offen“ auf.",
            {("Stadt Celle", "Heide offen"), ("Stadt Uelzen", "Heide offen")},
        ),
        (  # a programme named with its owner in the genitive
            "Das Geld stammt aus dem Programm „Dorf digital“ des Niedersächsischen Ministeriums "
            "für Inneres und Sport.",
            {("Niedersächsischen Ministerium für Inneres und Sport", "Dorf digital")},
        ),
        (  # money given out of a programme by the body that runs it
            "Das Niedersächsische Ministerium für Inneres und Sport gibt 80.000 Euro aus dem "
            "Landesprogramm „Dorf digital“.",
            {("Niedersächsische Ministerium für Inneres und Sport", "Dorf digital")},
        ),
    ],
)
def test_hosts_and_runners_are_read(
    text: str, expected: set[tuple[str, str]], gazetteer: Gazetteer
) -> None:
    assert expected <= organisers(text, gazetteer)


@pytest.mark.parametrize(
    "text",
    [
        # guests and hosts as people, no host of anything
        "Die Hochschule Harz befragt im Sommer Gäste und Gastgeber zum Projekt „Harz digital“.",
        # a company's product is not an initiative it runs
        "Acht Gemeinden erproben das Portal „Ruhefeld“ der Hainbuche Software GmbH.",
        # something built alone is not hosted (only what is built jointly)
        "Die Stadt Celle baut das Portal „Heide offen“ auf.",
    ],
)
def test_no_host_is_read_where_none_is_told(text: str, gazetteer: Gazetteer) -> None:
    assert organisers(text, gazetteer) == set()


def test_a_work_named_again_as_the_project_is_carried_by_the_bodies_after_von(
    gazetteer: Gazetteer,
) -> None:
    # the verb opens the sentence ("Getragen", capitalised), the work is "das Projekt"
    text = (
        "Die Stadt Celle startet das Portal „Celle direkt“. Getragen wird das Projekt vom "
        "Verein Heidekinder und vom Quartiersmanagement Celle-Nord."
    )
    found = pairs(text, gazetteer, "organises")
    assert ("Verein Heidekinder", "Celle direkt") in found
    assert ("Quartiersmanagement Celle-Nord", "Celle direkt") in found
