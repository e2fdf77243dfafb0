"""plan: next year's targets against this year's actuals, within one report.

A plan report reviews one year (the section 2021年…执行情况) and sets targets
for the next (2022年…目标, 主要任务). A target for an indicator that the review
also reports is compared with that actual (`relation`):

- `below_actual`: a level target below what the review says was already
  achieved (城镇新增就业 10910人 achieved, target 1万人) implies a decline.
- `unit_changed`: the target counts the indicator with another measure word
  than the actual (新增市场主体 5941户 → 2000家以上), so the two cannot be
  compared and one of them is probably miswritten.
- `decline`: a growth target that is a decline (一般公共预算收入下降2%) for an
  indicator the review reports growing (增长8.6%).

These are plausibility notes: targets are policy, and a lower target may be
deliberate; a target a little under the actual is ordinary (info), one under
half of it is more likely a slip (warning, a second rule with `below = 0.5`), unless it is work
done anew each year (新建, 改造, 新增 … with no lexicon indicator: info). A flow (新增…400家) is
never compared with a stock (…5200家). Indicators are matched through the lexicon (rules/indicators.toml)
or, failing that, by a subject of four or more characters.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Literal

from checker.context import DocumentContext
from checker.kinds.common import is_level, show, span
from checker.model import Check, Figure, Kind, Measure, Rule, Severity
from checker.model import Params as BaseParams

NAME = "plan"


@dataclass(frozen=True)
class Params(BaseParams):
    """The parameters of a rule of kind plan (see `indicheck kinds plan`)."""

    relation: Literal["below_actual", "unit_changed", "decline"] = field(
        default="below_actual",
        metadata={
            "doc": "below_actual: a level target under the actual; unit_changed: another measure word; decline: a growth target that falls"
        },
    )
    below: Decimal = field(
        default=Decimal("1"), metadata={"doc": "below_actual: a target under this share of the actual is flagged"}
    )
    floor: Decimal = field(
        default=Decimal("0"),
        metadata={"doc": "below_actual: a target under this share of the actual is left to another rule"},
    )


PLACEHOLDERS = ("indicator", "target", "actual")
DEFAULT_WINDOW = "document"


def check(rule: Rule[Params], ctx: DocumentContext) -> Iterator[Check]:
    if rule.params.relation == "decline":
        yield from _declines(ctx)
        return
    actuals, targets = _yearly_levels(ctx)
    for key, target, year in targets:
        actual, actual_year = actuals.get(key, (None, None))
        if actual is None or (year is not None and actual_year is not None and actual_year != year - 1):
            continue
        if _comparable(ctx, target, actual):
            yield from _target_against_actual(rule, ctx, key, target, actual)


def _yearly_levels(
    ctx: DocumentContext,
) -> tuple[dict[str, tuple[Figure, int | None]], list[tuple[str, Figure, int | None]]]:
    """The review's actual level of each key (the first statement of it: its headline) and the plan
    part's target levels, with their years. A five-year total (过去五年…6600万人) is no year's actual,
    a list's items are different indicators, and a category (亿元以上项目) names no level."""
    actuals: dict[str, tuple[Figure, int | None]] = {}
    targets: list[tuple[str, Figure, int | None]] = []
    for figure in ctx.figures:
        if not ctx.in_body(figure.start) or not is_level(figure) or ctx.in_list(figure) or figure.upper is not None:
            continue
        period = ctx.period(figure.start)
        key = ctx.key(figure)
        if key is None or ctx.vocabulary.regex("^{category_bounds}").match(key) or period.plan:
            continue
        if ctx.other_year(figure):
            continue
        if period.role == "actual":
            actuals.setdefault(key, (figure, period.year))
        elif period.role == "target":
            targets.append((key, figure, period.year))
    return actuals, targets


def _comparable(ctx: DocumentContext, target: Figure, actual: Figure) -> bool:
    """Whether a target and an actual of one key state the same kind of level: both running totals or
    neither (新增2家 against 达6家), and not a flow against a stock (新增专精特新企业400家 against
    专精特新企业5200家)."""
    return ctx.claim(target).total == ctx.claim(actual).total and not _flow_and_stock(ctx, target, actual)


def _target_against_actual(
    rule: Rule[Params], ctx: DocumentContext, key: str, target: Figure, actual: Figure
) -> Iterator[Check]:
    """unit_changed: two counts in two measure words; below_actual: a target in the actual's unit under
    its share of the actual (none under the floor, which another rule reads)."""
    values = {"indicator": key, "target": target.text, "actual": actual.text}
    comparable = target.unit == actual.unit
    if rule.params.relation == "unit_changed":
        if target.kind is Kind.COUNT and actual.kind is Kind.COUNT and target.unit and actual.unit:
            yield Check(
                span(target), (span(actual),), comparable, f"{key}: actual {actual.text}, target {target.text}", values
            )
    elif comparable and target.value >= rule.params.floor * actual.value:
        share = rule.params.below
        passed = target.value >= share * actual.value
        shown = actual.text if share == 1 else f"{show(share)} × {actual.text}"
        yield Check(
            span(target),
            (span(actual),),
            passed,
            f"{key}: target {target.text} {'≥' if passed else '<'} {shown}",
            values,
            _severity(ctx, target),
        )


def _flow_and_stock(ctx: DocumentContext, target: Figure, actual: Figure) -> bool:
    """Whether one of two figures is work done anew (新增…400家) and the other a bare level with no
    verb of work before it in its clause (…企业5200家): what a year adds against what exists.
    推动…加装电梯3005台 against 完成…加装电梯3000台 is the year's work twice."""
    flow, other = (target, actual) if ctx.claim(target).anew else (actual, target)
    if not ctx.claim(flow).anew or ctx.claim(other).anew:
        return False
    return not ctx.vocabulary.pattern("task_verbs").search(ctx.text, ctx.clause(other.start)[0], other.start)


def _severity(ctx: DocumentContext, target: Figure) -> Severity | None:
    """Work done anew each year (新建学校50所, 改造老旧小区200个) that no lexicon indicator names is
    planned year by year: a plan far below last year's is worth a look (info), not a likely slip.
    A level or stock (地区生产总值, a total, a rate) keeps the rule's severity."""
    claim = ctx.claim(target)
    return Severity.INFO if claim.anew and claim.indicator is None else None


def _declines(ctx: DocumentContext) -> Iterator[Check]:
    """Growth targets that fall, for indicators the review reports rising.

    A plan that turns an indicator round from one year to the next says why, so a decline target with
    no reason is most often 下降 written for 增长; the first growth the review states is the year's
    actual, and a figure of another year or a five-year plan is not this year's to compare."""
    actual_signs: dict[str, tuple[Figure, int]] = {}
    targets = []
    for figure in ctx.figures:
        if (
            not ctx.in_body(figure.start)
            or ctx.claim(figure).measure is not Measure.GROWTH
            or figure.kind is Kind.MULTIPLE
        ):
            continue
        indicator = ctx.indicator(figure)
        period = ctx.period(figure.start)
        if indicator is None or period.plan or ctx.other_year(figure):
            continue
        sign = -1 if ctx.claim(figure).value < 0 else 1
        if period.role == "actual":
            actual_signs.setdefault(indicator.name, (figure, sign))
        elif period.role == "target":
            targets.append((indicator.name, figure, sign))
    for name, target, sign in targets:
        actual, actual_sign = actual_signs.get(name, (None, 0))
        if actual is None or actual_sign < 0:
            continue
        yield Check(
            span(target),
            (span(actual),),
            sign > 0,
            f"{name}: actual +{actual.text}, target {'−' if sign < 0 else '+'}{target.text}",
            {"indicator": name, "target": target.text, "actual": actual.text},
        )
