"""GitHub Actions workflow commands: one annotation per finding on the pull request's files."""

from __future__ import annotations

from typing import TYPE_CHECKING, TextIO

from checker.report.records import stale_line
from checker.report.wording import localise, place

if TYPE_CHECKING:
    from checker.model import LintReport

COMMANDS = {"error": "error", "warning": "warning", "info": "notice"}


def _data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _property(text: str) -> str:
    return _data(text).replace(":", "%3A").replace(",", "%2C")


def findings(report: LintReport, out: TextIO, *, lang: str) -> None:
    for linted, result in report.files:
        for f in result.findings:
            document = report.document(f.path, linted)
            end_line, end_column = document.position(f.end)
            if document.own_lines:
                properties = ",".join(
                    (
                        f"file={_property(f.path)}",
                        f"line={f.line}",
                        f"col={f.column}",
                        f"endLine={end_line}",
                        f"endColumn={end_column}",
                        f"title={_property(f'{f.code} {f.name}')}",
                    )
                )
            else:  # a .docx or .pdf: no line of the file to point at; the title says where (段落 3, 第 2 页)
                title = f"{f.code} {f.name} ({place(document.location(f.start), lang)})"
                properties = f"file={_property(f.path)},title={_property(title)}"
            message = f"{f.message(lang)} ({localise(f.computation, lang)})"
            out.write(f"::{COMMANDS[f.severity.value]} {properties}::{_data(message)}\n")
    for entry in report.stale:
        properties = f"file={_property(str(entry.get('path', '')))},title={_property('indicheck baseline')}"
        out.write(f"::notice {properties}::{_data(stale_line(entry, lang))}\n")
