"""Tables → sentences, so that the rule kinds read a table row as they read prose.

A report's table of indicators (指标 | 单位 | 2023年计划 | 2023年完成 | 完成率)
states in each row what prose states in a sentence. Each row becomes one line:
the row's name, then each cell preceded by its column header, with the unit
column (or a unit in the header, 完成率（%）) written after bare numbers:

    固定资产投资：2023年计划108.4亿元，2023年完成129.9亿元，完成率119.8%。

Cue words live in the headers (计划, 完成, 完成率), so the shipped rules apply
unchanged; each cell keeps a block whose label names table, row and column.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from checker.model import Block
from checker.vocabulary import shipped_vocabulary

UNIT_IN_HEADER = re.compile(r"[（(]\s*([^（）()]{1,6})\s*[）)]\s*$")
BARE_NUMBER = re.compile(r"^[+-]?\d[\d,]*(?:\.\d+)?$")


def linearise(rows: Sequence[Sequence[str]], table: int, start: int) -> tuple[str, list[Block]]:
    """The text of a table as one line per body row, and a block per cell, from offset `start`."""
    if not rows:
        return "", []
    header = [cell.strip() for cell in rows[0]]
    unit_headers = shipped_vocabulary().words("unit_headers")
    unit_column = next((i for i, h in enumerate(header) if h in unit_headers), None)
    # The header row itself, as a line, so the table's title words are in the text.
    header_line = "、".join(h for h in header if h)
    lines = [header_line]
    blocks = [Block(start, start + len(header_line), "table-header", f"表{table} 第1行", (table, 0))]
    position = start + len(header_line) + 1
    for r, row in enumerate(rows[1:], start=1):
        line, cells = _row_line([cell.strip() for cell in row], header, unit_column)
        for cell_start, cell_end, c in cells:
            label = f"表{table} 第{r + 1}行第{c + 1}列"
            blocks.append(Block(position + cell_start, position + cell_end, "cell", label, (table, r, c)))
        lines.append(line)
        position += len(line) + 1
    return "\n".join(lines), blocks


def _row_line(cells: list[str], header: list[str], unit_column: int | None) -> tuple[str, list[tuple[int, int, int]]]:
    """A body row as one sentence (地区生产总值：2023年计划420亿元，2023年完成431.5亿元。) and, for each
    cell written in it, its start and end in the line and its column."""
    name = cells[0] if cells else ""
    row_unit = cells[unit_column] if unit_column is not None and unit_column < len(cells) else ""
    in_name = UNIT_IN_HEADER.search(name)
    if in_name and not row_unit:  # 地区生产总值（亿元）: the row's unit in its name
        row_unit, name = in_name.group(1), name[: in_name.start()].strip()
    parts = [
        (*_labelled_value(header[c] if c < len(header) else "", cells[c], row_unit), c)
        for c in range(1, len(cells))
        if c != unit_column and cells[c]
    ]
    line = f"{name}：" if name else ""
    spans = []
    for i, (label, value, c) in enumerate(parts):
        line += label
        spans.append((len(line), len(line) + len(value), c))
        line += value + ("，" if i < len(parts) - 1 else "。")
    return line, spans


def _labelled_value(label: str, value: str, unit: str) -> tuple[str, str]:
    """A cell's column header and its value, with the unit (the header's own, 完成率（%）, else the row's)
    written after a bare number, and taken out of the header."""
    in_header = UNIT_IN_HEADER.search(label)
    if in_header:
        unit = in_header.group(1)
        label = label[: in_header.start()].strip()
    if BARE_NUMBER.match(value) and unit:
        value += unit
    return label, value


# A line of plain text holds table cells when they are separated by tabs or by pipes (| or ｜).
CELL_SEPARATOR = re.compile(r"\t+|[ \u3000]*[|｜][ \u3000]*")
NUMERIC_CELL = re.compile(r"^[+-]?\d[\d,]*(?:\.\d+)?%?$")
WIDEST = 10  # columns a flattened table is tried with


def cells_of(line: str) -> list[str] | None:
    """The cells of a line of a plain-text table (指标\t计划\t完成, | 指标 | 计划 |), or None when
    the line has fewer than three."""
    if "\t" not in line and "|" not in line and "｜" not in line:
        return None
    cells = [cell.strip() for cell in CELL_SEPARATOR.split(line.strip())]
    if cells and not cells[0]:
        cells = cells[1:]
    if cells and not cells[-1]:
        cells = cells[:-1]
    return cells if len(cells) >= 3 else None


def unflatten(cells: Sequence[str]) -> tuple[str, list[list[str]]] | None:
    """A table written on one line (附表：主要指标完成情况 | 指标 | 计划 | 完成 | 完成率 |
    地区生产总值（亿元） | 420 | 431.5 | 102.7% | …) as (title, rows), or None.

    The width is the one, alone, that makes every row a name then cells each column
    keeps numeric or not throughout, under a header of no bare numbers; two widths
    that both fit leave the line as prose."""
    found = []
    for title in (0, 1):
        for width in range(3, WIDEST + 1):
            rows = [list(cells[i : i + width]) for i in range(title, len(cells), width)]
            if len(rows) >= 2 and _is_table(rows, width):
                found.append(("".join(cells[:title]), rows))
    return found[0] if len(found) == 1 else None


def _is_table(rows: list[list[str]], width: int) -> bool:
    if any(len(row) != width for row in rows):
        return False
    header, body = rows[0], rows[1:]
    if any(NUMERIC_CELL.match(cell) for cell in header) or any(NUMERIC_CELL.match(row[0]) for row in body):
        return False
    numeric = [[bool(NUMERIC_CELL.match(row[c])) for row in body] for c in range(1, width)]
    return all(len(set(column)) == 1 for column in numeric) and any(column[0] for column in numeric)
