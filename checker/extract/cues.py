"""What every step of extraction reads the text with: its character classes and the vocabulary's cues.

The reader, the set-aside predicates and the range and list passes all ask the
same questions of the text: is this a digit, does a unit start here, what kind
of figure does this unit make, does one of the vocabulary's words end here.
The answers are built here once (per vocabulary for the cue words, once per
process for the unit pattern), so that each step asks them by name.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from checker import numerals, units
from checker.model import Kind, Qualifier
from checker.vocabulary import Vocabulary

# Digits are ASCII 0-9 after normalising (\d and str.isdigit also take ⁴, ٣ and other digits).
ASCII_DIGITS = "0123456789"
ARABIC = r"[0-9]+(?:,[0-9]{3})+(?![0-9,])(?:\.[0-9]+)?|[0-9]+(?:\.[0-9]+)?"
CHINESE_DIGITS = "".join(numerals.CHINESE_DIGITS)  # 〇零一二两三四五六七八九
CN_RUN = numerals.NUMERAL_CHARACTERS
BARE_RUN = CHINESE_DIGITS + "十百千万亿"
# The longest Chinese numeral a figure of at most set_aside.MAX_DIGITS digits can be written as: each digit
# with its place (七千) is two characters, with a 零 per group of four and the 万/亿 that close the groups
# (28 digits: 56 + 7 + 10). A longer run is no figure: it is set aside unread, and the scan's look-aheads
# over a run stop there, so that one endless run costs what its length does (each look-ahead ran to the
# run's end from every character: 30 000 characters of 百万 took 199 s; 3000 before 元, read back one
# character at a time, 142 s).
LONGEST_CHINESE = 80
CN_START = (
    rf"负?(?:[〇零一二两三四五六七八九十]|[百千](?=[十百千]{{0,{LONGEST_CHINESE}}}[万亿])|[数几](?=[十百千万亿]))"
)


@dataclass(frozen=True)
class Cues:
    """The vocabulary's extraction lists, compiled once per Vocabulary."""

    number: re.Pattern[str]
    leading: re.Pattern[str]  # a qualifier word ending where the number starts
    trailing: re.Pattern[str]  # 余/多, （含） and a qualifier word after the figure
    more_after_units: tuple[str, ...]
    range_separator: re.Pattern[str]
    not_range_after: tuple[str, ...]
    list_separators: frozenset[str]
    period_before: tuple[str, ...]
    period_after: re.Pattern[str]
    campaign: re.Pattern[str]
    date_after: tuple[str, ...]
    not_date_after: tuple[str, ...]
    grade: re.Pattern[str]
    year_after: re.Pattern[str]
    ordinal_before: tuple[str, ...]
    below_zero: tuple[str, ...]
    respectively: tuple[str, ...]
    size_class: tuple[str, ...]
    numeral_terms: re.Pattern[str]
    names_before_numeral: tuple[str, ...]
    outline_before: tuple[str, ...]
    before_minus: tuple[str, ...]
    not_units: re.Pattern[str]
    not_tenths_after: re.Pattern[str]
    electricity: re.Pattern[str]
    between: tuple[str, ...]
    rank_before: tuple[str, ...]
    rank_measures: tuple[str, ...]
    session_before: tuple[str, ...]
    session_measures: tuple[str, ...]
    name_after: tuple[str, ...]
    electricity_units: tuple[str, ...]
    not_half_before: tuple[str, ...]
    not_half_after: tuple[str, ...]


@functools.cache
def compile_cues(vocabulary: Vocabulary) -> Cues:
    """The vocabulary's extraction lists as the patterns and tuples the steps match, compiled once per
    vocabulary (a --rules folder may add words); the number pattern is the scan's, and its comments
    say why each alternative starts where it does."""
    words = vocabulary.words
    unit = unit_pattern().pattern
    separators = vocabulary.alternation("range_separators")
    number = re.compile(
        # Every number starts with one of these: failing fast elsewhere makes the scan 5× faster.
        rf"(?=[0-9{CN_RUN}负翻半-])(?:"
        # A minus right after a word is a sign (增长-2.3%); after a digit, %, a bracket
        # or a place (1万-5万元) it joins a range (3-5万元, 2021-2025年).
        rf"(?P<ar>(?:负|(?<![0-9%A-Za-z）)\]十百千万亿])-)?(?:{ARABIC}))"
        r"|(?P<pct>百分之|千分之|万分之)"
        r"|(?P<fan>翻了?[一两二三四]番)"
        # 半 alone before a unit (暂停半年, 半个月, 半斤); the reader leaves 上半年, 大半年 (not_half_before)
        rf"|(?P<half>半(?=(?:{unit})))"
        # A Chinese numeral is a candidate only where a unit, a fraction, 成 or the
        # high bound of a range follows: most Chinese digits in a report are words.
        rf"|(?P<cn>{CN_START}[{CN_RUN}]{{0,{LONGEST_CHINESE}}})"
        rf"(?=(?:{unit})|分之|成|(?:{separators}|、)[{CN_RUN}]{{1,{LONGEST_CHINESE}}}?(?:{unit}))"
        # Any other run of two or more numeral characters is a number too, set aside with its
        # reason (第十八届, “十四五”); a single digit with no unit is a word (一是, 五大).
        rf"|(?P<bare>[{CHINESE_DIGITS}十][{BARE_RUN}]+))"
    )
    leading = "|".join(f"(?P<{q.name}>{vocabulary.alternation(q.value + '_before')})" for q in Qualifier)
    trailing = "|".join(f"(?P<{q.name}>{vocabulary.alternation(q.value + '_after')})" for q in Qualifier)
    return Cues(
        number=number,
        leading=re.compile(rf"(?:{leading})\Z"),
        trailing=re.compile(rf"[{numerals.MORE}]?{vocabulary.alternation('inclusive')}?(?:{trailing})"),
        more_after_units=words("more_after_units"),
        range_separator=re.compile(rf"{vocabulary.alternation('inclusive')}?{separators}\Z"),
        not_range_after=words("not_range_after"),
        list_separators=frozenset(words("list_separators")),
        period_before=words("period_before"),
        period_after=vocabulary.pattern("period_after"),
        campaign=re.compile(rf"年{vocabulary.alternation('campaign_after')}"),
        date_after=words("date_after"),
        not_date_after=words("not_date_after"),
        grade=re.compile(rf"[A-Z]?{vocabulary.alternation('grade_after')}"),
        size_class=words("class_after"),
        # 2021-2025年, 2021、2022年: a year joined to another by a range or list separator
        year_after=re.compile(rf"(?:{separators}|、)(?:19|20)[0-9]{{2}}(?![0-9.万亿千百十])"),
        ordinal_before=words("ordinal_before"),
        below_zero=words("below_zero"),
        respectively=words("respectively"),
        numeral_terms=vocabulary.pattern("numeral_terms"),
        names_before_numeral=words("names_before_numeral"),
        outline_before=words("outline_before"),
        before_minus=words("before_minus"),
        not_units=vocabulary.pattern("not_units"),
        not_tenths_after=vocabulary.pattern("not_tenths_after"),
        electricity=vocabulary.pattern("electricity"),
        between=words("between_after"),
        rank_before=words("rank_before"),
        rank_measures=words("rank_measures"),
        session_before=words("session_before"),
        session_measures=words("session_measures"),
        name_after=words("name_after"),
        electricity_units=words("electricity_units"),
        not_half_before=words("not_half_before"),
        not_half_after=words("not_half_after"),
    )


@functools.cache
def unit_pattern() -> re.Pattern[str]:
    """Every surface form of the units file, longest first, and a rate of two (万元/人): where a unit starts."""
    forms = sorted(units.surface_forms(), key=len, reverse=True)
    unit = "|".join(re.escape(form) for form in forms)
    # A Latin unit must not run on into more letters (km, not kmh; MW, not MWp).
    return re.compile(rf"(?:{unit})(?![A-Za-z])(?:/(?:{unit})(?![A-Za-z]))?")


@functools.cache
def unit_and_kind(written: str) -> tuple[str, Kind]:
    """A unit as written → its normal form and the kind of figure it makes (no unit: a count)."""
    unit = numerals.normalise(written)
    return unit, units.lookup(unit).kind if unit else Kind.COUNT


def is_ideograph(char: str) -> bool:
    """A Chinese character (CJK unified ideographs and extension A): the end or start of a word."""
    return char != "" and ("\u4e00" <= char <= "\u9fff" or "\u3400" <= char <= "\u4dbf")
