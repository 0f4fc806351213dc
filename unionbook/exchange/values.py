"""Reading one cell as the register needs it: text, a date, a yes/no flag, an ID number.

Spreadsheets hand over whatever the user's Excel made of a value: numbers for phone numbers and IDs, serial
numbers or date cells or text for dates. Each parser returns the value and, at most, a warning; it raises
`CellError` (a Chinese message) when the cell cannot be read.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from functools import lru_cache

from unionbook.domain.text import clean
from unionbook.exchange.vocab import Vocabulary, normalise_value


class CellError(ValueError):
    """The cell cannot be read; the message (Chinese) says what is wrong and what to do."""


EXCEL_EPOCH = dt.date(1899, 12, 30)  # serial 1 is 1900-01-01 once Excel's phantom 1900-02-29 is allowed for
_SERIAL_MIN, _SERIAL_MAX = 61, 73415  # 1900-03-01 … 2100-12-31
_SCIENTIFIC = re.compile(r"^[+-]?\d+(\.\d+)?e[+-]?\d+$", re.IGNORECASE)


def is_blank(value: object) -> bool:
    if value is None:
        return True
    if not isinstance(value, str):
        return False
    s = value.strip()
    return not s or (s[0] in "\u200b\u200c\u200d\ufeff" and not clean(s))


def as_text(value: object) -> str:
    """The text of a cell: a whole number without ".0" (phones and card numbers stored as numbers)."""
    if type(value) is str:  # most cells: str(value) is the value itself
        return value
    if value is None:
        return ""
    if isinstance(value, bool):
        return "是" if value else "否"
    if isinstance(value, float):
        if math.isfinite(value) and value == int(value) and abs(value) < 1e15:
            return str(int(value))
        return repr(value)
    if isinstance(value, dt.datetime):
        return value.date().isoformat() if value.time() == dt.time() else value.isoformat(sep=" ")
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value)


def parse_id_cell(value: object) -> str:
    """An ID number as text. Excel keeps only 15 significant digits of a number: an 18-digit ID it stored
    as a number has lost its last digits for good, and no guess may stand in for them."""
    lost = (
        "身份证号被 Excel 存成了数字，最后几位已丢失，无法恢复。请在原表中把该列设为“文本”格式，"
        "重新录入完整的身份证号后再导入"
    )
    if isinstance(value, bool):
        raise CellError(f"身份证号不能是“{as_text(value)}”")
    if isinstance(value, int | float):
        if isinstance(value, float) and not math.isfinite(value):
            raise CellError("身份证号不是有效的数字")
        number = int(value)
        if number != value or number < 0:
            raise CellError(f"身份证号“{as_text(value)}”不是整数")
        if len(str(number)) <= 15:
            return str(number)  # 15-digit numbers survive intact; the domain check converts them
        raise CellError(f"{lost}（表中的值为 {number:.5E}）")
    text = clean(value).replace(" ", "").lstrip("'")
    if text.isdigit():  # no exponent to have lost digits to, no masking asterisk
        return text
    if _SCIENTIFIC.match(text):
        raise CellError(f"{lost}（表中显示为“{text}”）")
    if "*" in text:
        raise CellError(f"身份证号“{text}”已部分隐藏（含*号），无法导入。请使用含完整身份证号的文件")
    return text


def _date_or_error(y: int, m: int, d: int, raw: str) -> dt.date:
    try:
        return dt.date(y, m, d)
    except ValueError:
        raise CellError(f"“{raw}”不是有效日期") from None


def _month_only(y: int, m: int, raw: str) -> tuple[dt.date, str]:
    day = _date_or_error(y, m, 1, raw)
    return day, f"“{raw}”只到月份，按该月1日（{day.isoformat()}）记录"


_FULL = re.compile(r"^(\d{4})\s*[-./年]\s*(\d{1,2})\s*[-./月]\s*(\d{1,2})\s*日?(?:\s+\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?$")
_MONTH = re.compile(r"^(\d{4})\s*[-./年]\s*(\d{1,2})\s*月?$")
_YEAR = re.compile(r"^(\d{4})\s*年?$")
_HINT = "可写作 2019-03-05、2019.3.5、2019/03/05 或 2019年3月5日"


def parse_date(value: object) -> tuple[dt.date | None, str | None]:
    """A date cell, an Excel serial number or date text; month-only values become the 1st, with a warning."""
    if value is None:
        return None, None
    if isinstance(value, bool):
        raise CellError(f"“{as_text(value)}”不是日期")
    if isinstance(value, dt.datetime):
        return value.date(), None
    if isinstance(value, dt.date):
        return value, None
    if isinstance(value, int | float):
        return _from_number(value, as_text(value))
    raw = clean(value)
    if not raw:
        return None, None
    text = raw.replace(" ", "") if "年" in raw else raw
    if m := _FULL.match(text):
        return _date_or_error(int(m[1]), int(m[2]), int(m[3]), raw), None
    if m := _MONTH.match(text):
        return _month_only(int(m[1]), int(m[2]), raw)
    if text.isdigit():
        return _from_number(int(text), raw)
    if m := _YEAR.match(text):
        return _year_only(int(m[1]), raw)
    raise CellError(f"无法识别的日期“{raw}”（{_HINT}）")


def _year_only(year: int, raw: str) -> tuple[dt.date, str]:
    day = dt.date(year, 1, 1)
    return day, f"“{raw}”只有年份，按该年1月1日（{day.isoformat()}）记录"


def _from_number(value: float, raw: str) -> tuple[dt.date | None, str | None]:
    if value != int(value):
        # a date-time serial (43530.5): the day is what counts
        value = math.floor(value)
    n = int(value)
    digits = str(n)
    if len(digits) == 8:  # 20190305
        return _date_or_error(int(digits[:4]), int(digits[4:6]), int(digits[6:]), raw), None
    if len(digits) == 6 and 1900 <= int(digits[:4]) <= 2100:  # 201903
        return _month_only(int(digits[:4]), int(digits[4:]), raw)
    if len(digits) == 4 and 1900 <= n <= 2100:
        # a bare year, not serial 1990 (= 1905-06-12): nobody joined a union or was born a member then
        return _year_only(n, raw)
    if _SERIAL_MIN <= n <= _SERIAL_MAX:
        return EXCEL_EPOCH + dt.timedelta(days=n), None
    raise CellError(f"无法识别的日期“{raw}”（{_HINT}）")


def parse_flag(value: object, vocab: Vocabulary) -> bool:
    if value is None:
        return False
    if isinstance(value, bool):
        return value
    if isinstance(value, int | float) and value in (0, 1):
        return bool(value)
    word = normalise_value(as_text(value))
    if not word or word in vocab.flag_no:
        return False
    if word in vocab.flag_yes:
        return True
    raise CellError(f"“{clean(as_text(value))}”不是“是/否”（可填：是、否、√、Y、N、1、0，空白表示否）")


def parse_choice(field: str, value: object, vocab: Vocabulary) -> str:
    """A vocabulary value (学历, 户籍类型 …) in the register's own words where a synonym is known."""
    return _choice(field, as_text(value), vocab)


@lru_cache(maxsize=4096)
def _choice(field: str, text: str, vocab: Vocabulary) -> str:
    # a roster repeats a handful of words (汉族, 群众, 劳动合同) thousands of times
    text = clean(text)
    if normalise_value(text) in vocab.empty_words:
        return ""
    return vocab.value_of(field, text)


def parse_plain(value: object, vocab: Vocabulary) -> str:
    if type(value) is str and value.isascii() and value.isdigit():
        # a phone or card number: already clean and normalised (no space, no capital)
        return "" if value in vocab.empty_words else value
    text = clean(as_text(value))
    return "" if normalise_value(text) in vocab.empty_words else text
