"""kg.ingest: finding files, decoding them, stripping page boilerplate, reading title/date/url."""

from __future__ import annotations

import io
import json
import os
import time
from pathlib import Path

import pytest

from kg import ingest
from kg.ingest import (
    SUPPORTED,
    clean_scraped_text,
    decode_bytes,
    discover,
    iter_documents,
    read_file,
    read_file_with_errors,
)
from kg.model import Document, IngestError

FIX = Path(__file__).parent / "fixtures" / "ingest"
GBK_TEXT = "阿里巴巴发布了通义千问大模型。Tencent released Hunyuan 2.0, a model."


def docs_and_errors(paths):
    items = list(iter_documents(paths))
    return [d for d in items if isinstance(d, Document)], [e for e in items if isinstance(e, IngestError)]


def make_pdf(pages: list[list[str]]) -> bytes:
    """A minimal text PDF (Helvetica, one text line per entry), written by hand."""
    objs: list[bytes] = []
    kids = " ".join(f"{4 + 2 * i} 0 R" for i in range(len(pages)))
    objs.append(b"<< /Type /Catalog /Pages 2 0 R >>")
    objs.append(f"<< /Type /Pages /Kids [{kids}] /Count {len(pages)} >>".encode())
    objs.append(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>")
    for i, lines in enumerate(pages):
        ops = ["BT", "/F1 11 Tf", "14 TL", "72 720 Td"]
        for ln in lines:
            ops.append("({}) Tj T*".format(ln.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")))
        ops.append("ET")
        stream = "\n".join(ops).encode("latin-1")
        objs.append(
            f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R >> >> "
            f"/Contents {5 + 2 * i} 0 R >>".encode()
        )
        objs.append(b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream")
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n")
    offsets = []
    for n, body in enumerate(objs, 1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n" % n + body + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1))
    for off in offsets:
        out.write(b"%010d 00000 n \n" % off)
    out.write(b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref))
    return out.getvalue()


PDF_PAGES = [
    [
        "Huawei opens its Ascend chips to model makers",
        "Huawei said on Monday that its Ascend accelerators would be offered to",
        "Chinese model makers through Huawei Cloud, as DeepSeek and Zhipu AI look",
        "for domestic alternatives to imported graphics processors.",
    ],
    ["The Ministry of Industry and Information Technology welcomed the plan."],
]


# --------------------------------------------------------------------------------------------- discover


def test_discover_expands_folders_sorted_and_skips_hidden(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / ".git").mkdir()
    (tmp_path / "b" / "z.md").write_text("# Z")
    (tmp_path / "a.txt").write_text("A")
    (tmp_path / "c.HTML").write_text("<p>C</p>")
    (tmp_path / "data.csv").write_text("x,y")
    (tmp_path / "pic.png").write_bytes(b"\x89PNG")
    (tmp_path / ".hidden.txt").write_text("H")
    (tmp_path / ".git" / "notes.txt").write_text("G")
    named = tmp_path / "README"  # no suffix, but named explicitly
    named.write_text("R")
    found = discover([tmp_path, named, tmp_path / "a.txt"])
    rel = [p.relative_to(tmp_path).as_posix() for p in found]
    assert rel == ["a.txt", "b/z.md", "c.HTML", "README"]
    assert discover(str(tmp_path / "a.txt")) == [tmp_path / "a.txt"]


def test_supported_suffixes():
    assert SUPPORTED == {".txt", ".md", ".html", ".htm", ".pdf", ".jsonl"}


# --------------------------------------------------------------------------------------------- decoding


@pytest.mark.parametrize("encoding", ["gbk", "gb18030"])
def test_gbk_round_trips(encoding, tmp_path):
    text, enc = decode_bytes(GBK_TEXT.encode(encoding))
    assert text == GBK_TEXT and enc == "gb18030"
    f = tmp_path / "zh.txt"
    f.write_bytes(("通义千问\n\n" + GBK_TEXT).encode(encoding))
    (doc,) = read_file(f)
    assert "阿里巴巴发布了通义千问大模型" in doc.text and doc.encoding == "gb18030"


def test_longer_gbk_and_short_gbk():
    long = "百度发布文心一言，腾讯发布混元大模型。中国人工智能产业规模超过7000亿元，连续多年保持较快增长。" * 3
    assert decode_bytes(long.encode("gbk")) == (long, "gb18030")
    assert decode_bytes("阿里巴巴".encode("gbk")) == ("阿里巴巴", "gb18030")


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-16-be", "utf-8-sig", "utf-32"])
def test_boms(encoding):
    s = "Zhipu AI 智谱 released GLM-4.5."
    data = s.encode(encoding)
    if encoding in ("utf-16-le", "utf-16-be"):
        data = ("\ufeff" + s).encode(encoding)  # explicit BOM
    text, enc = decode_bytes(data)
    assert text.lstrip("\ufeff") == s
    assert enc in ("utf-16", "utf-8-sig", "utf-32")


def test_utf8_and_western_legacy():
    assert decode_bytes("Qwen’s “open” model".encode()) == ("Qwen’s “open” model", "utf-8")
    s = "Alibaba Cloud’s Qwen — “open” weights, café résumé."
    assert decode_bytes(s.encode("cp1252")) == (s, "cp1252")


def test_utf16_without_bom():
    s = "Plain English text in UTF-16 without a byte order mark."
    assert decode_bytes(s.encode("utf-16-le"))[0] == s


@pytest.mark.parametrize(
    "data", [bytes(range(256)) * 8, b"\x89PNG\r\n\x1a\n" + bytes(range(200)), bytes(range(1, 32)) * 40]
)
def test_binary_is_not_text(data):
    with pytest.raises(ingest.NotText, match="binary file, not text"):
        decode_bytes(data)


# --------------------------------------------------------------------------------------------- errors


def _reason(path) -> str:
    with pytest.raises(IngestError) as e:
        read_file(path)
    assert e.value.path == str(path)
    assert str(path) in str(e.value)
    return e.value.reason


def test_binary_empty_and_whitespace_files(tmp_path):
    (tmp_path / "blob.txt").write_bytes(bytes(range(256)) * 8)
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "blank.md").write_text("  \n\t\n ")
    (tmp_path / "empty.pdf").write_bytes(b"")
    assert _reason(tmp_path / "blob.txt") == "binary file, not text"
    assert _reason(tmp_path / "empty.txt") == "empty file"
    assert _reason(tmp_path / "blank.md") == "empty file"
    assert _reason(tmp_path / "empty.pdf") == "empty file"


def _lock(path: Path, monkeypatch) -> None:
    """Make `path` unreadable: chmod 000, and (as root, where that does not block reading) a patched read."""
    path.chmod(0)
    if hasattr(os, "geteuid") and os.geteuid() == 0:
        real = Path.read_bytes

        def guarded(self):
            if self.name == path.name:
                raise PermissionError(13, "Permission denied", str(self))
            return real(self)

        monkeypatch.setattr(Path, "read_bytes", guarded)


def test_permission_denied(tmp_path, monkeypatch):
    f = tmp_path / "locked.txt"
    f.write_text("Baidu released ERNIE 5, a model.")
    _lock(f, monkeypatch)
    try:
        assert _reason(f) == "cannot read: permission denied"
    finally:
        f.chmod(0o644)


def test_missing_file_and_directory(tmp_path):
    assert _reason(tmp_path / "nope.txt") == "cannot read: no such file"
    _, errors = docs_and_errors([tmp_path / "nope.txt"])
    assert [e.reason for e in errors] == ["cannot read: no such file"]


def test_boilerplate_only_file(tmp_path):
    f = tmp_path / "menu.txt"
    f.write_text("Skip to content\nHome\nShare\nRelated Articles\n")
    assert "boilerplate" in _reason(f)


def test_folder_with_bad_files_yields_good_docs_and_one_error_each(tmp_path, monkeypatch):
    (tmp_path / "good.txt").write_text("Moonshot AI releases Kimi K2\n\nMoonshot AI released Kimi K2 on Friday.")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "good.md").write_text("# Notes\n\nMiniMax released M1.")
    (tmp_path / "blob.txt").write_bytes(bytes(range(256)) * 8)
    (tmp_path / "empty.txt").write_text("   \n")
    (tmp_path / "gbk.txt").write_bytes(GBK_TEXT.encode("gbk"))
    (tmp_path / "broken.pdf").write_bytes(b"%PDF-1.4\nthis is not a pdf")
    locked = tmp_path / "locked.txt"
    locked.write_text("Baidu released ERNIE 5, a model.")
    _lock(locked, monkeypatch)
    try:
        docs, errors = docs_and_errors([tmp_path])
    finally:
        locked.chmod(0o644)
    assert sorted(Path(d.path).name for d in docs) == ["gbk.txt", "good.md", "good.txt"]
    by_name = {Path(e.path).name: e.reason for e in errors}
    assert by_name == {
        "blob.txt": "binary file, not text",
        "empty.txt": "empty file",
        "locked.txt": "cannot read: permission denied",
        "broken.pdf": by_name["broken.pdf"],
    }
    assert by_name["broken.pdf"].startswith("broken PDF")
    assert len(errors) == 4
    gbk = next(d for d in docs if d.path.endswith("gbk.txt"))
    assert gbk.text.startswith("阿里巴巴发布了通义千问大模型。")


def test_iter_documents_survives_unexpected_errors(tmp_path, monkeypatch):
    (tmp_path / "a.txt").write_text("Alpha text about Baidu.")
    (tmp_path / "b.txt").write_text("Beta text about Tencent.")
    real = ingest.clean_scraped_text

    def boom(text):
        if "Alpha" in text:
            raise RuntimeError("bug")
        return real(text)

    monkeypatch.setattr(ingest, "clean_scraped_text", boom)
    docs, errors = docs_and_errors([tmp_path])
    assert [Path(d.path).name for d in docs] == ["b.txt"]
    assert len(errors) == 1 and errors[0].path.endswith("a.txt") and "RuntimeError" in errors[0].reason


# --------------------------------------------------------------------------------------------- txt


def test_scraped_txt_fixture():
    (doc,) = read_file(FIX / "scraped.txt")
    assert doc.format == "txt" and doc.encoding == "utf-8"
    assert doc.title == "Zhipu AI opens its GLM-4.5 model to developers"
    assert doc.date == "2025-08-12"
    assert doc.url == "https://example.org/tech/zhipu-glm"
    text = doc.text
    for gone in ("Skip to content", "Home | World", "Related Articles", "Visited 12 times", "cookies",
                 "Subscribe", "Read more", "date 2025-08-12", "https://"):
        assert gone not in text, gone
    assert "\nShare\n" not in text
    assert text.count("Zhipu AI engineers at a launch event in Beijing.") == 1  # the repeated caption, once
    assert "\nPhoto: Example Images\n" not in text
    for kept in (
        "Zhipu AI, the Beijing start-up spun out of Tsinghua University, released its GLM-4.5 model",
        "Baidu cuts prices of its ERNIE models",  # an unrelated headline stays
        "Baidu said on Monday it would cut the price",
        "supplied by Huawei. Analysts expect rivals",  # sentences a scraper glued together are split again
    ):
        assert kept in text, kept
    assert text.startswith("Zhipu AI opens its GLM-4.5 model to developers\n")
    assert "\n\n\n" not in text


def test_normalisation():
    raw = "Title line\r\n\r\n\r\n\r\nCafe\u0301 serves Qwen\u00a0users.\r\nIt said \u201cyes\u201d  to\tit.\n\n\n\nEnd."
    text, _ = clean_scraped_text(raw)
    assert text == "Title line\n\nCafé serves Qwen users.\nIt said \u201cyes\u201d to it.\n\nEnd."
    assert ingest.normalize(" a\u00a0b \n\n\n\n c ") == "a b\n\nc"


@pytest.mark.parametrize(
    "line",
    [
        "Skip to content",
        "Source link",
        "Related Article",
        "Read also:",
        "Latest",
        "Share",
        "Share this story",
        "Visited 2 times, 2 visit(s) today",
        "3 visit(s) today",
        "5 min read",
        "Photo: Shutterstock",
        "Image: Getty Images",
        "Home > Technology > AI",
        "News | Business | Tech | Opinion",
        "Advertisement",
        "We use cookies to give you the best experience on our website.",
        "Subscribe to our newsletter",
        "Please enable JavaScript to view this page.",
        "Publications",
        "Graphics dashboard",
        "• • •",
        "Home / News / China",
    ],
)
def test_boilerplate_lines_are_dropped(line):
    prose = "SenseTime released SenseNova V6 in Shanghai, the company said on Thursday."
    text, _ = clean_scraped_text(f"{prose}\n\n{line}\n\nBaichuan AI said it would follow.")
    assert line not in text.split("\n")
    assert prose in text and "Baichuan AI said it would follow." in text


@pytest.mark.parametrize("line", ["© 2025 Example Media Ltd., Singapore. All rights reserved.", "Copyright © 2025 Example Media"])
def test_a_copyright_line_stays_for_the_extractors(line):
    """The footer names the publisher and its seat, which are mentions of the page (the gold annotates them)."""
    text, _ = clean_scraped_text(f"SenseTime released SenseNova V6 in Shanghai.\n\n{line}")
    assert line in text.split("\n")


@pytest.mark.parametrize("line", ["Share on Facebook", "Share: X | LinkedIn | WeChat | Email", "Print | Close | Share to: WeChat | Weibo"])
def test_a_share_bar_that_names_platforms_stays_for_the_extractors(line):
    text, _ = clean_scraped_text(f"SenseTime released SenseNova V6 in Shanghai.\n\n{line}\n\nBaichuan AI said it would follow.")
    assert line in text.split("\n")


@pytest.mark.parametrize(
    "line",
    [
        "Artificial Intelligence",
        "Australia's Prime Minister Anthony Albanese",
        "How the chip deal plays into U.S. relations with China",
        "Numbers that tell: a phone series is a 'hit' in the US and China",
        "Chinese AI models gain users. Photo: Example Images",  # a caption with its credit is prose
        "COMMENT-China Policy Watch-PBOC signal is an amber light — Example News",
        "Related: Baidu and Tencent cut prices",
        "Read also: SenseTime raises funds",
        "(Xinhua/Li Ziheng)",
        "Copyright protection for AI-generated images was upheld by the Beijing Internet Court",
        "Source: Ministry of Industry and Information Technology",
        "Open source",
        "Hunyuan/Qwen/DeepSeek comparison",
    ],
)
def test_headlines_and_prose_lines_are_kept(line):
    text, _ = clean_scraped_text(f"Some headline here\n\nBaidu released ERNIE 5.\n\n{line}\n\nMore prose follows here.")
    assert line in text.split("\n")


def test_ui_notice_is_cut_but_the_news_in_its_line_is_kept():
    line = ("Internet Explorer is not supported. Your browser does not support this video player. "
            "Markets rally on chip news 02:10 Now Playing Example news item")
    text, _ = clean_scraped_text("Headline\n\nBody sentence here.\n\n" + line)
    assert "Internet Explorer" not in text and "video player" not in text
    assert "Markets rally on chip news 02:10 Now Playing Example news item" in text


def test_only_consecutive_duplicates_are_dropped():
    raw = "Caption about Kling.\nCaption about Kling.\n\nCaption about Kling.\n\nOther line.\n\nCaption about Kling."
    text, _ = clean_scraped_text(raw)
    assert text == "Caption about Kling.\n\nOther line.\n\nCaption about Kling."
    curly, _ = clean_scraped_text("It is a ‘hit’ in China\n\nIt is a 'hit' in China")
    assert curly == "It is a ‘hit’ in China"


@pytest.mark.parametrize(
    "raw, meta, first_line",
    [
        (" date 2025-07-25 https://example.org/a-1.html\n\nA Headline Here\n\nBody text.",
         {"date": "2025-07-25", "url": "https://example.org/a-1.html", "title": "A Headline Here"}, "A Headline Here"),
        ("date 2025-10-28 Chinese models rise\n\nOctober 28, 2025\n\nBody text.",
         {"date": "2025-10-28", "url": None, "title": "Chinese models rise"}, "Chinese models rise"),
        ("Labs ship new models\ndate 2025-10-28 https://example.org/news/models\n\nBody text.",
         {"date": "2025-10-28", "url": "https://example.org/news/models", "title": "Labs ship new models"},
         "Labs ship new models"),
        ("Generated article 7\ndate 2025-10-08\n\nBody text.",
         {"date": "2025-10-08", "url": None, "title": "Generated article 7"}, "Generated article 7"),
        ("Kling gains users\nBy Wang Fang | Published: March 3, 2025\n\nBody text.",
         {"date": "2025-03-03", "url": None, "title": "Kling gains users"}, "Kling gains users"),
        ("Kling gains users\nUpdated: 2025-10-28 14:30 BJT\n\nBody text.",
         {"date": "2025-10-28", "url": None, "title": "Kling gains users"}, "Kling gains users"),
        ("Kling gains users\nPublished: 3 March 2025 | Updated: 5 March 2025\n\nBody text.",
         {"date": "2025-03-03", "url": None, "title": "Kling gains users"}, "Kling gains users"),
        # a newsletter's issue line
        ("The Zorvex Ledger, China AI weekly\nIssue 112 · Monday, 8 December 2025\n\nBody text.",
         {"date": "2025-12-08", "url": None, "title": "The Zorvex Ledger, China AI weekly"}, "The Zorvex Ledger, China AI weekly"),
        ("THE ZORVEX BRIEF\nWeekly notes on China's AI industry | Issue 112 | Thursday, October 2, 2025\n\nBody text.",
         {"date": "2025-10-02", "url": None, "title": "THE ZORVEX BRIEF"}, "THE ZORVEX BRIEF"),
        # a date set off by separators in a byline, even one that reads like navigation
        ("Guangdong backs robots\n\nSep 02, 2025 | Economy / Industry | By our Guangzhou correspondent\n\nBody text.",
         {"date": "2025-09-02", "url": None, "title": "Guangdong backs robots"}, "Guangdong backs robots"),
        # a breadcrumb with the date between its arrows
        ("Zorvex paper page\nDaily Papers › Mon, Jun 10, 2024 › Language models\n\nBody text.",
         {"date": "2024-06-10", "url": None, "title": "Zorvex paper page"}, "Zorvex paper page"),
        ("Live: the forum's first day\nSaturday, 26 July 2025, last updated 18:05 Beijing time\n\nBody text.",
         {"date": "2025-07-26", "url": None, "title": "Live: the forum's first day"}, "Live: the forum's first day"),
        ("Zorvex upgrades its model\n\nPress release | 18 March 2025 | Source: Zorvex Health | Rewritten by Wire staff\n\nBody text.",
         {"date": "2025-03-18", "url": None, "title": "Zorvex upgrades its model"}, "Zorvex upgrades its model"),
        ("Xiaomi bets on chips\nUpdated 3:15 PM GMT+8, May 23, 2025\n\nBody text.",
         {"date": "2025-05-23", "url": None, "title": "Xiaomi bets on chips"}, "Xiaomi bets on chips"),
        ("快手发布可灵\n2025年10月28日\n\n正文。",
         {"date": "2025-10-28", "url": None, "title": "快手发布可灵"}, "快手发布可灵"),
        ("Kling gains users\nSource: https://example.org/kling\n\nBody text.",
         {"date": None, "url": "https://example.org/kling", "title": "Kling gains users"}, "Kling gains users"),
        ("Skip to content\n\nKling gains users\n\nBody text.",
         {"date": None, "url": None, "title": "Kling gains users"}, "Kling gains users"),
        ("The first line is a sentence, not a headline.\n\nMore text.",
         {"date": None, "url": None, "title": None}, "The first line is a sentence, not a headline."),
    ],
)
def test_header_metadata(raw, meta, first_line):
    text, found = clean_scraped_text(raw)
    assert found == meta
    assert text.split("\n")[0] == first_line
    assert "date 20" not in text and "https://" not in text


def test_a_sentence_mentioning_a_date_is_not_a_dateline():
    raw = "Report out\nThe report was published on May 3, 2025.\n\nBy 2030 and by May 3, 2025, things change.\n"
    text, meta = clean_scraped_text(raw)
    assert meta["date"] is None and text.count("May 3, 2025") == 2


def test_no_date_is_invented():
    raw = ("China's AI users pass 200 million\n\nIn November, a company said it had launched a model. "
           "In July, another one opened access.\n\n" + "More prose about models and users.\n\n" * 12
           + "On Monday, October 20, 2025, shares rose.\n\nOctober 20, 2025\n")
    _, meta = clean_scraped_text(raw)
    assert meta["date"] is None  # dates deep in the page are not the document's own


def test_hard_wrapped_text_is_unwrapped():
    para = ("The Cyberspace Administration of China published draft rules on labelling AI-generated content,\n"
            "and the Ministry of Industry and Information Technology said it would support chip makers such\n"
            "as Huawei and Cambricon with new funds over the next three years, officials said in Beijing.")
    other = para.replace("three", "five")
    text, _ = clean_scraped_text("Report on chips\n\n" + para + "\n\n" + other + "\n\n" + para.replace("Beijing", "Shanghai"))
    lines = [ln for ln in text.split("\n") if ln]
    assert lines[0] == "Report on chips"
    assert len(lines) == 4
    assert "content, and the Ministry" in lines[1] and "such as Huawei" in lines[1]


def test_clean_scraped_text_is_fast():
    para = "Alibaba Cloud released Qwen3 to developers in Hangzhou, the company said on Tuesday. " * 4
    raw = ("Headline\ndate 2025-10-01\n\n" + (para + "\n\nShare\n\n") * 2500)  # ~ 130k words
    t = time.perf_counter()
    text, meta = clean_scraped_text(raw)
    assert time.perf_counter() - t < 1.0
    assert meta["date"] == "2025-10-01" and "Share" not in text


# --------------------------------------------------------------------------------------------- md


def test_markdown_fixture():
    (doc,) = read_file(FIX / "notes.md")
    assert doc.format == "md"
    assert doc.title == "Regulators and models, a reading note"  # front matter wins over the first heading
    assert doc.date == "2025-09-30" and doc.url == "https://example.org/notes/regulators"
    text = doc.text
    assert text.startswith("Regulators move on generative AI\n")
    assert "The Cyberspace Administration of China published draft rules on labelling AI-generated content." in text
    assert "Moonshot AI released Kimi K2 as an open-weight model." in text
    assert "MiniMax released its M1 reasoning model." in text
    assert "Tencent said its Hunyuan team would follow the new rules." in text
    for syntax in ("#", "**", "](", "`", "> ", "- ", "---", "[ref]", "chart.png"):
        assert syntax not in text, syntax


def test_markdown_first_heading_is_the_title():
    (doc,) = read_file(FIX / "plain.md")
    assert doc.title == "Model releases" and doc.date is None
    assert doc.text == "Model releases\n\nStepFun released Step-2 in a public beta."
    text, meta = ingest.markdown_to_text("Intro line\n\n## The *real* [title](x)\n\nsnake_case_name and 2*3*4 stay")
    assert meta["title"] == "The real title"
    assert "snake_case_name and 2*3*4 stay" in text


# --------------------------------------------------------------------------------------------- html

HTML_PROSE = (
    "Tencent released Hunyuan-T1, a reasoning model built on its Hunyuan platform, to developers in China on Friday.",
    "compared it with DeepSeek’s R1 on mathematics and coding benchmarks.",
    "Analysts at the China Academy of Information and Communications Technology said",
)


def _check_html_doc(doc: Document) -> None:
    assert doc.format == "html"
    assert doc.title == "Tencent ships Hunyuan-T1 reasoning model"
    assert doc.date == "2025-03-21"
    assert doc.url == "https://example.org/news/hunyuan-t1"
    for s in HTML_PROSE:
        assert s in doc.text
    for junk in ("tracking", "font-family", "Log in", "All rights reserved", "<p>", "&mdash;", "gadget"):
        assert junk not in doc.text, junk


def test_html_fixture():
    (doc,) = read_file(FIX / "article.html")
    _check_html_doc(doc)


def test_html_fallback_without_trafilatura(monkeypatch):
    monkeypatch.setattr(ingest, "_trafilatura", lambda: None)
    (doc,) = read_file(FIX / "article.html")
    _check_html_doc(doc)


def test_html_tag_strip_when_nothing_is_extracted(tmp_path, monkeypatch):
    f = tmp_path / "tiny.htm"
    f.write_text("<html><head><title>Tiny page</title></head><body><div>Baidu released ERNIE 5.</div>"
                 "<div>iFlytek followed.</div></body></html>")
    (doc,) = read_file(f)
    assert "Baidu released ERNIE 5." in doc.text and "iFlytek followed." in doc.text
    assert doc.title == "Tiny page" and doc.date is None
    monkeypatch.setattr(ingest, "_trafilatura", lambda: None)
    (plain,) = read_file(f)
    assert plain.text == "Baidu released ERNIE 5.\n\niFlytek followed." and plain.title == "Tiny page"


def test_html_declared_gbk_charset(tmp_path):
    f = tmp_path / "zh.html"
    html = ('<html><head><meta charset="gbk"><title>通义千问</title></head><body><article>'
            f"<p>{GBK_TEXT}</p></article></body></html>")
    f.write_bytes(html.encode("gbk"))
    (doc,) = read_file(f)
    assert "阿里巴巴发布了通义千问大模型" in doc.text


@pytest.mark.parametrize(
    "html",
    [
        "<html><head><title>T</title><body><p>Baidu released ERNIE 5.</p></body></html>",  # <head> left open
        "<html><body><nav><a>Home</a><p>Baidu released ERNIE 5.</p><script>x=1</script></body></html>",
        "<p>Baidu released ERNIE 5.</p>",  # a fragment
    ],
)
def test_html_fallback_on_broken_pages(html):
    parser = ingest._HTMLText()
    parser.feed(html)
    text, _ = parser.result()
    assert "Baidu released ERNIE 5." in text and "x=1" not in text


def test_html_json_ld_metadata():
    html = ('<html><head><script type="application/ld+json">{"@type": "NewsArticle", "headline": "LD title",'
            ' "datePublished": "2025-06-01T10:00:00Z", "url": "https://example.org/ld"}</script></head>'
            "<body><main><p>MiniMax released M1.</p></main></body></html>")
    parser = ingest._HTMLText()
    parser.feed(html)
    text, meta = parser.result()
    assert "MiniMax released M1." in text
    assert meta == {"title": "LD title", "date": "2025-06-01", "url": "https://example.org/ld"}


# --------------------------------------------------------------------------------------------- pdf


def test_pdf_all_pages_with_wrapped_lines_joined(tmp_path):
    f = tmp_path / "report.pdf"
    f.write_bytes(make_pdf(PDF_PAGES))
    (doc,) = read_file(f)
    assert doc.format == "pdf"
    assert doc.title == "Huawei opens its Ascend chips to model makers"
    assert ("Huawei said on Monday that its Ascend accelerators would be offered to Chinese model makers through "
            "Huawei Cloud, as DeepSeek and Zhipu AI look for domestic alternatives") in doc.text
    assert "The Ministry of Industry and Information Technology welcomed the plan." in doc.text


def test_pdf_encrypted_and_broken(tmp_path):
    import pypdf

    reader = pypdf.PdfReader(io.BytesIO(make_pdf(PDF_PAGES)))
    locked = pypdf.PdfWriter(clone_from=reader)
    locked.encrypt("secret")
    buf = io.BytesIO()
    locked.write(buf)
    (tmp_path / "locked.pdf").write_bytes(buf.getvalue())
    assert "encrypted" in _reason(tmp_path / "locked.pdf")

    open_pdf = pypdf.PdfWriter(clone_from=reader)
    open_pdf.encrypt(user_password="", owner_password="owner")  # encrypted, but anyone may read it
    buf = io.BytesIO()
    open_pdf.write(buf)
    (tmp_path / "open.pdf").write_bytes(buf.getvalue())
    assert "Ascend accelerators" in read_file(tmp_path / "open.pdf")[0].text

    (tmp_path / "broken.pdf").write_bytes(b"%PDF-1.4\n1 0 obj << /Type /Catalog >>\ngarbage")
    assert _reason(tmp_path / "broken.pdf").startswith("broken PDF")
    (tmp_path / "blank.pdf").write_bytes(make_pdf([[]]))
    assert "no text" in _reason(tmp_path / "blank.pdf")


# --------------------------------------------------------------------------------------------- jsonl


def test_jsonl_good_and_bad_lines():
    path = FIX / "feed.jsonl"
    docs, errors = read_file_with_errors(path)
    assert [d.path for d in docs] == [f"{path}#1", f"{path}#3"]
    assert [(d.title, d.date, d.url) for d in docs] == [
        ("Baidu ships ERNIE 4.5 Turbo", "2025-04-25", "https://example.org/a"),
        ("SenseTime SenseNova V6", "2025-04-10", "https://example.org/c"),
    ]
    assert docs[0].text == "Baidu released ERNIE 4.5 Turbo to enterprise customers in Wuhan."
    assert all(d.format == "jsonl" for d in docs)
    assert [e.path for e in errors] == [f"{path}#2", f"{path}#5", f"{path}#6"]
    assert "invalid JSON" in errors[0].reason and "not a JSON object" in errors[1].reason
    assert '"text"' in errors[2].reason
    assert [d.path for d in read_file(path)] == [d.path for d in docs]
    # iter_documents yields both, in line order
    items = list(iter_documents([path]))
    assert [type(i).__name__ for i in items] == ["Document", "IngestError", "Document", "IngestError", "IngestError"]


def test_jsonl_all_bad_or_empty(tmp_path):
    f = tmp_path / "bad.jsonl"
    f.write_text("{oops\n")
    with pytest.raises(IngestError, match="invalid JSON"):
        read_file(f)
    g = tmp_path / "blank.jsonl"
    g.write_text(json.dumps({"text": "   "}) + "\n")
    _, errors = read_file_with_errors(g)
    assert errors and "empty text" in errors[0].reason


# --------------------------------------------------------------------------------------------- dates


@pytest.mark.parametrize(
    "value, iso",
    [
        ("2025-07-25", "2025-07-25"),
        ("2025-07-25T10:00:00+08:00", "2025-07-25"),
        ("2025/7/5", "2025-07-05"),
        ("October 28, 2025", "2025-10-28"),
        ("Sept. 28, 2025", "2025-09-28"),
        ("28 October 2025", "2025-10-28"),
        ("2025年10月28日", "2025-10-28"),
        ("2025-10", "2025-10"),
        ("March 2024", "2024-03"),
        ("2024", "2024"),
        (2024, "2024"),
        ("D:20250102120000Z", "2025-01-02"),
        ("2025-02-30", None),
        # day first ("Posted 29/08/2025", "23.04.2025"); month first only when the first number cannot be a month
        ("Posted 29/08/2025", "2025-08-29"),
        ("23.04.2025", "2025-04-23"),
        ("03/04/2025", "2025-04-03"),
        ("08/29/2025", "2025-08-29"),
        ("v1.2.2025", None),
        ("yesterday", None),
        (None, None),
    ],
)
def test_iso_date(value, iso):
    assert ingest.iso_date(value) == iso


# --------------------------------------------------------------------------------------------- real pages


def test_shared_seed_documents(shared_seeds):
    files = sorted(shared_seeds.glob("*.txt"))
    assert len(files) == 5
    docs, errors = docs_and_errors([shared_seeds])
    assert not errors
    assert len(docs) == 5
    by = {Path(d.path).name[:3]: d for d in docs}

    assert by["002"].date == "2025-07-25"
    assert by["002"].url and by["002"].url.startswith("https://sputnikglobe.com/20250725/")
    assert by["002"].title and by["002"].title.startswith("China's AI Industry Surpasses 700 Billion Yuan")
    assert by["003"].date == "2025-10-28"
    assert by["003"].title == "Chinese AI models rise to global prominence"
    assert by["001"].date is None
    assert by["000"].date is None  # the article has no date of its own
    assert by["001"].title == "China's AI user count surpasses 230 million people"
    assert by["004"].title == "Artificial Intelligence"

    expected = {
        "000": ["China Internet Network Information Center", "Google DeepMind", "Alibaba Cloud", "ByteDance",
                "Alibaba Group Holding", "Counterpoint Research", "Anthony Albanese", "National Economic Council"],
        "001": ["CNNIC", "Qwen2-Math", "Ernie bot", "Kuaishou", "Kling", "Tencent"],
        "002": ["Cyberspace Administration of China", "China Internet Network Information Center", "DeepSeek",
                "Global Times"],
        "003": ["Ministry of Industry and Information Technology", "Hunyuan Image 3.0", "National Data Administration",
                "State Grid Corporation of China", "Kling AI", "Bambu Lab"],
        "004": ["Cyberspace Administration of China (CAC)", "ChatGLM-130B", "Zhipu AI", "Hugging Face", "SenseTime",
                "Hangzhou Intermediate People’s Court", "Midea"],
    }
    for k, names in expected.items():
        for name in names:
            assert name in by[k].text, (k, name)

    # page furniture is gone, the articles' own lines stay
    assert "Source link" not in by["000"].text and "visit(s) today" not in by["000"].text
    assert "IE 11 is not supported" not in by["000"].text
    assert "Skip to content" not in by["001"].text and "Read also" not in by["001"].text
    assert "date 2025" not in by["002"].text and "https://" not in by["002"].text
    assert "Information Center. The number" in by["002"].text  # a glued sentence boundary repaired
    assert "Graphics dashboard" not in by["004"].text
    # a caption repeated twice is kept once
    raw = (shared_seeds / files[1].name).read_text(encoding="utf-8")
    first_dup = next(ln for a, ln in zip(raw.split("\n"), raw.split("\n")[1:], strict=False) if a == ln and ln.strip())
    assert raw.count(first_dup) >= 2 and by["001"].text.count(first_dup) == 1
    for d in docs:
        assert "\r" not in d.text and "\u00a0" not in d.text and "\n\n\n" not in d.text
        assert d.words > 200


def test_section_menus_are_dropped_and_headlines_of_other_stories_kept():
    # (the headlines under "Most Popular" are text of the page: what they name is mentioned there)
    from kg.ingest import clean_scraped_text

    page = (
        "Skip to content\nHome  World  China  Business  Tech  Opinion  Video\nTECH\n"
        "Zorvex unveils a chip as sales climb\nUpdated: 2025-05-23 10:12\n\n"
        "Zorvex unveiled its ZX1 processor on Thursday, the company said.\n\n"
        "Most Popular\n1 Apple shares fall after tariff warning\n2 Tesla recalls cars\n\n"
        "Contact us | About us | Terms of use\n"
    )
    text, meta = clean_scraped_text(page)
    assert meta["title"] == "Zorvex unveils a chip as sales climb" and meta["date"] == "2025-05-23"
    assert "Zorvex unveiled its ZX1 processor" in text
    assert "Opinion" not in text and "Most Popular" not in text and "Contact us" not in text
    assert "Apple shares fall after tariff warning" in text and "Tesla recalls cars" in text


def test_a_page_saved_as_txt_is_read_as_html(tmp_path):
    page = tmp_path / "page.txt"
    page.write_text(
        "<!DOCTYPE html>\n<html><head><title>Hangzhou draws investors</title>"
        '<meta name="date" content="2025-02-20"></head><body><nav>Home | World</nav>'
        "<article><h1>Hangzhou draws investors</h1><p>Hangzhou has become a hub for AI start-ups such as DeepSeek "
        "and Unitree Robotics, and investors keep arriving in the city.</p></article></body></html>",
        encoding="utf-8",
    )
    doc = read_file(page)[0]
    assert doc.title == "Hangzhou draws investors" and doc.date == "2025-02-20"
    assert "<" not in doc.text and "Home | World" not in doc.text and "Unitree Robotics" in doc.text


def test_a_dated_byline_stays_in_the_text_for_its_writers():
    raw = ("Zorvex opens a lab\n\nBy Chen Lu | Friday, April 25, 2025 | 7 min read\n\nSep 02, 2025 | Economy | By our correspondent\n\n"
           "Zorvex Technologies opened a lab in Hangzhou on Monday, the company said in a statement.\n")
    text, meta = clean_scraped_text(raw)
    assert "By Chen Lu" in text and meta["date"] == "2025-04-25"
    assert "By our correspondent" not in text



def test_a_byline_of_names_without_by_and_a_credit_line_stay_for_their_people():
    raw = ("Ningxia sets computing targets\n\nHu Jiayi | 20 March 2025 | Yinchuan\n\nDaniel Okafor and Lin Shuyi | 18 March 2026 | 8 min read\n\n"
           "Source: Office of Science | Text: Zhu Yanqing | Editor: Pan Rui\n\nHome | News | 20 March 2025 | About\n\n"
           "The region published a three-year plan on Monday, the government said in a statement.\n")
    text, meta = clean_scraped_text(raw)
    assert meta["date"] == "2025-03-20"
    assert "Hu Jiayi" in text and "Lin Shuyi" in text and "Pan Rui" in text, text
    assert "Home | News" not in text, text

@pytest.mark.parametrize("byline", [
    "Written by Elena Marsh | Thursday, 10 July 2025 | Updated 14:05",
    "Staff reporter Chen Wanqing | 2025-11-07 16:20 | Source: Zorvex Wire",
    "Helen Ma, Beijing | 13 March 2025 | 6 min read",
    "By Tomás Ferrer and Guo Lanxun | 27 August 2025 | 6 min read",
    "Lanxun Qiao, policy correspondent | Thursday 16 January 2025 | 6 min read",
])
def test_bylines_with_a_verb_a_staff_title_or_a_place_stay_for_their_writers(byline):
    raw = f"Zorvex Daily\n\nZorvex opens a lab\n\n{byline}\n\nZorvex Technologies opened a lab in Hangzhou on Monday, the company said.\n"
    text, meta = clean_scraped_text(raw)
    assert byline in text and meta["date"][:4] == "2025", text


def test_a_table_without_outer_bars_is_kept_as_a_table_and_a_menu_is_not():
    raw = ("Home | News | Models | About\n\nOpen models of the month\n\nModel | Lab | Built on | Released\n"
           "Zorvex-3 | Zorvex Labs | Qwen3-8B | 25 Jul 2025\nZorvex-3-Mini | Zorvex Labs | own base | 28 Jul 2025\n\n"
           "The table lists the models that Zorvex Labs released this summer, with their bases.\n")
    text, _ = clean_scraped_text(raw)
    assert "| Model | Lab | Built on | Released |" in text and "| Zorvex-3 | Zorvex Labs | Qwen3-8B | 25 Jul 2025 |" in text
    assert "Home | News" not in text


def test_a_posted_by_line_with_filing_tags_after_a_bar_dates_the_page():
    raw = ("Zorvex recap: a new model\n\nPosted by Zhao Keyi on 27 October 2025 (Monday) | Filed under: iFlytek, Spark, events, notes\n\n"
           "Liu opened the festival on Friday morning.\n")
    assert clean_scraped_text(raw)[1]["date"] == "2025-10-27"
    # (a long sentence with a date in it is still no byline)
    raw = "Zorvex recap\n\nPosted notes say the firm was founded by three engineers on 27 October 2015 in Hefei after long talks.\n"
    assert clean_scraped_text(raw)[1]["date"] is None


@pytest.mark.parametrize("line, date", [
    ("Priya Raman | Shanghai | Tue 5 Aug 2025", "2025-08-05"),
    ("Column by Rachel Oduya and Feng Lijun — February 28, 2025 — 6 min read", "2025-02-28"),
    ("Source: Cyberspace Administration of China     Release time: 2024-11-12 10:30     Views: 18,462", "2024-11-12"),
    ("Hefei, 18 March 2026", "2026-03-18"),
    ("BEIJING, China, August 20, 2025 -- Zorvex Technology announced its results for the quarter today.", "2025-08-20"),
    ("From AIpedia. This page was last edited on 3 December 2025, at 14:12.", "2025-12-03"),
    # an entry's date is not the page's
    ("19 Jun 2025 - Zorvex Robotics, Series C, amount undisclosed. Lead: not disclosed; others: Tencent.", None),
    ("- 2025-06-24: README updated with the evaluation table for the 7B model.", None),
    ("v3.4 (build 12.1.0.23542) - 2025/12/09", None),
])
def test_a_dateline_in_a_separated_header_line_dates_the_page(line, date):
    raw = f"Zorvex news of the week\n\nMenu | Home | News\n\n{line}\n\nThe firm said on Monday it had launched a model.\n"
    assert clean_scraped_text(raw)[1]["date"] == date


def test_a_tracker_s_dated_entries_are_not_its_dateline():
    raw = ("China AI rules tracker\n\nLast updated: 9 October 2025\n\n15 Sept 2025 | TC260\nA standard on labelling.\n\n"
           "8 September 2025 | NPC Standing Committee\nA draft amendment.\n")
    assert clean_scraped_text(raw)[1]["date"] == "2025-10-09"
    # (one date-first line with a bar is still a dateline)
    raw = "Zorvex news\n\nSep 02, 2025 | Economy / Industry | By our correspondent\n\nThe firm said on Monday it had launched a model.\n"
    assert clean_scraped_text(raw)[1]["date"] == "2025-09-02"


def test_a_table_without_bars_or_digits_is_kept_when_its_header_names_known_columns():
    raw = ("Registered services\n\nService | Developer | Registered in\nZorvex Chat | Zorvex Labs | Beijing\n"
           "Qorlix | Qorlix AI | Shanghai\n\nHome | News | About | Contact\nLogin | Register | Help | Search\n"
           "Jobs | Press | Blog | Careers\n")
    text, _ = clean_scraped_text(raw)
    assert "| Service | Developer | Registered in |" in text and "| Qorlix | Qorlix AI | Shanghai |" in text
    assert "Login | Register" not in text


def test_a_directorys_record_lines_between_its_entries_are_kept_but_a_forum_posts_header_is_not_made_a_row():
    page = ("Expo Guide\nHome | Visit | Exhibit | Media\n\nExhibitor directory for the show.\n\n"
            "Booth 9A01 | Lanxun | Shenzhen\nTraining chips and clusters.\n\n"
            "Booth 9A12 | Zorvex | Hefei\nAn office assistant.\n\n"
            "Booth 9B03 | Qorvane | Shanghai\nFoundation models.\n\n"
            "#2 | hanshan_lab | Posted 2025-7-22 10:02\nI agree.\n\n#3 | qiaomu | Posted 2025-7-22 11:02\nMe too.\n\n"
            "#4 | lanxun | Posted 2025-7-23 09:00\nSame.\n")
    text, _ = clean_scraped_text(page)
    for name in ("Lanxun", "Zorvex", "Qorvane"):
        assert f"| {name} |" in text
    assert "Home | Visit" not in text
    assert "| #2 | hanshan_lab" not in text
