"""Where a document's figures stand: the positional questions every later stage asks.

Which figures share a clause or a sentence, what text stands just before a
figure, which figures form a list (50085元和28998元), whether an offset is in
the body or the glossary. These depend only on the text, its structure and
its figures, so the claims are read from a Layout, and the rule kinds ask the
same questions of the DocumentContext built on it (context.py). Answering them
here, with the figures' starts indexed once, keeps every kind linear in the
length of the report.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Callable
from dataclasses import dataclass, field

from checker.model import Document, Figure, GlossaryEntry, Span
from checker.structure import Structure
from checker.vocabulary import Vocabulary


@functools.cache
def _list_join(vocabulary: Vocabulary) -> re.Pattern[str]:
    """The words that join the items of a list of figures (、和与及)."""
    return vocabulary.pattern("list_joins")


@dataclass(frozen=True, eq=False)
class Layout:
    """A document (its text without invisible characters), its structure and its figures in order."""

    document: Document
    figures: tuple[Figure, ...]
    structure: Structure
    vocabulary: Vocabulary
    _starts: list[int] = field(init=False, repr=False)
    # Table cells after the glossary (an appendix 附表) are read like the body: only the
    # glossary's prose defines terms rather than stating figures.
    _cells_after_body: list[tuple[int, int]] = field(init=False, repr=False)
    _list_join: re.Pattern[str] = field(init=False, repr=False)
    # For each figure, the text just before it (fragment) and whether that is a list join alone: the
    # kinds and the claims ask both of the same figures over and over (a 分别 list is walked from each
    # of its items), so each is read once here.
    _fragments: list[str] = field(init=False, repr=False)
    _joined: list[bool] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        starts = [f.start for f in self.figures]
        object.__setattr__(self, "_starts", starts)
        cells = sorted(
            (block.start, block.end)
            for block in self.document.blocks
            if block.kind == "cell" and block.start >= self.structure.body_end
        )
        object.__setattr__(self, "_cells_after_body", cells)
        object.__setattr__(self, "_list_join", _list_join(self.vocabulary))
        fragments: list[str] = []
        for k, start in enumerate(starts):  # a figure that starts where the one before does has its fragment
            fragments.append(fragments[-1] if k and starts[k - 1] == start else self._fragment_at(start, k))
        object.__setattr__(self, "_fragments", fragments)
        object.__setattr__(self, "_joined", [bool(self._list_join.fullmatch(f)) for f in fragments])

    @property
    def text(self) -> str:
        return self.document.text

    @property
    def body_end(self) -> int:
        """Where the glossary (名词解释) begins, or the end of the text."""
        return self.structure.body_end

    @property
    def glossary(self) -> tuple[GlossaryEntry, ...]:
        return self.structure.glossary

    # --- windows of text ------------------------------------------------------------

    def clause(self, start: int, end: int | None = None) -> tuple[int, int]:
        """The clause around [start, end): between two of ，；。：\\n (structure.py)."""
        return self.structure.clause(start, end)

    def stretch(self, offset: int) -> tuple[int, int]:
        """The stretch around an offset between two of ；。！？ or line breaks (not commas)."""
        return self.structure.stretch(offset)

    def paragraph(self, offset: int) -> tuple[int, int]:
        return self.structure.paragraph(offset)

    def window_around(self, figure: Figure, window: str) -> tuple[int, int]:
        """The stretch of text a rule's window (one of rules.WINDOWS) names around a figure."""
        if window == "clause":
            return self.clause(figure.start, figure.end)
        if window == "sentence":
            return figure.sentence
        if window == "paragraph":
            return self.paragraph(figure.start)
        return 0, self.body_end

    def in_body(self, offset: int) -> bool:
        """Whether an offset is in the body of the report: before the glossary, or in a table cell."""
        if offset < self.body_end:
            return True
        i = bisect.bisect_right(self._cells_after_body, (offset, len(self.text) + 1)) - 1
        return i >= 0 and self._cells_after_body[i][0] <= offset < self._cells_after_body[i][1]

    # --- figures by position ----------------------------------------------------------

    def figure_indices(self, start: int, end: int) -> range:
        """The indices of the figures that start inside [start, end)."""
        return range(bisect.bisect_left(self._starts, start), bisect.bisect_left(self._starts, end))

    def figures_between(self, start: int, end: int) -> list[Figure]:
        """The figures that lie wholly inside [start, end), in order."""
        i = bisect.bisect_left(self._starts, start)
        found = []
        while i < len(self.figures) and self.figures[i].start < end:
            if self.figures[i].end <= end:
                found.append(self.figures[i])
            i += 1
        return found

    def sentence_figures(self, figure: Figure) -> list[Figure]:
        return self.figures_between(*figure.sentence)

    def windows(self, window: str, keep: Callable[[Figure], bool] = lambda figure: True) -> list[list[Figure]]:
        """The figures of the body (the glossary left out) that `keep` accepts, grouped by the
        stretches of a rule's window (clause, sentence, paragraph or the whole document)."""
        groups: dict[tuple[int, int], list[Figure]] = {}
        for figure in self.figures:
            if self.in_body(figure.start) and keep(figure):
                groups.setdefault(self.window_around(figure, window), []).append(figure)
        return list(groups.values())

    # --- the words before a figure --------------------------------------------------

    def before(self, figure: Figure | Span, within: tuple[int, int] | None = None) -> str:
        """The text of the figure's clause (or of the stretch `within`) up to the figure."""
        left = (
            within[0] if within else max(self.clause(figure.start)[0], figure.start - 1000)
        )  # an endless clause stays linear
        return self.text[left : figure.start]

    def fragment(self, figure: Figure | Span) -> str:
        """The text just before a figure: from the previous figure of its clause, or the clause start."""
        i = bisect.bisect_left(self._starts, figure.start)
        if i < len(self._starts) and self._starts[i] == figure.start:
            return self._fragments[i]
        return self._fragment_at(figure.start, i)

    def _fragment_at(self, start: int, i: int) -> str:
        """The fragment before `start`, where `i` is the index of the first figure at or after it."""
        left, _ = self.clause(start)
        if i > 0 and self.figures[i - 1].end > left:
            left = self.figures[i - 1].end
        return self.text[left:start]

    def _joined_at(self, i: int, figure: Figure) -> bool:
        """Whether the fragment before a figure (the figure at index `i`, if it is one) is a list join alone."""
        if i < len(self._starts) and self._starts[i] == figure.start:
            return self._joined[i]
        return bool(self._list_join.fullmatch(self.fragment(figure)))

    # --- lists of figures -------------------------------------------------------------

    def list_head(self, figure: Figure) -> Figure:
        """The first figure of the 分别 list a figure belongs to (50085元和28998元 → 50085元)."""
        i = bisect.bisect_left(self._starts, figure.start)
        while i > 0 and self._joined[i]:
            i -= 1
        return self.figures[i]

    def list_of(self, head: Figure) -> list[Figure]:
        """The figures of the list a figure heads: it and each one after it joined by 、 or 和 alone."""
        i = bisect.bisect_left(self._starts, head.start)
        found = [head]
        while i + 1 < len(self.figures) and self._joined[i + 1]:
            i += 1
            found.append(self.figures[i])
        return found

    def in_list(self, figure: Figure) -> bool:
        """Whether a figure is one of a list (分别达到50085元和28998元), whose items are different indicators."""
        i = bisect.bisect_left(self._starts, figure.start)
        return self._joined_at(i, figure) or (i + 1 < len(self.figures) and self._joined[i + 1])
