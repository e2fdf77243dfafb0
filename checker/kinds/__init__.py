"""Rule kinds: one module each, registered here by the name rule files use.

Each module has a docstring (the kind's documentation), OPTIONS (its
parameters, validated once by checker.rules), PLACEHOLDERS (what its messages
may name) and check(rule, context) → Iterator[Check].
"""

from __future__ import annotations

from types import ModuleType

from checker.kinds import (
    across,
    averages,
    bounds,
    enumeration,
    glossary,
    growth,
    magnitude,
    parts,
    plan,
    ratio,
    repeated,
    targets,
)

KINDS: dict[str, ModuleType] = {
    "ratio": ratio,
    "growth": growth,
    "parts": parts,
    "bounds": bounds,
    "enumeration": enumeration,
    "glossary": glossary,
    "plan": plan,
    "repeated": repeated,
    "averages": averages,
    "targets": targets,
    "across": across,
    "magnitude": magnitude,
}
