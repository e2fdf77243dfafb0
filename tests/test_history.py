"""`indicheck history`: the headline targets of consecutive reports with their actuals."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from checker.cli import main
from tests.conftest import CORPUS, needs_corpus

# GDP growth read by hand from the national reports: the target in the report of the year, the
# actual in the next year's review (e.g. 2014: 主要预期目标是：国内生产总值增长7.5%左右; 2015's
# report: 国内生产总值达到63.6万亿元，比上年增长7.4%: 比上年 is the base of the change, not its year).
GDP_BY_HAND = {
    2005: ("8%", "9.9%"),  # 2006: 全年国内生产总值达到18.23万亿元，比上年增长9.9%
    2006: ("8%", "10.7%"),  # 2007: 国内生产总值20.94万亿元，比上年增长10.7%
    2008: ("8%", "9%"),  # 2009: 国内生产总值超过30万亿元，比上年增长9%
    2011: ("8%", "9.2％"),  # 2012: 国内生产总值47.2万亿元，比上年增长9.2％
    2014: ("7.5%", "7.4%"),
    2015: ("7%", "6.9%"),
    2016: ("6.5%－7%", "6.7%"),
    2018: ("6.5%", "6.6%"),
    2019: ("6%－6.5%", "6.1%"),
}


def history(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, ["history", *args])
    return result.exit_code, result.stdout, result.stderr


@pytest.fixture(scope="module")
def national() -> dict:
    code, out, _ = history("--format", "json", *map(str, sorted(CORPUS.glob("guowuyuan_*.txt"))))
    return json.loads(out) | {"exit": code}


@needs_corpus
def test_gdp_of_the_national_reports_matches_the_texts(national: dict) -> None:
    gdp = next(i for i in national["indicators"] if i["indicator"] == "地区生产总值")
    by_year = {y["year"]: y for y in gdp["years"]}
    for year, (target, actual) in GDP_BY_HAND.items():
        assert (by_year[year]["target"]["text"], by_year[year]["actual"]["text"]) == (target, actual), year
        assert by_year[year]["target"]["path"].endswith(f"guowuyuan_{year}_zfgzbg.txt")
        assert by_year[year]["actual"]["path"].endswith(f"guowuyuan_{year + 1}_zfgzbg.txt")
    # Every year the reports state both for is met (2014's 7.4% within the tolerance of 7.5%左右).
    assert {y: by_year[y]["status"] for y in GDP_BY_HAND} == dict.fromkeys(GDP_BY_HAND, "met")
    # 2008's report states 2007 only as five years (比2002年增长65.5%，年均增长10.6%): no actual of the year.
    assert (by_year[2007]["status"], by_year[2007]["actual"]) == ("not reported", None)
    # Each year is the target's year: a target is never paired with a report two years on.
    assert all(y["actual"] is None or y["actual"]["path"].endswith(f"{y['year'] + 1}_zfgzbg.txt") for y in gdp["years"])


@needs_corpus
def test_a_report_without_a_readable_year_is_said_and_left_out(national: dict) -> None:
    # 2013 states its year in no way periods.py reads today (no date line, title or session): one line.
    for problem in national["problems"]:
        assert "cannot be read" in problem or "one report per year" in problem
    assert national["exit"] == (2 if national["problems"] else 0)


@needs_corpus
def test_history_formats_agree() -> None:
    files = [str(CORPUS / f"guowuyuan_{y}_zfgzbg.txt") for y in (2015, 2016, 2017)]
    code, table, _ = history(*files)
    assert code == 0
    assert "地区生产总值" in table and "6.9%" in table and "达到" in table
    _, csv_text, _ = history("--format", "csv", "--lang", "en", *files)
    lines = csv_text.splitlines()
    assert lines[0].startswith("year,indicator,status,")
    assert lines[1].startswith("2015,地区生产总值,met,")
    _, page, _ = history("--format", "html", *files)
    assert page.count('<figure class="chart"') == len({line.split(",")[1] for line in lines[1:]})
    assert "<script" not in page and "http://" not in page.replace('xmlns="http://www.w3.org/2000/svg"', "")
    assert '<circle class="actual" data-status="met"' in page


def test_a_missing_report_is_one_line_and_exit_2() -> None:
    code, out, err = history("--format", "json", "/nonexistent/report.txt")
    assert code == 2
    assert err == "indicheck: error: /nonexistent/report.txt: no such file; check the path\n"
    assert json.loads(out) == {"years": [], "indicators": [], "problems": []}


def test_history_of_the_seed_alone_has_its_year_and_no_pair() -> None:
    from tests.conftest import SEED

    code, out, err = history("--format", "json", str(SEED))
    assert (code, err) == (0, "")
    assert json.loads(out) == {"years": [2022], "indicators": [], "problems": []}
    assert "没有可配对的相邻年份报告" in history(str(SEED))[1]
