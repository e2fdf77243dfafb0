"""The pint registry of Chinese units, built once from data/units_zh.txt.

pint is imported here and nowhere at module level elsewhere, so that commands
that need no units (`indicheck --help`, `indicheck rules`) start without it.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from decimal import Decimal
from importlib import resources
from typing import TYPE_CHECKING

from checker.model import Kind

if TYPE_CHECKING:
    import pint

DEFINITIONS = "units_zh.txt"

# pint group name → kind of figure (the groups are documented in the data file).
GROUP_KINDS = {
    "计数": Kind.COUNT,
    "比率": Kind.PERCENT,
    "百分点": Kind.PERCENTAGE_POINT,
    "倍数": Kind.MULTIPLE,
}


class UnknownUnitError(ValueError):
    """A unit that the definitions file does not define."""


@dataclass(frozen=True)
class UnitInfo:
    """What indicheck knows of a unit as written: its pint name and kind."""

    surface: str
    name: str
    kind: Kind


@functools.cache
def registry() -> pint.UnitRegistry:
    """The one registry, with exact Decimal factors and only our definitions."""
    import pint

    ureg = pint.UnitRegistry(None, non_int_type=Decimal, cache_folder=None)
    with resources.as_file(resources.files("checker.data") / DEFINITIONS) as path:
        ureg.load_definitions(str(path))
    return ureg


@functools.cache
def _kinds_by_name() -> dict[str, Kind]:
    ureg = registry()
    kinds: dict[str, Kind] = {}
    for group, kind in GROUP_KINDS.items():
        for name in ureg.get_group(group).members:
            kinds[name] = kind
    return kinds


@functools.cache
def surface_forms() -> frozenset[str]:
    """Every name, symbol and alias a report may write after a number."""
    return frozenset(registry())


def lookup(surface: str) -> UnitInfo:
    """The unit written as `surface` (万/亿 already removed), e.g. "元/人".

    A per-unit compound (元/人, 万元/户, 斤/亩) is an amount whatever its parts.
    Raises UnknownUnitError for a unit the definitions file does not define.
    """
    return _lookup(surface)


@functools.cache
def _lookup(surface: str) -> UnitInfo:
    ureg = registry()
    parts = surface.split("/")
    names = []
    for part in parts:
        try:
            names.append(ureg.get_name(part))
        except Exception as error:  # pint raises UndefinedUnitError
            raise UnknownUnitError(f"unit {part!r} is not defined in {DEFINITIONS}") from error
    if len(names) > 1:
        return UnitInfo(surface, "/".join(names), Kind.AMOUNT)
    return UnitInfo(surface, names[0], _kinds_by_name().get(names[0], Kind.AMOUNT))


def unit(surface: str) -> pint.Unit:
    """The pint unit written as `surface` (元/人, 头（只）, ％ …)."""
    ureg = registry()
    numerator, *denominators = lookup(surface).name.split("/")
    result = ureg.Unit(numerator)
    for name in denominators:
        result = result / ureg.Unit(name)
    return result


def quantity(value: Decimal, surface: str) -> pint.Quantity:
    """`value` in the unit written as `surface`, as a pint Quantity."""
    return registry().Quantity(value, unit(surface))
