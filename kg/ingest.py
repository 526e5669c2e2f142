"""Read files into Documents: find the files, decode them, strip page boilerplate, find title/date/url.

Formats: .txt (and any file named explicitly), .md, .html/.htm, .pdf and .jsonl (one document per line).
Scraped text is kept as it is apart from obvious page furniture (menus, "Share", "Source link", visit
counters, photo-credit lines, cookie notices, a caption repeated twice): headlines, every prose
paragraph and a share bar that names platforms ("Share: WeChat | Weibo", the products a page mentions) stay, including the unrelated news a scraper picks up around an article, because what this
module returns is exactly the text the extractors see.

A file that cannot be read never stops a run: `iter_documents` yields an `IngestError` for it (and for
each bad line of a JSONL file) and goes on with the rest.
"""

from __future__ import annotations

import datetime as _dt
import io
import json
import os
import re
import unicodedata
from collections.abc import Iterable, Iterator
from functools import lru_cache
from html.parser import HTMLParser
from pathlib import Path

from extractors.bylines import CREDIT_FIELD, CREDIT_LINE
from kg.model import Document, IngestError

SUPPORTED = {".txt", ".md", ".html", ".htm", ".pdf", ".jsonl"}

_FORMATS = {".md": "md", ".markdown": "md", ".html": "html", ".htm": "html", ".pdf": "pdf", ".jsonl": "jsonl"}


class NotText(ValueError):
    """Bytes that are not text (raised by `decode_bytes`)."""


# --------------------------------------------------------------------------------------------- discovery


def _as_list(paths) -> list:
    return [paths] if isinstance(paths, (str, os.PathLike)) else list(paths)


def discover(paths: Iterable[str | Path] | str | Path) -> list[Path]:
    """The files to read: folders expanded recursively (sorted, hidden files and folders skipped, only
    SUPPORTED suffixes), plus every file named explicitly whatever its suffix. No duplicates."""
    out: list[Path] = []
    seen: set[Path] = set()

    def add(p: Path) -> None:
        if p not in seen:
            seen.add(p)
            out.append(p)

    for raw in _as_list(paths):
        p = Path(raw)
        if not p.is_dir():
            add(p)  # a named file (or a missing one: reading it reports the error)
            continue
        found = []
        for dirpath, dirnames, filenames in os.walk(p):
            dirnames[:] = [d for d in dirnames if not d.startswith(".")]
            for name in filenames:
                if not name.startswith(".") and os.path.splitext(name)[1].lower() in SUPPORTED:
                    found.append(Path(dirpath, name))
        for f in sorted(found):
            add(f)
    return out


# --------------------------------------------------------------------------------------------- decoding

_BOMS = (
    (b"\xef\xbb\xbf", "utf-8-sig"),
    (b"\xff\xfe\x00\x00", "utf-32"),
    (b"\x00\x00\xfe\xff", "utf-32"),
    (b"\xff\xfe", "utf-16"),
    (b"\xfe\xff", "utf-16"),
)
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f\ufffd]")
_NON_ASCII = re.compile(r"[^\x00-\x7f]")
_CJK = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff]")
_CJK_PUNCT = re.compile(r"[\u3000-\u303f\uff00-\uffef]")
_KANA_HANGUL = re.compile(r"[\u3040-\u30ff\u1100-\u11ff\uac00-\ud7af]")
_PUA = re.compile(r"[\ue000-\uf8ff]")
_NON_LATIN = re.compile(r"[^\x00-\u024f\u2000-\u206f\u20ac\u2122]")
_CHARSET_DECL = re.compile(rb"""charset\s*=\s*["']?([A-Za-z0-9_.:-]+)""", re.I)


def _looks_binary(text: str) -> bool:
    if not text:
        return False
    bad = len(_CONTROL.findall(text[:200_000]))
    return bad > max(2, 0.02 * min(len(text), 200_000))


def _utf16_without_bom(data: bytes) -> str | None:
    """Mostly-ASCII UTF-16 without a BOM: NULs (the high bytes of ASCII characters) in most byte pairs,
    all on one side."""
    if len(data) < 4 or len(data) % 2:
        return None
    even, odd = data[0::2].count(0), data[1::2].count(0)
    for enc, zeros, other in (("utf-16-le", odd, even), ("utf-16-be", even, odd)):
        if zeros > 0.5 * (len(data) // 2) and not other:
            try:
                text = data.decode(enc)
            except UnicodeDecodeError:
                return None
            return None if _looks_binary(text) or _PUA.search(text) else text
    return None


def _gb18030(data: bytes) -> str | None:
    """The text if the bytes are GB18030 (GBK, GB2312) Chinese, else None."""
    try:
        text = data.decode("gb18030")
    except UnicodeDecodeError:
        return None
    non_ascii = len(_NON_ASCII.findall(text))
    cjk = _CJK.findall(text)
    if not cjk or _PUA.search(text):
        return None
    if len(cjk) + len(_CJK_PUNCT.findall(text)) < 0.8 * non_ascii:
        return None
    # Big5 bytes also decode as GB18030, into characters outside GB2312; real GBK text rarely leaves it
    han = "".join(cjk)
    outside = han.encode("gb2312", errors="replace").count(b"?")
    if outside > 0.15 * len(han):
        try:
            data.decode("big5")
            return None
        except UnicodeDecodeError:
            pass
    return text


def decode_bytes(data: bytes) -> tuple[str, str]:
    """Decode file bytes: (text, encoding name). Raises NotText for binary data.

    Order: a BOM (UTF-8/16/32); strict UTF-8; GB18030 when it decodes into Chinese text; then
    charset_normalizer's guess (which also catches Japanese and Korean that GB18030 would garble).
    """
    if not data:
        return "", "utf-8"
    for bom, enc in _BOMS:
        if data.startswith(bom):
            try:
                text = data.decode(enc)
            except UnicodeDecodeError as e:
                raise NotText(f"bad {enc} data") from e
            if _looks_binary(text):
                raise NotText("binary file, not text")
            return text, enc
    if b"\x00" in data:
        text = _utf16_without_bom(data)
        if text is None:
            raise NotText("binary file, not text")
        return text, "utf-16"
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    else:
        if _looks_binary(text):
            raise NotText("binary file, not text")
        return text, "utf-8"

    gb = _gb18030(data)
    import charset_normalizer

    best = charset_normalizer.from_bytes(data[:200_000] if len(data) > 200_000 else data).best()
    if gb is not None:
        if best is not None and len(_NON_ASCII.findall(gb)) >= 20:
            guess = str(best)
            if len(_KANA_HANGUL.findall(guess)) > 0.3 * max(1, len(_NON_ASCII.findall(guess))):
                return _decode_with(data, best.encoding)
        return gb, "gb18030"
    if best is None:
        raise NotText("binary file, not text")
    if best.encoding != "cp1252" and not _NON_LATIN.search(str(best)):
        # charset_normalizer often names a cousin (cp1250, cp1257) of the Windows-1252 that Western
        # pages use; when its reading is Latin text anyway, Windows-1252 is the likelier one
        try:
            return _decode_with(data, "cp1252")
        except NotText:
            pass
    return _decode_with(data, best.encoding)


def _decode_with(data: bytes, encoding: str) -> tuple[str, str]:
    try:
        text = data.decode(encoding)
    except (UnicodeDecodeError, LookupError) as e:
        raise NotText("binary file, not text") from e
    if _looks_binary(text):
        raise NotText("binary file, not text")
    return text, encoding


def _declared_charset(data: bytes) -> str | None:
    m = _CHARSET_DECL.search(data[:4096])
    if not m:
        return None
    name = m.group(1).decode("ascii", "replace").lower()
    return "gb18030" if name in ("gb2312", "gbk", "x-gbk") else name


# --------------------------------------------------------------------------------------------- normalising

_ODD_SPACES = ("\u00a0", "\u202f", "\u2007", "\u2009", "\t", "\v")
_DROP_CHARS = ("\u200b", "\ufeff")
_MANY_NEWLINES = re.compile(r"\n{3,}")


def _prep(text: str) -> str:
    """NFC, \\n line ends, odd spaces -> one space (str.replace with guards: this is the hot path)."""
    if not unicodedata.is_normalized("NFC", text):
        text = unicodedata.normalize("NFC", text)
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.isascii():
        for ch in _ODD_SPACES:
            if ch in text:
                text = text.replace(ch, " ")
        for ch in _DROP_CHARS:
            if ch in text:
                text = text.replace(ch, "")
        if "\u2028" in text or "\u2029" in text:
            text = text.replace("\u2028", "\n").replace("\u2029", "\n\n")
    else:
        if "\t" in text or "\v" in text:
            text = text.replace("\t", " ").replace("\v", " ")
    if "\x0c" in text:
        text = text.replace("\x0c", "\n\n")
    while "  " in text:
        text = text.replace("    ", " ").replace("  ", " ")
    return text


def normalize(text: str) -> str:
    """NFC, \\n line ends, non-breaking and other odd spaces -> space, stripped lines, at most one blank line."""
    text = _prep(text)
    if " \n" in text or "\n " in text:
        text = text.replace(" \n", "\n").replace("\n ", "\n")
    if "\n\n\n" in text:
        text = _MANY_NEWLINES.sub("\n\n", text)
    return text.strip()


# --------------------------------------------------------------------------------------------- dates

_MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "oct": 10,
    "nov": 11, "dec": 12,
}
_MON = r"Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?"
_YEAR = r"(?:19|20)\d\d"
_DATE = re.compile(
    rf"(?<![\d.])(?P<y1>{_YEAR})([-/.])(?P<m1>\d{{1,2}})\2(?P<d1>\d{{1,2}})(?![\d])"
    rf"|\b(?P<mon2>{_MON})\.?\s+(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y2>{_YEAR})\b"
    rf"|\b(?P<d3>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<mon3>{_MON})\.?,?\s+(?P<y3>{_YEAR})\b"
    rf"|(?P<y4>{_YEAR})\s*年\s*(?P<m4>\d{{1,2}})\s*月\s*(?P<d4>\d{{1,2}})\s*日"
    # "29/08/2025", "23.04.2025": day first (month first only where the first number cannot be a month)
    rf"|(?<![\w./])(?P<a5>\d{{1,2}})(?P<sep5>[/.])(?P<b5>\d{{1,2}})(?P=sep5)(?P<y5>{_YEAR})(?![\d]|[./]\d)",
    re.I,
)
_YEAR_MONTH = re.compile(rf"^\s*(?:(?P<y1>{_YEAR})[-/](?P<m1>\d{{1,2}})|(?P<mon>{_MON})\.?,?\s+(?P<y2>{_YEAR}))\s*$", re.I)
_YEAR_ONLY = re.compile(rf"^\s*({_YEAR})\s*$")


def _ymd(y: str, m: str | int, d: str) -> str | None:
    try:
        return _dt.date(int(y), int(m), int(d)).isoformat()
    except ValueError:
        return None


def _date_from_match(m: re.Match) -> str | None:
    if m.group("y1"):
        return _ymd(m.group("y1"), m.group("m1"), m.group("d1"))
    if m.group("y2"):
        return _ymd(m.group("y2"), _MONTHS[m.group("mon2")[:3].lower()], m.group("d2"))
    if m.group("y3"):
        return _ymd(m.group("y3"), _MONTHS[m.group("mon3")[:3].lower()], m.group("d3"))
    if m.group("y4"):
        return _ymd(m.group("y4"), m.group("m4"), m.group("d4"))
    a, b = int(m.group("a5")), int(m.group("b5"))
    return _ymd(m.group("y5"), a, b) if b > 12 >= a else _ymd(m.group("y5"), b, a)


def iso_date(value) -> str | None:
    """An ISO date (YYYY-MM-DD, YYYY-MM or YYYY) from a metadata value such as "2025-07-25T10:00:00Z",
    "October 28, 2025", "2025年10月28日", "2025-10" or 2025; None when it is not a date."""
    if value is None:
        return None
    if isinstance(value, (_dt.date, _dt.datetime)):
        return value.strftime("%Y-%m-%d")
    if isinstance(value, int) and not isinstance(value, bool):
        value = str(value)
    if not isinstance(value, str):
        return None
    value = value.strip()
    if value.startswith("D:") and len(value) >= 10 and value[2:10].isdigit():  # PDF date D:YYYYMMDD...
        return _ymd(value[2:6], value[6:8], value[8:10])
    m = _DATE.search(value)
    if m:
        return _date_from_match(m)
    m = _YEAR_MONTH.match(value)
    if m:
        y = m.group("y1") or m.group("y2")
        mon = int(m.group("m1")) if m.group("m1") else _MONTHS[m.group("mon")[:3].lower()]
        return f"{y}-{mon:02d}" if 1 <= mon <= 12 else None
    m = _YEAR_ONLY.match(value)
    return m.group(1) if m else None


# --------------------------------------------------------------------------------------------- scraped text

_URL_TOKEN = r"https?://\S+"
_HEADER = re.compile(rf"^date\s*[:=]?\s+(?P<date>\S+)(?:\s+(?P<url>{_URL_TOKEN}))?(?:\s+(?P<rest>.*))?$", re.I)
_URL_LINE = re.compile(rf"^(?:(?:url|link|source|canonical|permalink|original)\s*[:：]\s*)?<?(?P<url>{_URL_TOKEN}?)>?$", re.I)
_KEYED_DATE = re.compile(r"\b(?P<key>published|posted|updated|last updated|modified|date)\b(?:\s+on)?\s*[:：]?\s*$", re.I)
_WEEKDAY_ONLY = re.compile(r"\s*(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s*)?")
_UPDATE_TAIL = re.compile(r"\s*[,;|·•–—-]?\s*(?:(?:last\s+)?(?:updated|published|posted|modified)\b[^.]{0,40}|\d{1,2}:\d{2}[^.]{0,30})?\s*", re.I)
_SEPARATOR = re.compile(r"\s[|·•›»]\s")
_SEPARATED_AFTER = re.compile(r"\s*[|·•›»]")
_SEPARATED_BEFORE = re.compile(r"[|·•›»]\s*(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s*)?$")  # ("Issue 112 | Thursday, October 2, 2025")
_ISSUE_LINE = re.compile(r"^\s*(?:issue|vol(?:ume)?\.?|no\.|edition|#)\s*#?\d+\b", re.I)
_KEY_FIRST = re.compile(r"^\s*(?P<key>published|posted|updated|last updated|modified)\b", re.I)
_DATE_RESIDUE = re.compile(
    r"\b(?:published|updated|last|posted|modified|created|date|dated|on|at|time|am|pm|a\.m|p\.m|gmt|utc|bjt|cst|"
    r"est|edt|pst|pdt|cet|cest|bst|hkt|sgt|jst|ist|mon(?:day)?|tue(?:s|sday)?|wed(?:nesday)?|thu(?:r|rs|rsday)?|"
    r"fri(?:day)?|sat(?:urday)?|sun(?:day)?)\b|\d{1,2}:\d{2}(?::\d{2})?|[+-]\d{1,2}(?::?\d{2})?\b|[\W_]",
    re.I,
)

_NAV_WORDS = frozenset(
    """skip to content main navigation nav menu home homepage search go link links related article
    articles story stories post posts read also more latest news share shares sharing this on print email e-mail mail
    comment comments reply subscribe subscription subscribers login logout log in out sign signin register account my
    profile publications advertisement advertising ad ads sponsored tags tag topics topic categories category next
    previous prev back top close loading recommended trending popular most viewed you may like follow us
    newsletter newsletters facebook twitter x linkedin whatsapp telegram weibo wechat reddit pinterest instagram
    youtube tiktok copy url graphics dashboard view all see watch video videos photo photos gallery listen now
    playing continue reading click here contact about privacy policy terms of use service cookies cookie settings
    accept reject feedback help faq rss feed download app apps edition language english 中文 the and our for free
    trial donate support jobs careers sitemap archive archives show hide toggle expand collapse full screen
    fullscreen enlarge image images caption embed save bookmark likes following followers font size a a+ a- or
    with by your up get started today breaking live updates editor's picks picks
    world china business tech technology opinion opinions sports sport culture life lifestyle travel health science
    politics economy markets finance money entertainment asia europe americas africa society education environment
    military national local regions region global companies industries industry autos cars food style arts books
    podcast podcasts multimedia specials features columnists columns editorials magazine weekly daily innovation
    ai startups policy analysis in-depth""".split()
)
# the heading of a list of other stories ("Related news"): a menu word; the headlines under it stay
_LIST_HEADER = re.compile(
    r"^(?:most (?:popular|read|viewed|shared)|trending(?: now| stories)?|related(?: news| stories| articles| coverage)?"
    r"|recommended(?: for you)?|more (?:from|on|in|stories|news).{0,40}|editor'?s'? picks|top stories|you may also like"
    r"|read (?:more|also|next)|what to read next|latest(?: news| stories)?|hot(?: news| topics)?)\W{0,3}$",
    re.I,
)
_NAV_STRIP = "•·|»«›‹>:/-–—…()[]!*\"'“”‘’.,;?"
_BREADCRUMB = re.compile(r"^(?:[^>»›|/\n]{1,40}?\s[>»›|/]\s){2,}[^>»›|/\n]{0,40}$")  # "Home > Tech > AI"
_BOILERPLATE = re.compile(
    r"^(?:visited \d+ times?(?:,? (?:and )?\d+ visits?(?:\(s\))? today)?\.?"
    r"|\d+ visits?(?:\(s\))? today"
    r"|\d+\s*(?:min(?:ute)?s?\.?\s+read|views?|comments?|shares?|likes?|reads?)"
    r"|(?:reading time|views?|word count)\s*:?\s*\d+\s*(?:min(?:ute)?s?|words?)?"
    r"|source links?"
    r"|(?:photos?|images?|pictures?|video|credits?|photograph|illustration|graphic|file photo)"
    r"(?:\s+credit)?\s*[:：/]\s*[^.!?]{1,60}"
    r"|all rights reserved\.?"
    r"|(?:subscribe|sign up|sign in|log ?in|register now|create (?:a |an )?(?:free )?account|get our newsletter)\b.{0,160}"
    r"|(?:please )?(?:enable|turn on) javascript.{0,160}"
    r"|(?:loading|advertisement|scroll to continue|continue reading|read more|read the full (?:story|article))\W{0,5}"
    r"|[\W_]{1,20})$",
    re.I,
)
_COOKIE = re.compile(r"\bcookies?\b.*\b(?:use|uses|using|accept|consent|policy|settings|experience|browsing)\b"
                     r"|\b(?:use|uses|using|accept|consent)\b.*\bcookies?\b", re.I)
_UI_SENTENCES = re.compile(
    r"(?:\bIE ?11 is not supported\.|\bInternet Explorer(?: 11)? is not supported\.|"
    r"\bFor an optimal experience,? visit our site on another browser\.|"
    r"\bYour browser (?:is not supported|does not support [^.\n]{1,60})\.)[ ]*",
    re.I,
)
_GLUED = re.compile(r"[.!?](?=[A-Z][a-z])")
_UI_HINTS = ("not supported", "does not support", "another browser")
_SENTENCE_END = re.compile(r"[.!?。！？]\s")
# a header line's parts: "Priya Raman | Shanghai | Tue 5 Aug 2025", "Column by A — February 28, 2025 — 6 min read"
_PART_SPLIT = re.compile(r"\s+[|·•›»—–]\s+|\s+-\s+|\s{3,}|\s+(?=[A-Z][a-z]+(?:\s+[a-z]+)?:\s)")
# what may stand beside the date in its own part: a key, a weekday, a time, a zone, a place ("Shanghai, 15 January 2025")
_PART_KEY = re.compile(
    r"(?:(?:page\s+)?retrieved|release\s+time|released|issued|held|compiled|filed|this\s+page\s+was\s+last\s+edited|last\s+edited|edited)\b", re.I)
_PART_RESIDUE = re.compile(
    r"\b(?:mon(?:day)?|tue(?:s|sday)?|wed(?:nesday)?|thu(?:r|rs|rsday)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?|on|at|in|am|pm|"
    r"gmt|utc|bjt|cst|hkt|sgt|jst|cet|est|beijing\s+time|local\s+time)\b|\d{1,2}:\d{2}(?::\d{2})?|[+-]\d{1,2}(?::?\d{2})?\b|[^\w\s]", re.I)
_PLACE_PART = re.compile(r"(?:[A-Z][A-Za-z'\-]+(?:\s+[A-Z][A-Za-z'\-]+){0,2})(?:\s+[A-Z][A-Za-z'\-]+(?:\s+[A-Z][A-Za-z'\-]+)?)?")
# the page's own keys beside a keyed date ("Posted by A on ...", "Last updated ..."), and those that mark a later edit
_OWN_KEYS = re.compile(r"\b(?:published|posted|updated|last\s+updated|modified|date|dated|by\s+\S+(?:\s+\S+)?)\b", re.I)
_EDIT_KEY = re.compile(r"\b(?:updated|edited|modified|retrieved)\b", re.I)
# a table row, a list item or a release-notes entry: the date is an entry's, not the page's
_ENTRY_LINE = re.compile(r"^\s*(?:[|│]|[-*•]\s|\d{1,3}[.)]\s|\(?\d{1,3}\)\s|v\d+(?:\.\d+)+\b)|\bv\d+\.\d+(?:\.\d+)*\b")
# a press release's dateline opening its first paragraph: "BEIJING, China, August 20, 2025 -- Kuaishou ...",
# "YOKOHAMA, Japan / GUANGZHOU, China (August 27, 2025) - Nissan ...", "Hong Kong, 26 March 2025 - Mobvoi ..."
_DATELINE_OPENER = re.compile(r"^[A-Z][A-Za-z'.\-]+(?:[ ,/]+[A-Z][A-Za-z'.\-]+){0,5}\s*[,(]\s*(?P<date>[^()\n]{6,30}?)\)?\s*(?:--|—|–|-)\s")
# an entry's opening date ("15 Sept 2025 | TC260", "[1] 27 Dec 2025 | CAC"): what may stand before it, and the bar after it
_ENTRY_DATE_FIRST = re.compile(r"^\s*(?:[-*•]\s*)?(?:\[\d{1,3}\]\s*)?")
_ENTRY_BAR_AFTER = re.compile(r"\s*[|·•›»—–-]\s")


def _dated_entry_lines(lines: list[str]) -> set[int]:
    """Lines of a tracker's or timeline's entries that open with their own date ("15 Sept 2025 | TC260", "[1] 27 Dec 2025 |
    CAC"): two or more with different dates near the top are entries, not the page's dateline."""
    found: dict[int, str] = {}
    for n, line in enumerate(lines[:60]):
        m = _DATE.match(line, _ENTRY_DATE_FIRST.match(line).end())
        if m and _ENTRY_BAR_AFTER.match(line, m.end()) and (d := _date_from_match(m)):
            found[n] = d
    return set(found) if len(set(found.values())) >= 2 else set()


def _loose_line_date(line: str) -> tuple[str, int, bool] | None:
    """A header line's date that `_line_date` does not read: the date alone in its part of a separated line (with a
    weekday, a time, a place or a key beside it), or a press release's dateline."""
    d = _DATELINE_OPENER.match(line)
    if d and (m := _DATE.fullmatch(d.group("date").strip(" ,"))) and (date := _date_from_match(m)):
        return date, 2, False
    if len(line) > 200 or _ENTRY_LINE.match(line):
        return None  # (a table row, a list item, a release-notes entry: an entry's date, not the page's)
    parts = _PART_SPLIT.split(line)
    for k, part in enumerate(parts):
        m = _DATE.search(part)
        if m is None:
            continue
        if k == 0 and len(parts) > 1 and len(" ".join(parts[1:]).split()) > 8:
            return None  # ("19 Jun 2025 - Unitree Robotics, Series C, amount undisclosed. Lead: ...": a dated entry)
        # ("Updated Monday, 2 June 2025. Times are local ...": the part ends at the sentence after the date)
        tail = part[m.end() :]
        stop = tail.find(". ")
        rest = part[: m.start()] + " " + (tail if stop < 0 else tail[:stop])
        keyed = _PART_KEY.search(rest) or _KEYED_DATE.search(part[: m.start()]) or _KEY_FIRST.match(part)
        rest = _PART_KEY.sub(" ", rest)
        rest = _OWN_KEYS.sub(" ", rest) if keyed else rest
        rest = re.sub(r"\s+", " ", _PART_RESIDUE.sub(" ", rest)).strip()
        if rest and not _PLACE_PART.fullmatch(rest):
            continue
        date = _date_from_match(m)
        if date:
            return date, 3 if _EDIT_KEY.search(part) else 2, False
    return None


_HEADER_LINES = 10  # metadata (title, date, url) is looked for in the first lines only


def _is_nav(line: str) -> bool:
    """A short line made only of menu / link-list / UI words ("Skip to content", "Related Article"), none of them
    a platform's name."""
    words = line.split()
    if len(words) > 7:
        return False
    for w in words:
        w = w.strip(_NAV_STRIP).lower()
        if w and w not in _NAV_WORDS:
            return False
    return not _names_platform(line)


# a credit line that names its people, dated or not: "Source: ... | Text: Zhu Yanqing | Editor: Pan Rui"
_CREDIT_NAMES = re.compile(rf"\b{CREDIT_FIELD}\s*[A-Z][a-z]+\s+[A-Z][a-z]+")


_YEARISH = re.compile(rf"\b{_YEAR}\b")


def _bare_table_lines(lines: list[str]) -> set[int]:
    """The rows of tables a scraper wrote without outer bars ("Model | Lab | Released" over "GLM-4.5 | Zhipu | 28 Jul
    2025"): three lines or more in a row with the same number (three or more) of " | " cells, one of them with a
    digit. A menu ("Home | News | About") is one line, or lines of menu words without numbers. Also a directory's record
    lines between its entries ("Booth 9A01 | Huawei | Shenzhen")."""
    out: set[int] = set()
    run: list[int] = []
    width = 0

    def close() -> None:
        if len(run) >= 3 and (any(any(c.isdigit() for c in lines[i]) for i in run[1:]) or _is_table_header(lines[run[0]])):
            out.update(run)

    for i, raw in enumerate(lines):
        line = raw.strip()
        cells = line.count(" | ") + 1 if line and not line.startswith("|") and not line.endswith("|") else 0
        if cells >= 3 and (not run or cells == width):
            run.append(i)
            width = cells
            continue
        close()
        run, width = ([i], cells) if cells >= 3 else ([], 0)
    close()
    # ("Booth 9A01 | Huawei | Shenzhen" over each exhibitor's entry): rows of one record layout, three or more of them
    # apart, each opening with a numbered cell, are a directory's rows, no menu
    records: dict[int, list[int]] = {}
    for i, raw in enumerate(lines):
        line = raw.strip()
        if i in out or not line or line.startswith("|") or line.endswith("|") or " | " not in line:
            continue
        cells = line.split(" | ")
        # (not a dated line, "#2 | hanshan_lab | Posted 2025-7-22", nor "Posts: 86 | Joined: 2023-11": the entry readers' own)
        if len(cells) >= 3 and any(c.isdigit() for c in cells[0]) and len(cells[0]) <= 30 and ":" not in line \
                and not _YEARISH.search(line):
            records.setdefault(len(cells), []).append(i)
    for rows in records.values():
        if len(rows) >= 3:
            out.update(rows)
    return out


def _is_table_header(line: str) -> bool:
    """Every cell of the line is a column name the table readers know ("Service | Developer | Registered in")."""
    from extractors.tables import header_key

    cells = [header_key(c) for c in line.strip().split(" | ")]
    known = _table_header_words()
    return sum(c in known for c in cells) >= max(2, len(cells) - 1)


@lru_cache(maxsize=1)
def _table_header_words() -> frozenset[str]:
    """The column names of the lexicon's [table] and [infobox] sections, and a few plain ones."""
    from extractors.lexicon import load_lexicon

    lex = load_lexicon()
    words = {"registered in", "province", "city", "region", "location", "country", "date", "released", "release date",
             "status", "type", "category", "role", "notes", "note", "size", "parameters", "licence", "license", "use"}
    for section in ("table", "infobox"):
        for v in lex.get(section, {}).values():
            if isinstance(v, list):
                words.update(str(w).lower() for w in v)
    return frozenset(words)


def _is_boilerplate(line: str) -> bool:
    if len(line) > 220:
        return ("ookie" in line and len(line) < 600 and _COOKIE.search(line) is not None)
    if _BOILERPLATE.match(line) or _is_nav(line):
        return True
    if "ookie" in line and _COOKIE.search(line):
        return True
    return len(line) <= 120 and _BREADCRUMB.match(line) is not None and len(line.split()) <= 14 and not _names_platform(line)


@lru_cache(maxsize=1)
def _platform_words() -> frozenset[str]:
    """The one-word platforms of the lexicon's share_platforms, lower-cased."""
    from extractors.lexicon import load_lexicon

    return frozenset(w.lower() for w in load_lexicon()["cues"]["share_platforms"] if " " not in w)


def _names_platform(line: str) -> bool:
    """The line names a platform a share bar lists ("Share: WeChat | Weibo | Copy link"): the products a page mentions,
    so the line stays."""
    words = _platform_words()
    return any(w.strip(_NAV_STRIP).lower() in words for w in line.split())


def _dup_key(line: str) -> str:
    """Two lines are the same line when they differ only in case or in straight/curly quotes."""
    if not line.isascii():
        line = line.replace("\u2019", "'").replace("\u2018", "'").replace("\u201c", '"').replace("\u201d", '"')
    return line.casefold()


def _unglue(text: str) -> str:
    """Put back the space scrapers lose between sentences ("the Center.The number" -> "Center. The")."""
    parts: list[str] = []
    last = 0
    for m in _GLUED.finditer(text):
        i = m.start()
        before = text[i - 2 : i]
        if i >= 2 and before.isalpha() and before.islower():
            parts.append(text[last : i + 1])
            last = i + 1
    if not parts:
        return text
    parts.append(text[last:])
    return " ".join(parts)


def _line_date(line: str) -> tuple[str, int, bool] | None:
    """(date, priority, whole line is the date) when a short header line gives the document's date."""
    if len(line) > 160:
        return None
    m = _DATE.search(line)
    if not m:
        return None
    date = _date_from_match(m)
    if date is None:
        return None
    before, after = line[: m.start()], line[m.end() :]
    pure = not _DATE_RESIDUE.sub("", before + " " + after).strip()
    k = _KEYED_DATE.search(before) or _KEY_FIRST.match(before)  # "Updated 3:15 PM GMT+8, May 23, 2025"
    key = k.group("key").lower() if k else ""
    if not key and _ISSUE_LINE.match(before):  # a newsletter's "Issue 112 · Monday, 8 December 2025"
        key = "issue"
    prio = 3 if key in ("updated", "last updated", "modified") else 1 if key else 2
    if pure:
        return date, prio, True
    # a byline or a dateline ("By Li Wei | Published: May 3, 2025", "Xinhua | Updated: 2025-10-28 14:30"),
    # not a sentence that mentions a date ("The report was published on May 3, 2025.")
    # (counted within the date's own segment: "Posted by Zhao Keyi on 27 October 2025 (Monday) | Filed under: a, b, c")
    segment = line[: m.end()].rsplit(" | ", 1)[-1] + after.split(" | ", 1)[0]
    if (key or line[:3].lower() == "by ") and len(segment.split()) <= 14 and not line.endswith("."):
        return date, prio, False
    # "Sep 02, 2025 | Economy / Industry | By our correspondent": a date set off by a separator in a short header line
    words = [w for w in line.split() if w not in ("|", "·", "•", "›", "»")]
    if (_SEPARATED_AFTER.match(after) or _SEPARATED_BEFORE.search(before) or not before.strip()) and _SEPARATOR.search(line) \
            and len(words) <= 18 and not line.endswith("."):
        return date, prio, False
    # "Saturday, 26 July 2025, last updated 18:05 Beijing time": a dateline with an update time after it
    if _WEEKDAY_ONLY.fullmatch(before) and _UPDATE_TAIL.fullmatch(after) and len(words) <= 12:
        return date, prio, False
    return None


def _looks_like_title(line: str) -> bool:
    return (
        3 <= len(line) <= 250
        and len(line.split()) <= 30
        and line[-1] not in ".,;:"
        and not _SENTENCE_END.search(line)
        and any(c.isalpha() for c in line)
    )


_WRAP_END = ".!?:;。！？”\"')"


def _unwrap(lines: list[str], width: int) -> list[str]:
    """Join hard-wrapped lines: a line that fills most of the width and does not end a sentence goes on."""
    full = min(0.75 * width, width - 12)  # a ragged-right line falls short of the width by about a word
    out: list[str] = []
    join = False
    for ln in lines:
        if not ln:
            join = False
            out.append("")
            continue
        if join and out:
            prev = out[-1]
            out[-1] = prev + ln if prev.endswith("-") and ln[:1].islower() else prev + " " + ln
        else:
            out.append(ln)
        join = len(ln) >= full and ln[-1] not in _WRAP_END
    return out


def _hard_wrapped(lines: list[str]) -> int:
    """The wrap width when the text is hard-wrapped (most lines end near one width, <= 100), else 0."""
    lengths = sorted(len(ln) for ln in lines if len(ln) >= 30)
    if len(lengths) < 5:
        return 0
    p90 = lengths[int(0.9 * (len(lengths) - 1))]
    if p90 > 100 or lengths[-1] > p90 + 15:
        return 0
    near = sum(1 for n in lengths if n >= 0.75 * p90)
    return p90 if near >= 0.6 * len(lengths) else 0


def clean_scraped_text(text: str) -> tuple[str, dict]:
    """Clean flat scraped text: (article text, {"title", "date", "url"}).

    Drops menu/nav/link-list/UI lines, visit counters, photo-credit-only lines, cookie and subscribe
    notices, bare URLs and a line repeated right after itself; keeps every headline and prose paragraph.
    Reads the metadata the text itself gives near its top: a `date 2025-07-25 https://...` header line,
    the first line when it is a headline, a date line ("October 28, 2025", "Updated: 2025-10-28") or a
    byline with a date. No date is guessed when the text gives none.
    """
    text = _prep(text)
    ui = any(h in text for h in _UI_HINTS)
    meta: dict = {"title": None, "date": None, "url": None}
    date_prio = 99
    out: list[str] = []
    prev_key = None
    content_lines = 0  # non-empty lines seen, for the header region
    lines = text.split("\n")
    if len(lines) >= 8 and (width := _hard_wrapped(lines)):
        lines = _unwrap([ln.strip() for ln in lines], width)
    table = _bare_table_lines(lines)
    entries = _dated_entry_lines(lines)
    for n, line in enumerate(lines):
        line = line.strip()
        if n in table:  # a table's row written without its outer bars: kept, with them
            out.append(f"| {line} |")
            prev_key = None
            continue
        # ("Related news", "Most popular": the heading goes; the headlines under it stay, as text of the page that
        # names what it names)
        if _LIST_HEADER.match(line):
            continue
        if ui and any(h in line for h in _UI_HINTS):
            line = _UI_SENTENCES.sub("", line).strip()
        if not line:
            if out and out[-1]:
                out.append("")
            continue
        content_lines += 1
        head = content_lines <= _HEADER_LINES
        if head:
            m = _HEADER.match(line)
            if m and (d := iso_date(m.group("date"))):
                if date_prio > 0:
                    meta["date"], date_prio = d, 0
                if m.group("url") and not meta["url"]:
                    meta["url"] = m.group("url")
                rest = (m.group("rest") or "").strip()
                if not rest:
                    continue
                if not meta["title"] and _looks_like_title(rest):
                    meta["title"] = rest
                line = rest
        if line.startswith(("http", "<http", "URL", "url", "Url", "Link", "Source", "source", "Canonical", "Perma",
                            "Original")):
            m = _URL_LINE.match(line)
            if m:
                if head and not meta["url"]:
                    meta["url"] = m.group("url").rstrip(">")
                continue
        found = (_line_date(line) or (_loose_line_date(line) if date_prio > 2 else None)) if head and n not in entries else None
        if found:
            d, prio, pure = found
            if prio < date_prio:
                meta["date"], date_prio = d, prio
            if pure:
                continue
        if _is_boilerplate(line) and not (found and CREDIT_LINE.match(line)) and not _CREDIT_NAMES.search(line):
            # (after reading its date: "Sep 02, 2025 | Economy / Industry | By our correspondent"; a dated byline that names
            # its writers stays for the extractors: "By Chen Lu | Friday, April 25, 2025 | 7 min read", "Hu Jiayi | 20 March
            # 2025 | Yinchuan"; so does a credit line: "Text: Zhu Yanqing | Editor: Pan Rui")
            continue
        key = line if len(line) > 200 else _dup_key(line)
        if key == prev_key:
            continue
        prev_key = key
        if not out and meta["title"] is None and _looks_like_title(line) and line[:3].lower() != "by ":
            meta["title"] = line  # the first line, when it reads as a headline
        out.append(line)
    cleaned = _unglue("\n".join(out).strip())
    if meta["title"] == "":
        meta["title"] = None
    return cleaned, meta


# --------------------------------------------------------------------------------------------- markdown

_FRONT_MATTER = re.compile(r"\A---\n(.*?)\n(?:---|\.\.\.)\n", re.S)
_MD_HEADING = re.compile(r"^#{1,6}[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$", re.M)
_MD_SETEXT = re.compile(r"^(.+)\n(?:=+|-+)[ \t]*$", re.M)
_MD_RULE = re.compile(r"^[ \t]*(?:[-*_][ \t]*){3,}$", re.M)
_MD_FENCE = re.compile(r"^[ \t]*(?:```|~~~).*$", re.M)
_MD_IMAGE = re.compile(r"!\[([^\]\n]*)\]\([^)\n]*\)")
_MD_LINK = re.compile(r"\[([^\]\n]+)\](?:\([^)\n]*\)|\[[^\]\n]*\])")
_MD_REFDEF = re.compile(r"^[ \t]*\[[^\]\n]+\]:[ \t]*\S+.*$", re.M)
_MD_AUTOLINK = re.compile(r"<(https?://[^>\s]+)>")
_MD_BOLD = re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1")
_MD_ITALIC = re.compile(r"(?<![\w*])\*(?=[^\s*])(.+?)(?<=[^\s*])\*(?![\w*])|(?<![\w_])_(?=[^\s_])(.+?)(?<=[^\s_])_(?![\w_])")
_MD_CODE = re.compile(r"`([^`\n]+)`")
_MD_QUOTE = re.compile(r"^[ \t]*>[ \t]?", re.M)
_MD_BULLET = re.compile(r"^[ \t]*[-*+][ \t]+", re.M)
_MD_TABLE_SEP = re.compile(r"^[ \t]*\|?[ \t]*:?-{3,}:?[ \t]*(?:\|[ \t]*:?-{3,}:?[ \t]*)*\|?[ \t]*$", re.M)
_MD_HTML_TAG = re.compile(r"</?[A-Za-z][^>\n]*>")
_MD_BLOCK = re.compile(r"^[ \t]*(?:#{1,6}[ \t]|[-*+][ \t]|\d+[.)][ \t]|>|\||```|~~~|<|(?:=+|-+|\*+|_+)[ \t]*$)")


def _md_join_paragraphs(md: str) -> str:
    """Join the soft-wrapped lines of markdown paragraphs (for the extractors a line break ends a sentence)."""
    out: list[str] = []
    joinable = fence = False
    for line in md.split("\n"):
        stripped = line.strip()
        if stripped.startswith(("```", "~~~")):
            fence = not fence
            out.append(line)
            joinable = False
            continue
        if fence or not stripped:
            out.append(line)
            joinable = False
            continue
        block = _MD_BLOCK.match(line) is not None
        if joinable and not block:
            out[-1] = out[-1].rstrip() + " " + stripped
        else:
            out.append(line)
        hard_break = line.endswith(("  ", "\\")) or stripped.startswith(("#", "|"))
        joinable = not hard_break and not (block and stripped[:1] in "=-*_" and len(set(stripped)) == 1)
    return "\n".join(out)


def markdown_to_text(md: str) -> tuple[str, dict]:
    """Strip markdown syntax lightly: (text, {"title", "date", "url"} from front matter / first heading)."""
    meta: dict = {"title": None, "date": None, "url": None}
    md = md.replace("\r\n", "\n").replace("\r", "\n")
    fm = _FRONT_MATTER.match(md)
    if fm:
        for line in fm.group(1).split("\n"):
            k, _, v = line.partition(":")
            k, v = k.strip().lower(), v.strip().strip("'\"")
            if k == "title" and v:
                meta["title"] = v
            elif k in ("date", "published", "pubdate") and v:
                meta["date"] = iso_date(v)
            elif k in ("url", "source", "link", "canonical") and v.startswith("http"):
                meta["url"] = v
        md = md[fm.end() :]
    md = _md_join_paragraphs(md)
    md = _MD_FENCE.sub("", md)
    md = _MD_SETEXT.sub(r"# \1", md)
    md = _MD_RULE.sub("", md)
    h = _MD_HEADING.search(md)
    md = _MD_HEADING.sub(r"\1", md)
    md = _MD_REFDEF.sub("", md)
    md = _MD_IMAGE.sub(r"\1", md)
    md = _MD_LINK.sub(r"\1", md)
    md = _MD_AUTOLINK.sub(r"\1", md)
    md = _MD_BOLD.sub(r"\2", md)
    md = _MD_ITALIC.sub(lambda m: m.group(1) or m.group(2), md)
    md = _MD_CODE.sub(r"\1", md)
    md = _MD_QUOTE.sub("", md)
    md = _MD_BULLET.sub("", md)
    md = _MD_TABLE_SEP.sub("", md)
    md = _MD_HTML_TAG.sub("", md)
    if h and not meta["title"]:
        title = _MD_LINK.sub(r"\1", h.group(1))
        title = _MD_CODE.sub(r"\1", _MD_ITALIC.sub(lambda m: m.group(1) or m.group(2), _MD_BOLD.sub(r"\2", title)))
        meta["title"] = normalize(title) or None
    return md, meta


# --------------------------------------------------------------------------------------------- html

_SKIP_ALWAYS = {"script", "style", "noscript", "template", "svg", "iframe", "select", "button", "form", "head"}
_CODE = {"script", "style", "noscript", "template", "svg"}
_SKIP_OUTSIDE_ARTICLE = {"nav", "header", "footer", "aside", "menu"}
_BLOCK = {
    "p", "div", "br", "h1", "h2", "h3", "h4", "h5", "h6", "li", "tr", "section", "article", "main", "blockquote",
    "pre", "table", "ul", "ol", "dl", "dd", "dt", "figure", "figcaption", "hr", "address", "title", "header",
    "footer", "nav", "aside",
}
_VOID = {"br", "hr", "img", "meta", "link", "input", "wbr", "source", "area", "base", "col", "embed", "param", "track"}
_META_TITLE = ("og:title", "twitter:title", "dc.title", "citation_title", "headline")
_META_DATE = (
    "article:published_time", "og:published_time", "datepublished", "pubdate", "publishdate", "publish-date",
    "date", "dc.date", "dc.date.issued", "dcterms.date", "citation_publication_date", "sailthru.date",
    "parsely-pub-date", "article.published", "published_time", "og:article:published_time",
)
_META_URL = ("og:url", "twitter:url", "dc.identifier")


class _HTMLText(HTMLParser):
    """Plain text of an HTML page (stdlib only) plus its title/date/url metadata."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.loose: list[str] = []  # all text but scripts and styles, if the page's tags are too broken
        self.code = 0
        self.all: list[str] = []  # text outside furniture
        self.article: list[str] = []  # text inside <article>/<main>
        self.skip = 0
        self.in_article = 0
        self.stack: list[tuple[str, bool]] = []  # (tag, skipped)
        self.title_parts: list[str] = []
        self.in_title = False
        self.h1: list[str] = []
        self.in_h1 = False
        self.meta: dict[str, str] = {}
        self.time: str | None = None
        self.canonical: str | None = None
        self.ld: list[str] = []
        self.in_ld = False

    def handle_starttag(self, tag, attrs):
        a = {k.lower(): (v or "") for k, v in attrs}
        if tag == "meta":
            name = (a.get("property") or a.get("name") or a.get("itemprop") or "").lower()
            if name and a.get("content"):
                self.meta.setdefault(name, a["content"].strip())
            return
        if tag == "link":
            if "canonical" in a.get("rel", "").lower() and a.get("href", "").startswith("http"):
                self.canonical = self.canonical or a["href"]
            return
        if tag == "time" and self.time is None:
            self.time = a.get("datetime") or None
        if tag == "title":
            self.in_title = True
        if tag == "script" and "ld+json" in a.get("type", ""):
            self.in_ld = True
        if tag == "body" and any(t == "head" for t, _ in self.stack):
            self.handle_endtag("head")  # <head> left open
        if tag in _CODE:
            self.code += 1
        if tag in _VOID:
            if tag in _BLOCK:
                self._newline()
            return
        skipped = tag in _SKIP_ALWAYS or (tag in _SKIP_OUTSIDE_ARTICLE and not self.in_article)
        self.stack.append((tag, skipped))
        if skipped:
            self.skip += 1
        if tag in ("article", "main"):
            self.in_article += 1
        if tag == "h1":
            self.in_h1 = True
        if tag in _BLOCK:
            self._newline()

    def handle_endtag(self, tag):
        if tag == "title":
            self.in_title = False
        if tag == "script":
            self.in_ld = False
        if tag == "h1":
            self.in_h1 = False
        if tag in _CODE and self.code:
            self.code -= 1
        if tag in _VOID or not any(t == tag for t, _ in self.stack):
            return
        while self.stack:
            t, skipped = self.stack.pop()
            if skipped:
                self.skip -= 1
            if t in ("article", "main"):
                self.in_article -= 1
            if t == tag:
                break
        if tag in _BLOCK or tag in ("td", "th"):
            self._newline() if tag in _BLOCK else self._add(" ")

    def handle_data(self, data):
        if self.in_title:
            self.title_parts.append(data)
        if self.in_ld:
            self.ld.append(data)
        if not self.code:
            self.loose.append(data)
        if self.skip:
            return
        if self.in_h1:
            self.h1.append(data)
        self._add(data)

    def _add(self, s: str) -> None:
        self.all.append(s)
        if self.in_article:
            self.article.append(s)

    def _newline(self) -> None:
        if not self.skip:
            self._add("\n")
        if not self.code:
            self.loose.append("\n")

    def result(self) -> tuple[str, dict]:
        body = next((b for b in map("".join, (self.article, self.all, self.loose)) if b.strip()), "")
        body = re.sub(r"[ \t\r\f\v]*\n[ \t\r\f\v\n]*", "\n\n", body)
        ld = _json_ld_meta("".join(self.ld)) if self.ld else {}
        m = self.meta
        title = next((m[k] for k in _META_TITLE if m.get(k)), None) or ld.get("title")
        if not title:
            title = " ".join("".join(self.h1).split()) or " ".join("".join(self.title_parts).split()) or None
        date = next((d for k in _META_DATE if (d := iso_date(m.get(k)))), None) or iso_date(ld.get("date"))
        date = date or iso_date(self.time)
        url = self.canonical or next((m[k] for k in _META_URL if m.get(k, "").startswith("http")), None)
        return body, {"title": title, "date": date, "url": url or ld.get("url")}


def _json_ld_meta(raw: str) -> dict:
    try:
        data = json.loads(raw)
    except ValueError:
        return {}
    items = data if isinstance(data, list) else [data]
    items = [x for it in items if isinstance(it, dict) for x in ([it] + list(it.get("@graph", [])))]
    out: dict = {}
    for it in items:
        if not isinstance(it, dict):
            continue
        if "date" not in out and isinstance(it.get("datePublished"), str):
            out["date"] = it["datePublished"]
        if "title" not in out and isinstance(it.get("headline"), str):
            out["title"] = it["headline"]
        if "url" not in out and isinstance(it.get("url"), str) and it["url"].startswith("http"):
            out["url"] = it["url"]
    return out


_TRAFILATURA = None  # the module, or False once its import has failed


def _trafilatura():
    global _TRAFILATURA
    if _TRAFILATURA is None:
        try:
            import trafilatura

            _TRAFILATURA = trafilatura
        except Exception:  # e.g. lxml.html.clean missing: fall back to the stdlib parser
            _TRAFILATURA = False
    return _TRAFILATURA or None


def html_to_text(html: str) -> tuple[str, dict]:
    """Main text of an HTML page and its metadata: trafilatura when it finds an article, else a tag strip."""
    meta: dict = {"title": None, "date": None, "url": None}
    text = ""
    traf = _trafilatura()
    if traf is not None:
        try:
            doc = traf.bare_extraction(html, with_metadata=True, include_comments=False, include_tables=True)
        except Exception:  # a page trafilatura cannot parse is read by the fallback
            doc = None
        if doc is not None:
            text = getattr(doc, "text", None) or ""
            meta = {
                "title": getattr(doc, "title", None) or None,
                "date": iso_date(getattr(doc, "date", None)),
                "url": getattr(doc, "url", None) or None,
            }
    parser = _HTMLText()
    try:
        parser.feed(html)
        parser.close()
    except Exception:  # html.parser is lenient; a failure just means no fallback data
        pass
    body, fmeta = parser.result()
    if not text.strip():
        text = body
    for k, v in fmeta.items():
        meta[k] = meta[k] or v
    return text, meta


# --------------------------------------------------------------------------------------------- pdf

def _unwrap_pdf_lines(page: str) -> str:
    """Join the lines a PDF wraps inside a paragraph (line breaks end sentences for the extractors)."""
    lines = [ln.strip() for ln in page.replace("\r", "\n").split("\n")]
    long = sorted(len(ln) for ln in lines if len(ln) >= 20)
    if not long:
        return "\n".join(lines)
    return "\n".join(_unwrap(lines, long[len(long) // 2]))


def pdf_to_text(data: bytes, path: str) -> tuple[str, dict]:
    try:
        import pypdf
        from pypdf.errors import PdfReadError
    except ImportError as e:  # pragma: no cover - pypdf is a dependency
        raise IngestError(path, "cannot read PDF: pypdf is not installed") from e
    try:
        reader = pypdf.PdfReader(io.BytesIO(data))
        if reader.is_encrypted:
            try:
                ok = reader.decrypt("")
            except Exception as e:
                raise IngestError(path, f"encrypted PDF, cannot decrypt ({e})") from e
            if not ok:
                raise IngestError(path, "encrypted PDF (needs a password)")
        pages = [_unwrap_pdf_lines(p.extract_text() or "") for p in reader.pages]
        info = reader.metadata
    except IngestError:
        raise
    except (PdfReadError, ValueError, KeyError, TypeError, AttributeError, IndexError, OSError, RecursionError) as e:
        raise IngestError(path, f"broken PDF: {e or type(e).__name__}") from e
    except Exception as e:  # pypdf raises many kinds on damaged files
        raise IngestError(path, f"broken PDF: {type(e).__name__}: {e}") from e
    meta: dict = {"title": None, "date": None, "url": None}
    if info:
        try:
            meta["title"] = (info.title or "").strip() or None
            meta["date"] = iso_date(info.get("/CreationDate"))
        except Exception:  # bad metadata is not a reason to drop the text
            pass
    return "\n\n".join(pages), meta


# --------------------------------------------------------------------------------------------- reading


def _read_bytes(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except PermissionError as e:
        raise IngestError(str(path), "cannot read: permission denied") from e
    except FileNotFoundError as e:
        raise IngestError(str(path), "cannot read: no such file") from e
    except IsADirectoryError as e:
        raise IngestError(str(path), "cannot read: is a directory") from e
    except OSError as e:
        raise IngestError(str(path), f"cannot read: {e.strerror or e}") from e


def _decode(data: bytes, path: str, html: bool = False) -> tuple[str, str]:
    if not data.strip():
        raise IngestError(path, "empty file")
    if html and b"\x00" not in data[:4096]:
        declared = _declared_charset(data)
        if declared and declared not in ("utf-8", "utf8"):
            try:
                text = data.decode(declared)
                if not _looks_binary(text):
                    return text, declared
            except (UnicodeDecodeError, LookupError):
                pass
    try:
        text, enc = decode_bytes(data)
    except NotText as e:
        raise IngestError(path, str(e)) from e
    if not text.strip():
        raise IngestError(path, "empty file")
    return text, enc


def _merge(meta: dict, fallback: dict) -> dict:
    return {k: meta.get(k) or fallback.get(k) for k in ("title", "date", "url")}


def _document(path: str, raw: str, fmt: str, enc: str, meta: dict | None = None) -> Document:
    text, found = clean_scraped_text(raw)
    if not text:
        raise IngestError(path, "no text left after removing page boilerplate")
    m = _merge(meta or {}, found)
    title = normalize(m["title"]) if m["title"] else None
    return Document(path=path, text=text, title=title or None, date=m["date"], url=m["url"], format=fmt, encoding=enc)


def _jsonl_documents(path: str, text: str, enc: str) -> Iterator[Document | IngestError]:
    good = bad = 0
    for lineno, line in enumerate(text.split("\n"), 1):
        if not line.strip():
            continue
        where = f"{path}#{lineno}"
        try:
            rec = json.loads(line)
        except ValueError as e:
            bad += 1
            yield IngestError(where, f"line {lineno}: invalid JSON ({e})")
            continue
        if not isinstance(rec, dict):
            bad += 1
            yield IngestError(where, f"line {lineno}: not a JSON object")
            continue
        body = next((rec[k] for k in ("text", "content", "body") if isinstance(rec.get(k), str)), None)
        if body is None:
            bad += 1
            yield IngestError(where, f'line {lineno}: no "text" string')
            continue
        title = rec.get("title") if isinstance(rec.get("title"), str) else None
        url = rec.get("url") if isinstance(rec.get("url"), str) else None
        try:
            doc = _document(where, body, "jsonl", enc, {"title": title, "date": iso_date(rec.get("date")), "url": url})
        except IngestError as e:
            bad += 1
            yield IngestError(where, f"line {lineno}: {'empty text' if not body.strip() else e.reason}")
            continue
        good += 1
        yield doc
    if not good and not bad:
        yield IngestError(path, "empty file")


_HTML_START = re.compile(r"\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html)\b", re.I | re.S)


def _read(path: Path) -> Iterator[Document | IngestError]:
    """Documents of one file, and IngestErrors for its bad JSONL lines; raises IngestError for a bad file."""
    p = str(path)
    suffix = path.suffix.lower()
    fmt = _FORMATS.get(suffix, "txt")
    if path.is_dir():
        raise IngestError(p, "cannot read: is a directory")
    data = _read_bytes(path)
    if fmt == "pdf":
        if not data.strip():
            raise IngestError(p, "empty file")
        text, meta = pdf_to_text(data, p)
        if not text.strip():
            raise IngestError(p, "no text in PDF (scanned images only?)")
        yield _document(p, text, "pdf", "pdf", meta)
        return
    text, enc = _decode(data, p, html=fmt == "html")
    if fmt == "txt" and _HTML_START.match(text):  # a page saved as .txt is still a page
        fmt = "html"
    if fmt == "jsonl":
        yield from _jsonl_documents(p, text, enc)
        return
    meta = None
    if fmt == "html":
        text, meta = html_to_text(text)
        if not text.strip():
            raise IngestError(p, "no text in HTML page")
    elif fmt == "md":
        text, meta = markdown_to_text(text)
    yield _document(p, text, fmt, enc, meta)


def read_file_with_errors(path: str | Path) -> tuple[list[Document], list[IngestError]]:
    """The documents of one file and the errors of its bad JSONL lines; raises IngestError for a bad file."""
    docs: list[Document] = []
    errors: list[IngestError] = []
    for item in _read(Path(path)):
        (errors if isinstance(item, IngestError) else docs).append(item)
    return docs, errors


def read_file(path: str | Path) -> list[Document]:
    """The documents of one file (one, or one per good line of a .jsonl file).

    Raises IngestError(path, reason) when the file cannot be read as text, or when no line of a JSONL file is
    good. Use `read_file_with_errors` or `iter_documents` to also see the bad lines of a partly good JSONL file.
    """
    docs, errors = read_file_with_errors(path)
    if not docs and errors:
        raise errors[0]
    return docs


def iter_documents(paths: Iterable[str | Path] | str | Path) -> Iterator[Document | IngestError]:
    """Every document of the files and folders, in `discover` order. Never raises for a bad file or line:
    yields its IngestError instead and goes on."""
    for f in discover(paths):
        try:
            yield from _read(f)
        except IngestError as e:
            yield e
        except Exception as e:  # one unreadable file must not stop a build
            yield IngestError(str(f), f"unexpected error: {type(e).__name__}: {e}")
