"""`kg export`: the graph in RDF formats (all documents merged), GraphML for Gephi, or CSV of facts.

Formats are looked up by name in one registry; aliases and file extensions map to the same writer.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox

from kg import store as kgstore
from kg.model import KGError
from kg.vocab import PREFIXES


@dataclass(frozen=True)
class Format:
    name: str
    aliases: tuple[str, ...]
    extensions: tuple[str, ...]
    description: str


FORMATS = [
    Format("ttl", ("turtle", "text/turtle"), (".ttl",), "Turtle, all documents merged into one graph"),
    Format("nt", ("ntriples", "n-triples"), (".nt",), "N-Triples, all documents merged"),
    Format("nq", ("nquads", "n-quads"), (".nq",), "N-Quads, one named graph per document (provenance kept)"),
    Format("trig", (), (".trig",), "TriG, one named graph per document"),
    Format("jsonld", ("json-ld",), (".jsonld", ".json"), "JSON-LD, all documents merged"),
    Format("graphml", (), (".graphml",), "GraphML of entities and relations, for Gephi"),
    Format("csv", (), (".csv",), "CSV, one row per fact with its evidence and document"),
]
_BY_NAME = {a: f for f in FORMATS for a in (f.name, *f.aliases)}


def resolve_format(fmt: str | None, output: str | None) -> Format:
    if fmt:
        f = _BY_NAME.get(fmt.lower())
        if f is None:
            raise KGError(f"unknown export format {fmt!r}", hint="choose one of: " + ", ".join(f.name for f in FORMATS))
        return f
    if output:
        ext = Path(output).suffix.lower()
        for f in FORMATS:
            if ext in f.extensions:
                return f
        raise KGError(f"cannot tell the format from {output!r}", hint="pass --format (" + ", ".join(f.name for f in FORMATS) + ")")
    raise KGError("no export format given", hint="pass --format, or -o FILE with a known extension")


def merged_triples(store: ox.Store) -> list:
    return list(kgstore.query(store, "CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }"))


def export_bytes(store: ox.Store, fmt: Format) -> bytes:
    prefixes = {k: v for k, v in PREFIXES.items()}
    if fmt.name in ("ttl", "nt", "jsonld"):
        rdf = {"ttl": ox.RdfFormat.TURTLE, "nt": ox.RdfFormat.N_TRIPLES, "jsonld": ox.RdfFormat.JSON_LD}[fmt.name]
        triples = merged_triples(store)
        if fmt.name == "nt":
            return ox.serialize(triples, format=rdf)
        return ox.serialize(triples, format=rdf, prefixes=prefixes)
    if fmt.name == "nq":
        return store.dump(format=ox.RdfFormat.N_QUADS)
    if fmt.name == "trig":
        return store.dump(format=ox.RdfFormat.TRIG, prefixes=prefixes)
    if fmt.name == "graphml":
        import networkx as nx

        from kg.network import entity_graph

        g = entity_graph(store)
        buf = io.BytesIO()
        nx.write_graphml(_graphml_safe(g), buf)
        return buf.getvalue()
    if fmt.name == "csv":
        return facts_csv(store).encode()
    raise KGError(f"no writer for {fmt.name}")


def _graphml_safe(g):
    """GraphML attributes must be scalars: join lists."""
    h = g.copy()
    for _, d in h.nodes(data=True):
        for k, v in list(d.items()):
            if isinstance(v, list | tuple | set):
                d[k] = "; ".join(map(str, v))
            elif v is None:
                d[k] = ""
    for _, _, d in h.edges(data=True):
        for k, v in list(d.items()):
            if isinstance(v, list | tuple | set):
                d[k] = "; ".join(map(str, v))
            elif v is None:
                d[k] = ""
    return h


FACTS_QUERY = """
SELECT DISTINCT ?subject ?slabel ?property ?object ?olabel ?evidence ?rule ?confidence ?document ?title ?path WHERE {
  ?a a cakg:Assertion ; rdf:subject ?subject ; rdf:predicate ?property ; rdf:object ?object ;
     cakg:evidence ?evidence ; cakg:rule ?rule ; cakg:confidence ?confidence ; prov:wasDerivedFrom ?document .
  OPTIONAL { ?subject rdfs:label ?slabel }
  OPTIONAL { ?object rdfs:label ?olabel }
  OPTIONAL { ?document dcterms:title ?title }
  OPTIONAL { ?document cakg:sourcePath ?path }
} ORDER BY ?slabel ?property ?olabel
"""


def facts_csv(store: ox.Store) -> str:
    res = kgstore.query(store, FACTS_QUERY)
    names = [v.value for v in res.variables]
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(names)
    for sol in res:
        w.writerow([(sol[n].value if sol[n] is not None else "") for n in names])
    return buf.getvalue()


def export(store: ox.Store, fmt: str | None = None, output: str | None = None) -> bytes:
    """Serialise the store; writes `output` when given and returns the bytes."""
    f = resolve_format(fmt, output)
    data = export_bytes(store, f)
    if output and output != "-":
        Path(output).write_bytes(data)
    return data
