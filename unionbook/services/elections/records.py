"""Elections: counting a self-contained scenario (the `election count` command; README “选举计票”).

A scenario file lets a counting committee check a count, and tests pin the rules. Its shape is checked here
(types, unknown keys); whether the numbers contradict each other is the domain's `round_problems`.
"""

from __future__ import annotations

import json
from dataclasses import asdict
from pathlib import Path
from typing import Any

from unionbook.domain.election import BallotInput, ElectionRules, count_round
from unionbook.errors import FieldProblem, UnionBookError, ValidationError, os_reason
from unionbook.rules import RuleSet, load_rule_set

# scenario key → Chinese label, for messages
SCENARIO_FIELDS = {
    "seats": "应选名额",
    "entitled": "应到会有选举权人数",
    "present": "实到会人数",
    "ballots_issued": "发出选票数",
    "ballots_returned": "收回选票数",
    "candidates": "候选人",
    "ballots": "逐张选票",
    "counts": "各人得票数",
    "invalid_ballots": "无效票数",
    "rules": "规则覆盖",
    "title": "标题",
    "note": "备注",
}
_REQUIRED_INTS = ("seats", "entitled", "present", "ballots_issued", "ballots_returned")


def load_scenario(path: Path) -> dict[str, Any]:
    """Read a scenario file (UTF-8 JSON, a BOM tolerated since Windows Notepad writes one)."""
    try:
        text = Path(path).read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        raise UnionBookError(f"找不到场景文件“{path}”") from None
    except OSError as exc:
        raise UnionBookError(f"无法读取场景文件“{path}”：{os_reason(exc)}") from None
    except UnicodeDecodeError:
        raise UnionBookError(f"场景文件“{path}”不是 UTF-8 文本") from None
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise ValidationError(f"场景文件“{path}”不是有效的 JSON：第 {exc.lineno} 行第 {exc.colno} 列，{exc.msg}") from None
    if not isinstance(data, dict):
        raise ValidationError(f"场景文件“{path}”的内容应为一个 JSON 对象（{{…}}）")
    return data


def _problem(key: str, message: str) -> FieldProblem:
    return FieldProblem(key, SCENARIO_FIELDS.get(key, key), message)


def _is_int(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _names(value: Any, key: str, problems: list[FieldProblem], where: str = "") -> tuple[str, ...]:
    if not isinstance(value, list) or not all(isinstance(n, str) for n in value):
        problems.append(_problem(key, f"{where}应为姓名（字符串）的列表"))
        return ()
    return tuple(value)


def scenario_input(scenario: dict[str, Any]) -> BallotInput:
    """The scenario's shape checked and turned into the domain's input; every problem named at once."""
    problems: list[FieldProblem] = []
    for key in scenario:
        if key not in SCENARIO_FIELDS:
            problems.append(FieldProblem(key, key, f"不认识的键（可用：{'、'.join(SCENARIO_FIELDS)}）"))
    numbers: dict[str, int] = {}
    for key in (*_REQUIRED_INTS, "invalid_ballots"):
        value = scenario.get(key, 0 if key == "invalid_ballots" else None)
        if value is None:
            problems.append(_problem(key, "缺少此项"))
        elif not _is_int(value):
            problems.append(_problem(key, f"应为整数，现为“{value}”"))
        else:
            numbers[key] = value
    if "candidates" not in scenario:
        problems.append(_problem("candidates", "缺少此项（候选人姓名列表）"))
    candidates = _names(scenario.get("candidates", []), "candidates", problems)

    ballots: tuple[tuple[str, ...], ...] | None = None
    if "ballots" in scenario:
        raw = scenario["ballots"]
        if not isinstance(raw, list):
            problems.append(_problem("ballots", "应为列表，每张选票是所选姓名的列表"))
        else:
            ballots = tuple(_names(b, "ballots", problems, f"第 {i} 张选票") for i, b in enumerate(raw, 1))
    counts: dict[str, int] | None = None
    if "counts" in scenario:
        raw = scenario["counts"]
        if not isinstance(raw, dict) or not all(_is_int(v) for v in raw.values()):
            problems.append(_problem("counts", "应为对象 {姓名: 票数}，票数为整数"))
        else:
            counts = dict(raw)
    if "ballots" in scenario and "counts" in scenario:
        problems.append(_problem("counts", "逐张选票（ballots）与各人得票数（counts）只能给出一种"))
    elif "ballots" not in scenario and "counts" not in scenario:
        problems.append(_problem("ballots", "应给出逐张选票（ballots）或各人得票数（counts）"))
    if problems:
        raise ValidationError(problems)
    return BallotInput(candidates=candidates, ballots=ballots, counts=counts, **numbers)


def scenario_rules(scenario: dict[str, Any], rules: RuleSet | None = None) -> RuleSet:
    """The rule set with the scenario's overrides applied (keys with or without the "election." prefix)."""
    rs = rules or load_rule_set()
    overrides = scenario.get("rules", {})
    if not isinstance(overrides, dict):
        raise ValidationError([_problem("rules", "应为对象 {规则项: 值}，如 {\"threshold_base\": \"cast\"}")])
    keyed = {k if "." in k else f"election.{k}": (v, "场景文件中的覆盖") for k, v in overrides.items()}
    return rs.with_overrides(keyed)


def count_scenario(scenario: dict[str, Any], rules: RuleSet | None = None) -> dict[str, Any]:
    """Count one round described by a scenario; the JSON contract of `unionbook --json election count`."""
    if not isinstance(scenario, dict):
        raise ValidationError("场景应为一个 JSON 对象")
    inp = scenario_input(scenario)
    rs = scenario_rules(scenario, rules)
    result = count_round(inp, ElectionRules.from_rules(rs))
    return {**asdict(result), "rule_set": rs.id}
