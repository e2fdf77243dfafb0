"""Configuration files: found upward, flags win, mistakes are one line and exit 2."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from click.testing import CliRunner

from checker.cli import main
from checker.config import ConfigError, find
from tests.conftest import SEED


@pytest.fixture
def project(tmp_path: Path):
    (tmp_path / "reports" / "2022").mkdir(parents=True)
    report = tmp_path / "reports" / "2022" / "r.txt"
    report.write_text("城区绿化覆盖率达到135.1%。\n", encoding="utf-8")
    previous = Path.cwd()
    os.chdir(tmp_path / "reports" / "2022")
    yield tmp_path, report
    os.chdir(previous)


def test_pyproject_table_found_upward(project) -> None:
    root, report = project
    (root / "pyproject.toml").write_text('[tool.indicheck]\nlang = "en"\nformat = "concise"\nignore = ["IC8"]\n')
    config = find()
    assert config.path == root / "pyproject.toml" and config.values["lang"] == "en"
    output = CliRunner().invoke(main, ["lint", str(report)]).output
    assert output.startswith(f"{report}:1:10: IC401 error 135.1% is outside")


def test_flags_win_over_the_file(project) -> None:
    root, report = project
    (root / "indicheck.toml").write_text('lang = "en"\nformat = "concise"\nfail-on = "error"\n')
    result = CliRunner().invoke(main, ["lint", str(report), "--format", "json", "--exit-zero"])
    assert result.exit_code == 0
    assert json.loads(result.output)["findings"][0]["message"].startswith("135.1% is outside")


def test_paths_are_relative_to_the_file(project) -> None:
    root, report = project
    rules = root / "myrules"
    rules.mkdir()
    (rules / "mine.toml").write_text(
        '[[rule]]\ncode = "XY401"\nname = "coverage-above-30"\nkind = "bounds"\nseverity = "warning"\n'
        'high = 30\nmessage.zh = "{stated}"\nmessage.en = "{stated}"\ndoc = "Example: …"\n',
        encoding="utf-8",
    )
    (root / "indicheck.toml").write_text('rules = "myrules"\nselect = ["XY"]\nformat = "json"\n')
    codes = [f["code"] for f in json.loads(CliRunner().invoke(main, ["lint", str(report)]).output)["findings"]]
    assert codes == ["XY401"]


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ('colour = "red"\n', "unknown key 'colour'; valid keys: baseline, fail-on"),
        ('lang = "fr"\n', "lang 'fr' must be one of zh, en"),
        ("select = 3\n", "select must be a string or a list of strings"),
        ("lang = \n", "not valid TOML"),
    ],
)
def test_mistakes_are_one_line_and_exit_2(project, text: str, message: str) -> None:
    root, _ = project
    (root / "indicheck.toml").write_text(text)
    with pytest.raises(ConfigError, match=message.split(";")[0].replace("'", ".")):
        find()
    result = CliRunner().invoke(main, ["lint", str(SEED), "--lang", "en"])
    assert result.exit_code == 2 and message in result.output and "indicheck.toml" in result.output
    in_chinese = CliRunner().invoke(main, ["lint", str(SEED)]).output  # the default language
    assert (
        in_chinese.startswith("indicheck: error: ") and "indicheck.toml：" in in_chinese and message not in in_chinese
    )


def test_figures_targets_rules_and_explain_honour_lang_and_format_from_the_file(project) -> None:
    root, report = project
    (root / "indicheck.toml").write_text('lang = "en"\nformat = "json"\n')
    figures = CliRunner().invoke(main, ["figures", str(report)])
    assert figures.exit_code == 0 and json.loads(figures.output)["files"][0]["figures"][0]["text"] == "135.1%"
    (root / "indicheck.toml").write_text('lang = "en"\nformat = "full"\n')  # lint's format: figures keeps its table
    table = CliRunner().invoke(main, ["figures", str(report)]).output
    assert table.splitlines()[1].split()[:2] == ["at", "figure"] and "1 file(s)" in table
    assert CliRunner().invoke(main, ["rules"]).output.split()[1] == "error"
    assert "What it does" in CliRunner().invoke(main, ["explain", "IC101"]).output
    previous, current = root / "2022.txt", root / "2023.txt"
    previous.write_text("——2022年1月10日\n二、2022年工作安排\n城镇新增就业65万人。\n", encoding="utf-8")
    current.write_text("——2023年1月12日\n一、2022年工作回顾\n城镇新增就业70万人。\n", encoding="utf-8")
    targets = CliRunner().invoke(main, ["targets", str(previous), str(current)]).output
    assert "indicator" in targets and "met" in targets and "指标" not in targets
