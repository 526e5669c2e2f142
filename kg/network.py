"""The entity graph as networkx: nodes are entities, edges are relations; centrality and communities."""

from __future__ import annotations

import pyoxigraph as ox

from kg import store as kgstore
from kg import vocab

NODES_QUERY = """
SELECT ?e (SAMPLE(?l) AS ?label) (GROUP_CONCAT(DISTINCT STR(?t); separator=" ") AS ?types) WHERE {
  ?e a ?t ; rdfs:label ?l . FILTER(STRSTARTS(STR(?e), STR(res:))) FILTER(STRSTARTS(STR(?t), STR(cakg:)))
} GROUP BY ?e
"""
EDGES_QUERY = """
SELECT ?s ?p ?o (SAMPLE(?ev) AS ?evidence) (GROUP_CONCAT(DISTINCT STR(?d); separator=" ") AS ?docs) WHERE {
  ?a rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o ; cakg:evidence ?ev ; prov:wasDerivedFrom ?d .
  FILTER(isIRI(?o))
} GROUP BY ?s ?p ?o
"""


def most_specific(types: list[str]) -> str:
    local = [t.removeprefix(vocab.CAKG) for t in types]
    cands = [t for t in local if t in vocab.CLASSES and t not in ("Document", "Assertion")]
    for t in cands:
        if not any(t != u and t in vocab.superclasses(u) for u in cands):
            return vocab.contract_class(t)
    return cands[0] if cands else "Thing"


def entity_graph(store: ox.Store):
    import networkx as nx

    g = nx.MultiDiGraph()
    for sol in kgstore.query(store, NODES_QUERY):
        iri = sol["e"].value
        types = sol["types"].value.split()
        g.add_node(iri, label=sol["label"].value, cls=most_specific(types), types=[t.removeprefix(vocab.CAKG) for t in types])
    for sol in kgstore.query(store, EDGES_QUERY):
        s, o = sol["s"].value, sol["o"].value
        if s in g and o in g:
            g.add_edge(s, o, key=sol["p"].value, property=sol["p"].value.removeprefix(vocab.CAKG), evidence=sol["evidence"].value, documents=sol["docs"].value.split())
    return g


def central_actors(store: ox.Store, top: int = 15) -> dict:
    """Most central entities by degree and betweenness, and communities (greedy modularity)."""
    import networkx as nx

    g = entity_graph(store)
    u = nx.Graph(g.to_undirected())
    if u.number_of_nodes() == 0:
        return {"central": [], "communities": []}
    deg = dict(u.degree())
    bet = nx.betweenness_centrality(u, k=min(300, u.number_of_nodes()), seed=7) if u.number_of_edges() else {}
    ranked = sorted(u.nodes, key=lambda n: (-deg[n], -bet.get(n, 0.0), g.nodes[n]["label"]))[:top]
    central = [
        {"iri": n, "label": g.nodes[n]["label"], "class": g.nodes[n]["cls"], "degree": deg[n], "betweenness": bet.get(n, 0.0)}
        for n in ranked
    ]
    comms = []
    if u.number_of_edges():
        from networkx.algorithms.community import greedy_modularity_communities

        for c in greedy_modularity_communities(u):
            if len(c) >= 3:
                comms.append(sorted((g.nodes[n]["label"] for n in c), key=lambda x: -deg.get(x, 0)))
    return {"central": central, "communities": comms[:10]}
