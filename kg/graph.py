"""Turn one document and what was extracted from it into RDF quads in the document's named graph.

The model is described in ontology/README.md: one named graph per document, facts as plain triples,
their provenance on reified cakg:Assertion nodes.
"""

from __future__ import annotations

import hashlib
import re
from functools import cache, lru_cache
from urllib.parse import quote

from pyoxigraph import Literal, NamedNode, Quad

from kg import vocab
from kg.model import Document, EntityRef, Extraction, Fact

_N = NamedNode
RDF_TYPE = _N(vocab.RDF + "type")
LABEL = _N(vocab.RDFS + "label")
ALT = _N(vocab.SKOS + "altLabel")
SAME_AS = _N(vocab.OWL + "sameAs")
MENTIONS = _N(vocab.SCHEMA + "mentions")
TITLE = _N(vocab.DCTERMS + "title")
DATE = _N(vocab.DCTERMS + "date")
SOURCE = _N(vocab.DCTERMS + "source")
DERIVED = _N(vocab.PROV + "wasDerivedFrom")
PROV_ENTITY = _N(vocab.PROV + "Entity")
R_SUBJ, R_PRED, R_OBJ = _N(vocab.RDF + "subject"), _N(vocab.RDF + "predicate"), _N(vocab.RDF + "object")
XSD_INT = _N(vocab.XSD + "integer")
XSD_DEC = _N(vocab.XSD + "decimal")


@cache
def cakg(name: str) -> NamedNode:
    return _N(vocab.term(name))


_KEY_BAD = re.compile(r"[^\w.\-]+", re.UNICODE)


def entity_key(name: str) -> str:
    """An IRI-safe, stable local name for an entity: 'Kimi K2' -> 'Kimi_K2'."""
    key = _KEY_BAD.sub("_", name.strip()).strip("_.")
    return key or "entity_" + hashlib.sha1(name.encode()).hexdigest()[:10]


@lru_cache(maxsize=1 << 16)  # curated entities come back in document after document; quote() is slow
def entity_iri(key: str) -> NamedNode:
    return _N(vocab.RES + quote(key, safe="_.-~"))


def doc_iri(doc_id: str) -> NamedNode:
    return _N(vocab.DOC + doc_id)


def date_literal(value: str) -> Literal:
    """An ISO date string of any precision as a typed literal keeping that precision."""
    n = value.count("-")
    dtype = "date" if n == 2 else "gYearMonth" if n == 1 else "gYear"
    return Literal(value, datatype=_N(vocab.XSD + dtype))


REGISTRY_GRAPH = _N(vocab.REGISTRY_GRAPH)


def _entity_quads(e: EntityRef, g: NamedNode) -> list[Quad]:
    """Types and preferred label of a name the document introduced, in the document's graph. A curated entity's
    types and label come from the registry, not from the document: they are in the registry graph."""
    if e.registered:
        return []
    s = entity_iri(e.key)
    out = [Quad(s, RDF_TYPE, cakg(c), g) for c in vocab.superclasses(e.type)]
    out.append(Quad(s, LABEL, Literal(e.name, language="en"), g))
    out.extend(_description_quads(e, g))
    return out


def _description_quads(e: EntityRef, g: NamedNode) -> list[Quad]:
    s = entity_iri(e.key)
    out = []
    for a in dict.fromkeys(e.aliases):
        if a != e.name:
            out.append(Quad(s, ALT, Literal(a, language="en"), g))
    if e.zh:
        out.append(Quad(s, ALT, Literal(e.zh, language="zh"), g))
    if e.wikidata:
        out.append(Quad(s, SAME_AS, _N(vocab.WD + e.wikidata), g))
    return out


def registry_quads(e: EntityRef) -> list[Quad]:
    """Types, label, aliases, Chinese name and Wikidata link of a curated entity: written once per store, in the
    registry graph, when a document first mentions it (and pruned when no document does any more)."""
    s = entity_iri(e.key)
    return [
        *(Quad(s, RDF_TYPE, cakg(c), REGISTRY_GRAPH) for c in vocab.superclasses(e.type)),
        Quad(s, LABEL, Literal(e.name, language="en"), REGISTRY_GRAPH),
        *_description_quads(e, REGISTRY_GRAPH),
    ]


ASSERTION, EVIDENCE, CHAR_START, CHAR_END, RULE, CONFIDENCE, ROLE = (
    cakg(n) for n in ("Assertion", "evidence", "charStart", "charEnd", "rule", "confidence", "role")
)


def _fact_quads(f: Fact, g: NamedNode, doc_id: str) -> list[Quad]:
    s = entity_iri(f.subject)
    p = cakg(f.predicate)
    o = date_literal(f.object) if f.is_literal else entity_iri(f.object)
    digest = hashlib.sha1(f"{f.subject}|{f.predicate}|{f.object}|{f.start}|{f.rule}".encode()).hexdigest()[:16]
    a = _N(f"{vocab.DOC}{doc_id}/fact/{digest}")
    out = [
        Quad(s, p, o, g),
        Quad(a, RDF_TYPE, ASSERTION, g),
        Quad(a, R_SUBJ, s, g),
        Quad(a, R_PRED, p, g),
        Quad(a, R_OBJ, o, g),
        Quad(a, DERIVED, g, g),
        Quad(a, EVIDENCE, Literal(f.evidence), g),
        Quad(a, CHAR_START, Literal(str(f.start), datatype=XSD_INT), g),
        Quad(a, CHAR_END, Literal(str(f.end), datatype=XSD_INT), g),
        Quad(a, RULE, Literal(f.rule), g),
        Quad(a, CONFIDENCE, Literal(f"{f.confidence:.2f}", datatype=XSD_DEC), g),
    ]
    if f.role:
        out.append(Quad(a, ROLE, Literal(f.role), g))
        out.append(Quad(s, ROLE, Literal(f.role), g))
    return out


def header_quads(doc: Document) -> list[Quad]:
    """The document's own description: title, date, URL, source path (the store's commit marker), hash."""
    g = doc_iri(doc.id)
    out = [
        Quad(g, RDF_TYPE, cakg("Document"), g),
        Quad(g, RDF_TYPE, PROV_ENTITY, g),
        Quad(g, cakg("sourcePath"), Literal(doc.path), g),
        Quad(g, cakg("contentHash"), Literal(hashlib.sha256(doc.text.encode()).hexdigest()), g),
        Quad(g, cakg("wordCount"), Literal(str(doc.words), datatype=XSD_INT), g),
    ]
    if doc.title:
        out.append(Quad(g, TITLE, Literal(doc.title), g))
    if doc.date:
        out.append(Quad(g, DATE, date_literal(doc.date), g))
    if doc.url:
        out.append(Quad(g, SOURCE, _N(doc.url) if _is_iri(doc.url) else Literal(doc.url), g))
    return out


def body_quads(doc: Document, ex: Extraction) -> list[Quad]:
    """What the document says: the entities it mentions, the facts read from it and their provenance."""
    doc_id = doc.id
    g = doc_iri(doc_id)
    out: list[Quad] = []
    for e in ex.entities.values():
        out.extend(_entity_quads(e, g))
        # a document that never writes the entity's name ("Midea", "Zelenskyy" for Midea Group, Volodymyr
        # Zelenskyy): the names it does write, so that answers can name it as the document does
        written = ex.written.get(e.key)
        if written and e.name not in written:
            iri = entity_iri(e.key)
            out.extend(Quad(iri, ALT, Literal(w, language="zh" if _CJK.search(w) else "en"), g) for w in sorted(written))
        elif written and len(written) > 1:
            # ("Tencent Yuanbao" for Yuanbao: its maker's name before one of its names is a name the document uses)
            names = (e.name, *e.aliases)
            # (and "Xingrui" for "Xingrui AI model": the bare name the kind follows)
            extra = sorted(w for w in written if w not in names and any(w.endswith(" " + n) or n.startswith(w + " ") for n in names))
            out.extend(Quad(entity_iri(e.key), ALT, Literal(w, language="en"), g) for w in extra)
        out.append(Quad(g, MENTIONS, entity_iri(e.key), g))
    for f in ex.facts:
        out.extend(_fact_quads(f, g, doc_id))
    return out


def document_quads(doc: Document, ex: Extraction) -> list[Quad]:
    """All quads of one document's named graph."""
    return header_quads(doc) + body_quads(doc, ex)


_CJK = re.compile(r"[\u4e00-\u9fff]")
_IRI_OK = re.compile(r"^https?://[^\s<>\"{}|\\^`]+$")


def _is_iri(s: str) -> bool:
    return bool(_IRI_OK.match(s))
