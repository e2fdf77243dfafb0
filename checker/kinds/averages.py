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

import functools
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from decimal import Decimal
from functools import partial
from typing import Literal

from checker import numerals, units
from checker.claims import states_increment
from checker.context import DocumentContext
from checker.intervals import Interval
from checker.kinds.common import Tolerant, dimension, factor, interval, is_level, show_interval, span, unit_dimension
from checker.model import Check, Figure, Kind, Measure, Rule, Span
from checker.vocabulary import Vocabulary

NAME = "averages"


@dataclass(frozen=True)
class Params(Tolerant):
    """The parameters of a rule of kind averages (see `indicheck kinds averages`)."""

    tolerance: Decimal = field(
        default=Decimal("0.01"),
        metadata={
            "doc": "relative difference allowed between the stated average and total ÷ count (averages over the year's mean population)"
        },
    )
    relation: Literal["per_unit", "yearly"] = field(
        default="per_unit",
        metadata={
            "doc": "per_unit: 人均/户均/亩产/每吨 against total and count; yearly: a yearly average (年均) against the cumulative total (累计) of the years its sentence names"
        },
    )


PLACEHOLDERS = ("stated", "computed", "total", "count")
DEFAULT_SCOPE = "sentence"


@dataclass(frozen=True)
class PerUnit:
    """One kind of per-unit figure: the words that cue it, the unit its count is in, the words
    that name the count, and those that name the total when its subject does not (平均亩产 is of
    an output)."""

    cue: re.Pattern[str]
    count_unit: str
    count_words: re.Pattern[str]
    total_words: re.Pattern[str] | None = None


@functools.cache
def per_units(vocabulary: Vocabulary) -> tuple[PerUnit, ...]:
    """The per-unit figures the vocabulary names; the count units are units of data/units_zh.txt,
    each the first of its vocabulary list (COUNT_UNITS)."""
    area = vocabulary.pattern("area_words")
    person, household, mu = (vocabulary.words(name)[0] for name in COUNT_UNITS)
    return (
        PerUnit(vocabulary.pattern("per_person"), person, vocabulary.pattern("population_words")),
        PerUnit(vocabulary.pattern("per_household"), household, vocabulary.pattern("household_words")),
        PerUnit(vocabulary.pattern("per_area"), mu, area),
        PerUnit(vocabulary.pattern("yield_per_area"), mu, area, vocabulary.pattern("output_words")),
    )


# The vocabulary lists of the units a count may be stated in, each led by the unit an average is per.
COUNT_UNITS = ("population_units", "household_units", "farmland_units")


def check(rule: Rule[Params], ctx: DocumentContext) -> Iterator[Check]:
    """Each per-unit figure against the total and the count it is of. Where to look depends on what
    the subject says: a named total (人均地区生产总值) is looked for as far as the year's section, a
    bare 人均 only before it in its sentence, a per-named-unit figure (每吨) only in its stretch; a
    stretch that states exactly one total and one count is the last reading."""
    if rule.params.relation == "yearly":
        yield from _yearly(rule, ctx)
        return
    for figure in ctx.figures:
        if not ctx.in_body(figure.start) or not is_level(figure) or figure.upper is not None:
            continue
        if ctx.claim(figure).measure is Measure.DURATION:
            continue  # 单产连续3年居全国第一: a span of years, not a yield
        subject = ctx.subject(figure)
        found = _per_unit(ctx.vocabulary, subject) or _per_named_unit(ctx.vocabulary, subject)
        if found is None:
            continue
        per, cue = found
        numerator = figure.unit.split("/")[0]
        average = ctx.vocabulary.regex("^{average}|{average}$")
        base = average.sub("", subject[: cue.start()] + subject[cue.end() :])
        if per.count_words is NOTHING:
            total = count = None  # 每吨2760元: only the stretch's one total and one count (below)
        elif base or per.total_words is not None:
            total = _find(ctx, figure, partial(_is_total, ctx, figure, numerator, base, per.total_words))
            count = _find(ctx, figure, partial(_is_count, ctx, per.count_unit, per.count_words))
        else:
            # A bare 人均 (为126.4万名老年人发放津贴15.17亿元，人均1200元) is of the total and the
            # count its own sentence states before it, and of nothing further away.
            total = _before(ctx, figure, partial(_bare_total, ctx, figure, numerator))
            count = _before(ctx, figure, partial(_count_unit, ctx.vocabulary, unit=per.count_unit))
        if total is None or count is None:
            # 发放待遇18.6亿元，领取人员62.3万人，人均领取2986元; 收购4.8万吨，每吨2760元，收购金额
            # 1.32亿元: a sentence that states one total and one count, and nothing else they could be.
            total, count = _only_in_sentence(ctx, figure, numerator, per.count_unit)
        if total is None or count is None:
            continue
        check = _check(rule, figure, total, count, per.count_unit)
        if check is not None:
            yield check


def _yearly(rule: Rule[Params], ctx: DocumentContext) -> Iterator[Check]:
    """累计新增城镇就业326万人、年均65.2万人 after 五年来 (or 2021年至2025年): the yearly
    average is the cumulative total over the number of years the sentence names."""
    cumulative, yearly = ctx.vocabulary.pattern("cumulative"), ctx.vocabulary.pattern("yearly_average")
    for figures in ctx.windows("sentence", is_level):
        for i, total in enumerate(figures):
            if total.upper is not None or not cumulative.search(ctx.fragment(total)):
                continue
            average = next((f for f in figures[i + 1 :] if yearly.search(ctx.fragment(f))), None)
            if average is None or average.unit != total.unit or average.upper is not None:
                continue
            years = _years_named(ctx, total)
            if years is None:
                continue
            check = _against(rule, average, total, Interval.point(Decimal(years)), f"{years}年", (span(total),))
            if check is not None:
                yield check


def _years_named(ctx: DocumentContext, figure: Figure) -> int | None:
    """How many years the sentence before a figure names: 2021年至2025年 (5), 五年来, 过去5年."""
    before = ctx.text[figure.sentence[0] : figure.start]
    span_of_years = ctx.vocabulary.regex(r"((?:19|20)\d\d)年{year_span_joins}((?:19|20)\d\d)年").search(before)
    if span_of_years:
        first, last = int(span_of_years.group(1)), int(span_of_years.group(2))
        return last - first + 1 if 1 <= last - first <= 20 else None
    count = ctx.vocabulary.regex(r"(\d{1,2}|[一二两三四五六七八九十])年(?:{years_since})").search(before)
    if count is None:
        return None
    return numerals.count(count.group(1))


def _per_unit(vocabulary: Vocabulary, subject: str) -> tuple[PerUnit, re.Match[str]] | None:
    """The kind of per-unit figure a subject names, and where its cue is."""
    for per in per_units(vocabulary):
        cue = per.cue.search(subject)
        if cue is not None:
            return per, cue
    return None


def _per_named_unit(vocabulary: Vocabulary, subject: str) -> tuple[PerUnit, re.Match[str]] | None:
    """每吨, 每人, 每平方米 at the end of a subject: an amount per that unit (平均收购价格每吨2760元);
    or a measure word and 均 (套均投资35万元, 件均): an amount per thing that measure word counts."""
    cue = vocabulary.regex(r"{per_each}(?P<unit>[\u4e00-\u9fff]{1,4})$").search(subject)
    if cue is None:
        cue = vocabulary.regex(r"(?P<unit>[\u4e00-\u9fff]){per_measure}").search(subject)
        if cue is None or not units.counts_things(cue.group("unit")):
            return None
    if not units.known(cue.group("unit")):
        return None
    return PerUnit(cue=re.compile(re.escape(cue.group())), count_unit=cue.group("unit"), count_words=NOTHING), cue


NOTHING = re.compile(r"(?!)")  # a count named by no words: only the sentence-unique reading applies


def _only_in_sentence(
    ctx: DocumentContext, figure: Figure, numerator: str, count_unit: str
) -> tuple[Figure | None, Figure | None]:
    """The total and the count of a per-unit figure when they are the only other levels of its
    stretch (up to ；or 。): one amount in its numerator's unit and one count in its count unit."""
    start, end = ctx.stretch(figure.start)
    others = [f for f in ctx.figures_between(start, end) if f is not figure]
    if len(others) != 2 or any(not is_level(f) or f.upper is not None or f.qualifier for f in others):
        return None, None
    totals = [f for f in others if _convertible(f, unit=numerator) and not _increment(ctx, figure, f)]
    counts = [
        f
        for f in others
        if _count_unit(ctx.vocabulary, f, unit=count_unit)
        or f.unit == count_unit
        or (f.unit and unit_dimension(count_unit) == dimension(f) and f.kind is Kind.AMOUNT)
    ]
    if len(totals) == 1 and len(counts) == 1 and totals[0] is not counts[0]:
        return totals[0], counts[0]
    return None, None


def _is_total(
    ctx: DocumentContext,
    figure: Figure,
    numerator: str,
    base: str,
    total_words: re.Pattern[str] | None,
    candidate: Figure,
) -> bool:
    """The total a per-unit figure is of: in its numerator's unit or one of the same dimension
    (612.4万吨 for 亩产424.9公斤), named by the per-unit figure's subject."""
    if candidate is figure or not _convertible(candidate, unit=numerator) or _increment(ctx, figure, candidate):
        return False
    if base:
        return _names(ctx, candidate, base)
    return total_words is not None and bool(total_words.search(ctx.subject(candidate)))


def _increment(ctx: DocumentContext, figure: Figure, candidate: Figure) -> bool:
    """粮食增产12.5亿斤 is what the total rose by, never the total a yield is of (claims:
    Measure.INCREMENT), unless the per-unit figure is of an increment too (户均增收3850元，合计增收485.1万元)."""
    return ctx.claim(candidate).measure is Measure.INCREMENT and not states_increment(ctx, figure)


def _bare_total(ctx: DocumentContext, figure: Figure, numerator: str, candidate: Figure) -> bool:
    """A total a bare 人均 may be of: in its numerator's unit, and no increment of another figure."""
    return _convertible(candidate, unit=numerator) and not _increment(ctx, figure, candidate)


def _convertible(candidate: Figure, *, unit: str) -> bool:
    if candidate.unit == unit:
        return True
    return candidate.kind is Kind.AMOUNT and bool(unit) and dimension(candidate) == unit_dimension(unit)


def _is_count(ctx: DocumentContext, count_unit: str, count_words: re.Pattern[str], candidate: Figure) -> bool:
    return _count_unit(ctx.vocabulary, candidate, unit=count_unit) and bool(
        count_words.search(ctx.subject(candidate) or "")
    )


def _names(ctx: DocumentContext, candidate: Figure, base: str) -> bool:
    """Whether the candidate's subject names the total the per-unit figure is of."""
    subject = ctx.subject(candidate)
    if not base or not subject or _per_unit(ctx.vocabulary, subject):
        return False
    indicator, own = ctx.lexicon.match(base), ctx.lexicon.match(subject)
    if indicator is not None and own is not None:
        return indicator == own
    return base in subject or subject.endswith(base)


def _count_unit(vocabulary: Vocabulary, figure: Figure, *, unit: str) -> bool:
    """Whether a figure is a count an average per `unit` may be over: in `unit` or another unit of the
    vocabulary list it leads (名 for 人, 公顷 for 亩); a figure with no unit counts people."""
    if figure.unit == "":
        return unit == vocabulary.words("population_units")[0]
    stated_in = next((words for name in COUNT_UNITS if (words := vocabulary.words(name))[0] == unit), (unit,))
    return figure.unit in stated_in


def _before(ctx: DocumentContext, figure: Figure, accept) -> Figure | None:
    """The nearest accepted level before a figure in its sentence."""
    found = [f for f in ctx.figures_between(figure.sentence[0], figure.start) if is_level(f) and accept(f)]
    return found[-1] if found else None


def _find(ctx: DocumentContext, figure: Figure, accept) -> Figure | None:
    """The nearest accepted level in the sentence, then the paragraph, then the same period."""
    period = ctx.period(figure.start)
    for start, end in (figure.sentence, ctx.paragraph(figure.start), (period.start, ctx.body_end)):
        candidates = [
            f for f in ctx.figures_between(start, end) if is_level(f) and accept(f) and ctx.period(f.start) == period
        ]
        if candidates:
            return min(candidates, key=lambda f: abs(f.start - figure.start))
    return None


def _check(rule: Rule[Params], figure: Figure, total: Figure, count: Figure, count_unit: str) -> Check | None:
    """The average against total / count; None when the count may be zero (nothing to check)."""
    per = figure.unit.partition("/")[2] or count_unit
    bottom = interval(count, rule).scale(factor(count.unit, per) if count.unit else 1)
    return _against(rule, figure, total, bottom, count.text, (span(total), span(count)))


def _against(
    rule: Rule[Params], figure: Figure, total: Figure, bottom: Interval, count: str, related: tuple[Span, ...]
) -> Check | None:
    """The average against the total over a count (a figure's interval, or a number of years)."""
    top = interval(total, rule, unit=figure.unit.partition("/")[0])
    stated = interval(figure, rule)
    try:
        computed = top / bottom
    except ZeroDivisionError:
        return None
    tolerance = rule.params.tolerance
    widened = Interval(computed.low * (1 - tolerance), computed.high * (1 + tolerance))
    shown = show_interval(computed, figure)
    return Check(
        span(figure),
        related,
        widened.meets(stated),
        f"{total.text} / {count} ∈ {shown}; stated {figure.text}",
        {
            "stated": figure.text,
            "computed": shown,
            "total": total.text,
            "count": count,
            "tolerance": str(Decimal(100) * tolerance),
        },
    )
