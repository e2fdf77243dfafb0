"""Typed parameters from TOML: one validator for every frozen parameters dataclass.

A rule kind declares its parameters as a frozen dataclass (kinds/*.py `Params`):
typed fields, defaults, and a `doc` in each field's metadata. `build` turns a
TOML table into that dataclass, checking each value against the field's type
— bool, int, Decimal (finite), str, a Literal of allowed strings, a tuple of
non-empty strings — so that a mistake in a rule file is one line that names
the key and what it must be. `describe` lists the fields for `indicheck kinds`
and the README, so the documentation is the code.
"""

from __future__ import annotations

import dataclasses
import typing
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from typing import Any, Literal, TypeVar, get_args, get_origin

T = TypeVar("T")


@dataclass(frozen=True)
class Field:
    """One parameter as a rule-file author sees it."""

    name: str
    type: str  # "strings", "string", "decimal", "integer", "boolean"
    default: object
    choices: tuple[str, ...]
    doc: str
    vocabulary: str = ""  # a word list that defaults to this vocabulary list (rules/vocabulary.toml)


def fields(cls: type) -> list[Field]:
    """The parameters of a dataclass, in declaration order."""
    hints = typing.get_type_hints(cls)
    found = []
    for item in dataclasses.fields(cls):
        kind, choices = _kind(hints[item.name])
        found.append(
            Field(
                item.name,
                kind,
                item.default,
                choices,
                item.metadata.get("doc", ""),
                item.metadata.get("vocabulary", ""),
            )
        )
    return found


def build(cls: type[T], table: Mapping[str, Any], fail: Callable[[str], Exception]) -> T:
    """The dataclass from the keys of `table` it names (the others are the caller's); `fail(problem)`
    makes the one-line error for a value of the wrong type."""
    values = {item.name: _value(fail, item, table[item.name]) for item in fields(cls) if item.name in table}
    return cls(**values)


def unknown_keys(
    cls: type, table: Mapping[str, Any], fail: Callable[[str], Exception], also: tuple[str, ...] = (), of: str = ""
) -> None:
    """One line naming the first key of `table` that is no field of `cls` (nor in `also`), and the valid ones."""
    names = {item.name for item in fields(cls)} | set(also)
    unknown = sorted(set(table) - names)
    if unknown:
        raise fail(f"unknown key {unknown[0]!r}{of}; valid keys: {', '.join(sorted(names))}")


def _kind(hint: Any) -> tuple[str, tuple[str, ...]]:
    if get_origin(hint) is Literal:
        return "string", tuple(get_args(hint))
    if hint is bool:
        return "boolean", ()
    if hint is int:
        return "integer", ()
    if hint is Decimal:
        return "decimal", ()
    if hint is str:
        return "string", ()
    if get_origin(hint) is tuple and get_args(hint) == (str, ...):
        return "strings", ()
    raise TypeError(f"a parameter of type {hint!r} cannot come from TOML")


def _value(fail: Callable[[str], Exception], item: Field, value: Any) -> object:
    key = item.name
    if item.type == "strings":
        if not isinstance(value, list) or not all(isinstance(word, str) and word for word in value):
            raise fail(f"{key} must be a list of non-empty strings")
        return tuple(value)
    if item.type == "string":
        if not isinstance(value, str):
            raise fail(f"{key} must be a string")
        if item.choices and value not in item.choices:
            raise fail(f"{key} {value!r} must be one of {', '.join(item.choices)}")
        return value
    if item.type == "boolean":
        if not isinstance(value, bool):
            raise fail(f"{key} must be true or false")
        return value
    if item.type == "integer":
        if not isinstance(value, int) or isinstance(value, bool):
            raise fail(f"{key} must be a whole number")
        return value
    return _decimal(fail, key, value)


def _decimal(fail: Callable[[str], Exception], key: str, value: Any) -> Decimal:
    if isinstance(value, bool) or not isinstance(value, int | float | str):
        raise fail(f"{key} must be a number")
    try:
        number = Decimal(str(value))
    except InvalidOperation:
        raise fail(f"{key} must be a number, not {value!r}") from None
    if not number.is_finite():
        raise fail(f"{key} must be a finite number, not {value!r}")
    return number
