"""ratio: a stated rate against its numerator and denominator.

A completion rate is an actual over a plan (当年计划投资108.4亿元 … 完成投资
129.9亿元，完成投资率119.8%); a share is a part over its whole (税收收入8.9亿元，
占一般公共预算收入的比重为78.8%); a rate right after a part is that part over
its whole (行政村52个，其中已通硬化路的49个，通达率94.2%; relation `part_rate`). The rate is found by its cue word (完成率,
到位率, 占…的比重 …); the plan by plan cues before it (计划, 目标, 下达 …), the
actual by actual cues (完成, 实际, 到位 …), the whole of a share by its name.
Units are converted (1.8亿元 against 19800万元) and rounding is exact: the
rate is consistent when numerator/denominator, as intervals, meets the stated
rate's interval. A plan written as a whole number of its unit (计划造林5万亩)
is taken as exact: plans are set, not measured.

Only relations whose roles the cues make clear are checked: a rate whose plan
or actual the sentence does not state is left alone rather than guessed.

A rule of relation `named` reads a rate the vocabulary names as one indicator
of the lexicon over another (赤字率: 财政赤字 over 地区生产总值), with the
numerator its paragraph states for its period and the whole of its period,
or last year's whole moved by at most `whole_change` when the report states
none (a plan year's GDP).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, replace
from decimal import Decimal, InvalidOperation
from typing import Literal

from checker.context import DocumentContext
from checker.intervals import Interval
from checker.kinds import across
from checker.kinds.common import (
    WITHIN_ROUNDING,
    Tolerant,
    agrees_at_its_digits,
    ends_with_any,
    interval,
    is_level,
    is_percent,
    plan_role,
    power_of_ten_apart,
    same_dimension,
    scale_slip_note,
    span,
    strip_tail,
)
from checker.model import Check, Figure, Measure, Period, PlanRole, Rule

NAME = "ratio"


@dataclass(frozen=True)
class Params(Tolerant):
    """The parameters of a rule of kind ratio (see `indicheck kinds ratio`)."""

    rate_cues: tuple[str, ...] = field(
        default=(),
        metadata={
            "vocabulary": "completion_rates",
            "doc": "names of completion rates, whose actual is whatever the sentence says was done",
        },
    )
    generic_rates: bool = field(
        default=True,
        metadata={"doc": "read any other name ending in 率 (开工率, 到位率) as a rate whose actual carries its verb"},
    )
    not_rate_cues: tuple[str, ...] = field(
        default=(),
        metadata={
            "vocabulary": "not_ratio_rates",
            "doc": "names ending in 率 that are no ratio of the sentence's figures (增长率, 失业率 …)",
        },
    )
    plan_cues: tuple[str, ...] = field(
        default=(),
        metadata={"vocabulary": "plan_words", "doc": "words that name a plan (计划, 目标, 下达 …)"},
    )
    actual_cues: tuple[str, ...] = field(
        default=(),
        metadata={"vocabulary": "actuals", "doc": "words that name an actual (完成, 实际, 到位 …)"},
    )
    relation: Literal["completion", "share", "share_elsewhere", "share_of_levels", "part_rate", "named"] = field(
        default="completion",
        metadata={
            "doc": "completion: actual over plan; share: part over a whole in the sentence; share_elsewhere: over a whole stated elsewhere; share_of_levels: a share of one indicator in another, both levels the review states; part_rate: a rate after the parts of a whole; named: a rate the vocabulary names as one indicator over another"
        },
    )
    named_rates: tuple[str, ...] = field(
        default=(),
        metadata={
            "vocabulary": "deficit_rates",
            "doc": "names of the rate a rule of relation named checks (赤字率: the deficit over GDP)",
        },
    )
    numerator: str = field(default="", metadata={"doc": "the lexicon indicator a named rate has over its whole"})
    denominator: str = field(default="", metadata={"doc": "the lexicon indicator a named rate is a share of"})
    whole_change: Decimal = field(
        default=Decimal("0.3"),
        metadata={
            "doc": "how far the whole may have moved in a year, as a share of it, when only last year's level is stated (a target year's GDP)"
        },
    )
    round_plans_exact: bool = field(
        default=True, metadata={"doc": "a plan written as a whole number (计划造林5万亩) is set, not measured: exact"}
    )


PLACEHOLDERS = ("stated", "computed", "numerator", "denominator")
DEFAULT_WINDOW = "sentence"
WINDOWS_HONOURED = ("clause", "sentence", "paragraph", "document")  # it reads its figures in the window of any

# 开工率 → 开工: the two characters before 率 name what the rate counts.
# A rate named by two characters and 率 (投资完成率 → 完成), a completion rate of a plan
# (完成年度计划的105%), a share of a whole (占规模以上工业增加值的比重): from the vocabulary.
GENERIC_RATE = r"([\u4e00-\u9fff]{2}){rate_suffixes}$"
COMPLETION_OF_PLAN = r"{completion_verbs}{perfective}?[^，；。]{0,12}?{plan_words}{possessive}?$"
# …，为年度目标任务7万人的124.3%: the plan stated inside the phrase, the actual before it.
COMPLETION_OF_STATED_PLAN = (
    r"{completion_verbs}{perfective}?[^，；。\d]{0,12}?{plan_words}[^，；。]{0,4}?\d[^，；。]{0,12}?{possessive}?$"
)
SHARE_OF = r"{share_of}(?P<whole>[^，；。、]{1,24}?){possessive}?{share_nouns}?$"


def check(rule: Rule[Params], ctx: DocumentContext) -> Iterator[Check]:
    relation = RELATIONS[rule.params.relation]
    for figure in ctx.figures:
        if not is_percent(figure) or not ctx.in_body(figure.start):
            continue
        prefix = strip_tail(ctx.before(figure), ctx.vocabulary.words("rate_links"))
        yield from relation(rule, ctx, figure, prefix)


def _completion_rate(rule: Rule[Params], ctx: DocumentContext, rate: Figure, prefix: str) -> Iterator[Check]:
    """A rate the words before it name a completion rate: of a plan the phrase states (为年度目标任务
    7万人的124.3%), by a completion rate's name or 完成…计划的, or by any other name ending in 率 (开工率),
    whose actual must then carry the verb it names (开工)."""
    vocabulary = ctx.vocabulary
    if of_target := vocabulary.regex(COMPLETION_OF_STATED_PLAN).search(prefix):
        yield from _of_stated_plan(rule, ctx, rate, ctx.clause(rate.start)[0] + of_target.start())
    elif ends_with_any(prefix, rule.params.words("rate_cues", vocabulary)) or vocabulary.regex(
        COMPLETION_OF_PLAN
    ).search(prefix):
        yield from _completion(rule, ctx, rate, verb="")
    elif (generic := vocabulary.regex(GENERIC_RATE).search(prefix)) and rule.params.generic_rates:
        if not ends_with_any(prefix, rule.params.words("not_rate_cues", vocabulary)):
            yield from _completion(rule, ctx, rate, verb=generic.group(1))


def _part_rate_named(rule: Rule[Params], ctx: DocumentContext, rate: Figure, prefix: str) -> Iterator[Check]:
    """A rate named by a word and 率 that is a ratio of the sentence's figures (not 增长率, 失业率 …)."""
    generic = ctx.vocabulary.regex(GENERIC_RATE).search(prefix)
    if generic and not ends_with_any(prefix, rule.params.words("not_rate_cues", ctx.vocabulary)):
        yield from _part_rate(rule, ctx, rate, generic.group(1))


def _share(rule: Rule[Params], ctx: DocumentContext, rate: Figure, prefix: str) -> Iterator[Check]:
    """A share whose whole its sentence states: shares 分别 of the parts before them, a whole stated
    inside the phrase (占户籍总人口42.35万人的20.4%), else 占<whole>的 and the whole the rule's window names
    (or the whole that 其中 ties the part to)."""
    if ctx.vocabulary.regex(COMPLETION_OF_PLAN).search(prefix):
        return  # 占年度计划的104%: a completion rate, checked by the completion rule
    if respective := _respective_shares(ctx, rate, prefix):
        for share, part, of in respective:
            yield from _some(ratio_check(rule, share, part, of))
    elif stated := _share_of_stated_whole(ctx, rate, prefix):
        yield from _some(ratio_check(rule, rate, *stated))
    elif whole := ctx.vocabulary.regex(SHARE_OF).search(prefix):
        # The whole within the rule's window (its sentence by default), else the whole that
        # 其中 ties the part to (游客1826万人次，其中省外游客538万人次，占游客总数的29.5%).
        local = local_whole(ctx, rate, whole.group("whole"), ctx.window_around(rate, rule.window))
        if local is None and whole.start() == 0:  # 占 opens the clause: the share is of the part before
            local = _tied_whole(ctx, rate)
        if local:
            yield from _some(ratio_check(rule, rate, *local))


def _share_elsewhere(rule: Rule[Params], ctx: DocumentContext, rate: Figure, prefix: str) -> Iterator[Check]:
    """占<whole>的 with the whole outside the share's sentence, within the rule's window (the document
    by default)."""
    if ctx.vocabulary.regex(COMPLETION_OF_PLAN).search(prefix):
        return  # 占年度计划的104%: a completion rate, checked by the completion rule
    whole = ctx.vocabulary.regex(SHARE_OF).search(prefix)
    if whole is None or local_whole(ctx, rate, whole.group("whole"), rate.sentence):
        return
    found = whole_elsewhere(ctx, rate, whole.group("whole"), rate.sentence, ctx.window_around(rate, rule.window))
    if found:
        yield from _some(ratio_check(rule, rate, *found))


# 全市服务业增加值占比达到58.8%, 第三产业增加值占地区生产总值的比重为58.8%: an indicator's name opens
# the clause, no figure before the share, and the whole (if named) after 占.
SHARE_OF_NAMED = r"^(?P<part>[^，；。、\d]{2,24}?)(?:{share_of}(?P<whole>[^，；。、\d]{2,24}?){possessive}?{share_nouns}|{share_nouns_bare})$"


def _share_of_levels(rule: Rule[Params], ctx: DocumentContext, rate: Figure, prefix: str) -> Iterator[Check]:
    """全市服务业增加值占比达到58.8%: a share its clause names as one indicator of the lexicon in
    another (the whole after 占, or, for a bare 占比, the indicator the lexicon makes the part a share
    of: 增加值 of 地区生产总值), with no figure of its own before it, against the two levels the report's
    review states for the share's year (across.levels: the headline statement of each, a five-year
    review's reached level for its last year). Only a share of the review: a plan's share is a
    target, and its year's levels are not stated. Both levels must be of one dimension."""
    named = ctx.vocabulary.regex(SHARE_OF_NAMED).search(prefix.strip())
    period = ctx.period(rate.start)
    if named is None or period.role != "actual" or ctx.other_year(rate) or ctx.claim(rate).other_time:
        return
    part = ctx.lexicon.match(named.group("part"))
    whole_name = named.group("whole") or (part.share_of if part is not None else "")
    whole = ctx.lexicon.match(whole_name) if whole_name else None
    year = across.plan_ends(ctx, period.plan) if period.plan else period.year
    if part is None or whole is None or part == whole or year is None:
        return
    levels = across.levels(ctx, year)
    numerator, denominator = levels.get(part.name), levels.get(whole.name)
    if numerator is not None and denominator is not None and same_dimension(numerator, denominator):
        yield from _some(ratio_check(rule, rate, numerator, denominator))


NAME_GAP = 4  # characters a named rate's name may stand before its figure (赤字率拟按3%, 赤字率在2%左右)


def _named_rate(rule: Rule[Params], ctx: DocumentContext, rate: Figure, prefix: str) -> Iterator[Check]:
    """赤字率拟按3%安排，财政赤字2.38万亿元: a rate the vocabulary names as one indicator of the lexicon
    over another (the rule's numerator and denominator), against the numerator its paragraph states
    for its period and the whole its period states. A plan states no level of its year's GDP, so
    then the whole is last year's level as the report's review states it, moved by at most
    whole_change either way: the rate is flagged only when no value that range and the rounding
    allow gives it (3% against 2.38万亿元 over a GDP near 74.4万亿元 holds; 30% cannot)."""
    fragment = ctx.fragment(rate)
    ends = [
        fragment.rfind(name) + len(name)
        for name in rule.params.words("named_rates", ctx.vocabulary)
        if name in fragment
    ]
    if not ends or len(fragment) - max(ends) > NAME_GAP or ctx.other_year(rate):
        return
    period = ctx.period(rate.start)
    paragraph = ctx.paragraph(rate.start)
    numerators = [f for f in ctx.figures_between(*paragraph) if _indicator_level(ctx, f, rule.params.numerator, period)]
    wholes = [
        f for f in ctx.figures if ctx.in_body(f.start) and _indicator_level(ctx, f, rule.params.denominator, period)
    ]
    spread = Decimal(0)
    if not wholes and period.year is not None:
        last_year = across.levels(ctx, period.year - 1).get(rule.params.denominator)
        wholes, spread = ([last_year], rule.params.whole_change) if last_year is not None else ([], spread)
    if not numerators or not wholes:
        return
    numerator = min(numerators, key=lambda f: abs(f.start - rate.start))
    whole = min(wholes, key=lambda f: abs(f.start - rate.start))
    if same_dimension(numerator, whole):
        yield from _some(_named_check(rule, rate, numerator, whole, spread))


def _indicator_level(ctx: DocumentContext, figure: Figure, name: str, period: Period) -> bool:
    """Whether a figure is a level of the named indicator stated for the period (not another time's)."""
    claim = ctx.claim(figure)
    return (
        claim.indicator is not None
        and claim.indicator.name == name
        and claim.measure is Measure.LEVEL
        and not claim.other_time
        and not ctx.in_list(figure)
        and claim.period.same(period)
    )


def _named_check(rule: Rule[Params], rate: Figure, numerator: Figure, whole: Figure, spread: Decimal) -> Check | None:
    """numerator / whole against the rate, the whole widened by `spread` of it either way (last year's level)."""
    stated = interval(rate, rule)
    bottom = interval(whole, rule)
    bottom = Interval(bottom.low * (1 - spread), bottom.high * (1 + spread))
    try:
        computed = (interval(numerator, rule, unit=whole.unit) / bottom).scale(100)
    except ZeroDivisionError:
        return None
    shown = computed.format(2, "%")
    moved = f" (last year's, ±{spread:.0%})" if spread else ""
    return Check(
        span(rate),
        (span(numerator), span(whole)),
        computed.meets(stated),
        f"{numerator.text} / {whole.text}{moved} ∈ {shown}; stated {rate.text}",
        {"stated": rate.text, "computed": shown, "numerator": numerator.text, "denominator": whole.text},
    )


Relation = Callable[[Rule[Params], "DocumentContext", Figure, str], Iterator[Check]]
RELATIONS: dict[str, Relation] = {
    "completion": _completion_rate,
    "part_rate": _part_rate_named,
    "share": _share,
    "share_elsewhere": _share_elsewhere,
    "share_of_levels": _share_of_levels,
    "named": _named_rate,
}


def _completion(rule: Rule[Params], ctx: DocumentContext, rate: Figure, verb: str) -> Iterator[Check]:
    """The plan and the actual of a rate, in its window, before it or (when none before) after it.

    `verb` (开工 for 开工率) must be in the actual's words when given.
    """
    levels = [f for f in ctx.figures_between(*ctx.window_around(rate, rule.window)) if is_level(f)]
    plans = _plans(rule, ctx, rate, levels)
    actuals = [f for f in levels if f not in plans and _named_actual(rule, ctx, f, verb)]
    for plan in reversed(plans):
        actual = _actual_of(plan, actuals, [f for f in levels if f not in plans], verb)
        if actual is not None:
            exact = rule.params.round_plans_exact and plan.decimals == 0 and plan.qualifier is None
            yield from _some(ratio_check(rule, rate, actual, plan, exact_denominator=exact))
            return


def _plans(rule: Rule[Params], ctx: DocumentContext, rate: Figure, levels: list[Figure]) -> list[Figure]:
    """The levels named a plan: those before the rate (or, when no level is before it, after it); when
    none of those is a plan, the plans after the rate."""
    before = [f for f in levels if f.start < rate.start] or [f for f in levels if f.start > rate.start]
    plans = [f for f in before if _role(rule, ctx, f) is PlanRole.PLAN]
    return plans or [f for f in levels if f.start > rate.start and _role(rule, ctx, f) is PlanRole.PLAN]


def _named_actual(rule: Rule[Params], ctx: DocumentContext, figure: Figure, verb: str) -> bool:
    """Whether a level is named what was done, with the rate's own verb when it has one (开工 for 开工率):
    a narrower test than the role, of the one word the rate names."""
    return _role(rule, ctx, figure) is PlanRole.ACTUAL and (not verb or verb in ctx.fragment(figure))


def _actual_of(plan: Figure, actuals: list[Figure], others: list[Figure], verb: str) -> Figure | None:
    """The last actual in the plan's dimension; for a rate with no verb of its own, failing that, the
    one other level of the plan's dimension (新建改建农村公路215公里，年度任务200公里，任务完成率112.5%:
    a completion rate over a plan whose sentence states one other level of its kind, uncued: that
    level is what was done)."""
    matching = [f for f in actuals if same_dimension(f, plan)]
    if not matching and not verb:
        same = [f for f in others if same_dimension(f, plan)]
        matching = same if len(same) == 1 else []
    return matching[-1] if matching else None


def _role(rule: Rule[Params], ctx: DocumentContext, figure: Figure) -> PlanRole:
    return plan_role(ctx, figure, rule.params.plan_cues, rule.params.actual_cues)


def _of_stated_plan(rule: Rule[Params], ctx: DocumentContext, rate: Figure, phrase: int) -> Iterator[Check]:
    """城镇新增就业9.7万人，为年度目标任务7万人的124.3%: the plan inside the phrase, over it the
    level the sentence states before the phrase, in the plan's dimension."""
    plans = [f for f in ctx.figures_between(phrase, rate.start) if is_level(f)]
    if len(plans) != 1:
        return
    plan = plans[0]
    if ctx.vocabulary.regex("^{possessive}?$").match(ctx.text[plan.end : rate.start]) is None:
        return  # 完成保供任务8.3亿吨、占全国34.5%: a share of another whole, not of the plan
    before = [f for f in ctx.figures_between(rate.sentence[0], phrase) if is_level(f) and same_dimension(f, plan)]
    if before:
        exact = rule.params.round_plans_exact and plan.decimals == 0 and plan.qualifier is None
        yield from _some(ratio_check(rule, rate, before[-1], plan, exact_denominator=exact))


def _part_rate(rule: Rule[Params], ctx: DocumentContext, rate: Figure, stem: str) -> Iterator[Check]:
    """A rate right after the parts of a whole (行政村52个，其中已通硬化路的49个，通达率94.2%):
    a part over its whole. Which part, when 其中 lists several (城镇人口…、乡村人口…，城镇化率),
    the text does not say: every part is a reading, and the rate fails only when none gives it.
    With no 其中, a count whose clause names what the rate counts (抽检食品23612批次，合格23108批次，
    合格率97.9%; 187个行政村中，已有171个实现集中供水，集中供水率91.4%) is read over each earlier
    count of its unit in the sentence. Nothing may stand between the parts and the rate, and the
    sentence must name no plan (a completion rate is the completion rule's)."""
    last = previous_level(ctx, rate)
    if last is None or ctx.figures_between(last.end, rate.start):
        return
    sentence = [f for f in ctx.figures_between(*ctx.window_around(rate, rule.window)) if is_level(f)]
    if any(_role(rule, ctx, f) is PlanRole.PLAN for f in sentence):
        return
    whole = ctx.claim(last).whole
    if whole is None:
        yield from _any_reading(_counted_over_earlier(rule, ctx, rate, stem, last, sentence))
        return
    yield from _any_reading(ratio_check(rule, rate, part, whole) for part in sentence if ctx.claim(part).whole == whole)


def _counted_over_earlier(
    rule: Rule[Params], ctx: DocumentContext, rate: Figure, stem: str, last: Figure, sentence: list[Figure]
) -> Iterator[Check | None]:
    """With no 其中: the counts of the last level's clause that its words name as what the rate counts
    (已办结1098件 names 办结; 171个实现集中供水 names 供水), each over each earlier count of its unit in the
    sentence. The rate must stand in a clause after theirs (203个断面优良率和285个水功能区达标率均为100%
    names two rates, not one over the other)."""
    start, end = ctx.clause(last.start)
    if rate.start < end:
        return
    counted = [f for f in ctx.figures_between(start, end) if _names(ctx, f, stem, end) and _level(ctx, f)]
    wholes = [f for f in sentence if f.end <= start and f.value > 0 and _level(ctx, f)]
    yield from (ratio_check(rule, rate, c, w) for c in counted for w in wholes if w.unit == c.unit)


def _names(ctx: DocumentContext, figure: Figure, stem: str, clause_end: int) -> bool:
    """Whether the words just before a figure, or after it up to the next figure, name `stem`."""
    following = ctx.figures_between(figure.end, clause_end)
    after = ctx.text[figure.end : following[0].start if following else clause_end]
    return stem in ctx.fragment(figure) or stem in after


def _level(ctx: DocumentContext, figure: Figure) -> bool:
    return ctx.claim(figure).measure is Measure.LEVEL


def _any_reading(checks: Iterable[Check | None]) -> Iterator[Check]:
    """One check from the checks of every reading: the first that passes, else all of them failing."""
    readings = [check for check in checks if check is not None]
    if not readings:
        return
    passing = [check for check in readings if check.passed]
    if passing:
        yield passing[0]
    else:
        yield replace(
            readings[-1],
            computation="; or ".join(check.computation for check in readings),
            related=tuple(dict.fromkeys(span for check in readings for span in check.related)),
        )


def _respective_shares(ctx: DocumentContext, rate: Figure, prefix: str) -> list[tuple[Figure, Figure, Figure]]:
    """(share, part, whole) for 其中A、B和C分别为186.5亿元、164.2亿元和98.7亿元，分别占18.0%、15.8%和9.5%:
    the shares in order over the parts just before them, each of the whole 其中 ties it to."""
    if not ctx.vocabulary.regex("^{respectively}(?:{share_of}|{share_nouns_bare})(?:{rate_links})*$").match(
        prefix.strip()
    ):
        return []
    shares = ctx.list_of(rate)
    before = [f for f in ctx.figures_between(rate.sentence[0], rate.start) if is_level(f)]
    if len(shares) < 2 or len(before) < len(shares):
        return []
    parts = before[-len(shares) :]
    wholes = [ctx.claim(part).whole for part in parts]
    if any(whole is None for whole in wholes) or ctx.list_of(parts[0]) != parts:
        return []
    return [(share, part, whole) for share, part, whole in zip(shares, parts, wholes, strict=True) if whole is not None]


def _tied_whole(ctx: DocumentContext, rate: Figure) -> tuple[Figure, Figure] | None:
    """(part, whole) when the level before a share is a part that 其中 ties to a whole."""
    part = previous_level(ctx, rate)
    whole = ctx.claim(part).whole if part is not None else None
    return (part, whole) if part is not None and whole is not None else None


def _share_of_stated_whole(ctx: DocumentContext, rate: Figure, prefix: str) -> tuple[Figure, Figure] | None:
    """(part, whole) of a share whose whole is a figure of its own phrase (老年人口86.4万人，占户籍
    总人口42.35万人的20.4%), or of a bare 占 right after a part that 其中 ties to its whole
    (支出512.6亿元，其中民生支出405.3亿元，占79.1%)."""
    if ctx.vocabulary.regex("^(?:{share_of}|{share_nouns_bare}){share_nouns}?(?:{rate_links})*$").match(prefix.strip()):
        return _tied_whole(ctx, rate)
    phrase = ctx.vocabulary.regex(SHARE_OF).search(prefix)
    if phrase is None:
        return None
    start = ctx.clause(rate.start)[0] + phrase.start()
    inside = [f for f in ctx.figures_between(start, rate.start) if is_level(f)]
    if len(inside) != 1:
        return None
    whole = inside[0]
    if not ctx.vocabulary.regex("^{possessive}?{share_nouns}?(?:{rate_links})*$").match(
        ctx.text[whole.end : rate.start]
    ):
        return None
    before = [f for f in ctx.figures_between(rate.sentence[0], start) if is_level(f) and same_dimension(f, whole)]
    return (before[-1], whole) if before else None


def local_whole(ctx: DocumentContext, rate: Figure, name: str, window: tuple[int, int]) -> tuple[Figure, Figure] | None:
    """(part, whole) for 占<name>的比重 when the rule's window (its sentence by default) states the whole."""
    part = previous_level(ctx, rate)
    if part is None:
        return None
    for candidate in ctx.figures_between(*window):
        if candidate is part or not is_level(candidate):
            continue
        if same_dimension(candidate, part) and names_match(ctx.subject(candidate), name):
            return part, candidate
    return None


def whole_elsewhere(
    ctx: DocumentContext, rate: Figure, name: str, outside: tuple[int, int], within: tuple[int, int]
) -> tuple[Figure, Figure] | None:
    """(part, whole) for 占<name>的比重 when the whole is stated `within` a window but `outside` another
    (the share's sentence).

    The whole is the indicator the name designates (through the lexicon, or a
    subject ending with the name), as a level in the same dimension and the
    same section, neither the start of a change nor of another time; the
    nearest such statement is taken.
    """
    part = previous_level(ctx, rate)
    if part is None:
        return None
    wanted = ctx.lexicon.match(name)
    period = ctx.period(rate.start)
    candidates = []
    for candidate in ctx.figures_between(*within):
        if not ctx.in_body(candidate.start) or not is_level(candidate) or candidate is part:
            continue
        if outside[0] <= candidate.start < outside[1] or ctx.period(candidate.start) != period:
            continue
        if not same_dimension(candidate, part) or ctx.in_list(candidate):
            continue
        # 国内生产总值从26.6万亿元增加到51.9万亿元: a starting level, or a level of another time, is
        # not the whole of this period's share.
        if ctx.claim(candidate).measure is Measure.BASE or ctx.other_year(candidate):
            continue
        subject = ctx.subject(candidate)
        own = ctx.lexicon.match(subject) if subject else None
        if (wanted is not None and own == wanted) or (wanted is None and names_match(subject, name)):
            candidates.append(candidate)
    if not candidates:
        return None
    return part, min(candidates, key=lambda f: abs(f.start - rate.start))


def previous_level(ctx: DocumentContext, rate: Figure) -> Figure | None:
    """The level a share speaks of: the nearest amount or count before it in its sentence."""
    levels = [f for f in ctx.figures_between(rate.sentence[0], rate.start) if is_level(f)]
    return levels[-1] if levels else None


def names_match(subject: str, name: str) -> bool:
    subject, name = subject.strip(), name.strip()
    return bool(subject) and bool(name) and (subject.endswith(name) or (name.endswith(subject) and len(subject) >= 2))


def _some(check: Check | None) -> Iterator[Check]:
    if check is not None:
        yield check


def _point_agrees(top: Interval, bottom: Interval, rate: Figure) -> bool:
    """Whether the figures' own values, without their rounding, give the rate as written."""
    try:
        middle = top.middle().low / bottom.middle().low * 100
    except (InvalidOperation, ZeroDivisionError):
        return True  # beyond what can be said by rounding: say nothing
    return agrees_at_its_digits(middle, rate.value, rate.decimals)


def ratio_check(
    rule: Rule[Params], rate: Figure, numerator: Figure, denominator: Figure, exact_denominator: bool = False
) -> Check | None:
    """numerator / denominator against the stated rate, as intervals in percent; None when the
    denominator may be zero (nothing can be said, and that is no passed check)."""
    stated = interval(rate, rule)
    top = interval(numerator, rule, unit=denominator.unit)
    bottom = Interval.point(denominator.value) if exact_denominator else interval(denominator, rule)
    try:
        computed = (top / bottom).scale(100)
    except ZeroDivisionError:
        return None
    passed = computed.meets(stated)
    shown = computed.format(2, "%")
    computation = f"{numerator.text} / {denominator.text} ∈ {shown}; stated {rate.text}"
    if passed and rate.qualifier is None and not _point_agrees(top, bottom, rate):
        computation += WITHIN_ROUNDING  # 12.5/10.4 is 120.19%, stated 120.0%: true only within the rounding
    if not passed:
        computation += scale_slip_note(power_of_ten_apart(computed.high, stated.high))
    return Check(
        span(rate),
        (span(numerator), span(denominator)),
        passed,
        computation,
        {"stated": rate.text, "computed": shown, "numerator": numerator.text, "denominator": denominator.text},
    )
