"""targets: last year's targets against this year's actuals (with `lint --previous`).

Runs only when a previous report is given. Each target of the previous report
is paired with this report's actual (see checker/targets.py, which the
`indicheck targets` table shares): `relation = "missed"` flags targets the
actual misses, with both figures and the shortfall; `"unreported"` notes
targets this report never reports (located in the previous report);
`"not_comparable"` notes those it reports only for another scope.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Literal

from checker.context import DocumentContext
from checker.model import Check, Rule, Span
from checker.model import Params as BaseParams
from checker.targets import Tolerances, pair_targets

NAME = "targets"


@dataclass(frozen=True)
class Params(BaseParams):
    """The parameters of a rule of kind targets (see `indicheck kinds targets`)."""

    relation: Literal["missed", "unreported", "not_comparable"] = field(
        default="missed",
        metadata={
            "doc": "missed: targets the actual misses; unreported: targets the report never reports; not_comparable: reported only for another scope"
        },
    )
    headline_only: bool = field(default=False, metadata={"doc": "only the headline targets (主要预期目标)"})
    tolerance_points: Decimal = field(
        default=Decimal("0.5"),
        metadata={"doc": "percentage points a 左右 rate target may be missed by on the unfavourable side"},
    )
    tolerance_relative: Decimal = field(
        default=Decimal("0.10"),
        metadata={"doc": "share of a 左右 level target it may be missed by on the unfavourable side"},
    )


PLACEHOLDERS = ("indicator", "target", "actual", "note", "previous")
DEFAULT_SCOPE = "document"
STATUS = {"missed": "missed", "unreported": "not reported", "not_comparable": "not comparable"}


def check(rule: Rule[Params], ctx: DocumentContext) -> Iterator[Check]:
    previous = ctx.previous
    if previous is None:
        return
    tolerances = Tolerances.of(rule.params)
    wanted = STATUS[rule.params.relation]
    for row in pair_targets(previous, ctx, tolerances):
        if rule.params.headline_only and not row.headline:
            continue
        target = Span.of(row.target, previous.document.path)
        values = {
            "indicator": row.indicator,
            "target": row.target.text,
            "note": row.note,
            "actual": row.actual.text if row.actual else "—",
            "previous": previous.document.path,
        }
        computation = f"{row.indicator}: target {row.target.text} ({row.bound}); {row.note}"
        if wanted == "missed":
            # Every compared target is a check, met or missed, located at this year's actual.
            if row.actual is not None and row.status in ("met", "missed"):
                yield Check(Span.of(row.actual), (target,), row.status == "met", computation, values)
        elif row.status == wanted:
            # Unreported or incomparable targets are located at last year's target.
            yield Check(target, (), False, computation, values)
