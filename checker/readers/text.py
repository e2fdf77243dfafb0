"""Plain text reports: UTF-8 (with or without BOM), GB18030/GBK, UTF-16 with BOM.

Government reports reach us from Windows machines as often as from the web,
so the encoding is detected, never assumed. Newlines are normalised to \\n as
Python's text mode does, so that offsets do not depend on CRLF.
"""

from __future__ import annotations

import codecs
import re
from pathlib import Path

from checker.model import Block, Document
from checker.readers import limits
from checker.readers.errors import ReaderError
from checker.readers.tables import cells_of, linearise, unflatten

# byte-order mark → (Python codec, the name a person knows it by)
BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig", "UTF-8"),
    (codecs.BOM_UTF16_LE, "utf-16", "UTF-16"),
    (codecs.BOM_UTF16_BE, "utf-16", "UTF-16"),
)


def decode(raw: bytes, path: str) -> str:
    """The text of a file's bytes, or ReaderError saying why it is not text.

    The encodings are tried from the surest to the loosest: a byte-order mark says what it is; UTF-8
    rarely decodes what is not UTF-8; UTF-16 without a mark and binary files are refused before
    GB18030, which decodes almost any bytes, so that what it gives is accepted only when it reads as
    Chinese (few rare characters). A text is never guessed into mojibake."""
    for bom, codec, name in BOMS:
        if raw.startswith(bom):
            try:
                return raw.decode(codec)
            except UnicodeDecodeError as error:
                raise ReaderError(
                    path,
                    f"starts with a {name} byte-order mark but is not {name} ({error.reason})",
                    "save it again as UTF-8",
                ) from error
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        text = None
    if text is not None and "\x00" not in text:
        return text
    if _is_utf16(raw):
        raise ReaderError(
            path,
            "is UTF-16 text without a byte-order mark, which cannot be told from other bytes with certainty",
            "save it again as UTF-8 (in Notepad: Save as, Encoding UTF-8), or as UTF-16 with a BOM",
        )
    if b"\x00" in raw:
        raise ReaderError(path, "is a binary file, not a text report", "give a .txt, .md, .docx or .pdf report")
    try:
        text = raw.decode("gb18030")
    except UnicodeDecodeError:
        raise ReaderError(path, "is not UTF-8, GB18030 or UTF-16 text", "save it again as UTF-8") from None
    if _rare_share(text) > RARE_SHARE:
        # GB18030 decodes almost any bytes; Big5 (or any other) read as it gives mostly rare characters.
        try:
            raw.decode("big5")
            problem = "is Big5 (traditional Chinese) text, not GB18030: read as GB18030 it is mojibake"
        except UnicodeDecodeError:
            problem = "is not UTF-8, GB18030 or UTF-16 text (as GB18030 it is mostly rare characters)"
        raise ReaderError(path, problem, "save it again as UTF-8 (in simplified Chinese)")
    return text


# Outside GB2312 (the 6 763 common characters) fall at most 1.1% of the characters of the corpus
# reports, and 65–71% of the same reports encoded as Big5 and read as GB18030.
RARE_SHARE = 0.2


# What Big5 bytes read as GB18030 give besides rare characters, and Chinese reports do not write: kana,
# Greek and Cyrillic letters, box drawing (財政收入 → 癩現Μκ, 政府工作報告 → 現┎厨). With them, a short
# Big5 text is told from GB18030 as surely as a long one.
UNLIKELY = re.compile(r"[\u0370-\u03ff\u0400-\u04ff\u2500-\u257f\u3040-\u30ff]")


def _rare_share(text: str) -> float:
    """The share of non-ASCII characters that GB2312 does not hold or that Chinese reports do not
    write (UNLIKELY); 0 for a text of fewer than two."""
    wide = sum(1 for ch in text if ord(ch) > 127)
    if wide < 2:
        return 0.0
    common = text.encode("gb2312", errors="ignore").decode("gb2312")
    return (len(text) - len(common) + len(UNLIKELY.findall(common))) / wide


# The characters of a Chinese report as UTF-16 (ASCII, CJK ideographs and punctuation, full-width forms).
REPORT_CHARACTERS = re.compile(r"[\t\n\r\x20-\x7e\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]")


def _is_utf16(raw: bytes) -> bool:
    """Whether the bytes read as UTF-16 (either byte order) give a Chinese text and nothing else:
    any other bytes so read give characters of every script, and lone surrogates."""
    if len(raw) < 4 or len(raw) % 2:
        return False
    for codec in ("utf-16-le", "utf-16-be"):
        try:
            text = raw.decode(codec)
        except UnicodeDecodeError:
            continue
        if len(REPORT_CHARACTERS.findall(text)) >= 0.98 * len(text) and "\x00" not in text:
            return True
    return False


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
    return document(str(path), normalise_newlines(decode(raw, str(path))))


def document(path: str, text: str) -> Document:
    """The document of a text report's decoded text."""
    if "\t" in text or "|" in text or "｜" in text:
        return _with_tables(path, text)
    return Document(path, text, blocks(text))


def _with_tables(path: str, text: str) -> Document:
    """A text report whose tables (cells separated by tabs or pipes, a row a line, or a whole
    table flattened on one line) are read row by row like a Word table, each row a sentence
    on the line the row was on, so that the rules check tables in appendices as prose."""
    lines = text.split("\n")
    out: list[str] = []
    found: list[Block] = []
    position = i = tables = 0
    while i < len(lines):
        run = i
        while run < len(lines) and cells_of(lines[run]) is not None:
            run += 1
        flat = unflatten(cells) if run == i + 1 and (cells := cells_of(lines[i])) else None
        if run - i >= 2 or flat:
            tables += 1
            title, rows = flat if flat else ("", [cells_of(line) or [] for line in lines[i:run]])
            head = f"{title}。" if title else ""
            table_text, cells_found = linearise(rows, tables, position + len(head))
            # One table line per row; a flattened table stays on its one line.
            # (Its row breaks become a 。 after the header and a space after each row: one
            # character each, so the cells keep their offsets.)
            table_lines = (
                table_text.split("\n") if not flat else [head + table_text.replace("\n", "。", 1).replace("\n", " ")]
            )
            out.extend(table_lines)
            found.extend(cells_found)
            position += sum(len(line) + 1 for line in table_lines)
            i = run
            continue
        out.append(lines[i])
        if lines[i].strip():
            found.append(Block(position, position + len(lines[i])))
        position += len(lines[i]) + 1
        i += 1
    return Document(path, "\n".join(out), tuple(found))
