"""`kg stats` and `kg show`: what the store holds, and everything known about one entity."""

from __future__ import annotations

import re

import pyoxigraph as ox

from kg import store as kgstore
from kg.model import KGError
from kg.query import compact


def stats(store: ox.Store) -> dict:
    def rows(q):
        return [[t.value if t is not None else None for t in sol] for sol in kgstore.query(store, q)]

    docs = rows("SELECT (COUNT(DISTINCT ?d) AS ?n) WHERE { ?d a cakg:Document }")[0][0]
    classes = rows(
        "SELECT ?c (COUNT(DISTINCT ?x) AS ?n) WHERE { ?x a ?c . FILTER(STRSTARTS(STR(?c), STR(cakg:)))"
        " FILTER(?c NOT IN (cakg:Document, cakg:Assertion)) } GROUP BY ?c ORDER BY DESC(?n)"
    )
    props = rows(
        "SELECT ?p (COUNT(*) AS ?n) WHERE { SELECT DISTINCT ?s ?p ?o WHERE { ?s ?p ?o ."
        " FILTER(STRSTARTS(STR(?p), STR(cakg:))) FILTER(STRSTARTS(STR(?s), STR(res:))) } } GROUP BY ?p ORDER BY DESC(?n)"
    )
    quads = rows("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }")[0][0]
    return {
        "documents": int(docs),
        "quads": int(quads),
        "classes": {compact(c): int(n) for c, n in classes},
        "properties": {compact(p): int(n) for p, n in props},
    }


def format_stats(s: dict) -> str:
    out = [f"documents  {s['documents']}", f"quads      {s['quads']}", "", "entities by class:"]
    out += [f"  {k:<28} {v}" for k, v in s["classes"].items()]
    out += ["", "facts by property:"]
    out += [f"  {k:<28} {v}" for k, v in s["properties"].items()]
    if "central" in s:
        out += ["", "most central actors (degree, betweenness):"]
        out += [f"  {r['label']:<32} {r['degree']:>4}  {r['betweenness']:.3f}" for r in s["central"]]
        if s.get("communities"):
            out += ["", "communities:"]
            out += [f"  {i + 1}. " + ", ".join(c[:8]) + (" …" if len(c) > 8 else "") for i, c in enumerate(s["communities"])]
    return "\n".join(out)


def _norm(s: str) -> str:
    return re.sub(r"[\W_]+", "", s.casefold())


def find_entities(store: ox.Store, name: str) -> list[str]:
    """IRIs of entities whose label or alias matches `name` (case, spaces and punctuation ignored)."""
    want = _norm(name)
    q = "SELECT DISTINCT ?e ?l WHERE { { ?e rdfs:label ?l } UNION { ?e skos:altLabel ?l } FILTER(STRSTARTS(STR(?e), STR(res:))) }"
    hits = []
    for sol in kgstore.query(store, q):
        if _norm(sol["l"].value) == want:
            hits.append(sol["e"].value)
    return list(dict.fromkeys(hits))


def show(store: ox.Store, name: str) -> dict:
    iris = find_entities(store, name)
    if not iris:
        raise KGError(f"no entity named {name!r} in the store", hint="try `kg query` with a label search, or check the spelling")
    iri = iris[0]
    node = ox.NamedNode(iri)
    sub = {"e": node}

    label = _one(store, "SELECT ?e ?l WHERE { ?e rdfs:label ?l } LIMIT 1", sub) or name
    types = sorted({compact(r[0]) for r in _rows(store, "SELECT DISTINCT ?e ?t WHERE { ?e a ?t }", sub)})
    aliases = sorted({r[0] for r in _rows(store, "SELECT DISTINCT ?e ?a WHERE { ?e skos:altLabel ?a }", sub)})
    same = sorted({r[0] for r in _rows(store, "SELECT DISTINCT ?e ?x WHERE { ?e owl:sameAs ?x }", sub)})
    rel_q = """
    SELECT DISTINCT ?e ?dir ?p ?other ?olabel ?evidence ?doc ?title WHERE {
      { ?a rdf:subject ?e ; rdf:predicate ?p ; rdf:object ?other . BIND("out" AS ?dir) }
      UNION
      { ?a rdf:object ?e ; rdf:predicate ?p ; rdf:subject ?other . BIND("in" AS ?dir) }
      ?a cakg:evidence ?evidence ; prov:wasDerivedFrom ?doc .
      OPTIONAL { ?other rdfs:label ?olabel }
      OPTIONAL { ?doc dcterms:title ?title }
    } ORDER BY ?dir ?p ?olabel"""
    relations = [
        dict(zip(["dir", "property", "other", "label", "evidence", "document", "title"], r, strict=True))
        for r in _rows(store, rel_q, sub)
    ]
    docs = _rows(store, "SELECT DISTINCT ?e ?d ?t ?path WHERE { ?d schema:mentions ?e ; cakg:sourcePath ?path . OPTIONAL { ?d dcterms:title ?t } }", sub)
    return {
        "iri": iri,
        "label": label,
        "types": types,
        "aliases": aliases,
        "sameAs": same,
        "relations": relations,
        "sources": [{"document": d, "title": t, "path": p} for d, t, p in docs],
        "others": iris[1:],
    }


def _rows(store, q, sub) -> list[list]:
    """Rows of a query whose first projected variable is the bound ?e (pyoxigraph binds projected variables only)."""
    res = kgstore.query(store, q, sub)
    names = [v.value for v in res.variables][1:]
    return [[(sol[n].value if sol[n] is not None else None) for n in names] for sol in res]


def _one(store, q, sub):
    r = _rows(store, q, sub)
    return r[0][0] if r else None


def format_show(info: dict) -> str:
    out = [f"{info['label']}  <{info['iri']}>", f"  types:   {', '.join(info['types'])}"]
    if info["aliases"]:
        out.append(f"  aliases: {', '.join(info['aliases'])}")
    if info["sameAs"]:
        out.append(f"  same as: {', '.join(info['sameAs'])}")
    if info["relations"]:
        out.append("  relations:")
        for r in info["relations"]:
            p = compact(r["property"])
            other = r["label"] or r["other"]
            arrow = f"{p} → {other}" if r["dir"] == "out" else f"← {p} of {other}"
            out.append(f"    {arrow}")
            out.append(f"        “{r['evidence'][:200]}” ({r['title'] or compact(r['document'])})")
    if info["sources"]:
        out.append("  sources:")
        out += [f"    {s['title'] or s['path']}  [{s['path']}]" for s in info["sources"]]
    if info["others"]:
        out.append(f"  (also matching: {', '.join(compact(o) for o in info['others'])})")
    return "\n".join(out)


