"""The rules in force: the chosen rule set, overrides recorded with who, when and why."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from unionbook.errors import NotFoundError, ValidationError
from unionbook.services.rules.in_force import (
    choose_rule_set,
    clear_override,
    rule_sets,
    rule_views,
    rules_in_force,
    set_override,
)
from unionbook.services.union.audit import recent_changes
from unionbook.store import Database
from unionbook.store.models import Setting, UnionProfile


def test_views_mark_unconfirmed_values(union_db: Database) -> None:
    views = {v.key: v for v in rule_views(union_db)}
    assert views["election.threshold_base"].unconfirmed and views["election.threshold_base"].confidence_label == "待核实"
    assert not views["election.member_assembly_max_members"].unconfirmed
    assert "25～200人：3～7名" in views["election.committee_size"].display
    assert [s.id for s in rule_sets(union_db) if s.chosen] == ["national-2021"]


def test_a_database_that_stores_the_old_name_uses_the_renamed_set(union_db: Database) -> None:
    with union_db.transaction() as s:
        s.get(UnionProfile, 1).rule_set = "national-2016"  # as UnionBook 0.1 wrote it
    assert rules_in_force(union_db).id == "national-2021"
    assert [s.id for s in rule_sets(union_db) if s.chosen] == ["national-2021"]
    assert "funds.grassroots_share_min" in {v.key for v in rule_views(union_db)}


def test_an_override_is_recorded_with_who_when_and_why(union_db: Database) -> None:
    v = set_override(union_db, "election.threshold_base", "cast", "依据某省选举实施办法第十条")
    assert v.value == "cast" and v.base_value == "entitled" and v.origin == "override"
    assert v.override is not None and v.override.by == union_db.actor and v.override.at is not None
    assert rules_in_force(union_db)["election.threshold_base"] == "cast"
    with union_db.read() as s:
        row = s.scalars(select(Setting).where(Setting.key == "rules.override.election.threshold_base")).one()
        assert "某省选举实施办法" in row.value and row.updated_by == union_db.actor
        assert "覆盖规则" in recent_changes(s, entity="rules")[0].summary
    clear_override(union_db, "election.threshold_base")
    assert rules_in_force(union_db)["election.threshold_base"] == "entitled"


@pytest.mark.parametrize(("key", "value", "words"), [
    ("election.threshold_base", "everyone", "entitled、present、cast、valid"),
    ("election.quorum_ratio", "two thirds", "不是比例"),
    ("election.threshold_strict", "maybe", "是/否"),
    ("election.member_assembly_max_members", "一百", "应为整数"),
    ("election.term_years", "[0]", "应为年数列表"),
])
def test_values_that_would_break_the_rules_are_refused(union_db: Database, key: str, value: str, words: str) -> None:
    with pytest.raises(ValidationError) as err:
        set_override(union_db, key, value, "测试")
    assert words in err.value.message
    assert rules_in_force(union_db)[key] != value


def test_override_needs_a_note_and_a_known_key(union_db: Database) -> None:
    with pytest.raises(ValidationError):
        set_override(union_db, "election.quorum_ratio", "3/4", "  ")
    with pytest.raises(NotFoundError):
        set_override(union_db, "election.nonsense", "1", "x")
    v = set_override(union_db, "election.quorum_ratio", "3/4", "本会章程")
    assert rules_in_force(union_db).ratio("election.quorum_ratio") == pytest.approx(0.75)
    assert v.display == "3/4"


def test_choosing_an_unknown_rule_set_is_refused(union_db: Database) -> None:
    with pytest.raises(Exception) as err:
        choose_rule_set(union_db, "atlantis-2030")
    assert "找不到规则集" in str(err.value)
