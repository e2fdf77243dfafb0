"""JSON output: the stable, documented shape other tools read."""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import TYPE_CHECKING, TextIO

from checker.model import Document, Extraction
from checker.report.records import figure_record, finding_record, set_aside_record, target_record

if TYPE_CHECKING:
    from checker.engine import LintReport
    from checker.targets import TargetRow


def figures(results: Sequence[tuple[Document, Extraction]], out: TextIO, *, show_set_aside: bool) -> None:
    files = []
    for document, extraction in results:
        entry = {"path": document.path, "figures": [figure_record(document, f) for f in extraction.figures]}
        if show_set_aside:
            entry["set_aside"] = [set_aside_record(document, s) for s in extraction.set_aside]
        files.append(entry)
    json.dump({"files": files}, out, ensure_ascii=False, indent=2)
    out.write("\n")


def findings(report: LintReport, out: TextIO, *, lang: str) -> None:
    files = [{"path": r.path, "figures": r.figures, "checks": r.checks, "passed": r.passed,
              "unchecked_figures": r.unchecked_figures} for _, r in report.files]  # fmt: skip
    found = [finding_record(f, lang, report.document(f.path, d)) for d, r in report.files for f in r.findings]
    data: dict = {"files": files, "findings": found}
    if report.hidden or report.stale:
        data["baseline"] = {"hidden": report.hidden, "stale": list(report.stale)}
    json.dump(data, out, ensure_ascii=False, indent=2)
    out.write("\n")


def targets(rows: Sequence[TargetRow], previous: Document, current: Document, out: TextIO) -> None:
    json.dump({"targets": [target_record(row, previous, current) for row in rows]}, out, ensure_ascii=False, indent=2)
    out.write("\n")
