"""Document → figures: every number the report states as a quantity.

A figure is a number with a unit (万元, 亩, 个, %, 倍 …): the unit is what
makes a number a figure in a report, and it is what tells a year (2021年),
a date (4月底), an ordinal (第十八届), a slogan (“十四五”, “三个100”) or a
model name (5G, 7×24小时) from a figure. The extractor works on the text with
full-width digits made ASCII (same length, so offsets stay valid) and scans it
once, left to right, with one regular expression for where numbers start;
checker.numerals reads what each numeral is worth, and small steps here read
what follows it (unit, 分之, 成) and what stands around it (qualifiers).

The cue words (qualifiers, separators, words that make a number a period or a
name) come from the vocabulary (rules/vocabulary.toml), never from constants
here. Numbers that look like figures but are not, or that cannot be read with
certainty, come back as SetAside entries with the reason, for
`indicheck figures --all`: a wrong figure is worse than no figure.
"""

from __future__ import annotations

import bisect
import decimal
import functools
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, replace
from decimal import Decimal

from checker import numerals, units
from checker.model import Document, Extraction, Figure, Kind, Qualifier, SetAside
from checker.structure import SOFT_BREAK, structure_of
from checker.vocabulary import Vocabulary, shipped_vocabulary

QUOTED = re.compile(r"“[^“”\n]{1,16}”|‘[^‘’\n]{1,16}’|「[^「」\n]{1,16}」|\"[^\"\n]{1,16}\"")
TITLE = re.compile(r"《[^《》\n]{1,120}》")
# A web address or an e-mail: its digits (and %28-style escapes) are no figures.
LINK = re.compile(
    r"(?:https?://|www\.)[A-Za-z0-9._~:/?#\[\]@!$&'()*+,;=%-]+|[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+"
)
# One space between digits and their multiplier or unit (39.8 万亿元, 2 厘米) is no break either.
SPACE_BEFORE_UNIT = re.compile(r"(?<=[\d.])[ \u00a0](?=[万亿千百]|[^\W\d_])")

# Digits are ASCII 0-9 after normalising (\d and str.isdigit also take ⁴, ٣ and other digits).
ASCII_DIGITS = "0123456789"
ARABIC = r"[0-9]+(?:,[0-9]{3})+(?![0-9,])(?:\.[0-9]+)?|[0-9]+(?:\.[0-9]+)?"
# What may follow the Arabic digits of one numeral: places, 零, 多/余 and more digits (3万4000, 5万4千6百).
ARABIC_TAIL = re.compile(r"[十百千万亿多余](?:[十百千万亿多余零]|[0-9]+)*")
# The longest tail a number of at most MAX_DIGITS digits can have (1亿2345万6789 has 11 characters; 万亿
# and 多 add a few): a longer run of places and digits is read no further, so that reading one run
# costs the same whatever its length (each option was a copy of the run: 30 KB of 1234567890万亿
# took 12.6 s, 30 MB all the memory there was).
LONGEST_TAIL = 40
# Characters the numeral grammar does not read: a numeral they touch is broken, not shorter.
UNREADABLE = "廿卅卌壹贰叁肆伍陆柒捌玖拾佰仟"
# Digits grouped by spaces (1 000 000): a separator the grammar does not read.
SPACED_GROUP = re.compile(r"(?<=[0-9])[ \u00a0\u2009][0-9]{3}(?![0-9])")
EXPONENT = re.compile(r"[eE][+-]?[0-9]|[×xX*]\s*10(?:\^|[⁰¹²³⁴⁵⁶⁷⁸⁹⁻])|\^|[⁰¹²³⁴⁵⁶⁷⁸⁹]")
CHINESE_DIGITS = "".join(numerals.CHINESE_DIGITS)  # 〇零一二两三四五六七八九
# Digits that may start the second part of a compound quantity (一 mostly starts a word: 一年, 一批).
COMPOUND_DIGITS = ASCII_DIGITS + CHINESE_DIGITS.replace("一", "")
SECOND_PART = re.compile(rf"(?:[0-9]+(?:\.[0-9]+)?|[{CHINESE_DIGITS}])[{CHINESE_DIGITS}十百千万亿]*")
CN_RUN = numerals.NUMERAL_CHARACTERS
BARE_RUN = CHINESE_DIGITS + "十百千万亿"
CN_START = r"负?(?:[〇零一二两三四五六七八九十]|[百千](?=[十百千]*[万亿])|[数几](?=[十百千万亿]))"


@dataclass(frozen=True)
class _Candidate:
    """A number read from the text, before the list and range passes."""

    start: int
    end: int
    value: Decimal
    decimals: int
    scale: Decimal
    number_end: int  # where the number itself ends (before unit)
    unit: str  # as written, without multiplier; "" when none
    qualifier: Qualifier | None
    multiplier: str  # 万, 亿 … as written after Arabic digits, "" when none
    arabic: bool
    reason: str | None = None  # why it is not a figure, or None
    upper: Decimal | None = None  # the high bound of a range or span
    factor: Decimal = Decimal(1)  # the 万/亿 the numeral ends with, shared by a range's low bound


@dataclass(frozen=True)
class _Cues:
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


@functools.cache
def _cues(vocabulary: Vocabulary) -> _Cues:
    words = vocabulary.words
    unit = _unit_pattern().pattern
    separators = vocabulary.alternation("range_separators")
    number = re.compile(
        # Every number starts with one of these: failing fast elsewhere makes the scan 5× faster.
        rf"(?=[0-9{CN_RUN}负翻半-])(?:"
        # A minus right after a word is a sign (增长-2.3%); after a digit, %, a bracket
        # or a place (1万-5万元) it joins a range (3-5万元, 2021-2025年).
        rf"(?P<ar>(?:负|(?<![0-9%A-Za-z）)\]十百千万亿])-)?(?:{ARABIC}))"
        r"|(?P<pct>百分之|千分之|万分之)"
        r"|(?P<fan>翻了?[一两二三四]番)"
        # 半 alone before a unit (暂停半年, 半个月, 半斤): not 上半年, 下半年, 大半年, 多半
        rf"|(?P<half>(?<![上下前后大多过])半(?=(?:{unit})))"
        # A Chinese numeral is a candidate only where a unit, a fraction, 成 or the
        # high bound of a range follows: most Chinese digits in a report are words.
        rf"|(?P<cn>{CN_START}[{CN_RUN}]*)(?=(?:{unit})|分之|成|(?:{separators}|、)[{CN_RUN}]+?(?:{unit}))"
        # Any other run of two or more numeral characters is a number too, set aside with its
        # reason (第十八届, “十四五”); a single digit with no unit is a word (一是, 五大).
        rf"|(?P<bare>[{CHINESE_DIGITS}十][{BARE_RUN}]+))"
    )
    leading = "|".join(f"(?P<{q.name}>{vocabulary.alternation(q.value + '_before')})" for q in Qualifier)
    trailing = "|".join(f"(?P<{q.name}>{vocabulary.alternation(q.value + '_after')})" for q in Qualifier)
    return _Cues(
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
    )


@functools.cache
def _unit_pattern() -> re.Pattern[str]:
    forms = sorted(units.surface_forms(), key=len, reverse=True)
    unit = "|".join(re.escape(form) for form in forms)
    # A Latin unit must not run on into more letters (km, not kmh; MW, not MWp).
    return re.compile(rf"(?:{unit})(?![A-Za-z])(?:/(?:{unit})(?![A-Za-z]))?")


# The places that may follow digits cut across lines (74.4⏎万亿元): a break before them is soft.
MULTIPLIER_PATTERN = re.compile(r"万亿|[千百十]?[万亿]|千万|百万|十万|千(?=元|美元)")


def extract(document: Document, vocabulary: Vocabulary | None = None) -> Extraction:
    """All figures of a document, in order of their position: read in its text without invisible
    characters (Document.normal), their offsets and text those of the document as read.

    The arithmetic runs in a context wide enough for any number a text can
    write, so nothing is rounded on the way; a figure with more digits than
    the checks compute exactly (MAX_DIGITS) is set aside, never rounded.
    """
    vocabulary = vocabulary or shipped_vocabulary()
    with decimal.localcontext(WIDE):
        found = _extract_text(document.normal.text, _cues(vocabulary), vocabulary)
    if document.normal is document:
        return found
    return Extraction(
        tuple(document.figure_in_source(figure) for figure in found.figures),
        tuple(document.in_source(item) for item in found.set_aside),
    )


def extract_text(text: str, vocabulary: Vocabulary | None = None) -> Extraction:
    """All figures of a text, in order of their position (a text read as a document of no blocks)."""
    return extract(Document("", text, ()), vocabulary)


# Enough digits for any number written with a multiplier (a 1000-digit number
# times 万亿 still fits), so reading never rounds; the checks then work with
# the default 28 digits, which a figure must not exceed.
WIDE = decimal.Context(prec=2000, Emax=decimal.MAX_EMAX, Emin=decimal.MIN_EMIN)
MAX_DIGITS = 28


def _extract_text(text: str, cues: _Cues, vocabulary: Vocabulary) -> Extraction:
    norm = numerals.normalise(text)
    context = _Context(text, norm, vocabulary)
    candidates: list[_Candidate] = []
    match = cues.number.search(norm)
    while match is not None:
        if candidates and match.start() < candidates[-1].end:
            # already read as part of the previous figure (3万4000): look again after it
            match = cues.number.search(norm, max(candidates[-1].end, match.start() + 1))
            continue
        candidate = _read(match, norm, cues)
        match = cues.number.search(norm, match.end())
        if candidate is None:
            continue
        candidate = _classify(candidate, norm, context, cues)
        if candidates and candidates[-1].reason == "compound quantity" and candidates[-1].end == candidate.start:
            candidate = replace(candidate, reason="compound quantity")  # 3斤5两's 5两, 5年3个月's 3个月
        candidates.append(candidate)
    candidates = _merge_ranges(candidates, norm, cues)
    candidates = _distribute_lists(candidates, norm, cues)

    figures, set_aside = [], []
    for cand in candidates:
        surface = text[cand.start : cand.end]
        if cand.reason is not None:
            set_aside.append(SetAside(cand.start, cand.end, surface, cand.reason))
        else:
            figures.append(_figure(cand, surface, context))
    return Extraction(tuple(figures), tuple(set_aside))


class _Context:
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


# --- reading one number and what follows it ----------------------------------------


def _read(match: re.Match[str], norm: str, cues: _Cues) -> _Candidate | None:
    """Read one number and what follows it, by the grammar its first characters call for."""
    return READERS[match.lastgroup or ""](match, norm, cues)


def _read_number(match: re.Match[str], norm: str, cues: _Cues) -> _Candidate | None:
    """Arabic, Chinese or mixed digits and what follows them: 分之, a unit, 成, 半."""
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
    cand = _Candidate(
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


def _read_doubling(match: re.Match[str], norm: str, cues: _Cues) -> _Candidate:
    """翻一番 → 2倍, 翻两番 → 4倍."""
    times = numerals.CHINESE_DIGITS[match.group()[-2]]
    start, end = match.span()
    return _Candidate(start, end, Decimal(2) ** times, 0, Decimal(1), end, "倍", None, "", False)


def _read_half(match: re.Match[str], norm: str, cues: _Cues) -> _Candidate | None:
    """半年 → 0.5年, 半个月 → 0.5个月: half of an amount; 半个世纪 (half of a count) and 半年度 are no figures."""
    start, end = match.span()
    stop, unit, qualifier = _unit_after(norm, end, None, cues)
    if not unit or _unit_and_kind(unit)[1] is not Kind.AMOUNT or norm.startswith("度", stop):
        return None
    return _Candidate(start, stop, Decimal("0.5"), 1, Decimal(1), end, unit, qualifier, "", False)


def _read_bare(match: re.Match[str], norm: str, cues: _Cues) -> _Candidate:
    """第十八届, 十四五: a Chinese numeral with no unit after it, to be set aside with its reason."""
    start, end = match.span()
    reading = numerals.read(match.group())
    if reading is None:
        return _Candidate(start, end, Decimal(0), 0, Decimal(1), end, "", None, "", False, reason="unreadable numeral")
    return _Candidate(
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


def _minus_sign(norm: str, at: int, cues: _Cues) -> bool:
    """负 is a sign after no word (负3.9%) or after a word of the before_minus list (增长负0.5%)."""
    previous = norm[at - 1 : at]
    return not _is_ideograph(previous) or norm.endswith(cues.before_minus, 0, at)


def _is_ideograph(char: str) -> bool:
    return char != "" and ("\u4e00" <= char <= "\u9fff" or "\u3400" <= char <= "\u4dbf")


def _starts_numeral(norm: str, start: int, arabic: bool) -> bool:
    return start < len(norm) and (norm[start] in ASCII_DIGITS if arabic else norm[start] in CN_RUN)


def _numeral(norm: str, start: int, stop: int, arabic: bool) -> tuple[int, numerals.Reading, str] | None:
    """The longest numeral from `start` that the grammar reads, preferring one a unit follows.

    Backing off is how 三百万千瓦 becomes 三百万 千瓦 (万千 is no numeral) and
    390万65岁 two numbers. A Chinese numeral backs off only to a unit (二五年 is
    no 二); Arabic digits are never cut, and stand alone when nothing longer reads.
    """
    body = start + (norm[start] in "-负")
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
        if _unit_pattern().match(norm, end) or norm.startswith(("分之", "成"), end):
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
    return digits is not None and _unit_pattern().match(norm, digits.end()) is None


def _place_belongs_to_unit(norm: str, end: int) -> bool:
    """3千米, 1000千伏: after Arabic digits a place that starts a unit is the unit's, except before
    money, which reports write with the place in the number (5千元 is 5000元)."""
    if norm[end - 1 : end] not in numerals.SMALL_UNITS:
        return False
    unit = _unit_pattern().match(norm, end - 1)
    return unit is not None and not unit.group()[1:].startswith(("元", "美元"))


def _arabic_options(norm: str, body: int, stop: int) -> list[tuple[int, str]]:
    """Arabic digits and the places after them, longest first: 3万4000, 3万, 3 (never 3万400's 3万40)."""
    lead = norm[body:stop].replace(",", "")
    pos = stop
    wrapped = SOFT_BREAK.match(norm, stop) or SPACE_BEFORE_UNIT.match(norm, stop)
    if wrapped and (MULTIPLIER_PATTERN.match(norm, wrapped.end()) or _unit_pattern().match(norm, wrapped.end())):
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


def _unreadable(norm: str, start: int, end: int, arabic: bool) -> _Candidate:
    """A numeral the grammar refuses (二五年, 10.36百亿亿次): set aside with the reason, never guessed."""
    if arabic:
        tail = ARABIC_TAIL.match(norm, end)
        end = tail.end() if tail else end
    unit = _unit_pattern().match(norm, end)
    stop = unit.end() if unit else end
    return _Candidate(start, stop, Decimal(0), 0, Decimal(1), end, "", None, "", arabic, reason="unreadable numeral")


def _unit_after(norm: str, end: int, qualifier: Qualifier | None, cues: _Cues) -> tuple[int, str, Qualifier | None]:
    """The unit after a number (and where it ends), unless a word starts there (千亿台阶)."""
    unit_match = _unit_pattern().match(norm, end)
    if not unit_match or cues.not_units.match(norm, end):
        return end, "", qualifier
    unit, pos = unit_match.group(), unit_match.end()
    if unit == "个百分点":
        unit = "百分点"
    if unit in cues.more_after_units and norm[pos : pos + 1] in tuple(numerals.MORE):
        qualifier = Qualifier.AT_LEAST  # 1倍多, 3年多
    return pos, unit, qualifier


def _and_a_half(cand: _Candidate, norm: str) -> _Candidate:
    """三斤半 → 3.5斤, 一年半 → 1.5年; 两个半小时 and 3万元半 are set aside, not read as 2个 or 3万元."""
    half_of_a_unit = _unit_pattern().match(norm, cand.end + 1) is not None
    if half_of_a_unit or units.lookup(cand.unit).kind is Kind.COUNT or cand.factor != 1 or cand.upper is not None:
        return replace(cand, end=cand.end + 1, reason="unreadable numeral")
    return replace(cand, end=cand.end + 1, value=cand.value + Decimal("0.5"), decimals=max(cand.decimals, 1))


def _is_tenths(cand: _Candidate, norm: str, cues: _Cues) -> bool:
    """八成, 3成, 近七成: one to ten tenths, where 成 starts no word (一成不变, 百亿成长)."""
    return 0 < cand.value <= 10 and cand.factor == 1 and not cues.not_tenths_after.match(norm, cand.end + 1)


def _tenths(cand: _Candidate, norm: str) -> _Candidate:
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
        if not _unit_pattern().match(norm, cand.end + 1) and (following == "" or following not in CN_RUN):
            value = cand.value + numerals.CHINESE_DIGITS[digit]
            return replace(cand, end=cand.end + 1, value=value, scale=Decimal(1))
    return cand


def _read_share(match: re.Match[str], norm: str, cues: _Cues) -> _Candidate | None:
    """百分之六点三 → 6.3%, 千分之三 → 3‰, 万分之三 → 3‱, 负百分之五 → −5%."""
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
        return _Candidate(
            start, run.end(), Decimal(0), 0, Decimal(1), run.end(), "", None, "", False, reason="unreadable numeral"
        )
    end, reading, _ = found
    unit = {"百分之": "%", "千分之": "‰", "万分之": "‱"}[match.group()]
    # A share is as precise as its digits (百分之百 is 100%, not 100 ± 50%): scale 1, decimals as written.
    return _Candidate(
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


def _read_fraction(norm: str, start: int, end: int, denominator: numerals.Reading) -> _Candidate | None:
    """三分之一 → 33.3333333333%: a share of the whole, to ten decimals."""
    run = re.compile(rf"{ARABIC}|[{CN_RUN}]+").match(norm, end + 2)
    found = _numeral(norm, end + 2, run.end(), run.group()[0] in ASCII_DIGITS) if run else None
    if found is None or denominator.value == 0 or denominator.upper is not None:
        return None
    stop, numerator, _ = found
    share = (numerator.value * 100 / denominator.value).quantize(Decimal("1e-10")).normalize()
    return _Candidate(start, stop, share, 10, Decimal(1), stop, "%", None, "", False)


# The scan's named groups → the grammar that reads what each found.
READERS: dict[str, Callable[[re.Match[str], str, _Cues], _Candidate | None]] = {
    "ar": _read_number,
    "cn": _read_number,
    "pct": _read_share,
    "fan": _read_doubling,
    "half": _read_half,
    "bare": _read_bare,
}


# --- what a number is not: one small predicate per reason -----------------------------


@dataclass(slots=True)
class _Around:
    """A candidate and the text around it, as the set-aside predicates see it (built per
    candidate and never changed; not frozen, because a frozen dataclass is slow to build)."""

    cand: _Candidate
    norm: str
    ctx: _Context
    cues: _Cues
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
    return _inside(a.ctx.titles, a.cand.start, a.cand.end)


def _in_quotes(a: _Around) -> bool:
    """“三个100”, “5+2”: a number inside short quotes is a slogan."""
    return _inside(a.ctx.quoted, a.cand.start, a.cand.end)


def _in_glossary_term(a: _Around) -> bool:
    """22. 三个离不开：… : the term a glossary entry defines."""
    return _inside(a.ctx.terms, a.cand.start, a.cand.end)


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
    c = a.cand
    return (
        a.before.endswith(a.cues.ordinal_before)
        or (a.before.endswith("前") and c.unit in ("位", "名"))
        or (a.before.endswith("届") and c.unit == "次")
    )  # 十二届八次全会: the eighth plenary session


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
    return a.cand.unit == "" and a.after_number.startswith("号")


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
    return _inside(a.ctx.links, a.cand.start, a.cand.end) or (a.cand.arabic and a.previous == "%")


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
    if c.arabic or not a.ctx.slogans or not c.unit or _unit_and_kind(c.unit)[1] is not Kind.COUNT:
        return False
    return any(a.norm[c.start : c.end + extra] in a.ctx.slogans for extra in range(1, 5))


def _is_outline(a: _Around) -> bool:
    """重点抓好以下六个方面: the report's outline, not a statistic."""
    return not a.cand.arabic and a.before.endswith(a.cues.outline_before)


def _is_temperature(a: _Around) -> bool:
    """度 is a kilowatt-hour only where the sentence speaks of electricity (300亿度电); 零下5度 is not."""
    if a.cand.unit != "度":
        return False
    start, end = a.ctx.sentence(a.cand.start, a.cand.end)
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
    kind = _unit_and_kind(c.unit)[1]
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
            and not _is_ideograph(a.norm[rest.end() : rest.end() + 1])
        )
    unit = _unit_pattern().match(a.norm, rest.end())
    return unit is None or _unit_and_kind(unit.group())[1] is Kind.AMOUNT


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


def _classify(cand: _Candidate, norm: str, ctx: _Context, cues: _Cues) -> _Candidate:
    """Set the qualifier from the words around the number, or say why it is no figure."""
    if cand.reason is not None:
        return cand
    before, after = norm[max(0, cand.start - 3) : cand.start], norm[cand.end : cand.end + 6]
    after_number = norm[cand.number_end : cand.number_end + 6]
    around = _Around(
        cand,
        norm,
        ctx,
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
            return replace(cand, reason=reason)
    qualifier = _qualifier(cand, norm, cues)
    return cand if qualifier is cand.qualifier else replace(cand, qualifier=qualifier)


def _qualifier(cand: _Candidate, norm: str, cues: _Cues) -> Qualifier | None:
    """不低于10% is a floor: qualifier words are read whole, the longest ending at the number."""
    qualifier = cand.qualifier
    leading = cues.leading.search(norm, max(0, cand.start - 8), cand.start)
    if leading:
        qualifier = Qualifier[leading.lastgroup or ""]
    trailing = cues.trailing.match(norm, cand.end)
    if trailing:
        qualifier = Qualifier[trailing.lastgroup or ""]
    return qualifier


def _digits(value: Decimal, decimals: int) -> int:
    """How many digits the value has written out in full: 1.5亿 has 9, 0.25 has 2."""
    _sign, digits, exponent = value.as_tuple()
    if not isinstance(exponent, int):
        return 0
    whole = max(len(digits) + exponent, 0)
    return whole + max(decimals, -exponent, 0)


def _ascii_digits(text: str) -> bool:
    return text != "" and all(ch in ASCII_DIGITS for ch in text)


def _is_year(cand: _Candidate, norm: str, cues: _Cues) -> bool:
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
    unit = _unit_pattern().match(norm, other.end())  # 2021-2025年 are years, 1900到1901万元 is money
    return unit is None or unit.group().startswith("年")


# --- ranges and lists ------------------------------------------------------------------


def _merge_ranges(cands: list[_Candidate], norm: str, cues: _Cues) -> list[_Candidate]:
    """3—5万元, 5%—6%, 两到三万元 and 1万(含)-5万元 are one figure with two bounds; 从3%到5% is not a range."""
    merged: list[_Candidate] = []
    i = 0
    while i < len(cands):
        low = cands[i]
        high = cands[i + 1] if i + 1 < len(cands) else None
        if high is not None and _is_range(low, high, norm, cues):
            # The low bound takes the 万/亿 of the high one (3—5万元, 两到三万元).
            shared = high.factor if low.factor == 1 and not low.multiplier else Decimal(1)
            merged.append(
                replace(
                    high,
                    start=low.start,
                    value=low.value * shared,
                    decimals=low.decimals,
                    scale=low.scale * shared,
                    upper=high.value,
                    qualifier=high.qualifier,
                )
            )
            i += 2
        else:
            merged.append(low)
            i += 1
    return merged


def _is_range(low: _Candidate, high: _Candidate, norm: str, cues: _Cues) -> bool:
    separator = cues.range_separator.match(norm, low.end, high.start)
    return (
        separator is not None
        and separator.end() == high.start
        and low.reason in (None, "no unit", "indefinite")
        and high.reason is None
        and low.upper is None
        and high.upper is None
        and low.arabic == high.arabic
        and low.unit in ("", high.unit)
        and low.value * (high.factor if low.factor == 1 and not low.multiplier else 1) <= high.value
        and not norm.endswith(cues.not_range_after, 0, low.start)
    )


def _distribute_lists(cands: list[_Candidate], norm: str, cues: _Cues) -> list[_Candidate]:
    """3、5万元 gives both the unit; a qualifier ending a 分别 list applies to each."""
    result = list(cands)
    i = len(result) - 1
    while i > 0:
        last = result[i]
        j = i
        # Walk back over numbers joined to the last one by 、和与及或 only.
        while j > 0 and norm[result[j - 1].end : result[j].start] in cues.list_separators:
            j -= 1
        if j < i and last.reason is None:
            clause_start = max(norm.rfind(p, 0, result[j].start) for p in "，,；;。\n")
            in_respectively = any(w in norm[clause_start + 1 : result[j].start] for w in cues.respectively)
            for k in range(j, i):
                result[k] = _share_with_last(result[k], last, in_respectively)
        i = j - 1
    return result


def _share_with_last(item: _Candidate, last: _Candidate, in_respectively: bool) -> _Candidate:
    """One item of a list takes the unit (and, after 分别, the qualifier) of the list's last figure."""
    if item.unit == "个" and last.unit == "百分点" and item.reason is None:
        return replace(item, unit="百分点")  # 2.2个和3.7个百分点
    if item.reason == "no unit" and not item.multiplier and item.arabic == last.arabic and item.factor == 1:
        # 3、5万元 (Arabic: the last one's 万 as written), 三十、四十万人 (Chinese: the 万 it ends with)
        factor = (last.scale if last.multiplier else Decimal(1)) if item.arabic else last.factor
        return replace(
            item,
            unit=last.unit,
            multiplier=last.multiplier,
            reason=None,
            value=item.value * factor,
            scale=last.scale if item.arabic and last.multiplier else item.scale * factor,
            qualifier=last.qualifier if in_respectively else item.qualifier,
        )
    if item.reason is None and in_respectively and last.qualifier and item.qualifier is None:
        return replace(item, qualifier=last.qualifier)
    return item


@functools.cache
def _unit_and_kind(written: str) -> tuple[str, Kind]:
    unit = numerals.normalise(written)
    return unit, units.lookup(unit).kind if unit else Kind.COUNT


def _figure(cand: _Candidate, surface: str, ctx: _Context) -> Figure:
    unit, kind = _unit_and_kind(cand.unit)
    # A count written to its units (84件, 三所) is exact, and so is one in Chinese numerals below a
    # hundred (十项, 二十个: said in full, never rounded); 一百个 and 三万个 keep the precision of their place.
    units_digit = cand.arabic or (cand.upper is None and (cand.scale == 1 or cand.value < 100))
    exact = kind is Kind.COUNT and units_digit and not cand.multiplier and cand.decimals == 0
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
