"""The real reports of ../shared/corpus (skipped when absent): no false errors, figures found."""

from __future__ import annotations

import pytest

from checker.engine import lint_document
from checker.extract import extract
from checker.readers import read_document
from checker.rules import load_rules
from tests.conftest import corpus_files, needs_corpus

RULES = load_rules()


@needs_corpus
@pytest.mark.parametrize("path", corpus_files(), ids=lambda p: p.stem)
def test_real_report_lints_without_errors(path) -> None:
    """Every error the rules report on a real, published report is a false alarm we have
    fixed; a new one here is a regression (the bench prints warnings and notes too)."""
    document = read_document(path)
    result = lint_document(document, RULES)
    errors = [f"{f.code} {f.line}:{f.column} {f.computation}" for f in result.findings if f.severity.value == "error"]
    assert errors == []
    assert result.checks > 0


@needs_corpus
@pytest.mark.parametrize("path", corpus_files(), ids=lambda p: p.stem)
def test_real_report_has_figures_and_no_year_as_figure(path) -> None:
    document = read_document(path)
    figures = extract(document).figures
    assert len(figures) > 30  # the national reports state about fifty, the provincial ones hundreds
    years = [f for f in figures if f.unit == "年" and 1949 <= f.value <= 2100 and f.decimals == 0]
    assert years == []


PAIRS = [("guowuyuan_2016", "guowuyuan_2017"), ("guowuyuan_2017", "guowuyuan_2018"),
         ("guowuyuan_2018", "guowuyuan_2019"), ("guowuyuan_2019", "guowuyuan_2020"),
         ("guowuyuan_2020", "guowuyuan_2021")] + [(f"{p}_2025", f"{p}_2026") for p in (
         "chongqing", "fujian", "guangdong", "hunan", "neimenggu", "shandong", "sichuan", "zhejiang")]  # fmt: skip


@needs_corpus
@pytest.mark.parametrize(("previous", "current"), PAIRS, ids=lambda name: name)
def test_consecutive_reports_lint_without_errors(previous: str, current: str) -> None:
    """The cross-report rules never make an error of a real pair: a missed target is a warning."""
    from tests.conftest import CORPUS

    result = lint_document(read_document(CORPUS / f"{current}_zfgzbg.txt"), RULES,
                           previous=read_document(CORPUS / f"{previous}_zfgzbg.txt"))  # fmt: skip
    assert [f for f in result.findings if f.severity.value == "error"] == []
