"""`form list|render|check`: the standard forms as PDF files."""

from __future__ import annotations

import argparse
import datetime as dt
import time
from pathlib import Path
from typing import Any

from unionbook.cli import Context, Output
from unionbook.cli.core import _date
from unionbook.errors import UnionBookError
from unionbook.paths import check_output_file

SOURCES = {"none": "无需选择会员", "member": "每名会员一份", "members": "会员名单"}


def register(sub: Any) -> None:
    form = sub.add_parser("form", help="打印表单（PDF）：登记表、花名册、介绍信、签到表、会员证等")
    fsub = form.add_subparsers(dest="form_command", metavar="SUBCOMMAND", required=True)

    p = fsub.add_parser("list", help="列出可用的表单")
    p.set_defaults(func=cmd_list)

    p = fsub.add_parser("render", help="生成表单PDF")
    p.add_argument("name", help="表单名称（见 form list），或模板文件路径（*.toml）")
    p.add_argument("--member", action="extend", nargs="+", default=[], metavar="ID",
                   help="会员编号（members list --json 中的 id）或会员证号，可给多个")
    p.add_argument("--all", action="store_true", help="全部在册会员（含保留会籍）")
    p.add_argument("--out", type=Path, required=True, help="输出的PDF文件")
    p.add_argument("--set", action="extend", nargs="+", default=[], metavar="字段=值",
                   help="填入表单的内容，可给多项，如 --set meeting.title=2026年会员大会 meeting.place=职工之家"
                        "（也可重复 --set）")
    p.add_argument("--date", type=_date, help="表单上的日期（today），默认今天，YYYY-MM-DD")
    p.set_defaults(func=cmd_render)

    p = fsub.add_parser("check", help="检查一个表单模板文件是否有错（不生成PDF）")
    p.add_argument("file", type=Path, help="模板文件（*.toml）")
    p.set_defaults(func=cmd_check)


def cmd_list(ctx: Context, args: argparse.Namespace) -> Output:
    from unionbook.services.forms.catalog import list_forms, user_forms_dir

    forms = list_forms()
    lines = []
    for f in forms:
        note = f"【模板有错：{f.error}】" if f.error else f.description
        mark = "（本地）" if f.local else ""
        lines.append(f"{f.name:<16} {f.title}{mark}：{note}")
    lines.append(f"\n自制或修改的模板放在：{user_forms_dir()}（与自带模板同名时替换自带模板）")
    return Output(data={"forms": forms, "user_forms_dir": str(user_forms_dir())},
                  text="\n".join(lines))


def cmd_render(ctx: Context, args: argparse.Namespace) -> Output:
    from unionbook.services.forms.catalog import load_form, needs_database, parse_values, render_form

    if args.member and args.all:
        raise UnionBookError("--member 与 --all 只能选一个。")
    if args.out.suffix.lower() != ".pdf":
        raise UnionBookError(f"输出文件应以 .pdf 结尾：{args.out}")
    check_output_file(args.out)
    values = parse_values(args.set)
    last = [time.monotonic()]

    def progress(done: int, total: int) -> None:
        now = time.monotonic()
        if now - last[0] >= 1.0:  # only long runs say how far they are, once a second
            last[0] = now
            ctx.info(f"已完成 {done}/{total}")

    tpl = load_form(args.name)
    # a form that only reads takes the light read path (store/reader.py: sqlite3, no SQLAlchemy); a file that
    # path cannot take (old schema, damaged, read-only medium) is opened as before, migrating an old one
    with ctx.database(light=not needs_database(tpl)) as db:
        ctx.whole_before_writing(db)
        result = render_form(db, tpl, args.out, members=list(args.member), all_members=args.all,
                             values=values, today=args.date or dt.date.today(), progress=progress)
    text = f"已生成“{result.title}”：{result.path}（{result.pages} 页"
    text += f"，{result.members} 名会员）" if result.members else "）"
    if result.serials:
        text += f"\n编号：{'、'.join(result.serials)}"
    return Output(data=result, text=text)


def cmd_check(ctx: Context, args: argparse.Namespace) -> Output:
    from unionbook.documents import load_template

    tpl = load_template(args.file)
    return Output(
        data={"ok": True, "name": tpl.name, "title": tpl.title, "source": tpl.source},
        text=f"模板“{args.file.name}”没有发现错误：{tpl.title}（{SOURCES[tpl.source]}）。",
    )
