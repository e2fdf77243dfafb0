"""A number read from the text, as it passes through the steps of extraction.

The reader makes one candidate per number it finds; the set-aside predicates
give it a reason when it is no figure, and the range and list passes join
neighbours (3—5万元, 3、5万元) before the candidates that kept no reason become
Figures. One frozen record carries what every step needs, so that no step
reads the text of another again.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from checker.model import Qualifier


@dataclass(frozen=True)
class Candidate:
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
