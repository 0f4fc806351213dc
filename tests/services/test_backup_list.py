"""The backups offered for restoring say when, what kind and how many members."""

from __future__ import annotations

import datetime as dt

from unionbook.services.union.backup_list import describe_backups
from unionbook.services.union.backups import backup_now
from unionbook.store import Database


def test_backups_listed_with_time_kind_and_member_count(demo_db: Database) -> None:
    from unionbook.domain.member import Status
    from unionbook.services.members.records import RosterQuery, count_members

    path = backup_now(demo_db)
    found = describe_backups(demo_db)
    assert found[0].path == path and found[0].kind == "manual" and found[0].kind_label == "手动"
    assert found[0].members == count_members(demo_db, RosterQuery(statuses=(Status.ACTIVE, Status.KEPT)))
    assert found[0].made_at is not None and abs(found[0].made_at - dt.datetime.now()) < dt.timedelta(minutes=1)
