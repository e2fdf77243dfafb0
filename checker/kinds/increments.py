"""increments: an increase cannot exceed the level it rose to.

A level that cannot be negative (money, counts, areas, people) and rose by an
increment was at least zero before it rose, so the increment is at most the
level it reached: 财政收入达到1300亿元，比上年增加150亿元 holds, and a digit, a
decimal point or 万 for 亿 slipped into either figure (增加1500亿元) breaks it.
Reports state the pair in two orders, and both are read from the claims:

- the level, then the increment (1300亿元，比上年增加150亿元): an increment claim
  whose own subject is empty or only its base (比上年, 比2007年, 分别) goes on
  with the subject of the levels before it in its stretch (up to ；。). Each
  level or per-unit level there in its unit's dimension is a reading of what
  rose; the increment is flagged only when it exceeds every one of them, so a
  list (32.9平方米、37.1平方米，分别比2007年增加2.8平方米和5.5平方米) needs no
  pairing item by item, and 其中 parts before it change nothing;
- the increment, then the level (新增国家级开发区3个、累计达到18个, 通用机场增加
  5个、达到21个, 新增里程120公里，总里程达2600公里): an increment claim, or work done
  anew in the year (a level the claims mark anew: 新增, 新建 …), and the figure
  right after it in its stretch, when that figure is a level reached or a
  running total (a count the claims mark total; an amount after a word of the
  vocabulary's running_total) of the same thing: its subject is empty once the
  total words are dropped (总数达到22个), is that of the increment (新增里程 →
  总里程), or is the noun the increment's figure names (新增1个省级境外经贸合作区、
  累计达8个). Another noun (新增企业3家、高新技术企业达到5家) is another level.

A fall (减少, 下降 …: the vocabulary's change_down) may exceed the level it fell
to and is not read; nor is a level that may be negative (赤字, 利润, 净 …: the
vocabulary's signed_levels, as for declines), nor a base and its end (由上年46亿元
增加到92亿元: the increment is implicit). Figures are intervals: an increment
is flagged only when its least value exceeds the level's greatest (1300亿元
against 1300.4亿元 is never flagged; 以上 after the level leaves it open).

A rule of relation `last_year` reads the same increment against last year's
level of the same budget line, when the report's review states it once
(今年…“三农”投入7161亿元，比上年增加1206亿元 against 全年…用于“三农”的投入
5955亿元): the level less last year's must meet the increment.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Literal

from checker.claims import states_increment
from checker.context import DocumentContext
from checker.intervals import Interval
from checker.kinds.common import Signed, Tolerant, interval, same_dimension, show_interval, signed_level, span
from checker.model import Check, Claim, Figure, Kind, Measure, Rule
from checker.periods import YEAR
from checker.vocabulary import alternation

NAME = "increments"


@dataclass(frozen=True)
class Params(Signed, Tolerant):
    """The parameters of a rule of kind increments (see `indicheck kinds increments`)."""

    total_cues: tuple[str, ...] = field(
        default=(),
        metadata={
            "vocabulary": "running_total",
            "doc": "words before the figure right after an increment, in its own list item, that make it the level reached or a running total (达到, 累计, 总量 …)",
        },
    )
    total_nouns: tuple[str, ...] = field(
        default=(),
        metadata={
            "vocabulary": "total_nouns",
            "doc": "words in a level's subject that make it the total of the increment's noun (总里程, 里程总数)",
        },
    )
    relation: Literal["beyond_level", "last_year"] = field(
        default="beyond_level",
        metadata={
            "doc": "beyond_level: an increase at most the level it rose to; last_year: an increase against last year's level of the same thing stated in the report"
        },
    )


PLACEHOLDERS = ("increment", "level", "previous", "computed")
DEFAULT_WINDOW = "sentence"


LEVELS = (Kind.AMOUNT, Kind.COUNT)


def _rises(ctx: DocumentContext, claim: Claim) -> bool:
    """Whether a claim is an increment: a change (增加150亿元), or one per person or thing, which its
    claim reads as per unit (每百户拥有汽车21.5辆，比2007年增加15.5辆: the increment of a per-unit level)."""
    if claim.measure is Measure.INCREMENT:
        return True
    return claim.measure is Measure.PER_UNIT and states_increment(ctx, claim.figure)


def _readings(claim: Claim, after: bool = False) -> tuple[Measure, ...]:
    """The measures of the levels an increment may be of: per unit for one per unit (its claim says
    so); a level, or before it per unit too, for a plain one, since an amount's claim is per unit by
    the words of its own fragment only (人均收入5万元，比上年增加3000元: the 3000元 is a plain increment)."""
    if claim.measure is Measure.PER_UNIT:
        return (Measure.PER_UNIT,)
    return (Measure.LEVEL,) if after else (Measure.LEVEL, Measure.PER_UNIT)


def check(rule: Rule[Params], ctx: DocumentContext) -> Iterator[Check]:
    if rule.params.relation == "last_year":
        yield from _against_last_year(rule, ctx)
        return
    reader = _Reader(rule, ctx)
    for claim in ctx.claims:
        figure = claim.figure
        if figure.kind not in LEVELS or figure.value <= 0 or not ctx.in_body(figure.start):
            continue
        if _rises(ctx, claim) and not reader.falls(figure):
            yield from reader.against_levels_before(claim)
            yield from reader.against_level_after(claim)
        elif claim.measure is Measure.LEVEL and reader.done_anew(claim):
            yield from reader.against_level_after(claim)


class _Reader:
    """The vocabulary's patterns of one rule, and the two orders an increment and its level take."""

    def __init__(self, rule: Rule[Params], ctx: DocumentContext) -> None:
        self.rule = rule
        self.ctx = ctx
        params, vocabulary = rule.params, ctx.vocabulary
        self.down = vocabulary.pattern("change_down")
        self.reached = re.compile(alternation(params.words("total_cues", vocabulary)))
        self.joins = vocabulary.pattern("list_joins")
        self.respectively = vocabulary.pattern("respectively")
        self.base = vocabulary.regex(r"{compared_with}|{compared_with_year}(?:\d{4}年|{last_year})")
        self.time_words = {name: vocabulary.pattern(name) for name in ("last_year", "this_year")}
        totals = alternation(params.words("total_nouns", vocabulary) + params.words("total_cues", vocabulary))
        self.totals = re.compile(totals)
        self.total_front = re.compile(rf"^{totals}+")
        self.anew_front = re.compile(rf"^{vocabulary.alternation('work_done_anew')}+")
        # What an increment's subject holds when it has none of its own: its base (比上年, 比2007年底,
        # 分别, 同比) and the links and openers claims leave in it.
        self.base_only = vocabulary.regex(
            r"^(?:{respectively}|{compared_with}|{compared_with_year}\d{4}年(?:{period_ends})?"
            r"|{subject_openers}|{subject_links})*$"
        )

    def falls(self, figure: Figure) -> bool:
        """Whether an increment is a fall (比上年减少300亿元): a verb of the vocabulary's change_down
        before its list's first figure (claims sign a fall only for rates)."""
        return bool(self.down.search(self.ctx.fragment(self.ctx.list_head(figure))))

    def done_anew(self, claim: Claim) -> bool:
        """Whether a level is what the year added: work done anew (新增3个), or a part of it
        (新增公路60.9万公里，其中高速公路4.2万公里)."""
        if claim.whole is None:
            return claim.anew
        return self.ctx.claim(claim.whole).anew

    def against_levels_before(self, claim: Claim) -> Iterator[Check]:
        """1300亿元，比上年增加150亿元: the increment against every level before it in its stretch.

        The increment has no subject of its own, and its list ends its clause: 增加500万农村沼气用户
        names what it counts after the figure, another thing than the levels before it."""
        ctx, figure = self.ctx, claim.figure
        last = ctx.list_of(ctx.list_head(figure))[-1]
        if not self.base_only.match(claim.subject) or ctx.text[last.end : ctx.clause(last.start)[1]].strip():
            return
        start = ctx.stretch(figure.start)[0]
        # 去年安排500亿元，今年增加1000亿元: an increment of its own year is not of last year's level.
        own_time = self._times(figure)
        readings = _readings(claim)
        levels = [
            level.figure
            for level in (ctx.claims[i] for i in ctx.figure_indices(start, figure.start))
            if level.measure in readings
            and same_dimension(level.figure, figure)
            and ctx.in_body(level.figure.start)
            and not signed_level(self.rule, ctx, level.figure)
            and not _other_times(self._times(level.figure), own_time)
        ]
        if levels:
            rises = ctx.list_of(ctx.list_head(figure))
            yield self._check(figure, self._respective(rises, ctx.list_of(ctx.list_head(levels[-1])), figure) or levels)

    def _times(self, figure: Figure) -> set[str]:
        """The times the clause before a figure names other than a base (比上年, 比2007年): the years
        and whether last year or this year, compared as sets; empty when it names none."""
        text = self.base.sub("", self.ctx.before(figure))
        named = {match.group() for match in YEAR.finditer(text)}
        return named | {time for time, pattern in self.time_words.items() if pattern.search(text)}

    def against_level_after(self, claim: Claim) -> Iterator[Check]:
        """新增3个、累计达到18个: the increment against the figures right after its list, when they are
        the levels reached of the same thing (分别新增4部、10部，累计分别达到22部、31部: each reading
        pairs an increment with one of them, so it must exceed them all)."""
        ctx, figure = self.ctx, claim.figure
        following = ctx.figure_indices(ctx.list_of(ctx.list_head(figure))[-1].end, ctx.stretch(figure.start)[1])
        if not following:
            return
        head = ctx.claims[following[0]]
        if not self._reached(head) or not self._same_thing(claim, head):
            return
        levels = ctx.list_of(head.figure)
        if all(
            level.measure in _readings(claim, after=True)
            and level.whole is None
            and same_dimension(level.figure, figure)
            and not signed_level(self.rule, ctx, level.figure)
            for level in map(ctx.claim, levels)
        ):
            yield self._check(figure, self._respective(ctx.list_of(ctx.list_head(figure)), levels, figure) or levels)

    def _respective(self, rises: list[Figure], levels: list[Figure], figure: Figure) -> list[Figure]:
        """The one level a 分别 pairs an increment with, item by item, when a list of increments and a
        list of levels of one length have 分别 before either (分别比2007年增加2.8平方米和5.5平方米 after
        32.9平方米、37.1平方米); else none, and the increment may be of any of the levels."""
        if len(rises) < 2 or len(rises) != len(levels) or figure not in rises:
            return []
        fragments = self.ctx.fragment(rises[0]) + self.ctx.fragment(levels[0])
        return [levels[rises.index(figure)]] if self.respectively.search(fragments) else []

    def _reached(self, level: Claim) -> bool:
        """Whether a figure is a level reached or a running total: a word of total_cues in its own
        words, after the last list join of its fragment (新增1个经济总量近千亿、4个… is no total)."""
        own = self.joins.split(self.ctx.fragment(level.figure))[-1]
        return bool(self.reached.search(own))

    def _same_thing(self, rise: Claim, level: Claim) -> bool:
        """Whether a level's subject names what the increment counts: nothing but total words (总数),
        once they are dropped the increment's noun or its head (新增里程 → 总里程; 通车里程 → 里程总数),
        the increment's noun and then a total word (高速公路 → 高速公路总里程), or the noun the
        increment's figure names (新增1个省级境外经贸合作区、累计达8个). Another noun (新增A级景区10家，
        5A级景区达到8家) is another level."""
        noun = self.totals.sub("", level.subject)
        if not noun:
            return True
        thing = self.anew_front.sub("", rise.subject)  # 新增企业 → 企业
        own = level.subject.removeprefix(thing) if thing else level.subject
        return (
            thing.endswith(noun)  # 新增高速公路通车里程 → 通车总里程, 通车里程总数, 里程
            or (own != level.subject and own != self.total_front.sub("", own))  # 高速公路 → 高速公路总里程
            or self.ctx.text.startswith(level.subject, rise.figure.end)
        )

    def _check(self, figure: Figure, levels: list[Figure]) -> Check:
        """The increment against the levels it may be of: it fails only above all of them."""
        rise = interval(figure, self.rule)
        bounds = [interval(level, self.rule, figure.unit) for level in levels]
        top = max(range(len(levels)), key=lambda k: bounds[k].high)
        several = f" (the highest of the {len(levels)} levels it may be of)" if len(levels) > 1 else ""
        computation = (
            f"an increase of {_shown(rise, figure)} against the level it rose to, "
            f"{_shown(bounds[top], figure, levels[top])}{several}: "
            "a level that cannot be negative rises by at most itself"
        )
        return Check(
            span(figure),
            tuple(span(level) for level in levels),
            rise.low <= bounds[top].high,
            computation,
            {"increment": figure.text, "level": levels[top].text},
        )


def _shown(value: Interval, like: Figure, figure: Figure | None = None) -> str:
    """A figure's interval in the increment's scale and unit, or the figure itself when it is exact."""
    figure = figure or like
    if value.low == value.high:
        return figure.text
    return f"{figure.text} {show_interval(value, like)}"


def _other_times(one: set[str], other: set[str]) -> bool:
    """Whether two clauses name times and none in common (去年 and 今年; 2024年 and 2025年)."""
    return bool(one) and bool(other) and not one & other


# How long the name of a budget line must be, without its plan and time words, for two statements
# of it to be one thing: 中央财政科技投入 is, 中央财政 (any of its spending) is not.
NAMED = 6


def budget_name(ctx: DocumentContext, figure: Figure) -> str:
    """What a level is of, without the words that say when or how it was arranged: 今年中央财政拟安排
    “三农”投入 and 全年中央财政用于“三农”的投入 both name 中央财政三农投入 (the vocabulary's
    indicator_scope, possessive and purpose_links words dropped wherever they stand)."""
    words = ctx.vocabulary.pattern("indicator_scope", "possessive", "purpose_links")
    return words.sub("", ctx.subject(figure)).strip()


def last_years_level(ctx: DocumentContext, level: Figure) -> Figure | None:
    """The level of the same thing the report states for the year before a level's year, as an
    actual (its review): 今年中央财政科技投入1461亿元 and, in the review, 中央财政科技投入1163亿元.
    Only one such statement may exist, under a name long enough to be one budget line; none when
    the level's period names no year."""
    period = ctx.period(level.start)
    name = budget_name(ctx, level)
    if period.year is None or period.plan or len(name) < NAMED or re.search(r"\d", name):
        return None
    found = [
        f
        for f in ctx.figures
        if f is not level
        and ctx.in_body(f.start)
        and (ctx.period(f.start).year, ctx.period(f.start).role, ctx.period(f.start).plan)
        == (period.year - 1, "actual", "")
        and _plain_level(ctx, f)
        and same_dimension(f, level)
        and budget_name(ctx, f) == name
    ]
    return found[0] if len(found) == 1 else None


def _plain_level(ctx: DocumentContext, figure: Figure) -> bool:
    claim = ctx.claim(figure)
    return (
        claim.measure is Measure.LEVEL
        and figure.qualifier is None
        and figure.upper is None
        and not claim.other_time
        and not ctx.in_list(figure)
    )


def _against_last_year(rule: Rule[Params], ctx: DocumentContext) -> Iterator[Check]:
    """今年中央财政拟安排“三农”投入7161亿元，比上年增加1206亿元: an increment right after a level, with
    no subject of its own, is the level less last year's level of the same thing, when the report
    states that (its review: 全年中央财政用于“三农”的投入5955亿元). A fall (减少) is last year's less
    the level. The increment must meet the difference the rounding of both levels allows."""
    reader = _Reader(rule, ctx)
    figures = ctx.figures
    for i in range(1, len(figures)):
        change, level = figures[i], figures[i - 1]
        claim = ctx.claim(change)
        if claim.measure is not Measure.INCREMENT or not ctx.in_body(change.start) or ctx.in_list(change):
            continue
        if ctx.stretch(level.start) != ctx.stretch(change.start) or not reader.base_only.match(claim.subject):
            continue
        if not _plain_level(ctx, level) or signed_level(rule, ctx, level) or not same_dimension(level, change):
            continue
        before = last_years_level(ctx, level)
        if before is not None:
            yield _last_year_check(rule, level, before, change, -1 if reader.falls(change) else 1)


def _last_year_check(rule: Rule[Params], level: Figure, before: Figure, change: Figure, sign: int) -> Check:
    now, then = interval(level, rule, unit=change.unit), interval(before, rule, unit=change.unit)
    computed = (now - then).scale(sign)
    stated = interval(change, rule)
    order = f"{level.text} − {before.text}" if sign > 0 else f"{before.text} − {level.text}"
    return Check(
        span(change),
        (span(level), span(before)),
        computed.meets(stated),
        f"{order} ∈ {show_interval(computed, change)}; stated {change.text}",
        {
            "increment": change.text,
            "level": level.text,
            "previous": before.text,
            "computed": show_interval(computed, change),
        },
    )
