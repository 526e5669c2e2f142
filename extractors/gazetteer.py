"""cakg_gazetteer: find the names of the curated registry (seeds/registry) with Aho-Corasick.

Matching runs on the raw text (case-folded without moving offsets), keeps whole-word matches only,
honours case-sensitive names (acronyms, short names, names that are also English words) and keeps the
leftmost-longest match where names overlap ("Alibaba Cloud" over "Alibaba").
"""

from __future__ import annotations

import re
import string

import ahocorasick
from spacy.language import Language
from spacy.tokens import Doc

from extractors.mentions import BODY_TYPES, Mention, doc_text, mentions_of

_LICENCE_AFTER = re.compile(r"[ \t]+[Ll]icen[cs]e|[ \t]*(?:\n|$)")
_CJK = re.compile(r"[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef]")
_LOWER = str.maketrans(string.ascii_uppercase, string.ascii_lowercase)


_HYPHEN_TYPES = frozenset({"AIModel", "LanguageModel", "Product"})
_HYPHEN = re.compile(r"(?<=[A-Za-z0-9])-(?=[A-Za-z0-9])")
_EDITION_YEAR = re.compile(r"[ \t](?:19|20)\d\d\b(?![\-–/]\d)")


def fold(s: str) -> str:
    """Lower-case `s` without moving any offset (str.lower is 10x faster than translate; a few letters such as
    'İ' grow when lower-cased, and then only ASCII letters are folded)."""
    low = s.lower()
    return low if len(low) == len(s) else s.translate(_LOWER)


def _is_word_char(c: str) -> bool:
    return c.isalnum() or c == "_"


_POSSESSIVE = re.compile(r"['’]s\b")
_TITLED = re.compile(
    r"^(?:(?:US|U\.S\.|Chinese|China's|Former|Vice|Deputy)\s+)*(?:President|Premier|Prime Minister|Minister|Chairman|"
    r"CEO|Secretary|Senator|Governor|Mayor|Dr\.|Professor|Mr\.|Ms\.)\s",
    re.IGNORECASE,
)


def matchable(surface: str, name: str) -> bool:
    """Surface forms the gazetteer looks for. A descriptive alias that swallows the words the relation rules
    read ("Google's Gemini", "China's State Council", "President Xi Jinping") is left to resolution instead."""
    if _POSSESSIVE.search(surface) and not _POSSESSIVE.search(name):
        return False
    return not (_TITLED.match(surface) and not _TITLED.match(name))


def _automaton(table: dict[str, list]):
    if not table:
        return None
    a = ahocorasick.Automaton()
    for key, values in table.items():
        a.add_word(key, (len(key), values))
    a.make_automaton()
    return a


class Gazetteer:
    def __init__(self, entries):
        self.entries = {e.id: e for e in entries}
        table: dict[str, list[tuple[str, str, bool]]] = {}
        from kg.registry import needs_case

        for e in entries:
            # the Chinese name too ("阿里云"): Chinese text has no spaces, and the match needs none
            for surface in dict.fromkeys((e.name, *e.aliases, *([e.zh] if e.zh and len(e.zh) >= 2 else []))):
                if not surface.strip() or not matchable(surface, e.name):
                    continue
                table.setdefault(fold(surface), []).append((e.id, surface, needs_case(surface, e)))
        # a model's or product's hyphens are as often written as spaces ("Hunyuan-Turbo", "Hunyuan Turbo"), where the
        # spaced form names nothing else
        for e in entries:
            if e.type in _HYPHEN_TYPES:
                for surface in (e.name, *e.aliases):
                    variant = _HYPHEN.sub(" ", surface)
                    if variant != surface and fold(variant) not in table and matchable(variant, e.name):
                        table[fold(variant)] = [(e.id, variant, needs_case(variant, e))]
        # Chinese names live apart: in the same automaton they make every search 3x slower, and English text
        # needs them not at all
        cjk: dict[str, list[tuple[str, str, bool]]] = {}
        for low in list(table):
            if _CJK.search(low):
                cjk[low] = table.pop(low)
        # Names matched only in their exact case ("US", "UN", "Intel") get an automaton of their own, run on the
        # original text: on the case-folded text they would hit inside every "industry" or "focus".
        exact: dict[str, list[tuple[str, str, bool]]] = {}
        for low, values in list(table.items()):
            if all(case for _, _, case in values):
                for v in values:
                    exact.setdefault(v[1], []).append(v)
                del table[low]
        self.automaton = _automaton(table)
        self.exact = _automaton(exact)
        self.cjk = _automaton(cjk)
        self.size = len(table) + len(exact) + len(cjk)

    def find(self, text: str) -> list[Mention]:
        if not self.size:
            return []
        low = fold(text)
        n = len(text)
        cands: list[tuple[int, int, str]] = []
        passes = [(self.automaton, low), (self.exact, text)]
        if self.cjk is not None and not text.isascii() and _CJK.search(text):
            passes.append((self.cjk, low))
        for automaton, haystack in passes:
            if automaton is None:
                continue
            for end_idx, (length, values) in automaton.iter(haystack):
                start, end = end_idx - length + 1, end_idx + 1
                first, last = text[start], text[end - 1]
                # whole words only; a Latin name right beside Chinese characters ("DeepSeek-R1模型") is whole
                if _is_word_char(first) and start > 0 and _is_word_char(text[start - 1]) and first.isascii() and text[start - 1].isascii():
                    continue
                if _is_word_char(last) and end < n and _is_word_char(text[end]) and last.isascii() and text[end].isascii():
                    continue
                if end < n and text[end] == "$" and length <= 3:  # a currency ("US$300 million", "HK$"), not a place
                    continue
                if last.isdigit() and end + 1 < n and text[end] == "." and text[end + 1].isdigit():
                    continue  # ("Step-3.5": a later version, not Step-3)
                if end + 4 < n and text[end] == "/" and text[end + 1 : end + 5].lower() == low[start : start + 4]:
                    continue  # a model hub's namespace ("Qwen/Qwen2.5-32B", "deepseek-ai/DeepSeek-R1"), not a name

                surface = text[start:end]
                if last in "opcd" and surface.endswith((" co", " corp", " inc", " ltd")):
                    continue  # a legal suffix is written capitalised ("iFlytek co-built it": a verb's prefix, not "iFlytek Co")
                if surface == "vivo" and text[max(0, start - 3) : start].lower() == "in ":
                    continue  # ("tested in vivo": Latin, not the phone maker vivo)
                if surface == "MIT" and (_LICENCE_AFTER.match(text, end) or text[max(0, start - 9) : start].endswith(("Modified ", "· ", "| "))):
                    continue  # ("Modified MIT", "MIT licence", "355B · MIT": a software licence, not the institute)
                if surface[:4] in ("the ", "The ") and not surface[4:].replace(".", "").isupper() and end + 1 < n and text[end] == " " and text[end + 1].isupper():
                    continue  # ("the West Lake Forum", "the Arctic Council": the start of a longer name, not the region; "the US Entity List" keeps the US)
                joined = end + 1 < n and text[end] == "-" and text[end + 1].isupper()
                for eid, form, case in values:
                    if case and surface != form:
                        continue
                    if joined and self.entries[eid].type in BODY_TYPES:
                        continue  # ("Qiushi-Med": a longer name that starts with a body's name, not that body)
                    cands.append((start, end, eid))
                    break
        # ("The UK government": a name with a leading article competes from after it, so "UK government" wins)
        cands.sort(key=lambda c: (c[0] + 4 if c[1] - c[0] > 4 and text[c[0] : c[0] + 4] in ("The ", "the ") else c[0], c[0] - c[1]))
        out: list[Mention] = []
        last_end = -1
        for start, end, eid in cands:
            if start < last_end:
                continue
            e = self.entries[eid]
            year = _EDITION_YEAR.match(text, end) if e.type == "Event" else None
            if year:  # "WAIC 2025": one edition of a recurring event is a node of its own
                end = year.end()
                out.append(Mention(start, end, text[start:end], e.type, source="event_edition"))
            else:
                out.append(Mention(start, end, text[start:end], e.type, key=eid, source="gazetteer"))
            last_end = end
        return self._in_context(out)

    def _in_context(self, found: list[Mention]) -> list[Mention]:
        """A bare short alias ("R1" for DeepSeek-R1) counts only in a document that also names the thing in full
        or its developer: elsewhere "R1" is as likely Unitree's robot."""
        short = [m for m in found if len(m.text) <= 3 and self.entries[m.key].developer]
        if not short:
            return found
        named = {m.key for m in found if len(m.text) > 3}
        drop = {id(m) for m in short if m.key not in named and self.entries[m.key].developer not in named}
        return [m for m in found if id(m) not in drop]


@Language.factory(
    "cakg_gazetteer",
    assigns=["doc._.cakg_mentions"],
    default_config={"registry_dir": None},
)
def make_gazetteer(nlp: Language, name: str, registry_dir: str | None):
    from kg.registry import load_registry

    return GazetteerComponent(Gazetteer(load_registry(registry_dir)))


class GazetteerComponent:
    def __init__(self, gazetteer: Gazetteer):
        self.gazetteer = gazetteer
        # holders of public office (people the registry gives a country): they may issue a policy under their bare name
        self.office_holders = frozenset(k for k, e in gazetteer.entries.items() if getattr(e, "country", None))

    def __call__(self, doc: Doc) -> Doc:
        mentions_of(doc).extend(self.gazetteer.find(doc_text(doc)))
        doc.user_data["cakg_office_holders"] = self.office_holders
        return doc
