"""The shapes of a page's credit lines ("By Chen Lu | 20 March 2025", "Text: Zhu Yanqing | Editor: Pan Rui", "Staff
reporter Chen Wanqing |", "Helen Ma, Beijing |"), in one place for the three readers that need them: the cleaner keeps
such a line, the name reader reads the people it names, and the relation reader credits them to the page's outlet.

Plain regular expressions, no spaCy: `kg.ingest` imports this module before any pipeline is loaded."""

from __future__ import annotations

import re

_SP = r"[^\S\n]"  # a space within the line

# the words that credit someone before "by": "Written by", "Reporting by", "Hosted by", "Translated from Chinese by"
CREDIT_VERBS = (
    "Additional reporting", "Reporting", "reporting", "Editing", "Edited", "Written", "Translated", "Compiled", "Prepared",
    "Summary", "Illustration", "Illustrations", "Photo", "Photos", "Photographs", "Column", "Analysis", "Commentary",
    "Interview", "Interviews", "Interviewed", "Curated", "Reported", "Words", "Text", "Story", "Hosted", "Moderated",
    "Presented", "Produced", "Maintained",
)
CREDIT_BY = (rf"(?:{'|'.join(v.replace(' ', _SP + '+') for v in sorted(CREDIT_VERBS, key=len, reverse=True))}){_SP}+by"
             rf"|Translated{_SP}+from{_SP}+[A-Z][a-z]+{_SP}+by")
# a job title that credits the name after it: "Staff reporter Chen Wanqing"
STAFF_TITLE = rf"(?:[Ss]taff{_SP}+)?(?:[Rr]eporter|[Ww]riter|[Cc]orrespondent)"
# a field of a credit line: "Text: Zhu Yanqing", "Editors: ...", "Words: ..."
CREDIT_FIELD = r"(?:Text|Editor|Reporter|Author|Writer|Translator|Word|Analyst|Contributor)s?:"
# a writer's name as a credit line gives it, and where it was written ("Helen Ma, Beijing", "Helena Marsh in London")
WRITER = r"[A-Z][a-z]+(?:[ \-][A-Z][a-z]+){1,2}"
WRITER_PLACE = rf"(?:{_SP}+in{_SP}+[A-Z][a-z]+(?:{_SP}+[A-Z][a-z]+)?|,{_SP}*[A-Z][a-z]+(?:{_SP}+[A-Z][a-z]+)?)"

# a line that credits named people, read from its start
CREDIT_LINE = re.compile(
    # "By Chen Lu", "(Reporting by Ann Li; ...)", "Written by Elena Marsh", "Posted on May 3 by Marta Kowalski"
    rf"{_SP}*[(\[]?{_SP}*(?:By|by|{CREDIT_BY}|(?:Posted|Published)\b[^\n|·]{{0,40}}?{_SP}by){_SP}+[A-Z]"
    # "Sep 02, 2025 | By Chen Lu", "Analysis - by Kim Park", "Tuesday · Written by Elena Marsh"
    rf"|[^\n]*?[|·\-–—]{_SP}*(?:By|by|{CREDIT_BY}){_SP}+[A-Z][a-z]+{_SP}+[A-Z]"
    # "Source: Xinhua | Text: Zhu Yanqing | Editor: Pan Rui"
    rf"|[^\n]*?\b{CREDIT_FIELD}{_SP}*[A-Z]"
    # "Staff reporter Chen Wanqing | 2025-11-07"
    rf"|[^\n]*?\b{STAFF_TITLE}{_SP}+[A-Z][a-z]+{_SP}+[A-Z][a-z]+{_SP}*[|·]"
    # "Hu Jiayi | 20 March 2025", "Guo Wenjing, Taiyuan | Wednesday", "Helena Marsh in London and Zhou Yiting in Beijing |"
    rf"|{WRITER}{WRITER_PLACE}?(?:{_SP}+(?:and|&){_SP}+{WRITER}{WRITER_PLACE}?)?{_SP}*(?:,[^|·\n]{{1,30}})?[|·]"
)
