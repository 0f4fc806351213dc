"""Text: normalising what users type or paste (full-width forms, stray spaces and line breaks), and writing
dates and numbers the way Chinese documents do."""

from __future__ import annotations

import datetime as dt
import re
import unicodedata

# Characters that spreadsheets and web forms slip into names and numbers.
_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\ufeff\u00a0\u3000\t\r\n"), " ")
_ZERO_WIDTH = frozenset("\u200b\u200c\u200d\ufeff")
# Middle dots seen in minority names; the register keeps one form: U+00B7 "·".
_DOTS = dict.fromkeys(map(ord, "•‧∙⋅・･．\u30fb\u2022\u2027\u00b7\u0387\u16eb\u2219\u22c5"), "·")


def halfwidth(text: str) -> str:
    """Full-width ASCII (ＡＢＣ１２３) to ASCII; other characters unchanged."""
    return "".join(
        chr(ord(ch) - 0xFEE0) if 0xFF01 <= ord(ch) <= 0xFF5E else ch for ch in text
    )


_CLEANED: dict[str, str] = {}  # short texts already tidied: a roster repeats 汉族, 群众, its employers …
# (half the million clean() calls of a 50,000-row import are such repeats)
_CLEANED_MAX = 4096  # entries
_CLEANED_LEN = 24  # characters


def clean(text: object) -> str:
    """A value as typed, tidied: half-width, invisible characters gone, inner runs of spaces folded."""
    if text is None:
        return ""
    if not isinstance(text, str):
        return _clean(str(text))
    if text.isascii():  # ID, phone and card numbers, all different: what _clean does for them, without the memory
        return text if " " not in text and text.isprintable() else " ".join(text.split())
    hit = _CLEANED.get(text)
    if hit is not None:
        return hit
    s = _clean(text)
    if len(s) <= _CLEANED_LEN:
        if len(_CLEANED) >= _CLEANED_MAX:
            _CLEANED.clear()  # names and numbers seen once fill it: start again, the repeated words come back
        _CLEANED[text] = s
    return s


def _clean(s: str) -> str:
    if " " not in s and s.isprintable() and (s.isascii() or unicodedata.is_normalized("NFKC", s)):
        # nothing to fold or replace (isprintable() is False for tabs, line breaks, no-break and ideographic
        # spaces and zero-width characters): a value already clean, as most are when validation sees them
        return s
    # Most values only need their whitespace folded: ASCII, or text already in NFKC form (which holds no
    # full-width forms, no-break or ideographic spaces) without zero-width characters. Checking that first
    # makes clean() several times faster, which a 50,000-row import (a million cells) notices.
    if s.isascii() or (unicodedata.is_normalized("NFKC", s) and _ZERO_WIDTH.isdisjoint(s)):
        return " ".join(s.split())
    s = halfwidth(unicodedata.normalize("NFKC", s)).translate(_INVISIBLE)
    return " ".join(s.split())


_DOT_FOUND = re.compile("[" + "".join(map(chr, _DOTS)) + "]").search
_HAN_FOUND = re.compile("[\u4e00-\u9fff]").search


def clean_name(text: object) -> str:
    """A person's name: no spaces between Han characters, one kind of middle dot (阿依古丽·买买提)."""
    s = clean(text)
    if _DOT_FOUND(s):  # most names have no dot to make one: translating them anyway was a third of the time
        s = s.translate(_DOTS)
    if _HAN_FOUND(s):
        # clean() has already turned the full-width "．" of _DOTS into ".": in a Chinese name it is the dot
        s = s.replace(" ", "").replace(".", "·")
    return s.strip("·")


def digits(text: object) -> str:
    """Only the digits of a value (phone numbers typed as 138-0013-8000)."""
    s = clean(text)
    if s.isascii() and s.isdigit():  # most phone numbers: nothing to drop
        return s
    return "".join(ch for ch in s if "0" <= ch <= "9")


# ---- Chinese dates and numerals, as official documents write them ----

_DIGITS = "零一二三四五六七八九"


def chinese_date(day: dt.date) -> str:
    """2026年3月5日 (no leading zeros, Arabic digits, as GB/T 9704 dates a document)."""
    return f"{day.year}年{day.month}月{day.day}日"


def chinese_month(day: dt.date) -> str:
    """2026年3月."""
    return f"{day.year}年{day.month}月"


def chinese_numeral(n: int) -> str:
    """1 → 一, 10 → 十, 12 → 十二, 20 → 二十, 105 → 一百零五, 0 → 零: item numbers (一、（二）) and fractions.

    Whole numbers from 0 to 9,999; others raise ValueError.
    """
    if isinstance(n, bool) or not isinstance(n, int) or not 0 <= n <= 9999:
        raise ValueError(f"chinese_numeral: {n!r} is not a whole number from 0 to 9999")
    if n == 0:
        return "零"
    out: list[str] = []
    gap = False
    for value, unit in ((1000, "千"), (100, "百"), (10, "十"), (1, "")):
        d, n = divmod(n, value)
        if d:
            if gap and out:
                out.append("零")
            out.append(_DIGITS[d] + unit)
            gap = False
        else:
            gap = True
    text = "".join(out)
    # 一十二 is written 十二 when it starts the number
    return text[1:] if text.startswith("一十") else text


# Characters no register field should hold: they are invisible, or make a terminal or a PDF misbehave (ESC, BEL,
# NUL), or reorder what is shown (bidi overrides and isolates, used to disguise text: "Trojan Source").
_BIDI = frozenset("\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
_BENIGN_CONTROLS = frozenset("\t\r\n")  # whitespace that clean() folds (notes keep their line breaks)


def printable(text: str) -> str:
    """`text` safe for a terminal or a one-line label: every character forbidden_character() names becomes
    U+FFFD "�" (line breaks and tabs stay). For values stored before they were refused."""
    if text.isascii() and text.isprintable():
        return text
    return "".join("\ufffd" if ch not in _BENIGN_CONTROLS and forbidden_character(ch) else ch for ch in text)


def forbidden_character(text: str) -> tuple[int, str] | None:
    """The first character that must not be stored, as (1-based position, its description), or None."""
    if text.isprintable():
        # str.isprintable() is False for every category below (Cc, Cf, Cs, Co, Cn): nothing to find. Most
        # values take this path, which a 50,000-row import (700,000 values) notices.
        return None
    for i, ch in enumerate(text, 1):
        if ch in _BENIGN_CONTROLS:
            continue
        category = unicodedata.category(ch)
        if category == "Cc":
            return i, f"控制字符 U+{ord(ch):04X}"
        if ch in _BIDI:
            return i, f"文字方向控制符 U+{ord(ch):04X}"
        if category in ("Cs", "Co", "Cn") and not ("\u4e00" <= ch <= "\u9fff"):
            return i, f"无效或私用字符 U+{ord(ch):04X}"
    return None
