"""kg viz without a browser: offline HTML, counts, filters, escaping, limits."""

from __future__ import annotations

import json
import re

import pyoxigraph as ox
import pytest

from kg.graph import document_quads
from kg.model import Document, EntityRef, Extraction, Fact, KGError
from kg.viz import NODES_MAX, build_view

HOSTILE = "<img src=x onerror=\"window.__pwned=true;document.title='pwned'\">"


def make_store(extra_nodes: int = 0, hostile: bool = False) -> ox.Store:
    ents = {
        "Alibaba_Group": EntityRef("Alibaba_Group", "Alibaba Group", "Company"),
        "Alibaba_Cloud": EntityRef("Alibaba_Cloud", "Alibaba Cloud", "Company"),
        "Qwen": EntityRef("Qwen", "Qwen", "AIModel", ["Tongyi Qianwen"]),
        "CAC": EntityRef("CAC", "Cyberspace Administration of China", "GovernmentAgency"),
        "Rules": EntityRef("Rules", "generative AI rules", "Policy"),
        "Tencent": EntityRef("Tencent", "Tencent", "Company"),
    }
    facts = [
        Fact("Alibaba_Cloud", "subsidiaryOf", "Alibaba_Group", "Alibaba Cloud is a unit of Alibaba Group.", 0, 40, "t"),
        Fact("Qwen", "developer", "Alibaba_Cloud", "Alibaba Cloud's Qwen.", 41, 60, "t"),
        Fact("Rules", "issuedBy", "CAC", "The CAC issued rules.", 61, 80, "t"),
        Fact("Qwen", "releaseDate", "2023-08", "Qwen came out in August 2023.", 81, 110, "t", is_literal=True),
        Fact("Rules", "date", "2023-07", "The rules came in July 2023.", 111, 140, "t", is_literal=True),
    ]
    if hostile:
        ents["Evil"] = EntityRef("Evil", HOSTILE, "Company")
        facts.append(Fact("Evil", "investedIn", "Tencent", f"{HOSTILE} invested in Tencent </script>.", 141, 180, "t"))
    for i in range(extra_nodes):
        ents[f"M{i}"] = EntityRef(f"M{i}", f"Model {i}", "AIModel")
        facts.append(Fact(f"M{i}", "developer", "Tencent", "Tencent made many models.", 200, 230, "t"))
    st = ox.Store()
    st.extend(document_quads(Document(path="/d/a.txt", text="x " * 200, title="A"), Extraction(entities=ents, facts=facts)))
    return st


def view_data(path) -> tuple[list, list]:
    html = path.read_text()
    nodes = json.loads(re.search(r"nodes = new vis\.DataSet\((\[.*?\])\);", html, re.S).group(1))
    edges = json.loads(re.search(r"edges = new vis\.DataSet\((\[.*?\])\);", html, re.S).group(1))
    return nodes, edges


def test_view_is_offline_and_complete(tmp_path):
    out = tmp_path / "v.html"
    rep = build_view(make_store(), output=out)
    html = out.read_text()
    assert not re.search(r"<(script|link)[^>]+(src|href)=[\"']https?://", html)
    assert "vis.Network" in html and len(html) > 400_000  # vis-network inlined
    nodes, edges = view_data(out)
    assert (rep.nodes, rep.edges) == (len(nodes), len(edges)) == (6, 3)
    assert {n["cls"] for n in nodes} >= {"Company", "AIModel", "GovernmentAgency", "Policy"}
    qwen = next(n for n in nodes if n["label"] == "Qwen")
    assert "Tongyi Qianwen" in qwen["title"] and "2023-08" in qwen["title"] and "A" in qwen["title"]
    assert {e["label"] for e in edges} == {"subsidiaryOf", "developer", "issuedBy"}
    assert 'id="cakg-classes"' in html and 'id="cakg-relations"' in html


def test_focus_depth_and_filters(tmp_path):
    st = make_store()
    out = tmp_path / "v.html"
    assert build_view(st, focus="Tongyi Qianwen", depth=1, output=out).nodes == 2
    assert build_view(st, focus="qwen", depth=2, output=out).nodes == 3
    assert build_view(st, types=["Company"], output=out).nodes == 3
    rep = build_view(st, relations=["developer"], output=out)
    assert rep.edges == 1
    assert {n["label"] for n in view_data(out)[0]} >= {"Qwen"}
    rep = build_view(st, since="2023-08", output=out)
    labels = {n["label"] for n in view_data(out)[0]}
    assert "Qwen" in labels and "generative AI rules" not in labels
    with pytest.raises(KGError):
        build_view(st, focus="Nobody", output=out)


def test_hostile_text_cannot_break_out(tmp_path):
    out = tmp_path / "v.html"
    build_view(make_store(hostile=True), output=out)
    html = out.read_text()
    assert HOSTILE not in html  # never raw in the page: JSON escapes < and >
    assert "</script> invested" not in html
    nodes, edges = view_data(out)
    assert any(n["label"] == HOSTILE for n in nodes)  # the name itself is kept, as text


def test_large_view_uses_python_layout_and_huge_view_is_refused(tmp_path):
    out = tmp_path / "v.html"
    rep = build_view(make_store(extra_nodes=1100), output=out)
    assert not rep.physics and rep.layout.startswith("spectral")
    assert all("x" in n for n in view_data(out)[0])
    with pytest.raises(KGError, match="too many") as info:
        build_view(make_store(extra_nodes=NODES_MAX), output=out)
    assert "--focus" in info.value.hint


def test_alibaba_focus_on_the_seed_documents_shows_qwen_and_its_sources(tmp_path, shared_seeds):
    from kg.build import build

    st = ox.Store()
    build([shared_seeds], store=st)
    out = tmp_path / "alibaba.html"
    build_view(st, focus="Alibaba", depth=2, output=out)
    nodes, edges = view_data(out)
    qwen = next(n for n in nodes if n["label"] == "Qwen")
    assert "sources:" in qwen["title"]
    assert any(e["label"] == "developer" and e["title"].count("“") for e in edges)
