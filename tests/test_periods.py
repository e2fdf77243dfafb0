"""The report's own year (periods.report_year) from every way a report states it, and what it gives
the periods: which year a stretch reviews and which it plans."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from checker.cli import main
from checker.engine import context_of
from checker.model import Block, Document, ReportYear
from checker.periods import plan_end, plan_ending_in, report_year
from checker.vocabulary import shipped_vocabulary
from tests.conftest import corpus_files, needs_corpus


def _document(path: str, text: str) -> Document:
    return Document(path, text, (Block(0, len(text)),))


YEARS = {
    "date line in Arabic numerals": (
        "政府工作报告\n——2026年1月27日在某省第十四届人民代表大会第四次会议上\n各位代表：",
        2026,
        "date line",
    ),
    "date line in Chinese numerals with 〇": (
        "政府工作报告\n——二〇二六年一月二十七日在某省第十四届人民代表大会第四次会议上\n各位代表：",
        2026,
        "date line",
    ),
    "date line with 零": ("二零二五年二月三日在某市第六届人民代表大会第三次会议上\n各位代表：", 2025, "date line"),
    "date line with a circle ○": ("——二○二四年一月二十日在某区第三届人民代表大会第五次会议上", 2024, "date line"),
    "the date of the delivery, not of posting": (
        "2027年01月02日 08时15分 来源：某网站\n2026年12月28日在某县第十九届人民代表大会第六次会议上",
        2026,
        "date line",
    ),
    "the title of a work report": ("2026年某某省人民政府工作报告\n\n各位代表：\n过去一年……", 2026, "title"),
    "the title of a plan report: its later year": (
        "关于2025年国民经济和社会发展计划执行情况与2026年国民经济和社会发展计划草案的报告\n各位代表：",
        2026,
        "title",
    ),
    "the national congress's session": (
        "各位代表：\n现在，我代表国务院，向第十一届全国人民代表大会第三次会议报告政府工作。",
        2010,
        "congress",
    ),
    "a review heading with its year": ("各位代表：\n一、2018年工作回顾\n过去一年……\n", 2019, "headings"),
    "a review heading naming a five-year plan": (
        "各位代表：\n一、“十三五”时期发展成就回顾\n五年来……\n",
        2021,
        "headings",
    ),
    "a review heading naming a plan the calendar gives, not a table": (
        "各位代表：\n一、“十七五”时期发展成就回顾\n五年来……\n",
        2041,
        "headings",
    ),
    "the latest year the review opens a paragraph with": (
        "各位代表：\n一、过去一年工作回顾\n2016年，我们迎难而上。\n2015年以来的改革继续深化。\n二、今年的主要任务\n",
        2017,
        "review",
    ),
    "no way of stating it": ("各位代表：\n一、过去五年工作回顾\n五年来，我们……\n", None, ""),
}


@pytest.mark.parametrize(("text", "year", "source"), YEARS.values(), ids=YEARS.keys())
def test_the_report_year_from_every_way_a_report_states_it(text: str, year: int | None, source: str) -> None:
    assert report_year(text, shipped_vocabulary()) == ReportYear(year, source)


def test_a_provincial_congress_session_gives_no_year() -> None:
    """Provincial terms follow no one calendar: 第十四届…第四次会议 alone says nothing of the year."""
    text = "各位代表：\n现在，我代表省人民政府，向某省第十四届人民代表大会第四次会议报告政府工作。"
    assert report_year(text, shipped_vocabulary()) == ReportYear(None)


def test_a_date_line_in_chinese_numerals_makes_the_past_year_the_review() -> None:
    """刚刚过去的2025年 is the year under review once the date line (二〇二六年…) is read."""
    text = (
        "政府工作报告\n——二〇二六年一月二十七日在某省第十四届人民代表大会第四次会议上\n各位代表：\n"
        "五年来，全省地区生产总值年均增长5.5%。\n"
        "刚刚过去的2025年，全省地区生产总值增长4.8%。\n"
    )
    context = context_of(_document("a.txt", text))
    five_year, year = (context.period(text.index(rate)) for rate in ("5.5%", "4.8%"))
    assert (five_year.plan, five_year.role) == ("十四五", "actual")
    assert (year.year, year.role, year.plan) == (2025, "actual", "")


# The plans FIVE_YEAR reads, and the year each ends: 十一五 (2006–2010), each plan five years on.
PLAN_ENDS = {f"十{digit}五": 2005 + 5 * number for number, digit in enumerate("一二三四五六七八九", start=1)}


def test_each_five_year_plan_ends_five_years_after_the_last() -> None:
    assert PLAN_ENDS["十一五"] == 2010 and PLAN_ENDS["十四五"] == 2025 and PLAN_ENDS["十九五"] == 2050
    assert {name: plan_end(name) for name in PLAN_ENDS} == PLAN_ENDS
    assert {plan_ending_in(end): end for end in PLAN_ENDS.values()} == PLAN_ENDS
    # 2005 ends the tenth plan, 十五, which FIVE_YEAR does not read (it is also the number 15)
    assert [plan_ending_in(year) for year in (2005, 2024, 2026, 2055)] == ["", "", "", ""]
    assert plan_end("五年") is None


def test_five_years_reviewed_after_the_last_plan_of_a_table_name_their_plan() -> None:
    """五年来 in a report of 2041 reviews 十七五, and a “十八五” heading then looks ahead: the calendar,
    not a table that stopped at 十六五, says which plan ended the year before."""
    text = (
        "政府工作报告\n——2041年1月20日在某省第二十届人民代表大会第一次会议上\n各位代表：\n"
        "五年来，全省地区生产总值年均增长5.5%。\n二、“十八五”时期主要目标任务\n地区生产总值年均增长5%左右。\n"
    )
    context = context_of(_document("a.txt", text))
    review, ahead = (context.period(text.index(rate)) for rate in ("5.5%", "5%左右"))
    assert (review.plan, review.role) == ("十七五", "actual")
    assert (ahead.plan, ahead.role) == ("十八五", "target")


def test_a_look_back_in_the_plan_lasts_to_the_end_of_its_paragraph() -> None:
    """2027年是…之年。过去一年，…增长6.1%: last year's actual, not a second target for this year."""
    text = (
        "——2027年1月20日在某市第七届人民代表大会第二次会议上\n一、2027年主要目标\n"
        "2027年是关键之年。过去一年，地区生产总值增长6.1%。\n今年地区生产总值增长5%左右。\n"
    )
    context = context_of(_document("a.txt", text))
    looked_back, target = (context.period(text.index(rate)) for rate in ("6.1%", "5%左右"))
    assert (looked_back.year, looked_back.role) == (2026, "actual")
    assert (target.year, target.role) == (2027, "target")


def test_figures_json_states_the_year_and_where_it_came_from(tmp_path: Path) -> None:
    report = tmp_path / "a.txt"
    report.write_text("2026年某市政府工作报告\n各位代表：\n地区生产总值增长5%。\n", encoding="utf-8")
    unknown = tmp_path / "b.txt"
    unknown.write_text("各位代表：\n地区生产总值增长5%。\n", encoding="utf-8")
    output = CliRunner().invoke(main, ["figures", str(report), str(unknown), "--format", "json"]).stdout
    assert [file["year"] for file in json.loads(output)["files"]] == [
        {"value": 2026, "from": "title"},
        {"value": None, "from": ""},
    ]


UNDATED = "各位代表：\n一、过去五年工作回顾\n五年来，全市地区生产总值增长6%。\n"
DATED = "——2025年1月10日在某市第十六届人民代表大会第三次会议上\n一、2025年主要目标\n地区生产总值增长6%左右。\n"


def test_targets_and_previous_say_in_one_line_when_a_year_cannot_be_read(tmp_path: Path) -> None:
    previous, current = tmp_path / "2025.txt", tmp_path / "2026.txt"
    previous.write_text("各位代表：\n一、今年主要目标\n地区生产总值增长6%左右。\n", encoding="utf-8")
    current.write_text(UNDATED, encoding="utf-8")
    said = (
        f"indicheck: {previous} and {current}: the year the report was delivered cannot be read (no date line, "
        "title, congress session, dated heading or dated review paragraph); its targets and actuals are paired "
        "without their years\n"
    )
    table = CliRunner().invoke(main, ["targets", str(previous), str(current), "--format", "json", "--lang", "en"])
    assert table.exit_code == 0 and table.stderr == said
    (row,) = json.loads(table.stdout)["targets"]
    assert (row["status"], row["note"]) == (
        "not comparable",
        "the current report's year cannot be read (no date line, title, congress session, dated heading or "
        "dated review), so the year it reviews is not told from earlier ones",
    )
    lint = CliRunner().invoke(main, ["lint", str(current), "--previous", str(previous), "--exit-zero", "--lang", "en"])
    assert lint.stderr == said


def test_a_report_of_no_stated_year_is_of_the_year_after_the_previous_report(tmp_path: Path) -> None:
    """Paired with last year's report of 2025, an undated report is of 2026: its five-year review is
    十四五, and a target answered only there is not comparable for that reason, silently no more."""
    previous, current = tmp_path / "2025.txt", tmp_path / "2026.txt"
    previous.write_text(DATED, encoding="utf-8")
    current.write_text(UNDATED, encoding="utf-8")
    table = CliRunner().invoke(main, ["targets", str(previous), str(current), "--format", "json", "--lang", "en"])
    assert table.exit_code == 0 and table.stderr == ""
    (row,) = json.loads(table.stdout)["targets"]
    assert (row["status"], row["note"]) == (
        "not comparable",
        "the current report gives it for another scope (年均, 累计, 五年, 年末 …)",
    )
    last_year = _document(str(previous), DATED)
    assert context_of(_document(str(current), UNDATED), previous=last_year).delivered == 2026


@needs_corpus
@pytest.mark.parametrize("path", corpus_files(), ids=lambda p: p.stem)
def test_no_report_of_the_corpus_gets_a_wrong_year(path: Path) -> None:
    """<place>_<year>_zfgzbg.txt is delivered in <year>; one report states its year nowhere
    (guowuyuan_2013: no date, title or dated heading; its review names no year of its own)."""
    year = context_of(_document(str(path), path.read_text(encoding="utf-8"))).delivered
    assert year == (None if path.stem == "guowuyuan_2013_zfgzbg" else int(path.stem.split("_")[1]))
