"""`members list|show|add|edit|set-status|history`."""

from __future__ import annotations

import argparse
import datetime as dt
from typing import Any

from unionbook.cli import Context, Output, count_argument
from unionbook.cli.core import _date
from unionbook.cli.jsonout import to_data
from unionbook.domain.member import (
    EVENT_LABELS,
    FIELD_LABELS,
    GROUPS,
    STATUS_LABELS,
    Event,
    MemberDraft,
    Status,
)
from unionbook.errors import ValidationError
from unionbook.services.members.roster_sql import CURRENT, FLAGS, SORT_SQL

STATUS_CHOICES = [s.value for s in Status]
# the `members` subcommand parsers, for modules that add `members …` subcommands (cli/imports.py)
MEMBERS_SUBPARSERS: Any = None
EVENT_CHOICES = [e.value for e in Event if e not in (Event.JOIN,)]


_L = FIELD_LABELS  # the member field specs' labels (domain/fields.py)

def _add_member_fields(p: argparse.ArgumentParser, *, required: bool) -> None:
    p.add_argument("--name", required=required, help="姓名")
    p.add_argument("--id-number", required=required, help="身份证号（18位；15位旧号自动转换）")
    p.add_argument("--gender", help="性别（以身份证号为准）")
    p.add_argument("--ethnicity", help="民族，默认汉族")
    p.add_argument("--phone", help="联系电话")
    p.add_argument("--employer", help="工作单位")
    p.add_argument("--job", help=_L["job"])
    p.add_argument("--education", help=_L["education"])
    p.add_argument("--political", help="政治面貌")
    p.add_argument("--household", help="户籍类型")
    p.add_argument("--employment", help="用工形式")
    p.add_argument("--group", choices=[*GROUPS, ""], help=_L["group"] + "（空字符串 \"\" 表示不属于）")
    p.add_argument("--card", help="会员证号")
    p.add_argument("--join-date", type=_date, help=_L["join_date"] + " YYYY-MM-DD")
    p.add_argument("--notes", help="备注")
    for flag, name in (("migrant", "migrant_worker"), ("frontline", "frontline"), ("model-worker", "model_worker"),
                       ("hardship", "hardship")):
        p.add_argument(f"--{flag}", action=argparse.BooleanOptionalAction, default=None, help=_L[name])


def register(sub: Any) -> None:
    members = sub.add_parser("members", help="会员名册")
    msub = members.add_subparsers(dest="members_command", metavar="SUBCOMMAND", required=True)
    global MEMBERS_SUBPARSERS
    MEMBERS_SUBPARSERS = msub

    p = msub.add_parser("list", help="列出会员（身份证号打码）；默认与窗口相同，只列现有会员（在册+保留会籍）")
    p.add_argument("--search", default="", help="按姓名、拼音首字母/全拼、身份证号、电话或会员证号查找")
    p.add_argument("--status", action="append", choices=STATUS_CHOICES,
                   help="状态，可重复（默认 active 与 kept：现有会员）")
    p.add_argument("--all", action="store_true", help="全部会员，含已转出、退会、除名的（与 --status 二者取其一）")
    p.add_argument("--flag", action="append", choices=list(FLAGS), help="筛选：" + "、".join(
        f"{k}={v}" for k, v in FLAGS.items()))
    p.add_argument("--group", choices=list(GROUPS), help=_L["group"] + "中的一类")
    p.add_argument("--sort", choices=list(SORT_SQL), default="name")
    p.add_argument("--desc", action="store_true", help="倒序")
    p.add_argument("--limit", type=count_argument, default=None, help="最多列出多少名（0 或正整数）")
    p.add_argument("--offset", type=count_argument, default=0, help="跳过前多少名（0 或正整数）")
    p.set_defaults(func=cmd_list)

    p = msub.add_parser("details", help="登记表补充信息和任职资格声明（证件类型、户籍所在地、籍贯、技能等级、近亲属声明等）")
    p.add_argument("key", help="会员编号、会员证号或身份证号")
    for name, label in (("id-type", "证件类型"), ("household-place", "户籍所在地"), ("native-place", "籍贯"),
                        ("skill-level", "技能等级/职称"), ("employment-status", "就业状况"),
                        ("model-worker-level", "劳模级别（全国、省部级、地市级、县区级、企业级）"),
                        ("previous-union", "曾在何工会入会（一次入会）")):
        p.add_argument(f"--{name}", help=label)
    for name, label in (("new-forms", "新就业形态劳动者"),
                        ("employer-head-relative", "是单位主要负责人的近亲属（工会法第十条：不得作为工会委员会成员人选）"),
                        ("finance-staff", "工会经费（财务）人员（不得担任经费审查委员会委员）")):
        p.add_argument(f"--{name}", action=argparse.BooleanOptionalAction, default=None, help=label)
    p.set_defaults(func=cmd_details)

    p = msub.add_parser("show", help="显示一名会员的完整信息和会籍记录")
    p.add_argument("key", help="会员编号、会员证号或身份证号")
    p.set_defaults(func=cmd_show)

    p = msub.add_parser("add", help="登记新会员（入会或转入）")
    _add_member_fields(p, required=True)
    p.add_argument("--event", choices=["join", "transfer_in"], default="join", help="join 入会 / transfer_in 转入")
    p.add_argument("--date", type=_date, help="办理日期，默认今天")
    p.add_argument("--from-union", default="", help="转入时：原工会")
    p.add_argument("--doc", default="", help="文号或介绍信编号")
    p.set_defaults(func=cmd_add)

    p = msub.add_parser("edit", help="修改会员信息（未给出的项保持不变）")
    p.add_argument("key", help="会员编号、会员证号或身份证号")
    _add_member_fields(p, required=False)
    p.set_defaults(func=cmd_edit)

    p = msub.add_parser("set-status", help="办理会籍变动：" + "、".join(
        f"{e}={EVENT_LABELS[Event(e)]}" for e in EVENT_CHOICES))
    p.add_argument("key", help="会员编号、会员证号或身份证号")
    p.add_argument("event", choices=EVENT_CHOICES)
    p.add_argument("--date", type=_date, help="日期，默认今天")
    p.add_argument("--reason", default="", help="原因")
    p.add_argument("--doc", default="", help="文号")
    p.add_argument("--other-union", default="", help="转出/转入的对方工会")
    p.set_defaults(func=cmd_set_status)

    p = msub.add_parser("history", help="会籍变动记录")
    p.add_argument("key")
    p.set_defaults(func=cmd_history)


def cmd_list(ctx: Context, args: argparse.Namespace) -> Output:
    # the light read path: no SQLAlchemy for the most common read (store/reader.py)
    from unionbook.services.members.roster_sql import RosterQuery
    from unionbook.services.members.views import list_on

    if args.all and args.status:
        raise ValidationError("--all 与 --status 不能同时使用")
    # the window's default filter, 现有会员 (on the books); --all drops the status filter
    statuses = () if args.all else tuple(Status(s) for s in args.status) if args.status else CURRENT
    query = RosterQuery(search=args.search, statuses=statuses,
                        flags=tuple(args.flag or ()), group=args.group or "", sort=args.sort, descending=args.desc)
    with ctx.database(read=True, light=True) as db, db.read_connection() as conn:
        total, rows = list_on(conn, query, args.offset, args.limit)
    lines = [f"共 {total} 名会员" + (f"，显示 {len(rows)} 名" if len(rows) < total else "")]
    for m in rows:
        lines.append(f"{m.id:>6}  {m.name:<8}\t{m.gender}  {m.masked_id}  {m.card_number or '-':<12} "
                     f"{m.status.label:<6} {m.employer}")
    return Output({"total": total, "offset": args.offset, "members": rows}, "\n".join(lines))


def _show_text(m: Any, history: list[Any]) -> str:
    flags = [_L[name] for name in ("migrant_worker", "frontline", "model_worker", "hardship") if getattr(m, name)]
    lines = [
        f"{m.name}（编号 {m.id}）  {m.status.label}",
        f"身份证号：{m.id_number}    性别：{m.gender}    出生日期：{m.birth_date}    民族：{m.ethnicity}",
        f"工作单位：{m.employer or '-'}    {_L['job']}：{m.job or '-'}    电话：{m.phone or '-'}",
        f"会员证号：{m.card_number or '-'}    {_L['join_date']}：{m.join_date or '-'}",
        f"用工形式：{m.employment_form or '-'}    {_L['group']}：{m.group or '-'}    标记：{'、'.join(flags) or '-'}",
        "会籍记录：",
    ]
    for e in history:
        extra = "；".join(x for x in (e.reason, e.other_union, e.doc_ref) if x)
        lines.append(f"  {e.date}  {e.event.label}  → {e.to_status.label}" + (f"（{extra}）" if extra else ""))
    return "\n".join(lines)


def cmd_show(ctx: Context, args: argparse.Namespace) -> Output:
    from unionbook.services.dues.dues import member_paid_through
    from unionbook.services.members.records import get_member, member_history

    with ctx.database(read=True) as db:
        m = get_member(db, args.key)
        history = member_history(db, m.id)
        paid = member_paid_through(db, m.id)
    data = {**to_data(m), "id_number": m.id_number}  # the whole number: one member, asked for by key
    data["history"] = history
    data["dues_paid_through"] = str(paid) if paid else None  # 会费交至 (YYYY-MM), from the dues area
    return Output(data, _show_text(m, history) + f"\n会费交至：{paid.label if paid else '-'}")


FLAG_FIELDS = {"migrant": "migrant_worker", "frontline": "frontline", "model_worker": "model_worker",
               "hardship": "hardship"}
TEXT_FIELDS = {"name": "name", "id_number": "id_number", "gender": "gender", "ethnicity": "ethnicity",
               "phone": "phone", "employer": "employer", "job": "job", "education": "education",
               "political": "political_status", "household": "household_type", "employment": "employment_form",
               "group": "group", "card": "card_number", "join_date": "join_date", "notes": "notes"}


def _apply(draft: MemberDraft, args: argparse.Namespace) -> MemberDraft:
    for arg, field in {**TEXT_FIELDS, **FLAG_FIELDS}.items():
        value = getattr(args, arg, None)
        if value is not None:
            setattr(draft, field, value)
    return draft


def _warnings(problems: list[Any]) -> list[dict[str, str]]:
    return [{"field": p.field, "message": p.text()} for p in problems]


def cmd_add(ctx: Context, args: argparse.Namespace) -> Output:
    from unionbook.services.members.records import add_member, get_member

    draft = _apply(MemberDraft(), args)
    with ctx.database() as db:
        result = add_member(db, draft, event=Event(args.event), event_date=args.date,
                            other_union=args.from_union, doc_ref=args.doc)
        m = get_member(db, result.member_id)
    text = f"已登记会员“{m.name}”，编号 {m.id}。" + "".join(f"\n注意：{w.text()}" for w in result.warnings)
    return Output({"id": m.id, "member": m, "warnings": _warnings(result.warnings)}, text)


def cmd_edit(ctx: Context, args: argparse.Namespace) -> Output:
    from unionbook.services.members.records import draft_of, get_member, update_member

    with ctx.database() as db:
        m = get_member(db, args.key)
        changed, warnings = update_member(db, m.id, _apply(draft_of(m), args))
        m = get_member(db, m.id)
    text = (f"已修改会员“{m.name}”：{'、'.join(changed)}。" if changed else f"会员“{m.name}”的信息没有变化。") + "".join(
        f"\n注意：{w.text()}" for w in warnings)
    return Output({"id": m.id, "changed": changed, "member": m, "warnings": _warnings(warnings)}, text)


def cmd_set_status(ctx: Context, args: argparse.Namespace) -> Output:
    from unionbook.services.members.records import StatusChange, get_member, set_status

    change = StatusChange(Event(args.event), args.date or dt.date.today(), args.reason, args.doc, args.other_union)
    from unionbook.services.library.loans import leaving_warnings

    with ctx.database() as db:
        m = get_member(db, args.key)
        before = m.status
        # asked before the change, as the window's dialog asks: the same service decides for both
        found = leaving_warnings(db, m.id, change.event)
        m = set_status(db, m.id, change)
    # the change is made; what the member still has to bring back is said, not refused
    warnings = [{"field": w.field, "message": w.message} for w in found]
    text = f"会员“{m.name}”已办理{change.event.label}：{STATUS_LABELS[before]} → {m.status.label}"
    return Output({"id": m.id, "event": change.event.value, "from_status": before.value, "status": m.status.value,
                   "warnings": warnings}, "\n".join([text, *(w["message"] for w in warnings)]))


def cmd_details(ctx: Context, args: argparse.Namespace) -> Output:
    from unionbook.services.members.details import LABELS, get_details, set_details
    from unionbook.services.members.records import get_member

    changes = {k: getattr(args, k) for k in LABELS if getattr(args, k, None) is not None}
    with ctx.database() as db:
        m = get_member(db, args.key)
        changed = set_details(db, m.id, changes) if changes else []
        details = get_details(db, m.id)
    return Output({"id": m.id, "changed": changed, "details": details},
                  f"会员“{m.name}”：" + ("已修改 " + "、".join(changed) if changed else "没有变化"))


def cmd_history(ctx: Context, args: argparse.Namespace) -> Output:
    from unionbook.services.members.records import get_member, member_history

    with ctx.database(read=True) as db:
        m = get_member(db, args.key)
        history = member_history(db, m.id)
    lines = [f"{m.name}（编号 {m.id}）的会籍记录："] + [
        f"  {e.date}  {e.event.label}  {e.from_status.label if e.from_status else '—'} → {e.to_status.label}"
        f"  {e.reason}" for e in history]
    return Output({"id": m.id, "history": history}, "\n".join(lines))
