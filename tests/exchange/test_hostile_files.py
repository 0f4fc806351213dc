"""Hostile spreadsheets are refused in bounded time and memory, with a Chinese message, and nothing is written.

Each file is read in a child process (a reader that aborts or balloons must not take the test run with it). Its
peak RSS is getrusage(RUSAGE_CHILDREN) taken by a small wrapper process that started it: Linux carries a
process's peak over fork and exec, so measuring from pytest itself would count pytest's own size; the wrapper's
few MB are counted instead, which keeps the figure an upper bound."""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import hostile_files as hf
import pytest

MAX_SECONDS, MAX_RSS_MB, read_in_child = hf.MAX_SECONDS, hf.MAX_RSS_MB, hf.read_in_child


@pytest.fixture(scope="module")
def bombs(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("bombs")
    return {"bomb": hf.bomb_xlsx(folder / "bomb.xlsx", 512),
            "bomb_lying": hf.bomb_xlsx(folder / "bomb_lying.xlsx", 512, lie_about_size=True),
            "bomb_lying_many_strings": hf.bomb_xlsx(folder / "bomb_lying_many.xlsx", 512, lie_about_size=True,
                                                    many=True)}


CASES: dict[str, tuple[Callable[[Path], Path], str]] = {
    # name: (how to build it, a word the refusal must contain: the cell it names, or what is wrong)
    "far_cell_XFD1048576": (lambda p: hf.far_cell_xlsx(p, "XFD1048576"), "XFD1048576"),
    "far_cell_CV1048576": (lambda p: hf.far_cell_xlsx(p, "CV1048576"), "CV1048576"),
    "far_cell_dimension_lies": (lambda p: hf.far_cell_xlsx(p, "XFD1048576", honest_dimension=False), "XFD1048576"),
    "far_cell_without_refs": (hf.far_cell_without_refs_xlsx, "1048576"),
    "huge_string_60MB": (lambda p: hf.huge_string_xlsx(p, 60), "太大"),
}


@pytest.mark.slow
@pytest.mark.parametrize("name", [*CASES, "bomb", "bomb_lying", "bomb_lying_many_strings"])
def test_hostile_file_is_refused_in_bounded_time_and_memory(name: str, tmp_path: Path,
                                                            bombs: dict[str, Path]) -> None:
    if name in bombs:
        path, word = bombs[name], "太大" if name == "bomb_lying" else "解压"
    else:
        build, word = CASES[name]
        path = build(tmp_path / f"{name}.xlsx")
    before = sorted(p.name for p in path.parent.iterdir())
    result = read_in_child(path)
    print(f"\n{name}: {path.stat().st_size / 1024:.0f} KB, {result['seconds']:.2f} s, "
          f"peak {result['rss_mb']:.0f} MB, {result['outcome']}: {result.get('message', '')}")
    assert result["outcome"] == "refused", result
    assert word in str(result["message"])
    assert float(result["seconds"]) <= MAX_SECONDS  # type: ignore[arg-type]
    assert float(result["rss_mb"]) <= MAX_RSS_MB  # type: ignore[arg-type]
    assert sorted(p.name for p in path.parent.iterdir()) == before  # nothing written beside it


def test_a_plain_file_built_the_same_way_is_read(tmp_path: Path) -> None:
    from unionbook.exchange.reader import read_sheet

    sheet = read_sheet(hf.small_xlsx(tmp_path / "ok.xlsx"))
    assert sheet.rows == [["姓名", "身份证号码"], ["张三", "110105199003071234"]]


def test_a_far_but_reasonable_cell_is_still_read(tmp_path: Path) -> None:
    from unionbook.exchange.reader import read_sheet

    sheet = read_sheet(hf.far_cell_xlsx(tmp_path / "ok.xlsx", "AD60000"))  # 30 columns × 60,000 rows
    assert len(sheet.rows) == 60000 and sheet.rows[-1][29] == "x"


def test_a_reader_panic_is_a_refusal_not_a_crash(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import python_calamine

    from unionbook.exchange.reader import ImportFileError, read_sheet

    class PanicException(BaseException):  # what pyo3 raises for a Rust panic: not an Exception
        pass

    def panic(*_args: object) -> None:
        raise PanicException("chunk size must be non-zero")

    monkeypatch.setattr(python_calamine.CalamineWorkbook, "from_path", panic)
    with pytest.raises(ImportFileError, match="ok.xlsx"):
        read_sheet(hf.small_xlsx(tmp_path / "ok.xlsx"))


@pytest.mark.slow
def test_cli_import_of_a_bomb_is_a_json_refusal(tmp_path: Path, bombs: dict[str, Path]) -> None:
    db = tmp_path / "u.sqlite"
    env_cmd = [sys.executable, "-m", "unionbook", "--db", str(db), "--json"]
    subprocess.run([*env_cmd, "init", "--name", "测试工会"], check=True, capture_output=True, timeout=60)
    proc = subprocess.run([*env_cmd, "members", "import", str(bombs["bomb_lying"])], capture_output=True,
                          text=True, timeout=60)
    assert proc.returncode == 1 and proc.stdout == ""
    error = json.loads(proc.stderr)
    assert error["error"] == "import_file" and "bomb_lying.xlsx" in error["message"]


MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"


def refusal(tmp_path: Path, name: str, rows: str, *, head: str = "") -> str:
    """The guard's refusal of a sheet of 1,999 ordinary rows (after `head`), then `rows`; fails if it passes."""
    from unionbook.exchange.xlsx_guard import HostileFileError, check_sheet

    normal = "".join(f'<row r="{r}"><c r="A{r}"><v>1</v></c></row>' for r in range(1, 2000))
    xml = (f'<?xml version="1.0" encoding="UTF-8"?><worksheet {hf._NS} xmlns:名="{MAIN}" xmlns:x="{MAIN}">'
           f'<sheetData>{head}{normal}{rows}</sheetData></worksheet>')
    with pytest.raises(HostileFileError) as caught:
        check_sheet(hf._write(tmp_path / f"{name}.xlsx", xml), "花名册", ahead=False)
    return caught.value.message


@pytest.mark.parametrize("bare", ["<c/>", "<c></c>", "<c><v>1</v></c>"])
def test_cells_without_attributes_beside_referenced_ones_still_count(bare: str, tmp_path: Path) -> None:
    """A chunk whose cells mostly carry r="…" but where some are bare tags (allowed: the next column) is not
    taken by the fast path that reads the extent from the references: 16,384 bare cells in one far row are
    refused, naming the row."""
    far = f'<row r="1048576"><c r="A1048576"><v>1</v></c>{bare * 16384}</row>'
    assert "1048576" in refusal(tmp_path, "bare", far)


@pytest.mark.parametrize("gap", ["\n", "\t", "\r\n", "  "])
@pytest.mark.parametrize("far", ['<c{gap}r="XFD1048576"><v>1</v></c>', '<c{gap}t="n"{gap}r="XFD1048576"><v>1</v></c>'])
def test_a_far_cell_whose_tag_breaks_after_its_name_is_refused(gap: str, far: str, tmp_path: Path) -> None:
    """XML allows any white space between a tag's name and its attributes. A far cell written `<c⏎r="XFD1048576">`
    among ordinary cells slipped past the fast path (which looked for `<c ` with one space), and calamine then
    aborted the whole program trying to allocate 16,384 × 1,048,576 cells."""
    assert "XFD1048576" in refusal(tmp_path, "gap", f'<row r="2000">{far.format(gap=gap)}</row>')


@pytest.mark.parametrize("gap", ["\n", "\t"])
def test_a_far_row_whose_tag_breaks_after_its_name_is_refused(gap: str, tmp_path: Path) -> None:
    wide = "".join(f'<c r="{c}1"><v>1</v></c>' for c in ("A", "Z", "AZ", "CV"))
    message = refusal(tmp_path, "gap", f'<row{gap}r="1048576"><c><v>1</v></c></row>',
                      head=f'<row r="1">{wide}</row>')
    assert "1048576" in message


# What calamine reads as a far cell while a reader of tags that skips quotes, counts one r only, or knows ASCII
# prefixes only, does not (each aborted the whole program in python-calamine: "memory allocation … failed").
SLIPPERY = {
    "gt_in_a_value": '<c s=">" r="XFD1048576"><v>1</v></c>',  # ">" is allowed inside an attribute value
    "r_inside_a_value": '<c t="n" o="x r=\'B2\'" r="XFD1048576"><v>1</v></c>',
    "duplicate_r": '<c r="B2" r="XFD1048576"><v>1</v></c>',  # calamine takes the last
    "four_letters": '<c r="AAAA2"><v>1</v></c>',
    "eight_digits": '<c r="ALL99999999"><v>1</v></c>',
    "non_ascii_prefix": '<名:c r="XFD1048576"><v>1</v></名:c>',
    "prefixed_r": '<c x:r="XFD1048576"><v>1</v></c>',
}


@pytest.mark.parametrize("name", SLIPPERY)
def test_a_far_cell_hidden_from_a_careless_reader_of_tags_is_refused(name: str, tmp_path: Path) -> None:
    refusal(tmp_path, name, f'<row r="2000">{SLIPPERY[name]}</row>')
