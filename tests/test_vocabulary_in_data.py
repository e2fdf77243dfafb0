"""Words are data: no module-level constant of the checker holds Chinese words (issue: claims).

Cue words live once, in rules/vocabulary.toml, named by the concept; a rule kind's word-list
parameter defaults to the vocabulary list its field names, which a rule file may replace. What may stay in the
code is grammar, not vocabulary: Chinese numerals and the year/month/day of dates,
and unit names, which are data of their own (data/units_zh.txt).
"""

from __future__ import annotations

import ast
import functools
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


def _documentation(tree: ast.Module) -> set[int]:
    """The string constants of a module that document rather than match: docstrings (and any bare
    string statement), a parameter's doc (metadata={"doc": ...}) and a click option's help=."""
    found: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Expr) and isinstance(node.value, ast.Constant):
            found.add(id(node.value))
        elif isinstance(node, ast.Dict):
            found |= {
                id(value)
                for key, value in zip(node.keys, node.values, strict=True)
                if isinstance(key, ast.Constant) and key.value == "doc"
            }
        elif isinstance(node, ast.keyword) and node.arg == "help":
            found.add(id(node.value))
    return found


@functools.cache
def _literal_words() -> frozenset[str]:
    """`module:words` for every string constant anywhere in the checker's code (functions included,
    f-string parts too) that holds Chinese words: the ideographs left after unit names and the
    numeral and date grammar are taken out, in the order written."""
    found = set()
    for path in sorted(PACKAGE.rglob("*.py")):
        if NOT_VOCABULARY & {path.name, path.parent.name}:
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        documentation = _documentation(tree)
        for node in ast.walk(tree):
            if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in documentation:
                if IDEOGRAPH.search(node.value) and (words := _words(node.value)):
                    ordered = dict.fromkeys(ch for ch in IDEOGRAPH.findall(node.value) if ch in words)
                    found.add(f"{path.relative_to(PACKAGE)}:{''.join(ordered)}")
    return frozenset(found)


# The Chinese words still written as string literals in the checker, each with why it is there.
# Issue 19 moves the cue words among them to rules/vocabulary.toml (or the units file); this list
# only shrinks: a literal not in it fails the first test below, an entry no literal needs the second.
LITERAL_WORDS = {
    # extraction: the numeral reader's own grammar (the cue words went to rules/vocabulary.toml)
    "extract/cues.py:分之成": "分之 and 成 after a Chinese numeral: what makes it a candidate figure",
    "extract/cues.py:分之翻了番半": "the number pattern: 百分之, 翻了一番, 半",
    "extract/cues.py:翻半": "负, 翻, 半: characters a figure's start may not follow (the number pattern)",
    "extract/cues.py:鿿": "U+9FFF, the end of a character range written as a character, not a word",
    "extract/reading.py:分之": "百分之/千分之/万分之 and 三分之一: the fraction forms of a numeral",
    "extract/reading.py:半": "半年, 半个月: 半 read as one half",
    "extract/reading.py:成": "三成 (30%): a numeral form the reader takes as a share",
    # output text, translated like report/, not cue words
    "formulas.py:意识": "四个意识, an example in the error message for a formula's term",
    "formulas.py:政治意识": "an example in the error message for a formula's parts",
    "formulas.py:新": "四新, an example in the error message for another count's term",
    "formulas.py:第": "the numeral grammar: 第 before a numeral makes an ordinal (第四), not a count",
    "indicators.py:地区生产总值": "an example in the error message for a share without share_of",
    "readers/docx.py:段落": "a location shown to the user (段落 12)",
    "readers/pdf.py:第": "a location shown to the user (第 3 页)",
    "readers/pdf.py:页": "a location shown to the user (第 3 页)",
    "readers/tables.py:表": "a location shown to the user (表1)",
    "readers/tables.py:第": "a location shown to the user (表1 第1行第2列)",
    "readers/tables.py:第行": "a location shown to the user (表1 第1行)",
    "readers/tables.py:行第": "a location shown to the user (第1行第2列)",
    "pairing.py:均累计末": "the note shown for a target the current report gives for another scope",
    "pairing.py:与": "the message for the same report given twice (zh)",
    "pairing.py:是同报告请给出上的和本": "the message for the same report given twice (zh)",
    "pairing.py:是": "the messages for reports in the wrong order or of two governments (zh)",
    "pairing.py:的报告": "the messages for reports in the wrong order or of two governments (zh)",
    "pairing.py:的但上报告应在前请先给出": "the message for reports in the wrong order (zh)",
    "pairing.py:的报告请给出同政府": "the message for reports of two governments (zh)",
}


def test_no_chinese_words_in_the_checkers_string_literals() -> None:
    """Not only constants: a word written inside a function (a cue tested with `in`, a regex built
    on the spot) is vocabulary in Python too. Docstrings, parameter docs and help texts may hold
    examples; what else holds Chinese words is listed above, with the reason."""
    new = sorted(_literal_words() - set(LITERAL_WORDS))
    assert new == [], "move these words to rules/vocabulary.toml (or list a message in LITERAL_WORDS)"


def test_every_listed_literal_is_still_in_the_code() -> None:
    """The list of literals shrinks as the words move to the vocabulary: an entry no literal needs goes."""
    assert sorted(set(LITERAL_WORDS) - _literal_words()) == []


def test_the_literal_walk_sees_literals_inside_functions() -> None:
    """The tests above would pass on nothing: make sure the walk reaches a function's body and
    leaves docstrings and parameter docs out."""
    found = _literal_words()
    assert {"extract/reading.py:半", "readers/docx.py:段落"} <= found  # both inside a function
    assert not any(word.startswith("kinds/ratio.py:") for word in found)  # its Chinese is all in its docs
