"""Each CLI command through typer's CliRunner, on the fixture corpus."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
from typer.testing import CliRunner

from kg.cli import app
from tests.conftest import FIXTURES

runner = CliRunner()


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    store = tmp_path_factory.mktemp("cli") / "kg"
    from kg.build import build

    build([FIXTURES / "corpus"], store, registry_dir=str(FIXTURES / "registry"))
    return str(store)


def test_help_lists_every_command():
    r = runner.invoke(app, ["--help"])
    assert r.exit_code == 0
    for cmd in ("build", "query", "ask", "export", "viz", "stats", "show", "validate", "remove", "eval"):
        assert cmd in r.stdout


def test_build_command(tmp_path):
    r = runner.invoke(app, ["build", str(FIXTURES / "corpus"), "--store", str(tmp_path / "kg"), "--quiet"])
    assert r.exit_code == 0, r.output


def test_build_missing_path_is_one_line_error(tmp_path):
    r = runner.invoke(app, ["build", str(tmp_path / "nope"), "--store", str(tmp_path / "kg")])
    assert r.exit_code == 1
    assert r.stderr.startswith("Error: no such file or folder")


def test_query_formats(built):
    q = "SELECT ?l WHERE { ?m cakg:developer ?o ; rdfs:label ?l } ORDER BY ?l"
    r = runner.invoke(app, ["query", q, "--store", built, "--format", "json"])
    assert r.exit_code == 0, r.output
    rows = json.loads(r.stdout)
    assert {"l": "Qwen2"} in rows
    r = runner.invoke(app, ["query", q, "--store", built, "--format", "csv"])
    assert r.stdout.splitlines()[0] == "l"
    r = runner.invoke(app, ["query", q, "--store", built])
    assert "Qwen2" in r.stdout and "row" in r.stdout


def test_query_from_stdin_and_file(built, tmp_path):
    q = "SELECT (COUNT(*) AS ?n) WHERE { ?d a cakg:Document }"
    r = runner.invoke(app, ["query", "-", "--store", built, "--format", "csv"], input=q)
    assert r.stdout.splitlines() == ["n", "2"]
    f = tmp_path / "q.rq"
    f.write_text(q)
    r = runner.invoke(app, ["query", "--file", str(f), "--store", built, "--format", "csv"])
    assert r.stdout.splitlines() == ["n", "2"]


def test_query_syntax_error(built):
    r = runner.invoke(app, ["query", "SELEKT nothing", "--store", built])
    assert r.exit_code == 1 and r.stderr.startswith("Error: SPARQL syntax error")


def test_query_without_store(tmp_path):
    r = runner.invoke(app, ["query", "ASK {}", "--store", str(tmp_path / "none")])
    assert r.exit_code == 1 and "kg build" in r.stderr


@pytest.mark.parametrize("ext", ["ttl", "nt", "nq", "trig", "jsonld", "graphml", "csv"])
def test_export_formats_by_extension(built, tmp_path, ext):
    out = tmp_path / f"graph.{ext}"
    r = runner.invoke(app, ["export", "-o", str(out), "--store", built])
    assert r.exit_code == 0, r.output
    data = out.read_bytes()
    assert data
    if ext in ("ttl", "nt", "nq", "trig", "jsonld"):
        import pyoxigraph as ox

        fmt = ox.RdfFormat.from_extension(ext)
        quads = list(ox.parse(data, format=fmt))
        assert len(quads) > 20
    elif ext == "graphml":
        import networkx as nx

        g = nx.read_graphml(out)
        labels = {d["label"] for _, d in g.nodes(data=True)}
        assert "Qwen2" in labels and all("cls" in d for _, d in g.nodes(data=True))
    else:
        assert data.decode().startswith("subject,")


def test_export_unknown_format(built):
    r = runner.invoke(app, ["export", "--format", "xls", "--store", built])
    assert r.exit_code == 1 and "ttl" in r.stderr


def test_stats_and_show(built):
    r = runner.invoke(app, ["stats", "--store", built, "--json"])
    s = json.loads(r.stdout)
    assert s["documents"] == 2 and s["classes"]["cakg:Company"] >= 2
    r = runner.invoke(app, ["stats", "--store", built, "--central"])
    assert r.exit_code == 0 and "central" in r.stdout
    r = runner.invoke(app, ["show", "qwen2", "--store", built])
    assert r.exit_code == 0, r.output
    assert "developer → Alibaba Cloud" in r.stdout and "AIModel" in r.stdout
    r = runner.invoke(app, ["show", "Nobody Here", "--store", built])
    assert r.exit_code == 1 and r.stderr.startswith("Error:")


def test_validate(built):
    r = runner.invoke(app, ["validate", "--store", built])
    assert r.exit_code == 0, r.output
    assert "conforms" in r.stdout


def test_remove_command(tmp_path):
    store = str(tmp_path / "kg")
    runner.invoke(app, ["build", str(FIXTURES / "corpus"), "--store", store, "--quiet"])
    r = runner.invoke(app, ["remove", str(FIXTURES / "corpus" / "policy.md"), "--store", store])
    assert r.exit_code == 0 and "removed 1" in r.stderr


def test_eval_command(built, tmp_path):
    gold = {
        "documents": {"models.txt": {}, "policy.md": {}},
        "entities": [{"name": "Qwen2", "type": "AIModel", "alt_types": [], "aliases": ["Qwen2"], "docs": ["models.txt"]}],
        "relations": [],
        "dates": [],
    }
    f = tmp_path / "gold.json"
    f.write_text(json.dumps(gold))
    r = runner.invoke(app, ["eval", "--gold", str(f), "--store", built, "--json"])
    assert r.exit_code == 0, r.output
    assert json.loads(r.stdout)["entities"]["r"] == 1.0


def test_cli_start_up_does_not_import_heavy_modules():
    code = "import sys, kg.cli; print(sorted(m for m in ('spacy','rdflib','networkx','pyvis','pyshacl') if m in sys.modules))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


def test_ask_command(built):
    r = runner.invoke(app, ["ask", "Who developed Qwen2?", "--store", built, "--format", "json"])
    assert r.exit_code == 0, r.output
    out = json.loads(r.stdout)
    assert set(out) >= {"question", "answers", "sparql"}
    assert [a["label"] for a in out["answers"]] == ["Alibaba Cloud"]
    assert out["answers"][0]["sources"][0]["evidence"].startswith("Alibaba Cloud releases its Qwen2")
    r = runner.invoke(app, ["ask", "Which models has Anthropic released?", "--store", built, "--format", "json"])
    assert r.exit_code == 0 and json.loads(r.stdout)["answers"] == [] and json.loads(r.stdout)["message"]
    r = runner.invoke(app, ["ask", "Who developed Qwen2?", "--store", built, "--show-sparql"])
    assert r.exit_code == 0 and "SELECT" in r.stdout and "Alibaba Cloud" in r.stdout
