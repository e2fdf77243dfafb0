"""across: one indicator in two consecutive reports (with `lint --previous`).

- `restated`: this report gives last year's figure of an indicator (由上年的
  52.3亿元…, 比上年…) differently from last year's report, which stated it as
  its actual. Statistics are revised, but a revision should be said.
- `growth`: a growth rate this report states for an indicator against the
  levels of the two reports. For indicators at current prices (revenue,
  retail sales, income) the levels give the growth within their rounding and
  a tolerance for revisions (`tolerance`, percentage points); for indicators
  at constant prices (地区生产总值, 增加值: `prices = "constant"` in the
  lexicon) only a wide band (`constant_band`), since real growth is not the
  change of nominal levels.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Literal

from checker.context import DocumentContext
from checker.intervals import Interval
from checker.kinds.common import Tolerant, interval, is_level, same_dimension
from checker.model import Check, Claim, Figure, Kind, Measure, Rule, Span
from checker.periods import plan_end

NAME = "across"


@dataclass(frozen=True)
class Params(Tolerant):
    """The parameters of a rule of kind across (see `indicheck kinds across`)."""

    relation: Literal["restated", "growth"] = field(
        default="restated",
        metadata={
            "doc": "restated: last year's figure restated differently; growth: a growth rate against the two reports' levels"
        },
    )
    tolerance: Decimal = field(
        default=Decimal("0.5"),
        metadata={
            "doc": "percentage points a growth rate may differ from the levels' change (revisions) at current prices"
        },
    )
    constant_band: Decimal = field(
        default=Decimal("5"),
        metadata={
            "doc": "percentage points allowed for indicators at constant prices, whose real growth is not the change of nominal levels"
        },
    )


PLACEHOLDERS = ("indicator", "previous", "current", "stated", "computed")
DEFAULT_WINDOW = "document"


def check(rule: Rule[Params], ctx: DocumentContext) -> Iterator[Check]:
    if ctx.previous is None:
        return
    year, earlier = reviewed_year(ctx), levels(ctx.previous, previous_year(ctx))
    if rule.params.relation == "restated":
        yield from _restated(rule, ctx, ctx.previous, earlier)
    else:
        yield from _growth(rule, ctx, ctx.previous, earlier, year)


def reviewed_year(ctx: DocumentContext) -> int | None:
    """The year a report reviews: the one before it was delivered."""
    return ctx.delivered - 1 if ctx.delivered else None


def previous_year(ctx: DocumentContext) -> int | None:
    """The year last year's report reviews."""
    year = reviewed_year(ctx)
    return year - 1 if year else None


def levels(ctx: DocumentContext, year: int | None) -> dict[str, Figure]:
    """The headline level of each lexicon indicator in a report's review of `year`: its first exact
    statement, else its first floor (突破3万亿元、达3.6万亿元 gives 3.6万亿元).

    A report delivered in the year after a five-year plan often reviews the five years before the
    year: 地区生产总值从11.37万亿元提高到14.58万亿元 there is the level the last year reached, so a
    level that review says was reached (提高到, 达到: not its start, not another year) stands for
    the year when the year's own review gives none, and so does a level of an indicator at constant
    prices (生产总值6.66万亿元). Another bare amount there is no level: 城镇新增就业452万人 and
    实际使用外资263亿美元 are the five years' sums.
    """
    ranked: list[tuple[int, bool, str, Figure]] = []  # (the year's review 0 / the plan's 1, a floor, name, figure)
    for figure in ctx.figures:
        claim = ctx.claim(figure)
        period = claim.period
        if not ctx.in_body(figure.start) or not is_level(figure) or period.role != "actual":
            continue
        if claim.indicator is None or ctx.in_list(figure) or claim.other_time:
            continue
        if period.plan:
            if year is None or plan_ends(ctx, period.plan) != year or not _reached(ctx, claim):
                continue
        elif year is not None and period.year not in (None, year):
            continue
        ranked.append((1 if period.plan else 0, figure.qualifier is not None, claim.indicator.name, figure))
    found: dict[str, Figure] = {}
    for _, _, name, figure in sorted(ranked, key=lambda item: item[:2]):  # stable: in the text's order within a rank
        found.setdefault(name, figure)
    return found


def plan_ends(ctx: DocumentContext, plan: str) -> int | None:
    """The last year of a reviewed plan: a named plan's (十二五 → 2015), else the year the report
    reviews (过去五年 in a report of 2013 ends in 2012)."""
    return plan_end(plan) or reviewed_year(ctx)


def _reached(ctx: DocumentContext, claim: Claim) -> bool:
    """Whether a level of a five-year review is the last year's: one the text says was reached
    (提高到14.58万亿元, 达到62661亿元), or any level of an indicator at constant prices (生产总值
    6.66万亿元), which no report sums over years."""
    if claim.measure is not Measure.LEVEL:
        return False
    if claim.indicator is not None and claim.indicator.prices == "constant":
        return True
    return bool(ctx.vocabulary.regex(r"(?:{growth_to}|{level_reached})$").search(ctx.fragment(claim.figure)))


def _restated(
    rule: Rule[Params], ctx: DocumentContext, previous: DocumentContext, earlier: dict[str, Figure]
) -> Iterator[Check]:
    for figure in ctx.figures:
        if (
            not ctx.in_body(figure.start)
            or not is_level(figure)
            or not ctx.vocabulary.regex(r"{from_level}?{last_year}{possessive}?$").search(ctx.fragment(figure))
        ):
            continue
        indicator = ctx.indicator(figure)
        stated = earlier.get(indicator.name) if indicator else None
        if indicator is None or stated is None or not same_dimension(stated, figure):
            continue
        a, b = interval(stated, rule, unit=figure.unit), interval(figure, rule)
        yield Check(
            Span.of(figure),
            (Span.of(stated, previous.document.path),),
            a.meets(b),
            f"{indicator.name}: last year's report {stated.text}, this report {figure.text}",
            {
                "indicator": indicator.name,
                "previous": stated.text,
                "current": figure.text,
                "stated": figure.text,
                "computed": stated.text,
            },
        )


def _growth(
    rule: Rule[Params], ctx: DocumentContext, previous: DocumentContext, earlier: dict[str, Figure], year: int | None
) -> Iterator[Check]:
    current = levels(ctx, year)
    for name, level in current.items():
        before = earlier.get(name)
        if before is None or not same_dimension(before, level):
            continue
        rate = _rate_after(ctx, level)
        if rate is None:
            continue
        indicator = ctx.indicator(level)
        stated = interval(rate, rule)
        try:
            computed = (interval(level, rule) / interval(before, rule, unit=level.unit) - Interval.point(1)).scale(100)
        except ZeroDivisionError:
            continue
        band = rule.params.constant_band if indicator and indicator.prices == "constant" else rule.params.tolerance
        widened = Interval(computed.low - band, computed.high + band)
        shown = computed.format(2, "%")
        yield Check(
            Span.of(rate),
            (Span.of(level), Span.of(before, previous.document.path)),
            widened.meets(stated),
            f"({level.text} − {before.text}) / {before.text} ∈ {shown} ± {band} pp; stated {rate.text}",
            {"indicator": name, "previous": before.text, "current": level.text, "stated": rate.text, "computed": shown},
        )


def _rate_after(ctx: DocumentContext, level: Figure) -> Figure | None:
    """The growth rate stated right after a level, in its sentence (达到56.1亿元，增长7.3%)."""
    for figure in ctx.sentence_figures(level):
        if figure.start <= level.start:
            continue
        if figure.kind is Kind.PERCENT and ctx.claim(figure).measure is Measure.GROWTH:
            if ctx.claim(figure).value < 0 or ctx.other_year(figure):
                return None  # a decline (left to the growth rule of one report), or over years (比2002年增长65.5%)
            return figure if ctx.indicator(figure) == ctx.indicator(level) else None
        if is_level(figure):
            return None
    return None
