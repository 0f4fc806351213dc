"""`dues`, `funds`, `ledger` on the command line: the JSON contract of the README, refusals exit 1 and write
nothing, the papers come out as PDFs a reader can read."""

from __future__ import annotations

import datetime as dt
import json
import shutil
import subprocess
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from dues_kit import add_people, make_id

from unionbook.cli import main
from unionbook.domain.dues import Month
from unionbook.store import Database


def run(capsys: pytest.CaptureFixture[str], db: Path, *argv: str) -> tuple[int, str, str]:
    try:
        code = main(["--db", str(db), "--json", *argv])
    except SystemExit as exc:
        code = int(exc.code or 0)
    out, err = capsys.readouterr()
    return code, out, err


def ok(capsys: pytest.CaptureFixture[str], db: Path, *argv: str) -> Any:
    code, out, err = run(capsys, db, *argv)
    assert code == 0, err
    return json.loads(out)


def refused(capsys: pytest.CaptureFixture[str], db: Path, *argv: str) -> dict[str, Any]:
    code, out, err = run(capsys, db, *argv)
    assert (code, out) == (1, ""), err
    return json.loads(err)


@pytest.fixture
def book(tmp_path: Path, empty_template: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    path = tmp_path / "dues.sqlite"
    shutil.copyfile(empty_template, path)
    ok(capsys, path, "init", "--name", "某某镇工会联合会", "--kind", "township")
    with Database.open(path) as db:
        add_people(db)
    return path


def pdf_text(path: Path) -> str:
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True).stdout


def test_calc_is_the_issue_example(book: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert ok(capsys, book, "dues", "calc", "--wage", "3085.50") == {"wage": "3085.50", "base": "3080.00", "dues": "15.40"}
    assert refused(capsys, book, "dues", "calc", "--wage", "3085.555")["error"] == "invalid"

    # review item 19: the problem names the field the user typed, "wage" (was "amount")
    for argv in (("dues", "calc", "--wage", "3085.555"), ("dues", "set-wage", "1", "--wage", "abc", "--from", "2026-01"),
                 ("dues", "set-wage", "1", "--wage", "0", "--from", "2026-01")):
        problems = refused(capsys, book, *argv)["problems"]
        assert [(p["field"], p["label"]) for p in problems] == [("wage", "工资")], argv


def test_wage_pay_and_refusals(book: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert ok(capsys, book, "dues", "set-wage", "1", "--wage", "4000", "--from", "2026-01") == {
        "member_id": 1, "wage": "4000.00", "from": "2026-01", "monthly_dues": "20.00"}
    paid = ok(capsys, book, "dues", "pay", "1", "--from", "2026-01", "--to", "2026-03", "--receipt", "No.8",
              "--date", "2026-04-02")
    assert paid == {"member_id": 1, "months": ["2026-01", "2026-02", "2026-03"], "amount": "60.00",
                    "paid_through": "2026-03"}
    again = refused(capsys, book, "dues", "pay", "1", "--from", "2026-03", "--to", "2026-04", "--date", "2026-04-02")
    assert "已经交过" in again["message"]
    assert "没有工资" in refused(capsys, book, "dues", "pay", "3", "--from", "2026-01", "--to", "2026-01")["message"]
    assert ok(capsys, book, "members", "show", "1")["dues_paid_through"] == "2026-03"
    assert ok(capsys, book, "members", "show", "2")["dues_paid_through"] is None
    entries = ok(capsys, book, "ledger", "list", "--year", "2026")["entries"]
    assert [(e["category"], e["amount"]) for e in entries] == [("income.dues", "60.00")]


def test_import_a_payroll_sheet(book: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    wb = openpyxl.Workbook()
    wb.active.append(["姓名", "身份证号", "基本工资"])
    wb.active.append(["张伟", make_id(1), 5234.5])
    wb.active.append(["王强", make_id(3), "三千"])
    path = tmp_path / "payroll.xlsx"
    wb.save(path)
    code, out, err = run(capsys, book, "dues", "import", str(path), "--month", "2026-01")
    data = json.loads(err)  # a refusal: stdout empty, the report inside the error object on stderr (README)
    assert code == 1 and out == ""
    assert set(data) == {"error", "message", "inserted", "updated", "unchanged", "batch_id", "errors", "warnings"}
    assert data["errors"][0]["row"] == 3 and data["inserted"] == 0
    assert data["error"] == "invalid"  # review item 7: as `members import` (README)
    done = ok(capsys, book, "dues", "import", str(path), "--month", "2026-01", "--skip-errors")
    assert (done["inserted"], done["batch_id"] is not None) == (1, True)
    assert ok(capsys, book, "dues", "show", "1")["monthly_dues"] == "26.15"


def test_post_arrears_and_the_reminder_list(book: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    for key in ("1", "3", "4"):
        ok(capsys, book, "dues", "set-wage", key, "--wage", "3000", "--from", "2026-01")
    posted = ok(capsys, book, "dues", "post", "--month", "2026-01", "--date", "2026-02-05")
    assert (posted["members"], posted["amount"], len(posted["skipped"])) == (3, "45.00", 1)  # 刘洋 has no wage
    again = ok(capsys, book, "dues", "post", "--month", "2026-01", "--date", "2026-02-05")
    assert (again["members"], again["amount"], again["already_posted"]) == (0, "0.00", 3)  # review item 18
    ahead = refused(capsys, book, "dues", "post", "--month", str(Month.of(dt.date.today()) + 1))
    assert ahead["error"] == "invalid" and "之后" in ahead["message"]  # review item 2
    out = tmp_path / "催缴.pdf"
    data = ok(capsys, book, "dues", "arrears", "--as-of", "2026-08", "--min-months", "7", "--out", str(out))
    assert {m["name"] for m in data["members"]} == {"张伟", "王强", "赵敏", "刘洋"}  # 李娜 joined in March: 6 months
    zhao = next(m for m in data["members"] if m["name"] == "赵敏")
    assert (zhao["months_unpaid"], zhao["owed"], zhao["paid_through"], zhao["lapse"]) == (7, "105.00", "2026-01", True)
    assert set(data) >= {"as_of", "members", "total_owed"} and data["as_of"] == "2026-08"
    text = pdf_text(out)
    assert "会费催缴名单" in text and "赵敏" in text and "连续欠费满六个月" in text


def test_funds_and_the_voucher(book: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    d = ok(capsys, book, "funds", "declare", "恒达物流有限公司", "--period", "2026-03", "--payroll", "123456.78")
    assert {k: d[k] for k in ("employer", "period", "payroll", "levy", "retained", "upper")} == {
        "employer": "恒达物流有限公司", "period": "2026-03", "payroll": "123456.78", "levy": "2469.14",
        "retained": "1481.49", "upper": "987.65"}
    ok(capsys, book, "funds", "receive", "恒达物流有限公司", "--period", "2026-03", "--date", "2026-04-10")
    ok(capsys, book, "funds", "remit", "恒达物流有限公司", "--period", "2026-03", "--amount", "900", "--date", "2026-04-11")
    s = ok(capsys, book, "funds", "summary", "--year", "2026")
    assert (s["received"], s["remitted"], s["outstanding"], s["to_remit"]) == ("2469.14", "900.00", "0.00", "87.65")
    out = tmp_path / "回单.pdf"
    ok(capsys, book, "funds", "voucher", "恒达物流有限公司", "--period", "2026-03", "--out", str(out))
    text = pdf_text(out)
    assert "贰仟肆佰陆拾玖元壹角肆分" in text and "1,481.49" in text


def test_the_voucher_prints_the_periods_own_figures(book: Path, tmp_path: Path,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    """Review item 3: the voucher printed the employer's year totals as the period's, a blank 上级分成, the rule
    engine's citations as 说明 and a stamp line that wrapped a lone character."""
    ok(capsys, book, "union", "edit", "--name", "银川市兴庆区掌政镇工会联合会")  # a long name, as in the review
    for period, payroll in (("2026-01", "83333.88"), ("2026-02", "50000.00")):
        ok(capsys, book, "funds", "declare", "恒达物流有限公司", "--period", period, "--payroll", payroll)
        ok(capsys, book, "funds", "receive", "恒达物流有限公司", "--period", period, "--date", "2026-03-10")
    ok(capsys, book, "funds", "remit", "恒达物流有限公司", "--period", "2026-02", "--date", "2026-03-11")
    out = tmp_path / "回单.pdf"
    ok(capsys, book, "funds", "voucher", "恒达物流有限公司", "--period", "2026-01", "--out", str(out))
    text = " ".join(pdf_text(out).split())
    assert "1,666.68 / 0.00" in text  # January's own: received 1,666.68, nothing remitted (February's 400.00 is not)
    assert "2,666.68" not in text and "400.00" not in text
    assert "按省级规定（本规则集未列分成表）" in text  # the national set has no split table
    assert "经费按工资总额的2%计提，基层工会留成60%、上级工会40%" in text
    assert "规则集" not in text.replace("本规则集未列分成表", "") and "第四十三条" not in text
    stamp = next(line for line in pdf_text(out).splitlines() if "收款工会（盖章）" in line)
    assert "银川市兴庆区掌政镇工会联合会" in stamp  # the union's name on the stamp line, not wrapped


def test_every_dues_paper_refuses_a_missing_folder(book: Path, tmp_path: Path,
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    """Review item 5: `funds voucher --out nodir/v.pdf` created the folder; README: refused, `invalid`."""
    ok(capsys, book, "funds", "declare", "恒达物流有限公司", "--period", "2026-01", "--payroll", "1000")
    ok(capsys, book, "ledger", "add", "--date", "2026-02-01", "--category", "income.other", "--amount", "1")
    missing = tmp_path / "nodir"
    for argv in (("funds", "voucher", "恒达物流有限公司", "--period", "2026-01", "--out", str(missing / "v.pdf")),
                 ("funds", "statement", "恒达物流有限公司", "--year", "2026", "--out", str(missing / "s.pdf")),
                 ("dues", "arrears", "--as-of", "2026-08", "--out", str(missing / "a.pdf")),
                 ("ledger", "report", "--year", "2026", "--out", str(missing / "r.pdf")),
                 ("ledger", "report", "--year", "2026", "--out", str(missing / "r.xlsx"))):
        err = refused(capsys, book, *argv)
        assert err["error"] == "invalid" and "nodir" in err["message"], argv
        assert not missing.exists(), argv


def test_ledger_close_year_refuses_later_entries(book: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    ok(capsys, book, "ledger", "add", "--date", "2025-06-01", "--category", "income.admin_subsidy", "--amount", "5000")
    ok(capsys, book, "ledger", "close-year", "2025")
    err = refused(capsys, book, "ledger", "add", "--date", "2025-12-01", "--category", "income.other", "--amount", "1")
    assert err["error"] == "conflict" and "已于" in err["message"] and "结账" in err["message"]
    assert len(ok(capsys, book, "ledger", "list", "--year", "2025")["entries"]) == 1
    ok(capsys, book, "ledger", "add", "--date", "2026-02-01", "--category", "expense.activities", "--amount", "1200.50",
       "--sub", "文体活动")
    pdf, xlsx = tmp_path / "收支情况表.pdf", tmp_path / "账.xlsx"
    r = ok(capsys, book, "ledger", "report", "--year", "2026", "--out", str(pdf))
    assert (r["opening"], r["expense"], r["closing"]) == ("5000.00", "1200.50", "3799.50")
    assert "2026年度工会经费收支情况表" in pdf_text(pdf)
    ok(capsys, book, "ledger", "report", "--year", "2026", "--out", str(xlsx))
    wb = openpyxl.load_workbook(xlsx)
    assert wb.sheetnames == ["收支情况表", "收支明细账"]
    assert any(row[0] == "职工活动支出" and str(row[2]) == "1200.5" for row in wb["收支情况表"].iter_rows(values_only=True))


def test_the_transfer_letter_reads_the_paid_through_month(book: Path, tmp_path: Path,
                                                          capsys: pytest.CaptureFixture[str]) -> None:
    ok(capsys, book, "dues", "set-wage", "1", "--wage", "3000", "--from", "2026-01")
    ok(capsys, book, "dues", "pay", "1", "--from", "2026-01", "--to", "2026-04", "--date", "2026-05-06")
    out = tmp_path / "letter.pdf"
    ok(capsys, book, "form", "render", "transfer_letter", "--member", "1", "--out", str(out),
       "--set", "transfer.to_union=贺兰县总工会")
    assert "会费交至2026年4月" in pdf_text(out).replace(" ", "").replace("\n", "")


def test_import_with_a_column_mapping(book: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A payroll sheet whose wage column has a header nobody could guess: `--map 列名=wage` says which it is,
    the JSON is the members import's, and `members import-undo` takes the batch back."""
    wb = openpyxl.Workbook()
    wb.active.append(["职工姓名", "证件号码", "本月实发数", "岗位津贴"])
    wb.active.append(["张伟", make_id(1), "4321.50", "800"])
    wb.active.append(["赵敏", make_id(4), "3000", "500"])
    path = tmp_path / "实发表.xlsx"
    wb.save(path)
    guessed = refused(capsys, book, "dues", "import", str(path), "--month", "2026-01")
    assert "工资" in guessed["message"] and "--map" in guessed["message"]
    unknown = refused(capsys, book, "dues", "import", str(path), "--month", "2026-01", "--map", "应发=wage")
    assert "应发" in unknown["message"] and "本月实发数" in unknown["message"]
    data = ok(capsys, book, "dues", "import", str(path), "--month", "2026-01", "--map", "本月实发数=wage",
              "--map", "证件号码=id_number", "--map", "岗位津贴=")
    assert set(data) == {"inserted", "updated", "unchanged", "batch_id", "errors", "warnings"}
    assert (data["inserted"], data["errors"]) == (2, [])
    assert ok(capsys, book, "dues", "show", "1")["wage"] == "4321.50"
    ok(capsys, book, "members", "import-undo", data["batch_id"])
    assert ok(capsys, book, "dues", "show", "1")["wage"] is None


def test_a_posting_after_skipped_months_says_who_still_owes_them(book: Path, capsys: pytest.CaptureFixture[str]
                                                                ) -> None:
    """Review 2 item 1: posting a later month says how many of those posted left earlier months unpaid, and
    `dues show` keeps 会费交至 before the first unpaid month."""
    ok(capsys, book, "dues", "set-wage", "4", "--wage", "3000", "--from", "2026-01")  # 赵敏
    ok(capsys, book, "dues", "post", "--month", "2026-01", "--date", "2026-02-05")
    posted = ok(capsys, book, "dues", "post", "--month", "2026-05", "--date", "2026-06-05")
    assert (posted["members"], posted["with_gaps"]) == (1, 1)
    assert ok(capsys, book, "dues", "show", "4")["paid_through"] == "2026-01"
    code, out, _err = run_text(capsys, book, "dues", "post", "--month", "2026-06", "--date", "2026-07-05")
    assert code == 0 and "其中 1 人此前有欠费月份未交" in out


def run_text(capsys: pytest.CaptureFixture[str], db: Path, *argv: str) -> tuple[int, str, str]:
    try:
        code = main(["--db", str(db), *argv])
    except SystemExit as exc:
        code = int(exc.code or 0)
    out, err = capsys.readouterr()
    return code, out, err
