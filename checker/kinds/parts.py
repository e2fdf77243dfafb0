"""parts: parts against their whole.

Three relations, one per rule (`relation`):

- `subset`: the parts after 其中 are each no larger than the whole stated
  before it, and together no more than it (签约项目91个……其中10亿元以上项目
  17个、亿元以上项目37个). With `check_sum = false` only each part is checked,
  for categories that may overlap. claims.py attaches the parts: 其中 opening
  its stretch after a semicolon takes the whole before it; a part may count the
  noun of its whole in that noun's measure word (12个项目…其中1项, compared as
  counted); a level with the rest added (…1.5万户，加上…等，…4.5万户) is a part
  of what the addition comes to.
- `exhaustive`: parts that exhaust a whole sum to it (受理132件，已办结120件、
  正在办理12件). The whole is named by a cue (受理, 交办, 共 …) and each part
  by a status (已, 正在, 尚未 …), or the whole closes the list (…，共30个).
- `structure`: a structure ratio (三次产业结构为5.1:40.3:54.6) sums to 100.
- `composition`: a whole the lexicon defines as the sum of its parts
  (地区生产总值 = 第一、二、三产业增加值; 一般公共预算收入 = 税收收入 + 非税收入)
  against the parts, when the paragraph (or else the section) states all of them.

Parts and whole must share a unit dimension; a figure that describes a
category (10亿元以上项目) is not a part of a count.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Literal

from checker.context import DocumentContext
from checker.intervals import Interval
from checker.kinds.common import Tolerant, interval, is_level, same_dimension, show, show_interval, span
from checker.model import Check, Figure, Kind, Measure, Rule, Span

NAME = "parts"


@dataclass(frozen=True)
class Params(Tolerant):
    """The parameters of a rule of kind parts (see `indicheck kinds parts`)."""

    relation: Literal["subset", "exhaustive", "structure", "composition"] = field(
        default="subset",
        metadata={
            "doc": "subset: parts after 其中 within their whole; exhaustive: parts that exhaust a whole sum to it; structure: a:b:c sums to 100; composition: a whole the lexicon defines as the sum of its parts"
        },
    )
    check_sum: bool = field(
        default=True, metadata={"doc": "subset: check the parts' sum (true) or each part alone (false)"}
    )
    whole_cues: tuple[str, ...] = field(
        default=(),
        metadata={
            "vocabulary": "exhausted_wholes",
            "doc": "exhaustive: words that name a whole that its parts exhaust (受理, 交办 …)",
        },
    )
    total_cues: tuple[str, ...] = field(
        default=(),
        metadata={"vocabulary": "totals", "doc": "exhaustive: words that close a list with its total (共, 合计 …)"},
    )
    status_cues: tuple[str, ...] = field(
        default=(),
        metadata={
            "vocabulary": "part_statuses",
            "doc": "exhaustive: words that give each part a status (已, 正在, 尚未 …)",
        },
    )
    structure_cues: tuple[str, ...] = field(
        default=(),
        metadata={
            "vocabulary": "structure_words",
            "doc": "structure: words of the clause that make a:b:c a structure (结构)",
        },
    )


PLACEHOLDERS = ("whole", "parts", "sum", "part")
DEFAULT_WINDOW = "sentence"

# Possessive and anchored at the start of a run of digits: linear on a run of any length.
STRUCTURE = re.compile(r"(?<!\d)(\d++(?:\.\d++)?+)(?:\s*+[:：∶]\s*+(\d++(?:\.\d++)?+)){2,}")
NUMBER = re.compile(r"\d+(?:\.\d+)?")


def check(rule: Rule[Params], ctx: DocumentContext) -> Iterator[Check]:
    relation = rule.params.relation
    if relation == "structure":
        yield from _structures(rule, ctx)
    elif relation == "composition":
        yield from _compositions(rule, ctx)
    elif relation == "subset":
        yield from _subsets(rule, ctx)
    else:
        for figures in ctx.windows("sentence", lambda figure: ctx.claim(figure).measure is Measure.LEVEL):
            yield from _exhaustive(rule, ctx, figures)


def _subsets(rule: Rule[Params], ctx: DocumentContext) -> Iterator[Check]:
    """The parts that 其中 attaches to each whole (claims.py decides which, once for every kind)."""
    parts: dict[Figure, list[Figure]] = {}
    for claim in ctx.claims:
        if claim.whole is not None:
            parts.setdefault(claim.whole, []).append(claim.figure)
    for whole, found in parts.items():
        yield from _subset_checks(rule, whole, found)


def _subset_checks(rule: Rule[Params], whole: Figure, parts: list[Figure]) -> Iterator[Check]:
    bound = interval(whole, rule)
    for part in parts if not rule.params.check_sum else ():
        # A part in another measure word counts the noun of its whole (12个项目，其中1项): as it is.
        value = interval(part, rule, unit=whole.unit if same_dimension(part, whole) else None)
        passed = value.low <= bound.high
        yield Check(
            span(part),
            (span(whole),),
            passed,
            f"{part.text} ≤ {whole.text}",
            {"part": part.text, "whole": whole.text, "parts": part.text, "sum": part.text},
        )
    if rule.params.check_sum and len(parts) > 1:
        total = _sum(rule, parts, whole)
        texts = " + ".join(p.text for p in parts)
        shown = show_interval(total, whole)
        passed = total.low <= bound.high
        yield Check(
            span(parts[-1]),
            (span(whole), *map(span, parts[:-1])),
            passed,
            f"{texts} ∈ {shown} ≤ {whole.text}",
            {"whole": whole.text, "parts": texts, "sum": shown, "part": parts[-1].text},
        )


def _sum(rule: Rule[Params], parts: list[Figure], whole: Figure) -> Interval:
    """The parts added up in the whole's unit; a part in another measure word, which counts the
    whole's noun (12个项目，其中1项), as it is."""
    total = Interval.point(0)
    for part in parts:
        total = total + interval(part, rule, unit=whole.unit if same_dimension(part, whole) else None)
    return total


def _exhaustive(rule: Rule[Params], ctx: DocumentContext, figures: list[Figure]) -> Iterator[Check]:
    """Wholes their parts exhaust, in a window of levels: a whole named by its cue and the parts
    with a status after it (受理132件，已办结120件、正在办理12件), or a total that closes the list
    of its parts (…，合计9.80万人)."""
    for i, whole in enumerate(figures):
        fragment = ctx.fragment(whole)
        if any(cue in fragment for cue in rule.params.words("whole_cues", ctx.vocabulary)):
            parts = _parts_with_status(rule, ctx, whole, figures[i + 1 :])
        elif _total_cue(rule, ctx, fragment) and i >= 2:
            parts = _parts_before_total(ctx, whole, figures[:i])
        else:
            continue
        if len(parts) >= 2:
            yield _sum_check(rule, whole, parts)


def _parts_with_status(rule: Rule[Params], ctx: DocumentContext, whole: Figure, after: list[Figure]) -> list[Figure]:
    """The figures after a whole in its unit that a status word opens (已办结, 正在办理), up to the
    first of its unit that none opens."""
    parts = []
    for part in after:
        if part.unit != whole.unit:
            continue
        if not any(cue in ctx.fragment(part) for cue in rule.params.words("status_cues", ctx.vocabulary)):
            break
        parts.append(part)
    return parts


def _parts_before_total(ctx: DocumentContext, whole: Figure, before: list[Figure]) -> list[Figure]:
    """The parts a total closes (…5.62万人、3.21万人和1.37万人，合计9.80万人; 其中A11.8亿元、B8.6亿元，
    两项合计19.4亿元): the levels right before it in its unit, joined by list separators, back to
    a 其中 (the whole before it is no part), as many as a count right before the total word (两项)
    says when there is one."""
    count = None
    if before[-1].kind is Kind.COUNT and before[-1].unit != whole.unit and not ctx.fragment(before[-1]).strip("，,、 "):
        count, before = before[-1], before[:-1]
    parts: list[Figure] = []
    separator = ctx.vocabulary.regex(r"[^，,；;。\d]{0,12}(?:[、，,]|{item_joins})[^，,；;。\d]{0,12}|")
    for part in reversed(before):
        between = ctx.text[part.end : (parts[0] if parts else count or whole).start]
        if part.unit != whole.unit or not separator.fullmatch(between):
            break
        parts.insert(0, part)
        if ctx.vocabulary.pattern("part_of").search(ctx.fragment(part)):
            break
    if count is not None:
        parts = parts[-int(count.value) :] if len(parts) >= count.value else []
    return parts


def _total_cue(rule: Rule[Params], ctx: DocumentContext, fragment: str) -> bool:
    """Whether 合计, 共计 … open the words before a figure (，合计9.80万人)."""
    return any(fragment.lstrip("，,、").startswith(cue) for cue in rule.params.words("total_cues", ctx.vocabulary))


def _sum_check(rule: Rule[Params], whole: Figure, parts: list[Figure]) -> Check:
    total = _sum(rule, parts, whole)
    stated = interval(whole, rule)
    texts = " + ".join(p.text for p in parts)
    shown = show_interval(total, whole)
    return Check(
        span(whole),
        tuple(map(span, parts)),
        total.meets(stated),
        f"{texts} ∈ {shown}; stated {whole.text}",
        {"whole": whole.text, "parts": texts, "sum": shown, "part": parts[0].text},
    )


def _structures(rule: Rule[Params], ctx: DocumentContext) -> Iterator[Check]:
    cues = rule.params.words("structure_cues", ctx.vocabulary)
    for match in STRUCTURE.finditer(ctx.text, 0, ctx.body_end):
        # The cue anywhere in the clause: 三次产业结构由8.6∶37.2∶54.2调整为8.3∶36.9∶55.9 states two.
        before = ctx.text[ctx.clause(match.start())[0] : match.start()]
        if not any(cue in before for cue in cues):
            continue
        numbers = [(m.start(), m.end(), m.group()) for m in NUMBER.finditer(match.group())]
        total = Interval.point(0)
        for _, _, digits in numbers:
            decimals = len(digits.partition(".")[2])
            half = Decimal(5).scaleb(-decimals - 1)
            total = total + Interval(Decimal(digits) - half, Decimal(digits) + half)
        primary = Span(match.start(), match.end(), match.group())
        shown = total.format(2)
        yield Check(
            primary,
            (),
            total.contains(Decimal(100)),
            f"{' + '.join(d for _, _, d in numbers)} ∈ {shown}; stated 100",
            {"whole": "100", "parts": match.group(), "sum": show(sum((Decimal(d) for *_, d in numbers), Decimal(0)))},
        )


def _compositions(rule: Rule[Params], ctx: DocumentContext) -> Iterator[Check]:
    """Wholes against their parts by definition, all stated in one paragraph or section."""
    levels: dict[str, list[Figure]] = {}
    for figure in ctx.figures:
        if not ctx.in_body(figure.start) or not is_level(figure) or ctx.other_year(figure) or ctx.in_list(figure):
            continue
        indicator = ctx.indicator(figure)
        if indicator is not None:
            levels.setdefault(indicator.name, []).append(figure)
    for composition in ctx.lexicon.compositions:
        for whole in levels.get(composition.whole, []):
            period = ctx.period(whole.start)
            paragraph = ctx.paragraph(whole.start)
            parts = []
            for name in composition.parts:
                same = [
                    f for f in levels.get(name, []) if ctx.period(f.start).same(period) and same_dimension(f, whole)
                ]
                here = [f for f in same if paragraph[0] <= f.start < paragraph[1]]
                chosen = here or same
                if not chosen:
                    break
                parts.append(min(chosen, key=lambda f: abs(f.start - whole.start)))
            else:
                yield _sum_check(rule, whole, parts)
