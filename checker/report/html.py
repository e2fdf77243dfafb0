"""One self-contained HTML page for auditors: the report's text with the flagged figures
highlighted, each finding's message and computation beside its paragraph, a summary on top.

No script, no font, no stylesheet from the network: the page opens offline and
can be mailed or archived as it is.
"""

from __future__ import annotations

from collections.abc import Sequence
from html import escape
from typing import TYPE_CHECKING, TextIO

from checker import __version__
from checker.model import Document, Finding
from checker.report.coverage import STATUSES, FigureStatus, statuses
from checker.report.coverage import WORDS as COVERAGE_WORDS
from checker.report.records import STALE_LABEL, stale_line
from checker.report.wording import SEVERITY, localise, place

if TYPE_CHECKING:
    from checker.model import LintReport

STYLE = """
body{font-family:"Noto Sans CJK SC","Source Han Sans SC","Microsoft YaHei",sans-serif;margin:0;color:#1f2328}
header{padding:1.5rem 2rem;background:#f6f8fa;border-bottom:1px solid #d0d7de}
h1{margin:0 0 .5rem;font-size:1.4rem} h2{font-size:1.1rem;margin:2rem 2rem .5rem}
.counts span{display:inline-block;margin-right:1.5rem;font-weight:600}
.error{color:#cf222e} .warning{color:#9a6700} .info{color:#0969da}
.row{display:grid;grid-template-columns:minmax(0,3fr) minmax(0,2fr);gap:1.5rem;padding:.2rem 2rem}
.row.flagged{background:#fffbea}
.text{margin:.3rem 0;line-height:1.8} .line{color:#8c959f;font-size:.75rem;margin-right:.6rem}
mark{padding:0 .1rem;border-radius:.2rem} mark.error{background:#ffd7d5} mark.warning{background:#fff1b8}
mark.info{background:#ddf4ff} .related{border-bottom:2px dotted #57606a}
.verified{border-bottom:2px solid #2da44e} .target{border-bottom:2px dashed #bf8700}
.unchecked{border-bottom:1px dotted #8c959f;color:#57606a} .legend span{margin-right:.8rem}
.finding{border-left:4px solid;padding:.3rem .7rem;margin:.3rem 0;background:#fff}
.finding.error{border-color:#cf222e} .finding.warning{border-color:#d4a72c} .finding.info{border-color:#0969da}
.finding p{margin:.2rem 0;color:#1f2328}
.index{margin:.8rem 0 0;padding-left:1.4rem;line-height:1.7} .index a{color:inherit;margin-right:.4rem} .finding code{font-size:.8rem;color:#57606a;white-space:pre-wrap}
"""


def findings(report: LintReport, out: TextIO, *, lang: str) -> None:
    """--format html: one self-contained page (no script, no request out) an auditor can open or mail:
    the counts and an index of findings, then each report's text with its figures marked, and last
    year's report only where a finding points into it."""
    counts = {s: report.count(s) for s in ("error", "warning", "info")}
    labels = {"zh": ("错误", "警告", "提示"), "en": ("errors", "warnings", "info")}[lang]
    out.write(
        f'<!doctype html>\n<html lang="{lang}"><head><meta charset="utf-8">'
        f"<title>indicheck {escape(', '.join(d.path for d, _ in report.files))}</title>"
        f"<style>{STYLE}</style></head><body>\n<header><h1>indicheck {__version__}</h1>"
        f'<p class="counts">'
        + "".join(
            f'<span class="{s}" data-count="{counts[s]}">{label} {counts[s]}</span>'
            for s, label in zip(("error", "warning", "info"), labels, strict=True)
        )
        + f"</p><p>{escape(_summary(report, lang))}</p>{_legend(lang)}{_index(report, lang)}</header>\n<main>\n"
    )
    kinds = {rule.code: rule.kind for rule in report.rules}
    for file_number, (document, result) in enumerate(report.files, start=1):
        own = tuple(f for f in result.findings if f.path == document.path)
        out.write(f'<section class="file"><h2>{escape(document.path)}</h2>\n')
        _document(document, own, out, lang, f"F{file_number}-", figures=statuses(document, result, kinds))
        out.write("</section>\n")
        for other in report.others:
            theirs = tuple(f for f in result.findings if f.path == other.path)
            if theirs:
                out.write(f'<section class="file"><h2>{escape(other.path)}</h2>\n')
                _document(other, theirs, out, lang, f"F{file_number}-p", only_flagged=True)
                out.write("</section>\n")
    if report.stale:
        out.write(
            '<section class="stale"><h2>'
            + escape(STALE_LABEL[lang])
            + "</h2><ul>"
            + "".join(
                f"<li>{escape(str(entry.get('path', '')))}: {escape(stale_line(entry, lang))}</li>"
                for entry in report.stale
            )
            + "</ul></section>\n"
        )
    out.write("</main></body></html>\n")


def _index(report: LintReport, lang: str) -> str:
    """Every finding in one list at the top, each linked to its highlighted figure."""
    items = []
    for file_number, (linted, result) in enumerate(report.files, start=1):
        own = [f for f in result.findings if f.path == linted.path]
        for number, f in enumerate([*own, *(f for f in result.findings if f.path != linted.path)], start=1):
            document = report.document(f.path, linted)
            where = place(document.location(f.start), lang)
            anchor = f"F{file_number}-{number}" if f.path == linted.path else f"F{file_number}-p{number - len(own)}"
            items.append(
                f'<li class="{f.severity.value}"><a href="#{anchor}">{escape(document.path)} '
                f"{escape(where)}</a> {f.code} {escape(f.message(lang))}</li>"
            )
    return f'<ol class="index">{"".join(items)}</ol>' if items else ""


def _summary(report: LintReport, lang: str) -> str:
    from checker.report.terminal import summary

    return summary(report, lang)


def _legend(lang: str) -> str:
    """What the underlines of the figures mean: verified, compared with a target only, unchecked."""
    words = COVERAGE_WORDS["zh" if lang == "zh" else "en"]
    return '<p class="legend">' + "".join(f'<span class="{s}">{escape(words[s])}</span>' for s in STATUSES) + "</p>"


def _document(
    document: Document,
    found: tuple[Finding, ...],
    out: TextIO,
    lang: str,
    prefix: str,
    only_flagged: bool = False,
    figures: Sequence[FigureStatus] = (),
) -> None:
    """One report's text, line by line, with each finding's figure and related figures marked and the
    finding beside its line; the other figures underlined by what the rules did with them.

    A figure a finding marks gets no status underline too: two marks on one figure would nest and hide
    the finding's colour. With `only_flagged` (last year's report) only the lines findings point at.
    """
    text = document.text
    numbered = {id(f): i for i, f in enumerate(found, start=1)}
    marks = []  # (start, end, class, id or ""): findings first, then each figure's status
    for f in found:
        marks.append((f.start, f.end, f.severity.value, f"{prefix}{numbered[id(f)]}"))
        marks.extend((r.start, r.end, "related", "") for r in f.related if r.path == document.path)
    # A figure no finding marks is underlined by what the rules did with it, its rules in the title.
    marked = {m[0] for m in marks}
    marks.extend(
        (s.figure.start, s.figure.end, s.status, " ".join(s.codes)) for s in figures if s.figure.start not in marked
    )
    marks.sort(key=lambda m: (m[0], m[2] in ("related", *STATUSES)))
    position = 0
    for number, line in enumerate(text.split("\n"), start=1):
        end = position + len(line)
        here = [f for f in found if position <= f.start <= end]
        if (line.strip() and not only_flagged) or here:
            spans = [m for m in marks if position <= m[0] and m[1] <= end]
            css = "row flagged" if here else "row"
            out.write(
                f'<div class="{css}"><p class="text" id="L{number}"><span class="line">{number}</span>'
                f"{_highlight(text, position, end, spans)}</p><aside>"
            )
            for f in here:
                out.write(_finding(document, f, f"{prefix}{numbered[id(f)]}", lang))
            out.write("</aside></div>\n")
        position = end + 1


def _highlight(text: str, start: int, end: int, spans: list[tuple[int, int, str, str]]) -> str:
    parts, cursor = [], start
    for span_start, span_end, css, ident in spans:
        if span_start < cursor:
            continue  # overlaps a span already marked
        parts.append(escape(text[cursor:span_start]))
        inner = escape(text[span_start:span_end])
        if css == "related":
            parts.append(f'<span class="related">{inner}</span>')
        elif css in STATUSES:
            title = f' title="{escape(ident)}"' if ident else ""
            parts.append(f'<span class="{css}"{title}>{inner}</span>')
        else:
            parts.append(f'<mark class="{css}" id="{ident}">{inner}</mark>')
        cursor = span_end
    parts.append(escape(text[cursor:end]))
    return "".join(parts)


def _finding(document: Document, f: Finding, anchor: str, lang: str) -> str:
    related = "、".join(
        f"{r.text}（{place(document.location(r.start), lang) if r.path == document.path else r.path}）"
        for r in f.related
    )
    label = {"zh": ("相关", "计算"), "en": ("related", "computation")}[lang]
    return (
        f'<div class="finding {f.severity.value}" data-code="{f.code}"><p><a href="#{anchor}">{f.code}</a> '
        f"{escape(SEVERITY[lang][f.severity.value])} · {escape(f.name)}</p><p>{escape(f.message(lang))}</p>"
        + (f"<p>{label[0]}: {escape(related)}</p>" if related else "")
        + f"<code>{label[1]}: {escape(localise(f.computation, lang))}</code></div>"
    )
