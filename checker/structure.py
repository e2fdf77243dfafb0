"""The structure of a report's text: sentences, clauses, stretches, paragraphs and the glossary.

One definition of each, computed once per text and shared by extraction, the
rule kinds, fingerprints and excerpts, so that a figure's sentence is the same
sentence wherever it is asked for. Offsets are into Document.text.

- a sentence ends at 。！？!? or a line break;
- a clause ends at those and at ，,；;：:;
- a stretch (what 其中 and 分别 cannot reach past) ends at a sentence end or ；;
- a paragraph is a line;
- none of the first three is longer than LONGEST characters.

A line break inside a figure cut across lines by PDF conversion
(国内生产总值达到74.4⏎⏎万亿元) is a soft break: it ends nothing.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Iterator

from checker import numerals, units
from checker.model import GlossaryEntry, Span
from checker.vocabulary import Vocabulary, shipped_vocabulary

SENTENCE_MARKS = "。！？!?\n"
CLAUSE_MARKS = SENTENCE_MARKS + "，,；;：:"
STRETCH_MARKS = SENTENCE_MARKS + "；;"
_SPACE = " \t　"
# The longest sentence, clause or stretch: a longer one (no report has one: the longest sentence of
# the corpus has 501 characters) ends there, so that what each figure reads of its sentence or clause
# is bounded, and a hostile line of figures with no mark is read in linear time.
LONGEST = 1000
# A line break right after a digit, before what may be a multiplier or a unit, may be soft.
SOFT_BREAK = re.compile(r"(?<=[\d.])[ \t]*\n[\s]{0,6}?(?=[^\W\d_])")
# The glossary at the end of a report, and its numbered entries "12. 源网荷储：…".
GLOSSARY_ENTRY = re.compile(
    r"^[ \t　]*(?:\d+[.、．]|[（(]\d+[）)])[ \t　]*(?P<term>[^:：\n]{1,40})[:：](?P<definition>[^\n]*)", re.M
)


class Structure:
    """Where the sentences, clauses, stretches and paragraphs of one text begin and end."""

    def __init__(self, text: str, vocabulary: Vocabulary | None = None) -> None:
        self.text = text
        self.soft = soft_breaks(text)
        self._sentence_ends = self._marks(SENTENCE_MARKS)
        heading = glossary_heading(vocabulary or shipped_vocabulary()).search(text)
        self.body_end = heading.start() if heading else len(text)
        self.glossary = tuple(_glossary(text, heading.end())) if heading else ()

    def _marks(self, marks: str) -> list[int]:
        """Where the marks are, and an end every LONGEST characters where none comes."""
        pattern = re.compile("[" + re.escape(marks) + "]")
        found = [m.start() for m in pattern.finditer(self.text)]
        if self.soft:
            found = [at for at in found if at not in self.soft]
        if all(b - a <= LONGEST for a, b in zip([-1, *found], [*found, len(self.text)], strict=True)):
            return found  # no stretch without a mark is longer than LONGEST: the common case, read at once
        ends: list[int] = []
        previous = -1
        for at in (*found, len(self.text)):
            ends.extend(range(previous + LONGEST, at, LONGEST))
            if at < len(self.text):
                ends.append(at)
            previous = ends[-1] if ends else -1
        return ends

    @functools.cached_property
    def _clause_ends(self) -> list[int]:
        return self._marks(CLAUSE_MARKS)  # only the rule kinds ask: extraction needs sentences alone

    @functools.cached_property
    def _stretch_ends(self) -> list[int]:
        return self._marks(STRETCH_MARKS)

    def sentence(self, start: int, end: int | None = None) -> tuple[int, int]:
        """The sentence around [start, end): after the previous sentence end (leading spaces
        skipped) to its own end mark, included."""
        left, right = _between(self._sentence_ends, start, start if end is None else end, len(self.text))
        while left < right and self.text[left] in _SPACE:
            left += 1
        return left, min(right + 1, len(self.text))

    def clause(self, start: int, end: int | None = None) -> tuple[int, int]:
        """The clause around [start, end), its end mark excluded."""
        return _between(self._clause_ends, start, start if end is None else end, len(self.text))

    def stretch(self, offset: int) -> tuple[int, int]:
        """The stretch around an offset between two of ；。！？ or line breaks (not commas)."""
        return _between(self._stretch_ends, offset, offset, len(self.text))

    def paragraph(self, offset: int) -> tuple[int, int]:
        """The line around an offset, its line break excluded."""
        left = self.text.rfind("\n", 0, offset) + 1
        right = self.text.find("\n", offset)
        return left, len(self.text) if right == -1 else right


@functools.cache
def glossary_heading(vocabulary: Vocabulary) -> re.Pattern[str]:
    """A line that is only a glossary heading: 名词解释, 【名 词 解 释】, 附件：名词解释, 附件2 名词解释."""
    space = "[ \t　]*"
    names = "|".join(space.join(map(re.escape, word)) for word in vocabulary.words("glossary_headings"))
    return re.compile(
        rf"^{space}(?:{vocabulary.alternation('annex')}\d{{0,2}}[：:]?{space})?[【\[（(]?{space}(?:{names})"
        rf"{space}[】\]）)]?{space}[:：]?{space}$",
        re.M,
    )


def soft_breaks(text: str) -> frozenset[int]:
    """Offsets of the line breaks inside figures cut across lines: after a digit, before a
    multiplier or a unit."""
    found: set[int] = set()
    for match in SOFT_BREAK.finditer(text):
        if _unit_or_multiplier().match(text, match.end()):
            found.update(match.start() + i for i, ch in enumerate(match.group()) if ch == "\n")
    return frozenset(found)


@functools.cache
def _unit_or_multiplier() -> re.Pattern[str]:
    forms = sorted({*units.surface_forms(), *numerals.LARGE_UNITS, *numerals.SMALL_UNITS}, key=len, reverse=True)
    return re.compile("|".join(re.escape(form) for form in forms))


def _between(marks: list[int], start: int, end: int, length: int) -> tuple[int, int]:
    """From after the last mark before `start` to the first mark at or after `end` (sorted `marks`)."""
    i = bisect.bisect_left(marks, start)
    j = bisect.bisect_left(marks, end)
    return (marks[i - 1] + 1 if i > 0 else 0), (marks[j] if j < len(marks) else length)


def _glossary(text: str, start: int) -> Iterator[GlossaryEntry]:
    for match in GLOSSARY_ENTRY.finditer(text, start):
        term = Span(match.start("term"), match.end("term"), match.group("term").strip())
        definition = Span(match.start("definition"), match.end("definition"), match.group("definition"))
        yield GlossaryEntry(term, definition)
