"""JSON output: the stable, documented shape other tools read."""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import TYPE_CHECKING, TextIO

from checker.model import Document, Extraction
from checker.report.records import figure_record, finding_record, set_aside_record

if TYPE_CHECKING:
    from checker.engine import FileResult


def figures(results: Sequence[tuple[Document, Extraction]], out: TextIO, *, show_set_aside: bool) -> None:
    files = []
    for document, extraction in results:
        entry = {"path": document.path, "figures": [figure_record(document, f) for f in extraction.figures]}
        if show_set_aside:
            entry["set_aside"] = [set_aside_record(document, s) for s in extraction.set_aside]
        files.append(entry)
    json.dump({"files": files}, out, ensure_ascii=False, indent=2)
    out.write("\n")


def findings(results: Sequence[tuple[Document, FileResult]], out: TextIO, *, lang: str) -> None:
    files = [{"path": r.path, "figures": r.figures, "checks": r.checks, "passed": r.passed,
              "unchecked_figures": r.unchecked_figures} for _, r in results]  # fmt: skip
    found = [finding_record(f, lang) for _, r in results for f in r.findings]
    json.dump({"files": files, "findings": found}, out, ensure_ascii=False, indent=2)
    out.write("\n")
