"""The forms as the originals are (docs/domain.md; review 2026-11 §2): each changed form's new content, read
back from the PDF text."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from types import SimpleNamespace

import pytest
from pypdf import PdfReader

from unionbook.domain.member import Event, Status
from unionbook.errors import ValidationError
from unionbook.services.forms.catalog import render_form
from unionbook.services.meetings.papers import meeting_notice
from unionbook.services.meetings.records import MeetingDraft, add_meeting, set_agenda
from unionbook.services.members.details import set_details
from unionbook.services.members.records import RosterQuery, StatusChange, list_members, set_status
from unionbook.store import Database

DAY = dt.date(2026, 5, 8)


def text_of(path: Path) -> str:
    return "".join(page.extract_text() for page in PdfReader(str(path)).pages).replace(" ", "").replace("\n", "")


def test_notice_invites_representatives_to_a_representatives_assembly(demo_db: Database, ek: SimpleNamespace,
                                                                        tmp_path: Path) -> None:
    m = add_meeting(demo_db, MeetingDraft("representatives", "一届三次会员代表大会", DAY, place="职工之家"),
                    ek.active_ids(demo_db, 9))
    set_agenda(demo_db, m.id, [("审议工会工作报告", "")])
    text = text_of(meeting_notice(demo_db, m.id, tmp_path / "n.pdf", today=dt.date(2026, 4, 20)).path)
    assert "全体会员代表" in text and "全体会员。" not in text and "审议工会工作报告" in text
    with pytest.raises(ValidationError) as err:
        meeting_notice(demo_db, m.id, tmp_path / "late.pdf", today=dt.date(2026, 11, 25))
    assert "晚于" in err.value.message
    assert not (tmp_path / "late.pdf").exists()


def test_notice_by_hand_defaults_to_all_members(demo_db: Database, tmp_path: Path) -> None:
    values = {"meeting": {"title": "2026年会员大会", "date": DAY, "place": "职工之家"}}
    r = render_form(demo_db, "notice", tmp_path / "n.pdf", values=values, today=dt.date(2026, 5, 1))
    assert "各工会小组、全体会员：" in text_of(r.path)


def test_transfer_letter_names_card_employers_and_a_kept_member(demo_db: Database, tmp_path: Path) -> None:
    kept = list_members(demo_db, RosterQuery(statuses=(Status.KEPT,)), limit=1)[0]
    set_status(demo_db, kept.id, StatusChange(Event.TRANSFER_OUT, DAY, "户籍迁移", other_union="贺兰县总工会"))
    r = render_form(demo_db, "transfer_letter", tmp_path / "t.pdf", members=[kept.id],
                    values={"transfer": {"new_employer": "贺兰县某物流公司"}}, today=DAY)
    text = text_of(r.path)
    assert kept.card_number in text and kept.employer in text and "贺兰县某物流公司" in text
    assert "保留会籍会员" in text and "不享有选举权" in text


def test_registration_shows_status_history_and_new_fields(demo_db: Database, tmp_path: Path) -> None:
    kept = list_members(demo_db, RosterQuery(statuses=(Status.KEPT,)), limit=1)[0]
    set_details(demo_db, kept.id, {"native_place": "宁夏永宁", "skill_level": "高级工", "model_worker_level": "省部级",
                                   "household_place": "宁夏银川市兴庆区"})
    text = text_of(render_form(demo_db, "registration", tmp_path / "r.pdf", members=[kept.id], today=DAY).path)
    for words in ("会籍状态", "保留会籍", "会籍变动", "入会", "技能等级", "高级工", "户籍所在地", "宁夏银川市兴庆区",
                  "籍贯", "宁夏永宁", "就业状况", "省部级"):
        assert words in text, words
    assert "困难职工" not in text


def test_roster_has_a_status_column(demo_db: Database, tmp_path: Path) -> None:
    text = text_of(render_form(demo_db, "roster", tmp_path / "r.pdf", today=DAY).path)
    assert "会籍状态" in text and "保留会籍" in text and "在册" in text


def test_card_is_the_acftu_card_with_a_transfer_section(demo_db: Database, ek: SimpleNamespace, tmp_path: Path) -> None:
    ids = ek.active_ids(demo_db, 2)
    text = text_of(render_form(demo_db, "cards", tmp_path / "c.pdf", members=ids, today=DAY).path)
    for words in ("中华全国总工会会员证", "出生年月", "发证日期", "2026年5月8日", "组织关系接转", "转出工会", "转入工会"):
        assert words in text, words


def test_application_asks_what_one_time_joining_needs(demo_db: Database, tmp_path: Path) -> None:
    text = text_of(render_form(demo_db, "application", tmp_path / "a.pdf", today=DAY).path)
    for words in ("中华全国总工会入会申请书", "户籍类型", "户籍所在地", "是否农民工", "证件类型", "曾在其他工会入会",
                  "会员证号", "批准入会日期"):
        assert words in text, words


def test_application_of_a_joint_union_asks_the_employer_union_first(demo_db: Database, union_db: Database,
                                                                    tmp_path: Path) -> None:
    joint = text_of(render_form(demo_db, "application", tmp_path / "j.pdf", today=DAY).path)  # the demo: township
    assert "所在单位工会" in joint and "工会小组" not in joint
    enterprise = text_of(render_form(union_db, "application", tmp_path / "e.pdf", today=DAY).path)
    assert "工会小组" in enterprise
