"""Rounding-aware interval arithmetic on Decimals (XBRL Calculations 1.1).

A figure written with d decimals stands for every value that rounds to it:
v ± ½·10^-d (times its 万/亿 multiplier). Arithmetic on figures is arithmetic
on those intervals, and a stated result is consistent with a computation when
the two intervals meet. This is what keeps indicheck quiet on correct
arithmetic: 12.5 / 10.4 stated as 120.0% is right, although the point value
is 120.19%.

Qualifiers widen or open an interval: 约/左右 by a relative tolerance that the
rule sets, 以上/超过/余 to [v, ∞), 以内/以下/不超过 to (−∞, v].
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal, localcontext

from checker.model import Figure, Qualifier

INFINITY = Decimal("Infinity")
PRECISION = 40  # digits for interval arithmetic: far beyond any figure's precision


@dataclass(frozen=True)
class Interval:
    """The closed set [low, high]; either end may be infinite."""

    low: Decimal
    high: Decimal

    @classmethod
    def point(cls, value: Decimal | int) -> Interval:
        return cls(Decimal(value), Decimal(value))

    def __add__(self, other: Interval) -> Interval:
        with localcontext(prec=PRECISION):
            return Interval(self.low + other.low, self.high + other.high)

    def __sub__(self, other: Interval) -> Interval:
        with localcontext(prec=PRECISION):
            return Interval(self.low - other.high, self.high - other.low)

    def __mul__(self, other: Interval) -> Interval:
        with localcontext(prec=PRECISION):
            products = [a * b for a in (self.low, self.high) for b in (other.low, other.high) if not _nan(a, b)]
            return Interval(min(products), max(products))

    def __truediv__(self, other: Interval) -> Interval:
        if other.contains(Decimal(0)):
            raise ZeroDivisionError("the divisor's interval contains 0")
        with localcontext(prec=PRECISION):
            return self * Interval(1 / other.high, 1 / other.low)

    def scale(self, factor: Decimal | int) -> Interval:
        return self * Interval.point(Decimal(factor))

    def contains(self, value: Decimal) -> bool:
        return self.low <= value <= self.high

    def meets(self, other: Interval) -> bool:
        """True when the intervals share at least one value."""
        return self.low <= other.high and other.low <= self.high

    def distance(self, other: Interval) -> Decimal:
        """How far apart two disjoint intervals are (0 when they meet)."""
        if self.meets(other):
            return Decimal(0)
        return other.low - self.high if self.high < other.low else self.low - other.high

    def middle(self) -> Interval:
        """The point halfway between the bounds: a figure's value as written, without its rounding."""
        return Interval.point((self.low + self.high) / 2)

    def format(self, places: int = 2, unit: str = "") -> str:
        """[119.73%, 119.94%], rounded outward so the printed interval still holds the true one."""
        return f"[{_bound(self.low, places, 'down')}{unit}, {_bound(self.high, places, 'up')}{unit}]"


def _nan(a: Decimal, b: Decimal) -> bool:
    return (a.is_infinite() and b == 0) or (b.is_infinite() and a == 0)


def _bound(value: Decimal, places: int, direction: str) -> str:
    if value.is_infinite():
        return "∞" if value > 0 else "−∞"
    rounding = "ROUND_FLOOR" if direction == "down" else "ROUND_CEILING"
    return f"{value.quantize(Decimal(1).scaleb(-places), rounding=rounding):f}"


def of_figure(figure: Figure, approx_tolerance: Decimal = Decimal("0.05"), value: Decimal | None = None) -> Interval:
    """The values a figure stands for, its rounding and qualifier considered.

    `approx_tolerance` is relative: 约10万亩 with 0.05 is [9.5万, 10.5万]. `value`
    replaces the figure's own value (the high bound of a range, say).
    """
    centre = figure.value if value is None else value
    half = figure.half_width
    low, high = centre - half, centre + half
    if figure.upper is not None and value is None:
        high = figure.upper + half
    qualifier = figure.qualifier
    if qualifier is Qualifier.APPROX:
        with localcontext(prec=PRECISION):
            spread = abs(centre) * approx_tolerance
        low, high = low - spread, high + spread
    elif qualifier is Qualifier.AT_LEAST:
        high = INFINITY
    elif qualifier is Qualifier.AT_MOST:
        low = -INFINITY
    return Interval(low, high)
