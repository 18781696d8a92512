"""The Förderkatalog and Gemeindeverzeichnis loaders on small files written for the tests
(fictional grants; the layouts are the official ones)."""

from __future__ import annotations

from pathlib import Path

import pytest
from pyoxigraph import Literal, NamedNode, Quad, QuerySolutions, Store

from kg.build import Source, build
from kg.errors import SourceError
from kg.ontology import ontology_store
from kg.settings import Settings
from kg.store import open_live
from kg.vocab import PREFIXES
from loaders.base import LoadContext
from loaders.foerderkatalog import FoerderkatalogLoader
from loaders.gemeindeverzeichnis import GemeindeverzeichnisLoader
from loaders.giving360 import Giving360Loader

FIXTURES = Path(__file__).parent / "fixtures" / "tabular"
LATIN = FIXTURES / "foerderkatalog-latin.csv"
NEW = FIXTURES / "foerderkatalog-new.csv"
GV = FIXTURES / "gv100ad-sample.txt"
ID = "https://w3id.org/digikom/id/"


def load(loader: object, path: Path, **context: object) -> tuple[list[Quad], list[str]]:
    warnings: list[str] = []
    ctx = LoadContext(ontology=ontology_store(), warn=warnings.append, **context)  # type: ignore[arg-type]
    quads = [q for g in loader.load(path, context=ctx) for q in g.quads]  # type: ignore[attr-defined]
    return quads, warnings


def ask(quads: list[Quad], query: str) -> list[list[str]]:
    store = Store()
    store.extend(quads)
    result = store.query(query, prefixes=PREFIXES, use_default_graph_as_union=True)
    assert isinstance(result, QuerySolutions)
    return [[t.value if t is not None else "" for t in row] for row in result]


def test_latin1_export_with_wrapped_cells_gives_four_grants() -> None:
    quads, warnings = load(FoerderkatalogLoader(), LATIN)
    grants = ask(
        quads,
        "SELECT ?id ?funder ?value { ?g a dk:Grant ; dk:grantId ?id ; dk:funder ?funder "
        "OPTIONAL { ?g dk:amount/schema:value ?value } } ORDER BY ?id",
    )
    assert grants == [
        ["01TEST001", ID + "org/bmbf", "1234567.89"],
        ["01TEST002", ID + "org/bmbf", "250000"],
        ["16TEST004", ID + "org/bmwk", "99999.5"],
        ["19TEST003", ID + "org/bmdv", ""],
    ]
    assert "4 grants" in warnings[-1]
    # 0 in the catalogue means the amount was not disclosed, not that nothing was paid
    assert ask(quads, "SELECT ?g { ?g dk:amountUndisclosed true }") == [[ID + "grant/19test003"]]
    labels = [row[0] for row in ask(quads, "SELECT ?l { ?x a dk:Organisation ; rdfs:label ?l }")]
    assert "Beispiel Software GmbH" in labels  # umlauts and wrappers read correctly
    assert not any(label.startswith('="') for label in labels)


def test_recipients_are_placed_by_ags_and_municipalities_receive_themselves() -> None:
    quads, _ = load(FoerderkatalogLoader(), LATIN)
    rows = ask(
        quads,
        "SELECT ?id ?recipient ?place { ?g dk:grantId ?id ; dk:recipient ?recipient "
        "OPTIONAL { ?recipient dk:locatedIn ?place } } ORDER BY ?id",
    )
    assert rows == [
        ["01TEST001", ID + "org/ags-08111000", ""],
        ["01TEST002", ID + "org/beispiel-software-gmbh-09162000", ID + "org/ags-09162000"],
        ["16TEST004", ID + "org/hochschule-beispiel-08111000", ID + "org/ags-08111000"],
        ["19TEST003", ID + "org/ags-08115000", ""],  # "Landkreis …": the county itself
    ]
    executing = ask(quads, "SELECT ?x { ?g dk:grantId '01TEST002' ; dk:executedBy ?x }")
    assert executing == [[ID + "org/beispiel-software-gmbh-niederlassung-nord-02000000"]]


def test_identifiers_of_earlier_sources_win() -> None:
    stuttgart = NamedNode(ID + "org/stuttgart")
    ministry = NamedNode(ID + "org/research-ministry")
    known = {("ags", "08111000"): stuttgart, ("ministry", "BMBF"): ministry}
    quads, _ = load(FoerderkatalogLoader(), LATIN, identifiers=known)
    recipients = ask(
        quads, "SELECT ?r { ?g dk:grantId '01TEST001' ; dk:recipient ?r ; dk:funder ?f }"
    )
    assert recipients == [[stuttgart.value]]
    funders = ask(
        quads,
        "SELECT DISTINCT ?f { ?g dk:funder ?f ; dk:grantId ?id FILTER(STRSTARTS(?id, '01')) }",
    )
    assert funders == [[ministry.value]]
    # an entity owned by an earlier source gets no second type or label from this one
    assert not ask(quads, f"SELECT ?l {{ <{ministry.value}> rdfs:label ?l }}")
    mentioned = ask(quads, f"SELECT ?doc {{ <{ministry.value}> dk:mentionedIn ?doc }}")
    assert mentioned == [[ID + "doc/foerderkatalog-foerderkatalog-latin"]]


def test_joint_projects_and_budget_hierarchy() -> None:
    quads, _ = load(FoerderkatalogLoader(), LATIN)
    parts = ask(quads, "SELECT ?whole (COUNT(?p) AS ?n) { ?p dk:partOf ?whole } GROUP BY ?whole")
    assert parts == [[ID + "initiative/verbund-verbundprojekt-buergerportal", "2"]]
    chain = ask(
        quads,
        "SELECT ?n { <https://w3id.org/digikom/code/budget/B1411> skos:broader* ?c . "
        "?c skos:notation ?n } ORDER BY ?n",
    )
    assert [row[0] for row in chain] == ["B", "B1", "B14", "B141", "B1411"]
    label = ask(
        quads, "SELECT ?l { <https://w3id.org/digikom/code/budget/B1411> skos:prefLabel ?l }"
    )
    assert label == [["Digitale Verwaltung"]]


def test_new_header_names_and_bad_rows_are_reported_with_line_and_column() -> None:
    quads, warnings = load(FoerderkatalogLoader(), NEW)
    assert ask(quads, "SELECT ?id { ?g dk:grantId ?id }") == [["01TEST101"]]
    report = "\n".join(warnings)
    assert "skipped 2 bad row(s)" in report
    assert (
        "foerderkatalog-new.csv:3:19: column 'Laufzeitbeginn': '31.02.2022' is not a valid date"
        in report
    )
    assert "foerderkatalog-new.csv:4:21: column 'Fördersumme': 'viel' is not a number" in report


def test_strict_fails_on_the_first_bad_row() -> None:
    with pytest.raises(SourceError) as caught:
        load(FoerderkatalogLoader(), NEW, strict=True)
    assert (caught.value.line, caught.value.column) == (3, 19)


def test_a_file_without_the_catalogue_columns_is_refused(tmp_path: Path) -> None:
    other = tmp_path / "other.csv"
    other.write_text("Name;Betrag\nx;1\n", encoding="utf-8")
    with pytest.raises(SourceError, match=r"missing column.*FKZ.*Ressort"):
        load(FoerderkatalogLoader(), other)
    empty = tmp_path / "empty.csv"
    empty.write_bytes(b"")
    with pytest.raises(SourceError, match="empty"):
        load(FoerderkatalogLoader(), empty)


def test_loading_twice_gives_identical_quads() -> None:
    assert load(FoerderkatalogLoader(), LATIN)[0] == load(FoerderkatalogLoader(), LATIN)[0]
    assert load(GemeindeverzeichnisLoader(), GV)[0] == load(GemeindeverzeichnisLoader(), GV)[0]


def test_gemeindeverzeichnis_builds_the_hierarchy_with_keys_and_figures() -> None:
    quads, _ = load(GemeindeverzeichnisLoader(), GV)
    rows = ask(
        quads,
        "SELECT ?x ?ars ?pop ?up { ?x dk:ags ?ags ; dk:population ?pop ; dk:ars ?ars ; "
        "dk:locatedIn ?up } ORDER BY ?x",
    )
    assert rows == [
        [ID + "org/ags-08111000", "081110000000", "613392", ID + "org/ags-08000000"],
        [ID + "org/ags-08115045", "081155001045", "48765", ID + "org/ags-08115000"],
        [ID + "org/ags-08115099", "081150000099", "5012", ID + "org/ags-08115000"],
        [ID + "org/ags-09162000", "091620000000", "1510378", ID + "org/ags-09000000"],
    ]
    assert ask(quads, "SELECT ?c { <https://w3id.org/digikom/id/org/ags-08111000> a ?c }") == [
        ["https://w3id.org/digikom/ontology#City"]
    ]
    assert ask(quads, f"SELECT ?l {{ <{ID}org/ags-08000000> rdfs:label ?l }}") == [
        ["Baden-Württemberg"]
    ]


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ("70" + "20241231" + "08" + " " * 60, "unknown record type '70'"),
        ("60" + "20241231" + "08115099", "at least 72 expected"),
        ("60" + "2024123X" + "081150000099" + "Ort".ljust(50), "reference date"),
    ],
)
def test_malformed_gemeindeverzeichnis_records_name_their_line(
    tmp_path: Path, line: str, message: str
) -> None:
    path = tmp_path / "gv.txt"
    good = GV.read_text(encoding="iso-8859-15").splitlines()[0]
    path.write_text(f"{good}\n{line}\n", encoding="utf-8")
    with pytest.raises(SourceError, match=message) as caught:
        load(GemeindeverzeichnisLoader(), path)
    assert caught.value.line == 2


def test_build_links_catalogue_reference_data_and_curated_entities(
    tmp_path: Path, built: Settings
) -> None:
    settings = built.model_copy(update={"store": tmp_path / "store"})
    build(
        settings,
        [Source.parse(f"gemeindeverzeichnis:{GV}"), Source.parse(f"foerderkatalog:{LATIN}")],
    )
    store = open_live(settings.store)
    result = store.query(
        """SELECT ?company ?city ?state WHERE {
             ?g dk:grantId "01TEST002" ; dk:recipient ?company .
             ?company dk:locatedIn ?city . ?city dk:locatedIn ?state }""",
        prefixes=PREFIXES,
        use_default_graph_as_union=True,
    )
    assert isinstance(result, QuerySolutions)
    # the Munich AGS names the curated city, whose state is the curated Freistaat Bayern
    assert [[t.value for t in row] for row in result] == [
        [
            ID + "org/beispiel-software-gmbh-09162000",
            ID + "org/landeshauptstadt-muenchen",
            ID + "org/freistaat-bayern",
        ]
    ]
    population = store.query(
        f"SELECT ?p {{ <{ID}org/landeshauptstadt-muenchen> dk:population ?p }}",
        prefixes=PREFIXES,
        use_default_graph_as_union=True,
    )
    assert isinstance(population, QuerySolutions)
    assert [row[0] for row in population] == [
        Literal("1510378", datatype=NamedNode("http://www.w3.org/2001/XMLSchema#integer"))
    ]


def test_360giving_csv_and_json_give_the_same_kind_of_grants() -> None:
    csv_quads, csv_warnings = load(Giving360Loader(), FIXTURES / "grants-360.csv")
    json_quads, _ = load(Giving360Loader(), FIXTURES / "grants-360.json")
    query = (
        "SELECT ?id ?funder ?recipient ?item ?value ?currency { ?g a dk:Grant ; dk:grantId ?id ; "
        "dk:funder ?funder ; dk:amount [ schema:value ?value ; schema:currency ?currency ] "
        "OPTIONAL { ?g dk:recipient ?recipient } OPTIONAL { ?g dk:fundedItem ?item } } ORDER BY ?id"
    )
    stiftung = ID + "org/orgid-xi-test-stiftung"
    assert ask(csv_quads, query) == [
        [
            "360G-test-001",
            stiftung,
            ID + "org/orgid-xi-test-verein-1",
            ID + "initiative/programme-xi-test-stiftung-dk-2023",
            "45000",
            "EUR",
        ],
        [
            "360G-test-002",
            stiftung,
            ID + "org/orgid-xi-test-verein-2",
            ID + "initiative/programme-xi-test-stiftung-dk-2023",
            "12500.5",
            "EUR",
        ],
    ]
    assert "grants-360.csv:4:5: column 'Amount Awarded': 'eine Menge' is not a number" in "\n".join(
        csv_warnings
    )
    rows = ask(json_quads, query)
    assert [row[0] for row in rows] == ["360G-test-101", "360G-test-102"]
    assert rows[0][2] == ID + "org/orgid-xi-test-verein-1"  # the same org-id: the same entity
    assert rows[1][3] == ID + "initiative/grant-360g-test-102"  # no programme: its own project
    dates = ask(json_quads, "SELECT ?d { ?g dk:grantId '360G-test-101' ; dk:startDate ?d }")
    assert dates == [["2024-03-01"]]


def test_360giving_malformed_json_is_a_source_error(tmp_path: Path) -> None:
    broken = tmp_path / "broken.json"
    broken.write_text('{"grants": [{"id": "x", ', encoding="utf-8")
    with pytest.raises(SourceError, match="malformed JSON"):
        load(Giving360Loader(), broken)


def test_kg_build_strict_fails_and_leaves_no_store(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from kg.cli import main

    store = tmp_path / "store"
    status = main(["build", "--store", str(store), "--source", f"foerderkatalog:{NEW}", "--strict"])
    assert status == 1
    assert "foerderkatalog-new.csv:3:19: column 'Laufzeitbeginn'" in capsys.readouterr().err
    assert not store.exists()
    assert main(["build", "--store", str(store), "--source", f"foerderkatalog:{NEW}"]) == 0
    assert "skipped 2 bad row(s)" in capsys.readouterr().err
