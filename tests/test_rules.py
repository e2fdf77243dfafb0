"""Rule files: validated on load; every mistake is one line naming file, rule and key."""

from __future__ import annotations

import re
import subprocess
import sys
from decimal import Decimal
from pathlib import Path

import pytest

from checker.rules import RuleError, load_file, load_rules, render, select
from tests.conftest import ROOT, SEED

GOOD = """
[[rule]]
code = "XX101"
name = "my-rate-mismatch"
kind = "ratio"
severity = "warning"
message.zh = "比率{stated}不对"
message.en = "rate {stated} is off"
doc = "What it does: …"
"""


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "custom.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_a_good_rule_loads_with_defaults(tmp_path: Path) -> None:
    (rule,) = load_file(write(tmp_path, GOOD))
    assert (rule.code, rule.kind, rule.severity.value, rule.scope) == ("XX101", "ratio", "warning", "sentence")
    # A word list the file does not give is the vocabulary's list of its concept.
    from checker.vocabulary import shipped_vocabulary

    assert rule.params.plan_cues == ()
    assert "计划" in rule.params.words("plan_cues", shipped_vocabulary())


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda t: t + "\n[[rule\n", "not valid TOML"),
        (lambda t: t.replace('kind = "ratio"', 'kind = "magic"'), "unknown kind 'magic'; valid kinds: "),
        (lambda t: t.replace('kind = "ratio"', 'kind = "ratio"\nfoo = 1'), "unknown key 'foo' for kind 'ratio'"),
        (lambda t: t.replace('severity = "warning"', 'severity = "fatal"'), "severity 'fatal'"),
        (lambda t: t.replace('code = "XX101"', 'code = "x"'), "code 'x'"),
        (lambda t: t.replace('name = "my-rate-mismatch"', 'name = "My Rule"'), "kebab-case"),
        (lambda t: t.replace("{stated}不对", "{stated.__class__}"), "unknown placeholder {stated.__class__}"),
        (lambda t: t.replace("{stated}不对", "{__import__('os').system('touch pwned')}"), "unknown placeholder"),
        (lambda t: t.replace('kind = "ratio"', 'kind = "ratio"\nplan_cues = "计划"'), "plan_cues must be a list"),
        (lambda t: t.replace('kind = "ratio"', 'kind = "ratio"\nrelation = "eval"'), "relation 'eval' must be one of"),
        (lambda t: t.replace('message.en = "rate {stated} is off"\n', ""), "exactly the keys zh and en"),
    ],
)
def test_mistakes_name_file_rule_and_key(tmp_path: Path, change, message: str) -> None:
    path = write(tmp_path, change(GOOD))
    with pytest.raises(RuleError) as caught:
        load_file(path)
    assert str(path) in str(caught.value)
    assert message in str(caught.value)


def test_code_in_a_rule_file_is_never_run(tmp_path: Path) -> None:
    marker = tmp_path / "pwned"
    rules = tmp_path / "rules"
    rules.mkdir()
    (rules / "evil.toml").write_text(
        GOOD.replace("{stated}不对", f"{{__import__('os').system('touch {marker}')}}"), encoding="utf-8"
    )
    result = subprocess.run(
        [sys.executable, "-m", "checker", "lint", str(SEED), "--rules", str(rules)],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 2
    assert len(result.stderr.strip().splitlines()) == 1 and "evil.toml" in result.stderr
    assert not marker.exists()


def test_render_is_plain_substitution() -> None:
    assert render("{a} and {b.__class__} {0}", {"a": "x"}) == "x and {b.__class__} {0}"


def test_select_and_ignore_by_prefix_and_name() -> None:
    rules = load_rules()
    assert {r.code for r in select(rules, ["IC1"])} == {r.code for r in rules if r.code.startswith("IC1")}
    assert "IC101" not in {r.code for r in select(rules, [], ["completion-rate-mismatch"])}


def test_shipped_rules_have_docs_in_both_languages() -> None:
    for rule in load_rules():
        assert rule.message_zh and rule.message_en and "Example" in rule.doc, rule.code


def test_missing_rules_dir_is_exit_2() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "checker", "lint", str(SEED), "--rules", "no/such/dir"],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 2 and "no/such/dir" in result.stderr


GROWTH_RULE = """
[[rule]]
code = "XX201"
name = "my-growth"
kind = "growth"
severity = "error"
scope = "{scope}"
message.zh = "增速{{stated}}不对"
message.en = "growth {{stated}} is off"
doc = "What it does: …"
"""


@pytest.mark.parametrize(("scope", "flagged"), [("clause", False), ("sentence", True), ("document", True)])
def test_scope_is_the_window_a_rule_reads(tmp_path: Path, scope: str, flagged: bool) -> None:
    """The levels sit in one clause and the rate in the next: a rule that reads clauses sees no
    relation; one that reads sentences or the document checks it (330/300 is 10%, not 12%)."""
    from checker.engine import lint_document
    from checker.model import Block, Document

    rules = load_file(write(tmp_path, GROWTH_RULE.format(scope=scope)))
    text = "地区生产总值由300亿元增加到330亿元，增长12%。"
    findings = lint_document(Document("p.txt", text, (Block(0, len(text)),)), rules).findings
    assert [f.text for f in findings] == (["12%"] if flagged else [])


def test_a_scope_the_kind_cannot_honour_is_refused(tmp_path: Path) -> None:
    with pytest.raises(RuleError, match="scope 'sentence' is not one kind 'repeated' can honour"):
        load_file(write(tmp_path, GOOD.replace('kind = "ratio"', 'kind = "repeated"') + 'scope = "sentence"\n'))


def test_the_readmes_kind_table_is_the_one_the_parameters_give() -> None:
    """The README's table of kinds and parameters is generated from the Params dataclasses."""
    from checker.report.kind_docs import markdown_table

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    block = readme.split("<!-- kinds:start -->\n")[1].split("<!-- kinds:end -->")[0]
    assert block == markdown_table(), "regenerate it with `indicheck kinds --markdown`"


@pytest.mark.parametrize(
    ("table", "message"),
    [
        ('name = "X指标"\nat_most = "很多人"', "'很多人' is no quantity"),
        ('name = "X指标"\nat_least = "5亿斤斤"', "is no quantity"),
        ('name = "X指标"\nshare = ["1%", "2%"]', "share needs share_of and two percentages"),
        ('name = "X指标"\nshare_of = "地区生产总值"\nshare = ["1", "2%"]', "share needs share_of"),
        ('name = "X指标"\nshare_of = "不存在的指标"\nshare = ["1%", "2%"]', "'不存在的指标' is not an indicator"),
    ],
)
def test_a_lexicon_bound_that_is_no_quantity_is_refused(tmp_path: Path, table: str, message: str) -> None:
    """Bounds (at_least, at_most) and shares (share_of, share) are quantities the magnitude kind reads."""
    from checker.indicators import load_lexicon

    (tmp_path / "indicators.toml").write_text(f"[[indicator]]\n{table}\n", encoding="utf-8")
    with pytest.raises(RuleError, match=re.escape(message)):
        load_lexicon([tmp_path])


def test_the_shipped_bounds_read_as_quantities() -> None:
    from checker.indicators import shipped_lexicon
    from checker.units import quantity_of

    indicators = {indicator.name: indicator for _, indicator in shipped_lexicon().names}
    assert quantity_of(indicators["城镇新增就业"].at_most) == (Decimal("300000000"), "人")
    assert indicators["一般公共预算收入"].share_of == "地区生产总值"
