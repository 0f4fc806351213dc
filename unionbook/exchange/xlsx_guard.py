"""Checks a workbook before a reader loads it, so that a hostile or broken file is refused in bounded time and
memory instead of taking the program down.

python-calamine allocates width × height cells for a sheet (one value at XFD1048576 asks for 17 billion) and
inflates every part of the zip without a limit (a 1 MB file can hold a 1 GB shared string). So, before it runs:

- every part of the zip is inflated here as a stream, counting the bytes it really holds (the sizes the zip's
  directory declares can lie), against a limit per part, a limit for the whole file and a ratio;
- the sheet to be read is scanned for its real extent: the row and column of every cell (`r="…"` references, and
  the position of cells and rows that carry none), refused with the cell named as soon as width × height passes
  what a roster can need;
- a text run longer than Excel itself allows in a cell (32,767 characters) is refused.

.xlsx/.xlsm sheets are scanned by sheet_scan as their parts are inflated here; .xls, .xlsb and .ods by
format_guards, called from here. Nothing is written anywhere.
"""

from __future__ import annotations

import posixpath
import xml.etree.ElementTree as ET
import zipfile
from pathlib import Path
from typing import IO, Protocol

from unionbook.errors import UnionBookError
from unionbook.exchange.sheet_scan import MAX_CELLS, MAX_COLUMNS, _SheetScan, _TextScan, column_letters

MAX_PART_BYTES = 256 << 20  # one part of the zip, inflated (a 50,000-member sheet is about 50 MB)
MAX_TOTAL_BYTES = 384 << 20  # all parts together
MAX_RATIO = 200  # inflated ÷ deflated for a part over RATIO_FLOOR (real sheets stay well under 100)
RATIO_FLOOR = 1 << 20
MAX_PARTS = 10_000
_CHUNK = 1 << 20

_MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
_REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_PKG_REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships"


class HostileFileError(UnionBookError):
    """The workbook is of a size or shape no roster has: refused before it is read."""

    code = "import_file"


def _mb(n: int) -> str:
    return f"{n / (1 << 20):.0f} MB"


def _open_part(z: zipfile.ZipFile, info: zipfile.ZipInfo) -> IO[bytes]:
    # a copy of the entry that claims the largest size, so that zipfile inflates what is really there rather than
    # stopping at the declared size: our own counting sets the limit
    unbounded = zipfile.ZipInfo(info.filename, info.date_time)
    for attr in ("compress_type", "flag_bits", "CRC", "compress_size", "header_offset", "extract_version",
                 "create_version", "create_system", "external_attr", "extra", "volume", "internal_attr"):
        setattr(unbounded, attr, getattr(info, attr))
    unbounded.file_size = MAX_TOTAL_BYTES * 4
    unbounded._compresslevel = None  # type: ignore[attr-defined]
    return z.open(unbounded)


class _Guard:
    def __init__(self, path: Path) -> None:
        self.path = path
        self.total = 0

    def refuse(self, message: str) -> HostileFileError:
        return HostileFileError(f"无法导入“{self.path.name}”：{message}")

    def declared(self, z: zipfile.ZipFile) -> list[zipfile.ZipInfo]:
        infos = z.infolist()
        if len(infos) > MAX_PARTS:
            raise self.refuse(f"文件包含 {len(infos)} 个部件，不像是 Excel 表格。")
        declared = sum(i.file_size for i in infos)
        if declared > MAX_TOTAL_BYTES:
            raise self.refuse(f"文件解压后有 {_mb(declared)}，超过允许的 {_mb(MAX_TOTAL_BYTES)}。"
                              "请确认文件来源，或把名册拆成几个文件分别导入。")
        for info in infos:
            if info.file_size > RATIO_FLOOR and info.file_size > MAX_RATIO * max(info.compress_size, 1):
                raise self.refuse(f"其中“{info.filename}”的压缩比异常（解压后 {_mb(info.file_size)}），"
                                  "疑似“压缩炸弹”，未读取。")
        return infos

    def inflate(self, z: zipfile.ZipFile, info: zipfile.ZipInfo, scan: _Scan | None) -> None:
        size = 0
        try:
            with _open_part(z, info) as stream:
                while chunk := stream.read(_CHUNK):
                    size += len(chunk)
                    self.total += len(chunk)
                    if size > MAX_PART_BYTES or self.total > MAX_TOTAL_BYTES:
                        limit = MAX_PART_BYTES if size > MAX_PART_BYTES else MAX_TOTAL_BYTES
                        raise self.refuse(f"其中“{info.filename}”解压后超过 {_mb(limit)}，"
                                          "远大于任何名册，疑似“压缩炸弹”，未读取。")
                    if size > RATIO_FLOOR and size > MAX_RATIO * max(info.compress_size, 1):
                        raise self.refuse(f"其中“{info.filename}”的压缩比异常（{_mb(info.compress_size)}"
                                          f"解压出超过 {_mb(size)}），疑似“压缩炸弹”，未读取。")
                    if scan is not None:
                        scan.feed(chunk)
        except (zipfile.BadZipFile, EOFError, OSError, ValueError, NotImplementedError, RuntimeError) as exc:
            # a damaged zip (CRC, truncated stream, encryption) is the reader's to report in its own words
            raise _Unreadable(str(exc)) from None
        if scan is not None:
            scan.finish()


class _Scan(Protocol):
    def feed(self, chunk: bytes) -> None: ...

    def finish(self) -> None: ...


class _Unreadable(Exception):
    """The zip itself is damaged: left for the reader, which says so."""


def _sheet_parts(z: zipfile.ZipFile, names: set[str]) -> dict[str, str]:
    """Worksheet part → sheet name, from xl/workbook.xml and its relationships; {} when they cannot be read."""
    try:
        book = ET.fromstring(z.read("xl/workbook.xml"))
        rels = ET.fromstring(z.read("xl/_rels/workbook.xml.rels"))
    except (KeyError, ET.ParseError, zipfile.BadZipFile, OSError, ValueError):
        return {}
    targets = {}
    for rel in rels.iter(f"{{{_PKG_REL_NS}}}Relationship"):
        target = rel.get("Target", "")
        part = target.lstrip("/") if target.startswith("/") else posixpath.normpath(posixpath.join("xl", target))
        targets[rel.get("Id", "")] = part
    result = {}
    for sheet in book.iter(f"{{{_MAIN_NS}}}sheet"):
        part = targets.get(sheet.get(f"{{{_REL_NS}}}id", ""), "")
        if part in names:
            result[part] = sheet.get("name", "")
    return result


def check_workbook(path: Path) -> None:
    """Refuse (HostileFileError) a workbook that would make a reader inflate or allocate without bound: a zip
    (.xlsx, .xlsb, .ods) by its parts' sizes, an .ods and an .xls also by the extent of every sheet (calamine
    reads all their sheets when it opens them). A file that is neither, or a damaged one, passes: the reader
    refuses it in its own words."""
    from unionbook.exchange import format_guards

    try:
        with path.open("rb") as f:
            magic = f.read(8)
    except OSError:
        return
    if magic == format_guards.CFB_MAGIC:
        format_guards.check_xls(path)
        return
    _check(path, None)


def check_sheet(path: Path, sheet: str, *, ahead: bool = True) -> None:
    """Refuse (HostileFileError) a sheet whose real extent is absurd, naming the cell that makes it so; only the
    parts holding `sheet` are read (every worksheet when the workbook does not say which). .xlsx and .xlsb
    sheets are checked here, when they are read; .ods and .xls ones by check_workbook. With `ahead`, the
    verdict of the same check started in a second process (guard_ahead.start) is taken when there is one."""
    if ahead:
        from unionbook.exchange import guard_ahead

        verdict = guard_ahead.take(path, sheet)
        if verdict is not None:
            if not verdict[0]:
                raise HostileFileError(verdict[1])
            return
    _check(path, sheet)


def _check(path: Path, sheet: str | None) -> None:
    from unionbook.exchange import format_guards

    guard = _Guard(path)
    try:
        z = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError, ValueError):
        return
    with z:
        try:
            infos = guard.declared(z)
            names = {i.filename for i in infos}
            is_xlsx = "xl/workbook.xml" in names
            is_xlsb = "xl/workbook.bin" in names
            is_ods = not is_xlsx and not is_xlsb and "content.xml" in names
            parts = {}
            if sheet is not None and is_xlsx:
                parts = _sheet_parts(z, names)
            elif sheet is not None and is_xlsb:
                parts = format_guards.xlsb_sheet_names(z, names)
            wanted = {p for p, n in parts.items() if n == sheet} or None
            for info in infos:
                scan: _Scan | None = None
                is_sheet = info.filename.startswith("xl/worksheets/") and (
                    (is_xlsx and info.filename.endswith(".xml")) or (is_xlsb and info.filename.endswith(".bin")))
                if sheet is not None:  # the zip as a whole passed check_workbook: read the sheet's parts only
                    if not is_sheet or (wanted is not None and info.filename not in wanted):
                        continue
                    name = parts.get(info.filename, sheet)
                    scan = (format_guards.XlsbScan(guard, info.filename, name) if is_xlsb
                            else _SheetScan(guard, info.filename, name))
                elif is_xlsx and info.filename == "xl/sharedStrings.xml":
                    scan = _TextScan(guard, info.filename)
                elif is_ods and info.filename == "content.xml":
                    scan = format_guards.OdsScan(guard, info.filename)
                guard.inflate(z, info, scan)
        except _Unreadable:
            return


__all__ = ["HostileFileError", "check_sheet", "check_workbook", "column_letters", "MAX_CELLS", "MAX_COLUMNS"]
