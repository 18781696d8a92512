"""Small queries answered in the web process, when the store shows that their work is small.

Every query may run in a worker process, where its time limit holds (``kg.web.workers``).
For a point lookup, though, the round trip to a worker costs several times the engine's
own work (about 200 µs of CPU against a few dozen). So a query runs in the web process
instead when, before it runs, the store itself shows that evaluating it reads only a few
index entries:

1. The query's *shape* — its text with each absolute IRI after the prologue replaced by a
   placeholder — is parsed into SPARQL algebra (rdflib) the second time it is seen, and
   the verdict kept: a query sent once costs nothing here.
2. A shape qualifies when it is made only of basic graph patterns (triple patterns, and
   paths that are alternatives or inverses of IRIs), FILTER and BIND without EXISTS,
   UNION, OPTIONAL, joined groups, projection, DISTINCT, ORDER BY, LIMIT and OFFSET, in a
   SELECT, ASK or CONSTRUCT without a dataset clause. Everything else (GRAPH, SERVICE,
   MINUS, VALUES, aggregates, ``*`` and ``+`` paths, DESCRIBE) goes to a worker.
3. For a qualifying shape, a *probe* bounds the work by the store's *degrees* — for each
   predicate, the most objects any one subject has with it, and the most subjects any one
   object has (``Degrees``, counted once in the background when the server starts, and
   again after a write). It looks the patterns of each basic graph pattern up one after
   the other, the way the engine does: each from a term already known (an IRI or literal
   of the query, or a variable bound by a pattern before it), finding at most the
   predicate's degree per lookup. A variable predicate may find any of the subject's
   statements: at most ``FANOUT`` for a subject that is no *hub* (a subject with more
   statements, listed in ``Degrees``) — a constant not listed, or a variable reached as
   the object of predicates that never lead to a hub — else the sum of all degrees; and
   towards an IRI of the query that is no *sink* (pointed at by more), at most ``FANOUT``
   statements point at it. A pattern that no known term reaches disqualifies the query,
   as does a bound over ``BUDGET`` index entries or result rows. An OPTIONAL basic graph
   pattern after a basic graph pattern is looked up from the values before it, its lookups
   charged once per solution before it (the engine's ``ForLoopLeftJoin``); nothing later
   is looked up from what only an optional part binds. Other groups joined, optional or
   united are bounded each on its own (the engine may evaluate them so), their joins by
   the product of their sizes, the right side's lookups charged once per solution on the
   left.

The bound depends only on the shape, the IRIs of its predicates and which of its IRIs are
hubs, so the verdict is kept for them; a query of a known shape costs a scan of its text
and a lookup. The bound never under-counts for these shapes. It rests on one property of
the engine, which ``tests/web/test_light.py`` checks with ``oxigraph query --explain``:
within a basic graph pattern, and for an OPTIONAL basic graph pattern after one, Oxigraph
looks a pattern up with the values of those before it (``Lateral`` and ``ForLoopLeftJoin``
over index lookups), never by scanning it; parts that share no variable may be joined by a
hash join, each part still looked up from its own known terms.

Only queries to the embedded store qualify, only over the default dataset (the union of all
graphs), and never while a write is being applied. A query answered here has no time limit
of its own: its bound is its limit.
"""

from __future__ import annotations

import asyncio
import collections
import io
import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any, Final

from pyoxigraph import NamedNode, QueryBoolean, QueryResultsFormat, QueryTriples, Store
from rdflib.paths import AlternativePath, InvPath, Path
from rdflib.plugins.sparql.algebra import translateQuery
from rdflib.plugins.sparql.parser import parseQuery
from rdflib.plugins.sparql.parserutils import CompValue
from rdflib.term import BNode, URIRef, Variable
from rdflib.term import Literal as RdflibLiteral

from kg.vocab import PREFIXES
from kg.web.workers import _evaluate as evaluate
from kg.web.workers import _rdf_format, capped_json

BUDGET: Final = 1000  # index entries a probe may read (and result rows a query may have)
LONGEST: Final = 2000  # characters: longer queries always go to a worker
SHAPES: Final = 512  # shapes remembered
SLOT: Final = "urn:x-kg-slot:"
FANOUT: Final = 100  # statements of one subject above which it is a hub (see ``Degrees``)

# Outside comments and strings, an IRI of the query body becomes a numbered slot.
_TOKEN = re.compile(
    r'"""(?:[^"\\]|\\.|"(?!""))*"""|' + r"'''(?:[^'\\]|\\.|'(?!''))*'''|"
    r'"(?:[^"\\\n]|\\.)*"|' + r"'(?:[^'\\\n]|\\.)*'|"
    r"#[^\n]*|"
    r"<([A-Za-z][A-Za-z0-9+.-]*:[^\s<>\"{}|^`\\]*)>",
    re.DOTALL,
)
_PROLOGUE = re.compile(r"(?:\s+|#[^\n]*|PREFIX\s*[^\s:]*:\s*<[^>]*>|BASE\s*<[^>]*>)*", re.I)
_PASS_THROUGH: Final = frozenset(
    {"Project", "Distinct", "Reduced", "Slice", "OrderBy", "Filter", "Extend", "ToMultiSet"}
)
_FORBIDDEN_IN_EXPRESSIONS: Final = frozenset({"Builtin_EXISTS", "Builtin_NOTEXISTS"})


def shape_of(text: str) -> tuple[str, list[str]]:
    """The query with the IRIs of its body replaced by slots, and those IRIs in order.

    >>> shape_of('PREFIX a: <http://a/> SELECT * { <http://x/1> a:p "<http://y/>" }')
    ('PREFIX a: <http://a/> SELECT * { <urn:x-kg-slot:0> a:p "<http://y/>" }', ['http://x/1'])
    """
    iris: list[str] = []
    parts: list[str] = []
    prologue = _PROLOGUE.match(text)
    done = 0
    for token in _TOKEN.finditer(text, prologue.end() if prologue else 0):
        iri = token.group(1)
        if iri is None:
            continue
        parts += [text[done : token.start()], f"<{SLOT}{len(iris)}>"]
        iris.append(iri)
        done = token.end()
    parts.append(text[done:])
    return "".join(parts), iris


@dataclass(frozen=True)
class Plan:
    """A qualifying shape: its algebra (rdflib), and the kind of query."""

    algebra: Any
    kind: str  # "SelectQuery", "AskQuery" or "ConstructQuery"
    template_size: int  # triples in a CONSTRUCT template
    predicate_slots: tuple[int, ...]  # the slots a verdict depends on: predicates (sorted)


class _OverBudget(Exception):
    pass


class Shapes:
    """Verdicts on query shapes, the most recently used kept."""

    def __init__(self, size: int = SHAPES) -> None:
        self.size = size
        self._known: collections.OrderedDict[str, Plan | bool | None] = collections.OrderedDict()

    def plan(self, shape: str) -> Plan | None:
        """The plan of a qualifying shape; ``None`` for one that does not qualify, or is
        seen for the first time (then only remembered as seen)."""
        found = self._known.get(shape, False)
        if found is False:
            self._remember(shape, True)  # seen once
            return None
        self._known.move_to_end(shape)
        if found is True:
            found = analyse(shape)
            self._known[shape] = found
        return found

    def _remember(self, shape: str, verdict: Plan | bool | None) -> None:
        self._known[shape] = verdict
        if len(self._known) > self.size:
            self._known.popitem(last=False)


def analyse(shape: str) -> Plan | None:
    """The plan of ``shape`` when it qualifies (see the module's doc), else ``None``."""
    try:
        query = translateQuery(parseQuery(shape), initNs=PREFIXES)
    except Exception as error:  # rdflib raises many kinds; the worker will say why
        _forget(error)
        return None
    algebra = query.algebra
    kind = algebra.name
    if kind not in ("SelectQuery", "AskQuery", "ConstructQuery"):
        return None
    if dict.get(algebra, "datasetClause") or not _qualifies(algebra.p):
        return None
    template = dict.get(algebra, "template") or ()
    if any(not _plain_term(term) for triple in template for term in triple):
        return None
    slots = sorted({int(str(iri)[len(SLOT) :]) for iri in _predicates(algebra.p)})
    return Plan(algebra.p, kind, len(template), tuple(slots))


def _predicates(node: Any) -> Iterator[Any]:
    """The slot IRIs in predicate positions (and in paths) of a qualifying algebra."""
    if node.name == "BGP":
        for _, predicate, _ in node.triples:
            for step in _steps(predicate):
                step = step.arg if isinstance(step, InvPath) else step
                if isinstance(step, URIRef) and str(step).startswith(SLOT):
                    yield step
        return
    for key in ("p", "p1", "p2"):
        child = dict.get(node, key)
        if child is not None:
            yield from _predicates(child)


def _forget(error: BaseException | None) -> None:
    """Drop the tracebacks of a parse error and the errors it chains: they would keep our
    frames alive in the parser's reference cycles."""
    while error is not None:
        error.__traceback__ = None
        error = error.__context__


def _qualifies(node: Any) -> bool:
    name = getattr(node, "name", None)
    if name == "BGP":
        return all(_qualifying_triple(triple) for triple in node.triples)
    if name in _PASS_THROUGH:
        return _expression_free(node, ("expr", "A", "expr_list")) and _qualifies(node.p)
    if name in ("Join", "Union"):
        return _qualifies(node.p1) and _qualifies(node.p2)
    if name == "LeftJoin":
        return _expression_free(node, ("expr",)) and _qualifies(node.p1) and _qualifies(node.p2)
    return False


def _qualifying_triple(triple: Sequence[Any]) -> bool:
    subject, predicate, obj = triple
    if not (_plain_term(subject) and _plain_term(obj)):
        return False
    if not isinstance(predicate, Path):
        return _plain_term(predicate)
    return all(
        isinstance(step, URIRef) or (isinstance(step, InvPath) and isinstance(step.arg, URIRef))
        for step in _steps(predicate)
    )


def _steps(predicate: Any) -> list[Any]:
    """The alternatives of a path ``a|^b``; a single step (or predicate) alone."""
    return list(predicate.args) if isinstance(predicate, AlternativePath) else [predicate]


def _plain_term(term: Any) -> bool:
    return isinstance(term, URIRef | RdflibLiteral | Variable | BNode)


def _expression_free(node: Any, keys: Sequence[str]) -> bool:
    """No EXISTS, and no graph pattern, anywhere in the node's expressions."""
    return all(_harmless(dict.get(node, key)) for key in keys)


def _harmless(expression: Any) -> bool:
    if isinstance(expression, CompValue):
        name = expression.name
        if name in _FORBIDDEN_IN_EXPRESSIONS or name in ("BGP", "Join", "Union", "LeftJoin"):
            return False
        return all(_harmless(value) for value in expression.values())
    if isinstance(expression, list | tuple):
        return all(_harmless(value) for value in expression)
    return True


# -- the probe ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Degrees:
    """For each predicate, the most objects one subject has with it (``out``) and the most
    subjects one object has with it (``into``), over every graph: what one index lookup
    from a known subject or object can find at most. And for lookups of any predicate from
    a known subject: the *hubs*, subjects with more than ``FANOUT`` statements (every other
    subject has at most that many), and the predicates with a hub among their objects (a
    subject reached through any other predicate is no hub); for lookups of any predicate
    towards a known IRI: the *sinks*, IRIs more than ``FANOUT`` statements point at."""

    out: dict[str, int]
    into: dict[str, int]
    hubs: frozenset[str] = frozenset()
    to_hubs: frozenset[str] = frozenset()
    sinks: frozenset[str] = frozenset()  # objects (IRIs) of more than FANOUT statements

    @classmethod
    def of(cls, store: Store) -> Degrees:
        """Counted over the whole store (a few passes; seconds on millions of quads)."""
        pattern = "{ { ?s ?p ?o } UNION { GRAPH ?g { ?s ?p ?o } } }"
        found = []
        for side in ("?s", "?o"):
            rows = store.query(
                f"SELECT ?p (MAX(?n) AS ?most) {{ SELECT ?p {side} (COUNT(*) AS ?n) "
                f"{pattern} GROUP BY ?p {side} }} GROUP BY ?p"
            )
            found.append({row[0].value: int(row[1].value) for row in rows})  # type: ignore[union-attr]
        rows = store.query(
            f"SELECT ?s {pattern} GROUP BY ?s HAVING (COUNT(*) > {FANOUT}) ORDER BY ?s"
        )
        hubs = [row[0] for row in rows if isinstance(row[0], NamedNode)]  # type: ignore[union-attr]
        to_hubs: set[str] = set()
        for start in range(0, len(hubs), 500):
            listed = " ".join(str(hub) for hub in hubs[start : start + 500])
            rows = store.query(f"SELECT DISTINCT ?p {{ VALUES ?o {{ {listed} }} {pattern} }}")
            to_hubs.update(row[0].value for row in rows)  # type: ignore[union-attr]
        rows = store.query(
            f"SELECT ?o {pattern} GROUP BY ?o HAVING (COUNT(*) > {FANOUT}) ORDER BY ?o"
        )
        sinks = frozenset(row[0].value for row in rows if isinstance(row[0], NamedNode))  # type: ignore[union-attr]
        hub_names = frozenset(h.value for h in hubs)
        return cls(found[0], found[1], hub_names, frozenset(to_hubs), sinks)

    def most(self, predicate: Any, iri: Callable[[Any], str], *, forward: bool) -> int:
        """The most matches of a pattern looked up from its subject (``forward``) or its
        object; ``iri`` gives the IRI of a constant of the query's algebra."""
        along, against = (self.out, self.into) if forward else (self.into, self.out)
        if isinstance(predicate, URIRef):
            return along.get(iri(predicate), 0)
        if isinstance(predicate, Path):
            return sum(
                against.get(iri(step.arg), 0)
                if isinstance(step, InvPath)
                else along.get(iri(step), 0)
                for step in _steps(predicate)
            )
        return sum(along.values())  # a variable: any predicate


class Probe:
    """Bounds the work of evaluating a plan from the store's degrees (see the module's
    doc): index entries read, and solutions."""

    def __init__(self, degrees: Degrees, iris: Sequence[str], budget: int = BUDGET) -> None:
        self.degrees = degrees
        self.iris = iris
        self.budget = budget
        self.read = 0

    def _iri(self, term: Any) -> str:
        """The IRI a constant of the shape stands for (a slot: the query's own)."""
        text = str(term)
        return self.iris[int(text[len(SLOT) :])] if text.startswith(SLOT) else text

    def within_budget(self, plan: Plan) -> bool:
        """Whether the plan's evaluation reads at most ``budget`` entries and its result
        has at most ``budget`` rows (triples for a CONSTRUCT)."""
        try:
            rows = self._size(plan.algebra)
        except _OverBudget:
            return False
        if plan.kind == "ConstructQuery":
            rows *= max(plan.template_size, 1)
        return self.read + rows <= self.budget

    def _charge(self, entries: int) -> None:
        self.read += entries
        if self.read > self.budget:
            raise _OverBudget

    def _size(self, node: Any) -> int:
        """An upper bound of the number of solutions of ``node``; reads are charged."""
        name = node.name
        if name in ("BGP", "LeftJoin"):
            chained = self._chain(node)
            if chained is not None:
                return chained[0]
        if name in _PASS_THROUGH:
            return self._size(node.p)
        if name == "Union":
            return self._size(node.p1) + self._size(node.p2)
        # Join, LeftJoin: each side on its own; the right side may be evaluated once per
        # solution of the left, so its reads are charged that many times
        left = self._size(node.p1)
        mark = self.read
        right = self._size(node.p2)
        self._charge((self.read - mark) * max(left - 1, 0))
        size = left * max(right, 1)
        if size > self.budget:
            raise _OverBudget
        return size

    def _chain(self, node: Any) -> tuple[int, set[str], dict[str, frozenset[str] | None]] | None:
        """A basic graph pattern, or one with OPTIONAL basic graph patterns after it, bounded
        the way the engine evaluates it (a ``ForLoopLeftJoin``: each optional part looked up
        once per solution before it, from the values those bind): its solutions, and the
        variables every solution binds (the optional parts' are not sure to be bound, so
        nothing after is looked up from them). ``None``: not such a pattern."""
        if node.name == "BGP":
            return self._solutions(node.triples)
        if node.name != "LeftJoin" or getattr(node.p2, "name", None) != "BGP":
            return None
        left = self._chain(node.p1)
        if left is None:
            return None
        rows, bound, via = left
        mark = self.read
        right = self._solutions(node.p2.triples, set(bound), dict(via))[0]
        self._charge((self.read - mark) * max(rows - 1, 0))  # once per solution on the left
        rows *= max(right, 1)
        if rows > self.budget:
            raise _OverBudget
        return rows, bound, via

    def _solutions(
        self,
        triples: Sequence[Any],
        bound: set[str] | None = None,
        via: dict[str, frozenset[str] | None] | None = None,
    ) -> tuple[int, set[str], dict[str, frozenset[str] | None]]:
        """Looks the patterns up one after the other, each from a known term (``bound``:
        variables known before): ``rows`` lookups, each finding at most the predicate's
        degree. Returns the solutions, and the variables bound and how."""
        rows = 1
        bound = set() if bound is None else bound
        via = {} if via is None else via  # how each variable was bound
        pending = list(triples)
        while pending:
            pick = _next_pattern(pending, bound)
            if pick is None:
                raise _OverBudget  # no known term leads to this pattern: a scan
            (subject, predicate, obj), from_subject = pending.pop(pick[0]), pick[1]
            self._charge(rows)  # the lookups
            found = self.degrees.most(predicate, self._iri, forward=from_subject)
            if from_subject and _variable(predicate) and not self._hub(subject, via):
                found = FANOUT  # any predicate of a subject that is no hub
            elif not from_subject and _variable(predicate) and self._few_point_at(obj):
                found = FANOUT  # any predicate pointing at an IRI few statements point at
            if from_subject and _known(obj, bound):
                found = min(found, self.degrees.most(predicate, self._iri, forward=False))
            rows *= found
            self._charge(rows)  # the entries found
            if not rows:
                return 0, bound, via
            if from_subject and _variable(obj) and _name(obj) not in bound:
                via[_name(obj)] = self._forward_predicates(predicate)
            bound.update(_name(term) for term in (subject, predicate, obj) if _variable(term))
        return rows, bound, via

    def _hub(self, subject: Any, via: dict[str, frozenset[str] | None]) -> bool:
        """Whether ``subject`` may be a hub: a constant that is one, or a variable bound
        other than as the object of predicates none of whose objects is one."""
        if isinstance(subject, URIRef):
            return self._iri(subject) in self.degrees.hubs
        predicates = via.get(_name(subject)) if _variable(subject) else None
        return predicates is None or not predicates.isdisjoint(self.degrees.to_hubs)

    def _few_point_at(self, obj: Any) -> bool:
        """Whether ``obj`` is an IRI of the query that is no sink (see ``Degrees``)."""
        return isinstance(obj, URIRef) and self._iri(obj) not in self.degrees.sinks

    def _forward_predicates(self, predicate: Any) -> frozenset[str] | None:
        """The predicates whose objects a forward lookup of ``predicate`` finds; ``None``
        when it may be any (a variable) or a subject (an inverse step)."""
        if isinstance(predicate, URIRef):
            return frozenset([self._iri(predicate)])
        if isinstance(predicate, Path):
            steps = _steps(predicate)
            if all(isinstance(step, URIRef) for step in steps):
                return frozenset(self._iri(step) for step in steps)
        return None


def _variable(term: Any) -> bool:
    return isinstance(term, Variable | BNode)


def _name(term: Any) -> str:
    return ("_:" if isinstance(term, BNode) else "") + str(term)


def _known(term: Any, bound: set[str]) -> bool:
    """A constant, or a variable bound by a pattern looked up before."""
    return _name(term) in bound if _variable(term) else True


def _next_pattern(pending: Sequence[Any], bound: set[str]) -> tuple[int, bool] | None:
    """The pattern to look up next and whether from its subject: the first reached from
    its subject, else from its object; ``None`` when no known term reaches any. A literal
    is never a subject, so a pattern with a literal subject is looked up from its object."""
    for index, triple in enumerate(pending):
        if not isinstance(triple[0], RdflibLiteral) and _known(triple[0], bound):
            return index, True
    for index, triple in enumerate(pending):
        if _known(triple[2], bound):
            return index, False
    return None


# -- answering in the web process ---------------------------------------------------------


class Light:
    """What the web process needs to answer small queries itself: the shapes it has seen,
    and the degrees of the store it serves (counted in the background: until they are
    known, and while they are recounted after a write, every query goes to a worker)."""

    def __init__(self) -> None:
        self.shapes = Shapes()
        self.degrees: Degrees | None = None
        self._verdicts: dict[
            tuple[str, tuple[str, ...], tuple[tuple[bool, bool], ...], int], bool
        ] = {}
        self._counting: asyncio.Task[None] | None = None

    def small(self, shape: str, plan: Plan, iris: Sequence[str], budget: int) -> bool:
        """Whether the probe keeps a query of this shape within the budget. The verdict
        depends on the shape and the IRIs of its predicates only; it is remembered until
        the degrees change."""
        assert self.degrees is not None
        hubs, sinks = self.degrees.hubs, self.degrees.sinks
        key = (
            shape,
            tuple(iris[i] for i in plan.predicate_slots),
            tuple((iri in hubs, iri in sinks) for iri in iris) if hubs or sinks else (),
            budget,
        )
        verdict = self._verdicts.get(key)
        if verdict is None:
            verdict = Probe(self.degrees, iris, budget).within_budget(plan)
            if len(self._verdicts) >= SHAPES:
                self._verdicts.clear()
            self._verdicts[key] = verdict
        return verdict

    def count(self, store: Store) -> None:
        """Count the degrees of ``store`` in a thread (Oxigraph releases the GIL)."""
        self.degrees = None
        self._verdicts.clear()
        if self._counting is not None:
            self._counting.cancel()

        async def counting() -> None:
            self.degrees = await asyncio.to_thread(Degrees.of, store)

        self._counting = asyncio.get_running_loop().create_task(counting())

    def stop(self) -> None:
        """Stop counting (at shutdown)."""
        if self._counting is not None:
            self._counting.cancel()


@dataclass(frozen=True)
class Answered:
    """A whole answer, made in the web process."""

    kind: str
    format: str
    body: bytes
    rows: int | None = None
    truncated: bool = False


def answer(store: Store, job: Any, light: Light, *, budget: int = BUDGET) -> Answered | None:
    """The whole answer to ``job`` when its query qualifies and its probe stays within the
    budget; ``None`` otherwise (and on any error: the worker then answers, or says why)."""
    if light.degrees is None or len(job.query) > LONGEST or SLOT in job.query:
        return None
    shape, iris = shape_of(job.query)
    plan = light.shapes.plan(shape)
    if plan is None or not light.small(shape, plan, iris, budget):
        return None
    return _answered(store, job)


def _answered(store: Store, job: Any) -> Answered | None:
    """Run and serialise ``job`` on this thread; ``None`` on any error. (A function of its
    own: its frame, which holds the result, is never on the stack while rdflib parses a
    shape; a frame kept by a parse error's reference cycle would keep the result until the
    garbage collector drops it, perhaps on another thread, which a result must not be.)"""
    try:
        result = evaluate(store, job, {"use_default_graph_as_union": True})
        graph = isinstance(result, QueryTriples)
        kind = "graph" if graph else "boolean" if isinstance(result, QueryBoolean) else "solutions"
        out = io.BytesIO()
        if job.max_rows is not None and kind == "solutions":
            rows, truncated = capped_json(out.write, result, job.max_rows)
            return Answered(kind, "capped-json", out.getvalue(), rows, truncated)
        name = job.graph_format if graph else job.results_format
        if name is None:
            return None  # the worker says what can be served
        if graph:
            result.serialize(out, _rdf_format(name))
        else:
            result.serialize(out, getattr(QueryResultsFormat, name.upper()))
        return Answered(kind, name, out.getvalue())
    except Exception:  # syntax or evaluation errors: the worker reports them
        return None
