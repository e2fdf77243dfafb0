"""growth: a stated growth or decline against the levels stated with it.

Two writings are checked: from one level to another (由上年的52.3亿元增加到
56.1亿元，增长7.3%), and a level with its increment (达到4.5万吨，比上年增加
0.5万吨，增长12.5%). A decline (下降, 减少, 降低 …) is a negative growth. When
both levels are percentages and the change is in 百分点, the change is their
difference. 分别 lists are matched in order (分别由A和B增加到C和D，分别增长
x%和y%). A growth rate stated without the levels it links is not checked.

A rule of relation `direction` reads the change's verb instead: the level a
rise reached (由A提高到B) lies above the one it started from, the level a fall
reached below, within the rounding of both; 达到 names no direction, and a
negative figure is not read. A rule of relation `last_year` reads a growth
right after a level against last year's level of the same budget line the
report's review states (increments.last_years_level).
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Literal

from checker.context import DocumentContext
from checker.intervals import Interval
from checker.kinds.common import (
    WITHIN_ROUNDING,
    Tolerant,
    agrees_at_its_digits,
    interval,
    is_level,
    power_of_ten_apart,
    same_dimension,
    scale_slip_note,
    show_interval,
    span,
)
from checker.kinds.increments import last_years_level
from checker.model import Check, Figure, Kind, Measure, Rule
from checker.vocabulary import Vocabulary

NAME = "growth"


@dataclass(frozen=True)
class Params(Tolerant):
    """The parameters of a rule of kind growth (see `indicheck kinds growth`)."""

    from_cues: tuple[str, ...] = field(
        default=(), metadata={"vocabulary": "from_level", "doc": "words that open the earlier level (由, 从)"}
    )
    to_cues: tuple[str, ...] = field(
        default=(),
        metadata={"vocabulary": "growth_to", "doc": "words that open the later level (增加到, 降至 …)"},
    )
    up_cues: tuple[str, ...] = field(
        default=(),
        metadata={"vocabulary": "growth_up", "doc": "words of a rise before a rate or an increment"},
    )
    down_cues: tuple[str, ...] = field(
        default=(),
        metadata={"vocabulary": "growth_down", "doc": "words of a fall before a rate or an increment"},
    )
    relation: Literal["rate", "direction", "last_year"] = field(
        default="rate",
        metadata={
            "doc": "rate: a stated growth against the levels it links; direction: a level reached after a verb of rise (fall) against the level it started from; last_year: a level's growth against last year's level of the same thing stated in the report"
        },
    )


PLACEHOLDERS = ("stated", "computed", "previous", "current", "direction")
DEFAULT_WINDOW = "sentence"
WINDOWS_HONOURED = ("clause", "sentence", "paragraph", "document")  # it reads its figures in the window of any

# A 分别 list going on, the words between a cue and its figure, and the base a rate is
# measured against (比上年, 比2020年): from the vocabulary.
LIST_LINK = r"^{list_joins}$"
LIST_LINK_CUED = r"^{list_joins}(?P<rest>.+)$"
FILLER = r"{growth_fillers}+$"
BASE = r"(?:{compared_with}|{compared_with_year}\d{4}年)"
LAST_YEAR = r"(?:{last_year}|{compared_with_year}\d{4}年).*(?:{possessive}|{reaches})$"


def check(rule: Rule[Params], ctx: DocumentContext) -> Iterator[Check]:
    if rule.params.relation == "last_year":
        yield from _against_last_year(rule, ctx)
        return
    relation = _directions if rule.params.relation == "direction" else _sentence
    for figures in ctx.windows(rule.window):
        if len(figures) >= 2:
            yield from relation(rule, ctx, figures)


def _role(rule: Rule[Params], ctx: DocumentContext, figure: Figure, previous: str | None) -> tuple[str, int] | None:
    """(role, sign) of a figure from the words before it: prev, now, last, rate, increment, yearly or
    multiple; sign 0 when it goes on the list of the role before it, None when it plays no part."""
    if previous is not None and _goes_on_list(rule, ctx, figure, previous):
        return previous, 0
    fragment = ctx.fragment(figure)
    vocabulary = ctx.vocabulary
    # 增加到2025年的20480元: the year the level is of stands between the cue and it.
    words = vocabulary.regex(YEAR_AT_END).sub("", vocabulary.regex(FILLER).sub("", fragment))
    if is_level(figure) or (figure.kind is Kind.PERCENT and not _rate_cue(rule, vocabulary, words)):
        level = _level_role(rule, ctx, figure, fragment, words)
        if level is not None:
            return level, 1
    return _change_role(rule, ctx, figure, fragment, words)


def _goes_on_list(rule: Rule[Params], ctx: DocumentContext, figure: Figure, previous: str) -> bool:
    """Whether a figure is one more item of the list the figures before it opened (分别为A、B): a
    list join alone before it, or a join and a change of the items' own kind."""
    if ctx.vocabulary.regex(LIST_LINK).match(ctx.fragment(figure)):
        return True  # a 分别 list goes on
    # 分别增加0.31万人和减少0.12万人: the list goes on, this item its own way (an increment after
    # increments, a rate after rates; 增加348亿元、增长4.9% is a rate after an increment).
    same_kind = is_level(figure) if previous == "increment" else figure.kind in (Kind.PERCENT, Kind.PERCENTAGE_POINT)
    return previous in ("increment", "rate") and same_kind and bool(_own_sign(rule, ctx, figure))


def _level_role(rule: Rule[Params], ctx: DocumentContext, figure: Figure, fragment: str, words: str) -> str | None:
    """Which level of a change a level is: the earlier one after 由/从 (prev), last year's as the
    base of the rate after it (last), the later one after 增加到 … (now); None for none of them."""
    if re.search("(?:" + "|".join(rule.params.words("from_cues", ctx.vocabulary)) + r")[^，；。]{0,12}$", fragment):
        return "prev"
    # 上年为186.9亿元, 比上年的1653万人次: last year's level, the base of the rate after it.
    claim = ctx.claim(figure)
    if (
        claim.measure in (Measure.LEVEL, Measure.RATE)
        and claim.other_time
        and ctx.vocabulary.regex(LAST_YEAR).search(fragment)
    ):
        return "last"
    if any(words.endswith(cue) for cue in rule.params.words("to_cues", ctx.vocabulary)):
        return "now"
    return None


def _change_role(
    rule: Rule[Params], ctx: DocumentContext, figure: Figure, fragment: str, words: str
) -> tuple[str, int] | None:
    """(role, sign) of a figure after a verb of rise or fall: a rate, an increment, a yearly
    average rate or a multiple of the change the levels before it make; None when it is none of
    these or the change is another indicator's."""
    vocabulary = ctx.vocabulary
    sign = _rate_cue(rule, vocabulary, words)
    if not sign:
        return None
    if vocabulary.pattern("average").search(fragment):
        # 年均增长7.1%: a yearly average over several years, not the change between the levels
        return ("yearly", sign) if figure.kind is Kind.PERCENT else None
    if figure.kind is Kind.MULTIPLE and sign > 0 and not _new_subject(rule, vocabulary, words):
        return "multiple", sign  # 增长2倍: the levels' ratio is 3, or 2 as the phrase is often used
    if figure.kind in (Kind.PERCENT, Kind.PERCENTAGE_POINT):
        if _new_subject(rule, vocabulary, words):
            return None  # PM2.5浓度同比下降8.4%: the rate of another indicator
        return "rate", sign
    if is_level(figure) and vocabulary.regex(BASE).search(fragment):
        return "increment", sign
    return None


def _new_subject(rule: Rule[Params], vocabulary: Vocabulary, words: str) -> bool:
    """Whether words name an indicator of their own before the cue (PM2.5浓度 in PM2.5浓度同比下降)."""
    cues = sorted(
        (*rule.params.words("up_cues", vocabulary), *rule.params.words("down_cues", vocabulary)), key=len, reverse=True
    )
    rest = re.sub("(?:" + "|".join(map(re.escape, cues)) + ")$", "", words)
    rest = vocabulary.regex(BASE).sub("", vocabulary.regex(FILLER).sub("", rest))
    rest = vocabulary.regex("[，,]?{price_basis}[，,]?").sub("", rest)  # 按现价计算: how, not what
    return re.search(r"[\u4e00-\u9fffA-Za-z]", rest) is not None


def _rate_cue(rule: Rule[Params], vocabulary: Vocabulary, words: str) -> int:
    for cue in sorted(rule.params.words("down_cues", vocabulary), key=len, reverse=True):
        if words.endswith(cue):
            return -1
    for cue in sorted(rule.params.words("up_cues", vocabulary), key=len, reverse=True):
        if words.endswith(cue):
            return 1
    return 0


Group = tuple[str, int, list[Figure]]  # a role, its sign and the consecutive figures that play it


def _sentence(rule: Rule[Params], ctx: DocumentContext, figures: list[Figure]) -> Iterator[Check]:
    """The growths a window's figures state: each rate, yearly rate or multiple against the levels
    the groups before it give."""
    groups = _groups(rule, ctx, figures)
    for i, (role, sign, rates) in enumerate(groups):
        if role == "yearly":
            yield from _yearly(rule, ctx, groups[:i], rates, sign)
        elif role == "multiple":
            yield from _multiple(rule, groups[:i], rates)
        elif role == "rate":
            yield from _rate(rule, ctx, groups[:i], rates, sign)


def _directions(rule: Rule[Params], ctx: DocumentContext, figures: list[Figure]) -> Iterator[Check]:
    """由A提高到B, 从A下降至B (分别由A和B提高到C和D, in order): the level a verb of rise reached lies
    above the one it started from, the level a fall reached below, whether or not a rate is stated.
    A word of arrival that says no direction (达到) says nothing, and a negative figure (a balance
    that may change sign) is left alone."""
    groups = _groups(rule, ctx, figures)
    for (role, _, earlier), (next_role, _, later) in itertools.pairwise(groups):
        if (role, next_role) != ("prev", "now") or len(earlier) != len(later):
            continue
        sign, cue = _arrival(rule, ctx, later[0])
        if not sign:
            continue
        for first, second in zip(earlier, later, strict=True):
            if same_dimension(first, second) and first.value >= 0 and second.value >= 0:
                yield _direction_check(rule, first, second, sign, cue)


def _against_last_year(rule: Rule[Params], ctx: DocumentContext) -> Iterator[Check]:
    """今年中央财政科技投入1461亿元，增长25.6%: a growth with no subject of its own right after a level
    (or after the level's increment) is the level over last year's level of the same thing, when the
    report states that once (increments.last_years_level: 中央财政科技投入1163亿元 in the review). A
    growth in real terms, or of an indicator at constant prices, is not one of nominal levels."""
    figures = ctx.figures
    for i, rate in enumerate(figures):
        claim = ctx.claim(rate)
        if rate.kind is not Kind.PERCENT or claim.measure is not Measure.GROWTH or i == 0:
            continue
        if claim.subject or ctx.in_list(rate) or not ctx.in_body(rate.start) or ctx.other_year(rate):
            continue
        if ctx.vocabulary.pattern("average", "real_terms").search(ctx.fragment(rate)):
            continue
        j = i - 2 if ctx.claim(figures[i - 1]).measure is Measure.INCREMENT and i > 1 else i - 1
        level = figures[j]
        indicator = ctx.indicator(level)
        if ctx.stretch(level.start) != ctx.stretch(rate.start) or (
            indicator is not None and indicator.prices == "constant"
        ):
            continue
        before = last_years_level(ctx, level) if ctx.claim(level).measure is Measure.LEVEL else None
        if before is not None and same_dimension(before, level):
            check = _check(rule, before, level, rate, 1 if claim.value >= 0 else -1, "levels")
            if check is not None:
                yield check


def _arrival(rule: Rule[Params], ctx: DocumentContext, figure: Figure) -> tuple[int, str]:
    """(+1, the cue) after a word of arrival that is a verb of rise (提高到, 增至), (−1, the cue) after one
    of a fall (下降到, 降至), (0, the cue) after one that names no direction (达到)."""
    words = ctx.vocabulary.regex(YEAR_AT_END).sub("", ctx.vocabulary.regex(FILLER).sub("", ctx.fragment(figure)))
    cues = sorted(rule.params.words("to_cues", ctx.vocabulary), key=len, reverse=True)
    cue = next((c for c in cues if words.endswith(c)), "")
    if any(cue.startswith(down) for down in rule.params.words("down_cues", ctx.vocabulary)):
        return -1, cue
    if any(cue.startswith(up) for up in rule.params.words("up_cues", ctx.vocabulary)):
        return 1, cue
    return 0, cue


def _direction_check(rule: Rule[Params], first: Figure, second: Figure, sign: int, cue: str) -> Check:
    """The later level against the earlier one: a rise fails only when every value the rounding of
    both allows has the later level at or below the earlier one (a fall, at or above)."""
    a, b = interval(first, rule, unit=second.unit), interval(second, rule)
    passed = b.high > a.low if sign > 0 else b.low < a.high
    relation = ">" if sign > 0 else "<"
    computation = (
        f"{second.text} {relation} {first.text}: {show_interval(b, second)} against {show_interval(a, second)}"
    )
    return Check(
        span(second),
        (span(first),),
        passed,
        computation,
        {
            "stated": second.text,
            "computed": f"{relation} {first.text}",
            "previous": first.text,
            "current": second.text,
            "direction": cue,
        },
    )


def _groups(rule: Rule[Params], ctx: DocumentContext, figures: list[Figure]) -> list[Group]:
    """The figures in runs of one role: a 分别 list's items join the group of its first."""
    groups: list[Group] = []
    for figure in figures:
        previous = groups[-1][0] if groups else None
        role = _role(rule, ctx, figure, previous)
        if role is None:
            groups.append(("other", 0, [figure]))
        elif role[1] == 0 and groups:
            groups[-1][2].append(figure)
        else:
            groups.append((role[0], role[1], [figure]))
    return groups


def _rate(
    rule: Rule[Params], ctx: DocumentContext, before: list[Group], rates: list[Figure], sign: int
) -> Iterator[Check]:
    """A rate against the levels it links, read in the first of three ways the groups before it
    allow: from one level to another, a level beside last year's, or a level and its increment."""
    levels = _from_and_to(before) or _now_and_last_year(before)
    if levels is not None:
        yield from _pairs(rule, ctx, *levels, rates, sign, "levels")
        return
    increments = _levels_and_increments(before)
    if increments is not None:
        levels_reached, changes, change_sign = increments
        yield from _pairs(rule, ctx, levels_reached, changes, rates, change_sign, "increment")


def _from_and_to(before: list[Group]) -> tuple[list[Figure], list[Figure]] | None:
    """(earlier, later) levels of 由A增加到B before a rate: the nearest later level group, an
    earlier one before it, and no other rate between them and the rate."""
    nows = [k for k, g in enumerate(before) if g[0] == "now"]
    if not nows:
        return None
    k = nows[-1]
    prevs = [j for j, g in enumerate(before[:k]) if g[0] == "prev"]
    if prevs and not any(g[0] == "rate" for g in before[k + 1 :]):
        return before[prevs[-1]][2], before[k][2]
    return None


def _now_and_last_year(before: list[Group]) -> tuple[list[Figure], list[Figure]] | None:
    """(last year's, this year's) levels right before a rate, in either order: 旅游总收入203.5亿元，
    上年为186.9亿元，增长8.9%; 上年分别为A和B，今年分别为C和D，分别增长x%和y%."""
    if len(before) < 2:
        return None
    (first, _, a), (second, _, b) = before[-2], before[-1]
    last, now = (a, b) if first == "last" else (b, a)
    if "last" in (first, second) and {first, second} <= {"last", "now", "other"} and first != second:
        if all(is_level(f) or f.kind is Kind.PERCENT for f in now):
            return last, now
    return None


def _levels_and_increments(before: list[Group]) -> tuple[list[Figure], list[Figure], int] | None:
    """(levels, increments, their sign) when the group right before a rate is of increments and as
    many levels of their dimension come before it: 分别为45230元、21860元，分别比上年增加2761元、
    1638元，分别增长6.5%和8.1%, matched in order."""
    if not before or before[-1][0] != "increment":
        return None
    _, sign, increments = before[-1]
    levels = [f for g in before[:-1] for f in g[2] if is_level(f) and same_dimension(f, increments[0])]
    count = len(increments)
    if len(levels) < count:
        return None
    return levels[-count:], increments, sign


def _one_change(before: list[Group], rates: list[Figure]) -> tuple[Figure, Figure, Figure] | None:
    """(earlier level, later level, rate) when the groups before a single rate end with one level
    after 由/从 and one after 增加到 …, both of one dimension; else None."""
    if len(before) < 2 or len(rates) != 1:
        return None
    (prev, _, earlier), (now, _, later) = before[-2], before[-1]
    if (prev, now) != ("prev", "now") or len(earlier) != 1 or len(later) != 1:
        return None
    first, second = earlier[0], later[0]
    if not (is_level(first) and is_level(second) and same_dimension(first, second)):
        return None
    return first, second, rates[0]


def _multiple(rule: Rule[Params], before: list[Group], rates: list[Figure]) -> Iterator[Check]:
    """由4.2万辆增加到12.6万辆，增长2倍: the later level over the earlier is 1 + N (增长N倍 read
    strictly) or N (as it is often written); only a ratio that is neither is flagged."""
    change = _one_change(before, rates)
    if change is None:
        return
    first, second, rate = change
    try:
        computed = interval(second, rule) / interval(first, rule, unit=second.unit)
    except ZeroDivisionError:
        return
    stated = interval(rate, rule)
    readings = (stated, stated + Interval.point(1))
    shown = computed.format(2, "×")
    yield Check(
        span(rate),
        (span(first), span(second)),
        any(computed.meets(reading) for reading in readings),
        f"{second.text} / {first.text} ∈ {shown}; stated {rate.text}: × {rate.value} or × {rate.value + 1}",
        {"stated": rate.text, "computed": shown, "previous": first.text, "current": second.text, "sign": "1"},
    )


YEAR_IN_PHRASE = re.compile(r"((?:19|20)\d\d)年")
YEAR_AT_END = r"(?:19|20)\d\d年{period_ends}?$"


def _yearly(
    rule: Rule[Params],
    ctx: DocumentContext,
    before: list[Group],
    rates: list[Figure],
    sign: int,
) -> Iterator[Check]:
    """由2020年的15320元增加到2025年的20480元，年均增长6.0%: the rate compounded over the years
    between the two levels' own years is their ratio; with no year named at each, nothing is said."""
    change = _one_change(before, rates)
    if change is None:
        return
    first, second, rate = change
    years = [YEAR_IN_PHRASE.findall(ctx.fragment(f)) for f in (first, second)]
    if not all(years):
        return
    # 按可比价格计算，平均每年增长7.7%; 平均每年实际增长8.6%: real growth, which nominal levels do not give.
    indicator = ctx.indicator(second) or ctx.indicator(first)
    real = ctx.vocabulary.pattern("real_terms").search(ctx.text, second.end, rate.start)
    if real or (indicator is not None and indicator.prices == "constant"):
        return
    span_of_years = int(years[1][-1]) - int(years[0][-1])
    if not 2 <= span_of_years <= 30:
        return
    a, b = interval(first, rule, unit=second.unit), interval(second, rule)
    try:
        low = ((b.low / a.high) ** (Decimal(1) / span_of_years) - 1) * 100
        high = ((b.high / a.low) ** (Decimal(1) / span_of_years) - 1) * 100
    except ArithmeticError:
        return
    computed = Interval(low, high)
    stated = interval(rate, rule).scale(sign)
    shown = computed.format(2, "%")
    yield Check(
        span(rate),
        (span(first), span(second)),
        computed.meets(stated),
        f"({second.text} / {first.text})^(1/{span_of_years}) − 1 ∈ {shown}; stated {'' if sign > 0 else '−'}{rate.text}",
        {"stated": rate.text, "computed": shown, "previous": first.text, "current": second.text, "sign": str(sign)},
    )


def _own_sign(rule: Rule[Params], ctx: DocumentContext, figure: Figure) -> int:
    """The direction an item of a list states for itself after the join (和减少0.12万人, 和下降8.4%), or 0."""
    joined = ctx.vocabulary.regex(LIST_LINK_CUED).match(ctx.fragment(figure))
    if joined is None:
        return 0
    words = ctx.vocabulary.regex(FILLER).sub("", joined.group("rest"))
    if _new_subject(rule, ctx.vocabulary, words):
        return 0  # 、固定资产投资下降3%: another indicator, not an item of the list
    return _rate_cue(rule, ctx.vocabulary, words)


def _pairs(
    rule: Rule[Params],
    ctx: DocumentContext,
    firsts: list[Figure],
    seconds: list[Figure],
    rates: list[Figure],
    sign: int,
    mode: str,
) -> Iterator[Check]:
    if not (len(firsts) == len(seconds) == len(rates)):
        return
    for first, second, rate in zip(firsts, seconds, rates, strict=True):
        if not same_dimension(first, second):
            continue
        # Each item of a 分别 list may go its own way (分别增长5.8%和下降8.4%).
        change_sign = (_own_sign(rule, ctx, second) or sign) if mode == "increment" else sign
        check = _check(rule, first, second, rate, change_sign, mode, _own_sign(rule, ctx, rate) or sign)
        if check is not None:
            yield check


def _check(
    rule: Rule[Params], first: Figure, second: Figure, rate: Figure, sign: int, mode: str, rate_sign: int | None = None
) -> Check | None:
    """The rate against the two figures; None when a level of zero leaves nothing to check (not a pass).
    `sign` is the direction of the change, `rate_sign` the one the rate states (the same unless given)."""
    stated = interval(rate, rule).scale(sign if rate_sign is None else rate_sign)
    a = interval(first, rule, unit=second.unit)
    b = interval(second, rule)
    change = _change_formula(rate, sign, mode)
    unit, label = _formula_shown(first, second, rate, sign, mode)
    try:
        computed = change(a, b)
    except ZeroDivisionError:
        return None
    shown = computed.format(2, unit)
    passed = computed.meets(stated)
    direction = "" if sign > 0 else "−"
    computation = f"{label} ∈ {shown}; stated {direction}{rate.text}"
    if passed and rate.qualifier is None and not _agrees_as_written(change, first, second, a, b, rate, sign):
        computation += WITHIN_ROUNDING  # (56.1 − 52.3) / 52.3 is 7.27%, stated 7.4%: true only within the rounding
    if not passed and mode == "levels" and rate.kind is Kind.PERCENT:
        computation += _slip_notes(first, second, a, b, stated)
    return Check(
        span(rate),
        (span(first), span(second)),
        passed,
        computation,
        {
            "stated": rate.text,
            "computed": shown,
            "previous": first.text,
            "current": second.text,
            "sign": str(Decimal(sign)),
        },
    )


def _change_formula(rate: Figure, sign: int, mode: str) -> Callable[[Interval, Interval], Interval]:
    """The change the two figures make, in the rate's unit: a difference of points, or a growth
    from the levels or from the level reached and its increment. Each figure enters the formula
    once, so interval arithmetic stays exact (inc / (level − inc) would count the increment's
    rounding twice)."""

    def change(a: Interval, b: Interval) -> Interval:
        if rate.kind is Kind.PERCENTAGE_POINT:
            return b - a if mode == "levels" else b.scale(sign)
        if mode == "levels":
            return (b / a - Interval.point(1)).scale(100)
        # first is the level reached, second the increment: inc / (level ∓ inc)
        return (Interval.point(100) / (a / b - Interval.point(sign))).scale(sign)

    return change


def _formula_shown(first: Figure, second: Figure, rate: Figure, sign: int, mode: str) -> tuple[str, str]:
    """(unit, formula) as the finding shows the computation."""
    if rate.kind is Kind.PERCENTAGE_POINT:
        return "个百分点", f"{second.text} − {first.text}" if mode == "levels" else second.text
    if mode == "levels":
        return "%", f"({second.text} − {first.text}) / {first.text}"
    return "%", f"{second.text} / ({first.text} {'−' if sign > 0 else '+'} {second.text})"


def _agrees_as_written(
    change: Callable[[Interval, Interval], Interval],
    first: Figure,
    second: Figure,
    a: Interval,
    b: Interval,
    rate: Figure,
    sign: int,
) -> bool:
    """Whether the change of the figures as written rounds to the rate at its digits; a figure with
    a qualifier (超过5万人) has no value as written, and then nothing says it does not."""
    if first.qualifier is not None or second.qualifier is not None:
        return True
    try:
        point = change(a.middle(), b.middle()).low
    except ArithmeticError:
        return True
    return agrees_at_its_digits(point, sign * rate.value, rate.decimals)


def _slip_notes(first: Figure, second: Figure, a: Interval, b: Interval, stated: Interval) -> str:
    """What a failed growth between two levels may have slipped on: a power of ten (867亿元 against
    77.4亿元 and 12.0%: the levels' ratio is ten times what the rate gives), or % written for
    个百分点 (由5.2%下降到5.0%，下降0.2%: the difference, in points)."""
    ratio, expected = (b / a).high, 1 + stated.high / 100
    notes = scale_slip_note(power_of_ten_apart(ratio, expected))
    if first.kind is second.kind is Kind.PERCENT:
        points = b - a
        if points.meets(stated):
            notes += f"; % written for 个百分点? ({second.text} − {first.text} ∈ {points.format(2, ' pp')})"
    return notes
