"""Baselines: findings a team has accepted, so that CI fails only on new ones.

Reports cannot carry `# noqa` comments, so accepted findings live in a JSON
file keyed by fingerprint (rule, normalised sentence, figures — never line
numbers, so an edit elsewhere in the report keeps them). An entry may carry a
reason. A baseline entry that no finding matches any more is reported: the
figure was corrected, or its sentence changed and the entry should be
reviewed.
"""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

from checker.model import LintReport

FORMAT_VERSION = 1


class BaselineError(Exception):
    """A baseline file indicheck cannot use; one line, exit 2."""


def entries_of(report: LintReport, reason: str = "") -> list[dict[str, str]]:
    entries = []
    for document, result in report.files:
        for finding in result.findings:
            left, right = finding.sentence
            entry = {
                "fingerprint": finding.fingerprint,
                "code": finding.code,
                "path": finding.path,
                "excerpt": document.text[left:right].strip(),
            }
            if reason:
                entry["reason"] = reason
            entries.append(entry)
    return sorted(entries, key=lambda e: (e["path"], e["code"], e["fingerprint"]))


def write(report: LintReport, path: Path, reason: str = "") -> int:
    entries = entries_of(report, reason)
    data = {"tool": "indicheck", "version": FORMAT_VERSION, "findings": entries}
    try:
        path.write_text(json.dumps(data, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    except OSError as error:
        raise BaselineError(f"{path}: cannot be written ({error.strerror}); check the folder") from error
    return len(entries)


def load(path: Path) -> list[dict[str, str]]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise BaselineError(f"{path}: no such baseline; create it with `indicheck baseline FILE -o {path}`") from None
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as error:
        raise BaselineError(f"{path}: not a baseline file ({error}); recreate it with `indicheck baseline`") from error
    except RecursionError:  # JSON nested deeper than Python's stack: no baseline is
        raise BaselineError(
            f"{path}: not a baseline file (nested too deeply to be one); recreate it with `indicheck baseline`"
        ) from None
    if (
        isinstance(data, dict)
        and data.get("tool") == "indicheck"
        and data.get("version", FORMAT_VERSION) != FORMAT_VERSION
    ):
        raise BaselineError(
            f"{path}: is a baseline of format version {data.get('version')!r}, and this indicheck reads version "
            f"{FORMAT_VERSION}; recreate it with `indicheck baseline`, or use the indicheck that wrote it"
        )
    entries = data.get("findings") if isinstance(data, dict) else None
    if (
        not isinstance(data, dict)
        or data.get("tool") != "indicheck"
        or not isinstance(entries, list)
        or not all(isinstance(e, dict) and isinstance(e.get("fingerprint"), str) for e in entries)
    ):
        raise BaselineError(f"{path}: not an indicheck baseline; recreate it with `indicheck baseline`")
    return entries


def apply(report: LintReport, entries: list[dict[str, str]]) -> LintReport:
    """The report without the accepted findings, counting them, and listing entries that match nothing."""
    accepted = {entry["fingerprint"] for entry in entries}
    seen: set[str] = set()
    files = []
    hidden = 0
    for document, result in report.files:
        kept = []
        for finding in result.findings:
            if finding.fingerprint in accepted:
                seen.add(finding.fingerprint)
                hidden += 1
            else:
                kept.append(finding)
        files.append((document, replace(result, findings=tuple(kept))))
    stale = tuple(entry for entry in entries if entry["fingerprint"] not in seen)
    return replace(report, files=tuple(files), hidden=hidden, stale=stale)  # others (last year's report) kept
