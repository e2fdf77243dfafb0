"""Figures → claims: what each figure states, read once for every rule kind.

A figure alone is a number and a unit. What a rule needs is what the figure
*says*: 1500亿元 after 比上年增加 is an increment, not the deficit; 2040亿元
after 年均 is a mean, so a single year may exceed it; 40元 in 由40元提高到80元
is where a change started. Reading that once, here, from the vocabulary's
word lists, means every kind compares like with like and no kind re-derives
it with cue words of its own.

Parts are attached here too. 其中 attaches the figures of its own clause to
the nearest level before it, in the same sentence and the same stretch
between semicolons, whose unit they share: a later clause (，新增高速公路
2600公里) may have a subject and a verb of its own, so it is never read as a
part. That is the smallest reading of the list, and the one every other
reading contains: a part that exceeds its whole there exceeds it in all.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Decimal
from functools import cache
from typing import TYPE_CHECKING

from checker.model import Claim, Figure, Kind, Measure
from checker.vocabulary import Vocabulary

if TYPE_CHECKING:
    from checker.context import DocumentContext

LEVELS = (Kind.AMOUNT, Kind.COUNT)


@dataclass(frozen=True)
class _Patterns:
    """The vocabulary's lists as the patterns claims are read with."""

    category: re.Pattern[str]
    average: re.Pattern[str]
    per_unit: re.Pattern[str]
    from_level: re.Pattern[str]
    to_level: re.Pattern[str]
    increment: re.Pattern[str]
    growth: re.Pattern[str]
    decline: re.Pattern[str]
    part_of: re.Pattern[str]
    total: re.Pattern[str]
    durations: frozenset[str]


@cache
def _patterns(vocabulary: Vocabulary) -> _Patterns:
    words = vocabulary.alternation
    change = words("change_up", "change_down")
    return _Patterns(
        category=re.compile(rf"^{words('category_bounds')}[^\s，。；、,;]"),
        average=re.compile(words("average")),
        per_unit=re.compile(words("per_unit")),
        from_level=re.compile(words("from_level")),
        to_level=re.compile(rf"^(?:{change}|{words('change_short')})?{words('hedges')}*{words('reaches')}$"),
        increment=re.compile(rf"{change}{words('hedges')}*$"),
        # A rate after a verb of change or a change noun is a growth (增长7%, 增速为7%).
        growth=re.compile(rf"(?:{change}|{words('change_nouns')})(?:{words('hedges')}|{words('reaches')})*$"),
        decline=re.compile(rf"{words('change_down')}(?:{words('hedges')}|{words('reaches')})*$"),
        part_of=re.compile(words("part_of")),
        total=re.compile(words("running_total")),
        durations=frozenset(vocabulary.words("duration_units")),
    )


def read_claims(ctx: DocumentContext, vocabulary: Vocabulary) -> tuple[Claim, ...]:
    """One claim per figure of the document, in the figures' order."""
    patterns = _patterns(vocabulary)
    heads = [ctx.list_head(figure) for figure in ctx.figures]
    measures = [_measure(ctx, patterns, i, head) for i, head in enumerate(heads)]
    wholes = dict(_parts(ctx, patterns, measures))
    return tuple(
        Claim(figure, ctx.subject(figure), measures[i], _signed(ctx, patterns, figure, heads[i]),
              ctx.other_year(figure), wholes.get(i), _total(ctx, patterns, heads[i]))
        for i, figure in enumerate(ctx.figures)
    )  # fmt: skip


def _measure(ctx: DocumentContext, patterns: _Patterns, index: int, head: Figure) -> Measure:
    figure = ctx.figures[index]
    if figure.kind is Kind.MULTIPLE:
        return Measure.GROWTH
    fragment = ctx.fragment(head)
    if figure.kind not in LEVELS:
        return Measure.GROWTH if patterns.growth.search(fragment) else Measure.RATE
    if figure.unit in patterns.durations:
        return Measure.DURATION
    if patterns.category.match(ctx.text[figure.end : figure.end + 4]):
        return Measure.CATEGORY
    if patterns.per_unit.search(fragment):
        return Measure.PER_UNIT
    if patterns.average.search(fragment):
        return Measure.AVERAGE
    following = ctx.figures[index + 1] if index + 1 < len(ctx.figures) else None
    if (
        patterns.from_level.search(fragment)
        and following is not None
        and patterns.to_level.match(ctx.text[figure.end : following.start])
    ):
        return Measure.BASE
    if patterns.increment.search(fragment):
        return Measure.INCREMENT
    return Measure.LEVEL


def _total(ctx: DocumentContext, patterns: _Patterns, head: Figure) -> bool:
    """A count after 达, 共有, 总数 … counts what exists, not what the period added."""
    return head.kind is Kind.COUNT and bool(patterns.total.search(ctx.fragment(head)))


def _signed(ctx: DocumentContext, patterns: _Patterns, figure: Figure, head: Figure) -> Decimal:
    """A rate stated as a fall (下降3%) is a negative growth; any other figure keeps its value."""
    if figure.kind in (Kind.PERCENT, Kind.PERCENTAGE_POINT) and patterns.decline.search(ctx.fragment(head)):
        return -figure.value
    return figure.value


def _parts(ctx: DocumentContext, patterns: _Patterns, measures: list[Measure]) -> Iterator[tuple[int, Figure]]:
    """(index of a part, its whole) for every figure that 其中 makes a part of a level before it."""
    text = ctx.text
    for cue in patterns.part_of.finditer(text, 0, ctx.body_end):
        _, clause_end = ctx.clause(cue.end())
        if not text[cue.end() : clause_end].strip():
            clause_end = ctx.clause(clause_end + 1)[1]  # 其中，第一产业…: the parts follow the mark
        parts = [i for i in ctx.figure_indices(cue.end(), clause_end) if measures[i] is Measure.LEVEL]
        segment_start = ctx.segment(cue.start())[0]
        candidates = [i for i in ctx.figure_indices(segment_start, cue.start()) if measures[i] is Measure.LEVEL]
        for whole in reversed(candidates if parts else []):
            same_unit = [i for i in parts if ctx.figures[i].unit == ctx.figures[whole].unit]
            yield from ((i, ctx.figures[whole]) for i in same_unit)
            if same_unit:
                break
