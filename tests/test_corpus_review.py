"""The ecosystem check (bench/corpus_review.py): the findings on the reviewed corpus reports are the
reviewed ones, and the false ones stay within the precision bars (skipped without ../shared/corpus)."""

from __future__ import annotations

import importlib.util
import sys

import pytest

from tests.conftest import CORPUS, ROOT, needs_corpus

_spec = importlib.util.spec_from_file_location("corpus_review", ROOT / "bench" / "corpus_review.py")
review = importlib.util.module_from_spec(_spec)
sys.modules["corpus_review"] = review  # its dataclasses look their module up there
_spec.loader.exec_module(review)

REPORTS, ROWS = review.load_review()
PRESENT = [name for name in REPORTS if (CORPUS / f"{name}.txt").is_file()]


@pytest.fixture(scope="module")
def found() -> dict[str, object]:
    rules = review.load_rules()
    return {row.fingerprint: row for name in PRESENT for row in review.lint_report(CORPUS / f"{name}.txt", rules)}


@needs_corpus
def test_every_finding_on_a_reviewed_report_was_reviewed(found: dict) -> None:
    unreviewed = [f"{r.report} {r.code}: {r.excerpt}" for fp, r in found.items() if ROWS.get(fp, r).verdict == "?"]
    assert unreviewed == [], "run bench/corpus_review.py --write and give each new finding a verdict"


@needs_corpus
def test_no_finding_reviewed_as_true_has_disappeared(found: dict) -> None:
    gone = [
        f"{r.report} {r.code}: {r.excerpt}"
        for r in ROWS.values()
        if r.verdict == "true" and r.report in PRESENT and r.fingerprint not in found
    ]
    assert gone == []


@needs_corpus
def test_false_alarms_stay_within_the_precision_bars(found: dict) -> None:
    """No false error; at most one false warning in four reports."""
    false = [ROWS[fp] for fp in found if fp in ROWS and ROWS[fp].verdict == "false"]
    assert [f"{r.report} {r.code}: {r.excerpt}" for r in false if r.severity == "error"] == []
    assert len([r for r in false if r.severity == "warning"]) <= len(PRESENT) / 4


def test_the_review_file_is_well_formed() -> None:
    assert REPORTS, "the review names the reports it covers"
    for row in ROWS.values():
        assert row.verdict in ("true", "false"), row
        assert row.reason, f"a verdict needs its reason: {row}"
        assert row.severity in review.SERIOUS
