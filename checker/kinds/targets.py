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
from typing import TYPE_CHECKING

from checker.model import Check, Option, Rule, Span
from checker.targets import Tolerances, pair_targets

if TYPE_CHECKING:
    from checker.context import DocumentContext

OPTIONS = {
    "relation": Option("string", "missed", ("missed", "unreported", "not_comparable")),
    "headline_only": Option("boolean", False),
    "tolerance_points": Option("decimal", "0.5"),
    "tolerance_relative": Option("decimal", "0.10"),
}
PLACEHOLDERS = ("indicator", "target", "actual", "note", "previous")
DEFAULT_SCOPE = "document"
STATUS = {"missed": "missed", "unreported": "not reported", "not_comparable": "not comparable"}


def check(rule: Rule, ctx: DocumentContext) -> Iterator[Check]:
    previous = ctx.previous
    if previous is None:
        return
    tolerances = Tolerances.of(rule.options)
    wanted = STATUS[rule.options["relation"]]
    for row in pair_targets(previous, ctx, tolerances):
        if rule.options["headline_only"] and not row.headline:
            continue
        target = Span.of(row.target, previous.document.path)
        values = {"indicator": row.indicator, "target": row.target.text, "note": row.note,
                  "actual": row.actual.text if row.actual else "—", "previous": previous.document.path}  # fmt: skip
        computation = f"{row.indicator}: target {row.target.text} ({row.bound}); {row.note}"
        if wanted == "missed":
            # Every compared target is a check, met or missed, located at this year's actual.
            if row.actual is not None and row.status in ("met", "missed"):
                yield Check(Span.of(row.actual), (target,), row.status == "met", computation, values)
        elif row.status == wanted:
            # Unreported or incomparable targets are located at last year's target.
            yield Check(target, (), False, computation, values)
