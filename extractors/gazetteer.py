"""cakg_gazetteer: find the names of the curated registry (seeds/registry) with Aho-Corasick.

Matching runs on the raw text (ASCII case-folded, so offsets never shift), keeps whole-word matches only,
honours case-sensitive names (acronyms, short names, names that are also English words) and keeps the
leftmost-longest match where names overlap ("Alibaba Cloud" over "Alibaba").
"""

from __future__ import annotations

import re
import string

import ahocorasick
from spacy.language import Language
from spacy.tokens import Doc

from extractors.mentions import Mention, doc_text, mentions_of

_LOWER = str.maketrans(string.ascii_uppercase, string.ascii_lowercase)


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


class Gazetteer:
    def __init__(self, entries):
        self.entries = {e.id: e for e in entries}
        self.automaton = ahocorasick.Automaton()
        table: dict[str, list[tuple[str, str, bool]]] = {}
        from kg.registry import needs_case

        for e in entries:
            for surface in dict.fromkeys((e.name, *e.aliases)):
                if not surface.strip() or not matchable(surface, e.name):
                    continue
                table.setdefault(surface.translate(_LOWER), []).append((e.id, surface, needs_case(surface, e)))
        for low, values in table.items():
            self.automaton.add_word(low, (len(low), values))
        if table:
            self.automaton.make_automaton()
        self.size = len(table)

    def find(self, text: str) -> list[Mention]:
        if not self.size:
            return []
        low = text.translate(_LOWER)
        n = len(text)
        cands: list[tuple[int, int, str]] = []
        for end_idx, (length, values) in self.automaton.iter(low):
            start, end = end_idx - length + 1, end_idx + 1
            first, last = text[start], text[end - 1]
            if _is_word_char(first) and start > 0 and _is_word_char(text[start - 1]) and first.isascii():
                continue
            if _is_word_char(last) and end < n and _is_word_char(text[end]) and last.isascii():
                continue
            surface = text[start:end]
            for eid, form, case in values:
                if case and surface != form:
                    continue
                cands.append((start, end, eid))
                break
        cands.sort(key=lambda c: (c[0], c[0] - c[1]))
        out: list[Mention] = []
        last_end = -1
        for start, end, eid in cands:
            if start < last_end:
                continue
            e = self.entries[eid]
            out.append(Mention(start, end, text[start:end], e.type, key=eid, source="gazetteer"))
            last_end = end
        return out


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

    def __call__(self, doc: Doc) -> Doc:
        mentions_of(doc).extend(self.gazetteer.find(doc_text(doc)))
        return doc
