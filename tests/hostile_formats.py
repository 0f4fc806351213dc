"""Hostile .xls, .xlsb and .ods files, written byte by byte (struct, zipfile) so that nothing ever materialises
the extent they claim: one value in a far cell, a dimension record that lies, a cell repeated a million times.
Each builder also makes the harmless version of the same file (the control the reader must still accept).

The formats, as far as a reader needs them:
- .xls: a compound file (CFB, [MS-CFB]) holding one stream "Workbook" of BIFF8 records ([MS-XLS]): the globals
  (BOF, BoundSheet8 pointing at each sheet's BOF) and per sheet BOF, Dimensions, cells (Label), EOF;
- .xlsb: a zip whose parts are BIFF12 records ([MS-XLSB]): xl/workbook.bin lists the sheets (BrtBundleSh), each
  xl/worksheets/sheetN.bin has BrtWsDim, then BrtRowHdr + BrtCellSt per row;
- .ods: a zip with content.xml, rows and cells that may carry table:number-rows-repeated /
  table:number-columns-repeated.
"""

from __future__ import annotations

import struct
import zipfile
from pathlib import Path

Cell = tuple[int, int, str]  # row, column (both 0-based), text


# ---- .xls -------------------------------------------------------------------------------------------------------

def _biff(typ: int, data: bytes) -> bytes:
    return struct.pack("<HH", typ, len(data)) + data


def _xl_unicode(text: str, length_bytes: int) -> bytes:
    """XLUnicodeString (2-byte count) or ShortXLUnicodeString (1-byte count), always as UTF-16."""
    raw = text.encode("utf-16-le")
    return struct.pack("<H" if length_bytes == 2 else "<B", len(text)) + b"\x01" + raw


def _xls_sheet(cells: list[Cell], dimension: tuple[int, int, int, int]) -> bytes:
    row_first, row_last_plus, col_first, col_last_plus = dimension
    out = [_biff(0x0809, struct.pack("<HHHHII", 0x0600, 0x0010, 0x0DBB, 0x07CC, 0, 0x0406)),
           _biff(0x0200, struct.pack("<IIHHH", row_first, row_last_plus, col_first, col_last_plus, 0))]
    out += [_biff(0x0204, struct.pack("<HHH", row, col, 15) + _xl_unicode(text, 2)) for row, col, text in cells]
    return b"".join(out) + _biff(0x000A, b"")  # Label records, then EOF


def _workbook_stream(sheets: list[tuple[str, list[Cell], tuple[int, int, int, int]]]) -> bytes:
    bof = _biff(0x0809, struct.pack("<HHHHII", 0x0600, 0x0005, 0x0DBB, 0x07CC, 0, 0x0406))
    codepage = _biff(0x0042, struct.pack("<H", 1200))
    bodies = [_xls_sheet(cells, dim) for _name, cells, dim in sheets]
    bound_len = sum(4 + 6 + 2 + 2 * len(name) for name, _c, _d in sheets)
    offset = len(bof) + len(codepage) + bound_len + 4  # + the globals' EOF
    bound = b""
    for (name, _c, _d), body in zip(sheets, bodies, strict=True):
        bound += _biff(0x0085, struct.pack("<IBB", offset, 0, 0) + _xl_unicode(name, 1))
        offset += len(body)
    stream = bof + codepage + bound + _biff(0x000A, b"") + b"".join(bodies)
    return stream + b"\0" * max(0, 4096 - len(stream))  # ≥ 4096 bytes: ordinary sectors, no mini stream


def _compound_file(stream_name: str, stream: bytes) -> bytes:
    """A version-3 compound file with one stream (512-byte sectors): data sectors, one directory sector, the FAT."""
    sector = 512
    data = stream + b"\0" * (-len(stream) % sector)
    n_data = len(data) // sector
    n_fat = 1
    while n_data + 1 + n_fat > n_fat * 128:
        n_fat += 1
    if n_fat > 109:
        raise ValueError("a stream this large needs DIFAT sectors, which this small writer does not make")
    dir_sector = n_data
    fat = [n + 1 for n in range(n_data - 1)] + [0xFFFFFFFE]  # the stream's chain
    fat += [0xFFFFFFFE]  # the directory
    fat += [0xFFFFFFFD] * n_fat  # the FAT's own sectors
    fat += [0xFFFFFFFF] * (n_fat * 128 - len(fat))

    def entry(name: str, kind: int, child: int, start: int, size: int) -> bytes:
        raw = (name + "\0").encode("utf-16-le") if name else b""
        return (raw.ljust(64, b"\0") + struct.pack("<HBB", len(raw), kind, 1)
                + struct.pack("<III", 0xFFFFFFFF, 0xFFFFFFFF, child) + b"\0" * 16 + b"\0" * 4 + b"\0" * 16
                + struct.pack("<IQ", start, size))

    directory = (entry("Root Entry", 5, 1, 0xFFFFFFFE, 0) + entry(stream_name, 2, 0xFFFFFFFF, 0, len(stream))
                 + b"\0" * 128 * 2)
    difat = [dir_sector + 1 + i for i in range(n_fat)] + [0xFFFFFFFF] * (109 - n_fat)
    header = (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 16
              + struct.pack("<HHHHH", 0x003E, 0x0003, 0xFFFE, 9, 6) + b"\0" * 6
              + struct.pack("<IIIIIIIII", 0, n_fat, dir_sector, 0, 4096, 0xFFFFFFFE, 0, 0xFFFFFFFE, 0)
              + struct.pack("<109I", *difat))
    return header + data + directory + struct.pack(f"<{len(fat)}I", *fat)


def xls(path: Path, cells: list[Cell], dimension: tuple[int, int, int, int] | None = None,
        sheet: str = "花名册") -> Path:
    """One sheet holding `cells`; `dimension` (first row, last row + 1, first column, last column + 1) is the
    truth unless given."""
    if dimension is None:
        dimension = (0, max(r for r, _c, _t in cells) + 1, 0, max(c for _r, c, _t in cells) + 1)
    path.write_bytes(_compound_file("Workbook", _workbook_stream([(sheet, cells, dimension)])))
    return path


# ---- .xlsb ------------------------------------------------------------------------------------------------------

def _varint(value: int) -> bytes:
    out = b""
    while value >= 0x80:
        out += bytes([value & 0x7F | 0x80])
        value >>= 7
    return out + bytes([value])


def _rec(typ: int, data: bytes = b"") -> bytes:
    return _varint(typ) + _varint(len(data)) + data


def _wide(text: str) -> bytes:
    return struct.pack("<I", len(text)) + text.encode("utf-16-le")


_XLSB_CT = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="bin" ContentType="application/vnd.ms-excel.sheet.binary.macroEnabled.main"/>'
    '<Override PartName="/xl/worksheets/sheet1.bin" ContentType="application/vnd.ms-excel.worksheet"/>'
    '</Types>')
_XLSB_RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
    'officeDocument" Target="xl/workbook.bin"/></Relationships>')
_XLSB_BOOK_RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" '
    'Target="worksheets/sheet1.bin"/></Relationships>')


def xlsb(path: Path, cells: list[Cell], dimension: tuple[int, int, int, int] | None = None,
         sheet: str = "花名册", repeat_row: int = 0) -> Path:
    """One sheet holding `cells`; `dimension` (first row, last row, first column, last column, all 0-based and
    inclusive, as BrtWsDim has them) is the truth unless given. `repeat_row` > 0 writes the cells of row 0
    again in each of that many further rows (a sheet that is large for real)."""
    if dimension is None:
        dimension = (0, max(r for r, _c, _t in cells) + repeat_row, 0, max(c for _r, c, _t in cells))
    book = (_rec(0x83) + _rec(0x8F)
            + _rec(0x9C, struct.pack("<II", 0, 1) + _wide("rId1") + _wide(sheet))
            + _rec(0x90) + _rec(0x84))
    rows: dict[int, list[tuple[int, str]]] = {}
    for row, col, text in cells:
        rows.setdefault(row, []).append((col, text))
    for extra in range(1, repeat_row + 1):
        rows[extra] = list(rows.get(0, []))
    out = [_rec(0x81), _rec(0x94, struct.pack("<IIII", *dimension)), _rec(0x91)]
    for row in sorted(rows):
        out.append(_rec(0x00, struct.pack("<IIHBBBII", row, 0, 0x0118, 0, 0, 0, 0, 0)[:17].ljust(17, b"\0")))
        out += [_rec(0x06, struct.pack("<II", col, 0) + _wide(text)) for col, text in sorted(rows[row])]
    body = b"".join(out) + _rec(0x92) + _rec(0x82)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", _XLSB_CT)
        z.writestr("_rels/.rels", _XLSB_RELS)
        z.writestr("xl/workbook.bin", book)
        z.writestr("xl/_rels/workbook.bin.rels", _XLSB_BOOK_RELS)
        z.writestr("xl/worksheets/sheet1.bin", body)
    return path


# ---- .ods -------------------------------------------------------------------------------------------------------

_ODS_NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
           'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
           'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"')
_ODS_MANIFEST = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">'
    '<manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/>'
    '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
    '</manifest:manifest>')


def ods_cell(text: str = "", columns: int = 1) -> str:
    rep = f' table:number-columns-repeated="{columns}"' if columns > 1 else ""
    if not text:
        return f"<table:table-cell{rep}/>"
    return f'<table:table-cell{rep} office:value-type="string"><text:p>{text}</text:p></table:table-cell>'


def ods_row(cells: str, rows: int = 1) -> str:
    rep = f' table:number-rows-repeated="{rows}"' if rows > 1 else ""
    return f"<table:table-row{rep}>{cells}</table:table-row>"


def ods(path: Path, rows_xml: str, sheet: str = "花名册") -> Path:
    """One sheet whose <table:table> holds `rows_xml` (built with ods_row / ods_cell)."""
    content = (f'<?xml version="1.0" encoding="UTF-8"?><office:document-content {_ODS_NS} office:version="1.2">'
               f'<office:body><office:spreadsheet><table:table table:name="{sheet}">'
               f'<table:table-column table:number-columns-repeated="1024"/>{rows_xml}'
               '</table:table></office:spreadsheet></office:body></office:document-content>')
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr(zipfile.ZipInfo("mimetype"), "application/vnd.oasis.opendocument.spreadsheet")
        z.writestr("content.xml", content)
        z.writestr("META-INF/manifest.xml", _ODS_MANIFEST)
    return path


HEADER: list[Cell] = [(0, 0, "姓名"), (0, 1, "身份证号码"), (1, 0, "张三"), (1, 1, "110105199003071234")]
HEADER_ODS = ods_row(ods_cell("姓名") + ods_cell("身份证号码")) + ods_row(ods_cell("张三") + ods_cell("110105199003071234"))
