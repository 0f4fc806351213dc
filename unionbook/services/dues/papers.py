"""The dues area's papers through the documents engine (templates in forms/dues/, a union's own copy in
`<data folder>/forms/dues/` wins): the remittance voucher, an employer's statement, the reminder list, the
收支明细账 and the annual 收支情况表 — and the year's books as .xlsx (both tables, one sheet each).

Table rows bind as `member.*` (the engine's row namespace) with the fields in ROW_FIELDS; the header values
bind as `dues.*` (declared in the area's entry in unionbook/areas.py).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import asdict
from decimal import Decimal
from fractions import Fraction
from pathlib import Path
from typing import Any

from unionbook import paths
from unionbook.documents import FIELDS, FormData, Template, load_template, render
from unionbook.domain.dues import Month, Period
from unionbook.domain.dues_money import amount_in_words, format_yuan, to_decimal
from unionbook.errors import StoreError, ValidationError
from unionbook.partfiles import output_part
from unionbook.services.dues import funds
from unionbook.services.dues.arrears import ArrearsReport
from unionbook.services.dues.report import YearReport, detail_rows, year_report
from unionbook.services.dues.rules import dues_rules_for
from unionbook.services.union.profile import get_profile
from unionbook.store import Database
from unionbook.store.models import DuesEmployer

FOLDER = "dues"
ROW_FIELDS = {
    "name": "姓名", "employer": "工作单位", "months": "欠费月份", "count": "月数", "owed": "欠费金额",
    "paid_through": "会费交至", "flag": "提示", "date": "日期", "voucher": "凭证号", "category": "科目",
    "memo": "摘要", "income": "收入", "expense": "支出", "balance": "余额", "label": "项目", "budget": "预算数",
    "over": "超预算数", "actual": "实际数", "ratio": "完成预算", "what": "摘要", "levy": "应拨", "received": "实收",
}


def template_path(name: str) -> Path:
    local = paths.data_dir() / "forms" / FOLDER / f"{name}.toml"
    return local if local.is_file() else paths.forms_dir() / FOLDER / f"{name}.toml"


def load_paper(name: str) -> Template:
    return load_template(template_path(name), extra_fields={"member": {**FIELDS["member"], **ROW_FIELDS}})


def _union(db: Database) -> dict[str, Any]:
    union = get_profile(db)
    return {**asdict(union), "founding_date": union.founding_date, "kind": union.kind_label}


def _render(db: Database, name: str, out: Path, values: Mapping[str, Any], rows: Sequence[Mapping[str, Any]] = (),
            today: dt.date | None = None) -> Path:
    out = paths.check_output_file(out).resolve()  # a missing folder is refused, never created (README)
    if out.suffix.lower() != ".pdf":
        raise ValidationError(f"输出文件应为 .pdf：{out.name}")
    render(load_paper(name), FormData(union=_union(db), members=rows, values={"dues": dict(values)},
                                      today=today or dt.date.today()), out)
    return out


NO_SPLIT = "按省级规定（本规则集未列分成表）"


def remittance_voucher(db: Database, employer: str | int, period: str, out: Path) -> Path:
    d = funds.declaration(db, employer, period)
    moved = funds.moved(db, d.id)  # this period's own figures, not the employer's year
    rules = dues_rules_for(db)
    levels = funds.LEVEL_LABELS
    with db.read() as s:
        setting = s.get(DuesEmployer, d.employer_id)
        collection = funds.COLLECTIONS[setting.collection if setting else "direct"]
    rate = rules.preparatory_rate if d.preparatory else rules.levy_rate
    values = {
        "number": f"经{d.period.replace('-', '')}-{d.id:04d}", "employer": d.employer,
        "period": Period.parse(d.period).label + ("（建会筹备金）" if d.preparatory else ""),
        "payroll": format_yuan(d.payroll_fen), "levy": format_yuan(d.levy_fen), "levy_rate": _pct(rate),
        "levy_words": amount_in_words(d.levy_fen), "retained": format_yuan(d.retained_fen),
        "upper": format_yuan(d.upper_fen),
        "upper_parts": "；".join(f"{levels.get(k, k)} {format_yuan(v)}" for k, v in d.upper_parts.items()) or NO_SPLIT,
        "received": format_yuan(moved.get("received", 0)), "remitted": format_yuan(moved.get("remitted", 0)),
        "collection": collection, "rule_note": _voucher_note(d, rate, rules.grassroots_share,
                                                             rules["funds.remainder_to"]),
    }
    return _render(db, "remittance_voucher", out, values)


def _pct(f: Fraction) -> str:
    value = f * 100
    return f"{value.numerator}%" if value.denominator == 1 else f"{float(value):g}%"


def _voucher_note(d: funds.Declaration, rate: Fraction, share: Fraction, remainder_to: object) -> str:
    """The voucher's 说明 in plain words for the employer's accountant (the rule set's citations stay in the
    declaration's `rule_note`, shown by `funds declare`)."""
    note = (f"经费按工资总额的{_pct(rate)}计提，基层工会留成{_pct(share)}、上级工会{_pct(1 - share)}；"
            f"不足一分的尾差归{'基层工会' if remainder_to == 'retained' else '上级工会'}。")
    if d.refund_policy:
        note += f"可按“{d.refund_policy}”申请返还上级部分。"
    return note


def employer_statement(db: Database, employer: str | int, year: int, out: Path) -> Path:
    name, rows = funds.statement_rows(db, employer, year)
    balance = 0
    lines = []
    for r in rows:
        balance += r["levy"] - r["received"]
        lines.append({"date": r["date"], "what": r["what"], "levy": format_yuan(r["levy"]) if r["levy"] else "",
                      "received": format_yuan(r["received"]) if r["received"] else "", "balance": format_yuan(balance)})
    return _render(db, "employer_statement", out, {"year": year, "employer": name}, lines)


def month_ranges(items: Sequence[Month]) -> str:
    """Months as runs: 2026.04—2026.10、2026.12 (a reminder list reads better than seven months in a row)."""
    runs: list[list[Month]] = []
    for m in sorted(items):
        if runs and m - runs[-1][-1] == 1:
            runs[-1].append(m)
        else:
            runs.append([m])

    def dot(m: Month) -> str:
        return f"{m.year}.{m.month:02d}"

    return "、".join(dot(r[0]) if len(r) == 1 else f"{dot(r[0])}—{dot(r[-1])}" for r in runs)


def reminder_list(db: Database, report: ArrearsReport, out: Path) -> Path:
    rows = []
    for a in report.members:
        text = month_ranges(a.months)
        flag = "连续欠费满六个月，请教育谈话" if a.lapse else ""
        if a.persuasions:
            flag += f"（已谈话{a.persuasions}次，{a.last_persuasion}）"
        rows.append({"name": a.name, "employer": a.employer, "months": text, "count": len(a.months),
                     "owed": format_yuan(a.owed_fen) + ("*" if a.no_wage else ""),
                     "paid_through": str(a.paid_through) if a.paid_through else "—", "flag": flag})
    values = {"as_of": report.as_of.label, "count": len(report.members), "total": format_yuan(report.total_owed_fen),
              "lapse_count": sum(1 for a in report.members if a.lapse)}
    return _render(db, "reminder_list", out, values, rows)


def _summary_rows(r: YearReport) -> list[dict[str, Any]]:
    def ratio(line_actual: int, budget: int | None) -> str:
        if not budget:
            return ""
        return f"{(Decimal(line_actual) * 100 / Decimal(budget)).quantize(Decimal('0.1'))}%"

    def over(fen: int) -> str:  # 超预算数: only spending over its budget is marked (report.ReportLine)
        return format_yuan(fen) if fen else ""

    rows: list[dict[str, Any]] = [{"label": "一、上年结余", "budget": "", "actual": format_yuan(r.opening_fen), "ratio": "",
                                   "over": ""}]
    for kind, title, total in (("income", "二、本年收入", r.income_fen), ("expense", "三、本年支出", r.expense_fen)):
        lines = [x for x in r.lines if x.kind == kind]
        budget_total = sum(x.budget_fen or 0 for x in lines)
        # the total row's 超预算数 stays blank: beside 预算数 and 实际数 it would read as their difference, which
        # it is not (an overrun on one line may be offset by savings on another)
        rows.append({"label": title, "budget": format_yuan(budget_total) if budget_total else "",
                     "actual": format_yuan(total), "ratio": ratio(total, budget_total), "over": ""})
        for x in lines:  # a budget of 0 is shown: spending against it is all over budget
            rows.append({"label": f"　　{x.label}", "budget": format_yuan(x.budget_fen) if x.budget_fen is not None else "",
                         "actual": format_yuan(x.actual_fen), "ratio": ratio(x.actual_fen, x.budget_fen),
                         "over": over(x.over_budget_fen)})
    rows.append({"label": "四、年末结余", "budget": "", "actual": format_yuan(r.closing_fen), "ratio": "", "over": ""})
    return rows


def ledger_report(db: Database, year: int, out: Path, *, kind: str = "summary") -> tuple[Path, YearReport]:
    out = paths.check_output_file(out).resolve()
    report = year_report(db, year)
    if out.suffix.lower() == ".xlsx":
        return _xlsx(db, year, report, out), report
    values = {"year": year, "opening": format_yuan(report.opening_fen), "income": format_yuan(report.income_fen),
              "expense": format_yuan(report.expense_fen), "closing": format_yuan(report.closing_fen),
              "status": (f"本年度已于{report.closed_on.isoformat()}结账。" if report.closed_on else "本年度尚未结账，数字可能变动。")
              + f"共 {report.entries} 笔。科目依据《基层工会经费收支管理办法》（2017）。"}
    if kind == "detail":
        _opening, rows = detail_rows(db, year)
        lines = [{"date": r.date, "voucher": r.voucher, "category": r.label, "memo": r.memo,
                  "income": format_yuan(r.income_fen) if r.income_fen else "",
                  "expense": format_yuan(r.expense_fen) if r.expense_fen else "",
                  "balance": format_yuan(r.balance_fen)} for r in rows]
        return _render(db, "ledger_detail", out, values, lines), report
    return _render(db, "ledger_summary", out, values, _summary_rows(report)), report


def _xlsx(db: Database, year: int, report: YearReport, out: Path) -> Path:
    from openpyxl import Workbook
    from openpyxl.styles import Font

    union = _union(db)["name"]
    wb = Workbook()
    ws = wb.active
    ws.title = "收支情况表"
    ws.append([f"{union} {year}年度工会经费收支情况表（单位：元）"])
    ws["A1"].font = Font(bold=True, size=14)
    ws.append(["项目", "预算数", "实际数", "完成预算", "超预算数"])
    for row in _summary_rows(report):
        ws.append([row["label"].strip("　"), _num(row["budget"]), _num(row["actual"]), row["ratio"], _num(row["over"])])
    detail = wb.create_sheet("收支明细账")
    detail.append([f"{union} {year}年收支明细账（单位：元）"])
    detail["A1"].font = Font(bold=True, size=14)
    detail.append(["编号", "日期", "凭证号", "科目", "摘要", "收入", "支出", "余额"])
    _opening, rows = detail_rows(db, year)
    for r in rows:
        detail.append([r.id, r.date, r.voucher, r.label, r.memo, to_decimal(r.income_fen) if r.income_fen else None,
                       to_decimal(r.expense_fen) if r.expense_fen else None, to_decimal(r.balance_fen)])
    for sheet, widths in ((ws, (30, 16, 16, 12)), (detail, (8, 12, 12, 24, 40, 14, 14, 14))):
        for i, w in enumerate(widths):
            sheet.column_dimensions[chr(65 + i)].width = w
    for row in detail.iter_rows(min_row=3, min_col=2, max_col=2):
        row[0].number_format = "yyyy-mm-dd"
    try:
        with output_part(out) as part:
            wb.save(part)
    except OSError as exc:
        raise StoreError(f"无法保存“{out}”：{exc.strerror}") from exc
    return out


def _num(text: str) -> Decimal | None:
    return Decimal(text.replace(",", "")) if text else None
