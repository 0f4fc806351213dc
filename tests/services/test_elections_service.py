"""count_scenario: the scenario's shape, rule overrides, and the JSON contract of `election count`."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from unionbook.errors import UnionBookError, ValidationError
from unionbook.rules.loader import RuleSetError
from unionbook.services.elections.records import count_scenario, load_scenario

CONTRACT_KEYS = {"round_valid", "quorum_met", "valid_ballots", "invalid_ballots", "votes", "threshold", "elected",
                 "tied", "unfilled_seats", "next_step", "explanation"}


def scenario(**changes: object) -> dict:
    base = {"seats": 2, "entitled": 20, "present": 18, "ballots_issued": 18, "ballots_returned": 18,
            "candidates": ["张三", "李四", "王五"], "counts": {"张三": 15, "李四": 11, "王五": 6}}
    base.update(changes)
    return {k: v for k, v in base.items() if v is not None}


def test_contract_keys_and_types() -> None:
    out = count_scenario(scenario())
    assert CONTRACT_KEYS <= set(out)
    assert out["elected"] == ["张三", "李四"] and out["next_step"] == "done"
    assert out["votes"] == {"张三": 15, "李四": 11, "王五": 6} and out["threshold"] == 11
    assert all(isinstance(s, str) for s in out["explanation"])
    assert out["rule_set"] == "national-2021"
    json.dumps(out)  # plain JSON all the way down


def test_ballot_by_ballot() -> None:
    ballots = [["张三", "李四"]] * 12 + [["张三", "李四", "王五"]] * 3 + [[]] * 3
    out = count_scenario(scenario(counts=None, ballots=ballots))
    assert (out["valid_ballots"], out["invalid_ballots"]) == (15, 3)  # blank ballots are valid
    assert out["elected"] == ["李四", "张三"]  # 12 votes each: in stroke order, 李 (7, 横…) before 张 (7, 折…)


@pytest.mark.parametrize("key", ["threshold_base", "election.threshold_base"])
def test_rule_overrides_with_or_without_prefix(key: str) -> None:
    out = count_scenario(scenario(counts={"张三": 15, "李四": 10}, rules={key: "cast"}))
    assert out["threshold"] == 10 and out["elected"] == ["张三", "李四"]


def test_unknown_override_is_refused() -> None:
    with pytest.raises(RuleSetError, match="election.quorum"):
        count_scenario(scenario(rules={"quorum": "1/2"}))


@pytest.mark.parametrize(("changes", "message"), [
    ({"seats": "2"}, "应选名额：应为整数"),
    ({"present": None}, "实到会人数：缺少此项"),
    ({"present": True}, "实到会人数：应为整数"),
    ({"candidates": "张三"}, "候选人：应为姓名"),
    ({"ballots": [["张三"]]}, "只能给出一种"),
    ({"counts": None}, "应给出逐张选票"),
    ({"counts": {"张三": 1.5}}, "票数为整数"),
    ({"ballots_issud": 18}, "ballots_issud：不认识的键"),
    ({"rules": ["cast"]}, "规则覆盖：应为对象"),
    ({"present": 21}, "多于应到会人数"),
    ({"counts": {"张三": 15, "钱七": 3}, "rules": {"write_ins_allowed": False}}, "不允许另选他人"),
])
def test_bad_scenarios_are_refused_in_chinese(changes: dict, message: str) -> None:
    with pytest.raises(ValidationError, match=message):
        count_scenario(scenario(**changes))


def test_returned_over_issued_is_a_result_not_an_error() -> None:
    out = count_scenario(scenario(ballots_returned=19, counts={"张三": 15}))
    assert (out["round_valid"], out["next_step"], out["elected"]) == (False, "revote_all", [])


def test_load_scenario(tmp_path: Path) -> None:
    good = tmp_path / "s.json"
    good.write_text(json.dumps(scenario(), ensure_ascii=False), encoding="utf-8-sig")  # Notepad's BOM
    assert load_scenario(good)["seats"] == 2
    broken = tmp_path / "broken.json"
    broken.write_text('{"seats": 2,\n}', encoding="utf-8")
    with pytest.raises(ValidationError, match="不是有效的 JSON：第 2 行"):
        load_scenario(broken)
    (tmp_path / "list.json").write_text("[]", encoding="utf-8")
    with pytest.raises(ValidationError, match="JSON 对象"):
        load_scenario(tmp_path / "list.json")
    with pytest.raises(UnionBookError, match="找不到场景文件"):
        load_scenario(tmp_path / "missing.json")
