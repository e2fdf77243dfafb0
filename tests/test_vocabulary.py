"""The vocabulary file: named word lists, extended by users, every mistake one line."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

from checker.model import Qualifier
from checker.rules import RuleError
from checker.vocabulary import PLACEHOLDER, alternation, load_vocabulary, shipped_vocabulary


def test_every_shipped_list_has_words_and_a_doc() -> None:
    for word_list in shipped_vocabulary().lists:
        assert word_list.words, word_list.name
        assert word_list.doc, word_list.name


# Lists the code reads by a name it builds: extract.py reads {qualifier}_before and {qualifier}_after
# for each Qualifier (approx_before, at_least_after ...).
BUILT_NAMES = {f"{q.value}{side}" for q in Qualifier for side in ("_before", "_after")}
# Lists of the vocabulary no code reads, each with why it is kept: none should be.
UNREAD = {
    "plan_period_not": "read by periods.py until c56e56b (“十四五”时期是… opens the five-year review); "
    "dead data since, to be removed from rules/vocabulary.toml",
}


def _names_in_the_code() -> set[str]:
    """Every string the checker's code holds as a list name: a constant equal to one (words("part_of"),
    metadata={"vocabulary": ...}) or a {name} of a regex template."""
    names = set()
    for path in (Path(__file__).resolve().parent.parent / "checker").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Constant) and isinstance(node.value, str):
                names.add(node.value)
                names |= set(PLACEHOLDER.findall(node.value))
    return names


def test_every_shipped_list_is_read_by_the_code() -> None:
    """A list nobody reads is dead data: words a user adds to it change nothing, silently."""
    shipped = {word_list.name for word_list in shipped_vocabulary().lists}
    assert shipped >= BUILT_NAMES
    unread = shipped - _names_in_the_code() - BUILT_NAMES
    assert sorted(unread) == sorted(UNREAD)


def test_a_users_file_adds_words_to_the_shipped_list(tmp_path: Path) -> None:
    (tmp_path / "vocabulary.toml").write_text('[part_of]\nwords = ["其中：", "其中"]\n', encoding="utf-8")
    words = load_vocabulary([tmp_path]).words("part_of")
    assert words[: len(shipped_vocabulary().words("part_of"))] == shipped_vocabulary().words("part_of")
    assert words.count("其中") == 1 and "其中：" in words


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ('[no_such_list]\nwords = ["x"]\n', "list [no_such_list] is not a list indicheck reads"),
        ('[part_of]\nwords = "其中"\n', "words must be a list of non-empty strings"),
        ('[part_of]\nwords = [""]\n', "words must be a list of non-empty strings"),
        ('[part_of]\nword = ["其中"]\n', "unknown key 'word'"),
        ("part_of = 3\n", "must be a table"),
        ("[part_of\n", "not valid TOML"),
    ],
)
def test_a_broken_users_file_is_one_line_naming_file_and_list(tmp_path: Path, text: str, message: str) -> None:
    (tmp_path / "vocabulary.toml").write_text(text, encoding="utf-8")
    with pytest.raises(RuleError, match=re.escape(message)) as error:
        load_vocabulary([tmp_path])
    assert str(tmp_path / "vocabulary.toml") in str(error.value)
    assert "\n" not in str(error.value)


def test_words_are_text_not_patterns_and_the_longest_wins() -> None:
    pattern = re.compile(alternation(["低于", "不低于", "a.b"]))
    assert pattern.match("不低于10%").group() == "不低于"
    assert pattern.match("axb") is None


def test_a_template_names_lists_and_keeps_quantifiers() -> None:
    pattern = shipped_vocabulary().regex(r"^{part_of}.{0,2}$")
    assert pattern.match("其中：") and not pattern.match("其中：ab")
