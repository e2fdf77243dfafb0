"""What every rule kind needs to know about a document, computed once.

Rule kinds ask the same questions of a document: which figures share a clause
or a sentence, what noun phrase a figure measures (its subject), which year
and role (actual or target) its section gives it, what the glossary defines.
Answering them here, once per document, keeps the kinds small and keeps the
whole check linear in the length of the report.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from decimal import Decimal

from checker.extract import GLOSSARY_ENTRY, GLOSSARY_HEADING, soft_breaks
from checker.indicators import Indicator, Lexicon
from checker.model import Document, Figure, Kind, Span

CLAUSE_END = re.compile(r"[，,；;。！？!?：:\n]")
# Words that open a clause but are not part of what a figure measures.
LEADING_WORDS = re.compile(
    r"^(?:其中|预计|全年|累计|共计|总计|合计|同时|并|及|和|与|以及|另外|此外|目前|截至\S{0,8}?底|今年|去年|上年|当年|"
    r"力争|确保|争取|努力|"
    r"全区|全市|全县|全省|全国|我区|我市|我省|[，、\s])+"
)
# Verbs and particles between a subject and its figure (达到, 完成, 为 …).
TRAILING_WORDS = re.compile(
    r"(?:分别|同比|比上年|较上年|比去年|年均|累计|共|总|约|近|超过|突破|达到|达|完成|实现|为|是|有|增加到|提高到|上涨|"
    r"同口径|可比口径|按可比价格计算|(?:由|从)(?:上年|去年)|平均值|超|"
    r"增长到|下降到|降至|降到|降为|降低到|减少到|升至|增至|增长|增加|提高|下降|减少|降低|上升|保持在|稳定在|控制在|力争|确保|新增|"
    r"的|了|在|至|到)+$"
)
DECLINE = re.compile(r"(?:下降|减少|降低|回落)[了约近为达]*$")
LIST_JOIN = re.compile(r"[、和与及]")
GROWTH_CUE = re.compile(r"(?:增长|增加|提高|上升|上涨|下降|减少|降低|回落|增速|增幅|涨幅)[了约近为达]*$")
# Words that make a subject more general without naming another indicator.
SPECIFIC_PREFIX = re.compile(r"^(?:各类|各项|全年|年内|年(?!度)|共|累计|新建|组织|开展|举办|完成|实施|推动|争取|力争|确保)+")
# A top-level section heading: 一、2021年国民经济和社会发展计划执行情况
SECTION_HEADING = re.compile(r"^[ \t　]*[一二三四五六七八九十]+、(?P<title>[^\n]{0,60})$", re.M)
YEAR = re.compile(r"(19|20)\d\d(?=年)")
TARGET_WORDS = re.compile(r"目标|任务|计划草案|预期|安排|打算|措施|思路|重点工作|总体要求|政策取向")
ACTUAL_WORDS = re.compile(r"执行情况|回顾|完成情况|过去|成就")
SENTENCE_START = re.compile(r"[。！？]")
OTHER_TIME = re.compile(r"上年|去年|前年|累计|年均|五年|十[一二三四五六七八九]五|以来|期间|截至|到\d{4}年|(?<!\d)[1-9]\d?年(?!度)")
DURATION = re.compile(r"^(?:近|过去|这)?(?:[1-9]\d?|[一二两三四五六七八九十]+)年(?:来|间)?")
FIVE_YEAR = re.compile(r"“?(十[一二三四五六七八九]五)”?")
# The last year of each five-year plan, to tell a plan reviewed from a plan ahead.
FIVE_YEAR_END = {"十一五": 2010, "十二五": 2015, "十三五": 2020, "十四五": 2025, "十五五": 2030, "十六五": 2035}
OPENING_NOISE = re.compile(r"^[\s　]*(?:各位代表[！!，,]?)?")
FIVE_YEAR_OPENING = re.compile(r"^(?:过去五年|五年来|这五年|“?十[一二三四五六七八九]五”?(?:时期|期间)(?!是))")
ACTUAL_OPENING = re.compile(r"^(?:回顾)?(?:过去一年|一年来|去年|刚刚过去的一年)")
TARGET_OPENING = re.compile(r"^(?:今年|做好今年|综合(?:分析|考虑)[^。]{0,20}今年|[^。]{0,12}主要预期目标)")
YEAR_OPENING = re.compile(r"^(?:刚刚过去的)?((?:19|20)\d\d)年(?:是|，|,|我们)")
DELIVERED = re.compile(r"((?:19|20)\d\d)年\d{1,2}月\d{1,2}日")


@dataclass(frozen=True)
class GlossaryEntry:
    """One entry of the 名词解释: the term and its definition, as spans."""

    term: Span
    definition: Span


@dataclass(frozen=True)
class Period:
    """Which year (or five-year plan) a stretch of the report speaks of, as actual or target."""

    start: int
    year: int | None  # the calendar year, or None when the text does not say
    role: str  # "actual", "target" or "" when the text does not say
    plan: str = ""  # a five-year plan (十四五) when the stretch speaks of one, not of a year

    @property
    def known(self) -> bool:
        return bool(self.role) and (self.year is not None or bool(self.plan))

    def same(self, other: Period) -> bool:
        """Whether two stretches speak of one period (their starts aside)."""
        return (self.year, self.role, self.plan) == (other.year, other.role, other.plan)


class DocumentContext:
    """A document, its figures, and the answers rule kinds share."""

    def __init__(self, document: Document, figures: Sequence[Figure], lexicon: Lexicon | None = None) -> None:
        self.document = document
        self.lexicon = lexicon or Lexicon(())
        self.previous: DocumentContext | None = None  # last year's report, for cross-report rules
        self.text = document.text
        self.figures = tuple(figures)
        soft = soft_breaks(self.text)
        self._clause_ends = [m.start() for m in CLAUSE_END.finditer(self.text) if m.start() not in soft]
        self._starts = [f.start for f in self.figures]
        heading = GLOSSARY_HEADING.search(self.text)
        self.body_end = heading.start() if heading else len(self.text)
        self.glossary = tuple(self._glossary(heading.end())) if heading else ()
        self.delivered = _delivered_year(self.text) or _year_from_headings(self.text[: self.body_end])
        self.periods = tuple(self._periods())
        self._period_starts = [p.start for p in self.periods]

    # --- positions -------------------------------------------------------------

    def clause(self, start: int, end: int | None = None) -> tuple[int, int]:
        """The clause around [start, end): between two of ，；。：\\n."""
        end = start if end is None else end
        i = bisect.bisect_left(self._clause_ends, start)
        left = self._clause_ends[i - 1] + 1 if i > 0 else 0
        j = bisect.bisect_left(self._clause_ends, end)
        right = self._clause_ends[j] if j < len(self._clause_ends) else len(self.text)
        return left, right

    def figures_between(self, start: int, end: int) -> list[Figure]:
        """The figures that lie wholly inside [start, end), in order."""
        i = bisect.bisect_left(self._starts, start)
        found = []
        while i < len(self.figures) and self.figures[i].start < end:
            if self.figures[i].end <= end:
                found.append(self.figures[i])
            i += 1
        return found

    def body_sentences(self, keep: Callable[[Figure], bool] = lambda figure: True) -> list[list[Figure]]:
        """The figures of the body (the glossary left out) that `keep` accepts, grouped by sentence."""
        groups: dict[tuple[int, int], list[Figure]] = {}
        for figure in self.figures:
            if figure.start < self.body_end and keep(figure):
                groups.setdefault(figure.sentence, []).append(figure)
        return list(groups.values())

    def sentence_figures(self, figure: Figure) -> list[Figure]:
        return self.figures_between(*figure.sentence)

    def paragraph(self, offset: int) -> tuple[int, int]:
        left = self.text.rfind("\n", 0, offset) + 1
        right = self.text.find("\n", offset)
        return left, len(self.text) if right == -1 else right

    def scope(self, figure: Figure, scope: str) -> tuple[int, int]:
        """The stretch of text a rule's `scope` names around a figure."""
        if scope == "clause":
            return self.clause(figure.start, figure.end)
        if scope == "sentence":
            return figure.sentence
        if scope == "paragraph":
            return self.paragraph(figure.start)
        return 0, len(self.text)

    def before(self, figure: Figure | Span, scope: tuple[int, int] | None = None) -> str:
        """The text of the figure's clause (or `scope`) up to the figure."""
        left = scope[0] if scope else max(self.clause(figure.start)[0], figure.start - 1000)  # an endless clause stays linear
        return self.text[left : figure.start]

    def fragment(self, figure: Figure | Span) -> str:
        """The text just before a figure: from the previous figure of its clause, or the clause start."""
        left, _ = self.clause(figure.start)
        i = bisect.bisect_left(self._starts, figure.start)
        if i > 0 and self.figures[i - 1].end > left:
            left = self.figures[i - 1].end
        return self.text[left : figure.start]

    def subject(self, figure: Figure) -> str:
        """The noun phrase a figure measures: 全年地区生产总值达到360亿元 → 地区生产总值.

        The clause text before the figure, from the end of the previous figure
        in the same clause, without the verbs and adverbs that join it to
        the figure.
        """
        fragment = self.fragment(figure)
        if fragment.rstrip().endswith("、"):
            # 改造2.5万套城市危旧房、2.6万户城中村: the noun before 、 follows the previous figure.
            return ""
        # 地区生产总值（GDP）: a bracketed abbreviation or gloss is dropped, quotes are unwrapped.
        phrase = re.sub(r"（[^（）]*）|\([^()]*\)", "", fragment)
        phrase = re.sub(r"[“”‘’\"《》]", "", phrase)
        phrase = TRAILING_WORDS.sub("", phrase)
        phrase = LEADING_WORDS.sub("", phrase)
        phrase = DURATION.sub("", phrase)  # 5年增长18.7%: the span of years is time, not the subject
        return phrase.strip("、 \t")

    # --- indicators -------------------------------------------------------------

    def list_head(self, figure: Figure) -> Figure:
        """The first figure of the 分别 list a figure belongs to (50085元和28998元 → 50085元)."""
        i = bisect.bisect_left(self._starts, figure.start)
        while i > 0 and LIST_JOIN.fullmatch(self.fragment(self.figures[i])):
            i -= 1
        return self.figures[i]

    def in_list(self, figure: Figure) -> bool:
        """Whether a figure is one of a list (分别达到50085元和28998元), whose items are different indicators."""
        i = bisect.bisect_left(self._starts, figure.start)
        following = self.figures[i + 1] if i + 1 < len(self.figures) else None
        return bool(LIST_JOIN.fullmatch(self.fragment(figure))) or (
            following is not None and bool(LIST_JOIN.fullmatch(self.fragment(following)))
        )

    def measure(self, figure: Figure) -> str:
        """What a figure states of its indicator: "level", "growth" (增长7%), or "rate" (a share, 率)."""
        figure = self.list_head(figure)
        if figure.kind in (Kind.AMOUNT, Kind.COUNT):
            return "level"
        if figure.kind is Kind.MULTIPLE:
            return "growth"
        fragment = self.fragment(figure)
        if GROWTH_CUE.search(fragment):
            return "growth"
        return "rate"

    def signed(self, figure: Figure) -> Decimal:
        """A rate stated as a decline (下降3%) is a negative growth; any other figure keeps its value."""
        if figure.kind in (Kind.PERCENT, Kind.PERCENTAGE_POINT) and DECLINE.search(self.fragment(self.list_head(figure))):
            return -figure.value
        return figure.value

    def indicator(self, figure: Figure) -> Indicator | None:
        """The lexicon's indicator for a figure: from its subject, or for a bare
        growth rate (同比增长7%) from the level before it in the sentence."""
        figure = self.list_head(figure)
        subject = self.subject(figure)
        found = self.lexicon.match(subject) if subject else None
        # 地区生产总值达到5.53万亿元、稳居全国前十强、增长4.8%: a rate that goes on
        # the level's clause after 、 speaks of the level's indicator.
        continues = self.fragment(figure).startswith("、") and self.measure(figure) == "growth"
        if found is None and (not subject or continues) and figure.kind in (Kind.PERCENT, Kind.PERCENTAGE_POINT):
            i = bisect.bisect_left(self._starts, figure.start)
            while i > 0 and self.figures[i - 1].start >= figure.sentence[0]:
                i -= 1
                if self.subject(self.figures[i]):
                    return self.lexicon.match(self.subject(self.figures[i]))
        return found

    def key(self, figure: Figure) -> str | None:
        """A name for what the figure measures: the lexicon's standard name, else a
        subject long enough to be specific (产量 alone could be of anything)."""
        indicator = self.indicator(figure)
        if indicator is not None:
            return indicator.name
        subject = SPECIFIC_PREFIX.sub("", self.subject(self.list_head(figure)))
        return subject if len(subject) >= 4 else None

    # --- sections ----------------------------------------------------------------

    def other_year(self, figure: Figure) -> bool:
        """Whether a figure speaks of another time than its section's year: a year named
        before it in its sentence (2020年地区生产总值336亿元, 到2030年), or a time word in
        its own clause (上年, 累计, 年均, 十四五). 比上年有所加快 in an earlier clause does not
        make the next clause's figure last year's."""
        period = self.period(figure.start)
        before = self.text[max(figure.sentence[0], figure.start - 1000) : figure.start]  # a hostile endless sentence stays linear
        years = {int(m.group()) for m in YEAR.finditer(before)}
        return bool(years - {period.year}) or bool(OTHER_TIME.search(self.before(figure)))

    def period(self, offset: int) -> Period:
        i = bisect.bisect_right(self._period_starts, offset) - 1
        return self.periods[i] if i >= 0 else Period(0, None, "")

    def _periods(self) -> Iterator[Period]:
        """Periods from section headings and from the words that open a paragraph.

        Headings say it in most reports (一、2024年工作回顾, 三、2025年工作安排);
        where they are slogans, paragraphs do (过去一年…, 五年来…, 今年经济社会
        发展的主要预期目标是…). A paragraph marker starts a period that lasts
        until the next marker or heading.
        """
        current = section = Period(0, None, "")
        yield current
        # Headings a reader marked as such (Word heading styles, Markdown #): their numbering
        # (一、) may be Word's automatic list numbering, absent from the text.
        styled = {block.start for block in self.document.blocks if block.kind == "heading"}
        position = 0
        for line in self.text[: self.body_end].split("\n"):
            numbered = SECTION_HEADING.match(line)
            title = numbered.group("title") if numbered else line.strip() if position in styled else None
            heading = title is not None and (numbered is not None or bool(YEAR.search(title) or TARGET_WORDS.search(title)
                                                                         or ACTUAL_WORDS.search(title)))  # fmt: skip
            found = None
            if heading:
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
            if not heading:
                # 2015年是“十二五”收官之年。过去五年，…: a five-year review may open mid-paragraph.
                for sentence in SENTENCE_START.finditer(line):
                    shift = self._paragraph_period(position + sentence.end(), line[sentence.end() :])
                    if shift is not None and shift.plan and not shift.same(current):
                        current = shift
                        yield current
            position += len(line) + 1

    def _heading_period(self, start: int, title: str) -> Period | None:
        plan = FIVE_YEAR.search(title)
        year = YEAR.search(title)
        if not year and FIVE_YEAR_OPENING.match(title):
            return Period(start, None, "actual", plan.group(1) if plan else "五年")  # 一、过去五年工作回顾
        actual = ACTUAL_WORDS.search(title)
        target = TARGET_WORDS.search(title)
        if plan and not year:
            return Period(start, None, self._plan_role(plan.group(1)), plan.group(1))
        if year:
            number = int(year.group())
            role = "actual" if actual else "target" if target else ""
            if not role and self.delivered:
                role = "actual" if number < self.delivered else "target"
            return Period(start, number, role)
        if actual or target:
            role = "actual" if actual else "target"
            return Period(start, self._year_of(role), role)
        return None

    def _paragraph_period(self, start: int, line: str) -> Period | None:
        opening = OPENING_NOISE.sub("", line[:60])
        if FIVE_YEAR_OPENING.match(opening):
            plan = FIVE_YEAR.search(opening[:12])
            name = plan.group(1) if plan else self._past_plan()
            return Period(start, None, self._plan_role(name) if plan else "actual", name or "五年")
        if ACTUAL_OPENING.match(opening):
            return Period(start, self._year_of("actual"), "actual")
        if TARGET_OPENING.match(opening):
            return Period(start, self._year_of("target"), "target")
        year = YEAR_OPENING.match(opening)
        if year and self.delivered:
            number = int(year.group(1))
            return Period(start, number, "actual" if number < self.delivered else "target")
        return None

    def _year_of(self, role: str) -> int | None:
        if self.delivered is None:
            return None
        return self.delivered - 1 if role == "actual" else self.delivered

    def _plan_role(self, name: str) -> str:
        """十四五 reviewed in 2026 is past (actual); 十五五 is ahead (target)."""
        end = FIVE_YEAR_END.get(name)
        if end is None or self.delivered is None:
            return ""
        return "actual" if self.delivered > end else "target"

    def _past_plan(self) -> str:
        if self.delivered is None:
            return ""
        for name, end in FIVE_YEAR_END.items():
            if end == self.delivered - 1 or (end < self.delivered <= end + 5 and end == self.delivered - 1):
                return name
        return ""

    def _glossary(self, start: int) -> Iterator[GlossaryEntry]:
        for match in GLOSSARY_ENTRY.finditer(self.text, start):
            term = Span(match.start("term"), match.end("term"), match.group("term").strip())
            definition = Span(match.start("definition"), match.end("definition"), match.group("definition"))
            yield GlossaryEntry(term, definition)


def _year_from_headings(text: str) -> int | None:
    """The delivery year of a report with no date: its review heading's year + 1 (一、2018年工作回顾)."""
    for match in SECTION_HEADING.finditer(text):
        title = match.group("title")
        year = YEAR.search(title)
        if year and ACTUAL_WORDS.search(title):
            return int(year.group()) + 1
        if year and TARGET_WORDS.search(title):
            return int(year.group())
    return None


def _delivered_year(text: str) -> int | None:
    """The year the report was delivered, from the date in its first lines."""
    head = text[:400]
    match = DELIVERED.search(head)
    return int(match.group(1)) if match else None
