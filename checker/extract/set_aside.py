"""The set-aside predicates: why a number read from the text is not a figure.

Most numbers in a report that are no quantity still look like one: a year
(2021年), a date (4月底), an ordinal (第十八届), a name (1号机组, 5G), a slogan
(“三个100”), a class of size (30万吨级), a number of the outline (六个方面). Each
reason is one small predicate on the number and the text around it, tried in
the order of SET_ASIDE; the first that holds is the reason `indicheck figures
--all` shows, and a number none holds for is a figure. A wrong figure is worse
than no figure, so a number that cannot be read with certainty (too many
digits, a broken numeral) is set aside too, never guessed.
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal

from checker.extract.candidate import Candidate
from checker.extract.cues import (
    ASCII_DIGITS,
    CHINESE_DIGITS,
    CN_RUN,
    Cues,
    is_ideograph,
    unit_and_kind,
    unit_pattern,
)
from checker.model import Kind
from checker.structure import structure_of
from checker.vocabulary import Vocabulary

QUOTED = re.compile(r"“[^“”\n]{1,16}”|‘[^‘’\n]{1,16}’|「[^「」\n]{1,16}」|\"[^\"\n]{1,16}\"")
TITLE = re.compile(r"《[^《》\n]{1,120}》")
# A web address or an e-mail: its digits (and %28-style escapes) are no figures.
LINK = re.compile(
    r"(?:https?://|www\.)[A-Za-z0-9._~:/?#\[\]@!$&'()*+,;=%-]+|[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+"
)
# Characters the numeral grammar does not read: a numeral they touch is broken, not shorter.
UNREADABLE = "廿卅卌壹贰叁肆伍陆柒捌玖拾佰仟"
# Digits grouped by spaces (1 000 000): a separator the grammar does not read.
SPACED_GROUP = re.compile(r"(?<=[0-9])[ \u00a0\u2009][0-9]{3}(?![0-9])")
EXPONENT = re.compile(r"[eE][+-]?[0-9]|[×xX*]\s*10(?:\^|[⁰¹²³⁴⁵⁶⁷⁸⁹⁻])|\^|[⁰¹²³⁴⁵⁶⁷⁸⁹]")
# Digits that may start the second part of a compound quantity (一 mostly starts a word: 一年, 一批).
COMPOUND_DIGITS = ASCII_DIGITS + CHINESE_DIGITS.replace("一", "")
SECOND_PART = re.compile(rf"(?:[0-9]+(?:\.[0-9]+)?|[{CHINESE_DIGITS}])[{CHINESE_DIGITS}十百千万亿]*")
# The most digits a figure may have: the checks compute with Python's default 28-digit context.
MAX_DIGITS = 28


class Positions:
    """Facts about positions in the text, computed once per document."""

    def __init__(self, text: str, norm: str, vocabulary: Vocabulary) -> None:
        self.norm = norm
        self.quoted = _spans(QUOTED, norm)
        # What the report quotes as a slogan (“两个维护”) is a term wherever it appears, quoted or not.
        self.slogans = frozenset(
            norm[start + 1 : end - 1] for start, end in self.quoted if norm[start + 1 : start + 2] in CN_RUN
        )
        self.titles = _spans(TITLE, norm)
        self.links = _spans(LINK, norm) if "@" in norm or "www." in norm or "://" in norm else []
        structure = structure_of(text, vocabulary)
        self.sentence = structure.sentence
        self.terms = [(entry.term.start, entry.term.end) for entry in structure.glossary]


def _spans(pattern: re.Pattern[str], text: str) -> list[tuple[int, int]]:
    return [m.span() for m in pattern.finditer(text)]


def _inside(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    i = bisect.bisect_right(spans, (start, float("inf"))) - 1
    return i >= 0 and spans[i][0] <= start and end <= spans[i][1]


@dataclass(slots=True)
class _Around:
    """A candidate and the text around it, as the set-aside predicates see it (built per
    candidate and never changed; not frozen, because a frozen dataclass is slow to build)."""

    cand: Candidate
    norm: str
    positions: Positions
    cues: Cues
    before: str  # the three characters before the number
    after: str  # the six characters after the figure (unit included)
    after_number: str  # the six characters after the number (before its unit)
    previous: str  # the character before the number; the start of the text counts as a line start
    following: str  # the character after the figure
    next_char: str  # the character after the number

    @property
    def numeral(self) -> str:
        return self.norm[self.cand.start : self.cand.number_end]


def _too_many_digits(a: _Around) -> bool:
    """Beyond exact arithmetic: set aside, never rounded."""
    value = a.cand.value
    if a.cand.decimals <= 8 and (not value or -8 < value.adjusted() < 19):
        return False  # the common case, without counting digits
    return _digits(value, a.cand.decimals) > MAX_DIGITS


def _in_title(a: _Around) -> bool:
    """《东河区2021年污染防治方案》: a number inside a title names the document."""
    return _inside(a.positions.titles, a.cand.start, a.cand.end)


def _in_quotes(a: _Around) -> bool:
    """“三个100”, “5+2”: a number inside short quotes is a slogan."""
    return _inside(a.positions.quoted, a.cand.start, a.cand.end)


def _in_glossary_term(a: _Around) -> bool:
    """22. 三个离不开：… : the term a glossary entry defines."""
    return _inside(a.positions.terms, a.cand.start, a.cand.end)


def _is_arabic_year(a: _Around) -> bool:
    return a.cand.arabic and _is_year(a.cand, a.norm, a.cues)


def _broken(a: _Around) -> bool:
    """九廿元, 1 000万元: a character the grammar does not read touches the numeral; .4亿元: a point
    with no digit before it (0.4 or a lost digit: not certain); 1\u20e3 (a keycap), 3\u0305: a
    combining mark changes a digit or unit it touches into a character we do not read."""
    c = a.cand
    touching = a.previous in UNREADABLE or a.next_char in UNREADABLE or a.previous == "."
    marked = _is_mark(a.previous) or _is_mark(a.next_char) or _is_mark(a.following)
    return touching or marked or (c.arabic and c.start > 0 and SPACED_GROUP.match(a.norm, c.start - 1) is not None)


def _is_mark(char: str) -> bool:
    """A combining mark (Unicode Mn, Me), which the reader keeps: it changes the character before it."""
    return char > "\u02ff" and unicodedata.category(char) in ("Mn", "Me")


def _is_ordinal(a: _Around) -> bool:
    """第十八届; 前三位, 前10名: a rank; 十二届八次全会: the eighth plenary session."""
    c, cues = a.cand, a.cues
    return (
        a.before.endswith(cues.ordinal_before)
        or (a.before.endswith(cues.rank_before) and c.unit in cues.rank_measures)
        or (a.before.endswith(cues.session_before) and c.unit in cues.session_measures)
    )


def _is_chinese_year(a: _Around) -> bool:
    c = a.cand
    return not c.arabic and c.unit == "年" and c.number_end - c.start >= 4 and c.scale == 1 and c.upper is None


def _is_date(a: _Around) -> bool:
    """4月底, 1月8日 (not 3个月内: 月内 is a duration's end)."""
    after = a.after_number
    return (
        a.cand.arabic
        and a.cand.unit == ""
        and after.startswith(a.cues.date_after)
        and not after.startswith(a.cues.not_date_after)
    )


def _is_numbered_name(a: _Around) -> bool:
    """1号机组, 3号线: a number that names a thing."""
    return a.cand.unit == "" and a.after_number.startswith(a.cues.name_after)


def _is_grade(a: _Around) -> bool:
    """5A级, 五星级; 百万千瓦级核电机组, 30万吨级航道: a class of size, not a quantity."""
    if a.cand.unit:
        return a.after.startswith(a.cues.size_class)
    return a.cues.grade.match(a.after_number) is not None


def _is_exponent(a: _Around) -> bool:
    """1.5e8, 3×10⁴: a notation the extractor does not compute with."""
    return a.cand.arabic and (EXPONENT.match(a.after_number) is not None or a.previous in "^⁻")


def _is_latin_name(a: _Around) -> bool:
    """5G, PM2.5, CO2, 7×24小时, 5+2: a number inside a name or a formula."""
    c = a.cand
    return c.arabic and (
        (a.previous.isascii() and a.previous.isalpha())
        or a.previous in "+×*#/"
        or (c.unit == "" and a.next_char.isascii() and a.next_char.isalpha())
        or a.following in "+×*"
        or a.next_char in "+×*"
    )


def _in_link(a: _Around) -> bool:
    """https://…/2021/%28…, 12345@qq.com: digits of an address, or an escape (%28), are no figures."""
    return _inside(a.positions.links, a.cand.start, a.cand.end) or (a.cand.arabic and a.previous == "%")


def _is_numbering(a: _Around) -> bool:
    """1. 六稳六保, （3）: the number of an item; 14.2025年10件民生实事: item 14, then a year."""
    c = a.cand
    at_line_start = a.previous in "\n（( \t　"
    if c.arabic and c.unit == "" and at_line_start and a.next_char in ".、)）．":
        return True
    fraction = a.norm[c.start : c.number_end].partition(".")[2]
    return c.arabic and at_line_start and c.unit == "年" and len(fraction) == 4 and 1900 <= int(fraction) <= 2100


def _is_indefinite(a: _Around) -> bool:
    """一批, 一个: an article, not a count; 零部件, 零售: a word."""
    one = a.numeral == "一" and a.cand.value == 1 and a.cand.unit != "倍"
    return not a.cand.arabic and (one or a.numeral in ("零", "〇"))


def _is_anniversary(a: _Around) -> bool:
    return a.cand.unit == "周" and a.after.startswith("年")


def _is_campaign(a: _Around) -> bool:
    return a.cand.unit in ("年", "周") and a.cues.campaign.match(a.norm, a.cand.end - 1) is not None


def _is_period(a: _Around) -> bool:
    return a.cand.unit == "年" and (
        a.cues.period_after.match(a.norm, a.cand.end) is not None or a.before.endswith(a.cues.period_before)
    )


def _is_numeral_term(a: _Around) -> bool:
    """三次产业, 两位数, 铁人三项: a Chinese numeral inside a fixed term or a name."""
    return not a.cand.arabic and (
        a.cues.numeral_terms.match(a.norm, a.cand.number_end) is not None
        or a.before.endswith(a.cues.names_before_numeral)
    )


def _is_quoted_elsewhere(a: _Around) -> bool:
    """做到两个维护: the report quotes “两个维护” elsewhere, so it is a term here too, not two of something."""
    c = a.cand
    if c.arabic or not a.positions.slogans or not c.unit or unit_and_kind(c.unit)[1] is not Kind.COUNT:
        return False
    return any(a.norm[c.start : c.end + extra] in a.positions.slogans for extra in range(1, 5))


def _is_outline(a: _Around) -> bool:
    """重点抓好以下六个方面: the report's outline, not a statistic."""
    return not a.cand.arabic and a.before.endswith(a.cues.outline_before)


def _is_temperature(a: _Around) -> bool:
    """度 is a kilowatt-hour only where the sentence speaks of electricity (300亿度电); 零下5度 is not."""
    if a.cand.unit not in a.cues.electricity_units:
        return False
    start, end = a.positions.sentence(a.cand.start, a.cand.end)
    return a.norm.endswith(a.cues.below_zero, 0, a.cand.start) or not a.cues.electricity.search(a.norm, start, end)


def _is_between(a: _Around) -> bool:
    """10000与20000间: 间 says 'between', the numbers are bounds without a unit."""
    c = a.cand
    if c.unit not in a.cues.between and not a.norm.startswith(a.cues.between, c.number_end):
        return False
    joined = a.before[-1:] in a.cues.list_separators or a.cues.range_separator.search(a.before) is not None
    return joined and a.before[-2:-1] in tuple(ASCII_DIGITS)


def _is_compound(a: _Around) -> bool:
    """3斤5两, 1米80, 一百元五角, 五块六, 5年3个月: a quantity in two units, which one figure would misread.

    After an amount, the second part is a number with no unit we define or with
    another amount (3个月); after a count, one Chinese digit that ends the phrase
    (五块六). A count after a figure (三十年6个整镇), a figure after a count (5个100万千瓦)
    or a name after one (99个三峡库区) starts something of its own.
    """
    c = a.cand
    if not c.unit or a.following not in COMPOUND_DIGITS:
        return False
    kind = unit_and_kind(c.unit)[1]
    if kind not in (Kind.AMOUNT, Kind.COUNT):
        return False
    rest = SECOND_PART.match(a.norm, c.end)
    if rest is None:
        return False
    if kind is Kind.COUNT:
        # 五块六。 but not 99个三峡库区, 28个二级指标: a digit that starts a name or a grade
        return (
            len(rest.group()) == 1
            and rest.group() in CHINESE_DIGITS
            and not is_ideograph(a.norm[rest.end() : rest.end() + 1])
        )
    unit = unit_pattern().match(a.norm, rest.end())
    return unit is None or unit_and_kind(unit.group())[1] is Kind.AMOUNT


def _has_no_unit(a: _Around) -> bool:
    return a.cand.unit == "" and not a.cand.multiplier


# Checked in order; the first that holds is the reason the number is set aside. The last two
# columns say which numbers a predicate can hold for (Arabic or Chinese; with a unit or without),
# so that each number is tested only against those that may apply.
ANY, ARABIC_ONLY, CHINESE_ONLY, WITH_UNIT, WITHOUT_UNIT = "any", "arabic", "chinese", "unit", "no unit"
SET_ASIDE: tuple[tuple[str, Callable[[_Around], bool], str, str], ...] = (
    ("too many digits", _too_many_digits, ANY, ANY),
    ("title", _in_title, ANY, ANY),
    ("slogan", _in_quotes, ANY, ANY),
    ("term", _in_glossary_term, ANY, ANY),
    ("link", _in_link, ANY, ANY),
    ("broken numeral", _broken, ANY, ANY),
    ("ordinal", _is_ordinal, ANY, ANY),
    ("year", _is_arabic_year, ARABIC_ONLY, ANY),
    ("year", _is_chinese_year, CHINESE_ONLY, WITH_UNIT),  # 二〇三五年
    ("date", _is_date, ARABIC_ONLY, WITHOUT_UNIT),
    ("name", _is_numbered_name, ANY, WITHOUT_UNIT),
    ("grade", _is_grade, ANY, ANY),
    ("exponent", _is_exponent, ARABIC_ONLY, ANY),
    ("name", _is_latin_name, ARABIC_ONLY, ANY),
    ("numbering", _is_numbering, ARABIC_ONLY, ANY),
    ("indefinite", _is_indefinite, CHINESE_ONLY, ANY),
    ("anniversary", _is_anniversary, ANY, WITH_UNIT),
    ("name", _is_campaign, ANY, WITH_UNIT),
    ("period", _is_period, ANY, WITH_UNIT),
    ("term", _is_numeral_term, CHINESE_ONLY, ANY),
    ("term", _is_quoted_elsewhere, CHINESE_ONLY, WITH_UNIT),
    ("structure", _is_outline, CHINESE_ONLY, ANY),
    ("temperature or angle", _is_temperature, ANY, WITH_UNIT),
    ("between", _is_between, ANY, ANY),
    ("compound quantity", _is_compound, ANY, WITH_UNIT),
    ("no unit", _has_no_unit, ANY, WITHOUT_UNIT),
)
# (arabic, has a unit) → the predicates that may apply, in order
_SET_ASIDE_FOR = {
    (arabic, unit): tuple(
        (reason, applies)
        for reason, applies, script, units in SET_ASIDE
        if script in (ANY, ARABIC_ONLY if arabic else CHINESE_ONLY)
        and units in (ANY, WITH_UNIT if unit else WITHOUT_UNIT)
    )
    for arabic in (True, False)
    for unit in (True, False)
}


def why_set_aside(cand: Candidate, norm: str, positions: Positions, cues: Cues) -> str | None:
    """The reason a number is no figure (the first predicate that holds of it), or None for a figure."""
    before, after = norm[max(0, cand.start - 3) : cand.start], norm[cand.end : cand.end + 6]
    after_number = norm[cand.number_end : cand.number_end + 6]
    around = _Around(
        cand,
        norm,
        positions,
        cues,
        before,
        after,
        after_number,
        before[-1:] or "\n",
        after[:1] or "\n",
        after_number[:1] or "\n",
    )
    for reason, applies in _SET_ASIDE_FOR[cand.arabic, cand.unit != ""]:
        if applies(around):
            return reason
    return None


def _digits(value: Decimal, decimals: int) -> int:
    """How many digits the value has written out in full: 1.5亿 has 9, 0.25 has 2."""
    _sign, digits, exponent = value.as_tuple()
    if not isinstance(exponent, int):
        return 0
    whole = max(len(digits) + exponent, 0)
    return whole + max(decimals, -exponent, 0)


def _ascii_digits(text: str) -> bool:
    return text != "" and all(ch in ASCII_DIGITS for ch in text)


def _is_year(cand: Candidate, norm: str, cues: Cues) -> bool:
    """2021年, 2021-2025年, 2021、2022年, 2021年度: a calendar year, not a duration."""
    digits = norm[cand.start : cand.start + 4]
    if cand.decimals or cand.multiplier or not _ascii_digits(digits) or not 1900 <= int(digits) <= 2100:
        return False
    if len(norm[cand.start : cand.number_end].rstrip()) != 4 or cand.unit not in ("", "年"):
        return False
    rest = norm[cand.number_end : cand.number_end + 8]
    if cand.unit == "年" or (rest[:1] != "" and rest[:1] in ".－"):
        return True
    other = cues.year_after.match(norm, cand.number_end)
    if other is None:
        return False
    unit = unit_pattern().match(norm, other.end())  # 2021-2025年 are years, 1900到1901万元 is money
    return unit is None or unit.group().startswith("年")
