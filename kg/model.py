"""Plain data passed between the rooms of the pipeline: ingest -> extract -> graph -> store."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field


class KGError(Exception):
    """An error the CLI turns into one line: what went wrong and what to do."""

    def __init__(self, message: str, hint: str | None = None):
        super().__init__(message)
        self.hint = hint


class IngestError(KGError):
    """A file could not be read as a document."""

    def __init__(self, path: str, reason: str):
        super().__init__(f"{path}: {reason}")
        self.path = path
        self.reason = reason


def content_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


@dataclass
class Document:
    """One document read from a file (a .jsonl file gives one per line)."""

    path: str  # the source path; "file.jsonl#3" for the 3rd line of a JSONL file
    text: str  # the article text, boilerplate removed
    title: str | None = None
    date: str | None = None  # ISO: YYYY, YYYY-MM or YYYY-MM-DD
    url: str | None = None
    format: str = "txt"
    encoding: str = "utf-8"

    @property
    def id(self) -> str:
        """Content hash (first 16 hex digits of SHA-256 of the text): names the document's graph."""
        cached = self.__dict__.get("_id")
        if cached is None or cached[0] is not self.text:
            cached = self.__dict__["_id"] = (self.text, content_hash(self.text)[:16])
        return cached[1]

    @property
    def words(self) -> int:
        return len(self.text.split())


@dataclass
class EntityRef:
    """An entity as the extractors resolved it."""

    key: str  # stable local name of the res: IRI, e.g. "Alibaba_Cloud"
    name: str  # preferred label
    type: str  # contract class (or a declared subclass) in cakg:
    aliases: list[str] = field(default_factory=list)
    zh: str | None = None
    wikidata: str | None = None
    registered: bool = False  # True when it comes from the curated registry


@dataclass
class Fact:
    """A relation or a date the text states, with its evidence."""

    subject: str  # entity key
    predicate: str  # local name of a cakg: property
    object: str  # entity key, or an ISO date for releaseDate/date
    evidence: str  # the sentence
    start: int  # character offsets of the sentence in Document.text
    end: int
    rule: str
    confidence: float = 0.8
    role: str | None = None  # for affiliatedWith
    is_literal: bool = False


@dataclass
class Extraction:
    """What the extractors found in one document."""

    entities: dict[str, EntityRef] = field(default_factory=dict)
    facts: list[Fact] = field(default_factory=list)
    mentions: dict[str, int] = field(default_factory=dict)  # key -> number of mentions
    written: dict[str, set[str]] = field(default_factory=dict)  # key -> the names the document writes it with
