"""Write integers as Chinese numerals, the way reports do (test helper)."""

from __future__ import annotations

DIGITS = "零一二三四五六七八九"


def _section(number: int) -> str:
    """0 < number < 10000 → 一千零五十 etc."""
    out = []
    zero = False
    for place, name in ((1000, "千"), (100, "百"), (10, "十"), (1, "")):
        digit = number // place % 10
        if digit:
            if zero and out:
                out.append("零")
            out.append(DIGITS[digit] + name)
            zero = False
        else:
            zero = True
    return "".join(out)


def to_chinese(number: int) -> str:
    """1 ≤ number < 10**12 → 一千二百, 两万 is written 二万, 十五 without 一."""
    parts = []
    for size, name in ((10**8, "亿"), (10**4, "万"), (1, "")):
        part = number // size % 10**4
        if part:
            if parts and part < 1000:
                parts.append("零")
            parts.append(_section(part) + name)
        elif parts and number % size:
            pass
    text = "".join(parts)
    return text[1:] if text.startswith("一十") else text
