"""ontology/cakg.ttl, kg/vocab.py and the contract (shared/docs/CONTRACT.md) declare the same terms."""

from __future__ import annotations

import re

import pytest
from rdflib import OWL, RDF, RDFS, Graph, Literal, URIRef
from rdflib.collection import Collection

from kg import vocab
from kg.paths import ONTOLOGY_DIR
from tests.conftest import SHARED

CAKG = vocab.CAKG
ONTOLOGY_IRI = URIRef("https://w3id.org/china-ai-kg/ontology")
CONTRACT = SHARED / "docs" / "CONTRACT.md"
DCTERMS = "http://purl.org/dc/terms/"


@pytest.fixture(scope="module")
def onto() -> Graph:
    return Graph().parse(ONTOLOGY_DIR / "cakg.ttl", format="turtle")


def local(term) -> str:
    return str(term)[len(CAKG) :]


def declared(g: Graph, *types) -> set[str]:
    return {local(s) for t in types for s in g.subjects(RDF.type, t) if str(s).startswith(CAKG)}


def diff_message(kind: str, in_ttl: set[str], in_py) -> str:
    only_ttl, only_py = sorted(in_ttl - set(in_py)), sorted(set(in_py) - in_ttl)
    return (
        f"{kind} differ between ontology/cakg.ttl and kg/vocab.py: "
        f"only in cakg.ttl {only_ttl or '-'}, only in vocab.py {only_py or '-'}; add the missing ones to the other file"
    )


def test_ontology_header(onto):
    assert (ONTOLOGY_IRI, RDF.type, OWL.Ontology) in onto
    for p in ("title", "description"):
        assert onto.value(ONTOLOGY_IRI, URIRef(DCTERMS + p)), f"the owl:Ontology needs dcterms:{p}"
    assert onto.value(ONTOLOGY_IRI, OWL.versionInfo), "the owl:Ontology needs owl:versionInfo"


def test_classes_equal_vocab(onto):
    classes = declared(onto, OWL.Class)
    assert classes == set(vocab.CLASSES), diff_message("classes", classes, vocab.CLASSES)


def test_properties_equal_vocab(onto):
    relations = declared(onto, OWL.ObjectProperty)
    literals = declared(onto, OWL.DatatypeProperty)
    assert relations == set(vocab.RELATIONS), diff_message("object properties", relations, vocab.RELATIONS)
    assert literals == set(vocab.DATA_PROPERTIES), diff_message("datatype properties", literals, vocab.DATA_PROPERTIES)
    assert not relations & literals, f"declared both object and datatype property: {sorted(relations & literals)}"


def test_every_term_has_label_and_comment(onto):
    missing = []
    for name in (*vocab.CLASSES, *vocab.PROPERTIES):
        t = URIRef(CAKG + name)
        label, comment = onto.value(t, RDFS.label), onto.value(t, RDFS.comment)
        if not (isinstance(label, Literal) and label.language == "en"):
            missing.append(f"cakg:{name} rdfs:label@en")
        if not (isinstance(comment, Literal) and len(str(comment)) > 20):
            missing.append(f"cakg:{name} rdfs:comment")
    assert not missing, "missing: " + ", ".join(missing)


def test_subclass_axioms_match_vocab(onto):
    axioms = {
        local(s): local(o)
        for s, o in onto.subject_objects(RDFS.subClassOf)
        if str(s).startswith(CAKG) and str(o).startswith(CAKG)
    }
    assert axioms == vocab.SUBCLASS_OF, f"rdfs:subClassOf in cakg.ttl {axioms} != vocab.SUBCLASS_OF {vocab.SUBCLASS_OF}"
    c = URIRef(CAKG)
    assert (c + "Document", RDFS.subClassOf, URIRef(vocab.PROV + "Entity")) in onto
    assert (c + "Assertion", RDFS.subClassOf, RDF.Statement) in onto


def _class_set(g: Graph, node) -> set[str]:
    """A class expression as a set of local names: cakg:X, or an owl:unionOf list of them."""
    if node is None:
        return set()
    union = g.value(node, OWL.unionOf)
    if union is not None:
        return {local(m) if str(m).startswith(CAKG) else str(m) for m in Collection(g, union)}
    return {local(node) if str(node).startswith(CAKG) else str(node)}


# the contract table (CONTRACT.md), with the ranges widened to Place where the news text and the gold annotations
# have countries as issuers and heads of state affiliated with their country
EXPECTED_SIGNATURES = {
    "developer": ({"AIModel", "Product"}, {"Organization", "Person"}),
    "issuedBy": ({"Policy"}, {"Organization", "Place", "Person"}),
    "investedIn": ({"Organization", "Person"}, {"Organization"}),
    "subsidiaryOf": ({"Organization"}, {"Organization"}),
    "basedOn": ({"AIModel", "Product"}, {"AIModel", "Product"}),
    "integratedInto": ({"AIModel", "Product"}, {"Product", "Organization"}),
    "affiliatedWith": ({"Person"}, {"Organization", "Place"}),
    "partnerOf": ({"Organization"}, {"Organization"}),
    "targets": ({"Policy"}, set()),
    "involves": ({"Event"}, set()),
    "releaseDate": ({"AIModel", "Product"}, {str(RDFS.Literal)}),
    "date": ({"Policy", "Event"}, {str(RDFS.Literal)}),
}


@pytest.mark.parametrize("name", sorted(EXPECTED_SIGNATURES))
def test_domain_and_range(onto, name):
    t = URIRef(CAKG + name)
    domain, range_ = EXPECTED_SIGNATURES[name]
    assert _class_set(onto, onto.value(t, RDFS.domain)) == domain, f"rdfs:domain of cakg:{name}"
    assert _class_set(onto, onto.value(t, RDFS.range)) == range_, f"rdfs:range of cakg:{name}"


def test_partner_of_is_symmetric(onto):
    assert (URIRef(CAKG + "partnerOf"), RDF.type, OWL.SymmetricProperty) in onto
    symmetric = {local(s) for s in onto.subjects(RDF.type, OWL.SymmetricProperty) if str(s).startswith(CAKG)}
    assert symmetric == {"partnerOf"}


def test_provenance_properties_have_domains(onto):
    for name in ("evidence", "charStart", "charEnd", "rule", "confidence"):
        assert _class_set(onto, onto.value(URIRef(CAKG + name), RDFS.domain)) == {"Assertion"}, name
    for name in ("sourcePath", "contentHash", "wordCount"):
        assert _class_set(onto, onto.value(URIRef(CAKG + name), RDFS.domain)) == {"Document"}, name


def _contract_terms(section: str) -> list[str]:
    text = CONTRACT.read_text(encoding="utf-8")
    m = re.search(rf"^## {section}.*?$(.*?)(?=^## |\Z)", text, re.M | re.S)
    assert m, f"no '## {section}' section in {CONTRACT}"
    return re.findall(r"^\|\s*`(\w+)`\s*\|", m.group(1), re.M)


@pytest.mark.skipif(not CONTRACT.exists(), reason="shared/docs/CONTRACT.md not present")
def test_contract_terms_are_declared(onto):
    classes = _contract_terms("Classes")
    properties = _contract_terms("Properties")
    assert len(classes) >= 10 and len(properties) >= 12, "could not read the contract tables"
    missing = [c for c in classes if (URIRef(CAKG + c), RDF.type, OWL.Class) not in onto]
    missing += [p for p in properties if local(URIRef(CAKG + p)) not in declared(onto, OWL.ObjectProperty, OWL.DatatypeProperty)]
    assert not missing, f"contract terms missing from ontology/cakg.ttl: {missing}"
    assert set(classes) == set(vocab.CONTRACT_CLASSES), "vocab.CONTRACT_CLASSES differs from the contract's class table"
    assert set(properties) <= set(vocab.PROPERTIES), f"not in kg/vocab.py: {sorted(set(properties) - set(vocab.PROPERTIES))}"
