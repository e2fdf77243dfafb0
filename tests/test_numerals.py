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
