"""The embedded Oxigraph store: one named graph per document, one transaction per document."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox

from kg import vocab
from kg.model import KGError

SOURCE_PATH = ox.NamedNode(vocab.CAKG + "sourcePath")


def open_store(path: str | Path | None, *, read_only: bool = False) -> ox.Store:
    """Open (or create) the store at `path`; None gives an in-memory store (tests, notebooks)."""
    if path is None:
        return ox.Store()
    p = Path(path)
    try:
        if read_only:
            if not p.exists():
                raise KGError(f"no store at {p}", hint="run `kg build` first, or pass --store PATH")
            return ox.Store.read_only(str(p))
        p.mkdir(parents=True, exist_ok=True)
        return ox.Store(str(p))
    except OSError as e:
        msg = str(e)
        if "lock" in msg.lower():
            raise KGError(f"the store at {p} is in use by another process", hint="wait for it to finish") from e
        raise KGError(f"cannot open the store at {p}: {msg}") from e


@dataclass
class StoredDoc:
    graph: str
    path: str


def documents(store: ox.Store) -> list[StoredDoc]:
    """The documents in the store (graph IRI and source path)."""
    out = []
    for q in store.quads_for_pattern(None, SOURCE_PATH, None, None):
        out.append(StoredDoc(q.graph_name.value, q.object.value))
    return out


def graphs_for_path(store: ox.Store, path: str) -> list[str]:
    """Graphs of the documents read from `path` (for a JSONL file: from any of its lines)."""
    out = []
    for q in store.quads_for_pattern(None, SOURCE_PATH, None, None):
        v = q.object.value
        if v == path or v.startswith(path + "#"):
            out.append(q.graph_name.value)
    return out


def has_document(store: ox.Store, doc_id: str) -> bool:
    return store.contains_named_graph(ox.NamedNode(vocab.DOC + doc_id))


def put_document(store: ox.Store, doc_id: str, quads: list) -> None:
    """Write one document's graph in one transaction (all its quads or none), together with the registry
    description (aliases, Chinese name, Wikidata link) of curated entities the store does not describe yet."""
    g = ox.NamedNode(vocab.DOC + doc_id)
    store.extend(quads)
    if not store.contains_named_graph(g):
        store.add_graph(g)


def remove_graphs(store: ox.Store, graphs: list[str]) -> int:
    for g in graphs:
        store.remove_graph(ox.NamedNode(g))
    return len(graphs)


def query(store: ox.Store, sparql: str, substitutions: dict | None = None):
    """Run SPARQL over the union of all document graphs; `substitutions` binds variables to terms."""
    if substitutions:
        substitutions = {ox.Variable(k) if isinstance(k, str) else k: v for k, v in substitutions.items()}
    try:
        return store.query(
            sparql,
            use_default_graph_as_union=True,
            prefixes=vocab.PREFIXES,
            substitutions=substitutions,
        )
    except SyntaxError as e:
        raise KGError(f"SPARQL syntax error: {e}", hint="check the query; prefixes cakg:, res:, doc:, rdfs:, skos:, prov: are predefined") from e


REGISTRY = ox.NamedNode(vocab.REGISTRY_GRAPH)
_LABEL = ox.NamedNode(vocab.RDFS + "label")


def has_description(store: ox.Store, iri: ox.NamedNode) -> bool:
    return next(iter(store.quads_for_pattern(iri, _LABEL, None, REGISTRY)), None) is not None


def prune_registry(store: ox.Store) -> int:
    """Drop registry descriptions of entities that no document mentions any more."""
    reg = f"<{vocab.REGISTRY_GRAPH}>"
    q = f"SELECT DISTINCT ?e WHERE {{ GRAPH {reg} {{ ?e ?p ?o }} FILTER NOT EXISTS {{ GRAPH ?g {{ ?d schema:mentions ?e }} }} }}"
    stale = [sol["e"] for sol in store.query(q, prefixes=vocab.PREFIXES)]
    for e in stale:
        for quad in list(store.quads_for_pattern(e, None, None, REGISTRY)):
            store.remove(quad)
    return len(stale)
