"""magnitude: one indicator stated at two scales a power of ten apart (with `lint --previous`).

The most frequent slip in a report is one of scale: 万元 written for 亿元, a
decimal point moved, a figure copied into the wrong unit. Other rules see it
only where a relation ties the figure to others in its sentence; this one
compares what two consecutive reports say of the same indicator, whose levels
move by a few percent a year, never by a factor of ten:

- `years`: this report's level of a lexicon indicator against last year's
  report's level of it (地区生产总值5.5万亿元 after 5.2万亿元: fine; 5.5万元: a
  slip of 10⁸, 万元 written for 万亿元?);
- `target`: this report's actual of a lexicon indicator against the target
  last year's report set for it (城镇新增就业65万人 after a target of 60万人:
  fine; 65人: a slip). Task targets are left out: 新增公交线路60条以上 may be
  beaten fivefold.

In one report, a level is also weighed against what any government states (`bounds`), against the
whole the lexicon makes it a share of (`share`: revenue against the economy), and against the band
of its own level of government (`band`: a province's economy lies between 300亿元 and 100万亿元,
the nation's between 3万亿元 and 500万亿元; the level is read from the assembly the report is
delivered to).

A pair is flagged when the ratio of the two is within a factor `margin` of
a power of ten other than 1 (10, 100, 10⁴, 10⁸ … or their inverses): real
change explains a ratio of 1.3 but not one of 10. The finding names the
likely slip: the two written units when they differ (万元 ↔ 亿元), or a moved
decimal point when they do not.
"""

from __future__ import annotations

import math
from collections.abc import Iterator
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Literal

from checker.context import DocumentContext
from checker.kinds.across import levels, previous_year, reviewed_year
from checker.kinds.common import (
    dimension,
    factor,
    is_level,
    plan_role,
    power_of_ten_apart,
    same_dimension,
    unit_dimension,
)
from checker.model import Band, Check, Figure, Indicator, Measure, PlanRole, Rule, Span
from checker.model import Params as BaseParams
from checker.pairing import pair_targets
from checker.units import quantity_of as quantity

NAME = "magnitude"


@dataclass(frozen=True)
class Params(BaseParams):
    """The parameters of a rule of kind magnitude (see `indicheck kinds magnitude`)."""

    relation: Literal["years", "target", "plan", "bounds", "share", "band"] = field(
        default="years",
        metadata={
            "doc": "years: a level against last year's report's; target: an actual against last year's target for it; plan: an actual against the plan its sentence states; bounds: a level against the lexicon's at_least/at_most; share: a headline level against the one the lexicon makes it a share of; band: a level against the lexicon's band for the report's level of government (the last four in one report)"
        },
    )
    least_power: int = field(
        default=1,
        metadata={"doc": "the smallest power of ten apart that is flagged (3: only 1000× and more)"},
    )
    margin: Decimal = field(
        default=Decimal("3"),
        metadata={"doc": "flag a ratio within this factor of a power of ten (3: from 10/3 to 30 for 10×)"},
    )


PLACEHOLDERS = ("indicator", "previous", "current", "factor", "likely")
DEFAULT_WINDOW = "document"


def check(rule: Rule[Params], ctx: DocumentContext) -> Iterator[Check]:
    """The pairs of one relation, each compared for a slip of scale: plan, bounds and share read this
    report alone; years and target pair it with last year's (nothing without --previous)."""
    if rule.params.relation == "plan":
        for name, plan, actual in _plans_and_actuals(ctx):
            yield _compare(rule, name, plan, actual, ctx.document.path)
        return
    if rule.params.relation == "bounds":
        yield from _bounds(ctx)
        return
    if rule.params.relation == "share":
        yield from _shares(ctx)
        return
    if rule.params.relation == "band":
        yield from _bands(ctx)
        return
    previous = ctx.previous
    if previous is None:
        return
    if rule.params.relation == "years":
        earlier = levels(previous, previous_year(ctx))
        pairs = [(name, earlier[name], now) for name, now in levels(ctx, reviewed_year(ctx)).items() if name in earlier]
    else:
        # Lexicon indicators only: a task target (新增公交线路60条以上) may be beaten fivefold.
        pairs = [
            (row.indicator, row.target, row.actual)
            for row in pair_targets(previous, ctx)
            if row.actual is not None
            and row.status in ("met", "missed")
            and ctx.claim(row.actual).measure is Measure.LEVEL
            and ctx.indicator(row.actual) is not None
        ]
    for name, before, now in pairs:
        if not same_dimension(before, now) or before.value == 0 or now.value == 0:
            continue
        yield _compare(rule, name, before, now, previous.document.path)


def _bounds(ctx: DocumentContext) -> Iterator[Check]:
    """Each level (or change) of a lexicon indicator against the bounds any government states for it."""
    for claim in ctx.claims:
        indicator = claim.indicator
        if indicator is None or not (indicator.at_least or indicator.at_most) or not ctx.in_body(claim.figure.start):
            continue
        if claim.measure in BOUNDED_MEASURES and claim.figure.upper is None:
            yield from _against_lexicon_bounds(claim.figure, claim.measure, indicator)


BOUNDED_MEASURES = (Measure.LEVEL, Measure.PER_UNIT, Measure.INCREMENT)  # a change is bounded above only


def _against_lexicon_bounds(figure: Figure, measure: Measure, indicator: Indicator) -> Iterator[Check]:
    """A figure against its indicator's at_least and at_most, in its unit (a change has no floor: an
    increment may be small); no check when neither bound is in a unit it can be compared with."""
    low = _bound(indicator.at_least, figure) if measure is not Measure.INCREMENT else None
    high = _bound(indicator.at_most, figure)
    if low is None and high is None:
        return
    value = abs(figure.value)
    passed = (low is None or value >= low[0]) and (high is None or value <= high[0])
    shown = " – ".join(b for b in (indicator.at_least if low else "", indicator.at_most if high else "") if b)
    beyond = low if low is not None and value < low[0] else high
    power = 0 if passed or beyond is None else power_of_ten_apart(value, beyond[0])
    yield Check(
        Span.of(figure),
        (),
        passed,
        f"{indicator.name}: {_against_bounds(figure.text, value, low, high, indicator)}",
        {
            "indicator": indicator.name,
            "previous": shown,
            "current": figure.text,
            "factor": f"10^{power}" if power else "—",
            "likely": f"× 10^{power}" if power else "—",
        },
    )


def _against_bounds(
    text: str, value: Decimal, low: tuple[Decimal, str] | None, high: tuple[Decimal, str] | None, indicator: Indicator
) -> str:
    """300元 ≤ 5.4万元 ≤ 50万元, 859亿人 > 3亿人: the figure against its bounds, in symbols."""
    if low is not None and value < low[0]:
        return f"{text} < {indicator.at_least}"
    if high is not None and value > high[0]:
        return f"{text} > {indicator.at_most}"
    return " ≤ ".join(
        part for part in (indicator.at_least if low else "", text, indicator.at_most if high else "") if part
    )


def _bound(text: str, figure: Figure) -> tuple[Decimal, str] | None:
    """A lexicon bound in the figure's unit (a figure with no unit takes the bound's count unit)."""
    found = quantity(text) if text else None
    if found is None:
        return None
    value, unit = found
    if figure.unit == unit or (not figure.unit and unit):
        return value, unit
    if unit_dimension(unit) != dimension(figure):
        return None  # 新增市场主体 in 家 against a bound in 户: not comparable
    return value * factor(unit, figure.unit), unit


# each level of government and the vocabulary list of the ends of its places
GOVERNMENT_LEVELS = {
    "national": "government_national",
    "province": "government_province",
    "city": "government_city",
    "county": "government_county",
}
HEAD = 1000  # the opening lines that name the assembly a report is delivered to


def government_level(ctx: DocumentContext) -> str | None:
    """The level of the government that delivers the report, read from its opening lines: the place
    before the assembly it is delivered to (在湖北省第十四届人民代表大会 → province, 在包头市东河区第十八届
    人民代表大会 → county, 第十四届全国人民代表大会 → national), the longest end of the place that a
    level's words name (内蒙古自治区 is a province, not a district; 重庆市 a province, not a city);
    else national when the opening says the State Council speaks (我代表国务院). None when neither is
    read: a report whose level is not stated gets no band."""
    head = ctx.text[:HEAD]
    vocabulary = ctx.vocabulary
    assembly = vocabulary.regex(
        r"(?P<place>[\u4e00-\u9fff]{1,16}?)(?:{ordinal_before}\S{1,6}?{congress_session})?\s*{congress}"
    )
    found = assembly.search(head)
    if found is not None:
        place = found.group("place")
        ends = [
            (len(word), level)
            for level, ends_of_places in GOVERNMENT_LEVELS.items()
            for word in vocabulary.words(ends_of_places)
            if place.endswith(word)
        ]
        if ends:
            return max(ends)[1]
    if vocabulary.pattern("national_speakers").search(head):
        return "national"
    return None


def _bands(ctx: DocumentContext) -> Iterator[Check]:
    """Each level of a lexicon indicator against the band the lexicon gives it at the report's level of
    government, in a unit it can be compared with; a subject of a wider scope than the report's own
    (全球, and 全国 below the State Council) is another government's, and a level before 的 bounds a
    class of things (超千亿元的县域): both are left alone."""
    level = government_level(ctx)
    if level is None:
        return
    bands: dict[str, list[Band]] = {}
    for band in ctx.lexicon.bands:
        if band.level == level:
            bands.setdefault(band.indicator, []).append(band)
    wider = ctx.vocabulary.pattern("wider_scope", *(() if level == "national" else ("government_national",)))
    possessive = ctx.vocabulary.pattern("possessive")
    for claim in ctx.claims:
        indicator, figure = claim.indicator, claim.figure
        if indicator is None or indicator.name not in bands or claim.measure is not Measure.LEVEL:
            continue
        if figure.upper is not None or not ctx.in_body(figure.start) or wider.search(ctx.fragment(figure)):
            continue  # 全国经济总量: the opener 全国 is no part of the subject, it is of the words before
        if possessive.match(ctx.text, figure.end):
            continue  # 经济总量超千亿元的县域: the bound of a class of places, not the report's level
        for band in bands[indicator.name]:
            low, high = _bound(band.low, figure), _bound(band.high, figure)
            if low is not None and high is not None:
                yield _against_band(figure, indicator.name, band, low[0], high[0])


def _against_band(figure: Figure, name: str, band: Band, low: Decimal, high: Decimal) -> Check:
    value = abs(figure.value)
    passed = low <= value <= high
    power = 0 if passed else power_of_ten_apart(value, low if value < low else high)
    shown = f"{band.low} – {band.high}"
    if passed:
        computation = f"{band.low} ≤ {figure.text} ≤ {band.high}"
    else:
        computation = f"{figure.text} < {band.low}" if value < low else f"{figure.text} > {band.high}"
    return Check(
        Span.of(figure),
        (),
        passed,
        f"{name} ({band.level} government): {computation}",
        {
            "indicator": name,
            "previous": shown,
            "current": figure.text,
            "factor": f"10^{power}" if power else "—",
            "likely": f"× 10^{power}" if power else "—",
        },
    )


def _shares(ctx: DocumentContext) -> Iterator[Check]:
    """Each headline level against the headline level of the indicator it is a share of."""
    headline = levels(ctx, reviewed_year(ctx))
    for name, part in headline.items():
        indicator = ctx.indicator(part)
        if indicator is None or not indicator.share_of:
            continue
        # The whole's headline, else any level the report states of it (a five-year review's
        # 地区生产总值达到62661亿元): the band is wide enough for a year's change.
        whole = headline.get(indicator.share_of) or _any_level(ctx, indicator.share_of)
        if whole is None:
            continue
        if not same_dimension(part, whole) or whole.value == 0:
            continue
        ratio = abs(part.value) * factor(part.unit, whole.unit) / abs(whole.value) * 100
        bounds = [quantity(bound) for bound in indicator.share]  # validated when the lexicon loads
        if len(bounds) != 2 or bounds[0] is None or bounds[1] is None:
            continue
        low, high = bounds[0][0], bounds[1][0]
        passed = low <= ratio <= high
        power = 0 if passed else power_of_ten_apart(ratio, low if ratio < low else high)
        yield Check(
            Span.of(part),
            (Span.of(whole),),
            passed,
            f"{name}: {part.text} / {whole.text} = {_ratio(ratio)}% (plausible {indicator.share[0]} – {indicator.share[1]})",
            {
                "indicator": name,
                "previous": whole.text,
                "current": part.text,
                "factor": f"10^{power}" if power else "—",
                "likely": f"{part.written_unit} / {whole.written_unit}",
            },
        )


def _any_level(ctx: DocumentContext, name: str) -> Figure | None:
    """The first level of an indicator the body states as an actual, of whatever year."""
    for claim in ctx.claims:
        if claim.indicator is not None and claim.indicator.name == name and claim.measure is Measure.LEVEL:
            figure = claim.figure
            if ctx.in_body(figure.start) and ctx.period(figure.start).role == "actual" and figure.upper is None:
                return figure
    return None


def _plans_and_actuals(ctx: DocumentContext) -> Iterator[tuple[str, Figure, Figure]]:
    """(subject, plan, actual) for each plan a sentence states (计划投资12.5亿元) and the first
    actual after it in the same dimension (实际完成投资13.1亿元), as their claims' roles name them."""
    for figures in ctx.windows("sentence", is_level):
        for i, plan in enumerate(figures):
            if plan.value == 0 or plan_role(ctx, plan) is not PlanRole.PLAN:
                continue
            for actual in figures[i + 1 :]:
                if _per_unit(ctx, plan) != _per_unit(ctx, actual):
                    continue  # 下达经费480亿元，实现生均公用经费600元: an amount per student is no total
                if same_dimension(plan, actual) and actual.value and plan_role(ctx, actual) is PlanRole.ACTUAL:
                    yield ctx.subject(actual) or ctx.subject(plan), plan, actual
                    break


def _per_unit(ctx: DocumentContext, figure: Figure) -> bool:
    return ctx.claim(figure).measure is Measure.PER_UNIT


def _compare(rule: Rule[Params], name: str, before: Figure, now: Figure, previous_path: str) -> Check:
    ratio = abs(now.value) / (abs(before.value) * factor(before.unit, now.unit))
    power = _power(ratio, rule.params.margin)
    if abs(power) < rule.params.least_power:
        power = 0
    if power == 0:
        likely = "—"
    elif before.multiplier != now.multiplier:
        likely = f"{before.written_unit} ↔ {now.written_unit}"
    else:
        likely = f"× 10^{power}"
    shown = f"10^{power}" if power else "1"
    return Check(
        Span.of(now),
        (Span.of(before, previous_path),),
        power == 0,
        f"{name}: {now.text} / {before.text} = {_ratio(ratio)} ≈ {shown}",
        {"indicator": name, "previous": before.text, "current": now.text, "factor": shown, "likely": likely},
    )


def _power(ratio: Decimal, margin: Decimal) -> int:
    """The power of ten (not 0) a ratio is within `margin` of, or 0 when it is near none."""
    exponent = math.log10(ratio)
    nearest = round(exponent)
    if nearest == 0 or abs(exponent - nearest) > math.log10(margin):
        return 0
    return nearest


def _ratio(ratio: Decimal) -> str:
    return f"{ratio:.3g}" if Decimal("0.001") <= ratio <= 1000 else f"{ratio:.2e}"
