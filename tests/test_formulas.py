"""The national formulas of rules/formulas.toml: each definition gives its term's counts."""

from __future__ import annotations

from pathlib import Path

import pytest

from checker.datafiles import RuleError
from checker.formulas import load_formulas, shipped_formulas


def test_each_shipped_formula_is_counted_by_its_definition() -> None:
    formulas = shipped_formulas()
    by_term = {formula.term: formula for formula in formulas.formulas}
    assert by_term["四个意识"].counts == (4,)
    assert by_term["三去一降一补"].counts == (3, 1, 1)
    assert by_term["两个市场、两种资源"].counts == (2, 2)
    assert formulas.known("四新") and formulas.known("四个全面") and not formulas.known("五个意识")


def test_a_definition_that_does_not_give_the_terms_count_is_refused(tmp_path: Path) -> None:
    (tmp_path / "formulas.toml").write_text(
        '[[formula]]\nterm = "四个意识"\nparts = [["政治意识", "大局意识", "核心意识"]]\n', encoding="utf-8"
    )
    with pytest.raises(RuleError, match=r"formula 四个意识: its numerals count \[4\] but 'parts' gives \[3\]"):
        load_formulas([tmp_path])


def test_a_formulas_file_with_another_table_is_refused(tmp_path: Path) -> None:
    (tmp_path / "formulas.toml").write_text('[[term]]\nname = "三农"\n', encoding="utf-8")
    with pytest.raises(RuleError, match="unknown top-level key 'term'"):
        load_formulas([tmp_path])
