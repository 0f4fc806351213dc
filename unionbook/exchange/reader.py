"""Reading a spreadsheet file into rows of cell values, positioned as the spreadsheet shows them.

Excel files (.xlsx from Excel and WPS; .xlsm, .xls, .ods too) go through python-calamine, which reads about
ten times faster than openpyxl in read-only mode and also reports merged cells. CSV files may be UTF-8 with or
without a BOM (WPS, LibreOffice), GBK/GB18030 (Excel on a Chinese Windows), or UTF-16 ("Unicode text").
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from unionbook.errors import UnionBookError
from unionbook.exchange.xlsx_guard import check_sheet, check_workbook

EXCEL_SUFFIXES = (".xlsx", ".xlsm", ".xls", ".xlsb", ".ods")
CSV_SUFFIXES = (".csv", ".txt", ".tsv")
# how a CSV that mixes encodings may be read, once the user has chosen: the whole file as GB18030 or as UTF-8,
# or each line as what it validly is (an ASCII or valid UTF-8 line as UTF-8, any other as GB18030)
ENCODING_CHOICES = ("gb18030", "utf-8", "auto-lines")


class ImportFileError(UnionBookError):
    """The file as a whole cannot be used (unreadable, no header, no such sheet)."""

    code = "import_file"


class MixedEncodingError(ImportFileError):
    """A CSV whose lines are in two encodings: not read until the user chooses one of ENCODING_CHOICES.
    `details`: choices, majority (the encoding of most lines), lines (1-based numbers of the others), samples
    (up to 5 of them: line, and its reading as gb18030 and as utf-8)."""

    code = "mixed_encoding"


@dataclass
class RawSheet:
    """Cell values of one sheet. `rows[i][j]` is the cell in spreadsheet row i+1, column j+1."""

    file_name: str
    name: str  # sheet name ("" for CSV)
    sheet_names: list[str]
    rows: list[list[Any]]
    merged: list[tuple[int, int, int, int]] = field(default_factory=list)  # (row0, col0, row1, col1), 0-based
    encoding: str = ""  # CSV only
    # a CSV that mixed encodings, read as the user chose: the row numbers (1-based) of the lines that were in
    # doubt (the minority encoding), so the column samples show them (a line is a row, unless a cell spans lines)
    doubtful_rows: list[int] = field(default_factory=list)

    @property
    def width(self) -> int:
        return max((len(r) for r in self.rows), default=0)


def _kind(path: Path) -> str:
    suffix = path.suffix.lower()
    if suffix in EXCEL_SUFFIXES:
        return "excel"
    if suffix in CSV_SUFFIXES:
        return "csv"
    raise ImportFileError(
        f"不支持的文件类型“{path.suffix or path.name}”：请选择 Excel 文件（.xlsx、.xls）或 CSV 文件（.csv）。"
    )


def _check_exists(path: Path) -> None:
    if not path.is_file():
        raise ImportFileError(f"找不到文件：{path}")


def sheet_names(path: str | Path) -> list[str]:
    """The visible worksheets of a workbook, in order; [""] for a CSV file."""
    path = Path(path)
    _check_exists(path)
    if _kind(path) == "csv":
        return [""]
    workbook = _open_workbook(path)
    try:
        return _visible_sheets(workbook)
    finally:
        workbook.close()


def read_sheet(path: str | Path, sheet: str | None = None, *, encoding: str | None = None) -> RawSheet:
    """`encoding`: for a CSV, one of ENCODING_CHOICES (the user's choice after a MixedEncodingError); None
    detects it. Excel files ignore it."""
    path = Path(path)
    _check_exists(path)
    if _kind(path) == "csv":
        return _read_csv(path, encoding)
    return _read_excel(path, sheet)


def _is_reader_panic(exc: BaseException) -> bool:
    """pyo3 turns a Rust panic inside calamine into PanicException, a BaseException: it is the file's fault (an
    unexpected shape), so it is refused like any unreadable file, while Ctrl+C and exit still go through."""
    return isinstance(exc, Exception) or type(exc).__name__ == "PanicException"


def _open_workbook(path: Path) -> Any:
    from python_calamine import CalamineWorkbook

    check_workbook(path)
    try:
        return CalamineWorkbook.from_path(str(path))
    except BaseException as exc:  # calamine raises several kinds for a damaged or encrypted file
        if not _is_reader_panic(exc):
            raise
        raise ImportFileError(
            f"无法读取“{path.name}”：不是有效的 Excel 文件，或文件已损坏、设有打开密码（{exc}）。"
            "可在 Excel/WPS 中打开后另存为 .xlsx 再导入。"
        ) from None


def _visible_sheets(workbook: Any) -> list[str]:
    from python_calamine import SheetTypeEnum, SheetVisibleEnum

    names = [m.name for m in workbook.sheets_metadata
             if m.typ == SheetTypeEnum.WorkSheet and m.visible == SheetVisibleEnum.Visible]
    return names or list(workbook.sheet_names)


def _read_excel(path: Path, sheet: str | None) -> RawSheet:
    workbook = _open_workbook(path)
    try:
        names = _visible_sheets(workbook)
        if sheet is None or sheet == "":
            chosen = names[0] if names else None
        elif sheet in workbook.sheet_names:
            chosen = sheet
        else:
            raise ImportFileError(f"“{path.name}”中没有名为“{sheet}”的工作表（现有：{'、'.join(names)}）。")
        if chosen is None:
            raise ImportFileError(f"“{path.name}”中没有工作表。")
        check_sheet(path, chosen)
        try:
            ws = workbook.get_sheet_by_name(chosen)
            rows = _cells(ws)
            merged = [(a[0], a[1], b[0], b[1]) for a, b in (ws.merged_cell_ranges or [])]
        except BaseException as exc:  # calamine: any failure inside the sheet, a panic included
            if not _is_reader_panic(exc):
                raise
            raise ImportFileError(f"读取“{path.name}”的工作表“{chosen}”时出错：{exc}") from None
    finally:
        workbook.close()
    _drop_trailing_empty(rows)
    return RawSheet(path.name, chosen, names, rows, merged)


_SHARED_MAX = 12  # longer texts (ID numbers, addresses, notes) rarely repeat


def _cells(ws: Any) -> list[list[Any]]:
    """Every row of the sheet from A1, a list per row. A roster repeats a few words (男, 汉族, 群众, 是, its
    employers) tens of thousands of times, and the reader makes a new string for each: repeated short texts
    are shared as the rows come, which halves the memory a 50,000-row sheet takes (115 → 57 MB)."""
    start_row, start_col = ws.start or (0, 0)
    end_row, end_col = ws.end or (-1, -1)
    rows: list[list[Any]] = []
    seen: dict[str, str] = {}
    for row in ws.iter_rows():
        if start_col and len(row) == end_col - start_col + 1:  # calamine leaves out the empty columns on the left
            row = [""] * start_col + row
        for i, value in enumerate(row):
            if value.__class__ is str and len(value) <= _SHARED_MAX:
                row[i] = seen.setdefault(value, value)
        rows.append(row)
    if len(rows) != end_row + 1 and rows:
        # not the shape to_python(skip_empty_area=False) gives: another calamine; take its own answer
        return [list(r) for r in ws.to_python(skip_empty_area=False)]
    return rows


def _drop_trailing_empty(rows: list[list[Any]]) -> None:
    while rows and all(v is None or v == "" for v in rows[-1]):
        rows.pop()


def decode_csv(data: bytes, file_name: str, encoding: str | None = None) -> tuple[str, str]:
    """The text of a CSV file and the encoding it was in. Chinese Excel saves GBK; GB18030 is its superset.
    `encoding` (one of ENCODING_CHOICES) reads it as the user chose; a line the choice cannot read is named."""
    if encoding is not None:
        return _decode_as(data, file_name, encoding), encoding
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16"), "utf-16"
    bom = data.startswith(b"\xef\xbb\xbf")
    try:
        return data[3 if bom else 0:].decode("utf-8"), "utf-8-sig" if bom else "utf-8"
    except UnicodeDecodeError:
        pass
    # not UTF-8 as a whole: GB18030 decodes almost any bytes "without error", so first make sure that no line is
    # UTF-8 (a name pasted from a web page into a GBK file would otherwise be stored as mojibake)
    _refuse_mixed_encodings(data, file_name)
    try:
        return data.decode("gb18030"), "gb18030"
    except UnicodeDecodeError:
        pass
    raise ImportFileError(
        f"无法识别“{file_name}”的文字编码（不是 UTF-8，也不是 GBK/GB18030）。请在 Excel/WPS 中另存为 .xlsx 再导入。"
    )


class _BadLine(Exception):
    def __init__(self, number: int, reason: str) -> None:
        super().__init__(reason)
        self.number, self.reason = number, reason


def _decode_lines(data: bytes, encoding: str) -> str:
    """`data` read as `encoding` (one of ENCODING_CHOICES); _BadLine names the first line it cannot read."""
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    parts = []
    for number, line in enumerate(data.splitlines(keepends=True), start=1):
        kind = "ascii" if line.isascii() else encoding
        if encoding == "auto-lines" and kind != "ascii":
            kind = _line_encoding(line) or "gb18030"
        try:
            parts.append(line.decode("utf-8" if kind in ("ascii", "utf-8") else "gb18030"))
        except UnicodeDecodeError:
            label = "UTF-8" if kind == "utf-8" else "GBK/GB18030"
            raise _BadLine(number, f"第{number}行不是有效的 {label} 文字") from None
    return "".join(parts)


def _decode_as(data: bytes, file_name: str, encoding: str) -> str:
    if encoding not in ENCODING_CHOICES:
        raise ImportFileError(f"未知的文字编码“{encoding}”（可选：{'、'.join(ENCODING_CHOICES)}）。")
    try:
        return _decode_lines(data, encoding)
    except _BadLine as bad:
        raise ImportFileError(
            f"“{file_name}”{bad.reason}，无法按所选编码读取。"
            "请改选其他编码（或“逐行自动”），或在 Excel/WPS 中确认文字后另存为 .xlsx 再导入。",
            details={"line": bad.number}) from None


def _unusable(data: bytes) -> dict[str, str]:
    """The choices that cannot read every line of `data`, each with the first line it fails on."""
    out = {}
    for choice in ENCODING_CHOICES:
        try:
            _decode_lines(data, choice)
        except _BadLine as bad:
            out[choice] = bad.reason
    return out


def _odd_lines(data: bytes) -> tuple[list[int], str, str]:
    """The 0-based numbers of the lines in the minority encoding, the majority's and the minority's names
    (no lines when the file does not mix encodings)."""
    kinds = [_line_encoding(line) for line in data.split(b"\n")]
    utf8 = [i for i, k in enumerate(kinds) if k == "utf-8"]
    gbk = [i for i, k in enumerate(kinds) if k == "gb18030"]
    if not utf8 or not gbk:
        return [], "", ""
    return (utf8, "GBK", "UTF-8") if len(utf8) <= len(gbk) else (gbk, "UTF-8", "GBK")


def _line_encoding(line: bytes) -> str:
    """"ascii", "utf-8", "gb18030" or "" (neither) for one line of a CSV file."""
    if line.isascii():
        return "ascii"
    for encoding in ("utf-8", "gb18030"):
        try:
            line.decode(encoding)
            return encoding
        except UnicodeDecodeError:
            continue
    return ""


_CHOICE_WORDS = {"gb18030": "整个文件按 GB18030 ", "utf-8": "整个文件按 UTF-8 ", "auto-lines": "“逐行自动”（每一行按它有效的编码读取）"}


def _refuse_mixed_encodings(data: bytes, file_name: str) -> None:
    odd, major, minor = _odd_lines(data)
    if not odd:
        return
    lines = data.split(b"\n")
    unusable = _unusable(data)
    choices = [c for c in ENCODING_CHOICES if c not in unusable]
    offered = "、".join(_CHOICE_WORDS[c] for c in choices)
    why_not = "；".join(f"{_CHOICE_WORDS[c]}读不通，{reason}" for c, reason in unusable.items()
                       if c != "auto-lines")
    samples = []
    for i in odd[:5]:
        line = lines[i].rstrip(b"\r")
        samples.append({"line": i + 1, "gb18030": line.decode("gb18030", errors="replace")[:60],
                        "utf-8": line.decode("utf-8", errors="replace")[:60]})
    shown = "；".join(f"第{r['line']}行按 UTF-8 读作“{r['utf-8']}”，按 GBK 读作“{r['gb18030']}”" for r in samples)
    more = f"等共 {len(odd)} 行" if len(odd) > len(samples) else ""
    raise MixedEncodingError(
        f"“{file_name}”混用了两种文字编码：大部分行是 {major}，但有 {len(odd)} 行是 {minor}（{shown}{more}）。"
        f"为免把姓名存成乱码，尚未读取。请选择读法，可选：{offered or '无'}" + (f"（{why_not}）" if why_not else "")
        + "；也可在 Excel/WPS 中确认文字正确后另存为 .xlsx 再导入。",
        details={"choices": choices, "unusable": unusable, "majority": "gb18030" if major == "GBK" else "utf-8",
                 "lines": [i + 1 for i in odd], "samples": samples})


def _read_csv(path: Path, encoding: str | None = None) -> RawSheet:
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ImportFileError(f"无法读取“{path.name}”：{exc.strerror}") from None
    try:
        text, encoding = decode_csv(data, path.name, encoding)
    except UnicodeDecodeError:
        raise ImportFileError(f"“{path.name}”的文字编码有误，无法读取。") from None
    # the delimiter used most in the first lines (csv.Sniffer guesses oddly on Chinese text with few commas)
    head = text[:20000].splitlines()[:20]
    delimiter = max(",\t;", key=lambda d: sum(line.count(d) for line in head))
    try:
        rows: list[list[Any]] = [list(r) for r in csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)]
    except csv.Error as exc:
        raise ImportFileError(f"“{path.name}”不是有效的 CSV 文件：{exc}") from None
    _drop_trailing_empty(rows)
    doubtful = [i + 1 for i in _odd_lines(data)[0]] if encoding in ENCODING_CHOICES else []
    return RawSheet(path.name, "", [""], rows, [], encoding, doubtful)
