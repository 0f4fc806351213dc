"""Helpers for the dues tests (services, CLI and GUI): valid ID numbers and a small union's people."""

from __future__ import annotations

import datetime as dt

from unionbook.domain.member import MemberDraft
from unionbook.services.members.records import add_member
from unionbook.store import Database

WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)


def make_id(seq: int, birth: str = "19880506") -> str:
    first17 = f"640104{birth}{seq:03d}"
    return first17 + "10X98765432"[sum(int(c) * w for c, w in zip(first17, WEIGHTS, strict=True)) % 11]


PEOPLE = (
    ("张伟", "恒达物流有限公司", dt.date(2024, 3, 1)),
    ("李娜", "恒达物流有限公司", dt.date(2026, 3, 15)),  # joins in March 2026
    ("王强", "恒达物流有限公司", dt.date(2020, 1, 1)),
    ("赵敏", "鑫源建材有限公司", dt.date(2019, 6, 1)),
    ("刘洋", "鑫源建材有限公司", dt.date(2021, 9, 1)),
)

def add_people(db: Database) -> dict[str, int]:
    """Member ids by name."""
    ids = {}
    for i, (name, employer, joined) in enumerate(PEOPLE, start=1):
        r = add_member(db, MemberDraft(name=name, id_number=make_id(i), employer=employer, join_date=joined),
                       event_date=joined)
        ids[name] = r.member_id
    return ids
