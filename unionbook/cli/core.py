"""`init`, `demo`, `stats`, `backup`, `restore`, `union show`."""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path
from typing import Any

from unionbook import paths
from unionbook.cli import Context, Output
from unionbook.errors import ConflictError, ValidationError


def _date(value: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"日期应写作 YYYY-MM-DD，实际为“{value}”") from None


def register(sub: Any) -> None:
    p = sub.add_parser("init", help="新建数据库并登记工会信息")
    p.add_argument("--name", required=True, help="工会名称")
    p.add_argument("--uscc", default="", help="统一社会信用代码（基层工会以81开头）")
    p.add_argument("--uscc-note", default="", help="代码未通过校验但确认无误时的说明")
    p.add_argument("--kind", choices=["enterprise", "joint", "township"], default="enterprise",
                   help="enterprise 企业工会 / joint 联合基层工会 / township 乡镇（街道）工会")
    p.add_argument("--parent", default="", help="上级工会")
    p.add_argument("--founded", type=_date, help="成立日期 YYYY-MM-DD")
    p.add_argument("--employees", type=int, default=0, help="职工人数")
    p.set_defaults(func=cmd_init)

    p = sub.add_parser("demo", help="在空数据库中生成演示工会")
    p.add_argument("--members", type=int, default=2000, help="会员人数（默认2000）")
    p.add_argument("--seed", type=int, default=1, help="随机种子：同一种子生成相同数据")
    p.set_defaults(func=cmd_demo)

    p = sub.add_parser("stats", help="主要数字：职工、会员、女职工、农民工、入会率、组建率；给出期间时加上会员增减变动")
    p.add_argument("--from", dest="start", type=_date, help="统计期间开始日期 YYYY-MM-DD（与 --to 同用）")
    p.add_argument("--to", dest="end", type=_date, help="统计期间结束日期 YYYY-MM-DD")
    p.set_defaults(func=cmd_stats)

    p = sub.add_parser("employer", help="单位：职工人数、女职工、农民工、是否已建会")
    esub = p.add_subparsers(dest="employer_command", required=True)
    q = esub.add_parser("set", help="修改一个单位的职工人数等")
    q.add_argument("key", help="单位编号或全称")
    q.add_argument("--employees", type=int, help="职工人数")
    q.add_argument("--women", type=int, help="女职工人数")
    q.add_argument("--migrant", type=int, help="农民工人数")
    q.add_argument("--unionised", choices=["yes", "no"], help="是否已建立工会（组建率）")
    q.set_defaults(func=cmd_employer_set)

    p = sub.add_parser("backup", help="立即备份数据库")
    p.add_argument("--to", type=Path, help="备份到此文件夹（默认：数据库旁的 .backups 文件夹）")
    p.set_defaults(func=cmd_backup)

    p = sub.add_parser("check", help="完整检查数据库文件是否损坏（打开时只做快速检查）")
    p.set_defaults(func=cmd_check)

    p = sub.add_parser("restore", help="从备份文件恢复（先自动备份当前数据）")
    p.add_argument("file", type=Path, help="备份文件")
    p.set_defaults(func=cmd_restore)


def cmd_init(ctx: Context, args: argparse.Namespace) -> Output:
    from unionbook.services.union.profile import UnionInput, has_profile, save_profile

    data = UnionInput(name=args.name, uscc=args.uscc, kind=args.kind, parent_union=args.parent,
                      founding_date=args.founded, employees=args.employees)
    with ctx.database(create=True) as db:
        if has_profile(db):
            raise ConflictError(f"数据库“{db.path}”已登记工会，不能重复初始化（修改工会信息用 union edit）。")
        try:
            profile = save_profile(db, data, uscc_note=args.uscc_note)
        except ValidationError as exc:
            if exc.details.get("overridable_with") == "uscc_note":
                exc.message += "。如确认代码无误，请用 --uscc-note 写明理由后重试。"
            raise
        path = db.path
    if ctx.db_path is None:
        paths.remember_db_path(path)
    return Output({"db": str(path), "union": profile}, f"已新建数据库：{path}\n工会：{profile.name}")


def cmd_demo(ctx: Context, args: argparse.Namespace) -> Output:
    from unionbook.services.members.stats import key_figures
    from unionbook.services.union.demo import build_demo

    if args.members > 1_000_000:
        raise ValidationError("演示会员人数最多为1,000,000")

    def progress(done: int, total: int) -> None:
        ctx.info(f"已生成 {done}/{total} 名会员")

    with ctx.database(create=True) as db:
        build_demo(db, members=args.members, seed=args.seed, progress=progress)
        figures = key_figures(db)
        path = db.path
    return Output({"db": str(path), "members_created": args.members, "stats": figures},
                  f"已生成演示工会“{figures.union_name}”：{args.members}名会员 → {path}")


def cmd_stats(ctx: Context, args: argparse.Namespace) -> Output:
    from unionbook.services.members.stats import key_figures

    if (args.start is None) != (args.end is None):
        raise ValidationError("统计期间须同时给出 --from 和 --to")
    period = (args.start, args.end) if args.start else None
    # without a period the figures read through sqlite3 alone: the light read path (store/reader.py)
    with ctx.database(read=True, light=period is None) as db:
        f = key_figures(db, period=period)

    def pct(value: float | None) -> str:
        return f"{value:.1%}" if value is not None else "—"

    lines = [
        f"工会：{f.union_name}",
        f"会员：{f.members}（在册 {f.members_active}，保留会籍 {f.members_kept}）",
        f"职工：{f.employees}（女职工 {f.female_employees}，农民工 {f.migrant_employees}）",
        f"入会率：{pct(f.membership_rate)}    女职工入会率：{pct(f.female_membership_rate)}    "
        f"农民工入会率：{pct(f.migrant_membership_rate)}",
        f"女会员：{f.female_members}    农民工会员：{f.migrant_members}    八大群体：{f.group_members}    "
        f"新就业形态：{f.new_forms}",
        f"单位：{f.employers}（已建会 {f.employers_unionised}，组建率 {pct(f.unionisation_rate)}）",
    ]
    if f.movement is not None:
        m = f.movement
        lines.append(f"{m['start']} 至 {m['end']}：期初 {m['opening']}，新入会 {m['joined']}，转入 {m['transferred_in']}，"
                     f"转出 {m['transferred_out']}，退会 {m['left']}，视为退会 {m['lapsed']}，开除 {m['expelled']}，"
                     f"死亡注销 {m['died']}，期末 {m['closing']}")
    lines += [f"注意：{p['message']}" for p in f.problems] + [f"提示：{n}" for n in f.notes]
    return Output(f, "\n".join(lines))


def cmd_employer_set(ctx: Context, args: argparse.Namespace) -> Output:
    from unionbook.services.union.employers import EmployerCounts, set_employer_counts

    counts = EmployerCounts(args.employees, args.women, args.migrant,
                            None if args.unionised is None else args.unionised == "yes")
    with ctx.database() as db:
        changed = set_employer_counts(db, args.key, counts)
    return Output({"changed": changed}, "已修改：" + ("、".join(changed) or "（无变化）"))


def cmd_backup(ctx: Context, args: argparse.Namespace) -> Output:
    from unionbook.services.union.backups import backup_now

    with ctx.database(read=True) as db:
        path = backup_now(db, args.to)
    return Output({"backup": str(path)}, f"已备份到：{path}")


def cmd_check(ctx: Context, args: argparse.Namespace) -> Output:
    from unionbook.store.integrity import DamagedError

    with ctx.database() as db:
        if db.damaged:
            raise db.read_only_error()
        found = db.check(full=True)
        path = db.path
    if found:
        raise DamagedError(f"数据库文件“{path}”的完整检查发现问题：{found}。请从备份恢复。", details={"problem": found})
    return Output({"db": str(path), "ok": True}, f"数据库文件“{path}”完好。")


def cmd_restore(ctx: Context, args: argparse.Namespace) -> Output:
    from unionbook.services.union.backups import check_backup_file, restore

    check_backup_file(args.file)
    with ctx.database(create=True) as db:
        safety = restore(db, args.file)
    return Output({"restored_from": str(args.file), "previous_saved_as": str(safety)},
                  f"已从“{args.file}”恢复。恢复前的数据已另存为：{safety}")
