"""One line per finding, `path:line:col: CODE severity message`, for editors and grep."""

from __future__ import annotations

from typing import TYPE_CHECKING, TextIO

from checker.report.records import stale_line

if TYPE_CHECKING:
    from checker.engine import LintReport


def findings(report: LintReport, out: TextIO, *, lang: str) -> None:
    for f in report.findings:
        out.write(f"{f.path}:{f.line}:{f.column}: {f.code} {f.severity.value} {f.message(lang)}\n")
    for entry in report.stale:
        out.write(f"{entry.get('path', '')}: {stale_line(entry, lang)}\n")
