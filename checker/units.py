"""The pint registry of Chinese units, built once from data/units_zh.txt.

pint is imported here and nowhere at module level elsewhere, so that commands
that need no units (`indicheck --help`, `indicheck rules`) start without it.
"""

from __future__ import annotations

import functools
import re
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

    ureg: pint.UnitRegistry = pint.UnitRegistry(None, non_int_type=Decimal, cache_folder=None)
    with resources.as_file(resources.files("checker.data") / DEFINITIONS) as path:
        ureg.load_definitions(str(path))
    return ureg


@functools.cache
def _table() -> dict[str, UnitInfo]:
    """Every surface form → its unit, read straight from the definitions file.

    Extraction needs only the names and kinds of units, not their factors, so
    it reads them here without building the pint registry: `indicheck figures`
    never imports pint. tests/test_units.py checks that this table and pint's
    registry agree on every name.
    """
    table: dict[str, UnitInfo] = {}
    group = None
    text = (resources.files("checker.data") / DEFINITIONS).read_text(encoding="utf-8")
    for raw in text.splitlines():
        line = raw.split("#", 1)[0].strip()
        if not line:
            continue
        if line.startswith("@group"):
            group = line.split(None, 1)[1]
            continue
        if line == "@end":
            group = None
            continue
        name, _definition, *aliases = (part.strip() for part in line.split("="))
        if name.endswith("-"):
            continue  # a prefix (万-, 亿-): extraction reads multipliers itself
        kind = GROUP_KINDS.get(group or "", Kind.AMOUNT)
        for surface in (name, *aliases):
            if surface != "_":
                table[surface] = UnitInfo(surface, name, kind)
    return table


@functools.cache
def _definitions() -> dict[str, str]:
    """Every unit name → the right-hand side of its definition, as the file writes it."""
    found = {}
    text = (resources.files("checker.data") / DEFINITIONS).read_text(encoding="utf-8")
    for raw in text.splitlines():
        line = raw.split("#", 1)[0].strip()
        if line and not line.startswith("@") and "=" in line:
            name, definition, *_ = (part.strip() for part in line.split("="))
            if not name.endswith("-"):
                found[name] = definition
    return found


TERM = re.compile(r"\s*([*/])?\s*([^\s*/()^]+)(?:\s*(?:\*\*|\^)\s*(\d+))?")


@functools.cache
def dimension(surface: str) -> tuple[tuple[str, int], ...]:
    """The base dimensions of a unit and their powers (亩 → ((长度, 2),)), read from the definitions
    without pint: comparing the dimensions of two units must not load it (a cold lint would pay for it)."""
    if "/" in surface:  # 元/人, 公斤/亩: a unit per another
        top, _, bottom = surface.partition("/")
        ratio = dict(dimension(top))
        for base, power in dimension(bottom):
            ratio[base] = ratio.get(base, 0) - power
        return tuple(sorted((base, power) for base, power in ratio.items() if power))
    name = lookup(surface).name
    definition = _definitions().get(name)
    if definition is None:
        raise UnknownUnitError(surface)
    if definition.startswith("["):
        return ((definition.strip("[]"), 1),)
    powers: dict[str, int] = {}
    for operator, token, exponent in TERM.findall(definition):
        if token.replace(".", "", 1).isdigit():
            continue  # a factor
        sign = -1 if operator == "/" else 1
        for base, power in dimension(token):
            powers[base] = powers.get(base, 0) + sign * power * int(exponent or 1)
    return tuple(sorted((base, power) for base, power in powers.items() if power))


def surface_forms() -> frozenset[str]:
    """Every name, symbol and alias a report may write after a number."""
    return frozenset(_table())


def lookup(surface: str) -> UnitInfo:
    """The unit written as `surface` (万/亿 already removed), e.g. "元/人".

    A per-unit compound (元/人, 万元/户, 斤/亩) is an amount whatever its parts.
    Raises UnknownUnitError for a unit the definitions file does not define.
    """
    return _lookup(surface)


@functools.cache
def _lookup(surface: str) -> UnitInfo:
    table = _table()
    parts = surface.split("/")
    infos = []
    for part in parts:
        info = table.get(part) or _prefixed(part)
        if info is None:
            raise UnknownUnitError(f"unit {part!r} is not defined in {DEFINITIONS}")
        infos.append(info)
    if len(infos) > 1:
        return UnitInfo(surface, "/".join(i.name for i in infos), Kind.AMOUNT)
    return UnitInfo(surface, infos[0].name, infos[0].kind)


def _prefixed(surface: str) -> UnitInfo | None:
    """万元, 亿吨: a multiplier prefix before a defined unit, as pint reads it."""
    for prefix in ("万亿", "万", "亿"):
        rest = surface.removeprefix(prefix)
        if rest != surface and rest in _table():
            base = _table()[rest]
            return UnitInfo(surface, prefix + base.name, base.kind)
    return None


def known(surface: str) -> bool:
    """Whether data/units_zh.txt defines a unit written this way."""
    try:
        lookup(surface)
    except UnknownUnitError:
        return False
    return True


def counts_things(surface: str) -> bool:
    """Whether a unit is a measure word that counts things (个, 项, 套, 户), not an amount."""
    return known(surface) and lookup(surface).kind is Kind.COUNT


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


QUANTITY = re.compile(r"^(\d+(?:\.\d+)?)(万亿|亿|万|千)?(\S*)$")
MULTIPLIERS = {"": 1, "千": 10**3, "万": 10**4, "亿": 10**8, "万亿": 10**12}


def quantity_of(text: str) -> tuple[Decimal, str] | None:
    """(value, unit) of a bound written in the lexicon ("15亿人" → 1500000000, 人), or None."""
    match = QUANTITY.match(text.strip())
    if match is None:
        return None
    unit = match.group(3)
    if unit and unit != "%" and not known(unit):
        return None
    return Decimal(match.group(1)) * MULTIPLIERS[match.group(2) or ""], unit
