"""The sheet guard's fast path (sheet_scan._SheetScan.plain) decides exactly as its tag-by-tag walk does.

The fast path reads a chunk's extent from a few whole-chunk searches and hands anything unusual to the walk; if it
ever took a chunk the walk would refuse, a hostile sheet would reach calamine, which aborts the program on an
absurd extent. So every generated sheet — ordinary rows, far cells, bare and prefixed tags, tags broken by white
space, lower-case and `$` references, cells outside their row — is scanned twice, in the same chunks: with the
fast path and with the walk alone. The refusal (its message names the cell) or the extent must be the same."""

from __future__ import annotations

from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from unionbook.exchange.sheet_scan import _SheetScan, column_letters
from unionbook.exchange.xlsx_guard import HostileFileError, _Guard


class _WalkOnly(_SheetScan):
    def plain(self, data: bytes) -> bool:
        return False


def _scan(cls: type[_SheetScan], chunks: list[bytes]) -> tuple[str, int, int]:
    scan = cls(_Guard(Path("名册.xlsx")), "xl/worksheets/sheet1.xml", "花名册")
    try:
        for chunk in chunks:
            scan.feed(chunk)
        scan.finish()
    except HostileFileError as exc:
        return exc.message, -1, -1
    return "", scan.extent.rows, scan.extent.columns


_GAPS = st.sampled_from([" ", " ", " ", "\n", "\t", "  "])
_COLUMNS = st.one_of(st.integers(1, 30), st.integers(1, 16384), st.sampled_from([702, 703, 1000, 1001, 16384]))
_ROWS = st.one_of(st.integers(1, 3000), st.integers(1, 1048576), st.sampled_from([3999, 4000, 4001, 99999, 1048576]))


@st.composite
def _cell(draw: st.DrawFn, row: int) -> str:
    kind = draw(st.sampled_from(["plain"] * 8 + ["bare", "far", "gap", "lower", "dollar", "second", "prefixed",
                                                 "gt_value", "r_in_value", "twice", "long", "wide_prefix", "prefixed_r"]))
    col = draw(_COLUMNS)
    ref = f"{column_letters(col)}{row}"
    value = "<v>1</v>"
    if kind == "plain":
        return f'<c r="{ref}" t="n">{value}</c>'
    if kind == "bare":
        return draw(st.sampled_from(["<c/>", "<c></c>", f"<c>{value}</c>"]))
    if kind == "far":  # a cell outside its row
        return f'<c r="{column_letters(col)}{draw(_ROWS)}">{value}</c>'
    if kind == "gap":
        return f'<c{draw(_GAPS)}r="{ref}">{value}</c>'
    if kind == "lower":
        return f'<c r="{ref.lower()}">{value}</c>'
    if kind == "dollar":
        return f'<c r="${column_letters(col)}${row}">{value}</c>'
    if kind == "second":  # r is not the first attribute
        return f'<c t="n"{draw(_GAPS)}r="{ref}">{value}</c>'
    if kind == "gt_value":  # ">" inside a value, then the reference
        return f'<c s=">"{draw(_GAPS)}r="{ref}">{value}</c>'
    if kind == "r_in_value":
        return f'<c o="x r=\'{column_letters(draw(_COLUMNS))}{draw(_ROWS)}\'" r="{ref}">{value}</c>'
    if kind == "twice":  # two references: calamine takes the last
        return f'<c r="{ref}" r="{column_letters(draw(_COLUMNS))}{draw(_ROWS)}">{value}</c>'
    if kind == "long":  # more letters or digits than a sheet has
        return draw(st.sampled_from([f'<c r="AAAA{row}">', f'<c r="A{row}0000000">'])) + f"{value}</c>"
    if kind == "wide_prefix":
        return f'<名:c r="{ref}">{value}</名:c>'
    if kind == "prefixed_r":
        return f'<c x:r="{ref}">{value}</c>'
    return f'<x:c r="{ref}">{value}</x:c>'


@st.composite
def _sheet(draw: st.DrawFn) -> bytes:
    rows = []
    row = 0
    for _ in range(draw(st.integers(1, 12))):
        row = draw(st.one_of(st.just(row + 1), _ROWS))
        tag = draw(st.sampled_from([f'<row r="{row}">'] * 5 + [f'<row{draw(_GAPS)}r="{row}">', "<row>",
                                                              f'<row spans="1:3" r="{row}">']))
        cells = "".join(draw(_cell(row)) for _ in range(draw(st.integers(0, 6))))
        rows.append(f"{tag}{cells}</row>")
    return ("<worksheet><sheetData>" + "".join(rows) + "</sheetData></worksheet>").encode()


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(sheet=_sheet(), cuts=st.lists(st.integers(0, 4000), max_size=4))
def test_the_fast_path_decides_as_the_walk(sheet: bytes, cuts: list[int]) -> None:
    points = sorted({min(c, len(sheet)) for c in cuts})
    chunks = [sheet[a:b] for a, b in zip([0, *points], [*points, len(sheet)], strict=True)]
    assert _scan(_SheetScan, chunks) == _scan(_WalkOnly, chunks)


def _excel_rows(n: int) -> str:
    """Rows 1…n of three cells, as Excel writes them."""
    return "".join(f'<row r="{r}" spans="1:3">' + "".join(f'<c r="{c}{r}" s="1"><v>1</v></c>' for c in "ABC")
                   + "</row>" for r in range(1, n + 1))


def _scan_watched(chunks: list[bytes]) -> tuple[tuple[str, int, int], list[bytes]]:
    """The scan's verdict and the chunks it handed to the walk."""
    asked: list[bytes] = []

    class Watched(_SheetScan):
        def walk(self, data: bytes) -> None:
            asked.append(data)
            super().walk(data)

    return _scan(Watched, chunks), asked


def test_the_fast_path_takes_an_ordinary_sheet() -> None:
    """Not vacuous: on the sheets Excel writes, the fast path is what decides (the walk is never asked)."""
    sheet = f"<worksheet><sheetData>{_excel_rows(499)}</sheetData></worksheet>".encode()
    assert _scan_watched([sheet[:7000], sheet[7000:]]) == (("", 499, 3), [])


def test_the_fast_path_takes_the_first_and_last_chunks_excel_writes() -> None:
    """Excel's first chunk declares xmlns:r and its last holds <pageMargins header=… footer=…>: none of these r= is
    an attribute named r, and neither chunk needs the walk."""
    rows = _excel_rows(199)
    sheet = ('<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.'
             'openxmlformats.org/officeDocument/2006/relationships"><sheetData>' + rows + '</sheetData><pageMargins '
             'left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></worksheet>').encode()
    assert _scan_watched([sheet]) == (("", 199, 3), [])
    twice = sheet.replace(b'<c r="B7" s="1">', b'<c r="B7" header="1" r="XFD7">')  # a second r beside a header=
    assert _scan(_SheetScan, [twice])[0] != "" and _scan(_SheetScan, [twice]) == _scan(_WalkOnly, [twice])
