"""`unionbook home …`: the JSON contract of README.md, a refused score, a bad sheet explained with its lines."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import pytest

from unionbook.cli import main
from unionbook.services.union.profile import UnionInput, save_profile
from unionbook.store import Database


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    try:
        code = main(list(argv))
    except SystemExit as exc:
        code = int(exc.code or 0)
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def union_file(tmp_path: Path, empty_template: Path) -> Path:
    path = tmp_path / "union.sqlite"
    shutil.copyfile(empty_template, path)
    with Database.open(path) as db:
        save_profile(db, UnionInput(name="某公司工会", kind="enterprise", employees=100))
    return path


def ok(capsys: pytest.CaptureFixture[str], db: Path, *argv: str) -> dict[str, Any]:
    code, out, err = run(capsys, "--db", str(db), "--json", *argv)
    assert code == 0, err
    return dict(json.loads(out))


def test_home_journey_in_json(union_file: Path, capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    sheets = ok(capsys, union_file, "home", "sheets")["sheets"]
    city = next(s for s in sheets if s["name"] == "example-city-2026")
    assert (city["max_points"], city["items"]) == (100, 11)
    started = ok(capsys, union_file, "home", "assess", "--year", "2026", "--sheet", "example-city-2026")
    assert (started["year"], started["sheet"], len(started["items"])) == (2026, "example-city-2026", 11)
    proof = tmp_path / "拨缴凭证.png"
    proof.write_bytes(b"\x89PNG proof")
    scored = ok(capsys, union_file, "home", "score", "--year", "2026", "B1", "--points", "10", "--note", "足额",
                "--evidence", str(proof))
    assert (scored["points"], scored["evidence"][0]["file"]) == (10, "拨缴凭证.png")
    code, out, err = run(capsys, "--db", str(union_file), "--json", "home", "score", "--year", "2026", "C2",
                         "--points", "10.5")
    assert code == 1 and out == "" and "不在 0 到 10 之间" in json.loads(err)["message"]
    ok(capsys, union_file, "home", "survey", "--year", "2026", "--satisfied", "60", "--basic", "18",
       "--unsatisfied", "22")
    pdf = tmp_path / "自评.pdf"
    report = ok(capsys, union_file, "home", "report", "--year", "2026", "--out", str(pdf))
    assert pdf.read_bytes().startswith(b"%PDF")
    assert (report["total"], report["max"], report["grade"]) == (10, 100, None)
    assert report["mandatory_failed"] == ["A1", "D1"]
    assert report["survey"]["satisfied_share"] == 0.78
    assert report["why_not_next"] == ["还差 50 分（合格需 60 分）", "必备项 A1、D1 未达到"]
    b1 = next(i for i in report["items"] if i["code"] == "B1")
    assert {k: b1[k] for k in ("code", "points", "max", "mandatory", "auto", "figure")} == {
        "code": "B1", "points": 10, "max": 10, "mandatory": True, "auto": None, "figure": None}
    a2 = next(i for i in report["items"] if i["code"] == "A2")
    assert (a2["auto"], a2["points"], a2["figure"]) == ("membership_rate", 0, "职工入会率 0%（达标值 ≥ 95%）")
    form = tmp_path / "申报表.pdf"
    assert ok(capsys, union_file, "home", "application", "--year", "2026", "--out", str(form))["file"] == str(form)


def test_titles_add_list_withdraw(union_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    t = ok(capsys, union_file, "home", "titles", "add", "--title", "模范职工之家", "--level", "市", "--year", "2024",
           "--by", "某市总工会", "--doc", "某工发〔2024〕3号", "--review-due", "2027-01-10")
    assert (t["title"], t["review_due"], t["withdrawn_on"]) == ("模范职工之家", "2027-01-10", None)
    listed = ok(capsys, union_file, "home", "titles", "list")["titles"]
    assert [x["id"] for x in listed] == [t["id"]]
    gone = ok(capsys, union_file, "home", "titles", "withdraw", str(t["id"]), "--date", "2026-11-01",
              "--reason", "复查未通过")
    assert (gone["withdrawn_on"], gone["withdrawn_reason"]) == ("2026-11-01", "复查未通过")


def test_sheet_check_explains_each_mistake_with_its_line(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    bad = tmp_path / "bad.toml"
    bad.write_text('[sheet]\nname = "x"\ntitle = "某表"\nsource = "s"\ngrades = [ { name = "合格", min = 60 } ]\n'
                   'survey_floors = { "合格" = 1.5 }\n\n[[section]]\ntitle = "一"\n\n[[section.item]]\ncode = "A1"\n'
                   'title = "项"\npoints = 100\nauto = "magic"\n', encoding="utf-8")
    code, out, err = run(capsys, "--json", "home", "sheet", "check", str(bad))
    data = json.loads(err)  # a refusal: stdout empty, the error object on stderr (README, Errors)
    assert (code, out) == (1, "") and data["ok"] is False and data["error"] == "invalid_sheet"
    assert [(p["line"], p["message"].split("（")[0]) for p in data["problems"]] == [
        (6, "等级“合格”的满意率 1.5 不在 0 到 1 之间"), (15, "项目 A1 的“auto”值“magic”未知")]
    code, out, err = run(capsys, "home", "sheet", "check", str(bad))
    assert (code, out) == (1, "") and "第 6 行：" in err and "第 15 行：" in err
