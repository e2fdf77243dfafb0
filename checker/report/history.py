"""`indicheck history`: the chain of years in a table (rich), CSV, JSON and one HTML page.

Each row is a targets-table row (records.target_record) with its year, so the shapes are those of
`indicheck targets`. The HTML page draws one chart per indicator as inline SVG written here: no
script, font or chart library from the network, so it opens offline, as the lint HTML report does.
"""

from __future__ import annotations

import csv as csv_module
import json as json_module
from decimal import Decimal
from html import escape
from typing import TYPE_CHECKING, Any, TextIO

from checker.report.records import TARGET_COLUMNS, target_flat, target_record
from checker.report.wording import STATUS, localise

if TYPE_CHECKING:
    from checker.history import History, YearRow

HEADER = {
    "zh": ("指标", "年份", "目标", "实际", "状态", "说明"),
    "en": ("indicator", "year", "target", "actual", "status", "note"),
}
TITLE = {"zh": "历年主要预期目标与实际", "en": "Headline targets and actuals, year by year"}
NO_ROWS = {
    "zh": "没有可配对的相邻年份报告（需要同一政府连续两年的报告）",
    "en": "no consecutive years to pair (give reports of one government for consecutive years)",
}
# Chart colours of the statuses (the terminal's STATUS_STYLE, as CSS colours).
COLOUR = {"met": "#1a7f37", "missed": "#cf222e", "not reported": "#9a6700", "not comparable": "#8250df"}


def record(entry: YearRow, lang: str) -> dict[str, Any]:
    """The JSON shape of one year of one indicator: the targets table's record with its year."""
    return {"year": entry.year, **target_record(entry.row, entry.previous, entry.current, lang)}


def as_json(history: History, lang: str) -> dict[str, Any]:
    """What `history --format json` and POST /api/history answer."""
    return {
        "years": list(history.years),
        "indicators": [
            {"indicator": name, "years": [record(entry, lang) for entry in history.of(name)]}
            for name in history.indicators()
        ],
        "problems": list(history.problems),
    }


def json(history: History, out: TextIO, *, lang: str = "zh") -> None:
    out.write(json_module.dumps(as_json(history, lang), ensure_ascii=False, indent=2) + "\n")


def csv(history: History, out: TextIO, *, lang: str = "zh") -> None:
    writer = csv_module.DictWriter(out, fieldnames=["year", *TARGET_COLUMNS], lineterminator="\n")
    writer.writeheader()
    writer.writerows({"year": e.year, **target_flat(e.row, e.previous, e.current, lang)} for e in history.rows)


def table(history: History, out: TextIO, *, lang: str = "zh") -> None:
    """One block per indicator: each year's target, actual and status in colour."""
    from rich.console import Console

    from checker.report.terminal import STATUS_STYLE, columns

    console = Console(file=out, highlight=False)
    if not history.rows:
        console.print(NO_ROWS[lang])
        return
    lines = []
    for name in history.indicators():
        for i, entry in enumerate(history.of(name)):
            row = entry.row
            lines.append(
                [
                    (name if i == 0 else "", "bold"),
                    (str(entry.year), "cyan"),
                    (row.target.text, ""),
                    (row.actual.text if row.actual else "—", ""),
                    (STATUS[lang][row.status], STATUS_STYLE[row.status]),
                    (localise(row.note, lang), "dim"),
                ]
            )
    console.print(columns(HEADER[lang], lines, right=frozenset()), soft_wrap=True)


def html(history: History, out: TextIO, *, lang: str = "zh") -> None:
    """A self-contained page: one chart per indicator, then the table."""
    from checker.report.html import STYLE

    out.write(
        f'<!doctype html>\n<html lang="{lang}"><head><meta charset="utf-8"><title>indicheck · {TITLE[lang]}</title>'
        f"<style>{STYLE}{CHART_STYLE}</style></head><body>\n<header><h1>{TITLE[lang]}</h1>"
        f"<p>{escape(', '.join(str(y) for y in history.years))}</p></header>\n<main>\n"
        + fragment(history, lang)
        + "</main></body></html>\n"
    )


CHART_STYLE = """
.charts{display:flex;flex-wrap:wrap;gap:1rem;padding:0 2rem}
.chart{border:1px solid #d0d7de;border-radius:.4rem;padding:.5rem;background:#fff;margin:0}
.chart h3{font-size:1rem;margin:.2rem 0 .4rem}
table.history{border-collapse:collapse;margin:1rem 2rem} table.history td,table.history th{border:1px solid #d0d7de;padding:.2rem .6rem}
"""


def fragment(history: History, lang: str) -> str:
    """The charts and the table, without the page around them: what the web app shows."""
    if not history.rows:
        return f'<p class="empty">{escape(NO_ROWS[lang])}</p>'
    charts = "".join(
        f'<figure class="chart" data-indicator="{escape(name)}"><h3>{escape(name)}</h3>'
        f"{chart(history.of(name), lang)}</figure>"
        for name in history.indicators()
    )
    head = "".join(f"<th>{escape(h)}</th>" for h in HEADER[lang])
    body = "".join(
        f'<tr data-status="{e.row.status}"><td>{escape(e.row.indicator)}</td><td>{e.year}</td>'
        f"<td>{escape(e.row.target.text)}</td><td>{escape(e.row.actual.text) if e.row.actual else '—'}</td>"
        f'<td style="color:{COLOUR[e.row.status]}">{escape(STATUS[lang][e.row.status])}</td>'
        f"<td>{escape(localise(e.row.note, lang))}</td></tr>"
        for e in history.rows
    )
    legend = " ".join(
        f'<span style="color:{COLOUR[s]}">● {escape(STATUS[lang][s])}</span>'
        for s in ("met", "missed", "not comparable")
    )
    mark = "▬ 目标" if lang == "zh" else "▬ target"
    return (
        f'<p class="legend"><span style="color:#57606a">{mark}</span> {legend}</p>'
        f'<div class="charts">{charts}</div><table class="history"><tr>{head}</tr>{body}</table>'
    )


WIDTH, HEIGHT, PAD_LEFT, PAD_BOTTOM, PAD_TOP = 360, 200, 46, 28, 12


def chart(entries: list[YearRow], lang: str) -> str:
    """Years across, values up: the target as a grey bar (a band for a range), the actual as a dot
    coloured by its status. Values are drawn in the target's unit as written (7.5% as 7.5, 900万人 as
    900), so one axis serves both."""
    points = []
    for e in entries:
        target, actual = e.row.target, e.row.actual
        scale = target.scale if target.multiplier else Decimal(1)
        low = target.value / scale
        high = (target.upper / scale) if target.upper is not None else low
        value = actual.value / scale if actual is not None and actual.unit == target.unit else None
        points.append((e.year, float(low), float(high), None if value is None else float(value), e))
    values = [v for p in points for v in (p[1], p[2], p[3]) if v is not None]
    bottom, top = min(0.0, *values), max(values) * 1.15 or 1.0
    first, last = min(p[0] for p in points), max(p[0] for p in points)
    span = max(last - first, 1)
    plot_w, plot_h = WIDTH - PAD_LEFT - 10, HEIGHT - PAD_BOTTOM - PAD_TOP

    def x(year: int) -> float:
        if first == last:  # one year: in the middle
            return PAD_LEFT + plot_w / 2
        return PAD_LEFT + 10 + (year - first) / span * (plot_w - 20)

    def y(value: float) -> float:
        return PAD_TOP + plot_h - (value - bottom) / (top - bottom) * plot_h

    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{WIDTH}" height="{HEIGHT}" role="img" '
        f'viewBox="0 0 {WIDTH} {HEIGHT}" font-size="10">',
        f'<line x1="{PAD_LEFT}" y1="{y(bottom):.1f}" x2="{WIDTH - 10}" y2="{y(bottom):.1f}" stroke="#8c959f"/>',
        f'<line x1="{PAD_LEFT}" y1="{PAD_TOP}" x2="{PAD_LEFT}" y2="{y(bottom):.1f}" stroke="#8c959f"/>',
    ]
    for tick in (bottom, (bottom + top) / 2, top):
        parts.append(
            f'<text x="{PAD_LEFT - 4}" y="{y(tick) + 3:.1f}" text-anchor="end" fill="#57606a">{tick:.3g}</text>'
        )
    for year, target_low, target_high, shown, e in points:
        cx = x(year)
        parts.append(f'<text x="{cx:.1f}" y="{HEIGHT - 10}" text-anchor="middle" fill="#57606a">{year}</text>')
        top_y, bottom_y = y(target_high), y(target_low)
        parts.append(
            f'<rect class="target" x="{cx - 11:.1f}" y="{top_y - 2:.1f}" width="22" height="{bottom_y - top_y + 4:.1f}" '
            f'fill="#57606a" opacity="0.7"><title>{e.year} {escape(e.row.target.text)}</title></rect>'
        )
        if shown is not None:
            status = STATUS[lang][e.row.status]
            assert e.row.actual is not None  # a value comes from an actual
            parts.append(
                f'<circle class="actual" data-status="{e.row.status}" cx="{cx:.1f}" cy="{y(shown):.1f}" r="4.5" '
                f'fill="{COLOUR[e.row.status]}"><title>{e.year} {escape(e.row.actual.text)} {status}</title></circle>'
            )
    parts.append("</svg>")
    return "".join(parts)
