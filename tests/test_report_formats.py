"""Every output format: a golden file each, plus what each format's readers rely on.

Set INDICHECK_UPDATE_GOLDEN=1 to rewrite the golden files after an intended change
(and read the diff before committing it).
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest
from click.testing import CliRunner

from checker.cli import main
from tests.conftest import HEADLESS_CHROMIUM, ROOT

REPORT = "tests/data/golden_report.txt"
GOLDEN = Path(__file__).parent / "golden"
SCHEMA = ROOT.parent / "shared" / "schemas" / "sarif-schema-2.1.0.json"
FORMATS = ["full", "concise", "json", "sarif", "github", "html"]


def render(output_format: str, lang: str = "en") -> str:
    previous = Path.cwd()
    os.chdir(ROOT)  # paths in the output are as the user typed them, relative to the checkout
    try:
        result = CliRunner(env={"COLUMNS": "120", "GITHUB_ACTIONS": ""}).invoke(
            main, ["lint", REPORT, "--format", output_format, "--lang", lang]
        )
    finally:
        os.chdir(previous)
    assert result.exit_code == 1, result.output  # the report has errors
    return result.output


@pytest.mark.parametrize("output_format", FORMATS)
def test_golden(output_format: str) -> None:
    suffix = {"json": "json", "sarif": "sarif", "html": "html"}.get(output_format, "txt")
    golden = GOLDEN / f"{output_format}.{suffix}"
    output = render(output_format)
    if os.environ.get("INDICHECK_UPDATE_GOLDEN"):
        golden.write_text(output, encoding="utf-8")
    assert output == golden.read_text(encoding="utf-8")


def findings_count() -> int:
    return len(json.loads(render("json"))["findings"])


@pytest.mark.skipif(not SCHEMA.exists(), reason="../shared/schemas is absent")
def test_sarif_is_valid_and_has_one_result_per_finding() -> None:
    import jsonschema

    log = json.loads(render("sarif"))
    jsonschema.validate(log, json.loads(SCHEMA.read_text(encoding="utf-8")))
    run = log["runs"][0]
    assert len(run["results"]) == findings_count() == 3
    rules = {rule["id"]: rule for rule in run["tool"]["driver"]["rules"]}
    for result in run["results"]:
        rule = run["tool"]["driver"]["rules"][result["ruleIndex"]]
        assert rule["id"] == result["ruleId"] and rule["help"]["text"] and rule["shortDescription"]["text"]
    assert rules["IC101"]["defaultConfiguration"]["level"] == "error"


def test_github_has_one_command_per_finding() -> None:
    lines = render("github").splitlines()
    assert len(lines) == findings_count()
    assert lines[0].startswith("::error file=tests/data/golden_report.txt,line=2,col=")
    assert all(line.startswith(("::error ", "::warning ", "::notice ")) for line in lines)


def test_html_is_self_contained_and_complete() -> None:
    page = render("html")
    assert page.startswith("<!doctype html>") and page.rstrip().endswith("</html>")
    assert "http://" not in page and "https://" not in page and "<script" not in page
    assert page.count('<div class="finding ') == findings_count()
    assert '<mark class="error" id="F1-1">121.8%</mark>' in page
    assert page.count('<li class="') == findings_count()  # the index at the top
    assert 'data-count="2"' in page  # two errors in the summary


def test_auto_is_github_under_actions_and_concise_in_a_pipe() -> None:
    runner = CliRunner(env={"GITHUB_ACTIONS": "true"})
    assert runner.invoke(main, ["lint", str(ROOT / REPORT)]).output.startswith("::error ")
    plain = CliRunner(env={"GITHUB_ACTIONS": ""}).invoke(main, ["lint", str(ROOT / REPORT)]).output
    assert plain.splitlines()[0].endswith("不符") and ": IC101 错误 " in plain  # --lang zh, the default


def chromium() -> str | None:
    return shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")


@pytest.mark.skipif(chromium() is None, reason="no headless Chromium on this machine")
def test_html_renders_in_a_browser(tmp_path: Path) -> None:
    page = tmp_path / "report.html"
    page.write_text(render("html"), encoding="utf-8")
    result = subprocess.run(
        [
            chromium(),
            *HEADLESS_CHROMIUM,
            f"--user-data-dir={tmp_path / 'profile'}",
            "--dump-dom",
            page.as_uri(),
        ],
        capture_output=True,
        text=True,
        timeout=120,
    )
    dom = result.stdout
    assert "121.8%" in dom and dom.count('class="finding ') == findings_count()


def test_html_marks_verified_and_unverified_figures_differently(tmp_path: Path) -> None:
    """An auditor sees at a glance which figures a rule held (verified), which were compared with a
    target only, and which no rule could check; each figure's rules are in its title."""
    report = tmp_path / "r.txt"
    report.write_text(
        "计划投资10.4亿元，完成投资12.5亿元，完成投资率120.2%。全年接待游客3200万人次。\n", encoding="utf-8"
    )
    page = CliRunner().invoke(main, ["lint", str(report), "--format", "html"]).output
    assert '<span class="verified" title="IC101 IC908">12.5亿元</span>' in page
    assert '<span class="unchecked">3200万人次</span>' in page
    assert '<p class="legend"><span class="verified">已核验</span>' in page
