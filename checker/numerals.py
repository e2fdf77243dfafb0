"""Numbers as Chinese reports write them → Decimal.

Three writings occur, often in one sentence: Arabic digits (half- or
full-width, with thousands separators), Arabic digits with a Chinese
multiplier (1.5亿, 3万4000), and Chinese numerals (两万, 一千二百, 二〇三五).
The extractor finds where a number is; this module only says what it is worth.
"""

from __future__ import annotations

from decimal import Decimal

# Full-width forms are one character each, like their ASCII twins, so
# translating them keeps every offset into the text valid.
# The ideographic comma "，" is punctuation, never a thousands separator, so it
# is left alone.
FULL_WIDTH = str.maketrans("０１２３４５６７８９．％＋－～：−", "0123456789.%+-~:-")

CHINESE_DIGITS = {
    "〇": 0, "零": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4,
    "五": 5, "六": 6, "七": 7, "八": 8, "九": 9,
}  # fmt: skip
SMALL_UNITS = {"十": 10, "百": 100, "千": 1000}
LARGE_UNITS = {"万": 10**4, "亿": 10**8}

# Multipliers written after Arabic digits, longest first so that 万亿 wins over 万.
MULTIPLIERS = {
    "万亿": Decimal(10) ** 12,
    "千亿": Decimal(10) ** 11,
    "百亿": Decimal(10) ** 10,
    "十亿": Decimal(10) ** 9,
    "亿": Decimal(10) ** 8,
    "千万": Decimal(10) ** 7,
    "百万": Decimal(10) ** 6,
    "十万": Decimal(10) ** 5,
    "万": Decimal(10) ** 4,
}


def normalise(text: str) -> str:
    """The text with full-width digits and signs made ASCII, same length."""
    return text.translate(FULL_WIDTH)


def arabic(digits: str) -> tuple[Decimal, int]:
    """Value and decimals of "1,100" or "119.80" (decimals count trailing zeros)."""
    plain = digits.replace(",", "")
    decimals = len(plain.partition(".")[2])
    return Decimal(plain), decimals


def chinese(numeral: str) -> tuple[Decimal, Decimal]:
    """Value and step of a Chinese numeral: 一千二百 → (1200, 100).

    The step is the place of the last written character (两万 → 10000), which
    is the precision a writer of Chinese numerals implies. A run of digits with
    no place characters (二〇三五) reads digit by digit, as years are written.
    """
    if not any(ch in SMALL_UNITS or ch in LARGE_UNITS for ch in numeral):
        value = 0
        for ch in numeral:
            value = value * 10 + CHINESE_DIGITS[ch]
        return Decimal(value), Decimal(1)

    total = section = digit = 0
    step = 1  # place of the last unit character written
    previous = ""
    for ch in numeral:
        if ch in CHINESE_DIGITS:
            digit = CHINESE_DIGITS[ch]
        elif ch in SMALL_UNITS:
            section += (digit or 1) * SMALL_UNITS[ch]
            digit = 0
            step = SMALL_UNITS[ch]
        elif ch in LARGE_UNITS:
            large = LARGE_UNITS[ch]
            step = step * large if previous in SMALL_UNITS else large
            if ch == "万":
                section = (section + digit) * large
            else:
                total = (total + section + digit) * large
                section = 0
            digit = 0
        else:
            raise ValueError(f"not a Chinese numeral: {numeral!r}")
        previous = ch
    if numeral[-1] in CHINESE_DIGITS and digit:
        before = numeral[-2] if len(numeral) > 1 else ""
        if before in SMALL_UNITS or before in LARGE_UNITS:
            # 一千二 is spoken short for 一千二百: the digit takes the next place down.
            step = max(step // 10, 1)
            digit *= step
        else:
            step = 1
    return Decimal(total + section + digit), Decimal(step)
