"""kg/evaluate.py: the matching rules of ../shared/eval/README.md on a hand-built store and gold."""

from __future__ import annotations

import pyoxigraph as ox
import pytest

from kg import vocab
from kg.evaluate import (
    collect_system,
    date_matches,
    format_report,
    norm,
    score_extraction,
    score_questions,
)

N = ox.NamedNode
TYPE = N(vocab.RDF + "type")
LABEL = N(vocab.RDFS + "label")
ALT = N(vocab.SKOS + "altLabel")
MENTIONS = N(vocab.SCHEMA + "mentions")


def cakg(name: str) -> ox.NamedNode:
    return N(vocab.CAKG + name)


def res(key: str) -> ox.NamedNode:
    return N(vocab.RES + key)


def date_lit(value: str) -> ox.Literal:
    dtype = {2: "date", 1: "gYearMonth", 0: "gYear"}[value.count("-")]
    return ox.Literal(value, datatype=N(vocab.XSD + dtype))


class Doc:
    """Builds the quads of one document's named graph, as kg/graph.py lays them out."""

    def __init__(self, doc_id: str, path: str):
        self.g = N(vocab.DOC + doc_id)
        self.quads = [
            ox.Quad(self.g, TYPE, cakg("Document"), self.g),
            ox.Quad(self.g, cakg("sourcePath"), ox.Literal(path), self.g),
        ]

    def entity(self, key: str, types: list[str], label: str, *alts: str) -> Doc:
        s = res(key)
        self.quads += [ox.Quad(s, TYPE, cakg(t), self.g) for t in types]
        self.quads.append(ox.Quad(s, LABEL, ox.Literal(label, language="en"), self.g))
        self.quads += [ox.Quad(s, ALT, ox.Literal(a, language="en"), self.g) for a in alts]
        self.quads.append(ox.Quad(self.g, MENTIONS, s, self.g))
        return self

    def rel(self, s: str, p: str, o: str) -> Doc:
        self.quads.append(ox.Quad(res(s), cakg(p), res(o), self.g))
        return self

    def date(self, s: str, p: str, value: str) -> Doc:
        self.quads.append(ox.Quad(res(s), cakg(p), date_lit(value), self.g))
        return self


CO = ["Company", "Organization"]


def build_store() -> ox.Store:
    a = (
        Doc("aaaa", "corpus/a.txt")
        .entity("Alibaba", CO, "Alibaba")  # gold "Alibaba Group" through its alias "Alibaba"
        .entity("Alibaba_Cloud", CO, "alibaba   cloud")  # case and spaces
        .entity("Qwen25", ["LanguageModel", "AIModel"], "QWEN2.5 max")  # punctuation; subclass of AIModel
        .entity("Baidu_AI_Cloud", CO, "Baidu AI Cloud")
        .entity("State_Grid", CO, "State Grid")
        .entity("Chinese_AI_firms", ["Organization"], "Chinese AI firms")  # not a gold entity
        .rel("Qwen25", "developer", "Alibaba")  # o_alt
        .rel("Qwen25", "developer", "Alibaba_Cloud")
        .rel("Alibaba_Cloud", "subsidiaryOf", "Alibaba")
        .rel("State_Grid", "partnerOf", "Baidu_AI_Cloud")  # gold: Baidu partnerOf State Grid, s_alt
        .date("Qwen25", "releaseDate", "2025-10")  # gold 2025-01: "2025-10".startswith("2025-1")
        .date("Qwen25", "releaseDate", "2025")  # less precise than gold
    )
    b = (
        Doc("bbbb", "/data/corpus/b.txt")
        .entity("Kling", CO, "Kling")  # gold AIModel: wrong type
        .entity("Kuaishou", CO, "Kuaishou")
        .entity("Xinhua", CO, "Xinhua")  # gold Organization, no alt Company: wrong type
        .entity(
            "CAC",
            ["GovernmentAgency", "Organization"],
            "Cyberspace Administration",
            "China's Cyberspace Administration",
        )  # gold alias has a curly apostrophe
        .entity("Hunyuan_Image_3", ["Product"], "Hunyuan Image 3.0")  # gold AIModel, alt Product
        .entity("Tencent", CO, "Tencent")
        .rel("Baidu_AI_Cloud", "partnerOf", "State_Grid")  # the same symmetric fact, other direction
        .rel("Kling", "developer", "Kuaishou")
        .rel("Tencent", "developer", "Hunyuan_Image_3")  # backwards: a false positive
        .date("Hunyuan_Image_3", "releaseDate", "2025-09-28")  # more precise than gold 2025-09
        .date("Kling", "releaseDate", "2024-06")  # more precise than gold 2024
    )
    c = (  # a document the gold does not cover
        Doc("cccc", "other/c.txt")
        .entity("OpenAI", CO, "OpenAI")
        .entity("Sora", ["AIModel"], "Sora")
        .rel("Sora", "developer", "OpenAI")
        .date("Sora", "releaseDate", "2024-02")
    )
    store = ox.Store()
    store.extend(a.quads + b.quads + c.quads)
    return store


def ent(name, type_, docs, aliases=(), alt_types=()):
    return {
        "name": name,
        "type": type_,
        "alt_types": list(alt_types),
        "aliases": [name, *aliases],
        "docs": docs,
    }


A, B = ["a.txt"], ["b.txt"]
GOLD = {
    "documents": {"a.txt": {"date": "2025-10-28"}, "b.txt": {"date": None}},
    "entities": [
        ent("Alibaba Group", "Company", A, ["Alibaba Group Holding", "Alibaba"]),
        ent("Alibaba Cloud", "Company", A),
        ent("Qwen 2.5-Max", "AIModel", A, alt_types=["Product"]),
        ent("Baidu", "Company", A),
        ent("Baidu AI Cloud", "Company", A),
        ent("State Grid", "Company", A, ["State Grid Corporation of China"]),
        ent("Zhipu AI", "Company", A),
        ent("Kling", "AIModel", B),
        ent("Kuaishou", "Company", B),
        ent("Xinhua", "Organization", B),
        ent(
            "Cyberspace Administration of China",
            "GovernmentAgency",
            B,
            ["CAC", "China\u2019s Cyberspace Administration"],
        ),
        ent("Hunyuan Image 3.0", "AIModel", B, alt_types=["Product"]),
        ent("Tencent", "Company", B),
        ent("OpenAI", "Company", ["other.txt"]),
    ],
    "relations": [
        {
            "s": "Qwen 2.5-Max",
            "p": "developer",
            "o": "Alibaba Cloud",
            "o_alt": ["Alibaba Group"],
            "doc": "a.txt",
        },
        {"s": "Qwen 2.5-Max", "p": "developer", "o": "Alibaba Cloud", "doc": "a.txt"},  # a duplicate
        {"s": "Alibaba Cloud", "p": "subsidiaryOf", "o": "Alibaba Group", "doc": "a.txt"},
        {"s": "Baidu", "p": "partnerOf", "o": "State Grid", "s_alt": ["Baidu AI Cloud"], "doc": "a.txt"},
        {"s": "Kling", "p": "developer", "o": "Kuaishou", "doc": "b.txt"},
        {"s": "Hunyuan Image 3.0", "p": "developer", "o": "Tencent", "doc": "b.txt"},
        {"s": "Sora", "p": "developer", "o": "OpenAI", "doc": "other.txt"},
    ],
    "dates": [
        {"entity": "Hunyuan Image 3.0", "p": "releaseDate", "value": "2025-09", "doc": "b.txt"},
        {"entity": "Qwen 2.5-Max", "p": "releaseDate", "value": "2025-01", "doc": "a.txt"},
        {"entity": "Kling", "p": "releaseDate", "value": "2024", "doc": "b.txt"},
    ],
}


@pytest.fixture(scope="module")
def system():
    return collect_system(build_store())


@pytest.fixture(scope="module")
def report(system):
    return score_extraction(system, GOLD)


def scores(m: dict) -> tuple:
    return (m["tp"], m["fp"], m["fn"], m["p"], m["r"], m["f1"])


# --- normalisation and dates


def test_norm_collapses_case_spaces_hyphens_and_punctuation():
    assert norm("Qwen 2.5-Max") == norm("qwen2.5max") == norm("QWEN25 MAX") == "qwen25max"
    assert norm("China\u2019s Cyberspace Administration") == norm("China's Cyberspace Administration")
    assert norm("01.AI") == norm("01 AI")
    assert norm("通义千问") == "通义千问"
    assert norm("Qwen2") != norm("Qwen 2.5")


@pytest.mark.parametrize(
    ("system", "gold", "ok"),
    [
        ("2025-09-28", "2025-09", True),
        ("2025-09", "2025-09", True),
        ("2025-09-28", "2025", True),
        ("2025", "2025-09", False),  # less precise
        ("2025-10", "2025-1", False),  # a string prefix, not a component match
        ("2025-10", "2025-01", False),
        ("2025-1", "2025-01", True),
        ("2025-09-28T10:00:00Z", "2025-09-28", True),
        ("2024-09", "2025-09", False),
        ("not a date", "2025", False),
    ],
)
def test_date_matches(system, gold, ok):
    assert date_matches(system, gold) is ok


# --- reading the graph


def test_collect_system(system):
    assert system.documents[vocab.DOC + "bbbb"] == "b.txt"
    q = system.entities[vocab.RES + "Qwen25"]
    assert q.types == {"AIModel"} and q.labels == {"QWEN2.5 max"} and q.docs == {"a.txt"}
    assert system.entities[vocab.RES + "Kling"].specific_types == {"Company"}
    assert system.entities[vocab.RES + "CAC"].labels == {
        "Cyberspace Administration",
        "China's Cyberspace Administration",
    }
    assert system.relations[(vocab.RES + "Sora", "developer", vocab.RES + "OpenAI")] == {"c.txt"}
    assert system.dates[(vocab.RES + "Kling", "releaseDate", "2024-06")] == {"b.txt"}


def test_entity_docs_include_documents_that_mention_it():
    d = Doc("dddd", "d.txt").entity("X", ["Company"], "X")
    e = Doc("eeee", "e.txt")
    e.quads.append(ox.Quad(e.g, MENTIONS, res("X"), e.g))
    store = ox.Store()
    store.extend(d.quads + e.quads)
    assert collect_system(store).entities[vocab.RES + "X"].docs == {"d.txt", "e.txt"}


# --- extraction scores


def test_typed_entities(report):
    # 12 nodes in a/b; wrong types: Kling (Company, gold AIModel), Xinhua (Company, gold Organization);
    # not gold: Chinese AI firms. Gold entities of a/b: 13; missed Kling, Xinhua, Baidu, Zhipu AI.
    assert scores(report["entities"]) == (9, 3, 4, 0.75, 0.6923, 0.72)


def test_untyped_entities(report):
    assert scores(report["entities_untyped"]) == (11, 1, 2, 0.9167, 0.8462, 0.88)


def test_entity_lists(report):
    missed = report["missed"]["entities"]
    assert missed == [
        "Baidu (Company)",
        "Kling (AIModel) — found, typed Company",
        "Xinhua (Organization) — found, typed Company",
        "Zhipu AI (Company)",
    ]
    fps = report["false_positives"]["entities"]
    assert fps[0] == "Chinese AI firms (Organization) [a.txt]"
    assert fps[1].startswith("Kling (Company) — wrong type, gold Kling: AIModel")


def test_one_node_matching_two_gold_entities_counts_once():
    store = ox.Store()
    store.extend(Doc("ffff", "a.txt").entity("Ali", CO, "Alibaba", "Alibaba Cloud").quads)
    gold = {
        "documents": {"a.txt": {}},
        "entities": [ent("Alibaba Group", "Company", A, ["Alibaba"]), ent("Alibaba Cloud", "Company", A)],
        "relations": [],
        "dates": [],
    }
    rep = score_extraction(collect_system(store), gold)
    assert scores(rep["entities"]) == (1, 0, 0, 1.0, 1.0, 1.0)


def test_relations(report):
    # System (deduped, partnerOf both ways = one): Qwen->Alibaba (o_alt), Qwen->Alibaba Cloud,
    # subsidiaryOf, partnerOf (reversed, s_alt), Kling->Kuaishou, Tencent->Hunyuan (backwards) = 6, 5 TP.
    # Gold (deduped, doc c left out): 5, Hunyuan developer Tencent missed.
    assert scores(report["relations"]) == (5, 1, 1, 0.8333, 0.8, 0.8163)
    assert report["false_positives"]["relations"] == ["Tencent —developer→ Hunyuan Image 3.0 [b.txt]"]
    assert report["missed"]["relations"] == ["Hunyuan Image 3.0 —developer→ Tencent [b.txt]"]


def test_partner_of_either_direction():
    store = ox.Store()
    store.extend(
        Doc("gggg", "a.txt")
        .entity("T", CO, "Tsinghua")
        .entity("S", CO, "ShengShu")
        .rel("S", "partnerOf", "T")
        .rel("S", "developer", "T")
        .quads
    )
    gold = {
        "documents": {"a.txt": {}},
        "entities": [ent("Tsinghua", "ResearchInstitution", A), ent("ShengShu", "Company", A)],
        "relations": [
            {"s": "Tsinghua", "p": "partnerOf", "o": "ShengShu", "doc": "a.txt"},
            {"s": "Tsinghua", "p": "developer", "o": "ShengShu", "doc": "a.txt"},
        ],
        "dates": [],
    }
    rep = score_extraction(collect_system(store), gold)
    assert scores(rep["relations"]) == (1, 1, 1, 0.5, 0.5, 0.5)
    assert rep["false_positives"]["relations"] == ["ShengShu —developer→ Tsinghua [a.txt]"]


def test_dates(report):
    # System: Hunyuan 2025-09-28 (gold 2025-09: TP), Kling 2024-06 (gold 2024: TP),
    # Qwen 2025-10 and 2025 (gold 2025-01: both FP). Sora (doc c) left out.
    assert scores(report["dates"]) == (2, 2, 1, 0.5, 0.6667, 0.5714)
    assert report["missed"]["dates"] == [
        "Qwen 2.5-Max releaseDate 2025-01 [a.txt] — system has 2025, 2025-10"
    ]
    assert report["false_positives"]["dates"] == [
        "QWEN2.5 max releaseDate 2025 [a.txt]",
        "QWEN2.5 max releaseDate 2025-10 [a.txt]",
    ]


def test_restricted_to_given_docs(system):
    rep = score_extraction(system, GOLD, docs={"b.txt"})
    assert rep["docs"] == ["b.txt"]
    # Nodes of b: Kling, Kuaishou, Xinhua, CAC, Hunyuan, Tencent; 4 rightly typed; gold of b: 6.
    assert scores(rep["entities"]) == (4, 2, 2, 0.6667, 0.6667, 0.6667)
    # System relations read from b: partnerOf (gold only in a: FP), Kling->Kuaishou, Tencent->Hunyuan.
    assert scores(rep["relations"]) == (1, 2, 1, 0.3333, 0.5, 0.4)


def test_format_report(report):
    text = format_report(report)
    assert "typed entities" in text and "untyped entities" in text
    assert " 0.750  0.692  0.720" in text
    assert "Tencent —developer→ Hunyuan Image 3.0 [b.txt]" in text
    long = {**report, "missed": {"entities": [f"E{i}" for i in range(45)], "relations": [], "dates": []}}
    text = format_report(long)
    assert "    E39\n" in text and "E40" not in text and "… and 5 more" in text


# --- questions

QUESTIONS = [
    {"id": "q1", "question": "Who developed Qwen?", "answers": ["Alibaba Cloud", "Alibaba Group"]},
    {"id": "q2", "question": "Which models has Anthropic released?", "answers": []},
    {"id": "q3", "question": "Who developed GPT-4?", "answers": []},
    {"id": "q4", "question": "When was Hunyuan Image 3.0 released?", "answers": ["2025-09"]},
    {"id": "q5", "question": "When was Hunyuan released?", "answers": ["2025-09"]},
    {"id": "q6", "question": "Boom?", "answers": ["Tencent"]},
    {"id": "q7", "question": "Who owns Alibaba Cloud?", "answers": ["Alibaba Group"]},
    {"id": "q8", "question": "When did the CAC act?", "answers": ["2025-1"]},
]
ANSWERS = {
    "Who developed Qwen?": ["alibaba", "Alibaba-Cloud", "Tencent"],
    "Which models has Anthropic released?": [],
    "Who developed GPT-4?": ["Kuaishou"],
    "When was Hunyuan Image 3.0 released?": ["2025-09-28"],
    "When was Hunyuan released?": ["2025"],
    "Who owns Alibaba Cloud?": ["Alibaba", "Alibaba Group Holding"],  # two aliases of one answer
    "When did the CAC act?": ["2025-10"],
}


def answer(question: str) -> list[str]:
    if question == "Boom?":
        raise RuntimeError("no parse")
    return ANSWERS[question]


def test_score_questions():
    rep = score_questions(answer, QUESTIONS, GOLD)
    by_id = {q["id"]: q for q in rep["questions"]}
    assert (by_id["q1"]["p"], by_id["q1"]["r"], by_id["q1"]["f1"]) == (0.6667, 1.0, 0.8)
    assert by_id["q1"]["extra"] == ["Tencent"]
    assert by_id["q2"]["f1"] == 1.0  # nothing to find, nothing answered
    assert by_id["q3"]["f1"] == 0.0  # nothing to find, something answered
    assert by_id["q4"]["f1"] == 1.0  # more precise date
    assert by_id["q5"]["f1"] == 0.0  # less precise date
    assert by_id["q6"]["f1"] == 0.0 and by_id["q6"]["error"] == "RuntimeError: no parse"
    assert (by_id["q7"]["p"], by_id["q7"]["r"]) == (1.0, 1.0)
    assert by_id["q8"]["f1"] == 0.0  # 2025-10 is not 2025-1
    assert rep["n"] == 8
    assert rep["mean_f1"] == round((0.8 + 1 + 0 + 1 + 0 + 0 + 1 + 0) / 8, 4)
    assert [q["id"] for q in rep["failing"]] == ["q1", "q3", "q5", "q6", "q8"]
    text = format_report({"questions": rep})
    assert "mean F1 0.475" in text and "q6 F1 0.00: Boom?" in text
