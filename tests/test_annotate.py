"""--annotate: one Word comment per finding, anchored on the figure; the input untouched."""

from __future__ import annotations

import re
from pathlib import Path

import docx
from click.testing import CliRunner

from checker.cli import main
from tests.conftest import SEED
from tests.documents import docx_from_text
from tests.test_readers_formats import TABLE

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def anchored_texts(path: Path) -> dict[str, str]:
    """comment id → the text between its range markers in the document body."""
    body = docx.Document(str(path)).element.body
    texts: dict[str, str] = {}
    open_ids: set[str] = set()
    for element in body.iter():
        if element.tag == f"{W}commentRangeStart":
            open_ids.add(element.get(f"{W}id"))
        elif element.tag == f"{W}commentRangeEnd":
            open_ids.discard(element.get(f"{W}id"))
        elif element.tag == f"{W}t":
            for ident in open_ids:
                texts[ident] = texts.get(ident, "") + (element.text or "")
    return texts


def lint_annotated(source: Path, out: Path) -> list[dict]:
    import json

    result = CliRunner().invoke(main, ["lint", str(source), "--format", "json", "--annotate", str(out), "--lang", "en"])
    assert result.exit_code in (0, 1), result.output
    return json.loads(result.stdout)["findings"]


def test_docx_with_a_table(tmp_path: Path) -> None:
    source = docx_from_text("主要指标完成情况如下。", tmp_path / "in.docx", tables=[TABLE])
    before = source.read_bytes()
    out = tmp_path / "out.docx"
    findings = lint_annotated(source, out)
    assert source.read_bytes() == before  # the input is never modified
    comments = list(docx.Document(str(out)).comments)
    assert len(comments) == len(findings) == 1
    assert "IC101" in comments[0].text and "computation" in comments[0].text
    assert list(anchored_texts(out).values()) == ["105.7"]  # the cell's figure, as Word shows it


def test_seed_as_docx(tmp_path: Path) -> None:
    source = docx_from_text(SEED.read_text(encoding="utf-8"), tmp_path / "seed.docx")
    out = tmp_path / "seed-annotated.docx"
    findings = lint_annotated(source, out)
    anchored = anchored_texts(out)
    assert len(docx.Document(str(out)).comments) == len(findings) == len(anchored) > 0
    assert sorted(anchored.values()) == sorted(f["text"] for f in findings)


def test_text_input_becomes_a_new_docx(tmp_path: Path) -> None:
    source = tmp_path / "r.txt"
    source.write_text("当年计划投资108.4亿元；完成投资129.9亿元，完成投资率121.8%。\n", encoding="utf-8")
    out = tmp_path / "r.docx"
    lint_annotated(source, out)
    assert list(anchored_texts(out).values()) == ["121.8%"]
    assert docx.Document(str(out)).paragraphs[0].text.startswith("当年计划投资108.4亿元")


def test_refuses_to_overwrite_the_input(tmp_path: Path) -> None:
    source = docx_from_text("完成投资率121.8%。", tmp_path / "in.docx")
    result = CliRunner().invoke(main, ["lint", str(source), "--annotate", str(source), "--lang", "en"])
    assert result.exit_code == 2 and "never modified" in result.output
    assert re.search(
        r"annotated copy is a Word file",
        CliRunner().invoke(main, ["lint", str(source), "--annotate", str(tmp_path / "x.txt"), "--lang", "en"]).output,
    )
