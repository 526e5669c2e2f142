"""Score the built graph against hand-made gold annotations (`kg eval`).

The matching rules are those of ../shared/eval/README.md:

- names are compared after `norm()`: Unicode NFKC, case-folding, and removal of every character that is
  not a letter or a digit (spaces, hyphens, punctuation, curly or straight apostrophes), so
  "Qwen 2.5-Max" == "qwen2.5max" == "QWEN25MAX";
- a gold entity matches a system node when any of its names/aliases equals one of the node's
  `rdfs:label` / `skos:altLabel` strings after `norm()`;
- a typed match also needs the gold `type` or one of its `alt_types` among the node's most specific
  contract classes (the graph materialises superclasses, so a Company node also carries Organization;
  that materialised Organization does not satisfy a gold "Organization" — the gold lists Company in
  `alt_types` where it accepts it);
- a gold relation (s, p, o) with `s_alt` / `o_alt` is matched by a system relation with the same p whose
  subject matches s or an s_alt entity and whose object matches o or an o_alt entity; `partnerOf` is
  symmetric;
- a system date matches a gold date when it is equal or more precise and agrees, component by component,
  on what the gold gives ("2025-09-28" matches "2025-09"; "2025" does not; "2025-10" does not match
  "2025-1").

Everything is scored on the documents being evaluated (the gold's documents by default, by basename of
`cakg:sourcePath`): system facts read from other documents, and gold facts of other documents, are left
out. Each system node / relation / date fact counts once for precision, each gold item once for recall.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from kg import vocab

__all__ = [
    "SystemEntity",
    "SystemGraph",
    "collect_system",
    "date_matches",
    "format_report",
    "norm",
    "prf",
    "score_extraction",
    "score_questions",
]

SYMMETRIC = frozenset({"partnerOf"})
LIST_CAP = 40

# ---------------------------------------------------------------------------------------------------------
# Normalisation and small helpers

_NOT_ALNUM = re.compile(r"[\W_]+", re.UNICODE)
_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'", "\u2032": "'", "`": "'"})


def norm(name: str) -> str:
    """The comparison key of a name: NFKC, case-folded, every non-alphanumeric character removed."""
    s = unicodedata.normalize("NFKC", name).translate(_APOSTROPHES).casefold()
    return _NOT_ALNUM.sub("", s)


def basename(path: str) -> str:
    """The file name of a source path ("corpus/a.txt" -> "a.txt"), for either kind of slash."""
    return re.split(r"[\\/]", path.strip())[-1]


# YYYY, YYYY-MM or YYYY-MM-DD, with an optional time (xsd:dateTime) and an optional time zone.
_DATE = re.compile(r"^\s*(-?\d{4})(?:-(\d{1,2}))?(?:-(\d{1,2}))?(?:T[\d:.]+)?(?:Z|[+-]\d{2}:\d{2})?\s*$")


def _date_parts(value: str) -> tuple[int, ...] | None:
    m = _DATE.match(value)
    if not m:
        return None
    return tuple(int(g) for g in m.groups() if g is not None)


def is_date(value: str) -> bool:
    return _date_parts(value) is not None


def date_matches(system: str, gold: str) -> bool:
    """True when `system` is as precise as `gold` or more, and agrees on every component gold gives."""
    s, g = _date_parts(system), _date_parts(gold)
    if s is None or g is None:
        return False
    return len(s) >= len(g) and s[: len(g)] == g


def prf(tp_sys: int, n_sys: int, tp_gold: int, n_gold: int) -> dict:
    """Precision over system items, recall over gold items, and their F1 (0.0 when undefined)."""
    p = tp_sys / n_sys if n_sys else 0.0
    r = tp_gold / n_gold if n_gold else 0.0
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    return {
        "p": round(p, 4),
        "r": round(r, 4),
        "f1": round(f1, 4),
        "tp": tp_sys,
        "fp": n_sys - tp_sys,
        "fn": n_gold - tp_gold,
        "tp_gold": tp_gold,
        "n_system": n_sys,
        "n_gold": n_gold,
    }


# ---------------------------------------------------------------------------------------------------------
# Reading the system graph


@dataclass
class SystemEntity:
    iri: str
    labels: set[str] = field(default_factory=set)  # rdfs:label and skos:altLabel strings
    types: set[str] = field(default_factory=set)  # contract classes, superclasses included
    docs: set[str] = field(default_factory=set)  # basenames of the documents it appears in / is mentioned by
    label: str = ""  # the preferred label, for display

    @property
    def specific_types(self) -> set[str]:
        """Its contract classes without those only implied by a more specific one (Company, not Organization)."""
        implied = {sup for t in self.types for sup in vocab.superclasses(t)[1:]}
        return self.types - implied

    def display(self) -> str:
        if self.label:
            return self.label
        return sorted(self.labels)[0] if self.labels else _local(self.iri)


@dataclass
class SystemGraph:
    entities: dict[str, SystemEntity] = field(default_factory=dict)  # iri -> node of a contract class
    relations: dict[tuple[str, str, str], set[str]] = field(
        default_factory=dict
    )  # (s, p, o) -> doc basenames
    dates: dict[tuple[str, str, str], set[str]] = field(
        default_factory=dict
    )  # (iri, p, value) -> doc basenames
    labels: dict[str, set[str]] = field(default_factory=dict)  # every labelled node, typed or not
    preferred: dict[str, str] = field(default_factory=dict)  # iri -> rdfs:label, for display
    documents: dict[str, str] = field(default_factory=dict)  # document / graph IRI -> basename of sourcePath

    def display(self, iri: str) -> str:
        if iri in self.preferred:
            return self.preferred[iri]
        if self.labels.get(iri):
            return sorted(self.labels[iri])[0]
        return _local(iri)


def _local(iri: str) -> str:
    return re.split(r"[/#]", iri)[-1] or iri


def _key(term) -> str:
    """A stable string for a node: the IRI of a NamedNode, "_:id" for a blank node."""
    from pyoxigraph import BlankNode

    return "_:" + term.value if isinstance(term, BlankNode) else term.value


_PREFIXES = (
    f"PREFIX cakg: <{vocab.CAKG}>\nPREFIX rdfs: <{vocab.RDFS}>\nPREFIX skos: <{vocab.SKOS}>\n"
    f"PREFIX schema: <{vocab.SCHEMA}>\n"
)


def _select(store, query: str) -> Iterable:
    return store.query(_PREFIXES + query, use_default_graph_as_union=True)


def collect_system(store) -> SystemGraph:
    """Read the entities, relations and dates of a pyoxigraph Store built by `kg build`."""
    from pyoxigraph import Literal

    sg = SystemGraph()

    # Documents: the graph that holds a cakg:Document, and the document node itself, map to its file name.
    for row in _select(
        store, "SELECT ?g ?d ?path WHERE { GRAPH ?g { ?d a cakg:Document ; cakg:sourcePath ?path } }"
    ):
        name = basename(row["path"].value)
        sg.documents.setdefault(_key(row["g"]), name)
        sg.documents.setdefault(_key(row["d"]), name)

    # Labels of every node; the preferred label (an English or untagged rdfs:label first) for display.
    preferred: dict[str, list[tuple[bool, str]]] = {}
    for row in _select(
        store,
        "SELECT ?x ?l ?alt WHERE { { ?x rdfs:label ?l BIND(false AS ?alt) } UNION "
        "{ ?x skos:altLabel ?l BIND(true AS ?alt) } }",
    ):
        x, lab = _key(row["x"]), row["l"]
        sg.labels.setdefault(x, set()).add(lab.value)
        if row["alt"].value == "false":
            lang = lab.language if isinstance(lab, Literal) else None
            preferred.setdefault(x, []).append((lang not in (None, "en"), lab.value))
    sg.preferred = {x: min(labs)[1] for x, labs in preferred.items()}

    # Typed nodes: any cakg: class that is, or falls under, a contract class.
    for row in _select(
        store, "SELECT DISTINCT ?x ?t WHERE { ?x a ?t FILTER(STRSTARTS(STR(?t), STR(cakg:))) }"
    ):
        cls = vocab.contract_class(row["t"].value[len(vocab.CAKG) :])
        if cls not in vocab.CONTRACT_CLASSES:
            continue
        x = _key(row["x"])
        ent = sg.entities.get(x)
        if ent is None:
            ent = sg.entities[x] = SystemEntity(
                x, labels=set(sg.labels.get(x, ())), label=sg.preferred.get(x, "")
            )
        for c in vocab.superclasses(cls):
            if c in vocab.CONTRACT_CLASSES:
                ent.types.add(c)

    # The documents each entity appears in: the graph holding its type, and documents that mention it.
    for row in _select(store, "SELECT DISTINCT ?x ?g WHERE { GRAPH ?g { ?x a ?t } }"):
        x = _key(row["x"])
        if x in sg.entities and _key(row["g"]) in sg.documents:
            sg.entities[x].docs.add(sg.documents[_key(row["g"])])
    for row in _select(store, "SELECT DISTINCT ?d ?x WHERE { ?d schema:mentions ?x }"):
        x, d = _key(row["x"]), _key(row["d"])
        if x in sg.entities and d in sg.documents:
            sg.entities[x].docs.add(sg.documents[d])

    # Relations and dates, with the documents whose graphs state them.
    rel_values = " ".join(f"cakg:{p}" for p in vocab.RELATIONS)
    for row in _select(
        store, f"SELECT DISTINCT ?s ?p ?o ?g WHERE {{ VALUES ?p {{ {rel_values} }} GRAPH ?g {{ ?s ?p ?o }} }}"
    ):
        if isinstance(row["o"], Literal):
            continue
        key = (_key(row["s"]), row["p"].value[len(vocab.CAKG) :], _key(row["o"]))
        docs = sg.relations.setdefault(key, set())
        if _key(row["g"]) in sg.documents:
            docs.add(sg.documents[_key(row["g"])])
    date_values = " ".join(f"cakg:{p}" for p in vocab.DATE_PROPERTIES)
    for row in _select(
        store,
        f"SELECT DISTINCT ?s ?p ?o ?g WHERE {{ VALUES ?p {{ {date_values} }} GRAPH ?g {{ ?s ?p ?o }} }}",
    ):
        if not isinstance(row["o"], Literal):
            continue
        key = (_key(row["s"]), row["p"].value[len(vocab.CAKG) :], row["o"].value)
        docs = sg.dates.setdefault(key, set())
        if _key(row["g"]) in sg.documents:
            docs.add(sg.documents[_key(row["g"])])
    return sg


# ---------------------------------------------------------------------------------------------------------
# Gold


class _Gold:
    """Gold entities indexed by normalised alias."""

    def __init__(self, gold: dict):
        self.entities: dict[str, dict] = {}
        self.aliases: dict[str, set[str]] = {}  # gold name -> its normalised names
        self.index: dict[str, set[str]] = {}  # normalised alias -> gold names
        for e in gold.get("entities", []):
            name = e["name"]
            self.entities[name] = e
            keys = {norm(a) for a in [name, *e.get("aliases", [])]} - {""}
            self.aliases.setdefault(name, set()).update(keys)
            for k in keys:
                self.index.setdefault(k, set()).add(name)

    def alias_keys(self, name: str) -> set[str]:
        """Normalised names of a gold entity; a name the gold does not list as an entity stands for itself."""
        return self.aliases.get(name) or ({norm(name)} - {""})


def _eval_docs(gold: dict, docs: Iterable[str] | None) -> set[str]:
    if docs is None:
        docs = gold.get("documents", {}).keys()
    return {basename(d) for d in docs}


# ---------------------------------------------------------------------------------------------------------
# Extraction scoring


def score_extraction(system: SystemGraph, gold: dict, docs: set[str] | None = None) -> dict:
    """Precision, recall and F1 of entities (typed and untyped), relations and dates against `gold`."""
    edocs = _eval_docs(gold, docs)
    G = _Gold(gold)
    missed: dict[str, list[str]] = {}
    false_pos: dict[str, list[str]] = {}

    # Normalised labels of a node, and the gold entities it matches (by labels alone), cached.
    node_keys_cache: dict[str, frozenset[str]] = {}
    alias_cache: dict[frozenset[str], set[str]] = {}

    def node_keys(iri: str) -> frozenset[str]:
        if iri not in node_keys_cache:
            labs = system.labels.get(iri, set())
            if iri in system.entities:
                labs = labs | system.entities[iri].labels
            node_keys_cache[iri] = frozenset(norm(lab) for lab in labs) - {""}
        return node_keys_cache[iri]

    def gold_of(iri: str) -> set[str]:
        return set().union(*(G.index.get(k, set()) for k in node_keys(iri)))

    def matches_slot(iri: str, names: frozenset[str]) -> bool:
        if names not in alias_cache:
            alias_cache[names] = set().union(*(G.alias_keys(n) for n in names))
        return not node_keys(iri).isdisjoint(alias_cache[names])

    # --- entities
    nodes = [e for e in system.entities.values() if e.docs & edocs]
    gold_ents = [e for e in G.entities.values() if {basename(d) for d in e.get("docs", [])} & edocs]
    gold_names = {e["name"] for e in gold_ents}

    def accepted(e: dict) -> set[str]:
        return {e["type"], *e.get("alt_types", [])}

    def shown(e: dict) -> str:  # the gold type first, then the alternatives
        return "/".join(dict.fromkeys([e["type"], *e.get("alt_types", [])]))

    typed_tp = untyped_tp = 0
    found_typed: set[str] = set()
    found_untyped: dict[str, list[SystemEntity]] = {}
    fp_ent: list[str] = []
    for node in nodes:
        matched = gold_of(node.iri) & gold_names
        for g in matched:
            found_untyped.setdefault(g, []).append(node)
        ok = {g for g in matched if node.specific_types & accepted(G.entities[g])}
        found_typed |= ok
        untyped_tp += bool(matched)
        typed_tp += bool(ok)
        if not ok:
            desc = f"{node.display()} ({', '.join(sorted(node.specific_types))})"
            if matched:
                wants = "; ".join(f"{g}: {shown(G.entities[g])}" for g in sorted(matched))
                desc += f" — wrong type, gold {wants}"
            fp_ent.append(desc + f" [{', '.join(sorted(node.docs & edocs))}]")
    missed_ent = []
    for e in gold_ents:
        if e["name"] in found_typed:
            continue
        desc = f"{e['name']} ({shown(e)})"
        if e["name"] in found_untyped:
            got = sorted({t for n in found_untyped[e["name"]] for t in n.specific_types})
            desc += f" — found, typed {', '.join(got)}"
        missed_ent.append(desc)
    entities = prf(typed_tp, len(nodes), len(found_typed), len(gold_ents))
    entities_untyped = prf(untyped_tp, len(nodes), len(found_untyped), len(gold_ents))
    missed["entities"] = sorted(missed_ent, key=str.casefold)
    false_pos["entities"] = sorted(fp_ent, key=str.casefold)

    # --- relations
    gold_rels: dict[tuple, dict] = {}
    for r in gold.get("relations", []):
        if basename(r.get("doc", "")) not in edocs:
            continue
        s, p, o = r["s"], r["p"], r["o"]
        s_ok, o_ok = {s, *r.get("s_alt", [])}, {o, *r.get("o_alt", [])}
        if p in SYMMETRIC and o < s:
            s, o, s_ok, o_ok = o, s, o_ok, s_ok
        cur = gold_rels.setdefault((s, p, o), {"s": set(), "o": set(), "docs": set()})
        cur["s"] |= s_ok
        cur["o"] |= o_ok
        cur["docs"].add(basename(r["doc"]))
    gold_rels = {
        k: {"s": frozenset(g["s"]), "o": frozenset(g["o"]), "docs": g["docs"]} for k, g in gold_rels.items()
    }
    gold_rels_by_p: dict[str, dict[tuple, dict]] = {}
    for k, g in gold_rels.items():
        gold_rels_by_p.setdefault(k[1], {})[k] = g

    def rel_matches(s: str, p: str, o: str, g: dict) -> bool:
        if matches_slot(s, g["s"]) and matches_slot(o, g["o"]):
            return True
        return p in SYMMETRIC and matches_slot(o, g["s"]) and matches_slot(s, g["o"])

    sys_rels: dict[tuple, set[str]] = {}
    for (s, p, o), ds in system.relations.items():
        if not ds & edocs:
            continue
        if p in SYMMETRIC and o < s:
            s, o = o, s
        sys_rels.setdefault((s, p, o), set()).update(ds & edocs)
    rel_tp = 0
    found_rels: set[tuple] = set()
    fp_rel = []
    for (s, p, o), ds in sorted(sys_rels.items()):
        hits = {k for k, g in gold_rels_by_p.get(p, {}).items() if rel_matches(s, p, o, g)}
        found_rels |= hits
        if hits:
            rel_tp += 1
        else:
            fp_rel.append(f"{system.display(s)} —{p}→ {system.display(o)} [{', '.join(sorted(ds))}]")
    relations = prf(rel_tp, len(sys_rels), len(found_rels), len(gold_rels))
    missed["relations"] = sorted(
        (
            f"{s} —{p}→ {o} [{', '.join(sorted(g['docs']))}]"
            for (s, p, o), g in gold_rels.items()
            if (s, p, o) not in found_rels
        ),
        key=str.casefold,
    )
    false_pos["relations"] = sorted(fp_rel, key=str.casefold)

    # --- dates
    gold_dates: dict[tuple[str, str, str], set[str]] = {}
    for d in gold.get("dates", []):
        if basename(d.get("doc", "")) in edocs:
            gold_dates.setdefault((d["entity"], d["p"], d["value"]), set()).add(basename(d["doc"]))
    sys_dates = {k: ds & edocs for k, ds in system.dates.items() if ds & edocs}
    date_tp = 0
    found_dates: set[tuple] = set()
    fp_date = []
    for (iri, p, value), ds in sorted(sys_dates.items()):
        hits = {
            k
            for k in gold_dates
            if k[1] == p and date_matches(value, k[2]) and matches_slot(iri, frozenset([k[0]]))
        }
        found_dates |= hits
        if hits:
            date_tp += 1
        else:
            fp_date.append(f"{system.display(iri)} {p} {value} [{', '.join(sorted(ds))}]")
    dates = prf(date_tp, len(sys_dates), len(found_dates), len(gold_dates))
    missed_dates = []
    for (ent, p, value), ds in gold_dates.items():
        if (ent, p, value) in found_dates:
            continue
        desc = f"{ent} {p} {value} [{', '.join(sorted(ds))}]"
        got = sorted({v for (i, q, v) in sys_dates if q == p and matches_slot(i, frozenset([ent]))})
        if got:
            desc += f" — system has {', '.join(got)}"
        missed_dates.append(desc)
    missed["dates"] = sorted(missed_dates, key=str.casefold)
    false_pos["dates"] = sorted(fp_date, key=str.casefold)

    unattributed = {
        "entities": sum(1 for e in system.entities.values() if not e.docs),
        "relations": sum(1 for ds in system.relations.values() if not ds),
        "dates": sum(1 for ds in system.dates.values() if not ds),
    }
    return {
        "docs": sorted(edocs),
        "entities": entities,
        "entities_untyped": entities_untyped,
        "relations": relations,
        "dates": dates,
        "missed": missed,
        "false_positives": false_pos,
        "unattributed": unattributed,
    }


# ---------------------------------------------------------------------------------------------------------
# Question answering


def _answer_matches(answer: str, gold_answer: str, G: _Gold) -> bool:
    if is_date(gold_answer):
        return date_matches(answer, gold_answer)
    a = norm(answer)
    if not a:
        return False
    keys = {norm(gold_answer)} | set().union(*(G.alias_keys(n) for n in G.index.get(norm(gold_answer), ())))
    return a in keys


def score_questions(answer: Callable[[str], list[str]], questions: list[dict], gold: dict) -> dict:
    """Ask every question, score the answers per question (P/R/F1) and overall (mean F1).

    An answer matches a gold answer through the gold entity's aliases, or, for a date, when it is equal or
    more precise and agrees. Answers that match the same gold answers count once. A question with no gold
    answer scores 1.0 when nothing is answered and 0.0 otherwise.
    """
    G = _Gold(gold)
    results = []
    for q in questions:
        gold_answers = list(dict.fromkeys(q.get("answers", [])))
        error = None
        try:
            given = [str(a) for a in (answer(q["question"]) or [])]
        except Exception as exc:  # one failing question must not stop the evaluation
            given, error = [], f"{type(exc).__name__}: {exc}"
        groups: dict[object, str] = {}
        matched_gold: set[int] = set()
        for a in given:
            hits = frozenset(i for i, g in enumerate(gold_answers) if _answer_matches(a, g, G))
            key: object = hits if hits else ("extra", norm(a) or a)
            groups.setdefault(key, a)
            matched_gold |= hits
        extra = [a for k, a in groups.items() if not isinstance(k, frozenset)]
        if not gold_answers:
            p = r = f1 = 0.0 if groups else 1.0
        else:
            tp = len(groups) - len(extra)
            p = tp / len(groups) if groups else 0.0
            r = len(matched_gold) / len(gold_answers)
            f1 = 2 * p * r / (p + r) if p + r else 0.0
        res = {
            "id": q.get("id", ""),
            "question": q["question"],
            "gold": gold_answers,
            "answers": given,
            "p": round(p, 4),
            "r": round(r, 4),
            "f1": round(f1, 4),
            "missing": [g for i, g in enumerate(gold_answers) if i not in matched_gold],
            "extra": extra,
        }
        if error:
            res["error"] = error
        results.append(res)
    n = len(results)

    def mean(k: str) -> float:
        return round(sum(x[k] for x in results) / n, 4) if n else 0.0

    return {
        "n": n,
        "mean_p": mean("p"),
        "mean_r": mean("r"),
        "mean_f1": mean("f1"),
        "questions": results,
        "failing": [x for x in results if x["f1"] < 1.0],
    }


# ---------------------------------------------------------------------------------------------------------
# Report


def _capped(title: str, items: list[str], cap: int = LIST_CAP) -> list[str]:
    lines = [f"  {title} ({len(items)}):"]
    lines += [f"    {x}" for x in items[:cap]]
    if len(items) > cap:
        lines.append(f"    … and {len(items) - cap} more")
    return lines


def format_report(report: dict) -> str:
    """Plain text: a P/R/F1 table, then what was missed and the false positives (lists capped)."""
    out: list[str] = []
    if report.get("docs") is not None:
        out.append(f"Evaluated on {len(report['docs'])} document(s).")
        out.append("")
    rows = [
        ("typed entities", "entities"),
        ("untyped entities", "entities_untyped"),
        ("relations", "relations"),
        ("dates", "dates"),
    ]
    present = [(label, report[k]) for label, k in rows if k in report]
    if present:
        out.append(f"{'':18} {'P':>6} {'R':>6} {'F1':>6} {'TP':>5} {'FP':>5} {'FN':>5}")
        for label, m in present:
            out.append(
                f"{label:18} {m['p']:6.3f} {m['r']:6.3f} {m['f1']:6.3f} {m['tp']:5d} {m['fp']:5d} {m['fn']:5d}"
            )
        out.append("(P counts system items, R gold items: TP is of system items; FN of gold items.)")
    un = report.get("unattributed") or {}
    if any(un.values()):
        out.append(
            "Not from any document, so not scored: " + ", ".join(f"{v} {k}" for k, v in un.items() if v)
        )
    for section, title in (("missed", "Missed"), ("false_positives", "False positives")):
        lists = report.get(section)
        if not lists:
            continue
        out.append("")
        out.append(f"{title}:")
        for kind in ("entities", "relations", "dates"):
            if kind in lists:
                out.extend(_capped(kind, lists[kind]))
    qs = report.get("questions")
    if isinstance(qs, dict) and "mean_f1" in qs:
        out.append("")
        out.append(
            f"Questions: {qs['n']}  mean P {qs['mean_p']:.3f}  mean R {qs['mean_r']:.3f}  mean F1 {qs['mean_f1']:.3f}"
        )
        failing = [
            f"{x['id']} F1 {x['f1']:.2f}: {x['question']}"
            + (f" | missing: {', '.join(x['missing'])}" if x["missing"] else "")
            + (f" | extra: {', '.join(x['extra'])}" if x["extra"] else "")
            + (f" | error: {x['error']}" if x.get("error") else "")
            for x in qs["failing"]
        ]
        out.extend(_capped("failing questions", failing))
    return "\n".join(out) + "\n"
