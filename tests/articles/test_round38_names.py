"""Names as blind round 38 wrote them, on made-up sentences: a company named again by its kind
is a mention of it, and a sum's unit before an apposition is no name. Each test fails without
its rule."""

from __future__ import annotations

from loaders.articles import Gazetteer
from tests.articles.conftest import named


def test_a_company_named_again_by_its_kind(gazetteer: Gazetteer) -> None:
    text = (
        "Die Software stammt von der Wegwarte Digital GmbH aus Kassel. Das Unternehmen hat "
        "zwölf Beschäftigte; die Stadt zahlt der Firma 40.000 Euro."
    )
    found = named(text, gazetteer)
    assert ("Unternehmen", "Wegwarte Digital GmbH") in found
    assert ("Firma", "Wegwarte Digital GmbH") in found


def test_companies_in_general_are_no_mention(gazetteer: Gazetteer) -> None:
    text = "Die Stadt Kassel lädt ein. Das Unternehmen von morgen braucht schnelle Netze."
    assert not any(surface == "Unternehmen" for surface, _ in named(text, gazetteer))


def test_a_unit_before_an_apposition_is_no_name(gazetteer: Gazetteer) -> None:
    text = (
        "Den Rest tragen die Partner selbst, die Stadt mit 300.000 Euro, der Regionalverband "
        "mit 60.000 Euro."
    )
    assert not any(surface == "Euro" for surface, _ in named(text, gazetteer))
