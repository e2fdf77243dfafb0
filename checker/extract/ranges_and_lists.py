"""Ranges and lists: numbers that share a unit, a 万 or a qualifier with their neighbour.

A report writes two bounds as one figure (3—5万元, 两到三万元, 1万(含)-5万元) and
lists numbers with the unit only after the last (3、5万元, 2.2个和3.7个百分点,
分别增长5%、6%以上). The reader reads each number alone, so the low bound of 3—5万元
is a bare 3; these two passes over the candidates, after every number has been
read and given its reason, join a range into one figure with both bounds and
give each item of a list what the list's last figure says.
"""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

from checker.extract.candidate import Candidate
from checker.extract.cues import Cues
from checker.structure import LONGEST


def merge_ranges(cands: list[Candidate], norm: str, cues: Cues) -> list[Candidate]:
    """3—5万元, 5%—6%, 两到三万元 and 1万(含)-5万元 are one figure with two bounds; 从3%到5% is not a range."""
    merged: list[Candidate] = []
    i = 0
    while i < len(cands):
        low = cands[i]
        high = cands[i + 1] if i + 1 < len(cands) else None
        if high is not None and _is_range(low, high, norm, cues):
            # The low bound takes the 万/亿 of the high one (3—5万元, 两到三万元).
            shared = high.factor if low.factor == 1 and not low.multiplier else Decimal(1)
            merged.append(
                replace(
                    high,
                    start=low.start,
                    value=low.value * shared,
                    decimals=low.decimals,
                    scale=low.scale * shared,
                    upper=high.value,
                    qualifier=high.qualifier,
                )
            )
            i += 2
        else:
            merged.append(low)
            i += 1
    return merged


def _is_range(low: Candidate, high: Candidate, norm: str, cues: Cues) -> bool:
    separator = cues.range_separator.match(norm, low.end, high.start)
    return (
        separator is not None
        and separator.end() == high.start
        and low.reason in (None, "no unit", "indefinite")
        and high.reason is None
        and low.upper is None
        and high.upper is None
        and low.arabic == high.arabic
        and low.unit in ("", high.unit)
        and low.value * (high.factor if low.factor == 1 and not low.multiplier else 1) <= high.value
        and not norm.endswith(cues.not_range_after, 0, low.start)
    )


def distribute_lists(cands: list[Candidate], norm: str, cues: Cues) -> list[Candidate]:
    """3、5万元 gives both the unit; a qualifier ending a 分别 list applies to each."""
    result = list(cands)
    i = len(result) - 1
    while i > 0:
        last = result[i]
        j = i
        # Walk back over numbers joined to the last one by 、和与及或 only.
        while j > 0 and norm[result[j - 1].end : result[j].start] in cues.list_separators:
            j -= 1
        if j < i and last.reason is None:
            # 分别 is looked for back to the clause's start, no further than a clause can be (structure.LONGEST):
            # a look back to the document's start, for every list of a line with no mark, was quadratic.
            first = result[j].start
            reach = max(first - LONGEST, 0)
            clause_start = max(max(norm.rfind(p, reach, first) for p in "，,；;。\n") + 1, reach)
            in_respectively = any(w in norm[clause_start:first] for w in cues.respectively)
            for k in range(j, i):
                result[k] = _share_with_last(result[k], last, in_respectively)
        i = j - 1
    return result


def _share_with_last(item: Candidate, last: Candidate, in_respectively: bool) -> Candidate:
    """One item of a list takes the unit (and, after 分别, the qualifier) of the list's last figure."""
    if item.unit == "个" and last.unit == "百分点" and item.reason is None:
        return replace(item, unit="百分点")  # 2.2个和3.7个百分点
    if item.reason == "no unit" and not item.multiplier and item.arabic == last.arabic and item.factor == 1:
        # 3、5万元 (Arabic: the last one's 万 as written), 三十、四十万人 (Chinese: the 万 it ends with)
        factor = (last.scale if last.multiplier else Decimal(1)) if item.arabic else last.factor
        return replace(
            item,
            unit=last.unit,
            multiplier=last.multiplier,
            reason=None,
            value=item.value * factor,
            scale=last.scale if item.arabic and last.multiplier else item.scale * factor,
            qualifier=last.qualifier if in_respectively else item.qualifier,
        )
    if item.reason is None and in_respectively and last.qualifier and item.qualifier is None:
        return replace(item, qualifier=last.qualifier)
    return item
