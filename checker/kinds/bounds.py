"""bounds: shares, coverage and attainment rates lie between 0 and 100%.

A rate named by a bounded word (覆盖率, 处理率, 达标率, 比重, 比例 …) cannot
exceed 100% or fall below 0: more than everything was not covered. Growth
rates, completion rates and multiples may exceed 100% and are not checked;
the unbounded words (完成率, 增长率 …) win when both fit.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from decimal import Decimal
from typing import TYPE_CHECKING

from checker.intervals import Interval
from checker.kinds.common import Tolerant, ends_with_any, interval, is_level, is_percent, span, strip_tail
from checker.model import Check, Figure, Rule

if TYPE_CHECKING:
    from checker.context import DocumentContext

NAME = "bounds"


@dataclass(frozen=True)
class Params(Tolerant):
    """The parameters of a rule of kind bounds (see `indicheck kinds bounds`)."""

    bounded_cues: tuple[str, ...] = field(
        default=(),
        metadata={
            "vocabulary": "bounded_rates",
            "doc": "names of rates that lie between low and high (覆盖率, 比重, 率 …)",
        },
    )
    unbounded_cues: tuple[str, ...] = field(
        default=(),
        metadata={
            "vocabulary": "unbounded_rates",
            "doc": "names of rates that may pass 100% in the ordinary course (完成率, 增长率, 自给率 …)",
        },
    )
    low: Decimal = field(default=Decimal("0"), metadata={"doc": "the lowest value a bounded rate may take, in %"})
    high: Decimal = field(default=Decimal("100"), metadata={"doc": "the highest value a bounded rate may take, in %"})
    approx_tolerance: Decimal = field(
        default=Decimal("0"),
        metadata={"doc": "how far 约/左右/近 widen a figure, as a share of it (0: a bound is a bound)"},
    )
    plan_cues: tuple[str, ...] = field(
        default=(),
        metadata={
            "vocabulary": "plan_words",
            "doc": "words of a plan before a rate in its sentence (计划新开工100个…开工率105%): actual over plan may pass 100%, which the completion rule checks",
        },
    )


PLACEHOLDERS = ("stated", "low", "high", "name")
DEFAULT_SCOPE = "clause"
SCOPES = (DEFAULT_SCOPE,)  # the window it reads is fixed by how the text states its relation


def check(rule: Rule[Params], ctx: DocumentContext) -> Iterator[Check]:
    low, high = rule.params.low, rule.params.high
    allowed = Interval(low, high)
    for figure in ctx.figures:
        if not is_percent(figure) or not ctx.in_body(figure.start):
            continue
        words = strip_tail(ctx.fragment(figure), ctx.vocabulary.words("rate_links"))
        name = ends_with_any(words, rule.params.words("bounded_cues", ctx.vocabulary))
        if name is None or ends_with_any(words, rule.params.words("unbounded_cues", ctx.vocabulary)):
            continue
        if name == "率" and not _rate_noun(words):
            continue
        if _against_plan(ctx, figure, words, rule.params.words("plan_cues", ctx.vocabulary)):
            continue
        stated = interval(figure, rule)
        passed = stated.meets(allowed)
        yield Check(
            span(figure),
            (),
            passed,
            f"{figure.text} ∈ {stated.format(2, '%')}; allowed [{low}%, {high}%]",
            {"stated": figure.text, "low": f"{low}%", "high": f"{high}%", "name": ctx.subject(figure) or name},
        )


def _against_plan(ctx: DocumentContext, rate: Figure, words: str, plan_cues: tuple[str, ...]) -> bool:
    """Whether the rate is an actual over a plan, as the completion rule reads it: a level before it
    in its sentence is named a plan (计划, 目标 …) and another carries the rate's own verb (开工 for
    开工率: 实际开工105个). 开复工率100% after 计划投资108.4亿元 is no such rate, and stays bounded."""
    verb = words[-3:-1] if words.endswith("率") else ""
    levels = [f for f in ctx.sentence_figures(rate) if f.start < rate.start and is_level(f)]
    plans = [f for f in levels if any(cue in ctx.fragment(f) for cue in plan_cues)]
    return bool(verb) and bool(plans) and any(f not in plans and verb in ctx.fragment(f) for f in levels)


def _rate_noun(words: str) -> bool:
    """A bare 率 counts only when a noun precedes it (绿化覆盖率 yes, 率 alone no)."""
    return len(words) >= 3
