"""repeated: one indicator, one period, stated twice with values that cannot both be true.

A report states its headline figures more than once (in the summary, in the
section, in a table). Two statements of one indicator for one year, as a
level, a growth rate or a share, must agree within their rounding and
qualifiers: 地区生产总值360亿元 and later 365亿元 cannot both be right, while
约360亿元 and 突破350亿元 can. Only indicators of the lexicon are compared
(a subject such as 协议总金额 is too loose to know that two statements speak
of one thing), only where the section's year and role are known, and
statements about another time (上年, 2020年, 累计, 年均, 十四五) are left out.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from checker.context import DocumentContext
from checker.intervals import Interval
from checker.kinds.common import Tolerant, factor, interval, same_dimension, show_interval, span
from checker.model import Check, Figure, Qualifier, Rule

NAME = "repeated"


@dataclass(frozen=True)
class Params(Tolerant):
    """The parameters of a rule of kind repeated (see `indicheck kinds repeated`)."""


PLACEHOLDERS = ("indicator", "first", "second")
DEFAULT_WINDOW = "document"
# Each statement is compared with the earlier ones that differ (a statement repeated word for word
# gives the same check again), and with at most this many: a report states an indicator for a year a
# handful of times, and a text that states it thousands of times must not take quadratic time.
MAX_EARLIER = 32
# How far back in its sentence a figure's cue words are looked for: sentences are far shorter, and an
# endless one (a hostile text without 。) must not make every figure read it from its start.
LOOKBACK = 1000


def check(rule: Rule[Params], ctx: DocumentContext) -> Iterator[Check]:
    """Each statement of an indicator against the earlier ones of the same measure, year, role and
    aim: two statements of one thing must be able to be one value. Parts, rates, asides and other
    years are left out, as is anything that cannot be the indicator itself; the earlier ones are
    kept once per way of writing them (and at most MAX_EARLIER), so a report that repeats a figure
    stays linear."""
    seen: dict[tuple[str, str, int | None, str, str, bool], dict[tuple, Figure]] = {}
    sectioned = any(period.known for period in ctx.periods)
    for figure in ctx.figures:
        if not ctx.in_body(figure.start) or ctx.in_list(figure) or figure.upper is not None:
            continue
        indicator = ctx.indicator(figure)
        period = ctx.period(figure.start)
        # Unknown periods are compared only in a text that marks none (a passage, not a report).
        if indicator is None or (not period.known and sectioned) or ctx.other_year(figure):
            continue
        # A part or a rate of the indicator, not the indicator itself (其中…, 每…, 平均…).
        if ctx.vocabulary.pattern("part_of", "per_unit", "average").search(ctx.before(figure)) or _aside(ctx, figure):
            continue
        aim = _aim(ctx, figure, period.role == "target")
        key = (indicator.name, ctx.claim(figure).measure, period.year, period.role, period.plan, aim)
        earlier_ones = seen.setdefault(key, {})
        for earlier in earlier_ones.values():
            if same_dimension(earlier, figure):
                yield _restated(rule, indicator.name, earlier, figure, aim or period.role == "target")
        said = (figure.text, figure.qualifier, figure.unit)  # what decides the figure's interval
        if said not in earlier_ones and len(earlier_ones) < MAX_EARLIER:
            earlier_ones[said] = figure


def _restated(rule: Rule[Params], indicator: str, earlier: Figure, figure: Figure, target: bool) -> Check:
    """Two statements of one indicator, year, measure and role: they must be able to be one value. A
    target stated twice with the same hedge (增长8%左右 … 提出8%左右的增长目标) is one value set, not two
    measurements of one: 左右 is how the target is worded, not a spread around it, so the two must
    be written as the same value (8%左右 and 9%左右 would otherwise meet at 8.5%)."""
    one_target = target and earlier.qualifier is figure.qualifier is Qualifier.APPROX
    if one_target:
        first, second = Interval.point(earlier.value * factor(earlier.unit, figure.unit)), Interval.point(figure.value)
        words = "one target, set as written"
    else:
        first, second = interval(earlier, rule, unit=figure.unit), interval(figure, rule)
        words = ""
    return Check(
        span(figure),
        (span(earlier),),
        first.meets(second),
        f"{indicator}: {earlier.text} ∈ {show_interval(first, figure)} and "
        f"{figure.text} ∈ {show_interval(second, figure)}" + (f" ({words})" if words else ""),
        {"indicator": indicator, "first": earlier.text, "second": figure.text},
    )


def _aim(ctx: DocumentContext, figure: Figure, in_targets: bool) -> bool:
    """Whether a statement is an aim, kept apart from the other statements of its indicator. In the
    targets part every statement is a target, so only a higher one striven for beside the expected one
    is apart (增长6%左右，力争7%: the vocabulary's striving_aims in its clause); elsewhere an aim word
    before it in its sentence (年初确定的目标是增长7%), unless it names what was achieved, or the aim noun
    it is written before (提出8%左右的增长目标) makes it one."""
    if in_targets:
        return bool(ctx.vocabulary.pattern("striving_aims").search(ctx.text, ctx.clause(figure.start)[0], figure.start))
    if ctx.claim(figure).aim_noun is not None:
        return True
    aims = ctx.vocabulary.pattern("aims").finditer(ctx.text, _sentence_start(figure), figure.start)
    return any(not _achieved(ctx, aim.start(), figure) for aim in aims)


def _achieved(ctx: DocumentContext, position: int, figure: Figure) -> bool:
    """Whether an aim word is the object of what was done (全面实现年初确定的主要目标，国内生产总值增长7.8%):
    a word of the vocabulary's actuals before it in its clause, in an earlier clause than the figure's.
    The figures after it are what was achieved, not aims."""
    start, end = ctx.clause(position)
    return end <= figure.start and bool(ctx.vocabulary.pattern("actuals").search(ctx.text, start, position))


def _sentence_start(figure: Figure) -> int:
    return max(figure.sentence[0], figure.start - LOOKBACK)


def _aside(ctx: DocumentContext, figure: Figure) -> bool:
    """增长1.7%（同口径增长2.5%）: a figure in brackets or on another basis restates nothing."""
    opened = ctx.text.rfind("（", _sentence_start(figure), figure.start)
    closed = ctx.text.rfind("）", _sentence_start(figure), figure.start)
    return opened > closed or bool(ctx.vocabulary.pattern("other_basis").search(ctx.before(figure)))
