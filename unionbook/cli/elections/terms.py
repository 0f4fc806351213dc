"""`term list|start|from-election`: the sitting bodies and their terms of office (现任机构与任期).

`rules terms` is the old name of `term list`; it still works in this release and says so (README).
"""

from __future__ import annotations

import argparse
from typing import Any

from unionbook.cli import Context, Output
from unionbook.cli.core import _date
from unionbook.errors import ValidationError

BODIES = ["committee", "funds_audit", "women"]


def register(sub: Any) -> None:
    term = sub.add_parser("term", help="任期：现任机构与任期、登记新一届任期、由选举结果登记任期")
    tsub = term.add_subparsers(dest="term_command", metavar="SUBCOMMAND", required=True)

    p = tsub.add_parser("list", help="各机构的现任任期和换届提醒（--all：含已届满的历届）")
    p.add_argument("--all", action="store_true", help="也列出已结束的任期")
    p.set_defaults(func=cmd_list)

    p = tsub.add_parser("start", help="登记一届任期（如 UnionBook 之前选举产生的委员会）；现任的同一机构于新任期开始之日结束")
    p.add_argument("--body", choices=BODIES, default="committee",
                   help="committee 工会委员会（默认）、funds_audit 经费审查委员会、women 女职工委员会")
    p.add_argument("--start", type=_date, required=True, help="任期开始日期 YYYY-MM-DD")
    p.add_argument("--years", type=int, required=True, help="任期（年），须符合规则 election.term_years")
    p.add_argument("--number", type=int, help="第几届")
    p.add_argument("--holders", nargs="+", default=[], metavar="职务=KEY",
                   help="组成人员：职务=会员编号、会员证号或身份证号。职务：委员会 chair 主席、vice_chair 副主席、"
                        "standing 常务委员、member 委员；经审会、女职委 director 主任、deputy 副主任、member 委员。"
                        "只写 KEY 即为 member")
    p.add_argument("--notes", default="", help="备注")
    p.set_defaults(func=cmd_start)

    p = tsub.add_parser("from-election", help="把已完成的选举结果登记为新一届任期（主席、副主席选举则更新现任委员会）")
    p.add_argument("election", type=int, help="选举编号")
    p.add_argument("--start", type=_date, help="任期开始日期（默认选举日期）")
    p.add_argument("--years", type=int, help="任期（年；默认选举设立时的任期，否则规则允许的最长任期）")
    p.set_defaults(func=cmd_from_election)


def _term_line(t: Any) -> str:
    state = "" if t.current else f"（已于 {t.closed_on.isoformat()} 结束）"
    return (f"{t.id:>3}  {t.body_label}：{t.start_date.isoformat()} 至 {t.end_date.isoformat()}（{t.years} 年）{state}，"
            + "、".join(f"{h.role_label}{h.name}" for h in t.holders))


def terms_output(ctx: Context, *, include_closed: bool = False) -> Output:
    from unionbook.services.elections.terms import list_terms, term_warnings

    with ctx.database() as db:
        terms = list_terms(db, current_only=not include_closed)
        warnings = term_warnings(db)
    lines = [_term_line(t) for t in terms] or ["（尚未登记任期）"]
    lines += [f"！ {w.message}" for w in warnings]
    return Output({"terms": terms, "warnings": warnings}, "\n".join(lines))


def cmd_list(ctx: Context, args: argparse.Namespace) -> Output:
    return terms_output(ctx, include_closed=args.all)


def _holders(db: Any, specs: list[str]) -> tuple[Any, ...]:
    from unionbook.services.elections.terms import HolderDraft
    from unionbook.services.members.records import get_member

    out = []
    for spec in specs:
        role, sep, key = spec.partition("=")
        if not sep:
            role, key = "member", spec
        if not key.strip():
            raise ValidationError(f"“{spec}”应写作 职务=会员编号（如 chair=12）")
        out.append(HolderDraft(member_id=get_member(db, key.strip()).id, role=role.strip()))
    return tuple(out)


def cmd_start(ctx: Context, args: argparse.Namespace) -> Output:
    from unionbook.services.elections.terms import TermDraft, start_term

    with ctx.database() as db:
        t = start_term(db, TermDraft(args.body, args.start, args.years, _holders(db, args.holders),
                                     number=args.number, notes=args.notes))
    return Output(t, "已登记任期：\n" + _term_line(t))


def cmd_from_election(ctx: Context, args: argparse.Namespace) -> Output:
    from unionbook.services.elections.terms import apply_election

    with ctx.database() as db:
        t = apply_election(db, args.election, args.start, args.years)
    return Output(t, "已据选举结果登记：\n" + _term_line(t))
