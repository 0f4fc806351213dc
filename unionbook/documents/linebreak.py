"""Chinese line breaking (GB/T 15834 punctuation placement; the 行首/行尾禁则 of Chinese typesetting):

- 行首禁则: closing punctuation, pause and stop marks, closing quotes and brackets never begin a line;
- 行尾禁则: opening quotes and brackets never end a line;
- a number ("1,500", "66.7%", "2026-05-08", "〔2026〕8号" keeps its digits) and a Latin word are never split;
- text joined with WORD JOINER (U+2060, see `keep_together`) is never split: the papers join names with it.

`break_opportunities` says, for each position, whether a line may end before that character; the layout
engines take the last allowed position that fits, and break anywhere only when a single unbreakable run is
longer than the whole line.
"""

from __future__ import annotations

WORD_JOINER = "\u2060"

# may not begin a line (避头)
NO_LINE_START = frozenset("，。、；：？！）》」』】〕〉…—～·%‰℃,.;:?!)]}”’")
# may not end a line (避尾)
NO_LINE_END = frozenset("（《「『【〔〈“‘([{")
_NUMBER = frozenset("0123456789")
_NUMBER_INNER = frozenset(".,:/-")  # inside a number when digits stand on both sides


def keep_together(text: str) -> str:
    """Mark text (a person's name, a number with its unit) as one unbreakable run."""
    return WORD_JOINER.join(text)


def strip_joiners(text: str) -> str:
    return text.replace(WORD_JOINER, "")


def _word(ch: str) -> bool:
    return ch.isascii() and ch.isalnum()


def break_opportunities(text: str) -> tuple[str, list[bool]]:
    """The text without word joiners, and for each character whether a line may break before it."""
    chars: list[str] = []
    joined: list[bool] = []  # a joiner stood right before this character
    pending = False
    for ch in text:
        if ch == WORD_JOINER:
            pending = True
            continue
        chars.append(ch)
        joined.append(pending)
        pending = False
    allowed = [False] * len(chars)
    for i in range(1, len(chars)):
        prev, ch = chars[i - 1], chars[i]
        if joined[i] or ch in NO_LINE_START or prev in NO_LINE_END:
            continue
        if _word(prev) and _word(ch):
            continue  # a number or a Latin word
        if ch in _NUMBER_INNER and prev in _NUMBER and i + 1 < len(chars) and chars[i + 1] in _NUMBER:
            continue
        if prev in _NUMBER_INNER and ch in _NUMBER and i >= 2 and chars[i - 2] in _NUMBER:
            continue
        allowed[i] = True
    return "".join(chars), allowed
