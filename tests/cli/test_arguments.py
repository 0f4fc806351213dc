"""Arguments a user can get wrong: numbers out of range are usage errors (exit 2), output folders that do not
exist are refused the same way by every command that writes a file (exit 1, nothing created)."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import pytest

from unionbook.cli import main


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    try:
        code = main(list(argv))
    except SystemExit as exc:  # argparse usage errors
        code = int(exc.code or 0)
    out, err = capsys.readouterr()
    return code, out, err


def ok(capsys: pytest.CaptureFixture[str], db: Path, *argv: str) -> dict[str, Any]:
    code, out, err = run(capsys, "--db", str(db), "--json", *argv)
    assert code == 0, err
    return dict(json.loads(out))


def refused(capsys: pytest.CaptureFixture[str], db: Path, *argv: str) -> dict[str, Any]:
    code, out, err = run(capsys, "--db", str(db), "--json", *argv)
    assert code == 1, (out, err)
    assert out == ""
    return dict(json.loads(err))


@pytest.fixture
def union_file(tmp_path: Path, capsys: pytest.CaptureFixture[str], empty_template: Path) -> Path:
    path = tmp_path / "cli.sqlite"
    shutil.copyfile(empty_template, path)
    ok(capsys, path, "init", "--name", "某某有限公司工会委员会", "--employees", "20")
    ok(capsys, path, "members", "add", "--name", "张三", "--id-number", "11010519491231002X")
    return path


@pytest.mark.parametrize(("option", "value"), [
    ("--limit", "99999999999999999999"), ("--limit", "-1"), ("--offset", "-5"),
    ("--offset", "99999999999999999999"), ("--limit", "abc"),
])
def test_limit_and_offset_out_of_range_are_usage_errors(union_file: Path, capsys: pytest.CaptureFixture[str],
                                                        option: str, value: str) -> None:
    code, out, err = run(capsys, "--db", str(union_file), "--json", "members", "list", option, value)
    assert code == 2 and out == ""
    error = json.loads(err)
    assert error["error"] == "usage" and option in error["message"]


def test_limit_zero_and_large_values_in_range_work(union_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert ok(capsys, union_file, "members", "list", "--limit", "0")["members"] == []
    assert len(ok(capsys, union_file, "members", "list", "--limit", "1000000000")["members"]) == 1


def test_backup_to_an_existing_file_is_refused(union_file: Path, tmp_path: Path,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "already.txt"
    target.write_text("x", encoding="utf-8")
    err = refused(capsys, union_file, "backup", "--to", str(target))
    assert err["error"] == "invalid" and "already.txt" in err["message"] and "不是文件夹" in err["message"]
    assert target.read_text(encoding="utf-8") == "x"


@pytest.mark.parametrize("command", [
    ["backup", "--to", "{missing}/备份"],
    ["members", "export", "{missing}/名册.xlsx"],
    ["form", "render", "roster", "--all", "--out", "{missing}/名册.pdf"],
])
def test_a_missing_output_folder_is_refused_by_every_command(union_file: Path, tmp_path: Path,
                                                             capsys: pytest.CaptureFixture[str],
                                                             command: list[str]) -> None:
    missing = tmp_path / "no" / "such"
    err = refused(capsys, union_file, *[part.format(missing=missing) for part in command])
    assert err["error"] == "invalid" and "文件夹不存在" in err["message"] and str(missing) in err["message"]
    assert not (tmp_path / "no").exists()


def test_human_output_never_prints_raw_control_or_bidi_characters(union_file: Path,
                                                                  capsys: pytest.CaptureFixture[str]) -> None:
    # values stored by an older version may hold them: a terminal must not run ESC sequences from the register
    import sqlite3

    conn = sqlite3.connect(union_file)
    conn.execute("UPDATE member SET job = ?", ("司机\x1b[2J\x07\u202e",))
    conn.commit()
    conn.close()
    code, out, err = run(capsys, "--db", str(union_file), "members", "show", "11010519491231002X")
    assert code == 0, err
    assert "司机" in out
    assert not set(out) & {"\x1b", "\x07", "\u202e"}
