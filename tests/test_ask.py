"""`kg ask`: question kinds, name matching, safety of the bound values, the contract's JSON shape."""

from __future__ import annotations

import json
from pathlib import Path

import pyoxigraph
import pytest

from kg import ask as kgask
from kg.ask import answer_labels, ask, format_answer, sparql_iri
from kg.graph import document_quads, entity_key
from kg.model import Document, EntityRef, Extraction, Fact

SHARED = Path(__file__).resolve().parent.parent.parent / "shared"

CONTRACT_KEYS = {"question", "answers", "sparql"}


def _ent(name: str, type_: str, *aliases: str) -> EntityRef:
    return EntityRef(entity_key(name), name, type_, list(aliases))


def _fact(s: str, p: str, o: str, evidence: str, role: str | None = None, literal: bool = False) -> Fact:
    obj = o if literal else entity_key(o)
    return Fact(entity_key(s), p, obj, evidence, 0, len(evidence), "test", role=role, is_literal=literal)


def _doc(path: str, title: str, entities: list[EntityRef], facts: list[Fact]) -> list:
    doc = Document(path=path, text=f"text of {path}", title=title)
    ex = Extraction(entities={e.key: e for e in entities}, facts=facts)
    return document_quads(doc, ex)


ALIBABA = [
    _ent("Alibaba Group", "Company", "Alibaba", "Alibaba Group Holding"),
    _ent("Alibaba Cloud", "Company"),
    _ent("Qwen", "LanguageModel", "Tongyi Qianwen"),
    _ent("Qwen2", "AIModel"),
    _ent("Tongyi", "AIModel"),
    _ent("MiniMax", "Company"),
    _ent("Apple", "Company"),
    _ent("iPhone 17", "Product"),
    _ent("GPT-4", "AIModel"),
]
ALIBABA_FACTS = [
    _fact("Alibaba Cloud", "subsidiaryOf", "Alibaba Group", "Alibaba Cloud is the cloud unit of Alibaba Group."),
    _fact("Qwen", "developer", "Alibaba Cloud", "Alibaba Cloud's Qwen leads the open-source rankings."),
    _fact("Qwen2", "developer", "Alibaba Group", "Alibaba released Qwen2 in June 2024."),
    _fact("Qwen2", "releaseDate", "2024-06", "Alibaba released Qwen2 in June 2024.", literal=True),
    _fact("Alibaba Group", "investedIn", "MiniMax", "Alibaba has invested in MiniMax."),
    _fact("iPhone 17", "developer", "Apple", "Apple launched the iPhone 17 in September."),
]
POLICY = [
    _ent("Cyberspace Administration of China", "GovernmentAgency", "CAC"),
    _ent("generative AI rules", "Regulation", "draft rules on generative AI"),
    _ent("National Data Administration", "GovernmentAgency"),
    _ent("Liu Liehong", "Person"),
    _ent("World AI Conference", "Event"),
    _ent("China", "Country"),
    _ent("United States", "Country", "US"),
    _ent("US export controls", "Policy", "export controls"),
    _ent("Baidu", "Company"),
    _ent("ERNIE", "AIModel"),
    _ent("ERNIE Bot", "Product"),
    _ent("ByteDance", "Company"),
    _ent("Doubao", "AIModel"),
    _ent("Mercedes CLA", "Product"),
    _ent("Midea", "Company"),
    _ent("KUKA", "Company"),
    _ent("Several Policy Measures for Promoting the Robotics Industries in Guangdong Province", "Regulation"),
    _ent("Guangdong Provincial People's Government", "GovernmentAgency"),
    _ent("Zorvex Labs", "Company"),
    _ent("Zorvex-R1", "AIModel", "R1", "Zorvex Labs's R1"),
]
POLICY_FACTS = [
    _fact("generative AI rules", "issuedBy", "Cyberspace Administration of China", "The CAC issued draft rules on generative AI."),
    _fact("generative AI rules", "date", "2023-07", "The CAC issued final rules in July 2023.", literal=True),
    _fact("Liu Liehong", "affiliatedWith", "National Data Administration", "Liu Liehong, head of the NDA, said.", role="head"),
    _fact("World AI Conference", "involves", "China", "China hosted the World AI Conference."),
    _fact("World AI Conference", "involves", "Baidu", "Baidu and the CAC took part in the World AI Conference."),
    _fact("World AI Conference", "involves", "Cyberspace Administration of China", "Baidu and the CAC took part in the World AI Conference."),
    _fact("World AI Conference", "date", "2025-07-26", "The World AI Conference opened on July 26, 2025.", literal=True),
    _fact("US export controls", "targets", "China", "The US put export controls on China."),
    _fact("US export controls", "issuedBy", "United States", "The US put export controls on China."),
    _fact("ERNIE", "developer", "Baidu", "Baidu's ERNIE model."),
    _fact("ERNIE Bot", "basedOn", "ERNIE", "ERNIE Bot is built on the ERNIE model."),
    _fact("Doubao", "developer", "ByteDance", "ByteDance's Doubao assistant."),
    _fact("Doubao", "integratedInto", "Mercedes CLA", "The Mercedes CLA will feature Doubao."),
    _fact("KUKA", "subsidiaryOf", "Midea", "Midea acquired KUKA in 2017."),
    _fact("Several Policy Measures for Promoting the Robotics Industries in Guangdong Province", "issuedBy",
          "Guangdong Provincial People's Government", "The provincial government published the Several Policy Measures."),
    _fact("Zorvex-R1", "developer", "Zorvex Labs", "The app runs on Zorvex Labs's R1."),
]


@pytest.fixture(scope="module")
def store():
    st = pyoxigraph.Store()
    st.extend(_doc("corpus/alibaba.txt", "Alibaba's models", ALIBABA, ALIBABA_FACTS))
    st.extend(_doc("corpus/policy.txt", "China AI policy tracker", POLICY, POLICY_FACTS))
    return st


def labels(st, question: str) -> set[str]:
    """The graph's names of the answers (an answer's label is the documents' name for it, see below)."""
    return {a.get("name", a["label"]) for a in ask(st, question)["answers"]}


# ---------------------------------------------------------------------------------------------------------
# The contract


def test_json_shape_is_the_contract(store):
    res = ask(store, "Who developed Qwen?")
    assert CONTRACT_KEYS <= set(res)
    assert res["question"] == "Who developed Qwen?"
    assert isinstance(res["sparql"], str) and "SELECT" in res["sparql"]
    assert res["answers"], res
    for a in res["answers"]:
        assert {"label", "iri", "sources"} <= set(a)
        assert isinstance(a["label"], str) and isinstance(a["iri"], str)
        for s in a["sources"]:
            assert {"document", "evidence"} <= set(s)
            assert isinstance(s["document"], str) and isinstance(s["evidence"], str)
    json.dumps(res)  # serialisable as is
    assert "message" not in res


def test_answers_carry_evidence_document_and_title(store):
    (a,) = ask(store, "Who developed Qwen?")["answers"]
    assert a["label"] == "Alibaba Cloud"
    assert a["iri"] == "https://w3id.org/china-ai-kg/resource/Alibaba_Cloud"
    (src,) = a["sources"]
    assert src["document"] == "corpus/alibaba.txt"
    assert src["evidence"] == "Alibaba Cloud's Qwen leads the open-source rankings."
    assert src["title"] == "Alibaba's models"


def test_unanswerable_is_not_an_error(store):
    res = ask(store, "Which models has Anthropic released?")
    assert res["answers"] == []
    assert res["message"] == "No entity named 'Anthropic' in the documents."
    assert CONTRACT_KEYS <= set(res)
    json.dumps(res)


def test_known_name_without_facts_says_so(store):
    res = ask(store, "Who developed GPT-4?")
    assert res["answers"] == []
    assert res["message"] == "The documents state no developer for GPT-4."
    assert "GPT-4" in res["sparql"]  # the query that found nothing, to run by hand


# ---------------------------------------------------------------------------------------------------------
# Question kinds


@pytest.mark.parametrize(
    "question, expected",
    [
        ("What AI models has Alibaba put out?", {"Qwen", "Qwen2"}),  # Alibaba Cloud is a unit of Alibaba
        ("Which models did Alibaba Group develop?", {"Qwen", "Qwen2"}),
        ("Which models were made by Alibaba Cloud?", {"Qwen"}),
        ("What has Apple launched?", {"iPhone 17"}),
        ("Who developed Qwen?", {"Alibaba Cloud"}),
        ("Which company open-sourced Qwen2?", {"Alibaba Group"}),
        ("Who is behind the Qwen large language model family?", {"Alibaba Cloud"}),
        ("Who was ERNIE developed by?", {"Baidu"}),
    ],
)
def test_developer(store, question, expected):
    assert labels(store, question) == expected


def test_models_exclude_products_of_other_kinds(store):
    res = ask(store, "Which AI models has Apple released?")
    assert res["answers"] == []
    assert "iPhone 17" in res["message"] and "AI models" in res["message"]


@pytest.mark.parametrize(
    "question, expected",
    [
        ("What did the CAC issue?", {"generative AI rules"}),
        ("Which agency put out the draft rules on generative AI?", {"Cyberspace Administration of China"}),
        ("Who issued the US export controls?", {"United States"}),
        ("Which countries adopted the export controls?", {"United States"}),
    ],
)
def test_issued_by(store, question, expected):
    assert labels(store, question) == expected


@pytest.mark.parametrize(
    "question, expected",
    [
        ("Which startups has Alibaba invested in?", {"MiniMax"}),
        ("Who invested in MiniMax?", {"Alibaba Group"}),
        ("Who backs MiniMax?", {"Alibaba Group"}),
        ("Which investors put money into MiniMax?", {"Alibaba Group"}),
    ],
)
def test_investments(store, question, expected):
    assert labels(store, question) == expected


@pytest.mark.parametrize(
    "question, expected",
    [
        ("What is Alibaba Cloud a unit of?", {"Alibaba Group"}),
        ("Which subsidiaries of Alibaba Group Holding are mentioned?", {"Alibaba Cloud"}),
        ("What are Alibaba's subsidiaries?", {"Alibaba Cloud"}),
        ("What is Alibaba Cloud's parent company?", {"Alibaba Group"}),
        ("Which company acquired KUKA?", {"Midea"}),
        ("What did Midea acquire?", {"KUKA"}),
    ],
)
def test_parents_and_subsidiaries(store, question, expected):
    assert labels(store, question) == expected


@pytest.mark.parametrize(
    "question, expected",
    [
        ("What is ERNIE Bot built on?", {"ERNIE"}),
        ("Which model did Baidu leverage for ERNIE Bot?", {"ERNIE"}),
        ("Which products are based on ERNIE?", {"ERNIE Bot"}),
        ("Which car model will feature ByteDance's Doubao assistant?", {"Mercedes CLA"}),
        ("What was integrated into the Mercedes CLA?", {"Doubao"}),
        ("What does Doubao power?", {"Mercedes CLA"}),
    ],
)
def test_based_on_and_integrated_into(store, question, expected):
    assert labels(store, question) == expected


def test_affiliation_with_role(store):
    res = ask(store, "Which agency does Liu Liehong head?")
    (a,) = res["answers"]
    assert a["label"] == "National Data Administration"
    assert a["roles"] == ["head"]
    assert "(head)" in format_answer(res)
    assert labels(store, "Who heads the National Data Administration?") == {"Liu Liehong"}
    assert labels(store, "Where does Liu Liehong work?") == {"National Data Administration"}


@pytest.mark.parametrize(
    "question, expected",
    [
        ("When was Qwen2 released?", ["2024-06"]),
        ("When did Qwen2 come out?", ["2024-06"]),
        ("When did the World AI Conference take place?", ["2025-07-26"]),
        ("When were the draft rules on generative AI issued?", ["2023-07"]),
    ],
)
def test_dates(store, question, expected):
    res = ask(store, question)
    assert [a["label"] for a in res["answers"]] == expected
    assert res["answers"][0]["iri"] == ""
    assert res["answers"][0]["sources"][0]["evidence"]


def test_no_date_says_so(store):
    res = ask(store, "When was the iPhone 17 launched?")
    assert res["answers"] == []
    assert res["message"] == "The documents state no date for iPhone 17."


def test_events_and_policies_about_a_place(store):
    assert labels(store, "Which events involved China?") == {"World AI Conference"}
    assert labels(store, "Which policies target China?") == {"US export controls"}
    assert labels(store, "What does the US export controls target?") == {"China"}
    # "added to" a policy (a list) names its targets; added to a product, an integration
    assert labels(store, "Which countries were added to the US export controls?") == {"China"}
    assert labels(store, "What was added to the Mercedes CLA?") == {"Doubao"}


def test_listing_by_class(store):
    agencies = {"Cyberspace Administration of China", "National Data Administration", "Guangdong Provincial People's Government"}
    assert labels(store, "Which government agencies are mentioned?") == agencies
    assert labels(store, "List the people mentioned in these documents.") == {"Liu Liehong"}
    res = ask(store, "Which AI models are mentioned?")
    assert {"Qwen", "Qwen2", "Tongyi", "ERNIE", "Doubao", "GPT-4", "R1"} == {a["label"] for a in res["answers"]}
    assert all(a["sources"] for a in res["answers"])


def test_a_relation_the_graph_does_not_record_gets_no_answers(store):
    """"Which company manufactures X?": no property says who manufactures; listing everything about the name would be
    a guess."""
    res = ask(store, "Which company manufactures Alibaba Cloud's Qwen?")
    assert res["answers"] == [] and "manufactures" in res["message"]
    # a question whose words are all known still gets its answers, and "Who is X?" describes X
    assert {a["label"] for a in ask(store, "Which company developed Qwen?")["answers"]} == {"Alibaba Cloud"}
    assert ask(store, "Who is Qwen?")["answers"]


def test_tell_me_about(store):
    res = ask(store, "Tell me about Qwen")
    (a,) = res["answers"]
    assert a["label"] == "Alibaba Cloud" and a["relation"] == "developer"
    assert a["statement"] == "Qwen developer Alibaba Cloud"


# ---------------------------------------------------------------------------------------------------------
# Names in questions


@pytest.mark.parametrize(
    "question, expected",
    [
        ("Who developed Tongyi Qianwen?", {"Alibaba Cloud"}),  # alias
        ("who developed QWEN?", {"Alibaba Cloud"}),  # case
        ("Which models has Alibab released?", {"Qwen", "Qwen2"}),  # typo
        ("Who developed Tongyi Qianwin?", {"Alibaba Cloud"}),  # a typo reaching past the exact name "Tongyi"
        ("Who is behind the Qwen model?", {"Alibaba Cloud"}),  # generic head noun
        ("What AI models has Alibaba\u2019s cloud unit released?", {"Qwen"}),
    ],
)
def test_name_matching(store, question, expected):
    assert labels(store, question) == expected


def test_typo_is_reported(store):
    res = ask(store, "Which models has Alibab released?")
    assert res["entity"]["label"] == "Alibaba Group" and res["entity"].get("fuzzy") is True


@pytest.mark.parametrize("question", ["Who developed Qwen3?", "Who developed Qwen 3?", "Who developed GPT-4o?"])
def test_versions_are_not_typos(store, question):
    res = ask(store, question)
    assert res["answers"] == []
    assert res["message"].startswith("No entity named ")


HOSTILE = [
    'Who developed "} ; DROP ALL ; {"?',
    'Which models did Acme" } UNION { ?s ?p ?o . FILTER(true) } # release?',
    "Who developed SELECT * WHERE { ?s ?p ?o } LIMIT 1?",
    "Who developed <http://example.org/x> ?",
    "What did '); DELETE WHERE { ?s ?p ?o } ;-- release?",
]


@pytest.mark.parametrize("question", HOSTILE)
def test_hostile_names_stay_literal(store, question, monkeypatch):
    seen: list[str] = []
    real = kgask.kgstore.query

    def spy(st, sparql, substitutions=None):
        seen.append(sparql)
        return real(st, sparql, substitutions)

    monkeypatch.setattr(kgask.kgstore, "query", spy)
    size = len(store)
    res = ask(store, question)
    assert res["answers"] == []
    assert res["message"].startswith("No entity named ")
    assert len(store) == size
    for q in seen:  # nothing of the question reached a query
        assert "DROP" not in q and "DELETE" not in q and "example.org" not in q and "LIMIT" not in q
    json.dumps(res)


def test_hostile_name_is_quoted_in_the_message(store):
    res = ask(store, 'Who developed "} ; DROP ALL ; {"?')
    assert res["message"] == "No entity named '\"} ; DROP ALL ; {\"' in the documents."


def test_strange_labels_in_the_store_are_bound_not_pasted():
    name = 'Acme "Quote" {Brace} SELECT'
    st = pyoxigraph.Store()
    ents = [_ent(name, "Company"), _ent("Widget", "Product")]
    st.extend(_doc("x.txt", "X", ents, [_fact("Widget", "developer", name, "Acme made Widget.")]))
    res = ask(st, 'What did Acme "Quote" {Brace} SELECT release?')
    assert [a["label"] for a in res["answers"]] == ["Widget"]
    assert labels(st, "Who developed Widget?") == {name}


# ---------------------------------------------------------------------------------------------------------
# The SPARQL shown, text output, caching


def test_shown_sparql_runs_and_gives_the_same_answers(store):
    for question in ("What AI models has Alibaba put out?", "When was Qwen2 released?", "Tell me about ERNIE",
                     "Which government agencies are mentioned?"):
        res = ask(store, question)
        assert "VALUES ?" in res["sparql"]
        rows = store.query(res["sparql"], use_default_graph_as_union=True)
        got = {r["answer"].value for r in rows}
        assert got == {a["iri"] or a["label"] for a in res["answers"]}, question


def test_iri_display_escaping():
    # IRIs come from the store, which cannot hold these characters; the display escapes them all the same.
    shown = sparql_iri('http://example.org/a b>c"d{e}')
    assert shown == "<http://example.org/a\\u0020b\\u003Ec\\u0022d\\u007Be\\u007D>"
    assert not any(c in shown[1:-1] for c in ' <>"{}|^`')
    iri = "https://w3id.org/china-ai-kg/resource/\u901a\u4e49\u5343\u95ee"
    rows = pyoxigraph.Store().query(f"SELECT ?x WHERE {{ VALUES ?x {{ {sparql_iri(iri)} }} }}")
    assert [r["x"].value for r in rows] == [iri]


def test_format_answer(store):
    text = format_answer(ask(store, "Who developed Qwen?"))
    assert "- Alibaba Cloud" in text
    assert "Alibaba's models" in text and "corpus/alibaba.txt" in text
    assert "Alibaba Cloud's Qwen leads the open-source rankings." in text
    assert format_answer(ask(store, "Who developed GPT-4?")) == "The documents state no developer for GPT-4."
    assert "SELECT" in format_answer(ask(store, "Who developed Qwen?"), show_sparql=True)


def test_answers_are_deduplicated(store):
    st = pyoxigraph.Store()
    for quads in store.quads_for_pattern(None, None, None, None):
        st.add(quads)
    st.extend(_doc("corpus/again.txt", "Again", ALIBABA[:3], [ALIBABA_FACTS[1]]))
    res = ask(st, "Who developed Qwen?")
    (a,) = res["answers"]
    assert {s["document"] for s in a["sources"]} == {"corpus/alibaba.txt", "corpus/again.txt"}


def test_label_index_follows_the_store():
    st = pyoxigraph.Store()
    st.extend(_doc("a.txt", "A", [_ent("Kimi", "AIModel"), _ent("Moonshot AI", "Company")], []))
    assert ask(st, "Who developed Kimi?")["answers"] == []
    st.extend(_doc("b.txt", "B", [_ent("Kimi", "AIModel"), _ent("Moonshot AI", "Company"), _ent("Kimi K2", "AIModel")],
                   [_fact("Kimi K2", "developer", "Moonshot AI", "Moonshot AI released Kimi K2.")]))
    assert labels(st, "Who developed Kimi K2?") == {"Moonshot AI"}


def test_empty_question(store):
    res = ask(store, "   ")
    assert res["answers"] == [] and res["message"]


# ---------------------------------------------------------------------------------------------------------
# The development questions, on a store made from the gold annotations (tests the question reading alone)


def _gold_store(gold: dict) -> pyoxigraph.Store:
    st = pyoxigraph.Store()
    by_name = {e["name"]: e for e in gold["entities"]}
    for dname, meta in gold["documents"].items():
        ents: dict[str, EntityRef] = {}

        def ref(name: str, ents=ents) -> str:
            e = by_name[name]
            ents.setdefault(entity_key(name), _ent(name, e["type"], *[a for a in e["aliases"] if a != name]))
            return name

        for e in gold["entities"]:
            if dname in e["docs"]:
                ref(e["name"])
        facts = [_fact(ref(r["s"]), r["p"], ref(r["o"]), r.get("evidence", ""), role=r.get("role"))
                 for r in gold["relations"] if r["doc"] == dname]
        facts += [_fact(ref(d["entity"]), d["p"], d["value"], d.get("evidence", ""), literal=True)
                  for d in gold["dates"] if d["doc"] == dname]
        st.extend(_doc(dname, meta.get("title") or dname, list(ents.values()), facts))
    return st


def test_dev_questions_on_the_gold_graph():
    dev = SHARED / "eval" / "dev"
    if not (dev / "gold.json").exists():
        pytest.skip("../shared/eval/dev is not present")
    from kg.evaluate import score_questions

    gold = json.loads((dev / "gold.json").read_text(encoding="utf-8"))
    questions = json.loads((dev / "questions.json").read_text(encoding="utf-8"))
    st = _gold_store(gold)
    report = score_questions(lambda q: answer_labels(st, q), questions, gold)
    assert report["mean_f1"] >= 0.95, [(x["question"], x["missing"], x["extra"]) for x in report["failing"]]


def test_an_answer_is_labelled_as_its_evidence_names_it(store):
    """"the CAC" in the evidence: the answer says CAC (as the documents and their readers do), the graph's name beside it."""
    res = ask(store, "What did the CAC issue?")
    org = ask(store, "Who issued the draft rules on generative AI?")["answers"][0]
    assert org["label"] == "CAC" and org["name"] == "Cyberspace Administration of China"
    assert "CAC (Cyberspace Administration of China)" in format_answer(ask(store, "Who issued the draft rules on generative AI?"))
    assert all(a["label"] in a["sources"][0]["evidence"] or "name" not in a for a in res["answers"])
    assert answer_labels(store, "Which company open-sourced Qwen2?") == ["Alibaba"]  # what `kg eval` scores


def test_who_founded_lists_the_founders_not_everyone_at_the_firm():
    st = pyoxigraph.Store()
    ents = [_ent("Zorvex AI", "Company"), _ent("Wang Lei", "Person"), _ent("Li Na", "Person"), _ent("Zhao Min", "Person")]
    facts = [
        _fact("Wang Lei", "affiliatedWith", "Zorvex AI", "Wang Lei founded Zorvex AI in 2023.", role="founder"),
        _fact("Li Na", "affiliatedWith", "Zorvex AI", "Li Na co-founded Zorvex AI.", role="co-founder"),
        _fact("Zhao Min", "affiliatedWith", "Zorvex AI", "Zhao Min, president of Zorvex AI, spoke.", role="president"),
    ]
    st.extend(_doc("z.txt", "Zorvex", ents, facts))
    founders = answer_labels(st, "Who founded Zorvex AI?")
    assert sorted(founders) == ["Li Na", "Wang Lei"]
    assert "Zhao Min" in answer_labels(st, "Who works for Zorvex AI?")
    assert answer_labels(st, "What company is Zhao Min with?") == ["Zorvex AI"]


def test_a_policy_described_instead_of_named(store):
    assert labels(store, "Who issued Guangdong's policy measures for the robotics industries?") == {"Guangdong Provincial People's Government"}
    # too few of the name's words: no guess
    assert labels(store, "Who issued the measures for chips?") == set()


def test_an_answers_name_is_never_a_possessive_phrase(store):
    written = {a["label"] for a in ask(store, "Which models did Zorvex Labs develop?")["answers"]}
    assert written == {"R1"}, written


def test_a_name_the_question_gives_is_no_answer(store):
    # the only person affiliated with the agency is the one asked about: no answer, not himself
    assert labels(store, "Which company did Liu Liehong leave the National Data Administration to join?") == set()


def test_an_answer_is_named_as_fully_as_its_evidence_writes_it():
    # the registry's short name inside the fuller one the document uses; never a title or an article before it
    ents = [_ent("Horizon Robotics", "Company"), _ent("Chery", "Company", "Chery Automobile"),
            _ent("Zorvan Lee", "Person", "President Zorvan Lee"), _ent("Zorvex Council", "GovernmentAgency")]
    facts = [_fact("Horizon Robotics", "partnerOf", "Chery", "Horizon Robotics partnered with Chery Automobile."),
             _fact("Zorvan Lee", "affiliatedWith", "Zorvex Council", "President Zorvan Lee chairs the Zorvex Council.")]
    st = pyoxigraph.Store()
    st.extend(_doc("corpus/horizon.txt", "Horizon", ents, facts))
    assert answer_labels(st, "Which companies has Horizon Robotics partnered with?") == ["Chery Automobile"]
    assert answer_labels(st, "Who is affiliated with the Zorvex Council?") == ["Zorvan Lee"]


def test_hardware_nouns_never_take_a_model_as_their_answer(store):
    # ERNIE Bot is built on a model, not on a chip: "which chips" asks for hardware
    assert labels(store, "Which chips is ERNIE Bot built on?") == set()
    assert labels(store, "Which products are built on ERNIE?") == {"ERNIE Bot"}


def test_an_answer_is_not_labelled_with_its_bracketed_abbreviation():
    st = pyoxigraph.Store()
    ents = [_ent("Zorvex Rules", "Policy"), _ent("Qorlin Data Administration", "GovernmentAgency", "Qorlin Data Administration (QDA)")]
    facts = [_fact("Zorvex Rules", "issuedBy", "Qorlin Data Administration",
                   "The Zorvex Rules, which the Qorlin Data Administration (QDA) issued in July 2023, apply.")]
    st.extend(_doc("corpus/rules.txt", "Rules", ents, facts))
    assert answer_labels(st, "Who issued the Zorvex Rules?") == ["Qorlin Data Administration"]


def test_which_companies_lists_only_firms(store):
    assert labels(store, "Which companies took part in the World AI Conference?") == {"Baidu"}
