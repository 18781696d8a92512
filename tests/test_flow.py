"""The funding-flow layout: amounts drawn as honestly as they are stated."""

from __future__ import annotations

from typing import Any

from kg.web.flow import MAX_BAND, MIN_BAND, layout


def row(statement: str, funder: str, item: str | None, **amount: str) -> dict[str, Any]:
    found: dict[str, Any] = {
        "statement": {"value": f"https://w3id.org/digikom/id/fact/{statement}"},
        "funder": {"value": f"https://w3id.org/digikom/id/org/{funder}"},
        "funderLabel": {"value": funder.title()},
        "sourceTitle": {"value": "Doc"},
    }
    if item:
        found["item"] = {"value": f"https://w3id.org/digikom/id/initiative/{item}"}
        found["itemLabel"] = {"value": item.title()}
    for key, value in amount.items():
        found[key] = {"value": value}
    return found


def test_kinds_follow_the_qualifier() -> None:
    diagram = layout(
        [
            row("a", "land", "p1", value="1000", qualifier="exact", stated="1.000 Euro"),
            row("b", "land", "p2", value="500", qualifier="up_to", stated="bis zu 500 Euro"),
            row("c", "bund", "p1", min="200", max="800", qualifier="exact", stated="200 bis 800"),
            row("d", "bund", "p2", value="300", qualifier="more_than", stated="mehr als 300"),
            row("e", "bund", "p3"),
        ]
    )
    by_statement = {b.statement.rsplit("/", 1)[1]: b for b in diagram.bands}
    assert by_statement["a"].kind == "sure"
    assert by_statement["a"].thickness == MAX_BAND
    assert by_statement["b"].kind == "possible"
    assert by_statement["b"].sure_path == ""  # nothing surely flows under "up to"
    assert by_statement["c"].sure == 200.0
    assert by_statement["c"].possible == 600.0
    assert by_statement["c"].sure_path != by_statement["c"].path
    assert by_statement["d"].open_ended
    assert by_statement["e"].kind == "unknown"
    assert by_statement["e"].thickness == MIN_BAND


def test_a_statement_for_initiative_and_recipient_makes_two_hops() -> None:
    two_hops = row("x", "land", "p1", value="10", qualifier="exact", stated="10 Euro")
    two_hops["recipient"] = {"value": "https://w3id.org/digikom/id/org/stadt"}
    two_hops["recipientLabel"] = {"value": "Stadt"}
    nowhere = row("y", "land", None, value="5", qualifier="exact", stated="5 Euro")
    diagram = layout([two_hops, nowhere])
    assert [(b.source.label, b.target.label) for b in diagram.bands] == [
        ("Land", "P1"),
        ("P1", "Stadt"),
    ]
    assert diagram.undrawn == 1
    assert {n.column for n in diagram.nodes} == {0, 1, 2}
