"""declines: a positive level cannot fall by more than all of it.

A growth claim whose direction is down (下降, 降低, 减少 …: the vocabulary's
change_down) stated in %, or a rate right after a one-character verb of a cut and
the noun it cuts (减时间83%: cut_verbs), cannot exceed 100%: a level that falls by 100% is
gone, and one that falls by more would be negative (下降35% slipped to 下降350%).
A fall in 个百分点 is a difference of two rates, not a share of a level, and
is not checked, nor is a multiple (降低1.5倍, read by its unit), nor the level
a fall reaches (资产负债率下降到120%: 到, 至, 为 after the verb), which its claim reads
as a rate, not a growth.

Some levels are signed and may fall by more than 100% without anything being
wrong: a profit that turns into a loss (利润下降120%), a surplus into a
deficit, a net flow that changes direction. A word of the vocabulary's
signed_levels anywhere before the figure in its clause (亏损, 逆差, 赤字, 利润,
净 …) leaves the figure unchecked, since which side of zero the level ended
on is not said.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from decimal import Decimal

from checker.context import DocumentContext
from checker.intervals import Interval
from checker.kinds.common import Signed, Tolerant, interval, signed_level, span
from checker.model import Check, Claim, Kind, Measure, Rule

NAME = "declines"


@dataclass(frozen=True)
class Params(Signed, Tolerant):
    """The parameters of a rule of kind declines (see `indicheck kinds declines`)."""

    high: Decimal = field(default=Decimal("100"), metadata={"doc": "the largest fall a positive level may take, in %"})
    approx_tolerance: Decimal = field(
        default=Decimal("0"),
        metadata={"doc": "how far 约/左右/近 widen a figure, as a share of it (0: a bound is a bound)"},
    )


PLACEHOLDERS = ("stated", "high")
DEFAULT_WINDOW = "clause"


def check(rule: Rule[Params], ctx: DocumentContext) -> Iterator[Check]:
    high = rule.params.high
    allowed = Interval(Decimal(0), high)
    cut = ctx.vocabulary.regex(r"(?:^|{average}|[、，,；\s])(?:{cut_verbs})[\u4e00-\u9fff]{2}$")
    for claim in ctx.claims:
        figure = claim.figure
        if figure.kind is not Kind.PERCENT or not (_fall(claim) or _cut(ctx, claim, cut)):
            continue
        if not ctx.in_body(figure.start) or signed_level(rule, ctx, figure):
            continue
        stated = interval(figure, rule)  # the size of the fall, as written
        yield Check(
            span(figure),
            (),
            stated.meets(allowed),
            f"a fall of {stated.format(2, '%')}; a positive level falls by at most {high}%",
            {"stated": figure.text, "high": f"{high}%"},
        )


def _fall(claim: Claim) -> bool:
    """A growth whose direction is down (下降35%): its claim is signed below zero."""
    return claim.measure is Measure.GROWTH and claim.value < 0 < claim.figure.value


def _cut(ctx: DocumentContext, claim: Claim, cut: re.Pattern[str]) -> bool:
    """A one-character verb of a cut and the two-character noun it cuts right before a rate (平均减时间
    83%、减材料54%), which the claim reads as a rate, not a growth: a fall all the same. Only those
    two characters may stand between verb and figure, so 降水偏多120% (rain above normal) is no cut."""
    return claim.measure is Measure.RATE and claim.figure.value > 0 and bool(cut.search(ctx.fragment(claim.figure)))
