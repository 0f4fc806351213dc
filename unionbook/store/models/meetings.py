"""Meetings: attendance, agenda and resolutions."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import (
    Boolean,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    text,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from unionbook.store.models.base import Base, _now


class Meeting(Base):
    __tablename__ = "meeting"
    __table_args__ = (Index("ix_meeting_date", "date"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(20))  # member_assembly | representatives | committee | congress | other
    title: Mapped[str] = mapped_column(String(200))
    date: Mapped[dt.date] = mapped_column(Date)
    time: Mapped[str] = mapped_column(String(20), default="")
    place: Mapped[str] = mapped_column(String(200), default="")
    host: Mapped[str] = mapped_column(String(40), default="")  # 主持人
    recorder: Mapped[str] = mapped_column(String(40), default="")  # 记录人
    notes: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=_now)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime, default=_now, onupdate=_now)

    attendees: Mapped[list[MeetingAttendee]] = relationship(
        back_populates="meeting", order_by="MeetingAttendee.id", cascade="all, delete-orphan")
    agenda: Mapped[list[AgendaItem]] = relationship(
        back_populates="meeting", order_by="AgendaItem.position", cascade="all, delete-orphan")
    resolutions: Mapped[list[Resolution]] = relationship(
        back_populates="meeting", order_by="Resolution.position", cascade="all, delete-orphan")


class MeetingAttendee(Base):
    """Someone expected at a meeting (应到), checked in when present; `entitled` counts toward the quorum
    (a guest sitting in, 列席, does not)."""

    __tablename__ = "meeting_attendee"
    __table_args__ = (
        Index("uq_meeting_attendee_member", "meeting_id", "member_id", unique=True,
              sqlite_where=text("member_id IS NOT NULL")),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meeting.id", ondelete="CASCADE"), index=True)
    member_id: Mapped[int | None] = mapped_column(ForeignKey("member.id"))
    name: Mapped[str] = mapped_column(String(40))
    entitled: Mapped[bool] = mapped_column(Boolean, default=True)
    present: Mapped[bool] = mapped_column(Boolean, default=False)
    on_leave: Mapped[bool] = mapped_column(Boolean, default=False)  # 请假
    checked_at: Mapped[dt.datetime | None] = mapped_column(DateTime)

    meeting: Mapped[Meeting] = relationship(back_populates="attendees")


class AgendaItem(Base):
    __tablename__ = "agenda_item"

    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meeting.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    title: Mapped[str] = mapped_column(String(300))
    record: Mapped[str] = mapped_column(Text, default="")  # what was said and decided, for the minutes

    meeting: Mapped[Meeting] = relationship(back_populates="agenda")


class Resolution(Base):
    """A vote at a meeting: the counts, and whether it passed by the rule set (decided by the service)."""

    __tablename__ = "resolution"

    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meeting.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    text: Mapped[str] = mapped_column(Text)
    votes_for: Mapped[int] = mapped_column(Integer, default=0)
    votes_against: Mapped[int] = mapped_column(Integer, default=0)
    votes_abstain: Mapped[int] = mapped_column(Integer, default=0)
    entitled: Mapped[int] = mapped_column(Integer, default=0)  # the base at the time of the vote
    required: Mapped[int] = mapped_column(Integer, default=0)  # yes-votes needed
    passed: Mapped[bool] = mapped_column(Boolean, default=False)
    explanation: Mapped[str] = mapped_column(Text, default="")

    meeting: Mapped[Meeting] = relationship(back_populates="resolutions")


# ---- elections ----
