"""Run SPARQL on the store and turn results into rows; format them as a table, JSON or CSV."""

from __future__ import annotations

import csv
import io
import json

import pyoxigraph as ox

from kg import store as kgstore
from kg.vocab import PREFIXES


def term_value(t) -> str | None:
    if t is None:
        return None
    if isinstance(t, ox.NamedNode | ox.BlankNode | ox.Literal):
        return t.value
    return str(t)


def compact(iri: str) -> str:
    for p, ns in PREFIXES.items():
        if iri.startswith(ns) and p in ("cakg", "res", "doc", "rdf", "rdfs", "skos", "prov", "xsd"):
            return f"{p}:{iri[len(ns):]}"
    return iri


def run_query(store: ox.Store, sparql: str, substitutions: dict | None = None) -> dict:
    """{'kind': 'select'|'ask'|'graph', 'vars': [...], 'rows': [[...]]} with plain string values."""
    res = kgstore.query(store, sparql, substitutions)
    if isinstance(res, ox.QueryBoolean):
        return {"kind": "ask", "vars": ["result"], "rows": [[bool(res)]]}
    if isinstance(res, ox.QuerySolutions):
        names = [v.value for v in res.variables]
        rows = [[term_value(sol[n]) for n in names] for sol in res]
        return {"kind": "select", "vars": names, "rows": rows}
    triples = list(res)
    return {
        "kind": "graph",
        "vars": ["subject", "predicate", "object"],
        "rows": [[term_value(t.subject), term_value(t.predicate), term_value(t.object)] for t in triples],
    }


def format_result(result: dict, fmt: str = "table") -> str:
    vars_, rows = result["vars"], result["rows"]
    if fmt == "json":
        if result["kind"] == "ask":
            return json.dumps({"boolean": rows[0][0]})
        return json.dumps([dict(zip(vars_, r, strict=True)) for r in rows], ensure_ascii=False, indent=2)
    if fmt == "csv":
        buf = io.StringIO()
        w = csv.writer(buf, lineterminator="\n")
        w.writerow(vars_)
        w.writerows(["" if v is None else v for v in r] for r in rows)
        return buf.getvalue().rstrip("\n")
    shown = [[compact(v) if isinstance(v, str) else ("" if v is None else str(v)) for v in r] for r in rows]
    widths = [min(60, max([len(h)] + [len(r[i]) for r in shown])) for i, h in enumerate(vars_)]

    def line(cells):
        return "  ".join((c if len(c) <= w else c[: w - 1] + "…").ljust(w) for c, w in zip(cells, widths, strict=True)).rstrip()

    out = [line(vars_), line(["-" * w for w in widths])]
    out += [line(r) for r in shown]
    out.append(f"({len(rows)} row{'s' if len(rows) != 1 else ''})")
    return "\n".join(out)
