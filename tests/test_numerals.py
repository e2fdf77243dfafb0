"""Chinese numerals and Arabic digit strings → Decimal, with their precision."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from checker import numerals
from tests.chinese import to_chinese


@pytest.mark.parametrize(
    ("numeral", "value", "step"),
    [
        ("两万", 20000, 10000),
        ("一千二百", 1200, 100),
        ("一千二", 1200, 100),
        ("三十五", 35, 1),
        ("十", 10, 10),
        ("十五", 15, 1),
        ("一百零五", 105, 1),
        ("三千万", 30000000, 10000000),
        ("一亿五千万", 150000000, 10000000),
        ("二〇三五", 2035, 1),
    ],
)
def test_chinese(numeral: str, value: int, step: int) -> None:
    assert numerals.chinese(numeral) == (Decimal(value), Decimal(step))


@given(st.integers(min_value=1, max_value=10**12 - 1))
def test_chinese_round_trip(number: int) -> None:
    assert numerals.chinese(to_chinese(number))[0] == number


@pytest.mark.parametrize("number", range(1, 100))
def test_an_ordinal_is_written_as_reports_write_it_and_reads_back(number: int) -> None:
    """十四 of 十四五, 十 of 第十届: written as the test helper writes numerals, and count reads it back."""
    assert numerals.written(number) == to_chinese(number)
    assert numerals.count(numerals.written(number)) == number


@pytest.mark.parametrize("number", [0, 100, -3])
def test_no_ordinal_is_written_outside_1_to_99(number: int) -> None:
    with pytest.raises(ValueError, match="no ordinal written below 100"):
        numerals.written(number)


@pytest.mark.parametrize(
    ("digits", "value", "decimals"),
    [("119.8", "119.8", 1), ("120.0", "120.0", 1), ("1,100", "1100", 0), ("84", "84", 0)],
)
def test_arabic(digits: str, value: str, decimals: int) -> None:
    assert numerals.arabic(digits) == (Decimal(value), decimals)


def test_normalise_keeps_length() -> None:
    text = "增长１２．５％，计划１１００万元"
    assert len(numerals.normalise(text)) == len(text)
    assert numerals.normalise(text) == "增长12.5%，计划1100万元"


# --- one table per form of the grammar: numeral → (value, decimals, scale, upper, more) -----------

FORMS = {
    "place value": [
        ("百亿", 10**10, 0, 10**10),
        ("千万", 10**7, 0, 10**7),
        ("三万五", 35000, 0, 1000),
        ("一百二十万三", 1203000, 0, 1000),
        ("一万零五", 10005, 0, 1),
        ("三万亿", 3 * 10**12, 0, 10**12),
        ("一百亿亿", 10**18, 0, 10**18),
    ],
    "mixed": [
        ("5万4千6百", 54600, 0, 100),
        ("2千零30万", 20300000, 0, 10**4),
        ("3万4000", 34000, 0, 1),
        ("1亿2000万", 120000000, 0, 10**4),
        ("1.5亿", 150000000, 1, 10**8),
    ],
    "point": [
        ("六点四二万", 64200, 2, 10**4),
        ("零点六", "0.6", 1, 1),
        ("六点三", "6.3", 1, 1),
        ("一百点零五", "100.05", 2, 1),
    ],
    "minus": [("负3.9", "-3.9", 1, 1), ("负零点五", "-0.5", 1, 1), ("负两万", -20000, 0, 10**4)],
}
SPANS = [
    ("三五百", 300, 500),
    ("七八万", 70000, 80000),
    ("十五六", 15, 16),
    ("两三", 2, 3),
    ("七八十万", 700000, 800000),
    ("数十亿", 2 * 10**9, 9 * 10**9),
    ("十几万", 110000, 190000),
    ("几百", 200, 900),
]
REFUSED = [
    "二五",
    "三百万千",
    "十千",
    "五十千",
    "390万65",
    "3万400",
    "七十百",
    "万",
    "三万五万",
    "数",
    "1000千",
    "3万4.5",
]


@pytest.mark.parametrize(
    ("numeral", "value", "decimals", "scale"),
    [case for cases in FORMS.values() for case in cases],
    ids=lambda v: str(v),
)
def test_each_form_reads_with_its_precision(numeral: str, value: object, decimals: int, scale: int) -> None:
    reading = numerals.read(numeral)
    assert reading is not None
    assert (reading.value, reading.decimals, reading.scale) == (Decimal(value), decimals, Decimal(scale))
    assert reading.upper is None and not reading.approx


@pytest.mark.parametrize(("numeral", "low", "high"), SPANS, ids=[case[0] for case in SPANS])
def test_spans_are_approximate_ranges(numeral: str, low: int, high: int) -> None:
    reading = numerals.read(numeral)
    assert reading is not None and reading.approx
    assert (reading.value, reading.upper) == (low, high)


@pytest.mark.parametrize("numeral", ["十多万", "一千多万", "三百余万", "20余万", "100多"])
def test_more_makes_a_floor_of_the_numeral_without_it(numeral: str) -> None:
    reading = numerals.read(numeral)
    plain = numerals.read(numeral.replace("多", "").replace("余", ""))
    assert reading is not None and plain is not None and reading.more
    assert reading.value == plain.value


@pytest.mark.parametrize("numeral", REFUSED)
def test_what_the_grammar_cannot_read_is_refused_not_guessed(numeral: str) -> None:
    assert numerals.read(numeral) is None


def test_variant_numerals_are_normalised_in_place() -> None:
    text = "二○三五年，九萬四，兩億"
    assert numerals.normalise(text) == "二〇三五年，九万四，两亿"


# --- round trips: a Decimal written in each new form reads back ------------------------------------

CHINESE_DIGIT = "零一二三四五六七八九"


def chinese_decimal(whole: int, fraction: str) -> str:
    return (to_chinese(whole) if whole else "零") + "点" + "".join(CHINESE_DIGIT[int(d)] for d in fraction)


@given(
    st.integers(0, 9999),
    st.text("0123456789", min_size=1, max_size=4),
    st.sampled_from(["", "万", "亿"]),
    st.booleans(),
)
def test_chinese_decimal_with_point_and_minus_round_trips(whole: int, fraction: str, large: str, minus: bool) -> None:
    written = ("负" if minus else "") + chinese_decimal(whole, fraction) + large
    factor = {"": 1, "万": 10**4, "亿": 10**8}[large]
    reading = numerals.read(written)
    assert reading is not None, written
    expected = Decimal(f"{whole}.{fraction}") * factor * (-1 if minus else 1)
    assert reading.value == expected
    assert (reading.decimals, reading.scale) == (len(fraction), factor)


@given(st.integers(1, 8), st.sampled_from(["", "十", "百", "千", "万", "十万", "百万", "亿"]))
def test_span_round_trips(digit: int, place: str) -> None:
    written = CHINESE_DIGIT[digit] + CHINESE_DIGIT[digit + 1] + place
    size = numerals.read("一" + place).value if place else Decimal(1)
    reading = numerals.read(written)
    assert reading is not None and reading.approx, written
    assert (reading.value, reading.upper) == (digit * size, (digit + 1) * size)
