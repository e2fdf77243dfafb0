"""`indicheck lint`, `rules` and `explain` as users run them."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from checker.cli import main
from tests.conftest import SEED

WRONG = "当年计划投资108.4亿元的重点项目全部开工；完成投资129.9亿元，完成投资率121.8%。\n"


def lint(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(main, ["lint", *args])
    return result.exit_code, result.output


def test_json_shape(tmp_path: Path) -> None:
    report = tmp_path / "r.txt"
    report.write_text(WRONG, encoding="utf-8")
    code, output = lint(str(report), "--format", "json")
    assert code == 1
    data = json.loads(output)
    assert data["files"] == [{"path": str(report), "figures": 3, "checks": 2, "passed": 1, "unchecked_figures": 0}]
    (finding,) = data["findings"]
    assert {k: finding[k] for k in ("code", "name", "severity", "path", "line", "column", "start", "end")} == {
        "code": "IC101",
        "name": "completion-rate-mismatch",
        "severity": "error",
        "path": str(report),
        "line": 1,
        "column": 41,
        "start": 40,
        "end": 46,
    }
    assert [r["text"] for r in finding["related"]] == ["129.9亿元", "108.4亿元"]
    assert (
        finding["computation"] == "129.9亿元 / 108.4亿元 ∈ [119.73%, 119.94%]；文中为121.8%"
    )  # --lang zh, the default
    assert finding["message"] == "完成率121.8%与129.9亿元÷108.4亿元的计算结果[119.73%, 119.94%]不符"
    assert len(finding["fingerprint"]) == 20


def test_exit_codes_follow_fail_on(tmp_path: Path) -> None:
    assert lint(str(SEED))[0] == 0  # the seed has warnings and notes, no errors
    assert lint(str(SEED), "--fail-on", "warning")[0] == 1
    assert lint(str(SEED), "--fail-on", "warning", "--exit-zero")[0] == 0
    assert lint(str(SEED), "--fail-on", "fatal")[0] == 2


def test_select_and_ignore(tmp_path: Path) -> None:
    codes = {f["code"] for f in json.loads(lint(str(SEED), "--format", "json", "--select", "IC8")[1])["findings"]}
    assert codes and all(code.startswith("IC8") for code in codes)
    codes = {f["code"] for f in json.loads(lint(str(SEED), "--format", "json", "--ignore", "IC8,IC7")[1])["findings"]}
    assert not any(code.startswith(("IC8", "IC7")) for code in codes)


def test_messages_in_english(tmp_path: Path) -> None:
    report = tmp_path / "r.txt"
    report.write_text(WRONG, encoding="utf-8")
    _, output = lint(str(report), "--format", "concise", "--lang", "en")
    assert output == (
        f"{report}:1:41: IC101 error stated rate 121.8% does not match 129.9亿元 / 108.4亿元 = [119.73%, 119.94%]\n"
    )


def test_full_output_underlines_the_figure(tmp_path: Path) -> None:
    report = tmp_path / "r.txt"
    report.write_text(WRONG, encoding="utf-8")
    _, output = lint(str(report), "--lang", "en", "--format", "full")
    lines = output.splitlines()
    sentence = next(line for line in lines if "121.8%" in line and "|" in line)
    marks = lines[lines.index(sentence) + 1]
    # A Chinese character is two cells wide: the carets sit under 121.8% exactly.
    from rich.cells import cell_len

    column = cell_len(sentence[: sentence.index("121.8%")])
    assert marks[column : column + 6] == "^^^^^^"
    assert "computation: 129.9亿元 / 108.4亿元" in output
    # IC101 fails the rate; IC908 finds the actual at the plan's scale
    assert lines[-1].startswith("1 file(s), 3 figures, 2 checks (1 passed); 1 error(s)")


def test_statistics() -> None:
    code, output = lint(str(SEED), "--statistics", "--lang", "en")
    assert code == 0
    assert any(line.split()[1:3] == ["IC701", "info"] for line in output.splitlines())


def test_rules_and_explain() -> None:
    listing = CliRunner().invoke(main, ["rules"]).output
    assert "IC101" in listing and "completion-rate-mismatch" in listing
    explained = CliRunner().invoke(main, ["explain", "IC101", "--lang", "en"])
    assert explained.exit_code == 0 and "What it does" in explained.output and "Example" in explained.output
    missing = CliRunner().invoke(main, ["explain", "IC999"])
    assert missing.exit_code == 2


def test_a_broken_rule_file_is_exit_2(tmp_path: Path) -> None:
    (tmp_path / "bad.toml").write_text("[[rule]\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["lint", str(SEED), "--rules", str(tmp_path), "--lang", "en"])
    assert result.exit_code == 2
    assert "bad.toml" in result.output and "not valid TOML" in result.output


def test_user_rules_are_added(tmp_path: Path) -> None:
    (tmp_path / "mine.toml").write_text(
        '[[rule]]\ncode = "XY401"\nname = "my-coverage-above-90"\nkind = "bounds"\nseverity = "warning"\n'
        'high = 90\nmessage.zh = "{stated}超过90%"\nmessage.en = "{stated} above 90%"\ndoc = "Example: …"\n',
        encoding="utf-8",
    )
    codes = {
        f["code"] for f in json.loads(lint(str(SEED), "--format", "json", "--rules", str(tmp_path))[1])["findings"]
    }
    assert "XY401" in codes  # 道路绿化率达到97%


def test_a_crashing_rule_is_one_line_naming_rule_and_file(monkeypatch) -> None:
    from checker import kinds

    def broken(rule, context):
        raise ValueError("boom")
        yield

    monkeypatch.setattr(kinds.bounds, "check", broken)
    result = CliRunner().invoke(main, ["lint", str(SEED)])
    assert result.exit_code == 2
    assert "internal error in rule IC401" in result.output and "donghe_2022_plan.txt" in result.output
    assert "Traceback" not in result.output


def test_kinds_documents_options_and_placeholders() -> None:
    listing = CliRunner().invoke(main, ["kinds"]).output
    assert listing.splitlines()[0].startswith("ratio")
    bounds = CliRunner().invoke(main, ["kinds", "bounds", "--lang", "en"]).output
    assert "high = '100'" in bounds or "high = 100" in bounds
    assert "{stated}" in bounds and "Default scope: clause" in bounds
    chinese = CliRunner().invoke(main, ["kinds", "bounds"]).output  # the default language is Chinese
    assert "  high = 100  [小数]" in chinese and "默认范围：clause（分句）" in chinese
    assert CliRunner().invoke(main, ["kinds", "magic"]).exit_code == 2


def test_python_api() -> None:
    import checker

    assert [f.code for f in checker.lint([SEED], select=["IC801"])] == ["IC801"]
    assert checker.figures(SEED)[0].text == "360亿元"


def test_every_check_is_in_the_json_and_their_count_is_the_summarys() -> None:
    """What was verified, not only what failed: each check with its rule, figures, computation and
    outcome (issue: find what a careful auditor finds)."""
    code, output = lint(str(SEED), "--format", "json", "--exit-zero")
    data = json.loads(output)
    assert code == 0 and len(data["checks"]) == data["files"][0]["checks"] > 0
    assert sum(check["passed"] for check in data["checks"]) == data["files"][0]["passed"]
    completion = next(c for c in data["checks"] if c["figure"]["text"] == "119.8%")
    assert completion["rule"] == "IC101" and completion["passed"] is True
    assert {r["text"] for r in completion["related"]} == {"129.9亿元", "108.4亿元"}


def test_coverage_lists_every_figure_of_the_seed_with_its_status() -> None:
    import re

    code, output = lint(str(SEED), "--format", "concise", "--coverage", "--lang", "en", "--exit-zero")
    summary = re.search(
        r"coverage: \S+ \((\d+) figures; verified (\d+), against a target only (\d+), unchecked (\d+)\)", output
    )
    assert code == 0 and summary is not None
    total, *counts = map(int, summary.groups())
    listed = [int(n) for n in re.findall(r"^    (?:verified|against a target only|unchecked) (\d+):", output, re.M)]
    assert total == 312 == sum(counts) == sum(listed)
    assert "129.9亿元(IC101," in output  # a figure verified, with the rules that checked it
    assert lint(str(SEED), "--format", "json", "--coverage")[0] == 2


def test_each_check_names_its_relation_class_and_coverage_counts_them_by_class() -> None:
    """An auditor sees which classes of relation ran on a report (issue 17, item 4): the JSON check
    names its rule's class, and --coverage counts the checks of every class, 0 for a class the
    report gave nothing to check, with the failed ones."""
    import re
    from collections import Counter

    data = json.loads(lint(str(SEED), "--format", "json", "--exit-zero")[1])
    completion = next(c for c in data["checks"] if c["figure"]["text"] == "119.8%")
    assert completion["relation_class"] == "ratio"
    assert all(check["relation_class"] for check in data["checks"])
    run = Counter(check["relation_class"] for check in data["checks"])
    failed = Counter(check["relation_class"] for check in data["checks"] if not check["passed"])

    output = lint(str(SEED), "--format", "concise", "--coverage", "--lang", "en", "--exit-zero")[1]
    line = re.search(r"^  checks by relation: (.*)$", output, re.M)
    assert line is not None
    shown = {}
    for part in line.group(1).split(", "):
        label, count, failures = re.fullmatch(r"(.+?) (\d+)(?: \(failed (\d+)\))?", part).groups()
        shown[label] = (int(count), int(failures or 0))
    from checker.rules import load_rules

    classes = {rule.relation_class.name: rule.relation_class for rule in load_rules() if rule.relation_class}
    expected = {classes[name].en: (run[name], failed[name]) for name in classes}
    assert shown == expected
    assert shown["ratio"][0] >= 1 and shown["glossary"] == (2, 2) and shown["targets met"] == (0, 0)
    zh = lint(str(SEED), "--format", "concise", "--coverage", "--lang", "zh", "--exit-zero")[1]
    assert "名词解释 2（未通过 2）" in zh and "目标完成 0" in zh


def _check_of(report: Path, text: str, rule: str, lang: str) -> dict:
    report.write_text(text + "\n", encoding="utf-8")
    checks = json.loads(lint(str(report), "--format", "json", "--lang", lang)[1])["checks"]
    (check,) = [c for c in checks if c["rule"] == rule]
    return check


@pytest.mark.parametrize(
    ("rule", "by_rounding", "exactly"),
    [
        # 12.5/10.4 is 120.19%: stated as 120.0% it holds only within the rounding of the two figures.
        (
            "IC101",
            "计划投资10.4亿元，完成投资12.5亿元，完成投资率120.0%。",
            "计划投资10.4亿元，完成投资12.5亿元，完成投资率120.2%。",
        ),
        # (56.1 − 52.3) / 52.3 is 7.27%: stated as 7.4% it holds only within the rounding of the levels.
        (
            "IC201",
            "一般公共预算收入由52.3亿元增加到56.1亿元，增长7.4%。",
            "一般公共预算收入由52.3亿元增加到56.1亿元，增长7.3%。",
        ),
    ],
)
def test_a_check_that_holds_only_by_rounding_says_so(tmp_path: Path, rule: str, by_rounding: str, exactly: str) -> None:
    report = tmp_path / "r.txt"
    check = _check_of(report, by_rounding, rule, "en")
    assert check["passed"] and check["computation"].endswith("holds only within the rounding of its figures")
    assert _check_of(report, by_rounding, rule, "zh")["computation"].endswith("仅在各数字的舍入范围内成立")
    check = _check_of(report, exactly, rule, "en")
    assert check["passed"] and "rounding" not in check["computation"]
