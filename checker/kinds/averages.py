"""averages: a per-unit figure against its total and its count.

人均地区生产总值 is 地区生产总值 over 常住人口; 亩产 is 产量 over 面积; 户均 is a
total over households. The per-unit figure is found by its cue (人均, 户均,
亩均, 亩产, 单产, or a unit such as 元/人), the total by the per-unit figure's
subject without the cue (人均地区生产总值 → 地区生产总值) and the numerator's
dimension, the count by the denominator's dimension and its subject (人口,
户, 面积). Both are looked for in the sentence, then the paragraph, then the
whole section of the same year, so that a population stated once at the top
serves every 人均 below it. A relative tolerance (default 1%) allows for
averages computed over the year's mean population.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from decimal import Decimal
from functools import partial
from typing import TYPE_CHECKING

from checker.intervals import Interval
from checker.kinds.common import factor, interval, is_level, show_interval, span
from checker.model import Check, Figure, Kind, Option, Rule

if TYPE_CHECKING:
    from checker.context import DocumentContext

OPTIONS = {
    "tolerance": Option("decimal", "0.01"),
    "approx_tolerance": Option("decimal", "0.05"),
}
PLACEHOLDERS = ("stated", "computed", "total", "count")
DEFAULT_SCOPE = "sentence"

AREA = re.compile(r"面积|播种|种植|耕地")
OUTPUT = re.compile(r"产量|总产")
# cue → (unit the count is in, words that name the count, words that name the total when
# the per-unit figure's subject does not: 平均亩产 is of an output)
PER = {
    "人均": ("人", re.compile(r"人口|居民|户籍|常住"), None),
    "户均": ("户", re.compile(r"户"), None),
    "亩均": ("亩", AREA, None),
    "亩产": ("亩", AREA, OUTPUT),
    "单产": ("亩", AREA, OUTPUT),
}
CUE = re.compile("|".join(PER))


def check(rule: Rule, ctx: DocumentContext) -> Iterator[Check]:
    for figure in ctx.figures:
        if figure.start >= ctx.body_end or not is_level(figure) or figure.upper is not None:
            continue
        subject = ctx.subject(figure)
        cue = CUE.search(subject)
        if cue is None:
            continue
        count_unit, count_words, total_words = PER[cue.group()]
        numerator = figure.unit.split("/")[0]
        base = re.sub(r"^(?:平均|年均)|(?:平均)$", "", subject[: cue.start()] + subject[cue.end() :])
        total = _find(ctx, figure, partial(_is_total, ctx, figure, numerator, base, total_words))
        count = _find(ctx, figure, partial(_is_count, ctx, count_unit, count_words))
        if total is None or count is None:
            continue
        check = _check(rule, figure, total, count, count_unit)
        if check is not None:
            yield check


def _is_total(ctx: DocumentContext, figure: Figure, numerator: str, base: str, total_words: re.Pattern[str] | None,
              candidate: Figure) -> bool:  # fmt: skip
    """The total a per-unit figure is of: its numerator's unit, named by the per-unit figure's subject."""
    if candidate is figure or candidate.unit != numerator:
        return False
    if base:
        return _names(ctx, candidate, base)
    return total_words is not None and bool(total_words.search(ctx.subject(candidate)))


def _is_count(ctx: DocumentContext, count_unit: str, count_words: re.Pattern[str], candidate: Figure) -> bool:
    return _count_unit(candidate, count_unit) and bool(count_words.search(ctx.subject(candidate) or ""))


def _names(ctx: DocumentContext, candidate: Figure, base: str) -> bool:
    """Whether the candidate's subject names the total the per-unit figure is of."""
    subject = ctx.subject(candidate)
    if not base or not subject or CUE.search(subject):
        return False
    indicator, own = ctx.lexicon.match(base), ctx.lexicon.match(subject)
    if indicator is not None and own is not None:
        return indicator == own
    return base in subject or subject.endswith(base)


def _count_unit(figure: Figure, unit: str) -> bool:
    if unit == "亩":
        return figure.kind is Kind.AMOUNT and figure.unit in ("亩", "公顷", "平方公里")
    return figure.unit in ((unit, "名") if unit == "人" else (unit,)) or (figure.unit == "" and unit == "人")


def _find(ctx: DocumentContext, figure: Figure, accept) -> Figure | None:
    """The nearest accepted level in the sentence, then the paragraph, then the same period."""
    period = ctx.period(figure.start)
    for start, end in (figure.sentence, ctx.paragraph(figure.start), (period.start, ctx.body_end)):
        candidates = [f for f in ctx.figures_between(start, end) if is_level(f) and accept(f)
                      and ctx.period(f.start) == period]  # fmt: skip
        if candidates:
            return min(candidates, key=lambda f: abs(f.start - figure.start))
    return None


def _check(rule: Rule, figure: Figure, total: Figure, count: Figure, count_unit: str) -> Check | None:
    """The average against total / count; None when the count may be zero (nothing to check)."""
    per = figure.unit.split("/")[1] if "/" in figure.unit else count_unit
    top = interval(total, rule)
    bottom = interval(count, rule).scale(factor(count.unit, per) if count.unit else 1)
    stated = interval(figure, rule)
    try:
        computed = top / bottom
    except ZeroDivisionError:
        return None
    tolerance = rule.options["tolerance"]
    widened = Interval(computed.low * (1 - tolerance), computed.high * (1 + tolerance))
    shown = show_interval(computed, figure)
    return Check(span(figure), (span(total), span(count)), widened.meets(stated),
                 f"{total.text} / {count.text} ∈ {shown}; stated {figure.text}",
                 {"stated": figure.text, "computed": shown, "total": total.text, "count": count.text,
                  "tolerance": str(Decimal(100) * tolerance)})  # fmt: skip
