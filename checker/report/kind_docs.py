"""The documentation of the rule kinds, for people writing rule files: `indicheck kinds` (the list, or
one kind's page) and `kinds --markdown` (the README's table of parameters).

Everything here is generated from the kind modules themselves (their docstrings, Params dataclasses,
PLACEHOLDERS and windows), so the documentation cannot drift from what the rule loader accepts.
"""

from __future__ import annotations

from decimal import Decimal
from types import ModuleType

from checker.kinds import KINDS
from checker.params import Field, fields
from checker.rules import COMMON_PLACEHOLDERS, windows_honoured


def kind_list() -> str:
    """One line per kind: its name and the first line of its documentation."""
    return "\n".join(f"{name:<12} {(module.__doc__ or '').strip().splitlines()[0]}" for name, module in KINDS.items())


def kind_page(module: ModuleType) -> str:
    """One kind's documentation: what it checks, its options with their defaults, the placeholders its
    messages may use and the windows it reads."""
    lines = [(module.__doc__ or "").strip(), "", "Options (key = default):"]
    for item in fields(module.Params):
        default = list(item.default) if isinstance(item.default, tuple | list) else item.default
        default = str(default) if isinstance(default, Decimal) else default
        choices = f"  (one of: {', '.join(item.choices)})" if item.choices else ""
        shown = f"the vocabulary's [{item.vocabulary}]" if item.vocabulary and not item.default else repr(default)
        lines.append(f"  {item.name} = {shown}  [{item.type}]{choices}")
        if item.doc:
            lines.append(f"      {item.doc}")
    placeholders = (*COMMON_PLACEHOLDERS, *module.PLACEHOLDERS)
    lines += [
        "",
        f"Message placeholders: {', '.join('{' + p + '}' for p in placeholders)}",
        f"Default scope: {module.DEFAULT_SCOPE}; scopes it honours: {', '.join(windows_honoured(module))}",
    ]
    return "\n".join(lines)


def markdown_table() -> str:
    """Every kind's parameters as the README shows them, generated from the Params dataclasses."""
    lines = ["| kind | parameter | type | default | what it is for |", "|---|---|---|---|---|"]
    for name, module in sorted(KINDS.items()):
        windows = " / ".join(windows_honoured(module))
        lines.append(f"| {name} | `scope` | {windows} | {module.DEFAULT_SCOPE} | the window it reads |")
        for item in fields(module.Params):
            value_type = " / ".join(item.choices) if item.choices else item.type
            lines.append(f"| {name} | `{item.name}` | {value_type} | {_default_in_table(item)} | {item.doc} |")
    return "\n".join(lines) + "\n"


def _default_in_table(item: Field) -> str:
    """A parameter's default as the table cell shows it: a vocabulary list by name, a long tuple cut."""
    default = item.default
    if item.vocabulary and not default:
        return f"vocabulary `[{item.vocabulary}]`"
    if isinstance(default, tuple):
        return "、".join(default) if len(default) <= 6 else "、".join(default[:6]) + " …"
    if isinstance(default, bool):
        return str(default).lower()
    return str(default)
