"""Figures and findings as plain records: the one shape JSON and CSV share."""

from __future__ import annotations

from typing import Any

from checker.model import Document, Figure, Finding, SetAside

FIGURE_COLUMNS = ("path", "start", "end", "line", "column", "text", "value", "unit",
                  "decimals", "qualifier", "kind", "upper")  # fmt: skip


def figure_record(document: Document, figure: Figure) -> dict[str, Any]:
    line, column = document.position(figure.start)
    return {
        "start": figure.start,
        "end": figure.end,
        "line": line,
        "column": column,
        "text": figure.text,
        "value": str(figure.value),
        "unit": figure.unit,
        "decimals": figure.decimals,
        "qualifier": figure.qualifier.value if figure.qualifier else None,
        "kind": figure.kind.value,
        "upper": None if figure.upper is None else str(figure.upper),
        "sentence": document.text[figure.sentence[0] : figure.sentence[1]].strip(),
    }


def set_aside_record(document: Document, item: SetAside) -> dict[str, Any]:
    line, column = document.position(item.start)
    return {"start": item.start, "end": item.end, "line": line, "column": column,
            "text": item.text, "reason": item.reason}  # fmt: skip


def finding_record(finding: Finding, lang: str, document: Document | None = None) -> dict[str, Any]:
    record = {
        "code": finding.code,
        "name": finding.name,
        "severity": finding.severity.value,
        "message": finding.message(lang),
        "path": finding.path,
        "line": finding.line,
        "column": finding.column,
        "start": finding.start,
        "end": finding.end,
        "text": finding.text,
        "related": [{"path": r.path, "start": r.start, "end": r.end, "text": r.text} for r in finding.related],
        "computation": finding.computation,
        "fingerprint": finding.fingerprint,
    }
    if document is not None:
        record["location"] = document.location(finding.start)
    return record
