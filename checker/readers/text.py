"""Plain text reports: UTF-8 (with or without BOM), GB18030/GBK, UTF-16 with BOM.

Government reports reach us from Windows machines as often as from the web,
so the encoding is detected, never assumed. Newlines are normalised to \\n as
Python's text mode does, so that offsets do not depend on CRLF.
"""

from __future__ import annotations

import codecs
from pathlib import Path

from checker.model import Block, Document
from checker.readers import limits
from checker.readers.errors import ReaderError

# byte-order mark → (Python codec, the name a person knows it by)
BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig", "UTF-8"),
    (codecs.BOM_UTF16_LE, "utf-16", "UTF-16"),
    (codecs.BOM_UTF16_BE, "utf-16", "UTF-16"),
)


def decode(raw: bytes, path: str) -> str:
    """The text of a file's bytes, or ReaderError saying why it is not text."""
    for bom, codec, name in BOMS:
        if raw.startswith(bom):
            try:
                return raw.decode(codec)
            except UnicodeDecodeError as error:
                raise ReaderError(path, f"starts with a {name} byte-order mark but is not {name} ({error.reason})",
                                  "save it again as UTF-8") from error  # fmt: skip
    if b"\x00" in raw:
        raise ReaderError(path, "is a binary file, not a text report", "give a .txt, .md, .docx or .pdf report")
    for encoding in ("utf-8", "gb18030"):
        try:
            return raw.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise ReaderError(path, "is not UTF-8, GB18030 or UTF-16 text", "save it again as UTF-8")


def normalise_newlines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


def blocks(text: str) -> tuple[Block, ...]:
    """Each non-blank line of a text report is a paragraph."""
    found = []
    start = 0
    for line in text.split("\n"):
        end = start + len(line)
        if line.strip():
            found.append(Block(start, end))
        start = end + 1
    return tuple(found)


def read(path: Path) -> Document:
    raw = limits.read_bytes(path)
    text = normalise_newlines(decode(raw, str(path)))
    return Document(str(path), text, blocks(text))
