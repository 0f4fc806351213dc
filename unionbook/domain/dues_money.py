"""Money for dues and union funds: integer fen inside, `Decimal` yuan at the edges, never a float. Reading
and writing amounts is domain/money.py's (`Money`); this module holds the dues and funds arithmetic on fen.

The dues arithmetic (会费): base = ⌊wage / 10 yuan⌋ × 10 yuan, dues = base × 0.5 %, which is always a whole
number of fen and a multiple of 5 fen, so no rounding is needed at the shipped rate. The funds arithmetic
(工会经费): levy = payroll × 2 %, rounded half up to the fen; a split gives each party the floor of its share and
the rounding remainder to one named party, so the parts always sum exactly to the levy and none is negative.
Rates arrive as `Fraction`s from the rule set (services/dues/rules.py).
"""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction

from unionbook.domain.money import FEN_PER_YUAN, Money, MoneyError, parse_money

MAX_FEN = 10**15  # a trillion yuan: far beyond any union's books, well inside SQLite's integers


class AmountError(ValueError):
    """A text that is not an amount of money; the message is Chinese and says why."""


def parse_amount(value: str | int | Decimal, *, what: str = "金额", allow_negative: bool = False) -> int:
    """Yuan as written by people ("3,085.50", "￥15.4", "100") → fen, read by domain/money.py. More than two
    decimals is refused, never rounded: a wage of 3085.555 is a typing error, not a number to guess at."""
    if isinstance(value, bool):
        raise AmountError(f"{what}不是金额")
    try:
        if isinstance(value, int):
            fen = value * FEN_PER_YUAN
        elif isinstance(value, Decimal):
            fen = Money.from_yuan(value).fen
        else:
            fen = parse_money(value, label=what).fen
    except MoneyError as exc:
        raise AmountError(exc.message) from None
    if fen < 0 and not allow_negative:
        raise AmountError(f"{what}不能为负数（“{value}”）")
    if abs(fen) > MAX_FEN:
        raise AmountError(f"{what}“{value}”过大")
    return fen


def to_decimal(fen: int) -> Decimal:
    return Money(fen).yuan()


def format_amount(fen: int) -> str:
    """Fen → "15.40": the JSON form (two decimals, no separators)."""
    return str(Money(fen))


def format_yuan(fen: int) -> str:
    """Fen → "3,085.50": for people (screens and printouts)."""
    return Money(fen).grouped()


def apply_rate(amount_fen: int, rate: Fraction) -> int:
    """amount × rate, rounded half up to the fen, in exact integer arithmetic."""
    if amount_fen < 0:
        raise ValueError("amount must not be negative")
    p, q = rate.numerator, rate.denominator
    return (2 * amount_fen * p + q) // (2 * q)


def dues_base(wage_fen: int, step_fen: int = 10 * FEN_PER_YUAN) -> int:
    """The wage with the tail under `step` dropped (工资尾数不足十元的不计缴)."""
    if wage_fen < 0:
        raise ValueError("wage must not be negative")
    return wage_fen // step_fen * step_fen


def monthly_dues(wage_fen: int, rate: Fraction, step_fen: int = 10 * FEN_PER_YUAN) -> int:
    return apply_rate(dues_base(wage_fen, step_fen), rate)


def split(total_fen: int, shares: dict[str, Fraction], remainder_to: str) -> dict[str, int]:
    """Divide `total_fen` by `shares` (which must sum to 1): each party gets the floor of its share, the
    rounding remainder goes to `remainder_to`. The parts sum exactly to the total and none is negative."""
    if total_fen < 0:
        raise ValueError("total must not be negative")
    if any(s < 0 for s in shares.values()):
        raise ValueError("shares must not be negative")
    if sum(shares.values(), Fraction(0)) != 1:
        raise ValueError(f"shares must sum to 1, not {sum(shares.values(), Fraction(0))}")
    if remainder_to not in shares:
        raise ValueError(f"{remainder_to!r} is not one of the parties")
    parts = {name: total_fen * s.numerator // s.denominator for name, s in shares.items()}
    parts[remainder_to] += total_fen - sum(parts.values())
    return parts


_DIGITS = "零壹贰叁肆伍陆柒捌玖"
_GROUP_UNITS = ("", "万", "亿", "万亿")


def _four(n: int) -> str:
    out, zero = "", False
    for power, unit in ((3, "仟"), (2, "佰"), (1, "拾"), (0, "")):
        d = n // 10**power % 10
        if d == 0:
            zero = zero or bool(out)
        else:
            if zero:
                out += "零"
                zero = False
            out += _DIGITS[d] + unit
    return out


def amount_in_words(fen: int) -> str:
    """Fen as written on vouchers (大写金额): 246914 → 贰仟肆佰陆拾玖元壹角肆分, 100000 → 壹仟元整."""
    if fen == 0:
        return "零元整"
    sign = "负" if fen < 0 else ""
    yuan, rest = divmod(abs(fen), FEN_PER_YUAN)
    jiao, cents = divmod(rest, 10)
    groups = []
    while yuan:
        yuan, g = divmod(yuan, 10000)
        groups.append(g)
    text, gap = "", False
    for index in range(len(groups) - 1, -1, -1):
        g = groups[index]
        if g == 0:
            gap = gap or bool(text)
            continue
        if text and (gap or g < 1000):
            text += "零"
        text += _four(g) + _GROUP_UNITS[index]
        gap = False
    out = sign + (text + "元" if text else "")
    if jiao == 0 and cents == 0:
        return out + "整"
    if jiao:
        out += _DIGITS[jiao] + "角"
    elif text:
        out += "零"
    if cents:
        out += _DIGITS[cents] + "分"
    return out
