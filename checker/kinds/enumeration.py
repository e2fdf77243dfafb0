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
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from dataclasses import dataclass, field

from checker import numerals, units
from checker.claims import BRACKETED
from checker.context import DocumentContext
from checker.model import Check, Kind, Rule, Span
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


PLACEHOLDERS = ("term", "expected", "found", "items")
DEFAULT_SCOPE = "document"

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
    yield from _body_definitions(rule, ctx, seen)
    list_starts = _positions(ctx.text, LIST_START)
    for match in QUOTED.finditer(ctx.text, 0, ctx.body_end):
        term = match.group(1)
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
        if not ITEM_SPLIT.search(before) or ctx.vocabulary.regex("(?:{list_joins}|{open_list}|{totals})$").search(
            before
        ):
            continue
        if ctx.vocabulary.pattern("respectively").search(before[-6:]):
            continue  # A、B、C分别增加2个: a count for each item, not the number of items
        if re.search(r"\d", before) or ctx.figures_between(start, figure.start):
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


def _counted_terms(ctx: DocumentContext) -> Iterator[Check]:
    """A list right before a count of kinds that is no figure: 黄河、淮河、海河、长江四大流域,
    县、乡、村三级. The list names the things counted, so it must be as long as the count."""
    text = ctx.text
    list_starts = _positions(text, LIST_START)
    pattern = ctx.vocabulary.regex(rf"(?<![{NUMERAL}])([{NUMERAL}]{{1,2}}){{kind_measures}}")
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
        items = _list_before(text, match.start(), list_starts, ctx.vocabulary)
        if items is None or ctx.vocabulary.regex("(?:{open_list}|{totals})").search(items):
            continue
        if ctx.vocabulary.pattern("grade_measures").match(text, match.end(1)):
            yield from _grade(ctx, Span(match.start(), match.end(), match.group()), items)
            continue
        yield from _compare(ctx, Span(match.start(), match.end(), match.group()), match.group(), [items], counted=True)


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


# A count that announces a list after a colon: 今年重点抓好四件事：一是…; 九个方面的工作：\n一是…
ANNOUNCED = re.compile(rf"(?<![{NUMERAL}])([{NUMERAL}]{{1,2}})([^{NUMERAL}，。；：:\s]{{1,10}})[：:]\s*")
ORDINALS = "一二三四五六七八九十"


def _announced_lists(ctx: DocumentContext) -> Iterator[Check]:
    """A count that announces the items numbered after it (抓好四件事：一是…二是…三是…) is
    as large as the last of them. The numbering runs on within a paragraph, or from one
    paragraph to the next when each opens with its number; a paragraph that does not ends
    it. Lists of one item are not compared: the item may run over several paragraphs."""
    markers = ctx.vocabulary.words("item_markers")
    text = ctx.text
    for match in ANNOUNCED.finditer(text, 0, ctx.body_end):
        numeral, counted = match.group(1), match.group(2)
        if (
            not units.counts_things(counted[:1])
            and not units.counts_things(counted[:2])
            and not units.counts_things(counted[:3])
        ):
            continue
        if not text.startswith(tuple(f"一{m}" for m in markers), match.end()):
            continue
        expected = numerals.count(numeral)
        if expected is None or expected < 2:
            continue
        found = _numbered_items(ctx, match.end(), markers)
        if found < 2:
            continue
        where = Span(match.start(1), match.end(2), text[match.start(1) : match.end(2)])
        yield Check(
            where,
            (),
            found == expected,
            f"{where.text}: {expected} announced, {found} numbered (一{markers[0]} … {ORDINALS[found - 1]}{markers[0]})",
            {"term": where.text, "expected": str(expected), "found": str(found), "items": str(found)},
        )


# A count that ends its paragraph and announces the numbered headings of the paragraphs after it:
# 主要抓了九个方面工作。\n（一）…（九）; 重点抓好以下十二个方面：\n（一）…
ANNOUNCED_HEADINGS = re.compile(
    rf"(?<![{NUMERAL}])([{NUMERAL}]{{1,3}})([^{NUMERAL}，。；：:、\s“”]{{1,8}})[。：:][ \u3000\t]*\n"
)
HEADING = re.compile(rf"[ \u3000\t]*[（(]([{NUMERAL}]{{1,3}})[）)]")
TOP_HEADING = re.compile(rf"[ \u3000\t]*[{NUMERAL}]{{1,3}}、")


def _announced_headings(ctx: DocumentContext) -> Iterator[Check]:
    """A count that ends its paragraph, when the next paragraph opens with the heading （一）, is as
    large as the run of headings （一）（二）… that follows: each opens a paragraph, in order, with
    any paragraphs of text between them; a top-level heading (三、), a new （一） or a number out
    of order ends the run."""
    text = ctx.text
    for match in ANNOUNCED_HEADINGS.finditer(text, 0, ctx.body_end):
        numeral, counted = match.group(1), match.group(2)
        if not any(units.counts_things(counted[:n]) for n in (1, 2, 3)):
            continue
        expected = numerals.count(numeral)
        first = HEADING.match(text, match.end())
        if expected is None or expected < 2 or first is None or numerals.count(first.group(1)) != 1:
            continue
        found = _headings_from(ctx, match.end())
        where = Span(match.start(1), match.end(2), text[match.start(1) : match.end(2)])
        yield Check(
            where,
            (),
            found == expected,
            f"{where.text}: {expected} announced, {found} numbered headings (（一） … （{numeral_of(found)}）)",
            {"term": where.text, "expected": str(expected), "found": str(found), "items": str(found)},
        )


def _headings_from(ctx: DocumentContext, start: int) -> int:
    """How many headings （一）（二）… open the paragraphs from `start` on, in order."""
    text, found, position = ctx.text, 0, start
    while position < len(text):
        end = ctx.paragraph(position)[1]
        heading = HEADING.match(text, position)
        if heading is not None:
            if numerals.count(heading.group(1)) != found + 1:
                break
            found += 1
        elif TOP_HEADING.match(text, position):
            break
        position = text.find("\n", max(end, position)) + 1
        if position == 0:
            break
    return found


def numeral_of(number: int) -> str:
    """一 … 九十九 as headings write them (十一, 二十)."""
    tens, ones = divmod(number, 10)
    return (ORDINALS[tens - 1] if tens > 1 else "") + ("十" if tens else "") + (ORDINALS[ones - 1] if ones else "")


def _numbered_items(ctx: DocumentContext, start: int, markers: tuple[str, ...]) -> int:
    """How many items are numbered from `start` on (一是 … 四是), under the paragraph rule above."""
    text, found, position = ctx.text, 0, start
    while found < len(ORDINALS):
        wanted = tuple(f"{ORDINALS[found]}{m}" for m in markers)
        paragraph_end = ctx.paragraph(position)[1]
        here = min((i for w in wanted if (i := text.find(w, position, paragraph_end)) >= 0), default=-1)
        if here < 0:
            following = paragraph_end
            while following < len(text) and text[following] in "\n \u3000\t":
                following += 1
            if not text.startswith(wanted, following):
                break
            here = following
        found, position = found + 1, here + 1
    return found


def _definition_cues(rule: Rule[Params], vocabulary: Vocabulary) -> str:
    """The words that open a definition, as an alternation, longest first."""
    return "|".join(map(re.escape, sorted(rule.params.words("definition_cues", vocabulary), key=len, reverse=True)))


def _subdefinitions(rule: Rule[Params], vocabulary: Vocabulary, definition: str) -> Iterator[tuple[str, int, str]]:
    """“六稳”指的是A、B；“六保”指的是C、D → (六稳, offset, "A、B"), (六保, offset, "C、D")."""
    cues = _definition_cues(rule, vocabulary)
    pattern = re.compile(rf"“([^“”]{{2,12}})”(?:{cues})([^；。]*)")
    for match in pattern.finditer(definition):
        if segments(match.group(1), vocabulary):
            yield match.group(1), match.start(1), match.group(2)


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


def _list_before(text: str, quote: int, list_starts: list[int], vocabulary: Vocabulary) -> str | None:
    """The list right before a quoted term (A、B、C“五大组团”), or None when there is none (a pause or
    a join right before it: 和“三大差距” is the last item of a list, not its head)."""
    if quote == 0 or text[quote - 1] in "、，,；;。：:\n“”" or text.endswith(vocabulary.words("item_joins"), 0, quote):
        return None
    start = _last_before(list_starts, quote) + 1
    return text[start:quote] if "、" in text[start:quote] else None


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


def _compare(ctx: DocumentContext, where: Span, term: str, groups: list[str], counted: bool = False) -> Iterator[Check]:
    """A numbered term against the items its definition lists, under every reading of the list.

    The term's count is one reading; for a term of several parts (三医一张网 = 3 + 1)
    the list may enumerate one part alone (医疗、医保、医药“三医一张网”), so each
    part's count is a reading too. It fails only when no reading meets the list's range.
    """
    parts = segments(term, ctx.vocabulary)
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
