"""The key figures' two passes are read at once on two connections, but always from one state of the file."""

from __future__ import annotations

import sqlite3
from typing import Any

import pytest

from unionbook.domain.member import MemberDraft, Status
from unionbook.services.members import figures_read
from unionbook.services.members.records import add_member, count_members
from unionbook.services.members.roster import RosterQuery
from unionbook.services.members.stats import key_figures
from unionbook.store import Database

CURRENT = RosterQuery(statuses=(Status.ACTIVE, Status.KEPT))


def spy(monkeypatch: pytest.MonkeyPatch) -> list[Any]:
    monkeypatch.setattr(figures_read, "SIDE_BY_SIDE_FROM", 0)  # as in a union large enough for it
    outcomes: list[Any] = []
    real = figures_read._at_once

    def at_once(*args: Any) -> Any:
        outcomes.append(real(*args))
        return outcomes[-1]

    monkeypatch.setattr(figures_read, "_at_once", at_once)
    return outcomes


def test_a_small_union_reads_them_one_after_the_other(demo_db: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    outcomes: list[Any] = []
    monkeypatch.setattr(figures_read, "_at_once", lambda *args: outcomes.append(args))
    assert key_figures(demo_db).members == count_members(demo_db, CURRENT)
    assert outcomes == []  # 300 members: two more connections would cost more than they save


def test_the_two_passes_are_read_side_by_side(demo_db: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    outcomes = spy(monkeypatch)
    f = key_figures(demo_db)
    assert outcomes and outcomes[0] is not None  # read on two connections
    assert f.members == count_members(demo_db, CURRENT)
    assert sum(e["members"] for e in f.per_employer) <= f.members


def test_a_write_meanwhile_has_both_read_again_in_one_transaction(demo_db: Database,
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    """A member joins while the employers' figures are being read: the two passes might then describe two
    states of the file, so both are read again, together, and agree."""
    outcomes = spy(monkeypatch)
    real_connect = figures_read._connect
    opened: list[sqlite3.Connection] = []
    employer = key_figures(demo_db).per_employer[0]

    def connect(uri: str) -> sqlite3.Connection:
        conn = real_connect(uri)
        opened.append(conn)
        if len(opened) == 2:  # the second pass's connection: the write lands between the two
            add_member(demo_db, MemberDraft(name="新会员", id_number="110105199003070017", phone="13900000001",
                                            employer=employer["name"]))
        return conn

    monkeypatch.setattr(figures_read, "_connect", connect)
    outcomes.clear()
    f = key_figures(demo_db)
    assert outcomes == [None]  # the side-by-side reading was set aside
    assert f.members == count_members(demo_db, CURRENT)  # the new member is in the tally …
    after = next(e for e in f.per_employer if e["name"] == employer["name"])
    assert after["members"] == employer["members"] + 1  # … and in the employer's figures
