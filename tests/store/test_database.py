"""The one way to write: `db.transaction()` commits all or nothing and speaks Chinese when SQLite refuses."""

from __future__ import annotations

import datetime as dt
import sqlite3
from typing import Any

import pytest
from sqlalchemy import event, func, select
from sqlalchemy.exc import IntegrityError, OperationalError

from unionbook.errors import StoreError
from unionbook.services.members.records import MemberDraft, add_member
from unionbook.store import Database
from unionbook.store.database import translate_error
from unionbook.store.models import ChangeLog, Employer, Member, MemberEvent

WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)


def make_id(i: int, birth: dt.date = dt.date(1985, 1, 1)) -> str:
    first17 = f"110105{birth:%Y%m%d}{i % 1000:03d}"
    return first17 + "10X98765432"[sum(int(c) * w for c, w in zip(first17, WEIGHTS, strict=True)) % 11]


def counts(db: Database) -> tuple[int, int, int, int]:
    with db.read() as s:
        return tuple(int(s.scalar(select(func.count()).select_from(t))) for t in  # type: ignore[return-value]
                     (Member, MemberEvent, ChangeLog, Employer))


def test_exception_inside_a_transaction_leaves_nothing_written(db: Database) -> None:
    with pytest.raises(RuntimeError), db.transaction() as s:
        s.add(Employer(name="半途而废有限公司"))
        s.flush()  # really sent to SQLite, then rolled back
        raise RuntimeError("boom")
    assert counts(db) == (0, 0, 0, 0)
    assert db.changed is False


def test_commit_on_normal_exit(db: Database) -> None:
    with db.transaction() as s:
        s.add(Employer(name="正常有限公司"))
    assert counts(db)[3] == 1
    assert db.changed is True


def test_read_session_never_commits(db: Database) -> None:
    with db.read() as s:
        s.add(Employer(name="只读有限公司"))
        s.flush()
    assert counts(db)[3] == 0


def test_unique_violation_below_the_services_is_translated(db: Database) -> None:
    add_member(db, MemberDraft(name="张三", id_number=make_id(1)))
    with pytest.raises(StoreError) as err, db.transaction() as s:
        s.add(Employer(name="会回滚的单位"))
        s.add(Member(name="李四", gender="男", id_number=make_id(1), birth_date=dt.date(1985, 1, 1)))
    assert "该身份证号已登记" in err.value.message and "未保存" in err.value.message
    assert counts(db) == (1, 1, 1, 0)


@pytest.mark.parametrize("raw,fragment", [
    ("database or disk is full", "磁盘已满"),
    ("attempt to write a readonly database", "只读"),
    ("database is locked", "正忙"),
    ("disk I/O error", "读写磁盘出错"),
    ("database disk image is malformed", "已损坏"),
    ("no such table: nothing", "数据库错误"),
])
def test_translate_error_messages(raw: str, fragment: str) -> None:
    exc = OperationalError("INSERT …", {}, sqlite3.OperationalError(raw))
    translated = translate_error(exc)
    assert isinstance(translated, StoreError)
    assert fragment in translated.message


def test_translate_integrity_errors() -> None:
    def integrity(raw: str) -> IntegrityError:
        return IntegrityError("INSERT …", {}, sqlite3.IntegrityError(raw))

    assert "会员证号已被使用" in translate_error(integrity("UNIQUE constraint failed: member.card_number")).message
    assert "外键" in translate_error(integrity("FOREIGN KEY constraint failed")).message


def test_disk_full_is_reported_in_chinese_and_nothing_is_half_written(db: Database) -> None:
    """SQLite's max_page_count makes the database 'full' a few pages from now, as a full USB stick would."""

    @event.listens_for(db.engine, "connect")
    def _limit(dbapi_conn: sqlite3.Connection, _record: Any) -> None:
        pages = dbapi_conn.execute("PRAGMA page_count").fetchone()[0]
        dbapi_conn.execute(f"PRAGMA max_page_count = {pages + 3}")

    db.engine.dispose()  # new connections get the limit
    added = 0
    with pytest.raises(StoreError) as err:  # the loop runs until the disk is full
        for i in range(2000):
            add_member(db, MemberDraft(name=f"会员{i}", id_number=make_id(i), employer=f"单位{i}",
                                       notes="很长的备注" * 40))
            added += 1
    assert "磁盘已满" in err.value.message and "未写入任何数据" in err.value.message
    assert added > 0
    # every member that was saved is whole: one join event and one change-log row each; the failed one is absent
    members, events, changes, employers = counts(db)
    assert members == events == changes == employers == added
    with db.read() as s:
        assert s.scalar(select(Member.id).where(Member.id_number == make_id(added))) is None
