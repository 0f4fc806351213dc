"""Money as an integer number of fen (分), with Decimal only at the edges.

Amounts are stored, added and compared as whole fen (`Money.fen`, an int). Text comes in through
`parse_money("15.40")` and goes out through `str(money)` ("15.40", two decimals, what the CLI's JSON carries)
or `money.yuan()` (a Decimal). A float is refused everywhere: 0.1 + 0.2 is not 0.3 in binary, and a union's
books must add up to the fen. Arithmetic between amounts stays exact; multiplying by a rate (dues are 0.5% of
wages) goes through `Money.times`, which rounds half up to the fen, as Chinese accounting practice does.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from typing import SupportsIndex

from unionbook.domain.text import clean
from unionbook.errors import ValidationError

FEN_PER_YUAN = 100
_CENT = Decimal("0.01")
# "15", "15.4", "15.40", "-3.00", "1,234.50"; an optional currency mark or 元 around it
_MONEY = re.compile(r"^([+-]?)(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d*))?$")
_MARKS = ("¥", "￥", "RMB", "CNY", "人民币", "元")


class MoneyError(ValidationError):
    """An amount that cannot be read or kept exactly. The message is Chinese and names the value."""


def _refuse_float(value: object, what: str) -> None:
    if isinstance(value, float):
        raise TypeError(f"{what}: a float ({value!r}) cannot hold money exactly; use fen (int), Decimal or str")
    if isinstance(value, bool):
        raise TypeError(f"{what}: a bool is not an amount")


@dataclass(frozen=True, order=True, slots=True)
class Money:
    """An amount of renminbi as whole fen. Immutable, ordered, hashable; never holds a float."""

    fen: int

    def __post_init__(self) -> None:
        _refuse_float(self.fen, "Money")
        if not isinstance(self.fen, int):
            raise TypeError(f"Money holds whole fen (int), not {type(self.fen).__name__}")

    # --- the edges -------------------------------------------------------------------------------------------

    @classmethod
    def of(cls, value: Money | int | Decimal | str) -> Money:
        """An amount from whole fen (int), yuan (Decimal, at most two decimals) or text ("15.40")."""
        _refuse_float(value, "Money.of")
        if isinstance(value, Money):
            return value
        if isinstance(value, int):
            return cls(value)
        if isinstance(value, Decimal):
            return cls.from_yuan(value)
        if isinstance(value, str):
            return parse_money(value)
        raise TypeError(f"Money.of: cannot read {type(value).__name__}")

    @classmethod
    def from_yuan(cls, yuan: Decimal) -> Money:
        """Exact yuan (Decimal) to fen; more than two decimals is refused, not rounded."""
        _refuse_float(yuan, "Money.from_yuan")
        if not isinstance(yuan, Decimal):
            raise TypeError(f"Money.from_yuan takes a Decimal, not {type(yuan).__name__}")
        if not yuan.is_finite():
            raise MoneyError(f"金额不是有限的数：{yuan}")
        fen = yuan * FEN_PER_YUAN
        if fen != fen.to_integral_value():
            raise MoneyError(f"金额最多两位小数（到分）：{yuan}")
        return cls(int(fen))

    def yuan(self) -> Decimal:
        """The amount in yuan as a Decimal with exactly two decimals."""
        return (Decimal(self.fen) / FEN_PER_YUAN).quantize(_CENT)

    def __str__(self) -> str:
        """Two decimals, no thousands separator: "15.40", "-3.00", "0.00" (the JSON form)."""
        sign = "-" if self.fen < 0 else ""
        whole, cents = divmod(abs(self.fen), FEN_PER_YUAN)
        return f"{sign}{whole}.{cents:02d}"

    def grouped(self) -> str:
        """For people: thousands grouped, "1,234.50"."""
        sign = "-" if self.fen < 0 else ""
        whole, cents = divmod(abs(self.fen), FEN_PER_YUAN)
        return f"{sign}{whole:,}.{cents:02d}"

    # --- arithmetic (exact) ----------------------------------------------------------------------------------

    def __add__(self, other: Money) -> Money:
        if not isinstance(other, Money):
            return NotImplemented
        return Money(self.fen + other.fen)

    def __radd__(self, other: int) -> Money:
        # sum() starts from 0
        if isinstance(other, int) and not isinstance(other, bool) and other == 0:
            return self
        return NotImplemented

    def __sub__(self, other: Money) -> Money:
        if not isinstance(other, Money):
            return NotImplemented
        return Money(self.fen - other.fen)

    def __neg__(self) -> Money:
        return Money(-self.fen)

    def __abs__(self) -> Money:
        return Money(abs(self.fen))

    def __mul__(self, count: SupportsIndex) -> Money:
        if isinstance(count, float | bool) or not hasattr(count, "__index__"):
            return NotImplemented
        return Money(self.fen * count.__index__())

    __rmul__ = __mul__

    def __bool__(self) -> bool:
        return self.fen != 0

    def times(self, rate: Decimal | str) -> Money:
        """This amount times a rate ("0.005" for 0.5%), rounded half up to the fen."""
        _refuse_float(rate, "Money.times")
        try:
            r = Decimal(rate) if isinstance(rate, str) else rate
        except InvalidOperation:
            raise MoneyError(f"比例不是数：{rate}") from None
        if not isinstance(r, Decimal) or not r.is_finite():
            raise MoneyError(f"比例不是有限的数：{rate}")
        return Money(int((Decimal(self.fen) * r).to_integral_value(rounding=ROUND_HALF_UP)))

    def split(self, parts: int) -> list[Money]:
        """This amount shared in `parts` whole-fen shares that add up to it exactly (the first ones larger)."""
        if isinstance(parts, bool) or not isinstance(parts, int) or parts < 1:
            raise ValueError(f"split needs a positive number of parts, not {parts!r}")
        base, extra = divmod(self.fen, parts)
        return [Money(base + (1 if i < extra else 0)) for i in range(parts)]


ZERO = Money(0)


def parse_money(text: str, *, label: str = "金额") -> Money:
    """Text typed by a person or read from a sheet: "15.40", "15.4", "15", "¥1,234.50", "１５．４", "-3".

    More than two decimals, letters, or an empty value are refused with a Chinese message naming `label`.
    """
    _refuse_float(text, "parse_money")
    if not isinstance(text, str):
        raise TypeError(f"parse_money reads text, not {type(text).__name__}")
    s = clean(text).replace(" ", "").replace("。", ".")
    for mark in _MARKS:
        if s.startswith(mark):
            s = s[len(mark):]
        if s.endswith(mark):
            s = s[: -len(mark)]
    m = _MONEY.match(s)
    if not m:
        shown = text.strip() or "（空）"
        raise MoneyError(f"{label}不是金额：{shown}（应写成 15.40 这样的数）")
    sign, whole, decimals = m.groups()
    decimals = decimals or ""
    if len(decimals) > 2:
        raise MoneyError(f"{label}最多两位小数（到分）：{text.strip()}")
    fen = int(whole.replace(",", "")) * FEN_PER_YUAN + int(decimals.ljust(2, "0") or "0")
    return Money(-fen if sign == "-" else fen)


def format_money(value: Money | int) -> str:
    """Two decimals for an amount or for whole fen (int): format_money(1540) == "15.40"."""
    return str(Money.of(value))
