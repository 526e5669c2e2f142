"""The Mention record the components share, and the custom Doc attributes they write."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc


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


for _attr in ("cakg_mentions", "cakg_relations", "cakg_dates"):
    if not Doc.has_extension(_attr):
        Doc.set_extension(_attr, default=None)


def mentions_of(doc: Doc) -> list[Mention]:
    if doc._.cakg_mentions is None:
        doc._.cakg_mentions = []
    return doc._.cakg_mentions


def overlaps(a: Mention, b: Mention) -> bool:
    return a.start < b.end and b.start < a.end


def set_doc_ents(doc: Doc, mentions: list[Mention]) -> None:
    """Mirror the mentions into doc.ents (token-aligned), keeping entities set by earlier components."""
    from spacy.util import filter_spans

    spans = list(doc.ents)
    for m in mentions:
        span = doc.char_span(m.start, m.end, label=m.type, kb_id=m.key or "", alignment_mode="expand")
        if span is not None:
            spans.append(span)
    doc.ents = filter_spans(spans)


def sentences_with_mentions(doc: Doc, mentions: list[Mention]):
    """(start, end, mentions inside) for each sentence holding at least one mention."""
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
        if j > i:
            yield s, e, mentions[i:j]
        i = j
