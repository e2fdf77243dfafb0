"""Baselines: accepted findings stay hidden through edits elsewhere; new ones appear."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from checker.cli import main
from tests.conftest import SEED


def lint_json(report: Path, *args: str) -> dict:
    result = CliRunner().invoke(main, ["lint", str(report), "--format", "json", *args])
    assert result.exit_code in (0, 1), result.output
    return json.loads(result.stdout)


def test_round_trip(tmp_path: Path) -> None:
    report = tmp_path / "report.txt"
    text = SEED.read_text(encoding="utf-8")
    report.write_text(text, encoding="utf-8")
    baseline = tmp_path / "indicheck-baseline.json"
    before = lint_json(report)["findings"]
    assert before

    result = CliRunner().invoke(main, ["baseline", str(report), "-o", str(baseline), "--reason", "reviewed"])
    assert result.exit_code == 0
    entries = json.loads(baseline.read_text(encoding="utf-8"))["findings"]
    assert len(entries) == len(before) and all(e["reason"] == "reviewed" for e in entries)

    after = lint_json(report, "--baseline", str(baseline))
    assert after["findings"] == [] and after["baseline"] == {"hidden": len(before), "stale": []}

    report.write_text("新增的一段说明文字，共有3个附件。\n" + text, encoding="utf-8")  # an edit elsewhere
    assert lint_json(report, "--baseline", str(baseline))["findings"] == []

    broken = text.replace("完成投资129.9亿元，完成投资率119.8%", "完成投资129.9亿元，完成投资率109.8%")
    assert broken != text
    report.write_text(broken, encoding="utf-8")
    new = lint_json(report, "--baseline", str(baseline))["findings"]
    # A baseline keys a finding by its sentence: the edited sentence's other finding (IC855) comes back too.
    assert [(f["code"], f["text"]) for f in new] == [("IC855", "129.9亿元"), ("IC101", "109.8%")]


def test_stale_entries_are_reported(tmp_path: Path) -> None:
    report = tmp_path / "report.txt"
    report.write_text("城区绿化覆盖率达到135.1%。\n", encoding="utf-8")
    baseline = tmp_path / "b.json"
    CliRunner().invoke(main, ["baseline", str(report), "-o", str(baseline)])
    report.write_text("城区绿化覆盖率达到35.1%。\n", encoding="utf-8")  # corrected
    data = lint_json(report, "--baseline", str(baseline))
    assert data["baseline"]["hidden"] == 0 and [e["code"] for e in data["baseline"]["stale"]] == ["IC401"]
    full = (
        CliRunner()
        .invoke(main, ["lint", str(report), "--baseline", str(baseline), "--format", "full", "--lang", "en"])
        .output
    )
    assert "baseline entry no longer matches: IC401" in full


def test_a_broken_baseline_is_exit_2(tmp_path: Path) -> None:
    baseline = tmp_path / "b.json"
    baseline.write_text("{not json", encoding="utf-8")
    result = CliRunner().invoke(main, ["lint", str(SEED), "--baseline", str(baseline), "--lang", "en"])
    assert result.exit_code == 2 and "not a baseline file" in result.output
    result = CliRunner().invoke(main, ["lint", str(SEED), "--baseline", str(tmp_path / "missing.json"), "--lang", "en"])
    assert result.exit_code == 2 and "indicheck baseline" in result.output
