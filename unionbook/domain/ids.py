"""Check digits: resident ID (GB 11643-1999) and unified social credit code (GB 32100-2015).

The arithmetic is python-stdnum's (`cn.ric`, `cn.uscc`); this module adds what a register needs around it:
tidying what users paste, converting 15-digit numbers, deriving birth date and gender, and masking.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import cache
from types import ModuleType

from unionbook.domain.text import clean


@cache
def _stdnum() -> tuple[ModuleType, ModuleType, ModuleType]:
    """python-stdnum's (ric, uscc, exceptions), imported on first use: its util module pulls in ssl and pydoc
    (15 ms), which a command that only masks numbers (`members list`) never needs."""
    from stdnum import exceptions
    from stdnum.cn import ric, uscc

    return ric, uscc, exceptions


class IdNumberError(ValueError):
    """The number is not a valid resident ID; the message is Chinese and says why."""


@dataclass(frozen=True)
class ResidentId:
    number: str  # always 18 characters, upper-case X
    birth_date: dt.date
    gender: str  # "男" or "女"
    converted_from: str | None = None  # the 15-digit number it was converted from

    @property
    def area_code(self) -> str:
        return self.number[:6]

    @property
    def masked(self) -> str:
        return mask_id_number(self.number)


def mask_id_number(number: str | None) -> str:
    """110105194912310021 → 110105********0021: area kept, birth date and sequence hidden but the last 4."""
    if not number:
        return ""
    if len(number) <= 10:
        return "*" * len(number)
    return number[:6] + "*" * (len(number) - 10) + number[-4:]


# an 18-digit (check character may be X) or a 15-digit number standing alone in a text
_ID_IN_TEXT = re.compile(r"(?<![0-9A-Za-z])(?:\d{17}[0-9Xx]|\d{15})(?![0-9A-Za-z])")


def redact_id_numbers(text: str) -> str:
    """Every ID number in a free text masked (110105********002X): for logs and the change history, which are
    read by more people, and kept longer, than the register itself."""
    return _ID_IN_TEXT.sub(lambda m: mask_id_number(m.group(0)), text)


def _check_char(first17: str) -> str:
    # stdnum expects the whole number, check position included (its value is ignored)
    return str(_stdnum()[0].calc_check_digit(first17 + "0"))


def convert_15_to_18(number15: str) -> str:
    """Old 15-digit IDs carry a 2-digit year of the 1900s and no check character."""
    return _check_and_append(number15[:6] + "19" + number15[6:])


def _check_and_append(first17: str) -> str:
    return first17 + _check_char(first17)


def _ascii_digits(s: str) -> bool:
    # str.isdigit() also accepts Arabic-Indic, Kharosthi and other digits, which int() may reject
    return s.isascii() and s.isdigit()


def parse_resident_id(raw: object, *, today: dt.date | None = None) -> ResidentId:
    """Validate a resident ID as typed (spaces, full-width digits, lower-case x tolerated)."""
    s = clean(raw).replace(" ", "").upper()
    if not s:
        raise IdNumberError("身份证号为空")
    converted_from = None
    if len(s) == 15:
        if not _ascii_digits(s):
            raise IdNumberError(f"15位身份证号只能由数字组成：{s}")
        converted_from = s
        s = convert_15_to_18(s)
    if len(s) != 18:
        raise IdNumberError(f"身份证号应为18位，实际为{len(s)}位：{s}")
    if not _ascii_digits(s[:17]) or not (_ascii_digits(s[17]) or s[17] == "X"):
        raise IdNumberError(f"身份证号前17位应为数字、最后一位为数字或X：{s}")
    try:
        # what stdnum's ric.get_birth_date does after tidying the number again (a third of this function's
        # time in a 50,000-row import): s is 17 ASCII digits and a check character by now
        birth = dt.date(int(s[6:10]), int(s[10:12]), int(s[12:14]))
    except ValueError:
        raise IdNumberError(f"身份证号中的出生日期“{s[6:14]}”不是有效日期") from None
    today = today or dt.date.today()
    if birth > today or birth.year < 1900:
        raise IdNumberError(f"身份证号中的出生日期{birth.isoformat()}不合理")
    expected = _check_char(s[:17])
    if s[17] != expected:
        raise IdNumberError(f"身份证号校验位错误：最后一位应为“{expected}”，实际为“{s[17]}”")
    gender = "男" if int(s[16]) % 2 == 1 else "女"
    return ResidentId(number=s, birth_date=birth, gender=gender, converted_from=converted_from)


@dataclass(frozen=True)
class UsccCheck:
    code: str
    valid: bool
    message: str  # empty when valid; otherwise a Chinese warning the user may override with a note


def check_uscc(raw: object, *, expect_union: bool = True) -> UsccCheck:
    """A failed check digit is a warning, not a refusal: real codes that fail it exist."""
    code = clean(raw).replace(" ", "").upper()
    if not code:
        return UsccCheck(code, False, "统一社会信用代码为空")
    if len(code) != 18:
        return UsccCheck(code, False, f"统一社会信用代码应为18位，实际为{len(code)}位")
    _, uscc, stdnum_exc = _stdnum()
    try:
        uscc.validate(code)
    except stdnum_exc.InvalidChecksum:
        expected = uscc.calc_check_digit(code[:17])
        return UsccCheck(code, False, f"统一社会信用代码校验位应为“{expected}”，实际为“{code[17]}”")
    except stdnum_exc.ValidationError:
        return UsccCheck(code, False, "统一社会信用代码含有不允许的字符（不使用I、O、Z、S、V）")
    if expect_union and not code.startswith("81"):
        return UsccCheck(code, False, "基层工会的统一社会信用代码应以“81”开头")
    return UsccCheck(code, True, "")


def uscc_check_char(first17: str) -> str:
    return str(_stdnum()[1].calc_check_digit(first17))
