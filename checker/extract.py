"""Document → figures: every number the report states as a quantity.

A figure is a number with a unit (万元, 亩, 个, %, 倍 …): the unit is what
makes a number a figure in a report, and it is what tells a year (2021年),
a date (4月底), an ordinal (第十八届), a slogan (“十四五”, “三个100”) or a
model name (5G, 7×24小时) from a figure. The extractor works on the text with
full-width digits made ASCII (same length, so offsets stay valid) and scans it
once, left to right, with one regular expression for numbers; what follows a
number (multiplier, 余/多, unit, qualifier) is read by small steps.

Numbers that look like figures but are not come back as SetAside entries with
the reason, for `indicheck figures --all`.
"""

from __future__ import annotations

import bisect
import decimal
import functools
import re
from dataclasses import dataclass, replace
from decimal import Decimal

from checker import numerals, units
from checker.model import Document, Extraction, Figure, Kind, Qualifier, SetAside

# --- what may stand around a number -----------------------------------------------

LEADING_QUALIFIERS = {
    "大约": Qualifier.APPROX, "约": Qualifier.APPROX, "将近": Qualifier.APPROX,
    "接近": Qualifier.APPROX, "近": Qualifier.APPROX,
    "超过": Qualifier.AT_LEAST, "突破": Qualifier.AT_LEAST, "逾": Qualifier.AT_LEAST,
    "超": Qualifier.AT_LEAST, "多达": Qualifier.AT_LEAST,
    "不超过": Qualifier.AT_MOST, "不到": Qualifier.AT_MOST, "不足": Qualifier.AT_MOST,
    "低于": Qualifier.AT_MOST,
}  # fmt: skip
TRAILING_QUALIFIERS = {
    "以上": Qualifier.AT_LEAST, "以内": Qualifier.AT_MOST, "以下": Qualifier.AT_MOST,
    "左右": Qualifier.APPROX, "上下": Qualifier.APPROX,
}  # fmt: skip
# 余/多 between the number and its unit (3.6亿余元, 20多万人) make a floor.
OVER = "余多"
# Units after which a trailing 多 still belongs to the figure (1倍多, 3年多).
TRAILING_OVER_UNITS = frozenset({"倍", "年", "个月", "天", "小时", "岁"})

RANGE_SEPARATORS = ("——", "—", "–", "-", "~", "至", "到")
LIST_SEPARATORS = ("、", "和", "与", "及", "或")

# A Chinese numeral and measure word followed by these is a fixed term, not a
# count (三次产业 are the primary/secondary/tertiary industries).
# 两位数 is "double-digit", 八项规定 a named regulation, 五人制 a football format.
NUMERAL_TERMS = re.compile(r"次(?:产业|分配|供水|网|创业|开发)|位一体|位数|人制|项规定|个(?:大局|确立|维护|务必|结合|毫不动摇|市场|积极性)|种资源")
# Words that make the numeral after them part of a name.
TERMS_BEFORE_NUMERAL = ("铁人",)
# A span of years that frames other figures (五年来, 这五年, 5年增长18.7%) is a period, not a figure.
PERIOD_AFTER = re.compile(r"(?:来|间|里|期间|的|增长|提升|提高|增加|下降|减少|累计|年均|共)")
PERIOD_BEFORE = ("这", "过去", "近", "未来", "今后", "关键", "前", "后", "最近", "头")
# A duration that names a campaign or plan (三年行动, 五年规划) is a name.
CAMPAIGN = re.compile(r"年(?:行动|规划|计划|攻坚|专项)")
GRADE = re.compile(r"(?:[A-Z]?级|星级?|甲等|乙等|等奖)")
# The glossary (名词解释) at the end of a report, and its numbered entries "12. 源网荷储：…".
# checker.context reads the same entries for the glossary rules.
GLOSSARY_HEADING = re.compile(
    r"^[ \t　]*(?:附件?[：:]?[ \t　]*)?[【\[（(]?[ \t　]*(?:名[ \t　]*词[ \t　]*(?:解[ \t　]*释|注[ \t　]*释)|附注)"
    r"[ \t　]*[】\]）)]?[ \t　]*[:：]?[ \t　]*$",
    re.M,
)
GLOSSARY_ENTRY = re.compile(
    r"^[ \t　]*(?:\d+[.、．]|[（(]\d+[）)])[ \t　]*(?P<term>[^:：\n]{1,40})[:：](?P<definition>[^\n]*)", re.M
)
QUOTED = re.compile(r"“[^“”\n]{1,16}”|‘[^‘’\n]{1,16}’|「[^「」\n]{1,16}」|\"[^\"\n]{1,16}\"")
TITLE = re.compile(r"《[^《》\n]{1,120}》")
SENTENCE_END = re.compile(r"[。！？!?\n]")
# A line break right after a digit, before a multiplier or a unit, is no break at all:
# text converted from PDF cuts figures so (国内生产总值达到74.4⏎⏎万亿元).
SOFT_BREAK = re.compile(r"(?<=[\d.])[ \t]*\n[\s]{0,6}?(?=[万亿千百]|[^\W\d_])")

CHINESE_NUMERAL = "〇零一二两三四五六七八九十百千万亿"
CHINESE_START = "〇零一二两三四五六七八九十"


@dataclass(frozen=True)
class _Candidate:
    """A number read from the text, before the list and range passes."""

    start: int
    end: int
    value: Decimal
    decimals: int
    scale: Decimal
    number_end: int  # where the number itself ends (before multiplier and unit)
    unit: str  # as written, without multiplier; "" when none
    qualifier: Qualifier | None
    multiplier: str  # 万, 亿 … as written, "" when none
    arabic: bool
    reason: str | None = None  # why it is not a figure, or None
    upper: Decimal | None = None  # the high bound of a range


@functools.cache
def _unit_pattern() -> re.Pattern[str]:
    forms = sorted(units.surface_forms(), key=len, reverse=True)
    unit = "|".join(re.escape(form) for form in forms)
    # A Latin unit must not run on into more letters (km, not kmh; MW, not MWp).
    return re.compile(rf"(?:{unit})(?![A-Za-z])(?:/(?:{unit})(?![A-Za-z]))?")


@functools.cache
def _number_pattern() -> re.Pattern[str]:
    unit = _unit_pattern().pattern
    return re.compile(
        # A minus right after a word is a sign (增长-2.3%); after a digit, % or a
        # bracket it joins a range (3-5万元, 2021-2025年).
        r"(?P<ar>(?:(?<![\d%A-Za-z）)\]])-)?(?:\d+(?:,\d{3})+(?![\d,])(?:\.\d+)?|\d+(?:\.\d+)?))"
        rf"|(?P<pct>百分之|千分之)"
        rf"|(?P<fan>翻了?[一两二三四]番)"
        # A Chinese numeral is a candidate only where a unit, a fraction or
        # 年 follows: most Chinese digits in a report are words (统一, 一批).
        rf"|(?P<cn>[{CHINESE_START}][{CHINESE_NUMERAL}]*)(?=[{OVER}]?(?:{unit}|分之|年))"
    )


# The rest of a mixed number after its multiplier: 3万4000, 1万6千, 1亿2000万.
# Four digits exactly after 万, so that 390万65岁 stays two numbers.
MIXED_TAIL = {
    "万": (re.compile(r"(\d{4})()(?![\d.])"), re.compile(r"(\d)(千|百)(?![\d万亿])")),
    "亿": (re.compile(r"(\d{1,4})(万)"), re.compile(r"(\d)(千万)")),
}
MULTIPLIER_PATTERN = re.compile(
    "|".join(re.escape(m) for m in numerals.MULTIPLIERS) + r"|千(?=元|美元)|百万(?=元|美元)"
)


def extract(document: Document) -> Extraction:
    """All figures of a document, in order of their position."""
    return extract_text(document.text)


def extract_text(text: str) -> Extraction:
    """All figures of a text, in order of their position.

    The arithmetic runs in a context wide enough for any number a text can
    write, so nothing is rounded on the way; a figure with more digits than
    the checks compute exactly (MAX_DIGITS) is set aside, never rounded.
    """
    with decimal.localcontext(WIDE):
        return _extract_text(text)


# Enough digits for any number written with a multiplier (a 1000-digit number
# times 万亿 still fits), so reading never rounds; the checks then work with
# the default 28 digits, which a figure must not exceed.
WIDE = decimal.Context(prec=2000, Emax=decimal.MAX_EMAX, Emin=decimal.MIN_EMIN)
MAX_DIGITS = 28


def _extract_text(text: str) -> Extraction:
    norm = numerals.normalise(text)
    context = _Context(norm)
    candidates: list[_Candidate] = []
    for match in _number_pattern().finditer(norm):
        if candidates and match.start() < candidates[-1].end:
            continue  # already read as part of the previous figure (3万4000)
        candidate = _read(match, norm)
        if candidate is not None:
            candidates.append(_classify(candidate, norm, context))
    candidates = _merge_ranges(candidates, norm)
    candidates = _distribute_lists(candidates, norm)

    figures, set_aside = [], []
    for cand in candidates:
        surface = text[cand.start : cand.end]
        if cand.reason is not None:
            if cand.arabic or cand.reason not in ("no unit", "indefinite"):
                set_aside.append(SetAside(cand.start, cand.end, surface, cand.reason))
            continue
        figures.append(_figure(cand, surface, context))
    return Extraction(tuple(figures), tuple(set_aside))


class _Context:
    """Facts about positions in the text, computed once per document."""

    def __init__(self, norm: str) -> None:
        self.norm = norm
        self.quoted = _spans(QUOTED, norm)
        self.titles = _spans(TITLE, norm)
        soft = soft_breaks(norm)
        self.sentence_ends = [m.start() for m in SENTENCE_END.finditer(norm) if m.start() not in soft]
        self.terms: list[tuple[int, int]] = []
        heading = GLOSSARY_HEADING.search(norm)
        if heading:
            self.terms = [m.span("term") for m in GLOSSARY_ENTRY.finditer(norm, heading.end())]

    def sentence(self, start: int, end: int) -> tuple[int, int]:
        ends = self.sentence_ends
        i = bisect.bisect_left(ends, start)
        left = ends[i - 1] + 1 if i > 0 else 0
        j = bisect.bisect_left(ends, end)
        right = ends[j] + 1 if j < len(ends) else len(self.norm)
        while left < right and self.norm[left] in " \t　":
            left += 1
        return left, right


def soft_breaks(text: str) -> frozenset[int]:
    """Offsets of the newlines inside figures cut across lines (see SOFT_BREAK)."""
    found = set()
    for match in SOFT_BREAK.finditer(text):
        unit = _unit_pattern().match(text, match.end()) or MULTIPLIER_PATTERN.match(text, match.end())
        if unit:
            found.update(match.start() + i for i, ch in enumerate(match.group()) if ch == "\n")
    return frozenset(found)


def _spans(pattern: re.Pattern[str], text: str) -> list[tuple[int, int]]:
    return [m.span() for m in pattern.finditer(text)]


def _inside(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    i = bisect.bisect_right(spans, (start, float("inf"))) - 1
    return i >= 0 and spans[i][0] <= start and end <= spans[i][1]


def _read(match: re.Match[str], norm: str) -> _Candidate | None:
    """Read one number and what follows it: multiplier, 余/多, unit."""
    start, pos = match.span()
    group = match.lastgroup
    qualifier = None
    multiplier = ""
    scale = Decimal(1)
    decimals = 0

    if group == "fan":
        times = numerals.CHINESE_DIGITS[match.group()[-2]]
        return _Candidate(start, pos, Decimal(2) ** times, 0, Decimal(1), pos, "倍", None, "", False)

    if group == "pct":
        number = re.compile(r"\d+(?:\.\d+)?|[" + CHINESE_NUMERAL + "]+").match(norm, pos)
        if number is None:
            return None
        digits = number.group()
        if digits[0].isdigit():
            value, decimals = numerals.arabic(digits)
        else:
            try:
                value, _ = numerals.chinese(digits)
            except ValueError:
                return None
        unit = "%" if match.group() == "百分之" else "‰"
        end = number.end()
        return _Candidate(start, end, value, decimals, Decimal(1), end, unit, None, "", False)

    if group == "ar":
        value, decimals = numerals.arabic(match.group())
    else:
        numeral = match.group()
        fraction = re.compile(r"分之([" + CHINESE_NUMERAL + r"]+|\d+(?:\.\d+)?)").match(norm, pos)
        if fraction:
            try:
                denominator, _ = numerals.chinese(numeral)
                part = fraction.group(1)
                numerator = numerals.arabic(part)[0] if part[0].isdigit() else numerals.chinese(part)[0]
            except ValueError:
                return None
            if denominator == 0:
                return None
            share = (numerator * 100 / denominator).quantize(Decimal("1e-10")).normalize()
            end = fraction.end()
            return _Candidate(start, end, share, 10, Decimal(1), end, "%", None, "", False)
        try:
            value, scale = numerals.chinese(numeral)
        except ValueError:
            return None

    if group == "ar":
        wrapped = SOFT_BREAK.match(norm, pos)
        if wrapped and (MULTIPLIER_PATTERN.match(norm, wrapped.end()) or _unit_pattern().match(norm, wrapped.end())):
            pos = wrapped.end()
    if pos < len(norm) and norm[pos] in OVER and group == "ar":
        qualifier, pos = Qualifier.AT_LEAST, pos + 1
    mult = MULTIPLIER_PATTERN.match(norm, pos) if group == "ar" else None
    if mult:
        multiplier = mult.group()
        factor = _multiplier_value(multiplier)
        value, scale, pos = value * factor, factor, mult.end()
        tails = MIXED_TAIL.get(multiplier, ()) if decimals == 0 else ()
        tail = next((t for t in (p.match(norm, pos) for p in tails) if t), None)
        if tail:
            place = _multiplier_value(tail.group(2)) if tail.group(2) else Decimal(1)
            value, scale, pos = value + Decimal(tail.group(1)) * place, place, tail.end()
    if pos < len(norm) and norm[pos] in OVER:
        qualifier, pos = Qualifier.AT_LEAST, pos + 1

    unit = ""
    unit_match = _unit_pattern().match(norm, pos)
    if unit_match:
        unit, pos = unit_match.group(), unit_match.end()
        if unit == "个百分点":
            unit = "百分点"
        if unit in TRAILING_OVER_UNITS and pos < len(norm) and norm[pos] in OVER:
            qualifier = Qualifier.AT_LEAST
    number_end = match.end()
    return _Candidate(start, pos, value, decimals, scale, number_end, unit, qualifier, multiplier, group == "ar")


def _multiplier_value(multiplier: str) -> Decimal:
    return {"千": Decimal(1000), "百": Decimal(100), "千万": Decimal(10) ** 7}.get(multiplier) or numerals.MULTIPLIERS[multiplier]


def _classify(cand: _Candidate, norm: str, ctx: _Context) -> _Candidate:
    """Set the qualifier from the words around the number, or say why it is no figure."""
    start, end = cand.start, cand.end
    before = norm[max(0, start - 3) : start]
    after = norm[end : end + 6]
    previous = before[-1:] or "\n"  # the character before the number; start of text counts as a line start
    following = after[:1] or "\n"
    number_end = cand.number_end
    after_number = norm[number_end : number_end + 6]
    next_char = after_number[:1] or "\n"

    reason = None
    if _digits(cand.value, cand.decimals) > MAX_DIGITS:
        reason = "too many digits"  # beyond exact arithmetic: set aside rather than rounded
    elif _inside(ctx.titles, start, end):
        reason = "title"
    elif _inside(ctx.quoted, start, end):
        reason = "slogan"
    elif _inside(ctx.terms, start, end):
        reason = "term"
    elif before.endswith("第") or (before.endswith("前") and cand.unit in ("位", "名")):
        reason = "ordinal"
    elif before.endswith("届") and cand.unit == "次":
        reason = "ordinal"  # 十二届八次全会: the eighth plenary session
    elif cand.arabic and _is_year(cand, norm):
        reason = "year"
    elif not cand.arabic and cand.unit == "年" and number_end - start >= 4 and cand.scale == 1:
        reason = "year"  # 二〇三五年
    elif cand.arabic and cand.unit == "" and re.match(r"月(?!份?[内中])|日|号(?!线|机)", after_number):
        reason = "date" if after_number[0] in "月日" else "name"
    elif cand.unit == "" and GRADE.match(after_number):
        reason = "grade"
    elif cand.arabic and (
        (previous.isascii() and previous.isalpha()) or previous in "+×*#/"
        or (cand.unit == "" and next_char.isascii() and next_char.isalpha())
        or following in "+×*" or next_char in "+×*"
    ):
        reason = "name"
    elif cand.arabic and cand.unit == "" and previous in "\n（( \t　" and next_char in ".、)）．":
        reason = "numbering"
    elif cand.unit == "" and after_number.startswith("号"):
        reason = "name"
    elif not cand.arabic and norm[start:number_end] == "一" and cand.unit != "倍":
        reason = "indefinite"  # 一批, 一个: an article, not a count
    elif not cand.arabic and norm[start:number_end] in ("零", "〇"):
        reason = "indefinite"  # 零部件, 零售
    elif cand.unit == "周" and after.startswith("年"):
        reason = "anniversary"
    elif cand.unit in ("年", "周") and CAMPAIGN.match(norm, end - 1):
        reason = "name"
    elif cand.unit == "年" and (PERIOD_AFTER.match(norm, end) or before.endswith(PERIOD_BEFORE)):
        reason = "period"
    elif not cand.arabic and NUMERAL_TERMS.match(norm, number_end):
        reason = "term"
    elif not cand.arabic and before.endswith(TERMS_BEFORE_NUMERAL):
        reason = "term"  # 铁人三项: a sport, not three items
    elif not cand.arabic and before.endswith(("以下", "如下")):
        reason = "structure"  # 重点抓好以下六个方面: the report's outline, not a statistic
    elif cand.unit == "" and not cand.multiplier:
        reason = "no unit"
    if reason is not None:
        return replace(cand, reason=reason)

    qualifier = cand.qualifier
    for word in sorted(LEADING_QUALIFIERS, key=len, reverse=True):
        if norm.endswith(word, 0, start):
            qualifier = LEADING_QUALIFIERS[word]
            break
    for word, trailing in TRAILING_QUALIFIERS.items():
        if after.startswith(word) or (after[:1] in OVER and after[1:].startswith(word)):
            qualifier = trailing
            break
    return replace(cand, qualifier=qualifier)


def _digits(value: Decimal, decimals: int) -> int:
    """How many digits the value has written out in full: 1.5亿 has 9, 0.25 has 2."""
    _sign, digits, exponent = value.as_tuple()
    if not isinstance(exponent, int):
        return 0
    whole = max(len(digits) + exponent, 0)
    return whole + max(decimals, -exponent, 0)


def _is_year(cand: _Candidate, norm: str) -> bool:
    """2021年, 2021-2025年, 2021、2022年, 2021年度: a calendar year, not a duration."""
    digits = norm[cand.start : cand.start + 4]
    if cand.decimals or cand.multiplier or not digits.isdigit() or not 1900 <= int(digits) <= 2100:
        return False
    if cand.number_end - cand.start != 4 or cand.unit not in ("", "年"):
        return False
    rest = norm[cand.number_end : cand.number_end + 8]
    return cand.unit == "年" or re.match(r"(?:——|[-—–~至到、])(?:19|20)\d\d", rest) is not None or (rest[:1] != "" and rest[:1] in ".－")


def _merge_ranges(cands: list[_Candidate], norm: str) -> list[_Candidate]:
    """3—5万元 and 5%—6% are one figure with two bounds; 从3%到5% is not a range."""
    merged: list[_Candidate] = []
    i = 0
    while i < len(cands):
        low = cands[i]
        high = cands[i + 1] if i + 1 < len(cands) else None
        if high is not None and _is_range(low, high, norm):
            # The low bound takes the multiplier of the high one (3—5万元).
            scale = low.scale if low.multiplier else high.scale
            value = low.value if low.multiplier else low.value * (high.scale if high.multiplier else 1)
            merged.append(replace(high, start=low.start, value=value, decimals=low.decimals,
                                  scale=scale, upper=high.value))  # fmt: skip
            i += 2
        else:
            merged.append(low)
            i += 1
    return merged


def _is_range(low: _Candidate, high: _Candidate, norm: str) -> bool:
    separator = norm[low.end : high.start]
    return (
        separator in RANGE_SEPARATORS
        and low.reason in (None, "no unit")
        and high.reason is None
        and low.arabic == high.arabic
        and low.unit in ("", high.unit)
        and not norm.endswith(("从", "由"), 0, low.start)
        and (low.unit == "" or separator not in ("到", "至"))
    )


def _distribute_lists(cands: list[_Candidate], norm: str) -> list[_Candidate]:
    """3、5万元 gives both the unit; a qualifier ending a 分别 list applies to each."""
    result = list(cands)
    i = len(result) - 1
    while i > 0:
        last = result[i]
        j = i
        # Walk back over numbers joined to the last one by 、和与及或 only.
        while j > 0 and norm[result[j - 1].end : result[j].start] in LIST_SEPARATORS:
            j -= 1
        if j < i and last.reason is None:
            clause_start = max(norm.rfind(p, 0, result[j].start) for p in "，,；;。\n")
            in_respectively = "分别" in norm[clause_start + 1 : result[j].start]
            for k in range(j, i):
                item = result[k]
                if item.unit == "个" and last.unit == "百分点" and item.reason is None:
                    result[k] = replace(item, unit="百分点")  # 2.2个和3.7个百分点
                elif item.reason == "no unit" and item.arabic and not item.multiplier:
                    result[k] = replace(
                        item, unit=last.unit, multiplier=last.multiplier, reason=None,
                        value=item.value * last.scale if last.multiplier else item.value,
                        scale=last.scale if last.multiplier else item.scale,
                        qualifier=last.qualifier if in_respectively else item.qualifier,
                    )  # fmt: skip
                elif item.reason is None and in_respectively and last.qualifier and item.qualifier is None:
                    result[k] = replace(item, qualifier=last.qualifier)
        i = j - 1
    return result


def _figure(cand: _Candidate, surface: str, ctx: _Context) -> Figure:
    unit = numerals.normalise(cand.unit)
    if unit:
        kind = units.lookup(unit).kind
    else:
        kind = Kind.COUNT
    exact = kind is Kind.COUNT and cand.arabic and not cand.multiplier and cand.decimals == 0
    return Figure(
        start=cand.start,
        end=cand.end,
        text=surface,
        value=_plain(cand.value) if cand.scale != 1 else cand.value,
        unit=unit,
        kind=kind,
        decimals=cand.decimals,
        scale=cand.scale,
        qualifier=cand.qualifier,
        upper=None if cand.upper is None else _plain(cand.upper),
        exact=exact,
        sentence=ctx.sentence(cand.start, cand.end),
        multiplier=cand.multiplier if cand.arabic else "",
    )


def _plain(value: Decimal) -> Decimal:
    """3.6亿 is 360000000, not 360000000.0 or 3.6E+8.

    Only values computed through a multiplier are made plain; a value written
    without one keeps its digits (120.0 stays 120.0).
    """
    normal = value.normalize()
    return normal.quantize(Decimal(1)) if normal == normal.to_integral_value() else normal
