"""Fixtures for the service tests: helpers that set up an election with candidates on the demo union."""

from __future__ import annotations

import datetime as dt
from types import SimpleNamespace

import pytest

from unionbook.domain.member import Status
from unionbook.services.elections.setup import (
    ElectionDraft,
    ElectionView,
    create_election,
    get_election,
    set_candidates,
)
from unionbook.services.members.records import RosterQuery, list_members
from unionbook.store import Database

DAY = dt.date(2026, 5, 8)


def active_ids(db: Database, n: int, *, offset: int = 0) -> list[int]:
    """n members in good standing with different names (the demo may repeat a name; candidates must differ)."""
    found = list_members(db, RosterQuery(statuses=(Status.ACTIVE,), sort="id"), offset=offset, limit=n * 3)
    names: set[str] = set()
    out = []
    for m in found:
        if m.name not in names:
            names.add(m.name)
            out.append(m.id)
    return out[:n]


def committee_election(db: Database, seats: int = 7, candidates: int = 8, **kw: object) -> ElectionView:
    e = create_election(db, ElectionDraft(title="第五届委员会选举", body="committee", assembly_kind="member",
                                          date=DAY, seats=seats, **kw))  # type: ignore[arg-type]
    if candidates:
        set_candidates(db, e.id, active_ids(db, candidates))
    return get_election(db, e.id)


@pytest.fixture
def ek() -> SimpleNamespace:
    """The election kit: DAY, active_ids(db, n), committee_election(db, seats, candidates, **draft)."""
    return SimpleNamespace(DAY=DAY, active_ids=active_ids, committee_election=committee_election)
