"""Scanning a sheet's XML for what a reader would allocate: its real extent (the row and column of every cell:
`r="…"` references, and the position of cells and rows that carry none) and its longest run of text, refusing as
soon as either is absurd. xlsx_guard inflates the parts of the zip and feeds them here chunk by chunk; each chunk
is cut at its last "<", so no tag is ever split.

A chunk is read by a fast path when it is shaped as Excel, WPS and openpyxl write (_SheetScan.plain), else tag
by tag (_SheetScan.walk); tests/exchange/test_guard_fast_path.py holds the two to the same verdicts.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from typing import NoReturn, Protocol

MAX_CELLS = 4_000_000  # width × height of the sheet read: a roster of 50,000 × 40 columns is 2,000,000
MAX_COLUMNS = 1_000
MAX_TEXT_RUN = 200_000  # bytes between two tags: Excel's 32,767 characters, escaped, in UTF-8, with room to spare
EXCEL_MAX_CHARS = 32_767

# A <row …> or <c …> start tag, with any namespace prefix (ASCII or not), its attributes read with their quotes
# (a value may hold ">" or "r='…'"), and the value of its r attribute (prefixed or not), when it has one; a tag
# with two r attributes does not match. _OPENER finds every such tag's start: a start no _START_TAG matches is a
# tag that cannot be read, and is refused.
_PREFIX = rb"""(?:[^\s<>/:!?"'=]+:)?"""
_OTHER_ATTRIBUTES = rb"""(?:\s+(?!""" + _PREFIX + rb"""r\s*=)[^\s=/>"']+\s*=\s*(?:"[^"]*"|'[^']*'))*"""
_START_TAG = re.compile(rb"<" + _PREFIX + rb"(row|c)" + _OTHER_ATTRIBUTES + rb"(?:\s+" + _PREFIX
                        + rb"""r\s*=\s*(?:"([^"]*)"|'([^']*)')""" + _OTHER_ATTRIBUTES + rb")?\s*/?>")
_OPENER = re.compile(rb"<" + _PREFIX + rb"(?:row|c)(?=[\s/>])")
_CELL_REF = re.compile(rb"\$?([A-Za-z]{1,3})\$?(\d{1,7})")  # whole value
_ROW_NUMBER = re.compile(rb"\d{1,7}")  # whole value
_CELL_LETTERS = re.compile(rb'<c r="([A-Z]{1,3})\d{1,7}"')
_ROW_REF = re.compile(rb'<row r="(\d{1,7})"')
# what the fast path (_SheetScan.plain) does not read: a <c> or <row> tag that is bare, broken after its name by
# white space other than one space (XML allows any), or whose first attribute is not a plain r="…"; a prefixed one
_ODD_CELL = re.compile(rb'<c(?=[\s>/])(?! r="[A-Z]{1,3}\d{1,7}")')
_ODD_ROW = re.compile(rb'<row(?=[\s>/])(?! r="\d{1,7}")')
_PREFIXED = re.compile(rb":(?:c|row)[\s/>]")
_LONG_RUN = re.compile(rb"<[^<]{%d}" % MAX_TEXT_RUN)


def far_cell(sheet: str, cell: str, rows: int, cols: int) -> str:
    """The refusal of a sheet whose cell `cell` makes its extent `cols` × `rows` absurd (every format's guard)."""
    return (f"工作表“{sheet}”的单元格 {cell} 有内容或格式，使表格范围达到 {cols} 列 × {rows} 行，"
            f"远超会员名册的合理大小（最多 {MAX_COLUMNS} 列、{MAX_CELLS:,} 个单元格）。"
            f"请在 Excel/WPS 中删除单元格 {cell}（或它所在的行、列）后再导入。")


class Refuser(Protocol):
    """What a scan refuses through (xlsx_guard._Guard): the error to raise, naming the file."""

    def refuse(self, message: str) -> Exception: ...


def column_letters(col: int) -> str:
    """1 → A, 16384 → XFD."""
    letters = ""
    while col > 0:
        col, rest = divmod(col - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def _column_number(letters: bytes) -> int:
    n = 0
    for ch in letters.upper():
        n = n * 26 + ch - 64
    return n


@dataclass
class _Extent:
    rows: int = 0
    columns: int = 0


@functools.lru_cache(maxsize=64)
def _odd_cell_or_below(row: int) -> re.Pattern[bytes]:
    """What _ODD_CELL finds, or a plain cell reference below row `row`, in one search: a cell tag whose reference
    is not a plain one (r="…" first, ≤ 3 letters, ≤ 7 digits) of a row number not greater than `row` (as many
    digits or fewer, then not greater digit by digit)."""
    digits = str(row)
    n = len(digits)
    if n > 7:  # no plain reference is below it: only what _ODD_CELL finds
        return _ODD_CELL
    choices = [b"\\d{1,%d}" % (n - 1)] if n > 1 else []
    for i, d in enumerate(digits):  # as many digits: equal up to i, smaller at i, anything after
        if d != "0":
            rest = b"\\d{%d}" % (n - i - 1) if i < n - 1 else b""
            choices.append(digits[:i].encode() + b"[0-%d]" % (int(d) - 1) + rest)
    choices.append(digits.encode())
    return re.compile(rb'<c(?=[\s>/])(?! r="[A-Z]{1,3}(?:' + b"|".join(choices) + rb')")')


@functools.lru_cache(maxsize=256)
def _cell_right_of(column: int) -> re.Pattern[bytes]:
    """A plain cell reference whose column is right of `column` (its letters in group 1)."""
    letters = column_letters(column).encode() if column > 0 else b""
    n = len(letters)
    choices = [b"[A-Z]{%d,3}" % (n + 1)] if n < 3 else []
    for i, ch in enumerate(letters):  # as many letters: equal up to i, later at i, anything after
        if ch != ord("Z"):
            rest = b"[A-Z]{%d}" % (n - i - 1) if i < n - 1 else b""
            choices.append(letters[:i] + b"[%c-Z]" % (ch + 1) + rest)
    if not choices:  # ZZZ: nothing is further right
        return re.compile(rb"(?!)()")
    return re.compile(rb'<c r="(' + b"|".join(choices) + rb')\d')


_HALF_RUN = MAX_TEXT_RUN // 2


def _no_long_run(data: bytes) -> bool:
    """True when `data` certainly holds no run of MAX_TEXT_RUN bytes without a "<": every aligned window of half
    that length holds one (a run of MAX_TEXT_RUN - 1 bytes or more covers a whole window). A few memchr calls
    where _LONG_RUN tries a match at every tag (0.1 s for a 50,000-row sheet); False: ask _LONG_RUN."""
    return all(data.find(b"<", start, start + _HALF_RUN) >= 0
               for start in range(0, len(data) - _HALF_RUN + 1, _HALF_RUN))


class _TextScan:
    """Refuses a run of text between two tags longer than Excel allows in one cell."""

    def __init__(self, guard: Refuser, part: str) -> None:
        self.guard = guard
        self.part = part
        self.tail = b""

    def feed(self, chunk: bytes) -> None:
        buf = self.tail + chunk
        cut = buf.rfind(b"<")
        if cut <= 0:
            self.tail = buf
            self.check_run(len(buf))
            return
        self.process(buf[:cut])
        self.tail = buf[cut:]
        self.check_run(len(self.tail))

    def process(self, data: bytes) -> None:
        # anchored on "<", so each run is scanned once: linear in the data
        if not _no_long_run(data) and _LONG_RUN.search(data) or (
                data[:1] != b"<" and len(data) > MAX_TEXT_RUN and b"<" not in data[:MAX_TEXT_RUN]):
            raise self.guard.refuse(self.too_long())

    def check_run(self, run: int) -> None:
        if run > MAX_TEXT_RUN:
            raise self.guard.refuse(self.too_long())

    def too_long(self) -> str:
        return (f"其中“{self.part}”有一段文字太大（超过 {MAX_TEXT_RUN // 1000} KB），超出 Excel 单元格"
                f"最多 {EXCEL_MAX_CHARS} 个字符的限制，不是正常的名册。")

    def finish(self) -> None:
        if self.tail:
            self.process(self.tail)


class _SheetScan(_TextScan):
    """Follows rows and cells through a worksheet part, refusing as soon as the extent becomes absurd."""

    def __init__(self, guard: Refuser, part: str, sheet: str) -> None:
        super().__init__(guard, part)
        self.sheet = sheet
        self.extent = _Extent()
        self.row = 0
        self.col = 0
        self.columns: dict[bytes, int] = {}  # column letters → number, a cache

    def too_long(self) -> str:
        return (f"工作表“{self.sheet}”中有一个单元格内容太大（超过 {MAX_TEXT_RUN // 1000} KB），超出 Excel 单元格"
                f"最多 {EXCEL_MAX_CHARS} 个字符的限制。请在 Excel/WPS 中检查该表后再导入。")

    def process(self, data: bytes) -> None:
        super().process(data)
        if self.plain(data):
            return
        self.walk(data)

    def plain(self, data: bytes) -> bool:
        """The common case in a few C-level passes that build no object per cell: every <row> and <c> tag of the
        chunk, without a namespace prefix, has r="…" as its first attribute after one space (Excel, WPS and
        openpyxl write them so). The rows' references give the lowest row; a search for a cell below it, and one
        for a cell right of the widest column so far (repeated as the width grows), settle the extent. A chunk
        that is otherwise, or would make the extent absurd, is walked tag by tag (which names the cell)."""
        if _ODD_ROW.search(data) or _PREFIXED.search(data):
            return False
        ext = self.extent
        row_refs = _ROW_REF.findall(data)
        # (every '<row r="' is one of row_refs, _ODD_ROW having found no other: their count, without a pass)
        # xmlns:r= (a namespace declared), header= and footer= (the page margins) end in r= but are no r attribute:
        # Excel writes them in the first and last chunk of every sheet
        others = data.count(b"xmlns:r=") + data.count(b"header=") + data.count(b"footer=")
        if data.count(b"r=") - others != data.count(b'<c r="') + len(row_refs):
            return False  # an r= besides each tag's first attribute: a second r, one inside a value, or in text
        lowest = max(ext.rows, max(map(int, row_refs))) if row_refs else ext.rows
        if _odd_cell_or_below(lowest).search(data):
            return False  # a cell tag not plain (_ODD_CELL), or one outside its row (below `lowest`): the walk follows it
        widest, at = ext.columns, 0
        while (right := _cell_right_of(widest).search(data, at)) is not None:
            widest, at = _column_number(right.group(1)), right.end()
            if widest > MAX_COLUMNS:
                return False  # the walk refuses it, naming the cell
        if lowest * widest > MAX_CELLS:
            return False
        ext.rows, ext.columns = lowest, widest
        last_row, last_cell = data.rfind(b"<row "), data.rfind(b"<c ")
        if row_refs:
            self.row = int(row_refs[-1])
        if last_cell > last_row:
            letters = _CELL_LETTERS.match(data, last_cell)
            assert letters is not None  # every "<c " starts a plain reference (_ODD_CELL)
            self.col = self.columns.get(letters[1]) or self.columns.setdefault(letters[1], _column_number(letters[1]))
        elif last_row >= 0:
            self.col = 0
        return True

    def walk(self, data: bytes) -> None:
        ext, columns = self.extent, self.columns
        max_rows, max_cols = ext.rows, ext.columns
        row, col = self.row, self.col
        tags = _START_TAG.findall(data)  # one C-level pass, then a tight loop: a 50,000-row sheet has ~a million
        if len(tags) != len(_OPENER.findall(data)):
            self.refuse_unreadable(row)
        for tag, quoted, apostrophed in tags:
            ref = quoted or apostrophed
            if tag == b"row":
                if ref:
                    if _ROW_NUMBER.fullmatch(ref) is None:
                        self.refuse_reference(ref, row)
                    row = int(ref)
                else:
                    row += 1
                col = 0
                if row > max_rows:
                    max_rows = row
                    if max_rows * max_cols > MAX_CELLS:
                        self.refuse_cell(max_rows, max_cols, column_letters(max(max_cols, 1)), row)
                continue
            if ref:
                found = _CELL_REF.fullmatch(ref)
                if found is None:
                    self.refuse_reference(ref, row)
                letters, digits = found.groups()
                col = columns.get(letters) or columns.setdefault(letters, _column_number(letters))
                cell_row = int(digits)
            else:  # no reference: the next cell of the current row
                col, cell_row = col + 1, max(row, 1)
            if cell_row > max_rows or col > max_cols:
                max_rows, max_cols = max(max_rows, cell_row), max(max_cols, col)
                if max_cols > MAX_COLUMNS or max_rows * max_cols > MAX_CELLS:
                    self.refuse_cell(max_rows, max_cols, column_letters(col), cell_row)
        ext.rows, ext.columns, self.row, self.col = max_rows, max_cols, row, col

    def refuse_unreadable(self, row: int) -> NoReturn:
        near = f"（第 {row} 行附近）" if row else ""
        raise self.guard.refuse(f"工作表“{self.sheet}”中有无法识别的单元格或行标记{near}，不是 Excel/WPS 保存的格式。"
                                "请在 Excel/WPS 中打开后另存为 .xlsx 再导入。")

    def refuse_reference(self, ref: bytes, row: int) -> NoReturn:
        text = ref[:40].decode("utf-8", "replace")
        near = f"（第 {row} 行附近）" if row else ""
        raise self.guard.refuse(f"工作表“{self.sheet}”中有无效的单元格位置“{text}”{near}，不是 Excel/WPS 保存的格式。"
                                "请在 Excel/WPS 中打开后另存为 .xlsx 再导入。")

    def refuse_cell(self, rows: int, cols: int, letters: str, row: int) -> NoReturn:
        raise self.guard.refuse(far_cell(self.sheet, f"{letters}{row}", rows, cols))
