"""Figures and findings as plain records: the one shape JSON and CSV share."""

from __future__ import annotations

from typing import Any

from checker.model import Document, Figure, Finding, SetAside, TargetRow
from checker.report.wording import localise

FIGURE_COLUMNS = (
    "path",
    "start",
    "end",
    "line",
    "column",
    "text",
    "value",
    "unit",
    "decimals",
    "qualifier",
    "kind",
    "upper",
)


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
    return {
        "start": item.start,
        "end": item.end,
        "line": line,
        "column": column,
        "text": item.text,
        "reason": item.reason,
    }


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
        "computation": localise(finding.computation, lang),
        "fingerprint": finding.fingerprint,
    }
    if document is not None:
        record["location"] = document.location(finding.start)
    return record


def statistics_records(report: Any) -> list[dict[str, Any]]:
    """Findings counted by rule, most frequent first: what --statistics prints, as text or JSON."""
    counts: dict[tuple[str, str, str], int] = {}
    for finding in report.findings:
        key = (finding.code, finding.name, finding.severity.value)
        counts[key] = counts.get(key, 0) + 1
    return [
        {"code": code, "name": name, "severity": severity, "count": count}
        for (code, name, severity), count in sorted(counts.items(), key=lambda item: (-item[1], item[0]))
    ]


STALE_LABEL = {"zh": "基线条目已不再匹配", "en": "baseline entry no longer matches"}


def stale_line(entry: dict[str, Any], lang: str) -> str:
    """A baseline entry that matched nothing, in one line: the figure was corrected or its sentence changed."""
    excerpt = str(entry.get("excerpt", ""))
    excerpt = excerpt if len(excerpt) <= 60 else excerpt[:59] + "…"
    return f"{STALE_LABEL[lang]}: {entry.get('code', '')} {entry['fingerprint']} {excerpt}".rstrip()


TARGET_COLUMNS = (
    "indicator",
    "status",
    "target_path",
    "target_start",
    "target_end",
    "target_text",
    "actual_path",
    "actual_start",
    "actual_end",
    "actual_text",
    "bound",
    "headline",
    "note",
)


def target_record(row: TargetRow, previous: Document, current: Document, lang: str = "zh") -> dict[str, Any]:
    """The JSON shape of one target: its figure in last year's report, its actual in this one."""

    def place(document: Document, figure: Figure | None) -> dict[str, Any] | None:
        if figure is None:
            return None
        line, column = document.position(figure.start)
        return {
            "path": document.path,
            "start": figure.start,
            "end": figure.end,
            "text": figure.text,
            "line": line,
            "column": column,
            "value": str(figure.value),
            "unit": figure.unit,
        }

    return {
        "indicator": row.indicator,
        "target": place(previous, row.target),
        "actual": place(current, row.actual),
        "status": row.status,
        "note": localise(row.note, lang),
        "bound": row.bound,
        "headline": row.headline,
    }


def target_flat(row: TargetRow, previous: Document, current: Document, lang: str = "zh") -> dict[str, Any]:
    record = target_record(row, previous, current, lang)
    flat = {k: record[k] for k in ("indicator", "status", "bound", "headline", "note")}
    for side in ("target", "actual"):
        for key in ("path", "start", "end", "text"):
            flat[f"{side}_{key}"] = record[side][key] if record[side] else ""
    return flat
