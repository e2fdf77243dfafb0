"""counts: a count of discrete things is a whole number.

A figure in a measure word that counts things (家, 个, 项, 件, 所, 座: the
count group of data/units_zh.txt) written without a multiplier (万, 亿) and
with a fractional part (18.6家, 2.5项) cannot count anything: a decimal point
slipped in. No measure word of the units file takes a fraction as a count; a
fraction is right only for a figure per thing or per person, which its claim
says (an average or a per-unit amount, checker/claims.py): the text says it in
one of two ways, and either passes:

- a per-unit or average word before it (平均每户2.5人, 户均1.2套), anywhere in its
  clause, however many figures come between (每千人口拥有3岁以下托位数4.5个: the
  3岁 splits the fragment);
- a population written as a denominator precedes it in its clause: a scale word
  and a measure word with no digit before them (千人口床位数7.6张, 百户, 万人).

A rule whose file gives its own words (per_unit_cues, average_cues,
denominator_scales) reads them the same way, besides the claim's reading.

Severity: a warning, not an error: a per-capita indicator named in words this
reading does not know would explain the fraction.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field

from checker import claims, model
from checker.context import DocumentContext
from checker.kinds.common import span
from checker.model import Check, Claim, Figure, Kind, Measure, Rule
from checker.vocabulary import alternation

NAME = "counts"


@dataclass(frozen=True)
class Params(model.Params):
    """The parameters of a rule of kind counts (see `indicheck kinds counts`)."""

    per_unit_cues: tuple[str, ...] = field(
        default=(),
        metadata={
            "vocabulary": "per_unit",
            "doc": "words before a figure in its clause that make it one per person or thing (每, 人均, 户均 …)",
        },
    )
    average_cues: tuple[str, ...] = field(
        default=(),
        metadata={
            "vocabulary": "average",
            "doc": "words before a figure in its clause that make it a mean (平均, 年均)",
        },
    )
    denominator_scales: tuple[str, ...] = field(
        default=(),
        metadata={
            "vocabulary": "denominator_scales",
            "doc": "scale words that, with a measure word and no digit before them, name a population a figure is per (千人口, 百户, 万人)",
        },
    )


PLACEHOLDERS = ("stated", "unit")
DEFAULT_SCOPE = "clause"

PER_CLAIM = (Measure.AVERAGE, Measure.PER_UNIT)


def check(rule: Rule[Params], ctx: DocumentContext) -> Iterator[Check]:
    own_words = _own_words(rule, ctx)
    for claim in ctx.claims:
        figure = claim.figure
        if figure.kind is not Kind.COUNT or figure.multiplier or not ctx.in_body(figure.start):
            continue
        if claim.measure in PER_CLAIM or _whole(figure):
            continue  # a whole count verifies nothing: it does not count as a figure checked
        if own_words is not None and _per_own_words(ctx, claim, *own_words):
            continue
        yield Check(
            span(figure),
            (),
            False,
            f"{figure.text}: a count in {figure.unit} has a fractional part",
            {"stated": figure.text, "unit": figure.unit},
        )


def _own_words(rule: Rule[Params], ctx: DocumentContext) -> tuple[re.Pattern[str], re.Pattern[str]] | None:
    """The per-unit and denominator patterns of a rule whose file gives its own words (per_unit_cues,
    average_cues, denominator_scales), or None: the claims read the vocabulary's, once for every kind."""
    params = rule.params
    if not (params.per_unit_cues or params.average_cues or params.denominator_scales):
        return None
    vocabulary = ctx.vocabulary
    per = re.compile(alternation(params.words("per_unit_cues", vocabulary) + params.words("average_cues", vocabulary)))
    return per, claims.denominator_pattern(params.words("denominator_scales", vocabulary))


def _per_own_words(ctx: DocumentContext, claim: Claim, per: re.Pattern[str], denominator: re.Pattern[str]) -> bool:
    """Whether a rule's own words make a count per person or thing, read as the claims read the
    vocabulary's: in its clause before it (an increment: in its sentence)."""
    figure = claim.figure
    start = figure.sentence[0] if claim.measure is Measure.INCREMENT else ctx.clause(figure.start)[0]
    return claims.names_population(ctx.text[start : figure.start], per, denominator)


def _whole(figure: Figure) -> bool:
    """Whether a count is written whole (and its range's upper end too): tested before any reading
    of its clause, since nearly every count is whole."""
    return figure.value == figure.value.to_integral_value() and (
        figure.upper is None or figure.upper == figure.upper.to_integral_value()
    )
