"""JSON output: the stable, documented shape other tools read."""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import TextIO

from checker.model import Document, Extraction
from checker.report.records import figure_record, set_aside_record


def figures(results: Sequence[tuple[Document, Extraction]], out: TextIO, *, show_set_aside: bool) -> None:
    files = []
    for document, extraction in results:
        entry = {"path": document.path, "figures": [figure_record(document, f) for f in extraction.figures]}
        if show_set_aside:
            entry["set_aside"] = [set_aside_record(document, s) for s in extraction.set_aside]
        files.append(entry)
    json.dump({"files": files}, out, ensure_ascii=False, indent=2)
    out.write("\n")
