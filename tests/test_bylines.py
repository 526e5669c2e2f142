"""The shared grammar of credit lines (extractors.bylines): what the cleaner keeps and the relation reader credits."""

import pytest

from extractors.bylines import CREDIT_LINE


@pytest.mark.parametrize("line", [
    "By Chen Lu | Friday, April 25, 2025 | 7 min read",
    "(Reporting by Ann Li; Editing by Tom Hadley)",
    "Posted on May 3 by Marta Kowalski",
    "Translated from Chinese by Ma Jun",
    "Sep 02, 2025 | Economy | Written by Elena Marsh",
    "Source: Office of Science | Text: Zhu Yanqing | Editor: Pan Rui",
    "Staff reporter Chen Wanqing | 2025-11-07 16:20",
    "Hu Jiayi | 20 March 2025 | Yinchuan",
    "Helena Marsh in London and Zhou Yiting in Beijing | Friday, 5 December 2025",
    "Kong Lanxun, policy correspondent | Beijing | Tuesday, 10 March 2026",
])
def test_a_line_that_credits_named_people(line):
    assert CREDIT_LINE.match(line)


@pytest.mark.parametrize("line", [
    "Sep 02, 2025 | Economy | By our correspondent",
    "Home | News | Tech",
    "The rules were drafted by the Ministry of Industry and Information Technology.",
    "Share: WeChat | Weibo",
])
def test_a_line_that_credits_no_one(line):
    assert not CREDIT_LINE.match(line)
