"""`election list|setup|candidates|count-round|undo-round|finish-fewer|result|papers|delete`: an election kept in
the database, round by round (the `election count` of a scenario file is in count.py; recording its result as a
term is `term from-election`, in terms.py)."""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from unionbook.cli import Context, Output
from unionbook.cli.core import _date
from unionbook.cli.jsonout import to_data
from unionbook.errors import UnionBookError, ValidationError, os_reason
from unionbook.paths import check_output_file


def register_more(esub: Any) -> None:
    p = esub.add_parser("list", help="列出已设立的选举")
    p.set_defaults(func=cmd_list)

    p = esub.add_parser("setup", help="设立一次选举（选举人取自会员名册，保留会籍的会员除外）")
    p.add_argument("--title", required=True, help="选举名称，如“第五届委员会选举”")
    p.add_argument("--body", default="committee",
                   choices=["committee", "standing", "chair", "vice_chair", "funds_audit", "women", "representatives"],
                   help="选举对象：committee 委员会委员（默认）、chair 主席、vice_chair 副主席、funds_audit 经审会委员、"
                        "women 女职委委员、standing 常委、representatives 会员代表")
    p.add_argument("--assembly", default="member", choices=["member", "representatives"],
                   help="member 会员大会（默认；会员不超过100人时必须）/ representatives 会员代表大会")
    p.add_argument("--date", type=_date, required=True, help="选举日期 YYYY-MM-DD")
    p.add_argument("--seats", type=int, required=True, help="应选名额")
    p.add_argument("--place", default="", help="地点")
    p.add_argument("--meeting", type=int, help="在哪次会议上选举（会议编号）")
    p.add_argument("--representatives", nargs="+", default=[], metavar="KEY",
                   help="会员代表大会的代表：会员编号、会员证号或身份证号")
    p.add_argument("--term-years", type=int, help="本届任期（年）")
    p.add_argument("--note", default="", help="名额等不符合规定表格而仍要设立时的说明（如上级工会的批复）")
    p.set_defaults(func=cmd_setup)

    p = esub.add_parser("candidates", help="确定候选人（按姓氏笔画排序）并检查差额与构成；不给会员则只显示检查结果")
    p.add_argument("election", type=int, help="选举编号")
    p.add_argument("members", nargs="*", metavar="KEY", help="候选人：会员编号、会员证号或身份证号")
    p.set_defaults(func=cmd_candidates)

    p = esub.add_parser("count-round", help="录入下一轮的计票结果并按规则计算")
    p.add_argument("election", type=int, help="选举编号")
    p.add_argument("--file", type=Path, help="本轮计票文件（JSON，格式见 README“选举工作台”）")
    p.add_argument("--present", type=int, help="实到会人数")
    p.add_argument("--issued", type=int, help="发出选票数（单个票箱）")
    p.add_argument("--returned", type=int, help="收回选票数（单个票箱）")
    p.add_argument("--invalid", type=int, default=0, help="无效票数（单个票箱）")
    p.add_argument("--votes", nargs="+", default=[], metavar="姓名=票数", help="各人得票数")
    p.set_defaults(func=cmd_count_round)

    p = esub.add_parser("undo-round", help="撤销上一轮计票记录（发现录入错误时，在宣布结果之前）")
    p.add_argument("election", type=int, help="选举编号")
    p.set_defaults(func=cmd_undo_round)

    p = esub.add_parser("finish-fewer", help="经大会同意减少名额，以现有当选人结束选举（委员人数仍须符合名额表）")
    p.add_argument("election", type=int, help="选举编号")
    p.add_argument("--note", required=True, help="大会同意减少名额的说明（如“经大会表决同意”）")
    p.set_defaults(func=cmd_finish_fewer)

    p = esub.add_parser("delete", help="删除一次选举（连同候选人和全部计票记录）")
    p.add_argument("election", type=int, help="选举编号")
    p.set_defaults(func=cmd_delete)

    p = esub.add_parser("result", help="选举结果：各轮的计票和说明、当选人、下一步")
    p.add_argument("election", type=int, help="选举编号")
    p.set_defaults(func=cmd_result)

    p = esub.add_parser("papers", help="选举文书PDF：procedure 选举办法、candidates 候选人名单、ballots 选票、"
                                       "tally 计票单、report 选举结果报告、request 换届请示、candidates_request 候选人建议人选请示、signin 选举签到表")
    p.add_argument("election", type=int, help="选举编号")
    p.add_argument("kind", choices=["procedure", "candidates", "ballots", "tally", "report", "request", "candidates_request", "signin"])
    p.add_argument("--out", type=Path, required=True, help="输出的PDF文件")
    p.add_argument("--boxes", nargs="+", default=[], help="计票单：票箱名称（每个票箱一张）")
    p.add_argument("--copies", type=int, help="选票份数（默认每名选举人一张）")
    p.add_argument("--numbered", action="store_true", help="选票带可撕下的编号票根（编号不与选举人对应；默认不编号）")
    p.set_defaults(func=cmd_papers)


def _member_ids(db: Any, keys: list[str]) -> list[int]:
    from unionbook.services.members.records import get_member

    return [get_member(db, k).id for k in keys]


def cmd_list(ctx: Context, args: argparse.Namespace) -> Output:
    from unionbook.services.elections.setup import list_elections

    with ctx.database() as db:
        found = list_elections(db)
    lines = [f"{e.id:>4}  {e.date.isoformat()}  {e.title}（{e.assembly_label}选举{e.body_label} {e.seats} 名，"
             f"候选人 {len(e.candidates)} 名，{e.status_label}）" for e in found] or ["（尚未设立选举）"]
    return Output({"elections": found}, "\n".join(lines))


def cmd_setup(ctx: Context, args: argparse.Namespace) -> Output:
    from unionbook.services.elections.setup import ElectionDraft, create_election

    with ctx.database() as db:
        reps = tuple(_member_ids(db, args.representatives))
        e = create_election(db, ElectionDraft(
            title=args.title, body=args.body, assembly_kind=args.assembly, date=args.date, seats=args.seats,
            place=args.place, meeting_id=args.meeting, representatives=reps, term_years=args.term_years,
            override_note=args.note))
    text = (f"已设立选举 {e.id}：{e.title}，{e.assembly_label}选举{e.body_label} {e.seats} 名，选举人 {e.entitled} 人。"
            f"\n下一步：unionbook election candidates {e.id} 会员编号…")
    return Output(e, text)


def cmd_candidates(ctx: Context, args: argparse.Namespace) -> Output:
    from unionbook.services.elections.setup import candidate_report, set_candidates

    with ctx.database() as db:
        if args.members:
            report = set_candidates(db, args.election, _member_ids(db, args.members))
        else:
            report = candidate_report(db, args.election)
    lines = ["候选人（以姓氏笔画为序）：" + ("、".join(c.name for c in report.candidates) or "（无）"),
             ("✓ " if report.margin.ok else "！ ") + report.margin.message]
    lines += [("✓ " if c.ok else "！ ") + c.message for c in report.composition]
    return Output(report, "\n".join(lines))


def _round_entry(args: argparse.Namespace) -> Any:
    from unionbook.services.elections.count import BoxTally, KeyedBallot, RoundEntry

    if args.file:
        try:
            data = json.loads(args.file.read_text(encoding="utf-8-sig"))
        except FileNotFoundError:
            raise UnionBookError(f"找不到计票文件“{args.file}”") from None
        except OSError as exc:
            raise UnionBookError(f"无法读取计票文件“{args.file}”：{os_reason(exc)}") from None
        except json.JSONDecodeError as exc:
            raise ValidationError(f"计票文件“{args.file}”不是有效的 JSON：第 {exc.lineno} 行第 {exc.colno} 列有误") from None
        if not isinstance(data, dict) or not isinstance(data.get("present"), int):
            raise ValidationError("计票文件应为 JSON 对象，且含整数 present（实到会人数）")
        try:
            if "boxes" in data:
                boxes = tuple(BoxTally(str(b.get("label", "")), int(b["issued"]), int(b["returned"]),
                                       int(b.get("invalid", 0)), {str(k): int(v) for k, v in b.get("votes", {}).items()})
                              for b in data["boxes"])
                return RoundEntry(present=data["present"], boxes=boxes)
            ballots = tuple(KeyedBallot(tuple(b), "") if isinstance(b, list)
                            else KeyedBallot(tuple(b.get("marks", [])), str(b.get("serial", "")))
                            for b in data["ballots"])
            return RoundEntry(present=data["present"], ballots=ballots, ballots_issued=data.get("ballots_issued"),
                              unkeyed_invalid=int(data.get("unkeyed_invalid", 0)))
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise ValidationError(f"计票文件“{args.file}”的格式不对（{exc}）：应含 boxes 或 ballots，见 README") from None
    missing = [flag for flag, value in (("--present", args.present), ("--issued", args.issued),
                                        ("--returned", args.returned)) if value is None]
    if missing:
        raise ValidationError(f"请给出计票文件 --file，或 {'、'.join(missing)}")
    votes: dict[str, int] = {}
    for pair in args.votes:
        name, sep, n = pair.partition("=")
        if not sep or not n.strip().isdigit():
            raise ValidationError(f"“{pair}”应写作 姓名=票数")
        votes[name.strip()] = int(n)
    return RoundEntry(present=args.present, boxes=(BoxTally("票箱", args.issued, args.returned, args.invalid, votes),))


def cmd_count_round(ctx: Context, args: argparse.Namespace) -> Output:
    from unionbook.services.elections.count import NEXT_STEP_LABELS, next_round, record_round

    entry = _round_entry(args)
    with ctx.database() as db:
        r = record_round(db, args.election, entry)
        plan = next_round(db, args.election)
    lines = [f"第 {r.number} 轮（{r.kind_label}）计票结果："]
    lines += [f"  {i}. {s}" for i, s in enumerate(r.explanation, 1)]
    lines.append(f"下一步：{NEXT_STEP_LABELS[r.next_step]}" + ("" if plan.finished else f"——{plan.message}"))
    return Output({**to_data(r), "next": plan}, "\n".join(lines))


def cmd_undo_round(ctx: Context, args: argparse.Namespace) -> Output:
    from unionbook.services.elections.count import election_result, undo_last_round

    with ctx.database() as db:
        before = election_result(db, args.election)
        undo_last_round(db, args.election)
        r = election_result(db, args.election)
    number = before.rounds[-1].number if before.rounds else 0
    return Output({**to_data(r), "undone_round": number},
                  f"已撤销第 {number} 轮计票记录。\n" + _result_text(r))


def cmd_finish_fewer(ctx: Context, args: argparse.Namespace) -> Output:
    from unionbook.services.elections.count import finish_with_fewer_seats

    with ctx.database() as db:
        r = finish_with_fewer_seats(db, args.election, args.note)
    return Output(r, _result_text(r))


def cmd_delete(ctx: Context, args: argparse.Namespace) -> Output:
    from unionbook.services.elections.setup import delete_election, get_election

    with ctx.database() as db:
        e = get_election(db, args.election)
        delete_election(db, args.election)
    return Output({"id": e.id, "title": e.title, "deleted": True, "rounds_deleted": e.rounds},
                  f"已删除选举 {e.id}：{e.title}（含 {e.rounds} 轮计票记录）")


def cmd_result(ctx: Context, args: argparse.Namespace) -> Output:
    from unionbook.services.elections.count import election_result

    with ctx.database() as db:
        r = election_result(db, args.election)
    return Output(r, _result_text(r))


def _result_text(r: Any) -> str:
    lines = list(r.summary)
    for rd in r.rounds:
        lines.append(f"第 {rd.number} 轮（{rd.kind_label}）：")
        lines += [f"  {i}. {s}" for i, s in enumerate(rd.explanation, 1)]
    return "\n".join(lines)


def cmd_papers(ctx: Context, args: argparse.Namespace) -> Output:
    from unionbook.services.elections.papers import election_paper

    if args.out.suffix.lower() != ".pdf":
        raise UnionBookError(f"输出文件应以 .pdf 结尾：{args.out}")
    check_output_file(args.out)
    with ctx.database() as db:
        r = election_paper(db, args.election, args.kind, args.out, boxes=args.boxes, copies=args.copies,
                           numbered=args.numbered)
    return Output(r, f"已生成“{r.title}”：{r.path}（{r.pages} 页，{r.copies} 份）")
