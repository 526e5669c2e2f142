"""SHACL validation (kg/validate.py, ontology/shapes.ttl) on small hand-built graphs, and the example queries."""

from __future__ import annotations

import pyoxigraph as ox
import pytest
from rdflib import Graph, Literal, Namespace, URIRef
from rdflib.plugins.sparql import prepareQuery

from kg import vocab
from kg.paths import ONTOLOGY_DIR
from kg.validate import ValidationResult, Violation, describe, validate_graph, validate_store

CAKG, RES, DOC = Namespace(vocab.CAKG), Namespace(vocab.RES), Namespace(vocab.DOC)
XSD = Namespace(vocab.XSD)
EXAMPLES = sorted((ONTOLOGY_DIR / "examples").glob("*.rq"))

DOC_ID = "0123456789abcdef"
PREFIXES = "".join(f"@prefix {p}: <{ns}> .\n" for p, ns in vocab.PREFIXES.items())

# One document's graph as kg/graph.py writes it (ontology/README.md): entities with their materialised contract
# classes and labels, facts as plain triples, and their provenance on cakg:Assertion nodes.
GOOD = (
    PREFIXES
    + f"""
doc:{DOC_ID} a cakg:Document , prov:Entity ;
    dcterms:title "Alibaba Cloud releases Qwen" ; dcterms:date "2023-08-03"^^xsd:date ;
    dcterms:source <https://example.org/qwen> ;
    cakg:sourcePath "corpus/qwen.txt" ; cakg:contentHash "{DOC_ID}{"0" * 48}" ; cakg:wordCount 42 ;
    schema:mentions res:Qwen , res:Alibaba_Cloud , res:Alibaba_Group , res:Zhou_Jingren , res:AI_Plus ,
        res:State_Council , res:China .

res:Alibaba_Group a cakg:Company , cakg:Organization ; rdfs:label "Alibaba Group"@en .
res:Alibaba_Cloud a cakg:Company , cakg:Organization ; rdfs:label "Alibaba Cloud"@en ;
    cakg:subsidiaryOf res:Alibaba_Group .
res:Qwen a cakg:LanguageModel , cakg:AIModel ; rdfs:label "Qwen"@en ;
    cakg:developer res:Alibaba_Cloud ; cakg:releaseDate "2023-08"^^xsd:gYearMonth .
res:Zhou_Jingren a cakg:Person ; rdfs:label "Zhou Jingren"@en ;
    cakg:affiliatedWith res:Alibaba_Cloud ; cakg:role "chief technology officer" .
res:State_Council a cakg:GovernmentAgency , cakg:Organization ; rdfs:label "State Council"@en .
res:China a cakg:Country , cakg:Place ; rdfs:label "China"@en .
res:AI_Plus a cakg:Policy ; rdfs:label "AI Plus initiative"@en ;
    cakg:issuedBy res:State_Council , res:China ; cakg:date "2024"^^xsd:gYear .

<{vocab.DOC}{DOC_ID}/fact/1> a cakg:Assertion ;
    rdf:subject res:Qwen ; rdf:predicate cakg:developer ; rdf:object res:Alibaba_Cloud ;
    prov:wasDerivedFrom doc:{DOC_ID} ;
    cakg:evidence "Alibaba Cloud releases its Qwen model." ; cakg:charStart 0 ; cakg:charEnd 38 ;
    cakg:rule "verb_developer" ; cakg:confidence 0.80 .
<{vocab.DOC}{DOC_ID}/fact/2> a cakg:Assertion ;
    rdf:subject res:Qwen ; rdf:predicate cakg:releaseDate ; rdf:object "2023-08"^^xsd:gYearMonth ;
    prov:wasDerivedFrom doc:{DOC_ID} ;
    cakg:evidence "Qwen came out in August 2023." ; cakg:charStart 39 ; cakg:charEnd 68 ;
    cakg:rule "date_after_model" ; cakg:confidence 0.75 .
<{vocab.DOC}{DOC_ID}/fact/3> a cakg:Assertion ;
    rdf:subject res:Zhou_Jingren ; rdf:predicate cakg:affiliatedWith ; rdf:object res:Alibaba_Cloud ;
    prov:wasDerivedFrom doc:{DOC_ID} ;
    cakg:evidence "Zhou Jingren, chief technology officer of Alibaba Cloud, said so." ;
    cakg:charStart 69 ; cakg:charEnd 134 ; cakg:rule "role_of" ; cakg:confidence 0.75 ;
    cakg:role "chief technology officer" .
<{vocab.DOC}{DOC_ID}/fact/4> a cakg:Assertion ;
    rdf:subject res:AI_Plus ; rdf:predicate cakg:issuedBy ; rdf:object res:China ;
    prov:wasDerivedFrom doc:{DOC_ID} ;
    cakg:evidence "China launched the AI Plus initiative in 2024." ;
    cakg:charStart 135 ; cakg:charEnd 181 ; cakg:rule "verb_issuer" ; cakg:confidence 0.75 .
"""
)
FACT = URIRef(f"{vocab.DOC}{DOC_ID}/fact/1")


def good() -> Graph:
    return Graph().parse(data=GOOD, format="turtle")


def failures(result: ValidationResult) -> list[Violation]:
    return [v for v in result.violations if v.severity == "Violation"]


def test_conforming_graph_passes():
    result = validate_graph(good())
    assert result.conforms, [describe(v) for v in result.violations]
    assert result.violations == []


def test_developer_must_be_organization_or_person():
    g = good()
    g.parse(data=PREFIXES + 'res:Beijing a cakg:City , cakg:Place ; rdfs:label "Beijing"@en .', format="turtle")
    g.add((RES.Qwen, CAKG.developer, RES.Beijing))
    result = validate_graph(g)
    assert not result.conforms
    [v] = failures(result)
    assert (v.focus, v.path, v.value, v.focus_class) == ("res:Qwen", "cakg:developer", "res:Beijing", "AIModel")
    assert describe(v) == "res:Qwen (AIModel): developer must be an Organization or Person, found res:Beijing"


def test_developer_subject_must_be_model_or_product():
    g = good()
    g.add((RES.Alibaba_Group, CAKG.developer, RES.Alibaba_Cloud))
    [v] = failures(validate_graph(g))
    assert v.focus == "res:Alibaba_Group" and v.path is None
    assert describe(v) == "res:Alibaba_Group (Company): has a developer but is neither an AIModel nor a Product"


@pytest.mark.parametrize(
    "bad",
    [
        Literal("August 2023"),
        Literal("2023-08-03T10:00:00", datatype=XSD.dateTime),
        Literal("2023-13", datatype=XSD.gYearMonth),  # ill-typed: there is no 13th month
    ],
)
def test_release_date_datatype(bad):
    g = good()
    g.remove((RES.Qwen, CAKG.releaseDate, None))
    g.add((RES.Qwen, CAKG.releaseDate, bad))
    result = validate_graph(g)
    assert not result.conforms
    [v] = failures(result)
    assert v.focus == "res:Qwen" and v.path == "cakg:releaseDate"
    line = describe(v)
    assert line.startswith("res:Qwen (AIModel): releaseDate must be") and "xsd:gYearMonth" in line
    assert "2023" in line  # names the value found


def test_policy_date_datatype():
    g = good()
    g.set((RES.AI_Plus, CAKG.date, Literal("2024")))
    [v] = failures(validate_graph(g))
    assert v.focus == "res:AI_Plus" and v.path == "cakg:date" and v.focus_class == "Policy"


def test_issuer_may_be_a_country_or_an_office_holder_but_not_a_model():
    g = good()
    g.add((RES.AI_Plus, CAKG.issuedBy, RES.Zhou_Jingren))  # a person: allowed (a president signs an order)
    assert not failures(validate_graph(g))
    g.add((RES.AI_Plus, CAKG.issuedBy, RES.Qwen))
    [v] = failures(validate_graph(g))
    assert describe(v).startswith("res:AI_Plus (Policy): issuedBy must be an Organization, a Place")
    assert v.value == "res:Qwen"


def test_affiliated_with_needs_a_person():
    g = good()
    g.add((RES.Alibaba_Cloud, CAKG.affiliatedWith, RES.Alibaba_Group))
    [v] = failures(validate_graph(g))
    assert describe(v) == "res:Alibaba_Cloud (Company): has an affiliation (affiliatedWith) but is not a Person"


def test_assertion_missing_evidence():
    g = good()
    g.remove((FACT, CAKG.evidence, None))
    result = validate_graph(g)
    assert not result.conforms
    [v] = failures(result)
    assert v.focus == f"doc:{DOC_ID}/fact/1" and v.path == "cakg:evidence" and v.focus_class == "Assertion"
    assert describe(v).startswith(f"doc:{DOC_ID}/fact/1 (Assertion): needs its evidence")


@pytest.mark.parametrize(
    "prop, value, path",
    [
        (CAKG.confidence, Literal("1.5", datatype=XSD.decimal), "cakg:confidence"),
        (CAKG.confidence, Literal("high"), "cakg:confidence"),
        (CAKG.charEnd, Literal(-1), "cakg:charEnd"),
        (vocab.PROV + "wasDerivedFrom", RES.Qwen, "prov:wasDerivedFrom"),
        (vocab.RDF + "predicate", CAKG.evidence, "rdf:predicate"),
    ],
)
def test_assertion_bad_values(prop, value, path):
    g = good()
    g.set((FACT, URIRef(prop), value))
    result = validate_graph(g)
    assert not result.conforms
    assert {(v.focus, v.path) for v in failures(result)} >= {(f"doc:{DOC_ID}/fact/1", path)}


def test_assertion_missing_parts_all_reported():
    g = good()
    for p in ("subject", "object"):
        g.remove((FACT, URIRef(vocab.RDF + p), None))
    g.remove((FACT, CAKG.rule, None))
    paths = {v.path for v in failures(validate_graph(g))}
    assert paths == {"rdf:subject", "rdf:object", "cakg:rule"}


def test_document_needs_hash_and_path():
    g = good()
    d = DOC[DOC_ID]
    g.remove((d, CAKG.contentHash, None))
    g.remove((d, CAKG.sourcePath, None))
    result = validate_graph(g)
    assert {(v.focus, v.path) for v in failures(result)} == {
        (f"doc:{DOC_ID}", "cakg:contentHash"),
        (f"doc:{DOC_ID}", "cakg:sourcePath"),
    }
    assert all(v.focus_class == "Document" for v in failures(result))


def test_entity_needs_a_label():
    g = good()
    g.remove((RES.China, None, Literal("China", lang="en")))
    [v] = failures(validate_graph(g))
    assert describe(v).startswith("res:China (Place): has no rdfs:label")


def test_warnings_do_not_break_conformance():
    g = good()
    g.set((RES.China, URIRef(vocab.RDFS + "label"), Literal("China")))  # no language tag
    result = validate_graph(g)
    assert result.conforms
    [w] = result.violations
    assert w.severity == "Warning" and describe(w).startswith("warning: res:China (Place): rdfs:label should")


def test_validate_graph_leaves_the_data_alone():
    g = good()
    n = len(g)
    validate_graph(g)
    assert len(g) == n


def _store(turtle: str) -> ox.Store:
    """The graph in a store the way kg build writes it: the document's named graph, plus a registry graph
    repeating a label (so the union must be merged, not concatenated)."""
    st = ox.Store()
    st.load(turtle.encode(), format=ox.RdfFormat.TURTLE, to_graph=ox.NamedNode(vocab.DOC + DOC_ID))
    registry = PREFIXES + 'res:Qwen rdfs:label "Qwen"@en ; skos:altLabel "通义千问"@zh .'
    st.load(registry.encode(), format=ox.RdfFormat.TURTLE, to_graph=ox.NamedNode(vocab.REGISTRY_GRAPH))
    return st


def test_validate_store():
    assert validate_store(_store(GOOD)).conforms
    bad = _store(GOOD.replace('"2023-08"^^xsd:gYearMonth .', '"2023-08-01T00:00:00"^^xsd:dateTime .'))
    result = validate_store(bad)
    assert not result.conforms
    assert [(v.focus, v.path) for v in failures(result)] == [("res:Qwen", "cakg:releaseDate")]


def test_validate_empty_store():
    assert validate_store(ox.Store()).conforms


def test_shapes_parse():
    shapes = Graph().parse(ONTOLOGY_DIR / "shapes.ttl", format="turtle")
    assert len(shapes) > 50


def test_examples_exist():
    assert 4 <= len(EXAMPLES) <= 8, [p.name for p in EXAMPLES]
    assert "evidence-of-a-fact.rq" in {p.name for p in EXAMPLES}


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.name)
def test_example_query_parses_and_runs(path):
    text = path.read_text(encoding="utf-8")
    assert text.startswith("#"), f"{path.name} needs a header comment saying what it asks"
    prepareQuery(text)  # rdflib's parser
    st = _store(GOOD)
    rows = list(st.query(text, use_default_graph_as_union=True))  # no predefined prefixes: the file declares them
    assert rows, f"{path.name} returns nothing on the sample graph"


def test_evidence_example_returns_the_sentence():
    text = (ONTOLOGY_DIR / "examples" / "evidence-of-a-fact.rq").read_text(encoding="utf-8")
    st = _store(GOOD)
    [row] = list(st.query(text, use_default_graph_as_union=True))
    assert row["evidence"].value == "Alibaba Cloud releases its Qwen model."
    assert row["developer"].value == "Alibaba Cloud" and row["rule"].value == "verb_developer"
