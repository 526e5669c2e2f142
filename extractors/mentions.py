"""The Mention record the components share, and the custom Doc attributes they write."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from spacy.tokens import Doc

# the contract class of each subclass the extractors assign
CONTRACT = {
    "LanguageModel": "AIModel",
    "Regulation": "Policy",
    "Country": "Place",
    "City": "Place",
}


# the head nouns a definite description of a model or a policy ends with ("The model", "The provisions")
MODEL_NOUNS = frozenset({"model", "chatbot", "app", "chip", "system", "assistant", "platform", "processor"})
POLICY_NOUNS = frozenset({"rules", "regulations", "measures", "guidelines", "law", "plan", "policy", "initiative", "provisions",
                          "framework", "standard", "draft", "document", "text", "notice", "circular"})
# a word before a policy noun that describes the policy rather than names its topic ("The revised measures", "The two rules")
DESCRIPTIVE_MODIFIER = (r"(?:three|four|five|latest|current|revised|updated|amended|proposed|national|central|provincial|municipal"
                        r"|local|same|earlier|previous|whole|entire|above|following|original|official|formal|full|complete|two)\b|[a-z]+ed\b")


def topic_fits(word: str, policy_name: str) -> bool:
    """"The labeling measures" can stand for the Measures for Labeling ... only: a topic word before the noun must be a
    word of the policy's name ("The export measures" are other measures)."""
    return word.lower()[:5] in policy_name.lower()


@dataclass
class Mention:
    start: int  # character offsets in doc.text
    end: int
    text: str
    type: str  # cakg class
    key: str | None = None  # registry id when the gazetteer knows the name
    source: str = "gazetteer"  # which rule found it
    name: str | None = None  # canonical name when it differs from the text (e.g. "US export controls")
    alias: str | None = None  # an extra alias to record
    ctype: str = field(init=False, repr=False, compare=False)  # the contract class of `type` (see retype)

    def __post_init__(self) -> None:
        self.ctype = CONTRACT.get(self.type, self.type)

    def retype(self, value: str) -> None:
        self.type = value
        self.ctype = CONTRACT.get(value, value)


# a firm's legal form at the end of its name, with the registering city before it: "Inspur Software Co., Ltd.",
# "Scanline Media (Chengdu) Co., Ltd." (the name without it is the firm's short name)
LEGAL_FORM = re.compile(r"(?:\s+\([A-Z][\w\s]{1,30}\))?(?:,?\s+(?:Co\.,?\s*Ltd\.?|Co\.,?\s*Limited|Co\.|Pte\.?\s+Ltd\.?|Ltd\.?|Limited|Inc\.?|Corp\.|LLC|plc|GmbH))+$")


# Layout patterns of listings that the date and relation components both read (as pattern strings)
# - a tracker entry's number or bullet before its opening date: "[4] ", "2. ", "- "
ENTRY_NUMBER = r"[ \t]*(?:\[\d{1,3}\]|\d{1,3}[.)]|[-•*–])?[ \t]*"
# - what may follow a name that is its line's title: the line's end, a bracket, a dash or a colon (not a verb)
TITLE_TAIL = r"[^\S\n]*(?:\n|$|[(\[—–:;|]|-\s)"
# - the title words of a participant list ("Wang Xing - Co-Founder, Chairman and Chief Executive Officer")
# the registry classes of places ("Place" and its kinds)
PLACE_TYPES = frozenset({"Place", "City", "Country", "Province", "Region"})
# the classes of bodies (who make, issue, own and employ)
BODY_TYPES = frozenset({"Company", "Organization", "ResearchInstitution", "GovernmentAgency"})
# words that open or make up a job title written in capitals ("Deputy Director-General", "Research Fellow")
TITLE_HEADS = frozenset({"deputy", "vice", "research", "senior", "chief", "associate", "assistant", "executive", "general", "managing",
                         "principal", "visiting", "honorary", "fellow", "founder", "co-founder", "professor", "lecturer", "partner"})
PARTICIPANT_TITLES = (r"(?:Officer|Chairman|Chairwoman|President|Founder|Co-Founder|Head|Director|Manager|Secretary|Analyst|Scientist|"
                      r"Engineer|Partner|Chief|CEO|CFO|CTO|COO)")


for _attr in ("cakg_mentions", "cakg_relations", "cakg_dates", "cakg_nested"):
    if not Doc.has_extension(_attr):
        Doc.set_extension(_attr, default=None)


def doc_text(doc: Doc) -> str:
    """doc.text, built once: spaCy rebuilds the string from the tokens on every access."""
    t = doc.user_data.get("cakg_text")
    if t is None:
        t = doc.user_data["cakg_text"] = doc.text
    return t


def token_ranges(doc: Doc, starts: list[int], ends: list[int]):
    """Tokens [i, j) covering each span of characters [start, end) (expanded to whole tokens): two arrays, i and j."""
    import numpy as np
    from spacy.attrs import IDX

    idx = doc.to_array(IDX)
    i = np.searchsorted(idx, starts, side="right") - 1
    j = np.maximum(np.searchsorted(idx, ends, side="left"), i + 1)
    return np.maximum(i, 0), j


def mentions_of(doc: Doc) -> list[Mention]:
    if doc._.cakg_mentions is None:
        doc._.cakg_mentions = []
    return doc._.cakg_mentions


def overlaps(a: Mention, b: Mention) -> bool:
    return a.start < b.end and b.start < a.end


def set_doc_ents(doc: Doc, mentions: list[Mention]) -> None:
    """Mirror the mentions into doc.ents (token-aligned; where they overlap the longest wins, as in spaCy's
    filter_spans), keeping entities set by earlier components."""
    if doc.has_annotation("ENT_IOB") and len(doc.ents):
        _set_doc_ents_spans(doc, mentions)
        return
    import numpy as np
    from spacy.attrs import ENT_IOB, ENT_KB_ID, ENT_TYPE

    n = len(doc)
    if not n:
        return
    first, last = token_ranges(doc, [m.start for m in mentions], [m.end for m in mentions])
    used = bytearray(n)
    kept = []  # (i, j, mention): longest first, then leftmost, then in the mentions' order (a stable sort)
    order = np.lexsort((first, first - last)).tolist()
    first, last = first.tolist(), last.tolist()
    for k in order:
        i, j = first[k], last[k]
        if 1 in used[i:j]:
            continue
        used[i:j] = b"\x01" * (j - i)
        kept.append((i, j, mentions[k]))
    ids = {s: doc.vocab.strings.add(s) for s in {m.type for m in mentions} | {m.key for m in mentions if m.key}}
    start = np.array([i for i, _, _ in kept], dtype="int64")
    size = np.array([j - i for i, j, _ in kept], dtype="int64")
    # every token of every kept span, span after span: [i, i+1, ..., j-1] each, in one array
    tokens = np.arange(size.sum()) + np.repeat(start - (np.cumsum(size) - size), size)
    arr = np.zeros((n, 3), dtype="uint64")
    arr[:, 0] = 2  # O
    arr[tokens, 0] = 1  # I
    arr[start, 0] = 3  # B
    arr[tokens, 1] = np.repeat(np.array([ids[m.type] for _, _, m in kept], dtype="uint64"), size)
    arr[tokens, 2] = np.repeat(np.array([ids.get(m.key, 0) for _, _, m in kept], dtype="uint64"), size)
    doc.from_array([ENT_IOB, ENT_TYPE, ENT_KB_ID], arr)


def _set_doc_ents_spans(doc: Doc, mentions: list[Mention]) -> None:
    from spacy.tokens import Span
    from spacy.util import filter_spans

    spans = list(doc.ents)
    first, last = token_ranges(doc, [m.start for m in mentions], [m.end for m in mentions])
    for i, j, m in zip(first.tolist(), last.tolist(), mentions, strict=True):
        spans.append(Span(doc, i, j, label=m.type, kb_id=m.key or ""))
    doc.ents = filter_spans(spans)


def sentences_with_mentions(doc: Doc, mentions: list[Mention], every: bool = False):
    """(start, end, mentions inside) for each sentence holding at least one mention (`every`: each sentence)."""
    spans = doc._.cakg_sents if Doc.has_extension("cakg_sents") and doc._.cakg_sents is not None else [
        (s.start_char, s.end_char) for s in doc.sents
    ]
    i = 0
    for s, e in spans:
        while i < len(mentions) and mentions[i].start < s:
            i += 1
        j = i
        while j < len(mentions) and mentions[j].end <= e:
            j += 1
        if j > i or every:
            yield s, e, mentions[i:j]
        i = j
