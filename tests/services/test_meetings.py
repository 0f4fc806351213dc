"""Meetings: who is expected, check-in and the quorum, resolutions passed by the rule set, minutes."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from types import SimpleNamespace

import pytest
from pypdf import PdfReader

from unionbook.cli.jsonout import to_data
from unionbook.domain.member import Status
from unionbook.errors import NotFoundError, ValidationError
from unionbook.services.elections.terms import HolderDraft, TermDraft, start_term
from unionbook.services.meetings.papers import meeting_minutes, meeting_signin
from unionbook.services.meetings.records import (
    MeetingDraft,
    add_attendees,
    add_guest,
    add_meeting,
    add_resolution,
    check_in,
    check_in_member,
    get_meeting,
    link_election,
    list_meetings,
    set_agenda,
)
from unionbook.services.members.records import RosterQuery, count_members, list_members
from unionbook.store import Database

DAY = dt.date(2026, 5, 8)


def text_of(path: Path) -> str:
    return "".join(page.extract_text() for page in PdfReader(path).pages).replace(" ", "")


def test_member_assembly_expects_every_member_with_the_vote(demo_db: Database) -> None:
    m = add_meeting(demo_db, MeetingDraft("member_assembly", "2026年会员大会", DAY, place="职工之家"))
    assert m.entitled == count_members(demo_db, RosterQuery(statuses=(Status.ACTIVE,)))
    assert not m.quorum.met and m.quorum.required == -(-m.entitled * 2 // 3)
    kept = list_members(demo_db, RosterQuery(statuses=(Status.KEPT,)), limit=1)[0]
    m = add_attendees(demo_db, m.id, [kept.id])  # sits in, no vote
    assert m.entitled == m.quorum.entitled and any(a.member_id == kept.id and not a.entitled for a in m.attendees)


def test_quorum_follows_check_in(demo_db: Database, ek: SimpleNamespace) -> None:
    ids = ek.active_ids(demo_db, 9)
    m = add_meeting(demo_db, MeetingDraft("representatives", "一届三次会员代表大会", DAY), ids)
    assert (m.entitled, m.quorum.required) == (9, 6)
    q = check_in(demo_db, m.id, [a.id for a in m.attendees[:5]])
    assert (q.present, q.met) == (5, False) and "不能开会表决" in q.message
    check_in_member(demo_db, m.id, ids[5])
    m = get_meeting(demo_db, m.id)
    assert m.quorum.met and m.present == 6
    with pytest.raises(NotFoundError):
        check_in_member(demo_db, m.id, ek.active_ids(demo_db, 20)[-1])


def test_committee_meeting_needs_more_than_half(demo_db: Database, ek: SimpleNamespace) -> None:
    ids = ek.active_ids(demo_db, 6)
    start_term(demo_db, TermDraft("committee", dt.date(2024, 1, 1), 5, tuple(HolderDraft(member_id=i) for i in ids)))
    m = add_meeting(demo_db, MeetingDraft("committee", "委员会会议", DAY))  # the sitting committee by default
    assert m.entitled == 6 and m.quorum.required == 4  # half of 6 is not "more than half"


def test_resolutions_pass_with_more_than_half_of_all_entitled(demo_db: Database, ek: SimpleNamespace) -> None:
    ids = ek.active_ids(demo_db, 10)
    m = add_meeting(demo_db, MeetingDraft("representatives", "会员代表大会", DAY), ids)
    with pytest.raises(ValidationError) as err:
        add_resolution(demo_db, m.id, "审议工作报告", 5)
    assert "不能开会表决" in err.value.message
    check_in(demo_db, m.id, [a.id for a in m.attendees[:8]])
    r = add_resolution(demo_db, m.id, "通过工作报告", 6, 1, 1)
    assert r.passed and r.required == 6
    r = add_resolution(demo_db, m.id, "通过经费审查报告", 5, 2, 1)  # exactly half of 10: not passed
    assert not r.passed and "未通过" in r.explanation
    with pytest.raises(ValidationError) as err:
        add_resolution(demo_db, m.id, "多于到会人数", 7, 2, 0)
    assert "多于实到会人数 8 人" in err.value.message


def test_minutes_and_sign_in_sheet(demo_db: Database, ek: SimpleNamespace, tmp_path: Path) -> None:
    ids = ek.active_ids(demo_db, 12)
    m = add_meeting(demo_db, MeetingDraft("representatives", "一届三次会员代表大会", DAY, "上午9时", "职工之家",
                                          host="马晓燕", recorder="李明"), ids)
    check_in(demo_db, m.id, [a.id for a in m.attendees[:10]])
    add_guest(demo_db, m.id, "王主任")
    set_agenda(demo_db, m.id, [("审议工会工作报告", "与会代表分组讨论，提出意见三条。"), ("选举第五届委员会", "")])
    add_resolution(demo_db, m.id, "通过工会工作报告", 9, 1, 0)
    e = ek.committee_election(demo_db, candidates=0)
    link_election(demo_db, m.id, e.id)
    minutes = meeting_minutes(demo_db, m.id, tmp_path / "minutes.pdf")
    text = text_of(minutes.path)
    for words in ("一届三次会员代表大会纪要", "主持人：马晓燕", "应到会员代表12人，实到10人", "列席王主任",
                  "一、会议议程及讨论情况", "（一）审议工会工作报告", "与会代表分组讨论", "二、会议表决事项",
                  "赞成9票", "三、会议选举事项", "第五届委员会选举"):
        assert words in text, words
    signin = meeting_signin(demo_db, m.id, tmp_path / "signin.pdf")
    names = get_meeting(demo_db, m.id).attendees[0].name
    assert names in text_of(signin.path) and "一届三次会员代表大会" in text_of(signin.path)
    assert [s.title for s in list_meetings(demo_db)] == ["一届三次会员代表大会"]


def test_on_leave_is_neither_present_nor_absent(demo_db: Database, ek: SimpleNamespace) -> None:
    from unionbook.services.meetings.papers import minutes_values

    ids = ek.active_ids(demo_db, 9)
    m = add_meeting(demo_db, MeetingDraft("representatives", "一届三次会员代表大会", DAY), ids)
    check_in(demo_db, m.id, [a.id for a in m.attendees[:6]])
    q = check_in(demo_db, m.id, [a.id for a in m.attendees[6:8]], present=False, on_leave=True)
    assert (q.entitled, q.present, q.met) == (9, 6, True)  # leave does not count towards the quorum
    m = get_meeting(demo_db, m.id)
    assert (m.present, m.on_leave) == (6, 2)
    leave = [a for a in m.attendees if a.on_leave]
    assert [a.member_id for a in leave] == ids[6:8] and not any(a.present for a in leave)
    assert to_data(m)["on_leave"] == 2  # the CLI's JSON (cli/jsonout.py)
    assert minutes_values(demo_db, m)["attendance"] == "应到会员代表 9 人，实到 6 人，请假 2 人，缺席 1 人。"
    # one of them comes after all: present, no longer on leave
    q = check_in(demo_db, m.id, [leave[0].id])
    m = get_meeting(demo_db, m.id)
    assert (q.present, m.present, m.on_leave) == (7, 7, 1)
    # leave cannot be taken by someone marked present in the same call
    check_in(demo_db, m.id, [leave[1].id], present=True, on_leave=True)
    m = get_meeting(demo_db, m.id)
    back = next(a for a in m.attendees if a.id == leave[1].id)
    assert (back.present, back.on_leave, m.on_leave) == (True, False, 0)


def test_an_election_round_cannot_have_more_present_than_signed_in(demo_db: Database, ek: SimpleNamespace,
                                                                    tmp_path: Path) -> None:
    from unionbook.services.elections.count import BoxTally, RoundEntry, record_round

    ids = ek.active_ids(demo_db, 12)
    m = add_meeting(demo_db, MeetingDraft("member_assembly", "2026年会员大会", DAY), ids)
    e = ek.committee_election(demo_db, seats=7, candidates=8)
    link_election(demo_db, m.id, e.id)
    names = [c.name for c in e.candidates]
    entry = RoundEntry(1000, boxes=(BoxTally("1", 2, 2, 0, {n: 2 for n in names[:7]}),))
    with pytest.raises(ValidationError) as err:
        record_round(demo_db, e.id, entry)  # the minutes said 0 present, the round typed 1,000
    assert "签到" in err.value.message
    check_in(demo_db, m.id, [a.id for a in get_meeting(demo_db, m.id).attendees[:2]])
    with pytest.raises(ValidationError):
        record_round(demo_db, e.id, RoundEntry(3, boxes=(BoxTally("1", 2, 2, 0, {n: 2 for n in names[:7]}),)))
