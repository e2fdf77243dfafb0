"""Broken copies of real reports: is a single-figure slip in a checkable relation caught?

    python bench/slips.py                      # per relation: slips caught of slips made, and the misses
    python bench/slips.py --quiet              # the totals only
    python bench/slips.py --set recall         # the recall set (20 reports), by relation class and by report
    python bench/slips.py --set recall --split held_out   # only the reports nobody developed on

tests/data/slips_hand.tsv was written by a reviewer who read four reports of
../shared/corpus (not the code): every relation between figures a careful
auditor can check from the report's own text (parts of a whole, a count word
and the items it names, an increment between two stated levels …), and for
each one figure to break (a digit, a decimal point, 万 for 亿) so that the
relation no longer holds. Each row is applied to a copy of its report on its
own; the slip is caught when the broken copy draws an error or a warning
(code and line) that the unbroken report does not.

tests/data/slips_recall.tsv is the larger recall set: three reviewers who
read no code annotated 20 other reports of the corpus by one written guide
(relation classes, the figure's offset, the mutation, a verdict that the
relation holds as published). Its reports were split before any work on it:
`develop` (10 reports) may be looked at when a rule is built; `held_out` (10)
is only measured, so that its number says how the rules generalise. Only
rows whose verdict is `holds` count.

The count shows how much of what an auditor can check by hand indicheck
checks; tests/test_slips.py holds the floor.
"""

from __future__ import annotations

import argparse
import csv
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus"
SETS = {
    "hand": ROOT / "tests" / "data" / "slips_hand.tsv",
    "recall": ROOT / "tests" / "data" / "slips_recall.tsv",
}
SLIPS = SETS["hand"]
SERIOUS = ("error", "warning")
sys.path.insert(0, str(ROOT))

from checker.engine import lint_document  # noqa: E402
from checker.model import Document  # noqa: E402
from checker.readers import read_document  # noqa: E402
from checker.rules import load_rules  # noqa: E402


@dataclass(frozen=True)
class Slip:
    """One figure of one checkable relation, and what it is broken into."""

    report: str
    relation: str
    original: str
    broken: str
    context: str
    note: str
    split: str = "develop"  # develop or held_out (the recall set); the hand set was developed on
    mutation: str = ""  # digit, decimal, scale, count or sign (the recall set)


@dataclass(frozen=True)
class Outcome:
    slip: Slip
    caught: tuple[str, ...]  # the new findings, "code line"


def load_slips(path: Path = SLIPS) -> list[Slip]:
    """The slips of one set whose relation holds as published (a row without a verdict does)."""
    with path.open(encoding="utf-8", newline="") as stream:
        rows = list(csv.DictReader(stream, delimiter="\t", quoting=csv.QUOTE_NONE))
    return [
        Slip(
            r["file"],
            r["relation"],
            r["original"],
            r["broken"],
            r["context"],
            r["note"],
            r.get("split") or "develop",
            r.get("mutation") or "",
        )
        for r in rows
        if r.get("verdict", "holds") == "holds"
    ]


def _serious(document: Document, rules) -> Counter[str]:
    findings = lint_document(document, rules).findings
    return Counter(f"{f.code} {f.line}" for f in findings if f.severity.value in SERIOUS)


def run(slips: list[Slip], corpus: Path = CORPUS) -> list[Outcome]:
    """Each slip applied alone to its report, and the findings it adds."""
    rules = load_rules()
    outcomes = []
    unbroken: dict[str, tuple[Document, Counter[str]]] = {}
    for slip in slips:
        if slip.report not in unbroken:
            document = read_document(corpus / slip.report)
            unbroken[slip.report] = (document, _serious(document, rules))
        document, before = unbroken[slip.report]
        at = document.text.index(slip.context)
        cut = at + slip.context.index(slip.original)
        text = document.text[:cut] + slip.broken + document.text[cut + len(slip.original) :]
        broken = Document(document.path, text, document.blocks)
        added = _serious(broken, rules) - before
        outcomes.append(Outcome(slip, tuple(sorted(added))))
    return outcomes


def _tally(title: str, outcomes: list[Outcome], key, quiet: bool) -> None:
    """Slips caught of slips made, grouped by key (relation class or report), with the misses."""
    groups: dict[str, list[Outcome]] = {}
    for outcome in outcomes:
        groups.setdefault(key(outcome.slip), []).append(outcome)
    print(f"by {title}:")
    for name, group in sorted(groups.items()):
        print(f"  {name:24} {sum(bool(o.caught) for o in group):3} of {len(group)}")
        if not quiet:
            for o in group:
                if not o.caught:
                    print(f"      missed  {o.slip.report}  {o.slip.original} → {o.slip.broken}  {o.slip.context}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--set", choices=sorted(SETS), default="hand", help="which set of slips (default: hand)")
    parser.add_argument("--split", choices=("develop", "held_out"), help="only the reports of one half")
    parser.add_argument("--quiet", action="store_true", help="print the totals only")
    args = parser.parse_args()
    slips = [s for s in load_slips(SETS[args.set]) if args.split in (None, s.split)]
    outcomes = run(slips)
    _tally("relation", outcomes, lambda slip: slip.relation, args.quiet)
    if args.set == "recall":
        _tally("report", outcomes, lambda slip: f"{slip.report.removesuffix('.txt')} ({slip.split})", True)
    for split in sorted({o.slip.split for o in outcomes}):
        group = [o for o in outcomes if o.slip.split == split]
        caught = sum(bool(o.caught) for o in group)
        print(f"{split}: caught {caught} of {len(group)} single-figure slips ({100 * caught / len(group):.0f}%)")
    caught = sum(bool(o.caught) for o in outcomes)
    print(f"caught {caught} of {len(outcomes)} single-figure slips ({100 * caught / len(outcomes):.0f}%)")


if __name__ == "__main__":
    main()
