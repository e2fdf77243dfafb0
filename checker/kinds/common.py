"""Helpers the rule kinds share: unit-aware values, intervals, cue tests, formatting."""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation

from checker import claims, units
from checker.context import DocumentContext
from checker.intervals import Interval, of_figure
from checker.model import Figure, Kind, Params, PlanRole, Rule, Span
from checker.vocabulary import alternation


@functools.cache
def _dimension(unit: str) -> str:
    try:
        return str(units.dimension(unit))  # from the definitions file: no pint for a comparison
    except units.UnknownUnitError:
        return f"<{unit}>"


def dimension(figure: Figure) -> str:
    """The figure's physical dimension: 亩 and 公顷 share one, 户 and 家 do not."""
    return unit_dimension(figure.unit)


def unit_dimension(unit: str) -> str:
    """A unit's physical dimension, "[bare]" for no unit."""
    return _dimension(unit) if unit else "[bare]"


def same_dimension(a: Figure, b: Figure) -> bool:
    """Whether two figures measure the same kind of thing (亩 and 公顷 yes, 户 and 家 no).

    Decided from the definitions file where it can be (the same unit; two
    different measure words; two kinds), so that pint is loaded only for two
    different physical units.
    """
    if a.unit == b.unit:
        return True
    if not a.unit or not b.unit or a.kind is not b.kind or a.kind is not Kind.AMOUNT:
        return False
    if _canonical(a.unit) == _canonical(b.unit):
        return True
    return dimension(a) == dimension(b)


def _canonical(unit: str) -> str:
    try:
        return units.lookup(unit).name
    except units.UnknownUnitError:
        return unit


@functools.cache
def factor(unit: str, target: str) -> Decimal:
    """How many `target` one `unit` is (亩 → 公顷: 1/15)."""
    if unit == target or not unit or not target or _canonical(unit) == _canonical(target):
        return Decimal(1)
    return units.quantity(Decimal(1), unit).to(units.unit(target)).magnitude


@dataclass(frozen=True)
class Tolerant(Params):
    """The parameters of a kind that compares figures as intervals: how far a hedge widens one."""

    approx_tolerance: Decimal = field(
        default=Decimal("0.05"), metadata={"doc": "how far 约/左右/近 widen a figure, as a share of it"}
    )


@dataclass(frozen=True)
class Signed(Params):
    """The parameters of a kind that leaves alone a level that may be negative: a profit turns into a
    loss, a surplus into a deficit, a net flow changes direction, so the level may fall by more than
    all of it (declines) or rise by more than the level it reached (increments)."""

    signed_cues: tuple[str, ...] = field(
        default=(),
        metadata={
            "vocabulary": "signed_levels",
            "doc": "words of a level that may be negative (亏损, 逆差, 赤字, 利润, 净 …): before a figure in its clause, they leave it unchecked",
        },
    )


def signed_level(rule: Rule[Signed], ctx: DocumentContext, figure: Figure) -> bool:
    """Whether a figure is of a level that may be negative: a word of the rule's signed_cues (the
    vocabulary's signed_levels) before it in its clause."""
    signed = _cues(rule.params.words("signed_cues", ctx.vocabulary))
    return bool(signed.search(ctx.text, ctx.clause(figure.start)[0], figure.start))


def interval(figure: Figure, rule: Rule[Tolerant], unit: str | None = None) -> Interval:
    """The figure's interval, converted to `unit` when given."""
    tolerance = rule.params.approx_tolerance
    result = of_figure(figure, tolerance)
    if unit and unit != figure.unit:
        result = result.scale(factor(figure.unit, unit))
    return result


def is_level(figure: Figure) -> bool:
    """A level (an amount or a count), not a rate, a share or a multiple."""
    return figure.kind in (Kind.AMOUNT, Kind.COUNT)


def is_percent(figure: Figure) -> bool:
    return figure.kind is Kind.PERCENT


def plan_role(
    ctx: DocumentContext, figure: Figure, plan_cues: tuple[str, ...] = (), actual_cues: tuple[str, ...] = ()
) -> PlanRole:
    """Whether a figure is named a plan or what was done against one: its claim's role, read with the
    vocabulary's plan_words and actuals. A rule whose file gives its own cue words (plan_cues = [...],
    the raw parameter, empty when it gives none) reads the same words before the figure with those."""
    if not plan_cues and not actual_cues:
        return ctx.claim(figure).plan_role
    plan = _cues(plan_cues or ctx.vocabulary.words("plan_words"))
    actual = _cues(actual_cues or ctx.vocabulary.words("actuals"))
    return claims.plan_role_named_by(ctx.fragment(figure), plan, actual)


@functools.cache
def _cues(words: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile(alternation(words))


def ends_with_any(text: str, words: Iterable[str]) -> str | None:
    """The longest of `words` that `text` ends with, or None."""
    best = None
    for word in words:
        if text.endswith(word) and (best is None or len(word) > len(best)):
            best = word
    return best


def strip_tail(text: str, words: Iterable[str]) -> str:
    """`text` without any run of `words` at its end (为, 达到, 的 …)."""
    pattern = _tail(tuple(words))
    return pattern.sub("", text) if pattern else text


@functools.cache
def _tail(words: tuple[str, ...]) -> re.Pattern[str] | None:
    """A run of `words` at the end of a text, compiled once per word list (strip_tail runs for every figure)."""
    pattern = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    return re.compile(f"(?:{pattern})+$") if pattern else None


def span(figure: Figure) -> Span:
    return Span.of(figure)


def show(value: Decimal, places: int = 2) -> str:
    """A computed value for a message: rounded, without exponent or idle zeros."""
    rounded = value.quantize(Decimal(1).scaleb(-places))
    text = f"{rounded:f}"
    return text.rstrip("0").rstrip(".") if "." in text else text


def show_interval(value: Interval, like: Figure, places: int = 2) -> str:
    """An interval in the scale and unit a figure is written in: [359.5亿元, 360.5亿元]."""
    scale = like.scale if like.multiplier else Decimal(1)
    return value.scale(1 / scale).format(places, like.written_unit)


def power_of_ten_apart(a: Decimal, b: Decimal) -> int:
    """The power of ten (not 0) two positive quantities are apart by, within a factor of 2 of it,
    or 0: 13.1万 against 12.5亿 is 10⁻⁴ apart, the mark of 万 written for 亿."""
    if a <= 0 or b <= 0:
        return 0
    exponent = float((a / b).log10())
    nearest = round(exponent)
    return nearest if nearest and abs(exponent - nearest) <= 0.3 else 0


def scale_slip_note(power: int) -> str:
    """What a computation adds when its figures are a power of ten off (see power_of_ten_apart)."""
    return f"; 10^{power} apart: a slip of scale (万/亿, a decimal point)?" if power else ""


WITHIN_ROUNDING = "; holds only within the rounding of its figures"


def agrees_at_its_digits(value: Decimal, stated: Decimal, decimals: int) -> bool:
    """Whether a value computed from the figures as written rounds to the stated one at its digits
    (a check that passes only through the figures' rounding says so: WITHIN_ROUNDING)."""
    try:
        return value.quantize(Decimal(1).scaleb(-decimals)) == stated
    except InvalidOperation:
        return True  # beyond what can be said by rounding: say nothing
