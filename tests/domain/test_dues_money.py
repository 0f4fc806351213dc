"""The dues and funds arithmetic: exact to the fen, never negative, the parts always sum to the whole."""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction

import pytest
from hypothesis import given
from hypothesis import strategies as st

from unionbook.domain.dues import Month, Period, longest_run
from unionbook.domain.dues_money import (
    AmountError,
    apply_rate,
    dues_base,
    format_amount,
    monthly_dues,
    parse_amount,
    split,
    to_decimal,
)
from unionbook.services.dues.rules import default_rules

RATE = Fraction(1, 200)
wages = st.integers(min_value=0, max_value=10**9)  # up to ten million yuan, in fen


def test_the_worked_example_of_the_rules() -> None:
    # domain-rules.md §2: 3,086.50 → base 3,080 → dues 15.40 (the 3085.50 gives the same)
    for wage in ("3086.50", "3085.50"):
        fen = parse_amount(wage)
        assert dues_base(fen) == 308000
        assert format_amount(monthly_dues(fen, RATE)) == "15.40"


@given(wages)
def test_dues_are_a_multiple_of_five_fen_and_need_no_rounding(wage: int) -> None:
    dues = monthly_dues(wage, RATE)
    assert dues % 5 == 0
    assert dues >= 0
    assert Fraction(dues_base(wage)) * RATE == dues  # exact: no rounding happened
    assert dues_base(wage) <= wage < dues_base(wage) + 1000


shares = st.lists(st.integers(min_value=0, max_value=1000), min_size=1, max_size=6).filter(lambda xs: sum(xs) > 0)


@given(st.integers(min_value=0, max_value=10**12), shares, st.data())
def test_split_parts_sum_exactly_and_are_never_negative(total: int, weights: list[int], data: st.DataObject) -> None:
    parties = {f"p{i}": Fraction(w, sum(weights)) for i, w in enumerate(weights)}
    to = data.draw(st.sampled_from(sorted(parties)))
    parts = split(total, parties, to)
    assert sum(parts.values()) == total
    assert all(v >= 0 for v in parts.values())
    for name, share in parties.items():  # nobody is more than a fen away from their exact share, but the remainder
        if name != to:
            assert 0 <= total * share - parts[name] < 1


@given(st.integers(min_value=0, max_value=10**12))
def test_levy_and_its_split_with_the_shipped_rules(payroll: int) -> None:
    rules = default_rules()
    levy = apply_rate(payroll, rules.levy_rate)
    parts = split(levy, {"retained": rules.grassroots_share, "upper": 1 - rules.grassroots_share}, "retained")
    assert parts["retained"] + parts["upper"] == levy
    assert parts["retained"] >= levy * rules.grassroots_share  # the grassroots union keeps at least 60 %
    assert min(parts.values()) >= 0


def test_apply_rate_rounds_half_up() -> None:
    assert apply_rate(25, Fraction(1, 50)) == 1  # 0.5 fen → 1
    assert apply_rate(24, Fraction(1, 50)) == 0


@given(st.integers(min_value=0, max_value=10**13), st.integers(1, 1000), st.integers(1, 1000))
def test_apply_rate_agrees_with_decimal_half_up(amount: int, p: int, q: int) -> None:
    from decimal import ROUND_HALF_UP, localcontext

    with localcontext() as ctx:
        ctx.prec = 60
        expected = (Decimal(amount) * p / q).quantize(Decimal(1), ROUND_HALF_UP)
    assert apply_rate(amount, Fraction(p, q)) == int(expected)


@given(st.integers(min_value=-10**12, max_value=10**12))
def test_amount_text_round_trips(fen: int) -> None:
    assert parse_amount(format_amount(fen), allow_negative=True) == fen
    assert to_decimal(fen) == Decimal(format_amount(fen))


@pytest.mark.parametrize("text", ["3085.555", "abc", "", "1e3", "12.3.4", "-5"])
def test_bad_amounts_are_refused_with_a_chinese_message(text: str) -> None:
    with pytest.raises(AmountError, match="金额"):
        parse_amount(text)


def test_people_write_amounts_in_several_ways() -> None:
    assert parse_amount("3,085.5") == parse_amount("￥3085.50") == parse_amount("3085.50元") == 308550


def test_months_and_periods() -> None:
    assert Month.parse("2026-03") + 10 == Month(2027, 1)
    assert Month.parse("2026年3月") == Month(2026, 3)
    assert Month(2027, 1) - Month(2026, 3) == 10
    q = Period.parse("2026-Q2")
    assert (str(q.first_month), str(q.last_month)) == ("2026-04", "2026-06")
    assert q.overlaps(Period.parse("2026-05")) and not q.overlaps(Period.parse("2026-07"))
    with pytest.raises(ValueError, match="YYYY-MM"):
        Month.parse("March")
    assert longest_run([Month(2026, m) for m in (1, 2, 4, 5, 6, 7)]) == (4, Month(2026, 7))


@pytest.mark.parametrize(("fen", "words"), [
    (1540, "壹拾伍元肆角"), (10000000, "壹拾万元整"), (100400, "壹仟零肆元整"), (1001000, "壹万零壹拾元整"),
    (246914, "贰仟肆佰陆拾玖元壹角肆分"), (1005, "壹拾元零伍分"), (50, "伍角"), (0, "零元整"),
    (10000000000, "壹亿元整"), (100010000, "壹佰万零壹佰元整"),
])
def test_amounts_in_words_for_vouchers(fen: int, words: str) -> None:
    from unionbook.domain.dues_money import amount_in_words

    assert amount_in_words(fen) == words
