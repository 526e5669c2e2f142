"""cakg_dates: dates in the text, resolved against the document's own date, attached to what they date.

"On Sept. 28" in an article of 2025-10-28 -> 2025-09-28; "in 2017" -> 2017; "a year ago" -> the year
before; a month with no year takes the document's year (the previous one when the month is later than the
document's). Precision is kept: a month gives YYYY-MM, a year gives YYYY. Without a document date, dates
that need one are left unresolved.

A date is attached to a model or product when a release verb ties them ("launched in September",
"On Sept. 28, Tencent released X"), to a policy when an issuing verb or "in" does ("the Plan in 2017"),
and to an event when it follows the event's name ("the Expo, Oct. 16, 2025") or the name holds a year.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.language import Language
from spacy.tokens import Doc

from extractors.lexicon import fast_start, load_lexicon, negation_regex, phrase_regex, verbs_regex
from extractors.mentions import (
    BODY_TYPES,
    DESCRIPTIVE_MODIFIER,
    ENTRY_NUMBER,
    POLICY_NOUNS,
    TITLE_TAIL,
    Mention,
    doc_text,
    mentions_of,
    sentences_with_mentions,
    topic_fits,
)
from extractors.tables import pipe_tables

MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9,
    "oct": 10, "nov": 11, "dec": 12,
}
MONTH = r"(?P<mon>Jan(?:uary|\.)?|Feb(?:ruary|\.)?|Mar(?:ch|\.)?|Apr(?:il|\.)?|May|June?|July?|Aug(?:ust|\.)?|Sept?(?:ember|\.)?|Oct(?:ober|\.)?|Nov(?:ember|\.)?|Dec(?:ember|\.)?)"
# the day or week of the document: "published this morning", "unveiled yesterday", "last week"
_RELATIVE_DAYS = r"today|this\s+morning|this\s+afternoon|this\s+evening|tonight|yesterday|last\s+night|(?:earlier\s+)?this\s+week|last\s+week"
_ABBR_BEFORE_YEAR = r"(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?(?=\s+(?:19|20)\d\d\b)"
# a weekday before a written-out date: "Monday, 17 November", "Tue 30 Sep"
_WEEKDAY_ABBR = r"(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)\.?"
_WEEKDAY = rf"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|{_WEEKDAY_ABBR})"
DATE_RE = re.compile(
    r"\b(?:"
    rf"(?P<iso>(?:19|20)\d\d-[01]\d-[0-3]\d)"
    # ("2023.06  Released Qingyu-7B", "| 2024-07 | Beijing ... |": a year and a month in figures)
    r"|(?P<ym>(?:19|20)\d\d)[./-](?P<ymm>0[1-9]|1[0-2])(?![\d])(?![./-]\d)"
    # ("June 20-22, 2025", "27–31 March 2025": a range of days is dated by its first day)
    # (a weekday before the date goes with it: "Monday, 17 November", "Tuesday, Sept. 30")
    rf"|(?:(?P<wda>{_WEEKDAY}),?\s+)?{MONTH}\s+(?P<day>[0-3]?\d)(?:st|nd|rd|th)?(?:\s*[–-]\s*[0-3]?\d)?\b(?:,?\s+(?P<year>(?:19|20)\d\d))?"
    # ("31 Dec 2021", "Sep 2024": an abbreviated month only with its year)
    rf"|(?:(?P<wdb>{_WEEKDAY}),?\s+)?(?:the\s+(?=[0-3]?\d(?:st|nd|rd|th)\s+of\s))?(?P<day2>[0-3]?\d)(?:st|nd|rd|th)?(?:\s*(?:[–-]|and|to)\s*[0-3]?\d(?:st|nd|rd|th)?)?\s+(?:of\s+)?(?P<mon2>January|February|March|April|May|June|July|August|September|October|November|December|{_ABBR_BEFORE_YEAR})(?:\s+(?P<year2>(?:19|20)\d\d))?"
    # ("Mon 1 Sep": a weekday before a day and an abbreviated month makes a date even with no year)
    # ("30 Sep - DeepSeek shipped ...": a day and an abbreviated month with no year, in a chronology, at a line's start or
    # after "on")
    rf"|(?:{_WEEKDAY_ABBR},?\s+|(?<=\bon\s)|(?<=^)|(?<=\n)|(?<=[*•-]\s))(?P<day6>[0-3]?\d)\s+(?P<mon6>Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?(?![a-z])"
    # "on the last day of September", "the first day of March 2024": that day of the month
    r"|(?:the\s+)?(?P<edge>first|last)\s+day\s+of\s+(?P<mon7>January|February|March|April|May|June|July|August|September|October|November|December)(?:,?\s+(?P<year7>(?:19|20)\d\d))?"
    # "in October last year", "March this year": a month of the year before or of this one
    rf"|(?P<mon4>January|February|March|April|May|June|July|August|September|October|November|December)\s+(?P<which>last|this|next)\s+year"
    # "last June": the latest June before the document's month; "this March": the document's year
    rf"|(?P<which5>last|this)\s+(?P<mon5>January|February|March|April|May|June|July|August|September|October|November|December)\b"
    rf"|(?:that\s+)?(?P<mon3>January|February|March|April|May|June|July|August|September|October|November|December|{_ABBR_BEFORE_YEAR}|Jan\.|Feb\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.)(?:\s+(?:of\s+)?(?P<year3>(?:19|20)\d\d))?"
    # "29/02/2024", "23.04.2025": day first, month first only when the first number cannot be a month
    r"|(?<![\w./])(?P<na>[0-3]?\d)(?P<nsep>[/.])(?P<nb>[0-3]?\d)(?P=nsep)(?P<ny>(?:19|20)\d\d)(?![\d]|[./]\d)"
    r"|(?P<range>\((?:19|20)\d\d\s*[-–]\s*(?:19|20)\d\d\))"
    r"|(?P<rel>(?:a|one|two|three|\d)\s+years?\s+ago(?:\s+this\s+month)?|last\s+year|this\s+year|earlier\s+this\s+year|next\s+year)"
    r"|(?P<relm>(?:earlier\s+)?this\s+month|last\s+month)"
    r"|(?P<ago>(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|\d{1,2})\s+(?P<unit>days?|weeks?|months?)\s+ago)"
    rf"|(?P<reld>\b(?:{_RELATIVE_DAYS})\b)"
    r"|(?P<year4>(?:19|20)\d\d)"
    r"|(?:(?<=\bon )|(?<=\blast )|(?<=\bthis ))(?P<wday>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"
    # (not the weekday of a date written out after it: "on Monday, 17 November")
    r"(?!,?\s+(?:the\s+)?(?:[0-3]?\d(?:st|nd|rd|th)?\s+(?:of\s+)?)?(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+[0-3]?\d\b"
    r"|,?\s+(?:the\s+)?[0-3]?\d(?:st|nd|rd|th)?\s+(?:of\s+)?(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\b)"
    r")",
    re.IGNORECASE,
)
_SUBJECT_GAP = re.compile(r"^\s*[,:—–-]?\s*(?:the\s+|The\s+)?$")
# ("On January 20, the day DeepSeek-R1 was released, ...": the date the apposition says is the release's)
_THE_DAY_GAP = re.compile(r"\s*,\s+(?:the|that)\s+(?:very\s+|same\s+)?day\s+(?:that\s+|when\s+)?")
# ("30 Sep - Zhipu's GLM-4.6 arrived": the subject after its maker's possessive)
_POSSESSOR_GAP = re.compile(r"^\s*[,:—–-]?\s*(?:the\s+|The\s+)?[A-Z][\w\-.&]*(?:\s+[A-Z][\w\-.&]*){0,3}['’]s?\s+(?:new\s+|latest\s+)?$")
# a date inside a clause between commas dates the clause: ", which rebranded in July,", ", spun out of X in 2019,",
# ", a startup founded in 2023,"
_IN_CLAUSE = re.compile(r",\s+(?:which|who|whose|(?:a|an|the)\s|(?:[a-z]+ed|spun|set|built|known|led|run|born|begun|grown)\b)[^,]*$")
_NUM = {"a": 1, "one": 1, "two": 2, "three": 3}
_NUM_WORDS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
              "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
              "eighteen": 18, "nineteen": 19, "twenty": 20}
_OPENER_END = re.compile(r"[^,.;\n]{0,25},")
_PARTICIPLE_OPENER = re.compile(
    r"\s*(?:(?:First|Jointly|Officially|Formally|Quietly)\s+)?(?:Released|Issued|Published|Adopted|Launched|Unveiled|Introduced|Announced|"
    r"Signed|Passed|Approved|Promulgated|Open-sourced|Debuted|Rolled\s+out|Enacted|Drafted|Proposed)\b"
)
_RIGHT_AFTER_OPENER = re.compile(r"[^,]{0,25},\s+(?:the\s+|its\s+|their\s+|this\s+|[\w\-]+['’]s\s+)?(?:new\s+|latest\s+|first\s+)?")
_DATELINE = re.compile(
    r"(?:^|\n)[^\S\n]*[A-Z][A-Z.'\-]+(?:[^\S\n]+[A-Z][A-Z.'\-]+){0,3},[^\S\n]+"
    r"(?P<date>(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?[^\S\n]+\d{1,2}(?:,[^\S\n]+\d{4})?)"
    r"[^\S\n]*(?:\([^()\n]{1,30}\)[^\S\n]*)?[—–-]"
)
_RELATIVE_DAY = re.compile(rf"(?i){_RELATIVE_DAYS}")
_TAKES_EFFECT_BEFORE = re.compile(r"\b(?:take|takes|took|taking|taken|come|comes|came|enter|enters|entered|go|goes|went)\s+(?:effect|into\s+(?:force|effect))\s+(?:on|from|in|as\s+of)?\s*$|\beffective\s+(?:on|from|as\s+of)?\s*$", re.I)
_USED_BEFORE = re.compile(r"\b(?:calls|calling|use|uses|using|used|adopt(?:s|ed|ing)?|integrat(?:e|es|ed|ing)|deploy(?:s|ed|ing)?"
                          r"|serv(?:e|es|ing)|offer(?:s|ing)?|host(?:s|ing)|support(?:s|ing)|runs|running|adds|adding"
                          r"|switch(?:es|ed)?\s+(?:(?:its|their|the)\s+(?:default\s+)?(?:model|engine|backend)\s+)?to|mov(?:es|ed)\s+to|migrat(?:es|ed)\s+to"
                          r"|tap(?:s|ped)?|embed(?:s|ded)?|plug(?:s|ged)?\s+in)\s+(?:the\s+|its\s+|their\s+|[\w\-]+['’]s\s+)?$", re.I)
_COMMA_AND = re.compile(r"\s*,\s+and\s+")
_PREP_OPENER = re.compile(r"\s*(?:At|On|In|During|Earlier|Later|Last|This|By|Ahead\s+of)\b")
# the subject's own verb, after an apposition: ", a reasoning model with open weights, is released"
# "followed in April by cheaper versions, ERNIE 4.5 Turbo and ...": the date of the versions named after it
_FOLLOWED_BY = re.compile(r"\s+by\s+(?:[\w\-]+\s+){0,6}?(?:versions?|models?|variants?|upgrades?|editions?|releases?)\b")
_CLAUSE_OWN_VERB = re.compile(r",\s+(?:which|that|who)\s+(?:(?:in|on|last|this|earlier)\s+)?$")
_BY_NAME_AFTER = re.compile(r"\s+by\s+(?:the\s+|its\s+)?[A-Z]")
_FOLLOWED_BEFORE = re.compile(r"\bfollowed\s+(?:(?:in|on)\s+)?$")
_PASSIVE_RELEASE = re.compile(r"(?:\s*,[^,;]{1,80},)?\s+(?:(?:is|was|are|were|has\s+been|have\s+been|gets|got|goes|went)\s+(?:(?:also|officially|formally|publicly|quietly|finally|first)\s+)?(?:released|launched|unveiled|open-sourced|published|introduced|rolled\s+out|made\s+available|live|online|announced|debuted)"
                              # ("29 September - DeepSeek-V3.2-Exp arrived, trained on top of V3.1-Terminus")
                              r"|(?:arrived|arrives|landed|lands|debuted|debuts|shipped|ships)(?!\s+with))\b")
_ENTRY_DATE = re.compile(r"[ \t]*(?:[-•*–][ \t]*)?")  # where an entry's opening date starts
# the rest of a line that opens with an entry's date: nothing, or a category after a bar ("| Product")
# ("Issue 47 | Friday, 17 May 2024": a newsletter issue's number before its date line)
_ENTRY_DATE_PREFIX = re.compile(r"[ \t]*(?:(?:Issue|No\.|Number|Vol\.?|Volume|Edition|Episode)[ \t]*#?[ \t]*\d{1,4}[ \t]*[|·•—–:,\-][ \t]*)?", re.I)
_ENTRY_DATE_REST = re.compile(r"[ \t]*(?:[|·•][^\n.]{0,40})?[ \t]*(?:\n|$)")
_NOT_UNTIL = re.compile(r"\b(?:until|till)\b")
# "Xiaomi's MiMo-7B (end of April)", "Qwen3 (April 2025)": a date in brackets right after a model's name
# ("the Insta360 X5 camera (launched in April last year)", "GLM-4.5 (open-weight model, released July 2025)": past a head noun, and
# past a description when a release verb follows it)
# ("Qwen2 open-weight models (released earlier this month)", "Kling video generation model (opened to public users on 6 June)")
_PAREN_DATE_GAP = re.compile(r"(?:[^\S\n]+(?:[a-z][\w\-]*[^\S\n]+){0,3}?(?:model|camera|glasses|phone|smartphone|chip|card|robot|humanoid|app|assistant|chatbot|headset|device|car|speaker|watch|tablet|laptop|agent|processor|accelerator|series|family)s?)?[^\S\n]*\(\s*(?:(?:[^(),;\n]{1,40},\s*)?(?:released|launched|out|unveiled|introduced|debuted|opened\s+to\s+(?:the\s+)?(?:public\s+)?(?:users|the\s+public|everyone))\s+)?(?:(?:in|on|earlier)\s+)?(?:(?:the\s+)?(?:end|start|beginning|middle)\s+of\s+|(?:early|late|mid)[\s-]*)?")
_AT_EVENT_GAP = re.compile(r"(?:\s*,[^;.]{1,100},)?\s+at\s+(?:the\s+|its\s+|their\s+|this\s+year['’]s\s+)?(?:[\w\-]+\s+){0,3}?")
_VERB_THEN_OBJECT = re.compile(r"\b\w+(?:ed|t)\s+(?:its\s+|their\s+|the\s+|a\s+|an\s+)?(?:new\s+|latest\s+)?$")
# "Tencent last Thursday made ...": the date right after a sentence-opening name opens the sentence as a short prefix would
_NAME_DATE_GAP = re.compile(r"\s+(?:(?:on|last|this|in|early|late)\s+)?")
_MADE_BEFORE = re.compile(r"\s*,?\s+(?:(?:has|have|had|also|finally|officially)\s+)?made\s+(?:its\s+|their\s+|the\s+)?(?:new\s+)?")
_AVAILABLE_AFTER = re.compile(r"[^.;]{0,60}?\b(?:available|accessible|free)\b")
_MODEL_HUB = re.compile(r"Hugging\s+Face|GitHub|ModelScope|Gitee")
# ("on Hugging Face and ModelScope last Thursday": the second of two platforms too)
_ON_PLATFORM_BEFORE = re.compile(r"(?<!built )(?<!based )(?<!trained )(?<!runs )(?<!running )(?<!run )(?<!tuned )\b(?:on|via|through|onto|inside)\s+(?:the\s+|its\s+|their\s+)?"
                                 r"(?:(?-i:[A-Z])[\w\-]*(?:\s+(?-i:[A-Z])[\w\-]*){0,2}\s+(?:and|or)\s+(?:the\s+)?)?$")
# an entry's opener: dates, their keys ("Issued:", "Effective:"), a CJK date's words, brackets and slashes, then a dash
_ENTRY_SEP = re.compile(r"[^\S\n]+[—–][^\S\n]+|[^\S\n]+-{1,2}[^\S\n]+")
_ENTRY_KEYS = r"issued|effective|published|adopted|released|announced|date|in\s+force|from"
_ENTRY_RESIDUE = re.compile(rf"[\s/|,;()·•*\-\d年月日]*(?:(?:{_ENTRY_KEYS}|updated)\s*:?[\s/|,;()·•*\-\d年月日]*)*", re.I)
_ENTRY_KEY_BEFORE = re.compile(rf"({_ENTRY_KEYS})\s*:?\s*$", re.I)
_EFFECTIVE_KEY_BEFORE = re.compile(r"(?:effective|in\s+force(?:\s+from)?)\s*:\s*$", re.I)
# "Ant Group hosted the", "the city held its": a verb of holding an event right before it
_HOSTED_BEFORE = re.compile(r"\b(?:hosted|co-hosted|held|staged|organi[sz]ed|co-organi[sz]ed|convened|kicked\s+off|opened)\s+(?:the\s+|its\s+|their\s+|a\s+|an\s+)?$")
_INTENT = re.compile(r"\b(?:would|will|plans?\s+to|planned\s+to|intends?\s+to|aims?\s+to|is\s+to|are\s+to|is\s+set\s+to|expects?\s+to)\b")
_HEADING_REST = re.compile(r"[^\S\n]*(?:\([^()\n]{1,40}\))?[^\S\n]*")
_KEY_WORD = re.compile(r"[^\S\n]*(?:(?:Dates?|When|Held|Issued|Released)\s*:\s*)?")
_CLAUSE_START_BEFORE = re.compile(r"(?:,\s+(?:and|but|while|then)|;)\s+(?:on\s+|in\s+)?$")
# (lower case, run on the lower-cased text: a case-free alternation searched in every sentence is 3x slower)
_COLON_LIST = re.compile(r"(?:\s+(?:models?|versions?|variants?|chips?|products?|systems?))?\s*:\s+")
_LATER_CUE = fast_start(re.compile(r"later|within\s+hours|after\s+that|afterwards|next\s+day|following\s+day|same\s+day|same\s+week|later\s+that\s+week|mid-month|end\s+of\s+the\s+month|on\s+the\s+[0-3]?\d(?:st|nd|rd|th)\b"))
_LATER = re.compile(
    r"\b(?:(?P<n>a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+(?P<unit>days?|weeks?)\s+(?:later|after\s+that|afterwards)"
    r"|(?P<next>the\s+(?:next|following)\s+day|a\s+day\s+later)"
    r"|(?P<same>(?:on\s+)?(?:the|that)\s+same\s+day|(?:a\s+few\s+|two\s+|three\s+)?hours\s+later|later\s+(?:that|the\s+same)\s+day|within\s+hours)"
    r"|(?P<month>later\s+(?:that|the\s+same)\s+month|later\s+that\s+week|(?:in\s+)?(?:the|that)\s+same\s+week|mid-month|(?:at\s+)?the\s+end\s+of\s+the\s+month)"
    r"|(?<=\bon\s)the\s+(?P<nth>[0-3]?\d)(?:st|nd|rd|th)\b(?!\s+of\s+[A-Z]))", re.I)
_YEAR_LINE = re.compile(r"^[ \t]*((?:19|20)\d\d)[ \t]*:?[ \t]*$", re.MULTILINE)
# The same pattern lower-cased, run case-sensitively on the lower-cased text: 3x faster than IGNORECASE. One scan
# per document; each sentence then takes its slice of the matches.
_DATE_LOW = fast_start(re.compile(re.sub(r"(?<!\(\?)[A-Z]", lambda m: m.group().lower(), DATE_RE.pattern)))


def _finest(facts: list[DateFact]) -> list[DateFact]:
    """"JANUARY — Zhipu unveiled GLM-4 at its developer day on 16 January": of two dates one sentence gives a name, one
    refining the other, the finer stands."""
    if len(facts) < 2:
        return facts
    values: dict[tuple, set[str]] = {}
    for f in facts:
        values.setdefault((f.entity.key or f.entity.text, f.predicate), set()).add(f.value)
    return [f for f in facts if not any(v != f.value and v.startswith(f.value + "-") for v in values[(f.entity.key or f.entity.text, f.predicate)])]


# ("At this year's BAAI Conference, held in Beijing on 6 June, ...": the event's own participle clause)
_HELD_CLAUSE = re.compile(r",\s+(?:held|hosted|staged|organi[sz]ed)\b[^,]*$")
_ITS_DEBUT_BEFORE = re.compile(r"\b(?:since|after|before|at|with)\s+(?:its|their)\s+(?:public\s+|official\s+|first\s+)?(?:debut|launch|release|introduction|unveiling)\s+(?:in|on)\s+$")
_TOGETHER_WITH_AFTER = re.compile(r"[^.;]{0,90}?,\s+(?:together|along)\s+with\s+(?:the\s+|its\s+|a\s+)?(?:new\s+)?")
# the agents of a passive issue: "by the Ministry of Industry and Information Technology (MIIT)", "by the CAC, MIIT and
# the MPS", "by the CAC and six other departments", "by Premier Li Qiang"
_AGENT = r"(?:the\s+)?(?:(?:Premier|President|Vice\s+Premier|Minister)\s+)?[A-Z][\w.\-'’]*(?:\s+(?:of\s+|and\s+|for\s+|on\s+)?[A-Z][\w.\-'’]*){0,8}(?:\s*\([^()]{1,20}\))?"
_AGENTS = rf"{_AGENT}(?:(?:\s*,\s*(?:and\s+)?|\s+and\s+)(?:{_AGENT}|(?:\w+\s+)?other\s+(?:agencies|ministries|departments|regulators|bodies)))" + "{0,6}"
# "In September came Yi-Coder", "Then, in April 2023, came the C1200 series": the subject after its verb
_CAME_INVERSION = re.compile(r"\s*,?\s+(?:came|arrived|followed)\s+(?:the\s+|its\s+|their\s+)?")
_APPOSITION_AND = re.compile(r"\s*,\s+(?:a|an|the|its)\s+[^,;.()\n]{1,80},\s+and\s+(?:the\s+|its\s+|a\s+)?")
_OPEN_QUOTES = ("\"", "“")
_CLOSE_QUOTES = ("\"", "”")
_MONTH_HEAD_AFTER = re.compile(r"[^\S\n]*(?::|[—–]|-\s)")


def date_matches(text: str) -> list[re.Match]:
    """Every date expression in `text` (group values lower-cased, offsets those of `text`)."""
    low = text.lower()
    if len(low) != len(text):  # a few non-ASCII letters change length when lower-cased
        return list(DATE_RE.finditer(text))
    return list(_DATE_LOW.finditer(low))


_LAST_YEARS = re.compile(r"\blast\s+year['’]s\s+(?:the\s+)?$", re.IGNORECASE)


@dataclass
class DateMention:
    start: int
    end: int
    value: str  # ISO of its precision


@dataclass
class DateFact:
    entity: Mention
    predicate: str  # releaseDate | date
    value: str
    start: int  # sentence offsets
    end: int
    rule: str
    confidence: float


def _month(s: str) -> int:
    return MONTHS[s.lower().rstrip(".")[:4] if s.lower().startswith("sept") else s.lower().rstrip(".")[:3]]


_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


def _weekday_of(year: int, month: int, day: int) -> int | None:
    import datetime as dt

    try:
        return dt.date(year, month, day).weekday()
    except ValueError:
        return None


def resolve(m: re.Match, doc_date: str | None, own_date: bool = True, future: bool = False) -> str | None:
    """The ISO value of one date match, or None when it needs a document date that is missing. A weekday
    ("on Friday") is the latest such day up to the document's date, and needs a date of the document's own.
    In a sentence about the future ("will be held in July") a month or weekday without a year comes next, not last."""
    dy = int(doc_date[:4]) if doc_date else None
    dm = int(doc_date[5:7]) if doc_date and len(doc_date) >= 7 else None
    g = m.groupdict()
    if g.get("wday"):
        if not own_date or not doc_date or len(doc_date) < 10:
            return None
        import datetime as dt

        day = dt.date.fromisoformat(doc_date[:10])
        back = (day.weekday() - _WEEKDAYS.index(g["wday"].lower())) % 7
        if m.string[m.end() : m.end() + 13].lower() in (" of last week", " last week") or m.string[m.end() : m.end() + 10].lower() == " last week":
            # ("on Wednesday of last week", "on Tuesday last week": that day of the calendar week before)
            wd = _WEEKDAYS.index(g["wday"].lower())
            return (day - dt.timedelta(days=day.weekday() + 7 - wd)).isoformat()
        if not back and m.string[max(0, m.start() - 5) : m.start()].lower() == "last ":
            back = 7  # ("Last Friday" on a Friday: the week before)
        if m.string[max(0, m.start() - 5) : m.start()].lower() == "this ":
            # ("opens this Thursday": the Thursday of the document's week, Monday to Sunday)
            return (day + dt.timedelta(days=_WEEKDAYS.index(g["wday"].lower()) - day.weekday())).isoformat()
        if future:
            return (day + dt.timedelta(days=(7 - back) % 7)).isoformat()
        return (day - dt.timedelta(days=back)).isoformat()
    if g["iso"]:
        return g["iso"]
    if g.get("ym"):
        return f"{g['ym']}-{g['ymm']}"
    if g.get("ny"):
        a, b = int(g["na"]), int(g["nb"])
        day, month = (b, a) if b > 12 >= a else (a, b)
        return f"{g['ny']}-{month:02d}-{day:02d}" if 1 <= month <= 12 and 1 <= day <= 31 else None
    if g["range"]:
        return re.search(r"(?:19|20)\d\d", g["range"]).group()
    if g["rel"]:
        if dy is None:
            return None
        r = g["rel"].lower()
        if "ago" in r:
            y = dy - _NUM.get(r.split()[0], int(r.split()[0]) if r.split()[0].isdigit() else 1)
            # ("a year ago this month": that month of the year before)
            return f"{y:04d}-{dm:02d}" if r.endswith("month") and dm else str(y)
        return str(dy - 1 if r.startswith("last") else dy + 1 if r.startswith("next") else dy)
    if g.get("ago"):
        # "two weeks ago", "three days ago": the day; "ten months ago": the month
        if not own_date or not doc_date or len(doc_date) < 10:
            return None
        import datetime as dt

        w = g["ago"].split()[0].lower()
        n = int(w) if w.isdigit() else _NUM_WORDS.get(w, 1)
        unit = g["unit"].lower()
        day = dt.date.fromisoformat(doc_date[:10])
        if unit.startswith("day"):
            return (day - dt.timedelta(days=n)).isoformat()
        if unit.startswith("week"):
            # (the day itself: a reader who writes only the month still matches, as the day agrees with it)
            return (day - dt.timedelta(days=7 * n)).isoformat()
        y, mo = divmod(day.year * 12 + day.month - 1 - n, 12)
        return f"{y:04d}-{mo + 1:02d}"
    if g.get("reld"):
        # "published this morning", "unveiled yesterday": the day itself; "last week": its month
        if not own_date or not doc_date or len(doc_date) < 10:
            return None
        import datetime as dt

        day = dt.date.fromisoformat(doc_date[:10])
        r = g["reld"].lower()
        if "week" in r:
            return (day - dt.timedelta(days=7 if r.startswith("last") else 0)).isoformat()[:7]
        return (day - dt.timedelta(days=1 if r in ("yesterday", "last night") else 0)).isoformat()
    if g.get("relm"):
        if dy is None or dm is None:
            return None
        if g["relm"].lower().startswith("last"):
            y, mo = (dy, dm - 1) if dm > 1 else (dy - 1, 12)
            return f"{y:04d}-{mo:02d}"
        return f"{dy:04d}-{dm:02d}"
    if g["year4"]:
        return g["year4"]
    if g.get("mon5"):
        if dy is None or dm is None:
            return None
        month = _month(g["mon5"])
        if g["which5"].lower() == "this":
            return f"{dy:04d}-{month:02d}"
        return f"{dy if month < dm else dy - 1:04d}-{month:02d}"
    if g.get("mon4"):
        if dy is None:
            return None
        w = g["which"].lower()
        return f"{dy - 1 if w == 'last' else dy + 1 if w == 'next' else dy:04d}-{_month(g['mon4']):02d}"
    mon = g["mon"] or g["mon2"] or g["mon3"] or g["mon6"] or g["mon7"]
    day = g["day"] or g["day2"] or g["day6"]
    year = g["year"] or g["year2"] or g["year3"] or g["year7"]
    month = _month(mon)
    if year is None:
        if dy is None:
            return None
        if future:
            year = dy + 1 if dm is not None and month < dm else dy
        else:
            year = dy - 1 if dm is not None and month > dm else dy
        # ("When: Thursday 16 April" in a March 2026 listing): a weekday written with the day picks the year it falls in
        wd = g.get("wda") or g.get("wdb")
        if wd and day and 1 <= int(day) <= 31:
            want = [w[:3] for w in _WEEKDAYS].index(wd[:3].lower())
            fits = [y for y in (year, year + 1, year - 1) if _weekday_of(y, month, int(day)) == want]
            if fits:
                year = fits[0]
    if g["edge"]:
        import calendar

        day = 1 if g["edge"].lower() == "first" else calendar.monthrange(int(year), month)[1]
    if day and 1 <= int(day) <= 31:
        return f"{int(year):04d}-{month:02d}-{int(day):02d}"
    return f"{int(year):04d}-{month:02d}"


_FULL_DATE = re.compile(
    rf"\b(?:(?P<iso>(?:19|20)\d\d-[01]\d-[0-3]\d)|{MONTH}\s+(?P<day>[0-3]?\d)(?:st|nd|rd|th)?,?\s+(?P<year>(?:19|20)\d\d)"
    r"|(?P<day2>[0-3]?\d)\s+(?P<mon2>January|February|March|April|May|June|July|August|September|October|November|December)\s+(?P<year2>(?:19|20)\d\d))\b"
)


_DEADLINE_BEFORE = re.compile(r"\b(?:until|till|through|by|before|to|ends?|ending|expires?|deadline(?:\s+of)?)\s+$", re.I)


def reference_date(text: str) -> str | None:
    """For a page with no date of its own: the latest full date it cites (YYYY-MM-DD), else None.

    Relative dates ("On Sept. 28", "a year ago") are then read against it; it is not the document's own date.
    """
    best = None
    for m in _FULL_DATE.finditer(text):
        if _DEADLINE_BEFORE.search(text, max(0, m.start() - 16), m.start()):
            continue  # "They will run until Dec. 31, 2027": a deadline, not the time of writing
        if m.group("iso"):
            v = m.group("iso")
        elif m.group("day2"):  # "8 December 2025"
            v = f"{int(m.group('year2')):04d}-{_month(m.group('mon2')):02d}-{int(m.group('day2')):02d}"
        else:
            v = f"{int(m.group('year')):04d}-{_month(m.group('mon')):02d}-{int(m.group('day')):02d}"
        if best is None or v > best:
            best = v
    return best


# the clause after "Name," that describes it: a participle or an article opening it ("fine-tuned from ...", "a model by ...")
_CLAUSE_CLOSE_VERB = re.compile(r",\s+(?:was|were|is|had\s+been|has\s+been)\b|,\s+(?:on|in)\s*$")
_APPOSITION_OPEN = re.compile(r",[^\S\n]+(?:a|an|the|its|which|that|[a-z][\w\-]*(?:ed|en))\b")


def _appositive_head(text: str, s: int, before: list, date_start: int):
    """(the mention, the offset of the clause's closing comma) when the last mention before a date stands in a comma clause
    describing an earlier model or product of the sentence and the clause closes right before a verb."""
    last = before[-1]
    close = text.find(",", last.end, date_start)
    if close < 0 or text[last.end : close].strip() or not _CLAUSE_CLOSE_VERB.match(text, close, date_start):
        return None
    opening = text.rfind(",", s, last.start)
    if opening < 0 or not _APPOSITION_OPEN.match(text, opening):
        return None
    head = next((x for x in reversed(before) if x.end <= opening), None)
    if head is None or head.ctype not in ("AIModel", "Product") or text[head.end : opening].strip():
        return None
    return head, close


_BOTH_AFTER = re.compile(r"\s*,\s+(?:both|each)\b")
_PAIR_GAP = re.compile(r"(?:\s+[a-z][\w\-]*){0,3}\s+and\s+(?:(?:its|the|their|a|an)\s+)?(?:[a-z][\w\-]*\s+){0,3}")


class DateRules:
    def __init__(self, lexicon: dict | None = None):
        lex = lexicon or load_lexicon()
        table = lex.get("table", {})
        self.table_date_keys = set(table.get("dates", ()))
        self.table_subject_keys = set(table.get("subject_names", ()))
        # (and, for dates only, "appeared in June 2023", "shown in 2019": a first showing dates a release; the verbs are too
        # common to find names after them)
        rel = verbs_regex(lex["verbs"]["release_cue"] + ["debut", "appear|appeared", "show|shown"])
        iss = verbs_regex(lex["verbs"]["issue_cue"])
        # ("Li v. Liu, decided by the Beijing Internet Court on 27 November 2023": a case's ruling dates it)
        # ("The BAAI Conference closed in Beijing on June 7": an event that has ended is dated by its close; "closes on
        # Tuesday", still to come, is not the date the event is known by)
        evt = "(?:closed|concluded|ended|wrapped\\s+up|" + verbs_regex(lex["verbs"]["event_cue"] + ["decide|decided", "rule|ruled", "hear|heard", "settle|settled", "hand down|handed down", "deliver|delivered"]) + ")"
        evt += r"(?:\s+by\s+(?:the\s+)?[A-Z][\w.\-]*(?:\s+[A-Z][\w.\-']*){0,5})?"
        self.negation = negation_regex(lex["cues"]["negation"])
        # (not "ships with", "shipped with": what a device comes with)
        self.release_cue = re.compile(rf"\b(?:{rel}|debut)\b(?!\s+with\b)", re.I)
        self.just_released = re.compile(rf"\bjust\s+(?:{rel})\b(?:\s+(?:its|the|a|an|new))*", re.I)
        self.issue_cue = re.compile(rf"\b{iss}\b", re.I)
        self.released_both = re.compile(rf"\b(?:{rel})\s+(?:them\s+)?both\s+(?:of\s+them\s+)?(?:(?:in|on|at|from|during)\s+(?:the\s+)?)?(?:(?:early|late|mid)\s*-?\s*)?$", re.I)
        # the verb right before the name, past determiners and the names listed before it ("introduced iRAG and Miaoda")
        self.launched_right_before = re.compile(
            rf"(?:{self.release_cue.pattern}|{self.issue_cue.pattern})\s+(?:(?:its|their|the|a|an|new|latest|flagship|own|upgraded|next-generation)\s+)*"
            r"(?:[\w.\-]+(?:\s+[\w.\-]+){0,3}\s*(?:,\s*(?:and\s+)?|\s+and\s+))*$", re.I)
        # the text between an entity and a date that follows it
        heads = phrase_regex(lex["cues"]["model_head"] + lex["cues"]["product_head"])
        hub = _MODEL_HUB.pattern
        # "Qwen3 in April", "its Ernie Bot chatbot in March 2023", "Kimi K2, an open-source model with ..., on July 11"
        self.after_model = re.compile(
            rf"^(?:[^\S\n]*\([^()\n]{{1,30}}\))?(?:(?:\s+[a-z\-]+)?\s+{heads}s?|\s*[,:]\s+(?:a|an|the|its|our|their)\s+[^,;()]{{1,80}},"
            # ("Star1, a 1.71-metre humanoid unveiled in October", "GR-3, a humanoid that it launched on Wednesday": the
            # apposition's own release verb)
            rf"|\s*[,:]\s+(?:a|an|the|its|our|their)\s+[^,;()\n]{{1,80}}?\b(?:{rel}|showed|shown)\b[^,;()\n]{{0,30}}?(?=\s+(?:in|on|at|of|last|this|earlier|late|early)\b|\s*$)"
            # "Qwen3, the open-weight model family Alibaba released on April 29", "X, a coding model launched in July"
            rf"|(?:\s*[,:]|\s+(?:is|was|are|were))\s+(?:a|an|the|its|two|three|four|both)\s+(?:[\w\-]+\s+){{0,5}}?{heads}s?(?:\s+(?:family|series|line))?(?:\s+(?:which|that))?(?:\s+(?:(?:[A-Z][\w.\-]*['’]s\s+)?[A-Z][\w.\-]*(?:\s+[A-Z][\w.\-]*){{0,2}}(?:\s+(?:team|lab|unit|group|arm))?|it|they|we|the\s+(?:company|firm|startup|lab|group|institute|academy|university|team|laboratory|developer)))?(?:\s+(?:had|has|have))?(?:\s+(?:first|quietly|publicly|officially))?\s+(?=(?:{rel})))?\s*,?\s*(?:(?:which|that)\s+(?:was|were)\s+|(?:which|that)\s+(?:the\s+|its\s+)?(?:[\w\-'’]+\s+){{0,3}}?(?=(?:{rel}|followed(?=\s+(?:on|in)\b))\b)|(?:itself\s+)?(?:was|were|is|(?:had|has|have)\s+been)\s+|(?:itself\s+|themselves\s+)?(?:we|they|it)\s+(?=(?:{rel})\b)|first\s+|(?:both|all|each)\s+(?:(?:of\s+them|were|was)\s+)?(?=(?:{rel})\b)|(?:both|all|each|two|three)\s+of\s+which\s+(?:was|were|are|is|have\s+been|had\s+been)\s+(?:(?:first|formally|officially)\s+)?|(?:will|would|(?:is|are)\s+(?:due|set|expected|scheduled|slated|planned)\s+to)\s+(?=(?:{rel})\b)|[a-z][\w\-]*ed\s+(?:[\w\-]+\s+){{0,7}}?and\s+(?=(?:{rel})\b))?(?:(?:also|officially|formally|publicly|quietly|finally|first)\s+)?(?:(?:began|begun|started|starts|begins)\s+(?:to\s+)?(?=(?:{rel})\b))?(?:{rel}|made\s+(?:its|their)\s+(?:public\s+)?debut|out(?=\s+(?:on|in)\b)|followed(?=\s+(?:on|in)\b))?(?:\s+(?:in|across)\s+(?:mainland\s+)?(?-i:[A-Z][\w\-]*)(?:\s+(?-i:[A-Z][\w\-]*))?(?=\s+(?:on|in)\b))?(?:\s+(?:across|at|in|on)\s+(?:the|its|their|all|every)\s+(?:[a-z][\w\-]*\s+){{0,2}}?(?:site|sites|network|plant|plants|line|lines|mine|port|factory|factories|fleet|group|system|stores|branches|app|campus|hospital|terminal|grid))?(?:\s+to\s+(?:the\s+)?(?:[\w\-]+\s+){{0,2}}?(?:users|developers|customers|public|testers|everyone|businesses|enterprises|partners|clients|merchants|subscribers|members))?(?:\s+as\s+(?:an?\s+)?(?:open[\s\-](?:weights?|source)|open-weight\s+models?|open-source\s+(?:code|models?|software)|(?:free\s+)?(?:download|preview|beta))|\s+on\s+(?:{hub})(?:\s+and\s+(?:{hub}))?|\s+under\s+(?:an?\s+)?[\w\-.]+(?:\s+[\w\-.]+)?\s+licen[cs]e){{0,3}}(?:\s+by\s+[A-Z][\w.\-]*(?:\s+[A-Z0-9][\w.\-]*){{0,3}})?(?:\s+(?:together|jointly|simultaneously))?(?:\s+at\s+(?:the|its|this\s+year['’]s|an?|the\s+(?:company|firm|group|startup|start-up|lab|institute|university)['’]s|[A-Z][\w\-.]*['’]s)\s+(?:[\w\-]+\s+){{0,4}}?(?:conference|summit|forum|expo|event|fair|show|exhibition|launch|ceremony|gala|developer\s+day|(?-i:Day))(?:\s+in\s+[A-Z][\w.\-]*(?:\s+[A-Z][\w.\-]*){{0,2}})?|\s+at\s+(?-i:[A-Z][\w/.\-]*)(?:\s+(?-i:[A-Z0-9][\w/.\-]*)){{0,3}}(?=\s+(?:in|on)\b))?(?:\s+(?:at\s+)?(?:the\s+)?(?:end|start|beginning|middle)\s+of)?\s*(?:in|on|of|since|from)?\s*(?:(?:last|early|late|mid)\s*-?\s*)?(?:(?:the\s+)?(?:first|second|third|fourth|final|last)\s+(?:quarter|half)\s+of\s+)?$",
            re.I,
        )
        # "Baidu on Friday launched ...", "the CAC, on March 14, issued ...": a date right before the verb
        self.date_then_verb = re.compile(
            rf"\s*,?\s*(?:when\s+(?:(?:the\s+(?:company|firm|startup|group|lab|team|ministry|agency)|it|they|[A-Z][\w.\-]*)\s+)?)?"
            rf"(?:(?:the\s+(?:company|firm|startup|group|lab|team|ministry|agency)|it|they)\s+)?(?:(?:has|have|had|also|officially|formally|jointly)\s+)*(?:{rel}|{iss})\b"
            # "followed in April by cheaper versions, ERNIE 4.5 Turbo and ERNIE X1 Turbo": the date of what follows
            r"|\s+by\s+(?:[\w\-]+\s+){0,6}?(?:versions?|models?|variants?|upgrades?|editions?|releases?)\b"
            # "Liu opened the festival on Friday morning by launching Spark X1.5"
            r"|(?:\s+(?:morning|afternoon|evening|night))?\s+by\s+(?:launching|releasing|unveiling|introducing|open-sourcing|debuting|rolling\s+out)\b", re.I)
        # ("signed on Tuesday on the sidelines of the Tashkent International Investment Forum"; not "ahead of": before it)
        self.date_then_event = re.compile(r"^\s*[,:—–-]?\s+(?:at|during|for|on\s+the\s+sidelines\s+of|on\s+the\s+margins\s+of)\s+(?:the\s+|this\s+year's\s+|its\s+)?(?:(?:opening|closing)\s+(?:day\s+|session\s+|ceremony\s+)?of\s+(?:the\s+)?)?$", re.I)
        # "added X to the Entity List in January": the date of the addition, not of the list
        self.onto_list = re.compile(r"\b(?:add|added|adds|placed|put)\s+(?!to\b|on\b)[^.;]{0,80}?\b(?:to|on)\s+(?:the\s+|its\s+)?$", re.I)
        # ("The measures take effect on 1 October": a present-tense entry into force is still to come)
        self.future = re.compile(r"\b(?:will|shall|(?:is|are)\s+(?:scheduled|set|expected|due|slated)\s+to|(?:take|takes)\s+effect|(?:come|comes|enter|enters)\s+into\s+(?:force|effect))\b", re.I)
        self.list_gap = re.compile(r"^\s*(?:,|,?\s*and|,?\s*as well as)\s*(?:(?:its|the)\s+(?:[a-z][\w\-]*\s+){0,2}|[A-Z][\w\-.]*(?:\s+[A-Z][\w\-.]*)?['’]s\s+)?$")
        # "the PIPL, which took effect in 2021", "the law was passed by the NPC Standing Committee in August 2021"
        self.after_policy = re.compile(
            # ("which the CAC issued with six other departments in July 2023", "whose outline TC260 published last September",
            # "issued by the Wuhan Municipal People's Government in March")
            rf"^(?:\s*\((?:Trial|Draft|Provisional|Interim|for\s+Trial\s+Implementation)\))?(?:\s+(?:project|programme|program|initiative|scheme|strategy|campaign))?\s*,?\s*"
            # ("GB 45438-2025, the mandatory standard on labeling that SAMR and SAC published in March": past an apposition)
            # ("the Chengdu Large Model Voucher Programme, a scheme it launched in September": a pronoun as the clause's subject)
            rf"(?:(?:itself|themselves)\s+)?(?:(?:the|a|an)\s+[^,;()\n]{{1,60}}?\s+(?=(?:which|that|it|they)\s)|(?:the|a|an)\s+(?:[\w\-]+\s+){{1,3}}?(?=(?:{iss})\s+by\b))?(?:(?:which|that)\s+(?:(?:was|were|had\s+been|has\s+been)\s+|(?:the\s+|its\s+)?(?:[\w.\-'’]+\s+){{1,10}}?(?=(?:{iss})\b))?|(?:it|they)\s+(?=(?:{iss})\b)|whose\s+[a-z][\w\-]*\s+(?:the\s+)?(?:[\w.\-]+\s+){{1,4}}?(?=(?:{iss})\b)|was\s+|were\s+|(?:had|has|have)\s+been\s+)?(?:(?:jointly|first|officially|formally)\s+)?(?:{iss})?(?:\s+by\s+{_AGENTS})?"
            r"(?:\s+(?:together\s+with|with|alongside)\s+(?:the\s+)?(?:[\w.\-'’]+\s+){0,5}?[\w.\-'’]+)?"
            r"\s*(?:in|on|of|since|from|last|this)?\s*(?:the\s+)?(?:period\s*)?\(?$",
            re.I,
        )
        self.policy_then_cue = re.compile(
            rf"\s+(?:(?:was|were|is|are|has\s+been|had\s+been)\s+(?:\w+ly\s+)?(?:{iss})\b|(?:took|takes|take|came|comes|come|went|goes)\s+(?:into\s+)?(?:effect|force)\b"
            r"|entered\s+into\s+force\b)",
            re.I,
        )
        # "the Expo, Oct. 16", "the Games, which opened in Beijing on Thursday"
        self.after_event = re.compile(
            rf"^(?:\s+(?:developer\s+)?(?:conference|summit|forum|expo|event|fair|show|exhibition))?(?:\s+in\s+[A-Z][\w.\-]*(?:\s+[A-Z][\w.\-]*){{0,2}})?\s*(?:,|on|in|\(|[·•|]|,?\s*(?:(?:which|that)\s+)?(?:was|were|is|are|will\s+be|will)?\s*{evt}(?:\s+in\s+[A-Z][\w.\- ]{{1,30}}?)?(?:\s+(?:on|in|from|between|this|last))?)?\s*$",
            re.I,
        )

    def find_dates(self, text: str, s: int, e: int, doc_date: str | None, own_date: bool = True,
                   matches: list[re.Match] | None = None) -> list[DateMention]:
        """The dates of the sentence [s, e); `matches` are the document's (see date_matches), else it is scanned."""
        out = []
        if matches is None:
            found = DATE_RE.finditer(text, s, e)
        else:
            import bisect

            lo = bisect.bisect_left(matches, s, key=lambda m: m.start())
            found = (m for m in matches[lo:] if m.end() <= e) if lo < len(matches) else ()
            found = (m for m in found if m.start() < e)
        for m in found:
            if m.group("mon3") and not (m.group("year3")) and m.group("mon3").lower() in ("may", "march"):
                # "in March", "March:" heading an entry are months; "may" and "march" are verbs, and so may be a
                # capitalised one opening a sentence
                # ("MAY — DeepSeek released V2": a month heading a chronology's entry, in capitals or before a dash)
                if not text[m.start()].isupper() or (m.start() == s or text[m.start() - 1] == "\n") and not _MONTH_HEAD_AFTER.match(text, m.end()) \
                        and not m.group("mon3").isupper():
                    continue
            # a future marker before the date makes it forward-looking ("will take effect on Sept. 1"), not one after
            # it ("the Measures, issued in March, will take effect ...": March is past)
            # ("will use the cluster to train Baichuan 4, which it released in May": the date's own clause is past)
            fut = self.future.search(text, s, m.start())
            # ("Kimi K2 will never fit, but Kimi-Dev, which Moonshot released in June, ...": the future ends with its clause)
            future = fut is not None and not _PAST_CLAUSE_BEFORE.search(text, max(s, m.start() - 60), m.start()) \
                and not _CLAUSE_BREAK.search(text, fut.end(), m.start())
            v = resolve(m, doc_date, own_date, future)
            if v:
                out.append(DateMention(m.start(), m.end(), v))
        return out

    def sentence(self, text: str, s: int, e: int, mentions: list[Mention], doc_date: str | None, own_date: bool = True,
                 section_year: str | None = None, matches: list[re.Match] | None = None, extra: list[DateMention] | None = None) -> list[DateFact]:
        facts: list[DateFact] = []
        dates = self.find_dates(text, s, e, doc_date, own_date, matches)
        if extra:
            dates = sorted([*dates, *extra], key=lambda d: d.start)
        # (a date carried from the entry's opening, "2023-10", counts only in a sentence with no date of its own)
        if section_year and (not dates if len(section_year) > 4 else not any(d.start - s <= 12 for d in dates)):
            # the year heading the entry dates what the entry opens with ("2017 / The State Council issues ...")
            dates.append(DateMention(s, s, section_year))
        for m in mentions:
            t = m.ctype
            if t == "Event":
                ym = re.match(r"((?:19|20)\d\d)\b", m.text) or re.search(r"\s((?:19|20)\d\d)$", m.text)  # "WAIC 2025" too
                if ym:
                    facts.append(DateFact(m, "date", ym.group(1), s, e, "year_in_event_name", 0.8))
                    # ("In July Shen presented it at the 2025 World AI Conference", "Earlier this month Qingyu took a booth
                    # at CES 2026"): the one finer date of the sentence in the edition's year is the event's
                    others = [d for d in dates if not (m.start <= d.start and d.end <= m.end)]
                    finer = [d for d in others if len(d.value) >= 7 and d.value.startswith(ym.group(1))]
                    if len(finer) == 1 and len({d.value for d in others}) == 1:
                        facts.append(DateFact(m, "date", finer[0].value, s, e, "dated_sentence_event", 0.6))
            elif t == "Policy" and (yb := _YEAR_BEFORE_POLICY.search(text, max(s, m.start - 16), m.start)):
                # ("the CAC's 2023 Interim Measures", "the 2015 Made in China plan"): the year the writer dates it by
                facts.append(DateFact(m, "date", yb.group(1), s, e, "year_before_policy", 0.7))
        # "Tencent has just released Hunyuan3D World Model 1.0": a release the writer calls just done is of the day
        if own_date and doc_date and len(doc_date) == 10 and not any(f.predicate == "releaseDate" for f in facts):
            jr = self.just_released.search(text, s, e)
            if jr:
                m = next((x for x in mentions if x.start >= jr.end() and x.ctype in ("AIModel", "Product")), None)
                if m is not None and m.start - jr.end() < 40:
                    facts.append(DateFact(m, "releaseDate", doc_date, s, e, "just_released", 0.6))
        # "We are also releasing Step-2-Flash": a release the writer announces as under way, in a sentence with no date
        if not dates and own_date and doc_date and len(doc_date) == 10 and not any(f.predicate == "releaseDate" for f in facts):
            wr = _WE_ARE_RELEASING.search(text, s, e)
            m = next((x for x in mentions if x.start >= wr.end() and x.ctype in ("AIModel", "Product")), None) if wr else None
            if m is not None and m.start - wr.end() < 40:
                facts.append(DateFact(m, "releaseDate", doc_date, s, e, "we_are_releasing", 0.55))
        if not dates:
            return facts
        sent = text[s:e]
        # "did not release ... this year" dates nothing; a hedge after the date ("..., and the node is widely believed
        # to ...") leaves it alone
        # (only in the date's own clause: "... rather than walking, and in January the company released X")
        # ("did not present itself until the conference in July 2024": "not ... until" says when it did)
        # ("released Trae, an editor rather than a plug-in, in January": a contrast inside a closed apposition negates nothing)
        dates = [d for d in dates if not ((n := self.negation.search(text, _clause_start(text, s, d.start), d.end))
                                          and not _NOT_UNTIL.search(text, n.end(), d.start)
                                          and not (n.group(0).strip().lower() in ("rather than", "instead of") and "," in text[n.end() : d.start]))]
        if not dates:
            return facts
        dated: set[int] = set()
        at_event: set[int] = set()  # dates an event took
        for d in dates:
            # the nearest entity before the date whose gap says the date belongs to it
            # ("Vidu was unveiled at the Zhongguancun Forum in Beijing on April 27": past the place, to the model)
            before = [m for m in mentions if m.end <= d.start and m.ctype != "Place"]
            # ("released X as open weights on Hugging Face and ModelScope last Thursday": the hubs it was posted on are
            # no things the date is of)
            while len(before) > 1 and _MODEL_HUB.fullmatch(before[-1].text) and _ON_PLATFORM_BEFORE.search(text, max(s, before[-1].start - 40), before[-1].start):
                before = before[:-1]
            cut: tuple[int, int] | None = None
            # "Qiaomu-7B, fine-tuned from Alibaba Cloud's Qwen2-7B, was released in June": the clause between the commas
            # describes the name before it, which the verb after them dates
            if before and before[-1].ctype in ("AIModel", "Product") and (ap := _appositive_head(text, s, before, d.start)):
                head, close = ap
                before = before[: before.index(head) + 1]
                cut = (head.end, close)
            near = before[-2:]
            by_issuers = None
            if len(before) > 2 and before[-3].ctype in ("AIModel", "Product") and before[-2].ctype in ("Company", "Organization", "ResearchInstitution") and before[-1].ctype == "Event":
                near = before[-3:]  # ("Step-2, which StepFun unveiled at the WAIC in Shanghai in July": past the maker and the event)
            elif len(before) > 2 and before[-3].ctype in ("AIModel", "Product") and text[before[-2].end : before[-1].start] in ("'s ", "’s ") \
                    and before[-1].ctype in BODY_TYPES and before[-2].ctype in BODY_TYPES:
                near = before[-3:]  # ("Qwen2.5-VL-3B, which Alibaba's Qwen team released last year": past the maker's unit)
            if near and all(x.ctype in ("GovernmentAgency", "Person") for x in near):
                # ("the Provisions, issued by the CAC, MIIT and the Ministry of Public Security in November 2022": past the
                # issuers to the policy)
                pol = next((x for x in reversed(before) if x.ctype == "Policy"), None)
                if pol is not None and d.start - pol.end <= 200:
                    near = [pol, *near]
                    by_issuers = pol  # (the issuers' names may run the gap past the usual length)
            for m in reversed(near):
                t = m.ctype
                gap = text[m.end : d.start] if cut is None else text[m.end : cut[0]] + text[cut[1] : d.start]
                if gap[:1] in _CLOSE_QUOTES and text[m.start - 1 : m.start] in _OPEN_QUOTES:
                    gap = gap[1:]  # ('"Implementation Plan for ...", issued by the provincial government in June 2024')
                if gap[:2] == " (" and t == "Policy" and (lp := LONG_PAREN.match(gap)):
                    gap = gap[lp.end() :]  # ("GB/T 45654-2025 (Cybersecurity technology - ...), was published on 25 April")
                elif gap[:2] == " (" and t == "Event" and (sp := _SHORT_NAME_PAREN.match(gap)):
                    gap = gap[sp.end() :]  # ("The Greater Bay Computing Expo (GBICE 2025) opened yesterday")
                if (len(gap) > 110 or (len(gap) > 80 and not gap.lstrip().startswith(","))) and m is not by_issuers:
                    continue
                if t != "Event" and _RELATIVE_DAY.fullmatch(text, d.start, d.end) and not (self.release_cue.search(text, s, d.start) or self.issue_cue.search(text, s, d.start)):
                    continue  # ("Qwen today is the most downloaded model": "today" dates a release only after its verb)
                if t in ("AIModel", "Product") and not gap.lstrip().startswith(",") and (on := _ON_PLATFORM_BEFORE.search(text, max(s, m.start - 40), m.start)) \
                        and any(x.ctype in ("AIModel", "Product") for x in before[:-1] if x is not m):
                    cut = (on.start() - 1, m.end)
                    continue  # ("rolling out Xinxiang on Android earlier this month": the app, not the platform it runs on)
                if t in ("AIModel", "Product") and _POSTED_ON_BEFORE.search(text, max(s, m.start - 70), m.start):
                    continue  # ("Tencent said in a post on Weibo on August 31": where it was said, not what was released)
                after = t in ("AIModel", "Product") and self.after_model.match(gap) is not None
                if after and _FOLLOWED_BEFORE.search(text, max(s, d.start - 20), d.start) and (by := _BY_NAME_AFTER.match(text, d.end)):
                    after = False  # ("released Spark V4.0, followed in October 2024 by Spark 4.0 Turbo": the later one's date)
                    later = next((x for x in mentions if x.start == by.end() - 1 and x.ctype in ("AIModel", "Product")), None)
                    if later is not None and id(d) not in dated:
                        facts.append(DateFact(later, "releaseDate", d.value, s, e, "followed_by", 0.7))
                        dated.add(id(d))
                paren = t in ("AIModel", "Product") and not after and text.startswith(")", d.end) and _PAREN_DATE_GAP.fullmatch(gap) is not None
                if (after or paren) and not (not gap.lstrip().startswith(",") and _USED_BEFORE.search(text, max(s, m.start - 40), m.start)):
                    # ("Meitu Xiuxiu began calling DeepSeek-R1 in February": when it was taken up, not released)
                    facts.append(DateFact(m, "releaseDate", d.value, s, e, "date_in_brackets" if paren else "date_after_model", 0.7 if paren else 0.75))
                elif (t == "Policy" and self.after_policy.match(gap) and not self.onto_list.search(text, max(s, m.start - 100), m.start)
                      # ("which take effect on 1 November", ahead of the document: not the issue; "which took effect in 2021" may be
                      # all the text says of its date)
                      and not (_TAKES_EFFECT_BEFORE.search(text, max(s, d.start - 40), d.start) and doc_date and d.value[:len(doc_date)] > doc_date[:len(d.value)])
                      and not m.text.endswith(" List")):  # ("on the Entity List since October": a date of membership)
                    facts.append(DateFact(m, "date", d.value, s, e, "date_after_policy", 0.75))
                elif t == "Event" and self.after_event.match(gap):
                    value = d.value
                    # ("at last year's Lujiazui Forum in June": the month of the year before, unless the text gives a year)
                    if _LAST_YEARS.search(text, max(s, m.start - 16), m.start) and not re.search(r"\b(?:19|20)\d\d\b", text[d.start : d.end]):
                        value = f"{int(value[:4]) - 1:04d}{value[4:]}"
                    facts.append(DateFact(m, "date", value, s, e, "date_after_event", 0.75))
                    dated.add(id(d))
                    at_event.add(id(d))
                    continue  # (the model unveiled at the event may stand before it)
                else:
                    continue
                dated.add(id(d))
                break
        # "... on Friday at the Huawei Developer Conference": a date right before an event is its date
        for d in dates:
            ev = next((m for m in mentions if m.start >= d.end and m.ctype == "Event"), None)
            if ev is not None and self.date_then_event.match(text[d.end : ev.start]):
                facts.append(DateFact(ev, "date", d.value, s, e, "date_before_event", 0.7))
        # "..., and the Pro plan adds ERNIE X1 Turbo; Baidu released both in April": the two models named before "both"
        for d in dates:
            if id(d) in dated:
                continue
            b = self.released_both.search(text, max(s, d.start - 60), d.start)
            if b is None:
                # ("it open-sourced A, a text-to-video model, and B, a speech model, both in February": the verb before them)
                b = _COMMA_BOTH_BEFORE.search(text, max(s, d.start - 30), d.start)
                if b is None or not (r := self.release_cue.search(text, s, b.start())):
                    continue
                pair = [m for m in mentions if r.end() <= m.start and m.end <= b.start() and m.ctype in ("AIModel", "Product")
                        and _LIST_ITEM_BEFORE.search(text, max(s, m.start - 20), m.start)]
                pair = pair[-2:] if len(pair) >= 2 else []
            else:
                pair = [m for m in mentions if m.end <= b.start() and m.ctype in ("AIModel", "Product")][-2:]
            if len(pair) == 2 and pair[0].text != pair[1].text:
                facts.extend(DateFact(m, "releaseDate", d.value, s, e, "released_both", 0.65) for m in pair)
                dated.add(id(d))
        # "On Sept. 28, Tencent released X": a date opening the sentence dates its release or issue
        # ("X, which rebranded in July, launched Y": a date inside a relative clause dates the clause, not the verb after it)
        # ("At the Apsara Conference in Hangzhou on Sept. 24, Alibaba Cloud launched Qwen3-Max": the event's date opening the
        # sentence is also that of the launch)
        # ("At this year's BAAI Conference, held in Beijing on 6 June, ...": a year that modifies a noun opens nothing)
        dates = [d for d in dates if not (d.end < e and text[d.end : d.end + 2] in ("'s", "’s") and d.end - d.start > 4)] or dates
        def opens(d):
            return d.start - s <= 12 or any(m.start == s and _NAME_DATE_GAP.fullmatch(text, m.end, d.start) for m in mentions)

        lead = [d for d in dates if id(d) in at_event and d.start - s <= 90 and "," not in _HELD_CLAUSE.sub("", text[s : d.start]) and _OPENER_END.match(text, d.end)
                and _PREP_OPENER.match(text, s)]
        lead += [d for d in dates if id(d) not in dated and not _EFFECTIVE_KEY_BEFORE.search(text, max(s, d.start - 20), d.start)
                and (opens(d) or self.date_then_verb.match(text, d.end) and (not _IN_CLAUSE.search(text, s, d.start) or _FOLLOWED_BY.match(text, d.end)
                                                                            # ("MIIT, which in October last year issued the plan": the clause's own verb)
                                                                            or _CLAUSE_OWN_VERB.search(text, max(s, d.start - 30), d.start) and "," not in text[d.end : d.end + 3])
                     # "At the same event in the city on Wednesday, Zhipu unveiled X": the opening phrase, with no name in it
                     or d.start - s <= 60 and "," not in text[s : d.start] and _OPENER_END.match(text, d.end) and _PREP_OPENER.match(text, s)
                     and not any(m.start < d.start and m.ctype != "Place" for m in mentions)  # ("At an event in Shenzhen on 10 February,")
                     # "Adopted by the European Parliament in March 2024, the EU AI Act ...": a participle opener's date
                     or d.start - s <= 90 and "," not in text[s : d.start] and _OPENER_END.match(text, d.end) and _PARTICIPLE_OPENER.match(text, s)
                     # "..., and the next day Alibaba released Qwen2": a date opening a clause of its own
                     or _CLAUSE_START_BEFORE.search(text, max(s, d.start - 10), d.start) is not None)]
        n_lead = len(facts)
        if lead:
            d = lead[0]
            for m in mentions:
                if m.start < d.end:
                    continue
                t = m.ctype
                before = text[d.end : m.start]
                if id(d) in at_event and not self.launched_right_before.search(before):
                    continue  # ("At Huawei Connect in September, Xu unveiled a roadmap running from the Ascend 950 ...")
                if t in ("AIModel", "Product") and opens(d) and (_SUBJECT_GAP.match(before) or _POSSESSOR_GAP.match(before) or _THE_DAY_GAP.fullmatch(before)) \
                        and _PASSIVE_RELEASE.match(text, m.end, e):
                    # "Jan. 20: DeepSeek-R1, a reasoning model with open weights, is released under the MIT license"
                    facts.append(DateFact(m, "releaseDate", d.value, s, e, "leading_date_release", 0.7))
                    break
                # ("JD.com last Thursday made Jingyan, its AI shopping assistant, available to every user")
                if t in ("AIModel", "Product") and _MADE_BEFORE.fullmatch(before) and _AVAILABLE_AFTER.match(text, m.end, e):
                    facts.append(DateFact(m, "releaseDate", d.value, s, e, "leading_date_made_available", 0.6))
                    break
                if t in ("AIModel", "Product") and _INTENT.search(before):
                    break  # ("in February, Baidu said it would open-source ERNIE 4.5": the date of the saying, not the release)
                if t in ("AIModel", "Product") and _UPDATE_TO_BEFORE.search(before):
                    break  # ("Today we are rolling out the biggest update to Step-2": an update, not the model's release)
                # ("Released 13/10/2025, the X300 uses vivo's BlueLM models": the opener's subject, not a name further on)
                if t in ("AIModel", "Product") and (self.release_cue.search(before) or _CAME_INVERSION.fullmatch(before)
                                                    or self.release_cue.match(text, s) and "," in text[d.end : m.start]
                                                    and _RIGHT_AFTER_OPENER.fullmatch(before)
                                                    or _FOLLOWED_BY.match(text, d.end) and _FOLLOWED_BEFORE.search(text, max(s, d.start - 20), d.start)):
                    # ("Released in March 2025, ERNIE 4.5 ...": the participle opening the sentence is the cue)
                    facts.append(DateFact(m, "releaseDate", d.value, s, e, "leading_date_release", 0.7))
                    break
                # ("10-12 September - Ant Group hosted the 2025 Inclusion Conference in Shanghai": the host's event)
                if t == "Event" and _HOSTED_BEFORE.search(before):
                    facts.append(DateFact(m, "date", d.value, s, e, "leading_date_hosted", 0.65))
                    continue  # (what was presented there came out that day too)
                if t == "Policy" and (self.issue_cue.search(before) or _PARTICIPLE_OPENER.match(text, s) and self.issue_cue.match(text, s)
                                      and _RIGHT_AFTER_OPENER.fullmatch(before)):
                    facts.append(DateFact(m, "date", d.value, s, e, "leading_date_issue", 0.7))
                    break
                # "July: The Third Plenum called for ...", "August: The Interim Measures came into force": a date heading
                # a sentence whose subject is the event, or the policy that then takes effect or is issued
                if opens(d) and _SUBJECT_GAP.match(before):  # (only the first name after the date can match)
                    if t == "Event":
                        facts.append(DateFact(m, "date", d.value, s, e, "leading_date_event", 0.65))
                        break
                    if t == "Policy" and self.policy_then_cue.match(text, m.end):
                        facts.append(DateFact(m, "date", d.value, s, e, "leading_date_policy", 0.65))
                        break
        # a chronology's entry ("- June 1: WuDao 2.0 is shown at the academy's conference", "- Feb. 20: the lab puts MOSS
        # online"): with no release or issue verb, the entry's date is that of the first model, product or policy it names
        # (only a date written at the entry's start, and the sentence's only one: "2023-01-10: The Provisions, issued in
        # November 2022, entered into force" dates the provisions by the issue)
        # ("- 30 Apr: Xiaomi enters the field with MiMo-7B": a bulleted entry opening with its date and a colon, with no year
        # heading above it)
        bullet = not section_year and lead and (b := _BULLET_START.match(text, text.rfind("\n", 0, s) + 1)) is not None and s <= b.end() \
            and lead[0].start == b.end() and _ENTRY_DATE_SEP.match(text, lead[0].end) is not None
        if (section_year or bullet) and lead and len(facts) == n_lead and lead[0].start - s <= 12 and lead[0].end > lead[0].start and len(dates) == 1:
            first = next((m for m in mentions if m.start >= lead[0].end and m.ctype in ("AIModel", "Product", "Policy")), None)
            # (not what the entry's subject takes up: "February - Infini-AI Cloud begins serving DeepSeek-R1")
            if first is not None and ";" not in text[lead[0].end : first.start] and not _USED_BEFORE.search(text, max(lead[0].end, first.start - 40), first.start):
                pred = "date" if first.ctype == "Policy" else "releaseDate"
                facts.append(DateFact(first, pred, lead[0].value, s, e, "timeline_entry", 0.6))
        # "Since its debut a year ago, Kling ...": a relative date with a debut/launch word, then a model
        lead_fired = len(facts) > n_lead
        if "debut" in sent.lower() or "launch" in sent.lower():
            for d in dates:
                if id(d) in dated or lead_fired and d is lead[0]:
                    continue
                near = text[max(s, d.start - 25) : d.start].lower()
                if "debut" in near or "launch" in near:
                    # ("- Yuanbao: chatbot, launched in May last year; runs Hunyuan ...": the list entry's own name)
                    ls = text.rfind("\n", 0, d.start) + 1
                    entry = _LIST_ENTRY_NAME.match(text, ls)
                    head = next((m for m in mentions if entry and m.start == entry.end() and m.ctype in ("AIModel", "Product")
                                 and text[m.end : m.end + 1] == ":"), None)
                    m = head or next((m for m in mentions if m.ctype in ("AIModel", "Product") and m.start >= d.end), None)
                    if m is not None:
                        facts.append(DateFact(m, "releaseDate", d.value, s, e, "debut_date", 0.6))
        # "Kling had passed 22 million users since its debut in June 2024": the debut of the model before "its"
        for d in dates:
            if id(d) in dated or (its := _ITS_DEBUT_BEFORE.search(text, max(s, d.start - 40), d.start)) is None:
                continue
            m = next((m for m in reversed(mentions) if m.end <= its.start() and m.ctype in ("AIModel", "Product")), None)
            if m is not None and not any(f.entity is m for f in facts):
                facts.append(DateFact(m, "releaseDate", d.value, s, e, "its_debut", 0.6))
        # "launched X at an event on Tuesday, together with the Y image model": Y came out with it
        for f in list(facts):
            if f.predicate == "releaseDate" and (w := _TOGETHER_WITH_AFTER.search(text, f.entity.end, e)) is not None:
                m = next((m for m in mentions if w.end() <= m.start <= w.end() + 12 and m.ctype in ("AIModel", "Product")), None)
                if m is not None and not any(g.entity is m for g in facts):
                    facts.append(DateFact(m, "releaseDate", f.value, s, e, "released_together_with", 0.6))
        # "Zhihu presented Zhihaitu AI, a model it built with ModelBest, at its Discovery Conference in Beijing on 13 April":
        # what a release verb presents at a dated event came out that day
        for f in [f for f in facts if f.entity.ctype == "Event" and f.rule in ("date_after_event", "date_before_event")]:
            ev = f.entity
            m = next((m for m in reversed(mentions) if m.end <= ev.start and m.ctype in ("AIModel", "Product")), None)
            if m is None or any(g.entity is m and g.predicate == "releaseDate" for g in facts):
                continue
            if _AT_EVENT_GAP.fullmatch(text, m.end, ev.start) and self.release_cue.search(text, max(s, m.start - 30), m.start) \
                    and _VERB_THEN_OBJECT.search(text, max(s, m.start - 30), m.start):
                facts.append(DateFact(m, "releaseDate", f.value, s, e, "presented_at_dated_event", 0.6))
        return _finest(self._share_with_lists(text, mentions, facts))

    def _share_with_lists(self, text: str, mentions: list[Mention], facts: list[DateFact]) -> list[DateFact]:
        """"launched ERNIE 4.5 Turbo and ERNIE X1 Turbo on Friday": a date of one member of a list is the date of
        every member of the same class."""
        if not facts or len(mentions) < 2:
            return facts
        # ("open-sourced two Pangu models: the dense Pangu Embedded 7B and Pangu Pro MoE 72B": the date is of the models
        # the colon lists, not of the family)
        for k, f in enumerate(facts):
            c = _COLON_LIST.match(text, f.entity.end) if f.entity.ctype in ("AIModel", "Product") else None
            first = next((m for m in mentions if c and c.end() <= m.start <= c.end() + 30 and m.ctype == f.entity.ctype), None)
            if first is not None:
                facts[k] = DateFact(first, f.predicate, f.value, f.start, f.end, f.rule, f.confidence)
        out = list(facts)
        have = {(id(f.entity), f.predicate) for f in facts}
        # ("Alibaba's Tongyi Qianwen and Tencent's Hunyuan followed in September": past the possessors)
        mentions = [m for m in mentions if text[m.end : m.end + 2] not in ("'s", "’s") or m.ctype in ("AIModel", "Product", "Policy", "Event")]
        index = {id(m): i for i, m in enumerate(mentions)}
        for f in facts:
            i = index.get(id(f.entity))
            if i is None:
                continue
            for step in (-1, 1):
                j = i
                while 0 <= j + step < len(mentions):
                    a, b = (mentions[j + step], mentions[j]) if step < 0 else (mentions[j], mentions[j + step])
                    other = mentions[j + step]
                    if other.ctype != f.entity.ctype or not (self.list_gap.match(text[a.end : b.start])
                                                             # ("In May it launched Yi-Large, a closed model, and Yi-1.5": the
                                                             # opening date's verb governs the list past an apposition)
                                                             or step > 0 and f.rule == "leading_date_release" and _APPOSITION_AND.fullmatch(text, a.end, b.start)):
                        break
                    # ("is built on GLM-4.5-Air, and MiniMax-M1, released in June, was ...": a comma before "and" opens a
                    # new clause, and the apposition's date is of its own name)
                    if step < 0 and text[f.entity.end : f.entity.end + 1] == "," and _COMMA_AND.fullmatch(text, a.end, b.start):
                        break
                    # ("Qwen3-Max, Kimi K2 and DeepSeek-V3.2, which DeepSeek released in December": the last one's clause; a
                    # pair's clause may be of both: "Ernie X1 and Ernie 4.5, which Baidu launched on March 16")
                    if step < 0 and _WHICH_CLAUSE_AFTER.match(text, f.entity.end) and (
                            "," in text[a.end : b.start] or j + 2 * step >= 0 and mentions[j + 2 * step].ctype == f.entity.ctype
                            and self.list_gap.match(text[mentions[j + 2 * step].end : mentions[j + step].start])):
                        break
                    if (id(other), f.predicate) not in have:
                        have.add((id(other), f.predicate))
                        out.append(DateFact(other, f.predicate, f.value, f.start, f.end, f.rule + "_list", round(f.confidence * 0.9, 2)))
                    j += step
            # ("its Step 3 language model and the speech model Step-Audio 2, both open-sourced last year": the pair)
            if i > 0 and _BOTH_AFTER.match(text, f.entity.end) and (other := mentions[i - 1]).ctype == f.entity.ctype \
                    and _PAIR_GAP.fullmatch(text, other.end, f.entity.start) and (id(other), f.predicate) not in have:
                have.add((id(other), f.predicate))
                out.append(DateFact(other, f.predicate, f.value, f.start, f.end, f.rule + "_both", round(f.confidence * 0.9, 2)))
        return out


_SOURCE_NOTE = re.compile(r"\(\s*Source\b[^()\n]*(?:\([^()\n]*\)[^()\n]*)*\)", re.IGNORECASE)


def title_event_dates(text: str, mentions: list[Mention], doc_date: str | None, matches: list[re.Match]) -> list[DateFact]:
    """An event's own page: its name heads the page and a line near the top gives its days ("2026 Hefei Industrial AI
    Forum" over "22–23 April 2026 · Hefei Binhu International Convention Center")."""
    end = text.find("\n")
    ev = next((m for m in mentions if m.ctype == "Event" and m.start < (end if end >= 0 else len(text)) and not text[: m.start].strip()), None)
    if ev is None:
        return []
    limit = end
    for _ in range(8):  # the first eight lines under the title
        limit = text.find("\n", limit + 1)
        if limit < 0:
            limit = len(text)
            break
    for m in matches:
        if m.start() > limit:
            break
        a = text.rfind("\n", 0, m.start()) + 1
        if a <= end or text[a : m.start()].strip(" \t–-") and not _DAY_RANGE_HEAD.fullmatch(text, a, m.start()):
            continue
        if _DATE_LINE_REST.match(text, m.end()) and (v := resolve(m, doc_date, False, False)) and len(v) >= 7:
            line_end = text.find("\n", m.end())
            return [DateFact(ev, "date", v, a, len(text) if line_end < 0 else line_end, "title_event_date_line", 0.6)]
    return []


def source_note_dates(text: str, mentions: list[Mention], doc_date: str | None) -> list[DateFact]:
    """Trackers end an item with "(Source: Agency, May 8, 2026)": that date dates the item's policies and events."""
    out: list[DateFact] = []
    prev = 0
    for note in _SOURCE_NOTE.finditer(text):
        dm = [m for m in DATE_RE.finditer(note.group()) if m.group("mon") or m.group("iso") or m.group("day2")]
        if dm:
            value = resolve(dm[-1], doc_date)
            para = max(text.rfind("\n", 0, note.start()) + 1, prev)
            for m in mentions:
                if para <= m.start < note.start() and m.ctype in ("Policy", "Event") and value:
                    out.append(DateFact(m, "date", value, para, note.end(), "source_note_date", 0.6))
        prev = note.end()
    return out


# ("The labeling measures were issued in March": a word of the name before may come with the noun)
_SHORT_NAME_PAREN = re.compile(r"\s\([A-Z][\w\-&]*(?:\s[\w\-&]+){0,2}\)")
_DATE_ANAPHOR = re.compile(rf"\s*(?P<they>They|It)(?=\s+(?:were|was|had\s+been|have\s+been|has\s+been)\s+(?:(?:jointly|first|formally|officially)\s+)?(?:issued|promulgated|adopted)\b)"
                           rf"|\s*(?:The|These|This|Those)\s+(?:new\s+|final\s+|draft\s+|(?!{DESCRIPTIVE_MODIFIER})(?P<mod>[a-z][\w\-]{{3,}})\s+|(?:[a-z][\w\-]+\s+))?(?P<kind>" + "|".join(sorted(POLICY_NOUNS | {"model", "chatbot", "app", "chip"})) + r")\b(?!['’])")
_IT_RELEASED = re.compile(
    r"\s*(?:(?P<it>It)(?=\s+(?:was|has\s+been|had\s+been)\s+(?:first\s+|officially\s+|quietly\s+)?(?:released|launched|unveiled|open-sourced|introduced|published|rolled\s+out)\b)"
    r"|[A-Z][^.!?\n]{0,60}?\b(?:released|launched|unveiled|open-sourced|introduced|debuted|published|shipped|dropped|rolled\s+out|put\s+out|pushed\s+out)\s+(?P<it2>it)(?=\s+(?:on\s+|in\s+)?(?:[A-Z][a-z]+\.?\s+\d|\d|last|this|earlier)))"
)


_POSTED_ON_BEFORE = re.compile(
    r"\b(?:said|says|wrote|writes|posted|posts|announced|shared|stated|commented|replied|revealed|disclosed|confirmed|noted|tweeted|claimed|published)"
    r"\s+(?:(?:in|via)\s+(?:a|an|its|his|her|their)\s+(?:[\w\-]+\s+){0,2}?(?:post|message|statement|video|note|update|account|thread)\s+)?"
    r"(?:on|via|through)\s+(?:its\s+|his\s+|her\s+|their\s+|the\s+)?(?:official\s+)?$", re.IGNORECASE)


def _only_bare_months(ms: list[re.Match], after: int) -> bool:
    """The sentence's dates are months without a year ("in September"), all later in the year than month `after`,
    and nothing relative to today."""
    return bool(ms) and all(m.group("mon3") and not m.group("year3") and _month(m.group("mon3")) > after for m in ms)


_YEAR_OPENS = ("", "in", "by", "during", "throughout", "for", "over")


def _narrative_date(ms: list[re.Match], doc_date: str | None, end: int, text: str = "", s: int = 0) -> tuple[int, int, int] | None:
    """(year, month, end) of the last date with a year and a month in a sentence, when it lies before the
    document's year: the time a narrative of the past is at. A year opening the sentence sets the year alone
    ("2024 was the year the company ...", "In 2023, ...": month 0, so the bare months after it are of that year)."""
    for m in reversed(ms):
        year = m.group("year") or m.group("year2") or m.group("year3")
        mon = m.group("mon") or m.group("mon2") or m.group("mon3")
        if year and mon and doc_date and int(year) < int(doc_date[:4]):
            return int(year), _month(mon), end
        bare = m.group("year4")
        if bare and doc_date and int(bare) < int(doc_date[:4]) and text[s : m.start()].strip().lower() in _YEAR_OPENS:
            return int(bare), 0, end
    return None


def _next_narrative(narrative: tuple[int, int, int] | None, ms: list[re.Match], doc_date: str | None, text: str, s: int,
                    e: int) -> tuple[int, int, int] | None:
    """The narrative's time after the sentence [s, e): the sentence's own past date, else the one before while the
    paragraph goes on."""
    own = _narrative_date(ms, doc_date, e, text, s)
    # ("Kling opened in June 2024. Kuaishou shipped Kling 2.5 three days ago. ... Wan2.2 was open-sourced in late July": a
    # date counted back from today brings the text back to the present)
    if own is None and any(m.group("ago") or m.group("reld") for m in ms):
        return None
    return own or (narrative if narrative and "\n\n" not in text[narrative[2] : e] else None)


_CLAUSE_BOUNDS = (", and ", "; ", ": ", " — ", ", but ", ", while ")


def _clause_start(text: str, s: int, at: int) -> int:
    """Where the clause holding offset `at` starts: after the last ", and", ";", ":", dash, ", but" or ", while"
    before it in the sentence that starts at s."""
    return max([s, *(k + len(b) for b in _CLAUSE_BOUNDS if (k := text.rfind(b, s, at)) >= 0)])


# "Date: Friday, 28 March 2025" on an event's page, "Release date: 2024-06-06" in a model's card, "Issued: ..."
_KEY_DATE_LINE = re.compile(r"^[ \t]*[|│]?[ \t]*(?P<key>Dates?|When|Release\s+date|Released|Launched|Launch\s+date|Issued|Date\s+of\s+issue|"
                            r"Promulgated|Issue\s+date)(?:[ \t]*:[ \t]*|(?<=Released)[ \t]+(?:on[ \t]+)?(?=\d))", re.MULTILINE | re.IGNORECASE)
_KEY_CLASSES = {"date": ("Event",), "dates": ("Event",), "when": ("Event",), "release date": ("AIModel", "Product"),
                "released": ("AIModel", "Product"), "launched": ("AIModel", "Product"), "launch date": ("AIModel", "Product"),
                "issued": ("Policy",), "date of issue": ("Policy",), "promulgated": ("Policy",), "issue date": ("Policy",)}


def key_line_dates(text: str, mentions: list[Mention], matches: list[re.Match], doc_date: str | None) -> list[DateFact]:
    """The date on a page's key line belongs to the page's event, model or policy: the first of that class named in
    the line's own paragraph (an entry's title), else in the 600 characters before the line (the page's title)."""
    out = []
    for k in _KEY_DATE_LINE.finditer(text):
        classes = _KEY_CLASSES[re.sub(r"\s+", " ", k.group("key").lower())]
        d = next((m for m in matches if m.start() >= k.end()), None)
        if d is None or "\n" in text[k.end() : d.start()] or d.start() - k.end() > 20:
            continue
        # (a tracker's numbered entries, "1. Title / Issued by: ... / Issued: 31 December 2021", each a paragraph: the
        # title of the line's own entry, not the page's first)
        block = text.rfind("\n\n", max(0, k.start() - 600), k.start())
        subject = next((m for m in mentions if m.ctype in classes and block < m.start < k.start()), None) if block >= 0 else None
        if subject is None:
            subject = next((m for m in mentions if m.ctype in classes and k.start() - 600 <= m.start < k.start()), None)
        v = resolve(d, doc_date, False, False) if subject is not None else None
        if v:
            pred = "date" if subject.ctype in ("Event", "Policy") else "releaseDate"
            out.append(DateFact(subject, pred, v, k.start(), d.end(), "key_line_date", 0.6))
    return out


_CELL_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")


def table_dates(text: str, mentions: list[Mention], matches: list[re.Match], doc_date: str | None, date_keys: set[str],
                subject_keys: set[str]) -> list[DateFact]:
    """A pipe table's date column ("Issued", "Released") dates the thing named in each row's subject column."""
    out = []
    for table in pipe_tables(text):
        when = table.column(date_keys)
        # ("| Chip | Role | Memory | Status |" with "launched in late May"): a status column that says when it came out
        status = table.column(_STATUS_KEYS) if when is None else None
        if when is None and status is None:
            continue
        if when is None:
            when = status
        col = table.column(subject_keys)
        col = table.first_named_column() if col is None else col
        for row in table.rows:
            a, b = row[col]
            subject = next((m for m in mentions if a <= m.start and m.end <= b and m.ctype in ("AIModel", "Product", "Policy", "Event")), None)
            edition = _CELL_YEAR.search(text, a, b) if subject is not None and subject.ctype == "Event" else None
            a, b = row[when]
            if status is not None and not (_STATUS_RELEASED.search(text, a, b) and not _STATUS_PLANNED.search(text, a, b)):
                continue
            d = next((m for m in matches if a <= m.start() and m.end() <= b), None)
            v = resolve(d, doc_date, False, False) if subject is not None and d is not None else None
            if v and edition and len(v) > 4 and not _CELL_YEAR.search(d.group()):
                v = edition.group() + v[4:]  # ("| China National Computer Congress (CNCC 2026) | 22-24 October |": that edition's October)
            if v:
                pred = "date" if subject.ctype in ("Event", "Policy") else "releaseDate"
                out.append(DateFact(subject, pred, v, row[0][0], row[-1][1], "table_date", 0.6))
    return out


_LIST_ENTRY_NAME = re.compile(r"[ \t]*[-•*][ \t]+")
# a long bracketed title after a standard's number: "GB/T 45654-2025 (Cybersecurity technology - Basic ...)"
LONG_PAREN = re.compile(r"\s\([^()\n]{41,200}\)")
_TOOK_EFFECT = re.compile(r"\b(?:entered|enters|came|comes)\s+into\s+(?:force|effect)|\btook\s+effect|\btakes\s+effect", re.I)
_ENTRY_COLON = re.compile(r":[^\S\n]+")
_AT_EVENT_BEFORE = re.compile(r"\b(?:at|during)\s+(?:the\s+)?$")


_STATUS_KEYS = frozenset({"status", "availability", "state"})
_STATUS_RELEASED = re.compile(r"\b(?:launched|released|introduced|unveiled|debuted|shipped|shipping\s+since|available\s+since|on\s+sale\s+since|open-sourced)\b", re.I)
_WE_ARE_RELEASING = re.compile(r"\b[Ww]e\s+are\s+(?:also\s+|now\s+|today\s+)?(?:releasing|launching|introducing|open-sourcing|unveiling|rolling\s+out)\b(?:\s+(?:its|the|a|an|new|our))*")
_COMMA_BOTH_BEFORE = re.compile(r",\s+both\s+(?:of\s+them\s+)?(?:in|on|during)\s+(?:the\s+)?(?:(?:early|late|mid)\s*-?\s*)?$", re.I)
_LIST_ITEM_BEFORE = re.compile(r"(?:^|[\s,])(?:and|the|its|their|open-sourced|released|launched|unveiled|introduced|[,])\s*$")
_BULLET_START = re.compile(r"[ \t]*[-•*–][ \t]*")
_ENTRY_DATE_SEP = re.compile(r"[ \t]*(?::|[–—-][ \t])")
_WHICH_CLAUSE_AFTER = re.compile(r"\s*,\s+(?:which|that|who)\b")
_DAY_RANGE_HEAD = re.compile(r"[ \t]*\d{1,2}\s*[–\-]\s*")  # ("22–23 April 2026": the first day before the range's date)
_DATE_LINE_REST = re.compile(r"[ \t]*(?:[·•|,]|$)", re.MULTILINE)
_UPDATE_TO_BEFORE = re.compile(r"\b(?:update|upgrade|updates|upgrades|refresh|patch)\s+(?:to|of|for)\s+(?:the\s+|its\s+|our\s+)?$")
_PAST_CLAUSE_BEFORE = re.compile(r",\s+(?:(?:which|that)\s+(?:it|they|we|he|she|the\s+\w+|[A-Z][\w\-.]*(?:\s+[A-Z][\w\-.]*){0,2})?\s*)?(?:had\s+|first\s+|quietly\s+)?(?:released|launched|unveiled|issued|published|announced|introduced|opened|debuted|shipped|open-sourced)"
                                 r"(?:\s+[\w\-]+){0,3}?\s+(?:in|on)\s+(?:early\s+|late\s+|mid-?)?$")
_YEAR_BEFORE_POLICY = re.compile(r"(?:\b[Tt]he|['’]s)\s+((?:19|20)\d\d)\s+$")
_CLAUSE_BREAK = re.compile(r",\s+but\s|;\s")
_STATUS_PLANNED = re.compile(r"\b(?:planned|expected|due|scheduled|will|upcoming|slated)\b", re.I)
_BULLET_LINE = re.compile(r"^[ \t]*[-•*][ \t]+", re.MULTILINE)


def family_member_dates(text: str, mentions: list[Mention], facts: list[DateFact]) -> list[DateFact]:
    """"Shanghai AI Lab released InternLM4 yesterday ... / What's in the release / - InternLM4-8B: ... / - InternLM4-32B:
    ...": the members a released family lists right after share its release date."""
    out: list[DateFact] = []
    starts = {m.start: m for m in mentions if m.ctype in ("AIModel", "Product")}
    dated = {f.entity.key or f.entity.text for f in facts if f.predicate == "releaseDate"}
    for f in facts:
        fam = f.entity
        if f.predicate != "releaseDate" or fam.ctype != "AIModel":
            continue
        name = fam.text
        for b in _BULLET_LINE.finditer(text, fam.end, min(len(text), fam.end + 900)):
            m = starts.get(b.end())
            if m is None or not m.text.startswith((name + "-", name + " ")) or (m.key or m.text) in dated:
                continue
            dated.add(m.key or m.text)
            line_end = text.find("\n", b.end())
            out.append(DateFact(m, "releaseDate", f.value, b.start(), len(text) if line_end < 0 else line_end, "family_member_list", 0.55))
    return out


def entry_line_dates(text: str, mentions: list[Mention], matches: list[re.Match], doc_date: str | None) -> list[DateFact]:
    """A tracker's or a timeline's entry opening with its date and naming its subject right after a dash:
    "2022-11-25 — Provisions on ...", "Oct. 2023 — Global AI Governance Initiative", "Effective: 1 September 2025 /
    Issued: 14 March 2025 — Measures for ..." (the issue date, not the one it takes effect)."""
    out: list[DateFact] = []
    starts = {m.start: m for m in mentions}
    done: set[int] = set()
    for d in matches:
        a = text.rfind("\n", 0, d.start()) + 1
        if a in done:
            continue
        b = text.find("\n", a)
        b = len(text) if b < 0 else b
        sep = _ENTRY_SEP.search(text, a, min(b, a + 120))
        if sep is None or sep.start() < d.end():
            # ("- Jul 2025: Live demo at ...": a colon right after a timeline entry's date)
            # (only a date with its year: under a year's heading, "- 4 August: ..." is that year's, read elsewhere)
            sep = _ENTRY_COLON.match(text, d.end()) if d.start() - a <= 4 and re.search(r"(?:19|20)\d\d", d.group()) else None
            # (not a line whose own text dates its subject or says the date is when it took effect)
            if sep is None or any(sep.end() <= m.start() < b for m in matches) or _TOOK_EFFECT.search(text, sep.end(), b):
                continue
        done.add(a)
        inline = [m for m in matches if a <= m.start() and m.end() <= sep.start()]
        residue = text[a : sep.start()]
        for m in reversed(inline):
            residue = residue[: m.start() - a] + residue[m.end() - a :]
        if not _ENTRY_RESIDUE.fullmatch(residue):
            continue
        keyed = [(m, _ENTRY_KEY_BEFORE.search(text, a, m.start())) for m in inline]
        # (the issue date over the one it takes effect; of "2024年9月9日 (9 September 2024)" the full date)
        pick = next((m for m, k in keyed if k and k.group(1).lower()[:2] in ("is", "pu", "ad", "re", "da", "an")), None) \
            or max((m for m, k in keyed if not k), key=lambda m: len(resolve(m, doc_date, False, False) or ""), default=None)
        subject = next((starts[p] for p in range(sep.end(), sep.end() + 5) if p in starts), None)
        if subject is None:
            # ("Jul 2025: Live demo at the World Artificial Intelligence Conference 2025 in Shanghai": the event the entry was at)
            subject = next((m for m in mentions if sep.end() <= m.start < b and m.ctype == "Event"
                            and _AT_EVENT_BEFORE.search(text, max(a, m.start - 12), m.start)), None)
        if pick is None or subject is None or subject.ctype not in ("Policy", "Event", "AIModel", "Product"):
            continue
        v = resolve(pick, doc_date, False, False)
        if v:
            out.append(DateFact(subject, "date" if subject.ctype in ("Policy", "Event") else "releaseDate", v, a, b, "entry_line_date", 0.65))
    return out


# what follows a name opening a list entry, up to its date: "- Interim Measures ... - issued 10 July 2023 by the CAC",
# "Honor Magic8 Pro. Out since October 15, ...", "vivo X300. Released 13/10/2025, ...", "Xiaomi 17. On sale since ..."
# (never the day it takes effect)
_NAME_ENTRY_KEY = re.compile(
    r"[^\S\n]*(?:[-–—:.,(]|(?=[^\S\n]))[^\S\n]*(?:(?:was|were|is|first|officially|formally|jointly)[^\S\n]+)?"
    r"(?:issued|released|launched|published|adopted|unveiled|announced|promulgated|introduced|debuted|dated|held"
    r"|(?:out|on\s+sale|available|in\s+stores|shipping)(?=\s+since))[^\S\n]*:?[^\S\n]*(?:on|in|since)?[^\S\n]*",
    re.I,
)


_BRACKET_OPEN = re.compile(r"[^\S\n]*\(")
_BRACKET_DATE_CLOSE = re.compile(r"\)[^\S\n]*(?:[:,–—]|-[^\S\n])")


def name_entry_dates(text: str, mentions: list[Mention], matches: list[re.Match], doc_date: str | None, own: bool) -> list[DateFact]:
    """A list entry or a short paragraph that opens with a name, then how and when it came out: the date is that name's
    ("- Provisions on ... - issued 25 November 2022 by the CAC", "Honor Magic8 Pro. Out since October 15, ...")."""
    out: list[DateFact] = []
    at = {m.start(): m for m in matches}
    for m in mentions:
        if m.ctype not in ("Policy", "Event", "AIModel", "Product"):
            continue
        a = text.rfind("\n", 0, m.start) + 1
        if _ENTRY_DATE.match(text, a).end() != m.start:
            continue
        # ("- PanGu-α (2021): a 200-billion-parameter model ...", "ERNIE 3.0 Titan (December 2021): ...": a model's year
        # in brackets after its name, in a list of models)
        if m.ctype in ("AIModel", "Product") and (o := _BRACKET_OPEN.match(text, m.end)) is not None:
            d = at.get(o.end())
            if d is not None and _BRACKET_DATE_CLOSE.match(text, d.end()):
                if v := resolve(d, doc_date, own, False):
                    out.append(DateFact(m, "releaseDate", v, m.start, d.end(), "name_entry_year", 0.6))
                continue
        k = _NAME_ENTRY_KEY.match(text, m.end)
        d = at.get(k.end()) if k and k.end() > m.end else None
        held = d is not None and k.group(0).strip(" -–—:.,(").lower().startswith("held")
        if d is None or (m.ctype == "Event") != held:  # (an event is held; a model or a policy comes out)
            continue
        v = resolve(d, doc_date, own, False)
        if v:
            out.append(DateFact(m, "date" if m.ctype in ("Policy", "Event") else "releaseDate", v, m.start, d.end(), "name_entry_date", 0.65))
    return out


def _chained(m: re.Match, last: str) -> str | None:
    """The date a relative phrase ("two weeks later", "the next day", "later that month", "on the 16th") gives,
    counted from the narrative's last date `last`; None when that date is too coarse for it."""
    import datetime as dt

    g = m.groupdict()
    if g["month"]:
        return last[:7]
    if g["nth"]:
        day = int(g["nth"])
        try:
            return dt.date(int(last[:4]), int(last[5:7]), day).isoformat()
        except ValueError:
            return None
    if len(last) < 10:
        return None
    day = dt.date.fromisoformat(last)
    if g["same"]:
        return last
    if g["next"]:
        return (day + dt.timedelta(days=1)).isoformat()
    w = g["n"].lower()
    n = int(w) if w.isdigit() else _NUM_WORDS.get(w, 1)
    return (day + dt.timedelta(days=n * (7 if g["unit"].lower().startswith("week") else 1))).isoformat()


def heading_line_dates(text: str, mentions: list[Mention], matches: list[re.Match], doc_date: str | None) -> list[DateFact]:
    """A listing whose name stands alone on its line with its date opening the next line ("World Robot Conference
    2025" / "8–12 Aug. 2025, Beijing"): that date is the event's (or the policy's, the model's)."""
    out: list[DateFact] = []
    for m in mentions:
        if m.ctype not in ("Event", "Policy", "AIModel", "Product"):
            continue
        a = text.rfind("\n", 0, m.start) + 1
        b = text.find("\n", m.end)
        if b < 0 or text[a : m.start].strip() or not _HEADING_REST.fullmatch(text, m.end, b):
            continue
        c = text.find("\n", b + 1)
        c = len(text) if c < 0 else c
        line = _KEY_WORD.match(text, b + 1, c)
        d = next((x for x in matches if line.end() <= x.start() < c), None)
        if d is None or d.start() != line.end():
            continue
        v = resolve(d, doc_date, False, False)
        if v and len(v) >= 7:
            out.append(DateFact(m, "date" if m.ctype in ("Event", "Policy") else "releaseDate", v, a, c, "heading_line_date", 0.65))
    return out


_ENTRY_NUMBER = re.compile(ENTRY_NUMBER)
_DATE_THEN_SEPARATOR = re.compile(r"[ \t]*[|·•—–][ \t]*\S")


_TITLE_TAIL = re.compile(TITLE_TAIL)


def dated_line_titles(text: str, mentions: list[Mention], matches: list[re.Match], doc_date: str | None) -> list[DateFact]:
    """A tracker's entry that opens with its date and a separator ("[2] 28/10/2025 | NPC Standing Committee") and
    names what it is about at the start of the next line ("Decision on Amending the Cybersecurity Law"): the date is
    that policy's (event's, model's)."""
    out: list[DateFact] = []
    starts = {}
    for m in mentions:
        if m.ctype in ("Event", "Policy", "AIModel", "Product"):
            a = text.rfind("\n", 0, m.start) + 1
            if not text[a : m.start].strip() and a not in starts:
                starts[a] = m
    if not starts:
        return out
    for d in matches:
        a = text.rfind("\n", 0, d.start()) + 1
        if _ENTRY_NUMBER.fullmatch(text, a, d.start()) is None or not _DATE_THEN_SEPARATOR.match(text, d.end()):
            continue
        b = text.find("\n", d.end())
        if b < 0:
            continue
        m = starts.get(b + 1)
        # (the name ends its line or stands before a bracket, a dash or a colon: not a headline going on with a verb)
        if m is None or not _TITLE_TAIL.match(text, m.end):
            continue
        v = resolve(d, doc_date, False, False)
        if v and len(v) >= 7:
            out.append(DateFact(m, "date" if m.ctype in ("Event", "Policy") else "releaseDate", v, a, m.end, "dated_line_title", 0.65))
    return out


def notice_policy(mentions: list[Mention]) -> Mention | None:
    """The policy a government notice is about: the first one the document names (its title)."""
    return next((m for m in mentions if m.ctype == "Policy" and m.start < 2000), None)


def signature_blocks(text: str, mentions: list[Mention], matches: list[re.Match] | None = None) -> list[tuple[re.Match, int, int, list[Mention]]]:
    """A government notice ends with its issuers, each alone on a line, then the date it was issued (a blank line may
    stand between): each such date line (match, line start, line end) with the agencies above it, nearest first."""
    by_line: dict[int, Mention] = {}
    for m in mentions:
        if m.ctype != "GovernmentAgency":
            continue
        a = text.rfind("\n", 0, m.start) + 1
        b = text.find("\n", m.end)
        if text[a : len(text) if b < 0 else b].strip() == text[m.start : m.end]:
            by_line[a] = m
    if not by_line:
        return []
    out = []
    for d in date_matches(text) if matches is None else matches:
        a = text.rfind("\n", 0, d.start()) + 1
        b = text.find("\n", d.end())
        b = len(text) if b < 0 else b
        if text[a:b].strip() != text[d.start() : d.end()].strip():
            continue  # (a date inside a line of prose)
        j = a - 1  # the newline ending the line before
        if j >= 0 and text[text.rfind("\n", 0, j) + 1 : j].strip() == "":
            j = text.rfind("\n", 0, j)
        signed = []
        while j > 0 and (m := by_line.get(text.rfind("\n", 0, j) + 1)) is not None:
            signed.append(m)
            j = text.rfind("\n", 0, j)
        if signed:
            out.append((d, a, b, signed))
    return out


def signature_dates(text: str, mentions: list[Mention], matches: list[re.Match], doc_date: str | None) -> list[DateFact]:
    """The date under a notice's signature block is the date of the notice's policy."""
    policy = notice_policy(mentions)
    if policy is None:
        return []
    out = []
    for d, a, b, _ in signature_blocks(text, mentions, matches):
        v = resolve(d, doc_date, False, False) if a > policy.end else None
        if v:
            out.append(DateFact(policy, "date", v, a, b, "signature_date", 0.6))
    return out


def _prefer_precise(facts: list[DateFact]) -> list[DateFact]:
    """"The 2025 World AI Conference ... in July", "- PengCheng Mind 2 (2026): ..." and "In January PCL released
    PengCheng Mind 2": the year in a name or in a list adds nothing once the text dates it within that year."""
    named = [f for f in facts if f.rule in ("year_in_event_name", "name_entry_year", "date_in_brackets", "year_before_policy")]
    if not named:
        return facts
    # "the World AI Conference 2023 ... in July": a month read against the document's year takes the edition's year
    for f in named:
        for o in facts:
            if f.rule == "year_in_event_name" and o is not f and o.entity is f.entity and o.rule != "year_in_event_name" and len(o.value) > 4 and not o.value.startswith(f.value):
                o.value = f.value + o.value[4:]
    drop = {
        id(f)
        for f in named
        if any(o.entity is f.entity or (o.entity.key or o.entity.text) == (f.entity.key or f.entity.text) for o in facts
               if o is not f and o.rule != f.rule and o.value.startswith(f.value) and o.value != f.value)
    }
    return [f for f in facts if id(f) not in drop]


@Language.factory(
    "cakg_dates",
    assigns=["doc._.cakg_dates"],
    requires=["doc._.cakg_mentions", "token.is_sent_start"],
    default_config={},
)
def make_dates(nlp: Language, name: str):
    return DateComponent(DateRules())


if not Doc.has_extension("cakg_doc_date"):
    Doc.set_extension("cakg_doc_date", default=None)
if not Doc.has_extension("cakg_date_is_own"):
    Doc.set_extension("cakg_date_is_own", default=None)  # False: cakg_doc_date is only the latest date cited


class DateComponent:
    def __init__(self, rules: DateRules):
        self.rules = rules

    def __call__(self, doc: Doc) -> Doc:
        import bisect

        out: list[DateFact] = []
        text = doc_text(doc)
        own = doc._.cakg_date_is_own is not False
        doc_date = doc._.cakg_doc_date
        matches = date_matches(text)
        low = text.lower()
        if len(low) != len(text):  # (a few non-ASCII letters change length when lower-cased)
            low = "".join(c.lower() if len(c.lower()) == 1 else c for c in text)
        all_dates = [m.start() for m in matches]
        # chronologies and trackers: a line holding only a year heads the entries below it ("2023" then
        # "July: Seven agencies ... release the Interim Measures")
        heads = [(m.start(), m.group(1)) for m in _YEAR_LINE.finditer(text)] if "\n" in text else []
        head_at = [h for h, _ in heads]
        # a wire digest's datelines ("SHENZHEN, Feb. 11 — BYD said on Monday ..."): the story's own date is the
        # reference for the relative dates that follow it, up to the next dateline
        lines = []
        dl_dates: set[int] = set()  # where datelines' own dates are
        for dl in _DATELINE.finditer(text):
            first = next((m for m in matches if dl.start("date") <= m.start() < dl.end("date")), None)
            v = resolve(first, doc_date, own, False) if first is not None else None
            if v and len(v) == 10:
                lines.append((dl.start(), v))
                dl_dates.add(first.start())
        # an archive's entries each open with their own date line ("April 22, 2025 | Product", "2025-01-08"): "today"
        # and "on Tuesday" in an entry are of that day
        for m in matches:
            a = text.rfind("\n", 0, m.start()) + 1
            if not _ENTRY_DATE_PREFIX.fullmatch(text, a, m.start()) or not _ENTRY_DATE_REST.match(text, m.end()):
                continue
            v = resolve(m, doc_date, False, False)
            if v and len(v) == 10:
                lines.append((a, v))
        lines.sort()
        line_at = [a for a, _ in lines]
        last: tuple[str, int] | None = None  # the narrative's last date (YYYY-MM or YYYY-MM-DD) and where its sentence ends
        prev: list[Mention] = []
        prev_end = -1
        narrative: tuple[int, int, int] | None = None  # (year, month, where) of the last past date with its year
        for s, e, ms in sentences_with_mentions(doc, mentions_of(doc), every=True):
            if prev and "\n\n" not in text[prev_end:s] and (it := _IT_RELEASED.match(text, s)) is not None:
                # ("Hunyuan-A13B is good. Tencent released it June 27.", "It was released on June 27."): the model before
                at = it.start("it") if it.group("it") else it.start("it2")
                ante = next((m for m in prev if m.ctype in ("AIModel", "Product")), None)
                if ante is not None and not any(m.ctype in ("AIModel", "Product") and m.start < at for m in ms):
                    stand = Mention(at, at + 2, ante.text, ante.type, key=ante.key, source="anaphor", name=ante.name or ante.text)
                    ms = sorted([stand, *ms], key=lambda m: m.start)
            if not ms:  # ("2024 was the year the company tried to sell products.": the year the narrative is at)
                lo, hi = bisect.bisect_left(all_dates, s), bisect.bisect_left(all_dates, e)
                narrative = _next_narrative(narrative, matches[lo:hi], doc_date, text, s, e)
                continue
            # "The provisions had been jointly issued on December 31, 2021": the policy (model) of the sentence before
            ana = _DATE_ANAPHOR.match(text, s) if prev and "\n\n" not in text[prev_end:s] else None
            this_prev, prev, prev_end = prev, ms, e
            # ("..., and the Pro plan adds ERNIE X1 Turbo; Baidu released both in April": the pair of the clause before)
            if this_prev and " both" in text[s:e] and text[s - 2 : s].strip() == ";":
                pair = [m for m in this_prev if m.ctype in ("AIModel", "Product")][-2:]
                if len(pair) == 2 and not any(m.ctype in ("AIModel", "Product") for m in ms):
                    ms = [*pair, *ms]
            if ana and not (ms and ms[0].start < ana.end()):
                want = "Policy" if ana.group("they") or ana.group("kind").lower() in POLICY_NOUNS else ("AIModel", "Product")
                ante = next((m for m in this_prev if m.ctype in want), None)
                # ("... the Civil Code, ... and the Interim Measures ... Those measures, issued ...": the one the noun names)
                if want == "Policy" and ana.group("kind") and (named := [m for m in this_prev if m.ctype == "Policy"
                                                                         and ana.group("kind").lower()[:5] in (m.name or m.text).lower()]):
                    ante = named[0]
                if ante is not None and ana.group("mod") and not topic_fits(ana.group("mod"), ante.name or ante.text):
                    ante = None  # ("The export rules were issued ...": not the labeling measures of the sentence before)
                if ante is not None:
                    stand = Mention(ana.start(), ana.end(), ante.text, ante.type, key=ante.key, source="anaphor", name=ante.name or ante.text)
                    ms = [stand, *ms]
            k = bisect.bisect_right(head_at, s) - 1 if heads else -1
            if k >= 0:
                year = heads[k][1]
                # "- October: At the Forum, Xi announces X. Later that month Moonshot AI launches Kimi.": a later sentence
                # of the entry takes the date that opens the entry
                section = year
                line = text.rfind("\n", 0, s) + 1
                if line < s:
                    opener = _ENTRY_DATE.match(text, line)
                    first = next((m for m in matches if m.start() >= line), None) if opener else None
                    if first is not None and first.start() == opener.end():
                        section = resolve(first, f"{year}-12-31", False) or year
                out.extend(self.rules.sentence(text, s, e, ms, f"{year}-12-31", False, section_year=section, matches=matches))
                continue
            lo, hi = bisect.bisect_left(all_dates, s), bisect.bisect_left(all_dates, e)
            has_date = lo < hi
            # "Two weeks later iFlytek answered with Spark 3.5", "the next day Alibaba released Qwen2", "on the 16th":
            # counted from the last date the narrative gave, when it is near
            j = bisect.bisect_right(line_at, s) - 1 if lines else -1
            ref, ref_own = (lines[j][1], True) if j >= 0 else (doc_date, own)
            chained: list[DateMention] = []
            if _LATER_CUE.search(low, s, e):
                anchors = [(m.start(), v) for m in matches[lo:hi] if (v := resolve(m, ref, ref_own, False)) and len(v) >= 7]
                for c in _LATER.finditer(text, s, e):
                    # (from the latest date before the phrase: one given earlier in the sentence, a chained one, or the last)
                    before = [v for at, v in anchors if at < c.start()] + [d.value for d in chained]
                    anchor = before[-1] if before else last[0] if last is not None and s - last[1] < 1500 else None
                    if anchor and (v := _chained(c, anchor)):
                        chained.append(DateMention(c.start(), c.end(), v))
            if has_date or chained or any(m.ctype == "Event" for m in ms) or own and ("just " in text[s:e] or "e are " in text[s:e]):
                # "On Aug. 31, 2023, ERNIE Bot opened to the public. Tongyi Qianwen followed in September.": a later
                # month with no year, after a past date of the same paragraph, is in that date's year
                if narrative and has_date and j < 0 and "\n\n" not in text[narrative[2] : s] and _only_bare_months(matches[lo:hi], narrative[1]):
                    ref, ref_own = f"{narrative[0]:04d}-12-31", False
                # ("BEIJING, Nov 7 (APN) - Moonshot AI on Thursday released ...": the dateline's date is the reference
                # for the story's own date, not that date)
                own_matches = matches
                if dl_dates and hi - lo > 1 and any(s <= a < e for a in dl_dates):
                    own_matches = [m for m in matches if m.start() not in dl_dates]
                out.extend(self.rules.sentence(text, s, e, ms, ref, ref_own, matches=own_matches, extra=chained))
                seen = [(m.start(), resolve(m, ref, ref_own, False)) for m in matches[lo:hi]] + [(c.start, c.value) for c in chained]
                seen = [(at, v) for at, v in seen if v and len(v) >= 7 and not (len(v) == 7 and last and last[0][:7] == v)]
                if seen:
                    last = (max(seen)[1], e)
            narrative = _next_narrative(narrative, matches[lo:hi], doc_date, text, s, e)
        out.extend(title_event_dates(text, mentions_of(doc), doc._.cakg_doc_date, matches))
        if "Source" in text or "source" in text:
            out.extend(source_note_dates(text, mentions_of(doc), doc._.cakg_doc_date))
        out.extend(signature_dates(text, mentions_of(doc), matches, doc_date))
        if "—" in text or "–" in text or " - " in text or ": " in text:
            out.extend(entry_line_dates(text, mentions_of(doc), matches, doc_date))
        if "\n" in text or len(text) < 400:
            out.extend(name_entry_dates(text, mentions_of(doc), matches, doc_date, own))
        out.extend(heading_line_dates(text, mentions_of(doc), matches, doc_date))
        if "\n" in text:
            out.extend(dated_line_titles(text, mentions_of(doc), matches, doc_date))
        if "|" in text:
            out.extend(table_dates(text, mentions_of(doc), matches, doc_date, self.rules.table_date_keys, self.rules.table_subject_keys))
        if ":" in text:
            out.extend(key_line_dates(text, mentions_of(doc), matches, doc_date))
        if "\n- " in text or "\n• " in text:
            out.extend(family_member_dates(text, mentions_of(doc), out))
        doc._.cakg_dates = _prefer_precise(out)
        return doc
