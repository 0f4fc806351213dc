"""`ledger add|list|remove|close-year|budget|report|categories`: the union's books (收支账)."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from unionbook.cli import Context, Output
from unionbook.cli.core import _date
from unionbook.cli.jsonout import to_data


def register(sub: Any) -> None:
    ledger = sub.add_parser("ledger", help="收支账：记账、查账、预算、结账、收支明细账和年度收支情况表")
    lsub = ledger.add_subparsers(dest="ledger_command", metavar="SUBCOMMAND", required=True)

    p = lsub.add_parser("add", help="记一笔收入或支出（已结账年度的日期被拒绝）")
    p.add_argument("--date", type=_date, required=True, help="日期 YYYY-MM-DD")
    p.add_argument("--category", required=True, help="科目代码，如 expense.activities（见 ledger categories）")
    p.add_argument("--amount", required=True, help="金额（元）；调整分录可为负数")
    p.add_argument("--sub", default="", help="子目，如 节日慰问")
    p.add_argument("--counterparty", default="", help="对方单位或个人")
    p.add_argument("--voucher", default="", help="凭证号")
    p.add_argument("--memo", default="", help="摘要")
    p.add_argument("--people", type=int, default=1, help="慰问人数（用于核对人均标准）")
    p.add_argument("--corrects", type=int, help="调整分录：更正的是第几笔账")
    p.add_argument("--attach", type=Path, help="附上收据扫描件")
    p.set_defaults(func=cmd_add)

    p = lsub.add_parser("list", help="列出某年的账")
    p.add_argument("--year", type=int, required=True)
    p.set_defaults(func=cmd_list)

    p = lsub.add_parser("remove", help="删除一笔手工记的账（已结账年度不能删除）")
    p.add_argument("id", type=int)
    p.set_defaults(func=cmd_remove)

    p = lsub.add_parser("close-year", help="结账：该年的账从此不能增、改、删")
    p.add_argument("year", type=int)
    p.add_argument("--note", default="")
    p.set_defaults(func=cmd_close)

    p = lsub.add_parser("budget", help="设定某年某科目的预算")
    p.add_argument("--year", type=int, required=True)
    p.add_argument("--category", required=True)
    p.add_argument("--amount", required=True, help="预算金额（元）")
    p.set_defaults(func=cmd_budget)

    p = lsub.add_parser("report", help="年度收支情况表（预算与实际）或收支明细账：PDF 或 Excel")
    p.add_argument("--year", type=int, required=True)
    p.add_argument("--out", type=Path, required=True, help=".pdf 或 .xlsx（Excel 含两张表）")
    p.add_argument("--kind", choices=["summary", "detail"], default="summary", help="PDF：summary 收支情况表 / detail 收支明细账")
    p.set_defaults(func=cmd_report)

    p = lsub.add_parser("categories", help="收支科目及子目（来自规则集）")
    p.set_defaults(func=cmd_categories)


def cmd_add(ctx: Context, args: argparse.Namespace) -> Output:
    from unionbook.services.dues.ledger import add_entry

    with ctx.database() as db:
        e = add_entry(db, day=args.date, category=args.category, amount=args.amount, counterparty=args.counterparty,
                      voucher=args.voucher, memo=args.memo, sub=args.sub, corrects=args.corrects, people=args.people,
                      attachment=str(args.attach) if args.attach else "")
    d = to_data(e)
    return Output(d, f"已记第 {e.id} 笔：{d['date']} {e.category_label} {d['amount']} 元"
                     + (f"\n注意：{e.warning}" if e.warning else ""))


def cmd_list(ctx: Context, args: argparse.Namespace) -> Output:
    from unionbook.services.dues.ledger import list_entries

    with ctx.database() as db:
        rows = list_entries(db, args.year)
    lines = [f"{args.year}年共 {len(rows)} 笔"]
    lines += [f"  {e.id:>6} {e.date}  {'收' if e.kind == 'income' else '支'} {to_data(e)['amount']:>12}  "
              f"{e.category_label}{'—' + e.sub if e.sub else ''}  {e.memo or e.counterparty}" for e in rows[:1000]]
    return Output({"year": args.year, "entries": [to_data(e) for e in rows]}, "\n".join(lines))


def cmd_remove(ctx: Context, args: argparse.Namespace) -> Output:
    from unionbook.services.dues.ledger import remove_entry

    with ctx.database() as db:
        remove_entry(db, args.id)
    return Output({"id": args.id, "removed": True}, f"已删除第 {args.id} 笔账")


def cmd_close(ctx: Context, args: argparse.Namespace) -> Output:
    from unionbook.services.dues.ledger import close_year

    with ctx.database() as db:
        r = close_year(db, args.year, note=args.note)
    d = to_data(r)
    return Output(d, f"{r.year}年已结账：{r.entries} 笔，收入 {d['income']} 元，支出 {d['expense']} 元")


def cmd_budget(ctx: Context, args: argparse.Namespace) -> Output:
    from unionbook.services.dues.ledger import set_budget

    with ctx.database() as db:
        set_budget(db, args.year, args.category, args.amount)
    return Output({"year": args.year, "category": args.category, "amount": args.amount}, "预算已保存")


def cmd_report(ctx: Context, args: argparse.Namespace) -> Output:
    from unionbook.services.dues.papers import ledger_report

    with ctx.database() as db:
        path, report = ledger_report(db, args.year, args.out, kind=args.kind)
    d = to_data(report)
    d["path"] = str(path)
    return Output(d, f"{args.year}年：上年结余 {d['opening']}，收入 {d['income']}，支出 {d['expense']}，"
                     f"年末结余 {d['closing']}（元）\n已保存：{path}")


def cmd_categories(ctx: Context, args: argparse.Namespace) -> Output:
    from unionbook.services.dues.rules import dues_rules_for

    with ctx.database(read=True) as db:
        cats = dues_rules_for(db).categories
    data = {"categories": [{"code": c.code, "label": c.label, "kind": c.kind, "subs": list(c.subs), "source": c.source,
                            "confidence": c.confidence} for c in cats]}
    lines = [f"{c.code:<24}{c.label}" + (f"（{'、'.join(c.subs)}）" if c.subs else "") for c in cats]
    return Output(data, "\n".join(lines))
