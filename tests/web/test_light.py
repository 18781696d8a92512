"""Small queries answered in the web process (``kg.web.light``): which shapes qualify, the
bound the probe puts on their work, the engine's plans that bound relies on, and answers
the same as a worker's, given even while every worker is busy."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from fastapi import FastAPI
from pyoxigraph import Literal, NamedNode, Quad, Store

from kg.settings import Settings
from kg.web.light import FANOUT, Degrees, Probe, analyse, shape_of
from tests.web.conftest import free_port, serve
from tests.web.test_limits import CHEAP, SCAN, WAIT, eventually, occupied

E = "http://example.org/"
HUB = 40  # objects of the hub subject: more than the small budgets below


def _quad(s: str, p: str, o: NamedNode | Literal, graph: str = "g") -> Quad:
    return Quad(NamedNode(E + s), NamedNode(E + p), o, NamedNode(E + graph))


def _example() -> Store:
    """``hub p o0…o39``; each ``oN q "N"`` and ``bN p oN``; ``x p o1`` in two graphs."""
    store = Store()
    for n in range(HUB):
        store.add(_quad("hub", "p", NamedNode(f"{E}o{n}")))
        store.add(_quad(f"o{n}", "q", Literal(str(n))))
        store.add(_quad(f"b{n}", "p", NamedNode(f"{E}o{n}")))
    store.add(_quad("x", "p", NamedNode(f"{E}o1")))
    store.add(_quad("x", "p", NamedNode(f"{E}o1"), graph="h"))
    store.add(_quad("x", "r", NamedNode(f"{E}o2")))
    return store


@pytest.fixture(scope="module")
def degrees() -> Degrees:
    return Degrees.of(_example())


def test_degrees_are_the_most_per_subject_and_per_object_over_every_graph(
    degrees: Degrees,
) -> None:
    assert degrees.out == {E + "p": HUB, E + "q": 1, E + "r": 1}
    # o1 has hub, b1 and x (twice: the same triple in two graphs) as subjects with p
    assert degrees.into == {E + "p": 4, E + "q": 1, E + "r": 1}


QUALIFYING = [
    f"SELECT ?o WHERE {{ <{E}x> <{E}p> ?o }}",
    f'ASK {{ <{E}o1> <{E}q> "1" }}',
    f"PREFIX e: <{E}> SELECT * {{ <{E}x> e:p ?o . ?o e:q ?n FILTER(?n != 3) }} LIMIT 2",
    f"PREFIX e: <{E}> CONSTRUCT {{ ?s e:p ?o }} WHERE {{ ?s e:p <{E}o1> }}",
    f"PREFIX e: <{E}> SELECT * {{ {{ <{E}x> e:p ?o }} UNION {{ <{E}x> e:r|^e:p ?o }} }}",
    f"PREFIX e: <{E}> SELECT DISTINCT ?n {{ <{E}x> e:p ?o OPTIONAL {{ ?o e:q ?n }} }} ORDER BY ?n",
    f"PREFIX e: <{E}> SELECT ?o (STR(?o) AS ?t) {{ <{E}x> e:p ?o BIND(1 AS ?one) }}",
]
NOT_QUALIFYING = {
    "GRAPH": f"SELECT * {{ GRAPH ?g {{ <{E}x> ?p ?o }} }}",
    "FROM": f"SELECT * FROM <{E}g> {{ <{E}x> ?p ?o }}",
    "MINUS": f"SELECT * {{ <{E}x> ?p ?o MINUS {{ <{E}x> <{E}r> ?o }} }}",
    "EXISTS": f"SELECT * {{ <{E}x> ?p ?o FILTER EXISTS {{ ?o ?q ?v }} }}",
    "NOT EXISTS": f"SELECT * {{ <{E}x> ?p ?o FILTER(NOT EXISTS {{ ?o ?q ?v }}) }}",
    "VALUES": f"SELECT * {{ VALUES ?s {{ <{E}x> }} ?s ?p ?o }}",
    "aggregate": f"SELECT (COUNT(*) AS ?n) {{ <{E}x> ?p ?o }}",
    "path *": f"SELECT * {{ <{E}x> <{E}p>* ?o }}",
    "path +": f"SELECT * {{ <{E}x> <{E}p>+ ?o }}",
    "path sequence": f"SELECT * {{ <{E}x> <{E}p>/<{E}q> ?o }}",
    "negated path": f"SELECT * {{ <{E}x> !<{E}p> ?o }}",
    "DESCRIBE": f"DESCRIBE <{E}x>",
    "SERVICE": f"SELECT * {{ SERVICE <{E}sparql> {{ <{E}x> ?p ?o }} }}",
    "syntax error": f"SELECT * {{ <{E}x> ?p }}",
}


@pytest.mark.parametrize("query", QUALIFYING)
def test_shapes_that_qualify(query: str) -> None:
    assert analyse(shape_of(query)[0]) is not None


@pytest.mark.parametrize("query", NOT_QUALIFYING.values(), ids=NOT_QUALIFYING.keys())
def test_shapes_that_do_not_qualify(query: str) -> None:
    assert analyse(shape_of(query)[0]) is None


def test_a_shape_keeps_the_prologue_and_strings_and_slots_the_body_iris() -> None:
    query = f'PREFIX e: <{E}>\n# <{E}comment>\nASK {{ <{E}x> e:p "<{E}s>" ; <{E}r> ?o }}'
    shape, iris = shape_of(query)
    assert iris == [E + "x", E + "r"]
    assert shape == (
        f'PREFIX e: <{E}>\n# <{E}comment>\nASK {{ <urn:x-kg-slot:0> e:p "<{E}s>" ; '
        "<urn:x-kg-slot:1> ?o }"
    )


def _bound(degrees: Degrees, query: str, budget: int) -> tuple[bool, int]:
    shape, iris = shape_of(query)
    plan = analyse(shape)
    assert plan is not None
    probe = Probe(degrees, iris, budget)
    return probe.within_budget(plan), probe.read


@pytest.mark.parametrize(
    ("query", "budget", "within"),
    [
        # one lookup, at most HUB objects (the hub's p): within a budget of 100, not of 20
        (f"SELECT * {{ <{E}x> <{E}p> ?o }}", 100, True),
        (f"SELECT * {{ <{E}x> <{E}p> ?o }}", 20, False),
        # from a known object: at most 4 subjects per object with p
        (f"SELECT * {{ ?s <{E}p> <{E}o1> }}", 20, True),
        # a chain through a bound variable: 1 + 1 lookups, 1 by 1 rows
        (f"SELECT * {{ <{E}x> <{E}r> ?o . ?o <{E}q> ?n }}", 20, True),
        # any predicate from a known subject: the sum of all out-degrees
        (f"SELECT * {{ <{E}x> ?p ?o }}", 20, False),
        # no known term leads to the pattern: a scan, never in the web process
        (f"SELECT * {{ ?s <{E}q> ?n }}", 10_000, False),
        (f"SELECT * {{ <{E}x> <{E}r> ?o . ?s <{E}q> ?n }}", 10_000, False),
        # a predicate written as an IRI in the body is a slot: its own degree counts
        (f"SELECT * {{ <{E}x> <{E}r> ?o }}", 5, True),
        (f"SELECT * {{ <{E}hub> <{E}p> ?o }}", 5, False),
        # an unknown predicate matches nothing
        (f"SELECT * {{ <{E}x> <{E}nothing> ?o }}", 5, True),
    ],
)
def test_the_probe_bounds_the_work_by_the_degrees(
    degrees: Degrees, query: str, budget: int, within: bool
) -> None:
    assert _bound(degrees, query, budget)[0] is within


def _with_a_hub() -> Store:
    """The example, plus ``big`` with more than FANOUT statements and ``y link big``."""
    store = _example()
    for n in range(FANOUT + 20):
        store.add(_quad("big", "has", Literal(str(n))))
    store.add(_quad("y", "link", NamedNode(E + "big")))
    store.add(_quad("y", "r", NamedNode(E + "o3")))
    return store


def test_hubs_are_the_subjects_with_many_statements() -> None:
    degrees = Degrees.of(_with_a_hub())
    assert degrees.hubs == {E + "big"}
    assert degrees.to_hubs == {E + "link"}
    assert degrees.sinks == set()  # (the hub's many objects are literals)


def test_sinks_are_the_iris_many_statements_point_at() -> None:
    store = _example()
    for n in range(3 * FANOUT):
        store.add(_quad(f"s{n}", "cites", NamedNode(E + "famous")))
    degrees = Degrees.of(store)
    assert degrees.sinks == {E + "famous"}
    # any predicate towards an IRI that is no sink: at most FANOUT statements (1 + 100 +
    # 100 within 250); towards the sink, any predicate's most (1 + 306 + 306)
    assert _bound(degrees, f"SELECT * {{ ?s ?p <{E}o1> }}", 250)[0] is True
    assert _bound(degrees, f"SELECT * {{ ?s ?p <{E}famous> }}", 250)[0] is False


@pytest.mark.parametrize(
    ("query", "within"),
    [
        # any predicate of a subject that is no hub: at most FANOUT statements
        (f"SELECT * {{ <{E}x> ?p ?o }}", True),
        (f"SELECT * {{ <{E}big> ?p ?o }}", False),
        # reached through a predicate that never leads to a hub
        (f"SELECT * {{ <{E}y> <{E}r> ?o . ?o ?p ?v }}", True),
        # reached through one that may
        (f"SELECT * {{ <{E}y> <{E}link> ?o . ?o ?p ?v }}", False),
        # reached from an object (a subject of the pattern before): may be a hub
        (f"SELECT * {{ ?s <{E}p> <{E}o1> . ?s ?p ?v }}", False),
    ],
)
def test_any_predicate_of_a_subject_that_is_no_hub(query: str, within: bool) -> None:
    """With a budget of 250: a subject that is no hub costs 1 lookup, at most FANOUT (100)
    entries and as many solutions (201); the hub, any predicate's most: 1 + 163 + 163."""
    degrees = Degrees.of(_with_a_hub())
    assert _bound(degrees, query, 250)[0] is within


def test_joined_and_united_groups_are_probed_each_on_its_own(degrees: Degrees) -> None:
    one = f"<{E}x> <{E}r> ?o"
    many = f"<{E}hub> <{E}p> ?s"
    # a union adds the sizes: 1 + 40 rows
    assert _bound(degrees, f"SELECT * {{ {{ {one} }} UNION {{ {many} }} }}", 100) == (True, 43)
    # an optional group: 40 rows by 1, its lookups charged once per row on the left
    within, read = _bound(degrees, f"SELECT * {{ {many} OPTIONAL {{ {one} }} }}", 1000)
    assert within
    assert read == 1 + 40 + 40 * 2
    # an optional basic graph pattern is looked up from the values before it (the engine's
    # ForLoopLeftJoin): 1 + 1, then 1 + 1 per solution on the left
    chained = f"SELECT * {{ <{E}x> <{E}r> ?o OPTIONAL {{ ?o <{E}q> ?n }} }}"
    assert _bound(degrees, chained, 100) == (True, 4)
    # but nothing after it is looked up from what only the optional part binds
    after = f"SELECT * {{ <{E}x> <{E}r> ?o OPTIONAL {{ ?o <{E}q> ?n }} ?n <{E}q> ?m }}"
    assert _bound(degrees, after, 10_000)[0] is False
    twice = (
        f"SELECT * {{ <{E}x> <{E}r> ?o OPTIONAL {{ ?o <{E}q> ?n }} OPTIONAL {{ ?n <{E}q> ?m }} }}"
    )
    assert _bound(degrees, twice, 10_000)[0] is False


def test_a_construct_counts_its_template_per_solution(degrees: Degrees) -> None:
    query = f"CONSTRUCT {{ ?o <{E}a> 1 ; <{E}b> 2 }} WHERE {{ <{E}hub> <{E}p> ?o }}"
    # 1 lookup + 40 entries + 40 solutions of 2 triples
    assert _bound(degrees, query, 121) == (True, 41)
    assert _bound(degrees, query, 120)[0] is False


# -- the engine's plans ------------------------------------------------------------------


def _oxigraph() -> str:
    found = shutil.which("oxigraph") or str(Path(sys.executable).parent / "oxigraph")
    if not Path(found).exists():
        pytest.skip("the oxigraph CLI is missing (pip install oxigraph)")
    return found


def _plan(location: Path, query: str) -> list[tuple[int, str]]:
    """(depth, name) of each node of the engine's plan for ``query``."""
    done = subprocess.run(
        [
            *(_oxigraph(), "query", "--location", str(location), "--union-default-graph"),
            *("--explain", "--results-format", "nt" if "CONSTRUCT" in query else "tsv"),
            *("--query", query),
        ],
        capture_output=True,
        text=True,
        check=True,
    )
    nodes = re.findall(r'^( *)name: "(.*)",$', done.stderr, re.MULTILINE)
    assert nodes, done.stderr
    return [(len(indent), name) for indent, name in nodes]


def _scanned(plan: list[tuple[int, str]]) -> list[str]:
    """The patterns the plan reads without a known term: neither an IRI as subject or
    object, nor inside a later child of a join that looks it up with the values before it
    (``Lateral``, ``ForLoopLeftJoin``)."""
    scanned = []
    for index, (_, name) in enumerate(plan):
        if not name.startswith(("QuadPattern(", "Path(")):
            continue
        terms = name[name.index("(") + 1 : -1].split(" ")
        if terms[0].startswith("<") or terms[-1].startswith("<"):
            continue
        if not any(_later_child(plan, index, at) for at in _ancestors(plan, index)):
            scanned.append(name)
    return scanned


def _ancestors(plan: list[tuple[int, str]], index: int) -> list[int]:
    found, depth = [], plan[index][0]
    for at in range(index - 1, -1, -1):
        if plan[at][0] < depth:
            found.append(at)
            depth = plan[at][0]
    return found


def _later_child(plan: list[tuple[int, str]], index: int, ancestor: int) -> bool:
    """Whether node ``index`` is inside a child of the join at ``ancestor`` other than
    its first."""
    if not plan[ancestor][1].startswith(("Lateral", "ForLoop")):
        return False
    child_depth = min(d for d, _ in plan[ancestor + 1 : index + 1])
    children = [at for at in range(ancestor + 1, index + 1) if plan[at][0] == child_depth]
    return len(children) > 1


def test_the_engine_looks_up_what_the_probe_counts_from_known_terms(tmp_path: Path) -> None:
    """The probe's bound holds only if the engine looks each pattern of a basic graph
    pattern up from a term it knows; ``oxigraph query --explain`` shows it does, for the
    shapes of the benchmark's light queries and for their patterns in reverse order.
    (Parts that share no variable may be joined by a hash join: each is still looked up
    from its own known terms, and the probe charges more than such a join reads.)"""
    location = tmp_path / "store"
    on_disk = Store(str(location))
    on_disk.extend(_example())
    on_disk.flush()
    del on_disk
    shapes = [
        f"SELECT * {{ <{E}x> <{E}r> ?o . ?o <{E}q> ?n }}",
        f"SELECT * {{ ?o <{E}q> ?n . <{E}x> <{E}r> ?o }}",
        f"SELECT * {{ <{E}x> <{E}p> ?o ; <{E}r> ?r . ?o <{E}q> ?n . ?r <{E}q> ?m }}",
        f"SELECT * {{ ?r <{E}q> ?m . ?o <{E}q> ?n . <{E}x> <{E}r> ?r ; <{E}p> ?o }}",
        f'SELECT * {{ <{E}x> <{E}p> ?o FILTER(LANG(?o) = "de") }}',
        f"SELECT * {{ <{E}x> <{E}p>|<{E}r> ?o . ?o ?q ?v }}",
        f"SELECT * {{ ?s <{E}p> <{E}o1> . ?s <{E}r> ?t . ?t <{E}q> ?n }}",
        f"CONSTRUCT {{ ?o ?q ?v }} WHERE {{ {{ <{E}x> ?q ?v }} UNION {{ <{E}x> <{E}p> ?o . ?o ?q ?v }} }}",
        f"SELECT * {{ <{E}x> <{E}p> ?o OPTIONAL {{ ?o <{E}q> ?n }} }}",
        f"SELECT * {{ <{E}x> <{E}p> ?o OPTIONAL {{ ?n ?q ?v . ?o <{E}q> ?n }} }}",
        f"SELECT * {{ <{E}x> <{E}p> ?o OPTIONAL {{ ?o <{E}q> ?n }} OPTIONAL {{ ?o ?r ?m }} }}",
        f"SELECT * {{ <{E}x> <{E}p> ?o OPTIONAL {{ ?o <{E}q> ?n FILTER(?n != 3) }} }}",
    ]
    for query in shapes:
        plan = _plan(location, query)
        assert _scanned(plan) == [], plan


def test_the_plan_reader_sees_a_scan(tmp_path: Path) -> None:
    """The check above can fail: a pattern no known term reaches is reported."""
    location = tmp_path / "store"
    on_disk = Store(str(location))
    on_disk.extend(_example())
    on_disk.flush()
    del on_disk
    plan = _plan(location, f"SELECT * {{ ?s <{E}q> ?n }}")
    assert _scanned(plan) == [f"QuadPattern(?s <{E}q> ?n)"]


# -- in the server -----------------------------------------------------------------------


@pytest.fixture(scope="module")
def lone_worker(server_settings: Settings) -> Iterator[tuple[str, FastAPI]]:
    """A server with a single worker (and the store's degrees counted)."""
    settings = server_settings.model_copy(
        update={"workers": 1, "worker_threads": 1, "query_timeout": 600.0, "port": free_port()}
    )
    with serve(settings) as (url, app):
        eventually(lambda: app.state.kg.light.degrees is not None, "the degrees were counted")
        yield url, app


def test_a_small_query_is_answered_while_every_worker_is_busy(
    lone_worker: tuple[str, FastAPI],
) -> None:
    url, app = lone_worker
    with httpx.Client(base_url=url, timeout=WAIT) as client:
        for _ in range(2):  # a shape is judged from its second use on
            assert client.get("/sparql", params={"query": CHEAP}).json()["boolean"] is True
        with occupied(url, app.state.kg.pool):
            small = client.get("/sparql", params={"query": CHEAP, "timeout": "1"})
            assert small.status_code == 200
            assert small.json()["boolean"] is True
            scan = client.get("/sparql", params={"query": SCAN, "timeout": "1"})
            assert scan.status_code == 503


def test_without_a_budget_every_query_goes_to_a_worker(server_settings: Settings) -> None:
    settings = server_settings.model_copy(
        update={
            "workers": 1,
            "worker_threads": 1,
            "query_timeout": 600.0,
            "port": free_port(),
            "light_budget": 0,
        }
    )
    with serve(settings) as (url, app), httpx.Client(base_url=url, timeout=WAIT) as client:
        assert app.state.kg.light is None
        for _ in range(2):
            assert client.get("/sparql", params={"query": CHEAP}).json()["boolean"] is True
        with occupied(url, app.state.kg.pool):
            assert client.get("/sparql", params={"query": CHEAP, "timeout": "1"}).status_code == 503


SAME = [
    "SELECT ?label WHERE { <https://w3id.org/digikom/id/org/polyteia> rdfs:label ?label }",
    "CONSTRUCT { <https://w3id.org/digikom/id/org/polyteia> ?p ?o } WHERE "
    "{ <https://w3id.org/digikom/id/org/polyteia> a ?o BIND(rdf:type AS ?p) }",
    CHEAP,
]
ACCEPT = [
    "application/sparql-results+json",
    "application/sparql-results+xml",
    "text/csv",
    "text/tab-separated-values",
    "text/turtle",
    "application/n-triples",
    "application/ld+json",
    "application/rdf+xml",
]


def test_answers_in_the_web_process_are_a_workers_byte_for_byte(
    lone_worker: tuple[str, FastAPI], server_settings: Settings
) -> None:
    """The lone worker is kept busy while the light server answers: so its answers come
    from the web process; they equal a worker's, from a server without a budget."""
    url, app = lone_worker
    settings = server_settings.model_copy(update={"port": free_port(), "light_budget": 0})
    expected: dict[tuple[str, str], httpx.Response] = {}
    with serve(settings) as (plain_url, _), httpx.Client(base_url=plain_url) as plain:
        for query in SAME:
            for accept in ACCEPT:
                answer = plain.get("/sparql", params={"query": query}, headers={"Accept": accept})
                if answer.status_code == 200:  # else a format this kind of result has not
                    expected[(query, accept)] = answer
    assert len(expected) >= 10
    with httpx.Client(base_url=url, timeout=WAIT) as light:
        for query, accept in expected:
            for _ in range(2):  # a shape is judged from its second use on
                light.get("/sparql", params={"query": query}, headers={"Accept": accept})
        with occupied(url, app.state.kg.pool):
            for (query, accept), answer in expected.items():
                params = {"query": query, "timeout": "1"}
                got = light.get("/sparql", params=params, headers={"Accept": accept})
                assert got.status_code == 200, (query, accept, got.text)
                assert got.content == answer.content, (query, accept)
                assert got.headers["content-type"] == answer.headers["content-type"]
