"""Many reports: each read and checked on its own, on several processes, in the order given.

A folder of reports is the common case in CI. One unreadable report does not
stop the others: its problem is kept as one line (which file, what is wrong,
what to do) and the command exits 2 at the end, after the output of the
readable ones. Results come back in the order of the paths whatever the number
of processes, so the output of `--jobs 4` is that of `--jobs 1`.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any

from checker.readers import ReaderError, limits, read_document

if TYPE_CHECKING:  # `figures` never loads the rules' modules: they are imported where lint runs
    from checker.indicators import Lexicon
    from checker.model import Document, Extraction, FileResult, LintReport, Rule
    from checker.vocabulary import Vocabulary

# Errors that say what is wrong with the input in one line: (module, class); the modules are looked up
# only once loaded, since an error of a module never imported cannot have been raised.
EXPLAINED = (("checker.engine", "RuleCrash"), ("checker.pairing", "PairingError"))


@dataclass(frozen=True)
class Outcome:
    """What one report gave: a value, or the one line that says why it gave none."""

    path: str
    value: Any = None
    error: str | None = None
    exception: Exception | None = None  # the error itself, for the API to raise


def each_report(paths: Sequence[str], work: Callable[[str], Any], jobs: int = 1) -> list[Outcome]:
    """`work(path)` for each path, on up to `jobs` processes; the outcomes in the order of `paths`.

    Each worker process is handed `work` once, when it starts, and then only paths: sent with every
    report, the work (its rules and lexicon) was unpickled afresh for each, and each new vocabulary
    made every pattern cached per vocabulary compare hundreds of words to find its entry, so that
    `--jobs 2` took three times as long as `--jobs 1` on two cores."""
    if jobs <= 1 or len(paths) < 2:
        return [_attempt(work, path, limits.max_bytes, keep=True) for path in paths]
    from concurrent.futures import ProcessPoolExecutor  # multiprocessing loads only when it is used

    with ProcessPoolExecutor(
        max_workers=min(jobs, len(paths)), initializer=_start_worker, initargs=(work, limits.max_bytes)
    ) as pool:
        return list(pool.map(_attempt_in_worker, paths))


class _Worker:
    """What a worker process of each_report runs, set once when it starts (its pool's initializer)."""

    work: Callable[[str], Any] | None = None


def _start_worker(work: Callable[[str], Any], max_bytes: int) -> None:
    _Worker.work = work
    limits.max_bytes = max_bytes  # a worker process started afresh has the default cap


def _attempt_in_worker(path: str) -> Outcome:
    assert _Worker.work is not None, "each_report starts its workers with their work"
    return _attempt(_Worker.work, path, limits.max_bytes)


def _attempt(work: Callable[[str], Any], path: str, max_bytes: int, keep: bool = False) -> Outcome:
    """`work(path)`, or the line that says why it failed; `keep` keeps the error itself (in this
    process only: an exception need not cross to another)."""
    limits.max_bytes = max_bytes
    try:
        return Outcome(path, work(path))
    except Exception as error:
        if isinstance(error, _explained()):
            return Outcome(path, error=str(error), exception=error if keep else None)
        # a bug of indicheck's: name the file, so that it can be reported
        return Outcome(
            path,
            error=f"{path}: internal error ({type(error).__name__}: {error}); please report it "
            "with this report attached",
        )


def _explained() -> tuple[type[Exception], ...]:
    loaded = (getattr(sys.modules[module], name) for module, name in EXPLAINED if module in sys.modules)
    return (ReaderError, *loaded)


def lint_reports(
    paths: Sequence[str], rules: Sequence[Rule], lexicon: Lexicon, previous: Document | None = None, jobs: int = 1
) -> tuple[LintReport, list[Outcome]]:
    """The one pipeline of `lint`, `baseline` and the API: each report read and linted (on `jobs`
    processes), the results gathered in order into a LintReport, and the reports that could not be."""
    from checker.model import LintReport

    outcomes = each_report(paths, Linter(tuple(rules), lexicon, previous), jobs)
    results = tuple(outcome.value for outcome in outcomes if outcome.error is None)
    report = LintReport(results, tuple(rules), others=(previous,) if previous else ())
    return report, [outcome for outcome in outcomes if outcome.error is not None]


@dataclass(frozen=True)
class Linter:
    """Read one report and lint it: what each process of `lint` and `baseline` runs."""

    rules: tuple[Rule, ...]
    lexicon: Lexicon
    previous: Document | None = None

    def __call__(self, path: str) -> tuple[Document, FileResult]:
        from checker.engine import lint_document

        document = read_document(path)
        return document, lint_document(document, self.rules, self.lexicon, self.previous, check_pair=True)


@dataclass(frozen=True)
class FigureReader:
    """Read one report and extract its figures with a vocabulary: what each process of `figures` runs."""

    vocabulary: Vocabulary | None = None

    def __call__(self, path: str) -> tuple[Document, Extraction]:
        """The figures of the report at `path`, with the year its periods say it was delivered in: read as
        engine.context_of reads them (the text without invisible characters, its body, this vocabulary)."""
        from checker.extract import extract
        from checker.model import ReportYear
        from checker.periods import read_periods
        from checker.structure import Structure
        from checker.vocabulary import shipped_vocabulary

        document = read_document(path)
        vocabulary = self.vocabulary or shipped_vocabulary()
        structure = Structure(document.normal.text, vocabulary)
        periods = read_periods(document.normal, structure.body_end, vocabulary)
        extraction = extract(document, vocabulary, structure)
        return document, replace(extraction, year=ReportYear(periods.delivered, periods.delivered_from))
