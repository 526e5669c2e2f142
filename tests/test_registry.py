"""The curated registry (seeds/registry/*.jsonl) and its loader (kg/registry.py)."""

from __future__ import annotations

import json
import re
from collections import defaultdict

import pytest

from kg.model import KGError
from kg.paths import REGISTRY_DIR
from kg.registry import ENTITY_TYPES, RegistryEntry, load_registry, needs_case, norm_key
from kg.vocab import CLASSES

# Ordinary English words (and short phrases) that must never be a case-insensitive surface: they would
# fire on normal text. A registry name that is such a word ("Apple", "Meta", "Gemini") must be case-sensitive.
COMMON_WORDS = frozenset(
    """
    a about after all also an and any apple are arm as ascend at autopilot back bard be because been best
    big bird board book bridge but by call can capital case center central change chip chips city claude
    cloud code codex cohere come commerce committee company congress copilot could council country court
    cursor data day deep development digital do dragon earth east economy energy even falcon fed first for
    fortune forum foundation fund future gemini general genesis get give go good government great grid
    group growth guardian have he health her here his honor horizon house how i if in information
    initiative innovation institute intel intelligence into it its journey just key kirin know lab labs
    lark law league life light like llama look make man many market may me media meta micron mission
    model models moon moonshot more most much my national nature network new news next no not now of
    office on one only optimus or oracle other our out over paper party pass people perplexity pika plan
    plus policy post power press program project quark research rise robot rules runway say school
    science security see seed senate service she should snowflake so some spark standard star state step
    strategy summit system take team tech technology than that the their them then there these they think
    this threads time to trade turkey union unit up us use vision want way we well what when which who
    whisper will windows with work world would year you your austin chad chile georgia grenada guinea
    jordan mali niger togo tonga sydney arctic dawning momenta
    """.split()
) | {"the post", "the guardian", "the paper", "the information", "the economist", "big fund", "vision fund"}


@pytest.fixture(scope="module")
def entries() -> list[RegistryEntry]:
    return load_registry()


def test_the_registry_is_broad(entries):
    assert len(entries) >= 1000
    groups = {p.stem for p in REGISTRY_DIR.glob("*.jsonl")}
    assert {
        "companies",
        "institutions",
        "agencies",
        "people",
        "models",
        "products",
        "policies",
        "events",
        "places",
        "media",
    } <= groups


def test_ids_are_unique_and_iri_safe(entries):
    seen: dict[str, int] = defaultdict(int)
    for e in entries:
        seen[e.id] += 1
        assert re.fullmatch(r"[A-Za-z0-9][A-Za-z0-9_.\-]*", e.id), e.id
    assert not [i for i, n in seen.items() if n > 1]


def test_every_type_is_an_entity_class_of_the_ontology(entries):
    allowed = set(CLASSES) - {"Document", "Assertion"}
    assert ENTITY_TYPES == allowed
    assert not [(e.id, e.type) for e in entries if e.type not in allowed]


def test_parents_and_developers_exist(entries):
    ids = {e.id for e in entries}
    dangling = [
        (e.id, k, getattr(e, k))
        for e in entries
        for k in ("parent", "developer")
        if getattr(e, k) and getattr(e, k) not in ids
    ]
    assert not dangling


def test_parents_are_organizations_and_developers_make_models_or_products(entries):
    by_id = {e.id: e for e in entries}
    orgs = {"Organization", "Company", "ResearchInstitution", "GovernmentAgency"}
    bad = [e.id for e in entries if e.parent and (e.type not in orgs or by_id[e.parent].type not in orgs)]
    bad += [
        e.id
        for e in entries
        if e.developer
        and (
            e.type not in {"AIModel", "LanguageModel", "Product"}
            or by_id[e.developer].type not in orgs | {"Person"}
        )
    ]
    assert not bad


def test_no_surface_form_names_two_entries(entries):
    owners: dict[str, set[str]] = defaultdict(set)
    for e in entries:
        for s in e.surfaces:
            owners[norm_key(s)].add(e.id)
    collisions = {k: sorted(v) for k, v in owners.items() if len(v) > 1}
    assert not collisions, "surface forms shared by several entries: " + "; ".join(
        f"{k!r}: {', '.join(v)}" for k, v in sorted(collisions.items())
    )


def test_no_case_insensitive_surface_is_a_common_word(entries):
    bad = [
        (e.id, s)
        for e in entries
        for s in e.surfaces
        if not needs_case(s, e) and s.strip().lower() in COMMON_WORDS
    ]
    assert not bad, f"make these case-sensitive or drop them: {bad}"


def test_no_alias_names_a_model_of_another_size(entries):
    # ("GLM-4-9B-0414" as an alias of GLM-4-32B-0414 would merge two models: a family may list its sized members,
    # a sized model only its own size)
    size = re.compile(r"(?<![\w.])(\d+(?:\.\d+)?)[Bb]\b")
    wrong = [(e.name, a) for e in entries if (own := set(size.findall(e.name)))
             for a in e.surfaces if (other := set(size.findall(a))) and other != own]
    assert not wrong, wrong


def test_surfaces_are_clean(entries):
    bad = [(e.id, s) for e in entries for s in e.surfaces if s != s.strip() or "  " in s or not norm_key(s)]
    assert not bad


def test_wikidata_ids_are_q_ids_and_unique(entries):
    qids = [e.wikidata for e in entries if e.wikidata]
    assert all(re.fullmatch(r"Q\d+", q) for q in qids)
    assert len(qids) == len(set(qids))


def test_some_well_known_entries(entries):
    by_id = {e.id: e for e in entries}
    assert by_id["Alibaba_Cloud"].parent == "Alibaba_Group"
    assert by_id["Qwen"].developer == "Alibaba_Cloud"
    assert "Tongyi Qianwen" in by_id["Qwen"].aliases
    assert "CAC" in by_id["Cyberspace_Administration_of_China"].aliases
    assert by_id["DeepSeek-R1"].developer == "DeepSeek"
    assert by_id["China"].type == "Country"
    assert by_id["Apple"].case_sensitive


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Qwen 2.5-Max", "qwen2.5 max"),
        ("DeepSeek-R1", "deepseek r1"),
        ("The Cyberspace Administration of China", "cyberspace administration of china"),
        ("People\u2019s Bank of China", "People's Bank of China"),
        ("New-Generation AI Development Plan", "New Generation AI Development Plan"),
        ("阿里云", "阿里云"),
    ],
)
def test_norm_key_equates_spelling_variants(a, b):
    assert norm_key(a) == norm_key(b)


def test_norm_key_values():
    assert norm_key("Qwen 2.5-Max") == "qwen25max"
    assert norm_key("the mainland") == "mainland"
    assert norm_key("Theranos") == "theranos"
    assert norm_key("通义千问 Qwen") == "通义千问qwen"
    assert norm_key("01.AI") != norm_key("AI")


def test_needs_case():
    plain = RegistryEntry("X", "Tencent", "Company")
    strict = RegistryEntry("Y", "Apple", "Company", case_sensitive=True)
    assert not needs_case("Tencent", plain)
    assert needs_case("Apple", strict)
    assert needs_case("CAC", plain)  # all caps
    assert needs_case("U.S.", plain)
    assert needs_case("Yi", plain)  # three letters or fewer
    assert needs_case("o1", plain)
    assert not needs_case("GPT-4o", plain)


def _write(tmp_path, lines: list[str], name: str = "bad.jsonl"):
    (tmp_path / name).write_text("\n".join(lines) + "\n", encoding="utf-8")
    return tmp_path


GOOD = json.dumps({"id": "A", "name": "Alpha Corp", "type": "Company"})


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ('{"id": "B", "name": "Beta", "type": "Company"', "invalid JSON"),
        ('{"id": "B", "name": "Beta", "type": "Firm"}', "type"),
        ('{"id": "B c", "name": "Beta", "type": "Company"}', "IRI-safe"),
        ('{"id": "B", "type": "Company"}', "name"),
        ('{"id": "B", "name": "Beta", "type": "Company", "aliases": "Bet"}', "aliases"),
        ('{"id": "B", "name": "Beta", "type": "Company", "wikidata": "123"}', "wikidata"),
        ('{"id": "B", "name": "Beta", "type": "Company", "alias": ["Bet"]}', "unknown field"),
        ('{"id": "B", "name": "Beta", "type": "Company", "case_sensitive": "yes"}', "case_sensitive"),
        ('["B", "Beta"]', "JSON object"),
        (GOOD, "duplicate id"),
    ],
)
def test_a_bad_line_names_file_and_line(tmp_path, line, message):
    _write(tmp_path, [GOOD, "", line])
    with pytest.raises(KGError) as err:
        load_registry(tmp_path)
    text = str(err.value)
    assert "bad.jsonl:3" in text
    assert message in text


def test_loader_accepts_minimal_and_full_lines(tmp_path):
    full = {
        "id": "Alibaba_Cloud",
        "name": "Alibaba Cloud",
        "type": "Company",
        "aliases": ["Aliyun", " ", "Alibaba Cloud"],
        "zh": "阿里云",
        "wikidata": None,
        "parent": "A",
        "developer": None,
        "case_sensitive": False,
    }
    _write(tmp_path, ["# a comment", GOOD, json.dumps(full, ensure_ascii=False)], "x.jsonl")
    a, b = load_registry(str(tmp_path))
    assert a == RegistryEntry("A", "Alpha Corp", "Company")
    assert b.aliases == ("Aliyun",) and b.zh == "阿里云" and b.parent == "A" and b.wikidata is None


def test_missing_directory_is_an_empty_registry(tmp_path):
    assert load_registry(tmp_path / "nope") == []


def test_kg_registry_points_the_gazetteer_at_another_folder(tmp_path):
    import os
    import subprocess
    import sys

    (tmp_path / "mine.jsonl").write_text('{"id": "Zorvex_Labs", "name": "Zorvex Labs", "type": "Company"}\n', encoding="utf-8")
    code = "from kg.registry import load_registry; print([e.id for e in load_registry()])"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                         env={**os.environ, "KG_REGISTRY": str(tmp_path)}).stdout
    assert out.strip() == "['Zorvex_Labs']"


def test_social_platforms_are_products_and_their_firms_companies(entries):
    # share bars and bylines name the platform ("Share on Weibo"), the gold's Product; the listed firm has its own entry
    by_name = {e.name: e for e in entries}
    for name in ("LinkedIn", "Weibo", "Reddit", "Hacker News", "WeChat"):
        assert by_name[name].type == "Product", name
    assert by_name["Weibo Corp"].type == "Company" and by_name["Weibo"].developer
