"""Normalising text typed or pasted by users: full-width forms, stray spaces and line breaks."""

from __future__ import annotations

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


def clean(text: object) -> str:
    """A value as typed, tidied: half-width, invisible characters gone, inner runs of spaces folded."""
    if text is None:
        return ""
    s = str(text)
    # Most values only need their whitespace folded: ASCII, or text already in NFKC form (which holds no
    # full-width forms, no-break or ideographic spaces) without zero-width characters. Checking that first
    # makes clean() several times faster, which a 50,000-row import (a million cells) notices.
    if s.isascii() or (unicodedata.is_normalized("NFKC", s) and _ZERO_WIDTH.isdisjoint(s)):
        return " ".join(s.split())
    s = halfwidth(unicodedata.normalize("NFKC", s)).translate(_INVISIBLE)
    return " ".join(s.split())


def clean_name(text: object) -> str:
    """A person's name: no spaces between Han characters, one kind of middle dot (阿依古丽·买买提)."""
    s = clean(text).translate(_DOTS)
    if any("\u4e00" <= ch <= "\u9fff" for ch in s):
        # clean() has already turned the full-width "．" of _DOTS into ".": in a Chinese name it is the dot
        s = s.replace(" ", "").replace(".", "·")
    return s.strip("·")


def digits(text: object) -> str:
    """Only the digits of a value (phone numbers typed as 138-0013-8000)."""
    return "".join(ch for ch in clean(text) if "0" <= ch <= "9")
