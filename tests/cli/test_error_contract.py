"""The one error rule (README, "Errors"): exit 0 → the result on stdout; exit 1 or 2 → stdout empty and one JSON
object on stderr whose `error` is a documented code."""

from __future__ import annotations

import importlib
import json
import pkgutil
import re
from pathlib import Path

import pytest
from cli_support import Cli
from pypdf import PdfReader

import unionbook
from unionbook.errors import UnionBookError

README = Path(unionbook.__file__).resolve().parents[1] / "README.md"


def _documented_codes() -> set[str]:
    text = README.read_text(encoding="utf-8")
    section = text[text.index("### Errors"):]
    section = section[:section.index("\n### ", 5)]
    section = section[section.index("The codes"):]  # the codes table, not the table of keys above it
    first_cells = re.findall(r"^\| (`[^|]*`) \|", section, flags=re.M)  # the code column of each row
    return {code for cell in first_cells for code in re.findall(r"`([a-z_]+)`", cell)}


def _error_classes() -> list[type[UnionBookError]]:
    for info in pkgutil.walk_packages(unionbook.__path__, "unionbook."):
        if not info.name.startswith(("unionbook.ui", "unionbook.__main__", "unionbook.store.migrations")):
            importlib.import_module(info.name)
    out, todo = [], [UnionBookError]
    while todo:
        cls = todo.pop()
        out.append(cls)
        todo += cls.__subclasses__()
    return out


def test_every_error_code_is_documented() -> None:
    documented = _documented_codes()
    assert {"invalid", "not_found", "conflict", "usage", "unexpected"} <= documented
    codes = {cls.code for cls in _error_classes() if cls.__module__.startswith("unionbook")}
    assert "import_file" in codes  # the walk does find the codes defined outside errors.py
    assert codes - documented == set()


def test_the_documentation_check_can_fail() -> None:
    assert "no_such_code" not in _documented_codes()


def test_a_refused_import_follows_the_rule(cli: Cli, tmp_path: Path) -> None:
    path = tmp_path / "bad.csv"
    path.write_text("姓名,身份证号\n,11010519491231002X\n", encoding="utf-8")
    err = cli.refused("members", "import", str(path))
    assert err["error"] == "invalid" and err["batch_id"] is None and err["errors"][0]["row"] == 2


def test_an_unreadable_import_file_is_import_file(cli: Cli, tmp_path: Path) -> None:
    path = tmp_path / "a.xlsx"
    path.write_bytes(b"not a workbook")
    assert cli.refused("members", "import", str(path))["error"] == "import_file"


def test_init_twice_is_a_conflict(cli: Cli) -> None:
    err = cli.refused("init", "--name", "另一个工会")
    assert err["error"] == "conflict" and "union edit" in err["message"]


def test_a_missing_backup_file_is_not_found(cli: Cli, tmp_path: Path) -> None:
    err = cli.refused("restore", str(tmp_path / "none.sqlite"))
    assert err["error"] == "not_found" and "none.sqlite" in err["message"]


def test_usage_errors_are_json_on_stderr_with_exit_2(cli: Cli) -> None:
    code, out, err = cli.run("meeting", "check-in")
    assert (code, out) == (2, "") and json.loads(err)["error"] == "usage"


def test_a_cancel_is_json_too(cli: Cli, monkeypatch: pytest.MonkeyPatch) -> None:
    import unionbook.cli.core as core

    def interrupted(*args: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(core, "cmd_stats", interrupted)  # the parser is built per call: it takes this one
    code, out, err = cli.run("stats")
    assert (code, out) == (1, "") and json.loads(err)["error"] == "cancelled"


def test_set_takes_several_values_as_the_readme_writes_it(cli: Cli, tmp_path: Path) -> None:
    out = tmp_path / "notice.pdf"
    data = cli.ok("form", "render", "notice", "--out", str(out), "--set", "meeting.title=二〇二六年会员大会",
                  "meeting.place=职工之家二楼", "meeting.date=2026-12-01", "--date", "2026-11-20")
    assert data["pages"] >= 1
    text = "".join(p.extract_text() for p in PdfReader(out).pages).replace(" ", "").replace("\n", "")
    assert "二〇二六年会员大会" in text and "职工之家二楼" in text
    # repeating --set still works
    again = tmp_path / "again.pdf"
    cli.ok("form", "render", "notice", "--out", str(again), "--set", "meeting.title=甲会", "--set",
           "meeting.place=乙楼", "--set", "meeting.date=2026-12-01")
    text = "".join(p.extract_text() for p in PdfReader(again).pages).replace(" ", "").replace("\n", "")
    assert "甲会" in text and "乙楼" in text
