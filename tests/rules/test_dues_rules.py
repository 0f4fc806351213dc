"""The dues area's rule rows (rules/dues/): every row has its source and confidence, the shipped values are
pinned, and those the national rule set also carries agree with it (they must not drift apart)."""

from __future__ import annotations

from fractions import Fraction

from unionbook.rules.loader import load_rule_set, parse_ratio
from unionbook.services.dues.rules import dues_rules


def test_every_row_has_source_and_confidence() -> None:
    rules = dues_rules()
    assert all(e.source and e.confidence in "CSR" for e in rules.entries.values())
    assert all(c.source and c.confidence in "CSR" for c in rules.categories)
    assert {p.confidence for p in rules.provinces.values()} <= {"S", "R"}  # an example table, 待核实
    assert rules.provinces["ningxia"].confidence == "R"


def test_shipped_values() -> None:
    rules = dues_rules()
    assert (rules.dues_rate, rules.base_step_fen, rules.levy_rate, rules.grassroots_share) == (
        Fraction(1, 200), 1000, Fraction(1, 50), Fraction(3, 5))
    assert rules["dues.lapse_months"] == 6 and rules["dues.kept_exempt"] is True
    assert [c.label for c in rules.categories if c.kind == "income"] == [
        "会费收入", "拨缴经费收入", "上级补助收入", "行政补助收入", "事业收入", "投资收益", "其他收入"]
    assert [c.label for c in rules.categories if c.kind == "expense"] == [
        "职工活动支出", "维权支出", "业务支出", "资本性支出", "事业支出", "其他支出"]
    for prov in rules.provinces.values():
        assert sum(prov.upper_shares.values()) == 1 - rules.grassroots_share


def test_agrees_with_the_national_rule_set() -> None:
    national = load_rule_set("national-2021")
    rules = dues_rules()
    assert parse_ratio(national["dues.rate"]) == rules.dues_rate
    assert national["dues.base_step_yuan"] * 100 == rules.base_step_fen
    assert parse_ratio(national["funds.levy_rate"]) == rules.levy_rate
    assert parse_ratio(national["funds.preparation_levy_rate"]) == rules.fraction("funds.preparatory_rate")
    assert parse_ratio(national["funds.grassroots_share_min"]) == rules.grassroots_share
    assert national["dues.kept_exempt"] is rules["dues.kept_exempt"]
