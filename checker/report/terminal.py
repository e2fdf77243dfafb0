"""The terminal report, for people: columns that line up Chinese text.

Rows are laid out here with rich's cell widths (a CJK character takes two
cells) and printed as one Text: rich's Table measures every cell again and
costs ten times as much on a report's three hundred figures, which a drafter
would feel at every run.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, TextIO

from checker.model import Document, Extraction, Figure, SetAside

if TYPE_CHECKING:
    from rich.text import Text

CONTEXT = 10  # characters of the sentence shown on each side of a figure
FIGURE_HEADER = ("位置", "数字", "值", "单位", "限定", "语句")
RIGHT_ALIGNED = {0, 2}


def figures(results: Sequence[tuple[Document, Extraction]], out: TextIO, *, show_set_aside: bool) -> None:
    from rich.console import Console
    from rich.text import Text

    console = Console(file=out, highlight=False)
    total = aside = 0
    for document, extraction in results:
        items: list[Figure | SetAside] = list(extraction.figures)
        if show_set_aside:
            items += extraction.set_aside
        rows = [_figure_row(document, item) for item in sorted(items, key=lambda item: item.start)]
        console.print(Text(document.path, style="bold underline"))
        console.print(columns(FIGURE_HEADER, rows), soft_wrap=True)
        total += len(extraction.figures)
        aside += len(extraction.set_aside)
    hint = "" if show_set_aside else " (--all shows them)"
    console.print(f"{total} figures in {len(results)} file(s); {aside} numbers set aside{hint}")


Cell = tuple[str, str] | list[tuple[str, str]]  # (text, style) or a run of them


def _figure_row(document: Document, item: Figure | SetAside) -> list[Cell]:
    line, column = document.position(item.start)
    location = (f"{line}:{column}", "cyan")
    if isinstance(item, SetAside):
        return [location, (item.text, "dim"), ("", ""), ("", ""), (item.reason, "dim italic"),
                excerpt(document, item.start, item.end, style="underline")]  # fmt: skip
    value = str(item.value) if item.upper is None else f"{item.value}–{item.upper}"
    qualifier = item.qualifier.value if item.qualifier else ""
    return [location, (item.text, "bold"), (value, ""), (item.unit, ""), (qualifier, "yellow"),
            excerpt(document, item.start, item.end)]  # fmt: skip


def columns(header: Sequence[str], rows: Sequence[Sequence[Cell]]) -> Text:
    """Rows as aligned columns under a bold header; the last column is not padded."""
    from rich.cells import cell_len
    from rich.text import Text

    def runs(cell: Cell) -> list[tuple[str, str]]:
        return cell if isinstance(cell, list) else [cell]

    cells = [[(h, "bold") for h in header], *rows]
    widths = [max(cell_len("".join(t for t, _ in runs(row[i]))) for row in cells) for i in range(len(header) - 1)]
    table = Text()
    for row in cells:
        for i, cell in enumerate(row):
            parts = runs(cell)
            if i == len(widths):
                for text, style in parts:
                    table.append(text, style)
                continue
            pad = " " * (widths[i] - cell_len("".join(t for t, _ in parts)))
            if i in RIGHT_ALIGNED:
                table.append(pad)
            for text, style in parts:
                table.append(text, style)
            table.append("  " if i in RIGHT_ALIGNED else pad + "  ")
        table.append("\n")
    return table


def excerpt(document: Document, start: int, end: int, style: str = "bold") -> list[tuple[str, str]]:
    """The figure in its line, CONTEXT characters each side, the figure in `style`."""
    text = document.text
    left = max(text.rfind("\n", 0, start) + 1, start - CONTEXT)
    newline = text.find("\n", end)
    right = min(end + CONTEXT, len(text) if newline == -1 else newline)
    before = ("…" if left > 0 and text[left - 1] != "\n" else "") + text[left:start]
    after = text[end:right] + ("…" if right < len(text) and text[right] != "\n" else "")
    return [(before, ""), (text[start:end], style), (after, "")]
