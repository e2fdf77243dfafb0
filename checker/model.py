"""The data that flows through indicheck: read → extract → check → report.

Only frozen dataclasses and enums live here, so that every stage can be tested
on values it did not build itself, and nothing downstream can change what an
earlier stage produced.
"""

from __future__ import annotations

import bisect
import dataclasses
import functools
import re
from dataclasses import dataclass, field
from decimal import Decimal
from enum import StrEnum
from typing import TYPE_CHECKING, Any, Generic, Literal, TypeVar

if TYPE_CHECKING:
    from checker.vocabulary import Vocabulary

NEWLINE = re.compile("\n")


# Format characters (Unicode category Cf, as of Unicode 14: soft hyphen, zero-width space and joiners,
# bidirectional marks, word joiner, a byte-order mark inside the text …) are invisible and mean nothing
# in a report, but Word and the web leave them inside numbers (12\u00ad9.9亿元): every stage reads the
# text without them. Written out rather than computed from unicodedata, which takes half a second.
INVISIBLE = re.compile(
    "[\u00ad\u0600-\u0605\u061c\u06dd\u070f\u0890-\u0891\u08e2\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064"
    "\u2066-\u206f\ufeff\ufff9-\ufffb\U000110bd\U000110cd\U00013430-\U0001343f\U0001bca0-\U0001bca3"
    "\U0001d173-\U0001d17a\U000e0001\U000e0020-\U000e007f]"
)


class Kind(StrEnum):
    """What a figure measures, decided by its unit (see data/units_zh.txt)."""

    AMOUNT = "amount"
    COUNT = "count"
    PERCENT = "percent"
    PERCENTAGE_POINT = "percentage_point"
    MULTIPLE = "multiple"


class Qualifier(StrEnum):
    """How the text hedges a figure; it widens or opens the figure's interval."""

    APPROX = "approx"  # 约, 近, 左右, 上下
    AT_LEAST = "at_least"  # 以上, 超过, 突破, 余, 多
    AT_MOST = "at_most"  # 以内, 以下, 不超过, 不到


@dataclass(frozen=True)
class Block:
    """A run of text a reader found: a paragraph, a heading or a table cell.

    `start`/`end` are offsets into Document.text, so that every later stage
    speaks of one coordinate system whatever the input format was. `label`
    says where a person finds the block in the original file (段落 12,
    表 1 第 3 行第 4 列, 第 2 页); `index` is the reader's own position of
    it (paragraph number in a .docx), so a writer can find it again.
    """

    start: int
    end: int
    kind: str = "paragraph"
    label: str = ""
    index: tuple[int, ...] = ()


S = TypeVar("S", "Figure", "SetAside", "Span")  # what has a start, an end and its text


@dataclass(frozen=True)
class Document:
    """A decoded report: its text (newlines normalised to \\n) and blocks.

    `text` is the text as the reader found it, which every output shows and every offset of a
    finding points into. `normal` is the same document without its invisible characters
    (INVISIBLE), which every stage from extraction to the rule kinds reads, so that a soft hyphen
    inside 12\u00ad9.9亿元 never splits a figure; it is the document itself when there are none
    (the common case, at the cost of one scan). `in_source` maps what the stages found in `normal`
    back to this text, once, where results leave the pipeline.
    """

    path: str
    text: str
    blocks: tuple[Block, ...]
    # False when the lines are those of a text a reader made (.docx, .pdf), not the file's: then a
    # location is the block's label (段落 12, 第 2 页), and line:column mean nothing to a person.
    own_lines: bool = True
    line_starts: tuple[int, ...] = field(init=False, repr=False, compare=False)
    block_starts: tuple[int, ...] = field(init=False, repr=False, compare=False)
    normal: Document = field(init=False, repr=False, compare=False)
    # For each character `normal` leaves out, the offset in `normal` where it stood (non-decreasing).
    gaps: tuple[int, ...] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        starts = [0]
        starts.extend(match.end() for match in NEWLINE.finditer(self.text))  # not a Python loop per character
        object.__setattr__(self, "line_starts", tuple(starts))
        object.__setattr__(self, "block_starts", tuple(block.start for block in self.blocks))
        removed = [match.start() for match in INVISIBLE.finditer(self.text)]
        object.__setattr__(self, "gaps", tuple(at - k for k, at in enumerate(removed)))
        if not removed:
            object.__setattr__(self, "normal", self)
            return

        def inside(offset: int) -> int:  # an offset of this text → the offset in the text without them
            return offset - bisect.bisect_left(removed, offset)

        blocks = tuple(dataclasses.replace(b, start=inside(b.start), end=inside(b.end)) for b in self.blocks)
        object.__setattr__(self, "normal", Document(self.path, INVISIBLE.sub("", self.text), blocks, self.own_lines))

    def source_span(self, start: int, end: int) -> tuple[int, int]:
        """The offsets in this text of [start, end) of `normal`: the characters left out inside the
        span are in it, those just before or after it are not."""
        if self.normal is self:
            return start, end
        return start + bisect.bisect_right(self.gaps, start), end + bisect.bisect_left(self.gaps, end)

    def in_source(self, item: S) -> S:
        """A number set aside or a span of `normal`, with its offsets and text those of this text."""
        if self.normal is self:
            return item
        start, end = self.source_span(item.start, item.end)
        return dataclasses.replace(item, start=start, end=end, text=self.text[start:end])

    def figure_in_source(self, figure: Figure) -> Figure:
        """A figure of `normal`, with its offsets, text and sentence those of this text."""
        if self.normal is self:
            return figure
        return dataclasses.replace(self.in_source(figure), sentence=self.source_span(*figure.sentence))

    def position(self, offset: int) -> tuple[int, int]:
        """1-based (line, column) of a character offset, columns in characters."""
        line = bisect.bisect_right(self.line_starts, offset) - 1
        return line + 1, offset - self.line_starts[line] + 1

    def block_at(self, offset: int) -> Block | None:
        """The block that holds a character offset, if any."""
        i = bisect.bisect_right(self.block_starts, offset) - 1
        if i >= 0 and self.blocks[i].start <= offset <= self.blocks[i].end:
            return self.blocks[i]
        return None

    def place(self, offset: int) -> str:
        """line:column where the file has lines of its own, else the block's label: for one-line formats."""
        if self.own_lines:
            line, column = self.position(offset)
            return f"{line}:{column}"
        return self.location(offset)

    def location(self, offset: int) -> str:
        """Where a person finds an offset: the block's label (表1 第3行第4列), else line:column."""
        block = self.block_at(offset)
        if block is not None and block.label:
            return block.label
        line, column = self.position(offset)
        return f"{line}:{column}"


@dataclass(frozen=True)
class Figure:
    """One figure as the report states it.

    `value` has the 万/亿 multiplier applied and is in `unit` as written
    without the multiplier (129.9亿元 → 12990000000 元). `decimals` counts the
    digits written after the decimal point, trailing zeros included, and
    `scale` is the multiplier, so the figure stands for
    value ± ½·10^-decimals·scale unless it is `exact`.
    """

    start: int
    end: int
    text: str
    value: Decimal
    unit: str
    kind: Kind
    decimals: int = 0
    scale: Decimal = Decimal(1)
    qualifier: Qualifier | None = None
    upper: Decimal | None = None  # the upper bound of a range (3—5万元)
    exact: bool = False  # an integer count written without a multiplier
    sentence: tuple[int, int] = (0, 0)
    multiplier: str = ""  # 万, 亿 … as written, so values can be shown in the report's own scale

    @property
    def written_unit(self) -> str:
        """The unit with its multiplier, as the report writes it: 亿元, 万亩, %."""
        return self.multiplier + self.unit

    @property
    def half_width(self) -> Decimal:
        """Half the rounding step of the figure as written (0 when exact)."""
        if self.exact:
            return Decimal(0)
        return Decimal(5).scaleb(-self.decimals - 1) * self.scale


class Measure(StrEnum):
    """What a figure states of what it measures, read from the words around it.

    Rule kinds compare like with like: a part is a level, never an increment
    (比上年增加1500亿元) or an average (年均超收2040亿元) of the same subject.
    """

    LEVEL = "level"  # 完成投资129.9亿元: how much there is (or was done) in the period
    INCREMENT = "increment"  # 比上年增加1500亿元: a change of a level, not the level
    BASE = "base"  # 由50元提高到100元: the level it started from
    AVERAGE = "average"  # 年均超收2040亿元: a mean over years or units
    PER_UNIT = "per_unit"  # 人均50085元, 每千人6.5批次; a count its clause makes per thing (千人口床位数7.6张)
    CATEGORY = "category"  # 10亿元以上项目: names a class, does not count it
    DURATION = "duration"  # 连续3年, 用时6个月: a span of time, not a level of the subject
    GROWTH = "growth"  # 增长7%, 1.5倍
    RATE = "rate"  # a share or a 率 (覆盖率95%), or the level a change reaches (下降到5%, 提高到52.6%)

    @property
    def family(self) -> str:
        """level, growth or rate: what a target and the actual that answers it must share
        (a target level may be answered by an average, which its scope then tells apart)."""
        return self.value if self in (Measure.GROWTH, Measure.RATE) else "level"


class PlanRole(StrEnum):
    """The part a figure plays against a plan, read from the words just before it (the vocabulary's
    plan_words and actuals): a completion rate is an actual over a plan, and a plan is no year's actual.

    The level a change starts from (由50元提高到100元) is a measure of its own (Measure.BASE), not a role.
    """

    PLAN = "plan"  # 计划投资108.4亿元, 下达任务1200套: what was set (a plan word wins over an actual word)
    ACTUAL = "actual"  # 完成投资129.9亿元, 实际开工105个: what was done against it
    NONE = "none"  # neither is named: the figure plays no part in a plan and its actual


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


@dataclass(frozen=True)
class ReportYear:
    """The year a report was delivered in, and where the text says so.

    `source` is "date line" (——2026年1月27日在…人民代表大会…, in Arabic or Chinese numerals),
    "title" (2026年政府工作报告), "congress" (向第十届全国人民代表大会第一次会议报告), "headings"
    (一、2025年工作回顾), "review" (the latest year the review opens a paragraph with, plus one),
    "previous report" (the year after that of last year's report it is paired with), or "" when
    no way of stating it was found and `year` is None.
    """

    year: int | None
    source: str = ""


@dataclass(frozen=True)
class Indicator:
    """An indicator of the lexicon (rules/indicators.toml) and the names reports give it."""

    name: str
    aliases: tuple[str, ...] = ()
    prices: Literal["current", "constant"] = "current"  # "constant": its growth is real, not nominal
    direction: Literal["higher", "lower"] = "higher"  # "lower" when less is better (失业率, 能耗, 居民消费价格)
    annual_average: bool = False  # its year's figure is an average over the year: a 年末 figure is another scope
    # What any government of China, from a township to the State Council, can state for it: a
    # level beyond these bounds (居民人均可支配收入5.4亿元) is a slip of scale, not a fact.
    at_least: str = ""  # "500元"
    at_most: str = ""  # "15亿人"
    share_of: str = ""  # the indicator it is a part of in scale (一般公共预算收入 of 地区生产总值)
    share: tuple[str, ...] = ()  # the share of it any government states: ("0.5%", "60%")


@dataclass(frozen=True)
class Composition:
    """A whole that is the sum of its parts by definition (地区生产总值 = 三次产业增加值)."""

    whole: str
    parts: tuple[str, ...]


@dataclass(frozen=True)
class Band:
    """The range a level of government states for an indicator (地区生产总值 of a province: 300亿元 to
    100万亿元): beyond it a level is a slip of scale, 万 for 亿 or a decimal point moved."""

    indicator: str
    level: Literal["national", "province", "city", "county"]
    low: str  # "300亿元"
    high: str  # "100万亿元"


@dataclass(frozen=True)
class Claim:
    """One figure read once for every rule kind: what it measures and how it relates to others.

    `subject` is the noun phrase the figure measures (地区生产总值); `value` is
    signed (下降3% is −3); `other_time` says the figure speaks of another time
    than its section's year (上年, 累计, 年均, 十四五, 2020年); `whole` is the
    figure that 其中 attaches it to as a part, when the text makes it one;
    `total` says a count is a running total of things that exist (达6家),
    which the number added in a period (新增2家) cannot be compared with;
    `indicator` is the lexicon's indicator it states, and `key` a name for
    what it measures (the indicator's name, else a specific subject);
    `period` is the year and role (actual, target) of its stretch of the report;
    `anew` says it counts work done anew in the year (新建, 改造, 新增, 完成…), a flow whose
    plan may fall from one year to the next, where 专精特新企业5200家 is a stock;
    `plan_role` says whether the words just before it name it a plan (计划, 目标 …) or what was done
    against one (完成, 实际 …): the one reading of it that the ratio, bounds and magnitude rules share;
    `aim_noun` is the noun of the aim a figure is written before (提出8%左右的国内生产总值增长目标 →
    国内生产总值, 6%以上的增长目标 → the empty noun), None when it is not written so.
    """

    figure: Figure
    subject: str
    measure: Measure
    value: Decimal
    other_time: bool = False
    whole: Figure | None = None
    total: bool = False
    indicator: Indicator | None = None
    key: str | None = None
    period: Period = Period(0, None, "")
    anew: bool = False  # work done anew in its year (新建学校50所, 改造老旧小区200个): a flow, not a stock
    plan_role: PlanRole = PlanRole.NONE
    aim_noun: str | None = None


@dataclass(frozen=True)
class SetAside:
    """A number that looked like a figure but is not one, and why."""

    start: int
    end: int
    text: str
    reason: str


@dataclass(frozen=True)
class Extraction:
    """The figures of a document, and the numbers set aside with the reason.

    `year` is the year the report was delivered in as its periods were read (batch.FigureReader, with the
    vocabulary in use), so that `figures` states the year `lint` reads; extraction alone does not read it.
    """

    figures: tuple[Figure, ...]
    set_aside: tuple[SetAside, ...]
    year: ReportYear = ReportYear(None)


class Severity(StrEnum):
    """How much a finding matters; `--fail-on` compares against this order."""

    INFO = "info"
    WARNING = "warning"
    ERROR = "error"

    @property
    def rank(self) -> int:
        return ("info", "warning", "error").index(self.value)


@dataclass(frozen=True)
class Span:
    """A piece of a document's text that a finding points at: a figure or a term.

    `path` is None for the document being linted, or the path of the other
    report a cross-report rule points into (last year's).
    """

    start: int
    end: int
    text: str
    path: str | None = None

    @classmethod
    def of(cls, item: Figure | SetAside | Span, path: str | None = None) -> Span:
        return cls(item.start, item.end, item.text, path)


@dataclass(frozen=True)
class GlossaryEntry:
    """One entry of the 名词解释: the term and its definition, as spans."""

    term: Span
    definition: Span


@dataclass(frozen=True)
class Params:
    """The parameters of a rule kind; each kind's Params adds its own (kinds/*.py).

    Built from a rule's TOML table by checker.params, which validates each field
    against its type, so a kind never parses configuration itself.
    """

    def words(self, name: str, vocabulary: Vocabulary) -> tuple[str, ...]:
        """A word-list parameter: the rule's own words when its file gives them, else the
        vocabulary list the field names (metadata "vocabulary"), where cue words live once."""
        kind_params: Any = type(self)  # a class: hashable, whatever mypy reads from its instances' __hash__
        return getattr(self, name) or vocabulary.words(_vocabulary_list(kind_params, name))


@functools.cache
def _vocabulary_list(params: Any, name: str) -> str:
    """The vocabulary list a word-list field of a Params class defaults to (asked per figure: cached)."""
    return next(item.metadata["vocabulary"] for item in dataclasses.fields(params) if item.name == name)


P = TypeVar("P", bound=Params, covariant=True)


@dataclass(frozen=True)
class Rule(Generic[P]):
    """One validated [[rule]] of a rules/*.toml file, with its kind's typed parameters."""

    code: str
    name: str
    kind: str
    severity: Severity
    message_zh: str
    message_en: str
    doc: str
    window: str  # the window it reads its figures by (the key `scope` of a rule file): one of rules.WINDOWS
    params: P
    source: str
    doc_zh: str = ""  # the documentation in Chinese (`explain --lang zh`); optional in a user's rule file
    relation_class: RelationClass | None = None  # what its checks test (rules/relation_classes.toml)

    def message(self, lang: str) -> str:
        return self.message_zh if lang == "zh" else self.message_en


@dataclass(frozen=True)
class RelationClass:
    """A class of relation between figures (ratio, parts that sum, an enumeration …), as an auditor
    names it: what `lint --coverage` and the JSON checks group the checks by, so that a reader sees
    which classes ran on a report and which found nothing to check."""

    name: str
    zh: str
    en: str
    doc: str

    def label(self, lang: str) -> str:
        return self.zh if lang == "zh" else self.en


@dataclass(frozen=True)
class Check:
    """One relation a rule kind tested: what it looked at and whether it holds.

    `values` fill the rule's message template ({stated}, {computed} …).
    """

    primary: Span
    related: tuple[Span, ...]
    passed: bool
    computation: str
    values: dict[str, str] = field(default_factory=dict)
    severity: Severity | None = None  # lower than the rule's when what is checked makes it less sure


@dataclass(frozen=True)
class Verified:
    """One check a rule ran on a document, passed or not: what an auditor reads to see what was verified."""

    code: str
    primary: Span
    related: tuple[Span, ...]
    passed: bool
    computation: str
    relation_class: RelationClass | None = None


@dataclass(frozen=True)
class Related:
    """A figure a finding refers to besides its primary one, with its file."""

    path: str
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Finding:
    """A relation that does not hold, as every output format reports it."""

    code: str
    name: str
    severity: Severity
    message_zh: str
    message_en: str
    path: str
    start: int
    end: int
    line: int
    column: int
    text: str
    related: tuple[Related, ...]
    computation: str
    fingerprint: str
    sentence: tuple[int, int]  # the primary figure's sentence, for the excerpts the outputs show

    def message(self, lang: str) -> str:
        return self.message_zh if lang == "zh" else self.message_en


@dataclass(frozen=True)
class FileResult:
    """What linting one document found, and how much it checked."""

    path: str
    figures: int
    checks: int
    passed: int
    unchecked_figures: int
    findings: tuple[Finding, ...]
    verified: tuple[Verified, ...] = ()  # every check run, passed or not, in the order the rules ran
    claims: tuple[Claim, ...] = ()  # each figure as the rules read it, with its period (for --coverage)
    notices: tuple[str, ...] = ()  # what limited the checks, said on stderr (a year that cannot be read)


@dataclass(frozen=True)
class LintReport:
    """Everything one `lint` run found: per file, and the rules it ran (for SARIF's metadata).

    `hidden` counts findings a baseline accepted; `stale` lists the baseline
    entries that matched no finding any more (fixed, or their sentence changed).
    """

    files: tuple[tuple[Document, FileResult], ...]
    rules: tuple[Rule, ...]
    hidden: int = 0
    stale: tuple[dict[str, str], ...] = ()
    others: tuple[Document, ...] = ()  # reports findings may point into (last year's), not linted

    @property
    def findings(self) -> tuple[Finding, ...]:
        return tuple(f for _, result in self.files for f in result.findings)

    def document(self, path: str, fallback: Document) -> Document:
        """The document a finding or a related figure lies in (the linted one, or last year's)."""
        if path == fallback.path:
            return fallback
        for document in (*(d for d, _ in self.files), *self.others):
            if document.path == path:
                return document
        return fallback

    def count(self, severity: str) -> int:
        return sum(1 for f in self.findings if f.severity.value == severity)


@dataclass(frozen=True)
class TargetRow:
    """One target of the previous report, with the actual the current report gives for it."""

    indicator: str
    target: Figure
    actual: Figure | None
    status: str  # "met", "missed", "not reported", "not comparable"
    bound: str  # "floor", "ceiling", "approx", "range"
    headline: bool
    note: str
