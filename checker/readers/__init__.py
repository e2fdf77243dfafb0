"""Input formats → Document. One module per format, chosen by file suffix."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
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
    """Files as given, and the reports inside each folder (every suffix READERS knows, sorted), each
    once: a path given twice, or a file given and inside a folder given, is read once, where it first
    appears (the same file under two names, through a link or `./`, is one file).

    The CLI and checker.lint both read this list, so that a report is never checked twice and the two
    give the same findings for the same paths. A folder with no report in it is an error, so a typo in
    CI does not pass silently.
    """
    found: list[str] = []
    seen: set[str] = set()
    for path in _each_path(paths):
        key = os.path.realpath(path)
        if key not in seen:
            seen.add(key)
            found.append(path)
    return found


def _each_path(paths: list[str]) -> Iterator[str]:
    """The files as given and those inside each folder, in order, repeats included."""
    for given in paths:
        path = Path(given)
        if not path.is_dir():
            yield given
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
        yield from inside


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
