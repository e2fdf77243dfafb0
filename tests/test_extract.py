"""Extraction: what must be a figure (with value, unit, qualifier) and what must not."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from checker.extract import extract_text
from tests.chinese import to_chinese

# sentence → the figures it states: (text, value, unit, qualifier, kind[, upper])
FIGURES = [
    (
        "全年地区生产总值达到360亿元，同比增长7%。",
        [("360亿元", "36000000000", "元", None, "amount"), ("7%", "7", "%", None, "percent")],
    ),
    (
        "完成投资129.9亿元，完成投资率119.8%。",
        [("129.9亿元", "12990000000", "元", None, "amount"), ("119.8%", "119.8", "%", None, "percent")],
    ),
    (
        "牲畜存栏12.1万头（只）、增长6.2%。",
        [("12.1万头（只）", "121000", "头（只）", None, "count"), ("6.2%", "6.2", "%", None, "percent")],
    ),
    ("城区新增绿化面积39.7公顷。", [("39.7公顷", "39.7", "公顷", None, "amount")]),
    ("完成率为120.0%。", [("120.0%", "120.0", "%", None, "percent")]),
    ("增长１２．５％。", [("１２．５％", "12.5", "%", None, "percent")]),
    ("引进人才1,100万人。", [("1,100万人", "11000000", "人", None, "count")]),
    ("新增3万4000人。", [("3万4000人", "34000", "人", None, "count")]),
    ("人口1.5亿。", [("1.5亿", "150000000", "", None, "count")]),
    ("惠及两万人。", [("两万人", "20000", "人", None, "count")]),
    ("补助一千二百元。", [("一千二百元", "1200", "元", None, "amount")]),
    ("新增三十五家。", [("三十五家", "35", "家", None, "count")]),
    ("创建工作百分之百达标。", [("百分之百", "100", "%", None, "percent")]),
    ("占比达到百分之三十五。", [("百分之三十五", "35", "%", None, "percent")]),
    ("累计直接消费3.6亿余元。", [("3.6亿余元", "360000000", "元", "at_least", "amount")]),
    ("惠及群众20余万人次。", [("20余万人次", "200000", "人次", "at_least", "count")]),
    ("参与人数2200余人次。", [("2200余人次", "2200", "人次", "at_least", "count")]),
    ("带动100多个项目。", [("100多个", "100", "个", "at_least", "count")]),
    ("粮食种植面积约10万亩。", [("10万亩", "100000", "亩", "approx", "amount")]),
    ("开展活动近500场次。", [("500场次", "500", "场次", "approx", "count")]),
    ("产量突破1.5亿斤。", [("1.5亿斤", "150000000", "斤", "at_least", "amount")]),
    ("转化率达到73%以上。", [("73%", "73", "%", "at_least", "percent")]),
    ("失业率控制在3.9%以内。", [("3.9%", "3.9", "%", "at_most", "percent")]),
    ("增长8%左右。", [("8%", "8", "%", "approx", "percent")]),
    ("排放不超过5万吨。", [("5万吨", "50000", "吨", "at_most", "amount")]),
    (
        "收入分别达到50085元和28998元。",
        [("50085元", "50085", "元", None, "amount"), ("28998元", "28998", "元", None, "amount")],
    ),
    ("同比分别增长8%和10%以上。", [("8%", "8", "%", "at_least", "percent"), ("10%", "10", "%", "at_least", "percent")]),
    (
        "参保分别为7.9万人、1.8万人、1.5万人。",
        [
            ("7.9万人", "79000", "人", None, "count"),
            ("1.8万人", "18000", "人", None, "count"),
            ("1.5万人", "15000", "人", None, "count"),
        ],
    ),
    ("分别新增3、5个。", [("3", "3", "个", None, "count"), ("5个", "5", "个", None, "count")]),
    ("分别新增三、五个。", [("三", "3", "个", None, "count"), ("五个", "5", "个", None, "count")]),
    ("惠及三十、四十万人。", [("三十", "300000", "人", None, "count"), ("四十万人", "400000", "人", None, "count")]),
    (
        "分别高于全省2.2个和3.7个百分点。",
        [
            ("2.2个", "2.2", "百分点", None, "percentage_point"),
            ("3.7个百分点", "3.7", "百分点", None, "percentage_point"),
        ],
    ),
    ("每户补助3—5万元。", [("3—5万元", "30000", "元", None, "amount", "50000")]),
    ("增长5%—6%。", [("5%—6%", "5", "%", None, "percent", "6")]),
    ("增速提高2个百分点。", [("2个百分点", "2", "百分点", None, "percentage_point")]),
    ("收入增长1.5倍。", [("1.5倍", "1.5", "倍", None, "multiple")]),
    ("经济总量翻一番。", [("翻一番", "2", "倍", None, "multiple")]),
    ("占全省三分之一。", [("三分之一", "33.3333333333", "%", None, "percent")]),
    ("实施300MW项目。", [("300MW", "300", "MW", None, "amount")]),
    ("人均收入4.2万元/人。", [("4.2万元/人", "42000", "元/人", None, "amount")]),
    ("亩产达到1200斤/亩。", [("1200斤/亩", "1200", "斤/亩", None, "amount")]),
    ("新增装机30万千瓦。", [("30万千瓦", "300000", "千瓦", None, "amount")]),
    ("手续费5千元。", [("5千元", "5000", "元", None, "amount")]),
    ("打造铁西、东站等五个示范片区。", [("五个", "5", "个", None, "count")]),
    ("过渡期5年。", [("5年", "5", "年", None, "amount")]),
    (
        "出口同比增长-2.3%，进口增长－0.5%。",
        [("-2.3%", "-2.3", "%", None, "percent"), ("－0.5%", "-0.5", "%", None, "percent")],
    ),
    (
        "补助3-5万元，增长5%-6%。",
        [("3-5万元", "30000", "元", None, "amount", "50000"), ("5%-6%", "5", "%", None, "percent", "6")],
    ),
    ("土地承包到期后再延长30年。", [("30年", "30", "年", None, "amount")]),
]


@pytest.mark.parametrize(("sentence", "expected"), FIGURES, ids=[case[0] for case in FIGURES])
def test_figures(sentence: str, expected: list[tuple[str, ...]]) -> None:
    figures = extract_text(sentence).figures
    got = [
        (f.text, str(f.value), f.unit, f.qualifier and f.qualifier.value, f.kind.value)
        + ((str(f.upper),) if f.upper is not None else ())
        for f in figures
    ]
    assert got == expected


# text → the reason the number in it is not a figure (one class of non-figure each).
# None: nothing is listed at all (a single Chinese digit with no unit after it is a word: 一是, 五大).
NOT_FIGURES = [
    ("关于东河区2021年国民经济", "year"),
    ("2022年1月8日在会议上", "year"),
    ("规划（2021-2025年）", "year"),
    ("二〇三五年远景目标", "year"),
    ("确保4月底前全部开工", "date"),
    ("东河区第十八届人大", "ordinal"),
    ("第一次会议", "ordinal"),
    ("十二届八次全会", "ordinal"),
    ("排名全国前三位", "ordinal"),
    ("位居全国前10名", "ordinal"),
    ("实现“十四五”良好开局", "slogan"),
    ("做好“六稳”工作", None),
    ("深入推进“三个100”提升工程", "slogan"),
    ("建设五大组团", None),
    ("建成5G基站", "name"),
    ("1号机组节能改造", "name"),
    ("7×24小时智能自助服务区", "name"),
    ("推行5+2无休服务", "name"),
    ("施用工业CO2气肥", "name"),
    ("PM2.5浓度下降", "name"),
    ("（一）三次产业协调发展", "term"),
    ("一是提高工业经济质量效益", None),
    ("1. 六稳六保", "numbering"),
    ("通过二级甲等复审", None),
    ("5A级景区", "grade"),
    ("开展安全生产专项整治三年行动", "name"),
    ("庆祝建党100周年", "anniversary"),
    ("推动一批项目落地", "indefinite"),
    ("汽车零部件", "indefinite"),
    ("实现两位数增长", "term"),
    ("印发《东河区2021年污染防治方案》", "title"),
    ("设立全市首家服务区", None),
    ("“三个离不开”", "slogan"),
    ("五年来，我们坚持创新", "period"),
    ("这五年，民生福祉不断增进", "period"),
    ("一般公共预算收入5年增长较快", "period"),
    ("统筹国内国际两个大局", "term"),
    ("重点抓好以下六个方面的工作", "structure"),
]


@pytest.mark.parametrize(("text", "reason"), NOT_FIGURES, ids=[case[0] for case in NOT_FIGURES])
def test_not_figures(text: str, reason: str | None) -> None:
    extraction = extract_text(text)
    assert extraction.figures == ()
    if reason is not None:
        assert reason in {item.reason for item in extraction.set_aside}
    else:
        assert extraction.set_aside == ()


# Issue 11: every form a Chinese text writes numbers in, read right or set aside; never a wrong figure.
# sentence → figures as in FIGURES: (text, value, unit, qualifier, kind[, upper])
FORMS = [
    # qualifiers read as whole words, not as tails of words
    ("比重不低于10%。", [("10%", "10", "%", "at_least", "percent")]),
    ("比重至少30%。", [("30%", "30", "%", "at_least", "percent")]),
    ("不小于5个。", [("5个", "5", "个", "at_least", "count")]),
    ("为不少于5万名群众服务。", [("5万名", "50000", "名", "at_least", "count")]),
    ("不高于3%。", [("3%", "3", "%", "at_most", "percent")]),
    ("至多3次。", [("3次", "3", "次", "at_most", "count")]),
    ("最多5个。", [("5个", "5", "个", "at_most", "count")]),
    ("补助50万元（含）以上。", [("50万元", "500000", "元", "at_least", "amount")]),
    # 百/千 first, tenths, 万分之
    ("完成投资超千亿元。", [("千亿元", "100000000000", "元", "at_least", "amount")]),
    ("百亿元以上项目。", [("百亿元", "10000000000", "元", "at_least", "amount")]),
    ("财政支出近八成投向民生。", [("八成", "80", "%", "approx", "percent")]),
    ("占全国三成以上。", [("三成", "30", "%", "at_least", "percent")]),
    ("占比八成五。", [("八成五", "85", "%", None, "percent")]),
    ("排名前万分之三。", [("万分之三", "3", "‱", None, "percent")]),
    # units: currencies, ages, electricity
    ("70周岁以上老年人。", [("70周岁", "70", "周岁", "at_least", "amount")]),
    ("发电量300亿度。", [("300亿度", "30000000000", "度", None, "amount")]),
    ("折合4人民币。", [("4人民币", "4", "人民币", None, "amount")]),
    ("贸易额5306亿台币。", [("5306亿台币", "530600000000", "台币", None, "amount")]),
    # Chinese decimals and minus
    ("占比百分之六点三。", [("百分之六点三", "6.3", "%", None, "percent")]),
    ("就业六点四二万人。", [("六点四二万人", "64200", "人", None, "count")]),
    ("提高零点六个百分点。", [("零点六个百分点", "0.6", "百分点", None, "percentage_point")]),
    ("增速负3.9%。", [("负3.9%", "-3.9", "%", None, "percent")]),
    ("同比增长负百分之五。", [("负百分之五", "-5", "%", None, "percent")]),
    ("股价下降了百分之负三点八。", [("百分之负三点八", "-3.8", "%", None, "percent")]),
    ("最低收购价提高了25%到40%。", [("25%到40%", "25", "%", None, "percent", "40")]),
    ("补助100元至200元。", [("100元至200元", "100", "元", None, "amount", "200")]),
    ("出口增长负0.5%。", [("负0.5%", "-0.5", "%", None, "percent")]),
    ("减少企业税负3500亿元左右。", [("3500亿元", "350000000000", "元", "approx", "amount")]),
    # a place before a unit that starts with 千
    ("装机三百万千瓦。", [("三百万千瓦", "3000000", "千瓦", None, "amount")]),
    ("全长十千米。", [("十千米", "10", "千米", None, "amount")]),
    ("重五十千克。", [("五十千克", "50", "千克", None, "amount")]),
    # spans, 数, 多
    ("来了三五百人。", [("三五百人", "300", "人", "approx", "count", "500")]),
    ("花费七八万元。", [("七八万元", "70000", "元", "approx", "amount", "80000")]),
    ("有十五六人。", [("十五六人", "15", "人", "approx", "count", "16")]),
    ("投入数十亿元。", [("数十亿元", "2000000000", "元", "approx", "amount", "9000000000")]),
    ("投入十多万元。", [("十多万元", "100000", "元", "at_least", "amount")]),
    ("投入一千多万元。", [("一千多万元", "10000000", "元", "at_least", "amount")]),
    # ranges with bounds in any form
    ("补助1万-5万元。", [("1万-5万元", "10000", "元", None, "amount", "50000")]),
    ("补助1万(含)-5万元。", [("1万(含)-5万元", "10000", "元", None, "amount", "50000")]),
    ("补助两到三万元。", [("两到三万元", "20000", "元", None, "amount", "30000")]),
    ("用两到三年时间。", [("两到三年", "2", "年", None, "amount", "3")]),
    # mixed and variant numerals
    ("奖励5万4千6百元。", [("5万4千6百元", "54600", "元", None, "amount")]),
    ("总计2千零30万元。", [("2千零30万元", "20300000", "元", None, "amount")]),
    ("收入九萬四元。", [("九萬四元", "94000", "元", None, "amount")]),
    ("惠及兩萬人。", [("兩萬人", "20000", "人", None, "count")]),
    ("新增一百二十万三千人。", [("一百二十万三千人", "1203000", "人", None, "count")]),
    ("增长負1.5個百分點。", [("負1.5個百分點", "-1.5", "百分点", None, "percentage_point")]),
    ("投入數十億元。", [("數十億元", "2000000000", "元", "approx", "amount", "9000000000")]),
    # 半 after a unit, a space before the unit
    ("重三斤半。", [("三斤半", "3.5", "斤", None, "amount")]),
    ("用了一年半。", [("一年半", "1.5", "年", None, "amount")]),
    ("暂停半年审批。", [("半年", "0.5", "年", None, "amount")]),
    ("用了半个月。", [("半个月", "0.5", "个月", None, "amount")]),
    ("上半年增长5%，半个世纪以来。", [("5%", "5", "%", None, "percent")]),
    ("大半年时间，发布半年度报告。", []),
    ("总值达到39.8 万亿元。", [("39.8 万亿元", "39800000000000", "元", None, "amount")]),
    ("长2 厘米。", [("2 厘米", "2", "厘米", None, "amount")]),
    ("全长3千米。", [("3千米", "3", "千米", None, "amount")]),
    ("惠及两万一千零十一人。", [("两万一千零十一人", "21011", "人", None, "count")]),
    ("两周之内完成。", [("两周", "2", "周", "at_most", "amount")]),
    (
        "约2.5亿年~6500万年前。",
        [("2.5亿年", "250000000", "年", "approx", "amount"), ("6500万年", "65000000", "年", None, "amount")],
    ),
    # a count after a figure starts a figure of its own
    ("完工99个三峡库区项目。", [("99个", "99", "个", None, "count")]),
    ("折合3.14港幣。", [("3.14港幣", "3.14", "港币", None, "amount")]),
    ("再延长三十年6个整镇试点。", [("三十年", "30", "年", None, "amount"), ("6个", "6", "个", None, "count")]),
    (
        "158万残疾人、40万3岁以下婴幼儿。",
        [
            ("158万", "1580000", "", None, "count"),
            ("40万", "400000", "", None, "count"),
            ("3岁", "3", "岁", "at_most", "amount"),
        ],
    ),
    ("为390万65岁以上老年人。", [("390万", "3900000", "", None, "count"), ("65岁", "65", "岁", "at_least", "amount")]),
]


@pytest.mark.parametrize(("sentence", "expected"), FORMS, ids=[case[0] for case in FORMS])
def test_every_form_reads_right(sentence: str, expected: list[tuple[str, ...]]) -> None:
    test_figures(sentence, expected)


# text → (the surface set aside, its reason): forms read with no certainty are listed, never emitted.
SET_ASIDE = [
    ("为二○三五年远景目标", "二○三五年", "year"),
    ("零下5度", "5度", "temperature or angle"),
    ("气温升高5度", "5度", "temperature or angle"),
    ("价格在10000与20000间", "20000间", "between"),
    ("详见https://example.org/a%28b%29/2023", "28", "link"),
    ("联系12345@qq.com", "12345", "link"),
    ("收入廿五元", "五元", "broken numeral"),
    ("投资1 000万元", "000万元", "broken numeral"),
    ("约1.5e8元", "1.5", "exponent"),
    ("约3×10⁴吨", "3", "exponent"),
    ("百分之七十百分位", "百分之七十百", "unreadable numeral"),
    ("用二五年时间", "二五年", "unreadable numeral"),
    ("锻造更多千亿元级产业", "千亿元", "grade"),
    ("建设30万吨级航道", "30万吨", "grade"),
    ("跨越一个千亿台阶", "千亿", "no unit"),
    ("算力规模9.4万P", "9.4万", "name"),
    ("重3斤5两", "3斤", "compound quantity"),
    ("身高1米80", "1米", "compound quantity"),
    ("工期5年3个月", "3个月", "compound quantity"),
    ("花了五块六。", "五块", "compound quantity"),
    ("用了两个半小时", "两个半", "unreadable numeral"),
    ("附注\n2 名词解释", "2", "no unit"),
    ("2022 年目标", "2022 年", "year"),
    ("14.2025年民生实事", "14.2025年", "numbering"),
    ("算力总规模达到10.36百亿亿次/秒", "10.36百亿亿次/秒", "unreadable numeral"),
    ("收入5万4。", "5万4", "unreadable numeral"),
]


@pytest.mark.parametrize(("text", "surface", "reason"), SET_ASIDE, ids=[case[0] for case in SET_ASIDE])
def test_uncertain_forms_are_set_aside_with_the_reason(text: str, surface: str, reason: str) -> None:
    extraction = extract_text(text)
    assert extraction.figures == ()
    assert (surface, reason) in {(item.text, item.reason) for item in extraction.set_aside}


def test_the_qualifier_lists_come_from_the_vocabulary(tmp_path) -> None:
    from checker.vocabulary import load_vocabulary

    (tmp_path / "vocabulary.toml").write_text('[at_least_before]\nwords = ["起码"]\n', encoding="utf-8")
    assert extract_text("起码10%。").figures[0].qualifier is None
    figure = extract_text("起码10%。", load_vocabulary([tmp_path])).figures[0]
    assert figure.qualifier is not None and figure.qualifier.value == "at_least"


# list, a word a user adds to it, a text, what the text gives before and with the word (figures; set aside)
EXTENDED_LISTS = [
    ("rank_before", "后", "排名后三位", ("三位",), ("三位 ordinal",)),
    ("rank_measures", "个", "进入前三个", ("三个",), ("三个 ordinal",)),
    ("session_before", "期", "三期四次培训", ("四次",), ("四次 ordinal",)),
    ("session_measures", "轮", "二届三轮", ("三轮",), ("三轮 ordinal",)),
    ("name_after", "期", "3期工程", ("3 no unit",), ("3 name",)),
    ("electricity_units", "米", "井深30米", ("30米",), ("30米 temperature or angle",)),  # plumbing, not sense
    ("not_half_before", "少", "少半年", ("半年",), ()),
    ("not_half_after", "期", "半年期", ("半年",), ()),
]


@pytest.mark.parametrize(
    ("name", "word", "text", "before", "after"), EXTENDED_LISTS, ids=[c[0] for c in EXTENDED_LISTS]
)
def test_the_set_aside_words_come_from_the_vocabulary(tmp_path, name, word, text, before, after) -> None:
    """Each list the extractor reads is read from the vocabulary, so a user's word takes effect."""
    from checker.vocabulary import load_vocabulary

    def outcome(extraction) -> tuple[str, ...]:
        return tuple(f.text for f in extraction.figures) + tuple(f"{s.text} {s.reason}" for s in extraction.set_aside)

    (tmp_path / "vocabulary.toml").write_text(f'[{name}]\nwords = ["{word}"]\n', encoding="utf-8")
    assert outcome(extract_text(text)) == before
    assert outcome(extract_text(text, load_vocabulary([tmp_path]))) == after


def test_a_term_the_report_quotes_is_a_term_wherever_it_appears() -> None:
    """No list of slogans: the report's own quotes say which numeral phrases are names."""
    text = "凝心聚力办好“两件大事”。努力办好两件大事，新建两件展品。"
    figures = extract_text(text).figures
    assert [f.text for f in figures] == ["两件"]  # the exhibits, not the quoted term
    assert figures[0].start == text.rindex("两件")


def test_glossary_terms_are_not_figures() -> None:
    text = "正文。\n名 词 解 释\n22. 三个离不开：即汉族离不开少数民族。\n23. 五个认同：即积极培育。\n"
    assert extract_text(text).figures == ()


def test_figure_knows_its_sentence() -> None:
    text = "第一句。完成投资129.9亿元，完成投资率119.8%。下一句。"
    figure = extract_text(text).figures[0]
    assert text[figure.sentence[0] : figure.sentence[1]] == "完成投资129.9亿元，完成投资率119.8%。"


# --- properties -------------------------------------------------------------------

UNITS = ["元", "亩", "吨", "个", "户", "人次", "%", "公顷", "平方米"]
MULTIPLIERS = {"": 1, "万": 10**4, "亿": 10**8}
FULL_WIDTH = str.maketrans("0123456789.", "０１２３４５６７８９．")


@st.composite
def written_figures(draw: st.DrawFn) -> tuple[str, Decimal, str, str | None]:
    """A figure written in one of the styles reports use, with its true value."""
    unit = draw(st.sampled_from(UNITS))
    style = draw(st.sampled_from(["arabic", "full-width", "multiplier", "separator", "chinese", "over"]))
    qualifier_word, qualifier = draw(st.sampled_from([("", None), ("约", "approx"), ("超过", "at_least")]))
    if style == "chinese":
        number = draw(st.integers(min_value=2, max_value=99_999_999))
        return f"{qualifier_word}{to_chinese(number)}{unit}", Decimal(number), unit, qualifier
    if style == "separator":
        number = draw(st.integers(min_value=1000, max_value=10**9))
        return f"{qualifier_word}{number:,}{unit}", Decimal(number), unit, qualifier
    mantissa = draw(st.decimals(min_value=0, max_value=99999, places=draw(st.integers(0, 2)), allow_nan=False))
    digits = f"{mantissa:f}"
    multiplier = draw(st.sampled_from(sorted(MULTIPLIERS))) if style in ("multiplier", "over") else ""
    value = mantissa * MULTIPLIERS[multiplier]
    if style == "full-width":
        digits = digits.translate(FULL_WIDTH)
    if style == "over":
        return f"{digits}{multiplier}余{unit}", value, unit, "at_least"
    return f"{qualifier_word}{digits}{multiplier}{unit}", value, unit, qualifier


@settings(max_examples=400)
@given(written_figures(), st.sampled_from(["全年完成{}，", "共计{}。", "其中{}、"]))
def test_written_figure_extracts_back(written: tuple[str, Decimal, str, str | None], frame: str) -> None:
    text, value, unit, qualifier = written
    figures = extract_text(frame.format(text)).figures
    assert len(figures) == 1, (text, figures)
    assert figures[0].value == value
    assert figures[0].unit == unit
    assert (figures[0].qualifier and figures[0].qualifier.value) == qualifier


ALPHABET = st.sampled_from(
    list(
        "0123456789０１２.,、，。%％—-~+×一二两三十百千万亿零〇余多约近以上下内左右第年月日号个元亩吨头（只）/分之翻番“”《》\n 的和与及"
        "点负成半数几萬億兩○廿度间周岁含不低于至少到e@:^⁴级米千瓦克斤"
    )
)


@settings(max_examples=500)
@given(st.text(ALPHABET, max_size=60))
def test_any_text_extracts_without_error(text: str) -> None:
    extraction = extract_text(text)
    for figure in extraction.figures:
        assert 0 <= figure.start < figure.end <= len(text)
        assert text[figure.start : figure.end] == figure.text


# --- round trips through extraction for the forms of issue 11 ------------------------------------

DIGITS_ZH = "零一二三四五六七八九"


@settings(max_examples=200)
@given(st.integers(1, 10), st.sampled_from(["", "近", "超"]), st.sampled_from(["", "以上"]))
def test_tenths_extract_back_as_percent(tenths: int, before: str, after: str) -> None:
    figures = extract_text(f"占比{before}{to_chinese(tenths)}成{after}，").figures
    assert len(figures) == 1
    assert (figures[0].value, figures[0].unit, figures[0].scale) == (tenths * 10, "%", 10)
    expected = "at_least" if after or before == "超" else "approx" if before else None
    assert (figures[0].qualifier and figures[0].qualifier.value) == expected


@settings(max_examples=200)
@given(
    st.integers(0, 9999),
    st.text("0123456789", min_size=1, max_size=3),
    st.sampled_from(["万人", "亿元", "%", "吨"]),
    st.booleans(),
)
def test_chinese_decimals_extract_back(whole: int, fraction: str, unit: str, minus: bool) -> None:
    numeral = (to_chinese(whole) if whole else "零") + "点" + "".join(DIGITS_ZH[int(d)] for d in fraction)
    text = f"同比增长{'负' if minus else ''}{numeral}{unit}。"
    figures = extract_text(text).figures
    assert len(figures) == 1, (text, figures)
    factor = {"万人": 10**4, "亿元": 10**8}.get(unit, 1)
    assert figures[0].value == Decimal(f"{whole}.{fraction}") * factor * (-1 if minus else 1)
    assert figures[0].decimals == len(fraction)


@settings(max_examples=200)
@given(
    st.integers(1, 9998),
    st.integers(1, 9999),
    st.sampled_from(["到", "至", "-", "—"]),
    st.sampled_from(["万元", "亿元", "万人"]),
    st.booleans(),
)
def test_ranges_extract_back_with_both_bounds(low: int, span: int, separator: str, unit: str, chinese: bool) -> None:
    high = min(low + span, 9999)
    if high == low or (chinese and separator in "-—"):
        return
    write = to_chinese if chinese else str
    if chinese and low == 1:
        low = 2  # 一 alone is an article (一到三万元 reads as a range too, but not every 一 is a number)
    text = f"每户补助{write(low)}{separator}{write(high)}{unit}。"
    figures = extract_text(text).figures
    assert len(figures) == 1, (text, figures)
    factor = 10**4 if unit.startswith("万") else 10**8
    assert (figures[0].value, figures[0].upper, figures[0].unit) == (low * factor, high * factor, unit[1:])


@settings(max_examples=200)
@given(
    st.integers(1, 8), st.sampled_from(["十", "百", "千", "万", "十万", "百万"]), st.sampled_from(["人", "元", "吨"])
)
def test_spans_extract_back_as_approximate_ranges(digit: int, place: str, unit: str) -> None:
    text = f"约有{DIGITS_ZH[digit]}{DIGITS_ZH[digit + 1]}{place}{unit}。"
    figures = extract_text(text).figures
    size = {"十": 10, "百": 100, "千": 1000, "万": 10**4, "十万": 10**5, "百万": 10**6}[place]
    assert len(figures) == 1, (text, figures)
    assert (figures[0].value, figures[0].upper) == (digit * size, (digit + 1) * size)
    assert figures[0].qualifier is not None and figures[0].qualifier.value == "approx"


@pytest.mark.parametrize(
    ("text", "half_width"),
    [
        ("百分之百", "0.5"),
        ("百分之六点三", "0.05"),
        ("八成", "5"),
        ("八成五", "0.5"),
        ("两万人", "5000"),
        ("六点四二万人", "50"),
    ],
)
def test_each_form_keeps_the_precision_it_was_written_with(text: str, half_width: str) -> None:
    assert extract_text(text).figures[0].half_width == Decimal(half_width)
