"""CSV output: one row per figure, for spreadsheets (the drafters' tool)."""

from __future__ import annotations

import csv
from collections.abc import Sequence
from typing import TYPE_CHECKING, TextIO

from checker.model import Document, Extraction

if TYPE_CHECKING:
    from checker.model import TargetRow
from checker.report.records import FIGURE_COLUMNS, TARGET_COLUMNS, figure_record, set_aside_record, target_flat


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
