"""Invisible characters that Word and the web leave in a text (soft hyphens, zero-width spaces,
joiners, byte-order marks) never change a figure, and combining marks make a number set aside:
every stage reads the text without them (Document.normal), and every position shown points at the
characters of the file as read."""

from __future__ import annotations

import json
import sys
import unicodedata
from decimal import Decimal
from pathlib import Path

import docx
import pytest
from click.testing import CliRunner
from hypothesis import given, settings
from hypothesis import strategies as st

from checker.cli import main
from checker.extract import extract_text
from checker.model import INVISIBLE, Block, Document
from tests.conftest import ROOT, needs_corpus
from tests.documents import docx_from_text
from tests.test_annotate import anchored_texts
from tests.test_extract import written_figures

SOFT_HYPHEN, ZERO_WIDTH_SPACE, WORD_JOINER = "\u00ad", "\u200b", "\u2060"
# The format characters reports are pasted with, and a few rarer ones.
FORMAT_CHARACTERS = ["\u00ad", "\u200b", "\u200c", "\u200d", "\u200e", "\u2060", "\ufeff", "\u202a", "\u180e"]


def values(text: str) -> list[tuple[str, Decimal, str]]:
    return [(f.text, f.value, f.unit) for f in extract_text(text).figures]


def set_aside(text: str) -> list[tuple[str, str]]:
    return [(item.text, item.reason) for item in extract_text(text).set_aside]


def lint_json(path: Path, *args: str) -> dict:
    result = CliRunner().invoke(main, ["lint", str(path), "--format", "json", "--lang", "en", *args])
    assert result.exit_code in (0, 1), result.output
    return json.loads(result.stdout)


@pytest.mark.parametrize(
    ("text", "figure", "value"),
    [
        ("完成投资12\u00ad9.9亿元", "12\u00ad9.9亿元", Decimal("12990000000")),  # was 9.9亿元
        ("完成投资63\u200b.4亿元", "63\u200b.4亿元", Decimal("6340000000")),  # was 4亿元
        ("完成投资1\u00ad234亿元", "1\u00ad234亿元", Decimal("123400000000")),  # was 234亿元
        ("完成投资1\u2060234亿\ufeff元", "1\u2060234亿\ufeff元", Decimal("123400000000")),
        ("增长\u200b5.5\u200d%", "5.5\u200d%", Decimal("5.5")),
    ],
)
def test_a_format_character_inside_a_figure_leaves_its_value(text: str, figure: str, value: Decimal) -> None:
    assert values(text) == [(figure, value, "%" if figure.endswith("%") else "元")]
    found = extract_text(text).figures[0]
    assert text[found.start : found.end] == figure  # the offsets are those of the text as read


@pytest.mark.parametrize(
    ("text", "aside"),
    [
        (".4亿元", [("4亿元", "broken numeral")]),  # was read as 4亿元: 0.4亿元 or a lost digit?
        ("增长．4%", [("4%", "broken numeral")]),
        ("12\u20e39.9亿元", [("12", "broken numeral"), ("9.9亿元", "broken numeral")]),  # a combining keycap
        ("1\ufe0f\u20e3个", [("1", "broken numeral")]),  # the keycap emoji 1️⃣
        ("9.9亿\u0301元", [("9.9亿", "broken numeral")]),
    ],
)
def test_a_number_that_cannot_be_read_with_certainty_is_set_aside(text: str, aside: list) -> None:
    assert values(text) == []
    assert set_aside(text) == aside


@settings(max_examples=300)
@given(written_figures(), st.sampled_from(FORMAT_CHARACTERS), st.data())
def test_a_format_character_anywhere_in_a_figure_never_gives_another_value(written, invisible, data) -> None:
    text, value, unit, _ = written
    at = data.draw(st.integers(0, len(text)))
    framed = "全年完成" + text[:at] + invisible + text[at:] + "，"
    figures = extract_text(framed).figures
    assert len(figures) <= 1
    assert all((f.value, f.unit) == (value, unit) for f in figures), (framed, figures)


def test_every_format_character_is_left_out() -> None:
    """INVISIBLE is written out; it holds every format character this Python knows in the BMP."""
    missing = [hex(c) for c in range(0x10000) if unicodedata.category(chr(c)) == "Cf" and not INVISIBLE.match(chr(c))]
    assert missing == []
    assert all(
        unicodedata.category(chr(c)) in ("Cf", "Cn") for c in range(sys.maxunicode + 1) if INVISIBLE.match(chr(c))
    )


def test_blocks_of_the_normal_text_cover_the_same_characters() -> None:
    text = "第一段12\u00ad9.9亿元\n\u200b第二段63.4亿元"
    document = Document("r.txt", text, (Block(0, 11), Block(12, 22)))
    normal = document.normal
    assert normal.text == "第一段129.9亿元\n第二段63.4亿元"
    assert [normal.text[b.start : b.end] for b in normal.blocks] == ["第一段129.9亿元", "第二段63.4亿元"]
    assert normal.normal is normal and Document("r.txt", "无", ()).normal.text == "无"


RATE = "计划完成投资108.4亿元，实际完成投资12\u00ad9.9亿元，完成率{}。\n"


def test_a_correct_completion_rate_is_no_error(tmp_path: Path) -> None:
    """The issue's reproduction: 12\u00ad9.9亿元 read as 9.9亿元 gave IC101 an error on 119.8%."""
    report = tmp_path / "r.txt"
    report.write_text(RATE.format("119.8%"), encoding="utf-8")
    data = lint_json(report)
    assert data["findings"] == []
    assert (data["files"][0]["checks"], data["files"][0]["passed"]) == (2, 2)


@pytest.mark.parametrize("suffix", [".txt", ".md", ".docx"])
def test_a_finding_points_at_the_characters_as_read(tmp_path: Path, suffix: str) -> None:
    text = "\u200b" + RATE.format("12\u200b1.8%")  # a wrong rate, with an invisible character in it too
    report = tmp_path / f"r{suffix}"
    if suffix == ".docx":
        docx_from_text(text.rstrip("\n"), report)
    else:
        report.write_text(text, encoding="utf-8")
    (finding,) = lint_json(report)["findings"]
    assert finding["code"] == "IC101"
    assert finding["text"] == "12\u200b1.8%"
    start = text.index("12\u200b1.8%")
    assert (finding["start"], finding["end"]) == (start, start + len("12\u200b1.8%"))
    assert [r["text"] for r in finding["related"]] == ["12\u00ad9.9亿元", "108.4亿元"]
    assert [(r["start"], r["end"]) for r in finding["related"]] == [(21, 29), (7, 14)]
    if suffix != ".docx":
        assert (finding["line"], finding["column"]) == (1, start + 1)  # columns count the invisible ones


def test_annotate_anchors_on_the_characters_as_read(tmp_path: Path) -> None:
    source = docx_from_text("\u200b" + RATE.format("12\u200b1.8%").rstrip("\n"), tmp_path / "in.docx")
    out = tmp_path / "out.docx"
    lint_json(source, "--annotate", str(out))
    assert list(anchored_texts(out).values()) == ["12\u200b1.8%"]
    assert len(docx.Document(str(out)).comments) == 1


def test_figures_list_the_characters_as_read(tmp_path: Path) -> None:
    report = tmp_path / "r.txt"
    report.write_text("\ufeff\ufeff完成投资1\u00ad234亿元。\n", encoding="utf-8")  # the file's BOM, and one more
    result = CliRunner().invoke(main, ["figures", str(report), "--format", "json"])
    (record,) = json.loads(result.stdout)["files"][0]["figures"]
    assert (record["text"], record["value"], record["start"], record["column"]) == (
        "1\u00ad234亿元",
        "123400000000",
        5,
        6,
    )
    assert record["sentence"] == "完成投资1\u00ad234亿元。"


@needs_corpus
def test_no_wrong_number_over_the_corpus_with_an_invisible_character_in_every_figure() -> None:
    """bench/invisible.py: before Document.normal, 5117 of the 8704 corpus figures came out wrong."""
    sys.path.insert(0, str(ROOT / "bench"))
    import invisible

    tally = invisible.run()
    assert tally.figures > 0 and (tally.wrong, tally.lost) == (0, 0)
