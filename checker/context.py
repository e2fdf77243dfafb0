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
from dataclasses import dataclass

from checker.claims import read_claims
from checker.indicators import Indicator, Lexicon
from checker.model import Claim, Document, Figure, GlossaryEntry, Kind, Measure, Period, Span
from checker.periods import YEAR, read_periods
from checker.structure import structure_of
from checker.vocabulary import Vocabulary, shipped_vocabulary


@dataclass(frozen=True)
class _Patterns:
    """The vocabulary's lists (rules/vocabulary.toml) as the patterns a context reads text with."""

    leading: re.Pattern[str]
    trailing: re.Pattern[str]
    list_join: re.Pattern[str]
    general_prefix: re.Pattern[str]
    other_time: re.Pattern[str]
    duration: re.Pattern[str]


@functools.cache
def _patterns(vocabulary: Vocabulary) -> _Patterns:
    words = vocabulary.alternation
    numeral_years = r"(?:[1-9]\d?|[一二两三四五六七八九十]+)年"
    plan_name = r"“?十[一二三四五六七八九]五”?"
    return _Patterns(
        leading=re.compile(rf"^(?:{words('subject_openers')}|{words('as_of')}\S{{0,8}}?{words('period_ends')}|[，、\s])+"),
        trailing=re.compile(rf"{words('subject_links')}+$"),
        list_join=re.compile(words("list_joins")),
        general_prefix=re.compile(rf"^{words('general_prefixes')}+"),
        other_time=re.compile(rf"{words('other_time')}|{plan_name}|{words('until')}\d{{4}}年|(?<!\d)[1-9]\d?年(?!度)"),
        duration=re.compile(rf"^{words('duration_before')}?{numeral_years}{words('duration_after')}?"),
    )


class DocumentContext:
    """A document, its figures, and the answers rule kinds share."""

    def __init__(self, document: Document, figures: Sequence[Figure], lexicon: Lexicon | None = None,
                 vocabulary: Vocabulary | None = None, previous: DocumentContext | None = None) -> None:  # fmt: skip
        self.document = document
        self.lexicon = lexicon or Lexicon(())
        self.vocabulary = vocabulary or self.lexicon.vocabulary or shipped_vocabulary()
        self._patterns = _patterns(self.vocabulary)
        self.previous = previous  # last year's report, for cross-report rules
        self.text = document.text
        self.figures = tuple(figures)
        self.structure = structure_of(self.text, self.vocabulary)
        self._starts = [f.start for f in self.figures]
        self.body_end = self.structure.body_end
        self.glossary: tuple[GlossaryEntry, ...] = self.structure.glossary
        self._periods = read_periods(document, self.body_end, self.vocabulary)
        self.periods = self._periods.all
        self.delivered = self._periods.delivered
        self.claims = read_claims(self, self.vocabulary)
        self._claim_of = {claim.figure.start: claim for claim in self.claims}

    # --- positions -------------------------------------------------------------

    def clause(self, start: int, end: int | None = None) -> tuple[int, int]:
        """The clause around [start, end): between two of ，；。：\\n (structure.py)."""
        return self.structure.clause(start, end)

    def segment(self, offset: int) -> tuple[int, int]:
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

    def body_sentences(self, keep: Callable[[Figure], bool] = lambda figure: True) -> list[list[Figure]]:
        """The figures of the body (the glossary left out) that `keep` accepts, grouped by sentence."""
        groups: dict[tuple[int, int], list[Figure]] = {}
        for figure in self.figures:
            if figure.start < self.body_end and keep(figure):
                groups.setdefault(figure.sentence, []).append(figure)
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
        return 0, len(self.text)

    def before(self, figure: Figure | Span, scope: tuple[int, int] | None = None) -> str:
        """The text of the figure's clause (or `scope`) up to the figure."""
        left = (scope or self.clause(figure.start))[0]
        return self.text[left : figure.start]

    def fragment(self, figure: Figure | Span) -> str:
        """The text just before a figure: from the previous figure of its clause, or the clause start."""
        left, _ = self.clause(figure.start)
        i = bisect.bisect_left(self._starts, figure.start)
        if i > 0 and self.figures[i - 1].end > left:
            left = self.figures[i - 1].end
        return self.text[left : figure.start]

    def subject(self, figure: Figure) -> str:
        """The noun phrase a figure measures: 全年地区生产总值达到360亿元 → 地区生产总值.

        The clause text before the figure, from the end of the previous figure
        in the same clause, without the verbs and adverbs that join it to
        the figure.
        """
        fragment = self.fragment(figure)
        if fragment.rstrip().endswith("、"):
            # 改造2.5万套城市危旧房、2.6万户城中村: the noun before 、 follows the previous figure.
            return ""
        # 地区生产总值（GDP）: a bracketed abbreviation or gloss is dropped, quotes are unwrapped.
        phrase = re.sub(r"（[^（）]*）|\([^()]*\)", "", fragment)
        phrase = re.sub(r"[“”‘’\"《》]", "", phrase)
        phrase = self._patterns.trailing.sub("", phrase)
        phrase = self._patterns.leading.sub("", phrase)
        phrase = self._patterns.duration.sub("", phrase)  # 5年增长18.7%: the span of years is time, not the subject
        return phrase.strip("、 \t")

    # --- indicators -------------------------------------------------------------

    def list_head(self, figure: Figure) -> Figure:
        """The first figure of the 分别 list a figure belongs to (50085元和28998元 → 50085元)."""
        i = bisect.bisect_left(self._starts, figure.start)
        while i > 0 and self._patterns.list_join.fullmatch(self.fragment(self.figures[i])):
            i -= 1
        return self.figures[i]

    def in_list(self, figure: Figure) -> bool:
        """Whether a figure is one of a list (分别达到50085元和28998元), whose items are different indicators."""
        i = bisect.bisect_left(self._starts, figure.start)
        following = self.figures[i + 1] if i + 1 < len(self.figures) else None
        return bool(self._patterns.list_join.fullmatch(self.fragment(figure))) or (
            following is not None and bool(self._patterns.list_join.fullmatch(self.fragment(following)))
        )

    def indicator(self, figure: Figure) -> Indicator | None:
        """The lexicon's indicator for a figure: from its subject, or for a bare
        growth rate (同比增长7%) from the level before it in the sentence."""
        figure = self.list_head(figure)
        subject = self.subject(figure)
        found = self.lexicon.match(subject) if subject else None
        # 地区生产总值达到5.53万亿元、稳居全国前十强、增长4.8%: a rate that goes on
        # the level's clause after 、 speaks of the level's indicator.
        continues = self.fragment(figure).startswith("、") and self.claim(figure).measure is Measure.GROWTH
        if found is None and (not subject or continues) and figure.kind in (Kind.PERCENT, Kind.PERCENTAGE_POINT):
            i = bisect.bisect_left(self._starts, figure.start)
            while i > 0 and self.figures[i - 1].start >= figure.sentence[0]:
                i -= 1
                if self.subject(self.figures[i]):
                    return self.lexicon.match(self.subject(self.figures[i]))
        return found

    def key(self, figure: Figure) -> str | None:
        """A name for what the figure measures: the lexicon's standard name, else a
        subject long enough to be specific (产量 alone could be of anything)."""
        indicator = self.indicator(figure)
        if indicator is not None:
            return indicator.name
        subject = self._patterns.general_prefix.sub("", self.subject(self.list_head(figure)))
        return subject if len(subject) >= 4 else None

    # --- sections ----------------------------------------------------------------

    def other_year(self, figure: Figure) -> bool:
        """Whether a figure speaks of another time than its section's year: a year named
        before it in its sentence (2020年地区生产总值336亿元, 到2030年), or a time word in
        its own clause (上年, 累计, 年均, 十四五). 比上年有所加快 in an earlier clause does not
        make the next clause's figure last year's."""
        period = self.period(figure.start)
        before = self.text[figure.sentence[0] : figure.start]
        years = {int(m.group()) for m in YEAR.finditer(before)}
        return bool(years - {period.year}) or bool(self._patterns.other_time.search(self.before(figure)))

    def period(self, offset: int) -> Period:
        """The period (year or five-year plan, actual or target) a position of the report speaks of."""
        return self._periods.at(offset)
