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
from typing import TYPE_CHECKING

from checker.model import Check, Kind, Option, Rule, Span
from checker.numerals import CHINESE_DIGITS

if TYPE_CHECKING:
    from checker.context import DocumentContext

OPTIONS = {
    "definition_cues": Option("strings", ["指的是", "是指", "即", "指", "包括", "主要是"]),
    # A verb right before a quoted term makes the term its object (缩小“三大差距”), not the head of a list.
    "governing_verbs": Option("strings", ["缩小", "实现", "建设", "推进", "落实", "做好", "打造", "构建", "坚持", "树立",
                                          "深化", "开展", "完成", "突出", "抓好", "推动", "强化", "巩固", "用好", "聚焦",
                                          "围绕", "实施", "贯彻", "加强", "提升", "发挥", "守好", "守住", "筑牢", "扛起"]),
}  # fmt: skip
PLACEHOLDERS = ("term", "expected", "found", "items")
DEFAULT_SCOPE = "document"

NUMERAL = "一二两三四五六七八九十"
# One part of a numbered term: a numeral and a few characters (六稳, 两品, 五大组团, 三类500强).
SEGMENT = re.compile(rf"([{NUMERAL}]{{1,2}})([^{NUMERAL}、，。；：“”\s]{{1,5}})")
QUOTED = re.compile(r"“([^“”\n]{2,16})”")
ITEM_SPLIT = re.compile(r"、|”“")
LAST_JOIN = re.compile(r"(?<=[^\s])(?:和|及|与|以及)(?=[^\s])")
COUNTED_ITEM = re.compile(rf"([{NUMERAL}])[个项家所座条类种]")
INSIDE_QUOTES = re.compile(r"“[^“”]*”")
# After the quoted head of an enumeration (…中心城区“五大组团”，) comes a pause,
# not more of a noun phrase (农村集体“三资”管理) or a particle (以“三个意义”的).
HEAD_END = re.compile(r"[，,。；;、：:\n）)]|等|$")
PARENS = re.compile(r"（[^（）]*）|\([^()]*\)")


def segments(term: str) -> list[tuple[int, str]]:
    """(count, name) of each part of a numbered term; [] when it is not one."""
    prefix = re.match(rf"[^{NUMERAL}“”]*", term)
    term = term[prefix.end() :]  # 蒙速办▪四办, 清四乱: words before the first numeral
    found = []
    position = 0
    for match in SEGMENT.finditer(term):
        if match.start() != position:
            return []
        numeral = match.group(1)
        count = 10 + CHINESE_DIGITS.get(numeral[1:], 0) if numeral.startswith("十") else CHINESE_DIGITS[numeral[0]]
        if len(numeral) == 2 and not numeral.startswith("十"):
            return []
        name = match.group(2)
        if name.startswith(("年", "月", "天", "日")):
            return []  # 长江十年禁渔: a duration, not a count of things
        if not name.startswith("体"):  # 三位一体, 两场一体: 一体 is the union, not one more thing
            found.append((count, name))
        position = match.end()
    return found if position == len(term) and found else []


def check(rule: Rule, ctx: DocumentContext) -> Iterator[Check]:
    seen: set[str] = set()
    for entry in ctx.glossary:
        definition = entry.definition.text
        subterms = list(_subdefinitions(rule, definition))
        if subterms:
            for name, start, text in subterms:
                yield from _compare(ctx, Span(entry.definition.start + start, entry.definition.start + start + len(name),
                                              name), name, [text])  # fmt: skip
                seen.add(name)
            continue
        term = re.sub(r"[“”\"]", "", entry.term.text)
        for part in term.split("、"):
            if part and part not in seen:
                yield from _compare(ctx, entry.term, part, _groups(rule, definition))
                seen.add(part)
    yield from _counted_lists(ctx)
    list_starts = _positions(ctx.text, LIST_START)
    for match in QUOTED.finditer(ctx.text, 0, ctx.body_end):
        term = match.group(1)
        if not HEAD_END.match(ctx.text, match.end()):
            continue
        items = _list_before(ctx.text, match.start(), list_starts)
        if items is not None and items.endswith(tuple(rule.options["governing_verbs"])):
            continue
        expected = sum(count for count, _ in segments(term))
        # A list far off the term's count (开展保护区、河湖库“清四乱”) lists something else.
        if items is not None and expected >= 3 and abs(_count(items) - expected) <= 1:
            yield from _compare(ctx, Span(match.start(1), match.end(1), term), term, [items], counted=True)


CLAUSE_MARK = re.compile(r"[，,；;。：:\n]")
LIST_START = re.compile(r"[，,；;。：:\n”]")


def _counted_lists(ctx: DocumentContext) -> Iterator[Check]:
    """A list followed by its count: 立项、规划、国土、环保四项手续. A list closed by 等
    is open (包八中、包二十八中等4所学校), and a count far off the list counts something else."""
    clause_ends = _positions(ctx.text, CLAUSE_MARK)
    for figure in ctx.figures:
        if figure.kind is not Kind.COUNT or figure.upper is not None or figure.qualifier is not None:
            continue
        if figure.start >= len(ctx.text) or figure.value != figure.value.to_integral_value():
            continue
        start = _last_before(clause_ends, figure.start)
        before = ctx.text[start + 1 : figure.start]
        if "、" not in before or before[-1:] in "、和及与等" or before.endswith(("等", "共", "等等")):
            continue
        if "分别" in before[-6:]:
            continue  # A、B、C分别增加2个: a count for each item, not the number of items
        if re.search(r"\d", before) or ctx.figures_between(start + 1, figure.start):
            continue  # 高新技术企业1家、绿色工厂2个: a list of counts, not of the things counted
        found = _count(before)
        expected = int(figure.value)
        if not found or abs(found - expected) > 1 or expected > 30:
            continue
        yield Check(Span.of(figure), (), found == expected, f"{before}{figure.text}: {expected} named, {found} listed",
                    {"term": figure.text, "expected": str(expected), "found": str(found), "items": str(found)})  # fmt: skip


def _subdefinitions(rule: Rule, definition: str) -> Iterator[tuple[str, int, str]]:
    """“六稳”指的是A、B；“六保”指的是C、D → (六稳, offset, "A、B"), (六保, offset, "C、D")."""
    cues = "|".join(map(re.escape, sorted(rule.options["definition_cues"], key=len, reverse=True)))
    pattern = re.compile(rf"“([^“”]{{2,12}})”(?:{cues})([^；。]*)")
    for match in pattern.finditer(definition):
        if segments(match.group(1)):
            yield match.group(1), match.start(1), match.group(2)


def _groups(rule: Rule, definition: str) -> list[str]:
    """The definition up to its first 。, cut at ；, with the leading cue word removed."""
    first = definition.split("。")[0]
    cues = "|".join(map(re.escape, sorted(rule.options["definition_cues"], key=len, reverse=True)))
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


def _list_before(text: str, quote: int, list_starts: list[int]) -> str | None:
    """The list right before a quoted term (A、B、C“五大组团”), or None when there is none."""
    if quote == 0 or text[quote - 1] in "、，,；;。：:和及与\n“”":
        return None
    start = _last_before(list_starts, quote) + 1
    return text[start:quote] if "、" in text[start:quote] else None


def _count(text: str) -> int:
    """Things named by the first list of a clause sequence.

    Items are separated by 、 (or are adjacent quoted items “乱占”“乱采”); only
    the last item splits at 和/及/与 (A、B和C), since a 和 inside an earlier
    item joins words of that item. Items that carry their own count
    (两个中医特色优势专科和一个推广中心) count by it.
    """
    # 、 inside quotes separates the parts of one item (“不予处罚、免予处罚”清单), not items.
    text = INSIDE_QUOTES.sub(lambda m: "“" + "·" * (len(m.group()) - 2) + "”" if "、" in m.group() else m.group(),
                             PARENS.sub("", text))  # fmt: skip
    for clause in re.split(r"[，,]", text):
        items = [item for item in ITEM_SPLIT.split(clause) if item.strip("“” ")]
        if items:
            items = items[:-1] + [part for part in LAST_JOIN.split(items[-1]) if part.strip()]
        if len(items) >= 2:
            counted = [COUNTED_ITEM.search(item) for item in items]
            if all(counted):
                return sum(CHINESE_DIGITS[m.group(1)] for m in counted if m)
            return len(items)
    return 0


def _compare(ctx: DocumentContext, where: Span, term: str, groups: list[str], counted: bool = False) -> Iterator[Check]:
    parts = segments(term)
    if not parts:
        return
    expected = sum(count for count, _ in parts)
    if len(parts) > 1 and len(groups) == len(parts):
        pairs = [(count, _count(group)) for (count, _), group in zip(parts, groups, strict=True)]
        pairs = [(count, found) for count, found in pairs if count > 1 and found]
        if not pairs:
            return
        passed = all(count == found for count, found in pairs)
        found_text = "+".join(str(found) for _, found in pairs)
        expected_text = "+".join(str(count) for count, _ in pairs)
    else:
        found = _count("；".join(groups)) if not counted else _count(groups[0])
        # A list far off the term's count is a list of something else.
        if expected <= 1 or not found or abs(found - expected) > 1:
            return
        passed = found == expected
        found_text, expected_text = str(found), str(expected)
    yield Check(where, (), passed, f"{term}: {expected_text} named, {found_text} listed",
                {"term": term, "expected": expected_text, "found": found_text, "items": found_text})
