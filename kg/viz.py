"""`kg viz`: an interactive HTML view of the graph (pyvis / vis-network) that works offline.

Colour and shape per class with a legend, an edge label per property, node size by degree, a tooltip on every
node (class, aliases, dates, source documents) and edge (property, evidence sentence, documents), and in-page
filters by class and relation. Tooltips are plain text: vis-network renders string titles with `innerText`,
and the page's own controls use `textContent`, so text from documents is never read as HTML.
vis-network is inlined and every CDN tag pyvis adds is removed, so the file works with no network.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox

from kg import store as kgstore
from kg.model import KGError

PHYSICS_MAX = 1000  # above this, positions are computed in Python and physics is off
NODES_MAX = 5000  # above this, ask the user to narrow the view

STYLE = {  # class -> (colour, vis-network shape)
    "Company": ("#4e79a7", "dot"),
    "Organization": ("#76b7b2", "dot"),
    "ResearchInstitution": ("#59a14f", "triangle"),
    "GovernmentAgency": ("#e15759", "square"),
    "Person": ("#f28e2b", "star"),
    "AIModel": ("#b07aa1", "diamond"),
    "Product": ("#ff9da7", "diamond"),
    "Policy": ("#edc948", "box"),
    "Event": ("#9c755f", "ellipse"),
    "Place": ("#bab0ac", "triangleDown"),
    "Thing": ("#cccccc", "dot"),
}

OPTIONS = {
    "physics": {
        "enabled": True,
        "solver": "barnesHut",
        "barnesHut": {"gravitationalConstant": -6000, "springLength": 140, "damping": 0.25},
        "stabilization": {"enabled": True, "iterations": 200, "updateInterval": 50},
    },
    "layout": {"improvedLayout": False},
    "edges": {
        "smooth": False,
        "arrows": {"to": {"enabled": True, "scaleFactor": 0.5}},
        "font": {"size": 10, "align": "middle"},
        "color": {"inherit": False, "color": "#999999"},
    },
    "nodes": {"font": {"size": 14}},
    "interaction": {"hover": True, "tooltipDelay": 150, "navigationButtons": False},
}

DETAILS_QUERY = """
SELECT ?e ?p ?v WHERE {
  { ?e skos:altLabel ?v . BIND("alias" AS ?p) }
  UNION { ?e cakg:releaseDate ?v . BIND("released" AS ?p) }
  UNION { ?e cakg:date ?v . BIND("date" AS ?p) }
  UNION { ?d schema:mentions ?e . OPTIONAL { ?d dcterms:title ?t } OPTIONAL { ?d cakg:sourcePath ?sp }
          BIND(COALESCE(?t, ?sp, STR(?d)) AS ?v) BIND("source" AS ?p) }
}
"""


@dataclass
class ViewReport:
    nodes: int
    edges: int
    path: str
    physics: bool
    layout: str


def _details(store: ox.Store) -> dict[str, dict[str, set]]:
    out: dict[str, dict[str, set]] = {}
    for sol in kgstore.query(store, DETAILS_QUERY):
        out.setdefault(sol["e"].value, {}).setdefault(sol["p"].value, set()).add(sol["v"].value)
    return out


def _in_range(dates: set[str], since: str | None, until: str | None) -> bool:
    """An entity is in the range when one of its dates is (compared on the common precision); undated ones are."""
    if not dates:
        return True
    for d in dates:
        lo = since is None or d[: len(since)] >= since[: len(d)]
        hi = until is None or d[: len(until)] <= until[: len(d)]
        if lo and hi:
            return True
    return False


def select_subgraph(store: ox.Store, *, focus=None, depth=1, types=None, relations=None, since=None, until=None):
    """The networkx graph a view shows, after focus and filters, with per-node details attached."""
    import networkx as nx

    from kg.network import entity_graph

    g = entity_graph(store)
    details = _details(store)
    for n, d in g.nodes(data=True):
        d.update({k: sorted(v) for k, v in details.get(n, {}).items()})
    if types:
        wanted = {t.lower() for t in types}
        g = g.subgraph([n for n, d in g.nodes(data=True) if {t.lower() for t in d["types"]} & wanted]).copy()
    if relations:
        wanted_r = {r.lower() for r in relations}
        g.remove_edges_from([(u, v, k) for u, v, k, d in g.edges(keys=True, data=True) if d["property"].lower() not in wanted_r])
    if since or until:
        g = g.subgraph(
            [n for n, d in g.nodes(data=True) if _in_range(set(d.get("released", [])) | set(d.get("date", [])), since, until)]
        ).copy()
    if focus:
        from kg.info import find_entities

        hits = [i for i in find_entities(store, focus) if i in g]
        if not hits:
            raise KGError(f"no entity named {focus!r} in the view", hint="check the name with `kg show`, or relax --types/--since")
        g = g.subgraph(nx.ego_graph(g.to_undirected(as_view=True), hits[0], radius=depth).nodes).copy()
    return g


def _tooltip_node(d: dict) -> str:
    lines = [f"{d['label']} ({d['cls']})"]
    if d.get("alias"):
        lines.append("aliases: " + ", ".join(d["alias"][:8]))
    for key in ("released", "date"):
        if d.get(key):
            lines.append(f"{key}: " + ", ".join(d[key]))
    if d.get("source"):
        lines.append("sources: " + "; ".join(d["source"][:5]) + (" …" if len(d["source"]) > 5 else ""))
    return "\n".join(lines)


def build_view(
    store: ox.Store,
    *,
    focus: str | None = None,
    depth: int = 1,
    types: list[str] | None = None,
    relations: list[str] | None = None,
    since: str | None = None,
    until: str | None = None,
    output: str | Path = "kg-view.html",
) -> ViewReport:
    """Write the view to `output` and say what it holds."""
    g = select_subgraph(store, focus=focus, depth=depth, types=types, relations=relations, since=since, until=until)
    n = g.number_of_nodes()
    if n > NODES_MAX:
        raise KGError(
            f"the view would hold {n:,} nodes, too many to draw usefully (limit {NODES_MAX:,})",
            hint="narrow it with --focus NAME, --types, --relations or --since/--until",
        )
    html, physics, layout = render(g)
    Path(output).write_text(html, encoding="utf-8")
    return ViewReport(n, g.number_of_edges(), str(output), physics, layout)


def fast_layout(u) -> dict:
    """Positions for big graphs in about a second: a spectral layout of each connected component (sparse
    eigenvectors), components packed on a grid, biggest first. spring_layout takes ~25 s for 5,000 nodes."""
    import math

    import networkx as nx

    comps = sorted(nx.connected_components(u), key=len, reverse=True)
    positions: dict = {}
    x = y = row_h = 0.0
    width = 60 * math.sqrt(u.number_of_nodes())
    for comp in comps:
        size = 30 * math.sqrt(len(comp))
        if len(comp) >= 3:
            pos = nx.spectral_layout(u.subgraph(comp), scale=size / 2)
        else:
            pos = {n: (i * 20.0, 0.0) for i, n in enumerate(comp)}
        if x + size > width:
            x, y, row_h = 0.0, y + row_h + 40, 0.0
        for n, (px, py) in pos.items():
            positions[n] = (x + size / 2 + px, y + size / 2 + py)
        x += size + 40
        row_h = max(row_h, size)
    return positions


def render(g) -> tuple[str, bool, str]:
    """HTML of a view of the graph `g` (nodes: label, cls, details; edges: property, evidence, documents)."""
    from pyvis.network import Network

    physics = g.number_of_nodes() <= PHYSICS_MAX
    positions = {}
    layout = "physics"
    if not physics:
        import networkx as nx

        positions = fast_layout(nx.Graph(g.to_undirected()))
        layout = "spectral per component (networkx)"
    degree = dict(g.degree())
    ids = {n: i for i, n in enumerate(g.nodes)}
    nodes = []
    for node, d in g.nodes(data=True):
        colour, shape = STYLE.get(d["cls"], STYLE["Thing"])
        item = {
            "id": ids[node],
            "label": d["label"],
            "title": _tooltip_node(d),
            "color": colour,
            "shape": shape,
            "size": 10 + 4 * min(degree[node], 10),
            "cls": d["cls"],
            "iri": node,
        }
        if node in positions:
            x, y = positions[node]
            item.update({"x": float(x), "y": float(y), "physics": False})
        nodes.append(item)
    edges = []
    for u, v, d in g.edges(data=True):
        docs = d.get("documents", [])
        edges.append(
            {
                "from": ids[u],
                "to": ids[v],
                "label": d["property"],
                "title": f"{d['property']}\n“{d.get('evidence', '')}”\n" + "; ".join(docs[:3]),
                "rel": d["property"],
            }
        )
    net = Network(height="92vh", width="100%", directed=True, cdn_resources="in_line")
    net.nodes, net.edges = nodes, edges  # no add_node/add_edge: they are quadratic
    opts = json.loads(json.dumps(OPTIONS))
    opts["physics"]["enabled"] = physics
    net.set_options(json.dumps(opts))
    html = net.generate_html(notebook=False)
    return _offline(_with_controls(html, nodes, edges)), physics, layout


_REMOTE = re.compile(r"<(script|link)\b[^>]*?(?:src|href)\s*=\s*[\"']https?://[^>]*>(?:\s*</script>)?", re.I | re.S)


_COMMENTED = re.compile(r"<!--\s*<(?:link|script)\b.*?-->", re.S)


def _offline(html: str) -> str:
    """Drop every tag that would load something from the network (pyvis adds Bootstrap from a CDN)."""
    return _COMMENTED.sub("", _REMOTE.sub("", html))


CONTROLS = """
<div id="cakg-panel" style="position:fixed;top:8px;right:8px;max-width:260px;max-height:90vh;overflow:auto;
  background:rgba(255,255,255,.95);border:1px solid #ccc;border-radius:6px;padding:8px;font:12px sans-serif;z-index:10">
  <b>Classes</b><div id="cakg-classes"></div><b>Relations</b><div id="cakg-relations"></div>
  <div id="cakg-count" style="margin-top:6px;color:#555"></div>
</div>
<script type="text/javascript">
(function () {
  var STYLE = __STYLE__;
  var CLASSES = __CLASSES__;
  var RELATIONS = __RELATIONS__;
  var hiddenClass = {}, hiddenRel = {};
  function apply() {
    var nu = [], eu = [], shownNodes = 0, shownEdges = 0, visible = {};
    nodes.forEach(function (n) {
      var h = !!hiddenClass[n.cls]; nu.push({id: n.id, hidden: h}); if (!h) { visible[n.id] = true; shownNodes++; }
    });
    edges.forEach(function (e) {
      var h = !!hiddenRel[e.rel] || !visible[e.from] || !visible[e.to]; eu.push({id: e.id, hidden: h}); if (!h) shownEdges++;
    });
    nodes.update(nu); edges.update(eu);
    document.getElementById("cakg-count").textContent = shownNodes + " nodes, " + shownEdges + " edges shown";
    window.__cakg = {nodes: shownNodes, edges: shownEdges, ready: true};
  }
  function box(parent, name, colour, store) {
    var label = document.createElement("label"); label.style.display = "block";
    var input = document.createElement("input"); input.type = "checkbox"; input.checked = true;
    input.addEventListener("change", function () { store[name] = !input.checked; apply(); });
    var swatch = document.createElement("span");
    swatch.style.cssText = "display:inline-block;width:10px;height:10px;margin:0 4px;background:" + colour;
    label.appendChild(input); label.appendChild(swatch); label.appendChild(document.createTextNode(name));
    parent.appendChild(label);
  }
  CLASSES.forEach(function (c) { box(document.getElementById("cakg-classes"), c, (STYLE[c] || ["#ccc"])[0], hiddenClass); });
  RELATIONS.forEach(function (r) { box(document.getElementById("cakg-relations"), r, "#999", hiddenRel); });
  apply();
  network.on("afterDrawing", function () {
    // what vis-network actually draws, for tests and for the curious (document.body.dataset)
    var b = network.body, nd = 0, ed = 0;
    b.nodeIndices.forEach(function (id) { if (!b.nodes[id].options.hidden) nd++; });
    b.edgeIndices.forEach(function (id) { if (b.edges[id].options.hidden !== true && b.edges[id].connected) ed++; });
    document.body.dataset.cakgDrawnNodes = nd; document.body.dataset.cakgDrawnEdges = ed;
  });
})();
</script>
"""


def _json_for_script(value) -> str:
    return json.dumps(value).replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def _with_controls(html: str, nodes: list, edges: list) -> str:
    classes = sorted({n["cls"] for n in nodes})
    rels = sorted({e["rel"] for e in edges})
    block = (
        CONTROLS.replace("__STYLE__", _json_for_script(STYLE))
        .replace("__CLASSES__", _json_for_script(classes))
        .replace("__RELATIONS__", _json_for_script(rels))
    )
    i = html.rfind("</body>")
    return html[:i] + block + html[i:] if i >= 0 else html + block


__all__ = ["build_view", "select_subgraph", "render", "ViewReport"]
