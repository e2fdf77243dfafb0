"""queries: what a careful auditor asks of a report that no arithmetic settles.

Never an error: each finding is a question for the drafter.

- `separators`: one name written with different separator glyphs (蒙速办•四办 in
  the body, 蒙速办▪四办 in the glossary; 包头·福巷 and 包头•福巷).
- `this_year`: 今年 that names the year under review (今年是…的一年) and 今年 of
  the plan for the next (the review of 2021 and the plan for 2022): the reader
  cannot tell which year a 今年 means.
- `steady`: a target worded as holding a level (产量稳定在1亿斤以上) far below the
  level the review reports (产量突破1.5亿斤): 稳定 says no fall, the figures say
  a third less.
- `rising_negative`: a rise stated with a negative figure (增长-2.3%): say 下降.
- `scope_note`: what the year achieved under one head noun (重点项目完成投资129.9亿元)
  above the year's total of the lexicon indicator with that head (固定资产投资
  63.4亿元): a part above its whole, unless a scope note says the two count
  differently (projects of several years, another area).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Literal

from checker.context import DocumentContext
from checker.model import Check, Figure, Kind, Measure, Rule, Span
from checker.model import Params as BaseParams

NAME = "queries"


@dataclass(frozen=True)
class Params(BaseParams):
    """The parameters of a rule of kind queries (see `indicheck kinds queries`)."""

    relation: Literal["separators", "this_year", "steady", "rising_negative", "scope_note"] = field(
        default="separators",
        metadata={
            "doc": "separators: one name, two separator glyphs; this_year: 今年 of two years; steady: a holding target far below the actual; rising_negative: 增长 with a negative figure; scope_note: a part of the year above the year's total"
        },
    )
    below: Decimal = field(
        default=Decimal("0.8"), metadata={"doc": "steady: a holding target under this share of the actual is queried"}
    )


PLACEHOLDERS = ("first", "second", "target", "actual")
DEFAULT_SCOPE = "document"


def check(rule: Rule[Params], ctx: DocumentContext) -> Iterator[Check]:
    relation = rule.params.relation
    if relation == "separators":
        yield from _separators(ctx)
    elif relation == "this_year":
        yield from _this_year(ctx)
    elif relation == "steady":
        yield from _steady(rule, ctx)
    elif relation == "scope_note":
        yield from _scope_note(ctx)
    else:
        yield from _rising_negative(ctx)


def _separators(ctx: DocumentContext) -> Iterator[Check]:
    """A name is known by the glyph and the two characters on each side of it (速办•四办); what it is
    called is what its two spellings share around the glyph (蒙速办•四办 in 实施蒙速办•四办改革 and
    “蒙速办▪四办”): the characters beyond are the sentence's, not the name's."""
    separators = ctx.vocabulary.alternation("name_separators")
    first: dict[tuple[str, str], re.Match[str]] = {}
    pattern = re.compile(rf"([\u4e00-\u9fff]{{2,{_NAME_SIDE}}})({separators})([\u4e00-\u9fff]{{2,{_NAME_SIDE}}})")
    for match in _overlapping(pattern, ctx.text):
        earlier = first.setdefault((match.group(1)[-2:], match.group(3)[:2]), match)
        if earlier is match:
            continue
        left = _shared_length(earlier.group(1)[::-1], match.group(1)[::-1])
        right = _shared_length(earlier.group(3), match.group(3))
        before, name = (_name_span(ctx.text, found, left, right) for found in (earlier, match))
        same = earlier.group(2) == match.group(2)
        yield Check(name, (before,), same, f"{before.text} / {name.text}", {"first": before.text, "second": name.text})


# The characters on each side of a separator a name may have (呼包鄂•乌大张 has three).
_NAME_SIDE = 8


def _overlapping(pattern: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
    """Each separator's match, the next search starting after its glyph (A•B•C gives A•B and B•C)."""
    at = 0
    while (match := pattern.search(text, at)) is not None:
        yield match
        at = match.end(2)


def _shared_length(one: str, other: str) -> int:
    shared = 0
    while shared < min(len(one), len(other)) and one[shared] == other[shared]:
        shared += 1
    return shared


def _name_span(text: str, match: re.Match[str], left: int, right: int) -> Span:
    start, end = match.start(2) - left, match.end(2) + right
    return Span(start, end, text[start:end])


def _span(match: re.Match[str]) -> Span:
    return Span(match.start(), match.end(), match.group())


def _this_year(ctx: DocumentContext) -> Iterator[Check]:
    """今年 that names the year under review (今年是…的一年, in the review) and 今年 of the plan: the
    plan's first is queried, once. Elsewhere in a review 今年 is the year the report is delivered in
    (今年以来, 今年疫情防控), which is the plan's year too."""
    this_year = ctx.vocabulary.pattern("this_year")
    reviewed = ctx.vocabulary.regex(r"{this_year}{year_followers}[^。！？\n]{0,40}年")
    review = plan = None
    for match in this_year.finditer(ctx.text, 0, ctx.body_end):
        period = ctx.period(match.start())
        if period.year is None or period.plan:
            continue
        if period.role == "actual" and review is None and reviewed.match(ctx.text, match.start()):
            review = (match, period.year)
        elif period.role == "target" and plan is None:
            plan = (match, period.year)
    if review is not None and plan is not None and review[1] != plan[1]:
        (first, year), (second, other) = sorted((review, plan), key=lambda found: found[0].start())
        yield Check(
            _span(second),
            (_span(first),),
            False,
            f"{first.group()} = {year}; {second.group()} = {other}",
            {"first": str(year), "second": str(other)},
        )


def _steady(rule: Rule[Params], ctx: DocumentContext) -> Iterator[Check]:
    steady = ctx.vocabulary.regex("{steady_words}$")
    actuals: dict[tuple[str, str], Figure] = {}
    for claim in ctx.claims:
        figure = claim.figure
        if not ctx.in_body(figure.start) or claim.measure is not Measure.LEVEL or claim.other_time or not claim.subject:
            continue
        if claim.period.role == "actual":
            actuals.setdefault((claim.subject, figure.unit), figure)
        elif claim.period.role == "target" and steady.search(ctx.fragment(figure)):
            actual = actuals.get((claim.subject, figure.unit))
            if actual is None:
                continue
            passed = figure.value >= rule.params.below * actual.value
            yield Check(
                Span.of(figure),
                (Span.of(actual),),
                passed,
                f"{figure.text} {'≥' if passed else '<'} {rule.params.below} × {actual.text}",
                {"target": figure.text, "actual": actual.text},
            )


def _rising_negative(ctx: DocumentContext) -> Iterator[Check]:
    rise = ctx.vocabulary.regex("{change_up}{hedges}*$")
    for claim in ctx.claims:
        figure = claim.figure
        if claim.measure is Measure.GROWTH and figure.kind is Kind.PERCENT and rise.search(ctx.fragment(figure)):
            passed = figure.value >= 0
            yield Check(
                Span.of(figure),
                (),
                passed,
                f"{ctx.fragment(figure)[-4:]}{figure.text}",
                {"target": figure.text, "actual": figure.text},
            )


HEAD = 2  # the characters of an indicator's name that are its head noun (固定资产投资 → 投资)


def _scope_note(ctx: DocumentContext) -> Iterator[Check]:
    done = ctx.vocabulary.pattern("year_done")
    totals: dict[tuple[int | None, str], Figure] = {}  # (year, head noun) → the year's total
    for claim in ctx.claims:
        if claim.indicator is not None and claim.measure is Measure.LEVEL and claim.period.role == "actual":
            if not claim.other_time and not claim.period.plan:
                totals.setdefault((claim.period.year, claim.indicator.name[-HEAD:]), claim.figure)
    for claim in ctx.claims:
        figure = claim.figure
        if claim.indicator is not None or claim.measure is not Measure.LEVEL or claim.other_time:
            continue
        if claim.period.role != "actual" or claim.period.plan or not done.search(ctx.fragment(figure)):
            continue
        total = totals.get((claim.period.year, claim.subject[-HEAD:])) if len(claim.subject) >= HEAD else None
        if total is None or total.unit != figure.unit or total.start > figure.start:
            continue
        passed = figure.value <= total.value
        yield Check(
            Span.of(figure),
            (Span.of(total),),
            passed,
            f"{figure.text} {'≤' if passed else '>'} {total.text}",
            {"target": figure.text, "actual": total.text, "first": total.text, "second": figure.text},
        )
