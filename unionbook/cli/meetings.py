"""`meeting add|edit|delete|list|show|expect|guest|check-in|agenda|resolve|delete-resolution|link-election|minutes|
signin`: meetings, attendance and minutes — everything the 会议 page writes."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from unionbook.cli import Context, Output
from unionbook.cli.core import _date
from unionbook.errors import NotFoundError, UnionBookError, ValidationError
from unionbook.paths import check_output_file

KINDS = ["member_assembly", "representatives", "committee", "congress", "other"]


def register(sub: Any) -> None:
    meeting = sub.add_parser("meeting", help="会议：登记、签到与法定人数、议程、表决、会议纪要")
    msub = meeting.add_subparsers(dest="meeting_command", metavar="SUBCOMMAND", required=True)

    p = msub.add_parser("add", help="登记一次会议（会员大会默认全体在册会员为应到人员，委员会会议默认现任委员）")
    p.add_argument("--kind", choices=KINDS, default="member_assembly",
                   help="member_assembly 会员大会、representatives 会员代表大会、committee 工会委员会会议、"
                        "congress 职工代表大会、other 其他")
    p.add_argument("--title", required=True, help="会议名称")
    p.add_argument("--date", type=_date, required=True, help="日期 YYYY-MM-DD")
    p.add_argument("--time", default="", help="时间，如“上午9时”")
    p.add_argument("--place", default="", help="地点")
    p.add_argument("--host", default="", help="主持人")
    p.add_argument("--recorder", default="", help="记录人")
    p.add_argument("--attendees", nargs="+", metavar="KEY", help="应到人员：会员编号、会员证号或身份证号（代替默认名单）")
    p.set_defaults(func=cmd_add)

    p = msub.add_parser("edit", help="修改会议信息（未给出的项保持不变）")
    p.add_argument("meeting", type=int, help="会议编号")
    p.add_argument("--kind", choices=KINDS, help="会议类型")
    p.add_argument("--title", help="会议名称")
    p.add_argument("--date", type=_date, help="日期 YYYY-MM-DD")
    for name, label in (("time", "时间"), ("place", "地点"), ("host", "主持人"), ("recorder", "记录人"), ("notes", "备注")):
        p.add_argument(f"--{name}", help=label)
    p.set_defaults(func=cmd_edit)

    p = msub.add_parser("delete", help="删除一次会议（连同签到、议程和表决记录；关联的选举保留）")
    p.add_argument("meeting", type=int, help="会议编号")
    p.set_defaults(func=cmd_delete)

    p = msub.add_parser("expect", help="增加应到人员（--sitting-in：列席，不计入法定人数）")
    p.add_argument("meeting", type=int, help="会议编号")
    p.add_argument("members", nargs="+", metavar="KEY", help="会员编号、会员证号或身份证号")
    p.add_argument("--sitting-in", action="store_true", help="作为列席人员（不计入应到人数）")
    p.set_defaults(func=cmd_expect)

    p = msub.add_parser("guest", help="登记名册以外的列席人员（如上级工会来人），不计入法定人数")
    p.add_argument("meeting", type=int, help="会议编号")
    p.add_argument("name", help="姓名")
    p.set_defaults(func=cmd_guest)

    p = msub.add_parser("list", help="列出会议")
    p.set_defaults(func=cmd_list)

    p = msub.add_parser("show", help="会议详情：出席、法定人数、议程、决议")
    p.add_argument("meeting", type=int, help="会议编号")
    p.set_defaults(func=cmd_show)

    p = msub.add_parser("check-in", help="签到：会员编号、会员证号或身份证号（--leave 请假，--absent 取消签到，"
                                         "--all 全部到会）")
    p.add_argument("meeting", type=int, help="会议编号")
    p.add_argument("members", nargs="*", metavar="KEY")
    how = p.add_mutually_exclusive_group()
    how.add_argument("--leave", action="store_true", help="记为请假")
    how.add_argument("--absent", action="store_true", help="记为未到（取消签到）")
    how.add_argument("--all", action="store_true", help="全部到会：名单上除请假者以外的人都签到")
    p.set_defaults(func=cmd_check_in)

    p = msub.add_parser("agenda", help="设定议程（替换原有议程）")
    p.add_argument("meeting", type=int, help="会议编号")
    p.add_argument("items", nargs="+", metavar="议题")
    p.add_argument("--records", nargs="+", default=[], metavar="记录",
                   help="各项议程的讨论记录（写入会议纪要），按议题顺序对应；可少于议题数")
    p.set_defaults(func=cmd_agenda)

    p = msub.add_parser("resolve", help="录入一项表决：赞成、反对、弃权票数，按规则判定是否通过")
    p.add_argument("meeting", type=int, help="会议编号")
    p.add_argument("text", help="决议内容")
    p.add_argument("--for", dest="votes_for", type=int, required=True, help="赞成票")
    p.add_argument("--against", type=int, default=0, help="反对票")
    p.add_argument("--abstain", type=int, default=0, help="弃权票")
    p.set_defaults(func=cmd_resolve)

    p = msub.add_parser("delete-resolution", help="删除一项表决记录（其后各项顺次前移）")
    p.add_argument("meeting", type=int, help="会议编号")
    p.add_argument("resolution", type=int, help="决议编号（meeting show 中 resolutions 的 id）")
    p.set_defaults(func=cmd_delete_resolution)

    p = msub.add_parser("link-election", help="把一次选举关联到本次会议（写入会议纪要）")
    p.add_argument("meeting", type=int, help="会议编号")
    p.add_argument("election", type=int, help="选举编号")
    p.set_defaults(func=cmd_link_election)

    p = msub.add_parser("minutes", help="会议纪要PDF（公文格式）")
    p.add_argument("meeting", type=int, help="会议编号")
    p.add_argument("--out", type=Path, required=True, help="输出的PDF文件")
    p.set_defaults(func=cmd_minutes)

    p = msub.add_parser("signin", help="签到表PDF（列出应到人员）")
    p.add_argument("meeting", type=int, help="会议编号")
    p.add_argument("--out", type=Path, required=True, help="输出的PDF文件")
    p.set_defaults(func=cmd_signin)


def _ids(db: Any, keys: list[str]) -> list[int]:
    from unionbook.services.members.records import get_member

    return [get_member(db, k).id for k in keys]


def _pdf(path: Path) -> None:
    if path.suffix.lower() != ".pdf":
        raise UnionBookError(f"输出文件应以 .pdf 结尾：{path}")
    check_output_file(path)


def cmd_add(ctx: Context, args: argparse.Namespace) -> Output:
    from unionbook.services.meetings.records import MeetingDraft, add_meeting

    with ctx.database() as db:
        attendees = _ids(db, args.attendees) if args.attendees else None
        m = add_meeting(db, MeetingDraft(args.kind, args.title, args.date, args.time, args.place, args.host,
                                         args.recorder), attendees)
    return Output(m, f"已登记会议 {m.id}：{m.title}（{m.kind_label}，{m.date.isoformat()}），应到 {m.entitled} 人")


def cmd_list(ctx: Context, args: argparse.Namespace) -> Output:
    from unionbook.services.meetings.records import list_meetings

    with ctx.database() as db:
        found = list_meetings(db)
    lines = [f"{m.id:>4}  {m.date.isoformat()}  {m.title}（{m.kind_label}）应到 {m.entitled}，实到 {m.present}"
             for m in found] or ["（尚未登记会议）"]
    return Output({"meetings": found}, "\n".join(lines))


def _text(m: Any) -> str:
    lines = [f"{m.title}（{m.kind_label}）{m.date.isoformat()} {m.time} {m.place}".rstrip(), m.quorum.message]
    lines += [f"议程 {a.position}：{a.title}" for a in m.agenda]
    lines += [f"决议 {r.position}：{r.text}——{r.explanation}" for r in m.resolutions]
    lines += [f"选举：{title}（编号 {i}）" for i, title in m.elections]
    return "\n".join(lines)


def cmd_show(ctx: Context, args: argparse.Namespace) -> Output:
    from unionbook.services.meetings.records import get_meeting

    with ctx.database() as db:
        m = get_meeting(db, args.meeting)
    return Output(m, _text(m))


def cmd_edit(ctx: Context, args: argparse.Namespace) -> Output:
    from unionbook.services.meetings.records import MeetingDraft, get_meeting, update_meeting

    keys = ("kind", "title", "date", "time", "place", "host", "recorder", "notes")
    with ctx.database() as db:
        old = get_meeting(db, args.meeting)
        draft = MeetingDraft(**{k: getattr(old, k) if getattr(args, k) is None else getattr(args, k) for k in keys})
        m = update_meeting(db, args.meeting, draft)
    return Output(m, "已修改会议：\n" + _text(m))


def cmd_delete(ctx: Context, args: argparse.Namespace) -> Output:
    from unionbook.services.meetings.records import delete_meeting, get_meeting

    with ctx.database() as db:
        m = get_meeting(db, args.meeting)
        delete_meeting(db, args.meeting)
    return Output({"id": m.id, "title": m.title, "deleted": True}, f"已删除会议 {m.id}：{m.title}")


def cmd_expect(ctx: Context, args: argparse.Namespace) -> Output:
    from unionbook.services.meetings.records import add_attendees

    with ctx.database() as db:
        m = add_attendees(db, args.meeting, _ids(db, args.members), entitled=not args.sitting_in)
    return Output(m, _text(m))


def cmd_guest(ctx: Context, args: argparse.Namespace) -> Output:
    from unionbook.services.meetings.records import add_guest

    with ctx.database() as db:
        m = add_guest(db, args.meeting, args.name)
    return Output(m, _text(m))


def _attendees(db: Any, meeting: Any, keys: list[str]) -> list[Any]:
    """The meeting's attendees for these member keys (id, card or ID number); refused when one is not listed."""
    from unionbook.services.members.records import get_member

    by_member = {a.member_id: a for a in meeting.attendees if a.member_id is not None}
    out = []
    for key in keys:
        member = get_member(db, key)
        if member.id not in by_member:
            raise NotFoundError(f"“{member.name}”不在会议“{meeting.title}”的应到人员名单中")
        out.append(by_member[member.id])
    return out


def cmd_check_in(ctx: Context, args: argparse.Namespace) -> Output:
    from unionbook.services.meetings.records import check_in, check_in_all, check_in_member, get_meeting

    if args.all == bool(args.members):
        raise ValidationError("请给出签到人员（会员编号、会员证号或身份证号），或用 --all 表示全部到会（二者取其一）")
    mark = "leave" if args.leave else "absent" if args.absent else "present"
    with ctx.database() as db:
        if args.all:
            before = get_meeting(db, args.meeting)
            check_in_all(db, args.meeting)
            names = [a.name for a in before.attendees if not a.on_leave and not a.present]
        else:  # every key is looked up first: a key not on the list refuses the command before anything is written
            chosen = _attendees(db, get_meeting(db, args.meeting), args.members)
            if mark == "present":  # as at the door (the window's 签到 box), one key after the other
                names = [check_in_member(db, args.meeting, key).name for key in args.members]
            else:
                check_in(db, args.meeting, [a.id for a in chosen], present=False, on_leave=mark == "leave")
                names = [a.name for a in chosen]
        m = get_meeting(db, args.meeting)
    word = {"present": "已签到", "leave": "已记为请假", "absent": "已取消签到"}[mark]
    return Output({"checked_in": names if mark == "present" else [], "mark": mark, "marked": names,
                   "quorum": m.quorum}, f"{word}：{'、'.join(names) or '（无）'}\n{m.quorum.message}")


def cmd_agenda(ctx: Context, args: argparse.Namespace) -> Output:
    from unionbook.services.meetings.records import set_agenda

    with ctx.database() as db:
        if len(args.records) > len(args.items):
            raise ValidationError(f"讨论记录有 {len(args.records)} 条，多于议题 {len(args.items)} 项")
        records = [*args.records, *[""] * (len(args.items) - len(args.records))]
        m = set_agenda(db, args.meeting, list(zip(args.items, records, strict=True)))
    return Output(m, _text(m))


def cmd_resolve(ctx: Context, args: argparse.Namespace) -> Output:
    from unionbook.services.meetings.records import add_resolution

    with ctx.database() as db:
        r = add_resolution(db, args.meeting, args.text, args.votes_for, args.against, args.abstain)
    return Output(r, f"{r.text}：{r.explanation}")


def cmd_delete_resolution(ctx: Context, args: argparse.Namespace) -> Output:
    from unionbook.services.meetings.records import delete_resolution

    with ctx.database() as db:
        m = delete_resolution(db, args.meeting, args.resolution)
    return Output(m, _text(m))


def cmd_link_election(ctx: Context, args: argparse.Namespace) -> Output:
    from unionbook.services.meetings.records import link_election

    with ctx.database() as db:
        m = link_election(db, args.meeting, args.election)
    return Output(m, _text(m))


def cmd_minutes(ctx: Context, args: argparse.Namespace) -> Output:
    from unionbook.services.meetings.papers import meeting_minutes

    _pdf(args.out)
    with ctx.database() as db:
        r = meeting_minutes(db, args.meeting, args.out)
    return Output(r, f"已生成会议纪要：{r.path}（{r.pages} 页）")


def cmd_signin(ctx: Context, args: argparse.Namespace) -> Output:
    from unionbook.services.meetings.papers import meeting_signin

    _pdf(args.out)
    with ctx.database() as db:
        r = meeting_signin(db, args.meeting, args.out)
    return Output(r, f"已生成签到表：{r.path}（{r.pages} 页）")
