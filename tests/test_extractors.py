"""Each extractor on sentences written for the tests (a small fixture registry, no model download)."""

from __future__ import annotations

import pytest

from tests.conftest import facts_of


def names_types(ex) -> dict[str, str]:
    return {e.name: e.type for e in ex.entities.values()}


# -- gazetteer --------------------------------------------------------------------------------------
def test_gazetteer_finds_registry_names_longest_first(extract_text):
    ex = extract_text("Alibaba Cloud and Tencent compete in China.")
    got = names_types(ex)
    assert got["Alibaba Cloud"] == "Company"
    assert "Alibaba Group" not in got  # "Alibaba" inside "Alibaba Cloud" is not a second mention
    assert got["China"] == "Country"


def test_gazetteer_respects_case_and_word_boundaries(extract_text):
    ex = extract_text("He ate an apple in Beijingtown while us analysts watched.")
    got = names_types(ex)
    assert "Apple" not in got and "Beijing" not in got and "United States" not in got


def test_exact_case_names_match_only_whole_words_in_their_case(extract_text):
    ex = extract_text("US officials met. Industry focus grew in the USA region, say US-based analysts.")
    assert ex.mentions.get("United_States") == 2  # "US" twice; not inside "Industry", "focus" or "USA"


def test_case_folding_never_moves_offsets():
    from extractors.gazetteer import fold

    for text in ("İstanbul hosts Alibaba", "ǅ Alibaba", "Alibaba Cloud"):
        assert len(fold(text)) == len(text)
        assert fold(text).index("alibaba") == text.index("Alibaba")


def test_gazetteer_aliases_resolve_to_one_node(extract_text):
    ex = extract_text("Tongyi Qianwen, also called Qwen, is popular.")
    assert [e.name for e in ex.entities.values()].count("Qwen") == 1
    assert ex.mentions["Qwen"] == 2


# -- discovery --------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text,name,typ",
    [
        ("Zhipu released GLM-4.5 on Monday as its new model.", "GLM-4.5", "AIModel"),
        ("The startup launched Kimi K2, an open model.", "Kimi K2", "AIModel"),
        ("Tencent released Hunyuan-T1, a reasoning model.", "Hunyuan-T1", "AIModel"),
        ("LLM startup StepUp raised money.", "StepUp", "Company"),
        ("Engineers at Deep Lotus Technology trained it.", "Deep Lotus Technology", "Company"),
        ("The National Data Administration spoke.", "National Data Administration", "GovernmentAgency"),
        ("The Ministry of Science and Technology agreed.", "Ministry of Science and Technology", "GovernmentAgency"),
        ("Delegates met at the 2026 Global Robotics Summit.", "2026 Global Robotics Summit", "Event"),
        ("Officials unveiled the Digital Silk Road Plan.", "Digital Silk Road Plan", "Policy"),
        ("The CAC released draft rules on generative AI.", "rules on generative AI", "Policy"),
        ("Researchers at Zhejiang University built it.", "Zhejiang University", "ResearchInstitution"),
        ("Wang Xiaoming, head of the lab, spoke.", "Wang Xiaoming", "Person"),
        ("Premier Li Qiang opened the meeting.", "Li Qiang", "Person"),
        # Hugging Face style model ids: parameter counts, active parameters, suffixes and a date stamp
        ("The lab released Qwen3-235B-A22B-Instruct-2507 as an open model.", "Qwen3-235B-A22B-Instruct-2507", "AIModel"),
        ("It released DeepSeek-R1-Distill-Qwen-32B, a model.", "DeepSeek-R1-Distill-Qwen-32B", "AIModel"),
        ("An update, Kimi-K2-Instruct-0905, is a model.", "Kimi-K2-Instruct-0905", "AIModel"),
        # a unit in apposition is an organisation; "Internet-based" inside a title stays in it; "Qwen Code" is a tool
        ("Cariad, the software arm of Volkswagen, grew.", "Cariad", "Company"),
        ("The Provisions on the Administration of Internet-based Zorvex Services apply.",
         "Provisions on the Administration of Internet-based Zorvex Services", "Policy"),
        ("Qwen Code, a coding agent, grew.", "Qwen Code", "Product"),
        ("Tencent attended the 2025 Zorvex AI Conference in Shanghai.", "2025 Zorvex AI Conference", "Event"),
        ("Ivo Lamar, a Hong Kong-based technology analyst at Baidu, spoke.", "Ivo Lamar", "Person"),
        ("Executive Order 14110 was revoked.", "Executive Order 14110", "Policy"),
        ("The office published the Several Policy Measures for Promoting the Innovative Development of the Artificial "
         "Intelligence and Robotics Industries in Guangdong Province.",
         "Several Policy Measures for Promoting the Innovative Development of the Artificial Intelligence and Robotics "
         "Industries in Guangdong Province", "Policy"),
        ("Costs fell thanks to the ZX6, Baidu's sixth-generation vehicle, which is cheap.", "ZX6", "Product"),
        ("GB 45438-2025, a mandatory national standard, applies.", "GB 45438-2025", "Policy"),
        ("The CAC opened a campaign on typical algorithm problems on online platforms.", "campaign on typical algorithm problems", "Policy"),
    ],
)
def test_discovery_cues(extract_text, text, name, typ):
    got = names_types(extract_text(text))
    assert got.get(name) == typ, got


def test_a_venue_is_no_event(extract_text):
    got = names_types(extract_text("Alibaba showed glasses at the Shanghai World Expo Exhibition and Convention Center."))
    assert not any(t == "Event" for t in got.values()), got


def test_number_formats_and_generic_words_are_no_names(extract_text):
    got = names_types(extract_text("About 100 firms train the model in FP8 and BF16. Vice Minister of Industry and "
                                   "Information Technology Zhang Wei spoke. The CAC published a draft of the labelling measures."))
    assert not {"About 100", "FP8", "BF16", "Information Technology", "of the labelling measures"} & set(got), got


def test_discovery_does_not_take_ordinary_capitalised_words(extract_text):
    got = names_types(extract_text("Chinese AI firms grew fast. The Report said Users doubled in 2024."))
    assert not {"Chinese AI", "Report", "Users"} & set(got)


# -- relations --------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text,fact",
    [
        ("Alibaba Cloud releases its Qwen2 chatbot.", ("Qwen2", "developer", "Alibaba Cloud")),
        ("Fans love Tencent's Hunyuan.", ("Hunyuan", "developer", "Tencent")),
        ("ERNIE Bot, a chatbot from search giant Baidu, grew.", ("ERNIE Bot", "developer", "Baidu")),
        ("Kling 2.0, a video model launched by Kuaishou, is popular.", ("Kling 2.0", "developer", "Kuaishou")),
        ("The Measures for Labeling AI Content were jointly issued by the CAC and MIIT.", ("Measures for Labeling AI Content", "issuedBy", "Ministry of Industry and Information Technology")),
        ("The CAC published draft rules on generative AI.", ("rules on generative AI", "issuedBy", "Cyberspace Administration of China")),
        ("Moonshot AI is backed by Tencent and Alibaba.", ("Alibaba Group", "investedIn", "Moonshot AI")),
        ("Alibaba announced an investment in Zhipu AI.", ("Alibaba Group", "investedIn", "Zhipu AI")),
        ("Alibaba Cloud is the cloud computing unit of Alibaba Group.", ("Alibaba Cloud", "subsidiaryOf", "Alibaba Group")),
        ("ERNIE Bot is a conversational product built on the company's model ERNIE.", ("ERNIE Bot", "basedOn", "ERNIE")),
        ("Qwen has been integrated into Kuaishou as its default model.", ("Qwen", "integratedInto", "Kuaishou")),
        ("Wang Xiaoming, vice minister of the Ministry of Industry and Information Technology, spoke.", ("Wang Xiaoming", "affiliatedWith", "Ministry of Industry and Information Technology")),
        ("Baidu partnered with Tencent on cloud services.", ("Baidu", "partnerOf", "Tencent")),
        ("China joined the 2026 Global Robotics Summit in Paris.", ("2026 Global Robotics Summit", "involves", "China")),
        ("Washington imposed export controls on chips that target China.", ("export controls on chips", "targets", "China")),
    ],
)
def test_relation_rules(extract_text, text, fact):
    got = facts_of(extract_text(text))
    s, p, o = fact
    if s == "rules":  # the policy's name varies with the phrase; check the predicate and object
        assert any(f[1] == p and f[2] == o for f in got), got
    else:
        assert fact in got, got


def test_lists_distribute_the_relation(extract_text):
    got = facts_of(extract_text("Alibaba has invested in Zhipu AI, Moonshot AI and Kuaishou."), "investedIn")
    assert {o for _, _, o in got} == {"Zhipu AI", "Moonshot AI", "Kuaishou"}


def test_co_subjects_are_partners(extract_text):
    got = facts_of(extract_text("Tsinghua and Kuaishou unveil Vidu 2, a video model."))
    assert ("Vidu 2", "developer", "Tsinghua University") in got
    assert ("Vidu 2", "developer", "Kuaishou") in got
    assert any(p == "partnerOf" for _, p, _ in got)


def test_negated_and_hedged_statements_are_not_facts(extract_text):
    got = facts_of(extract_text("Tencent did not release Qwen. Baidu might invest in Zhipu AI."))
    assert not any(p in ("developer", "investedIn") for _, p, _ in got), got


def test_cooccurrence_alone_is_not_a_relation(extract_text):
    assert not facts_of(extract_text("Tencent and Qwen were both in the news."))


def test_name_prefix_unit(extract_text):
    got = facts_of(extract_text("Alibaba grew. Alibaba Cloud grew too."))
    assert ("Alibaba Cloud", "subsidiaryOf", "Alibaba Group") in got


def test_person_role_is_kept(extract_text):
    ex = extract_text("Zhang Wei, general manager of Baidu, said so.")
    roles = [f.role for f in ex.facts if f.predicate == "affiliatedWith"]
    assert roles == ["general manager"]


# -- dates ------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text,doc_date,fact",
    [
        ("On Sept. 28, Tencent released Hunyuan Image 3.0.", "2025-10-28", ("Hunyuan Image 3.0", "releaseDate", "2025-09-28")),
        ("On Dec. 3, Tencent released Hunyuan Image 4.0.", "2025-10-28", ("Hunyuan Image 4.0", "releaseDate", "2024-12-03")),
        ("Officials unveiled the Digital Silk Road Plan in 2017.", None, ("Digital Silk Road Plan", "date", "2017")),
        ("Tencent launched Hunyuan 2, launched in September, to users.", "2025-10-20", ("Hunyuan 2", "releaseDate", "2025-09")),
        ("Delegates met at the 2026 Global Robotics Summit.", None, ("2026 Global Robotics Summit", "date", "2026")),
        ("Visitors came to the Global Robotics Expo, Oct. 16, 2025, in Beijing.", None, ("Global Robotics Expo", "date", "2025-10-16")),
        # "in March" is a month (a capitalised one mid-sentence); "mid-", "the first quarter of", a participle opening
        ("Baidu released ERNIE 4.5 in mid-March.", "2025-06-17", ("ERNIE 4.5", "releaseDate", "2025-03")),
        ("Baidu released ERNIE 4.5 in the first quarter of 2025.", None, ("ERNIE 4.5", "releaseDate", "2025")),
        ("Released in March 2025, ERNIE 4.5 is popular.", None, ("ERNIE 4.5", "releaseDate", "2025-03")),
        ("ERNIE 4.5, released by Baidu in March, is popular.", "2025-06-17", ("ERNIE 4.5", "releaseDate", "2025-03")),
    ],
)
def test_dates_resolved_with_precision(extract_text, text, doc_date, fact):
    assert fact in facts_of(extract_text(text, doc_date)), facts_of(extract_text(text, doc_date))


def test_relative_date_needs_a_document_date(extract_text):
    got = facts_of(extract_text("On Sept. 28, Tencent released Hunyuan Image 3.0."), "releaseDate")
    assert not got


def test_evidence_offsets_point_at_the_sentence(extract_text):
    text = "Intro line here.\nFans love Tencent's Hunyuan. Other text."
    ex = extract_text(text)
    f = next(f for f in ex.facts if f.predicate == "developer")
    assert text[f.start : f.end].strip() == f.evidence == "Fans love Tencent's Hunyuan."


def test_token_ranges_cover_whole_tokens(nlp):
    from extractors.mentions import token_ranges

    doc = nlp.make_doc("Alibaba Cloud released Qwen2.5-Max today.")
    i, j = token_ranges(doc, [0, 3, 8, 23], [13, 5, 9, 34])
    # whole tokens, a span inside one token widened to it, every span at least one token long
    assert list(zip(i.tolist(), j.tolist(), strict=True)) == [(0, 2), (0, 1), (1, 2), (3, 6)]


def test_pipeline_components_are_registered(nlp):
    from extractors.factories import PIPELINE

    assert nlp.pipe_names == PIPELINE
    analysis = nlp.analyze_pipes()
    assert not any(analysis["problems"].values())


@pytest.mark.parametrize(
    "text,fact",
    [
        ("Alibaba-backed Moonshot AI grew fast.", ("Alibaba Group", "investedIn", "Moonshot AI")),
        ("Users of Qwen maker Alibaba Cloud complained.", ("Qwen", "developer", "Alibaba Cloud")),
        ("Kuaishou, the company behind the Zorvex-1 model, grew.", ("Zorvex-1", "developer", "Kuaishou")),
        ("Zhipu AI, which was founded by Tang Jie, grew.", ("Tang Jie", "affiliatedWith", "Zhipu AI")),
        ("Moonshot AI has raised $1 billion from Tencent and Alibaba.", ("Tencent", "investedIn", "Moonshot AI")),
        ("At the 2026 Global Robotics Summit, Baidu showed robots.", ("2026 Global Robotics Summit", "involves", "Baidu")),
    ],
)
def test_news_shapes(extract_text, text, fact):
    assert fact in facts_of(extract_text(text)), facts_of(extract_text(text))


def test_month_relative_dates(extract_text):
    got = facts_of(extract_text("Tencent released Hunyuan 2.0, launched earlier this month, to users.", "2025-10-20"))
    assert ("Hunyuan 2.0", "releaseDate", "2025-10") in got


def test_date_scan_finds_what_the_date_pattern_finds():
    from extractors.dates import DATE_RE, date_matches

    for text in (
        "On SEPT. 28, 2025 and on 3 March the app launched; LAST YEAR it grew, two years ago it began (2019-2021).",
        "İ in the text: on Jan. 5 it launched, earlier this month it grew.",  # lower() changes the length here
    ):
        want = [m.start() for m in DATE_RE.finditer(text)]
        assert want and [m.start() for m in date_matches(text)] == want


def test_reference_date_is_the_latest_full_date_cited():
    from extractors.dates import reference_date

    assert reference_date("Seen on March 3, 2024 and on Monday, October 20, 2025; also 2025-01-02.") == "2025-10-20"
    assert reference_date("No dates at all, only in September.") is None


def test_unit_of_a_research_body_is_a_research_body(extract_text):
    got = names_types(extract_text("Tsinghua University's Department of Precision Instruments built a chip."))
    assert got["Department of Precision Instruments"] == "ResearchInstitution"


def test_statistical_entities_add_recall_but_never_override(registry_dir):
    """With a statistical NER underneath (--model), its entities fill gaps the rules leave."""
    import spacy
    from spacy.language import Language
    from spacy.tokens import Span

    import extractors.factories  # noqa: F401  (registers the cakg_ factories)

    @Language.component("fake_ner_for_test")
    def fake_ner(doc):
        doc.ents = [Span(doc, 0, 2, label="PERSON"), Span(doc, 3, 4, label="ORG")]  # "Mary Poppins", "Tencent"
        return doc

    nlp = spacy.blank("en")
    nlp.add_pipe("fake_ner_for_test")
    for name in extractors.factories.PIPELINE:
        nlp.add_pipe(name, config={"registry_dir": registry_dir} if name in ("cakg_gazetteer", "cakg_discovery") else {})
    doc = nlp("Mary Poppins joined Tencent today.")
    got = {(m.text, m.type, m.source) for m in doc._.cakg_mentions}
    assert ("Mary Poppins", "Person", "statistical") in got
    assert ("Tencent", "Company", "gazetteer") in got


def test_title_case_headlines_are_not_names(extract_text):
    got = names_types(extract_text("Chinese Startup Unveils New AI Model\nThe Commission met."))
    assert not got, got


def test_pronoun_reaches_back_one_sentence(extract_text):
    got = facts_of(extract_text("Tencent showed a new design. The design powers the company's next flagship, Hunyuan 5."))
    assert ("Hunyuan 5", "developer", "Tencent") in got
    got = facts_of(extract_text("Tencent showed a new design.\n\nThe design powers the company's next flagship, Hunyuan 5."))
    assert ("Hunyuan 5", "developer", "Tencent") not in got  # another paragraph: no antecedent


@pytest.mark.parametrize(
    "text,fact",
    [
        ("Kuaishou, a Beijing-based startup, rolled out Kling 2.0 last week.", ("Kling 2.0", "developer", "Kuaishou")),
        ("Wang Xiaoming, Baidu's chief scientist, spoke.", ("Wang Xiaoming", "affiliatedWith", "Baidu")),
        ("The 2026 Global Robotics Summit was held in Beijing.", ("2026 Global Robotics Summit", "involves", "Beijing")),
    ],
)
def test_appositions_and_roles(extract_text, text, fact):
    assert fact in facts_of(extract_text(text)), facts_of(extract_text(text))


def test_negated_release_is_not_dated(extract_text):
    assert not facts_of(extract_text("Tencent did not release Hunyuan 9 in 2025.", "2025-10-01"), "releaseDate")


def test_together_with_and_date_words_after_titles(extract_text):
    ex = extract_text(
        "The CAC, together with the Ministry of Industry and Information Technology, issued the "
        "Measures for Labeling Synthetic Content on Friday."
    )
    got = facts_of(ex)
    assert ("Measures for Labeling Synthetic Content", "issuedBy", "Cyberspace Administration of China") in got
    assert ("Measures for Labeling Synthetic Content", "issuedBy", "Ministry of Industry and Information Technology") in got


def test_descriptive_words_do_not_make_names(extract_text):
    got = names_types(extract_text("Kuaishou, the Hong Kong-listed AI firm, launched Kling 3 in April."))
    assert not any("listed" in n for n in got), got


def test_a_known_name_inside_a_policy_name_is_its_target(extract_text):
    got = facts_of(extract_text("Washington imposed export controls on Tencent last year.", "2025-05-01"))
    assert ("export controls on Tencent", "targets", "Tencent") in got
    assert ("export controls on Tencent", "date", "2024") in got


@pytest.mark.parametrize(
    "text,fact",
    [
        ("Zhipu AI, which is owned by Tencent, grew.", ("Zhipu AI", "subsidiaryOf", "Tencent")),
        ("Alibaba's $1 billion investment in Moonshot AI paid off.", ("Alibaba Group", "investedIn", "Moonshot AI")),
        ("Baidu's acquisition of Kuaishou surprised markets.", ("Kuaishou", "subsidiaryOf", "Baidu")),
        ("Wang Xiaoming, who heads Zhipu AI, spoke.", ("Wang Xiaoming", "affiliatedWith", "Zhipu AI")),
    ],
)
def test_ownership_investment_and_leadership_shapes(extract_text, text, fact):
    assert fact in facts_of(extract_text(text)), facts_of(extract_text(text))


@pytest.mark.parametrize(
    "text,fact,wrong",
    [
        # the verb after a relative clause or an apposition belongs to the name the clause hangs on
        ("Moonshot AI, which is backed by Alibaba Group and Tencent, released Kimi K2.",
         ("Kimi K2", "developer", "Moonshot AI"), ("Kimi K2", "developer", "Tencent")),
        ("Zhipu AI, a startup spun off from Tsinghua University, unveiled GLM-4.5.",
         ("GLM-4.5", "developer", "Zhipu AI"), ("GLM-4.5", "developer", "Tsinghua University")),
        ("Kuaishou, founded by Su Hua in Beijing, launched Kling 2.1.",
         ("Kling 2.1", "developer", "Kuaishou"), ("Kling 2.1", "developer", "Beijing")),
        # "its" never points back to a person
        ("CEO Robin Li said Baidu would put ERNIE into its Wenku app.",
         ("Wenku", "developer", "Baidu"), ("Wenku", "developer", "Robin Li")),
    ],
)
def test_clause_heads_and_pronouns(extract_text, text, fact, wrong):
    got = facts_of(extract_text(text))
    assert fact in got and wrong not in got, got


@pytest.mark.parametrize(
    "text,fact",
    [
        ("Zhipu AI, which has received investment from Tencent, grew.", ("Tencent", "investedIn", "Zhipu AI")),
        ("Kuaishou counts Tencent and Baidu among its investors.", ("Baidu", "investedIn", "Kuaishou")),
        ("Moonshot AI, founded in 2023, counts Tencent among its early investors.", ("Tencent", "investedIn", "Moonshot AI")),
        ("Zhipu AI, whose investors include Alibaba and Tencent, grew.", ("Alibaba Group", "investedIn", "Zhipu AI")),
        # a list of agencies with "the" before each name, and a date between the subject and its verb
        ("The CAC, the Ministry of Industry and Information Technology and the State Council, on Friday issued the "
         "Measures for Labeling Synthetic Content.", ("Measures for Labeling Synthetic Content", "issuedBy", "State Council")),
    ],
)
def test_investor_and_agency_list_shapes(extract_text, text, fact):
    assert fact in facts_of(extract_text(text)), facts_of(extract_text(text))


def test_alibaba_to_bring_features_to_iphones_is_not_an_integration(extract_text):
    got = facts_of(extract_text("Apple is working with Alibaba to bring AI features to iPhone users."), "integratedInto")
    assert not got, got


@pytest.mark.parametrize(
    "text,date,fact",
    [
        ("Baidu on Friday launched ERNIE 4.5 and ERNIE X1.", "2025-04-26", ("ERNIE X1", "releaseDate", "2025-04-25")),
        ("Moonshot AI released Kimi K2, an open model with a trillion parameters, on July 11.", "2025-07-14",
         ("Kimi K2", "releaseDate", "2025-07-11")),
        ("Baidu first released its ERNIE Bot chatbot in March 2023.", "2025-04-26", ("ERNIE Bot", "releaseDate", "2023-03")),
        ("The Zhongguancun Forum, which opened in Beijing on Thursday, drew crowds.", "2025-07-28",
         ("Zhongguancun Forum", "date", "2025-07-24")),
        # "X itself was released on", "followed on", "in January the company released", a prepositional opener,
        # "that President X announced in", "its Y conference in Shanghai on Thursday"
        ("Hunyuan itself was released on March 16.", "2025-09-19", ("Hunyuan", "releaseDate", "2025-03-16")),
        ("Qwen followed on July 22, together with ERNIE.", "2025-09-19", ("Qwen", "releaseDate", "2025-07-22")),
        ("It grew, and in January the company released Zorvex-7, a grasping model.", "2025-09-19", ("Zorvex-7", "releaseDate", "2025-01")),
        ("At the same event in the city on Wednesday, Tencent unveiled Zorvex-8, a model.", "2025-09-19",
         ("Zorvex-8", "releaseDate", "2025-09-17")),
        ("It follows the Zorvex AI Initiative that President Xi Jinping announced in October 2023.", "2025-09-19",
         ("Zorvex AI Initiative", "date", "2023-10")),
        ("Huawei used its Zorvex AI Summit event in Shanghai on Thursday to show chips.", "2025-09-19",
         ("Zorvex AI Summit", "date", "2025-09-18")),
        # "May" is a month after a preposition or heading an entry (the verb "may" is not: see the hedges)
        ("Tencent released Hunyuan in May.", "2025-08-01", ("Hunyuan", "releaseDate", "2025-05")),
        ("Baidu released ERNIE Bot in May 2024.", "2025-08-01", ("ERNIE Bot", "releaseDate", "2024-05")),
        # a chronology: the heading year, the entry's date for what the entry names, and for its later sentences
        ("Timeline\n2021\n- June 1: Hunyuan, a model, is shown at the academy's conference.\n", "2025-08-01",
         ("Hunyuan", "releaseDate", "2021-06-01")),
        ("Timeline\n2019\n- May: Baidu launches ERNIE Bot.\n", "2025-08-01", ("ERNIE Bot", "releaseDate", "2019-05")),
        ("Timeline\n2023\n- October: Tencent grew. Later that month Moonshot AI launches Qwen.\n", "2025-08-01",
         ("Qwen", "releaseDate", "2023-10")),
        # the subject's own passive verb after an apposition, not the product after it
        ("2025\n- Jan. 20: Hunyuan, a reasoning model with open weights, is released under the ERNIE Bot licence.\n", "2025-10-10",
         ("Hunyuan", "releaseDate", "2025-01-20")),
        # an edition of a recurring event: its own node, its year, a month read in that year
        ("Baidu attended the Zorvex Conference 2023 in July.", "2025-08-01", ("Zorvex Conference 2023", "date", "2023-07")),
        # "last June": the latest June before the document's month; "Last Friday" on a Friday: the week before
        ("Tencent unveiled Hunyuan 3 last June.", "2025-03-21", ("Hunyuan 3", "releaseDate", "2024-06")),
        ("Tencent unveiled Hunyuan 3 last June.", "2025-06-21", ("Hunyuan 3", "releaseDate", "2024-06")),
        ("Last Friday, Tencent released Hunyuan 3.", "2025-07-04", ("Hunyuan 3", "releaseDate", "2025-06-27")),
        ("Abbreviated: Tencent released Hunyuan 3 on 31 Dec 2024.", "2025-07-04", ("Hunyuan 3", "releaseDate", "2024-12-31")),
        # "that October": the month in the year the narrative is in; an app "on Android" is not the platform's release
        ("Moonshot AI was founded in March 2023. Its Hunyuan assistant, launched that October, was a hit.", "2025-06-10",
         ("Hunyuan", "releaseDate", "2023-10")),
        ("Baidu began rolling out ERNIE Bot on Hunyuan earlier this month.", "2025-06-10", ("ERNIE Bot", "releaseDate", "2025-06")),
        # "this Thursday": the Thursday of the document's week; "did not ... until" says when it did
        ("The Zorvex Forum opens this Thursday and runs for five days.", "2025-03-24", ("Zorvex Forum", "date", "2025-03-27")),
        ("Zhipu AI did not present itself until the Zorvex Conference in Shanghai in July 2024.", "2025-06-10",
         ("Zorvex Conference", "date", "2024-07")),
        # a range of days is dated by its first day; day-first numeric dates
        ("Tencent attended the Zorvex Conference 2024 (25–29 April 2024) in Beijing.", "2025-06-02", ("Zorvex Conference 2024", "date", "2024-04-25")),
        ("The Zorvex Summit, held June 20-22, 2025, drew crowds.", "2025-07-02", ("Zorvex Summit", "date", "2025-06-20")),
        ("Tencent released Hunyuan 3 on 29/02/2024.", "2025-06-02", ("Hunyuan 3", "releaseDate", "2024-02-29")),
        # a tracker's entry: its date, a dash, its subject; the issue date over the one it takes effect
        ("Tracker\n\n2022-11-25 — Provisions on Zorvex Synthesis. The CAC issued them.\n", "2025-03-21",
         ("Provisions on Zorvex Synthesis", "date", "2022-11-25")),
        ("Tracker\n\nEffective: 1 September 2025 / Issued: 14 March 2025 — Measures for Zorvex Labelling (final)\n", "2025-03-21",
         ("Measures for Zorvex Labelling", "date", "2025-03-14")),
        # counted from the narrative's last date: "the next day", "two weeks later", "on the 16th", chained in a sentence
        ("Kuaishou opened Kling to testers on June 6, and the next day Alibaba released Qwen2.", "2024-12-30", ("Qwen2", "releaseDate", "2024-06-07")),
        ("Tencent released Hunyuan 2 on January 16. Two weeks later Baidu released ERNIE 5.", "2024-12-30", ("ERNIE 5", "releaseDate", "2024-01-30")),
        ("In August, Baidu released ERNIE 5 on the 8th.", "2024-12-30", ("ERNIE 5", "releaseDate", "2024-08-08")),
        ("Baidu released ERNIE 5 on November 12, Tencent released Hunyuan 2 four days later and Kuaishou released Qwen3 "
         "eight days after that.", "2024-12-30", ("Qwen3", "releaseDate", "2024-11-24")),
        # a listing's name alone on its line, its date opening the next line
        ("Calendar\n\nZorvex Summit 2025\n8–12 Aug. 2025, Beijing\nHost: Tencent\n", "2025-06-02", ("Zorvex Summit 2025", "date", "2025-08-08")),
        # "made its debut on", "became available to developers in"
        ("Hunyuan 3 made its debut on January 20.", "2025-06-10", ("Hunyuan 3", "releaseDate", "2025-01-20")),
        ("Hunyuan 3 became available to developers in July 2025.", "2025-08-10", ("Hunyuan 3", "releaseDate", "2025-07")),
        # an archive's entries each open with their own date line: "today" in an entry is that day
        ("Newsroom\n\nApril 22, 2025 | Product\nTencent today launched Hunyuan 3.\n\n27 Mar 2025 | Corporate\n"
         "Tencent today released Hunyuan 2.\n", "2025-04-23", ("Hunyuan 2", "releaseDate", "2025-03-27")),
    ],
)
def test_more_date_shapes(extract_text, text, date, fact):
    assert fact in facts_of(extract_text(text, date)), facts_of(extract_text(text, date))


def test_weekdays_need_the_documents_own_date(nlp, resolver):
    from kg.extract import extraction_from_doc
    from kg.nlp import process

    text = "Baidu on Friday launched ERNIE X1. An unrelated item is dated March 3, 2025."
    with_own = facts_of(extraction_from_doc(process(nlp, text, "2025-04-26"), resolver), "releaseDate")
    cited_only = facts_of(extraction_from_doc(process(nlp, text, None), resolver), "releaseDate")
    assert with_own == {("ERNIE X1", "releaseDate", "2025-04-25")}
    assert cited_only == set()  # the latest date a page cites is no ground for "Friday"


def test_a_bare_short_alias_needs_its_family_in_the_document():
    from extractors.gazetteer import Gazetteer
    from kg.registry import RegistryEntry

    g = Gazetteer([RegistryEntry("DeepSeek", "DeepSeek", "Company"),
                   RegistryEntry("DeepSeek-R1", "DeepSeek-R1", "LanguageModel", aliases=("R1",), developer="DeepSeek")])
    assert [m.text for m in g.find("Unitree showed its R1 robot.")] == []
    assert [m.text for m in g.find("DeepSeek said R1 is open.")] == ["DeepSeek", "R1"]


@pytest.mark.parametrize(
    "text,date,fact",
    [
        ("Tencent led a $300 million funding round in Zhipu AI.", None, ("Tencent", "investedIn", "Zhipu AI")),
        ("Moonshot AI raised $1 billion in a round led by Alibaba.", None, ("Alibaba Group", "investedIn", "Moonshot AI")),
        ("Tencent agreed to integrate Hunyuan into Baidu's ERNIE Bot.", None, ("Hunyuan", "integratedInto", "ERNIE Bot")),
        ("Zhipu AI was founded in 2019 by Tang Jie.", None, ("Tang Jie", "affiliatedWith", "Zhipu AI")),
        ("Kuaishou plans to scale up its Kling 2.1 model.", None, ("Kling 2.1", "developer", "Kuaishou")),
        ("The Zhongguancun Forum will be held in Beijing in July.", "2025-11-20", ("Zhongguancun Forum", "date", "2026-07")),
    ],
)
def test_rounds_integration_founders_and_future_dates(extract_text, text, date, fact):
    assert fact in facts_of(extract_text(text, date)), facts_of(extract_text(text, date))


def test_a_dateline_place_takes_no_part_in_relations(extract_text):
    got = facts_of(extract_text("BEIJING -- Chinese President Xi Jinping spoke on Friday.", "2025-04-26"), "affiliatedWith")
    assert ("Xi Jinping", "affiliatedWith", "Beijing") not in got and ("Xi Jinping", "affiliatedWith", "China") in got


def test_a_year_in_an_event_name_gives_way_to_a_precise_date(extract_text):
    got = facts_of(extract_text("The 2026 Zhongguancun Forum will open in Beijing in July.", "2025-11-20"), "date")
    assert got == {("2026 Zhongguancun Forum", "date", "2026-07")}, got


def test_lowercase_policy_names_keep_their_adjectives_and_stop_at_function_words(extract_text):
    got = names_types(extract_text("Scholars drafted a comprehensive AI law. Beijing regulated generative AI with final rules. "
                                   "Zorvex started its Zorvex Chat app; Zorvex said so."))
    assert got.get("comprehensive AI law") == "Policy"
    assert not any("with final" in n for n in got), got


def test_a_discovered_name_is_the_same_name_where_it_comes_again(extract_text):
    ex = extract_text("Beijing startup Zorvex released a chatbot. Zorvex said Tencent invested in Zorvex in 2024.")
    assert ex.mentions.get("Zorvex") == 3
    assert ("Tencent", "investedIn", "Zorvex") in facts_of(ex)
    assert facts_of(extract_text("Investors in Zhipu AI include Tencent.")) == {("Tencent", "investedIn", "Zhipu AI")}


def test_an_abbreviation_in_brackets_does_not_break_the_sentence(extract_text):
    got = facts_of(extract_text("The Cyberspace Administration of China (CAC) released draft rules on chatbots."), "issuedBy")
    assert ("draft rules on chatbots", "issuedBy", "Cyberspace Administration of China") in got or (
        "rules on chatbots", "issuedBy", "Cyberspace Administration of China") in got, got


def test_a_short_alias_is_not_resolved_without_the_gazetteer(resolver):
    from kg.extract import Resolver
    from kg.registry import RegistryEntry

    r = Resolver([RegistryEntry("DeepSeek-R1", "DeepSeek-R1", "LanguageModel", aliases=("R1", "DeepSeek R1"), developer="DeepSeek")])
    assert r.lookup("R1") is None and r.lookup("DeepSeek R1").key == "DeepSeek-R1"


@pytest.mark.parametrize(
    "text,fact,wrong",
    [
        ("The Beijing Academy (BAA), led by director Wang Wei, released Emu9 models.",
         ("Wang Wei", "affiliatedWith", "Beijing Academy"), ("Emu9", "developer", "Wang Wei")),
        ("Zhipu AI was spun out of Tsinghua University and has received backing from Tencent.",
         ("Tencent", "investedIn", "Zhipu AI"), ("Tencent", "investedIn", "Tsinghua University")),
        ("Wang Wei leads the Qwen team at Alibaba Cloud after leaving Tencent.",
         None, ("Wang Wei", "investedIn", "Tencent")),
    ],
)
def test_led_by_coordination_and_leading_a_team(extract_text, text, fact, wrong):
    got = facts_of(extract_text(text))
    assert (fact is None or fact in got) and wrong not in got, got


def test_dates_descriptions_and_teams_are_not_model_names(extract_text):
    got = names_types(extract_text("Published 18 November 2025. It ships under an Apache 2.0 licence. "
                                   "Moore Threads, a Beijing-based GPU designer, grew. Wu leads the Seed foundation model team."))
    assert not ({"18 November", "Apache 2.0", "Beijing-based", "Seed"} & set(got)), got


def test_a_year_heading_dates_the_entries_below_it(extract_text):
    text = ("Chronicle\n\n2017\nThe State Council issues the Next Generation Plan, aiming to lead by 2030.\n\n"
            "2023\nJuly: The CAC releases the Interim Measures for Chatbots.\nMarch: Zhipu AI releases GLM-9.\n")
    got = facts_of(extract_text(text))
    assert ("Next Generation Plan", "date", "2017") in got
    assert ("Interim Measures for Chatbots", "date", "2023-07") in got
    assert ("GLM-9", "releaseDate", "2023-03") in got


def test_a_date_right_before_an_event_and_plural_heads(extract_text):
    got = facts_of(extract_text("Baidu launched its ERNIE 5 large models on Friday at the Zhongguancun Forum.", "2025-06-20"))
    assert ("ERNIE 5", "releaseDate", "2025-06-20") in got and ("Zhongguancun Forum", "date", "2025-06-20") in got


def test_a_head_noun_names_the_class_and_a_maker_names_its_products(extract_text):
    got = names_types(extract_text("Kuaishou unveiled its self-developed KX O1 mobile processor. "
                                   "It will power the Kuaishou Pad 7 Ultra tablet."))
    assert got.get("KX O1") == "Product" and got.get("Kuaishou Pad 7 Ultra") == "Product", got
    facts = facts_of(extract_text("Kuaishou said the chip powers the Kuaishou Pad 7 Ultra tablet."))
    assert ("Kuaishou Pad 7 Ultra", "developer", "Kuaishou") in facts


def test_a_company_title_without_a_company_looks_at_the_sentence_before(extract_text):
    got = facts_of(extract_text("Kuaishou unveiled a chip. Founder and chief executive Su Hua said it would ship soon."))
    assert ("Su Hua", "affiliatedWith", "Kuaishou") in got
    got = facts_of(extract_text("Kuaishou unveiled a chip. President Xi Jinping said nothing."))
    assert not [f for f in got if f[1] == "affiliatedWith" and f[2] == "Kuaishou"], got


@pytest.mark.parametrize(
    "text,fact",
    [
        ("Zhipu AI launched GLM-9. The company is backed by state funds and counts Kuaishou among its shareholders.",
         ("Kuaishou", "investedIn", "Zhipu AI")),
        ("Tencent released Hunyuan 3. The model was built on Qwen and has since been integrated into Kuaishou's app.",
         ("Hunyuan 3", "basedOn", "Qwen")),
        ("Moonshot AI, founded by former Baidu engineer Yang Zhilin, grew.", ("Yang Zhilin", "affiliatedWith", "Moonshot AI")),
        ("Zhipu AI, the Beijing model maker founded by Tang Jie, grew.", ("Tang Jie", "affiliatedWith", "Zhipu AI")),
        ("Moonshot AI released Step-R1-V-Mini, a reasoning model.", ("Step-R1-V-Mini", "developer", "Moonshot AI")),
    ],
)
def test_anaphora_founders_and_attributive_places(extract_text, text, fact):
    assert fact in facts_of(extract_text(text)), facts_of(extract_text(text))


def test_a_coordinated_predicate_belongs_to_the_subject(extract_text):
    got = facts_of(extract_text("Tencent released Hunyuan 3. The model was built on Qwen and has since been integrated into Kuaishou."))
    assert ("Hunyuan 3", "integratedInto", "Kuaishou") in got and ("Qwen", "integratedInto", "Kuaishou") not in got, got


def test_a_surname_alone_is_the_person_named_before(extract_text):
    ex = extract_text("Zorvex named Yin Hejun chief executive. Yin previously served as president of Tsinghua University.")
    assert ("Yin Hejun", "affiliatedWith", "Tsinghua University") in facts_of(ex)
    two = extract_text("Wang Wei and Wang Tao met. Wang said Tsinghua University would grow.")
    assert not [f for f in facts_of(two) if f[1] == "affiliatedWith"]  # which Wang? nobody


def test_possessive_companies_and_products_named_after_companies(extract_text):
    got = facts_of(extract_text("Tencent's Kuaishou outage broke parts of the internet. Zhipu AI's Tencent repository grew."))
    assert ("Kuaishou", "subsidiaryOf", "Tencent") in got
    assert ("Tencent", "subsidiaryOf", "Zhipu AI") not in got
    got = facts_of(extract_text("Startup Zorvex AI grew fast. Analysts praised the new Zorvex model."), "developer")
    assert got == {("Zorvex", "developer", "Zorvex AI")}, got


def test_a_policy_title_is_matched_only_in_its_own_case():
    from extractors.gazetteer import Gazetteer
    from kg.extract import Resolver
    from kg.registry import RegistryEntry

    plan = RegistryEntry("Americas_AI_Action_Plan", "America's AI Action Plan", "Policy", aliases=("AI Action Plan",))
    g = Gazetteer([plan])
    assert [m.text for m in g.find("The White House released the AI Action Plan.")] == ["AI Action Plan"]
    assert g.find("Beijing releases AI action plan") == []
    r = Resolver([plan])
    assert r.lookup("AI action plan") is None and r.lookup("AI Action Plan").key == "Americas_AI_Action_Plan"


def test_a_bare_version_after_a_release_verb_is_its_developers_model(extract_text):
    ex = extract_text("Aug. 22 — Zhipu AI released V9.1, saying it runs on domestic chips. Tencent sold 3 billion shares.",
                      "2025-10-02")
    got = facts_of(ex)
    assert ("Zhipu AI-V9.1", "developer", "Zhipu AI") in got or ("Zhipu AI V9.1", "developer", "Zhipu AI") in got, got
    assert any(f[1] == "releaseDate" and f[2] == "2025-08-22" for f in got), got
    model = next(e for e in ex.entities.values() if e.name.endswith("V9.1"))
    assert "V9.1" in model.aliases


def test_possessed_units_investors_and_names_of_unknown_funds(extract_text):
    got = facts_of(extract_text("Zhipu AI, which has received investment from Tencent's venture arm Zorvex7, grew fast."))
    assert ("Zorvex7", "investedIn", "Zhipu AI") in got and ("Zorvex7", "subsidiaryOf", "Tencent") in got
    assert ("Tencent", "investedIn", "Zhipu AI") not in got, got
    got = facts_of(extract_text("Zhipu AI launched GLM-9. The company is backed by state funds including the Beijing AI "
                                "Industry Investment Fund and counts Kuaishou among its shareholders."))
    assert ("Kuaishou", "investedIn", "Zhipu AI") in got and ("Zhipu AI", "investedIn", "Kuaishou") not in got, got


def test_a_contrast_before_a_name_starts_no_list(extract_text):
    got = facts_of(extract_text("Unlike Baidu, Alibaba released Qwen as open source. According to Tencent, Kuaishou launched Kling 3."))
    assert ("Qwen", "developer", "Alibaba Group") in got and ("Qwen", "developer", "Baidu") not in got
    assert ("Kling 3", "developer", "Tencent") not in got and not [f for f in got if f[1] == "partnerOf"], got


def test_an_event_dated_after_its_place(extract_text):
    got = facts_of(extract_text("Zhang Wei attended the Zhongguancun Forum in Beijing in February.", "2025-11-14"), "date")
    assert got == {("Zhongguancun Forum", "date", "2025-02")}, got


def test_who_releases_a_model_is_an_organisation(extract_text):
    ex = extract_text("Zorvex released Zorvex-3, a reasoning model, on Monday. Investors said Zorvex would grow. "
                      "Researchers released a new dataset.", "2025-06-01")
    got = names_types(ex)
    assert got.get("Zorvex") == "Company" and "Researchers" not in got, got
    assert ("Zorvex-3", "developer", "Zorvex") in facts_of(ex)


def test_where_an_event_is_held(extract_text):
    got = facts_of(extract_text("Fans came to the Zhongguancun Forum, which opened in Beijing on Thursday.", "2025-08-15"))
    assert ("Zhongguancun Forum", "involves", "Beijing") in got, got


def test_chinese_names_are_found_in_chinese_text(extract_text):
    ex = extract_text("阿里巴巴集团推出了Qwen模型。")  # the fixture registry knows 阿里巴巴集团 as Alibaba Group's Chinese name
    got = names_types(ex)
    assert got.get("Alibaba Group") == "Company" and got.get("Qwen") == "AIModel", got


def test_companies_added_to_a_list_are_its_targets_and_the_addition_does_not_date_it(extract_text):
    ex = extract_text("The Commerce Department added Zhipu AI and Kuaishou to its Entity List in January. "
                      "Tencent was added to the Entity List in 2023.", "2025-03-01")
    got = facts_of(ex)
    assert {("Entity List", "targets", "Zhipu AI"), ("Entity List", "targets", "Kuaishou"), ("Entity List", "targets", "Tencent")} <= got, got
    assert not [f for f in got if f[0] == "Entity List" and f[1] in ("date", "issuedBy") and f[2] in ("2025-01", "2023", "Tencent")], got


def test_a_head_noun_later_in_the_document_decides_the_class(extract_text):
    ex = extract_text("Kuaishou bets on chips as KX O1 debuts. Kuaishou unveiled its self-developed KX O1 mobile processor.")
    assert names_types(ex).get("KX O1") == "Product"


def test_it_opening_a_sentence_is_the_company_before(extract_text):
    got = facts_of(extract_text("Tencent is a large investor in AI start-ups. It has backed Moonshot AI and Zhipu AI."))
    assert {("Tencent", "investedIn", "Moonshot AI"), ("Tencent", "investedIn", "Zhipu AI")} <= got, got


def test_policies_like_and_pages_on_platforms(extract_text):
    got = facts_of(extract_text("The State Council has made AI a national priority with policies like the Next Generation Plan."))
    assert ("Next Generation Plan", "issuedBy", "State Council") in got, got
    got = facts_of(extract_text("Zhipu AI's Tencent repository update reveals a new model labeled GLM-9."))
    assert ("GLM-9", "developer", "Tencent") not in got, got


def test_fast_start_keeps_every_match_of_every_scanning_rule():
    """The first-character look-ahead in front of the discovery rules and the date pattern changes no match."""
    import re
    from pathlib import Path

    from extractors.dates import _DATE_LOW
    from extractors.discovery import Discovery
    from extractors.lexicon import fast_start

    root = Path(__file__).parent / "fixtures"
    text = "\n\n".join(p.read_text(encoding="utf-8", errors="replace") for p in sorted(root.rglob("*.txt")))
    text += (
        "\nOn Sept. 28, 2025 the Ministry of Industry and Information Technology (MIIT) issued Measures for Labeling. "
        "Zorvex Technologies Co. released Qwen3-Max and Kimi K2 (2023–2025) last Monday; a year ago, 12 March 2024."
    )
    rules = Discovery().rules
    # (a rule anchored at the text's start, a masthead's, scans nothing and needs no look-ahead)
    scanning = [r for r in rules if not r.regex.pattern.startswith("\\A")]
    assert sum(r.regex.pattern.startswith("(?=[") for r in scanning) >= len(scanning) - 1
    for pattern in [r.regex for r in rules] + [_DATE_LOW]:
        plain = re.compile(pattern.pattern.split("])(?:", 1)[1][:-1] if pattern.pattern.startswith("(?=[") else pattern.pattern, pattern.flags)
        haystack = text.lower() if pattern is _DATE_LOW else text
        assert [m.span() for m in pattern.finditer(haystack)] == [m.span() for m in plain.finditer(haystack)], pattern.pattern[:60]
    assert any(_DATE_LOW.finditer(text.lower()))
    # nothing to gain or no bound: the pattern comes back unchanged
    for p in (r"\b(?:a|b)?", r"(?i)\bqwen\d", r".x", r"[^a]b", r"\b(?i:x)y"):
        assert fast_start(re.compile(p)).pattern == p
    assert fast_start(re.compile(r"\b(?:Jan|\d{4})")).pattern == r"(?=[J\d])(?:\b(?:Jan|\d{4}))"


# -- funding rounds, deals, clauses (session 3) -----------------------------------------------------------------
@pytest.mark.parametrize(
    "text,present,absent",
    [
        # a deal noun after a signing verb: partners, and no policy named "cooperation agreement"
        ("Zorvex Robotics signed a strategic cooperation agreement with Baidu on Tuesday.",
         {("Zorvex Robotics", "partnerOf", "Baidu")}, {"issuedBy"}),
        ("Tencent and Baidu announced a partnership on cloud services.", {("Tencent", "partnerOf", "Baidu")}, set()),
        # who raises a round is a firm; the round's leader and participants invested in it
        ("Robotics startup Quillon grows. Quillon raised 800 million yuan in a Series E round led by Shenzhen Capital Group, "
         "with participation from Prosperity7 Ventures.",
         {("Shenzhen Capital Group", "investedIn", "Quillon"), ("Prosperity7 Ventures", "investedIn", "Quillon")}, set()),
        ("Zhipu AI completed a funding round of 1.1 billion yuan led by Tencent.", {("Tencent", "investedIn", "Zhipu AI")},
         {("Zhipu AI", "investedIn", "Tencent")}),
        # "The round" / "Investors in the round" stand for the firm of the sentence before
        ("Moonshot AI has closed a new round. The round was led by Tencent, with participation from Baidu.",
         {("Tencent", "investedIn", "Moonshot AI"), ("Baidu", "investedIn", "Moonshot AI")}, set()),
        ("Moonshot AI raised 1.1 billion yuan last month. Investors in the round included Tencent and Kuaishou.",
         {("Tencent", "investedIn", "Moonshot AI"), ("Kuaishou", "investedIn", "Moonshot AI")}, set()),
        # names inside a participle clause are not the subject of the verb after it
        ("The new app is popular. The startup, backed by Tencent and Baidu, also operates the ERNIE Bot app.", set(),
         {("ERNIE Bot", "developer", "Tencent"), ("ERNIE Bot", "developer", "Baidu"), "partnerOf"}),
        ("Kuaishou, backed by Tencent and Baidu, also operates ERNIE Bot.",
         {("ERNIE Bot", "developer", "Kuaishou"), ("Tencent", "investedIn", "Kuaishou")}, {("ERNIE Bot", "developer", "Tencent")}),
        # a noun in apposition owned by a possessor; a product that supports a model; "builds on"
        ("Hunyuan, Tencent's chatbot, has many users.", {("Hunyuan", "developer", "Tencent")}, set()),
        ("Baidu's ERNIE Bot now supports Qwen.", {("Qwen", "integratedInto", "ERNIE Bot")}, set()),
        ("The Zorvex-2 model builds on Qwen.", {("Zorvex-2", "basedOn", "Qwen")}, set()),
        # a finite verb ends a possessive: the country does not issue what its ministry drafts
        ("China's science ministry drafts rules on AI ethics.", set(), {("rules on AI ethics", "issuedBy", "China")}),
        # "an action plan on ...", an amount between "invested" and "in", long fund names
        ("In January, the State Council published an action plan on data labelling.",
         {("action plan on data labelling", "issuedBy", "State Council"), ("action plan on data labelling", "date", "2025-01")}, set()),
        ("Beijing Artificial Intelligence Industry Investment Fund invested 300 million yuan in Zhipu AI.",
         {("Beijing Artificial Intelligence Industry Investment Fund", "investedIn", "Zhipu AI")}, set()),
        # a person's company; "last October" after a released model
        ("Zhang Wei's Zorvex Robotics released the Zorvex-2 model last October.",
         {("Zhang Wei", "affiliatedWith", "Zorvex Robotics"), ("Zorvex-2", "releaseDate", "2024-10")}, set()),
        # a date heading an entry dates the event or the policy that is its subject
        ("July: The Third Plenum called for new institutions.", {("Third Plenum", "date", "2024-07")}, set()),
        ("March: The Measures for Labeling AI Content came into force.", {("Measures for Labeling AI Content", "date", "2025-03")}, set()),
        # "The rules" stands for the policy of the sentence before; a bare "by" only right after a name
        ("The Measures for Labeling AI Content took effect. The rules were drawn up by the CAC.",
         {("Measures for Labeling AI Content", "issuedBy", "Cyberspace Administration of China")}, set()),
        ("The CAC issued the Measures for Labeling AI Content. The measures were criticised by Baidu.", set(),
         {("Measures for Labeling AI Content", "issuedBy", "Baidu")}),
        # a company's name without its suffix is the company; a name that describes the next one takes no part
        ("Zorvex Robotics is growing. Analysts said Zorvex released the Zorvex-3 model in May.",
         {("Zorvex-3", "developer", "Zorvex Robotics")}, set()),
        ("Tencent also invested in Baidu rival Zhipu AI.", {("Tencent", "investedIn", "Zhipu AI")}, {("Tencent", "investedIn", "Baidu")}),
        # two lists as long as each other: each made its own, in order, and they are no partners
        ("Labs such as Baidu and Tencent have released models including ERNIE and Hunyuan.",
         {("ERNIE", "developer", "Baidu"), ("Hunyuan", "developer", "Tencent")},
         {("ERNIE", "developer", "Tencent"), ("Hunyuan", "developer", "Baidu"), "partnerOf"}),
        # a possessive does not run across "into its"; an event held "from" a date
        ("Zorvex Robotics integrated Tencent's models into its Zorvex Pilot system.", set(), {("Zorvex Pilot", "developer", "Tencent")}),
        ("The Zorvex AI Summit was held in Beijing from July 26 to 28.", {("Zorvex AI Summit", "date", "2024-07-26")}, set()),
        # a head noun after a new versioned name gives its class, and may close the first name of a list
        ("Baidu launched the Zorvex O1, a smartphone processor. The Zorvex O1 will power the Zorvex 15 phone and the Pad 7 tablet.",
         {("Zorvex O1", "integratedInto", "Zorvex 15"), ("Zorvex O1", "integratedInto", "Pad 7")}, set()),
        # "it" before a relation verb: the nearest company or model before it, else the first of the sentence before
        ("Alibaba said it would invest in Zhipu AI.", {("Alibaba Group", "investedIn", "Zhipu AI")}, set()),
        ("The Zorvex-2 model tops a leaderboard. But critics dislike the way it referenced Baidu's ERNIE.",
         {("Zorvex-2", "basedOn", "ERNIE")}, set()),
        ("Baidu did not say whether it would release Hunyuan.", set(), {"developer"}),
        # a possessor opening an apposition: its unit, and the verb after it belongs to the head; stakes are investments
        ("Zorvex Labs, Baidu's chip design unit, unveiled the Zorvex 510 chip.",
         {("Zorvex Labs", "subsidiaryOf", "Baidu"), ("Zorvex 510", "developer", "Zorvex Labs")}, {("Zorvex 510", "developer", "Baidu")}),
        ("Tencent took a 5% stake in Zhipu AI.", {("Tencent", "investedIn", "Zhipu AI")}, set()),
        # more ways to name a maker
        ("Hunyuan comes from Tencent.", {("Hunyuan", "developer", "Tencent")}, set()),
        ("The Hunyuan model by Tencent tops benchmarks.", {("Hunyuan", "developer", "Tencent")}, set()),
        ("Tencent is behind Hunyuan.", {("Hunyuan", "developer", "Tencent")}, set()),
        ("Baidu, the developer of ERNIE, raised money.", {("ERNIE", "developer", "Baidu")}, set()),
        ("Developed by Tencent, Hunyuan is a reasoning model.", {("Hunyuan", "developer", "Tencent")}, set()),
        ("Hunyuan is Tencent's latest reasoning model.", {("Hunyuan", "developer", "Tencent")}, set()),
        # "sanctions against X"; a verb ends a policy's name and names what it targets
        ("The US imposed sanctions against Tencent in 2019.", {("sanctions against Tencent", "targets", "Tencent")}, set()),
        ("The new rules on deepfakes target Tencent and Baidu.",
         {("rules on deepfakes", "targets", "Tencent"), ("rules on deepfakes", "targets", "Baidu")}, set()),
        # who attended, won or met at an event takes part in it
        ("The Zorvex AI Summit, attended by Vice Premier Li Qiang and Zhang Wei, ended.",
         {("Zorvex AI Summit", "involves", "Li Qiang"), ("Zorvex AI Summit", "involves", "Zhang Wei")}, set()),
        ("Tencent won the first Zorvex Robot Games.", {("Zorvex Robot Games", "involves", "Tencent")}, set()),
        ("Tencent won a contract from Baidu.", set(), {"involves"}),
        # "its own video generator" in apposition; a known firm's investment arm is a unit of its own
        ("Tencent cut prices for Hunyuan, its own video generator.", {("Hunyuan", "developer", "Tencent")}, set()),
        ("Zhipu AI, a Beijing startup backed by Baidu Ventures, grew.", {("Baidu Ventures", "investedIn", "Zhipu AI")},
         {("Baidu", "investedIn", "Zhipu AI")}),
        # a table row "date | actor | what it did"; "added N entities, including X and Y, to the list"
        ("2025-08-26 | State Council | Issues the Zorvex Plan on AI adoption", {("Zorvex Plan", "issuedBy", "State Council"),
         ("Zorvex Plan", "date", "2025-08-26")}, set()),
        ("The US added 140 entities, including Tencent and Baidu, to the Zorvex List.",
         {("Zorvex List", "targets", "Tencent"), ("Zorvex List", "targets", "Baidu")}, set()),
        # a policy aimed at a demonym's noun targets the country
        ("The Zorvex Pact, aimed at countering Chinese influence in Asia, was signed.", {("Zorvex Pact", "targets", "China")}, set()),
        # agencies issuing together are no partners; "which took effect in", "was passed by X in"
        ("The State Council and the CAC jointly released guidelines on AI ethics.", {("guidelines on AI ethics", "issuedBy", "State Council")},
         {"partnerOf"}),
        ("Under the Zorvex Security Law, which took effect in 2021, firms store data locally.", {("Zorvex Security Law", "date", "2021")}, set()),
        ("The Zorvex Protection Law was passed by the State Council in August 2021.", {("Zorvex Protection Law", "date", "2021-08")}, set()),
        # people: "stepped down as CEO of", "Moonshot AI's Yang Zhilin", a number opening a firm's name
        ("Zhang Wei stepped down as CEO of Baidu in 2021.", {("Zhang Wei", "affiliatedWith", "Baidu")}, set()),
        ("Moonshot AI's Zhang Wei spoke.", {("Zhang Wei", "affiliatedWith", "Moonshot AI")}, set()),
        ("Zhang Wei, chairman of 360 Security Group, spoke.", {("Zhang Wei", "affiliatedWith", "360 Security Group")}, set()),
        ("Zhipu AI, in which Tencent holds a stake, raised money.", {("Tencent", "investedIn", "Zhipu AI")}, set()),
        # "its" after a later subject is that subject's; a possessor is no subject; "a startup whose backers include"
        ("Baidu unveiled ERNIE, while Tencent displayed its Hunyuan model.", {("Hunyuan", "developer", "Tencent")},
         {("Hunyuan", "developer", "Baidu")}),
        ("Baidu said it had put Tencent's models into its ERNIE Bot app.", {("ERNIE Bot", "developer", "Baidu")},
         {("ERNIE Bot", "developer", "Tencent")}),
        ("Zhipu AI, a Beijing startup whose backers include Tencent, grew.", {("Tencent", "investedIn", "Zhipu AI")}, set()),
        # the parties of an agreement adopted it
        ("The Zorvex Accord, a trilateral agreement between China, Australia and the United States, took effect.",
         {("Zorvex Accord", "issuedBy", "China"), ("Zorvex Accord", "issuedBy", "United States")}, set()),
        # a relative clause that holds a name of its own: the verb after it is still the head's
        ("Zhipu, which rebranded itself as Z.ai in July, launched GLM-4.5.", {("GLM-4.5", "developer", "Zhipu AI")},
         {"releaseDate"}),
        # "The Beijing-based company" stands for the firm before, through a participle clause and on to the next
        # sentence; a year inside the clause dates the clause, not the release
        ("Zhipu AI raised money. The Beijing-based company, spun out of Tsinghua University in 2019, unveiled GLM-4.5. "
         "The company also released Zorvex-2.", {("GLM-4.5", "developer", "Zhipu AI"), ("Zorvex-2", "developer", "Zhipu AI")},
         {"releaseDate", ("Zorvex-2", "developer", "Tsinghua University"), ("GLM-4.5", "developer", "Tsinghua University")}),
        # a clause with no name after a head noun; an object relative clause names the maker and the date
        ("Tencent's Zorvex-3 model, which the gaming giant open-sourced in April, is based on Qwen.",
         {("Zorvex-3", "basedOn", "Qwen"), ("Zorvex-3", "releaseDate", "2025-04")}, set()),
        ("Hunyuan, which Tencent released in 2023, is popular.", {("Hunyuan", "developer", "Tencent"), ("Hunyuan", "releaseDate", "2023")}, set()),
        ("Hunyuan, which Tencent did not release, is popular.", set(), {"developer"}),
        # a person who founds, runs or joins a firm works there; "its" does not reach across "for"
        ("Liang Wenfeng founded Moonshot AI in 2023.", {("Liang Wenfeng", "affiliatedWith", "Moonshot AI")}, set()),
        ("Liang Wenfeng, a former quant trader, also runs Tencent.", {("Liang Wenfeng", "affiliatedWith", "Tencent")}, set()),
        ("Liang Wenfeng did not join Tencent.", set(), {"affiliatedWith"}),
        ("Apple has chosen Alibaba as its AI partner for Hunyuan users.", set(), {"developer"}),
        # "integrate X into Y": Y hosts X, not the company doing it
        ("Tencent Cloud will integrate Qwen into its Yuanbao app.", {("Qwen", "integratedInto", "Yuanbao")},
         {("Qwen", "integratedInto", "Tencent Cloud")}),
        # units in apposition ("the software arm of", a bracketed other name first, "the brand owned by")
        ("Zorvex Motors, the software arm of Baidu, grew.", {("Zorvex Motors", "subsidiaryOf", "Baidu")}, set()),
        ("Zorvex Cloud (若维云), the cloud unit of Tencent, cut prices.", {("Zorvex Cloud", "subsidiaryOf", "Tencent")}, set()),
        ("Zorvex Auto, the premium car brand owned by Baidu, grew.", {("Zorvex Auto", "subsidiaryOf", "Baidu")}, set()),
        # investors: "was an early investor in", "are shareholders in", "from a group that included",
        # "X's investment arm has taken stakes in", "whose backers are said to include"
        ("Tencent was an early investor in Zhipu AI.", {("Tencent", "investedIn", "Zhipu AI")}, set()),
        ("Tencent and Baidu are shareholders in Zhipu AI.", {("Tencent", "investedIn", "Zhipu AI"), ("Baidu", "investedIn", "Zhipu AI")}, set()),
        ("Tencent was not an investor in Zhipu AI.", set(), {"investedIn"}),
        ("Zhipu AI raised 5 billion yuan last July from a group that included Tencent and Baidu.",
         {("Tencent", "investedIn", "Zhipu AI"), ("Baidu", "investedIn", "Zhipu AI")}, set()),
        ("Tencent's investment arm has taken stakes in Zhipu AI and Moonshot AI.",
         {("Tencent", "investedIn", "Zhipu AI"), ("Tencent", "investedIn", "Moonshot AI")}, set()),
        ("Zhipu AI, whose backers are said to include Tencent, grew.", {("Tencent", "investedIn", "Zhipu AI")}, set()),
        # careers: "He" is the person of the sentence before; studied, worked as ... at, graduated from; co-founders
        ("Zhang Wei studied at Tsinghua University. He later worked as a researcher at Baidu. In 2023 he founded Moonshot AI "
         "in Beijing together with Wang Lei.",
         {("Zhang Wei", "affiliatedWith", "Tsinghua University"), ("Zhang Wei", "affiliatedWith", "Baidu"),
          ("Zhang Wei", "affiliatedWith", "Moonshot AI"), ("Wang Lei", "affiliatedWith", "Moonshot AI")}, set()),
        ("Zhang Wei founded Baidu with money from Tencent.", {("Zhang Wei", "affiliatedWith", "Baidu")}, {("Tencent", "affiliatedWith", "Baidu")}),
        # issuer lists between dashes, with bracketed short names, "– with"; a descriptive word inside a title
        ("March 14 – Four regulators – the CAC, the Ministry of Zorvex Affairs (MZA) and the Ministry of Zorvex Trade – jointly "
         "issued the Measures for Labelling Zorvex Content.",
         {("Measures for Labelling Zorvex Content", "issuedBy", "Cyberspace Administration of China"),
          ("Measures for Labelling Zorvex Content", "issuedBy", "Ministry of Zorvex Affairs"),
          ("Measures for Labelling Zorvex Content", "issuedBy", "Ministry of Zorvex Trade")}, set()),
        ("The Provisions on the Administration of Internet-based Zorvex Services, issued on December 31, 2021, by the CAC, took effect.",
         {("Provisions on the Administration of Internet-based Zorvex Services", "issuedBy", "Cyberspace Administration of China")}, set()),
        ("The CAC and the Ministry of Zorvex Affairs opened a campaign on zorvex problems.",
         {("campaign on zorvex problems", "issuedBy", "Ministry of Zorvex Affairs")}, set()),
        # "which has been integrated into"; "X and the lighter Y" is a list (maker and date shared); a longer name
        ("Tencent's Hunyuan, which has been integrated into the ERNIE Bot app, grew.", {("Hunyuan", "integratedInto", "ERNIE Bot")}, set()),
        ("Zhipu AI released Zorvex-4.5 and the lighter Zorvex-4.5-Air models on May 28.",
         {("Zorvex-4.5-Air", "developer", "Zhipu AI"), ("Zorvex-4.5", "releaseDate", "2025-05-28"),
          ("Zorvex-4.5-Air", "releaseDate", "2025-05-28")}, set()),
        ("Tencent on Sunday released Zorvex3D World Model 1.0.", {("Zorvex3D World Model 1.0", "developer", "Tencent")}, set()),
        # "he" mid-sentence, after an opener that names a place of study, and the person of an earlier sentence
        ("Zhang Wei, 32, is the academic of the group. After a degree at Tsinghua University he completed a PhD at "
         "Baidu. Later he worked as a researcher at Tencent.",
         {("Zhang Wei", "affiliatedWith", "Baidu"), ("Zhang Wei", "affiliatedWith", "Tencent")}, set()),
        # roles in appositions: "a former Huawei engineer", "the ... designer of AI chips led by founder X"
        ("Zhang Wei, a former Tencent engineer, joined Baidu.", {("Zhang Wei", "affiliatedWith", "Tencent")}, set()),
        ("Zhang Wei, a Baidu rival, spoke.", set(), {"affiliatedWith"}),
        ("Zhipu AI, the Beijing-based designer of AI chips led by founder Zhang Wei, grew.", {("Zhang Wei", "affiliatedWith", "Zhipu AI")}, set()),
        # "it" before "struck"/"announced" is the firm of the sentence before; "he" is the subject named last
        ("Baidu relies on partners. In July it struck a deal with Tencent. This month, it announced a partnership with Zhipu AI.",
         {("Baidu", "partnerOf", "Zhipu AI")}, {("Tencent", "partnerOf", "Zhipu AI")}),
        ("Zhang Wei co-founded Baidu in 2000 with Wang Lei. Before that he worked at Tencent.",
         {("Zhang Wei", "affiliatedWith", "Tencent")}, {("Wang Lei", "affiliatedWith", "Tencent")}),
        # "X's chip design arm, Y," and "its chip subsidiary Y" are units; "Dr. X of Y University"; no role across "and"
        ("Tencent's chip design arm, Zorvex Semiconductor, makes chips.", {("Zorvex Semiconductor", "subsidiaryOf", "Tencent")}, set()),
        ("Dr. Zhang Wei of Tsinghua University and Professor Wang Lei of Zhejiang University spoke.",
         {("Zhang Wei", "affiliatedWith", "Tsinghua University"), ("Wang Lei", "affiliatedWith", "Zhejiang University")},
         {("Wang Lei", "affiliatedWith", "Tsinghua University")}),
        # a participle clause closing the sentence ("..., developed jointly by X and Y"); "the startup that X founded";
        # "That model"; "X's early backers include"; "after raising ... from investors including"; "Corp., the ..."
        ("Hunyuan was unveiled at the Zorvex Forum in Beijing on April 27, 2024, developed jointly by Tsinghua University and Baidu.",
         {("Hunyuan", "developer", "Tsinghua University"), ("Hunyuan", "developer", "Baidu")}, set()),
        ("Zhipu AI, the Shanghai start-up that former Baidu executive Zhang Wei founded in 2021, grew.",
         {("Zhang Wei", "affiliatedWith", "Zhipu AI")}, set()),
        ("Tencent released Zorvex-T1. That model is built on Hunyuan.", {("Zorvex-T1", "basedOn", "Hunyuan")}, set()),
        ("Zhipu AI's early backers include Tencent and Baidu.", {("Tencent", "investedIn", "Zhipu AI"), ("Baidu", "investedIn", "Zhipu AI")}, set()),
        ("Zhipu AI Corp., the Beijing maker founded by Zhang Wei in 2012, listed in Hong Kong in 2023 after raising 5.6 billion "
         "yuan from investors including Tencent Holdings Ltd., Baidu and Alibaba.",
         {("Zhang Wei", "affiliatedWith", "Zhipu AI"), ("Baidu", "investedIn", "Zhipu AI"), ("Alibaba Group", "investedIn", "Zhipu AI")}, set()),
        # what an executive presents, the firm they work for made (the firm from the sentence before)
        ("Baidu said profits rose. Speaking at the Zorvex Forum in Wuhan, co-founder and chief executive Zhang Wei "
         "unveiled Zorvex-X1, a reasoning model.", {("Zhang Wei", "affiliatedWith", "Baidu"), ("Zorvex-X1", "developer", "Baidu")},
         {("Zorvex-X1", "developer", "Zhang Wei")}),
        # "X's new video model, called Y"; "added to the US Entity List"
        ("Tencent's new video model, called Zorvex Video 2, tops the chart.", {("Zorvex Video 2", "developer", "Tencent")}, set()),
        ("Zhipu AI was added to the US Zorvex List in January.", {("US Zorvex List", "targets", "Zhipu AI")}, {"date"}),
        # a membership date is no date of the list
        ("Zhipu AI has been on the Zorvex Entity List since October 2023.", set(), {"date"}),
        # the month "May" is no hedge; "may release" is
        ("Tencent released Hunyuan on May 28.", {("Hunyuan", "developer", "Tencent"), ("Hunyuan", "releaseDate", "2025-05-28")}, set()),
        ("Tencent may release Hunyuan soon.", set(), {"developer"}),
        # precision: a company "uses" a chip (no host); a market before "-listed" is no unit; an agency buys nothing;
        # an executive who unveils a product presents it; "X features on Y" is a noun
        ("Baidu uses the Zorvex P800 chip from Kunlunxin.", set(), {"integratedInto"}),
        ("Tencent integrated Qwen last week.", {("Qwen", "integratedInto", "Tencent")}, set()),
        ("Baidu also integrated Tencent's Hunyuan reasoning model into its search engine.", {("Hunyuan", "integratedInto", "Baidu")},
         {("Hunyuan", "integratedInto", "Tencent")}),
        ("Baidu's Nasdaq-listed shares fell.", set(), {"subsidiaryOf"}),
        ("The Cyberspace Administration of China said Tencent broke the law with its 2020 purchase of Zorvex Technology.", set(),
         {("Zorvex Technology", "subsidiaryOf", "Cyberspace Administration of China")}),
        ("Zhang Wei also unveiled the Zorvex 950 system.", set(), {("Zorvex 950", "developer", "Zhang Wei")}),
        # who presents what at an event takes part in it; "at the conference" is the event named before
        ("Tencent presented Hunyuan, its new model, at the Zorvex AI Summit in Shanghai.",
         {("Zorvex AI Summit", "involves", "Tencent"), ("Zorvex AI Summit", "involves", "Hunyuan")}, set()),
        ("The Zorvex AI Summit opened on Friday. At the conference, Baidu drew large crowds.",
         {("Zorvex AI Summit", "involves", "Baidu")}, set()),
        ("BEIJING, Aug 8 (Reuters) - Tencent showed robots at the Zorvex Robot Conference.",
         {("Zorvex Robot Conference", "involves", "Tencent")}, {("Zorvex Robot Conference", "involves", "Reuters")}),
        ("China released a plan on Saturday at the opening of the Zorvex AI Summit.", {("Zorvex AI Summit", "date", "2025-06-14")}, set()),
        # "forked from X's Y" is based on Y, not made by X
        ("Qwen Code, a coding agent forked from Tencent's Hunyuan, grew.", {("Qwen Code", "basedOn", "Hunyuan")},
         {("Qwen Code", "developer", "Tencent")}),
        # a time between a participle and its "by"
        ("Rules on Zorvex Chips were released in March by the CAC.", {("Rules on Zorvex Chips", "issuedBy", "Cyberspace Administration of China")}, set()),
        ("The Hunyuan model was open-sourced last week by Tencent.", {("Hunyuan", "developer", "Tencent")}, set()),
        # a name before "-backed" opens a phrase of its own: no list across it
        ("Tencent-backed Zhipu AI and Alibaba-backed Moonshot AI compete.",
         {("Tencent", "investedIn", "Zhipu AI"), ("Alibaba Group", "investedIn", "Moonshot AI")},
         {("Tencent", "investedIn", "Alibaba Group"), ("Zhipu AI", "investedIn", "Moonshot AI")}),
        # a possessive apposition closing the sentence is a unit, not a second name of a list
        ("The Zorvex X1 chip was designed by Zorvex Technology, Baidu's semiconductor arm.", {("Zorvex Technology", "subsidiaryOf", "Baidu")},
         {("Zorvex X1", "developer", "Baidu")}),
    ],
)
def test_rounds_deals_and_clauses(extract_text, text, present, absent):
    got = facts_of(extract_text(text, "2025-06-17"))
    assert present <= got, got
    for a in absent:
        assert not any(f == a or f[1] == a for f in got), got


def test_parameter_count_makes_a_model_of_an_app_family(extract_text):
    ex = extract_text("Moonshot AI rolled out Kimi-Dev-72B, an open coding model built on top of Qwen2.5-72B.")
    types = {e.name: e.type for e in ex.entities.values()}
    assert types["Kimi-Dev-72B"] in ("AIModel", "LanguageModel") and types["Qwen2.5-72B"] in ("AIModel", "LanguageModel")
    assert ex.entities.get("Kimi") is None or types.get("Kimi") == "Product"


def test_a_head_noun_after_a_new_name_gives_its_class(extract_text):
    ex = extract_text("Baidu launched the Zorvex O1, a smartphone processor, and the Zorvex Q2 model.")
    types = {e.name: e.type for e in ex.entities.values()}
    assert types["Zorvex O1"] == "Product" and types["Zorvex Q2"] in ("AIModel", "LanguageModel")


@pytest.mark.parametrize(
    "text,name,typ",
    [
        ("Counterpoint analyst Ivan Lam said phone sales fell.", "Ivan Lam", "Person"),
        ("Chips are scarce, said Wang Jian, an analyst at Bernstein.", "Bernstein", "Organization"),
        ("Baidu released Quillbot in May.", "Quillbot", "AIModel"),
        ("Baidu launched Quillo, an AI browser, in March.", "Quillo", "Product"),
        ("Baidu said its Zorvex7 smartphones would run ERNIE.", "Zorvex7", "Product"),
        ("The State Council issued the Opinions on Deepening the Implementation of the Zorvex Plan in August.",
         "Opinions on Deepening the Implementation of the Zorvex Plan", "Policy"),
    ],
)
def test_names_next_to_role_words(extract_text, text, name, typ):
    ex = extract_text(text)
    assert {(e.name, e.type) for e in ex.entities.values()} >= {(name, typ)}


def test_no_organisation_made_of_a_legal_suffix(extract_text):
    ex = extract_text("He is an engineer at Monday Inc. and likes it.")
    assert not any(e.name.rstrip(".") in ("Inc", "Monday Inc") and e.type == "Organization" for e in ex.entities.values())


def test_the_verbs_march_and_may_are_no_months(extract_text):
    got = facts_of(extract_text("Workers march past Baidu. Baidu may release ERNIE 4.5 soon, and March ends.", "2025-06-17"))
    assert not any(p in ("releaseDate", "date") for _, p, _ in got), got


def test_verb_forms_and_lexicon_entries():
    from extractors.lexicon import finite_forms, load_lexicon, verb_forms

    assert verb_forms("take over|took over") == {"take over", "takes over", "taking over", "took over"}
    assert verb_forms("build|built") == {"build", "builds", "building", "built"}
    assert finite_forms("draft") == {"drafts", "drafted"} and finite_forms("roll out") == set()
    # "take|took over" would make every "takes" an acquisition: both sides of an irregular entry have as many words
    for key, entries in load_lexicon()["verbs"].items():
        for entry in entries:
            base, _, past = entry.partition("|")
            assert not past or len(base.split()) == len(past.split()), (key, entry)


def test_a_title_case_headline_verb_is_no_investment(extract_text):
    assert not facts_of(extract_text("Tencent Launches Hunyuan, Takes Aim At Baidu"), "investedIn")


def test_no_model_from_a_compound_adjective_or_a_weekday(extract_text):
    ex = extract_text("Baidu released Chinese-language data. Tencent launched Monday a new fund.")
    assert not [e for e in ex.entities.values() if e.type in ("AIModel", "Product")]


def test_generic_adjectives_make_no_policy_name(extract_text):
    ex = extract_text("The State Council issued guidelines on robots, calling for national standards. The CAC issued stricter rules.")
    assert {e.name for e in ex.entities.values() if e.type in ("Policy", "Regulation")} == {"guidelines on robots"}


def test_a_verdict_never_depends_on_the_document_before():
    """The discovery rules cache their verdicts: "Tencent's venture arm Zorvex9" (a firm) read first must not
    make "its Zorvex9 smartphones" (a product) a firm too."""
    from extractors.discovery import Discovery

    first, second = "Zhipu AI got money from Tencent's venture arm Zorvex9.", "Baidu said its Zorvex9 smartphones sell well."
    alone = {(m.text, m.type) for m in Discovery().find(second)}
    d = Discovery()
    d.find(first)
    assert {(m.text, m.type) for m in d.find(second)} == alone == {("Zorvex9", "Product")}


def test_relations_keep_to_the_contract_classes(extract_text):
    """integratedInto points to a product or an organisation, never to a model (ontology/shapes.ttl)."""
    assert not facts_of(extract_text("Tencent agreed to integrate ERNIE into Baidu's Hunyuan."), "integratedInto")


# -- relative clauses, rounds, careers, hosts (session 5) ---------------------------------------------------------
@pytest.mark.parametrize(
    "text,present,absent",
    [
        # an object relative clause names who made, issued or bought each name of the list it hangs on
        ("Hunyuan and Zorvex-2, which Tencent launched in March, are popular.",
         {("Hunyuan", "developer", "Tencent"), ("Zorvex-2", "developer", "Tencent")}, set()),
        ("Hunyuan, a compact reasoning model that Tencent published in May, is fast.", {("Hunyuan", "developer", "Tencent")}, set()),
        ("The Zorvex Data Rules, which the CAC published in July, apply to chatbots.",
         {("Zorvex Data Rules", "issuedBy", "Cyberspace Administration of China")}, set()),
        ("Zorvex Robotics, which Baidu bought in 2021, makes robots.", {("Zorvex Robotics", "subsidiaryOf", "Baidu")}, set()),
        # owned by / spun off: the direction holds
        ("Zorvex Robotics, owned by Baidu, makes robots.", {("Zorvex Robotics", "subsidiaryOf", "Baidu")},
         {("Baidu", "subsidiaryOf", "Zorvex Robotics")}),
        ("Baidu spun off Zorvex Robotics in 2021.", {("Zorvex Robotics", "subsidiaryOf", "Baidu")}, set()),
        # a product that runs or uses a model hosts it; "built on" stays basedOn
        ("Baidu launched the ERNIE Bot app, powered by Qwen.", {("Qwen", "integratedInto", "ERNIE Bot")},
         {("ERNIE Bot", "basedOn", "Qwen")}),
        ("ERNIE Bot now uses Hunyuan for search.", {("Hunyuan", "integratedInto", "ERNIE Bot")}, set()),
        ("ERNIE Bot is built on ERNIE.", {("ERNIE Bot", "basedOn", "ERNIE")}, {"integratedInto"}),
        ("Hunyuan is now available in the ERNIE Bot app.", {("Hunyuan", "integratedInto", "ERNIE Bot")}, set()),
        ("Tencent plugged Qwen into ERNIE Bot.", {("Qwen", "integratedInto", "ERNIE Bot")}, set()),
        # rounds named by their owner
        ("Tencent led Zhipu AI's Series B earlier this year.", {("Tencent", "investedIn", "Zhipu AI")}, set()),
        ("The round for Zhipu AI was led by Tencent.", {("Tencent", "investedIn", "Zhipu AI")}, {("Zhipu AI", "investedIn", "Tencent")}),
        ("Zhipu AI's cornerstone investor was Tencent.", {("Tencent", "investedIn", "Zhipu AI")}, set()),
        # "whose", a colon, careers
        ("Baidu, whose ERNIE Bot tops the chart, cut prices.", {("ERNIE Bot", "developer", "Baidu")}, set()),
        ("Hunyuan: made by Moonshot AI.", {("Hunyuan", "developer", "Moonshot AI")}, set()),
        ("Before joining Tencent, Zhou Lei worked at Baidu for a decade.",
         {("Zhou Lei", "affiliatedWith", "Tencent"), ("Zhou Lei", "affiliatedWith", "Baidu")}, set()),
        ("Zhou Lei, formerly of Baidu, spoke.", {("Zhou Lei", "affiliatedWith", "Baidu")}, set()),
        ("Zhou Lei leads the foundation model team at Tencent.", {("Zhou Lei", "affiliatedWith", "Tencent")}, set()),
        ("Tencent appointed Zhou Lei as chief technology officer.", {("Zhou Lei", "affiliatedWith", "Tencent")}, set()),
        # partners between; a deal between firms names no policy
        ("A partnership between Baidu and Zorvex Motors will bring ERNIE to cars.", {("Baidu", "partnerOf", "Zorvex Motors")}, set()),
        ("Baidu and Zorvex Motors signed a strategic cooperation agreement in May.", {("Baidu", "partnerOf", "Zorvex Motors")}, {"issuedBy"}),
        # a longer description before the investor; relative clauses with "who"/"which" before the verb
        ("Moonshot AI, a company funded by the quantitative hedge fund Tencent, grew.", {("Tencent", "investedIn", "Moonshot AI")}, set()),
        ("Zhou Lei, who studied at Tsinghua University, spoke.", {("Zhou Lei", "affiliatedWith", "Tsinghua University")}, set()),
        ("Zhou Lei, who was chief technology officer of the search company Baidu, spoke.", {("Zhou Lei", "affiliatedWith", "Baidu")}, set()),
        ("Moonshot AI, which partners with Tsinghua University and Baidu, grew.",
         {("Moonshot AI", "partnerOf", "Tsinghua University"), ("Moonshot AI", "partnerOf", "Baidu")}, set()),
        ("Zhou Lei's quant fund Moonshot AI grew.", {("Zhou Lei", "affiliatedWith", "Moonshot AI")}, set()),
        # "whose X model", a possessor's apposition with a decimal in it, present-tense founding, an event opening the sentence
        ("Baidu, whose Zorvex model powers the ERNIE Bot assistant, grew.",
         {("Zorvex", "developer", "Baidu"), ("Zorvex", "integratedInto", "ERNIE Bot")}, set()),
        ("Hunyuan, Tencent's 1.75-trillion-parameter model, is shown.", {("Hunyuan", "developer", "Tencent")}, set()),
        ("Zhou Lei, who left Baidu earlier that year, founds Moonshot AI.",
         {("Zhou Lei", "affiliatedWith", "Moonshot AI"), ("Zhou Lei", "affiliatedWith", "Baidu")}, set()),
        ("At the Zorvex Summit in Beijing, Tencent announced Hunyuan.",
         {("Zorvex Summit", "involves", "Tencent"), ("Zorvex Summit", "involves", "Beijing")}, set()),
        # careers: "set up in 2023 by", "serves as X's chief executive", "and at", a participle carried from the subject
        ("Moonshot AI, a Beijing startup set up in 2023 by Zhou Lei, grew.", {("Zhou Lei", "affiliatedWith", "Moonshot AI")}, set()),
        ("Zhou Lei serves as Tencent's chief executive.", {("Zhou Lei", "affiliatedWith", "Tencent")}, set()),
        ("Zhou Lei later worked as a researcher at Baidu and at Tencent.",
         {("Zhou Lei", "affiliatedWith", "Baidu"), ("Zhou Lei", "affiliatedWith", "Tencent")}, set()),
        ("Zhou Lei started Moonshot AI after graduating in physics from Tsinghua University.",
         {("Zhou Lei", "affiliatedWith", "Moonshot AI"), ("Zhou Lei", "affiliatedWith", "Tsinghua University")}, set()),
    ],
)
def test_clauses_rounds_careers_and_hosts(extract_text, text, present, absent):
    got = facts_of(extract_text(text))
    assert present <= got, got
    for a in absent:
        assert (a not in got) if isinstance(a, tuple) else not any(f[1] == a for f in got), got


def test_a_version_after_a_lettered_part_belongs_to_the_name():
    """"MiniCPM-V 2.6", "MiniCPM-Llama3-V 2.5": the version after a one- or two-letter part or a versioned part."""
    from extractors.discovery import Discovery

    d = Discovery()
    names = {m.text for m in d.find("The Zorvex-V 2.6 model and the Zorvex-Llama3-V 2.5 model are new.")}
    assert {"Zorvex-V 2.6", "Zorvex-Llama3-V 2.5"} <= names, names


def test_a_parenthesis_with_a_date_ends_a_policy_name(extract_text):
    ex = extract_text("The CAC issued measures on labeling AI-generated content (in force Sept. 1).", "2025-10-10")
    assert {e.name for e in ex.entities.values() if e.type in ("Policy", "Regulation")} == {"measures on labeling AI-generated content"}


def test_a_year_after_a_known_event_names_one_edition():
    """"WAIC 2025" is one edition of the registry's WAIC: a node of its own, dated by its year."""
    from extractors.gazetteer import Gazetteer
    from kg.registry import RegistryEntry

    g = Gazetteer([RegistryEntry(id="Zorvex_Expo", name="Zorvex Expo", type="Event", aliases=("ZEX",))])
    found = [(m.text, m.key) for m in g.find("Baidu went to ZEX 2025 and to the Zorvex Expo.")]
    assert found == [("ZEX 2025", None), ("Zorvex Expo", "Zorvex_Expo")], found


def test_a_model_of_a_known_family_is_its_makers_when_the_document_names_the_maker(extract_text):
    """The registry says Qwen is Alibaba Cloud's: "Qwen3-Next" in a document naming Alibaba Cloud is its model too;
    in a document that never names the maker, nothing is said."""
    text = "Alibaba Cloud had a busy month. Separately, the Qwen3-Next model drew praise from developers."
    assert ("Qwen3-Next", "developer", "Alibaba Cloud") in facts_of(extract_text(text), "developer")
    assert not facts_of(extract_text("The Qwen3-Next model drew praise from developers."), "developer")


def test_a_model_named_only_as_a_yardstick_gets_no_family_developer(extract_text):
    """"outperforms Qwen3-Next" compares; the text says nothing about who made Qwen3-Next, so the family rule is
    silent, while a mention of its own still gets the maker."""
    text = "Zhipu AI said its new model outperforms Qwen3-Next and other rivals. Alibaba Cloud was not asked."
    assert ("Qwen3-Next", "developer", "Alibaba Cloud") not in facts_of(extract_text(text), "developer")
    # "its new model outperforms Qwen3-Next": "its" is about Zhipu's model, not the one compared with
    assert ("Qwen3-Next", "developer", "Zhipu AI") not in facts_of(extract_text(text), "developer")
    text2 = text + " Separately, Qwen3-Next drew praise from developers."
    assert ("Qwen3-Next", "developer", "Alibaba Cloud") in facts_of(extract_text(text2), "developer")


def test_a_unit_the_registry_places_under_a_parent_named_in_the_document(nlp):
    from kg.extract import Resolver, extraction_from_doc
    from kg.nlp import process
    from kg.registry import RegistryEntry

    res = Resolver([
        RegistryEntry(id="Zorvex_Group", name="Zorvex Group", type="Company"),
        RegistryEntry(id="Quillon_Technologies", name="Quillon Technologies", type="Company", parent="Zorvex_Group"),
    ])

    def subs(text):
        ex = extraction_from_doc(process(nlp, text, None), res)
        return {(f.subject, f.object) for f in ex.facts if f.predicate == "subsidiaryOf"}

    assert subs("Zorvex Group grew fast. Quillon Technologies cut its prices.") == {("Quillon_Technologies", "Zorvex_Group")}
    assert subs("Quillon Technologies cut its prices.") == set()


def test_the_reference_date_reads_day_first_dates():
    from extractors.dates import reference_date

    assert reference_date("Shipped on 8 December 2025, after the Sept. 3, 2024 draft.") == "2025-12-08"


def test_who_speaks_at_an_event_opener_is_involved_in_it(extract_text):
    """'Speaking at X, the annual forum, chief executive P said' and 'In a keynote at X, Tencent founder P said':
    the event involves the speaker (the person, not the firm a title names)."""
    text = "Speaking at the Zorvex AI Summit, the region's annual technology forum, chief executive Wang Lin said prices would fall."
    assert ("Zorvex AI Summit", "involves", "Wang Lin") in facts_of(extract_text(text), "involves")
    text = "In a keynote at the Zorvex AI Summit, Tencent founder Wang Lin said prices would fall."
    got = facts_of(extract_text(text), "involves")
    assert ("Zorvex AI Summit", "involves", "Wang Lin") in got
    assert ("Zorvex AI Summit", "involves", "Tencent") not in got


def test_an_events_participants_list_and_what_was_released_there(extract_text):
    text = "Exhibitors at the Zorvex AI Summit included Tencent and Kuaishou."
    got = facts_of(extract_text(text), "involves")
    assert {("Zorvex AI Summit", "involves", "Tencent"), ("Zorvex AI Summit", "involves", "Kuaishou")} <= got
    text = "Among those present at the Zorvex AI Summit were Baidu founder Wang Lin and Kuaishou."
    got = facts_of(extract_text(text), "involves")
    assert {("Zorvex AI Summit", "involves", "Wang Lin"), ("Zorvex AI Summit", "involves", "Kuaishou")} <= got
    assert ("Zorvex AI Summit", "involves", "Baidu") not in got
    text = "The Zorvex Governance Action Plan was released at the Zorvex AI Summit."
    assert ("Zorvex AI Summit", "involves", "Zorvex Governance Action Plan") in facts_of(extract_text(text), "involves")
    text = "Premier Wang Lin addressed the opening session of the Zorvex AI Summit in Beijing."
    assert ("Zorvex AI Summit", "involves", "Wang Lin") in facts_of(extract_text(text), "involves")


def test_an_apposition_calling_a_name_a_conference_makes_it_an_event(extract_text):
    ex = extract_text("At Zorvex Connect 2025, the company's annual developer conference, Tencent showed a robot.")
    assert names_types(ex).get("Zorvex Connect 2025") == "Event"
    # the event word must end the apposition: a sponsor of a conference is no conference
    ex = extract_text("Quorvane, the company's AI conference sponsor, grew.")
    assert names_types(ex).get("Quorvane") != "Event"


@pytest.mark.parametrize("text,name", [
    ("Zhipu AI welcomed measures to support the embodied intelligence industry.", "measures to support the embodied intelligence industry"),
    ("MIIT published a three-year action plan (2018-2020) for the new-generation AI industry.", "three-year action plan (2018-2020) for the new-generation AI industry"),
    ("Tencent studied the guidance on Huawei's Ascend chips.", "guidance on Huawei's Ascend chips"),
    ("Beijing adopted a local AI industry regulation in 2022.", "local AI industry regulation"),
])
def test_lower_case_policy_names_with_purpose_clauses_plan_spans_and_possessives(extract_text, text, name):
    assert names_types(extract_text(text)).get(name) == "Policy"


def test_issuers_in_a_participle_opener_and_together_with(extract_text):
    got = facts_of(extract_text("Released by the CAC in 2022, the Zorvex Provisions target deepfakes."), "issuedBy")
    assert ("Zorvex Provisions", "issuedBy", "Cyberspace Administration of China") in got
    got = facts_of(extract_text("Developed by Tencent in 2023, the Zorvex-2 model writes code."), "developer")
    assert ("Zorvex-2", "developer", "Tencent") in got
    got = facts_of(extract_text("The CAC issued the Zorvex Provisions jointly with MIIT."), "issuedBy")
    assert {("Zorvex Provisions", "issuedBy", "Cyberspace Administration of China"), ("Zorvex Provisions", "issuedBy", "Ministry of Industry and Information Technology")} <= got
    # no issuer is said, so none is added: "with" alone names what the policy is about
    got = facts_of(extract_text("The Zorvex Provisions deal together with MIIT rules."), "issuedBy")
    assert ("Zorvex Provisions", "issuedBy", "Ministry of Industry and Information Technology") not in got


@pytest.mark.parametrize("text,fact", [
    ("Kuaishou is already Zhipu AI's largest shareholder.", ("Kuaishou", "investedIn", "Zhipu AI")),
    ("Kuaishou, a video platform, was Zhipu AI's biggest pre-IPO investor.", ("Kuaishou", "investedIn", "Zhipu AI")),
    ("Zhipu AI closed a new round. Earlier backers include Tencent and Kuaishou.", ("Kuaishou", "investedIn", "Zhipu AI")),
    ("Zhipu AI grew fast. Tencent, the gaming giant, was among its first investors.", ("Tencent", "investedIn", "Zhipu AI")),
    # "its" is the firm the sentence before invested in, not its investor
    ("Tencent led a round in Zhipu AI. Kuaishou, a video platform, was among its first investors.", ("Kuaishou", "investedIn", "Zhipu AI")),
    ("Tencent led a funding round of more than $1 billion in Moonshot AI in 2024.", ("Tencent", "investedIn", "Moonshot AI")),
    ("Tencent, the gaming giant, led one of Zhipu AI's earlier funding rounds.", ("Tencent", "investedIn", "Zhipu AI")),
    ("Kuaishou put 500 million yuan into Zhipu AI.", ("Kuaishou", "investedIn", "Zhipu AI")),
    ("Moonshot AI, by contrast, counts the gaming giant Tencent among its backers.", ("Tencent", "investedIn", "Moonshot AI")),
])
def test_investor_shapes(extract_text, text, fact):
    assert fact in facts_of(extract_text(text), "investedIn")


def test_a_shareholder_of_no_one_named_is_no_investor(extract_text):
    # "Tencent's largest shareholder" names Tencent as the owned firm; Kuaishou after "and" is no subject
    got = facts_of(extract_text("Moonshot AI grew. Its rival Kuaishou is Tencent's neighbour and a large shareholder."), "investedIn")
    assert ("Kuaishou", "investedIn", "Tencent") not in got
    got = facts_of(extract_text("Zhipu AI grew fast. Tencent said its investors were patient."), "investedIn")
    assert not got
    got = facts_of(extract_text("Tencent led a round in Zhipu AI. Kuaishou was among its first investors."), "investedIn")
    assert ("Kuaishou", "investedIn", "Tencent") not in got


def test_a_name_an_apposition_calls_a_model_or_an_app(extract_text):
    ex = extract_text("Zorvana, a general-purpose agent app, is free. Quorlex, a model from Tsinghua University, was updated.")
    types = names_types(ex)
    assert types.get("Zorvana") == "Product" and types.get("Quorlex") == "AIModel"
    assert ("Quorlex", "developer", "Tsinghua University") in facts_of(ex, "developer")
    # the head must end the phrase: a large-model startup is no model
    assert names_types(extract_text("Zorvana, a large-model startup, raised money.")).get("Zorvana") != "AIModel"


def test_a_platform_after_on_is_not_what_was_released(extract_text):
    got = facts_of(extract_text("Zorvana, an app that Tencent began rolling out on ERNIE Bot this month, is free."), "developer")
    assert ("ERNIE Bot", "developer", "Tencent") not in got


def test_a_list_member_with_its_own_singular_apposition_stands_apart(extract_text):
    text = "Tencent's Hunyuan and Quorlex, a model from Tsinghua University, opened to the public."
    got = facts_of(extract_text(text), "developer")
    assert ("Hunyuan", "developer", "Tencent") in got
    assert ("Quorlex", "developer", "Tencent") not in got and ("Hunyuan", "developer", "Tsinghua University") not in got


@pytest.mark.parametrize("text,present,absent", [
    ("Wang Lin moved from Baidu to Tencent.", {("Wang Lin", "affiliatedWith", "Baidu"), ("Wang Lin", "affiliatedWith", "Tencent")}, set()),
    ("Wang Lin left Baidu for Tencent's cloud arm.", {("Wang Lin", "affiliatedWith", "Baidu"), ("Wang Lin", "affiliatedWith", "Tencent")}, set()),
    ("Wang Lin spent a decade at Baidu before joining Tencent.", {("Wang Lin", "affiliatedWith", "Baidu"), ("Wang Lin", "affiliatedWith", "Tencent")}, set()),
    ("Tsinghua University, where Zhipu AI founder Wang Lin studied, is expanding.", {("Wang Lin", "affiliatedWith", "Tsinghua University")}, set()),
    # a place naming a part of a firm is no employer: "Baidu's China business"
    ("Zhipu AI was founded by Wang Lin, a former head of Apple's China business.", {("Wang Lin", "affiliatedWith", "Apple")},
     {("Wang Lin", "affiliatedWith", "China")}),
])
def test_careers_across_employers(extract_text, text, present, absent):
    got = facts_of(extract_text(text), "affiliatedWith")
    assert present <= got and not absent & got, got


def test_co_issuers_named_after_together_with_in_a_clause_are_issuers_not_partners(extract_text):
    text = "The Zorvex Measures, which the CAC issued in March together with MIIT, take effect in September."
    ex = extract_text(text)
    assert ("Zorvex Measures", "issuedBy", "Ministry of Industry and Information Technology") in facts_of(ex, "issuedBy")
    assert not facts_of(ex, "partnerOf")
    # the last of a longer list too
    text = "The Zorvex Measures, which the CAC issued in March together with MIIT, the State Council and the Ministry of Zorvex Affairs, take effect."
    ex = extract_text(text)
    assert ("Zorvex Measures", "issuedBy", "Ministry of Zorvex Affairs") in facts_of(ex, "issuedBy")
    assert not facts_of(ex, "partnerOf")


def test_a_date_after_on_is_no_policy_name(extract_text):
    ex = extract_text("The CAC issued rules on December 2, 2024 that cover chatbots.")
    assert not [n for n, t in names_types(ex).items() if t == "Policy" and "December" in n]


def test_it_after_a_closed_clause_is_the_clause_head(extract_text):
    got = facts_of(extract_text("Zhipu AI, which works with Tencent, said it would buy Kuaishou."), "subsidiaryOf")
    assert ("Kuaishou", "subsidiaryOf", "Zhipu AI") in got and ("Kuaishou", "subsidiaryOf", "Tencent") not in got


def test_a_corporate_title_with_no_firm_in_reach_belongs_to_the_last_firm_that_opened_a_sentence(extract_text):
    text = "Tencent reported strong results. Capital spending tripled. On the call, chief executive Wang Lin said more was coming."
    assert ("Wang Lin", "affiliatedWith", "Tencent") in facts_of(extract_text(text), "affiliatedWith")


@pytest.mark.parametrize("text,fact", [
    ("Demand was led by Hunyuan-T1, the reasoning model family Tencent released on April 29.", ("Hunyuan-T1", "releaseDate", "2025-04-29")),
    ("Sales rose for Zorvex-Coder 2, a programming model launched in March.", ("Zorvex-Coder 2", "releaseDate", "2025-03")),
    # a planned release is dated as the text states it, resolved forward
    ("The Zorvex X9 chip is expected to launch in March.", ("Zorvex X9", "releaseDate", "2026-03")),
])
def test_release_dates_after_appositions_and_plans(extract_text, text, fact):
    ex = extract_text(text, "2025-10-09")
    assert fact in facts_of(ex, "releaseDate"), facts_of(ex)


def test_a_version_with_a_two_letter_suffix_is_one_name(extract_text):
    assert "Zorvex 950DT" in names_types(extract_text("Tencent said the Zorvex 950DT chip ships next year."))


@pytest.mark.parametrize("text,present,absent", [
    ("Adopted by the State Council in March 2024, the Zorvex Measures apply in stages.", {("Zorvex Measures", "date", "2024-03")}, set()),
    ("The Zorvex Provisions, jointly issued on December 31, 2021, took effect in March.", {("Zorvex Provisions", "date", "2021-12-31")}, set()),
    # "will" after the date does not make the issue month a future one
    ("Wang said the Zorvex Measures, jointly issued in March by the CAC, will take effect on Sept. 1.",
     {("Zorvex Measures", "date", "2025-03")}, {("Zorvex Measures", "date", "2026-03")}),
    # the opener's date is the release of what follows the comma, not of a model named further on
    ("Announced in September 2025, the cockpit of Tencent's new Zorvex-7 car will feature an assistant.", set(),
     {("Zorvex-7", "releaseDate", "2025-09")}),
])
def test_dates_of_participle_openers_and_clauses(extract_text, text, present, absent):
    got = {f for f in facts_of(extract_text(text, "2025-06-17")) if f[1] in ("date", "releaseDate")}
    assert present <= got and not absent & got, got


def test_a_quoted_word_inside_a_policy_title(extract_text):
    ex = extract_text('The State Council published the Opinions on Deepening the Implementation of the "Zorvex+" Action.')
    assert names_types(ex).get('Opinions on Deepening the Implementation of the "Zorvex+" Action') == "Policy"


@pytest.mark.parametrize("text,present,absent", [
    ("Like Zhipu AI, Kuaishou is on the US Entity List.", {("US Entity List", "targets", "Kuaishou")}, set()),
    ("Kuaishou has been on the US Commerce Department's Entity List since 2023.", {("Entity List", "targets", "Kuaishou")}, set()),
    # what is added "to its" list is no owner of the list
    ("The Commerce Department added Kuaishou to its Entity List.", {("Entity List", "targets", "Kuaishou")},
     {("Entity List", "issuedBy", "Kuaishou")}),
])
def test_being_on_a_list(extract_text, text, present, absent):
    got = facts_of(extract_text(text))
    assert present <= got and not absent & got, got


def test_bare_versions_listed_after_a_versioned_name_are_of_its_family(extract_text):
    ex = extract_text("Tencent said its Zorvex 910B, 910C or 910D chips ship now; it also updated Zorvex-4.5 and 4.6 this year.")
    types = names_types(ex)
    assert {"Zorvex 910D", "Zorvex 910C", "Zorvex-4.6"} <= set(types), types
    assert ("Zorvex 910D", "developer", "Tencent") in facts_of(ex, "developer")
    # a count after a name is no version: "Kimi K2, 3 million users"
    assert not [n for n in names_types(extract_text("Zorvex K2, 3 million users joined.")) if n.endswith(" 3")]


@pytest.mark.parametrize("text,fact", [
    ("The robot was built by Zhipu AI, a company set up in 2023 with backing from Tencent and Kuaishou.", ("Kuaishou", "investedIn", "Zhipu AI")),
    ("Zhipu AI, with funding from Tencent, released a model.", ("Tencent", "investedIn", "Zhipu AI")),
    ("Zhipu AI was founded in 2019 with investment from Tencent.", ("Tencent", "investedIn", "Zhipu AI")),
])
def test_with_backing_from(extract_text, text, fact):
    assert fact in facts_of(extract_text(text), "investedIn")


def test_a_possessor_opening_the_last_member_does_not_end_the_list(extract_text):
    ex = extract_text("Baidu's ERNIE Bot app runs on both the in-house ERNIE models and Zhipu AI's Zorvex-R1.")
    assert {("ERNIE", "integratedInto", "ERNIE Bot"), ("Zorvex-R1", "integratedInto", "ERNIE Bot")} <= facts_of(ex, "integratedInto")
    ex = extract_text("Tencent's Zorvex-2 model is based on Qwen and Kuaishou's Zorvex-K1.")
    assert ("Zorvex-2", "basedOn", "Zorvex-K1") in facts_of(ex, "basedOn")


@pytest.mark.parametrize("text,fact", [
    ("Tsinghua University opened a lab. Wang Lin, dean of the university, spoke.", ("Wang Lin", "affiliatedWith", "Tsinghua University")),
    ("Zhipu AI grew. Wang Lin, chief scientist of the company, spoke.", ("Wang Lin", "affiliatedWith", "Zhipu AI")),
])
def test_a_role_of_a_definite_description_is_of_the_organisation_named_last(extract_text, text, fact):
    assert fact in facts_of(extract_text(text), "affiliatedWith")


def test_a_definite_description_with_no_organisation_of_its_kind_is_nobody(extract_text):
    got = facts_of(extract_text("Zhipu AI grew. Wang Lin, director of the laboratory, spoke."), "affiliatedWith")
    assert ("Wang Lin", "affiliatedWith", "Zhipu AI") not in got


def test_who_remains_the_companys_chief_scientist(extract_text):
    text = "Zhipu AI grew. Wang Lin, who remains the company's chief scientist, spoke."
    assert ("Wang Lin", "affiliatedWith", "Zhipu AI") in facts_of(extract_text(text), "affiliatedWith")


def test_hedged_beliefs_are_no_facts(extract_text):
    got = facts_of(extract_text("The Zorvex-9 chip is widely believed to be made by Tencent."), "developer")
    assert ("Zorvex-9", "developer", "Tencent") not in got


def test_the_company_is_a_firm_of_the_sentence_before_not_an_exchange(extract_text):
    text = ("Xinhua on June 30 reported the listing of Zhipu AI, a chip designer. "
            "The company wants to raise money for chips that would follow its Zorvex S4 accelerator.")
    got = facts_of(extract_text(text), "developer")
    assert ("Zorvex S4", "developer", "Zhipu AI") in got


def test_spin_offs(extract_text):
    got = facts_of(extract_text("Zhipu AI, spun out of Tsinghua University in 2019, grew."), "subsidiaryOf")
    assert not got  # no subsidiary of a university, and never the other way round
    got = facts_of(extract_text("Zorvex Labs, spun off from Tencent, grew. Baidu spun off Quorvane Technology in 2021."), "subsidiaryOf")
    assert {("Zorvex Labs", "subsidiaryOf", "Tencent"), ("Quorvane Technology", "subsidiaryOf", "Baidu")} <= got


def test_a_list_before_a_singular_the_apposition_does_not_share_its_maker(extract_text):
    text = "Users can switch between Hunyuan and Zorvex-R1, the open-source reasoning model from Zhipu AI."
    got = facts_of(extract_text(text), "developer")
    assert ("Zorvex-R1", "developer", "Zhipu AI") in got and ("Hunyuan", "developer", "Zhipu AI") not in got


def test_release_dates_after_an_event_phrase_and_before_a_later_hedge(extract_text):
    got = facts_of(extract_text("Tencent unveiled its Zorvex glasses at the conference on Saturday.", "2025-07-28"), "releaseDate")
    assert ("Zorvex", "releaseDate", "2025-07-26") in got or ("Zorvex glasses", "releaseDate", "2025-07-26") in got, got
    text = "Teardowns of Tencent's Zorvex-60 phone in 2023 showed a new chip, and the same node is widely believed to make others."
    assert ("Zorvex-60", "releaseDate", "2023") in facts_of(extract_text(text), "releaseDate")
    # a hedge before the date still dates nothing
    text = "Tencent is widely believed to release Zorvex-61 in 2026."
    assert not facts_of(extract_text(text), "releaseDate")


@pytest.mark.parametrize("text,fact", [
    ("Zorvex Labs, the Shanghai start-up led by former Tencent executive Wang Lin, raised money.", ("Wang Lin", "affiliatedWith", "Zorvex Labs")),
    ("Zorvex Labs, whose founder Wang Lin once worked at Tencent, raised money.", ("Wang Lin", "affiliatedWith", "Zorvex Labs")),
    ("Zorvex-9, the chatbot Tencent launched last year, is popular.", ("Zorvex-9", "developer", "Tencent")),
    ("Zorvex-9 and Zorvex-10, two models Kuaishou previewed last September, are public.", ("Zorvex-9", "developer", "Kuaishou")),
])
def test_titled_leaders_whose_roles_and_reduced_object_clauses(extract_text, text, fact):
    assert fact in facts_of(extract_text(text))


def test_a_reduced_clause_whose_verb_is_passive_names_no_maker(extract_text):
    got = facts_of(extract_text("Zorvex-9, the model Tencent said was built by Kuaishou, is popular."), "developer")
    assert ("Zorvex-9", "developer", "Tencent") not in got


def test_integration_shapes(extract_text):
    got = facts_of(extract_text("Baidu plugged Hunyuan into its search engine ERNIE Bot."), "integratedInto")
    assert ("Hunyuan", "integratedInto", "ERNIE Bot") in got
    got = facts_of(extract_text("The ERNIE Bot app also bundles Hunyuan."), "integratedInto")
    assert ("Hunyuan", "integratedInto", "ERNIE Bot") in got
    got = facts_of(extract_text("ERNIE has been offered free of charge through its ERNIE Bot chatbot."), "integratedInto")
    assert ("ERNIE", "integratedInto", "ERNIE Bot") in got


def test_relative_dates_read_against_a_digests_dateline(extract_text):
    text = ("Weekly digest\n\nSHENZHEN, Feb. 11 — Tencent released Zorvex-5 on Monday.\n\n"
            "BEIJING, March 5 — Kuaishou released Zorvex-6 on Wednesday.")
    got = facts_of(extract_text(text, "2025-03-17"), "releaseDate")
    assert {("Zorvex-5", "releaseDate", "2025-02-10"), ("Zorvex-6", "releaseDate", "2025-03-05")} <= got, got


def test_a_deadline_is_no_reference_date():
    from extractors.dates import reference_date

    text = "Rules took effect on Sept. 1, 2025. They will run until Dec. 31, 2027."
    assert reference_date(text) == "2025-09-01"


def test_two_known_names_joined_by_and_are_a_list_not_one_agency(extract_text):
    types = names_types(extract_text("The rules were issued by the CAC, MIIT and the State Council and Tencent Bureau staff."))
    assert "State Council and Tencent Bureau" not in types
    types = names_types(extract_text("Wang Lin of the Shenzhen Municipal Industry and Information Technology Bureau spoke."))
    assert types.get("Shenzhen Municipal Industry and Information Technology Bureau") == "GovernmentAgency"


def test_the_body_a_units_name_ends_with_is_named_and_is_its_parent(extract_text):
    ex = extract_text("Zorvex-7, a model from the Institute of Automation of Tsinghua University, opened.")
    # (the unit is named without its body's name, which is a name of its own)
    assert ("Institute of Automation", "subsidiaryOf", "Tsinghua University") in facts_of(ex, "subsidiaryOf")
    # no parent is read into a name whose tail is not a known body
    ex = extract_text("The Ministry of Industry and Information Technology spoke.")
    assert not facts_of(ex, "subsidiaryOf")


def test_a_ministers_title_names_the_ministry(extract_text):
    got = facts_of(extract_text("Vice Minister of Industry and Information Technology Wang Lin spoke."), "affiliatedWith")
    assert ("Wang Lin", "affiliatedWith", "Ministry of Industry and Information Technology") in got
    got = facts_of(extract_text("Wang Lin, Minister of Magic Affairs, spoke."), "affiliatedWith")
    assert not got  # no ministry of that name is known


def test_a_title_after_a_round_belongs_to_the_firm_not_its_lead_investor(extract_text):
    text = ("- Zhipu AI, the startup behind Zorvex-9, moved to Singapore. In April it raised $75 million in a round led by "
            "venture firm Tencent. CEO Wang Lin has said the company wants to be global.")
    got = facts_of(extract_text(text), "affiliatedWith")
    assert ("Wang Lin", "affiliatedWith", "Zhipu AI") in got and ("Wang Lin", "affiliatedWith", "Tencent") not in got


def test_an_interviews_we_and_your_stand_for_the_interviewees_organisation(extract_text):
    text = ("Wang Lin is chief scientist at Zhipu AI. We spoke to him in Beijing.\n"
            "Q: Last month your lab released Zorvex-3. Why?\n"
            "A: We wanted a smaller model. For one variant we used our own Zorvex-2 model, and Qwen from Alibaba Cloud, and we tuned it.\n"
            "Q: What next?\nA: More models.")
    got = facts_of(extract_text(text), "developer")
    assert {("Zorvex-3", "developer", "Zhipu AI"), ("Zorvex-2", "developer", "Zhipu AI")} <= got, got
    assert ("Qwen", "developer", "Zhipu AI") not in got
    # without Q: lines "we" is the writer's, not a firm's
    got = facts_of(extract_text("Wang Lin is chief scientist at Zhipu AI. We think our own Zorvex-2 model matters."), "developer")
    assert ("Zorvex-2", "developer", "Zhipu AI") not in got


def test_family_variant_names_law_firms_and_based_orgs_after_a_role(extract_text):
    ex = extract_text("Baidu said its ERNIE Speed and ERNIE Lite models would be free.")
    assert {("ERNIE Speed", "developer", "Baidu"), ("ERNIE Lite", "developer", "Baidu")} <= facts_of(ex, "developer")
    ex = extract_text("Wang Lin, an intellectual-property partner at Beijing's Quorvane Law Offices, said so.")
    types = names_types(ex)
    assert types.get("Quorvane Law Offices") == "Company" and "Quorvane Law" not in types
    assert ("Wang Lin", "affiliatedWith", "Quorvane Law Offices") in facts_of(ex, "affiliatedWith")
    ex = extract_text("Wang Lin, founder and chief executive of Shanghai-based Zhipu AI, spoke.")
    assert ("Wang Lin", "affiliatedWith", "Zhipu AI") in facts_of(ex, "affiliatedWith")


def test_court_cases_are_events_that_involve_their_parties_and_court(extract_text):
    text = "Tencent sued Kuaishou last year. The case, Tencent v. Kuaishou, was heard by the Beijing Internet Court."
    ex = extract_text(text)
    assert names_types(ex).get("Tencent v. Kuaishou") == "Event"
    got = facts_of(ex, "involves")
    assert {("Tencent v. Kuaishou", "involves", "Tencent"), ("Tencent v. Kuaishou", "involves", "Kuaishou")} <= got, got


def test_v_dot_ends_no_sentence():
    from extractors.sentences import sentence_spans

    text = "Li v. Liu, decided in 2023, was the first such case."
    assert len(list(sentence_spans(text))) == 1


@pytest.mark.parametrize("text,present,absent", [
    ("The Chinese government published the Zorvex Action Plan this morning.", {("Zorvex Action Plan", "date", "2025-07-26")}, set()),
    ("Tencent has just released Zorvex-5, an open-source model.", {("Zorvex-5", "releaseDate", "2025-07-26")}, set()),
    ("The model Zorvex-9 was unveiled yesterday at a pre-conference event.", {("Zorvex-9", "releaseDate", "2025-07-25")}, set()),
    # "today" dates a release only after its verb
    ("Hunyuan today is the most downloaded model.", set(), {("Hunyuan", "releaseDate", "2025-07-26")}),
    # a titled plan with "for": the whole title is the policy, dated by its clause
    ("Just in: the Action Plan for Zorvex Governance, which the Chinese government published this morning.",
     {("Action Plan for Zorvex Governance", "date", "2025-07-26")}, set()),
])
def test_dates_of_the_day(extract_text, text, present, absent):
    got = {f for f in facts_of(extract_text(text, "2025-07-26")) if f[1] in ("date", "releaseDate")}
    assert present <= got and not absent & got, got


def test_its_is_no_object_of_a_preposition_or_participle(extract_text):
    text = ("Tencent has just released Zorvex-3D. The weights are already up on Zhipu AI and Kuaishou, "
            "according to an engineer on its Hunyuan team.")
    got = facts_of(extract_text(text), "developer")
    assert ("Hunyuan", "developer", "Zhipu AI") not in got and ("Hunyuan", "developer", "Kuaishou") not in got
    text = "Alibaba Cloud cut prices. It cut the price of Qwen, undercutting Kuaishou, including its flagship Zorvex-Max model."
    got = facts_of(extract_text(text), "developer")
    assert ("Zorvex-Max", "developer", "Kuaishou") not in got


def test_who_told_a_session_of_the_conference_takes_part_in_it(extract_text):
    text = "The Zorvex AI Summit opened on Monday. Wang Lin, a Tencent engineer, told a side session of the conference that chips matter."
    assert ("Zorvex AI Summit", "involves", "Wang Lin") in facts_of(extract_text(text), "involves")
    text = "The Zorvex AI Summit began on Monday. Party Secretary Wang Lin opens the conference."
    assert ("Zorvex AI Summit", "involves", "Wang Lin") in facts_of(extract_text(text), "involves")


def test_the_model_that_powers_a_product(extract_text):
    got = facts_of(extract_text("ERNIE, the flagship model that powers the paid version of ERNIE Bot, is fast."), "integratedInto")
    assert ("ERNIE", "integratedInto", "ERNIE Bot") in got


def test_a_role_after_a_place_based_modifier(extract_text):
    got = facts_of(extract_text("Wang Lin is a Hong Kong-based technology correspondent for Xinhua."), "affiliatedWith")
    assert ("Wang Lin", "affiliatedWith", "Xinhua") in got


def test_other_agencies_including(extract_text):
    text = "The Zorvex Measures were issued by the CAC and six other agencies, including MIIT and the State Council."
    got = facts_of(extract_text(text), "issuedBy")
    assert {("Zorvex Measures", "issuedBy", "Ministry of Industry and Information Technology"),
            ("Zorvex Measures", "issuedBy", "State Council")} <= got, got


def test_a_unit_of_a_described_parent(extract_text):
    got = facts_of(extract_text("Zorvex Health, the medical unit of Chinese video company Kuaishou, grew."), "subsidiaryOf")
    assert ("Zorvex Health", "subsidiaryOf", "Kuaishou") in got


def test_a_name_a_possessive_apposition_calls_a_product(extract_text):
    ex = extract_text("Quorvane, Tencent's content platform, grew.")
    assert names_types(ex).get("Quorvane") == "Product"
    assert ("Quorvane", "developer", "Tencent") in facts_of(ex, "developer")


def test_its_after_a_named_speaker_is_the_speakers(extract_text):
    text = "Within hours, Baidu's chip unit, Zhipu AI, said its Hunyuan Speed and Hunyuan Lite models would be free."
    got = facts_of(extract_text(text), "developer")
    assert ("Hunyuan Speed", "developer", "Zhipu AI") in got and ("Hunyuan Speed", "developer", "Baidu") not in got, got


def test_a_firm_name_may_open_with_a_lower_case_letter_and_about_is_no_part_of_it(extract_text):
    ex = extract_text("About zBright Healthcare\nWang Lin, general manager of zBright Healthcare, spoke.")
    types = names_types(ex)
    assert types.get("zBright Healthcare") == "Company" and "About zBright Healthcare" not in types
    assert ("Wang Lin", "affiliatedWith", "zBright Healthcare") in facts_of(ex, "affiliatedWith")


def test_what_a_model_is_derived_from_is_no_product_of_the_offerer(extract_text):
    got = facts_of(extract_text("Kuaishou offers a medical model derived from Hunyuan."), "developer")
    assert ("Hunyuan", "developer", "Kuaishou") not in got


@pytest.mark.parametrize("text,fact", [
    ("Wang Lin is also Tencent's chief scientist.", ("Wang Lin", "affiliatedWith", "Tencent")),
    ("Wang Lin, China's permanent representative to the UN, spoke.", ("Wang Lin", "affiliatedWith", "China")),
    ("A Tsinghua University team led by Wang Lin built it.", ("Wang Lin", "affiliatedWith", "Tsinghua University")),
    ("Wang Lin used to run vision research at Baidu.", ("Wang Lin", "affiliatedWith", "Baidu")),
    ("Zhou Min founded Zhipu AI. A graduate of Tsinghua University, he worked at Baidu and then at Tencent.",
     ("Zhou Min", "affiliatedWith", "Tsinghua University")),
    ("Zhou Min founded Zhipu AI. A graduate of Tsinghua University, he worked at Baidu and then at Tencent.",
     ("Zhou Min", "affiliatedWith", "Tencent")),
    ("Zhou Min worked at Baidu, and in 2016 co-founded Moonshot AI.", ("Zhou Min", "affiliatedWith", "Moonshot AI")),
    ("Zhou Min founded Kuaishou. He is a Tsinghua computer science graduate.", ("Zhou Min", "affiliatedWith", "Tsinghua University")),
    ("Moonshot AI, a Beijing AI company founded by former Baidu engineer Zhou Min, grew.", ("Zhou Min", "affiliatedWith", "Moonshot AI")),
    ("A former Baidu engineer, Zhou Min later joined Kuaishou.", ("Zhou Min", "affiliatedWith", "Baidu")),
    ("Kuaishou makes apps. Its Hunyuan models power products. The company is chaired by Zhou Min.", ("Zhou Min", "affiliatedWith", "Kuaishou")),
    ("Zhipu AI has taken no other money: it is funded by Tencent.", ("Tencent", "investedIn", "Zhipu AI")),
    ("Zhipu AI raised money in May. The money comes from Tencent and Baidu.", ("Baidu", "investedIn", "Zhipu AI")),
    ("Zhipu AI said it had received 1 billion yuan from Tencent.", ("Tencent", "investedIn", "Zhipu AI")),
    ("Kuaishou depends on Tencent, its largest shareholder.", ("Tencent", "investedIn", "Kuaishou")),
    ("Moonshot AI works with Baidu, which is also one of its investors.", ("Baidu", "investedIn", "Moonshot AI")),
    ("Zhipu AI raised money from Baidu as well as state-backed investors such as Tencent.", ("Tencent", "investedIn", "Zhipu AI")),
    ("Baidu's venture fund and Tencent invested 1 billion yuan in Zhipu AI.", ("Baidu", "investedIn", "Zhipu AI")),
])
def test_career_and_backer_shapes(extract_text, text, fact):
    got = facts_of(extract_text(text), fact[1])
    assert fact in got, got


def test_what_a_firm_receives_that_is_no_money_is_no_investment(extract_text):
    got = facts_of(extract_text("Zhipu AI received approval from the CAC. Baidu received an award from Tsinghua University."), "investedIn")
    assert not got, got


@pytest.mark.parametrize("text,fact", [
    ("The Zorvex Summit was held in Beijing. It is co-hosted by MIIT and the State Council.",
     ("Zorvex Summit", "involves", "State Council")),
    ("The Zorvex Summit was held in Beijing. The summit, co-chaired by President Wang Lin and Premier Zhou Min, ended.",
     ("Zorvex Summit", "involves", "Zhou Min")),
    ("MIIT, which in October last year issued the Zorvex Action Plan, spoke.", ("Zorvex Action Plan", "issuedBy", "Ministry of Industry and Information Technology")),
])
def test_event_anaphors_title_lists_and_dated_clauses(extract_text, text, fact):
    got = facts_of(extract_text(text), fact[1])
    assert fact in got, got


def test_a_family_name_with_lower_case_variant_words_after_a_hyphen(extract_text):
    types = names_types(extract_text("Tencent made Hunyuan-lite free and Alibaba shipped Qwen2.5-instruct, a Hunyuan-based app and a Qwen-class model."))
    assert types.get("Hunyuan-lite") == "AIModel" and types.get("Qwen2.5-instruct") == "AIModel", types
    assert "Hunyuan-based" not in types and "Qwen-class" not in types, types


@pytest.mark.parametrize("text,fact", [
    ("Tencent has a contender in Hunyuan, officially launched on March 21.", ("Hunyuan", "releaseDate", "2025-03-21")),
    ("Baidu's ERNIE, tuned for film shots and released in February, is popular.", ("ERNIE", "releaseDate", "2025-02")),
    ("Qwen was unveiled at the Zorvex Forum in Beijing on April 27, 2024.", ("Qwen", "releaseDate", "2024-04-27")),
    ("Qwen was unveiled at the Zorvex Forum in Beijing on April 27, 2024.", ("Zorvex Forum", "date", "2024-04-27")),
    ("It succeeds Zorvex-1 and Zorvex-2, two models Tencent previewed last September.", ("Zorvex-2", "releaseDate", "2024-09")),
])
def test_dates_after_participles_events_and_numbered_appositions(extract_text, text, fact):
    got = facts_of(extract_text(text, "2025-04-30"), fact[1])
    assert fact in got, got


def test_an_infobox_relates_its_subject_to_the_names_in_its_values(extract_text):
    text = (
        "+--------------------------------+\n"
        "| Zorvex Labs                    |\n"
        "| Type:          Private         |\n"
        "| Founders:      Wang Lin,       |\n"
        "|                Zhou Min        |\n"
        "| Headquarters:  Beijing         |\n"
        "| Products:      Hunyuan         |\n"
        "| Investors:     Tencent; Baidu  |\n"
        "| Parent:        Kuaishou        |\n"
        "+--------------------------------+\n\n"
        "Zorvex Labs is a Chinese artificial intelligence company.\n"
    )
    ex = extract_text(text)
    got = facts_of(ex)
    assert {("Wang Lin", "affiliatedWith", "Zorvex Labs"), ("Zhou Min", "affiliatedWith", "Zorvex Labs"),
            ("Hunyuan", "developer", "Zorvex Labs"), ("Tencent", "investedIn", "Zorvex Labs"),
            ("Baidu", "investedIn", "Zorvex Labs"), ("Zorvex Labs", "subsidiaryOf", "Kuaishou")} <= got, got


@pytest.mark.parametrize("text,fact", [
    ("Zhipu AI closed a 5 billion yuan Series A in July. Tencent and Baidu all took part, alongside Kuaishou.", ("Kuaishou", "investedIn", "Zhipu AI")),
    ("Zhipu AI closed a 5 billion yuan Series A in July. Tencent and Baidu all took part, alongside Kuaishou.", ("Baidu", "investedIn", "Zhipu AI")),
    ("Zhipu AI raised a round of several hundred million yuan. Tencent led, and Baidu joined with Kuaishou.", ("Tencent", "investedIn", "Zhipu AI")),
    ("Zhipu AI raised a round of several hundred million yuan. Tencent led, and Baidu joined with Kuaishou.", ("Kuaishou", "investedIn", "Zhipu AI")),
    ("Moonshot AI raised $1 billion in a round that was led by Baidu, with Tencent and Kuaishou participating.", ("Kuaishou", "investedIn", "Moonshot AI")),
    ("Zhipu AI said that it had raised 500 million yuan. Tencent and Baidu joined the round.", ("Baidu", "investedIn", "Zhipu AI")),
    ("Zhipu AI raised 700 million yuan in an angel round. Kuaishou was among the investors.", ("Kuaishou", "investedIn", "Zhipu AI")),
    ("Moonshot AI is still digesting the $600 million that Tencent led in March.", ("Tencent", "investedIn", "Moonshot AI")),
    ("Tencent joined a $300 million round in Moonshot AI last month, alongside Baidu.", ("Baidu", "investedIn", "Moonshot AI")),
    ("Zorvex AI, a robotics start-up, raised an angel round from Tencent.", ("Tencent", "investedIn", "Zorvex AI")),
    ("Tencent led a roughly US$300 million round in Moonshot AI in March.", ("Tencent", "investedIn", "Moonshot AI")),
    ("Zhipu AI said on Monday that it had completed a Series B round, led by Tencent.", ("Tencent", "investedIn", "Zhipu AI")),
    ("Zorvex AI has counted Tencent as its anchor investor since its first round.", ("Tencent", "investedIn", "Zorvex AI")),
    ("Zorvex AI later took money from Kuaishou, the video platform.", ("Kuaishou", "investedIn", "Zorvex AI")),
    ("Zhipu AI also received a separate 500 million yuan injection from Baidu.", ("Baidu", "investedIn", "Zhipu AI")),
    ("Zhipu AI disclosed a round of strategic financing, with Zorvex Capital and Zorvex Partners among the participants.", ("Zorvex Partners", "investedIn", "Zhipu AI")),
    ("Tencent and Baidu, two early backers, had put a combined 1 billion yuan into Zhipu AI.", ("Baidu", "investedIn", "Zhipu AI")),
    ("Zhipu AI raised funds last year. Tencent and Baidu had put a combined 1 billion yuan into it.", ("Baidu", "investedIn", "Zhipu AI")),
    ("Moonshot AI released a new model. Tencent had backed the company earlier.", ("Tencent", "investedIn", "Moonshot AI")),
    ("Zorvex Robotics, in which Tencent retains a stake, builds chips.", ("Tencent", "investedIn", "Zorvex Robotics")),
])
def test_the_participants_of_a_funding_round(extract_text, text, fact):
    got = facts_of(extract_text(text), "investedIn")
    assert fact in got, got


def test_no_round_no_participants(extract_text):
    got = facts_of(extract_text("Baidu raised prices in May. Tencent and Kuaishou followed. Zhipu AI released GLM-4. Tencent led the effort."), "investedIn")
    assert not got, got


@pytest.mark.parametrize("text,fact", [
    ("Kuaishou's CEO is Wang Lin.", ("Wang Lin", "affiliatedWith", "Kuaishou")),
    ("Kuaishou raised money. The firm's chief executive is Wang Lin.", ("Wang Lin", "affiliatedWith", "Kuaishou")),
    ("Zhipu AI, spun out of Tsinghua University and run by chief executive Wang Lin, grew.", ("Wang Lin", "affiliatedWith", "Zhipu AI")),
    ("Zorvex Robotics, a Beijing start-up founded by Tsinghua University assistant professor Wang Lin, grew.",
     ("Wang Lin", "affiliatedWith", "Zorvex Robotics")),
    ("Wang Lin, a partner at the fund-of-funds Zorvex Partners, said so.", ("Wang Lin", "affiliatedWith", "Zorvex Partners")),
    ("Kuaishou was set up by Wang Lin. His co-founders Zhou Min and Jiao Binxing had worked in America.",
     ("Jiao Binxing", "affiliatedWith", "Kuaishou")),
    ("Wang Lin left Baidu, where he had run model research, to become Tencent's chief scientist.", ("Wang Lin", "affiliatedWith", "Tencent")),
])
def test_roles_stated_after_the_firm_and_cofounders_named_later(extract_text, text, fact):
    got = facts_of(extract_text(text), "affiliatedWith")
    assert fact in got, got


def test_a_notices_order_line_and_signature_block_name_its_issuers(extract_text):
    text = (
        "Zorvex Measures for AI Services (unofficial translation)\n\n"
        "Order No. 15 of the Cyberspace Administration of China and the State Council\n\n"
        "Article 1 These measures govern AI services.\n\n"
        "Cyberspace Administration of China\n"
        "Ministry of Industry and Information Technology\n\n"
        "10 July 2023\n"
    )
    got = facts_of(extract_text(text), "issuedBy")
    assert {("Zorvex Measures for AI Services", "issuedBy", "Cyberspace Administration of China"),
            ("Zorvex Measures for AI Services", "issuedBy", "State Council"),
            ("Zorvex Measures for AI Services", "issuedBy", "Ministry of Industry and Information Technology")} <= got, got
    assert ("Zorvex Measures for AI Services", "date", "2023-07-10") in facts_of(extract_text(text)), "the signature block's date"
    # an agency alone on a line with no date after it signs nothing
    got = facts_of(extract_text("Zorvex Measures for AI Services\n\nMinistry of Industry and Information Technology\n\nMore news\n"), "issuedBy")
    assert not got, got


def test_the_firm_after_a_sentence_of_investors_is_the_one_they_invested_in(extract_text):
    got = facts_of(extract_text("Zhipu AI closed a 5 billion yuan round. Tencent and Baidu took part. The start-up released its Zorvex-2 model."))
    assert ("Zorvex-2", "developer", "Zhipu AI") in got and ("Zorvex-2", "developer", "Tencent") not in got, got
    got = facts_of(extract_text("Zhipu AI said it had raised 500 million yuan. Tencent and Baidu joined the round. The firm's chief executive is Wang Lin."))
    assert ("Wang Lin", "affiliatedWith", "Zhipu AI") in got and ("Wang Lin", "affiliatedWith", "Baidu") not in got, got


def test_an_interviewees_round_and_backers(extract_text):
    text = ("Zorvex Labs, the Beijing start-up, builds small models. We spoke to its chief executive Wang Lin.\n\n"
            "Q: Who backed you first?\n\nA: Tencent was our first outside backer.\n\n"
            "Q: You raised again in April. From whom?\n\n"
            "A: It was a round of several hundred million yuan led by Baidu. Kuaishou took part, as did Alibaba.\n")
    got = facts_of(extract_text(text), "investedIn")
    assert {("Tencent", "investedIn", "Zorvex Labs"), ("Baidu", "investedIn", "Zorvex Labs"),
            ("Kuaishou", "investedIn", "Zorvex Labs"), ("Alibaba Group", "investedIn", "Zorvex Labs")} <= got, got


def test_a_papers_author_list_and_affiliation_marks(extract_text):
    text = ("Zorvex: Small Models at Scale\n\nAuthors:\n"
            "Shengding Hu¹, Yuge Tu², Xu Han¹ ²*, Chaoqun He¹\n"
            "¹ Tsinghua University, Beijing\n² Kuaishou, Beijing\n* Corresponding author\n")
    ex = extract_text(text)
    types = names_types(ex)
    assert all(types.get(n) == "Person" for n in ("Shengding Hu", "Yuge Tu", "Xu Han", "Chaoqun He")), types
    got = facts_of(ex, "affiliatedWith")
    assert {("Shengding Hu", "affiliatedWith", "Tsinghua University"), ("Yuge Tu", "affiliatedWith", "Kuaishou"),
            ("Xu Han", "affiliatedWith", "Tsinghua University"), ("Xu Han", "affiliatedWith", "Kuaishou")} <= got, got
    # a list of three places or products is no list of people
    assert "Person" not in names_types(extract_text("It ships in Hong Kong, Inner Mongolia, Shanghai Pudong and Beijing.")).values()


@pytest.mark.parametrize("text,fact", [
    ("ERNIE Bot came first, followed in April by cheaper versions, ERNIE Turbo and ERNIE Lite.", ("ERNIE Lite", "releaseDate", "2025-04")),
    ("Zorvex-01 is the 456-billion-parameter model the company released in January.", ("Zorvex-01", "releaseDate", "2025-01")),
    ("Baidu made a similar move in April, when it launched Zorvex-4.", ("Zorvex-4", "releaseDate", "2025-04")),
])
def test_dates_before_what_followed_and_in_when_clauses(extract_text, text, fact):
    got = facts_of(extract_text(text, "2025-09-15"), "releaseDate")
    assert fact in got, got


def test_an_announcement_opener_dates_no_product_it_does_not_release(extract_text):
    text = "Announced in September 2025, the cockpit of Baidu's new Zorvex model will feature Tencent's Hunyuan assistant."
    got = facts_of(extract_text(text, "2025-10-01"), "releaseDate")
    assert ("Zorvex", "releaseDate", "2025-09") not in got, got


def test_a_negation_in_an_earlier_clause_leaves_a_date_alone(extract_text):
    text = "Its robot picks items rather than walking, and in January the company released Zorvex-7, a grasping model."
    assert ("Zorvex-7", "releaseDate", "2025-01") in facts_of(extract_text(text, "2025-04-25"), "releaseDate")
    text = "Tencent did not release Zorvex-8 in January."
    assert not facts_of(extract_text(text, "2025-04-25"), "releaseDate")


def test_the_policy_of_the_sentence_before_takes_the_date_of_the_next(extract_text):
    text = "The Zorvex Measures took effect in March. The measures had been jointly issued on December 31, 2021, by the CAC."
    got = facts_of(extract_text(text, "2022-06-01"), "date")
    assert ("Zorvex Measures", "date", "2021-12-31") in got, got


def test_firms_both_controlled_by_a_named_government(extract_text):
    ex = extract_text("Zorvex Capital and Quorvane Group, both controlled by the Shanghai Municipal People's Government, invested.")
    assert names_types(ex).get("Shanghai Municipal People's Government") == "GovernmentAgency"
    got = facts_of(ex, "subsidiaryOf")
    assert {("Zorvex Capital", "subsidiaryOf", "Shanghai Municipal People's Government"),
            ("Quorvane Group", "subsidiaryOf", "Shanghai Municipal People's Government")} <= got, got


def test_a_numbered_session_of_a_standing_body_is_an_event(extract_text):
    types = names_types(extract_text("Wang Lin spoke at the third session of the 14th National People's Congress on March 5."))
    assert types.get("third session of the 14th National People's Congress") == "Event", types


def test_what_was_launched_at_the_event_takes_part_in_it(extract_text):
    text = "Tencent held the Zorvex Summit on June 11. Hunyuan-lite, launched at the event, is cheap."
    got = facts_of(extract_text(text, "2025-07-01"), "involves")
    assert ("Zorvex Summit", "involves", "Hunyuan-lite") in got, got
    got = facts_of(extract_text("The Zorvex Summit, hosted by then British prime minister Wang Lin, ended.", "2025-07-01"), "involves")
    assert ("Zorvex Summit", "involves", "Wang Lin") in got, got


def test_news_outlets_are_organisations_and_section_headings_are_not(extract_text):
    types = names_types(extract_text("By Sun Qian | AsiaTech Daily\n© 2025 Power & Compute Review\nLatest News: Weekly Review\n"))
    assert types.get("AsiaTech Daily") == "Organization" and types.get("Power & Compute Review") == "Organization", types
    assert "Latest News" not in types and "Weekly Review" not in types, types


def test_full_legal_names_are_firms_named_without_their_legal_form(extract_text):
    ex = extract_text("The contract went to Hefei Zorvex Digital Technology Co., Ltd. and to Tencent Co., Ltd. in May.")
    ents = {e.name: e for e in ex.entities.values()}
    assert "Hefei Zorvex Digital Technology" in ents, sorted(ents)
    assert "Hefei Zorvex Digital Technology Co., Ltd." in ents["Hefei Zorvex Digital Technology"].aliases
    assert "Tencent" in ents and not any(n.startswith("Tencent Co") for n in ents), sorted(ents)


def test_venues_service_centres_and_academic_departments(extract_text):
    types = names_types(extract_text(
        "It met at the Zorvex Exhibition Center. The Hefei Public Resources Trading Center posted it. Wang Lin of the "
        "Department of Electronic Engineering, Tsinghua University, spoke, as did the Department of Industry and "
        "Information Technology of Guangdong Province."))
    assert types.get("Zorvex Exhibition Center") == "Place" and types.get("Hefei Public Resources Trading Center") == "Organization", types
    assert types.get("Department of Electronic Engineering") == "ResearchInstitution", types
    assert types.get("Department of Industry and Information Technology of Guangdong Province") == "GovernmentAgency", types


def test_an_event_pages_hosts_and_its_speakers_lines(extract_text):
    text = ("Home > Agenda > Zorvex AI Forum\n\n"
            "Date: Friday, 28 March 2025\nVenue: Hall B2, Beijing\nHosted by: State Council; Tsinghua University\n"
            "Organised by: Zhipu AI\n\n"
            "09:00 Opening remarks\nWang Lin, President, Kuaishou\n"
            "09:20 Keynote\nZhou Min, Chairman of Baidu; Professor, Tsinghua University\n")
    ex = extract_text(text, "2025-03-24")
    got = facts_of(ex)
    assert {("Zorvex AI Forum", "involves", "State Council"), ("Zorvex AI Forum", "involves", "Tsinghua University"),
            ("Zorvex AI Forum", "involves", "Zhipu AI")} <= got, got
    assert {("Wang Lin", "affiliatedWith", "Kuaishou"), ("Zhou Min", "affiliatedWith", "Baidu"),
            ("Zhou Min", "affiliatedWith", "Tsinghua University")} <= got, got


@pytest.mark.parametrize("text,fact", [
    ("Baidu, an early investor in Zhipu AI, said so.", ("Baidu", "investedIn", "Zhipu AI")),
    ("Zorvex Capital was set up in May. The State Council is its largest shareholder.", ("State Council", "investedIn", "Zorvex Capital")),
])
def test_investors_in_appositions_and_its_largest_shareholder(extract_text, text, fact):
    assert fact in facts_of(extract_text(text), "investedIn")


def test_the_people_opening_an_agendas_lines_take_part_in_the_pages_event(extract_text):
    text = ("Home > Zorvex AI Forum\n\nThe Zorvex AI Forum brings model builders together.\n\nAGENDA\n\n"
            "09:00 Opening remarks\nWang Lin, President, Kuaishou\n"
            "10:40 Panel\nModerator: Zhou Min, professor at Tsinghua University\nPanellists:\n- Li Hua, CEO of Baidu\n"
            "Note: the panel was praised by Xu Ming last year.\n")
    got = facts_of(extract_text(text, "2025-03-24"), "involves")
    assert {("Zorvex AI Forum", "involves", "Wang Lin"), ("Zorvex AI Forum", "involves", "Zhou Min"),
            ("Zorvex AI Forum", "involves", "Li Hua")} <= got, got
    assert ("Zorvex AI Forum", "involves", "Xu Ming") not in got, got


def test_units_named_by_their_kind_belong_to_the_organisation_after_them(extract_text):
    got = facts_of(extract_text("Wang Lin is a professor at the School of Computer Science, Tsinghua University. Zorvex AI, the research "
                                "institute of Tencent, built it. Zhou Min, academician of the Chinese Academy of Engineering, spoke."))
    assert {("School of Computer Science", "subsidiaryOf", "Tsinghua University"), ("Zorvex AI", "subsidiaryOf", "Tencent"),
            ("Zhou Min", "affiliatedWith", "Chinese Academy of Engineering")} <= got, got
    # two universities in a list are no unit and parent
    got = facts_of(extract_text("Tsinghua University, Peking University and Fudan University signed."), "subsidiaryOf")
    assert not got, got


def test_a_product_named_after_a_registry_firm_is_its_even_when_the_firm_is_not_named_alone(extract_text):
    got = facts_of(extract_text("I tested the app on a Tencent Zorvex 60 Pro phone."), "developer")
    assert ("Tencent Zorvex 60 Pro", "developer", "Tencent") in got, got


def test_a_spec_box_names_its_subject_and_an_apps_models_run_in_it(extract_text):
    text = "SPECS\nApp: ERNIE Bot\nDeveloper: Kuaishou\nPlatforms: iOS, Android\nModels: Hunyuan, Qwen\nPrice: Free\n"
    got = facts_of(extract_text(text))
    assert {("Hunyuan", "integratedInto", "ERNIE Bot"), ("Qwen", "integratedInto", "ERNIE Bot"), ("ERNIE Bot", "developer", "Kuaishou")} <= got, got
    assert ("Qwen", "developer", "Tencent") not in got, got


def test_a_model_that_became_an_engine_inside_an_app(extract_text):
    got = facts_of(extract_text('Qwen, the model made by Alibaba, became a selectable "deep thinking" engine inside ERNIE Bot.'), "integratedInto")
    assert ("Qwen", "integratedInto", "ERNIE Bot") in got, got


@pytest.mark.parametrize("text,fact", [
    ("Two weeks ago Tencent open-sourced Zorvex-3, a model that plans tasks.", ("Zorvex-3", "releaseDate", "2025-03-10")),
    ("Three days ago Baidu released Zorvex-5.", ("Zorvex-5", "releaseDate", "2025-03-21")),
    ("It is built on Hunyuan, a fast base model that arrived at the end of last month.", ("Hunyuan", "releaseDate", "2025-02")),
    ("Home > Zorvex AI Forum\n\nDate: Friday, 28 March 2025\nVenue: Beijing\n", ("Zorvex AI Forum", "date", "2025-03-28")),
])
def test_dates_some_time_ago_and_on_a_pages_key_line(extract_text, text, fact):
    got = facts_of(extract_text(text, "2025-03-24"), fact[1])
    assert fact in got, got


def test_comparisons_and_markets_are_no_antecedents(extract_text):
    got = facts_of(extract_text("Its rival Zhipu AI began its Nasdaq life a month earlier and expanded with Tencent, which is also one of its investors."), "investedIn")
    assert ("Tencent", "investedIn", "Zhipu AI") in got and not any(o == "Nasdaq" for _, _, o in got), got
    text = "Wang Lin built his name at Baidu. He ran its search unit. Like Zhou Min, he is a Tsinghua University computer science graduate."
    got = facts_of(extract_text(text), "affiliatedWith")
    assert ("Wang Lin", "affiliatedWith", "Tsinghua University") in got and ("Zhou Min", "affiliatedWith", "Tsinghua University") not in got, got
    got = facts_of(extract_text("The exchange accepted a filing from Zorvex Technologies (佐维), a Beijing GPU company founded by former Baidu engineer Wang Lin."), "affiliatedWith")
    assert ("Wang Lin", "affiliatedWith", "Zorvex Technologies") in got, got


@pytest.mark.parametrize("text,fact", [
    ("Wang Lin co-founded Kuaishou in 1998 with Zhou Min and three other partners, after graduating in physics from Tsinghua University.",
     ("Wang Lin", "affiliatedWith", "Tsinghua University")),
    ("Zhipu AI raised 1 billion yuan in March, and Kuaishou, a video firm based in the northern city of Beijing, put in 500 million yuan.",
     ("Kuaishou", "investedIn", "Zhipu AI")),
    ("Earlier backers of Zhipu AI include Tencent, while Baidu, the search company, joined a round last year.",
     ("Baidu", "investedIn", "Zhipu AI")),
])
def test_a_subjects_participle_clause_and_more_round_participants(extract_text, text, fact):
    assert fact in facts_of(extract_text(text), fact[1])


def test_a_name_with_a_leading_article_yields_to_a_longer_name_after_the_article(extract_text):
    types = names_types(extract_text("The Zorvexia government said so. The Zorvexia said no."))
    assert types.get("Zorvexia government") == "GovernmentAgency", types


def test_a_models_version_word_alone_stands_for_the_model_later_in_the_document(extract_text):
    got = facts_of(extract_text("Tencent launched Zorvex K9 last Friday. K9 is built on Hunyuan."), "basedOn")
    assert ("Zorvex K9", "basedOn", "Hunyuan") in got, got


@pytest.mark.parametrize("text,fact", [
    ("Hunyuan had been introduced in September 2024.", ("Hunyuan", "releaseDate", "2024-09")),
    ("Qwen itself we released in January.", ("Qwen", "releaseDate", "2025-01")),
    ("July 4: The Zorvex Declaration is adopted in Shanghai.", ("Zorvex Declaration", "date", "2025-07-04")),
    ("Alibaba's Qwen and Tencent's Hunyuan followed in September.", ("Qwen", "releaseDate", "2025-09")),
])
def test_more_release_and_issue_date_shapes(extract_text, text, fact):
    got = facts_of(extract_text(text, "2025-09-15"), fact[1])
    assert fact in got, got


def test_a_later_bare_month_in_a_narrative_of_the_past_is_in_its_year(extract_text):
    text = "On Aug. 31, 2023, Baidu opened ERNIE Bot to the public. Alibaba's Qwen and Tencent's Hunyuan followed in September. In March, Kuaishou launched Zorvex-2."
    got = facts_of(extract_text(text, "2025-06-15"), "releaseDate")
    assert {("Qwen", "releaseDate", "2023-09"), ("Hunyuan", "releaseDate", "2023-09"), ("Zorvex-2", "releaseDate", "2025-03")} <= got, got


def test_the_registrys_maker_outranks_a_possessor_but_not_a_co_developer(extract_text):
    got = facts_of(extract_text("Tencent's Qwen integration is new."), "developer")
    assert ("Qwen", "developer", "Tencent") not in got, got
    got = facts_of(extract_text("Alibaba's Qwen leads."), "developer")
    assert ("Qwen", "developer", "Alibaba Group") in got, got
    got = facts_of(extract_text("Qwen was developed jointly by Alibaba Cloud and Tsinghua University."), "developer")
    assert ("Qwen", "developer", "Tsinghua University") in got, got


def test_a_second_titled_name_takes_no_role_from_the_first(extract_text):
    got = facts_of(extract_text("Kuaishou CEO Wang Lin and Vice Premier Zhou Min met in Beijing."), "affiliatedWith")
    assert ("Wang Lin", "affiliatedWith", "Kuaishou") in got and ("Zhou Min", "affiliatedWith", "Kuaishou") not in got, got


def test_and_then_at_continues_a_career_not_a_list_of_parents(extract_text):
    got = facts_of(extract_text("Wang Lin founded Baidu. He worked at Zorvex Services, a unit of Tencent, and then at Kuaishou before returning."))
    assert ("Wang Lin", "affiliatedWith", "Kuaishou") in got and ("Zorvex Services", "subsidiaryOf", "Tencent") in got, got
    assert ("Zorvex Services", "subsidiaryOf", "Kuaishou") not in got, got


def test_an_app_that_lets_users_switch_between_models_and_a_received_integration(extract_text):
    got = facts_of(extract_text("ERNIE Bot has let users switch between Hunyuan and Qwen. The Kuaishou app received the same Hunyuan integration."), "integratedInto")
    assert {("Hunyuan", "integratedInto", "ERNIE Bot"), ("Qwen", "integratedInto", "ERNIE Bot")} <= got, got


def test_a_firm_that_reorganised_and_named_someone_and_a_career_in_one_clause(extract_text):
    got = facts_of(extract_text("Tencent has reorganised the teams that build its Hunyuan models and named Wang Lin, a former Baidu researcher, "
                                "as chief AI scientist. Wang Lin, who studied at Tsinghua University and earned a doctorate at Peking "
                                "University before joining Kuaishou, will report to Tencent."), "affiliatedWith")
    assert {("Wang Lin", "affiliatedWith", "Tencent"), ("Wang Lin", "affiliatedWith", "Kuaishou")} <= got, got


def test_among_the_guests_of_the_event_named_last(extract_text):
    text = "The Zorvex Summit opened in Beijing on Saturday. More than 1,200 guests attended the opening. Among them was Wang Lin of Tencent."
    got = facts_of(extract_text(text, "2025-07-28"), "involves")
    assert ("Zorvex Summit", "involves", "Wang Lin") in got, got


def test_a_policy_championed_by_an_agency(extract_text):
    got = facts_of(extract_text("Beijing unveiled the Zorvex Plus initiative in March. The initiative, championed by the State Council, grew."), "issuedBy")
    assert ("Zorvex Plus initiative", "issuedBy", "State Council") in got, got


@pytest.mark.parametrize("text,fact,absent", [
    ("MIIT, which in October last year issued the Zorvex Action Plan, said more.", ("Zorvex Action Plan", "date", "2023-10"), None),
    ("Baidu launched ERNIE in March this year.", ("ERNIE", "releaseDate", "2024-03"), None),
    ("Zhipu AI, which rebranded in July, launched Zorvex-9.", None, ("Zorvex-9", "releaseDate", "2023-07")),
])
def test_a_month_of_last_year_and_a_clauses_own_verb(extract_text, text, fact, absent):
    got = facts_of(extract_text(text, "2024-05-10"))
    assert fact is None or fact in got, got
    assert absent is None or absent not in got, got


def test_a_court_cases_ruling_dates_it(extract_text):
    got = facts_of(extract_text("The case most lawyers cite is Wang v. Zhou, decided by the Beijing Internet Court on 27 November 2023.", "2025-05-12"), "date")
    assert ("Wang v. Zhou", "date", "2023-11-27") in got, got


def test_a_trade_measure_targets_the_country_after_it(extract_text):
    got = facts_of(extract_text("The CAC imposed restrictions on shipments of memory chips to China in December."), "targets")
    assert ("restrictions on shipments of memory chips", "targets", "China") in got, got
    got = facts_of(extract_text("The CAC issued rules on chatbots to China's market in May."), "targets")
    assert not any(o == "China" for _, _, o in got), got


@pytest.mark.parametrize("text,fact", [
    ("Kuaishou trained ERNIE on Zorvex One, a training platform it developed with Baidu in Hefei.", ("Zorvex One", "developer", "Baidu")),
    ("Kuaishou trained ERNIE on Zorvex One, a training platform it developed with Baidu in Hefei.", ("Zorvex One", "developer", "Kuaishou")),
    ("It runs on the Zorvex-1 computing platform that Tencent and Baidu jointly built.", ("Zorvex-1", "developer", "Baidu")),
    ("The launch may be Zorvex, a general-purpose agent app that Baidu began rolling out on Android.", ("Zorvex", "developer", "Baidu")),
])
def test_makers_in_restrictive_and_reduced_clauses(extract_text, text, fact):
    got = facts_of(extract_text(text), "developer")
    assert fact in got, got


def test_the_company_inside_a_sentence_is_the_firm_that_opens_it(extract_text):
    got = facts_of(extract_text("Kuaishou's G1 robot picks items off shelves, and in January the company released Zorvex-7, a grasping model."), "developer")
    assert ("Zorvex-7", "developer", "Kuaishou") in got, got
    got = facts_of(extract_text("Its founder said the app runs on Tencent's Hunyuan, and in March the company released Zorvex-8."), "developer")
    assert ("Zorvex-8", "developer", "Tencent") not in got, got


def test_a_possessive_role_after_the_subjects_apposition(extract_text):
    got = facts_of(extract_text("Wang Lin, deputy director of the Tsinghua Institute for AI, is also Kuaishou's chief scientist."), "affiliatedWith")
    assert ("Wang Lin", "affiliatedWith", "Kuaishou") in got, got


def test_a_research_bodys_unit_named_after_it(extract_text):
    got = facts_of(extract_text("Wang Lin of Tsinghua University Law School spoke."), "subsidiaryOf")
    assert ("Tsinghua University Law School", "subsidiaryOf", "Tsinghua University") in got, got


def test_a_joint_venture_belongs_to_its_owners(extract_text):
    got = facts_of(extract_text("Zorvex Motors, a joint venture between Baidu and Kuaishou, sells cars."), "subsidiaryOf")
    assert {("Zorvex Motors", "subsidiaryOf", "Baidu"), ("Zorvex Motors", "subsidiaryOf", "Kuaishou")} <= got, got


def test_pipe_tables_need_a_header_and_rows_and_leave_menus_alone():
    from extractors.tables import pipe_tables

    menu = "Home | News | Trackers | Subscribe\n| Print | Share |\n\n"
    table = ("| # | Instrument | Issuer(s) | Issued |\n"
             "|---|---|---|---|\n"
             "| 1 | Measures for Zorvex Labelling | CAC; MIIT | 14 Mar 2025 |\n")
    text = menu + table
    (t,) = pipe_tables(text)
    assert t.header == ("#", "instrument", "issuer", "issued")
    (row,) = t.rows
    assert [text[a:b] for a, b in row] == ["1", "Measures for Zorvex Labelling", "CAC; MIIT", "14 Mar 2025"]
    assert t.first_named_column() == 1
    # two rows without a rule are a table; one row without a rule is not
    assert pipe_tables("| Model | Developer |\n| Qwen | Alibaba Cloud |\n| Hunyuan | Tencent |\n")
    assert not pipe_tables("| Model | Developer |\n| Qwen | Alibaba Cloud |\n\n| a | b | c |\n")


def test_a_tracker_table_gives_each_row_its_issuers_and_its_issue_date(extract_text):
    text = (
        "Regulation tracker\n\nLast updated: 30/06/2025\n\n"
        "| # | Instrument | Issuer(s) | Issued | In force from | Status |\n"
        "|---|---|---|---|---|---|\n"
        "| 1 | Measures for the Labelling of Zorvex Content | CAC; MIIT | 14 Mar 2025 | 1 Sep 2025 | Issued |\n"
        "| 2 | Provisions on Zorvex Recommendation Services | State Council | 31 Dec 2021 | 1 Mar 2022 | In force |\n"
    )
    got = facts_of(extract_text(text, "2025-06-30"))
    assert {("Measures for the Labelling of Zorvex Content", "issuedBy", "Cyberspace Administration of China"),
            ("Measures for the Labelling of Zorvex Content", "issuedBy", "Ministry of Industry and Information Technology"),
            ("Provisions on Zorvex Recommendation Services", "issuedBy", "State Council"),
            ("Measures for the Labelling of Zorvex Content", "date", "2025-03-14"),
            ("Provisions on Zorvex Recommendation Services", "date", "2021-12-31")} <= got, got
    # the date it takes force is not the date it was issued
    assert ("Measures for the Labelling of Zorvex Content", "date", "2025-09-01") not in got
    assert ("Provisions on Zorvex Recommendation Services", "issuedBy", "Ministry of Industry and Information Technology") not in got


def test_a_leaderboard_table_gives_each_model_its_developer_and_release_month(extract_text):
    text = (
        "Open model leaderboard, June 2025\n\n"
        "| Rank | Model | Developer | Open weights | Released |\n"
        "|---|---|---|---|---|\n"
        "| 1 | Qwen | Alibaba Cloud | yes | Apr 2025 |\n"
        "| 2 | Hunyuan | Tencent | no | Mar 2025 |\n"
    )
    got = facts_of(extract_text(text, "2025-06-30"))
    assert {("Qwen", "developer", "Alibaba Cloud"), ("Hunyuan", "developer", "Tencent"),
            ("Qwen", "releaseDate", "2025-04"), ("Hunyuan", "releaseDate", "2025-03")} <= got, got
    assert ("Hunyuan", "developer", "Alibaba Cloud") not in got


@pytest.mark.parametrize("text,fact", [
    # a family that underpins a product: the product is built on it
    ("Zhipu AI, whose Hunyuan family underpins its Zorvex Chat assistant, raised money.", ("Zorvex Chat", "basedOn", "Hunyuan")),
    ("Qwen serves as the basis for ERNIE Bot.", ("ERNIE Bot", "basedOn", "Qwen")),
    # a firm's name as the adjective of a unit noun in apposition
    ("Zorvex Lab, the Tencent research unit, published a paper.", ("Zorvex Lab", "subsidiaryOf", "Tencent")),
    ("Zorvex Systems, the software company of Baidu, holds 60%.", ("Zorvex Systems", "subsidiaryOf", "Baidu")),
    ("Kuaishou, a partner of Tencent since 2021, will use it.", ("Kuaishou", "partnerOf", "Tencent")),
    ("The Zorvex Law, drafted by a team at Tsinghua University in 2023, is influential.", ("Zorvex Law", "issuedBy", "Tsinghua University")),
    ("Zorvex Vision, the visual model Kuaishou develops in-house, got an upgrade.", ("Zorvex Vision", "developer", "Kuaishou")),
    ('On Tuesday, the State Council issued the Opinions on Deepening the Implementation of the "Zorvex Plus" Action.',
     ('Opinions on Deepening the Implementation of the "Zorvex Plus" Action', "issuedBy", "State Council")),
    ("Wang Lin left Kuaishou, where he had run model research, to join Moonshot AI.", ("Wang Lin", "affiliatedWith", "Moonshot AI")),
    ("Measures for Zorvex Labelling (final). The finalised text of the draft, jointly issued by the CAC and MIIT, took effect.",
     ("Measures for Zorvex Labelling", "issuedBy", "Ministry of Industry and Information Technology")),
    ("The Zorvexia imposed export restrictions on lithography machines.", ("restrictions on lithography machines", "issuedBy", "Zorvexia")),
    ("Moonshot AI's president, Wang Lin, left the firm.", ("Wang Lin", "affiliatedWith", "Moonshot AI")),
    ("Wang Lin, who previously ran Baidu, now heads Zhipu AI.", ("Wang Lin", "affiliatedWith", "Baidu")),
    ("In March, the CAC and three other agencies issued the Measures for Zorvex Labelling.", ("Measures for Zorvex Labelling", "issuedBy", "Cyberspace Administration of China")),
    ("The Measures for Zorvex Services apply to chatbots like ERNIE Bot.", ("Measures for Zorvex Services", "targets", "ERNIE Bot")),
    ("Wang Lin, 45, is a former Kuaishou executive.", ("Wang Lin", "affiliatedWith", "Kuaishou")),
    ("Wang Lin (chief executive of Kuaishou) declined to comment.", ("Wang Lin", "affiliatedWith", "Kuaishou")),
    ("Wang Lin, who leads the AI lab at Tencent, spoke.", ("Wang Lin", "affiliatedWith", "Tencent")),
    ("Wang Lin, who joined Moonshot AI last year from Kuaishou, spoke.", ("Wang Lin", "affiliatedWith", "Kuaishou")),
])
def test_appositions_clauses_and_quoted_titles(extract_text, text, fact):
    assert fact in facts_of(extract_text(text, "2025-06-30")), facts_of(extract_text(text, "2025-06-30"))


def test_a_spin_off_in_apposition_is_no_unit(extract_text):
    got = facts_of(extract_text("Zhipu AI, the Tsinghua University spin-off, released Qwen.", "2025-06-30"))
    assert ("Zhipu AI", "subsidiaryOf", "Tsinghua University") not in got, got


def test_an_office_holder_issues_a_policy_and_a_firms_chief_does_not(extract_text):
    got = facts_of(extract_text(
        "The Zorvex Governance Initiative was put forward by President Zhou Min in 2023. "
        "The Zorvex Data Plan, announced by Tencent chief executive Wang Lin, drew praise.", "2025-06-30"))
    assert ("Zorvex Governance Initiative", "issuedBy", "Zhou Min") in got, got
    assert not any(f[1] == "issuedBy" and f[2] == "Wang Lin" for f in got), got


@pytest.mark.parametrize("text,fact", [
    # a model taken into a firm's own unnamed products is integrated into the firm
    ("Baidu plugged Qwen into its search engine.", ("Qwen", "integratedInto", "Baidu")),
    ("Tencent and Kuaishou connected their cloud platforms to Qwen in February.", ("Qwen", "integratedInto", "Kuaishou")),
    ("Kuaishou's in-car assistant uses Hunyuan models.", ("Hunyuan", "integratedInto", "Kuaishou")),
    # a clause whose own subject built the model on another
    ("Zorvex-R1, which Zhipu AI built on top of its Zorvex-V3 model, shocked markets.", ("Zorvex-R1", "basedOn", "Zorvex-V3")),
    # an assistant or a chatbot named by its head noun is a product a model can be built into
    ("Kuaishou has built Qwen into its Zorvex assistant.", ("Qwen", "integratedInto", "Zorvex")),
    ("Kuaishou has integrated Qwen into its cockpit system.", ("Qwen", "integratedInto", "Kuaishou")),
    ("The ERNIE Bot app now offers Qwen alongside Hunyuan.", ("Qwen", "integratedInto", "ERNIE Bot")),
    ("Hunyuan can be accessed through ERNIE Bot.", ("Hunyuan", "integratedInto", "ERNIE Bot")),
])
def test_models_in_a_firms_own_products_and_clauses_that_build_on(extract_text, text, fact):
    assert fact in facts_of(extract_text(text, "2025-06-30")), facts_of(extract_text(text, "2025-06-30"))


def test_a_named_product_after_its_takes_the_model_not_the_firm(extract_text):
    got = facts_of(extract_text("Tencent integrated Qwen into its Hunyuan assistant.", "2025-06-30"))
    assert ("Qwen", "integratedInto", "Tencent") not in got, got


def test_the_platform_an_app_comes_on_is_not_dated_by_its_release(extract_text):
    got = facts_of(extract_text("Baidu began rolling out ERNIE Bot on Hunyuan earlier this month.", "2025-06-10"))
    assert not any(f[0] == "Hunyuan" and f[1] == "releaseDate" for f in got), got


def test_a_hub_namespace_and_an_object_relative_clause_make_no_relations(extract_text):
    got = facts_of(extract_text(
        "Base model: Qwen/Qwen2.5-32B. On the benchmark that Kuaishou released in May, Hunyuan scores higher.", "2025-08-26"))
    assert not any(f[1] == "basedOn" and f[2] == "Qwen" for f in got), got
    assert ("Hunyuan", "developer", "Kuaishou") not in got, got


def test_a_date_of_saying_is_not_the_date_of_a_promised_release(extract_text):
    got = facts_of(extract_text("Baidu grew; in February, however, Baidu said it would open-source its ERNIE 5 series.", "2025-06-30"))
    assert not any(f[0] == "ERNIE 5" and f[1] == "releaseDate" for f in got), got


def test_a_plain_word_opening_a_product_name_makes_no_family(tmp_path):
    from kg.nlp import load_pipeline, process

    (tmp_path / "products.jsonl").write_text(
        '{"id": "Model_Context_Protocol", "name": "Model Context Protocol", "type": "Product"}\n'
        '{"id": "Qwen", "name": "Qwen", "type": "AIModel"}\n', encoding="utf-8")
    nlp = load_pipeline(None, str(tmp_path))
    doc = process(nlp, "Singapore's Model AI Governance Framework and the Qwen Code Framework were compared.", "2025-06-30")
    types = {m.text: m.type for m in doc._.cakg_mentions}
    assert types.get("Model AI Governance Framework") == "Policy", types
    assert types.get("Qwen Code Framework") == "Product", types


def test_a_milestones_pages_rounds_are_its_own_firms(extract_text):
    text = ("Zhipu AI\nHome | Models | About us\n\nAbout us - Milestones\n\n"
            "2022 — Zhipu AI was founded in Beijing.\n"
            "Apr 2023: Angel round of tens of millions of yuan, led by Tencent.\n"
            "Dec 2024: new round of several hundred million yuan from Baidu and Kuaishou.\n")
    got = facts_of(extract_text(text, "2025-07-08"))
    assert {("Tencent", "investedIn", "Zhipu AI"), ("Baidu", "investedIn", "Zhipu AI"), ("Kuaishou", "investedIn", "Zhipu AI")} <= got, got


def test_an_alleged_derivation_is_no_fact(extract_text):
    got = facts_of(extract_text("A group posted an analysis alleging that Hunyuan was derived from Qwen.", "2025-07-08"))
    assert ("Hunyuan", "basedOn", "Qwen") not in got, got


def test_key_lines_under_a_listing_relate_its_heading(extract_text):
    text = ("Calendar\n\nZorvex Summit 2025\n8–12 Aug. 2025, Beijing\nOrganisers: Tencent and the State Council\n\n"
            "2022-11-25 — Provisions on Zorvex Synthesis\nIssuer: CAC; MIIT\nStatus: in force.\n\n"
            "Zhipu AI launches the Zorvex Plan\nSource: Xinhua\n")
    got = facts_of(extract_text(text, "2025-06-02"))
    assert {("Zorvex Summit 2025", "involves", "Tencent"), ("Zorvex Summit 2025", "involves", "State Council"),
            ("Provisions on Zorvex Synthesis", "issuedBy", "Cyberspace Administration of China"),
            ("Provisions on Zorvex Synthesis", "issuedBy", "Ministry of Industry and Information Technology")} <= got, got
    assert not any(f[1] == "issuedBy" and f[2] == "Xinhua" for f in got), got


def test_a_milestones_page_is_the_subject_of_its_entries(extract_text):
    text = ("Zhipu AI\nHome | About us\n\nAbout us - Milestones. Zhipu AI makes models.\n\n"
            "2022 — Founded in Beijing by Wang Lin (CEO) and Zhou Min (CTO).\n"
            "Aug 2023: launched Zorvex-2, our consumer chatbot.\n")
    got = facts_of(extract_text(text, "2025-07-08"))
    assert {("Wang Lin", "affiliatedWith", "Zhipu AI"), ("Zhou Min", "affiliatedWith", "Zhipu AI"),
            ("Zorvex-2", "developer", "Zhipu AI")} <= got, got
    assert ("Wang Lin", "affiliatedWith", "Kuaishou") in facts_of(extract_text("Kuaishou was founded in Beijing in 2011 by Wang Lin.", "2025-07-08"))


def test_a_national_office_affiliates_its_holder_with_the_registrys_country(extract_text):
    got = facts_of(extract_text("The summit was chaired by Premier Zorvan Lee. Zorvan Lee later left.", "2025-06-30"))
    assert ("Zorvan Lee", "affiliatedWith", "Zorvexia") in got, got
    got = facts_of(extract_text("Zorvan Lee visited Beijing.", "2025-06-30"))
    assert ("Zorvan Lee", "affiliatedWith", "Zorvexia") not in got, got


@pytest.mark.parametrize("text,fact", [
    ("Tencent's Hunyuan team developed Qwen.", ("Hunyuan team", "subsidiaryOf", "Tencent")),
    ("The Zorvex Laboratory at Baidu released a model.", ("Zorvex Laboratory", "subsidiaryOf", "Baidu")),
    ("Zorvex Academy is Alibaba's research institute.", ("Zorvex Academy", "subsidiaryOf", "Alibaba Group")),
])
def test_teams_and_labs_of_a_firm(extract_text, text, fact):
    assert fact in facts_of(extract_text(text, "2025-06-30")), facts_of(extract_text(text, "2025-06-30"))


def test_a_firm_at_a_place_or_of_a_city_is_no_unit(extract_text):
    got = facts_of(extract_text("Zhipu AI of Beijing released a model, and Moonshot AI at Tsinghua University did too.", "2025-06-30"))
    assert not any(f[1] == "subsidiaryOf" for f in got), got


@pytest.mark.parametrize("text,fact", [
    ("Alibaba Group and Tencent are partnering on AI features for phones.", ("Alibaba Group", "partnerOf", "Tencent")),
    ("Baidu and Kuaishou agreed to deploy robots in factories.", ("Baidu", "partnerOf", "Kuaishou")),
    ("The deal makes Kuaishou a key customer of Zhipu AI.", ("Kuaishou", "partnerOf", "Zhipu AI")),
    ("Zhipu AI's partners include Tencent and Baidu.", ("Zhipu AI", "partnerOf", "Baidu")),
])
def test_partnerships(extract_text, text, fact):
    got = facts_of(extract_text(text, "2025-06-30"))
    assert fact in got or (fact[2], fact[1], fact[0]) in got, got


def test_from_a_firm_is_a_former_employer_only_after_joining(extract_text):
    got = facts_of(extract_text("Wang Lin bought shares of Baidu from Tencent.", "2025-06-30"))
    assert ("Wang Lin", "affiliatedWith", "Tencent") not in got, got


@pytest.mark.parametrize("text,facts", [
    # the event's dates between the opener and the subject; what the subject launched there
    ("At Zorvex Summit 2024, 4-6 July 2024, Tencent launched Zorvex-2 and Zorvex-3.",
     {("Zorvex Summit 2024", "involves", "Tencent"), ("Zorvex Summit 2024", "involves", "Zorvex-2"),
      ("Zorvex Summit 2024", "involves", "Zorvex-3")}),
    ("At Zorvex Summit 2024 (21-23 June 2024), Baidu unveiled its new Zorvex-5.",
     {("Zorvex Summit 2024", "involves", "Baidu"), ("Zorvex Summit 2024", "involves", "Zorvex-5")}),
    # what an agency released at an event
    ("The Measures for Zorvex Labelling were released by the Cyberspace Administration of China at Zorvex Summit 2024.",
     {("Zorvex Summit 2024", "involves", "Measures for Zorvex Labelling"),
      ("Measures for Zorvex Labelling", "issuedBy", "Cyberspace Administration of China")}),
])
def test_what_happens_at_an_event(extract_text, text, facts):
    got = facts_of(extract_text(text, "2025-06-30"))
    assert facts <= got, got


def test_a_holder_of_national_office_issues_a_policy_under_a_bare_name(extract_text):
    got = facts_of(extract_text("Zorvan Lee announced the Zorvex Governance Initiative.", "2025-06-30"))
    assert ("Zorvex Governance Initiative", "issuedBy", "Zorvan Lee") in got, got
    got = facts_of(extract_text("Wang Lin announced the Zorvex Governance Initiative.", "2025-06-30"))
    assert not any(f[1] == "issuedBy" for f in got), got


@pytest.mark.parametrize("text,fact", [
    ("The Basic Security Requirements for Zorvex Model Services were finalised by the Ministry of Industry and Information Technology.",
     ("Basic Security Requirements for Zorvex Model Services", "issuedBy", "Ministry of Industry and Information Technology")),
    ("The Measures for Zorvex Labelling were jointly issued with the Ministry of Industry and Information Technology.",
     ("Measures for Zorvex Labelling", "issuedBy", "Ministry of Industry and Information Technology")),
    ("The State Council published the Measures for Zorvex Labelling. The rules were issued together with the "
     "Ministry of Industry and Information Technology.",
     ("Measures for Zorvex Labelling", "issuedBy", "Ministry of Industry and Information Technology")),
])
def test_co_issuers_and_standards(extract_text, text, fact):
    got = facts_of(extract_text(text, "2025-06-30"))
    assert fact in got, got


def test_requirements_for_a_demonym_is_no_standard(extract_text):
    assert "Requirements for Chinese" not in names_types(extract_text("Requirements for Chinese firms are strict.", "2025-06-30"))


@pytest.mark.parametrize("text,fact", [
    ("Kuaishou's chairman and chief executive, Wang Lin, spoke first.", ("Wang Lin", "affiliatedWith", "Kuaishou")),
    ("Zhipu AI released a model. Its chief scientist, Wang Lin, said it was cheap.", ("Wang Lin", "affiliatedWith", "Zhipu AI")),
    ("Zhipu AI released a model. The chairman, Wang Lin, said it was cheap.", ("Wang Lin", "affiliatedWith", "Zhipu AI")),
    # a firm named by its trade, a place word inside the description
    ("Kuaishou listed in Hong Kong. The Beijing video maker was founded in 2011 by Wang Lin.", ("Wang Lin", "affiliatedWith", "Kuaishou")),
    # a possessive description, an adverb before the verb
    ("Zhipu AI raised money. By then the startup's backers already included Tencent and Baidu.", ("Baidu", "investedIn", "Zhipu AI")),
])
def test_people_and_backers_of_a_firm_named_before(extract_text, text, fact):
    got = facts_of(extract_text(text, "2025-06-30"))
    assert fact in got, got


@pytest.mark.parametrize("text,fact", [
    ("Tencent showed the Zorvex Glasses app, which is powered by Hunyuan.", ("Hunyuan", "integratedInto", "Zorvex Glasses")),
    ("Kuaishou fine-tuned Qwen into Zorvex-7, its new model.", ("Zorvex-7", "basedOn", "Qwen")),
    ("Tencent released Zorvex-8. It already runs behind the Zorvex Pal app.", ("Zorvex-8", "integratedInto", "Zorvex Pal")),
])
def test_models_behind_products_and_models_made_from_models(extract_text, text, fact):
    got = facts_of(extract_text(text, "2025-06-30"))
    assert fact in got, got


def test_kuaishou_moved_qwen_is_no_base(extract_text):
    got = facts_of(extract_text("Kuaishou moved Qwen into Zorvex-7, its new model.", "2025-06-30"))
    assert not any(f[1] == "basedOn" for f in got), got


@pytest.mark.parametrize("text,present,absent", [
    # the event's date opening the sentence is also the date of what is launched there
    ("At the Zorvex Summit in Hangzhou on Sept. 24, Tencent launched Zorvex-4 and Zorvex-5, its new models.",
     {("Zorvex Summit", "date", "2025-09-24"), ("Zorvex-4", "releaseDate", "2025-09-24"), ("Zorvex-5", "releaseDate", "2025-09-24")}, set()),
    # ... not of a name further on
    ("At the Zorvex Summit in September 2025, chairman Wang Lin unveiled a roadmap running from the Zorvex-6 chip in 2026.",
     set(), {("Zorvex-6", "releaseDate", "2025-09")}),
    # an apposition's date after ", and" is of its own name
    ("Zorvex-8 is built on Qwen, and Zorvex-9, released in June, was built on Hunyuan.",
     {("Zorvex-9", "releaseDate", "2025-06")}, {("Qwen", "releaseDate", "2025-06")}),
    ("Zorvex-9, released by Qihoo 360 in March, was trained from Qwen.", {("Zorvex-9", "releaseDate", "2025-03")}, set()),
])
def test_dates_of_launches_at_events_and_appositions(extract_text, text, present, absent):
    got = {f for f in facts_of(extract_text(text, "2025-10-20")) if f[1] in ("date", "releaseDate")}
    assert present <= got and not absent & got, got


def test_a_makers_product_makes_no_product_family_of_its_name(extract_text):
    # the fixture registry holds the product "Kuaishou Input": "Kuaishou" names the maker, not a family of products
    ex = extract_text("The new version is built on Kuaishou Zorvex X1, the reasoning model that the company launched in January.", "2025-10-20")
    assert names_types(ex).get("Kuaishou Zorvex X1") == "AIModel", names_types(ex)


@pytest.mark.parametrize("text,present,absent", [
    ("Zhipu AI makes models. Zhipu AI sells them. A round closed in December, and by then the startup's backers already "
     "included Tencent and Baidu.", {("Tencent", "investedIn", "Zhipu AI"), ("Baidu", "investedIn", "Zhipu AI")}, set()),
    ("Zhipu AI makes models. Zhipu AI sells them. Early this year Zorvex City Investment Group and Zorvex Capital, an "
     "investment platform of the city, put in 1 billion yuan in March.",
     {("Zorvex City Investment Group", "investedIn", "Zhipu AI"), ("Zorvex Capital", "investedIn", "Zhipu AI")}, set()),
    ("Zhipu AI makes models. Zhipu AI sells them. Soon they were joined by Zorvex Huafa Group, which invested 500 million yuan.",
     {("Zorvex Huafa Group", "investedIn", "Zhipu AI")}, set()),
    # an investment in another firm, and a firm's own shareholders
    ("Zhipu AI makes models. Zhipu AI sells them. Zorvex Capital put in 1 billion yuan in Kuaishou.", set(),
     {("Zorvex Capital", "investedIn", "Zhipu AI")}),
    ("Zhipu AI makes models. Zhipu AI sells them. Tencent said its shareholders include Zorvex Capital.", set(),
     {("Zorvex Capital", "investedIn", "Zhipu AI")}),
])
def test_backers_of_the_firm_a_page_is_about(extract_text, text, present, absent):
    got = facts_of(extract_text(text, "2025-06-30"))
    assert present <= got and not absent & got, got


@pytest.mark.parametrize("text,fact", [
    ("Tencent released Zorvex-3 in July. The report confirms that the model is built on Qwen.", ("Zorvex-3", "basedOn", "Qwen")),
    ("Tencent and Baidu, two rivals, said they had worked with Zhipu AI on the new chips.", ("Baidu", "partnerOf", "Zhipu AI")),
])
def test_reported_statements(extract_text, text, fact):
    got = facts_of(extract_text(text, "2025-06-30"))
    assert fact in got or (fact[2], fact[1], fact[0]) in got, got


@pytest.mark.parametrize("text,present,absent", [
    ("Tencent bought bonds issued by Kuaishou, and the two signed a cooperation agreement.", {("Tencent", "partnerOf", "Kuaishou")}, set()),
    ("Baidu met Kuaishou in Beijing. The two companies will jointly build a car brand.", {("Baidu", "partnerOf", "Kuaishou")}, set()),
    ("Baidu met Kuaishou in Beijing. Both firms have signed a deal. Sales rose.", {("Baidu", "partnerOf", "Kuaishou")}, set()),
    # the two of another kind, or nothing done together
    ("Baidu met Kuaishou in Beijing. The two models were released in May.", set(), {("Baidu", "partnerOf", "Kuaishou")}),
])
def test_the_two_firms_named_last_are_partners(extract_text, text, present, absent):
    got = {f for f in facts_of(extract_text(text, "2025-06-30")) if f[1] == "partnerOf"}
    got |= {(o, p, s) for s, p, o in got}
    assert present <= got and not absent & got, got


@pytest.mark.parametrize("text,present,absent", [
    ("Zorvex Daily is published under the Ministry of Industry and Information Technology.",
     {("Zorvex Daily", "subsidiaryOf", "Ministry of Industry and Information Technology")}, set()),
    ("The Zorvex Academy, a think tank under the State Council, released a report.", {("Zorvex Academy", "subsidiaryOf", "State Council")}, set()),
    ("Tencent operates under the State Council's guidance.", set(), {("Tencent", "subsidiaryOf", "State Council")}),
    ("The Zorvex-7 model will be shown to the public at the Zorvex Summit, which opens tomorrow.", {("Zorvex Summit", "involves", "Zorvex-7")}, set()),
    # the head noun of an apposition is not the subject's
    ("Tencent's Zorvex Rack, a system that links 384 Zorvex-9 chips, was first shown at the Zorvex Summit.",
     set(), {("Zorvex Summit", "involves", "Zorvex-9")}),
])
def test_units_under_a_body_and_things_shown_at_events(extract_text, text, present, absent):
    got = facts_of(extract_text(text, "2025-06-30"))
    assert present <= got and not absent & got, got


@pytest.mark.parametrize("text,present,absent", [
    # the weekday of a date written out after it is no relative day
    ("Tencent released Zorvex-2, its new model, on Monday, 17 November.", {("Zorvex-2", "releaseDate", "2025-11-17")},
     {("Zorvex-2", "releaseDate", "2025-12-01")}),
    # what a device ships with is not released then
    ("Out since October 15, Kuaishou's phone ships with the Zorvex-3 agent.", set(), {("Zorvex-3", "releaseDate", "2025-10-15")}),
    # a participle opener dates its own subject, not a name further on
    ("Released 13/10/2025, the phone uses Tencent's Zorvex-4 models on the device.", set(), {("Zorvex-4", "releaseDate", "2025-10-13")}),
])
def test_dates_of_devices_and_written_out_weekdays(extract_text, text, present, absent):
    got = {f for f in facts_of(extract_text(text, "2025-12-01")) if f[1] in ("date", "releaseDate")}
    assert present <= got and not absent & got, got


def test_counted_or_effective_phrases_are_no_policy_names(extract_text):
    names = names_types(extract_text("The State Council issued three standards in April. The standards on model safety became "
                                     "effective on 1 November 2025.", "2025-12-01"))
    assert "three standards" not in names and not any("became" in n for n in names), names


def test_a_models_hyphen_may_be_written_as_a_space(extract_text):
    # the fixture registry writes "Qorlix-Turbo" with its hyphen
    ex = extract_text("Qorlix Turbo, the previous flagship, had been introduced in September 2024.", "2025-06-30")
    assert names_types(ex).get("Qorlix-Turbo") == "AIModel", names_types(ex)


def test_a_person_named_by_a_role_is_not_the_city_of_the_same_letters(extract_text):
    # the fixture registry holds the city of Qorlin
    ex = extract_text("Qor Lin, deputy director of the Cyberspace Administration of China, told reporters.", "2025-06-30")
    assert names_types(ex).get("Qor Lin") == "Person", names_types(ex)


@pytest.mark.parametrize("text,present,absent", [
    ("Wang Lin, who led video work at Tencent, has left to found Zorvex Frame, a Hangzhou start-up. The company closed a "
     "$20 million seed round led by Baidu.", {("Wang Lin", "affiliatedWith", "Zorvex Frame"), ("Baidu", "investedIn", "Zorvex Frame")},
     {("Baidu", "investedIn", "Tencent")}),
    ("Tencent said on Wednesday that Wang Lin, a former scientist at Baidu, has become its chief AI scientist.",
     {("Wang Lin", "affiliatedWith", "Tencent")}, set()),
    ("- Provisions on Zorvex Synthesis - issued 25 November 2022 by the Cyberspace Administration of China and the State Council; effective 2023.",
     {("Provisions on Zorvex Synthesis", "issuedBy", "Cyberspace Administration of China"),
      ("Provisions on Zorvex Synthesis", "issuedBy", "State Council")}, set()),
    ('The Implementation Plan for the "Zorvex Plus Manufacturing" Special Action was drawn up together with the State Council.',
     {('Implementation Plan for the "Zorvex Plus Manufacturing" Special Action', "issuedBy", "State Council")}, set()),
])
def test_founders_hires_and_listed_issuers(extract_text, text, present, absent):
    got = facts_of(extract_text(text, "2025-06-30"))
    assert present <= got and not absent & got, got


@pytest.mark.parametrize("text,present", [
    ("Zorvex-5, which launched in March and went viral within days, is built on Qwen.", {("Zorvex-5", "basedOn", "Qwen")}),
    ("Kuaishou makes robots. Its June round drew Tencent and Baidu.", {("Tencent", "investedIn", "Kuaishou"), ("Baidu", "investedIn", "Kuaishou")}),
    ("Zhipu AI closed a 1 billion yuan round last month. Tencent led; Baidu and Kuaishou, two rivals, also put money in.",
     {("Baidu", "investedIn", "Zhipu AI"), ("Kuaishou", "investedIn", "Zhipu AI")}),
    ("Zhipu AI raised 1 billion yuan in a round. Tencent led the round, and earlier backers Baidu and Kuaishou followed on.",
     {("Baidu", "investedIn", "Zhipu AI")}),
    ("Tencent launched Hunyuan with its chief technology officer Wang Lin.", {("Wang Lin", "affiliatedWith", "Tencent")}),
    ("At the Zorvex Summit 2025 in Beijing, rotating chairman Wang Lin laid out a roadmap.", {("Zorvex Summit 2025", "involves", "Wang Lin")}),
    ("Hunyuan is also the default model in the Zorvex Pal app.", {("Hunyuan", "integratedInto", "Zorvex Pal")}),
])
def test_rounds_roles_and_defaults_over_clauses(extract_text, text, present):
    got = facts_of(extract_text(text, "2025-06-30"))
    assert present <= got, got


@pytest.mark.parametrize("text,present,absent", [
    ("The model is great, said Wang Lin, Chairman and Chief Executive Officer of Kuaishou.", {("Wang Lin", "affiliatedWith", "Kuaishou")},
     {("Officer", "affiliatedWith", "Kuaishou")}),
    ("Kuaishou released Zorvex-3, its new model. Since October it has also been built into the Zorvex Pal app.",
     {("Zorvex-3", "integratedInto", "Zorvex Pal")}, set()),
    ("The Zorvex Pal app ships with Hunyuan.", {("Hunyuan", "integratedInto", "Zorvex Pal")}, set()),
])
def test_titles_openers_and_what_devices_ship_with(extract_text, text, present, absent):
    got = facts_of(extract_text(text, "2025-06-30"))
    assert present <= got and not absent & got, got


@pytest.mark.parametrize("text,present,absent", [
    # the date a policy takes effect, after the document's date, is no issue date
    ("On 15 September the State Council published the Measures for Zorvex Reporting, which take effect on 1 November 2025.",
     {("Measures for Zorvex Reporting", "date", "2025-09-15")}, {("Measures for Zorvex Reporting", "date", "2025-11-01")}),
    # an entry whose subject arrived on the entry's date
    ("* 29 September - Zorvex-4 arrived, trained on top of Zorvex-3.", {("Zorvex-4", "releaseDate", "2025-09-29")},
     {("Zorvex-3", "releaseDate", "2025-09-29")}),
])
def test_effective_dates_and_arrivals(extract_text, text, present, absent):
    got = {f for f in facts_of(extract_text(text, "2025-10-02")) if f[1] in ("date", "releaseDate")}
    assert present <= got and not absent & got, got


@pytest.mark.parametrize("text,fact", [
    ("Zorvex-5, a new model, was developed together with teams at Tsinghua University and Baidu.", ("Zorvex-5", "developer", "Baidu")),
])
def test_co_developers_named_after_with(extract_text, text, fact):
    assert fact in facts_of(extract_text(text, "2025-06-30"))


def test_a_release_told_in_a_relative_clause_of_the_institute(extract_text):
    got = facts_of(extract_text("Zorvex-3, the world model that the institute first released in October 2024, is joined by others.", "2025-06-20"))
    assert ("Zorvex-3", "releaseDate", "2024-10") in got, got


def test_a_bodys_guideline_on_a_policy_issues_it(extract_text):
    got = facts_of(extract_text("The plan builds on the State Council's guideline on the Zorvex Plus initiative.", "2025-06-30"))
    assert ("Zorvex Plus initiative", "issuedBy", "State Council") in got, got


def test_a_weekday_before_an_abbreviated_month_makes_a_date(extract_text):
    got = facts_of(extract_text("* Mon 1 Sep - Tencent open-sourced Zorvex-6, its new model.", "2025-10-02"))
    assert ("Zorvex-6", "releaseDate", "2025-09-01") in got, got


@pytest.mark.parametrize("text,present,absent", [
    ("Zhipu AI makes models. Zhipu AI sells them. Tencent and Baidu are all reported to be shareholders.",
     {("Tencent", "investedIn", "Zhipu AI"), ("Baidu", "investedIn", "Zhipu AI")}, set()),
    ("Zhipu AI makes models. Zhipu AI sells them. Kuaishou, the video group, led one of its earlier funding rounds.",
     {("Kuaishou", "investedIn", "Zhipu AI")}, set()),
    ("Baidu opened the Zorvex Robot Innovation Center in 2024. The innovation center, whose backers are said to include "
     "Tencent and Kuaishou, makes robots.", {("Kuaishou", "investedIn", "Zorvex Robot Innovation Center")}, {("Kuaishou", "investedIn", "Baidu")}),
])
def test_shareholders_of_the_firm_named_before(extract_text, text, present, absent):
    got = facts_of(extract_text(text, "2025-06-30"))
    assert present <= got and not absent & got, got


@pytest.mark.parametrize("text,fact", [
    ("Tencent subscribed to US$250 million of convertible bonds issued by Kuaishou.", ("Tencent", "investedIn", "Kuaishou")),
    ("Zhipu AI makes models. Zhipu AI sells them. Soon they were joined by Zorvex Capital, which invested 500 million yuan, "
     "and by Zorvex Hi-tech Group, with 300 million yuan.", ("Zorvex Hi-tech Group", "investedIn", "Zhipu AI")),
    ("He said Hunyuan, the visual model Tencent develops in-house, now powers AI features in both the Zorvex Pal app and Qwen.",
     ("Hunyuan", "integratedInto", "Zorvex Pal")),
])
def test_bonds_amounts_and_features(extract_text, text, fact):
    got = facts_of(extract_text(text, "2025-06-30"))
    assert fact in got, got


@pytest.mark.parametrize("text,present,absent", [
    # a time after the model is no host it is integrated into, nor the model's release
    ("The Zorvex Pal app calls Hunyuan in February.", {("Hunyuan", "integratedInto", "Zorvex Pal")},
     {("Hunyuan", "releaseDate", "2025-02")}),
    # ... but a model called so was released then
    ("Tencent released a foundation model called Zorvex-9 in March.", {("Zorvex-9", "releaseDate", "2025-03")}, set()),
])
def test_times_after_a_model_taken_up(extract_text, text, present, absent):
    got = facts_of(extract_text(text, "2025-06-30"))
    assert present <= got and not absent & got, got


def test_a_trackers_dated_entry_line_dates_and_issues_the_title_below_it(extract_text):
    text = ("China AI Rulebook Tracker\n\n"
            "[1] 28/10/2025 | State Council; Cyberspace Administration of China\n"
            "Measures for Zorvex Labelling (Draft for Comment)\n"
            "Status: draft\n\n"
            "April 22, 2025 | Product\n"
            "Zorvex-5 heads for mass production on the eve of the show\n")
    got = facts_of(extract_text(text, "2025-11-01"))
    assert {("Measures for Zorvex Labelling", "date", "2025-10-28"), ("Measures for Zorvex Labelling", "issuedBy", "State Council"),
            ("Measures for Zorvex Labelling", "issuedBy", "Cyberspace Administration of China")} <= got, got
    # a headline that goes on with a verb after the name is no title line
    assert ("Zorvex-5", "releaseDate", "2025-04-22") not in got, got


@pytest.mark.parametrize("text,fact", [
    ("The Zorvex Standards Office itself is administered by the State Council.", ("Zorvex Standards Office", "subsidiaryOf", "State Council")),
    ("The Zorvex Institute and the Zorvex Academy, both directly under the State Council, drafted it.", ("Zorvex Academy", "subsidiaryOf", "State Council")),
])
def test_bodies_administered_by_or_under_another(extract_text, text, fact):
    got = facts_of(extract_text(text, "2025-06-30"))
    assert fact in got, got


def test_a_known_model_with_a_variant_suffix_is_a_model_of_its_own(extract_text):
    # the fixture registry knows Hunyuan; "Hunyuan-Chat" is another model, named in full
    ex = extract_text("Hunyuan-Chat powers the Zorvex Pal app.", "2025-06-30")
    assert names_types(ex).get("Hunyuan-Chat") == "AIModel", names_types(ex)
    assert ("Hunyuan-Chat", "integratedInto", "Zorvex Pal") in facts_of(ex)


def test_a_calls_participant_list(extract_text):
    text = ("Kuaishou Q3 2025 Earnings Call Transcript\n\nCall participants\n"
            "Vera Lum - Head of Investor Relations, Kuaishou\n"
            "Ming Tao - Chief Financial Officer\n"
            "Dan Koh - Analyst, Tencent\n\n"
            "Vera Lum: Good evening and welcome to the Kuaishou call. Kuaishou grew.\n")
    got = facts_of(extract_text(text, "2025-11-28"))
    assert {("Vera Lum", "affiliatedWith", "Kuaishou"), ("Ming Tao", "affiliatedWith", "Kuaishou"),
            ("Dan Koh", "affiliatedWith", "Tencent")} <= got, got


def test_a_versioned_name_of_a_family_shared_by_a_model_and_a_product_is_a_model(extract_text):
    """"ERNIE" names a model and "ERNIE Bot" a product: a new version of the family ("ERNIE 7.5") is a model, while
    a family that names products only ("Vessel 3" in the registry) names a product in any version ("Vessel 6B")."""
    got = names_types(extract_text("Baidu released ERNIE 7.5 on Monday. Tencent shipped the Vessel 6B, its newest part."))
    assert got["ERNIE 7.5"] == "AIModel"
    assert got["Vessel 6B"] == "Product"


def test_bylines_and_credit_lines_name_people(extract_text):
    """The writers a byline or credit line names are people, whatever their names look like; desks, staff, firms
    and roles in the same lines are not, and a registry surname inside a writer's name is not that person."""
    text = ("Zorvex chips sell well\nBy Mark Ellison in Hong Kong and Tomasz Wren in Beijing\n"
            "Posted on 3 May 2025 by Marta Kowalski · 9 min read\nBy Markets Desk | Hangzhou\n"
            "Analysts: Harbourline Securities, Kestrel Capital\n"
            "Authors: Helen Lao, Partner (Shanghai); Marcus Reid, Counsel (Hong Kong)\n\n"
            "Zorvex Technologies Co. said demand was strong.\n(Reporting by Ines Barros; Editing by Claire Hollis)\n")
    got = names_types(extract_text(text))
    for name in ("Mark Ellison", "Tomasz Wren", "Marta Kowalski", "Marcus Reid", "Ines Barros", "Claire Hollis"):
        assert got.get(name) == "Person", name
    assert not {"Markets Desk", "Harbourline Securities", "Kestrel Capital", "Ellison", "Partner"} & {n for n, t in got.items() if t == "Person"}


def test_a_sentence_with_by_is_no_byline(extract_text):
    got = names_types(extract_text("The chip was designed by Quentin Marlowe Labs and tested by Rosa Delgado Team engineers."))
    assert "Rosa Delgado" not in got and "Quentin Marlowe" not in got


def test_investors_of_a_round_named_in_the_next_sentence(extract_text):
    """"X closed a round. A and B co-led it; C joined, as did existing backer D": all invest in X, and co-leading a
    round makes no partnership; "X has finished its Series C. The round was led by E" (a sentence ends after "C.")."""
    text = ("Zorvex Robotics, the Beijing robot maker, closed a 1.1 billion yuan round on Monday. Tencent and Kuaishou "
            "co-led it; Baidu joined, as did existing backer Qihoo 360.")
    facts = facts_of(extract_text(text))
    for investor in ("Tencent", "Kuaishou", "Baidu", "Qihoo 360"):
        assert (investor, "investedIn", "Zorvex Robotics") in facts, investor
    assert ("Tencent", "partnerOf", "Kuaishou") not in facts and ("Kuaishou", "partnerOf", "Tencent") not in facts
    text = "Hangzhou-based Zorvex Robotics has finished its Series C. The round was led by Tencent, with Baidu and Kuaishou taking part."
    facts = facts_of(extract_text(text), "investedIn")
    assert {(x, "investedIn", "Zorvex Robotics") for x in ("Tencent", "Baidu", "Kuaishou")} <= facts


def test_a_singular_apposition_after_a_list_describes_its_last_member(extract_text):
    text = ("Zorvex Robotics raised 2 billion yuan, with Tencent, Baidu and Harbor Peak Capital, the investment arm of Kuaishou, "
            "taking part.")
    facts = facts_of(extract_text(text))
    assert ("Harbor Peak Capital", "subsidiaryOf", "Kuaishou") in facts
    assert ("Tencent", "subsidiaryOf", "Kuaishou") not in facts and ("Baidu", "subsidiaryOf", "Kuaishou") not in facts
    assert {(x, "investedIn", "Zorvex Robotics") for x in ("Tencent", "Baidu", "Harbor Peak Capital")} <= facts


def test_we_closed_a_round_is_not_the_round_of_the_firm_named_before(extract_text):
    text = ("Tencent led our Series A in 2024, and this July we closed a Series B of 600 million yuan, with Baidu, "
            "the search group, also taking part.")
    assert ("Baidu", "investedIn", "Tencent") not in facts_of(extract_text(text), "investedIn")


def test_a_table_without_outer_bars_states_developers_bases_and_dates(extract_text):
    from kg.ingest import clean_scraped_text

    text, _ = clean_scraped_text(
        "Open models of the month\n\nModel | Lab | Built on | Released\nZorvex-3 | Zorvex Labs | Qwen3-8B | 25 Jul 2025\n"
        "Zorvex-3-Mini | Zorvex Labs | own base | 28 Jul 2025\nQorlix-Turbo | Tencent | own base | 1 Aug 2025\n\n"
        "The table lists the models that Zorvex Labs released this summer, with their bases.\n")
    ex = extract_text(text)
    facts = facts_of(ex)
    assert ("Zorvex-3", "developer", "Zorvex Labs") in facts and ("Zorvex-3", "basedOn", "Qwen3-8B") in facts
    assert ("Qorlix-Turbo", "developer", "Tencent") in facts
    assert ("Zorvex-3", "releaseDate", "2025-07-25") in facts_of(ex, "releaseDate")


def test_a_known_models_name_continued_by_another_names_a_distilled_model(extract_text):
    got = names_types(extract_text("Zorvex Labs did this with Qorlix-Turbo-Qwen3-8B, a small model, and Qorlix-Turbo-0905."))
    assert got.get("Qorlix-Turbo-Qwen3-8B") == "AIModel" and got.get("Qorlix-Turbo-0905") == "AIModel"
    assert "Qwen3-8B" not in got


def test_a_makers_name_before_a_known_product_and_its_plural(extract_text):
    """"four Nvidia H100s": the plural of a versioned name is that name; a maker's name before a name the registry
    knows ("Z100" is a product) takes that name's class."""
    got = names_types(extract_text("Zorvex Labs trained its new model on 4,000 Tencent Z100s in March."))
    assert got.get("Tencent Z100") == "Product" and "Tencent Z100s" not in got


def test_an_interview_with_bold_questions_speaks_for_the_interviewees_firm(extract_text):
    """Questions set in bold on their own lines make an interview: "our"/"we" in the answers stand for the firm the
    introduction names, also in sentences that name no one else ("Our Series A closed in May. Baidu led it.")."""
    text = ("Zorvex AI builds document agents for insurers. Its chief executive, Fang Yiran, spoke to us.\n\n"
            "**Who backs you?**\nTencent led our seed round in 2023. Our Series A, 150 million yuan, closed in May. "
            "Baidu led it, and Qihoo 360, the security group, came in alongside Tencent again.\n\n"
            "**What did you build?**\nZorvex-7B is a document model we fine-tuned from Qwen. Gu Peiling, our CTO, wrote "
            "most of it.\n\n**What is next?**\nMore customers.\n")
    facts = facts_of(extract_text(text))
    for investor in ("Tencent", "Baidu", "Qihoo 360"):
        assert (investor, "investedIn", "Zorvex AI") in facts, investor
    assert ("Qihoo 360", "partnerOf", "Tencent") not in facts and ("Tencent", "partnerOf", "Qihoo 360") not in facts
    assert ("Zorvex-7B", "developer", "Zorvex AI") in facts
    assert ("Gu Peiling", "affiliatedWith", "Zorvex AI") in facts


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Zorvex Labs released Qorlix-Turbo-2, which continued the pretraining of Qwen.", ("Qorlix-Turbo-2", "basedOn", "Qwen")),
        ("Its coding model Qorlix-Turbo-2, trained further from Hunyuan, came next.", ("Qorlix-Turbo-2", "basedOn", "Hunyuan")),
        ("Qorlix-Turbo is built on Tencent's Hunyuan and on Alibaba's Qwen.", ("Qorlix-Turbo", "basedOn", "Qwen")),
        ("ERNIE Bot is built on ERNIE, as are Kuaishou Input, a keyboard app, and Qorlix-Turbo.", ("Qorlix-Turbo", "basedOn", "ERNIE")),
    ],
)
def test_more_ways_to_say_what_a_model_is_built_on(extract_text, text, expected):
    assert expected in facts_of(extract_text(text), "basedOn")


def test_a_tool_used_before_the_making_is_no_base_of_what_came_earlier(extract_text):
    facts = facts_of(extract_text("Qorlix-Turbo is built on Hunyuan and on Qwen."), "basedOn")
    assert ("Qwen", "basedOn", "Hunyuan") not in facts and ("Qorlix-Turbo", "basedOn", "Qwen") in facts


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Zhou Lei led a document-understanding team at Tencent for four years.", ("Zhou Lei", "affiliatedWith", "Tencent")),
        ("Zhou Lei had run research groups at Baidu and Tencent.", ("Zhou Lei", "affiliatedWith", "Tencent")),
        ("Zhou Lei spent four years as president of Kuaishou.", ("Zhou Lei", "affiliatedWith", "Kuaishou")),
    ],
)
def test_careers_told_by_what_a_person_led_or_was(extract_text, text, expected):
    assert expected in facts_of(extract_text(text), "affiliatedWith")


def test_a_speaker_line_names_a_role_with_its_field_and_a_unit_before_its_parent(extract_text):
    facts = facts_of(extract_text("Speakers\nZhou Lei, Head of Robotics, Zorvex Research Institute, Tencent\n"))
    assert ("Zhou Lei", "affiliatedWith", "Zorvex Research Institute") in facts
    assert ("Zorvex Research Institute", "subsidiaryOf", "Tencent") in facts
    assert ("Zhou Lei", "affiliatedWith", "Tencent") not in facts


def test_followed_with_releases_a_model_on_the_openers_date(extract_text):
    ex = extract_text("In January 2024 the lab followed with Qorlix-Turbo, a vision-language model.", "2024-12-01")
    assert ("Qorlix-Turbo", "releaseDate", "2024-01") in facts_of(ex, "releaseDate")


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Rules in force\n- Provisions on the Filing of Generative Models - issued 10 July 2023 by the CAC; effective 1 September 2023.\n",
         ("Provisions on the Filing of Generative Models", "date", "2023-07-10")),
        ("Phones\nZ100. Out since October 15, the handset runs Qwen on the device.\n", ("Z100", "releaseDate", "2025-10-15")),
        ("Phones\nZ100. Released 13/10/2025, the handset runs Qwen on the device.\n", ("Z100", "releaseDate", "2025-10-13")),
    ],
)
def test_an_entry_opening_with_a_name_then_how_and_when_it_came_out_dates_it(extract_text, text, expected):
    assert expected in facts_of(extract_text(text, "2025-11-20"), expected[1])


def test_an_entry_names_its_issue_date_not_the_day_it_takes_effect(extract_text):
    ex = extract_text("- Provisions on the Filing of Generative Models - effective 1 September 2023, issued by the CAC.\n", "2025-11-20")
    assert not facts_of(ex, "date")


def test_an_abbreviated_weekday_before_a_day_is_no_model_name(extract_text):
    ex = extract_text("* Mon 22 Sep - Tencent published Hunyuan-T1.\n* Tue 30 Sep - Zhipu AI released Qorlix-Turbo.\n", "2025-11-20")
    assert not any(n.startswith(("Mon", "Tue")) for n in names_types(ex))
    assert ("Hunyuan-T1", "releaseDate", "2025-09-22") in facts_of(ex, "releaseDate")


def test_a_year_opening_a_paragraph_dates_the_bare_months_after_it(extract_text):
    text = ("2024 was the year the company turned to products. In May it launched Qorlix-Turbo, a model sold through "
            "its API. In September came Hunyuan-T1, a model the lab had put out in March.")
    facts = facts_of(extract_text(text, "2025-11-20"), "releaseDate")
    assert ("Qorlix-Turbo", "releaseDate", "2024-05") in facts and ("Hunyuan-T1", "releaseDate", "2024-03") in facts


def test_an_event_named_by_its_apposition_involves_its_city_the_speaker_and_the_launch(extract_text):
    ex = extract_text("Speaking at Create 2025, the company's annual developer conference in Beijing, chief executive "
                      "Zorvan Lee unveiled Qorlix-Turbo.")
    assert names_types(ex).get("Create 2025") == "Event"
    facts = facts_of(ex, "involves")
    for o in ("Beijing", "Zorvan Lee", "Qorlix-Turbo"):
        assert ("Create 2025", "involves", o) in facts


@pytest.mark.parametrize(
    "text,expected",
    [
        ("The Zorvex Robotics Summit closed in Beijing on Monday.", ("Zorvex Robotics Summit", "involves", "Beijing")),
        ("Zorvan Lee announced it at the third Zorvex Robotics Summit.", ("Zorvex Robotics Summit", "involves", "Zorvan Lee")),
        ("At the seventh Zorvex Robotics Summit, Tencent launched Hunyuan-T1.", ("Zorvex Robotics Summit", "involves", "Hunyuan-T1")),
    ],
)
def test_where_an_event_ran_and_who_spoke_at_its_nth_edition(extract_text, text, expected):
    assert expected in facts_of(extract_text(text), "involves")


def test_a_place_named_to_say_which_summit_is_not_one_it_involves(extract_text):
    assert not facts_of(extract_text("Tencent joined the Zorvex Robotics Summit in Beijing."), "involves") & {
        ("Zorvex Robotics Summit", "involves", "Beijing")}


def test_a_deal_trackers_entry_names_who_raised_from_whom_and_what_it_builds(extract_text):
    text = ("China AI funding tracker\n\n"
            "24 Jun 2025 - Zorvex Compute (泽芯算力), Series A, 300 million yuan. Lead: Tencent; others: Kuaishou and "
            "Qihoo 360, Baidu's investment arm. Builds Zorvex-Coder-7B, an open coding model.\n\n"
            "19 Jun 2025 - Zhipu AI, Series C, amount undisclosed. Lead: not disclosed; others: Alibaba Group.\n")
    ex = extract_text(text, "2025-06-30")
    assert names_types(ex).get("Zorvex Compute") == "Company"
    facts = facts_of(ex, "investedIn")
    for investor in ("Tencent", "Kuaishou", "Qihoo 360"):
        assert (investor, "investedIn", "Zorvex Compute") in facts
    assert ("Baidu", "investedIn", "Zorvex Compute") not in facts  # ("Baidu's investment arm": whose arm it is)
    assert ("Alibaba Group", "investedIn", "Zhipu AI") in facts
    assert ("Zorvex-Coder-7B", "developer", "Zorvex Compute") in facts_of(ex, "developer")


def test_a_filing_list_with_its_column_names_in_the_caption_states_developers_and_models(extract_text):
    text = ("Filed services\n\n"
            "| Services filed in this batch (province | filing entity | service | model powering the service): |\n"
            "| 1. Beijing | Zorvex Intelligent Technology Co., Ltd. | Zorvex Helper | Hunyuan-T1 |\n"
            "| 2. Shanghai | Tencent | Qorvane Chat | Qwen |\n")
    from extractors.tables import pipe_tables

    assert pipe_tables(text)[0].header == ("province", "filing entity", "service", "model powering the service")
    ex = extract_text(text)
    assert names_types(ex).get("Zorvex Helper") == "Product"
    assert "Ltd" not in names_types(ex)
    assert ("Hunyuan-T1", "integratedInto", "Zorvex Helper") in facts_of(ex, "integratedInto")
    assert ("Qorvane Chat", "developer", "Tencent") in facts_of(ex, "developer")


def test_an_interviewees_firm_took_money_from_rounds_that_brought_investors_in(extract_text):
    text = ("Zorvan Lee is a professor at Qorlin University and the chief scientist of Zhipu AI.\n\n"
            "Q: Who are your investors?\n"
            "A: Early on, Tencent backed us. Later rounds brought in Alibaba Group, Kuaishou and Baidu. In 2024 Qihoo 360, "
            "the security firm, invested. This year state-backed funds joined: Zorvex Capital Group in March.\n\n"
            "Q: And a listing?\nA: We have not decided.\n")
    facts = facts_of(extract_text(text, "2025-08-20"), "investedIn")
    for investor in ("Tencent", "Alibaba Group", "Kuaishou", "Baidu", "Qihoo 360", "Zorvex Capital Group"):
        assert (investor, "investedIn", "Zhipu AI") in facts
    assert not any(o == "Qorlin University" for _, _, o in facts)


def test_on_a_firms_page_a_title_opening_a_sentence_names_its_staff(extract_text):
    text = ("Zhipu AI Q1 earnings call: summary\n\n"
            "Chairman Zorvan Lee opened the call with Zhipu AI's new model. Zhipu AI said revenue rose.\n\n"
            "Zhipu AI thanked its partners. President Qorvin Yang said demand was strong.\n\n"
            "Tencent reported results too. President Qorlan Wei said Tencent had enough chips.\n")
    facts = facts_of(extract_text(text, "2025-04-22"), "affiliatedWith")
    assert ("Zorvan Lee", "affiliatedWith", "Zhipu AI") in facts and ("Qorvin Yang", "affiliatedWith", "Zhipu AI") in facts
    assert ("Qorlan Wei", "affiliatedWith", "Zhipu AI") not in facts  # (a paragraph about another firm)


def test_a_tables_designer_column_names_each_chips_developer(extract_text):
    text = "Chips\n\n| Chip | Designer | Foundry |\n|---|---|---|\n| Z100 | Zorvex Semiconductor | SMIC |\n| Qorlix-9 | Tencent | TSMC |\n"
    facts = facts_of(extract_text(text), "developer")
    assert ("Qorlix-9", "developer", "Tencent") in facts


def test_a_fine_tune_named_in_a_clause_of_its_making_is_a_model_built_on_its_base(extract_text):
    ex = extract_text("My fine-tune, Zorvex-Lantern-9B, which I built on Hunyuan-T1, answers contract questions.")
    assert names_types(ex).get("Zorvex-Lantern-9B") == "AIModel"
    assert ("Zorvex-Lantern-9B", "basedOn", "Hunyuan-T1") in facts_of(ex, "basedOn")


def test_a_yes_no_question_asserts_nothing(extract_text):
    ex = extract_text('#7 "Is Qorlix-Turbo distilled from Hunyuan-T1?" opened by a fan. Did Tencent invest in Zhipu AI? '
                      "Qorlix-Turbo is built on Qwen.")
    assert ("Qorlix-Turbo", "basedOn", "Hunyuan-T1") not in facts_of(ex, "basedOn")
    assert ("Tencent", "investedIn", "Zhipu AI") not in facts_of(ex, "investedIn")
    assert ("Qorlix-Turbo", "basedOn", "Qwen") in facts_of(ex, "basedOn")


def test_a_datelines_date_is_the_reference_for_the_weekday_of_the_story(extract_text):
    ex = extract_text("BEIJING, Nov 7 (APN) - Zhipu AI on Thursday released Qorlix-Turbo, an open-weight model.", "2025-11-07")
    assert ("Qorlix-Turbo", "releaseDate", "2025-11-06") in facts_of(ex, "releaseDate")


def test_a_release_of_a_family_dates_the_models_its_colon_lists(extract_text):
    ex = extract_text("Tencent on June 30 open-sourced two Hunyuan models: the dense Hunyuan-T1 and Qorlix-Turbo.", "2025-07-11")
    facts = facts_of(ex, "releaseDate")
    assert ("Hunyuan-T1", "releaseDate", "2025-06-30") in facts and ("Qorlix-Turbo", "releaseDate", "2025-06-30") in facts
    assert not any(s == "Hunyuan" for s, _, _ in facts)


def test_a_timeline_entry_does_not_date_what_its_subject_takes_up(extract_text):
    text = "2025\n\nFebruary - Zorvex Cloud begins serving Hunyuan-T1 and Qwen to developers.\n\nJune - Qorlix-Turbo-3x7B-A3B-Preview is released.\n"
    ex = extract_text(text, "2025-07-22")
    facts = facts_of(ex, "releaseDate")
    assert not any(s == "Hunyuan-T1" for s, _, _ in facts)
    assert ("Qorlix-Turbo-3x7B-A3B-Preview", "releaseDate", "2025-06") in facts


def test_a_milestones_page_names_its_firms_founders_and_the_investors_of_its_rounds(extract_text):
    text = ("Zhipu AI\nProducts | About us | Careers\n\nZhipu AI builds models. Zhipu AI is based in Beijing.\n\n"
            "OUR FOUNDERS\n\nZorvan Lee - Co-founder and CEO. He studied in Beijing.\n\n"
            "MILESTONES\n\n2023\n\nAugust - Angel round led by Tencent, with participation from Kuaishou.\n\n"
            "December - Pre-A round; new investors include Baidu and Qihoo 360.\n")
    ex = extract_text(text, "2025-07-22")
    assert ("Zorvan Lee", "affiliatedWith", "Zhipu AI") in facts_of(ex, "affiliatedWith")
    facts = facts_of(ex, "investedIn")
    for investor in ("Tencent", "Kuaishou", "Baidu", "Qihoo 360"):
        assert (investor, "investedIn", "Zhipu AI") in facts


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Tencent has invested in three embodied-AI start-ups: Zhipu AI, Kuaishou and Qihoo 360.", ("Tencent", "investedIn", "Qihoo 360")),
        ("Zhipu AI has closed a financing round of 1.1 billion yuan, led by internet giant Tencent and Baidu.", ("Tencent", "investedIn", "Zhipu AI")),
    ],
)
def test_investors_listed_after_a_colon_or_a_descriptor(extract_text, text, expected):
    assert expected in facts_of(extract_text(text), "investedIn")


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Customers included Tencent, which also holds about 10 percent of Zhipu AI's shares.", ("Tencent", "investedIn", "Zhipu AI")),
        ("Baidu owns 12% of Kuaishou.", ("Baidu", "investedIn", "Kuaishou")),
    ],
)
def test_a_holder_of_a_percentage_of_a_firm_invested_in_it(extract_text, text, expected):
    assert expected in facts_of(extract_text(text), "investedIn")


def test_the_innovation_center_is_the_center_named_a_few_sentences_before(extract_text):
    text = ("The Zorvex Robot Innovation Center built Qorlix-Turbo. Qorlix-Turbo crossed the line first. Kuaishou finished "
            "second. The innovation center counts Tencent and Baidu among its shareholders.")
    facts = facts_of(extract_text(text), "investedIn")
    assert ("Tencent", "investedIn", "Zorvex Robot Innovation Center") in facts


def test_a_policy_title_with_a_gerund_is_a_name_and_a_bracketed_full_name_ends_before_the_verb(extract_text):
    ex = extract_text("The CAC on Wednesday issued Guidelines on Building High-Quality Datasets for Artificial Intelligence. "
                      "MIIT issued the Guidelines for Building a Comprehensive Standardization System for the National AI Industry.")
    got = names_types(ex)
    assert got.get("Guidelines on Building High-Quality Datasets for Artificial Intelligence") == "Policy"
    assert "Guidelines for Building" not in got  # (a title cut short at its verb)
    facts = facts_of(ex, "issuedBy")
    assert ("Guidelines on Building High-Quality Datasets for Artificial Intelligence", "issuedBy", "Cyberspace Administration of China") in facts
    ex = extract_text("MIIT (the Ministry of Industry and Information Technology) published the Measures for Labelling Zorvex Content.")
    assert ("Measures for Labelling Zorvex Content", "issuedBy", "Ministry of Industry and Information Technology") in facts_of(ex, "issuedBy")


def test_newswires_and_briefs_are_outlets(extract_text):
    got = names_types(extract_text("APN | Zorvex Pacific Newswire\n\nThe story first ran in the Qorlin Tech Brief on Monday."))
    assert got.get("Zorvex Pacific Newswire") == "Organization" and got.get("Qorlin Tech Brief") == "Organization"


def test_the_new_model_opening_a_paragraph_is_the_model_of_the_paragraph_before(extract_text):
    text = ("Tencent on Monday released Zorvex-9 Flash, a reasoning model.\n\n"
            "The new model is built on Hunyuan-T1, the company said.\n\n"
            "Kuaishou declined to comment.\n\n"
            "The firm is built on Baidu's money.")  # (only a model goes back across the break)
    facts = facts_of(extract_text(text), "basedOn")
    assert ("Zorvex-9 Flash", "basedOn", "Hunyuan-T1") in facts
    assert not any(s == "Kuaishou" for s, _, _ in facts)


@pytest.mark.parametrize(
    "text",
    [
        "Zorvex-3B-Omni combines the Hunyuan-T1 language model with a Qorlix-Turbo vision encoder and the Whisper-large-v3 audio encoder.",
        "Tencent released Zorvex-3B-Omni. It combines our Hunyuan-T1 language model with a Qorlix-Turbo vision encoder and the Whisper-large-v3 audio encoder.",
        "The Zorvex-3B-Omni model pairs a Hunyuan-T1 backbone with the Qorlix-Turbo and Whisper-large-v3 models.",
    ],
)
def test_a_model_that_combines_parts_is_built_on_each(extract_text, text):
    facts = facts_of(extract_text(text), "basedOn")
    assert {("Zorvex-3B-Omni", "basedOn", x) for x in ("Hunyuan-T1", "Qorlix-Turbo", "Whisper-large-v3")} <= facts


def test_combining_nothing_is_no_fact(extract_text):
    assert not facts_of(extract_text("Zorvex-3B-Omni does not combine Hunyuan-T1 with Qorlix-Turbo."), "basedOn")
    # a firm that combines units is no model
    assert not facts_of(extract_text("Tencent combines Hunyuan-T1 with Qorlix-Turbo in its cloud."), "basedOn")


def test_a_model_name_with_lower_case_parts_before_its_version_is_one_name(extract_text):
    got = names_types(extract_text("Tencent released Whisper-large-v3 and Zorvex-image-2 on Monday."))
    assert got.get("Whisper-large-v3") == "AIModel" and got.get("Zorvex-image-2") == "AIModel"


def test_he_after_a_title_is_a_surname(extract_text):
    got = names_types(extract_text("Professor He Zorwen, who leads the lab, said the model was ready. CEO He said nothing."))
    assert got.get("He Zorwen") == "Person" and "Zorwen" not in got


def test_a_publication_belongs_to_its_publisher(extract_text):
    ex = extract_text("Share on X\n\nZorvex Auto Asia is published by Qorlin Media Pte. Ltd., Singapore. All rights reserved.")
    got = names_types(ex)
    assert got.get("Zorvex Auto Asia") == "Organization"
    assert ("Zorvex Auto Asia", "subsidiaryOf", "Qorlin Media") in facts_of(ex, "subsidiaryOf")
    names = {k: e for k, e in ex.entities.items()}
    assert "Qorlin Media Pte. Ltd." in ex.written[next(k for k, e in names.items() if e.name == "Qorlin Media")]
    # (a report is published by a firm, but is no publication of the firm's)
    assert not facts_of(extract_text("The report was published by Tencent on Monday."), "subsidiaryOf")


def test_a_capital_the_before_an_outlet_is_part_of_its_title(extract_text):
    ex = extract_text("The Zorvex Ledger is published by Qorlin Media Ltd.")
    key = next(k for k, e in ex.entities.items() if e.name == "Zorvex Ledger")
    assert "The Zorvex Ledger" in ex.written[key]


def test_a_persons_name_before_a_firm_suffix_makes_a_firm_of_its_own(extract_text):
    # "Zorvan Lee" is a person of the registry; "Zorvanlee Robotics" reads as the same key, and is a firm
    got = names_types(extract_text("Suzhou-based Zorvanlee Robotics has closed a Series A round led by Tencent."))
    assert got.get("Zorvanlee Robotics") == "Company"


def test_a_list_of_shareholders_invested_in_the_firm_of_the_page(extract_text):
    text = ("Zorvex Robotics IPO: debut set for Friday\n\n"
            "Zorvex Robotics, a maker of robot hands, will list on Friday. Zorvex Robotics raised 2 billion yuan.\n\n"
            "Shareholders before the offering (selected)\n"
            "- Tencent: 2.6%\n"
            "- Baidu: 1.8 percent\n"
            "Kuaishou, which reports named as a backer, does not appear in the register.\n\n"
            "Use of proceeds\n- 1.5 billion yuan: 40% for chips\n")
    facts = facts_of(extract_text(text), "investedIn")
    assert {("Tencent", "investedIn", "Zorvex Robotics"), ("Baidu", "investedIn", "Zorvex Robotics")} <= facts
    assert not any(s == "Kuaishou" for s, _, _ in facts)


def test_a_models_year_in_brackets_opening_a_list_entry_is_its_release_date(extract_text):
    text = ("Notable models\n"
            "- Zorvex-7 (2021): a 200-billion-parameter model developed with Tencent.\n"
            "- Zorvex-8 (December 2023): a successor built on Zorvex-7.\n"
            "- Zorvex-9 (2026): the newest, with a longer context window.\n\n"
            "In January, the lab released Zorvex-9 on Hugging Face.\n")
    got = facts_of(extract_text(text, "2026-03-03"), "releaseDate")
    assert {("Zorvex-7", "releaseDate", "2021"), ("Zorvex-8", "releaseDate", "2023-12"), ("Zorvex-9", "releaseDate", "2026-01")} <= got
    assert ("Zorvex-9", "releaseDate", "2026") not in got  # (the month the text gives makes the year say nothing more)


def test_a_release_date_in_a_clause_whose_maker_has_a_two_word_name(extract_text):
    got = facts_of(extract_text("Qorlix-Turbo, the agent that Zorvex Deep Labs unveiled in October to run apps, has found a home.", "2024-11-29"), "releaseDate")
    assert ("Qorlix-Turbo", "releaseDate", "2024-10") in got


@pytest.mark.parametrize(
    "text",
    [
        "Counterpoint: Qorlix-Turbo is good. Tencent released it June 27, with 80B parameters.",
        "Qorlix-Turbo is good. It was released on June 27.",
    ],
)
def test_it_released_on_a_day_dates_the_model_of_the_sentence_before(extract_text, text):
    assert ("Qorlix-Turbo", "releaseDate", "2025-06-27") in facts_of(extract_text(text, "2025-07-30"), "releaseDate")


def test_a_master_edition_and_a_launch_at_an_event(extract_text):
    got = facts_of(extract_text("Kuaishou launched Zorvex 2.0 Master, the newest version of its video model, at an event in Beijing on Tuesday.", "2025-04-17"))
    assert ("Zorvex 2.0 Master", "releaseDate", "2025-04-15") in got
    assert not facts_of(extract_text("Qorlix-Turbo is good. Tencent bought it on June 27.", "2025-07-30"), "releaseDate")


def test_an_authors_note_names_the_writer_and_the_outlet(extract_text):
    ex = extract_text("Share this story.\n\nZorvana Petrov is a Hong Kong-based technology correspondent for the Qorlin Markets Review.")
    assert names_types(ex).get("Zorvana Petrov") == "Person"
    assert ("Zorvana Petrov", "affiliatedWith", "Qorlin Markets Review") in facts_of(ex, "affiliatedWith")
    assert names_types(extract_text("Zorvex Labs is a partner for Tencent.")).get("Zorvex Labs") != "Person"  # (a firm)


def test_an_institute_for_a_field_is_one_name(extract_text):
    got = names_types(extract_text("Zorvana Petrov is a senior fellow at the Qorlin Institute for Technology and Society."))
    assert got.get("Qorlin Institute for Technology and Society") == "ResearchInstitution" and "Qorlin Institute" not in got


def test_a_model_retrained_by_distillation_from_another_is_built_on_it(extract_text):
    assert ("Qorlix-Turbo", "basedOn", "Hunyuan-T1") in facts_of(extract_text("The Qorlix-Turbo model had been retrained by distillation from Hunyuan-T1."), "basedOn")


def test_its_backbone_is_the_base_of_the_model_before(extract_text):
    text = "Tencent released Qorlix-Turbo in April. Its backbone was initialised from Hunyuan-T1, the company said."
    assert ("Qorlix-Turbo", "basedOn", "Hunyuan-T1") in facts_of(extract_text(text, "2025-07-30"), "basedOn")
    assert not facts_of(extract_text("Tencent released Qorlix-Turbo in April. Its rival is Hunyuan-T1.", "2025-07-30"), "basedOn")


@pytest.mark.parametrize(
    "text",
    [
        "Reports that Qorlix-Turbo is built on Hunyuan-T1 have not been confirmed by Tencent.",
        "Rumours that Qorlix-Turbo is built on Hunyuan-T1 were denied on Monday.",
        "Unverified social-media posts claiming that Qorlix-Turbo is built on Hunyuan-T1 spread fast.",
    ],
)
def test_what_a_report_or_rumour_says_is_no_fact(extract_text, text):
    assert not facts_of(extract_text(text), "basedOn")


def test_a_possessive_inside_a_report_stays(extract_text):
    facts = facts_of(extract_text("Reports that Z100 uses Tencent's Qorlix-Turbo have not been confirmed."))
    assert ("Qorlix-Turbo", "developer", "Tencent") in facts and ("Z100", "basedOn", "Qorlix-Turbo") not in facts


def test_a_lab_is_a_research_institution(extract_text):
    ex = extract_text("Professor He Zorwen, who leads the Embodied Zorvex Lab at Tencent, said the model was ready.")
    assert names_types(ex).get("Embodied Zorvex Lab") == "ResearchInstitution"
    assert ("He Zorwen", "affiliatedWith", "Embodied Zorvex Lab") in facts_of(ex, "affiliatedWith")


def test_names_with_accented_letters_and_chips_a_board_is_built_around(extract_text):
    ex = extract_text("Qorvan Brandstätter, the Tencent board member responsible for Europe, said the Z100 is built around Qorlix-Turbo.")
    assert names_types(ex).get("Qorvan Brandstätter") == "Person"
    assert ("Qorvan Brandstätter", "affiliatedWith", "Tencent") in facts_of(ex, "affiliatedWith")
    assert ("Z100", "basedOn", "Qorlix-Turbo") in facts_of(ex, "basedOn")


def test_an_abbreviation_the_text_defines_is_the_name_it_follows(extract_text):
    text = ("Zorvex Quantum Laboratory (ZQL; Chinese: 佐维) is a lab in Shenzhen. ZQL released Qorlin-9 in 2025. "
            "Qorlin-10 is a model developed by ZQL together with Tencent.")
    ex = extract_text(text)
    facts = facts_of(ex, "developer")
    assert {("Qorlin-9", "developer", "Zorvex Quantum Laboratory"), ("Qorlin-10", "developer", "Zorvex Quantum Laboratory")} <= facts
    assert "ZQL" not in names_types(ex)  # (one node, not a second firm)


def test_a_licence_is_no_entity(extract_text):
    ex = extract_text("Tencent posted Qorlix-Turbo on Hugging Face under a modified MIT licence; Z100 ships under Apache 2.0.")
    got = names_types(ex)
    assert not any("MIT" in n or "Apache" in n or n == "Massachusetts Institute of Technology" for n in got), got
    assert not any(o in ("MIT License", "Apache 2.0") for _, _, o in facts_of(ex))


def test_a_model_available_to_users_inside_a_product_is_integrated_into_it(extract_text):
    facts = facts_of(extract_text("Qorlix-Turbo is now available to developers inside Z100, the company said."), "integratedInto")
    assert ("Qorlix-Turbo", "integratedInto", "Z100") in facts


def test_people_listed_as_a_firms_staff_in_the_plural_each_work_there(extract_text):
    facts = facts_of(extract_text("Zorvan Lee and Dr. Qorvan Brandt are Tencent's editors."), "affiliatedWith")
    assert ("Zorvan Lee", "affiliatedWith", "Tencent") in facts
    assert not facts_of(extract_text("Zorvan Lee and Dr. Qorvan Brandt are Tencent's rivals."), "affiliatedWith")


def test_a_policy_title_keeps_its_period_or_edition_as_an_alias_and_the_period_dates_nothing(extract_text):
    ex = extract_text("The Zorvex Provincial Action Plan for Accelerating the Development of the Humanoid Robot Industry (2025–2027) "
                      "was issued by MIIT in May. Guidelines for the Construction of the Qorlin Standard System (2024 Edition) followed.", "2025-09-01")
    plan = next(e for e in ex.entities.values() if e.name.startswith("Zorvex Provincial"))
    assert plan.type == "Policy" and plan.name.endswith("Robot Industry")
    assert plan.name + " (2025–2027)" in plan.aliases
    assert facts_of(ex, "date") == {(plan.name, "date", "2025-05")}
    assert "Guidelines for the Construction of the Qorlin Standard System (2024 Edition)" in next(
        e.aliases for e in ex.entities.values() if e.name.startswith("Guidelines"))
    got = names_types(extract_text("2023-11 | Zorvex Innovation and Development Three-Year Action Plan (2023-2025) | MIIT"))
    assert got.get("Zorvex Innovation and Development Three-Year Action Plan") == "Policy"
    # a bare year after a title is the year it came out
    assert ("Provisions on Qorlin Synthesis Services", "date", "2022") in facts_of(extract_text(
        "The CAC enforces the Provisions on Qorlin Synthesis Services (2022) in Qorlin city.", "2025-09-01"), "date")


@pytest.mark.parametrize(
    "text,fact",
    [
        # a comma clause between a model and its verb describes the model before it
        ("Qorlix-Turbo, fine-tuned from Tencent's Hunyuan-T1, was released in June.", ("Qorlix-Turbo", "releaseDate", "2025-06")),
        ("Qorlix-Turbo, which Tencent built on ERNIE, was released in June.", ("Qorlix-Turbo", "releaseDate", "2025-06")),
        # a relative clause with a companion, an owner's noun, a possessive in the issuer's name
        ("The CAC enforces the Zorvex Measures on Content Labels, which MIIT issued with six other departments in July 2023.",
         ("Zorvex Measures on Content Labels", "date", "2023-07")),
        ("It is part of the Zorvex Governance Framework, whose outline the CAC published last September.",
         ("Zorvex Governance Framework", "date", "2024-09")),
        ("Under the Zorvex Measures on Service Robots, issued by the Qorlin Municipal People's Government in March, firms apply.",
         ("Zorvex Measures on Service Robots", "date", "2025-03")),
        # a quoted slogan opening a title is part of it
        ('The "Data Zorvex x" Three-Year Action Plan (2024-2026), issued in January 2024, lists data.',
         ("Data Zorvex x Three-Year Action Plan", "date", "2024-01")),
    ],
)
def test_dates_past_a_describing_clause_and_in_relative_clauses(extract_text, text, fact):
    facts = facts_of(extract_text(text, "2025-07-20"))
    assert fact in facts, facts
    if fact[0] == "Qorlix-Turbo":
        assert not any(p == "releaseDate" and s != "Qorlix-Turbo" for s, p, _ in facts), facts


@pytest.mark.parametrize(
    "text,fact",
    [
        ("Tencent followed with Qorlix-Turbo on the 29th of May.", ("Qorlix-Turbo", "releaseDate", "2025-05-29")),
        ("Qorlix-Turbo, the model Tencent released a year ago this month, is popular.", ("Qorlix-Turbo", "releaseDate", "2024-07")),
        ("Tencent's best-known machine is the Z100, a 1.7-metre humanoid unveiled in October last year.", ("Z100", "releaseDate", "2024-10")),
        ("- Qorlix-Turbo: a 7-billion-parameter language model released on 26 April 2021 by Tencent.", ("Qorlix-Turbo", "releaseDate", "2021-04-26")),
        ("We released Qorlix-Turbo (佐维), our own large language model, on April 20, 2023.", ("Qorlix-Turbo", "releaseDate", "2023-04-20")),
        ("Its Qorlix-Turbo video model, also launched in June, powers the app.", ("Qorlix-Turbo", "releaseDate", "2025-06")),
        ("They add to the Zorvex Measures for Generative Services, which the CAC and six other agencies published in July 2023.",
         ("Zorvex Measures for Generative Services", "date", "2023-07")),
    ],
)
def test_release_and_issue_dates_in_appositions_and_day_ordinals(extract_text, text, fact):
    facts = facts_of(extract_text(text, "2025-07-20"))
    assert fact in facts, facts


def test_an_apposition_without_a_release_verb_dates_nothing(extract_text):
    text = "Z100, a browser and search app that Tencent rebuilt as an AI assistant earlier this year, now runs on Qorlix-Turbo."
    assert not facts_of(extract_text(text, "2025-07-20"), "releaseDate")


@pytest.mark.parametrize(
    "text,fact",
    [
        ("Backed by Tencent and Alibaba, Zorvex Robotics is one of the so-called tigers.", ("Alibaba Group", "investedIn", "Zorvex Robotics")),
        ("Backed by Tencent, Zorvex Robotics raised more money.", ("Tencent", "investedIn", "Zorvex Robotics")),
        ("Tencent and Zorvex Robotics, a Qorlin-based maker of robots, said on Tuesday they had set up a joint venture.",
         ("Tencent", "partnerOf", "Zorvex Robotics")),
        ("Qorlix-Turbo installs as a plug-in for Qorvan Studio Code and the Z100.", ("Qorlix-Turbo", "integratedInto", "Z100")),
        ("The Qorlin Bureau of Export Security (QBES) of the Ministry of Industry and Information Technology published a list.",
         ("Qorlin Bureau of Export Security", "subsidiaryOf", "Ministry of Industry and Information Technology")),
        ("Tencent's Zorvex-7 server processors are sold widely.", ("Zorvex-7", "developer", "Tencent")),
    ],
)
def test_backers_openers_joint_ventures_plug_ins_and_bureaus(extract_text, text, fact):
    facts = facts_of(extract_text(text))
    assert fact in facts, facts


def test_a_code_editor_is_a_product_and_a_civil_code_a_law(extract_text):
    got = names_types(extract_text("Developers open Qorvan Studio Code while lawyers read the Civil Code."))
    assert got.get("Qorvan Studio Code") == "Product" and got.get("Civil Code") == "Policy", got


@pytest.mark.parametrize(
    "text,fact",
    [
        ("Qorlix-Turbo already powers the voice assistant in the Z100.", ("Qorlix-Turbo", "integratedInto", "Z100")),
        ("Hunyuan powers quality inspection at Kuaishou.", ("Hunyuan", "integratedInto", "Kuaishou")),
        ("The Z100 is powered by Tencent's Zorvex W5+ Gen 1 chip.", ("Zorvex W5+ Gen 1", "integratedInto", "Z100")),
        ("The Z100 runs on the Zorvex-9, the fastest processor in the range.", ("Zorvex-9", "integratedInto", "Z100")),
        ("The Z100 platform runs on Tencent's Zorvex-9 framework.", ("Z100", "basedOn", "Zorvex-9")),
    ],
)
def test_what_powers_what(extract_text, text, fact):
    facts = facts_of(extract_text(text))
    assert fact in facts, facts


@pytest.mark.parametrize(
    "text",
    [
        "Tencent will supply its Qorlix-Turbo language model and the speech model Hunyuan-T1, both open-sourced by the company last year.",
        "The app runs on Qorlix-Turbo, and the Pro plan adds the reasoning model Hunyuan-T1; Tencent released both last year.",
    ],
)
def test_both_dates_the_pair(extract_text, text):
    facts = facts_of(extract_text(text, "2025-07-20"), "releaseDate")
    assert {("Qorlix-Turbo", "releaseDate", "2024"), ("Hunyuan-T1", "releaseDate", "2024")} <= facts, facts
    assert not any(s == "Pro" for s, _, _ in facts)


def test_a_pages_credit_lines_name_the_outlets_writers(extract_text):
    text = ("Qorlin Tech Daily\nNews | Markets | Opinion\n\nTencent opens a lab\n\nBy Marta Zorvenko in Beijing\n\n"
            "Tencent opened a robotics lab on Tuesday, the company said.\n\n"
            "(Reporting by Ann Zorvel; Editing by Tom Qorlund)\n\n© 2025 Qorlin Tech Daily. All rights reserved.")
    facts = facts_of(extract_text(text), "affiliatedWith")
    assert {("Marta Zorvenko", "affiliatedWith", "Qorlin Tech Daily"), ("Ann Zorvel", "affiliatedWith", "Qorlin Tech Daily"),
            ("Tom Qorlund", "affiliatedWith", "Qorlin Tech Daily")} <= facts, facts
    # the source of a translation is not the page's outlet; a page with no outlet of its own names no employer
    text = "Original: Qorlin Tech Daily, 28 August 2025, page 1\nTranslated by Marta Zorvenko\n\nTencent opened a lab."
    assert not facts_of(extract_text(text), "affiliatedWith")


def test_a_publications_writers_work_for_it(extract_text):
    facts = facts_of(extract_text("Qorlin Tech Daily is written by Zorvan Lee."), "affiliatedWith")
    assert ("Zorvan Lee", "affiliatedWith", "Qorlin Tech Daily") in facts, facts


@pytest.mark.parametrize(
    "text,fact",
    [
        ("Kuaishou connected its Z100 in-car assistant to Tencent's Qorlix-Turbo model.", ("Qorlix-Turbo", "integratedInto", "Z100")),
        ("Zorvex Motors is a premium electric-vehicle company in which Tencent and Baidu are shareholders.", ("Baidu", "investedIn", "Zorvex Motors")),
        ("The Z100 is made by Zorvex Motors, a brand controlled by Tencent in which chip maker Kuaishou also holds a stake.",
         ("Kuaishou", "investedIn", "Zorvex Motors")),
    ],
)
def test_hooked_up_models_and_shareholders_in_a_relative_clause(extract_text, text, fact):
    facts = facts_of(extract_text(text))
    assert fact in facts, facts
    assert ("Kuaishou", "investedIn", "Tencent") not in facts


def test_organisations_named_as_partners_partner_the_lead(extract_text):
    facts = facts_of(extract_text("The model was developed by the Zorvex Lab of Qorlin University, with Tencent and Baidu as partners."), "partnerOf")
    assert {("Zorvex Lab", "partnerOf", "Tencent"), ("Zorvex Lab", "partnerOf", "Baidu")} <= facts, facts
    assert not any("Qorlin University" in (a, b) for a, _, b in facts)


def test_the_agency_of_a_programme_clause_issued_it(extract_text):
    text = 'Capacity goes to "Zorvex Compute Plan", the programme the State Council (SC) launched in February 2022.'
    assert ("Zorvex Compute Plan", "issuedBy", "State Council") in facts_of(extract_text(text), "issuedBy")
    text = 'Capacity goes to "Zorvex Compute Plan", the programme the State Council praised.'
    assert not facts_of(extract_text(text), "issuedBy")


def test_a_ministrys_department_is_an_agency_and_a_universitys_a_research_unit(extract_text):
    got = names_types(extract_text("Zorvan Lee, director-general of its Department of Science and Technology, spoke for MIIT."))
    assert got.get("Department of Science and Technology") == "GovernmentAgency", got
    got = names_types(extract_text("Zorvan Lee teaches at the Department of Computer Science and Technology of Qorlin University."))
    assert got.get("Department of Computer Science and Technology of Qorlin University", "ResearchInstitution") == "ResearchInstitution", got


def test_numbered_announcements_are_policies(extract_text):
    ex = extract_text("MIIT issued Announcement No. 46 of 2024, banning exports of gallium to Qorlin city.")
    assert names_types(ex).get("Announcement No. 46 of 2024") == "Policy"
    assert ("Announcement No. 46 of 2024", "issuedBy", "Ministry of Industry and Information Technology") in facts_of(ex, "issuedBy")


def test_a_denied_report_states_nothing(extract_text):
    text = "A Tencent spokesperson denied a report by the outlet Zorvex Daily that Baidu would buy a stake in Kuaishou."
    assert not facts_of(extract_text(text), "investedIn")
    assert ("Baidu", "investedIn", "Kuaishou") in facts_of(extract_text("Baidu bought a stake in Kuaishou."), "investedIn")


def test_a_model_built_on_a_base_named_after_it(extract_text):
    assert ("Qorlix-Turbo", "basedOn", "Hunyuan-T1") in facts_of(extract_text("Tencent built Qorlix-Turbo on the Hunyuan-T1 base model."), "basedOn")
    assert ("Qorlix-Turbo", "basedOn", "Hunyuan-T1") in facts_of(extract_text("Qorlix-Turbo is a post-trained version of Hunyuan-T1."), "basedOn")
    # ("trained X on 36 trillion tokens": data, not a model)
    assert not facts_of(extract_text("Tencent trained Qorlix-Turbo on 36 trillion tokens from Z100 users."), "basedOn")


def test_both_and_all_three_built_on_take_the_models_of_the_sentence_before(extract_text):
    text = "Tencent sells the Z100 and Qorlix-Turbo. Both are built on Hunyuan-T1."
    facts = facts_of(extract_text(text), "basedOn")
    assert {("Z100", "basedOn", "Hunyuan-T1"), ("Qorlix-Turbo", "basedOn", "Hunyuan-T1")} <= facts, facts
    # (chips a model was trained on are no basis of it)
    assert not facts_of(extract_text("Tencent sells the Z100 and Qorlix-Turbo. Both were trained on Hunyuan-T1."), "basedOn")


def test_a_product_inside_a_persons_title_leaves_the_employer(extract_text):
    facts = facts_of(extract_text("Zorvan Lee, a Z100 product manager at Tencent, told me by email."), "affiliatedWith")
    assert ("Zorvan Lee", "affiliatedWith", "Tencent") in facts, facts


def test_a_lists_new_additions_are_its_targets(extract_text):
    facts = facts_of(extract_text("Among the new Zorvex List additions are the equipment makers Tencent and Kuaishou."), "targets")
    assert {("Zorvex List", "targets", "Tencent"), ("Zorvex List", "targets", "Kuaishou")} <= facts, facts


def test_a_shareholder_named_in_an_apposition(extract_text):
    facts = facts_of(extract_text("Tencent, Kuaishou's largest shareholder, and Kuaishou itself were named."), "investedIn")
    assert ("Tencent", "investedIn", "Kuaishou") in facts, facts
    assert not facts_of(extract_text("Tencent, Kuaishou's largest rival, said so."), "investedIn")


def test_a_backer_of_the_company_the_page_is_about(extract_text):
    text = ("Zorvex Robotics lists in Hong Kong\n\nZorvex Robotics began trading on Wednesday. Zorvex Robotics makes watches.\n\n"
            "Shareholders\n\nTencent, which backed the company in a 2015 funding round, stays on the register.")
    assert ("Tencent", "investedIn", "Zorvex Robotics") in facts_of(extract_text(text), "investedIn")


def test_the_agencies_of_a_which_clause_issued_the_policy(extract_text):
    text = 'Qorlin city is part of the "Zorvex Data Plan" project, which the State Council and three other departments launched in 2022.'
    assert ("Zorvex Data Plan", "issuedBy", "State Council") in facts_of(extract_text(text), "issuedBy")


def test_an_issuer_with_unnamed_co_issuers_in_commas(extract_text):
    text = "The State Council, together with two other agencies, published the Zorvex Measures for AI Hospitals."
    assert ("Zorvex Measures for AI Hospitals", "issuedBy", "State Council") in facts_of(extract_text(text), "issuedBy")


def test_a_model_added_to_a_product_past_its_apposition(extract_text):
    text = "Kuaishou added Hunyuan-T1, the reasoning model from Shenzhen's Tencent, to the Z100."
    assert ("Hunyuan-T1", "integratedInto", "Z100") in facts_of(extract_text(text), "integratedInto")


def test_joint_developers_are_partners(extract_text):
    for text in ("Qorlix-Turbo, a model that Tencent and Kuaishou released jointly, tops the chart.",
                 "Qorlix-Turbo was jointly developed by Tencent and Kuaishou."):
        facts = facts_of(extract_text(text), "partnerOf")
        assert facts & {("Tencent", "partnerOf", "Kuaishou"), ("Kuaishou", "partnerOf", "Tencent")}, (text, facts)
    # (one developer named after another's model is no partnership)
    assert not facts_of(extract_text("Qorlix-Turbo was developed by Tencent, and Kuaishou built the Z100."), "partnerOf")


def test_a_group_named_after_its_listed_unit_stays_the_parent(extract_text):
    # the registry's "Quenta" is the listed unit Quenta Information; "Quenta Group" is its parent, not its unit
    facts = facts_of(extract_text("Quenta Information, the server-making unit of Quenta Group, grew."), "subsidiaryOf")
    assert ("Quenta Information", "subsidiaryOf", "Quenta Group") in facts, facts
    assert ("Quenta Group", "subsidiaryOf", "Quenta Information") not in facts, facts


def test_an_opening_event_phrase_with_its_place_dates_the_launch(extract_text):
    text = "At an event in Beijing on 10 February, Tencent chairman Zorvan Lee unveiled Qorlix-Turbo, a driver-assistance system."
    assert ("Qorlix-Turbo", "releaseDate", "2025-02-10") in facts_of(extract_text(text, "2025-10-15"), "releaseDate")


@pytest.mark.parametrize(("text", "value"), [
    ("Tencent shipped Hunyuan-T1 on the last day of September.", "2025-09-30"),
    ("Tencent released Hunyuan-T1 on the first day of March 2024.", "2024-03-01"),
    ("Tencent released Hunyuan-T1 on the last day of February 2024.", "2024-02-29"),
    ("The Z100 came online in 2020.", "2020"),
    ("Qorlin city has the Z100, which entered service in 2019.", "2019"),
])
def test_release_dates_of_other_shapes(extract_text, text, value):
    facts = facts_of(extract_text(text, "2025-10-15"), "releaseDate")
    assert {f[2] for f in facts} == {value}, facts


@pytest.mark.parametrize(("text", "value"), [
    ("MAY — Tencent released Hunyuan-T1 and priced its API low.", "2025-05"),
    ("JANUARY — Tencent unveiled Hunyuan-T1 at its first developer day in Beijing on 16 January, claiming a lot.", "2025-01-16"),
    ("Hunyuan-T1 opened to the public on 30 July.", "2025-07-30"),
])
def test_chronology_month_headings_and_finer_dates(extract_text, text, value):
    facts = facts_of(extract_text(text, "2025-10-15"), "releaseDate")
    assert {f[2] for f in facts} == {value}, facts
    # ("May Tencent release it?": the modal verb is no month)
    assert not facts_of(extract_text("May Tencent release Hunyuan-T1 soon?", "2025-10-15"), "releaseDate")


def test_a_quoted_policy_title_then_its_issuer_and_date(extract_text):
    text = 'Under the provincial "Zorvex Implementation Plan for the Qorlin Hub", issued by the State Council in June 2024, it grew.'
    ex = extract_text(text, "2025-10-15")
    assert ("Zorvex Implementation Plan for the Qorlin Hub", "issuedBy", "State Council") in facts_of(ex, "issuedBy")
    assert ("Zorvex Implementation Plan for the Qorlin Hub", "date", "2024-06") in facts_of(ex, "date")
    text = 'Qorlin is part of the national "Zorvex Data Plan" project, which the State Council and three other departments launched in February 2022.'
    assert ("Zorvex Data Plan", "date", "2022-02") in facts_of(extract_text(text, "2025-10-15"), "date")


def test_a_partner_after_with_co_developed_the_model(extract_text):
    facts = facts_of(extract_text("Zorvex-7B, a reasoning model developed by Tencent with Baidu, is open."))
    assert {("Zorvex-7B", "developer", "Tencent"), ("Zorvex-7B", "developer", "Baidu")} <= facts, facts
    assert facts & {("Tencent", "partnerOf", "Baidu"), ("Baidu", "partnerOf", "Tencent")}, facts
    assert ("Zorvex-7B", "developer", "Baidu") in facts_of(extract_text("Zorvex-7B, a model it developed with Baidu, is open."))
    # (what a firm's name modifies is no partner: "with Baidu chips")
    assert not facts_of(extract_text("Zorvex-7B was developed by Tencent with Baidu chips."), "partnerOf")


def test_a_described_maker_of_a_model(extract_text):
    facts = facts_of(extract_text("Kuaishou, the Shanghai-based maker of the Zorvex-7B humanoid robot, grew."), "developer")
    assert ("Zorvex-7B", "developer", "Kuaishou") in facts, facts
    # (a former maker is not the developer now)
    assert not facts_of(extract_text("Kuaishou, the former maker of the Zorvex-7B humanoid robot, grew."), "developer")


def test_a_versioned_name_in_a_sentence_about_its_development_is_a_model(extract_text):
    assert ("Zorvex-7B", "developer", "Baidu") in facts_of(extract_text("Zorvex-7B was developed by Baidu."), "developer")


def test_a_policy_anaphor_with_a_topic_word_must_fit_the_policy_before(extract_text):
    first = "Zorvex Measures for Labeling AI Content were praised. "
    ex = extract_text(first + "The labeling measures were issued in March by the CAC.", "2025-10-15")
    assert ("Zorvex Measures for Labeling AI Content", "issuedBy", "Cyberspace Administration of China") in facts_of(ex, "issuedBy")
    assert ("Zorvex Measures for Labeling AI Content", "date", "2025-03") in facts_of(ex, "date")
    ex = extract_text(first + "The finalised measures were issued in March by the CAC.", "2025-10-15")
    assert ("Zorvex Measures for Labeling AI Content", "date", "2025-03") in facts_of(ex, "date")
    # (other measures: the export measures are not the labeling measures)
    ex = extract_text(first + "The export measures were issued in March by the CAC.", "2025-10-15")
    assert not facts_of(ex, "issuedBy") and not facts_of(ex, "date"), ex.facts


def test_a_device_or_app_that_runs_on_a_model_hosts_it(extract_text):
    for text in ("The Z100 glasses run on Alibaba's Qwen models.", "ERNIE Bot has run on Qwen since then."):
        facts = facts_of(extract_text(text), "integratedInto")
        assert any(f[0] == "Qwen" for f in facts), (text, facts)
    # (the hardware a model runs on is no base of the model)
    assert not facts_of(extract_text("Qwen models run on Z100 chips."), "basedOn")


def test_a_product_relaunched_as_an_assistant_powered_by_a_model(extract_text):
    facts = facts_of(extract_text("Tencent relaunched the Z100 as an AI assistant powered by Qwen."), "integratedInto")
    assert ("Qwen", "integratedInto", "Z100") in facts, facts


@pytest.mark.parametrize("text", [
    "Kuaishou and Baidu have worked together on agents.",
    "Kuaishou and Baidu deepen their Zorvex partnership.",
    "Baidu is Kuaishou's main hardware partner.",
    "Kuaishou, another Beijing company, has partnered with Baidu since 2024.",
    "Kuaishou and Baidu sign strategic cooperation on computing.",
])
def test_partners_of_other_shapes(extract_text, text):
    facts = facts_of(extract_text(text), "partnerOf")
    assert facts & {("Kuaishou", "partnerOf", "Baidu"), ("Baidu", "partnerOf", "Kuaishou")}, facts


@pytest.mark.parametrize("text", ["Baidu is Kuaishou's main rival.", "Kuaishou and Baidu worked on agents."])
def test_rivals_and_parallel_work_are_no_partners(extract_text, text):
    assert not facts_of(extract_text(text), "partnerOf")


def test_a_list_of_investors_goes_on_past_a_possessor(extract_text):
    text = "Kuaishou had raised money from Tencent, Baidu's Zorvex Fund, Apple, Qihoo 360 and Alibaba."
    ex = extract_text(text)
    investors = {f[0] for f in facts_of(ex, "investedIn")}
    assert investors == {"Tencent", "Zorvex Fund", "Apple", "Qihoo 360", "Alibaba Group"}, investors
    # (only the fund is Baidu's)
    assert facts_of(ex, "subsidiaryOf") == {("Zorvex Fund", "subsidiaryOf", "Baidu")}, facts_of(ex, "subsidiaryOf")
    investors = {f[0] for f in facts_of(extract_text("Kuaishou is backed by Tencent, Baidu's Zorvex Fund and Apple."), "investedIn")}
    assert investors == {"Tencent", "Zorvex Fund", "Apple"}, investors


@pytest.mark.parametrize("text", [
    "Kuaishou raised an undisclosed Series B anchored by Tencent.",
    "Kuaishou, which sells abroad under the Z brand, took 1 billion yuan from Tencent and Baidu.",
])
def test_raised_from_other_shapes(extract_text, text):
    assert ("Tencent", "investedIn", "Kuaishou") in facts_of(extract_text(text), "investedIn")


def test_an_event_opener_with_its_held_clause_dates_what_is_presented(extract_text):
    text = "At this year's Zorvex Summit, held in Beijing on 6 and 7 June, Tencent presented Qorlix-Turbo, a planning model for robots."
    ex = extract_text(text, "2025-12-15")
    assert ("Qorlix-Turbo", "releaseDate", "2025-06-06") in facts_of(ex, "releaseDate"), ex.facts
    assert ("Zorvex Summit", "date", "2025-06-06") in facts_of(ex, "date"), ex.facts


def test_everything_presented_at_an_opening_event_takes_part(extract_text):
    text = "At the Zorvex Summit, chief executive Zorvan Lee presented the Z100, a robot, and Qorlix-Turbo, a model."
    facts = facts_of(extract_text(text), "involves")
    assert {("Zorvex Summit", "involves", "Z100"), ("Zorvex Summit", "involves", "Qorlix-Turbo")} <= facts, facts


def test_a_team_or_brand_in_apposition_belongs_to_its_possessor(extract_text):
    for text in ("Zorvex Lab, Tencent's model team, grew.", "Zorvex Lab is Tencent's premium brand."):
        assert ("Zorvex Lab", "subsidiaryOf", "Tencent") in facts_of(extract_text(text), "subsidiaryOf"), text
    # ("Tencent's team lead": a person's role, not a unit)
    assert not facts_of(extract_text("Zorvan Lee, Tencent's team lead, spoke."), "subsidiaryOf")


def test_since_its_debut_and_released_together_with(extract_text):
    ex = extract_text("Tencent said Hunyuan-T1 had passed 22 million users since its debut in June 2024.", "2025-04-17")
    assert facts_of(ex, "releaseDate") == {("Hunyuan-T1", "releaseDate", "2024-06")}, ex.facts
    text = "Tencent launched Hunyuan-T1, its newest model, at an event in Beijing on Tuesday, together with the Qorlix-Turbo image model."
    facts = facts_of(extract_text(text, "2025-04-17"), "releaseDate")
    assert {("Hunyuan-T1", "releaseDate", "2025-04-15"), ("Qorlix-Turbo", "releaseDate", "2025-04-15")} <= facts, facts


def test_a_policy_dated_past_its_list_of_issuers(extract_text):
    text = ("It violated the Zorvex Provisions on Deep Synthesis, issued by the CAC, the Ministry of Industry and Information "
            "Technology and the State Council in November 2022.")
    assert ("Zorvex Provisions on Deep Synthesis", "date", "2022-11") in facts_of(extract_text(text, "2025-04-17"), "date")


def test_a_government_agency_acquires_no_company(extract_text):
    text = ("The Cyberspace Administration of China summoned Tencent on July 31 over what it called security risks in the Z100, "
            "and on September 15 the State Council said a preliminary investigation had found that Tencent violated the "
            "Zorvex Law in connection with its acquisition of Kuaishou.")
    facts = facts_of(extract_text(text), "subsidiaryOf")
    assert not any(f[2] in ("Cyberspace Administration of China", "State Council") for f in facts), facts


def test_two_registry_bodies_joined_by_of_the_stay_two(extract_text):
    ex = extract_text("Researchers at the Quorvane Research Center of the State Council built it.")
    names = {e.name for e in ex.entities.values()}
    assert {"Quorvane Research Center", "State Council"} <= names, names
    assert ("Quorvane Research Center", "subsidiaryOf", "State Council") in facts_of(ex, "subsidiaryOf")


def test_a_date_then_came_the_model(extract_text):
    ex = extract_text("In April 2023 came the Z100 series, a chip.", "2025-10-15")
    assert facts_of(ex, "releaseDate") == {("Z100", "releaseDate", "2023-04")}, ex.facts
    assert not facts_of(extract_text("In 2024 came criticism of the Z100.", "2025-10-15"), "releaseDate")


def test_an_opening_date_governs_the_list_past_an_apposition(extract_text):
    text = "In May it launched Hunyuan-T1, a closed model sold through its API, and Qorlix-Turbo, which continued the pretraining of the Z100."
    facts = facts_of(extract_text(text, "2025-10-15"), "releaseDate")
    assert {("Hunyuan-T1", "releaseDate", "2025-05"), ("Qorlix-Turbo", "releaseDate", "2025-05")} <= facts, facts
    # (an apposition's own date is of its own name only)
    facts = facts_of(extract_text("Hunyuan-T1, a model released in 2023, and Qorlix-Turbo are rivals.", "2025-10-15"), "releaseDate")
    assert facts == {("Hunyuan-T1", "releaseDate", "2023")}, facts


def test_the_same_week_takes_the_month_of_the_date_before(extract_text):
    text = "In May 2024 Tencent launched Hunyuan-T1. The same week it released Qorlix-Turbo, a productivity assistant."
    assert ("Qorlix-Turbo", "releaseDate", "2024-05") in facts_of(extract_text(text, "2025-10-15"), "releaseDate")


def test_a_round_opening_a_paragraph_is_the_round_of_the_paragraph_before(extract_text):
    """Wire copy gives each sentence its own paragraph: "The round was led by ..." goes back across the break, and the
    sentence after it goes on about the same round."""
    text = ("Zorvex Robotics said on Monday it had raised 500 million yuan in a Series A round.\n\n"
            "The round was co-led by Tencent and Baidu. Kuaishou and Qihoo 360 joined.")
    facts = facts_of(extract_text(text), "investedIn")
    assert {(x, "investedIn", "Zorvex Robotics") for x in ("Tencent", "Baidu", "Kuaishou", "Qihoo 360")} <= facts, facts


def test_a_firm_named_by_a_registry_name_and_a_money_suffix_is_its_own(extract_text):
    ex = extract_text("Zorvex Robotics raised money from Tencent, Kuaishou Asset Management and Zorvex Investment & Development Co.")
    names = {e.name for e in ex.entities.values()}
    assert "Kuaishou Asset Management" in names and "Kuaishou" not in names, names
    assert ("Kuaishou Asset Management", "investedIn", "Zorvex Robotics") in facts_of(ex, "investedIn")
    assert not any(n.startswith("Development") or n.endswith("Investment") for n in names), names


def test_an_apposition_naming_a_maker_of_robots_is_a_firm(extract_text):
    got = names_types(extract_text("Zorvex Robotics, a Beijing humanoid robot developer, raised money. Zorvex Chat, a humanoid robot, walked."))
    assert got.get("Zorvex Robotics") == "Company" and got.get("Zorvex Chat") == "Product", got


def test_a_model_that_came_out_from_a_firm_or_that_a_firm_shipped(extract_text):
    cases = {
        "Zorvex-7B came out July 22 from Tencent.": "Tencent",
        "Zorvex-7B arrived last week from Baidu.": "Baidu",
        "It uses the same Zorvex-7B mixture-of-experts that Kuaishou shipped in April.": "Kuaishou",
        "Zorvex Guide, the travel assistant of Tencent, answers questions.": "Tencent",
        "Zorvex-7B was rolled out by Baidu in May.": "Baidu",
    }
    for text, maker in cases.items():
        facts = facts_of(extract_text(text, "2025-10-15"), "developer")
        assert any(f[2] == maker for f in facts), (text, facts)
    assert not facts_of(extract_text("Zorvex-7B came out in July from nowhere, and Tencent said so."), "developer")
    assert not facts_of(extract_text("Zorvex-7B, a model of Tencent quality, is big."), "developer")


def test_an_encoder_or_a_toolchain_named_in_an_apposition(extract_text):
    got = names_types(extract_text("Zorvex-ViT, Tencent's vision encoder, and Zorvex Forge, Baidu's in-house AI toolchain, are free."))
    assert got.get("Zorvex-ViT") == "AIModel" and got.get("Zorvex Forge") == "Product", got


def test_a_person_who_helped_found_or_joined_an_organisation(extract_text):
    cases = {
        "Zorvan Lee surprised colleagues by joining Baidu as president.": "Baidu",
        "Zorvan Lee helped set up the Quorvane Research Center and became its founding chairman.": "Quorvane Research Center",
        "Zorvan Lee helped to found Tencent.": "Tencent",
    }
    for text, org in cases.items():
        assert ("Zorvan Lee", "affiliatedWith", org) in facts_of(extract_text(text), "affiliatedWith"), text
    assert not facts_of(extract_text("Zorvan Lee said he would start Zorvex AI."), "affiliatedWith")
    # (a bare "found" is the past of "find", and a bare "start" no verb of founding)
    assert not facts_of(extract_text("Zorvan Lee found Baidu a tough rival."), "affiliatedWith")


def test_a_model_shown_at_an_event_with_its_date_between(extract_text):
    for text in ("Zorvex-7B debuted in April 2024 at the Zorvex Forum.", "The Z100 chip was unveiled on July 26 at the Zorvex Forum.",
                 "Qorlix-Turbo, released last year at the Zorvex Forum, is fast."):
        facts = facts_of(extract_text(text, "2025-10-15"), "involves")
        assert any(f[0] == "Zorvex Forum" for f in facts), (text, facts)
    assert not facts_of(extract_text("Zorvex-7B debuted in April 2024, and at the Zorvex Forum Tencent spoke.", "2025-10-15"), "involves") \
        - {("Zorvex Forum", "involves", "Tencent")}


def test_a_policy_described_as_an_agencys_push(extract_text):
    facts = facts_of(extract_text("The Zorvex Plan, a State Council push, sets targets."), "issuedBy")
    assert ("Zorvex Plan", "issuedBy", "State Council") in facts, facts
    assert not facts_of(extract_text("The Zorvex Plan, a Tencent rival, sets targets."), "issuedBy")


def test_a_supplier_and_its_customers_are_partners(extract_text):
    facts = facts_of(extract_text("Tencent has supplied Z100 chips to carmakers including Baidu and Kuaishou."), "partnerOf")
    assert {("Tencent", "partnerOf", "Baidu"), ("Tencent", "partnerOf", "Kuaishou")} <= facts, facts
    assert ("Tencent", "partnerOf", "Apple") in facts_of(extract_text("Tencent ships servers to Apple."), "partnerOf")
    for text in ("Tencent sold its stake to Baidu.", "Tencent sold its cloud unit to Baidu."):
        assert not facts_of(extract_text(text), "partnerOf"), text


def test_a_leading_date_dates_the_event_its_sentence_says_was_hosted(extract_text):
    ex = extract_text("* 10-12 September - Tencent hosted the 2025 Zorvex Conference in Shanghai, where it presented Zorvex-7B.", "2025-10-10")
    facts = facts_of(ex, "date") | facts_of(ex, "releaseDate")
    assert ("2025 Zorvex Conference", "date", "2025-09-10") in facts and ("Zorvex-7B", "releaseDate", "2025-09-10") in facts, facts
    assert not facts_of(extract_text("In 2019 Tencent held talks with the Zorvex Conference organisers.", "2025-10-10"), "date")


def test_a_chronology_day_with_an_abbreviated_month_and_a_possessor(extract_text):
    for text in ("30 Sep - Tencent's Zorvex-9B arrived.", "Intro.\n* 30 Sep - Zorvex-9B arrived.", "On 30 Sep Tencent released Zorvex-9B."):
        assert ("Zorvex-9B", "releaseDate", "2025-09-30") in facts_of(extract_text(text, "2025-10-10"), "releaseDate"), text
    assert not facts_of(extract_text("Tencent sold 30 Mar units of Zorvex-9B.", "2025-10-10"), "releaseDate")


def test_models_put_out_together_on_a_date(extract_text):
    facts = facts_of(extract_text("Tencent put out Zorvex-7B and Zorvex-7B-Air together on 28 July.", "2025-10-10"), "releaseDate")
    assert {("Zorvex-7B", "releaseDate", "2025-07-28"), ("Zorvex-7B-Air", "releaseDate", "2025-07-28")} <= facts, facts


def test_a_model_unveiled_at_the_companys_conference_takes_its_date(extract_text):
    text = "Qorlix-Turbo was unveiled at the company's Zorvex Conference last June."
    assert ("Qorlix-Turbo", "releaseDate", "2025-06") in facts_of(extract_text(text, "2025-10-10"), "releaseDate")
    text = "Zorvan Lee will present Qorlix-Turbo at the conference's main forum on July 28."
    assert not facts_of(extract_text(text, "2025-07-27"), "releaseDate")


def test_a_brand_or_unit_named_after_its(extract_text):
    text = "Tencent, which is headquartered in Beijing, sells cars through its premium electric brand Zorvex Auto."
    assert ("Zorvex Auto", "subsidiaryOf", "Tencent") in facts_of(extract_text(text), "subsidiaryOf")
    assert not facts_of(extract_text("Tencent competes with its former unit Zorvex Auto."), "subsidiaryOf")


def test_who_used_an_event_to_speak_took_part_in_it(extract_text):
    text = "Premier Zorvan Lee used the Zorvex Forum opening to propose a new body."
    assert ("Zorvex Forum", "involves", "Zorvan Lee") in facts_of(extract_text(text), "involves")
    assert not facts_of(extract_text("Tencent used the Zorvex Forum data."), "involves")


def test_a_model_that_starts_from_a_base(extract_text):
    text = "Zorvex-7B came out in August; it starts from Hunyuan-T1."
    assert ("Zorvex-7B", "basedOn", "Hunyuan-T1") in facts_of(extract_text(text), "basedOn")
    assert not facts_of(extract_text("Tencent started from Baidu."), "basedOn")


def test_a_policy_targets_what_it_names_lists_or_covers(extract_text):
    cases = {
        "The Zorvex Plan names Tencent and Baidu as chain leader companies.": {"Tencent", "Baidu"},
        "The Zorvex Plan lists Tencent, Baidu and Apple among its first pilot enterprises.": {"Tencent", "Baidu", "Apple"},
        "The Zorvex Rules cover consumer chatbots such as ERNIE Bot and Qwen.": {"ERNIE Bot", "Qwen"},
        "Tencent and Baidu were both added to the Entity List in October 2023.": {"Tencent", "Baidu"},
    }
    for text, targets in cases.items():
        facts = facts_of(extract_text(text))
        assert {f[2] for f in facts if f[1] == "targets"} == targets, (text, facts)
        assert not any(f[1] == "issuedBy" for f in facts), (text, facts)
    assert not facts_of(extract_text("The Zorvex Plan names Tencent."), "targets")


def test_who_deploys_a_model_did_not_develop_it(extract_text):
    text = "Quorvane Research Center deployed Hunyuan-T1, the reasoning model from Tencent, on local servers in February."
    facts = facts_of(extract_text(text), "developer")
    assert ("Hunyuan-T1", "developer", "Quorvane Research Center") not in facts, facts


def test_a_policy_dated_past_its_apposition_and_relative_clause(extract_text):
    text = "They sit alongside the Zorvex Rules, the mandatory standard on labeling that the CAC and MIIT published in March."
    assert ("Zorvex Rules", "date", "2025-03") in facts_of(extract_text(text, "2025-10-10"), "date")
    assert not facts_of(extract_text("The Zorvex Rules, the standard that Tencent criticised in March, apply.", "2025-10-10"), "date")


def test_a_product_that_went_on_sale_on_a_date(extract_text):
    assert ("Z100", "releaseDate", "2025-05-03") in facts_of(extract_text("The Z100 went on sale on 3 May.", "2025-12-10"), "releaseDate")
    assert not facts_of(extract_text("The Z100 goes on sale next month.", "2025-12-10"), "releaseDate")


def test_a_firm_that_led_its_round_invested_in_the_firm_the_sentence_before_opened_with(extract_text):
    facts = facts_of(extract_text("Kuaishou raised new money last year. Qihoo 360 led its Series B in March."), "investedIn")
    assert ("Qihoo 360", "investedIn", "Kuaishou") in facts, facts
    # ("The hand runs Qwen, which Tencent built. Apple led the firm's Series A.": the firm is no one named before)
    assert not facts_of(extract_text("The hand runs Qwen, which Tencent built. Apple led the firm's Series A."), "investedIn")


def test_backer_lists_go_on_past_descriptions_and_carry_to_the_next_sentence(extract_text):
    text = ("Kuaishou raised new money last year. Other backers include Tencent, the Shanghai gaming firm Zorvex Labs, "
            "Zorvan Capital and Baidu. Cornerstone investors in the offering included Apple and Qihoo 360.")
    investors = {f[0] for f in facts_of(extract_text(text), "investedIn") if f[2] == "Kuaishou"}
    assert investors == {"Tencent", "Zorvex Labs", "Zorvan Capital", "Baidu", "Apple", "Qihoo 360"}, investors


def test_games_after_a_firm_noun_or_a_known_firm_name_a_company(extract_text):
    got = names_types(extract_text("Backers include the Shanghai gaming firm Zorvex Games. The 2026 Zorvex Games opened in Beijing."))
    assert got["Zorvex Games"] == "Company" and got["2026 Zorvex Games"] == "Event", got
    assert names_types(extract_text("Tencent Games hired staff."))["Tencent Games"] == "Company"
    assert names_types(extract_text("The Asian Games opened."))["Asian Games"] == "Event"


def test_the_company_opening_a_paragraph_is_the_firm_the_text_is_about(extract_text):
    text = ("Kuaishou sold shares in Hong Kong on Friday.\n\nTencent, Apple and Qihoo 360 were joint sponsors of the offering.\n\n"
            "The company was founded in 2011 by Zorvan Lee.")
    facts = facts_of(extract_text(text), "affiliatedWith")
    assert ("Zorvan Lee", "affiliatedWith", "Kuaishou") in facts and not any(f[2] == "Qihoo 360" for f in facts), facts


def test_a_research_grant_is_no_investment_and_a_province_issues_nothing_by_possessive(extract_text):
    facts = facts_of(extract_text("The Quorvane Research Center is funded by MIIT and Tencent. Kuaishou is backed by Tencent."), "investedIn")
    assert set(facts) == {("Tencent", "investedIn", "Kuaishou")}, facts
    facts = facts_of(extract_text("Beijing's Zorvex Measures took effect. Zorvexia's Zorvex Plan took effect."), "issuedBy")
    assert ("Zorvex Plan", "issuedBy", "Zorvexia") in facts and not any(f[2] == "Beijing" for f in facts), facts


def test_a_board_of_an_exchange_is_no_subsidiary_of_it(extract_text):
    ex = extract_text("Kuaishou listed on the Main Board of the Zorvex Stock Exchange in 2021.")
    assert "Zorvex Stock Exchange" in names_types(ex) and not facts_of(ex, "subsidiaryOf"), facts_of(ex)


def test_a_model_dropped_as_it_and_one_released_hours_later_take_their_dates(extract_text):
    facts = facts_of(extract_text("Hunyuan-T1 is good. Tencent dropped it on July 11.", "2025-10-01"), "releaseDate")
    assert ("Hunyuan-T1", "releaseDate", "2025-07-11") in facts, facts
    facts = facts_of(extract_text("On 3 March Tencent released Hunyuan-T1. Hours later Alibaba released Qorlix-Turbo.", "2025-10-01"), "releaseDate")
    assert ("Qorlix-Turbo", "releaseDate", "2025-03-03") in facts, facts
    assert not facts_of(extract_text("Alibaba released Qorlix-Turbo hours later.", "2025-10-01"), "releaseDate")


def test_years_spent_at_a_firm_and_academic_titles_tie_a_person_to_it(extract_text):
    for text in ("Zorvan Lee spent years at Tencent.", "Zorvan Lee worked for more than ten years at Tencent.",
                 "Zorvan Lee, who previously led an engineering institute at Tencent, spoke."):
        assert ("Zorvan Lee", "affiliatedWith", "Tencent") in facts_of(extract_text(text), "affiliatedWith"), text
    text = "Zorvan Lee is a research associate at the Quorvane Research Center."
    assert ("Zorvan Lee", "affiliatedWith", "Quorvane Research Center") in facts_of(extract_text(text), "affiliatedWith")
    assert not facts_of(extract_text("Zorvan Lee spent years in Beijing."), "affiliatedWith")


def test_a_model_added_to_an_app_past_its_head_noun_is_integrated_into_it(extract_text):
    for text in ("Baidu added its Qorlix-Turbo video generator to the ERNIE Bot app.", "Baidu added Qorlix-Turbo support to ERNIE Bot."):
        assert ("Qorlix-Turbo", "integratedInto", "ERNIE Bot") in facts_of(extract_text(text), "integratedInto"), text


def test_a_buyer_and_its_suppliers_are_partners_but_a_bought_stake_is_no_supply(extract_text):
    facts = facts_of(extract_text("Kuaishou buys etch tools from Tencent and Baidu."), "partnerOf")
    assert {f[2] for f in facts if f[0] == "Kuaishou"} == {"Tencent", "Baidu"}, facts
    assert not facts_of(extract_text("Kuaishou bought a stake from Tencent."), "partnerOf")


def test_a_filing_that_lists_backers_among_its_shareholders(extract_text):
    text = ("Kuaishou filed for an IPO in Shanghai. Its prospectus lists Tencent, the gaming firm Zorvex Labs and Baidu "
            "among its shareholders.")
    assert {f[0] for f in facts_of(extract_text(text), "investedIn") if f[2] == "Kuaishou"} == {"Tencent", "Zorvex Labs", "Baidu"}
    assert not facts_of(extract_text("Kuaishou filed for an IPO. Its prospectus lists Tencent and Baidu among its customers."), "investedIn")


def test_a_model_that_builds_on_it_is_based_on_the_model_before(extract_text):
    for text in ("Tencent released Hunyuan-T1 in December. Qorlix-Turbo builds on it.",
                 "Tencent released Hunyuan-T1 in December. Qorlix-Turbo was fine-tuned from it."):
        assert ("Qorlix-Turbo", "basedOn", "Hunyuan-T1") in facts_of(extract_text(text), "basedOn"), text
    assert not facts_of(extract_text("Tencent released Hunyuan-T1. Qorlix-Turbo competes with it."), "basedOn")


def test_where_a_statement_was_posted_is_no_release(extract_text):
    for text in ("Tencent said in a post on ERNIE Bot on August 31 that it would grow.", "Tencent wrote on ERNIE Bot on August 31 that it would grow."):
        assert not facts_of(extract_text(text, "2025-10-01"), "releaseDate"), text
    assert facts_of(extract_text("Tencent released ERNIE Bot on August 31.", "2025-10-01"), "releaseDate")


def test_co_developers_after_with_and_models_made_jointly(extract_text):
    facts = facts_of(extract_text("Tencent's Qorlix-Turbo, developed with Baidu, is fast."), "developer")
    assert {("Qorlix-Turbo", "developer", "Tencent"), ("Qorlix-Turbo", "developer", "Baidu")} <= set(facts), facts
    assert not facts_of(extract_text("Qorlix-Turbo, developed with care, is fast."), "developer")
    facts = set(facts_of(extract_text("Tencent and Baidu jointly open-sourced two models: Qorlix-Turbo and Hunyuan-T1."), "developer"))
    assert {(m, "developer", o) for m in ("Qorlix-Turbo", "Hunyuan-T1") for o in ("Tencent", "Baidu")} <= facts, facts
    facts = set(facts_of(extract_text("Tencent and Baidu released Qorlix-Turbo and Hunyuan-T1 respectively."), "developer"))
    assert ("Hunyuan-T1", "developer", "Tencent") not in facts and ("Hunyuan-T1", "developer", "Baidu") in facts, facts


def test_every_exhibitor_the_conference_included_takes_part_in_it(extract_text):
    text = "The Zorvex Summit opened in Beijing on Monday. Foreign exhibitors at the conference included Apple and Tencent."
    facts = set(facts_of(extract_text(text), "involves"))
    assert {("Zorvex Summit", "involves", "Apple"), ("Zorvex Summit", "involves", "Tencent")} <= facts, facts
    facts = set(facts_of(extract_text("The Zorvex Summit opened in Beijing on Monday. At the conference, Apple met Tencent."), "involves"))
    assert ("Zorvex Summit", "involves", "Tencent") not in facts, facts


def test_a_bare_version_after_a_hyphen_names_the_model_and_no_number_is_a_name(extract_text):
    ex = extract_text("Tencent released Zorvex-V2.5 on August 21, a hybrid model that switches modes. V2.5 is built on Qwen.")
    assert ("Zorvex-V2.5", "basedOn", "Qwen") in facts_of(ex, "basedOn"), facts_of(ex)
    assert "21" not in names_types(ex), names_types(ex)
    # two models ending in the same version: the bare version names neither
    ex = extract_text("Tencent released Zorvex-V2 and Qorlix-V2 in May. V2 is built on Qwen.")
    assert not facts_of(ex, "basedOn"), facts_of(ex)


def test_the_issuer_after_a_policy_modifier_that_ends_in_a_name(extract_text):
    text = "The Zorvex Data Export Measures on data bound for Beijing, issued by the CAC, took effect in May."
    assert ("Zorvex Data Export Measures", "issuedBy", "Cyberspace Administration of China") in facts_of(extract_text(text), "issuedBy")
    text = "The Zorvex Data Export Measures on data bound for Beijing, criticised by the CAC, took effect in May."
    assert not facts_of(extract_text(text), "issuedBy")


def test_a_policy_described_by_its_topic_is_the_one_of_that_topic_named_further_back(extract_text):
    first = "Tencent breached the Zorvex Measures for Labeling Synthetic Content, which took effect in May.\n\nBaidu said nothing.\n\n"
    facts = facts_of(extract_text(first + "The labeling measures were issued by the CAC."), "issuedBy")
    assert ("Zorvex Measures for Labeling Synthetic Content", "issuedBy", "Cyberspace Administration of China") in facts, facts
    assert not facts_of(extract_text(first + "The export measures were issued by the CAC."), "issuedBy")


def test_a_bare_head_noun_is_the_one_name_before_it_ending_in_that_noun(extract_text):
    text = "The Zorvex Policy Institute published a report.\n\nAbout the authors: Mei Zorvan is a senior fellow at the Institute."
    ex = extract_text(text)
    assert "Institute" not in names_types(ex), names_types(ex)
    assert ("Mei Zorvan", "affiliatedWith", "Zorvex Policy Institute") in facts_of(ex, "affiliatedWith"), facts_of(ex)
    ex = extract_text("The Zorvex Policy Institute and the Qorlix Policy Institute met.\n\nMei Zorvan is a senior fellow at the Institute.")
    assert "Institute" not in names_types(ex) and not facts_of(ex, "affiliatedWith"), facts_of(ex)


def test_an_interviewees_apposition_our_model_and_hearsay_about_distillation(extract_text):
    head = "Wang Lin is chief scientist at Zhipu AI. We spoke to him in Beijing.\nQ: What is new?\n"
    ex = extract_text(head + "A: Zorvex-5, our new vision model, came out in May and is built on Qwen.\nQ: And then?\nA: More.")
    assert ("Zorvex-5", "basedOn", "Qwen") in facts_of(ex, "basedOn"), facts_of(ex)
    assert ("Zorvex-5", "developer", "Zhipu AI") in facts_of(ex, "developer"), facts_of(ex)
    ex = extract_text(head + "A: Zorvex-5 came out in May.\nQ: Some people online say Zorvex-5 was distilled from Qwen.\nA: No.")
    assert not facts_of(ex, "basedOn"), facts_of(ex)


def test_the_day_a_model_was_released_dates_it(extract_text):
    text = "Zorvan Lee spoke on Monday. On January 20, the day Qorlix-Turbo was released, he met Tencent."
    assert ("Qorlix-Turbo", "releaseDate", "2025-01-20") in facts_of(extract_text(text, "2025-03-01"), "releaseDate")
    text = "Zorvan Lee spoke on Monday. On January 20, the day Qorlix-Turbo was criticised, he met Tencent."
    assert not facts_of(extract_text(text, "2025-03-01"), "releaseDate")


def test_an_agencys_page_or_work_plan_is_no_target_of_a_policy(extract_text):
    text = "The Zorvex Artificial Intelligence Law has appeared on the State Council's legislative work plan since 2023."
    assert not facts_of(extract_text(text), "targets")
    text = "The Zorvex Data Export Measures on Tencent took effect in May."
    assert ("Zorvex Data Export Measures", "targets", "Tencent") in facts_of(extract_text(text), "targets")


def test_a_list_after_a_possessive_unit_and_comma_names_no_unit(extract_text):
    facts = facts_of(extract_text("The providers are Tencent's Beijing branch, Baidu and Kuaishou."), "subsidiaryOf")
    assert not facts, facts
    facts = facts_of(extract_text("Within hours, Tencent's cloud division, Zorvex Cloud, said so."), "subsidiaryOf")
    assert ("Zorvex Cloud", "subsidiaryOf", "Tencent") in facts, facts


def test_an_organisation_built_with_a_firm_is_its_partner(extract_text):
    facts = facts_of(extract_text("The Quorvane Research Center, which was built with Tencent, opened in 2021."), "partnerOf")
    assert facts & {("Quorvane Research Center", "partnerOf", "Tencent"), ("Tencent", "partnerOf", "Quorvane Research Center")}, facts
    assert not facts_of(extract_text("The Quorvane Research Center, which was praised by Tencent, opened in 2021."), "partnerOf")


def test_co_subjects_that_launch_a_joint_lab_are_partners(extract_text):
    facts = facts_of(extract_text("Tencent and Quorvane Research Center launched a joint laboratory for speech models."), "partnerOf")
    assert facts & {("Tencent", "partnerOf", "Quorvane Research Center"), ("Quorvane Research Center", "partnerOf", "Tencent")}, facts
    assert not facts_of(extract_text("Tencent and Quorvane Research Center launched speech models."), "partnerOf")


def test_a_round_that_valued_a_firm_and_funding_that_still_comes_from_a_backer(extract_text):
    facts = facts_of(extract_text("Tencent led a funding round that valued Kuaishou at more than US$1 billion."), "investedIn")
    assert ("Tencent", "investedIn", "Kuaishou") in facts, facts
    facts = facts_of(extract_text("Kuaishou is still funded by the internet group Tencent."), "investedIn")
    assert ("Tencent", "investedIn", "Kuaishou") in facts, facts
    assert not facts_of(extract_text("Tencent led a study that valued Kuaishou at US$1 billion."), "investedIn")


def test_a_joint_venture_a_firm_runs_is_its_own_and_its_partner_s(extract_text):
    ex = extract_text("Tencent also runs Zorvex Mobility, a joint venture with Baidu.")
    assert {("Zorvex Mobility", "subsidiaryOf", "Tencent"), ("Zorvex Mobility", "subsidiaryOf", "Baidu")} <= facts_of(ex, "subsidiaryOf"), facts_of(ex)
    assert facts_of(ex, "partnerOf") & {("Tencent", "partnerOf", "Baidu"), ("Baidu", "partnerOf", "Tencent")}, facts_of(ex)
    ex = extract_text("Tencent praised Zorvex Mobility, a joint venture with Baidu.")
    assert ("Zorvex Mobility", "subsidiaryOf", "Tencent") not in facts_of(ex, "subsidiaryOf"), facts_of(ex)


def test_an_edition_word_after_a_known_name_names_the_edition(extract_text):
    types = names_types(extract_text("Tencent showed the Qorlix-Turbo Max and Hunyuan-T1 Lite on Monday."))
    assert "Qorlix-Turbo Max" in types and "Hunyuan-T1 Lite" in types, types
    types = names_types(extract_text("Tencent showed Qorlix-Turbo Maximum on Monday."))
    assert "Qorlix-Turbo" in types and "Qorlix-Turbo Maximum" not in types, types


def test_an_event_that_closed_on_a_day_is_dated_by_it_but_not_by_a_close_to_come(extract_text):
    facts = facts_of(extract_text("The Zorvex Summit closed in Beijing on June 7 after two days.", "2025-07-30"), "date")
    assert ("Zorvex Summit", "date", "2025-06-07") in facts, facts
    facts = facts_of(extract_text("The Zorvex Summit closes in Beijing on August 7.", "2025-07-30"), "date")
    assert not facts, facts


def test_a_model_on_board_a_product_is_integrated_into_it(extract_text):
    facts = facts_of(extract_text("Tencent released the Z100 phone, with Qorlix-Turbo on board."), "integratedInto")
    assert ("Qorlix-Turbo", "integratedInto", "Z100") in facts, facts
    facts = facts_of(extract_text("Tencent released the Z100 phone, with Qorlix-Turbo as a rival."), "integratedInto")
    assert not facts, facts


def test_co_subjects_that_are_jointly_developing_are_partners_and_signing_with_is_partnering(extract_text):
    facts = facts_of(extract_text("Tencent and Kuaishou are jointly developing a robotaxi."), "partnerOf")
    assert facts & {("Tencent", "partnerOf", "Kuaishou"), ("Kuaishou", "partnerOf", "Tencent")}, facts
    facts = facts_of(extract_text("Kuaishou signed with Baidu in March."), "partnerOf")
    assert facts & {("Baidu", "partnerOf", "Kuaishou"), ("Kuaishou", "partnerOf", "Baidu")}, facts
    assert not facts_of(extract_text("Tencent and Kuaishou are developing robotaxis."), "partnerOf")


def test_a_fronted_founded_by_clause_names_the_founders_of_the_main_subject(extract_text):
    facts = facts_of(extract_text("Founded in 2023 by Zorvan Lee, a graduate of Quorvane Research Center, Zhipu AI is backed by Tencent."), "affiliatedWith")
    assert ("Zorvan Lee", "affiliatedWith", "Zhipu AI") in facts, facts
    facts = facts_of(extract_text("Founded in 2023 by Zorvan Lee, Zhipu AI said on Monday that it raised money."), "affiliatedWith")
    assert ("Zorvan Lee", "affiliatedWith", "Zhipu AI") in facts, facts
    facts = facts_of(extract_text("Praised in 2023 by Zorvan Lee, Zhipu AI is backed by Tencent."), "affiliatedWith")
    assert ("Zorvan Lee", "affiliatedWith", "Zhipu AI") not in facts, facts


def test_a_share_bar_names_its_platforms_as_products_and_says_nothing_about_them(extract_text):
    ex = extract_text("Baidu released a report on Monday.\nShare: X | Telegram | Copy link")
    types = names_types(ex)
    assert types.get("X") == "Product" and types.get("Telegram") == "Product", types
    # (a bare "X" outside a share bar names nothing)
    assert "X" not in names_types(extract_text("Baidu released X on Monday, the company said."))
    # (a registry name only the bar mentions gets no maker from the registry, as it would in prose)
    ex = extract_text("Alibaba Cloud released a report on Monday.\nShare: Qwen | X")
    assert not facts_of(ex, "developer"), facts_of(ex)
    ex = extract_text("Alibaba Cloud released a report on Monday. Qwen has many users.")
    assert ("Qwen", "developer", "Alibaba Cloud") in facts_of(ex, "developer"), facts_of(ex)


def test_deepening_a_partnership_without_a_determiner_and_an_app_that_mixes_models(extract_text):
    facts = facts_of(extract_text("Tencent and Kuaishou deepen cockpit AI partnership"), "partnerOf")
    assert facts & {("Tencent", "partnerOf", "Kuaishou"), ("Kuaishou", "partnerOf", "Tencent")}, facts
    assert not facts_of(extract_text("Tencent and Kuaishou deepen cockpit AI losses"), "partnerOf")
    facts = facts_of(extract_text("The Z100 app mixes Qorlix-Turbo and Hunyuan-T1."), "integratedInto")
    assert ("Qorlix-Turbo", "integratedInto", "Z100") in facts, facts


def test_a_backer_described_in_an_apposition_led_one_of_its_rounds(extract_text):
    facts = facts_of(extract_text("Kuaishou makes apps. Tencent, the gaming group, led one of its earlier funding rounds."), "investedIn")
    assert ("Tencent", "investedIn", "Kuaishou") in facts, facts
    facts = facts_of(extract_text("Kuaishou makes apps. Tencent, the gaming group, praised one of its earlier funding rounds."), "investedIn")
    assert not facts, facts


def test_a_firm_that_says_a_backer_has_become_a_shareholder_names_its_investor(extract_text):
    facts = facts_of(extract_text("Kuaishou confirmed that Tencent, the gaming group, has become a shareholder."), "investedIn")
    assert ("Tencent", "investedIn", "Kuaishou") in facts, facts
    assert not facts_of(extract_text("Kuaishou confirmed that Tencent, the gaming group, has become a customer."), "investedIn")


def test_bodies_that_publish_a_counted_set_of_standards_issue_each_listed_item(extract_text):
    text = ("MIIT and the State Council issued the two standards on Friday:\n"
            "- GB/T 91234-2025, Basic requirements for chatbots;\n- GB/T 91235-2025, Labelling of synthetic speech.\n")
    facts = facts_of(extract_text(text), "issuedBy")
    assert {("GB/T 91234-2025", "issuedBy", "State Council"), ("GB/T 91235-2025", "issuedBy", "Ministry of Industry and Information Technology")} <= facts, facts
    # (a count that does not match the list, or a list of something else, names no issuer)
    assert not facts_of(extract_text(text.replace("the two", "the three")), "issuedBy")
    assert not facts_of(extract_text(text.replace("- GB/T 91234-2025", "- Chatbots, GB/T 91234-2025")), "issuedBy")


def test_an_issuer_with_co_issuers_that_issued_a_policy_today(extract_text):
    text = "The Ministry of Industry and Information Technology, together with the State Council, today jointly issued the Measures for Zorvex Data Labelling."
    facts = facts_of(extract_text(text), "issuedBy")
    assert ("Measures for Zorvex Data Labelling", "issuedBy", "State Council") in facts, facts
    assert ("Measures for Zorvex Data Labelling", "issuedBy", "Ministry of Industry and Information Technology") in facts, facts


def test_an_issuer_that_acted_jointly_with_other_bodies_shares_the_policy(extract_text):
    text = "The Measures for Zorvex Data Labelling were issued by the State Council on 28 November, jointly with the Ministry of Industry and Information Technology (MIIT)."
    facts = facts_of(extract_text(text), "issuedBy")
    assert ("Measures for Zorvex Data Labelling", "issuedBy", "Ministry of Industry and Information Technology") in facts, facts
    text = "Next came the Measures for Zorvex Data Labelling, which the State Council released in November 2022 together with MIIT."
    facts = facts_of(extract_text(text), "issuedBy")
    assert ("Measures for Zorvex Data Labelling", "issuedBy", "Ministry of Industry and Information Technology") in facts, facts
    # (a body the issuer merely met is no co-issuer)
    text = "The Measures for Zorvex Data Labelling were issued by the State Council on 28 November, after talks with MIIT."
    assert ("Measures for Zorvex Data Labelling", "issuedBy", "Ministry of Industry and Information Technology") not in facts_of(extract_text(text), "issuedBy")


def test_a_model_that_runs_on_a_device_is_integrated_into_it_but_not_into_a_chip(extract_text):
    facts = facts_of(extract_text("Hunyuan-T1 runs on the Z100."), "integratedInto")
    assert ("Hunyuan-T1", "integratedInto", "Z100") in facts, facts
    text = "Its Hunyuan-T1 reasoning model, released in January, was trained on synthetic data and now runs on the Z100 phone."
    assert ("Hunyuan-T1", "integratedInto", "Z100") in facts_of(extract_text(text), "integratedInto")
    text = "Its software centres on Hunyuan-T1, a compact model released in May that runs on the Zorvex7 and the Zorvex8."
    ex = extract_text(text)
    assert names_types(ex).get("Zorvex7") == "Product" and names_types(ex).get("Zorvex8") == "Product", names_types(ex)
    assert ("Hunyuan-T1", "integratedInto", "Zorvex8") in facts_of(ex, "integratedInto")
    assert not facts_of(extract_text("Hunyuan-T1 runs on the Z100 chips."), "integratedInto")


def test_a_product_described_as_running_on_a_model_hosts_it(extract_text):
    facts = facts_of(extract_text("Z100 is a productivity assistant for office users that runs on Hunyuan-T1."), "integratedInto")
    assert ("Hunyuan-T1", "integratedInto", "Z100") in facts, facts
    facts = facts_of(extract_text("Z100, the company's consumer app, which runs on both Hunyuan-T1 and Qorlix-Turbo, grew fast."), "integratedInto")
    assert ("Hunyuan-T1", "integratedInto", "Z100") in facts, facts
    assert not facts_of(extract_text("Z100 is a productivity assistant for office users that beats Hunyuan-T1."), "integratedInto")


def test_a_product_unveiled_at_a_named_day_event_takes_its_date(extract_text):
    text = "Tencent showed the Z100 robot, which Tencent unveiled at its AI Day on 5 November."
    assert ("Z100", "releaseDate", "2025-11-05") in facts_of(extract_text(text, "2025-11-20"), "releaseDate")
    text = "Tencent showed the Z100 robot, which Tencent unveiled at its AI Day and praised on 5 November."
    assert not facts_of(extract_text(text, "2025-11-20"), "releaseDate")


def test_a_date_in_brackets_after_a_model_is_its_release_unless_the_text_dates_it_closer(extract_text):
    facts = facts_of(extract_text("Rivals shipped too, including Hunyuan-T1 (end of April) and Z100 (May 2025).", "2025-10-01"), "releaseDate")
    assert {("Hunyuan-T1", "releaseDate", "2025-04"), ("Z100", "releaseDate", "2025-05")} <= facts, facts
    text = "Latest release: Hunyuan-T1 (April 2025). Tencent released Hunyuan-T1 on 9 April 2025."
    assert facts_of(extract_text(text, "2025-10-01"), "releaseDate") == {("Hunyuan-T1", "releaseDate", "2025-04-09")}
    assert not facts_of(extract_text("Rivals include Hunyuan-T1 (see April issue).", "2025-10-01"), "releaseDate")


def test_a_model_unveiled_at_the_company_s_event_and_the_company_both_take_part(extract_text):
    facts = facts_of(extract_text("Tencent makes apps. Hunyuan-T1 was unveiled at the company's Zorvex Developer Conference last June."), "involves")
    assert {("Zorvex Developer Conference", "involves", "Hunyuan-T1"), ("Zorvex Developer Conference", "involves", "Tencent")} <= facts, facts


def test_partners_named_with_a_trade_noun_running_a_joint_lab_or_releasing_jointly(extract_text):
    assert ("Zhipu AI", "partnerOf", "Tencent") in facts_of(extract_text("Zhipu AI, which has worked with gaming giant Tencent, said so."), "partnerOf")
    facts = facts_of(extract_text("Kuaishou and Tencent run a joint lab on video models."), "partnerOf")
    assert facts & {("Kuaishou", "partnerOf", "Tencent"), ("Tencent", "partnerOf", "Kuaishou")}, facts
    facts = facts_of(extract_text("Z100 is a phone that Kuaishou and Tencent released jointly."), "partnerOf")
    assert facts & {("Kuaishou", "partnerOf", "Tencent"), ("Tencent", "partnerOf", "Kuaishou")}, facts
    assert not facts_of(extract_text("Kuaishou and Tencent run a video lab each."), "partnerOf")


def test_a_tracker_entry_s_issued_line_dates_its_own_title_not_the_page_s_first(extract_text):
    text = ("Policy tracker\n\n1. Measures for Zorvex Data Labelling\nIssued by: State Council\nIssued: 31 December 2021 | Effective: 1 March 2022\n\n"
            "2. Provisions on Zorvex Speech Synthesis\nIssued by: MIIT\nIssued: 25 November 2022 | Effective: 10 January 2023\n")
    facts = facts_of(extract_text(text, "2026-02-09"), "date")
    assert ("Measures for Zorvex Data Labelling", "date", "2021-12-31") in facts, facts
    assert ("Provisions on Zorvex Speech Synthesis", "date", "2022-11-25") in facts, facts
    assert ("Measures for Zorvex Data Labelling", "date", "2022-11-25") not in facts, facts


def test_a_tracker_entry_s_issued_by_line_names_the_issuers_of_its_own_title(extract_text):
    text = ("Policy tracker\n\n1. Measures for Zorvex Data Labelling\nIssued by: State Council\nIssued: 31 December 2021\nSummary: Labels.\n\n"
            "2. Provisions on Zorvex Speech Synthesis\nIssued by: MIIT\nIssued: 25 November 2022\nSummary: Voices.\n")
    facts = facts_of(extract_text(text, "2026-02-09"), "issuedBy")
    assert ("Provisions on Zorvex Speech Synthesis", "issuedBy", "Ministry of Industry and Information Technology") in facts, facts
    assert ("Measures for Zorvex Data Labelling", "issuedBy", "Ministry of Industry and Information Technology") not in facts, facts


def test_buying_a_firm_s_goods_is_no_acquisition_of_the_firm(extract_text):
    assert not facts_of(extract_text("Kuaishou can still buy Tencent and Baidu processors at home."), "subsidiaryOf")
    assert ("Kuaishou", "subsidiaryOf", "Tencent") in facts_of(extract_text("Tencent bought Kuaishou in 2020."), "subsidiaryOf")


def test_backers_in_an_apposition_a_fraction_held_a_person_who_heads_a_body_and_a_cloud_that_serves_a_model(extract_text):
    facts = facts_of(extract_text("Tencent and Baidu, early backers of Kuaishou, said nothing."), "investedIn")
    assert {("Tencent", "investedIn", "Kuaishou"), ("Baidu", "investedIn", "Kuaishou")} <= facts, facts
    assert not facts_of(extract_text("Tencent and Baidu, early rivals of Kuaishou, said nothing."), "investedIn")
    facts = facts_of(extract_text("Tencent, which owns about a third of Kuaishou, said so."), "investedIn")
    assert ("Tencent", "investedIn", "Kuaishou") in facts, facts
    facts = facts_of(extract_text("Zorvan Lee, the official who heads MIIT, spoke."), "affiliatedWith")
    assert ("Zorvan Lee", "affiliatedWith", "Ministry of Industry and Information Technology") in facts, facts
    facts = facts_of(extract_text("Tencent and Baidu jointly began serving Hunyuan-T1 on domestic chips."), "integratedInto")
    assert {("Hunyuan-T1", "integratedInto", "Tencent"), ("Hunyuan-T1", "integratedInto", "Baidu")} <= facts, facts


def test_a_person_described_as_working_at_a_firm_is_no_firm_and_a_city_before_a_trade_noun_is_no_employer(extract_text):
    ex = extract_text("Zorvexa Tan, an analyst at the research firm Kuaishou, said so.")
    assert names_types(ex).get("Zorvexa Tan") == "Person", names_types(ex)
    assert ("Zorvexa Tan", "affiliatedWith", "Kuaishou") in facts_of(ex, "affiliatedWith")
    ex = extract_text("\"Fine,\" said Zorvexa Tan, a partner at Beijing law firm Zorvex & Partners, who was not involved.")
    assert ("Zorvexa Tan", "affiliatedWith", "Beijing") not in facts_of(ex, "affiliatedWith"), facts_of(ex, "affiliatedWith")
    # (an apposition whose head is a firm still makes one)
    assert names_types(extract_text("Zorvexa Robotics, a Shenzhen firm, raised money.")).get("Zorvexa Robotics") == "Company"


def test_an_investor_in_both_a_body_set_up_under_another_and_the_assistant_inside_a_system(extract_text):
    facts = facts_of(extract_text("Tencent is an investor in both Kuaishou and Zhipu AI."), "investedIn")
    assert {("Tencent", "investedIn", "Kuaishou"), ("Tencent", "investedIn", "Zhipu AI")} <= facts, facts
    assert not facts_of(extract_text("Tencent is a rival in both Kuaishou and Zhipu AI."), "investedIn")
    text = "The Quorvane Research Center, set up in 2023 under the State Council, said so."
    assert ("Quorvane Research Center", "subsidiaryOf", "State Council") in facts_of(extract_text(text), "subsidiaryOf")
    text = "Tencent launched Qorlix-Turbo, the assistant inside its Z100 phone."
    assert ("Qorlix-Turbo", "integratedInto", "Z100") in facts_of(extract_text(text), "integratedInto")


def test_an_issuer_with_other_agencies_shares_the_policy_but_not_with_a_firm(extract_text):
    text = "It builds on the Measures for Zorvex Data Labelling, issued in July 2023 by the State Council with MIIT."
    facts = facts_of(extract_text(text), "issuedBy")
    assert ("Measures for Zorvex Data Labelling", "issuedBy", "Ministry of Industry and Information Technology") in facts, facts
    text = "It builds on the Measures for Zorvex Data Labelling, issued in July 2023 by the State Council with Tencent."
    assert ("Measures for Zorvex Data Labelling", "issuedBy", "Tencent") not in facts_of(extract_text(text), "issuedBy")


def test_partnerships_with_a_counted_group_name_each_firm_after_the_colon(extract_text):
    text = "Kuaishou, the video arm of Tencent, today announced partnerships with two Chinese firms: search group Baidu and chipmaker Zhipu AI."
    facts = facts_of(extract_text(text), "partnerOf")
    assert {("Kuaishou", "partnerOf", "Baidu"), ("Kuaishou", "partnerOf", "Zhipu AI")} <= facts, facts
    assert ("Tencent", "partnerOf", "Baidu") not in facts, facts
    assert not facts_of(extract_text("Kuaishou today announced results for two Chinese firms: Baidu and Zhipu AI."), "partnerOf")


def test_a_second_founder_after_an_apposition_and_leading_work_at_a_firm(extract_text):
    facts = facts_of(extract_text("Kuaishou was founded in 2011 by Zorvan Lee, a former engineer at Baidu, and Wang Lei."), "affiliatedWith")
    assert {("Zorvan Lee", "affiliatedWith", "Kuaishou"), ("Wang Lei", "affiliatedWith", "Kuaishou")} <= facts, facts
    facts = facts_of(extract_text("Zorvan Lee had led pre-training work at Tencent before."), "affiliatedWith")
    assert ("Zorvan Lee", "affiliatedWith", "Tencent") in facts, facts


def test_a_backer_that_led_a_round_in_the_company_invests_in_the_firm_before(extract_text):
    facts = facts_of(extract_text("Kuaishou makes apps. Tencent led a $60 million Series B in the company."), "investedIn")
    assert ("Tencent", "investedIn", "Kuaishou") in facts, facts
    assert not facts_of(extract_text("Kuaishou makes apps. Tencent led a $60 million Series B in the region."), "investedIn")


def test_a_contrast_inside_a_closed_apposition_does_not_negate_the_release_date(extract_text):
    text = "Tencent released Z100, a phone rather than a tablet, in January."
    assert ("Z100", "releaseDate", "2025-01") in facts_of(extract_text(text, "2025-07-16"), "releaseDate")
    assert not facts_of(extract_text("Tencent released a tablet rather than Z100 in January.", "2025-07-16"), "releaseDate")


def test_a_country_that_puts_its_name_to_a_declaration_and_a_law_as_amended_by_a_body(extract_text):
    text = "Then a vice-minister stood at Beijing and Zorvexia put its name to the Zorvex Declaration, alongside Apple."
    facts = facts_of(extract_text(text), "issuedBy")
    assert ("Zorvex Declaration", "issuedBy", "Zorvexia") in facts, facts
    assert ("Zorvex Declaration", "issuedBy", "Beijing") not in facts, facts
    text = "Firms must follow the Measures for Zorvex Data Labelling, as amended by the State Council last October."
    assert ("Measures for Zorvex Data Labelling", "issuedBy", "State Council") in facts_of(extract_text(text), "issuedBy")


def test_a_policy_issued_by_our_ministry_and_named_others(extract_text):
    text = "The second document is the Measures for Zorvex Data Labelling, jointly issued by our ministry, the State Council and MIIT."
    facts = facts_of(extract_text(text), "issuedBy")
    assert {("Measures for Zorvex Data Labelling", "issuedBy", "State Council"),
            ("Measures for Zorvex Data Labelling", "issuedBy", "Ministry of Industry and Information Technology")} <= facts, facts


def test_a_deal_s_advisers_and_a_headline_joint_lab_make_partners(extract_text):
    assert ("Baidu", "partnerOf", "Tencent") in facts_of(extract_text("Baidu advised Tencent on the deal."), "partnerOf")
    assert ("Baidu", "partnerOf", "Tencent") in facts_of(extract_text("Baidu acted for Tencent."), "partnerOf")
    assert not facts_of(extract_text("Baidu advised Tencent to wait."), "partnerOf")
    facts = facts_of(extract_text("Kuaishou and Tencent set up joint lab on efficient inference"), "partnerOf")
    assert facts & {("Kuaishou", "partnerOf", "Tencent"), ("Tencent", "partnerOf", "Kuaishou")}, facts


def test_a_specialist_or_consultant_at_a_firm_works_there(extract_text):
    assert ("Zorvan Lee", "affiliatedWith", "Tencent") in facts_of(extract_text("Zorvan Lee was a compiler specialist at Tencent before."), "affiliatedWith")
    assert ("Zorvan Lee", "affiliatedWith", "Tencent") in facts_of(extract_text("Zorvan Lee, a consultant at Tencent, said so."), "affiliatedWith")


def test_a_role_before_the_speaker_ties_the_speaker_to_the_sentence_s_subject(extract_text):
    facts = facts_of(extract_text("Kuaishou will open an office in Beijing, chief executive Zorvan Lee said."), "affiliatedWith")
    assert ("Zorvan Lee", "affiliatedWith", "Kuaishou") in facts, facts
    facts = facts_of(extract_text("MIIT will manage the fund, said its director, Zorvan Lee."), "affiliatedWith")
    assert ("Zorvan Lee", "affiliatedWith", "Ministry of Industry and Information Technology") in facts, facts
    # (not the subject inside a quotation)
    facts = facts_of(extract_text("\"Kuaishou should not build the stack,\" said Chairman Zorvan Lee."), "affiliatedWith")
    assert ("Zorvan Lee", "affiliatedWith", "Kuaishou") not in facts, facts


def test_two_firms_that_release_a_framework_together_are_partners_but_signatories_are_not(extract_text):
    facts = facts_of(extract_text("Kuaishou and Tencent released the Zorvex Risk Management Framework."), "partnerOf")
    assert facts & {("Kuaishou", "partnerOf", "Tencent"), ("Tencent", "partnerOf", "Kuaishou")}, facts
    assert not facts_of(extract_text("Kuaishou and Tencent signed the Zorvex Safety Commitments."), "partnerOf")
    assert not facts_of(extract_text("MIIT and Tencent released the Zorvex Risk Management Framework."), "partnerOf")


def test_those_a_where_clause_after_an_event_names_take_part_in_it(extract_text):
    text = "The projects were on show last Thursday at the Zorvex Summit in Beijing, where Tencent and Kuaishou shared a panel."
    facts = facts_of(extract_text(text, "2025-06-30"), "involves")
    assert {("Zorvex Summit", "involves", "Tencent"), ("Zorvex Summit", "involves", "Kuaishou")} <= facts, facts
    text = "The projects were on show at the Zorvex Summit in Beijing. Tencent and Kuaishou, where prices fell, shared a panel."
    assert ("Zorvex Summit", "involves", "Kuaishou") not in facts_of(extract_text(text, "2025-06-30"), "involves")


def test_models_that_are_derivatives_of_another_and_its_cornerstone_investor_was(extract_text):
    facts = facts_of(extract_text("Tencent's Hunyuan-T1 models are Qorlix-Turbo derivatives."), "basedOn")
    assert ("Hunyuan-T1", "basedOn", "Qorlix-Turbo") in facts, facts
    assert not facts_of(extract_text("Tencent's Hunyuan-T1 models are Qorlix-Turbo rivals."), "basedOn")
    facts = facts_of(extract_text("Kuaishou listed in Hong Kong; its cornerstone investor was Tencent."), "investedIn")
    assert ("Tencent", "investedIn", "Kuaishou") in facts, facts


def test_firms_that_develop_something_together_are_partners_and_both_develop_it(extract_text):
    text = "Kuaishou, which developed the Hunyuan-T1 model together with Tencent, grew."
    ex = extract_text(text)
    assert ("Hunyuan-T1", "developer", "Kuaishou") in facts_of(ex, "developer") and ("Hunyuan-T1", "developer", "Tencent") in facts_of(ex, "developer")
    assert facts_of(ex, "partnerOf") & {("Kuaishou", "partnerOf", "Tencent"), ("Tencent", "partnerOf", "Kuaishou")}
    facts = facts_of(extract_text("It runs on a computing platform that Kuaishou developed with Tencent."), "partnerOf")
    assert facts & {("Kuaishou", "partnerOf", "Tencent"), ("Tencent", "partnerOf", "Kuaishou")}, facts
    assert not facts_of(extract_text("It runs on a computing platform that Kuaishou compared with Tencent's."), "partnerOf")


def test_two_possessed_models_that_are_versions_of_a_third_are_both_based_on_it(extract_text):
    facts = facts_of(extract_text("Tencent's Hunyuan-T1 and Baidu's Z100 are post-trained versions of Qorlix-Turbo."), "basedOn")
    assert {("Hunyuan-T1", "basedOn", "Qorlix-Turbo"), ("Z100", "basedOn", "Qorlix-Turbo")} <= facts, facts


def test_cards_put_into_a_server_are_integrated_into_it(extract_text):
    facts = facts_of(extract_text("Tencent, which puts Hunyuan-T1 cards into its Z100 servers, grew."), "integratedInto")
    assert ("Hunyuan-T1", "integratedInto", "Z100") in facts, facts


def test_a_model_that_appeared_or_was_shown_on_a_date_was_released_then(extract_text):
    facts = facts_of(extract_text("Hunyuan-T1, the current version, appeared in June 2023.", "2024-03-01"), "releaseDate")
    assert ("Hunyuan-T1", "releaseDate", "2023-06") in facts, facts
    facts = facts_of(extract_text("Hunyuan-T1 was shown in March 2023 to reporters.", "2024-03-01"), "releaseDate")
    assert ("Hunyuan-T1", "releaseDate", "2023-03") in facts, facts
    assert not facts_of(extract_text("Hunyuan-T1 shows growth in 2023.", "2024-03-01"), "releaseDate")


def test_a_model_launched_in_a_country_on_a_date(extract_text):
    facts = facts_of(extract_text("Then came the Z100, launched in China on Jan. 8.", "2024-03-01"), "releaseDate")
    assert ("Z100", "releaseDate", "2024-01-08") in facts, facts


def test_two_models_both_of_which_were_opened_on_a_date(extract_text):
    facts = facts_of(extract_text("It cited Hunyuan-T1 and Qorlix-Turbo, both of which were opened to the public in August 2023.", "2024-03-01"), "releaseDate")
    assert {("Hunyuan-T1", "releaseDate", "2023-08"), ("Qorlix-Turbo", "releaseDate", "2023-08")} <= facts, facts


def test_what_a_firm_presented_at_a_dated_event_came_out_that_day(extract_text):
    text = "Tencent presented Hunyuan-T1, a large model it developed together with Kuaishou, at its Zorvex Conference in Beijing on 13 April."
    facts = facts_of(extract_text(text, "2025-06-01"), "releaseDate")
    assert ("Hunyuan-T1", "releaseDate", "2025-04-13") in facts, facts
    text = "Tencent praised Hunyuan-T1 in talks at its Zorvex Conference in Beijing on 13 April."
    assert not facts_of(extract_text(text, "2025-06-01"), "releaseDate")


def test_a_firm_that_relies_on_a_model_hosts_it(extract_text):
    facts = facts_of(extract_text("Kuaishou relies heavily on Hunyuan-T1 for its customer-service agent."), "integratedInto")
    assert ("Hunyuan-T1", "integratedInto", "Kuaishou") in facts, facts
    facts = facts_of(extract_text("Hunyuan-T1 is only reachable through the Z100 app."), "integratedInto")
    assert ("Hunyuan-T1", "integratedInto", "Z100") in facts, facts


def test_a_firm_s_brand_and_a_body_inside_another_are_its_units(extract_text):
    assert ("Kuaishou", "subsidiaryOf", "Tencent") in facts_of(extract_text("He praised Tencent's premium brand Kuaishou."), "subsidiaryOf")
    assert not facts_of(extract_text("He praised Tencent's premium rival Kuaishou."), "subsidiaryOf")
    text = "It sits with the Quorvane Research Center inside the State Council."
    assert ("Quorvane Research Center", "subsidiaryOf", "State Council") in facts_of(extract_text(text), "subsidiaryOf")


def test_agreements_with_a_group_among_them_named_firms_and_a_quoted_joint_lab(extract_text):
    text = "Tencent signed cooperation agreements with more than twenty robot makers and component suppliers, among them Kuaishou and Baidu."
    facts = facts_of(extract_text(text), "partnerOf")
    assert {("Tencent", "partnerOf", "Kuaishou"), ("Tencent", "partnerOf", "Baidu")} <= facts, facts
    facts = facts_of(extract_text("Tencent launched an alliance with chipmakers including Kuaishou and Baidu."), "partnerOf")
    assert {("Tencent", "partnerOf", "Kuaishou"), ("Tencent", "partnerOf", "Baidu")} <= facts, facts
    facts = facts_of(extract_text("Kuaishou and Tencent set up an \"industrial large model joint laboratory\" in Beijing."), "partnerOf")
    assert facts & {("Kuaishou", "partnerOf", "Tencent"), ("Tencent", "partnerOf", "Kuaishou")}, facts
    assert not facts_of(extract_text("Tencent compared its results with chipmakers including Kuaishou and Baidu."), "partnerOf")


def test_earlier_phases_of_a_fund_invested_in_firms(extract_text):
    text = "The Zorvex Industry Fund was set up in 2014. Earlier phases of the fund invested in Kuaishou and in Tencent."
    facts = facts_of(extract_text(text), "investedIn")
    assert {("Zorvex Industry Fund", "investedIn", "Kuaishou"), ("Zorvex Industry Fund", "investedIn", "Tencent")} <= facts, facts
    text = "The Zorvex Industry Fund was set up in 2014. Earlier phases of the rollout reached Kuaishou."
    assert not facts_of(extract_text(text), "investedIn")


def test_running_a_firm_s_business_leaving_to_join_and_a_firm_s_china_head(extract_text):
    facts = facts_of(extract_text("Zorvan Lee, who used to run Tencent's business in China, founded it."), "affiliatedWith")
    assert ("Zorvan Lee", "affiliatedWith", "Tencent") in facts, facts
    assert ("Zorvan Lee", "affiliatedWith", "Tencent") in facts_of(extract_text("Zorvan Lee left to join Tencent as well."), "affiliatedWith")
    facts = facts_of(extract_text("Kuaishou was founded by former Tencent China head Zorvan Lee."), "affiliatedWith")
    assert ("Zorvan Lee", "affiliatedWith", "Tencent") in facts and not any(o == "China" for _, _, o in facts), facts
    assert not facts_of(extract_text("Zorvan Lee, who used to run marathons in China, founded it."), "affiliatedWith")


def test_the_company_he_co_founded_names_the_person_s_firm(extract_text):
    text = "Zorvan Lee faces a claim from investors in Kuaishou, the company he co-founded before Tencent."
    assert ("Zorvan Lee", "affiliatedWith", "Kuaishou") in facts_of(extract_text(text), "affiliatedWith")
    text = "Zorvan Lee faces a claim from investors in Kuaishou, the company he criticised before."
    assert ("Zorvan Lee", "affiliatedWith", "Kuaishou") not in facts_of(extract_text(text), "affiliatedWith")


def test_a_person_elected_to_an_academy_belongs_to_it(extract_text):
    text = "Zorvan Lee founded Kuaishou. In 2019 he was elected to the Quorvane Research Center."
    assert ("Zorvan Lee", "affiliatedWith", "Quorvane Research Center") in facts_of(extract_text(text), "affiliatedWith")


def test_a_firm_that_co_developed_a_model_with_another_shares_it(extract_text):
    ex = extract_text("In 2023 Tencent co-developed the Hunyuan-T1 models with Kuaishou.")
    assert {("Hunyuan-T1", "developer", "Tencent"), ("Hunyuan-T1", "developer", "Kuaishou")} <= facts_of(ex, "developer"), facts_of(ex, "developer")
    assert not facts_of(extract_text("Tencent, which built Hunyuan-T1 with Baidu chips, grew."), "partnerOf")


def test_a_product_whose_apposition_says_it_is_built_on_a_possessed_model_and_partners_named_as_partners(extract_text):
    facts = facts_of(extract_text("Kuaishou launched Z100, its in-car assistant, which is built on Tencent's Hunyuan-T1."), "basedOn")
    assert ("Z100", "basedOn", "Hunyuan-T1") in facts, facts
    text = "Kuaishou built Qorlix-Turbo with Tencent and Baidu as partners."
    facts = facts_of(extract_text(text), "partnerOf")
    assert {("Kuaishou", "partnerOf", "Tencent"), ("Kuaishou", "partnerOf", "Baidu")} <= facts, facts
    assert not facts_of(extract_text("Kuaishou built Qorlix-Turbo with Tencent and Baidu as rivals."), "partnerOf")


def test_a_sponsor_named_with_as_a_tablet_that_uses_a_model_and_a_person_who_joined_from_a_firm(extract_text):
    facts = facts_of(extract_text("Kuaishou files for Hong Kong IPO with Tencent as sole sponsor"), "partnerOf")
    assert facts & {("Kuaishou", "partnerOf", "Tencent"), ("Tencent", "partnerOf", "Kuaishou")}, facts
    facts = facts_of(extract_text("Tencent launched the Z100, a note-taking tablet that uses Hunyuan-T1 for summaries."), "integratedInto")
    assert ("Hunyuan-T1", "integratedInto", "Z100") in facts, facts
    assert ("Zorvan Lee", "affiliatedWith", "Baidu") in facts_of(extract_text("It was led by Zorvan Lee, who joined from Baidu in 2020."), "affiliatedWith")
    assert ("Zorvan Lee", "affiliatedWith", "Baidu") in facts_of(extract_text("Zorvan Lee, who spent six years designing chips at Baidu, joined."), "affiliatedWith")


def test_a_policy_which_our_ministry_issued_with_other_bodies(extract_text):
    text = "Firms must follow the Measures for Zorvex Data Labelling, which our ministry issued with the State Council and MIIT last March."
    facts = facts_of(extract_text(text), "issuedBy")
    assert {("Measures for Zorvex Data Labelling", "issuedBy", "State Council"),
            ("Measures for Zorvex Data Labelling", "issuedBy", "Ministry of Industry and Information Technology")} <= facts, facts


def test_a_unit_described_with_a_possessive_and_headed_by_a_person(extract_text):
    facts = facts_of(extract_text("Kuaishou, the company's enterprise subsidiary headed by Zorvan Lee, grew."), "affiliatedWith")
    assert ("Zorvan Lee", "affiliatedWith", "Kuaishou") in facts, facts


def test_a_person_who_has_since_joined_a_firm(extract_text):
    facts = facts_of(extract_text("Zorvan Lee has since joined Tencent in Beijing."), "affiliatedWith")
    assert ("Zorvan Lee", "affiliatedWith", "Tencent") in facts, facts


def test_weeks_ago_resolves_to_the_day(extract_text):
    facts = facts_of(extract_text("Tencent released Hunyuan-T1 three weeks ago.", "2025-11-19"), "releaseDate")
    assert ("Hunyuan-T1", "releaseDate", "2025-10-29") in facts, facts


def test_a_model_which_followed_in_a_month(extract_text):
    facts = facts_of(extract_text("It launched Hunyuan-T1 in June and Qorlix-Turbo, which followed in late October.", "2025-12-23"), "releaseDate")
    assert ("Qorlix-Turbo", "releaseDate", "2025-10") in facts, facts


def test_a_date_counted_back_from_today_ends_a_narrative_of_the_past(extract_text):
    text = ("Kuaishou opened Qorlix-Turbo to the public in June 2024. Tencent shipped Z100 three days ago. "
            "Baidu took a different route: its Hunyuan-T1 was open-sourced in late July.")
    facts = facts_of(extract_text(text, "2025-09-26"), "releaseDate")
    assert ("Hunyuan-T1", "releaseDate", "2025-07") in facts, facts
    text = "Kuaishou opened Qorlix-Turbo to the public in June 2024. Baidu's Hunyuan-T1 was open-sourced in late July."
    assert ("Hunyuan-T1", "releaseDate", "2024-07") in facts_of(extract_text(text, "2025-09-26"), "releaseDate")


def test_a_model_unveiled_at_a_named_event_in_a_month(extract_text):
    facts = facts_of(extract_text("Tencent's Hunyuan-T1 was unveiled at Zorvex World in May.", "2025-09-26"), "releaseDate")
    assert ("Hunyuan-T1", "releaseDate", "2025-05") in facts, facts


def test_a_case_whose_judgment_was_handed_down_on_a_day(extract_text):
    facts = facts_of(extract_text("The judgment in Zorvex v. Tencent, handed down last Thursday, found against the app.", "2024-05-14"), "date")
    assert ("Zorvex v. Tencent", "date", "2024-05-09") in facts, facts


def test_a_firm_that_made_a_product_available_on_a_day_released_it(extract_text):
    text = "Baidu last Thursday made Z100, its AI shopping assistant, available to every user of the app."
    assert ("Z100", "releaseDate", "2025-03-13") in facts_of(extract_text(text, "2025-03-19"), "releaseDate")
    text = "Baidu last Thursday made Z100, its AI shopping assistant, slower for every user of the app."
    assert not facts_of(extract_text(text, "2025-03-19"), "releaseDate")
    # (a longer name before the date: the date still opens the sentence)
    text = "Quorvane Research Center last Thursday made Z100, its AI shopping assistant, available to every user."
    assert ("Z100", "releaseDate", "2025-03-13") in facts_of(extract_text(text, "2025-03-19"), "releaseDate")


def test_a_round_named_in_an_apposition_or_reported_by_the_firm_was_led_by_its_investor(extract_text):
    text = ("Zhipu AI raised money again in May. Its last round, a Series B of 300 million yuan, was led by Tencent, "
            "with Baidu also taking part.")
    facts = facts_of(extract_text(text), "investedIn")
    assert {("Tencent", "investedIn", "Zhipu AI"), ("Baidu", "investedIn", "Zhipu AI")} <= set(facts), facts
    facts = facts_of(extract_text("Zhipu AI said on Monday that its Series B round was led by Tencent."), "investedIn")
    assert ("Tencent", "investedIn", "Zhipu AI") in facts, facts
    facts = facts_of(extract_text("Zhipu AI said on Monday that its Series B round was praised by Tencent."), "investedIn")
    assert not facts, facts


def test_the_round_of_a_firm_founded_by_a_former_employee_is_not_the_employers(extract_text):
    text = ("Wang Lei, a former researcher at Tencent's Quorvane Research Center, founded Zhipu AI in 2021. Its last round, "
            "a Series B, was led by Baidu.")
    facts = facts_of(extract_text(text), "investedIn")
    assert set(facts) == {("Baidu", "investedIn", "Zhipu AI")}, facts


def test_two_people_named_with_one_organisation_are_both_of_it(extract_text):
    facts = facts_of(extract_text("Wang Lei and Zorvan Lee of Tencent spoke first."), "affiliatedWith")
    assert {("Wang Lei", "affiliatedWith", "Tencent"), ("Zorvan Lee", "affiliatedWith", "Tencent")} <= set(facts), facts
    # (a list of three or more keeps to the last name: the others may come from elsewhere)
    facts = facts_of(extract_text("Speakers included Zhang Wei, Wang Lei and Zorvan Lee of Tencent."), "affiliatedWith")
    assert ("Wang Lei", "affiliatedWith", "Tencent") not in facts, facts


def test_a_firm_described_in_a_long_clause_raised_a_round_led_by_its_investor(extract_text):
    text = ("Zhipu AI, which makes compute-in-memory accelerators for cars and edge devices, raised a Series B "
            "led by Tencent.")
    assert ("Tencent", "investedIn", "Zhipu AI") in facts_of(extract_text(text), "investedIn")
    text = "Zhipu AI, the maker of the Hunyuan-T1 assistant, closed a Series A led by Tencent."
    assert ("Tencent", "investedIn", "Zhipu AI") in facts_of(extract_text(text), "investedIn")


def test_a_science_and_technology_investment_group_is_one_name_and_a_known_agency_ends_before_and(extract_text):
    text = "Backers include Zorvex Jiangbei Science and Technology Investment Group, MIIT and Zorvex Harbour Investment Group."
    names = names_types(extract_text(text))
    assert names.get("Zorvex Jiangbei Science and Technology Investment Group") == "Company", names
    text = "Backers include the Ministry of Industry and Information Technology and Zorvex Harbour Investment Group."
    names = names_types(extract_text(text))
    assert names.get("Zorvex Harbour Investment Group") == "Company", names


def test_a_model_name_with_an_acronym_between_family_and_size_is_whole(extract_text):
    names = names_types(extract_text("Wenyuan-VL-8B is built on InternVL2-8B."))
    assert "Wenyuan-VL-8B" in names and "VL-8B" not in names, names


def test_investors_listed_with_an_apposition_and_among_backers(extract_text):
    text = "Tencent, Baidu and Kuaishou, the video arm of Zhipu AI, all put money into Quorvane Research Center."
    facts = set(facts_of(extract_text(text), "investedIn"))
    assert {("Tencent", "investedIn", "Quorvane Research Center"), ("Kuaishou", "investedIn", "Quorvane Research Center")} <= facts, facts
    facts = set(facts_of(extract_text("Tencent, Baidu and Kuaishou are among Zhipu AI's backers."), "investedIn"))
    assert {("Tencent", "investedIn", "Zhipu AI"), ("Kuaishou", "investedIn", "Zhipu AI")} <= facts, facts
    assert not facts_of(extract_text("Tencent, Baidu and Kuaishou are among Zhipu AI's customers."), "investedIn")
    facts = set(facts_of(extract_text("Zhipu AI, which counts Tencent and Baidu among its backers, cut prices."), "investedIn"))
    assert {("Tencent", "investedIn", "Zhipu AI"), ("Baidu", "investedIn", "Zhipu AI")} == facts, facts
    facts = set(facts_of(extract_text("Zhipu AI, which took fresh money from Tencent and Baidu in the spring, cut prices."), "investedIn"))
    assert {("Tencent", "investedIn", "Zhipu AI"), ("Baidu", "investedIn", "Zhipu AI")} == facts, facts
    text = "Zhipu AI closed a Series C in May. Tencent and Baidu, both existing shareholders, put in more money."
    facts = set(facts_of(extract_text(text), "investedIn"))
    assert {("Tencent", "investedIn", "Zhipu AI"), ("Baidu", "investedIn", "Zhipu AI")} == facts, facts


def test_the_start_up_is_not_the_firm_a_model_is_downloaded_from(extract_text):
    text = ("Zhipu AI released Qorlix-Turbo early last month. It can be downloaded from Kuaishou. The start-up, which counts "
            "Tencent among its backers, also cut prices.")
    facts = set(facts_of(extract_text(text), "investedIn"))
    assert facts == {("Tencent", "investedIn", "Zhipu AI")}, facts


def test_a_bodys_own_document_and_those_measures(extract_text):
    facts = set(facts_of(extract_text("Banks follow the Zorvex Fintech Development Plan (2022-2025) of the State Council."), "issuedBy"))
    assert facts == {("Zorvex Fintech Development Plan", "issuedBy", "State Council")}, facts
    # (a list after "of the" is a list of funders, only the first is the programme's)
    text = "It was funded by the Zorvex Key Program (2024) of the State Council, MIIT and Tencent."
    facts = set(facts_of(extract_text(text), "issuedBy"))
    assert facts == {("Zorvex Key Program", "issuedBy", "State Council")}, facts
    text = ("MIIT published the Zorvex Labelling Measures. Those measures were issued in March by MIIT and the State Council.")
    facts = set(facts_of(extract_text(text), "issuedBy"))
    assert ("Zorvex Labelling Measures", "issuedBy", "State Council") in facts, facts


def test_an_events_hosts_and_where_it_opened_on_a_day(extract_text):
    text = ("The Zorvex Voice Expo opened on Friday. The expo was organised by MIIT, with Tencent and Baidu as hosts.")
    facts = set(facts_of(extract_text(text, "2025-10-27"), "involves"))
    assert {("Zorvex Voice Expo", "involves", "Tencent"), ("Zorvex Voice Expo", "involves", "Baidu")} <= facts, facts
    text = "The Zorvex Voice Expo, which opened last Friday in Beijing, runs until Sunday."
    assert ("Zorvex Voice Expo", "involves", "Beijing") in facts_of(extract_text(text, "2025-10-27"), "involves")


def test_an_event_named_with_its_topic_and_a_programme_title_after_a_family_word(extract_text):
    names = names_types(extract_text("The China Conference on Foundation Models closed in Beijing on Sunday."))
    assert names.get("China Conference on Foundation Models") == "Event", names
    names = names_types(extract_text("The Hunyuan Multimodal Research Programme was launched in 2023 by MIIT."))
    assert names.get("Hunyuan Multimodal Research Programme") == "Policy", names


def test_what_a_person_does_at_a_place_of_work_and_an_office_of_a_firm(extract_text):
    facts = set(facts_of(extract_text("Wang Lei, who covers banks at the brokerage Tencent, said so."), "affiliatedWith"))
    assert ("Wang Lei", "affiliatedWith", "Tencent") in facts, facts
    facts = set(facts_of(extract_text("Wang Lei, who spoke at Tencent last week, said so."), "affiliatedWith"))
    assert not facts, facts
    facts = set(facts_of(extract_text("Wang Lei, a partner in the Beijing office of Baidu, said so."), "affiliatedWith"))
    assert ("Wang Lei", "affiliatedWith", "Baidu") in facts, facts
    facts = set(facts_of(extract_text("Wang Lei, who heads the company's Quorvane Research Center, said so."), "affiliatedWith"))
    assert ("Wang Lei", "affiliatedWith", "Quorvane Research Center") in facts, facts


def test_a_heading_line_names_the_firm_whose_round_the_paragraph_reports(extract_text):
    text = "Who backs Zhipu AI\n\nTencent led the company's 600 million yuan Series B round last year."
    assert set(facts_of(extract_text(text), "investedIn")) == {("Tencent", "investedIn", "Zhipu AI")}
    # (a sentence before, not a heading: its one firm is no round's owner unless it is the sentence's topic)
    text = "The hand runs on a model built on Tencent's Hunyuan-T1. Baidu led the firm's Series A."
    assert not facts_of(extract_text(text), "investedIn")


def test_who_clauses_after_an_apposition_and_whose_head_and_titled_founders(extract_text):
    facts = set(facts_of(extract_text("Wang Lei, Baidu's chief executive, who also runs Tencent, spoke."), "affiliatedWith"))
    assert ("Wang Lei", "affiliatedWith", "Tencent") in facts, facts
    facts = set(facts_of(extract_text("MIIT, whose head, Wang Lei, attended the signing, said so."), "affiliatedWith"))
    assert ("Wang Lei", "affiliatedWith", "Ministry of Industry and Information Technology") in facts, facts
    facts = set(facts_of(extract_text("Zhipu AI was co-founded in 2022 by chief executive Wang Lei and Zorvan Lee."), "affiliatedWith"))
    assert {("Wang Lei", "affiliatedWith", "Zhipu AI"), ("Zorvan Lee", "affiliatedWith", "Zhipu AI")} <= facts, facts


def test_listed_past_an_apposition_an_event_its_hosts_held_and_an_app_that_now_serves_a_model(extract_text):
    facts = facts_of(extract_text("The US added Zhipu AI, a Beijing model developer, to the Entity List."), "targets")
    assert ("Entity List", "targets", "Zhipu AI") in facts, facts
    text = "The rules were shown at the Zorvex Standards Conference, which MIIT and the State Council held in Beijing."
    facts = set(facts_of(extract_text(text), "involves"))
    assert {("Zorvex Standards Conference", "involves", "State Council"),
            ("Zorvex Standards Conference", "involves", "Ministry of Industry and Information Technology")} <= facts, facts
    text = "The rules were shown at the Zorvex Standards Conference, which MIIT and the State Council criticised."
    assert not facts_of(extract_text(text), "involves")
    facts = facts_of(extract_text("Tencent says the Z100 app now serves Hunyuan-T1."), "integratedInto")
    assert ("Hunyuan-T1", "integratedInto", "Z100") in facts, facts


def test_long_policy_titles_with_of_a_to_a_verb_quotes_and_year_spans(extract_text):
    names = names_types(extract_text(
        "- 2024-06-05 - Guidelines for the Construction of a National AI Industry Standardization System (MIIT)\n"
        "- 2025-03-07 - Policy Measures to Promote Innovation in Artificial Intelligence and Robotics (State Council)\n"
        "On Tuesday MIIT published the Implementation Plan for \"AI + Manufacturing\" Pilot Bases (2026-2028).\n"
        "It follows the Outline of the Plan for Building a Leading Education Nation (2024-2035).", "2025-06-10"))
    for name in ("Guidelines for the Construction of a National AI Industry Standardization System",
                 "Policy Measures to Promote Innovation in Artificial Intelligence and Robotics",
                 "Implementation Plan for \"AI + Manufacturing\" Pilot Bases",
                 "Outline of the Plan for Building a Leading Education Nation"):
        assert names.get(name) == "Policy", (name, names)
    # ("Measures to curb ...": a verb in lower case opens no title)
    names = names_types(extract_text("The State Council issued Measures to curb fraud last week."))
    assert not any(n.startswith("Measures to") for n in names), names


def test_a_model_that_pairs_parts_named_after_their_makers(extract_text):
    facts = set(facts_of(extract_text("Qorlix-Turbo pairs Tencent's Hunyuan-T1 language model with Baidu's Z100 vision encoder."), "basedOn"))
    assert facts == {("Qorlix-Turbo", "basedOn", "Hunyuan-T1"), ("Qorlix-Turbo", "basedOn", "Z100")}, facts
    facts = set(facts_of(extract_text("Qorlix-Turbo is a vision-language model that pairs Hunyuan-T1 with a vision encoder."), "basedOn"))
    assert facts == {("Qorlix-Turbo", "basedOn", "Hunyuan-T1")}, facts


def test_its_after_a_name_and_its_closed_apposition_is_that_names(extract_text):
    text = ("Baidu rose 4 percent, while analysts asked when Tencent, the only domestic maker of chips, will move "
            "beyond its Zorvex-600 chip.")
    facts = set(facts_of(extract_text(text), "developer"))
    assert facts == {("Zorvex-600", "developer", "Tencent")}, facts


def test_investors_named_with_an_amount_and_existing_shareholders(extract_text):
    text = "Baidu, Kuaishou and existing shareholders Tencent and Zhipu AI invested several hundred million US dollars in Quorvane Research Center."
    facts = set(facts_of(extract_text(text), "investedIn"))
    assert {(a, "investedIn", "Quorvane Research Center") for a in ("Baidu", "Kuaishou", "Tencent", "Zhipu AI")} == facts, facts


def test_issued_on_a_day_by_bodies_committees_under_a_body_and_possessive_s(extract_text):
    facts = set(facts_of(extract_text("The Zorvex Standard was published on 25 April by MIIT and the State Council."), "issuedBy"))
    assert {("Zorvex Standard", "issuedBy", "State Council"), ("Zorvex Standard", "issuedBy", "Ministry of Industry and Information Technology")} <= facts, facts
    text = "Quorvane Research Center, the national committee that works under MIIT, drafted it."
    facts = set(facts_of(extract_text(text), "subsidiaryOf"))
    assert ("Quorvane Research Center", "subsidiaryOf", "Ministry of Industry and Information Technology") in facts, facts
    facts = set(facts_of(extract_text("Wang Lei, Zorvex Dynamics' co-founder and chief executive, will run it."), "affiliatedWith"))
    assert ("Wang Lei", "affiliatedWith", "Zorvex Dynamics") in facts, facts


def test_a_portfolio_title_before_a_name_ties_the_official_to_that_ministry(extract_text):
    text = "The Ministry of Industry and Information Technology set the quota. Industry Minister Wang Lei explained it."
    facts = set(facts_of(extract_text(text), "affiliatedWith"))
    assert ("Wang Lei", "affiliatedWith", "Ministry of Industry and Information Technology") in facts, facts
    text = "The Ministry of Industry and Information Technology set the quota. Prime Minister Wang Lei explained it."
    assert ("Wang Lei", "affiliatedWith", "Ministry of Industry and Information Technology") not in set(facts_of(extract_text(text), "affiliatedWith"))


def test_an_apposition_clause_names_the_base_and_a_tool_used_is_not_built_on_its_base(extract_text):
    text = "The court began using Qorlix-Turbo, a legal assistant that Tencent built on its Hunyuan-T1 model."
    facts = set(facts_of(extract_text(text), "basedOn"))
    assert facts == {("Qorlix-Turbo", "basedOn", "Hunyuan-T1")}, facts
    text = "Both phones ship with Qorlix-Turbo, a voice assistant that Kuaishou built on Tencent's Hunyuan-T1 models."
    assert ("Qorlix-Turbo", "basedOn", "Hunyuan-T1") in facts_of(extract_text(text), "basedOn")


def test_a_body_of_a_body_its_named_unit_and_compressed_versions(extract_text):
    text = "Researchers at the Quorvane Research Center of the Chinese Academy of Zorvex joined."
    facts = set(facts_of(extract_text(text), "subsidiaryOf"))
    assert ("Quorvane Research Center", "subsidiaryOf", "Chinese Academy of Zorvex") in facts, facts
    facts = set(facts_of(extract_text("Tencent, together with its Beijing affiliate, Zorvex Tech Co., Ltd., runs the app."), "subsidiaryOf"))
    assert ("Zorvex Tech", "subsidiaryOf", "Tencent") in facts, facts
    facts = set(facts_of(extract_text("Baidu published Zorvex-1T, compressed versions of Qorlix-Turbo."), "basedOn"))
    assert ("Zorvex-1T", "basedOn", "Qorlix-Turbo") in facts, facts


def test_a_weekday_of_last_week_is_that_day_of_the_calendar_week_before(extract_text):
    facts = facts_of(extract_text("Baidu released Hunyuan-T1 on Wednesday of last week.", "2024-05-24"), "releaseDate")
    assert ("Hunyuan-T1", "releaseDate", "2024-05-15") in facts, facts
    facts = facts_of(extract_text("Baidu released Hunyuan-T1 on Tuesday last week.", "2025-11-05"), "releaseDate")
    assert ("Hunyuan-T1", "releaseDate", "2025-10-28") in facts, facts


def test_a_timeline_entry_with_a_colon_dates_the_event_it_was_at(extract_text):
    text = "Milestones\n- Mar 2024: founded\n- Jul 2025: Live demo at the Zorvex World Conference in Beijing\n- Nov 2025: a Series B"
    facts = facts_of(extract_text(text, "2026-04-07"), "date")
    assert ("Zorvex World Conference", "date", "2025-07") in facts, facts
    # (a line that says when something took effect, or that dates it in its own words, is not read so)
    text = "Timeline\n2023-01-10: The Zorvex Provisions, issued in November 2022 by MIIT, entered into force."
    facts = facts_of(extract_text(text, "2026-04-07"), "date")
    assert ("Zorvex Provisions", "date", "2023-01-10") not in facts, facts


def test_a_standard_with_its_full_title_in_brackets_after_its_number(extract_text):
    text = ("The standard, GB/T 45654-2025 (Cybersecurity technology - Basic security requirements for generative AI "
            "service), was published on 25 April by MIIT.")
    ex = extract_text(text, "2025-11-03")
    assert ("GB/T 45654-2025", "issuedBy", "Ministry of Industry and Information Technology") in facts_of(ex, "issuedBy")
    assert ("GB/T 45654-2025", "date", "2025-04-25") in facts_of(ex, "date")


def test_a_lettered_round_the_next_sentence_names_is_the_firm_befores(extract_text):
    facts = set(facts_of(extract_text("Zhipu AI was founded in 2021. Tencent led the Series A."), "investedIn"))
    assert facts == {("Tencent", "investedIn", "Zhipu AI")}, facts
    text = "Zhipu AI grew fast. Baidu, the search group, anchored a Series C in January."
    assert set(facts_of(extract_text(text), "investedIn")) == {("Baidu", "investedIn", "Zhipu AI")}
    facts = set(facts_of(extract_text("Quorvane grew. Tencent led a Series C in Zhipu AI."), "investedIn"))
    assert facts == {("Tencent", "investedIn", "Zhipu AI")}, facts
    # (the firm that led the round before is an investor, not the one the next round went to)
    facts = set(facts_of(extract_text("Money came quickly. Baidu led an angel round in mid-2023. Tencent led the Series A a year later."), "investedIn"))
    assert ("Tencent", "investedIn", "Baidu") not in facts, facts


def test_issued_no_rules_names_no_policy(extract_text):
    names = names_types(extract_text("MIIT has issued no rules aimed at AI triage; the State Council issued similar rules."))
    assert not any(t == "Policy" for t in names.values()), names
    names = names_types(extract_text("MIIT issued robot safety rules on Monday."))
    assert names.get("robot safety rules") == "Policy", names


def test_a_firm_described_in_an_apposition_with_a_name_in_it_hired_a_person(extract_text):
    text = "Tencent, the Shenzhen-based developer of the Hunyuan-T1 family of models, has hired Wang Lei."
    assert ("Wang Lei", "affiliatedWith", "Tencent") in facts_of(extract_text(text), "affiliatedWith")


def test_the_chips_a_model_was_trained_on_are_no_base_of_it(extract_text):
    facts = set(facts_of(extract_text("Hunyuan-T1, released in August, was trained on Baidu's Z100 chips."), "basedOn"))
    assert not facts, facts
    facts = set(facts_of(extract_text("Qorlix-Turbo is built on Hunyuan-T1."), "basedOn"))
    assert facts == {("Qorlix-Turbo", "basedOn", "Hunyuan-T1")}, facts


def test_issued_by_a_counted_list_of_bodies_after_a_colon(extract_text):
    text = "The Zorvex Measures were issued on 14 March by three bodies: MIIT, the State Council and Baidu."
    facts = set(facts_of(extract_text(text, "2025-09-02"), "issuedBy"))
    assert {("Zorvex Measures", "issuedBy", "Ministry of Industry and Information Technology"), ("Zorvex Measures", "issuedBy", "State Council")} <= facts, facts


def test_a_firm_that_is_a_named_firms_shareholder_invests_in_it(extract_text):
    text = "Baidu, a maker of motor parts that is also a Zhipu AI shareholder, rose."
    assert set(facts_of(extract_text(text), "investedIn")) == {("Baidu", "investedIn", "Zhipu AI")}
    assert not facts_of(extract_text("Tencent is an early Zhipu AI customer."), "investedIn")


def test_an_events_organisers_named_after_its(extract_text):
    text = ("The Zorvex World Conference, which runs until Saturday, is organised by several bodies; its organisers include "
            "MIIT and the State Council.")
    facts = set(facts_of(extract_text(text, "2024-07-05"), "involves"))
    assert {("Zorvex World Conference", "involves", "Ministry of Industry and Information Technology"),
            ("Zorvex World Conference", "involves", "State Council")} <= facts, facts


def test_a_founded_firm_that_counts_described_backers_among_its_investors(extract_text):
    text = ("Zhipu AI was founded in 2021 by Wang Lei, a former vice president of Baidu, and counts Tencent, Kuaishou and "
            "the game studio Quorvane Research Center among its investors.")
    facts = set(facts_of(extract_text(text), "investedIn"))
    assert {(a, "investedIn", "Zhipu AI") for a in ("Tencent", "Kuaishou", "Quorvane Research Center")} == facts, facts


def test_a_pages_table_of_its_own_funding_rounds(extract_text):
    text = ("Zhipu AI profile\nZhipu AI makes models. Zhipu AI is based in Beijing. Zhipu AI has 200 staff.\n\n"
            "FUNDING ROUNDS\n| Round | Date | Amount | Investors |\n| Angel | Aug 2023 | CNY 30M | Tencent (lead), Baidu |\n"
            "| Series A | Sep 2025 | CNY 400M | Kuaishou (lead) |\n")
    facts = set(facts_of(extract_text(text), "investedIn"))
    assert {(a, "investedIn", "Zhipu AI") for a in ("Tencent", "Baidu", "Kuaishou")} <= facts, facts


def test_a_turbo_edition_is_a_model_of_its_own_and_followed_by_dates_it(extract_text):
    names = names_types(extract_text("Tencent shipped Hunyuan-T1 Turbo in May."))
    assert "Hunyuan-T1 Turbo" in names, names
    text = "In June 2024 the company released Hunyuan-T1, followed in October 2024 by Qorlix-Turbo."
    facts = set(facts_of(extract_text(text, "2025-04-21"), "releaseDate"))
    assert {("Hunyuan-T1", "releaseDate", "2024-06"), ("Qorlix-Turbo", "releaseDate", "2024-10")} <= facts, facts
    assert ("Hunyuan-T1", "releaseDate", "2024-10") not in facts, facts


def test_a_model_described_after_a_colon_that_joins_two_parts(extract_text):
    text = "Qorlix-Turbo: a vision-language model that joins Hunyuan-T1 with the Z100 image encoder."
    facts = set(facts_of(extract_text(text), "basedOn"))
    assert {("Qorlix-Turbo", "basedOn", "Hunyuan-T1"), ("Qorlix-Turbo", "basedOn", "Z100")} <= facts, facts


def test_its_director_is_a_person_of_the_body_the_sentence_before_named(extract_text):
    text = "The Quorvane Research Center opened in Beijing. Its director is Wang Lei, a professor."
    assert ("Wang Lei", "affiliatedWith", "Quorvane Research Center") in facts_of(extract_text(text), "affiliatedWith")
    text = "Zorvan Lee, an academician of Tencent, served as director until 2007. The current director is Wang Lei."
    assert ("Wang Lei", "affiliatedWith", "Tencent") not in facts_of(extract_text(text), "affiliatedWith")
    assert ("Wang Lei", "affiliatedWith", "Quorvane Research Center") in facts_of(extract_text("The Quorvane Research Center will be led by Wang Lei."), "affiliatedWith")


def test_one_of_a_firms_investors_and_a_firms_role_is_a_person(extract_text):
    facts = set(facts_of(extract_text("Baidu, one of Zhipu AI's earliest investors, said so."), "investedIn"))
    assert facts == {("Baidu", "investedIn", "Zhipu AI")}, facts
    assert not facts_of(extract_text("Baidu, one of Zhipu AI's earliest customers, said so."), "investedIn")
    facts = set(facts_of(extract_text("Tencent's chief scientist is Wang Lei."), "affiliatedWith"))
    assert ("Wang Lei", "affiliatedWith", "Tencent") in facts, facts


def test_a_product_that_since_a_month_has_run_on_a_model(extract_text):
    text = "Tencent sells Z100, an assistant for office staff, which since February has run on Hunyuan-T1."
    assert ("Hunyuan-T1", "integratedInto", "Z100") in facts_of(extract_text(text), "integratedInto")


def test_a_trial_rule_dated_by_last_friday_and_a_list_entrys_launch(extract_text):
    text = "Two bureaus jointly issued the Measures for the Management of Zorvex Drone Operations (Trial) last Friday."
    ex = extract_text(text, "2024-10-17")
    assert ("Measures for the Management of Zorvex Drone Operations", "date", "2024-10-11") in facts_of(ex, "date")
    assert any(e.name == "Measures for the Management of Zorvex Drone Operations" and
               "Measures for the Management of Zorvex Drone Operations (Trial)" in e.aliases for e in ex.entities.values())
    text = "Apps\n- Z100: chatbot, launched in May last year; runs Hunyuan-T1 and, since February, Qorlix-Turbo"
    facts = set(facts_of(extract_text(text, "2025-03-12"), "releaseDate"))
    assert ("Z100", "releaseDate", "2024-05") in facts and ("Hunyuan-T1", "releaseDate", "2024-05") not in facts, facts


def test_the_members_a_released_family_lists_share_its_date(extract_text):
    text = ("Alibaba Cloud released Qwen4 yesterday, a family of open models.\n\nWhat's in the release\n\n"
            "- Qwen4-8B: dense, 128K context\n- Qwen4-32B: dense, the workhorse\n- Qorlix-Turbo: an older model\n")
    facts = set(facts_of(extract_text(text, "2026-02-24"), "releaseDate"))
    assert {("Qwen4-8B", "releaseDate", "2026-02-23"), ("Qwen4-32B", "releaseDate", "2026-02-23")} <= facts, facts
    assert ("Qorlix-Turbo", "releaseDate", "2026-02-23") not in facts, facts


def test_a_tables_status_column_dates_what_it_says_was_launched(extract_text):
    text = ("| Chip | Role | Status |\n|---|---|---|\n| Z100 | inference | launched in late May |\n"
            "| Qorlix-Turbo | training | planned for 2026 |\n")
    facts = set(facts_of(extract_text(text, "2024-10-23"), "releaseDate"))
    assert ("Z100", "releaseDate", "2024-05") in facts, facts
    assert not any(f[0] == "Qorlix-Turbo" for f in facts), facts


def test_hosts_that_use_or_carry_a_model_and_a_model_used_in_a_product(extract_text):
    facts = set(facts_of(extract_text("Z100 glasses use Tencent's Hunyuan-T1 models."), "integratedInto"))
    assert ("Hunyuan-T1", "integratedInto", "Z100") in facts, facts
    facts = set(facts_of(extract_text("Qorlix-Turbo is used in the Z100 inference card."), "integratedInto"))
    assert ("Qorlix-Turbo", "integratedInto", "Z100") in facts, facts


def test_an_events_organiser_named_after_its_place_and_day(extract_text):
    text = "Recruiters were at the Zorvex Talent Fair in Beijing on Saturday, organised by MIIT."
    facts = set(facts_of(extract_text(text), "involves"))
    assert ("Zorvex Talent Fair", "involves", "Ministry of Industry and Information Technology") in facts, facts
    text = "He spoke at the Zorvex Talent Fair in Beijing, a city loved by Tencent."
    assert not any(f[2] == "Tencent" for f in facts_of(extract_text(text), "involves"))


def test_an_assistant_professor_is_a_person_and_a_second_title_after_and(extract_text):
    ex = extract_text("Wang Lei, an assistant professor at Quorvane Research Center, said so.")
    assert names_types(ex).get("Wang Lei") == "Person", names_types(ex)
    assert ("Wang Lei", "affiliatedWith", "Quorvane Research Center") in set(facts_of(ex, "affiliatedWith"))
    ex = extract_text("Zorvan Lee, the company's chief scientist and a professor at Quorvane Research Center, spoke.")
    assert ("Zorvan Lee", "affiliatedWith", "Quorvane Research Center") in set(facts_of(ex, "affiliatedWith"))
    ex = extract_text("Wang Lei, a lawyer based in Beijing, translates for Tencent.")
    assert ("Wang Lei", "affiliatedWith", "Beijing") not in set(facts_of(ex, "affiliatedWith"))


def test_whose_title_after_an_apposition_with_a_place(extract_text):
    ex = extract_text("Kuaishou, a Beijing firm whose chairman, Wang Lei, spoke on Monday.")
    assert ("Wang Lei", "affiliatedWith", "Kuaishou") in set(facts_of(ex, "affiliatedWith"))
    ex = extract_text("Tencent, a start-up whose chief scientist Zorvan Lee is a professor, won.")
    assert ("Zorvan Lee", "affiliatedWith", "Tencent") in set(facts_of(ex, "affiliatedWith"))


def test_one_of_a_firms_investors_and_counted_as_its_largest_shareholder(extract_text):
    facts = set(facts_of(extract_text("Tencent is one of Kuaishou's investors."), "investedIn"))
    assert ("Tencent", "investedIn", "Kuaishou") in facts, facts
    facts = set(facts_of(extract_text("Zhipu AI designs chips and counts Tencent as its largest outside shareholder."), "investedIn"))
    assert ("Tencent", "investedIn", "Zhipu AI") in facts, facts


def test_a_host_that_switched_its_default_model_and_whose_product_past_a_place(extract_text):
    facts = set(facts_of(extract_text("Z100 switched its default model to Hunyuan-T1."), "integratedInto"))
    assert ("Hunyuan-T1", "integratedInto", "Z100") in facts, facts
    ex = extract_text("Kuaishou, a Beijing company whose homework assistant, Zorvex Tutor, is popular, grew.")
    assert ("Zorvex Tutor", "developer", "Kuaishou") in set(facts_of(ex, "developer"))
    assert names_types(ex).get("Kuaishou") == "Company", names_types(ex)


def test_studied_a_subject_at_a_school_and_a_hyphenated_verb_after_a_fronted_founder(extract_text):
    facts = set(facts_of(extract_text("Wang Lei studied signal processing at Quorvane Research Center."), "affiliatedWith"))
    assert ("Wang Lei", "affiliatedWith", "Quorvane Research Center") in facts, facts
    assert not facts_of(extract_text("Wang Lei studied the market at Tencent for years."), "affiliatedWith")
    facts = set(facts_of(extract_text("Founded by speech researcher Zorvan Lee, Kuaishou open-sourced Qorlix-Turbo."), "affiliatedWith"))
    assert ("Zorvan Lee", "affiliatedWith", "Kuaishou") in facts, facts


def test_an_investor_list_closed_by_an_arms_apposition(extract_text):
    text = ("Zhipu AI grew. The company, which counts Tencent, Baidu and Kuaishou, the venture arm of Zorvex Holdings, "
            "among its investors, hired staff.")
    facts = set(facts_of(extract_text(text), "investedIn"))
    assert {("Tencent", "investedIn", "Zhipu AI"), ("Baidu", "investedIn", "Zhipu AI"), ("Kuaishou", "investedIn", "Zhipu AI")} <= facts, facts
    assert not any(f[0] == "Zorvex Holdings" for f in facts), facts


def test_a_round_with_a_relative_clause_and_a_base_the_sayer_reports(extract_text):
    text = "Kuaishou's latest round, which closed in June, was led by Tencent, with Baidu following on."
    facts = set(facts_of(extract_text(text), "investedIn"))
    assert {("Tencent", "investedIn", "Kuaishou"), ("Baidu", "investedIn", "Kuaishou")} <= facts, facts
    text = "Zhipu AI released Zorvex-Lite, which Tencent said was distilled from Hunyuan-T1."
    facts = set(facts_of(extract_text(text), "basedOn"))
    assert ("Zorvex-Lite", "basedOn", "Hunyuan-T1") in facts, facts


def test_a_firms_short_name_found_on_its_own_is_the_same_firm(extract_text):
    text = ("Wang Lei runs Zorvex Intelligence, a start-up in Beijing. Zorvex raised 20 million yuan last year. "
            "Zorvex Brain 2.0 is its model.")
    ex = extract_text(text)
    assert not facts_of(ex, "subsidiaryOf"), facts_of(ex, "subsidiaryOf")
    assert ("Zorvex Brain 2.0", "developer", "Zorvex Intelligence") in set(facts_of(ex, "developer"))
    assert "Zorvex" not in names_types(ex), names_types(ex)


def test_an_aviation_firm_is_a_company(extract_text):
    ex = extract_text("Tencent, which last month invested in Zorvex Aviation, grew.")
    assert names_types(ex).get("Zorvex Aviation") == "Company", names_types(ex)
    assert ("Tencent", "investedIn", "Zorvex Aviation") in set(facts_of(ex, "investedIn"))


def test_the_firm_a_hyphenated_adjective_describes_made_it(extract_text):
    ex = extract_text("Zorvex Tales, a role-play app run by Tencent-controlled Kuaishou, grew.")
    facts = set(facts_of(ex, "developer"))
    assert ("Zorvex Tales", "developer", "Kuaishou") in facts and ("Zorvex Tales", "developer", "Tencent") not in facts, facts


def test_a_compound_adjective_before_a_head_noun_is_no_name(extract_text):
    ex = extract_text("Z100, an Arabic-and-English assistant that Tencent built for the deal, launched.")
    assert "Arabic-and-English" not in names_types(ex), names_types(ex)


def test_a_company_inside_a_relative_clause_does_not_make_the_name_a_firm(extract_text):
    ex = extract_text("Tencent uses Zorvex Scribe, a model that the company trained on top of Hunyuan-T1.")
    assert names_types(ex).get("Zorvex Scribe") != "Company", names_types(ex)
    assert not any(f[1] == "subsidiaryOf" for f in facts_of(ex, "subsidiaryOf"))


def test_a_past_clause_inside_a_future_sentence_keeps_its_months_year(extract_text):
    text = "Tencent will use the cluster to train Hunyuan-T1, which it released in May."
    facts = set(facts_of(extract_text(text, "2024-11-13"), "releaseDate"))
    assert ("Hunyuan-T1", "releaseDate", "2024-05") in facts, facts


def test_an_update_to_a_model_is_no_release_and_we_are_releasing_is_today(extract_text):
    text = "Today we are rolling out the biggest update to Hunyuan-T1 since its launch."
    assert not facts_of(extract_text(text, "2024-10-25"), "releaseDate")
    text = "We are also releasing Qorlix-Turbo, a smaller model distilled from Hunyuan-T1."
    facts = set(facts_of(extract_text(text, "2024-10-25"), "releaseDate"))
    assert facts == {("Qorlix-Turbo", "releaseDate", "2024-10-25")}, facts


def test_a_participle_clause_in_a_future_sentence_and_a_switch_to_a_model(extract_text):
    text = "The lab will build agents on Tencent's Z100 platform, released in January, which supports Hunyuan-T1."
    facts = set(facts_of(extract_text(text, "2026-04-14"), "releaseDate"))
    assert ("Z100", "releaseDate", "2026-01") in facts, facts
    text = "Its assistant, Z100, switched its default model to Hunyuan-T1 on 5 August, the company said."
    facts = set(facts_of(extract_text(text, "2025-08-21"), "releaseDate"))
    assert not any(f[0] == "Hunyuan-T1" for f in facts), facts


def test_two_models_released_both_in_a_month_after_their_appositions(extract_text):
    text = "Earlier this year Tencent open-sourced Z100, a video model, and Qorlix-Turbo, a speech model, both in February."
    facts = set(facts_of(extract_text(text, "2025-08-21"), "releaseDate"))
    assert facts == {("Z100", "releaseDate", "2025-02"), ("Qorlix-Turbo", "releaseDate", "2025-02")}, facts


def test_a_bulleted_entry_opening_with_its_date_and_a_colon_dates_its_first_model(extract_text):
    text = ("A year of models\n\nApril\n- 30 Apr: Tencent enters the field with Hunyuan-T1, a small model.\n"
            "- Last week: Zhipu AI's Qorlix-Turbo closes the year.\n")
    facts = set(facts_of(extract_text(text, "2025-12-30"), "releaseDate"))
    assert {("Hunyuan-T1", "releaseDate", "2025-04-30"), ("Qorlix-Turbo", "releaseDate", "2025-12")} <= facts, facts
    text = "Notes\n- On Monday: Tencent said Hunyuan-T1 runs well.\n"
    assert not facts_of(extract_text(text, "2025-12-30"), "releaseDate")


def test_the_one_pinyin_word_of_a_long_firm_name_names_the_firm(extract_text):
    text = "Beijing Lingjing Spatial Intelligence makes robots. Lingjing's backers include Tencent and Baidu."
    facts = set(facts_of(extract_text(text), "investedIn"))
    assert {("Tencent", "investedIn", "Beijing Lingjing Spatial Intelligence"), ("Baidu", "investedIn", "Beijing Lingjing Spatial Intelligence")} <= facts, facts
    ex = extract_text("Nanjing Iron Steel Technology Group makes beams. Steel prices rose.")
    assert "Steel" not in names_types(ex), names_types(ex)


def test_what_a_person_leads_at_an_organisation_and_a_makers_product_with_a_descriptor(extract_text):
    ex = extract_text("Wang Lei, who leads developer relations for Z100 at Tencent, said so.")
    assert ("Wang Lei", "affiliatedWith", "Tencent") in set(facts_of(ex, "affiliatedWith"))
    assert not facts_of(extract_text("Wang Lei led a round at Tencent."), "affiliatedWith")
    ex = extract_text("Kuaishou, the Beijing maker of the video platform Zorvex Clips, grew.")
    assert ("Zorvex Clips", "developer", "Kuaishou") in set(facts_of(ex, "developer"))
    ex = extract_text("Quorvane Research Center, which answers to MIIT, grew.")
    assert ("Quorvane Research Center", "subsidiaryOf", "Ministry of Industry and Information Technology") in set(facts_of(ex, "subsidiaryOf"))


def test_a_base_after_a_release_participle_and_a_which_clause(extract_text):
    text = "Zorvex-Agent 32B, released three weeks ago, which is built on Tencent's open Hunyuan-T1, grew."
    assert ("Zorvex-Agent 32B", "basedOn", "Hunyuan-T1") in set(facts_of(extract_text(text), "basedOn"))


def test_a_surname_a_title_rule_found_alone_is_the_person_named_before(extract_text):
    ex = extract_text("Zorvan Lee founded Kuaishou. Professor Lee leads the Zorvex Lab at Quorvane Research Center.")
    assert "Lee" not in names_types(ex), names_types(ex)
    assert ("Zorvan Lee", "affiliatedWith", "Quorvane Research Center") in set(facts_of(ex, "affiliatedWith"))


def test_a_round_that_drew_a_list_and_a_firm_that_controls_another(extract_text):
    facts = set(facts_of(extract_text("Kuaishou's Series C round, closed in June, drew Tencent, Baidu and Zhipu AI."), "investedIn"))
    assert {("Tencent", "investedIn", "Kuaishou"), ("Baidu", "investedIn", "Kuaishou"), ("Zhipu AI", "investedIn", "Kuaishou")} <= facts, facts
    facts = set(facts_of(extract_text("Tencent, the Shenzhen-based company that controls the video maker Kuaishou, grew."), "subsidiaryOf"))
    assert ("Kuaishou", "subsidiaryOf", "Tencent") in facts, facts


def test_units_of_a_school_and_a_second_former_employer(extract_text):
    ex = extract_text("Quorvane Research Center, whose Zorvex Lab built it, grew. He works in the Zorvex Laboratory at Quorvane Research Center.")
    facts = set(facts_of(ex, "subsidiaryOf"))
    assert ("Zorvex Lab", "subsidiaryOf", "Quorvane Research Center") in facts, facts
    assert ("Zorvex Laboratory", "subsidiaryOf", "Quorvane Research Center") in facts, facts
    ex = extract_text("Wang Lei, chairman of Kuaishou and a former Tencent engineer, spoke.")
    assert ("Wang Lei", "affiliatedWith", "Tencent") in set(facts_of(ex, "affiliatedWith"))


def test_a_policy_that_an_agency_issued_delivered_or_maintains(extract_text):
    for text in ("He cited the Zorvex Action Plan that MIIT issued last year.",
                 "The Zorvex Action Plan, which MIIT maintains, grew.",
                 "It cited the Zorvex Action Plan, which MIIT delivered to the legislature in March."):
        facts = set(facts_of(extract_text(text), "issuedBy"))
        assert ("Zorvex Action Plan", "issuedBy", "Ministry of Industry and Information Technology") in facts, (text, facts)
    assert not facts_of(extract_text("The report says that MIIT issued rules."), "issuedBy")


def test_partnerships_named_as_nouns_and_a_supplier_to_a_customer(extract_text):
    facts = set(facts_of(extract_text("Tencent's partnerships with Baidu and Kuaishou, signed last summer, grew."), "partnerOf"))
    assert {("Tencent", "partnerOf", "Baidu"), ("Tencent", "partnerOf", "Kuaishou")} <= facts, facts
    facts = set(facts_of(extract_text("Tencent and Baidu expand their Beijing cloud partnership."), "partnerOf"))
    assert facts == {("Tencent", "partnerOf", "Baidu")}, facts
    assert not facts_of(extract_text("Tencent and Baidu expand their rivalry."), "partnerOf")
    facts = set(facts_of(extract_text("Kuaishou supplies chips to Baidu."), "partnerOf"))
    assert ("Kuaishou", "partnerOf", "Baidu") in facts, facts
    assert not facts_of(extract_text("He found no evidence that Kuaishou supplied chips to Baidu."), "partnerOf")


def test_bases_named_in_clauses_after_an_apposition(extract_text):
    text = "Zorvex Assistant, an office chatbot launched last year that is built on the company's own Hunyuan-T1 model, grew."
    assert ("Zorvex Assistant", "basedOn", "Hunyuan-T1") in set(facts_of(extract_text(text), "basedOn"))
    text = "Zorvex Code, the command-line agent that Tencent forked from Baidu's Qorlix-Turbo, grew."
    assert ("Zorvex Code", "basedOn", "Qorlix-Turbo") in set(facts_of(extract_text(text), "basedOn"))
    text = "Zorvex-7B-Thinking: a reasoning model fine-tuned from Hunyuan-T1\n"
    assert ("Zorvex-7B-Thinking", "basedOn", "Hunyuan-T1") in set(facts_of(extract_text(text), "basedOn"))


def test_a_firm_that_put_a_model_into_its_system_and_a_clause_opened_by_once(extract_text):
    facts = set(facts_of(extract_text("Kuaishou says it has put Hunyuan-T1 into its customer-service system."), "integratedInto"))
    assert ("Hunyuan-T1", "integratedInto", "Kuaishou") in facts, facts
    facts = set(facts_of(extract_text("Kuaishou wired Hunyuan-T1 into its Z100 assistant."), "integratedInto"))
    assert ("Hunyuan-T1", "integratedInto", "Kuaishou") not in facts, facts
    ex = extract_text("Zorvan Lee, once a vice-president of Tencent, founded Kuaishou.")
    assert ("Zorvan Lee", "affiliatedWith", "Kuaishou") in set(facts_of(ex, "affiliatedWith"))
    ex = extract_text("Kuaishou, a Beijing AI supplier, whose Zorvex industrial model writes code, grew.")
    assert ("Zorvex", "developer", "Kuaishou") in set(facts_of(ex, "developer"))


def test_a_base_the_maker_says_it_used_and_a_unit_in_a_possessors_apposition(extract_text):
    text = "Zorvex-Chat 2, which the company says was fine-tuned from Hunyuan-T1, grew."
    assert ("Zorvex-Chat 2", "basedOn", "Hunyuan-T1") in set(facts_of(extract_text(text), "basedOn"))
    text = "Tencent's Beijing laboratory, Quorvane Research Center, opened."
    assert ("Quorvane Research Center", "subsidiaryOf", "Tencent") in set(facts_of(extract_text(text), "subsidiaryOf"))


def test_a_model_that_used_another_as_its_base(extract_text):
    text = "Zorvex-Med 1.0 was released in June and used Hunyuan-T1, made by Tencent, as its base."
    assert ("Zorvex-Med 1.0", "basedOn", "Hunyuan-T1") in set(facts_of(extract_text(text), "basedOn"))
    text = "Zorvex-Med 1.0 used Hunyuan-T1 as a benchmark."
    assert not facts_of(extract_text(text), "basedOn")


def test_the_new_shapes_hold_for_names_the_registry_does_not_know(extract_text):
    facts = set(facts_of(extract_text("Zorvex Robotics's Series B round, closed in May, drew Qorlix Capital and Tencent."), "investedIn"))
    assert ("Qorlix Capital", "investedIn", "Zorvex Robotics") in facts, facts
    facts = set(facts_of(extract_text("Zorvex Robotics and Qorlix Labs expand their cloud partnership."), "partnerOf"))
    assert facts, facts


def test_firms_whose_machines_appeared_at_an_event_take_part_in_it(extract_text):
    text = "Kuaishou's robots appeared in the Zorvex Robot Gala last month, alongside machines from Baidu."
    facts = set(facts_of(extract_text(text, "2026-03-02"), "involves"))
    assert {("Zorvex Robot Gala", "involves", "Kuaishou"), ("Zorvex Robot Gala", "involves", "Baidu")} <= facts, facts


def test_an_event_named_with_a_relative_day_takes_it(extract_text):
    text = "At the Zorvex Summit 2026 in Beijing last week, Tencent showed the agent in a prototype."
    facts = set(facts_of(extract_text(text, "2026-01-14"), "date"))
    assert ("Zorvex Summit 2026", "date", "2026-01") in facts, facts
    text = "Hunyuan-T1 today is the most downloaded model."
    assert not facts_of(extract_text(text, "2026-01-14"), "releaseDate")


def test_a_date_before_the_sidelines_of_an_event_is_its_date(extract_text):
    text = "The contract was signed on Tuesday on the sidelines of the Zorvex Investment Forum by Tencent."
    facts = set(facts_of(extract_text(text, "2025-06-12"), "date"))
    assert ("Zorvex Investment Forum", "date", "2025-06-10") in facts, facts


def test_event_sponsors_courts_and_where_clause_lists(extract_text):
    text = "Tencent was the exclusive AI cloud partner of the Zorvex Gala on 16 February."
    assert ("Zorvex Gala", "involves", "Tencent") in set(facts_of(extract_text(text), "involves"))
    text = "It was read out at the Zorvex Conference on Thursday, where Tencent, Baidu and Kuaishou also signed deals."
    facts = set(facts_of(extract_text(text), "involves"))
    assert {("Zorvex Conference", "involves", x) for x in ("Tencent", "Baidu", "Kuaishou")} <= facts, facts


def test_a_bank_in_a_possessors_apposition_is_its_unit(extract_text):
    ex = extract_text("Zorvex Bank, Tencent's online bank for small businesses, grew.")
    assert ("Zorvex Bank", "subsidiaryOf", "Tencent") in set(facts_of(ex, "subsidiaryOf"))


def test_a_base_the_company_calls_general_purpose(extract_text):
    text = "Qorlix-Turbo, which is built on the company's general-purpose Hunyuan-T1 model, grew."
    assert ("Qorlix-Turbo", "basedOn", "Hunyuan-T1") in set(facts_of(extract_text(text), "basedOn"))


def test_other_investors_of_the_firm_the_paragraph_is_about(extract_text):
    text = "Kuaishou listed on the STAR Market on Friday. Other pre-IPO investors included Tencent and Baidu."
    facts = set(facts_of(extract_text(text), "investedIn"))
    assert {("Tencent", "investedIn", "Kuaishou"), ("Baidu", "investedIn", "Kuaishou")} <= facts, facts


def test_a_clause_after_a_lists_last_model_dates_it_alone_and_present_entry_into_force_is_ahead(extract_text):
    text = "It routes work to three models: Tencent's Hunyuan-T1, Baidu's Z100 and Qorlix-Turbo, which Zhipu AI released in December."
    facts = set(facts_of(extract_text(text, "2026-03-04"), "releaseDate"))
    assert facts == {("Qorlix-Turbo", "releaseDate", "2025-12")}, facts
    text = "They succeed Hunyuan-T1 and Qorlix-Turbo, which Tencent launched on March 16."
    facts = set(facts_of(extract_text(text, "2025-04-25"), "releaseDate"))
    assert {("Hunyuan-T1", "releaseDate", "2025-03-16"), ("Qorlix-Turbo", "releaseDate", "2025-03-16")} <= facts, facts
    text = "The Zorvex Measures for AI Credit (Trial), issued by MIIT, take effect on 1 October."
    assert not any(f[2] == "2024-10-01" for f in facts_of(extract_text(text, "2025-03-12"), "date"))


def test_an_event_page_dates_its_title_event_from_the_date_line_under_it(extract_text):
    text = ("2026 Zorvex Industrial AI Forum\nHome | Agenda | Speakers\n\nPROGRAMME (version 3)\n"
            "22–23 April 2026 · Zorvex Convention Center, Beijing\nHosted by MIIT.\n")
    facts = set(facts_of(extract_text(text, "2026-03-30"), "date"))
    assert any(f[0] == "2026 Zorvex Industrial AI Forum" and f[2].startswith("2026-04") for f in facts), facts
    text = "Zorvex Summit 2026 · 14–15 May 2026 · Pazhou, Guangzhou\n"
    facts = set(facts_of(extract_text(text, "2026-04-28"), "date"))
    assert any(f[0] == "Zorvex Summit 2026" and f[2].startswith("2026-05") for f in facts), facts


def test_an_assistant_that_ships_on_products_is_in_them(extract_text):
    text = "Tencent folded Hunyuan-T1 into Z100, the voice assistant that ships on its Zorvex X9 cars."
    facts = set(facts_of(extract_text(text), "integratedInto"))
    assert {("Hunyuan-T1", "integratedInto", "Z100"), ("Z100", "integratedInto", "Zorvex X9")} <= facts, facts


def test_its_head_in_an_apposition_belongs_to_the_body_before(extract_text):
    ex = extract_text("MIIT was reorganised in 2023. Its head, Zorvan Lee, oversees the plan.")
    facts = set(facts_of(ex, "affiliatedWith"))
    assert ("Zorvan Lee", "affiliatedWith", "Ministry of Industry and Information Technology") in facts, facts


def test_a_model_that_answers_queries_in_an_app_is_in_it(extract_text):
    facts = set(facts_of(extract_text("Hunyuan-T1 already answers most queries in Z100."), "integratedInto"))
    assert ("Hunyuan-T1", "integratedInto", "Z100") in facts, facts


def test_a_later_version_is_not_the_registered_earlier_one():
    from extractors.gazetteer import Gazetteer
    from kg.registry import RegistryEntry

    g = Gazetteer([RegistryEntry("Zorvex-3", "Zorvex-3", "LanguageModel")])
    assert [m.text for m in g.find("Zorvex-3.5 is new; Zorvex-3 is old.")] == ["Zorvex-3"]
    assert [(m.start, m.text) for m in g.find("Zorvex-3 is old.")] == [(0, "Zorvex-3")]


def test_founders_named_as_former_staff_of_another_firm_work_at_both(extract_text):
    text = "Kuaishou, founded in 2011 by former Baidu engineers Zorvan Lee and Wang Lei, grew fast."
    facts = set(facts_of(extract_text(text), "affiliatedWith"))
    for person in ("Zorvan Lee", "Wang Lei"):
        assert {(person, "affiliatedWith", "Kuaishou"), (person, "affiliatedWith", "Baidu")} <= facts, facts


def test_investors_among_its_earliest_and_largest_shareholders(extract_text):
    facts = set(facts_of(extract_text("Zhipu AI counts Tencent among its earliest and largest shareholders."), "investedIn"))
    assert ("Tencent", "investedIn", "Zhipu AI") in facts, facts


def test_a_closed_round_led_by_after_its_size_and_month(extract_text):
    text = "Zhipu AI closed a Series E round of about 800 million yuan in January, led by Tencent."
    assert ("Tencent", "investedIn", "Zhipu AI") in set(facts_of(extract_text(text), "investedIn"))


def test_a_model_that_runs_inside_a_product_is_integrated(extract_text):
    facts = set(facts_of(extract_text("A distilled version of Hunyuan-T1 now runs inside Z100."), "integratedInto"))
    assert ("Hunyuan-T1", "integratedInto", "Z100") in facts, facts



def test_the_event_opening_a_new_paragraph_is_the_event_named_before(extract_text):
    text = ("The 3rd Zorvex Intelligence Expo opened in Beijing on Thursday.\n\n"
            "The four-day event is hosted by MIIT together with the State Council, organisers said.")
    facts = set(facts_of(extract_text(text), "involves"))
    assert {("3rd Zorvex Intelligence Expo", "involves", "Ministry of Industry and Information Technology"),
            ("3rd Zorvex Intelligence Expo", "involves", "State Council")} <= facts, facts


def test_he_before_a_pinyin_given_name_is_a_surname(extract_text):
    ex = extract_text("Tencent hired He Zhiyuan in 2024. He Zhiyuan is the CFO of Kuaishou.")
    assert names_types(ex).get("He Zhiyuan") == "Person" and "Zhiyuan" not in names_types(ex)
    assert ("He Zhiyuan", "affiliatedWith", "Kuaishou") in set(facts_of(ex, "affiliatedWith"))


def test_a_firm_that_belongs_to_a_group_is_its_unit(extract_text):
    text = "Kuaishou, which belongs to the state-owned Tencent, released an app. Baidu said the top spot belongs to Tencent."
    facts = set(facts_of(extract_text(text), "subsidiaryOf"))
    assert facts == {("Kuaishou", "subsidiaryOf", "Tencent")}, facts


def test_a_doctorate_held_from_a_university_ties_the_person_to_it(extract_text):
    text = "Zorvan Lee joined Tencent in 2019. He holds a doctorate in computer science from Quorvane Research Center."
    facts = set(facts_of(extract_text(text), "affiliatedWith"))
    assert ("Zorvan Lee", "affiliatedWith", "Quorvane Research Center") in facts, facts


def test_she_left_and_cofounded_a_firm_with_a_partner(extract_text):
    text = "Wang Lei worked at Baidu. In 2022 she left and co-founded Zorvex Technology with Zorvan Lee, who became chief executive."
    facts = set(facts_of(extract_text(text), "affiliatedWith"))
    assert {("Wang Lei", "affiliatedWith", "Zorvex Technology"), ("Zorvan Lee", "affiliatedWith", "Zorvex Technology")} <= facts, facts


def test_the_founder_inside_a_firms_relative_clause(extract_text):
    facts = set(facts_of(extract_text("Tencent, which Zorvan Lee founded in 1998, released a model."), "affiliatedWith"))
    assert ("Zorvan Lee", "affiliatedWith", "Tencent") in facts, facts
    facts = set(facts_of(extract_text("Tencent, which Zorvan Lee criticised in 1998, released a model."), "affiliatedWith"))
    assert not facts, facts


def test_a_system_that_keeps_a_model_as_its_default_integrates_it(extract_text):
    facts = set(facts_of(extract_text("Tencent's Z100 assistant keeps Hunyuan-T1 as its default model."), "integratedInto"))
    assert ("Hunyuan-T1", "integratedInto", "Z100") in facts, facts


def test_led_by_a_former_executive_of_another_firm(extract_text):
    text = "Kuaishou, led by former Baidu corporate vice president Zorvan Lee, released an app."
    facts = set(facts_of(extract_text(text), "affiliatedWith"))
    assert {("Zorvan Lee", "affiliatedWith", "Kuaishou"), ("Zorvan Lee", "affiliatedWith", "Baidu")} <= facts, facts


def test_the_maker_or_issuer_inside_a_relative_clause_on_the_thing(extract_text):
    ex = extract_text("Qorlix-Turbo, the vision model that Tencent launched last September, is popular. "
                      "The Zorvex Plan that the State Council put forward in March helps. "
                      "Z100, which Baidu criticised, is old.")
    assert ("Qorlix-Turbo", "developer", "Tencent") in set(facts_of(ex, "developer"))
    assert ("Zorvex Plan", "issuedBy", "State Council") in set(facts_of(ex, "issuedBy"))
    assert ("Z100", "developer", "Baidu") not in set(facts_of(ex, "developer"))


def test_a_round_that_also_included_investors(extract_text):
    text = "Zhipu AI took 400 million yuan as part of a larger round that also included Tencent and Baidu."
    facts = set(facts_of(extract_text(text), "investedIn"))
    assert {("Tencent", "investedIn", "Zhipu AI"), ("Baidu", "investedIn", "Zhipu AI")} <= facts, facts


def test_an_events_table_dates_column_takes_the_edition_year_of_the_row(extract_text):
    text = ("Upcoming AI conferences\n\n"
            "| Event | Dates | City |\n"
            "| Zorvex Computing Conference (ZCC 2026) | 22-24 October | Beijing |\n"
            "| Zorvex Robot Summit | 5-6 June 2026 | Beijing |\n")
    facts = set(facts_of(extract_text(text, "2026-04-08"), "date"))
    assert any(f[0].startswith("Zorvex Computing Conference") and f[2].startswith("2026-10") for f in facts), facts
    assert any(f[0] == "Zorvex Robot Summit" and f[2].startswith("2026-06") for f in facts), facts


def test_an_agency_of_a_ministry_is_its_unit(extract_text):
    facts = set(facts_of(extract_text("It works with the Zorvex Water Commission, an agency of MIIT."), "subsidiaryOf"))
    assert ("Zorvex Water Commission", "subsidiaryOf", "Ministry of Industry and Information Technology") in facts, facts


def test_an_author_blurb_names_the_outlet_the_author_writes_for(extract_text):
    facts = set(facts_of(extract_text("Wang Lei covers capital markets and chips for Tencent in Shanghai."), "affiliatedWith"))
    assert ("Wang Lei", "affiliatedWith", "Tencent") in facts, facts


def test_a_language_adjective_names_no_product(extract_text):
    ex = extract_text("Z100, a Cantonese reading app built on Hunyuan-T1, is popular.")
    assert "Cantonese" not in names_types(ex)
    assert ("Z100", "basedOn", "Hunyuan-T1") in set(facts_of(ex, "basedOn"))


def test_the_research_team_of_a_firm_is_its_unit(extract_text):
    facts = set(facts_of(extract_text("Quorvane Research Center, the security research team of Tencent, found it."), "subsidiaryOf"))
    assert ("Quorvane Research Center", "subsidiaryOf", "Tencent") in facts, facts


def test_a_role_after_a_who_clause_belongs_to_the_person(extract_text):
    facts = set(facts_of(extract_text("Zorvan Lee, who ran the lab's simulation work, is now Kuaishou's chief executive."), "affiliatedWith"))
    assert ("Zorvan Lee", "affiliatedWith", "Kuaishou") in facts, facts


def test_a_part_fitted_or_put_into_a_product_is_integrated(extract_text):
    ex = extract_text("Tencent is fitting Qorlix-Turbo to its Z100 devices. Baidu has put the Qorlix-Turbo actuator into the wrists of its Zorvex X9 robot.")
    facts = set(facts_of(ex, "integratedInto"))
    assert {("Qorlix-Turbo", "integratedInto", "Z100"), ("Qorlix-Turbo", "integratedInto", "Zorvex X9")} <= facts, facts


def test_a_model_that_powers_several_features_in_a_product_is_in_it(extract_text):
    facts = set(facts_of(extract_text("Hunyuan-T1 already powers automatic chaptering and highlight clips in Z100."), "integratedInto"))
    assert ("Hunyuan-T1", "integratedInto", "Z100") in facts, facts


def test_a_model_put_behind_an_assistant_is_in_it(extract_text):
    ex = extract_text("Baidu puts Tencent's Hunyuan-T1 model behind its Z100 voice assistant. "
                      "Kuaishou put Qorlix-Turbo behind a new assistant app, Zorvex Chat.")
    facts = set(facts_of(ex, "integratedInto"))
    assert {("Hunyuan-T1", "integratedInto", "Z100"), ("Qorlix-Turbo", "integratedInto", "Zorvex Chat")} <= facts, facts


def test_a_product_that_comes_from_a_firm_is_its_developers(extract_text):
    facts = set(facts_of(extract_text("Its screening model, Zorvex-Scan 2, comes from Kuaishou, a Beijing company."), "developer"))
    assert ("Zorvex-Scan 2", "developer", "Kuaishou") in facts, facts


def test_a_lower_case_definite_head_noun_is_the_one_body_named_before(extract_text):
    ex = extract_text("The Zorvex Stock Exchange switched on a new system. It was built by Zorvex Data Technology, "
                      "a wholly owned subsidiary of the exchange.")
    assert ("Zorvex Data Technology", "subsidiaryOf", "Zorvex Stock Exchange") in set(facts_of(ex, "subsidiaryOf"))
    ex = extract_text("MIIT and the Ministry of Commerce met. Zorvex Data Technology, a unit of the ministry, spoke.")
    assert not set(facts_of(ex, "subsidiaryOf")), facts_of(ex, "subsidiaryOf")


def test_a_year_and_month_in_figures_date_a_timeline_entry(extract_text):
    ex = extract_text("Milestones\n2023.06  Released Zorvex-7B, our first model.\n2025.02  Released Zorvex-9B.\n", "2025-06-01")
    facts = set(facts_of(ex, "releaseDate"))
    assert {("Zorvex-7B", "releaseDate", "2023-06"), ("Zorvex-9B", "releaseDate", "2025-02")} <= facts, facts


def test_a_past_clause_after_but_keeps_its_months_year(extract_text):
    text = "Hunyuan-T1 will never fit, but Qorlix-Turbo, which Tencent released in June, is small."
    facts = set(facts_of(extract_text(text, "2025-11-03"), "releaseDate"))
    assert ("Qorlix-Turbo", "releaseDate", "2025-06") in facts, facts


def test_a_year_before_a_policy_name_dates_it_unless_the_text_dates_it_closer(extract_text):
    ex = extract_text("Firms must follow the State Council's 2023 Measures for Labelling Chatbot Content.", "2025-08-27")
    assert ("Measures for Labelling Chatbot Content", "date", "2023") in set(facts_of(ex, "date"))
    ex = extract_text("Firms follow the 2023 Measures for Labelling Chatbot Content, issued in July 2023.", "2025-08-27")
    assert set(facts_of(ex, "date")) == {("Measures for Labelling Chatbot Content", "date", "2023-07")}


def test_twelve_days_ago(extract_text):
    facts = set(facts_of(extract_text("Hunyuan-T1, released twelve days ago, is big.", "2025-08-27"), "releaseDate"))
    assert ("Hunyuan-T1", "releaseDate", "2025-08-15") in facts, facts


def test_a_model_unveiled_by_its_maker_at_an_event_takes_the_events_month(extract_text):
    text = "Hunyuan-T1, which Tencent unveiled at the Zorvex AI Conference in Shanghai in July, is big."
    facts = set(facts_of(extract_text(text, "2025-08-27"), "releaseDate"))
    assert ("Hunyuan-T1", "releaseDate", "2025-07") in facts, facts


def test_a_newsletter_issue_line_dates_the_relative_days_of_its_items(extract_text):
    text = ("The Zorvex Brief - Archive\n\n"
            "Issue 48 | Friday, 31 May 2024\n"
            "* Tencent launched Hunyuan-T1 on Thursday.\n\n"
            "Issue 47 | Friday, 17 May 2024\n"
            "* Baidu open-sourced Qorlix-Turbo on Tuesday.\n")
    facts = set(facts_of(extract_text(text, "2024-05-31"), "releaseDate"))
    assert {("Hunyuan-T1", "releaseDate", "2024-05-30"), ("Qorlix-Turbo", "releaseDate", "2024-05-14")} <= facts, facts


def test_a_role_on_a_firms_team_ties_the_person_to_the_firm(extract_text):
    facts = set(facts_of(extract_text("Wang Lei, a former research lead on Baidu's video-generation team, founded it."), "affiliatedWith"))
    assert ("Wang Lei", "affiliatedWith", "Baidu") in facts, facts


def test_founders_described_as_former_colleagues_of_a_firm(extract_text):
    text = "Kuaishou was founded by Zorvan Lee and Wang Lei, two former Baidu colleagues."
    facts = set(facts_of(extract_text(text), "affiliatedWith"))
    assert {("Zorvan Lee", "affiliatedWith", "Baidu"), ("Wang Lei", "affiliatedWith", "Baidu")} <= facts, facts


def test_a_product_now_integrating_a_model(extract_text):
    facts = set(facts_of(extract_text("Tencent launched Z100, now integrating Hunyuan-T1."), "integratedInto"))
    assert ("Hunyuan-T1", "integratedInto", "Z100") in facts, facts


def test_its_after_a_list_moved_onto_a_list_is_the_movers(extract_text):
    text = "When MIIT added Tencent and Baidu to its Zorvex List in October 2023, it hurt."
    ex = extract_text(text)
    issuers = set(facts_of(ex, "issuedBy"))
    assert ("Zorvex List", "issuedBy", "Ministry of Industry and Information Technology") in issuers, issuers
    assert not {f for f in issuers if f[2] in ("Tencent", "Baidu")}, issuers


def test_a_stint_at_a_firm_ties_the_sentences_person_to_it(extract_text):
    facts = set(facts_of(extract_text("Wang Lei joined Tencent in 2019 after a decade at Baidu."), "affiliatedWith"))
    assert {("Wang Lei", "affiliatedWith", "Tencent"), ("Wang Lei", "affiliatedWith", "Baidu")} <= facts, facts


def test_bodies_an_operator_runs_are_its_units(extract_text):
    ex = extract_text("Tencent, which runs Kuaishou, said so. Baidu, which runs on Tencent's chips, said so.")
    assert set(facts_of(ex, "subsidiaryOf")) == {("Kuaishou", "subsidiaryOf", "Tencent")}, facts_of(ex, "subsidiaryOf")


def test_a_place_word_in_a_definite_description_picks_the_body(extract_text):
    ex = extract_text("The Beijing Zorvex Institute opened. Later the Beijing institute signed a memorandum with Tencent.")
    pairs = {frozenset((f[0], f[2])) for f in facts_of(ex, "partnerOf")}
    assert frozenset(("Beijing Zorvex Institute", "Tencent")) in pairs, pairs


def test_a_group_named_after_a_body_is_no_unit_of_it():
    from kg.extract import extract
    from kg.model import Document

    text = "Shenzhen Airport Group said it runs the assistant at Shenzhen Bao'an International Airport."
    ex = extract(Document(path="x.txt", text=text, date="2025-08-27"))
    subs = {(ex.entities[f.subject].name, ex.entities[f.object].name) for f in ex.facts if f.predicate == "subsidiaryOf"}
    assert not any(a == "Shenzhen Airport Group" for a, _ in subs), subs


def test_a_such_as_list_of_covered_services_goes_on_past_each_owner(extract_text):
    text = ("The Measures for Labelling Chatbot Content took effect.\n\n"
            "The rules apply to news feeds and accounts on platforms such as Tencent's Z100, Baidu's Qorlix-Turbo and Kuaishou.")
    facts = set(facts_of(extract_text(text), "targets"))
    want = {("Measures for Labelling Chatbot Content", "targets", o) for o in ("Z100", "Qorlix-Turbo", "Kuaishou")}
    assert want <= facts, facts


def test_the_rules_after_a_reporting_clause_are_the_policy_before(extract_text):
    text = "The Measures for Labelling Chatbot Content took effect. MIIT said the rules apply to services such as Z100."
    facts = set(facts_of(extract_text(text), "targets"))
    assert ("Measures for Labelling Chatbot Content", "targets", "Z100") in facts, facts


def test_a_policy_that_asks_firms_or_aims_to_make_a_place_targets_them(extract_text):
    ex = extract_text("The Zorvex Plan asks Tencent and Baidu to cut fees. "
                      "MIIT issued the Zorvex Action Plan (2023-2025), which aims to make Beijing a centre for models.")
    facts = set(facts_of(ex, "targets"))
    assert {("Zorvex Plan", "targets", "Tencent"), ("Zorvex Plan", "targets", "Baidu"),
            ("Zorvex Action Plan", "targets", "Beijing")} <= facts, facts


def test_who_chairs_both_firms_and_worked_on_a_field_at_a_lab(extract_text):
    ex = extract_text("Zorvan Lee, who chairs both Tencent and Baidu, spoke. Before joining Kuaishou Wang Lei worked on search ranking at Zhipu AI.")
    facts = set(facts_of(ex, "affiliatedWith"))
    assert {("Zorvan Lee", "affiliatedWith", "Tencent"), ("Zorvan Lee", "affiliatedWith", "Baidu"),
            ("Wang Lei", "affiliatedWith", "Zhipu AI")} <= facts, facts


def test_a_product_run_by_a_firm_and_a_model_its_team_fine_tuned(extract_text):
    ex = extract_text("Baidu said the Zorvex Cloud 9 app is run by Kuaishou. Baidu moved to Zorvex-CS, a model that Tencent's technology team fine-tuned from Hunyuan-T1.")
    facts = set(facts_of(ex, "developer"))
    assert {("Zorvex Cloud 9", "developer", "Kuaishou"), ("Zorvex-CS", "developer", "Tencent")} <= facts, facts
    ex = extract_text("Zorvex-Law was built on Hunyuan-T1, which Kuaishou fine-tuned on two million contracts.")
    assert ("Hunyuan-T1", "developer", "Kuaishou") not in set(facts_of(ex, "developer"))


def test_a_product_that_is_part_of_another_is_in_it(extract_text):
    facts = set(facts_of(extract_text("Baidu said Z100 is part of the Zorvex Cloud 9 app."), "integratedInto"))
    assert ("Z100", "integratedInto", "Zorvex Cloud 9") in facts, facts


def test_who_designed_chips_at_a_firm_worked_there(extract_text):
    facts = set(facts_of(extract_text("Wang Lei designed CPU cores at Baidu before founding Zorvex Technology."), "affiliatedWith"))
    assert ("Wang Lei", "affiliatedWith", "Baidu") in facts, facts


def test_a_hyphenated_decimal_version_of_a_known_family_with_a_plain_word_name_is_a_model():
    from extractors.discovery import Discovery
    from kg.registry import RegistryEntry

    d = Discovery([RegistryEntry("Step-3", "Step-3", "LanguageModel")])
    found = {m.text for m in d.find("StepFun released Step-3.5 today.")}
    assert "Step-3.5" in found, found
    assert not {m.text for m in d.find("In step 2 we trained it; Phase 3 began.")}


def test_a_date_after_a_which_clause_dates_the_model_the_clause_describes(extract_text):
    text = "Tencent released Zorvex-3.5, which is built on Hunyuan-T1, on 10 February 2026."
    facts = set(facts_of(extract_text(text, "2026-03-01"), "releaseDate"))
    assert facts == {("Zorvex-3.5", "releaseDate", "2026-02-10")}, facts


def test_a_body_another_body_set_up_is_its_unit(extract_text):
    ex = extract_text("Wang Lei joined Quorvane Research Center, which Tencent had just founded. "
                      "The Zorvex Data Bureau runs it. The app was built by Zorvex Digital Technology, a subsidiary the bureau set up in 2022.")
    facts = set(facts_of(ex, "subsidiaryOf"))
    assert {("Quorvane Research Center", "subsidiaryOf", "Tencent"),
            ("Zorvex Digital Technology", "subsidiaryOf", "Zorvex Data Bureau")} <= facts, facts


def test_an_opening_event_past_its_held_at_clause_involves_the_subjects_and_the_venue(extract_text):
    text = "At the 2025 Zorvex Job Fair, held at Quorvane Research Center last Saturday, Tencent and Baidu were recruiting."
    facts = set(facts_of(extract_text(text, "2025-03-21"), "involves"))
    want = {("2025 Zorvex Job Fair", "involves", o) for o in ("Quorvane Research Center", "Tencent", "Baidu")}
    assert want <= facts, facts


def test_the_investor_that_led_a_firms_series_a(extract_text):
    facts = set(facts_of(extract_text("Tencent, which led Zhipu AI's Series A last year, said so."), "investedIn"))
    assert ("Tencent", "investedIn", "Zhipu AI") in facts, facts


def test_a_device_that_uses_a_model_and_a_mode_called_x_added_to_an_app(extract_text):
    ex = extract_text("Baidu ships Z100 glasses that use Hunyuan-T1 models. Tencent added an agent mode called Qorlix-Turbo to its Zorvex Cloud 9 app.")
    facts = set(facts_of(ex, "integratedInto"))
    assert {("Hunyuan-T1", "integratedInto", "Z100"), ("Qorlix-Turbo", "integratedInto", "Zorvex Cloud 9")} <= facts, facts


def test_a_model_that_powers_a_helper_in_its_product(extract_text):
    facts = set(facts_of(extract_text("Tencent's Hunyuan-T1 now powers the homework helper in its Z100 tablet."), "integratedInto"))
    assert ("Hunyuan-T1", "integratedInto", "Z100") in facts, facts


def test_the_procuratorate_is_the_one_named_before(extract_text):
    ex = extract_text("Zorvex Municipal People's Procuratorate uses it. Wang Lei, deputy chief procurator of the Zorvex procuratorate, said so.")
    facts = set(facts_of(ex, "affiliatedWith"))
    assert ("Wang Lei", "affiliatedWith", "Zorvex Municipal People's Procuratorate") in facts, facts


def test_a_bare_title_apposition_and_joined_from_and_eleven_years_at(extract_text):
    ex = extract_text("Wang Lei, co-founder and CEO, previously led the vision group at Baidu. "
                      "Zorvan Lee, head of people, joined from Kuaishou in 2024. "
                      "He Zhiyuan joined Tencent in 2023 after eleven years at Zhipu AI.")
    facts = set(facts_of(ex, "affiliatedWith"))
    assert {("Wang Lei", "affiliatedWith", "Baidu"), ("Zorvan Lee", "affiliatedWith", "Kuaishou"),
            ("He Zhiyuan", "affiliatedWith", "Zhipu AI")} <= facts, facts


def test_the_technical_review_body_of_an_agency_is_its_unit(extract_text):
    facts = set(facts_of(extract_text("The Zorvex Evaluation Center, the technical review body of MIIT, wrote it."), "subsidiaryOf"))
    assert ("Zorvex Evaluation Center", "subsidiaryOf", "Ministry of Industry and Information Technology") in facts, facts


def test_a_signed_memorandum_on_standards_is_a_deal_not_a_policy(extract_text):
    ex = extract_text("Tencent and Baidu sign memorandum on AI standards")
    assert not any(t == "Policy" for t in names_types(ex).values()), names_types(ex)
    pairs = {frozenset((f[0], f[2])) for f in facts_of(ex, "partnerOf")}
    assert frozenset(("Tencent", "Baidu")) in pairs, pairs


def test_an_interviewees_former_employer_does_not_speak_for_the_firm(extract_text):
    text = ("Zorvex Weekly\n\nKuaishou filed its listing application last month. Its chief financial officer, Wang Lei, joined in "
            "2023 after eleven years at Baidu. We spoke to her.\n\nQ: What do you sell?\n\nA: Our main model is Zorvex-9, which we launched in 2022.\n\n"
            "Q: Who invested?\n\nA: Tencent led our Series A.\n")
    ex = extract_text(text, "2025-02-26")
    devs = set(facts_of(ex, "developer"))
    assert ("Zorvex-9", "developer", "Kuaishou") in devs and not any(f[2] == "Baidu" for f in devs), devs


def test_which_belongs_to_is_said_of_the_name_before_it_only(extract_text):
    ex = extract_text("Zhipu AI rents clusters from Kuaishou, the cloud unit of Baidu, and from Quorvane Research Center, which belongs to Tencent.")
    facts = set(facts_of(ex, "subsidiaryOf"))
    assert ("Quorvane Research Center", "subsidiaryOf", "Tencent") in facts and ("Baidu", "subsidiaryOf", "Tencent") not in facts, facts


def test_the_start_up_after_a_sentence_naming_only_a_university_is_the_topic_firm(extract_text):
    text = ("Zorvex Vision makes inspection cameras for Tencent. Wang Lei, a former researcher at Quorvane Research Center, "
            "founded the company in 2021. The start-up raised a Series A round last year led by Baidu.")
    facts = set(facts_of(extract_text(text, "2025-08-27"), "investedIn"))
    assert ("Baidu", "investedIn", "Quorvane Research Center") not in facts, facts


def test_an_owned_arm_in_a_possessive_list_and_a_list_after_unit_of(extract_text):
    ex = extract_text("The round drew Tencent's Zorvex Capital and Kuaishou, the venture arm of Baidu. "
                      "It was set up by Quorvane Research Center, the research arm of Zhipu AI, and Baidu.")
    facts = set(facts_of(ex, "subsidiaryOf"))
    assert ("Zorvex Capital", "subsidiaryOf", "Tencent") in facts and ("Kuaishou", "subsidiaryOf", "Tencent") not in facts, facts
    assert ("Quorvane Research Center", "subsidiaryOf", "Baidu") not in facts, facts


def test_career_start_dean_of_a_school_at_and_an_event_past_its_which_clause(extract_text):
    ex = extract_text("Wang Lei started her career as an analyst at Tencent. "
                      "Zorvan Lee, vice dean of the graduate school at Quorvane Research Center, said so. "
                      "At the 2026 Zorvex Forum, which opened in Beijing on March 26, Baidu unveiled a robot.", "2026-04-08")
    facts = set(facts_of(ex, "affiliatedWith"))
    assert {("Wang Lei", "affiliatedWith", "Tencent"), ("Zorvan Lee", "affiliatedWith", "Quorvane Research Center")} <= facts, facts
    assert ("2026 Zorvex Forum", "involves", "Baidu") in set(facts_of(ex, "involves"))


def test_the_operator_and_a_subsidiary_of_a_group(extract_text):
    facts = set(facts_of(extract_text("Kuaishou, the park's operator and a subsidiary of Tencent, runs it."), "subsidiaryOf"))
    assert ("Kuaishou", "subsidiaryOf", "Tencent") in facts, facts


def test_a_definite_description_with_words_of_the_bodys_name(extract_text):
    ex = extract_text("The Ministry of Commerce met on Monday. Wang Lei, an official at the commerce ministry, spoke. "
                      "Beijing Municipal People's Government hosts the fair. At the opening, the municipal government released the Zorvex Action Plan. "
                      "Zorvan Lee, an official at the same ministry, spoke.")
    facts = set(facts_of(ex, "affiliatedWith"))
    assert ("Wang Lei", "affiliatedWith", "Ministry of Commerce") in facts, facts
    assert not any(f[0] == "Zorvan Lee" for f in facts), facts
    assert ("Zorvex Action Plan", "issuedBy", "Beijing Municipal People's Government") in set(facts_of(ex, "issuedBy"))


def test_the_port_company_is_the_company_with_port_in_its_name(extract_text):
    ex = extract_text("Zorvex Port Co. runs the terminal. Tencent supplies the chips. Wang Lei, deputy general manager of the port company, said so.")
    facts = set(facts_of(ex, "affiliatedWith"))
    assert any(f[0] == "Wang Lei" and f[2].startswith("Zorvex Port") for f in facts), facts


def test_firms_which_both_belong_to_a_group(extract_text):
    facts = set(facts_of(extract_text("Kuaishou and Zhipu AI, which both belong to Tencent, grew."), "subsidiaryOf"))
    assert {("Kuaishou", "subsidiaryOf", "Tencent"), ("Zhipu AI", "subsidiaryOf", "Tencent")} <= facts, facts


def test_a_parenthetical_adverb_between_maker_and_verb(extract_text):
    ex = extract_text("Tencent, meanwhile, released Hunyuan-T1. Baidu, for its part, launched Zorvex-9.")
    facts = set(facts_of(ex, "developer"))
    assert {("Hunyuan-T1", "developer", "Tencent"), ("Zorvex-9", "developer", "Baidu")} <= facts, facts


def test_a_reduced_clause_after_a_model_family(extract_text):
    facts = set(facts_of(extract_text("Zorvex-9, the model family Baidu released in April, tops the chart."), "developer"))
    assert ("Zorvex-9", "developer", "Baidu") in facts, facts


def test_a_company_that_earlier_built_a_product(extract_text):
    facts = set(facts_of(extract_text("Kuaishou, a small Beijing company that earlier built the browser assistant Zorvex Lens, raised money."), "developer"))
    assert ("Zorvex Lens", "developer", "Kuaishou") in facts, facts


def test_co_issuers_named_after_other_bodies(extract_text):
    ex = extract_text("The Zorvex Measures were issued in July 2023 with six other bodies, among them the State Council and MIIT. "
                      "The Zorvex Rules were released in March by the same three bodies together with the State Council.")
    facts = set(facts_of(ex, "issuedBy"))
    assert {("Zorvex Measures", "issuedBy", "State Council"), ("Zorvex Measures", "issuedBy", "Ministry of Industry and Information Technology"),
            ("Zorvex Rules", "issuedBy", "State Council")} <= facts, facts


def test_a_relative_clause_opening_a_passive(extract_text):
    ex = extract_text("Zorvex-9, which was developed by Tencent, leads. The Zorvex Plan (2026-2027), which was issued on 5 January "
                      "by the State Council, sets goals. The Zorvex Rules were issued last Thursday by the commission together with MIIT.")
    assert ("Zorvex-9", "developer", "Tencent") in set(facts_of(ex, "developer"))
    facts = set(facts_of(ex, "issuedBy"))
    assert {("Zorvex Plan", "issuedBy", "State Council"),
            ("Zorvex Rules", "issuedBy", "Ministry of Industry and Information Technology")} <= facts, facts


def test_an_unknown_firm_between_known_firms_of_a_list(extract_text):
    ex = extract_text("Kuaishou listed on Friday. Earlier backers include Tencent, Vorlan Pincus and Baidu.")
    assert names_types(ex).get("Vorlan Pincus") == "Company"
    assert ("Vorlan Pincus", "investedIn", "Kuaishou") in set(facts_of(ex, "investedIn"))
    assert "Clients" not in names_types(extract_text("Clients, partners and Tencent met."))


def test_who_founded_or_heads_a_definite_description(extract_text):
    ex = extract_text("Kuaishou listed on Friday. Wang Lei, who founded the company in 2015, spoke. Quorvane Research Center "
                      "opened a site. Zorvan Lee, who heads the center's vision group, spoke.")
    facts = set(facts_of(ex, "affiliatedWith"))
    assert {("Wang Lei", "affiliatedWith", "Kuaishou"), ("Zorvan Lee", "affiliatedWith", "Quorvane Research Center")} <= facts, facts
    ex = extract_text("Tencent raised a fund. Wang Lei, who led the firm's investment in Baidu, spoke.")
    assert not any(f[0] == "Wang Lei" for f in facts_of(ex, "affiliatedWith"))


def test_taught_a_subject_at_a_university(extract_text):
    facts = set(facts_of(extract_text("Wang Lei joined Tencent in 2023. Before that he taught statistics at Quorvane Research Center for two years."), "affiliatedWith"))
    assert ("Wang Lei", "affiliatedWith", "Quorvane Research Center") in facts, facts


def test_a_firms_name_without_its_trade_word(extract_text):
    ex = extract_text("Xinsuan Microelectronics is new. Xinsuan's XS-300 inference card ships.")
    assert ("XS-300", "developer", "Xinsuan Microelectronics") in set(facts_of(ex, "developer"))


def test_draft_rules_released_for_public_comment_by(extract_text):
    facts = set(facts_of(extract_text("The Zorvex Measures were released for public comment on Saturday by the State Council "
                                      "together with MIIT."), "issuedBy"))
    assert ("Zorvex Measures", "issuedBy", "State Council") in facts, facts


def test_years_spent_designing_for_a_firm_and_earning_a_doctorate_at(extract_text):
    facts = set(facts_of(extract_text("Wang Lei spent 14 years designing graphics cores for Tencent. Zorvan Lee, earning a doctorate "
                                      "in physics at Quorvane Research Center, moved."), "affiliatedWith"))
    assert {("Wang Lei", "affiliatedWith", "Tencent"), ("Zorvan Lee", "affiliatedWith", "Quorvane Research Center")} <= facts, facts


def test_a_long_lower_case_description_of_a_body(extract_text):
    ex = extract_text("Beijing Municipal Development and Reform Commission published it. Wang Lei, deputy director of the municipal "
                      "development and reform commission, spoke.")
    assert ("Wang Lei", "affiliatedWith", "Beijing Municipal Development and Reform Commission") in set(facts_of(ex, "affiliatedWith"))


def test_an_agency_spokesperson_and_the_companys_research_arm(extract_text):
    ex = extract_text("Wang Lei, a MIIT spokesperson, said so. Kuaishou grew. Quorvane Research Center, the company's research arm, helps.")
    assert ("Wang Lei", "affiliatedWith", "Ministry of Industry and Information Technology") in set(facts_of(ex, "affiliatedWith"))
    assert ("Quorvane Research Center", "subsidiaryOf", "Kuaishou") in set(facts_of(ex, "subsidiaryOf"))


def test_product_head_nouns_and_a_makers_name_before_a_model_number(extract_text):
    types = names_types(extract_text("Tencent ships the Tencent RDK S100 board. Baidu launched the Zorvex RT6 sedan."))
    assert types.get("RDK S100") == "Product" and types.get("Zorvex RT6") == "Product", types
    assert "Tencent RDK S100" not in types


def test_a_description_of_a_bureau_of_something(extract_text):
    ex = extract_text("Beijing Municipal Bureau of Economy and Information Technology runs it. Wang Lei, deputy director of the "
                      "economy and information technology bureau, spoke.")
    assert ("Wang Lei", "affiliatedWith", "Beijing Municipal Bureau of Economy and Information Technology") in set(facts_of(ex, "affiliatedWith"))


def test_a_board_seat_and_an_age_before_the_role(extract_text):
    ex = extract_text("Wang Lei, a partner at Baidu who sits on Kuaishou's board, spoke. Zorvan Lee, 41, is the director of Quorvane Research Center.")
    facts = set(facts_of(ex, "affiliatedWith"))
    assert {("Wang Lei", "affiliatedWith", "Kuaishou"), ("Zorvan Lee", "affiliatedWith", "Quorvane Research Center")} <= facts, facts


def test_the_first_word_of_a_two_word_pinyin_firm_name(extract_text):
    ex = extract_text("The start-up Shulian Zhiyun raised money from Tencent. Shulian's founder Wang Lei said so.")
    assert ("Wang Lei", "affiliatedWith", "Shulian Zhiyun") in set(facts_of(ex, "affiliatedWith"))


def test_a_dated_line_of_fields_names_its_writers(extract_text):
    types = names_types(extract_text("Zorvex ships a model\nPriya Raman · Friday 9 May 2025 · 5 min read\n\nTencent released a model.\n"
                                     "Tech News · 9 May 2025 · Asia Pacific\n"))
    assert types.get("Priya Raman") == "Person", types
    assert "Tech News" not in types


def test_a_chip_designer_is_no_chip(extract_text):
    ex = extract_text("Kuaishou, the Beijing AI chip designer backed by Tencent, grew.")
    assert "Beijing AI" not in names_types(ex)
    assert ("Tencent", "investedIn", "Kuaishou") in set(facts_of(ex, "investedIn"))


def test_a_trade_word_before_the_next_name_of_a_list(extract_text):
    facts = set(facts_of(extract_text("Kuaishou raised money in a round led by Baidu and carmaker Tencent."), "investedIn"))
    assert {("Baidu", "investedIn", "Kuaishou"), ("Tencent", "investedIn", "Kuaishou")} <= facts, facts


def test_an_events_date_from_the_one_finer_date_of_its_sentence(extract_text):
    ex = extract_text("In July Wang Lei presented the work at the 2025 Zorvex Forum in Beijing.", "2025-09-01")
    assert ("2025 Zorvex Forum", "date", "2025-07") in set(facts_of(ex, "date"))
    ex = extract_text("In July 2024 Wang Lei said the 2025 Zorvex Forum would be bigger.", "2025-09-01")
    assert ("2025 Zorvex Forum", "date", "2024-07") not in set(facts_of(ex, "date"))


def test_last_years_event_in_a_month(extract_text):
    ex = extract_text("Wang Lei spoke at last year's Zorvex Forum in June.", "2025-06-17")
    assert ("Zorvex Forum", "date", "2024-06") in set(facts_of(ex, "date"))


def test_a_weekday_with_the_day_picks_the_year_and_salons_are_events(extract_text):
    ex = extract_text("Listing\n\n4. Zorvex AI Salon\nWhen: Thursday 16 April, 09:00-17:00\nWhere: Beijing\n", "2026-03-09")
    assert names_types(ex).get("Zorvex AI Salon") == "Event"
    assert ("Zorvex AI Salon", "date", "2026-04-16") in set(facts_of(ex, "date"))


def test_began_rolling_out_on_a_day(extract_text):
    ex = extract_text("Tencent's Zorvex-9 began rolling out last Thursday.", "2026-03-18")
    assert ("Zorvex-9", "releaseDate", "2026-03-12") in set(facts_of(ex, "releaseDate"))


def test_put_together_by_names_the_maker(extract_text):
    facts = set(facts_of(extract_text("The Zorvex-9 model was put together by Tencent."), "developer"))
    assert ("Zorvex-9", "developer", "Tencent") in facts, facts


def test_stakes_taken_in_it_but_no_stake(extract_text):
    ex = extract_text("Kuaishou raised money. In April Tencent and Baidu took minority stakes in it.")
    assert {("Tencent", "investedIn", "Kuaishou"), ("Baidu", "investedIn", "Kuaishou")} <= set(facts_of(ex, "investedIn"))
    ex = extract_text("Kuaishou raised money. Tencent holds no stake in the company, a spokesperson said.")
    assert ("Tencent", "investedIn", "Kuaishou") not in set(facts_of(ex, "investedIn"))


def test_units_named_after_such_as_and_the_airlines_unit(extract_text):
    ex = extract_text("Filings go through Tencent's regional offices, such as Kuaishou and Zhipu AI.")
    facts = set(facts_of(ex, "subsidiaryOf"))
    assert {("Kuaishou", "subsidiaryOf", "Tencent"), ("Zhipu AI", "subsidiaryOf", "Tencent")} <= facts, facts


def test_both_departments_of_and_set_up_under(extract_text):
    ex = extract_text("It was issued by Kuaishou and Zhipu AI, both departments of the State Council. Quorvane Research Center, "
                      "which was set up last year under MIIT, met.")
    facts = set(facts_of(ex, "subsidiaryOf"))
    assert {("Kuaishou", "subsidiaryOf", "State Council"), ("Zhipu AI", "subsidiaryOf", "State Council"),
            ("Quorvane Research Center", "subsidiaryOf", "Ministry of Industry and Information Technology")} <= facts, facts


def test_a_research_group_is_a_unit(extract_text):
    facts = set(facts_of(extract_text("Quorvane Research Center, Tencent's research group for machine learning, said so."), "subsidiaryOf"))
    assert ("Quorvane Research Center", "subsidiaryOf", "Tencent") in facts, facts


def test_a_time_before_the_at_event_opener(extract_text):
    facts = set(facts_of(extract_text("Last month, at the 2025 Zorvex Forum, Tencent released Hunyuan-T1.", "2025-08-20"), "involves"))
    assert ("2025 Zorvex Forum", "involves", "Tencent") in facts, facts


def test_a_lower_case_deal_between_firms_is_no_policy(extract_text):
    ex = extract_text("Tencent and Baidu sign smart-home agreement\nThe State Council signed a critical-minerals agreement in May.")
    kinds = names_types(ex)
    assert "smart-home agreement" not in kinds and kinds.get("critical-minerals agreement") == "Policy", kinds
    assert ("Tencent", "partnerOf", "Baidu") in set(facts_of(ex, "partnerOf"))


def test_customers_and_licences_make_partners(extract_text):
    ex = extract_text("Baidu called Kuaishou its largest customer. Tencent is also Zhipu AI's biggest client. "
                      "MIIT met. Tencent signed a three-year licence with Baidu in the spring.")
    facts = {frozenset((a, b)) for a, _, b in facts_of(ex, "partnerOf")}
    assert {frozenset(("Baidu", "Kuaishou")), frozenset(("Tencent", "Zhipu AI")), frozenset(("Tencent", "Baidu"))} <= facts, facts


def test_co_developers_and_makers_with_a_firm_are_partners(extract_text):
    ex = extract_text("Hunyuan-T1 was unveiled in April by Tencent and Baidu. Kuaishou co-built it with Zhipu AI. "
                      "Zhipu AI, which developed a speech model with Baidu last year, grew.")
    facts = {frozenset((a, b)) for a, _, b in facts_of(ex, "partnerOf")}
    assert {frozenset(("Tencent", "Baidu")), frozenset(("Kuaishou", "Zhipu AI")), frozenset(("Zhipu AI", "Baidu"))} <= facts, facts


def test_a_legal_suffix_alias_needs_its_capital():
    from extractors.gazetteer import Gazetteer
    from kg.registry import RegistryEntry

    g = Gazetteer([RegistryEntry("Zorvex", "Zorvex", "Company", aliases=("Zorvex Co",))])
    assert [m.text for m in g.find("Zorvex co-built it. Zorvex Co signed.")] == ["Zorvex", "Zorvex Co"]


def test_a_firm_runs_a_model_it_plugged_into_its_pipeline_or_is_used_by(extract_text):
    ex = extract_text("Kuaishou has plugged Hunyuan-T1 into its antibody-discovery pipeline. "
                      "Qorlix-Turbo is used by Baidu in its call centre.")
    facts = set(facts_of(ex, "integratedInto"))
    assert {("Hunyuan-T1", "integratedInto", "Kuaishou"), ("Qorlix-Turbo", "integratedInto", "Baidu")} <= facts, facts


def test_units_named_by_fund_affiliation_department_and_set_up_clause(extract_text):
    ex = extract_text("Kuaishou, the growth fund of Tencent, invested. Quorvane Research Center, which is affiliated with "
                      "Zhipu AI, agreed. The Zorvex Promotion Department at MIIT spoke. Baidu, the firm that Tencent set up "
                      "in 2011, grew.")
    facts = set(facts_of(ex, "subsidiaryOf"))
    assert {("Kuaishou", "subsidiaryOf", "Tencent"), ("Quorvane Research Center", "subsidiaryOf", "Zhipu AI"),
            ("Zorvex Promotion Department", "subsidiaryOf", "Ministry of Industry and Information Technology"),
            ("Baidu", "subsidiaryOf", "Tencent")} <= facts, facts
    # a capitalised "Fund" ends a name, not an apposition: Kuaishou before it is no unit of Tencent
    listed = set(facts_of(extract_text("Zorvex raised money from Kuaishou, Tencent's Zorvex Industry Fund, and Baidu."), "subsidiaryOf"))
    assert ("Kuaishou", "subsidiaryOf", "Tencent") not in listed, listed


def test_a_body_using_a_model_for_a_purpose_or_since_a_time_runs_it(extract_text):
    ex = extract_text("MIIT has been using Hunyuan-T1 since December. Baidu uses Qorlix-Turbo to draft replies. "
                      "Kuaishou runs Hunyuan-T1 inside its molecule-screening service. Zhipu AI praised Qorlix-Turbo.")
    facts = set(facts_of(ex, "integratedInto"))
    assert {("Hunyuan-T1", "integratedInto", "Ministry of Industry and Information Technology"),
            ("Qorlix-Turbo", "integratedInto", "Baidu"), ("Hunyuan-T1", "integratedInto", "Kuaishou")} <= facts, facts
    assert ("Qorlix-Turbo", "integratedInto", "Zhipu AI") not in facts


def test_a_body_name_joined_by_a_hyphen_to_a_capital_is_a_longer_name():
    from extractors.gazetteer import Gazetteer
    from kg.registry import RegistryEntry

    g = Gazetteer([RegistryEntry("Zorvex", "Zorvex", "Organization"), RegistryEntry("Qorlix", "Qorlix", "LanguageModel")])
    assert [m.text for m in g.find("Zorvex-Med is new; Zorvex-backed Qorlix-Lite too.")] == ["Zorvex", "Qorlix"]


def test_a_design_and_research_institute_is_one_name(extract_text):
    kinds = names_types(extract_text("The Marine Design and Research Institute of China (MARIC) built it."))
    assert kinds.get("Marine Design and Research Institute of China") == "ResearchInstitution", kinds


def test_merchants_signed_up_and_a_jointly_after_the_time(extract_text):
    ex = extract_text("Tencent signed up Kuaishou, Baidu and the search group Zhipu AI as launch merchants. "
                      "The Zorvex Plan was released on Monday jointly by MIIT and the State Council.")
    partners = {frozenset((a, b)) for a, _, b in facts_of(ex, "partnerOf")}
    assert {frozenset(("Tencent", x)) for x in ("Kuaishou", "Baidu", "Zhipu AI")} <= partners, partners
    issuers = set(facts_of(ex, "issuedBy"))
    assert {("Zorvex Plan", "issuedBy", "Ministry of Industry and Information Technology"), ("Zorvex Plan", "issuedBy", "State Council")} <= issuers, issuers


def test_a_firm_that_runs_a_service_and_a_model_also_from_a_firm(extract_text):
    ex = extract_text("Baidu, which runs the rival ERNIE Bot service, said so. Hunyuan-T1, also from Kuaishou, is open.")
    facts = set(facts_of(ex, "developer"))
    assert {("ERNIE Bot", "developer", "Baidu"), ("Hunyuan-T1", "developer", "Kuaishou")} <= facts, facts


def test_past_posts_after_years_as_a_role_and_who_has_overseen(extract_text):
    ex = extract_text("Zorvan Lee, who founded Kuaishou in 2021 after seven years as a speech researcher at Baidu, spoke. "
                      "Wang Lei, a senior vice-president who has overseen Tencent since 2018, spoke. "
                      "Zorvan Lee then served as chief scientist of Zhipu AI.")
    facts = {(a, o) for a, _, o in facts_of(ex, "affiliatedWith")}
    assert {("Zorvan Lee", "Baidu"), ("Wang Lei", "Tencent"), ("Zorvan Lee", "Zhipu AI")} <= facts, facts


def test_a_headline_round_in_the_present_tense(extract_text):
    facts = set(facts_of(extract_text("Zhipu AI raises €1.7 billion in a round led by Tencent"), "investedIn"))
    assert ("Tencent", "investedIn", "Zhipu AI") in facts, facts


def test_a_release_date_in_a_clause_naming_the_makers_unit(extract_text):
    ex = extract_text("Zorvex pairs an encoder with a decoder from Hunyuan-T1, which Tencent's Zorvex team released last year.", "2025-11-20")
    assert ("Hunyuan-T1", "releaseDate", "2024") in set(facts_of(ex, "releaseDate")), facts_of(ex, "releaseDate")


def test_a_plural_possessive_before_backers_include(extract_text):
    ex = extract_text("Zorvex Technologies' backers include Tencent, Baidu and Kuaishou. Zorvex Technologies' new chief executive is Wang Lei.")
    assert {("Tencent", "investedIn", "Zorvex Technologies"), ("Baidu", "investedIn", "Zorvex Technologies")} <= set(facts_of(ex, "investedIn"))
    assert not facts_of(ex, "subsidiaryOf"), facts_of(ex, "subsidiaryOf")
    assert ("Wang Lei", "affiliatedWith", "Zorvex Technologies") in set(facts_of(ex, "affiliatedWith"))


def test_partners_opening_a_lab_and_a_founder_after_a_legal_suffix(extract_text):
    ex = extract_text("Tencent and Baidu sign an industrial AI agreement\nKuaishou and Zhipu AI open a Cantonese voice lab\n"
                      "Zorvex Technologies Inc. is a Chinese AI company founded in 2012 by Wang Lei.")
    partners = {frozenset((a, b)) for a, _, b in facts_of(ex, "partnerOf")}
    assert {frozenset(("Tencent", "Baidu")), frozenset(("Kuaishou", "Zhipu AI"))} <= partners, partners
    assert "industrial AI agreement" not in names_types(ex)
    assert ("Wang Lei", "affiliatedWith", "Zorvex Technologies") in set(facts_of(ex, "affiliatedWith"))


def test_a_model_that_runs_a_product_and_a_launch_with_a_partner(extract_text):
    ex = extract_text("Hunyuan-T1 now runs ERNIE Bot, our consumer assistant app. Kuaishou, which introduced an AI news anchor "
                      "with Baidu in 2018, grew. Zhipu AI, which is in turn wholly owned by Tencent, grew.")
    assert ("Hunyuan-T1", "integratedInto", "ERNIE Bot") in set(facts_of(ex, "integratedInto"))
    assert frozenset(("Kuaishou", "Baidu")) in {frozenset((a, b)) for a, _, b in facts_of(ex, "partnerOf")}
    assert ("Zhipu AI", "subsidiaryOf", "Tencent") in set(facts_of(ex, "subsidiaryOf"))


def test_a_unit_named_with_its_registered_body_and_no_place_tail(extract_text):
    ex = extract_text("Wang Lei is a professor at the School of Automation Science and Engineering of Zhipu AI. "
                      "Zorvan Lee took a PhD at the Zorvex Technologies Institute of Baidu in Beijing.")
    kinds = names_types(ex)
    assert kinds.get("School of Automation Science and Engineering") == "ResearchInstitution", kinds
    assert "Zorvex Technologies Institute" in kinds and not any(" in Beijing" in n for n in kinds), kinds
    facts = set(facts_of(ex, "subsidiaryOf"))
    assert ("School of Automation Science and Engineering", "subsidiaryOf", "Zhipu AI") in facts, facts


def test_a_footer_menu_and_copyright_line_name_the_publication(extract_text):
    ex = extract_text("About Zorvex Pulse | Contact | Advertise\n© 2024 Qorvane Newsroom. All rights reserved.\n"
                      "About Us | Careers\nCopyright © 2025 All Rights Reserved")
    kinds = names_types(ex)
    assert kinds.get("Zorvex Pulse") == "Organization" and kinds.get("Qorvane Newsroom") == "Organization", kinds
    assert not any(n in kinds for n in ("Us", "United States", "Rights Reserved", "All Rights Reserved")), kinds


def test_an_opening_founded_by_clause_names_the_subjects_founder(extract_text):
    ex = extract_text("Founded by Peking University researcher Wang Lei, Kuaishou builds robots. "
                      "Led by Zorvan Lee, a former Baidu scientist, Zhipu AI open-sourced Hunyuan-T1.")
    facts = {(a, o) for a, _, o in facts_of(ex, "affiliatedWith")}
    assert {("Wang Lei", "Kuaishou"), ("Zorvan Lee", "Zhipu AI")} <= facts, facts


def test_a_hyphenated_language_or_made_adjective_is_no_name(extract_text):
    ex = extract_text("Zorvex-9, an Indonesian-language model released in November 2024 by Tencent, is open. "
                      "Kuaishou sells a Chinese-made chip and an English-language app.", "2025-01-10")
    kinds = names_types(ex)
    assert not any(n.endswith(("-language", "-made")) for n in kinds), kinds
    assert ("Zorvex-9", "releaseDate", "2024-11") in set(facts_of(ex, "releaseDate")), facts_of(ex, "releaseDate")


def test_a_publication_name_holding_a_place_is_one_mention_everywhere(extract_text):
    ex = extract_text("Zorvexwire Beijing | Grid · Storage\n\nTencent met.\nAbout Zorvexwire Beijing | Advertise | Contact")
    assert names_types(ex).get("Zorvexwire Beijing") == "Organization" and "Beijing" not in names_types(ex), names_types(ex)


def test_the_parties_of_a_pact_named_in_the_next_sentence_issue_it(extract_text):
    ex = extract_text("Beijing wants faster deliveries under the trade agreement between Tencent, Baidu and Kuaishou. "
                      "In the agreement, known as the Zorvex Accord, Tencent will sell chips.")
    facts = set(facts_of(ex, "issuedBy"))
    assert {("Zorvex Accord", "issuedBy", x) for x in ("Tencent", "Baidu", "Kuaishou")} <= facts, facts
    # (a pact named in the same sentence as an unrelated list is not theirs)
    other = set(facts_of(extract_text("Tencent, Baidu and Kuaishou met. In the agreement, known as the Zorvex Accord, Tencent sells chips."), "issuedBy"))
    assert ("Zorvex Accord", "issuedBy", "Baidu") not in other, other


def test_hosts_named_after_a_description_fitted_with_and_extended_deals(extract_text):
    ex = extract_text("Hunyuan-T1 now powers our own app, ERNIE Bot. The models run on Z100 servers fitted with Qorlix-Turbo chips.\n"
                      "Tencent and Baidu extend radio deal\nKuaishou worked with snack brands Zhipu AI and Baidu.")
    facts = set(facts_of(ex, "integratedInto"))
    assert {("Hunyuan-T1", "integratedInto", "ERNIE Bot"), ("Qorlix-Turbo", "integratedInto", "Z100")} <= facts, facts
    partners = {frozenset((a, b)) for a, _, b in facts_of(ex, "partnerOf")}
    assert {frozenset(("Tencent", "Baidu")), frozenset(("Kuaishou", "Zhipu AI"))} <= partners, partners


def test_a_model_hub_card_release_line_and_its_counters(extract_text):
    ex = extract_text("2  tencent/Hunyuan-T1\n   Uploader: Tencent · Text Generation · 1T MoE · Modified MIT\n"
                      "   Released 2025-11-06 · Downloads 198.3k · Likes 2.9k\n\n3  baidu/Qorlix-Turbo\n   Uploader: Baidu · 355B · MIT\n"
                      "   Released 2025-12-22 · Downloads 176.0k", "2026-02-11")
    dates = set(facts_of(ex, "releaseDate"))
    assert {("Hunyuan-T1", "releaseDate", "2025-11-06"), ("Qorlix-Turbo", "releaseDate", "2025-12-22")} <= dates, dates
    kinds = names_types(ex)
    assert not any(n.startswith(("Downloads", "Likes")) or "Massachusetts" in n for n in kinds), kinds


def test_an_mit_licence_is_not_the_institute():
    from extractors.gazetteer import Gazetteer
    from kg.registry import RegistryEntry

    g = Gazetteer([RegistryEntry("MIT", "Massachusetts Institute of Technology", "ResearchInstitution", aliases=("MIT",))])
    found = [m.start for m in g.find("Weights: Modified MIT\nSize: 355B · MIT\nUnder the MIT licence.\nShe studied at MIT.")]
    assert len(found) == 1, found


def test_a_possessive_list_does_not_reach_a_unit_the_registry_gives_another_parent(extract_text):
    facts = set(facts_of(extract_text("Tencent's Zorvex Cloud and Alibaba Cloud have raised prices."), "subsidiaryOf"))
    assert ("Alibaba Cloud", "subsidiaryOf", "Tencent") not in facts, facts


def test_the_challenge_or_festival_stands_for_the_event_before(extract_text):
    ex = extract_text("Five students won the 2026 Zorvex Embodied AI Challenge in Beijing. The challenge was organised by MIIT, "
                      "with Tencent as co-organiser.")
    facts = set(facts_of(ex, "involves"))
    assert {("2026 Zorvex Embodied AI Challenge", "involves", "Ministry of Industry and Information Technology"),
            ("2026 Zorvex Embodied AI Challenge", "involves", "Tencent")} <= facts, facts


def test_a_which_clause_counting_clients(extract_text):
    facts = {frozenset((a, b)) for a, _, b in facts_of(extract_text("Tencent, which counts Baidu and Kuaishou among its clients, grew."), "partnerOf")}
    assert {frozenset(("Tencent", "Baidu")), frozenset(("Tencent", "Kuaishou"))} <= facts, facts


def test_a_product_rebuilt_around_a_model_and_both_its_own_wired_in(extract_text):
    ex = extract_text("Tencent rebuilt its ERNIE Bot browser around its own Hunyuan-T1 family. Baidu wired both its own "
                      "Qorlix-Turbo and Hunyuan-T1 into its Z100 assistant. Baidu released Zorvex-9, which the company "
                      "distilled from its larger Qorlix-Turbo.")
    facts = set(facts_of(ex, "integratedInto"))
    assert {("Hunyuan-T1", "integratedInto", "ERNIE Bot"), ("Qorlix-Turbo", "integratedInto", "Z100")} <= facts, facts
    assert ("Zorvex-9", "basedOn", "Qorlix-Turbo") in set(facts_of(ex, "basedOn"))


def test_a_body_another_controls_and_one_of_its_offices(extract_text):
    ex = extract_text("Tencent also controls Kuaishou. Quorvane Research Center, one of MIIT's local offices, said so. "
                      "Baidu owns a stake in Zhipu AI.")
    facts = set(facts_of(ex, "subsidiaryOf"))
    assert {("Kuaishou", "subsidiaryOf", "Tencent"),
            ("Quorvane Research Center", "subsidiaryOf", "Ministry of Industry and Information Technology")} <= facts, facts
    assert ("Zhipu AI", "subsidiaryOf", "Baidu") not in facts


def test_built_and_run_by_a_state_owned_group_a_publication_of_and_a_headline_unit(extract_text):
    ex = extract_text("Quorvane Research Center, built and run by the state-owned Tencent, opened. Zorvex Ledger is an "
                      "independent publication of Baidu.\nKuaishou subsidiary Zhipu AI expands line in Beijing")
    facts = set(facts_of(ex, "subsidiaryOf"))
    assert {("Quorvane Research Center", "subsidiaryOf", "Tencent"), ("Zorvex Ledger", "subsidiaryOf", "Baidu"),
            ("Zhipu AI", "subsidiaryOf", "Kuaishou")} <= facts, facts


def test_both_already_on_the_list(extract_text):
    ex = extract_text("Unlike Tencent and Baidu, both already on the Zorvex Entity List, Kuaishou grew.")
    facts = set(facts_of(ex, "targets"))
    assert {("Zorvex Entity List", "targets", "Tencent"), ("Zorvex Entity List", "targets", "Baidu")} <= facts, facts


def test_issuers_after_an_unnamed_possessor_and_a_campaign_run_by(extract_text):
    ex = extract_text("The Zorvex Plan, which the Communist Party's State Council and MIIT issued in January, sets goals. "
                      "He cited the Qorvane Action Plan, run by Kuaishou alone last April.")
    facts = set(facts_of(ex, "issuedBy"))
    assert {("Zorvex Plan", "issuedBy", "State Council"), ("Qorvane Action Plan", "issuedBy", "Kuaishou")} <= facts, facts


def test_another_firms_veteran_in_apposition(extract_text):
    facts = {(a, o) for a, _, o in facts_of(extract_text("Wang Lei, another Tencent veteran, joined Baidu."), "affiliatedWith")}
    assert ("Wang Lei", "Tencent") in facts, facts


def test_a_student_who_entered_a_university(extract_text):
    ex = extract_text("Wang Lei entered the Quorvane Research Center in 1973.")
    assert ("Wang Lei", "affiliatedWith", "Quorvane Research Center") in set(facts_of(ex, "affiliatedWith"))
    assert any(f.role == "student" for f in ex.facts if f.predicate == "affiliatedWith")


def test_a_vp_line_a_plan_naming_places_after_its_years_and_one_founder_of_a_list(extract_text):
    ex = extract_text("Wang Lei, VP of Engineering, Tencent\n\nThe Zorvex Action Plan (2025-2027), names Beijing as a pilot city "
                      "for pilots. Kuaishou raised money from Baidu, Zhipu AI and Tencent founder Zorvan Lee.")
    aff = {(a, o) for a, _, o in facts_of(ex, "affiliatedWith")}
    assert ("Wang Lei", "Tencent") in aff and ("Zorvan Lee", "Tencent") in aff, aff
    assert ("Zorvan Lee", "Baidu") not in aff and ("Zorvan Lee", "Zhipu AI") not in aff, aff
    assert ("Zorvex Action Plan", "targets", "Beijing") in set(facts_of(ex, "targets")), facts_of(ex, "targets")


def test_further_deals_signed_in_one_sentence_and_co_signers_are_not_partners(extract_text):
    ex = extract_text("Tencent signed a research agreement with Baidu, a reseller agreement with Kuaishou and a memorandum "
                      "with Zhipu AI. Zhipu AI signed a memorandum in April with Baidu. Kuaishou and Baidu signed route "
                      "agreements with Tencent.")
    facts = {frozenset((a, b)) for a, _, b in facts_of(ex, "partnerOf")}
    assert {frozenset(("Tencent", x)) for x in ("Baidu", "Kuaishou", "Zhipu AI")} <= facts, facts
    assert frozenset(("Zhipu AI", "Baidu")) in facts and frozenset(("Kuaishou", "Baidu")) not in facts, facts


def test_models_shown_at_an_event_by_an_unnamed_subject_a_relative_clause_or_a_participle(extract_text):
    ex = extract_text("Last month, at the Zorvex AI Summit, the lab released Qorlix-Turbo. Hunyuan-T1, the reasoning model "
                      "that Tencent showed at the Zorvex AI Summit in May, ships today. Kuaishou also had Zorvex Vision 2, a "
                      "video model, shown in July at the Zorvex AI Summit, and Zorvex Voice 3, released in March and shown at "
                      "the Zorvex AI Summit in June.")
    got = {o for _, _, o in facts_of(ex, "involves")}
    assert {"Qorlix-Turbo", "Hunyuan-T1", "Tencent", "Zorvex Vision 2", "Zorvex Voice 3"} <= got, got


def test_a_body_that_deploys_a_model_or_integrates_it_into_an_unnamed_tool_hosts_it(extract_text):
    ex = extract_text("The Ministry of Industry and Information Technology has already integrated Qorlix-Turbo into the desk "
                      "software its staff use. Kuaishou said last month that it had deployed Hunyuan-T1 for support. "
                      "Baidu will integrate Qorlix-Turbo into its Zorvex Desk app.")
    got = {(a, o) for a, _, o in facts_of(ex, "integratedInto")}
    assert {("Qorlix-Turbo", "Ministry of Industry and Information Technology"), ("Hunyuan-T1", "Kuaishou")} <= got, got
    assert ("Qorlix-Turbo", "Baidu") not in got, got


def test_a_person_introduced_as_its_founder_belongs_to_the_firm_the_text_is_about(extract_text):
    ex = extract_text("Zorvex Technologies makes inference chips. Last month it launched the Z100. We spoke to Wang Lei, its "
                      "co-founder and chief technology officer, who spent nine years at Baidu.")
    got = {(a, o) for a, _, o in facts_of(ex, "affiliatedWith")}
    assert ("Wang Lei", "Zorvex Technologies") in got and ("Wang Lei", "Baidu") in got, got


def test_career_moves_founders_past_a_place_and_a_city_before_a_firm(extract_text):
    ex = extract_text("Wang Lei left Tencent's Zorvex Lab in 2021 to found Zorvex Technologies. Zorvan Lee interned at Baidu as a "
                      "student before founding Kuaishou. Qorvex Technologies, set up in Beijing last year by Zhang Wei, makes "
                      "chips. Li Na, a partner at Beijing law firm Zorvex & Partners, said so.")
    got = {(a, o) for a, _, o in facts_of(ex, "affiliatedWith")}
    assert {("Wang Lei", "Zorvex Technologies"), ("Wang Lei", "Tencent"), ("Zorvan Lee", "Kuaishou"),
            ("Zhang Wei", "Qorvex Technologies"), ("Li Na", "Zorvex & Partners")} <= got, got
    assert ("Li Na", "Beijing") not in got and ("Zhang Wei", "Beijing") not in got, got


def test_its_customers_include_and_a_renewed_cooperation_are_partners(extract_text):
    ex = extract_text("Zorvex Technologies makes chips. Its customers include Baidu and Kuaishou. Tencent renewed its cooperation "
                      "with Zhipu AI on speech research. Its backers include Alibaba Cloud.")
    got = {frozenset((a, o)) for a, _, o in facts_of(ex, "partnerOf")}
    assert {frozenset(("Zorvex Technologies", "Baidu")), frozenset(("Zorvex Technologies", "Kuaishou")),
            frozenset(("Tencent", "Zhipu AI"))} <= got, got
    assert not any("Alibaba Cloud" in p for p in got), got


def test_bases_given_by_an_object_pronoun_a_fine_tune_and_a_clause_with_a_unit_as_subject(extract_text):
    ex = extract_text("Baidu released Zorvex-7B in May. The firm fine-tuned it from Qorlix-Turbo. We trained it on Z100 servers. "
                      "Zorvex-9B, which the unit trained on top of Tencent's Hunyuan-T1, is out. Kuaishou released Zorvex-R, "
                      "a reasoning version of Zorvex-9B.")
    got = {(a, o) for a, _, o in facts_of(ex, "basedOn")}
    assert {("Zorvex-7B", "Qorlix-Turbo"), ("Zorvex-9B", "Hunyuan-T1"), ("Zorvex-R", "Zorvex-9B")} <= got, got
    assert ("Zorvex-7B", "Z100") not in got, got


def test_a_rival_name_before_a_product_head_is_a_product_not_a_firm(extract_text):
    types = names_types(extract_text("Tencent, which makes the rival Zorvex Homework app, said so. The startup Qorvex Robotics grew."))
    assert types.get("Zorvex Homework") == "Product" and types.get("Qorvex Robotics") == "Company", types


def test_a_five_word_name_before_research_center_is_one_institution(extract_text):
    types = names_types(extract_text("Wang Lei joined the National Zorvex System Engineering Research Center last year."))
    assert types.get("National Zorvex System Engineering Research Center") == "ResearchInstitution", types


def test_lists_past_an_apposition_bought_into_and_both_received_funding(extract_text):
    ex = extract_text("Zorvex Technologies has raised money from Tencent, the games giant, and from Baidu. Kuaishou's largest "
                      "investors are Alibaba Cloud, which led its 2024 round, and Zhipu AI. Tencent bought into Zhipu AI. "
                      "Qorvex Technologies and Quorvane Research Center both received early funding from Baidu. Zorvex-9B "
                      "was built by Kuaishou, its model unit, and Tencent launched Hunyuan-T1.")
    inv = {(a, o) for a, _, o in facts_of(ex, "investedIn")}
    assert {("Tencent", "Zorvex Technologies"), ("Baidu", "Zorvex Technologies"), ("Alibaba Cloud", "Kuaishou"), ("Zhipu AI", "Kuaishou"),
            ("Tencent", "Zhipu AI"), ("Baidu", "Qorvex Technologies"), ("Baidu", "Quorvane Research Center")} <= inv, inv
    assert ("Zhipu AI", "subsidiaryOf", "Tencent") not in set(facts_of(ex, "subsidiaryOf")), facts_of(ex, "subsidiaryOf")
    dev = set(facts_of(ex, "developer"))
    assert ("Zorvex-9B", "developer", "Kuaishou") in dev and ("Zorvex-9B", "developer", "Tencent") not in dev, dev


def test_a_possessor_in_apposition_a_product_that_runs_on_a_model_and_hardware_rented_from_a_site(extract_text):
    ex = extract_text("The list came from the Zorvex Municipal Bureau, the MIIT's local arm in the capital. Tencent sells the "
                      "Z100 that also runs on Qorlix-Turbo. Kuaishou rents Zorvex X9 accelerators from Baidu's local data centre.")
    assert ("Zorvex Municipal Bureau", "subsidiaryOf", "Ministry of Industry and Information Technology") in set(facts_of(ex, "subsidiaryOf"))
    assert ("Qorlix-Turbo", "integratedInto", "Z100") in set(facts_of(ex, "integratedInto"))
    assert ("Zorvex X9", "developer", "Baidu") not in set(facts_of(ex, "developer"))


def test_a_firms_one_word_short_name_is_the_firm_though_a_person_is_written_with_its_syllables_apart(extract_text):
    ex = extract_text("Qiyuan Aero Intelligence makes tools. Qiyuan's chief executive, Wang Lei, said so.")
    assert ("Wang Lei", "affiliatedWith", "Qiyuan Aero Intelligence") in set(facts_of(ex, "affiliatedWith")), facts_of(ex, "affiliatedWith")


def test_who_led_a_round_of_a_firm_together_with_others_and_a_model_released_at_a_used_event(extract_text):
    ex = extract_text("Tencent led the Series B of Zhipu AI together with Baidu and Kuaishou. In 2024 we led the Series A of "
                      "Zorvex Technologies, a chip maker in Beijing, together with Alibaba Cloud. Quorvane Research Center used "
                      "the Zorvex AI Summit to release Qorlix-Turbo.")
    inv = {(a, o) for a, _, o in facts_of(ex, "investedIn")}
    assert {("Tencent", "Zhipu AI"), ("Baidu", "Zhipu AI"), ("Kuaishou", "Zhipu AI"), ("Alibaba Cloud", "Zorvex Technologies")} <= inv, inv
    assert ("Tencent", "Baidu") not in inv and not facts_of(ex, "partnerOf"), (inv, facts_of(ex, "partnerOf"))
    assert ("Zorvex AI Summit", "involves", "Qorlix-Turbo") in set(facts_of(ex, "involves"))


def test_shareholders_in_apposition_an_indefinite_round_with_an_amount_and_a_role_after_a_clause(extract_text):
    ex = extract_text("Tencent and Baidu, both long-time Kuaishou shareholders, declined to comment. Zorvex Technologies makes "
                      "arms. A 1.2 billion yuan round was led by Alibaba Cloud, with Zhipu AI joining. Wang Lei, who ran the "
                      "hardware division for six years, becomes Zorvex Technologies' chief executive.")
    inv = {(a, o) for a, _, o in facts_of(ex, "investedIn")}
    assert {("Tencent", "Kuaishou"), ("Baidu", "Kuaishou"), ("Alibaba Cloud", "Zorvex Technologies"), ("Zhipu AI", "Zorvex Technologies")} <= inv, inv
    assert ("Wang Lei", "affiliatedWith", "Zorvex Technologies") in set(facts_of(ex, "affiliatedWith"))


def test_staff_of_bodies_that_help_a_body_and_a_chip_taped_out_by_its_designer(extract_text):
    ex = extract_text("The ministry met on Monday. Clinicians from Baidu and Quorvane Research Center helped the Ministry of "
                      "Industry and Information Technology draft the text. Zorvex Semiconductor taped out the Zorvex X20 chip "
                      "in February. Tencent, working with researchers from Kuaishou and Zhipu AI, published Qorlix.")
    part = {frozenset((a, o)) for a, _, o in facts_of(ex, "partnerOf")}
    miit = "Ministry of Industry and Information Technology"
    assert {frozenset(("Baidu", miit)), frozenset(("Quorvane Research Center", miit))} <= part, part
    assert frozenset(("Kuaishou", "Zhipu AI")) not in part, part
    assert ("Zorvex X20", "developer", "Zorvex Semiconductor") in set(facts_of(ex, "developer"))


def test_a_policys_pilots_and_platforms_its_draft_measures_would_require(extract_text):
    ex = extract_text("The Zorvex Rules were issued in May. The rules will be tried first in three pilot cities: Beijing, "
                      "Shanghai and Shenzhen. The draft measures would require platforms such as Kuaishou and Baidu to flag media.")
    got = {o for _, _, o in facts_of(ex, "targets")}
    assert {"Beijing", "Kuaishou", "Baidu"} <= got, got


def test_a_firm_named_with_its_parent(extract_text):
    ex = extract_text("Zorvex Technologies, and its parent, Qorvex Holdings, declined to comment.")
    assert ("Zorvex Technologies", "subsidiaryOf", "Qorvex Holdings") in set(facts_of(ex, "subsidiaryOf")), facts_of(ex, "subsidiaryOf")


def test_cards_and_quantum_computers_are_products_with_dates_but_a_model_card_and_a_pcie_card_are_not(extract_text):
    ex = extract_text("Tencent launched the Zorvex S60 card in 2023. Baidu unveiled the Zorvex Wukong quantum computer in "
                      "January 2024. The Qorvex-20B model card lists its data. Kuaishou sells a PCIe card built around GDDR6.")
    types = names_types(ex)
    assert types.get("Zorvex S60") == "Product" and types.get("Zorvex Wukong") == "Product", types
    assert types.get("Qorvex-20B") == "AIModel" and "PCIe" not in types and "GDDR6" not in types, types
    dates = {(a, o) for a, _, o in facts_of(ex, "releaseDate")}
    assert {("Zorvex S60", "2023"), ("Zorvex Wukong", "2024-01")} <= dates, dates


def test_a_release_date_in_brackets_after_a_head_noun_or_a_description(extract_text):
    ex = extract_text("Tencent | Z100 robot (launched in April last year)\nBaidu | Qorlix-Turbo (open-weight model, released July 2025); "
                      "Kuaishou climbs (April 2025)", "2025-06-01")
    dates = {(a, o) for a, _, o in facts_of(ex, "releaseDate")}
    assert {("Z100", "2024-04"), ("Qorlix-Turbo", "2025-07")} <= dates, dates


def test_a_product_out_or_on_sale_since_a_date(extract_text):
    ex = extract_text("Baidu competes with Tencent's Hunyuan-T1, out since the end of September. The Z100, a robot from Tencent, "
                      "has been on sale since last year.", "2025-11-20")
    dates = {(a, o) for a, _, o in facts_of(ex, "releaseDate")}
    assert {("Hunyuan-T1", "2025-09"), ("Z100", "2024")} <= dates, dates


def test_a_scheme_it_launched_in_a_month(extract_text):
    ex = extract_text("The bureau handed out vouchers under the Zorvex Voucher Programme, a scheme it launched in September "
                      "together with the finance bureau.", "2025-11-20")
    assert ("Zorvex Voucher Programme", "date", "2025-09") in set(facts_of(ex, "date")), facts_of(ex, "date")


def test_a_writer_who_holds_the_copyright_stays_a_person(extract_text):
    ex = extract_text("Kenji Marsh · August 19, 2025 · 9 min read\n\nTencent released Hunyuan-T1.\n\n© 2025 Kenji Marsh · Built with Hugo\n\n"
                      "By Rachel Ambrose | Jun 10, 2025\n\nBaidu grew.\n\n(c) 2025 Rachel Ambrose. Published on a newsletter platform.")
    types = names_types(ex)
    assert types.get("Kenji Marsh") == "Person" and types.get("Rachel Ambrose") == "Person", types


def test_a_firm_name_with_an_ampersand_but_not_a_section_heading(extract_text):
    types = names_types(extract_text("© 2025 Harbor & Byte Media Ltd. All rights reserved.\n\nCloud & AI\n\nWhitcombe & Lane LLP advised Tencent."))
    assert types.get("Harbor & Byte Media") == "Company" and types.get("Whitcombe & Lane LLP") == "Company", types
    assert not any("&" in n and n.endswith("AI") for n in types), types


def test_a_publication_that_is_a_title_of_a_media_group(extract_text):
    ex = extract_text("Zorvex Weekly is a title of Zorvex Media Group, Singapore.")
    assert ("Zorvex Weekly", "subsidiaryOf", "Zorvex Media Group") in set(facts_of(ex, "subsidiaryOf")), facts_of(ex, "subsidiaryOf")


def test_a_directory_entry_ruled_off_by_dashes_names_the_maker_of_its_products(extract_text):
    ex = extract_text("TENANT DIRECTORY\n\n------------------------------\nBuilding B, 6F\nZorvex Microsystems\nCategory: Chips\n"
                      "Low-power chips. The Qorvex X1 vision chip went on sale in 2025.\nProducts: Qorvex X1\nIn the park since: 2023\n\n"
                      "------------------------------\n"
                      "Building C, 2F\nBaidu\nCategory: Models\nProducts: Qorlix-Turbo\n")
    dev = set(facts_of(ex, "developer"))
    assert ("Qorvex X1", "developer", "Zorvex Microsystems") in dev, dev
    assert ("Qorvex X1", "developer", "Baidu") not in dev, dev


def test_they_after_two_people_stands_for_both_but_not_for_firms(extract_text):
    ex = extract_text("Wang Lei and Zhang Wei spent years at Baidu, the search giant. In 2023 they resigned and founded Zorvex "
                      "Technologies, a start-up. Tencent and Kuaishou grew. They founded Qorvex Technologies.")
    aff = {(a, o) for a, _, o in facts_of(ex, "affiliatedWith")}
    assert {("Wang Lei", "Zorvex Technologies"), ("Zhang Wei", "Zorvex Technologies")} <= aff, aff
    assert not any(o == "Qorvex Technologies" for _, o in aff), aff


def test_a_products_name_before_a_firm_only_suffix_is_a_firm_of_its_own(extract_text):
    types = names_types(extract_text("Qorlix-Turbo Robotics builds arms. Wang Lei, chief executive of Qorlix-Turbo Robotics, said so."))
    assert types.get("Qorlix-Turbo Robotics") == "Company", types


def test_a_firm_picked_for_a_job_and_a_publication_that_is_a_title_in_apposition(extract_text):
    ex = extract_text("Kuaishou picks Baidu for core-system migration. Zorvex Wire, a title of Zorvex Media Group, reported it. "
                      "Tencent picked Baidu's model.")
    part = {frozenset((a, o)) for a, _, o in facts_of(ex, "partnerOf")}
    assert frozenset(("Kuaishou", "Baidu")) in part and frozenset(("Tencent", "Baidu")) not in part, part
    assert ("Zorvex Wire", "subsidiaryOf", "Zorvex Media Group") in set(facts_of(ex, "subsidiaryOf"))


def test_a_subsidiary_that_is_also_a_partner_of_another_firm(extract_text):
    ex = extract_text("Zorvex Technologies is a subsidiary of Tencent (HKEX: 0700) and a strategic partner of Baidu.")
    assert ("Zorvex Technologies", "subsidiaryOf", "Tencent") in set(facts_of(ex, "subsidiaryOf"))
    part = {frozenset((a, o)) for a, _, o in facts_of(ex, "partnerOf")}
    assert frozenset(("Zorvex Technologies", "Baidu")) in part and frozenset(("Tencent", "Baidu")) not in part, part


def test_a_firm_described_in_apposition_that_uses_a_model_for_its_work(extract_text):
    ex = extract_text("Kuaishou, the Beijing video group, has used Qorlix-Turbo in its catalyst research since last autumn.")
    assert ("Qorlix-Turbo", "integratedInto", "Kuaishou") in set(facts_of(ex, "integratedInto")), facts_of(ex, "integratedInto")


def test_a_new_version_of_a_two_word_product_the_registry_knows(extract_text):
    ex = extract_text("Tencent makes driving software. QorvexRoute IO 2.0, the company's driving system for cars, ships in May.", "2025-08-20")
    types = names_types(ex)
    assert types.get("QorvexRoute IO 2.0") == "Product" and "QorvexRoute IO" not in types, types


def test_a_bodys_lower_case_title_in_apposition_and_a_second_title_after_and(extract_text):
    ex = extract_text("Speakers: Zorvan Lee, Quorvane Research Center professor and chief scientist of Zhipu AI; Qi Yuan, Tencent engineer. "
                      "Present were Kuaishou founder Wang Lei, Baidu chief executive Zorvex Chen and others.")
    aff = set(facts_of(ex, "affiliatedWith"))
    assert {("Zorvan Lee", "affiliatedWith", "Quorvane Research Center"), ("Zorvan Lee", "affiliatedWith", "Zhipu AI"),
            ("Qi Yuan", "affiliatedWith", "Tencent")} <= aff, aff
    assert ("Wang Lei", "affiliatedWith", "Baidu") not in aff, aff


def test_a_data_firms_name_without_its_suffix_is_the_same_firm(extract_text):
    ex = extract_text("Lanxun Data, a Beijing company that reads contracts, merged with Kuaishou's unit. Lanxun's founder, Qi Yuan, "
                      "becomes chief technology officer.")
    assert ("Qi Yuan", "affiliatedWith", "Lanxun Data") in set(facts_of(ex, "affiliatedWith")), facts_of(ex, "affiliatedWith")


def test_a_body_that_runs_a_model_somewhere_hosts_it_but_its_maker_does_not(extract_text):
    ex = extract_text("Kuaishou runs Hunyuan-T1 on servers in its branches. Baidu, the search group, uses Qorlix-Turbo for enzyme engineering. "
                      "Tencent runs Qorlix-Turbo on its own servers. Alibaba Cloud runs a quantised copy of ERNIE Bot.")
    hosts = set(facts_of(ex, "integratedInto"))
    assert {("Hunyuan-T1", "integratedInto", "Kuaishou"), ("Qorlix-Turbo", "integratedInto", "Baidu"),
            ("ERNIE Bot", "integratedInto", "Alibaba Cloud")} <= hosts, hosts
    assert ("Qorlix-Turbo", "integratedInto", "Tencent") not in hosts, hosts


def test_a_sayer_after_a_model_head_and_a_comma_is_not_a_model(extract_text):
    ex = extract_text("Zorvex Intelligence builds maintenance tools. The tool does not use GPT-4o or any other foreign model, Zorvex said. "
                      "Zorvex's chief executive, Qi Yuan, spoke.")
    assert names_types(ex).get("Zorvex") != "AIModel", names_types(ex)
    assert ("Qi Yuan", "affiliatedWith", "Zorvex Intelligence") in set(facts_of(ex, "affiliatedWith")), facts_of(ex, "affiliatedWith")


def test_a_pinyin_name_before_data_is_a_firm_but_big_data_is_not(extract_text):
    ex = extract_text("Lanxun Data released Lanxun-Seg, a segmentation model, in May. Hefei Big Data said the market grew.")
    types = names_types(ex)
    assert types.get("Lanxun Data") == "Company" and "Hefei Big Data" not in types, types
    assert ("Lanxun-Seg", "developer", "Lanxun Data") in set(facts_of(ex, "developer")), facts_of(ex, "developer")


def test_a_bodys_main_product_is_its_own(extract_text):
    ex = extract_text("Kuaishou's main product is Zorvex Studio, a no-code tool. Baidu's biggest customer is Tencent.")
    assert ("Zorvex Studio", "developer", "Kuaishou") in set(facts_of(ex, "developer")), facts_of(ex, "developer")


def test_a_persons_age_in_commas_does_not_break_what_follows(extract_text):
    ex = extract_text("Zhipu AI was founded by Wang Lei. Wang, 44, who is Kuaishou's chief executive, spent eleven years at Baidu. "
                      "Qi Yuan, 41, spent a decade at Tencent.")
    aff = set(facts_of(ex, "affiliatedWith"))
    assert {("Wang Lei", "affiliatedWith", "Kuaishou"), ("Wang Lei", "affiliatedWith", "Baidu"),
            ("Qi Yuan", "affiliatedWith", "Tencent")} <= aff, aff


def test_each_model_of_a_list_keeps_the_maker_the_registry_knows(extract_text):
    ex = extract_text("Kuaishou's app lets users switch between Tencent's own Qorlix-Turbo and Qwen, which Alibaba Cloud released in March.")
    dev = set(facts_of(ex, "developer"))
    assert ("Qorlix-Turbo", "developer", "Tencent") in dev and ("Qwen", "developer", "Alibaba Cloud") in dev, dev
    assert not {("Qwen", "developer", "Tencent"), ("Qorlix-Turbo", "developer", "Alibaba Cloud")} & dev, dev


def test_a_charts_models_named_column_names_what_each_app_runs(extract_text):
    text = ("Top AI apps this week\n\n| # | App | Developer | Models named |\n|---|---|---|---|\n"
            "| 1 | ERNIE Bot | Baidu | Qorlix-Turbo |\n| 2 | Z100 | Tencent | Qwen |\n")
    hosts = set(facts_of(extract_text(text), "integratedInto"))
    assert {("Qorlix-Turbo", "integratedInto", "ERNIE Bot"), ("Qwen", "integratedInto", "Z100")} <= hosts, hosts


def test_a_firm_that_holds_no_stake_has_not_invested(extract_text):
    ex = extract_text("Tencent holds no stake in Zhipu AI, and the founders call it a rival. Baidu holds a stake in Kuaishou.")
    inv = set(facts_of(ex, "investedIn"))
    assert ("Tencent", "investedIn", "Zhipu AI") not in inv and ("Baidu", "investedIn", "Kuaishou") in inv, inv


def test_an_ai_assisted_platform_is_no_product_named_ai_assisted(extract_text):
    ex = extract_text("Every flight is tracked through an AI-assisted city platform run by the State Council. Tencent sells an AI-powered assistant.")
    types = names_types(ex)
    assert "AI-assisted" not in types and "AI-powered" not in types, types


def test_two_people_who_left_a_firm_both_worked_there(extract_text):
    ex = extract_text("When Wang Lei and Qi Yuan left Baidu in the spring of 2021, the chip unit was in trouble.")
    aff = set(facts_of(ex, "affiliatedWith"))
    assert {("Wang Lei", "affiliatedWith", "Baidu"), ("Qi Yuan", "affiliatedWith", "Baidu")} <= aff, aff


def test_a_partner_after_an_apposition_and_together_with_developed_it_too(extract_text):
    ex = extract_text("Zorvex-7B was developed by Kuaishou, the Beijing video group, together with the court's own Quorvane Research Center. "
                      "Zorvex-8B was developed by Tencent, its software arm, together with Beijing start-up Zhipu AI.")
    dev = set(facts_of(ex, "developer"))
    assert {("Zorvex-7B", "developer", "Kuaishou"), ("Zorvex-7B", "developer", "Quorvane Research Center"),
            ("Zorvex-8B", "developer", "Zhipu AI")} <= dev, dev
    assert ("Zorvex-8B", "developer", "Beijing") not in dev, dev


def test_a_persons_body_in_brackets_after_the_name(extract_text):
    ex = extract_text("Judges: Zorvan Lee (Quorvane Research Center), Qi Yuan (Tencent) and Wang Lei (Kuaishou).")
    aff = set(facts_of(ex, "affiliatedWith"))
    assert {("Zorvan Lee", "affiliatedWith", "Quorvane Research Center"), ("Qi Yuan", "affiliatedWith", "Tencent"),
            ("Wang Lei", "affiliatedWith", "Kuaishou")} <= aff, aff
    assert ("Qi Yuan", "affiliatedWith", "Kuaishou") not in aff, aff


def test_a_judge_at_a_court_works_there(extract_text):
    ex = extract_text("Qi Yuan, a civil-division judge at the Beijing Internet Court, said the tool helps.")
    assert ("Qi Yuan", "affiliatedWith", "Beijing Internet Court") in set(facts_of(ex, "affiliatedWith")), facts_of(ex, "affiliatedWith")


def test_a_model_integrated_into_a_two_word_part_of_a_product(extract_text):
    ex = extract_text("Tencent has already integrated Qwen into the control software of the Z100.")
    assert ("Qwen", "integratedInto", "Z100") in set(facts_of(ex, "integratedInto")), facts_of(ex, "integratedInto")


def test_a_model_that_runs_in_a_product_or_comes_preinstalled_on_it(extract_text):
    ex = extract_text("On the road, Qwen runs in the Z100. Qorlix-Turbo comes preinstalled on the Qorvane Vessel.")
    hosts = set(facts_of(ex, "integratedInto"))
    assert {("Qwen", "integratedInto", "Z100"), ("Qorlix-Turbo", "integratedInto", "Qorvane Vessel")} <= hosts, hosts


def test_a_person_leaving_one_body_in_early_2023_to_start_or_become_something_at_another(extract_text):
    ex = extract_text("When Wang Lei left Baidu in early 2023 to start Zorvex Labs, he hired ten people. "
                      "Qi Yuan is leaving Tsinghua University to become chief scientist of Kuaishou.")
    aff = set(facts_of(ex, "affiliatedWith"))
    assert {("Wang Lei", "affiliatedWith", "Zorvex Labs"), ("Qi Yuan", "affiliatedWith", "Tsinghua University"),
            ("Qi Yuan", "affiliatedWith", "Kuaishou")} <= aff, aff


def test_a_pages_numbering_is_no_model(extract_text):
    ex = extract_text("[Card 1] Z100\nMaker: Tencent\nLaunched: October 2023\n\nThe assistant answers riders on Lines 1 and 3 and in Hall 5.")
    types = names_types(ex)
    assert not {"Card 1", "Lines 1", "Hall 5"} & set(types), types


def test_an_app_that_has_used_a_model_for_a_task_and_no_employer_before_led_by(extract_text):
    ex = extract_text("Since last year, Z100 has used Qwen, a large language model, to write the summaries. "
                      "The lab, a state-backed institute in Beijing led by director Qi Yuan, released a model.")
    assert ("Qwen", "integratedInto", "Z100") in set(facts_of(ex, "integratedInto")), facts_of(ex, "integratedInto")
    assert ("Qi Yuan", "affiliatedWith", "Beijing") not in set(facts_of(ex, "affiliatedWith")), facts_of(ex, "affiliatedWith")


def test_a_court_case_involves_its_court_and_a_party_named_by_one_word(extract_text):
    ex = extract_text("Lanxun Data sells tools. In Gu v. Lanxun, the Beijing Internet Court on Wednesday ordered the firm to pay 60,000 yuan.")
    inv = set(facts_of(ex, "involves"))
    assert {("Gu v. Lanxun", "involves", "Beijing Internet Court"), ("Gu v. Lanxun", "involves", "Lanxun Data")} <= inv, inv


def test_a_titled_person_who_holds_the_controlling_stake_in_which(extract_text):
    ex = extract_text("Kuaishou has belonged since 2022 to Zorvex Group, in which Tencent founder Qi Yuan holds the controlling stake.")
    assert names_types(ex).get("Zorvex Group") == "Company", names_types(ex)
    assert ("Qi Yuan", "investedIn", "Zorvex Group") in set(facts_of(ex, "investedIn")), facts_of(ex, "investedIn")


def test_a_body_before_led_issued_the_policy(extract_text):
    ex = extract_text("Platforms follow the MIIT-led Zorvex Measures for Chatbot Services of 2023.")
    assert ("Zorvex Measures for Chatbot Services", "issuedBy", "Ministry of Industry and Information Technology") in set(facts_of(ex, "issuedBy")), \
        facts_of(ex, "issuedBy")


def test_speakers_from_firms_and_an_entrant_in_a_contest_take_part_in_the_event(extract_text):
    ex = extract_text("- Zorvex Robot Forum, 5 July, H1 forum stage, with speakers from Tencent, Baidu and Kuaishou\n\n"
                      "In August, a Z100 entered the materials-sorting contest at the Zorvex Robot Games in Beijing.")
    inv = set(facts_of(ex, "involves"))
    assert {("Zorvex Robot Forum", "involves", o) for o in ("Tencent", "Baidu", "Kuaishou")} <= inv, inv
    assert ("Zorvex Robot Games", "involves", "Z100") in inv, inv


def test_a_device_that_runs_on_a_named_processor_holds_it(extract_text):
    ex = extract_text("The Z100 runs on the RDK S100, a robotics computer made by Baidu.")
    assert ("RDK S100", "integratedInto", "Z100") in set(facts_of(ex, "integratedInto")), facts_of(ex, "integratedInto")
    assert ("Z100", "basedOn", "RDK S100") not in set(facts_of(ex, "basedOn")), facts_of(ex, "basedOn")


def test_a_pair_that_signs_a_deal_or_calls_each_other_partners(extract_text):
    part = {frozenset((a, o)) for a, _, o in facts_of(extract_text("Tencent and Kuaishou sign feeder deal\n\nBaidu and Zhipu AI describe each other as strategic partners."), "partnerOf")}
    assert {frozenset(("Tencent", "Kuaishou")), frozenset(("Baidu", "Zhipu AI"))} <= part, part


def test_general_before_hospital_is_no_title_of_a_person(extract_text):
    ex = extract_text("Three hospitals are in the first wave:\n- Zorvex Beijing General Hospital, the group's flagship;\n- Zorvex Children's Hospital.")
    assert "Hospital" not in names_types(ex), names_types(ex)


def test_a_release_date_in_brackets_after_a_longer_head(extract_text):
    ex = extract_text("Kuaishou: Qorlix-Turbo video generation model (opened to public users on 6 June)\n\n"
                      "Baidu: Zorvex-2 open-weight models (released earlier this month)", "2024-06-26")
    dates = set(facts_of(ex, "releaseDate"))
    assert {("Qorlix-Turbo", "releaseDate", "2024-06-06"), ("Zorvex-2", "releaseDate", "2024-06")} <= dates, dates


def test_came_from_a_plants_director_and_a_listings_founder(extract_text):
    ex = extract_text("Qi Yuan, the chief scientist, came from Baidu in 2023. \"It works,\" said Wang Lei, director of the ironmaking plant at "
                      "Kuaishou.\n\n- Zorvex Robotics: founder Zorvan Lee; Series A, 100 million yuan, led by Tencent")
    aff = set(facts_of(ex, "affiliatedWith"))
    assert {("Qi Yuan", "affiliatedWith", "Baidu"), ("Wang Lei", "affiliatedWith", "Kuaishou"),
            ("Zorvan Lee", "affiliatedWith", "Zorvex Robotics")} <= aff, aff


def test_before_that_was_a_researcher_at_and_moved_to_a_firm_as_head(extract_text):
    ex = extract_text("Wang Lei spent five years at Baidu and before that was a researcher at Tencent. "
                      "In 2021 Qi Yuan moved to Kuaishou as head of its technology department. Zorvan Lee moved to Beijing in May.")
    aff = set(facts_of(ex, "affiliatedWith"))
    assert {("Wang Lei", "affiliatedWith", "Baidu"), ("Wang Lei", "affiliatedWith", "Tencent"), ("Qi Yuan", "affiliatedWith", "Kuaishou")} <= aff, aff
    assert ("Zorvan Lee", "affiliatedWith", "Beijing") not in aff, aff


def test_whose_ct_reading_model_names_the_firms_model(extract_text):
    ex = extract_text("The fund backed Kuaishou, whose CT-reading model Zorvex-CT 2 is used in 40 hospitals.")
    assert "CT-reading" not in names_types(ex), names_types(ex)
    assert ("Zorvex-CT 2", "developer", "Kuaishou") in set(facts_of(ex, "developer")), facts_of(ex, "developer")


def test_its_main_product_is_the_product_of_the_firm_before(extract_text):
    ex = extract_text("Zorvex Technology makes speech tools for courts. Its main product is Zorvex Notes, a meeting app.")
    assert ("Zorvex Notes", "developer", "Zorvex Technology") in set(facts_of(ex, "developer")), facts_of(ex, "developer")


def test_a_standards_quoted_title_is_no_firm_and_does_not_hide_its_issuers(extract_text):
    ex = extract_text('The standard, GB 45999-2025 "Cybersecurity Technology — Labeling Method for Content Generated by Artificial '
                      'Intelligence", was released last Friday by the Ministry of Industry and Information Technology (MIIT).')
    assert "Cybersecurity Technology" not in names_types(ex), names_types(ex)
    assert ("GB 45999-2025", "issuedBy", "Ministry of Industry and Information Technology") in set(facts_of(ex, "issuedBy")), facts_of(ex, "issuedBy")


def test_the_model_named_x_is_a_model_at_the_forum(extract_text):
    ex = extract_text("The model, named Zorvex-Path, was unveiled last Thursday at the West Lake Zorvex Forum in Beijing.", "2025-03-18")
    assert names_types(ex).get("Zorvex-Path") in ("AIModel", "Product"), names_types(ex)
    assert ("West Lake Zorvex Forum", "involves", "Zorvex-Path") in set(facts_of(ex, "involves")), facts_of(ex, "involves")


def test_a_region_named_with_the_article_is_no_region_at_the_start_of_a_longer_name():
    from extractors.gazetteer import Gazetteer
    from kg.registry import RegistryEntry

    g = Gazetteer([RegistryEntry("West", "Western countries", "Place", aliases=("the West",), case_sensitive=True),
                   RegistryEntry("US", "United States", "Country", aliases=("the US",))])
    found = [m.text for m in g.find("At the West Lake Forum, the US Entity List was discussed; the West responded.")]
    assert found == ["the US", "the West"], found


def test_a_quadruped_or_a_first_product_is_a_product_and_a_product_line_is_none(extract_text):
    ex = extract_text("Zorvex Dynamics' first product, the Zorvex-1 quadruped, went on sale last year. Lanxun Data, a chip designer "
                      "whose first product, the LX-100, was taped out in May, hired Wang Lei, who runs Tencent's PC product line.")
    got = names_types(ex)
    assert got.get("Zorvex-1") == "Product" and got.get("LX-100") == "Product", got
    assert "PC" not in got, got


def test_a_name_developed_by_a_body_is_its_product_and_an_edition_word_stays_in_a_released_name(extract_text):
    ex = extract_text("ZorvexMind was developed by Lanxun Data, the group's technology unit. Robots were built by Tencent. "
                      "Kuaishou open-sourced Zorvex-Talk Lite on Hugging Face last month. Baidu praised Tencent's Qorvix answer engine.")
    got = names_types(ex)
    assert got.get("ZorvexMind") == "Product" and got.get("Lanxun Data") == "Company", got
    assert "Robots" not in got and got.get("Zorvex-Talk Lite") == "AIModel" and got.get("Qorvix") == "Product", got
    dev = set(facts_of(ex, "developer"))
    assert {("ZorvexMind", "developer", "Lanxun Data"), ("Zorvex-Talk Lite", "developer", "Kuaishou")} <= dev, dev


def test_a_name_before_a_firms_possessive_role_is_a_person_and_more_surnames_open_names(extract_text):
    ex = extract_text("Rachel Ng, Tencent's vice president for cloud sales, spoke. Lanxun Data was set up in 2022. "
                      "Lanxun Data's chief executive, Ji Haoran, spent five years at Baidu. Qorvex Studio, Kuaishou's design chief, grew.")
    got = names_types(ex)
    assert got.get("Rachel Ng") == "Person" and got.get("Ji Haoran") == "Person" and got.get("Qorvex Studio") != "Person", got
    aff = set(facts_of(ex, "affiliatedWith"))
    assert {("Rachel Ng", "affiliatedWith", "Tencent"), ("Ji Haoran", "affiliatedWith", "Lanxun Data"), ("Ji Haoran", "affiliatedWith", "Baidu")} <= aff, aff


def test_a_model_that_was_developed_by_a_city_start_up_is_that_firms(extract_text):
    ex = extract_text("Zorvex-7B is a forecasting model that was developed by Beijing start-up Lanxun Data. "
                      "Qorvex-VLA 1.0 was developed by Kuaishou.")
    dev = set(facts_of(ex, "developer"))
    assert {("Zorvex-7B", "developer", "Lanxun Data"), ("Qorvex-VLA 1.0", "developer", "Kuaishou")} <= dev, dev


def test_a_bylines_writers_work_for_the_pages_one_masthead(extract_text):
    ex = extract_text("Seam & Shaft | Mining technology and energy\nHome | Safety | Energy\n\nA methane forecast at a Shanxi mine\n\n"
                      "By Wang Lei, Taiyuan | Wednesday, 25 September 2024\n\nThe mine's model was built by Tencent, the company said.")
    assert names_types(ex).get("Seam & Shaft") == "Organization", names_types(ex)
    assert ("Wang Lei", "affiliatedWith", "Seam & Shaft") in set(facts_of(ex, "affiliatedWith")), facts_of(ex, "affiliatedWith")


def test_a_headline_or_a_section_name_on_the_first_line_is_no_masthead(extract_text):
    ex = extract_text("ANALYSIS\nHome | News | Markets\n\nChina AI Roundup\n\nBy Wang Lei | 25 September 2024\n\nTencent said so.")
    got = names_types(ex)
    assert "ANALYSIS" not in got and "China AI Roundup" not in got, got
    assert not facts_of(ex, "affiliatedWith"), facts_of(ex, "affiliatedWith")


def test_a_model_that_powers_the_companys_app_and_an_agent_that_lives_inside_an_app(extract_text):
    ex = extract_text("Qorlix-Turbo is a 70-billion-parameter text model that powers Zorvex Wenda, the company's chat app. "
                      "Zorvex Lens, a multimodal agent that lives inside the Z100 app, launched on Monday.")
    assert names_types(ex).get("Zorvex Wenda") == "Product", names_types(ex)
    integ = set(facts_of(ex, "integratedInto"))
    assert {("Qorlix-Turbo", "integratedInto", "Zorvex Wenda"), ("Zorvex Lens", "integratedInto", "Z100")} <= integ, integ


def test_a_footers_publication_line_names_the_outlet_before_its_owners_copyright(extract_text):
    # the writer works for the publication, not for the group that owns it and holds the copyright
    text = ("ZORVANE LEDGER\n\nTencent opens a lab\n\nBy Marta Zorvenko · Shenzhen · 23 January 2026\n\n"
            "Tencent opened a robotics lab on Tuesday, the company said.\n\n"
            "Zorvane Ledger is an independent publication of Zorvex Media Group.\n© 2026 Zorvex Media Group · Privacy")
    facts = facts_of(extract_text(text), "affiliatedWith")
    assert ("Marta Zorvenko", "affiliatedWith", "Zorvane Ledger") in facts, facts
    assert ("Marta Zorvenko", "affiliatedWith", "Zorvex Media Group") not in facts
    # with no publication line, the copyright line names the page's outlet
    text = ("Tencent opens a lab\n\nBy Marta Zorvenko | 23 January 2026\n\nTencent opened a robotics lab on Tuesday.\n\n"
            "© 2026 Qorlin Weights")
    assert ("Marta Zorvenko", "affiliatedWith", "Qorlin Weights") in facts_of(extract_text(text), "affiliatedWith")


def test_a_credit_line_naming_the_outlets_shorter_name_still_credits_its_editor(extract_text):
    text = ("Qorlin Post Online | Home | News | Tech\n\nTencent opens a lab\n\n2024-11-21 09:42 | Source: Qorlin Post | Editor: Zorvan Lee\n\n"
            "Tencent opened a robotics lab on Tuesday, the company said.")
    assert ("Zorvan Lee", "affiliatedWith", "Qorlin Post Online") in facts_of(extract_text(text), "affiliatedWith")


def test_a_first_line_in_capitals_over_a_blank_line_is_the_pages_masthead(extract_text):
    text = ("ZORVANE SIGNAL\n\nTencent opens a lab\n\nBy Marta Zorvenko\n\nTencent opened a robotics lab on Tuesday. "
            "Chairman Zorvan Lee called it a long bet.\n\nZorvane Signal covers technology in China.")
    ex = extract_text(text)
    facts = facts_of(ex, "affiliatedWith")
    # named as the page writes it elsewhere, and never the topic a title without a firm belongs to
    assert ("Marta Zorvenko", "affiliatedWith", "Zorvane Signal") in facts, facts
    assert ("Zorvan Lee", "affiliatedWith", "Zorvane Signal") not in facts
    assert names_types(ex)["Zorvane Signal"] == "Organization"
    # a section's name in capitals over the article is no publication
    text = "PEOPLE MOVES\n\nTencent hires a scientist\n\nBy Marta Zorvenko\n\nTencent hired a robotics scientist on Tuesday."
    ex = extract_text(text)
    assert not facts_of(ex, "affiliatedWith")
    assert not any(n.upper() == "PEOPLE MOVES" for n in names_types(ex))


@pytest.mark.parametrize(
    "text,fact",
    [
        # a list of models powers a product
        ("Hunyuan-T1 and Qwen now power the Z100 app.", ("Qwen", "integratedInto", "Z100")),
        # a deal dated between its noun and its partner
        ("Tencent signed a contract on 13 April 2026 with Kuaishou.", ("Tencent", "partnerOf", "Kuaishou")),
        ("Tencent signed memoranda of understanding with Baidu on Monday.", ("Tencent", "partnerOf", "Baidu")),
        # what a sentence whose subject refers back presented at an event
        ("Tencent held its developer day. The company unveiled the Z100 app on Tuesday at the Zorvex Tech Summit 2026.",
         ("Zorvex Tech Summit 2026", "involves", "Z100")),
    ],
)
def test_models_power_deals_dated_and_what_it_showed_at_an_event(extract_text, text, fact):
    assert fact in facts_of(extract_text(text, "2026-05-01"), fact[1])


def test_an_unknown_name_a_registered_firm_owns_is_its_product(extract_text):
    ex = extract_text("The lab screens scans with Tencent's Zorvexa and tunes Baidu's Qorlane-2.5 for triage.")
    types = names_types(ex)
    assert types.get("Zorvexa") == "Product" and types.get("Qorlane-2.5") in ("AIModel", "LanguageModel"), types
    facts = facts_of(ex, "developer")
    assert {("Zorvexa", "developer", "Tencent"), ("Qorlane-2.5", "developer", "Baidu")} <= facts, facts
    # a round, an interface, a unit, a nationality or a person is no product
    ex = extract_text("Tencent's Series B closed. Baidu's API costs less. Tencent's Zorvex team grew. "
                      "Baidu's German rivals waited. Tencent's Wang Lei spoke.")
    assert not facts_of(ex, "developer"), facts_of(ex, "developer")


def test_a_firm_a_person_founded_or_co_founded_is_named_by_it(extract_text):
    ex = extract_text("Qi Yuan founded Zorvane Vision in Suzhou in 2016. \"It works,\" said Lanxun co-founder Wang Lei.")
    types = names_types(ex)
    assert types.get("Zorvane Vision") == "Company" and types.get("Lanxun") == "Company", types
    facts = facts_of(ex, "affiliatedWith")
    assert ("Qi Yuan", "affiliatedWith", "Zorvane Vision") in facts, facts
    # a description before the title names no firm
    ex = extract_text("Former co-founder Wang Lei left. My co-founder Qi Yuan stayed.")
    assert not facts_of(ex, "affiliatedWith") and "Former" not in names_types(ex) and "My" not in names_types(ex)


def test_a_firms_registered_name_with_its_city_in_brackets_is_one_name(extract_text):
    ex = extract_text("Zorvane Health is published by Lanxun Media (Chengdu) Co., Ltd., a Chengdu firm.")
    facts = facts_of(ex, "subsidiaryOf")
    assert ("Zorvane Health", "subsidiaryOf", "Lanxun Media") in facts, facts
    ref = next(e for e in ex.entities.values() if e.name == "Lanxun Media")
    assert "Lanxun Media (Chengdu) Co., Ltd." in ref.aliases
    # a legal form alone names no firm
    ex = extract_text("Its units are Zorvane (Hangzhou) Data Technology Co., Ltd. and Zorvane Intelligence (Singapore) Pte. Ltd.")
    assert not any(n.startswith("Co") for n in names_types(ex)), names_types(ex)


@pytest.mark.parametrize(
    "text,fact",
    [
        # the body of a relative clause whose verb issues the policy
        ("It follows the Zorvex Measures for Data Labelling, which the State Council put out in October 2023.",
         ("Zorvex Measures for Data Labelling", "issuedBy", "State Council")),
        # a standard's quoted title between its code and the passive verb, and two coordinated verbs
        ('GB/T 46218-2025, "Information technology - General requirements for computing centres", was approved and '
         "issued last Friday by MIIT.", ("GB/T 46218-2025", "issuedBy", "Ministry of Industry and Information Technology")),
    ],
)
def test_issuers_of_relative_clauses_and_quoted_standard_titles(extract_text, text, fact):
    assert fact in facts_of(extract_text(text, "2025-11-06"), "issuedBy")


def test_an_apposition_naming_a_trade_makes_a_company(extract_text):
    ex = extract_text("Zorvane Mart, a Malaysian online grocer, uses Qwen to answer customer chats. "
                      "Lanxun Wings, the regional airline, flies to Beijing.")
    types = names_types(ex)
    assert types.get("Zorvane Mart") == "Company" and types.get("Lanxun Wings") == "Company", types
    assert ("Qwen", "integratedInto", "Zorvane Mart") in facts_of(ex, "integratedInto")


def test_a_host_named_with_its_makers_name_in_front_is_the_product(extract_text):
    facts = facts_of(extract_text("Qwen now powers Tencent Qorvane Vessel."), "integratedInto")
    assert facts == {("Qwen", "integratedInto", "Qorvane Vessel")}, facts


def test_a_two_word_product_a_firm_owns_ends_in_a_product_word(extract_text):
    ex = extract_text("The app is on Tencent's Zorvex Store and Baidu's Qorlane Assistant, not Tencent's Shenzhen Office.")
    facts = facts_of(ex, "developer")
    assert {("Zorvex Store", "developer", "Tencent"), ("Qorlane Assistant", "developer", "Baidu")} <= facts, facts
    assert names_types(ex).get("Shenzhen Office") != "Product"


def test_a_model_name_written_in_lower_case_with_its_version(extract_text):
    ex = extract_text("Tencent's zorvex-embed-v2 tops the retrieval board. Baidu released lanxun.llm3, a reasoning model, "
                      "in mid-2025, and the covid-19 dashboard still ranks top-10 apps.")
    types = names_types(ex)
    assert types.get("zorvex-embed-v2") == "AIModel" and types.get("lanxun.llm3") == "AIModel", types
    assert {("zorvex-embed-v2", "developer", "Tencent"), ("lanxun.llm3", "developer", "Baidu")} <= facts_of(ex, "developer")
    assert not {"mid-2025", "covid-19", "top-10"} & set(types), types


def test_an_occasion_named_by_its_name_and_year_alone(extract_text):
    ex = extract_text("Tencent showed Qwen at Zorvex Connect 2024 in Shanghai. Revenue rose during Q3 2025 and in Spring 2025 "
                      "at Tencent 2024.")
    types = names_types(ex)
    assert types.get("Zorvex Connect 2024") == "Event", types
    assert ("Zorvex Connect 2024", "involves", "Tencent") in facts_of(ex, "involves")
    assert not {"Q3 2025", "Spring 2025", "Tencent 2024"} & set(types), types


@pytest.mark.parametrize("text", [
    "At the Zorvex Developer Conference 2026 held in Beijing on 14 April 2026, Tencent released the Hunyuan-T1 model.",
    "At the Zorvex Developer Conference 2026, held in Beijing from 25 to 29 March, Tencent showed the Hunyuan-T1 model.",
])
def test_an_opening_event_held_in_a_city_still_involves_what_the_subject_released(extract_text, text):
    facts = facts_of(extract_text(text, "2026-05-01"), "involves")
    assert {("Zorvex Developer Conference 2026", "involves", "Tencent"), ("Zorvex Developer Conference 2026", "involves", "Hunyuan-T1")} <= facts, facts


@pytest.mark.parametrize(
    "text, pair",
    [
        # a description of the second firm before its name, or an apposition after it
        ("Tencent and Shanghai chip designer Zorvex Microelectronics have formed a joint venture.", ("Tencent", "Zorvex Microelectronics")),
        ("Tencent and Zorvex Microelectronics, a Shanghai chip designer, have formed a joint venture.", ("Tencent", "Zorvex Microelectronics")),
        # a trial two firms start together
        ("Tencent and Baidu start robotaxi trial in Beijing", ("Tencent", "Baidu")),
        # a listing's sponsors work for the firm
        ("Zhipu AI's Hong Kong IPO was sponsored by Tencent and Baidu.", ("Zhipu AI", "Baidu")),
    ],
)
def test_partners_of_joint_ventures_trials_and_listings(extract_text, text, pair):
    facts = facts_of(extract_text(text, "2026-05-01"), "partnerOf")
    assert (pair[0], "partnerOf", pair[1]) in facts or (pair[1], "partnerOf", pair[0]) in facts, facts


def test_a_list_closed_by_its_own_and_takes_no_name_from_the_next_clause(extract_text):
    facts = facts_of(extract_text("Zhipu AI's Hong Kong IPO was sponsored by Tencent and Baidu, and Kuaishou took a cornerstone tranche."), "partnerOf")
    assert ("Zhipu AI", "partnerOf", "Tencent") in facts and not any("Kuaishou" in (a, b) for a, _, b in facts), facts


def test_a_short_name_is_the_firm_a_document_names_most_often(extract_text):
    ex = extract_text("Lanxun Energy Group runs trucks at its pit. They are driven by Lanxun Opencast Coal Co., the group's "
                      "mining unit. Lanxun Energy Group bought 40 trucks this year. \"It works,\" said Bao Zhirong, Lanxun's "
                      "director of digital operations.")
    facts = facts_of(ex, "affiliatedWith")
    assert ("Bao Zhirong", "affiliatedWith", "Lanxun Energy Group") in facts, facts


@pytest.mark.parametrize(
    "text",
    [
        "Zorvex Robotics is partly owned by Tencent.",  # a part owner holds a stake; no parent
        "Zorvex Robotics, the Tencent-backed maker of robots, grew.",  # the backer inside the apposition
    ],
)
def test_part_owners_and_backers_in_an_apposition_invest(extract_text, text):
    ex = extract_text(text)
    assert ("Tencent", "investedIn", "Zorvex Robotics") in facts_of(ex, "investedIn")
    assert not facts_of(ex, "subsidiaryOf")


def test_a_firm_that_showed_a_named_device_made_it_and_an_i_numbered_chip_keeps_its_family(extract_text):
    ex = extract_text("Kuaishou showed a humanoid named Zorvane. On Tuesday Baidu unveiled the Lanxun i30 accelerator.", "2026-05-01")
    facts = facts_of(ex, "developer")
    assert {("Zorvane", "developer", "Kuaishou"), ("Lanxun i30", "developer", "Baidu")} <= facts, facts
    assert "i30" not in names_types(ex)


def test_a_lists_additions_named_after_it_are_its_targets(extract_text):
    facts = facts_of(extract_text("The Commerce Department added 25 Chinese organisations to its Entity List, among them "
                                  "Zhipu AI and Kuaishou. Tencent's Entity List analysis, including Baidu, was wrong."), "targets")
    assert {("Entity List", "targets", "Zhipu AI"), ("Entity List", "targets", "Kuaishou")} <= facts, facts
    assert ("Entity List", "targets", "Baidu") not in facts, facts


def test_a_short_name_in_capitals_before_a_hardware_word_is_the_owners_product(extract_text):
    ex = extract_text("Baidu's ZRX accelerators run the cluster, Tencent's CEO said, and Baidu's AI team agreed.")
    assert ("ZRX", "developer", "Baidu") in facts_of(ex, "developer")
    assert not {"CEO", "AI"} & {n for n, t in names_types(ex).items() if t == "Product"}


@pytest.mark.parametrize(
    "byline, writers",
    [
        ("Staff reporter Zhou Yiting | 2025-11-07 16:20", ["Zhou Yiting"]),
        ("Helena Marsh in London and Zhou Yiting in Beijing | Friday, 5 December 2025", ["Helena Marsh", "Zhou Yiting"]),
        ("Helen Marsh, Beijing | 13 March 2025 | 6 min read", ["Helen Marsh"]),
        ("By Tomasz Wilk - 30 December 2025 | Share: X", ["Tomasz Wilk"]),
        ("Published 28 August 2025 | Interview by Hannah Osei | Translated from Chinese by Ma Jun", ["Hannah Osei", "Ma Jun"]),
        ("By Tomás Ferrer and Guo Lanxun | 27 August 2025 | 6 min read", ["Tomás Ferrer", "Guo Lanxun"]),
        ("Lanxun Qiao, policy correspondent | Thursday 16 January 2025 | 6 min read", ["Lanxun Qiao"]),
        ("Words: Hannah Zorvic | Saturday 26 April 2025", ["Hannah Zorvic"]),
    ],
)
def test_more_byline_shapes_name_the_outlets_writers(extract_text, byline, writers):
    ex = extract_text(f"Zorvex Daily\n\nTencent ships a model\n\n{byline}\n\nTencent released Qwen on Monday.", "2025-12-30")
    facts = facts_of(ex, "affiliatedWith")
    assert {(w, "affiliatedWith", "Zorvex Daily") for w in writers} <= facts, facts


@pytest.mark.parametrize(
    "text, pair",
    [
        ("Lanxun Moreau of Zorvane Partners said the rules could slow approvals.", ("Lanxun Moreau", "Zorvane Partners")),
        ('"It works," said Maya Zorvic of Tencent, speaking in Singapore.', ("Maya Zorvic", "Tencent")),
    ],
)
def test_a_speaker_named_with_the_body_he_speaks_for(extract_text, text, pair):
    ex = extract_text(text)
    assert names_types(ex).get(pair[0]) == "Person", names_types(ex)
    assert (pair[0], "affiliatedWith", pair[1]) in facts_of(ex, "affiliatedWith")


def test_a_body_or_a_title_before_of_is_no_speaker(extract_text):
    types = names_types(extract_text("Chief Financial Officer of Tencent said so. A scholar at the Zorvex Center for Health "
                                     "Development of Baidu told us so."))
    assert types.get("Financial Officer") != "Person" and types.get("Health Development") != "Person", types


@pytest.mark.parametrize(
    "text, title",
    [
        ("The Provisions on Zorvex Features in Online Games and the Protection of Minors were issued on Tuesday by MIIT.",
         "Provisions on Zorvex Features in Online Games and the Protection of Minors"),
        ("The Notice on Strengthening AI Literacy Education in Zorvex Schools was issued by MIIT.", "Notice on Strengthening AI Literacy Education in Zorvex Schools"),
        ("It relies on MIIT's Guide to the Use of Generative AI in Zorvex Schools, published last May.", "Guide to the Use of Generative AI in Zorvex Schools"),
        ("Its Zorvex Innovation Action Plan for Institutions of Higher Education, issued in April 2018, led dozens of universities.",
         "Zorvex Innovation Action Plan for Institutions of Higher Education"),
    ],
)
def test_long_policy_titles_with_notice_guide_and_and_the(extract_text, text, title):
    assert names_types(extract_text(text, "2026-05-01")).get(title) == "Policy", names_types(extract_text(text, "2026-05-01"))


def test_a_notice_of_a_meeting_is_no_policy_and_two_titles_joined_by_and_the_stay_two(extract_text):
    types = names_types(extract_text("See the Notice of Annual General Meeting. It follows the Provisions on Zorvex Deep Synthesis "
                                     "and the Zorvex Personal Information Protection Law."))
    assert "Notice of Annual General Meeting" not in types, types
    assert types.get("Provisions on Zorvex Deep Synthesis") == "Policy", types


def test_a_podcasts_hosts_credited_on_its_page_work_for_it(extract_text):
    ex = extract_text("Zorvex Daily\n\nEpisode 12: chips\n\nPosted Thursday, 14 August 2025 · 58 min · Hosted by Marcus Yip and "
                      "Lu Qingqing | Listen on: Spotify\n\nTencent released Qwen on Monday.", "2025-08-14")
    facts = facts_of(ex, "affiliatedWith")
    assert {("Marcus Yip", "affiliatedWith", "Zorvex Daily"), ("Lu Qingqing", "affiliatedWith", "Zorvex Daily")} <= facts, facts


def test_a_field_of_a_person_and_a_body_links_them_but_not_a_title(extract_text):
    ex = extract_text("Agenda\n\n15:30 Panel: \"Open source\" | Wang Lei, Tencent\n\nMarta Zorvic - Baidu | Deputy Director-General, MIIT\n")
    facts = facts_of(ex, "affiliatedWith")
    assert {("Wang Lei", "affiliatedWith", "Tencent"), ("Marta Zorvic", "affiliatedWith", "Baidu")} <= facts, facts
    assert "Deputy Director-General" not in names_types(ex)


@pytest.mark.parametrize(
    "text, thing",
    [
        ("Hunyuan-T1 was downloaded more than 400,000 times and was presented at the Zorvane Summit in June.", "Hunyuan-T1"),
        ("Hunyuan-T1 was also on show at the Zorvane Summit.", "Hunyuan-T1"),
        ("President Qi Yuan announced the Zorvane Data Initiative at the third Zorvane Summit for Cooperation in October 2023.",
         "Zorvane Data Initiative"),
    ],
)
def test_what_was_shown_or_announced_at_an_event_takes_part_in_it(extract_text, text, thing):
    facts = facts_of(extract_text(text, "2025-10-01"), "involves")
    assert ("Zorvane Summit", "involves", thing) in facts, facts


def test_what_was_never_shown_at_an_event_takes_no_part_in_it(extract_text):
    facts = facts_of(extract_text("Hunyuan-T1 was not ready and was never shown at the Zorvane Summit.", "2025-10-01"), "involves")
    assert not any(o == "Hunyuan-T1" for _, _, o in facts), facts


@pytest.mark.parametrize(
    "text, model, makers",
    [
        ("Tencent developed Zorvex-3 with Baidu last year.", "Zorvex-3", {"Tencent", "Baidu"}),
        ("Zorvane Research Bank (ZRB) developed its Zorvex model with Tencent.", "Zorvex", {"Zorvane Research Bank", "Tencent"}),
        ("Qorvane Vessel, which Tencent built with Baidu, is popular.", "Qorvane Vessel", {"Tencent", "Baidu"}),
    ],
)
def test_a_body_that_built_a_model_with_another_made_it_with_that_one(extract_text, text, model, makers):
    facts = facts_of(extract_text(text), "developer")
    assert {(model, "developer", m) for m in makers} <= facts, facts


@pytest.mark.parametrize("text", [
    "Tencent trained Zorvex-3 with Baidu chips.",
    "Tencent built Zorvex-3 with Baidu's backing.",
    "Tencent did not develop Zorvex-3 with Baidu.",
])
def test_goods_a_backer_or_a_denial_after_with_make_no_co_developer(extract_text, text):
    assert ("Zorvex-3", "developer", "Baidu") not in facts_of(extract_text(text), "developer")


@pytest.mark.parametrize(
    "text",
    [
        "The court relied on the Zorvane Provisions, the rules issued by MIIT, the State Council and the Ministry of "
        "Zorvex Affairs in November 2022.",
        "The Zorvane Provisions were cited in the ruling. They were issued in November 2022 by MIIT and the State Council.",
        "The Zorvane Provisions themselves were issued in November 2022 by MIIT.",
    ],
)
def test_a_policy_dated_past_its_issuers_a_pronoun_or_itself(extract_text, text):
    facts = facts_of(extract_text(text, "2025-10-01"), "date")
    assert ("Zorvane Provisions", "date", "2022-11") in facts, facts


def test_a_policy_anaphor_takes_the_policy_its_noun_names(extract_text):
    text = ("The claim relies on the Zorvane Code, which the State Council adopted in May 2020, and on the Zorvane Interim "
            "Measures. Those measures, issued by MIIT in July 2023, require labels.")
    facts = facts_of(extract_text(text, "2025-10-01"), "date")
    assert ("Zorvane Interim Measures", "date", "2023-07") in facts and ("Zorvane Code", "date", "2023-07") not in facts, facts


def test_an_expo_named_with_its_short_name_in_brackets_is_dated_and_its_venue_is_no_event(extract_text):
    ex = extract_text("The Zorvane Computing Expo (ZCE 2025) opened yesterday at the Lanxun World Exhibition & Convention Center "
                      "in Beijing and runs until Saturday.", "2025-05-23")
    assert ("Zorvane Computing Expo", "date", "2025-05-22") in facts_of(ex, "date"), facts_of(ex, "date")
    assert "Lanxun World Exhibition" not in names_types(ex), names_types(ex)


@pytest.mark.parametrize(
    "text, product",
    [
        ("Zorvane Pal runs on Hunyuan-T1.", "Zorvane Pal"),
        ("Lanxun Legal, a Hangzhou startup whose contract reviewer Clausewing runs on Hunyuan-T1, said so.", "Clausewing"),
        ("Lanbao, our assistant app, was launched in March and runs on Hunyuan-T1.", "Lanbao"),
    ],
)
def test_a_name_that_runs_on_a_model_is_a_product_hosting_it(extract_text, text, product):
    ex = extract_text(text, "2025-05-23")
    assert names_types(ex).get(product) == "Product", names_types(ex)
    assert ("Hunyuan-T1", "integratedInto", product) in facts_of(ex, "integratedInto"), facts_of(ex)


def test_whoever_runs_a_model_is_no_product(extract_text):
    ex = extract_text('"Whoever runs Hunyuan-T1 now is running against two rivals," said an analyst.')
    assert "Whoever" not in names_types(ex), names_types(ex)


def test_a_firm_named_with_a_trade_word_is_the_same_firm_by_its_first_word(extract_text):
    text = ("Zorvane Legal, a Hangzhou startup, reviews contracts. Ding Ruoxi, Zorvane's chief technology officer, "
            "said the bill would fall.")
    facts = facts_of(extract_text(text), "affiliatedWith")
    assert ("Ding Ruoxi", "affiliatedWith", "Zorvane Legal") in facts, facts


def test_a_second_title_after_a_possessed_first_names_its_body(extract_text):
    text = "Pan Lanxun, Tencent's founder and a former researcher at Quorvane Research Center, said the data was dirty."
    facts = facts_of(extract_text(text), "affiliatedWith")
    assert {("Pan Lanxun", "affiliatedWith", "Tencent"), ("Pan Lanxun", "affiliatedWith", "Quorvane Research Center")} <= facts, facts


@pytest.mark.parametrize(
    "text, pair",
    [
        ("Marcus Zorvic is principal analyst at Zorvane Research Partners.", ("Marcus Zorvic", "Zorvane Research Partners")),
        ("Ruan Lanxun, a developer advocate at Tencent, said so.", ("Ruan Lanxun", "Tencent")),
        ("Hu Lanxun, an engineer who spent eight years at Baidu, joined.", ("Hu Lanxun", "Baidu")),
        ("Ou Lanxun, head of infrastructure (previously at Alibaba Cloud), joined.", ("Ou Lanxun", "Alibaba Cloud")),
    ],
)
def test_more_shapes_of_a_person_and_the_body_they_work_for(extract_text, text, pair):
    ex = extract_text(text)
    assert names_types(ex).get(pair[0]) == "Person", names_types(ex)
    assert (pair[0], "affiliatedWith", pair[1]) in facts_of(ex, "affiliatedWith"), facts_of(ex)


@pytest.mark.parametrize(
    "text, model, co_maker, not_owner",
    [
        ("Zorvex-3, a dispatch model developed by the Zorvane Institute of Tencent together with the Quorvane Research Center, "
         "is used.", "Zorvex-3", "Quorvane Research Center", ("Zorvane Institute", "Quorvane Research Center")),
        ("Zorvex-3 was developed jointly by the Zorvane Institute, a state research institute run by Tencent, and Baidu.",
         "Zorvex-3", "Baidu", ("Zorvane Institute", "Baidu")),
    ],
)
def test_a_co_maker_past_the_first_makers_owner_made_it_too_and_owns_nothing(extract_text, text, model, co_maker, not_owner):
    ex = extract_text(text)
    assert (model, "developer", co_maker) in facts_of(ex, "developer"), facts_of(ex)
    assert (not_owner[0], "subsidiaryOf", not_owner[1]) not in facts_of(ex, "subsidiaryOf"), facts_of(ex)


def test_a_model_put_out_by_a_body_is_its_makers(extract_text):
    facts = facts_of(extract_text("Zorvex-3, which Tencent put out in September, is popular."), "developer")
    assert ("Zorvex-3", "developer", "Tencent") in facts, facts


@pytest.mark.parametrize(
    "masthead, outlet",
    [
        ("ZORVEX & CODE   Upstream | Refining | Power | Subscribe", "ZORVEX & CODE"),
        ("LANXUN FINANCE English | 中文 | Markets", "LANXUN FINANCE"),
    ],
)
def test_a_masthead_in_capitals_ends_before_the_menu_word_after_it(extract_text, masthead, outlet):
    ex = extract_text(f"{masthead}\n\nTencent ships a model\n\nBy Wang Lanxun | 12 March 2025\n\nTencent released Qwen on Monday.",
                      "2025-03-12")
    writers = {(s, o) for s, _, o in facts_of(ex, "affiliatedWith")}
    assert any(s == "Wang Lanxun" and o.upper() == outlet for s, o in writers), writers


@pytest.mark.parametrize("text", [
    "MIIT's rules for AI-generated content also apply to games.",
    "The export controls on advanced computing chips already limit what firms can buy, MIIT said.",
])
def test_a_lower_case_policy_name_ends_before_an_adverb(extract_text, text):
    names = {n for n, t in names_types(extract_text(text)).items() if t in ("Policy", "Regulation")}
    assert names and not any(n.endswith((" also", " already")) or " already " in n for n in names), names


def test_the_phone_maker_written_in_lower_case_is_found_but_not_in_vivo():
    from extractors.gazetteer import Gazetteer
    from kg.registry import RegistryEntry

    g = Gazetteer([RegistryEntry("Vivo", "Vivo", "Company", aliases=("VIVO", "vivo"), case_sensitive=True)])
    assert [m.text for m in g.find("According to vivo, the model runs on its phones.")] == ["vivo"]
    assert [m.text for m in g.find("The compound was tested in vivo last year.")] == []


@pytest.mark.parametrize("text, name, typ", [
    ("Quorvane Research Center built Zorvane-Geo with imagery from satellites.", "Zorvane-Geo", "AIModel"),
    ("Tencent also develops ZorvexStack, a compiler for its servers.", "ZorvexStack", "Product"),
])
def test_a_coined_name_after_built_or_develops_is_a_new_thing_of_its_maker(extract_text, text, name, typ):
    ex = extract_text(text)
    assert names_types(ex).get(name) == typ
    assert any(s == name for s, _, _ in facts_of(ex, "developer"))


@pytest.mark.parametrize("text", [
    "Who built Lanxun\n\nThe firm was founded in 2019.",
    "TPT, short for Time-series Pre-trained Transformer, was unveiled in April.",
    "Its founder built Zorvex+ around robots that carry shelves.",
])
def test_a_plain_word_after_built_or_a_hyphenated_trained_is_not_a_new_model(extract_text, text):
    names = names_types(extract_text(text))
    assert not {"Lanxun", "Transformer", "Zorvex"} & set(names), names


def test_a_firm_named_as_the_kind_of_thing_in_an_apposition_made_it(extract_text):
    ex = extract_text("Its vision encoder was initialised from Zorvex-Vision 2, a Tencent model. "
                      "The app runs Qorlix-Turbo, a Baidu-backed model.")
    devs = {(s, o) for s, _, o in facts_of(ex, "developer")}
    assert ("Zorvex-Vision 2", "Tencent") in devs
    assert ("Qorlix-Turbo", "Baidu") not in devs


@pytest.mark.parametrize("text, name", [
    ("Zorvan Lee, director of radiology at Lanxun First Hospital, said the model helps.", "Lanxun First Hospital"),
    ("Doctors at the Second Affiliated Hospital of Quorvane Medical University use Qwen.", "Second Affiliated Hospital of Quorvane Medical University"),
    ("How Lanxun Central Hospital uses Qwen", "Lanxun Central Hospital"),
])
def test_a_hospital_is_named_by_its_head_word(extract_text, text, name):
    assert names_types(extract_text(text)).get(name) == "Organization"


def test_a_hospital_word_inside_a_longer_name_or_an_online_service_is_no_hospital(extract_text):
    names = names_types(extract_text("The Lanxun Hospital Authority said Lanxun Cloud Clinic now runs on Qwen."))
    assert "Lanxun Hospital" not in names and names.get("Lanxun Cloud Clinic") != "Organization", names


def test_a_maker_putting_a_model_inside_a_product_integrates_it_unless_it_has_no_plans_to(extract_text):
    ex = extract_text("Tencent puts Qorlix-Turbo inside Kuaishou Input. Baidu said it had no plans to put Hunyuan-T1 into ERNIE Bot.")
    links = {(s, o) for s, _, o in facts_of(ex, "integratedInto")}
    assert ("Qorlix-Turbo", "Kuaishou Input") in links
    assert not any(s == "Hunyuan-T1" for s, _ in links), links


def test_a_negation_in_the_clause_before_does_not_undo_an_integration(extract_text):
    ex = extract_text("The option itself is not new: Tencent added Qorlix-Turbo to ERNIE Bot in February.")
    assert ("Qorlix-Turbo", "ERNIE Bot") in {(s, o) for s, _, o in facts_of(ex, "integratedInto")}


@pytest.mark.parametrize("text, org", [
    ("Zorvan Lee, a professor at Tsinghua University, also holds a visiting post at the Quorvane Research Center.", "Quorvane Research Center"),
    ("Qi Yuan holds a joint appointment with the Quorvane Research Center.", "Quorvane Research Center"),
])
def test_holding_a_post_at_an_institution_is_an_affiliation(extract_text, text, org):
    assert any(o == org for _, _, o in facts_of(extract_text(text), "affiliatedWith"))


def test_a_new_firms_short_name_is_the_firm_not_the_registry_model_of_that_word(extract_text):
    ex = extract_text("Qwen Intelligence, a Beijing start-up, makes procurement agents. "
                      "Qwen raised 50 million yuan in a round led by Tencent. Its agents run on Qwen models.")
    assert ("Tencent", "Qwen Intelligence") in {(s, o) for s, _, o in facts_of(ex, "investedIn")}
    assert names_types(ex).get("Qwen") not in (None, "Company")


def test_an_industrial_trade_ends_a_firms_name_but_not_after_a_place_alone(extract_text):
    names = names_types(extract_text("Lanxun Advanced Packaging said on Monday that it would buy chips from Tencent. "
                                     "Zorvex Compute sells them. Beijing Electric did not comment, and Coal & Energy fell."))
    assert names.get("Lanxun Advanced Packaging") == "Company" and names.get("Zorvex Compute") == "Company"
    assert "Beijing Electric" not in names and "Coal & Energy" not in names, names


def test_a_city_before_start_up_after_from_does_not_hide_the_maker(extract_text):
    ex = extract_text("The app uses Zorvex-3B, a small language model from Beijing start-up Zhipu AI.")
    assert ("Zorvex-3B", "Zhipu AI") in {(s, o) for s, _, o in facts_of(ex, "developer")}


def test_a_game_designer_at_a_firm_works_there_but_a_chip_designer_is_no_person(extract_text):
    ex = extract_text("Zorvan Lee, a former game designer at Tencent, joined Baidu. Lanxun Compute, a chip designer in Beijing, said no.")
    assert ("Zorvan Lee", "Tencent") in {(s, o) for s, _, o in facts_of(ex, "affiliatedWith")}
    assert names_types(ex).get("Lanxun Compute") != "Person"


def test_a_firm_adding_a_model_to_its_own_crews_runs_it(extract_text):
    ex = extract_text("Baidu adds Tencent's Hunyuan-T1 to its maintenance crews.")
    assert ("Hunyuan-T1", "Baidu") in {(s, o) for s, _, o in facts_of(ex, "integratedInto")}


def test_a_backer_since_a_firms_round_invested_in_it(extract_text):
    ex = extract_text("Tencent, an investor since Kuaishou's Series A, added to its stake. Baidu, an investor since 2019, met Kuaishou.")
    pairs = {(s, o) for s, _, o in facts_of(ex, "investedIn")}
    assert ("Tencent", "Kuaishou") in pairs and ("Baidu", "Kuaishou") not in pairs, pairs


def test_a_firm_whose_officer_is_named_after_the_title_employs_them(extract_text):
    ex = extract_text("Kuaishou, whose chief executive is Zorvan Lee, said no.")
    assert ("Zorvan Lee", "Kuaishou") in {(s, o) for s, _, o in facts_of(ex, "affiliatedWith")}


@pytest.mark.parametrize("text", [
    "Tencent released Zorvex-3, its image-to-3D model, as open weights on Hugging Face and ModelScope last Thursday.",
    "Tencent released Zorvex-3 on GitHub last Thursday.",
    "Tencent released Zorvex-3 under an Apache 2.0 licence last Thursday.",
])
def test_a_release_posted_on_a_model_hub_or_under_a_licence_keeps_its_date(extract_text, text):
    ex = extract_text(text, "2025-11-20")
    assert ("Zorvex-3", "2025-11-13") in {(s, o) for s, _, o in facts_of(ex, "releaseDate")}
    assert not any(s in ("ModelScope", "GitHub", "Hugging Face") for s, _, _ in facts_of(ex, "releaseDate"))


def test_a_version_after_a_3d_word_belongs_to_the_models_name(extract_text):
    ex = extract_text("Tencent released Zorvex 3D 2.0 last Thursday.", "2025-11-20")
    assert names_types(ex).get("Zorvex 3D 2.0") == "AIModel"
    assert ("Zorvex 3D 2.0", "2025-11-13") in {(s, o) for s, _, o in facts_of(ex, "releaseDate")}


def test_a_registered_name_whose_words_name_no_trade_is_still_a_company(extract_text):
    names = names_types(extract_text("Lanxun Digital (Shenzhen) Co., Ltd. runs the site."))
    assert any(n.startswith("Lanxun Digital") and t == "Company" for n, t in names.items()), names


@pytest.mark.parametrize("footer, outlet, owner", [
    ("Rotorwise is an imprint of Zorvex Media Pte. Ltd., Singapore.", "Rotorwise", "Zorvex Media"),
    ("TokenLane is an editorially independent site owned by Lanxun Content Ltd.", "TokenLane", "Lanxun Content"),
    ("Zorvex Weekly is an independent newsletter published by Lanxun Media Ltd., Singapore.", "Zorvex Weekly", "Lanxun Media"),
    ("Zorvex Daily is a Lanxun Media Ltd. publication.", "Zorvex Daily", "Lanxun Media"),
])
def test_a_footer_naming_a_publications_owner_makes_it_a_unit_of_the_owner(extract_text, footer, outlet, owner):
    ex = extract_text(f"Tencent released Qwen on Monday.\n\n{footer}")
    assert any(s == outlet and o.startswith(owner) for s, _, o in facts_of(ex, "subsidiaryOf")), facts_of(ex, "subsidiaryOf")


@pytest.mark.parametrize("name", [
    "Zorvane Robotics Industry Alliance",
    "Lanxun Chain Store & Franchise Association",
    "Alumni Association of Tsinghua University",
    "Zorvex Open Knowledge Foundation",
])
def test_an_industry_body_or_foundation_is_named_to_its_head_word(extract_text, name):
    names = names_types(extract_text(f"Qi Yuan spoke for the {name} on Monday."))
    assert names.get(name) == "Organization", names


def test_a_capitalised_foundation_model_is_no_foundation(extract_text):
    names = names_types(extract_text("Baidu compared the Zorvex Foundation Model with ERNIE Bot."))
    assert names.get("Zorvex Foundation Model") != "Organization" and "Zorvex Foundation" not in names, names


@pytest.mark.parametrize("text, firm", [
    ("Lung-7, a nodule model made by Hangzhou-based Zorvane Medical Imaging, went live.", "Zorvane Medical Imaging"),
    ("The reader was developed by Lanxun Health Imaging and sold to hospitals.", "Lanxun Health Imaging"),
    ("The site is owned by Shenzhen's Qorvane Digital Media.", "Qorvane Digital Media"),
    ("Beijing-based Lanxun Zhiyuan said its sales rose.", "Lanxun Zhiyuan"),
])
def test_a_name_after_a_makers_by_or_a_places_based_is_a_firm(extract_text, text, firm):
    assert names_types(extract_text(text)).get(firm) == "Company", names_types(extract_text(text))


def test_the_firm_after_made_by_is_the_developer(extract_text):
    ex = extract_text("Lung-7, a nodule model made by Hangzhou-based Zorvane Medical Imaging, went live.")
    assert ("Lung-7", "developer", "Zorvane Medical Imaging") in facts_of(ex, "developer")


@pytest.mark.parametrize("text, not_firm", [
    ("Beijing-based GPU designer Zorvex Labs launched a card.", "GPU"),
    ("The boards are built by Taiwanese contract manufacturers.", "Taiwanese"),
    ("The update will be released by March and developed by Lanxun.", "March"),
    ("The app is owned by Zhang Wei, its founder.", "Zhang Wei"),
    ("The records were supplied by Qingdao Customs last year.", "Qingdao Customs"),
    ("A browser-based Zorvane Studio lets users draw.", "Zorvane Studio"),
])
def test_a_description_a_date_a_person_or_a_public_body_after_by_is_no_firm(extract_text, text, not_firm):
    assert names_types(extract_text(text)).get(not_firm) != "Company", names_types(extract_text(text))


def test_an_unknown_firms_short_name_is_the_same_firm_not_its_parent(extract_text):
    ex = extract_text("The short was made by Shanghai's Zorvane Pictures. Zorvane, a unit of Qorvane Group, has made two films.")
    assert names_types(ex).get("Zorvane Pictures") == "Company"
    assert not any(s == "Zorvane Pictures" and o == "Zorvane" for s, _, o in facts_of(ex, "subsidiaryOf")), facts_of(ex, "subsidiaryOf")


def test_a_model_offered_as_a_plug_in_inside_an_app_is_integrated_into_it(extract_text):
    ex = extract_text("Qorlix-Turbo is offered as a plug-in inside Kuaishou Input.")
    assert ("Qorlix-Turbo", "integratedInto", "Kuaishou Input") in facts_of(ex, "integratedInto")


@pytest.mark.parametrize("text, maker, partner", [
    ("Zorvex-2 was developed by Tencent, the group's AI unit, together with the Zorvane Lab of Tsinghua University.", "Tencent", "Zorvane Lab"),
    ("Zorvex-2 was developed jointly by Baidu, Tencent's technology subsidiary, and the Zorvane Lab of Tsinghua University.", "Baidu", "Zorvane Lab"),
    ("Zorvex-2 was trained by Baidu's speech team together with Tsinghua University.", "Baidu", "Tsinghua University"),
])
def test_the_partner_named_past_the_first_makers_apposition_developed_it_too(extract_text, text, maker, partner):
    devs = {o for s, _, o in facts_of(extract_text(text), "developer") if s == "Zorvex-2"}
    assert {maker, partner} <= devs, devs


def test_a_model_a_reduced_relative_says_was_developed_with_a_firm(extract_text):
    ex = extract_text("Zorvex-2, a model developed with Tencent, went live on Monday.")
    assert ("Zorvex-2", "developer", "Tencent") in facts_of(ex, "developer")


@pytest.mark.parametrize("text, person, org", [
    ("Zorvan Lee, previously Tencent's chief operating officer, joined Baidu in May.", "Zorvan Lee", "Tencent"),
    ("A Tencent partner, Zorvan Lee, said the round had closed.", "Zorvan Lee", "Tencent"),
    ("Qi Yuan leaves Baidu to start Zorvane Robotics.", "Qi Yuan", "Baidu"),
    ("Programme\n- Qi Yuan, Chief Architect for Hunyuan-T1, Tencent\n- Zorvan Lee, Product Lead, Baidu", "Qi Yuan", "Tencent"),
])
def test_a_role_held_before_or_named_in_passing_affiliates_the_person(extract_text, text, person, org):
    assert (person, "affiliatedWith", org) in facts_of(extract_text(text), "affiliatedWith"), facts_of(extract_text(text), "affiliatedWith")


def test_plural_staff_before_a_comma_and_a_sayer_affiliate_no_one(extract_text):
    ex = extract_text("Tencent hired more engineers, Zorvan Lee said.")
    assert ("Zorvan Lee", "affiliatedWith", "Tencent") not in facts_of(ex, "affiliatedWith")


@pytest.mark.parametrize("text", [
    "Tencent, an early Kuaishou shareholder, sold part of its stake.",
    "The shares go to Tencent, which becomes Kuaishou's largest outside shareholder.",
    "Kuaishou raised a 120 million yuan Series A last year led by Tencent.",
])
def test_a_shareholder_named_in_apposition_or_a_relative_clause_invested(extract_text, text):
    assert ("Tencent", "investedIn", "Kuaishou") in facts_of(extract_text(text), "investedIn")


def test_a_rival_in_apposition_is_no_shareholder(extract_text):
    assert not facts_of(extract_text("Tencent, a Kuaishou rival, sold shares."), "investedIn")


def test_a_new_clauses_subject_after_the_round_leader_is_no_investor(extract_text):
    ex = extract_text("Kuaishou raised about 1 billion yuan in February in a round led by Tencent, and Baidu counts Zhipu AI among its shareholders.")
    assert ("Baidu", "investedIn", "Kuaishou") not in facts_of(ex, "investedIn")
    assert ("Tencent", "investedIn", "Kuaishou") in facts_of(ex, "investedIn")


def test_a_policy_issued_on_a_date_by_several_bodies_is_issued_by_each(extract_text):
    ex = extract_text("The Zorvex Rules were issued in mid-2024 by the MIIT and the State Council.")
    issuers = {o for s, _, o in facts_of(ex, "issuedBy") if s == "Zorvex Rules"}
    assert issuers == {"Ministry of Industry and Information Technology", "State Council"}, issuers


@pytest.mark.parametrize("text, policy, issuer", [
    ("The firm was added to the Entity List kept by the Bureau of Industry and Security.", "Entity List", "Bureau of Industry and Security"),
    ("The Zorvex Interim Measures, which the MIIT and the State Council last revised in 2024, apply.", "Zorvex Interim Measures", "State Council"),
])
def test_a_list_kept_by_or_a_rule_last_revised_by_a_body_is_issued_by_it(extract_text, text, policy, issuer):
    assert (policy, "issuedBy", issuer) in facts_of(extract_text(text), "issuedBy"), facts_of(extract_text(text), "issuedBy")


def test_a_head_noun_after_any_mention_of_a_new_name_gives_its_class(extract_text):
    ex = extract_text("Honor adds the Qorlix model to the Zorvex8. The Zorvex8 phones, launched in October, get it by an update.")
    assert names_types(ex).get("Zorvex8") == "Product", names_types(ex)


@pytest.mark.parametrize("text, name", [
    ("China Eastern flies five Zorvane C929 jets on domestic routes.", "Zorvane C929"),
    ("The Lanxun L6 forklift moves pallets at night.", "Lanxun L6"),
])
def test_a_vehicle_or_machine_head_noun_makes_a_product(extract_text, text, name):
    assert names_types(extract_text(text)).get(name) == "Product", names_types(extract_text(text))


def test_a_driving_automation_level_is_no_product(extract_text):
    assert "Level 4" not in names_types(extract_text("Tencent and Baidu developed a Level 4 heavy truck."))


def test_a_computing_centre_is_a_facility_not_a_research_body(extract_text):
    names = names_types(extract_text("Tencent rents capacity at the Zorvane Artificial Intelligence Computing Center in Beijing."))
    assert names.get("Zorvane Artificial Intelligence Computing Center") == "Organization", names


def test_the_model_opening_a_paragraph_is_the_model_the_text_last_opened_a_sentence_with(extract_text):
    ex = extract_text("Qorlix-Turbo was developed by Baidu. It was trained on shipping records.\n\n"
                      "The model is embedded in Zorvane 2.0, the scheduling platform that Tencent built.")
    assert ("Qorlix-Turbo", "integratedInto", "Zorvane 2.0") in facts_of(ex, "integratedInto"), facts_of(ex, "integratedInto")


@pytest.mark.parametrize("text, model, host", [
    ("Tsinghua University, which has used Qorlix-Turbo since May, opened a clinic.", "Qorlix-Turbo", "Tsinghua University"),
    ("Qorlix-Turbo is used in the outpatient departments of Tsinghua University.", "Qorlix-Turbo", "Tsinghua University"),
    ("Baidu switched its default model to Qorlix-Turbo on Monday.", "Qorlix-Turbo", "Baidu"),
    ("Qorlix-Turbo is standard from today on the ERNIE Bot.", "Qorlix-Turbo", "ERNIE Bot"),
    ("Qorlix-Turbo is, for now, offered only through ERNIE Bot.", "Qorlix-Turbo", "ERNIE Bot"),
    ("Its predecessor, the Kuaishou Input, carried a Z100 module.", "Z100", "Kuaishou Input"),
    ("Kuaishou Input, keyboard software that uses Tencent's Hunyuan-T1 models, was updated.", "Hunyuan-T1", "Kuaishou Input"),
])
def test_a_body_or_product_that_uses_carries_or_switched_to_a_model_hosts_it(extract_text, text, model, host):
    assert (model, "integratedInto", host) in facts_of(extract_text(text), "integratedInto"), facts_of(extract_text(text), "integratedInto")


def test_a_known_name_before_a_tool_word_names_a_product_of_its_own(extract_text):
    names = names_types(extract_text("Zhipu AI released Qwen Agent Foundry on Tuesday, a platform for building agents."))
    assert names.get("Qwen Agent Foundry") == "Product", names


@pytest.mark.parametrize("text", [
    "Tencent switched on Zorvex-3 across the site on Monday.",
    "Zorvex-3 went into daily use on Monday across the network of Baidu.",
    "Zorvex-3 became available to browser partners on Monday.",
])
def test_a_model_switched_on_or_made_available_to_partners_is_released_that_day(extract_text, text):
    ex = extract_text(text, "2025-09-18")
    assert ("Zorvex-3", "2025-09-15") in {(s, o) for s, _, o in facts_of(ex, "releaseDate")}, facts_of(ex, "releaseDate")


@pytest.mark.parametrize("text, investor", [
    ("Zhipu AI closed a 1.2 billion yuan ($168 million) Series C round led by Tencent.", "Tencent"),
    ("Zhipu AI's Series B, in March last year, was led by Tencent.", "Tencent"),
    ("Zhipu AI was founded in 2019 by former Tsinghua researchers and is backed by Tencent and Baidu.", "Baidu"),
])
def test_a_round_past_a_bracketed_amount_or_a_date_apposition_and_a_second_backed_by_predicate(extract_text, text, investor):
    assert (investor, "investedIn", "Zhipu AI") in facts_of(extract_text(text), "investedIn"), facts_of(extract_text(text), "investedIn")


def test_a_hyphenated_family_name_is_part_of_a_persons_name(extract_text):
    ex = extract_text("Faisal Al-Mutairi, Tencent's head of technology partnerships, spoke.")
    assert ("Faisal Al-Mutairi", "affiliatedWith", "Tencent") in facts_of(ex, "affiliatedWith"), facts_of(ex, "affiliatedWith")


def test_a_press_is_a_publishing_firm(extract_text):
    assert names_types(extract_text("Zorvane Press signed a translation deal with Tencent.")).get("Zorvane Press") == "Company"


@pytest.mark.parametrize("text, model, host", [
    ("Baidu has made Qorlix-Turbo the default answer engine of ERNIE Bot on Android.", "Qorlix-Turbo", "ERNIE Bot"),
    ("Tencent's Kuaishou Input, which already integrates Qorlix-Turbo, is popular.", "Qorlix-Turbo", "Kuaishou Input"),
])
def test_a_model_made_the_default_engine_of_or_integrated_by_a_described_product(extract_text, text, model, host):
    assert (model, "integratedInto", host) in facts_of(extract_text(text), "integratedInto"), facts_of(extract_text(text), "integratedInto")


@pytest.mark.parametrize("text, outlet, owner", [
    ("Deep news.\nZorvex Lounge is operated by Brightmoss Communities Ltd., Hong Kong.\n", "Zorvex Lounge", "Brightmoss Communities"),
    ("Deep news.\nZorvex Europe is an independent title of Servo Media GmbH, Berlin.\n", "Zorvex Europe", "Servo Media"),
])
def test_a_footer_naming_a_titles_operator_or_publisher_makes_it_a_unit_of_that_firm(extract_text, text, outlet, owner):
    assert (outlet, "subsidiaryOf", owner) in facts_of(extract_text(text), "subsidiaryOf"), facts_of(extract_text(text), "subsidiaryOf")


def test_a_platform_operated_by_a_firm_is_no_publication(extract_text):
    ex = extract_text("Deep news.\nZorvex Open Platform is operated by Lanxun Intelligence Co., Ltd., Hangzhou.\n")
    assert names_types(ex).get("Zorvex Open Platform") != "Organization", names_types(ex)


@pytest.mark.parametrize("text, model, host", [
    ("Qorlix-Turbo is deployed on production lines at Kuaishou.", "Qorlix-Turbo", "Kuaishou"),
    ("Qorlix-Turbo joins the model marketplace of Baidu.", "Qorlix-Turbo", "Baidu"),
])
def test_a_model_deployed_on_lines_at_a_firm_or_listed_in_its_marketplace(extract_text, text, model, host):
    assert (model, "integratedInto", host) in facts_of(extract_text(text), "integratedInto"), facts_of(extract_text(text), "integratedInto")


def test_a_programme_of_a_bureau_is_issued_by_it_and_keeps_its_ai_plus_prefix(extract_text):
    ex = extract_text("Tencent joined the Zorvex AI+ Manufacturing Pilot Programme of the State Council last year.")
    assert ("Zorvex AI+ Manufacturing Pilot Programme", "issuedBy", "State Council") in facts_of(ex, "issuedBy"), facts_of(ex, "issuedBy")


@pytest.mark.parametrize("text, person, org", [
    ("Zorvan Lee and Qi Yuan, who met as researchers at Tencent, left in May.", "Qi Yuan", "Tencent"),
    ("Zorvan Lee spent six years in Baidu's speech group.", "Zorvan Lee", "Baidu"),
])
def test_plural_roles_at_a_body_and_years_spent_in_it_make_an_affiliation(extract_text, text, person, org):
    assert (person, "affiliatedWith", org) in facts_of(extract_text(text), "affiliatedWith"), facts_of(extract_text(text), "affiliatedWith")


def test_a_partner_described_by_its_trade_after_together_with_is_a_co_developer(extract_text):
    ex = extract_text("Zorvex Sense was developed by Baidu together with equipment vendor Kuaishou.")
    assert ("Zorvex Sense", "developer", "Kuaishou") in facts_of(ex, "developer"), facts_of(ex, "developer")


def test_a_firm_itself_backed_by_an_investor(extract_text):
    ex = extract_text("Zhipu AI itself is backed by Tencent, which led its Series A in March.")
    assert ("Tencent", "investedIn", "Zhipu AI") in facts_of(ex, "investedIn"), facts_of(ex, "investedIn")


@pytest.mark.parametrize("text, investor", [
    ("Zhipu AI closed a US$300 million A1 round on 17 October, with Baidu, Tencent and Kuaishou all taking part.", "Kuaishou"),
    ("Zhipu AI raised 150 million yuan in an angel+ round from Baidu and Tencent.", "Tencent"),
    ("Zhipu AI's Series A, in June, raised 200 million yuan from Baidu, Kuaishou and Tencent.", "Kuaishou"),
    ("Zhipu AI's earlier backers, Baidu and Tencent, will see their holdings diluted.", "Baidu"),
])
def test_round_participants_taking_part_raised_from_and_backers_in_apposition(extract_text, text, investor):
    assert (investor, "investedIn", "Zhipu AI") in facts_of(extract_text(text), "investedIn"), facts_of(extract_text(text), "investedIn")


@pytest.mark.parametrize("text, model, host", [
    ("Kuaishou, which has switched its Kuaishou Input keyboard to Qorlix-Turbo, grew.", "Qorlix-Turbo", "Kuaishou Input"),
    ("Kuaishou switched its Chinese retrieval layer to Qorlix-Turbo last Friday.", "Qorlix-Turbo", "Kuaishou"),
])
def test_a_product_or_firm_that_switched_a_part_of_itself_to_a_model_hosts_it(extract_text, text, model, host):
    assert (model, "integratedInto", host) in facts_of(extract_text(text), "integratedInto"), facts_of(extract_text(text), "integratedInto")


def test_a_newsletter_that_is_a_service_of_a_firm_is_its_unit(extract_text):
    ex = extract_text("Deep news.\nZorvex Asia is a service of Lanxun Financial Media Ltd., Singapore.\n")
    assert ("Zorvex Asia", "subsidiaryOf", "Lanxun Financial Media") in facts_of(ex, "subsidiaryOf"), facts_of(ex, "subsidiaryOf")


def test_a_body_that_already_uses_a_model_runs_it_without_a_stated_purpose(extract_text):
    ex = extract_text("Tsinghua University already uses Qorlix-Turbo.")
    assert ("Qorlix-Turbo", "integratedInto", "Tsinghua University") in facts_of(ex, "integratedInto"), facts_of(ex, "integratedInto")


@pytest.mark.parametrize("text", [
    "Qorlix-Turbo was shown on Wednesday of last week at the Zorvex Forum in Hohhot.",
    "Qorlix-Turbo was first shown to other utilities at the Zorvex Forum in Guangzhou in December.",
    "Qorlix-Turbo was also shown on the stage of the Zorvex Forum in Beijing last week.",
    "Kuaishou's Qorlix-Turbo drew crowds at the Zorvex Forum in Beijing last August.",
])
def test_a_model_shown_to_some_audience_on_a_stage_or_drawing_crowds_at_an_event_is_part_of_it(extract_text, text):
    assert ("Zorvex Forum", "involves", "Qorlix-Turbo") in facts_of(extract_text(text), "involves"), facts_of(extract_text(text), "involves")


@pytest.mark.parametrize("footer, outlet, owner", [
    ("Zorvex Wire is a nonprofit newsroom published by Lanxun Civic News LLC.", "Zorvex Wire", "Lanxun Civic News"),
    ("Zorvane Signal is an independent newsletter published by Lanxun Policy Media Ltd., Hong Kong.", "Zorvane Signal", "Lanxun Policy Media"),
    ("Zorvex Tide is a newsletter by Lanxun Media.", "Zorvex Tide", "Lanxun Media"),
    ("Earzorv is edited in Shanghai and published by Lanxun Digital Media Ltd.", "Earzorv", "Lanxun Digital Media"),
    ("Zorvex & Parcel is an independent newsletter produced in Hong Kong by Lanxun Media Ltd.", "Zorvex & Parcel", "Lanxun Media"),
])
def test_a_footer_naming_where_a_title_is_made_and_who_publishes_it(extract_text, footer, outlet, owner):
    ex = extract_text(f"Tencent released Qwen on Monday.\n\n{footer}")
    assert any(s == outlet and o.startswith(owner) for s, _, o in facts_of(ex, "subsidiaryOf")), facts_of(ex, "subsidiaryOf")


@pytest.mark.parametrize("text, unit, parent", [
    ("Zorvex Steel, another Tencent subsidiary, cut output.", "Zorvex Steel", "Tencent"),
    ("Zorvex Technology now operates as a unit of Baidu.", "Zorvex Technology", "Baidu"),
    ("Kuaishou, itself part of Tencent, agreed.", "Kuaishou", "Tencent"),
])
def test_a_unit_named_by_its_parent_as_a_modifier_operating_as_a_unit_or_itself_part_of_it(extract_text, text, unit, parent):
    assert (unit, "subsidiaryOf", parent) in facts_of(extract_text(text), "subsidiaryOf"), facts_of(extract_text(text), "subsidiaryOf")


@pytest.mark.parametrize("text, investor, firm", [
    ("Baidu has led a $150 million Series C in Zorvex Autonomous Trucking.", "Baidu", "Zorvex Autonomous Trucking"),
    ("Baidu led a 100 million dollar round in Lanxun Intelligent Driving in 2024.", "Baidu", "Lanxun Intelligent Driving"),
    ("Tencent has held a 15 percent stake in Zorvane Records since 2022.", "Tencent", "Zorvane Records"),
    ("Beijing Robotics is backed by Tencent and Baidu.", "Tencent", "Beijing Robotics"),
])
def test_a_round_led_in_a_firm_a_stake_held_since_and_a_firm_named_after_its_city(extract_text, text, investor, firm):
    assert (investor, "investedIn", firm) in facts_of(extract_text(text), "investedIn"), facts_of(extract_text(text), "investedIn")


@pytest.mark.parametrize("text, not_firm", [
    ("Zorvex Mobility Report is a weekly newsletter about Tencent.", "Zorvex Mobility"),
    ("China Semiconductor Watch said Tencent bought chips.", "China Semiconductor"),
])
def test_a_title_word_or_a_country_before_a_firm_suffix_makes_no_firm(extract_text, text, not_firm):
    assert not_firm not in names_types(extract_text(text)), names_types(extract_text(text))


@pytest.mark.parametrize("text, investor, firm", [
    ("Kuaishou raises fresh funds from Tencent and Baidu.", "Tencent", "Kuaishou"),
    ("Zorvex Capital is a Singapore fund backed by Tencent.", "Tencent", "Zorvex Capital"),
    ("Zorvane Holdings, the university's asset management company, holds 8% of Kuaishou.", "Zorvane Holdings", "Kuaishou"),
    ("Zorvex Intelligence has closed a 600 million yuan (about $84 million) Series B round led by Baidu.", "Baidu", "Zorvex Intelligence"),
    ("Lanxun Fintech was backed by Baidu in a 2023 round.", "Baidu", "Lanxun Fintech"),
])
def test_funds_raised_in_a_headline_a_fund_backed_by_and_a_stake_held_past_an_apposition(extract_text, text, investor, firm):
    facts = facts_of(extract_text(text), "investedIn")
    assert (investor, "investedIn", firm) in facts and (firm, "investedIn", investor) not in facts, facts


def test_a_pronoun_stands_for_the_subject_past_an_opening_clause_not_a_name_inside_it(extract_text):
    ex = extract_text("Three years after Zorvan Lee left Baidu to start a model company, Kuaishou has closed a big round. "
                      "The Beijing-based firm said it had raised 5 billion yuan in a Series C led by Tencent.")
    facts = facts_of(ex, "investedIn")
    assert ("Tencent", "investedIn", "Kuaishou") in facts and ("Tencent", "investedIn", "Baidu") not in facts, facts


@pytest.mark.parametrize("text, product, maker", [
    ("Zorvex Studio, a cloud IDE run by Chengdu-based Lanxun Software, added Qwen.", "Zorvex Studio", "Lanxun Software"),
    ("Zorvane Guide, a mini-program built by Tencent, now answers with Qwen.", "Zorvane Guide", "Tencent"),
])
def test_an_ide_or_a_mini_program_named_in_apposition_is_a_product_of_its_maker(extract_text, text, product, maker):
    ex = extract_text(text)
    assert names_types(ex).get(product) == "Product" and (product, "developer", maker) in facts_of(ex, "developer"), facts_of(ex, "developer")


@pytest.mark.parametrize("text, model, host", [
    ("Qorlix-Turbo is live today for everyone in ERNIE Bot.", "Qorlix-Turbo", "ERNIE Bot"),
    ("Qorlix-Turbo is sold preloaded on the Z100.", "Qorlix-Turbo", "Z100"),
    ("ERNIE Bot has come preinstalled on Z100 laptops sold in China since last week.", "ERNIE Bot", "Z100"),
    ("The model Qorlix-Turbo ships inside ERNIE Bot, the company's assistant app.", "Qorlix-Turbo", "ERNIE Bot"),
    ("This month ERNIE Bot moved to Qorlix-Turbo, a model the company released two weeks ago.", "Qorlix-Turbo", "ERNIE Bot"),
    ("Kuaishou Input swapped in Qorlix-Turbo last month.", "Qorlix-Turbo", "Kuaishou Input"),
])
def test_a_model_live_preloaded_or_shipped_inside_a_product_or_one_it_moved_to(extract_text, text, model, host):
    assert (model, "integratedInto", host) in facts_of(extract_text(text), "integratedInto"), facts_of(extract_text(text), "integratedInto")


def test_a_chip_being_moved_to_a_process_is_no_product_moving_to_it(extract_text):
    assert not facts_of(extract_text("The new Z100 chip is being moved to Qorlix-Turbo, engineers said."), "integratedInto")


@pytest.mark.parametrize("text, person, firm", [
    ('"We grew," said Zorvan Lee, Lanxun Tea\'s chairwoman.', "Zorvan Lee", "Lanxun Tea"),
    ("Qi Yuan, Zorvanix's founder, said the app grew.", "Qi Yuan", "Zorvanix"),
])
def test_a_firm_named_only_as_the_possessor_of_a_persons_top_title(extract_text, text, person, firm):
    ex = extract_text(text)
    assert names_types(ex).get(firm) == "Company" and (person, "affiliatedWith", firm) in facts_of(ex, "affiliatedWith"), facts_of(ex, "affiliatedWith")


def test_a_bare_short_name_of_an_unregistered_firm_is_no_parent_of_its_full_name(extract_text):
    ex = extract_text("Zorvanix Digital Holding, a Riyadh investor, signed the deal with Tencent. "
                      "Qi Yuan, Zorvanix's chairman, said the venture would hire 200 engineers.")
    assert not facts_of(ex, "subsidiaryOf"), facts_of(ex, "subsidiaryOf")


def test_a_chip_designer_named_after_its_trade_and_an_agreement_to_work_with(extract_text):
    ex = extract_text("Zorvan Lee founded the Shenzhen chip designer Zorvex Micro. Kuaishou signed an agreement to work with Baidu.")
    assert names_types(ex).get("Zorvex Micro") == "Company", names_types(ex)
    assert ("Kuaishou", "partnerOf", "Baidu") in facts_of(ex, "partnerOf") or ("Baidu", "partnerOf", "Kuaishou") in facts_of(ex, "partnerOf")


@pytest.mark.parametrize("text, fact", [
    ("Kuaishou distilled Qorlix-Turbo from Qwen last spring.", ("Qorlix-Turbo", "basedOn", "Qwen")),
    ("Zorvex Labs fine-tuned Hunyuan-T1 from Qwen.", ("Hunyuan-T1", "basedOn", "Qwen")),
    ("Zorvex Charts, a Baidu company, supplies maps.", ("Zorvex Charts", "subsidiaryOf", "Baidu")),
    ("The Zorvex Plan, the State Council's high-technology plan launched in 1986, funded it.", ("Zorvex Plan", "issuedBy", "State Council")),
    ("The Zorvex Initiative, the initiative that MIIT launched in 2015, grew.", ("Zorvex Initiative", "issuedBy", "Ministry of Industry and Information Technology")),
])
def test_distilled_from_a_parents_company_and_a_policy_whose_apposition_names_its_issuer(extract_text, text, fact):
    assert fact in facts_of(extract_text(text), fact[1]), facts_of(extract_text(text), fact[1])


def test_a_policy_apposition_without_an_issuing_verb_or_possessive_names_no_issuer(extract_text):
    assert not facts_of(extract_text("The Zorvex Initiative, the initiative MIIT criticised, grew."), "issuedBy")


@pytest.mark.parametrize("text, firm", [
    ("Zorvex Digest reported that Lanxun Publishing cut staff.", "Lanxun Publishing"),
    ("Zorvex Watch is a title of Lanxun Policy Media SRL, Brussels.", "Lanxun Policy Media SRL"),
    ("Zorvane Retail AG said it would buy the chips from Baidu.", "Zorvane Retail AG"),
])
def test_publishing_and_european_legal_forms_end_a_firms_name(extract_text, text, firm):
    assert any(n.startswith(firm) and t == "Company" for n, t in names_types(extract_text(text)).items()), names_types(extract_text(text))


@pytest.mark.parametrize("text, name, typ", [
    ("Qorlix-Turbo was unveiled at the Zorvex Building Decarbonisation Summit in Beijing.", "Zorvex Building Decarbonisation Summit", "Event"),
    ("Zorvex Publishing and Media Group owns the press.", "Zorvex Publishing and Media Group", "Company"),
])
def test_a_gerund_inside_a_name_before_its_head_noun_names_a_field_not_a_headline_verb(extract_text, text, name, typ):
    assert names_types(extract_text(text)).get(name) == typ, names_types(extract_text(text))


def test_a_gerund_opening_a_title_case_headline_still_makes_no_name(extract_text):
    assert "Building Smart Civil Aviation" not in names_types(extract_text("Building Smart Civil Aviation\n\nTencent released Qwen."))


@pytest.mark.parametrize("text, person, org", [
    ("Grace Luo set up Zorvex Ventures in 2019.", "Grace Luo", "Zorvex Ventures"),
    ("Karen Lim of Zorvane Analytics, a Singapore consultancy, said the rules were clear.", "Karen Lim", None),
    ('"It works," said Kelvin Ho, who joined after eight years at Tencent.', "Kelvin Ho", None),
])
def test_an_english_given_name_before_a_chinese_or_cantonese_surname_is_a_person(extract_text, text, person, org):
    ex = extract_text(text)
    assert names_types(ex).get(person) == "Person", names_types(ex)
    if org:
        assert any(s == person and o == org for s, _, o in facts_of(ex, "affiliatedWith")), facts_of(ex, "affiliatedWith")


def test_a_given_name_that_is_an_english_word_makes_no_person(extract_text):
    assert "May Lee" not in names_types(extract_text("In May Lee Jun-ho joined Tencent."))


def test_a_person_named_by_a_role_at_a_firm_whose_name_has_a_dot(extract_text):
    ex = extract_text("Zorvan Okafor, Trip.com Group's vice-president for hotel partnerships, said Qwen works.")
    assert names_types(ex).get("Zorvan Okafor") == "Person", names_types(ex)


@pytest.mark.parametrize("text", [
    "Zorvex Labs signed a cooperation agreement on chip design with Zorvane Technology.",
    "Tsinghua University signed a memorandum of understanding on AI safety with Zorvane Technology on Monday.",
])
def test_a_deal_about_a_topic_still_names_the_party_it_is_signed_with(extract_text, text):
    ex = extract_text(text)
    assert len(facts_of(ex, "partnerOf")) == 1, facts_of(ex, "partnerOf")
    assert not [n for n, t in names_types(ex).items() if t == "Policy"], names_types(ex)


def test_a_product_switched_to_a_model_past_its_apposition(extract_text):
    ex = extract_text("Zorvex Education has switched its homework-help app, Kuaishou Input, to Hunyuan-T1.")
    assert ("Hunyuan-T1", "integratedInto", "Kuaishou Input") in facts_of(ex, "integratedInto"), facts_of(ex, "integratedInto")


def test_a_system_described_by_its_kind_runs_in_a_product(extract_text):
    ex = extract_text("Tencent's Qorlix-Turbo driver-assistance system runs in its Zorvex S7 SUV.")
    assert any(s == "Qorlix-Turbo" and p == "integratedInto" for s, p, _ in facts_of(ex, "integratedInto")), facts_of(ex, "integratedInto")


@pytest.mark.parametrize("text, name, typ", [
    ("Lanxun Vision supplied the cameras to Tencent.", "Lanxun Vision", "Company"),
    ("Lanmiao Education makes the tutoring app.", "Lanmiao Education", "Company"),
    ("Tencent hired staff from Lanxun Medical last year.", "Lanxun Medical", "Company"),
    ("Tencent cut spending on Higher Education programmes.", "Higher Education", None),
])
def test_vision_education_and_medical_end_a_firm_name_after_a_pinyin_word(extract_text, text, name, typ):
    assert names_types(extract_text(text)).get(name) == typ, names_types(extract_text(text))


def test_a_finance_director_is_a_title_not_an_investment(extract_text):
    ex = extract_text("Qi Yuan was previously finance director of Tencent.")
    assert not facts_of(ex, "investedIn"), facts_of(ex, "investedIn")
    assert ("Qi Yuan", "affiliatedWith", "Tencent") in facts_of(ex, "affiliatedWith"), facts_of(ex, "affiliatedWith")


def test_a_profile_line_names_a_person_title_and_employer(extract_text):
    ex = extract_text("Speakers\nQi Yuan · CEO at Zorvex Labs\nZorvan Lee · Chief Scientist at Quorvane Research Center\n")
    assert ("Qi Yuan", "affiliatedWith", "Zorvex Labs") in facts_of(ex, "affiliatedWith"), facts_of(ex, "affiliatedWith")
    assert ("Zorvan Lee", "affiliatedWith", "Quorvane Research Center") in facts_of(ex, "affiliatedWith"), facts_of(ex, "affiliatedWith")


@pytest.mark.parametrize("text, firm", [
    ("Lanxin chairman Qi Yuan said sales rose.", "Lanxin"),
    ("Shulan CEO Qi Yuan said the chip ships in May.", "Shulan"),
    ("Rotating chairman Qi Yuan said sales rose.", None),
])
def test_an_unknown_firm_before_its_chairman_or_chief_executive(extract_text, text, firm):
    ex = extract_text(text)
    if firm:
        assert names_types(ex).get(firm) == "Company", names_types(ex)
        assert ("Qi Yuan", "affiliatedWith", firm) in facts_of(ex, "affiliatedWith"), facts_of(ex, "affiliatedWith")
    else:
        assert [n for n, t in names_types(ex).items() if t != "Person"] == [], names_types(ex)


def test_a_model_named_with_its_head_noun_is_built_on_a_possessed_model(extract_text):
    ex = extract_text("Its Qorlix-Turbo recogniser, which is built on Tencent's Hunyuan-T1, handles dialects.")
    assert ("Qorlix-Turbo", "basedOn", "Hunyuan-T1") in facts_of(ex, "basedOn"), facts_of(ex, "basedOn")


def test_a_product_made_by_a_firm_on_top_of_a_model_is_based_on_it(extract_text):
    ex = extract_text("Kuaishou Input was developed by Zorvex Labs on top of Hunyuan-T1.")
    assert ("Kuaishou Input", "basedOn", "Hunyuan-T1") in facts_of(ex, "basedOn"), facts_of(ex, "basedOn")
    assert not facts_of(extract_text("Kuaishou Input was developed by Zorvex Labs on Monday."), "basedOn")


def test_a_firm_described_in_an_apposition_counts_its_backers(extract_text):
    ex = extract_text("Zorvex Labs, a Beijing startup that counts Tencent among its backers, grew.")
    assert ("Tencent", "investedIn", "Zorvex Labs") in facts_of(ex, "investedIn"), facts_of(ex, "investedIn")


def test_digital_ends_a_firm_name_after_a_pinyin_word(extract_text):
    ex = extract_text("Tencent invested in Lanxin Digital last year.")
    assert ("Tencent", "investedIn", "Lanxin Digital") in facts_of(ex, "investedIn"), facts_of(ex, "investedIn")


@pytest.mark.parametrize("text, policy", [
    ("The State Council's opinions on the use of artificial intelligence, issued in December 2022, apply.",
     "opinions on the use of artificial intelligence"),
    ("The State Council issued a circular on data security.", "circular on data security"),
])
def test_lower_case_opinions_and_circulars_are_policies_of_their_issuer(extract_text, text, policy):
    ex = extract_text(text)
    assert (policy, "issuedBy", "State Council") in facts_of(ex, "issuedBy"), facts_of(ex, "issuedBy")


def test_a_fund_named_as_a_vehicle_of_a_group_belongs_to_it(extract_text):
    ex = extract_text("The Zorvex AI Industry Fund, a vehicle of Alibaba Cloud, led the round.")
    assert ("Zorvex AI Industry Fund", "subsidiaryOf", "Alibaba Cloud") in facts_of(ex, "subsidiaryOf"), facts_of(ex, "subsidiaryOf")


@pytest.mark.parametrize("text, word", [
    ("Zorvex Labs kept PaddleOCR, Baidu's open-source OCR engine, for plain text.", "OCR"),
    ("The stack was ported from ROCm, Tencent's open-source GPU toolkit.", "GPU"),
    ("Residents log in through the ID service run by the State Council.", "ID"),
])
def test_a_technology_name_before_a_head_noun_is_no_product(extract_text, text, word):
    assert word not in names_types(extract_text(text)), names_types(extract_text(text))


def test_names_added_to_a_list_together_with_another_are_its_targets_not_its_issuers(extract_text):
    ex = extract_text("In October, MIIT added Tencent to its Zorvex Entity List, together with Baidu and Kuaishou.")
    assert {o for _, _, o in facts_of(ex, "targets")} >= {"Tencent", "Baidu", "Kuaishou"}, facts_of(ex, "targets")
    assert {o for _, _, o in facts_of(ex, "issuedBy")} <= {"Ministry of Industry and Information Technology"}, facts_of(ex, "issuedBy")


def test_a_singular_apposition_after_a_list_of_funds_owns_only_the_last(extract_text):
    ex = extract_text("Zorvex Capital, Lanxun Ventures and Qorlix Fund, a fund owned by Tencent, also joined.")
    assert {s for s, _, o in facts_of(ex, "subsidiaryOf") if o == "Tencent"} == {"Qorlix Fund"}, facts_of(ex, "subsidiaryOf")


def test_an_arm_named_through_its_belongs_to_the_sentence_subject(extract_text):
    ex = extract_text("Tencent has taken a stake in Beijing start-up Zorvex Labs through its investment arm Lanxun Capital, the companies said.")
    assert ("Lanxun Capital", "subsidiaryOf", "Zorvex Labs") not in facts_of(ex, "subsidiaryOf"), facts_of(ex, "subsidiaryOf")
    assert ("Lanxun Capital", "subsidiaryOf", "Tencent") in facts_of(ex, "subsidiaryOf"), facts_of(ex, "subsidiaryOf")


def test_a_model_that_runs_on_a_named_processor_is_no_part_of_it(extract_text):
    ex = extract_text("On the Zorvex 8 phone, the Qorlix-Turbo model runs on the Snapdragon 8 Elite.")
    assert not [f for f in facts_of(ex, "integratedInto") if f[0] == "Qorlix-Turbo"], facts_of(ex, "integratedInto")


def test_a_device_that_runs_on_a_processor_holds_it(extract_text):
    ex = extract_text("The Zorvex Q2 robot runs on the RK3588.")
    assert ("RK3588", "integratedInto", "Zorvex Q2") in facts_of(ex, "integratedInto"), facts_of(ex, "integratedInto")
    assert not facts_of(ex, "basedOn"), facts_of(ex, "basedOn")


@pytest.mark.parametrize("text, place", [
    ("Farmers in Lankao County use the app.", "Lankao County"),
    ("The park sits beside Jinji Lake in Beijing.", "Jinji Lake"),
    ("The firm moved to Huangpu District last year.", "Huangpu District"),
])
def test_a_pinyin_name_before_county_district_or_lake_is_a_place(extract_text, text, place):
    assert names_types(extract_text(text)).get(place) == "Place", names_types(extract_text(text))


def test_a_place_word_after_an_english_word_names_no_place(extract_text):
    assert "Central Business District" not in names_types(extract_text("Tencent opened an office in the Central Business District."))


def test_a_known_makers_name_before_open_platform_names_a_product(extract_text):
    ex = extract_text("Developers call Qwen through the Tencent Open Platform.")
    assert names_types(ex).get("Tencent Open Platform") == "Product", names_types(ex)
    assert ("Tencent Open Platform", "developer", "Tencent") in facts_of(ex, "developer"), facts_of(ex, "developer")
    assert "Zorvex Open Platform" not in names_types(extract_text("Developers call Qwen through the Zorvex Open Platform."))


@pytest.mark.parametrize("text, name, typ", [
    ("Qingdao Customs and Beijing Customs use the model.", "Beijing Customs", "GovernmentAgency"),
    ("Dutch Customs seized the shipment.", "Dutch Customs", "GovernmentAgency"),
    ("Qwen was shown at Zorvex Creator Day.", "Zorvex Creator Day", "Event"),
])
def test_customs_offices_and_creator_days(extract_text, text, name, typ):
    assert names_types(extract_text(text)).get(name) == typ, names_types(extract_text(text))


def test_a_person_given_a_role_in_a_where_clause_works_at_the_firm(extract_text):
    ex = extract_text("Zorvex Labs, where Qi Yuan is chief executive, said so.")
    assert ("Qi Yuan", "affiliatedWith", "Zorvex Labs") in facts_of(ex, "affiliatedWith"), facts_of(ex, "affiliatedWith")
    assert not facts_of(extract_text("Zorvex Labs, where Qi Yuan spoke on Monday, said so."), "affiliatedWith")


def test_a_person_who_moved_from_one_firm_to_another_worked_at_both(extract_text):
    ex = extract_text("Zorvan Lee, who moved from Tencent to Baidu last year, said so.")
    assert {o for s, _, o in facts_of(ex, "affiliatedWith") if s == "Zorvan Lee"} == {"Tencent", "Baidu"}, facts_of(ex, "affiliatedWith")


@pytest.mark.parametrize("text, fact", [
    ("Kuaishou and Baidu have each announced in-house deployments of Hunyuan-T1.", ("Hunyuan-T1", "integratedInto", "Baidu")),
    ("Baidu, whose factories run Hunyuan-T1, said yields rose.", ("Hunyuan-T1", "integratedInto", "Baidu")),
    ("Kuaishou Input answers questions by calling Hunyuan-T1.", ("Hunyuan-T1", "integratedInto", "Kuaishou Input")),
    ("Kuaishou Input can now call Hunyuan-T1 as well as Qwen.", ("Qwen", "integratedInto", "Kuaishou Input")),
    ("Kuaishou added Hunyuan-T1 and Qwen to its search function.", ("Qwen", "integratedInto", "Kuaishou")),
])
def test_a_body_that_deploys_or_calls_a_model_hosts_it(extract_text, text, fact):
    ex = extract_text(text)
    assert fact in facts_of(ex, "integratedInto"), facts_of(ex, "integratedInto")
    assert not any(s == "Hunyuan-T1" and o in ("Kuaishou", "Baidu") for s, _, o in facts_of(ex, "developer")), facts_of(ex, "developer")


def test_a_model_built_into_a_host_is_not_the_builders_own(extract_text):
    ex = extract_text("Kuaishou has built Hunyuan-T1 into Kuaishou Input.")
    assert ("Hunyuan-T1", "integratedInto", "Kuaishou Input") in facts_of(ex, "integratedInto")
    assert ("Hunyuan-T1", "developer", "Kuaishou") not in facts_of(ex, "developer"), facts_of(ex, "developer")
    assert ("Zorvex-2", "developer", "Kuaishou") in facts_of(extract_text("Kuaishou has built Zorvex-2 for its own apps."), "developer")


@pytest.mark.parametrize("text, fact", [
    ("Kuaishou said its in-house model, Zorvex-2, reads the scans.", ("Zorvex-2", "developer", "Kuaishou")),
    ("Zorvex-2 was fine-tuned by Kuaishou engineers.", ("Zorvex-2", "developer", "Kuaishou")),
    ("The Zorvex Square, a model-sharing platform that Kuaishou put online in December, lists 40 models.", ("Zorvex Square", "developer", "Kuaishou")),
])
def test_in_house_and_fine_tuned_by_name_the_developer(extract_text, text, fact):
    ex = extract_text(text)
    assert fact in facts_of(ex, "developer"), facts_of(ex, "developer")


def test_a_base_model_a_clause_hangs_on_is_not_the_subject_of_the_next_verb(extract_text):
    ex = extract_text("It is built on Zorvex-2, the legal model that the State Council launched in November last year, "
                      "and was trained by Kuaishou on court rulings.")
    assert ("Zorvex-2", "developer", "State Council") in facts_of(ex, "developer"), facts_of(ex, "developer")
    assert ("Zorvex-2", "developer", "Kuaishou") not in facts_of(ex, "developer"), facts_of(ex, "developer")


@pytest.mark.parametrize("text, outlet, publisher", [
    ("Lanmiao Finance is published by Zorvane Media Ltd.", "Lanmiao Finance", "Zorvane Media"),
    ("Zorvex Asia is owned and operated by Zorvane Digital Limited.", "Zorvex Asia", "Zorvane Digital"),
    ("Zorvex Asia is a trademark of Zorvane Information Services Ltd.", "Zorvex Asia", "Zorvane Information Services"),
    ("Lanmiao Signal is published on Substack by Zorvane Media LLC.", "Lanmiao Signal", "Zorvane Media"),
])
def test_an_outlet_named_in_a_footer_belongs_to_its_publisher(extract_text, text, outlet, publisher):
    ex = extract_text(text)
    assert names_types(ex).get(outlet) == "Organization", names_types(ex)
    assert (outlet, "subsidiaryOf", publisher) in facts_of(ex, "subsidiaryOf"), facts_of(ex, "subsidiaryOf")


def test_a_verb_opening_a_line_is_no_part_of_a_firms_name(extract_text):
    names = names_types(extract_text("(2) Support Zorvane Machinery Co., Ltd. and Baidu in applying AI to loaders."))
    assert not any(n.startswith("Support") for n in names), names
    assert names_types(extract_text("Lanmiao Finance Media Co., Ltd. said so.")).get("Lanmiao Finance Media") == "Company"


@pytest.mark.parametrize("text, investors, firm", [
    ("Zorvex Robotics's Series A last year was led by Tencent.", {"Tencent"}, "Zorvex Robotics"),
    ("Zorvane Capital, the venture arm of Baidu, led Zorvex Robotics's first round in 2023.", {"Zorvane Capital"}, "Zorvex Robotics"),
    ("Tencent and Baidu, both of which put money into Zorvex Robotics in 2021, sold shares.", {"Tencent", "Baidu"}, "Zorvex Robotics"),
])
def test_rounds_led_past_a_time_or_an_apposition_and_clauses_after_a_list(extract_text, text, investors, firm):
    facts = facts_of(extract_text(text), "investedIn")
    assert {s for s, _, o in facts if o == firm} == investors, facts


@pytest.mark.parametrize("text, org", [
    ("Qi Yuan, Legal Counsel, Tencent, spoke first.", "Tencent"),
    ("Qi Yuan, independent director, formerly of Baidu, joined the board.", "Baidu"),
    ("Zorvex Robotics, a 40-person startup in Beijing founded in 2023 by Qi Yuan, makes robots.", "Zorvex Robotics"),
])
def test_people_tied_by_titles_and_founding_past_a_numeric_apposition(extract_text, text, org):
    assert ("Qi Yuan", "affiliatedWith", org) in facts_of(extract_text(text), "affiliatedWith")


@pytest.mark.parametrize("text, fact", [
    ("Zorvex-2 can be tried in Kuaishou Input, the venture's own assistant app.", ("Zorvex-2", "integratedInto", "Kuaishou Input")),
    ("Its Kuaishou Input app now relies entirely on Hunyuan-T1.", ("Hunyuan-T1", "integratedInto", "Kuaishou Input")),
])
def test_more_ways_a_product_takes_a_model_in(extract_text, text, fact):
    assert fact in facts_of(extract_text(text), "integratedInto")


def test_a_makers_name_written_before_a_registry_product_names_the_maker(extract_text):
    ex = extract_text("The Tencent QX900 board runs the model.")
    assert names_types(ex).get("Tencent") == "Company", names_types(ex)
    assert ("QX900", "developer", "Tencent") in facts_of(ex, "developer"), facts_of(ex, "developer")


def test_a_pair_of_languages_is_no_model(extract_text):
    ex = extract_text("Zorvex-2, an Arabic-English chat model built on Qwen, was released.")
    assert "Arabic-English" not in names_types(ex), names_types(ex)
    assert ("Zorvex-2", "basedOn", "Qwen") in facts_of(ex, "basedOn"), facts_of(ex, "basedOn")


def test_an_object_clause_past_the_firms_seat_and_kind_and_a_base_past_its_owner(extract_text):
    ex = extract_text("Zorvex-7B, a mediation model that Beijing startup Zorvane Labs released in September, built on Tencent's Hunyuan-T1, is used.")
    assert ("Zorvex-7B", "developer", "Zorvane Labs") in facts_of(ex, "developer"), facts_of(ex, "developer")
    assert ("Zorvex-7B", "basedOn", "Hunyuan-T1") in facts_of(ex, "basedOn"), facts_of(ex, "basedOn")
    # (a base the clause's tool is built on is not the head's: "offers tools built on Tencent's Hunyuan-T1")
    ex = extract_text("Zorvex Shop, the merchant backend of Kuaishou, offers sellers tools built on Tencent's Hunyuan-T1.")
    assert ("Zorvex Shop", "basedOn", "Hunyuan-T1") not in facts_of(ex, "basedOn"), facts_of(ex, "basedOn")


@pytest.mark.parametrize("text, fact", [
    ("Kuaishou released Zorvex-2 in May. Its speech tokenizer is borrowed from Qwen.", ("Zorvex-2", "basedOn", "Qwen")),
    ("Kuaishou launched Kuaishou Input in May. Its traffic-management module uses Tencent's Hunyuan-T1 model.", ("Hunyuan-T1", "integratedInto", "Kuaishou Input")),
    ("Kuaishou launched Zorvex-2 in May. It is built into ERNIE Bot.", ("Zorvex-2", "integratedInto", "ERNIE Bot")),
])
def test_a_part_of_the_last_model_and_it_built_into_a_host(extract_text, text, fact):
    ex = extract_text(text)
    assert fact in facts_of(ex, fact[1]), facts_of(ex, fact[1])


@pytest.mark.parametrize("text, target", [
    ("The State Council issued the Zorvex Action Plan on Monday. The plan singles out Tencent's Hunyuan-T1 model as a foundation.", "Hunyuan-T1"),
    ("MIIT issued the Zorvex Measures on Monday. The notice names Qwen as an example of the products it covers.", "Qwen"),
])
def test_a_policy_that_names_or_singles_out_a_model_targets_it(extract_text, text, target):
    facts = facts_of(extract_text(text), "targets")
    assert any(o == target for _, _, o in facts), facts


@pytest.mark.parametrize("text, org", [
    ("Qi Yuan sits on the technical advisory board of Baidu.", "Baidu"),
    ("Qi Yuan still teaches as an adjunct professor at Tsinghua University.", "Tsinghua University"),
    ("Qi Yuan, a philosopher at Tsinghua University, said so.", "Tsinghua University"),
])
def test_board_seats_teaching_and_more_titles_tie_people_to_bodies(extract_text, text, org):
    assert ("Qi Yuan", "affiliatedWith", org) in facts_of(extract_text(text), "affiliatedWith")


def test_sitting_on_a_stand_is_no_board_seat(extract_text):
    assert not facts_of(extract_text("Qi Yuan sits on the Baidu stand at the fair."), "affiliatedWith")


@pytest.mark.parametrize("text", [
    "Zorvex Robotics was set up in 2020 with 30 million yuan from Tencent.",
    "In July Tencent invested RMB 30 million for a 12% stake in Zorvex Robotics, a lidar start-up.",
    "Zorvex Robotics's Series B, led by Tencent in October last year, closed.",
])
def test_money_put_in_at_the_start_for_a_stake_or_in_a_round(extract_text, text):
    assert ("Tencent", "investedIn", "Zorvex Robotics") in facts_of(extract_text(text), "investedIn")
