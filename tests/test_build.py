"""The store: idempotent builds, replacement of changed files, removal, and a folder of bad input."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from kg import store as kgstore
from kg.build import build, remove
from kg.query import run_query
from tests.conftest import FIXTURES

CORPUS = FIXTURES / "corpus"


def count(st, q="SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }") -> int:
    return int(run_query(st, q)["rows"][0][0])


@pytest.fixture
def corpus(tmp_path) -> Path:
    d = tmp_path / "docs"
    shutil.copytree(CORPUS, d)
    return d


def test_build_creates_one_graph_per_document(tmp_path, corpus, registry_dir):
    st = kgstore.open_store(tmp_path / "kg")
    rep = build([corpus], store=st, registry_dir=registry_dir)
    assert rep.ok and rep.added == 2 and rep.facts > 0
    assert len(kgstore.documents(st)) == 2
    rows = run_query(st, "SELECT ?m WHERE { ?m cakg:developer ?o . ?o rdfs:label 'Alibaba Cloud'@en }")["rows"]
    assert rows, "Qwen2 developer fact missing"


def test_every_fact_carries_provenance(tmp_path, corpus, registry_dir):
    st = kgstore.open_store(None)
    build([corpus], store=st, registry_dir=registry_dir)
    q = """SELECT ?s ?p ?o WHERE { ?s ?p ?o . FILTER(STRSTARTS(STR(?p), STR(cakg:)))
             FILTER(?p NOT IN (cakg:evidence, cakg:charStart, cakg:charEnd, cakg:rule, cakg:confidence, cakg:role,
                               cakg:sourcePath, cakg:contentHash, cakg:wordCount))
             FILTER NOT EXISTS { ?a rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o ; cakg:evidence ?e ;
                                    prov:wasDerivedFrom ?d ; cakg:rule ?r ; cakg:confidence ?c } }"""
    assert run_query(st, q)["rows"] == []


def test_rebuilding_the_same_input_changes_nothing(tmp_path, corpus, registry_dir):
    st = kgstore.open_store(tmp_path / "kg")
    build([corpus], store=st, registry_dir=registry_dir)
    before = count(st)
    rep = build([corpus], store=st, registry_dir=registry_dir)
    assert rep.added == 0 and rep.unchanged == 2
    assert count(st) == before


def test_changed_file_replaces_its_old_facts(tmp_path, corpus, registry_dir):
    st = kgstore.open_store(tmp_path / "kg")
    build([corpus], store=st, registry_dir=registry_dir)
    f = corpus / "models.txt"
    f.write_text(f.read_text().replace("Tencent released", "Baidu released"))
    rep = build([corpus], store=st, registry_dir=registry_dir)
    assert rep.added == 1 and rep.replaced == 1
    assert len(kgstore.documents(st)) == 2
    devs = {r[0] for r in run_query(st, "SELECT ?l WHERE { ?m rdfs:label 'Hunyuan Image 3.0'@en ; cakg:developer ?o . ?o rdfs:label ?l }")["rows"]}
    assert devs == {"Baidu"}


def test_remove_takes_a_document_out(tmp_path, corpus, registry_dir):
    st = kgstore.open_store(tmp_path / "kg")
    build([corpus], store=st, registry_dir=registry_dir)
    assert remove([corpus / "policy.md"], store=st) == 1
    assert len(kgstore.documents(st)) == 1
    assert not run_query(st, "SELECT ?x WHERE { ?x cakg:issuedBy ?y }")["rows"]


def test_bad_input_folder(tmp_path, corpus, registry_dir, monkeypatch):
    (corpus / "blob.txt").write_bytes(bytes(range(256)) * 8)
    (corpus / "empty.txt").write_text("   \n")
    (corpus / "gbk.txt").write_bytes("阿里巴巴发布了通义千问大模型。Tencent released Hunyuan 2.0, a model.".encode("gbk"))
    locked = corpus / "locked.txt"
    locked.write_text("Baidu released ERNIE 5, a model.")
    locked.chmod(0)
    import kg.ingest as ingest

    real = Path.read_bytes

    def guarded(self):
        if self.name == "locked.txt":
            raise PermissionError(13, "Permission denied", str(self))
        return real(self)

    monkeypatch.setattr(Path, "read_bytes", guarded)
    st = kgstore.open_store(tmp_path / "kg")
    rep = build([corpus], store=st, registry_dir=registry_dir)
    failed = {Path(p).name for p, _ in rep.failed}
    assert failed == {"blob.txt", "empty.txt", "locked.txt"}, rep.failed
    assert rep.added == 3  # the two good files and the GBK one
    gbk = [d for d in kgstore.documents(st) if d.path.endswith("gbk.txt")]
    assert gbk
    text = run_query(st, "SELECT ?l WHERE { ?m rdfs:label ?l } ")["rows"]
    assert ["Hunyuan 2.0"] in text
    assert ingest  # the module under test


def test_registry_descriptions_follow_the_documents(tmp_path, corpus, registry_dir):
    st = kgstore.open_store(tmp_path / "kg")
    build([corpus], store=st, registry_dir=registry_dir)
    alias_q = "SELECT ?a WHERE { ?e skos:altLabel ?a . FILTER(STR(?a) = 'MIIT') }"
    assert run_query(st, alias_q)["rows"], "registry aliases of mentioned entities are in the store"
    described = count(st, "SELECT (COUNT(*) AS ?n) WHERE { GRAPH <https://w3id.org/china-ai-kg/registry> { ?s ?p ?o } }")
    build([corpus], store=st, registry_dir=registry_dir)
    assert count(st, "SELECT (COUNT(*) AS ?n) WHERE { GRAPH <https://w3id.org/china-ai-kg/registry> { ?s ?p ?o } }") == described
    remove([corpus / "policy.md"], store=st)
    assert not run_query(st, alias_q)["rows"], "MIIT is only in policy.md: its description goes with it"


def test_a_document_that_breaks_extraction_does_not_stop_the_batch(tmp_path, corpus, registry_dir, monkeypatch):
    import kg.extract

    real = kg.extract.extraction_from_doc

    def flaky(sdoc, resolver):
        if "Regulators" in sdoc.text:
            raise RuntimeError("boom")
        return real(sdoc, resolver)

    monkeypatch.setattr(kg.extract, "extraction_from_doc", flaky)
    st = kgstore.open_store(tmp_path / "kg")
    rep = build([corpus], store=st, registry_dir=registry_dir)
    assert rep.added == 1 and len(rep.failed) == 1 and "boom" in rep.failed[0][1]
    assert len(kgstore.documents(st)) == 1


class FullDisk:
    """A store whose bulk loader writes part of a batch, then fails as a full disk would."""

    def __init__(self, store):
        self._store = store

    def __getattr__(self, name):
        return getattr(self._store, name)

    def bulk_extend(self, quads):
        self._store.extend(list(quads)[:7])
        raise OSError("No space left on device")


def test_a_batch_that_cannot_be_stored_keeps_the_old_facts(tmp_path, corpus, registry_dir):
    st = kgstore.open_store(tmp_path / "kg")
    build([corpus], store=st, registry_dir=registry_dir)
    before = count(st)
    f = corpus / "models.txt"
    f.write_text(f.read_text().replace("Tencent released", "Baidu released"))
    rep = build([corpus], store=FullDisk(st), registry_dir=registry_dir)
    assert rep.added == 0 and rep.replaced == 0
    assert len(rep.failed) == 1 and "No space left" in rep.failed[0][1] and rep.failed[0][0].endswith("models.txt")
    assert count(st) == before  # nothing half-written stays, and the file's old version is still there
    assert len(kgstore.documents(st)) == 2
    rep = build([corpus], store=st, registry_dir=registry_dir)  # the disk has room again
    assert rep.added == 1 and rep.replaced == 1


def test_graphs_without_their_commit_marker_are_recovered(tmp_path, corpus, registry_dir):
    st = kgstore.open_store(tmp_path / "kg")
    build([corpus], store=st, registry_dir=registry_dir)
    before = count(st)
    g = kgstore.ox.NamedNode(kgstore.vocab.DOC + "0123456789abcdef")
    s = kgstore.ox.NamedNode("https://w3id.org/china-ai-kg/resource/Half_Written")
    st.bulk_extend([kgstore.ox.Quad(s, kgstore.ox.NamedNode(kgstore.vocab.RDFS + "label"), kgstore.ox.Literal("x"), g)])
    assert not kgstore.has_document(st, "0123456789abcdef")
    assert kgstore.recover(st) == 1
    assert count(st) == before


def test_a_document_that_never_writes_the_name_keeps_the_names_it_writes(tmp_path, registry_dir):
    """Only "Alibaba" in the text: the document graph holds "Alibaba" for Alibaba Group, and a listing answer
    names it so; a document that writes "Tencent" adds nothing."""
    import pyoxigraph

    from kg.ask import ask

    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "a.txt").write_text("Alibaba and Tencent grew fast this year, analysts said.\n", encoding="utf-8")
    st = pyoxigraph.Store()
    build([tmp_path / "docs"], store=st, registry_dir=registry_dir)
    alts = {r[0] for r in run_query(st, "SELECT ?alt WHERE { GRAPH ?g { ?d a cakg:Document . ?e skos:altLabel ?alt } }")["rows"]}
    assert alts == {"Alibaba"}
    answers = {a["label"]: a.get("name") for a in ask(st, "Which companies are mentioned?")["answers"]}
    assert answers == {"Alibaba": "Alibaba Group", "Tencent": None}


def test_a_makers_name_before_a_product_is_stored_as_one_of_its_names(tmp_path, registry_dir):
    (tmp_path / "d.txt").write_text("Users of Tencent Hunyuan grew fast this year, and Hunyuan added features.\n", encoding="utf-8")
    st = kgstore.open_store(None)
    build([tmp_path / "d.txt"], store=st, registry_dir=registry_dir)
    rows = run_query(st, 'SELECT ?n WHERE { res:Hunyuan skos:altLabel ?n }')["rows"]
    assert any("Tencent Hunyuan" in str(r) for r in rows), rows


def test_a_name_written_with_its_kind_after_it_is_stored_without_the_kind(tmp_path):
    """The registry knows "Zorvex Q7" by its alias "Q7 humanoid"; the text writes "its Q7 humanoid": the node also
    carries "Q7", the name the text gives, but never a name ending in a lower-case word ("Qorlin large")."""
    reg = tmp_path / "reg"
    reg.mkdir()
    (reg / "e.jsonl").write_text(
        '{"id": "Zorvex_Q7", "name": "Zorvex Q7", "type": "Product", "aliases": ["Q7 humanoid"], "case_sensitive": false}\n'
        '{"id": "Qorlin", "name": "Qorlin", "type": "AIModel", "aliases": ["Qorlin large model"], "case_sensitive": false}\n',
        encoding="utf-8")
    (tmp_path / "d.txt").write_text("The firm showed its Q7 humanoid on Monday and the Qorlin large model on Tuesday.\n", encoding="utf-8")
    st = kgstore.open_store(None)
    build([tmp_path / "d.txt"], store=st, registry_dir=str(reg))
    alts = {str(r[0]) for r in run_query(st, "SELECT ?n WHERE { ?e skos:altLabel ?n }")["rows"]}
    assert "Q7" in alts and "Q7 humanoid" in alts
    assert not any(a.endswith("large") for a in alts)


def test_a_bare_name_before_the_kind_in_a_registry_name_is_stored(tmp_path):
    """The registry names the model "Zorvex AI model"; the text writes it so: the node also carries "Zorvex"."""
    reg = tmp_path / "reg"
    reg.mkdir()
    (reg / "e.jsonl").write_text('{"id": "Zorvex", "name": "Zorvex AI model", "type": "AIModel", "aliases": [], "case_sensitive": false}\n',
                                 encoding="utf-8")
    (tmp_path / "d.txt").write_text("The carmaker said its Zorvex AI model now runs in every car.\n", encoding="utf-8")
    st = kgstore.open_store(None)
    build([tmp_path / "d.txt"], store=st, registry_dir=str(reg))
    alts = {str(r[0]) for r in run_query(st, "SELECT ?n WHERE { ?e skos:altLabel ?n }")["rows"]}
    assert "Zorvex" in alts
