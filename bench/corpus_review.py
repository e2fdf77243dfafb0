"""The ecosystem check: every error and warning on the real reports of ../shared/corpus, reviewed.

    python bench/corpus_review.py            # list the findings, marking the ones nobody reviewed
    python bench/corpus_review.py --write    # also add the unreviewed ones to the review file (verdict ?)

Published reports are almost always right, so every finding on one is a false
alarm until a person has read it and agreed. tests/data/corpus_findings.tsv
keeps those readings: one row per finding (report, fingerprint, code,
severity, verdict true/false, a one-line reason, the excerpt), and a first
line naming the reports reviewed, findings or not. tests/test_corpus_review.py
fails when a finding appears on a reviewed report that nobody reviewed, or a
finding reviewed as true disappears; a report added to the corpus later is
listed here as not reviewed yet and does not fail the tests by itself.

Like ruff's ecosystem check, the point is to read what a change does to real
text before it lands.
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus"
REVIEW = ROOT / "tests" / "data" / "corpus_findings.tsv"
COLUMNS = ("report", "fingerprint", "code", "severity", "verdict", "reason", "excerpt")
REVIEWED = "# reviewed reports: "
SERIOUS = ("error", "warning")
sys.path.insert(0, str(ROOT))

from checker.engine import lint_document  # noqa: E402
from checker.readers import read_document  # noqa: E402
from checker.rules import load_rules  # noqa: E402
from checker.structure import Structure  # noqa: E402


@dataclass(frozen=True)
class Row:
    """One finding on a real report and what a reviewer said of it."""

    report: str
    fingerprint: str
    code: str
    severity: str
    verdict: str  # "true", "false", or "?" when nobody has read it yet
    reason: str
    excerpt: str


def load_review(path: Path = REVIEW) -> tuple[list[str], dict[str, Row]]:
    """The reports reviewed, and the reviewed rows by fingerprint."""
    reports: list[str] = []
    rows: dict[str, Row] = {}
    if not path.is_file():
        return reports, rows
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith(REVIEWED):
            reports = line[len(REVIEWED) :].split()
        elif line and not line.startswith("#") and not line.startswith("report\t"):
            row = Row(*line.split("\t"))
            rows[row.fingerprint] = row
    return reports, rows


def save_review(reports: list[str], rows: list[Row], path: Path = REVIEW) -> None:
    lines = [REVIEWED + " ".join(sorted(reports)), "\t".join(COLUMNS)]
    lines += ["\t".join(getattr(row, column) for column in COLUMNS) for row in sorted(rows, key=_order)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def _order(row: Row) -> tuple[str, str, str]:
    return row.report, row.code, row.fingerprint


def lint_report(path: Path, rules=None) -> list[Row]:
    """The errors and warnings the shipped rules give on one report, as unreviewed rows."""
    document = read_document(path)
    result = lint_document(document, rules if rules is not None else load_rules())
    rows = []
    structure = Structure(document.text)
    for finding in result.findings:
        if finding.severity.value not in SERIOUS:
            continue
        start, end = structure.sentence(finding.start, finding.end)
        left, right = max(start, finding.start - 60), min(end, finding.end + 40)
        excerpt = document.text[left:right].replace("\t", " ").replace("\n", " ")
        rows.append(Row(path.stem, finding.fingerprint, finding.code, finding.severity.value, "?", "", excerpt))
    return rows


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--write", action="store_true", help="add unreviewed findings to the review file")
    parser.add_argument("reports", nargs="*", help="report stems to review (default: every corpus report)")
    args = parser.parse_args()
    if not CORPUS.is_dir():
        print(f"{CORPUS}: no corpus here; nothing to review", file=sys.stderr)
        return 2
    reviewed, known = load_review()
    paths = sorted(CORPUS.glob("*.txt"))
    if args.reports:
        paths = [p for p in paths if p.stem in args.reports]
    rules = load_rules()
    found: dict[str, Row] = {}
    for path in paths:
        for row in lint_report(path, rules):
            found[row.fingerprint] = known.get(row.fingerprint, row)
    counts = {"true": 0, "false": 0, "?": 0}
    for row in sorted(found.values(), key=_order):
        counts[row.verdict] = counts.get(row.verdict, 0) + 1
        print(f"{row.verdict:5} {row.report} {row.code} {row.severity}: {row.excerpt}  {row.reason}")
    linted = {p.stem for p in paths}
    vanished = [r for r in known.values() if r.report in linted and r.fingerprint not in found]
    for row in vanished:
        print(f"gone  {row.report} {row.code} ({row.verdict}): {row.excerpt}")
    not_reviewed = sorted(linted - set(reviewed))
    print(
        f"\n{len(paths)} report(s): {counts['true']} true, {counts['false']} false, {counts['?']} not reviewed; "
        f"{len(vanished)} reviewed finding(s) gone"
    )
    if not_reviewed:
        print(f"reports not reviewed yet: {' '.join(not_reviewed)}")
    if args.write:
        kept = [r for r in known.values() if r.report not in linted]
        save_review(sorted(set(reviewed) | linted), kept + list(found.values()))
        print(f"written: {REVIEW.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
