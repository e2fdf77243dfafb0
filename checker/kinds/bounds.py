"""bounds: shares, coverage and attainment rates lie between 0 and 100%.

A rate named by a bounded word (覆盖率, 处理率, 达标率, 比重, 比例 …) cannot
exceed 100% or fall below 0: more than everything was not covered. Growth
rates, completion rates and multiples may exceed 100% and are not checked;
the unbounded words (完成率, 增长率 …) win when both fit.

The name is read from how the text states the rate, not from the few characters
before the figure: past the words that link it (占比提升至76.4%), from the first
figure of a list (占比分别为23.1%、62.5%、45.5%), from the figure a level is reached
after in its clause (城镇化率由45.9%提高到52.6%, 提升0.9个百分点、达62.1%). A part
over its whole (占 and the whole, with no change after it: 民生支出占一般公共预算支出
80%) and a percentage of what follows it (惠及90%的在校生, 扩大到85%以上地市) are shares too;
占 a plan (占年度计划的105%) is a completion rate. The date a rate is counted at may stand between
its name and its figure (就业率去年底达到83%).

A rule with `relation = "days"` bounds a number of days of one year by the days a year has: a
figure in 天 that its clause names a count of days (优良天数325天) or that a threshold follows
(用电负荷129天超1亿千瓦), unless the clause sums several years (累计).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Literal

from checker.context import DocumentContext
from checker.intervals import Interval
from checker.kinds.common import Tolerant, ends_with_any, interval, is_level, is_percent, plan_role, span
from checker.model import Check, Claim, Figure, Kind, Measure, PlanRole, Rule
from checker.vocabulary import Vocabulary

NAME = "bounds"


@dataclass(frozen=True)
class Params(Tolerant):
    """The parameters of a rule of kind bounds (see `indicheck kinds bounds`)."""

    relation: Literal["rate", "days"] = field(
        default="rate",
        metadata={
            "doc": "rate: a share or rate named by a bounded word lies between low and high; days: a number of days of one year lies between 0 and days_in_year"
        },
    )
    days_in_year: Decimal = field(default=Decimal("366"), metadata={"doc": "days: the most days one year has"})
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
DEFAULT_WINDOW = "clause"


def check(rule: Rule[Params], ctx: DocumentContext) -> Iterator[Check]:
    if rule.params.relation == "days":
        yield from _days(rule, ctx)
        return
    low, high = rule.params.low, rule.params.high
    allowed = Interval(low, high)
    bounded = rule.params.words("bounded_cues", ctx.vocabulary)
    unbounded = rule.params.words("unbounded_cues", ctx.vocabulary)
    plan_cues = rule.params.words("plan_cues", ctx.vocabulary)
    links = _links(ctx.vocabulary)
    for figure in ctx.figures:
        if not is_percent(figure) or not ctx.in_body(figure.start) or _changed(ctx.claim(figure)):
            continue
        words = _rate_words(ctx, figure, links)
        if ends_with_any(words, plan_cues) and _share_of(ctx, words):
            continue  # 占年度计划的105%: actual over plan, a completion rate (占一般公共预算支出 is a whole)
        name = ends_with_any(words, bounded) or _share_of(ctx, words) or _share_of_what_follows(ctx, figure, words)
        if name is None or ends_with_any(words, unbounded):
            continue
        if name in links.rate_suffixes and not _rate_noun(words):
            continue
        if _against_plan(ctx, figure, words, rule.params.plan_cues, links):
            continue
        stated = interval(figure, rule)
        passed = stated.meets(allowed)
        yield Check(
            span(figure),
            (),
            passed,
            f"{figure.text} ∈ {stated.format(2, '%')}; allowed [{low}%, {high}%]",
            {
                "stated": figure.text,
                "low": f"{low}%",
                "high": f"{high}%",
                "name": _shown_name(ctx, figure, name, links),
            },
        )


def _shown_name(ctx: DocumentContext, figure: Figure, name: str, links: _Links) -> str:
    """The figure's subject, or the rate's name when the subject names nothing (2012年底已)."""
    subject = ctx.subject(figure)
    return subject if subject and not links.unnamed.fullmatch(subject) else name


def _days(rule: Rule[Params], ctx: DocumentContext) -> Iterator[Check]:
    """Each number of days of one year against the days a year has: a figure in days (day_units) that
    its clause names a count of days (优良天数325天, 重污染天数减少38天) or that a threshold follows (129天超
    1亿千瓦), unless its clause sums several years (累计). A count of days of another kind (连续运行1000天,
    审批时限30天) names neither and is left alone."""
    vocabulary = ctx.vocabulary
    units = vocabulary.words("day_units")
    counts, summed = vocabulary.pattern("day_counts"), vocabulary.pattern("years_summed")
    condition = vocabulary.regex(r"(?:{day_conditions})[\d零一二两三四五六七八九十百千万亿]")
    allowed = Interval(Decimal(0), rule.params.days_in_year)
    for figure in ctx.figures:
        if figure.unit not in units or not ctx.in_body(figure.start):
            continue
        before = ctx.text[ctx.clause(figure.start)[0] : figure.start]
        if summed.search(before) or not (counts.search(before) or condition.match(ctx.text, figure.end)):
            continue
        stated = interval(figure, rule)
        yield Check(
            span(figure),
            (),
            stated.meets(allowed),
            f"{figure.text} ∈ {stated.format(0)}; one year has at most {rule.params.days_in_year} days",
            {"stated": figure.text, "low": "0", "high": f"{rule.params.days_in_year}", "name": ctx.subject(figure)},
        )


@dataclass(frozen=True)
class _Links:
    """What may stand between a rate's name and its figure, compiled once per vocabulary."""

    tail: re.Pattern[str]  # 分别提高到, 由, 达, 的 …: a run of them ends the words before a rate
    change: re.Pattern[str]  # 提升: the verb of a change stated in points before the level it reaches
    share_of: re.Pattern[str]  # 占
    share_after: re.Pattern[str]  # 的 or a qualifier, and a noun after a figure: 90%以上的学生, 85%以上地市
    not_a_share: re.Pattern[str]  # a change verb or noun: 占比提高, 的增长, 的增速
    rate_suffixes: tuple[str, ...]  # 率: the end of a rate's name, which alone names no rate
    unnamed: re.Pattern[str]  # 2012年底已: a date and adverbs, which name no rate
    changing: re.Pattern[str]  # 覆盖面逐步扩大: a name, adverbs and a verb of change, a whole clause


@functools.cache
def _links(vocabulary: Vocabulary) -> _Links:
    words = vocabulary.alternation
    change = words("change_up", "change_down")
    # the date a rate is counted at, between its name and its figure (就业率去年底达到83%, 2012年底已达到)
    counted_at = rf"(?:(?:19|20)\d\d年|{words('last_year', 'this_year')}|年){words('period_ends')}|{words('year_end')}"
    return _Links(
        tail=re.compile(
            rf"(?:{change}?{words('reaches')}|{words('rate_links')}|{words('respectively')}"
            rf"|{words('hedges')}|{words('from_level')}|{counted_at}|[、，,\s])+$"
        ),
        change=re.compile(rf"(?:{change})+$"),
        share_of=re.compile(words("share_of")),
        share_after=re.compile(
            rf"(?:{words('at_least_after', 'at_most_after', 'approx_after')}(?P<joined>{words('possessive')})?|{words('possessive')})"
            rf"(?P<noun>[\u4e00-\u9fff]{{2}})"
        ),
        not_a_share=re.compile(rf"{change}|{words('change_nouns')}"),
        rate_suffixes=vocabulary.words("rate_suffixes"),
        unnamed=re.compile(rf"(?:{counted_at}|{words('progress_adverbs')}|[、，,\s])*"),
        changing=re.compile(rf"(?P<name>[^，；。、：\d]{{2,16}}?)(?:{words('progress_adverbs')})*(?:{change})"),
    )


def _rate_words(ctx: DocumentContext, figure: Figure, links: _Links) -> str:
    """The words that name the rate a percentage states, without what links them to it.

    The figures of a list (占比分别为23.1%、62.5%、45.5%) take the name before the first; a level
    reached after another figure of its clause (城镇化率由45.9%提高到52.6%, 城镇化率提升0.9个百分点、
    达62.1%) takes that figure's name, without the verb of its change."""
    head = ctx.list_head(figure)
    words = links.tail.sub("", ctx.fragment(head))
    if words and not links.unnamed.fullmatch(words):
        return words
    previous = [f for f in ctx.figures_between(ctx.clause(head.start)[0], head.start) if f.end <= head.start]
    if not previous:
        return _named_in_clause_before(ctx, head, words, links)
    if previous[-1].kind not in (Kind.PERCENT, Kind.PERCENTAGE_POINT):
        return words
    return links.change.sub("", links.tail.sub("", ctx.fragment(ctx.list_head(previous[-1]))))


def _named_in_clause_before(ctx: DocumentContext, rate: Figure, words: str, links: _Links) -> str:
    """覆盖面逐步扩大，2012年底已达到12.5%: a rate whose own clause names nothing (a date, 已) takes its
    name from the clause before it in its sentence, joined by a comma, when that clause has no figure
    and is the name and a verb of its change: the level the change reached."""
    start = ctx.clause(rate.start)[0]
    if not links.unnamed.fullmatch(words) or start <= rate.sentence[0] + 1 or ctx.text[start - 1] not in "，,":
        return words
    before = ctx.clause(start - 2)
    if before[1] > start or ctx.figures_between(*before):
        return words
    found = links.changing.fullmatch(ctx.text[before[0] : start - 1])
    return found.group("name") if found else words


def _share_of(ctx: DocumentContext, words: str) -> str | None:
    """占 and the whole it opens, with no change after it (民生支出占一般公共预算支出的80%):
    a part over its whole. 占比提高5% is a change of the share, not the share."""
    links = _links(ctx.vocabulary)
    found = list(links.share_of.finditer(words))
    if not found or links.not_a_share.search(words, found[-1].end()):
        return None
    return words[found[-1].start() :]


def _share_of_what_follows(ctx: DocumentContext, figure: Figure, words: str) -> str | None:
    """A percentage of the people or things named after it (惠及90%的在校生, 贡献了全省74.6%的规模
    工业增加值, 95%以上的学生, 扩大到85%以上地市): 的 or a qualifier and a noun right after the figure, which
    is no change (15%的增长, 的增速, 20%以上增长) and follows no change verb (增长120%的好成绩)."""
    links = _links(ctx.vocabulary)
    after = links.share_after.match(ctx.text, figure.end)
    if after is None or links.not_a_share.match(after.group("noun")) or links.not_a_share.search(words):
        return None
    return after.group()


def _against_plan(ctx: DocumentContext, rate: Figure, words: str, plan_cues: tuple[str, ...], links: _Links) -> bool:
    """Whether the rate is an actual over a plan, as the completion rule reads it: a level before it
    in its sentence is named a plan (its claim's role; the rule's own plan_cues when its file gives
    them) and another carries the rate's own verb (开工 for 开工率: 实际开工105个), a narrower test
    than an actual's role, of the one word the rate names. 开复工率100% after 计划投资108.4亿元 is no
    such rate, and stays bounded."""
    suffix = ends_with_any(words, links.rate_suffixes)
    verb = words[: -len(suffix)][-2:] if suffix else ""
    levels = [f for f in ctx.sentence_figures(rate) if f.start < rate.start and is_level(f)]
    plans = [f for f in levels if plan_role(ctx, f, plan_cues) is PlanRole.PLAN]
    return bool(verb) and bool(plans) and any(f not in plans and verb in ctx.fragment(f) for f in levels)


def _changed(claim: Claim) -> bool:
    """A change (增长120%, 占比提高5%) is no rate between bounds; the level a change reaches (占比提升至
    76.4%) is one. The name's own test for a change word stays (_share_of, _share_of_what_follows): it
    sees what the claim's growth reading does not (下降超3成的情况: 超 is no hedge; 增加值 in a noun)."""
    return claim.measure is Measure.GROWTH


def _rate_noun(words: str) -> bool:
    """A bare 率 counts only when a noun precedes it (绿化覆盖率 yes, 率 alone no)."""
    return len(words) >= 3
