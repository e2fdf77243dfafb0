"""Last year's targets against this year's actuals: the auditor's table.

A report delivered in year N sets targets for N (its headline 主要预期目标 and
task targets throughout its plan part); the report delivered in N+1 reviews
N. Each target of the previous report is paired with the current report's
actual for the same indicator, the same measure (level, growth, rate) and the
same year, and gets a status:

- `met` / `missed`: a floor (以上, 达到, 力争, 突破) is met when the actual is
  at least the target; a ceiling (以内, 控制在, 以下, 不超过, and plain targets
  of indicators where less is better: 失业率, 居民消费价格) when it is at most;
  a 左右 target within a tolerance the rule sets, on the unfavourable side only.
- `not reported`: the current report states no actual for it.
- `not comparable`: the current report states it only for another scope (a
  five-year total or average, 累计, 年均, 扣除…, another measure word).

Actuals from a five-year review (十四五时期, 五年来) or about another year are
never taken for the year's figure.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from checker.model import Figure, Kind, Measure, Qualifier, TargetRow

if TYPE_CHECKING:
    from checker.context import DocumentContext

# The words before a target that make it a floor or a ceiling (rules/vocabulary.toml).
FLOOR_CUES = r"{floor_cues}[^，；。]{0,12}$"
CEILING_CUES = r"{ceiling_cues}[^，；。]{0,12}$"
MIN_SUFFIX = 4  # characters a subject must have to be paired by suffix
HEADLINE_LINES = 12  # lines a headline list broken over lines may run to


@dataclass(frozen=True)
class Tolerances:
    """How far a 左右 target may be missed on the unfavourable side and still count as met."""

    points: Decimal = Decimal("0.5")  # for rates, in percentage points
    relative: Decimal = Decimal("0.10")  # for levels, as a share of the target

    @classmethod
    def of(cls, params: Any) -> Tolerances:
        """The tolerances a rule of kind targets sets (tolerance_points, tolerance_relative)."""
        return cls(params.tolerance_points, params.tolerance_relative)


@functools.lru_cache(maxsize=2)  # the pair being linted; a context holds its whole document
def pair_targets(
    previous: DocumentContext, current: DocumentContext, tolerances: Tolerances = Tolerances()
) -> tuple[TargetRow, ...]:
    """Each target of `previous` with `current`'s actual for it and a status. Cached per pair of
    contexts: the targets rules (IC901–IC903) and the magnitude rule (IC907) all read one pairing."""
    year = _target_year(previous)
    actuals = _actuals(current, year)
    rows = []
    for target in _targets(previous, year):
        key = previous.key(target)
        if key is None:
            continue  # _targets keeps only figures with a key
        name = _name(previous, target, key)
        indicator = previous.indicator(target)
        family = previous.claim(target).measure.family
        candidates = [a for a in _same_indicator(actuals, key) if current.claim(a).measure.family == family]
        total = previous.claim(target).total  # 新增2家 is not answered by 达6家
        comparable = [a for a in candidates if _same_scope(current, a, year) and current.claim(a).total == total]
        bound = _bound(
            previous, target, indicator.direction if indicator else "higher", declines=previous.claim(target).value < 0
        )
        headline = indicator is not None and _headline(previous, target)
        if not candidates:
            rows.append(
                TargetRow(name, target, None, "not reported", bound, headline, "no actual in the current report")
            )
            continue
        if not comparable:
            # Show the year's own figure of another scope (年末…) before a five-year one.
            shown = next((a for a in candidates if current.period(a.start).year == year), candidates[0])
            note = "the current report gives it for another scope (年均, 累计, 五年, 年末 …)"
            if current.delivered is None:
                note = UNKNOWN_YEAR_NOTE
            rows.append(TargetRow(name, target, shown, "not comparable", bound, headline, note))
            continue
        actual = comparable[0]
        if actual.unit != target.unit and not (actual.kind is Kind.PERCENT and target.kind is Kind.PERCENT):
            rows.append(
                TargetRow(
                    name,
                    target,
                    actual,
                    "not comparable",
                    bound,
                    headline,
                    f"counted in {actual.unit or '—'} instead of {target.unit or '—'}",
                )
            )
            continue
        status, note = _compare(previous, current, target, actual, bound, tolerances)
        rows.append(TargetRow(name, target, actual, status, bound, headline, note))
    return tuple(rows)


# The government a report is delivered to: 在广东省第十四届人民代表大会…, 在第十三届全国人民代表大会….
GOVERNMENT = (
    r"{delivered_at}(?P<where>[^\s，。—]{0,12}?){ordinal_before}[一二三四五六七八九十]+{congress_session}"
    r"\s*(?P<national>{national})?\s*{congress}"
)
GOVERNMENT_HEAD = 600  # characters of a report's opening where its date line stands


def government(ctx: DocumentContext) -> str | None:
    """Whose report it is (广东省, 全国), from its date line, or None when it has none."""
    match = ctx.vocabulary.regex(GOVERNMENT).search(ctx.text, 0, GOVERNMENT_HEAD)
    if match is None:
        return None
    return match.group("where") or match.group("national") or None


UNKNOWN_YEAR_NOTE = (
    "the current report's year cannot be read (no date line, title, congress session, dated heading or "
    "dated review), so the year it reviews is not told from earlier ones"
)


def year_problem(previous: DocumentContext, current: DocumentContext) -> str | None:
    """Why targets and actuals cannot be paired by year: a report whose delivery year no way of
    stating it gives (periods.report_year), or None. Said in one line, not left to a silent
    "not comparable"."""
    unknown = [ctx.document.path for ctx in (previous, current) if ctx.delivered is None]
    if not unknown:
        return None
    return (
        f"{' and '.join(unknown)}: the year the report was delivered cannot be read (no date line, title, "
        "congress session, dated heading or dated review paragraph); its targets and actuals are paired "
        "without their years"
    )


class PairingError(Exception):
    """Two reports that are not last year's and this year's of one government; one line, exit 2."""


def pairing_problem(previous: DocumentContext, current: DocumentContext, lang: str = "en") -> str | None:
    """Why two reports cannot be last year's and this year's of one government, or None; in `lang`.

    Pairing the same report with itself, the two in the wrong order or two governments' reports
    gives a table of statuses that mean nothing; it is refused instead.
    """
    first, second = previous.document.path, current.document.path
    zh = lang == "zh"
    if previous.text == current.text:
        if zh:
            return f"{first} 与 {second} 是同一份报告；请给出上年的报告和本年的报告"
        return f"{first} and {second} are the same report; give last year's report and this year's"
    if previous.delivered is not None and current.delivered is not None and previous.delivered >= current.delivered:
        if zh:
            return (
                f"{first} 是 {previous.delivered} 年的报告，{second} 是 {current.delivered} 年的，"
                "但上年的报告应在前；请先给出上年的报告"
            )
        return (
            f"{first} is of {previous.delivered} and {second} of {current.delivered}, but the previous report "
            "must be the earlier one; give last year's report first"
        )
    theirs, ours = government(previous), government(current)
    if theirs is not None and ours is not None and theirs != ours:
        if zh:
            return f"{first} 是{theirs}的报告，{second} 是{ours}的报告；请给出同一政府的两份报告"
        return f"{first} is a report of {theirs} and {second} of {ours}; give two reports of the same government"
    return None


def _same_indicator(actuals: dict[str, list[Figure]], key: str) -> list[Figure]:
    """The actuals named as the target is; else those whose name ends the target's (新增高新技术企业
    for 高新技术企业: a target carries a leading verb its actual may drop). Not the other way:
    软件和信息技术服务业增加值 is a part of 服务业增加值, not its actual."""
    if key in actuals:
        return actuals[key]
    return [
        figure
        for name, figures in actuals.items()
        if len(name) >= MIN_SUFFIX and key.endswith(name)
        for figure in figures
    ]


def _name(ctx: DocumentContext, target: Figure, key: str) -> str:
    """What the table and IC902 call a target: its indicator or subject (`key`), except for a count
    written before what it counts (高质量建设15个承接产业转移主平台和7个大型产业集聚区), which is named
    by the thing after its measure word (承接产业转移主平台, 大型产业集聚区): what stands before such a
    count is a verb (高质量建设) or the item before it (…主平台和), not its name."""
    if target.kind is not Kind.COUNT or ctx.indicator(target) is not None:
        return key
    counted = ctx.vocabulary.regex(
        r"(?:{approx_after}|{at_least_after}|{at_most_after})?"
        r"(?P<counted>[\u4e00-\u9fff]{2,}?)(?:(?:{list_joins}|{item_joins})?(?=[0-9０-９一二两三四五六七八九十])|(?![\u4e00-\u9fff]))"
    ).match(ctx.text, target.end, min(len(ctx.text), target.end + COUNTED_NAME))
    return counted.group("counted") if counted else key


COUNTED_NAME = 20  # characters after a count that its counted thing may take


def _target_year(previous: DocumentContext) -> int | None:
    years = [p.year for p in previous.periods if p.role == "target" and p.year is not None and not p.plan]
    return previous.delivered or (min(years) if years else None)


def _targets(ctx: DocumentContext, year: int | None) -> list[Figure]:
    found = []
    for figure in ctx.figures:
        period = ctx.period(figure.start)
        if not ctx.in_body(figure.start) or period.role != "target" or period.plan:
            continue
        if year is not None and period.year not in (None, year):
            continue
        if ctx.in_list(figure) or ctx.other_year(figure) or ctx.key(figure) is None:
            continue
        if figure.kind is Kind.MULTIPLE or ctx.claim(figure).measure is Measure.DURATION:
            continue
        # A lexicon indicator is a target by being stated in the plan part; any other
        # subject needs a verb that makes it a task (新增…, 建成…), in the headline list too
        # (重点抓好以下八个方面 is no target).
        if ctx.indicator(figure) is None and not ctx.vocabulary.pattern("task_verbs").search(ctx.before(figure)):
            continue
        found.append(figure)
    return found


def _same_scope(ctx: DocumentContext, figure: Figure, year: int | None) -> bool:
    """An actual of the target's year and of the whole indicator: not a five-year figure,
    not 年均/累计/扣除…, not about another year."""
    period = ctx.period(figure.start)
    if period.plan or (year is not None and period.year not in (None, year)):
        return False
    before = ctx.before(figure)
    indicator = ctx.indicator(figure)
    if indicator is not None and indicator.annual_average and ctx.vocabulary.pattern("year_end").search(before):
        return False  # 年末城镇调查失业率5.2% does not answer a target for the year's average
    return not ctx.vocabulary.pattern("average_growth", "other_basis").search(before) and not ctx.other_year(figure)


def _headline(ctx: DocumentContext, figure: Figure) -> bool:
    """Whether a target is in the headline list: its paragraph opens with 主要预期目标, or the
    list began in an earlier line that ended with ；，： (a list broken over lines)."""
    start = ctx.paragraph(figure.start)[0]
    for _ in range(HEADLINE_LINES):
        if ctx.vocabulary.pattern("headline_markers").search(ctx.text[start : figure.start]):
            return True
        previous_end = start - 1
        if previous_end <= 0:
            return False
        line_start = ctx.paragraph(previous_end - 1)[0]
        if ctx.text[:previous_end].rstrip()[-1:] not in "；;，,：:":
            # The line that opens the list (…预期目标作了适当调整。) may still name it.
            return bool(ctx.vocabulary.pattern("headline_markers").search(ctx.text[line_start:previous_end]))
        start = line_start
    return False


def _actuals(ctx: DocumentContext, year: int | None) -> dict[str, list[Figure]]:
    """The review's figures by indicator, five-year ones included (to tell "not comparable")."""
    found: dict[str, list[Figure]] = {}
    for figure in ctx.figures:
        period = ctx.period(figure.start)
        if not ctx.in_body(figure.start) or period.role != "actual":
            continue
        if ctx.in_list(figure) and ctx.list_head(figure) is not figure:
            continue
        key = ctx.key(figure)
        if key is not None:
            found.setdefault(key, []).append(figure)
    return found


def _bound(ctx: DocumentContext, target: Figure, direction: str, declines: bool) -> str:
    """floor, ceiling, approx or range, on the target's signed value.

    A decline target bounds the decline: 下降3%以上 is a growth of at most −3%,
    so its floor is a ceiling of the signed value.
    """
    if target.upper is not None:
        return "range"
    if target.qualifier is Qualifier.APPROX:
        return "approx"
    flip = {"floor": "ceiling", "ceiling": "floor"}
    if target.qualifier is Qualifier.AT_LEAST:
        bound = "floor"
    elif target.qualifier is Qualifier.AT_MOST:
        bound = "ceiling"
    elif ctx.vocabulary.regex(CEILING_CUES).search(ctx.before(target)):
        bound = "ceiling"
    elif ctx.vocabulary.regex(FLOOR_CUES).search(ctx.before(target)):
        bound = "floor"
    else:
        # A plain target: a floor of what should grow; a reduction (下降3%) or an
        # indicator where less is better, a ceiling of the signed value.
        return "ceiling" if direction == "lower" or declines else "floor"
    return flip[bound] if declines else bound


def _compare(
    previous: DocumentContext,
    current: DocumentContext,
    target: Figure,
    actual: Figure,
    bound: str,
    tolerances: Tolerances,
) -> tuple[str, str]:
    """met or missed, and the note that shows why, on the signed values of the claims (a decline target
    is a negative growth): a range by its end on the favourable side, 左右 within the tolerance on the
    unfavourable side, a floor or a ceiling by itself."""
    goal = previous.claim(target).value
    value = current.claim(actual).value
    indicator = previous.indicator(target)
    lower_is_better = (indicator.direction if indicator else "higher") == "lower"
    if target.kind in (Kind.PERCENT, Kind.PERCENTAGE_POINT):
        tolerance, unit = tolerances.points, " pp"  # 个百分点 in Chinese output (report/wording.py)
    else:
        tolerance, unit = abs(goal) * tolerances.relative, target.written_unit
    if bound == "range":
        # 下降3%—5% is a growth of −5% to −3%: the upper bound takes the sign of the lower one, and a
        # decline range, like a decline target, bounds the decline (at least 3% down).
        declines = goal < 0
        assert target.upper is not None  # a range has its upper bound
        upper = -target.upper if declines else target.upper
        low, high = sorted((goal, upper))
        met = value <= high if lower_is_better or declines else value >= low
        limit = high if lower_is_better or declines else low
    elif bound == "approx":
        met = value <= goal + tolerance if lower_is_better else value >= goal - tolerance
        limit = goal
    elif bound == "ceiling":
        met = value <= goal
        limit = goal
    else:
        met = value >= goal
        limit = goal
    gap = value - limit
    scale = target.scale if target.multiplier else Decimal(1)
    shown = (gap / scale).normalize()
    note = f"actual {actual.text} against target {target.text}"
    if not met:
        note += f": {'above' if gap > 0 else 'below'} by {abs(shown):f}{unit}"
        if bound == "approx":
            note += f" beyond the {'+' if lower_is_better else '−'}{(tolerance / scale).normalize():f} tolerance"
    return ("met" if met else "missed"), note
