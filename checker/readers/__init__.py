"""Input formats → Document. One module per format, chosen by file suffix."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from checker.model import Document
from checker.readers import text
from checker.readers.errors import ReaderError

READERS: dict[str, Callable[[Path], Document]] = {
    ".txt": text.read,
    ".md": text.read,
}

__all__ = ["READERS", "ReaderError", "read_document"]


def read_document(path: str | Path) -> Document:
    """Read a report with the reader for its suffix (text for any other suffix).

    Every failure is a ReaderError that names the file, the problem and the
    remedy, so the CLI can print one line and exit 2.
    """
    path = Path(path)
    if not path.exists():
        raise ReaderError(str(path), "no such file", "check the path")
    if path.is_dir():
        raise ReaderError(str(path), "is a directory, not a report", "give the report files inside it")
    reader = READERS.get(path.suffix.lower(), text.read)
    try:
        return reader(path)
    except OSError as error:
        raise ReaderError(str(path), f"cannot be read ({error.strerror})", "check its permissions") from error
