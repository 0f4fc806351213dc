"""The extent checks of xlsx_guard for the other formats the reader accepts: .xls, .xlsb and .ods.

python-calamine allocates the whole rectangle from A1 to the last cell it finds (and, for .xls, also what a
Dimensions record declares), so each format's real extent is read first, cheaply and as a stream:

- .xls (a compound file holding BIFF records): the Workbook stream is walked record by record (its size is
  bounded by the file's); per sheet the Dimensions record (which calamine reserves as it says) and the row and
  column of every cell record. calamine parses every sheet of an .xls when it opens the file, so all sheets are
  checked before it opens anything;
- .xlsb (a zip of BIFF12 records): the sheet part is inflated by xlsx_guard (zip bomb limits) and its records
  followed: BrtRowHdr gives the row, each cell record its column;
- .ods (a zip holding content.xml): rows and cells are followed through the text as it inflates, counting
  table:number-rows-repeated / table:number-columns-repeated; only cells with content extend the sheet (what
  LibreOffice writes after the last row: a million empty repeated rows, is harmless). calamine parses every
  sheet of an .ods when it opens the file, so all sheets are checked.

A refusal names the sheet and the cell, in the words of xlsx_guard. Nothing is written anywhere.
"""

from __future__ import annotations

import re
import struct
from pathlib import Path

from unionbook.exchange.sheet_scan import MAX_CELLS, MAX_COLUMNS, _TextScan, column_letters, far_cell
from unionbook.exchange.xlsx_guard import MAX_PART_BYTES, _Guard

CFB_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


class _Extent:
    """The largest row and column (1-based) seen in one sheet; refuses as soon as they become absurd."""

    def __init__(self, guard: _Guard, sheet: str) -> None:
        self.guard, self.sheet = guard, sheet
        self.rows = 0
        self.columns = 0

    def cell(self, row: int, col: int) -> None:
        """A value at `row`, `col` (1-based)."""
        if row > self.rows or col > self.columns:
            self.rows, self.columns = max(self.rows, row), max(self.columns, col)
            if self.columns > MAX_COLUMNS or self.rows * self.columns > MAX_CELLS:
                self.refuse(self.rows, self.columns, col, row)

    def declared(self, rows: int, columns: int) -> None:
        """A rectangle a reader would reserve as it is declared (an .xls Dimensions record)."""
        if columns > MAX_COLUMNS or rows * columns > MAX_CELLS:
            cell = f"{column_letters(columns)}{rows}"
            raise self.guard.refuse(
                f"工作表“{self.sheet}”声明的表格范围是 A1 到 {cell}（{columns} 列 × {rows} 行），远超会员名册的合理"
                f"大小（最多 {MAX_COLUMNS} 列、{MAX_CELLS:,} 个单元格），文件可能已损坏。"
                "请在 Excel/WPS 中打开该表，另存为 .xlsx 后再导入。")

    def refuse(self, rows: int, cols: int, col: int, row: int) -> None:
        raise self.guard.refuse(far_cell(self.sheet, f"{column_letters(col)}{row}", rows, cols))


# ---- .xls -------------------------------------------------------------------------------------------------------

# cell records and where their row and column are: Formula, Label, RString, Number, BoolErr, RK, LabelSst
_XLS_CELLS = {0x0006, 0x0204, 0x00D6, 0x0203, 0x0205, 0x027E, 0x00FD}
_XLS_MULRK = 0x00BD  # row, first column, …, last column (the last two bytes)


def check_xls(path: Path) -> None:
    """Refuse an .xls any sheet of which has an absurd extent, declared or real. A file that is not a compound
    file, or a damaged one, passes: calamine refuses it in its own words."""
    import olefile  # a small, long-kept reader of the compound-file container; imported only for .xls

    guard = _Guard(path)
    try:
        if not olefile.isOleFile(str(path)):
            return
        with olefile.OleFileIO(str(path)) as ole:
            names = {"/".join(e).lower(): e for e in ole.listdir(streams=True, storages=False)}
            entry = names.get("workbook") or names.get("book")
            if entry is None:
                return
            if ole.get_size(entry) > MAX_PART_BYTES:
                raise guard.refuse(f"其中的工作簿数据超过 {MAX_PART_BYTES >> 20} MB，远大于任何名册，未读取。")
            stream = ole.openstream(entry).read()
    except (OSError, ValueError, struct.error, IndexError, KeyError, TypeError, AttributeError):
        return  # olefile's own refusals of a damaged container: the reader reports the file as unreadable
    for name, start in _xls_sheets(stream):
        _scan_xls_sheet(stream, start, _Extent(guard, name))


def _xls_sheets(stream: bytes) -> list[tuple[str, int]]:
    """(name, offset of its BOF) of every BoundSheet8 record in the globals."""
    sheets = []
    pos, end = 0, len(stream)
    biff8 = True
    while pos + 4 <= end:
        typ, size = struct.unpack_from("<HH", stream, pos)
        data = stream[pos + 4:pos + 4 + size]
        pos += 4 + size
        if typ == 0x000A:  # EOF of the globals
            break
        if typ == 0x0809 and len(data) >= 2:
            biff8 = struct.unpack_from("<H", data)[0] >= 0x0600
        elif typ == 0x0085 and len(data) >= 7:
            offset, cch = struct.unpack_from("<I", data)[0], data[6]
            if not biff8:  # BIFF5: one byte per character, in the workbook's code page (GBK on a Chinese PC)
                name = data[7:7 + cch].decode("gbk", errors="replace")
            elif len(data) >= 8 and data[7] & 1:  # BIFF8: UTF-16, or one byte per character
                name = data[8:8 + 2 * cch].decode("utf-16-le", errors="replace")
            else:
                name = data[8:8 + cch].decode("latin-1")
            sheets.append((name, offset))
    return sheets


def _scan_xls_sheet(stream: bytes, pos: int, extent: _Extent) -> None:
    end = len(stream)
    unpack = struct.unpack_from
    depth = 0  # nested substreams (an embedded chart) hold cell-like records calamine skips
    seen_bof = False
    declared = (0, 0)  # checked after the cells, so that an honest Dimensions record lets the cell be named
    while pos + 4 <= end:
        typ, size = unpack("<HH", stream, pos)
        body = pos + 4
        pos = body + size
        if depth:
            depth += 1 if typ == 0x0809 else -1 if typ == 0x000A else 0
            continue
        if typ in _XLS_CELLS:
            if size >= 4:
                row, col = unpack("<HH", stream, body)
                extent.cell(row + 1, col + 1)
        elif typ == _XLS_MULRK:
            if size >= 6:
                row, = unpack("<H", stream, body)
                last, = unpack("<H", stream, body + size - 2)
                extent.cell(row + 1, last + 1)
        elif typ == 0x0200:  # Dimensions: BIFF8 has 32-bit rows, BIFF5 16-bit
            if size == 14:
                rf, rl, cf, cl = unpack("<IIHH", stream, body)
            elif size == 10:
                rf, rl, cf, cl = unpack("<HHHH", stream, body)
            else:
                continue
            if cf > 0xFF or cl < cf:
                cf = 0
            if rl >= 1 and cl >= 1:
                declared = (max(0, rl - rf), max(0, cl - cf))
        elif typ == 0x0809:
            if seen_bof:
                depth = 1
            seen_bof = True
        elif typ == 0x000A:
            break
    extent.declared(*declared)


# ---- .xlsb ------------------------------------------------------------------------------------------------------

class XlsbScan:
    """Follows the records of an .xlsb sheet part as it inflates: BrtRowHdr (0) sets the row, a cell record
    (2–11: the kinds calamine reads) extends the extent to its column."""

    def __init__(self, guard: _Guard, part: str, sheet: str) -> None:
        self.extent = _Extent(guard, sheet)
        self.part = part
        self.buf = b""
        self.row = 0

    def feed(self, chunk: bytes) -> None:
        buf = self.buf + chunk if self.buf else chunk
        pos, end = 0, len(buf)
        row, extent = self.row, self.extent
        while True:
            start = pos
            # type: up to 2 bytes, size: up to 4 bytes, 7 bits each, high bit = more follows
            if pos >= end:
                break
            b = buf[pos]
            typ = b & 0x7F
            pos += 1
            if b & 0x80:
                if pos >= end:
                    pos = start
                    break
                typ |= (buf[pos] & 0x7F) << 7
                pos += 1
            size, shift, complete = 0, 0, False
            for _ in range(4):
                if pos >= end:
                    break
                b = buf[pos]
                pos += 1
                size |= (b & 0x7F) << shift
                shift += 7
                if not b & 0x80:
                    complete = True
                    break
            else:
                complete = True
            if not complete or pos + size > end:
                pos = start
                break
            if typ == 0 and size >= 4:
                row = int.from_bytes(buf[pos:pos + 4], "little")
                if row > 0x100000:  # calamine stops reading the sheet there
                    row = -1
            elif 2 <= typ <= 11 and size >= 4 and row >= 0:
                extent.cell(row + 1, int.from_bytes(buf[pos:pos + 4], "little") + 1)
            pos += size
        self.row = row
        self.buf = buf[pos:]

    def finish(self) -> None:
        self.buf = b""


def xlsb_sheet_names(z: object, names: set[str]) -> dict[str, str]:
    """Worksheet part → sheet name, from xl/workbook.bin (BrtBundleSh) and its relationships; {} when they
    cannot be read."""
    import posixpath
    import xml.etree.ElementTree as ET
    import zipfile

    assert isinstance(z, zipfile.ZipFile)
    try:
        book = z.read("xl/workbook.bin") if z.getinfo("xl/workbook.bin").file_size < (8 << 20) else b""
        rels = ET.fromstring(z.read("xl/_rels/workbook.bin.rels"))
    except (KeyError, ET.ParseError, zipfile.BadZipFile, OSError, ValueError):
        return {}
    targets = {}
    for rel in rels:
        target = rel.get("Target", "")
        part = target.lstrip("/") if target.startswith("/") else posixpath.normpath(posixpath.join("xl", target))
        targets[rel.get("Id", "")] = part
    result = {}
    for m in re.finditer(rb"\x9c\x01", book):  # BrtBundleSh (156): hsState, iTabID, strRelID, strName
        try:
            pos = m.end()
            size = 0
            for shift in range(0, 28, 7):
                b = book[pos]
                pos += 1
                size |= (b & 0x7F) << shift
                if not b & 0x80:
                    break
            data = book[pos:pos + size]
            rel_len = int.from_bytes(data[8:12], "little")
            rel_id = data[12:12 + rel_len * 2].decode("utf-16-le")
            rest = data[12 + rel_len * 2:]
            name_len = int.from_bytes(rest[:4], "little")
            name = rest[4:4 + name_len * 2].decode("utf-16-le")
        except (IndexError, UnicodeDecodeError):
            continue
        part = targets.get(rel_id, "")
        if part in names:
            result[part] = name
    return result


# ---- .ods -------------------------------------------------------------------------------------------------------

# the start of a table, a row or a cell (the prefixes calamine itself matches literally), with its attributes
_ODS_TAG = re.compile(rb"<(/?)table:(table|table-row|table-cell|covered-table-cell)(?=[\s/>])([^>]*?)(/?)>")
_NAME = re.compile(rb"""\stable:name\s*=\s*["']([^"']*)["']""")
_ROWS_REPEATED = re.compile(rb"""table:number-rows-repeated\s*=\s*["'](\d{1,12})["']""")
_COLS_REPEATED = re.compile(rb"""table:number-columns-repeated\s*=\s*["'](\d{1,12})["']""")
_HAS_VALUE = re.compile(rb"office:value-type\s*=|table:formula\s*=")


class OdsScan(_TextScan):
    """Follows tables, rows and cells through content.xml as it inflates."""

    def __init__(self, guard: _Guard, part: str) -> None:
        super().__init__(guard, part)
        self.extent = _Extent(guard, "")
        self.row = 0  # rows before the current one in this table
        self.row_repeat = 1
        self.col = 0  # cells before the next one in this row
        self.row_width = 0  # the last column with content in this row
        self.open_cell: tuple[int, int] | None = None  # (first column, repeat) of a cell whose content is not seen

    def too_long(self) -> str:
        return (f"其中“{self.part}”有一段文字太大（超过 200 KB），超出单元格最多 32767 个字符的限制，"
                "不是正常的名册。")

    def process(self, data: bytes) -> None:
        super().process(data)
        for m in _ODS_TAG.finditer(data):
            closing, kind, attrs, empty = m.group(1), m.group(2), m.group(3), m.group(4)
            if kind == b"table":
                if not closing:
                    name = _NAME.search(attrs)
                    self.extent = _Extent(self.extent.guard, name.group(1).decode("utf-8", "replace")
                                          if name else "")
                    self.row, self.col = 0, 0
            elif kind == b"table-row":
                if closing:
                    self.end_row()
                else:
                    rows_m = _ROWS_REPEATED.search(attrs)
                    self.row_repeat = max(1, int(rows_m.group(1))) if rows_m else 1
                    self.col, self.row_width = 0, 0
                    if empty:
                        self.end_row()
            elif closing:  # </table:table-cell>: it had children, so content
                if self.open_cell is not None:
                    first, rep = self.open_cell
                    self.row_width = max(self.row_width, first + rep)
                    self.open_cell = None
            else:
                rep_m = _COLS_REPEATED.search(attrs)
                rep = max(1, int(rep_m.group(1))) if rep_m else 1
                first = self.col
                self.col += rep
                if _HAS_VALUE.search(attrs):
                    self.row_width = max(self.row_width, first + rep)
                elif not empty:
                    self.open_cell = (first, rep)
                if self.row_width:
                    # a row this wide is refused before its repeats are even counted
                    self.extent.cell(self.row + 1, self.row_width)

    def end_row(self) -> None:
        if self.row_width:
            self.extent.cell(self.row + self.row_repeat, self.row_width)
        self.row += self.row_repeat
        self.row_repeat, self.col, self.row_width = 1, 0, 0


__all__ = ["CFB_MAGIC", "OdsScan", "XlsbScan", "check_xls", "xlsb_sheet_names"]
