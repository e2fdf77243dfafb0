"""PDF reports with a text layer, through pypdf. Auditors receive reports as PDF.

The text of each page is kept line by line; each line is a block labelled 第 N
页. A PDF without text (a scan) cannot be checked, and says so.
"""

from __future__ import annotations

import logging
from pathlib import Path

from checker.model import Block, Document
from checker.readers import limits
from checker.readers.errors import ReaderError


def read(path: Path) -> Document:
    """The text layer of a PDF, page by page and line by line, each line a block naming its page.

    pypdf's log is silenced while it reads, because what it repairs is no problem of the user's; a PDF
    with no text on any page (a scan) is refused rather than passed as a report without findings.
    """
    from pypdf import PdfReader
    from pypdf.errors import DependencyError, PdfReadError

    # pypdf logs what it repairs (EOF marker not found …); the reader reports in one line instead.
    log = logging.getLogger("pypdf")
    level = log.level
    log.setLevel(logging.CRITICAL)
    limits.check_size(path)
    try:
        reader = PdfReader(str(path))
        # A PDF with only an owner password (no printing, no copying) opens without one: read it.
        if reader.is_encrypted and not reader.decrypt(""):
            raise ReaderError(str(path), "is an encrypted PDF", "give a copy without a password")
        pages = [page.extract_text() or "" for page in reader.pages]
    except DependencyError as error:
        raise ReaderError(
            str(path),
            f"is encrypted with AES, which needs the cryptography package ({error})",
            "pip install cryptography, or give a copy without encryption",
        ) from error
    except (PdfReadError, ValueError, KeyError, OSError) as error:
        raise ReaderError(
            str(path), f"is not a readable PDF ({error})", "export it again as PDF or give the .docx"
        ) from error
    finally:
        log.setLevel(level)
    if not any(page.strip() for page in pages):
        raise ReaderError(
            str(path), "has no text layer (a scanned PDF?)", "run OCR on it first, or give the .docx or .txt"
        )
    lines: list[str] = []
    blocks: list[Block] = []
    position = 0
    for number, page in enumerate(pages, start=1):
        for line in page.replace("\r", "").split("\n"):
            lines.append(line)
            if line.strip():
                blocks.append(Block(position, position + len(line), "paragraph", f"第 {number} 页", (number - 1,)))
            position += len(line) + 1
    return Document(str(path), "\n".join(lines), tuple(blocks), own_lines=False)
