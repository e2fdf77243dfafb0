"""The numeral reader: one number and what follows it, read by the grammar its first characters call for.

A report writes a quantity in many ways: Arabic digits with places (3万4000,
1.5亿), Chinese numerals (两万, 三五百), shares (百分之六点三, 三分之一), tenths
(八成), halves (一年半, 半个月), doublings (翻两番). The scan in checker.extract
finds where a number starts; the reader here for its kind of start reads the
longest numeral the grammar of checker.numerals accepts, the unit after it and
the 分之, 成 or 半 that change its worth, and returns one Candidate (or nothing,
where the characters were a word after all). What the number is — a figure or
a year, an ordinal, a name — is not asked here but in checker.extract.set_aside.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from decimal import Decimal

from checker import numerals, units
from checker.extract.candidate import Candidate
from checker.extract.cues import (
    ARABIC,
    ASCII_DIGITS,
    CN_RUN,
    LONGEST_CHINESE,
    Cues,
    is_ideograph,
    unit_and_kind,
    unit_pattern,
)
from checker.model import Kind, Qualifier
from checker.structure import SOFT_BREAK

# One space between digits and their multiplier or unit (39.8 万亿元, 2 厘米) is no break either.
SPACE_BEFORE_UNIT = re.compile(r"(?<=[\d.])[ \u00a0](?=[万亿千百]|[^\W\d_])")
# What may follow the Arabic digits of one numeral: places, 零, 多/余 and more digits (3万4000, 5万4千6百).
ARABIC_TAIL = re.compile(r"[十百千万亿多余](?:[十百千万亿多余零]|[0-9]+)*")
# The longest tail a number of at most set_aside.MAX_DIGITS digits can have (1亿2345万6789 has 11 characters; 万亿
# and 多 add a few): a longer run of places and digits is read no further, so that reading one run
# costs the same whatever its length (each option was a copy of the run: 30 KB of 1234567890万亿
# took 12.6 s, 30 MB all the memory there was).
LONGEST_TAIL = 40

# The places that may follow digits cut across lines (74.4⏎万亿元): a break before them is soft.
MULTIPLIER_PATTERN = re.compile(r"万亿|[千百十]?[万亿]|千万|百万|十万|千(?=元|美元)")


def read(match: re.Match[str], norm: str, cues: Cues) -> Candidate | None:
    """Read one number and what follows it, by the grammar its first characters call for."""
    return READERS[match.lastgroup or ""](match, norm, cues)


def _read_number(match: re.Match[str], norm: str, cues: Cues) -> Candidate | None:
    """Arabic, Chinese or mixed digits and what follows them: 分之, a unit, 成, 半.

    What follows is read here, with the numeral, because it changes what the numeral is worth
    (三分之一, 七成, 1个半小时) or whether it is a figure at all (a unit makes it one): read later, the
    digits would already be a value of their own. A numeral the grammar cannot read is kept as
    unreadable (set aside, never guessed), and 负 that ends a word (税负3500亿元) is no minus sign."""
    arabic = match.lastgroup == "ar"
    start = match.start()
    if norm.startswith("负", start) and not _minus_sign(norm, start, cues):
        start += 1  # 减少企业税负3500亿元: 负 ends a word, it is no minus sign
        if not _starts_numeral(norm, start, arabic):
            return None
    found = _numeral(norm, start, match.end(), arabic)
    if found is None:
        return _unreadable(norm, start, match.end(), arabic)
    end, reading, multiplier = found
    if norm.startswith("分之", end):
        return _read_fraction(norm, start, end, reading)
    qualifier = Qualifier.AT_LEAST if reading.more else Qualifier.APPROX if reading.approx else None
    stop, unit, qualifier = _unit_after(norm, end, qualifier, cues)
    if not unit:
        end = stop = start + len(norm[start:end].rstrip())  # 2 名词解释: the space was no bridge to a unit
    cand = Candidate(
        start,
        stop,
        reading.value,
        reading.decimals,
        reading.scale,
        end,
        unit,
        qualifier,
        multiplier,
        arabic,
        upper=reading.upper,
        factor=reading.factor,
    )
    if norm.startswith("成", end) and _is_tenths(cand, norm, cues):
        return _tenths(cand, norm)
    if unit and norm.startswith("半", stop):
        return _and_a_half(cand, norm)
    return cand


def _read_doubling(match: re.Match[str], norm: str, cues: Cues) -> Candidate:
    """翻一番 → 2倍, 翻两番 → 4倍."""
    times = numerals.CHINESE_DIGITS[match.group()[-2]]
    start, end = match.span()
    return Candidate(start, end, Decimal(2) ** times, 0, Decimal(1), end, "倍", None, "", False)


def _read_half(match: re.Match[str], norm: str, cues: Cues) -> Candidate | None:
    """半年 → 0.5年, 半个月 → 0.5个月: half of an amount; 半个世纪 (half of a count) and 半年度 are no figures."""
    start, end = match.span()
    if norm.endswith(cues.not_half_before, 0, start):
        return None  # 上半年, 大半年, 过半: 半 ends a word
    stop, unit, qualifier = _unit_after(norm, end, None, cues)
    if not unit or unit_and_kind(unit)[1] is not Kind.AMOUNT or norm.startswith(cues.not_half_after, stop):
        return None
    return Candidate(start, stop, Decimal("0.5"), 1, Decimal(1), end, unit, qualifier, "", False)


def _read_bare(match: re.Match[str], norm: str, cues: Cues) -> Candidate:
    """第十八届, 十四五: a Chinese numeral with no unit after it, to be set aside with its reason."""
    start, end = match.span()
    reading = numerals.read(match.group()) if end - start <= LONGEST_CHINESE else None
    if reading is None:
        return Candidate(start, end, Decimal(0), 0, Decimal(1), end, "", None, "", False, reason="unreadable numeral")
    return Candidate(
        start,
        end,
        reading.value,
        reading.decimals,
        reading.scale,
        end,
        "",
        None,
        "",
        False,
        upper=reading.upper,
        factor=reading.factor,
    )


def _minus_sign(norm: str, at: int, cues: Cues) -> bool:
    """负 is a sign after no word (负3.9%) or after a word of the before_minus list (增长负0.5%)."""
    previous = norm[at - 1 : at]
    return not is_ideograph(previous) or norm.endswith(cues.before_minus, 0, at)


def _starts_numeral(norm: str, start: int, arabic: bool) -> bool:
    return start < len(norm) and (norm[start] in ASCII_DIGITS if arabic else norm[start] in CN_RUN)


def _numeral(norm: str, start: int, stop: int, arabic: bool) -> tuple[int, numerals.Reading, str] | None:
    """The longest numeral from `start` that the grammar reads, preferring one a unit follows.

    Backing off is how 三百万千瓦 becomes 三百万 千瓦 (万千 is no numeral) and
    390万65岁 two numbers. A Chinese numeral backs off only to a unit (二五年 is
    no 二); Arabic digits are never cut, and stand alone when nothing longer reads.
    """
    body = start + (norm[start] in "-负")
    if not arabic and stop - body > LONGEST_CHINESE:
        return None  # no figure, set aside unread: backing off read a copy of the run per character (quadratic)
    options = _arabic_options(norm, body, stop) if arabic else [(end, norm[body:end]) for end in range(stop, body, -1)]
    best = None
    for end, written in options:
        if arabic and _place_belongs_to_unit(norm, end):
            continue
        reading = numerals.read(written)
        if reading is None:
            continue
        if body > start:
            reading = replace(reading, value=-reading.value)
        multiplier = _multiplier(written) if arabic else ""
        if unit_pattern().match(norm, end) or norm.startswith(("分之", "成"), end):
            return end, reading, multiplier
        if best is None and (arabic or end == stop):
            best = (end, reading, multiplier)
    if best is not None and arabic and _leftover_unread(norm, best[0], options[0][0]):
        return None
    return best


def _leftover_unread(norm: str, end: int, stop: int) -> bool:
    """What the longest readable number leaves of the tail, if it leaves a number no one reads.

    10.36百亿亿次: places that do not read. 5万4: a digit with no unit of its own, which
    may be the spoken 5万4 (54000) as well as two numbers; 390万65岁 is two numbers.
    """
    if end >= stop:
        return False
    if norm[end] in numerals.SMALL_UNITS or norm[end] in numerals.LARGE_UNITS:
        return True
    digits = re.compile(r"[0-9]+").match(norm, end)
    return digits is not None and unit_pattern().match(norm, digits.end()) is None


def _place_belongs_to_unit(norm: str, end: int) -> bool:
    """3千米, 1000千伏: after Arabic digits a place that starts a unit is the unit's, except before
    money, which reports write with the place in the number (5千元 is 5000元)."""
    if norm[end - 1 : end] not in numerals.SMALL_UNITS:
        return False
    unit = unit_pattern().match(norm, end - 1)
    return unit is not None and not unit.group()[1:].startswith(("元", "美元"))


def _arabic_options(norm: str, body: int, stop: int) -> list[tuple[int, str]]:
    """Arabic digits and the places after them, longest first: 3万4000, 3万, 3 (never 3万400's 3万40)."""
    lead = norm[body:stop].replace(",", "")
    pos = stop
    wrapped = SOFT_BREAK.match(norm, stop) or SPACE_BEFORE_UNIT.match(norm, stop)
    if wrapped and (MULTIPLIER_PATTERN.match(norm, wrapped.end()) or unit_pattern().match(norm, wrapped.end())):
        pos = wrapped.end()  # 74.4⏎万亿元: a figure cut across lines
    tail = ARABIC_TAIL.match(norm, pos, pos + LONGEST_TAIL + 1)
    options = [(pos, lead)]
    if tail:
        options += [
            (end, lead + norm[pos:end])
            for end in range(pos + 1, tail.end() + 1)
            if not (end < tail.end() and norm[end - 1] in ASCII_DIGITS and norm[end] in ASCII_DIGITS)
        ]
    return options[::-1]


def _multiplier(tail: str) -> str:
    """The places written after the Arabic digits (1.5亿 → 亿, 3千万 → 千万), as the report shows its scale."""
    match = re.search(r"[十百千万亿]+", tail.replace("多", "").replace("余", ""))
    return match.group() if match else ""


def _unreadable(norm: str, start: int, end: int, arabic: bool) -> Candidate:
    """A numeral the grammar refuses (二五年, 10.36百亿亿次): set aside with the reason, never guessed."""
    if arabic:
        tail = ARABIC_TAIL.match(norm, end)
        end = tail.end() if tail else end
    unit = unit_pattern().match(norm, end)
    stop = unit.end() if unit else end
    return Candidate(start, stop, Decimal(0), 0, Decimal(1), end, "", None, "", arabic, reason="unreadable numeral")


def _unit_after(norm: str, end: int, qualifier: Qualifier | None, cues: Cues) -> tuple[int, str, Qualifier | None]:
    """The unit after a number (and where it ends), unless a word starts there (千亿台阶)."""
    unit_match = unit_pattern().match(norm, end)
    if not unit_match or cues.not_units.match(norm, end):
        return end, "", qualifier
    unit, pos = unit_match.group(), unit_match.end()
    if unit == "个百分点":
        unit = "百分点"
    if unit in cues.more_after_units and norm[pos : pos + 1] in tuple(numerals.MORE):
        qualifier = Qualifier.AT_LEAST  # 1倍多, 3年多
    return pos, unit, qualifier


def _and_a_half(cand: Candidate, norm: str) -> Candidate:
    """三斤半 → 3.5斤, 一年半 → 1.5年; 两个半小时 and 3万元半 are set aside, not read as 2个 or 3万元."""
    half_of_a_unit = unit_pattern().match(norm, cand.end + 1) is not None
    if half_of_a_unit or units.lookup(cand.unit).kind is Kind.COUNT or cand.factor != 1 or cand.upper is not None:
        return replace(cand, end=cand.end + 1, reason="unreadable numeral")
    return replace(cand, end=cand.end + 1, value=cand.value + Decimal("0.5"), decimals=max(cand.decimals, 1))


def _is_tenths(cand: Candidate, norm: str, cues: Cues) -> bool:
    """八成, 3成, 近七成: one to ten tenths, where 成 starts no word (一成不变, 百亿成长)."""
    return 0 < cand.value <= 10 and cand.factor == 1 and not cues.not_tenths_after.match(norm, cand.end + 1)


def _tenths(cand: Candidate, norm: str) -> Candidate:
    """八成 → 80%, with the precision of tenths (±5%); 八成五 → 85% (±0.5%); 三成以上 a floor of 30%."""
    ten = Decimal(10)
    scale = ten if cand.decimals == 0 else cand.scale * ten  # 十成 is tenths too, not tens of tenths
    cand = replace(
        cand,
        end=cand.end + 1,
        value=cand.value * ten,
        scale=scale,
        unit="%",
        upper=None if cand.upper is None else cand.upper * ten,
        factor=Decimal(1),
    )
    digit = norm[cand.end : cand.end + 1]
    if cand.upper is None and cand.scale == 10 and digit in numerals.CHINESE_DIGITS and digit not in "〇零两":
        following = norm[cand.end + 1 : cand.end + 2]
        if not unit_pattern().match(norm, cand.end + 1) and (following == "" or following not in CN_RUN):
            value = cand.value + numerals.CHINESE_DIGITS[digit]
            return replace(cand, end=cand.end + 1, value=value, scale=Decimal(1))
    return cand


def _read_share(match: re.Match[str], norm: str, cues: Cues) -> Candidate | None:
    """百分之六点三 → 6.3%, 千分之三 → 3‰, 万分之三 → 3‱, 负百分之五 → −5%.

    A share writes its unit before the numeral, so it is read from its own cue rather than as a
    number with a unit after it; its precision is that of its digits (百分之百 is exactly 100%, not
    100 ± 50%), and a numeral that runs on into what the grammar cannot read is set aside whole."""
    start, pos = match.span()
    sign = 1
    if norm.endswith("负", 0, start) and _minus_sign(norm, start - 1, cues):
        start, sign = start - 1, -1
    run = re.compile(rf"-?{ARABIC}|负?[{CN_RUN}]+").match(norm, pos)
    if run is None:
        return None
    found = _numeral(norm, pos, run.end(), run.group()[-1] in ASCII_DIGITS)
    if found is None or (found[0] < run.end() and norm[found[0]] in CN_RUN):
        # 百分之七十百分位: the numeral runs on into what the grammar cannot read
        return Candidate(
            start, run.end(), Decimal(0), 0, Decimal(1), run.end(), "", None, "", False, reason="unreadable numeral"
        )
    end, reading, _ = found
    unit = {"百分之": "%", "千分之": "‰", "万分之": "‱"}[match.group()]
    # A share is as precise as its digits (百分之百 is 100%, not 100 ± 50%): scale 1, decimals as written.
    return Candidate(
        start,
        end,
        sign * reading.value,
        reading.decimals,
        Decimal(1),
        end,
        unit,
        Qualifier.APPROX if reading.approx else None,
        "",
        False,
        upper=reading.upper,
    )


def _read_fraction(norm: str, start: int, end: int, denominator: numerals.Reading) -> Candidate | None:
    """三分之一 → 33.3333333333%: a share of the whole, to ten decimals."""
    run = re.compile(rf"{ARABIC}|[{CN_RUN}]+").match(norm, end + 2)
    found = _numeral(norm, end + 2, run.end(), run.group()[0] in ASCII_DIGITS) if run else None
    if found is None or denominator.value == 0 or denominator.upper is not None:
        return None
    stop, numerator, _ = found
    share = (numerator.value * 100 / denominator.value).quantize(Decimal("1e-10")).normalize()
    return Candidate(start, stop, share, 10, Decimal(1), stop, "%", None, "", False)


# The scan's named groups → the grammar that reads what each found.
READERS: dict[str, Callable[[re.Match[str], str, Cues], Candidate | None]] = {
    "ar": _read_number,
    "cn": _read_number,
    "pct": _read_share,
    "fan": _read_doubling,
    "half": _read_half,
    "bare": _read_bare,
}


def read_qualifier(cand: Candidate, norm: str, cues: Cues) -> Qualifier | None:
    """不低于10% is a floor: qualifier words are read whole, the longest ending at the number."""
    qualifier = cand.qualifier
    leading = cues.leading.search(norm, max(0, cand.start - 8), cand.start)
    if leading:
        qualifier = Qualifier[leading.lastgroup or ""]
    trailing = cues.trailing.match(norm, cand.end)
    if trailing:
        qualifier = Qualifier[trailing.lastgroup or ""]
    return qualifier
