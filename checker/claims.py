"""Figures → claims: what each figure states, read once for every rule kind.

A figure alone is a number and a unit. What a rule needs is what the figure
*says*: 1500亿元 after 比上年增加 is an increment, not the deficit; 2040亿元
after 年均 is a mean, so a single year may exceed it; 40元 in 由40元提高到80元
is where a change started; 计划投资108.4亿元 is a plan and 完成投资129.9亿元 what was
done against it (its plan_role). Reading that once, here, from the vocabulary's
word lists, means every kind compares like with like and no kind re-derives
it with cue words of its own.

Parts are attached here too. 其中 attaches the figures of its own clause to
the nearest level before it, in the same sentence and the same stretch
between semicolons, whose unit they share: a later clause (，新增高速公路
2600公里) may have a subject and a verb of its own, so it is never read as a
part. That is the smallest reading of the list, and the one every other
reading contains: a part that exceeds its whole there exceeds it in all. A
其中 that opens its stretch (…700亿元；其中…92亿元) has no whole in it, and
takes the nearest before the semicolon; a clause that adds the rest to a level
(加上…等，…) makes the level a part of what the addition comes to.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Decimal
from functools import cache

from checker import units
from checker.indicators import Lexicon
from checker.layout import Layout
from checker.model import Claim, Figure, Indicator, Kind, Measure, PlanRole
from checker.periods import PLAN_NAME, YEAR, Periods
from checker.vocabulary import Vocabulary, alternation

LEVELS = (Kind.AMOUNT, Kind.COUNT)
RATES = (Kind.PERCENT, Kind.PERCENTAGE_POINT)
NUMERAL_YEARS = r"(?:[1-9]\d?|[一二两三四五六七八九十]+)年"
BRACKETED = re.compile(r"（[^（）]*）|\([^()]*\)")
QUOTES = re.compile(r"[“”‘’\"《》]")
LOOK_BACK = 1000  # characters a sentence is read back from a figure, whatever its length
SPECIFIC = 4  # characters a subject needs to name what it measures without the lexicon
BASE_OF_CHANGE = r"(?:{compared_with}|{compared_with_year}\d{4}年)"  # 比上年, 比2002年: what a change starts from


@dataclass(frozen=True)
class _Patterns:
    """The vocabulary's lists as the patterns claims are read with."""

    category: re.Pattern[str]
    average: re.Pattern[str]
    per_unit: re.Pattern[str]
    per_thing: re.Pattern[str]
    from_level: re.Pattern[str]
    to_level: re.Pattern[str]
    level_reached: re.Pattern[str]
    increment: re.Pattern[str]
    growth: re.Pattern[str]
    reached: re.Pattern[str]
    rate_reached: re.Pattern[str]
    fall_noun: re.Pattern[str]
    noun_changed: re.Pattern[str]
    decline: re.Pattern[str]
    part_of: re.Pattern[str]
    among: re.Pattern[str]
    added: re.Pattern[str]
    total: re.Pattern[str]
    anew: re.Pattern[str]
    durations: frozenset[str]
    leading: re.Pattern[str]
    trailing: re.Pattern[str]
    trailing_before_base: re.Pattern[str]
    duration: re.Pattern[str]
    general_prefix: re.Pattern[str]
    other_time: re.Pattern[str]
    plan: re.Pattern[str]
    actual: re.Pattern[str]
    per_population: re.Pattern[str]
    denominator: re.Pattern[str]
    noun_after: re.Pattern[str]


@cache
def _patterns(vocabulary: Vocabulary) -> _Patterns:
    """The patterns of one vocabulary, compiled once (cached): every figure of every document is read
    with them, and a --rules folder's vocabulary.toml changes them, so they are built from its lists."""
    words = vocabulary.alternation
    change = words("change_up", "change_down")
    aim = f"{words('aim_nouns')}{words('aim_links')}?"
    return _Patterns(
        category=re.compile(rf"^{words('category_bounds')}[^\s，。；、,;]"),
        average=re.compile(words("average")),
        per_unit=re.compile(words("per_unit")),
        per_thing=re.compile(rf"([\u4e00-\u9fff]){words('per_measure')}"),
        from_level=re.compile(words("from_level")),
        to_level=re.compile(rf"^(?:{change}|{words('change_short')})?{words('hedges')}*{words('reaches')}$"),
        level_reached=re.compile(rf"^[，、]?{words('hedges')}*(?:{words('growth_to')}|{words('level_reached')})$"),
        # 增产12.5亿斤, 增收1200元, 多增3000亿元, 净增5万户: the increment root's word family
        # (增至356万辆 reaches a level).
        increment=re.compile(
            rf"(?:{change}|{words('increment_root_before')}{words('increment_root')}"
            rf"|(?<![{''.join(vocabulary.words('increment_root_not_after'))}]){words('increment_root')}(?!{words('reaches')})[\u4e00-\u9fff]?)"
            rf"{words('hedges')}*$"
        ),
        # A rate after a verb of change or a change noun is a growth (增长7%, 增速为7%).
        # 经济增长预期目标为7%左右: a change named a target is still a change.
        # 居民消费价格涨幅控制在3.5%左右: a change rate held at a value is still the change's.
        growth=re.compile(
            rf"(?:{change}|{words('change_nouns')})(?:{aim})?{words('held_at')}?(?:{words('hedges')}|{words('reaches')})*$"
        ),
        # 下降到120%, 提高到52.6%, 降至5%: a verb of change and a word of arrival, the level a rate
        # reaches, not the size of its change (增速为7% is a growth: a change noun, not a verb).
        reached=re.compile(
            rf"(?:{change}|{words('change_short')}){words('hedges')}*{words('reaches')}"
            rf"(?:{words('hedges')}|{words('reaches')})*$"
        ),
        # 居民消费价格涨幅回落到2.6%, 增速提高到7%: a change noun, then a verb of change and a word of
        # arrival: the rate the change reached, still a growth (of the noun's sign, not the verb's).
        rate_reached=re.compile(
            rf"(?P<noun>{words('change_nouns')})(?:{change}|{words('change_short')}){words('hedges')}*{words('reaches')}"
            rf"(?:{words('hedges')}|{words('reaches')})*$"
        ),
        fall_noun=re.compile(rf"^{words('fall_nouns')}$"),
        noun_changed=re.compile(rf"(?P<noun>{words('change_nouns')})(?:{change}|{words('change_short')})$"),
        decline=re.compile(rf"{words('change_down')}(?:{words('hedges')}|{words('reaches')})*$"),
        part_of=re.compile(words("part_of")),
        # 全县十二个乡镇中，八个镇…: a count, the short noun it counts (a note in brackets may
        # follow), 中; 项目正在建设中 is in the course of, not among.
        among=re.compile(
            rf"(?!\S{{0,4}}?{words('progressive')})[\u4e00-\u9fff]{{1,4}}(?:[（(][^）)]{{1,8}}[）)])?{words('among')}[，,：:]"
        ),
        # 平均每天新增1.5万户，加上个体工商户等，各类市场主体每天新增4.5万户: a clause that adds the rest.
        added=re.compile(rf"[，,]?{words('added_rest')}"),
        total=re.compile(words("running_total")),
        anew=re.compile(words("work_done_anew")),
        durations=frozenset(vocabulary.words("duration_units")),
        leading=re.compile(
            rf"^(?:{words('subject_openers')}|{words('as_of')}\S{{0,8}}?{words('period_ends')}|[，、\s])+"
        ),
        trailing=re.compile(rf"(?:{change}{aim}|{words('subject_links')})+$"),
        # 地区生产总值从11.37万亿元: the word that opens the starting level of an amount or a count is
        # no part of its subject (a rate's start keeps it: no Measure.BASE tells that rate apart).
        trailing_before_base=re.compile(rf"(?:{change}{aim}|{words('subject_links')}|{words('from_level')})+$"),
        duration=re.compile(rf"^{words('duration_before')}?{NUMERAL_YEARS}{words('duration_after')}?"),
        general_prefix=re.compile(rf"^{words('general_prefixes')}+"),
        other_time=re.compile(rf"{words('other_time')}|{PLAN_NAME}|{words('until')}\d{{4}}年|(?<!\d)[1-9]\d?年(?!度)"),
        plan=vocabulary.pattern("plan_words"),
        actual=vocabulary.pattern("actuals"),
        per_population=vocabulary.pattern("per_unit", "average"),
        denominator=denominator_pattern(vocabulary.words("denominator_scales")),
        # 提出8%左右的国内生产总值增长目标: a rate written before the noun it is the target of, a change
        # and an aim noun ending it (the noun may be empty: 6%以上的增长目标, 5.5%左右的预期增长目标).
        noun_after=re.compile(
            rf"{words('approx_after', 'at_least_after', 'at_most_after')}?{words('possessive')}{words('aim_nouns')}?"
            rf"(?P<noun>[\u4e00-\u9fffA-Za-z0-9.]{{0,16}}?)(?P<change>{change}|{words('change_nouns')}){words('aim_nouns')}"
        ),
    )


def noun_after(layout: Layout, figure: Figure) -> str | None:
    """The noun a rate is written before, as the target of its change (提出8%左右的国内生产总值增长目标 →
    国内生产总值; 6%以上的增长目标 → the empty noun), or None when the rate is not written so: what
    the rate states is read after it, since nothing before it (提出) names it."""
    found = _patterns(layout.vocabulary).noun_after.match(layout.text, figure.end, figure.end + 40)
    return found.group("noun") if found is not None else None


def states_increment(layout: Layout, figure: Figure) -> bool:
    """Whether the words before a figure make it a change (增加, 增收, 多增 …), whatever else it is
    (户均增收3850元 is an amount per household of an increment)."""
    return bool(_patterns(layout.vocabulary).increment.search(layout.fragment(figure)))


def read_claims(layout: Layout, periods: Periods, lexicon: Lexicon) -> tuple[Claim, ...]:
    """One claim per figure of the document, in the figures' order, read with the layout's vocabulary."""
    return _Reader(layout, periods, _patterns(layout.vocabulary), lexicon).claims()


class _Reader:
    """Reads the claims of one document: each subject once, then what depends on it."""

    def __init__(self, layout: Layout, periods: Periods, patterns: _Patterns, lexicon: Lexicon) -> None:
        self.layout = layout
        self.periods = periods
        self.patterns = patterns
        self.lexicon = lexicon
        self.index = {figure.start: i for i, figure in enumerate(layout.figures)}
        self.heads = [layout.list_head(figure) for figure in layout.figures]
        self.subjects = [self._subject(figure) for figure in layout.figures]
        # 提出8%左右的国内生产总值增长目标: the aim noun after a figure (not a list's item), read once
        self.aim_nouns = [
            noun_after(layout, figure) if head is figure else None
            for figure, head in zip(layout.figures, self.heads, strict=True)
        ]
        self.measures = [
            _measure(layout, patterns, i, head, self.aim_nouns[i] is not None) for i, head in enumerate(self.heads)
        ]

    def claims(self) -> tuple[Claim, ...]:
        layout, patterns = self.layout, self.patterns
        wholes = dict(_parts(layout, patterns, self.measures, self.subjects))
        for part, whole in _added(layout, patterns, self.measures):
            wholes.setdefault(part, whole)  # a part 其中 attaches keeps that whole
        found = []
        indicators: list[Indicator | None] = []
        for i, figure in enumerate(layout.figures):
            indicator = self._indicator(i, indicators)
            indicators.append(indicator)
            found.append(
                Claim(
                    figure,
                    self.subjects[i],
                    self.measures[i],
                    _signed(patterns, figure, self.measures[i], layout.fragment(self.heads[i])),
                    self._other_time(figure),
                    wholes.get(i),
                    _total(layout, patterns, self.heads[i]),
                    indicator,
                    indicator.name if indicator is not None else self._specific_subject(i),
                    self.periods.at(figure.start),
                    _anew(layout, patterns, figure),
                    plan_role_named_by(layout.fragment(figure), patterns.plan, patterns.actual),
                    self.aim_nouns[i],
                )
            )
        return tuple(found)

    def _subject(self, figure: Figure) -> str:
        """The noun phrase a figure measures: 全年地区生产总值达到360亿元 → 地区生产总值.

        The clause text before the figure, from the end of the previous figure
        in the same clause, without the verbs and adverbs that join it to
        the figure (the vocabulary's subject_openers and subject_links).
        """
        fragment = self.layout.fragment(figure)
        if fragment.rstrip().endswith("、"):
            # 改造2.5万套城市危旧房、2.6万户城中村: the noun before 、 follows the previous figure.
            return ""
        # 地区生产总值（GDP）: a bracketed abbreviation or gloss is dropped, quotes are unwrapped.
        phrase = QUOTES.sub("", BRACKETED.sub("", fragment))
        trailing = self.patterns.trailing_before_base if figure.kind in LEVELS else self.patterns.trailing
        phrase = trailing.sub("", phrase)
        if figure.kind not in LEVELS:
            phrase = self.patterns.noun_changed.sub(r"\g<noun>", phrase)  # 涨幅回落(到2.6%) → 涨幅
        phrase = self.patterns.leading.sub("", phrase)
        phrase = self.patterns.duration.sub("", phrase)  # 5年增长18.7%: the span of years is time, not the subject
        return phrase.strip("、 \t")

    def _indicator(self, i: int, indicators: list[Indicator | None]) -> Indicator | None:
        """The lexicon's indicator for a figure: from its subject (its list head's), for a bare
        growth rate (同比增长7%) from the level before it in the sentence, and for a bare level
        reached from the figure before it (`indicators`: those of the figures before this one)."""
        head = self.heads[i]
        h = self.index[head.start]
        subject = self._named(h)
        found = self._match(subject) or self._named_after(i)  # an empty subject matches nothing
        # 地区生产总值达到5.53万亿元、稳居全国前十强、增长4.8%: a rate that goes on
        # the level's clause after 、 speaks of the level's indicator. After a rate of its
        # own kind the 、 starts a new indicator noun instead (能耗下降5.1%、二氧化碳排放下降6.3%).
        continues = (
            self.layout.fragment(head).startswith("、")
            and self.measures[h] is Measure.GROWTH
            and not (h > 0 and self.measures[h - 1] is Measure.GROWTH)
        )
        if found is None and (not subject or continues) and head.kind in RATES:
            j = h
            while j > 0 and self.layout.figures[j - 1].start >= head.sentence[0]:
                j -= 1
                if self._named(j):
                    return self._match(self._named(j))
        if found is None and not subject and head.kind not in RATES and h > 0:
            # 地区生产总值增长5.5%、达到10.3万亿元; 突破3万亿元、达3.6万亿元; 从A提高到B: a level that
            # only a word of arrival joins to the figure before it in its sentence is the level that
            # figure's subject reached, when that figure is its growth or a level of its kind.
            before = self.layout.figures[h - 1]
            if (
                before.start >= head.sentence[0]
                and (before.kind == head.kind or self.measures[h - 1] is Measure.GROWTH)
                and self.patterns.level_reached.match(self.layout.fragment(head).strip())
            ):
                return indicators[h - 1]
        return found

    def _named_after(self, i: int) -> Indicator | None:
        """The indicator of the noun a rate (not an item of a list) is written before: 提出8%左右的国内生产
        总值增长目标 names 国内生产总值 after the figure, 提出 before it nothing."""
        named, figure = self.aim_nouns[i], self.layout.figures[i]
        if named is None or figure.kind not in RATES:
            return None
        if not named:
            # 5.5%左右的预期增长目标: a growth target that names no noun is the economy's (the vocabulary's
            # unnamed_growth_subject); a fall (下降3%的目标) names nothing.
            rises = self.layout.vocabulary.pattern("change_up")
            found = self.patterns.noun_after.match(self.layout.text, figure.end, figure.end + 40)
            if found is None or not rises.fullmatch(found.group("change")):
                return None
            return self.lexicon.match(self.layout.vocabulary.words("unnamed_growth_subject")[0])
        return self._match(named)

    def _match(self, subject: str) -> Indicator | None:
        """The lexicon's indicator of a subject, or of its part from the year it names on: 今年 opens the
        noun phrase, what stands before it frames the sentence (中央提出今年经济增长预期目标为7%左右)."""
        found = self.lexicon.match(subject)
        if found is None:
            *framed, named = self.layout.vocabulary.pattern("this_year").split(subject)
            if framed:
                found = self.lexicon.match(named)
        return found

    def _named(self, i: int) -> str:
        """The subject of figure `i` without the base of a comparison, which names no indicator: 比上年
        and 比2002年 are what a change is measured from (国内生产总值达到24.66万亿元，比2002年增长65.5%
        speaks of 国内生产总值), 投入比上年 names 投入."""
        base = self.layout.vocabulary.regex(BASE_OF_CHANGE)
        return base.split(self.subjects[i], maxsplit=1)[0].strip()

    def _specific_subject(self, i: int) -> str | None:
        """A subject long enough to name what it measures without the lexicon (产量 alone could be of anything).
        The base of a comparison is no part of a name: 比上年增加 names nothing, 投入比上年 names 投入."""
        subject = self.patterns.general_prefix.sub("", self._named(self.index[self.heads[i].start]))
        return subject if len(subject) >= SPECIFIC else None

    def _other_time(self, figure: Figure) -> bool:
        """Whether a figure speaks of another time than its section's year: a year named
        before it in its sentence (2020年地区生产总值336亿元, 到2030年), or a time word in
        its own clause (上年, 累计, 年均, 十四五) or in a clause of time words that opens its
        sentence (近三年累计，单位国内生产总值能耗下降10.08%). 比上年有所加快 in an earlier
        clause does not make the next clause's figure last year's, and the base a change is
        measured against (比上年增长7.4%) does not either: the change is the section's year's."""
        layout = self.layout
        period = self.periods.at(figure.start)
        # At most LOOK_BACK characters back: a hostile endless sentence stays linear.
        years = {
            int(m.group())
            for m in YEAR.finditer(layout.text, max(figure.sentence[0], figure.start - LOOK_BACK), figure.start)
        }
        if years - {period.year}:
            return True
        other_time = self.patterns.other_time
        before = _without_bases(layout, layout.before(figure))
        if self.periods.delivered is not None and period.year == self.periods.delivered - 1:
            # 去年居民消费价格涨幅回落到2.6% in a stretch of the year under review (a look back in this
            # year's plan): the speaker's last year is the stretch's own year, as a year it names is.
            before = layout.vocabulary.pattern("last_year_spoken").sub("", before)
        stated = other_time.search(before)
        return bool(stated) or _framed(layout, figure, other_time)


def _without_bases(layout: Layout, text: str) -> str:
    """`text` without the bases a change is measured against (比上年增长, 同比分别下降, 较上年实际增长):
    上年 there names what the change starts from, not the time the figure speaks of. A base with a
    noun of its own (比上年预算减少198亿元: last year's budget) is not a change of the year and stays."""
    base = layout.vocabulary.regex(
        "{compared_with}(?=(?:{hedges}|{respectively}|{real_terms})*(?:{change_up}|{change_down}|{change_short}))"
    )
    return base.sub("", text)


def _framed(layout: Layout, figure: Figure, other_time: re.Pattern[str]) -> bool:
    """Whether the sentence opens with a clause of time words only, one of them of another time,
    and no figure (近三年累计，… / 五年来，…): such a clause frames every figure of the sentence."""
    start, end = layout.clause(figure.sentence[0])
    if end >= figure.start or layout.figure_indices(start, end):
        return False
    frame = layout.text[start:end]
    time_words = layout.vocabulary.regex(
        rf"[\s，,]*(?:{other_time.pattern}|{{duration_before}}|{{duration_after}}|{NUMERAL_YEARS}|(?:19|20)\d\d年)+\s*"
    )
    return bool(time_words.fullmatch(frame)) and bool(other_time.search(frame))


def _measure(layout: Layout, patterns: _Patterns, index: int, head: Figure, before_aim: bool = False) -> Measure:
    """What a figure states, from the words before it (its list head's): a rate is a growth after a verb
    of change; a level is a span of time, a class, an amount per person or thing, a mean, where a change
    started, a change, or else a level; a count is per person or thing too when its clause says so
    anywhere before it (per_population)."""
    figure = layout.figures[index]
    if figure.kind is Kind.MULTIPLE:
        return Measure.GROWTH
    fragment = layout.fragment(head)
    if figure.kind not in LEVELS:
        # 涨幅回落到2.6%: a change noun's rate reached is a growth, where 下降到120% is a level reached.
        changed = bool(patterns.growth.search(fragment) and not patterns.reached.search(fragment))
        changed = changed or bool(patterns.rate_reached.search(fragment))
        # 提出8%左右的国内生产总值增长目标: the growth target the noun after it names (before_aim).
        return Measure.GROWTH if changed or before_aim else Measure.RATE
    if figure.unit in patterns.durations:
        return Measure.DURATION
    if patterns.category.match(layout.text[figure.end : figure.end + 4]):
        return Measure.CATEGORY
    if patterns.per_unit.search(fragment) or _per_thing(patterns, fragment):
        return Measure.PER_UNIT
    if patterns.average.search(fragment):
        return Measure.AVERAGE
    measure = _change_or_level(layout, patterns, index, fragment)
    if figure.kind is Kind.COUNT and _per_population(layout, patterns, figure, measure):
        return Measure.PER_UNIT
    return measure


def _change_or_level(layout: Layout, patterns: _Patterns, index: int, fragment: str) -> Measure:
    """A level where a change starts (由50元提高到100元), a change (增加1500亿元), or the level itself."""
    figure = layout.figures[index]
    following = layout.figures[index + 1] if index + 1 < len(layout.figures) else None
    if (
        patterns.from_level.search(fragment)
        and following is not None
        and patterns.to_level.match(layout.text[figure.end : following.start])
    ):
        return Measure.BASE
    if patterns.increment.search(fragment):
        return Measure.INCREMENT
    return Measure.LEVEL


def _per_population(layout: Layout, patterns: _Patterns, figure: Figure, measure: Measure) -> bool:
    """Whether a count is one per person or thing by what its clause says before it, however many
    figures come between (每千人口拥有3岁以下托位数4.5个: the 3岁 splits its fragment). An increment
    reads its whole sentence: it is of the level it changes, which may be stated per thing in an
    earlier clause (每百户拥有汽车21.5辆，比2007年增加15.5辆)."""
    start = figure.sentence[0] if measure is Measure.INCREMENT else layout.clause(figure.start)[0]
    return names_population(layout.text[start : figure.start], patterns.per_population, patterns.denominator)


def names_population(before: str, per: re.Pattern[str], denominator: re.Pattern[str]) -> bool:
    """A per-unit or average word (每, 人均, 平均 …), or a population written as a denominator: a scale
    word and a measure word with no digit before them (千人口床位数7.6张, 百户, 万人)."""
    return bool(per.search(before)) or any(units.counts_things(m.group(1)) for m in denominator.finditer(before))


def denominator_pattern(scales: tuple[str, ...]) -> re.Pattern[str]:
    """A scale word (千, 百, 万 …) with no digit before it, and the character after it."""
    return re.compile(rf"(?<![\d.０-９]){alternation(scales)}([\u4e00-\u9fff])")


def _total(layout: Layout, patterns: _Patterns, head: Figure) -> bool:
    """A count after 达, 共有, 总数 … counts what exists, not what the period added."""
    return head.kind is Kind.COUNT and bool(patterns.total.search(layout.fragment(head)))


def _per_thing(patterns: _Patterns, fragment: str) -> bool:
    """A measure word and 均 (套均投资, 场均, 件均): an amount per thing that measure word counts,
    the family of 人均 and 户均 wherever a report coins one."""
    return any(units.counts_things(match.group(1)) for match in patterns.per_thing.finditer(fragment))


def _anew(layout: Layout, patterns: _Patterns, figure: Figure) -> bool:
    """Work done anew in the year: a verb of it anywhere before the figure in its clause, which
    governs the objects a 、 joins (新增智慧养老院30家、家庭养老床位1万张)."""
    start = layout.clause(figure.start)[0]
    return bool(patterns.anew.search(layout.text, start, figure.start))


def plan_role_named_by(fragment: str, plan: re.Pattern[str], actual: re.Pattern[str]) -> PlanRole:
    """What the words just before a figure (its fragment, not its list head's: 计划投资100亿元、200亿元
    names the first a plan) make it against a plan: a plan word (计划, 目标, 下达 …) makes it the plan,
    even after an actual word (完成年度计划投资); else an actual word (完成, 实际 …) what was done."""
    if plan.search(fragment):
        return PlanRole.PLAN
    if actual.search(fragment):
        return PlanRole.ACTUAL
    return PlanRole.NONE


def _signed(patterns: _Patterns, figure: Figure, measure: Measure, fragment: str) -> Decimal:
    """A rate stated as a fall (下降3%) is a negative growth; any other figure keeps its value (the
    level a fall reaches, 下降到120%, too). The rate a change noun reached has the noun's sign: 涨幅
    回落到2.6% is a rise of 2.6%, 降幅收窄到2% a fall of 2%."""
    if figure.kind in RATES and measure is Measure.GROWTH and (reached := patterns.rate_reached.search(fragment)):
        return -figure.value if patterns.fall_noun.match(reached.group("noun")) else figure.value
    if figure.kind in RATES and measure is Measure.GROWTH and patterns.decline.search(fragment):
        return -figure.value
    return figure.value


def _parts(
    layout: Layout, patterns: _Patterns, measures: list[Measure], subjects: list[str]
) -> Iterator[tuple[int, Figure]]:
    """(index of a part, its whole) for every figure that 其中 makes a part of a level before it."""
    text = layout.text
    for cue in patterns.part_of.finditer(text, 0, layout.body_end):
        _, clause_end = layout.clause(cue.end())
        if not text[cue.end() : clause_end].strip():
            clause_end = layout.clause(clause_end + 1)[1]  # 其中，第一产业…: the parts follow the mark
        parts = [i for i in layout.figure_indices(cue.end(), clause_end) if measures[i] is Measure.LEVEL]
        parts += _parallel_parts(layout, measures, subjects, parts, clause_end)
        segment_start = _whole_stretch_start(layout, cue.start(), parts)
        candidates = [i for i in layout.figure_indices(segment_start, cue.start()) if measures[i] is Measure.LEVEL]
        # Each unit's parts go to the nearest whole in that unit (重点项目420个，完成投资3860亿元，
        # 其中产业项目215个、完成投资1920亿元: 215个 of the 420个, 1920亿元 of the 3860亿元).
        for unit in dict.fromkeys(layout.figures[i].unit for i in parts):
            whole = next((w for w in reversed(candidates) if _counts_as(layout, layout.figures[w], unit)), None)
            if whole is not None:
                yield from ((i, layout.figures[whole]) for i in parts if layout.figures[i].unit == unit)
    yield from _among(layout, patterns, measures)


def _counts_as(layout: Layout, whole: Figure, unit: str) -> bool:
    """Whether a level may be the whole of parts in `unit`: its own unit, or a count of the noun the
    parts' measure word opens (12个项目获国家科学技术奖，其中1项…: 项 counts the 项目 of the whole)."""
    if whole.unit == unit:
        return True
    return whole.kind is Kind.COUNT and bool(unit) and layout.text.startswith(unit, whole.end)


def _whole_stretch_start(layout: Layout, cue: int, parts: list[int]) -> int:
    """Where the wholes of a 其中 may start: its stretch (between ；。), or, when 其中 opens its stretch
    (2003年中央财政支出700亿元，比上年增长19.9%；其中用于…的补助资金由上年46亿元增加到92亿元), the
    stretch before it in the same sentence, since a stretch that opens with 其中 states no whole."""
    start = layout.stretch(cue)[0]
    if not parts or layout.text[start:cue].strip() or start == 0:
        return start
    before = layout.stretch(start - 1)[0]
    return before if before >= layout.figures[parts[0]].sentence[0] else start


ADDED_MEASURES = (Measure.LEVEL, Measure.PER_UNIT, Measure.AVERAGE)


def _added(layout: Layout, patterns: _Patterns, measures: list[Measure]) -> Iterator[tuple[int, Figure]]:
    """平均每天新增1.5万户，加上个体工商户等，各类市场主体每天新增4.5万户: a level, a clause that adds the
    rest to it (the vocabulary's added_rest) and, in the same stretch, the first level after that
    clause in its unit and of its measure: what the addition comes to, a whole of the level."""
    figures = layout.figures
    for i, part in enumerate(figures[:-1]):
        if part.kind not in LEVELS or measures[i] not in ADDED_MEASURES or not layout.in_body(part.start):
            continue
        clause_end = layout.clause(part.start)[1]
        if layout.text[part.end : clause_end].strip() or not patterns.added.match(layout.text, clause_end):
            continue
        added_end = layout.clause(clause_end + 1)[1]
        stretch_end = layout.stretch(part.start)[1]
        for j in layout.figure_indices(added_end, stretch_end):
            if figures[j].unit == part.unit and figures[j].kind is part.kind:
                if measures[j] is measures[i]:
                    yield i, figures[j]
                break


PARALLEL_HEAD = 4  # characters of a subject's end that name the same kind of thing (产业投资)


def _parallel_parts(
    layout: Layout, measures: list[Measure], subjects: list[str], parts: list[int], end: int
) -> list[int]:
    """The clauses after a 其中 clause that go on with parts of the same kind: 其中第一产业投资4.2亿元，
    第二产业投资63.5亿元，第三产业投资97.8亿元. Each must state one level in the unit of the 其中
    part, under a subject that ends as the part's does (its last four characters); the first
    clause that does not ends them."""
    if len(parts) != 1 or len(subjects[parts[0]]) < PARALLEL_HEAD:
        return []
    head, unit = subjects[parts[0]][-PARALLEL_HEAD:], layout.figures[parts[0]].unit
    stretch_end = layout.stretch(end)[1]
    found: list[int] = []
    while end < stretch_end:
        start, end = layout.clause(end + 1)
        inside = list(layout.figure_indices(start, end))
        if len(inside) != 1 or measures[inside[0]] is not Measure.LEVEL:
            break
        i = inside[0]
        if layout.figures[i].unit != unit or not subjects[i].endswith(head):
            break
        found.append(i)
    return found


def _among(layout: Layout, patterns: _Patterns, measures: list[Measure]) -> Iterator[tuple[int, Figure]]:
    """全县十二个乡镇中，八个镇、五个乡…: the counts of the next clause are parts of the count
    that the clause before names as the set they are drawn from."""
    for index, whole in enumerate(layout.figures):
        if whole.kind is not Kind.COUNT or measures[index] is not Measure.LEVEL or not layout.in_body(whole.start):
            continue
        among = patterns.among.match(layout.text, whole.end)
        if among is None:
            continue
        clause_end = layout.clause(among.end())[1]
        for i in layout.figure_indices(among.end(), clause_end):
            if measures[i] is Measure.LEVEL and layout.figures[i].unit == whole.unit:
                yield i, whole
