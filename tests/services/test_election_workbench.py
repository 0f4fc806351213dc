"""The election workbench's services: setup checks, candidates, rounds recorded, re-votes and run-offs."""

from __future__ import annotations

import json
from types import SimpleNamespace

import pytest
from sqlalchemy import func, select

from unionbook.domain.member import Status
from unionbook.domain.strokes import sort_by_strokes
from unionbook.errors import ConflictError, ValidationError
from unionbook.services.elections.count import (
    BoxTally,
    KeyedBallot,
    RoundEntry,
    election_result,
    finish_with_fewer_seats,
    next_round,
    record_round,
    undo_last_round,
)
from unionbook.services.elections.setup import (
    ElectionDraft,
    candidate_report,
    check_setup,
    create_election,
    set_candidates,
    voters,
)
from unionbook.services.members.records import RosterQuery, count_members, list_members
from unionbook.services.rules.in_force import set_override
from unionbook.services.union.demo import build_demo
from unionbook.store import Database
from unionbook.store.models import Election, ElectionRound, RoundBallot


def box(votes: dict[str, int], issued: int, returned: int | None = None, invalid: int = 0) -> BoxTally:
    return BoxTally("1号票箱", issued, issued if returned is None else returned, invalid, votes)


# ---- setup ----


def test_member_assembly_required_at_or_below_100_members(db: Database, ek: SimpleNamespace) -> None:
    build_demo(db, members=60, seed=3)
    draft = ElectionDraft("第二届委员会选举", "committee", "representatives", ek.DAY, 5,
                          representatives=tuple(ek.active_ids(db, 30)))
    with pytest.raises(ValidationError) as err:
        create_election(db, draft)
    assert "应召开会员大会选举，不能由会员代表大会选举" in err.value.message
    # a note does not help: the rule is confirmed, not a number to argue about
    with pytest.raises(ValidationError):
        create_election(db, ElectionDraft(**{**draft.__dict__, "override_note": "上级同意"}))
    e = create_election(db, ElectionDraft("第二届委员会选举", "committee", "member", ek.DAY, 5))
    assert e.assembly_kind == "member"


def test_electorate_is_the_roster_without_kept_members(demo_db: Database, ek: SimpleNamespace) -> None:
    e = ek.committee_election(demo_db, candidates=0)
    active = count_members(demo_db, RosterQuery(statuses=(Status.ACTIVE,)))
    kept = list_members(demo_db, RosterQuery(statuses=(Status.KEPT,)))
    assert kept, "the demo union has members with 保留会籍"
    assert e.entitled == active
    voter_ids = {mid for mid, _ in voters(demo_db, e.id)}
    assert len(voter_ids) == active and not voter_ids & {m.id for m in kept}
    report = check_setup(demo_db, ElectionDraft("x", "committee", "member", ek.DAY, 7))
    assert any("保留会籍会员" in p.message and p.severity == "notice" for p in report.problems)


def test_seats_outside_the_size_table_need_a_note(demo_db: Database, ek: SimpleNamespace) -> None:
    with pytest.raises(ValidationError) as err:
        ek.committee_election(demo_db, seats=20, candidates=0)
    assert "委员名额应为 7～15 名" in err.value.message and "请填写说明" in err.value.message
    e = ek.committee_election(demo_db, seats=20, candidates=0, override_note="经区总工会同意")
    assert e.override_note == "经区总工会同意"


def test_representatives_assembly_needs_representatives_with_the_vote(demo_db: Database, ek: SimpleNamespace) -> None:
    kept = list_members(demo_db, RosterQuery(statuses=(Status.KEPT,)), limit=1)[0]
    draft = ElectionDraft("第五届委员会选举", "committee", "representatives", ek.DAY, 7,
                          representatives=(*ek.active_ids(demo_db, 40), kept.id))
    with pytest.raises(ValidationError) as err:
        create_election(demo_db, draft)
    assert f"“{kept.name}”的会籍状态为保留会籍，没有选举权" in err.value.message
    e = create_election(demo_db, ElectionDraft(**{**draft.__dict__, "representatives": tuple(ek.active_ids(demo_db, 40))}))
    assert e.entitled == 40


# ---- candidates ----


def test_candidates_are_in_stroke_order_with_the_margin_checked(demo_db: Database, ek: SimpleNamespace) -> None:
    e = ek.committee_election(demo_db, seats=7, candidates=7)
    names = [c.name for c in e.candidates]
    assert names == sort_by_strokes(names)
    report = candidate_report(demo_db, e.id)
    assert not report.margin.ok and "至少 8 名，现只有 7 名" in report.margin.message
    report = set_candidates(demo_db, e.id, ek.active_ids(demo_db, 8))
    assert report.margin.ok
    assert {c.key for c in report.composition} == {"women", "frontline", "model_workers"}


def test_kept_member_cannot_stand(demo_db: Database, ek: SimpleNamespace) -> None:
    e = ek.committee_election(demo_db, candidates=0)
    kept = list_members(demo_db, RosterQuery(statuses=(Status.KEPT,)), limit=1)[0]
    with pytest.raises(ValidationError) as err:
        set_candidates(demo_db, e.id, [*ek.active_ids(demo_db, 7), kept.id])
    assert "没有被选举权" in err.value.message


def test_composition_warns_before_printing(demo_db: Database, ek: SimpleNamespace) -> None:
    e = ek.committee_election(demo_db, candidates=0)
    men = [m.id for m in list_members(demo_db, RosterQuery(statuses=(Status.ACTIVE,)))
           if m.gender == "男" and not m.model_worker and not m.frontline][:8]
    report = set_candidates(demo_db, e.id, men)
    lines = {c.key: c for c in report.composition}
    assert not lines["women"].ok and lines["women"].required >= 1
    assert not lines["frontline"].ok and lines["frontline"].required == 1  # national: "适当比例", none is too few
    assert not lines["model_workers"].ok
    assert len(report.warnings) == 3


# ---- counting ----


def test_under_subscription_runs_off_among_the_others(demo_db: Database, ek: SimpleNamespace) -> None:
    e = ek.committee_election(demo_db, seats=7, candidates=8)
    names = [c.name for c in e.candidates]
    present = e.entitled - 5
    threshold = e.entitled // 2 + 1
    first = {n: (threshold + 10 if i < 5 else threshold - 10) for i, n in enumerate(names)}
    r1 = record_round(demo_db, e.id, RoundEntry(present, boxes=(box(first, present),)))
    assert r1.next_step == "runoff" and r1.result["elected"] == names[:5]
    plan = next_round(demo_db, e.id)
    assert (plan.number, plan.kind, plan.seats, plan.candidates) == (2, "runoff", 2, names[5:])
    r2 = record_round(demo_db, e.id, RoundEntry(present, boxes=(
        box({names[5]: threshold, names[6]: threshold + 3, names[7]: 5}, present),)))
    assert r2.next_step == "done"
    result = election_result(demo_db, e.id)
    assert result.finished and [x.name for x in result.elected] == [*names[:5], names[6], names[5]]
    assert [x.round_number for x in result.elected] == [1] * 5 + [2, 2]
    with demo_db.read() as s:
        assert s.scalar(select(func.count()).select_from(ElectionRound)) == 2
    with pytest.raises(ConflictError):
        record_round(demo_db, e.id, RoundEntry(present, boxes=(box({}, present),)))


def test_tie_at_the_cut_off_revotes_among_the_tied_only(demo_db: Database, ek: SimpleNamespace) -> None:
    e = ek.committee_election(demo_db, seats=2, candidates=0, override_note="测试")
    set_candidates(demo_db, e.id, ek.active_ids(demo_db, 4))
    names = [c.name for c in e.candidates] or [c.name for c in candidate_report(demo_db, e.id).candidates]
    present = e.entitled
    r1 = record_round(demo_db, e.id, RoundEntry(present, boxes=(
        box({names[0]: 200, names[1]: 150, names[2]: 150, names[3]: 10}, present),)))
    assert r1.next_step == "revote_tied" and r1.result["tied"] == sorted(names[1:3], key=names.index)
    plan = next_round(demo_db, e.id)
    assert (plan.kind, plan.seats, sorted(plan.candidates)) == ("revote_tied", 1, sorted(names[1:3]))
    r2 = record_round(demo_db, e.id, RoundEntry(present, boxes=(box({names[1]: 200, names[2]: 40}, present),)))
    assert r2.next_step == "done"
    assert [x.name for x in election_result(demo_db, e.id).elected] == [names[0], names[1]]


def test_more_returned_than_issued_votes_again_with_the_same_ballot(demo_db: Database, ek: SimpleNamespace) -> None:
    e = ek.committee_election(demo_db)
    r = record_round(demo_db, e.id, RoundEntry(e.entitled, boxes=(box({}, 200, returned=201),)))
    assert r.next_step == "revote_all" and not r.result["round_valid"]
    plan = next_round(demo_db, e.id)
    assert (plan.kind, plan.seats, plan.candidates) == ("revote_all", 7, [c.name for c in e.candidates])


def test_keyed_ballots_marking_too_many_are_void(demo_db: Database, ek: SimpleNamespace) -> None:
    e = ek.committee_election(demo_db, seats=7, candidates=8)
    names = [c.name for c in e.candidates]
    ballots = (KeyedBallot(tuple(names[:7]), "0001"), KeyedBallot(tuple(names), "0002"), KeyedBallot((), "0003"))
    r = record_round(demo_db, e.id, RoundEntry(e.entitled, ballots=ballots, ballots_issued=e.entitled))
    assert (r.result["valid_ballots"], r.result["invalid_ballots"]) == (2, 1)
    assert r.result["votes"][names[0]] == 1 and r.result["votes"][names[7]] == 0
    with demo_db.read() as s:
        assert [b.valid for b in s.scalars(select(RoundBallot).order_by(RoundBallot.id))] == [True, False, True]


def test_the_same_numbered_ballot_cannot_be_keyed_twice(demo_db: Database, ek: SimpleNamespace) -> None:
    e = ek.committee_election(demo_db)
    ballots = (KeyedBallot(("a",), "0007"), KeyedBallot(("b",), "0007"))
    with pytest.raises(ValidationError) as err:
        record_round(demo_db, e.id, RoundEntry(e.entitled, ballots=ballots, ballots_issued=10))
    assert "编号 0007 已录入过" in err.value.message


def test_a_contradictory_round_is_refused_and_nothing_written(demo_db: Database, ek: SimpleNamespace) -> None:
    e = ek.committee_election(demo_db)
    name = e.candidates[0].name
    with pytest.raises(ValidationError) as err:
        record_round(demo_db, e.id, RoundEntry(e.entitled, boxes=(box({name: 50}, 40, invalid=2),)))
    assert "多于本箱有效票 38 张" in err.value.message
    with pytest.raises(ValidationError):
        record_round(demo_db, e.id, RoundEntry(e.entitled + 1, boxes=(box({}, 10),)))
    assert next_round(demo_db, e.id).number == 1 and election_result(demo_db, e.id).rounds == []


def test_undo_and_fewer_seats(demo_db: Database, ek: SimpleNamespace) -> None:
    e = ek.committee_election(demo_db, seats=8, candidates=9)
    names = [c.name for c in e.candidates]
    high = e.entitled // 2 + 5
    record_round(demo_db, e.id, RoundEntry(e.entitled, boxes=(box({n: high for n in names[:7]}, e.entitled),)))
    undo_last_round(demo_db, e.id)
    assert election_result(demo_db, e.id).elected == []
    record_round(demo_db, e.id, RoundEntry(e.entitled, boxes=(box({n: high for n in names[:7]}, e.entitled),)))
    # 7 elected of 8: the assembly may agree to 7 seats (280 members: 7–15)
    result = finish_with_fewer_seats(demo_db, e.id, "大会表决同意减少一个名额")
    assert result.finished and len(result.elected) == 7 and "减少名额" in result.summary[-1]


def test_rules_are_frozen_at_setup(demo_db: Database, ek: SimpleNamespace) -> None:
    e = ek.committee_election(demo_db, seats=7, candidates=8)
    set_override(demo_db, "election.threshold_base", "cast", "测试：以投票人数为基数")
    names = [c.name for c in e.candidates]
    # 100 ballots cast: over half of those cast (51) but not of the electorate
    r = record_round(demo_db, e.id, RoundEntry(e.entitled, boxes=(box({n: 60 for n in names}, 100),)))
    assert r.result["threshold_base"] == "entitled" and r.result["elected"] == []
    with demo_db.read() as s:
        frozen = json.loads(s.get(Election, e.id).rules_json)
    assert frozen["election.threshold_base"] == "entitled"
