"""What makes a figure speak of another time than its section's year (claims `_other_time`): the
history pairs a target only with an actual of the target's own year, so this decides which
actuals it may take (比上年增长7.4% is the year's growth; 近三年累计，…下降10.08% is not)."""

from __future__ import annotations

import pytest

from checker.engine import context_of
from checker.model import Block, Document


def other_time(text: str, figure: str) -> bool:
    ctx = context_of(Document("case.txt", text, (Block(0, len(text)),)))
    return next(c for c in ctx.claims if c.figure.text == figure).other_time


@pytest.mark.parametrize(
    ("text", "figure", "other"),
    [
        # The base a change is measured against names where it starts, not the figure's time.
        ("国内生产总值达到63.6万亿元，比上年增长7.4%。", "7.4%", False),
        ("财政赤字13500亿元，比上年增加了1500亿元。", "1500亿元", False),
        ("化学需氧量、二氧化硫排放量同比分别下降3.1%和4.2%。", "3.1%", False),
        ("城镇居民人均可支配收入较上年实际增长6.1%。", "6.1%", False),
        # Last year named as the time of the figure, or a base with a noun of its own, stays.
        ("上年国内生产总值增长7.4%。", "7.4%", True),
        ("拟安排中央财政赤字3000亿元，比上年预算减少198亿元。", "198亿元", True),
        ("年均增长9.5%。", "9.5%", True),
        # A clause of time words that opens the sentence frames every figure of it.
        ("近三年累计，单位国内生产总值能耗下降10.08%，化学需氧量减少6.61%。", "10.08%", True),
        ("近三年累计，单位国内生产总值能耗下降10.08%，化学需氧量减少6.61%。", "6.61%", True),
        ("五年来，城镇新增就业4200万人。", "4200万人", True),
        # An earlier clause that states something is no frame, nor is a span of one year.
        ("经济增速比上年有所加快，国内生产总值增长9%。", "9%", False),
        ("过去一年，国内生产总值增长9%。", "9%", False),
    ],
)
def test_a_figure_speaks_of_another_time_only_by_what_frames_it(text: str, figure: str, other: bool) -> None:
    assert other_time(text, figure) is other
