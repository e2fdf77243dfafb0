"""Every unit definition: it parses, it has the kind we mean, it converts exactly."""

from __future__ import annotations

from decimal import Decimal

import pytest

from checker import units
from checker.model import Kind

# (surface as written, kind, a conversion that must hold exactly: (value, target unit, expected))
DEFINITIONS = [
    ("元", Kind.AMOUNT, None),
    ("千元", Kind.AMOUNT, ("1", "元", "1000")),
    ("万元", Kind.AMOUNT, ("1", "元", "10000")),
    ("百万元", Kind.AMOUNT, ("1", "万元", "100")),
    ("亿元", Kind.AMOUNT, ("1.8", "万元", "18000")),
    ("万亿元", Kind.AMOUNT, ("1", "亿元", "10000")),
    ("美元", Kind.AMOUNT, None),
    ("亩", Kind.AMOUNT, ("300", "公顷", "20")),
    ("万亩", Kind.AMOUNT, ("1.5", "公顷", "1000")),
    ("公顷", Kind.AMOUNT, ("1", "平方米", "10000")),
    ("平方米", Kind.AMOUNT, None),
    ("万平方米", Kind.AMOUNT, ("1", "平方米", "10000")),
    ("平方公里", Kind.AMOUNT, ("1", "公顷", "100")),
    ("吨", Kind.AMOUNT, ("1", "千克", "1000")),
    ("万吨", Kind.AMOUNT, ("1", "吨", "10000")),
    ("亿吨", Kind.AMOUNT, ("1", "万吨", "10000")),
    ("斤", Kind.AMOUNT, ("2", "公斤", "1")),
    ("亿斤", Kind.AMOUNT, ("1", "万吨", "5")),
    ("公斤", Kind.AMOUNT, ("1", "千克", "1")),
    ("千克", Kind.AMOUNT, None),
    ("米", Kind.AMOUNT, None),
    ("公里", Kind.AMOUNT, ("1", "米", "1000")),
    ("千米", Kind.AMOUNT, ("1", "公里", "1")),
    ("立方米", Kind.AMOUNT, None),
    ("万立方米", Kind.AMOUNT, ("1", "立方米", "10000")),
    ("千瓦", Kind.AMOUNT, ("1000", "兆瓦", "1")),
    ("万千瓦", Kind.AMOUNT, ("1", "兆瓦", "10")),
    ("千瓦时", Kind.AMOUNT, None),
    ("亿千瓦时", Kind.AMOUNT, ("1", "千瓦时", "100000000")),
    ("MW", Kind.AMOUNT, ("300", "万千瓦", "30")),
    ("吨标准煤", Kind.AMOUNT, ("1", "吨标煤", "1")),
    ("%", Kind.PERCENT, ("50", "倍", "0.5")),
    ("％", Kind.PERCENT, ("1", "%", "1")),
    ("百分点", Kind.PERCENTAGE_POINT, None),
    ("个百分点", Kind.PERCENTAGE_POINT, ("1", "百分点", "1")),
    ("倍", Kind.MULTIPLE, None),
    ("年", Kind.AMOUNT, ("1", "天", "365")),
    ("个月", Kind.AMOUNT, None),
    ("天", Kind.AMOUNT, ("1", "小时", "24")),
    ("小时", Kind.AMOUNT, ("1", "分钟", "60")),
    ("头（只）", Kind.COUNT, ("1", "头(只)", "1")),
    ("元/人", Kind.AMOUNT, ("1", "元/人", "1")),
    ("斤/亩", Kind.AMOUNT, ("1", "斤/亩", "1")),
    ("万元/户", Kind.AMOUNT, ("1", "元/户", "10000")),
]
MEASURE_WORDS = "个 户 家 人 名 人次 项 场 场次 次 件 座 处 条 所 块 只 头 套 辆 批 种 株 台 艘 架 宗 份 起".split()


@pytest.mark.parametrize(("surface", "kind", "conversion"), DEFINITIONS, ids=[d[0] for d in DEFINITIONS])
def test_definition(surface: str, kind: Kind, conversion: tuple[str, str, str] | None) -> None:
    assert units.lookup(surface).kind is kind
    if conversion:
        value, target, expected = conversion
        converted = units.quantity(Decimal(value), surface).to(units.unit(target))
        assert converted.magnitude == Decimal(expected)


@pytest.mark.parametrize("word", MEASURE_WORDS)
def test_measure_words_are_counts(word: str) -> None:
    assert units.lookup(word).kind is Kind.COUNT


@pytest.mark.parametrize("surface", sorted(units.surface_forms()))
def test_every_surface_form_builds_a_quantity(surface: str) -> None:
    assert units.quantity(Decimal(1), surface).magnitude == 1


def test_different_measure_words_do_not_convert() -> None:
    """5 户 are not 5 家: comparing them is a decision a rule must make itself."""
    assert not units.quantity(Decimal(5), "户").is_compatible_with(units.unit("家"))
    assert units.quantity(Decimal(5), "人").is_compatible_with(units.unit("名"))


def test_percent_and_percentage_point_are_distinct() -> None:
    assert not units.quantity(Decimal(1), "%").is_compatible_with(units.unit("百分点"))


def test_undefined_unit_is_reported_not_dropped() -> None:
    with pytest.raises(units.UnknownUnitError, match="重量箱"):
        units.lookup("重量箱")


def test_light_table_agrees_with_pint() -> None:
    """Extraction reads names and kinds without pint; pint must read the same file the same way."""
    ureg = units.registry()
    for surface in units.surface_forms():
        info = units.lookup(surface)
        assert ureg.get_name(surface) == info.name, surface
        groups = {g for g, k in units.GROUP_KINDS.items() if info.name in ureg.get_group(g).members}
        assert {units.GROUP_KINDS[g] for g in groups} == ({info.kind} if info.kind is not Kind.AMOUNT else set())


def test_dimensions_read_without_pint_agree_with_pint() -> None:
    """units.dimension reads base dimensions from the definitions file so that comparing two units
    loads no pint; for every pair of units it must say "same dimension" exactly when pint does."""
    from checker import units

    names = sorted(units.surface_forms())
    ours = {name: units.dimension(name) for name in names}
    theirs = {name: units.unit(name).dimensionality for name in names}
    for a in names:
        for b in names:
            assert (ours[a] == ours[b]) == (theirs[a] == theirs[b]), (a, b)
