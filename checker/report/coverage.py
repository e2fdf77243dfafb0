"""What the rules verified, figure by figure (`lint --coverage`).

An auditor who reads "270 figures took part in no check" needs to know which:
each figure of a report is `verified` (a relation with other figures of the
report held it, passed or not), `target` (it was compared only with a target
or last year's report: a plausibility, not an identity) or `unchecked`, and the
figures are listed under the stretch of the report they stand in (the review of
a year, the plan for the next, a five-year review).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, TextIO

from checker.model import Document, Figure, Period

if TYPE_CHECKING:
    from checker.model import FileResult, LintReport, Rule

# Kinds whose checks compare a figure with a target or with last year's report, not with its own report.
AGAINST_TARGETS = frozenset({"plan", "targets", "magnitude", "queries"})
STATUSES = ("verified", "target", "unchecked")
WORDS = {
    "zh": {"verified": "已核验", "target": "仅与目标或上年比较", "unchecked": "未核验", "actual": "回顾",
           "target_role": "计划", "": "", "title": "核验覆盖", "figures": "个数字",
           "relations": "各类关系的核验数", "failed": "未通过"},
    "en": {"verified": "verified", "target": "against a target only", "unchecked": "unchecked", "actual": "review",
           "target_role": "plan", "": "", "title": "coverage", "figures": "figures",
           "relations": "checks by relation", "failed": "failed"},
}  # fmt: skip


@dataclass(frozen=True)
class FigureStatus:
    figure: Figure
    status: str  # one of STATUSES
    codes: tuple[str, ...]  # the rules that checked it
    period: Period


def statuses(document: Document, result: FileResult, kinds: dict[str, str]) -> list[FigureStatus]:
    """The status of each figure of a document, from the checks its lint ran (`kinds`: rule code → kind);
    the figures and their periods are those the lint read (its claims), not read again."""
    codes: dict[int, list[str]] = {}
    for check in result.verified:
        for span in (check.primary, *check.related):
            if span.path in (None, document.path):
                codes.setdefault(span.start, []).append(check.code)
    found = []
    for claim in result.claims:
        checked = tuple(dict.fromkeys(codes.get(claim.figure.start, ())))
        if not checked:
            status = "unchecked"
        elif all(kinds.get(code) in AGAINST_TARGETS for code in checked):
            status = "target"
        else:
            status = "verified"
        found.append(FigureStatus(claim.figure, status, checked, claim.period))
    return found


def records(report: LintReport) -> list[dict]:
    """The statuses as JSON records, one per figure of each linted document."""
    kinds = {rule.code: rule.kind for rule in report.rules}
    return [
        {"path": document.path, "start": s.figure.start, "end": s.figure.end, "text": s.figure.text,
         "status": s.status, "rules": list(s.codes), "year": s.period.year, "role": s.period.role,
         "plan": s.period.plan}
        for document, result in report.files
        for s in statuses(document, result, kinds)
    ]  # fmt: skip


def write(report: LintReport, out: TextIO, *, lang: str) -> None:
    """The statuses as text, by file and by stretch of the report, each figure with the rules that checked it."""
    words = WORDS["zh" if lang == "zh" else "en"]
    kinds = {rule.code: rule.kind for rule in report.rules}
    for document, result in report.files:
        found = statuses(document, result, kinds)
        counts = {status: sum(1 for s in found if s.status == status) for status in STATUSES}
        summary = ", ".join(f"{words[status]} {counts[status]}" for status in STATUSES)
        out.write(f"\n{words['title']}: {document.path} ({len(found)} {words['figures']}; {summary})\n")
        out.write(f"  {words['relations']}: {_relations_line(result, report.rules, words, lang)}\n")
        for period, group in _by_period(found):
            out.write(f"  {_period_name(period, words)}\n")
            for status in STATUSES:
                listed = [s for s in group if s.status == status]
                if listed:
                    items = "、".join(
                        f"{s.figure.text}" + (f"({','.join(s.codes)})" if s.codes else "") for s in listed
                    )
                    out.write(f"    {words[status]} {len(listed)}: {items}\n")


def _relations_line(result: FileResult, rules: tuple[Rule, ...], words: dict[str, str], lang: str) -> str:
    """Each class of relation the rules run can test, with how many checks of it ran on this report and
    how many failed, in the order of the rules' codes; a class with 0 found nothing in the report to check."""
    classes = dict.fromkeys(rule.relation_class for rule in rules if rule.relation_class is not None)
    run = Counter(check.relation_class for check in result.verified)
    failed = Counter(check.relation_class for check in result.verified if not check.passed)
    parts = []
    for relation_class in classes:
        part = f"{relation_class.label(lang)} {run[relation_class]}"
        if failed[relation_class]:
            part += (
                f"（{words['failed']} {failed[relation_class]}）"
                if lang == "zh"
                else f" ({words['failed']} {failed[relation_class]})"
            )
        parts.append(part)
    return ("、" if lang == "zh" else ", ").join(parts)


def _by_period(found: list[FigureStatus]) -> Iterator[tuple[Period, list[FigureStatus]]]:
    group: list[FigureStatus] = []
    for status in found:
        if group and not status.period.same(group[0].period):
            yield group[0].period, group
            group = []
        group.append(status)
    if group:
        yield group[0].period, group


def _period_name(period: Period, words: dict[str, str]) -> str:
    role = words["target_role"] if period.role == "target" else words[period.role]
    when = period.plan or (str(period.year) if period.year else "—")
    return f"{when} {role}".strip()
