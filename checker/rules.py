"""rules/*.toml → validated Rule objects. Errors name the file, the rule and the key.

Rule files are data. Nothing in them is evaluated: a message template may only
name placeholders of its kind ({stated}, {computed} …), filled by plain
substitution, never by str.format, so a value that looks like code stays text.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from types import ModuleType
from typing import Any

from checker.datafiles import RuleError, read_toml, shipped_rules_dir
from checker.kinds import KINDS
from checker.model import RelationClass, Rule, Severity
from checker.params import build, unknown_keys
from checker.relation_classes import load_relation_classes

# Files of rules/ that hold data the rules read, not rules.
DATA_FILES = ("indicators", "vocabulary", "relation_classes", "formulas")
COMMON_KEYS = ("code", "name", "kind", "severity", "message", "doc", "doc_zh", "scope", "relation_class")
# The windows a rule may read its figures by (the key `scope` of a rule file).
WINDOWS = ("clause", "sentence", "paragraph", "document")
CODE = re.compile(r"^[A-Z]{1,4}\d{3,4}$")
NAME = re.compile(r"^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$")
PLACEHOLDER = re.compile(r"\{([^{}]*)\}")
LANGS = ("zh", "en")
# Placeholders every kind fills.
COMMON_PLACEHOLDERS = ("figure", "computation")


def load_rules(extra_dirs: Sequence[str | Path] = (), *, shipped: bool = True) -> list[Rule]:
    """All rules: the shipped ones and those of `extra_dirs`, ordered by code."""
    dirs = ([shipped_rules_dir()] if shipped else []) + [Path(d) for d in extra_dirs]
    classes = load_relation_classes(extra_dirs)
    rules: dict[str, Rule] = {}
    for directory in dirs:
        if not directory.is_dir():
            raise RuleError(f"{directory}: not a directory of rule files; give a folder that holds *.toml rules")
        if not any(directory.glob("*.toml")):
            raise RuleError(
                f"{directory}: holds no *.toml file (rules, indicators.toml or vocabulary.toml); check the --rules path"
            )
        for path in sorted(directory.glob("*.toml")):
            if path.name.startswith("_") or path.stem in DATA_FILES:
                continue
            for rule in load_file(path, classes):
                if rule.code in rules and rules[rule.code].source != rule.source:
                    raise RuleError(
                        f"{path}: rule {rule.code}: the code is already used in {rules[rule.code].source}; "
                        "give the rule a code of its own"
                    )
                rules[rule.code] = rule
    return sorted(rules.values(), key=lambda rule: rule.code)


def load_file(path: Path, classes: dict[str, RelationClass] | None = None) -> list[Rule]:
    """The rules of one file; `classes` are the relation classes a rule may name (default: the shipped ones)."""
    classes = load_relation_classes() if classes is None else classes
    data = read_toml(path)
    unknown = set(data) - {"rule"}
    if unknown:
        raise RuleError(f"{path}: unknown top-level key {sorted(unknown)[0]!r}; a rule file holds [[rule]] tables only")
    tables = data.get("rule", [])
    if not isinstance(tables, list) or not all(isinstance(table, dict) for table in tables):
        raise RuleError(f"{path}: 'rule' must be an array of tables ([[rule]])")
    return [_rule(path, index, table, classes) for index, table in enumerate(tables, start=1)]


def _rule(path: Path, index: int, table: dict[str, Any], classes: dict[str, RelationClass]) -> Rule:
    """One [[rule]] table → a Rule, or RuleError naming the file, the rule and the key at fault.

    Each part of the table is checked in its own step, in the order a reader of the file meets the keys
    (what the rule is, its window, its messages, then its kind's parameters), so the first problem is
    the one said.
    """
    where = f"{path}: rule {table.get('code', f'#{index}')}"

    def fail(problem: str) -> RuleError:
        return RuleError(f"{where}: {problem}")

    for key in ("code", "name", "kind", "severity", "message", "doc"):
        if key not in table:
            raise fail(f"missing key {key!r}")
    code, name, kind = _identity(table, fail)
    module = KINDS[kind]
    try:
        severity = Severity(table["severity"])
    except (ValueError, TypeError):
        raise fail(f"severity {table['severity']!r} must be one of error, warning, info") from None
    window = _window(table, kind, module, fail)
    relation_class = _relation_class(table, classes, fail)
    if not isinstance(table["doc"], str) or not table["doc"].strip():
        raise fail("doc must be a non-empty string: what it checks, why, a flagged and a passing example")
    doc_zh = table.get("doc_zh", "")
    if not isinstance(doc_zh, str):
        raise fail("doc_zh must be a string: the documentation in Chinese, for `indicheck explain --lang zh`")
    messages = _messages(table["message"], module, fail)
    unknown_keys(module.Params, table, fail, also=COMMON_KEYS, of=f" for kind {kind!r}")
    params = build(module.Params, table, fail)
    low, high = getattr(params, "low", None), getattr(params, "high", None)
    if low is not None and high is not None and low > high:
        raise fail(f"low {low} is above high {high}; give low ≤ high")
    return Rule(
        code,
        name,
        kind,
        severity,
        messages["zh"],
        messages["en"],
        table["doc"].strip(),
        window,
        params,
        str(path),
        doc_zh.strip(),
        relation_class,
    )


def _identity(table: dict[str, Any], fail: Callable[[str], RuleError]) -> tuple[str, str, str]:
    """The rule's code, name and kind, each of the form rule files promise."""
    code, name, kind = table["code"], table["name"], table["kind"]
    if not isinstance(code, str) or not CODE.match(code):
        raise fail(f"code {code!r} must look like IC101 (capital letters, then 3 or 4 digits)")
    if not isinstance(name, str) or not NAME.match(name):
        raise fail(f"name {name!r} must be kebab-case, naming the problem (completion-rate-mismatch)")
    if not isinstance(kind, str) or kind not in KINDS:
        raise fail(f"unknown kind {kind!r}; valid kinds: {', '.join(sorted(KINDS))}")
    return code, name, kind


def windows_honoured(module: ModuleType) -> tuple[str, ...]:
    """The windows a kind reads its figures by: its WINDOWS_HONOURED, or only its default window when it has none
    (most kinds: how the text states their relation fixes the window)."""
    return getattr(module, "WINDOWS_HONOURED", (module.DEFAULT_WINDOW,))


def _window(table: dict[str, Any], kind: str, module: ModuleType, fail: Callable[[str], RuleError]) -> str:
    """The window the rule reads (the key `scope`): one of WINDOWS that its kind honours."""
    window = table.get("scope", module.DEFAULT_WINDOW)
    if not isinstance(window, str) or window not in WINDOWS:
        raise fail(f"scope {window!r} must be one of {', '.join(WINDOWS)}")
    honoured = windows_honoured(module)
    if window not in honoured:
        raise fail(
            f"scope {window!r} is not one kind {kind!r} can honour (it reads its figures by "
            f"{', '.join(honoured)}); leave scope out or give one of those"
        )
    return window


def _relation_class(
    table: dict[str, Any], classes: dict[str, RelationClass], fail: Callable[[str], RuleError]
) -> RelationClass | None:
    """The class of relation the rule's checks test (the key `relation_class`), one of
    relation_classes.toml; a rule of the user's may leave it out."""
    if "relation_class" not in table:
        return None
    name = table["relation_class"]
    if not isinstance(name, str) or name not in classes:
        raise fail(
            f"relation_class {name!r} is not one of relation_classes.toml ({', '.join(classes)}); "
            "give one of those, or add the class to a relation_classes.toml beside the rule"
        )
    return classes[name]


def _messages(messages: Any, module: ModuleType, fail: Callable[[str], RuleError]) -> dict[str, str]:
    """The message templates, one per language, naming only placeholders the kind fills."""
    if not isinstance(messages, dict) or set(messages) != set(LANGS):
        raise fail("message must be a table with exactly the keys zh and en")
    allowed = set(COMMON_PLACEHOLDERS) | set(module.PLACEHOLDERS)
    for lang in LANGS:
        template = messages[lang]
        if not isinstance(template, str):
            raise fail(f"message.{lang} must be a string")
        for placeholder in PLACEHOLDER.findall(template):
            if placeholder not in allowed:
                raise fail(
                    f"message.{lang}: unknown placeholder {{{placeholder}}}; "
                    f"valid: {', '.join('{' + p + '}' for p in sorted(allowed))}"
                )
    return messages


def render(template: str, values: dict[str, str]) -> str:
    """Fill {name} placeholders by plain substitution (never str.format)."""
    return PLACEHOLDER.sub(lambda m: values.get(m.group(1), m.group(0)), template)


def select(rules: Iterable[Rule], select: Sequence[str] = (), ignore: Sequence[str] = ()) -> list[Rule]:
    """Rules whose code starts with a --select prefix (all when none) and no --ignore prefix.

    Codes are read in any case (ic1 is IC1); a code, prefix or name that matches no rule is an
    error, so that a typo in CI does not select nothing and pass.
    """
    rules = list(rules)
    chosen_by = {
        option: [_selector(rule_code, rules, option) for rule_code in given]
        for option, given in (("--select", select), ("--ignore", ignore))
    }

    def matches(rule: Rule, selectors: list[str]) -> bool:
        return any(rule.code.startswith(p) or rule.name == p for p in selectors)

    return [
        rule
        for rule in rules
        if (not select or matches(rule, chosen_by["--select"])) and not matches(rule, chosen_by["--ignore"])
    ]


def _selector(given: str, rules: list[Rule], option: str) -> str:
    """A --select/--ignore value as rules are named (codes upper-cased), or RuleError if it names none."""
    for candidate in (given, given.upper()):
        if any(rule.code.startswith(candidate) or rule.name == candidate for rule in rules):
            return candidate
    raise RuleError(
        f"{option} {given!r} matches no rule (a code such as IC101, a prefix such as IC1, or a name); "
        "`indicheck rules` lists them"
    )
