"""The curated entity registry (seeds/registry/*.jsonl): the gazetteer's names, aliases and known facts.

One JSON object per line, one file per group (companies, agencies, models, ...):

    {"id": "Alibaba_Cloud", "name": "Alibaba Cloud", "type": "Company", "aliases": ["Aliyun"],
     "zh": "阿里云", "wikidata": "Q...", "parent": "Alibaba_Group", "developer": null, "case_sensitive": false}

A person who holds national office may carry ``"country"`` (the id of a Place): "Premier Li Qiang" then reads as
affiliated with China.

Only ``id``, ``name`` and ``type`` are required. Blank lines and lines starting with ``#`` are skipped.
A malformed line is a :class:`~kg.model.KGError` naming the file and line.
"""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from kg.model import KGError
from kg.paths import REGISTRY_DIR
from kg.vocab import CLASSES

ENTITY_TYPES = frozenset(c for c in CLASSES if c not in ("Document", "Assertion"))
ID_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.\-]*$")
WIKIDATA_RE = re.compile(r"^Q[1-9][0-9]*$")
_KEYS = frozenset(
    {"id", "name", "type", "aliases", "zh", "wikidata", "parent", "developer", "country", "case_sensitive", "note"}
)
_OPTIONAL_STR = ("zh", "wikidata", "parent", "developer", "country")


@dataclass(frozen=True)
class RegistryEntry:
    id: str
    name: str
    type: str
    aliases: tuple[str, ...] = ()
    zh: str | None = None
    wikidata: str | None = None
    parent: str | None = None
    developer: str | None = None
    country: str | None = None  # a holder of national office: the country ("Li Qiang" -> China)
    case_sensitive: bool = False

    @property
    def surfaces(self) -> tuple[str, ...]:
        """The name and the aliases, without duplicates, name first."""
        return tuple(dict.fromkeys((self.name, *self.aliases)))


# -- normalisation ---------------------------------------------------------------------------------

_QUOTES = str.maketrans("\u2018\u2019\u201a\u201b\u2032\u201c\u201d\u201e\u201f\u2033", "'''''" + '"' * 5)
_THE = re.compile(r"^the\s+")
_NOT_ALNUM = re.compile(r"[\W_]+")  # what str.isalnum() rejects


@lru_cache(maxsize=1 << 16)  # the same names come back in every document
def norm_key(name: str) -> str:
    """A matching key: case-folded, straight quotes, no leading "the ", only letters and digits (CJK kept).

    >>> norm_key("Qwen 2.5-Max") == norm_key("qwen2.5 max") == "qwen25max"
    True
    >>> norm_key("The Cyberspace Administration of China")
    'cyberspaceadministrationofchina'
    """
    s = unicodedata.normalize("NFKC", name).translate(_QUOTES).casefold().strip()
    return _NOT_ALNUM.sub("", _THE.sub("", s))


def needs_case(surface: str, entry: RegistryEntry) -> bool:
    """Whether ``surface`` may only match with its exact case.

    True for case-sensitive entries, all-caps surfaces ("CAC", "U.S."), surfaces with at most three
    letters ("Yi", "o1", "01.AI") and the title-case names of policies and events ("AI Action Plan").
    """
    if entry.case_sensitive:
        return True
    letters = [c for c in surface if c.isalpha()]
    if len(letters) <= 3:
        return True
    if all(c.isupper() for c in letters if c.isascii()):
        return True
    # a policy's or an event's title is made of common words: "AI Action Plan" is the plan, "an AI action plan" any
    from kg.vocab import contract_class

    if contract_class(entry.type) in ("Policy", "Event"):
        words = [w for w in surface.split() if w.lower() not in _SMALL_WORDS]
        return len(words) >= 2 and all(w[:1].isupper() or w[:1].isdigit() or not w[:1].isalpha() for w in words)
    return False


_SMALL_WORDS = {"of", "for", "and", "the", "on", "in", "to", "a", "an", "with", "by", "at"}


# -- loading ---------------------------------------------------------------------------------------


def _entry(obj: object, where: str) -> RegistryEntry:
    if not isinstance(obj, dict):
        raise KGError(f"{where}: expected a JSON object, got {type(obj).__name__}")
    unknown = set(obj) - _KEYS
    if unknown:
        raise KGError(
            f"{where}: unknown field(s) {', '.join(sorted(unknown))}",
            hint=f"allowed fields: {', '.join(sorted(_KEYS))}",
        )
    for key in ("id", "name", "type"):
        value = obj.get(key)
        if not isinstance(value, str) or not value.strip():
            raise KGError(f"{where}: missing or empty {key!r}")
    eid, name, etype = obj["id"], obj["name"].strip(), obj["type"]
    if not ID_RE.match(eid):
        raise KGError(f"{where}: id {eid!r} is not IRI-safe (letters, digits, '_', '-', '.')")
    if etype not in ENTITY_TYPES:
        raise KGError(
            f"{where}: type {etype!r} is not a cakg: class",
            hint=f"use one of {', '.join(sorted(ENTITY_TYPES))}",
        )
    aliases = obj.get("aliases") or []
    if not isinstance(aliases, list) or not all(isinstance(a, str) for a in aliases):
        raise KGError(f"{where}: 'aliases' must be a list of strings")
    optional: dict[str, str | None] = {}
    for key in _OPTIONAL_STR:
        value = obj.get(key)
        if value is not None and (not isinstance(value, str) or not value.strip()):
            raise KGError(f"{where}: {key!r} must be a non-empty string or null")
        optional[key] = value
    if optional["wikidata"] is not None and not WIKIDATA_RE.match(optional["wikidata"]):
        raise KGError(f"{where}: wikidata {optional['wikidata']!r} is not a Q-id")
    case = obj.get("case_sensitive", False)
    if not isinstance(case, bool):
        raise KGError(f"{where}: 'case_sensitive' must be true or false")
    cleaned = tuple(dict.fromkeys(a.strip() for a in aliases if a.strip() and a.strip() != name))
    return RegistryEntry(id=eid, name=name, type=etype, aliases=cleaned, case_sensitive=case, **optional)


def load_registry(directory: Path | str | None = None) -> list[RegistryEntry]:
    """All entries of ``directory``'s ``*.jsonl`` files (default ``seeds/registry``), files in name order.

    A missing directory gives an empty registry; a bad line or an id used twice is a KGError.
    """
    root = Path(directory) if directory is not None else REGISTRY_DIR
    if not root.is_dir():
        return []
    entries: list[RegistryEntry] = []
    seen: dict[str, str] = {}
    for path in sorted(root.glob("*.jsonl")):
        try:
            text = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise KGError(f"{path}: cannot read registry file: {exc}") from exc
        for lineno, line in enumerate(text.splitlines(), 1):
            stripped = line.strip()
            if not stripped or stripped.startswith("#"):
                continue
            where = f"{path}:{lineno}"
            try:
                obj = json.loads(stripped)
            except json.JSONDecodeError as exc:
                raise KGError(f"{where}: invalid JSON: {exc.msg} (column {exc.colno})") from exc
            entry = _entry(obj, where)
            if entry.id in seen:
                raise KGError(f"{where}: duplicate id {entry.id!r}, first defined at {seen[entry.id]}")
            seen[entry.id] = where
            entries.append(entry)
    return entries

