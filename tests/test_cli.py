"""The command line as a user runs it: output shapes, exit codes, error lines."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from pathlib import Path

from click.testing import CliRunner

from checker.cli import main
from tests.conftest import ROOT, SEED

SEED_ARG = str(SEED.relative_to(ROOT))


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "checker", *args], cwd=ROOT, capture_output=True, text=True)


def test_figures_json_shape() -> None:
    result = CliRunner().invoke(main, ["figures", str(SEED), "--format", "json"])
    assert result.exit_code == 0
    data = json.loads(result.output)
    first = data["files"][0]["figures"][0]
    assert {
        k: first[k]
        for k in ("start", "end", "line", "column", "text", "value", "unit", "decimals", "qualifier", "kind")
    } == {
        "start": 488,
        "end": 493,
        "line": 19,
        "column": 14,
        "text": "360亿元",
        "value": "36000000000",
        "unit": "元",
        "decimals": 0,
        "qualifier": None,
        "kind": "amount",
    }


def test_figures_csv_has_the_json_columns() -> None:
    result = CliRunner().invoke(main, ["figures", str(SEED), "--format", "csv"])
    rows = list(csv.DictReader(io.StringIO(result.output)))
    assert rows[0]["text"] == "360亿元" and rows[0]["value"] == "36000000000" and rows[0]["line"] == "19"
    as_json = json.loads(CliRunner().invoke(main, ["figures", str(SEED), "--format", "json"]).output)
    assert len(rows) == len(as_json["files"][0]["figures"])


def test_figures_table_ends_with_a_summary() -> None:
    result = CliRunner().invoke(main, ["figures", str(SEED), "--lang", "en"])
    assert result.exit_code == 0
    assert "360亿元" in result.output
    assert result.output.strip().splitlines()[-1].startswith("312 figures in 1 file(s)")
    zh = CliRunner().invoke(main, ["figures", str(SEED)]).output  # Chinese by default
    assert zh.strip().splitlines()[-1].startswith("1 个文件共 312 个数字")


def test_a_long_path_is_printed_on_one_line_however_narrow_the_terminal(tmp_path: Path) -> None:
    """A path is copied from the output into the next command: wrapping it at 80 columns breaks that."""
    deep = tmp_path / ("很长的目录名" * 8) / "report.txt"
    deep.parent.mkdir()
    deep.write_text("完成投资129.9亿元。\n", encoding="utf-8")
    lines = CliRunner().invoke(main, ["figures", str(deep), "--lang", "en"], env={"COLUMNS": "40"}).output.splitlines()
    assert lines[0] == str(deep) and lines[1].split()[:2] == ["at", "figure"]


def test_figures_all_shows_reasons() -> None:
    data = json.loads(CliRunner().invoke(main, ["figures", str(SEED), "--all", "--format", "json"]).output)
    reasons = {item["reason"] for item in data["files"][0]["set_aside"]}
    assert {"year", "date", "ordinal", "slogan", "name", "title", "numbering"} <= reasons


def test_output_is_deterministic() -> None:
    first = CliRunner().invoke(main, ["figures", str(SEED), "--format", "json"]).output
    assert CliRunner().invoke(main, ["figures", str(SEED), "--format", "json"]).output == first


def test_missing_file_is_one_line_and_exit_2() -> None:
    result = run("figures", "no/such/report.txt")
    assert result.returncode == 2
    assert result.stderr.strip() == "indicheck: error: no/such/report.txt: no such file; check the path"
    assert "Traceback" not in result.stderr


def test_binary_file_is_one_line_and_exit_2(tmp_path: Path) -> None:
    binary = tmp_path / "report.png"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00binary")
    result = run("figures", str(binary))
    assert result.returncode == 2
    assert len(result.stderr.strip().splitlines()) == 1 and "binary file" in result.stderr


def test_broken_docx_and_pdf_are_one_line_and_exit_2(tmp_path: Path) -> None:
    for name, content, message in (
        ("report.docx", b"PK\x03\x04\x00\x00broken", "is not a Word .docx file"),
        ("report.pdf", b"%PDF-1.4 broken", "PDF"),
        ("report.doc", b"\xd0\xcf\x11\xe0", "old Word .doc"),
    ):
        path = tmp_path / name
        path.write_bytes(content)
        result = run("figures", str(path))
        assert result.returncode == 2, name
        assert len(result.stderr.strip().splitlines()) == 1 and message in result.stderr, result.stderr


def test_empty_file_exits_0(tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    result = run("figures", str(empty), "--format", "json")
    assert result.returncode == 0
    assert json.loads(result.stdout) == {
        "files": [{"path": str(empty), "year": {"value": None, "from": ""}, "figures": []}]
    }


def test_help_and_figures_do_not_import_pint() -> None:
    """Start-up cost: only commands that convert units load pint."""
    for args in (["--help"], ["figures", SEED_ARG, "--format", "json"]):
        code = (
            "import sys, io, contextlib; from checker.cli import main\n"
            "with contextlib.redirect_stdout(io.StringIO()):\n"
            f"    try: main({args!r})\n    except SystemExit: pass\n"
            "print('pint' in sys.modules)"
        )
        result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True)
        assert result.stdout.strip().endswith("False"), args


def test_a_folder_means_the_reports_in_it(tmp_path: Path) -> None:
    (tmp_path / "2022").mkdir()
    (tmp_path / "2022" / "b.txt").write_text("完成投资129.9亿元。", encoding="utf-8")
    (tmp_path / "a.md").write_text("城区绿化覆盖率35.1%。", encoding="utf-8")
    (tmp_path / "notes.json").write_text("{}", encoding="utf-8")
    data = json.loads(CliRunner().invoke(main, ["figures", str(tmp_path), "--format", "json"]).output)
    assert [Path(f["path"]).name for f in data["files"]] == ["b.txt", "a.md"]  # 2022/b.txt sorts first
    empty = tmp_path / "empty"
    empty.mkdir()
    result = run("lint", str(empty))
    assert result.returncode == 2 and "no report in it" in result.stderr


def test_the_api_and_the_cli_read_each_report_once_alike(tmp_path: Path) -> None:
    """checker.lint and `indicheck lint` give the same findings for the same paths: a report given
    twice, inside a folder given too, or under another name (a link) is checked once by both."""
    import checker

    link = tmp_path / "link.txt"
    link.symlink_to(SEED)
    seed, folder = str(SEED), str(SEED.parent)
    once = None
    for paths in ([seed], [seed, seed, folder], [folder, str(link), seed]):
        api = [(f.code, Path(f.path).resolve(), f.start, f.fingerprint) for f in checker.lint(paths)]
        shown = json.loads(CliRunner().invoke(main, ["lint", *paths, "--format", "json", "--exit-zero"]).output)
        cli = [(f["code"], Path(f["path"]).resolve(), f["start"], f["fingerprint"]) for f in shown["findings"]]
        once = once or api  # the seed read once (12 findings today)
        assert api == cli == once and api, paths


def test_lines_the_pipeline_says_on_stderr_are_in_the_language_chosen(tmp_path: Path) -> None:
    """Under --lang zh (the default) a --previous refused as no pair and the notice of a year that
    cannot be read are Chinese, as the targets table's refusals already were; under --lang en English."""
    undated = tmp_path / "a.txt", tmp_path / "b.txt"
    undated[0].write_text("今年地区生产总值预期增长6%左右。\n", encoding="utf-8")
    undated[1].write_text("去年地区生产总值增长5.2%。\n", encoding="utf-8")
    later, earlier = tmp_path / "c.txt", tmp_path / "d.txt"
    later.write_text("2023年1月10日在市第十六届人民代表大会第二次会议上\n今年地区生产总值预期增长6%左右。\n", "utf-8")
    earlier.write_text("2022年1月12日在市第十六届人民代表大会第一次会议上\n去年地区生产总值增长5.2%。\n", "utf-8")
    a, b, c, d = map(str, (*undated, later, earlier))
    year = "：读不出报告的年份（没有日期行、标题、会议届次、带年份的标题或回顾段落）；目标与实际数不按年份配对"
    cases = [
        (["lint", b, "--previous", a], f"indicheck: {a}、{b}{year}", "the year the report was delivered cannot"),
        (["targets", a, b], f"indicheck: {a}、{b}{year}", "the year the report was delivered cannot"),
        (["lint", b, "--previous", b], f"indicheck: error: {b} 与 {b} 是同一份报告；请给出上年的报告和本年的报告",
         "are the same report"),
        (["lint", d, "--previous", c], f"indicheck: error: {c} 是 2023 年的报告，{d} 是 2022 年的，但上年的报告应在前；"
         "请先给出上年的报告", "but the previous report must be the earlier one"),
    ]  # fmt: skip
    for args, chinese, english in cases:
        assert CliRunner().invoke(main, args).stderr.strip() == chinese, args
        assert english in CliRunner().invoke(main, [*args, "--lang", "en"]).stderr, args


HUGE = (
    "今年财政收入123456789012345678901亿元，比上年增长8%。\n"
    "全年支出1234567890123456789012345678901元，增长0.12345678901234567890123456789%。\n"
)


def test_numbers_beyond_exact_arithmetic_are_set_aside_not_raised_nor_rounded(tmp_path: Path) -> None:
    """Issue 9: 21+ digits before 亿 raised decimal.InvalidOperation; more than 28 digits were rounded."""
    report, last_year = tmp_path / "huge.txt", tmp_path / "last.txt"
    report.write_text(HUGE, encoding="utf-8")
    last_year.write_text(HUGE.replace("今年", "去年"), encoding="utf-8")
    for args in (
        ["figures", str(report), "--all", "--format", "json"],
        ["lint", str(report), "--format", "json"],
        ["targets", str(last_year), str(report), "--format", "json"],
    ):
        result = run(*args)
        assert result.returncode in (0, 1), (args, result.stderr)
        assert "Traceback" not in result.stderr, args
    data = json.loads(run("figures", str(report), "--all", "--format", "json").stdout)["files"][0]
    assert [f["text"] for f in data["figures"]] == ["8%"]
    assert {item["text"]: item["reason"] for item in data["set_aside"] if item["reason"] == "too many digits"} == {
        "123456789012345678901亿元": "too many digits",
        "1234567890123456789012345678901元": "too many digits",
        "0.12345678901234567890123456789%": "too many digits",
    }


def test_the_api_reads_huge_numbers_without_raising(tmp_path: Path) -> None:
    import checker

    report = tmp_path / "huge.txt"
    report.write_text(HUGE, encoding="utf-8")
    assert [f.text for f in checker.figures(report)] == ["8%"]
    checker.lint([report])


def test_28_digits_are_read_exactly(tmp_path: Path) -> None:
    report = tmp_path / "wide.txt"
    report.write_text("资产1234567890123456789012亿元。", encoding="utf-8")  # 22 + 8 digits: too many
    assert json.loads(run("figures", str(report), "--format", "json").stdout)["files"][0]["figures"] == []
    report.write_text("资产12345678901234567890亿元。", encoding="utf-8")  # 20 + 8 = 28 digits: exact
    figure = json.loads(run("figures", str(report), "--format", "json").stdout)["files"][0]["figures"][0]
    assert figure["value"] == "1234567890123456789000000000"


def test_figures_all_lists_chinese_numbers_set_aside_too(tmp_path: Path) -> None:
    """Issue 11: --all was silent about Chinese numerals; every set-aside number is listed with its reason."""
    report = tmp_path / "report.txt"
    report.write_text("东河区第十八届人大。推动一批项目落地。用二五年时间。零下5度。不低于10%。\n", encoding="utf-8")
    data = json.loads(run("figures", str(report), "--all", "--format", "json").stdout)["files"][0]
    assert {(item["text"], item["reason"]) for item in data["set_aside"]} == {
        ("十八", "ordinal"),
        ("一批", "indefinite"),
        ("二五年", "unreadable numeral"),
        ("5度", "temperature or angle"),
    }
    assert [(f["text"], f["qualifier"]) for f in data["figures"]] == [("10%", "at_least")]


def test_figures_reads_the_vocabulary_of_a_rules_folder(tmp_path: Path) -> None:
    (tmp_path / "vocabulary.toml").write_text('[at_least_before]\nwords = ["起码"]\n', encoding="utf-8")
    report = tmp_path / "report.txt"
    report.write_text("比重起码10%。\n", encoding="utf-8")
    plain = json.loads(run("figures", str(report), "--format", "json").stdout)["files"][0]["figures"]
    extended = json.loads(run("figures", str(report), "--rules", str(tmp_path), "--format", "json").stdout)
    assert plain[0]["qualifier"] is None
    assert extended["files"][0]["figures"][0]["qualifier"] == "at_least"
    (tmp_path / "vocabulary.toml").write_text('[no_such_list]\nwords = ["x"]\n', encoding="utf-8")
    result = run("figures", str(report), "--rules", str(tmp_path))
    assert result.returncode == 2 and "no_such_list" in result.stderr and "Traceback" not in result.stderr


def test_the_commands_offer_exactly_the_formats_the_registries_hold() -> None:
    """The --format choices are written beside each command (so that `--help` loads no format module);
    this holds them to the registries of checker.report."""
    from checker.report import FIGURE_FORMATS, FINDING_FORMATS, TARGET_FORMATS

    def choices(command: str) -> list[str]:
        option = next(p for p in main.commands[command].params if p.name == "output_format")
        return list(option.type.choices)

    assert choices("figures") == list(FIGURE_FORMATS)
    assert choices("lint") == ["auto", *FINDING_FORMATS]
    assert choices("targets") == list(TARGET_FORMATS)
