"""The terminal report, for people: columns that line up Chinese text.

Rows are laid out here with rich's cell widths (a CJK character takes two
cells) and printed as one Text: rich's Table measures every cell again and
costs ten times as much on a report's three hundred figures, which a drafter
would feel at every run.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, TextIO

from checker.model import Document, Extraction, Figure, Finding, SetAside
from checker.report.records import stale_line, statistics_records
from checker.report.wording import (
    FIGURE_HEADER,
    QUALIFIER,
    SEVERITY,
    STATUS,
    TARGET_HEADER,
    figures_summary,
    localise,
    place,
    reason,
    targets_summary,
)

if TYPE_CHECKING:
    from rich.text import Text

    from checker.model import LintReport, TargetRow

CONTEXT = 10  # characters of the sentence shown on each side of a figure
RIGHT_ALIGNED = frozenset({0, 2})


def figures(
    results: Sequence[tuple[Document, Extraction]], out: TextIO, *, show_set_aside: bool, lang: str = "zh"
) -> None:
    from rich.console import Console
    from rich.text import Text

    console = Console(file=out, highlight=False)
    total = aside = 0
    for document, extraction in results:
        items: list[Figure | SetAside] = list(extraction.figures)
        if show_set_aside:
            items += extraction.set_aside
        rows = [_figure_row(document, item, lang) for item in sorted(items, key=lambda item: item.start)]
        console.print(Text(document.path, style="bold underline"), soft_wrap=True)
        console.print(columns(FIGURE_HEADER[lang], rows), soft_wrap=True)
        total += len(extraction.figures)
        aside += len(extraction.set_aside)
    console.print(figures_summary(total, len(results), aside, show_set_aside, lang), soft_wrap=True)


Cell = tuple[str, str] | list[tuple[str, str]]  # (text, style) or a run of them


def _figure_row(document: Document, item: Figure | SetAside, lang: str) -> list[Cell]:
    line, column = document.position(item.start)
    location = (f"{line}:{column}", "cyan")
    if isinstance(item, SetAside):
        return [
            location,
            (item.text, "dim"),
            ("", ""),
            ("", ""),
            (reason(item.reason, lang), "dim italic"),
            excerpt(document, item.start, item.end, style="underline"),
        ]
    value = str(item.value) if item.upper is None else f"{item.value}–{item.upper}"
    qualifier = QUALIFIER[lang][item.qualifier.value] if item.qualifier else ""
    return [
        location,
        (item.text, "bold"),
        (value, ""),
        (item.unit, ""),
        (qualifier, "yellow"),
        excerpt(document, item.start, item.end),
    ]


def columns(header: Sequence[str], rows: Sequence[Sequence[Cell]], right: frozenset[int] = RIGHT_ALIGNED) -> Text:
    """Rows as aligned columns under a bold header; `right` columns align right, the last is not padded."""
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
            if i in right:
                table.append(pad)
            for text, style in parts:
                table.append(text, style)
            table.append("  " if i in right else pad + "  ")
        table.append("\n")
    return table


def excerpt(document: Document, start: int, end: int, style: str = "bold") -> list[tuple[str, str]]:
    """The figure in its line, CONTEXT characters each side, the figure in `style`."""
    text = document.text
    left = max(text.rfind("\n", max(0, start - CONTEXT), start) + 1, start - CONTEXT)
    newline = text.find("\n", end, end + CONTEXT)
    right = min(end + CONTEXT, len(text) if newline == -1 else newline)
    before = ("…" if left > 0 and text[left - 1] != "\n" else "") + text[left:start]
    after = text[end:right] + ("…" if right < len(text) and text[right] != "\n" else "")
    return [(before, ""), (text[start:end], style), (after, "")]


# --- lint -----------------------------------------------------------------------------

SEVERITY_STYLE = {"error": "bold red", "warning": "bold yellow", "info": "bold blue"}
WINDOW = 70  # cells of sentence shown around a finding's figures


def findings(report: LintReport, out: TextIO, *, lang: str) -> None:
    """Each finding as compilers show errors: the sentence with its figures underlined,
    the related figures and the computation; then a summary."""
    from rich.console import Console
    from rich.text import Text

    console = Console(file=out, highlight=False)
    for linted, result in report.files:
        for finding in result.findings:
            document = report.document(finding.path, linted)
            head = Text()
            head.append(f"{_where(document, finding, lang)}: ", style="bold")
            head.append(f"{finding.code} ", style="bold")
            head.append(SEVERITY[lang][finding.severity.value], style=SEVERITY_STYLE[finding.severity.value])
            head.append(f" {finding.message(lang)} ")
            head.append(f"[{finding.name}]", style="dim")
            console.print(head, soft_wrap=True)
            console.print(_underlined(document, finding), soft_wrap=True)
            if finding.related:
                related = ", ".join(_related(report, linted, finding, r, lang) for r in finding.related)
                console.print(
                    Text(f"   = {'相关' if lang == 'zh' else 'related'}: {related}", style="cyan"), soft_wrap=True
                )
            label = "计算" if lang == "zh" else "computation"
            console.print(Text(f"   = {label}: {localise(finding.computation, lang)}", style="cyan"), soft_wrap=True)
            console.print()
    for entry in report.stale:
        console.print(Text(f"{entry.get('path', '')}: {stale_line(entry, lang)}", style="dim"), soft_wrap=True)
    console.print(summary(report, lang), soft_wrap=True)


def _underlined(document: Document, finding: Finding) -> Text:
    """The finding's sentence (a window of it) with ^ under the figure, ~ under related ones."""
    from rich.cells import cell_len
    from rich.text import Text

    text = document.text
    left, right = finding.sentence
    marks = [(finding.start, finding.end, "^")]
    marks += [
        (r.start, r.end, "~") for r in finding.related if r.path == finding.path and left <= r.start and r.end <= right
    ]
    lo = min(m[0] for m in marks)
    hi = max(m[1] for m in marks)
    # Keep the window readable: around all marks if they fit, else around the primary figure.
    if cell_len(text[lo:hi]) > WINDOW:
        marks, lo, hi = marks[:1], finding.start, finding.end
    pad = max(0, (WINDOW - cell_len(text[lo:hi])) // 2)
    start = max(left, lo - pad // 2)
    end = min(right, hi + pad // 2)
    snippet = text[start:end].rstrip("\n")
    line, _ = document.position(finding.start)
    gutter = f"{line:>5} | "
    under = [" "] * cell_len(snippet)
    for mark_start, mark_end, char in sorted(marks, key=lambda m: m[2] == "^"):
        column = cell_len(text[start:mark_start])
        for i in range(column, min(column + cell_len(text[mark_start:mark_end]), len(under))):
            under[i] = char
    result = Text(gutter, style="dim")
    result.append(("…" if start > left else "") + snippet + ("…" if end < right else ""))
    result.append("\n" + " " * (len(gutter) - 2) + "| ", style="dim")
    result.append((" " if start > left else "") + "".join(under).rstrip(), style="bold red")
    return result


def _related(report: LintReport, linted: Document, finding: Finding, related, lang: str) -> str:
    """A related figure with its location, and its file when that is not the finding's."""
    document = report.document(related.path, linted)
    where = place(document.location(related.start), lang)
    return f"{related.text} ({where})" if related.path == finding.path else f"{related.text} ({related.path} {where})"


def _where(document: Document, finding: Finding, lang: str) -> str:
    """path:line:col, and the block's label where the reader gave one (表1 第3行第5列)."""
    label = place(document.location(finding.start), lang)
    plain = f"{finding.path}:{finding.line}:{finding.column}"
    return plain if label == f"{finding.line}:{finding.column}" else f"{plain} ({label})"


def summary(report: LintReport, lang: str) -> str:
    files = len(report.files)
    figures = sum(r.figures for _, r in report.files)
    checks = sum(r.checks for _, r in report.files)
    passed = sum(r.passed for _, r in report.files)
    unchecked = sum(r.unchecked_figures for _, r in report.files)
    errors, warnings, infos = (report.count(s) for s in ("error", "warning", "info"))
    against = ", ".join(d.path for d in report.others)
    if lang == "zh":
        text = (
            f"{files} 个文件{f'（对照上年报告 {against}）' if against else ''}，{figures} 个数字，{checks} 项检查（{passed} 项通过）；"
            f"错误 {errors}，警告 {warnings}，提示 {infos}；{unchecked} 个数字未参与任何检查"
        )
        if report.hidden or report.stale:
            text += f"；基线隐藏 {report.hidden} 项，{len(report.stale)} 项基线条目已不再匹配"
        return text
    text = (
        f"{files} file(s){f' (against last year: {against})' if against else ''}, {figures} figures, "
        f"{checks} checks ({passed} passed); "
        f"{errors} error(s), {warnings} warning(s), {infos} info; {unchecked} figures took part in no check"
    )
    if report.hidden or report.stale:
        text += f"; {report.hidden} hidden by the baseline, {len(report.stale)} baseline entries no longer match"
    return text


def statistics(report: LintReport, out: TextIO, *, lang: str = "zh") -> None:
    """Findings counted by rule, most frequent first (ruff's --statistics)."""
    for row in statistics_records(report):
        out.write(f"{row['count']:>5}  {row['code']:<6} {SEVERITY[lang][row['severity']]:<8} {row['name']}\n")


# --- targets -------------------------------------------------------------------------

STATUS_STYLE = {"met": "green", "missed": "bold red", "not reported": "yellow", "not comparable": "magenta"}


def targets(rows: Sequence[TargetRow], previous: Document, current: Document, out: TextIO, *, lang: str = "zh") -> None:
    """The auditor's table: each target, its actual, the status in colour; then the counts."""
    from rich.console import Console

    console = Console(file=out, highlight=False)
    console.print(f"[bold]{previous.path}[/bold] → [bold]{current.path}[/bold]", soft_wrap=True)
    lines = []
    for row in rows:
        style = STATUS_STYLE[row.status]
        target_at = place(previous.location(row.target.start), lang)
        actual_at = place(current.location(row.actual.start), lang) if row.actual else ""
        name = row.indicator if len(row.indicator) <= 14 else row.indicator[:13] + "…"
        lines.append(
            [
                (("★ " if row.headline else "  ") + name, "bold" if row.headline else ""),
                (row.target.text, ""),
                (target_at, "cyan"),
                (row.actual.text if row.actual else "—", ""),
                (actual_at, "cyan"),
                (STATUS[lang][row.status], style),
                (localise(row.note, lang), "dim"),
            ]
        )
    console.print(columns(TARGET_HEADER[lang], lines, right=frozenset()), soft_wrap=True)
    counts = {status: sum(1 for row in rows if row.status == status) for status in STATUS_STYLE}
    parts, tail = targets_summary(counts, len(rows), lang)
    console.print(
        " / ".join(f"[{STATUS_STYLE[s]}]{part}[/]" for s, part in zip(counts, parts, strict=True)) + tail,
        soft_wrap=True,
    )
