"""The member register's use cases: add, edit, status changes and their history, the change log."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from sqlalchemy import func, select

from unionbook.domain.member import Event, MemberDraft, Status
from unionbook.errors import ConflictError, NotFoundError, ValidationError
from unionbook.services.members.records import (
    StatusChange,
    add_member,
    draft_of,
    get_member,
    member_history,
    set_status,
    update_member,
)
from unionbook.services.union.audit import recent_changes
from unionbook.store import Database
from unionbook.store.models import ChangeLog, Employer, Member, MemberEvent

ZHANG_ID = "11010519491231002X"  # female, 1949-12-31
LI_ID = "440304199003070018"  # male, 1990-03-07
D = dt.date


def zhang(**kw: object) -> MemberDraft:
    base: dict[str, object] = {"name": "张三", "id_number": ZHANG_ID, "phone": "13800138000", "employer": "恒达物流有限公司",
                               "card_number": "C001", "join_date": D(2010, 5, 1)}
    return MemberDraft(**{**base, **kw})  # type: ignore[arg-type]


def count(db: Database, model: type) -> int:
    with db.read() as s:
        return int(s.scalar(select(func.count()).select_from(model)))  # type: ignore[arg-type]


def test_add_member_stores_the_derived_fields_and_a_join_event(db: Database) -> None:
    result = add_member(db, zhang(gender="男"))
    assert [p.field for p in result.warnings] == ["gender"]
    m = get_member(db, result.member_id)
    assert (m.name, m.gender, m.birth_date, m.id_number) == ("张三", "女", D(1949, 12, 31), ZHANG_ID)
    assert m.masked_id == "110105********002X"
    assert m.employer == "恒达物流有限公司" and m.employer_id is not None
    assert m.status == Status.ACTIVE and m.status_date == D(2010, 5, 1)
    assert m.join_date == D(2010, 5, 1)
    [join] = member_history(db, m.id)
    assert (join.event, join.from_status, join.to_status, join.date) == (Event.JOIN, None, Status.ACTIVE, D(2010, 5, 1))
    assert m.status.label == "在册"  # the JSON (masked in lists) is the CLI's: tests/cli/test_jsonout.py


def test_get_member_by_id_card_or_id_number(db: Database) -> None:
    mid = add_member(db, zhang()).member_id
    assert get_member(db, mid).id == mid
    assert get_member(db, str(mid)).id == mid
    assert get_member(db, "c001").id == mid
    assert get_member(db, ZHANG_ID.lower()).id == mid
    assert get_member(db, "110105491231002").id == mid  # the old 15-digit number finds the converted one
    for missing in ("C999", "999", "\U00010a40", ""):  # a Kharosthi digit is a "digit" to str.isdigit()
        with pytest.raises(NotFoundError, match="找不到会员"):
            get_member(db, missing)


def test_invalid_member_is_refused_and_nothing_written(db: Database) -> None:
    with pytest.raises(ValidationError) as err:
        add_member(db, zhang(id_number="110105194912310021", name=""))
    assert {p.field for p in err.value.problems} == {"name", "id_number"}
    assert "姓名" in err.value.message and "身份证号" in err.value.message
    assert (count(db, Member), count(db, MemberEvent), count(db, ChangeLog), count(db, Employer)) == (0, 0, 0, 0)


def test_duplicate_id_refused_naming_the_existing_member(db: Database) -> None:
    first = add_member(db, zhang()).member_id
    with pytest.raises(ConflictError) as err:
        add_member(db, zhang(name="张三丰", card_number="C002", employer="另一家公司"))
    message = err.value.message
    assert "张三" in message and f"编号 {first}" in message and "C001" in message
    assert "110105********002X" in message and "不能重复登记" in message
    assert err.value.details == {"member_id": first, "field": "id_number"}
    assert count(db, Member) == 1
    assert count(db, Employer) == 1  # the other employer was not created either


def test_duplicate_id_refused_even_after_the_member_left(db: Database) -> None:
    mid = add_member(db, zhang()).member_id
    set_status(db, mid, StatusChange(Event.LEAVE, D(2020, 1, 1), reason="本人申请"))
    with pytest.raises(ConflictError, match="已退会"):
        add_member(db, zhang(card_number=""))


def test_duplicate_card_number_refused(db: Database) -> None:
    add_member(db, zhang())
    with pytest.raises(ConflictError) as err:
        add_member(db, MemberDraft(name="李四", id_number=LI_ID, card_number=" c001 ".upper()))
    assert "会员证号 C001" in err.value.message and "张三" in err.value.message
    assert count(db, Member) == 1
    # an empty card number is not a duplicate of another empty one
    add_member(db, MemberDraft(name="李四", id_number=LI_ID))
    add_member(db, MemberDraft(name="王五", id_number="110105198501010012"))
    assert count(db, Member) == 3


def test_future_event_date_refused(db: Database) -> None:
    with pytest.raises(ValidationError, match="晚于今天"):
        add_member(db, zhang(join_date=None), event_date=dt.date.today() + dt.timedelta(days=1))
    with pytest.raises(ValidationError, match="入会"):
        add_member(db, zhang(), event=Event.LEAVE)
    with pytest.raises(ValidationError, match="早于出生日期1949-12-31"):
        add_member(db, zhang(join_date=None), event_date=D(1949, 1, 1))
    assert count(db, Member) == 0


def test_transfer_in(db: Database) -> None:
    mid = add_member(db, zhang(join_date=None), event=Event.TRANSFER_IN, event_date=D(2021, 3, 1),
                     other_union="贺兰县总工会", doc_ref="贺工转〔2021〕3号").member_id
    [e] = member_history(db, mid)
    assert (e.event, e.other_union, e.doc_ref) == (Event.TRANSFER_IN, "贺兰县总工会", "贺工转〔2021〕3号")


def test_edit_changes_fields_and_logs_old_and_new(db: Database) -> None:
    mid = add_member(db, zhang()).member_id
    draft = draft_of(get_member(db, mid))
    draft.name, draft.phone, draft.employer, draft.migrant_worker = "张珊", "13900139000", "新单位有限公司", True
    changed, warnings = update_member(db, mid, draft)
    assert set(changed) == {"姓名", "联系电话", "工作单位", "农民工"}
    assert warnings == []
    m = get_member(db, mid)
    assert (m.name, m.phone, m.employer, m.migrant_worker) == ("张珊", "13900139000", "新单位有限公司", True)
    with db.read() as s:
        [log] = recent_changes(s, entity="member", entity_id=mid)[:1]
        assert log.action == "update" and "张珊" in log.summary
        assert log.detail["name"] == {"old": "张三", "new": "张珊"}
        assert not {"name_pinyin", "name_initials", "search_key"} & set(log.detail)  # derived, not history
        row = s.get(Member, mid)
        assert row is not None and row.name_initials == "zs" and "13900139000" in row.search_key
    # saving the same draft again changes nothing and logs nothing
    before = count(db, ChangeLog)
    assert update_member(db, mid, draft) == ([], [])
    assert count(db, ChangeLog) == before


def test_edit_refuses_an_id_or_card_of_another_member(db: Database) -> None:
    mid = add_member(db, zhang()).member_id
    other = add_member(db, MemberDraft(name="李四", id_number=LI_ID, card_number="C002")).member_id
    draft = draft_of(get_member(db, other))
    draft.id_number = ZHANG_ID
    with pytest.raises(ConflictError, match="张三"):
        update_member(db, other, draft)
    draft = draft_of(get_member(db, other))
    draft.card_number = "C001"
    with pytest.raises(ConflictError, match="C001"):
        update_member(db, other, draft)
    assert get_member(db, other).card_number == "C002"
    assert get_member(db, mid).card_number == "C001"
    with pytest.raises(NotFoundError):
        update_member(db, 9999, draft)


def test_status_changes_grow_the_history_and_refuse_invalid_transitions(db: Database) -> None:
    mid = add_member(db, zhang()).member_id
    steps = [
        StatusChange(Event.KEEP, D(2015, 1, 1), reason="失业"),
        StatusChange(Event.RESTORE, D(2016, 1, 1)),
        StatusChange(Event.TRANSFER_OUT, D(2018, 1, 1), reason="调离", other_union="贺兰县总工会", doc_ref="转字1号"),
        StatusChange(Event.REJOIN, D(2020, 6, 1)),
        StatusChange(Event.EXPEL, D(2022, 1, 1), reason="严重违纪"),
    ]
    expected_status = [Status.KEPT, Status.ACTIVE, Status.TRANSFERRED_OUT, Status.ACTIVE, Status.EXPELLED]
    for i, (change, status) in enumerate(zip(steps, expected_status, strict=True)):
        view = set_status(db, mid, change)
        assert view.status == status and view.status_date == change.date
        history = member_history(db, mid)
        assert len(history) == i + 2
        assert history[-1].event == change.event and history[-1].to_status == status
    assert get_member(db, mid).join_date == D(2020, 6, 1)  # rejoining starts a new membership
    # from 已开除 only rejoining is possible; the refusal names the member, the state and the event, in Chinese
    for event in (Event.LEAVE, Event.TRANSFER_IN, Event.RESTORE, Event.KEEP):
        with pytest.raises(ConflictError) as err:
            set_status(db, mid, StatusChange(event, D(2023, 1, 1), reason="测试"))
        assert "张三" in err.value.message and "已开除" in err.value.message and event.label in err.value.message
    assert len(member_history(db, mid)) == 6
    assert count(db, MemberEvent) == 6
    with db.read() as s:
        logs = [c for c in recent_changes(s, entity="member", entity_id=mid) if c.action == "status"]
    assert len(logs) == 5
    assert "开除会籍" in logs[0].summary


def test_status_change_needs_reason_other_union_and_a_sensible_date(db: Database) -> None:
    mid = add_member(db, zhang()).member_id
    with pytest.raises(ValidationError) as err:
        set_status(db, mid, StatusChange(Event.TRANSFER_OUT, D(2020, 1, 1)))
    assert {p.field for p in err.value.problems} == {"reason", "other_union"}
    with pytest.raises(ValidationError, match="晚于今天"):
        set_status(db, mid, StatusChange(Event.LEAVE, dt.date.today() + dt.timedelta(days=1), reason="x"))
    with pytest.raises(ValidationError, match="早于该会员上一次会籍变动的日期2010-05-01"):
        set_status(db, mid, StatusChange(Event.LEAVE, D(2009, 1, 1), reason="本人申请"))
    with pytest.raises(NotFoundError):
        set_status(db, 9999, StatusChange(Event.RESTORE, D(2020, 1, 1)))
    assert len(member_history(db, mid)) == 1
    assert get_member(db, mid).status == Status.ACTIVE


def test_change_log_rows_written(db: Database) -> None:
    mid = add_member(db, zhang(gender="男")).member_id
    with db.read() as s:
        [log] = recent_changes(s)
    assert (log.action, log.entity, log.entity_id) == ("create", "member", mid)
    assert "张三" in log.summary and "入会" in log.summary
    assert log.actor == db.actor and log.actor
    assert any("性别" in w for w in log.detail["warnings"])
    with db.read() as s:
        raw = s.scalars(select(ChangeLog.detail)).one()
    assert json.loads(raw) == log.detail
    with pytest.raises(NotFoundError):
        member_history(db, 9999)


def test_change_history_masks_id_numbers(db: Database) -> None:
    mid = add_member(db, zhang()).member_id
    draft = draft_of(get_member(db, mid))
    draft.id_number = "110105194912310038"
    update_member(db, mid, draft)
    with db.read() as s:
        [log] = recent_changes(s, entity="member", entity_id=mid)[:1]
    assert log.detail["id_number"] == {"old": "110105********002X", "new": "110105********0038"}
