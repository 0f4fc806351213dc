"""`unionbook members import|import-undo|import-history|export`: the JSON contract and the exit codes."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from roster_files import HEADER, member_row, resident_id, simple_roster, write_csv, write_xlsx

from unionbook.cli import main

A = resident_id("19900307", 1, male=True)
B = resident_id("19850211", 2, "410102", male=False)
CONTRACT = {"inserted", "updated", "unchanged", "batch_id", "errors", "warnings"}


def run(capsys: pytest.CaptureFixture[str], db: Path, *argv: str, json_out: bool = True) -> tuple[int, Any, str]:
    try:
        code = main(["--db", str(db), *(["--json"] if json_out else []), *argv])
    except SystemExit as exc:
        code = int(exc.code or 0)
    out, err = capsys.readouterr()
    return code, (json.loads(out) if json_out and out else out), err


@pytest.fixture
def db_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    path = tmp_path / "cli.sqlite"
    code, _, err = run(capsys, path, "init", "--name", "某某公司工会委员会")
    assert code == 0, err
    return path


def test_import_json_contract(db_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = simple_roster(tmp_path / "a.xlsx", [("张三", A), ("李四", B)], gender="男")
    code, data, _ = run(capsys, db_file, "members", "import", str(path))
    assert code == 0
    assert set(data) == CONTRACT
    assert (data["inserted"], data["updated"], data["unchanged"], data["batch_id"]) == (2, 0, 0, "1")
    assert data["errors"] == []
    assert data["warnings"] == [{"row": 3, "column": "性别", "message": "填写为“男”，与身份证号不符，按身份证号取“女”"}]
    code, again, _ = run(capsys, db_file, "members", "import", str(path))
    assert (code, again["inserted"], again["unchanged"], again["batch_id"]) == (0, 0, 2, None)


def test_errors_exit_1_and_write_nothing(db_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    rows = [HEADER, member_row(1, "张三", A), member_row(2, "", B), member_row(3, "王五", "1.10105E+17")]
    path = write_xlsx(tmp_path / "a.xlsx", rows, text_columns=[3])
    code, out, err = run(capsys, db_file, "members", "import", str(path))
    # a refusal like any other (README, Errors): stdout empty, one error object on stderr carrying the report
    assert (code, out) == (1, "")
    data = json.loads(err)
    assert set(data) == CONTRACT | {"error", "message"} and data["error"] == "invalid"
    assert "未导入任何数据" in data["message"] and data["batch_id"] is None and data["inserted"] == 0
    assert [(e["row"], e["column"]) for e in data["errors"]] == [(3, "姓名"), (4, "身份证号码")]
    assert "无法恢复" in data["errors"][1]["message"]
    code, listed, _ = run(capsys, db_file, "members", "list")
    assert listed["total"] == 0
    # --dry-run reports what would happen and writes nothing
    code, dry, _ = run(capsys, db_file, "members", "import", str(path), "--dry-run", "--skip-errors")
    assert (code, dry["inserted"], dry["batch_id"]) == (0, 1, None)
    assert run(capsys, db_file, "members", "list")[1]["total"] == 0
    code, done, _ = run(capsys, db_file, "members", "import", str(path), "--skip-errors")
    assert (code, done["inserted"], done["batch_id"], len(done["errors"])) == (0, 1, "1", 2)
    assert run(capsys, db_file, "members", "list")[1]["total"] == 1


def test_human_output_names_rows(db_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = write_csv(tmp_path / "a.csv", [["姓名", "身份证号"], ["张三", A], ["李四", A]], encoding="gbk")
    code, out, text = run(capsys, db_file, "members", "import", str(path), json_out=False)
    assert (code, out) == (1, "")
    assert "第3行 身份证号：与第2行（张三）身份证号相同" in text and "第2行 身份证号：与第3行（李四）" in text and "未导入任何数据" in text


def test_undo_and_history(db_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = simple_roster(tmp_path / "名单.xlsx", [("张三", A)])
    batch = run(capsys, db_file, "members", "import", str(path))[1]["batch_id"]
    code, history, _ = run(capsys, db_file, "members", "import-history")
    assert code == 0 and history["batches"][0]["batch_id"] == batch
    assert history["batches"][0]["file"] == "名单.xlsx" and history["batches"][0]["undone_at"] is None
    code, undone, _ = run(capsys, db_file, "members", "import-undo", batch)
    assert code == 0 and undone == {"batch_id": batch, "removed": 1, "restored": 0}
    assert run(capsys, db_file, "members", "list")[1]["total"] == 0
    code, _, err = run(capsys, db_file, "members", "import-undo", batch)
    assert code == 1 and json.loads(err)["error"] == "conflict"
    code, _, err = run(capsys, db_file, "members", "import-undo", "99")
    assert code == 1 and json.loads(err)["error"] == "not_found"


def test_mapping_options(db_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = write_csv(tmp_path / "a.csv", [["名", "号码", "电话"], ["张三", A, "13800138000"]])
    code, _, err = run(capsys, db_file, "members", "import", str(path), "--dry-run")
    assert code == 1 and "没有找到" in json.loads(err)["message"]
    code, data, _ = run(capsys, db_file, "members", "import", str(path), "--map", "名=name", "--map", "号码=id_number",
                        "--map", "电话=", "--save-mapping", "人事部", "--dry-run")
    assert code == 0 and data["inserted"] == 1
    code, data, _ = run(capsys, db_file, "members", "import", str(path), "--mapping", "人事部")
    assert code == 0 and data["inserted"] == 1
    shown = run(capsys, db_file, "members", "show", A)[1]
    assert shown["phone"] == ""  # 电话 was mapped to nothing
    code, _, err = run(capsys, db_file, "members", "import", str(path), "--map", "名=nonsense")
    assert code == 1 and "未知的字段" in json.loads(err)["message"]


def test_export(db_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    run(capsys, db_file, "members", "import", str(simple_roster(tmp_path / "a.xlsx", [("张三", A), ("李四", B)])))
    out = tmp_path / "名册.xlsx"
    code, data, _ = run(capsys, db_file, "members", "export", str(out), "--status", "active", "--search", "zs")
    assert code == 0 and data == {"file": str(out.resolve()), "rows": 1, "masked_ids": False}
    rows = list(openpyxl.load_workbook(out).active.iter_rows(values_only=True))
    assert rows[3][1:5] == ("张三", "男", "汉族", A)
    code, data, _ = run(capsys, db_file, "members", "export", str(out), "--mask-ids")
    assert data["rows"] == 2 and data["masked_ids"] is True
    code, _, err = run(capsys, db_file, "members", "export", str(tmp_path / "a.pdf"))
    assert code == 1 and ".xlsx" in json.loads(err)["message"]


def test_entry_point_exit_status(db_file: Path, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "a.csv", [["姓名", "身份证号"], ["", A]])
    env = {**os.environ, "PYTHONIOENCODING": "utf-8"}
    proc = subprocess.run([sys.executable, "-m", "unionbook", "--db", str(db_file), "--json", "members", "import",
                           str(path)], capture_output=True, text=True, env=env, timeout=120)
    assert (proc.returncode, proc.stdout) == (1, "")
    assert json.loads(proc.stderr)["errors"][0]["row"] == 2


def test_a_csv_mixing_encodings_is_refused_with_the_choices_then_read_as_chosen(
        db_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "名单.csv"
    path.write_bytes(f"姓名,身份证号码\r\n张三,{A}\r\n".encode("gbk") + f"欧阳娜,{B}\r\n".encode())
    code, out, err = run(capsys, db_file, "members", "import", str(path))
    assert (code, out) == (1, "")
    error = json.loads(err)
    assert error["error"] == "mixed_encoding" and "--encoding" in error["message"]
    details = error["details"]
    # only the readings that get through every line (review item 8), the others with the line they fail on
    assert details["choices"] == ["auto-lines"] and details["lines"] == [3]
    assert details["unusable"] == {"gb18030": "第3行不是有效的 GBK/GB18030 文字", "utf-8": "第1行不是有效的 UTF-8 文字"}
    assert error["message"].endswith("命令行：加 --encoding auto-lines 重新导入。")
    assert details["samples"] == [{"line": 3, "utf-8": f"欧阳娜,{B}",
                                   "gb18030": f"欧阳娜,{B}".encode().decode("gb18030", errors="replace")}]
    code, data, _ = run(capsys, db_file, "members", "list")
    assert data["total"] == 0  # nothing stored before the choice
    code, data, err = run(capsys, db_file, "members", "import", str(path), "--encoding", "auto-lines")
    assert code == 0, err
    assert data["inserted"] == 2
    code, data, _ = run(capsys, db_file, "members", "list")
    assert sorted(m["name"] for m in data["members"]) == ["张三", "欧阳娜"]
    code, _, err = run(capsys, db_file, "members", "import", str(path), "--encoding", "latin-1")
    assert code == 2  # not one of the choices: a usage error


def test_entry_point_leaves_quickly_with_all_of_a_large_report(db_file: Path, tmp_path: Path) -> None:
    """`python -m unionbook` leaves with os._exit (no interpreter teardown): what it printed must still arrive
    whole through a pipe (a report far larger than the pipe's buffer), with the command's exit status, and the
    rows must be in the database."""
    rows = [["姓名", "身份证号", "性别"]] + [[f"张{n}", resident_id(f"{1970 + n // 400}0307", n % 400, male=True),
                                            "女"] for n in range(1, 1501)]
    path = write_csv(tmp_path / "big.csv", rows)
    env = {**os.environ, "PYTHONIOENCODING": "utf-8"}
    proc = subprocess.run([sys.executable, "-m", "unionbook", "--db", str(db_file), "--json", "members", "import",
                           str(path)], capture_output=True, text=True, env=env, timeout=120)
    assert proc.returncode == 0, proc.stderr
    assert len(proc.stdout) > 100_000  # characters, most of them three bytes: several times a pipe's 64 KB
    data = json.loads(proc.stdout)
    assert data["inserted"] == 1500 and len(data["warnings"]) == 1500
    proc = subprocess.run([sys.executable, "-m", "unionbook", "--db", str(db_file), "--json", "members", "list",
                           "--limit", "2000"], capture_output=True, text=True, env=env, timeout=120)
    assert proc.returncode == 0 and len(json.loads(proc.stdout)["members"]) == 1500
