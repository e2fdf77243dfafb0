"""Words are data: no module-level constant of the checker holds Chinese words (issue: claims).

Cue words live once, in rules/vocabulary.toml, named by the concept; a rule kind's word-list
parameter defaults to the vocabulary list its field names, which a rule file may replace. What may stay in the
code is grammar, not vocabulary: Chinese numerals and the year/month/day of dates,
and unit names, which are data of their own (data/units_zh.txt).
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

from checker import numerals, units

PACKAGE = Path(__file__).resolve().parent.parent / "checker"
IDEOGRAPH = re.compile(r"[\u4e00-\u9fff]")
# Numeral grammar: digits and places, 点, 负, 多/余 (more than), 数/几 (several), and the financial
# and old numerals the grammar refuses to read (壹, 廿 …); the year/month/day of dates.
GRAMMAR = (
    set(numerals.NUMERAL_CHARACTERS)
    | set("〇零一二两三四五六七八九十百千万亿点负多余数几年月日")
    | set("壹贰叁肆伍陆柒捌玖拾佰仟廿卅卌")
)
# Output text is translated messages, not cue words (report/, and the web page's words in web/); the
# numeral grammar and the units have their own definitions (numerals.py, data/units_zh.txt).
NOT_VOCABULARY = {"report", "web", "numerals.py", "units.py"}
DEFAULTS: set[str] = set()


def _constants() -> list[tuple[str, str, str]]:
    """(module, constant, its string literals) for every module-level assignment."""
    found = []
    for path in sorted(PACKAGE.rglob("*.py")):
        if NOT_VOCABULARY & {path.name, path.parent.name}:
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in tree.body:
            if not isinstance(node, ast.Assign | ast.AnnAssign) or node.value is None:
                continue
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            names = [t.id for t in targets if isinstance(t, ast.Name)]
            if not names or set(names) & DEFAULTS:
                continue
            strings = [
                n.value for n in ast.walk(node.value) if isinstance(n, ast.Constant) and isinstance(n.value, str)
            ]
            found.append((str(path.relative_to(PACKAGE)), names[0], "".join(strings)))
    return found


def _words(text: str) -> set[str]:
    for unit in sorted(units.surface_forms(), key=len, reverse=True):
        text = text.replace(unit, "")
    return {ch for ch in IDEOGRAPH.findall(text) if ch not in GRAMMAR}


def test_no_chinese_words_in_the_checkers_constants() -> None:
    offenders = {
        f"{module}:{name}": "".join(sorted(words)) for module, name, text in _constants() if (words := _words(text))
    }
    assert offenders == {}, "move these words to rules/vocabulary.toml"


# Modules whose code, not only its constants, writes no word: the extractor and the period reader.
# The grammar of quantities they read stays: 分之 (三分之一), 成 (八成), 半 (一年半), 翻了…番 (翻两番).
WORDLESS_CODE = ("extract/*.py", "periods.py", "structure.py")
QUANTITY_GRAMMAR = set("分之成半翻了番")


def _code_literals() -> list[tuple[str, int, str]]:
    """(module, line, literal) for every string in the code of WORDLESS_CODE but its docstrings and the
    bounds of a character range ("\u4e00" <= char <= "\u9fff")."""
    found = []
    for path in sorted(p for pattern in WORDLESS_CODE for p in PACKAGE.glob(pattern)):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        skipped = set()
        for node in ast.walk(tree):
            if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef) and ast.get_docstring(node) is not None:
                skipped.add(id(node.body[0].value))  # type: ignore[attr-defined]
            if isinstance(node, ast.Compare) and all(isinstance(op, ast.Lt | ast.LtE) for op in node.ops):
                skipped.update(id(operand) for operand in [node.left, *node.comparators])
        for node in ast.walk(tree):
            if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in skipped:
                found.append((str(path.relative_to(PACKAGE)), node.lineno, node.value))
    return found


def test_no_chinese_words_in_the_extractors_code() -> None:
    """The words extraction and the periods read in function bodies (前…位, 届…次, 号, 度) are the
    vocabulary's too: a walk of constants alone does not see them."""
    offenders = {
        f"{module}:{line}": "".join(sorted(words))
        for module, line, text in _code_literals()
        if (words := _words(text) - QUANTITY_GRAMMAR)
    }
    assert offenders == {}, "move these words to rules/vocabulary.toml"


def test_the_walk_sees_the_code() -> None:
    """The test above would pass on nothing: make sure it reads the literals of function bodies."""
    literals = {(module, text) for module, _, text in _code_literals()}
    assert {("extract/reading.py", "分之"), ("extract/reading.py", "成")} <= literals


def test_the_walk_sees_constants() -> None:
    """The test above would pass on nothing: make sure it reads the modules it guards."""
    names = {f"{module}:{name}" for module, name, _ in _constants()}
    assert {"periods.py:SECTION_HEADING", "kinds/ratio.py:SHARE_OF", "structure.py:GLOSSARY_ENTRY"} <= names


def test_no_word_list_parameter_holds_words_of_its_own() -> None:
    """Each word-list parameter of a kind defaults to a vocabulary list that exists, not to words."""
    import dataclasses

    from checker.kinds import KINDS
    from checker.vocabulary import shipped_vocabulary

    vocabulary = shipped_vocabulary()
    for name, module in KINDS.items():
        for item in dataclasses.fields(module.Params):
            if isinstance(item.default, tuple):
                assert not _words("".join(item.default)), f"{name}.{item.name}: move its words to the vocabulary"
                assert vocabulary.words(item.metadata["vocabulary"]), f"{name}.{item.name}"
