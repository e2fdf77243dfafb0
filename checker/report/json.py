"""JSON output: the stable, documented shape other tools read.

Each document is written in one call (json.dump writes item by item, a third of `figures`' time).
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import TYPE_CHECKING, TextIO

from checker.model import Document, Extraction
from checker.report.records import figure_record, finding_record, set_aside_record, statistics_records, target_record

if TYPE_CHECKING:
    from checker.engine import LintReport
    from checker.targets import TargetRow


def figures(results: Sequence[tuple[Document, Extraction]], out: TextIO, *, show_set_aside: bool,
            lang: str = "zh") -> None:  # fmt: skip
    files = []
    for document, extraction in results:
        entry = {"path": document.path, "figures": [figure_record(document, f) for f in extraction.figures]}
        if show_set_aside:
            entry["set_aside"] = [set_aside_record(document, s) for s in extraction.set_aside]
        files.append(entry)
    out.write(json.dumps({"files": files}, ensure_ascii=False, indent=2) + "\n")


def findings(report: LintReport, out: TextIO, *, lang: str) -> None:
    files = [{"path": r.path, "figures": r.figures, "checks": r.checks, "passed": r.passed,
              "unchecked_figures": r.unchecked_figures} for _, r in report.files]  # fmt: skip
    found = [finding_record(f, lang, report.document(f.path, d)) for d, r in report.files for f in r.findings]
    data: dict = {"files": files, "findings": found}
    if report.hidden or report.stale:
        data["baseline"] = {"hidden": report.hidden, "stale": list(report.stale)}
    out.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")


def statistics(report: LintReport, out: TextIO) -> None:
    """--statistics --format json: the findings counted by rule."""
    out.write(json.dumps({"statistics": statistics_records(report)}, ensure_ascii=False, indent=2) + "\n")


def targets(rows: Sequence[TargetRow], previous: Document, current: Document, out: TextIO, *, lang: str = "zh") -> None:
    out.write(json.dumps({"targets": [target_record(row, previous, current, lang) for row in rows]}, ensure_ascii=False, indent=2) + "\n")
