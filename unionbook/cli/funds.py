"""`funds declare|receive|refund|remit|summary|voucher|statement`: the 2 % union funds and their split."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from unionbook.cli import Context, Output
from unionbook.cli.core import _date
from unionbook.cli.jsonout import to_data


def register(sub: Any) -> None:
    funds = sub.add_parser("funds", help="工会经费：申报工资总额、应拨经费与分成、收到/返还/上缴、汇总、回单")
    fsub = funds.add_subparsers(dest="funds_command", metavar="SUBCOMMAND", required=True)

    p = fsub.add_parser("declare", help="申报单位某月或某季的工资总额，计算应拨经费（2%%）及基层、上级分成")
    p.add_argument("employer", help="单位名称或编号")
    p.add_argument("--period", required=True, help="期间：YYYY-MM（月）或 YYYY-Qn（季度）")
    p.add_argument("--payroll", required=True, help="全部职工工资总额（元）")
    p.add_argument("--date", type=_date, help="申报日期，默认今天")
    p.set_defaults(func=cmd_declare)

    for kind, text in (("receive", "收到单位拨缴（或税务返还）的经费"), ("refund", "上级经费返还（小微企业等）"),
                       ("remit", "上缴上级经费")):
        p = fsub.add_parser(kind, help=text + "，记入收支账")
        p.add_argument("employer", help="单位名称或编号")
        p.add_argument("--period", required=True, help="期间：YYYY-MM 或 YYYY-Qn")
        p.add_argument("--amount", help="金额（元）；不给则为尚未" + {"receive": "收到", "refund": "返还", "remit": "上缴"}[kind] + "的全部")
        p.add_argument("--date", type=_date, help="日期，默认今天")
        p.add_argument("--voucher", default="", help="凭证号")
        p.add_argument("--note", default="", help="备注")
        p.set_defaults(func=cmd_move, kind={"receive": "received", "refund": "refunded", "remit": "remitted"}[kind])

    p = fsub.add_parser("summary", help="某年经费汇总（按单位）")
    p.add_argument("--year", type=int, required=True)
    p.add_argument("--employer", help="只看一个单位")
    p.set_defaults(func=cmd_summary)

    p = fsub.add_parser("voucher", help="打印经费拨缴回单（PDF）")
    p.add_argument("employer")
    p.add_argument("--period", required=True)
    p.add_argument("--out", type=Path, required=True, help="PDF 文件")
    p.set_defaults(func=cmd_voucher)

    p = fsub.add_parser("statement", help="打印单位某年的经费对账单（PDF）")
    p.add_argument("employer")
    p.add_argument("--year", type=int, required=True)
    p.add_argument("--out", type=Path, required=True, help="PDF 文件")
    p.set_defaults(func=cmd_statement)


def cmd_declare(ctx: Context, args: argparse.Namespace) -> Output:
    from unionbook.services.dues.funds import declare

    with ctx.database() as db:
        d = declare(db, args.employer, args.period, args.payroll, day=args.date)
    data = to_data(d)
    out = {k: data[k] for k in ("employer", "period", "payroll", "levy", "retained", "upper")}
    out.update({k: data[k] for k in ("id", "upper_parts", "preparatory", "rule_note", "refund_policy")})
    return Output(out, f"{d.employer} {d.period}：工资总额 {data['payroll']} 元，应拨经费 {data['levy']} 元"
                       f"（基层留成 {data['retained']} 元，上级 {data['upper']} 元）\n{d.rule_note}"
                       + (f"\n可按“{d.refund_policy}”申请返还上级部分。" if d.refund_policy else ""))


def cmd_move(ctx: Context, args: argparse.Namespace) -> Output:
    from unionbook.services.dues.funds import KINDS, move

    with ctx.database() as db:
        r = move(db, args.kind, args.employer, args.period, args.amount, day=args.date, voucher=args.voucher,
                 note=args.note)
    d = to_data(r)
    return Output(d, f"{d['employer']} {d['period']} 经费{KINDS[r.kind]} {d['amount']} 元，已记入收支账")


def cmd_summary(ctx: Context, args: argparse.Namespace) -> Output:
    from unionbook.services.dues.funds import summary

    with ctx.database() as db:
        r = summary(db, args.year, employer=args.employer)
    d = to_data(r)
    lines = [f"{args.year}年经费：应拨 {d['levy']}，基层留成 {d['retained']}，上级 {d['upper']}，已收 {d['received']}，"
             f"返还 {d['refunded']}，已上缴 {d['remitted']}，未收 {d['outstanding']}，待上缴 {d['to_remit']}（元）"]
    lines += [f"  {x['employer']}：应拨 {x['levy']}，已收 {x['received']}，未收 {x['outstanding']}" for x in d["by_employer"]]
    return Output(d, "\n".join(lines))


def cmd_voucher(ctx: Context, args: argparse.Namespace) -> Output:
    from unionbook.services.dues.papers import remittance_voucher

    with ctx.database() as db:
        path = remittance_voucher(db, args.employer, args.period, args.out)
    return Output({"path": str(path)}, f"经费拨缴回单：{path}")


def cmd_statement(ctx: Context, args: argparse.Namespace) -> Output:
    from unionbook.services.dues.papers import employer_statement

    with ctx.database() as db:
        path = employer_statement(db, args.employer, args.year, args.out)
    return Output({"path": str(path)}, f"经费对账单：{path}")
