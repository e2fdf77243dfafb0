"""A chain of years: each headline target of one government's reports with the actual the next
year's report gives for it.

Nothing here reads a figure or a year anew: each report's year is the one the periods give
(`DocumentContext.delivered`), and each pair of consecutive years is the targets table of
`checker.pairing.pair_targets`, kept to its headline rows (主要预期目标). A report whose year cannot
be read, two reports of one year or of two governments are said in one line each and left out; a
year whose next report is missing has no actual to show, so it has no row.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from checker.context import DocumentContext
    from checker.indicators import Lexicon
    from checker.model import Document, TargetRow
    from checker.pairing import Tolerances


@dataclass(frozen=True)
class YearRow:
    """One headline target of `year` (stated in `previous`) and its actual (in `current`, a year later)."""

    year: int
    row: TargetRow
    previous: Document
    current: Document


@dataclass(frozen=True)
class History:
    """The years of the reports read, the headline rows by indicator then year, and what was left out."""

    years: tuple[int, ...]
    rows: tuple[YearRow, ...]
    problems: tuple[str, ...] = ()

    def indicators(self) -> list[str]:
        """The indicators in the order they first appear (the headline list's order)."""
        return list(dict.fromkeys(r.row.indicator for r in self.rows))

    def of(self, indicator: str) -> list[YearRow]:
        return [r for r in self.rows if r.row.indicator == indicator]


def build_history(documents: Sequence[Document], lexicon: Lexicon, tolerances: Tolerances | None = None) -> History:
    """The history of `documents` (any order): consecutive years paired, headline targets kept.

    Only consecutive years are paired, because a report accounts for last year's targets and no other;
    a gap (a year's report missing) leaves that year's row out rather than pairing across it, and a
    report whose year cannot be read is a problem said once, not a row guessed."""
    from checker.engine import context_of
    from checker.pairing import Tolerances, pair_targets, pairing_problem

    problems: list[str] = []
    by_year: dict[int, DocumentContext] = {}
    for document in documents:
        ctx = context_of(document, lexicon)
        if ctx.delivered is None:
            problems.append(
                f"{document.path}: the year the report was delivered cannot be read (no date line or dated "
                "heading); it is left out of the history"
            )
        elif ctx.delivered in by_year:
            other = by_year[ctx.delivered].document.path
            problems.append(
                f"{document.path}: is of {ctx.delivered}, as {other} is; give one report per year "
                "(it is left out of the history)"
            )
        else:
            by_year[ctx.delivered] = ctx
    rows: list[YearRow] = []
    years = sorted(by_year)
    for year in years:
        previous, current = by_year[year], by_year.get(year + 1)
        if current is None:
            continue
        problem = pairing_problem(previous, current)
        if problem is not None:
            problems.append(problem)
            continue
        seen: set[str] = set()
        for row in pair_targets(previous, current, tolerances or Tolerances()):
            if row.headline and row.indicator not in seen:  # an indicator's first headline target of the year
                seen.add(row.indicator)
                rows.append(YearRow(year, row, previous.document, current.document))
    order = {name: i for i, name in enumerate(dict.fromkeys(r.row.indicator for r in rows))}
    rows.sort(key=lambda r: (order[r.row.indicator], r.year))
    return History(tuple(years), tuple(rows), tuple(problems))
