"""`kg validate`: check the graph against the SHACL shapes of ontology/shapes.ttl, violations in plain words.

The shapes run with pySHACL over the union of all named graphs, with ontology/cakg.ttl as the ontology graph
(mixed into a copy of the data, so sh:class and sh:targetClass follow rdfs:subClassOf) and no inference.
RDFS inference would be wrong here, not only slow: from the rdfs:domain and rdfs:range axioms it would make
every subject of cakg:issuedBy a Policy and every value of cakg:subsidiaryOf an Organization, so the shapes
that check exactly that would pass by definition. Nothing is lost without it: the graph already carries the
contract class of every node (materialised).

rdflib and pyshacl are imported inside the functions, so that importing this module stays cheap.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from functools import lru_cache
from typing import TYPE_CHECKING

from kg import vocab
from kg.paths import ONTOLOGY_DIR

if TYPE_CHECKING:
    import pyoxigraph
    import rdflib

ONTOLOGY_FILE = ONTOLOGY_DIR / "cakg.ttl"
SHAPES_FILE = ONTOLOGY_DIR / "shapes.ttl"

SH = "http://www.w3.org/ns/shacl#"
_SEVERITY_ORDER = {"Violation": 0, "Warning": 1, "Info": 2}


@dataclass
class Violation:
    """One SHACL result, its terms written compactly (res:Qwen, cakg:developer)."""

    focus: str  # the node that fails
    path: str | None  # the property checked, None for a check on the node itself
    message: str  # the shape's sh:message
    severity: str  # "Violation", "Warning" or "Info"
    value: str | None = None  # the offending value, where there is one
    focus_class: str | None = None  # the focus node's class(es) in the graph, e.g. "AIModel"


@dataclass
class ValidationResult:
    conforms: bool  # True when no result has severity Violation (warnings do not break conformance)
    violations: list[Violation] = field(default_factory=list)

    @property
    def errors(self) -> list[Violation]:
        return [v for v in self.violations if v.severity == "Violation"]

    @property
    def warnings(self) -> list[Violation]:
        return [v for v in self.violations if v.severity != "Violation"]


@lru_cache(maxsize=1)
def _shapes_and_ontology():
    import rdflib

    return rdflib.Graph().parse(SHAPES_FILE, format="turtle"), rdflib.Graph().parse(ONTOLOGY_FILE, format="turtle")


def validate_graph(data: rdflib.Graph) -> ValidationResult:
    """Validate an rdflib graph (all documents merged into one) against the shapes; `data` is not modified."""
    import pyshacl

    shapes, ontology = _shapes_and_ontology()
    conforms, report, _ = pyshacl.validate(
        data,
        shacl_graph=shapes,
        ont_graph=ontology,
        inference="none",
        abort_on_first=False,
        allow_warnings=True,
        meta_shacl=False,
        advanced=False,
        js=False,
        debug=False,
    )
    # one shape with several constraints (sh:or and sh:pattern on a date) can report one value more than once
    violations = list({_key(v): v for v in _read_report(report, data)}.values())
    violations.sort(key=lambda v: (_SEVERITY_ORDER.get(v.severity, 3), v.focus, v.path or "", v.message, v.value or ""))
    return ValidationResult(bool(conforms), violations)


def validate_store(store: pyoxigraph.Store) -> ValidationResult:
    """Validate a pyoxigraph store: the union of all its graphs, merged into one rdflib graph."""
    import pyoxigraph as ox
    import rdflib

    # Dropping the graph names and serialising as N-Triples happens in Rust; rdflib's graph then removes the
    # duplicates (a triple stated by three documents is one triple), which is the union the queries see.
    nt = ox.serialize((q.triple for q in store), format=ox.RdfFormat.N_TRIPLES)
    data = rdflib.Graph()
    if nt:
        # an ill-typed literal ("2024-13-01"^^xsd:date) makes rdflib log a traceback; the shapes report it in words
        term_log = logging.getLogger("rdflib.term")
        level = term_log.level
        term_log.setLevel(logging.CRITICAL)
        try:
            data.parse(data=nt.decode("utf-8"), format="nt")
        finally:
            term_log.setLevel(level)
    return validate_graph(data)


def describe(violation: Violation) -> str:
    """One plain-English line: "res:Qwen (AIModel): developer must be an Organization or Person, found res:Foo"."""
    v = violation
    head = f"{v.focus} ({v.focus_class})" if v.focus_class else v.focus
    line = f"{head}: {v.message}"
    if v.value is not None and v.value != v.focus:
        line += f", found {v.value}"
    if v.severity != "Violation":
        line = f"{v.severity.lower()}: {line}"
    return line


# ---------------------------------------------------------------------------------------------------------------


def _read_report(report, data) -> list[Violation]:
    from rdflib import RDF, URIRef

    sh = lambda name: URIRef(SH + name)  # noqa: E731
    out = []
    for r in report.subjects(RDF.type, sh("ValidationResult")):
        focus = report.value(r, sh("focusNode"))
        path = report.value(r, sh("resultPath"))
        value = report.value(r, sh("value"))
        severity = report.value(r, sh("resultSeverity"))
        messages = sorted(str(m) for m in report.objects(r, sh("resultMessage")))
        out.append(
            Violation(
                focus=_show(focus),
                path=_show(path) if path is not None else None,
                message="; ".join(messages) or "does not conform to " + _show(report.value(r, sh("sourceShape"))),
                severity=str(severity).removeprefix(SH) if severity is not None else "Violation",
                value=_show(value) if value is not None else None,
                focus_class=_class_of(data, focus),
            )
        )
    return out


def _key(v: Violation) -> tuple:
    return (v.severity, v.focus, v.path, v.message, v.value)


def _class_of(data, node) -> str | None:
    """The most specific cakg: classes of `node` in the data, by their contract class: "AIModel", "Company"."""
    from rdflib import RDF

    if node is None:
        return None
    names = {str(t)[len(vocab.CAKG) :] for t in data.objects(node, RDF.type) if str(t).startswith(vocab.CAKG)}
    names &= set(vocab.CLASSES)
    # keep the most specific: drop every class that is a superclass of another one the node has
    implied = {s for n in names for s in vocab.superclasses(n)[1:]}
    specific = [vocab.contract_class(n) for n in vocab.CLASSES if n in names and n not in implied]
    return "/".join(dict.fromkeys(specific)) or None


def _show(term) -> str:
    """A term as a reader would write it: res:Qwen, cakg:developer, "2024-06"^^xsd:gYearMonth, "Qwen"@en."""
    from rdflib import BNode, Literal, URIRef

    if term is None:
        return "nothing"
    if isinstance(term, URIRef):
        iri = str(term)
        best = max((ns for ns in vocab.PREFIXES.values() if iri.startswith(ns)), key=len, default=None)
        if best is not None:
            prefix = next(p for p, ns in vocab.PREFIXES.items() if ns == best)
            return f"{prefix}:{iri[len(best) :]}"
        return f"<{iri}>"
    if isinstance(term, BNode):
        return "a blank node"
    if isinstance(term, Literal):
        text = f'"{term}"'
        if term.language:
            return f"{text}@{term.language}"
        if term.datatype is not None and str(term.datatype) != vocab.XSD + "string":
            return f"{text}^^{_show(term.datatype)}"
        return text
    return str(term)
