"""Hostile and careless input, as a new user or a reviewer gives it: never a traceback, never a
lost file, never a hang. An error the user can cause is one line on stderr and exit 2."""

from __future__ import annotations

import json
import re
import shutil
import signal
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from click.testing import CliRunner

from checker.cli import main
from tests.conftest import SEED
from tests.documents import docx_from_text


def run(*args: str) -> tuple[int, str, str]:
    """The CLI in this process: exit code, stdout, stderr. An exception click did not turn into an
    exit code (a traceback for the user) fails the test."""
    result = CliRunner().invoke(main, list(args))
    if result.exception is not None and not isinstance(result.exception, SystemExit):
        raise AssertionError(f"traceback: {result.exception!r}") from result.exception
    return result.exit_code, result.stdout, result.stderr


def run_en(*args: str) -> tuple[int, str, str]:
    """run(), in English: the tests that quote the English of an error line (tests/test_languages.py
    holds the Chinese of each)."""
    return run(*args, "--lang", "en")


def one_error_line(stderr: str) -> str:
    lines = [line for line in stderr.splitlines() if line.strip()]
    assert len(lines) == 1, stderr
    assert lines[0].startswith("indicheck: error: "), stderr
    assert "Traceback" not in stderr
    return lines[0]


# ---- data loss -------------------------------------------------------------------------------


@pytest.mark.parametrize("suffix", [".txt", ".docx"])
def test_baseline_refuses_to_overwrite_its_input(tmp_path: Path, suffix: str) -> None:
    report = tmp_path / f"r{suffix}"
    if suffix == ".txt":
        shutil.copy(SEED, report)
    else:
        docx_from_text(SEED.read_text(encoding="utf-8"), report)
    before = report.read_bytes()
    code, _, err = run_en("baseline", str(report), "-o", str(report))
    assert code == 2
    assert "is the input" in one_error_line(err)
    assert report.read_bytes() == before


def test_baseline_refuses_a_report_inside_a_folder_it_lints(tmp_path: Path) -> None:
    folder = tmp_path / "reports"
    folder.mkdir()
    report = folder / "a.txt"
    shutil.copy(SEED, report)
    code, _, err = run_en("baseline", str(folder), "-o", str(report))
    assert code == 2 and "is the input" in one_error_line(err)
    assert report.read_bytes() == SEED.read_bytes()


def test_baseline_refuses_the_previous_report_as_output(tmp_path: Path) -> None:
    report, previous = tmp_path / "r.txt", tmp_path / "p.txt"
    shutil.copy(SEED, report)
    shutil.copy(SEED, previous)
    code, _, err = run_en("baseline", str(report), "--previous", str(previous), "-o", str(previous))
    assert code == 2 and "is the input" in one_error_line(err)
    assert previous.read_bytes() == SEED.read_bytes()


def test_annotate_refuses_the_previous_report_as_output(tmp_path: Path) -> None:
    report, previous = tmp_path / "r.txt", tmp_path / "p.docx"
    shutil.copy(SEED, report)
    docx_from_text("去年的报告。", previous)
    before = previous.read_bytes()
    code, _, err = run_en("lint", str(report), "--previous", str(previous), "--annotate", str(previous))
    assert code == 2 and "is the input" in one_error_line(err)
    assert previous.read_bytes() == before


# ---- tracebacks --------------------------------------------------------------------------------


def test_docx_with_malformed_document_xml(tmp_path: Path) -> None:
    good = docx_from_text("完成投资129.9亿元。", tmp_path / "good.docx")
    bad = tmp_path / "bad.docx"
    with zipfile.ZipFile(good) as source, zipfile.ZipFile(bad, "w") as target:
        for item in source.infolist():
            data = source.read(item.filename)
            target.writestr(item, data[: len(data) // 2] if item.filename == "word/document.xml" else data)
    for command in ("lint", "figures"):
        code, _, err = run(command, str(bad))
        assert code == 2
        assert str(bad) in one_error_line(err) and "docx" in err


def test_targets_with_a_folder_of_several_reports(tmp_path: Path) -> None:
    folder = tmp_path / "reports"
    folder.mkdir()
    for name in ("a.txt", "b.txt"):
        shutil.copy(SEED, folder / name)
    code, _, err = run("targets", "--lang", "en", str(SEED), str(folder))
    assert code == 2
    assert "2 reports" in one_error_line(err)


def test_previous_that_is_a_folder_of_several_reports(tmp_path: Path) -> None:
    folder = tmp_path / "reports"
    folder.mkdir()
    for name in ("a.txt", "b.txt"):
        shutil.copy(SEED, folder / name)
    code, _, err = run("lint", "--lang", "en", str(SEED), "--previous", str(folder))
    assert code == 2 and "2 reports" in one_error_line(err)


def test_targets_with_a_folder_of_one_report_reads_it(tmp_path: Path) -> None:
    from tests.test_targets import CURRENT, PREVIOUS

    folder = tmp_path / "reports"
    folder.mkdir()
    (folder / "2023.txt").write_text(CURRENT, encoding="utf-8")
    (tmp_path / "2022.txt").write_text(PREVIOUS, encoding="utf-8")
    code, out, _ = run("targets", str(tmp_path / "2022.txt"), str(folder), "--format", "json")
    assert code == 0 and json.loads(out)["targets"]


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("indicators.toml", 'indicator = "x"\n'),
        ("indicators.toml", "indicator = [1, 2]\n"),
        ("indicators.toml", 'composition = "x"\n'),
        ("indicators.toml", "composition = [[1]]\n"),
        ("indicators.toml", '[[indicator]]\nname = "甲"\naliases = "乙"\ndirection = []\n'),
        ("mine.toml", "rule = [1, 2]\n"),
        ("mine.toml", 'rule = ["x"]\n'),
        ("mine.toml", "[[rule]]\ncode = []\n"),
        ("mine.toml", '[[rule]]\ncode = "XY101"\nname = "a"\nkind = []\nseverity = "error"\nmessage = 1\ndoc = "d"\n'),
    ],
)
def test_rule_folders_of_the_wrong_shape(tmp_path: Path, name: str, content: str) -> None:
    (tmp_path / name).write_text(content, encoding="utf-8")
    code, _, err = run("lint", str(SEED), "--rules", str(tmp_path))
    assert code == 2
    assert str(tmp_path / name) in one_error_line(err)


@pytest.mark.parametrize(
    "content",
    [
        "[1, 2]",
        '"string"',
        "1",
        "null",
        '{"tool": "indicheck", "findings": {}}',
        '{"tool": "indicheck", "findings": [{"fingerprint": 1}]}',
    ],
)
def test_baselines_of_the_wrong_shape(tmp_path: Path, content: str) -> None:
    baseline = tmp_path / "b.json"
    baseline.write_text(content, encoding="utf-8")
    code, _, err = run("lint", str(SEED), "--baseline", str(baseline))
    assert code == 2
    assert str(baseline) in one_error_line(err)


@pytest.mark.parametrize("output_format", ["concise", "json", "full", "sarif"])
def test_stdout_that_cannot_be_written(output_format: str) -> None:
    with open("/dev/full", "w") as full:
        done = subprocess.run(
            [sys.executable, "-m", "checker", "lint", str(SEED), "--format", output_format, "--lang", "en"],
            stdout=full,
            stderr=subprocess.PIPE,
            text=True,
            timeout=120,
        )
    assert done.returncode == 2
    assert "standard output" in one_error_line(done.stderr)


def test_stdout_closed_early_by_a_pipe() -> None:
    done = subprocess.run(
        f"{sys.executable} -m checker figures {SEED} | head -c 10 >/dev/null; exit ${{PIPESTATUS[0]}}",
        shell=True,
        executable="/bin/bash",
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert "Traceback" not in done.stderr and "Exception ignored" not in done.stderr


# ---- rule files, lexicons, configurations and baselines of any shape ----------------------------

from hypothesis import HealthCheck, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from checker import baseline as baselines  # noqa: E402
from checker.config import ConfigError  # noqa: E402
from checker.config import find as find_config  # noqa: E402
from checker.engine import lint_document  # noqa: E402
from checker.indicators import load_lexicon  # noqa: E402
from checker.model import Document  # noqa: E402
from checker.readers.text import blocks  # noqa: E402
from checker.rules import RuleError, load_rules  # noqa: E402

TEXT = st.text(st.characters(blacklist_categories=("Cs", "Cc")), max_size=8)
SCALARS = st.one_of(
    st.booleans(),
    st.integers(-(2**63), 2**63 - 1),
    st.floats(),
    TEXT,
    st.sampled_from(["IC401", "XY401", "bounds", "ratio", "error", "zh", "en", "rate-of-x", "率"]),
    st.sampled_from([float("nan"), float("inf"), -1, 0, 200, "1e999999999", "NaN", "-0"]),
)
VALUES = st.recursive(
    SCALARS, lambda inner: st.lists(inner, max_size=3) | st.dictionaries(TEXT, inner, max_size=3), max_leaves=8
)
SMALL = "全市城区绿化覆盖率达到135.1%。计划投资108.4亿元，完成投资129.9亿元，完成率119.8%。\n"


def toml_value(value: object) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        return (
            "nan" if value != value else ("inf" if value > 0 else "-inf") if abs(value) == float("inf") else repr(value)
        )
    if isinstance(value, str):
        return json.dumps(value, ensure_ascii=False)
    if isinstance(value, list):
        return "[" + ", ".join(toml_value(v) for v in value) + "]"
    assert isinstance(value, dict)
    return "{" + ", ".join(f"{json.dumps(k, ensure_ascii=False)} = {toml_value(v)}" for k, v in value.items()) + "}"


def toml(table: dict) -> str:
    return "".join(f"{json.dumps(k, ensure_ascii=False)} = {toml_value(v)}\n" for k, v in table.items())


VALID_RULE = {
    "code": "XY401",
    "name": "rate-above-x",
    "kind": "bounds",
    "severity": "warning",
    "high": 90,
    "message": {"zh": "{stated}超过", "en": "{stated} is above"},
    "doc": "What it does: …",
}
RULE_KEYS = st.sampled_from([*VALID_RULE, "low", "high", "scope", "approx_tolerance", "bounded_cues", "x"])
NUMBERS = st.sampled_from([float("nan"), float("inf"), -1, 0, 50, 200, "NaN", "sNaN", "1e999999999", "x"]) | st.floats()
NUMERIC_OPTIONS = st.dictionaries(st.sampled_from(["low", "high", "approx_tolerance"]), NUMBERS, min_size=1, max_size=2)
RULES = st.lists(
    st.builds(lambda changes: {**VALID_RULE, **changes}, NUMERIC_OPTIONS), min_size=1, max_size=1
) | st.lists(
    st.builds(lambda changes: {**VALID_RULE, **changes}, st.dictionaries(RULE_KEYS, VALUES, max_size=3)) | VALUES,
    max_size=2,
)
HYPOTHESIS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])


@HYPOTHESIS
@given(tables=RULES, top=st.just({}) | st.dictionaries(TEXT, VALUES, max_size=2))
def test_rule_files_of_any_shape(tmp_path: Path, tables: list, top: dict) -> None:
    folder = tmp_path / "rules"
    folder.mkdir(exist_ok=True)
    (folder / "mine.toml").write_text(toml({"rule": tables, **top}), encoding="utf-8")
    try:
        rules = load_rules([folder])
    except RuleError as error:
        assert str(error).startswith(str(folder / "mine.toml")) and "\n" not in str(error)
        return
    lint_document(Document("r.txt", SMALL, blocks(SMALL)), [r for r in rules if r.code == "XY401"])


INDICATOR_KEYS = st.sampled_from(["name", "aliases", "prices", "direction", "annual_average", "whole", "parts"])
LEXICON_TABLES = st.lists(st.dictionaries(INDICATOR_KEYS, VALUES, max_size=4) | VALUES, max_size=2)


@HYPOTHESIS
@given(indicators=LEXICON_TABLES, compositions=LEXICON_TABLES)
def test_lexicons_of_any_shape(tmp_path: Path, indicators: list, compositions: list) -> None:
    (tmp_path / "indicators.toml").write_text(
        toml({"indicator": indicators, "composition": compositions}), encoding="utf-8"
    )
    try:
        load_lexicon([tmp_path])
    except RuleError as error:
        assert "\n" not in str(error)


CONFIG_KEYS = st.sampled_from(["rules", "select", "ignore", "fail-on", "lang", "format", "previous", "baseline", "x"])


@HYPOTHESIS
@given(table=st.dictionaries(CONFIG_KEYS, VALUES, max_size=4) | VALUES, nested=st.booleans())
def test_configurations_of_any_shape(tmp_path: Path, table: object, nested: bool) -> None:
    for name in ("indicheck.toml", "pyproject.toml"):
        (tmp_path / name).unlink(missing_ok=True)
    if nested:
        (tmp_path / "pyproject.toml").write_text(toml({"tool": {"indicheck": table}}), encoding="utf-8")
    elif isinstance(table, dict):
        (tmp_path / "indicheck.toml").write_text(toml(table), encoding="utf-8")
    else:
        (tmp_path / "indicheck.toml").write_text(toml({"x": table}), encoding="utf-8")
    try:
        find_config(tmp_path)
    except ConfigError as error:
        assert "\n" not in str(error)


JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | TEXT,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(TEXT, inner, max_size=3),
    max_leaves=8,
)
ENTRIES = st.lists(
    st.dictionaries(st.sampled_from(["fingerprint", "code", "path", "excerpt", "reason"]), JSON_VALUES) | JSON_VALUES,
    max_size=3,
)


@HYPOTHESIS
@given(
    data=st.builds(
        lambda entries, extra: {"tool": "indicheck", "version": 1, "findings": entries, **extra},
        ENTRIES,
        st.dictionaries(st.sampled_from(["tool", "version", "findings"]), JSON_VALUES),
    )
    | JSON_VALUES
)
def test_baselines_of_any_shape(tmp_path: Path, data: object) -> None:
    path = tmp_path / "b.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    try:
        entries = baselines.load(path)
    except baselines.BaselineError as error:
        assert "\n" not in str(error)
        return
    from checker.model import LintReport

    document = Document("r.txt", SMALL, blocks(SMALL))
    baselines.apply(LintReport(((document, lint_document(document, load_rules())),), ()), entries)


RULE = """[[rule]]
code = "XY401"
name = "rate-above-x"
kind = "bounds"
severity = "warning"
{options}
message.zh = "{{stated}}"
message.en = "{{stated}}"
doc = "d"
"""


@pytest.mark.parametrize(
    ("options", "problem"), [("high = nan", "finite"), ("low = inf", "finite"), ("low = 90\nhigh = 10", "above high")]
)
def test_rule_options_that_are_no_bounds(tmp_path: Path, options: str, problem: str) -> None:
    (tmp_path / "mine.toml").write_text(RULE.format(options=options), encoding="utf-8")
    code, _, err = run_en("lint", str(SEED), "--rules", str(tmp_path))
    assert code == 2
    line = one_error_line(err)
    assert "XY401" in line and problem in line and "internal error" not in line


def test_rules_folder_with_no_rule_file(tmp_path: Path) -> None:
    (tmp_path / "notes.txt").write_text("rules go here", encoding="utf-8")
    code, _, err = run_en("lint", str(SEED), "--rules", str(tmp_path))
    assert code == 2 and "no *.toml" in one_error_line(err)


# ---- hangs and limits ----------------------------------------------------------------------------


# CPU seconds a hostile input below may take to lint in a process of its own. The kernel stops the
# process when it has used them (RLIMIT_CPU), so that the limit counts the work done, not the time
# spent waiting for a core on a loaded machine (with six test runs on two cores, wall-clock time
# was three times the CPU time). Linear, the costliest shape takes 10 s of CPU here (most 1–5 s);
# quadratic, as each was before its fix, 150 s or more (measured with a quarter of each input and
# the fixes undone; bench/adversarial.py prints the cost per MB). Six times the linear cost, so that
# a machine twice as slow passes with room to spare; the quadratic cost is at least twice the limit.
LINEAR_CPU_LIMIT = 60
# Bytes of address space the process may take: linear, each peaks under 100 MB of memory; the
# places shape read superlinearly took 20 GB in under a minute, which would take a CI machine down
# before the CPU limit came. A MemoryError (a traceback on stderr) fails the test.
LINEAR_MEMORY_LIMIT = 2 << 30
# Wall-clock seconds after which the run is abandoned whatever its CPU time: a hang that waits.
LINEAR_WALL_LIMIT = 600
# The child sets its own limits before it imports checker: no preexec_fn in a test process that
# may run threads, and no core file when SIGXCPU stops it.
LIMITED_LINT = (
    "import resource, runpy, sys\n"
    "cpu, memory = int(sys.argv[1]), int(sys.argv[2])\n"
    "resource.setrlimit(resource.RLIMIT_CORE, (0, 0))\n"
    "resource.setrlimit(resource.RLIMIT_CPU, (cpu, cpu + 5))\n"
    "resource.setrlimit(resource.RLIMIT_AS, (memory, memory))\n"
    "sys.argv = ['indicheck', *sys.argv[3:]]\n"
    "runpy.run_module('checker', run_name='__main__', alter_sys=True)\n"
)


def lints_in_time(report: Path) -> None:
    """`indicheck lint report` in a process of its own ends within LINEAR_CPU_LIMIT seconds of CPU and
    LINEAR_MEMORY_LIMIT bytes, cleanly: a process the kernel stopped for its CPU time (SIGXCPU, or
    SIGKILL at the hard limit) or that ran out of memory fails the test."""
    command = [sys.executable, "-c", LIMITED_LINT, str(LINEAR_CPU_LIMIT), str(LINEAR_MEMORY_LIMIT)]
    command += ["lint", str(report), "--format", "concise", "--jobs", "1"]
    try:
        done = subprocess.run(command, capture_output=True, text=True, timeout=LINEAR_WALL_LIMIT)
    except subprocess.TimeoutExpired:
        pytest.fail(f"linting {report.stat().st_size} bytes took over {LINEAR_WALL_LIMIT} s of wall-clock time")
    if done.returncode in (-signal.SIGXCPU, -signal.SIGKILL):
        pytest.fail(f"linting {report.stat().st_size} bytes took over {LINEAR_CPU_LIMIT} s of CPU: superlinear again?")
    assert done.returncode in (0, 1) and not done.stderr, (done.returncode, done.stderr[-500:])


@pytest.mark.parametrize(
    "run_of",
    [
        "1" * 400_000 + "元",  # 100 000 digits did not end in 10 minutes
        "1:" * 50_000 + "1",
        "１" * 400_000 + "元",
        "1234567890万亿" * 25_000,  # issue 20: 30 KB took 12.6 s, 300 KB ended in MemoryError
    ],
    ids=["digits", "ratios", "full-width", "places"],
)
def test_a_long_run_of_digits_lints_in_linear_time(tmp_path: Path, run_of: str) -> None:
    report = tmp_path / "r.txt"
    report.write_text(f"三次产业结构为{run_of}。\n", encoding="utf-8")
    lints_in_time(report)


def test_an_endless_input_is_refused_at_the_size_cap() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "checker", "lint", "/dev/zero", "--max-size", "5", "--lang", "en"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 2
    assert "/dev/zero: is larger than 5 MB" in one_error_line(done.stderr)


@pytest.mark.parametrize("suffix", [".txt", ".md", ".pdf", ".docx"])
def test_a_file_above_the_size_cap_is_refused(tmp_path: Path, suffix: str) -> None:
    report = tmp_path / f"r{suffix}"
    report.write_bytes(b"x" * 1_100_000)
    code, _, err = run("figures", "--lang", "en", str(report), "--max-size", "1")
    assert code == 2 and "is larger than 1 MB" in one_error_line(err)


def test_a_file_below_the_size_cap_is_read(tmp_path: Path) -> None:
    report = tmp_path / "r.txt"
    report.write_text("完成投资129.9亿元。\n" * 35_000, encoding="utf-8")  # 0.95 MB
    code, out, _ = run("figures", str(report), "--max-size", "1", "--format", "csv")
    assert code == 0 and out.count("129.9亿元") == 35_000


def test_a_docx_that_unpacks_above_the_size_cap_is_refused(tmp_path: Path) -> None:
    small = docx_from_text("完成投资129.9亿元。", tmp_path / "small.docx")
    report = tmp_path / "r.docx"
    with zipfile.ZipFile(small) as source, zipfile.ZipFile(report, "w", zipfile.ZIP_DEFLATED) as target:
        for item in source.infolist():
            target.writestr(item, source.read(item.filename))
        target.writestr("word/media/padding.bin", b"\0" * 2_000_000)
    assert report.stat().st_size < 100_000
    code, _, err = run("lint", "--lang", "en", str(report), "--max-size", "1")
    assert code == 2 and "larger than 1 MB unpacked" in one_error_line(err)


# ---- wrong results ---------------------------------------------------------------------------------


@pytest.mark.parametrize("option", ["--select", "--ignore"])
@pytest.mark.parametrize("value", ["XYZ", "IC1,XYZ", "completion-rate-mistake"])
def test_a_selection_that_matches_no_rule_is_an_error(option: str, value: str) -> None:
    code, _, err = run_en("lint", str(SEED), option, value)
    assert code == 2
    assert "matches no rule" in one_error_line(err)


def test_codes_are_selected_in_any_case(tmp_path: Path) -> None:
    report = tmp_path / "r.txt"
    report.write_text(
        "当年计划投资108.4亿元的重点项目全部开工；完成投资129.9亿元，完成投资率121.8%。\n", encoding="utf-8"
    )
    for value in ("ic1", "Ic101", "IC1"):
        code, out, _ = run("lint", str(report), "--select", value, "--format", "json")
        assert code == 1 and [f["code"] for f in json.loads(out)["findings"]] == ["IC101"]
    assert run("lint", str(report), "--ignore", "ic101", "--format", "json")[0] == 0
    code, out, _ = run("explain", "ic101")
    assert code == 0 and out.startswith("IC101 completion-rate-mismatch")


def test_markdown_tables_keep_the_line_numbers_below_them(tmp_path: Path) -> None:
    report = tmp_path / "r.md"
    report.write_text(
        "# 报告\n\n| 指标 | 计划 | 完成 |\n|---|---|---|\n| 投资 | 108.4亿元 | 129.9亿元 |\n| 收入 | 50亿元 | 51亿元 |\n\n"
        "完成投资率121.8%，完成投资129.9亿元，计划投资108.4亿元。\n",
        encoding="utf-8",
    )
    code, out, _ = run("figures", str(report), "--format", "json")
    assert code == 0
    figures = json.loads(out)["files"][0]["figures"]
    assert [(f["text"], f["line"]) for f in figures] == [
        ("108.4亿元", 5),
        ("129.9亿元", 5),
        ("50亿元", 6),
        ("51亿元", 6),
        ("121.8%", 8),
        ("129.9亿元", 8),
        ("108.4亿元", 8),
    ]


def test_a_zero_denominator_is_no_check_and_no_crash(tmp_path: Path) -> None:
    report = tmp_path / "r.txt"
    report.write_text(
        "当年计划投资0亿元的项目，完成投资5亿元，完成投资率100%。\n"
        "全市常住人口0万人，地区生产总值100亿元，人均地区生产总值5万元。\n",
        encoding="utf-8",
    )
    code, out, err = run("lint", str(report), "--format", "json")
    assert code == 0 and not err
    data = json.loads(out)
    # No rate or average is computed over the zero; the lexicon's bounds (IC909) still hold for
    # the population and the GDP per person, and are the only checks.
    assert {check["rule"] for check in data["checks"]} == {"IC909"}
    assert data["files"][0] | {"path": ""} == {
        "path": "",
        "figures": 6,
        "checks": 2,
        "passed": 2,
        "unchecked_figures": 4,
    }


def test_last_years_figures_do_not_mark_this_years_as_used() -> None:
    """A check on last year's figure at offset N does not count this year's figure at offset N as checked."""
    from checker.engine import lint_document
    from tests.test_targets import CURRENT, PREVIOUS

    previous = Document("p.txt", PREVIOUS, blocks(PREVIOUS))
    at = PREVIOUS.index("100公里")  # a target last year, not reported this year: IC902 points at it
    head = CURRENT.split("\n")[0] + "\n"
    text = head + "这" * (at - len(head) - 4) + "新建学校3所。\n"
    assert text.index("3所") == at
    current = Document("c.txt", text, blocks(text))
    result = lint_document(current, load_rules(), previous=previous)
    assert "IC902" in {f.code for f in result.findings}
    assert (result.figures, result.unchecked_figures) == (1, 1)


def test_a_baseline_keeps_last_years_report_for_related_figures(tmp_path: Path) -> None:
    from tests.test_targets import CURRENT, PREVIOUS

    previous, current, baseline = tmp_path / "2022.txt", tmp_path / "2023.txt", tmp_path / "b.json"
    previous.write_text(PREVIOUS, encoding="utf-8")
    current.write_text(CURRENT, encoding="utf-8")
    baseline.write_text('{"tool": "indicheck", "version": 1, "findings": []}', encoding="utf-8")
    args = ["lint", str(current), "--previous", str(previous), "--format", "full", "--lang", "en"]
    plain, with_baseline = run(*args)[1], run(*args, "--baseline", str(baseline))[1]
    related = [line for line in plain.splitlines() if "related:" in line]
    assert related and str(previous) in "".join(related)
    assert [line for line in with_baseline.splitlines() if "related:" in line] == related


def test_ic401_and_ic101_agree_on_a_rate_against_a_plan(tmp_path: Path) -> None:
    report = tmp_path / "r.txt"
    report.write_text("今年计划新开工项目100个，实际开工105个，开工率105%。\n", encoding="utf-8")
    code, out, _ = run("lint", str(report), "--format", "json")
    data = json.loads(out)
    assert code == 0 and data["findings"] == []
    # IC101 checked and passed it, and IC908 found the actual at the plan's scale
    assert (data["files"][0]["checks"], data["files"][0]["passed"]) == (2, 2)


def _encrypted_pdf(tmp_path: Path, user_password: str) -> Path:
    from pypdf import PdfReader, PdfWriter

    from tests.documents import pdf_from_text

    plain = pdf_from_text("完成投资129.9亿元。", tmp_path / "plain.pdf")
    writer = PdfWriter()
    for page in PdfReader(plain).pages:
        writer.add_page(page)
    writer.encrypt(user_password=user_password, owner_password="owner", algorithm="RC4-128")
    target = tmp_path / "locked.pdf"
    with target.open("wb") as stream:
        writer.write(stream)
    return target


def test_a_pdf_with_only_an_owner_password_is_read(tmp_path: Path) -> None:
    code, out, err = run("figures", str(_encrypted_pdf(tmp_path, "")), "--format", "csv")
    assert code == 0 and "129.9亿元" in out and not err


def test_a_pdf_with_a_user_password_is_refused(tmp_path: Path) -> None:
    code, _, err = run("figures", "--lang", "en", str(_encrypted_pdf(tmp_path, "secret")))
    assert code == 2 and "encrypted PDF" in one_error_line(err)


def test_a_big5_report_is_refused_not_read_as_mojibake(tmp_path: Path) -> None:
    report = tmp_path / "r.txt"
    report.write_bytes(
        "政府工作報告：全年地區生產總值增長百分之五，財政收入達到一百億元，完成全年計劃，居民收入穩定增長。\n".encode(
            "big5"
        )
    )
    code, _, err = run("lint", str(report))
    assert code == 2 and "Big5" in one_error_line(err)


@pytest.mark.parametrize("text", ["財政收入一百億元。", "收入增長5%", "政府工作報告", "經濟發展\n"])
def test_a_short_big5_text_is_refused_too(tmp_path: Path, text: str) -> None:
    """Under 20 wide characters a Big5 text was read as GB18030 mojibake (癩現Μκ货じ), exit 0."""
    report = tmp_path / "r.txt"
    report.write_bytes(text.encode("big5"))
    code, _, err = run("figures", str(report))
    assert code == 2 and "Big5" in one_error_line(err)


@pytest.mark.parametrize("text", ["重庆", "完成投资129.9亿元。\n", "增长5%"])
def test_a_short_gb18030_text_is_still_read(tmp_path: Path, text: str) -> None:
    report = tmp_path / "r.txt"
    report.write_bytes(text.encode("gb18030"))
    code, _, err = run("figures", str(report), "--format", "csv")
    assert code == 0 and not err


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
@pytest.mark.parametrize("text", ["完成投资129.9亿元，增长5%。\n", "财政收入", "Total 5\n"])
def test_utf16_without_a_byte_order_mark_is_named(tmp_path: Path, codec: str, text: str) -> None:
    """It was called a binary file (or, with no ASCII in it, read as GB18030 mojibake)."""
    report = tmp_path / "r.txt"
    report.write_bytes(text.encode(codec))
    code, _, err = run("lint", "--lang", "en", str(report))
    line = one_error_line(err)
    assert code == 2 and "UTF-16 text without a byte-order mark" in line and "save it again as UTF-8" in line


def test_a_gb18030_report_is_still_read(tmp_path: Path) -> None:
    report = tmp_path / "r.txt"
    report.write_bytes(SEED.read_text(encoding="utf-8").encode("gb18030"))
    assert run("figures", str(report), "--format", "json")[1] == run("figures", str(SEED), "--format", "json")[
        1
    ].replace(str(SEED), str(report))


def _targets(tmp_path: Path, previous: str, current: str, *args: str) -> tuple[int, str, str]:
    first, second = tmp_path / "2022.txt", tmp_path / "2023.txt"
    first.write_text(previous, encoding="utf-8")
    second.write_text(current, encoding="utf-8")
    return run("targets", str(first), str(second), *args)


@pytest.mark.parametrize(
    ("actual", "status"), [("下降1%", "missed"), ("下降4%", "met"), ("下降6%", "met"), ("增长1%", "missed")]
)
def test_a_decline_range_target_bounds_the_decline(tmp_path: Path, actual: str, status: str) -> None:
    from tests.test_targets import CURRENT, PREVIOUS

    previous = PREVIOUS.replace("单位地区生产总值能耗下降3%", "单位地区生产总值能耗下降3%—5%")
    current = CURRENT.replace("单位地区生产总值能耗下降3.5%", f"单位地区生产总值能耗{actual}")
    rows = json.loads(_targets(tmp_path, previous, current, "--format", "json")[1])["targets"]
    (row,) = [row for row in rows if row["indicator"] == "单位地区生产总值能耗"]
    assert (row["bound"], row["status"]) == ("range", status)


def test_targets_takes_the_tolerance_of_the_rule_files(tmp_path: Path) -> None:
    from tests.test_targets import CURRENT, PREVIOUS

    current = CURRENT.replace("地区生产总值增长5.4%", "地区生产总值增长5.7%")  # 6%左右: within the 0.5 tolerance
    rules = tmp_path / "rules"
    rules.mkdir()
    (rules / "strict.toml").write_text(
        '[[rule]]\ncode = "XY901"\nname = "target-missed-strictly"\nkind = "targets"\n'
        'severity = "warning"\ntolerance_points = 0\nmessage.zh = "{note}"\n'
        'message.en = "{note}"\ndoc = "d"\n',
        encoding="utf-8",
    )

    def status(*args: str) -> str:
        rows = json.loads(_targets(tmp_path, PREVIOUS, current, "--format", "json", *args)[1])["targets"]
        return next(row["status"] for row in rows if row["indicator"] == "地区生产总值")

    assert status() == "met"
    assert status("--rules", str(rules)) == "missed"


def test_targets_refuses_the_same_report_twice(tmp_path: Path) -> None:
    from tests.test_targets import PREVIOUS

    code, _, err = _targets(tmp_path, PREVIOUS, PREVIOUS)
    assert code == 2 and "是同一份报告" in one_error_line(err)
    code, _, err = _targets(tmp_path, PREVIOUS, PREVIOUS, "--lang", "en")
    assert code == 2 and "the same report" in one_error_line(err)
    code, _, err = run("lint", str(tmp_path / "2022.txt"), "--previous", str(tmp_path / "2022.txt"))
    assert code == 2 and "是同一份报告" in one_error_line(err)
    code, _, err = run("lint", str(tmp_path / "2022.txt"), "--previous", str(tmp_path / "2022.txt"), "--lang", "en")
    assert code == 2 and "the same report" in one_error_line(err)


def test_targets_refuses_reports_in_the_wrong_order(tmp_path: Path) -> None:
    from tests.test_targets import CURRENT, PREVIOUS

    code, _, err = _targets(tmp_path, CURRENT, PREVIOUS)
    assert code == 2 and "请先给出上年的报告" in one_error_line(err)  # the default language, Chinese
    code, _, err = _targets(tmp_path, CURRENT, PREVIOUS, "--lang", "en")
    assert code == 2 and "give last year's report first" in one_error_line(err)
    code, _, err = run("lint", str(tmp_path / "2023.txt"), "--previous", str(tmp_path / "2022.txt"))
    assert code == 2 and "请先给出上年的报告" in one_error_line(err)
    code, _, err = run("lint", str(tmp_path / "2023.txt"), "--previous", str(tmp_path / "2022.txt"), "--lang", "en")
    assert code == 2 and "give last year's report first" in one_error_line(err)


def test_targets_refuses_two_governments(tmp_path: Path) -> None:
    from tests.test_targets import CURRENT, PREVIOUS

    previous = PREVIOUS.replace("——2022年1月8日", "——2022年1月8日在河北省第十四届人民代表大会第一次会议上")
    current = CURRENT.replace("——2023年1月10日", "——2023年1月10日在广东省第十四届人民代表大会第一次会议上")
    code, _, err = _targets(tmp_path, previous, current)
    assert code == 2 and "河北省" in one_error_line(err) and "广东省" in err
    same = current.replace("广东省", "河北省")
    assert _targets(tmp_path, previous, same)[0] == 0


@pytest.mark.parametrize("command", ["lint", "figures"])
def test_a_figure_of_21_digits_before_yi(tmp_path: Path, command: str) -> None:
    report = tmp_path / "r.txt"
    report.write_text("财政收入123456789012345678901亿元。\n", encoding="utf-8")
    code, _, err = run(command, str(report))
    assert code in (0, 1) and not err


def test_an_internal_error_is_one_line_naming_the_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Whatever a bug raises while a report is read for its figures, the user sees one line and exit 2."""
    import checker.engine

    def broken(*args: object, **kwargs: object) -> None:
        raise ArithmeticError("boom")

    monkeypatch.setattr(checker.engine, "extract", broken)
    code, _, err = run("lint", str(SEED))
    line = one_error_line(err)
    assert code == 2 and "internal error" in line and str(SEED) in line and "boom" in line


# ---- many reports: an unreadable one, the same one twice, several processes ---------------------------


def _folder_with_a_broken_report(tmp_path: Path) -> Path:
    folder = tmp_path / "reports"
    folder.mkdir()
    shutil.copy(SEED, folder / "a.txt")
    (folder / "b.txt").write_bytes(b"\x00\x01binary")
    (folder / "c.txt").write_text(
        "当年计划投资108.4亿元的重点项目全部开工；完成投资129.9亿元，完成投资率121.8%。\n", encoding="utf-8"
    )
    return folder


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_a_folder_with_an_unreadable_report_checks_the_others(tmp_path: Path, jobs: str) -> None:
    folder = _folder_with_a_broken_report(tmp_path)
    code, out, err = run("lint", "--lang", "en", str(folder), "--format", "json", "--jobs", jobs)
    assert code == 2
    assert str(folder / "b.txt") in one_error_line(err) and "binary" in err
    data = json.loads(out)
    assert [f["path"] for f in data["files"]] == [str(folder / "a.txt"), str(folder / "c.txt")]
    assert "IC101" in {f["code"] for f in data["findings"]}
    code, out, err = run("figures", "--lang", "en", str(folder), "--format", "csv", "--jobs", jobs)
    assert code == 2 and str(folder / "b.txt") in one_error_line(err)
    assert "129.9亿元" in out and "360亿元" in out


def test_baseline_is_not_written_when_a_report_cannot_be_read(tmp_path: Path) -> None:
    folder = _folder_with_a_broken_report(tmp_path)
    code, _, err = run_en("baseline", str(folder), "-o", str(tmp_path / "b.json"))
    assert code == 2 and "no baseline written" in err and not (tmp_path / "b.json").exists()


def test_a_report_given_twice_is_linted_once(tmp_path: Path) -> None:
    copy = tmp_path / "r.txt"
    shutil.copy(SEED, copy)
    once = json.loads(run("lint", str(copy), "--format", "json")[1])
    twice = json.loads(run("lint", str(copy), str(copy), str(tmp_path), "--format", "json")[1])
    assert twice == once and len(twice["files"]) == 1


@pytest.mark.parametrize(
    "command",
    [["lint", "--format", "json"], ["lint", "--format", "full", "--lang", "en"], ["figures", "--format", "json"]],
)
def test_several_processes_give_the_output_of_one(tmp_path: Path, command: list[str]) -> None:
    folder = tmp_path / "reports"
    folder.mkdir()
    for i in range(4):
        shutil.copy(SEED, folder / f"{i}.txt")
    (folder / "9.txt").write_text(
        "当年计划投资108.4亿元的重点项目全部开工；完成投资129.9亿元，完成投资率121.8%。\n", encoding="utf-8"
    )
    one = run(command[0], str(folder), *command[1:], "--jobs", "1")
    three = run(command[0], str(folder), *command[1:], "--jobs", "3")
    assert one == three and one[0] in (0, 1) and one[1]


# ---- misleading -------------------------------------------------------------------------------------


@pytest.mark.parametrize("output_format", ["full", "concise", "json", "sarif", "github", "html"])
def test_stale_baseline_entries_show_in_every_format(tmp_path: Path, output_format: str) -> None:
    report, baseline = tmp_path / "r.txt", tmp_path / "b.json"
    report.write_text("城区绿化覆盖率达到135.1%。\n", encoding="utf-8")
    assert run("baseline", str(report), "-o", str(baseline))[0] == 0
    report.write_text("城区绿化覆盖率达到35.1%。\n", encoding="utf-8")  # corrected
    code, out, _ = run("lint", str(report), "--baseline", str(baseline), "--format", output_format, "--lang", "en")
    fingerprint = json.loads(baseline.read_text(encoding="utf-8"))["findings"][0]["fingerprint"]
    if output_format == "json":
        assert code == 0 and [e["fingerprint"] for e in json.loads(out)["baseline"]["stale"]] == [fingerprint]
        return
    assert code == 0 and "baseline entry no longer matches: IC401" in out and fingerprint in out
    if output_format == "sarif" and SCHEMA.exists():
        import jsonschema

        jsonschema.validate(json.loads(out), json.loads(SCHEMA.read_text(encoding="utf-8")))


SCHEMA = Path(__file__).resolve().parent.parent.parent / "shared" / "schemas" / "sarif-schema-2.1.0.json"


def test_statistics_follow_the_format() -> None:
    code, out, _ = run("lint", str(SEED), "--statistics", "--format", "json")
    rows = json.loads(out)["statistics"]
    assert code == 0 and {"code": "IC701", "name": "target-below-actual", "severity": "info", "count": 3} in rows
    text = run("lint", str(SEED), "--statistics", "--format", "concise")[1]
    zh = {"error": "错误", "warning": "警告", "info": "提示"}
    assert [line.split()[:3] for line in text.splitlines()] == [
        [str(r["count"]), r["code"], zh[r["severity"]]] for r in rows
    ]
    text = run("lint", str(SEED), "--statistics", "--format", "concise", "--lang", "en")[1]
    assert [line.split()[:3] for line in text.splitlines()] == [
        [str(r["count"]), r["code"], r["severity"]] for r in rows
    ]
    for output_format in ("sarif", "github", "html"):
        code, _, err = run("lint", str(SEED), "--statistics", "--format", output_format)
        assert code == 2 and "--statistics" in one_error_line(err)


WRONG = "当年计划投资108.4亿元的重点项目全部开工；完成投资129.9亿元，完成投资率121.8%。"


@pytest.mark.parametrize("suffix", [".docx", ".pdf"])
def test_word_and_pdf_findings_say_paragraph_or_page_not_internal_lines(tmp_path: Path, suffix: str) -> None:
    from tests.documents import pdf_from_text

    text = "报告\n" * 50 + WRONG  # on the second page of the PDF, in paragraph 51 of the .docx
    report = (docx_from_text if suffix == ".docx" else pdf_from_text)(text, tmp_path / f"r{suffix}")
    where = "段落 51" if suffix == ".docx" else "第 2 页"
    concise = run("lint", str(report), "--format", "concise")[1]
    assert concise.startswith(f"{report}:{where}: IC101 错误")
    github = run("lint", str(report), "--format", "github")[1]
    assert "line=" not in github and f"IC101 completion-rate-mismatch ({where})" in github
    sarif = json.loads(run("lint", str(report), "--format", "sarif")[1])
    (result,) = sarif["runs"][0]["results"]
    assert "region" not in result["locations"][0]["physicalLocation"]
    assert result["locations"][0]["logicalLocations"][0]["name"] == where
    if SCHEMA.exists():
        import jsonschema

        jsonschema.validate(sarif, json.loads(SCHEMA.read_text(encoding="utf-8")))


def test_text_findings_keep_line_and_column(tmp_path: Path) -> None:
    report = tmp_path / "r.txt"
    report.write_text("报告\n" + WRONG + "\n", encoding="utf-8")
    assert run("lint", str(report), "--format", "concise")[1].startswith(f"{report}:2:41: IC101 错误")
    assert run("lint", str(report), "--format", "concise", "--lang", "en")[1].startswith(f"{report}:2:41: IC101 error")
    assert f"file={report},line=2,col=41" in run("lint", str(report), "--format", "github")[1]


def test_previous_findings_come_after_this_years_and_the_summary_names_last_years_report(tmp_path: Path) -> None:
    from tests.test_targets import CURRENT, PREVIOUS

    previous, current = tmp_path / "2022.txt", tmp_path / "2023.txt"
    previous.write_text(PREVIOUS, encoding="utf-8")
    current.write_text(CURRENT, encoding="utf-8")
    _, out, _ = run("lint", str(current), "--previous", str(previous), "--format", "json")
    paths = [f["path"] for f in json.loads(out)["findings"]]
    assert set(paths) == {str(previous), str(current)}
    assert paths == sorted(paths, key=lambda path: path != str(current))  # never interleaved
    full = run("lint", str(current), "--previous", str(previous), "--format", "full", "--lang", "en")[1]
    assert f"1 file(s) (against last year: {previous})" in full.splitlines()[-1]
    full = run("lint", str(current), "--previous", str(previous), "--format", "full")[1]
    assert f"1 个文件（对照上年报告 {previous}）" in full.splitlines()[-1]


def test_figures_json_is_one_figure_per_line_and_parses(tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_text("没有数字。\n", encoding="utf-8")
    code, out, _ = run("figures", str(SEED), str(empty), "--all", "--format", "json")
    data = json.loads(out)
    assert code == 0 and [len(f["figures"]) for f in data["files"]] == [312, 0]
    lines = out.splitlines()
    assert sum(1 for line in lines if line.lstrip().startswith('{"start": ')) == 312 + len(
        data["files"][0]["set_aside"]
    )


@pytest.mark.parametrize(
    "args",
    [
        ["lint", str(SEED), "--format", "bogus"],
        ["lint"],
        ["lint", str(SEED), "--jobs", "0"],
        ["figures", str(SEED), "--bogus"],
        ["bogus-command"],
    ],
)
def test_a_usage_error_is_one_line(args: list[str]) -> None:
    code, _, err = run(*args)
    assert code == 2 and "--help" in one_error_line(err)


def test_baseline_with_previous_records_the_cross_report_findings(tmp_path: Path) -> None:
    from tests.test_targets import CURRENT, PREVIOUS

    previous, current, baseline = tmp_path / "2022.txt", tmp_path / "2023.txt", tmp_path / "b.json"
    previous.write_text(PREVIOUS, encoding="utf-8")
    current.write_text(CURRENT, encoding="utf-8")
    code, _, err = run("baseline", str(current), "--previous", str(previous), "-o", str(baseline))
    codes = {entry["code"] for entry in json.loads(baseline.read_text(encoding="utf-8"))["findings"]}
    assert code == 0 and {"IC901", "IC902", "IC903"} <= codes, err
    code, out, _ = run(
        "lint", str(current), "--previous", str(previous), "--baseline", str(baseline), "--format", "json"
    )
    data = json.loads(out)
    assert code == 0 and data["findings"] == [] and data["baseline"]["stale"] == []


def test_an_internal_error_in_targets_names_the_reports(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import checker.pairing
    from tests.test_targets import CURRENT, PREVIOUS

    def broken(*args: object, **kwargs: object) -> None:
        raise ArithmeticError("boom")

    monkeypatch.setattr(checker.pairing, "pair_targets", broken)
    code, _, err = _targets(tmp_path, PREVIOUS, CURRENT)
    line = one_error_line(err)
    assert code == 2 and "internal error" in line and "2022.txt → " in line and "boom" in line


@pytest.mark.parametrize(
    "line",
    [
        "全市新建学校3所，医院2家，地区生产总值增长5%，完成投资1亿元，" * 8000,
        "财政收入" + "增加1元" * 20000,
        "学校3所、" * 30000,  # one list of 30 000 counts: each read back to the clause's start
        "总投资100亿元，其中" * 20000,  # 其中 after 其中
    ],
    ids=["sentence", "clause", "list", "parts"],
)
def test_one_endless_sentence_lints_in_linear_time(tmp_path: Path, line: str) -> None:
    """One indicator stated thousands of times in one sentence (no 。): every statement was compared
    with every earlier one, and every figure read its sentence or clause from its start (3 000
    repeats: minutes); a sentence, clause or stretch now ends after structure.LONGEST characters."""
    report = tmp_path / "r.txt"
    report.write_text(line + "\n", encoding="utf-8")
    lints_in_time(report)


def test_a_chinese_run_too_long_for_a_figure_is_set_aside_unread(monkeypatch: pytest.MonkeyPatch) -> None:
    """A run of Chinese numerals before a unit was read back one character at a time, each a copy of
    the run read anew (3000 characters before 元: 142 s); a run longer than any figure of
    set_aside.MAX_DIGITS digits (cues.LONGEST_CHINESE) is set aside whole, and never read."""
    import checker.numerals
    from checker.extract import extract_text
    from checker.extract.cues import LONGEST_CHINESE

    reads = []
    real_read = checker.numerals.read
    monkeypatch.setattr(checker.numerals, "read", lambda numeral: reads.append(numeral) or real_read(numeral))
    run = "一二三四五六七八九十百千万亿" * 300
    found = extract_text("投资" + run + "元")
    assert found.figures == () and [(s.start, s.end, s.reason) for s in found.set_aside] == [
        (2, 2 + len(run), "unreadable numeral")
    ]
    assert all(len(numeral) <= LONGEST_CHINESE for numeral in reads)
    assert [f.text for f in extract_text("投资" + "三" * LONGEST_CHINESE + "，三百万元").figures] == ["三百万元"]


@pytest.mark.parametrize("line", ["百万" * 30000, "千" * 100000, "三百" * 20000 + "万元"], ids=["百万", "千", "三百"])
def test_one_endless_run_of_places_lints_in_linear_time(tmp_path: Path, line: str) -> None:
    """The scan's look-aheads over a run of places ran to the run's end from every character (30 000
    characters of 百万: 199 s); they stop after cues.LONGEST_CHINESE characters."""
    report = tmp_path / "r.txt"
    report.write_text(line + "\n", encoding="utf-8")
    lints_in_time(report)


def test_look_backs_stay_in_their_line_far_from_the_start() -> None:
    """Each figure's look back for a clause mark (enumeration) or a sentence mark stops at its line: an
    rfind for a mark the text never holds (, ; : ！) scanned back to the document's start, for every
    figure, which made lint quadratic in document length (a 53 MB report: 382 s; bench/ prints it now)."""
    from checker.engine import _checks, context_of
    from checker.structure import LONGEST

    text = "这" * 5_000_000 + "\n" + "甲、乙、丙学校3所，" * 2000 + "\n"  # 2000 figures 5 MB from the start
    document = Document("r.txt", text, blocks(text))
    context = context_of(document)
    rule = next(r for r in load_rules() if r.code == "IC801")
    assert len(list(_checks(rule, context))) == 2000  # 甲、乙、丙…3所: each a counted list, checked
    spans = {context.structure.sentence(f.start) for f in context.figures}
    # one sentence (no 。), which starts at its line, read in pieces of structure.LONGEST characters
    assert min(spans) == (5_000_001, 5_000_001 + LONGEST) and all(end - start <= LONGEST for start, end in spans)


# ---- the contract: usage errors before any output, clear words, a closed pipe is no error ---------


def test_coverage_with_json_is_refused_before_any_output() -> None:
    code, out, err = run("lint", str(SEED), "--coverage", "--format", "json")
    assert code == 2 and out == ""
    assert "--coverage" in one_error_line(err)


@pytest.mark.parametrize("args", [["--annotate", "out.txt"], ["--annotate", "out.pdf"]])
def test_annotate_to_a_path_that_is_no_docx_is_refused_before_any_output(tmp_path: Path, args: list[str]) -> None:
    code, out, err = run("lint", str(SEED), args[0], str(tmp_path / args[1]))
    assert code == 2 and out == ""
    assert ".docx" in one_error_line(err)
    assert not (tmp_path / args[1]).exists()


def test_annotate_with_two_reports_is_refused_before_any_output(tmp_path: Path) -> None:
    other = tmp_path / "other.txt"
    shutil.copy(SEED, other)
    code, out, err = run_en("lint", str(SEED), str(other), "--annotate", str(tmp_path / "out.docx"))
    assert code == 2 and out == ""
    assert "exactly one" in one_error_line(err)


@pytest.mark.parametrize("option", ["--select", "--ignore"])
@pytest.mark.parametrize("value", ["", " ", ","])
def test_an_empty_selection_is_an_error(option: str, value: str) -> None:
    for command in (["lint", str(SEED)], ["rules"], ["baseline", str(SEED), "-o", "/dev/null"]):
        code, out, err = run(*command, option, value)
        assert code == 2 and out == "", command
        assert option in one_error_line(err)


def test_a_selection_that_leaves_no_rule_is_an_error() -> None:
    code, out, err = run_en("lint", str(SEED), "--select", "IC1", "--ignore", "IC1")
    assert code == 2 and out == ""
    assert "no rule" in one_error_line(err)


@pytest.mark.parametrize("command", [["lint", "--format", "concise"], ["figures", "--all"]])
def test_a_pipe_closed_by_its_reader_ends_quietly_as_sigpipe(command: list[str]) -> None:
    """`indicheck lint … | head -1`: the reader stopped reading, which is no error of indicheck's (exit 2
    would say it is); the process ends as Unix tools killed by SIGPIPE do, 128 + 13, and says nothing."""
    process = subprocess.Popen(
        [sys.executable, "-m", "checker", command[0], str(SEED), *command[1:]],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert process.stdout is not None and process.stderr is not None
    process.stdout.close()  # before the first write: every write fails with EPIPE
    err = process.stderr.read()
    assert process.wait(timeout=120) == 141
    assert err == ""


def test_a_baseline_of_an_unknown_version_is_refused(tmp_path: Path) -> None:
    baseline = tmp_path / "b.json"
    baseline.write_text('{"tool": "indicheck", "version": 99, "findings": []}', encoding="utf-8")
    code, out, err = run_en("lint", str(SEED), "--baseline", str(baseline))
    assert code == 2 and out == ""
    line = one_error_line(err)
    assert str(baseline) in line and "version 99" in line and "version 1" in line


def test_a_deeply_nested_json_baseline_is_not_a_baseline(tmp_path: Path) -> None:
    baseline = tmp_path / "b.json"
    baseline.write_text("[" * 100_000 + "]" * 100_000, encoding="utf-8")
    code, out, err = run_en("lint", str(SEED), "--baseline", str(baseline))
    assert code == 2 and out == ""
    line = one_error_line(err)
    assert "not a baseline file" in line and "internal error" not in line and "Recursion" not in line


@pytest.mark.parametrize(
    ("content", "problem"),
    [
        (b"\x00garbage" * 100, "is not a Word .docx file"),
        ("zip without a document", "not a Word document"),
        ("zip with a cut document", "damaged Word document"),
    ],
)
def test_a_garbage_docx_is_said_in_words_not_an_exception_name(
    tmp_path: Path, content: bytes | str, problem: str
) -> None:
    report = tmp_path / "r.docx"
    if isinstance(content, bytes):
        report.write_bytes(content)
    elif content == "zip without a document":
        with zipfile.ZipFile(report, "w") as package:
            package.writestr("hello.txt", "x")
    else:
        good = docx_from_text("完成投资129.9亿元。", tmp_path / "good.docx")
        with zipfile.ZipFile(good) as source, zipfile.ZipFile(report, "w") as target:
            for item in source.infolist():
                data = source.read(item.filename)
                target.writestr(item, data[: len(data) // 2] if item.filename == "word/document.xml" else data)
    code, _, err = run("lint", "--lang", "en", str(report))
    line = one_error_line(err)
    assert code == 2 and problem in line
    assert not any(name in line for name in ("KeyError", "BadZipFile", "XMLSyntaxError", "ValueError", "Error)"))


@pytest.mark.parametrize("suffix", [".txt", ".docx"])
@pytest.mark.parametrize("epoch", [None, "1700000000"])
def test_annotate_twice_gives_the_same_bytes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, suffix: str, epoch: str | None
) -> None:
    """Comment dates and zip member times come from SOURCE_DATE_EPOCH or a fixed date, never the clock."""
    report = tmp_path / f"r{suffix}"
    if suffix == ".txt":
        shutil.copy(SEED, report)
    else:
        docx_from_text(SEED.read_text(encoding="utf-8"), report)
    if epoch is None:
        monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)
    else:
        monkeypatch.setenv("SOURCE_DATE_EPOCH", epoch)
    written = []
    for run_number in range(2):
        out = tmp_path / f"out{run_number}.docx"
        code, _, _ = run("lint", str(report), "--annotate", str(out))
        assert code in (0, 1)
        written.append(out.read_bytes())
    assert written[0] == written[1]
    expected = (2023, 11, 14, 22, 13, 20) if epoch else (1980, 1, 1, 0, 0, 0)
    with zipfile.ZipFile(tmp_path / "out0.docx") as package:
        assert {item.date_time for item in package.infolist()} == {expected}
        comments = package.read("word/comments.xml").decode()
    dates = set(re.findall(r'w:date="([^"]+)"', comments))
    year, month, day, hour, minute, second = expected
    assert dates == {f"{year:04}-{month:02}-{day:02}T{hour:02}:{minute:02}:{second:02}Z"}


@pytest.mark.parametrize("suffix", [".docx", ".pdf"])
def test_english_output_says_paragraph_and_page(tmp_path: Path, suffix: str) -> None:
    from tests.documents import pdf_from_text

    text = "报告\n" * 50 + WRONG
    report = (docx_from_text if suffix == ".docx" else pdf_from_text)(text, tmp_path / f"r{suffix}")
    where = "paragraph 51" if suffix == ".docx" else "page 2"
    for output_format in ("concise", "github", "full", "html"):
        out = run("lint", str(report), "--format", output_format, "--lang", "en")[1]
        assert where in out and "段落" not in out and "第 2 页" not in out, output_format


def test_chinese_computations_of_targets_below_actuals_say_target_in_chinese(tmp_path: Path) -> None:
    _, out, _ = run("lint", str(SEED), "--select", "IC701,IC704", "--format", "full", "--lang", "zh")
    computations = [line for line in out.splitlines() if "计算" in line]
    assert computations and all("target" not in line and "目标" in line for line in computations), computations
