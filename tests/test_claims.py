"""Claims: what each figure states, read once from the vocabulary, and the whole a 其中 part belongs to."""

from __future__ import annotations

from decimal import Decimal

import pytest

from checker.engine import context_of
from checker.model import Block, Document, Measure, PlanRole


def claims(text: str) -> dict[str, object]:
    ctx = context_of(Document("case.txt", text, (Block(0, len(text)),)))
    return {claim.figure.text: claim for claim in ctx.claims}


@pytest.mark.parametrize(
    ("text", "figure", "measure"),
    [
        ("全年完成投资129.9亿元。", "129.9亿元", Measure.LEVEL),
        ("财政赤字13500亿元，比上年增加1500亿元。", "1500亿元", Measure.INCREMENT),
        ("财政赤字13500亿元，比上年增加了1500亿元。", "1500亿元", Measure.INCREMENT),
        ("筹资标准由50元提高到100元。", "50元", Measure.BASE),
        ("筹资标准由50元提高到100元。", "100元", Measure.LEVEL),
        ("价格由5元降至4元。", "5元", Measure.BASE),
        ("年均超收2040亿元。", "2040亿元", Measure.AVERAGE),
        ("城镇居民人均可支配收入50085元。", "50085元", Measure.PER_UNIT),
        ("其中10亿元以上项目17个。", "10亿元", Measure.CATEGORY),
        ("地区生产总值增长7.5%。", "7.5%", Measure.GROWTH),
        ("增速为7.5%。", "7.5%", Measure.GROWTH),
        ("城镇化率达到65%。", "65%", Measure.RATE),
        ("出口额是上年的1.5倍。", "1.5倍", Measure.GROWTH),
        # A count its clause makes per thing, however many figures come between.
        ("每千人口拥有3岁以下托位数4.5个。", "4.5个", Measure.PER_UNIT),
        ("千人口床位数7.6张。", "7.6张", Measure.PER_UNIT),
        ("城镇居民每百户拥有家用汽车21.5辆，比上年增加1.5辆。", "1.5辆", Measure.PER_UNIT),
        ("新建学校3所，新增学位2.5万个。", "2.5万个", Measure.LEVEL),
    ],
)
def test_measure_is_read_from_the_words_around_the_figure(text: str, figure: str, measure: Measure) -> None:
    assert claims(text)[figure].measure is measure


@pytest.mark.parametrize(
    ("text", "figure", "role"),
    [
        ("当年计划投资108.4亿元，完成投资129.9亿元。", "108.4亿元", PlanRole.PLAN),
        ("当年计划投资108.4亿元，完成投资129.9亿元。", "129.9亿元", PlanRole.ACTUAL),
        ("下达棚户区改造任务1200套，已开工1080套。", "1200套", PlanRole.PLAN),
        ("下达棚户区改造任务1200套，已开工1080套。", "1080套", PlanRole.ACTUAL),
        ("超额完成国家下达的110万人任务。", "110万人", PlanRole.PLAN),  # a plan word wins
        ("地区生产总值360亿元。", "360亿元", PlanRole.NONE),
    ],
)
def test_the_plan_role_is_read_from_the_words_just_before_the_figure(text: str, figure: str, role: PlanRole) -> None:
    assert claims(text)[figure].plan_role is role


def test_a_rate_after_a_verb_of_change_and_arrival_is_the_level_reached() -> None:
    found = claims("资产负债率下降到58.2%，城镇化率提高到52.6%，能耗下降3.2%，增速为7.5%。")
    assert [found[f].reached for f in ("58.2%", "52.6%", "3.2%", "7.5%")] == [True, True, False, False]


def test_a_decline_is_a_negative_value() -> None:
    assert claims("能耗下降3.2%，用水量增长1%。")["3.2%"].value == Decimal("-3.2")
    assert claims("能耗下降3.2%，用水量增长1%。")["1%"].value == Decimal(1)


@pytest.mark.parametrize(
    ("text", "wholes"),
    [
        ("签约项目91个，其中亿元以上项目37个、10亿元以上项目17个。", {"37个": "91个", "17个": "91个"}),
        (
            "财政赤字1.2万亿元，比去年增加4000亿元，其中中央财政赤字8500亿元，代地方发债3500亿元。",
            {"8500亿元": "1.2万亿元"},
        ),
        ("地区生产总值1234.5亿元。其中，第一产业增加值61.5亿元。", {}),
        ("全年粮食产量1.5亿斤，其中，小麦产量0.3亿斤。", {"0.3亿斤": "1.5亿斤"}),
        ("签约项目91个，总投资643.6亿元，其中10亿元以上项目17个。", {"17个": "91个"}),
        ("新增就业1.2万人；其中高校毕业生0.7万人。", {}),
    ],
)
def test_a_part_of_belongs_to_the_nearest_level_of_its_unit_in_its_stretch(text: str, wholes: dict[str, str]) -> None:
    found = {text: claim.whole.text for text, claim in claims(text).items() if claim.whole is not None}
    assert found == wholes
