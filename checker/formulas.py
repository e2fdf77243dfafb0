"""The national formulas: rules/formulas.toml → the counted terms whose count is fixed by definition.

四个意识 is 政治意识、大局意识、核心意识、看齐意识 in every report; a report that writes 五个意识 has
changed a count any auditor knows. The file's header says how an entry qualifies; each entry gives
the term, its defined parts (one group per numeral of the term) and where it recurs. Terms that
reports write with another count as terms of their own ([[other_count]]: 三新, 四稳) are kept too,
so that the check never takes one of them for a slip.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from checker import numerals
from checker.datafiles import RuleError, read_toml, shipped_rules_dir

FILENAME = "formulas.toml"
NUMERALS = "一二两三四五六七八九十"
NUMERAL_RUN = re.compile(rf"[{NUMERALS}]+")


@dataclass(frozen=True)
class Formula:
    """One national formula: the term as written and its defined parts, a group per numeral."""

    term: str
    parts: tuple[tuple[str, ...], ...]
    found_in: str
    coined: bool = False  # reports coin local terms of its shape with other counts

    @property
    def counts(self) -> tuple[int, ...]:
        """The count of each numeral of the term, as its definition gives it."""
        return tuple(len(group) for group in self.parts)

    @property
    def short(self) -> bool:
        """A numeral and one character (三农): a shape that local terms share with other counts."""
        return len(self.term) == 2

    @functools.cached_property
    def pattern(self) -> re.Pattern[str]:
        """The term with each numeral free (四个意识 → ([一…十]{1,2})个意识), not after a numeral or 第."""
        pieces, position = [], 0
        for run in NUMERAL_RUN.finditer(self.term):
            pieces += [re.escape(self.term[position : run.start()]), rf"([{NUMERALS}]{{1,2}})"]
            position = run.end()
        pieces.append(re.escape(self.term[position:]))
        return re.compile(rf"(?<![{NUMERALS}\d第]){''.join(pieces)}")

    def shown(self) -> str:
        """The definition as the computation: 政治意识、大局意识、核心意识、看齐意识 (4)."""
        return "；".join(f"{'、'.join(group)} ({len(group)})" for group in self.parts)


@dataclass(frozen=True)
class Formulas:
    """The national formulas, and the terms of their shapes that reports use with other counts."""

    formulas: tuple[Formula, ...]
    other_counts: frozenset[str]

    def known(self, term: str) -> bool:
        """Whether a written term is itself a term (a formula, or one of its other-count namesakes)."""
        return term in self.other_counts or any(formula.term == term for formula in self.formulas)


@functools.cache
def shipped_formulas() -> Formulas:
    """The formulas of the shipped rules/formulas.toml alone."""
    return load_formulas()


def load_formulas(extra_dirs: Sequence[str | Path] = ()) -> Formulas:
    """The formulas of the shipped file and of each folder's formulas.toml (a user's entry for a term
    replaces the shipped one)."""
    formulas: dict[str, Formula] = {}
    others: set[str] = set()
    for directory in [shipped_rules_dir(), *map(Path, extra_dirs)]:
        path = directory / FILENAME
        if path.is_file():
            found, other = _load(path)
            formulas.update((formula.term, formula) for formula in found)
            others |= other
    return Formulas(tuple(formulas.values()), frozenset(others))


def _load(path: Path) -> tuple[list[Formula], set[str]]:
    """The entries of one formulas.toml, each validated, or RuleError naming the file and the entry."""
    data = read_toml(path)
    if set(data) - {"formula", "other_count"}:
        raise RuleError(
            f"{path}: unknown top-level key {sorted(set(data) - {'formula', 'other_count'})[0]!r}; "
            "a formulas file holds [[formula]] and [[other_count]] tables only"
        )
    formulas = [_formula(path, index, table) for index, table in enumerate(data.get("formula", []), start=1)]
    others = set()
    for index, table in enumerate(data.get("other_count", []), start=1):
        term = table.get("term") if isinstance(table, dict) else None
        if not isinstance(term, str) or not NUMERAL_RUN.search(term):
            raise RuleError(f"{path}: other_count #{index}: 'term' must be a counted term (四新)")
        others.add(term)
    return formulas, others


def _formula(path: Path, index: int, table: object) -> Formula:
    """One [[formula]]: its groups of parts must be as many as its numerals and as long as their counts."""
    if not isinstance(table, dict):
        raise RuleError(f"{path}: formula #{index} must be a table ([[formula]])")
    term, parts = table.get("term"), table.get("parts")
    where = f"{path}: formula {term if isinstance(term, str) else f'#{index}'}"
    if not isinstance(term, str) or not NUMERAL_RUN.search(term):
        raise RuleError(f"{where}: 'term' must be a term with a count in Chinese numerals (四个意识)")
    if not isinstance(parts, list) or not all(
        isinstance(group, list) and group and all(isinstance(part, str) and part for part in group) for group in parts
    ):
        raise RuleError(f"{where}: 'parts' must be a list of groups of parts ([[\"政治意识\", …]])")
    written = [numerals.count(run.group()) for run in NUMERAL_RUN.finditer(term)]
    if written != [len(group) for group in parts]:
        raise RuleError(
            f"{where}: its numerals count {written} but 'parts' gives {[len(group) for group in parts]}; "
            "give one group of parts per numeral, as long as its count"
        )
    return Formula(
        term, tuple(tuple(group) for group in parts), str(table.get("found_in", "")), bool(table.get("coined", False))
    )
