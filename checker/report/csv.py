"""CSV output, for spreadsheets (the drafters' tool): one row per figure, per finding or per target.

A finding's row is its JSON record (`indicheck lint --format json`) with the related figures in one
cell (`text@path:start-end`, joined by `; `): a spreadsheet has no nested lists."""

from __future__ import annotations

import csv
from collections.abc import Sequence
from typing import TYPE_CHECKING, TextIO

from checker.model import Document, Extraction

if TYPE_CHECKING:
    from checker.model import LintReport, TargetRow
from checker.report.records import (
    FIGURE_COLUMNS,
    TARGET_COLUMNS,
    figure_record,
    finding_record,
    set_aside_record,
    target_flat,
)

FINDING_COLUMNS = (
    "path",
    "line",
    "column",
    "location",
    "code",
    "name",
    "severity",
    "message",
    "start",
    "end",
    "text",
    "related",
    "computation",
    "fingerprint",
)


def figures(
    results: Sequence[tuple[Document, Extraction]], out: TextIO, *, show_set_aside: bool, lang: str = "zh"
) -> None:
    columns = FIGURE_COLUMNS + (("reason",) if show_set_aside else ())
    writer = csv.DictWriter(out, fieldnames=columns, extrasaction="ignore", lineterminator="\n")
    writer.writeheader()
    for document, extraction in results:
        rows = [figure_record(document, f) for f in extraction.figures]
        if show_set_aside:
            rows += [set_aside_record(document, s) for s in extraction.set_aside]
            rows.sort(key=lambda row: row["start"])
        for row in rows:
            writer.writerow({"path": document.path, **row})


def targets(rows: Sequence[TargetRow], previous: Document, current: Document, out: TextIO, *, lang: str = "zh") -> None:
    writer = csv.DictWriter(out, fieldnames=TARGET_COLUMNS, lineterminator="\n")
    writer.writeheader()
    for row in rows:
        writer.writerow(target_flat(row, previous, current, lang))


def findings(report: LintReport, out: TextIO, *, lang: str) -> None:
    """`indicheck lint --format csv`: one row per finding, in the order of the JSON's findings."""
    writer = csv.DictWriter(out, fieldnames=FINDING_COLUMNS, extrasaction="ignore", lineterminator="\n")
    writer.writeheader()
    for document, result in report.files:
        for finding in result.findings:
            record = finding_record(finding, lang, report.document(finding.path, document))
            related = "; ".join(f"{r['text']}@{r['path']}:{r['start']}-{r['end']}" for r in record["related"])
            writer.writerow({**record, "related": related})
