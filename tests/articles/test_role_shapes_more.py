"""More shapes of roles in German press releases, on made-up sentences (no article's names
or wording): each test stands for one rule of the extractor."""

from __future__ import annotations

import datetime as dt

from loaders.articles import Gazetteer, extract
from loaders.articles.findings import Fact
from tests.articles.conftest import roles as _roles


def test_founders_with_a_profession_hold_a_role_in_the_company(gazetteer: Gazetteer) -> None:
    text = (
        "Das Start-up Datenfuchs GmbH aus Nirgendwo entwickelt Apps für Rathäuser. Es wurde "
        "2022 von der Ingenieurin Anna Beispiel und dem Informatiker Otto Muster gegründet."
    )
    found = _roles(text, gazetteer)
    assert ("Anna Beispiel", "Datenfuchs GmbH") in found
    assert ("Otto Muster", "Datenfuchs GmbH") in found


def test_a_company_founded_by_bodies_has_no_founders(gazetteer: Gazetteer) -> None:
    text = (
        "Die Datenhaus GmbH betreibt das Portal. Gegründet wurde das Unternehmen 2020 von der "
        "Stadt Nirgendwo und dem Landkreis Irgendwo."
    )
    assert not {who for who, _ in _roles(text, gazetteer)}


def test_the_head_of_an_institute_named_in_the_genitive(gazetteer: Gazetteer) -> None:
    """ "Leiterin des Instituts für X- und Y…": the institute, with its whole remit."""
    text = (
        "Prof. Dr. Erika Beispiel, Leiterin des Instituts für Umwelt- und Klimatechnik an der "
        "Hochschule Nirgendwo, will forschen."
    )
    assert ("Erika Beispiel", "Institut für Umwelt- und Klimatechnik") in _roles(text, gazetteer)


def test_a_senator_by_a_compound_title_heads_the_senators_office(gazetteer: Gazetteer) -> None:
    """ "Finanzsenatorin X" after "der Senator für Finanzen": that city-state ministry."""
    text = (
        "Der Senator für Finanzen stellt 20.000 Euro bereit. „Das hilft“, sagte "
        "Finanzsenatorin Erika Beispiel."
    )
    assert ("Erika Beispiel", "Senator für Finanzen") in _roles(text, gazetteer)


def test_a_purpose_association_with_a_brand_name(gazetteer: Gazetteer) -> None:
    """ "des Zweckverbands eX-Nord": a name may open with a small letter before a capital."""
    text = (
        "Die Gemeinde Nirgendwo nutzt das Portal des Zweckverbands eKom-Nord. "
        "Verbandsgeschäftsführer Otto Beispiel lobte die Zusammenarbeit."
    )
    assert ("Otto Beispiel", "Zweckverband eKom-Nord") in _roles(text, gazetteer)


def test_a_mayor_of_the_dateline_town_named_again_before_the_office(
    gazetteer: Gazetteer,
) -> None:
    """ "X/Y, 3. Mai 2026 …  In Y … sagte Oberbürgermeisterin Z": the town Y, though towns
    are named as bodies later on."""
    text = (
        "Neues Gesetz für die Gemeinden\n\nErfurt/Nirgendwo, 3. Mai 2026 \u2013 Der Landtag hat ein "
        "Gesetz beschlossen. In Nirgendwo freut man sich darüber. „Das hilft uns sehr“, sagte "
        "Oberbürgermeisterin Erika Beispiel. Auch die Stadt Irgendwo und die Gemeinde Anderswo "
        "wollen davon profitieren."
    )
    assert ("Erika Beispiel", "Stadt Nirgendwo") in _roles(text, gazetteer)


def test_a_role_told_before_the_name_without_a_body(gazetteer: Gazetteer) -> None:
    """ "Geschäftsführerin ist die Juristin X", "Zum Verbandsvorsteher wählte die Versammlung
    Y": the body of the role's kind named before."""
    text = (
        "Die Stadt Aue und die Gemeinde Buchholz gründen den Zweckverband Digitale Dörfer. "
        "Zum Verbandsvorsteher wählte die Versammlung Otto Muster. Geschäftsführerin ist die "
        "Juristin Erika Beispiel."
    )
    found = _roles(text, gazetteer)
    assert ("Otto Muster", "Zweckverband Digitale Dörfer") in found
    assert ("Erika Beispiel", "Zweckverband Digitale Dörfer") in found


def test_a_plural_title_before_two_names(gazetteer: Gazetteer) -> None:
    """ "Die Gründerinnen X und Y": both hold the office."""
    text = (
        "Das Start-up Datenfuchs GmbH aus Nirgendwo baut Apps. Die Gründerinnen Anna Beispiel "
        "und Eva Probe haben ihr Unternehmen 2025 gegründet."
    )
    found = _roles(text, gazetteer)
    assert ("Anna Beispiel", "Datenfuchs GmbH") in found
    assert ("Eva Probe", "Datenfuchs GmbH") in found


def test_led_by_someone_told_with_a_pronoun(gazetteer: Gazetteer) -> None:
    """ "Die neue Stelle … Geleitet wird sie von der Juristin X": the "…stelle" named before."""
    text = (
        "Die Stadt Aue und der Kreis Nirgendwo gründen die „Gemeinsame Vergabestelle Nord“. "
        "Die neue Stelle wird im Rathaus eingerichtet. Geleitet wird sie von der Juristin "
        "Erika Beispiel."
    )
    assert ("Erika Beispiel", "Gemeinsame Vergabestelle Nord") in _roles(text, gazetteer)


def test_a_professor_leading_a_team(gazetteer: Gazetteer) -> None:
    """ "ein Team um die Informatikerin Prof. X": a professor at the university named."""
    text = (
        "Die Hochschule Nirgendwo begleitet das Projekt. Dort untersucht ein Team um die "
        "Informatikerin Prof. Dr. Erika Beispiel, ob die App Zeit spart."
    )
    assert ("Erika Beispiel", "Hochschule Nirgendwo") in _roles(text, gazetteer)


def test_a_professor_told_by_a_clause_of_leading(gazetteer: Gazetteer) -> None:
    """ "Prof. Dr. X, die an der Hochschule Y das Labor für Z führt": at that university."""
    text = (
        "Die Jury leitete Prof. Dr. Erika Beispiel, die an der Hochschule Nirgendwo das Labor "
        "für offene Daten führt."
    )
    assert ("Erika Beispiel", "Hochschule Nirgendwo") in _roles(text, gazetteer)


def test_another_office_told_by_surname_is_news(gazetteer: Gazetteer) -> None:
    """ "von der Ingenieurin X Y gegründet … Geschäftsführerin Y": a second office, kept."""
    text = (
        "Das Start-up Datenfuchs GmbH wurde 2023 von der Ingenieurin Anna Beispiel gegründet. "
        "Geschäftsführerin Beispiel kennt das Problem aus eigener Erfahrung."
    )
    roles = {
        f.role
        for f in extract(text, gazetteer, article_date=dt.date(2024, 4, 2))
        if isinstance(f, Fact)
        and f.predicate == "holds_role"
        and f.subject.label == "Anna Beispiel"
    }
    assert {"Gründerin", "Geschäftsführerin"} <= roles
