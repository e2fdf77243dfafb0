"""What every rule kind needs to know about a document, computed once.

Rule kinds ask the same questions of a document: which figures share a clause
or a sentence, what noun phrase a figure measures (its subject), which year
and role (actual or target) its section gives it, what the glossary defines.
Answering them here, once per document, keeps the kinds small and keeps the
whole check linear in the length of the report.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Callable, Sequence

from checker.claims import read_claims
from checker.indicators import Indicator, Lexicon
from checker.model import Claim, Document, Figure, GlossaryEntry, Period, Span
from checker.periods import read_periods
from checker.structure import structure_of
from checker.vocabulary import Vocabulary, shipped_vocabulary


@functools.cache
def _list_join(vocabulary: Vocabulary) -> re.Pattern[str]:
    """The words that join the items of a list of figures (、和与及)."""
    return vocabulary.pattern("list_joins")


class DocumentContext:
    """A document, its figures, and the answers rule kinds share."""

    def __init__(
        self,
        document: Document,
        figures: Sequence[Figure],
        lexicon: Lexicon | None = None,
        vocabulary: Vocabulary | None = None,
        previous: DocumentContext | None = None,
    ) -> None:
        self.document = document
        self.lexicon = lexicon or Lexicon(())
        self.vocabulary = vocabulary or self.lexicon.vocabulary or shipped_vocabulary()
        self._list_join = _list_join(self.vocabulary)
        self.previous = previous  # last year's report, for cross-report rules
        self.text = document.text
        self.figures = tuple(figures)
        self.structure = structure_of(self.text, self.vocabulary)
        self._starts = [f.start for f in self.figures]
        self.body_end = self.structure.body_end
        # Table cells after the glossary (an appendix 附表) are read like the body: only the
        # glossary's prose defines terms rather than stating figures.
        self._cells_after_body = sorted(
            (block.start, block.end)
            for block in document.blocks
            if block.kind == "cell" and block.start >= self.body_end
        )
        self.glossary: tuple[GlossaryEntry, ...] = self.structure.glossary
        last_year = previous.delivered if previous is not None else None
        self._periods = read_periods(document, self.body_end, self.vocabulary, last_year)
        self.periods = self._periods.all
        self.delivered: int | None = self._periods.delivered
        self.claims = read_claims(self, self.vocabulary, self.lexicon)
        self._claim_of = {claim.figure.start: claim for claim in self.claims}

    # --- positions -------------------------------------------------------------

    def clause(self, start: int, end: int | None = None) -> tuple[int, int]:
        """The clause around [start, end): between two of ，；。：\\n (structure.py)."""
        return self.structure.clause(start, end)

    def stretch(self, offset: int) -> tuple[int, int]:
        """The stretch around an offset between two of ；。！？ or line breaks (not commas)."""
        return self.structure.stretch(offset)

    def figure_indices(self, start: int, end: int) -> range:
        """The indices of the figures that start inside [start, end)."""
        return range(bisect.bisect_left(self._starts, start), bisect.bisect_left(self._starts, end))

    def claim(self, figure: Figure) -> Claim:
        """What a figure states (claims.py), read once for every kind."""
        return self._claim_of[figure.start]

    def figures_between(self, start: int, end: int) -> list[Figure]:
        """The figures that lie wholly inside [start, end), in order."""
        i = bisect.bisect_left(self._starts, start)
        found = []
        while i < len(self.figures) and self.figures[i].start < end:
            if self.figures[i].end <= end:
                found.append(self.figures[i])
            i += 1
        return found

    def in_body(self, offset: int) -> bool:
        """Whether an offset is in the body of the report: before the glossary, or in a table cell."""
        if offset < self.body_end:
            return True
        i = bisect.bisect_right(self._cells_after_body, (offset, len(self.text) + 1)) - 1
        return i >= 0 and self._cells_after_body[i][0] <= offset < self._cells_after_body[i][1]

    def windows(self, scope: str, keep: Callable[[Figure], bool] = lambda figure: True) -> list[list[Figure]]:
        """The figures of the body (the glossary left out) that `keep` accepts, grouped by the
        windows of a rule's scope (clause, sentence, paragraph or the whole document)."""
        groups: dict[tuple[int, int], list[Figure]] = {}
        for figure in self.figures:
            if self.in_body(figure.start) and keep(figure):
                groups.setdefault(self.scope(figure, scope), []).append(figure)
        return list(groups.values())

    def sentence_figures(self, figure: Figure) -> list[Figure]:
        return self.figures_between(*figure.sentence)

    def paragraph(self, offset: int) -> tuple[int, int]:
        return self.structure.paragraph(offset)

    def scope(self, figure: Figure, scope: str) -> tuple[int, int]:
        """The stretch of text a rule's `scope` names around a figure."""
        if scope == "clause":
            return self.clause(figure.start, figure.end)
        if scope == "sentence":
            return figure.sentence
        if scope == "paragraph":
            return self.paragraph(figure.start)
        return 0, self.body_end

    def before(self, figure: Figure | Span, scope: tuple[int, int] | None = None) -> str:
        """The text of the figure's clause (or `scope`) up to the figure."""
        left = (
            scope[0] if scope else max(self.clause(figure.start)[0], figure.start - 1000)
        )  # an endless clause stays linear
        return self.text[left : figure.start]

    def fragment(self, figure: Figure | Span) -> str:
        """The text just before a figure: from the previous figure of its clause, or the clause start."""
        left, _ = self.clause(figure.start)
        i = bisect.bisect_left(self._starts, figure.start)
        if i > 0 and self.figures[i - 1].end > left:
            left = self.figures[i - 1].end
        return self.text[left : figure.start]

    def subject(self, figure: Figure) -> str:
        """The noun phrase a figure measures (its claim's subject)."""
        return self.claim(figure).subject

    # --- indicators -------------------------------------------------------------

    def list_head(self, figure: Figure) -> Figure:
        """The first figure of the 分别 list a figure belongs to (50085元和28998元 → 50085元)."""
        i = bisect.bisect_left(self._starts, figure.start)
        while i > 0 and self._list_join.fullmatch(self.fragment(self.figures[i])):
            i -= 1
        return self.figures[i]

    def list_of(self, head: Figure) -> list[Figure]:
        """The figures of the list a figure heads: it and each one after it joined by 、 or 和 alone."""
        i = bisect.bisect_left(self._starts, head.start)
        found = [head]
        while i + 1 < len(self.figures) and self._list_join.fullmatch(self.fragment(self.figures[i + 1])):
            i += 1
            found.append(self.figures[i])
        return found

    def in_list(self, figure: Figure) -> bool:
        """Whether a figure is one of a list (分别达到50085元和28998元), whose items are different indicators."""
        i = bisect.bisect_left(self._starts, figure.start)
        following = self.figures[i + 1] if i + 1 < len(self.figures) else None
        return bool(self._list_join.fullmatch(self.fragment(figure))) or (
            following is not None and bool(self._list_join.fullmatch(self.fragment(following)))
        )

    def indicator(self, figure: Figure) -> Indicator | None:
        """The lexicon's indicator a figure states (its claim's)."""
        return self.claim(figure).indicator

    def key(self, figure: Figure) -> str | None:
        """A name for what a figure measures: the indicator's, else a specific subject (its claim's)."""
        return self.claim(figure).key

    def other_year(self, figure: Figure) -> bool:
        """Whether a figure speaks of another time than its section's year (its claim's)."""
        return self.claim(figure).other_time

    def period(self, offset: int) -> Period:
        """The period (year or five-year plan, actual or target) a position of the report speaks of."""
        return self._periods.at(offset)
