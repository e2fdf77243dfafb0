"""indicheck: a linter for the figures in Chinese government reports.

The public API is small; everything else is reachable through it:

    import checker
    findings = checker.lint(["report.docx"], previous="last_year.docx")
    figures = checker.figures("report.txt")

Modules load on first use, so importing the package costs nothing.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from checker.model import Figure, Finding

__version__ = "0.1.0"
__all__ = ["__version__", "figures", "lint"]


def lint(
    paths: Sequence[str | Path],
    *,
    rule_dirs: Sequence[str | Path] = (),
    select: Sequence[str] = (),
    ignore: Sequence[str] = (),
    previous: str | Path | None = None,
) -> list[Finding]:
    """The findings of the shipped rules (and those of `rule_dirs`) on each report: the files of
    `paths` and the reports inside its folders, each once (as `indicheck lint` reads them).

    Raises checker.readers.ReaderError for an unreadable report,
    checker.rules.RuleError for a broken rule file (or a selection that matches no rule) and
    checker.targets.PairingError when `previous` is not last year's report of the same government.
    """
    from checker.batch import lint_reports
    from checker.indicators import load_lexicon
    from checker.readers import expand, read_document
    from checker.rules import load_rules
    from checker.rules import select as select_rules

    rules = select_rules(load_rules(rule_dirs), select, ignore)
    lexicon = load_lexicon(rule_dirs)
    earlier = read_document(previous) if previous is not None else None
    report, failures = lint_reports(expand([str(p) for p in paths]), rules, lexicon, earlier)  # the CLI's pipeline
    for failure in failures:
        raise failure.exception if failure.exception is not None else RuntimeError(failure.error)
    return list(report.findings)


def figures(path: str | Path) -> list[Figure]:
    """Every figure of one report, in order."""
    from checker.extract import extract
    from checker.readers import read_document

    return list(extract(read_document(path)).figures)
