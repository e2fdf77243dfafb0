"""What every rule kind needs to know about a document, computed once.

Rule kinds ask the same questions of a document: which figures share a clause
or a sentence, what noun phrase a figure measures (its subject), which year
and role (actual or target) its section gives it, what the glossary defines.
Answering them here, once per document, keeps the kinds small and keeps the
whole check linear in the length of the report.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass

from checker.claims import read_claims
from checker.indicators import Indicator, Lexicon
from checker.model import Claim, Document, Figure, GlossaryEntry, Kind, Measure, Span
from checker.structure import structure_of
from checker.vocabulary import Vocabulary, shipped_vocabulary

# A top-level section heading: 一、2021年国民经济和社会发展计划执行情况
SECTION_HEADING = re.compile(r"^[ \t　]*[一二三四五六七八九十]+、(?P<title>[^\n]{0,60})$", re.M)
YEAR = re.compile(r"(19|20)\d\d(?=年)")
SENTENCE_START = re.compile(r"[。！？]")
FIVE_YEAR = re.compile(r"“?(十[一二三四五六七八九]五)”?")
# The last year of each five-year plan, to tell a plan reviewed from a plan ahead.
FIVE_YEAR_END = {"十一五": 2010, "十二五": 2015, "十三五": 2020, "十四五": 2025, "十五五": 2030, "十六五": 2035}


@dataclass(frozen=True)
class _Patterns:
    """The vocabulary's lists (rules/vocabulary.toml) as the patterns a context reads text with."""

    leading: re.Pattern[str]
    trailing: re.Pattern[str]
    list_join: re.Pattern[str]
    general_prefix: re.Pattern[str]
    plan_heading: re.Pattern[str]
    review_heading: re.Pattern[str]
    other_time: re.Pattern[str]
    duration: re.Pattern[str]
    address: re.Pattern[str]
    five_year_opening: re.Pattern[str]
    review_opening: re.Pattern[str]
    plan_opening: re.Pattern[str]
    year_opening: re.Pattern[str]


@functools.cache
def _patterns(vocabulary: Vocabulary) -> _Patterns:
    words = vocabulary.alternation
    numeral_years = r"(?:[1-9]\d?|[一二两三四五六七八九十]+)年"
    plan_name = r"“?十[一二三四五六七八九]五”?"
    return _Patterns(
        leading=re.compile(rf"^(?:{words('subject_openers')}|{words('as_of')}\S{{0,8}}?{words('period_ends')}|[，、\s])+"),
        trailing=re.compile(rf"{words('subject_links')}+$"),
        list_join=re.compile(words("list_joins")),
        general_prefix=re.compile(rf"^{words('general_prefixes')}+"),
        plan_heading=re.compile(words("plan_headings")),
        review_heading=re.compile(words("review_headings")),
        other_time=re.compile(rf"{words('other_time')}|{plan_name}|{words('until')}\d{{4}}年|(?<!\d)[1-9]\d?年(?!度)"),
        duration=re.compile(rf"^{words('duration_before')}?{numeral_years}{words('duration_after')}?"),
        address=re.compile(rf"^[\s　]*(?:{words('address')}[！!，,]?)?"),
        five_year_opening=re.compile(
            rf"^(?:{words('five_year_openings')}|{plan_name}{words('plan_period')}(?!{words('plan_period_not')}))"
        ),
        review_opening=re.compile(rf"^{words('review_prefix')}?{words('review_openings')}"),
        plan_opening=re.compile(
            rf"^(?:{words('plan_openings')}|{words('plan_reasoning')}[^。]{{0,20}}{words('this_year')}|[^。]{{0,12}}{words('plan_markers')})"
        ),
        # 刚刚过去的2025年很不平凡 / 2025年是…: a paragraph about one year.
        year_opening=re.compile(
            rf"^(?:{words('recent_past')}((?:19|20)\d\d)年|((?:19|20)\d\d)年{words('year_followers')})"
        ),
    )


DELIVERED = re.compile(r"((?:19|20)\d\d)年\d{1,2}月\d{1,2}日")


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

    def __init__(self, document: Document, figures: Sequence[Figure], lexicon: Lexicon | None = None,
                 vocabulary: Vocabulary | None = None, previous: DocumentContext | None = None) -> None:  # fmt: skip
        self.document = document
        self.lexicon = lexicon or Lexicon(())
        self.vocabulary = vocabulary or shipped_vocabulary()
        self._patterns = _patterns(self.vocabulary)
        self.previous = previous  # last year's report, for cross-report rules
        self.text = document.text
        self.figures = tuple(figures)
        self.structure = structure_of(self.text)
        self._starts = [f.start for f in self.figures]
        self.body_end = self.structure.body_end
        self.glossary: tuple[GlossaryEntry, ...] = self.structure.glossary
        self.delivered = _delivered_year(self.text) or _year_from_headings(self.text[: self.body_end], self._patterns)
        self.periods = tuple(self._periods())
        self._period_starts = [p.start for p in self.periods]
        self.claims = read_claims(self, self.vocabulary)
        self._claim_of = {claim.figure.start: claim for claim in self.claims}

    # --- positions -------------------------------------------------------------

    def clause(self, start: int, end: int | None = None) -> tuple[int, int]:
        """The clause around [start, end): between two of ，；。：\\n (structure.py)."""
        return self.structure.clause(start, end)

    def segment(self, offset: int) -> tuple[int, int]:
        """The stretch around an offset between two of ；。！？ or line breaks (not commas)."""
        return self.structure.stretch(offset)

    def figure_indices(self, start: int, end: int) -> range:
        """The indices of the figures that start inside [start, end)."""
        return range(bisect.bisect_left(self._starts, start), bisect.bisect_left(self._starts, end))

    def claim(self, figure: Figure) -> Claim:
        """What a figure states (claims.py), read once for every kind."""
        return self._claim_of[figure.start]

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
        return self.structure.paragraph(offset)

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
        left = (scope or self.clause(figure.start))[0]
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
        phrase = self._patterns.trailing.sub("", phrase)
        phrase = self._patterns.leading.sub("", phrase)
        phrase = self._patterns.duration.sub("", phrase)  # 5年增长18.7%: the span of years is time, not the subject
        return phrase.strip("、 \t")

    # --- indicators -------------------------------------------------------------

    def list_head(self, figure: Figure) -> Figure:
        """The first figure of the 分别 list a figure belongs to (50085元和28998元 → 50085元)."""
        i = bisect.bisect_left(self._starts, figure.start)
        while i > 0 and self._patterns.list_join.fullmatch(self.fragment(self.figures[i])):
            i -= 1
        return self.figures[i]

    def in_list(self, figure: Figure) -> bool:
        """Whether a figure is one of a list (分别达到50085元和28998元), whose items are different indicators."""
        i = bisect.bisect_left(self._starts, figure.start)
        following = self.figures[i + 1] if i + 1 < len(self.figures) else None
        return bool(self._patterns.list_join.fullmatch(self.fragment(figure))) or (
            following is not None and bool(self._patterns.list_join.fullmatch(self.fragment(following)))
        )

    def indicator(self, figure: Figure) -> Indicator | None:
        """The lexicon's indicator for a figure: from its subject, or for a bare
        growth rate (同比增长7%) from the level before it in the sentence."""
        figure = self.list_head(figure)
        subject = self.subject(figure)
        found = self.lexicon.match(subject) if subject else None
        # 地区生产总值达到5.53万亿元、稳居全国前十强、增长4.8%: a rate that goes on
        # the level's clause after 、 speaks of the level's indicator.
        continues = self.fragment(figure).startswith("、") and self.claim(figure).measure is Measure.GROWTH
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
        subject = self._patterns.general_prefix.sub("", self.subject(self.list_head(figure)))
        return subject if len(subject) >= 4 else None

    # --- sections ----------------------------------------------------------------

    def other_year(self, figure: Figure) -> bool:
        """Whether a figure speaks of another time than its section's year: a year named
        before it in its sentence (2020年地区生产总值336亿元, 到2030年), or a time word in
        its own clause (上年, 累计, 年均, 十四五). 比上年有所加快 in an earlier clause does not
        make the next clause's figure last year's."""
        period = self.period(figure.start)
        before = self.text[figure.sentence[0] : figure.start]
        years = {int(m.group()) for m in YEAR.finditer(before)}
        return bool(years - {period.year}) or bool(self._patterns.other_time.search(self.before(figure)))

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
            heading = title is not None and (numbered is not None or bool(YEAR.search(title) or self._patterns.plan_heading.search(title)
                                                                         or self._patterns.review_heading.search(title)))  # fmt: skip
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
        if not year and self._patterns.five_year_opening.match(title):
            # 一、过去五年工作回顾 reviews; 二、“十五五”时期主要目标任务 looks ahead.
            return Period(start, None, self._plan_role(plan.group(1)) if plan else "actual", plan.group(1) if plan else "五年")
        actual = self._patterns.review_heading.search(title)
        target = self._patterns.plan_heading.search(title)
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
        opening = self._patterns.address.sub("", line[:60])
        if self._patterns.five_year_opening.match(opening):
            plan = FIVE_YEAR.search(opening[:12])
            name = plan.group(1) if plan else self._past_plan()
            return Period(start, None, self._plan_role(name) if plan else "actual", name or "五年")
        if self._patterns.review_opening.match(opening):
            return Period(start, self._year_of("actual"), "actual")
        if self._patterns.plan_opening.match(opening):
            return Period(start, self._year_of("target"), "target")
        year = self._patterns.year_opening.match(opening)
        if year and self.delivered:
            number = int(year.group(1) or year.group(2))
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


def _year_from_headings(text: str, patterns: _Patterns) -> int | None:
    """The delivery year of a report with no date: its review heading's year + 1 (一、2018年工作回顾)."""
    for match in SECTION_HEADING.finditer(text):
        title = match.group("title")
        year = YEAR.search(title)
        if year and patterns.review_heading.search(title):
            return int(year.group()) + 1
        if year and patterns.plan_heading.search(title):
            return int(year.group())
    return None


def _delivered_year(text: str) -> int | None:
    """The year the report was delivered, from the date in its first lines."""
    head = text[:400]
    match = DELIVERED.search(head)
    return int(match.group(1)) if match else None
