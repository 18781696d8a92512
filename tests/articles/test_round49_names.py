"""A bank named by a word, a dot and "BANK" (made-up names; the shape of rounds 45 to 49)."""

from __future__ import annotations

from loaders.articles import Gazetteer, extract
from loaders.articles.findings import Mention
from tests.articles.conftest import funds


def test_a_dotted_bank_name_is_a_bank_that_lends(gazetteer: Gazetteer) -> None:
    text = "Für das Rechenzentrum hat die SAAR.BANK der Gemeinde Tal ein Darlehen über 2 Mio. Euro gewährt."
    found = [f for f in extract(text, gazetteer) if isinstance(f, Mention)]
    assert ("SAAR.BANK", "bank") in {(m.label, m.kind) for m in found}
    assert ("SAAR.BANK", "Gemeinde Tal") in funds(text, gazetteer)


def test_other_dotted_names_are_no_bodies(gazetteer: Gazetteer) -> None:
    # a portal's dotted name, and a lower-case word before ".BANK", stay what other readers make
    text = "Das Portal Lernen.DIGITAL startet im Mai. Die Seite steht unter tal.BANK bereit."
    bodies = {
        f.label
        for f in extract(text, gazetteer)
        if isinstance(f, Mention) and f.cls == "Organisation"
    }
    assert not any("." in label for label in bodies)
