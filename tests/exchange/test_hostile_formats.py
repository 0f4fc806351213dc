""".xls, .xlsb and .ods files with an absurd extent are refused before python-calamine allocates it, naming the
cell, in bounded time and memory (each read in a child process, as in test_hostile_files.py); the harmless
versions of the same files are still read.

Before the extent checks: far.xls took 1.2 GB, a Dimensions record claiming 4 billion rows and far.xlsb aborted
the process (memory allocation failed), far.ods / repeated.ods aborted or got calamine's English "Cell limit
exceeded"."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import hostile_files as hf
import hostile_formats as fmt
import pytest

from unionbook.exchange.reader import read_sheet, sheet_names


def make_calamine_unreachable(monkeypatch: pytest.MonkeyPatch, name: str) -> None:
    """In process, a hostile file must never reach the calamine call that allocates its extent (which would abort
    or balloon the test run): opening an .xls or .ods parses every sheet, an .xlsb sheet is parsed when asked."""
    import python_calamine

    def reached(*_args: object) -> None:
        raise AssertionError("python-calamine was asked to parse a hostile sheet")

    monkeypatch.setattr(python_calamine.CalamineWorkbook,
                        "get_sheet_by_name" if name.endswith(".xlsb") else "from_path", reached)


@pytest.fixture
def calamine_unreachable(monkeypatch: pytest.MonkeyPatch) -> None:
    make_calamine_unreachable(monkeypatch, ".xls")


XLS_FAR = fmt.HEADER + [(65535, 255, "x")]  # IV65536, the last cell of an .xls
XLSB_FAR = fmt.HEADER + [(1048575, 16383, "x")]  # XFD1048576
ODS_TAIL = fmt.ods_row(fmt.ods_cell("", 1024), 1048570)  # what LibreOffice writes after the last row: harmless

CASES: dict[str, tuple[Callable[[Path], Path], str]] = {
    # name: (how to build it, what the refusal must name)
    "far.xls": (lambda p: fmt.xls(p, XLS_FAR), "IV65536"),
    "dimension_lies.xls": (lambda p: fmt.xls(p, fmt.HEADER, (0, 0xFFFFFFFF, 0, 256)), "IV4294967295"),
    "many_columns.xls": (lambda p: fmt.xls(p, fmt.HEADER + [(20000, 255, "x")]), "IV20001"),
    "far.xlsb": (lambda p: fmt.xlsb(p, XLSB_FAR), "XFD1048576"),
    "far_column.xlsb": (lambda p: fmt.xlsb(p, fmt.HEADER + [(1, 40000, "x")]), "BGDM2"),
    "far.ods": (lambda p: fmt.ods(p, fmt.HEADER_ODS + fmt.ods_row(fmt.ods_cell(), 1048570)
                                  + fmt.ods_row(fmt.ods_cell("", 16383) + fmt.ods_cell("x"))), "XFD1048573"),
    "mid.ods": (lambda p: fmt.ods(p, fmt.HEADER_ODS + fmt.ods_row(fmt.ods_cell(), 1048570)
                                  + fmt.ods_row(fmt.ods_cell("", 94) + fmt.ods_cell("x"))), "CQ1048573"),
    "repeated.ods": (lambda p: fmt.ods(p, fmt.HEADER_ODS + fmt.ods_row(fmt.ods_cell("x", 95), 1000000)), "CQ"),
}


@pytest.mark.slow
@pytest.mark.parametrize("name", list(CASES))
def test_far_extent_is_refused_in_bounded_time_and_memory(name: str, tmp_path: Path) -> None:
    build, cell = CASES[name]
    path = build(tmp_path / name)
    before = sorted(p.name for p in tmp_path.iterdir())
    result = hf.read_in_child(path)
    print(f"\n{name}: {path.stat().st_size / 1024:.0f} KB, {result['seconds']:.2f} s, "
          f"peak {result['rss_mb']:.0f} MB, {result['outcome']}: {result.get('message', '')}")
    assert result["outcome"] == "refused", result
    message = str(result["message"])
    assert cell in message and name in message and "花名册" in message
    assert float(result["seconds"]) <= hf.MAX_SECONDS  # type: ignore[arg-type]
    assert float(result["rss_mb"]) <= hf.MAX_RSS_MB  # type: ignore[arg-type]
    assert sorted(p.name for p in tmp_path.iterdir()) == before


@pytest.mark.parametrize("name", ["far.xls", "far.xlsb", "far.ods"])
def test_the_refusal_names_the_cell_in_chinese_before_calamine_runs(name: str, tmp_path: Path,
                                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    make_calamine_unreachable(monkeypatch, name)
    build, cell = CASES[name]
    from unionbook.exchange.xlsx_guard import HostileFileError

    with pytest.raises(HostileFileError) as err:
        read_sheet(build(tmp_path / name))
    assert f"单元格 {cell}" in err.value.message and "请在 Excel/WPS 中删除" in err.value.message
    assert err.value.code == "import_file"


def test_sheet_names_of_a_far_xls_are_refused_too(tmp_path: Path, calamine_unreachable: None) -> None:
    # an .xls is parsed whole when it is opened: listing its sheets must not allocate the far cell either
    from unionbook.exchange.xlsx_guard import HostileFileError

    with pytest.raises(HostileFileError, match="IV65536"):
        sheet_names(fmt.xls(tmp_path / "far.xls", XLS_FAR))


@pytest.mark.parametrize("name,build", [
    ("ok.xls", lambda p: fmt.xls(p, fmt.HEADER)),
    ("ok.xlsb", lambda p: fmt.xlsb(p, fmt.HEADER)),
    ("ok_tail.ods", lambda p: fmt.ods(p, fmt.HEADER_ODS + ODS_TAIL)),
    ("dimension_lies_small.xlsb", lambda p: fmt.xlsb(p, fmt.HEADER, (0, 1048575, 0, 16383))),
])
def test_harmless_files_built_the_same_way_are_read(name: str, build: Callable[[Path], Path],
                                                    tmp_path: Path) -> None:
    sheet = read_sheet(build(tmp_path / name))
    assert sheet.name == "花名册"
    assert sheet.rows == [["姓名", "身份证号码"], ["张三", "110105199003071234"]]


def test_a_large_but_reasonable_sheet_is_still_read(tmp_path: Path) -> None:
    # 60,000 rows × 30 columns: what a big union's roster can be
    xls_cells = fmt.HEADER + [(60000, 29, "x")]
    assert len(read_sheet(fmt.xls(tmp_path / "big.xls", xls_cells)).rows) == 60001
    xlsb_cells = fmt.HEADER + [(60000, 29, "x")]
    assert read_sheet(fmt.xlsb(tmp_path / "big.xlsb", xlsb_cells)).rows[-1][29] == "x"
    ods_rows = fmt.HEADER_ODS + fmt.ods_row(fmt.ods_cell(), 59998) + fmt.ods_row(fmt.ods_cell("", 29)
                                                                                  + fmt.ods_cell("x"))
    assert read_sheet(fmt.ods(tmp_path / "big.ods", ods_rows)).rows[-1][29] == "x"
