"""Pipe tables in flat text: a tracker's rows of measures, a leaderboard's rows of models.

A scraped page keeps an HTML table as lines of cells between "|" bars:

    | # | Instrument | Issuer(s) | Issued |
    |---|---|---|---|
    | 1 | Measures for ... | CAC; MIIT | 14 Mar 2025 |

A table is a header line and at least one row with as many cells, either under a rule of dashes or, without one,
two rows or more. A single line of bars ("Home | News | About") is a menu, not a table. The extractors read each row
as statements about the thing named in its subject column (relations.py: issuers, developers; dates.py: the date
column).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

_ROW = re.compile(r"^[ \t]*\|(?P<body>.*\|)[ \t]*$", re.MULTILINE)
_RULE_CELL = re.compile(r"\s*:?-{2,}:?\s*")
_INDEX_HEADERS = {"", "#", "no", "no.", "rank", "n", "nr", "item", "ref"}


@dataclass(frozen=True)
class Table:
    header: tuple[str, ...]  # normalised column names: "issuer(s)" -> "issuer", "Release date" -> "release date"
    rows: tuple[tuple[tuple[int, int], ...], ...]  # each row's cells as character spans of the text

    def column(self, names: set[str] | frozenset[str]) -> int | None:
        """The first column whose name is one of `names`."""
        return next((i for i, h in enumerate(self.header) if h in names), None)

    def first_named_column(self) -> int:
        """The first column that is not a row number."""
        return next((i for i, h in enumerate(self.header) if h not in _INDEX_HEADERS), 0)


def header_key(cell: str) -> str:
    """A column name as the lexicons spell it: lower case, "(s)" and closing punctuation dropped."""
    return re.sub(r"\s+", " ", cell.replace("(s)", "").replace("*", "").strip(" :.").lower())


def _cells(text: str, row: re.Match) -> tuple[tuple[int, int], ...]:
    start = row.start("body")
    out = []
    for part in row.group("body").split("|")[:-1]:
        a = start + len(part) - len(part.lstrip())
        b = start + len(part.rstrip())
        out.append((a, max(a, b)))
        start += len(part) + 1
    return tuple(out)


@lru_cache(maxsize=4)  # (relations and dates both read a document's tables)
def pipe_tables(text: str) -> tuple[Table, ...]:
    """The pipe tables of a text, in order."""
    if text.count("|") < 6:
        return ()
    out: list[Table] = []
    run: list[re.Match] = []

    def close() -> None:
        if len(run) < 2:
            return
        head = _cells(text, run[0])
        body = run[1:]
        ruled = all(_RULE_CELL.fullmatch(text, a, b) for a, b in _cells(text, body[0]))
        if ruled:
            body = body[1:]
        rows = tuple(c for c in (_cells(text, r) for r in body) if len(c) == len(head))
        if len(head) >= 2 and rows and (ruled or len(rows) >= 2):
            names = [text[a:b] for a, b in head]
            # a caption carrying the column names in brackets: "Services filed (province | entity | service | model):"
            if "(" in names[0] and ")" in names[-1] and ")" not in names[0] and "(" not in names[-1]:
                names[0] = names[0].rsplit("(", 1)[1]
                names[-1] = names[-1].rsplit(")", 1)[0]
            out.append(Table(tuple(header_key(n) for n in names), rows))

    for row in _ROW.finditer(text):
        if run and text.count("\n", run[-1].end(), row.start()) > 1:
            close()
            run = []
        run.append(row)
    close()
    return tuple(out)
