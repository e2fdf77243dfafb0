"""JSON output: the stable, documented shape other tools read.

Each document is written in one call (json.dump writes item by item, a third of `figures`' time).
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import TYPE_CHECKING, TextIO

from checker.model import Document, Extraction, ReportYear, Span
from checker.report.records import figure_record, finding_record, set_aside_record, statistics_records, target_record
from checker.report.wording import localise

if TYPE_CHECKING:
    from checker.model import LintReport, TargetRow


def figures(
    results: Sequence[tuple[Document, Extraction]], out: TextIO, *, show_set_aside: bool, lang: str = "zh"
) -> None:
    """One figure per line: json's C encoder writes each (with indent=, json falls back to its Python
    encoder, which took a third of `figures --format json`)."""
    files = []
    for document, extraction in results:
        year = year_record(extraction.year)  # as the periods were read, with the vocabulary in use
        entry = f'    {{"path": {_compact(document.path)},\n     "year": {_compact(year)},\n     "figures": '
        entry += _lines([figure_record(document, f) for f in extraction.figures])
        if show_set_aside:
            entry += ',\n     "set_aside": ' + _lines([set_aside_record(document, s) for s in extraction.set_aside])
        files.append(entry + "}")
    out.write('{"files": [\n' + ",\n".join(files) + "\n]}\n" if files else '{"files": []}\n')


def year_record(year: ReportYear) -> dict:
    """The year a report was delivered in and where the text says so: {"value": 2026, "from": "date line"};
    null and "" when no way of stating it was found."""
    return {"value": year.year, "from": year.source}


def _compact(value: object) -> str:
    return json.dumps(value, ensure_ascii=False)


def _lines(records: list[dict]) -> str:
    """A JSON array with one compact record per line."""
    return "[\n" + ",\n".join("       " + _compact(r) for r in records) + "\n     ]" if records else "[]"


def findings(report: LintReport, out: TextIO, *, lang: str) -> None:
    files = [
        {
            "path": r.path,
            "figures": r.figures,
            "checks": r.checks,
            "passed": r.passed,
            "unchecked_figures": r.unchecked_figures,
        }
        for _, r in report.files
    ]
    found = [finding_record(f, lang, report.document(f.path, d)) for d, r in report.files for f in r.findings]
    # Every check run, passed or not: what was verified, not only what failed (its length is the summary's checks).
    checks = [
        {"path": r.path, "rule": c.code, "relation_class": c.relation_class.name if c.relation_class else None, "passed": c.passed,
         "computation": localise(c.computation, lang),
         "figure": _span(c.primary, r.path), "related": [_span(s, r.path) for s in c.related]}
        for _, r in report.files
        for c in r.verified
    ]  # fmt: skip
    data: dict = {"files": files, "findings": found, "checks": checks}
    if report.hidden or report.stale:
        data["baseline"] = {"hidden": report.hidden, "stale": list(report.stale)}
    out.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")


def statistics(report: LintReport, out: TextIO, *, lang: str = "zh") -> None:
    """--statistics --format json: the findings counted by rule."""
    out.write(json.dumps({"statistics": statistics_records(report)}, ensure_ascii=False, indent=2) + "\n")


def targets(rows: Sequence[TargetRow], previous: Document, current: Document, out: TextIO, *, lang: str = "zh") -> None:
    out.write(
        json.dumps(
            {"targets": [target_record(row, previous, current, lang) for row in rows]}, ensure_ascii=False, indent=2
        )
        + "\n"
    )


def _span(span: Span, path: str) -> dict:
    return {"path": span.path or path, "start": span.start, "end": span.end, "text": span.text}
