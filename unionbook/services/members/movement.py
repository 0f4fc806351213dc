"""Membership movement over a period (会员增减变动), for the annual report: opening count, joined, transferred
in, transferred out, left, lapsed (视为自动退会), expelled, died, closing — with
opening + joined + transferred_in − transferred_out − left − lapsed − expelled − died = closing.

The history is replayed event by event: a member is on the books when the last event put them in 在册 or
保留会籍. Each event that takes a member onto or off the books is counted once, by its kind; 保留会籍 and 恢复会籍
move a member within the books and are not counted. Replaying (rather than trusting each event's recorded
from-status) keeps the identity true even for histories imported with gaps.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import asdict, dataclass

from sqlalchemy import select

from unionbook.domain.member import Event, Status
from unionbook.errors import ValidationError
from unionbook.store import Database
from unionbook.store.models import MemberEvent

ON_BOOKS = frozenset({Status.ACTIVE.value, Status.KEPT.value})
IN_KINDS = {Event.JOIN.value: "joined", Event.REJOIN.value: "joined", Event.TRANSFER_IN.value: "transferred_in"}
OUT_KINDS = {Event.TRANSFER_OUT.value: "transferred_out", Event.LEAVE.value: "left",
             Event.WITHDRAW.value: "lapsed", Event.EXPEL.value: "expelled", Event.DIE.value: "died"}


@dataclass(frozen=True)
class Movement:
    start: dt.date
    end: dt.date
    opening: int
    joined: int
    transferred_in: int
    transferred_out: int
    left: int
    lapsed: int
    expelled: int
    died: int
    closing: int
    other_in: int = 0  # onto the books by an event of another kind (an imported history's gap)
    other_out: int = 0

    @property
    def total_in(self) -> int:
        return self.joined + self.transferred_in + self.other_in

    @property
    def total_out(self) -> int:
        return self.transferred_out + self.left + self.lapsed + self.expelled + self.died + self.other_out

    @property
    def balanced(self) -> bool:
        return self.opening + self.total_in - self.total_out == self.closing

    def to_json(self) -> dict[str, object]:
        data: dict[str, object] = asdict(self)
        data["start"], data["end"] = self.start.isoformat(), self.end.isoformat()
        data["total_in"], data["total_out"], data["balanced"] = self.total_in, self.total_out, self.balanced
        return data


def movement_from_events(events: list[tuple[int, str, str, dt.date]], start: dt.date, end: dt.date) -> Movement:
    """events: (member id, event, to_status, date), in the order they were recorded."""
    if end < start:
        raise ValidationError(f"统计期间的结束日期 {end} 早于开始日期 {start}")
    state: dict[int, bool] = {}
    counts = dict.fromkeys(("joined", "transferred_in", "transferred_out", "left", "lapsed", "expelled", "died",
                            "other_in", "other_out"), 0)
    opening: int | None = None
    # by date, then in recorded order: a history entered late still counts on the day it happened
    for member_id, event, to_status, day in sorted(events, key=lambda e: e[3]):
        if opening is None and day >= start:
            opening = sum(state.values())
        if day > end:
            break
        before, after = state.get(member_id, False), to_status in ON_BOOKS
        state[member_id] = after
        if day < start or before == after:
            continue
        kind = (IN_KINDS if after else OUT_KINDS).get(event, "other_in" if after else "other_out")
        counts[kind] += 1
    if opening is None:
        opening = sum(state.values())
    return Movement(start, end, opening, closing=sum(state.values()), **counts)


def movement(db: Database, start: dt.date, end: dt.date) -> Movement:
    with db.read() as s:
        rows = s.execute(select(MemberEvent.member_id, MemberEvent.event, MemberEvent.to_status, MemberEvent.date)
                         .order_by(MemberEvent.id)).tuples().all()
    return movement_from_events([(int(m), e, t, d) for m, e, t, d in rows], start, end)
