"""Numbers as Chinese texts write them → Decimal, one small grammar per form.

Several writings occur, often in one sentence: Arabic digits (half- or
full-width, with thousands separators), Arabic digits with Chinese places
(1.5亿, 3万4000, 5万4千6百, 2千零30万), Chinese numerals (两万, 一千二百,
百亿, 二〇三五, 三万五), Chinese decimals (六点四二, 零点六), a minus (负3.9),
approximate spans (三五百, 七八万, 十五六), 多/余 (十多万: at least) and 数/几
(数十亿: a few tens). The extractor finds where a numeral is and what follows
it; this module only says what the numeral is worth, and how precisely it was
written.

Every grammar refuses (returns None) what it cannot read with certainty: a
wrong figure corrupts every check built on it, while a refused one is only
set aside, with the reason, for `indicheck figures --all`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from decimal import Decimal

# Full-width forms are one character each, like their ASCII twins, so
# translating them keeps every offset into the text valid. The same holds for
# the variant numerals reports and their conversions write: ○ (U+25CB, a
# circle) for 〇 in 二○三五年, and the traditional 萬, 億, 兩, 點, 負, 數, 幾, 個, 幣.
# The ideographic comma "，" is punctuation, never a thousands separator, so it
# is left alone.
FULL_WIDTH = dict(
    zip("０１２３４５６７８９．％＋－～：−○萬億兩點負數幾個幣", "0123456789.%+-~:-〇万亿两点负数几个币", strict=True)
)
PLAIN_NUMBER = re.compile(r"[0-9]+(?:\.[0-9]+)?")

CHINESE_DIGITS = {
    "〇": 0,
    "零": 0,
    "一": 1,
    "二": 2,
    "两": 2,
    "三": 3,
    "四": 4,
    "五": 5,
    "六": 6,
    "七": 7,
    "八": 8,
    "九": 9,
}
# Each digit as a number is written with it: 二 (两 is said before a measure word: 两万, 两个).
WRITTEN_DIGITS = "〇一二三四五六七八九"
SMALL_UNITS = {"十": 10, "百": 100, "千": 1000}
LARGE_UNITS = {"万": 10**4, "亿": 10**8}
# 多/余 inside a numeral (十多万, 三百余万) make it a floor; 数/几 stand for a
# digit the writer leaves open (数十亿: a few tens of 亿).
MORE = "多余"
SEVERAL = "数几"
NUMERAL_CHARACTERS = "".join(CHINESE_DIGITS) + "".join(SMALL_UNITS) + "".join(LARGE_UNITS) + "点" + MORE + SEVERAL

TOKEN = re.compile(r"([0-9]+(?:\.[0-9]+)?)|([〇零一二两三四五六七八九])|([十百千])|([万亿])|([多余])|([数几])")
POINT = re.compile(r"(?P<whole>[^点]+)点(?P<fraction>[〇零一二三四五六七八九]+)(?P<more>[多余])?(?P<large>万亿|万|亿)?")


@dataclass(frozen=True)
class Reading:
    """What a written number is worth, and how precisely it was written.

    It stands for value ± ½·10^-decimals·scale, the convention of Figure:
    1.5亿 has one decimal at scale 1e8, 两万 none at scale 1e4, 三万五 none at
    scale 1000 (the place of its last digit). `factor` is the 万/亿 the numeral
    ends with, which the low bound of a range shares (3—5万元); `upper` is the
    high bound of an approximate span (三五百 → 300 to 500); `more` says a
    多/余 made it a floor (十多万).
    """

    value: Decimal
    decimals: int = 0
    scale: Decimal = Decimal(1)
    factor: Decimal = Decimal(1)
    upper: Decimal | None = None
    approx: bool = False
    more: bool = False


def normalise(text: str) -> str:
    """The text with full-width digits, signs and variant numerals made plain, same length.

    One str.replace per character present is several times faster than str.translate
    on a long Chinese text.
    """
    for wide, plain in FULL_WIDTH.items():
        if wide in text:
            text = text.replace(wide, plain)
    return text


def arabic(digits: str) -> tuple[Decimal, int]:
    """Value and decimals of "1,100" or "119.80" (decimals count trailing zeros)."""
    plain = digits.replace(",", "")
    decimals = len(plain.partition(".")[2])
    return Decimal(plain), decimals


def chinese(numeral: str) -> tuple[Decimal, Decimal]:
    """Value and step of a Chinese numeral: 一千二百 → (1200, 100).

    The step is the place of the last written digit (两万 → 10000, 三万五 →
    1000), which is the precision a writer of Chinese numerals implies. A run
    of digits with no place characters (二〇三五) reads digit by digit, as years
    are written. Raises ValueError for what `read` refuses or reads as a span.
    """
    reading = read(numeral)
    if reading is None or reading.upper is not None or reading.more or reading.decimals:
        raise ValueError(f"not a Chinese numeral: {numeral!r}")
    return reading.value, reading.scale


def count(numeral: str) -> int | None:
    """A whole count written in Arabic or Chinese numerals (12, 十二, 两), or None."""
    reading = read(numeral)
    if reading is None or reading.upper is not None or reading.more or reading.decimals:
        return None
    return int(reading.value) if reading.value == reading.value.to_integral_value() else None


def written(number: int) -> str:
    """A whole number from 1 to 99 as an ordinal is written in Chinese numerals: 14 → 十四, 10 → 十, 20 → 二十.

    The inverse of count for the names that carry an ordinal (十四五, 第十八届), which
    checker.periods writes to name the plan that ends in a given year.
    """
    if not 0 < number < 100:
        raise ValueError(f"no ordinal written below 100: {number}")
    tens, ones = divmod(number, 10)
    ten = (WRITTEN_DIGITS[tens] if tens > 1 else "") + ("十" if tens else "")
    return ten + (WRITTEN_DIGITS[ones] if ones else "")


def read(numeral: str) -> Reading | None:
    """Any numeral of the grammar (Arabic, Chinese or mixed), or None if it cannot be read with certainty."""
    if PLAIN_NUMBER.fullmatch(numeral):
        return Reading(Decimal(numeral), decimals=len(numeral.partition(".")[2]))  # the common case, fast
    if numeral.startswith("负"):
        return _negative(numeral[1:])
    if "点" in numeral:
        return _point(numeral)
    tokens = _tokens(numeral)
    if tokens is None:
        return None
    first = TOKEN.match(numeral)
    decimals = len(first.group(1).partition(".")[2]) if first and first.group(1) else 0
    tokens, more = _without_more(tokens)
    if tokens is None:
        return None
    if any(kind == "several" for kind, _, _ in tokens):
        reading = _several(tokens)
    elif not any(kind in ("small", "large") for kind, _, _ in tokens):
        reading = _digit_run(tokens)
    elif _span_at(tokens) is not None:
        reading = _span(tokens)
    else:
        reading = _places(tokens)
    if reading is None or not (more or decimals):
        return reading
    return replace(reading, more=more, decimals=decimals)


# --- the grammars, one per form ------------------------------------------------------

Token = tuple[str, Decimal, int]  # kind, value, width (Arabic digits written; 0 for a Chinese digit)


def _tokens(numeral: str) -> list[Token] | None:
    """「5万4千6百」 → digit 5, large 万, digit 4, small 千, digit 6, small 百; None if anything else is in it."""
    tokens: list[Token] = []
    pos = 0
    for match in TOKEN.finditer(numeral):
        if match.start() != pos:
            return None
        pos = match.end()
        arabic_run, digit, small, large, more, _several = match.groups()
        if arabic_run is not None:
            if "." in arabic_run and tokens:
                return None  # a decimal point only in the leading number (1.5亿, not 3万4.5)
            tokens.append(("digit", Decimal(arabic_run), len(arabic_run.partition(".")[0])))
        elif digit is not None:
            tokens.append(
                ("zero" if CHINESE_DIGITS[digit] == 0 and tokens else "digit", Decimal(CHINESE_DIGITS[digit]), 0)
            )
        elif small is not None:
            tokens.append(("small", Decimal(SMALL_UNITS[small]), 0))
        elif large is not None:
            tokens.append(("large", Decimal(LARGE_UNITS[large]), 0))
        elif more is not None:
            tokens.append(("more", Decimal(0), 0))
        else:
            tokens.append(("several", Decimal(0), 0))
    return tokens if tokens and pos == len(numeral) else None


def _without_more(tokens: list[Token]) -> tuple[list[Token] | None, bool]:
    """十多万 → 十万, a floor: 多/余 may stand once, after a digit or place and before 万/亿 only."""
    where = [i for i, (kind, _, _) in enumerate(tokens) if kind == "more"]
    if not where:
        return tokens, False
    i = where[0]
    if len(where) > 1 or i == 0 or any(kind != "large" for kind, _, _ in tokens[i + 1 :]):
        return None, False
    return tokens[:i] + tokens[i + 1 :], True


def _places(tokens: list[Token]) -> Reading | None:
    """Place-value numerals: 一千二百, 两万, 三万五, 百亿, 1.5亿, 3万4000, 5万4千6百, 2千零30万, 一亿五千万.

    Small places (十百千) fall within a group of four digits, each after one
    digit (or first, as in 十五 and 百亿); 万 closes a group, 亿 everything
    before it (三万亿 is 3e12). A Chinese digit after a place with no 零 is the
    spoken short form (三万五 = 35000, 一千二 = 1200). An Arabic number after a
    place fits below it (1亿2000万, 2千零30万) and, last, fills it exactly
    (3万4000), so 390万65 is no one number.
    """
    state = _PlaceValue()
    steps = {"digit": state.digit, "zero": state.zero, "small": state.small, "large": state.large}
    for i, (kind, value, written) in enumerate(tokens):
        if not steps[kind](value, written, first=i == 0):
            return None
    return state.finish()


class _PlaceValue:
    """The running state of one place-value numeral, token by token; each step says whether it may stand there."""

    def __init__(self) -> None:
        self.done = Decimal(0)  # the closed 万/亿 groups
        self.section = Decimal(0)  # the open group below 万
        self.pending: Decimal | None = None  # a digit not yet given its place
        self.width = 0  # Arabic digits of the pending number (0 for a Chinese digit)
        self.smallest = Decimal(10**4)  # small places must decrease within a group
        self.place = Decimal(0)  # the last place written, 0 before any
        self.last_large = Decimal(0)
        self.scale = Decimal(1)
        self.factor = Decimal(1)
        self.after_zero = False

    def digit(self, value: Decimal, written: int, first: bool) -> bool:
        if self.pending is not None:
            return False
        self.pending, self.width = value, written
        return True

    def zero(self, value: Decimal, written: int, first: bool) -> bool:
        if self.pending is not None or not self.place:
            return False
        self.after_zero = True
        return True

    def small(self, value: Decimal, written: int, first: bool) -> bool:
        implicit_one = first or (value == 10 and self.after_zero)  # 十五, 百亿; 一千零十一
        if value >= self.smallest or (self.pending is None and not implicit_one) or self.width > 1:
            return False
        if self.pending is not None and self.pending % 1:
            return False  # 1.5千: a decimal takes only 万 or 亿
        self.section += (1 if self.pending is None else self.pending) * value
        self.smallest = self.scale = self.place = value
        self.pending, self.width, self.after_zero, self.factor = None, 0, False, Decimal(1)
        return True

    def large(self, value: Decimal, written: int, first: bool) -> bool:
        group = self.section + (self.pending or 0)
        below = _zeros(self.place) - (_zeros(value) if self.place >= 10**4 else 0)
        if self.width and self.place and self.width > below:
            return False  # the Arabic number does not fit below the place before it
        if self.pending is None and self.section == 0:
            if not (value == 10**8 and self.place >= 10**4):
                return False  # 万 or 亿 with nothing before it, except 万亿 and 亿亿
            self.done, self.scale, self.factor = self.done * value, self.scale * value, self.factor * value
        elif value == self.last_large == 10**4:
            return False  # 三万五万
        else:
            self.scale = value if self.pending is not None else self.scale * value
            self.factor = value
            self.done = (self.done + group) * value if value == 10**8 else self.done + group * value
        self.section, self.pending, self.width, self.after_zero = Decimal(0), None, 0, False
        self.smallest, self.place, self.last_large = Decimal(10**4), value, value
        return True

    def finish(self) -> Reading | None:
        digit = self.pending
        if digit is not None and self.place:
            if self.width:
                exact = self.width == _zeros(self.place) or (self.after_zero and self.width < _zeros(self.place))
                if not exact:
                    return None  # 390万65, 3万400: the digits do not fill the places after 万
                self.scale = Decimal(1)
            elif self.after_zero:
                self.scale = Decimal(1)  # 一百零五: the digit is a unit
            else:
                self.scale = self.place / 10  # 三万五: the digit takes the next place down
                digit *= self.scale
            self.factor = Decimal(1)
        return Reading(self.done + self.section + (digit or 0), scale=self.scale, factor=self.factor)


def _zeros(place: Decimal) -> int:
    """万 → 4, 千 → 3."""
    return len(str(int(place))) - 1


def _digit_run(tokens: list[Token]) -> Reading | None:
    """二〇三五 (digit by digit, as years are written), 3 or 100; two Chinese digits are a span (三五, 七八)."""
    if len(tokens) == 1:
        return Reading(tokens[0][1])
    if any(written for _, _, written in tokens):
        return None  # Arabic and Chinese digits with no place between them
    if len(tokens) == 2 and all(kind == "digit" for kind, _, _ in tokens):
        return _span(tokens)
    value = Decimal(0)
    for _, digit, _ in tokens:
        value = value * 10 + digit
    return Reading(value)


def _span_at(tokens: list[Token]) -> int | None:
    """Where two Chinese digits stand side by side (三五百, 十五六), or None."""
    for i in range(len(tokens) - 1):
        (kind, _, written), (next_kind, _, next_written) = tokens[i], tokens[i + 1]
        if kind == "digit" and next_kind == "digit" and not written and not next_written:
            return i
    return None


def _span(tokens: list[Token]) -> Reading | None:
    """三五百 → 300 to 500, 七八万 → 7万 to 8万, 十五六 → 15 to 16: approximate, with both bounds.

    Only neighbouring digits (七八, 两三) and 三五 make a span; other pairs
    (二五) are no numeral a writer uses, so they are refused.
    """
    i = _span_at(tokens)
    if i is None:
        return None
    low_digit, high_digit = tokens[i][1], tokens[i + 1][1]
    if not (high_digit == low_digit + 1 or (low_digit, high_digit) == (3, 5)):
        return None
    low = _places(tokens[: i + 1] + tokens[i + 2 :]) if len(tokens) > 2 else Reading(low_digit)
    high = _places(tokens[:i] + tokens[i + 1 :]) if len(tokens) > 2 else Reading(high_digit)
    if low is None or high is None:
        return None
    return replace(low, upper=high.value, approx=True)


def _several(tokens: list[Token]) -> Reading | None:
    """数十亿 → 20亿 to 90亿, 十几万 → 11万 to 19万: a few of a place, approximate.

    数/几 stand for a digit the writer leaves open: two to nine before a place
    (数十, 几百), one to nine after 十 (十几, 十数).
    """
    where = [i for i, (kind, _, _) in enumerate(tokens) if kind == "several"]
    if len(where) != 1:
        return None
    i = where[0]
    after_ten = i > 0 and tokens[i - 1] == ("small", Decimal(10), 0)
    if not after_ten and (i + 1 >= len(tokens) or tokens[i + 1][0] not in ("small", "large")):
        return None  # 数 alone is no number
    low = _places([*tokens[:i], ("digit", Decimal(1 if after_ten else 2), 0), *tokens[i + 1 :]])
    high = _places([*tokens[:i], ("digit", Decimal(9), 0), *tokens[i + 1 :]])
    if low is None or high is None:
        return None
    return replace(low, upper=high.value, approx=True)


def _point(numeral: str) -> Reading | None:
    """六点四二万 → 64200 with two decimals at scale 1e4; 零点六 → 0.6; 百分之六点三's 六点三 → 6.3."""
    match = POINT.fullmatch(numeral)
    if match is None:
        return None
    whole = read(match["whole"]) if match["whole"] not in ("零", "〇") else Reading(Decimal(0))
    if whole is None or whole.upper is not None or whole.more or whole.factor != 1 or whole.decimals:
        return None
    digits = "".join(str(CHINESE_DIGITS[ch]) for ch in match["fraction"])
    factor = (
        Decimal(LARGE_UNITS["万"] * LARGE_UNITS["亿"])
        if match["large"] == "万亿"
        else Decimal(LARGE_UNITS.get(match["large"] or "", 1))
    )
    value = (whole.value + Decimal("0." + digits)) * factor
    return Reading(value, decimals=len(digits), scale=factor, factor=factor, more=match["more"] is not None)


def _negative(numeral: str) -> Reading | None:
    """负3.9 → −3.9, 负零点五 → −0.5: the sign in words."""
    reading = read(numeral)
    if reading is None or reading.upper is not None or reading.more:
        return None
    return replace(reading, value=-reading.value)
