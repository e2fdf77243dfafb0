"""Word reports (.docx), through python-docx: paragraphs and tables, in document order.

Drafters write in Word. Each paragraph becomes a line of the document's text
with a block labelled 段落 N; each table becomes one line per row (see
tables.py) with a block per cell labelled 表 T 第 R 行第 C 列. Blocks keep the
paragraph's or cell's index, so `--annotate` can find the run to comment on.
"""

from __future__ import annotations

import zipfile
from pathlib import Path

from checker.model import Block, Document
from checker.readers import limits
from checker.readers.errors import ReaderError
from checker.readers.tables import linearise


def _unreadable(path: Path, problem: str) -> ReaderError:
    """What is wrong with a file that is no readable .docx, in the user's words (no Python exception name)."""
    return ReaderError(str(path), problem, "open it in Word and save it again as .docx")


def read(path: Path) -> Document:
    """The paragraphs and tables of a .docx in document order, one line each (a table one per row).

    The zip is measured unpacked before python-docx opens it, because a zip bomb is small on disk; every
    way python-docx fails on a file that is no Word document becomes one ReaderError in the user's words.
    Each block keeps its paragraph index, which `--annotate` needs to find the run to comment on.
    """
    import docx
    from docx.opc.exceptions import PackageNotFoundError
    from lxml.etree import XMLSyntaxError

    limits.check_size(path)
    try:
        # A .docx is a zip: what it unpacks to counts against the cap too (a zip bomb is small on disk).
        with zipfile.ZipFile(path) as package:
            if sum(item.file_size for item in package.infolist()) > limits.max_bytes:
                raise limits.too_large(path, " unpacked")
    except zipfile.BadZipFile as error:
        raise _unreadable(path, "is not a Word .docx file (a .docx is a zip archive, and this is none)") from error
    try:
        word = docx.Document(str(path))
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, ValueError) as error:
        raise _unreadable(
            path, "is a zip archive but not a Word document (it holds no readable word/document.xml)"
        ) from error
    except XMLSyntaxError as error:
        raise _unreadable(
            path, "is a damaged Word document (its text, word/document.xml, is cut or garbled)"
        ) from error
    lines: list[str] = []
    blocks: list[Block] = []
    position = 0
    paragraph_number = table_number = 0
    for item in word.iter_inner_content():
        if hasattr(item, "rows"):
            table_number += 1
            rows = [[cell.text for cell in row.cells] for row in item.rows]
            text, cells = linearise(rows, table_number, position)
            lines.append(text)
            blocks.extend(cells)
            position += len(text) + 1
            continue
        paragraph_number += 1
        text = item.text.replace("\n", " ")
        lines.append(text)
        if text.strip():
            kind = (
                "heading" if item.style is not None and item.style.name.lower().startswith("heading") else "paragraph"
            )
            blocks.append(
                Block(position, position + len(text), kind, f"段落 {paragraph_number}", (paragraph_number - 1,))
            )
        position += len(text) + 1
    return Document(str(path), "\n".join(lines), tuple(blocks), own_lines=False)
