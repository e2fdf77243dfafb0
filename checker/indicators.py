"""The indicator lexicon: rules/indicators.toml → names a figure's subject is matched against.

Reports name one indicator many ways (地区生产总值, GDP, 生产总值, 经济总量);
rules that compare figures across a document or across years need to know
that they are one. The lexicon is data, like the rules, and users extend it
with an indicators.toml in a --rules directory.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from checker.datafiles import RuleError, read_toml, shipped_rules_dir
from checker.model import Band, Composition, Indicator
from checker.params import build, unknown_keys
from checker.units import quantity_of as quantity
from checker.vocabulary import Vocabulary, load_vocabulary, shipped_vocabulary

FILENAME = "indicators.toml"


@dataclass(frozen=True)
class Lexicon:
    """Every name of every indicator, longest first, with the indicator it names; and the
    compositions of indicators from their parts."""

    names: tuple[tuple[str, Indicator], ...]
    compositions: tuple[Composition, ...] = ()
    bands: tuple[Band, ...] = ()  # what each level of government states of an indicator
    vocabulary: Vocabulary | None = None  # its indicator_scope words; the shipped ones when None
    # subject → its indicator: rules ask about the same subjects again and again
    _matched: dict[str, Indicator | None] = field(default_factory=dict, init=False, repr=False, compare=False)

    @classmethod
    def of(
        cls,
        indicators: Sequence[Indicator],
        compositions: Sequence[Composition] = (),
        vocabulary: Vocabulary | None = None,
        bands: Sequence[Band] = (),
    ) -> Lexicon:
        names = {name: ind for ind in indicators for name in (ind.name, *ind.aliases)}
        ordered = tuple(sorted(names.items(), key=lambda item: -len(item[0])))
        return cls(ordered, tuple(compositions), tuple(bands), vocabulary)

    def match(self, subject: str) -> Indicator | None:
        """The indicator a subject names, or None.

        Chinese noun phrases end with their head, so a name must end the
        subject, and what stands before it may only say where or when (全省,
        全年, 预计): 海洋生产总值 is not 地区生产总值, and 单位地区生产总值二氧化碳
        排放 is not either. The longest name wins.
        """
        if subject in self._matched:
            return self._matched[subject]
        prefix = _place_or_time_prefix(self.vocabulary or shipped_vocabulary())
        found = None
        for name, indicator in self.names:
            if subject.endswith(name) and prefix.fullmatch(subject[: -len(name)]):
                found = indicator
                break
        if len(self._matched) < 100_000:  # bounded, whatever the document
            self._matched[subject] = found
        return found


@functools.cache
def _place_or_time_prefix(vocabulary: Vocabulary) -> re.Pattern[str]:
    """Words that say where or when, before an indicator's name: 全省, 全年, 2024年 …"""
    return re.compile(rf"(?:{vocabulary.alternation('indicator_scope')}|(?:19|20)\d\d年|\s)*")


@functools.cache
def shipped_lexicon() -> Lexicon:
    """The lexicon of the shipped rules/indicators.toml alone."""
    return load_lexicon()


def load_lexicon(extra_dirs: Sequence[str | Path] = ()) -> Lexicon:
    indicators: dict[str, Indicator] = {}
    compositions: dict[str, Composition] = {}
    bands: dict[tuple[str, str, str], Band] = {}
    for directory in [shipped_rules_dir(), *map(Path, extra_dirs)]:
        path = directory / FILENAME
        if path.is_file():
            found, composed, banded = _load(path)
            indicators.update((indicator.name, indicator) for indicator in found)
            compositions.update((composition.whole, composition) for composition in composed)
            # a user's band replaces the shipped one of its indicator, level and unit
            bands.update(((band.indicator, band.level, _band_unit(band)), band) for band in banded)
    for indicator in indicators.values():
        if indicator.share_of and indicator.share_of not in indicators:
            raise RuleError(
                f"indicator {indicator.name}: share_of {indicator.share_of!r} is not an indicator of the lexicon; "
                "define it with [[indicator]] first"
            )
    for band in bands.values():
        if band.indicator not in indicators:
            raise RuleError(
                f"band of {band.indicator}: it is not an indicator of the lexicon; define it with [[indicator]] first"
            )
    for composition in compositions.values():
        for name in (composition.whole, *composition.parts):
            if name not in indicators:
                raise RuleError(
                    f"composition of {composition.whole}: {name!r} is not an indicator of the lexicon; "
                    "define it with [[indicator]] first"
                )
    return Lexicon.of(
        list(indicators.values()), list(compositions.values()), load_vocabulary(extra_dirs), list(bands.values())
    )


def _load(path: Path) -> tuple[list[Indicator], list[Composition], list[Band]]:
    """The indicators, compositions and bands of one indicators.toml, each validated, or RuleError
    naming the file, the table and the key."""
    data = read_toml(path)
    if set(data) - {"indicator", "composition", "band"}:
        raise RuleError(
            f"{path}: unknown top-level key {sorted(set(data) - {'indicator', 'composition', 'band'})[0]!r}; "
            "an indicators file holds [[indicator]], [[composition]] and [[band]] tables only"
        )
    for key in ("indicator", "composition", "band"):
        if not isinstance(data.get(key, []), list) or not all(isinstance(table, dict) for table in data.get(key, [])):
            raise RuleError(f"{path}: {key!r} must be an array of tables ([[{key}]])")
    found = [_indicator(path, index, table) for index, table in enumerate(data.get("indicator", []), start=1)]
    composed = [_composition(path, index, table) for index, table in enumerate(data.get("composition", []), start=1)]
    banded = [_band(path, index, table) for index, table in enumerate(data.get("band", []), start=1)]
    return found, composed, banded


def _indicator(path: Path, index: int, table: dict) -> Indicator:
    """One [[indicator]] table: a name, and bounds and a share that are quantities pint reads."""
    where = f"{path}: indicator {table.get('name', f'#{index}')}"

    def fail(problem: str) -> RuleError:
        return RuleError(f"{where}: {problem}")

    unknown_keys(Indicator, table, fail)
    if not isinstance(table.get("name"), str) or not table["name"]:
        raise fail("name must be a non-empty string")
    indicator = build(Indicator, table, fail)
    for bound in (indicator.at_least, indicator.at_most):
        if bound and quantity(bound) is None:
            raise fail(f'{bound!r} is no quantity; write a number and a unit, like "500元" or "15亿人"')
    if indicator.share and (
        not indicator.share_of
        or len(indicator.share) != 2
        or any(not s.endswith("%") for s in indicator.share)
        or any(quantity(s) is None for s in indicator.share)
    ):
        raise fail('share needs share_of and two percentages, like share_of = "地区生产总值", share = ["0.5%", "60%"]')
    return indicator


def _composition(path: Path, index: int, table: dict) -> Composition:
    """One [[composition]] table: a whole and the two or more parts it is the sum of."""
    where = f"{path}: composition {table.get('whole', f'#{index}')}"
    if set(table) - {"whole", "parts"}:
        raise RuleError(
            f"{where}: unknown key {sorted(set(table) - {'whole', 'parts'})[0]!r}; valid keys: parts, whole"
        )
    whole, parts = table.get("whole"), table.get("parts")
    if (
        not isinstance(whole, str)
        or not isinstance(parts, list)
        or len(parts) < 2
        or not all(isinstance(p, str) for p in parts)
    ):
        raise RuleError(f"{where}: needs whole (a string) and parts (a list of two or more strings)")
    return Composition(whole, tuple(parts))


def _band(path: Path, index: int, table: dict) -> Band:
    """One [[band]] table: an indicator, a level of government, and two quantities of one dimension."""
    where = f"{path}: band {table.get('indicator', f'#{index}')}"

    def fail(problem: str) -> RuleError:
        return RuleError(f"{where}: {problem}")

    unknown_keys(Band, table, fail)
    if any(not isinstance(table.get(key), str) or not table[key] for key in ("indicator", "level", "low", "high")):
        raise fail('needs indicator, level, low and high, like level = "province", low = "300亿元", high = "100万亿元"')
    band = build(Band, table, fail)
    low, high = quantity(band.low), quantity(band.high)
    if low is None or high is None or low[1] != high[1] or low[0] >= high[0]:
        raise fail(f"{band.low!r} and {band.high!r} must be two quantities in one unit, the lower first")
    return band


def _band_unit(band: Band) -> str:
    found = quantity(band.low)  # validated by _band
    return found[1] if found else ""
