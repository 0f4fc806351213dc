"""`rules show|override|clear|use`: the rules in force, with sources and which are unconfirmed. (`rules terms` is the
old name of `term list`, kept for one release.)"""

from __future__ import annotations

import argparse
from typing import Any

from unionbook.cli import Context, Output


def register(sub: Any) -> None:
    rules = sub.add_parser("rules", help="规则：查看现行规则（来源、是否待核实），选用省级规则集，覆盖某项规则")
    rsub = rules.add_subparsers(dest="rules_command", metavar="SUBCOMMAND", required=True)

    p = rsub.add_parser("show", help="列出现行规则（“待核实”为尚未在原文中核实的数值）")
    p.add_argument("--section", help="只看某一类：election、assembly、meeting、membership、dues、funds")
    p.set_defaults(func=cmd_show)

    p = rsub.add_parser("override", help="为本会覆盖一项规则（须写明依据），记录操作人和时间")
    p.add_argument("key", help="规则项，如 election.threshold_base")
    p.add_argument("value", help="新值：数字、比例（2/3、60%%）、true/false，列表写成 JSON")
    p.add_argument("--note", required=True, help="依据（文件名称、会议决定等）")
    p.set_defaults(func=cmd_override)

    p = rsub.add_parser("clear", help="取消对一项规则的覆盖，恢复规则集的值")
    p.add_argument("key")
    p.set_defaults(func=cmd_clear)

    p = rsub.add_parser("use", help="选用规则集（全国通用或省级规则）")
    p.add_argument("rule_set", nargs="?", help="规则集编号；不给则列出可用的规则集")
    p.set_defaults(func=cmd_use)

    p = rsub.add_parser("terms", help="（旧名，下一版本删除）同 term list：各机构的现任任期和换届提醒")
    p.set_defaults(func=cmd_terms)


def _line(v: Any) -> str:
    mark = "【待核实】" if v.unconfirmed else ""
    own = f"【本会覆盖：{v.override.note}，{v.override.by} {v.override.at:%Y-%m-%d %H:%M}】" if v.override else ""
    return f"{v.key} = {v.display}{mark}{own}\n    {v.label}（来源：{v.source}；{v.confidence_label}）"


def cmd_show(ctx: Context, args: argparse.Namespace) -> Output:
    from unionbook.services.rules.in_force import rule_views, rules_in_force

    with ctx.database() as db:
        rs = rules_in_force(db)
        views = rule_views(db)
    if args.section:
        views = [v for v in views if v.key.startswith(args.section + ".")]
    unconfirmed = sum(v.unconfirmed for v in views)
    text = "\n".join([f"规则集：{rs.title}（{rs.id}），共 {len(views)} 项，其中待核实 {unconfirmed} 项",
                      *(_line(v) for v in views)])
    return Output({"rule_set": rs.id, "title": rs.title, "version": rs.version,
                   "rules": views}, text)


def cmd_override(ctx: Context, args: argparse.Namespace) -> Output:
    from unionbook.services.rules.in_force import set_override

    with ctx.database() as db:
        v = set_override(db, args.key, args.value, args.note)
    return Output(v, "已覆盖：" + _line(v))


def cmd_clear(ctx: Context, args: argparse.Namespace) -> Output:
    from unionbook.services.rules.in_force import clear_override

    with ctx.database() as db:
        v = clear_override(db, args.key)
    return Output(v, "已恢复：" + _line(v))


def cmd_use(ctx: Context, args: argparse.Namespace) -> Output:
    from unionbook.services.rules.in_force import choose_rule_set, rule_sets

    with ctx.database() as db:
        if args.rule_set:
            choose_rule_set(db, args.rule_set)
        sets = rule_sets(db)
    lines = [f"{'→' if s.chosen else ' '} {s.id}  {s.title}（{s.version}）" for s in sets]
    return Output({"rule_sets": [{"id": s.id, "title": s.title, "version": s.version, "chosen": s.chosen}
                                 for s in sets]}, "\n".join(lines))


def cmd_terms(ctx: Context, args: argparse.Namespace) -> Output:
    from unionbook.cli.elections.terms import terms_output

    ctx.info("提示：“rules terms”已改名为“term list”，旧名将在下一版本删除。")
    return terms_output(ctx)
