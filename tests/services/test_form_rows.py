"""The members a form is printed for are read through sqlite3 (services/forms/rows.py), from a `Database` and
from the light `Reader` alike, and give exactly the values the ORM query they replace gave (the reference
below is that query, kept here): dates as dates, flags as bools, the status as `Status`, the history lines."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import select

from unionbook.domain.member import Event, Status
from unionbook.errors import NotFoundError
from unionbook.services.forms.rows import current_members, members_by_key
from unionbook.services.members.roster import CURRENT
from unionbook.store import Database
from unionbook.store.models import Employer, Member, MemberEvent
from unionbook.store.reader import Reader

_COLUMNS = (
    Member.id, Member.name, Member.gender, Member.ethnicity, Member.id_number, Member.birth_date, Member.phone,
    Employer.name.label("employer"), Member.employer_id, Member.job, Member.education, Member.political_status,
    Member.household_type, Member.employment_form, Member.migrant_worker, Member.group_name.label("group"),
    Member.frontline, Member.model_worker, Member.hardship, Member.card_number, Member.join_date, Member.status,
    Member.status_date, Member.notes, Member.id_type, Member.household_place, Member.native_place,
    Member.skill_level, Member.employment_status, Member.model_worker_level, Member.previous_union,
    Member.new_forms,
)


def _orm_rows(db: Database, *conditions: Any) -> list[dict[str, Any]]:
    stmt = select(*_COLUMNS).outerjoin(Employer, Member.employer_id == Employer.id).order_by(
        Member.name_pinyin, Member.id)
    for cond in conditions:
        stmt = stmt.where(cond)
    out = []
    with db.read() as s:
        for row in s.execute(stmt).mappings():
            d = dict(row)
            d["employer"] = d["employer"] or ""
            d["status"] = Status(d["status"])
            out.append(d)
    return out


def _orm_history(db: Database, ids: list[int]) -> dict[int, str]:
    history: dict[int, str] = {}
    with db.read() as s:
        stmt = (select(MemberEvent.member_id, MemberEvent.event, MemberEvent.date, MemberEvent.reason)
                .where(MemberEvent.member_id.in_(ids)).order_by(MemberEvent.id))
        for member_id, event, date, reason in s.execute(stmt):
            line = f"{date:%Y.%m.%d} {Event(event).label}" + (f"（{reason}）" if reason else "")
            history[member_id] = f"{history[member_id]}；{line}" if member_id in history else line
    return history


def _typed(rows: list[dict[str, Any]]) -> list[list[tuple[str, type, Any]]]:
    return [[(k, type(v), v) for k, v in r.items()] for r in rows]


def test_everyone_on_the_books_as_the_orm_gave_them(demo_db: Database) -> None:
    expected = _orm_rows(demo_db, Member.status.in_([st.value for st in CURRENT]))
    assert len(expected) > 50 and any(r["join_date"] is None or r["migrant_worker"] for r in expected)
    assert _typed(current_members(demo_db)) == _typed(expected)
    light = Reader.open(demo_db.path)
    assert light is not None
    try:
        assert _typed(current_members(light)) == _typed(expected)
    finally:
        light.close()


def test_members_by_key_in_the_order_given_with_their_history(demo_db: Database) -> None:
    everyone = _orm_rows(demo_db)
    with_events = set(_orm_history(demo_db, [r["id"] for r in everyone]))
    left = next(r for r in everyone if r["status"] is not Status.ACTIVE and r["id"] in with_events)
    carded = next(r for r in everyone if r["card_number"] and r["id"] != left["id"])
    plain = next(r for r in everyone if r["id"] not in (left["id"], carded["id"]))
    keys: list[int | str] = [str(left["id"]), carded["card_number"], plain["id_number"].lower(), plain["id"]]
    history = _orm_history(demo_db, [left["id"], carded["id"], plain["id"]])
    expected = []
    for r in (left, carded, plain, plain):
        row = dict(r)
        if r["id"] in history:
            row["history"] = history[r["id"]]
        expected.append(row)
    assert "history" in expected[0]
    assert _typed(members_by_key(demo_db, keys)) == _typed(expected)
    light = Reader.open(demo_db.path)
    assert light is not None
    try:
        assert _typed(members_by_key(light, keys)) == _typed(expected)
        with pytest.raises(NotFoundError, match="找不到会员“ZZ-9”"):
            members_by_key(light, ["ZZ-9"])
    finally:
        light.close()
