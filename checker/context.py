"""What every rule kind needs to know about a document: its layout, its periods and its claims.

A DocumentContext is built whole by engine.context_of, after the claims have
been read from the document's Layout, so a kind can ask it anything: where a
figure stands (the Layout's questions), which year and role its section gives
it (periods.py), and what it states (claims.py). Nothing here is computed on
demand from the text: each answer was read once, in the pipeline's order.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from dataclasses import dataclass, field

from checker.indicators import Indicator, Lexicon
from checker.layout import Layout
from checker.model import Claim, Figure, Period
from checker.periods import Periods


@dataclass(frozen=True, eq=False)
class DocumentContext(Layout):
    """A document's layout with its periods and claims, and last year's report for cross-report rules."""

    lexicon: Lexicon = field(kw_only=True)
    periods: Periods = field(kw_only=True)
    claims: tuple[Claim, ...] = field(kw_only=True)
    previous: DocumentContext | None = field(default=None, kw_only=True)
    _claim_of: dict[int, Claim] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        super().__post_init__()
        object.__setattr__(self, "_claim_of", {claim.figure.start: claim for claim in self.claims})

    @classmethod
    def on(
        cls,
        layout: Layout,
        periods: Periods,
        claims: Sequence[Claim],
        lexicon: Lexicon,
        previous: DocumentContext | None = None,
    ) -> DocumentContext:
        """The context of a layout whose periods and claims have been read."""
        positional = {f.name: getattr(layout, f.name) for f in dataclasses.fields(Layout) if f.init}
        return cls(**positional, lexicon=lexicon, periods=periods, claims=tuple(claims), previous=previous)

    @property
    def delivered(self) -> int | None:
        """The year the report was delivered in (periods.report_year), if the text states it."""
        return self.periods.delivered

    def period(self, offset: int) -> Period:
        """The period (year or five-year plan, actual or target) a position of the report speaks of."""
        return self.periods.at(offset)

    # --- what a figure states (its claim) -------------------------------------------

    def claim(self, figure: Figure) -> Claim:
        """What a figure states (claims.py), read once for every kind."""
        return self._claim_of[figure.start]

    def subject(self, figure: Figure) -> str:
        """The noun phrase a figure measures (its claim's subject)."""
        return self.claim(figure).subject

    def indicator(self, figure: Figure) -> Indicator | None:
        """The lexicon's indicator a figure states (its claim's)."""
        return self.claim(figure).indicator

    def key(self, figure: Figure) -> str | None:
        """A name for what a figure measures: the indicator's, else a specific subject (its claim's)."""
        return self.claim(figure).key

    def other_year(self, figure: Figure) -> bool:
        """Whether a figure speaks of another time than its section's year (its claim's)."""
        return self.claim(figure).other_time
