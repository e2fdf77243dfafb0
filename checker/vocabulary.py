"""rules/vocabulary.toml → the cue words indicheck reads, as named lists, each concept once.

Whether 以上 makes a floor, which words open a clause of its own, what says a
figure is a target: these are facts of the language, not of the code, and a
report from another place or decade uses words we did not meet. So they live
in a data file that users extend with a vocabulary.toml in a --rules folder
(its words are added to the shipped lists of the same name), and the code
names only the concept it asks about.

Each list is a table with the words and a line that says what they mean:

    [at_least]
    doc = "Words that make a figure a floor: this much or more."
    words = ["以上", "超过", "不低于"]
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from checker.datafiles import RuleError, read_toml, shipped_rules_dir

FILENAME = "vocabulary.toml"
PLACEHOLDER = re.compile(r"\{([a-z_]+)\}")


@dataclass(frozen=True)
class WordList:
    """One concept's words, and what they mean (for `indicheck vocabulary` and the docs)."""

    name: str
    doc: str
    words: tuple[str, ...]


@dataclass(frozen=True)
class Vocabulary:
    """Every named word list; hashable, so patterns built from it can be cached per vocabulary."""

    lists: tuple[WordList, ...]

    def __hash__(self) -> int:
        # Every cached pattern lookup hashes the vocabulary: hash its hundreds of words once.
        return self._hash

    @functools.cached_property
    def _hash(self) -> int:
        return hash(self.lists)

    @functools.cached_property
    def _by_name(self) -> dict[str, tuple[str, ...]]:
        return {word_list.name: word_list.words for word_list in self.lists}

    def words(self, name: str) -> tuple[str, ...]:
        """The words of one list; a name the file does not define is a bug of ours, not of the user's file."""
        try:
            return self._by_name[name]
        except KeyError:
            raise KeyError(f"vocabulary list {name!r} is not defined in {FILENAME}") from None

    def alternation(self, *names: str) -> str:
        """The words of `names` as a regular-expression alternation, longest first, escaped."""
        return alternation(word for name in names for word in self.words(name))

    def pattern(self, *names: str) -> re.Pattern[str]:
        """The words of `names` as a compiled alternation (cached: kinds ask for it once per figure)."""
        return _pattern(self, names)

    def regex(self, template: str) -> re.Pattern[str]:
        """A pattern in which each {list_name} stands for that list's alternation (cached):
        regex(r"{from_level}?{last_year}的?$"). Quantifiers such as {0,12} are left alone."""
        return _template(self, template)


def alternation(words: Iterable[str]) -> str:
    """Words as one non-capturing alternation, longest first so that 不低于 wins over 低于."""
    unique = sorted(set(words), key=lambda word: (-len(word), word))
    return "(?:" + "|".join(re.escape(word) for word in unique) + ")" if unique else "(?!)"


@functools.cache
def _pattern(vocabulary: Vocabulary, names: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile(vocabulary.alternation(*names))


@functools.cache
def _template(vocabulary: Vocabulary, template: str) -> re.Pattern[str]:
    return re.compile(PLACEHOLDER.sub(lambda m: vocabulary.alternation(m.group(1)), template))


@functools.cache
def shipped_vocabulary() -> Vocabulary:
    """The vocabulary of the shipped rules/vocabulary.toml alone."""
    return load_vocabulary()


def load_vocabulary(extra_dirs: Sequence[str | Path] = ()) -> Vocabulary:
    """The shipped lists, with the words of each --rules folder's vocabulary.toml added."""
    lists: dict[str, WordList] = {}
    for directory in [shipped_rules_dir(), *map(Path, extra_dirs)]:
        path = directory / FILENAME
        if not path.is_file():
            continue
        shipped = not lists
        for word_list in _load(path):
            known = lists.get(word_list.name)
            if known is None and not shipped:
                raise RuleError(
                    f"{path}: list [{word_list.name}] is not a list indicheck reads; "
                    f"valid lists: {', '.join(sorted(lists))}"
                )
            if known is not None:
                words = known.words + tuple(w for w in word_list.words if w not in known.words)
                word_list = WordList(known.name, known.doc, words)
            lists[word_list.name] = word_list
    return Vocabulary(tuple(lists.values()))


def _load(path: Path) -> list[WordList]:
    found = []
    for name, table in read_toml(path).items():
        where = f"{path}: list [{name}]"
        if not isinstance(table, dict):
            raise RuleError(f'{where}: must be a table with words = [...] (and doc = "...")')
        unknown = set(table) - {"doc", "words"}
        if unknown:
            raise RuleError(f"{where}: unknown key {sorted(unknown)[0]!r}; valid keys: doc, words")
        words, doc = table.get("words"), table.get("doc", "")
        if not isinstance(words, list) or not all(isinstance(w, str) and w for w in words):
            raise RuleError(f"{where}: words must be a list of non-empty strings")
        if not isinstance(doc, str):
            raise RuleError(f"{where}: doc must be a string")
        found.append(WordList(name, doc.strip(), tuple(words)))
    return found
