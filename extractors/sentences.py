"""cakg_sentences: sentence boundaries at end punctuation and at line breaks.

Scraped pages put headlines, captions and list items on lines of their own with no final full stop;
spaCy's sentencizer would run them into the next paragraph, so a line break always ends a sentence here.
Boundaries are found with one regex over the text (abbreviations such as "Sept." or "Inc." do not end a
sentence) and written to the first token of each sentence, so `doc.sents` works as usual; the character
spans are also kept in `doc._.cakg_sents` for the components that work on character offsets.
"""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc

from extractors.mentions import doc_text, token_ranges

# a candidate boundary: end punctuation (+ closing quotes/brackets) then space before a capital, digit or quote;
# or a line break. Both start with a space or a closing mark: the look-ahead in front says so, and the scan
# skips every other position with that one test (same matches, faster)
_BOUNDARY = re.compile(r"(?=[\s\"”’')\]])(?:(?<=[.!?。！？;])(?P<close>[\"”’')\]]*)[^\S\n]+(?=[\"“‘'(\[]?[A-Z0-9])|\s*\n\s*)")
_ABBREV = {
    "mr", "mrs", "ms", "dr", "prof", "sr", "jr", "st", "vs", "no", "inc", "co", "corp", "ltd", "jan", "feb",
    "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "u.s", "u.k", "e.g", "i.e", "gen",
    "gov", "sen", "rep", "fig", "approx", "est", "dept", "univ", "a.m", "p.m", "etc", "al", "v", "pte", "bhd", "sdn",
}
_LAST_WORD = re.compile(r"([\w.]+)\.$")
# after a lone capital and a full stop a sentence still ends when a word that opens sentences (and no surname) follows:
# "its Series C. The round was led by ..." (but "John F. Kennedy")
_OPENER = re.compile(r"[\"“‘'(\[]?(?:The|This|That|These|Those|It|Its|He|She|They|Their|We|Our|In|On|At|But|And|After|Before|Since|Both|Each|There)\b")

if not Doc.has_extension("cakg_sents"):
    Doc.set_extension("cakg_sents", default=None)


def sentence_spans(text: str) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    start = 0
    for m in _BOUNDARY.finditer(text):
        if "\n" not in m.group():
            w = _LAST_WORD.search(text, max(start, m.start() - 12), m.start())
            if w and (w.group(1).lower() in _ABBREV or (len(w.group(1)) == 1 and w.group(1).isupper() and not _OPENER.match(text, m.end()))):
                continue
        end = m.end("close") if m.group("close") is not None else m.start()
        while end > start and text[end - 1].isspace():
            end -= 1
        if end > start:
            spans.append((start, end))
        start = m.end()
    end = len(text.rstrip())
    if end > start:
        spans.append((start, end))
    return spans


@Language.factory("cakg_sentences", assigns=["token.is_sent_start", "doc._.cakg_sents"], default_config={})
def make_sentences(nlp: Language, name: str):
    return split_sentences


def split_sentences(doc: Doc) -> Doc:
    spans = sentence_spans(doc_text(doc))
    doc._.cakg_sents = spans
    if len(doc):
        import numpy as np
        from spacy.attrs import SENT_START

        # one array write: setting token.is_sent_start token by token rescans the doc each time
        starts = np.full(len(doc), -1, dtype="int64")
        starts[0] = 1
        starts[token_ranges(doc, [s for s, _ in spans], [e for _, e in spans])[0]] = 1
        doc.from_array([SENT_START], starts.view("uint64").reshape(-1, 1))
    return doc
