"""Which year a stretch of a report speaks of, and whether as actual (the review) or target (the plan).

A report delivered in year N reviews N−1 and plans N; many also review a
five-year plan (十四五) and set out the next. Headings say which in most
reports (一、2024年工作回顾, 三、2025年工作安排); where the headings are slogans,
the words that open a paragraph do (过去一年…, 五年来…, 刚刚过去的2025年…,
今年经济社会发展的主要预期目标是…). A marker starts a period that lasts until
the next marker or heading. The words are the vocabulary's (rules/vocabulary.toml).
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Iterator
from dataclasses import dataclass

from checker import numerals
from checker.model import Document, Period, ReportYear
from checker.vocabulary import Vocabulary

# A top-level section heading: 一、2021年国民经济和社会发展计划执行情况
SECTION_HEADING = re.compile(r"^[ \t　]*[一二三四五六七八九十]+、(?P<title>[^\n]{0,60})$", re.M)
YEAR = re.compile(r"(19|20)\d\d(?=年)")
SENTENCE_START = re.compile(r"[。！？]")
FIVE_YEAR = re.compile(r"“?(十[一二三四五六七八九]五)”?")
PLAN_NAME = r"“?十[一二三四五六七八九]五”?"
# The five-year plans' calendar, to tell a plan reviewed from a plan ahead: since the third
# (1966–1970) each plan follows the last, so plan N ends in 1970 + 5 × (N − 3): 十一五 in 2010,
# 十四五 in 2025. A plan is named by its ordinal and 五 (five years): 十四五 is the fourteenth.
REGULAR_PLAN, REGULAR_PLAN_END, PLAN_YEARS = 3, 1970, 5
PLAN_SUFFIX = "五"
# A year as a date or a title writes it: 2026, or digit by digit in Chinese numerals (二〇二六;
# ○ and full-width digits are made plain by numerals.normalise first).
YEAR_WRITTEN = r"(?:19|20)\d\d|[〇零一二][〇零一二三四五六七八九]{3}"
DAY_WRITTEN = r"\d{1,2}|[一二三四五六七八九十]{1,3}"
DATE = re.compile(rf"(?<![0-9〇零一二三四五六七八九])(?P<year>{YEAR_WRITTEN})年(?:{DAY_WRITTEN})月(?:{DAY_WRITTEN})日")
TITLE_YEAR = re.compile(rf"(?<![0-9〇零一二三四五六七八九])(?P<year>{YEAR_WRITTEN})年")
HEAD = 400  # characters of a report's opening where its title and date line stand
TITLE_LINE = 80  # characters a title line may have
LINKED = 40  # characters between a date and the congress it was delivered at
# The national congress's calendar: since the 6th 全国人民代表大会 (1983) each term is five years and
# holds one session a year, so 第十届…第一次会议 met in 2003. Provincial terms follow no one calendar.
REGULAR_TERM, REGULAR_TERM_YEAR, TERM_YEARS = 6, 1983, 5
NO_PERIOD = Period(0, None, "")


@dataclass(frozen=True)
class _Patterns:
    """The vocabulary's period words as the patterns headings and paragraph openings are read with."""

    plan_heading: re.Pattern[str]
    review_heading: re.Pattern[str]
    this_year: re.Pattern[str]
    address: re.Pattern[str]
    five_year_opening: re.Pattern[str]
    review_opening: re.Pattern[str]
    plan_opening: re.Pattern[str]
    year_opening: re.Pattern[str]


@functools.cache
def _patterns(vocabulary: Vocabulary) -> _Patterns:
    words = vocabulary.alternation
    return _Patterns(
        plan_heading=re.compile(words("plan_headings")),
        review_heading=re.compile(words("review_headings")),
        this_year=re.compile(words("this_year")),
        address=re.compile(rf"^[\s　]*(?:{words('address')}[！!，,]?)?"),
        five_year_opening=re.compile(rf"^(?:{words('five_year_openings')}|{PLAN_NAME}{words('plan_period')})"),
        review_opening=re.compile(rf"^{words('review_prefix')}?{words('review_openings')}"),
        plan_opening=re.compile(
            rf"^(?:{words('plan_openings')}|{words('plan_reasoning')}[^。]{{0,20}}{words('this_year')}"
            rf"|[^。]{{0,12}}{words('plan_markers')})"
        ),
        # 刚刚过去的2025年很不平凡 / 2025年是…: a paragraph about one year.
        year_opening=re.compile(
            rf"^(?:{words('recent_past')}((?:19|20)\d\d)年|((?:19|20)\d\d)年{words('year_followers')})"
        ),
    )


@dataclass(frozen=True)
class Periods:
    """The periods of a report in order of their starts, and the year it was delivered."""

    all: tuple[Period, ...]
    delivered: int | None
    starts: tuple[int, ...] = ()
    delivered_from: str = ""  # where the text states the year (ReportYear.source)

    def __iter__(self) -> Iterator[Period]:
        return iter(self.all)

    def at(self, offset: int) -> Period:
        """The period a position of the report falls in."""
        i = bisect.bisect_right(self.starts, offset) - 1
        return self.all[i] if i >= 0 else NO_PERIOD


def read_periods(
    document: Document, body_end: int, vocabulary: Vocabulary, previous_year: int | None = None
) -> Periods:
    """The periods of the body of a report (the glossary after `body_end` has none). A report that
    states its year in no way, paired with last year's report of a known year, is of the year after."""
    patterns = _patterns(vocabulary)
    text = document.text[:body_end]
    year = report_year(document.text, vocabulary, body_end)
    if year.year is None and previous_year is not None:
        year = ReportYear(previous_year + 1, "previous report")
    delivered = year.year
    reader = _Reader(patterns, delivered)
    # Headings a reader marked as such (Word heading styles, Markdown #): their numbering
    # (一、) may be Word's automatic list numbering, absent from the text.
    styled = frozenset(block.start for block in document.blocks if block.kind == "heading")
    found = tuple(reader.periods(text, styled))
    return Periods(found, delivered, tuple(period.start for period in found), year.source)


class _Reader:
    """Reads periods line by line; knows the delivery year that gives 去年 and 今年 their years."""

    def __init__(self, patterns: _Patterns, delivered: int | None) -> None:
        self.patterns = patterns
        self.delivered = delivered

    def periods(self, text: str, styled: frozenset[int]) -> Iterator[Period]:
        current = section = NO_PERIOD
        yield current
        position = 0
        for line in text.split("\n"):
            title = self._heading_title(line, position in styled)
            found: Period | None
            if title is not None:
                found = section = self._heading_period(position, title) or Period(position, None, "")
            else:
                found = self._paragraph_period(position, line)
                # A section whose heading names its year and role keeps them: its 今年 may
                # be the year under review (a plan report delivered in January). Only a
                # five-year stretch (五年来) leaves it, and a yearly marker comes back to it.
                if found is not None and section.year is not None and section.role and not found.plan:
                    found = Period(position, section.year, section.role)
            if found is not None and not found.same(current):
                current = Period(position, found.year, found.role, found.plan)
                yield current
            if title is None:
                for shift in self._five_year_shifts(position, line, current):
                    current = shift
                    yield current
            position += len(line) + 1

    def _heading_title(self, line: str, styled: bool) -> str | None:
        """The title of a line that is a section heading (一、…, or a styled heading that names a period)."""
        numbered = SECTION_HEADING.match(line)
        if numbered:
            return numbered.group("title")
        title = line.strip()
        names_period = YEAR.search(title) or self.patterns.plan_heading.search(title)
        return title if styled and (names_period or self.patterns.review_heading.search(title)) else None

    def _five_year_shifts(self, position: int, line: str, current: Period) -> Iterator[Period]:
        """2015年是“十二五”收官之年。过去五年，…: a five-year review may open mid-paragraph, and so may
        a look back at last year in a paragraph of this year's plan (2011年是…开局之年。过去一年，…),
        which lasts to the end of its paragraph."""
        paragraph: Period | None = None  # the plan's period a look back returns to after its paragraph
        for sentence in SENTENCE_START.finditer(line):
            start = position + sentence.end()
            shift = self._paragraph_period(start, line[sentence.end() :])
            if shift is None or shift.same(current):
                continue
            if paragraph is None and _looks_back(shift, current):
                paragraph = current
            if shift.plan or paragraph is not None:
                current = shift
                yield shift
        if paragraph is not None:
            yield Period(position + len(line), paragraph.year, paragraph.role, paragraph.plan)

    def _heading_period(self, start: int, title: str) -> Period | None:
        plan = FIVE_YEAR.search(title)
        year = YEAR.search(title)
        if not year and self.patterns.five_year_opening.match(title):
            # 一、过去五年工作回顾 reviews; 二、“十五五”时期主要目标任务 looks ahead.
            name = plan.group(1) if plan else "五年"
            return Period(start, None, self._role_of_plan_period(name) if plan else "actual", name)
        actual = self.patterns.review_heading.search(title)
        target = self.patterns.plan_heading.search(title)
        if plan and not year:
            return Period(start, None, self._role_of_plan_period(plan.group(1)), plan.group(1))
        if year:
            number = int(year.group())
            role = "actual" if actual else "target" if target else ""
            if not role and self.delivered:
                role = "actual" if number < self.delivered else "target"
            return Period(start, number, role)
        if actual or target:
            role = "actual" if actual else "target"
            return Period(start, self._year_of(role), role)
        if self.patterns.this_year.search(title):  # 二、对今年政府工作的建议: the year delivered in, ahead
            return Period(start, self._year_of("target"), "target")
        return None

    def _paragraph_period(self, start: int, line: str) -> Period | None:
        opening = self.patterns.address.sub("", line[:60])
        if self.patterns.five_year_opening.match(opening):
            plan = FIVE_YEAR.search(opening[:12])
            name = plan.group(1) if plan else self._past_plan()
            return Period(start, None, self._role_of_plan_period(name) if plan else "actual", name or "五年")
        if self.patterns.review_opening.match(opening):
            return Period(start, self._year_of("actual"), "actual")
        if self.patterns.plan_opening.match(opening):
            return Period(start, self._year_of("target"), "target")
        year = self.patterns.year_opening.match(opening)
        if year and self.delivered:
            number = int(year.group(1) or year.group(2))
            return Period(start, number, "actual" if number < self.delivered else "target")
        return None

    def _year_of(self, role: str) -> int | None:
        if self.delivered is None:
            return None
        return self.delivered - 1 if role == "actual" else self.delivered

    def _role_of_plan_period(self, name: str) -> str:
        """十四五 reviewed in 2026 is past (actual); 十五五 is ahead (target)."""
        end = plan_end(name)
        if end is None or self.delivered is None:
            return ""
        return "actual" if self.delivered > end else "target"

    def _past_plan(self) -> str:
        """The five-year plan that ended the year before the report (五年来 in 2026: 十四五)."""
        if self.delivered is None:
            return ""
        return plan_ending_in(self.delivered - 1)


def plan_end(name: str) -> int | None:
    """The last year of the five-year plan a name of FIVE_YEAR gives (十一五 → 2010, 十四五 → 2025), or None."""
    ordinal = numerals.count(name.removesuffix(PLAN_SUFFIX)) if name.endswith(PLAN_SUFFIX) else None
    return None if ordinal is None else REGULAR_PLAN_END + PLAN_YEARS * (ordinal - REGULAR_PLAN)


def plan_ending_in(year: int) -> str:
    """The name of the five-year plan that ends in `year` (2025 → 十四五), or "" when none ends then
    or FIVE_YEAR would not read its name (十五, the tenth plan, is also the number 15)."""
    ordinal, into_plan = divmod(year - REGULAR_PLAN_END, PLAN_YEARS)
    ordinal += REGULAR_PLAN
    if into_plan or not 0 < ordinal < 100:
        return ""
    name = numerals.written(ordinal) + PLAN_SUFFIX
    return name if FIVE_YEAR.fullmatch(name) else ""


def _looks_back(shift: Period, current: Period) -> bool:
    """过去一年，我们… opening a sentence of this year's plan: the sentence reviews last year; and
    2012年，… opening a sentence of a five-year review (…的五年。…。2012年，…国内生产总值增长7.8%):
    the rest of the paragraph is about that one year, and the paragraph after it is the five years' again."""
    if shift.role != "actual" or shift.year is None or shift.plan:
        return False
    return (current.role == "target" and not current.plan) or (current.role == "actual" and bool(current.plan))


def report_year(text: str, vocabulary: Vocabulary, body_end: int | None = None) -> ReportYear:
    """The year a report was delivered in, from the first of the ways reports state it.

    The date line comes first (it is the delivery itself), then the title, then the national
    congress's session, then the section headings, and failing all of them the latest year the
    review opens a paragraph with, plus one (2004年，全国各族人民… in a review delivered in 2005).
    """
    head = numerals.normalise(text[:HEAD])
    body = text[:body_end]
    patterns = _patterns(vocabulary)
    for source, year in (
        ("date line", _date_line_year(head, vocabulary)),
        ("title", _title_year(head, vocabulary)),
        ("congress", _congress_year(head, vocabulary)),
        ("headings", _year_from_headings(body, patterns)),
        ("review", _year_from_review(body, patterns)),
    ):
        if year is not None:
            return ReportYear(year, source)
    return ReportYear(None)


def _year(written: str) -> int | None:
    """2026 or 二〇二六 as a number; None for what is no year."""
    year = numerals.count(written) if not written.isdigit() else int(written)
    return year if year is not None and 1900 <= year < 2100 else None


def _date_line_year(head: str, vocabulary: Vocabulary) -> int | None:
    """The year of the date the report was delivered on: the date before 在…人民代表大会 (a page may
    also carry the date it was posted), else the first date of the opening lines."""
    delivery = vocabulary.regex(rf"[^。\n]{{0,{LINKED}}}?{{delivered_at}}[^。\n]{{0,20}}?{{congress}}")
    dates = list(DATE.finditer(head))
    linked = [date for date in dates if delivery.match(head, date.end())]
    chosen = (linked or dates)[:1]
    return _year(chosen[0].group("year")) if chosen else None


def _title_year(head: str, vocabulary: Vocabulary) -> int | None:
    """The latest year of a title line (2026年政府工作报告; 关于2025年…执行情况与2026年…计划草案的报告)."""
    ends = vocabulary.pattern("report_title_ends")
    for line in head.split("\n"):
        title = line.strip()
        if len(title) > TITLE_LINE or "。" in title or not ends.search(title[-4:]):
            continue
        years = [year for m in TITLE_YEAR.finditer(title) if (year := _year(m.group("year"))) is not None]
        if years:
            return max(years)
    return None


def _congress_year(head: str, vocabulary: Vocabulary) -> int | None:
    """The year of the national congress session a report is delivered to (向第十届全国人民代表大会第一次会议报告)."""
    match = vocabulary.regex(
        r"{delivered_at}{ordinal_before}(?P<term>[一二三四五六七八九十]+){congress_session}\s*{national}\s*"
        r"{congress}{ordinal_before}(?P<session>[一二三四五六七八九十]+){congress_meeting}"
    ).search(head)
    if match is None:
        return None
    term, session = numerals.count(match.group("term")), numerals.count(match.group("session"))
    if term is None or session is None or term < REGULAR_TERM or not 1 <= session <= TERM_YEARS:
        return None
    return REGULAR_TERM_YEAR + TERM_YEARS * (term - REGULAR_TERM) + session - 1


def _year_from_headings(text: str, patterns: _Patterns) -> int | None:
    """The delivery year of a report with no date: its review heading's year + 1 (一、2018年工作回顾),
    a plan heading's year, or the year after a five-year plan it reviews (一、“十一五”时期…的回顾)."""
    for match in SECTION_HEADING.finditer(text):
        title = match.group("title")
        year = YEAR.search(title)
        if year and patterns.review_heading.search(title):
            return int(year.group()) + 1
        if year and patterns.plan_heading.search(title):
            return int(year.group())
        plan = FIVE_YEAR.search(title)
        end = plan_end(plan.group(1)) if plan else None
        if end is not None and patterns.review_heading.search(title):
            return end + 1
    return None


def _year_from_review(text: str, patterns: _Patterns) -> int | None:
    """The latest year a paragraph or a sentence of a review section opens with, plus one (一、过去一年
    工作回顾 / 2004年，全国各族人民…: delivered in 2005). A five-year review may speak of its last year
    only inside a paragraph (…的五年。…。2012年，在世界各大经济体增长全面减速…: delivered in 2013)."""
    headings = list(SECTION_HEADING.finditer(text))
    years = []
    for i, heading in enumerate(headings):
        title = heading.group("title")
        if not patterns.review_heading.search(title) or patterns.plan_heading.search(title):
            continue
        end = headings[i + 1].start() if i + 1 < len(headings) else len(text)
        for line in text[heading.end() : end].split("\n"):
            starts = [0, *(mark.end() for mark in SENTENCE_START.finditer(line))]
            for start in starts:
                opening = patterns.year_opening.match(
                    patterns.address.sub("", line[start : start + 60]).lstrip(" \t　")
                )
                if opening:
                    years.append(int(opening.group(1) or opening.group(2)))
    return max(years) + 1 if years else None
