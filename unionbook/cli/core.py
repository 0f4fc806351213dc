"""`init`, `demo`, `stats`, `backup`, `restore`, `union show`."""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path
from typing import Any

from unionbook import paths
from unionbook.cli import Context, Output
from unionbook.errors import UnionBookError, ValidationError


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

    p = sub.add_parser("stats", help="主要数字：会员、女职工、农民工、入会率")
    p.set_defaults(func=cmd_stats)

    p = sub.add_parser("backup", help="立即备份数据库")
    p.add_argument("--to", type=Path, help="备份到此文件夹（默认：数据库旁的 .backups 文件夹）")
    p.set_defaults(func=cmd_backup)

    p = sub.add_parser("restore", help="从备份文件恢复（先自动备份当前数据）")
    p.add_argument("file", type=Path, help="备份文件")
    p.set_defaults(func=cmd_restore)


def cmd_init(ctx: Context, args: argparse.Namespace) -> Output:
    from unionbook.services.union.profile import UnionInput, has_profile, save_profile

    data = UnionInput(name=args.name, uscc=args.uscc, kind=args.kind, parent_union=args.parent,
                      founding_date=args.founded, employees=args.employees)
    with ctx.database(create=True) as db:
        if has_profile(db):
            raise UnionBookError(f"数据库“{db.path}”已登记工会，不能重复初始化。")
        profile = save_profile(db, data, uscc_note=args.uscc_note)
        path = db.path
    if ctx.db_path is None:
        paths.remember_db_path(path)
    return Output({"db": str(path), "union": profile.to_json()}, f"已新建数据库：{path}\n工会：{profile.name}")


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
    return Output({"db": str(path), "members_created": args.members, "stats": figures.to_json()},
                  f"已生成演示工会“{figures.union_name}”：{args.members}名会员 → {path}")


def cmd_stats(ctx: Context, args: argparse.Namespace) -> Output:
    from unionbook.services.members.stats import key_figures

    with ctx.database() as db:
        f = key_figures(db)
    rate = f"{f.membership_rate:.1%}" if f.membership_rate is not None else "（未填职工人数）"
    text = "\n".join([
        f"工会：{f.union_name}",
        f"会员：{f.members}（在册 {f.members_active}，保留会籍 {f.members_kept}）",
        f"女职工会员：{f.women}    农民工会员：{f.migrant_workers}    八大群体：{f.group_members}",
        f"职工人数：{f.employees}    入会率：{rate}",
    ])
    return Output(f.to_json(), text)


def cmd_backup(ctx: Context, args: argparse.Namespace) -> Output:
    from unionbook.services.union.backups import backup_now

    with ctx.database() as db:
        path = backup_now(db, args.to)
    return Output({"backup": str(path)}, f"已备份到：{path}")


def cmd_restore(ctx: Context, args: argparse.Namespace) -> Output:
    from unionbook.services.union.backups import check_backup_file, restore

    check_backup_file(args.file)
    with ctx.database(create=True) as db:
        safety = restore(db, args.file)
    return Output({"restored_from": str(args.file), "previous_saved_as": str(safety)},
                  f"已从“{args.file}”恢复。恢复前的数据已另存为：{safety}")
