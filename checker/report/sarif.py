"""SARIF 2.1.0, for code-scanning tools (GitHub, GitLab, Azure DevOps) and SARIF viewers.

One run; the driver lists every rule that ran with its documentation; each
finding is one result with its location (line, column in code points, and
character offsets), the related figures as related locations, the
computation as a property, and the fingerprint as a partial fingerprint so
that code-scanning tools track a finding across revisions.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from checker import __version__
from checker.model import Document, Finding, Rule
from checker.report.records import stale_line
from checker.report.wording import localise

if TYPE_CHECKING:
    from checker.model import LintReport

SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
LEVELS = {"error": "error", "warning": "warning", "info": "note"}


def findings(report: LintReport, out: TextIO, *, lang: str) -> None:
    """--format sarif: one SARIF 2.1.0 run for code-scanning tools. Columns count code points (as the
    other formats do, not UTF-16 units); the checks that passed go in the run's properties, so that
    what was verified is there too, and stale baseline entries are notifications, where CI shows them."""
    rules = list(report.rules)
    index = {rule.code: i for i, rule in enumerate(rules)}
    results = [
        _result(finding, report, linted, index, lang) for linted, result in report.files for finding in result.findings
    ]
    log: dict[str, Any] = {
        "$schema": SCHEMA,
        "version": "2.1.0",
        "runs": [
            {
                "tool": {"driver": {"name": "indicheck", "version": __version__, "rules": [_rule(r) for r in rules]}},
                "columnKind": "unicodeCodePoints",
                "artifacts": [
                    {"location": {"uri": _uri(d.path)}} for d in (*(d for d, _ in report.files), *report.others)
                ],
                "results": results,
                # What was verified, not only what failed: every check a rule ran, passed or not.
                "properties": {
                    "checks": sum(r.checks for _, r in report.files),
                    "passed": sum(r.passed for _, r in report.files),
                    "verified": [
                        {"rule": c.code, "passed": c.passed, "uri": _uri(c.primary.path or r.path),
                         "figure": c.primary.text, "charOffset": c.primary.start, "computation": c.computation}
                        for _, r in report.files
                        for c in r.verified
                    ],
                },
            }
        ],
    }  # fmt: skip
    if report.stale:  # baseline entries that matched nothing: said where CI readers look, as notifications
        log["runs"][0]["invocations"] = [
            {
                "executionSuccessful": True,
                "toolExecutionNotifications": [
                    {
                        "level": "note",
                        "message": {"text": stale_line(entry, lang)},
                        "locations": [
                            {"physicalLocation": {"artifactLocation": {"uri": _uri(str(entry.get("path", "")))}}}
                        ],
                    }
                    for entry in report.stale
                ],
            }
        ]
    out.write(json.dumps(log, ensure_ascii=False, indent=2) + "\n")


def _uri(path: str) -> str:
    """A relative path stays relative (SARIF resolves it against the checkout); an absolute one is a file URI."""
    p = Path(path)
    return p.as_uri() if p.is_absolute() else p.as_posix()


def _rule(rule: Rule) -> dict[str, Any]:
    what = rule.doc.split("\n\n")[0].removeprefix("What it does:").strip()
    return {
        "id": rule.code,
        "name": rule.name,
        "shortDescription": {"text": what.split("。")[0].split(". ")[0]},
        "fullDescription": {"text": what},
        "help": {"text": rule.doc},
        "defaultConfiguration": {"level": LEVELS[rule.severity.value]},
        "properties": {"kind": rule.kind},
    }


def _region(document: Document, start: int, end: int) -> dict[str, Any]:
    line, column = document.position(start)
    end_line, end_column = document.position(end)
    return {
        "startLine": line,
        "startColumn": column,
        "endLine": end_line,
        "endColumn": end_column,
        "charOffset": start,
        "charLength": end - start,
        "snippet": {"text": document.text[start:end]},
    }


def _location(document: Document, path: str, start: int, end: int) -> dict[str, Any]:
    """A text file's region (line, column, offsets); a .docx's or .pdf's paragraph, cell or page as a
    logical location, since the lines of its extracted text are not the file's."""
    physical: dict[str, Any] = {"artifactLocation": {"uri": _uri(path)}}
    if document.own_lines:
        return {"physicalLocation": {**physical, "region": _region(document, start, end)}}
    return {"physicalLocation": physical, "logicalLocations": [{"name": document.location(start), "kind": "element"}]}


def _result(finding: Finding, report: LintReport, linted: Document, index: dict[str, int], lang: str) -> dict[str, Any]:
    document = report.document(finding.path, linted)
    location = _location(document, finding.path, finding.start, finding.end)
    result: dict[str, Any] = {
        "ruleId": finding.code,
        "level": LEVELS[finding.severity.value],
        "message": {"text": finding.message(lang)},
        "locations": [location],
        "partialFingerprints": {"indicheckFingerprint/v1": finding.fingerprint},
        "properties": {
            "computation": localise(finding.computation, lang),
            "location": document.location(finding.start),
        },
    }
    if finding.code in index:
        result["ruleIndex"] = index[finding.code]
    if finding.related:
        result["relatedLocations"] = [
            {
                "id": i,
                "message": {"text": related.text},
                **_location(report.document(related.path, linted), related.path, related.start, related.end),
            }
            for i, related in enumerate(finding.related, start=1)
        ]
    return result
