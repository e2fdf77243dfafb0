"""enumeration: a numbered term names as many things as its number says.

Reports coin terms that carry a count: 六稳, 两品一标 (2 + 1), 五大组团,
四基地两中心一高地一体系 (4 + 2 + 1 + 1), “三红一绿一蓝”五条线. Where the
report enumerates the things (in the glossary, 名词解释, or in the body right
before the quoted term: 铝业园区、南部地区……中心城区“五大组团”), their number
must be the term's. Items are counted in the first list of the definition
(split at 、 and a final 和/及/与, or adjacent quoted items “乱占”“乱采”);
when a term of several parts is defined in as many ；-separated groups, each
group is counted against its part. Terms whose count is one are not checked:
a single thing is often named with 及 or 、 inside it.

Two more relations, one rule each (`relation`): formula, a national formula of
rules/formulas.toml (四个意识, 三去一降一补) written with another count that can
only be a slip of it; restated, a quoted term that one report writes with two
counts in the same context (高质量发展“十项行动” … 高质量发展“九项行动”).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Literal

from checker import numerals, units
from checker.claims import BRACKETED
from checker.context import DocumentContext
from checker.formulas import Formula, Formulas, shipped_formulas
from checker.model import Check, Figure, Kind, Rule, Span
from checker.model import Params as BaseParams
from checker.numerals import CHINESE_DIGITS
from checker.vocabulary import Vocabulary

NAME = "enumeration"


@dataclass(frozen=True)
class Params(BaseParams):
    """The parameters of a rule of kind enumeration (see `indicheck kinds enumeration`)."""

    definition_cues: tuple[str, ...] = field(
        default=(),
        metadata={
            "vocabulary": "definition_cues",
            "doc": "words that open the definition of a numbered term (指的是, 即, 包括 …)",
        },
    )
    governing_verbs: tuple[str, ...] = field(
        default=(),
        metadata={
            "vocabulary": "governing_verbs",
            "doc": "verbs right before a quoted term that make it an object (缩小“三大差距”), not the head of a list",
        },
    )
    relation: Literal["listed", "formula", "restated"] = field(
        default="listed",
        metadata={
            "doc": "listed: a count against the items the report lists; formula: a national formula (rules/formulas.toml) "
            "written with another count; restated: a quoted term written with two counts in one context"
        },
    )


PLACEHOLDERS = ("term", "expected", "found", "items", "formula", "other")
DEFAULT_WINDOW = "document"

NUMERAL = "一二两三四五六七八九十"
# One part of a numbered term: a numeral and a few characters (六稳, 两品, 五大组团, 三类500强).
SEGMENT = re.compile(rf"([{NUMERAL}]{{1,2}})([^{NUMERAL}、，。；：“”\s]{{1,5}})")
QUOTED = re.compile(r"“([^“”\n]{2,16})”")
# Items are separated by 、, or are adjacent quoted or titled names (“乱占”“乱采”, 《A》《B》).
ITEM_SPLIT = re.compile(r"、|”“|》《")
NAMED_ITEMS = re.compile(r"^[^“《]*[“《].*[”》]$")
# The last two items of a list joined by 和 (A、B和C), and an item that carries its own count
# (两个专科): the words from the vocabulary.
LAST_JOIN = r"(?<=[^\s])(?:{item_joins})(?=[^\s])"
COUNTED_ITEM = rf"([{NUMERAL}]){{item_measures}}"
INSIDE_QUOTES = re.compile(r"“[^“”]*”")
# After a count, its noun and a 、 that goes on with the list: the count is inside one item.
ITEM_GOES_ON = re.compile(r"[^，,。；;：:、\s\d]{1,4}、")
# After the quoted head of an enumeration (…中心城区“五大组团”，) comes a pause,
# not more of a noun phrase (农村集体“三资”管理) or a particle (以“三个意义”的).
HEAD_END = r"[，,。；;、：:\n）)]|{open_list}|$"
PARENS = re.compile(r"（[^（）]*）|\([^()]*\)")


# A term counted in Arabic digits, a measure word after them (“8个工作方案”; not “5G”).
ARABIC_TERM = re.compile(r"(\d{1,2})([^\d、，。；：“”\s]{1,8})")


def segments(term: str, vocabulary: Vocabulary) -> list[tuple[int, str]]:
    """(count, name) of each part of a numbered term; [] when it is not one."""
    arabic = ARABIC_TERM.fullmatch(term)
    if arabic:
        name = arabic.group(2)
        return [(int(arabic.group(1)), name)] if units.counts_things(name[:1]) else []
    prefix = re.match(rf"[^{NUMERAL}“”]*", term)
    term = term[prefix.end() :] if prefix else term  # 蒙速办▪四办, 清四乱: words before the first numeral
    found: list[tuple[int, str]] = []
    position = 0
    for match in SEGMENT.finditer(term):
        if match.start() != position:
            return []
        numeral = match.group(1)
        if len(numeral) == 2 and not numeral.startswith("十"):
            return []
        count = numerals.count(numeral) or 0
        name = match.group(2)
        if name.startswith(vocabulary.words("time_after_numeral")):
            return []  # 长江十年禁渔: a duration, not a count of things
        # 三位一体, 两场一体: 一体 is the union, not one more thing; 四个一批, 两个一百年: N of the 一X,
        # the N counted by a bare measure word (个, 项 …: a count unit of data/units_zh.txt).
        of_one = count == 1 and bool(found) and units.counts_things(found[-1][1])
        if not name.startswith(vocabulary.words("union_after_one")) and not of_one:
            found.append((count, name))
        position = match.end()
    return found if position == len(term) and found else []


def check(rule: Rule[Params], ctx: DocumentContext) -> Iterator[Check]:
    """The relation the rule names: the counts against the lists the report writes (listed), the
    national formulas against their definitions (formula), or quoted terms against their restatements
    (restated)."""
    if rule.params.relation == "formula":
        return _formula_counts(ctx)
    if rule.params.relation == "restated":
        return _restated_terms(rule, ctx)
    return _listed_counts(rule, ctx)


def _listed_counts(rule: Rule[Params], ctx: DocumentContext) -> Iterator[Check]:
    """Every place a count announces a list: the glossary's terms (or the sub-terms a definition
    defines), the counted and announced lists and headings of the body, the terms the body defines,
    and a quoted term right after the list it names. A term the glossary already checked is not
    checked again where the body defines it."""
    seen: set[str] = set()
    for entry in ctx.glossary:
        definition = entry.definition.text
        subterms = list(_subdefinitions(rule, ctx.vocabulary, definition))
        if subterms:
            for name, start, text in subterms:
                yield from _compare(
                    ctx,
                    Span(entry.definition.start + start, entry.definition.start + start + len(name), name),
                    name,
                    [text],
                    parts=[(int(name), "")] if name.isdigit() else None,
                )
                seen.add(name)
            continue
        term = re.sub(r"[“”\"]", "", entry.term.text)
        for part in term.split("、"):
            if part and part not in seen:
                yield from _compare(ctx, entry.term, part, _groups(rule, ctx.vocabulary, definition))
                seen.add(part)
    yield from _counted_lists(ctx)
    yield from _announced_lists(ctx)
    yield from _announced_headings(ctx)
    yield from _counted_terms(ctx)
    yield from _quoted_lists(ctx)
    yield from _abbreviated_lists(ctx)
    yield from _body_definitions(rule, ctx, seen)
    list_starts = _positions(ctx.text, LIST_START)
    closed_by_open_list = ctx.vocabulary.regex("(?:{open_list})$")
    for match in QUOTED.finditer(ctx.text, 0, ctx.body_end):
        term = match.group(1)
        # 半导体湘潭智造基地等“十大产业项目”建设: after 等 the quoted term heads the list, whatever follows.
        if closed_by_open_list.search(ctx.text, max(0, match.start() - 2), match.start()):
            where = Span(match.start(1), match.end(1), term)
            yield from _open_list_bound(ctx, where, _leading_count(ctx, term), match.start())
            continue
        if not ctx.vocabulary.regex(HEAD_END).match(ctx.text, match.end()):
            continue
        items = _list_before(ctx.text, match.start(), list_starts, ctx.vocabulary)
        if items is not None and items.endswith(tuple(rule.params.words("governing_verbs", ctx.vocabulary))):
            continue
        # 北京、上海、广东、陕西等省市公开“三公经费”: an open list does not enumerate the term.
        if items is None or ctx.vocabulary.pattern("open_list").search(items):
            continue
        parts = segments(term, ctx.vocabulary)
        # 台风“三连击”, “十二连增”: a run of events in a row counts times, not the things listed before.
        if any(ctx.vocabulary.pattern("run_words").match(name) for _, name in parts):
            continue
        if sum(count for count, _ in parts) >= 3:
            yield from _compare(ctx, Span(match.start(1), match.end(1), term), term, [items], counted=True)


LIST_START = re.compile(r"[，,；;。：:\n”]")
LEADING_COUNT = re.compile(rf"([{NUMERAL}]{{1,2}}|\d{{1,2}})(?=[^\d{NUMERAL}])")


def _leading_count(ctx: DocumentContext, term: str) -> int | None:
    """The count a quoted term opens with when a measure word of things or kinds follows it
    (“十大产业项目” → 10, “八个显著提升” → 8), else None."""
    match = LEADING_COUNT.match(term)
    if match is None or not _counts_things(ctx, term[match.end() :]):
        return None
    return numerals.count(match.group(1))


def _body_definitions(rule: Rule[Params], ctx: DocumentContext, seen: set[str]) -> Iterator[Check]:
    """A numbered term the body defines itself: “四个一批”，即谋划一批、储备一批…; 三大攻坚战：是指…
    The definition runs from its cue to the end of the sentence (or the first ；)."""
    cues = _definition_cues(rule, ctx.vocabulary)
    term = rf"(?:“(?P<quoted>[^“”\n]{{2,12}})”|(?<![^\s，。；：、“”])(?P<bare>[{NUMERAL}][^，。；：“”、\s]{{1,8}}))"
    # The cue after a pause (，即 / ：是指): 三项指标 is no definition of 三项.
    # A short noun may follow the quoted term before the pause (“四大攻坚”行动，即…); right after
    # the closing quote the cue needs none (“8个工作方案”即…).
    pattern = re.compile(
        rf"{term}(?:(?<=”)[^，。；：、“”\s\d]{{1,4}})?(?:[，,：:]|(?<=”))\s*(?:{cues})[：:]?(?P<definition>[^。；;\n]+)"
    )
    for match in pattern.finditer(ctx.text, 0, ctx.body_end):
        name = match.group("quoted") or match.group("bare")
        if name in seen or not segments(name, ctx.vocabulary):
            continue
        at = match.start("quoted") if match.group("quoted") else match.start("bare")
        definition = match.group("definition")
        # 即：用于…高于上年，用于…高于上年，用于…高于上年: with no 、 list, each clause is an item.
        if "、" not in definition:
            definition = "、".join(part for part in re.split(r"[，,]", definition) if part.strip())
        yield from _compare(ctx, Span(at, at + len(name), name), name, [definition])


def _counted_lists(ctx: DocumentContext) -> Iterator[Check]:
    """A list followed by its count: 立项、规划、国土、环保四项手续. A list closed by 等
    is open (包八中、包二十八中等4所学校), and a count far off the list counts something else.

    Before a measure word of kinds (项, 类, 种) or the generic 个 the list names the
    things counted, so it must be as long as the count. Before a measure word of
    facilities (格尔木、德令哈3座光热电站) it may instead say where the things are,
    each place one or more of them: only a list longer than the count fails both readings.
    """
    kinds = ctx.vocabulary.pattern("kind_measures")
    for figure in ctx.figures:
        if figure.kind is not Kind.COUNT or figure.upper is not None or figure.qualifier is not None:
            continue
        if figure.start >= len(ctx.text) or figure.value != figure.value.to_integral_value():
            continue
        start = ctx.clause(figure.start)[0]
        before = ctx.text[start : figure.start]
        if ctx.vocabulary.regex("(?:{open_list})$").search(before):
            yield from _open_list_bound(ctx, Span.of(figure), int(figure.value), figure.start)
            continue
        if not _reads_as_list(ctx, figure, before):
            continue
        if ctx.vocabulary.pattern("respectively").search(before[-6:]):
            continue  # A、B、C分别增加2个: a count for each item, not the number of items
        if re.search(r"\d", INSIDE_QUOTES.sub("", before)) or ctx.figures_between(start, figure.start):
            continue  # 高新技术企业1家、绿色工厂2个: a list of counts, not of the things counted
        if ITEM_GOES_ON.match(ctx.text, figure.end):
            continue  # 东港、西港3个泊位、南港物流园: the list goes on past the count, which is its item's
        low, high = _count(before, ctx.vocabulary)
        expected = int(figure.value)
        if not high or min(abs(low - expected), abs(high - expected)) > 1 or expected > 30:
            continue
        # Quoted or titled items (《A》《B》《C》3部法规) are names of the things counted themselves.
        names_items = bool(kinds.match(ctx.text, figure.end - len(figure.unit))) or bool(NAMED_ITEMS.match(before))
        # Only before a measure word of facilities (格尔木、德令哈3座电站) may the list say where the
        # things are, each place holding one or more; A、B两个X counts the items themselves.
        in_places = ctx.vocabulary.pattern("facility_measures").fullmatch(figure.unit) is not None
        passed = low <= expected <= high if names_items or not in_places else low <= expected
        yield Check(
            Span.of(figure),
            (),
            passed,
            f"{before}{figure.text}: {expected} named, {_shown((low, high))} listed",
            {
                "term": figure.text,
                "expected": str(expected),
                "found": _shown((low, high)),
                "items": _shown((low, high)),
            },
        )


def _reads_as_list(ctx: DocumentContext, figure: Figure, before: str) -> bool:
    """Whether the clause before a count is a list it may count: items split by 、, or, before a count in
    Chinese numerals, which names kinds (经济增长和物价总水平两个指标), two items joined by 和 alone; in
    digits a count counts things, of the kinds such a list may name (A和B3个). A list that ends with a
    join or a total (共5所) is not the count's."""
    joined = figure.text[:1] in NUMERAL and len(ctx.vocabulary.regex(LAST_JOIN).findall(before)) == 1
    if not (ITEM_SPLIT.search(before) or joined):
        return False
    return not ctx.vocabulary.regex("(?:{list_joins}|{totals})$").search(before)


def _counted_terms(ctx: DocumentContext) -> Iterator[Check]:
    """A list right before a count of kinds that is no figure: 黄河、淮河、海河、长江四大流域,
    县、乡、村三级, 光电子信息、…、农产品加工5大支柱产业. The list names the things counted, so it
    must be as long as the count; a list closed by 等 may not be longer."""
    text = ctx.text
    list_starts = _positions(text, LIST_START)
    pattern = ctx.vocabulary.regex(
        rf"(?<![{NUMERAL}\d.])([{NUMERAL}]{{1,2}}|\d{{1,2}}(?![\d.]))({{kind_measures}}|{{generic_measures}}|{{place_measures}})"
    )
    for match in pattern.finditer(text, 0, ctx.body_end):
        if ctx.figures_between(match.start(), match.end()):
            continue  # 三项 is a figure: _counted_lists reads it
        # 第三大加油港 is an ordinal, 铁人三项 a name, 三大球 a fixed term: none counts the list.
        if ctx.vocabulary.regex("(?:{ordinal_before}|{names_before_numeral})$").search(
            text, max(0, match.start() - 8), match.start()
        ):
            continue
        if ctx.vocabulary.pattern("numeral_terms").match(text, match.end(1)):
            continue
        where = Span(match.start(), match.end(), match.group())
        if ctx.vocabulary.regex("(?:{open_list})$").search(text, max(0, match.start() - 2), match.start()):
            yield from _open_list_bound(ctx, where, numerals.count(match.group(1)), match.start())
            continue
        items = _list_before(text, match.start(), list_starts, ctx.vocabulary, joined=True)
        if items is None or ctx.vocabulary.regex("(?:{open_list}|{totals})").search(items) or _within_a_word(items):
            continue
        if ctx.vocabulary.pattern("grade_measures").match(text, match.end(1)):
            yield from _grade(ctx, where, items)
            continue
        arabic = match.group(1).isdigit()  # 5大: no numbered term of segments(), a count of its measure
        parts = [(int(match.group(1)), match.group(2))] if arabic else None
        yield from _compare(ctx, where, match.group(), [items], counted=True, parts=parts)


def _open_list_bound(ctx: DocumentContext, where: Span, expected: int | None, count_at: int) -> Iterator[Check]:
    """A list closed by 等 right before its count (长沙量子院量子重力测量等十大技术攻关项目): 等 may close
    the list or leave it open, but it never shortens one, so the list may not name more than the
    count. The list is the clause's (its items may hold quoted words: “四算”新型基础设施、国家医学中心等);
    a list far off the count lists something else; a list with another 等 inside is not read."""
    start = ctx.clause(count_at)[0]
    closing = ctx.vocabulary.regex("(?:{open_list})$").search(ctx.text, start, count_at)
    listed = ctx.text[start : closing.start()] if closing else ""
    if expected is None or expected < 2 or "、" not in listed or ctx.vocabulary.pattern("open_list").search(listed):
        return
    low, high = _count(listed, ctx.vocabulary)
    if not high or abs(low - expected) > 1:
        return
    shown = _shown((low, high))
    yield Check(
        where,
        (),
        low <= expected,
        f"{where.text}: {expected} named, {shown} listed before an open list's end",
        {"term": where.text, "expected": str(expected), "found": shown, "items": shown},
    )


# A list in quotes closed right before its count: “做强自身实力、发挥支撑作用”两大要点, “…”五措并举,
# “…”四个方面, “…”3项. The count's numeral and the word after it (one to three characters).
QUOTED_LIST = re.compile(
    rf"“(?P<items>[^“”，,。；;：:\n]{{3,120}})”(?P<count>(?<![\d.])\d{{1,2}}(?![\d.％%])|[{NUMERAL}]{{1,2}})"
    rf"(?P<word>[^\s\d{NUMERAL}，,。；;：:、“”（）()]{{1,3}})"
)


def _quoted_lists(ctx: DocumentContext) -> Iterator[Check]:
    """A list in quotes right before a count names the things counted: “投什么、谁来投、怎么投、如何管”
    四个问题. The quotes close the list, so nothing before them belongs to it, and nothing after the
    count does either. Counts of time (“…”三年行动) or of one thing are no count of the items; a count
    far off the list's readings counts something else."""
    text = ctx.text
    for match in QUOTED_LIST.finditer(text, 0, ctx.body_end):
        items = match.group("items")
        if "、" not in items or match.group("word").startswith(ctx.vocabulary.words("time_after_numeral")):
            continue
        expected = numerals.count(match.group("count"))
        low, high = _count(items, ctx.vocabulary)
        if expected is None or expected < 2 or not high or min(abs(low - expected), abs(high - expected)) > 1:
            continue
        term = match.group("count") + match.group("word")
        shown = _shown((low, high))
        yield Check(
            Span(match.start("count"), match.end("word"), term),
            (),
            low <= expected <= high,
            f"{term}: {expected} named, {shown} listed",
            {"term": term, "expected": str(expected), "found": shown, "items": shown},
        )


def _abbreviated_lists(ctx: DocumentContext) -> Iterator[Check]:
    """A run of one-character names right before a count of places or levels: 粤港澳三地, 湘鄂渝黔四省,
    省市县乡四级. Each character names one place (one level), so the count is the run's length. The run
    read is the longest one; a shorter reading starts later (its first character ends a word before it),
    so only a count above the longest run fails every reading, and one far above it (京津冀13市) counts
    something else. A run after a join or a name of a level of its own (和, 中央) is not the whole list."""
    text = ctx.text
    vocabulary = ctx.vocabulary
    pattern = vocabulary.regex(
        rf"(?:(?P<places>(?:{{place_abbreviations}}){{2,}})(?P<place_count>[{NUMERAL}]{{1,2}}|\d{{1,2}})"
        rf"{{place_measures}}|(?P<levels>(?:{{level_names}}){{2,}})(?P<level_count>[{NUMERAL}]{{1,2}}|\d{{1,2}})"
        rf"{{level_measures}})"
    )
    before = vocabulary.regex("(?:{item_joins}|{open_list}|{levels_before_run}|、)$")
    for match in pattern.finditer(text, 0, ctx.body_end):
        run = match.group("places") or match.group("levels")
        count = match.group("place_count") or match.group("level_count")
        expected = numerals.count(count)
        if expected is None or expected < 2 or expected > len(run) + 1:
            continue
        if before.search(text, max(0, match.start() - 4), match.start()):
            continue
        term = text[match.start() : match.end()]
        yield Check(
            Span(match.start(), match.end(), term),
            (),
            expected <= len(run),
            f"{term}: {expected} named, {len(run)} listed",
            {"term": term, "expected": str(expected), "found": str(len(run)), "items": str(len(run))},
        )


def _grade(ctx: DocumentContext, where: Span, items: str) -> Iterator[Check]:
    """A list before N级: 县、乡、村三级 counts the levels, but 省疾控中心、农科院生物安全三级实验室
    names whose laboratories are of grade three, and 市县、乡镇三级联动 writes two levels as one item.
    Under those readings a list shorter than the count is right; only a longer one fails them all,
    unless the items are of one character (省、市、县, or 省、市（地）、县 with its aside left out): each
    names one level, and the count is theirs."""
    expected = numerals.count(where.text[: -len(_grade_word(ctx, where.text))])
    low, high = _count(items, ctx.vocabulary)
    if expected is None or expected < 2 or not high or min(abs(low - expected), abs(high - expected)) > 1:
        return
    # The first item may carry the clause's verb (健全县、乡、村): the items after it tell.
    after_first = BRACKETED.sub("", items[items.find("、") :])
    levels = ctx.vocabulary.regex(r"(?:(?:、|{item_joins})[^、\s])+").fullmatch(after_first) is not None
    passed = low <= expected <= high if levels else low <= expected
    shown = _shown((low, high))
    yield Check(
        where,
        (),
        passed,
        f"{where.text}: {expected} named, {shown} listed",
        {"term": where.text, "expected": str(expected), "found": shown, "items": shown},
    )


def _grade_word(ctx: DocumentContext, term: str) -> str:
    """The grade measure word a counted term ends with (三级 → 级)."""
    match = ctx.vocabulary.regex("(?:{grade_measures})$").search(term)
    return match.group() if match else ""


# A count that announces a list after a colon or a full stop: 今年重点抓好四件事：一是…; 九个方面的工作：\n一是…;
# 重点抓好三件事。一是…; 主要基于两方面考虑：一方面…另一方面…
ANNOUNCED = re.compile(rf"(?<![{NUMERAL}])([{NUMERAL}]{{1,2}})([^{NUMERAL}，。；：:\s]{{1,10}})([：:。])\s*")
ORDINALS = "一二三四五六七八九十"
CIRCLED = "".join(chr(0x2460 + i) for i in range(len(ORDINALS)))  # ① … ⑩
PAUSE_AFTER_ORDINAL = "，,、：:"


@dataclass(frozen=True)
class Numbering:
    """One way reports number the items a count announced: what stands at item i (0-based), and
    what must follow it (第一， but not 第一批)."""

    markers: tuple[tuple[str, ...], ...]
    then: str = ""

    def at(self, index: int) -> tuple[str, ...]:
        return self.markers[index] if index < len(self.markers) else ()

    def starts_item(self, text: str, position: int, index: int = 0) -> bool:
        """Whether item `index`'s marker stands at `position`."""
        return any(self._marker_at(text, position, marker) for marker in self.at(index))

    def _marker_at(self, text: str, position: int, marker: str) -> bool:
        end = position + len(marker)
        return text.startswith(marker, position) and (not self.then or text[end : end + 1] in self.then)

    def find(self, text: str, index: int, start: int, end: int) -> int:
        """Where item `index`'s marker first stands in [start, end), or -1."""
        found = -1
        for marker in self.at(index):
            at = text.find(marker, start, end)
            while at >= 0 and not self._marker_at(text, at, marker):
                at = text.find(marker, at + 1, end)
            if at >= 0 and (found < 0 or at < found):
                found = at
        return found

    def shown(self, found: int) -> str:
        return f"{self.at(0)[0]} … {self.at(found - 1)[0]}"


def _numberings(vocabulary: Vocabulary) -> tuple[Numbering, ...]:
    """一是…四是, 第一，…第四，, ①…④, and 一方面…另一方面 (of two)."""
    after = vocabulary.words("item_markers")
    before = vocabulary.words("item_markers_before")
    return (
        Numbering(tuple(tuple(f"{o}{m}" for m in after) for o in ORDINALS)),
        Numbering(tuple(tuple(f"{m}{o}" for m in before) for o in ORDINALS), PAUSE_AFTER_ORDINAL),
        Numbering(tuple((c,) for c in CIRCLED)),
        Numbering((vocabulary.words("first_side"), vocabulary.words("other_side"))),
    )


def _counts_things(ctx: DocumentContext, counted: str) -> bool:
    """Whether the words after a numeral start with a measure word of things or kinds (件, 个方面)."""
    return any(units.counts_things(counted[:n]) for n in (1, 2, 3)) or bool(
        ctx.vocabulary.pattern("kind_measures").match(counted)
    )


def _announced_lists(ctx: DocumentContext) -> Iterator[Check]:
    """A count that announces the items numbered after it (抓好四件事：一是…二是…三是…; 两方面考虑：
    一方面…另一方面; 主要做了三件事。第一，…) is as large as the last of them. After a full stop the
    numbering opens the next sentence, or the one after it (办好十件民生实事。今年我省…。一是…).
    The numbering runs on within a paragraph, or from one paragraph to the next when each opens
    with its number; a paragraph that does not ends it. Lists of one item are not compared: the
    item may run over several paragraphs."""
    text = ctx.text
    numberings = _numberings(ctx.vocabulary)
    ordinal = ctx.vocabulary.regex("(?:{ordinal_before}|{session_before})$")  # 第三件, 十六届三次会议
    for match in ANNOUNCED.finditer(text, 0, ctx.body_end):
        numeral, counted = match.group(1), match.group(2)
        if not _counts_things(ctx, counted) or ordinal.search(text, max(0, match.start() - 2), match.start()):
            continue
        if counted.startswith(ctx.vocabulary.words("session_measures")):
            continue  # 市十六届人大三次会议确定的目标任务：the third session, not three things
        expected = numerals.count(numeral)
        if expected is None or expected < 2:
            continue
        opened = _numbering_after(ctx, match.end(), match.group(3), numberings)
        if opened is None:
            continue
        numbering, first = opened
        found = _numbered_items(ctx, first, numbering)
        if found < 2:
            continue
        term = text[match.start(1) : match.end(2)].rstrip("”")  # “十大重点民生实事”。①…
        where = Span(match.start(1), match.start(1) + len(term), term)
        yield Check(
            where,
            (),
            found == expected,
            f"{where.text}: {expected} announced, {found} numbered ({numbering.shown(found)})",
            {"term": where.text, "expected": str(expected), "found": str(found), "items": str(found)},
        )


def _numbering_after(
    ctx: DocumentContext, position: int, stop: str, numberings: tuple[Numbering, ...]
) -> tuple[Numbering, int] | None:
    """The numbering that opens right after an announcing count (and where), or after a full stop
    the one that opens the sentence after the next; None when none does."""
    text = ctx.text
    candidates = [position]
    if stop == "。":
        paragraph_end = ctx.paragraph(position)[1]
        next_stop = text.find("。", position, paragraph_end)
        if next_stop >= 0:
            candidates.append(next_stop + 1)
    for at in candidates:
        for numbering in numberings:
            if numbering.starts_item(text, at):
                return numbering, at
    return None


# A count that ends its paragraph (or a title line) and announces the numbered headings of the paragraphs
# after it: 主要抓了九个方面工作。\n（一）…（九）; 重点抓好以下十二个方面：\n（一）…; 附件 2025年省十件民生实事\n一、…十、
ANNOUNCED_HEADINGS = re.compile(
    rf"(?<![{NUMERAL}])([{NUMERAL}]{{1,3}})([^{NUMERAL}，。；：:、\s“”]{{1,8}})([。：:]?)[ \u3000\t]*\n\s*"
)
HEADING = re.compile(rf"[ \u3000\t]*[（(]([{NUMERAL}]{{1,3}})[）)]")
TOP_HEADING = re.compile(rf"[ \u3000\t]*([{NUMERAL}]{{1,3}})、")
TITLE_LINE = 24  # a line this short with no mark ending it is a title, not a paragraph of text


def _announced_headings(ctx: DocumentContext) -> Iterator[Check]:
    """A count that ends its paragraph, when the next paragraph opens with the heading （一） (or 一、),
    is as large as the run of headings （一）（二）… that follows: each opens a paragraph, in order,
    with any paragraphs of text between them; a top-level heading (三、), a new （一） or a number
    out of order ends the run. A title line with no mark (2025年省十件民生实事) announces them too."""
    text = ctx.text
    for match in ANNOUNCED_HEADINGS.finditer(text, 0, ctx.body_end):
        numeral, counted = match.group(1), match.group(2)
        if not _counts_things(ctx, counted):
            continue
        if not match.group(3) and match.end(2) - ctx.paragraph(match.start())[0] > TITLE_LINE:
            continue
        expected = numerals.count(numeral)
        if expected is None or expected < 2:
            continue
        heading, stops = (HEADING, TOP_HEADING) if HEADING.match(text, match.end()) else (TOP_HEADING, None)
        first = heading.match(text, match.end())
        if first is None or numerals.count(first.group(1)) != 1:
            continue
        found = _headings_from(ctx, match.end(), heading, stops)
        shown = f"（一） … （{numeral_of(found)}）" if heading is HEADING else f"一、 … {numeral_of(found)}、"
        where = Span(match.start(1), match.end(2), text[match.start(1) : match.end(2)])
        yield Check(
            where,
            (),
            found == expected,
            f"{where.text}: {expected} announced, {found} numbered headings ({shown})",
            {"term": where.text, "expected": str(expected), "found": str(found), "items": str(found)},
        )


def _headings_from(ctx: DocumentContext, start: int, heading: re.Pattern[str], stops: re.Pattern[str] | None) -> int:
    """How many headings （一）（二）… (or 一、二、…) open the paragraphs from `start` on, in order."""
    text, found, position = ctx.text, 0, start
    while position < len(text):
        end = ctx.paragraph(position)[1]
        opened = heading.match(text, position)
        if opened is not None:
            if numerals.count(opened.group(1)) != found + 1:
                break
            found += 1
        elif stops is not None and stops.match(text, position):
            break
        position = text.find("\n", max(end, position)) + 1
        if position == 0:
            break
    return found


def numeral_of(number: int) -> str:
    """一 … 九十九 as headings write them (十一, 二十)."""
    tens, ones = divmod(number, 10)
    return (ORDINALS[tens - 1] if tens > 1 else "") + ("十" if tens else "") + (ORDINALS[ones - 1] if ones else "")


def _numbered_items(ctx: DocumentContext, start: int, numbering: Numbering) -> int:
    """How many items are numbered from `start` on (一是 … 四是), under the paragraph rule above: an
    item may also run over a paragraph or two that hold no number of the list (一是…。\n增加…。\n二是…);
    a heading, or a paragraph with another of its numbers, ends it."""
    text, found, position = ctx.text, 0, start
    while numbering.at(found):
        paragraph_end = ctx.paragraph(position)[1]
        here = numbering.find(text, found, position, paragraph_end)
        if here < 0:
            here = _item_opening_after(ctx, paragraph_end, numbering, found)
            if here < 0:
                break
        found, position = found + 1, here + 1
    return found


CONTINUED_PARAGRAPHS = 2  # paragraphs of one item that hold no number, between two numbered ones


def _item_opening_after(ctx: DocumentContext, paragraph_end: int, numbering: Numbering, index: int) -> int:
    """Where a paragraph after `paragraph_end` opens with item `index`'s marker, past at most
    CONTINUED_PARAGRAPHS paragraphs that hold no number of the list and open with no heading; or -1."""
    text = ctx.text
    following = paragraph_end
    for _ in range(CONTINUED_PARAGRAPHS + 1):
        while following < len(text) and text[following] in "\n \u3000\t":
            following += 1
        if following >= len(text):
            return -1
        if numbering.starts_item(text, following, index):
            return following
        end = ctx.paragraph(following)[1]
        numbered = any(numbering.find(text, i, following, end) >= 0 for i in range(len(numbering.markers)))
        if numbered or HEADING.match(text, following) or TOP_HEADING.match(text, following):
            return -1
        following = end
    return -1


def _definition_cues(rule: Rule[Params], vocabulary: Vocabulary) -> str:
    """The words that open a definition, as an alternation, longest first."""
    return "|".join(map(re.escape, sorted(rule.params.words("definition_cues", vocabulary), key=len, reverse=True)))


def _subdefinitions(rule: Rule[Params], vocabulary: Vocabulary, definition: str) -> Iterator[tuple[str, int, str]]:
    """“六稳”指的是A、B；“六保”指的是C、D → (六稳, offset, "A、B"), (六保, offset, "C、D"). In a glossary a
    sub-term may also be defined by 为 or 是 (“四旁”为村旁、宅旁…), and the parts of a formula by their
    number (“1+3+8”政策体系：“1”是…，“3”是A、B、C，“8”是…): each definition runs to the next one."""
    cues = "|".join(
        map(
            re.escape,
            sorted(
                {*rule.params.words("definition_cues", vocabulary), *vocabulary.words("subdefinition_cues")},
                key=len,
                reverse=True,
            ),
        )
    )
    term = r"“(\d{1,2}|[^“”]{2,12})”"
    pattern = re.compile(rf"{term}(?:{cues})((?:(?!{term}(?:{cues}))[^；。])*)")
    for match in pattern.finditer(definition):
        if match.group(1).isdigit() and not _plain_list(vocabulary, match.group(2)):
            continue
        if match.group(1).isdigit() or segments(match.group(1), vocabulary):
            yield match.group(1), match.start(1), match.group(2)


def _plain_list(vocabulary: Vocabulary, text: str) -> bool:
    """Whether a text opens with a list of its own, read one way: its first clause holds the 、 list,
    and no item before the last joins two words by 和 (“8”即A、B、C和D、E: C和D may be two items).
    A formula's part (“3”是…) names no count word but its number: only such a list is its count."""
    first = re.split(r"[，,]", PARENS.sub("", text), maxsplit=1)[0]
    items = ITEM_SPLIT.split(INSIDE_QUOTES.sub("", first))
    return len(items) >= 2 and not any(vocabulary.regex(LAST_JOIN).search(item) for item in items[:-1])


def _groups(rule: Rule[Params], vocabulary: Vocabulary, definition: str) -> list[str]:
    """The definition up to its first 。, cut at ；, with the leading cue word removed."""
    first = definition.split("。")[0]
    cues = _definition_cues(rule, vocabulary)
    first = re.sub(rf"^(?:{cues})", "", first.strip())
    return [g for g in first.split("；") if g.strip()]


def _positions(text: str, marks: re.Pattern[str]) -> list[int]:
    """Where the marks are, in order: found once per document, so that each figure's look back is a bisection
    (an rfind for a mark the text never holds would scan back to the start for every figure)."""
    return [m.start() for m in marks.finditer(text)]


def _last_before(positions: list[int], offset: int) -> int:
    """The last of `positions` before `offset`, or -1."""
    i = bisect.bisect_left(positions, offset)
    return positions[i - 1] if i else -1


def _list_before(
    text: str, quote: int, list_starts: list[int], vocabulary: Vocabulary, joined: bool = False
) -> str | None:
    """The list right before a quoted term (A、B、C“五大组团”), or None when there is none (a pause or
    a join right before it: 和“三大差距” is the last item of a list, not its head). With `joined`, two
    items joined by 和 alone are a list too (黑龙江和吉林两省)."""
    if quote == 0 or text[quote - 1] in "、，,；;。：:\n“”" or text.endswith(vocabulary.words("item_joins"), 0, quote):
        return None
    start = _last_before(list_starts, quote) + 1
    items = text[start:quote]
    if "、" in items or (joined and len(vocabulary.regex(LAST_JOIN).findall(items)) == 1):
        return items
    return None


def _within_a_word(items: str) -> bool:
    """Whether a count stands inside a word rather than after a list: in a quoted term the list does
    not name (…的引领地“一点两地”), or after a one-character item where the list's others are longer
    (京津冀、长三角、粤港澳大湾区、东三省: 东三省 is one name; the first item may hold the clause's verb)."""
    if items.count("“") > items.count("”"):
        return True
    parts = [part for part in ITEM_SPLIT.split(BRACKETED.sub("", items)) if part]
    return len(parts) > 2 and len(parts[-1]) == 1 and any(len(part) > 1 for part in parts[1:-1])


def _count(text: str, vocabulary: Vocabulary) -> tuple[int, int]:
    """The number of things the first list of a clause sequence names, as the range its readings allow.

    Items are separated by 、 (or are adjacent quoted items “乱占”“乱采”). A 和/及/与
    inside an earlier item joins words of that item; in the last item it may
    join two items (A、B和C) or two words of one (基础设施与新兴产业、发展支撑与安全能力),
    so both readings count. Items that carry their own count
    (两个中医特色优势专科和一个推广中心) count by it. (0, 0) when there is no list.
    """
    # 、 inside quotes separates the parts of one item (“不予处罚、免予处罚”清单), not items.
    text = INSIDE_QUOTES.sub(
        lambda m: "“" + "·" * (len(m.group()) - 2) + "”" if "、" in m.group() else m.group(), PARENS.sub("", text)
    )
    for clause in re.split(r"[，,]", text):
        items = [item for item in ITEM_SPLIT.split(clause) if item.strip("“” ")]
        if not items:
            continue
        joined = [part for part in vocabulary.regex(LAST_JOIN).split(items[-1]) if part.strip()]
        split = items[:-1] + joined
        if len(split) >= 2:
            counted = [vocabulary.regex(COUNTED_ITEM).search(item) for item in split]
            if all(counted):
                total = sum(CHINESE_DIGITS[m.group(1)] for m in counted if m)
                return total, total
            return (len(items) if len(items) >= 2 else len(split)), len(split)
    return 0, 0


def _compare(
    ctx: DocumentContext,
    where: Span,
    term: str,
    groups: list[str],
    counted: bool = False,
    parts: list[tuple[int, str]] | None = None,
) -> Iterator[Check]:
    """A numbered term against the items its definition lists, under every reading of the list.

    The term's count is one reading; for a term of several parts (三医一张网 = 3 + 1)
    the list may enumerate one part alone (医疗、医保、医药“三医一张网”), so each
    part's count is a reading too. It fails only when no reading meets the list's range.
    """
    parts = parts or segments(term, ctx.vocabulary)
    if not parts:
        return
    if len(parts) > 1 and len(groups) == len(parts):
        outcome = _each_part_listed(ctx.vocabulary, parts, groups)
    else:
        outcome = _all_parts_listed(ctx.vocabulary, parts, "；".join(groups) if not counted else groups[0])
    if outcome is None:
        return
    passed, expected_text, found_text = outcome
    yield Check(
        where,
        (),
        passed,
        f"{term}: {expected_text} named, {found_text} listed",
        {"term": term, "expected": expected_text, "found": found_text, "items": found_text},
    )


def _each_part_listed(
    vocabulary: Vocabulary, parts: list[tuple[int, str]], groups: list[str]
) -> tuple[bool, str, str] | None:
    """(passed, expected, found) when a definition lists each part of the term in a group of its
    own (三医一张网: 3 in the first, 1 in the second): every part's count must meet its group's
    list; None when no part of more than one thing has a list."""
    pairs = [(count, _count(group, vocabulary)) for (count, _), group in zip(parts, groups, strict=True)]
    pairs = [(count, found) for count, found in pairs if count > 1 and found[1]]
    if not pairs:
        return None
    passed = all(low <= count <= high for count, (low, high) in pairs)
    return passed, "+".join(str(count) for count, _ in pairs), "+".join(_shown(found) for _, found in pairs)


def _all_parts_listed(vocabulary: Vocabulary, parts: list[tuple[int, str]], text: str) -> tuple[bool, str, str] | None:
    """(passed, expected, found) when one list stands for the whole term: the term's count or one
    part's count must meet it; None when the term counts one thing, nothing is listed, or the
    list is far off every reading (then it is a list of something else)."""
    expected = sum(count for count, _ in parts)
    low, high = _count(text, vocabulary)
    readings = {expected} | {count for count, _ in parts if count > 1}
    if expected <= 1 or not high or min(min(abs(low - r), abs(high - r)) for r in readings) > 1:
        return None
    passed = any(low <= reading <= high for reading in readings)
    return passed, str(expected), _shown((low, high))


def _shown(found: tuple[int, int]) -> str:
    """A count of items, or its range when the list reads two ways (3–4)."""
    low, high = found
    return str(low) if low == high else f"{low}–{high}"


def _formula_counts(ctx: DocumentContext) -> Iterator[Check]:
    """Each national formula of rules/formulas.toml wherever the report writes its shape: with the
    defined count it passes; with another count that can only be a slip of it (四个意识 → 五个意识) it
    fails, its definition the computation. Any other count is another term and is not checked."""
    formulas = shipped_formulas()
    text = ctx.text
    for formula in formulas.formulas:
        matches = [m for m in formula.pattern.finditer(text) if not formula.short or _quoted(text, m.start(), m.end())]
        written = [m for m in matches if _counts_of(m) == formula.counts]
        for match in matches:
            counts = _counts_of(match)
            if counts != formula.counts and not _a_slip_of(formula, formulas, match, counts, matches, bool(written)):
                continue
            yield _formula_check(formula, match, counts)


def _a_slip_of(
    formula: Formula,
    formulas: Formulas,
    match: re.Match[str],
    counts: tuple[int | None, ...],
    matches: list[re.Match[str]],
    written: bool,
) -> bool:
    """Whether a formula's shape written with another count can only be the formula mistyped: no term of
    its own (四个全面, 四网融合), written once (a term the report writes twice is the report's own), each
    count one off the defined one (十个统筹, 两篇大文章 are other terms); a short or coined formula's
    only in quotes, where the report writes the formula itself too."""
    if formulas.known(match.group()) or sum(m.group() == match.group() for m in matches) > 1:
        return False
    if any(count is None or abs(count - defined) > 1 for count, defined in zip(counts, formula.counts, strict=True)):
        return False
    return not (formula.short or formula.coined) or (written and _quoted(match.string, match.start(), match.end()))


def _counts_of(match: re.Match[str]) -> tuple[int | None, ...]:
    return tuple(numerals.count(numeral) for numeral in match.groups())


def _quoted(text: str, start: int, end: int) -> bool:
    return text[start - 1 : start] == "“" and text[end : end + 1] == "”"


def _formula_check(formula: Formula, match: re.Match[str], counts: tuple[int | None, ...]) -> Check:
    """A national formula as written, against the count its definition gives."""
    expected = "+".join(str(count) for count in formula.counts)
    found = "+".join(str(count) for count in counts)
    return Check(
        Span(match.start(), match.end(), match.group()),
        (),
        counts == formula.counts,
        f"{match.group()}: {found} written; {formula.term} = {formula.shown()}: {expected}",
        {
            "term": match.group(),
            "expected": expected,
            "found": found,
            "items": formula.shown(),
            "formula": formula.term,
        },
    )


QUALIFIER_STOPS = "，,。；;：:、\n“”（）()《》"
QUALIFIER_LENGTH = 12  # how far back a quoted term's qualifier is read (数字产业化“十大工程”)
SHORTEST_QUALIFIER = 3  # 碳达峰: a shorter one (发展, 工作) tells no two terms apart


@dataclass(frozen=True)
class QuotedTerm:
    """A quoted numbered term where the report writes it, with what tells one term of its shape from
    another: the qualifier before it (高质量发展“十项行动”) and the quoted terms beside it (“三新”、“三量”)."""

    span: Span
    shape: str
    counts: tuple[int, ...]
    qualifier: str
    neighbours: frozenset[str]

    def same_context(self, other: QuotedTerm) -> bool:
        """Whether two terms of one shape are written in one context, so that they name one thing."""
        if self.neighbours & other.neighbours:
            return True
        shorter, longer = sorted((self.qualifier, other.qualifier), key=len)
        return len(shorter) >= SHORTEST_QUALIFIER and longer.endswith(shorter)


def _restated_terms(rule: Rule[Params], ctx: DocumentContext) -> Iterator[Check]:
    """A quoted numbered term restated in one report with another count, in the same context: the
    same qualifier before it (高质量发展“十项行动” … 高质量发展“九项行动”) or the same quoted term beside it
    (“三新”、“三量” … “四新”、“三量”). Terms of one shape in different contexts are different terms
    (洞庭湖治理“五大工程”, 文物保护利用“六大工程”), and a bare term names nothing to compare. The count
    written less often in the context fails (of two, the later), against one written otherwise."""
    by_shape: dict[str, list[QuotedTerm]] = {}
    for term in _quoted_terms(rule, ctx):
        by_shape.setdefault(term.shape, []).append(term)
    for terms in by_shape.values():
        for index, term in enumerate(terms):
            alike = [(at, other) for at, other in enumerate(terms) if at != index and term.same_context(other)]
            if not alike:
                continue
            written = [term.counts, *(other.counts for _, other in alike)]
            support = {counts: written.count(counts) for counts in written}
            against = [
                other
                for at, other in alike
                if other.counts != term.counts
                and (
                    support[other.counts] > support[term.counts]
                    or (support[other.counts] == support[term.counts] and at < index)
                )
            ]
            yield _restated_check(term, against[0] if against else alike[0][1], passed=not against)


def _restated_check(term: QuotedTerm, other: QuotedTerm, passed: bool) -> Check:
    expected = "+".join(map(str, other.counts))
    found = "+".join(map(str, term.counts))
    return Check(
        term.span,
        (other.span,),
        passed,
        f"{term.span.text}: {found}; {other.span.text} in the same context: {expected}",
        {"term": term.span.text, "expected": expected, "found": found, "items": expected, "other": other.span.text},
    )


def _quoted_terms(rule: Rule[Params], ctx: DocumentContext) -> Iterator[QuotedTerm]:
    """The quoted numbered terms of the body (“十大工程”, “三新”), in order; runs of events (“三连击”)
    and terms of one thing are left out."""
    text = ctx.text
    verbs = sorted(rule.params.words("governing_verbs", ctx.vocabulary), key=len, reverse=True)
    open_list = ctx.vocabulary.regex("(?:{open_list})$")
    for match in QUOTED.finditer(text, 0, ctx.body_end):
        parts = segments(match.group(1), ctx.vocabulary)
        if sum(count for count, _ in parts) < 2 or any(ctx.vocabulary.pattern("run_words").match(n) for _, n in parts):
            continue
        start = match.start()
        back = start
        while back > max(0, start - QUALIFIER_LENGTH) and text[back - 1] not in QUALIFIER_STOPS:
            back -= 1
        qualifier = text[back:start]
        cut = max((qualifier.rfind(verb) + len(verb) for verb in verbs if verb in qualifier), default=0)
        qualifier = "" if open_list.search(qualifier) else qualifier[cut:]
        yield QuotedTerm(
            Span(match.start(1), match.end(1), match.group(1)),
            re.sub(rf"[{NUMERAL}]{{1,2}}", "#", match.group(1)),
            tuple(count for count, _ in parts),
            qualifier,
            frozenset(_neighbours(text, match.start(), match.end(), ctx.vocabulary)),
        )


def _neighbours(text: str, start: int, end: int, vocabulary: Vocabulary) -> Iterator[str]:
    """The quoted terms written right beside one (“三新”、“三量”: 三量 is 三新's, 三新 三量's), alone
    or joined by 、 or an item join (和, 及 …)."""
    before = text[max(0, start - 18) : start]
    joined_before = vocabulary.regex("“([^“”]{1,16})”(?:、|{item_joins})?$").search(before)
    if joined_before:
        yield joined_before.group(1)
    joined_after = vocabulary.regex("(?:、|{item_joins})?“([^“”]{1,16})”").match(text[end : end + 18])
    if joined_after:
        yield joined_after.group(1)
