"""A union's first roster is planned without looking its ID and card numbers up (the register holds no member:
services/imports/flow.py): the plan is the one the look-ups give, refusals and warnings included."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest
from roster_files import HEADER, member_row, resident_id, write_xlsx

from unionbook.domain.member import MemberDraft
from unionbook.services.imports import flow as imports
from unionbook.services.members.records import add_member
from unionbook.store import Database

TODAY = dt.date(2026, 11, 26)


def _messy(path: Path) -> Path:
    a, b, c = resident_id("19900307", 1, male=True), resident_id("19850211", 2), resident_id("19790930", 3)
    rows = [HEADER,
            member_row(1, "张三", a, card="K001", gender="女"),  # gender disagrees: a warning
            member_row(2, "李四", b, card="K001"),  # the card number again: refused
            member_row(3, "王五", a[:17] + ("0" if a[17] != "0" else "1")),  # a bad check digit: refused
            member_row(4, "赵六", c, ethnicity="火星族", phone="123"),  # not a choice: refused; a phone warning
            member_row(5, "张三", a, card="K001", gender="女"),  # an exact copy of row 2
            member_row(6, "钱七", resident_id("19700101", 7), card="K002", join="2031-01-01")]  # joins later: refused
    return write_xlsx(path, rows, text_columns=[3])


def _plan(db: Database, path: Path) -> tuple[object, ...]:
    plan = imports.preview(db, path, today=TODAY)
    return (plan.problems, plan.error_rows, plan.unchanged_rows, sorted(plan.raw_rows.items()),
            [(p.row, p.values, p.employer, p.event_date) for p in plan.new], plan.updates)


def test_the_first_roster_is_planned_as_with_the_look_ups(
        union_db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = _messy(tmp_path / "a.xlsx")
    looked_up: list[str] = []
    real_existing, real_cards = imports.existing_members, imports.card_holders
    monkeypatch.setattr(imports, "existing_members", lambda s, n: looked_up.append("ids") or real_existing(s, n))
    monkeypatch.setattr(imports, "card_holders", lambda s, c: looked_up.append("cards") or real_cards(s, c))

    shutil.copyfile(union_db.path, tmp_path / "other.sqlite")
    first = _plan(union_db, path)
    assert looked_up == []  # no member yet: nothing looked up

    other = Database.open(tmp_path / "other.sqlite")
    try:  # the same union with one member of another ID and card: the look-ups run and find nothing
        add_member(other, MemberDraft(name="孙八", id_number=resident_id("19600101", 9), card_number="K900",
                                      join_date=dt.date(2020, 1, 1)))
        with_look_ups = _plan(other, path)
    finally:
        other.close()
    assert looked_up == ["ids", "cards"]
    assert first == with_look_ups
    problems = first[0]
    assert {p.severity for p in problems} == {"error", "warning"}  # the roster does exercise both
