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
        # A change named a target is still a change.
        ("今年经济增长预期目标为7%左右。", "7%", Measure.GROWTH),
        ("今年的经济增长目标定为7.5%左右。", "7.5%", Measure.GROWTH),
        ("完成年度目标的105%。", "105%", Measure.RATE),
        # A rate written before the noun it is the growth target of.
        ("提出8%左右的国内生产总值增长目标。", "8%", Measure.GROWTH),
        ("6%以上的增长目标是积极的。", "6%", Measure.GROWTH),
        ("8%左右的城镇化率。", "8%", Measure.RATE),
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


def test_a_rate_after_a_verb_of_change_and_arrival_is_the_level_reached_not_a_growth() -> None:
    found = claims("资产负债率下降到58.2%，城镇化率提高到52.6%，能耗下降3.2%，增速为7.5%。")
    assert [found[f].measure for f in ("58.2%", "52.6%", "3.2%", "7.5%")] == [
        Measure.RATE,
        Measure.RATE,
        Measure.GROWTH,
        Measure.GROWTH,
    ]
    assert found["58.2%"].value == Decimal("58.2")


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("今年经济增长预期目标为7%左右。", "7%"),
        # What stands before 今年 frames the sentence; the noun phrase opens with the year.
        ("中央提出今年经济增长预期目标为7%左右。", "7%"),
        # 比2002年 is the base of the change, as 比上年 is: the growth is the level's before it.
        ("2007年，国内生产总值达到24.66万亿元，比2002年增长65.5%，年均增长10.6%。", "65.5%"),
        ("2007年，国内生产总值达到24.66万亿元，比2002年增长65.5%，年均增长10.6%。", "10.6%"),
    ],
)
def test_the_indicator_of_a_growth_named_by_its_target_or_its_base(text: str, figure: str) -> None:
    claim = claims(text)[figure]
    assert (claim.measure, claim.indicator.name if claim.indicator else None) == (Measure.GROWTH, "地区生产总值")


def test_a_subject_that_frames_no_indicator_keeps_none() -> None:
    """海洋生产总值 is not GDP, before 今年 or after it; 中央提出今年 alone names nothing."""
    assert claims("我们提出今年海洋生产总值增长6%。")["6%"].indicator is None


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
        # A 其中 that opens its stretch states no whole there: its whole is before the semicolon.
        ("新增就业1.2万人；其中高校毕业生0.7万人。", {"0.7万人": "1.2万人"}),
        ("新增就业1.2万人；培训3万人次，其中高校毕业生0.7万人。", {}),
        ("新增就业1.2万人。其中高校毕业生0.7万人。", {}),
    ],
)
def test_a_part_of_belongs_to_the_nearest_level_of_its_unit_in_its_stretch(text: str, wholes: dict[str, str]) -> None:
    found = {text: claim.whole.text for text, claim in claims(text).items() if claim.whole is not None}
    assert found == wholes


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        # A level that only a word of arrival joins to the figure before it is that subject's level.
        ("地区生产总值增长5.5%、达到10.3万亿元。", "10.3万亿元"),
        ("地区生产总值突破3万亿元、达3.6万亿元。", "3.6万亿元"),
        ("地区生产总值迈上6万亿元台阶，达到62661亿元。", "62661亿元"),
        ("地区生产总值从11.37万亿元提高到14.58万亿元。", "14.58万亿元"),
        # The word that opens a starting level is no part of the subject.
        ("地区生产总值从11.37万亿元提高到14.58万亿元。", "11.37万亿元"),
    ],
)
def test_a_level_reached_after_another_figure_states_that_figures_indicator(text: str, figure: str) -> None:
    claim = claims(text)[figure]
    assert claim.indicator is not None and claim.indicator.name == "地区生产总值"


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        # The noun after 、 is the figure's own: 城中村 is no level of 城市危旧房.
        ("地区生产总值360亿元、城中村2.6万户。", "2.6万户"),
        # A level of another kind (亿元 after 万人) is not the first figure's level.
        ("常住人口增加3.2万人、达到180亿元。", "180亿元"),
    ],
)
def test_a_level_after_another_figure_takes_no_indicator_it_does_not_reach(text: str, figure: str) -> None:
    assert claims(text)[figure].indicator is None


def test_a_threshold_crossed_is_a_floor() -> None:
    """迈上6万亿元台阶: the level is at least 6万亿元, so it never contradicts 62661亿元 stated after it."""
    from checker.model import Qualifier

    found = claims("地区生产总值迈上6万亿元台阶，达到62661亿元。")
    assert found["6万亿元"].figure.qualifier is Qualifier.AT_LEAST and found["62661亿元"].figure.qualifier is None


@pytest.mark.parametrize(
    ("text", "indicator"),
    [
        ("这里要着重说明，提出8%左右的国内生产总值增长目标，综合考虑了发展的需要和可能。", "地区生产总值"),
        ("把3%左右的居民消费价格涨幅目标作为底线。", "居民消费价格"),  # a change noun ends it too
        # 预期 is an aim, not a noun; a growth target that names no noun is the economy's
        ("5.5%左右的预期增长目标与发展目标总体衔接。", "地区生产总值"),
        ("6%以上的增长目标。", "地区生产总值"),
        ("下降3%左右的目标。", None),  # a fall named by no noun is of nothing known
        ("实现下降13.5%的预期目标。", None),
        ("全年经济增长5.5%左右的目标。", "地区生产总值"),  # the subject before it still names it
    ],
)
def test_a_rate_written_before_its_noun_states_the_indicator_the_noun_names(text: str, indicator: str | None) -> None:
    claim = next(c for c in claims(text).values() if c.figure.kind.name == "PERCENT")
    assert (claim.indicator.name if claim.indicator else None) == indicator


@pytest.mark.parametrize(
    ("text", "figure", "value"),
    [
        ("居民消费价格涨幅回落到2.6%。", "2.6%", Decimal("2.6")),  # the noun's rise, not the verb's fall
        ("工业投资增速提高到7.5%。", "7.5%", Decimal("7.5")),
        ("工业品价格降幅收窄到1.8%。", "1.8%", Decimal("-1.8")),  # a fall noun's rate is a fall
    ],
)
def test_the_rate_a_change_noun_reaches_is_a_growth_of_the_nouns_sign(text: str, figure: str, value: Decimal) -> None:
    claim = claims(text)[figure]
    assert (claim.measure, claim.value) == (Measure.GROWTH, value)


def test_the_rate_a_change_noun_reaches_names_the_nouns_indicator() -> None:
    assert claims("居民消费价格涨幅回落到2.6%。")["2.6%"].indicator.name == "居民消费价格"


def test_a_level_with_the_rest_added_is_a_part_of_what_it_comes_to() -> None:
    found = claims("平均每天新增企业1.5万户，加上个体工商户等，各类经营主体每天新增4.5万户。")
    assert found["1.5万户"].whole is not None and found["1.5万户"].whole.text == "4.5万户"
    # another measure (an increase against a level) is no part of it
    other = claims("财政收入增加500亿元，加上上年结转，可用财力达到3200亿元。")
    assert other["500亿元"].whole is None
