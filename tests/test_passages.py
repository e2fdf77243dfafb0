"""Report passages written apart from the fixtures, each in a right or a wrong version.

tests/data/passages.tsv: `name<TAB>text`, `\\n` for a line break. A name ending in _ok
must raise no error and no warning; a name ending in _note (a target a little under the
year's actual: ordinary policy, issue "severity that means something") exactly an info;
any other at least one error or warning. These are the
passages the rules were measured on for generalisation (three rounds); every miss or
false alarm they exposed was fixed in the rule's mechanism, not in the passage.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from checker.engine import lint_document
from checker.model import Block, Document
from checker.rules import load_rules

RULES = load_rules()
PASSAGES = [
    line.rstrip("\n").split("\t")
    for line in (Path(__file__).parent / "data" / "passages.tsv").read_text(encoding="utf-8").splitlines()
    if line
]


@pytest.mark.parametrize(("name", "text"), PASSAGES, ids=[p[0] for p in PASSAGES])
def test_passage(name: str, text: str) -> None:
    text = text.replace("\\n", "\n")
    findings = lint_document(Document("p.txt", text, (Block(0, len(text)),)), RULES).findings
    serious = [f"{f.code} {f.text}" for f in findings if f.severity.value in ("error", "warning")]
    if name.endswith("_ok"):
        assert serious == []
    elif name.endswith("_note"):
        assert serious == []
        assert [f for f in findings if f.severity.value == "info"], "a plausibility note is an info"
    else:
        assert serious, "a wrong passage must be flagged as an error or a warning"


# Rounds written apart from the code (a helper that read no rule), in pairs of a right and a
# wrong version. The right ones must all stay quiet; the wrong ones flagged must not fall
# below the floor, which only rises as the mechanisms they need come.
# - Round 4, 40 pairs, shapes chosen to trip a naive checker: 18 flagged before the fixes they
#   exposed, 26 when added, 29 since rates over counts and plans inside a completion phrase.
# - Round 5, 50 pairs, for the relations of the auditor issue (rates over counts, 分别 lists,
#   Chinese numerals, body definitions, products, magnitude slips, % for 个百分点, appendix
#   tables flattened on one line): 22 flagged when added.
# - Round 6, 40 pairs, held out: written after the round 5 work by a helper who read no code, and
#   measured before any change for it: none of the right ones flagged, 28 of the wrong ones.
# - Round 7, 30 pairs, held out the same way after the round 6 work: none of the right ones
#   flagged, 18 of the wrong ones before any change for it.
# - Round 8, held out for the false-warning and recall issues (written by a helper who read no code
#   while the year and false-warning work went on, never shown to the engineer doing it): 41 right
#   passages of the false shapes (grades, quoted runs, counts inside an item, two indicators in one
#   clause, increments, stock and flow, per-unit amounts, work done anew, dates in Chinese numerals)
#   and 51 pairs: 5 of the 92 right ones flagged before that work, 0 after; 21 of the 51 wrong ones,
#   29 after the recall work that never saw it (counts with a fraction, shares, headings announced).
# Each passage is read as a .txt report is read, so that a table on a line is a table.
FLOORS = {
    "passages_round4.tsv": 34,
    "passages_round5.tsv": 49,
    "passages_round6.tsv": 37,
    "passages_round7.tsv": 23,
    "passages_round8.tsv": 29,
}
ROUNDS = {
    name: [
        tuple(line.split("\t"))
        for line in (Path(__file__).parent / "data" / name).read_text(encoding="utf-8").splitlines()
        if line
    ]
    for name in FLOORS
}
RIGHT = [(round_, *p) for round_, passages in ROUNDS.items() for p in passages if p[0].endswith("_ok")]


def _serious(text: str) -> list[str]:
    from checker.readers.text import document

    findings = lint_document(document("p.txt", text.replace("\\n", "\n")), RULES).findings
    return [f"{f.code} {f.text}" for f in findings if f.severity.value in ("error", "warning")]


@pytest.mark.parametrize(("round_", "name", "text"), RIGHT, ids=[p[1] for p in RIGHT])
def test_right_passage_of_a_round_is_quiet(round_: str, name: str, text: str) -> None:
    assert _serious(text) == []


@pytest.mark.parametrize("round_", sorted(FLOORS))
def test_wrong_passages_of_a_round_flagged(round_: str) -> None:
    wrong = [(name, text) for name, text in ROUNDS[round_] if name.endswith("_bad")]
    right = {name.removesuffix("_ok") for name, _ in ROUNDS[round_] if name.endswith("_ok")}
    assert {name.removesuffix("_bad") for name, _ in wrong} <= right  # each wrong one is a right one broken
    flagged = [name for name, text in wrong if _serious(text)]
    assert len(flagged) >= FLOORS[round_], sorted(set(dict(wrong)) - set(flagged))
