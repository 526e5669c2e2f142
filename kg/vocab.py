"""The cakg: vocabulary as Python constants, kept equal to ontology/cakg.ttl by tests/test_vocab.py.

Plain strings (IRIs) so that the CLI's start-up path imports neither rdflib nor pyoxigraph.
"""

from __future__ import annotations

from functools import cache

CAKG = "https://w3id.org/china-ai-kg/ontology#"
RES = "https://w3id.org/china-ai-kg/resource/"
DOC = "https://w3id.org/china-ai-kg/doc/"
# the named graph holding the curated registry's aliases, Chinese names and Wikidata links of mentioned entities
REGISTRY_GRAPH = "https://w3id.org/china-ai-kg/registry"

RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
RDFS = "http://www.w3.org/2000/01/rdf-schema#"
OWL = "http://www.w3.org/2002/07/owl#"
XSD = "http://www.w3.org/2001/XMLSchema#"
SKOS = "http://www.w3.org/2004/02/skos/core#"
PROV = "http://www.w3.org/ns/prov#"
DCTERMS = "http://purl.org/dc/terms/"
SCHEMA = "https://schema.org/"
WD = "http://www.wikidata.org/entity/"

PREFIXES = {
    "cakg": CAKG,
    "res": RES,
    "doc": DOC,
    "rdf": RDF,
    "rdfs": RDFS,
    "owl": OWL,
    "xsd": XSD,
    "skos": SKOS,
    "prov": PROV,
    "dcterms": DCTERMS,
    "schema": SCHEMA,
}

# The contract classes, then declared subclasses mapped to their direct superclass.
CONTRACT_CLASSES = (
    "Organization",
    "Company",
    "ResearchInstitution",
    "GovernmentAgency",
    "Person",
    "AIModel",
    "Product",
    "Policy",
    "Event",
    "Place",
)
SUBCLASS_OF = {
    "Company": "Organization",
    "ResearchInstitution": "Organization",
    "GovernmentAgency": "Organization",
    "LanguageModel": "AIModel",
    "Regulation": "Policy",
    "Country": "Place",
    "City": "Place",
}
CLASSES = tuple(dict.fromkeys(CONTRACT_CLASSES + tuple(SUBCLASS_OF) + ("Document", "Assertion")))

# Relations between entities (object properties), then literal-valued ones.
RELATIONS = (
    "developer",
    "issuedBy",
    "investedIn",
    "subsidiaryOf",
    "basedOn",
    "integratedInto",
    "affiliatedWith",
    "partnerOf",
    "targets",
    "involves",
)
DATE_PROPERTIES = ("releaseDate", "date")
DATA_PROPERTIES = (
    "releaseDate",
    "date",
    "role",
    "evidence",
    "charStart",
    "charEnd",
    "rule",
    "confidence",
    "sourcePath",
    "contentHash",
    "wordCount",
)
PROPERTIES = RELATIONS + DATA_PROPERTIES


def superclasses(cls: str) -> list[str]:
    """The class and all its declared superclasses, most specific first."""
    out = [cls]
    while out[-1] in SUBCLASS_OF:
        out.append(SUBCLASS_OF[out[-1]])
    return out


@cache  # asked for every entity and fact of every document; the class tables never change
def contract_class(cls: str) -> str:
    """The most specific contract class a (sub)class falls under."""
    for c in superclasses(cls):
        if c in CONTRACT_CLASSES:
            return c
    return cls


def term(name: str) -> str:
    """IRI of a cakg: term; unknown names fail at once instead of minting a new IRI."""
    if name not in CLASSES and name not in PROPERTIES:
        raise KeyError(f"{name!r} is not a term of the cakg: ontology")
    return CAKG + name
