"""Rule kinds: one module each, registered here by the name rule files use.

Each module has a docstring (the kind's documentation), NAME (the name rule
files use), Params (a frozen dataclass of its parameters, built and validated
once by checker.params), PLACEHOLDERS (what its messages may name),
DEFAULT_WINDOW and check(rule, context) → Iterator[Check]; WINDOWS_HONOURED only when it can
read its figures by more windows than its default (checker.rules.windows_honoured).
tests/test_kinds.py checks that every module has them.
"""

from __future__ import annotations

from types import ModuleType

from checker.kinds import (
    across,
    averages,
    bounds,
    counts,
    declines,
    enumeration,
    glossary,
    growth,
    increments,
    magnitude,
    parts,
    plan,
    queries,
    ratio,
    repeated,
    targets,
)

KINDS: dict[str, ModuleType] = {
    module.NAME: module
    for module in (
        ratio,
        growth,
        parts,
        bounds,
        counts,
        declines,
        increments,
        enumeration,
        glossary,
        plan,
        repeated,
        averages,
        targets,
        across,
        magnitude,
        queries,
    )
}
