"""The checks of an election's setup that nothing else covers: one chair, no more seats than voters, the
women's committee threshold, the term length. Each is asserted by what it says and whether it refuses."""

from __future__ import annotations

import datetime as dt

import pytest

from unionbook.domain.member import Status
from unionbook.errors import FieldProblem, ValidationError
from unionbook.services.elections.setup import ElectionDraft, check_setup, create_election
from unionbook.services.members.records import RosterQuery, count_members
from unionbook.services.rules.in_force import set_override
from unionbook.store import Database

DAY = dt.date(2026, 5, 8)


def draft(body: str = "committee", seats: int = 7, **kw: object) -> ElectionDraft:
    return ElectionDraft("测试选举", body, "member", DAY, seats, **kw)  # type: ignore[arg-type]


def problems_on(db: Database, d: ElectionDraft, field: str) -> list[FieldProblem]:
    return [p for p in check_setup(db, d).problems if p.field == field]


def active_women(db: Database) -> int:
    from sqlalchemy import func, select

    from unionbook.store.models import Member

    with db.read() as s:
        return int(s.execute(select(func.count()).where(Member.status == Status.ACTIVE.value,
                                                        Member.gender == "女")).scalar_one())


@pytest.mark.parametrize("seats", [2, 3])
def test_a_chair_is_elected_alone(demo_db: Database, seats: int) -> None:
    found = problems_on(demo_db, draft("chair", seats), "seats")
    assert [(p.severity, p.message) for p in found] == [("error", f"工会主席只选一名，现为 {seats} 名")]
    with pytest.raises(ValidationError, match=f"工会主席只选一名，现为 {seats} 名"):
        create_election(demo_db, draft("chair", seats, override_note="上级同意"))  # an error: no note helps
    assert problems_on(demo_db, draft("chair", 1), "seats") == []


def test_no_more_seats_than_voters(demo_db: Database) -> None:
    electorate = count_members(demo_db, RosterQuery(statuses=(Status.ACTIVE,)))
    report = check_setup(demo_db, draft("women", electorate + 1))
    assert report.electorate == electorate
    over = [p for p in report.problems if p.field == "seats" and "多于选举人" in p.message]
    assert [(p.severity, p.message) for p in over] == [
        ("error", f"{electorate + 1} 名，多于选举人 {electorate} 人")]
    at_most = check_setup(demo_db, draft("women", electorate))
    assert not [p for p in at_most.problems if "多于选举人" in p.message]


def test_too_few_women_for_a_womens_committee_is_a_warning(demo_db: Database) -> None:
    women = active_women(demo_db)
    assert women >= 10
    assert problems_on(demo_db, draft("women", 3), "body") == []  # the national threshold (10) is met
    set_override(demo_db, "election.women_committee_min_female", str(women + 1), "测试：本省标准更高")
    found = problems_on(demo_db, draft("women", 3), "body")
    assert [(p.severity, p.label) for p in found] == [("warning", "女职工委员会")]
    assert f"女会员 {women} 人，不足 {women + 1} 人" in found[0].message
    with pytest.raises(ValidationError, match="女职工委员会"):
        create_election(demo_db, draft("women", 3))  # a warning refuses without a note …
    e = create_election(demo_db, draft("women", 3, override_note="上级工会同意建立"))  # … and passes with one
    assert e.override_note == "上级工会同意建立"
    # other bodies are not concerned by the women's committee rule
    assert problems_on(demo_db, draft("committee", 7), "body") == []


# 工会法 第十六条 "三年或者五年", 章程 第二十六条 "三年至五年": the rule set allows 3 to 5 (docs/domain.md)
@pytest.mark.parametrize(("years", "refused"), [(3, False), (5, False), (None, False), (4, False), (2, True),
                                                (6, True)])
def test_term_years_follow_the_rule_set(demo_db: Database, years: int | None, refused: bool) -> None:
    found = problems_on(demo_db, draft(term_years=years), "term_years")
    if refused:
        assert [(p.severity, p.message) for p in found] == [("error", f"{years} 年不符合规定（应为 3或4或5 年）")]
    else:
        assert found == []
