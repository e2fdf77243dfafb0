"""One line per finding, `path:line:col: CODE severity message`, for editors and grep.

In a .docx or .pdf, whose lines are not the file's, `path:段落 3:` or `path:第 2 页:` instead.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, TextIO

from checker.report.records import stale_line
from checker.report.wording import SEVERITY, place

if TYPE_CHECKING:
    from checker.model import LintReport


def findings(report: LintReport, out: TextIO, *, lang: str) -> None:
    for linted, result in report.files:
        for f in result.findings:
            where = place(report.document(f.path, linted).place(f.start), lang)  # 12:5, or 段落 3 in a .docx
            out.write(f"{f.path}:{where}: {f.code} {SEVERITY[lang][f.severity.value]} {f.message(lang)}\n")
    for entry in report.stale:
        out.write(f"{entry.get('path', '')}: {stale_line(entry, lang)}\n")
