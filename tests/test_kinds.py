"""Rule kinds against data-file cases: tests/fixtures/kinds/<kind>.toml.

Each [[case]] has a text (and for cross-report rules a `previous` text, last
year's report) and the exact findings the shipped rules must give on it (code
and flagged figure, and the related figures and severity when listed); a case with
`findings = []` must pass clean. A case may run only the rules it names
(`rules = ["IC201"]`) and set their parameters (`[case.options]`). One
parametrised test runs them all.
"""

from __future__ import annotations

import dataclasses
import tomllib
from pathlib import Path

import pytest

from checker.engine import lint_document
from checker.kinds import KINDS
from checker.model import Block, Document, Params, Rule
from checker.params import build, fields
from checker.rules import load_rules, windows_honoured

FIXTURES = Path(__file__).parent / "fixtures" / "kinds"
RULES = load_rules()


def cases() -> list:
    found = []
    for path in sorted(FIXTURES.glob("*.toml")):
        for case in tomllib.loads(path.read_text(encoding="utf-8"))["case"]:
            found.append(pytest.param(case, id=f"{path.stem}: {case['name']}"))
    return found


def document(text: str, path: str = "case.txt") -> Document:
    return Document(path, text, (Block(0, len(text)),))


def rules_of(case: dict) -> list[Rule]:
    """The rules a case runs: all shipped ones, or those it names (`rules = ["IC201"]`), with the
    parameters it sets (`[case.options]`) over each rule's own, as sqlfluff's rule cases do."""
    chosen = [rule for rule in RULES if rule.code in case["rules"]] if "rules" in case else RULES
    options = case.get("options", {})
    return [dataclasses.replace(rule, params=_with(rule.params, options)) for rule in chosen] if options else chosen


def _with(params: Params, options: dict) -> Params:
    given = build(type(params), options, AssertionError)
    return dataclasses.replace(params, **{name: getattr(given, name) for name in options})


@pytest.mark.parametrize("case", cases())
def test_case(case: dict) -> None:
    previous = document(case["previous"], "previous.txt") if "previous" in case else None
    result = lint_document(document(case["text"]), rules_of(case), previous=previous)
    got = [
        {
            "code": f.code,
            "text": f.text,
            "related": sorted(r.text for r in f.related),
            "computation": f.computation,
            "severity": f.severity.value,
        }
        for f in result.findings
    ]
    expected = case["findings"]
    assert [{"code": g["code"], "text": g["text"]} for g in got] == [
        {"code": e["code"], "text": e["text"]} for e in expected
    ], [f.computation for f in result.findings]
    for g, e in zip(got, expected, strict=True):
        if "related" in e:
            assert g["related"] == sorted(e["related"])
        if "computation" in e:
            assert g["computation"] == e["computation"]
        if "severity" in e:
            assert g["severity"] == e["severity"]


def test_every_kind_has_passing_and_flagged_cases() -> None:
    kinds_with = {"pass": set(), "flag": set()}
    for path in FIXTURES.glob("*.toml"):
        for case in tomllib.loads(path.read_text(encoding="utf-8"))["case"]:
            kinds_with["flag" if case["findings"] else "pass"].add(path.stem)
    assert set(KINDS) <= kinds_with["pass"], "kinds without a passing case"
    assert set(KINDS) <= kinds_with["flag"], "kinds without a flagged case"


def test_every_kind_ships_a_rule() -> None:
    assert set(KINDS) <= {rule.kind for rule in RULES}


def test_every_kind_module_keeps_the_kind_contract() -> None:
    """What the engine, the rule loader and `indicheck kinds` read of a kind module."""
    import dataclasses
    import inspect

    from checker.model import Params
    from checker.params import fields

    for name, module in KINDS.items():
        assert name == module.NAME
        assert (module.__doc__ or "").strip(), name
        assert issubclass(module.Params, Params) and dataclasses.is_dataclass(module.Params), name
        assert module.Params.__dataclass_params__.frozen, name
        assert all(item.doc for item in fields(module.Params)), f"{name}: every parameter says what it is for"
        assert isinstance(module.PLACEHOLDERS, tuple) and module.DEFAULT_SCOPE in windows_honoured(module)
        assert set(windows_honoured(module)) <= {"clause", "sentence", "paragraph", "document"}, name
        assert list(inspect.signature(module.check).parameters) == ["rule", "ctx"], name


def _findings(case: dict, rules: list[Rule]) -> list[tuple[str, str]]:
    previous = document(case["previous"], "previous.txt") if "previous" in case else None
    return [(f.code, f.text) for f in lint_document(document(case["text"]), rules, previous=previous).findings]


OPTION_CASES = [param for param in cases() if "options" in param.values[0]]


@pytest.mark.parametrize("case", OPTION_CASES)
def test_a_case_that_sets_parameters_differs_from_the_defaults(case: dict) -> None:
    """A parameter set by a case must change what the rule finds there, or the case tests nothing."""
    assert _findings(case, rules_of(case)) != _findings(case, rules_of({**case, "options": {}}))


def test_every_parameter_of_every_kind_is_exercised_with_another_value() -> None:
    """By a shipped rule (relation = "exhaustive", below = 0.5 …) or by a case's options."""
    exercised = {
        (rule.kind, item.name)
        for rule in RULES
        for item in fields(type(rule.params))
        if getattr(rule.params, item.name) != item.default
    }
    kind_of = {rule.code: rule.kind for rule in RULES}
    for param in OPTION_CASES:
        case = param.values[0]
        exercised |= {(kind_of[code], name) for code in case["rules"] for name in case["options"]}
    missing = [
        (name, item.name)
        for name, module in KINDS.items()
        for item in fields(module.Params)
        if (name, item.name) not in exercised
    ]
    assert missing == []
