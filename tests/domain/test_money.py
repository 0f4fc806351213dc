"""Money as integer fen: exact parsing, two-decimal formatting, exact arithmetic, floats refused."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from unionbook.domain.money import ZERO, Money, MoneyError, format_money, parse_money

fen = st.integers(min_value=-10**13, max_value=10**13)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("15.40", 1540), ("15.4", 1540), ("15", 1500), ("0.05", 5), ("-3.00", -300), ("+2.5", 250),
        ("1,234.50", 123450), ("¥12.30", 1230), ("12.30元", 1230), ("１５．４", 1540), (" 7.01 ", 701),
        ("0", 0), ("15.", 1500),
    ],
)
def test_parse_reads_what_people_type(text: str, expected: int) -> None:
    assert parse_money(text) == Money(expected)


@pytest.mark.parametrize("text", ["", "  ", "abc", "15.405", "1.2.3", "12,34.00", "1e3", "NaN", "--1"])
def test_parse_refuses_what_is_not_an_amount_with_a_chinese_message(text: str) -> None:
    with pytest.raises(MoneyError) as err:
        parse_money(text, label="会费")
    assert err.value.message.startswith("会费")


def test_three_decimals_are_refused_not_rounded() -> None:
    with pytest.raises(MoneyError, match="两位小数"):
        parse_money("0.125")
    with pytest.raises(MoneyError, match="两位小数"):
        Money.from_yuan(Decimal("0.125"))


@pytest.mark.parametrize(
    "call",
    [
        lambda: Money(1.5),  # type: ignore[arg-type]
        lambda: Money.of(15.4),  # type: ignore[arg-type]
        lambda: Money.from_yuan(15.4),  # type: ignore[arg-type]
        lambda: parse_money(15.4),  # type: ignore[arg-type]
        lambda: Money(100) * 1.5,  # type: ignore[operator]
        lambda: Money(100).times(0.005),  # type: ignore[arg-type]
        lambda: Money(True),
    ],
)
def test_floats_and_bools_are_refused(call: object) -> None:
    with pytest.raises(TypeError):
        call()  # type: ignore[operator]


def test_formats_two_decimals() -> None:
    assert str(Money(1540)) == "15.40"
    assert str(Money(5)) == "0.05"
    assert str(Money(-5)) == "-0.05"
    assert str(ZERO) == "0.00"
    assert Money(123456789).grouped() == "1,234,567.89"
    assert format_money(1540) == "15.40"
    assert Money(1540).yuan() == Decimal("15.40")
    assert str(Money(1540).yuan()) == "15.40"


def test_rate_rounds_half_up_to_the_fen() -> None:
    # 0.5% of 4,321.00 = 21.605 → 21.61 (half up), not banker's 21.60
    assert Money.of("4321.00").times("0.005") == Money(2161)
    assert Money.of("4320.00").times(Decimal("0.005")) == Money(2160)
    assert Money(-1).times("0.5") == Money(-1)


def test_sum_and_split() -> None:
    assert sum([Money(1), Money(2), Money(3)], ZERO) == Money(6)
    assert sum([Money(1), Money(2)]) == Money(3)
    assert Money(100).split(3) == [Money(34), Money(33), Money(33)]


@given(fen)
def test_text_round_trip(n: int) -> None:
    m = Money(n)
    assert parse_money(str(m)) == m
    assert parse_money(m.grouped()) == m
    assert Money.of(m.yuan()) == m


@given(fen)
def test_format_always_has_two_decimals(n: int) -> None:
    text = str(Money(n))
    whole, _, cents = text.lstrip("-").partition(".")
    assert len(cents) == 2 and whole.isdigit()
    assert Decimal(text) == Decimal(n) / 100


@given(fen, fen, fen)
def test_addition_is_exact_and_associative(a: int, b: int, c: int) -> None:
    x, y, z = Money(a), Money(b), Money(c)
    assert (x + y) + z == x + (y + z) == Money(a + b + c)
    assert x - y == -(y - x)
    assert x + y - y == x


@given(fen, st.integers(min_value=1, max_value=500))
def test_split_adds_up_exactly(n: int, parts: int) -> None:
    shares = Money(n).split(parts)
    assert len(shares) == parts
    assert sum(shares, ZERO) == Money(n)
    assert max(shares).fen - min(shares).fen <= 1


@given(fen, st.decimals(min_value=Decimal("0"), max_value=Decimal("1"), places=4))
def test_times_matches_decimal_half_up(n: int, rate: Decimal) -> None:
    exact = Decimal(n) * rate
    got = Money(n).times(rate).fen
    assert abs(Decimal(got) - exact) <= Decimal("0.5")
