"""Make .docx and .pdf reports for tests (python-docx, reportlab), from text or rows."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path


def docx_from_text(text: str, path: Path, tables: Sequence[Sequence[Sequence[str]]] = ()) -> Path:
    """One Word paragraph per line of `text`, then the tables."""
    import docx

    word = docx.Document()
    for line in text.split("\n"):
        word.add_paragraph(line)
    for rows in tables:
        table = word.add_table(rows=len(rows), cols=len(rows[0]))
        for r, row in enumerate(rows):
            for c, value in enumerate(row):
                table.cell(r, c).text = value
    word.save(str(path))
    return path


def pdf_from_text(text: str, path: Path, lines_per_page: int = 45) -> Path:
    """Each line of `text` drawn in a built-in Chinese CID font, pages of `lines_per_page`."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    pdf = canvas.Canvas(str(path))
    lines = text.split("\n")
    for page in range(0, len(lines), lines_per_page):
        pdf.setFont("STSong-Light", 9)
        for i, line in enumerate(lines[page : page + lines_per_page]):
            pdf.drawString(20, 800 - 17 * i, line)
        pdf.showPage()
    pdf.save()
    return path
