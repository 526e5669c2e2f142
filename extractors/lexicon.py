"""Load the cue-word and verb lexicons (rules/lexicon.toml) and turn them into compiled regexes."""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

import tomllib

RULES_DIR = Path(__file__).parent / "rules"
_VOWELS = set("aeiou")


def _third_person(w: str) -> str:
    if w.endswith(("s", "x", "z", "ch", "sh")):
        return w + "es"
    if w.endswith("y") and len(w) > 1 and w[-2] not in _VOWELS:
        return w[:-1] + "ies"
    return w + "s"


def _doubles(w: str) -> bool:
    return (
        3 <= len(w) <= 4
        and w[0] not in _VOWELS
        and w[-1] not in _VOWELS | set("wxy")
        and w[-2] in _VOWELS
        and w[-3] not in _VOWELS
    )


def _past(w: str) -> str:
    if w.endswith("e"):
        return w + "d"
    if w.endswith("y") and len(w) > 1 and w[-2] not in _VOWELS:
        return w[:-1] + "ied"
    return w + w[-1] + "ed" if _doubles(w) else w + "ed"


def _gerund(w: str) -> str:
    if w.endswith("ie"):
        return w[:-2] + "ying"
    if w.endswith("e") and not w.endswith("ee"):
        return w[:-1] + "ing"
    return w + w[-1] + "ing" if _doubles(w) else w + "ing"


def verb_forms(entry: str) -> set[str]:
    """All surface forms of a lexicon verb entry: 'roll out' -> roll(s|ed|ing) out; 'build|built' adds 'built'."""
    base, _, past = entry.partition("|")
    first, _, rest = base.partition(" ")
    tail = " " + rest if rest else ""
    forms = {base, _third_person(first) + tail, _gerund(first) + tail}
    forms.add(past if past else _past(first) + tail)
    return forms


def phrase_regex(phrases: list[str] | set[str]) -> str:
    """A non-capturing alternation of phrases, longest first, whitespace-tolerant."""
    alts = sorted({p.strip() for p in phrases if p.strip()}, key=len, reverse=True)
    return "(?:" + "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in alts) + ")"


def verbs_regex(entries: list[str]) -> str:
    forms: set[str] = set()
    for e in entries:
        forms |= verb_forms(e)
    return phrase_regex(forms)


@lru_cache(maxsize=1)
def load_lexicon(path: str | None = None) -> dict:
    with open(path or RULES_DIR / "lexicon.toml", "rb") as f:
        return tomllib.load(f)
