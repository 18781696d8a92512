"""``kg ingest``: one article's findings as a single SPARQL Update for the live store.

The update replaces the article's graph and its description in the metadata graph in one
request, so a failure leaves the store as it was; the store itself is opened by the CLI.
"""

from __future__ import annotations

import datetime as dt
import hashlib

from pyoxigraph import Literal, NamedNode, Quad, Store

from kg import iris
from kg.vocab import DK, META_GRAPH, PROV, RDF, RDFS, XSD
from loaders.articles import rerank
from loaders.articles.extract import extract
from loaders.articles.gazetteer import Gazetteer
from loaders.articles.rdf import LOADER, ArticleMeta, article_graph
from loaders.codes import CodeLists
from loaders.terms import QuadList, integer_literal


def ingest_update(
    store: Store, meta: ArticleMeta, text: str, file_name: str, *, rules_only: bool = False
) -> tuple[str, int]:
    """The SPARQL Update that writes ``text``'s findings, and how many quads they are
    (funding facts chosen by the learned model unless ``rules_only``)."""
    from kg.ontology import ontology_store  # see Gazetteer.from_curated for why it is here

    gazetteer = Gazetteer.from_store(store, skip=meta.document.value + "/")
    model = None if rules_only else rerank.bundled()
    findings = extract(text, gazetteer, article_date=meta.date, model=model)
    publisher = gazetteer.lookup(meta.publisher)
    codes = CodeLists.from_store(ontology_store())
    data = article_graph(
        meta, text, findings, codes, publisher=None if publisher is None else publisher.entity
    )
    described = _description(meta, len(data.quads), text, file_name)
    load = iris.load(meta.graph)
    update = (
        f"DROP SILENT GRAPH {meta.graph} ;\n"
        f"DELETE WHERE {{ GRAPH {META_GRAPH} {{ {meta.graph} ?p ?o }} }} ;\n"
        f"DELETE WHERE {{ GRAPH {META_GRAPH} {{ {load} ?p ?o }} }} ;\n"
        f"INSERT DATA {{\n{_block(data.quads)}\n{_block(described.quads)}\n}}"
    )
    return update, len(data.quads)


def _description(meta: ArticleMeta, count: int, text: str, file_name: str) -> QuadList:
    now = dt.datetime.now(dt.UTC).replace(microsecond=0).isoformat().replace("+00:00", "Z")
    out = QuadList(META_GRAPH)
    load = iris.load(meta.graph)
    source = iris.source_file(hashlib.sha256(text.encode("utf-8")).hexdigest())
    out.add(meta.graph, RDF.type, DK.SourceGraph)
    out.add(meta.graph, PROV.wasGeneratedBy, load)
    out.add(meta.graph, PROV.wasDerivedFrom, meta.document)
    out.add(meta.graph, RDFS.label, Literal(meta.title))
    out.add(meta.graph, DK.tripleCount, integer_literal(count))
    out.add(load, RDF.type, DK.Load)
    out.add(load, PROV.wasAssociatedWith, iris.loader(LOADER))
    out.add(load, PROV.startedAtTime, Literal(now, datatype=XSD.dateTime))
    out.add(load, PROV.endedAtTime, Literal(now, datatype=XSD.dateTime))
    out.add(load, PROV.used, source)
    out.add(source, RDF.type, DK.SourceFile)
    out.add(source, DK.fileName, Literal(file_name))
    out.add(source, DK.sha256, Literal(source.value.rsplit("/", 1)[-1]))
    agent = iris.loader(LOADER)
    out.add(agent, RDF.type, DK.Loader)
    out.add(agent, RDFS.label, Literal(LOADER))
    return out


def _block(quads: list[Quad]) -> str:
    graphs: dict[str, list[str]] = {}
    for quad in quads:
        assert isinstance(quad.graph_name, NamedNode)
        graphs.setdefault(str(quad.graph_name), []).append(
            f"{quad.subject} {quad.predicate} {quad.object} ."
        )
    return "\n".join(f"GRAPH {g} {{\n" + "\n".join(lines) + "\n}" for g, lines in graphs.items())
