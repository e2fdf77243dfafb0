"""Markdown reports: headings, paragraphs and pipe tables.

Markup is replaced by spaces of the same length (so line and column stay
those of the file): `## 一、2021年…执行情况` is read as the heading it is. A
pipe table (| 指标 | 计划 | 完成 |) is read row by row like a Word table.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import replace
from pathlib import Path

from checker.model import Block, Document
from checker.readers import limits
from checker.readers import text as plain
from checker.readers.tables import linearise

MARKUP = re.compile(r"^(\s*)(#{1,6}\s+|[-*+]\s+|>\s*|\d+\.\s+(?=\d))")
TABLE_ROW = re.compile(r"^\s*\|.*\|\s*$")
RULE_ROW = re.compile(r"^\s*\|(?:\s*:?-{2,}:?\s*\|)+\s*$")


def read(path: Path) -> Document:
    """A Markdown report with its markup blanked and its pipe tables read as rows.

    Markup becomes spaces of its own length rather than being removed, and a table's rule row (|---|)
    an empty line, so that every line and column of a finding is the one in the file the user opens.
    """
    source = plain.normalise_newlines(plain.decode(limits.read_bytes(path), str(path)))
    lines = source.split("\n")
    out: list[str] = []
    blocks: list[Block] = []
    position = 0
    i = tables = 0
    while i < len(lines):
        if TABLE_ROW.match(lines[i]):
            rows: list[list[str]] = []
            rules_after: list[int] = []  # for each rule row (|---|), the number of rows above it
            while i < len(lines) and TABLE_ROW.match(lines[i]):
                if RULE_ROW.match(lines[i]):
                    rules_after.append(len(rows))
                else:
                    rows.append([cell.strip() for cell in lines[i].strip().strip("|").split("|")])
                i += 1
            tables += 1
            table_text, cells = linearise(rows, tables, position)
            # One line per row, and an empty line where a rule row was, so that the lines below keep their numbers.
            table_lines = table_text.split("\n")
            for rows_above in sorted(rules_after, reverse=True):
                table_lines.insert(rows_above, "")
            starts = [0]
            for line in table_text.split("\n"):
                starts.append(starts[-1] + len(line) + 1)
            for cell in cells:
                row = bisect.bisect_right(starts, cell.start - position) - 1
                shift = sum(1 for rows_above in rules_after if rows_above <= row)
                blocks.append(replace(cell, start=cell.start + shift, end=cell.end + shift))
            out.extend(table_lines)
            position += sum(len(line) + 1 for line in table_lines)
            continue
        line = MARKUP.sub(lambda m: m.group(1) + " " * len(m.group(2)), lines[i])
        line = line.replace("**", "  ").replace("__", "  ")
        out.append(line)
        if line.strip():
            kind = "heading" if lines[i].lstrip().startswith("#") else "paragraph"
            blocks.append(Block(position, position + len(line), kind))
        position += len(line) + 1
        i += 1
    return Document(str(path), "\n".join(out), tuple(blocks))
