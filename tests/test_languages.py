"""--lang zh is Chinese throughout and --lang en English throughout: computations, severities, target
statuses and notes, the figures table and its summary, the HTML page. A golden file for each output
that people read, in both languages.

Set INDICHECK_UPDATE_GOLDEN=1 to rewrite the golden files after an intended change.
"""

from __future__ import annotations

import csv
import functools
import io
import json
import os
import re
import tomllib
from pathlib import Path

import pytest
from click.testing import CliRunner

from checker.cli import main
from checker.kinds import KINDS
from checker.params import fields
from checker.relation_classes import load_relation_classes
from checker.report.kind_docs_zh import KIND_DOCS, PARAM_DOCS
from checker.rules import COMMON_KEYS, WINDOWS, load_rules
from tests.conftest import ROOT
from tests.test_targets import CURRENT, PREVIOUS

GOLDEN = Path(__file__).parent / "golden" / "lang"
REPORT = "tests/data/golden_report.txt"
SEED = "seeds/donghe_2022_plan.txt"
# What may stay ASCII in Chinese output: paths, rule codes and names, numbers and symbols, the tool's name.
MACHINE = re.compile(
    # the stderr lines: their fixed prefix (the same in both languages, for the scripts that match it),
    # the paths they name, the options they point to, the encodings they name
    r"(?m)^indicheck: error: |\bPAIR(?:/[\w./-]+)?|--[a-z]+(?:-[a-z]+)+|\bUTF-(?:8|16)\b"
    r"|[\w./-]+\.(?:txt|md|docx|pdf|toml|json)|\b[A-Z]{2}\d{3}\b|\[[a-z0-9-]+\]|[a-z]+(?:-[a-z0-9]+)+|indicheck(?: [a-z]+)?|--[a-z]+(?: en| zh)?|\{[a-z_]+\}|\bROOT\b"
    r"|\bdata-[a-z]+|<[!/]?[a-z0-9]+[^>]*>|&[a-z]+;|[#.][a-zA-Z][\w-]*"
    # what an error line quotes of the user's input (a key, a value, an option) and the file format it names
    r"|'[^'\n]*'|\bTOML\b"
)
ENGLISH_WORD = re.compile(r"\b[A-Za-z]{2,}\b")
CHINESE_WORDS = (
    "错误",
    "警告",
    "提示",
    "计算",
    "相关",
    "文中为",
    "允许",
    "未达到",
    "未报告",
    "口径不同",
    "个文件",
    "个数字",
    "目标",
    "实际",
    "下限",
    "上限",
    "指标",
    "状态",
    "说明",
    "位置",
    "语句",
    "基线",
)


def _run(*args: str, exits: tuple[int, ...] = (0, 1), cwd: Path = ROOT):
    previous = Path.cwd()
    os.chdir(cwd)  # paths in the output as typed, relative to the checkout
    try:
        result = CliRunner(env={"COLUMNS": "160", "GITHUB_ACTIONS": ""}).invoke(main, list(args), prog_name="indicheck")
    finally:
        os.chdir(previous)
    assert result.exit_code in exits, result.output
    return result


def invoke(*args: str) -> str:
    return _run(*args).stdout


def invoke_stderr(*args: str) -> str:
    """What a command says on stderr (its status line)."""
    return _run(*args).stderr


@pytest.fixture(scope="module")
def pair(tmp_path_factory: pytest.TempPathFactory) -> tuple[str, str]:
    folder = tmp_path_factory.mktemp("pair")
    (folder / "2022.txt").write_text(PREVIOUS, encoding="utf-8")
    (folder / "2023.txt").write_text(CURRENT, encoding="utf-8")
    unreadable = folder / "unreadable"  # one report of each way a reader refuses a file
    unreadable.mkdir()
    (unreadable / "binary.txt").write_bytes(bytes(range(256)) * 4)
    (unreadable / "utf16.txt").write_bytes("完成投资129.9亿元，增长5%。".encode("utf-16-le"))
    (unreadable / "big5.txt").write_bytes("一般公共預算收入完成十一億元，增長百分之八。".encode("big5"))
    (unreadable / "broken.docx").write_bytes(b"PK\x03\x04broken")
    (unreadable / "broken.pdf").write_bytes(b"%PDF-1.4 broken")
    (unreadable / "old.doc").write_bytes(b"\xd0\xcf\x11\xe0")
    (unreadable / "large.txt").write_text("完成投资129.9亿元。\n" * 80_000, encoding="utf-8")
    (unreadable / "empty").mkdir()
    (unreadable / "two").mkdir()
    for name in ("2022.txt", "2023.txt"):
        (unreadable / "two" / name).write_text((folder / name).read_text(encoding="utf-8"), encoding="utf-8")
    return str(folder / "2022.txt"), str(folder / "2023.txt")


# Each line a reader says of a file it cannot read, as the commands print them (exit 2).
UNREADABLE = ("binary.txt", "utf16.txt", "big5.txt", "broken.docx", "broken.pdf", "old.doc", "empty", "missing.txt")


def error_lines(lang: str, folder: Path) -> str:
    """The stderr lines of bad input, in `lang`: each unreadable file linted, one refused by the size cap,
    a --previous that is a folder of several reports."""
    lines = [_run("lint", str(folder / name), "--lang", lang, exits=(2,)).stderr for name in UNREADABLE]
    lines.append(_run("figures", str(folder / "large.txt"), "--max-size", "1", "--lang", lang, exits=(2,)).stderr)
    lines.append(_run("lint", REPORT, "--previous", str(folder / "two"), "--lang", lang, exits=(2,)).stderr)
    return "".join(lines)


# Input that is no report: rule folders, baselines and configurations that cannot be used.
BAD_INPUT = {
    "rules-missing-key/r.toml": '[[rule]]\ncode = "IC9001"\nname = "x"\n',
    "rules-syntax/r.toml": "[[rule]\n",
    "rules-kind/r.toml": '[[rule]]\ncode = "IC9001"\nname = "x-y"\nkind = "nosuch"\nseverity = "error"\n'
    'message = {zh = "", en = ""}\ndoc = "x"\n',
    "vocabulary-list/vocabulary.toml": '[nosuch_list]\nwords = ["甲"]\n',
    "version99.json": '{"tool": "indicheck", "version": 99, "findings": []}',
    "list.json": "[]",
    "config-key/indicheck.toml": "colour = true\n",
    "config-value/indicheck.toml": 'fail-on = "sometimes"\n',
    "config-syntax/indicheck.toml": "lang = \n",
}


def input_error_lines(lang: str, folder: Path) -> str:
    """The stderr lines of bad rules, baselines, options and configurations, in `lang` (exit 2)."""
    for name, text in BAD_INPUT.items():
        (folder / name).parent.mkdir(parents=True, exist_ok=True)
        (folder / name).write_text(text, encoding="utf-8")
    runs = [
        *(("lint", REPORT, "--rules", str(folder / name)) for name in ("rules-missing-key", "rules-syntax")),
        ("lint", REPORT, "--rules", str(folder / "rules-kind")),
        ("figures", REPORT, "--rules", str(folder / "vocabulary-list")),
        *(("lint", REPORT, "--baseline", str(folder / name)) for name in ("version99.json", "list.json", "no.json")),
        ("lint", REPORT, "--select", ""),
        ("lint", REPORT, "--select", "IC999"),
        ("lint", REPORT, "--select", "IC1", "--ignore", "IC"),
        ("lint", REPORT, "--format", "xml"),
        ("lint", REPORT, "--coverage", "--format", "sarif"),
        ("lint", REPORT, "--annotate", str(folder / "out.txt")),
        ("lint", REPORT, "--jobs", "0"),
        ("lint",),
    ]
    lines = [_run(*run, "--lang", lang, exits=(2,)).stderr for run in runs]
    lines.append(_run("lint", REPORT, "--no-such-option", "--lang", lang, exits=(2,)).stderr)  # before --lang is read
    lines.append(_run("--no-such-option", "lint", "--lang", lang, exits=(2,)).stderr)  # the group's own option
    (folder / "undated.txt").write_text("完成投资129.9亿元。\n", encoding="utf-8")  # history leaves it out
    lines.append(_run("history", str(folder / "undated.txt"), SEED, SEED, "--lang", lang, exits=(0, 1, 2)).stderr)
    for name in ("config-key", "config-value", "config-syntax"):
        lines.append(_run("lint", str(ROOT / REPORT), "--lang", lang, exits=(2,), cwd=folder / name).stderr)
    return "".join(lines)


def _human_values(data: object, key: str = "") -> list[str]:
    """The strings of a JSON document that people read: every value but those of machine keys."""
    if isinstance(data, dict):
        return [text for k, value in data.items() if k not in MACHINE_KEYS for text in _human_values(value, k)]
    if isinstance(data, list):
        return [text for value in data for text in _human_values(value, key)]
    return [data] if isinstance(data, str) else []


# JSON keys and CSV columns whose values are machine fields, the same in both languages.
MACHINE_KEYS = {"$schema", "version", "path", "uri", "name", "severity", "level", "id", "ruleId", "kind", "fingerprint"}
MACHINE_KEYS |= {
    "columnKind",
    "rule",
    "location",
    "kind",
    "fingerprints",
    "partialFingerprints",
    "uriBaseId",
    "informationUri",
    "status",
}
MACHINE_KEYS |= {"bound", "qualifier", "reason", "unit", "headline", "role", "scope", "relation", "measure", "related"}


def _csv_values(text: str) -> list[str]:
    rows = list(csv.reader(io.StringIO(text)))
    header = rows[0]
    return [cell for row in rows[1:] for column, cell in zip(header, row, strict=False) if column not in MACHINE_KEYS]


def outputs(lang: str, pair: tuple[str, str]) -> dict[str, str]:
    previous, current = pair
    found = {
        f"lint.{f}": invoke("lint", REPORT, "--format", f, "--lang", lang)
        for f in ("full", "concise", "html", "github")
    }
    found["figures.table"] = invoke("figures", SEED, "--all", "--lang", lang)
    found["lint-previous.full"] = invoke("lint", current, "--previous", previous, "--format", "full", "--lang", lang)
    found["targets.table"] = invoke("targets", previous, current, "--lang", lang)
    found["rules"] = invoke("rules", "--lang", lang)
    found["explain"] = invoke("explain", "IC101", "--lang", lang)
    found["history.table"] = invoke("history", previous, current, "--lang", lang)
    found["lint.statistics"] = invoke("lint", REPORT, "--statistics", "--lang", lang)
    found["lint.coverage"] = invoke("lint", REPORT, "--coverage", "--lang", lang)
    for machine in ("json", "sarif"):  # the words of a machine format: its values that people read
        data = json.loads(invoke("lint", REPORT, "--format", machine, "--lang", lang))
        if machine == "sarif" and lang == "en":  # the rules' English documentation quotes reports' words
            data["runs"][0]["tool"]["driver"]["rules"] = []
        found[f"lint.{machine}"] = "\n".join(_human_values(data))
    found["lint.csv"] = "\n".join(_csv_values(invoke("lint", REPORT, "--format", "csv", "--lang", lang)))
    found["figures.csv"] = "\n".join(_csv_values(invoke("figures", SEED, "--all", "--format", "csv", "--lang", lang)))
    found["targets.csv"] = "\n".join(
        _csv_values(invoke("targets", previous, current, "--format", "csv", "--lang", lang))
    )
    found["errors"] = error_lines(lang, Path(previous).parent / "unreadable")
    found["errors.input"] = input_error_lines(lang, Path(previous).parent / "bad")
    found["kinds"] = invoke("kinds", "--lang", lang)
    found["kinds.ratio"] = invoke("kinds", "ratio", "--lang", lang)
    found["kinds.markdown"] = invoke("kinds", "--markdown", "--lang", lang)
    found["lint.annotate-status"] = invoke_stderr(
        "lint", REPORT, "--annotate", str(Path(previous).parent / "out.docx"), "--lang", lang
    )
    found["baseline-status"] = invoke_stderr(
        "baseline", REPORT, "-o", str(Path(previous).parent / "baseline.json"), "--lang", lang
    )
    return {
        name: text.replace(str(Path(previous).parent), "PAIR").replace(str(ROOT), "ROOT")
        for name, text in found.items()
    }


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_golden(lang: str, pair: tuple[str, str]) -> None:
    for name, text in outputs(lang, pair).items():
        golden = GOLDEN / f"{name}.{lang}"
        if os.environ.get("INDICHECK_UPDATE_GOLDEN"):
            GOLDEN.mkdir(exist_ok=True)
            golden.write_text(text, encoding="utf-8")
        assert text == golden.read_text(encoding="utf-8"), name


def test_chinese_output_has_no_english_words(pair: tuple[str, str]) -> None:
    for name, text in outputs("zh", pair).items():
        if name == "lint.html":
            text = re.sub(r"<style>.*?</style>", "", text, flags=re.S)
        text = re.sub(r"^::.*?::", "", text, flags=re.M)  # GitHub's command syntax (::error file=…,line=…::)
        reports = "".join((ROOT / p).read_text(encoding="utf-8") for p in (REPORT, SEED)) + PREVIOUS + CURRENT
        words = [w for w in ENGLISH_WORD.findall(MACHINE.sub(" ", text)) if w not in reports]  # not the reports' own
        words = [w for w in words if w not in RULE_FILE_WORDS]
        assert words == [], (name, sorted(set(words)))


# What a rule file writes, which the Chinese pages quote as it is written: the kinds, their parameters,
# the values a parameter may take, the windows, the vocabulary lists, the relation classes, TOML's true and false.
RULE_FILE_WORDS = {
    *KINDS,
    *WINDOWS,
    *COMMON_KEYS,
    "true",
    "false",
    *(word for module in KINDS.values() for item in fields(module.Params) for word in (item.name, *item.choices)),
    *(item.vocabulary for module in KINDS.values() for item in fields(module.Params) if item.vocabulary),
    *load_relation_classes(),  # the JSON checks' relation_class, as a rule file names it
}


def _chinese_words_left(text: str) -> list[str]:
    """The English words of a Chinese page that are neither machine text nor a rule file's own words."""
    words = ENGLISH_WORD.findall(MACHINE.sub(" ", text))
    return sorted({w for w in words if w not in RULE_FILE_WORDS})


def test_every_computation_the_kinds_write_reads_in_chinese() -> None:
    """Each finding of the kinds' flag fixtures: its computation under zh has no English word (the
    kinds write computations in English, and wording.localise translates them; a new shape of
    computation without its Chinese shows here)."""
    from checker.engine import lint_document
    from checker.report.wording import localise
    from tests.test_kinds import FIXTURES, document, rules_of

    untranslated = []
    for path in sorted(FIXTURES.glob("*.toml")):
        for case in tomllib.loads(path.read_text(encoding="utf-8"))["case"]:
            previous = document(case["previous"], "previous.txt") if "previous" in case else None
            for finding in lint_document(document(case["text"]), rules_of(case), previous=previous).findings:
                chinese = localise(finding.computation, "zh")
                if ENGLISH_WORD.search(MACHINE.sub(" ", chinese)):
                    untranslated.append(f"{finding.code} {chinese}")
    assert untranslated == []


def test_every_rule_and_kind_is_documented_in_chinese() -> None:
    """explain --lang zh and kinds --lang zh for every shipped rule and kind: a Chinese page, with no English
    word but the codes, names and rule-file keys it quotes."""
    for rule in load_rules():
        assert rule.doc_zh, rule.code
        page = invoke("explain", rule.code, "--lang", "zh")
        assert rule.doc_zh in page and _chinese_words_left(page.replace(rule.source, " ")) == [], rule.code
    for kind, module in KINDS.items():
        assert set(PARAM_DOCS[kind]) == {item.name for item in fields(module.Params)}, kind
        assert _chinese_words_left(invoke("kinds", kind, "--lang", "zh")) == [], kind
    assert set(KIND_DOCS) == set(KINDS)


def test_english_output_has_no_chinese_words(pair: tuple[str, str]) -> None:
    for name, text in outputs("en", pair).items():
        # The report's own text (figures, sentences, indicator names) is Chinese: only the tool's words count.
        own = re.sub(r'<p class="text".*?</p>|…[^\n]*', "", text)  # the report's lines, as the page shows them
        if name == "explain":  # the rule's documentation quotes reports in its examples
            own = re.sub(r"\n\n.*\n\nmessage:", "\nmessage:", own, flags=re.S)
        if name == "kinds.ratio":  # so does a kind's, and its options' cue words are the report's words
            own = re.sub(r"^.*?\nOptions", "Options", own, flags=re.S)
            own = re.sub(r"^      .*$", "", own, flags=re.M)
        if name == "kinds.markdown":  # the defaults are the vocabulary's words, the uses quote them
            own = re.sub(r"^(\|[^|]*\|[^|]*\|[^|]*\|).*$", r"\1", own, flags=re.M)
        tool_words = [word for word in CHINESE_WORDS if word in own]
        assert tool_words == [], (name, tool_words)
        # Any Chinese left is quoted: the reports' own text, or the words the English documentation and
        # the rule files quote (cue words, examples, units).
        unquoted = [run for run in re.findall(r"[\u4e00-\u9fff]+", text) if run not in _quotable()]
        assert unquoted == [], (name, sorted(set(unquoted)))


@functools.cache
def _quotable() -> str:
    """What English output may quote: the reports, the rules' English documentation and messages, the
    kinds' pages, the vocabulary, the lexicon and the units (not the rule files, whose doc_zh is Chinese)."""
    reports = [(ROOT / p).read_text(encoding="utf-8") for p in (REPORT, SEED)] + [PREVIOUS, CURRENT]
    docs = [rule.doc + rule.message_en for rule in load_rules()]
    pages = [(module.__doc__ or "") + " ".join(item.doc for item in fields(module.Params)) for module in KINDS.values()]
    data = [(ROOT / "rules" / f"{name}.toml").read_text(encoding="utf-8") for name in ("vocabulary", "indicators")]
    data += [path.read_text(encoding="utf-8") for path in (ROOT / "checker" / "data").glob("*.txt")]
    return "\n".join(reports + docs + pages + data)


def test_each_chinese_error_says_only_what_its_english_line_gives() -> None:
    """A {name} of a Chinese template that its English does not have would fail when the line is said."""
    from checker.report import errors_zh

    for english, chinese in (*errors_zh._ERRORS, *errors_zh._USAGE):
        names = set(re.findall(r"\{([a-z]+)\}", english))
        assert set(re.findall(r"\{([a-z]+)\}", chinese)) <= names, english


def test_a_line_no_table_words_is_said_as_it_is() -> None:
    from checker.report.errors_zh import stderr_line

    assert stderr_line("x.toml: rule IC101: a problem nobody wrote yet", "zh") == (
        "x.toml: rule IC101: a problem nobody wrote yet"
    )
    assert stderr_line("a: b: c must be a string", "zh") == "a: b：'c' 应为字符串"


def test_lang_given_reads_the_command_line_before_click_does() -> None:
    from checker.cli import lang_given

    assert lang_given(["lint", "x.txt", "--lang", "en"]) == "en"
    assert lang_given(["lint", "--lang=en", "x.txt"]) == "en"
    assert lang_given(["lint", "x.txt", "--lang"]) is None
    assert lang_given(["lint", "--lang", "fr"]) is None
