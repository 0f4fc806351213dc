"""Who may not stand (docs/domain.md): the employer head's close relatives (工会法 第十条) for the committee;
the sitting chair, vice-chairs, standing members and finance staff for the 经费审查委员会."""

from __future__ import annotations

import datetime as dt
from types import SimpleNamespace

import pytest

from unionbook.errors import ValidationError
from unionbook.services.elections.setup import ElectionDraft, create_election, set_candidates
from unionbook.services.elections.terms import HolderDraft, TermDraft, start_term
from unionbook.services.members.details import get_details, set_details
from unionbook.store import Database


def _election(db: Database, body: str) -> int:
    return create_election(db, ElectionDraft(title="换届选举", body=body, assembly_kind="member",
                                             date=dt.date(2026, 5, 8), seats=7)).id


def test_details_are_saved_and_checked(demo_db: Database, ek: SimpleNamespace) -> None:
    (mid,) = ek.active_ids(demo_db, 1)
    changed = set_details(demo_db, mid, {"native_place": "宁夏永宁", "skill_level": "高级工",
                                         "model_worker_level": "省部级", "employer_head_relative": True})
    assert "籍贯" in changed and "单位主要负责人的近亲属" in changed
    d = get_details(demo_db, mid)
    assert (d.native_place, d.model_worker_level, d.employer_head_relative) == ("宁夏永宁", "省部级", True)
    with pytest.raises(ValidationError):
        set_details(demo_db, mid, {"model_worker_level": "宇宙级"})


def test_a_relative_of_the_employer_head_cannot_stand_for_the_committee(demo_db: Database, ek: SimpleNamespace) -> None:
    ids = ek.active_ids(demo_db, 8)
    set_details(demo_db, ids[0], {"employer_head_relative": True})
    e = _election(demo_db, "committee")
    with pytest.raises(ValidationError) as err:
        set_candidates(demo_db, e, ids)
    assert "工会法第十条" in err.value.message
    set_candidates(demo_db, _election(demo_db, "funds_audit"), ids)  # the audit committee is not barred by it


def test_the_chair_and_finance_staff_cannot_sit_on_the_audit_committee(demo_db: Database, ek: SimpleNamespace) -> None:
    ids = ek.active_ids(demo_db, 10)
    start_term(demo_db, TermDraft("committee", dt.date(2024, 1, 1), 5, (HolderDraft(member_id=ids[0], role="chair"),)))
    set_details(demo_db, ids[1], {"finance_staff": True})
    e = _election(demo_db, "funds_audit")
    with pytest.raises(ValidationError) as err:
        set_candidates(demo_db, e, ids[:8])
    assert "现任工会主席" in err.value.message and "经费（财务）人员" in err.value.message
    set_candidates(demo_db, e, ids[2:10])
    set_candidates(demo_db, _election(demo_db, "committee"), ids[:8])  # they may stand for the committee


def test_a_standing_committee_election_notes_the_upper_union_approval(demo_db: Database) -> None:
    from unionbook.services.elections.setup import check_setup

    report = check_setup(demo_db, ElectionDraft(title="常委选举", body="standing", assembly_kind="member",
                                                date=dt.date(2026, 5, 8), seats=3))
    assert any("上一级工会批准" in p.message and p.severity == "notice" for p in report.problems)
