"""The command line, mostly in-process through `unionbook.cli.main(argv)`; a few real subprocess runs check the
entry point, exit codes and that stdout is one JSON document."""

from __future__ import annotations

import json
import os
import re
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from unionbook.cli import main

ZHANG_ID = "11010519491231002X"
LI_ID = "440304199003070018"


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
    return json.loads(out)


def refused(capsys: pytest.CaptureFixture[str], db: Path, *argv: str) -> dict[str, Any]:
    code, out, err = run(capsys, "--db", str(db), "--json", *argv)
    assert code == 1, (out, err)
    assert out == ""
    return json.loads(err)


@pytest.fixture
def union_file(tmp_path: Path, capsys: pytest.CaptureFixture[str], empty_template: Path) -> Path:
    path = tmp_path / "cli.sqlite"
    shutil.copyfile(empty_template, path)  # an empty database at HEAD, as `init` would create it, only faster
    data = ok(capsys, path, "init", "--name", "某某有限公司工会委员会", "--kind", "enterprise", "--employees", "200",
              "--founded", "2012-04-01", "--parent", "某区总工会")
    assert data["db"] == str(path.resolve())
    assert data["union"]["name"] == "某某有限公司工会委员会"
    assert data["union"]["founding_date"] == "2012-04-01"
    return path


# ---- init ----

def test_init_refuses_a_second_time(union_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    err = refused(capsys, union_file, "init", "--name", "另一个工会")
    assert "已登记工会" in err["message"]
    assert ok(capsys, union_file, "stats")["union_name"] == "某某有限公司工会委员会"


def test_init_uscc_failing_its_check_needs_a_note(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "u.sqlite"
    err = refused(capsys, path, "init", "--name", "某工会", "--uscc", "91350100M000100Y43")
    assert err["error"] == "invalid"
    assert err["problems"][0]["field"] == "uscc" and err["problems"][0]["severity"] == "warning"
    assert "--uscc-note" in err["message"]
    data = ok(capsys, path, "init", "--name", "某工会", "--uscc", "91350100M000100Y43", "--uscc-note", "上级核发")
    assert data["union"]["uscc"] == "91350100M000100Y43" and data["union"]["uscc_note"] == "上级核发"


def test_init_without_db_uses_the_user_folder_and_remembers_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    home = tmp_path / "home"
    monkeypatch.setenv("UNIONBOOK_HOME", str(home))
    code, out, err = run(capsys, "--json", "init", "--name", "默认位置工会")
    assert code == 0, err
    assert Path(json.loads(out)["db"]) == (home / "unionbook.sqlite").resolve()
    settings = json.loads((home / "settings.json").read_text(encoding="utf-8"))
    assert Path(settings["last_db"]).resolve() == (home / "unionbook.sqlite").resolve()
    # the next command without --db finds the same file
    code, out, err = run(capsys, "--json", "stats")
    assert code == 0, err
    assert json.loads(out)["union_name"] == "默认位置工会"


def test_unionbook_db_environment_variable(union_file: Path, capsys: pytest.CaptureFixture[str],
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("UNIONBOOK_DB", str(union_file))
    code, out, _ = run(capsys, "--json", "stats")
    assert code == 0 and json.loads(out)["employees"] == 200


# ---- members ----

def test_members_add_show_edit_set_status_history(union_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    added = ok(capsys, union_file, "members", "add", "--name", "张三", "--id-number", ZHANG_ID.lower(),
               "--gender", "男", "--phone", "138-0013-8000", "--employer", "恒达物流有限公司", "--card", "C001",
               "--join-date", "2015-03-01", "--migrant", "--group", "快递员")
    mid = added["id"]
    assert added["member"]["id_number"] == "110105********002X"  # masked in the add answer too
    assert [w["field"] for w in added["warnings"]] == ["gender"]
    assert added["member"]["gender"] == "女"

    shown = ok(capsys, union_file, "members", "show", "C001")
    assert shown["id"] == mid and shown["id_number"] == ZHANG_ID  # the whole ID
    assert shown["phone"] == "13800138000" and shown["migrant_worker"] is True and shown["group"] == "快递员"
    assert [e["event"] for e in shown["history"]] == ["join"]

    edited = ok(capsys, union_file, "members", "edit", str(mid), "--phone", "13900139000", "--no-migrant")
    assert set(edited["changed"]) == {"联系电话", "农民工"}
    assert edited["member"]["phone"] == "13900139000" and edited["member"]["migrant_worker"] is False
    assert ok(capsys, union_file, "members", "edit", str(mid))["changed"] == []

    kept = ok(capsys, union_file, "members", "set-status", ZHANG_ID, "keep", "--date", "2020-01-01",
              "--reason", "退休", "--doc", "工字〔2020〕1号")
    assert (kept["from_status"], kept["status"], kept["event"]) == ("active", "kept", "keep")

    err = refused(capsys, union_file, "members", "set-status", str(mid), "withdraw", "--date", "2021-01-01",
                  "--reason", "未交会费")
    assert err["error"] == "conflict" and "保留会籍" in err["message"] and "张三" in err["message"]

    history = ok(capsys, union_file, "members", "history", "C001")
    assert [(e["event"], e["from_status"], e["to_status"]) for e in history["history"]] == [
        ("join", None, "active"), ("keep", "active", "kept")]
    assert history["history"][1]["doc_ref"] == "工字〔2020〕1号"

    code, out, err = run(capsys, "--db", str(union_file), "members", "show", "C001")
    assert code == 0 and ZHANG_ID in out and "保留会籍" in out and "会籍记录" in out


def test_members_add_refusals_are_json_on_stderr(union_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    err = refused(capsys, union_file, "members", "add", "--name", "错号", "--id-number", "110105194912310021")
    assert err["error"] == "invalid"
    assert err["problems"] == [{"field": "id_number", "label": "身份证号", "message": err["problems"][0]["message"],
                                "severity": "error"}]
    assert "校验位" in err["message"]
    ok(capsys, union_file, "members", "add", "--name", "张三", "--id-number", ZHANG_ID, "--card", "C001")
    err = refused(capsys, union_file, "members", "add", "--name", "张三三", "--id-number", ZHANG_ID)
    assert err["error"] == "conflict" and "张三" in err["message"] and err["details"]["field"] == "id_number"
    err = refused(capsys, union_file, "members", "add", "--name", "李四", "--id-number", LI_ID, "--card", "C001")
    assert err["error"] == "conflict" and "C001" in err["message"]
    assert ok(capsys, union_file, "members", "list")["total"] == 1
    # without --json the refusal is Chinese text on stderr
    code, out, errtext = run(capsys, "--db", str(union_file), "members", "show", "nobody")
    assert (code, out) == (1, "") and errtext.startswith("错误：找不到会员")


def test_members_list_json(demo_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = ok(capsys, demo_path, "members", "list", "--all")
    assert data["total"] == 300 and len(data["members"]) == 300
    first = data["members"][0]
    for key in ("id", "name", "gender", "id_number", "birth_date", "phone", "employer", "status", "card_number",
                "join_date", "group", "migrant_worker"):
        assert key in first
    assert all("********" in m["id_number"] and len(m["id_number"]) == 18 for m in data["members"])

    page = ok(capsys, demo_path, "members", "list", "--all", "--limit", "7", "--offset", "5")
    assert page["total"] == 300
    assert [m["id"] for m in page["members"]] == [m["id"] for m in data["members"][5:12]]

    kept = ok(capsys, demo_path, "members", "list", "--status", "kept", "--status", "left")
    assert kept["total"] == len(kept["members"]) > 0
    assert {m["status"] for m in kept["members"]} <= {"kept", "left"}

    women = ok(capsys, demo_path, "members", "list", "--flag", "women", "--flag", "migrant", "--sort", "birth_date",
               "--desc")
    births = [m["birth_date"] for m in women["members"]]
    assert births == sorted(births, reverse=True)
    assert all(m["gender"] == "女" and m["migrant_worker"] for m in women["members"])

    target = data["members"][42]
    found = ok(capsys, demo_path, "members", "list", "--all", "--search", target["card_number"])
    assert [m["id"] for m in found["members"]] == [target["id"]]


def test_members_list_text(demo_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "--db", str(demo_path), "members", "list", "--all", "--limit", "3")
    assert code == 0
    lines = out.splitlines()
    assert lines[0] == "共 300 名会员，显示 3 名" and len(lines) == 4
    assert all("********" in line for line in lines[1:])


def test_members_list_defaults_to_the_members_on_the_books_as_the_window_does(
    demo_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The roster page opens on 现有会员 (在册 + 保留会籍); `members list` with no filter lists the same people."""
    stats = ok(capsys, demo_path, "stats")
    default = ok(capsys, demo_path, "members", "list")
    assert stats["former_members"] > 0  # else the default could not differ from --all
    assert default["total"] == stats["members"] == stats["members_active"] + stats["members_kept"]
    assert {m["status"] for m in default["members"]} == {"active", "kept"}
    everyone = ok(capsys, demo_path, "members", "list", "--all")
    assert everyone["total"] == stats["members"] + stats["former_members"]
    assert refused(capsys, demo_path, "members", "list", "--all", "--status", "left")["error"] == "invalid"


# ---- stats, backup, restore ----

def test_stats_json(demo_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = ok(capsys, demo_path, "stats")
    for key in ("members", "women", "migrant_workers", "employees", "membership_rate"):
        assert key in data
    assert isinstance(data["members"], int) and data["members"] > 0
    assert 0 < data["membership_rate"] <= 1
    code, out, _ = run(capsys, "--db", str(demo_path), "stats")
    assert code == 0 and "入会率" in out and "会员" in out


def test_backup_and_restore(demo_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "bk").mkdir()  # --to names an existing folder (a missing one is refused: test_arguments.py)
    backup = Path(ok(capsys, demo_path, "backup", "--to", str(tmp_path / "bk"))["backup"])
    assert backup.parent == tmp_path / "bk" and backup.exists()
    ok(capsys, demo_path, "members", "add", "--name", "后来者", "--id-number", ZHANG_ID)
    assert ok(capsys, demo_path, "stats")["members"] > 0
    total = ok(capsys, demo_path, "members", "list", "--all", "--limit", "1")["total"]
    assert total == 301
    restored = ok(capsys, demo_path, "restore", str(backup))
    assert Path(restored["previous_saved_as"]).exists()
    assert ok(capsys, demo_path, "members", "list", "--all", "--limit", "1")["total"] == 300
    # a foreign file is refused and nothing changes
    foreign = tmp_path / "foreign.sqlite"
    conn = sqlite3.connect(foreign)
    conn.execute("CREATE TABLE t (x)")
    conn.commit()
    conn.close()
    err = refused(capsys, demo_path, "restore", str(foreign))
    assert "不是 UnionBook 的备份文件" in err["message"]
    assert ok(capsys, demo_path, "members", "list", "--all", "--limit", "1")["total"] == 300
    # the default backup folder sits beside the database
    default = Path(ok(capsys, demo_path, "backup")["backup"])
    assert default.parent == demo_path.with_name("demo.backups")


def test_demo_command(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "d.sqlite"
    code, out, err = run(capsys, "--db", str(path), "--json", "demo", "--members", "40", "--seed", "5")
    assert code == 0, err
    data = json.loads(out)
    assert data["members_created"] == 40 and data["stats"]["members"] + data["stats"]["former_members"] == 40
    assert err == ""  # with --json, progress is not printed
    err_json = refused(capsys, path, "demo", "--members", "10")
    assert "已有工会或会员" in err_json["message"]


# ---- refusals and usage errors ----

def test_missing_database_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    err = refused(capsys, tmp_path / "none.sqlite", "stats")
    assert err["error"] == "not_found" and "找不到数据库文件" in err["message"]
    assert not (tmp_path / "none.sqlite").exists()


def test_database_without_profile(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from unionbook.store import Database

    Database.open(tmp_path / "empty.sqlite", create=True).close()
    err = refused(capsys, tmp_path / "empty.sqlite", "stats")
    assert "unionbook init" in err["message"]


@pytest.mark.parametrize("argv", [
    ["members", "list", "--status", "bogus"],
    ["members", "add", "--name", "缺身份证号"],
    ["members", "set-status", "1", "join"],
    ["init"],
    ["members"],
    ["members", "list", "--limit", "many"],
    ["nonsense"],
])
def test_usage_errors_exit_2(union_file: Path, capsys: pytest.CaptureFixture[str], argv: list[str]) -> None:
    code, out, err = run(capsys, "--db", str(union_file), "--json", *argv)
    assert code == 2 and out == ""
    data = json.loads(err)  # stderr is exactly one JSON document
    assert data["error"] == "usage" and data["message"].startswith("用法错误")
    code, out, err = run(capsys, "--db", str(union_file), *argv)
    assert code == 2 and "用法错误" in err and "用法：" in err


def test_no_command_prints_help_and_exits_2(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "--json")
    assert code == 2 and out == "" and "COMMAND" in err


# ---- real processes ----

def _proc(*argv: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "unionbook", *argv], capture_output=True, text=True, timeout=120,
                          env={**os.environ, "PYTHONIOENCODING": "utf-8", **(env or {})})


@pytest.mark.slow  # 3-13 s: a demo union built in a subprocess
def test_subprocess_demo_list_stats(tmp_path: Path) -> None:
    path = str(tmp_path / "p.sqlite")
    proc = _proc("--db", path, "demo", "--members", "30", "--seed", "2")
    assert proc.returncode == 0, proc.stderr
    assert "已生成演示工会" in proc.stdout and "已生成 30/30 名会员" in proc.stderr
    proc = _proc("--db", path, "--json", "members", "list", "--all", "--limit", "5", "--sort", "id")
    assert proc.returncode == 0, proc.stderr
    data = json.loads(proc.stdout)
    assert data["total"] == 30 and [m["id"] for m in data["members"]] == [1, 2, 3, 4, 5]
    assert all("********" in m["id_number"] for m in data["members"])
    proc = _proc("--db", path, "--json", "stats")
    assert proc.returncode == 0, proc.stderr
    stats = json.loads(proc.stdout)
    assert {"members", "women", "migrant_workers", "employees", "membership_rate"} <= set(stats)


def test_subprocess_usage_error(tmp_path: Path) -> None:
    """Exit 1 from a real process is checked by tests/store/test_lock.py (a locked file)."""
    path = str(tmp_path / "none.sqlite")
    proc = _proc("--db", path, "--json", "members", "list", "--status", "bogus")
    assert proc.returncode == 2 and proc.stdout == ""
    assert json.loads(proc.stderr)["error"] == "usage"


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "--version")
    assert code == 0 and out.startswith("UnionBook ")


def test_unexpected_errors_are_one_json_document_and_exit_1(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    import unionbook.cli.core as core

    def broken(ctx, args):  # type: ignore[no-untyped-def]
        raise RuntimeError("boom")

    monkeypatch.setattr(core, "cmd_stats", broken)
    code, out, err = run(capsys, "--db", str(tmp_path / "x.sqlite"), "--json", "stats")
    assert code == 1 and out == ""
    data = json.loads(err)
    assert data["error"] == "unexpected" and "boom" in data["message"] and "意外错误" in data["message"]
    code, out, err = run(capsys, "--db", str(tmp_path / "x.sqlite"), "stats")
    assert code == 1 and err.startswith("错误：发生意外错误")


def test_a_reader_that_stops_early_gets_no_traceback(demo_path: Path) -> None:
    """`unionbook --json members list | head` : the pipe closes early; no Python traceback on stderr."""
    proc = subprocess.Popen([sys.executable, "-m", "unionbook", "--db", str(demo_path), "--json", "members", "list"],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert proc.stdout is not None and proc.stderr is not None
    proc.stdout.readline()
    proc.stdout.close()  # 300 members of JSON do not fit in a pipe buffer: the writer meets a closed pipe
    err = proc.stderr.read().decode()
    proc.wait(timeout=60)
    assert "Traceback" not in err and "BrokenPipe" not in err


def test_leaving_with_books_out_is_said_in_warnings(union_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    member = ok(capsys, union_file, "members", "add", "--name", "赵六", "--id-number", "110105198604040046")["id"]
    added = ok(capsys, union_file, "library", "add", "--isbn", "9787020002207", "--title", "红楼梦", "--copies", "1")
    barcode = added["copies"][0]["barcode"]
    lent = ok(capsys, union_file, "library", "lend", barcode, str(member))  # today: not overdue
    left = ok(capsys, union_file, "members", "set-status", str(member), "transfer_out", "--reason", "调动",
              "--other-union", "某区总工会")
    assert left["status"] == "transferred_out"
    assert left["warnings"] == [{"field": "books_on_loan",
                                 "message": f"该会员还有 1 本书未归还职工书屋：《红楼梦》（{barcode}，应还 {lent['due']}）。"
                                            "请先收回图书，或在转接函中注明。"}]
    kept = ok(capsys, union_file, "members", "add", "--name", "钱七", "--id-number", "110105198705050059")["id"]
    assert ok(capsys, union_file, "members", "set-status", str(kept), "keep", "--reason", "退休")["warnings"] == []


@pytest.mark.parametrize("argv", [
    ("members", "export", "{blocker}/名册.xlsx"),
    ("form", "render", "roster", "--all", "--out", "{blocker}/名册.pdf"),
])
def test_os_errors_are_told_in_chinese(demo_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                       argv: tuple[str, ...]) -> None:
    blocker = tmp_path / "not-a-folder.txt"
    blocker.write_text("x", encoding="utf-8")
    err = refused(capsys, demo_path, *(a.format(blocker=blocker) for a in argv))
    message = err["message"]
    assert not re.search(r"[A-Za-z]{4,} [a-z]{2,}", message.replace(str(tmp_path), "")), message
