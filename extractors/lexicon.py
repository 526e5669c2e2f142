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


def finite_forms(entry: str) -> set[str]:
    """The one-word third-person and past forms of a verb entry ('draft' -> drafts, drafted): the forms that
    make a clause of the words around them."""
    base, _, past = entry.partition("|")
    if " " in base:
        return set()
    return {_third_person(base), past or _past(base)} - {""}


def phrase_regex(phrases: list[str] | set[str]) -> str:
    """A non-capturing alternation of phrases, longest first, whitespace-tolerant. A look-ahead for the phrases'
    first characters goes in front (same matches): the regex engine tries the alternatives one by one, and
    where none can start one test rejects them all."""
    alts = sorted({p.strip() for p in phrases if p.strip()}, key=len, reverse=True)
    body = "(?:" + "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in alts) + ")"
    if not alts:
        return body
    return "(?=[" + "".join(sorted({re.escape(p[0]) for p in alts})) + "])" + body


def verbs_regex(entries: list[str]) -> str:
    forms: set[str] = set()
    for e in entries:
        forms |= verb_forms(e)
    return phrase_regex(forms)


@lru_cache(maxsize=1)
def load_lexicon(path: str | None = None) -> dict:
    with open(path or RULES_DIR / "lexicon.toml", "rb") as f:
        return tomllib.load(f)


# -- a faster start for scanning regexes ---------------------------------------------------------------
# Python's regex engine tries every alternative of a pattern at every position of the text. A pattern
# that opens with "\b(?:...)" gets no help from the engine's own prefix search; a look-ahead for the
# characters that any match can start with rejects most positions with one cheap test (the date
# pattern scans 2.4x faster). The set is computed from the parsed pattern, so it stays right when the
# lexicon changes; patterns whose first character cannot be bounded are left as they are.
try:
    from re import _constants as _sc
    from re import _parser as _sp
except ImportError:  # Python < 3.11
    import sre_constants as _sc  # type: ignore[no-redef]
    import sre_parse as _sp  # type: ignore[no-redef]

_CATEGORY = {_sc.CATEGORY_DIGIT: r"\d", _sc.CATEGORY_WORD: r"\w", _sc.CATEGORY_SPACE: r"\s"}
_ZERO_WIDTH = {_sc.AT, _sc.ASSERT, _sc.ASSERT_NOT}
_REPEATS = {_sc.MAX_REPEAT, _sc.MIN_REPEAT, getattr(_sc, "POSSESSIVE_REPEAT", _sc.MAX_REPEAT)}


class _Unbounded(Exception):
    pass


def _char(c: int) -> str:
    return re.escape(chr(c))


def _first(items) -> tuple[set[str], bool]:
    """(class items a match of the sequence can start with, whether the sequence can match nothing)."""
    out: set[str] = set()
    for op, av in items:
        if op in _ZERO_WIDTH:
            continue
        if op == _sc.LITERAL:
            out.add(_char(av))
            return out, False
        if op == _sc.IN:
            for iop, iav in av:
                if iop == _sc.LITERAL:
                    out.add(_char(iav))
                elif iop == _sc.RANGE:
                    out.add(f"{_char(iav[0])}-{_char(iav[1])}")
                elif iop == _sc.CATEGORY and iav in _CATEGORY:
                    out.add(_CATEGORY[iav])
                else:
                    raise _Unbounded
            return out, False
        if op == _sc.BRANCH:
            nullable = False
            for alt in av[1]:
                chars, empty = _first(alt)
                out |= chars
                nullable = nullable or empty
            if not nullable:
                return out, False
            continue
        if op == _sc.SUBPATTERN:
            if av[1] or av[2]:  # inline flags such as (?i:...)
                raise _Unbounded
            chars, empty = _first(av[3])
            out |= chars
            if not empty:
                return out, False
            continue
        if op in _REPEATS:
            chars, empty = _first(av[2])
            out |= chars
            if av[0] > 0 and not empty:
                return out, False
            continue
        raise _Unbounded  # ANY, NOT_LITERAL, group references, ...
    return out, True


def fast_start(regex: re.Pattern) -> re.Pattern:
    """The same regex with a look-ahead for its possible first characters in front (same matches, faster scan)."""
    if regex.flags & re.IGNORECASE or regex.pattern.startswith("(?") and not regex.pattern.startswith(("(?:", "(?P", "(?=", "(?!", "(?<")):
        return regex
    try:
        chars, empty = _first(_sp.parse(regex.pattern, regex.flags))
    except _Unbounded:
        return regex
    if empty or not chars:
        return regex
    return re.compile(f"(?=[{''.join(sorted(chars))}])(?:{regex.pattern})", regex.flags)


def negation_regex(cues: list[str]) -> re.Pattern:
    """Negations and hedges as a case-free pattern; "may" only in lower case (the month is "May")."""
    neg = phrase_regex([c for c in cues if c != "may"])
    if "may" in cues:
        neg = "(?:" + neg + "|(?-i:may))"
    return re.compile(r"(?:^|\W)" + neg + r"(?:\W|$)", re.IGNORECASE)
