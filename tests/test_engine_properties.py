"""The whole engine on arbitrary report-like text: it never raises, and findings point into the text."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from checker.engine import lint_document
from checker.model import Block, Document
from checker.rules import load_rules

RULES = load_rules()
PIECES = [
    "一、2021年工作回顾\n",
    "二、2022年主要目标\n",
    "名词解释\n",
    "1. 六稳：稳就业、稳金融。\n",
    "过去一年，",
    "五年来，",
    "今年主要预期目标是：",
    "地区生产总值",
    "一般公共预算收入",
    "城镇新增就业",
    "完成投资",
    "计划投资",
    "完成投资率",
    "由上年的",
    "增加到",
    "增长",
    "下降",
    "提高",
    "其中",
    "受理",
    "已办结",
    "正在办理",
    "共",
    "占",
    "的比重为",
    "覆盖率",
    "人均",
    "常住人口",
    "亩产",
    "播种面积",
    "“五大组团”",
    "、",
    "，",
    "。",
    "；",
    "\n",
    "约",
    "以上",
    "左右",
    "以内",
    "分别",
    "和",
    "3:4:5",
    "三次产业结构为",
    "个百分点",
    "（",
    "）",
    "——2022年1月8日\n",
]
NUMBERS = st.sampled_from(["12.5", "108.4", "0", "1,100", "3万4000", "两万", "百分之三十五", "三分之一", "5—6", "0.0"])
UNITS = st.sampled_from(
    ["亿元", "万元", "元", "%", "万人", "人", "个", "户", "家", "亩", "万亩", "公顷", "斤", "吨", ""]
)
TOKEN = st.one_of(st.sampled_from(PIECES), st.builds(lambda n, u: n + u, NUMBERS, UNITS))


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(st.lists(TOKEN, max_size=40))
def test_lint_never_raises(tokens: list[str]) -> None:
    text = "".join(tokens)
    document = Document("p.txt", text, (Block(0, len(text)),))
    previous = Document("q.txt", text[::-1], (Block(0, len(text)),))
    for result in (lint_document(document, RULES), lint_document(document, RULES, previous=previous)):
        for finding in result.findings:
            source = text if finding.path == "p.txt" else text[::-1]
            assert source[finding.start : finding.end] == finding.text
