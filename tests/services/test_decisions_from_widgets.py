"""Decisions that used to live in widgets, now services the CLI can share: the present count a round starts
from, 全部到会 leaving those on leave alone, and the members a roster query selects."""

from __future__ import annotations

import datetime as dt
from types import SimpleNamespace

from unionbook.domain.member import Status
from unionbook.services.elections.count import BoxTally, RoundEntry, default_present, record_round
from unionbook.services.meetings.records import (
    MeetingDraft,
    add_guest,
    add_meeting,
    check_in,
    check_in_all,
    get_meeting,
)
from unionbook.services.members.records import RosterQuery, list_members, member_ids
from unionbook.store import Database

DAY = dt.date(2026, 5, 8)


def test_present_defaults_to_everyone_entitled(demo_db: Database, ek: SimpleNamespace) -> None:
    e = ek.committee_election(demo_db, seats=7, candidates=8)
    assert default_present(demo_db, e.id) == e.entitled


def test_present_defaults_to_those_checked_in_at_the_meeting(demo_db: Database, ek: SimpleNamespace) -> None:
    m = add_meeting(demo_db, MeetingDraft("member_assembly", "会员大会", DAY))
    e = ek.committee_election(demo_db, seats=7, candidates=8, meeting_id=m.id)
    assert default_present(demo_db, e.id) == e.entitled  # nobody checked in yet: not "0 present"
    check_in(demo_db, m.id, [a.id for a in m.attendees[:40]])
    assert default_present(demo_db, e.id) == 40


def test_present_defaults_to_the_last_round(demo_db: Database, ek: SimpleNamespace) -> None:
    m = add_meeting(demo_db, MeetingDraft("member_assembly", "会员大会", DAY))
    e = ek.committee_election(demo_db, seats=7, candidates=8, meeting_id=m.id)
    check_in(demo_db, m.id, [a.id for a in m.attendees[:40]])
    present = 35  # no more than signed in at the linked meeting (count.py refuses more)
    names = [c.name for c in e.candidates]
    votes = {n: (present if i < 1 else 1) for i, n in enumerate(names)}  # one elected: another round follows
    record_round(demo_db, e.id, RoundEntry(present, boxes=(BoxTally("1", present, present, 0, votes),)))
    assert default_present(demo_db, e.id) == present  # the round's count wins over the meeting's 40


def test_all_present_leaves_those_on_leave_alone(demo_db: Database, ek: SimpleNamespace) -> None:
    ids = ek.active_ids(demo_db, 5)
    m = add_meeting(demo_db, MeetingDraft("representatives", "会员代表大会", DAY), ids)
    add_guest(demo_db, m.id, "列席嘉宾")
    on_leave = m.attendees[1].id
    check_in(demo_db, m.id, [on_leave], present=False, on_leave=True)
    q = check_in_all(demo_db, m.id)
    after = get_meeting(demo_db, m.id)
    assert q.present == 4 and after.present == 4
    by_id = {a.id: a for a in after.attendees}
    assert by_id[on_leave].on_leave and not by_id[on_leave].present
    assert all(a.present for a in after.attendees if a.id != on_leave)  # the guest included
    assert any(not a.entitled and a.present for a in after.attendees)


def test_member_ids_follow_the_query_and_its_order(demo_db: Database) -> None:
    query = RosterQuery(statuses=(Status.KEPT,), sort="name")
    assert member_ids(demo_db, query) == [m.id for m in list_members(demo_db, query)]
    assert len(member_ids(demo_db)) == len(list_members(demo_db))
