"""One line per finding, `path:line:col: CODE severity message`, for editors and grep."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, TextIO

from checker.model import Document

if TYPE_CHECKING:
    from checker.engine import FileResult


def findings(results: Sequence[tuple[Document, FileResult]], out: TextIO, *, lang: str) -> None:
    for _, result in results:
        for f in result.findings:
            out.write(f"{f.path}:{f.line}:{f.column}: {f.code} {f.severity.value} {f.message(lang)}\n")
