"""cakg_relations: typed relations between the mentions of a sentence, read from the words between them.

Mentions that are listed together ("Zhipu AI, Baichuan AI and Moonshot AI") form a group; a rule looks at
the text between two neighbouring groups (the "gap") and, when the groups have the right classes, asserts
its property for every member. Gaps are matched against verb and cue lexicons (rules/lexicon.toml):
possessives ("Alibaba's Qwen"), active verbs ("Tencent released ... Hunyuan"), passives and prepositions
("launched by Kuaishou", "a model from 01.AI"), appositions ("Liu Liehong, head of ..."), pronouns
("its Qwen2 chatbot") and unit nouns ("the cloud unit of ..."). A gap with a negation or hedge is skipped.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from spacy.language import Language
from spacy.tokens import Doc

from extractors.bylines import CREDIT_LINE
from extractors.dates import LONG_PAREN, notice_policy, signature_blocks
from extractors.lexicon import finite_forms, load_lexicon, negation_regex, phrase_regex, verbs_regex
from extractors.mentions import (
    BODY_TYPES,
    DESCRIPTIVE_MODIFIER,
    ENTRY_NUMBER,
    LEGAL_FORM,
    MODEL_NOUNS,
    PARTICIPANT_TITLES,
    POLICY_NOUNS,
    TITLE_HEADS,
    TITLE_TAIL,
    Mention,
    doc_text,
    mentions_of,
    sentences_with_mentions,
    topic_fits,
)
from extractors.tables import header_key, pipe_tables

ORG = BODY_TYPES
ACTOR = ORG | {"Person"}
ISSUER = ORG | {"Place"}
MP = {"AIModel", "Product"}
ANY = ACTOR | MP | {"Place", "Policy", "Event"}
POLICY = {"Policy"}
EVENT = {"Event"}
PERSON = {"Person"}
PLACE = {"Place"}


_BLOCK = r"(?:which|that|who|whose|while|but|although|than|unlike|compared|versus|vs|rival\w*|compet\w+|beat\w*|outperform\w*|surpass\w*|said|says|because|when|where|if|whether|as|derived|distilled|forked)"


@dataclass
class Relation:
    subject: Mention | str  # a mention, or the name of a registry entity (demonyms)
    predicate: str
    object: Mention | str
    start: int  # sentence offsets
    end: int
    rule: str
    confidence: float
    role: str | None = None


@dataclass
class GapRule:
    name: str
    predicate: str
    left: set
    right: set
    regex: re.Pattern
    reverse: bool = False  # True: predicate(right, left)
    confidence: float = 0.75
    carry: bool = False  # may link the sentence's subject to a later group
    role_group: str | None = None
    carry_only: bool = False  # only between the sentence's subject and a later group
    last_only: bool = False  # only the last member of the left group (possessives: "A, B's C" is B's)
    # a condition beyond the gap: guard(text, sentence start, left group, right group)
    guard: Callable[[str, int, Group, Group], bool] | None = None


class Group:
    """Mentions listed together; the rules read its span and classes many times, so they are kept, not recomputed."""

    __slots__ = ("members", "start", "end", "types")

    def __init__(self, members: list[Mention]):
        self.members = members
        self.start = members[0].start
        self.end = members[-1].end
        self.types = frozenset(m.ctype for m in members)


def _c(p: str) -> re.Pattern:
    return re.compile(p, re.IGNORECASE | re.DOTALL)


_ANY_GAP = re.compile(r"")
_HYPHEN_MODIFIER = re.compile(r"-(?:backed|funded|financed|invested|owned|controlled|run|operated|developed|built|made|designed|created|trained)\b")
_INTO_AFTER = re.compile(r"(?:\s+[a-z][\w\-]*){0,3}?\s+into\b|\s+(?:in|to)\s+(?:the\s+|its\s+|their\s+)?(?:[\w\-]+\s+){0,2}?"
                         # (not a time: "calls DeepSeek-R1 in February", "in 2025")
                         r"(?!(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b|(?:19|20)\d\d\b)[A-Z\d]")
# ("with Super XiaoAi on board", "with Qwen3 built in", "with the Doubao assistant preinstalled")
_ON_BOARD = re.compile(r"\s+(?:(?:assistant|model|agent|chatbot)\s+)?(?:on\s+board\b|onboard\b|built\s+in\b|built-in\b|pre-?installed\b|inside\b)", re.IGNORECASE)
_SUFFIX_AFTER = re.compile(r"^(?:(?:\s+(?:Corp|Corporation|Inc|Ltd|Limited|Co|Holdings))*\.?(?=,)|(?:\s+(?:Corp|Corporation|Inc|Ltd|Limited|Co))+\.?(?=\s))")
_BRACKET_AFTER = re.compile(r"^\s*\([^()]{1,40}\)(?=\s*[,\s])")
# the role a verb gives a person at an organisation ("Liang Wenfeng founded DeepSeek": founder)
_ROLE_OF_VERB = {
    "founded": "founder", "started": "founder", "established": "founder", "set": "founder",
    "found": "founder", "co-found": "co-founder", "establish": "founder", "start": "founder",
    "founds": "founder", "starts": "founder", "establishes": "founder", "sets": "founder",
    "co-founded": "co-founder", "cofounded": "co-founder", "co-founds": "co-founder", "joins": "member",
    "heads": "head", "headed": "head", "leads": "head", "runs": "head", "ran": "head", "directs": "director",
    "directed": "director", "chairs": "chair", "chaired": "chair", "oversees": "head", "oversaw": "head",
    "manages": "manager", "managed": "manager", "joined": "member", "rejoined": "member",
    "working": "employee", "studying": "student", "joining": "member", "founding": "founder", "co-founding": "co-founder",
    "leaving": "former", "starting": "founder", "teaching": "faculty", "graduating": "alumnus",
    "worked": "employee", "works": "employee", "interned": "intern", "researched": "researcher", "spent": "employee",
    "studied": "alumnus", "studies": "student", "graduated": "alumnus", "completed": "alumnus", "earned": "alumnus",
    "taught": "faculty", "teaches": "faculty", "entered": "student", "enrolled": "student",
}
_WITH_COFOUNDER = re.compile(r"(?:\s+in\s+[^,.;\n]{1,30}?)?\s+(?:together\s+with|with|alongside)\s+(?:(?:former|fellow)\s+(?:[\w\-]+\s+){0,2}?)?")
_ORDINAL = r"(?:(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d{1,2}(?:st|nd|rd|th)|annual|inaugural)\s+)?"
_AT_EVENT_BEFORE = re.compile(rf"\b(?:at|during|on\s+the\s+sidelines\s+of)\s+(?:the\s+|its\s+|this\s+year['’]s\s+|last\s+year['’]s\s+)?(?:opening\s+(?:day\s+)?of\s+(?:the\s+)?)?{_ORDINAL}$", re.IGNORECASE)
# a sentence's subject that refers back and its verb, before the first name: "The company unveiled the ", "It showed its "
_REFERRING_SUBJECT = re.compile(r"\s*(?:It|They|He|She|The\s+(?:company|firm|group|lab|start-?up|team|institute|university|maker|developer|giant))"
                                r"\s+(?:(?:also|then|later|first|formally|publicly)\s+)?(?P<verb>[a-z][\w\-]*)\s+(?:(?:the|its|their|a|an|his|her)\s+)?(?:[\w\-]+\s+){0,2}?$")
# "at the conference", "during the event": an event named before in the document
_AT_THE_EVENT = re.compile(
    r"\b(?:(?:[Aa]t|[Dd]uring|on\s+the\s+sidelines\s+of)\s+the\s+(?:opening\s+of\s+the\s+)?"
    # "told a side session of the conference", "addressed the opening ceremony of the summit"
    r"|(?:told|addressed|spoke\s+(?:to|at)|attended|opened|closed|joined)\s+(?:a|the)\s+(?:[\w\-]+\s+){0,2}?(?:session|panel|ceremony|plenary|dinner|forum|audience)\s+(?:of|at)\s+the\s+"
    # "Shanghai Party Secretary Chen Jining opens the conference"
    r"|(?:opens|opened|closes|closed|kicks\s+off|kicked\s+off|addresses|addressed)\s+the\s+)"
    r"(?:conference|summit|forum|expo|event|games|fair|exhibition|show|gathering|meeting)\b"
)
_AMONG_THEM_OPENER = re.compile(r"\s*(?:Among|Including)\s+(?:them|those|the\s+(?:guests|speakers|attendees|participants|delegates|visitors))\s+(?:was|were|are|is)\s")
_ATTENDED = re.compile(r"\b(?:attended|attend|attending|guests|speakers|delegates|attendees|visitors|participants)\b")
_SHOWN_AT = re.compile(r"\s*,?\s+(?:(?:which|that)\s+(?:was|were)\s+|(?:was|were)\s+)?(?:first\s+|also\s+|officially\s+)?(?:launched|unveiled|released|shown|showcased|presented|demonstrated|introduced|debuted|announced|exhibited|displayed)\s+")
_LISTED_AFTER = re.compile(r"-(?:listed|traded|quoted)\b")
_PERSON_PRESENTS = re.compile(r"\b(?:unveil|launch|releas|announc|present|show|introduc|debut|roll)", re.IGNORECASE)
_HE = re.compile(r"(?<![\w'’])([Hh]e|[Ss]he)\s+(?=(?:(?:also|later|then|now|still|previously|once|first|briefly|has|had|have|was|is)\s+)*[a-z][a-z\-]+\b)")
# ", a former Huawei engineer", ", 45, is a former Alibaba executive"
_APPOSITION_ORG = re.compile(r"\s*(?:,\s*\d{1,3}\s*(?=,\s+(?:a|an|the)\s)|,\s*\d{1,3}\s*,(?=\s(?:is|was)\s))?(?:,|\s(?:is|was|remains|became|has\s+been))\s+(?:a|an|the)\s+(?:(?:former|senior|veteran|onetime|one-time|longtime|long-time|ex-)\s*)?")
_THAT_CLAUSE = re.compile(r"\s*,\s+(?:the|a|an)\s+[^,;]{0,80}?\b(?:that|which)\s+[^,;]{0,60}?")
_FOUNDED_AFTER = re.compile(r"\s+(?:co-)?founded\b")
# "a model that startup Luzhi Technology released": the lower-case kind of a firm before its name in an object clause
_FIRM_KIND = r"(?:(?:startup|start-up|firm|company|developer|lab|maker|group|carmaker|chipmaker)\s+)?"
# " model, which ...", ", a compact reasoning model that ..."
_OBJECT_CLAUSE = re.compile(r"(?:\s+[a-z][\w\-]*){0,2}\s*,\s*(?:(?:an?|the|its)\s+(?:[\w\-]+\s+){0,6}?)?(?:which|that)\s+(?:the\s+)?"
                            + _FIRM_KIND +
                            # ("which the Communist Party's Central Committee and the State Council issued": an unnamed possessor)
                            r"(?:(?:[A-Z][\w\-]*\s+){0,2}[A-Z][\w\-]*['’]s\s+)?"
                            # ("the Feixing-1 computing platform that iFlytek and Huawei jointly built": after a head noun;
                            # "the AI Plus initiative that the State Council put forward": after the name)
                            r"|(?:\s+[a-z][\w\-]*){0,2}\s+that\s+(?:the\s+)?" + _FIRM_KIND +
                            # ("X, a subsidiary the bureau set up in 2022": a reduced clause after a unit noun)
                            r"|\s*,\s*(?:an?|the|its)\s+(?:[\w\-]+\s+){0,2}?(?:unit|subsidiary|arm|affiliate|lab|laboratory|institute|centre|center|venture)\s+(?:the\s+)?"
                            # ("Zorvex Desk is an internal workbench that Yuanqiao Data built": the clause after a copula's complement)
                            r"|\s+(?:is|was)\s+(?:an?|the)\s+(?:[\w\-]+\s+){0,4}?(?:which|that)\s+(?:the\s+)?")
_HEAD_NOUN_CLAUSE = re.compile(r"\s+(?:[a-z][\w\-]*\s+){0,2}[a-z][\w\-]*\s*,\s*(?:which|that|who)\s")  # " model, which ..."
# developer rules whose several developers are partners when the sentence says the work was joint
_CO_DEV_RULES = frozenset({"passive_developer", "object_clause_developer", "reduced_object_clause"})
_JOINT_WORD = re.compile(r"\b(?:jointly|together|co-(?:develop|buil|creat|design|train|releas)\w*)\b", re.IGNORECASE)
# a sentence that opens with a time or reason clause ("Three years after ...", "When ...", "Although ..."): its
# subject comes after the clause's comma
_OPENING_CLAUSE = re.compile(r"\s*(?:[\w\-]+\s+){0,3}?(?:after|before|when|since|while|although|though|because|once|until|as)\s", re.IGNORECASE)
_SUBJECT_LEAD = re.compile(r"(?:(?:the|a|an|[A-Z][\w\-]*|[\w\-]+-based|Chinese|state-owned)\s+){0,4}")
# ("The chip is being moved to SMIC's N+2 process": a thing moved, not a product that moved to a model)
_PASSIVE_MOVE = re.compile(r"\b(?:being|been|is|was|are|were|be)\s+(?:moved|migrated|swapped)\b")
_POLICY_KIND = r"(?:plan|programme|program|initiative|strategy|policy|regime|scheme|rules|regulations|measures|guidelines|law|campaign)"
_POLICY_KIND_END = re.compile(rf"\b{_POLICY_KIND}\s+(?:that\s+|which\s+)?$")
_POSS_POLICY_KIND = re.compile(rf"['’]s?\s+(?:[\w\-]+\s+){{0,3}}?{_POLICY_KIND}\b")
_ISSUED_VERB_NEXT = re.compile(r"\s+(?:(?:has|had|first|formally)\s+)?(?:launched|issued|introduced|adopted|unveiled|published|released|enacted|passed|set\s+up|created|started|began)\b")


def _apposition_names_issuer(text: str, s: int, left, right) -> bool:
    """The apposition after a policy names its issuer: as a possessive before the kind of policy ("the State Council's
    plan"), or after it as the subject of an issuing verb ("the initiative that China launched")."""
    if _POLICY_KIND_END.search(text, left.end, right.start):
        return _ISSUED_VERB_NEXT.match(text, right.end) is not None and not _POSS_POLICY_KIND.match(text, right.end)
    return _POSS_POLICY_KIND.match(text, right.end) is not None


# ("developed by X on top of Y", "built by X on the open-source Y"): the base a maker built a product on
_ON_TOP_OF = re.compile(r"\s+(?:(?:on\s+top\s+of|on|from)\s+(?:the\s+|its\s+|their\s+)?(?:open-source\s+|open\s+|open-weight\s+)?)")
# "owned by", "wholly controlled by", "set up and run by the state-owned": the tail of a passive of ownership
_OWNED_BY = r"(?:(?:itself|also|directly|in\s+turn)\s+)?(?:(?:built|set\s+up|founded|established)\s+and\s+)?(?:(?:wholly|majority|partly)[\s\-])?(?:owned|controlled|run|operated|acquired|administered|supervised|overseen)\s+by\s+(?:the\s+)?(?:[\w\-]+-(?:owned|run|backed)\s+)?$"
# "through its investment arm X": the means of the sentence's subject
_THROUGH_ITS = re.compile(r"\s*,?\s+(?:through|via)\s+its\s")
_LOWER_WORD = re.compile(r"\b[a-z]{3,}\b")
# the kind of device a name is, right after it ("the Zorvex Q2 robot", "the Mate 70 phone")
_DEVICE_AFTER = re.compile(r"\s+(?:[\w\-]+\s+)?(?:robots?|humanoids?|quadrupeds?|phones?|smartphones?|handsets?|tablets?|laptops?|cars?|SUVs?|sedans?|vehicles?|drones?|glasses|speakers?|headsets?|earbuds|cameras?|devices?|boxes|box)\b")
# "has built VoxLark-2 into its reader", "put Spark behind its hotline": a model built into a host is not the builder's own
_BUILT_INTO_AFTER = re.compile(r"\s+(?:\w+\s+)?(?:into|behind|inside)\s", re.IGNORECASE)
# "announced in-house deployments of R1": a deployment of a model is a use of it, not a release
_DEPLOYMENT_OF = re.compile(r"\b(?:deployments?|roll-?outs?|adoption|installations?|trials?|pilots?|uses?)\s+of\s+(?:the\s+)?$", re.IGNORECASE)
# "It is built on Faxin, the model that ..., and was fine-tuned by X": the base a clause hangs on is no subject
_BASE_OBJECT_BEFORE = re.compile(r"\b(?:built|based|trained|running|runs|run|fine-tuned|distilled|derived)\s+(?:on|upon|from)\s+(?:the\s+)?$", re.IGNORECASE)
# the passives of adapting a model: "fine-tuned by X" names X the developer, "which X fine-tuned" need not
_ADAPTED_BY = ("fine-tuned", "post-trained", "pre-trained", "pretrained")
# ", built on ", ", and is based on ": the head's own predicate is the base it stands on
_BASE_VERB_GAP = re.compile(r"\s*,?\s*(?:and\s+)?(?:(?:is|was|are|were|has\s+been|had\s+been)\s+)?(?:also\s+)?(?:built|based|trained|fine-tuned|distilled|post-trained)\s+(?:on|upon|from)\s+(?:top\s+of\s+)?(?:the\s+)?")
# "sits on the board of X", "serves on X's ethics committee": a seat on a body's board
_SEAT_OF = re.compile(r"\b(?:board|committee|council|panel|working\s+group)\s+(?:of|at|for)\s+(?:the\s+)?$", re.IGNORECASE)
_SEAT_AFTER = re.compile(r"['’]s?\s+(?:[\w\-]+\s+){0,3}?(?:board|committee|council|panel|working\s+group)\b", re.IGNORECASE)
# " startup ", " chip designer ": the lower-case kind of a firm between its seat and its name
_DESCRIPTOR_GAP = re.compile(r"\s+(?:(?-i:[a-z])[\w\-]*\s+){1,2}")
# "A, and B <verb>": the comma before "and" ends a clause when a verb follows the second name
_COMMA_AND = re.compile(r"\s*,\s*(?:and|but)\s+(?:the\s+)?")
_CLAUSE_VERB_AFTER = re.compile(r"\s+(?:(?:also|then|later|now|has|have|had|is|was|are|were|will|would|said|says)\b|(?!(?:and|or|of|in|on|at|for|to|with|as|from|by)\b)[a-z]+(?:-[a-z]+)?(?:ed|s)\b|(?:built|made|won|led|set|took|sold|bought|ran|began|grew|put|gave)\b)")
_WITH_PARTNER = re.compile(r"\s+(?:with|in\s+(?:partnership|collaboration|cooperation)\s+with)\s+(?:the\s+)?")
# an apposition after a maker's name: ", the group's AI unit,", ", QPI's technology subsidiary,"
_MAKER_APPOSITION = r"\s*,\s+(?:the|a|an|its|[A-Z][\w\-]*['’]s)\s+[^,;()]{1,80},"
_WITH_PARTNER_PAST = re.compile(rf"(?:{_MAKER_APPOSITION}|['’]s\s+(?:[\w\-]+\s+){{0,3}}?(?:team|teams|unit|arm|lab|division|department|group|engineers|researchers)\b)?"
                                r"\s+(?:together\s+|jointly\s+)?(?:with|in\s+(?:partnership|collaboration|cooperation)\s+with)\s+(?:the\s+)?"
                                r"(?:(?-i:[a-z][\w\-]*)(?:\s+(?-i:[a-z][\w\-]*))?['’]s\s+(?:own\s+)?|(?:[A-Za-z][\w\-]+\s+)?(?:start-?up|firm|company|group|lab|university|developer|vendor|maker|supplier|chipmaker|carmaker|operator|institute)\s+)?")
_STAKE_NOUN_AFTER = re.compile(r"[^\S\n]+(?:shareholder|investor|backer|stakeholder)\b")
_OWNED_NOUN_AFTER = re.compile(r"[^\S\n]+(?:publication|company|title|brand|newsletter|imprint|subsidiary|unit)\b(?=\s*[.,;]|\s*$)")
# "Li Qiang, China's premier", "Tan Lei, previously Mingcha's chief operating officer"
_POSSESSOR_ROLE_GAP = re.compile(r"\s*,\s+(?:(?:previously|formerly|until\s+recently|most\s+recently|currently|now)\s+)?(?:the\s+)?")
_AND_PARTNER_PAST = re.compile(rf"{_MAKER_APPOSITION}\s+and\s+(?:the\s+)?")
# ("with the Intelligent Vision Laboratory of Xiamen University": a lab named with the body it belongs to)
_OF_BODY = re.compile(r"\s+of\s+(?:the\s+)?[A-Z]")
# a name that ends its phrase ("with Baidu.", "with Baidu in 2023"), not one that modifies a noun ("with Nvidia chips")
_NAME_ENDS = re.compile(r"\s*(?:[,.;:)]|$|\s+(?:and|in|on|at|for|to|as|from|under|since|last|this|earlier|which|that|who)\b)")
# the word before a policy noun in "The labeling measures": it must be a word of the policy it stands for
_POLICY_MODIFIER = re.compile(rf"(?:The|the|That|This)\s+(?:new\s+|final\s+|draft\s+)?(?!{DESCRIPTIVE_MODIFIER})([a-z][\w\-]{{3,}})\s+[a-z]+$")
# "Biren called China Unicom its largest customer", "Honor named Meituan, Ctrip and Didi as partners"
# the words for a firm another works with: "its largest customer", "Huawei's main hardware partner"
_PARTNER_NOUNS = r"(?:partner|ally|collaborator|customer|client|supplier|vendor|licensee|foundry|merchant|seller|reseller|distributor)s?\b"
_AS_ITS_PARTNER = re.compile(rf"\s+(?:as\s+)?(?:(?:its|their|among\s+its|one\s+of\s+its)\s+|as\s+)(?:[\w\-]+\s+){{0,2}}?{_PARTNER_NOUNS}")
_TUNED_IT_FROM = re.compile(r"\b(?:fine-tuned|finetuned|distilled|built|trained|adapted|derived|post-trained)\s+it\s+(?:on|from|upon|atop|on\s+top\s+of)\s+"
                            r"(?:(?:the|its|their)\s+)?(?:[A-Z][\w\-]*['’]s\s+)?(?:open-source\s+|open\s+)?$")
_CLAIMED_BEFORE = re.compile(r"\b(?:claimed|claims|alleged|alleges|rumou?red|speculated|suggested|denied|denies|accused)\b")
# "Hangzhou Capital, the city's state-backed investor, and from Lenovo Capital", "Alibaba, which led its 2024 round, and Tencent"
_APPOSITION_AND = re.compile(r"\s*,\s+(?:the|a|an|its|their|which|who|whose)\s[^,;()]{1,80},\s+and\s+(?:also\s+)?(?:from\s+|with\s+|by\s+)?(?:the\s+)?")
_FACILITY_AFTER = re.compile(r"['’]s?\s+(?:(?:local|own|new|regional|nearby|[A-Z][a-z]+)\s+)?(?:data\s+cent(?:re|er)s?|servers?|facilit(?:y|ies)|campus|plant|factory|warehouse|site|clusters?|cloud\s+region)\b")
_THE_POSSESSOR_GAP = re.compile(r"\s*,\s+(?:one\s+of\s+)?the\s+")
_POSS_LOWER = re.compile(r"['’]s?\s+(?-i:[a-z])")
_USED_BEFORE_EVENT = re.compile(r"\b(?:used|uses|use|using)\s+(?:the\s+|this\s+year['’]s\s+|last\s+year['’]s\s+|its\s+)?$")
_LED_ROUND_OF = re.compile(r"\b(?:led|co-led|joined|took\s+part\s+in)\s+(?:the|a|an|its|their)\s+(?:[\w\-$.,]+\s+){0,4}?(?:round|Series\s+[A-F]\+?|financing|raise|investment)\s+(?:of|in|into|for)\s+(?:the\s+)?$")
_APPOS_TOGETHER_WITH = re.compile(r"(?:\s*,\s+(?:a|an|the)\s[^,;()]{1,60},)?\s+(?:together|along|jointly)\s+with\s+(?:the\s+)?")
_BOTH_ITS = re.compile(r"\s*,\s+(?:both|all|each|two|three)\s+(?:(?:long-time|longtime|early|existing|major|minority|strategic|big|large|key|state-owned)\s+)*")
_SHAREHOLDER_NOUN = re.compile(r"\s+(?:shareholders?|investors?|backers?|stakeholders?)\b")
_STAFF_FROM = re.compile(r"\s*(?:[A-Z][\w\-]*\s+)?(?:[Rr]esearchers|[Ee]ngineers|[Ss]cientists|[Cc]linicians|[Dd]octors|[Ee]xperts|[Tt]eams?|[Ss]taff|[Ss]pecialists|[Pp]hysicians)\s+(?:from|at)\s+(?:the\s+)?$")
_PILOTS_ARE = re.compile(r"\bpilot\s+(?:cities|universities|provinces|regions|zones|bases|sites|areas|companies|firms|enterprises|schools|hospitals|counties|districts|parks)"
                         r"(?:\s+(?:named|listed|chosen|selected)\s+(?:in|by|under)\s+the\s+\w+)?(?:\s*:\s*|\s+(?:are|were|include|included|including)\s+)(?:the\s+)?")
_RULE_LINE = re.compile(r"\n[ \t]*(?:[-=_*~]{5,}|[─━]{5,})[ \t]*(?=\n)")
_FOR_JOB_AFTER = re.compile(r"\s+(?:for|to)\s+(?:its\s+|the\s+|a\s+|an\s+)?(?-i:[a-z])")
# "main product is", "best-known models include": what names a body's own product (after "Qingyun's" or "Its")
_OWN_PRODUCT_IS = (r"(?:(?:main|flagship|best-known|best\s+known|core|first|latest|newest|key|only|biggest|own|original)\s+)+(?:[a-z][\w\-]*\s+)?"
                   r"(?:products?|models?|apps?|chips?|offerings?|platforms?|services?|systems?|tools?)\s+(?:is|are|was|were|remains|include|includes|included)\s+(?:the\s+)?")
_ITS_PRODUCT_IS = re.compile(r"\s*(?:Its|Their)\s+" + _OWN_PRODUCT_IS)
_ITS_PARTNERS_INCLUDE = re.compile(r"\b(?:[Ii]ts|[Tt]heir)\s+(?:(?!limited\b)[\w\-]+\s+){0,2}?(?:partners|customers|clients|allies|suppliers)\s+(?:now\s+|already\s+)?(?:include|included|including|are|were)\s+(?:the\s+)?$")
_PARTNER_AFTER = re.compile(r"['’]s?\s+(?:(?:main|key|biggest|largest|closest|long-time|longtime|first|chief|principal|strategic|technology|hardware|software|cloud|chip|manufacturing|research|exclusive|anchor|only|single|top|foundry)\s+){0,3}" + _PARTNER_NOUNS)
_INVESTOR_LIST_RULES = frozenset({"raised_from", "passive_invest", "investors_include"})
_LIST_ON = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+")
_UNIT_HEAD_NAME = re.compile(r"^(?:[A-Z][\w\-]*\s+)*(?:Institute|Laboratory|Lab|Center|Centre|School|College|Academy|Department|Bureau|Office)\b")
_BETWEEN_PARTNERS = re.compile(r"\b(?:partnership|alliance|joint\s+venture|tie-up|collaboration|cooperation|deal|agreement|pact|memorandum\s+of\s+understanding|MoU)\s+(?:(?:signed|struck|reached|formed)\s+)?(?:between|among)\s+(?:the\s+)?$", re.IGNORECASE)
_CAREER_OPENER = re.compile(r"\b(?:[Bb]efore|[Aa]fter|[Ss]ince|[Uu]pon|[Ww]hen|[Ww]hile)\s+(joining|leaving|quitting|founding|co-founding|starting|working\s+at|working\s+for|at)\s+(?:the\s+)?$")
_AT_OPENER = re.compile(
    # ("Last month, at WAIC 2025, the lab released ...": past a time that opens the sentence)
    r"(?:^|[:\n–—-])\s*(?:(?:Last|This|Earlier|Later|In|On|Early|Late)\s+(?:[\w\-]+\s+){0,2}?[\w\-]+,\s+(?=[Aa]t\s|[Dd]uring\s))?"
    r"(?:[Aa]t|[Dd]uring|On\s+the\s+sidelines\s+of|(?:Speaking|Appearing|Presenting)\s+(?:at|during)|Addressing"
    r"|In\s+(?:a|his|her|their)\s+(?:speech|keynote|address|talk)\s+(?:at|to))\s+(?:the\s+)?(?:opening\s+(?:session\s+)?of\s+(?:the\s+)?)?"
    + _ORDINAL + "$"
)
# who takes part in an event, as a list names them
_ATTENDEE_NOUNS = r"exhibitors|participants|attendees|speakers|guests|delegates|visitors|sponsors"
_PRESENT_AT = re.compile(
    rf"\b(?:{_ATTENDEE_NOUNS}|present|those\s+attending|winners|"
    r"panellists|panelists|(?:companies|firms|start-?ups)\s+(?:exhibiting|showing|taking\s+part))\s+(?:at|in|of)\s+"
    r"(?:the\s+|this\s+year['’]s\s+|last\s+year['’]s\s+)?$",
    re.IGNORECASE,
)
# ("Foreign exhibitors at the conference included Tesla, BMW and Bosch")
_ATTENDEES_INCLUDED = re.compile(rf"\b(?:{_ATTENDEE_NOUNS}|presenters|partners|firms|companies)\b[^.;]{{0,50}}?\b(?:included|include|includes|were|ranged\s+from)\b")
_PRESENT_VERB = re.compile(r"\s*(?:\([^()]*\))?(?:\s+(?:in|on|last|this)\s+[\w ,]{1,25}?)?\s*,?\s+(?:included|include|includes|were|was|are|featured|ranged\s+from)\b")
_IN_WHICH_BEFORE = re.compile(r"\bin\s+which\s+(?:(?:[a-z\-]+\s+)?(?:maker|giant|group|firm|company|fund|investor)\s+|the\s+)?$")
_HOLDERS_AFTER = re.compile(r"\s+(?:(?:are|were|is|was|remain|remains)\s+(?:(?:both|all|also|still|the|its|major|minority|majority|main|largest|big|biggest|early|strategic)\s+)*(?:shareholders?|investors?|backers?|stakeholders?|owners?)"
                            r"|(?:also\s+|still\s+)?(?:hold|holds|held|have|has|had|own|owns|owned|took|take|takes)\s+(?:a\s+|an\s+)?(?:[\w\-%.]+\s+){0,2}?stakes?)\b")
_BY_BEFORE = re.compile(r"\bby\s+$")
_PROGRAMME_CLAUSE = re.compile(r"[\"”’']?\s*,\s+(?:the|a|an)\s+(?:[\w\-]+\s+){0,2}?(?:programme|program|plan|policy|initiative|project|rules?|regulations?|campaign|strategy|guidelines?|measures|standard|framework|law)\s+(?:that\s+|which\s+)?(?:the\s+)?"
                               # ('the "East Data, West Computing" project, which the NDRC launched in 2022')
                               r"|[\"”’']?(?:\s+(?:project|programme|program|scheme|initiative|plan|campaign|policy|rules|measures|guidelines|standard|regulations?))?\s*,\s+(?:which|that)\s+(?:the\s+)?"
                               # ("the export controls on gallium that MOFCOM announced in July")
                               r"|\s+that\s+(?:the\s+)?")
_ISSUED_AFTER = re.compile(r"\s*(?:\([^()]{1,15}\)\s*)?(?:\s*(?:and|with|together\s+with)\s+(?:[\w\-]+\s+){0,3}?(?:other\s+)?(?:departments|agencies|ministries|bodies|regulators|authorities)\s*)?"
                           r"(?:(?:first|jointly|formally|officially)\s+)?(?:launched|issued|released|published|unveiled|introduced|adopted|rolled\s+out|announced|proposed|drafted|enacted|promulgated"
                           r"|delivered|maintains|maintained|administers|administered|put\s+in(?:to)?\s+force)\b")
_OF_BEFORE = re.compile(r"\bof\s+$")
_WITH_BEFORE = re.compile(r"\bwith\s+(?:the\s+)?$")
# ("with Pazhou Lab and UBTech as partners", "with CICC as sole sponsor")
_AS_PARTNERS = re.compile(r"\s+as\s+(?:its\s+|their\s+|the\s+)?(?:[\w\-]+\s+)?(?:partners?|collaborators?|co-developers?|sponsors?|advisers?|advisors?|underwriters?|bookrunners?)\b")
_HOSTED_AFTER = re.compile(r"\s+(?:(?:jointly|also|have|has|had)\s+)*(?:held|hosted|co-hosted|organi[sz]ed|co-organi[sz]ed|staged|convened|hold|host|organi[sz]e)\b")
_AS_HOSTS = re.compile(r"\s+as\s+(?:its\s+|the\s+)?(?:co-)?(?:hosts?|organi[sz]ers?|sponsors?|supporters?)\b")
# ", which was", "that had been jointly": a relative clause opening a passive ("X, which was issued by Y")
_PLACE_MODIFIER = re.compile(r"[^\S\n]+(?:[a-z][\w\-]*[^\S\n]+){0,2}?(?:start-?up|firm|company|maker|chipmaker|carmaker|automaker|developer|software[^\S\n]+house|studio|operator|supplier|provider|manufacturer|designer|vendor|conglomerate|unicorn)[^\S\n]+")
_BY_WITH_BEFORE = re.compile(r"\b(?:by|with|from)\s+$")
_WHICH_PASSIVE = r"(?:\s*,|\s+(?:is|was)\s+(?:a|an|the)\s+(?:[\w\-]+\s+){0,5}?(?:model|system|tool|platform|assistant|app|chatbot|product|agent|chip|robot))\s+(?:which|that)\s+(?:was|were|is|are|has\s+been|have\s+been|had\s+been)(?:\s+(?:also|originally|first|initially|later|recently|reportedly|largely|mainly|partly))?"
_UNITS_SUCH_AS = re.compile(r"['’]s?\s+(?:[\w\-]+\s+){0,2}?(?:offices|branches|units|subsidiaries|arms|affiliates|bureaus|divisions|"
                            r"laboratories|labs|institutes|subsidiary\s+companies)\s*,?\s+(?:such\s+as|including|like|among\s+them)\s+(?:the\s+)?")
_SITS_ON = re.compile(r"\s*,?\s+who\s+(?:(?:also|now|still|later)\s+)?(?:sits|sat|serves|served|has\s+sat|has\s+served)\s+on\s+(?:the\s+)?")
_BOARD_AFTER = re.compile(r"['’]s?\s+(?:(?:advisory|supervisory|corporate)\s+)?board\b")
_APPOSITION_TAIL = re.compile(r"\s*,\s+(?:a|an|the)\s+[^,;()]{0,50}?\s+(?:at|of|with|from)\s+(?:the\s+)?")
_APPOS_NOUN = re.compile(r",\s+(?:a|an|the)\s+(?:(?-i:[a-z0-9][a-z0-9\-]*)\s+){0,3}?")  # (", a 40-person startup in")
# "controls on advanced chips bound for ", "rules for ", "sanctions against ": a policy's modifier up to a name
_POLICY_PREP_PHRASE = re.compile(r"\s+(?:on|against|for|targeting|covering|governing|restricting)\s+(?:(?!by\b|and\b)[\w\-]+\s+){0,5}")
_AGENCY_PAGE_AFTER = re.compile(r"(?:['’]s\b|\s+(?:website|web\s+site|site|portal|account|page|work\s+plan|legislative))")


def _no_list_after_comma(text: str, s: int, left, right) -> bool:
    """("China Mobile's Suzhou branch, Sugon and the Kunshan center": a list after the comma names no unit)"""
    return not ("," in text[left.end : right.start] and len(right.members) > 1)


# "Founded in 2023 by Yang Zhilin, ..., Moonshot is backed by ...": a fronted participle naming founders
_FRONTED_FOUNDED = re.compile(r"\s*(?:(?:Jointly|Originally|First)\s+)?(?:Co-founded|Founded|Set\s+up|Established|Started)\s+(?:in\s+(?:\w+\s+)?\d{4}\s+|in\s+[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*){0,2}\s+)*by\s+(?:former\s+|ex-)?(?:[\w\-]+\s+){0,3}?$")
# "Zhipu AI confirmed that Prosperity7 Ventures, the venture arm of Saudi Aramco, has become a shareholder": the sayer's backer
_SAYER_THAT = re.compile(r"\s+(?:has\s+|had\s+)?(?:confirmed|said|announced|disclosed|revealed|told\s+\w+)\s+(?:on\s+\w+\s+)?that\s+(?:the\s+)?")
_BECAME_SHAREHOLDER = re.compile(r"(?:\s*,[^,;]{1,80},)?\s+(?:has\s+|had\s+|have\s+)?(?:now\s+)?(?:become|became|is\s+now|was\s+now)\s+(?:a|an|its)\s+(?:new\s+|strategic\s+|minority\s+|major\s+)?(?:shareholder|investor|backer)s?\b(?!\s+(?:in|of|at)\b)")
_RUNS_VENTURE = re.compile(r"\s+(?:(?:also|now|jointly)\s+)?(?:runs|ran|formed|forms|set\s+up|sets\s+up|established|establishes|owns|owned|operates|operated|created|launched)\s+(?:the\s+)?")
_BUILT_BEFORE = re.compile(r"\b(?:built|builds|build|building|trained|trains|train|fine-tuned|fine-tunes|fine-tune|based|bases)\s+(?:the\s+|its\s+|their\s+|a\s+|an\s+)?$", re.IGNORECASE)
_DISTILLED_BEFORE = re.compile(r"\b(?:distilled|distils|distills|distil|distill|fine-tuned|fine-tunes|fine-tune|finetuned|post-trained|derived|adapted)\s+(?:the\s+|its\s+|their\s+|a\s+|an\s+)?$", re.IGNORECASE)
_FROM_GAP = re.compile(r"^\s+from\s+(?:the\s+|its\s+|their\s+)?(?:[a-z][\w\-]*\s+){0,2}$")
_ON_GAP = re.compile(r"^\s+(?:on|upon)\s+(?:top\s+of\s+)?(?:the\s+|its\s+|their\s+)?(?:[a-z][\w\-]*\s+){0,2}$")
_PLURAL_BUILT = re.compile(r"\s*(?:(?P<n>Both)|All\s+(?P<n2>two|three|four|five)|The\s+(?P<n3>two|three|four|five))(?:\s+(?:models|products|chips|apps|tools|cards|systems|of\s+them))?\s+(?:are|were)\s+(?:all\s+|both\s+)?(?:built|based)\s+(?:on|upon)\s+")
_COUNT_WORDS = {"both": 2, "two": 2, "three": 3, "four": 4, "five": 5}
_A_BEFORE_TITLE = re.compile(r"\s*,\s+(?:a|an|the|its)\s+(?:(?:former|senior|lead|chief|principal)\s+)?")
_BACKED_THE_COMPANY = re.compile(r"\s*,\s+(?:which|who)\s+(?:also\s+|first\s+|later\s+|had\s+|has\s+)*(?:backed|funded|financed|bankrolled|invested\s+in)\s+the\s+(?:company|firm|startup|start-up|group)\b")
_COMMA_GAP = re.compile(r"\s*,\s+")
_CONNECT_BEFORE = re.compile(r"\b(?:connect(?:s|ed|ing)?|link(?:s|ed|ing)?|hook(?:s|ed|ing)?\s+up|hooked\s+up)\s+(?:its\s+|their\s+|the\s+|his\s+|her\s+)?$", re.IGNORECASE)
_CONNECT_GAP = re.compile(r"^\s+(?:[\w\-]+\s+){0,3}?to\s+(?:the\s+|its\s+|their\s+)?$")
# "added 140 companies to the", "has added 25 Chinese organisations to its": a list's additions before its name
_ADDED_TO_LIST = re.compile(r"\badd(?:s|ed|ing)?\s+(?:[\w\-,]+\s+){0,6}?to\s+(?:its|the|their|America's|the\s+US)\s+(?:[\w\-']+\s+){0,2}?$")
# "and Shanghai chip designer", "and the Hangzhou start-up": a description between "and" and a second firm's name
_AND_DESCRIBED = re.compile(r"\s+(?:and|&)\s+(?:(?:the\s+)?(?:[A-Z][\w\-]*\s+){0,2}(?:[a-z][\w\-]*\s+){0,2}(?:designer|maker|start-?up|firm|company|group|"
                            r"carmaker|automaker|developer|giant|operator|provider|supplier|manufacturer|producer|lab|laboratory|institute|university|bank|insurer|retailer|vendor)\s+)?")


def _apposition_end(text: str, i: int) -> int:
    """Where a name's apposition (", a Shanghai chip designer,") ends, or the name's own end."""
    m = _APPOSITION_SKIP.match(text, i)
    return m.end() if m else i


_SAID_THEY = re.compile(r"(?:\s*,[^,;\n]{1,80},)?\s+(?:said|say|says|announced|announce|confirmed)\s+(?:on\s+\w+\s+|(?:this|last)\s+week\s+)?(?:that\s+)?they(?=\s)")
_BACKED_OPENER = re.compile(r"\s*(?:(?:Also|Jointly|Long|Heavily|Originally|Early)\s+)?(?:[Bb]acked|[Ff]unded|[Ff]inanced|[Bb]ankrolled)\s+by\s+(?:the\s+)?(?:(?:[a-z][\w\-]*\s+)?(?:giants?|investors?|funds?)\s+)?")
# the rest of a participle opener: "Developed by Tencent in 2023, Hunyuan ...", "Issued by the CAC last July, the ..."
_OPENER_TAIL = re.compile(r"\s*(?:\([^()]{1,40}\)\s*)?(?:(?:in|on|last|this|earlier|early|late)\s+[\w ,.]{1,25}?\s*)?,\s+(?:the\s+|its\s+|their\s+)?")
_CO_ISSUER_TAIL = re.compile(r"(?:\s*\([^()]{1,40}\))?(?:\s+(?:released|issued|published|drafted|unveiled|promulgated|adopted|introduced|signed))?"
                             r"(?:\s+(?:on|in)\s+[^,;.()]{1,25}?)?(?:\s*,?\s+(?:jointly|together|along|in\s+conjunction)\s+with|(?P<bare>\s+with))\s+(?:the\s+)?")
_TOGETHER_WITH = re.compile(r"(?:\s+(?:in\s+\d{4}|last\s+\w+|in\s+[A-Z][a-z]+))?\s*,?\s+(?:(?:together|along|jointly|in\s+conjunction|in\s+cooperation)\s+with|alongside)\s+(?:the\s+)?")
_BACKERS = r"(?:backers|investors|shareholders|funders|stakeholders)"
_BARE_STAKE = re.compile(r"\s+(?:[\w\-]+\s+){0,3}?(?:shareholder|investor|backer|stakeholder|funder|owner)s?\b")
_POSS_STAKE = re.compile(rf"['’]s?\s+(?:(?!and\b|or\b)[\w\-]+\s+){{0,3}}?(?:shareholder|investor|backer|stakeholder|funder|owner){'s'}?\b")
_ITS_BACKER_APPOSITION = re.compile(
    rf"\s*,\s+(?:(?:which|who)\s+(?:is|was|are|were|has\s+been|remains)\s+)?(?:also\s+|now\s+|still\s+)?(?:(?:one|among)\s+(?:of\s+)?)?its\s+"
    rf"(?:(?:largest|biggest|single\s+largest|main|major|controlling|only|sole|first|earliest|early|key|strategic|lead|anchor|outside|other)\s+)*"
    rf"(?:{_BACKERS}|shareholder|investor|backer|funder)\b"
)
_ROLE_OPENER = re.compile(r"\s*(?:[\-–—•*]\s*)?(?:An?|The)\s+(?:(?:former|onetime|one-time|ex-|longtime|long-time|veteran|fellow)\s*)?(?:[\w\-]+\s+)?(?P<role>graduate|alumnus|alumna|veteran|professor|researcher|engineer|scientist|employee|executive|student|member|fellow|dropout)\s+(?:of|at|from)\s+(?:the\s+)?")
_ARTICLE_OPENER = re.compile(r"\s*(?:[\-–—•*]\s*)?(?:An?|The)\s+(?:(?:former|onetime|one-time|ex-|longtime|long-time|veteran)\s*)?")
_ROLE_AFTER_ORG = re.compile(r"\s+(?:[\w\-]+\s+){0,2}?(?P<role>graduate|alumnus|alumna|veteran|engineer|researcher|scientist|executive|employee|manager|dropout|professor)\s*,\s*")
_IS_A_GAP = re.compile(r"\s*,?\s+(?:(?:is|was)\s+(?:also\s+)?)?an?\s+(?:(?:former|fellow)\s+)?")
_ALUMNUS_AFTER = re.compile(r"\s+(?:[a-z][\w\-]*\s+){0,3}?(?P<role>graduate|alumnus|alumna|dropout|PhD)\b")
# a firm raising money: "closed a 5 billion yuan Series A", "said it had raised almost 500 million yuan"
_RAISED = re.compile(r"\b(?:raised|raises|closed|closes|secured|secures|completed|completes|landed|lands|bagged|netted|pulled\s+in|disclosed|discloses|announced|announces"
                     r"|finished|finishes|wrapped\s+up|wraps\s+up|sealed|seals)\s+"
                     r"(?:[\w\-$€¥£.,]+\s+){0,8}?(?:round|yuan|dollars|million|billion|funding|financing|Series\s+[A-F]\+?|seed|angel|pre-IPO)\b")
_PRONOUN_SUBJECT_BEFORE = re.compile(r"\b(?:[Ww]e|[Tt]hey|I)\s+(?:(?:have|had|also|then|just|recently|finally)\s+)*$")
_SAID_THAT = re.compile(r"\s+(?:said|says|announced|confirmed)\b[^.;,]{0,30}?\s+(?:that\s+)?")
_APPOSITION_SKIP = re.compile(r"\s*,[^,;.]{1,80},")
_JOINED_ITS = re.compile(r"\s+(?:(?:has|had|have)\s+)?(?:now\s+)?(?:become|became|joined|been\s+(?:named|appointed|hired)|was\s+(?:named|appointed|hired)|is\s+now)\s+"
                         r"(?:its|the\s+(?:company|firm|group|startup)(?:['’]s)?)\b")
_TO_FOUND_BEFORE = re.compile(r"\b(?:left|leaving|quit|quitting|departed|resigned)\b[^.;]{0,40}?\bto\s+(?:co-)?(?:found|start|set\s+up|launch|establish)\s+(?:(?:his|her|their|a|an)\s+(?:own\s+)?(?:[\w\-]+\s+){0,2}?)?$")
_THE_TWO = re.compile(
    r"\b(?:[Tt]he\s+two(?:\s+(?:companies|firms|sides|groups|startups|partners))?|[Bb]oth\s+(?:companies|firms|sides|groups))\s+"
    r"(?:(?:have|had|has|also|then|later|subsequently|will|would|plan\s+to|agreed\s+to)\s+)*"
    r"(?:signed|sign|inked|struck|reached|formed|form|set\s+up|established|jointly|partnered|are\s+partnering|teamed\s+up|team\s+up"
    r"|worked\s+together|work\s+together|collaborat\w+|cooperat\w+|co-develop\w*|co-operat\w+)\b")
# "Tencent, Hillhouse and BYD are all reported to be shareholders", "Meituan, the food-delivery group, led one of its
# earlier funding rounds": of the firm the page or paragraph is about
_SHAREHOLDERS_AFTER = re.compile(
    r"(?:\s*,\s+[^,;.]{1,80},)?\s+(?:(?:are|were|is|was)\s+(?:all\s+|both\s+|also\s+|now\s+)?(?:(?:reported|said|believed|understood)\s+to\s+be\s+)?"
    r"(?:shareholders|investors|backers)\b(?!\s+(?:in|of)\b)"
    r"|(?:led|co-led|joined|backed)\s+(?:one\s+of\s+)?its\s+(?:[\w\-]+\s+){0,3}?(?:round|rounds|financing|fundraising)\b)")
_LIST_JOIN = re.compile(r"\s*(?:,\s*)?(?:and\s+)?")
# "the startup's backers already included", "its shareholders include": a firm named by its kind, mid-sentence
_DESC_BACKERS_BEFORE = re.compile(
    # ("Other pre-IPO investors included the Big Fund and Shanghai's Guosheng Group": the firm the paragraph is about)
    r"(?:\b(?:the\s+(?:startup|start-up|company|firm|group|lab)['’]s|its)|(?<![\w\-])(?:Other|Earlier|Early|Existing|Its\s+other))\s+(?:[\w\-]+\s+)?(?:backers|investors|shareholders)\s+"
    r"(?:(?:already|also|now|then|still)\s+)?(?:include|includes|included|including|were|are)\s+(?:the\s+)?(?:[^.;]{1,80}?(?:,|\band)\s+(?:and\s+)?(?:the\s+)?)?$")
# "Hangzhou City Investment Group put in 1 billion yuan in March", "Zhuhai Huafa Group, which invested 500 million yuan"
_PUT_IN_AFTER = re.compile(
    # ("joined by Zhuhai Huafa Group, ..., and by Chengdu Hi-tech Investment Group, with 300 million yuan")
    r"\s*,\s+with\s+(?:(?:about|around|nearly|more\s+than|over|another)\s+)?(?:US\$|[$€¥£]|RMB\s*)?\d[\d.,]*\s*(?:million|billion|bn|m)\b(?:\s*(?:yuan|dollars|euros|RMB))?(?=\s*[,.;])|"
    r"(?:\s*,\s+(?:which|that|who)|(?:\s*,\s+[^,;.]{1,80},)?)\s+(?:(?:together|jointly|also|then|later)\s+)?(?:put\s+in|put\s+up|invested|injected|contributed|chipped\s+in)\s+"
    r"(?:a\s+(?:combined|total|further)\s+(?:of\s+)?)?(?:(?:about|around|nearly|more\s+than|over|another)\s+)?(?:US\$|[$€¥£]|RMB\s*)?(?>\d[\d.,]*\s*(?:million|billion|bn|m)?\b"
    r"(?:\s*(?:yuan|dollars|euros|RMB))?)"
    # (not "... in Kuaishou": "in March", "in total" say when or how much)
    r"(?!\s+(?:in|into)\s+(?!(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr"
    r"|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|early|late|mid|total|all|cash|the\s+(?:first|second|third|fourth|same|past|following)|(?:19|20)\d\d)\b))")
_MONEY_WORDS = ("round", "yuan", "dollar", "illion", "unding", "inancing", "Series", "seed", "angel", "IPO", "raise", "investment", "$")
_MONEY_THAT = re.compile(r"\b(?:million|billion|yuan|dollars|round|raise|investment)\s+(?:that|which)\s+")  # "the $600 million that ..."
_MONEY_THAT_BEFORE = re.compile(_MONEY_THAT.pattern + r"(?:the\s+)?$")
_LED_AFTER = re.compile(r"\s+(?:co-)?(?:led|provided|put\s+up|invested)\b")
# "Alibaba, Tencent and Xiaomi all took part", "Primavera Capital led,", "Tencent and Zhipu AI joined the round."
_TOOK_PART = re.compile(
    r"(?:\s*,\s+[^,;]{1,80},)?\s+(?:(?:all|also|both|each|then|too)\s+)*(?:took\s+part|participated|(?:taking\s+part|participating)(?=\s*[,.;])|chipped\s+in|followed(?:\s+on)?(?=\s*[,.;])"
    r"|put\s+money\s+in(?:to\s+it)?(?=\s*[,.;])"
    r"|put\s+in\s+(?:more|fresh|new|additional|further|extra)\s+(?:money|cash|capital|funds)\b"
    r"|invested(?=\s*[.;])"
    r"|(?:put|puts)\s+in\s+(?:[\w$€¥£.,\-]+\s+){0,4}?(?:yuan|dollars|euros|million|billion|[$€¥£][\d.]+\w*)"
    r"|(?:joined|co-led|led|came\s+in|come\s+in|comes\s+in)(?:\s+(?:it|the\s+(?:round|deal|financing|raise)))?(?=\s*(?:[,.;]|\s+(?:and|with|alongside|again|too|as\s+well)\b))"
    r"|(?:joined|led|co-led|backed)\s+(?:the|this|that|a|an)\s+(?:[\w\-$€¥£.,]+\s+){0,3}?(?:round|raise|financing|funding|deal)\b"
    r"|(?:was|were)\s+(?:also\s+)?among\s+(?:the\s+)?(?:[\w\-]+\s+)?(?:investors|backers|participants))"
)
# "Later rounds brought in A, B and C", "state-backed funds joined: A and B": investors listed after the round
_BROUGHT_IN_BEFORE = re.compile(r"\b(?:(?:rounds?|raise|financing|funding)\s+(?:(?:also|later|then|since)\s+)?(?:brought\s+in|drew\s+in|pulled\s+in|attracted|added)"
                                r"|(?:funds?|investors|backers|shareholders)\s+(?:also\s+)?joined\s*:)\s+(?:(?:investors|backers)\s+(?:such\s+as|including|like)\s+)?(?:the\s+)?$")
_ROUND_LED_BY_BEFORE = re.compile(r"\b(?:round|raise|financing|funding|investment|Series\s+[A-F]\d?\+?)\b[^.;]{0,60}?\b(?:co-)?led\s+by\s+(?:the\s+)?$")
_LINE_END = re.compile(r"[^\S\n]*(?:\n|$|\.\s*(?:\n|$))")
_AS_ARE = re.compile(r"\s*,\s+as\s+(?:are|is|were|was|do|does|did)\s+(?:the\s+)?")
_AS_ARE_NEXT = re.compile(r"\s*(?:,\s+(?:an?|the|its)\s+[^,;.]{1,80})?\s*,?\s+(?:and\s+)?|\s*,\s+")
_AND_ON = re.compile(r"\s*,?\s+and\s+(?:also\s+)?(?:on|from|upon)\s+(?:the\s+)?")
_POSSESSIVE_GAP = re.compile(r"['’]s?\s+")
_INVEST_ALONGSIDE = re.compile(r"\b(?:came|come|comes|coming|invested|invests|co-invested|put\s+in|chipped\s+in|participated|took\s+part|joined)\b[^,;.]{0,30}?\b(?:alongside|together\s+with)\b")
_ALONGSIDE_BEFORE = re.compile(r"\b(?:alongside|along\s+with|together\s+with|joined\s+with|joined\s+by|as\s+did)\s+(?:the\s+)?"
                               r"(?:(?:existing|earlier|previous|returning|early|new)\s+(?:backers?|investors?|shareholders?)\s+)?$")
# "had backed the company", "put 1 billion yuan into it", "took a stake in the start-up": an investor's object named
# only by a definite description or "it"
_INVEST_OBJECT = re.compile(r"\b(?:backed|funded|financed|invested\s+(?:[\w$€¥£.,\-]+\s+){0,5}?in(?:to)?|(?:put|poured|pumped|injected|sank)\s+"
                            r"(?:[\w$€¥£.,\-]+\s+){1,6}?into|(?:took|taken|holds?|held|retains?|retained|acquired)\s+(?:an?\s+)?(?!no\b|zero\b)(?:[\w\-%.]+\s+){0,2}?stakes?\s+in"
                            r"|led\s+(?:[\w\-$.,]+\s+){0,5}?round\s+in)\s+(?P<obj>the\s+(?:company|firm|start-?up|venture)|it)\b")
_INVESTOR_VERB_AFTER = re.compile(r"\s+(?:\w+\s+)?(?:led|co-led|joined|backed|invested|participated|took\s+part)\b")
_OFFICE = (r"(?:(?:Vice|Deputy|then|former)[\s-]+)?(?:President|Premier|Prime\s+Minister|Chancellor|(?:[A-Z][a-z]+\s+)?Minister|Secretary\s+of\s+State|"
           r"(?:[A-Z][a-z]+\s+)?Secretary|Governor|Mayor|General\s+Secretary|Chairman|Senator|Commissioner|Representative)")
_OFFICE_TITLE = re.compile(_OFFICE + r"\s")
_OFFICE_TITLE_BEFORE = re.compile(r"\b" + _OFFICE + r"\s+$")
_WHICH_GAP = re.compile(r"\s*,\s+(?:which|that)\s+(?:the\s+)?")
_BUILT_ON_GAP = re.compile(r"\s+(?:has\s+|had\s+|have\s+)?(?:also\s+)?(?:built|trained|developed|based|fine-tuned|distilled|derived|post-trained)\s+(?:it\s+)?"
                           r"(?:on(?:\s+top\s+of)?|from|upon|out\s+of)\s+(?:(?:its|their|the)\s+)?(?:own\s+)?(?:earlier\s+|previous\s+)?")
_OWN_PRODUCTS = (r"(?:[\w\-]+\s+){0,2}?(?:search\s+engine|apps?|products|services|platforms?|phones|smartphones|handsets|devices|cars|"
                 r"vehicles|cockpits?|assistants?|cloud|clouds|operating\s+system|systems?|software|browser|chatbots?|super\s+app|ecosystem|offerings|tools|agents?)\b")
_INTEGRATES_GAP = re.compile(r"\s+(?:has\s+|have\s+|had\s+)?(?:also\s+|quickly\s+|already\s+|all\s+)?(?:integrated|integrates|plugged|plugs|built|builds|"
                             r"wired|wires|embedded|embeds|incorporated|incorporates|added|adds|brought|brings|put|puts)\s+(?:the\s+)?")
_INTO_ITS_AFTER = re.compile(r"\s+(?:(?:model|models|series|family)\s+)?(?:into|to|in|inside|across)\s+(?:its|their)\s+(?:own\s+)?" + _OWN_PRODUCTS)
_CONNECTED_ITS_GAP = re.compile(r"\s+(?:has\s+|have\s+|had\s+)?(?:all\s+|also\s+)?(?:connected|connects|linked|links|hooked\s+up|opened)\s+(?:its|their)\s+(?:own\s+)?"
                                + _OWN_PRODUCTS + r"\s+(?:up\s+)?to\s+(?:the\s+)?")
_POSSESSED_USES_GAP = re.compile(r"['’]s\s+(?:own\s+)?" + _OWN_PRODUCTS + r"\s+(?:now\s+|also\s+|already\s+)?(?:uses|use|used|runs\s+on|run\s+on|ran\s+on|integrates|integrated|"
                                 r"(?:is|are|was|were)\s+powered\s+by|relies\s+(?:heavily\s+)?on|rely\s+on|taps|tapped)\s+(?:the\s+)?")
_TUNED_BEFORE = re.compile(r"\b(?:fine-tuned|finetuned|distilled|post-trained|converted|turned|adapted|further\s+trained)\s+(?:(?:its|their|the|Alibaba['’]s|Meta['’]s)\s+)?$")
_JOINED_BEFORE = re.compile(r"\b(?:joined|joins|moved\s+to|was\s+hired\s+by|was\s+poached\s+by|poached|recruited|defected\s+to|went\s+to)\b")
_TEAM_NAME = re.compile(r"\b(?:[Tt]eam|[Ll]ab|[Ll]aboratory|Institute|School|College|Department)$")
_HEDGED_BEFORE = re.compile(r"\b(?:(?:people|critics|users|observers|commentators|sceptics|skeptics)\s+(?:online\s+)?(?:say|said|suggest(?:ed)?|argue[d]?|believe[d]?|think|thought|insist(?:ed)?)|alleg(?:e|es|ed|ing)|claim(?:s|ed|ing)?|rumou?r(?:s|ed)?|speculat(?:e|es|ed|ing|ion)|suspect(?:s|ed|ing)?|accus(?:e|es|ed|ing)|den(?:y|ies|ied))\s+(?:that\s+)?(?:the\s+)?$")
_OBJECT_RELATIVE_BEFORE = re.compile(r"\b(?:that|which)\s+$")
# a sentence that opens with a round ("Apr 2023: Angel round of ...", "Series A round, led by ..."): a date key first
_ROUND_OPENER = re.compile(r"\s*(?:[^:\n.]{0,20}:\s*|[^:\n.\-–—]{0,20}?\s[-–—]\s+)?(?:(?:an?|the|its|their|new|another|second|third|last|latest|most\s+recent|previous|fresh)\s+){0,2}(?:(?:(?:angel|seed|pre-?[A-Fa-f]\+?|series\s+[A-Fa-f]\d?\+?|[A-Fa-f]\d?\+?|strategic|new|follow-on|extension|pre-IPO)[\s-]+)*(?:round|financing|funding)\b|series\s+[A-Fa-f]\d?\+?(?=\s*,))", re.I)
_PAGE_ROUND_FROM_BEFORE = re.compile(r"\b(?:from|by|joined\s+by|with\s+participation\s+from|including|investors\s+include|investors\s+included)\s+(?:the\s+)?$")
# a key line under a listing's heading: "Organisers: ...", "Host: ...", "Issuer: ...", "By: ..."
_KEY_LINE = re.compile(r"^[ \t]*(?P<key>[A-Za-z][A-Za-z ()/\-]{0,30}?)[ \t]*:[ \t]+(?P<val>\S[^\n]*)$", re.MULTILINE)
_DATED_ENTRY = re.compile(r"[ \t]*(?:[-•*][ \t]*)?(?:\d|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d|Q[1-4]\s+\d{4})")
# an entry of a milestones page that opens with its date and then its verb, the page's firm being the subject
_ENTRY_VERB_OPENER = re.compile(r"\s*(?:[-•*]\s*)?(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+)?(?:Q[1-4]\s+)?(?:19|20)\d\d"
                                r"(?:\s+Q[1-4])?\s*[:—–-]\s*(?P<verb>(?:[Ff]ounded|[Ll]aunched|[Rr]eleased|[Oo]pen-sourced|[Uu]nveiled|[Ss]igned|[Ee]stablished"
                                r"|[Ii]ntroduced|[Pp]ublished|[Ss]pun|[Aa]cquired|[Pp]artnered|[Ss]hipped|[Dd]ebuted)\b)")
_FOUNDED_IN_BEFORE = re.compile(r"\b(?:founded|established|set\s+up|incorporated|started|launched|created|registered)\s+in\s+$", re.I)
_BY_AFTER_PLACE = re.compile(r"(?:\s+in\s+(?:19|20)\d\d)?\s*,?\s+by\b")
_VERB_AFTER = re.compile(r"\s+(?:[a-z]+ed|[a-z]+s|has|had|is|was|will|would|can|could|must|plans?)\b")
_PARTICIPATING_AFTER = re.compile(r"(?:\s*,\s+(?:the|its|an?)\s+[^,;.]{1,60},)?\s+(?:also\s+)?(?:participating|joining|taking\s+part|investing|following|(?:were\s+|being\s+)?among\s+the\s+(?:\w+\s+)?(?:participants|investors|backers))\b")
_AMONG_THEM_BEFORE = re.compile(r"\b(?:among|including)\s+(?:them|which|those)\s+(?:(?:were|was|are)\s+)?(?:the\s+)?$")
_COFOUNDERS_BEFORE = re.compile(r"\b(?:[Hh]is|[Hh]er|[Tt]heir)\s+(?:fellow\s+|two\s+|three\s+|other\s+)?co-?founders?\s*,?\s*(?:(?:were|are|include|included)\s+)?$")
_TO_BECOME_BEFORE = re.compile(r"\bto\s+(?:become|be|serve\s+as|take\s+over\s+as|join\s+as)\s+$")
_AFTER_PARTICIPLE = re.compile(r"\s*,\s+(?:after|before|while|since|when)\s+(?=[a-z]+ing\b)")
_RECEIVED_GAP = re.compile(r"\s+(?:[a-z]+\s+){0,2}?(?:has\s+|have\s+|also\s+)?(?:received|receives|got|gets|gained|gains|added|adds)\s+(?:the\s+same\s+|an?\s+|its\s+|full\s+)?")
_INTEGRATION_AFTER = re.compile(r"\s+(?:integration|support|plug-in|plugin)\b")
_TO_GAP = re.compile(r"\s+(?:shipments\s+|exports\s+|sales\s+)?(?:to|against|aimed\s+at|targeting)\s+(?:the\s+)?")
_TRADE_MEASURE = re.compile(r"(?i)\b(?:restrictions?|controls?|ban|bans|curbs?|requirements?|sanctions|tariffs?|licen[cs]e|embargo)\b")
_DESTINATION_USE = re.compile(r"['’]s\b|\s+(?:market|customers|buyers)\b")
_MADE_WITH = re.compile(r"\s+(?:jointly\s+)?(?:developed|built|made|created|designed|trained|launched)\s+(?:jointly\s+|together\s+)?with\s+(?:the\s+)?")
_APPOS_CLOSE_BE = re.compile(r"(?:\s+[^,;]{1,60})?\s*,\s+(?:is|was|has\s+been|remains)\s+(?:also\s+|now\s+|still\s+)?")
_APPOSITION_START = re.compile(r"\s*,\s+(?:the\s+|a\s+|an\s+)?(?:[\w\-]+\s+){0,3}?(?:director|head|professor|founder|chief|dean|chairman|president|member|fellow|researcher)")
_LIKE_BEFORE = re.compile(r"\b(?:[Ll]ike|[Uu]nlike|[Aa]s\s+with)\s+$")
_BE_GAP = re.compile(r"\s+(?:is|was|are|were|remains|remained|became|becomes|has\s+been|had\s+been)\s+(?:already\s+|also\s+|now\s+|still\s+|(?:reported|said|believed)\s+to\s+be\s+)?")
# ("GAC Capital, which becomes Qingluo's largest outside shareholder")
_WHICH_BE_GAP = re.compile(r"\s*,\s+(?:which|who)" + _BE_GAP.pattern)
_APPOS_BE_GAP = re.compile(r"(?:['’]s\s+[^,;]{1,40}|\s*,[^,;]{1,60})?,\s+(?:is|was|are|were|remains|remained|became|has\s+been|had\s+been)\s+(?:already\s+|also\s+|now\s+|still\s+)?")
_BACKERS_OPENER = re.compile(rf"(?i)\s*(?:Its|Their|The\s+(?:company|firm|startup|start-up)['’]s)?\s*(?:(?:other|earlier|existing|previous|early|major|key|big|first|current|strategic|cornerstone|anchor|institutional|returning|new)\s+)*(?i:{_BACKERS})\s+(?:in\s+the\s+(?:offering|IPO|listing|round|deal|share\s+sale|placement|financing)\s+)?(?:include|included|includes|are|were|have\s+included)\s+(?:the\s+)?")
_BUILDS_ON_IT = re.compile(r"\s+(?:(?:also|directly|itself)\s+)?(?:builds|built|is\s+built|was\s+built|is\s+based|was\s+based|was\s+trained|is\s+fine-tuned|was\s+fine-tuned|was\s+distilled)\s+(?:up)?(?:on|from)\s+(?:top\s+of\s+)?it\b(?!\s*['’]s)")
_FILING_LISTS = re.compile(r"\s*(?:Its|Their|The\s+(?:company|firm|start-up|startup)['’]s)\s+(?:IPO\s+|listing\s+)?(?:prospectus|filing|application|registration\s+statement|annual\s+report|shareholder\s+register|register\s+of\s+shareholders)"
                           r"\s+(?:lists|listed|names|named|shows|showed|includes|included|counts|counted)\s+(?:the\s+)?")
# "Qorlix Capital led its Series B in March": the round of the firm the sentence (or the one before) is about
# ("Alibaba led a $60 million Series B in the company": the firm the sentence before opened with)
_LED_ROUND_IN_IT = re.compile(r"(?:\s*,\s+(?:the|a|an)\s+[^,;]{1,60},)?\s+(?:also\s+|has\s+|had\s+|then\s+)?(?:led|co-led|joined|anchored)\s+(?:a|an|the)\s+"
                              r"(?:[\w\-$.,]+\s+){0,5}?(?:round|financing|Series\s+[A-F]\+?|Pre-[A-F]\+?|investment)\s+(?:in|into)\s+the\s+(?:company|firm|startup|start-up)\b")
_LED_ITS_ROUND = re.compile(
    # ("Meituan, the food-delivery group, led one of its earlier funding rounds")
    r"(?:\s*,\s+(?:the|a|an)\s+[^,;]{1,60},)?"
    r"\s+(?:also\s+|has\s+|had\s+|then\s+)?(?:led|co-led|joined|anchored|participated\s+in|took\s+part\s+in|invested\s+in)\s+(?:(?:one|two|three|several|some|each|all|both)\s+of\s+)?"
    r"(?:(?:its|the\s+(?:company|firm|startup|start-up)['’]s)\s+(?:[\w\-$.,]+\s+){0,4}?(?:rounds?|financings?|fundraising|Series\s+[A-F]\b|Pre-[A-F]\b|angel\s+round|seed\s+round|IPO|share\s+sale|placement)"
    # ("HongShan led the Series A", "Hangzhou Capital anchored a Series C in January": a lettered round of the firm before)
    r"|(?:the|a|an)\s+(?:[\w\-$.,]+\s+){0,4}?(?:Series\s+[A-F]\+?\d?|Pre-[A-F]\+?)\b(?!\s+(?:round\s+)?(?:in|of|for|at)\s+(?!(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|\d|early|mid|late|the\s+(?:spring|summer|autumn|fall|winter|first|second|third|fourth)))))"
)
# the gap to the next backer of a list, past a description of it: ", the Shanghai gaming firm miHoYo"
_BACKER_LIST_ON = re.compile(
    r"\s*(?:,|and|,\s*and)\s*(?:(?:the|a|an)\s+(?:[\w\-]+\s+){0,4}?(?:firm|company|group|fund|investor|maker|giant|operator|developer|"
    r"conglomerate|carmaker|automaker|platform|insurer|bank|studio|publisher|manager|fund\s+manager|investment\s+arm|venture\s+arm)\s+)?"
)
_AMONG_ITS = re.compile(rf"(?:\s*,[^,;]{{1,60}},)?\s+(?:is|was|are|were|remains|became)\s+(?:also\s+|now\s+|still\s+)?(?:(?:among|one\s+of)\s+)?(?:its|their|the\s+(?:company|firm|startup|fund)['’]s)\s+(?:[\w\-]+\s+){{0,2}}?(?:{_BACKERS}|shareholder|investor|backer)\b")
_SINGULAR_APPOSITION = re.compile(
    r"\s*,\s+(?:a|an|the)\s+(?:[\w\-]+\s+){0,4}?(?:model|chatbot|assistant|app|application|product|platform|tool|system|company|startup|"
    r"start-up|firm|lab|laboratory|institute|agency|maker|developer|unit|subsidiary)\b"
)
_PLACE_PART_AFTER = re.compile(r"\s+(?:business|businesses|unit|units|operations?|arm|division|subsidiary|branch|office|offices|team|sales|revenue|chapter|headquarters|staff|employees|customers|venture|joint\s+venture)\b")
_PLACE_PART_BEFORE = re.compile(r"(?:['’]s?|\b(?:its|their|the\s+company['’]s|the\s+firm['’]s|the\s+group['’]s))\s+$")
_MOVED_FROM = re.compile(r"(?:\s*,\s+who)?\s+(?:(?:has|had|have|is|was|are|recently|later|then|also)\s+)*(?:moved|jumped|switched|defected|came\s+over|hopped|left|leaves|quit|quits|departed|leaving|quitting|joined(?=\s+from\s))\s+(?:from\s+)?(?:the\s+|a\s+job\s+at\s+|a\s+post\s+at\s+)?")
_MOVED_TO = re.compile(r"(?:\s+(?:in|during)\s+(?:(?:early|mid|late|the\s+spring\s+of|the\s+summer\s+of|the\s+autumn\s+of|the\s+winter\s+of)\s+|[A-Z][a-z]+\s+)?(?:19|20)\d\d|\s+(?:last|this)\s+(?:year|month|spring|summer|autumn|winter))?\s*,?"
                       r"\s+(?:to|for)\s+(?:(?P<found>found|co-found|start|set\s+up|launch|establish)\s+|join\s+|(?:become|be)\s+(?:the\s+|a\s+|an\s+)?(?:[\w\-]+\s+){0,3}?(?:of|at)\s+)?(?:the\s+|a\s+(?:job|post|role)\s+at\s+)?")
_WHERE_AFTER = re.compile(r"\s*(?:\([^()]{1,40}\))?\s*,\s+where\s+")
_WHERE_VERB = re.compile(r"\s+(?:(?:once|previously|also|later|first)\s+)?(studied|worked|taught|trained|graduated|interned|researched|lectured)\b", re.IGNORECASE)
_THEN_JOINED = re.compile(r"\s*,?\s+(?:and\s+)?(?:before|after|prior\s+to|then|later)\s+(?:joining|moving\s+to|going\s+to|leaving\s+for|taking\s+a\s+job\s+at|joined|moved\s+to)\s+(?:the\s+)?")
_ISSUED_TOGETHER = re.compile(r"\b(?:issued|released|published|drafted|promulgated|unveiled|announced|introduced|adopted|rolled\s+out|formulated|made\s+public)\b[^,;.]*\b(?:together|jointly|along)\s+with\s+(?:the\s+)?(?:[^,;.]{1,80}?(?:,|\band)\s+(?:and\s+)?(?:the\s+)?){0,6}$")
_TRANSFER_ITS = re.compile(r"\s+(?:to|on|onto|into|from|off)\s+(?:its|their)\b")
_AND_GAP = re.compile(r"(?:\s+(?:models?|family|series|chatbots?|apps?|systems?))?\s*,?\s+(?:and|or|as\s+well\s+as)\s+")
_DESC_KINDS = {
    "laboratory": ("laboratory", "lab"), "lab": ("laboratory", "lab"), "center": ("center", "centre"), "centre": ("center", "centre"),
    "company": ("*firm*",), "firm": ("*firm*",), "startup": ("*firm*",), "start-up": ("*firm*",), "group": ("group",),
    "airline": ("airline", "airlines"), "bank": ("bank",), "exchange": ("exchange",), "hospital": ("hospital",),
}
# "Tang Jie, who remains the company's chief scientist"
_THE_KIND_ROLE = re.compile(
    r"(?<![\w\-])(?P<desc>[Tt]he\s+(?P<noun>laboratory|lab|company|firm|start-?up|institute|academy|university|commission|ministry|group))['’]s\s+"
    r"(?:(?:former|founding|current|deputy|vice|executive)\s+)*(?:director|chief\s+\w+(?:\s+officer)?|head|president|chairman|chairwoman|"
    r"(?:co-)?founder|dean|CEO|CTO|general\s+manager)\b"
)
# "iFlytek Research, the company's research institute": a unit of the body of that kind named before
_THE_KIND_UNIT = re.compile(
    r"(?<![\w\-])(?P<desc>the\s+(?P<noun>laboratory|lab|company|firm|start-?up|institute|academy|university|airline|bank|exchange|hospital))['’]s\s+"
    r"(?:[\w\-]+\s+){0,2}?(?:unit|arm|subsidiary|institute|lab|laboratory|division|academy|affiliate)\b"
    r"(?!\s+(?:headed|led|run|chaired|managed)\s+by\b)"  # (", the company's subsidiary headed by X": X's rule reads it whole)
)
# "Zheng Yong, who founded the company in 2015", "Zhou Minghao, who heads the lab's life-sciences group" (not "who led
# the firm's investment in X")
_WHO_VERB_THE = re.compile(
    r"\bwho\s+(?:(?:also|previously|formerly|once|later|now|still|first)\s+)*(?:heads|leads|runs|founded|co-founded|chairs|directs|oversees|"
    r"manages|joined|headed|led|chaired|directed|oversaw|managed)\s+(?P<desc>the\s+(?P<noun>laboratory|lab|company|firm|start-?up|institute|"
    r"academy|university|commission|ministry|group|cent(?:er|re)))(?:['’]s\s+(?:[\w\-]+\s+){0,2}?(?:group|team|lab|laboratory|division|department|unit|cent(?:er|re)|"
    r"institute|business|arm)\b|(?![\w\-]|['’]|\s+(?:of|at|for)\s))"
)
_ROLE_OF_THE = re.compile(
    r"\b(?:director|deputy\s+director|chief\s+executive(?:\s+officer)?|chief\s+technology\s+officer|chief\s+scientist|head|"
    r"president|vice\s+president|chairman|chairwoman|chair|(?:co-)?founder|dean|professor|secretary|spokes(?:person|man|woman)|"
    r"general\s+manager|CEO|CTO|deputy\s+head|party\s+secretary)\s+(?:of|at)\s+"
    r"(?P<desc>the\s+(?:[a-z\-]+\s+){0,2}?(?P<noun>laboratory|lab|commission|cent(?:er|re)|institute|ministry|company|firm|"
    r"start-?up|academy|university|agency|administration|bureau|department|fund|foundation|association|alliance|council|"
    r"committee|group))\b"
)
_LED_BY_TITLED = re.compile(r"\s*,\s+(?:a|an|the)\s+[^,;]{0,60}?\s+(?:which\s+is\s+|that\s+is\s+)?(?P<verb>led|headed|run|founded|co-founded|started|set\s+up)\s+(?:in\s+\d{4}\s+)?by\s+(?:former\s+|ex-|one-time\s+)?")
_TITLE_NOUN_GAP = re.compile(r"\s+(?:executive|engineer|researcher|scientist|veteran|official|manager|employee|vice\s+president|alumnus|executives)\s+")
_WHOSE_ROLE = re.compile(r"(?:\s*,\s+(?:(?:a|an|the)\s+(?:[\w\-]+\s+){0,4}?)?|(?<=\S)\s+(?:[\w\-]+\s+){0,3}?)whose\s+(?:(?:former|current|new)\s+)?(?P<role>(?:co-)?founder|chief\s+executive|CEO|chairman|chairwoman|president|chief\s+scientist|chief\s+technology\s+officer|CTO|head|director|boss)(?:\s+and\s+(?:chief\s+executive|CEO|chairman))?\s*,?\s+")
_REDUCED_OBJECT = re.compile(r"\s*,\s+(?:a|an|the|its|two|three|four|both|several)\s+(?:[\w\-]+\s+){0,3}?(?:model|models|chatbot|chatbots|app|apps|assistants?|systems?|chip|chips|tools?|platforms?|product|products|robot|robots|generator|family|series|agents?|engines?|services?|suite|line|devices?|glasses|processors?|accelerators?|versions?|variants?|editions?|LLMs?)\s+(?:that\s+|which\s+)?")
_INVESTOR_BEFORE = re.compile(r"\b(?:(?:led|co-led|backed|funded|financed)\s+by|investors?\s+(?:including|such\s+as|like)|from)\s+(?:[\w.\-]+\s+){0,4}$", re.IGNORECASE)
_PREP_OBJECT = re.compile(r"\b(?:on|onto|at|in|into|via|through|undercutting|overtaking|beating|trailing|than|like)\s+(?:the\s+)?$")
_OTHER_AGENCIES = re.compile(r"\b(?:and|with)\s+(?:\w+\s+)?other\s+(?:government\s+|central\s+|state\s+)?(?:agencies|ministries|regulators|departments|bodies|authorities)\b[^.;]{0,30}?(?:including|among\s+them|such\s+as)\s+(?:the\s+)?$")
_AND_GAP_OR_COMMA = re.compile(r"\s*(?:,|,?\s*and|,?\s*as\s+well\s+as)?\s*(?:the\s+)?")
_SAID_ITS = re.compile(r"\s*(?:\([^()]{1,30}\))?\s*,\s+(?:has\s+|had\s+|also\s+)?(?:said|says|announced|announces|added|noted|confirmed|stated|revealed)\s+(?:on\s+\w+\s+|that\s+)*(?:it\s+(?:would|will|had|has)\s+\w+\s+)?its\b")
# (", the company's annual developer conference in"; "held in")
_IN_GAP = re.compile(r"^(?:\s*,\s+(?:the|its|a|an)\s+[^,;()]{0,60}?)?(?:\s*,?\s+(?:held|hosted|staged))?\s+in\s+$")
# the subject a sentence gives only as a definite description or a pronoun, after an opening phrase's comma
_THE_BODY_SUBJECT = re.compile(r"\s*(?:\([^()]{1,30}\))?,\s+(?:the\s+(?:lab|laboratory|company|firm|group|start-?up|team|institute|university|"
                               r"ministry|agency|academy|developer|maker|government)|it|they|we)(?=\s)")
_OPENER_COMMA = re.compile(
    r"\s*(?:\([^()]{1,30}\))?(?:\s+(?:on|in|last|this|from|between)\s+[\w.,\s\-–]{1,25}?)?"
    # the event's dates as an apposition: "At WAIC 2024, 4-6 July 2024, SenseTime launched ..."
    r"(?:,\s+(?:\d{1,2}(?:\s*[–-]\s*\d{1,2})?\s+[A-Z][a-z]{2,8}\.?|[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:\s*[–-]\s*\d{1,2})?),?\s+\d{4})?"
    # an apposition naming the event's kind: "Speaking at Create 2025, the company's annual developer conference, ..."
    r"(?:,\s+(?:the|a|an|its|this\s+year['’]s)\s+[^,;:()]{3,60}?(?:conference|summit|forum|expo|fair|gala|event|show|festival|meeting|congress|session|games|contest|competition|ceremony|exhibition))?"
    r"\s*,\s+(?:(?:[A-Z][a-z]+\s+){0,2}(?:the\s+)?)?"
    r"(?:(?:rotating|deputy|executive|acting|former|founding|honorary|(?:co-)?founder|chief\s+executive(?:\s+officer)?|chairman|chairwoman|president|premier|vice\s+premier|chief\s+\w+\s+officer|"
    r"chief\s+scientist|head|director|minister|secretary|professor|vice\s+president|and|,)\s+)*"
)
_BY_AGENT_GAP = re.compile(
    r"\s*,?\s+(?:(?:which|that)\s+)?(?:was|were|had\s+been|has\s+been|is|are)\s+(?:first\s+|formally\s+|officially\s+|jointly\s+|publicly\s+)?"
    r"(?:released|unveiled|launched|issued|published|announced|presented|introduced|adopted|showcased)\s+by\s+(?:the\s+)?")
# "X, the trillion-parameter model that" / "X, a test chip": the head noun of a relative clause about X
_HEAD_THAT = re.compile(r"\s*,\s+(?:(?:the|a|an|its|their)\s+[^,;()]{0,80}?\s+)?(?:that|which)?\s*|\s*,\s+(?:the|a|an|its|their)\s+[^,;()]{0,80}?\s+")
# "... StepFun showed in July at the", "... the lab first presented at": the relative clause's verb, then the event
_SHOWED_AT = re.compile(r"\s+(?:(?:has|had|first|also|publicly|formally)\s+)*(?P<verb>[a-z\-]+ed|showed|shown)(?:\s+(?:in|on|last|this|earlier)\s+[\w\s,]{1,20}?)?"
                        r"\s+(?:at|during)\s+(?:the\s+|this\s+year['’]s\s+|last\s+year['’]s\s+|its\s+)?")
_AT_GAP = re.compile(r"\s+(?:at|during)\s+(?:the\s+|this\s+year['’]s\s+|last\s+year['’]s\s+)?")
_SERVES_AS_POSS = re.compile(r"(?:\s*,\s+who(?:\s+[^,;()]{1,80}?,(?=\s+(?:is|was|has|had|now|later|became|becomes|will\s+become)\b))?)?\s+(?:(?:has|had|have)\s+)?(?:(?:also|now|currently|previously|formerly|later|then|still)\s+)?(?:serves|served|serving|is|was|are|were|became|becomes|remains|remained|has\s+been|had\s+been|took\s+over|takes\s+over)\s+(?:(?:also|now|currently|still|already)\s+)?(?:as\s+)?(?:the\s+)?", re.IGNORECASE)
# ("HSD runs on the Journey 6P, the most powerful processor in ...": the thing run on is a chip)
_CHIP_NOUNS = r"chips?|processors?|SoCs?|GPUs?|NPUs?|accelerators?|cards?"
# ("trained it on Ascend 910B servers": hardware a model ran on, not a model it is built on)
_HARDWARE_AFTER = re.compile(rf"\s+(?:[a-z][\w\-]*\s+)?(?:{_CHIP_NOUNS}|servers?|clusters?|hardware)\b")
_CHIP_AFTER = re.compile(rf"[^.;\n]{{0,40}}?\b(?:{_CHIP_NOUNS})\b")
# compute a model runs on ("on Ascend chips", "on Huawei's Ascend servers"), not a device that holds it
_COMPUTE_NOUNS = rf"{_CHIP_NOUNS}|servers?|clusters?|hardware"
_COMPUTE_NOUN = re.compile(rf"\b(?:{_COMPUTE_NOUNS})\b", re.IGNORECASE)
_COMPUTE_NEXT = re.compile(rf"(?:\s*[\w\-]+)?\s+(?:{_COMPUTE_NOUNS})\b")
# a firm's goods after its name ("buy Hygon and Huawei processors"), not the firm
_GOODS_AFTER = re.compile(rf"(?:['’]s)?(?:\s+[\w\-]+)?\s+(?:{_CHIP_NOUNS}|servers?|parts|components|products|equipment|tools|gear|devices|phones|cars|vehicles|licen[cs]es|shares|stakes?|bonds)\b")
_PLACE_BEFORE_TRADE = re.compile(r"(?:['’]s)?\s+(?:[a-z][\w\-]*\s+){0,2}(?:firm|company|group|start-?up|bank|fund|lab|laboratory|university|institute|consultancy|agency|outlet|newspaper|brokerage|broker|studio|maker|developer|think\s+tank)\b")
_PARTNER_GROUP_NOUNS = (r"(?:companies|firms|manufacturers|makers|partners|carmakers|automakers|chipmakers|banks|insurers|hospitals|universities|operators|groups"
                        r"|customers|clients|brands|start-?ups|developers|vendors|suppliers|institutions|labs|laboratories)")
_PARTNER_DEAL_WORDS = ("artnership", "greement", "deal", "lliance", "tie-up", "ollaboration", "ooperation", "ontract")
_PARTNERS_COLON = re.compile(r"\b(?:partnerships?|agreements?|deals?|alliances?|tie-ups?|collaborations?|cooperation(?:\s+agreements?)?|contracts?)\s+with\s+"
                             rf"(?:[\w\-]+\s+){{0,6}}?{_PARTNER_GROUP_NOUNS}(?:\s+and\s+(?:[\w\-]+\s+){{0,2}}?{_PARTNER_GROUP_NOUNS})?"
                             r"\s*(?::|,?\s+(?:among\s+them|including|such\s+as|led\s+by))", re.IGNORECASE)
_FOUNDER_APPOSITION_AND = re.compile(r"\s*,\s+(?:a|an|the)\s+[^,;()]{1,80},\s+and\s+(?:(?:his|her)\s+(?:[\w\-]+\s+){0,2}?)?")
_LOCATIVE_BEFORE = re.compile(r"\b(?:at|in|near|outside|inside|from)\s+(?:the\s+)?$")
_ON_THE_DEAL = re.compile(r"['’]?s?\s+on\s+(?:the|its|their|this|a)\s+(?:[\w\-$.]+\s+){0,3}?(?:deal|acquisition|takeover|IPO|listing|transaction|merger|round|sale|offering|purchase|financing|spin-?off)\b", re.IGNORECASE)
_SAID_AFTER_NAME = re.compile(r"\s+(?:said|says|told|added|noted|explained|wrote)\b")
_WHERE_AFTER_EVENT = re.compile(r"[^.;:,]{0,50}?,\s+where\s+(?:the\s+|its\s+|their\s+|a\s+|an\s+)?(?:(?:new|latest|humanoid|robot|company['’]s)\s+)?")
_DERIVATIVE_AFTER = re.compile(r"\s+(?:derivatives?|fine-?tunes?|variants?|distillations?|offshoots?|spin-?offs?|forks?)\b")
_ITS_BACKER_WAS = re.compile(r"\bits\s+(?:(?:largest|biggest|main|lead|cornerstone|anchor|first|earliest|early|major|key|controlling|single\s+largest|strategic)\s+){0,2}"
                             r"(?:investors?|backers?|shareholders?|owners?)\s+(?:was|is|were|are|included|includes|include|remains|remained)\s+(?:the\s+)?")
_WHICH_DEVELOPED = re.compile(r"(?:\s*,\s+(?:which|that|who)|(?:\s*\([^()\n]{1,30}\))?(?=\s+(?:(?:has|had|also|first|jointly)\s+)*(?:co-|(?:developed|built|created|designed|trained)\s)))\s+(?:(?:has|had|also|first|jointly)\s+)*(?:co-)?(?:developed|built|created|designed|trained|launched|released)\s+(?:the\s+|its\s+|a\s+|an\s+)?")
_TOGETHER_WITH_GAP = re.compile(r"(?:\s+[\w\-]+){0,3}?\s+(?:(?:together|jointly)\s+)?with\s+(?:the\s+)?(?:[A-Z][\w\-]*\s+(?:of\s+)?(?:Sciences['’]\s+)?)?")
_HELP_AFTER = re.compile(r"['’]s?\s+(?:support|help|backing|funding|money|investment|blessing|approval|guidance|assistance)\b"
                         r"|(?:\s+(?:and|or)\s+[A-Z][\w\-]*)*\s+as\s+(?:its\s+|their\s+)?(?:rivals?|competitors?|benchmarks?|baselines?|references?|customers?|clients?)\b")
_DEVELOPED_WITH_GAP = re.compile(r"\s+(?:(?:has|had|have|also|first|jointly)\s+)*(?:co-)?(?:developed|built|created|designed|trained|made)\s+(?:it\s+|them\s+)?(?:jointly\s+|together\s+)?with\s+(?:the\s+)?")
_PHASE_MARK = re.compile(r"\b(?:[Pp]hase|II|III|IV)\b")
_EARLIER_PHASES = re.compile(r"\b(?:[Ee]arlier|[Pp]revious|[Pp]rior|[Ii]ts\s+(?:first|second|earlier)|[Tt]he\s+(?:first|second|earlier))\s+(?:two\s+)?phases?"
                             r"(?P<of>\s+of\s+the\s+fund)?\s+(?:had\s+|have\s+|also\s+)?(?:invested\s+in|backed|funded|took\s+stakes\s+in)\s+")
_FIRMS_BUSINESS_AFTER = re.compile(r"['’]s?\s+(?:[\w\-]+\s+){0,3}?(?:business|operations|unit|division|team|lab|laboratory|research|arm|office|group)\b")
_THE_COMPANY_HE_FOUNDED = re.compile(r"\s*,\s+(?:the|a)\s+(?:[\w\-]+\s+){0,2}?(?:company|firm|start-?up|lab|venture|business)\s+(?:that\s+)?(?:he|she)\s+(?:had\s+)?(?:also\s+)?"
                                    r"(?P<role>co-founded|cofounded|founded|set\s+up|started|ran|led|built)\b")
_APPOSITION_WHICH_BUILT_ON = re.compile(r"\s*,\s+(?:a|an|the|its|their)\s+[^,;]{1,60},\s+(?:which|that)\s+(?:is|are|was|were|has\s+been|have\s+been)\s+(?:also\s+|now\s+)?"
                                        r"(?:built|based|running|trained|fine-tuned)\s+(?:on|upon|from|on\s+top\s+of)\s+")
_RUNS_ON = re.compile(r"\b(?:runs?|ran|running)\s+(?:\w+\s+)?on\b", re.IGNORECASE)
# the names of processor families ("Snapdragon 8 Elite", "RDK S100", "Jetson Orin"): a device that runs on one holds it
_CHIP_FAMILY = re.compile(r"(?:Qualcomm\s+|Nvidia\s+|Huawei\s+|MediaTek\s+|Horizon\s+)?(?:Snapdragon|Dimensity|Kirin|Ascend|Kunlun|Jetson|RDK|Journey|Exynos|Tensor\s+G|Helio|Unisoc|Tiger|Rockchip|RK\d+|Hygon|Loongson|Orin|Thor|MTT|Siyuan|Cambricon|Core\s+Ultra|Ryzen|Apple\s+M\d|XRING)\b")
_POWERED = re.compile(r"\b(?:powered\s+by|runs?\s+on|running\s+on|run\s+by|uses|using|use)\b", re.IGNORECASE)
_HEAD_RULES = ("verb_", "passive_", "integrated_into", "based_on", "founded_by", "led_by", "round_led_by", "raised_from", "who_", "org_appointed")
_ATTRIBUTIVE_BEFORE = re.compile(r"\b(?:[Aa]n?|[Tt]he|[Ii]ts|[Tt]heir)\s+$")
_ATTRIBUTIVE_AFTER = re.compile(
    r"\s+(?!(?:and|or|on|in|at|of|for|to|by|with|from|is|was|are|were|has|have|had|will|would|said|says|which|that|who|as|"
    r"government|city|province|authorities|municipal)\b)[a-z][a-z\-]+"
    # "the Beijing AI Industry Investment Fund": the first word of a name nobody knows
    r"|\s+(?:[A-Z][\w\-]*\s+){1,4}(?:Fund|Group|Company|Corporation|Institute|Association|Alliance|Center|Centre|Foundation"
    r"|Exchange|Bank|Capital|Partners|Ventures|Holdings)\b"
)
_CONTRAST = re.compile(r"\b(?:[Uu]nlike|[Ll]ike|[Bb]esides|[Aa]part\s+from|[Bb]eyond|[Ee]xcept(?:\s+for)?|[Cc]ompared\s+(?:with|to)|[Vv]ersus|[Aa]s\s+with|[Aa]ccording\s+to)\s+(?:the\s+|rival\s+|its\s+rival\s+)?$")
# "runs HanScribe-2B on servers", "runs X inside its screening service", "runs X locally": where the host runs it
_RUNS_WHERE_AFTER = re.compile(r"(?:\s+(?:model|models|locally|offline))?\s+(?:on\s+(?!top\b|behalf\b)\w|inside\b|within\b|in\s+(?:its|their|the)\b|across\b|at\s+(?:its|their|the)\b|locally\b|offline\b|on-device\b|since\b|for\s+(?:its|their)\b)")
_PACT_BETWEEN = re.compile(r"\b(?:trilateral|bilateral|multilateral|security|defen[cs]e|trade|minerals?|nuclear)\s+(?:agreement|pact|treaty|accord|partnership|alliance)\s+(?:signed\s+|struck\s+|reached\s+)?(?:between|among)\s+(?:the\s+)?", re.I)
_KNOWN_AS_PACT = re.compile(r"\b(?:agreement|pact|treaty|accord|partnership|alliance)\s*,?\s+(?:known|called|dubbed|named)\s+(?:as\s+)?(?:the\s+)?[“\"]?", re.I)
_REBUILT_BEFORE = re.compile(r"\b(?:rebuilt|rebuilds|rebuild|built|builds|redesigned|redesigns|rebuilding|remade|centred|centered|rebased)\s+(?:its\s+|their\s+|the\s+)?$")
# "Kunlunxin, Baidu's chip unit", "the Shanghai office, one of the CAC's local offices"
_APPOSITION_TO_POSSESSOR = re.compile(r"\s*,\s+(?:one\s+of\s+)?(?:the\s+)?")
# a deal signed with a firm: "signed a research agreement with", "inked memoranda of understanding with"
_SIGN_VERB = r"(?:signed|signs|inked|struck|reached|concluded)"
_DEAL_NOUN = r"(?:agreement|deal|memorandum(?:\s+of\s+understanding)?|contract|partnership|MoU|licence|license)s?"
_SIGNED_BEFORE = re.compile(rf"\b{_SIGN_VERB}\s+(?:an?|the|its|their|two|three|several)?\s*(?:[\w\-]+\s+){{0,3}}?{_DEAL_NOUN}\s+with\b(?![^.;]*\b(?:said|says|told)\b)")
_FRONTED_BY = re.compile(r"\s*(?P<verb>Founded|Co-founded|Started|Set\s+up|Established|Led|Run|Headed)(?:\s+in\s+(?:\w+\s+)?\d{4})?\s+by\s+")
_VERB_NEXT = re.compile(r"\s+(?:(?:has|have|had|is|was|now|also|will|then|last|this|in)\s+)?[a-z][a-z\-]*(?:ed|s)\b")
_LINKING_VERB = re.compile(r"\b(?:include|includes|included|including|are|were|is|was)\b")
_SERVICE_AFTER = re.compile(r"\s+(?:(?:video|chat|search|shopping|payment|streaming|cloud|ride-hailing|delivery|brokerage|short-video|news|map|music)\s+)?(?:service|app|platform|site|website|marketplace|chatbot|assistant|network|store)s?\b")
_DEPARTMENT_NAME = re.compile(r"^(?:[A-Z][\w\-]*\s+){1,5}(?:Department|Division|Bureau|Office|Centre|Center|Secretariat)$")
_SET_UP_AFTER = re.compile(r"\s+(?:(?:had|has|have|first|later|jointly)\s+)*(?:set\s+up|founded|established|created|spun\s+off|spun\s+out|incubated|formed|launched)\b(?!\s+(?:by|with)\b)")
_UNIT_NOUN = re.compile(r"\b(?:arm|unit|subsidiary|affiliate|division|branch|lab|laboratory)\b", re.IGNORECASE)
_POSSESSED = re.compile(r"['’]s\s$")
_ON_PLATFORM = re.compile(r"\s+(?:repository|repo|account|page|channel|profile|post|posts|listing|store|feed|handle)\b", re.I)
# ("He Zhiyuan, co-founder and CEO, previously led ...": a bare title between commas after a person)
_BARE_TITLE = r"(?:co-?founder|founder|chief\s+[a-z]+(?:\s+officer)?|CEO|CTO|COO|CFO|chairman|chairwoman|president|head\s+of\s+[a-z]+(?:\s+[a-z]+)?|director)"
_BARE_TITLE_APPOS = re.compile(rf"\s*,\s+{_BARE_TITLE}(?:\s*(?:,|and)\s+{_BARE_TITLE})*\s*,")
_HELD_CLAUSE = re.compile(r"\s*,\s+(?:(?:which\s+was|which\s+is)\s+)?(?:held|staged|hosted|co-hosted|organised|organized)\s+(?:at|in|by|on|last|this)\b"
                          r"|\s*,\s+(?:which|that)\s+(?:opened|began|started|ran|runs|closed|took\s+place|takes\s+place)\s+(?:at|in|on|last|this)\b")
_SAID_BEFORE_DESC = re.compile(r"\b(?:said|says|told\s+[\w\s]{1,30}?)\s+(?:that\s+)?$")
_SUCH_AS_NEXT = re.compile(r"(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)(?:(?:[A-Z][\w.\-]*|[a-z]+[A-Z][\w.\-]*)(?:\s+[A-Z][\w.\-]*){0,2}['’]s\s+)?")
_TENURE_BEFORE = re.compile(r"\b(?:after|following|before)\s+(?:a\s+decade|(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|several|many|\d{1,2})\s+(?:years?|months?|decades?))\s+(?:at|with)\s+(?:the\s+)?$")
_ONE_OF_STAFF_AFTER = re.compile(r"\s+(?:veteran|alumnus|alumna|executive|engineer|researcher|scientist|manager|employee|insider|staffer)\b(?!\s+(?:at|of|for|in)\b)")
_STAFF_NOUN_AFTER = re.compile(r"\s+(?:colleagues|engineers|executives|researchers|scientists|employees|veterans|alumni|staffers|managers)\b")
_EVENT_NOUNS = {"conference", "summit", "forum", "expo", "fair", "exhibition", "event", "games", "marathon", "competition", "challenge",
                "contest", "hackathon", "festival", "congress", "convention", "symposium"}
# "It is co-hosted by MIIT and ...": "it" after a sentence about an event is the event
# "It already runs behind the DeepSeek app": only a model (or product) runs, powers or is built on something
_IT_MODEL_VERB = re.compile(r"\s+(?:(?:already|now|still|also)\s+)*(?:runs|powers|combines|pairs|couples|(?:is|was)\s+(?:built|based|trained|fine-tuned|distilled)\s+(?:on|from)"
                            r"|(?:is|was)\s+(?:now\s+)?(?:built|integrated|embedded)\s+into"
                            r"|(?:has|have|had)\s+(?:(?:also|now|already)\s+)*been\s+(?:built|integrated|embedded|added|plugged)\s+(?:into|to))\b")
_ITS_BASE = re.compile(r"Its\s+(?:[\w\-]+\s+)?(?:backbone|base\s+model|foundation\s+model|base|underlying\s+model|starting\s+point)\s+"
                       r"(?:(?:is|was)\s+(?:initiali[sz]ed|built|trained|derived|distilled|fine-tuned|taken)\s+(?:from|on)|is|was|remains|comes\s+from|came\s+from)\s+(?:the\s+|an?\s+)?")
# "Its speech tokenizer is borrowed from CosyVoice 2", "Its traffic module uses iFlytek's Spark model": a part of the
# model or product of the sentence before stands on (or runs) the model it names
_ITS_PART = re.compile(r"Its\s+(?:[\w\-]+\s+){0,3}?(?:module|tokeni[sz]er|encoder|decoder|component|engine|core|backend|brain|planner|layer|pipeline"
                       r"|speech\s+model|language\s+model|vision\s+model|reasoning\s+model|agent)\s+"
                       r"(?:(?P<built>(?:is|was)\s+(?:built\s+on|based\s+on|borrowed\s+from|taken\s+from|adapted\s+from|derived\s+from|fine-tuned\s+from|distilled\s+from)"
                       r"|comes\s+from|came\s+from)|(?P<use>uses|used|runs(?:\s+on)?|calls|relies\s+on|(?:is|was)\s+powered\s+by|(?:is|was)\s+driven\s+by))\s+"
                       r"(?:the\s+|an?\s+)?(?:(?:[A-Z][\w\-]*\s+){0,2}[A-Z][\w\-]*['’]s\s+(?:own\s+)?)?")
# "It combines our Megrez-3B-Instruct language model with a SigLIP-400M vision encoder and the Whisper-large-v3 audio
# encoder", "X pairs a SigLIP vision encoder with Qwen3-8B": the model is built on each of the parts it puts together
_COMBINES = re.compile(r"(?:\s+(?:model|system|chatbot|app|assistant))?"
                       # ("MoYuan-VL is a vision-language model that pairs ...", "X, which combines ...")
                       r"(?:\s*(?:,?\s+(?:is|was)|:)\s+an?\s+(?:[\w\-]+\s+){0,3}?(?:model|system|version|variant)\s+(?:that|which)|\s*,\s+(?:which|that))?"
                       r"\s+(?:(?:also|now|itself)\s+)?(?:combines|pairs|couples|marries|joins)\s+(?:(?:a|an|the|its|our|their|two|three)\s+)?$", re.I)
_PART_GAP = re.compile(r"(?:\s+(?!with\b|and\b)[\w\-]+){0,3}?\s*(?:,\s*(?:and\s+)?|\s+(?:with|and|plus)\s+)(?:(?:a|an|the|its|our|their)\s+)?(?:[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*)?['’]s\s+)?", re.I)
_EVENT_HOSTED = re.compile(r"\s+(?:is|was|will\s+be|has\s+been)\s+(?:(?:also|again|jointly)\s+)?(?:co-)?(?:hosted|organi[sz]ed|sponsored|chaired|attended|run|staged|held)\s+by\b")
# "Its last round, a Series B of 1.2 billion yuan, was led by X": an apposition between the round and its verb
def _is_heading(text: str, end: int) -> bool:
    """Whether a short line without closing punctuation ends at `end` (the line a paragraph's heading is)."""
    start = text.rfind("\n", 0, end) + 1
    line = text[start:end].strip()
    return 0 < len(line) <= 70 and line[-1] not in ".!?:;,\"”" and text[end : end + 1] == "\n"


# "SMEE, the only domestic maker of scanners, will move beyond its SSA600": a name and its closed apposition, then the verb
_APPOSED_SUBJECT = re.compile(r"\s*(?:\([^()]{1,30}\)\s*)?,\s+(?:the|a|an)\s[^,;()]{1,80},\s+(?:(?:will|would|has|had|have|is|was|also|now|still|then|to)\s+)*[a-z]+\s[^,;]{0,60}$")
_EMPLOYER_BEFORE = re.compile(r"\b(?:researcher|engineer|scientist|executive|employee|manager|professor|veteran|director|alumnus|graduate)\s+(?:at|of|from|with)\s+(?:the\s+)?(?:[\w\-.&]+(?:\s+[\w\-.&]+)?['’]s\s+)?$")
_ROUND_APPOSITION = r"(?:\s*,\s+(?:an?|the|worth|which|of|at|its)\s(?:[^,;.\n]|\.(?=\d)){0,60},)?"
_ANAPHOR = re.compile(
    # "He later worked at Google Brain", "In 2016 he co-founded Recurrent AI": a person of the sentence before
    r"\s*(?:(?:(?:In|By|After|Before|Since|Later|Then|Previously|Earlier|Today|Now)\b[^,.;:\n]{0,40}?(?:,\s*|\s+))?(?P<he>(?<![A-Za-z])(?:He|She|he|she|They|they))\s+(?=[a-z])|"
    # ("The report confirms that the model is built on ...": after a reporting clause)
    r"(?:[A-Z][^,.;:\n]{0,60}?\b(?:said|says|confirms|confirmed|noted|notes|added|adds|shows|showed|states|stated|explains|explained)\s+(?:that\s+)?)?"
    r"(?P<desc>(?:The|the|That|This|Those|These)\s+(?:(?!(?:company|firm|startup|model)\b)[\w\-]+\s+){0,2}?(?P<kind>company|firm|startup|start-up|group|lab|developer|chipmaker|carmaker|model|chatbot|app|chip"
    r"|system|assistant|platform|processor|rules|regulations|measures|guidelines|law|plan|policy|initiative|provisions|framework|draft|document|text|notice|circular|standard"
    r"|conference|summit|forum|expo|fair|exhibition|event|games|marathon|competition|challenge|contest|hackathon|festival|congress|convention|symposium)\b(?!['’]))"
    # "The Beijing GPU designer was founded by ...", "By then the startup's backers included ...": a firm named by its trade
    r"|(?:(?:In|By|After|Before|Since|Later|Then|Previously|Earlier|Today|Now)\b[^,.;:\n]{0,40}?(?:,\s*|\s+))?(?P<firm>(?:The|the|That|This)\s+(?:(?!(?:company|firm|startup|model)\b)[\w\-]+\s+){0,2}?"
    r"(?P<trade>company|firm|startup|start-up|designer|maker|giant|unicorn|provider|supplier|manufacturer|automaker|chipmaker|carmaker|unit"
    r"|center|centre|institute|academy|fund|alliance))(?=['’]s\s+(?:backers|investors|shareholders|founder|founders|chief|chairman|chairwoman|president|CEO)\b|\s|,)|(?:(?:In|By|After|Since|Later|Then|Earlier|Today|Now)\b[^,.;:\n]{0,30}?(?:,\s*|\s+))?(?P<it>(?<![A-Za-z])(?:It|it))\s+(?=(?:has|had|also|then|later|recently|already|now|still|runs|powers|uses|combines|pairs|couples|co-developed|developed|built|trained|open-sourced|was|is|released|launched|backed|invested|unveiled|acquired|bought|partnered|cut|said|sold|made|built|won|took|led|set|put|plans|aims|wants|says|offers|offered|lowered|raised|opened|signed|added|expects|expanded)\b)"
    # "The round was led by X", "Investors in the round included X": the firm that raised the round
    # ("A 1.2 billion yuan round was led by ...": an amount makes the indefinite round the firm's)
    r"|(?P<round>(?:(?:The|This|the|this|Its|its)\s+|(?:A|An)\s+(?=[\w\-$.]*\d))(?:[\w\-$.]+\s+){0,4}?(?:round|financing|fundraising|funding|raise|money|capital|cash|investment|Series\s+[A-F]\d?\+?(?=,))"
    r"|(?:Other\s+|New\s+)?(?:[Ii]nvestors|[Bb]ackers|[Pp]articipants)\s+in\s+the\s+(?:[\w\-]+\s+){0,2}?(?:round|financing|funding))"
    r"(?=(?:\s+(?:in|on|last|this)\s+[\w,]+)?" + _ROUND_APPOSITION + r"\s+(?:(?:was|were|has\s+been|had\s+been)\s+(?:co-)?(?:led|backed|joined|anchored|provided|put\s+up)\s+by|include|included|including|were|are|comes?\s+from|came\s+from|drew|attracted|brought\s+in)\s))"
)
# "a State Council push", "an MIIT initiative": a policy noun right after its issuer's name
_POLICY_NOUN_AFTER = re.compile(r"\s+(?:push|initiative|plan|program|programme|campaign|drive|policy|blueprint|strategy|directive|guideline|guidelines|rule|rules|regulation|regulations|measure|measures)\b")
# "has supplied Walker S1 humanoids to carmakers including", "sells the chip to": from a supplier to its customer (a
# stake or a business sold is no supply)
_SUPPLY_GAP = re.compile(
    r"\s+(?:(?:has|have|had|also|now|already|reportedly|since)\s+)*(?:supplied|supplies|supply|sold|sells|sell|ships|shipped|delivered|delivers|deliver)"
    r"\s+(?:(?!(?:and|to|by|which|that|who|its\s+stake|a\s+stake|stakes?|shares|business|unit|division|subsidiary|itself)\b)[\w\-.,]+\s+){1,6}?to\s+"
    r"(?:(?:[a-z][\w\-]*\s+){0,2}?(?:including|such\s+as|like)\s+)?(?:the\s+)?", re.IGNORECASE)
# "CXMT buys etch tools from Naura and AMEC", "We rent capacity from Alibaba Cloud": a customer and its supplier
_BUY_GAP = re.compile(
    r"\s+(?:(?:has|have|had|also|now|already|reportedly|still|mainly|largely|partly)\s+)*(?:buys|bought|buy|sources|sourced|procures|procured|purchases|purchased|rents|rented|leases|leased|orders|ordered)"
    r"\s+(?:(?!(?:and|from|by|which|that|who|its\s+stake|a\s+stake|stakes?|shares|business|unit|division|subsidiary|itself)\b)[\w\-.,]+\s+){1,6}?from\s+(?:the\s+)?", re.IGNORECASE)
# "the National AI Talent Job Fair in Hangzhou on Saturday, organised by X": the event's place and day before the clause
_MADE_IN = r"(?:edited|produced|written|compiled|published)"
_MADE_IN_BEFORE = re.compile(rf"\b{_MADE_IN}\s+in\s+$")
# a title a verb's word opens ("was previously finance director of Tencent", "a fund manager at"): no verb there
_TITLE_NOUN_AFTER_VERB = r"(?:director|directors|chief|officer|head|manager|managers|minister|ministry|controller|department|committee|team|lead)"
_SWITCHED = r"(?:switched|switches|moved|moves|changed|changes|upgraded|upgrades|migrated|migrates)"
# "Lazada, which has switched its LazzieChat ...", "has made Search-R2 the default ...", "another Baowu subsidiary"
_SWITCHED_ITS_BEFORE = re.compile(rf"\b{_SWITCHED}\s+(?:its|their|the)\s+(?:(?-i:[a-z][\w\-]*\s+){{0,3}}?(?-i:app|assistant|service|bot|chatbot|platform|product|tool)\s*,\s+)?$")
_MADE_BEFORE_DEFAULT = re.compile(r"\b(?:made|makes|making|make|set|sets|named|chose|picked)\s+$")
_UNIT_NOUN_NEXT = re.compile(r"\s+(?:subsidiary|unit|arm|division)\b")
# "Jeppesen, a Boeing company,": a firm named as one of its parent's companies
_PARENT_COMPANY_NEXT = re.compile(r"\s+company(?=\s*[,.;)])")
_PUBLISHED_BY_AFTER = re.compile(r"\s+(?:and\s+(?:published|produced)\s+)?by\s")
_ARM_OF_APPOSITION = re.compile(r"\s*,\s+(?:the|a|an|its)\s+(?:[\w\-]+\s+){0,3}?(?:arm|unit|subsidiary|division|affiliate|fund)\s+of\s+(?:the\s+)?")
_SAID_WAS = re.compile(r"\s+(?:has\s+|had\s+)?(?:said|says|claims|claimed|reported|reports|confirmed|confirms)(?=\s+(?:was|is|were|are|had\s+been|has\s+been)\s)")
_WHICH_AFTER_COMMA = re.compile(r"\s*,\s+(?:(?:the|a|an)\s+[^,;()]{1,60}?\s+)?(?:which|that)\s+(?:the\s+)?")
_ORG_TUNED_FROM = re.compile(r"\s+(?:(?:has|had|first|then|later|also)\s+)*(?:fine-tuned|finetuned|forked|adapted|distilled|derived|built|trained|developed)\s+(?:it\s+)?(?:from|on|upon|atop|on\s+top\s+of)\s+(?:the\s+)?")
_HYPHEN_ATTRIBUTE = re.compile(r"-(?:controlled|owned|backed|run|funded|financed|listed|led|affiliated)\s+(?:[a-z][\w\-]*\s+){0,2}?")
_LEADS_AT = re.compile(r"\s*(?:,\s+who\s+|\s+)(?:(?:now|also|currently|previously|once|formerly)\s+)?(?:leads|led|heads|headed|runs|ran|manages|managed|oversees|oversaw|directs|directed|handles|handled|coordinates|coordinated)"
                       r"\s+(?!(?:a|an|the|its)\s+(?:[\w\-]+\s+)?(?:round|investment|deal|team\s+of\s+investors)\b)[^,;.()]{1,80}?\s+at\s+(?:the\s+)?")
_OWNER_GAP = re.compile(r"\s+of\s+(?:the\s+)?|\s*,\s+(?:a|an|the)\s+[^,;()]{1,60}?\s+(?:of|by|at|in|under)\s+(?:the\s+)?")
_LIST_OF_SENTENCE = re.compile(r"\s*,\s+and\s|\s*,?\s*(?:together|along|jointly)\s+with\s")
_AND_A_FORMER = re.compile(r"\s+and\s+(?:a|an)\s+(?:former|onetime|one-time|ex-)\s*")
_WHOSE_GAP = re.compile(r"\s*,\s+whose\s+(?:own\s+)?")
_UNIT_WORD_IN_NAME = re.compile(r"\b(?:School|College|Institute|Department|Faculty|Laboratory|Lab|Center|Centre|Academy)\b")
_ROUND_DREW = re.compile(r"['’]s?\s+(?:[\w\-$.,]+\s+){0,4}?(?:Series\s+[A-H]\+?|round|fundraising|financing)(?:\s+round)?(?:\s*,\s+[^,;()]{1,40}?,)?"
                         r"\s+(?:drew|attracted|drew\s+in|brought\s+in|pulled\s+in|included)\s+(?:the\s+)?(?:[a-z][\w\-]*\s+){0,2}?")
_PAIR_PARTNERSHIP_AFTER = re.compile(r"\s+(?:(?:have|has|will)\s+)?(?:(?:expand|extend|deepen|renew|broaden|strengthen|formali[sz]e|launch|unveil|sign|announce)(?:s|ed|d)?\s+"
                                     r"(?:a\s+|an\s+|their\s+)?(?:[\w\-]+\s+){0,4}?(?:partnership|alliance|cooperation|collaboration|tie-up|joint\s+venture)\b"
                                     # "MSC and Shandong Port Group sign Rizhao feeder deal", "StepFun and X describe each other as partners"
                                     r"|(?:sign|signs|signed|ink|inks|inked|seal|seals|sealed|strike|strikes|struck)\s+(?:a\s+|an\s+|their\s+)?(?:[\w\-]+\s+){0,3}?(?:deal|agreement|pact|contract|memorandum|MoU)\b"
                                     r"|(?:describe|call|see)\s+each\s+other\s+as\s+(?:[\w\-]+\s+)?partners\b)")
_NO_EVIDENCE_BEFORE = re.compile(r"\b(?:no\s+(?:evidence|sign|proof|indication)|not|never|denied|denies|deny)\b[^.;]{0,40}$")
# ("adds Pangu to its maintenance crews")
_INTO_OWN_SYSTEM_AFTER = re.compile(r"\s+(?:model\s+)?(?:(?:into|in|inside|within|across|for|to)\s+(?:its|their)\s+(?:own\s+)?(?:[a-z][\w\-]*\s+){0,2}?(?:system|systems|platform|platforms|apps?|services?|operations|products|software|workflows?|servers?|data\s+cent(?:re|er)s?|hotline|call\s+cent(?:re|er)s?|branches|engine|pipelines?|toolchains?|tools|processes|production\s+lines?|networks?|crews|teams|suite|fleet|functions?|features?|search|assistants?|chatbots?|bots?)\b)")
# "integrated Baguan 2 into the desk software its forecasters use": a host the clause does not name is the subject itself
_INTO_UNNAMED = re.compile(r"(?:\s+(?-i:[a-z])[\w\-]*){0,3}?\s+into\s+(?:the|its|their|a|an)\s+(?:(?-i:[a-z])[\w\-’']*\s*){1,8}(?:[,.;:)]|$)")
_SET_UP_IN = re.compile(r"\s*,?\s+(?:(?:which|that)\s+)?(?:(?:was|is|had\s+been)\s+)?(?:jointly\s+)?(?:(?:co-)?founded|set\s+up|established|started)\s+in\s+")
_POSS_JOINT = re.compile(r"['’]s?\s+")
_USED_BEFORE_BASE = re.compile(r"\b(?:used|uses|use|using|adopted|adopts|took|takes|chose|chooses|picked|picks|selected)\s+(?:the\s+|its\s+)?$")
_AS_ITS_BASE = re.compile(r"(?:\s*,\s+[^,;()]{1,50}?,)?\s+as\s+(?:its|the|their|a)\s+(?:base|base\s+model|foundation(?:\s+model)?|backbone|starting\s+point)\b")
_THINGS_APPEARED_AT = re.compile(r"['’]s?\s+(?:[\w\-]+\s+){0,2}?(?:robots?|humanoids?|robot\s+dogs?|drones?|cars?|vehicles?|team|booth|stand|machines)\s+(?:(?:also|all|both)\s+)?"
                                r"(?:appeared|danced|performed|featured|competed|starred|were\s+shown|was\s+shown|were\s+on\s+show|showed\s+up|took\s+part)\s+(?:at|in|on)\s+")
_ALONGSIDE_FROM = re.compile(r"[^.;,]{0,30}?,?\s+(?:alongside|with|next\s+to)\s+(?:[\w\-]+\s+){0,2}?from\s+(?:the\s+)?")
_ITS_HEAD_COMMA = re.compile(r"\s*(?:[A-Z]:\s*)?Its\s+(?:new\s+|current\s+)?(?P<role>head|director|director-general|chief|president|chairman|chairwoman|minister|commissioner|dean|leader|secretary|party\s+secretary)\s*,\s+")
_BASED_IN_BEFORE = re.compile(r"\bbased\s+in\s+(?:the\s+)?$")
_EVENT_IN_PLACE = re.compile(r"\s+in\s+(?:the\s+)?$")
_DAY_BEFORE_CLAUSE = re.compile(r"^\s+(?:on|in|last|this|early|late)\s+(?:[\w\-]+\s+){0,2}?[\w\-]+(?=\s*,)")
_USED_EVENT_AFTER = re.compile(r"(?:\s+(?:opening|stage|platform|podium|keynote|plenary|launch|spotlight|showcase|sidelines))?\s+(?:to|as)\s")
_AS_AMONG_AFTER = re.compile(r"\s*,?\s+(?:as|among)\s")
# verb forms that are as often nouns ("Baidu's latest updates", "the company's plans")
_NOUN_FORMS = {"updates", "offers", "tests", "sets", "orders", "plans", "passes", "ships", "builds", "designs"}
# "Kunlunxin, Baidu's chip unit, ...", "... by Kunlunxin, Baidu's semiconductor arm."
_POSSESSIVE_APPOSITION = re.compile(r"['’]s\s+(?:(?:[\w\-]+\s+){0,4}?[\w\-]+\s*,|(?:[a-z][\w\-]*\s+){0,3}?[a-z][\w\-]*\s*(?:[.;]|$))")
# "took a 5% stake in", "raised its stake in": a share of a company is an investment in it
_STAKE = (r"(?:take|takes|took|taking|taken|acquire[sd]?|acquiring|buy|buys|bought|buying|hold|holds|held|holding|raise[sd]?|raising"
          r"|increase[sd]?|increasing|buil[dt]s?|building|retain[sd]?|retaining|keep|keeps|kept)\s+(?:an?\s+|its\s+|their\s+)?(?:[\w%.\-]+\s+){0,3}?(?:stake|stakes|shareholding)\s+in")
_IS_GAP = re.compile(r"\s+(?:is|was|remains|has\s+been)\s+(?:also\s+|now\s+)?")
_IN_WHICH = re.compile(r"\s*,\s+in\s+which\s+(?:the\s+)?")
_INVESTED_AFTER = re.compile(r"\s+(?:(?:has|had|have)\s+)?(?:also\s+)?(?:invested|(?:holds?|held|owns?|owned|retains?|retained|keeps?|kept)\s+(?:an?\s+|the\s+)?(?:[\w%.\-]+\s+)?stake)\b")
_WHETHER = re.compile(r"\b(?:whether|if)\s+$", re.IGNORECASE)
_DESCRIBES_NEXT = re.compile(
    r"(?:['’]s?)?[^\S\n]+(?:(?:Chinese|US|American|domestic|local|smaller|bigger|larger|main|key|chief|closest|fellow)[^\S\n]+)?"
    r"(?:rival|rivals|competitor|competitors|peer|peers|challenger|supplier|suppliers|customer|customers|client|clients)[^\S\n]+"
)
_PARTICIPLE_BEFORE = re.compile(
    r",\s+(?:(?:which|that|who)\s+(?:is|was|are|were|has\s+been)\s+)?(?:backed|founded|co-founded|owned|funded|financed|led|run|created|"
    r"established|set\s+up|supported|invested\s+in)\s+by\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_ROUND_GAP = re.compile(r"^(?:\s+(?:in|on|last|this)\s+[\w,]+)?" + _ROUND_APPOSITION + r"\s+(?:(?:was|were|has\s+been|had\s+been)\s+(?:co-)?(?:led|backed|joined|anchored|provided|put\s+up)\s+by"
                        r"|include|included|including|were|are|comes?\s+from|came\s+from|drew|attracted|brought\s+in)\s+(?:the\s+)?$")
# rules applied once a verb before the left name has been seen (see RelationRules._shape_relations); _apply checks the
# classes, so a target of another kind makes nothing
_INTEGRATE_X_INTO = GapRule("integrate_x_into", "integratedInto", MP, MP | ORG, _ANY_GAP, confidence=0.7)
_BUILT_X_ON = GapRule("built_x_on", "basedOn", MP, MP, _ANY_GAP, confidence=0.65)
_CONNECTED_TO_MODEL = GapRule("connected_to_model", "integratedInto", {"AIModel"}, {"Product"}, _ANY_GAP, confidence=0.65)
_ROUND_LED_BY = GapRule("round_led_by", "investedIn", ORG, ACTOR, _ANY_GAP, reverse=True, confidence=0.7)
# "Tang Jie, Tsinghua University professor": a comma and an optional article between a name and what follows
# ", 44" after a person's name, before another comma
# (not before "is" or "was": "Wang Lin, 45, is a former Kuaishou executive" has rules of its own)
_AGE_AFTER = re.compile(r",\s+(?:aged\s+)?\d{2}(?=,\s+(?!(?:is|was|has|had|became|remains)\b))")
_BRACKET_CLOSES = re.compile(r"\s*\)")
_CASE_NAME = re.compile(r"\S\s+vs?\.\s+\S")
_COURT_WORD = re.compile(r"\b(?:Court|Procuratorate|Tribunal)\b")
_AS_ROLE_AFTER = re.compile(r"\s+(?:in\s+\d{4}\s+)?as\s+(?:its\s+|the\s+|a\s+|an\s+)?[a-z]")
_QUOTED_TITLE = re.compile(r"\s*[\"“][^\"”\n]{3,200}[\"”]")
_COMMA_THE = re.compile(r"\s*,\s+(?:(?:a|an|the|former|then|now)\s+)?")
_CORP_ROLE = (
    r"(?:co-)?founder(?:,?\s+(?:and\s+)?(?:chairman|chief\s+executive|CEO))?"
    r"|chief\s+executive(?:\s+officer)?|CEO|chairman|chairwoman|chief\s+technology\s+officer|CTO|chief\s+scientist"
    r"|chief\s+financial\s+officer|CFO|chief\s+operating\s+officer|COO|general\s+manager|founder\s+and\s+chief\s+executive"
    r"|founder\s+and\s+CEO"
)
# a firm's officer's title: the roles above, a president, "senior vice president", "chief marketing officer"
_FIRM_TITLE = rf"(?:(?:senior|executive)\s+)?(?:vice\s+president|president|chief\s+\w+\s+officer|{_CORP_ROLE})"
_ITS_ROLE_BEFORE = re.compile(rf"\b(?:its|their)\s+(?:(?:new|current|own)\s+)?(?P<role>{_CORP_ROLE})(?:\s*,)?\s+$", re.IGNORECASE)
# "Fang Yichen, its co-founder and chief technology officer,"
_ITS_ROLE_APPOS = re.compile(rf"\s*,\s+(?:its|their)\s+(?:(?:new|current|own)\s+)?(?P<role>{_CORP_ROLE})\b", re.IGNORECASE)
# "chief executive Eddie Wu", "Its chief scientist, Tang Jie,", "the chairman and chief executive, Xu Li"
_CORP_TITLE = re.compile(
    rf"\s*(?:(?:the|its|their|the\s+(?:company|firm|startup|group|lab)['’]s)\s+)?(?P<role>{_CORP_ROLE})(?:\s*,?\s+and\s+(?:{_CORP_ROLE}))?(?:\s*,)?\s+",
    re.IGNORECASE,
)
_OBLIQUE_BEFORE = re.compile(r"\b(?:downloaded|available|hosted|listed|published|accessed|offered|found|uploaded|posted)\s+(?:from|on|via|through|onto|at)\s+(?:the\s+)?$")
# "Education Minister ", "Commerce Secretary ", "Foreign Vice Minister " right before a person's name
_PORTFOLIO_TITLE = re.compile(r"\b(?P<topic>(?!Prime\b|Chief\b|First\b|Senior\b|Cabinet\b|State\b)[A-Z][a-z]+(?:\s+(?:and\s+)?[A-Z][a-z]+){0,4}?)\s+"
                              r"(?P<title>(?:Vice\s+|Deputy\s+)?(?:Minister|Secretary))\s+$")
_BASE_BEFORE = re.compile(r"\b(?:on|upon|from|of)\s+(?:(?:its|their|the)\s+(?:own\s+)?)?(?:[A-Z][\w\-.]*(?:\s+[A-Z][\w\-.]*)?['’]s\s+)?$")
_APPOSED_BASE = re.compile(r"\s*,\s+(?:a|an|the)\s+[^,;()]{1,80}?\s+(?:that|which)\s+[^,;()]{1,60}?\s+(?:built|trained|developed|fine-tuned|based|post-trained|distilled)\s+"
                           r"(?:(?:itself|themselves|in-house)\s+)?(?:on|upon|from)(?:\s+top\s+of)?\s+(?:(?:its|their|the)\s+(?:own\s+)?)?"
                           r"(?:[A-Z][\w\-.]*(?:\s+[A-Z][\w\-.]*)?['’]s\s+)?")
_ITS_ORGANISERS_BEFORE = re.compile(r"\b(?:its|the\s+(?:event|conference|forum|summit|expo|fair)['’]s)\s+(?:co-)?(?:organi[sz]ers|hosts|co-hosts|sponsors)\s+(?:include|included|are|were)\s+(?:the\s+)?$")
_PREP_OF_BEFORE = re.compile(r"\b(?:of|at|from|with)\s+(?:the\s+)?$")
_HOLDER_NOUN_AFTER = re.compile(r"\s+(?:shareholder|investor|backer|stakeholder)\b")
_TRAINED_ON = re.compile(r"\b(?:trained|fine-tuned|run|runs|running|served|deployed)\s+(?:\w+\s+){0,3}?(?:on|using)\s+(?:a\s+cluster\s+of\s+)?(?:[\w\-]+['’]s\s+)?$")
_CHIP_NAME = re.compile(r"\b(?:Ascend|H20|H100|H800|A100|A800|B200|Blackwell|Hopper|MI300|Kunlun|Cambricon|MLU|Hygon|DCU|Feixing|Atlas)\b")
_LED_A_ROUND = re.compile(r"\s+(?:(?:also|then|first)\s+)?(?:co-)?(?:led|joined|anchored)\s+(?:a|an|the|its)\s+[^.;]{0,40}?\b(?:round|Series\s+[A-F])")
_BACKER_CHAIN = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:existing|new|other|fellow|returning|longtime|early)\s+(?:shareholders|investors|backers)\s+")
_MONEY_AMOUNT = re.compile(r"\b(?:yuan|dollars|euros|million|billion|trillion|RMB)\b|[$€¥£]\s?\d")
_BACKERS_AFTER = re.compile(r"['’]s\s+(?:(?:early|earliest|biggest|largest|main|existing|other|new|state|strategic|outside|major|key|first)\s+){0,2}(?:backers|investors|shareholders)\b")
_VERB_AFTER_COMMA = re.compile(r",\s+(?:(?:all|both|each|also|then|later|have|has|had|jointly|together)\s+)*(?:put|invested|backed|funded|led|co-led|joined|took|bought|acquired|hired|appointed|named|poached|recruited)\b")
_COORD = re.compile(r"^\s*,?\s+and\s+(?=(?:has|have|had|was|were|is|also|then|later|recently|run|led|headed|chaired|backed|funded|owned|controlled)\b)", re.IGNORECASE)
_DATELINE = re.compile(r"(?:,\s*[A-Z][a-z]+\.?\s+\d{1,2})?\s*(?:\([A-Za-z ]{2,20}\)\s*)?(?:--|—|–|-)\s")
# what opens a relative clause or an apposition after a name: ", which ...", ", a Beijing-based startup ..."
_CLAUSE_OPEN = re.compile(
    r"\s*(?:\([^()]{1,40}\)\s*)?,\s*(?:which|who|whose|a|an|the|our|its|their|another|one\s+of|itself|(?:founded|backed|owned|based|funded|led|run|spun\s+off|created|"
    r"established|set\s+up|headquartered)\s+(?:by|in|from|with)?"
    # ", spun out of Tsinghua University in 2019,", ", incubated at Zhejiang University,", ", formerly known as X,"
    r"|(?:spun\s+out\s+of|incubated\s+(?:at|by|in)|(?:formerly|previously|also)\s+known\s+as|listed\s+in|valued\s+at|born\s+(?:in|out\s+of))"
    # (", once a vice-president of MSRA,", ", formerly the head of ...,")
    r"|(?:once|formerly|previously|now|then)\s+(?:a|an|the)"
    r")\b",
    re.IGNORECASE,
)


def _apposition_run(text: str, groups: list[Group], k: int, types: set[str] | None = None) -> list[Group]:
    """Group k and the groups listed after it past their appositions ("Office Raccoon, a data-analysis assistant, and Code
    Raccoon"), each of `types` when given."""
    run = [groups[k]]
    while k + 1 < len(groups) and (types is None or groups[k + 1].types & types) and _AS_ARE_NEXT.fullmatch(text, groups[k].end, groups[k + 1].start):
        k += 1
        run.append(groups[k])
    return run


class RelationRules:
    def __init__(self, entries=(), lexicon: dict | None = None):
        lex = lexicon or load_lexicon()
        self.last_participants: list[Mention] = []
        self._presented: list[tuple[Mention, Mention]] = []  # (product, person) an executive presented in the sentence
        self.recent_person: Mention | None = None  # the last person named in the document so far (for "he", "she")
        v = lex["verbs"]
        role = phrase_regex(lex["roles"]["words"])
        # ("Zhipu AI, where Zhang Peng is chief executive": the role the person has there)
        where_role = re.compile(rf"\s+(?:is|was|has\s+been|had\s+been|serves\s+as|served\s+as|works\s+as|worked\s+as)\s+(?:the\s+|its\s+|a\s+|an\s+)?(?:[\w\-]+\s+){{0,2}}?(?:{role})\b", re.IGNORECASE)
        title = phrase_regex(lex["roles"]["titles"])
        self.negation = negation_regex(lex["cues"]["negation"])
        self.demonyms = dict(lex.get("demonyms", {}))
        self.demonym_target = re.compile(
            rf"[^.;]{{0,80}}?\b(?:aimed\s+at|designed\s+to|meant\s+to|intended\s+to|to)?\s*(?:counter(?:ing)?|curb(?:ing)?|contain(?:ing)?|restrict(?:ing)?|limit(?:ing)?|target(?:ing)?|block(?:ing)?)"
            rf"\s+(?:the\s+)?(?:\w+\s+)?(?P<demonym>{phrase_regex(self.demonyms)})\s+[a-z]"
        )
        self.demonym_re = re.compile(
            r"\b(" + phrase_regex(self.demonyms) + r")\s+(?:" + title + "|" + role + r")\s+$", re.IGNORECASE
        )

        dev = verbs_regex(v["develop"])
        heads = phrase_regex(lex["cues"]["model_head"] + lex["cues"]["product_head"])
        maker_kind = re.compile(rf"[^\S\n]+(?:[\w\-]+[^\S\n]+)?(?:{heads})s?\b(?![^\S\n]+(?:{heads}|maker|team|unit|lab|rival)\b)", re.IGNORECASE)
        issue = verbs_regex(v["issue"])
        invest = verbs_regex(v["invest"])
        acquire = verbs_regex(v["acquire"])
        partner = verbs_regex(v["partner"])
        deal = rf"{verbs_regex(v['partner_deal_verbs'])}\s+(?:an?\s+|the\s+|its\s+|their\s+)?(?:[\w\-]+\s+){{0,3}}?{phrase_regex(v['partner_deal_nouns'])}"
        # ("signed a cooperation agreement on AI standards with ...": the deal's topic before its party)
        deal += r"(?:\s+(?:on|for|covering)\s+(?:(?-i:[a-z][\w\-]*|AI|IT|5G|6G|EV)\s+){0,3}?(?-i:[a-z][\w\-]*|AI|chips?))?"
        involve = verbs_regex(v["involve"])
        # "Alibaba said it would invest in Zhipu", "the way it referenced Llama2": "it" as the subject of a verb
        it_verbs = verbs_regex(v["develop"] + v["invest"] + v["acquire"] + v["partner"] + v["integrate_reverse"] + v["based_on"])
        self.it_subject = re.compile(
            rf"\b[Ii]t(?=\s+(?:(?:would|will|had|has|have|also|then|later|recently|already|previously|first|jointly)\s+)*(?:{it_verbs}|struck|signed|announced|agreed|formed|teamed|reached|joined|took|won|raised|received|secured|closed)\b"
            # "it is funded by High-Flyer", "it was co-founded by Liu Zhiyuan": a passive with its agent
            rf"|\s+(?:is|was|has\s+been|had\s+been)\s+(?:(?:also|now|still|largely|wholly|mainly|entirely|solely|partly)\s+)?(?:backed|funded|financed|owned|controlled|led|run|headed|chaired|founded|co-founded|acquired|developed|built|made)\s+by\b)"
        )
        dev_p = _passive_regex(v["develop_passive"])
        # a bare "by" / "from" only right after the name ("the rules by the CAC"): after other words it is any
        # passive ("the measures, criticised by Baidu")
        issued_after = re.compile(rf"(?:\s+(?:has|had|have|also|first|jointly|formally|officially))*\s+{issue}\b(?!\s+by\b)")
        issue_p = _passive_regex([p for p in v["issue_passive"] if p not in ("by", "from")])
        inv_n = phrase_regex(v["invest_nouns"])
        inv_p = phrase_regex(v["invested_passive"])
        investors = phrase_regex(v["investor_nouns"])
        # "X counts A, B and C among its investors": read after the second group
        self.among_investors = re.compile(rf"\s+(?:among|as)\s+(?:its|their)\s+(?:[\w\-]+\s+){{0,3}}?{investors}\b", re.IGNORECASE)
        # "to integrate X into Y", "embedding X into Y"
        self.integrate_before = re.compile(r"\b(?:integrat\w*|embed\w*|incorporat\w*|build(?:s|ing)?|built|put(?:s|ting)?|bring(?:s|ing)?|brought|add(?:s|ed|ing)?|plug(?:s|ged|ging)?|wir(?:e|es|ed|ing)|fold(?:s|ed|ing)?|fit(?:s|ted|ting)?|install(?:s|ed|ing)?|mount(?:s|ed|ing)?)\s+(?:both\s+|all\s+)?(?:the\s+|its\s+(?:own\s+)?|their\s+(?:own\s+)?|an?\s+(?:[\w\-]+\s+){0,3}?(?:called|named|dubbed)\s+)?(?:(?-i:[A-Z])[\w\-.]*(?:\s+(?-i:[A-Z])[\w\-.]*){0,2}['’]s?\s+)?$", re.IGNORECASE)
        # (past the model's own head noun: "added its Ying video generator to the Qingyan app")
        self.into_gap = re.compile(r"^(?:(?:\s+[a-z][\w\-]*)?\s+(?:model|models|generator|assistant|chatbot|agent|engine|feature|features|capabilities|chip|chips|processor|processors|cards?|accelerators?|modules?|GPUs?|NPUs?|boards?|support|actuators?|hands?|sensors?|components?|motors?))?"
                                   r"\s+(?:into|in|to|behind|inside)\s+(?:the\s+|its\s+|their\s+|an?\s+)?(?:(?:[a-z][\w\-]*\s+){0,2}(?:[a-z][\w\-]*,?\s+)?|(?:[a-z][\w\-]*\s+){1,2}of\s+(?:the\s+|its\s+|their\s+))$")
        self.investors_of = re.compile(rf"\b{investors}\s+(?:in|of)\s+(?:the\s+)?$", re.IGNORECASE)
        self.include_gap = re.compile(r"^\s+(?:include|includes|included|including|are|were)\s+(?:the\s+)?$", re.IGNORECASE)
        # "Zhou Kexin, a Comate product manager at Baidu": a product named inside a person's title
        self.product_role = re.compile(rf"\s+(?:[\w\-]+\s+){{0,2}}?(?P<role>{role}|engineer|researcher|scientist|manager|designer|developer|lead)\s+(?:at|of|for|with)\s+(?:the\s+)?$", re.IGNORECASE)
        # "Its director is Zhao Qiming", "The new chief executive is Fang Lijuan": the role of the body the sentence before named
        self.its_role_is = re.compile(rf"\s*(?:Its|Their|The\s+(?:new|current|founding|incoming)|Its\s+(?:new|current|founding|incoming))\s+(?P<role>{role}|{title})\s+(?:is|was|will\s+be|has\s+been)\s+$", re.IGNORECASE)
        # ("Unitree Robotics founder Wang Xingxing": a title before a name is that name's)
        title_end = r"(?=\s*(?:[,;.)]|$)|\s+(?:of|at|for|in|since|who|from)\b)"
        self.org_title_after = org_title_after = re.compile(
            rf"\s+(?:(?-i:[a-z][\w\-]*)\s+){{0,2}}?(?i:{role})(?:{title_end}|(?=\s+and\s+(?:(?-i:[a-z][\w\-]*)\s+){{0,2}}?(?i:{role}){title_end}))")
        self.role_mod = re.compile(rf"^['’]?s?\s+(?:(?-i:[A-Z][a-z]+)\s+)?(?:(?-i:[a-z][\w\-]*)\s+){{0,2}}?(?:{role}|{title}|executive|engineer|researcher|scientist|employee|veteran|official)s?\s+$", re.IGNORECASE)
        self.onto_list = re.compile(
            # ("added Zhipu AI, a Beijing model developer, to the Entity List": past an apposition)
            r"^(?:\s*,\s+(?:a|an|the)\s+[^,;]{1,60},(?=\s+(?:to|on)\s))?(?P<passive>\s*,?\s+(?:(?:which|that|who)\s+)?(?:was|were|has\s+been|have\s+been|had\s+been|is|are|will\s+be)\s+(?:(?:also|both|all|each|later|then|since)\s+)*(?:added|placed|put|blacklisted)(?:\s+\w+){0,3}?"
            # "Moore Threads is on the US Entity List", "has been on the list since 2023"
            r"|\s*,?\s+(?:(?:which|that|who)\s+)?(?:is|are|was|were|remains|remain|has\s+been|have\s+been|had\s+been)(?:\s+(?:already|also|still|both|all))?(?=\s+on\b)"
            # ("Biren Technology and Moore Threads, both already on the US Entity List")
            r"|\s*,\s+(?:both|all|each)(?:\s+(?:already|also|still|now))?(?=\s+on\b))?"
            r"\s*,?\s+(?:to|on)\s+(?:the\s+|its\s+|a\s+|their\s+)?(?:(?:US|U\.S\.|American|Chinese|trade|export)\s+)?$",
            re.IGNORECASE,
        )
        # ("added 140 Chinese entities, including Naura")
        self.adds_before = re.compile(r"\b(?:add|adds|added|adding|place|places|placed|placing|put|puts|putting|blacklist\w*)\s+(?:[\w\-]+,?\s+){0,5}?$", re.IGNORECASE)
        self.counts_gap = re.compile(r"(?:(?:^|,|\band)\s+(?:(?:a|an|the)\s+(?:[\w\-]+\s+){0,4}?(?=(?:which|that)\s))?|^(?:\s+(?-i:[a-z][\w\-]*)){1,3}\s+(?=(?:which|that)\s))(?:(?:which|that|who)\s+)?(?:also\s+)?(?:(?:has|have|had)\s+(?:long\s+|also\s+)?)?(?:counts|counted|lists|listed|names|named)\s+(?:the\s+)?(?:(?!among\b|as\b)[\w\-]+\s+){0,3}?$", re.IGNORECASE)
        acq_n = phrase_regex(v["acquire_nouns"])
        unit = phrase_regex(v["unit_nouns"])
        parent = phrase_regex(v["parent_nouns"])
        based = phrase_regex(v["based_on"])
        basis = phrase_regex(v["basis_of"])
        integ = phrase_regex(v["integrate"])
        integ_r = phrase_regex(v["integrate_reverse"])
        target = phrase_regex(v["target"])

        word = r"[\w\-’'“”\"]+,?"
        adj = rf"(?:(?!(?:in|into|onto|on|of|for|with|to|by|and|or|from|at|as|is|was|has|have|had|its|their|his|her|our|via|than|{_BLOCK})\b){word}\s+)"
        # an apposition ("StepFun, a Shanghai-based startup, rolled out") then up to 3 words before the verb
        pre = (
            r"(?:\s*\([^()]{1,40}\))?"  # an abbreviation: "the National Development and Reform Commission (NDRC) released"
            # "the CAC and three other agencies issued": the co-issuers it does not name
            r"(?:\s*,?\s+(?:and|with|together\s+with|along\s+with)\s+(?:\w+\s+){0,2}?other\s+(?:government\s+|central\s+|state\s+)?(?:agencies|ministries|regulators|departments|bodies|authorities|government\s+bodies)\b,?)?"
            rf"(?:(?:\s*,\s+(?:a|an|the|its|two|three|four|both|which|who|another|one)\s+[^,;]{{1,60}},)?"
            # "Cambricon and Moore Threads said they had worked with Zhipu": the subject's own report of what it did
            r"(?:\s+(?:said|says|say)\s+(?:that\s+)?(?:it|they)(?:\s+(?:had|has|have))?(?=\s+(?:also\s+|jointly\s+|already\s+)?\w+ed\b))?"
            rf"(?:\s+(?!{_BLOCK}\b)[\w\-’'.]+){{0,3}}?"
            # "X, on Friday, issued", "X, meanwhile, released": after a comma only auxiliaries, adverbs and a date
            r"|\s*[,|–—](?:\s+(?:which|that|who|(?:both|all|each)\s+of\s+(?:which|whom)|has|have|had|also|then|jointly|later|recently|officially|formally|today|yesterday|on|in|last|this|earlier"
            r"|early|late|year|month|week|meanwhile|however|separately|likewise|similarly|instead|quietly|finally|too|for\s+its\s+part|in\s+turn"
            r"|(?-i:[A-Z][a-z]+\.?)|\d{1,4}(?:st|nd|rd|th)?),?){0,6}?)"
        )
        tail = rf"(?:\s+(?!{_BLOCK}\b){word}){{0,7}}?\s*[,:]?\s*[“\"]?"  # up to 7 words after it
        # "China's science ministry drafts ethics rules": a finite verb between them ends the possessive
        finite = phrase_regex({f for e in v["develop"] + v["issue"] for f in finite_forms(e)} - _NOUN_FORMS)
        poss = rf"^['’]s?\s+(?:(?!{finite}\b){adj}){{0,3}}[“\"]?$"
        self.possessive = _c(poss)
        # document state the sentences share (reset per document by RelationComponent)
        self.last_investors: set[str] = set()  # who invested, in the sentence before
        self.last_investees: list[Mention] = []  # who was invested in, in the sentence before
        self._investees_before: list[Mention] = []
        self._raiser: Mention | None = None  # the firm that raised money in the sentence before
        self._across: list[Mention] | None = None  # the last sentence of the paragraph before
        self._founded: Mention | None = None  # the firm whose founder was named last ("His co-founders ...")
        self._pact_parties: list[Mention] = []  # the parties of an unnamed pact in the sentence before ("the agreement between A and B")
        self._investors_before: set[str] = set()
        self._raiser_before: Mention | None = None
        self._text = ""  # the document text of the sentence being read
        self._voice_org: Mention | None = None  # in an interview's answers, the organisation the interviewee speaks for
        self._topic_org: Mention | None = None  # the last firm that opened a sentence
        self._topic_model: Mention | None = None  # the last model that opened a sentence
        self._topic_before: Mention | None = None  # the same, before the current sentence
        self._recent_orgs: list[Mention] = []  # the organisations named so far, last 40
        self._recent_policies: list[Mention] = []  # the policies named so far, last 20
        self._opening_people: list[Mention] = []  # the people the sentence before opened with ("A and B ...")
        self._they_others: list[Mention] = []  # the others of them, when "they" stands for the first
        self._page_subject: Mention | None = None  # the firm a page is about (its milestones, its funding rounds)
        box = lex.get("infobox", {})
        self.infobox_keys: dict[str, tuple[str, bool]] = {}
        for group, pred, from_member in (("member_affiliated", "affiliatedWith", True), ("member_invested", "investedIn", True),
                                         ("member_developed", "developer", True), ("member_subsidiary", "subsidiaryOf", True),
                                         ("subject_subsidiary", "subsidiaryOf", False), ("subject_developer", "developer", False),
                                         ("subject_based", "basedOn", False), ("subject_issuer", "issuedBy", False),
                                         ("subject_involves", "involves", False)):
            self.infobox_keys.update(dict.fromkeys(box.get(group, ()), (pred, from_member)))
        self.infobox_subject_keys = set(box.get("subject_names", ()))
        table = lex.get("table", {})
        self.table_keys = dict(self.infobox_keys)
        for group, pred, from_member in (("member_invested", "investedIn", True), ("subject_developer", "developer", False),
                                         ("subject_issuer", "issuedBy", False), ("member_models", "developer", True)):
            self.table_keys.update(dict.fromkeys(table.get(group, ()), (pred, from_member)))
        self.table_subject_keys = set(table.get("subject_names", ()))
        self.rules: list[GapRule] = [
            # developer
            GapRule("possessive_developer", "developer", ACTOR, MP, _c(poss), reverse=True, last_only=True),
            # "Qingyun's main product is Agent Studio", "the lab's best-known model is X": what a body's own product is
            GapRule("possessive_product_is", "developer", ORG, MP,
                    _c(r"^['’]s?\s+" + _OWN_PRODUCT_IS + "$"),
                    reverse=True, confidence=0.65, last_only=True),
            GapRule("verb_developer", "developer", ACTOR, MP, _c(rf"^(?!.*\b(?:on|onto|to|for|across|via|through|into|inside|in|with)\s+(?:the\s+|its\s+)?$){pre}\s+{dev}(?:\s+and\s+{dev})?\b(?!\s+by\b){tail}$"), reverse=True, carry=True),
            # "NowcastNet, developed with the CMA", "Tsinghua's model, co-developed with SenseTime": a co-developer
            GapRule("developed_with", "developer", MP, ORG,
                    _c(r"^\s*,\s+(?:(?:which\s+(?:was|is)|that\s+(?:was|is)|first|jointly|originally)\s+)*(?:co-)?(?:developed|built|trained|created|designed|released)"
                       r"\s+(?:jointly\s+|together\s+)?with\s+(?:the\s+)?$"), confidence=0.6),
            # "the Wuhan AI Computing Center, which was built with Huawei": an organisation built with a firm is its partner
            GapRule("built_with_partner", "partnerOf", ORG - {"GovernmentAgency"}, ORG - {"GovernmentAgency"},
                    _c(r"^\s*,\s+(?:(?:which|that)\s+(?:was|were|is|has\s+been)\s+)?(?:jointly\s+|first\s+|originally\s+)?(?:co-)?(?:built|set\s+up|established|constructed|developed)"
                       r"\s+(?:jointly\s+|together\s+)?with\s+(?:the\s+)?$"), confidence=0.6),
            GapRule("passive_developer", "developer", MP, ACTOR, _c(rf"^(?:{_WHICH_PASSIVE}|(?:\s*[,:])?(?:\s+(?!{_BLOCK}\b|and\b){word}){{0,7}}?)\s+{dev_p}(?:\s+(?!{_BLOCK}\b){word}){{0,4}}?\s+$")),
            # bare "from"/"by" only right after the name or its apposition: "ChatGPT from OpenAI", "Yi, a model from 01.AI"
            GapRule("from_developer", "developer", MP, ACTOR, _c(rf"^(?:\s*,\s*(?:also|likewise|too)\s+|\s*,\s*(?:a|an|the|its)\s+(?:(?!{_BLOCK}\b|and\b|to\b|on\b|in\b)[\w\-]+\s+){{0,6}}?|(?:\s+(?:{heads}s?|comes|came|come|is|was))?\s+)(?<!forked\s)(?<!derived\s)(?<!distilled\s)(?<!adapted\s)(?<!fine-tuned\s)(?<!trained\s)(?:from|by)\s+(?:(?!{_BLOCK}\b)[\w\-]+\s+){{0,3}}?$"),
                    # ("rents Ascend 910B accelerators from China Telecom's local data centre": a place it is rented from)
                    guard=lambda text, s, left, right: not _FACILITY_AFTER.match(text, right.end)),
            # "SigLIP 2, a Google model", "the HX-1, an Inspur server": the firm named as a modifier of the thing's kind made it
            GapRule("appositive_maker", "developer", MP, ORG - {"GovernmentAgency"}, _c(r"^\s*,\s+(?:a|an|another|the)\s+(?:(?:earlier|older|newer|rival|smaller|larger|open|open-source|open-weight|new)\s+)?$"),
                    confidence=0.6, last_only=True, guard=lambda text, s, left, right: bool(maker_kind.match(text, right.end))),
            # "Kuaishou, which runs the rival Kling service": the firm that runs a named service or app made it
            GapRule("runs_service", "developer", ACTOR - PERSON, MP,
                    _c(r"^\s*,\s+(?:which|that)\s+(?:(?:also|now|still|already)\s+)?(?:runs|operates|ran|operated)\s+(?:the\s+|its\s+)?(?:(?-i:[a-z][\w\-]*)\s+){0,2}?$"),
                    reverse=True, confidence=0.6, guard=lambda text, s, left, right: bool(_SERVICE_AFTER.match(text, right.end))),
            # "Qinchuan Guide, the travel assistant of Shaanxi Tourism Group": a model or product named as a firm's own
            GapRule("head_of_developer", "developer", MP, ACTOR, _c(rf"^\s*,\s*the\s+(?:(?!{_BLOCK}\b|and\b|of\b|for\b|in\b|on\b)[\w\-]+\s+){{0,3}}?(?:{heads})s?\s+of\s+(?:the\s+)?$"), confidence=0.6),
            # "Qwen3-Coder came out July 22 from Alibaba's Qwen team", "M arrived last week from Zhipu": a release with
            # its time, then where it came from
            GapRule("came_out_from", "developer", MP, ACTOR, _c(r"^\s+(?:(?:came|comes|has\s+come)\s+out|arrived|debuted|landed)"
                                                                r"(?:\s+(?:on|in|last|this|early|late|earlier)?\s*[A-Z]?[a-z]+\.?(?:\s+\d{1,2}(?:,\s*\d{4})?)?)?\s+from\s+(?:the\s+)?$")),
            # "Baidu, whose Ernie 5 tops the benchmark": the possessor made it
            GapRule("whose_developer", "developer", ACTOR, MP, _c(rf"^\s*,\s+(?:(?:the|a|an)\s+(?!(?:[\w\-]+\s+){{0,4}}?(?:of|for|with|at|by)\s)(?:[\w\-]+\s+){{0,4}}?(?:company|firm|start-?up|group|maker|developer|giant|lab|supplier|provider|vendor|designer)\s*,?\s+)?whose\s+(?:(?:own|new|latest|flagship|popular)\s+)?(?:(?:[\w\-]+\s+){{0,2}}?(?:{heads})\s*(?:,\s+)?)?$"), reverse=True, confidence=0.65, last_only=True),
            # "Tencent is behind Hunyuan-T1", "Zhipu, the developer of GLM-4.5": who stands behind a model made it
            GapRule("developer_noun", "developer", ACTOR, MP, _c(r"^(?:\s*,\s*|\s+(?:is|was|are|were)\s+(?:also\s+)?)(?:the\s+)?(?:behind|(?:company|firm|startup|lab|team|group)\s+behind|(?:developer|maker|creator|owner)\s+of"
                                                                   # ("Fourier, the Shanghai-based maker of the GR-2 humanoid")
                                                                   r"|(?:(?!(?:and|or|former|largest|biggest)\b)[\w\-]+\s+){1,3}?(?:developer|maker|creator)\s+of)\s+(?:the\s+)?(?:(?-i:[a-z][\w\-]*)\s+){0,3}?$"), reverse=True, confidence=0.7),
            # "Alibaba-backed Moonshot AI", "Tencent-owned X", "Baidu-developed Y", "ChatGPT maker OpenAI"
            GapRule("hyphen_backed", "investedIn", ACTOR, ORG, _c(r"^-(?:backed|funded|financed|invested)\s+(?:[\w\-]+\s+){0,3}?$"), confidence=0.7),
            GapRule("hyphen_owned", "subsidiaryOf", ORG, ORG, _c(r"^-(?:owned|controlled|run|operated)\s+(?:[\w\-]+\s+){0,3}?$"), reverse=True, confidence=0.7),
            GapRule("hyphen_developed", "developer", ACTOR, MP, _c(r"^-(?:developed|built|made|designed|created|trained|made)\s+(?:[\w\-]+\s+){0,3}?$"), reverse=True, confidence=0.7),
            # "Brainmu was developed together with teams at Peking University and Tianjin University": co-developers
            # ("Fengshun, a subseasonal model it developed with Fudan": a clause whose subject is a pronoun, with its partner)
            GapRule("developed_with", "developer", MP, ACTOR - PERSON, _c(r"^(?:(?:\s*,\s+(?:a|an|the|its)\s+[^,;]{1,60},)?\s+(?:was|were|has\s+been|had\s+been|is|are)"
                                                                       r"|\s*,\s+(?:a|an|the)\s+(?:[\w\-]+\s+){0,4}?(?:(?:that|which)\s+)?(?:it|they|we)\s+(?:had\s+|has\s+|have\s+)?"
                                                                       # ("Zorvex-2, a model developed with Tencent": a reduced relative)
                                                                       r"|\s*,\s+(?:a|an|the)\s+(?:(?!(?:by|with|of|for|from|that|which)\b)[\w\-]+\s+){0,4}?(?=(?:jointly\s+)?(?:developed|built|trained|created|designed)\s))"
                                                                       r"\s*(?:jointly\s+|also\s+)?(?:developed|built|trained|created|designed)\s+"
                                                                       r"(?:jointly\s+|together\s+)?with\s+(?:(?:teams?|researchers|scientists|groups?|colleagues|partners)\s+(?:at|from)\s+)?(?:the\s+)?$"), confidence=0.65),
            GapRule("maker_of_product", "developer", MP, ACTOR, _c(r"^\s+(?:maker|developer|creator|owner|parent|operator|provider|designer|builder|publisher)\s+$"), confidence=0.7),
            GapRule("company_behind", "developer", ACTOR, MP, _c(r"^\s*,\s+(?:the|a|an)\s+(?:[\w\-]+\s+){0,3}?(?:company|firm|startup|start-up|lab|developer|maker|team|group)\s+(?:behind|(?:that|which)\s+(?:(?:earlier|also|first|previously|once|already)\s+)?(?:makes|made|built|developed|created|released|launched))\s+(?:the\s+)?(?:[\w\-]+\s+){0,2}?[“\"]?$"), reverse=True, confidence=0.7),
            GapRule("parent_of_org", "subsidiaryOf", ORG, ORG, _c(r"^\s+(?:parent|owner|parent\s+company)\s+$"), confidence=0.65),
            # "Hangzhou Lingxin Microelectronics, and its parent, Zhejiang Yuanhe Holdings": the unit named with its parent
            GapRule("and_its_parent", "subsidiaryOf", ORG - {"GovernmentAgency"}, ORG,
                    _c(r"^\s*,?\s+(?:and|or|as\s+well\s+as)\s+its\s+(?:(?:state-owned|listed|Hong\s+Kong-listed|former)\s+)?(?:parent|parent\s+company|parent\s+group|owner|holding\s+company|controlling\s+shareholder)\s*,?\s+(?:the\s+)?$"),
                    confidence=0.6, last_only=True),
            # "BAAI, led by director Wang Zhongyuan", "the lab, which is headed by chief scientist X"
            # "Zhang Jianzhong, who used to run Nvidia's business in China", "Liu ran part of Bosch's chassis-control business"
            GapRule("ran_firms_business", "affiliatedWith", PERSON, ORG - {"GovernmentAgency"},
                    _c(r"^(?:\s*,\s+who)?\s+(?:(?:had|has|once|previously|earlier|also)\s+)*(?:used\s+to\s+(?:run|lead|head|manage)|ran|led|headed|managed|oversaw|built)\s+(?:part\s+of\s+)?$"),
                    confidence=0.6, guard=lambda text, s, left, right: bool(_FIRMS_BUSINESS_AFTER.match(text, right.end))),
            # "In 2019 he was elected to the Chinese Academy of Engineering", "was elected a foreign member of the Royal Society"
            GapRule("elected_to", "affiliatedWith", PERSON, ORG - {"Company"}, _c(r"^\s+(?:(?:was|were|has\s+been|had\s+been|is)\s+)?(?:also\s+|later\s+)?elected\s+"
                                                                         r"(?:(?:as\s+)?(?:an?\s+)?(?:[\w\-]+\s+)?(?P<role>member|academician|fellow)\s+of|to)\s+(?:the\s+)?$"), role_group="role", confidence=0.6),
            # "Tang Weiqi, who joined from HiSilicon", "Zhou Bo joined from Huawei's 2012 Laboratories": where the person was before
            GapRule("joined_from", "affiliatedWith", PERSON, ORG - {"GovernmentAgency"},
                    _c(r"^(?:\s*,\s+who)?\s+(?:(?:had|has|later|first)\s+)?(?P<role>joined|came|moved|defected)\s+(?:\w+\s+){0,2}?from\s+(?:the\s+)?$"), role_group="role", confidence=0.55),
            # "the Labeling Measures, which our ministry issued with the CAC, the MPS and the NRTA": the co-issuers named after "with"
            GapRule("our_body_issued_with", "issuedBy", POLICY, ISSUER - PLACE,
                    _c(r"^\s*,\s+which\s+(?:our|the)\s+(?:ministry|agency|commission|administration|bureau|department|office)\s+(?:(?:had|has|also|first)\s+)?(?:jointly\s+)?"
                       r"(?:issued|released|published|drafted|unveiled|promulgated)\s+(?:\w+\s+){0,3}?(?:together\s+|jointly\s+)?with\s+(?:the\s+)?$"), confidence=0.6),
            # "Jeffrey Kessler, the under secretary who heads BIS": the body the described person heads
            GapRule("who_heads", "affiliatedWith", PERSON, ORG, _c(r"^\s*,\s+(?:the|a|an|its)\s+(?:(?!(?:and|or|but)\b)[\w\-]+\s+){0,4}?(?:who|that)\s+(?:(?:now|also|currently|still|has|had|have)\s+)*"
                                                              r"(?:heads|headed|leads|led|runs|ran|chairs|chaired|directs|directed|oversees|oversaw|overseen|run)\s+(?:the\s+)?$"), confidence=0.65),
            GapRule("led_by", "affiliatedWith", ORG, PERSON, _c(rf"^\s*(?:\([^()]{{1,40}}\)\s*)?,?\s+(?:(?:a|an|the)\s+(?:(?!(?:and|or|but)\b)[\w\-’']+\s+){{0,6}}?)?(?:(?:which|that)\s+)?(?:(?:is|was|has\s+been|will\s+be|is\s+to\s+be|is\s+now|are)\s+)?(?:led|headed|run|chaired)\s+by\s+(?:its\s+|the\s+)?(?:former\s+|ex-)?(?:(?:founding\s+|current\s+|new\s+)?(?P<role>{role}|{title})\s+)?$"), reverse=True, role_group="role", confidence=0.7),
            GapRule("founded_by", "affiliatedWith", ORG, PERSON, _c(r"^\s*,?\s+(?:(?:is|was)\s+)?(?:(?:a|an|the)\s+(?:[\w\-]+\s+){0,5}?)?(?:(?:which|that)\s+)?(?:(?:was|is|had\s+been)\s+)?(?:jointly\s+)?(?P<role>(?:co-)?founded|set\s+up|established|started)\s+(?:in\s+[A-Z][\w\-']*(?:\s+[A-Z][\w\-]*){0,2}\s+)?(?:in\s+(?:\w+\s+)?\d{4}\s+|(?:last|this)\s+(?:year|month|spring|summer|autumn|winter)\s+|\d+\s+years\s+ago\s+)?by\s+(?:former\s+|ex-)?(?:(?:chief\s+executive|chief\s+scientist|chief\s+technology\s+officer|chairman|chairwoman|president|CEO|CTO|professor|Professor)\s+)?$"), reverse=True, role_group="role", confidence=0.75),
            # "a company set up in 2023 with backing from UBTech and Xiaomi", "Zhipu AI, with funding from Tencent, ..."
            GapRule("with_backing_from", "investedIn", ORG - {"GovernmentAgency"}, ACTOR, _c(r"^(?:\s*,\s+(?:a|an|the)\s+[^,;]{1,60}?|\s*,?\s+(?:(?:which|that)\s+)?(?:(?:was|is|were|had\s+been|has\s+been)\s+)?(?:founded|set\s+up|established|created|launched|started|formed|spun\s+(?:off|out))(?:\s+(?:in|on)\s+[\w ,]{1,20}?)?|\s*,)?\s+with\s+(?:(?:financial|early|initial|seed|state|strategic|the)\s+)?(?:backing|funding|investment|investments|capital|money|financing)\s+(?:from|by|of)\s+(?:the\s+)?$"), reverse=True, confidence=0.65),
            GapRule("raised_from", "investedIn", ORG, ACTOR, _c(r"^(?:\s*,\s+(?:a|an|the|which|who)\s+[^,;]{1,60},|\s*,(?=\s+(?:has\s+|had\s+)?(?:raised|closed)\s)|\s*,\s+(?:which|that)(?=\s))?\s+(?:has\s+|had\s+|have\s+)?(?:(?:also|later|then|since|subsequently|previously|earlier|both|all|each|jointly)\s+)*(?:raised|raises|closed|closes|(?:secured|secures|received|receives|drew|draws|attracted|attracts|took|takes|taken|accepted)(?=.*?(?:fund|financ|invest|capital|backing|money|cash|yuan|dollar|euro|[$€¥£]|million|billion|\d\s*(?:m|bn)\b|round|series|inject)))\s+(?:[\w$€¥£.,\-()+]+\s+){0,11}?(?:from|(?:co-)?led\s+by|backed\s+by|anchored\s+by)\s+(?:(?:investors|backers|a\s+group(?:\s+of\s+investors)?|a\s+consortium|a\s+syndicate)\s+(?:(?:that|which)\s+included?|including|such\s+as)\s+)?(?:the\s+)?(?:(?:[a-z][\w\-]*\s+)?(?:giant|maker|carmaker|automaker|chipmaker|conglomerate|group|fund|investor|firm)\s+)?$"), reverse=True, confidence=0.7),
            # issuedBy
            # "Kai-Fu Lee's 01.AI": a person's company is one they lead or founded
            GapRule("possessive_person_org", "affiliatedWith", PERSON, ORG - {"GovernmentAgency"}, _c(r"^['’]s?\s+(?:(?:own|new|quant|hedge|venture|investment|research|AI|tech|robotics|chip)\s+){0,2}(?:startup\s+|company\s+|firm\s+|fund\s+|lab\s+|venture\s+|group\s+)?$"), confidence=0.6, last_only=True),
            # "the Zorvex Pact, a three-way accord between Japan, India and France": the parties adopted it
            GapRule("agreement_between", "issuedBy", POLICY, ISSUER, _c(r"^(?:\s*,?\s+(?:(?:the|a|an)\s+)?(?:[\w\-]+\s+){0,3}?)?\s*(?:agreement|pact|treaty|accord|deal|compact|alliance)\s+(?:(?:signed|reached|struck|concluded)\s+)?(?:between|among)\s+(?:the\s+)?$"), confidence=0.65),
            GapRule("possessive_issuer", "issuedBy", ISSUER | PERSON, POLICY, _c(poss), reverse=True, last_only=True),
            # "the CAC-led Interim Measures", "MIIT-issued guidelines": the body before "-led" issued the policy
            GapRule("hyphen_led_policy", "issuedBy", ISSUER, POLICY, _c(r"^-(?:led|issued|drafted|authored)\s+(?:(?-i:[a-z][\w\-]*)\s+){0,2}?$"), reverse=True, confidence=0.65),
            GapRule("verb_issuer", "issuedBy", ISSUER | PERSON, POLICY, _c(rf"^{pre}\s+(?:jointly\s+)?{issue}(?:\s+and\s+{issue})?\b(?!\s+by\b){tail}$"), reverse=True, carry=True),
            # "the Regulations on the Protection of Minors Online, which the State Council put out in 2023": the body of
            # the relative clause whose verb issues the policy
            GapRule("relative_issuer", "issuedBy", POLICY, ISSUER - {"Place"}, _c(r"^\s*,?\s+(?:which|that)\s+(?:the\s+)?$"), confidence=0.6,
                    guard=lambda text, s, left, right: bool(issued_after.match(text, right.end))),
            # "the State Council's guideline on the AI Plus initiative": the body's document on the policy issues it
            GapRule("guideline_on", "issuedBy", ISSUER, POLICY, _c(r"^['’]s?\s+(?:[\w\-]+\s+){0,2}?(?:guidelines?|opinions?|document|notice|circular|decision|implementation\s+plan)\s+(?:on|for)\s+"
                                                                 r"(?:(?:implementing|deepening|promoting|advancing|carrying\s+out)\s+)?(?:the\s+)?$"), reverse=True, confidence=0.6),
            # "the AI Plus initiative, a State Council push", "the rules, an MIIT effort to ...": the body whose policy it is
            # "the FinTech Development Plan (2022-2025) of the People's Bank of China": a body's own document
            GapRule("policy_of_body", "issuedBy", POLICY, ISSUER - PLACE - PERSON, _c(r"^(?:\s*\([^()]{1,20}\))?\s+of\s+the\s+$"), confidence=0.6),
            GapRule("apposition_issuer", "issuedBy", POLICY, ORG, _c(r"^\s*,\s+(?:an?|the)\s+(?:(?:new|recent|latest|flagship|major|landmark|national|central)\s+)?$"),
                    confidence=0.6, guard=lambda text, s, left, right: bool(_POLICY_NOUN_AFTER.match(text, right.end))),
            # "The guidelines were issued in mid-2024 by MIIT, the CAC, the NDRC and SAC": a date between the verb and "by"
            GapRule("passive_issuer_dated", "issuedBy", POLICY, ISSUER, _c(r"^(?:\s*,)?\s+(?:(?:was|were|is|are|has\s+been|have\s+been|had\s+been)\s+)?(?:jointly\s+)?(?:issued|published|released|promulgated|adopted|drafted|unveiled|approved|revised|introduced|enacted|passed)\s+(?:in|on)\s+(?:(?:early|mid|late)[\s\-]?)?(?:[A-Z][a-z]+\s+)?(?:\d{1,2},?\s+)?(?:19|20)\d\d,?\s+(?:jointly\s+)?by\s+(?:the\s+)?$"), confidence=0.7),
            # "the 863 Program, the State Council's high-technology plan", "Vision 2030, the diversification programme Saudi
            # Arabia launched in 2016": a policy's issuer named in the apposition that says what the policy is
            GapRule("policy_apposition_issuer", "issuedBy", POLICY, ISSUER, _c(rf"^\s*,\s+the\s+(?:(?:[\w\-]+\s+){{0,3}}?{_POLICY_KIND}\s+(?:that\s+|which\s+)?)?$"),
                    confidence=0.6, last_only=True, guard=_apposition_names_issuer),
            GapRule("passive_issuer", "issuedBy", POLICY, ISSUER | PERSON, _c(rf"^(?:\s*\((?:19|20)\d\d\s*[-–]\s*(?:19|20)?\d\d\))?(?:(?:{_WHICH_PASSIVE}|(?:\s*,|\s+[–—-])?(?:\s+(?!{_BLOCK}\b|and\b(?!\s+(?:issued|published|released|promulgated|jointly)\b)){word}){{0,5}}?(?:\s+as)?)\s+(?:jointly\s+)?{issue_p}|(?:\s*,)?\s+(?:by|from))(?:\s+(?:two|three|four|five|six|seven|eight|nine|ten|several)\s+(?:bodies|agencies|departments|ministries|regulators|authorities)\s*:)?"
                                                                                        # ("issued with six other bodies, among them the NDRC", "by the same three bodies together with the NRTA")
                                                                                        r"(?:\s+(?:the\s+same\s+)?(?:two|three|four|five|six|seven|eight|nine|ten|several|\d)\s+(?:other\s+)?(?:bodies|agencies|departments|ministries|regulators|authorities)\s*,?\s+(?:together\s+with|along\s+with|among\s+them|including|such\s+as))?"
                                                                                        rf"\s+(?:the\s+)?(?:(?-i:{_OFFICE})\s+)?"
                                                                                        # ("jointly issued by our ministry, the MIIT and the NDA": the speaker's body, then the others;
                                                                                        # "issued by the commission together with the NATCM": the body named before, then its partners)
                                                                                        rf"(?:(?:(?:our|my)\s+(?:ministry|agency|commission|administration|bureau|department|office|committee)\s*,?\s+(?:and\s+)?"
                                                                                        r"|(?-i:commission|ministry|administration|agency|bureau|department|office|committee|regulator|government)\s+(?:together|along|jointly)\s+with\s+)(?:the\s+)?)?$")),
            # "the Model AI Law, drafted by a team at the Chinese Academy of Social Sciences": the team's institution
            GapRule("passive_issuer_team", "issuedBy", POLICY, ORG, _c(rf"^(?:\s*,)?\s+(?:(?:which|that)\s+(?:was|were)\s+)?(?:jointly\s+)?{issue_p}\s+(?:a\s+(?:[\w\-]+\s+)?(?:team|group|panel)|(?:[\w\-]+\s+)?(?:researchers|scholars|experts|academics|lawyers|officials))\s+(?:at|from|of|led\s+by)\s+(?:the\s+)?$"), confidence=0.65),
            # targets
            # "the plan names Unitree and Deep Robotics as chain leaders", "lists Haier and BYD among its pilot enterprises":
            # what a policy picks out, it targets
            GapRule("policy_names_as", "targets", POLICY, ANY - POLICY - EVENT, _c(r"^(?:\s*\((?:19|20)\d\d\s*[\-–]\s*(?:19|20)\d\d\))?\s*,?\s+(?:also\s+)?(?:names|named|lists|listed|designates|designated|selects|selected|picks|picked|singles\s+out|singled\s+out)\s+(?:the\s+)?$"),
                    confidence=0.6, guard=lambda text, s, left, right: bool(_AS_AMONG_AFTER.match(text, right.end))),
            # "the labeling rules cover consumer chatbots such as Doubao and Kimi"
            GapRule("policy_covers_such_as", "targets", POLICY, ANY - POLICY - EVENT, _c(r"^(?:\s+(?:measures|rules|regulations|provisions|guidelines|standard|law|plan))?\s+(?:(?:also|now|even|would|will|must|could)\s+)*(?:cover|covers|covered|apply\s+to|applies\s+to|applied\s+to|reach|reaches|bind|binds|require|requires|required|oblige|obliges|obliged)\s+(?:(?!but\b|not\b)[\w\-]+\s+){0,8}?(?:such\s+as|like|including|from)\s+(?:the\s+)?$"),
                    confidence=0.6),
            GapRule("policy_targets", "targets", POLICY, ANY - POLICY, _c(rf"^(?:\s*,(?=\s+(?:which|that)\s))?(?:\s+(?!and\b)[\w\-]+){{0,5}}?\s+(?:that\s+|which\s+)?{target}\s+(?:the\s+)?"
                                                                          # ("apply to chatbots like ERNIE Bot", "target chipmakers such as SMIC")
                                                                          r"(?:(?:[\w\-]+\s+){1,3}?(?:such\s+as|like|including)\s+(?:the\s+)?)?$"), confidence=0.7,
                    # ("appeared on the State Council's work plan", "posted on the NDRC website": an agency's page, not a target)
                    guard=lambda text, s, left, right: not (right.types <= {"GovernmentAgency"} and _AGENCY_PAGE_AFTER.match(text, right.end))),
            # investedIn
            GapRule("passive_invest", "investedIn", ORG, ACTOR, _c(rf"^(?:\s*,\s+(?:a|an|the)\s+(?:[\w\-]+\s+){{0,4}}?|\s+(?:is|was)\s+(?:a|an)\s+(?:[\w\-]+\s+){{0,4}}?(?:fund|firm|company|start-?up|lab|unit|vehicle|developer|maker)\s+|(?:\s*,)?\s+)(?:(?:which|that)\s+)?(?:(?:itself|themselves)\s+)?(?:(?:is|was|are|has|have|had)\s+)?(?:been\s+)?(?:(?:also|still|now|largely|mainly|mostly|partly|wholly|reportedly)\s+)?{inv_p}\s+(?:(?:the|a|an|its)\s+)?(?:[\w\-]+\s+){{0,3}}?$"), reverse=True),
            # "Alibaba Cloud led a funding round that valued 01.AI at more than US$1 billion"
            GapRule("round_that_valued", "investedIn", ORG, ORG - {"GovernmentAgency"}, _c(r"^\s+(?:(?:also|later|then)\s+)?(?:led|co-led|joined|took\s+part\s+in|participated\s+in|invested\s+in)\s+(?:a|an|the)\s+(?:[\w$.\-]+\s+){0,5}?(?:round|financing|investment)\s+(?:that|which)\s+valued\s+(?:the\s+)?$"), confidence=0.65),
            GapRule("investors_include", "investedIn", ORG, ACTOR, _c(rf"^(?:['’]s?\s+(?:[\w\-]+\s+){{0,2}}?|\s*,?\s+(?:(?:a|an|the)\s+[^,;]{{1,60}}?\s+)?(?:whose|its|their)\s+){investors}\s+(?:(?:already|also|now|still|then|reportedly|by\s+then)\s+)?(?:(?:are|were)\s+(?:said|reported|believed|understood)\s+to\s+include|include|includes|included|including|are|were|is|was|remains|remained)\s+(?:the\s+)?$"), reverse=True),
            # "Qingyu's earlier backers, Legend Capital and Hillhouse Investment, will see their holdings diluted"
            GapRule("possessor_backers_apposition", "investedIn", ORG, ACTOR, _c(rf"^['’]s?\s+(?:(?:earlier|existing|early|other|current|previous|first|main|biggest|largest|key|two|three|four|state|state-owned)\s+){{0,2}}{investors}\s*,\s+(?:the\s+)?$"), reverse=True, confidence=0.65),
            # "JD.com has invested in three embodied-AI start-ups: LimX Dynamics, Spirit AI and EngineAI"
            # "China Mobile, which also holds about 10 percent of iFLYTEK's shares", "Tencent owns 12% of Zhipu AI"
            GapRule("holds_percent_of", "investedIn", ACTOR, ORG, _c(r"^(?:\s*,\s+(?:the|a|an)\s+[^,;]{1,60},)?\s*,?\s+(?:(?:which|that|who)\s+)?(?:(?:also|still|now|already|reportedly)\s+)?(?:(?:has|have|had)\s+(?:(?:also|long|since)\s+)?(?=held|owned|controlled))?(?:holds|held|owns|owned|controls|controlled|has|had)\s+"
                                                                     r"(?:(?:about|around|roughly|nearly|almost|some|more\s+than|over|less\s+than|under|a)\s+)?(?:[\d.]+\s*(?:%|percent|per\s+cent)|(?:a|one)\s+(?:third|quarter|fifth|tenth)|half|two\s+thirds|(?:a\s+)?(?:majority|minority|controlling)\s+stake|a\s+(?:small|large|big|sizeable|significant)\s+stake)(?:\s+stake)?\s+(?:of|in)\s+(?:the\s+)?$"), confidence=0.65),
            # "CICC advised Meitu on the deal", "King & Wood Mallesons acted for Lingxi Vision": a deal's advisers are partners
            GapRule("advised_on_deal", "partnerOf", ORG - {"GovernmentAgency"}, ORG - {"GovernmentAgency"},
                    _c(r"^\s+(?:(?:also|has|had|have|jointly)\s+)*(?P<v>advised|acted\s+for|acted\s+as\s+(?:an?\s+|the\s+)?(?:[\w\-]+\s+)?(?:adviser|advisor|counsel|sponsor|underwriter)s?\s+(?:to|for))\s+(?:the\s+)?$"),
                    confidence=0.6, guard=lambda text, s, left, right: "acted" in text[left.end : right.start] or bool(_ON_THE_DEAL.match(text, right.end))),
            # "Mobvoi's Hong Kong IPO was sponsored by CMB International and Guotai Junan International": a deal's
            # sponsors and arrangers work for the firm
            GapRule("deal_arranged_by", "partnerOf", ORG - {"GovernmentAgency"}, ORG - {"GovernmentAgency"},
                    _c(r"^['’]s?\s+(?:[\w\-]+\s+){0,3}?(?:IPO|listing|flotation|offering|share\s+sale|placement|bond\s+issue|spin-?off)\s+(?:was|were|is|will\s+be|has\s+been|had\s+been)\s+"
                       r"(?:jointly\s+|also\s+)?(?:sponsored|underwritten|arranged|handled|managed|advised\s+on)\s+by\s+(?:the\s+)?$"), confidence=0.6),
            # "Alibaba is an investor in both Moonshot AI and Zhipu AI"
            GapRule("is_investor_in", "investedIn", ACTOR - PERSON, ORG, _c(r"^\s+(?:is|was|are|were|has\s+been|have\s+been|remains|remained|became|becomes)\s+(?:also\s+|now\s+|already\s+|still\s+)?(?:an?|the)\s+"
                                                                         r"(?:(?:early|earlier|major|big|key|lead|leading|strategic|minority|large|important|existing)\s+)?(?:investor|backer|shareholder)\s+in\s+(?:both\s+)?(?:the\s+)?$"), confidence=0.65),
            # "Tencent and Qiming invested several hundred million US dollars in StepFun": an amount between the verb and "in"
            GapRule("invested_amount_in", "investedIn", ACTOR, ORG - {"GovernmentAgency"},
                    _c(r"^(?:\s+(?:also|jointly|together|have|has|had|each|all|both|reportedly)){0,3}\s+(?:invested|invests|invest|put|puts|poured|pours|pumped|injected|injects)\s+(?:[\w$€¥£.,\-]+\s+){1,8}?(?:into|in)\s+(?:the\s+)?$"),
                    confidence=0.65, guard=lambda text, s, left, right: _MONEY_AMOUNT.search(text, left.end, right.start) is not None),
            # "the Hefei Institutes of Physical Science of the Chinese Academy of Sciences": a body of a body
            GapRule("body_of_body", "subsidiaryOf", {"ResearchInstitution", "Organization", "GovernmentAgency"}, ORG, _c(r"^\s+of\s+(?:the\s+)?$"), confidence=0.6,
                    last_only=True, guard=lambda text, s, left, right: text[right.end : right.end + 2] not in ("'s", "’s")),
            # "Fulin Precision, a maker of motor parts that is also an AgiBot shareholder", "Tencent is an early Zhipu investor"
            GapRule("is_a_firms_shareholder", "investedIn", ACTOR - PERSON, ORG - {"GovernmentAgency"},
                    _c(r"^(?:\s*,\s+(?:a|an|the)\s+[^,;()]{1,80}?\s+(?:that|which)\s+|\s+)(?:is|was|are|were|became|remains)\s+(?:also\s+|now\s+|already\s+|still\s+)?an?\s+(?:(?:early|major|big|key|existing|minority|strategic|large)\s+)?$"),
                    confidence=0.65, guard=lambda text, s, left, right: _HOLDER_NOUN_AFTER.match(text, right.end) is not None),
            # "Zhihu, one of ModelBest's earliest investors": an apposition naming the firm the subject backs
            GapRule("one_of_backers", "investedIn", ACTOR - PERSON, ORG - {"GovernmentAgency"}, _c(r"^\s*,\s+(?:one\s+of\s+|among\s+|an?\s+|the\s+)$"), confidence=0.65,
                    guard=lambda text, s, left, right: _BACKERS_AFTER.match(text, right.end) is not None),
            # "Xuanji's other co-founder is Fang Yuxin", "Tencent's chief scientist is X"
            GapRule("possessive_role_is", "affiliatedWith", ORG, PERSON, _c(rf"^['’]s?\s+(?:(?:other|new|current|founding|incoming)\s+)?(?P<role>{role}|{title})\s+(?:is|was|will\s+be|has\s+been)\s+$"),
                    reverse=True, role_group="role", confidence=0.65),
            # "Tencent led a Series C in Zhipu AI" (the lettered round, then the firm right after "in")
            GapRule("led_series_in", "investedIn", ACTOR, ORG - {"GovernmentAgency"}, _c(r"^(?:\s*,\s+(?:the|a|an)\s+[^,;]{1,60},)?\s+(?:(?:has|have|had|also)\s+)*(?:co-)?(?:led|leads|joined|anchored)\s+(?:a|an|the)\s+(?:[\w\-$.,]+\s+){0,4}?(?:Series\s+[A-F]\+?\d?|Pre-[A-F]\+?|(?:seed|angel|funding|financing|strategic)\s+round|round)\s+(?:round\s+)?(?:in|into|for|of)\s+(?:the\s+)?$"), confidence=0.7),
            # "BYD, Hillhouse and the state-owned Lingang Group are among AgiBot's backers"
            GapRule("among_backers", "investedIn", ACTOR - PERSON, ORG, _c(r"^\s+(?:(?:are|were|is|was)\s+(?:also\s+|now\s+|already\s+)?|,\s+)(?:among|one\s+of)\s+(?:the\s+)?$"), confidence=0.65,
                    guard=lambda text, s, left, right: _BACKERS_AFTER.match(text, right.end) is not None),
            # "Kunlun Tech, the Beijing-based company that controls the browser maker Opera": the firm it controls is its own
            GapRule("that_controls", "subsidiaryOf", ORG - {"GovernmentAgency"}, ORG - {"GovernmentAgency"},
                    _c(r"^\s*,\s+(?:the|a|an)\s+[^,;()]{1,60}?\s+(?:that|which)\s+(?:now\s+|also\s+)?(?:controls|owns)\s+(?:the\s+)?(?:(?-i:[a-z][\w\-]*)\s+){0,3}?$"),
                    reverse=True, confidence=0.6),
            # "the State Key Laboratory of Blockchain and Data Security at Zhejiang University": a lab at its university
            GapRule("unit_at_school", "subsidiaryOf", ORG - {"GovernmentAgency", "Company"}, {"ResearchInstitution"}, _c(r"^\s+at\s+(?:the\s+)?$"), confidence=0.55,
                    guard=lambda text, s, left, right: bool(_UNIT_WORD_IN_NAME.search(left.members[-1].text)) and not _UNIT_WORD_IN_NAME.search(right.members[0].text.split(" ")[0])
                    and text[right.end : right.end + 1] not in "'’"),  # ("at the CAS' Institute of Automation": the institute's)
            # "The NDA, set up in 2023 under the NDRC", "TC260 ... sits under the SAC": the body a body belongs to
            GapRule("set_up_under", "subsidiaryOf", ORG, ORG, _c(r"^(?:\s*\([^()]{1,15}\))?(?:\s*,\s+(?:the|a|an)\s+[^,;()]{1,80}?(?=\s+(?:that|which)\s))?\s*,?\s+(?:(?:which|that)\s+)?(?:(?:was|is|were|are)\s+)?(?:(?:set\s+up|established|created|formed)(?:\s+in\s+(?:\w+\s+)?\d{4})?\s+under"
                                                              r"|(?:sits|sit|sat|works|work|worked|operates|operate|operated)\s+under|(?:reports|reported|answers|answered|answer)\s+to|(?:is\s+|was\s+)?(?:administered|supervised)\s+by)\s+(?:the\s+)?$"), confidence=0.6,
                    guard=lambda text, s, left, right: text[right.end : right.end + 1] not in "'’"),  # ("under the State Council's guidance")
            # "Huawei launched Xiaoyi, the assistant inside its HarmonyOS Next system": the product the apposition puts it in
            GapRule("apposition_inside", "integratedInto", MP, {"Product"}, _c(r"^\s*,\s+(?:the|an?)\s+(?:[\w\-]+\s+){0,2}?(?:assistant|feature|agent|chatbot|model|engine|copilot|tool|function|helper)\s+(?:in|inside|within|built\s+into)\s+(?:its\s+|the\s+|their\s+)?$"), confidence=0.6),
            # "HongShan and IDG Capital, early backers of Moonshot": an apposition that names the backers
            GapRule("backers_apposition", "investedIn", ACTOR - PERSON, ORG, _c(r"^\s*,\s+(?:(?:both|all|two|three|four)\s+)?(?:(?:an?|the|its|their)\s+)?(?:(?:early|earlier|existing|longtime|long-time|major|main|big|biggest|largest|key|lead|leading|strategic|first|initial|other|state|venture)\s+){0,2}"
                                                                          r"(?:backers?|investors?|shareholders?|funders?)\s+(?:of|in)\s+(?:the\s+)?$"), confidence=0.65),
            GapRule("invested_in_list", "investedIn", ACTOR, ORG, _c(r"^\s+(?:(?:has|have|had|also|since|recently)\s+)*(?:invested|taken\s+stakes?)\s+in\s+(?:(?:at\s+least\s+)?[\w\-]+\s+){0,4}?"
                                                                     r"(?:start-?ups|companies|firms|makers|developers|businesses|labs|ventures)\s*(?::|,\s+(?:including|among\s+them))\s+(?:the\s+)?$"), confidence=0.65),
            GapRule("verb_invest", "investedIn", ACTOR, ORG, _c(rf"^(?!.*\b(?:received|receives|got|gets|won|wins|secured|secures|attracted|drew|raises|raised|raising|raise)\s+(?:\w+\s+)?(?:backing|funding|financing|investment|funds|money|capital)\b){pre}\s+(?:{invest}(?!\s+by\b)(?!\s+{_TITLE_NOUN_AFTER_VERB}\b)|invest(?:s|ed|ing)?\s+(?:[\w\-$.,]+\s+){{1,6}}?(?:in|into)|(?:put|puts|putting|pour\w*|pump\w*|inject\w*|plough\w*|plow\w*|sank|sink\w*)\s+(?:[\w\-$.,]+\s+){{1,6}}?into|{_STAKE}|(?:co-)?(?:lead|leads|led|leading|join|joins|joined|joining)\s+(?:[\w\-$.,]+\s+){{0,5}}?(?:round|investment|funding|financing)s?\s+(?:of\s+(?:[\w\-$.,]+\s+){{1,5}}?)?(?:in|into|for)|(?:an?\s+)?{inv_n}|(?:announc\w+|mak\w+|made|complet\w+)\s+(?:an?\s+)?(?:\w+\s+)?{inv_n})(?:\s+(?!{_BLOCK}\b)(?!(?:led|co-led|backed)\s+by\b)[\w\-$.,]+){{0,7}}?\s+$"), carry=True),
            # "ByteDance's new video model, called Seedance 1.0": the possessor made the model it names
            GapRule("possessive_called", "developer", ACTOR, MP, _c(rf"^['’]s\s+(?:[\w\-]+\s+){{0,4}}?(?:{heads})s?\s*,?\s+(?:called|named|dubbed|known\s+as|branded)\s+[“\"]?$"), reverse=True, confidence=0.7, last_only=True),
            # "Tencent's investment arm has taken stakes in Moonshot AI": what the arm invests in, its owner does
            GapRule("possessor_arm_invest", "investedIn", ACTOR, ORG, _c(rf"^['’]s\s+(?:[\w\-]+\s+){{0,2}}?(?:arm|unit|fund|division|affiliate)(?:\s+(?:has|have|had|also|recently|previously))*\s+(?:{invest}(?!\s+by\b)|{_STAKE}|invest(?:s|ed)?\s+(?:[\w\-$.,]+\s+){{1,6}}?in)\s+(?:the\s+)?$"), confidence=0.65, last_only=True),
            # "Sinovation was an early investor in Horizon Robotics", "A and B are shareholders in C"
            # "Qiming Venture Partners, an early investor in Zhipu AI,"
            # "Alibaba subscribed to US$250 million of convertible bonds issued by Meitu"
            GapRule("subscribed_bonds", "investedIn", ACTOR - PERSON, ORG - {"GovernmentAgency"}, _c(r"^\s+(?:has\s+|had\s+|have\s+)?(?:also\s+)?subscribed\s+(?:to|for)\s+(?:[\w$€¥£.,\-]+\s+){0,6}?(?:bonds|shares|notes|stock|equity)\s+(?:issued\s+by|in|of)\s+(?:the\s+)?$"), confidence=0.65),
            GapRule("investor_apposition", "investedIn", ACTOR, ORG, _c(r"^\s*,\s+(?:an?|the|one\s+of\s+the)\s+(?:[\w\-]+\s+){0,2}?(?:investors?|backers?|shareholders?)\s+(?:in|of)\s+(?:the\s+)?$"), confidence=0.7),
            # "Fortune Capital, an investor since Heshu's Series A": a backer since one of the firm's rounds
            GapRule("investor_since_round", "investedIn", ACTOR - PERSON, ORG, _c(r"^\s*,\s+(?:an?|the)\s+(?:[\w\-]+\s+){0,2}?(?:investor|backer|shareholder)\s+since\s+(?:the\s+)?$"),
                    confidence=0.65, guard=lambda text, s, left, right: bool(self.round_after.match(text, right.end))),
            # "Zhipu, whose chief executive is Zhang Peng": the firm's officer named after its title
            GapRule("whose_role_is", "affiliatedWith", ORG, PERSON, _c(rf"^\s*,\s+whose\s+(?:(?:current|new|founding|acting|interim)\s+)?(?P<role>{role}|{title})\s+(?:is|was|has\s+been)\s+$"),
                    reverse=True, role_group="role", confidence=0.65),
            GapRule("investor_in", "investedIn", ACTOR, ORG, _c(r"^\s+(?:is|was|are|were|has\s+been|have\s+been|became|become|remains|remain)\s+(?:all\s+|also\s+|both\s+|now\s+)?(?:(?:reported|said|believed|understood)\s+to\s+be\s+)?(?:an?\s+|among\s+the\s+|one\s+of\s+the\s+)?(?:[\w\-]+\s+){0,2}?(?:investors?|backers?|shareholders?|stakeholders?)\s+(?:in|of)\s+(?:the\s+)?$"), confidence=0.7),
            # "AgiBot raised $300 million in a round led by Tencent"
            # "Zhipu said on Monday that its Series B round was led by Tencent": the firm's own round, reported
            GapRule("round_led_by", "investedIn", ORG, ACTOR, _c(r"^\s*,?\s+(?:(?:said|says|announced|confirmed|disclosed)\s+(?:on\s+\w+\s+|last\s+\w+\s+)?(?:that\s+)?)its\s+(?:[\w\-$.]+\s+){0,5}?(?:round|financing|funding|Series\s+[A-F]\d?\+?)" + _ROUND_APPOSITION + r"\s+(?:was|had\s+been|has\s+been)\s+(?:co-)?led\s+by\s+(?:the\s+)?$"), reverse=True, confidence=0.7),
            GapRule("round_led_by", "investedIn", ORG, ACTOR, _c(r"^\s*,?\s+(?:which\s+|that\s+)?(?:(?:said|says|announced|confirmed|disclosed)\s+(?:on\s+\w+\s+|last\s+\w+\s+)?(?:that\s+)?(?:it|the\s+(?:company|firm|start-?up))\s+)?(?:has\s+|had\s+|have\s+)?(?:raised|secured|closed|completed|received|announced|won|took|raises|secures|closes|completes|lands|landed)\s+(?:[\w\-$.,€£¥]+\s+){0,9}?(?:round|funding|financing|investment|capital)s?\s*,?\s+(?:(?:[\w\-$.,]+\s+){0,8}?(?:led|co-led|backed|joined)\s+by|(?:that|which)\s+(?:also\s+)?(?:included|includes|drew|attracted|involved))\s+(?:the\s+)?$"), reverse=True, confidence=0.75),
            # "... led by Shenzhen Capital Group, with participation from Prosperity7": the raiser is the sentence's subject
            GapRule("round_participation", "investedIn", ORG, ACTOR, _c(r"^\s*,?\s+(?:and\s+)?with\s+(?:additional\s+|further\s+)?(?:participation|investment|funding|backing)\s+(?:from|by|of)\s+(?:the\s+)?$"), reverse=True, confidence=0.65, carry=True, carry_only=True),
            # "Zhiyue was founded in 2022 by former Alibaba engineers and is backed by Hillhouse": the subject's second predicate
            GapRule("and_backed_by", "investedIn", ORG, ACTOR, _c(r"^(?:\s+(?-i:[a-z])[\w\-]*){0,3}\s*,?\s+and\s+(?:is|was|are|were|has\s+been|have\s+been|had\s+been)\s+(?:(?:also|now|since|already)\s+)*(?:backed|funded|financed|bankrolled)\s+by\s+(?:the\s+)?$"),
                    reverse=True, confidence=0.65, carry=True, carry_only=True),
            GapRule("noun_invest", "investedIn", ACTOR, ORG, _c(rf"^\s*,?\s*(?:\w+\s+){{0,3}}?(?:similar\s+|earlier\s+|previous\s+)?{inv_n}\s+(?:[\w\-]+\s+){{0,3}}?$"), carry=True, carry_only=True, confidence=0.7),
            # subsidiaryOf
            # ("the medical unit of Chinese voice-AI company iFlytek": a descriptive head before the parent's name)
            # "Chery Automobile, a partner of Horizon Robotics since 2021"
            GapRule("partner_apposition", "partnerOf", ORG, ORG, _c(r"^\s*,?\s+(?:(?:is|was|are|were|became|becomes|remains|remained|makes|made)\s+)?(?:now\s+|also\s+)?(?:a|an|the|its|their)\s+(?:[\w\-]+\s+){0,2}?(?:partner|ally|collaborator|customer|client|supplier)s?\s+(?:of|to|for)\s+(?:the\s+)?$"), confidence=0.6),
            # "StepFun's partners include Geely Auto and China Mobile"
            GapRule("partners_include", "partnerOf", ORG, ORG, _c(r"^['’]s?\s+(?:[\w\-]+\s+){0,2}?(?:partners|customers|clients|allies)\s+(?:include|included|including|are|were)\s+(?:the\s+)?$"), confidence=0.6),
            # "the Qwen team at Alibaba Cloud", "the Seed team of ByteDance": a team or lab named with its firm
            # "the Bureau of Industry and Security (BIS) of the US Department of Commerce": an agency's bureau
            GapRule("agency_of_agency", "subsidiaryOf", {"GovernmentAgency"}, {"GovernmentAgency"}, _c(r"^\s*(?:\([^()]{1,20}\)\s*)?,?\s+(?:of|under|within)\s+(?:the\s+)?$"), confidence=0.65),
            GapRule("team_at", "subsidiaryOf", ORG - {"GovernmentAgency"}, ORG - {"GovernmentAgency"}, _c(r"^\s+(?:at|of|within|inside)\s+(?:the\s+)?$"), confidence=0.6,
                    guard=lambda text, s, left, right: bool(_TEAM_NAME.search(left.members[-1].text))),
            # "Dongfeng Motor's premium brand Voyah": a firm's brand is its unit
            GapRule("possessive_brand", "subsidiaryOf", ORG - {"GovernmentAgency"}, ORG - {"GovernmentAgency"}, _c(r"^['’]s?\s+(?:[\w\-]+\s+){0,3}?(?:brand|sub-brand|marque)\s+$"),
                    reverse=True, confidence=0.6, last_only=True),
            # "the European AI Office inside the European Commission": a body inside another belongs to it
            GapRule("body_inside", "subsidiaryOf", ORG, ORG, _c(r"^\s+(?:inside|within)\s+(?:the\s+)?$"), confidence=0.55),
            # "A and B, both departments of the provincial government": every body of the list is a unit
            GapRule("both_units_of", "subsidiaryOf", ORG, ORG, _c(r"^\s*,\s+(?:both|all|each)\s+(?:[\w\-]+\s+){0,2}?(?:departments|units|subsidiaries|arms|agencies|bureaus|divisions|affiliates|parts|offices)\s+of\s+(?:the\s+)?$")),
            # "the Embodied AI Ethics Committee, which was set up last year under the AIIA", "run under the NDRC"
            GapRule("set_up_under", "subsidiaryOf", ORG, ORG, _c(r"^(?:\s*\([^()]{1,20}\))?\s*,\s+(?:(?:which|that)\s+(?:was|is|were|are|has\s+been)\s+)?(?:set\s+up|established|created|formed|founded|run|placed|housed)\s+(?:[\w\-]+\s+){0,4}?under\s+(?:the\s+)?$"), last_only=True),
            GapRule("unit_of", "subsidiaryOf", ORG, ORG, _c(rf"^\s*(?:,|is|was|became|remains|(?:now\s+)?operates\s+as)\s+(?:now\s+)?(?:the\s+(?:[\w\-]+['’]s\s+)?(?:[\w\-]+\s+){{0,2}}?(?:operator|owner|manager|developer|builder|maker)\s+and\s+)?(?:a|an|the|its)\s+(?:[\w\-]+\s+){{0,6}}?(?:{unit}|(?<=[a-z] )(?:company|firm)(?=\s+of))\s+(?:of|under|within|at|inside)\s+(?:the\s+)?(?:(?:Chinese|US|American|Japanese|Korean|state-owned|[\w\-]+-based|[\w\-]+-listed|[a-z][\w\-]*)\s+){{0,3}}?(?:company|firm|group|giant|maker|chipmaker|carmaker|startup|start-up|conglomerate|platform|operator)?\s*$"), last_only=True),
            # "Sir Run Run Shaw Hospital, which is affiliated with Zhejiang University", "a hospital affiliated to Fudan University"
            GapRule("affiliated_to_body", "subsidiaryOf", ORG - {"GovernmentAgency"}, ORG,
                    _c(r"^\s*,\s+(?:(?:which|that)\s+(?:is|was|are|were|has\s+been)\s+|an?\s+(?:[\w\-]+\s+){0,3}?|(?:now|also|directly|formally)\s+)?(?:directly\s+)?affiliated\s+(?:with|to)\s+(?:the\s+)?$"),
                    last_only=True, confidence=0.65, guard=lambda text, s, left, right: bool(_NAME_ENDS.match(text, right.end))),
            # "the Employment Promotion Department at MOHRSS": a department named at the body it belongs to
            GapRule("department_at", "subsidiaryOf", {"GovernmentAgency", "Organization", "ResearchInstitution"}, {"GovernmentAgency", "ResearchInstitution"},
                    _c(r"^\s+(?:at|of|under|within)\s+(?:the\s+)?$"), last_only=True, confidence=0.6,
                    guard=lambda text, s, left, right: bool(_DEPARTMENT_NAME.search(left.members[-1].text)) and text[right.end : right.end + 2] not in ("'s", "’s")),
            # "Z.ai, the international arm that Zhipu set up last year": the body that set it up owns it
            GapRule("arm_that_set_up", "subsidiaryOf", ORG, ORG - {"GovernmentAgency"},
                    _c(r"^\s*,\s+(?:the|a|an|its)\s+(?:(?!(?:and|or|but|with|by)\b)[\w\-]+\s+){0,5}?(?:that|which)\s+$"), last_only=True, confidence=0.6,
                    guard=lambda text, s, left, right: bool(_SET_UP_AFTER.match(text, right.end))),
            # "Huawei's chip design arm, HiSilicon,", "Alibaba's in-house chip unit, T-Head", "its chip subsidiary Kunlunxin"
            GapRule("possessive_unit_named", "subsidiaryOf", ORG, ORG, _c(rf"^['’]s\s+(?:[\w\-]+\s+){{0,3}}?{unit}\s*,?\s+$"), reverse=True, confidence=0.7, last_only=True,
                    # ("China Mobile's Suzhou branch, Sugon and the Kunshan center": a list after the comma, no apposition)
                    guard=_no_list_after_comma),
            GapRule("owner_of", "subsidiaryOf", ORG, ORG, _c(rf"^\s*,\s+(?:the\s+|its\s+)?{parent}\s+of\s+(?:the\s+)?$"), reverse=True),
            GapRule("passive_acquire", "subsidiaryOf", ORG, ORG, _c(rf"^(?:\s*,)?\s+(?:(?:which|that)\s+)?(?:was|is|were|has\s+been|had\s+been)\s+(?!(?:partly|partially|part|jointly|minority)\b)(?:[\w\-]+\s+)?{acquire}\s+by\s+(?:the\s+)?$")),
            # "| Claire Dubois, Hugging Face |", "Daniel Park - Morgan Stanley |": a field of a person and the body he is from
            GapRule("field_person_org", "affiliatedWith", PERSON, ORG, _c(r"^(?:\s*,|\s[-–])\s+$"), confidence=0.55,
                    guard=lambda text, s, left, right: not any(w.lower() in TITLE_HEADS for w in text[left.start : left.end].split())
                    and bool(re.search(r"(?:^|\n|\|)[^\S\n]*(?:[-*•][^\S\n]+)?$", text[max(0, left.start - 4) : left.start]))
                    and bool(re.match(r"[^\S\n]*(?:\||\n|$)", text[right.end : right.end + 3]))),
            # "added 25 Chinese organisations to its Entity List, among them Zhipu AI": the list names the ones it took in
            GapRule("list_additions_among", "targets", POLICY, ORG | MP, _c(r"^\s*,\s+(?:among\s+them|including|such\s+as)\s+(?:the\s+)?(?:[a-z][\w\-]*\s+){0,3}?$"), confidence=0.6,
                    guard=lambda text, s, left, right: bool(_ADDED_TO_LIST.search(text, max(s, left.start - 100), left.start))),
            # "Hygon, which makes the Z100, is partly owned by Sugon": a part owner holds a stake, no parent
            GapRule("part_owned_by", "investedIn", ORG, ACTOR - {"GovernmentAgency"}, _c(r"^(?:\s*,[^,;]{1,60},)?(?:\s*,)?\s+(?:(?:which|that)\s+)?(?:is|was|are|were|has\s+been|had\s+been)\s+(?:also\s+)?(?:partly|partially|part-|jointly|minority-)\s*owned\s+by\s+(?:the\s+)?$"),
                    reverse=True, confidence=0.65),
            # "Zorvex, the Tencent-backed maker of robots": the backer inside the firm's apposition
            GapRule("appositive_backed", "investedIn", ORG, ACTOR - {"GovernmentAgency"}, _c(r"^\s*,\s+(?:a|an|the)\s+(?:[\w\-]+\s+){0,2}?$"), reverse=True, confidence=0.6,
                    guard=lambda text, s, left, right: bool(re.match(r"-(?:backed|funded|financed)\s", text[right.end : right.end + 12]))),
            GapRule("verb_acquire", "subsidiaryOf", ORG - {"GovernmentAgency"}, ORG, _c(rf"^{pre}\s+(?:{acquire}(?!\s+(?:by|into)\b)|(?:its\s+|the\s+)?{acq_n})(?:\s+(?!{_BLOCK}\b)[\w\-]+){{0,2}}?\s+$"), reverse=True, carry=True,
                    # ("can still buy Hygon and Huawei processors": their goods, not the firms)
                    guard=lambda text, s, left, right: not _GOODS_AFTER.match(text, right.end)),
            GapRule("noun_acquire", "subsidiaryOf", ORG - {"GovernmentAgency"}, ORG, _c(rf"^.{{0,60}}?\b{acq_n}\s+(?:the\s+)?$"), reverse=True, carry=True, confidence=0.65),
            # "Amazon's AWS", "SoftBank's Arm": one company's company, nothing in between, is its unit
            GapRule("possessive_company", "subsidiaryOf", {"Company"}, {"Company"}, _c(r"^['’]s $"), reverse=True, confidence=0.6, last_only=True),
            # "Dongfeng sells cars through its premium electric brand Voyah", "Tencent launched its brand X": the subject's unit
            GapRule("its_unit", "subsidiaryOf", ORG - {"GovernmentAgency"}, {"Company", "Organization"},
                    _c(rf"^\s*,?\s+(?:(?:(?!{_BLOCK}\b|and\b|or\b)[\w\-]+\s+){{1,6}}?|(?:and|together\s+with|along\s+with|with)\s+)its\s+(?:(?!{_BLOCK}\b|and\b|former\b|rival\b)[\w\-]+\s+){{0,3}}?(?:brand|unit|subsidiary|arm|division|affiliate|spin-off|spinoff)\s*,?\s+$"),
                    reverse=True, carry=True, confidence=0.6,
                    # ("Huaneng has taken a stake in Yaoguang through its investment arm X": the subject's arm, not the object's)
                    guard=lambda text, s, left, right: not (_THROUGH_ITS.match(text, left.end) and _LOWER_WORD.search(text, s, left.start))),
            GapRule("possessive_unit", "subsidiaryOf", ORG, ORG, _c(poss), reverse=True, confidence=0.6, last_only=True, guard=_no_list_after_comma),
            GapRule("compound_developer", "developer", ORG, MP, _c(r"^[^\S\n]$"), reverse=True, confidence=0.6, last_only=True),
            # "Cathay Tech Ledger is published by Cathay Media Ltd.": a publication belongs to its publisher
            # "EvalWatch is written by Tomasz Wren and Amaka Eze", "Moves is compiled by Rachel Oduya in London": a
            # publication's writers work for it
            GapRule("written_by", "affiliatedWith", {"Organization"}, PERSON, _c(r"^\s+(?:is|are|was|were)\s+(?:(?:now|also|usually)\s+)?(?:written|compiled|edited|curated|produced|put\s+together|written\s+and\s+edited)\s+by\s+$"), reverse=True, confidence=0.6, carry=True),
            GapRule("published_by", "subsidiaryOf", {"Organization"}, {"Company", "Organization"}, _c(r"^\s*,?\s+(?:(?:which|that)\s+)?(?:(?:is|are|was)\s+(?:(?:also|now)\s+)?(?:published|produced|owned|operated|run)\s+(?:[\w\-]+\s+){0,3}?by|(?:(?:is|are|was)\s+)?(?:a|an|the)\s+(?:[\w\-]+\s+){0,2}?(?:product|title|publication|brand|imprint|service|site|website|newsletter|newsroom|magazine|journal|podcast|trademark|project)\s+(?:of|by|(?:owned|run|published|produced|operated|edited)\s+(?:[\w\-]+\s+){0,3}?by)|(?:is|are|was)\s+" + _MADE_IN + r"\s+in\s+(?:[A-Z][\w\-]*\s+){1,2}(?:and\s+(?:published|produced)\s+)?by)\s+(?:the\s+)?$"), confidence=0.65),
            # "Patchwork Daily is a Kestrel Digital Media Ltd. publication", "PR Newswire is a Cision company": the owner before the noun
            # "Tencent, an early Meituan shareholder", "Geely is an investor": a backer the apposition names before the noun
            GapRule("appositive_shareholder", "investedIn", ACTOR - PERSON, ORG - {"GovernmentAgency"},
                    _c(r"^(?:\s*,\s+|\s+(?:is|was|remains|became|has\s+been)\s+)(?:(?:also|still|now)\s+)?(?:a|an|the)\s+(?:(?:early|major|big|key|long-time|longtime|minority|strategic|existing|large|largest|second-largest|founding|original|first|institutional|controlling|outside|leading)\s+)*$"),
                    confidence=0.65, guard=lambda text, s, left, right: _STAKE_NOUN_AFTER.match(text, right.end) is not None),
            GapRule("is_owner_publication", "subsidiaryOf", {"Organization", "Company"}, {"Company", "Organization"}, _c(r"^\s+is\s+(?:a|an)\s+$"), confidence=0.6,
                    guard=lambda text, s, left, right: _OWNED_NOUN_AFTER.match(text, right.end) is not None),
            # "Kingsoft Cloud is a subsidiary of Kingsoft and a strategic partner of Xiaomi": the subject's second title
            GapRule("and_partner_of", "partnerOf", ORG - {"GovernmentAgency"}, ORG - {"GovernmentAgency"},
                    _c(r"^(?:[^;,]{0,15}?\))?\s+and\s+(?:also\s+)?(?:a|an)\s+(?:[\w\-]+\s+){0,2}?(?:partner|ally|customer|supplier|client)\s+(?:of|to)\s+(?:the\s+)?$"),
                    confidence=0.55, carry=True, carry_only=True),
            # "Bank of Ningbo picks Huawei Cloud for core-system migration": a firm chosen for a job works with the chooser
            GapRule("picks_for", "partnerOf", ORG - {"GovernmentAgency"}, ORG - {"GovernmentAgency"}, _c(r"^\s+(?:picks|picked|chooses|chose|selects|selected|taps|tapped|hires|hired)\s+$"),
                    confidence=0.6, guard=lambda text, s, left, right: bool(_FOR_JOB_AFTER.match(text, right.end))),
            GapRule("passive_owned", "subsidiaryOf", ORG, ORG, _c(r"^\s*,?\s+(?:itself\s+)?(?:(?:which|that)\s+(?:is|are)\s+|is\s+|was\s+|are\s+|were\s+|now\s+|(?:both|all|each)\s+|the\s+(?:[\w\-]+\s+){0,4}?)?" + _OWNED_BY), confidence=0.7),
            # ("Legend Capital and Prosperity7 Ventures, a fund owned by Saudi Aramco": one firm's apposition, the list's last)
            GapRule("passive_owned", "subsidiaryOf", ORG, ORG, _c(r"^\s*,?\s+(?:a|an)\s+(?:[\w\-]+\s+){0,4}?" + _OWNED_BY),
                    confidence=0.7, last_only=True),
            # "Baidu spun off Zorvex Robotics in 2021", "X, which was spun out of Y": the unit began inside its parent
            GapRule("spun_off", "subsidiaryOf", ORG, ORG, _c(rf"^{pre}\s+(?:spun|spins|spin)\s+(?:off|out)(?!\s+(?:of|from)\b)\s+(?:its\s+|the\s+)?(?:[\w\-]+\s+){{0,3}}?$"), reverse=True, confidence=0.65),
            # (a startup spun out of a university is no subsidiary of it)
            GapRule("spun_off_from", "subsidiaryOf", ORG, {"Company", "Organization"}, _c(r"^\s*,?\s+(?:(?:a|an|the)\s+(?:[\w\-]+\s+){0,4}?)?(?:(?:which|that)\s+)?(?:(?:was|is|were|had\s+been|has\s+been)\s+)?spun\s+(?:off|out)\s+(?:from|of)\s+(?:the\s+)?$"), confidence=0.65),
            # "Carizon, a joint venture with Cariad", "X, a joint venture between A and B": the venture's owners
            GapRule("joint_venture_of", "subsidiaryOf", ORG, ORG, _c(r"^\s*,\s+(?:a|an|the|its)\s+(?:[\w\-]+\s+){0,2}?joint\s+venture\s+(?:with|of|between|set\s+up\s+by|formed\s+by|owned\s+by)\s+(?:the\s+)?$"), confidence=0.6),
            # "Xie Wanqing covers capital markets for Lujiazui Ledger": an author blurb's beat and outlet
            GapRule("covers_for", "affiliatedWith", PERSON, ORG - {"GovernmentAgency"}, _c(r"^\s+(?:(?:now|also)\s+)?(?P<role>covers|reports\s+on|writes\s+(?:about|on))\s+(?:(?:[\w\-’']+,?|and|&)\s+){1,6}?(?:for|at)\s+(?:the\s+)?$"),
                    role_group="role", confidence=0.6),
            # "Sichuan Airport Group, which runs both Tianfu and the older Shuangliu airport": an operator's bodies are its units
            GapRule("runs_org", "subsidiaryOf", ORG - {"GovernmentAgency"}, ORG - {"GovernmentAgency"}, _c(r"^\s*,\s+(?:which|that)\s+(?:also\s+|now\s+)?(?:runs|operates)\s+(?!(?:on|in|at|from|off|out|into|under|with|across|for)\b)(?:both\s+)?(?:the\s+)?(?:(?-i:[a-z][\w\-]*)\s+){0,2}?$"),
                    reverse=True, confidence=0.55, guard=lambda text, s, left, right: not text.startswith(("'s", "’s"), right.end)),
            # "founded by Zhao Lidong and Zhang Yalin, two former AMD colleagues": each worked at the firm the apposition names
            GapRule("former_staff_apposition", "affiliatedWith", PERSON, ORG - {"GovernmentAgency"}, _c(r"^\s*,\s+(?:two|three|four|both|all)\s+(?:former\s+|ex-)?$"),
                    reverse=False, confidence=0.6, guard=lambda text, s, left, right: _STAFF_NOUN_AFTER.match(text, right.end) is not None),
            # "Gu Minglan entered the Harbin Institute of Technology in 1973": a university's student
            GapRule("entered_university", "affiliatedWith", PERSON, {"ResearchInstitution"},
                    _c(r"^(?:\s*,\s+who)?\s+(?:(?:first|later|then|also)\s+)?(?P<role>entered|enrolled\s+(?:at|in))\s+(?:the\s+)?$"), role_group="role", confidence=0.55),
            # "Zhu Yibo, another Microsoft veteran", "Jiang Daxin ... and a former Microsoft executive": one of its people
            GapRule("staff_apposition", "affiliatedWith", PERSON, ORG - {"GovernmentAgency"},
                    _c(r"^(?:\s*,|\s+(?:is|was)|\s+[^,;]{1,60}?\s+and)\s+(?:a|an|another|the)\s+(?:former\s+|ex-|longtime\s+|long-time\s+|veteran\s+)?$"),
                    confidence=0.55, guard=lambda text, s, left, right: _ONE_OF_STAFF_AFTER.match(text, right.end) is not None),
            # "Phytium belongs to the state-owned China Electronics Corporation", "Honor, which belongs to ..."
            GapRule("belongs_to", "subsidiaryOf", ORG, ORG, _c(r"^\s*,?\s+(?:(?:which|that)\s+)?(?:(?:now|also|still)\s+)?(?:belongs|belong|belonged)\s+to\s+(?:the\s+)?(?:(?-i:[a-z][\w\-]*)\s+){0,2}?$"),
                    confidence=0.6, last_only=True),
            # ("Phytium and Kylinsoft, which both belong to CEC": every firm of the list)
            GapRule("belongs_to", "subsidiaryOf", ORG, ORG, _c(r"^\s*,?\s+(?:(?:which|that)\s+)?(?:both|all)\s+(?:belongs|belong|belonged)\s+to\s+(?:the\s+)?(?:(?-i:[a-z][\w\-]*)\s+){0,2}?$"),
                    confidence=0.6),
            # "Miaoji, sold as Lark Minutes outside China, is part of Feishu": a product inside another
            GapRule("part_of_product", "integratedInto", MP, MP, _c(r"^\s*,?\s+(?:(?:which|that)\s+is\s+|is\s+|was\s+|now\s+)?(?:now\s+)?(?:a\s+)?part\s+of\s+(?:the\s+)?$"), confidence=0.6),
            GapRule("part_of", "subsidiaryOf", ORG, ORG, _c(r"^\s*,?\s+(?:(?:which|that)\s+is\s+|is\s+|was\s+|now\s+|itself\s+)?(?:a\s+)?part\s+of\s+(?:the\s+)?$"), confidence=0.65),
            # "Baosteel Zhanjiang Iron & Steel, another Baowu subsidiary": a unit named by its parent's name as a modifier
            GapRule("another_parent_unit", "subsidiaryOf", ORG, ORG - {"GovernmentAgency"}, _c(r"^\s*,\s+(?:another|a|an|the)\s+$"), confidence=0.6,
                    guard=lambda text, s, left, right: _UNIT_NOUN_NEXT.match(text, right.end) is not None
                    or _PARENT_COMPANY_NEXT.match(text, right.end) is not None and text[left.end : right.start].split()[-1] in ("a", "an")),
            # "Science and Technology Daily is published under the Ministry of Science and Technology", "CAICT, a think tank
            # under MIIT" (not "under the ministry's guidance")
            GapRule("under_org", "subsidiaryOf", ORG, ORG, _c(r"^\s*,?\s+(?:(?:which|that)\s+(?:is|was)\s+|is\s+|was\s+|are\s+|were\s+)?(?:(?:both|all|each)\s+)?(?:(?:an?|the)\s+(?:[\w\-]+\s+){0,3}?)?"
                                                               r"(?:(?:published|run|supervised|managed|administered|overseen|operated|affiliated|directly)\s+)?under\s+(?:the\s+)?$"),
                    confidence=0.6, guard=lambda text, s, left, right: not text.startswith(("'s", "’s"), right.end)),
            GapRule("possessive_invest", "investedIn", ACTOR, ORG, _c(rf"^['’]s?\s+(?:[\w\-$.,]+\s+){{0,3}}?{inv_n}\s+(?:[\w\-]+\s+){{0,2}}?$"), confidence=0.7, last_only=True),
            GapRule("possessive_acquire", "subsidiaryOf", ORG, ORG, _c(rf"^['’]s?\s+(?:[\w\-$.,]+\s+){{0,3}}?{acq_n}\s+(?:the\s+)?$"), reverse=True, confidence=0.7, last_only=True),
            # "Liang Wenfeng founded DeepSeek in 2023", "Zhang Wei also runs the hedge fund High-Flyer", "Wang joined Baidu"
            GapRule("verb_person_org", "affiliatedWith", PERSON, ORG - {"GovernmentAgency"}, _c(r"^(?:\s*,)?\s+(?:(?:has|had|have|also|then|later|previously|once|first|now|currently|jointly|since|recently)\s+)*(?:helped\s+(?:to\s+)?(?=(?:found|co-found|set\s+up|establish|start)\s)|(?:[a-z]+\s+){0,2}by\s+(?=joining\s)|(?:left|moved\s+(?:home|back)|returned(?:\s+home)?|went\s+on|quit|decided|agreed)\s+to\s+(?=join\s)|(?:left|quit|resigned)\s+and\s+(?=(?:founded|co-founded|cofounded|started|set\s+up|established|joined)\s))?(?P<role>(?:(?<=helped\s)|(?<=to\s))(?:found|co-found|establish|start|join)|(?<=by\s)joining|founded|co-founded|cofounded|founds|co-founds|heads|headed|leads|runs|ran|chairs|chaired|directs|directed|oversees|oversaw|manages|managed|joined|joins|rejoined|started|starts|established|establishes|set\s+up|sets\s+up)\s+(?:the\s+|a\s+|an\s+)?(?:(?!(?:of|for|at|in|with|and|or|to|from|by)\b)[\w\-]+\s+){0,3}?$"), role_group="role", confidence=0.65),
            # "He later worked as a researcher at Google Brain", "completed a PhD at CMU", "graduated from Shenzhen University"
            GapRule("verb_worked_at", "affiliatedWith", PERSON, ORG - {"GovernmentAgency"}, _c(r"^(?:\s*,(?:\s+who)?)?(?:\s+and)?\s+(?:(?:has|had|have|also|then|later|previously|once|first|briefly|after|before|while|since|still|now|currently)\s+)*(?P<role>joined(?=\s+from\s)|(?:started|began)\s+(?:his|her|their)\s+careers?|worked|works|working|(?:studied|taught|teaches|lectured)(?:\s+(?!(?:the|a|an|its|his|her|their|there|here|abroad)\b)(?-i:[a-z][a-z\-]*)){1,3}?(?=\s+at\s)|studied|studies|studying|taught|teaches|teaching|interned|researched|graduated|graduating|(?:holds|held|holding)\s+(?:a|an)\s+(?:[\w\-]+\s+){0,2}?(?:post|position|appointment|professorship|fellowship|chair)|(?:completed|earned|holds|held|did|received|obtained|got|took|pursued|completing|earning|holding|doing|receiving|obtaining|pursuing)\s+(?:a|his|her|their)\s+(?:PhD|doctorate|master['’]s|degree|bachelor['’]s|doctoral\s+degree)(?:\s+degree)?|spent\s+(?:\w+\s+){0,3}?(?:years?|months?|decades?|stints?|time)(?:\s+[a-z]+ing(?:\s+[\w\-]+){0,3}?(?=\s+(?:at|for)\b))?|(?:designed|developed|wrote)\s+(?:an?\s+|the\s+|its\s+)?(?:[\w\-]+\s+){0,3}?(?:chips?|cores?|processors?|compilers?|software|systems?|tools?|algorithms?|models?|apps?)(?=\s+at\s)|(?:led|ran|run|headed|managed|built)\s+(?:an?\s+|the\s+|its\s+)?(?:[\w\-]+\s+){0,3}?(?:software|systems?|tools?|products?|platforms?|infrastructure|teams?|groups?|labs?|laborator(?:y|ies)|institutes?|cent(?:er|re)s?|divisions?|units?|departments?|business|research|operations|projects?|programs?|programmes?|work|efforts?|development))(?:\s+for\s+(?:(?:more\s+than|over|nearly|almost|about|some|several|many|two|three|four|five|six|seven|eight|nine|ten|\d+)\s+)*(?:years?|months?|decades?|a\s+decade))?(?:\s+on\s+(?-i:[a-z][\w\-]*)(?:\s+(?-i:[a-z][\w\-]*)){0,2}(?=\s+at\s))?(?:\s+as\s+(?:an?\s+|the\s+)?(?:[\w\-]+\s+){0,2}?[\w\-]+\s+(?:at|for|from|with|of)|(?:\s+in\s+(?:an?\s+|the\s+)?(?:[\w\-]+\s+){0,2}?[\w\-]+)?\s+(?:at|for|from|with)|(?:(?<=years)|(?<=months)|(?<=decades)|(?<=decade))\s+(?:in|inside))\s+(?:the\s+)?$"), role_group="role", confidence=0.6, carry=True),
            # "Zhou leads the foundation model team at Tencent", "she ran the speech lab of Baidu"
            GapRule("leads_team_at", "affiliatedWith", PERSON, ORG - {"GovernmentAgency"}, _c(r"^(?:\s*,)?\s+(?:who\s+)?(?:(?:now|also|currently|previously|later|once|then|used\s+to)\s+)*(?P<role>leads|led|heads|headed|runs|ran|run|lead|head|manage|direct|oversee|manages|managed|oversees|oversaw|joined|directs|directed)\s+(?:the\s+|a\s+|an\s+|its\s+)?(?:[\w\-]+\s+){0,4}?(?:team|teams|lab|labs|laboratory|group|unit|division|department|business|project|programme|program|effort|centre|center|research|operations)\s+(?:at|of|in|within|for)\s+(?:the\s+)?$"), role_group="role", confidence=0.6),
            # "Dr. Peng Haoxuan of Fudan University", "Professor Gu Mingzhe of the Chinese University of Hong Kong"
            GapRule("person_of_org", "affiliatedWith", PERSON, ORG, _c(r"^(?:\s*,)?\s+(?:(?:formerly|previously|once|latterly|most\s+recently|now|currently|lately)\s+)?(?:of|from)\s+(?:the\s+)?$"), confidence=0.6, last_only=True),
            # "Tencent appointed Zhou Lei as chief technology officer", "Baidu hired Wang Hui"
            GapRule("org_appointed", "affiliatedWith", ORG - {"GovernmentAgency"}, PERSON, _c(rf"^{pre}\s+(?:has\s+|have\s+|had\s+)?(?:appointed|appoints|named|names|hired|hires|promoted|promotes|tapped|taps|poached|recruited|recruits|brought\s+in|brings\s+in)\s+(?:(?:former|ex-|its|the)\s*)?(?:[a-z][\w\-]*\s+){{0,3}}?$"), reverse=True, confidence=0.6, carry=True),
            # "a Chinese Academy of Social Sciences team led by Zhou Hui": the leader belongs to the team's organisation
            GapRule("team_led_by", "affiliatedWith", ORG - {"GovernmentAgency"}, PERSON, _c(rf"^['’]?s?\s+(?:[\w\-]+\s+){{0,2}}?(?:team|lab|laboratory|group|unit|division|department|project|programme|program|panel|centre|center|institute)\s+(?:(?:that|which)\s+(?:is|was)\s+)?(?:led|headed|run|directed|chaired|co-led)\s+by\s+(?:its\s+|the\s+)?(?:(?P<role>{role}|{title})\s+)?$"), reverse=True, role_group="role", confidence=0.6),
            GapRule("who_heads", "affiliatedWith", PERSON, ORG, _c(r"^\s*,\s+who\s+(?:(?:also|previously|formerly|once|later|now|still|briefly|had)\s+)*(?P<role>heads|leads|runs|founded|co-founded|chairs|directs|oversees|manages|joined|left|quit|ran|headed|led|chaired|directed|oversaw|managed)\s+(?:both\s+)?(?:the\s+)?(?:[a-z]+['’]s\s+)?$"), role_group="role", confidence=0.7),
            # "Lu Xiaoyan, who founded Qingsheng in 2021 after seven years as a speech researcher at iFlytek": a past post of
            # the sentence's person
            GapRule("years_as_role_at", "affiliatedWith", PERSON, ORG - {"GovernmentAgency"},
                    _c(rf"^[^;:]{{0,120}}?\b(?:after|following|with)\s+(?:(?:more\s+than|over|nearly|almost|about|some)\s+)?(?:a\s+decade|a\s+(?:year|stint|spell|decade)|\w+\s+(?:years?|months?|decades?))\s+as\s+(?:an?\s+|the\s+)?(?:[\w\-]+\s+){{0,2}}?(?P<role>{role})\s+(?:at|with|for|of)\s+(?:the\s+)?$"),
                    role_group="role", confidence=0.55, carry=True),
            # "Fang Rui, who covers banks at Guotai Haitong Securities", "Lu Fang, who follows the sector at the consultancy
            # IDC", "who left his post as a vice-president at Microsoft": what a person does at a place of work
            # "Zhipu AI, where Zhang Peng is chief executive": a person given a role at the firm the clause hangs on
            GapRule("where_person_is", "affiliatedWith", ORG - {"GovernmentAgency"}, PERSON, _c(r"^\s*,\s+where\s+$"), reverse=True, confidence=0.6,
                    guard=lambda text, s, left, right: bool(where_role.match(text, right.end))),
            GapRule("who_does_at", "affiliatedWith", PERSON, ORG, _c(r"^\s*,\s+(?:(?:a|an|the)\s+(?:(?!who\b)[\w\-]+\s+){1,3}?)?who\s+(?:(?:also|previously|formerly|once|later|now|still|had|has|until\s+\w+)\s+)*(?!(?:spoke|speaks|met|meets|said|says|told|tells|appeared|presented|visited|visits|lectured|talked|testified|announced|unveiled|demonstrated|showed|shows|was|is|will)\b)[a-z]+\s+(?:(?!who\b|which\b|and\s+(?:then|later|now|spoke|met)\b)[\w\-’']+\s+){0,7}?at\s+(?:the\s+)?(?:(?:consultancy|firm|company|bank|broker|brokerage|university|institute|lab|research\s+firm|law\s+firm|think\s+tank|agency)\s+)?$"), confidence=0.6,
                    guard=lambda text, s, left, right: right.members[0].ctype != "Event"),
            # "Ou Zhennan, head of infrastructure (previously at Alibaba Cloud)": a former employer in brackets
            GapRule("formerly_in_brackets", "affiliatedWith", PERSON, ORG - {"GovernmentAgency"},
                    _c(r"^\s*,\s+[^,;()]{1,60}?\(\s*(?:previously|formerly|earlier|most\s+recently|ex-)\s*(?:at|with|of|from)?\s+(?:the\s+)?$"), confidence=0.55),
            # "Wei Lan, a partner in the Shanghai office of King & Wood Mallesons"
            GapRule("office_of", "affiliatedWith", PERSON, ORG, _c(r"^\s*,\s+(?:a|an|the)\s+(?:[\w\-]+\s+){0,3}?(?:in|at|with)\s+(?:the|its|a)\s+(?:[A-Z][\w\-]+\s+)?(?:office|branch|bureau)\s+of\s+(?:the\s+)?$"), confidence=0.6),
            # basedOn and integratedInto
            # ("Manus, which launched in March and went viral, is built on Claude": past a relative clause)
            GapRule("based_on", "basedOn", MP, MP, _c(rf"^(?:\s*,\s+(?:which|that)\s+[^,;]{{1,80}},)?(?:\s*[,:])?(?:\s+(?!{_BLOCK}\b){word}){{0,7}}?\s+{based}\s+(?:[\w\-’']+\s+){{0,4}}?$")),
            # "ERA-42, an end-to-end model released in December that runs on the Star1", "GraspVLA, ..., was trained on
            # synthetic data and now runs on the Galbot G1 robot": the device a model runs on holds it (not a chip or server)
            GapRule("model_runs_on", "integratedInto", {"AIModel"}, {"Product"},
                    _c(r"^(?:\s*,\s+(?:a|an|the)\s+[^,;()]{1,80}?\s+(?:that|which)|\s*,\s+(?:which|that)|(?:\s+[\w\-]+){0,2}\s*,[^;.]{1,100}?\s+and)"
                       r"\s+(?:(?:now|also|already|currently)\s+)?(?:runs|run)\s+on\s+(?:the\s+|its\s+|their\s+)?(?:[\w\-]+\s+){0,2}?$"),
                    confidence=0.6, guard=lambda text, s, left, right: not (_COMPUTE_NOUN.search(right.members[0].text)
                                                                             or _COMPUTE_NEXT.match(text, right.members[0].end)
                                                                             or _CHIP_FAMILY.match(right.members[0].text))),
            # "Wanzhi is a productivity assistant for Chinese users that runs on Yi-Large", "Yuanbao, the company's consumer
            # chatbot, which runs on both Hunyuan and DeepSeek-R1": the product described hosts the model
            GapRule("product_that_runs_on", "integratedInto", {"Product"}, {"AIModel"},
                    _c(r"^(?:(?:\s*,\s+|\s+(?:is|was|has\s+become|became)\s+)(?:(?:a|an|the|its|their)\s+)?[^,;()]{1,80}?(?:,\s+which|\s+(?:that|which))|\s*,?\s+(?:that|which))"
                       r"\s+(?:(?:now|also|already|currently|since\s+[A-Z]?[a-z]+(?:\s+\d{4})?|has|have|had)\s+)*(?:runs\s+on|run\s+on|ran\s+on|is\s+powered\s+by|are\s+powered\s+by|been\s+powered\s+by|relies\s+on|rely\s+on|relied\s+on|uses|use|used)"
                       r"\s+(?:both\s+|either\s+)?(?:the\s+|its\s+|their\s+)?(?:[\w\-]+\s+){0,2}?$"), reverse=True, confidence=0.6),
            # "Nvidia's OpenReasoning-Nemotron models are Qwen2.5 derivatives": what the name before the noun is a derivative of
            GapRule("are_derivatives", "basedOn", MP, MP, _c(r"^\s+(?:models?\s+|series\s+|family\s+)?(?:is|are|was|were)\s+(?:(?:all|both|essentially|effectively|in\s+effect)\s+)?(?:an?\s+)?$"),
                    confidence=0.6, guard=lambda text, s, left, right: bool(_DERIVATIVE_AFTER.match(text, right.end))),
            # "LawLantern-9B, which I built on GLM-4-9B-Chat", "a model that the team fine-tuned from Qwen3-8B"
            # ("Qiyu-Chat 2, which the company says was fine-tuned from DeepSeek-V3": what the maker reports)
            GapRule("built_on_clause", "basedOn", MP, MP, _c(r"^\s*,?\s+(?:which|that)\s+(?:I|we|they|he|she|it|the\s+(?:team|company|lab|startup|start-up|firm|authors?|unit|group|bank|bureau|hospital|university|institute|researchers|engineers))\s+(?:(?:then|later|first|have|had|has|also)\s+)*"
                                                               r"(?:(?:says|said|claims|claimed)\s+(?:was|is|had\s+been|has\s+been)\s+)?"
                                                               r"(?:built|trained|fine-tuned|finetuned|based|developed|made|created|distilled|adapted|derived)\s+(?:it\s+)?(?:on|from|upon|atop|on\s+top\s+of)\s+(?:the\s+|(?:its|their)\s+(?:own\s+|larger\s+|bigger\s+|earlier\s+|flagship\s+)?)?$"), confidence=0.65),
            # "Alibaba rebuilt its Quark browser around its own Qwen3 family": the product built around a model holds it
            GapRule("rebuilt_around", "integratedInto", {"Product"}, {"AIModel"}, _c(r"^(?:\s+(?-i:[a-z][\w\-]*))?\s+around\s+(?:(?:its|their|the)\s+)?(?:own\s+)?$"),
                    reverse=True, confidence=0.6, guard=lambda text, s, left, right: bool(_REBUILT_BEFORE.search(text, max(s, left.start - 30), left.start))),
            # "Microsoft's Beijing laboratory, Microsoft Research Asia (MSRA)": the unit a possessor's apposition names
            GapRule("possessor_unit_apposition", "subsidiaryOf", ORG, ORG, _c(r"^['’]s?\s+(?:(?-i:[A-Z][\w\-]*|[a-z][\w\-]*)\s+){0,2}?(?:laboratory|lab|unit|arm|subsidiary|division|institute|affiliate)\s*,\s+(?:the\s+)?$"),
                    reverse=True, confidence=0.6),
            # "the Quark AI glasses, which are powered by Qwen"
            # ("Shuyuan Assistant, an office chatbot launched last year that is built on the company's own Shuyuan-2 model")
            GapRule("based_on", "basedOn", MP, MP, _c(rf"^(?:\s*,\s+(?:released|launched|unveiled|introduced|published)\s+[^,;()]{{1,40}}?\s*,|\s*,\s+(?:a|an|the)\s+[^,;()]{{1,60}}?|\s*,)\s+(?:which|that)\s+(?:(?:is|are|was|were|has\s+been|have\s+been|had\s+been)\s+)?(?:now\s+|also\s+|already\s+|largely\s+|partly\s+)?{based}\s+(?:the\s+|its\s+|their\s+)?$")),
            # ("Talkie, which is built on the company's abab language models": the maker's own base, which it does not name)
            GapRule("based_on", "basedOn", MP, MP, _c(r"^\s*,\s+(?:(?:a|an|the)\s+[^,;()]{1,60}?\s+)?(?:which|that)\s+(?:is|are|was|were|has\s+been|have\s+been)\s+(?:(?:also|now|largely)\s+)?(?:built|based|fine-tuned|trained|distilled)\s+(?:on|from|upon)\s+(?:the\s+company['’]s|its)\s+(?:own\s+)?(?:(?-i:[a-z][\w\-]*)\s+){0,2}?$")),
            # "Moonshot AI fine-tuned Qwen2.5-72B into Kimi-Dev-72B": what a model was turned into rests on it
            GapRule("tuned_into", "basedOn", MP, MP, _c(r"^\s+into\s+(?:the\s+|its\s+|their\s+)?$"), reverse=True, confidence=0.7,
                    guard=lambda text, s, left, right: bool(_TUNED_BEFORE.search(text, max(s, left.start - 40), left.start))),
            GapRule("basis_of", "basedOn", MP, MP, _c(rf"^(?:\s+(?:family|series|line|models?))?\s+(?:(?:also|now|still|quietly)\s+)?{basis}\s+(?:(?:the|its|their)\s+)?(?:[\w\-’']+\s+){{0,3}}?$"), reverse=True, confidence=0.7),
            # "Yuanbao, which has been integrated into the WeChat messaging app"
            # ("ERNIE 4.0, the flagship model that powers the paid version of ERNIE Bot", "Mingzhi-3 is a text model that powers ...")
            GapRule("integrated_into_clause", "integratedInto", MP, MP | ORG, _c(rf"^(?:\s*,\s*|\s+(?:is|was)\s+(?=(?:a|an|the|its)\s))(?:(?:a|an|the|its)\s+(?:[\w\-]+\s+){{0,3}}?)?(?:which|that)\s+(?:(?:(?:has|have|had)\s+been|is|are|was|were|will\s+be)\s+)?(?:(?:also|now|already|quietly)\s+)?{integ}\s+(?:(?:the|its|their)\s+)?(?:[\w\-’']+\s+){{0,2}}?(?:version\s+of\s+|tier\s+of\s+|edition\s+of\s+)?$"), confidence=0.7),
            # "Meitu Design Studio is already available to merchants inside Alibaba's Taobao and Tmall"
            # "Comate installs as a plug-in for VS Code and IntelliJ IDEA", "X, a browser extension for Y"
            # "Step 3 already powers the voice assistant in the Deepal S07", "Spark powers quality inspection at JAC Motors"
            GapRule("powers_feature_in", "integratedInto", MP, MP | (ORG - {"GovernmentAgency"}), _c(r"^(?:\s*,)?\s+(?:(?:already|now|also|will|to)\s+)?(?:powers|power|powering|has\s+powered|have\s+powered)\s+(?:the\s+|its\s+|their\s+)?(?:[\w\-’'“”]+\s+){1,5}?(?:in|inside|of|at|on|for|across)\s+(?:the\s+|its\s+|their\s+)?$"), confidence=0.65),
            # "Among the new Entity List additions are the equipment makers Piotech and SiCarrier"
            GapRule("list_additions", "targets", POLICY, ACTOR, _c(r"^\s+(?:additions|entries|listings|designations|newcomers)\s+(?:are|were|include|included|including)\s+(?:the\s+)?(?:[a-z][\w\-]*\s+){0,3}?$"), confidence=0.65, carry=True),
            GapRule("plugin_for", "integratedInto", MP, MP, _c(r"^(?:\s*,\s+(?:a|an|the|its)\s+(?:[\w\-]+\s+){0,3}?|\s+(?:(?:installs|ships|comes|is|are|was|works|runs|arrives|is\s+available)\s+)?(?:also\s+|now\s+)?(?:(?:offered|sold|released|available|distributed|shipped)\s+)?as\s+(?:a|an)\s+(?:[\w\-]+\s+){0,2}?)(?:plug-?in|extension|add-on|add-in|mini[\s\-]?program|skill)s?\s+(?:for|to|in|inside|within)\s+(?:the\s+)?$"), confidence=0.65),
            GapRule("available_inside", "integratedInto", MP, MP, _c(r"^\s+(?:is|are|has\s+been|have\s+been)\s+(?:(?:already|now|also)\s+)?(?:available|offered|accessible)\s+to\s+(?:[\w\-]+\s+){1,3}?(?:in|inside|on|through|via|within)\s+(?:the\s+)?$")),
            GapRule("integrated_into", "integratedInto", MP, MP | ORG, _c(rf"^(?:\s*,)?(?:\s+(?!{_BLOCK}\b){word}){{0,9}}?\s+{integ}\s+(?:both\s+)?(?:(?:the|its|their)\s+)?(?:[\w\-’']+\s+){{0,2}}?(?:version\s+of\s+|tier\s+of\s+|edition\s+of\s+)?$")),
            # "Hanhai-2-32B now powers our own app, Hanhai Assistant": the product named after its description
            GapRule("integrated_into_described", "integratedInto", {"AIModel"}, {"Product"},
                    _c(r"^\s+(?:(?:now|also|already)\s+)?(?:powers|runs|drives|sits\s+inside|sits\s+in)\s+(?:our|its|their|the\s+company['’]s|the\s+firm['’]s)\s+(?:own\s+)?(?:[\w\-]+\s+){0,2}?(?:app|assistant|chatbot|platform|service|product|agent)\s*,\s+$"),
                    confidence=0.6),
            # "DeepSeek-R1, the reasoning model made by DeepSeek, became a selectable engine inside Yuanbao"
            GapRule("integrated_into_engine", "integratedInto", MP, MP, _c(r"^(?:\s*,[^,;]{1,80},)?\s*,?\s+(?:became|becomes|is|was|serves\s+as|served\s+as|acts\s+as|is\s+now)\s+(?:also\s+|now\s+)?(?:a|an|the)\s+(?:[\w\-\"“”]+\s+){0,4}?(?:engine|model|option|backend|back\s+end|brain|default)\s+(?:inside|in|within|for|behind|of)\s+(?:the\s+)?$"), confidence=0.6),
            # "Yuanbao has let users switch between Hunyuan and DeepSeek-R1": the app runs both
            GapRule("lets_users_switch", "integratedInto", MP, MP, _c(r"^\s+(?:has\s+|have\s+|now\s+|also\s+)*(?:let|lets|letting|allows?|allowed|enables?|enabled)\s+(?:its\s+)?(?:users|people|customers|developers|drivers)\s+(?:to\s+)?(?:switch|choose|pick|select|toggle)\s+(?:between|among|from)\s+(?:the\s+)?$"), reverse=True, confidence=0.6),
            # "HyperOS now supports Doubao": a product that supports a model has it built in
            GapRule("supports_model", "integratedInto", MP, MP, _c(r"^(?:\s+(?:now|also|already|will|fully|natively))*\s+(?:supports|supported|support|added\s+support\s+for|adds\s+support\s+for)\s+(?:the\s+)?$"), reverse=True, confidence=0.6),
            # "relaunched its Quark app as an AI assistant powered by Qwen": the product the phrase describes hosts the model
            GapRule("as_powered_by", "integratedInto", {"Product"}, {"AIModel"}, _c(r"^(?:\s+(?:app|assistant|chatbot|platform|service|robots?|glasses|device|browser|tool|agent))?\s+as\s+(?:a|an|the|its|their)\s+(?:[\w\-“”\"]+\s+){0,4}?(?:powered|driven|run)\s+by\s+(?:the\s+|its\s+|their\s+|[A-Z][\w\-]*['’]s\s+)?$"), reverse=True, confidence=0.65),
            # "Huawei Cloud and SiliconFlow jointly began serving DeepSeek-R1": a cloud that serves a model hosts it
            GapRule("org_serves_model", "integratedInto", ORG - {"GovernmentAgency"}, {"AIModel"},
                    _c(r"^\s+(?:(?:has|have|had|also|now|jointly|already|quickly|soon)\s+)*(?:(?:began|begun|started|begins|starts)\s+(?:serving|hosting)|(?:now\s+)?(?:serves|is\s+serving|are\s+serving)|(?:relies|rely|relied)\s+(?:(?:heavily|mainly|largely|mostly|partly)\s+)?on)\s+(?:the\s+|its\s+)?$"),
                    reverse=True, confidence=0.6),
            # "Step-3 now runs Yuewen, our consumer assistant app": a model that runs a product is inside it
            GapRule("model_runs_product", "integratedInto", {"AIModel"}, {"Product"}, _c(r"^\s+(?:(?:now|also|still|already)\s+)?(?:runs|drives|ran|drove)\s+(?:the\s+)?$"), confidence=0.6),
            GapRule("features", "integratedInto", MP, MP, _c(rf"^(?:['’]s?|\s*,(?=\s+(?:now|already|also|which|that)\s))?(?:\s+(?!(?:{_BLOCK}|to)\b){word}){{0,3}}?(?:\s+(?:that|which)(?:\s+(?:now|already|also))?)?\s+{integ_r}(?!\s+(?:on|in|at|for|of)\b)\s+(?:[\w\-’']+\s+){{0,3}}?[“\"]?$"), reverse=True, confidence=0.65,
                    guard=lambda text, s, left, right: not _PASSIVE_MOVE.search(text, left.end, right.start)),
            # "the Xiaomi AI Glasses, with Super XiaoAi on board", "a phone that ships with Qwen3 preinstalled"
            GapRule("with_on_board", "integratedInto", {"Product"}, MP, _c(r"^(?:\s+(?-i:[a-z][a-z\-]*))?\s*,?\s+(?:(?:which|that)\s+)?(?:(?:comes|come|came|ships|ship|shipped|arrives|arrive|arrived)\s+)?with\s+(?:the\s+|its\s+|their\s+)?$"),
                    reverse=True, confidence=0.6, guard=lambda text, s, left, right: bool(_ON_BOARD.match(text, right.end))),
            # "Bank of Shanghai says it has put SenseNova V7 into its customer-service system": the firm runs the model
            GapRule("org_put_into", "integratedInto", ORG - {"GovernmentAgency"}, {"AIModel"},
                    _c(r"^\s+(?:(?:says|said)\s+(?:that\s+)?it\s+)?(?:(?:has|had|have)\s+)?(?:(?:already|also|now)\s+)?(?:put|puts|built|builds|wired|deployed|deploys|runs|ran|uses|used|hosts|adds|added)\s+(?:the\s+|(?-i:[A-Z])[\w\-]*['’]s\s+)?$"),
                    reverse=True, confidence=0.6, guard=lambda text, s, left, right: bool(_INTO_OWN_SYSTEM_AFTER.match(text, right.end))),
            # "The Wuhan court has been using Wenshu-7B since December", "the tax service uses Qwen to draft replies", "The Yiyang
            # Nursing Home already uses AnGuard-2": a body that uses a model runs it
            # ("Since last year, Tingjian Notes has used Shanhai, Unisound's large language model, to write the summaries": an app too)
            GapRule("org_uses_model_for", "integratedInto", ORG | {"Product"}, {"AIModel"},
                    _c(r"^(?:\s*,\s+(?:the|a|an)\s+[^,;()]{1,60},)?\s+(?:(?:has|have|had|also|now|already|been|begun|began|started|starts|recently|since\s+\w+(?:\s+\d{4})?)\s+)*(?:uses|used|using|use|adopted|adopts)\s+(?:the\s+)?$"),
                    reverse=True, confidence=0.6),
            # "Guotai Junan and GF Securities have each announced in-house deployments of R1": the firms run the model
            GapRule("org_deploys", "integratedInto", ORG - {"GovernmentAgency"}, {"AIModel"},
                    _c(r"^\s+(?:(?:has|have|had|each|also|now|already|recently)\s+)*(?:announced|completed|began|started|finished|made|reported|confirmed)\s+"
                       r"(?:an?\s+|the\s+|its\s+|their\s+)?(?:(?:in-house|local|on-premises|on-premise|private|full|company-wide|large-scale|first)\s+)*(?:deployments?|roll-?outs?)\s+of\s+(?:the\s+)?$"),
                    reverse=True, confidence=0.6),
            # "Shennan Circuits, whose lines in Shenzhen run HX-Inspect": the body whose works run a model uses it
            GapRule("whose_units_run", "integratedInto", ORG - {"GovernmentAgency"}, MP,
                    _c(r"^\s*,\s+whose\s+(?-i:[a-z][\w\-]*\s+){1,4}?(?:(?:now|already|also|all)\s+)?(?:run|use|deploy|rely\s+on|ran|used|deployed|relied\s+on)\s+(?:the\s+)?$"),
                    reverse=True, confidence=0.55),
            # "The Sutie Assistant app answers travel questions by calling GLM-4": a product that calls a model hosts it
            GapRule("by_calling", "integratedInto", ORG - {"GovernmentAgency"} | {"Product"}, {"AIModel"},
                    _c(r"^\s+(?:app\s+|bot\s+|assistant\s+)?(?-i:[a-z][\w\-]*\s+){1,6}?by\s+(?:calling|querying|running|using)\s+(?:the\s+)?$"),
                    reverse=True, confidence=0.55),
            # "In July the Company invested RMB 30 million for a 12% stake in Guangjing Photonics": an amount before "in"
            GapRule("invested_amount_in", "investedIn", ACTOR, ORG - {"GovernmentAgency"},
                    _c(r"^\s+(?:(?:has|have|had|also|then|later|recently|jointly)\s+)*(?:invested|invests|invest|put|puts|poured|pours)\s+(?:(?:RMB|CNY|USD|US\$|HK\$|\$|€|¥)\s*)?[\d.,]+\s*(?:million|billion|bn|m)?\s*"
                       r"(?:yuan|dollars|euros|RMB|US\s+dollars)?\s+(?:(?:for|to\s+take|to\s+buy)\s+(?:a|an)\s+[\d.]+\s*(?:%|per\s*cent|percent)\s+stake\s+)?(?:in|into)\s+(?:the\s+)?$"),
                    confidence=0.65),
            # "Haizhi was set up in 2020 with 30 million yuan from Shandong Port Group": who put up the money at the start
            GapRule("set_up_with_money_from", "investedIn", ORG - {"GovernmentAgency"}, ACTOR,
                    _c(r"^\s+(?:was|were|had\s+been)\s+(?:set\s+up|founded|established|started|launched)\s+(?:in\s+(?:\w+\s+)?\d{4}\s+)?with\s+(?:(?:RMB|US\$|\$|HK\$)\s*)?[\d.,]+\s*(?:million|billion|bn)?\s*(?:yuan|dollars|euros)?\s+"
                       r"(?:in\s+(?:capital|funding|seed\s+money)\s+)?from\s+(?:the\s+)?$"),
                    reverse=True, confidence=0.6),
            # "Qi Yuan sits on the technical board of Liaohe", "serves on Baidu's ethics committee": a board member
            GapRule("sits_on_board", "affiliatedWith", PERSON, ORG,
                    _c(r"^(?:\s*,(?:\s+who)?)?\s+(?:(?:also|still|now|currently|previously|once|later)\s+)*(?:sits|sat|serves|served|sitting|serving)\s+on\s+"
                       r"(?:(?:the|a|an)\s+(?:[\w\-]+\s+){0,3}?(?:board|committee|council|panel|working\s+group)\s+(?:of|at|for)\s+)?(?:the\s+)?$"),
                    confidence=0.55, guard=lambda text, s, left, right: _SEAT_OF.search(text, max(s, right.start - 40), right.start) is not None
                    or _SEAT_AFTER.match(text, right.end) is not None),
            # "Maxthon has made Search-R2 the default answer engine of Maxthon 7": the product it was made the default of
            GapRule("made_default_of", "integratedInto", MP, MP | (ORG - {"GovernmentAgency"}),
                    _c(r"^\s+(?:the|its|their)\s+(?:new\s+)?default\s+(?:[\w\-]+\s+){0,2}?(?:engine|model|assistant|backend|option|brain)\s+(?:of|in|for|inside|behind)\s+(?:the\s+|its\s+|their\s+)?$"),
                    confidence=0.6, guard=lambda text, s, left, right: _MADE_BEFORE_DEFAULT.search(text, max(s, left.start - 12), left.start) is not None),
            # "Ruijin Hospital, which uses RuiPath", "West China Hospital, which has used Yunmu's triage assistant Qiaoyi": a body
            # a relative clause says uses a model runs it
            GapRule("org_which_uses", "integratedInto", ORG - {"GovernmentAgency"}, MP,
                    _c(r"^\s*,\s+(?:which|that|who)\s+(?:(?:has|have|had|also|now|already|since\s+\w+(?:\s+\d{4})?)\s+)*(?:uses|used|use|adopted|deployed|runs)\s+(?:the\s+|its\s+)?(?:(?-i:[a-z][\w\-]*)\s+){0,2}?$"),
                    reverse=True, confidence=0.6),
            # "Longcheng-Med 1.0 is used in the outpatient departments of Changzhou No. 2 People's Hospital", "is in use at
            # Tongji Hospital", "is now used by dermatology clinics at X": the body that uses it hosts it
            GapRule("in_use_at", "integratedInto", MP, ORG - {"GovernmentAgency"},
                    _c(r"^\s+(?:is|are|was|were|has\s+been|have\s+been)\s+(?:(?:now|already|also|widely|being|currently)\s+)*(?:in\s+use|used|deployed|installed|running|live)\s+(?:(?:in|at|across|by|inside|on)\s+(?:the\s+)?(?:(?-i:[a-z][\w\-]*)\s+){0,3}?(?:(?:of|at|in)\s+(?:the\s+)?)?|(?:in|at|across|inside)\s+(?:the\s+)?)$"),
                    confidence=0.6),
            # "Xiyun-Pro joins the model marketplace of Huawei Cloud", "was added to the model library of Bailian": the platform
            # that lists a model offers it
            GapRule("joins_marketplace_of", "integratedInto", MP, MP | (ORG - {"GovernmentAgency"}),
                    _c(r"^\s+(?:(?:has|have|had|also|now)\s+)*(?:joins|joined|join|was\s+added\s+to|were\s+added\s+to|has\s+been\s+added\s+to|is\s+listed\s+(?:in|on))\s+(?:the\s+)?(?:[\w\-]+\s+)?(?:marketplace|catalogue|catalog|library|model\s+square|store|hub)\s+(?:of|on|at)\s+(?:the\s+)?$"),
                    confidence=0.6),
            # "Yuewen switched its default model to Step-3", "Xiaoyi moved its underlying model to Pangu 5.5": the product or
            # firm runs the model it switched to
            GapRule("switched_default_to", "integratedInto", ORG | {"Product"}, {"AIModel"},
                    _c(r"^(?:\s*,\s+[^,;()]{1,60},)?\s+(?:(?:has|have|had|also|now|quietly|recently)\s+)*" + _SWITCHED + r"\s+(?:its|their)\s+(?:[\w\-]+\s+){0,3}?(?:model|engine|backend|layer|brain)\s+to\s+(?:the\s+)?$"),
                    reverse=True, confidence=0.6),
            # "Lazada, which has switched its LazzieChat shopping assistant to Lautan-32B": the product switched to a model runs it
            GapRule("switched_product_to", "integratedInto", {"Product"}, {"AIModel"}, _c(r"^(?:,|(?:\s+(?-i:[a-z][\w\-]*)){0,3})\s+(?:over\s+)?to\s+(?:the\s+)?$"),
                    reverse=True, confidence=0.6,
                    guard=lambda text, s, left, right: _SWITCHED_ITS_BEFORE.search(text, max(s, left.start - 70), left.start) is not None),
            # "Xiaolan is standard from today on the Voyah Courage" ("goes into the ET9" is the integrate lexicon's)
            GapRule("standard_on", "integratedInto", MP, MP,
                    _c(r"^(?:\s+(?:chips?|processors?|model|assistant|module))?\s+(?:is|are|comes|come|will\s+be)\s+(?:now\s+|also\s+)?(?:as\s+)?standard\s+(?:from\s+(?:today|now)\s+)?(?:on|in)\s+(?:the\s+|all\s+|every\s+|its\s+)?$"),
                    confidence=0.6),
            # "Step-R2-Mini is, for now, offered only through Bailian", "Vidu Q3 is served via Model Studio"
            GapRule("offered_through", "integratedInto", MP, MP,
                    _c(r"^\s+(?:is|are|was|were|has\s+been|have\s+been)\s*(?:,\s+for\s+now,\s*)?\s*(?:(?:now|also|only|already|exclusively|first)\s+)*(?:offered|served|sold|distributed|hosted)\s+(?:only\s+|exclusively\s+)?(?:through|via|inside|on)\s+(?:the\s+)?$"),
                    confidence=0.6),
            # "Its predecessor, the HX-Crawler 4, carried an Nvidia Jetson module": a machine carries its parts
            GapRule("product_carries", "integratedInto", MP, MP,
                    _c(r"^\s*,?\s+(?:(?:also|now|still)\s+)?(?:carried|carries|carry|packs|packed|houses|housed)\s+(?:an?\s+|the\s+|two\s+|four\s+|eight\s+)?$"),
                    reverse=True, confidence=0.6),
            # "Shunde Rural Commercial Bank runs HanScribe-2B on servers in its branches", "Lujiang Mediator runs a locally deployed
            # copy of DeepSeek-R1": a body or product that runs a model somewhere hosts it
            GapRule("org_runs_model", "integratedInto", ORG | {"Product"}, MP,
                    _c(r"^(?:\s*,\s+(?:the|a|an|[A-Z][\w\-]*['’]s)\s+[^,;()]{1,60},)?\s+(?:(?:now|already|also|still|currently|quietly|has\s+been|have\s+been|is|are)\s+)*"
                       r"(?:runs|ran|running|carries|carried|(?:runs|ran|running|carries|carried|uses|used|hosts|hosted)\s+(?:an?|the)\s+(?:[\w\-]+\s+){0,3}?(?:copy|version|instance|edition|build)\s+of)\s+$"),
                    reverse=True, confidence=0.6,
                    guard=lambda text, s, left, right: "copy" in text[left.end : right.start] or "version" in text[left.end : right.start] or bool(_RUNS_WHERE_AFTER.match(text, right.end))),
            # "Guizhou Provincial People's Hospital said last month that it had deployed DeepSeek-R1", "iFlytek deploys XH100 cards
            # in its Hefei data centre": a body that deploys a model or a chip runs it
            GapRule("org_deployed", "integratedInto", ORG, MP,
                    _c(r"^\s+(?:(?:says|said|confirmed|announced)\s+(?:(?:on|last|this|in|earlier)\s+\w+\s+)?(?:that\s+)?(?:it|they)\s+)?(?:(?:has|had|have|also|now|already|recently|quietly|formally|first)\s+)*"
                       r"(?:deployed|deploys|deploy|installed|installs|install)\s+(?:the\s+|(?:a|an)\s+(?:[\w\-]+\s+)?(?:copy|version|instance|edition)\s+of\s+)?$"),
                    reverse=True, confidence=0.6),
            # "West China Hospital connected DeepSeek-R1 to its triage kiosks": a body that wires a model into its own systems runs it
            GapRule("org_connected_to_own", "integratedInto", ORG - {"GovernmentAgency"}, MP,
                    _c(r"^\s+(?:(?:has|had|have|also|now|already|recently|first)\s+)*(?:connected|connects|linked|links|hooked\s+up)\s+(?:the\s+)?$"),
                    reverse=True, confidence=0.6, guard=lambda text, s, left, right: bool(re.match(r"\s+(?:up\s+)?(?:in)?to\s+(?:its|their)\s", text[right.end : right.end + 20]))),
            # "On the road, Yunjing-Drive runs in the Deepal S07", "GraspVLA runs on every G1", "StepPilot comes preinstalled on
            # OPPO's Find X9": a model or app that runs inside a product is part of it
            GapRule("runs_in_product", "integratedInto", MP, {"Product"},
                    _c(r"^(?:\s+(?-i:[a-z][\w\-]*)){0,2}?(?:\s+(?:system|model|assistant|stack|software|agent|module))?\s+(?:(?:now|also|already|still|currently)\s+)*(?:(?:runs|ran|is\s+running)\s+(?:in|inside|aboard|on\s+(?:every|each|all))|(?:comes|came|is|was|ships|shipped)\s+(?:pre-?installed|pre-?loaded|bundled)\s+(?:on|in|with))\s+(?:the\s+|its\s+|their\s+)?$"),
                    confidence=0.6),
            # "Yuanshi-3 is used by Bank of Ningbo in its call centre": a firm that a model is used or deployed by runs it
            GapRule("used_by_org", "integratedInto", {"AIModel"}, ORG - {"GovernmentAgency"},
                    _c(r"^(?:\s*,)?\s+(?:(?:is|are|was|were|has\s+been|have\s+been|had\s+been|which\s+is|which\s+was)\s+)(?:(?:now|already|also|widely|since|then|being)\s+)*(?:used|deployed|adopted|run)\s+(?:internally\s+)?by\s+(?:the\s+)?$"),
                    confidence=0.6, guard=lambda text, s, left, right: bool(_NAME_ENDS.match(text, right.end))),
            # ("Tencent integrated DeepSeek-R1": a company hosts a model only when it integrates, embeds or incorporates it)
            GapRule("org_integrates", "integratedInto", ORG, MP, _c(rf"^(?:\s+(?!(?:{_BLOCK}|to)\b){word}){{0,3}}?\s+(?:integrat|embed|incorporat|plugged|plugs|plug(?=\s))\w*(?!\s+(?:on|in|at|for|of)\b)\s+(?:[\w\-’']+\s+){{0,3}}?[“\"]?$"), reverse=True, confidence=0.6),
            # affiliatedWith
            GapRule("role_of", "affiliatedWith", PERSON, ORG | PLACE, _c(rf"^\s*(?:,\s+|\(\s*|[·|•]\s+)(?:the\s+|a\s+|an\s+|its\s+)?(?:[\w\-]+\s+){{0,3}}?(?P<role>{role})(?:s(?=\s+at\b))?(?:\s+and\s+(?:chief\s+\w+\s+officer|chief\s+executive|{role}))?\s+(?:[\w\-]+\s+){{0,3}}?(?:of|at|for|with|from|in|on)\s+(?:the\s+)?(?:(?-i:[a-z][\w\-]*)\s+(?:(?-i:[a-z][\w\-]*)\s+)?(?:school|department|office|college|faculty|team|group|division|lab|laboratory|centre|center|unit|institute|plant|factory|mill|works|branch|business|bureau)\s+(?:at|of)\s+(?:the\s+)?)?(?:[A-Z][\w\-]*-based\s+)?(?:(?!(?:of|at|for|with|from|in|behind|by|and|or|that|which|who|its|their)\b)[a-z][\w\-]*\s+){{0,2}}?$"), role_group="role",
                    # ("a partner at Shanghai law firm Huaxin & Partners": the city names the firm's seat, not the employer)
                    # ("Zhou, a lawyer based in Beijing": a seat, not an employer)
                    guard=lambda text, s, left, right: not (right.members[0].ctype == "Place" and (_PLACE_BEFORE_TRADE.match(text, right.members[0].end)
                                                                                                 or _BASED_IN_BEFORE.search(text, max(s, right.start - 20), right.start)))),
            # "Tang Jie, Tsinghua University professor and ...": the body before a lower-case title in apposition employs the person
            GapRule("org_title_appos", "affiliatedWith", PERSON, ORG, _c("^" + _COMMA_THE.pattern + "$"), confidence=0.6,
                    guard=lambda text, s, left, right: bool(org_title_after.match(text, right.end))),
            # "Yu Kai, the company's chief scientist and a professor at SJTU": a second title, after "and"
            GapRule("second_role_of", "affiliatedWith", PERSON, ORG, _c(rf"^\s*,\s+(?:the|a|an|its|[A-Z][\w\-]*['’]s)\s+[^,;()]{{1,50}}?\s+and\s+(?:a|an|the)\s+(?:[\w\-]+\s+){{0,2}}?(?P<role>{role})\s+(?:at|of|with|in)\s+(?:the\s+)?$"),
                    role_group="role", confidence=0.6),
            # "Yin previously served as president of CAS", "Zhou is the chief scientist at X", "Li was named CEO of X"
            GapRule("serves_as", "affiliatedWith", PERSON, ORG, _c(rf"^(?:\s*,\s+who|\s*,\s+\d{{2}},)?\s+(?:(?:has|had|have)\s+)?(?:previously\s+|also\s+|now\s+|currently\s+|formerly\s+|then\s+|later\s+|subsequently\s+|briefly\s+|once\s+)?(?:serves|served|serving|works|worked|is|was|became|becomes|has\s+been|stepped\s+down\s+as|steps\s+down\s+as|resigned\s+as|retired\s+as|took\s+over\s+as|was\s+named|was\s+appointed|joined\s+as)\s+(?:as\s+)?(?:the\s+|a\s+|an\s+|its\s+)?(?:[A-Z][\w\-]*\s+)*?(?:[\w\-]+\s+){{0,2}}?(?P<role>{role})\s+(?:[\w\-]+\s+){{0,2}}?(?:of|at|for|with)\s+(?:the\s+)?(?:[a-z][\w\-]*\s+){{0,3}}?$"), role_group="role", confidence=0.7),
            # "Moonshot AI's Yang Zhilin": a company's person works there
            GapRule("possessive_person", "affiliatedWith", ORG - {"GovernmentAgency"}, PERSON, _c(r"^['’]s?\s+$"), reverse=True, confidence=0.55, last_only=True),
            # speakers' lines: "Wang Zhongyuan, President, BAAI", "Zhang Peng, CEO, Zhipu AI"
            # ("Ou Zhenhua, Head of Robotics, GAC Research Institute": a role with its field before the organisation)
            GapRule("role_comma_org", "affiliatedWith", PERSON, ORG, _c(rf"^\s*,\s+(?:the\s+)?(?:(?:[\w\-]+|and)\s+){{0,3}}?(?P<role>{role}|{title})(?:\s+(?:of|for)\s+[A-Z][\w\-]*(?:\s+(?:and\s+)?[A-Z][\w\-]*){{0,3}})?\s*,\s+(?:(?:formerly|previously)\s+(?:of|at|with)\s+)?(?:the\s+)?$"), role_group="role", confidence=0.6),
            # "Judges: Gao Pengfei (ModelScope), Tang Shuya (Moore Threads)": a person's body in brackets after the name
            GapRule("person_bracket_org", "affiliatedWith", PERSON, ORG, _c(r"^\s*\(\s*(?:the\s+)?$"), confidence=0.6,
                    guard=lambda text, s, left, right: len(right.members) == 1 and bool(_BRACKET_CLOSES.match(text, right.end))),
            # "...; Professor, School of Computer Science": a second role of the line's person
            GapRule("then_role_comma_org", "affiliatedWith", PERSON, ORG, _c(rf"^\s*;\s+(?:[\w\-]+\s+)?(?P<role>{role}|{title})\s*(?:,|of|at)\s+(?:the\s+)?$"), role_group="role", confidence=0.55, carry=True, carry_only=True),
            # "ModelBest's CEO is Li Dahai", "the firm's chief executive is Xia Lixue"
            GapRule("possessive_role_is", "affiliatedWith", ORG - {"GovernmentAgency"}, PERSON, _c(rf"^['’]s?\s+(?:(?:new|current|former|founding|acting|interim)\s+)?(?:[\w\-]+\s+)?(?P<role>{role})\s+(?:is|was|has\s+been|remains|became)\s+(?:now\s+|still\s+)?$"), reverse=True, role_group="role", confidence=0.65, last_only=True),
            # ("a research institute in Shanghai led by director Zhou Bowen": what a passive "by" follows is no employer)
            GapRule("org_role", "affiliatedWith", ORG | PLACE, PERSON, _c(rf"^(?:['’]s?)?\s+(?:(?!(?:and|or|but|with|while|as|by)\b)[\w\-]+\s+){{0,2}}?(?:(?:{role}|{title})\s*,?\s+and\s+)?(?P<role>{role}|{title})(?:s?\s+|\s*,\s+)$"), reverse=True, role_group="role", last_only=True),
            # "Tanwei Robotics: founder Du Peng" (a listing's entry): the entry's firm and its person
            GapRule("org_colon_role", "affiliatedWith", ORG - {"GovernmentAgency"}, PERSON, _c(rf"^\s*:\s+(?:(?:[\w\-]+|and)\s+){{0,2}}?(?P<role>{role}|{title})s?\s+$"),
                    reverse=True, role_group="role", confidence=0.6),
            # "Guo Han, the chief architect, came from Horizon Robotics in 2023": where the person worked before
            GapRule("came_from", "affiliatedWith", PERSON, ORG, _c(r"^(?:\s*,\s+(?:the|a|an|its|[A-Z][\w\-]*['’]s)\s+[^,;()]{1,60},|\s*,)?\s+(?:(?:had|has|have|also|originally|first|both)\s+)*(?:came|come|comes)\s+(?:over\s+)?from\s+(?:the\s+|rival\s+)?$"),
                    confidence=0.6),
            # "Moonshot AI's president, Zhang Yutong, left": the possessor's role set off by commas
            GapRule("org_role_comma", "affiliatedWith", ORG, PERSON, _c(rf"^['’]s?\s+(?:(?!(?:and|or|but|with|while|as)\b)[\w\-]+\s+){{0,2}}?(?:(?:{role}|{title})\s*,?\s+and\s+)?(?P<role>{role}|{title})\s*,\s+$"), reverse=True, role_group="role", confidence=0.65),
            GapRule("credit", "affiliatedWith", ORG, PERSON, _c(r"^\s*/\s*$"), reverse=True, confidence=0.6),
            # ("and before that was a researcher at Microsoft Research Asia")
            GapRule("and_role_of", "affiliatedWith", PERSON, ORG, _c(rf"^\s*,?\s+and\s+(?:(?:before|after)\s+that\s+|then\s+|later\s+|earlier\s+)?(?:(?:was|is|became|served\s+as|worked\s+as)\s+)?(?:the\s+|a\s+|an\s+)?(?:[\w\-]+\s+){{0,2}}?(?P<role>{role})\s+(?:of|at)\s+(?:the\s+|its\s+)?$"), carry=True, role_group="role"),
            # "In 2021 Tang Yuhe moved to Hangzhou Capital as head of its technology department": the new employer
            GapRule("moved_to", "affiliatedWith", PERSON, ORG - {"GovernmentAgency"}, _c(r"^\s+(?:(?:has|had|later|then|also|subsequently|eventually)\s+)*(?:moved|switched|jumped|defected)\s+(?:over\s+)?to\s+(?:the\s+|rival\s+)?$"),
                    confidence=0.55, guard=lambda text, s, left, right: bool(_AS_ROLE_AFTER.match(text, right.end))),
            # "... earned a doctorate at Princeton University before joining OpenAI": where the subject went next
            GapRule("before_joining", "affiliatedWith", PERSON, ORG - {"GovernmentAgency"}, _c(r"^(?:\s+as\s+(?:a|an)\s+[\w\-]+(?:\s+[\w\-]+)?|\s+for\s+(?:[\w\-]+\s+){1,2}?(?:years?|months?|decades?))?\s*,?\s+(?:before|after|since)\s+(?P<role>joining|founding|co-founding|leaving|starting)\s+(?:the\s+)?$"), role_group="role", confidence=0.55, carry=True, carry_only=True),
            # "he worked at IDD Information Services, a unit of Dow Jones, and then at Infoseek": the subject's next employer
            # "Luo Fuli joined Xiaomi from DeepSeek", "who joined Moonshot AI last year from ByteDance": where the person came from
            GapRule("joined_from", "affiliatedWith", PERSON, ORG - {"GovernmentAgency"}, _c(r"^\s+(?:(?:in\s+)?(?:(?:19|20)\d\d|last\s+\w+|this\s+\w+|earlier\s+this\s+\w+)\s+)?from\s+(?:rival\s+|the\s+)?$"), confidence=0.55, carry=True, carry_only=True,
                    guard=lambda text, s, left, right: bool(_JOINED_BEFORE.search(text, s, right.start))),
            # "Zhang left Megvii, where he had run research, to join StepFun": the sentence's person joins
            GapRule("to_join", "affiliatedWith", PERSON, ORG - {"GovernmentAgency"}, _c(r"^[^;:]{0,120}?\bto\s+(?:join|rejoin|lead|head)\s+(?:the\s+|rival\s+)?$"), confidence=0.55, carry=True, carry_only=True),
            GapRule("and_then_at", "affiliatedWith", PERSON, ORG - {"GovernmentAgency"}, _c(r"^\s*,?\s+and\s+(?:then|later|subsequently|afterwards|also)\s+(?:at|for|with)\s+(?:the\s+)?$"), confidence=0.55, carry=True, carry_only=True),
            # "He worked at Google Brain, and in 2016 co-founded Recurrent AI": a second career verb of the subject
            GapRule("and_verb_person_org", "affiliatedWith", PERSON, ORG - {"GovernmentAgency"}, _c(r"^\s*,?\s+and\s+(?:(?:in|by)\s+(?:\w+\s+)?\d{4}\s*,?\s+|(?:later|then|also|subsequently|eventually|now)\s+)*(?P<role>founded|co-founded|cofounded|joined|started|established|set\s+up|heads|headed|leads|led|runs|ran|chairs|chaired)\s+(?:the\s+|a\s+|an\s+)?$"), role_group="role", confidence=0.6, carry=True, carry_only=True),
            # partnerOf
            # (investing alongside another investor makes no partnership: "Hangzhou Capital came in alongside Qiming")
            # "UBTech has supplied Walker S1 humanoids to carmakers including BYD and Zeekr", "Tencent sells the chip to
            # Baidu": a supplier and its customer work together
            GapRule("supplies_to", "partnerOf", ORG - {"GovernmentAgency"}, ORG - {"GovernmentAgency"},
                    _c(r"^[^;:]{0,120}?\bto\s+(?:(?:[a-z][\w\-]*\s+){0,2}?(?:including|such\s+as|like)\s+)?(?:the\s+)?$"), carry=True, confidence=0.6,
                    # ("found no evidence that StepFun supplied models to the PLA")
                    guard=lambda text, s, left, right: bool(_SUPPLY_GAP.fullmatch(text, left.end, right.start))
                    and not _NO_EVIDENCE_BEFORE.search(text, max(s, left.start - 50), left.start)),
            GapRule("buys_from", "partnerOf", ORG - {"GovernmentAgency"}, ORG - {"GovernmentAgency"},
                    _c(r"^[^;:]{0,120}?\bfrom\s+(?:the\s+)?$"), carry=True, confidence=0.6,
                    guard=lambda text, s, left, right: bool(_BUY_GAP.fullmatch(text, left.end, right.start))),
            GapRule("verb_partner", "partnerOf", ORG, ORG, _c(rf"^{pre}\s+{partner}\s+(?:the\s+)?(?:(?-i:[a-z][\w\-]*\s+)?(?-i:chipmaker|carmaker|automaker|start-?up|giant|firm|company|group|lab|laboratory|university|operator|provider|vendor|developer|maker|insurer|bank|hospital|brand|retailer)s?\s+)?$"), carry=False, confidence=0.7,
                    guard=lambda text, s, left, right: not _INVEST_ALONGSIDE.search(text, left.end, right.start)),
            # ("signed a contract on 13 April 2026 with ...", "inked a deal last week with ...": the time a passive verb may take too)
            GapRule("partner_deal", "partnerOf", ORG, ORG, _c(rf"^{pre}\s+{deal}(?:\s+(?:in|on|last|this|earlier)\s+[\w]+(?:\s+\d{{4}})?|{_TIME_BEFORE_BY})\s+with\s+(?:the\s+)?$"), carry=False, confidence=0.7),
            # "CloudWalk signed a research agreement with KAUST, a reseller agreement with Najd and a memorandum with SDAIA":
            # the signer's further deals in the same sentence
            # ("Two recruitment companies, Zhaopin and BOSS Zhipin, signed agreements with the MOHRSS": past a member of
            # another class)
            GapRule("signed_deal_carried", "partnerOf", ORG - {"GovernmentAgency"}, ORG,
                    _c(rf"^[^;:]{{0,160}}?\b{_SIGN_VERB}\b(?![^;:]*\b(?:said|says|told)\b)[^;:]{{0,160}}?\b{_DEAL_NOUN}\s+with\s+(?:the\s+)?$"),
                    carry=True, carry_only=True, confidence=0.55),
            GapRule("signed_deals_with", "partnerOf", ORG - {"GovernmentAgency"}, ORG,
                    _c(rf"^\s*(?:,\s*(?:and\s+)?|and\s+)(?:a|an|another|the)\s+(?:[\w\-]+\s+){{0,3}}?{_DEAL_NOUN}\s+with\s+(?:the\s+)?$"),
                    carry=True, carry_only=True, confidence=0.55, guard=lambda text, s, left, right: bool(_SIGNED_BEFORE.search(text, s, right.start))),
            # "Baidu's partnerships with Uber and Lyft", "G42 and Microsoft expand their Abu Dhabi cloud partnership"
            GapRule("partnership_with", "partnerOf", ORG, ORG, _c(r"^['’]s?\s+(?:(?-i:[a-z][\w\-]*)\s+){0,2}?(?:partnerships?|alliances?|tie-ups?|collaborations?)\s+with\s+(?:the\s+)?$"), confidence=0.65),
            # "the Chongqing Institute of Green and Intelligent Technology of the Chinese Academy of Sciences": two registry
            # bodies joined by "of the" (the name of the unit ends in a unit word)
            GapRule("unit_of_the_body", "subsidiaryOf", {"ResearchInstitution", "GovernmentAgency", "Organization"}, {"ResearchInstitution", "GovernmentAgency"},
                    _c(r"^\s+of\s+the\s+$"), last_only=True, confidence=0.7,
                    guard=lambda text, s, left, right: bool(_UNIT_HEAD_NAME.search(left.members[-1].text))),
            # "Huawei is PCL's main hardware partner"
            GapRule("is_partner_of", "partnerOf", ORG, ORG, _c(r"^\s+(?:is|was|are|were|has\s+been|have\s+been|became|becomes|remains|remained)\s+(?:also\s+|now\s+|still\s+|long\s+)?$"),
                    carry=False, confidence=0.65, last_only=True, guard=lambda text, s, left, right: bool(_PARTNER_AFTER.match(text, right.end))),
            # "a cluster that iFlytek co-built with Huawei", "Weichai, which developed a diagnosis model with Huawei Cloud": the
            # maker's partner in the work
            GapRule("made_with", "partnerOf", ORG - {"GovernmentAgency"}, ORG - {"GovernmentAgency"},
                    _c(r"^(?:\s*,\s+(?:which|that|who)|\s+(?:has|have|had|also|jointly|first|later|then|recently)){0,3}\s+(?:co-)?(?:developed|built|designed|trained|created|engineered|fine-tuned|introduced|launched|unveiled|released)"
                       r"(?:\s+(?:it|them|(?:an?|the|its|their|a\s+new)\s+(?:(?-i:[a-z][\w\-]*|[A-Z]{2,4})\s+){0,4}?(?-i:[a-z][\w\-]*)))?(?:\s+(?:in|last|this|earlier)\s+[\w]+)?\s+(?:together\s+)?with\s+(?:the\s+)?$"),
                    confidence=0.6, guard=lambda text, s, left, right: bool(_NAME_ENDS.match(text, right.end))),
            # "Xiamen Airlines also controls Hebei Airlines", "Kunlun Tech also owns the browser maker Opera": a body another
            # controls is its unit (not a stake: "owns 10% of", "controls a stake in")
            GapRule("controls_org", "subsidiaryOf", ORG - {"GovernmentAgency"}, ORG - {"GovernmentAgency"},
                    _c(r"^(?:\s*,\s+(?:which|that)(?:\s+(?:is|was)\s+[^,;]{1,40}?\s+and)?)?\s+(?:(?:also|now|still|effectively|both|already)\s+)*(?:controls|owns)\s+(?:both\s+)?(?:the\s+)?(?:(?!(?:stake|stakes|shares|share|interest|in|on|of|with|to|for|part|portion|percent|per|majority|minority|chips?|cards?|servers?)\b)(?-i:[a-z][\w\-]*)\s+){0,4}?$"),
                    reverse=True, confidence=0.6),
            # "YMTC subsidiary XMC expands ...": a headline's compound of owner, unit word and unit
            GapRule("owner_unit_compound", "subsidiaryOf", ORG - {"GovernmentAgency"}, ORG - {"GovernmentAgency"},
                    _c(r"^\s+(?-i:subsidiary|unit|affiliate)\s+$"), reverse=True, confidence=0.6, last_only=True),
            GapRule("names_as_partner", "partnerOf", ORG - {"GovernmentAgency"}, ORG - {"GovernmentAgency"},
                    _c(r"^(?:\s*,\s+(?:which|that|who))?\s+(?:(?:has|have|had|also|now|already)\s+)*(?:named|names|called|calls|counts|counted|listed|lists|described|describes|signed\s+up|signs\s+up|brought\s+in|brings\s+in|recruited)\s+(?:the\s+)?$"),
                    confidence=0.6, guard=lambda text, s, left, right: bool(_AS_ITS_PARTNER.match(text, right.end))),
            # involves
            GapRule("verb_involves", "involves", ANY - EVENT, EVENT, _c(rf"^{pre}\s+{involve}\s+(?:in\s+|at\s+)?(?:the\s+)?(?:(?:opening|closing)\s+(?:session|ceremony|day|plenary)\s+(?:of|at)\s+(?:the\s+|this\s+year['’]s\s+)?|(?:[\w\-]+\s+){{0,2}}?)$"), reverse=True, confidence=0.7),
            # "The Paris AI Action Summit, attended by Vice Premier Zhang Guoqing and JD Vance"
            GapRule("event_attended_by", "involves", EVENT, ANY - EVENT, _c(r"^\s*,?\s+(?:(?:which|that)\s+)?(?:(?:was|were|is|will\s+be)\s+)?(?:attended|hosted|co-hosted|organi[sz]ed|co-organi[sz]ed|sponsored|co-sponsored|addressed|opened|won|chaired|co-chaired|decided|heard|ruled\s+on|tried|brought)\s+by\s+(?:the\s+)?(?:(?:then|former|outgoing|incoming)\s+)?(?:[A-Z][\w\-.]*\s+){0,3}?(?:(?:prime\s+minister|president|premier|chancellor|minister|secretary|chief\s+executive|chairman|mayor|governor)\s+)?$"), confidence=0.65),
            # "Premier Li Qiang used the WAIC opening to propose ...", "Huawei used the expo as the stage for ...": who used
            # the event took part in it
            GapRule("used_event", "involves", ANY - EVENT, EVENT, _c(r"^\s+(?:(?:has|had|also)\s+)?(?:used|uses|use)\s+(?:the\s+|this\s+year['’]s\s+|its\s+)?$"),
                    reverse=True, confidence=0.6, guard=lambda text, s, left, right: bool(_USED_EVENT_AFTER.match(text, right.end))),
            # "BAAI used the forum to release RoboBrain 3.0": what was released at the event the subject used
            GapRule("used_event_to_release", "involves", EVENT, MP | POLICY,
                    _c(r"^\s+to\s+(?:release|launch|unveil|show|showcase|present|demonstrate|debut|introduce|announce|open-source|preview)\s+(?:(?:its|their|the|a|an)\s+)?(?:(?:new|latest|upgraded|first)\s+)?(?:[\w\-]+\s+){0,2}?$"),
                    confidence=0.55, guard=lambda text, s, left, right: bool(_USED_BEFORE_EVENT.search(text, max(s, left.start - 40), left.start))),
            GapRule("possessive_event", "involves", ORG | PLACE | PERSON, EVENT, _c(poss), reverse=True, confidence=0.65, last_only=True),
            # "Volcano Engine was the exclusive AI cloud partner of China Media Group's Spring Festival Gala": a sponsor takes part
            GapRule("partner_of_event", "involves", ORG - {"GovernmentAgency"}, EVENT, _c(r"^(?:\s*,\s+[^,;()]{1,60},)?\s+(?:is|was|will\s+be|has\s+been|became|becomes)\s+(?:the\s+|an?\s+)?(?:[\w\-]+\s+){0,3}?(?:partner|sponsor|supplier|provider|host|organi[sz]er)\s+(?:of|for|to)\s+(?:the\s+)?$"),
                    reverse=True, confidence=0.6),
            # "The Beijing Internet Court decided the AI voice rights case": the court took part in the case
            GapRule("court_decided_case", "involves", {"GovernmentAgency"}, EVENT, _c(r"^\s+(?:(?:has|had|also)\s+)?(?:decided|heard|ruled\s+on|tried|handled|accepted)\s+(?:the\s+)?$"),
                    reverse=True, confidence=0.6),
            GapRule("at_event", "involves", ANY - EVENT, EVENT, _c(r"^\s+(?:at|during)\s+(?:the\s+)?$"), reverse=True, confidence=0.6),
            # "The Action Plan was released at the World AI Conference", "Pangu 5.5, unveiled at HDC 2025"
            GapRule("shown_at_event", "involves", MP | POLICY, EVENT, _c(r"^(?:\s+(?:model|system|chip|app|chatbot|platform|robot|humanoid|car|device|assistant)s?(?!\s*,))?(?:\s*,\s+(?:a|an|the|its|their)\s+[^,;()]{3,80}?(?=,))?\s*,?\s+(?:(?:which|that)\s+)?(?:(?:was|were|is|are|has\s+been|had\s+been)\s+[a-z](?:[^,;()]|,(?=\d)){2,60}?\s+and\s+)?(?:(?:was|were|is|are|will\s+be|had\s+been|has\s+been)\s+)?(?:(?:released|launched|unveiled|announced|introduced|open-sourced)\s+(?:in|on|last|this|earlier)\s+[\w\s,]{1,20}?\s+and\s+)?(?:(?:first|also|formally|officially|publicly)\s+){0,2}(?:released|unveiled|launched|adopted|announced|issued|published|signed|showcased|shown|presented|demonstrated|demoed|debuted|introduced|displayed|exhibited|endorsed|agreed|previewed|open-sourced|on\s+(?:show|display|view)|(?:drew|draws|attracted|attracts)\s+(?:crowds|attention|visitors))\s+(?:to\s+(?:the\s+)?(?:(?-i:[a-z][\w\-]*)\s+){0,2}?(?:public|visitors|reporters|delegates|press|utilities|customers|investors|officials|buyers|clients|partners|developers|attendees|guests|users)\s+)?(?:(?:in|on|last|this|earlier)\s+(?:[A-Z][a-z]+\.?\s+|year\s+|month\s+|week\s+)?(?:\d{1,2},?\s+)?(?:(?:19|20)\d\d\s+)?(?:of\s+(?:last|this)\s+(?:week|month)\s+)?)?(?:at|during|on\s+the\s+(?:main\s+)?(?:stage|stand|booth)\s+of)\s+(?:(?:a|an|the)\s+(?:[\w\-]+\s+){0,2}?(?:forum|session|panel|sub-forum|booth|stand|pavilion|ceremony|showcase)\s+(?:of|at|during)\s+)?(?:the\s+|this\s+year['’]s\s+|last\s+year['’]s\s+|its\s+|their\s+|the\s+(?:company|firm|group|startup|start-up|lab|institute|university)['’]s\s+(?:own\s+|annual\s+)?)?$"), reverse=True, confidence=0.6),
            # "a G1 entered the materials-sorting contest at the World Humanoid Robot Games": an entrant takes part
            GapRule("entered_contest_at", "involves", MP | ORG, EVENT, _c(r"^\s+(?:units?\s+|robots?\s+|teams?\s+)?(?:(?:also|then|later)\s+)?(?:entered|enters|competed\s+in|competes\s+in|took\s+part\s+in|won|wins|ran\s+in)\s+(?:the\s+|a\s+|an\s+)?(?:[\w\-]+\s+){0,3}?(?:contest|competition|race|challenge|match|category|round|final|tournament)s?\s+(?:at|of|during)\s+(?:the\s+)?$"),
                    reverse=True, confidence=0.6),
            # "Humanoid Robot Frontier Forum, 5 July, H1 forum stage, with speakers from Unitree Robotics, Fourier and Tesla"
            GapRule("with_speakers_from", "involves", EVENT, ACTOR, _c(r"^[^.;]{0,80}?\bwith\s+(?:speakers|participants|exhibitors|panell?ists|delegates|representatives|guests|experts|executives)\s+from\s+(?:the\s+)?$"),
                    confidence=0.6),
            GapRule("event_held_in", "involves", EVENT, PLACE | ORG, _c(r"^(?:\s*,\s*(?:which|that))?\s+(?:(?:is|are|was|were|will\s+be|being|will)\s+)?(?:held|hosted|staged|organi[sz]ed|opened|opens|open|kicked\s+off|took\s+place|takes\s+place|take\s+place)\s+(?:(?:on|last|this|next)\s+[A-Z]?[a-z]+\s+)?(?:in|by|at)\s+(?:the\s+)?$"), confidence=0.6),
            # "the AI Standardization Work Conference, which the SAC and MIIT held in Beijing": its hosts
            GapRule("event_which_hosted", "involves", EVENT, ORG, _c(r"^\s*,\s+(?:which|that)\s+(?:the\s+)?$"), confidence=0.6,
                    guard=lambda text, s, left, right: _HOSTED_AFTER.match(text, right.end) is not None),
            # "WAIC closed in Shanghai on Monday", "Create 2025, the company's annual developer conference in Wuhan": where
            # the event is (not a bare "the summit in Paris": a place named to say which summit; "opened in" is
            # event_held_in's)
            GapRule("event_in_place", "involves", EVENT, PLACE, _c(r"^(?:\s*,\s+(?:the|its|a|an|this\s+year['’]s)\s+(?:[^,;()]{0,60}?\s+)?(?:conference|summit|forum|expo|fair|event|gathering|games|show|meeting|festival|exhibition|congress|convention|marathon|competition|contest|week)"
                    r"|\s+(?:(?:has|have|had)\s+)?(?:closed|closes|close|ran|runs|run|convened|convenes|wrapped\s+up|concluded|ended|ends|kicks\s+off|got\s+under\s+way))\s+in\s+$"), confidence=0.6),
        ]
        self.tail_rules = [
            GapRule("tail_acquire", "subsidiaryOf", ORG, ORG, _c(rf"\b(?:its\s+|the\s+)?{acq_n}\s+(?:the\s+)?$"), reverse=True, confidence=0.6),
            # "UBTech, ..., listed in 2023 after raising 5.6 billion yuan from investors including Tencent"
            GapRule("tail_raised_from", "investedIn", ORG - {"GovernmentAgency"}, ACTOR, _c(r"\b(?:raised|raising|secured|securing|received|receiving)\s+(?:[\w$€¥£.,\-]+\s+){0,6}?from\s+(?:(?:investors|backers)\s+(?:including|such\s+as)\s+|a\s+group\s+(?:that|which)\s+included\s+)(?:the\s+)?$"), reverse=True, confidence=0.6),
            GapRule("tail_invest", "investedIn", ACTOR, ORG, _c(rf"\b(?:its\s+|an?\s+|similar\s+)?{inv_n}\s+(?:[\w\-]+\s+){{0,2}}?$"), confidence=0.6),
            # "The government has made AI a priority with policies like the New-Generation AI Development Plan"
            GapRule("tail_policies_like", "issuedBy", ISSUER, POLICY, _c(r"\b(?:its\s+|their\s+)?(?:policies|plans|regulations|rules|measures|initiatives|strategies|laws)\s+(?:like|such\s+as|including)\s+(?:the\s+)?$"), reverse=True, confidence=0.6),
        ]
        # words every tail rule needs: a cheap substring test before the regexes ("acquisition", "stake", ...)
        self.tail_keys = sorted({w.split()[0].lower() for w in v["acquire_nouns"] + v["invest_nouns"]} | {" like", "such as", "including"})
        self._by_types: dict = {}
        self.place_adjective = re.compile(r"-(?:based|headquartered|born|owned|backed|listed|registered)\b|\s+(?:dollars?|cents?)\b")
        self.its_apposition = re.compile(rf"\s*,\s+(?:its|their)\s+(?:own\s+)?(?:[\w\-]+(?:\.\d+[\w\-]*)?\s+){{0,3}}?{heads}\b", re.IGNORECASE)
        self.reduced_verb = re.compile(rf"\s+(?:has\s+|had\s+|first\s+|quietly\s+|recently\s+)?(?:{verbs_regex(v['release_cue'])}|previewed|built|builds|developed|develops|trained|trains|designed|designs|created|creates|made|makes)\b(?!\s+by\b)", re.IGNORECASE)
        self.dev_opener = re.compile(rf"\s*(?:jointly\s+)?{dev_p}\s+(?:the\s+)?", re.IGNORECASE)
        self.issue_opener = re.compile(rf"\s*(?:(?:first|jointly)\s+)?{issue_p}\s+(?:the\s+)?", re.IGNORECASE)
        self.product_after_possessor = re.compile(rf"['’]s\s+(?:[\w\-]+(?:\.\d+[\w\-]*)?\s+){{0,2}}?{heads}\b(?!['’])", re.IGNORECASE)
        # "Noah's Ark Lab, the Huawei research unit": a firm's name before the unit noun, as an adjective
        self.unit_after_attributive = re.compile(rf"\s+(?:[\w\-]+\s+){{0,2}}?{phrase_regex([u for u in v['unit_nouns'] if not u.startswith('spin')])}\b(?!['’])(?=\s*[,.;:)]|\s+(?:that|which|in|based)\b)", re.IGNORECASE)
        # (and "Tongyi Lab, Alibaba's model team", "Voyah, Dongfeng's premium brand")
        self.unit_after_possessor = re.compile(rf"['’]s\s+(?:[\w\-]+\s+){{0,3}}?(?-i:{phrase_regex(v['unit_nouns'])}|team|brand)(?:e?s)?\b(?!['’])", re.IGNORECASE)
        # "Infinigence will open an office in Wuxi, chief executive Xia Lixue said", "..., said its director, Zhou Jianqiang"
        self.role_said_before = re.compile(rf"(?:,\s+|\bsaid\s+)(?:its\s+|the\s+(?:company|firm|group|bureau|ministry|agency|lab|fund)['’]s\s+)?(?P<role>{role})\s*,?\s+$", re.IGNORECASE)
        self.role_after_org = re.compile(rf"\s+(?:[\w\-]+\s+)?(?P<role>{role})\b(?!['’])", re.IGNORECASE)
        # "...; Professor, School of Computer Science": a role that opens a clause after a semicolon
        self.role_lead = re.compile(rf"\s*(?:[\w\-]+\s+)?(?P<role>{role}|{title})\s*(?:,|of|at)\s+(?:the\s+)?", re.IGNORECASE)
        self.titled_member = re.compile(rf"\band\s+(?:(?:former|then)\s+)?(?:[a-z]+\s+)?(?:{title})\s+$", re.IGNORECASE)
        # "Chen Haolin, Chief Architect for CloudMatrix 384, Huawei Cloud" (a programme's speaker line): past the product
        self.role_for_product = re.compile(rf"\s*,\s+(?:the\s+)?(?:(?:[\w\-]+|and)\s+){{0,3}}?(?P<role>{role}|{title})\s+(?:for|of|on)\s+(?:the\s+)?", re.IGNORECASE)
        self.role_after_possessor = re.compile(rf"(?:['’]s|(?<=s)['’])\s+(?:[\w\-]+\s+){{0,2}}?(?P<role>{role})s?\b", re.IGNORECASE)
        self.prep_before = re.compile(r"\b(?:to|of|for|with|from|about|than|into|toward|towards)\s+(?:the\s+)?$", re.IGNORECASE)
        # (a head noun may close the first name: "the Xiaomi 15S Pro phone and the Pad 7 Ultra tablet")
        self.group_gap = re.compile(
            # ("the Ministry of Industry and Information Technology (MIIT), the Ministry of ...": a bracketed short name first)
            rf"^\.?(?:\s*\([^()]{{1,40}}\))?(?:\s+{heads}s?)?\s*(?:,|,?\s*and(?:\s+(?:at|of|in|from|with|by))?|['’]s\s+(?:[\w\-]+\s+){0,2}?(?:fund|arm|unit|vehicle)\s+and|&|,?\s*as well as(?:\s+(?:other\s+)?(?:[\w\-]+\s+)?(?:investors|backers|shareholders|funds|agencies|regulators|ministries|departments)\s+(?:such\s+as|including|like))?|,?\s*or|/|,\s*plus|,?\s*(?:together|along|jointly)\s+with|\s*[–—]\s*(?:together\s+)?with)(?:\s+the)?"
            # ("led by the National AI Industry Investment Fund and carmaker Chery": a trade word before the next name)
            r"(?:\s+(?:state-owned\s+|state-backed\s+)?(?:carmaker|automaker|chipmaker|insurer|lender|brokerage|conglomerate|tech\s+giant|"
            r"internet\s+giant|phone\s+maker|smartphone\s+maker|robot\s+maker|chip\s+designer|server\s+maker|foundry|retailer|carrier))?\s*$"
            # ("GLM-4.5 and the lighter GLM-4.5-Air")
            r"|^\s*,?\s*and\s+(?:the|its)\s+(?:[a-z][\w\-]*\s+){1,2}$"
            # ("co-chaired by French President Emmanuel Macron and Indian Prime Minister Narendra Modi")
            rf"|^\s*,?\s*and\s+(?:(?:former|then)\s+)?(?:[a-z]+\s+)?(?:{title})\s+$",
            re.IGNORECASE,
        )
        # ("A and B have jointly ...", "A and B are partnering on ...", "A and B agreed to deploy ...", "will jointly develop")
        self.jointly = re.compile(rf"^\s+(?:have\s+|has\s+|had\s+|will\s+|would\s+|are\s+|were\s+|(?:have|has)\s+been\s+)?(?:also\s+|long\s+|since\s+)?(?:jointly|together|"
                                  # ("Honor and Zhipu have worked together on phone agents", "Huawei and Seres deepen their partnership")
                                  r"(?:worked|work|works|working)\s+(?:closely\s+)?together\b|(?:teamed|team|teams)\s+up\b|collaborated\b|cooperated\b|partnered\b"
                                  r"|(?:deepen|deepened|deepens|expand|expanded|expands|extend|extended|extends|renew|renewed|renews)\s+(?:(?:their|a|its)\s+)?(?:[\w\-]+\s+){0,2}?(?:partnership|cooperation|collaboration|alliance|ties|deal|agreement|contract|pact)\b"
                                  rf"|co-(?!led\b|invested\b|financed\b|funded\b|backed\b|lead\b|leads\b|invest\b)\w+|{deal}\b(?!\s+with\b)"
                                  r"|(?:are|were|have\s+been|will\s+be)\s+(?:now\s+)?(?:partnering|collaborating|cooperating|teaming\s+up|working\s+together)\b"
                                  # ("Wuhan University and Huawei Cloud launched a joint laboratory")
                                  r"|(?:launch(?:ed|es)?|set(?:s)?\s+up|establish(?:ed|es)?|open(?:ed|s)?|unveil(?:ed|s)?|form(?:ed|s)?|creat(?:e|ed|es)|buil(?:t|d|ds)|run|runs|ran|operat(?:e|es|ed))\s+(?:(?:a|an|their)\s+)?(?:new\s+)?(?:[“\"]?[\w\-]+\s+){0,3}?joint\b"
                                  # ("Mobvoi and the Hong Kong Productivity Council open a Cantonese voice lab")
                                  r"|(?:open(?:ed|s)?|set(?:s)?\s+up|establish(?:ed|es)?|launch(?:ed|es)?|form(?:ed|s)?)\s+(?:a|an)\s+(?:new\s+)?(?:[\w\-]+\s+){0,3}?(?:lab|laboratory|research\s+cent(?:re|er)|innovation\s+cent(?:re|er)|institute)\b"
                                  # ("a 260-billion-parameter model that Baidu and PCL released jointly")
                                  r"|(?:released|developed|built|created|trained|designed|made|published|launched)\s+(?:it\s+|them\s+)?(?:jointly|together)\b"
                                  r"|(?:agreed|agree|plan|plans|planned|aim|aims)\s+to\s+(?:jointly\s+|together\s+)?(?:develop|build|deploy|launch|work|cooperate|collaborate|co-develop|set\s+up|create|promote)\b"
                                  # ("Pony.ai and Toyota start robotaxi trial in Guangzhou": a trial two run together)
                                  r"|(?:start|starts|started|begin|begins|began|launch|launches|launched|kick\s+off|kicked\s+off)\s+(?:a\s+|an\s+|their\s+)?(?:joint\s+)?(?:[\w\-]+\s+){0,2}?(?:trials?|pilots?|tests?|testing)\b)", re.IGNORECASE)
        self.its_before = re.compile(r"\b(?:its|their|the\s+(?:company|firm|startup|group|giant|lab|developer|government|country|ministry|agency)['’]s)\s+(?:(?!(?:for|of|in|with|to|on|at|by|from|and|or|as|than|over|into|across|is|was|are|were|will|would|can|could|has|had|have|outperform\w*|outpac\w+|beat\w*|rival\w*|surpass\w*|match\w*|trail\w*|lag\w*|replac\w+|us(?:e|es|ed|ing)|power(?:s|ed)|run(?:s)?|integrat\w+|compet\w+)\b(?!-))[\w\-]+,?\s+){0,3}?[“\"]?$", re.IGNORECASE)
        self.leverage = re.compile(r"(?:^|\W)(?:by\s+)?(?:leverag\w+|using|based\s+on|built\s+on|with\s+the\s+help\s+of)\s+(?:the\s+|its\s+)?(?:[\w\-]+\s+){0,2}?$", re.IGNORECASE)
        self.dev_verb = re.compile(rf"\b{dev}\b", re.IGNORECASE)
        self.company_subject = re.compile(rf"\bthe\s+(?:company|firm|startup|start-up)\b(?=\s+(?:(?:has|had|also|then|later|first|quietly)\s+)*{dev}\b)")
        self.launched_gap = re.compile(
            rf"\s+(?:(?:has|have|had|also|then|formally|officially|publicly|first)\s+)*(?:{verbs_regex(v['release_cue'])}|presented|showed|showcased|demonstrated)"
            r"\s+(?:(?:its|their|the|a|an|new|latest|flagship|own|upgraded|open-source|next-generation)\s+)*", re.IGNORECASE)
        self.present_verb = re.compile(rf"\b(?:{verbs_regex(v['release_cue'])}|present|presents|presented|showed|shows|showcased|displayed|demonstrated|exhibited)\b", re.IGNORECASE)
        # (not "fine-tuned" and the like: "Hunyuan-T1, which Kuaishou fine-tuned on contracts" is a base someone adapted)
        participles = phrase_regex([w[:-3] for w in v["develop_passive"] if w.endswith(" by") and not w.startswith(_ADAPTED_BY)])
        self.clause_dev_by = re.compile(rf"^[^;]*?,\s+(?:(?:which|that)\s+(?:was|were)\s+)?{dev_p}\s+(?:the\s+)?$", re.IGNORECASE)
        # ("which Baidu began rolling out", "that iFlytek and Huawei jointly built")
        self.clause_dev_verb = re.compile(
            # ("that Alibaba's Qwen team launched", "that Ele.me's technology team fine-tuned from Qwen3": the owner's team)
            rf"(?:['’]s\s+(?:[\w\-]+\s+){{0,2}}?(?:team|unit|lab|division|engineers|researchers|arm))?"
            rf"\s+(?:(?:has|had|have|first|recently|quietly|jointly|also|later|formally|officially)\s+)*"
            rf"(?:(?:began|begins|started|starts)\s+(?:rolling\s+out|shipping|selling|offering|testing|releasing|deploying)\b"
            rf"|(?:fine-tuned|distilled)(?=\s+(?:it\s+)?from\b)|{participles}\b(?!\s+by\b))",
            re.IGNORECASE,
        )
        clause_adv = r"\s+(?:has\s+|had\s+|have\s+|first\s+|recently\s+|quietly\s+|jointly\s+|later\s+|formally\s+|officially\s+|just\s+|also\s+|last\s+|most\s+recently\s+|originally\s+|then\s+)*"
        issued = phrase_regex([w[:-3] for w in v["issue_passive"] if w.endswith(" by") and not w.startswith(("jointly ", "co-"))])
        # "the Rules, which the CAC published in July", "Zorvex Robotics, which Baidu bought in 2021": an object
        # relative clause names who issued or bought what it hangs on (antecedent classes, actor classes, verbs)
        # ("the National Laboratory of Pattern Recognition, which CASIA had just founded"; "iFlytek, which Liu Qingfeng founded
        # in 1999": a founder works there; reversed entries point from the actor)
        self.object_clauses = [
            (POLICY, ISSUER, "issuedBy", False, re.compile(rf"{clause_adv}{issued}\b(?!\s+by\b)", re.IGNORECASE)),
            (ORG, ORG, "subsidiaryOf", False,
             re.compile(rf"{clause_adv}(?:bought|acquired|purchased|took\s+over|owns|spun\s+(?:off|out)|set\s+up|established|created|incubated|founded|formed)\b(?!\s+by\b)", re.IGNORECASE)),
            (ORG - {"GovernmentAgency"}, PERSON, "affiliatedWith", True,
             re.compile(rf"{clause_adv}(?:founded|co-founded|cofounded|set\s+up|started|established|runs|leads|heads|chairs)\b(?!\s+by\b)", re.IGNORECASE)),
        ]
        # "Alibaba led AIsphere's Series B", "Tencent joined Zorvex's latest round": the round's owner raised it
        # ("Hefei Industry Investment Capital, which led Lingdong's Series A last year")
        self.led_round = re.compile(r"(?:\s*,[^,;]{1,60},|\s*,\s+(?:which|that|who)(?=\s+(?:(?:has|have|had|also)\s+)*(?:co-)?led\b))?\s+(?:has\s+|have\s+|had\s+|also\s+)*(?:co-)?(?:led|leads|lead|joined|joins|participated\s+in|took\s+part\s+in|backed|anchored|headed)\s+(?:the\s+|(?:one|two|both|each|several|all|some)\s+of\s+)?$", re.IGNORECASE)
        # (after "our" standing for an interviewee's firm there is no "'s": "Qiming led our seed round")
        self.round_after = re.compile(r"(?:['’]s?|(?<=[Oo]ur)|(?<=[Yy]our))\s+(?:[\w\-$.,]+\s+){0,4}?(?:Series\s+[A-H]\+?|(?:funding\s+|financing\s+|investment\s+|seed\s+|angel\s+)?rounds?|fundraising|raise|financing|funding)\b", re.IGNORECASE)
        # "The round for Zorvex was led by Tencent", "Zorvex's Series B was led by Tencent and joined by Baidu"
        self.round_of_before = re.compile(r"\b(?:round|rounds|fundraising|financing|funding|Series\s+[A-H]\+?)\s+(?:for|in|of|into)\s+(?:the\s+)?$", re.IGNORECASE)
        self.round_possessed = re.compile(r"^['’]s?\s+(?:[\w\-$.,]+\s+){0,4}?(?:Series\s+[A-H]\+?|rounds?|fundraising|financing|funding)(?:\s+round)?(?:\s*,\s+(?:which|that|worth|in|on|last|earlier|closed|completed|announced|raised|of|at)\s+[^,;]{1,60}?,)?(?:\s+(?:last|this|earlier\s+this)\s+(?:year|month|week|spring|summer|autumn|fall|winter)|\s+in\s+(?:[A-Z][a-z]+\s+)?(?:19|20)\d\d)?(?:\s*,(?=\s+(?:co-)?led\s+by\b))?(?:\s+(?:(?:was|were|is|has\s+been|had\s+been)\s+)?(?:(?:co-)?led|joined|backed|anchored)\s+by|\s+(?:raised|drew|attracted|brought\s+in)\s+(?:[\w$€¥£.,\-()+]+\s+){0,6}?from)\s+(?:the\s+)?$", re.IGNORECASE)
        self.round_led_gap = re.compile(r"^\s+(?:(?:was|were|is|has\s+been|had\s+been)\s+)?(?:(?:co-)?led|joined|backed|anchored)\s+by\s+(?:the\s+)?$", re.IGNORECASE)

    _UNIT_WORDS = re.compile(r"\b(?:Cloud|Lab|Labs|Laboratory|Group|Council|Department|Institute|Center|Centre|Bureau|Division|Unit|Academy|School|College|Team|team|Research|Studio|Studios|Office|Committee|Commission|Administration|Agency|Capital|Ventures|Bank|Securities|Services|Holdings)\b")

    def _past_possessor(self, text: str, groups: list[Group], i: int) -> Group:
        """The group after groups[i], or the model or product that group possesses ("into Xiaomi's HyperOS")."""
        right = groups[i + 1]
        if i + 2 < len(groups) and self.possessive.match(text[right.end : groups[i + 2].start]) and groups[i + 2].types & MP:
            return groups[i + 2]
        return right

    def _unit_like(self, unit: Mention, parent: Mention) -> bool:
        """Only a name that reads as a unit ("... Cloud", "... Group") or carries the parent's name is a unit."""
        return bool(self._UNIT_WORDS.search(unit.text)) or unit.text.startswith(parent.text.split()[0])

    @staticmethod
    def _hosted_elsewhere(rule: GapRule, text: str, right: Group) -> bool:
        """"Tencent Cloud will integrate DeepSeek-R1 into its Yuanbao app": the host is what follows "into", not the
        subject of "integrate"."""
        return rule.name in ("features", "org_integrates") and bool(_INTO_AFTER.match(text, right.end)) \
            and not (rule.name == "org_integrates" and (_INTO_OWN_SYSTEM_AFTER.match(text, right.end)  # ("into its pipeline")
                                                        or _INTO_UNNAMED.match(text, right.end)))

    def _apply_named(self, name: str, left: Group, right: Group, gap: str, s: int, e: int, out: list[Relation]) -> bool:
        """Apply the one gap rule called `name` between two groups that are not neighbours, or not with their own gap
        ("Li Wen, a partner at Shenzhen venture firm Fortune Capital": past the city, with the words before it)."""
        return any(r.name == name and self._apply(r, left, right, gap, s, e, out, typed=True) for r in self._candidates(left, right))

    def _previous_firm(self, previous: list[Mention] | None) -> Mention | None:
        """The firm the sentence before is about (its first firm that invested in nothing there), else the paragraph's."""
        return next((a for a in previous or () if a.ctype in ORG - {"GovernmentAgency"} and a.key not in self._investors_before), None) \
            or self._topic_org

    def _candidates(self, left: Group, right: Group) -> list[GapRule]:
        """The rules whose classes fit the two groups (cached per pair of class sets)."""
        key = (left.types, right.types, left.members[-1].ctype)
        rules = self._by_types.get(key)
        if rules is None:
            lt, rt, last = key
            rules = [r for r in self.rules if (last in r.left if r.last_only else lt & r.left) and rt & r.right]
            self._by_types[key] = rules
        return rules

    # ---------------------------------------------------------------------------------------------
    def groups(self, text: str, mentions: list[Mention]) -> list[Group]:
        runs: list[list[Mention]] = []
        for m in mentions:
            # ("Tencent-backed Zhipu and Alibaba-backed Moonshot": a name before "-backed" opens a phrase of its own)
            # ("SenseTime's SenseChat and Zidong Taichu, a model from the Institute of Automation": a name with an
            # apposition of its own in the singular is no member of the list before it)
            if (runs and runs[-1][-1].ctype in _compatible(m.ctype) and self.group_gap.match(text[runs[-1][-1].end : m.start])
                    and not _HYPHEN_MODIFIER.match(text, m.end) and not _SINGULAR_APPOSITION.match(text, m.end)
                    and "interview_voice" not in (m.source, runs[-1][-1].source)):  # ("from Alibaba, and we ...")
                run = runs[-1]
                # "Unlike Baidu, Alibaba released ...": a name after "unlike" and a comma starts no list, nor does a
                # possessor opening an apposition ("Kunlunxin, Baidu's chip unit, ...")
                between = text[run[-1].end : m.start]
                comma = between.strip() == ","
                # ("the Beijing Municipal Cyberspace Administration, the CAC's local arm": a possessor in apposition)
                if _THE_POSSESSOR_GAP.fullmatch(between) and _POSS_LOWER.match(text, m.end):
                    runs.append([m])
                    continue
                # ("X was developed by Tencent, and Kuaishou built the Z100": a second clause, not a two-name list)
                # ("sponsored by CMB International and Guotai Junan, and Jiangsu Hi-Tech took a tranche": a list closed by
                # its own "and" takes no more names)
                if (len(run) == 1 or re.fullmatch(r"\s+(?:and|&)\s+", text[run[-2].end : run[-1].start])) \
                        and _COMMA_AND.fullmatch(between) and _CLAUSE_VERB_AFTER.match(text, m.end):
                    runs.append([m])
                    continue
                if not (comma and (len(run) == 1 and _CONTRAST.search(text, max(0, run[0].start - 25), run[0].start)
                                   or _POSSESSIVE_APPOSITION.match(text, m.end))):
                    run.append(m)
                    continue
            runs.append([m])
        groups = [Group(run) for run in runs]
        # "Gao, 44, who is Yunmai's chief executive": a person's age closes the person's name
        for g in groups:
            if g.members[-1].ctype in PERSON and text[g.end : g.end + 1] == "," and (age := _AGE_AFTER.match(text, g.end)):
                g.end = age.end()
        return groups

    def _negated_before(self, text: str, s: int, at: int, reach: int | None = None) -> bool:
        """A negation or a plan in the clause before offset `at` (after its last colon or semicolon; within `reach`
        characters when given): "had no plans to put X inside Y", not "The option is not new: Tencent added R1 ..."."""
        start = max(s, text.rfind(":", s, at) + 1, text.rfind(";", s, at) + 1, at - reach if reach is not None else s)
        return self.negation.search(text, start, at) is not None

    def _apply(self, rule: GapRule, left: Group, right: Group, gap: str, s: int, e: int, out: list[Relation], conf_scale: float = 1.0,
               carried: bool = False, typed: bool = False):
        """Apply one gap rule between two groups; `typed` when the rule came from _candidates (classes checked)."""
        if rule.carry_only and not carried:
            return False
        lefts = left.members[-1:] if rule.last_only else left.members
        # ("Demis Hassabis and John Jumper of Google DeepMind": a pair of people named with one organisation are both of it)
        if rule.name == "person_of_org" and len(left.members) == 2 and self._text[left.members[0].end : left.members[1].start] == " and ":
            lefts = left.members
        if not typed and (not any(a.ctype in rule.left for a in lefts) or not any(b.ctype in rule.right for b in right.members)):
            return False
        if rule.name == "possessive_unit" and (not (_UNIT_NOUN.search(gap) or any(self._unit_like(b, left.members[-1]) for b in right.members))
                                               or _LINKING_VERB.search(gap)):
            return False  # ("Moore Threads' backers include Tencent": a verb between them, no possessed unit)
        m = rule.regex.match(gap)
        if m is None and gap[:1] in ('"', "”") and self._text[left.start - 1 : left.start] in ('"', "“"):
            gap = gap[1:]  # ('"Zorvex Plan for ...", issued by the State Council': past the quoted name's closing quote)
            m = rule.regex.match(gap)
        if m is None and gap[:2] == " (" and (long_paren := LONG_PAREN.match(gap)):
            # ("GB/T 45654-2025 (Cybersecurity technology - Basic security requirements ...), was published by": a
            # standard's full title in brackets after its number)
            gap = gap[long_paren.end() :]
            m = rule.regex.match(gap)
        if not m:
            return False
        if self.negation.search(gap):
            return False
        if rule.guard is not None and not rule.guard(self._text, s, left, right):
            return False
        if _HEDGED_BEFORE.search(self._text, max(s, left.start - 24), left.start):
            return False  # ("an analysis alleging that Pangu Pro MoE was derived from Qwen2.5-14B": a claim, not a fact)
        if rule.name == "verb_developer" and (_DEPLOYMENT_OF.search(gap) or self.integrate_before.search(gap) and _BUILT_INTO_AFTER.match(self._text, right.end)):
            return False  # ("built VoxLark-2 into its reader", "announced deployments of R1": a use, not a release)
        if rule.name == "verb_developer" and gap.rstrip().endswith(",") and _OBJECT_RELATIVE_BEFORE.search(self._text, max(s, left.start - 12), left.start):
            return False  # ("the benchmark that OpenAI released in May, Baichuan-M2 scores ...": the clause's object is before it)
        role = m.group(rule.role_group).lower() if rule.role_group and m.group(rule.role_group) else None
        if role is not None:
            role = _ROLE_OF_VERB.get(role.split()[0], role)  # "co-founded" -> "co-founder", "studied" -> "alumnus"
        if rule.predicate == "developer" and len(lefts) > 1 and len(right.members) > 1:
            # "labs such as DeepSeek, Moonshot AI and Zhipu released DeepSeek-V3, Kimi K2 and GLM-4.5": each made its
            # own, in order, when the lists are as long; otherwise who made which is not said
            if len(lefts) != len(right.members):
                return False
            if _JOINT_WORD.search(gap):
                # ("StepFun and Geely jointly open-sourced two models: A and B": both made each)
                for a in lefts:
                    for b in right.members:
                        if a.ctype in rule.left and b.ctype in rule.right:
                            subj, obj = (b, a) if rule.reverse else (a, b)
                            out.append(Relation(subj, rule.predicate, obj, s, e, rule.name + "_jointly", round(rule.confidence * conf_scale * 0.9, 2), role))
                return True
            for a, b in zip(lefts, right.members, strict=True):
                if a.ctype in rule.left and b.ctype in rule.right:
                    subj, obj = (b, a) if rule.reverse else (a, b)
                    out.append(Relation(subj, rule.predicate, obj, s, e, rule.name + "_respectively", round(rule.confidence * conf_scale * 0.9, 2), role))
            return True
        hit = False
        rights = right.members
        if rule.name in ("possessive_company", "policy_of_body") and len(rights) > 1 and "," in self._text[rights[0].end : rights[1].start]:
            rights = rights[:1]  # ("from Tencent, Xiaomi's fund, Bosch and SAIC": only the fund is Xiaomi's)
        if rule.name == "possessive_company" and len(rights) > 1:
            # ("Meituan's Dragonball Capital and Lenovo Capital, the venture arm of Lenovo": the arm has an owner of its own)
            rights = [b for b in rights if not _ARM_OF_APPOSITION.match(self._text, b.end)] or rights[:1]
        if (rule.name == "unit_of" or rule.predicate == "subsidiaryOf" and not rule.reverse) and len(rights) > 1 \
                and _LIST_OF_SENTENCE.match(self._text, rights[0].end, rights[1].start):
            # ("the research arm of appliance maker Midea Group, and the TUM", "RIPED, a state institute run by CNPC, and
            # Changqing Oilfield", "the Digital Grid Research Institute of CSG together with the GIEC": the list is the sentence's)
            rights = rights[:1]
        if rule.name in _INVESTOR_LIST_RULES and len(rights) > 1 and _COMMA_AND.fullmatch(self._text, rights[-2].end, rights[-1].start) \
                and _CLAUSE_VERB_AFTER.match(self._text, rights[-1].end):
            rights = rights[:-1]  # ("in a round led by Alibaba Group, and MiniMax counts Tencent among ...": a new clause's subject)
        if rule.name == "org_role" and len(rights) > 1:
            # ("US Treasury Secretary Scott Bessent and Vice Premier He Lifeng": the second has a title of his own)
            cut = next((k for k in range(1, len(rights)) if self.titled_member.search(self._text, rights[k - 1].end, rights[k].start)), None)
            rights = rights[:cut] if cut else rights
        # ("was trained on Huawei's Ascend 910B chips", "trained on Nvidia's H20"): compute a model was trained on is no
        # base of the model (a device or platform built on a chip is)
        compute = {id(b) for b in rights if _COMPUTE_NEXT.match(self._text, b.end) or _TRAINED_ON.search(gap) and _CHIP_NAME.search(b.name or b.text)} \
            if rule.predicate == "basedOn" and not rule.reverse else ()
        for a in lefts:
            if a.ctype not in rule.left:
                continue
            for b in rights:
                if b.ctype not in rule.right or a is b or id(b) in compute and a.ctype in ("AIModel", "LanguageModel"):
                    continue
                if rule.name == "verb_developer" and a.ctype == "Person" and _PERSON_PRESENTS.search(gap):
                    self._presented.append((b, a))
                    continue  # "Xu also unveiled the Atlas 950": an executive presents it for the firm (see sentence())
                subj, obj = (b, a) if rule.reverse else (a, b)
                if rule.name == "verb_issuer" and obj.ctype == "Place" and _LOCATIVE_BEFORE.search(self._text, max(0, obj.start - 12), obj.start):
                    continue  # ("a vice-minister stood at Bletchley Park and China put its name to ...": where, not who)
                if rule.name == "possessive_issuer" and obj.ctype == "Place" and obj.type != "Country":
                    continue  # ("Guangdong's AI measures", "Washington's curbs": a province's or a capital's name stands for no issuer)
                if rule.name == "passive_invest" and obj.ctype == "ResearchInstitution":
                    continue  # ("the lab is funded by the NSFC and the provincial department": a grant, no stake)
                if rule.name == "based_on" and subj.ctype == "Product" and (obj.ctype == "AIModel" and _POWERED.search(gap)
                                                                             or obj.ctype == "Product" and ("powered by" in gap or (_POWERED.search(gap) or "built around" in gap)
                                                                                                            and (_CHIP_AFTER.match(self._text, obj.end) or _CHIP_FAMILY.match(obj.text)))):
                    # "the Quark app, powered by Qwen", "Xinxiang runs on Ernie X1": a product that runs a model hosts it (and a
                    # device powered by a chip holds the chip; a platform that runs on a framework is built on it)
                    out.append(Relation(obj, "integratedInto", subj, s, e, "powered_by", round(0.7 * conf_scale, 2)))
                elif rule.name == "based_on" and subj.ctype == "AIModel" and obj.ctype == "Product" and _RUNS_ON.search(gap):
                    if _COMPUTE_NOUN.search(obj.text) or _COMPUTE_NEXT.match(self._text, obj.end):
                        continue  # ("Qwen models run on Ascend chips", "on Huawei's Ascend servers": compute, not a host)
                    if _CHIP_FAMILY.match(obj.text):
                        # ("the Zorvex Q2 robot runs on the RK3588": a device holds its chip; "the Mini model runs on the
                        # Snapdragon 8 Elite": a model on a processor is no part of it)
                        if _DEVICE_AFTER.match(self._text, subj.end):
                            out.append(Relation(obj, "integratedInto", subj, s, e, "powered_by", round(0.6 * conf_scale, 2)))
                        continue
                    # ("GraspVLA now runs on the Galbot G1 robot", "MindVLA runs on Nvidia's Drive Thor-U chip": the device a
                    # model runs on holds it; it is no base of the model)
                    out.append(Relation(subj, "integratedInto", obj, s, e, "model_runs_on", round(0.6 * conf_scale, 2)))
                else:
                    out.append(Relation(subj, rule.predicate, obj, s, e, rule.name, round(rule.confidence * conf_scale, 2), role))
                hit = True
        return hit

    def _he_subjects(self, text: str, s: int, e: int, mentions: list[Mention]) -> list[Mention]:
        """"he"/"she" before a verb stands for the nearest person named before it: in the sentence, else the last
        one of the document within a paragraph or two ("After a degree at Tsinghua he completed a PhD at CMU")."""
        found = [p for p in _HE.finditer(text, s, e) if not any(m.start <= p.start() < m.end for m in mentions)]
        if not found:
            return mentions
        out = list(mentions)
        for p in found:
            # ("Like Yang, he is a Tsinghua graduate": the person compared with is not the one meant)
            ante = next((m for m in reversed(mentions) if m.end <= p.start() and m.ctype == "Person"
                         and not _LIKE_BEFORE.search(text, max(s, m.start - 12), m.start)), None)
            if ante is None and self.recent_person is not None and 0 <= p.start() - self.recent_person.end <= 800:
                ante = self.recent_person
            if ante is not None:
                out.append(_stand_in(ante, p.start(), p.start() + len(p.group(1)), "pronoun_he"))
        return sorted(out, key=lambda m: m.start)

    def _it_subjects(self, text: str, s: int, e: int, mentions: list[Mention], previous: list[Mention] | None) -> list[Mention]:
        """"it" before a relation verb stands for the nearest company or model before it in the sentence, else the
        first one of the sentence before."""
        found = [
            p for p in self.it_subject.finditer(text, s, e)
            if not any(m.start <= p.start() < m.end for m in mentions)
            # "did not say whether it would release": what is denied or asked is no fact
            and not (self._negated_before(text, s, p.start()) or _WHETHER.search(text, max(s, p.start() - 12), p.start()))
        ]
        if not found:
            return mentions
        want = (ORG - {"GovernmentAgency"}) | MP
        out = list(mentions)
        for p in found:
            # ("Feixing One, a training platform it developed with Huawei": what develops is a firm, not a model)
            makes = self.dev_verb.match(text, p.end() + 1) or text.startswith(" jointly ", p.end())
            cands = [m for m in mentions if m.end <= p.start() and m.ctype in (want - MP if makes else want)]
            ante = cands[-1] if cands else None
            if ante is not None and len(cands) > 1 and "," in text[ante.end : p.start()]:
                # "Hygon, which works with AMD, said it would absorb Sugon": not a name inside a closed clause
                ante = next((c for c in cands[:-1] if _CLAUSE_OPEN.match(text, c.end) and c.end < ante.start), ante)
            if ante is None and previous:
                ante = self._main_subject(text, [m for m in previous if m.ctype in want])
            if ante is not None:
                out.append(_stand_in(ante, p.start(), p.end(), "pronoun_it"))
        return sorted(out, key=lambda m: m.start)

    @staticmethod
    def _main_subject(text: str, cands: list[Mention]) -> Mention | None:
        """The first of the candidate names from the sentence before, past an opening clause ("Three years after Jiang
        left Microsoft to start a model company, StepFun has closed ...": StepFun, not Microsoft)."""
        if not cands:
            return None
        first = cands[0]
        start = max(text.rfind(". ", 0, first.start), text.rfind("\n", 0, first.start)) + 1
        if _OPENING_CLAUSE.match(text, start, first.start):
            comma = text.find(", ", first.end)
            # (the name that opens the main clause; not one after its own subject: "Because iFlytek is listed, it cannot
            # buy Nvidia chips")
            return next((m for m in cands if comma != -1 and m.start > comma and _SUBJECT_LEAD.fullmatch(text, comma + 2, m.start)), first)
        return first

    def _invest_objects(self, text: str, s: int, e: int, mentions: list[Mention], previous: list[Mention]) -> list[Mention]:
        """"MiniMax released a model. Tencent had backed the company earlier.", "... had put 1 billion yuan into it": the
        firm an investor backs, named only as "the company" or "it", is the first firm of the sentence before."""
        p = _INVEST_OBJECT.search(text, s, e)
        if p is None or any(m.start < p.end("obj") and p.start("obj") < m.end for m in mentions):
            return mentions
        investors = [m for m in mentions if m.end <= p.start() and m.ctype in ACTOR]
        if not investors:
            return mentions
        keys = {m.key or m.text for m in investors} | self._investors_before
        # (not a firm that itself invested in the sentence before: "Benchmark led a round that valued the company ...")
        ante = next((a for a in (self._raiser_before, *previous) if a is not None and a.ctype == "Company"
                     and (a.key or a.text) not in keys and not _INVESTOR_VERB_AFTER.match(text, a.end)), None)
        if ante is None:
            return mentions
        return sorted([*mentions, _stand_in(ante, p.start("obj"), p.end("obj"), "anaphor_invested")], key=lambda m: m.start)

    def _company_subjects(self, text: str, s: int, e: int, mentions: list[Mention]) -> list[Mention]:
        """"Galbot's G1 picks items off shelves, and in January the company released GraspVLA": "the company" inside
        a sentence, before a verb of making, stands for the firm that opens the sentence."""
        if "the company" not in text[s:e] and "the firm" not in text[s:e] and "the startup" not in text[s:e] and "the start-up" not in text[s:e]:
            return mentions
        out = list(mentions)
        for p in self.company_subject.finditer(text, s, e):
            if p.start() - s < 3 or any(m.start <= p.start() < m.end for m in mentions):
                continue  # (at the sentence's start the anaphor rules read it)
            # (only the firm that opens the sentence: "Its co-founder said X runs on Anthropic's Claude, and the
            # company announced ..." is no sentence about Anthropic)
            first = mentions[0] if mentions else None
            ante = first if first is not None and first.ctype == "Company" and first.start - s <= 3 and first.end <= p.start() else None
            if ante is not None:
                out.append(_stand_in(ante, p.start(), p.end(), "anaphor_company"))
        return sorted(out, key=lambda m: m.start) if len(out) > len(mentions) else mentions

    @staticmethod
    def _clause_head(text: str, groups: list[Group], i: int) -> Group | None:
        """The group that a relative clause or an apposition holding group i hangs on, if group i is inside one."""
        for j in range(i, 0, -1):
            gap = text[groups[j - 1].end : groups[j].start]
            # (", Alibaba's chip design subsidiary, ...": an apposition that opens with a possessor)
            if _CLAUSE_OPEN.match(gap) or gap.strip() == "," and _POSSESSIVE_APPOSITION.match(text, groups[j].end):
                return groups[j - 1]
            if "," in gap or len(gap) > 100:
                return None
        return None

    def _description_antecedent(self, noun: str, before: list[Mention]) -> Mention | None:
        """The organisation "the laboratory" / "the commission" / "the company" stands for: the last one named (in the
        sentence, else in the document so far) whose name ends in that kind of noun; a firm for "the company"."""
        kinds = _DESC_KINDS.get(noun, (noun,))
        for m in reversed([*self._recent_orgs, *[x for x in before if x.ctype in ORG]]):
            words = (m.name or m.text).lower().replace("-", " ").split()
            if kinds == ("*firm*",):
                # ("... Tencent and Zhipu AI joined the round. The firm's chief executive is ...": not an investor)
                if m.ctype == "Company" and m.key not in self._investors_before:
                    return m
            elif any(k in words for k in kinds):
                return m
        return None

    def _backers_of_subject(self, text: str, s: int, e: int, groups: list[Group], out: list[Relation]) -> None:
        """Investors of the firm the page or paragraph is about, named without it: "..., and by then the startup's backers
        already included Alibaba and Tencent", "Hangzhou City Investment Group put in 1 billion yuan in March"."""
        seg = text[s:e]
        if not any(w in seg for w in ("backers", "investors", "shareholders", "yuan", "illion", "$", "round")):
            return
        subject = self._page_subject or self._topic_org
        if subject is None or subject.ctype != "Company":
            return
        if any(r.predicate == "investedIn" for r in out) or any(m.key == subject.key and m.text == subject.text for g in groups for m in g.members):
            return  # (the sentence names the firm, or its investments are read already)
        for i, g in enumerate(groups):
            if not g.types & ORG:
                continue
            # ("Hangzhou City Investment Group and Shangcheng Capital, ..., put in"): to the end of the list it opens
            j = i
            while j + 1 < len(groups) and groups[j + 1].types & ORG and _LIST_JOIN.fullmatch(text, groups[j].end, groups[j + 1].start):
                j += 1
            desc = _DESC_BACKERS_BEFORE.search(text, max(s, g.start - 90), g.start)
            if desc and desc.group().startswith("its") and any(h.types & ORG for h in groups[:i]):
                desc = None  # ("Tencent said its shareholders include ...": its own)
            if desc or _PUT_IN_AFTER.match(text, groups[j].end) or _SHAREHOLDERS_AFTER.match(text, groups[j].end):
                out.extend(Relation(a, "investedIn", subject, s, e, "backers_of_subject", 0.55)
                           for a in g.members if a.ctype in ACTOR - PERSON and a.key != subject.key)

    def sentence(self, text: str, s: int, e: int, mentions: list[Mention], previous: list[Mention] | None = None) -> list[Relation]:
        """Relations of one sentence; `previous` holds the mentions of the sentence before (for pronouns)."""
        self._text = text
        self._investors_before = self.last_investors if previous else set()
        self._raiser_before = self._raiser if previous else None
        self.last_investors = set()
        self._investees_before, self.last_investees = (self.last_investees if previous else []), []
        mentions = self._participants(text, s, e, mentions, previous) if mentions else []
        self.last_participants = mentions  # the next sentence's context: "The company" there is the one meant here
        if not mentions:
            return []
        groups = self.groups(text, mentions)
        they_others, self._they_others = self._they_others, []
        # (the people a sentence opens with, a list of two or more: what "they" stands for in the next sentence)
        self._opening_people = [m for m in groups[0].members if m.ctype == "Person"] if groups and groups[0].types <= PERSON else []
        out: list[Relation] = []
        self._presented = []
        self._topic_before = self._topic_org
        first = groups[0].members[0] if groups else None
        # (a list opening the sentence is no topic: "Goldman Sachs, CICC and UBS were joint sponsors")
        if first is not None and first.ctype in ORG - {"GovernmentAgency"} and not text[s : first.start].strip(" \"“'‘(-–—•*") \
                and len(groups[0].members) == 1 and not first.source.startswith("masthead"):
            self._topic_org = first  # (a page's masthead is the publication, no topic of the article)
        if first is not None and first.ctype in MP and first.source != "anaphor" and not text[s : first.start].strip(" \"“'‘(-–—•*"):
            self._topic_model = first
        # ("developed by Taiyuan start-up Kuangzhi Technology", "a model from Shanghai start-up Tuyun": a city that only
        # describes the firm after it stands outside the gap rules, which read the verb before it and the firm as neighbours)
        gap_groups = [g for k, g in enumerate(groups) if not (
            k + 1 < len(groups) and len(g.members) == 1 and g.types <= PLACE and groups[k + 1].types & ORG
            and _PLACE_MODIFIER.fullmatch(text, g.end, groups[k + 1].start) and _BY_WITH_BEFORE.search(text, max(s, g.start - 12), g.start))] \
            if len(groups) > 2 else groups
        self._gap_relations(text, s, e, gap_groups, out)
        self._shape_relations(text, s, e, groups, previous, out)
        self._round_participants(text, s, e, mentions, groups, previous, out)
        if "inister " in text[s:e] or "ecretary " in text[s:e]:
            self._titled_officials(text, s, e, mentions, out)
        self._backers_of_subject(text, s, e, groups, out)
        if "two" in text[s:e] or "oth " in text[s:e]:
            self._the_two(text, s, e, mentions, previous, out)
        self._founders_and_moves(text, s, e, groups, out)
        seg = text[s:e]
        if previous and seg.startswith("Its ") and (b := _ITS_BASE.match(text, s) or _ITS_PART.match(text, s)) is not None:
            # "Shengshu released Vidu. Its backbone is U-ViT.", "Its speech tokenizer is borrowed from CosyVoice 2": the
            # model of the sentence before is built on it (a product whose part uses a model runs it)
            ante = next((m for m in previous if m.ctype in MP), None)
            part = next((m for g in groups for m in g.members if m.start >= b.end()), None)
            if ante is not None and part is not None and part.start == b.end() and part.ctype in MP and (part.key or part.text) != (ante.key or ante.text):
                if b.re is _ITS_BASE:
                    out.append(Relation(ante, "basedOn", part, s, e, "its_backbone", 0.6))
                elif b.group("use") and ante.ctype == "Product":
                    out.append(Relation(part, "integratedInto", ante, s, e, "its_part_uses", 0.55))
                else:
                    out.append(Relation(ante, "basedOn", part, s, e, "its_part_built_on", 0.55))
        if previous and " it" in seg:
            # "DeepSeek released V3 in December. R1 builds on it.": the model of the sentence before is the base
            for m in (m for g in groups for m in g.members if m.ctype in MP):
                if (b := _BUILDS_ON_IT.match(text, m.end)) is not None:
                    ante = next((a for a in previous if a.ctype in MP and (a.key or a.text) != (m.key or m.text)), None)
                    if ante is not None:
                        out.append(Relation(m, "basedOn", ante, s, e, "builds_on_it", 0.6))
                    break
        # "raised money from Hangzhou Capital, the city's state-backed investor, and from Lenovo Capital", "its investors
        # are Alibaba, which led its 2024 round, and Tencent": a list goes on past one member's apposition or clause
        if ", and " in seg:
            self._list_past_apposition(text, s, e, groups, out)
        if "combines" in seg or "pairs" in seg or "couples" in seg or "marries" in seg or "joins" in seg:
            self._combined_parts(text, s, e, groups, out)
        # "Baidu chief executive Robin Li unveiled ERNIE 5": what an executive presents, the firm they work for made
        for model, person in self._presented:
            for r in out:
                if r.predicate == "affiliatedWith" and r.subject.key == person.key and r.subject.text == person.text \
                        and not isinstance(r.object, str) and r.object.ctype in ORG - {"GovernmentAgency"}:
                    out.append(Relation(model, "developer", r.object, s, e, "presenter_org", 0.55))
                    break
        # "the Measures, which the CAC issued in March together with MIIT and the NRTA": the partners of an issuer in
        # issuing are co-issuers, not partners
        issued = {r.object.key: r.subject for r in out if r.predicate == "issuedBy" and not isinstance(r.object, str)}
        if issued:
            for k, r in enumerate(out):
                if r.rule == "verb_partner" and r.subject.key in issued and _ISSUED_TOGETHER.search(text, r.subject.end, r.object.start):
                    out[k] = Relation(issued[r.subject.key], "issuedBy", r.object, s, e, "co_issuer_with", 0.6)
        # "runs on both the in-house Hunyuan models and DeepSeek's R1", "based on Qwen and Meta's Llama": a possessor
        # opening the list's last member does not end the list
        for r in list(out):
            if r.rule not in ("powered_by", "based_on"):
                continue
            item = r.subject if r.rule == "powered_by" else r.object
            k = next((k for k, g in enumerate(groups) if any(m is item for m in g.members)), None)
            if k is None or k + 2 >= len(groups) or item is not groups[k].members[-1]:
                continue
            owner, nxt = groups[k + 1], groups[k + 2]
            if owner.types & ORG and nxt.types & MP and _AND_GAP.fullmatch(text, groups[k].end, owner.start) \
                    and text[owner.end : nxt.start].strip() in ("'s", "’s"):
                for m in nxt.members[:1]:
                    if m.ctype in MP:
                        out.append(Relation(m, r.predicate, r.object, s, e, r.rule, r.confidence) if r.rule == "powered_by"
                                   else Relation(r.subject, r.predicate, m, s, e, r.rule, r.confidence))
        # "Jiangcheng Xiaoban was developed by Anhui Zhiheng on top of Spark 4.0 Turbo": what the maker built it on
        for r in [r for r in out if r.rule == "passive_developer"]:
            k = next((k for k, g in enumerate(groups) if g.members[-1] is r.object), None)
            if k is not None and k + 1 < len(groups) and _ON_TOP_OF.fullmatch(text, r.object.end, groups[k + 1].start):
                out.extend(Relation(r.subject, "basedOn", m, s, e, "made_by_on_top_of", 0.6) for m in groups[k + 1].members[:1]
                           if m.ctype == "AIModel" and m.key != r.subject.key)
        # "raised money from Tencent, Xiaomi's Changjiang Industry Fund, Bosch and SAIC Motor": the list of investors goes
        # on past a possessor (the fund, not its owner)
        for r in [r for r in out if r.rule in _INVESTOR_LIST_RULES]:
            k = next((k for k, g in enumerate(groups) if g.members[-1] is r.subject), None)
            while k is not None and k + 1 < len(groups):
                nxt = k + 1
                if not _LIST_ON.fullmatch(text, groups[k].end, groups[nxt].start):
                    break
                if nxt + 1 < len(groups) and _POSSESSIVE_GAP.fullmatch(text, groups[nxt].end, groups[nxt + 1].start) and groups[nxt + 1].types & ACTOR:
                    nxt += 1
                if not groups[nxt].types & (ACTOR - PERSON) or any(x.subject is groups[nxt].members[0] and x.predicate == "investedIn" for x in out):
                    break
                if _COMMA_AND.fullmatch(text, groups[k].end, groups[nxt].start) and _CLAUSE_VERB_AFTER.match(text, groups[nxt].end):
                    break  # ("led by Tencent, and Baidu counts ... among its shareholders": a new clause's subject)
                out.extend(Relation(m, "investedIn", r.object, s, e, r.rule, round(r.confidence * 0.9, 2)) for m in groups[nxt].members if m.ctype in ACTOR - PERSON)
                k = nxt
        # "A, B and existing shareholders C and D invested ... in X": the backers listed before a description of the rest
        if "shareholders" in text[s:e] or "investors" in text[s:e] or "backers" in text[s:e]:
            for r in [r for r in out if r.rule in ("invested_amount_in", "verb_invest") and not isinstance(r.object, str)]:
                k = next((k for k, g in enumerate(groups) if g.members[0] is r.subject), None)
                while k is not None and k > 0 and _BACKER_CHAIN.fullmatch(text, groups[k - 1].end, groups[k].start) and groups[k - 1].types & (ACTOR - PERSON):
                    k -= 1
                    out.extend(Relation(m, "investedIn", r.object, s, e, r.rule, r.confidence) for m in groups[k].members
                               if m.ctype in ACTOR - PERSON and not any(x.subject is m and x.predicate == "investedIn" for x in out))
        # "Zorvex-7B, a model developed by Tencent with Baidu": the partner after "with" developed it too
        if " with " in text[s:e] or "jointly" in text[s:e]:
            for r in [r for r in out if r.rule == "passive_developer" and not isinstance(r.object, str)]:
                k = next((k for k, g in enumerate(groups) if g.members[-1] is r.object), None)
                if k is None:
                    continue
                partner = groups[k + 1] if k + 1 < len(groups) and _WITH_PARTNER.fullmatch(text, groups[k].end, groups[k + 1].start) else None
                # ("developed by iFlytek, the Hefei speech company, together with the court's own Information Technology
                # Centre", "by HBIS Digital, its software arm, together with Beijing start-up 4Paradigm": past an apposition
                # and a partner's description)
                if partner is None and (wp := _WITH_PARTNER_PAST.match(text, groups[k].end)) is not None and wp.end() < e:
                    partner = next((g for g in groups[k + 1 :] if g.start == wp.end()), None)
                members = partner.members if partner is not None else []
                # ("developed by the Digital Grid Research Institute of CSG together with the GIEC", "developed jointly by
                # RIPED, a state institute run by CNPC, and Changqing Oilfield": past the owner the first maker is named with)
                if partner is None and k + 1 < len(groups) and len(groups[k + 1].members) > 1 and _OWNER_GAP.fullmatch(text, groups[k].end, groups[k + 1].start):
                    h = groups[k + 1].members
                    j = next((j for j in range(1, len(h)) if _LIST_OF_SENTENCE.match(text, h[j - 1].end, h[j].start)), None)
                    if j is not None and (" with" in text[h[j - 1].end : h[j].start] or _JOINT_WORD.search(text, s, groups[k].start)):
                        partner, members = groups[k + 1], h[j:]
                # ("developed jointly by Qingdao Port Haizhi, QPI's technology subsidiary, and the Port Intelligent Scheduling
                # Laboratory of Dalian Maritime University": past the first maker's apposition to the second)
                if partner is None and "jointly" in text[s : groups[k].start] and (ap := _AND_PARTNER_PAST.match(text, groups[k].end)) is not None:
                    partner = next((g for g in groups[k + 1 :] if g.start == ap.end()), None)
                    members = partner.members if partner is not None else []
                if partner is not None and partner.types & (ORG - {"GovernmentAgency"}) and (_NAME_ENDS.match(text, partner.end) or _OF_BODY.match(text, partner.end)):
                    for m in members:
                        if m.ctype in ORG - {"GovernmentAgency"}:
                            out.append(Relation(r.subject, "developer", m, s, e, "developed_by_with", 0.6))
                            out.append(Relation(r.object, "partnerOf", m, s, e, "co_developers", 0.6))
        # "Qorlix was developed by A and B", "a model that A and B released jointly": co-developers are partners
        devs: dict[int, list[Mention]] = {}
        for r in out:
            if r.rule in _CO_DEV_RULES and not isinstance(r.object, str) and r.object.ctype in ORG - {"GovernmentAgency"}:
                held = devs.setdefault(id(r.subject), [])
                if all(m.key != r.object.key for m in held):
                    held.append(r.object)
        for held in devs.values():
            out.extend(Relation(a, "partnerOf", b, s, e, "co_developers", 0.6) for x, a in enumerate(held[:4]) for b in held[x + 1 : 4])
        if they_others:  # "they" stood for the first of the people before: the others did the same
            first_person = next((m for m in mentions if m.source == "anaphor" and m.ctype == "Person"), None)
            out.extend(Relation(o, r.predicate, r.object, r.start, r.end, r.rule, r.confidence, r.role)
                       for r in list(out) if first_person is not None and r.subject is first_person for o in they_others)
        self.last_investors = {r.subject.key for r in out if r.predicate == "investedIn"}
        self.last_investees = [r.object for r in out if r.predicate == "investedIn" and not isinstance(r.object, str)]
        return out

    def _titled_officials(self, text: str, s: int, e: int, mentions: list[Mention], out: list[Relation]) -> None:
        """"Education Minister Huai Jinpeng", "Commerce Secretary Gina Raimondo": the official belongs to the ministry or
        department of that portfolio, when the text names it (before, or in the same sentence)."""
        for m in mentions:
            if m.ctype != "Person" or not (t := _PORTFOLIO_TITLE.search(text, max(s, m.start - 60), m.start)):
                continue
            topic = t.group("topic").lower()
            for o in [*mentions, *reversed(self._recent_orgs)]:
                name = (o.name or o.text).lower()
                if o.ctype in ORG and ("ministry" in name or "department" in name) and re.search(rf"\b{re.escape(topic)}\b", name):
                    if any(r.subject is m and r.object is o for r in out):
                        break
                    out.append(Relation(m, "affiliatedWith", o, s, e, "portfolio_title", 0.6, t.group("title").lower()))
                    break

    def _combined_parts(self, text: str, s: int, e: int, groups: list[Group], out: list[Relation]) -> None:
        """"M combines A with B and C": M is built on each part (a model or product) it puts together."""
        for i, g in enumerate(groups[:-1]):
            model = g.members[-1]
            nxt = groups[i + 1]
            if model.ctype not in MP or not (v := _COMBINES.match(text, model.end, nxt.start)) or v.end() != nxt.start:
                continue
            if self.negation.search(text, model.end, v.end()):
                continue
            # ("pairs Alibaba's Qwen3-8B language model with ...": the part after its maker's name)
            if not nxt.types & MP and nxt.types & ORG and i + 2 < len(groups) and _POSSESSIVE_GAP.fullmatch(text, nxt.end, groups[i + 2].start):
                i, nxt = i + 1, groups[i + 2]
            parts = [m for m in nxt.members if m.ctype in MP]
            # (a maker's name before a part is no part: "with Google's SigLIP2 vision encoder")
            rest = [h for k, h in enumerate(groups[i + 1 :], i + 1)
                    if not (h.types & ORG and not h.types & MP and k + 1 < len(groups) and _POSSESSIVE_GAP.fullmatch(text, h.end, groups[k + 1].start))]
            for before, later in zip(rest, rest[1:], strict=False):
                gap = _PART_GAP.match(text, before.end, later.start)
                if gap is None or gap.end() != later.start or not later.types & MP:
                    break
                parts += [m for m in later.members if m.ctype in MP]
            out.extend(Relation(model, "basedOn", m, s, e, "combines_parts", 0.6) for m in parts if (m.key or m.text) != (model.key or model.text))
            return

    def _the_two(self, text: str, s: int, e: int, mentions: list[Mention], previous: list[Mention] | None, out: list[Relation]) -> None:
        """"Alibaba bought Meitu bonds, and the two signed a cooperation agreement", "Both companies will jointly build ...":
        the two firms named last (in the sentence, else in the one before) are partners."""
        m = _THE_TWO.search(text, s, e)
        if m is None:
            return
        def two(ms):
            orgs: list[Mention] = []
            for x in ms:
                if x.ctype in ORG - {"GovernmentAgency"} and x.end <= m.start() and all(o.key != x.key or o.text != x.text for o in orgs):
                    orgs.append(x)
            return orgs[-2:] if len(orgs) >= 2 else None
        pair = two([x for x in mentions if x.start >= s]) or (two(previous) if previous and not any(x.start < m.start() and x.ctype in ORG for x in mentions) else None)
        if pair:
            out.append(Relation(pair[0], "partnerOf", pair[1], s, e, "the_two", 0.55))

    def _founders_and_moves(self, text: str, s: int, e: int, groups: list[Group], out: list[Relation]) -> None:
        """"His co-founders A and B": the co-founders of the firm whose founder was named last; "P left Megvii ...
        to become StepFun's chief scientist": the sentence's person takes the role."""
        seg = text[s:e]
        cofounders, become = "ounders" in seg, " to " in seg
        for i, g in enumerate(groups):
            if cofounders and g.types & PERSON and self._founded is not None and _COFOUNDERS_BEFORE.search(text, max(s, g.start - 40), g.start):
                out.extend(Relation(m, "affiliatedWith", self._founded, s, e, "his_cofounders", 0.6, "co-founder")
                           for m in g.members if m.ctype in PERSON)
            # "Han Qiao, who led video at Tencent, has left to found Lumen Frame": the sentence's person founded it
            if become and g.types & ORG and i and _TO_FOUND_BEFORE.search(text, max(s, g.start - 40), g.start):
                person = next((m for gg in groups[:i] for m in gg.members if m.ctype in PERSON), None)
                if person is not None:
                    out.extend(Relation(person, "affiliatedWith", o, s, e, "left_to_found", 0.6, "founder")
                               for o in g.members[:1] if o.ctype in ORG - {"GovernmentAgency"})
            if become and g.types & ORG and i and _TO_BECOME_BEFORE.search(text, max(s, g.start - 40), g.start) and (rm := self.role_after_possessor.match(text, g.end)):
                person = next((m for gg in groups[:i] for m in gg.members if m.ctype in PERSON), None)
                if person is not None:
                    out.extend(Relation(person, "affiliatedWith", o, s, e, "to_become_role", 0.6, rm.group("role").lower())
                               for o in g.members[-1:] if o.ctype in ORG)
        founded = next((r.object for r in out if r.predicate == "affiliatedWith" and r.role in ("founder", "co-founder")
                        and not isinstance(r.object, str) and r.object.ctype in ORG), None)
        if founded is not None:
            self._founded = founded

    def _round_participants(self, text: str, s: int, e: int, mentions: list[Mention], groups: list[Group],
                            previous: list[Mention] | None, out: list[Relation]) -> None:
        """Investors named around a funding round: "X closed a Series A. Alibaba and Tencent took part, alongside
        Y.", "Primavera Capital led, and Hubble joined", "with HongShan participating", "the $600 million that
        Alibaba led": each is an investor of the firm that raised (in this sentence, else the one before)."""
        before, self._raiser = (self._raiser if previous is not None else None), None
        raiser = rz = None
        seg = text[s:e]
        money = any(w in seg for w in _MONEY_WORDS)  # (most sentences name no money: no regex for them)
        if money and (rz := _RAISED.search(text, s, e)):
            # ("HongShan led our Series A, and this July we closed a Series B": the speaker's firm raised, not HongShan)
            if not _PRONOUN_SUBJECT_BEFORE.search(text, max(s, rz.start() - 24), rz.start()):
                raiser = next((m for m in mentions if m.end <= rz.start() and m.ctype == "Company"), None)
            self._raiser = raiser
        elif money and (mt := _MONEY_THAT.search(text, s, e)):
            raiser = next((m for m in mentions if m.end <= mt.start() and m.ctype == "Company"), None)
        found = {r.subject.key for r in out if r.predicate == "investedIn" and not isinstance(r.subject, str)}
        # ("Tencent joined a $300 million round in Moonshot AI, alongside Gaorong Capital": the firm invested in)
        stated = next((r.object for r in out if r.predicate == "investedIn" and not isinstance(r.object, str)), None)
        # ("Q: You raised again in April. A: It was a round ... led by Primavera Capital": the interviewee's firm)
        voice = self._voice_org if self._voice_org is not None and ("round" in seg or money or "invest" in seg or "joined:" in seg) else None
        raiser = raiser or stated or before or voice
        if raiser is stated and stated is not None and ("round" in seg or money):
            self._raiser = stated  # ("The round was led by X. Y and Z joined.": the next sentence goes on about the round)
        if voice is not None and raiser is not None and (raiser.key or raiser.text) == (voice.key or voice.text) and _WE.search(seg):
            self._raiser = voice  # ("Our Series A closed in May. Matrix Partners China led it.": the next sentence may say who)
        # ("Apr 2023: Angel round of tens of millions of yuan, led by Zhihu." on a company's milestones page: its own)
        page = self._page_subject if raiser is None and self._page_subject is not None and (ro := _ROUND_OPENER.match(text, s)) \
            and not any(m.start < ro.end() and m.ctype in ORG for m in mentions) else None
        raiser = raiser or page
        if raiser is None:
            return
        took_part = stated is not None
        for g in groups:
            if g.members[0].start < (rz.end() if rz else s) or not g.types & ORG:
                continue
            joined = _TOOK_PART.match(text, g.end) or _MONEY_THAT_BEFORE.search(text, max(s, g.start - 40), g.start) and _LED_AFTER.match(text, g.end) \
                or (raiser in (voice, page) or raiser is before and _ROUND_OPENER.match(text, s)) and _ROUND_LED_BY_BEFORE.search(text, max(s, g.start - 90), g.start) \
                or raiser is page and _PAGE_ROUND_FROM_BEFORE.search(text, max(s, g.start - 60), g.start)
            joined = joined or _BROUGHT_IN_BEFORE.search(text, max(s, g.start - 60), g.start)
            beside = (took_part or "round" in seg or "took part" in seg) and _ALONGSIDE_BEFORE.search(text, max(s, g.start - 40), g.start) or _PARTICIPATING_AFTER.match(text, g.end) \
                or found and _AMONG_THEM_BEFORE.search(text, max(s, g.start - 30), g.start)
            if not (joined or beside):
                continue
            took_part = True
            self._raiser = raiser  # (the next sentence may go on about the round, or about the firm: "The start-up ...")
            for m in g.members:
                if m.ctype in ORG - {"GovernmentAgency"} and (m.key or m.text) != (raiser.key or raiser.text) and (m.key or m.text) not in found:
                    out.append(Relation(m, "investedIn", raiser, s, e, "round_participant", 0.6))
                    found.add(m.key or m.text)

    def _participants(self, text: str, s: int, e: int, mentions: list[Mention], previous: list[Mention] | None) -> list[Mention]:
        """The sentence's mentions as its relations see them: without places used as adjectives, datelines and
        pages on platforms; with "The company", "it" and the like standing for what they refer to."""
        # "Shanghai-based StepFun": a place used as an adjective takes no part in the sentence's relations
        # and "a Beijing startup", "the Shanghai humanoid robot maker": a place before a noun describes it
        mentions = [
            m for m in mentions
            if not _LISTED_AFTER.match(text, m.end)  # "Baidu's Nasdaq-listed shares": a market as an adjective
            # "a former head of Nvidia's China business", "its US unit": a place that names a part of a firm
            and not (m.ctype == "Place" and _PLACE_PART_AFTER.match(text, m.end) and _PLACE_PART_BEFORE.search(text, max(s, m.start - 12), m.start))
            and not (m.ctype == "Place" and (self.place_adjective.match(text, m.end)
                                            or ((_ATTRIBUTIVE_BEFORE.search(text, max(s, m.start - 4), m.start)
                                                 or m.text[:4].lower() == "the " and not _VERB_AFTER.match(text, m.end))  # ("The Netherlands imposed")
                                                 and _ATTRIBUTIVE_AFTER.match(text, m.end))))
            # ("Earshot is edited in Shanghai and published by X Ltd.": where a title is made takes no part in who publishes it)
            and not (m.ctype == "Place" and _MADE_IN_BEFORE.search(text, max(s, m.start - 20), m.start) and _PUBLISHED_BY_AFTER.match(text, m.end))
            # ("founded in Beijing by Li Dahai": where a firm was set up takes no part in who set it up)
            and not (m.ctype == "Place" and _FOUNDED_IN_BEFORE.search(text, max(s, m.start - 30), m.start) and _BY_AFTER_PLACE.match(text, m.end))
        ]
        # "Zhipu AI launched X. The company counts Meituan among its shareholders.": "The company" (or "The model")
        # opening a sentence is the first company (model) of the sentence before
        if previous or self._recent_orgs or self._across:
            ana = _ANAPHOR.match(text, s)
            if ana and ana.group("firm") and mentions and mentions[0].start < ana.end():
                # ("The Beijing GPU designer was founded by ...": a place word inside the description goes with it)
                inside = [m for m in mentions if m.start < ana.end()]
                if all(m.ctype == "Place" and m.start >= ana.start("firm") for m in inside):
                    mentions = mentions[len(inside):]
            # ("The CAC said the rules apply to ...": the reporting clause before the description keeps its own names)
            lead = ana.start("desc") if ana and ana.group("desc") else ana.start() if ana else 0
            said = lead > (ana.start() if ana else 0) and _SAID_BEFORE_DESC.search(text, ana.start(), lead) is not None
            if ana and not any(m.start < ana.end() and m.end > lead for m in mentions) and not (mentions and mentions[0].start < ana.end() and not said):
                if ana.group("he"):  # "He later worked at Google Brain": the person the sentence before was about
                    want = PERSON
                elif ana.group("it"):  # "It has backed Moonshot AI": the first company or model of the sentence before
                    want = EVENT if _EVENT_HOSTED.match(text, ana.end("it")) else MP if _IT_MODEL_VERB.match(text, ana.end("it")) else (ORG - {"GovernmentAgency"}) | MP
                elif ana.group("round") or ana.group("firm"):
                    want = ORG - {"GovernmentAgency"}
                else:
                    kind = ana.group("kind").lower()
                    want = MP if kind in MODEL_NOUNS else POLICY if kind in POLICY_NOUNS else EVENT if kind in _EVENT_NOUNS else ORG - {"GovernmentAgency"}
                # ("Baichuan closed a round. Alibaba and Tencent took part. The start-up released ...": not an investor)
                # (across a paragraph break only a model or a round: "The new model is built on ...", "The round was led by ...")
                cands = [a for a in previous or (self._across if want in (MP, EVENT, POLICY) and ana.group("kind") or ana.group("round") else None) or () if a.ctype in want]
                cands = [a for a in cands if a.key not in self._investors_before] or ([] if want & ORG and self._raiser_before else cands)
                if ana.group("round") and len(cands) > 1:
                    # ("Gu, a former researcher at Alibaba's DAMO Academy, founded Heyin. Its last round ...": not the
                    # founder's old employer, nor a possessor)
                    cands = [a for a in cands if text[a.end : a.end + 2] not in ("'s", "’s")
                             and not _EMPLOYER_BEFORE.search(text, max(0, a.start - 40), a.start)] or cands
                if ana.group("he") and ana.group("he").lower() == "they":
                    # ("Xu Jiayi and Tang Bowen spent years at MSRA. In 2023 they ... founded Haitang AI": the people the
                    # sentence before opened with, and no one else)
                    opening = self._opening_people
                    cands = opening[:1] if len(opening) >= 2 else []
                    self._they_others = opening[1:] if cands else []
                ante = self._main_subject(text, cands) if previous and not ana.group("he") else cands[0] if cands else None
                mod = _POLICY_MODIFIER.match(ana.group("desc")) if want == POLICY else None
                if ante is not None and mod is not None and not topic_fits(mod.group(1), ante.name or ante.text):
                    ante = None  # ("The export measures were issued by ...": not the labeling measures named before)
                if ante is None and mod is not None:
                    # ("The labeling measures were issued in March by the CAC": the policy of that topic named further back)
                    ante = next((a for a in reversed(self._recent_policies) if 0 <= s - a.end <= 3000 and topic_fits(mod.group(1), a.name or a.text)), None)
                elif ante is None and want == POLICY and not previous and ana.group("kind") and ana.group("kind").lower() in ("rules", "measures", "provisions", "regulations", "guidelines"):
                    # ("The rules apply to news feeds ..." opening a paragraph: the one policy the text has been about)
                    near = {(a.key or a.name or a.text): a for a in self._recent_policies if 0 <= s - a.end <= 1500}
                    ante = next(iter(near.values())) if len(near) == 1 else None
                if ante is None and not cands and want == MP and ana.group("kind") and ana.group("kind").lower() == "model" \
                        and (topic_m := self._topic_model) is not None and 0 <= s - topic_m.end <= 1500:
                    # ("Haixun was developed by ... . [paragraph] The model is embedded in Gangnao 2.0": with no model in
                    # the sentence before, the model the text's last sentences opened with)
                    ante = topic_m
                trade = ana.group("trade").lower() if ana.group("firm") else ""
                if trade in ("center", "centre", "institute", "academy", "fund", "alliance"):
                    # ("The innovation center, whose backers ...": the name that ends in its noun, or none)
                    heads = ("center", "centre") if trade in ("center", "centre") else (trade,)
                    ante = next((a for a in cands if a.text.lower().rstrip(" .").endswith(heads)), None)
                    if ante is None:  # (named further back, in the same stretch of text)
                        ante = next((a for a in reversed(self._recent_orgs) if a.text.lower().rstrip(" .").endswith(heads) and 0 <= s - a.end <= 1200), None)
                elif ana.group("firm") or ana.group("kind") and ana.group("kind").lower() in ("company", "firm", "startup", "start-up", "chipmaker", "carmaker"):
                    # ("The Shanghai Stock Exchange accepted the listing of Moore Threads. The company wants ...": a firm)
                    # ("Tang, a former researcher at USTC, founded the company. The start-up raised ...": no university)
                    firm_kind = ana.group("kind") and ana.group("kind").lower() in ("company", "firm", "startup", "start-up")
                    ante = ante if ante is not None and ante.ctype == "Company" else next((a for a in cands if a.ctype == "Company"), None if firm_kind and not any(a.ctype == "Company" for a in cands) and ante is not None and ante.ctype == "ResearchInstitution" else ante)
                    # ("Zhipu released X. Both can be downloaded from Hugging Face. The start-up, which ...": not a firm
                    # named only as where something is found; the firm named before it, if near)
                    if ante is not None and _OBLIQUE_BEFORE.search(text, max(0, ante.start - 30), ante.start) \
                            and not any(a.ctype == "Company" and not _OBLIQUE_BEFORE.search(text, max(0, a.start - 30), a.start) for a in cands):
                        ante = next((a for a in reversed(self._recent_orgs) if a.ctype == "Company" and 0 <= s - a.end <= 600
                                     and not _OBLIQUE_BEFORE.search(text, max(0, a.start - 30), a.start)), ante)
                    # ("P, who led video at Tencent, has left to found Lumen Frame. The company closed a round ...": the firm
                    # just founded)
                    if self._founded is not None and any(a is self._founded for a in cands):
                        ante = self._founded
                    if ante is None and self._raiser_before is not None:
                        ante = self._raiser_before
                    if ante is None and not previous and (topic := self._topic_org) is not None and topic.ctype == "Company" and 0 <= s - topic.end <= 1500:
                        ante = topic  # (opening a paragraph: the firm the text was about, not the last one it named)
                    if ante is None:
                        # ("iFlytek is a provider of ... . Its Spark models power ... . The company is chaired by ...":
                        # no firm in the sentence before: the last one named, if it is near)
                        ante = next((a for a in reversed(self._recent_orgs) if a.ctype == "Company" and 0 <= s - a.end <= 600), None)
                if ante is not None:
                    end = ana.end("it") if ana.group("it") else ana.end("he") if ana.group("he") else ana.end("round") if ana.group("round") else ana.end("firm") if ana.group("firm") else ana.end()
                    start = ana.start("he") if ana.group("he") else ana.start("it") if ana.group("it") else ana.start("firm") if ana.group("firm") else ana.start("desc") if ana.group("desc") else ana.start()
                    source = "anaphor_round" if ana.group("round") else "anaphor"
                    mentions = sorted([_stand_in(ante, start, end, source), *mentions], key=lambda m: m.start)
        # "Zhou Bowen, director of the laboratory", "Tang Jian, chief technology officer of the innovation center": a
        # definite description after a role is the organisation of that kind named last
        if self._recent_orgs or any(m.ctype in ORG for m in mentions):
            seg = text[s:e]
            found = [*_ROLE_OF_THE.finditer(text, s, e)] if " of the " in seg or " at the " in seg else []
            if ("'s " in seg or "’s " in seg) and ("the " in seg or "The " in seg):
                found += _THE_KIND_ROLE.finditer(text, s, e)
            if " who " in seg and "the " in seg:
                found += _WHO_VERB_THE.finditer(text, s, e)
            if ("'s " in seg or "’s " in seg) and "the " in seg:
                found += _THE_KIND_UNIT.finditer(text, s, e)
            for d in found:
                if any(m.start < d.end("desc") and d.start("desc") < m.end for m in mentions):
                    continue
                noun = d.group("noun").lower()
                ante = self._description_antecedent(noun, [m for m in mentions if m.end <= d.start()])
                if ante is not None:
                    mentions = sorted([*mentions, _stand_in(ante, d.start("desc"), d.end("desc"), "anaphor_desc")], key=lambda m: m.start)
        # "invested in Moonshot AI rival Baichuan", "Nvidia supplier SK Hynix": a name that only describes the next one
        # takes no part; the phrase reads as the next name alone
        described: list[Mention] = []
        for m in mentions:
            prev = described[-1] if described else None
            if prev is not None and (d := _DESCRIBES_NEXT.match(text, prev.end)) and d.end() == m.start:
                described[-1] = Mention(prev.start, m.end, m.text, m.type, key=m.key, source=m.source, name=m.name or m.text, alias=m.alias)
            else:
                described.append(m)
        mentions = described
        mentions = self._it_subjects(text, s, e, mentions, previous)
        mentions = self._company_subjects(text, s, e, mentions)
        # ("Aug 2023: launched Luca", "2022 — Founded in Beijing by Li Dahai" on a firm's milestones page: the firm)
        if self._page_subject is not None and (ev := _ENTRY_VERB_OPENER.match(text, s)) and not any(m.start < ev.end() for m in mentions):
            at = ev.start("verb") - 1 if text[ev.start("verb") - 1].isspace() else ev.start("verb")
            mentions = [_stand_in(self._page_subject, at, at, "page_subject"), *mentions]
        if previous and ("the " in text[s:e] or " it" in text[s:e]):
            mentions = self._invest_objects(text, s, e, mentions, previous)
        mentions = self._he_subjects(text, s, e, mentions)
        # "DeepSeek's GitHub repository": a company's page on a platform is not an actor of the sentence
        mentions = [m for m in mentions if not (_POSSESSED.search(text, max(s, m.start - 3), m.start) and _ON_PLATFORM.match(text, m.end))]
        # "the National Development and Reform Commission (NDRC)": the abbreviation in brackets is the same name
        mentions = [
            m for k, m in enumerate(mentions)
            if not (k and m.ctype == mentions[k - 1].ctype and text[mentions[k - 1].end : m.start].strip() == "("
                    and text[m.end : m.end + 1] == ")")
        ]
        # "BEIJING -- President Xi ...", "WUHAN, April 25 (Reuters) - Baidu ...": a dateline is not part of the sentence
        if mentions and mentions[0].ctype == "Place" and mentions[0].start - s <= 2 and _DATELINE.match(text, mentions[0].end):
            mentions = mentions[1:]
        return mentions

    def _gap_relations(self, text: str, s: int, e: int, groups: list[Group], out: list[Relation]) -> None:
        """Relations read from the words between neighbouring groups (the gap rules), from a gap's tail, across
        relative clauses and coordinated predicates, and for the sentence's subject carried to later groups."""
        subject = groups[0] if groups[0].types & (ACTOR | PLACE) else None
        for i in range(len(groups) - 1):
            left, right = groups[i], groups[i + 1]
            gap = text[left.end : right.start]
            # "TC260 (the National Cybersecurity Standardization Technical Committee) published": the bracketed full name
            # ends before the verb
            if gap[:1] == ")" and i and left.members[0].key is not None and groups[i - 1].members[0].key == left.members[0].key:
                gap = gap[1:]
            # "Volcano Engine (火山引擎), the cloud unit of": a name's bracketed other name is not part of the gap
            if gap.startswith((" (", "(")):
                gap = _BRACKET_AFTER.sub("", gap, 1)
            else:  # "UBTech Robotics Corp., the Shenzhen humanoid maker founded by": the firm's suffix is part of its name
                gap = _SUFFIX_AFTER.sub("", gap, 1)
            # ('GB 45438-2025 "Cybersecurity Technology — Labeling Method ...", was released by SAMR', 'GB/T 46218-2025,
            # "Information technology - ...", was approved and issued by': a quoted full title after a policy's code is part of its name)
            if left.types & POLICY and gap[:3].lstrip(",")[:2] in (' "', " “") and (qt := _QUOTED_TITLE.match(gap.removeprefix(","))):
                gap = gap.removeprefix(",")[qt.end() :]
            # "... since the acquisition of KUKA": a noun of acquisition or investment at the end of a long gap
            # belongs to the sentence's subject
            if subject is not None:
                tail = gap[-70:]
                low_tail = tail.lower()
                own = len(gap) <= 160 and left is subject  # then only rules no gap rule covers ("policies like")
                for rule in self.tail_rules if any(k in low_tail for k in self.tail_keys) else ():
                    if own and rule.name != "tail_policies_like":
                        continue
                    if rule.name != "tail_policies_like" and subject.types <= {"GovernmentAgency"}:
                        continue  # ("SAMR said ... its 2020 purchase of Mellanox": an agency buys nothing)
                    if rule.regex.search(tail) and not self.negation.search(gap):
                        self._apply(GapRule(rule.name, rule.predicate, rule.left, rule.right, _ANY_GAP, rule.reverse, rule.confidence), subject, right, "", s, e, out, 0.85)
                        break
            if len(gap) > 160:  # no other rule spans more than about 12 words
                continue
            # a group right after a preposition ("the Report to the NPC proposes ...") is not a subject
            a = groups[i - 1].end if i else s
            prep = self.prep_before.search(text, max(a, left.start - 40), left.start)  # anchored at the end: no full scan
            # ("Clinicians from PUMCH and Ruijin Hospital helped the CMDE draft the text": staff of a body act for it)
            if prep and i == 0 and _STAFF_FROM.fullmatch(text, s, left.start):
                prep = None
            fired = False
            # "added Zhipu AI and Sugon to its Entity List", "Inspur was added to the Entity List": the list targets them
            # ("added to the US Entity List": a country naming the list stands before it)
            # ("the US Commerce Department's Entity List": a country and an agency's possessive may stand before it too)
            listed, j = right, i + 1
            while j + 1 < len(groups) and j - i <= 2 and not groups[j].types & POLICY and (
                    groups[j].types <= PLACE and not text[groups[j].end : groups[j + 1].start].strip()
                    or groups[j].types & ORG and text[groups[j].end : groups[j + 1].start].strip() in ("'s", "’s")):
                j += 1
            if j > i + 1 and groups[j].types & POLICY:
                listed = groups[j]
            if listed.types & POLICY and self.onto_list.match(gap):
                passive = self.onto_list.match(gap).group("passive")
                if passive or self.adds_before.search(text, max(s, left.start - 60), left.start):
                    fired = self._apply(GapRule("added_to_list", "targets", ANY - POLICY, POLICY, _ANY_GAP, reverse=True, confidence=0.7), left, listed, "", s, e, out)
            if i == 0 and left.members[0].source == "anaphor_round" and _ROUND_GAP.match(gap):
                fired = self._apply(_ROUND_LED_BY, left, right, "", s, e, out)
            if not fired and self.include_gap.match(gap) and self.investors_of.search(text, max(s, left.start - 40), left.start):
                inv = GapRule("investors_of_include", "investedIn", ORG, ACTOR, _ANY_GAP, reverse=True, confidence=0.7)
                fired = self._apply(inv, left, right, "", s, e, out)  # "Investors in Zorvex include Tencent"
            if not fired and self.counts_gap.search(gap):
                # ("counts Alibaba, Tencent and the game studio miHoYo among its investors": past a description of the last)
                listed, k = [right], i + 1
                while k + 1 < len(groups) and not self.among_investors.match(text, listed[-1].end) \
                        and _BACKER_LIST_ON.fullmatch(text, groups[k].end, groups[k + 1].start) and groups[k + 1].types & ACTOR:
                    k += 1
                    listed.append(groups[k])
                # ("... and Prosperity7 Ventures, the venture arm of Saudi Aramco, among its investors": the arm, not its owner)
                closes = self.among_investors.match(text, listed[-1].end) or (
                    k + 1 < len(groups) and _ARM_OF_APPOSITION.fullmatch(text, listed[-1].end, groups[k + 1].start)
                    and text[groups[k + 1].end : groups[k + 1].end + 1] == "," and self.among_investors.match(text, groups[k + 1].end + 1))
                if closes:
                    owner = left if left.types & ORG and not gap.lstrip().startswith((",", "in", "on", "and")) else self._clause_head(text, groups, i) or groups[0]
                    if not owner.types & ORG:  # ("X was founded by Y, a former VP of Z, and counts A among its investors": X)
                        owner = next((h for h in groups[:i] if h.types & ORG), owner)
                    inv = GapRule("counts_among_investors", "investedIn", ORG, ACTOR, _ANY_GAP, reverse=True, confidence=0.7)
                    for h in listed:
                        fired = self._apply(inv, owner, h, "", s, e, out) or fired
            # "Moonshot AI, which is backed by Alibaba and Tencent, released Kimi K2", "DeepSeek, a startup spun off
            # from High-Flyer, released R1": after the clause closes, the verb belongs to the name it hangs on
            # (the clause may go on after the name: "Zhipu, which rebranded as Z.ai in July, launched": from its last comma)
            head = None if fired else self._clause_head(text, groups, i) if "," in gap and not _CLAUSE_OPEN.match(gap) else None
            head_gap = gap[gap.rfind(",") :] if "," in gap and not gap.lstrip().startswith(",") else gap
            # "Zhipu, which rebranded itself in July, launched GLM-4.5": a clause with no name in it, closed by a comma
            # ("Xiaomi's MiMo model, which the phone maker open-sourced in April, is based on Qwen": after a head noun too)
            if head is None and not fired and "," in gap.lstrip()[1:] and (_CLAUSE_OPEN.match(gap) or _HEAD_NOUN_CLAUSE.match(gap) or left.types & PERSON and _BARE_TITLE_APPOS.match(gap)):
                head, head_gap = left, gap[gap.rfind(",") :]
            # "X was co-founded by researchers from Y and has received backing from Z": a second predicate of X
            if head is None and i > 0 and _COORD.match(gap):
                head = groups[0]
            if head is not None:
                # (the comma that closes the clause stands between the head and its verb: "X, the arm of Y, all put money into Z")
                hg = _COORD.sub(" ", head_gap, 1)
                hg = " " + hg[1:].lstrip() if hg[:1] == "," and _VERB_AFTER_COMMA.match(hg) else hg
                for rule in self._candidates(head, right):
                    if rule.name.startswith("passive_") and _BASE_OBJECT_BEFORE.search(text, max(s, head.start - 24), head.start):
                        continue
                    if rule.name.startswith(_HEAD_RULES) and self._apply(rule, head, right, hg, s, e, out):
                        fired = True
                        break
                # ("Jianheng-7B, a model that Luzhi released in September, built on Zhipu AI's GLM-4": past the possessor)
                owned = self._past_possessor(text, groups, i) if not fired and right.types & ORG and i + 2 < len(groups) \
                    and _BASE_VERB_GAP.fullmatch(hg) and not _BASE_OBJECT_BEFORE.search(text, max(s, head.start - 24), head.start) else right
                if owned is not right:
                    for rule in self._candidates(head, owned):
                        if rule.name.startswith(("based_on", "integrated_into")) and self._apply(rule, head, owned, hg, s, e, out):
                            fired = True
                            break
            # "The startup, backed by Tencent and Alibaba, also operates Talkie": names inside a participle clause are
            # not the subject of the verb after it (but "Seven agencies, led by the CAC, jointly release" counts the CAC in)
            in_clause = gap.lstrip().startswith(",") and "jointly" not in gap and _PARTICIPLE_BEFORE.search(text, max(s, left.start - 40), left.start)
            # "Pony Ma co-founded Tencent with Zhang Zhidong, after graduating from Shenzhen University": a participle
            # clause after a comma is the subject's
            if not fired and subject is not None and subject is not left and subject.types & PERSON and (ap := _AFTER_PARTICIPLE.search(gap)):
                fired = self._apply_named("verb_worked_at", subject, right, gap[ap.start() :], s, e, out)
            # ("an app run by Tencent-controlled China Literature": the firm the hyphenated adjective describes)
            if not fired and i + 2 < len(groups) and text[right.end : right.end + 1] == "-" and right.types & ORG \
                    and _HYPHEN_ATTRIBUTE.fullmatch(text, right.end, groups[i + 2].start):
                for rule in self._candidates(left, groups[i + 2]):
                    if not ((prep or in_clause) and rule.name.startswith("verb_")) and \
                            self._apply(rule, left, groups[i + 2], text[left.end : groups[i + 2].start], s, e, out, typed=True):
                        break
                fired = True
            for rule in () if fired else self._candidates(left, right):
                if (prep or in_clause) and rule.name.startswith("verb_"):
                    continue
                if self._hosted_elsewhere(rule, text, right):
                    continue
                if self._apply(rule, left, right, gap, s, e, out, typed=True):
                    fired = True
                    break
            # ("Li Wen, a partner at Shenzhen venture firm Fortune Capital": past the city that names the firm's seat)
            if not fired and i and left.types <= PLACE and groups[i - 1].types & PERSON and right.types & ORG \
                    and (pt := _PLACE_BEFORE_TRADE.match(text, left.end)) is not None and not text[pt.end() : right.start].strip():
                fired = self._apply_named("role_of", groups[i - 1], right, text[groups[i - 1].end : left.start], s, e, out)
            # ("Tang Jie, Tsinghua University professor and chief scientist of Zhipu AI": the second title is the person's too)
            if not fired and i and left.types & ORG and groups[i - 1].types & PERSON and right.types & ORG and " and " in gap \
                    and _COMMA_THE.fullmatch(text, groups[i - 1].end, left.start) and (ot := self.org_title_after.match(gap)) is not None \
                    and gap[ot.end() :].startswith(" and "):
                fired = self._apply_named("role_of", groups[i - 1], right, ", " + gap[ot.end() :].lstrip()[4:].lstrip(), s, e, out)
            # ("Chaoxi Intelligence, set up in Hangzhou last year by Wen Qiao": past the place the firm was set up in)
            if not fired and i and left.types <= PLACE and groups[i - 1].types & ORG and "by" in gap and _SET_UP_IN.fullmatch(text, groups[i - 1].end, left.start):
                fired = self._apply_named("founded_by", groups[i - 1], right, text[groups[i - 1].end : right.start], s, e, out)
            # ("the Job Fair in Hangzhou on Saturday, organised by the MOHRSS": past the event's place to the event)
            if not fired and i and left.types <= PLACE and groups[i - 1].types & EVENT and "by" in gap \
                    and _EVENT_IN_PLACE.fullmatch(text, groups[i - 1].end, left.start):
                ev_gap = _DAY_BEFORE_CLAUSE.sub("", gap, 1)
                fired = self._apply_named("event_attended_by", groups[i - 1], right, ev_gap, s, e, out)
            # "SenseNova Code Lite, which SenseTime said was distilled from V6.5": the clause's sayer is not its subject;
            # "Qwen Code, the agent that Alibaba forked from Google's Gemini CLI": what the clause's maker built it from
            if not fired and i and left.types & ORG and groups[i - 1].types & MP and _WHICH_AFTER_COMMA.fullmatch(text, groups[i - 1].end, left.start):
                if sw := _SAID_WAS.match(gap):
                    for rule in self._candidates(groups[i - 1], right):
                        if rule.name.startswith(("based_on", "integrated_into", "passive_")) and self._apply(rule, groups[i - 1], right, gap[sw.end() :], s, e, out, typed=True):
                            fired = True
                            break
                elif _ORG_TUNED_FROM.fullmatch(gap):
                    fired = self._apply(_BUILT_X_ON, groups[i - 1], self._past_possessor(text, groups, i), "", s, e, out)
            # "Tingyu, a Hangzhou company whose homework assistant, Xiaoyu Tutor,": past the place in the apposition
            # ("Microsoft's Beijing laboratory, Microsoft Research Asia": past the place after a possessive)
            if not fired and i and left.types <= PLACE and groups[i - 1].types & ORG and (ap := _APPOS_NOUN.fullmatch(text, groups[i - 1].end, left.start)
                                                                                         or _POSS_JOINT.fullmatch(text, groups[i - 1].end, left.start)):
                for rule in self._candidates(groups[i - 1], right):
                    if self._apply(rule, groups[i - 1], right, ap.group() + gap.lstrip(), s, e, out, typed=True):
                        fired = True
                        break
            # "integrate SenseNova into Xiaomi's HyperOS", "built X on Meta's Llama-3.2-1B": past a possessor to its model
            # ("had no plans to put Shunxing-2 inside Didi Chuxing": not before a negation or a plan)
            if not fired and left.types & MP and self.into_gap.match(gap) and (iv := self.integrate_before.search(text, max(s, left.start - 40), left.start)) \
                    and not self._negated_before(text, s, iv.start(), 30):
                fired = self._apply(_INTEGRATE_X_INTO, left, self._past_possessor(text, groups, i), "", s, e, out)
            # ("added DeepSeek-R1, the open model from Hangzhou's DeepSeek, to Lixiang Tongxue": past the apposition)
            if not fired and head is not None and head.types & MP and self.into_gap.match(head_gap[1:]) \
                    and (iv := self.integrate_before.search(text, max(s, head.start - 40), head.start)) \
                    and not self._negated_before(text, s, iv.start(), 30):
                fired = self._apply(_INTEGRATE_X_INTO, head, self._past_possessor(text, groups, i), "", s, e, out)
            # "The team built AM-Thinking-v1 on the Qwen2.5-32B base model": what a model is built on, after its name
            # ("Beihai Voice distilled Tingfeng-3B from DeepSeek-R1", "fine-tuned Tianshu-Roster from DeepSeek-V3")
            if not fired and left.types & MP and (_BUILT_BEFORE.search(text, max(s, left.start - 30), left.start) and _ON_GAP.match(gap)
                                                  or _DISTILLED_BEFORE.search(text, max(s, left.start - 30), left.start) and _FROM_GAP.match(gap)):
                fired = self._apply(_BUILT_X_ON, left, self._past_possessor(text, groups, i), "", s, e, out)
            # "The October 2022 controls on chips bound for China, issued by BIS": the issuer of the policy whose
            # prepositional modifier the name before the comma closes
            if not fired and i and gap.lstrip().startswith(",") and groups[i - 1].types & POLICY and not left.types & POLICY \
                    and _POLICY_PREP_PHRASE.fullmatch(text, groups[i - 1].end, left.start):
                fired = self._apply_named("passive_issuer", groups[i - 1], right, gap, s, e, out)
            # "Great Wall Motor connected its Coffee Agent in-car assistant to DeepSeek's R1 model": a product hooked up to
            # a model hosts the model
            if not fired and left.types & {"Product"} and _CONNECT_BEFORE.search(text, max(s, left.start - 30), left.start) \
                    and _CONNECT_GAP.match(gap):
                fired = self._apply(_CONNECTED_TO_MODEL, self._past_possessor(text, groups, i), left, "", s, e, out)
            # "he started Moonshot AI in Beijing together with Zhou Xinyu and Wu Yuxin": co-founders work there too
            if fired and out and out[-1].rule == "verb_person_org" and out[-1].role in ("founder", "co-founder") and right.types & ORG:
                for later in groups[i + 2 : i + 4]:
                    if later.types & PERSON and _WITH_COFOUNDER.fullmatch(text, right.end, later.start):
                        for p in later.members:
                            if p.ctype in PERSON:
                                out.append(Relation(p, "affiliatedWith", out[-1].object, s, e, "cofounder_with", 0.6, out[-1].role))
                        break
            # "Baichuan, founded by former Sogou CEO Wang Xiaochuan": the founder is the person the role belongs to
            if not fired and i + 2 < len(groups) and right.types & ORG and groups[i + 2].types & PERSON and self.role_mod.match(text[right.end : groups[i + 2].start]):
                # ("MetaX, a Shanghai GPU company founded by former AMD engineer Chen Weiliang": past the place adjective)
                founded = groups[i - 1] if left.types <= PLACE and i and groups[i - 1].types & ORG and _APPOSITION_ORG.match(_BRACKET_AFTER.sub("", text[groups[i - 1].end : left.start], 1) + " ") else left
                for rule in self._candidates(founded, groups[i + 2]):
                    if rule.name in ("founded_by", "led_by") and self._apply(rule, founded, groups[i + 2], _BRACKET_AFTER.sub("", text[founded.end : right.start], 1) if founded is not left else gap, s, e, out):
                        fired = True
                        break
            # "X referenced Meta's Llama2", "director of the White House's NEC": the gap before a possessor
            # applies to what it possesses, and then to it alone
            if i + 2 < len(groups) and self.possessive.match(text[right.end : groups[i + 2].start]):
                for rule in self._candidates(left, groups[i + 2]):
                    if self._hosted_elsewhere(rule, text, groups[i + 2]):
                        continue
                    if rule.regex.pattern != self.possessive.pattern:
                        n = len(out)
                        # ("Its Tingfeng-ASR 2 recogniser, which is built on Alibaba's SenseVoice": past the head noun)
                        pgap = gap[gap.find(",") :] if rule.name == "based_on" and _HEAD_NOUN_CLAUSE.match(gap) else gap
                        if self._apply(rule, left, groups[i + 2], pgap, s, e, out, 0.9):
                            # what the possessive names is the object, not its possessor
                            # (only the possessor: "backed by Tencent, Baidu's fund and Apple" keeps Tencent)
                            owner = right.members[-1]
                            out[:] = [r for k, r in enumerate(out) if k >= n or not (r.rule == rule.name and (r.object is owner or r.subject is owner))]
                            break
            # the sentence's subject carried to a later group: "..., following investments in A and B"
            if not fired and subject is not None and i >= 1 and left is not subject:
                for rule in self._candidates(subject, right):
                    if rule.carry and self._apply(rule, subject, right, gap, s, e, out, 0.85, carried=True, typed=True):
                        fired = True
                        break
            # ("A graduate of Tsinghua University, he worked at Baidu and then at Tencent": the person after an opener)
            if not fired and i >= 1 and subject is not None and not subject.types & PERSON:
                person = next((g for g in groups[1:i] if g.types & PERSON), None)
                for rule in self._candidates(person, right) if person is not None and person is not left else ():
                    if rule.carry_only and self._apply(rule, person, right, gap, s, e, out, 0.85, carried=True, typed=True):
                        break

    @staticmethod
    def _list_past_apposition(text: str, s: int, e: int, groups: list[Group], out: list[Relation]) -> None:
        """What a relation says of the last name of a list it says of a name that follows that name's apposition and "and"."""
        for g, h in zip(groups, groups[1:], strict=False):
            if not _APPOSITION_AND.fullmatch(text, g.end, h.start) or _CLAUSE_VERB_AFTER.match(text, h.end):
                continue
            last, nxt = g.members[-1], h.members[0]
            if nxt.ctype not in _compatible(last.ctype):
                continue
            for r in list(out):
                if r.predicate == "subsidiaryOf" or isinstance(r.object, str):
                    continue
                if r.subject is last and r.object is not nxt and not (g.start <= r.object.start < h.end):
                    out.append(Relation(nxt, r.predicate, r.object, s, e, r.rule, r.confidence, r.role))
                elif r.object is last and r.subject is not nxt and not (g.start <= r.subject.start < h.end):
                    out.append(Relation(r.subject, r.predicate, nxt, s, e, r.rule, r.confidence, r.role))

    def _shape_relations(self, text: str, s: int, e: int, groups: list[Group], previous: list[Mention] | None, out: list[Relation]) -> None:
        """Relations other shapes of the sentence state: co-subjects, titles and pronouns that point back,
        appositions with a possessor, clauses naming an investor, demonyms."""
        # "Deng Lijuan, Chief Engineer, Digital Grid Group, China Southern Power Grid": a speaker's unit, then its parent
        for g in groups:
            if len(g.members) == 2 and all(m.ctype in ORG - {"GovernmentAgency"} for m in g.members) and text[g.members[0].end : g.members[1].start] == ", " \
                    and _LINE_END.match(text, g.end) and any(r.rule == "role_comma_org" and r.object is g.members[0] for r in out):
                unit, parent = g.members
                out[:] = [r for r in out if not (r.rule == "role_comma_org" and r.object is parent)]
                out.append(Relation(unit, "subsidiaryOf", parent, s, e, "unit_comma_parent", 0.55))
        if len(groups) > 1 and len(groups[0].members) == 1 and groups[0].types & (ORG - {"GovernmentAgency"}) and groups[1].types & ACTOR \
                and not text[s : groups[0].start].strip() and _SAYER_THAT.fullmatch(text, groups[0].end, groups[1].start) \
                and _BECAME_SHAREHOLDER.match(text, groups[1].end):
            firm = groups[0].members[0]
            out.extend(Relation(a, "investedIn", firm, s, e, "sayer_shareholder", 0.6) for a in groups[1].members if a.ctype in ACTOR - PERSON and a is not firm)
        # "Founded in 2023 by Yang Zhilin, a Tsinghua graduate, Moonshot AI is backed by ...": the founders work at the subject
        if groups and groups[0].types <= PERSON and _FRONTED_FOUNDED.fullmatch(text, s, groups[0].start):
            # (the subject may close a list the grouping made across the comma: "Carnegie Mellon University, Moonshot AI is")
            subject = next((m for g in groups[1:] if g.types & ORG for m in g.members[-1:]
                            if text[: m.start].rstrip().endswith(",") and _CLAUSE_VERB_AFTER.match(text, m.end)), None)
            if subject is not None and subject.ctype in ORG - {"GovernmentAgency"}:
                out.extend(Relation(p, "affiliatedWith", subject, s, e, "fronted_founded_by", 0.6) for p in groups[0].members)
        # "SenseChat is built on SenseNova, as are Office Raccoon and Code Raccoon": the same base for the others
        if ", as " in text[s:e]:
            for r in [r for r in out if r.predicate == "basedOn"]:
                j = next((k for k, g in enumerate(groups) if r.object in g.members), None)
                if j is not None and j + 1 < len(groups) and _AS_ARE.fullmatch(text, groups[j].end, groups[j + 1].start):
                    # ("as are Office Raccoon, a data-analysis assistant, and Code Raccoon, ...": past each apposition)
                    for g in _apposition_run(text, groups, j + 1):
                        out.extend(Relation(m, "basedOn", r.object, s, e, "as_are", 0.6) for m in g.members if m.ctype in MP and m is not r.object)
        # "built on Meta's Llama-3.2-1B and on Alibaba's Qwen2.5-0.5B": a second base after "and on"
        if "and on" in text[s:e] or "and from" in text[s:e]:
            for r in [r for r in out if r.predicate == "basedOn"]:
                j = next((k for k, g in enumerate(groups) if r.object in g.members), None)
                while j is not None and j + 1 < len(groups):
                    k = j + 1
                    gap = text[groups[j].end : groups[k].start]
                    if not _AND_ON.fullmatch(gap):
                        break
                    if groups[k].types & ORG and not groups[k].types & MP and k + 1 < len(groups) \
                            and _POSSESSIVE_GAP.fullmatch(text, groups[k].end, groups[k + 1].start):
                        k += 1  # (past the possessor: "and on Alibaba's")
                    out.extend(Relation(r.subject, "basedOn", m, s, e, "and_on_base", 0.6) for m in groups[k].members if m.ctype in MP and m is not r.subject)
                    j = k
        # "Horizon also runs Carizon, a joint venture with Cariad": the venture is the runner's too, and the two are partners
        for r in [r for r in out if r.rule == "joint_venture_of" and "with" in text[r.subject.end : r.object.start]]:
            j = next((k for k, g in enumerate(groups) if r.subject in g.members), None)
            if j and groups[j - 1].types & ORG and _RUNS_VENTURE.fullmatch(text, groups[j - 1].end, groups[j].start):
                owner = groups[j - 1].members[-1]
                if owner.ctype in ORG - {"GovernmentAgency"} and owner is not r.object:
                    out.append(Relation(r.subject, "subsidiaryOf", owner, s, e, "joint_venture_runner", 0.6))
                    out.append(Relation(owner, "partnerOf", r.object, s, e, "joint_venture_runner", 0.6))
        # "Microsoft's MAI-DS-R1 and Perplexity's R1-1776 are post-trained versions of R1": the first possessed name shares
        # what the list's last one is based on
        for r in [r for r in out if r.predicate == "basedOn" and isinstance(r.subject, Mention)]:
            j = next((j for j, g in enumerate(groups) if r.subject in g.members), None)
            if j is not None and j >= 2 and groups[j - 1].types & ORG and groups[j - 2].types & MP \
                    and re.fullmatch(r"['’]s?\s+", text[groups[j - 1].end : groups[j].start]) and re.fullmatch(r"\s+(?:and|&)\s+", text[groups[j - 2].end : groups[j - 1].start]):
                out.extend(Relation(m, "basedOn", r.object, s, e, "possessed_list_based_on", 0.55)
                           for m in groups[j - 2].members if m.ctype in MP and m is not r.object and not any(x.subject is m and x.predicate == "basedOn" for x in out))
        # "Wuhan AI Research, which developed the Zidong Taichu model together with CASIA", "the platform that iFlytek developed
        # with Huawei": the two made it, and are partners
        for i in range(len(groups) - 1) if " with " in text[s:e] else ():
            g, h = groups[i], groups[i + 1]
            if not g.types & (ORG - {"GovernmentAgency"}):
                continue
            k = None
            if h.types & MP and _WHICH_DEVELOPED.fullmatch(text, g.end, h.start) and i + 2 < len(groups) \
                    and groups[i + 2].types & (ORG - {"GovernmentAgency"}) and _TOGETHER_WITH_GAP.fullmatch(text, h.end, groups[i + 2].start) \
                    and not _GOODS_AFTER.match(text, groups[i + 2].end) and not _HELP_AFTER.match(text, groups[i + 2].end):
                # ("which built M with Nvidia chips": goods, not a partner; "with Tencent's backing": a backer)
                k = groups[i + 2]
                out.extend(Relation(m, "developer", o, s, e, "developed_together_with", 0.6)
                           for m in h.members if m.ctype in MP for o in (*g.members[-1:], *k.members) if o.ctype in ORG - {"GovernmentAgency"})
            elif h.types & (ORG - {"GovernmentAgency"}) and _DEVELOPED_WITH_GAP.fullmatch(text, g.end, h.start):
                k = h
                # ("GitHub Copilot, which GitHub built with OpenAI": the relative clause's maker and its partner made it)
                if i and groups[i - 1].types & MP and _WHICH_AFTER_COMMA.fullmatch(text, groups[i - 1].end, g.start) \
                        and not _GOODS_AFTER.match(text, h.end) and not _HELP_AFTER.match(text, h.end):
                    out.extend(Relation(m, "developer", o, s, e, "developed_together_with", 0.6) for m in groups[i - 1].members[-1:] if m.ctype in MP
                               for o in (*g.members[-1:], *h.members) if o.ctype in ORG - {"GovernmentAgency"})
            if k is not None:
                a = next((m for m in reversed(g.members) if m.ctype in ORG - {"GovernmentAgency"}), None)
                out.extend(Relation(a, "partnerOf", o, s, e, "developed_together_with", 0.6) for o in k.members
                           if a is not None and o.ctype in ORG - {"GovernmentAgency"} and o.key != a.key)
        # "investors in Recurrent AI, the company he co-founded before Moonshot": the person the pronoun stands for founded it
        if " he " in text[s:e] or " she " in text[s:e]:
            for g in groups:
                if not g.types & (ORG - {"GovernmentAgency"}) or (w := _THE_COMPANY_HE_FOUNDED.match(text, g.end, e)) is None:
                    continue
                person = next((m for gg in reversed(groups) if gg.end <= g.start for m in reversed(gg.members) if m.ctype == "Person"), None) or self.recent_person
                org = next(m for m in reversed(g.members) if m.ctype in ORG)
                if person is not None and not any(x.subject is person and x.object is org for x in out):
                    out.append(Relation(person, "affiliatedWith", org, s, e, "the_company_he_founded", 0.55, w.group("role").lower()))
        # "Lion, its in-car assistant, which is built on iFlytek's Spark": past the apposition and the base's possessor
        for i in range(len(groups) - 2) if ", which" in text[s:e] or ", that" in text[s:e] else ():
            g, h, k = groups[i], groups[i + 1], groups[i + 2]
            if g.types & MP and h.types & ORG and k.types & MP and _APPOSITION_WHICH_BUILT_ON.fullmatch(text, g.end, h.start) \
                    and re.fullmatch(r"['’]s?\s+", text[h.end : k.start]):
                out.extend(Relation(a, "basedOn", b, s, e, "apposition_which_built_on", 0.6)
                           for a in g.members[-1:] if a.ctype in MP for b in k.members if b.ctype in MP and b.key != a.key)
        # "founded by former Nvidia China head Zhang Jianzhong": the firm's China arm is the firm, not the country
        for k, r in enumerate(out):
            if r.rule == "org_role" and isinstance(r.object, Mention) and r.object.ctype == "Place":
                j = next((j for j, g in enumerate(groups) if r.object in g.members), None)
                if j and groups[j - 1].types & (ORG - {"GovernmentAgency"}) and not text[groups[j - 1].end : groups[j].start].strip():
                    org = next(m for m in reversed(groups[j - 1].members) if m.ctype in ORG)
                    out[k] = Relation(r.subject, r.predicate, org, r.start, r.end, "org_region_role", r.confidence, r.role)
        # "Big Fund III was launched in May; earlier phases invested in SMIC and Hua Hong", "Earlier phases of the fund invested in
        # SMIC": the fund named last invested in them
        if "phase" in text[s:e]:
            for ph in _EARLIER_PHASES.finditer(text, s, e):
                # (the fund itself rather than its latest phase: "The third phase of the China IC Industry Investment Fund, Big
                # Fund III, ... Earlier phases of the fund invested in SMIC")
                funds = [m for g in groups if g.end <= ph.start() for m in g.members if m.ctype in ORG and "fund" in (m.name or m.text).lower()]
                if ph.group("of") or not funds:
                    funds = [a for a in self._recent_orgs if "fund" in (a.name or a.text).lower() and 0 <= s - a.end <= 1500] + funds
                fund = next((m for m in reversed(funds) if not _PHASE_MARK.search(m.name or m.text)), funds[-1] if funds else None)
                if fund is None:
                    continue
                stop = min((x for x in (text.find(";", ph.end(), e), text.find(". ", ph.end(), e)) if x >= 0), default=e)
                out.extend(Relation(fund, "investedIn", m, s, e, "earlier_phases_invested", 0.6)
                           for g in groups if ph.end() <= g.start < stop for m in g.members if m.ctype in ORG - {"GovernmentAgency"} and m.key != fund.key)
        # "RoboSense listed in Hong Kong; its cornerstone investor was Nanshan Strategic Emerging Industries Investment"
        if "its " in text[s:e] and groups and groups[0].types & (ORG - {"GovernmentAgency"}):
            for w in _ITS_BACKER_WAS.finditer(text, groups[0].end, e):
                h = next((h for h in groups if h.start >= w.end()), None)
                owner = next((m for m in groups[0].members if m.ctype in ORG - {"GovernmentAgency"}), None)
                if h is not None and h.start - w.end() <= 5 and owner is not None:
                    out.extend(Relation(m, "investedIn", owner, s, e, "its_backer_was", 0.6) for m in h.members if m.ctype in ACTOR and m.key != owner.key)
        # "Robotera drew crowds at the World Robot Conference in Beijing last August, where the L7 sorted laundry on stage":
        # what the where-clause shows took part in the event
        if ", where " in text[s:e]:
            for i, g in enumerate(groups):
                if "Event" not in g.types:
                    continue
                w = _WHERE_AFTER_EVENT.match(text, g.end, e)
                h = next((h for h in groups[i + 1 :] if h.start >= w.end()), None) if w else None
                if h is not None and h.start - w.end() <= 20 and not any("Event" in x.types for x in groups[i + 1 :] if x.start < h.start):
                    ev = next(m for m in g.members if m.ctype == "Event")
                    # ("..., where EHang, Phoenix Wings and United Aircraft Group also signed route agreements": all the list)
                    listed, k = [h], groups.index(h)
                    while k + 1 < len(groups) and _BACKER_LIST_ON.fullmatch(text, groups[k].end, groups[k + 1].start) and groups[k + 1].types & (MP | ACTOR):
                        k += 1
                        listed.append(groups[k])
                    out.extend(Relation(ev, "involves", m, s, e, "where_at_event", 0.55) for x in listed for m in x.members if m.ctype in MP | ACTOR)
        # "Infinigence will open an office in Wuxi, chief executive Xia Lixue said": the speaker's role is at the subject
        # (not a quotation's subject: "'... the Chinese Communist Party's AI stack,' said Chairman John Moolenaar")
        if len(groups) > 1 and groups[0].types & ORG and "said" in text[s:e] and not any(q in text[s : groups[0].start] for q in "\"“"):
            for g in groups[1:]:
                p = g.members[0]
                if len(g.members) != 1 or p.ctype != "Person":
                    continue
                lead = self.role_said_before.search(text, max(s, p.start - 60), p.start)
                said_after = _SAID_AFTER_NAME.match(text, p.end)
                if lead is None or not (said_after or lead.group(0).lower().startswith("said")):
                    continue
                org = next((m for m in groups[0].members if m.ctype in ORG), None)
                if org is not None and not any(x.subject is p and x.predicate == "affiliatedWith" for x in out) \
                        and not any(m.ctype in ORG for gg in groups[1:] if gg.end <= p.start for m in gg.members):
                    out.append(Relation(p, "affiliatedWith", org, s, e, "role_said", 0.55, lead.group("role").lower()))
        # "founded in 2019 by Tang Jie, a former professor at Tsinghua University, and Li Juanzi": the founder after the
        # apposition founded it too
        for r in [r for r in out if r.rule.startswith("founded_by") and isinstance(r.subject, Mention) and r.subject.ctype == "Person"]:
            ap = _FOUNDER_APPOSITION_AND.match(text, r.subject.end, e)
            if ap is not None:
                nxt = next((m for g in groups for m in g.members if m.start == ap.end()), None)
                if nxt is not None and nxt.ctype == "Person" and not any(x.subject is nxt and x.object is r.object for x in out):
                    out.append(Relation(nxt, r.predicate, r.object, s, e, "founded_by_apposition", 0.6, r.role))
        # "Volcano Engine announced strategic partnerships with three manufacturers: carmaker Chery, home-appliance group
        # Midea and electronics maker GoerTek": the announcer partners each firm the list after the colon names
        seg = text[s:e]
        if " with " in seg and any(w in seg for w in _PARTNER_DEAL_WORDS):
            for c in _PARTNERS_COLON.finditer(text, s, e):
                # (the sentence's subject, past an apposition: "Volcano Engine, the cloud arm of ByteDance, announced ...")
                subj = next((m for g in groups if g.end <= c.start() for m in g.members if m.ctype in ORG - {"GovernmentAgency"}), None)
                stop = min((x for x in (text.find(". ", c.end(), e), text.find(";", c.end(), e)) if x >= 0), default=e)
                if subj is not None:
                    out.extend(Relation(subj, "partnerOf", m, s, e, "partners_after_colon", 0.6)
                               for g in groups if c.end() <= g.start < stop for m in g.members if m.ctype in ORG - {"GovernmentAgency"} and m is not subj)
        # co-subjects: "Tsinghua and ShengShu Technology unveil Vidu", "Mercedes and ByteDance have jointly ..."
        for i, g in enumerate(groups):
            orgs = [m for m in g.members if m.ctype in ORG]
            # (agencies that jointly issue a policy are co-issuers, not partners)
            if len(orgs) < 2 or all(m.ctype == "GovernmentAgency" for m in orgs):
                continue
            nxt = text[g.end : groups[i + 1].start] if i + 1 < len(groups) else text[g.end : e]
            # ("Shanghai AI Laboratory and the consultancy Concordia AI released the Framework": co-authors of a text too)
            # (not where a ministry is among them, nor signatories: "Alibaba, Baidu, Tencent and Zhipu signed the commitments")
            co_dev = any((r.rule == "verb_developer" or r.rule == "verb_issuer" and not any(m.ctype == "GovernmentAgency" for m in orgs)
                          and not re.search(r"\bsign|\bendorse|\bjoin|\bput\s+their\s+names", text[g.end : _start(r.subject)]))
                         and r.object in orgs for r in out)
            # "a partnership between Baidu and Geely", "the tie-up among A, B and C"
            between = _BETWEEN_PARTNERS.search(text, max(s, g.start - 60), g.start)
            said = _SAID_THEY.match(text, g.end, e)
            # ("Changan and Qiancheng, a Shanghai chip designer, have formed a joint venture": past the last one's apposition)
            if co_dev or self.jointly.match(nxt) or between or said and self.jointly.match(text[said.end() : e]) \
                    or text[g.end : g.end + 1] == "," and self.jointly.match(text[_apposition_end(text, g.end) : e]):
                for x in range(len(orgs)):
                    for y in range(x + 1, len(orgs)):
                        out.append(Relation(orgs[x], "partnerOf", orgs[y], s, e, "partners_between" if between else "co_subjects", 0.6))
        # ("Changan and StepFun, a Shanghai model developer, said on Tuesday they had set up a joint venture": the
        # apposition parts the list in two groups)
        for g, h in zip(groups, groups[1:], strict=False):
            if g.types & ORG and h.types & ORG and re.fullmatch(r"\s+(?:and|&)\s+", text[g.end : h.start]) \
                    and (said := _SAID_THEY.match(text, h.end, e)) and self.jointly.match(text[said.end() : e]):
                out.extend(Relation(a, "partnerOf", b, s, e, "co_subjects", 0.6) for a in g.members[-1:] for b in h.members[:1]
                           if a.ctype in ORG - {"GovernmentAgency"} and b.ctype in ORG - {"GovernmentAgency"})
        # ("Changan and Shanghai chip designer Qiancheng have formed a joint venture": a description of the second firm
        # before its name, with or without the place in it)
        for x, g in enumerate(groups):
            if not g.types & ORG:
                continue
            for h in groups[x + 1 : x + 3]:
                if h.types & ORG and _AND_DESCRIBED.fullmatch(text, g.end, h.start) and self.jointly.match(text[_apposition_end(text, h.end) : e]):
                    out.extend(Relation(a, "partnerOf", b, s, e, "co_subjects", 0.6) for a in g.members[-1:] for b in h.members[:1]
                               if a.ctype in ORG - {"GovernmentAgency"} and b.ctype in ORG - {"GovernmentAgency"})
                    break
        # "a defence pact between Japan, Canada and Chile ... Under the pact, known as the Pacific Shield, ...": the parties
        # of a pact the text names only in a later sentence issue it
        parties, self._pact_parties = self._pact_parties, []
        if (bt := _PACT_BETWEEN.search(text, s, e)) is not None:
            here = next((g for g in groups if abs(g.start - bt.end()) <= 5), None)
            if here is not None and len(here.members) > 1:
                parties = [m for m in here.members if m.ctype in ISSUER]
                self._pact_parties = parties
        if parties and (kn := _KNOWN_AS_PACT.search(text, s, e)) is not None:
            pact = next((m for g in groups for m in g.members if m.ctype == "Policy" and 0 <= m.start - kn.end() <= 2), None)
            if pact is not None:
                out.extend(Relation(pact, "issuedBy", m, s, e, "pact_parties", 0.6) for m in parties)
        # "Founded by Peking University researcher Wang He, Galbot builds ...", "Led by Cao Yue, a former MSRA scientist, Sand
        # AI open-sourced ...": the opening clause's person founded or leads the subject that follows it
        if (fr := _FRONTED_BY.match(text, s)) is not None:
            who = next((g for g in groups if g.start >= fr.end() and g.start - fr.end() <= 60 and g.members[0].ctype == "Person"), None)
            subj = who and next((g for g in groups if g.start > who.end and g.types & (ORG - {"GovernmentAgency"})
                                 and text[:g.start].rstrip().endswith(",") and _VERB_NEXT.match(text, g.end)), None)
            if subj is not None:
                role = "head" if fr.group("verb").lower() in ("led", "run", "headed") else "founder"
                out.append(Relation(who.members[0], "affiliatedWith", subj.members[0], s, e, "fronted_by_clause", 0.6, role))
        # "At WAIC 2025, Premier Li Qiang proposed ...", "At the Belt and Road Forum in Beijing, Xi announced ...": the
        # opening phrase's event involves the sentence's subject (and the place it is held in)
        if len(groups) > 1 and "Event" in groups[0].types and groups[0].start - s <= 80 and _AT_OPENER.search(text[s : groups[0].start]):
            ev = next(m for m in groups[0].members if m.ctype == "Event")
            j, end = 1, groups[0].end
            if groups[1].types <= PLACE and _IN_GAP.match(text[end : groups[1].start]):
                out.extend(Relation(ev, "involves", p, s, e, "at_event_opener", 0.6) for p in groups[1].members)
                j, end = 2, groups[1].end
            # ("At the 2025 Job Fair, held at USTC last Saturday, iFlytek and CXMT were ...": past the participle clause,
            # whose host or venue takes part too)
            if j < len(groups) and (held := _HELD_CLAUSE.match(text, end)) is not None and (close := text.find(",", held.end(), e)) > 0:
                k = j
                while k < len(groups) and groups[k].end <= close:
                    out.extend(Relation(ev, "involves", a, s, e, "at_event_opener", 0.55) for a in groups[k].members if a.ctype in ORG)
                    k += 1
                j, end = k, close
            if j < len(groups) and groups[j].types & ACTOR and _OPENER_COMMA.fullmatch(text, end, groups[j].start):
                # "In a keynote at the forum, Baidu founder Robin Li said": the founder speaks, not Baidu
                if j + 1 < len(groups) and groups[j].types & ORG and groups[j + 1].types & PERSON and _CORP_TITLE.fullmatch(text, groups[j].end, groups[j + 1].start):
                    j += 1
                out.extend(Relation(ev, "involves", a, s, e, "at_event_opener", 0.6) for a in groups[j].members if a.ctype in ACTOR)
                # "At WAIC 2024, SenseTime launched SenseNova 5.5": and what the subject launched there
                if j + 1 < len(groups) and groups[j + 1].types & (MP | POLICY) and self.launched_gap.fullmatch(text, groups[j].end, groups[j + 1].start):
                    # ("presented iRAG, a retrieval tool, and Miaoda, a no-code tool": past each apposition)
                    for g in _apposition_run(text, groups, j + 1, MP | POLICY):
                        out.extend(Relation(ev, "involves", m, s, e, "at_event_opener", 0.55) for m in g.members if m.ctype in MP | POLICY)
            elif j < len(groups) and groups[j].types & (MP | POLICY) and (th := _THE_BODY_SUBJECT.match(text, end)) is not None \
                    and self.launched_gap.fullmatch(text, th.end(), groups[j].start):
                # "Last month, at WAIC 2025, the lab released Intern-S1": a subject the sentence does not name
                for g in _apposition_run(text, groups, j, MP | POLICY):
                    out.extend(Relation(ev, "involves", m, s, e, "at_event_opener", 0.55) for m in g.members if m.ctype in MP | POLICY)
        # "Tencent said on Wednesday that Yao Shunyu, a former scientist at OpenAI, has become its chief AI scientist",
        # "Xiaomi said Luo Fuli had joined the company": the firm that reports it
        if len(groups) > 1 and groups[0].types & ORG and groups[1].types & PERSON and _SAID_THAT.fullmatch(text, groups[0].end, groups[1].start):
            appos = _APPOSITION_SKIP.match(text, groups[1].end)
            if _JOINED_ITS.match(text, appos.end() if appos else groups[1].end):
                out.extend(Relation(m, "affiliatedWith", o, s, e, "said_joined_it", 0.6)
                           for m in groups[1].members[:1] if m.ctype in PERSON for o in groups[0].members[-1:] if o.ctype in ORG - {"GovernmentAgency"})
        # "The Framework was released by TC260 at China Cybersecurity Week": what was released there, not only who released it
        for i in range(len(groups) - 2):
            left, mid, right = groups[i], groups[i + 1], groups[i + 2]
            if left.types & (MP | POLICY) and mid.types & ACTOR and "Event" in right.types and _BY_AGENT_GAP.fullmatch(text, left.end, mid.start) \
                    and _AT_GAP.fullmatch(text, mid.end, right.start):
                ev = next(m for m in right.members if m.ctype == "Event")
                out.extend(Relation(ev, "involves", m, s, e, "released_by_at_event", 0.55) for m in left.members if m.ctype in MP | POLICY)
        for i in range(len(groups) - 1):
            left, right = groups[i], groups[i + 1]
            gap = text[left.end : right.start]
            # "Alibaba led AIsphere's Series B", "Tencent joined the round"
            lead, lead_gap = left, gap
            if i > 0 and gap.lstrip().startswith(",") and right.types & ORG and not self.led_round.fullmatch(gap) \
                    and self.led_round.fullmatch(" " + gap.lstrip(" ,")) and self.round_after.match(text, right.end):
                # ("Lenovo Capital, the venture arm of Lenovo Group, led Luoshu's first round": the apposition's head led it)
                lead, lead_gap = self._clause_head(text, groups, i) or left, " " + gap.lstrip(" ,")
            if lead.types & ACTOR and right.types & ORG and self.led_round.fullmatch(lead_gap) and self.round_after.match(text, right.end) \
                    and (lead.types & ORG or not re.match(r"\s*,\s+(?:which|that|who)\s", lead_gap)):
                for a in lead.members:
                    for b in right.members:
                        if a.ctype in ACTOR and b.ctype in ORG - {"GovernmentAgency"} and a is not b:
                            out.append(Relation(a, "investedIn", b, s, e, "led_round_of", 0.7))
            # "The round for Zorvex was led by Tencent", "Zorvex's Series B was led by Tencent"
            elif left.types & ORG and right.types & ACTOR and (
                self.round_possessed.match(gap) or self.round_led_gap.match(gap) and self.round_of_before.search(text, max(s, left.start - 40), left.start)
            ):
                for a in right.members:
                    for b in left.members:
                        if a.ctype in ACTOR and b.ctype in ORG - {"GovernmentAgency"} and a is not b:
                            out.append(Relation(a, "investedIn", b, s, e, "round_of_led_by", 0.7))
            # "Unitree's Series C round, closed in June, drew Tencent, Alibaba, Geely Capital and China Mobile"
            if left.types & (ORG - {"GovernmentAgency"}) and right.types & ACTOR and _ROUND_DREW.fullmatch(gap):
                listed = [right]
                while i + len(listed) + 1 < len(groups) and _BACKER_LIST_ON.fullmatch(text, listed[-1].end, groups[i + len(listed) + 1].start) \
                        and groups[i + len(listed) + 1].types & ACTOR:
                    listed.append(groups[i + len(listed) + 1])
                out.extend(Relation(a, "investedIn", b, s, e, "round_drew", 0.65) for h in listed for a in h.members if a.ctype in ACTOR
                           for b in left.members[-1:] if b.ctype in ORG and (a.key or a.text) != (b.key or b.text))
            # "Zhu, deputy director of the Tsinghua Institute, is also ShengShu's chief scientist": past the apposition
            if not left.types & PERSON and right.types & ORG and i and groups[0].types & PERSON and _APPOS_CLOSE_BE.fullmatch(gap) \
                    and _APPOSITION_START.match(text, groups[0].end):
                rm = self.role_after_possessor.match(text, right.end)
                if rm:
                    out.extend(Relation(a, "affiliatedWith", b, s, e, "serves_as_possessor", 0.6, rm.group("role").lower())
                               for a in groups[0].members[-1:] for b in right.members[-1:] if a.ctype in PERSON and b.ctype in ORG)
            # "Liang serves as DeepSeek's chief executive", "Wang was Sogou's chief executive"
            if left.types & PERSON and right.types & ORG and _SERVES_AS_POSS.fullmatch(gap):
                rm = self.role_after_possessor.match(text, right.end)
                if rm:
                    # ("Nadia Brennan and Qiu Lan are Lantern's editors": each of them)
                    for a in (left.members if re.match(r"\s+(?:are|were)\b", gap) else left.members[-1:]):
                        for b in right.members[-1:]:
                            if a.ctype in PERSON and b.ctype in ORG:
                                out.append(Relation(a, "affiliatedWith", b, s, e, "serves_as_possessor", 0.65, rm.group("role").lower()))
            # "Before joining Tencent, Zhou Lei worked at Baidu": the person joined, left or founded the opener's firm
            if left.types & ORG and right.types & PERSON and gap.strip() == ",":
                opener = _CAREER_OPENER.search(text, max(s, left.start - 40), left.start)
                if opener:
                    role = "founder" if "found" in opener.group(1).lower() else None
                    for a in right.members[:1]:
                        for b in left.members:
                            if a.ctype in PERSON and b.ctype in ORG - {"GovernmentAgency"}:
                                out.append(Relation(a, "affiliatedWith", b, s, e, "career_opener", 0.6, role))
        # "Xiaomi unveiled ... . Founder and chief executive Lei Jun said ...": a company title with no company
        # in its own sentence belongs to the company the sentence before was about
        first_actor = next((g for g in groups if g.types & ACTOR), None)  # (after an opener: "Speaking at Create, ...")
        if (previous or self._topic_org is not None) and first_actor is not None and first_actor.members[0].ctype == "Person":
            m = first_actor.members[0]
            t = _CORP_TITLE.fullmatch(text, s, m.start)
            if not t:
                comma = text.rfind(", ", s, m.start)
                t = _CORP_TITLE.fullmatch(text, comma + 1, m.start) if comma >= 0 and m.start - comma < 60 else None
            # (not a firm that only invested there: "... in a round led by Benchmark. CEO Xiao Hong said ...")
            org = next((a for a in previous or () if a.ctype in ORG - {"GovernmentAgency"} and a.key != m.key
                        and a.key not in self._investors_before and not _INVESTOR_BEFORE.search(text, max(0, a.start - 50), a.start)), None)
            if org is None and not any(g.types & ORG for g in groups):
                # ("Capital spending tripled. On the call, chief executive Eddie Wu said ...": the firm the
                # paragraph is about, the last one that opened a sentence)
                org = self._topic_org
            if t and org is not None and not any(r.subject is m and r.predicate == "affiliatedWith" for r in out):
                out.append(Relation(m, "affiliatedWith", org, s, e, "title_previous_org", 0.5, t.group("role").lower()))
        # "The NDA was created in 2023. Its head, Liu Liehong, oversees ...": the body the sentence before was about
        if previous and groups and groups[0].members[0].ctype == "Person" and (ih := _ITS_HEAD_COMMA.fullmatch(text, s, groups[0].start)):
            org = next((a for a in previous if a.ctype in ORG and a.key != groups[0].members[0].key), None)
            if org is not None and not any(r.subject is groups[0].members[0] and r.predicate == "affiliatedWith" for r in out):
                out.append(Relation(groups[0].members[0], "affiliatedWith", org, s, e, "its_head_apposition", 0.55, ih.group("role").lower()))
        # "We spoke to Fang Yichen, its co-founder and chief technology officer, who ...": with no firm named before the
        # person in the sentence, the firm the sentence before (or the paragraph) is about
        for i, g in enumerate(groups):
            if g.members[-1].ctype == "Person" and (ia := _ITS_ROLE_APPOS.match(text, g.end)) is not None:
                org = None if any(h.types & ORG for h in groups[:i]) else self._previous_firm(previous)
                if org is not None and org.ctype in ORG:
                    out.append(Relation(g.members[-1], "affiliatedWith", org, s, e, "its_role_apposition", 0.55, ia.group("role").lower()))
                break
        # "Chery calls it Lion-R 7B; its engineers distilled it from DeepSeek-R1", "The firm fine-tuned it from Qwen2.5-7B":
        # "it" is the model the sentence (or the one before) names first
        for i, g in enumerate(groups):
            if g.types & MP and _TUNED_IT_FROM.search(text, max(s, g.start - 50), g.start) and not _HARDWARE_AFTER.match(text, g.end) \
                    and not _CLAIMED_BEFORE.search(text, s, g.start):  # ("trained it on Ascend 910B servers"; "People claimed we distilled it from R1")
                before = [m for h in groups[:i] for m in h.members if m.ctype in MP]
                ante = before[0] if before else next((a for a in previous or () if a.ctype in MP), None)
                if ante is not None and ante.text != g.members[0].text:
                    out.extend(Relation(ante, "basedOn", b, s, e, "tuned_it_from", 0.55) for b in g.members[:1] if b.ctype in MP)
                break
        # "we led the Series B of Qianxing Robotics, a humanoid maker, together with Shenzhen Capital Group and Hefei Industry
        # Investment": who led a round with the lead investor invested too (they are not the start-up's partners)
        flat = [m for g in groups for m in g.members]
        for firm in flat[:-1]:
            if firm.ctype in ORG and _LED_ROUND_OF.search(text, max(s, firm.start - 70), firm.start) and (w := _APPOS_TOGETHER_WITH.match(text, firm.end)) is not None \
                    and (h := next((h for h in groups if h.end > w.end()), None)) is not None and (nxt := next(m for m in flat if m.start >= w.end())).start == w.end():
                # (the list of backers, which the groups may have joined to the firm)
                backers = [m for m in h.members if m.ctype in ACTOR and m.start >= nxt.start]
                names = {b.text for b in backers}
                # (not the start-up's partners, and not what the lead put into them: "led the Series B of X together with Y")
                out[:] = [r for r in out if isinstance(r.subject, str) or isinstance(r.object, str) or not (
                    r.predicate == "partnerOf" and firm.text in (r.subject.text, r.object.text) and {r.subject.text, r.object.text} & names
                    or r.predicate == "investedIn" and r.object.text in names and r.subject.text not in names)]
                out.extend(Relation(b, "investedIn", firm, s, e, "led_round_together_with", 0.6) for b in backers if b.text != firm.text)
                break
        # "Alibaba Group and Ant Group, both long-time Megvii shareholders,": the firm named before the noun of its backers
        for g, h in zip(groups, groups[1:], strict=False):
            if g.types & ACTOR and h.types & ORG and _BOTH_ITS.fullmatch(text, g.end, h.start) and _SHAREHOLDER_NOUN.match(text, h.end):
                out.extend(Relation(a, "investedIn", h.members[-1], s, e, "apposition_shareholders", 0.6) for a in g.members if a.ctype in ACTOR)
        # "The rules will be tried first in six pilot cities: Hangzhou, Hefei and Chengdu", "the pilot universities named in
        # the plan are Zhejiang University and ...": a policy targets the pilots it names
        if "pilot" in text[s:e] and (pl := _PILOTS_ARE.search(text, s, e)) is not None:
            near = {(a.key or a.name or a.text): a for a in self._recent_policies if 0 <= s - a.end <= 1500}
            policy = next((m for g in groups for m in g.members if m.ctype == "Policy" and m.start < pl.start()), None) \
                or next((m for m in previous or () if m.ctype == "Policy"), None) or (next(iter(near.values())) if len(near) == 1 else None)
            listed = next((g for g in groups if g.start >= pl.end() and g.start - pl.end() <= 2), None)
            if policy is not None and listed is not None:
                out.extend(Relation(policy, "targets", m, s, e, "policy_pilots", 0.55) for m in listed.members if m.ctype in PLACE | ORG)
        # "Zorvex makes chips. Its customers include Baidu and Tencent.": the firm the sentence (or the one before) is about
        for i, g in enumerate(groups):
            if g.types & ORG and _ITS_PARTNERS_INCLUDE.search(text, max(s, g.start - 60), g.start):
                before = [h for h in groups[:i] if h.types & ORG - {"GovernmentAgency"}]
                owner = before[-1].members[-1] if before else self._previous_firm(previous)
                if owner is not None and owner.ctype in ORG:
                    out.extend(Relation(owner, "partnerOf", b, s, e, "its_partners_include", 0.55) for b in g.members if b.ctype in ORG and b.text != owner.text)
                break
        # "Hangzhou Tingjian makes speech tools. Its main product is Tingjian Notes": the product of the firm the text is about
        if groups and groups[0].types & MP and _ITS_PRODUCT_IS.fullmatch(text, s, groups[0].start):
            owner = self._previous_firm(previous)
            if owner is not None and owner.ctype in ORG - {"GovernmentAgency"}:
                out.extend(Relation(m, "developer", owner, s, e, "its_product_is", 0.55) for m in groups[0].members if m.ctype in MP)
        # "Ant Group launched Ling 2.0 with its chief technology officer He Zhengyu": the sentence's firm
        for i, g in enumerate(groups):
            if i and g.members[0].ctype == "Person" and (t := _ITS_ROLE_BEFORE.search(text, max(s, g.start - 60), g.start)):
                org = next((m for gg in groups[:i] for m in gg.members if m.ctype in ORG - {"GovernmentAgency"}), None)
                if org is not None and not any(r.subject is g.members[0] and r.predicate == "affiliatedWith" for r in out):
                    out.append(Relation(g.members[0], "affiliatedWith", org, s, e, "its_role", 0.6, t.group("role").lower()))
        # "The rules apply to platforms such as ByteDance's Toutiao, Sina's Weibo, Baidu's Baijiahao and Tencent News":
        # the such-as list goes on past each item's owner
        covered = [r for r in out if r.rule == "policy_covers_such_as" and isinstance(r.object, Mention)]
        if covered:
            flat = [m for g in groups for m in g.members]
            for r in covered:
                last = r.object
                while True:
                    nxt = _SUCH_AS_NEXT.match(text, last.end)
                    item = next((m for m in flat if nxt and m.start == nxt.end()), None) if nxt else None
                    if item is None or item.ctype not in MP | ORG or any(x.subject is r.subject and x.object is item for x in out):
                        break
                    out.append(Relation(r.subject, "targets", item, s, e, "policy_covers_such_as", r.confidence))
                    last = item
        # "Fang Yiran joined Lantern Peak in 2019 after a decade at Qiming": the sentence's person spent the stint there
        for i, g in enumerate(groups):
            who = next((gg for gg in reversed(groups[:i]) if gg.types & PERSON), None)
            if who is not None and g.types & ORG and _TENURE_BEFORE.search(text, max(s, g.start - 40), g.start):
                p, org = who.members[-1], g.members[0]
                if p.ctype in PERSON and org.ctype in ORG and not any(r.subject is p and r.object is org for r in out):
                    out.append(Relation(p, "affiliatedWith", org, s, e, "tenure_at", 0.55))
        # "Hunyuan, which Tencent released in 2023, ...": who acts in an object relative clause made what it hangs on
        for i in range(len(groups) - 1):
            p, o = groups[i], groups[i + 1]
            if not _OBJECT_CLAUSE.fullmatch(text, p.end, o.start):
                continue
            if o.types <= PLACE and i + 2 < len(groups) and _DESCRIPTOR_GAP.fullmatch(text, o.end, groups[i + 2].start):
                o = groups[i + 2]  # ("a model that Hangzhou startup Luzhi Technology released": past the firm's seat and kind)
            if p.members[-1].ctype in MP and self.clause_dev_verb.match(text, o.end):
                # ("Ernie X1 and Ernie 4.5, which Baidu launched in March": each of a list)
                for a in o.members:
                    if a.ctype in ACTOR:
                        out.extend(Relation(x, "developer", a, s, e, "object_clause_developer", 0.65) for x in p.members if x.ctype in MP)
                continue
            for left_types, actor_types, pred, reverse, verb in self.object_clauses:
                if p.members[-1].ctype in left_types and o.types & actor_types and verb.match(text, o.end):
                    for a in o.members:
                        if a.ctype in actor_types:
                            out.extend(Relation(*((a, pred, x) if reverse else (x, pred, a)), s, e, "object_clause_" + pred, 0.65)
                                       for x in p.members if x.ctype in left_types and x is not a)
                    break
        # pronouns: "its Qwen2 chatbot", "its AI Plus initiative" -> the nearest earlier actor of the sentence
        for i, g in enumerate(groups):
            # ("its Ascend 910B, 910C or 910D chips": the "its" before a list is every member's)
            its_first = bool(self.its_before.search(text[max(s, g.members[0].start - 60) : g.members[0].start]))
            for m in g.members:
                t = m.ctype
                if t not in MP | POLICY | EVENT:
                    continue
                if not (its_first and _compatible(t) == _compatible(g.members[0].ctype) or self.its_before.search(text[max(s, m.start - 60) : m.start])):
                    continue
                want = {"AIModel": ACTOR, "Product": ACTOR, "Policy": ISSUER, "Event": ISSUER}[t]
                pred = {"AIModel": "developer", "Product": "developer", "Policy": "issuedBy", "Event": "involves"}[t]
                # the nearest actor that "its" follows without a comma ("..., while Unitree displayed its R1"), else
                # the sentence's first ("Tencent, which backs MiniMax, released its Hunyuan")
                before = [a for gg in groups[:i] for a in gg.members if a.ctype in want and a.ctype != "Person"]
                # ("The US added Zhipu AI to its Entity List": the object moved "to its" list is not its owner)
                # ("The weights are up on Hugging Face, according to an engineer on its Hunyuan team": no object of a
                # preposition or of a participle)
                objects = {id(a) for gg in groups[:i] if _PREP_OBJECT.search(text, max(s, gg.start - 16), gg.start) for a in gg.members}
                # ("added Biren and Moore Threads to its Entity List": every member of the list moved there)
                objects |= {id(a) for gg in groups[:i] if len(gg.members) > 1 and _TRANSFER_ITS.match(text, gg.end) for a in gg.members}
                before = [a for a in before if id(a) not in objects]
                ante = next((a for a in reversed(before) if ("," not in text[a.end : m.start] or _APPOSED_SUBJECT.fullmatch(text, a.end, m.start))
                             and text[a.end : a.end + 1] not in "'’" and not _TRANSFER_ITS.match(text, a.end)),
                            # ("Baidu's cloud division, Baidu AI Cloud, said its ERNIE Speed ...": who said it)
                            next((a for a in reversed(before) if _SAID_ITS.match(text, a.end)),
                                 next((a for a in before if not _TRANSFER_ITS.match(text, a.end)), None)))
                rule, conf = "pronoun_its", 0.6
                if ante is None and previous:
                    # no actor earlier in this sentence: the subject of the sentence before ("... the company's")
                    ante = next((a for a in previous if a.ctype in want and a.ctype != "Person"), None)
                    rule, conf = "pronoun_previous_sentence", 0.5
                # "X plans to scale up its Y", "X did not confirm its Y": the hedge is about the act, Y is still X's
                # (an event involves many: "X was unveiled at the company's conference" still involves the company)
                if ante is not None and not any(r.subject is m and r.predicate == pred and (t != "Event" or r.object is ante) for r in out):
                    out.append(Relation(m, pred, ante, s, e, rule, conf))
        # "lowered prices for Seedance 1.0, its own video generator": the apposition's "its" is the nearest actor before
        for i, g in enumerate(groups):
            m = g.members[-1]
            if m.ctype in MP and self.its_apposition.match(text, m.end) and not any(r.subject is m and r.predicate == "developer" for r in out):
                ante = next((a for gg in reversed(groups[:i]) for a in reversed(gg.members) if a.ctype in ACTOR - PERSON), None)
                if ante is not None:
                    out.append(Relation(m, "developer", ante, s, e, "pronoun_its_apposition", 0.6))
        # "By leveraging the Wenxin model, Baidu helped X launch Y": Y is based on Wenxin
        for i, g in enumerate(groups):
            tool = g.members[0]
            if tool.ctype not in MP:
                continue
            before = text[groups[i - 1].end if i else s : tool.start]
            if not self.leverage.search(before):
                continue
            for later in groups[i + 1 :]:
                gap_before = text[tool.end : later.start]  # (the making is said after the tool, not before it)
                for m in later.members:
                    # ("began using Zhijian, an assistant that iFlytek built on its Spark model": Spark is the base, not the product)
                    if m.ctype in MP and self.dev_verb.search(gap_before[-40:]) and not _BASE_BEFORE.search(gap_before[-40:]):
                        out.append(Relation(m, "basedOn", tool, s, e, "leveraged_for", 0.6))
        # "Lingzhu, a voice assistant that Rokid built on Alibaba Cloud's Qwen3 models", "WPS Scribe, a model that the company
        # trained itself on top of Alibaba's Qwen3-14B": the apposition's clause names the base
        seg = text[s:e]
        if (" that " in seg or " which " in seg) and (" on " in seg or " from " in seg) and len(groups) > 1:
            for i, g in enumerate(groups):
                m = g.members[-1]
                if m.ctype not in MP:
                    continue
                for h in groups[i + 1 : i + 4]:
                    if h.types & MP:
                        if _APPOSED_BASE.fullmatch(text, m.end, h.start):
                            out.extend(Relation(m, "basedOn", b, s, e, "apposition_clause_base", 0.6) for b in h.members[:1] if b.ctype in MP)
                        break
        # "Developed by Tencent, Hunyuan-T1 is ...": a participle opening the sentence names who made what follows it
        if len(groups) > 1 and self.dev_opener.fullmatch(text, s, groups[0].start) and _OPENER_TAIL.fullmatch(text, groups[0].end, groups[1].start):
            for a in groups[0].members:
                for b in groups[1].members:
                    if a.ctype in ACTOR and b.ctype in MP:
                        out.append(Relation(b, "developer", a, s, e, "developed_by_opener", 0.7))
        # '"East Data, West Computing", the programme the NDRC launched in February 2022': the agency of the clause
        for g, h in zip(groups, groups[1:], strict=False):
            if g.types & POLICY and h.types & ISSUER and _PROGRAMME_CLAUSE.fullmatch(text, g.end, h.start) and _ISSUED_AFTER.match(text, h.end):
                out.extend(Relation(p, "issuedBy", a, s, e, "programme_clause_issuer", 0.6)
                           for p in g.members[-1:] if p.ctype in POLICY for a in h.members if a.ctype in ISSUER)
        # "The model was developed by the Embodied Intelligence Lab of SYSU, with Pazhou Lab and UBTech as partners"
        for i, g in enumerate(groups[1:], 1):
            if g.types & ORG and _WITH_BEFORE.search(text, max(s, g.start - 12), g.start) and _AS_PARTNERS.match(text, g.end):
                # (the head of "X of Y" is X: the lab, not its university)
                lead = next((m for h in reversed(groups[:i]) for m in reversed(h.members) if m.ctype in ORG - {"GovernmentAgency"}
                             and not _OF_BEFORE.search(text, max(s, m.start - 4), m.start)), None)
                if lead is not None:
                    out.extend(Relation(lead, "partnerOf", m, s, e, "with_as_partners", 0.6) for m in g.members if m.ctype in ORG and m is not lead)
        # "The expo was organised by the Anhui government and CAST, with the Hefei government and iFlytek as hosts": the
        # event's hosts take part in it
        if " as " in text[s:e] and any(w in text[s:e] for w in ("host", "organi", "sponsor", "supporter")):
            for i, g in enumerate(groups[1:], 1):
                if g.types & ORG and _WITH_BEFORE.search(text, max(s, g.start - 12), g.start) and _AS_HOSTS.match(text, g.end):
                    ev = next((m for h in reversed(groups[:i]) for m in h.members if m.ctype in EVENT), None)
                    if ev is not None:
                        out.extend(Relation(ev, "involves", m, s, e, "with_as_hosts", 0.6) for m in g.members if m.ctype in ORG)
        if previous and groups and groups[0].members[0].ctype == "Person" and (ir := self.its_role_is.fullmatch(text, s, groups[0].start)):
            # (the body the sentence before was about, not one named after "of" in a person's title there)
            org = next((a for a in previous if a.ctype in ORG and a.key not in self._investors_before
                        and not _PREP_OF_BEFORE.search(text, max(0, a.start - 8), a.start)), None) or self._page_subject
            if org is not None:
                out.append(Relation(groups[0].members[0], "affiliatedWith", org, s, e, "its_role_is", 0.6, ir.group("role").lower()))
        # "WAIC 2024 ... ; its organisers include MIIT and the Shanghai government": the event's organisers take part in it
        if "rganis" in text[s:e] or "rganiz" in text[s:e] or "hosts" in text[s:e]:
            for i, g in enumerate(groups):
                if not g.types & ORG or not _ITS_ORGANISERS_BEFORE.search(text, max(s, g.start - 50), g.start):
                    continue
                ev = next((m for h in reversed(groups[:i]) for m in h.members if m.ctype in EVENT), None) \
                    or next((m for m in reversed(previous or ()) if m.ctype in EVENT), None)
                if ev is not None:
                    listed = [g]
                    while len(listed) + i < len(groups) and _BACKER_LIST_ON.fullmatch(text, listed[-1].end, groups[i + len(listed)].start):
                        listed.append(groups[i + len(listed)])
                    out.extend(Relation(ev, "involves", m, s, e, "its_organisers", 0.6) for h in listed for m in h.members if m.ctype in ORG)
                break
        # "Avatr is a company in which Changan and CATL are shareholders", "a brand ... in which CATL also holds a stake"
        for i, g in enumerate(groups[1:], 1):
            if g.types & ACTOR and _IN_WHICH_BEFORE.search(text, max(s, g.start - 40), g.start) and _HOLDERS_AFTER.match(text, g.end):
                # (not the agent of a participle before it: "a brand controlled by Changan in which CATL holds a stake")
                # (an agent that an apposition describes is the owner: "made by Avatr, a brand ... in which ...")
                owner = next((m for h in reversed(groups[:i]) for m in reversed(h.members) if m.ctype in ORG - {"GovernmentAgency"}
                              and (not _BY_BEFORE.search(text, max(s, m.start - 4), m.start) or _APPOS_NOUN.match(text, m.end))), None)
                if owner is not None:
                    out.extend(Relation(m, "investedIn", owner, s, e, "in_which_shareholders", 0.6) for m in g.members if m.ctype in ACTOR and m is not owner)
        # "Google, which backed the company in a 2015 funding round, stays on the register": the firm the page is about
        if self._page_subject is not None:
            for g in groups:
                if g.types & ACTOR and _BACKED_THE_COMPANY.match(text, g.end):
                    out.extend(Relation(m, "investedIn", self._page_subject, s, e, "backed_the_company", 0.55)
                               for m in g.members[-1:] if m.ctype in ACTOR and (m.key or m.text) != (self._page_subject.key or self._page_subject.text))
        for p, mp, org in zip(groups, groups[1:], groups[2:], strict=False):
            if p.types & PERSON and mp.types & MP and org.types & ORG and _A_BEFORE_TITLE.fullmatch(text, p.end, mp.start) \
                    and (pr := self.product_role.fullmatch(text, mp.end, org.start)) is not None:
                out.extend(Relation(a, "affiliatedWith", o, s, e, "product_title_at", 0.6, pr.group("role").lower())
                           for a in p.members[-1:] if a.ctype in PERSON for o in org.members[:1] if o.ctype in ORG)
        # "Backed by Tencent and Fortune Capital, StepFun is ...": the same for who funds the organisation after it
        # (the list reader may have taken the subject in: "Tencent and Fortune Capital, StepFun")
        if groups and _BACKED_OPENER.fullmatch(text, s, groups[0].start):
            mem = groups[0].members
            backers, subject = (), None
            if len(groups) > 1 and _OPENER_TAIL.fullmatch(text, groups[0].end, groups[1].start):
                backers, subject = mem, groups[1].members[0]
            elif len(mem) > 1 and _OPENER_TAIL.fullmatch(text, mem[-2].end, mem[-1].start) and (
                    len(mem) == 2 or re.search(r"\band\b|&", text[mem[-3].end : mem[-2].start])):
                backers, subject = mem[:-1], mem[-1]
            if subject is not None and subject.ctype in ORG - {"GovernmentAgency"}:
                out.extend(Relation(a, "investedIn", subject, s, e, "backed_by_opener", 0.7) for a in backers if a.ctype in ACTOR)
        # "Sugon is Hygon's largest shareholder", "Cainiao, Alibaba's logistics arm, was RoboSense's biggest investor"
        for i in range(len(groups) - 1):
            left, right = groups[i], groups[i + 1]
            # ("Zhihu was our first outside backer": "our" in an interview's answer is the interviewee's firm)
            if not (right.types & ORG and (_POSS_STAKE.match(text, right.end)
                                           or right.members[-1].source == "interview_voice" and _BARE_STAKE.match(text, right.end))):
                continue
            gap = text[left.end : right.start]
            appos = _APPOS_BE_GAP.fullmatch(gap)
            # ("Sugon, Hygon's largest shareholder, and Hygon itself ...": the apposition's own name)
            stake = _POSS_STAKE.match(text, right.end)
            subject = left if _BE_GAP.fullmatch(gap) or _WHICH_BE_GAP.fullmatch(gap) or appos and gap.count(",") == 2 and gap.lstrip().startswith(",") \
                or stake is not None and _COMMA_GAP.fullmatch(gap) and text[stake.end() : stake.end() + 1] in ",)" else None
            if subject is None and appos:
                subject = self._clause_head(text, groups, i)
            if subject is not None and subject.types & ACTOR:
                for a in subject.members:
                    for b in right.members:
                        if a.ctype in ACTOR and b.ctype in ORG - {"GovernmentAgency"} and a.key != b.key:
                            out.append(Relation(a, "investedIn", b, s, e, "possessor_shareholder", 0.7))
        # "Hygon depends on Sugon, its largest shareholder", "works with Uber, which is also one of its investors":
        # the apposition's "its" is the nearest firm before the backer
        for i, g in enumerate(groups):
            if i == 0 or not (g.types & ACTOR and (ib := _ITS_BACKER_APPOSITION.match(text, g.end))):
                continue
            # ("counts A and B, the venture arm of C, among its investors": the list's close, not an apposition)
            if "among" in ib.group() and not any(w in ib.group() for w in ("which", "who")):
                continue
            # (a firm, not the market it listed on: "began its Nasdaq life ... with Uber, which is also one of its investors")
            ante = next((a for gg in reversed(groups[:i]) for a in reversed(gg.members) if a.ctype == "Company"
                         and not text[max(s, a.start - 7) : a.start].endswith(("its ", "their "))), None)
            if ante is not None:
                out.extend(Relation(a, "investedIn", ante, s, e, "its_backer_apposition", 0.6) for a in g.members if a.ctype in ACTOR and a.key != ante.key)
        # "The Weixin search box received the same DeepSeek-R1 integration": the model went into the product
        for i in range(len(groups) - 1):
            left, right = groups[i], groups[i + 1]
            if left.types & MP and right.types & MP and _RECEIVED_GAP.fullmatch(text, left.end, right.start) and _INTEGRATION_AFTER.match(text, right.end):
                out.extend(Relation(b, "integratedInto", a, s, e, "received_integration", 0.6)
                           for a in left.members[-1:] for b in right.members if a.ctype in MP and b.ctype in MP)
        # "restrictions on shipments of high-bandwidth memory to China", "a licence requirement on H20 shipments to China":
        # a trade measure names the country it is aimed at right after it
        for i in range(len(groups) - 1):
            left, right = groups[i], groups[i + 1]
            if left.types & POLICY and right.types & (PLACE | ORG) and _TO_GAP.fullmatch(text, left.end, right.start):
                pol = left.members[-1]
                if pol.ctype in POLICY and _TRADE_MEASURE.search(pol.name or pol.text) and not _DESTINATION_USE.match(text, right.end):
                    out.extend(Relation(pol, "targets", b, s, e, "measure_to_country", 0.6) for b in right.members if b.ctype in PLACE | ORG)
        # "Earlier backers include Alibaba and Tencent", "HongShan was among its first investors": the backers of
        # the firm the sentence before was about
        # ("Who backs Shuyuan / Alibaba led the company's Series B": a heading line before the paragraph is its context)
        heading = not previous and self._across is not None and _is_heading(text, self._across[-1].end)
        if heading:
            previous = self._across
        if previous and groups:
            # (the first firm of that sentence that is no investor there: "Alibaba led a round in Moonshot" -> Moonshot)
            # ("A led its round. Other backers include B and C.": the firm the backers before were named for)
            owner = next((a for a in self._investees_before if a.ctype in ORG - {"GovernmentAgency"}), None) \
                or next((a for a in previous if a.ctype in ORG - {"GovernmentAgency"} and a.key not in self._investors_before), None)
            lead = _BACKERS_OPENER.match(text, s)
            if owner is not None and lead and lead.end() == groups[0].start:
                for g in groups:
                    out.extend(Relation(a, "investedIn", owner, s, e, "backers_previous", 0.6) for a in g.members if a.ctype in ACTOR and a.key != owner.key)
                    if not _BACKER_LIST_ON.fullmatch(text, g.end, next((h.start for h in groups if h.start > g.end), e)):
                        break
            elif owner is not None and (lead := _FILING_LISTS.match(text, s)) and lead.end() == groups[0].start:
                # "Its prospectus lists Tencent, ByteDance and Shenzhen Capital among its shareholders"
                listed = [groups[0]]
                while len(listed) < len(groups) and _BACKER_LIST_ON.fullmatch(text, listed[-1].end, groups[len(listed)].start):
                    listed.append(groups[len(listed)])
                if self.among_investors.match(text, listed[-1].end):
                    out.extend(Relation(a, "investedIn", owner, s, e, "filing_lists_backers", 0.6)
                               for g in listed for a in g.members if a.ctype in ACTOR - PERSON and a.key != owner.key)
            elif groups[0].types & ACTOR and (_LED_ITS_ROUND.match(text, groups[0].end) or _LED_ROUND_IN_IT.match(text, groups[0].end, e)) \
                    and not text[s : groups[0].start].strip() \
                    and (topic := self._topic_before if any(a is self._topic_before for a in previous)
                         else firms[0] if heading and len(firms := [a for a in previous if a.ctype == "Company"]) == 1 else None) is not None:
                # (the firm that opened the sentence before: "Kuaishou raised money last year. Qihoo 360 led its Series B.")
                if topic.key in self._investors_before or _LED_A_ROUND.match(text, topic.end):
                    # ("Qiming led the seed round. HongShan led the Series A a year later.": the firm both rounds went to)
                    topic = next((a for a in self._investees_before if a.ctype in ORG - {"GovernmentAgency"}), None)
                if topic is not None:
                    out.extend(Relation(a, "investedIn", topic, s, e, "led_its_round", 0.6) for a in groups[0].members if a.ctype in ACTOR - PERSON and a.key != topic.key)
            elif owner is not None and groups[0].types & ACTOR and _AMONG_ITS.match(text, groups[0].end):
                out.extend(Relation(a, "investedIn", owner, s, e, "among_its_backers", 0.6) for a in groups[0].members if a.ctype in ACTOR and a.key != owner.key)
        # "A graduate of Peking University, he worked at ...", "A former Google engineer, Li Dahai ...": the
        # opener's role ties the person after its comma to the organisations in it
        if len(groups) > 1 and groups[0].types & ORG:
            k = next((k for k, g in enumerate(groups) if not g.types & ORG), None)
            opener = _ROLE_OPENER.fullmatch(text, s, groups[0].start)
            if k and groups[k].types & PERSON and (
                    opener and text[groups[k - 1].end : groups[k].start].strip() == "," and (k == 1 or _AND_GAP.fullmatch(text, groups[0].end, groups[1].start))
                    or k == 1 and _ARTICLE_OPENER.fullmatch(text, s, groups[0].start) and (opener := _ROLE_AFTER_ORG.fullmatch(text, groups[0].end, groups[1].start))):
                person = groups[k].members[0]
                out.extend(Relation(person, "affiliatedWith", o, s, e, "role_opener", 0.6, opener.group("role").lower())
                           for g in groups[:k] for o in g.members if o.ctype in ORG)
        # "Chen Yuxi, who leads developer relations for ModelScope at Alibaba Cloud", "Lu previously oversaw technology deals
        # at CDB Capital": what a person runs at an organisation, past the names inside it
        if " at " in text[s:e]:
            for i, g in enumerate(groups[:-1]):
                if not g.types & PERSON:
                    continue
                for h in groups[i + 1 : i + 4]:
                    if h.types & (ORG - {"GovernmentAgency"}) and h.start - g.end < 120 and _LEADS_AT.fullmatch(text, g.end, h.start):
                        out.extend(Relation(p, "affiliatedWith", o, s, e, "leads_work_at", 0.6)
                                   for p in g.members[-1:] if p.ctype in PERSON for o in h.members[:1] if o.ctype in ORG)
                        break
        # "Zhiyi-Med 1.0 was released in June and used Baichuan2-13B, made by Baichuan AI, as its base": the model it took
        if " as " in text[s:e] and ("base" in text[s:e] or "backbone" in text[s:e] or "foundation" in text[s:e]):
            for i, g in enumerate(groups[1:], 1):
                if g.types & MP and _USED_BEFORE_BASE.search(text, max(s, g.start - 30), g.start) and _AS_ITS_BASE.match(text, g.end):
                    model = next((h for h in groups[:i] if h.types & MP), None)
                    if model is not None:
                        out.extend(Relation(a, "basedOn", b, s, e, "used_as_base", 0.6)
                                   for a in model.members[:1] if a.ctype in MP for b in g.members if b.ctype in MP and (b.key or b.text) != (a.key or a.text))
        # "Unitree's robots danced at the CCTV Spring Festival Gala", "Galbot's robots appeared in CCTV's 2026 Spring Festival
        # Gala": a firm whose machines took part in an event takes part in it
        if "'s " in text[s:e] or "’s " in text[s:e]:
            for i, g in enumerate(groups[:-1]):
                if not (g.types & (ORG - {"GovernmentAgency"}) and (ap := _THINGS_APPEARED_AT.match(text, g.end))):
                    continue
                ev = next((h for h in groups[i + 1 : i + 3] if h.types & EVENT and h.start - ap.end() <= 25), None)
                if ev is not None:
                    # ("..., alongside machines from Unitree Robotics": the other firm whose machines were there)
                    k = groups.index(ev)
                    others = [h for h in groups[k + 1 : k + 2] if h.types & (ORG - {"GovernmentAgency"}) and _ALONGSIDE_FROM.fullmatch(text, ev.end, h.start)]
                    out.extend(Relation(x, "involves", a, s, e, "things_at_event", 0.6) for x in ev.members if x.ctype in EVENT
                               for h in (g, *others) for a in h.members[-1:] if a.ctype in ORG)
        # "The Futian District People's Court handed down its judgment in Tang v. Yunjing": the court that hears a case
        cases = [m for g in groups for m in g.members if m.ctype in EVENT and _CASE_NAME.search(m.text)]
        for case in cases:
            out.extend(Relation(case, "involves", m, s, e, "court_of_case", 0.6) for g in groups for m in g.members
                       if m.ctype == "GovernmentAgency" and _COURT_WORD.search(m.text))
        # "G42 and Microsoft expand their Abu Dhabi cloud partnership": the pair the partnership joins
        if any(w in text[s:e] for w in ("partnership", "alliance", "tie-up", "joint venture", "deal", "agreement", "pact", "contract", "emorandum", "MoU", "partners")):
            for g in groups:
                pair = [m for m in g.members if m.ctype in ORG - {"GovernmentAgency"}]
                if len(pair) == 2 and (pair[0].key or pair[0].text) != (pair[1].key or pair[1].text) and _PAIR_PARTNERSHIP_AFTER.match(text, g.end):
                    out.append(Relation(pair[0], "partnerOf", pair[1], s, e, "pair_partnership", 0.6))
        # "he is a Tsinghua computer science graduate", "Zhou, a Peking University alumnus,": an alumnus of the school
        for i in range(len(groups) - 1):
            left, right = groups[i], groups[i + 1]
            if left.types & PERSON and right.types & ORG and _IS_A_GAP.fullmatch(text, left.end, right.start) and (g := _ALUMNUS_AFTER.match(text, right.end)):
                out.extend(Relation(left.members[-1], "affiliatedWith", o, s, e, "school_graduate", 0.6, g.group("role").lower())
                           for o in right.members if o.ctype in ORG and left.members[-1].ctype in PERSON)
        # "Wu Yonghui moved from Google DeepMind to ByteDance", "left Baidu for Tencent's cloud arm": both employers
        for i in range(len(groups) - 1):
            left, right = groups[i], groups[i + 1]
            if not (left.types & PERSON and right.types & ORG):
                continue
            mv = _MOVED_FROM.fullmatch(text, left.end, right.start)
            if not mv:
                continue
            # ("When Gao Ruolin and Pan Zhiyuan left HiSilicon": each of them)
            people = [m for m in left.members if m.ctype in PERSON] if left.types <= PERSON else left.members[-1:]
            if not people or people[-1].ctype not in PERSON:
                continue
            # ("left Alibaba's DAMO Academy in 2021 to found Qingyun": the unit after the possessive)
            j = i + 2 if i + 2 < len(groups) and groups[i + 2].types & ORG and _POSS_JOINT.fullmatch(text, right.end, groups[i + 2].start) else i + 1
            to = _MOVED_TO.fullmatch(text, groups[j].end, groups[j + 1].start) if j + 1 < len(groups) and groups[j + 1].types & ORG else None
            for person in people:
                out.extend(Relation(person, "affiliatedWith", b, s, e, "moved_from_to", 0.6, "former") for b in (right.members[-1], groups[j].members[-1]) if b.ctype in ORG and (b is right.members[-1] or j > i + 1))
                if to:
                    role = "founder" if to.group("found") else None
                    out.extend(Relation(person, "affiliatedWith", b, s, e, "moved_from_to", 0.6, role) for b in groups[j + 1].members[:1] if b.ctype in ORG)
        # "issued by the CAC and six other agencies, including the NDRC and the Ministry of Education": co-issuers
        policies = {id(r.subject): r.subject for r in out if r.predicate == "issuedBy" and not isinstance(r.object, str)}
        k = next((k for k, g in enumerate(groups) if policies and g.types & ISSUER
                  and _OTHER_AGENCIES.search(text, max(s, g.start - 90), g.start)), None)
        if k is not None:
            # the listed agencies: this group and those joined to it by commas and "and"
            end = groups[k].start
            for h in groups[k:]:
                if not _AND_GAP_OR_COMMA.fullmatch(text, end, h.start):
                    break
                out.extend(Relation(p, "issuedBy", a, s, e, "other_agencies_including", 0.6)
                           for p in policies.values() for a in h.members if a.ctype in ISSUER)
                end = h.end
        # "spent a decade at Microsoft before joining JD.com": the next employer of whoever worked at the first
        for i in range(len(groups) - 1):
            g, h = groups[i], groups[i + 1]
            if g.types & ORG and h.types & ORG and _THEN_JOINED.fullmatch(text, g.end, h.start):
                people = {id(r.subject): r.subject for r in out if r.predicate == "affiliatedWith" and r.object in g.members and r.subject.ctype in PERSON}
                out.extend(Relation(p, "affiliatedWith", b, s, e, "then_joined", 0.6) for p in people.values() for b in h.members[:1] if b.ctype in ORG)
        # "Zhejiang University, where DeepSeek founder Liang Wenfeng studied": the person's alma mater (or employer)
        for i, g in enumerate(groups):
            if not (g.types & ORG and _WHERE_AFTER.match(text, g.end)):
                continue
            clause_end = text.find(",", g.end + 2)
            for h in groups[i + 1 :]:
                if clause_end != -1 and h.start > clause_end:
                    break
                wm = _WHERE_VERB.match(text, h.end)
                if h.types & PERSON and wm:
                    role = _ROLE_OF_VERB.get(wm.group(1).lower(), None)
                    out.extend(Relation(p, "affiliatedWith", o, s, e, "where_person_worked", 0.6, role)
                               for p in h.members if p.ctype in PERSON for o in g.members[-1:] if o.ctype in ORG)
                    break
        # "StepFun, the start-up led by former Microsoft executive Jiang Daxin": the leader behind a firm-and-title
        # "AIsphere, whose founder Wang Changhu ...": the role after "whose"
        # "Zorvex-9, the chatbot Tencent launched last year", "A and B, two models ByteDance previewed": a reduced
        # object clause names the maker
        for i in range(len(groups) - 1):
            g, h = groups[i], groups[i + 1]
            gap = text[g.end : h.start]
            if g.types & ORG and h.types & ORG and i + 2 < len(groups) and groups[i + 2].types & PERSON:
                lb = _LED_BY_TITLED.fullmatch(gap)
                if lb and _TITLE_NOUN_GAP.fullmatch(text, h.end, groups[i + 2].start):
                    role = "founder" if lb.group("verb").lower().startswith(("found", "co-found", "start", "set")) else "head"
                    out.extend(Relation(p, "affiliatedWith", o, s, e, "led_by_titled", 0.6, role)
                               for p in groups[i + 2].members[:1] for o in g.members[-1:] if o.ctype in ORG and p.ctype in PERSON)
            # ("Galbot, a Beijing start-up whose chief scientist Wang He": past the place in the apposition)
            if h.types & PERSON and i and g.types <= PLACE and groups[i - 1].types & ORG and _APPOS_NOUN.fullmatch(text, groups[i - 1].end, g.start):
                g = groups[i - 1]
                gap = " " + gap.lstrip()
                wr = _WHOSE_ROLE.fullmatch(gap)
            else:
                wr = _WHOSE_ROLE.fullmatch(gap) if g.types & ORG and h.types & PERSON and not gap.startswith(" ") else None
            if wr:
                out.extend(Relation(p, "affiliatedWith", o, s, e, "whose_role", 0.65, wr.group("role").lower())
                           for p in h.members[:1] for o in g.members[-1:] if o.ctype in ORG and p.ctype in PERSON)
            # "Harbin Institute of Technology, whose Research Center for Social Computing ...": the unit belongs to it
            if g.types & ORG and h.types & ORG and _WHOSE_GAP.fullmatch(gap) and _UNIT_WORD_IN_NAME.search(h.members[0].text):
                out.extend(Relation(u, "subsidiaryOf", o, s, e, "whose_unit", 0.6)
                           for u in h.members[:1] for o in g.members[-1:] if o.ctype in ORG and u.ctype in ORG and (u.key or u.text) != (o.key or o.text))
            if g.types & MP and h.types & (ORG - {"GovernmentAgency"}) and _REDUCED_OBJECT.fullmatch(gap) and self.reduced_verb.match(text, h.end):
                out.extend(Relation(m, "developer", o, s, e, "reduced_object_clause", 0.6)
                           for m in g.members if m.ctype in MP for o in h.members[-1:] if o.ctype in ORG)
                # ("a training platform it developed with Huawei": the partner made it too)
                if i + 2 < len(groups) and groups[i + 2].types & ORG and _MADE_WITH.fullmatch(text, h.end, groups[i + 2].start):
                    out.extend(Relation(m, "developer", o, s, e, "reduced_object_clause", 0.55)
                               for m in g.members if m.ctype in MP for o in groups[i + 2].members if o.ctype in ORG - {"GovernmentAgency"})
        # "Released by the CAC in 2022, the Provisions target deepfakes": the same for who issued a policy
        if len(groups) > 1 and self.issue_opener.fullmatch(text, s, groups[0].start) and _OPENER_TAIL.fullmatch(text, groups[0].end, groups[1].start):
            for a in groups[0].members:
                for b in groups[1].members:
                    if a.ctype in ISSUER and b.ctype in POLICY:
                        out.append(Relation(b, "issuedBy", a, s, e, "issued_by_opener", 0.7))
        # "The CAC issued the Provisions together with MIIT and the Ministry of Public Security": co-issuers
        for i in range(len(groups) - 1):
            g, h = groups[i], groups[i + 1]
            if not (g.types & POLICY and h.types & ISSUER and _TOGETHER_WITH.fullmatch(text, g.end, h.start)):
                continue
            for pol in g.members:
                if pol.ctype in POLICY and any(r.subject is pol and r.rule == "added_to_list" for r in out):
                    # ("adds iFlytek to its Entity List, together with SenseTime and Megvii": more names added to the list)
                    out.extend(Relation(pol, "targets", a, s, e, "added_to_list", 0.65) for a in h.members if a.ctype in ANY - POLICY)
                elif pol.ctype in POLICY and any(r.subject is pol and r.predicate == "issuedBy" for r in out):
                    out.extend(Relation(pol, "issuedBy", a, s, e, "co_issuer_with", 0.6) for a in h.members if a.ctype in ISSUER)
        # "which the CAC released in November 2022 together with MIIT and the Ministry of Public Security", "were issued
        # by the NHC on 28 November, jointly with the NATCM and the NMPA": the issuer's partners issued it too
        for i in range(len(groups) - 1):
            g, h = groups[i], groups[i + 1]
            if not (g.types & ISSUER and h.types & ISSUER and (tail := _CO_ISSUER_TAIL.fullmatch(text, g.end, h.start))):
                continue
            if tail.group("bare") and not all(m.ctype == "GovernmentAgency" for m in h.members):
                continue  # ("issued by MIIT with Huawei": a bare "with" joins only other agencies)
            pols = {id(r.subject): r.subject for r in out if r.predicate == "issuedBy" and any(r.object is m for m in g.members)}
            out.extend(Relation(pol, "issuedBy", a, s, e, "co_issuer_with", 0.6)
                       for pol in pols.values() for a in h.members if a.ctype in ISSUER - PLACE)
        # "MiniMax, the Shanghai start-up that former SenseTime executive Yan Junjie founded in 2021": a founder
        for i, g in enumerate(groups):
            if not g.types & (ORG - {"GovernmentAgency"}):
                continue
            for later in groups[i + 1 : i + 3]:
                person = next((m for m in later.members if m.ctype == "Person"), None)
                if person is not None and _THAT_CLAUSE.fullmatch(text, g.end, later.start) and _FOUNDED_AFTER.match(text, later.end):
                    org = next(m for m in reversed(g.members) if m.ctype in ORG)
                    out.append(Relation(person, "affiliatedWith", org, s, e, "that_founded", 0.6, "founder"))
                    break
        # "Vidu was unveiled at the Forum on April 27, developed jointly by Tsinghua and ShengShu": a participle
        # clause at the end of the sentence describes its subject
        if len(groups) > 2 and groups[0].types & MP:
            for i in range(1, len(groups) - 1):
                gap = text[groups[i].end : groups[i + 1].start]
                if groups[i].types & MP or not self.clause_dev_by.match(gap):
                    continue
                for b in groups[i + 1].members:
                    if b.ctype in ACTOR:
                        for a in groups[0].members:
                            if a.ctype in MP:
                                out.append(Relation(a, "developer", b, s, e, "participle_developer", 0.6))
                break
        # "Zhipu presented GLM-4.5, its new model, at the World AI Conference": the event involves the sentence's
        # subject, and what it presented there
        if len(groups) > 1 and groups[0].types & ACTOR and any("Event" in g.types for g in groups[1:]):
            for g in groups[1:]:
                ev = next((m for m in g.members if m.ctype == "Event"), None)
                if ev is None or not _AT_EVENT_BEFORE.search(text, max(s, g.start - 40), g.start):
                    continue
                for a in groups[0].members:
                    if a.ctype in ACTOR and text[a.start - 1 : a.start] != "(":  # ("BEIJING, Aug 8 (Reuters) - ...")
                        out.append(Relation(ev, "involves", a, s, e, "subject_at_event", 0.6))
                between = text[groups[0].end : g.start]
                if self.present_verb.search(between):
                    for mid in groups[1 : groups.index(g)]:
                        for m in mid.members:
                            if m.ctype in MP | POLICY:
                                out.append(Relation(ev, "involves", m, s, e, "presented_at_event", 0.55))
                break
        # "The company unveiled the Yuewen app on Tuesday at its Ecosystem Conference": what a sentence whose subject
        # refers back (a pronoun, "the company") presented at an event
        elif len(groups) > 1 and groups[0].types & MP and (ref := _REFERRING_SUBJECT.match(text, s, groups[0].start)) \
                and self.present_verb.search(ref.group("verb")):
            for g in groups[1:]:
                ev = next((m for m in g.members if m.ctype == "Event"), None)
                if ev is not None and _AT_EVENT_BEFORE.search(text, max(s, g.start - 40), g.start):
                    out.extend(Relation(ev, "involves", m, s, e, "presented_at_event", 0.55)
                               for mid in groups[: groups.index(g)] for m in mid.members if m.ctype in MP | POLICY)
                    break
        # "Step-2, the model that StepFun showed at WAIC in July": the event involves what the relative clause's subject
        # presented there, and that subject
        for k in range(2, len(groups)):
            ev = next((m for m in groups[k].members if m.ctype == "Event"), None)
            thing, who = groups[k - 2], groups[k - 1]
            if ev is not None and thing.types & MP and who.types & ACTOR and _HEAD_THAT.fullmatch(text, thing.end, who.start) \
                    and (v := _SHOWED_AT.fullmatch(text, who.end, groups[k].start)) is not None and self.present_verb.fullmatch(v.group("verb")):
                out.extend(Relation(ev, "involves", m, s, e, "relative_shown_at_event", 0.55) for m in thing.members if m.ctype in MP)
                out.extend(Relation(ev, "involves", a, s, e, "relative_shown_at_event", 0.55) for a in who.members if a.ctype in ACTOR)
        # "Exhibitors at WAIC included Tesla and Amazon", "Among those present at the forum were Baidu founder Robin
        # Li and Xiaomi chief executive Lei Jun": the event involves everyone the list names (the people, not the
        # firms their titles name)
        for i, g in enumerate(groups):
            ev = next((m for m in g.members if m.ctype == "Event"), None)
            if ev is None or not _PRESENT_AT.search(text, max(s, g.start - 50), g.start) or not _PRESENT_VERB.match(text, g.end):
                continue
            for k in range(i + 1, len(groups)):
                h = groups[k]
                if k + 1 < len(groups) and h.types & ORG and groups[k + 1].types & PERSON and _CORP_TITLE.fullmatch(text, h.end, groups[k + 1].start):
                    continue
                out.extend(Relation(ev, "involves", a, s, e, "present_at_event", 0.6) for a in h.members if a.ctype in ACTOR)
            break
        # "At the World AI Conference, Alibaba unveiled ...": the event involves who acts in the sentence
        if len(groups) > 1 and any(m.ctype == "Event" for m in groups[0].members):
            if re.match(r"\s*(?:At|During|On the sidelines of|Ahead of)\s+(?:the\s+)?$", text[s : groups[0].start]) and re.match(r"^\s*(?:\([^)]*\)\s*)?,\s+$", text[groups[0].end : groups[1].start]):
                for ev in groups[0].members:
                    for a in groups[1].members:
                        if a.ctype in ACTOR | PLACE:
                            out.append(Relation(ev, "involves", a, s, e, "event_setting", 0.6))
        # "Peng Zhihui, a former Huawei engineer": a role after the organisation named in the apposition
        # ("Chen Weiliang, chairman and chief executive of MetaX and a former AMD engineer": the apposition's second title)
        for i in range(len(groups) - 1):
            p, o = groups[i], groups[i + 1]
            if i and o.types & (ORG - {"GovernmentAgency"}) and groups[i - 1].members[-1].ctype == "Person" and p.types & ORG \
                    and _APPOSITION_START.match(text, groups[i - 1].end) and _AND_A_FORMER.fullmatch(text, p.end, o.start):
                p = groups[i - 1]
            # ("Pan Shuting, Tidewise's founder and a former researcher at Shanghai Maritime University": the second title's body)
            # (the possessor is a name of its own here, so the "second_role_of" gap rule reads the gap with it as one word)
            if i and o.types & ORG and p.types & ORG and groups[i - 1].members[-1].ctype == "Person" and text[groups[i - 1].end : p.start].strip() == "," \
                    and text[p.end : p.end + 1] in ("'", "’"):
                self._apply_named("second_role_of", groups[i - 1], Group(o.members[:1]), ", X" + text[p.end : o.start], s, e, out)
            # ("Gao Li, a CSRC spokesperson": an agency's too)
            if p.members[-1].ctype == "Person" and o.types & ORG and (_APPOSITION_ORG.fullmatch(text, p.end, o.start) or p is not groups[i]):
                rm = self.role_after_org.match(text, o.end)
                if rm:
                    org = next(m for m in reversed(o.members) if m.ctype in ORG)
                    out.append(Relation(p.members[-1], "affiliatedWith", org, s, e, "apposition_org_role", 0.6, rm.group("role").lower()))
        # "the CAC's provincial offices, such as the Beijing Municipal Cyberspace Administration and ...": its units
        for i in range(len(groups) - 1):
            g, h = groups[i], groups[i + 1]
            if g.types & ORG and h.types & ORG and _UNITS_SUCH_AS.fullmatch(text, g.end, h.start):
                owner = g.members[-1]
                if owner.ctype in ORG:
                    out.extend(Relation(u, "subsidiaryOf", owner, s, e, "units_such_as", 0.6)
                               for u in h.members if u.ctype in ORG and (u.key or u.text) != (owner.key or owner.text))
        # "Wang Lei, who sits on Zhipu's board", "Chen Rui, a partner at Qiming who sits on Lumenwave's board": a director
        for i in range(len(groups) - 1):
            g, h = groups[i], groups[i + 1]
            if not (h.types & ORG and _SITS_ON.fullmatch(text, g.end, h.start) and _BOARD_AFTER.match(text, h.end)):
                continue
            p = g if g.members[-1].ctype == "Person" else None
            if p is None and i and g.types & ORG and groups[i - 1].members[-1].ctype == "Person" and _APPOSITION_TAIL.fullmatch(text, groups[i - 1].end, g.start):
                p = groups[i - 1]
            if p is not None and text[g.end : h.start].lstrip().startswith("," if p is g else "who"):
                out.extend(Relation(p.members[-1], "affiliatedWith", o, s, e, "sits_on_board", 0.6, "board member")
                           for o in h.members[-1:] if o.ctype in ORG)
        for i in range(len(groups) - 2):
            p, x, o = groups[i], groups[i + 1], groups[i + 2]
            if p.members[-1].ctype == "Person" and x.types & MP and o.members[-1].ctype in ORG and (rm := self.role_for_product.fullmatch(text, p.end, x.start)) \
                    and re.fullmatch(r"\s*,\s+(?:the\s+)?", text[x.end : o.start]) and _LINE_END.match(text, o.end):
                out.append(Relation(p.members[-1], "affiliatedWith", o.members[-1], s, e, "role_for_product_org", 0.6, rm.group("role").lower()))
        # "Li Qiang, China's premier", "Liang Wenfeng, DeepSeek's founder": a role after the organisation's possessive
        for i in range(len(groups) - 1):
            p, o = groups[i], groups[i + 1]
            if p.members[-1].ctype == "Person" and _POSSESSOR_ROLE_GAP.fullmatch(text, p.end, o.start):
                rm = self.role_after_possessor.match(text, o.end)
                if rm:
                    org = o.members[-1]
                    if org.ctype in ORG | PLACE:
                        out.append(Relation(p.members[-1], "affiliatedWith", org, s, e, "possessor_role", 0.7, rm.group("role").lower()))
            # "Hunyuan-T1 is Tencent's latest reasoning model": the possessor made it
            elif p.members[-1].ctype in MP and o.members[-1].ctype in ACTOR - PERSON and _IS_GAP.fullmatch(text, p.end, o.start):
                if self.product_after_possessor.match(text, o.end):
                    out.append(Relation(p.members[-1], "developer", o.members[-1], s, e, "is_possessor_product", 0.7))
            # "DAMO Academy is Alibaba's research institute": a unit said to be the possessor's
            elif p.members[-1].ctype in ORG and o.members[-1].ctype in ORG and _IS_GAP.fullmatch(text, p.end, o.start) \
                    and self.unit_after_possessor.match(text, o.end):
                out.append(Relation(p.members[-1], "subsidiaryOf", o.members[-1], s, e, "is_possessor_unit", 0.7))
            # "Kunlunxin, Baidu's chip unit": a unit in apposition belongs to its possessor
            elif p.members[-1].ctype in ORG and o.members[-1].ctype in ORG and _APPOSITION_TO_POSSESSOR.fullmatch(text, p.end, o.start):
                if self.unit_after_possessor.match(text, o.end):
                    out.append(Relation(p.members[-1], "subsidiaryOf", o.members[-1], s, e, "possessor_unit", 0.7))

            # "Doubao, ByteDance's chatbot": the possessor of the noun in apposition made the model or product
            elif p.members[-1].ctype in MP and o.members[-1].ctype in ACTOR - PERSON and re.fullmatch(r"\s*,\s+", text[p.end : o.start]):
                if self.product_after_possessor.match(text, o.end):
                    out.append(Relation(p.members[-1], "developer", o.members[-1], s, e, "possessor_product", 0.7))
        # "Noah's Ark Lab, the Huawei research unit,": a firm's name as the adjective of a unit noun in apposition
        if ", the " in text[s:e] or ", a " in text[s:e]:
            flat = [m for g in groups for m in g.members]
            for p, o in zip(flat, flat[1:], strict=False):
                if p.ctype in ORG and o.ctype in ORG - {"GovernmentAgency"} and re.fullmatch(r"\s*,\s+(?:the|a|an)\s+", text[p.end : o.start]) \
                        and self.unit_after_attributive.match(text, o.end):
                    out.append(Relation(p, "subsidiaryOf", o, s, e, "attributive_unit", 0.65))
        # "Baidu plugged DeepSeek-R1 into its search engine", "China Mobile connected its cloud to DeepSeek-R1",
        # "Geely's in-car assistant uses Qwen": a model taken into a firm's own unnamed products is integrated into the firm
        if " its " in text[s:e] or " their " in text[s:e] or "'s " in text[s:e] or "’s " in text[s:e]:
            for i in range(len(groups) - 1):
                a, b = groups[i], groups[i + 1]
                if not (a.types & (ORG - {"GovernmentAgency"}) and b.types & MP):
                    continue
                into = _INTEGRATES_GAP.fullmatch(text, a.end, b.start) and _INTO_ITS_AFTER.match(text, b.end)
                if into and any(b.end < m.start < into.end() for g in groups[i + 2 : i + 3] for m in g.members):
                    continue  # ("into its Yuanbao assistant": the named product, read by the integrated_into rule)
                if into or _CONNECTED_ITS_GAP.fullmatch(text, a.end, b.start) or _POSSESSED_USES_GAP.fullmatch(text, a.end, b.start):
                    out.extend(Relation(m, "integratedInto", o, s, e, "into_own_products", 0.6)
                               for m in b.members if m.ctype in MP for o in (a.members if not into else a.members[-1:]) if o.ctype in ORG)
        # "DeepSeek-R1, which DeepSeek built on top of its V3 model": a clause whose own subject built the model on another
        for i in range(len(groups) - 2):
            a, b, c = groups[i], groups[i + 1], groups[i + 2]
            if a.types & MP and b.types & ACTOR and c.types & MP and _WHICH_GAP.fullmatch(text, a.end, b.start) \
                    and _BUILT_ON_GAP.fullmatch(text, b.end, c.start):
                out.extend(Relation(a.members[-1], "basedOn", m, s, e, "clause_built_on", 0.65) for m in c.members[:1] if m.ctype in MP)
        # "export controls aimed at countering Chinese influence": a policy aimed at a demonym's noun targets its country
        for m in (m for g in groups for m in g.members if m.ctype in POLICY):
            dm = self.demonym_target.match(text, m.end, e)
            if dm and (country := self.demonyms.get(dm.group("demonym"))):
                out.append(Relation(m, "targets", country, s, e, "targets_demonym", 0.6))
        # "Moonshot AI, in which Tencent has invested": the investor named inside the clause
        for i in range(len(groups) - 1):
            p, o = groups[i], groups[i + 1]
            if not (p.types & ORG and _IN_WHICH.fullmatch(text, p.end, o.start)):
                continue
            # ("Xingji Meizu Group, in which Geely founder Li Shufu holds the controlling stake": the titled person)
            if not _INVESTED_AFTER.match(text, o.end) and i + 2 < len(groups) and groups[i + 2].types & PERSON \
                    and self.role_mod.match(text[o.end : groups[i + 2].start]):
                o = groups[i + 2]
            if _INVESTED_AFTER.match(text, o.end):
                for a in o.members:
                    for b in p.members:
                        if a.ctype in ACTOR and b.ctype in ORG:
                            out.append(Relation(a, "investedIn", b, s, e, "in_which_invested", 0.7))
        # "Australian Prime Minister Anthony Albanese": the demonym's country
        for g in groups:
            for m in g.members:
                if m.ctype != "Person":
                    continue
                dm = self.demonym_re.search(text[max(s, m.start - 60) : m.start])
                if dm:
                    country = self.demonyms.get(dm.group(1)) or self.demonyms.get(dm.group(1).title())
                    if country:
                        out.append(Relation(m, "affiliatedWith", country, s, e, "demonym_title", 0.6))


# "released in March by", "issued last week by": a time between a participle and its "by"
_TIME_BEFORE_BY = (r"(?:\s+(?:in|on|last|earlier|early|late|this)\s+(?:(?:[A-Z][a-z]+\.?(?:\s+\d{1,2})?|\d{1,2}\s+[A-Z][a-z]+)(?:,?\s+\d{4})?|\d{4}|year|month|week),?"
                   # a bare date: "issued 25 November 2022 by", "issued Nov. 25, 2022, by"
                   r"|\s+(?:on\s+)?(?:\d{1,2}\s+[A-Z][a-z]+\.?|[A-Z][a-z]+\.?\s+\d{1,2},?)\s+\d{4},?)?")


def _passive_regex(phrases: list[str]) -> str:
    """The passive phrases ("released by"), each also with a time before its "by" or "with" ("released in March by",
    "released for public comment on Saturday by")."""
    by = [p[: -len(" by")] for p in phrases if p.endswith(" by")]
    with_ = [p[: -len(" with")] for p in phrases if p.endswith(" with")]
    other = [p for p in phrases if not p.endswith((" by", " with"))]
    # ("released for public comment on Saturday by")
    alts = [rf"{phrase_regex(by)}(?:\s+jointly)?(?:\s+for\s+(?:public\s+)?(?:comments?|consultation|feedback|trial\s+use)|\s+for\s+(?:the|its|their)\s+(?:[a-z][\w\-]*\s+){0,2}?[a-z][\w\-]*)?{_TIME_BEFORE_BY}(?:\s+jointly)?\s+by"] if by else []
    if with_:  # "issued in July 2023 with six other bodies"
        alts.append(rf"{phrase_regex(with_)}{_TIME_BEFORE_BY}\s+with")
    if other:
        alts.append(phrase_regex(other))
    return "(?:" + "|".join(alts) + ")"


def _compatible(t: str) -> set:
    if t in ORG:
        return ORG
    if t in MP:
        return MP
    return {t}


@Language.factory(
    "cakg_relations",
    assigns=["doc._.cakg_relations"],
    requires=["doc._.cakg_mentions", "token.is_sent_start"],
    default_config={},
)
def make_relations(nlp: Language, name: str):
    return RelationComponent(RelationRules())


# a question line of an interview: "Q: ...", "**Q.** ...", or a question set in bold on its own line ("**Who backs you?**")
_QA_LINE = re.compile(r"^[^\S\n]*(?:(?:\*\*)?(?:Q|Question)[^\S\n]*[:.：][^\S\n]*(?:\*\*)?|\*\*(?=[^\n]{2,200}\?\*\*[^\S\n]*$))", re.M)
_WE = re.compile(r"\b(?:we|We|us|our|Our)\b")
_YOU = re.compile(r"\b(?:you|You|your|Your)\b")
_OUR_BEFORE = re.compile(r"\b(?:[Oo]ur|[Yy]our)\s+(?:(?:own|new|latest|first|flagship|open-source|in-house)\s+)*(?:[\w\-]+\s+){0,2}$")
# "GLM-4.5V, our new vision-language model, came out ...": an apposition that says whose the name before it is
_OUR_APPOSITION = re.compile(r",\s+(?P<our>[Oo]ur|[Yy]our)\s+(?:[\w\-]+\s+){0,3}?(?:model|models|chatbot|assistant|app|agent|chip|system|platform|product|tool|encoder)\s*,")


def _interview_voice(text: str, mentions: list[Mention]) -> tuple[int, Mention] | None:
    """An interview (two or more "Q:" lines): where the questions start and the organisation the interviewee speaks
    for, the first one named with (after) the first person of the introduction."""
    qa = list(_QA_LINE.finditer(text))
    if len(qa) < 2:
        return None
    intro = [m for m in mentions if m.end <= qa[0].start()]
    person = next((m for m in intro if m.ctype == "Person"), None)
    # ("Its CFO, Fang Ruoxi, joined in 2023 after eleven years at Morgan Stanley": not a former employer)
    past = {id(m) for m in intro if _TENURE_BEFORE.search(text, max(0, m.start - 40), m.start) or _FORMER_AT_BEFORE.search(text, max(0, m.start - 40), m.start)}
    orgs = [m for m in intro if m.ctype in ORG - {"GovernmentAgency"} and id(m) not in past and (person is None or m.start > person.start)]
    if not orgs and person is not None:  # (the paragraph that introduces the interviewee: "X filed ... . Its CFO, Y, ...")
        para = text.rfind("\n", 0, person.start) + 1
        orgs = [m for m in intro if m.ctype in ORG - {"GovernmentAgency"} and id(m) not in past and m.start >= para]
    orgs = orgs or [m for m in intro if m.ctype in ORG - {"GovernmentAgency"} and id(m) not in past]
    # ("a professor at Tsinghua University and the chief scientist of Zhipu AI": the firm the interviewee runs speaks)
    runs = next((m for m in orgs if m.ctype == "Company" and _EXEC_OF_BEFORE.search(text, max(0, m.start - 40), m.start)), None)
    return (qa[0].start(), runs or orgs[0]) if orgs else None


_FORMER_AT_BEFORE = re.compile(r"\b(?:former(?:ly)?|previously|ex-|once)\b[^.;]{0,30}?\b(?:at|of|with)\s+(?:the\s+)?$", re.I)
_EXEC_OF_BEFORE = re.compile(rf"\b(?:{_FIRM_TITLE}|chief\s+\w+|chair|head)\s+(?:of|at)\s+(?:the\s+)?$", re.I)


def _with_voice(text: str, mentions: list[Mention], voice: tuple[int, Mention]) -> list[Mention]:
    """The document's mentions and, after an interview's first question, each "we"/"our" of an answer and "you"/
    "your" of a question standing for the interviewee's organisation (so that a sentence naming no one else is read
    too: "Our Series A closed in May. Matrix Partners China led it.")."""
    start, org = voice
    taken = [(m.start, m.end) for m in mentions if m.end > start]
    extra: list[Mention] = []
    pos = start
    while pos < len(text):
        end = text.find("\n", pos)
        end = len(text) if end < 0 else end
        pron = _YOU if _QA_LINE.match(text, pos) else _WE
        # (the "our" of an apposition stands for no one in the clause: _voice_relations reads it)
        appositive = {a.start("our") for a in _OUR_APPOSITION.finditer(text, pos, end)} if "," in text[pos:end] else set()
        extra.extend(_stand_in(org, p.start(), p.end(), "interview_voice") for p in pron.finditer(text, pos, end)
                     if not any(a <= p.start() < b for a, b in taken) and p.start() not in appositive)
        pos = end + 1
    return sorted([*mentions, *extra], key=lambda m: m.start) if extra else mentions


# "we fine-tuned", "We have built": the interviewee's organisation made what follows (or the model the clause is about)
_WE_MADE = re.compile(r"\s+(?:(?:have|had|also|just|first|then)\s+)*(?:built|developed|trained|fine-tuned|released|launched|open-sourced|designed|created)\b")
# (what was made follows the verb at once, not after "from", "on" or "with": "we fine-tuned from Qwen" made no Qwen)
_MADE_OBJECT_GAP = re.compile(r"\s+(?:(?:our|the|a|an|its)\s+)?(?:(?:own|new|first|open|open-source|in-house)\s+)*"
                              r"(?:(?!(?:from|on|with|using|off|atop|into|onto|upon|for|in|at|by|to)\b)[\w\-]+\s+){0,2}?")
_MADE_HEAD_BEFORE = re.compile(r"\b(?:model|models|app|chip|system|assistant|agent|copilot|platform|product|tool|encoder)\s+(?:that\s+)?$")


def _voice_relations(text: str, s: int, e: int, ms: list[Mention], org: Mention, role_after: re.Pattern) -> list[Relation]:
    """In an interview, "we"/"our" in an answer and "you"/"your" in a question stand for the interviewee's
    organisation ("a vision encoder we developed ourselves", "At WAIC your lab released Intern-S1"); "our own X" is
    the organisation's, and so is what "we built"; "Gu Peiling, our CTO" works there. The pronouns are in `ms`
    already, as _with_voice put them there."""
    own = [Relation(m, "developer", org, s, e, "interview_our", 0.6) for m in ms
           if m.ctype in MP and (_OUR_BEFORE.search(text, max(s, m.start - 40), m.start) or _OUR_APPOSITION.match(text, m.end))]
    for i, v in enumerate(ms):
        if v.source != "interview_voice":
            continue
        before = ms[i - 1] if i else None
        after = ms[i + 1] if i + 1 < len(ms) else None
        word = text[v.start : v.end].lower()
        if word in ("our", "your") and (rm := role_after.match(text, v.end)):
            # "Gu Peiling, our CTO, ...", "our chief scientist, Li Wei,"
            person = before if before is not None and before.ctype in PERSON and text[before.end : v.start].strip() == "," else \
                after if after is not None and after.ctype in PERSON and text[rm.end() : after.start].strip() in (",", "") else None
            if person is not None:
                own.append(Relation(person, "affiliatedWith", org, s, e, "interview_our_role", 0.6, rm.group("role").lower()))
        elif word == "we" and (made := _WE_MADE.match(text, v.end)):
            # "we fine-tuned TideDoc-7B from ...", "TideDoc-7B is a document model we fine-tuned from ..."
            if before is not None and before.ctype in MP and _MADE_HEAD_BEFORE.search(text, max(s, v.start - 40), v.start):
                own.append(Relation(before, "developer", org, s, e, "interview_we_made", 0.6))
            elif after is not None and after.ctype in MP and _MADE_OBJECT_GAP.fullmatch(text, made.end(), after.start):
                own.append(Relation(after, "developer", org, s, e, "interview_we_made", 0.6))
    return own


def _stand_in(ante: Mention, start: int, end: int, source: str) -> Mention:
    """A mention at [start, end) ("it", "the company", "we") that stands for `ante`."""
    return Mention(start, end, ante.text, ante.type, key=ante.key, source=source, name=ante.name or ante.text)


# an infobox line: "| Founders:      Jiang Daxin, Zhu Yibo |", "Key people: Jiang Daxin (CEO)"; and the lines that
# continue its value ("|                Jiao Binxing          |")
_INFOBOX_LINE = re.compile(r"^[ \t]*[|│]?[ \t]*(?P<key>[A-Za-z][A-Za-z ()/\-]{1,30}?)[ \t]*:[ \t]+(?P<val>\S.*?)[ \t]*[|│]?[ \t]*$", re.MULTILINE)
_INFOBOX_MORE = re.compile(r"[ \t]*[|│][ \t]{4,}(?P<val>\S.*?)[ \t]*[|│]?[ \t]*$")
_INFOBOX_TITLE = re.compile(r"^[ \t]*[|│][ \t]*(?P<val>[^:|│\n]+?)[ \t]*[|│][ \t]*$", re.MULTILINE)


_DATED_ISSUER_LINE = re.compile(rf"^{ENTRY_NUMBER}[^|\n]*\d[^|\n]*\|[ \t]*(?P<who>[^|\n]+?)[ \t]*$", re.MULTILINE)


# a call's or a panel's participant list: "Wang Xing - Co-Founder, Chairman and Chief Executive Officer",
# "Daniel Ko - Analyst, Morgan Stanley"
_PARTICIPANT_LINE = re.compile(
    rf"^[ \t]*(?P<who>[A-Z][^\n\-–—:|]{{2,40}}?)[ \t]+[-–—][ \t]+(?P<role>[^,\n]{{0,60}}?\b{PARTICIPANT_TITLES}\b[^,\n]{{0,60}}?"
    r"(?:,[^,\n]{0,60}?\b(?:Officer|Chairman|Founder|Director|President|Manager)\b)*)"
    r"(?:,[ \t]*(?P<org>[^\n]{2,80}?))?[ \t]*$", re.MULTILINE)


# "Shareholders before the offering (selected)" over "- Tencent: 2.6%": a list of holders with their stakes
_HOLDERS_HEADING = re.compile(r"^[^\n.:]{0,40}\b(?:shareholders|shareholding|shareholding\s+structure|major\s+holders|cap\s+table|ownership)\b[^\n.]{0,50}:?[^\S\n]*$", re.I | re.M)
_HOLDER_LINE = re.compile(r"[^\S\n]*(?:[-•*·]|\d{1,2}[.)])?[^\S\n]*(?P<who>[^\n:|]{2,90}?)\s*(?::|\s[-–—]\s|\|)\s*(?:about\s+|around\s+|roughly\s+)?\d{1,2}(?:\.\d+)?\s*(?:%|percent|per\s+cent)[^\n]*(?:\n|$)", re.I)


def _holder_lines(text: str, mentions: list[Mention], page: Mention | None) -> list[Relation]:
    """A page's list of shareholders ("Shareholders before the offering" over "- Tencent: 2.6%"): each holder invested
    in the firm the page is about."""
    if page is None:
        return []
    out: list[Relation] = []
    for h in _HOLDERS_HEADING.finditer(text):
        at = h.end() + 1
        while (line := _HOLDER_LINE.match(text, at)) is not None:
            holders = [m for m in mentions if line.start("who") <= m.start and m.end <= line.end("who") and m.ctype in ACTOR - {"GovernmentAgency"}]
            end = line.end() - 1 if text[line.end() - 1 : line.end()] == "\n" else line.end()
            out.extend(Relation(m, "investedIn", page, line.start(), end, "holder_line", 0.6) for m in holders[:1]
                       if (m.key or m.text) != (page.key or page.text))
            at = line.end()
    return out


def _participant_lines(text: str, mentions: list[Mention], page: Mention | None) -> list[Relation]:
    """Each participant of a call or panel listed as "Name - Title[, Organisation]": affiliated with the organisation
    named after the title, else with the firm the page is about."""
    import bisect

    out: list[Relation] = []
    starts = [m.start for m in mentions]
    for line in _PARTICIPANT_LINE.finditer(text):
        k = bisect.bisect_left(starts, line.start("who"))
        person = mentions[k] if k < len(mentions) else None
        if person is None or person.ctype != "Person" or person.start != line.start("who") or person.end != line.end("who"):
            continue
        org = None
        if line.group("org"):
            lo, hi = bisect.bisect_left(starts, line.start("org")), bisect.bisect_left(starts, line.end("org"))
            org = next((m for m in mentions[lo:hi] if m.ctype in ORG), None)
            if org is None:
                continue  # (an organisation the rules do not know)
        elif page is not None and page.ctype == "Company":
            org = page
        if org is not None:
            role = line.group("role").strip().split(",")[0].lower()
            out.append(Relation(person, "affiliatedWith", org, line.start(), line.end(), "participant_line", 0.6, role))
    return out


_TITLE_LINE_TAIL = re.compile(TITLE_TAIL)


def _dated_line_issuers(text: str, mentions: list[Mention]) -> list[Relation]:
    """A tracker's entry line "[4] 2023-07-10 | CAC; NDRC; MOE" above the policy's title line: the bodies after the bar
    issued it."""
    import bisect

    out: list[Relation] = []
    starts = [m.start for m in mentions]
    for line in _DATED_ISSUER_LINE.finditer(text):
        b = line.end()
        k = bisect.bisect_left(starts, b + 1)
        if k >= len(mentions) or mentions[k].ctype != "Policy" or text[b + 1 : mentions[k].start].strip():
            continue
        policy = mentions[k]
        if not _TITLE_LINE_TAIL.match(text, policy.end):
            continue  # (a headline that opens with the name and goes on with a verb is no title line)
        lo, hi = bisect.bisect_left(starts, line.start("who")), bisect.bisect_left(starts, line.end("who"))
        out.extend(Relation(policy, "issuedBy", m, line.start(), policy.end, "dated_line_issuer", 0.65)
                   for m in mentions[lo:hi] if m.ctype in ISSUER)
    return out


def _page_subject(mentions: list[Mention]) -> Mention | None:
    """The firm a page is about: named in its first 600 characters and more often than any other firm (3 times or more)."""
    counts: dict[str, int] = {}
    first: dict[str, Mention] = {}
    for m in mentions:
        if m.ctype == "Company":
            k = m.key or LEGAL_FORM.sub("", m.text)  # ("Kuanheng Intelligence" and "Kuanheng Intelligence (Singapore) Pte. Ltd.")
            counts[k] = counts.get(k, 0) + 1
            first.setdefault(k, m)
    if not counts:
        return None
    # (the firm whose name heads the page: "ModelBest 面壁智能" over a site menu)
    head = next((m for m in mentions if m.ctype == "Company" and m.start < 200), None)
    if head is not None and counts[head.key or LEGAL_FORM.sub("", head.text)] >= 2:
        return head
    best = max(counts, key=counts.get)
    if counts[best] < 3 or first[best].start > 600 or sum(1 for v in counts.values() if v == counts[best]) > 1:
        return None
    return first[best]


# a corporate title opening a sentence right before a name: "Chairman Liu Qingfeng (刘庆峰) opened the call",
# "Senior vice president Jiang Tao said"
_YES_NO = re.compile(r"(?:^|(?<=[\s\"“'‘(]))(?:Is|Are|Was|Were|Did|Does|Do|Has|Have|Had|Will|Can|Could|Should|Would|Isn't|Aren't|Didn't|Doesn't)\s[^?.!\n]{1,200}\?")


_HEARSAY = re.compile(r"\s*[\"“]?(?:(?:Earlier|Recent|Some|Media|Press|Online|Unconfirmed|Unverified|Persistent|Widespread)\s+)?(?:[Rr]eports|[Rr]umou?rs|[Cc]laims|[Ss]peculation|[Ss]uggestions|[Aa]llegations|[Ss]ocial[- ]media\s+posts|[Pp]osts)\s+(?:\w+\s+){0,3}?that\s")


# "A Changan spokesperson denied a report by Jiemian that StepFun would buy a stake in Deepal": what a denial says is
# no fact, and neither is the report it denies
_DENIED_THAT = re.compile(r"\b(?:denied|denies|deny|dismissed|dismisses|rejected|rejects|refuted|refutes|disputed|disputes)\b[^.;\n]{0,90}?\bthat\s")


def _start(x) -> int:
    return x.start if isinstance(x, Mention) else -1
_TITLE_OPENS = re.compile(rf"(?:^|(?<=[.!?]\s)|(?<=\n))(?P<role>{_FIRM_TITLE})\s+$", re.IGNORECASE)


_ROLE_AFTER_NAME = re.compile(rf"[^\S\n]+[-–—:|][^\S\n]+(?P<role>{_FIRM_TITLE})\b(?![^\n.]{{0,30}}\b(?:of|at)\b)", re.IGNORECASE)


def _titled_staff(text: str, mentions: list[Mention], subject: Mention | None) -> list[Relation]:
    """On a page about one firm (an earnings call, a press release), a person whose corporate title opens a sentence
    with no organisation named is of that firm: "President Wu Xiaoru (吴晓如) said ...". A title in the name itself
    ("President Xi Jinping", a registry alias) is no such title."""
    if subject is None:
        return []
    out = []
    for m in mentions:
        if m.ctype != "Person" or m.start < 4:
            continue
        # a team page's line: "Xia Lixue - Co-founder and CEO. Xia earned his PhD at ..."
        if text[m.start - 1] == "\n" and (r := _ROLE_AFTER_NAME.match(text, m.end)):
            out.append(Relation(m, "affiliatedWith", subject, m.start, r.end(), "title_on_firm_page", 0.55, r.group("role").lower()))
            continue
        t = _TITLE_OPENS.search(text, max(0, m.start - 40), m.start)
        if t is None:
            continue
        # (only in a paragraph that names the firm, and no other organisation before the person: a roundup's
        # "President Martin Lau said" is of the firm its paragraph is about)
        a = text.rfind("\n", 0, m.start) + 1
        b = text.find("\n", m.end)
        b = len(text) if b < 0 else b
        para = [x for x in mentions if a <= x.start < b and x.ctype in ORG]
        if not any((x.key or x.text) == (subject.key or subject.text) for x in para) or any(
                x.start < m.start and (x.key or x.text) != (subject.key or subject.text) for x in para):
            continue
        e = text.find(". ", m.end)
        e = len(text) if e < 0 else e + 1
        out.append(Relation(m, "affiliatedWith", subject, t.start(), e, "title_on_firm_page", 0.55, t.group("role").lower()))
    return out


def _box_relation(subject: Mention, pred: str, from_member: bool, m: Mention, start: int, end: int, rule: str,
                  role: str | None = None) -> Relation | None:
    """The relation a key (an infobox's "Investors:", a table's "Developer" column) states between the subject of its
    box or row and one name `m` in its value; None when their classes do not fit the key."""
    if m.key is not None and m.key == subject.key:
        return None
    if pred == "affiliatedWith" and m.ctype in PERSON and subject.ctype in ORG:
        return Relation(m, pred, subject, start, end, rule, 0.6, role)
    if pred == "investedIn" and m.ctype in ACTOR and subject.ctype in ORG:
        return Relation(m, pred, subject, start, end, rule, 0.6)
    if pred == "developer" and from_member and m.ctype in MP and subject.ctype in ORG:
        return Relation(m, pred, subject, start, end, rule, 0.6)
    if pred == "developer" and from_member and m.ctype in MP and subject.ctype in MP:
        return Relation(m, "integratedInto", subject, start, end, rule, 0.6)  # an app's "Models:"
    if pred == "developer" and not from_member and m.ctype in ORG and subject.ctype in MP:
        return Relation(subject, pred, m, start, end, rule, 0.6)
    if pred == "subsidiaryOf" and m.ctype in ORG and subject.ctype in ORG:
        return Relation(m, pred, subject, start, end, rule, 0.6) if from_member else Relation(subject, pred, m, start, end, rule, 0.6)
    if pred == "basedOn" and m.ctype in MP and subject.ctype in MP:
        if subject.ctype == "Product" and m.ctype == "AIModel":  # (an app's "Underlying model": the model is in the app)
            return Relation(m, "integratedInto", subject, start, end, rule, 0.6)
        return Relation(subject, pred, m, start, end, rule, 0.6)
    if pred == "issuedBy" and m.ctype in ISSUER and subject.ctype in POLICY:
        return Relation(subject, pred, m, start, end, rule, 0.6)
    return None


def _infobox_relations(text: str, mentions: list[Mention], keys: dict[str, tuple[str, bool]], subject_keys: set[str]) -> list[Relation]:
    """Relations an infobox states between the page's subject and the names in its values. A box is three or more
    key lines in a row, at least one of them with a known key; its subject is the name on the box's title line, else
    the first firm, model or policy named in the 400 characters before it."""
    lines = [m for m in _INFOBOX_LINE.finditer(text)]
    if len(lines) < 3:
        return []
    out: list[Relation] = []
    k = 0
    while k < len(lines):
        # a run of key lines, each on the line after the last (continuation lines between them allowed)
        run = [lines[k]]
        while k + 1 < len(lines):
            between = text[run[-1].end() : lines[k + 1].start()].strip("\n").split("\n")
            if all(not b.strip() or _INFOBOX_MORE.fullmatch(b) for b in between) and text[run[-1].end() : lines[k + 1].start()].count("\n") <= 4:
                run.append(lines[k + 1])
                k += 1
            else:
                break
        k += 1
        if len(run) < 3 or not any(x.group("key").strip().lower() in keys for x in run):
            continue
        top = run[0].start()
        title = None
        for t in _INFOBOX_TITLE.finditer(text, max(0, top - 200), top):
            title = t
        cands = [m for m in mentions if m.ctype in ORG | MP | POLICY | EVENT]
        # (a tracker's numbered entries, "1. Title / Issued by: ... / Issued: ...", each a paragraph: the entry's own title)
        block = text.rfind("\n\n", max(0, top - 400), top)
        block = top if block < 0 else block
        # ("App: Tencent Yuanbao", "Name: ...": a key line that names the box's subject)
        named = next((x for x in run if x.group("key").strip().lower() in subject_keys), None)
        in_named = [m for m in cands if named is not None and named.start("val") <= m.start and m.end <= named.end()]
        subject = (next((m for m in in_named if m.ctype in MP), None) if named is not None and named.group("key").strip().lower()
                   in ("app", "product", "model", "model name") else None) or next(iter(in_named), None) \
            or next((m for m in cands if title is not None and title.start("val") <= m.start and m.end <= title.end("val")), None) \
            or next((m for m in cands if block < m.start < top), None) \
            or next((m for m in cands if top - 400 <= m.start < top), None)
        # ("Hosted by: ...", "Organised by: ..." under an event's page title: the event, even after a firm's name)
        event = next((m for m in cands if m.ctype in EVENT and (title is not None and title.start("val") <= m.start and m.end <= title.end("val")
                                                                 or top - 400 <= m.start < top)), None)
        if subject is None and event is None:
            continue
        for x in run:
            rule = keys.get(x.group("key").strip().lower())
            if rule is None:
                continue
            pred, from_member = rule
            if (event if pred == "involves" else subject) is None:
                continue
            end = x.end()
            # the value goes on in the continuation lines below the key line
            nxt = text.find("\n", end + 1)
            while nxt != -1 and _INFOBOX_MORE.fullmatch(text, end + 1, nxt):
                end = nxt
                nxt = text.find("\n", end + 1)
            if nxt == -1 and end + 1 < len(text) and _INFOBOX_MORE.fullmatch(text, end + 1, len(text)):
                end = len(text)
            for m in mentions:
                if not (x.start("val") <= m.start and m.end <= end):
                    continue
                if pred == "involves":
                    if m.ctype in ACTOR:
                        out.append(Relation(event, pred, m, x.start(), end, "infobox", 0.6))
                    continue
                r = _box_relation(subject, pred, from_member, m, x.start(), end, "infobox", "founder" if "found" in x.group("key").lower() else None)
                if r is not None:
                    out.append(r)
    return out


def _table_relations(text: str, mentions: list[Mention], keys: dict[str, tuple[str, bool]], subject_keys: set[str],
                     page: Mention | None = None) -> list[Relation]:
    """Relations a pipe table states in each row, between the thing named in its subject column ("Instrument",
    "Model", else the first column after the row number) and the names in the columns whose header is a known key
    ("Issuer(s)", "Developer", "Investors"). A page's table of its own funding rounds ("Round | Date | Amount |
    Investors") relates each row's investors to the firm the page is about."""
    out: list[Relation] = []
    for table in pipe_tables(text):
        col = table.column(subject_keys)
        col = table.first_named_column() if col is None else col
        keyed = [(i, keys[h]) for i, h in enumerate(table.header) if i != col and h in keys]
        if not keyed:
            continue
        own_rounds = page is not None and table.header[col] in _ROUND_HEADERS and all(k[0] == "investedIn" for _, k in keyed)
        for row in table.rows:
            a, b = row[col]
            subject = next((m for m in mentions if a <= m.start and m.end <= b and m.ctype in ORG | MP | POLICY | EVENT), None)
            if subject is None and own_rounds:
                subject = page
            if subject is None:
                continue
            start, end = row[0][0], row[-1][1]
            for i, (pred, from_member) in keyed:
                a, b = row[i]
                for m in mentions:
                    if a <= m.start and m.end <= b:
                        if pred == "involves":
                            r = Relation(subject, pred, m, start, end, "table", 0.6) if subject.ctype in EVENT and m.ctype in ACTOR else None
                        else:
                            r = _box_relation(subject, pred, from_member, m, start, end, "table")
                        if r is not None:
                            out.append(r)
    return out


_ROUND_HEADERS = frozenset({"round", "stage", "funding round", "series", "date", "round type"})


def _entry_key_relations(text: str, mentions: list[Mention], keys: dict[str, tuple[str, bool]]) -> list[Relation]:
    """A listing's key lines under its heading line ("World Robot Conference 2025" / "8–12 Aug. 2025, Beijing" /
    "Organisers: A, B and C"; "2022-11-25 — Provisions on ..." / "Issuer: CAC; MIIT"): each relates the thing the
    block's first line names to the names in its value. "By:" counts only under an entry that opens with a date."""
    out: list[Relation] = []
    for x in _KEY_LINE.finditer(text):
        key = header_key(x.group("key"))
        rule = keys.get(key) if key != "by" else ("issuedBy", False)
        if rule is None or key in ("source", "name", "title"):
            continue
        top = text.rfind("\n\n", 0, x.start())
        top = 0 if top < 0 else top + 2
        # (a directory's entries ruled off by a line of dashes: "-----" / "Building A, 3F" / "Hygon Chengdu R&D Center")
        rule_line = _RULE_LINE.search(text, max(0, top - 1), x.start())
        while rule_line is not None and (nxt := _RULE_LINE.search(text, rule_line.end(), x.start())) is not None:
            rule_line = nxt
        top = rule_line.end() + 1 if rule_line is not None else top
        if x.start() - top > 400 or top == x.start():
            continue
        first_end = text.find("\n", top)
        subject = next((m for m in mentions if top <= m.start < first_end and m.ctype in EVENT | POLICY | MP), None)
        if subject is None and rule[0] == "developer" and rule[1]:
            # ("Hygon Chengdu R&D Center" / ... / "Products: Hygon DCU, Hygon C86": a line that is a firm's name heads the entry)
            second_end = text.find("\n", first_end + 1)
            subject = next((m for m in mentions if top <= m.start < second_end < x.start() and m.ctype in ORG - {"GovernmentAgency"}
                            and len(m.text) >= 0.7 * len(text[text.rfind("\n", 0, m.start) + 1 : text.find("\n", m.end)].strip())), None)
        if subject is None or key == "by" and not _DATED_ENTRY.match(text, top):
            continue
        pred, from_member = rule
        for m in mentions:
            if x.start("val") <= m.start and m.end <= x.end():
                if pred == "involves":
                    r = Relation(subject, pred, m, x.start(), x.end(), "entry_key_line", 0.6) if subject.ctype in EVENT and m.ctype in ACTOR else None
                else:
                    r = _box_relation(subject, pred, from_member, m, x.start(), x.end(), "entry_key_line")
                if r is not None:
                    out.append(r)
    return out


# a deal tracker's entry: "Galbot, strategic round, 1.1 billion yuan. Lead: CATL and Puhua Capital; others: Meituan."
_DEAL_KEY = re.compile(
    r"(?<![\w\-])(?:[Ll]ead(?:\s+investors?)?|[Ll]ed\s+by|[Cc]o-?investors?|[Oo]thers|[Oo]ther\s+(?:investors|backers|participants)"
    r"|[Ii]nvestors|[Pp]articipants|[Bb]ackers|[Ff]ollow-?on|[Ff]ollowed\s+by|[Jj]oined\s+by)[ \t]*:[ \t]*")
_DEAL_CUE = re.compile(r"\b(?:round|[Ss]eries\s+[A-F]\+?|[Ss]eed|[Aa]ngel\+?|[Pp]re-[A-F]\+?|financing|funding|raised?|yuan|million|billion)\b|[$¥€]")
_DEAL_NONE = re.compile(r"\s*(?:not\s+disclosed|undisclosed|none|n/a|unknown)\b", re.I)
_DEAL_STOP = re.compile(r";|\. |\n")
_BUILDS = re.compile(r"(?:^|(?<=[.;]\s))(?:Builds|Makes|Develops|Sells|Operates)\s+(?:the\s+|a\s+|an\s+|its\s+)?$")


def _deal_entries(text: str, mentions: list[Mention]) -> list[Relation]:
    """A funding tracker's entries, one line each: the firm the line opens with raised from the investors each key
    ("Lead:", "others:", "Investors:") lists up to the next semicolon or full stop, and makes what "Builds X" names."""
    out: list[Relation] = []
    done: set[int] = set()
    for k in _DEAL_KEY.finditer(text):
        a = text.rfind("\n", 0, k.start()) + 1
        b = text.find("\n", k.end())
        b = len(text) if b < 0 else b
        line = [m for m in mentions if a <= m.start and m.end <= b]
        first_key = _DEAL_KEY.search(text, a, b)
        firm = next((m for m in line if m.ctype in ORG and m.end <= first_key.start()), None)
        if firm is None or not _DEAL_CUE.search(text, firm.end, first_key.start()) or text.count(".", a, firm.start) > 1:
            continue
        if _DEAL_NONE.match(text, k.end()):
            continue
        stop = x.start() if (x := _DEAL_STOP.search(text, k.end(), b + 1)) else len(text)
        for m in line:
            if k.end() <= m.start and m.end <= stop and m.ctype in ORG and m is not firm and text[m.end : m.end + 2] not in ("'s", "’s"):
                out.append(Relation(m, "investedIn", firm, a, b, "deal_entry", 0.65))
        if a not in done:
            done.add(a)
            for m in line:
                if m.ctype in MP and (bu := _BUILDS.search(text, a, m.start)) and bu.end() == m.start:
                    out.append(Relation(m, "developer", firm, a, b, "deal_entry_builds", 0.6))
    return out


# "Order No. 15 of the Cyberspace Administration of China, the National Development and Reform Commission, ..."
_ORDER_LINE = re.compile(r"^[ \t]*(?:Order|Decree|Announcement|Notice|Circular|Document)[ \t]+(?:No\.[ \t]*)?\[?\d+\]?[ \t]+(?:\[\d{4}\][ \t]+)?of[ \t]+(?:the[ \t]+)?", re.MULTILINE)


# "SAMR and SAC published the three standards on 25 April:" / "... issued three recommended national standards ...",
# then a list whose items open with the policies: the bodies before the verb issued every item
_ANNOUNCED_SET = re.compile(
    r"\b(?:(?:jointly|also|today|then)\s+)?(?:issued|published|released|unveiled|adopted|proposed|approved|promulgated|put\s+out)\s+"
    r"(?:(?:the|a\s+(?:set|batch|package)\s+of)\s+)?(?:following\s+)?(?P<n>two|three|four|five|six|seven|eight|nine|ten|[2-9])?\s*"
    r"(?:[A-Za-z-]+\s+){0,6}?(?:standards|rules|measures|regulations|documents|guidelines|policies|texts|plans|notices|provisions|opinions)\b"
    r"(?P<tail>[^.\n]*)")
_LIST_ITEM_LEAD = re.compile(r"[ \t]*(?:[-•*–]|\(?\d{1,2}[.)])[ \t]+")
_SET_COUNTS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10}


def _list_after(text: str, b: int, starts: list[int], mentions: list[Mention]) -> list[Mention]:
    """The policies that open the items of the first bulleted or numbered list after offset b (within a few lines)."""
    import bisect

    pos, skipped, items = b, 0, []
    while pos < len(text):
        nl = text.find("\n", pos)
        line_end = len(text) if nl < 0 else nl
        lead = _LIST_ITEM_LEAD.match(text, pos, line_end)
        if lead is not None:
            k = bisect.bisect_left(starts, lead.end())
            if k < len(mentions) and mentions[k].start == lead.end() and mentions[k].ctype in POLICY:
                items.append(mentions[k])
            else:
                return []  # (a list of something else)
        elif items:
            break
        elif text[pos:line_end].strip():
            skipped += 1
            if skipped > 3:
                return []
        pos = line_end + 1
    return items


def _announced_sets(text: str, mentions: list[Mention]) -> list[Relation]:
    """ "SAMR and SAC published the three standards:" above a list of them: the bodies named before the verb issued
    each listed policy (the count, when given, must match the list; without one the sentence must end in a colon)."""
    import bisect

    out: list[Relation] = []
    starts = [m.start for m in mentions]
    for a in _ANNOUNCED_SET.finditer(text):
        n = a.group("n")
        if n is None and not a.group("tail").rstrip().endswith(":"):
            continue
        lo = max(text.rfind("\n", 0, a.start()), text.rfind(". ", 0, a.start()) + 1)
        k0, k1 = bisect.bisect_left(starts, lo), bisect.bisect_left(starts, a.start())
        bodies = [m for m in mentions[k0:k1] if m.ctype in ISSUER - PLACE]
        if not bodies or any(m.ctype in POLICY for m in mentions[k1 : bisect.bisect_left(starts, a.end())]):
            continue
        items = _list_after(text, a.end(), starts, mentions)
        want = _SET_COUNTS.get(n, 0) if n is None or not n.isdigit() else int(n)
        if not items or (n is not None and len(items) != want):
            continue
        out.extend(Relation(p, "issuedBy", m, lo, a.end(), "announced_set", 0.6) for p in items for m in bodies)
    return out


def _notice_issuers(text: str, mentions: list[Mention]) -> list[Relation]:
    """The issuers a government notice names outside its sentences: "Order No. 15 of A, B and C" and the signature
    block at its end. They issued the notice's policy."""
    policy = notice_policy(mentions)
    if policy is None:
        return []
    out: list[Relation] = []
    named_order = " of " in text and ("Order" in text or "Decree" in text or "Notice" in text or "Announcement" in text
                                      or "Circular" in text or "Document" in text)
    for o in _ORDER_LINE.finditer(text) if named_order else ():
        end = text.find("\n", o.end())
        end = len(text) if end < 0 else end
        out.extend(Relation(policy, "issuedBy", a, o.start(), end, "order_of", 0.65)
                   for a in mentions if a.ctype in ISSUER - PLACE and o.end() <= a.start and a.end <= end)
    for _, _, _, signed in signature_blocks(text, mentions):
        out.extend(Relation(policy, "issuedBy", m, m.start, m.end, "signature_block", 0.6) for m in signed if m.start > policy.end)
    return out


_AGENDA_HEAD = re.compile(r"^[ \t]*(?:AGENDA|Agenda|PROGRAMME|Programme|PROGRAM|Program|SPEAKERS|Speakers|Schedule|SCHEDULE)[ \t]*:?[ \t]*$", re.MULTILINE)
# a speaker's line in an agenda: the name opens it ("Zhang Peng, CEO, Zhipu AI", "Moderator: Wang He, ...", "- Tang Jian, ...")
_SPEAKER_LEAD = re.compile(r"[ \t]*(?:[-•*–][ \t]*)?(?:(?:Moderator|Chair|Host|Speaker|Speakers|Panellists?|Panelists?|Keynote|Opening\s+remarks)[ \t]*:[ \t]*)?")


def _agenda_speakers(text: str, mentions: list[Mention]) -> list[Relation]:
    """An event page's agenda: the people whose names open its lines (speakers, moderators, panellists) take part in
    the page's event (the first one the page names before the agenda)."""
    head = _AGENDA_HEAD.search(text)
    if head is None:
        return []
    event = next((m for m in mentions if m.ctype in EVENT and m.end <= head.start()), None)
    if event is None:
        return []
    out = []
    for m in mentions:
        if m.start < head.end() or m.ctype not in PERSON:
            continue
        line = text.rfind("\n", 0, m.start) + 1
        lead = _SPEAKER_LEAD.match(text, line)
        if lead and lead.end() == m.start:
            out.append(Relation(event, "involves", m, line, m.end, "agenda_speaker", 0.55))
    return out


# "School of Computer Science, Peking University", "the Department of Electronic Engineering at Tsinghua University"
_UNIT_NAME = re.compile(r"(?:School|Department|Faculty|Institute|Division|Office|Laboratory|Lab|Centre|Center|College|Section|Bureau)\s+(?:of|for)\s")
_UNIT_TO_PARENT = re.compile(r"\s*(?:\([^()]{1,12}\))?\s*(?:,|at|of)\s+(?:the\s+)?")


def _units_of_named_parents(text: str, mentions: list[Mention]) -> list[Relation]:
    """A unit named by its kind ("School of Computer Science", "Institute for AI Industry Research (AIR)") followed by
    an organisation after a comma or "at" belongs to it."""
    out = []
    for a, b in zip(mentions, mentions[1:], strict=False):
        if a.ctype in ORG and b.ctype in ORG - {"Company"} | ({"Company"} if a.ctype == "Company" else set()) and a.key != b.key \
                and _UNIT_NAME.match(a.name or a.text) and _UNIT_TO_PARENT.fullmatch(text, a.end, b.start):
            out.append(Relation(a, "subsidiaryOf", b, a.start, b.end, "unit_comma_parent", 0.6))
    return out


_SUPERSCRIPT = {c: str(i) for i, c in enumerate("⁰¹²³⁴⁵⁶⁷⁸⁹")}
_AFFILIATION_LINE = re.compile(r"^[ \t]*(?P<mark>[¹²³⁴⁵⁶⁷⁸⁹]|\d{1,2}(?=[ \t]+[A-Z]))[ \t]+(?P<val>\S.*)$", re.MULTILINE)
_MARKS = re.compile(r"[ \t]*(?P<marks>(?:[¹²³⁴⁵⁶⁷⁸⁹⁰][ \t]?|[*†‡])+)")


def _author_affiliations(text: str, mentions: list[Mention]) -> list[Relation]:
    """A paper's authors and the numbered affiliation lines under them ("Shengding Hu¹, Xu Han¹ ³*" / "¹ Department
    of Computer Science and Technology, Tsinghua University"): each author works at the institutions of their marks
    (the last organisation named on the line: the university, not its department)."""
    authors = [m for m in mentions if m.source == "author_list" or m.ctype in PERSON and _MARKS.match(text, m.end) and text[m.end : m.end + 1] in "¹²³⁴⁵⁶⁷⁸⁹ "]
    if len(authors) < 3:
        return []
    orgs = {}
    for line in _AFFILIATION_LINE.finditer(text):
        inside = [m for m in mentions if line.start("val") <= m.start and m.end <= line.end() and m.ctype in ORG]
        if inside:
            orgs[_SUPERSCRIPT.get(line.group("mark"), line.group("mark"))] = inside[-1]
    out = []
    for a in authors:
        mk = _MARKS.match(text, a.end)
        if not mk or not orgs:
            continue
        for c in mk.group("marks"):
            org = orgs.get(_SUPERSCRIPT.get(c, ""))
            if org is not None:
                out.append(Relation(a, "affiliatedWith", org, a.start, org.end, "author_affiliation", 0.6, "author"))
    return out


_OUTLET_SOURCES = frozenset({"outlet_published", "about_outlet", "masthead"})
_SOURCE_LINE = re.compile(r"[^\S\n]*(?:Original|Originally|Source|Sources|Via|From|Adapted|Translated|Reprinted|Republished|Courtesy)\b")
_FOOTER_LINE = re.compile(r"^[^\n]*(?:©|\(c\)|Copyright|All\s+rights\s+reserved)[^\n]*$", re.MULTILINE | re.IGNORECASE)


def _line_spans(text: str, n: int) -> list[tuple[int, int]]:
    """The spans of the first n non-empty lines."""
    out, pos = [], 0
    while len(out) < n and pos < len(text):
        end = text.find("\n", pos)
        end = len(text) if end < 0 else end
        if text[pos:end].strip():
            out.append((pos, end))
        pos = end + 1
    return out


def _page_outlet(text: str, mentions: list[Mention]) -> Mention | None:
    """The publication a page belongs to: the outlet named in its masthead (the first lines) or its copyright line,
    the one named most often when several are. A page that names one publication as such (its masthead, an "About ..."
    box, "published by", or else a copyright line) belongs to that one."""
    # (a first line in capitals may be a section's name, and a copyright line may name the publication's owner: each
    # is asked only when the page names no publication otherwise)
    for sources in (_OUTLET_SOURCES, ("masthead_caps",), ("copyright_outlet",)):
        named = {m.key or " ".join(m.text.lower().split()): m for m in mentions if (
            m.source in sources or sources is _OUTLET_SOURCES and m.source == "outlet" and "\n" not in text[: m.start].strip())
            and not _SOURCE_LINE.match(text, text.rfind("\n", 0, m.start) + 1)}
        if len(named) == 1:
            return next(iter(named.values()))
        if named:
            break
    # (the masthead: the short lines among the first four; an article's first paragraph is no masthead)
    # ("Original: Science and Technology Daily, 28 August": the source of a translation is not the page's outlet)
    short = [(a, b) for a, b in _line_spans(text, 4) if b - a < 100 and not _SOURCE_LINE.match(text, a)]
    short += [(f.start(), f.end()) for f in _FOOTER_LINE.finditer(text)]
    outlets = [m for m in mentions if m.ctype == "Organization" and m.type != "Event"
               and (any(a <= m.start < b for a, b in short)
                    or m.source in ("outlet", "outlet_published") and not _SOURCE_LINE.match(text, text.rfind("\n", 0, m.start) + 1))]
    if not outlets:
        return None
    counts: dict[str, int] = {}
    for m in mentions:
        if m.ctype == "Organization":
            counts[m.key or m.text] = counts.get(m.key or m.text, 0) + 1
    return max(outlets, key=lambda m: (counts.get(m.key or m.text, 0), -m.start))


def _credit_lines(text: str, mentions: list[Mention]) -> list[tuple[int, int]]:
    """The spans of a page's credit lines: "By ..." and "Reporting by ..." lines, and the bylines that open with the
    writer's name ("Hu Jiayi | 20 March 2025", "Guo Wenjing, Taiyuan | Wednesday", "Text: Zhu Yanqing | Editor: Pan Rui")."""
    spans = set()
    for m in mentions:
        if m.ctype in PERSON:
            a = text.rfind("\n", 0, m.start) + 1
            b = text.find("\n", m.end)
            b = len(text) if b < 0 else b
            if m.source == "byline" or b - a <= 220 and CREDIT_LINE.match(text, a, b):
                spans.add((a, b))
    return sorted(spans)


def _byline_outlet(text: str, mentions: list[Mention], found: list[Relation]) -> list[Relation]:
    """The people a page's credit lines name write for the page's outlet ("By Helen Zhou" on an AsiaTech Wire page),
    unless the text already says whose staff they are ("Nadia Brennan and Qiu Lan are Lantern's editors")."""
    lines = _credit_lines(text, mentions)
    if not lines:
        return []
    outlet = _page_outlet(text, mentions)
    if outlet is None:
        return []
    placed = {r.subject.key or r.subject.text for r in found if r.predicate == "affiliatedWith"}
    own = outlet.text.lower()
    out = []
    for a, b in lines:
        # (a credit line that names an organisation of its own, "By Zorvex Research", is that organisation's; the
        # outlet's own shorter name is no other organisation: "Source: Ganjiang Post | Editor: Wan Jie" under Ganjiang Post Online)
        inside = [m for m in mentions if a <= m.start < b]
        if any(m.ctype in ORG and m is not outlet and not own.startswith(m.text.lower()) for m in inside):
            continue
        out.extend(Relation(m, "affiliatedWith", outlet, a, b, "byline_outlet", 0.55, "author") for m in inside
                   if m.ctype in PERSON and (m.key or m.text) not in placed)
    return out


def _hosts_past_makers(rels: list[Relation]) -> list[Relation]:
    """"Qwen powers Tencent Yuanbao": a host named with its maker's name in front is the product, not the maker (the
    maker's name and the product are two mentions, and "Yuanbao" is Tencent's by "compound_developer")."""
    compound = {id(r.object): r.subject for r in rels if r.rule == "compound_developer"}
    if not compound:
        return rels
    out = []
    for r in rels:
        product = compound.get(id(r.object)) if r.predicate in ("integratedInto", "basedOn") and r.rule != "compound_developer" else None
        if product is not None and product is not r.subject:
            r = Relation(r.subject, r.predicate, product, r.start, r.end, r.rule, r.confidence, r.role)
        out.append(r)
    return out


class RelationComponent:
    def __init__(self, rules: RelationRules):
        self.rules = rules

    def __call__(self, doc: Doc) -> Doc:
        rels: list[Relation] = []
        text = doc_text(doc)
        previous: list[Mention] | None = None
        prev_end = -1
        last_event: Mention | None = None
        self.rules.recent_person = None
        self.rules._topic_org = self.rules._topic_model = None
        self.rules._founded = self.rules._raiser = None
        self.rules._pact_parties = []
        self.rules._opening_people, self.rules._they_others = [], []
        self.rules._recent_orgs = []
        self.rules._recent_policies = []
        self.rules._page_subject = _page_subject(mentions_of(doc))
        voice = _interview_voice(text, mentions_of(doc))
        for s, e, ms in sentences_with_mentions(doc, _with_voice(text, mentions_of(doc), voice) if voice is not None else mentions_of(doc)):
            # only the sentence right before, in the same paragraph, is a pronoun's context
            adjacent = previous is not None and "\n" not in text[prev_end:s] and len(text[prev_end:s]) < 3
            # (a description opening a paragraph, "The new model is built on ...", may go back to the paragraph before,
            # as in wire copy's short paragraphs: to its last sentence, when that ends a sentence)
            between = text[prev_end:s]
            # (or to a short heading line: "Who backs Shuyuan / Alibaba led the company's Series B")
            self.rules._across = previous if not adjacent and previous is not None and between.count("\n") <= 2 \
                and not between.strip() and (text[prev_end - 1 : prev_end] in ".!" or _is_heading(text, prev_end)) else None
            self.rules._voice_org = None
            if voice is not None and s >= voice[0]:
                rels.extend(_voice_relations(text, s, e, ms, voice[1], self.rules.role_after_org))
                self.rules._voice_org = voice[1]
            # ("Baidu met Geely in Beijing. The two will jointly build a car brand.": a sentence naming no one in between)
            gap = text[prev_end:s]
            if previous is not None and 3 <= len(gap) < 300 and "\n" not in gap and ("two" in gap or "oth " in gap):
                self.rules._the_two(text, prev_end, s, [], previous, rels)
            found = self.rules.sentence(text, s, e, ms, previous if adjacent else None)
            # "Baidu launched iRAG and Miaoda. Both are built on Baidu's ERNIE models.", "All three are built on MUSA."
            if previous and (pb := _PLURAL_BUILT.match(text, s)) is not None and "\n\n" not in text[prev_end:s]:
                n = _COUNT_WORDS.get((pb.group("n") or pb.group("n2") or pb.group("n3")).lower(), 2)
                base = next((m for m in ms if m.start >= pb.end() and m.ctype in MP), None)
                subjects = [m for m in previous if m.ctype in MP and m is not base][-n:]
                if base is not None and len(subjects) == n:
                    found.extend(Relation(m, "basedOn", base, s, e, "plural_built_on", 0.55) for m in subjects if m.text != base.text)
            if found and (h := _HEARSAY.match(text, s)) is not None:
                # ("Reports that God's Eye C uses Horizon's Journey 6M have not been confirmed", "Rumours that ...": what
                # a report, rumour or claim says is no fact of the text's)
                # (a possessive inside it is presupposed, not reported: "Horizon Robotics' Journey 6M" stays)
                found = [r for r in found if _start(r.subject) < h.end() and _start(r.object) < h.end() or "possessive" in r.rule]
            if found and (d := _DENIED_THAT.search(text, s, e)) is not None:
                # (a denial's subject and what comes before it stand; the clause denied, and the actor it names, do not)
                found = [r for r in found if _start(r.subject) < d.start() and _start(r.object) < d.start() or "possessive" in r.rule
                         or r.predicate in ("releaseDate", "date")]
            if found and "?" in text[s:e]:
                # ("Is M2 distilled from DeepSeek-R1?": a yes-no question asserts nothing)
                asks = [q.span() for q in _YES_NO.finditer(text, s, e)]
                found = [r for r in found if not any(a <= _start(r.subject) and _start(r.object) < b for a, b in asks)]
            rels.extend(found)
            # "Huang Tiejun, Chairman of BAAI; Professor, School of Computer Science": the person of the clause before
            if prev_end > 0 and ";" in text[prev_end - 1 : s] and ms and ms[0].ctype in ORG and self.rules.recent_person is not None \
                    and (rl := self.rules.role_lead.match(text, s)) and rl.end() == ms[0].start:
                rels.append(Relation(self.rules.recent_person, "affiliatedWith", ms[0], s, e, "role_after_semicolon", 0.55, rl.group("role").lower()))
            # "At the conference, Huawei drew large crowds": the event named last in the document involves the subject
            if last_event is not None and not any(m.ctype == "Event" for m in ms) and s - last_event.end < 3000:
                at = _AT_THE_EVENT.search(text, s, e)
                if at:
                    actor = next((m for m in self.rules.last_participants if m.ctype in ACTOR), None)
                    if actor is not None:
                        rels.append(Relation(last_event, "involves", actor, s, e, "at_the_event", 0.5))
                    # ("Foreign exhibitors at the conference included Tesla, BMW and Bosch": every one of them)
                    if (inc := _ATTENDEES_INCLUDED.search(text, s, e)) is not None:
                        rels.extend(Relation(last_event, "involves", m, s, e, "at_the_event", 0.5) for m in self.rules.last_participants
                                    if m.ctype in ACTOR and m.start >= inc.end() and m is not actor)
                    # ("Doubao-Seed-1.6, launched at the event, ...": what was shown there takes part too)
                    shown = next((m for m in ms if m.ctype in MP and m.end <= at.start() and _SHOWN_AT.fullmatch(text, m.end, at.start())), None)
                    if shown is not None:
                        rels.append(Relation(last_event, "involves", shown, s, e, "shown_at_the_event", 0.5))
                # "... guests attended the opening. Among them was Nobel laureate Geoffrey Hinton."
                elif _AMONG_THEM_OPENER.match(text, s) and "\n\n" not in text[max(0, s - 300) : s] and _ATTENDED.search(text, max(0, s - 300), s):
                    rels.extend(Relation(last_event, "involves", m, s, e, "among_the_guests", 0.5) for m in ms if m.ctype in ACTOR)
            last_event = next((m for m in reversed(ms) if m.ctype == "Event"), last_event)
            # (the first person of the sentence: mostly its subject, "Robin Li co-founded Baidu with Eric Xu")
            self.rules.recent_person = next((m for m in ms if m.ctype == "Person"), self.rules.recent_person)
            # ("Zhipu AI raised X. The company, spun out of Tsinghua, unveiled Y. The company also ...": Zhipu AI again)
            previous, prev_end = self.rules.last_participants or ms, e
            self.rules._recent_orgs = ([*self.rules._recent_orgs, *(m for m in ms if m.ctype in ORG)])[-40:]
            self.rules._recent_policies = ([*self.rules._recent_policies, *(m for m in ms if m.ctype in POLICY)])[-20:]
        gap = text[prev_end : prev_end + 300]
        if previous is not None and ("two" in gap or "oth " in gap):  # (the same, after the last sentence that names anyone)
            end = gap.find("\n")
            self.rules._the_two(text, prev_end, prev_end + (end if end >= 0 else len(gap)), [], previous, rels)
        nested = doc._.cakg_nested or []
        if nested:
            import bisect

            spans = doc._.cakg_sents or [(x.start_char, x.end_char) for x in doc.sents]
            starts = [a for a, _ in spans]
            for policy, inner in nested:
                if inner.ctype in ANY - POLICY:
                    s, e = spans[max(bisect.bisect_right(starts, policy.start) - 1, 0)]
                    rels.append(Relation(policy, "targets", inner, s, e, "target_in_policy_name", 0.7))
        rels.extend(_infobox_relations(text, mentions_of(doc), self.rules.infobox_keys, self.rules.infobox_subject_keys))
        if ":" in text:
            rels.extend(_entry_key_relations(text, mentions_of(doc), self.rules.table_keys))
            rels.extend(_deal_entries(text, mentions_of(doc)))
        if "|" in text:
            rels.extend(_table_relations(text, mentions_of(doc), self.rules.table_keys, self.rules.table_subject_keys, self.rules._page_subject))
        rels.extend(_notice_issuers(text, mentions_of(doc)))
        if "\n-" in text or "\n•" in text or "\n*" in text or "\n1" in text:
            rels.extend(_announced_sets(text, mentions_of(doc)))
        if "|" in text:
            rels.extend(_dated_line_issuers(text, mentions_of(doc)))
        if " - " in text or " – " in text or " — " in text:
            rels.extend(_participant_lines(text, mentions_of(doc), self.rules._page_subject))
        if "%" in text or "percent" in text:
            rels.extend(_holder_lines(text, mentions_of(doc), self.rules._page_subject))
        rels.extend(_units_of_named_parents(text, mentions_of(doc)))
        rels.extend(_titled_staff(text, mentions_of(doc), self.rules._page_subject))
        if "¹" in text:
            rels.extend(_author_affiliations(text, mentions_of(doc)))
        if "by " in text or "By " in text or ":" in text or "|" in text or "·" in text:
            rels.extend(_byline_outlet(text, mentions_of(doc), rels))
        if "genda" in text or "GENDA" in text or "rogram" in text or "ROGRAM" in text or "peakers" in text or "chedule" in text:
            rels.extend(_agenda_speakers(text, mentions_of(doc)))
        # a person issues a policy only as a holder of public office ("President Xi Jinping announced the Initiative",
        # "signed by President Joe Biden"), not as a firm's chief announcing its plan
        office = doc.user_data.get("cakg_office_holders", ())
        rels = [r for r in rels if not (r.predicate == "issuedBy" and r.object.ctype in PERSON and r.object.key not in office
                                        and not (_OFFICE_TITLE.match(r.object.text) or _OFFICE_TITLE_BEFORE.search(text, max(0, r.object.start - 40), r.object.start)))]
        doc._.cakg_relations = _hosts_past_makers(rels)
        return doc
