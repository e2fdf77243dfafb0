"""Input formats → Document. One module per format, chosen by file suffix."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from checker.model import Document
from checker.readers import docx, markdown, pdf, text
from checker.readers.errors import ReaderError

# suffix → reader. docx and pdf import their libraries inside read(), so a
# text report never loads them.
READERS: dict[str, Callable[[Path], Document]] = {
    ".txt": text.read,
    ".md": markdown.read,
    ".markdown": markdown.read,
    ".docx": docx.read,
    ".pdf": pdf.read,
}

__all__ = ["READERS", "ReaderError", "expand", "read_document"]


def expand(paths: list[str]) -> list[str]:
    """Files as given, and the reports inside each folder (every suffix READERS knows, sorted).

    A folder with no report in it is an error, so a typo in CI does not pass silently.
    """
    found: list[str] = []
    for given in paths:
        path = Path(given)
        if not path.is_dir():
            found.append(given)
            continue
        inside = sorted(
            str(p)
            for p in path.rglob("*")
            if p.is_file()
            and p.suffix.lower() in READERS
            and not any(part.startswith(".") for part in p.relative_to(path).parts)
        )
        if not inside:
            raise ReaderError(given, "is a folder with no report in it", "put .txt, .md, .docx or .pdf reports in it")
        found.extend(inside)
    return found


def read_document(path: str | Path) -> Document:
    """Read a report with the reader for its suffix (text for any other suffix).

    Every failure is a ReaderError that names the file, the problem and the
    remedy, so the CLI can print one line and exit 2.
    """
    path = Path(path)
    if not path.exists():
        raise ReaderError(str(path), "no such file", "check the path")
    if path.is_dir():
        raise ReaderError(str(path), "is a directory, not a report", "give the report files inside it")  # see expand()
    if path.suffix.lower() == ".doc":
        raise ReaderError(str(path), "is an old Word .doc file", "save it as .docx from Word, or as .txt")
    reader = READERS.get(path.suffix.lower(), text.read)
    try:
        return reader(path)
    except OSError as error:
        raise ReaderError(str(path), f"cannot be read ({error.strerror})", "check its permissions") from error
