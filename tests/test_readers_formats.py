"""Word, PDF and Markdown reports read as their text: same figures, same findings."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from checker.engine import lint_document
from checker.extract import extract
from checker.readers import read_document
from checker.rules import load_rules
from tests.conftest import SEED
from tests.documents import docx_from_text, pdf_from_text

RULES = load_rules()
TABLE = [
    ["指标", "单位", "2023年计划", "2023年完成", "完成率（%）"],
    ["固定资产投资", "亿元", "108.4", "129.9", "119.8"],
    ["一般公共预算收入", "亿元", "11.0", "11.3", "105.7"],
    ["城镇新增就业", "人", "10000", "10910", "109.1"],
]


def findings(path: Path) -> list[tuple[str, str, str]]:
    return [(f.code, f.text, f.message("en")) for f in lint_document(read_document(path), RULES).findings]


def test_seed_as_docx_gives_the_seed_findings(tmp_path: Path) -> None:
    text = SEED.read_text(encoding="utf-8")
    word = docx_from_text(text, tmp_path / "seed.docx")
    assert findings(word) == findings(SEED)
    assert findings(word)  # the seed has findings: the comparison is not empty


def test_docx_paragraphs_have_labels(tmp_path: Path) -> None:
    word = docx_from_text("第一段。\n完成投资129.9亿元。", tmp_path / "r.docx")
    document = read_document(word)
    figure = extract(document).figures[0]
    assert document.location(figure.start) == "段落 2"


def test_docx_table_rows_are_checked_like_prose(tmp_path: Path) -> None:
    word = docx_from_text("附表：主要指标完成情况", tmp_path / "table.docx", tables=[TABLE])
    found = lint_document(read_document(word), RULES).findings
    assert [(f.code, f.text) for f in found] == [("IC101", "105.7%")]  # 11.3 / 11.0 = 102.7%
    document = read_document(word)
    assert document.location(found[0].start) == "表1 第3行第5列"
    assert "一般公共预算收入：2023年计划11.0亿元，2023年完成11.3亿元，完成率105.7%。" in document.text


def test_seed_as_pdf_gives_the_seed_figures(tmp_path: Path) -> None:
    text = SEED.read_text(encoding="utf-8")
    pdf = pdf_from_text(text, tmp_path / "seed.pdf")
    from_pdf = Counter((f.text, f.value, f.unit) for f in extract(read_document(pdf)).figures)
    from_text = Counter((f.text, f.value, f.unit) for f in extract(read_document(SEED)).figures)
    assert from_pdf == from_text


def test_pdf_pages_are_labels(tmp_path: Path) -> None:
    pdf = pdf_from_text("第一页。\n完成投资129.9亿元。", tmp_path / "r.pdf", lines_per_page=1)
    document = read_document(pdf)
    figure = extract(document).figures[0]
    assert document.location(figure.start) == "第 2 页"


def test_pdf_without_text_is_a_clear_error(tmp_path: Path) -> None:
    import pytest

    from checker.readers import ReaderError

    pdf = pdf_from_text("", tmp_path / "scan.pdf")
    with pytest.raises(ReaderError, match="no text layer"):
        read_document(pdf)


def test_markdown_headings_and_tables(tmp_path: Path) -> None:
    md = tmp_path / "r.md"
    md.write_text(
        "# 报告\n\n## 一、2023年计划执行情况\n\n完成投资129.9亿元。\n\n"
        "| 指标 | 单位 | 2023年计划 | 2023年完成 | 完成率（%） |\n|---|---|---|---|---|\n"
        "| 固定资产投资 | 亿元 | 108.4 | 129.9 | 121.8 |\n",
        encoding="utf-8",
    )
    document = read_document(md)
    assert "一、2023年计划执行情况" in document.text.split("\n")[2]
    found = lint_document(document, RULES).findings
    assert [(f.code, f.text) for f in found] == [("IC101", "121.8%")]


def test_word_heading_styles_give_periods_without_numbering(tmp_path: Path) -> None:
    """A Word heading numbered automatically has no 一、 in its text; its style makes it a section."""
    import docx

    from checker.engine import context_of

    word = docx.Document()
    word.add_paragraph("关于2021年工作和2022年安排的报告")
    word.add_heading("2021年计划执行情况", level=1)
    word.add_paragraph("全年城镇新增就业10910人。")
    word.add_heading("2022年主要目标任务", level=1)
    word.add_paragraph("力争全年城镇新增就业1万人。")
    path = tmp_path / "styled.docx"
    word.save(str(path))
    context = context_of(read_document(path))
    assert [(p.year, p.role) for p in context.periods.all[1:]] == [(2021, "actual"), (2022, "target")]
    found = lint_document(read_document(path), RULES).findings
    assert [(f.code, f.text) for f in found] == [("IC701", "1万人")]


def test_text_table_with_tabs_after_the_glossary_is_checked(tmp_path: Path) -> None:
    """A plain-text appendix table (cells separated by tabs), after the 名词解释, is read row by row."""
    rows = ["\t".join(row) for row in TABLE]
    report = tmp_path / "r.txt"
    report.write_text(
        "一、2023年计划执行情况\n做好“六稳”工作，完成投资129.9亿元。\n名词解释\n1.六稳：稳就业、稳金融、稳外贸、稳外资、稳投资、稳预期。\n附表：主要指标完成情况\n"
        + "\n".join(rows)
        + "\n",
        encoding="utf-8",
    )
    document = read_document(report)
    found = lint_document(document, RULES).findings
    assert [(f.code, f.text) for f in found] == [("IC101", "105.7%")]
    assert document.location(found[0].start) == "表1 第3行第5列"
    assert len(document.text.split("\n")) == len(report.read_text(encoding="utf-8").split("\n"))  # lines kept
    assert report.read_text(encoding="utf-8").count("\t") == 4 * len(TABLE)  # the file is not modified


def test_text_table_flattened_on_one_line(tmp_path: Path) -> None:
    """附表 | 指标 | 计划 | 完成 | 完成率 | name | … on one line: the width that fits every row."""
    report = tmp_path / "r.txt"
    report.write_text(
        "附表：主要指标完成情况 | 指标 | 计划 | 完成 | 完成率 | 地区生产总值（亿元） | 420 | 431.5 | 102.7% | "
        "固定资产投资（亿元） | 186 | 192.4 | 105.4%\n",
        encoding="utf-8",
    )
    document = read_document(report)
    assert "固定资产投资：计划186亿元，完成192.4亿元，完成率105.4%。" in document.text
    found = lint_document(document, RULES).findings
    assert [(f.code, f.text) for f in found] == [("IC101", "105.4%")]  # 192.4 / 186 = 103.4%
    assert document.location(found[0].start) == "表1 第3行第4列"


def test_a_line_with_pipes_that_is_no_table_stays_prose(tmp_path: Path) -> None:
    report = tmp_path / "r.txt"
    report.write_text("产业 | 城市 | 乡村，完成投资12亿元。\n", encoding="utf-8")
    document = read_document(report)
    assert document.text == report.read_text(encoding="utf-8")
