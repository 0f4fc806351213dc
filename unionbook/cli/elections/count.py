"""`election count SCENARIO.json`: count one round of a paper election from a file, by the rule set."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from unionbook.cli import Context, Output
from unionbook.cli.elections.book import register_more
from unionbook.domain.election import NEXT_STEP_LABELS
from unionbook.rules import load_rule_set
from unionbook.rules.loader import DEFAULT_RULE_SET


def register(sub: Any) -> None:
    election = sub.add_parser("election", help="选举：设立、候选人、按规则计票、选举文书")
    esub = election.add_subparsers(dest="election_command", metavar="SUBCOMMAND", required=True)
    p = esub.add_parser("count", help="按规则集计算一轮选举的结果（场景文件格式见 README“选举计票”）")
    p.add_argument("scenario", type=Path, help="场景文件（JSON）")
    p.add_argument("--rule-set", default=DEFAULT_RULE_SET, help=f"规则集（默认 {DEFAULT_RULE_SET}）")
    p.set_defaults(func=cmd_count)
    register_more(esub)


def cmd_count(ctx: Context, args: argparse.Namespace) -> Output:
    from unionbook.services.elections.records import count_scenario, load_scenario

    result = count_scenario(load_scenario(args.scenario), load_rule_set(args.rule_set))
    return Output(result, _text(result))


def _text(r: dict[str, Any]) -> str:
    lines = [f"选举计票结果（应选 {r['seats']} 名）"]
    if r["votes"]:
        width = max(len(n) for n in r["votes"])
        lines.append("得票：")
        for name, n in sorted(r["votes"].items(), key=lambda kv: -kv[1]):
            mark = "当选" if name in r["elected"] else "并列" if name in r["tied"] else ""
            lines.append(f"  {name}{'　' * (width - len(name))}  {n:>5} 票  {mark}".rstrip())
    lines.append("说明：")
    lines += [f"  {i}. {s}" for i, s in enumerate(r["explanation"], 1)]
    lines.append(f"下一步：{NEXT_STEP_LABELS[r['next_step']]}")
    return "\n".join(lines)
