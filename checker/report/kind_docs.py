"""The documentation of the rule kinds, for people writing rule files: `indicheck kinds` (the list, or
one kind's page) and `kinds --markdown` (the README's table of parameters).

Everything here is generated from the kind modules themselves (their docstrings, Params dataclasses,
PLACEHOLDERS and windows), so the documentation cannot drift from what the rule loader accepts.
"""

from __future__ import annotations

from decimal import Decimal

from checker.kinds import KINDS
from checker.params import Field, fields
from checker.report.kind_docs_zh import KIND_DOCS, PARAM_DOCS
from checker.rules import COMMON_PLACEHOLDERS, windows_honoured

# The words around a kind's options, in each language; the options themselves (names, types, values)
# are keys of the rule files and stay as they are written there.
PAGE_WORDS = {
    "en": {
        "options": "Options (key = default):",
        "vocabulary": "the vocabulary's [{list}]",
        "one_of": "  (one of: {choices})",
        "placeholders": "Message placeholders: {placeholders}",
        "scope": "Default scope: {scope}; scopes it honours: {scopes}",
    },
    "zh": {
        "options": "参数（键 = 默认值）：",
        "vocabulary": "词表 [{list}]",
        "one_of": "  （可取：{choices}）",
        "placeholders": "信息模板可用的占位符：{placeholders}",
        "scope": "默认范围：{scope}；可用范围：{scopes}",
    },
}
# A parameter's type as the page names it; en keeps the names the rule loader's errors use.
WINDOW_WORDS = {"zh": {"clause": "分句", "sentence": "句", "paragraph": "段落", "document": "全文"}}
TYPE_WORDS = {
    "zh": {"decimal": "小数", "strings": "字符串列表", "string": "字符串", "boolean": "布尔值", "integer": "整数"}
}


def kind_doc(name: str, lang: str) -> str:
    """A kind's documentation in `lang`: its module's docstring, or its Chinese page."""
    if lang == "zh":
        return KIND_DOCS[name]
    return (KINDS[name].__doc__ or "").strip()


def kind_list(lang: str = "en") -> str:
    """One line per kind: its name and the first line of its documentation."""
    return "\n".join(f"{name:<12} {kind_doc(name, lang).splitlines()[0]}" for name in KINDS)


def kind_page(name: str, lang: str = "en") -> str:
    """One kind's documentation: what it checks, its options with their defaults, the placeholders its
    messages may use and the windows it reads."""
    module, words = KINDS[name], PAGE_WORDS[lang]
    lines = [kind_doc(name, lang), "", words["options"]]
    for item in fields(module.Params):
        choices = words["one_of"].format(choices=", ".join(item.choices)) if item.choices else ""
        if item.vocabulary and not item.default:
            shown = words["vocabulary"].format(list=item.vocabulary)
        else:
            shown = _default_on_page(item.default, lang)
        lines.append(f"  {item.name} = {shown}  [{TYPE_WORDS.get(lang, {}).get(item.type, item.type)}]{choices}")
        doc = PARAM_DOCS[name][item.name] if lang == "zh" else item.doc
        if doc:
            lines.append(f"      {doc}")
    placeholders = ", ".join("{" + p + "}" for p in (*COMMON_PLACEHOLDERS, *module.PLACEHOLDERS))
    lines += [
        "",
        words["placeholders"].format(placeholders=placeholders),
        words["scope"].format(
            scope=_window(module.DEFAULT_WINDOW, lang),
            scopes=", ".join(_window(w, lang) for w in windows_honoured(module)),
        ),
    ]
    return "\n".join(lines)


def _window(window: str, lang: str) -> str:
    """A window as the rule file writes it, with its Chinese name under --lang zh: sentence（句）."""
    name = WINDOW_WORDS.get(lang, {}).get(window)
    return f"{window}（{name}）" if name else window


def _default_on_page(default: object, lang: str) -> str:
    """A default as the page shows it: Python's repr in English (as it always was), a TOML value in
    Chinese (true, 0.05, "completion", ["计划", "目标"]), which is what a rule file would write and has
    no English word."""
    if lang != "zh":
        if isinstance(default, tuple | list):
            default = list(default)
        return repr(str(default) if isinstance(default, Decimal) else default)
    if isinstance(default, bool):
        return str(default).lower()
    if isinstance(default, tuple | list):
        return "[" + ", ".join(f'"{value}"' for value in default) + "]"
    if isinstance(default, str):
        return f'"{default}"'
    return str(default)


TABLE_WORDS = {
    "en": ("| kind | parameter | type | default | what it is for |", "the window it reads", "vocabulary"),
    "zh": ("| 规则类型 | 参数 | 取值类型 | 默认值 | 用途 |", "所读的范围", "词表"),
}


def markdown_table(lang: str = "en") -> str:
    """Every kind's parameters as the README shows them (in English), generated from the Params dataclasses."""
    header, window_doc, vocabulary = TABLE_WORDS[lang]
    lines = [header, "|---|---|---|---|---|"]
    for name, module in sorted(KINDS.items()):
        windows = " / ".join(windows_honoured(module))
        lines.append(f"| {name} | `scope` | {windows} | {module.DEFAULT_WINDOW} | {window_doc} |")
        for item in fields(module.Params):
            value_type = (
                " / ".join(item.choices) if item.choices else TYPE_WORDS.get(lang, {}).get(item.type, item.type)
            )
            doc = PARAM_DOCS[name][item.name] if lang == "zh" else item.doc
            lines.append(f"| {name} | `{item.name}` | {value_type} | {_default_in_table(item, vocabulary)} | {doc} |")
    return "\n".join(lines) + "\n"


def _default_in_table(item: Field, vocabulary: str) -> str:
    """A parameter's default as the table cell shows it: a vocabulary list by name, a long tuple cut."""
    default = item.default
    if item.vocabulary and not default:
        return f"{vocabulary} `[{item.vocabulary}]`"
    if isinstance(default, tuple):
        return "、".join(default) if len(default) <= 6 else "、".join(default[:6]) + " …"
    if isinstance(default, bool):
        return str(default).lower()
    return str(default)
