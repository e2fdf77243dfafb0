"""`--annotate OUT.docx`: the report with one Word comment per finding, on the flagged figure.

Drafters work in Word, and a comment on the figure itself is where they look.
The input is read, never written: the comments go into a copy (a .docx input)
or into a new document with one paragraph per line (any other input). Each
comment holds the rule, the message and the computation.

A comment can only be anchored on whole runs, so the run that holds the
figure is split at the figure's two ends first (the split runs keep their
formatting).
"""

from __future__ import annotations

import copy
import datetime as dt
import io
import os
import zipfile
from pathlib import Path
from typing import TYPE_CHECKING, Any

from checker.model import Document, Finding
from checker.report.wording import localise

if TYPE_CHECKING:
    from checker.model import LintReport

AUTHOR = "indicheck"
EARLIEST = dt.datetime(1980, 1, 1, tzinfo=dt.UTC)


class AnnotateError(Exception):
    """--annotate cannot write what was asked; one line, exit 2."""


def annotate(report: LintReport, target: Path, lang: str) -> int:
    """Write the annotated copy of the report's single document to `target`; return the comments written.

    A drafter works in Word, so the findings go back as Word comments anchored on the figures' own
    characters, in a copy: the input is never modified. Dates and zip times are fixed
    (SOURCE_DATE_EPOCH), so two runs on the same input give the same bytes."""
    import docx

    if len(report.files) != 1:
        raise AnnotateError("--annotate takes exactly one FILE; lint the others without it")
    document, result = report.files[0]
    source = Path(document.path)
    if target.resolve() == source.resolve():
        raise AnnotateError(f"{target}: is the input itself; give another path, the input is never modified")
    if target.suffix.lower() != ".docx":
        raise AnnotateError(f"{target}: the annotated copy is a Word file; give a path ending in .docx")
    if source.suffix.lower() == ".docx":
        word = docx.Document(str(source))
        locate = _docx_locator(word, document)
    else:
        word = docx.Document()
        for line in document.text.split("\n"):
            word.add_paragraph(line)
        locate = _text_locator(word, document)
    moment = written_at()
    written = 0
    for finding in result.findings:
        found = locate(finding)
        if found is None:
            continue
        paragraph, start, end = found
        runs = _isolate(paragraph, start, end)
        if not runs:
            continue
        comment = word.add_comment(runs, text=_comment(finding, lang), author=AUTHOR, initials="IC")
        comment._comment_elm.date = moment
        written += 1
    try:
        target.write_bytes(_fixed_times(word, moment))
    except OSError as error:
        raise AnnotateError(f"{target}: cannot be written ({error.strerror}); check the folder") from error
    return written


def written_at() -> dt.datetime:
    """The date the comments and the zip members carry: SOURCE_DATE_EPOCH (the reproducible-builds
    convention) when set, else 1980-01-01 (the earliest a zip can hold), never the clock, so that the same
    report and rules give the same bytes."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
    if epoch.isdigit():
        return max(dt.datetime.fromtimestamp(int(epoch), dt.UTC), EARLIEST)
    return EARLIEST


def _fixed_times(word: Any, moment: dt.datetime) -> bytes:
    """The saved document with every zip member dated `moment` (python-docx dates them by the clock)."""
    saved = io.BytesIO()
    word.save(saved)
    fixed = io.BytesIO()
    stamp = moment.timetuple()[:6]
    with zipfile.ZipFile(saved) as source, zipfile.ZipFile(fixed, "w", zipfile.ZIP_DEFLATED) as target:
        for item in source.infolist():
            member = zipfile.ZipInfo(item.filename, date_time=stamp)
            member.compress_type = zipfile.ZIP_DEFLATED
            member.external_attr = 0o644 << 16
            target.writestr(member, source.read(item.filename))
    return fixed.getvalue()


def _comment(finding: Finding, lang: str) -> str:
    label = "计算" if lang == "zh" else "computation"
    return f"{finding.code} {finding.name}\n{finding.message(lang)}\n{label}: {localise(finding.computation, lang)}"


def _text_locator(word: Any, document: Document):
    """Text input: line N of the text is paragraph N of the new document."""

    def locate(finding: Finding):
        line, column = document.position(finding.start)
        return word.paragraphs[line - 1], column - 1, column - 1 + (finding.end - finding.start)

    return locate


def _docx_locator(word: Any, document: Document):
    """Word input: the reader's block says which paragraph or table cell holds the figure."""

    def locate(finding: Finding):
        block = document.block_at(finding.start)
        if block is None:
            return None
        if block.kind == "cell":
            table, row, column = block.index
            cell = word.tables[table - 1].cell(row, column)
            for paragraph in cell.paragraphs:
                at = _find_number(paragraph.text, finding.text)
                if at is not None:
                    return paragraph, at[0], at[1]
            return None
        if not block.index:
            return None
        paragraph = word.paragraphs[block.index[0]]
        offset = finding.start - block.start
        return paragraph, offset, offset + (finding.end - finding.start)

    return locate


def _find_number(text: str, figure: str) -> tuple[int, int] | None:
    """Where a figure stands in a cell, whose text may lack the unit the table's column gave it."""
    for candidate in (figure, figure.rstrip("%％亿万元人个家户亩吨")):
        at = text.find(candidate) if candidate else -1
        if at != -1:
            return at, at + len(candidate)
    return None


def _isolate(paragraph: Any, start: int, end: int) -> list[Any]:
    """The runs covering [start, end) of the paragraph's text, split so they cover exactly that."""
    _split_at(paragraph, end)
    _split_at(paragraph, start)
    covering, position = [], 0
    for run in paragraph.runs:
        length = len(run.text)
        if start <= position and position + length <= end and length:
            covering.append(run)
        position += length
    return covering


def _split_at(paragraph: Any, offset: int) -> None:
    """Cut the run that spans `offset` in two; the twin keeps the run's formatting."""
    from docx.text.run import Run

    position = 0
    for run in paragraph.runs:
        text = run.text
        if position < offset < position + len(text):
            cut = offset - position
            twin = copy.deepcopy(run._r)
            run._r.addnext(twin)
            run.text = text[:cut]
            Run(twin, paragraph).text = text[cut:]
            return
        position += len(text)
