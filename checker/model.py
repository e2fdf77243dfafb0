"""The data that flows through indicheck: read → extract → check → report.

Only frozen dataclasses and enums live here, so that every stage can be tested
on values it did not build itself, and nothing downstream can change what an
earlier stage produced.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from decimal import Decimal
from enum import StrEnum

SENTENCE_MARKS = "。！？\n"
NEWLINE = re.compile("\n")


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


@dataclass(frozen=True)
class Document:
    """A decoded report: its text (newlines normalised to \\n) and blocks."""

    path: str
    text: str
    blocks: tuple[Block, ...]
    # False when the lines are those of a text a reader made (.docx, .pdf), not the file's: then a
    # location is the block's label (段落 12, 第 2 页), and line:column mean nothing to a person.
    own_lines: bool = True
    line_starts: tuple[int, ...] = field(init=False, repr=False, compare=False)
    block_starts: tuple[int, ...] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        starts = [0]
        starts.extend(match.end() for match in NEWLINE.finditer(self.text))  # not a Python loop per character
        object.__setattr__(self, "line_starts", tuple(starts))
        object.__setattr__(self, "block_starts", tuple(block.start for block in self.blocks))

    def position(self, offset: int) -> tuple[int, int]:
        """1-based (line, column) of a character offset, columns in characters."""
        line = bisect.bisect_right(self.line_starts, offset) - 1
        return line + 1, offset - self.line_starts[line] + 1

    def sentence_at(self, start: int, end: int | None = None) -> tuple[int, int]:
        """The sentence around [start, end): from after the previous 。！？ or line break to its own
        terminator, included. Findings, fingerprints and baseline excerpts all show this span."""
        end = start if end is None else end
        # A line break ends a sentence too, so each search stays inside its line: a mark the text never
        # holds (！ in most reports) must not send every call to the document's ends.
        line = bisect.bisect_right(self.line_starts, start) - 1
        left = max(self.text.rfind(mark, self.line_starts[line], start) for mark in SENTENCE_MARKS) + 1
        line_end = self.text.find("\n", end)
        stop = len(self.text) if line_end == -1 else line_end + 1
        ends = [i for i in (self.text.find(mark, end, stop) for mark in SENTENCE_MARKS) if i != -1]
        return max(left, self.line_starts[line]), min(ends) + 1 if ends else len(self.text)

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


@dataclass(frozen=True)
class SetAside:
    """A number that looked like a figure but is not one, and why."""

    start: int
    end: int
    text: str
    reason: str


@dataclass(frozen=True)
class Extraction:
    """The figures of a document, and the numbers set aside with the reason."""

    figures: tuple[Figure, ...]
    set_aside: tuple[SetAside, ...]


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
class Option:
    """One parameter of a rule kind: its type, its default, and what it may be."""

    type: str  # "strings", "string", "decimal", "integer", "boolean"
    default: object
    choices: tuple[str, ...] = ()  # for "string": the values allowed


@dataclass(frozen=True)
class Rule:
    """One validated [[rule]] of a rules/*.toml file.

    `options` holds the parameters of the rule's kind, already checked against
    the kind's schema, so a kind never parses configuration itself.
    """

    code: str
    name: str
    kind: str
    severity: Severity
    message_zh: str
    message_en: str
    doc: str
    scope: str
    options: dict[str, object]
    source: str

    def message(self, lang: str) -> str:
        return self.message_zh if lang == "zh" else self.message_en


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

    def message(self, lang: str) -> str:
        return self.message_zh if lang == "zh" else self.message_en
