"""Runs the rules over a document → findings, and counts what was checked.

For each rule the engine asks the rule's kind for the relations it tests
(Checks); a Check that does not hold becomes a Finding with the rule's message
in both languages. The counts (checks run and passed, figures that took part
in no check) tell an auditor how much of the report the rules covered.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Sequence
from dataclasses import replace

from checker.claims import read_claims
from checker.context import DocumentContext
from checker.extract import extract
from checker.indicators import Lexicon, shipped_lexicon
from checker.kinds import KINDS
from checker.layout import Layout
from checker.model import Check, Claim, Document, FileResult, Finding, Related, Rule, Span, Verified
from checker.periods import read_periods
from checker.rules import render
from checker.structure import structure_of
from checker.targets import PairingError, pairing_problem, year_problem
from checker.vocabulary import shipped_vocabulary


class RuleCrash(Exception):
    """A rule kind failed on a document: a bug of indicheck's, reported as one line (exit 2)."""


def context_of(document: Document, lexicon: Lexicon | None = None, previous: Document | None = None) -> DocumentContext:
    """A document read, step by step, into what the rule kinds ask of it (and last year's, for the
    cross-report rules): structure → periods → figures → layout → claims. Each step is read from the
    text without invisible characters (Document.normal), to whose offsets every figure and check refers,
    with the vocabulary of the lexicon's folders (a --rules folder's vocabulary.toml)."""
    document = document.normal
    lexicon = lexicon if lexicon is not None else shipped_lexicon()
    vocabulary = lexicon.vocabulary or shipped_vocabulary()
    last_year = context_of(previous, lexicon) if previous is not None else None
    structure = structure_of(document.text, vocabulary)
    periods = read_periods(document, structure.body_end, vocabulary, last_year.delivered if last_year else None)
    figures = extract(document, vocabulary).figures  # of the normal text: nothing to map
    layout = Layout(document, figures, structure, vocabulary)
    claims = read_claims(layout, periods, lexicon)
    return DocumentContext.on(layout, periods, claims, lexicon, last_year)


def lint_document(
    document: Document,
    rules: Sequence[Rule],
    lexicon: Lexicon | None = None,
    previous: Document | None = None,
    *,
    check_pair: bool = False,
) -> FileResult:
    """Lint one document with `rules`; `lexicon` defaults to the shipped indicators.

    With `previous` (last year's report), the cross-report rules run too; with `check_pair`,
    PairingError when it is not last year's report of the same government (the same report, a later
    one, another government's).
    """
    context = context_of(document, lexicon, previous)
    if context.previous is not None and check_pair:
        problem = pairing_problem(context.previous, context)
        if problem is not None:
            raise PairingError(problem)
    figures = context.figures
    findings: dict[tuple[str, int, int, str], Finding] = {}
    checks = passed = 0
    used: set[tuple[str, int]] = set()  # (path, offset): last year's figures have offsets of their own
    verified: list[Verified] = []
    for rule in rules:
        for check in _checks(rule, context):
            checks += 1
            used.update((span.path or document.path, span.start) for span in (check.primary, *check.related))
            home = _home(context, check)
            fingerprinted = fingerprint(rule.code, home, check)  # of the normal text, as the kinds read it
            sentence = home.document.source_span(*home.structure.sentence(check.primary.start, check.primary.end))
            check = _in_source(check, document, previous)
            verified.append(Verified(rule.code, check.primary, check.related, check.passed, check.computation))
            if check.passed:
                passed += 1
                continue
            finding = to_finding(rule, check, document, previous, fingerprinted, sentence)
            findings.setdefault((finding.code, finding.start, finding.end, finding.computation), finding)
    unchecked = sum(1 for figure in figures if (document.path, figure.start) not in used)
    # This report's findings in order, then those located in last year's report: never interleaved.
    ordered = tuple(sorted(findings.values(), key=lambda f: (f.path != document.path, f.start, f.code, f.end)))
    claims = tuple(_claim_in_source(claim, document) for claim in context.claims)
    unknown_year = year_problem(context.previous, context) if context.previous is not None else None
    notices = (unknown_year,) if unknown_year is not None else ()
    return FileResult(document.path, len(figures), checks, passed, unchecked, ordered, tuple(verified), claims, notices)


def _in_source(check: Check, document: Document, previous: Document | None) -> Check:
    """A check with its spans in the texts as read (the kinds read them without invisible characters)."""
    if document.normal is document and (previous is None or previous.normal is previous):
        return check

    def mapped(span: Span) -> Span:
        home = previous if previous is not None and span.path == previous.path else document
        return home.in_source(span)

    return replace(check, primary=mapped(check.primary), related=tuple(mapped(s) for s in check.related))


def _claim_in_source(claim: Claim, document: Document) -> Claim:
    if document.normal is document:
        return claim
    whole = None if claim.whole is None else document.figure_in_source(claim.whole)
    return replace(claim, figure=document.figure_in_source(claim.figure), whole=whole)


def _checks(rule: Rule, context: DocumentContext) -> list[Check]:
    """The rule's checks on the document; a crash names the rule and the file instead of a traceback."""
    try:
        return list(KINDS[rule.kind].check(rule, context))
    except Exception as error:  # a bug in a kind: say which rule and file, so it can be reported
        raise RuleCrash(
            f"{context.document.path}: internal error in rule {rule.code} "
            f"({type(error).__name__}: {error}); please report it with this report attached, "
            f"and run with --ignore {rule.code} meanwhile"
        ) from error


def to_finding(
    rule: Rule,
    check: Check,
    document: Document,
    previous: Document | None,
    fingerprinted: str,
    sentence: tuple[int, int],
) -> Finding:
    """The finding of a failed check whose spans (and `sentence`) are in the texts as read."""
    values = {"figure": check.primary.text, "computation": check.computation, **check.values}
    home = previous if previous is not None and check.primary.path == previous.path else document
    line, column = home.position(check.primary.start)
    related = tuple(Related(s.path or document.path, s.start, s.end, s.text) for s in check.related)
    return Finding(
        code=rule.code,
        name=rule.name,
        severity=check.severity or rule.severity,
        message_zh=render(rule.message_zh, values),
        message_en=render(rule.message_en, values),
        path=home.path,
        start=check.primary.start,
        end=check.primary.end,
        line=line,
        column=column,
        text=check.primary.text,
        related=related,
        computation=check.computation,
        fingerprint=fingerprinted,
        sentence=sentence,
    )


def _home(context: DocumentContext, check: Check) -> DocumentContext:
    """The report a check's primary figure is in: this year's, or last year's for the cross-report rules."""
    last_year = context.previous
    return last_year if last_year is not None and check.primary.path == last_year.document.path else context


def fingerprint(code: str, home: DocumentContext, check: Check) -> str:
    """Rule, normalised sentence and figures: stable under edits elsewhere in the report.

    Line numbers and offsets are left out on purpose, so a paragraph added
    above a finding does not make a baseline forget it; nor does an invisible character (the
    sentence is that of the text without them).
    """
    start, end = home.structure.sentence(check.primary.start)
    sentence = re.sub(r"\s+", "", home.text[start:end])
    parts = [code, sentence, check.primary.text, *sorted(s.text for s in check.related)]
    return hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()[:20]
