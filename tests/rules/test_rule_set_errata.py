"""The errata of the 2026-11 domain review (docs/domain.md): each citation, scope and boundary it corrected."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from unionbook.domain.composition import Counts, check_composition
from unionbook.domain.election_rules import ElectionRules, check_margin, check_representatives
from unionbook.rules import available_rule_sets, load_rule_set

RS = load_rule_set("national-2021")
DOCS = Path(__file__).resolve().parents[2] / "docs" / "domain.md"


def test_the_old_name_still_loads_the_renamed_set() -> None:
    old = load_rule_set("national-2016")
    assert old.id == "national-2021" and old.entries == RS.entries
    assert "national-2016" not in available_rule_sets()
    assert "national-2021" in available_rule_sets()


def test_the_title_says_which_sources_are_mixed() -> None:
    assert "2016年版" not in RS.title
    for year in ("2021", "2016", "2019"):
        assert year in RS.title


def test_kept_members_lose_the_vote_under_the_election_regulation_not_charter_art_8() -> None:
    source = RS.entries["membership.kept_may_vote"].source
    assert "选举工作条例" in source and "第四条" in source
    assert "第八条" not in source
    assert "第八条" in RS.entries["dues.kept_exempt"].source


def test_dues_rate_is_national_and_its_base_is_data_per_employer_kind() -> None:
    assert "省级" not in RS.entries["dues.rate"].source and "全总" in RS.entries["dues.rate"].source
    assert set(RS["dues.base_components"]) == {"enterprise", "government", "institution"}
    assert {"奖金", "津贴", "补贴", "稿费"} <= set(RS["dues.base_excluded"])
    assert RS["dues.base_step_yuan"] == 10


def test_funds_cite_the_law_first_and_the_grassroots_share_is_a_floor() -> None:
    assert RS.entries["funds.levy_rate"].source.startswith("《工会法》（2021）第四十三条")
    assert RS["funds.preparation_levy_rate"] == "2%"
    assert "第三十七条" in RS.entries["funds.preparation_levy_rate"].source
    assert "funds.grassroots_share" not in RS.entries
    assert RS["funds.grassroots_share_min"] == "60%" and "不低于" in RS.entries["funds.grassroots_share_min"].label
    assert RS["funds.upper_level_shares"] == []  # a provincial table


def test_the_member_assembly_covers_100_and_the_representatives_table_starts_at_101() -> None:
    rules = ElectionRules.from_rules(RS)
    assert RS["election.member_assembly_max_members"] == 100
    assert "第二十六条" in RS.entries["election.member_assembly_max_members"].source
    assert RS["assembly.representatives_count"][0]["members_from"] == 101
    assert not check_representatives(30, 100, rules).ok  # 100 members: a member assembly, no table row
    assert check_representatives(30, 101, rules).ok


def test_the_competitive_margin_is_national_and_standing_may_be_uncontested() -> None:
    assert "省级" not in RS.entries["election.competitive_margin_ratio"].source
    assert "选举工作条例" in RS.entries["election.competitive_margin_ratio"].source
    rules = ElectionRules.from_rules(RS)
    assert check_margin(5, 5, rules, "standing").ok  # 等额 allowed
    assert not check_margin(9, 9, rules, "committee").ok
    assert check_margin(9, 10, rules, "committee").ok
    assert rules.standing_requires_approval
    assert "第二十七条" in RS.entries["election.standing_requires_approval"].source


def test_two_thirds_or_more_includes_the_number() -> None:
    rules = ElectionRules.from_rules(RS)
    assert rules.quorum_strict is False
    assert rules.quorum_required(30) == 20  # exactly two thirds is enough
    strict = ElectionRules.from_rules(RS.with_overrides({"election.quorum_strict": (True, "某省写“超过”")}))
    assert strict.quorum_required(30) == 21


def test_term_years_cite_both_texts_and_allow_three_to_five() -> None:
    entry = RS.entries["election.term_years"]
    assert entry.value == [3, 4, 5] and entry.confidence == "C"
    assert "第十六条" in entry.source and "第二十六条" in entry.source
    assert "三年或者五年" in entry.source and "三年至五年" in entry.source
    assert RS["election.audit_term_follows_committee"] is True


def test_womens_committee_threshold_is_national() -> None:
    entry = RS.entries["election.women_committee_min_female"]
    assert "省级" not in entry.source and "第十一条" in entry.source
    assert RS["election.women_committee_reported_with_committee"] is True


def test_ningxia_industry_shares_are_not_national() -> None:
    assert "election.composition.frontline_committee_min" not in RS.entries
    assert "assembly.composition.frontline_min" not in RS.entries
    nx = load_rule_set("ningxia-industry-2020")
    assert nx["election.composition.frontline_committee_min"] == "20%"
    assert nx["assembly.composition.frontline_min"] == "40%"
    assert "宁工发〔2020〕17号" in nx.entries["assembly.composition.frontline_min"].source
    assert nx.entries["election.quorum_ratio"] == RS.entries["election.quorum_ratio"]


class P:
    def __init__(self, gender: str = "男", frontline: bool = False, model_worker: bool = False) -> None:
        self.gender, self.frontline, self.model_worker = gender, frontline, model_worker


def _frontline(rs: object, body: str, frontline: int, total: int = 10) -> object:
    cands = Counts.of([P(frontline=i < frontline) for i in range(total)])
    members = Counts(total=100, women=0, frontline=60, model_workers=0)
    return next(line for line in check_composition(cands, members, rs, body) if line.key == "frontline")  # type: ignore[arg-type]


def test_national_frontline_rule_warns_only_when_there_are_none_on_a_committee() -> None:
    assert _frontline(RS, "committee", 1).ok  # type: ignore[attr-defined]
    line = _frontline(RS, "committee", 0)
    assert not line.ok and "适当比例" in line.message  # type: ignore[attr-defined]


def test_national_representatives_are_mostly_frontline() -> None:
    assert not _frontline(RS, "representatives", 5).ok  # type: ignore[attr-defined]
    assert _frontline(RS, "representatives", 6).ok  # type: ignore[attr-defined]


def test_ningxia_industry_variant_uses_its_shares() -> None:
    nx = load_rule_set("ningxia-industry-2020")
    assert not _frontline(nx, "committee", 1).ok  # type: ignore[attr-defined]
    assert _frontline(nx, "committee", 2).ok  # type: ignore[attr-defined]
    assert _frontline(nx, "representatives", 4).ok  # type: ignore[attr-defined]


def test_every_source_of_the_2016_2019_2021_texts_is_dated() -> None:
    for e in RS.entries.values():
        for name in ("选举工作条例", "代表大会条例", "工会法", "中国工会章程"):
            if name in e.source and "参照" not in e.source:
                assert re.search(rf"{name}》（(19|20)\d\d|{name}》（总工发〔20\d\d〕", e.source), (e.key, e.source)


def test_missing_rules_are_now_data() -> None:
    assert RS["election.secret_ballot"] and "第十条" in RS.entries["election.secret_ballot"].source
    assert RS["election.preliminary_allowed"]
    assert RS["election.employer_head_relatives_excluded"]
    assert "第十条" in RS.entries["election.employer_head_relatives_excluded"].source
    assert "主席" in RS["election.audit_committee_excluded_roles"]
    assert RS["union.full_time_chair_min_employees"] == 200
    assert "第十四条" in RS.entries["union.full_time_chair_min_employees"].source
    assert {"联合制", "代表制"} <= set(RS["union.joint_committee_modes"])
    assert RS["election.pre_approval_required"]


@pytest.mark.parametrize("rule_set", ["national-2021", "ningxia-industry-2020"])
def test_docs_list_every_rule_with_its_source_and_status(rule_set: str) -> None:
    text = DOCS.read_text(encoding="utf-8")
    for key, entry in load_rule_set(rule_set).entries.items():
        row = next((line for line in text.splitlines() if line.startswith(f"| `{key}`")), None)
        assert row is not None, f"docs/domain.md lacks {key}"
        assert f"| {entry.confidence} |" in row, key


def test_rule_files_cite_docs_in_the_repo_not_outside_documents() -> None:
    folder = Path(__file__).resolve().parents[2] / "unionbook" / "rules"
    for path in folder.glob("*.toml"):
        assert "domain-rules.md" not in path.read_text(encoding="utf-8"), path.name
