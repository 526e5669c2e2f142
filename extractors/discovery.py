"""cakg_discovery: find names the registry does not know, from the cues around them in the text.

Each rule is a regex built from the lexicon (rules/lexicon.toml): model names with versions ("GLM-4.5"),
names before a head noun ("its Qwen2 chatbot"), organisation cues ("startup X", "X Technology"),
agencies ("Ministry of ...", "... Administration"), research bodies, policies ("... Plan", "rules on ..."),
events ("... Summit") and people ("X, head of Y", "President X"). Registry names found by the gazetteer
win over a discovered name unless the discovered one is longer and contains it ("Hunyuan Image 3.0").
"""

from __future__ import annotations

import re
from bisect import bisect_right, insort
from collections import Counter
from dataclasses import dataclass

from spacy.language import Language
from spacy.tokens import Doc

from extractors.bylines import CREDIT_BY, CREDIT_FIELD, STAFF_TITLE, WRITER_PLACE
from extractors.lexicon import fast_start, load_lexicon, phrase_regex, verb_forms, verbs_regex
from extractors.mentions import (
    BODY_TYPES,
    LEGAL_FORM,
    PARTICIPANT_TITLES,
    PLACE_TYPES,
    TITLE_HEADS,
    Mention,
    doc_text,
    mentions_of,
    set_doc_ents,
)
from extractors.tables import pipe_tables

SP = r"[^\S\n]+"  # spaces, never a line break
SPO = r"[^\S\n]*"  # optional spaces ("{SP}?" would be a lazy "one or more")
# a word of a lower-case policy name: "guidance on Huawei's Ascend chips", 'opinions on the "AI+" action'
POLICY_WORD = r"(?:[“\"](?=[\w+\-]+[”\"]))?[\w\-]+\+?[”\"]?(?:['’]s)?"
W = r"(?:[A-Z][a-z]+['’](?!s\b)[a-z]+|[A-Z][\w&\-]*\w|[A-Z])"  # a capitalised word ("Xi'an", not "Alibaba's")
WN = r"(?:[A-Z][\w&.\-]*\w|[A-Z]|\d+(?:\.\d+)?[A-Za-z]*)"  # capitalised word or a number (for model names)
CONN = r"(?:(?:and|of|for|on|the|de|&)" + SP + r"|of" + SP + r"the" + SP + r")"  # "of the": "Implementation of the AI Plus Action"
# ('the "AI+" Action', 'the "AI Plus" Action': a quoted word or two inside a title)
PEOPLES = r"(?:People['’]s|[“\"]" + W + r"\+?(?:" + SP + r"(?:\+" + SP + r")?" + W + r"\+?){0,3}[”\"]|" + W + r"\+?)"  # ('"AI + Manufacturing"')
# inside a long title also "of a", "to" ("Guidelines for the Construction of a National ... System", "Measures to Support ...")
CONN_LONG = (r"(?:(?:and|of|for|on|the|in|de|&|a|an|to)" + SP + r"|(?:of|to|in|for|on|and)" + SP + r"(?:the|an?)" + SP
             + r"|(?:for|in|of)" + SP + r"the" + SP + r"\d{1,2}(?:st|nd|rd|th)" + SP + r")")  # ("... and the Protection of Minors", "for the 14th Five-Year Period")
NAMEWORD = r"[A-Z][a-zß-öø-ÿ][a-zß-öø-ÿ\-']*(?:-[A-Z][a-zß-öø-ÿ]+)?"  # a person's name part ("Brandstätter", "José")

CHINESE_SURNAMES = (
    "Wang Li Zhang Liu Chen Yang Huang Zhao Wu Zhou Xu Sun Ma Zhu Hu Guo He Gao Lin Luo Zheng Liang Xie Song "
    "Tang Han Feng Deng Cao Peng Zeng Xiao Tian Dong Yuan Pan Yu Jiang Cai Ye Du Cheng Wei Su Lu Ding Ren "
    "Shen Yao Lei Fan Fang Shi Qian Qiu Qin Kong Bai Gai Hou Duan Lei Long Tao Jin Zou Xiong Meng Qin Yan "
    "Mao Hao Xue Wan Gu Dai Fu Xia Zhong Wen Tan Lai Mo Kang Wan Yin Chang Niu Shao Yi Liao Lv Lyu Kuang "
    "Jiao Zhan Jia Cui Ge Fei Bao Rao Pei Chai Geng Yue Miao Nie Ruan Zhai Zhuang Zhuo Zong Huo Guan Gong Dou Xing "
    "Lian Tong Zang Qi Mu Zuo Bi Gan Pu Quan Che Shu Ou "
    "Ji Ke Shan Ning Sheng Ouyang Ni Xin Ling Rong Cen Jing Leng Lou Qu Shang Sima Weng Xiang Yun Zhen Bian Chu Gou "
    "Heng Kou Lan Lang Pang Qiao Teng Yong Zhuge Situ Shangguan Mei Hang Ban Bu Cang"
).split()
_SURNAMES = set(CHINESE_SURNAMES)
# "He" is a surname as well as a pronoun: before a given name it opens a person's name ("He Yuwen", "He Zhengyu")
_SURNAME_PRONOUN = re.compile(r"He[^\S\n]+(?!(?:Is|Was|Has|Had|Said|Says|Will|Would|Also|And|The)\b)[A-Z][a-z]+(?:[^\S\n]+[A-Z][a-z]+)?$")


def _he_surname(text: str, start: int, end: int) -> bool:
    """Whether "He" opening a person's name is the surname: a capitalised pinyin given name follows it."""
    m = _SURNAME_PRONOUN.match(text, start, end)
    return m is not None and all(_PINYIN.fullmatch(w) for w in text[start + 3 : end].split())


NOT_GIVEN = {"Said", "Says", "Also", "Group", "Auto", "Ning", "Dynasty", "River", "Road", "Street", "Kong", "Holdings", "Capital", "Ventures"}


_DIGITS = re.compile(r"\d+")


def _version_hits(text: str) -> list[tuple[int, int]]:
    """Numbers that can be a model's version: right after a letter ("Qwen2", "K2"), a hyphen ("GLM-4.5") or a
    word holding a capital ("Qwen 2.5", "Hunyuan Image 3.0", "iPhone 17"); not those of "in 2025" or "about 30"."""
    out = []
    for m in _DIGITS.finditer(text):
        i = m.start()
        c = text[i - 1] if i else " "
        if c.isalpha() or (c == "-" and i > 1 and text[i - 2].isalnum()):
            out.append(m.span())
        elif c == " " and i > 1 and text[i - 2].isalnum():
            w = text.rfind(" ", 0, i - 1) + 1
            if not text[w : i - 1].islower():
                out.append(m.span())
    return out


_WORDS = re.compile("")  # marks a rule whose trigger words are found by the shared Aho-Corasick pass


@dataclass
class Rule:
    name: str
    regex: re.Pattern
    type: str
    group: int = 1
    trigger: re.Pattern | None = None  # a cheap literal search; the rule runs only in windows around its hits
    before: int = 0
    after: int = 0


class Discovery:
    def __init__(self, entries=(), lexicon: dict | None = None):
        lex = lexicon or load_lexicon()
        cues = lex["cues"]
        # "Startup Zorvex AI": a capitalised cue word opening a sentence is not part of the name either
        # head nouns that name nothing alone ("at the Institute"): see definite_heads
        self.bare_heads = frozenset(w for k in ("agency_head", "research_head", "event_head", "org_head") for w in cues[k] if " " not in w)
        self.stop_caps = set(cues["stop_caps"]) | {w[:1].upper() + w[1:] for w in cues["org_before"] if " " not in w}
        self.share_platforms = re.compile(r"(?<![\w\-])(?:" + "|".join(re.escape(w) for w in sorted(cues["share_platforms"], key=len, reverse=True)) + r")(?![\w\-])")
        self.known_types: dict[str, str] = {}
        self.registry_names: dict[str, str] = {e.id: e.name for e in entries}
        self.model_families: set[str] = set()
        self.product_families: set[str] = set()
        from kg.registry import norm_key

        self.norm_key = norm_key
        generic = {w.lower() for w in self.stop_caps} | set(cues.get("generic_first_words", ()))
        for e in entries:
            for s in (e.name, *e.aliases):
                self.known_types.setdefault(norm_key(s), e.type)
        for e in entries:
            if e.type in ("AIModel", "LanguageModel", "Product"):
                for n, s in enumerate((e.name, *e.aliases)):
                    fam = re.split(r"[\s\-]|(?<=[a-zA-Z])(?=\d)", s)[0]
                    # (a family is a name's own first word: "Qwen", "Kling"; not "Model" of Model Context Protocol; a maker's
                    # name makes a family of models ("DeepSeek-R1"), not of products ("iFlytek Input" makes no "iFlytek X1" a
                    # product), and an alias's first word when a version number follows it and it names nothing by itself
                    # ("Horizon Journey" a.k.a. "Journey 6": "Journey")
                    if len(fam) < 3 or fam.lower() in generic or n and (
                        norm_key(fam) in self.known_types or not fam[:1].isupper() or not re.match(r"[\s\-]?\d", s[len(fam) :])
                    ):
                        continue
                    if e.type != "Product":
                        self.model_families.add(fam.lower())
                    elif self.known_types.get(norm_key(fam)) not in _ORG_TYPES:
                        self.product_families.add(fam.lower())

        role = phrase_regex(lex["roles"]["words"])
        role_low = phrase_regex([w for w in lex["roles"]["words"] if w.islower() and w not in ("member", "partner", "lead", "deputy", "official", "investor")])
        titles = phrase_regex(lex["roles"]["titles"])
        self.title_words = {w.lower() for t in lex["roles"]["titles"] + lex["roles"]["words"] for w in t.split()}
        agency = phrase_regex(cues["agency_head"])
        research = phrase_regex(cues["research_head"])
        policy = phrase_regex([h for h in cues["policy_head"] if h != "Policy"])
        event = phrase_regex([e for e in cues["event_head"] if e != "Congress"])
        org_suffix = phrase_regex(cues["org_suffix"] + cues["org_trade_suffix"])
        self.trade_suffix = frozenset(cues["org_trade_suffix"])
        org_before = phrase_regex(cues["org_before"])
        body = phrase_regex(cues["body_head"])
        # (the name ends where its words do: not "Blue" of "Blue Lantern's team", not "GPU" of "the Hefei-based GPU designer")
        kinds = phrase_regex(set(cues["org_before"]) | set(cues["model_head"]) | set(cues["product_head"]) | {
            "designer", "designers", "makers", "manufacturers", "arm", "unit", "team", "teams", "secretariat", "suppliers", "vendors",
            "contract", "division", "subsidiary", "affiliate", "brand", "companies", "firms", "startups", "start-ups", "industry"})
        kind_not_next = rf"(?![\w\-'’]|{SP}[A-Z&(]|{SP}(?:{kinds})s?\b)"
        self.demonym_words = frozenset(lex.get("demonyms", {}))
        model_head = phrase_regex(cues["model_head"])
        product_head = phrase_regex(cues["product_head"])
        msuffix = phrase_regex(cues["model_suffix"])
        # "LongCat-Flash-Chat" where the registry knows "LongCat-Flash": a known model and a variant suffix
        # ("LongCat-Flash" + "-Chat", "DeepSeek-R1-0528" + "-Qwen3-8B": a variant or a distilled model's full name)
        self.suffix_after = re.compile(rf"(?:-(?:{msuffix}|[A-Z0-9](?:\w|\.(?=\w))*))+(?![\w\-])")
        variants = "|".join(re.escape(v) for v in cues["model_variant_lower"])
        outlets = "|".join(re.escape(v) for v in cues["outlet_head"])
        policy_low = phrase_regex(cues["policy_lower_head"])
        issue = verbs_regex(lex["verbs"]["issue"])
        sur = "(?:" + "|".join(CHINESE_SURNAMES) + ")"
        given = "|".join(cues["english_given_names"])
        sur_other = "|".join(cues["other_surnames"])
        name_run = W + "(?:" + SP + CONN + "?" + PEOPLES + "){0,6}"
        name_run_long = PEOPLES + "(?:" + SP + CONN_LONG + "?" + PEOPLES + "){0,14}"  # titles of regulations run long
        rules = [
            # agencies: "Ministry of Industry and Information Technology", "National Data Administration"
            Rule("agency_of", rf"\b((?:{W}{SP}){{0,3}}{agency}{SP}(?:of|for){SP}(?:the{SP})?{name_run})", "GovernmentAgency"),
            Rule("agency_head", rf"\b({PEOPLES}(?:{SP}(?:and{SP})?{PEOPLES}){{0,6}}{SP}{agency})\b", "GovernmentAgency"),
            # research bodies: "Tsinghua University", "Chinese Academy of Sciences", "Institute of Automation"
            # ("Marine Design and Research Institute of China": an "X and Research" pair before the head)
            Rule("research_of", rf"\b((?:{W}{SP}){{0,3}}(?:{W}{SP}and{SP}(?:Research|Design|Technology|Development|Planning|Survey|Testing|Engineering|Innovation){SP})?(?:University|Institute|Academy|College|School|Laboratory){SP}(?:of|for){SP}{name_run})", "ResearchInstitution"),
            Rule("research_head", rf"\b((?:{W}{SP}){{1,5}}{research})\b", "ResearchInstitution"),
            # "Gearhouse Digital (Shenzhen) Co., Ltd.": a Chinese firm's registered name, its city in brackets before the legal form
            Rule("org_legal_place", rf"\b((?:{W}{SP}){{1,4}}\({W}(?:{SP}{W})?\){SP}(?:Co\.,?{SPO}Ltd\.?|Co\.|Ltd\.?|Limited))", "Company"),
            # hospitals and clinics: "Minjiang First Hospital", "Chengdu Second People's Hospital", "First Affiliated Hospital of
            # USTC" (not "Hospital Authority", "Fujian Provincial Hospital Group": the name goes on past the head; not "Xiangya Cloud
            # Clinic", an online service)
            Rule("hospital", rf"\b((?:(?!(?:Cloud|Online|Digital|Smart|Virtual|Internet|AI){SP}(?:Hospital|Clinic))(?:{PEOPLES}){SP}){{1,5}}(?:Hospital|Clinic|Medical{SP}Cent(?:er|re))(?:{SP}of{SP}(?:the{SP})?{W}(?:{SP}(?:of{SP}|for{SP}|and{SP}(?!(?:{W}{SP}){{0,4}}(?:Hospital|Clinic)\b))?{W}){{0,6}})?)\b(?!{SP}[A-Z]|['’]s?\b)", "Organization"),
            # events: "2025 AI Action Summit", "10th World Robot Conference"
            # ("the Shanghai World Expo Exhibition and Convention Center" is a venue, not an event)
            # "the third session of the 14th National People's Congress", "the fourth plenary session of the 20th CPC
            # Central Committee": a numbered sitting of a standing body is an event
            Rule("event_session", rf"\b((?:first|second|third|fourth|fifth|sixth|seventh|\d(?:st|nd|rd|th)){SP}(?:plenary{SP})?session{SP}of{SP}the{SP}\d{{1,2}}(?:st|nd|rd|th){SP}(?:{W}{SP}){{0,3}}?(?:National{SP}People['’]s{SP}Congress|NPC|CPPCC(?:{SP}National{SP}Committee)?|Central{SP}Committee|(?:Standing{SP})?Committee))", "Event"),
            # an occasion known by its name and year alone, where a firm shows things: "at Huawei Connect 2024", "during CES 2026"
            Rule("event_year", rf"\b(?:[Aa]t|[Dd]uring|attended|attends|attending){SP}(?:the{SP})?((?:[A-Z][\w\-&]*{SP}){{1,3}}(?:19|20)\d\d)(?![\w\-–/])", "Event"),
            Rule("event_head", rf"\b((?:(?:19|20)\d\d{SP}|\d{{1,2}}(?:st|nd|rd|th){SP})?{W}{SP}(?:(?:{W}|&){SP}){{0,5}}{event}(?:{SP}on{SP}(?:the{SP})?{W}(?:{SP}(?:and{SP})?{W}){{0,4}})?(?:{SP}(?:19|20)\d\d(?![\-–/]\d))?)\b(?!{SP}(?:(?:and|&){SP}{W}{SP})?(?:Center|Centre|Hall|Halls|Park|Venue|Stadium|Arena|Complex|Building|Grounds)\b|{SP}(?!(?:In|On|At|The|This|With|For|From|And|But)\b)[A-Z][a-z])", "Event"),
            # "Create 2025, the company's annual developer conference": a name the apposition calls an event
            Rule("event_apposition", rf"\b({W}(?:{SP}{W}){{0,2}}(?:{SP}(?:19|20)\d\d)?),{SP}(?:the|an?|its|this{SP}year['’]s)(?:{SP}(?!(?:behind|of|for|at|in|on|with|by|from|to|that|which|who|and|or|as|where|when)\b)(?![a-z]+ing\b)[\w\-'’]+){{0,4}}?{SP}(?:conference|summit|forum|expo|gala|festival|hackathon|exhibition|trade{SP}fair)\b(?![\w\-'’]|{SP}(?!(?:in|on|at|of|for|that|which|where|held|this|last|next|and|with|to|was|is|will|opened|opens|kicked|took|drew)\b)[a-z])", "Event"),
            # court cases: "Li v. Liu", "iQiyi v. MiniMax"
            Rule("case_name", rf"(?<![\w\-])((?:[A-Z][\w\-&]*{SP}){{0,2}}[A-Za-z][\w\-&]*{SP}v(?:s)?\.{SP}[A-Z][\w\-&]*(?:{SP}[A-Z][\w\-&]*){{0,2}})", "Event"),
            # policies with a capitalised name: "New-Generation AI Development Plan", "14th Five-Year Plan"
            # ("Lanting Law Offices", "Peking University Law School": no law)
            Rule("policy_head", rf"\b((?:(?:{W}{SP})?AI\+{SP})?(?:\d{{1,2}}(?:st|nd|rd|th)[\s\-]|{W}[\s\-])(?:\d{{1,2}}(?:st|nd|rd|th)[\s\-]|{W}[\s\-]|and{SP}(?=[A-Z])){{0,7}}{policy})\b(?!{SP}(?:Offices?|Firm|School|Society|Review|Journal|Cent(?:er|re)|Institute|Department|Faculty|Clinic|Partners|LLP)\b)", "Policy"),
            Rule("policy_quoted", rf"[“\"]((?:{W}|\+)(?:{SP}(?:{W}|\+))*\+?)[”\"]{SP}(initiative|strategy|plan|programme|program|campaign|policy)\b", "Policy"),
            Rule("policy_named", rf"\b((?:{W}{SP}){{1,3}}(?:initiative|strategy|action plan))\b", "Policy"),
            # ("Several Policy Measures for Promoting the Innovative Development of the ... Industries in Guangdong Province")
            Rule("policy_title", rf"\b((?:Outline{SP}of{SP}the{SP})?(?:Interim{SP}|Administrative{SP}|Provisional{SP}|(?:Several|Some|Guiding|Implementation|Policy){SP}){{0,2}}(?:Measures|Provisions|Regulations|Guidelines|Opinions|Rules|Law|(?:Action{SP}|Development{SP}|Implementation{SP})?Plan|Initiative|Strategy|Framework|Programme|Program|Notice|Circular|Guide|Decision){SP}(?:for|on|of|to(?={SP}(?:the{SP})?[A-Z])){SP}(?:the{SP})?{name_run_long})", "Policy"),
            # standards: "Basic Security Requirements for Generative Artificial Intelligence Services" (two title words at least)
            Rule("standard_title", rf"\b((?:[A-Z][a-z]+{SP}){{0,3}}(?:Requirements|Specifications?){SP}(?:for|on|of){SP}(?:the{SP})?{W}(?:{SP}{CONN}?{PEOPLES}){{1,14}})", "Policy"),
            # policies named by a lowercase phrase: "draft rules on generative AI", "export controls on chips"
            Rule("policy_on", rf"\b((?:draft{SP}|new{SP}|final{SP}|interim{SP}|(?:two|three|five|ten)-year{SP})?{policy_low}(?:{SP}\((?:19|20)\d\d[-–](?:19|20)?\d\d\))?{SP}(?:on|for|against|governing|regarding|targeting|to{SP}(?:support|promote|boost|encourage|regulate|govern|accelerate|strengthen|advance|foster|standardi[sz]e|curb|restrict)){SP}(?:the{SP})?(?!(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?{SP}\d|(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b|\d)(?:{POLICY_WORD}|\((?!in\s+force|effective|from)[^)\n\d]{{1,30}}\))(?:{SP}(?:{POLICY_WORD}|\((?!in\s+force|effective|from)[^)\n\d]{{1,30}}\))){{0,11}}?)(?=[,.;:!?)]|{SP}\((?:in\s+force|effective|from|[^)\n]*\d)|{SP}(?:that|which|to|in|on|by|from|with|at|as|after|before|was|were|is|are|has|have|had|will|would|could|may|might|must|should|can|amid|since|while|last|this|next|earlier|later|over|during|because|despite|following|until|target|targets|require|requires|apply|applies|cover|covers|take|takes|took|come|comes|came|become|becomes|became|enter|enters|entered|go|goes|went|aim|aims|say|says|said|mean|means|ban|bans|also|now|still|already|only|largely|mostly|do|does|did|and{SP}(?:restricted|banned|imposed|added|said|announced|expanded|tightened))\b|\n|$)", "Policy"),
            Rule("policy_after_verb", rf"\b{issue}{SP}(?:(?:the|its|their|new|draft|final|interim|a|an|set{SP}of){SP})*((?!(?:the|a|an|its|their|this|that|these|new|draft|final|two|three|four|five|six|seven|eight|nine|ten|several|some|more|other|further|additional|no|any|such|similar|separate|matching|own|fresh|tougher|stricter|looser|tighter)\b)(?:[A-Z]{{2,}}|[a-z][\w\-]*)(?:{SP}(?:[A-Z]{{2,}}|[a-z][\w\-]*)){{0,3}}{SP}(?:rules|regulations|regulation|measures|guidelines|provisions|standards|(?:agreement|deal|pact|accord)(?!{SP}with\b)|treaty|declaration|law))\b", "Policy"),
            # "a comprehensive AI law", "generative AI rules", "EU AI guidelines"; never across a function word
            Rule("policy_adj", rf"\b((?:(?:comprehensive|national|basic|unified|dedicated|overarching|landmark|sweeping|global|international){SP})?(?:[A-Z]{{2,}}|[Gg]enerative{SP}AI|[A-Z]\w+{SP}AI)(?:{SP}(?!(?:with|and|or|of|for|in|on|to|by|the|an?|as|at|from|that|which)\b)(?![a-z]+(?:ed|es|ly)\b)[a-z][\w\-]*){{0,2}}{SP}(?:rules|regulations|law|guidelines|measures|action{SP}plan|development{SP}plan))\b", "Policy"),
            # models and products: "GLM-4.5", "Kimi K2", "Qwen 2.5-Max", "Hunyuan Image 3.0". The name word holds a
            # lower-case letter after its capital (read up to the first one: no retrying every split of the word)
            # or opens with two capitals ("Hunyuan 3D 2.1": a version after a "3D" or "4K" word is the name's too)
            Rule("model_version", rf"\b((?:[A-Z][^\Wa-z]*[a-z]\w*|[A-Z]{{2}}\w*|[a-z]+[A-Z]\w*)(?:-[A-Z][A-Za-z]*\d+(?=-)|-[A-Z]{{1,4}}(?=[ ]\d)|-[A-Z]{{2,3}}(?=-\d)|[\- ][A-Z][a-z]+|-[a-z]{{2,}}(?=-[vV]?\d)){{0,3}}(?:[\- ]?(?:[A-Zvrktxmi]?\d+(?:\.\d+)*(?:[A-Z]{{2,3}}|[A-Za-z])?\b(?:\+(?![\w+]))?))(?:[\- ](?:{msuffix}|[A-Z]\d+[A-Z]?(?![a-z])|\d+x\d+(?:\.\d+)?[BbMm]|\d+(?:\.\d+)?[BbMm]|[A-Z][a-z]+(?=[\- ]\d)|(?<=\bGen[ ])\d+\b|(?<=\d[DK][ \-])\d+(?:\.\d+)+\b|[A-Z]{{1,2}}(?=-[A-Z])|(?<=-)\d{{4}}\b))*)", "AIModel"),
            # names written all in lower case with a version in them: "jina-embeddings-v3", "dots.llm1", "video-01"
            Rule("model_lower", r"(?<![\w\-./@:#])([a-z]{2}[a-z0-9]*(?:[.\-][a-z0-9]+)+)(?![\w@/]|[.\-][a-z0-9])", "AIModel"),
            # numbered instruments: "Executive Order 14110", national standards "GB 45438-2025", "GB/T 45654-2025"
            Rule("policy_number", rf"\b(Executive{SP}Order{SP}(?:No\.{SP})?\d{{4,5}}|(?:Announcement|Circular|Decree){SP}No\.{SPO}\d{{1,4}}(?:{SP}of{SP}(?:19|20)\d\d)?|GB(?:/[TZ])?{SPO}\d{{4,5}}(?:\.\d+)?-(?:19|20)\d\d)\b", "Policy"),
            # "BIGAI released TongTong", "Alibaba launched Quark, an AI browser": a one-word name right after a release verb
            Rule("release_object", rf"\b(?:released|launched|unveiled|open-sourced|rolled{SP}out|introduced|debuted|releases|launches|unveils|(?<!-)built|(?<!-)developed|(?<!-)trained|develops|builds)(?:{SP}(?:its|the|a|an|new|upgraded|latest|their|own))*{SP}([A-Z][\w\-]*[a-z][\w\-]*(?:{SP}(?:Pro|Max|Ultra|Plus|Mini|Lite|Turbo|Flash|Air|Omni|Nano))?)(?![\w\-'’])(?!{SP}[A-Z0-9])(?![^\S\n]*(?:&|and{SP}[A-Z]))", "AIModel"),
            # "ManifestMind was developed by Haixing Digital", "Huayi Dictation, built by Huayi Health Tech": what a body made
            Rule("made_by_subject", rf"(?:^|(?<=[.!?]\s)|(?<=\n)|(?<=,\s)|(?<=\band\s))([A-Z][\w\-]*[a-z][\w\-]*(?:{SP}[A-Z0-9][\w\-]*){{0,2}})(?:,|{SP}(?:was|is|were|are|has{SP}been|had{SP}been))?{SP}(?:(?:jointly|first|originally|also|largely|mainly|partly){SP})?(?:developed|built|created|designed|trained|co-developed|engineered|fine-tuned)(?:{SP}(?:jointly|in-house|in{SP}house))?{SP}by{SP}(?:the{SP})?[A-Z]", "AIModel"),
            # "DeepSeek released V3.1", "Moonshot open-sourced K2": a bare version right after a release verb
            Rule("bare_version", rf"\b(?:{verbs_regex(lex['verbs']['release_cue'])})(?:{SP}(?:its|the|a|new|upgraded|latest))*{SP}([A-Z]\d+(?:\.\d+)*[a-z]?)\b(?![^\S\n]*(?:billion|million|percent|per\s+cent|%|chips?|shares?))", "AIModel"),
            Rule("model_before_head", rf"(?:\b(?:its|the|a|an|new|latest|their|own|flagship|open-source|whose|The|Its|Their)|(?<=[A-Za-z]['’]s))(?:{SP}(?:new|latest|flagship|open-source|own|upgraded|popular|rival|first|self-developed|in-house|homegrown|home-grown|proprietary|next-generation|new-generation|first-ever))*{SP}[“\"]?([A-Z][\w\-]*(?:\.\d+)*(?:{SP}[A-Z0-9][\w\-]*(?:\.\d+)*){{0,3}})[”\"]?{SP}(?:(?!(?:the|a|an|its|their|his|her|our|this|that|these|those)\b)[a-z][\w\-]*{SP}){{0,3}}({model_head}|{product_head})\b", "AIModel"),
            # ("or any other foreign model, Hanglian said": a sayer after the comma names no model)
            Rule("model_after_head", rf"\b(?:[a-z\-]+{SP}|The{SP})({model_head}|{product_head})(?:[,:]?{SP}(?:named|called|dubbed|branded)|,{SP}the)?[,:]?{SP}[“\"]?([A-Z][\w\-]*(?:\.\d+)*(?:{SP}[A-Z0-9][\w\-]*(?:\.\d+)*){{0,2}})(?![\w\-])(?!{SP}(?:said|says|told|added|noted|argued|wrote|stated|explained|insisted|believes|thinks)\b)", "AIModel", 2),
            # "Xinxiang, a general-purpose agent app that ...", "Zidong Taichu, a model from the Institute of Automation":
            # a name the apposition after it calls a model or a product (its head noun ends the noun phrase)
            Rule("model_apposition", rf"(?:^|(?<=[\s(“\"]))([A-Z][\w\-]*[a-z][\w\-]*(?:{SP}[A-Z0-9][\w\-]*(?:\.\d+)*){{0,2}}),{SP}(?:a|an|the|its|their|our|(?:one|two|three)(?:{SP}of)?|(?:[A-Z][\w\-]*(?:{SP}[A-Z][\w\-]*)?|the{SP}(?:company|firm|group|bank|lab|start-?up|platform|city|bureau|ministry|university|hospital|operator|insurer|carmaker|maker))['’]s){SP}(?:(?!(?:of|for|in|on|at|by|from|with|that|which|who|whose|behind|about|like|such|as|and|or)\b(?!-))[\w\-]+{SP}){{0,4}}(?<!investment\s)(?<!financing\s)(?<!funding\s)({model_head}|{product_head})s?(?![\w\-]|{SP}(?:(?:{model_head}|{product_head})s?{SP})?(?:startup|start-up|company|firm|maker|makers|developer|developers|lab|team|unit|provider|vendor|giant|group|business|arm|division|market|industry|sector|race|war|brand|brands|owned|operator|supplier|design|designer|designers|research|manufacturing|making|development|subsidiary|professor|professors|director|directors|minister|researcher|researchers|editor|editors|manager|managers|secretary|engineer|engineers|dean|scientist|scientists|analyst|analysts|commissioner|officer|architect|architects|lead|head|chief|expert|experts|specialist|specialists|member|members|meeting|meetings|seat|seats)\b)", "AIModel"),
            # "ERNIE Speed", "Doubao Pro", "Qwen Max": a known model family and a variant word (checked in _judge)
            Rule("family_suffix", rf"\b([A-Z][\w\-]*(?:{SP}(?:{msuffix}))+)(?![\w\-])", "AIModel"),
            # "Hunyuan-lite", "Doubao-1.5-thinking-pro", "Qwen2.5-instruct": a known family and lower-case variant words
            Rule("family_hyphen", rf"\b([A-Z][A-Za-z]*(?:-?\d+(?:\.\d+)*[A-Za-z]?)?(?:-(?:[a-z]+|\d+(?:\.\d+)*[a-z]?))*?-(?:{variants})(?:-(?:[a-z]+|\d+[a-z]?))*)(?![\w\-])", "AIModel"),
            Rule("integrated_into_slot", rf"\b(?:integrated|embedded|built|incorporated)\s+into{SP}(?:the{SP})?([A-Z][\w\-]*(?:{SP}[A-Z0-9][\w\-]*){{0,2}})", "Product"),
            Rule("model_capital", rf"\b((?:{W}{SP}){{1,4}}(?:Large{SP})?(?:Model|LLM|Chatbot|Bot))\b", "AIModel"),
            # organisations: "startup MiniMax", "ShengShu Technology", "Zhipu, a Beijing-based startup"
            # outlets: "AsiaTech Daily", "SinoTech Wire", "The Pacific Ledger", "Market Pulse Asia" is not one
            # "AutoTech Asia is published by Harbourline Media Ltd.", "Founders Ledger is an independent publication of ...": a
            # footer's masthead line names a publication
            Rule("outlet_published", rf"(?:^|(?<=\n))((?:The{SP})?{W}(?:{SP}(?:&{SP})?{W}){{0,3}}){SP}(?:(?:is|was){SP}(?:published|produced){SP}(?:(?:on|from|in){SP}[A-Z][\w.]*{SP})?by{SP}[A-Z]|is{SP}(?:owned|operated|run)(?:{SP}and{SP}(?:operated|run|published|managed))?{SP}by{SP}[^\n]{{1,60}}?\b(?:Ltd|Limited|GmbH|Inc|LLC|Co\.)|is{SP}(?:(?:an?|the){SP}(?:[a-z\-]+{SP}){{0,2}}(?:publication|newsletter|newsroom|magazine|newspaper|site|website){SP})?(?:edited|produced|written|compiled|published){SP}in{SP}{W}(?:{SP}{W})?{SP}(?:and{SP}(?:published|produced){SP})?by{SP}[A-Z]|is{SP}(?:an?|the){SP}(?:[a-z\-]+{SP}){{0,2}}(?:publication|newsletter|newsroom|magazine|newspaper|news{SP}site|website|site|imprint|title|service|trademark|podcast|project){SP}(?:of|from|by|for|covering|about|on|(?:owned|run|published|produced|edited|operated){SP}by)\b|is{SP}(?:an?|the){SP}(?:[a-z\-]+{SP}){{0,2}}(?:publication|newsletter|magazine|newspaper|news{SP}site|website)[.,])", "Organization"),
            # a footer's menu and copyright line name the page's publication: "About Xinzhi Pulse | Contact", "© 2024 Eastbridge
            # Newswire. All rights reserved."
            Rule("about_outlet", rf"(?:^|(?<=\n))About{SP}((?:The{SP})?{W}(?:{SP}(?:&{SP})?{W}){{0,3}})(?={SPO}[|·•])", "Organization"),
            # a page's masthead: its first line, a short title-case name before a tagline or a menu ("Seam & Shaft | Mining
            # technology", "Render Queue — news for people who make games", "Corner Office China" over "Moves | Boards | ..."; not a
            # dated byline: "Kenji Marsh · August 19, 2025 · 9 min read")
            Rule("masthead", rf"\A[^\S\n]*((?:The{SP})?{W}(?:{SP}(?:&{SP})?{W}){{0,3}})(?:{SPO}[|·•—–](?![^\n]*(?:\b(?:19|20)\d\d\b|\bmin\b))[^\n]*\n|[^\S\n]*\n[^\n|]*\|[^\n|]*\|)", "Organization"),
            # a first line alone over a blank line, set in capitals ("FOUNDERS LEDGER"; a page whose menu the cleaner dropped)
            Rule("masthead_caps", rf"\A[^\S\n]*((?:THE{SP})?[A-Z][A-Z'’\-]*[A-Z](?:{SP}(?:&{SP})?[A-Z][A-Z'’\-]*[A-Z]){{1,3}})[^\S\n]*\n[^\S\n]*\n", "Organization"),
            Rule("copyright_outlet", rf"(?:©|\([cC]\)|Copyright){SPO}(?:(?:19|20)\d\d(?:{SPO}[\-–]{SPO}(?:19|20)\d\d)?{SP})?((?:The{SP})?{W}(?:{SP}(?:&{SP})?{W}){{0,3}})(?={SPO}(?:[.|·•,(]|All{SP}rights)|{SPO}(?:\n|$))", "Organization"),
            Rule("outlet", rf"(?<![\w\-])((?:The{SP})?(?:{W}{SP}(?:&{SP})?){{0,2}}?(?:[A-Z][a-z]+[A-Z]\w*|{W}){SP}(?:{outlets}))(?![\w\-])", "Organization"),
            # ("the rival Qingteng Homework app": a name before a product's or a model's head noun is no firm)
            Rule("org_before", rf"\b{org_before}{SP}(?!(?:{W}{SP}){{1,3}}(?:{product_head}|{model_head})\b)((?:{W}|\d+\.\w+)(?:{SP}(?:&{SP})?{W}){{0,2}})", "Company"),
            # ("360 Security Group": a number may open a firm's name, a year may not)
            # ("iFlytek Healthcare": a name may open with a lower-case letter before a capital)
            Rule("org_suffix", rf"\b((?:(?!(?:19|20)\d\d\b)\d{{1,4}}{SP})?(?:(?:{W}|[a-z]{{1,2}}[A-Z][\w\-]*){SP}(?:(?:and|&){SP}(?:Technology|Technologies|Innovation|Development|Investment|Media|Culture|Education){SP}(?=[A-Z])|&{SP}(?=[A-Z]))?){{1,4}}{org_suffix}(?:{SP}of{SP}{W})?(?:,{SPO}Ltd\.?|,{SP}Limited)?(?:{SP}\({W}(?:{SP}{W})?\){SP}(?:Co\.,?{SPO}Ltd\.?|Co\.|Ltd\.?|Limited|Inc\.?|LLC|Pte\.?{SP}Ltd\.?))?)(?![\w\-])", "Company"),
            # "Beijing Artificial Intelligence Industry Investment Fund": fund names run long
            # industry bodies and foundations: "Shenzhen Intelligent Computing Industry Association", "China Chain Store & Franchise
            # Association", "Alumni Association of Zhejiang University" (not "the Zorvex Foundation Model")
            Rule("org_body", rf"\b((?:{PEOPLES}{SP}(?:(?:and|&){SP})?){{1,6}}{body}(?:{SP}(?:of|for){SP}(?:the{SP})?{W}(?:{SP}(?:and{SP}|&{SP})?{W}){{0,5}})?)\b(?!{SP}(?:Model|Models|LLM|LLMs)\b)", "Organization"),
            Rule("org_fund", rf"\b((?:{W}{SP}){{1,6}}(?:Fund|Funds))\b", "Company"),
            # "a nodule-detection model made by Huixing Medical Imaging", "owned by Kestrel Digital": an unknown name after a verb
            # whose agent is a body (not "founded by", "led by", "run by": people found, lead and run things)
            Rule("org_by_maker", rf"\b(?:{'|'.join(_MAKER_BY_VERBS)})(?:{SP}(?:jointly|largely|mainly|partly|wholly|majority|solely))?{SP}by{SP}(?:the{SP})?(?:{W}-based{SP}|{W}['’]s{SP})?((?:{W}{SP}(?:&{SP})?){{0,4}}{W}){kind_not_next}", "Company"),
            # "Hangzhou-based Huixing Medical Imaging": a name after a place's "-based" is a firm's (checked in _judge)
            Rule("org_based", rf"(?<![\w\-])({W}(?:{SP}{W})?)-based{SP}((?:{W}{SP}(?:&{SP})?){{0,3}}{W}){kind_not_next}", "Company", 2),
            # "Zorvex released Zorvex-3", "Lumen Robotics has unveiled its ...": who releases a model is an organisation
            Rule("actor_before_release", rf"(?:^|(?<=[.!?]\s)|(?<=\n)|(?<=,\s)|(?<=\band\s))({W}(?:{SP}{W}){{0,2}}){SP}(?:has{SP}|have{SP}|also{SP}|on{SP}\w+{SP}|this{SP}week{SP})?(?:released|launched|unveiled|open-sourced|rolled{SP}out|introduced|debuted)(?={SP}(?:its{SP}|a{SP}|an{SP}|the{SP}|new{SP}|latest{SP})*[A-Z])", "Company"),
            # "Fourier raised 800 million yuan in a Series E round", "Galbot has closed a funding round": who raises is a firm
            Rule("actor_raised", rf"(?:^|(?<=[.!?]\s)|(?<=\n)|(?<=,\s)|(?<=\band\s))({W}(?:{SP}{W}){{0,2}}){SP}(?:has{SP}|have{SP}|also{SP}|recently{SP}|on{SP}\w+{SP})?(?:raised|secured|closed|completed|landed)(?={SP}(?:[\w$€¥.,\-]+{SP}){{0,6}}?(?:round|funding|financing|investment|million|billion)\b)", "Company"),
            # a tracker's entry: "27 Jun 2025 - Hanxin Compute (瀚芯算力), Series A, 300 million yuan": who raises a round
            Rule("org_round", rf"(?:^|(?<=\n)|(?<=[\-–—:][ ]))({W}(?:{SP}{W}){{0,3}})(?:{SP}\([^()\n]{{1,24}}\))?,{SP}(?:(?:an?|its){SP})?(?:Series{SP}[A-F]\+?\d?|[Ss]eed|[Aa]ngel\+?|Pre-[A-F]\+?|[Ss]trategic|[Pp]re-IPO)(?:{SP}(?:round|financing|funding))?(?=[,.;]|{SP}(?:round|of|worth|at|for)\b)", "Company"),
            Rule("org_apposition", rf"\b({W}(?:{SP}{W}){{0,2}}),{SP}(?:a|an|the){SP}(?:(?!(?:at|of|for|with|in|from|by|to|on|that|which|who|whose|the|its)\b)[\w\-]+(?:['’]s)?{SP}){{0,4}}(?:startup|start-up|company|firm|unicorn|chipmaker|developer|maker|subsidiary|conglomerate|arm|unit|division|affiliate|brand|joint{SP}venture|spin-off|spinoff|carmaker|automaker|manufacturer|supplier|giant|retailer|grocer|lender|insurer|airline|utility|brokerage|publisher|studio|drugmaker|steelmaker|courier|vendor|distributor|producer)\b(?!['’-]|{SP}(?:advocate|advocates|relations|evangelist)\b)", "Company"),
            # people: "President Xi Jinping", "Liu Liehong, head of", "(Xinhua/Li Ziheng)", "Liang Wenfeng"
            Rule("person_title", rf"\b{titles}{SP}({NAMEWORD}(?:{SP}{NAMEWORD}){{0,2}})", "Person"),
            # an author's note: "Mei Anderson is an editor at PolicyBridge", "Daniel Ho is a Hong Kong-based correspondent for X"
            Rule("person_is_role", rf"(?:^|(?<=[.!?:;]\s)|(?<=\n))({NAMEWORD}(?:{SP}{NAMEWORD}){{1,2}}){SP}is{SP}(?:(?:a|an|the){SP})?(?:[\w\-]+{SP}){{0,3}}?{role}{SP}(?:at|for|with){SP}(?:the{SP})?[A-Z]", "Person"),
            # "Kenji Lau of Niko Partners said", "said Maya Albrecht of Lumen Strategy Group": a speaker named with the body
            # he speaks for
            Rule("person_of_speaker", rf"\b({NAMEWORD}(?:{SP}{NAMEWORD}){{1,2}}){SP}(?:of|at|from){SP}(?:the{SP})?[A-Z][\w&\-]*(?:{SP}[A-Z][\w&\-]*){{0,4}},?{SP}(?:said|says|told|wrote|added|noted|argued)\b", "Person"),
            Rule("person_said_of", rf"\b(?:said|says|according{SP}to){SP}({NAMEWORD}(?:{SP}{NAMEWORD}){{1,2}}){SP}(?:of|at|from){SP}(?:the{SP})?[A-Z]", "Person"),
            Rule("person_role", rf"\b({NAMEWORD}(?:{SP}{NAMEWORD}){{1,2}}),{SP}(?:the{SP}|a{SP}|an{SP}|its{SP})?(?:[\w\-]+(?:\.[a-z]+)?(?:['’]s)?{SP}){{0,3}}?{role}\b", "Person"),
            # "analyst Ivan Lam said", "chief executive Robin Li": a lower-case role word right before a full name
            Rule("person_after_role", rf"\b(?:{role_low}){SP}({NAMEWORD}{SP}{NAMEWORD}(?:{SP}{NAMEWORD})?)(?![\w\-])", "Person"),
            # "an analyst at Bernstein", "a researcher with Zorvex Labs": where a person works is an organisation
            Rule("org_after_role", rf"\b(?:{role_low}){SP}(?:at|with){SP}(?:the{SP})?({W}(?:{SP}{W}){{0,3}})(?![\w\-])", "Organization"),
            # "Ma Xiaoling founded Rongjing Vision in Suzhou", "she co-founded Lanxun Data with two classmates": what a person founded
            Rule("org_founded", rf"\b(?:founded|co-founded|cofounded){SP}({W}(?:{SP}{W}){{0,2}})(?![\w\-'’])(?={SPO}(?:[,.;:)]|{SP}(?:in|with|as|at|and|after|before|while|when|from|on|back|together|alongside)\b|$))", "Company"),
            # "said Yuanjing co-founder He Mingxuan": a firm's name before its founder's title and the founder's name
            Rule("org_before_founder", rf"(?:^|(?<=[\s(“\"]))({W}(?:{SP}{W}){{0,2}}){SP}(?:co-founder|cofounder|founder|chairman|chairwoman|chief{SP}executive|CEO|CTO|president){SP}(?:and{SP}(?:[a-z\-]+{SP}){{1,3}})?{NAMEWORD}{SP}{NAMEWORD}", "Company"),
            # "Kelvin Ho, Wanderlark's founder, said": a firm's name as the possessor of a named person's top title
            Rule("org_possessor_role", rf"\b{NAMEWORD}{SP}{NAMEWORD}(?:{SP}{NAMEWORD})?,{SP}({W}(?:{SP}{W}){{0,2}})['’]s{SP}(?:co-?founder|founder|chairman|chairwoman|chief{SP}executive|CEO|CTO|president|general{SP}manager)\b", "Company"),
            Rule("person_credit", rf"\((?:{W}{SPO})+/({NAMEWORD}(?:{SP}{NAMEWORD}){{1,2}})\)", "Person"),
            Rule("person_surname", rf"\b({sur}{SP}[A-Z][a-z]{{1,12}}(?:-[a-z]+)?)\b", "Person"),
            # "StepFun Open Platform", "Alibaba Cloud Model Studio": a known maker's or model's name before a platform's head
            Rule("known_platform", rf"(?<![\w\-])({W}(?:{SP}{W}){{0,2}}{SP}(?:Open|Developer|AI|Model|Agent|Cloud)(?:{SP}AI)?{SP}(?:Platform|Studio))(?![\w\-])", "Product"),
            # "Qingdao Customs", "Dutch Customs": a place's customs office
            Rule("customs_office", rf"(?<![\w\-])([A-Z][a-z]+{SP}Customs)(?![\w\-])(?!{SP}(?:data|figures|statistics|rules|officers?|officials?)\b)", "GovernmentAgency"),
            # "Lankao County", "Futian District", "Chaohu Lake": a pinyin name before a word for a place of its kind
            Rule("place_head", rf"(?<![\w\-])([A-Z][a-z]+(?:{SP}[A-Z][a-z]+)?{SP}(?:County|District|Prefecture|Township|Lake))(?![\w\-])", "Place"),
            # "Grace Luo", "Karen Lim", "Kelvin Ho": an English given name before a Chinese (or Cantonese, Hokkien, Korean)
            # surname, the way many in Hong Kong, Singapore and Taiwan write their names
            Rule("person_given_surname", rf"(?<![\w\-])((?:{given}){SP}(?:{sur}|{sur_other}))(?![\w\-'’])", "Person"),
            # "Infervision's InferRead Lung CT.AI", "Google's SigLIP": an unknown name a registered firm owns (checked in _judge)
            Rule("owner_product", rf"\b((?:{W}{SP}){{0,2}}{W})['’]s{SP}([A-Z][\w\-]*[A-Za-z0-9](?:\.\w+)*(?:{SP}[A-Z0-9][\w\-]*(?:\.\w+)*){{0,2}})(?![\w\-])(?!['’])", "Product", 2),
        ]
        # Triggers: words every match of a rule must contain. The rule runs only in windows (`before`/`after`
        # characters) around them. Literal words are found for all rules at once, with one Aho-Corasick pass over
        # the text; a few triggers are small regexes. Phrases trigger on their first word.
        def words(*lists) -> list[str]:
            return sorted({w.split()[0] for ws in lists for w in ws if w.strip()})

        heads = words(cues["model_head"], cues["product_head"])
        triggers: dict[str, tuple] = {
            "agency_of": (words(cues["agency_head"]), 100, 160),
            "agency_head": (words(cues["agency_head"]), 100, 20),
            "research_of": (["University", "Institute", "Academy", "College", "School", "Laboratory"], 80, 160),
            "research_head": (words(cues["research_head"]), 90, 30),
            "hospital": (["Hospital", "Clinic", "Medical Center", "Medical Centre"], 90, 60),
            "org_legal_place": (["Co.", "Ltd", "Limited"], 120, 10),
            "event_session": (["session"], 40, 90),
            "event_year": (lambda text: [m.span() for m in _YEAR_AFTER_NAME.finditer(text)], 70, 0),
            "event_head": (words([e for e in cues["event_head"] if e != "Congress"]), 110, 45),
            "event_apposition": (["conference", "summit", "forum", "expo", "gala", "festival", "hackathon", "exhibition", "fair"], 140, 15),
            "case_name": (r"\sv\.\s|\svs\.\s", 70, 60),
            "policy_head": (words([h for h in cues["policy_head"] if h != "Policy"]), 150, 30),
            "policy_quoted": (["initiative", "strategy", "plan", "programme", "program", "campaign", "policy"], 150, 20),
            "policy_named": (["initiative", "strategy", "action"], 90, 20),
            "policy_title": (["Measures", "Provisions", "Regulations", "Guidelines", "Opinions", "Rules", "Law", "Plan", "Initiative", "Notice", "Circular", "Guide", "Decision",
                              "Strategy", "Framework", "Programme", "Program", "Action", "Development", "Implementation"], 40, 200),
            "standard_title": (["Requirements", "Specification", "Specifications"], 40, 200),
            "policy_on": (words(cues["policy_lower_head"]), 30, 400),
            "policy_after_verb": (["rules", "regulations", "regulation", "measures", "guidelines", "provisions", "standards", "agreement",
                                   "deal", "pact", "accord", "treaty", "declaration", "law"], 140, 20),
            "policy_adj": (["rules", "regulations", "law", "guidelines", "measures", "action", "development"], 90, 30),
            "model_version": (_version_hits, 60, 40),
            "model_lower": (_version_hits, 60, 40),
            "policy_number": (["Executive", "GB", "Announcement", "Circular", "Decree"], 5, 40),
            "model_before_head": (heads, 160, 30),
            "release_object": (["released", "launched", "unveiled", "open-sourced", "rolled", "introduced", "debuted", "releases", "launches", "unveils", "built", "developed", "trained", "develops", "builds"], 5, 60),
            "made_by_subject": (["developed", "built", "created", "designed", "trained", "co-developed", "engineered", "fine-tuned"], 80, 40),
            "bare_version": (sorted({f for e in lex["verbs"]["release_cue"] for f in verb_forms(e) if " " not in f}), 5, 40),
            "model_after_head": (heads, 30, 90),
            "owner_product": (["'s ", "’s "], 60, 60),
            "model_apposition": (heads, 100, 10),
            "family_suffix": (sorted(set(cues["model_suffix"])), 40, 5),
            "family_hyphen": (["-" + v for v in cues["model_variant_lower"]], 40, 30),
            "integrated_into_slot": (["into"], 30, 60),
            "model_capital": (["Model", "LLM", "Chatbot", "Bot"], 90, 10),
            "org_before": (words(cues["org_before"]), 30, 60),
            "outlet": (list(cues["outlet_head"]), 45, 2),
            "outlet_published": (["published", "produced", "publication", "newsletter", "magazine", "newspaper", "news site", "website", "site", "imprint", "title", "service", "newsroom", "owned", "operated", "trademark", "podcast", "project"], 90, 40),
            "about_outlet": (["About"], 2, 70),
            "copyright_outlet": (["©", "(c)", "(C)", "Copyright"], 2, 80),
            "masthead": (lambda text: [(0, 0)], 0, 400),
            "masthead_caps": (lambda text: [(0, 0)], 0, 100),
            "org_suffix": (words(cues["org_suffix"] + cues["org_trade_suffix"]), 100, 30),
            "org_fund": (["Fund", "Funds"], 140, 10),
            "org_body": (words(cues["body_head"]), 140, 70),
            "org_by_maker": (list(_MAKER_BY_VERBS), 5, 100),
            "org_based": (["based"], 40, 80),
            "actor_before_release": (["released", "launched", "unveiled", "open-sourced", "rolled", "introduced", "debuted"], 60, 40),
            "actor_raised": (["raised", "secured", "closed", "completed", "landed"], 60, 80),
            "org_round": (["Series", "seed", "Seed", "angel", "Angel", "Pre", "strategic", "Strategic", "pre"], 90, 30),
            "org_apposition": (["startup", "start-up", "company", "firm", "unicorn", "chipmaker", "developer", "maker",
                                "subsidiary", "conglomerate", "arm", "unit", "division", "affiliate", "brand", "joint",
                                "spin-off", "spinoff", "carmaker", "automaker", "manufacturer", "supplier", "giant", "retailer", "grocer",
                                "lender", "insurer", "airline", "utility", "brokerage", "publisher", "studio", "drugmaker", "steelmaker",
                                "courier", "vendor", "distributor", "producer"], 160, 10),
            "person_title": (words(lex["roles"]["titles"]), 10, 90),
            "person_is_role": (rf"{NAMEWORD}{SP}{NAMEWORD}(?:{SP}{NAMEWORD})?{SP}is{SP}", 5, 120),
            "person_of_speaker": (["said", "says", "told", "wrote", "added", "noted", "argued"], 90, 5),
            "person_said_of": (["said", "says", "according"], 5, 60),
            "person_role": (rf"{NAMEWORD}{SP}{NAMEWORD}(?:{SP}{NAMEWORD})?,", 5, 90),
            "person_credit": (["/"], 60, 40),
            "org_founded": (["founded", "co-founded", "cofounded"], 5, 60),
            "known_platform": (["Platform", "Studio"], 60, 2),
            "customs_office": (["Customs"], 20, 2),
            "place_head": (["County", "District", "Prefecture", "Township", "Lake"], 30, 2),
            "org_before_founder": (["founder", "co-founder", "cofounder", "chairman", "chairwoman", "chief executive", "CEO", "CTO", "president"], 60, 40),
            "org_possessor_role": (["founder", "chairman", "chairwoman", "chief executive", "CEO", "CTO", "president", "general manager"], 70, 5),
            "org_after_role": (sorted({w.split()[-1] for w in lex["roles"]["words"] if w.islower()}), 30, 60),
            "person_after_role": (sorted({w.split()[-1] for w in lex["roles"]["words"] if w.islower()}), 30, 50),
            "person_surname": (CHINESE_SURNAMES, 5, 30),
            "person_given_surname": (list(cues["english_given_names"]), 2, 20),
        }
        import ahocorasick

        self.rules = []
        self._words = ahocorasick.Automaton()
        by_word: dict[str, list[int]] = {}
        for r in rules:
            pat = r.regex
            if r.name in ("person_role", "person_is_role"):
                # role words match in any case, names stay capitalised: only the role part is case-free
                pat = pat.replace(role, "(?i:" + role + ")")
            trig, before, after = triggers.get(r.name, (None, 0, 0))
            if isinstance(trig, list):
                for w in trig:
                    by_word.setdefault(w, []).append(len(self.rules))
                trig = _WORDS
            elif isinstance(trig, str):
                trig = re.compile(trig)
            self.rules.append(Rule(r.name, fast_start(re.compile(pat)), r.type, r.group, trig, before, after))
        for w, ids in by_word.items():
            self._words.add_word(w, (len(w), ids))
        self._words.make_automaton()
        self.model_heads = {h.lower() for h in cues["model_head"]}
        self.product_heads = {h.lower() for h in cues["product_head"]} - self.model_heads
        heads = phrase_regex(set(cues["model_head"]) | set(cues["product_head"]))
        # ("the RT6, Apollo Go's sixth-generation vehicle": a possessor's name may stand for the article)
        self.head_after = re.compile(rf"(?:[^\S\n]*,[^\S\n]+(?:a|an|the|its|(?-i:[A-Z][\w.\-]*)(?:[^\S\n]+(?-i:[A-Z][\w.\-]*))?['’]s)[^\S\n]+(?:[\w\-]+[^\S\n]+){{0,3}}?|[^\S\n]+)(?P<head>{heads})s?\b", re.I)
        # (and the words of making a model from another: "My fine-tune, LawLantern-9B, which I built on GLM-4-9B-Chat")
        self.model_cue = re.compile(rf"\b(?:{model_head}|{product_head}|{verbs_regex(lex['verbs']['release_cue'])}"
                                    r"|fine-tun(?:e|es|ed|ing)|distill(?:ed|ing)?|built\s+on|based\s+on|derived\s+from|post-trained|weights|checkpoints?|encoders?"
                                    r"|(?:co-)?develop(?:s|ed|ing)?|(?:pre-?)?train(?:s|ed|ing)?)\b", re.I)
        self._cache: dict = {}
        table = lex.get("table", {})
        self.cell_class: dict[str, str] = dict(table.get("cell_class", {}))
        self.cell_not_name = {w.lower() for w in table.get("cell_not_name", ())}

        forms: set[str] = set()
        for key in ("develop", "issue", "invest", "acquire", "partner", "involve", "release_cue", "issue_cue"):
            for entry in lex["verbs"][key]:
                forms |= {f for f in verb_forms(entry) if " " not in f}
        forms |= {"says", "said", "wins", "won", "plans", "seeks", "warns", "hits", "surpasses", "doubles", "grows", "joins", "calls", "set", "sets"}
        self.verb_words = {f[:1].upper() + f[1:] for f in forms if f not in {"set", "lead", "order", "test", "present", "open"}}
        self.org_suffix_re = re.compile(rf"{SP}{org_suffix}(?:{SP}of{SP}{W})?(?:,{SPO}Ltd\.?|,{SP}Limited)?$")

    # -- helpers -------------------------------------------------------------------------------------
    def _clean(self, text: str, start: int, end: int) -> tuple[int, int]:
        s = text[start:end]
        # (a capitalised preposition opens the sentence, not the name: "At Zorvex Summit 2024, ...")
        lead = re.match(r"^(?:(?:the|The|a|A|an|An|At|During|In|On|From|By|With|For|After|Before|Since|Under|Among|Its|Their|This|These)[^\S\n]+|[“\"'‘])+", s)
        if lead:
            start += lead.end()
        s = text[start:end]
        trail = re.search(r"[\s,.;:’'\"”]+$", s)
        if trail and not s.endswith(("Inc.", "Co.", "Ltd.", "Corp.", "U.S.")):
            end -= len(trail.group())
        # drop leading stop-capitalised words ("Chinese", "Leading") except before an agency/research head
        return start, end

    def _strip_stop_words(self, text: str, start: int, end: int, keep_first: bool) -> int:
        while True:
            m = re.match(r"([A-Z][\w\-]*)[^\S\n]+", text[start:end])
            if not m:
                return start
            w = m.group(1)
            if _DESCRIPTIVE.search(w):  # "US-based", "Beijing-headquartered", "Industry-specific"
                start += m.end()
                continue
            later = None if keep_first else re.search(r"\S+-(?:based|listed|headquartered|owned|backed|funded)[^\S\n]+", text[start:end])
            if later:  # "Hong Kong-listed AI firm": everything up to the descriptive word goes
                start += later.end()
                continue
            if keep_first or w not in self.stop_caps:
                return start
            start += m.end()

    def _hits(self, text: str) -> dict[int, list[tuple[int, int]]]:
        """Where each word-triggered rule's trigger words are, from one Aho-Corasick pass."""
        hits: dict[int, list[tuple[int, int]]] = {}
        for end, (length, ids) in self._words.iter(text):
            span = (end + 1 - length, end + 1)
            for i in ids:
                hits.setdefault(i, []).append(span)
        return hits

    @staticmethod
    def _matches(rule: Rule, text: str, spans=None):
        if rule.trigger is None:
            yield from rule.regex.finditer(text)
            return
        if spans is None:
            spans = [m.span() for m in rule.trigger.finditer(text)]
        else:
            spans.sort()
        n = len(text)
        region_start = region_end = -1
        for ts, te in spans:
            a, b = max(0, ts - rule.before), min(n, te + rule.after)
            if a <= region_end:
                region_end = max(region_end, b)
                continue
            if region_end > 0:
                yield from rule.regex.finditer(text, region_start, region_end)
            region_start, region_end = a, b
        if region_end > 0:
            yield from rule.regex.finditer(text, region_start, region_end)

    def find(self, text: str) -> list[Mention]:
        found: list[Mention] = []
        cache = self._cache
        hits = self._hits(text)
        for i, rule in enumerate(self.rules):
            if rule.trigger is _WORDS:
                if i not in hits:
                    continue
                matches = self._matches(rule, text, hits[i])
            elif callable(rule.trigger):
                matches = self._matches(rule, text, rule.trigger(text))
            else:
                matches = self._matches(rule, text)
            for m in matches:
                base = m.start()
                gs, ge = m.span(rule.group)
                # a verdict depends on the match and on a few words around it ("venture arm X", "X smartphones"):
                # both are in the key, so a cached verdict never depends on which document came first
                w0 = max(0, base - _JUDGE_BEFORE)
                ckey = (rule.name, text[w0 : m.end() + _JUDGE_AFTER], base - w0, gs - base, ge - base)
                verdict = cache.get(ckey, _MISSING)
                if verdict is _MISSING:
                    verdict = self._judge(rule, m, text)
                    if verdict is not _CONTEXT:
                        if len(cache) > 200_000:
                            cache.clear()
                        cache[ckey] = verdict
                if verdict is _CONTEXT:
                    verdict = self._judge(rule, m, text, context=True)
                if verdict is None or verdict is _CONTEXT:
                    continue
                ds, de, typ = verdict
                name = text[base + ds : base + de]
                found.append(Mention(base + ds, base + de, name, typ, source=rule.name,
                                     name=_usual_case(text, name) if rule.name.startswith("masthead") and name.isupper() else None))
        return found

    def _head_elsewhere(self, text: str, name: str, end: int) -> re.Match | None:
        """The head noun after another mention of the name in the text, if one has one."""
        for other in re.finditer(rf"(?<![\w\-]){re.escape(name)}(?![\w\-])", text):
            if other.end() != end and (head := self.head_after.match(text, other.end())) is not None:
                return head
        return None

    def _owned_product_name(self, name: str, text: str, end: int) -> bool:
        """Whether a name after a registered firm's possessive can be a product of the firm: not a person ("Baidu's Robin
        Li"), a unit ("ByteDance's Seed team"), an occasion, a round or an interface ("Series B", "API"), a nationality,
        nor a two-word title-case phrase unless it ends in a product word ("Apple's App Store")."""
        words = name.split()
        nxt = _NEXT_WORD.match(text, end)
        return not (
            words[0] in self.stop_caps or words[0] in CHINESE_SURNAMES or words[0] in _DATE_WORDS
            or words[-1] in _FIRM_SUFFIX or words[-1] in self.bare_heads or words[-1] in _UNIT_LAST
            or len(words) > 1 and all(w[:1].isupper() and w[1:].islower() for w in words) and not any(c.isdigit() for c in name)
            and words[-1] not in _PRODUCT_LAST
            or nxt is not None and nxt.group(1).lower() in _NOT_PRODUCT_NEXT or any(w in _NOT_PRODUCT_WORDS for w in words)
            or len(words) == 1 and (name.isupper() and len(name) <= 4 and not (nxt is not None and nxt.group(1).lower() in _HARDWARE_NEXT)
                                    or re.fullmatch(r"[A-Z]+s", name) or name in _DEMONYMS)
            or re.search(r"-[a-z]", name))

    def _judge(self, rule: Rule, m: re.Match, text: str, context: bool = False):
        """(start, end relative to the match, class) of the name a rule match gives, or None to drop it.
        _CONTEXT when the answer depends on the sentence around the match (model names of unknown families)."""
        base = m.start()
        start, end = m.span(rule.group)
        start, end = self._clean(text, start, end)
        if end <= start:
            return None
        typ = rule.type
        keep_first = rule.name in ("agency_head", "agency_of", "research_head", "research_of", "org_body", "event_head", "policy_head", "policy_title", "policy_adj", "policy_number", "outlet_published",
                                   "about_outlet", "copyright_outlet") \
            or rule.name in ("person_title", "person_role") and _SURNAME_PRONOUN.match(text, start, end) is not None \
            or typ == "Person" and _he_surname(text, start, end)  # ("Professor He Yuwen", "Unitree hired He Zhiyuan")
        # ("First Affiliated Hospital", "Second People's Hospital": an ordinal opens a hospital's name)
        keep_first = keep_first or rule.name == "hospital" and _ORDINAL_WORD.match(text, start) is not None
        start = self._strip_stop_words(text, start, end, keep_first)
        if rule.name == "model_version":  # ("Builds Moyuan-Coder-7B, ...": a verb opening the sentence is not in the name)
            lead = re.match(r"([A-Z][a-z]+)[^\S\n]+(?=\S*\d)", text[start:end])
            if lead and lead.group(1) in self.verb_words:
                start += lead.end()
        # "Measures for Labeling AI Content on Friday": a trailing date word is not part of the name
        while True:
            tail = re.search(r"[^\S\n]+(?:on|in|at|by|for|of|and|the|from|since)[^\S\n]+([A-Z][\w.]*)$", text[start:end])
            if not tail or tail.group(1) not in _DATE_WORDS:
                break
            end -= len(tail.group())
        if rule.name in ("model_before_head", "model_after_head"):  # ("the Horizon Robotics RDK S100 board": past its maker's name to a model number)
            ws = text[start:end].split()
            for k in (3, 2, 1):
                if k < len(ws) and self.known_types.get(self.norm_key(" ".join(ws[:k]))) in _ORG_TYPES and any(c.isdigit() for c in "".join(ws[k:])):
                    start += re.match(rf"\S+(?:\s+\S+){{{k - 1}}}\s+", text[start:end]).end()
                    break
        if rule.name == "research_of" and (cut := _UNIT_OF_BODY.match(text, start, end)) and cut.end("unit") < end \
                and self.known_types.get(self.norm_key(text[cut.start("body") : end])) in BODY_TYPES:
            end = cut.end("unit")  # ("the School of Automation of Xi'an Jiaotong University": the school, then the registered university)
        if rule.name == "masthead" and (caps := re.match(r"[A-Z]{3,}(?:[^\S\n]+&?[^\S\n]*[A-Z]{2,})*(?=[^\S\n]+[A-Z][a-z]+$)", text[start:end])):
            end = start + caps.end()  # ("CRUDE & CODE Upstream | Refining | ...": the name in capitals, then the menu)
        if rule.name == "model_version" and text[end - 1 : end] == "s" and text[end - 3 : end - 1].isdigit():
            end -= 1  # "four Nvidia H100s", "H20s": the plural of a product's name is that name
        name = text[start:end]
        if not name or name in self.stop_caps or _FUNCTION_WORD_START.match(name) or _NUMBER_ONLY.fullmatch(name):
            return None  # ("of the labelling measures": a phrase, not a name; "August 21, a hybrid model": no name)
        words = name.split()
        if rule.name in ("about_outlet", "copyright_outlet") and (len(name) <= 3 or words[0] in _FOOTER_WORDS or words[-1] in _LEGAL_SUFFIX or words[-1] == "Pte"):
            return None  # ("About Us | Contact", "© Our Company"): a menu item, not a publication
        if rule.name == "outlet_published" and words[-1].lower() in self.product_heads:
            return None  # ("Yunque Open Platform is operated by Yunque Intelligence Co., Ltd.": a product, not a publication)
        if rule.name == "org_suffix" and "&" in words and (words[0] == "&" or words[-1] == "&" or words[-1] in ("AI", "Tech", "Technology", "Airlines") and len(words) <= 4):
            return None  # ("Cloud & AI", "Kids & Tech": a section's heading; "Signal & Noise Media", "Whitcombe & Lane LLP" are firms)
        if rule.name == "org_suffix" and words[-1] in _PINYIN_SUFFIX and (len(words) < 2 or not _PINYIN.fullmatch(words[-2]) or words[-2] in ("Open", "One")):
            return None  # ("Shuyun Data", "Qingmiao Education" are firms; "Hefei Big Data", "Higher Education" are not)
        if rule.name == "copyright_outlet" and (re.search(rf"\b[Bb]y\s+{re.escape(name)}\b", text) or re.fullmatch(r"[A-Z][a-z]+ [A-Z][a-z]+", name)
                                                and re.search(rf"(?m)^{re.escape(name)}(?:\s*[·|•:]\s|\s*$)", text)):
            return None  # ("By Mara Lindqvist | ... (c) 2025 Mara Lindqvist.", "Kenji Marsh · August 19": the writer holds the copyright)
        if rule.type != "Policy" and all(w in self.stop_caps for w in words):
            return None
        if rule.type == "Person" and rule.name.startswith("person_") and (words[-1] in self.bare_heads or words[-1] in _FIRM_SUFFIX or words[-1] in _PLACE_OF_WORK
                                                                          or words[-1] in _NOT_PERSON_LAST):
            return None  # ("Huaxin Hangzhou General Hospital", "Xingji Meizu Group, in which Geely founder ...": no person's name)
        if text[start - 1 : start] in ('"', "“") and _STANDARD_CODE_BEFORE.search(text, max(0, start - 40), start - 1):
            return None  # ('GB 45438-2025 "Cybersecurity Technology — Labeling Method ..."': a standard's title, no firm)
        if len(words) == 2 and words[0] == "Level" and words[1].rstrip("+").isdigit():
            return None  # ("a Level 4 heavy truck": a grade of driving automation)
        if rule.name == "model_version" and len(words) == 2 and words[0] in _LAYOUT_WORDS and words[1].isdigit():
            return None  # ("[Card 1] Kimi", "Lines 1 and 3", "Hall 5": a page's or a place's numbering, no model)
        if rule.name == "model_version" and words[0] in _COUNTER_WORDS:
            return None  # ("Downloads 198.3k", "Likes 2.9k": a model card's counters)
        if _ADJ_COMPOUND.fullmatch(name):
            return None  # ("an Indonesian-language model", "a Chinese-made chip"): a compound adjective, no name
        if re.fullmatch(r"[A-Z][a-z]+-[A-Z][a-z]+", name) and all(w in self.stop_caps or w in _DEMONYMS for w in name.split("-")):
            return None  # ("an Arabic-English chat model", "a Chinese-English corpus": a pair of languages)
        if _JOINED_WORDS.search(name):
            return None  # ("an Arabic-and-English assistant", "a Chinese-to-English model": a compound adjective)
        if rule.name == "person_is_role" and (self.org_suffix_re.search(name) or any(w in self.stop_caps or w in _FIRM_SUFFIX for w in words)):
            return None  # ("Moonshot Labs is a partner for ...": a firm)
        if rule.type == "Person" and words[0].lower() in _ROLE_WORDS:
            return None  # ("Chairman and Chief Executive Officer of SenseTime": a title, no one's name)
        if name[0].isupper() and any(w in self.verb_words and not (rule.name == "research_of" and " and " in name and w in _FIELD_PAIR)
                                     # ("Greater Bay Area Building Decarbonisation Summit": a gerund before a head noun names a field)
                                     and not (rule.name in _HEAD_FINAL and rule.name != "agency_head" and w.endswith("ing") and len(words) > 2 and w != words[0])
                                     for w in (words[:-1] if rule.name in _HEAD_FINAL else words)) \
                and not (rule.name == "event_apposition" and len(words) == 2 and words[1].isdigit()) \
                and rule.name not in ("policy_title", "standard_title", "outlet_published") \
                and not (len(words) > 2 and words[-1] in _LEGAL_SUFFIX and words[0] not in self.verb_words):
            # ("Create 2025, the ... conference", "Guidelines on Building ..."; "Pagoda Finance is published by", "Pagoda
            # Finance Media Pte. Ltd.": before "is published by" or a legal suffix a verb-like word is part of the name)
            return None  # a title-case headline, not a name: "Startup Unveils New AI Model"
        if rule.name in _HEAD_FINAL and all(w in self.stop_caps for w in words[:-1]) and not (rule.name == "event_head" and len(words) > 2):
            return None  # a head noun with no name before it: "the Commission", "New AI Model" (not "Frontier AI Forum")
        key = self.norm_key(name)
        known = self.known_types.get(key)
        if not known and " and " in name:
            # "the Ministry of Public Security and SAMR": two known names in a list, not one long name
            head, tail = name.rsplit(" and ", 1)
            if self.norm_key(tail) in self.known_types and self.norm_key(head) in self.known_types:
                return None
            # "Tencent and Alibaba Bureau chiefs": a known firm or body before "and" opens a list, not a name
            # ("the Ministry of Industry and Information Technology and Suzhou Capital": after any "and", not only the first)
            parts = name.split(" and ")
            for k in range(1, len(parts)):
                first = self.known_types.get(self.norm_key(" and ".join(parts[:k])))
                if first is not None and first not in PLACE_TYPES:
                    return None
        if any(_DESCRIPTIVE.search(w) for w in (words[:1] if keep_first else words)):
            return None  # "Beijing-based", "US-listed": a description, not a name (inside a title it is part of it)
        if rule.name == "research_head" and len(words) > 1 and words[-1] in ("Center", "Centre") and words[-2] in _VENUE_WORDS:
            typ = "Place"  # "Zhongguancun Exhibition Center": a venue, not a research centre
        elif rule.name == "research_head" and len(words) > 1 and words[-1] in ("Center", "Centre") and words[-2] in _SERVICE_WORDS:
            typ = "Organization"  # "Hefei Public Resources Trading Center"
        elif rule.name in ("agency_head", "agency_of") and _ACADEMIC_DEPARTMENT.match(name) \
                and not _OFFICIAL_BEFORE.search(text, max(0, m.start() - 60), m.start()):
            # "Department of Electronic Engineering": a university's, not a ministry's (but "director-general of its
            # Department of Science and Technology", "the ministry's Department of High and New Technology" is one)
            typ = "ResearchInstitution"
        elif rule.name == "event_head" and words[-1] == "Games" and len(words) > 1 and not words[0][:1].isdigit() and (
                _ORG_NOUN_BEFORE.search(text, max(0, start - 40), start) or _GAMES_FIRM_BEFORE.search(text, max(0, start - 40), start) or self.known_types.get(self.norm_key(" ".join(words[:-1]))) in _ORG_TYPES):
            typ = "Company"  # "the Shanghai gaming firm Zorvex Games", "NetEase Games": a games company, not sports games
        if rule.name == "outlet":
            first = words[1] if words[0] == "The" and len(words) > 1 else words[0]
            if known or first in _NOT_OUTLET or first in self.stop_caps or len(words) < 2 and not re.search(r"[a-z][A-Z]", name):
                return None
        elif rule.name == "masthead":
            if known or words[0] in _NOT_OUTLET or words[0] in self.stop_caps or words[0] in _MENU_WORDS or len(words) == 1 and words[0].lower() in _SECTION_WORDS:
                return None  # ("ANALYSIS", "POLICY": a section's name over the headline, no publication)
        elif rule.name == "masthead_caps":
            own = [w.lower() for w in words[words[0] == "THE" :]]
            if known or own[0].title() in _MENU_WORDS or own[-1] in _SECTION_TAILS or all(w in _SECTION_WORDS or w == "&" for w in own):
                return None  # ("PEOPLE MOVES", "INDUSTRY ANALYSIS", "PRESS RELEASE": a section or a kind of page)
        elif rule.name == "family_suffix":
            if words[0].lower() not in self.model_families or known:
                return None
        elif rule.name == "family_hyphen":
            if known or re.split(r"[\-\d.]", name)[0].lower() not in self.model_families | self.product_families:
                return None
        elif rule.name == "model_apposition":
            if known or words[0] in self.stop_caps or words[0] in self.verb_words or words[0] in _DATE_WORDS or name.lower() in _NOT_MODEL:
                return None
            typ = "Product" if m.group(2).lower() in self.product_heads else "AIModel"
        elif rule.name in ("model_before_head", "model_after_head"):
            head = m.group(2 if rule.group == 1 else 1).lower()
            typ = "Product" if head in self.product_heads else "AIModel"
            if head == "card" and (rule.name == "model_after_head" or text[max(0, m.start(2 if rule.group == 1 else 1) - 6) : m.start(2 if rule.group == 1 else 1)].lower() == "model "):
                typ = "AIModel"  # ("the FaXin-20B model card", "each derivative's card: FaXin-20B": the page that describes a model)
            if head in ("chatbot", "assistant") and any(c.isdigit() for c in name):
                typ = "AIModel"  # ("its Qwen2 chatbot": a versioned name is the model that the chatbot is)
            if words[0] in self.stop_caps or name in _GENERIC_TECH:
                return None  # ("Baidu's open-source OCR engine", "the ID service": a technology's name, not a product's)
            if head == "product" and _PRODUCT_ROLE_AFTER.match(text, m.end()):
                return None  # ("Honor's PC product line", "the Qwen product manager": a business or a job, not a product)
            if rule.name == "model_before_head" and _UNIT_AFTER.match(text, m.end()):
                return None  # "the Seed foundation model team", "the Shanghai AI chip designer": a team or a firm, not a model
        elif rule.name == "event_year":
            own = words[:-1]
            if own[0] in self.stop_caps or any(w in _DATE_WORDS or re.fullmatch(r"[QH][1-4]|FY\d*|Fiscal|Spring|Summer|Autumn|Fall|Winter|Class|Cohort|Batch", w) for w in own) or self.known_types.get(self.norm_key(" ".join(own))) \
                    or own[-1] in _FIRM_SUFFIX or own[-1] in self.bare_heads or known:
                return None  # ("at Tencent 2024", "during Q3 2025", "at March 2025": no occasion's name)
        elif rule.name == "model_lower":
            parts = re.split(r"[.\-]", name)
            cap = re.search(r"([A-Z][\w\-]*)[^\S\n]$", text[max(0, start - 30) : start])
            if not any(c.isdigit() for c in name) or cap and self.known_types.get(self.norm_key(cap.group(1))) not in _ORG_TYPES:
                return None  # ("co-pilot"; "Whisper large-v3": the name began at the capital; not "MiniMax video-01")
            if known in _MODEL_TYPES:
                return (start - base, end - base, known)  # ("bge-m3" for the registry's BGE-M3)
            if known or parts[0] in _NOT_LOWER_MODEL or any(w in _NOT_LOWER_MODEL for w in parts[1:]) \
                    or len(parts) == 2 and re.fullmatch(r"(?:19|20)\d\d|\d{1,2}", parts[1]) and len(parts[0]) < 4 or any(re.fullmatch(r"(?:19|20)\d\d", w) for w in parts):
                return None  # ("mid-2025", "covid-19", "top-10", "utf-8", "www.example.com": no model)
            if not context:
                return _CONTEXT
            head = self.head_after.match(text, end)
            # (a full stop inside the name, "dots.llm1", ends no sentence)
            if not head and not self.model_cue.search(text, *_sentence_around(text, start, end, ". ")) and not re.search(r"[A-Za-z]['’]s\s$", text[max(0, start - 4) : start]):
                return None  # (a name a firm owns needs no cue: "Jina AI's jina-embeddings-v3")
            typ = "Product" if head and head.group("head").lower() in self.product_heads else "AIModel"
        elif rule.name == "model_version":
            # ("DeepRoute IO 3.0" where the registry knows the product DeepRoute IO: a new version of a known name)
            if len(words) == 2 and re.fullmatch(r"\d+(?:\.\d+)+|[Vv]\d+(?:\.\d+)*", words[1]) and (prev := _WORD_BEFORE.search(text, max(0, start - 30), start)) is not None:
                whole = self.known_types.get(self.norm_key(prev.group(1) + " " + words[0]))
                if whole in _MODEL_TYPES:
                    return (prev.start(1) - base, end - base, whole)
            fam = re.split(r"[\s\-]|(?<=[a-zA-Z])(?=\d)", name)[0].lower()
            # "Step 2", "Phase 3", "Windows 11" are not models; "Step-R1-V-Mini" is (a letter in its version)
            # ("Step-3.5" when the registry knows Step-3: a hyphenated version of a known model family is a model)
            generic = fam in _NOT_MODEL and not re.search(r"-[A-Za-z]+\d", name) and not (fam in self.model_families and re.match(r"[A-Za-z]+-\d", name))
            if generic or re.search(r"(?:^|\s)(?:19|20)\d\d$", name):  # (digits alone: _NUMBER_ONLY above)
                return None
            if re.match(r"GB(?:/[TZ])?\s?\d", name):
                return None  # a national standard ("GB 45438-2025"): policy_number reads it
            if name[0].isdigit() or re.fullmatch(r"i\d+", name) or any(w in _DATE_WORDS for w in words) or _NOT_MODEL_AFTER.match(text, end):
                return None  # "18 November", "Apache 2.0 licence", "HTTP 2 protocol"
            if _ORG_NOUN_BEFORE.search(text, max(0, start - 30), start):
                return (start - base, end - base, "Company")  # "Aramco's venture arm Prosperity7": a firm, not a model
            # "Nvidia H100", "Huawei Ascend 910C": a maker's name before a name the registry knows is of that name's class
            rest = self.known_types.get(self.norm_key(name.split(None, 1)[1])) if " " in name and self.known_types.get(self.norm_key(words[0])) in _ORG_TYPES else None
            if rest in _MODEL_TYPES:
                return (start - base, end - base, rest)
            # a family of products only names products ("Journey 6B", "Ascend 910D"); a family that is also a model's
            # ("Qwen", "Kimi", "Doubao") names a model when versioned ("Qwen3.9", "Kimi-Dev-72B")
            if fam in self.product_families and fam not in self.model_families:
                typ = "Product"
            elif fam not in self.model_families:
                if not context:
                    return _CONTEXT
                # "XRING O1, a smartphone processor", "the Pad 7 tablet": a head noun after the name gives its class
                # (after any of its mentions: "Magic8 gets the model ... The Magic8 phones, launched in October")
                head = self.head_after.match(text, end) or self._head_elsewhere(text, name, end)
                if head:
                    typ = "Product" if head.group("head").lower() in self.product_heads else "AIModel"
                elif _DEVICE_BEFORE.search(text, max(0, start - 60), start):
                    typ = "Product"  # ("runs on the Star1 and the XHAND1", "fitted to the Z100": the device a model runs on)
                else:
                    if not self.model_cue.search(text, *_sentence_around(text, start, end)):
                        return None
        elif rule.name == "policy_title" and (words[0] in ("Notice", "Circular", "Decision") and words[1:2] != ["on"] or words[0] == "Guide" and words[1:2] == ["of"]):
            return None  # ("Notice of Annual General Meeting", "Notice of Award": a notice names a policy only as "Notice on ...")
        elif rule.name == "policy_title" and (cut := _OF_THE_ISSUER.search(name)) is not None and cut.start() > 0:
            # ("the Pilot Programme of the Suzhou Municipal Bureau of Industry and Information Technology": the body that runs
            # it is its issuer, no part of its name)
            return (start - base, start + cut.start() - base, typ)
        elif rule.name == "policy_title" and (cut := _AND_THE_POLICY.search(name)) is not None:
            return (start - base, start + cut.start() - base, typ)  # ("the Deep Synthesis Provisions and the Personal Information Protection Law": two)
        elif rule.name == "policy_title" and words[-1].endswith("ing") and re.match(r"[^\S\n]+(?:a|an)[^\S\n]", text[end : end + 4]):
            return None  # ("Guidelines for Building a Comprehensive ...": a title cut short at its verb)
        elif rule.name == "policy_after_verb" and words[-1] in ("agreement", "deal", "pact", "accord") and _BUSINESS_DEAL.search(name):
            return None  # "Baidu and Geely signed a strategic cooperation agreement": a deal between firms, not a policy
        elif rule.name == "policy_after_verb" and words[-1] in ("agreement", "deal", "pact", "accord") and all(w.islower() or w in _TECH_ACRONYMS for w in words) \
                and not _STATE_DEAL.search(name):
            return None  # ("Gree and Baidu sign smart-home agreement": a lower-case deal is a state's only on a state's topic)
        elif rule.name == "policy_after_verb" and _DEAL_ON_TOPIC.search(name) and _BUSINESS_DEAL.search(name) \
                and _WITH_PARTY_NEXT.match(text, end):
            return None  # ("CAICT signed a cooperation agreement on AI standards with the MCMC": a deal with a party, not a policy)
        elif rule.name == "policy_after_verb" and words[0].lower() in ("memorandum", "mou", "contract", "agreement", "deal"):
            return None  # ("AIIA and HKPC sign memorandum on AI standards": a deal about standards, not the standards)
        elif rule.name == "policy_after_verb" and all(w.lower() in _GENERIC_POLICY_WORDS for w in words[:-1]):
            return None  # "calling for national standards", "issued stricter rules": no policy's name
        elif rule.name == "made_by_subject":
            words0 = name.split()
            if known or words0[0] in self.stop_caps or words0[0] in self.verb_words or name in _DATE_WORDS or name.lower() in _NOT_MODEL \
                    or re.search(r"-[a-z]", name) or words0[-1] in _FIRM_SUFFIX or words0[-1] in self.bare_heads \
                    or len(words0) == 1 and re.fullmatch(r"[A-Z][a-z]+s", name):
                return None  # ("Robots were built by KUKA": a plural noun opening the sentence)
            typ = "AIModel" if re.search(r"\d", name) else "Product"  # a versioned name is a model's, a plain one a product's
        elif rule.name == "owner_product":
            owner = m.group(1).removeprefix("The ")
            if name in _GENERIC_TECH or known or self.known_types.get(self.norm_key(owner)) != "Company" or not self._owned_product_name(name, text, end):
                return None  # ("Baidu's Robin Li", "ByteDance's Seed team", "Alibaba's Singles Day": no product)
            # (a versioned name is a model's, "Qwen-2.5", "abab 6.5s"; a short code is a device's, "G1", "Magic V5")
            head = self.head_after.match(text, end)
            typ = "AIModel" if re.search(r"[\-.]\d|\d\.\d|\d+[BbMm]\b", name) or head and head.group("head").lower() not in self.product_heads else "Product"
        elif rule.name == "release_object":
            # ("Chinese-language data": a compound adjective, not a name)
            if known or name in self.stop_caps or name in _DATE_WORDS or name.lower() in _NOT_MODEL or name in self.verb_words or re.search(r"-[a-z]", name):
                return None
            made = _MAKE_VERB.match(m.group(0)) is not None
            if made and not _CODED_NAME.search(name) or text.startswith("+", end):
                return None  # after "built" or "developed" only a coined name ("Huamei-Geo", "XuanStack"): not "Who built Mingjing", "Geek+"
            head = self.head_after.match(text, end)
            typ = "Product" if head and head.group("head").lower() in self.product_heads else "AIModel"
            if made and not re.search(r"[\-\d]", name) and not (head and head.group("head").lower() in self.model_heads):
                typ = "Product"  # a made thing named in one word with a capital inside is a tool's name ("LingStack")
        elif rule.name == "org_suffix":
            prefix = self.org_suffix_re.sub("", name)
            if words[-1] in self.trade_suffix and ("&" in name or all(self.known_types.get(self.norm_key(w)) in PLACE_TYPES or w in self.stop_caps
                                                                     for w in prefix.split())):
                return None  # ("Jiangsu Electric", "Coal & Energy": a sector, not a firm)
            if words[-1] in _LOOSE_SUFFIX and _CAPITAL_NEXT.match(text, end):
                return None  # ("Pearl River Mobility Report", "Get Mobility Frontier": a title's word, the name goes on)
            if _AMPERSAND_NAME.match(text, end):
                return None  # ("Beijing E-Town International Investment & Development": the name goes on past the "&")
            if prefix in _GENERIC_ORG_PREFIX or not LEGAL_FORM.sub("", " " + name).strip(" ,."):
                return None  # "Information Technology", "Intelligence Services", "Investment Co.": no firm's name
            pk = self.norm_key(prefix)
            # "Baidu Inc." is Baidu; "Baidu Ventures" is a unit of its own (and a unit of Baidu)
            # (a person's name before the suffix makes a firm of its own: "Qiyuan Robotics" beside "Qi Yuan")
            # (a place's name before a trade makes a firm of its own: "Xinhui Microelectronics")
            # (a product's name before a firm-only suffix makes a firm of its own: "Xuanji Intelligence" beside the Xuanji
            # architecture; not "Hailuo AI", "Kling AI", the products' own apps)
            if pk in self.known_types and self.known_types[pk] != "Person" and words[-1].rstrip(".") in _FIRM_SUFFIX \
                    and not (self.known_types[pk] in _MODEL_TYPES and words[-1] in _FIRM_ONLY_SUFFIX) \
                    and not (self.known_types[pk] in PLACE_TYPES and (words[-1] in _TRADE_SUFFIX or words[-1] in _PLACE_FIRM_SUFFIX and self.known_types[pk] != "Country")) or all(w in self.stop_caps for w in prefix.split()):
                return None
        elif rule.name in ("person_of_speaker", "person_said_of"):
            if known or words[0] in self.stop_caps or any(w in _NOT_BYLINE_NAME or w in _DATE_WORDS or w in self.verb_words or w.lower() in _ROLE_WORDS
                                                          or w.lower() in self.title_words for w in words) \
                    or re.search(r"(?:[A-Z][\w\-]*|\b(?:for|of|and|the|on|in|to|with))[^\S\n]$", text[max(0, start - 30) : start]):
                return None  # ("Center for Health Development of Peking University, told"; "Analysts at Bernstein said", "Chief Financial Officer of Kuaishou", "Lawyer Shen Jiahui of ...": no one's name)
        elif rule.name == "person_surname":
            if words[-1] in self.stop_caps or words[-1] in NOT_GIVEN or key in self.known_types:
                return None
        elif rule.name == "known_platform" and (known or not any(self.known_types.get(self.norm_key(" ".join(words[:k]))) in _MAKER_OR_MODEL
                                                                 for k in (1, 2, 3) if k < len(words) - 1)):
            return None  # ("the Open Platform", "Qingkong Developer Platform": no known maker or model names it)
        elif rule.name == "customs_office" and (known or not (self.known_types.get(self.norm_key(words[0])) in PLACE_TYPES
                                                               or words[0] in _DEMONYMS)):
            return None  # ("China Customs" is registered; "General Customs" names no place)
        elif rule.name == "place_head" and (known or not all(_PINYIN.fullmatch(w) and w not in self.stop_caps for w in words[:-1])):
            return None  # ("Central Business District", "Silicon Valley Township": no pinyin name of a place)
        elif rule.name in ("org_founded", "org_before_founder") and (known or any(w in self.stop_caps for w in words) or words[0] in _DATE_WORDS
                                                                     or words[0] in _NOT_FOUNDED_FIRST
                                                                     or len(words) == 2 and words[0] in CHINESE_SURNAMES and words[1] not in NOT_GIVEN):
            return None  # ("founded Beijing ...", "Former co-founder Zhang Wei", "founded in May": no new firm)
        elif rule.name in ("org_before", "org_apposition", "org_after_role", "org_possessor_role") and (known or words[0].rstrip(".") in _FIRM_SUFFIX
                                                                               or len(words) == 1 and name in _GENERIC_ORG_PREFIX):
            return None  # ("Investment, the group's venture arm": a word that names no firm alone)
        elif rule.name in ("org_by_maker", "org_based"):
            if known or words[-1] in self.bare_heads or words[-1] in ("Team", "Teams", "Labs") or words[0] in _DATE_WORDS \
                    or name in self.demonym_words or len(words) == 1 and (name.isupper() or name in self.stop_caps) \
                    or words[-1] in ("Co", "Inc", "Corp", "Ltd", "Pte", "Sdn") or words[-1] in _PLACE_OF_WORK or words[-1] in _PUBLIC_BODY_LAST \
                    or rule.name == "org_based" and self.known_types.get(self.norm_key(m.group(1))) not in PLACE_TYPES:
                return None  # (a registered name, a body a head-word rule reads, "released by March", "cloud-based X")
            if len(words) in (2, 3) and all(w[1:].islower() for w in words) and (words[0] in _SURNAMES and words[1] not in NOT_GIVEN or words[-1] in _SURNAMES):
                return None  # "owned by Zhang Wei", "backed by Robin Li": a person's name (the person rules read it)
        elif rule.name in ("actor_before_release", "actor_raised"):
            if known or any(w in self.stop_caps or w.endswith("s") and w[1:].islower() for w in words):
                return None
            if len(words) == 2 and (words[0] in _SURNAMES and words[1] not in NOT_GIVEN or words[1] in _SURNAMES) and all(w[1:].islower() for w in words):
                return None  # "Zhang Wei unveiled ...", "Robin Li launched ...": a person's name (the person rules read it)
            if len(words) == 1 and not re.search(r"[a-z][A-Z]|\d", name):
                # a lone capitalised word must look like a name, or be one elsewhere in the text (the whole text:
                # a verdict for this document only)
                if not context:
                    return _CONTEXT
                if not _MID_SENTENCE(name).search(text):
                    return None
        # (a known name's type, but a person named by a role stays a person: "Lin Yi, deputy director of ..." is not Linyi)
        if known and rule.name != "model_version" and not (typ == "Person" and known in ("City", "Country", "Place")):
            typ = known
        elif typ == "Policy" and rule.name == "policy_head" and words[0].lower() in self.model_families | self.product_families \
                and (words[-1] == "Code" or len(words) <= (3 if words[0].lower() in self.model_families else 2)):
            typ = "Product"  # "Qwen Code": a model family's name before "Code" names a tool, not a code of law
            # (not "National Multimodal LLM Programme": a longer title after a family word is still a title)
        elif typ == "Policy" and rule.name == "policy_head" and words[-1] == "Code" and len(words) > 1 and words[-2] not in _LAW_CODE_WORDS:
            typ = "Product"  # ("Visual Studio Code", "VS Code": a code editor; "the Civil Code" is a law)
        return (start - base, end - base, typ)


# "... Investment & Development": a name that goes on past an ampersand
_AMPERSAND_NAME = re.compile(r"[^\S\n]*&[^\S\n]*[A-Z]")
# words before "Code" in the name of a body of law ("Civil Code", "Criminal Code", "Ethics Code")
_LAW_CODE_WORDS = {"Civil", "Criminal", "Penal", "Commercial", "Tax", "Labour", "Labor", "Ethics", "Ethical", "Administrative",
                   "Procedure", "Maritime", "Customs", "Electoral", "Military", "Family", "Building", "Trade", "Banking",
                   "Securities", "Company", "Corporate", "Environmental", "Governance", "Conduct", "Practice", "Legal", "Law",
                   "Consumer", "Grid", "Safety", "Network", "Cybersecurity", "Data", "Privacy", "Health", "Medical"}
# how far around a match _judge reads (without `context`): "Tencent's venture arm " before, " smartphones" after
_JUDGE_BEFORE, _JUDGE_AFTER = 32, 48
# "a strategic cooperation agreement", "a licensing deal": words of a deal between firms, which is no policy
_BUSINESS_DEAL = re.compile(r"\b(?:cooperation|co-operation|strategic|partnership|framework|supply|licensing|licence|license|commercial|business|investment|collaboration|joint|purchase|procurement|service|services|sales|distribution|cloud|computing)\b")
# "a critical-minerals agreement", "the rare earths deal", "a trade pact": topics of deals between states
_TECH_ACRONYMS = frozenset({"AI", "IT", "ICT", "5G", "6G", "EV", "IoT"})  # ("an industrial AI agreement": still a firms' deal)
_STATE_DEAL = re.compile(r"\b(?:trade|tariffs?|minerals?|earths?|security|defen[cs]e|nuclear|climate|peace|export|border|ceasefire|currency|fisheries|visa|extradition|tax)\b")
# a lower-case deal about a topic ("a cooperation agreement on AI standards") and the party it is signed with
_DEAL_ON_TOPIC = re.compile(r"\b(?:agreement|deal|memorandum|contract)\s+(?:on|for|covering)\s")
_WITH_PARTY_NEXT = re.compile(r"[^\S\n]+with[^\S\n]+(?:the[^\S\n]+)?[A-Z]")
_GENERIC_POLICY_WORDS = {
    "national", "international", "global", "unified", "basic", "relevant", "related", "stricter", "strict", "tougher",
    "tough", "more", "further", "such", "similar", "other", "these", "those", "some", "many", "several", "detailed",
    "specific", "industry", "technical", "local", "existing", "current", "clear", "clearer", "safety", "security",
}
_ROLE_WORDS = frozenset({"officer", "officers", "executive", "director", "chairman", "chairwoman", "president", "manager", "secretary",
                         "minister", "scientist", "engineer", "founder", "officials", "official", "head", "chief", "deputy", "vice"})
_ORG_TYPES = frozenset({"Company", "Organization", "ResearchInstitution", "GovernmentAgency", "University", "Media"})
_FUNCTION_WORD_START = re.compile(r"(?:of|for|on|in|to|by|with|and|or|from|at|as)\s", re.IGNORECASE)
_GENERIC_ORG_PREFIX = {
    "Information", "Intelligence", "Investment", "Artificial", "Science", "Technology", "Digital", "Data", "Computing",
    "Network", "Software", "Cloud", "Financial", "Internet", "Security", "Capital", "Global", "International",
    "National", "General", "Markets", "Companies", "Business", "Industry", "Industrial", "Innovation", "Advanced",
    "Robotics", "Automotive", "Semiconductor", "Electronics", "Media", "Energy", "Intelligent", "Smart", "Development",
}
_HEAD_FINAL = {"agency_head", "research_head", "event_head", "policy_head", "model_capital", "org_suffix", "policy_named", "org_fund", "org_body"}
_NUMBER_ONLY = re.compile(r"[\d.,:/\s\-]+")
_DATE_WORDS = set(
    "Monday Tuesday Wednesday Thursday Friday Saturday Sunday Today Yesterday Tomorrow January February March April "
    "May June July August September October November December Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec "
    "Mon Tue Tues Wed Thu Thur Thurs Fri Sat Sun".split()
)
_MISSING = object()
_CONTEXT = object()
_ORG_NOUN_BEFORE = re.compile(r"\b(?:arm|unit|subsidiary|affiliate|fund|investor|backer|startup|start-up|firm|company|operator)[^\S\n]+$", re.IGNORECASE)
# (the nouns of a games firm beside those of any firm: "the studio X Games", "the publisher X Games")
_GAMES_FIRM_BEFORE = re.compile(r"\b(?:studio|developer|publisher|maker|group)[^\S\n]+$", re.IGNORECASE)
def _MID_SENTENCE(name: str) -> re.Pattern:
    """The name capitalised after a lowercase word: a name, not just a sentence's first word."""
    return re.compile(r"\b[a-z][\w\-]*[^\S\n]+" + re.escape(name) + r"\b")


_UNIT_AFTER = re.compile(r"[^\S\n]+(?:team|teams|unit|lab|group|division|department|designer|designers|maker|makers|firm|firms|company|"
                         r"companies|start-?ups?|developer|developers|supplier|suppliers|vendor|vendors|industry|sector|market|business)\b")
# "runs on the Star1 and the XHAND1", "installed on the Z100": a versioned name after these is a device, not a model
_PRODUCT_ROLE_AFTER = re.compile(r"[^\S\n]+(?:lines?|managers?|teams?|directors?|heads?|chiefs?|leads?|owners?|portfolio)\b")
_DEVICE_BEFORE = re.compile(r"\b(?:runs?|running|ran|installed|pre-?installed|fitted|built)\s+(?:on|into|to)\s+the\s+(?:[\w\-]+(?:,|\s+and|\s+or)\s+the\s+)?$")
# verbs whose agent after "by" is a body: "made by", "owned by" (not "founded", "led", "run": people do those)
_MAKER_BY_VERBS = ("made", "developed", "co-developed", "built", "trained", "designed", "engineered", "manufactured", "produced", "owned",
                   "published", "maintained", "supplied", "provided", "released", "backed", "funded", "operated")
# the verbs of making, after which only a coined name is taken for a new thing's name
_MAKE_VERB = re.compile(r"(?:built|developed|trained|develops|builds)\b")
# a coined name's shape: a hyphen, a digit or a capital inside the word ("Huamei-Geo", "XuanStack", "Z100")
_CODED_NAME = re.compile(r"[\-\d]|[a-z][A-Z]")

_ORDINAL_WORD = re.compile(r"(?:First|Second|Third|Fourth|Fifth|Sixth|Seventh|Eighth|Ninth|Tenth)\b")

_NOT_MODEL_AFTER = re.compile(r"[^\S\n]+(?:licen[cs]e|protocol|standard|port|visa|rating|bonds?|shares)\b", re.IGNORECASE)

_DESCRIPTIVE = re.compile(r"-(?:class|level|grade|scale|sized|based|designed|made|owned|backed|listed|funded|headquartered|specific|focused|led|run|born|style|like|related|native|powered|driven|first)$")

# first words that make a page's section heading of a phrase ending in an outlet's word (lexicon outlet_head), not a
# name ("Latest News", "Weekly Review")
_NOT_OUTLET = {"Latest", "More", "Top", "Breaking", "Related", "Other", "Recent", "Local", "Morning", "Evening", "Weekly", "Daily",
               "Annual", "Special", "Our", "Your", "This", "Peer", "Policy", "Tech", "Business", "Market", "Markets", "Editor's",
               "Editors'", "Blog", "Book", "Year", "Product", "Code", "Security", "Design", "Law", "Performance"}


def _usual_case(text: str, name: str) -> str | None:
    """A name set in capitals ("FOUNDERS LEDGER") as the page writes it elsewhere ("Founders Ledger"), if it does."""
    for m in re.finditer(re.escape(name), text, re.IGNORECASE):
        if not m.group().isupper():
            return " ".join(m.group().split())
    return None


def _sentence_around(text: str, start: int, end: int, stop: str = ".") -> tuple[int, int]:
    """The span of the sentence (or line) holding text[start:end], cut at `stop` or a newline."""
    return (max(text.rfind(stop, 0, start), text.rfind("\n", 0, start)) + 1,
            min(x for x in (text.find(stop, end), text.find("\n", end), len(text)) if x >= 0))


_YEAR_AFTER_NAME = re.compile(r"[A-Z][\w\-&]*[^\S\n]+(?:19|20)\d\d\b")  # where an occasion named by its year may end
# a second policy's title after "and the" inside a long title ("... Services and the Personal Information Protection Law")
_OF_THE_ISSUER = re.compile(r"(?:(?<=Programme)|(?<=Program)|(?<=Initiative)|(?<=Strategy)|(?<=Scheme)|(?<=Framework))[^\S\n]+of[^\S\n]+the[^\S\n]+(?:[A-Z][\w\-]*[^\S\n]+){0,4}?"
                            r"(?:Bureau|Ministry|Commission|Administration|Government|Council|Office|Department)\b(?![^\S\n]+(?:on|for)\b)")
_AND_THE_POLICY = re.compile(r"[^\S\n]+and[^\S\n]+the[^\S\n]+(?:[A-Z][\w\-]*[^\S\n]+){0,8}?(?:Law|Measures|Provisions|Regulations|Guidelines|Opinions|Rules|Plan)"
                             r"(?:[^\S\n]+(?:for|on|of)[^\S\n]+[^\n]*)?$")
_NEXT_WORD = re.compile(r"[^\S\n]+([A-Za-z][\w\-]*)")  # the word after a name
# words that open a description, not a firm's name, before a founder's title ("Former co-founder Zhang Wei")
_NOT_FOUNDED_FIRST = frozenset({"Former", "Late", "Fellow", "Its", "Their", "His", "Her", "Our", "My", "Your", "The", "A", "An", "Company", "Firm",
                                "Serial", "Sole", "Original", "Another", "One", "Two", "Three", "Both", "Rotating", "Acting", "Interim",
                                "Honorary", "Executive", "Deputy", "Vice", "Founding", "Outgoing", "Incoming", "Then", "Current",
                                "Managing", "Senior", "Group", "Board", "New"})
_DEMONYMS = frozenset({"German", "French", "British", "American", "Japanese", "Korean", "Chinese", "Indian", "European", "Asian", "African",
                       "Russian", "Italian", "Spanish", "Dutch", "Swiss", "Swedish", "Saudi", "Emirati", "Singaporean", "Malaysian",
                       "Indonesian", "Thai", "Vietnamese", "Brazilian", "Mexican", "Canadian", "Australian", "Israeli", "Turkish", "Global"})
# the last word of a two-word product name a firm owns ("Apple's App Store", "Google's Wear OS", "Baidu's Xiaodu Assistant")
_PRODUCT_LAST = frozenset({"Store", "OS", "IDE", "Assistant", "Browser", "Search", "Maps", "Pay", "Music", "Drive", "Docs", "Wallet", "Watch", "Pad"})
# the word after a short name in capitals a firm owns that makes it a piece of its hardware ("Hygon's DCU accelerators")
_HARDWARE_NEXT = frozenset({"accelerator", "accelerators", "chip", "chips", "card", "cards", "gpu", "gpus", "processor", "processors",
                            "server", "servers", "module", "modules", "board", "boards", "lidar", "lidars", "sensor", "sensors"})
_UNIT_LAST = frozenset({"Team", "Lab", "Labs", "Unit", "Studio", "Academy", "Institute"})
_NOT_PRODUCT_WORDS = frozenset({"Series", "IPO", "Round", "Seed", "Angel", "Pre-A", "Pre-IPO", "APIs", "Glasses", "No"})
# the word after a name a firm owns that makes it no product: a unit, a place, a person's role, an occasion
_NOT_PRODUCT_NEXT = frozenset({"team", "teams", "unit", "units", "lab", "labs", "division", "arm", "department", "group", "research", "institute",
                               "campus", "headquarters", "office", "offices", "branch", "subsidiary", "business", "chief", "founder",
                               "president", "chairman", "ceo", "head", "director", "executive", "festival", "conference", "event",
                               "day", "summit", "fund", "funds", "capital", "ventures", "venture", "cloud", "shares", "stock", "said", "says"})

_SECTION_WORDS = frozenset({"analysis", "policy", "news", "opinion", "features", "feature", "markets", "tech", "technology", "business", "world",
                            "china", "asia", "briefing", "explainer", "interview", "regulation", "research", "industry", "companies"})
# the last word of a section's or a page kind's name set in capitals over an article ("PEOPLE MOVES", "FOUNDERS SERIES")
_SECTION_TAILS = frozenset({"analysis", "opinion", "feature", "features", "interview", "interviews", "explainer", "briefing", "moves",
                            "series", "profile", "profiles", "spotlight", "release", "releases", "update", "updates", "news", "models",
                            "policy", "markets", "research", "notice", "announcement", "statement", "commentary"})
_MENU_WORDS = frozenset({"Home", "Menu", "Skip", "Search", "Sign", "Log", "Subscribe", "Login", "News", "Cookie", "Cookies", "Privacy",
                        "Accept", "Share", "Print", "Email", "Back", "Contents", "Main", "Navigation", "Follow"})
_VENUE_WORDS = {"Exhibition", "Convention", "Conference", "Expo", "Shopping", "Sports", "Events", "Congress"}
# (and a computing centre is a facility its operator runs: "Wuhan Artificial Intelligence Computing Center")
_SERVICE_WORDS = {"Trading", "Service", "Services", "Data", "Call", "Media", "Press", "Business", "Operations", "Command", "Logistics", "Visitor", "Visitors",
                  "Computing", "Supercomputing", "Computility"}
_OFFICIAL_BEFORE = re.compile(r"\b(?:director-general|deputy\s+director-general|vice\s+minister|minister|ministry['’]s|commission['’]s|administration['’]s)\b[^.;\n]{0,25}$", re.IGNORECASE)
_ACADEMIC_DEPARTMENT = re.compile(
    r"(?!.*\b(?:Industry|Information|Commerce|Finance|Justice|Defen[cs]e|Education|Health|State|Public|Security|Homeland|Energy|Labou?r|"
    r"Housing|Transportation|Agriculture|Affairs|Resources|Treasury)\b)(?:School|Department|Faculty)\s+of\s+(?:[A-Z][a-z]+\s+(?:and\s+)?)*(?:Engineering|Science|Sciences|Mathematics|Physics|Chemistry|Biology|"
    r"Economics|Automation|Informatics|Linguistics|Medicine|Law|Management|Technology|Statistics|Philosophy|Psychology|Robotics)\b"
)
# first words (or any part) of a lower-case hyphenated word with a number in it that is no model's name
_NOT_LOWER_MODEL = frozenset({"mid", "early", "late", "pre", "post", "top", "covid", "sub", "non", "utf", "iso", "sha", "ipv", "mp", "usb", "wi",
                              "ex", "co", "anti", "over", "under", "year", "years", "day", "days", "week", "month", "quarter", "tier", "level",
                              "phase", "type", "class", "grade", "stage", "step", "round", "series", "gen", "version", "lot", "batch", "page",
                              "chapter", "article", "section", "part", "fig", "figure", "table", "no", "number", "zone", "category", "com",
                              "cn", "org", "net", "www", "html", "htm", "php", "pdf", "jpg", "png", "txt", "csv", "json", "py", "http", "https",
                              "first", "second", "third", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
                              "hour", "hours", "minute", "minutes", "km", "kg", "per", "x", "vs", "cat", "pm", "am", "rmb", "usd", "yuan"})
_MAKER_OR_MODEL = frozenset({"Company", "Organization", "ResearchInstitution", "AIModel", "LanguageModel", "Product"})
# a technology's or a feature's common name ("OCR", "GPU", "Translation"): no product of its own before a head noun
_GENERIC_TECH = _TECH_ACRONYMS | {"OCR", "GPU", "GPUs", "CPU", "NPU", "TPU", "ID", "API", "APIs", "SDK", "LLM", "LLMs", "ASR", "TTS", "NLP",
                                  "AR", "VR", "XR", "RAG", "PC", "CT", "MRI", "HD", "3D", "GenAI", "AIGC", "SaaS", "PaaS", "IaaS", "ERP",
                                  "CRM", "QR", "GPS", "Translation", "Search", "Transcription", "Dictation"}
_NOT_MODEL = {
    # number formats and data types ("FP8", "BF16", "INT4", "UE8M0")
    "fp", "bf", "int", "uint", "ue", "tf", "about", "nearly", "around", "over", "some", "more", "under", "almost",
    "covid", "article", "section", "figure", "top", "fortune", "chapter", "phase", "level", "tier", "page",
    "vol", "no", "item", "class", "type", "category", "series", "round", "day", "week", "year", "g", "h",
    "f", "b", "c", "d", "e", "a", "windows", "form", "rule", "part", "step", "stage", "grade", "ie",
    "win", "route", "line", "gate", "terminal", "room", "floor", "unit", "group", "ms", "mr", "dr", "cny", "lot", "package", "bid",
    "usd", "rmb", "yuan", "us", "eur", "hk", "gbp", "jpy", "krw", "q", "h1", "h2", "fy", "gdp", "pm", "am",
}


_HEAD_RULES = ("model_before_head", "model_after_head")


_EDITIONS = ("Pro", "Max", "Ultra", "Plus", "Mini", "Lite", "SE", "Turbo", "Flash", "Air", "Omni", "Nano")
_PRODUCT_WORDS = ("Studio", "Foundry", "Copilot", "Workbench", "Workspace", "Toolkit", "Console", "Builder", "Forge", "Canvas")
_PRODUCT_WORD_AFTER = re.compile(r"[^\S\n](?:Agent[^\S\n])?(?:" + "|".join(_PRODUCT_WORDS) + r")(?![\w\-])")
_EDITION_WORD = re.compile(r"[^\S\n](?:Pro\+|" + "|".join(_EDITIONS) + r")(?![\w\-])")


def suffixed_models(self: Discovery, text: str, mentions: list[Mention]) -> list[Mention]:
    """A known model's name with a variant suffix the registry does not hold ("LongCat-Flash" + "-Chat") is a model of
    its own, named in full."""
    out: list[Mention] = []
    for m in mentions:
        if out and m.start < out[-1].end:
            continue  # (inside the full name: "Qwen3-8B" of "DeepSeek-R1-0528-Qwen3-8B")
        sx = self.suffix_after.match(text, m.end) if m.ctype == "AIModel" and m.source == "gazetteer" else None
        # ("Honor Magic8 Pro", "Doubao 1.5 Pro": a product's or model's edition word after a known name)
        if sx is None and m.ctype in ("AIModel", "Product") and m.source == "gazetteer":
            sx = _EDITION_WORD.match(text, m.end)
        if sx is not None and self.known_types.get(self.norm_key(text[m.start : sx.end()])) is None:
            m = Mention(m.start, sx.end(), text[m.start : sx.end()], m.type, source="model_suffix")
        elif m.source == "gazetteer" and m.ctype in ("AIModel", "Product", "Company") and (px := _PRODUCT_WORD_AFTER.match(text, m.end)) \
                and self.known_types.get(self.norm_key(text[m.start : px.end()])) is None:
            # ("Zhipu AI released GLM Agent Foundry", "Lingshu Agent Studio": a known name before a tool's own word names a product)
            m = Mention(m.start, px.end(), text[m.start : px.end()], "Product", source="product_suffix")
        out.append(m)
    return out


# "Vivian Luo - Head of Investor Relations, Meituan": a name standing before a title in a participant list
_PARTICIPANT_NAME = re.compile(
    rf"^[ \t]*(?P<who>[A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+){{1,2}})[ \t]+[-–—][ \t]+[^,\n]{{0,60}}?\b{PARTICIPANT_TITLES}\b", re.MULTILINE)


def participant_names(text: str, mentions: list[Mention]) -> list[Mention]:
    """The people of a participant list ("Name - Title") that no other rule named."""
    taken = [(m.start, m.end) for m in mentions]
    new = [Mention(p.start("who"), p.end("who"), p.group("who"), "Person", source="participant_line") for p in _PARTICIPANT_NAME.finditer(text)
           if not any(a < p.end("who") and p.start("who") < b for a, b in taken)]
    return sorted(mentions + new, key=lambda m: m.start) if new else mentions


_TITLE_TOPIC = re.compile(r"\s(?:for|on|of)\s+(?:the\s+)?")


def merge_mentions(known: list[Mention], found: list[Mention]) -> list[Mention]:
    """Registry mentions win; a discovered mention wins only where it is longer and covers them."""
    # same span: the registry first, then a rule that read the class off a head noun ("its XRING O1 processor")
    spans = sorted(known + found, key=lambda m: (m.start, -(m.end - m.start), m.source != "gazetteer", m.source not in _HEAD_RULES))
    out: list[Mention] = []
    known_ends = {(k.start, k.end) for k in known if k.type in BODY_TYPES}
    for m in spans:
        if out and m.start < out[-1].end:
            prev = out[-1]
            # a longer discovered name that covers the previous one replaces it
            if m.end > prev.end and m.start == prev.start:
                out[-1] = m
            # unless it only joins two registry bodies: "the Chongqing Institute of Green and Intelligent Technology of
            # the Chinese Academy of Sciences" is the institute (named) and the academy (named), not a third body
            elif m.start == prev.start and m.end < prev.end and m.source == "gazetteer" and prev.source != "gazetteer" \
                    and m.type in BODY_TYPES and (of := _OF_THE.match(prev.text, m.end - m.start)) \
                    and (m.start + of.end(), prev.end) in known_ends:
                out[-1] = m
            # "Hubei Provincial Action Plan" + "Action Plan for Accelerating the ...": one title read by two rules
            # ("Zorvex Plan on AI adoption": a one-word topic after the head is no title of its own)
            elif m.end > prev.end and m.source == "policy_title" and prev.source == "policy_head" and len(_TITLE_TOPIC.split(m.text, 1)[-1].split()) > 1:
                out[-1] = Mention(prev.start, m.end, prev.text[: m.start - prev.start] + m.text, "Policy", source="policy_title")
            continue
        out.append(m)
    # a registry mention strictly inside a discovered one was dropped above; a discovered mention that only
    # partly overlaps a registry one is dropped too (the registry is curated)
    return out


_FOOTER_WORDS = frozenset({"Us", "Our", "This", "Me", "Cookies", "Careers", "Advertising", "Privacy", "Terms", "Contact", "All", "Rights"})
# a unit named with its body: "School of Automation Science and Engineering of Xi'an Jiaotong University"
_UNIT_OF_BODY = re.compile(r"(?P<unit>(?:[A-Z][\w\-]*\s+){0,4}(?:School|College|Faculty|Department|Institute|Laboratory|Center|Centre)(?:\s+(?:of|for)\s+.+?)?)\s+of\s+(?:the\s+)?(?P<body>[A-Z].*)")
# the fields of an "X and Y Institute" name ("Marine Design and Research Institute of China"): nouns there, not verbs
_FIELD_PAIR = frozenset({"Design", "Research", "Development", "Planning", "Survey", "Testing", "Engineering", "Innovation", "Technology"})
_OF_THE = re.compile(r",?\s+(?:of\s+)?(?:the\s+)?")


_PROPAGATE = {"Company", "Organization", "ResearchInstitution", "GovernmentAgency", "Person", "AIModel",
              "LanguageModel", "Product", "Event"}


# a trade after a place's name makes a firm of its own ("Xinhui Microelectronics"); its name alone is the firm too
_TRADE_SUFFIX = {"Microelectronics", "Semiconductors", "Health", "Medical", "Biotech", "Therapeutics", "Software", "Networks",
                 "Dynamics", "Systems", "Automation", "Computing", "Microsystems", "Innovation", "Information", "Legal", "Audio",
                 "Bionics", "Logistics", "Express", "Analytics", "Energy", "Pharma", "Photonics", "Optics", "Materials", "Security"}
_WORD_BEFORE = re.compile(r"(?<![\w\-])([A-Z][\w\-.]*[\w])[ \t]+$")
# (after a city's or a district's name these make a firm of its own, as the trades do: "Beichen Intelligence", "Haidian
# Robotics"; not "Beijing Technology", "Shenzhen Holdings" or "China Semiconductor", a place's sector or holding)
_PLACE_FIRM_SUFFIX = {"Intelligence", "Robotics", "Semiconductor", "Electronics", "Mobility", "Driving", "Trucking"}
# suffixes that are also a title's word: no firm's name when another capitalised word follows ("Mobility Report")
# suffixes that are also a field's name: a firm's name only after a pinyin word ("Qingmiao Education", not "Higher Education")
_PINYIN_SUFFIX = {"Data", "Vision", "Education", "Medical", "Digital"}
_LOOSE_SUFFIX = {"Mobility", "Driving", "Trucking", "Records", "Fintech"} | (_PINYIN_SUFFIX - {"Data"})
_FIRM_ONLY_SUFFIX = {"Intelligence", "Technology", "Technologies", "Robotics", "Semiconductor", "Electronics", "Microelectronics",
                     "Microsystems", "Holdings", "Group"}
_FIRM_SUFFIX = {
    "Group", "Robotics", "Technologies", "Technology", "Tech", "AI", "Inc.", "Inc", "Corp.", "Corp", "Corporation", "Co.", "Co",
    "Ltd.", "Ltd", "Limited", "Holdings", "Holding", "Labs", "Intelligence", "Semiconductor", "Electronics", "Motors", "Data",
    "Digital", "Lab", "Vision",
} | _TRADE_SUFFIX
_STANDARD_CODE_BEFORE = re.compile(r"\b(?:GB|GB/T|GB/Z|YD/T|GA/T|JR/T|SJ/T|T/[A-Z]{2,8})\s*\d[\d.]*-\d{4}\s*$")
_NOT_PERSON_LAST = frozenset({"Studio", "Studios", "Team", "Teams", "Display", "Seng", "Lab", "Labs", "Cloud", "Tech", "Media", "Games"})
# (the last word of a public body's name that no firm's name ends with: "Qingdao Customs", "Guangdong Museum")
_PUBLIC_BODY_LAST = frozenset({"Customs", "Archives", "Gallery", "Radio", "Television", "Observatory", "Police"})
_PLACE_OF_WORK = frozenset({"Hospital", "Hospitals", "Clinic", "Museum", "Library", "Bank", "Airport", "Station", "Port", "Stadium", "Park", "Court"})
_LAYOUT_WORDS = frozenset({"Card", "Item", "Part", "Chapter", "Section", "Figure", "Fig", "Table", "Phase", "Stage", "Round", "Level",
                           "Line", "Lines", "Hall", "Halls", "Gate", "Zone", "Booth", "Page", "Row", "Slide", "Episode", "Season", "Day",
                           "Week", "Grade", "Class", "Room", "Floor", "Building", "Terminal", "Pier", "Berth", "Track", "Lane", "Exit"})
_COUNTER_WORDS = frozenset({"Downloads", "Likes", "Stars", "Forks", "Views", "Followers", "Upvotes", "Comments", "Params", "Parameters"})
_ADJ_COMPOUND = re.compile(r"[A-Z]{2,5}-[a-z]{3,}(?:ing|ed)|(?:[A-Z][a-z]+|AI|GPU|LLM)-(?:language|languages|speaking|lingual|made|built|based|style|only|native|focused|specific|centric|oriented|owned|backed|designed|developed|trained|assisted|powered|driven|enabled|generated|augmented|ready|first|led|related|heavy|friendly)")
_JOINED_WORDS = re.compile(r"[A-Za-z]-(?:and|or|to|for|of|in|on)-[A-Za-z]")
# a word made of pinyin syllables ("Lingjing", "Yunmo"), not an English one ("Steel", "Horizon")
_PINYIN = re.compile(r"(?:(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?(?:iang|iong|uang|ang|eng|ing|ong|ian|iao|uai|uan|ai|ei|ao|ou|an|en|in|un|ia|ie|iu|ua|uo|ui|ue|er|a|e|i|o|u))+", re.I)
_LEGAL_SUFFIX = {"Inc.", "Inc", "Corp.", "Corp", "Corporation", "Co.", "Co", "Ltd.", "Ltd", "Limited"}
_CAPITAL_NEXT = re.compile(r"[^\S\n]*[-–]?[^\S\n]*[A-Z0-9]")
_KINDS = r"(?:models?|chips?|architecture|processors?|cards?|accelerators?|app|apps|assistant|platform|series|family|engine|servers?|devices?|robots?|version)"
_KIND_NEXT = re.compile(rf"[^\S\n]+(?:[a-z\-]+[^\S\n]+)?{_KINDS}\b")
# ("Metaso, the AI search engine of Metaso Technology": an apposition saying what the name is)
_KIND_APPOSITION = re.compile(rf",[^\S\n]+(?:the|an?|its)[^\S\n]+(?:[\w\-]+[^\S\n]+){{0,3}}?{_KINDS}\b")


_MODEL_TYPES = {"AIModel", "LanguageModel", "Product"}
_VERSION_WORD = re.compile(r"[A-Z]\d{1,3}[A-Za-z]?|V\d+(?:\.\d+)?")


# one item of a list of firms that no rule knew ("Warburg Pincus, Vertex Growth and Intel Capital"): capitalised words only
_SIBLING = r"[A-Z][A-Za-z0-9&'’+\-]*(?:[^\S\n]+(?:[A-Z][A-Za-z0-9&'’+\-]*|&)){0,3}(?<![&\-])"
_SIBLINGS_BETWEEN = re.compile(rf",[^\S\n]+({_SIBLING}(?:,[^\S\n]+{_SIBLING})*),?[^\S\n]+and[^\S\n]+")
_SIBLING_LAST = re.compile(rf",?[^\S\n]+and[^\S\n]+({_SIBLING})(?=[^\S\n]*(?:[.,;:)]|$))")
_SIBLING_TYPES = frozenset({"Company", "Organization"})
_COMMA_ITEM = re.compile(r"[^,\s](?:[^,]*[^,\s])?")  # one item of a comma-separated run, without its spaces


def list_siblings(text: str, mentions: list[Mention], stop_caps: set[str]) -> list[Mention]:
    """The unknown items of a list whose other items are all firms of one class ("Warburg Pincus, Vertex Growth and Intel
    Capital", "Nike, Siemens and Decathlon"): firms of that class too."""
    added: list[Mention] = []

    def add(a: int, b: int, typ: str) -> None:
        items = [x.span() for x in _COMMA_ITEM.finditer(text, a, b)]
        if any(text[i:j].split()[0] in STOP_FIRST or all(w in stop_caps for w in text[i:j].split()) for i, j in items):
            return
        added.extend(Mention(i, j, text[i:j], typ, source="list_sibling") for i, j in items)

    for x, y in zip(mentions, mentions[1:], strict=False):
        if x.type != y.type or x.type not in _SIBLING_TYPES:
            continue
        gap = _SIBLINGS_BETWEEN.fullmatch(text, x.end, y.start)
        if gap:  # "A, B and C" with A and C known
            add(gap.start(1), gap.end(1), x.type)
        elif re.fullmatch(r",[^\S\n]+", text[x.end : y.start]) and (last := _SIBLING_LAST.match(text, y.end)):
            if not any(m.start < last.end(1) and last.start(1) < m.end for m in mentions):  # "A, B and C" with A and B known
                add(last.start(1), last.end(1), x.type)
    return sorted([*mentions, *added], key=lambda m: m.start) if added else mentions


def propagate(text: str, mentions: list[Mention], stop_caps: set[str], known: dict[str, str] | None = None, norm=None) -> list[Mention]:
    """One name, one thing per document: a name the rules discovered from a cue ("startup Zorvex") is the same
    name where it comes again without one ("Zorvex said ..."), so its other whole-word occurrences become
    mentions of the same class."""
    names: dict[str, Mention] = {}
    for m in mentions:
        if m.key is None and m.type in _PROPAGATE and m.text[:1].isupper() and len(m.text) > 2 and m.text not in stop_caps:
            names.setdefault(m.text, m)
    # "Yin Hejun ... Yin previously served as ...", "Joe Tsai ... Tsai said": a person's surname alone, when no
    # other person of the document shares it
    surnames: dict[str, list[Mention]] = {}
    lone: set[str] = set()  # surnames found on their own that name a person of the document
    for m in mentions:
        words = m.text.split()
        if m.type == "Person" and len(words) in (2, 3) and all(w[:1].isupper() for w in words):
            short = words[0] if words[0] in _SURNAMES else words[-1]
            if len(short) > 1 and short not in stop_caps:
                surnames.setdefault(short, []).append(m)
    for short, ms in surnames.items():
        if len({x.key or x.text for x in ms}) == 1 and short not in names:
            names[short] = ms[0]
        # ("Tang Jie ... Professor Tang leads ...": a surname a title rule found on its own is the same person)
        elif len({x.key or x.text for x in ms}) == 1 and names[short].key is None and names[short].type == "Person" and names[short].text == short:
            names[short] = ms[0]
            lone.add(short)
    # "Zorvex Robotics ... Zorvex said", "Ant Group ... Ant also invested": a company's name without its legal or
    # sector suffix, when it names one company of the document and no capitalised word follows ("Ant Financial")
    firms: dict[str, list[Mention]] = {}
    for m in mentions:
        words = m.text.split()
        if m.type in ("Company", "Organization") and len(words) >= 2 and words[-1] in _FIRM_SUFFIX:
            short = " ".join(words[:-1])
            if len(short) > 2 and short[:1].isupper() and short not in stop_caps and (known is None or known.get(norm(short)) not in PLACE_TYPES):
                firms.setdefault(short, []).append(m)
            # ("Lingjing Spatial Intelligence ... Lingjing's backers", "Hangzhou Yunmo Intelligence Technology ... Yunmo"): the
            # one word that names an unknown firm, past a place that opens its name (a person's name written apart, "Qi Yuan",
            # is no other use of "Qiyuan")
            if m.key is None and known is not None and len(words) >= 3:
                core = words[1] if known.get(norm(words[0])) in PLACE_TYPES else words[0]
                if len(core) > 3 and core[:1].isupper() and core[1:].islower() and _PINYIN.fullmatch(core) and core not in stop_caps and known.get(norm(core)) in (None, "Person") \
                        and core != short and core not in words[2:]:
                    firms.setdefault(core, []).append(m)
        # ("Shulian Zhiyun ... Shulian's founder": the first word of a two-word pinyin name)
        elif m.type == "Company" and m.key is None and known is not None and len(words) == 2 \
                and all(len(w) > 3 and w[1:].islower() and _PINYIN.fullmatch(w) and w not in stop_caps for w in words) and known.get(norm(words[0])) in (None, "Person"):
            firms.setdefault(words[0], []).append(m)
    # "Hunyuan T1 ... T1 is built on Hunyuan TurboS": a model's version word alone, when one model of the
    # document ends with it
    # ("DeepSeek-V3.1 ... V3.1 is built on the V3 base": the same after a hyphen)
    versions: dict[str, list[Mention]] = {}
    for m in mentions:
        if m.type not in _MODEL_TYPES:
            continue
        words = m.text.split()
        last = words[-1] if len(words) >= 2 else m.text.rsplit("-", 1)[-1] if "-" in m.text else ""
        if last and last != m.text and _VERSION_WORD.fullmatch(last):
            versions.setdefault(last, []).append(m)
    for short, ms in versions.items():
        if len({x.key or x.text for x in ms}) == 1 and short not in names and short not in stop_caps:
            names[short] = ms[0]
    loose = set()
    def firm_id(x: Mention) -> str:  # ("Shenzhen Xinghe Robotics" and "Xinghe Robotics" are one firm)
        first, _, rest = x.text.partition(" ")
        return x.key or (rest if known is not None and rest and known.get(norm(first)) in PLACE_TYPES else x.text)

    for short, ms in firms.items():
        ids = Counter(firm_id(x) for x in ms)
        if len(ids) != 1:
            # ("Hulun Energy Group ... Hulun Opencast Coal Co., the group's unit ... Hulun's director": the firm the
            # document names more often than all the others together)
            (top, c), *rest = ids.most_common()
            if c < 2 or c <= sum(n for _, n in rest) or short in names or short not in {w for x in ms for w in x.text.split()[:2]}:
                continue
            ms = [x for x in ms if firm_id(x) == top]
        if short not in names:
            names[short] = ms[0]
            loose.add(short)
        # ("Qingshan Intelligence ... raised from Qingshan's backers": the short name a rule found on its own is the
        # same firm)
        elif names[short].key is None and names[short].type in ("Company", "Organization") and ms[0].key is None \
                and ms[0].text.rsplit(" ", 1)[-1] not in _LEGAL_SUFFIX:  # ("Asia Pacific Newswire Ltd.": the short name is the name)
            names[short] = ms[0]
            loose.add(short)
    if not names:
        return mentions
    for i, m in enumerate(mentions):
        if m.key is None and (m.text in loose and m.type in ("Company", "Organization") or m.text in lone and m.type == "Person") and m.name is None:
            src = names[m.text]
            if src.text != m.text and (src.key is None or m.type == "Person"):
                mentions[i] = Mention(m.start, m.end, m.text, src.type, key=src.key, source=m.source, name=src.name or src.text)
        # ("Xuanji Intelligence ... Xuanji raised 300 million yuan": in a page about a new firm, its short name is the firm,
        # not the registry's product of that word, unless a name or a kind of thing follows it: "the Xuanji X1", "Xuanji chips")
        elif m.key is not None and m.text in loose and m.type in _MODEL_TYPES | {"Product"} and names[m.text].key is None \
                and names[m.text].text.rsplit(" ", 1)[-1] in _FIRM_ONLY_SUFFIX and not _CAPITAL_NEXT.match(text, m.end) \
                and not _KIND_NEXT.match(text, m.end) and not _KIND_APPOSITION.match(text, m.end):
            src = names[m.text]
            mentions[i] = Mention(m.start, m.end, m.text, src.type, key=None, source=m.source, name=src.text)
    taken = sorted((m.start, m.end) for m in mentions)
    starts = [a for a, _ in taken]
    extra: list[Mention] = []
    n = len(text)
    for name in sorted(names, key=len, reverse=True):
        i = text.find(name)
        while i >= 0:
            j = i + len(name)
            if (i == 0 or not text[i - 1].isalnum()) and (j >= n or not (text[j].isalnum() or text[j] == "-")) and not (
                name in loose and _CAPITAL_NEXT.match(text, j)
            ):
                k = bisect_right(starts, i) - 1
                free = (k < 0 or taken[k][1] <= i) and (k + 1 >= len(taken) or taken[k + 1][0] >= j)
                if not free and len(name.split()) > 1:
                    # ("EnergyTech Asia | Grid ...": a place the name holds is no mention of its own there)
                    inside = [x for x in mentions if x.start < j and x.end > i]
                    if inside and all(i <= x.start and x.end <= j and x.type in PLACE_TYPES for x in inside):
                        mentions = [x for x in mentions if not any(x is y for y in inside)]
                        for x in inside:
                            taken.remove((x.start, x.end))
                        starts = [a for a, _ in taken]
                        free = True
                if free:
                    src = names[name]
                    canonical = None if src.text == name else (src.name or src.text)
                    extra.append(Mention(i, j, name, src.type, key=src.key, source="propagated", name=canonical))
                    insort(taken, (i, j))
                    starts = [a for a, _ in taken]
            i = text.find(name, j)
    if not extra:
        return mentions
    return sorted(mentions + extra, key=lambda m: m.start)


def definite_heads(mentions: list[Mention], heads: frozenset[str]) -> list[Mention]:
    """A discovered name that is a bare head noun ("at the Institute") is the one name of the document before it that
    ends in that noun, or no name at all."""
    if not any(m.key is None and m.text in heads for m in mentions):
        return mentions
    out: list[Mention] = []
    for m in mentions:
        if m.key is None and m.text in heads:
            before = {(x.key or x.name or x.text): x for x in out if x.text != m.text and x.text.endswith(" " + m.text)}
            if len(before) == 1:
                src = next(iter(before.values()))
                out.append(Mention(m.start, m.end, m.text, src.type, key=src.key, source="definite_head", name=src.name or src.text))
            continue
        out.append(m)
    return out


# "a wholly owned subsidiary of the exchange", "the ministry's Supervision Department": a lower-case definite head noun
# stands for the one organisation named before it whose name ends in that noun (none when two such names came before)
_DEFINITE_ORG = re.compile(
    r"\b[Tt]he[^\S\n]+(?:([A-Z][a-z]+)[^\S\n]+)?((?:(?!(?:the|a|an|of|for|to|in|on|at|by|with|from)[^\S\n])[a-z]+[^\S\n]+){0,4}?)(exchange|ministry|university|bank|group|commission|administration|academy|institute|bureau|hospital"
    r"|court|council|agency|laboratory|association|federation|alliance|procuratorate|government|company)"
    r"(?=['’]s\b|[,.;:)]|[^\S\n]+(?:and|or|said|says|has|had|is|was|were|are|will|would|in|on|at|for|to|with|from|last|this|which|who"
    r"|since|also|itself|did|does|declined|added|announced|released|issued|published|launched|signed|runs|ran|set|founded|created|established|owns|opened|operates|approved|uses|built|plans|began|started|can|could|may|must|should)\b)")


def definite_descriptions(text: str, mentions: list[Mention], names: dict[str, str]) -> list[Mention]:
    """"Shenzhen Securities Information Co., a wholly owned subsidiary of the exchange" after the Shenzhen Stock Exchange:
    the exchange is that one; a definite head noun that could be two organisations is left alone."""
    hits = list(_DEFINITE_ORG.finditer(text))
    if not hits:
        return mentions
    out = list(mentions)
    for h in hits:
        a, b = (h.start(1) if h.group(1) else h.start(2) if h.group(2) else h.start(3)), h.end(3)
        over = [m for m in out if m.start < b and a < m.end]
        if any(not (m.ctype == "Place" and h.group(1) and (m.start, m.end) == h.span(1)) for m in over):
            continue
        # ("the Shanghai exchange", "the civil affairs ministry", "the municipal government": every word before the
        # noun is a word of the body's name)
        noun, place, mods = h.group(3).lower(), h.group(1), h.group(2).split()
        if noun in ("government", "company") and not (place or mods):
            continue  # ("the government", "the company": whose, the text does not say here)
        before = {}
        for m in mentions:
            if m.end <= a and a - m.end <= 3000 and m.ctype in BODY_TYPES:
                words = (names.get(m.key or "") or m.name or m.text).split()  # ("MIIT": the Ministry of ...)
                low = {w.lower().strip(".,'’") for w in words}
                last = words[-1].lower().rstrip(".") if words else ""
                # ("the economy and information technology bureau": the Hefei Municipal Bureau of Economy and ...)
                if words and (last == noun or noun == "company" and last in ("co", "corporation", "corp", "ltd", "limited")
                              or any(w.lower() == noun and nxt == "of" for w, nxt in zip(words, words[1:], strict=False))) \
                        and (place is None or place in words) and all(w in low for w in mods):
                    before[m.key or m.name or m.text] = m
        if len(before) == 1:
            src = next(iter(before.values()))
            out = [m for m in out if m not in over]
            out.append(Mention(a, b, text[a:b], src.type, key=src.key, source="definite_description", name=src.name or src.text))
    return sorted(out, key=lambda m: (m.start, -m.end))


# labels of a statistical NER model (when `--model` puts one under the rules) and the classes they give
STATISTICAL = {"PERSON": "Person", "ORG": "Organization", "GPE": "Place", "LOC": "Place", "FAC": "Place",
               "EVENT": "Event", "LAW": "Policy", "PRODUCT": "Product"}


def add_statistical(mentions: list[Mention], doc: Doc) -> list[Mention]:
    """Entities a statistical model found where the rules found nothing: they add recall, never override."""
    extra = [
        Mention(e.start_char, e.end_char, e.text, STATISTICAL[e.label_], source="statistical")
        for e in doc.ents
        if e.label_ in STATISTICAL and len(e.text) > 1 and e.text[0].isupper()
    ]
    if not extra:
        return mentions
    out = list(mentions)
    for m in extra:
        if not any(o.start < m.end and m.start < o.end for o in mentions):
            out.append(m)
    out.sort(key=lambda m: m.start)
    return out


@Language.factory(
    "cakg_discovery",
    assigns=["doc._.cakg_mentions", "doc.ents", "doc._.cakg_nested"],
    requires=["doc._.cakg_mentions"],
    default_config={"registry_dir": None},
)
def make_discovery(nlp: Language, name: str, registry_dir: str | None):
    from kg.registry import load_registry

    return DiscoveryComponent(Discovery(load_registry(registry_dir)))


_FAMILY_VERSION = re.compile(r"(.*?[A-Za-z])([\s\-])([A-Z]?\d+(?:\.\d+)*[A-Za-z]{0,3})")
_NEXT_VERSION = re.compile(
    r"(?:,[^\S\n]*(?:(?:and|or)[^\S\n]+)?|[^\S\n]+(?:and|or)[^\S\n]+)([A-Z]?\d+(?:\.\d+)*[A-Za-z]{0,3})(?![\w\-.])"
    r"(?=[^\S\n]*[,;:)]|\.(?!\d)|[^\S\n]+(?:and|or)\b|[^\S\n]+(?:chips?|models?|processors?|series|GPUs?|cards?|versions?|variants?"
    r"|accelerators?|systems?|phones?|cars?|robots?|this|last|in|on|at|for|with|from|to|that|which|were|was|are|is|have|has)\b|[^\S\n]*$)"
)
_MP_TYPES = {"AIModel", "LanguageModel", "Product"}
_TEAM_AFTER = re.compile(r"[^\S\n]+[Tt]eam\b(?![^\S\n]+[A-Z])")


_LICENCE = re.compile(r"\b(?:MIT|Apache|BSD|GPL|AGPL|LGPL|Creative\s+Commons|CC[\s\-]BY(?:[\s\-][A-Z]{2})*)(?:[\s\-](?:License|Licence|license|licence|[0-9](?:\.[0-9])?|v[0-9](?:\.[0-9])?|open-source\s+licen[cs]e))+"
                      r"|\bApache\s+2\.0\b|\bApache-2\.0\b")
# "Peng Cheng Laboratory (PCL; Chinese: ...)", "the Zorvex Quantum Laboratory (ZQL)": an abbreviation the text defines
_DEFINED_ABBR = re.compile(r"[^\S\n]*\((?P<abbr>[A-Z][A-Za-z0-9&\-]{1,9})(?=[);,])")
_ABBR_TYPES = {"Company", "Organization", "ResearchInstitution", "GovernmentAgency", "Policy", "Regulation", "Event"}


def defined_abbreviations(text: str, mentions: list[Mention]) -> list[Mention]:
    """An abbreviation the text defines in brackets after a name is that name wherever the text uses it ("PCL
    released ..."), unless it is already a name of something else."""
    taken = {m.text for m in mentions if m.key is not None}  # (a registered name stays what it is)
    found: dict[str, Mention] = {}
    for m in mentions:
        if m.ctype in _ABBR_TYPES and (d := _DEFINED_ABBR.match(text, m.end)) is not None:
            abbr = d.group("abbr")
            if sum(c.isupper() for c in abbr) >= 2 and abbr not in taken and abbr not in found and abbr != m.text:
                found[abbr] = m
    if not found:
        return mentions
    # (a discovered "ZQL released ..." is the defined name too)
    out = [m for m in mentions if not (m.key is None and m.text in found)]
    spans = [(m.start, m.end) for m in out]
    for abbr, m in found.items():
        for hit in re.finditer(rf"(?<![\w\-]){re.escape(abbr)}(?![\w\-])", text):
            a, b = hit.span()
            if any(x < b and a < y for x, y in spans):
                continue
            out.append(Mention(a, b, abbr, m.type, key=m.key, source="abbreviation", name=m.name or m.text, alias=abbr))
    return sorted(out, key=lambda x: x.start)


# a name right before "runs on <model>": "Anan runs on Yingxiang-2", "whose contract reviewer Clausebird runs on GLM-Z2"
_RUNS_ON_BEFORE = re.compile(r"(?<![\w\-.'’])([A-Z][\w\-]*[a-z][\w\-]*(?:[^\S\n][A-Z0-9][\w\-]*){0,2})[^\S\n]+(?:(?:now|also|still|already|currently|itself)[^\S\n]+)?"
                             r"(?:(?:runs|is[^\S\n]+running|is[^\S\n]+built)[^\S\n]+on|is[^\S\n]+(?:powered|driven)[^\S\n]+by)[^\S\n]+(?:the[^\S\n]+)?$")


def runs_on_names(text: str, mentions: list[Mention], stop_caps: set[str], known_types: dict, norm_key) -> list[Mention]:
    """A capitalised name no rule named, right before "runs on" or "is powered by" a model the text names, is a product
    ("Anan runs on Yingxiang-2"): only a product or a model runs on a model."""
    added: list[Mention] = []
    starts = {m.start for m in mentions}
    for m in mentions:
        if m.type not in _MP_TYPES or m.start < 8:
            continue
        r = _RUNS_ON_BEFORE.search(text, max(0, m.start - 80), m.start)
        if r is None or r.start(1) in starts or any(x.start < r.end(1) and r.start(1) < x.end for x in mentions):
            continue
        name = r.group(1)
        if name.split()[0] in stop_caps or known_types.get(norm_key(name), "Product") not in ("Product", "AIModel"):
            continue
        added.append(Mention(r.start(1), r.end(1), name, "Product", source="runs_on_name"))
    return sorted(mentions + added, key=lambda x: x.start) if added else mentions


def version_list(text: str, mentions: list[Mention]) -> list[Mention]:
    """"Huawei's Ascend 910B, 910C or 910D chips", "GLM-4.5 and 4.6": bare versions listed after a versioned name are
    names of the same family ("Ascend 910D", "GLM-4.6"); the mention keeps the text, its name is the full one."""
    added: list[Mention] = []
    taken = [(m.start, m.end) for m in mentions]
    for m in mentions:
        if m.type not in _MP_TYPES:
            continue
        fv = _FAMILY_VERSION.fullmatch(m.text)
        if not fv:
            continue
        family, sep = fv.group(1), fv.group(2)
        pos = m.end
        while True:
            nv = _NEXT_VERSION.match(text, pos)
            if not nv:
                break
            if (nv.start(1), nv.end(1)) in taken:  # ("910C" known already: the list goes on after it)
                pos = nv.end(1)
                continue
            if any(a < nv.end(1) and nv.start(1) < b for a, b in taken):
                break
            added.append(Mention(nv.start(1), nv.end(1), nv.group(1), m.type, source="version_list", name=family + sep + nv.group(1)))
            pos = nv.end(1)
    if not added:
        return mentions
    return sorted(mentions + added, key=lambda x: x.start)


# an author list: "Shengding Hu¹, Yuge Tu², Xu Han¹ ³*, ..." (given name first, affiliation marks after)
_AUTHOR = re.compile(r"(?<![\w\-])([A-Z][a-z]+(?:-[a-z]+)?(?:[ \t][A-Z]\.)?[ \t][A-Z][a-z]+)(?=[ \t]*[¹²³⁴⁵⁶⁷⁸⁹⁰*†‡\d, \t]*(?:,|$|[ \t]and[ \t]|[ \t]\(\+))", re.MULTILINE)


def author_list(text: str, mentions: list[Mention]) -> list[Mention]:
    """Names in a line that lists three or more people given name first, most of them with a Chinese surname ("Shengding
    Hu, Yuge Tu, Xu Han, Chaoqun He"): persons, in either order of their names."""
    out = list(mentions)
    taken = [(m.start, m.end) for m in mentions]
    added = False
    b = -1
    for line in text.split("\n"):
        a, b = b + 1, b + 1 + len(line)
        commas = line.count(",")
        if commas < 2 or line.count(" ") > 4 * commas + 6:
            continue  # (prose, not a list of short items)
        names = [n for n in _AUTHOR.finditer(text, a, b)]
        chinese = [n for n in names if n.group(1).split()[-1] in _SURNAMES or n.group(1).split()[0] in _SURNAMES]
        if len(names) < 3 or len(chinese) * 2 < len(names) or len(names) * 3 < commas:
            continue  # (not a list of names: most items are something else)
        for n in names:
            if n.group(1).split()[0] in STOP_FIRST or any(x < n.end(1) and n.start(1) < y for x, y in taken):
                continue
            out.append(Mention(n.start(1), n.end(1), n.group(1), "Person", source="author_list"))
            added = True
    return sorted(out, key=lambda m: m.start) if added else mentions


STOP_FIRST = {"The", "And", "With", "From", "Department", "University", "Institute", "School", "Academy", "Laboratory"}


def model_teams(text: str, mentions: list[Mention]) -> list[Mention]:
    """"Ant Group's Bailing team", "the Hunyuan team": a model's or product's name before "team" names the group of
    people who make it, an organisation of its own."""
    out = []
    for m in mentions:
        t = _TEAM_AFTER.match(text, m.end) if m.type in _MP_TYPES else None
        if t is not None:
            m = Mention(m.start, t.end(), text[m.start : t.end()], "Organization", source="model_team")
        out.append(m)
    return out


# a byline or a credit line: "By Chen Lu | Friday ...", "(Reporting by Ann Li; Editing by Tom Hadley)", "Posted on
# May 3 by Marta Kowalski", "Analysts: Priya Raman, Sun Haoran (...)", "Editor: Zhou Yan"; the names after the cue
_BYLINE_CUE = re.compile(
    r"(?:^|(?<=[|·•—–(\[;])|(?<=\|\s)|(?<=·\s)|(?<=—\s)|(?<=–\s))[^\S\n]*"
    rf"(?:(?:By|by|{CREDIT_BY}|{STAFF_TITLE})[^\S\n]+|{CREDIT_FIELD}[^\S\n]*\(?|(?:Posted|Published)[^\n|·]{{0,40}}?[^\S\n]by[^\S\n]+)",
    re.MULTILINE,
)
# a short line of fields split by "·" or "|", one of them a date or a reading time
_DATED_FIELDS = re.compile(r"^(?=[^\n]{0,140}$)(?=[^\n]*[·|])(?=[^\n]*(?:\b\d{1,2}[^\S\n]+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?[^\S\n]+\d{4}"
                           r"|\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?[^\S\n]+\d{1,2},?[^\S\n]+\d{4}|\b\d{4}-\d\d-\d\d|\bmin(?:ute)?s?[^\S\n]+read\b))[^\n]+", re.MULTILINE)
_BYLINE_WORD = r"[A-Z][a-zà-öø-ÿ'’]+(?:-[A-Za-zà-öø-ÿ]+)?"
_BYLINE_NAME = re.compile(rf"({_BYLINE_WORD}(?:[^\S\n]+[A-Z]\.)?(?:[^\S\n]+{_BYLINE_WORD}){{1,2}})(?![\w\-])")
# one or two writers' names filling a field of a dated line ("Daniel Okafor and Wei Tingting")
# (each may say where it was written: "Helen Ma, Beijing", "Helena Marsh in London and Zhou Yiting in Beijing")
_FIELD_WHERE = rf"{WRITER_PLACE}?"
_FIELD_NAMES = re.compile(rf"({_BYLINE_WORD}(?:[^\S\n]+{_BYLINE_WORD}){{1,2}}){_FIELD_WHERE}(?:[^\S\n]+(?:and|&)[^\S\n]+({_BYLINE_WORD}(?:[^\S\n]+{_BYLINE_WORD}){{1,2}}){_FIELD_WHERE})?")
# what may follow a name in a byline: a place ("in Hong Kong"), a role after a comma, then the next name or the end
_BYLINE_PLACE = re.compile(r"[^\S\n]+in[^\S\n]+[A-Z][\w\-]*(?:[^\S\n]+[A-Z][\w\-]*){0,2}")
_BYLINE_PAREN = re.compile(r"[^\S\n]*\([^()\n]{1,60}\)")
_BYLINE_ROLE = re.compile(r",[^\S\n]*(?:[A-Z][a-z\-]*[^\S\n]*){1,4}(?=[,;()|·\n]|[^\S\n]+and[^\S\n]|$)", re.MULTILINE)
_BYLINE_NEXT = re.compile(r"[^\S\n]*(?:,[^\S\n]*(?:and[^\S\n]+)?|;[^\S\n]*|[^\S\n]+(?:and|&)[^\S\n]+)")
_BYLINE_END = re.compile(r"[^\S\n]*(?:$|[|·•—–()\[\];,]|\d|-[^\S\n])", re.MULTILINE)
# words that make a byline's capitalised words an organisation or a role, not a person
_NOT_BYLINE_NAME = {
    "Staff", "Desk", "Team", "Editors", "Editor", "Reporters", "Reporter", "Correspondent", "Correspondents", "News", "Daily", "Wire",
    "Media", "Research", "Securities", "Capital", "Group", "Bank", "Partners", "Holdings", "Institute", "University", "Center",
    "Centre", "Times", "Post", "Journal", "Agency", "Service", "Services", "Press", "Review", "Weekly", "Ledger", "Senior",
    "Chief", "Contributing", "Associate", "Counsel", "Partner", "Fellow", "Analyst", "Analysts", "Writer", "Director", "Head",
    "Our", "The", "China", "Chinese", "Asia", "Markets", "Technology", "Tech", "AI", "Global", "International", "Lab", "Labs",
}


# a page's share or follow bar: a short line with the cue word first or after a separator ("Print | Share to: WeChat")
SHARE_BAR = re.compile(r"^(?:[^\n]{0,40}?[|·•][ \t]*)?(?:Share|SHARE|share|Follow|FOLLOW|follow|Find\s+us|Connect\s+with\s+us)\b[^\n]{0,150}$", re.MULTILINE)


def share_bar_platforms(text: str, mentions: list[Mention], platforms: re.Pattern) -> list[Mention]:
    """The platforms a share or follow bar names ("Share: X | LinkedIn | Telegram") that the gazetteer did not: products
    of the page, found only on such a line."""
    new: list[Mention] = []
    for bar in SHARE_BAR.finditer(text):
        for p in platforms.finditer(text, bar.start(), bar.end()):
            if not any(m.start < p.end() and p.start() < m.end for m in mentions):
                new.append(Mention(p.start(), p.end(), p.group(), "Product", source="share_bar"))
    return sorted(mentions + new, key=lambda m: m.start) if new else mentions


def _writer_name(name: str, known_types: dict, norm_key) -> bool:
    """Whether a byline's capitalised words can be a person: no organisation or role word, no known other thing."""
    return not any(w in _NOT_BYLINE_NAME for w in name.split()) and known_types.get(norm_key(name), "Person") == "Person"


def byline_names(text: str, mentions: list[Mention], known_types: dict, norm_key) -> list[Mention]:
    """The people a byline or a credit line names ("By Mark Ellison in Hong Kong and Zhao Yiran in Beijing",
    "(Reporting by Ann Li; Editing by Tom Hadley)", "Authors: Helen Lao, Partner (Shanghai); Marcus Reid, Counsel")
    that no other rule named. Only short lines are read, and only names shaped like a person's."""
    taken = [(m.start, m.end) for m in mentions]
    new: list[Mention] = []
    for cue in _BYLINE_CUE.finditer(text):
        line_start = text.rfind("\n", 0, cue.start()) + 1
        line_end = text.find("\n", cue.end())
        line_end = len(text) if line_end < 0 else line_end
        if line_end - line_start > 220 or text[line_end - 1 : line_end] == "." and cue.start() - line_start > 0 and "(" not in text[line_start:cue.start()]:
            continue  # a sentence of the article ("The rules were drafted by ..."), not a credit line
        pos = cue.end()
        while True:
            nm = _BYLINE_NAME.match(text, pos, line_end)
            if nm is None:
                break
            if not _writer_name(nm.group(1).replace(".", " "), known_types, norm_key):
                break
            end = nm.end()
            for follow in (_BYLINE_PLACE, _BYLINE_ROLE, _BYLINE_PAREN):
                f = follow.match(text, end, line_end)
                if f is not None:
                    end = f.end()
            nxt = _BYLINE_NEXT.match(text, end, line_end)
            if nxt is None and not _BYLINE_END.match(text, end, line_end) and end != line_end:
                break  # "By Markets Desk", "by the Mars Robotics team": the words go on as no byline does
            a, b = nm.span(1)
            # (a registry surname inside the name is not that person: "By Mark Ellison" is not Larry Ellison)
            inside = [m for m in mentions if a <= m.start and m.end <= b and (m.start, m.end) != (a, b) and m.ctype == "Person"]
            if inside:
                mentions = [m for m in mentions if m not in inside]
                taken = [t for t in taken if not (a <= t[0] and t[1] <= b)]
            if not any(x < b and a < y for x, y in taken):
                new.append(Mention(a, b, nm.group(1), "Person", source="byline"))
                taken.append((a, b))
            if nxt is None:
                break
            pos = nxt.end()
    # "Priya Raman · Friday 9 May 2025 · 5 min read", "15 January 2026 · Daniel Okafor and Wei Tingting · Beijing": a
    # dated line of short fields names its writers without "By"
    for line in _DATED_FIELDS.finditer(text):
        a0 = line.start()
        for field in re.finditer(r"[^|·•]+", line.group()):
            f = field.group().strip()
            names = _FIELD_NAMES.fullmatch(f)
            if names is None:
                continue
            at = a0 + field.start() + field.group().index(f)
            for g in (1, 2):
                if names.group(g) is None or not _writer_name(names.group(g), known_types, norm_key) or any(w in _DATE_WORDS for w in names.group(g).split()):
                    continue
                a, b = at + names.start(g), at + names.end(g)
                if not any(x < b and a < y for x, y in taken):
                    new.append(Mention(a, b, names.group(g), "Person", source="byline"))
                    taken.append((a, b))
    return sorted(mentions + new, key=lambda m: m.start) if new else mentions


# a field of an agenda, a call's list or a table that names a person and the body he is from: "| Claire Dubois, Hugging
# Face", "Daniel Park - Morgan Stanley |"
_FIELD_PERSON = re.compile(rf"(?:^|(?<=\|)|(?<=^[-*•]))[^\S\n]*({_BYLINE_WORD}(?:[^\S\n]+{_BYLINE_WORD}){{1,2}})(?:,|[^\S\n][-–])[^\S\n]+(?=\S)", re.MULTILINE)


def field_people(text: str, mentions: list[Mention], known_types: dict, norm_key) -> list[Mention]:
    """People a field names with their body ("| Claire Dubois, Hugging Face |") that no other rule named: the body must
    be a known or found organisation that closes the field."""
    starts = {m.start: m for m in mentions if m.ctype in _ORG_TYPES}
    taken = [(m.start, m.end) for m in mentions]
    new: list[Mention] = []
    for f in _FIELD_PERSON.finditer(text):
        org = starts.get(f.end())
        if org is None or not re.match(r"[^\S\n]*(?:\||$)", text[org.end : org.end + 3]):
            continue
        a, b = f.span(1)
        name = f.group(1)
        if any(x < b and a < y for x, y in taken) or not _writer_name(name, known_types, norm_key) \
                or any(w in _DATE_WORDS or w.lower().split("-")[0] in _ROLE_WORDS or w.lower() in TITLE_HEADS for w in name.split()):
            continue  # ("Deputy Director-General, Guangdong ...": a title, no one's name)
        new.append(Mention(a, b, name, "Person", source="field_person"))
        taken.append((a, b))
    return sorted(mentions + new, key=lambda m: m.start) if new else mentions


_CELL_PART = re.compile(r"(?:[^,;/]|,(?=[^\S\n]*(?:Ltd|Inc|Limited|LLC|Corp)\b))+")  # (not "Co., Ltd.")
_CELL_NAME = re.compile(r"[A-Z0-9][\w.\-+&'’]*(?:[^\S\n]+[\w.\-+&'’]+){0,6}")


def table_cells(self: Discovery, text: str, mentions: list[Mention]) -> list[Mention]:
    """Names in the cells of a table column that says their class ("Model", "Investors", "Instrument") which no
    other rule found: "Zorvex-3" under "Model" is a model, each of "CATL, Puhua Capital" under "Led by" a firm."""
    new: list[Mention] = []
    taken = [(m.start, m.end) for m in mentions]
    for table in pipe_tables(text):
        for col, head in enumerate(table.header):
            typ = self.cell_class.get(head)
            if typ is None:
                continue
            for row in table.rows:
                a, b = row[col]
                for part in _CELL_PART.finditer(text, a, b):
                    nm = _CELL_NAME.match(text, part.start() + len(part.group()) - len(part.group().lstrip()), part.end())
                    if nm is None:
                        continue
                    x, y = nm.span()
                    while y > x and text[y - 1] in " .":
                        y -= 1
                    name = text[x:y]
                    if name.lower() in self.cell_not_name or len(name) < 2 or name.isdigit() or any(s < y and x < e for s, e in taken):
                        continue
                    if self.known_types.get(self.norm_key(name), typ) != typ:
                        continue
                    new.append(Mention(x, y, name, typ, source="table_cell"))
                    taken.append((x, y))
    return sorted(mentions + new, key=lambda m: m.start) if new else mentions


# "(2025-2027)", "(2024 Edition)", "(2026 Revision)" after a policy's title: the period or edition is part of the title
# (a bare year, "Provisions on ... (2022)", is the year it came out)
# ("Measures for ... (Trial)", "(Draft for Comment)": a status in brackets closes the title too)
_EDITION = re.compile(r"[^\S\n]?[(（](?:(?:19|20)\d\d(?:[-–—](?:19|20)?\d\d|[^\S\n]+(?:[Ee]dition|[Rr]evision|[Vv]ersion|[Tt]rial))|Trial|Provisional|Interim|Draft(?:[^\S\n]+for[^\S\n]+Comments?)?|for[^\S\n]+Trial[^\S\n]+Implementation)[)）]")


def policy_editions(text: str, mentions: list[Mention]) -> list[Mention]:
    """A discovered policy's title with the bracketed period or edition that follows it; the title without it stays its
    name (after a registry policy only an edition: the period after it may date it, "14th Five-Year Plan (2021-2025)")."""
    out = []
    for m in mentions:
        if m.ctype == "Policy" and m.key is None and (q := _QUOTED_BEFORE.search(text, max(0, m.start - 50), m.start)) is not None \
                and not (out and out[-1].end > q.start()):
            # ('the NDA's "Data Elements x" Three-Year Action Plan': the quoted slogan opens the title)
            name = q.group(1) + " " + (m.name or m.text)
            m = Mention(q.start(), m.end, text[q.start() : m.end], m.type, source=m.source, name=name, alias=m.alias)
        if m.ctype == "Policy" and (x := _EDITION.match(text, m.end)) is not None and (m.key is None or not x.group()[-2].isdigit()):
            full = text[m.start : x.end()]
            m = Mention(m.start, x.end(), full, m.type, key=m.key, source=m.source, name=m.name or m.text, alias=full)
        out.append(m)
    return out


_QUOTED_BEFORE = re.compile(r"[“\"]([A-Z][^”\"\n]{1,40})[”\"][^\S\n]$")


class DiscoveryComponent:
    def __init__(self, discovery: Discovery):
        self.discovery = discovery

    def __call__(self, doc: Doc) -> Doc:
        known = mentions_of(doc)
        text = doc_text(doc)
        merged = merge_mentions(list(known), self.discovery.find(text))
        if "-" in text or any(" " + w in text for w in _EDITIONS) or any(" " + w in text for w in _PRODUCT_WORDS):
            merged = suffixed_models(self.discovery, text, merged)
        if " - " in text or " – " in text or " — " in text:
            merged = participant_names(text, merged)
        if " | " in text:
            merged = table_cells(self.discovery, text, merged)
        merged = add_statistical(merged, doc)
        if " and " in text:
            merged = list_siblings(text, merged, self.discovery.stop_caps)
        merged = propagate(text, merged, self.discovery.stop_caps, self.discovery.known_types, self.discovery.norm_key)
        merged = definite_heads(merged, self.discovery.bare_heads)
        merged = definite_descriptions(text, merged, self.discovery.registry_names)
        if " (" in text:
            merged = defined_abbreviations(text, merged)
        if " (" in text or '" ' in text or "” " in text:
            merged = policy_editions(text, merged)
        merged = version_list(text, merged)
        if " runs " in text or " powered by " in text or " built on " in text or " running " in text or " driven by " in text:
            merged = runs_on_names(text, merged, self.discovery.stop_caps, self.discovery.known_types, self.discovery.norm_key)
        if " team" in text or " Team" in text:
            merged = model_teams(text, merged)
        if "," in text:
            merged = author_list(text, merged)
        merged = share_bar_platforms(text, merged, self.discovery.share_platforms)
        if "y " in text or ":" in text or "|" in text or "·" in text:
            merged = byline_names(text, merged, self.discovery.known_types, self.discovery.norm_key)
        if "|" in text or " - " in text:
            merged = field_people(text, merged, self.discovery.known_types, self.discovery.norm_key)
        # "under a modified MIT licence", "Apache 2.0": a licence is the terms a model ships under, no name of a thing
        if "icen" in text or "Apache" in text or "GPL" in text:
            blocked = [b.span() for b in _LICENCE.finditer(text)]
            if blocked:
                merged = [m for m in merged if not any(a < m.end and m.start < b for a, b in blocked)]
        # "export controls on China", "sanctions against SMIC": a known name inside a policy's name is its target
        kept = {id(m) for m in merged}
        doc._.cakg_nested = [
            (p, k)
            for k in known
            if id(k) not in kept
            for p in merged
            if p.type in ("Policy", "Regulation") and p.source == "policy_on" and p.start <= k.start and k.end <= p.end
        ]
        # "Tsinghua University's Department of Precision Instruments": a discovered unit of a research body is one too
        for a, b in zip(merged, merged[1:], strict=False):
            if a.type == "ResearchInstitution" and b.source.startswith("agency") and re.fullmatch(r"['’]s\s+", text[a.end : b.start]):
                b.retype("ResearchInstitution")
        doc._.cakg_mentions = merged
        set_doc_ents(doc, merged)
        return doc
