"""Names of bodies, places and persons in shapes of German blind round 20 showed the extractor
did not read, on made-up sentences (no article's names or wording): each test stands for one
rule."""

from __future__ import annotations

from loaders.articles import Gazetteer, extract
from loaders.articles.findings import Fact, Mention


def _at(text: str, surface: str, gazetteer: Gazetteer, cls: str, nth: int = 0) -> str | None:
    """The text of the mention of class ``cls`` found at the ``nth`` occurrence of
    ``surface``."""
    at = -1
    for _ in range(nth + 1):
        at = text.index(surface, at + 1)
    for m in extract(text, gazetteer):
        if isinstance(m, Mention) and m.cls == cls and m.start <= at and at + len(surface) <= m.end:
            return m.text
    return None


def test_a_town_after_its_mayors_title_and_von_is_a_body_also_in_a_list(
    gazetteer: Gazetteer,
) -> None:
    """ "Bürgermeister von X" names the town X as a body, and X in a list names its
    neighbours there as towns; "in X" stays a place."""
    text = (
        "Mitmachen wollen Quastenfeld, Wippelsried, Ohrbachtal und Mummelsbronn, die seit "
        "Jahren zusammenarbeiten. Es sprach Hanna Beispiel, die Bürgermeisterin von "
        "Quastenfeld. Die Technik steht in Quastenfeld."
    )
    assert _at(text, "Quastenfeld", gazetteer, "Organisation", 1) == "Quastenfeld"
    assert _at(text, "Wippelsried", gazetteer, "Organisation") == "Wippelsried"
    assert _at(text, "Mummelsbronn", gazetteer, "Organisation") == "Mummelsbronn"
    assert _at(text, "Quastenfeld", gazetteer, "Organisation", 2) is None


def test_a_valley_and_a_part_of_a_town_by_its_adjective_are_places(gazetteer: Gazetteer) -> None:
    """ "im Xtal" is a region like "im Xwald" (not "im Portal"); "im Yer Westen" is a part of
    the town or region Y."""
    text = (
        "Fünf Dörfer im Glimmertal melden sich im Portal an. Der Verein arbeitet seit Jahren "
        "im Quaxer Westen."
    )
    assert _at(text, "Glimmertal", gazetteer, "Place") == "Glimmertal"
    assert _at(text, "Portal", gazetteer, "Place") is None
    assert _at(text, "Quaxer Westen", gazetteer, "Place") == "Quaxer Westen"


def test_a_foundation_named_by_an_adjective_and_a_common_noun(gazetteer: Gazetteer) -> None:
    """ "Stiftung Neue X" and "Stiftung Yer X" are foundations though X is a common noun."""
    text = (
        "Den Rest übernimmt die Stiftung Quaxer Nachbarschaft, die seit 2010 Projekte fördert. "
        "Die Stiftung Neue Ordnung bezuschusst zudem das Netzwerk."
    )
    assert _at(text, "Quaxer", gazetteer, "Organisation") == "Stiftung Quaxer Nachbarschaft"
    assert _at(text, "Neue", gazetteer, "Organisation") == "Stiftung Neue Ordnung"


def test_plural_and_compound_common_nouns_after_in_and_nach_are_no_places(
    gazetteer: Gazetteer,
) -> None:
    """ "in Abendkursen", "in Kleingruppen", "in Sekunden", "nach Einwohnerzahl": common
    nouns, no places; "in Quastenfeld" stays one."""
    text = (
        "Geschult wird in Abendkursen und in Kleingruppen, geprüft in Sekunden. Die Kosten "
        "teilen sich die Gemeinden nach Einwohnerzahl. Die Kurse finden in Quastenfeld statt."
    )
    for word in ("Abendkursen", "Kleingruppen", "Sekunden", "Einwohnerzahl"):
        assert _at(text, word, gazetteer, "Place") is None, word
    assert _at(text, "Quastenfeld", gazetteer, "Place") == "Quastenfeld"


def test_more_heads_of_bodies_before_a_name(gazetteer: Gazetteer) -> None:
    """ "Jobcenter X", "Quartiersmanagement Y" and "Bürgerservice-Center Z" name bodies as
    "Stadtbibliothek X" does."""
    text = (
        "Der Verein arbeitet eng mit dem Jobcenter Quax zusammen und mit dem "
        "Quartiersmanagement Wippel. Im Bürgerservice-Center Süd beraten sie."
    )
    assert _at(text, "Jobcenter", gazetteer, "Organisation") == "Jobcenter Quax"
    assert _at(text, "Quartiers", gazetteer, "Organisation") == "Quartiersmanagement Wippel"
    assert _at(text, "Bürgerservice", gazetteer, "Organisation") == "Bürgerservice-Center Süd"


def test_a_bank_named_by_capitals_before_bank(gazetteer: Gazetteer) -> None:
    """ "die X-Bank", "der QBank": banks; "die Bank" alone is none."""
    text = "Die X-Bank hatte das Start-up gefördert, die QBank zahlt aus, die Bank nicht."
    assert _at(text, "X-Bank", gazetteer, "Organisation") == "X-Bank"
    assert _at(text, "QBank", gazetteer, "Organisation") == "QBank"
    assert _at(text, "Bank nicht", gazetteer, "Organisation") is None


def test_a_company_named_small_as_a_brand_before_its_legal_form(gazetteer: Gazetteer) -> None:
    """ "der Energieversorger quaxova AG": the company, named without its describing noun and
    not placed in "Energieversorg"; "die neue GmbH" is no name."""
    text = (
        "Das Funknetz stellt der regionale Energieversorger quaxova AG bereit. Die neue GmbH "
        "und der Versorger Wippelnetz GmbH helfen."
    )
    assert _at(text, "quaxova", gazetteer, "Organisation") == "quaxova AG"
    assert _at(text, "neue GmbH", gazetteer, "Organisation") is None
    assert _at(text, "Wippelnetz", gazetteer, "Organisation") == "Wippelnetz GmbH"


def test_persons_after_a_plural_of_a_profession(gazetteer: Gazetteer) -> None:
    """ "von den Informatikern X Y und Z W gegründet": two persons, the second named by her
    surname later too."""
    text = (
        "Das Start-up wurde 2022 von den Informatikern Hanno Quaxberg-Mbele und Jule "
        "Wippel-Otieno gegründet. „Es geht“, sagt Mitgründerin Wippel-Otieno."
    )
    assert _at(text, "Hanno", gazetteer, "Person") == "Hanno Quaxberg-Mbele"
    assert _at(text, "Jule", gazetteer, "Person") == "Jule Wippel-Otieno"
    assert _at(text, "Wippel-Otieno", gazetteer, "Person", 1) == "Wippel-Otieno"


def test_a_capitalised_adjective_in_a_remit(gazetteer: Gazetteer) -> None:
    """ "Hochschule für Angewandte Xkunde Y": the remit's adjective may be capitalised; the
    place after it is part of the name, not a body of its own."""
    text = "Das Start-up arbeitet mit der Hochschule für Angewandte Quaxkunde Hamburg zusammen."
    name = "Hochschule für Angewandte Quaxkunde Hamburg"
    assert _at(text, "Hochschule", gazetteer, "Organisation") == name


def test_a_body_with_a_remit_and_its_state_in_the_genitive(gazetteer: Gazetteer) -> None:
    """ "Zentrum für A und B der Freien und Hansestadt Hamburg", "Fachhochschule für A, B und C
    des Landes Mecklenburg-Vorpommern": one name each, the state's with it."""
    text = (
        "Geschult wurden sie vom Zentrum für Quaxkunde und Wippelei der Freien und Hansestadt "
        "Hamburg. Später lehrt die Fachhochschule für Quaxkunde, Wippelei und Zählerei des "
        "Landes Mecklenburg-Vorpommern in Güstrow."
    )
    first = "Zentrum für Quaxkunde und Wippelei der Freien und Hansestadt Hamburg"
    second = "Fachhochschule für Quaxkunde, Wippelei und Zählerei des Landes Mecklenburg-Vorpommern"
    assert _at(text, "Hamburg", gazetteer, "Organisation") == first
    assert _at(text, "Landes", gazetteer, "Organisation") == second


def test_an_association_said_again_without_verein(gazetteer: Gazetteer) -> None:
    """ "vom Verein Quax Vor Ort, der …" and later "Quax Vor Ort arbeitet …": the same body."""
    text = (
        "Getragen wird das Projekt vom Verein Quax Vor Ort, der seit 1993 Kulturarbeit macht.\n\n"
        "Quax Vor Ort arbeitet dafür eng mit der Stadtbibliothek zusammen."
    )
    assert _at(text, "Quax Vor Ort", gazetteer, "Organisation", 1) == "Quax Vor Ort"


def test_a_council_with_a_neuter_article(gazetteer: Gazetteer) -> None:
    """ "das Abgeordnetenhaus" (neuter) is the state's council as "der Landtag" is."""
    text = "Das Land Quaxland zahlt. Das Gesetz hat das Abgeordnetenhaus im März beschlossen."
    assert _at(text, "Abgeordnetenhaus", gazetteer, "Organisation") == "Abgeordnetenhaus"


def test_a_comma_inside_a_trainers_name_ends_no_clause(gazetteer: Gazetteer) -> None:
    """ "… von der Fachhochschule für A, B und C des Landes X geschult": the school trains,
    though its name holds a comma."""
    text = (
        "Für das Projekt „Quaxbus“ zahlt der Kreis. Die Beschäftigten wurden von der "
        "Fachhochschule für Quaxkunde, Wippelei und Zählerei des Landes Mecklenburg-Vorpommern "
        "in Güstrow geschult."
    )
    trainers = [
        f.subject.label
        for f in extract(text, gazetteer)
        if isinstance(f, Fact) and f.predicate == "trains"
    ]
    assert trainers == [
        "Fachhochschule für Quaxkunde, Wippelei und Zählerei des Landes Mecklenburg-Vorpommern"
    ]


def test_die_kreisverwaltung_is_the_one_named_in_full_not_a_gemeinde_compound(
    gazetteer: Gazetteer,
) -> None:
    """ "Eingeladen hat die Kreisverwaltung gemeinsam mit dem Gemeinde- und Städtebund X": the
    Kreisverwaltung named in full before, not the last town ("dem Gemeinde-" opens a name)."""
    text = (
        "Die Kreisverwaltung Quaxland-Süd lädt ein. Mitmachen will auch der Landkreis Wippel "
        "und die Gemeinde Zählingen. Eingeladen hat die Kreisverwaltung gemeinsam mit dem "
        "Gemeinde- und Städtebund Quaxland, dessen Referentin berichten wird."
    )
    pairs = {
        (f.subject.label, f.object.label if f.object else None)
        for f in extract(text, gazetteer)
        if isinstance(f, Fact) and f.predicate == "cooperates_with"
    }
    assert ("Kreisverwaltung Quaxland-Süd", "Gemeinde- und Städtebund Quaxland") in pairs
    assert not any(a == "Gemeinde Zählingen" for a, _ in pairs)


def test_a_forest_or_mountains_named_by_an_adjective(gazetteer: Gazetteer) -> None:
    """ "im Xer Wald", "im Yischen Schiefergebirge", "des Zischen Waldes": regions."""
    text = (
        "Die Orte im Quaxer Wald und im Wippelischen Schiefergebirge sowie am Rand des "
        "Zählischen Waldes sind schlecht versorgt."
    )
    assert _at(text, "Quaxer", gazetteer, "Place") == "Quaxer Wald"
    assert _at(text, "Wippelischen", gazetteer, "Place") == "Wippelischen Schiefergebirge"
    assert _at(text, "Zählischen", gazetteer, "Place") == "Zählischen Waldes"


def test_a_town_after_its_council_and_von(gazetteer: Gazetteer) -> None:
    """ "Der Stadtrat von X" names the town X, also where X stands again alone."""
    text = (
        "Der Stadtrat von Quax-Wippel hat die Strategie beschlossen. Den größeren Teil muss "
        "Quax-Wippel selbst tragen."
    )
    assert _at(text, "Quax-Wippel", gazetteer, "Organisation") == "Quax-Wippel"
    assert _at(text, "Quax-Wippel", gazetteer, "Organisation", 1) == "Quax-Wippel"


def test_a_body_with_in_and_its_state_before_a_bracket_or_comma(gazetteer: Gazetteer) -> None:
    """ "Zweckverband Elektronische X in Mecklenburg-Vorpommern (XY)": one name; "arbeitet in
    Bayern mit" is no part of a name."""
    text = (
        "Begleitet wird das vom Zweckverband Elektronische Quaxerei in Mecklenburg-Vorpommern "
        "(QXMV) in Schwerin. Der Zweckverband Digitale Wippelei arbeitet in Bayern mit."
    )
    name = "Zweckverband Elektronische Quaxerei in Mecklenburg-Vorpommern"
    assert _at(text, "Mecklenburg", gazetteer, "Organisation") == name
    assert _at(text, "Bayern", gazetteer, "Organisation") is None


def test_a_university_of_two_places_joined_by_a_slash(gazetteer: Gazetteer) -> None:
    """ "die Hochschule X/Y": one university, not two towns."""
    text = "Wissenschaftlich begleitet wird der Test von der Hochschule Quaxau/Wippelitz."
    assert _at(text, "Wippelitz", gazetteer, "Organisation") == "Hochschule Quaxau/Wippelitz"
