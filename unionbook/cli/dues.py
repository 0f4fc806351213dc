"""`dues calc|set-wage|pay|post|import|arrears|show|persuade|employer|settings` (the funds and ledger groups
are cli/funds.py and cli/ledger.py). Amounts are typed in yuan ("3085.50"); JSON amounts are strings with two
decimals (README, "会费、经费与收支账")."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from unionbook.cli import EXIT_REFUSED, Context, Output
from unionbook.cli.column_map import column_map
from unionbook.cli.core import _date
from unionbook.cli.jsonout import to_data


def _month(value: str) -> str:
    from unionbook.domain.dues import Month

    try:
        return str(Month.parse(value))
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def register(sub: Any) -> None:
    dues = sub.add_parser("dues", help="会费：工资、交费、按单位记录代扣、欠费与自动退会提示")
    dsub = dues.add_subparsers(dest="dues_command", metavar="SUBCOMMAND", required=True)

    p = dsub.add_parser("calc", help="按工资计算月会费（工资尾数不足十元不计，0.5%%）")
    p.add_argument("--wage", required=True, help="月工资（元），如 3085.50")
    p.set_defaults(func=cmd_calc)

    p = dsub.add_parser("set-wage", help="设定一名会员自某月起的月工资")
    p.add_argument("key", help="会员编号、会员证号或身份证号")
    p.add_argument("--wage", required=True, help="月工资（元）")
    p.add_argument("--from", dest="from_month", required=True, type=_month, help="自哪个月起 YYYY-MM")
    p.set_defaults(func=cmd_set_wage)

    p = dsub.add_parser("pay", help="会员交若干个月的会费（现金，可记收据号）")
    p.add_argument("key", help="会员编号、会员证号或身份证号")
    p.add_argument("--from", dest="from_month", required=True, type=_month, help="起始月份 YYYY-MM")
    p.add_argument("--to", dest="to_month", required=True, type=_month, help="截止月份 YYYY-MM")
    p.add_argument("--receipt", default="", help="收据号")
    p.add_argument("--date", type=_date, help="收款日期，默认今天")
    p.set_defaults(func=cmd_pay)

    p = dsub.add_parser("post", help="按单位记录某月工资代扣的会费（一个单位或全部单位）")
    p.add_argument("--month", required=True, type=_month, help="月份 YYYY-MM")
    p.add_argument("--employer", help="单位名称或编号（不给则全部单位）")
    p.add_argument("--date", type=_date, help="入账日期，默认今天")
    p.set_defaults(func=cmd_post)

    p = dsub.add_parser("import", help="从单位工资表导入工资（先检查；一次导入为一个可撤销的批次）")
    p.add_argument("file", type=Path, help="工资表（.xlsx/.xls/.csv）：姓名或身份证号，以及工资")
    p.add_argument("--month", required=True, type=_month, help="工资自哪个月起适用 YYYY-MM")
    p.add_argument("--sheet", help="工作表名称（默认第一个）")
    p.add_argument("--dry-run", action="store_true", help="只检查并报告，不写入")
    p.add_argument("--skip-errors", action="store_true", help="跳过有错误的行，导入其余各行")
    p.add_argument("--map", action="append", default=[], metavar="列名=字段",
                   help="指定某列对应的字段（id_number、name、wage），如 本月实发数=wage；字段留空表示不导入该列。可重复")
    p.set_defaults(func=cmd_import)

    p = dsub.add_parser("arrears", help="欠费名单（含连续欠费六个月的自动退会提示）；--out 打印催缴名单")
    p.add_argument("--as-of", type=_month, help="截至月份 YYYY-MM，默认上个月")
    p.add_argument("--min-months", type=int, default=1, help="至少欠几个月，默认1")
    p.add_argument("--employer", help="只看一个单位")
    p.add_argument("--out", type=Path, help="把催缴名单存为 PDF")
    p.set_defaults(func=cmd_arrears)

    p = dsub.add_parser("show", help="一名会员的工资、月会费、交至月份和交费记录")
    p.add_argument("key")
    p.set_defaults(func=cmd_show)

    p = dsub.add_parser("persuade", help="记录对欠费会员的教育谈话（不改变会籍状态）")
    p.add_argument("key")
    p.add_argument("--by", required=True, help="谈话人")
    p.add_argument("--date", type=_date, help="日期，默认今天")
    p.add_argument("--note", default="", help="谈话内容")
    p.set_defaults(func=cmd_persuade)

    p = dsub.add_parser("employer", help="单位的会费基数口径与经费设置")
    p.add_argument("employer", help="单位名称或编号")
    p.add_argument("--kind", choices=["enterprise", "organ", "institution"], help="企业 / 机关 / 事业单位")
    p.add_argument("--components", help="计缴基数包括的工资项目，用顿号或逗号分隔")
    p.add_argument("--has-union", action=argparse.BooleanOptionalAction, default=None,
                   help="已建工会（未建会的单位缴建会筹备金）")
    p.add_argument("--collection", choices=["direct", "tax_upper", "tax_all"],
                   help="经费收缴方式：单位直接拨缴 / 税务代收上级部分 / 税务全额代收后返还")
    p.add_argument("--small-micro", action=argparse.BooleanOptionalAction, default=None, help="小微企业")
    p.set_defaults(func=cmd_employer)

    p = dsub.add_parser("settings", help="会费账从哪个月开始、省级分成与慰问标准")
    p.add_argument("--start", type=_month, help="会费账的第一个月 YYYY-MM")
    p.set_defaults(func=cmd_settings)


def _rules_if_any(ctx: Context) -> Any:
    """The union's rules in force when a union's database is at hand; else None (the national set)."""
    from unionbook.errors import UnionBookError
    from unionbook.services.dues.rules import dues_rules_for

    try:
        with ctx.database(read=True) as db:
            return dues_rules_for(db)
    except (UnionBookError, OSError):
        return None


def cmd_calc(ctx: Context, args: argparse.Namespace) -> Output:
    from unionbook.services.dues.dues import calc

    r = calc(args.wage, _rules_if_any(ctx))
    d = to_data(r)
    return Output(d, f"月工资 {d['wage']} 元，计缴基数 {d['base']} 元，月会费 {d['dues']} 元")


def cmd_set_wage(ctx: Context, args: argparse.Namespace) -> Output:
    from unionbook.services.dues.dues import set_wage

    with ctx.database() as db:
        r = set_wage(db, args.key, args.wage, args.from_month)
    d = to_data(r)
    return Output(d, f"会员 {r.member_id} 自{r.from_month.label}起月工资 {d['wage']} 元，月会费 {d['monthly_dues']} 元")


def cmd_pay(ctx: Context, args: argparse.Namespace) -> Output:
    from unionbook.services.dues.dues import pay

    with ctx.database() as db:
        r = pay(db, args.key, args.from_month, args.to_month, receipt=args.receipt, day=args.date)
    d = to_data(r)
    return Output(d, f"{r.name}交会费 {d['amount']} 元（{len(r.months)}个月），会费交至{r.paid_through.label if r.paid_through else '-'}")


def cmd_post(ctx: Context, args: argparse.Namespace) -> Output:
    from unionbook.services.dues.dues import post_month

    with ctx.database() as db:
        r = post_month(db, args.month, employer=args.employer, day=args.date)
    d = to_data(r)
    lines = [f"{r.month.label}代扣会费：{r.employers}个单位，{r.members}人，{d['amount']} 元"]
    if r.with_gaps:
        lines.append(f"  其中 {r.with_gaps} 人此前有欠费月份未交（会费交至停在第一个未交月份之前，见 dues arrears）")
    if r.already_posted:
        lines.append(f"  已记录过：{r.already_posted}人本月会费此前已记录，未重复记录")
    lines += [f"  未记录：{name}（编号 {i}）{why}" for i, name, why in r.skipped[:50]]
    return Output(d, "\n".join(lines))


def cmd_import(ctx: Context, args: argparse.Namespace) -> Output:
    from unionbook.services.dues import payroll

    mapping = column_map(args.map, payroll.FIELD_CHOICES, of="工资表")
    with ctx.database() as db:
        plan = payroll.preview(db, args.file, args.month, sheet=args.sheet, mapping=mapping or None)
        refused = bool(plan.error_rows) and not args.skip_errors
        if args.dry_run or refused:
            data = to_data(plan)
            if refused:
                data["inserted"] = data["updated"] = data["unchanged"] = 0
            batch = None
        else:
            result = payroll.commit(db, plan, skip_errors=args.skip_errors)
            data, batch = to_data(result), result.batch_id
    lines = [f"“{plan.file_name}”：读到 {plan.rows_read} 行；新设工资 {len(plan.new)} 人，工资有变 {len(plan.changed)} 人，"
             f"未变 {len(plan.unchanged_rows)} 人，有错误 {len(plan.error_rows)} 行。"]
    lines += [f"  {'错误' if p.severity == 'error' else '提示'}  {p.text()}" for p in plan.problems[:200]]
    if refused:
        lines.append("有错误，未导入任何工资。请修正后重新导入，或加 --skip-errors 只导入没有错误的行。")
    elif args.dry_run:
        lines.append("（试运行，未写入）")
    elif batch:
        lines.append(f"已导入（批次 {batch}；可用 unionbook members import-undo {batch} 撤销）。")
    if refused:  # a refusal like any other (README "Errors"): "invalid", as `members import`
        data = {"error": "invalid", "message": f"“{plan.file_name}”{lines[-1]}", **data}
    return Output(data, "\n".join(lines), EXIT_REFUSED if refused else 0)


def cmd_arrears(ctx: Context, args: argparse.Namespace) -> Output:
    from unionbook.services.dues.arrears import arrears
    from unionbook.services.dues.common import find_employer

    with ctx.database() as db:
        employer_id = None
        if args.employer:
            with db.read() as s:
                employer_id = find_employer(s, args.employer).id
        report = arrears(db, as_of=args.as_of, min_months=args.min_months, employer_id=employer_id)
        data = to_data(report)
        if args.out:
            from unionbook.services.dues.papers import reminder_list

            data["path"] = str(reminder_list(db, report, args.out))
    lines = [f"截至{report.as_of.label}，欠费 {len(report.members)} 人，合计 {data['total_owed']} 元；"
             f"连续欠费提示 {data['lapse_count']} 人"]
    for a in report.members[:500]:
        flag = "【连续欠费满6个月，请教育谈话】" if a.lapse else ""
        lines.append(f"  {a.member_id:>6} {a.name:<6} {a.employer}  欠 {len(a.months)} 个月 {to_data(a)['owed']} 元"
                     f"  交至 {a.paid_through or '-'} {flag}")
    if args.out:
        lines.append(f"催缴名单：{data['path']}")
    return Output(data, "\n".join(lines))


def cmd_show(ctx: Context, args: argparse.Namespace) -> Output:
    from unionbook.services.dues.dues import member_dues

    with ctx.database() as db:
        r = member_dues(db, args.key)
    d = to_data(r)
    lines = [f"{r.name}（编号 {r.member_id}）月工资 {d['wage'] or '未设'} 元，月会费 {d['monthly_dues'] or '-'} 元，"
             f"会费交至 {d['paid_through'] or '-'}"]
    lines += [f"  {p['month']}  {p['dues']} 元  {p['paid_on']}  {p['method']} {p['receipt']}" for p in d["payments"][:24]]
    return Output(d, "\n".join(lines))


def cmd_persuade(ctx: Context, args: argparse.Namespace) -> Output:
    import datetime as dt

    from unionbook.services.dues.arrears import record_persuasion

    with ctx.database() as db:
        r = record_persuasion(db, args.key, day=args.date or dt.date.today(), by_whom=args.by, note=args.note)
    return Output(to_data(r), f"已记录 {r.date} {r.by_whom} 的教育谈话（会籍状态未改变）")


def cmd_employer(ctx: Context, args: argparse.Namespace) -> Output:
    from unionbook.services.dues.funds import set_employer

    components = None
    if args.components:
        components = [c.strip() for c in args.components.replace("，", ",").replace("、", ",").split(",") if c.strip()]
    with ctx.database() as db:
        d = set_employer(db, args.employer, kind=args.kind, components=components, has_union=args.has_union,
                         collection=args.collection, small_micro=args.small_micro)
    return Output(d, f"{d['employer']}：{d['kind']}，计缴基数：{'、'.join(d['components']) or '-'}，"
                     f"{'已建会' if d['has_union'] else '未建会（建会筹备金）'}，收缴方式 {d['collection']}"
                     + ("，小微企业" if d["small_micro"] else ""))


def cmd_settings(ctx: Context, args: argparse.Namespace) -> Output:
    from unionbook.services.dues.settings import dues_settings

    with ctx.database() as db:
        d = dues_settings(db, start=args.start)
    return Output(d, f"会费账自 {d['start_month'] or '（尚未开始）'} 起；分成与慰问标准按规则集：{d['rule_set_title']}"
                     f"（{d['rule_set']}，用 unionbook rules use 更换）")
