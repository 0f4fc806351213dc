"""Bundles: this union's keys, the unions it exchanges files with, every bundle sent and received, locked
periods, and what subordinate unions reported (kept apart per union, queried across them).

Receiving tables use plain portable types only: a county federation may later keep them on PostgreSQL.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Date, DateTime, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from unionbook.store.models.base import Base, _now


class UnionKey(Base):
    """This union's own key pair (always id 1). A secret: never exported, never shown."""

    __tablename__ = "union_key"

    id: Mapped[int] = mapped_column(primary_key=True)
    secret: Mapped[str] = mapped_column(Text)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=_now)


class Correspondent(Base):
    """Another union: the upper union (role "upper"), a subordinate union ("subunit"), or a union met through a
    membership transfer ("peer", registered from the slip itself)."""

    __tablename__ = "correspondent"
    __table_args__ = (UniqueConstraint("role", "fingerprint"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    role: Mapped[str] = mapped_column(String(10))
    name: Mapped[str] = mapped_column(String(200))
    uscc: Mapped[str] = mapped_column(String(18), default="")
    signing_key: Mapped[str] = mapped_column(String(100))
    age_recipient: Mapped[str] = mapped_column(String(100))
    fingerprint: Mapped[str] = mapped_column(String(60), index=True)
    registered_at: Mapped[dt.datetime] = mapped_column(DateTime, default=_now)
    retired_at: Mapped[dt.datetime | None] = mapped_column(DateTime)  # an upper union replaced by a new one


class BundleRecord(Base):
    """One bundle file sent ("out") or received ("in")."""

    __tablename__ = "bundle_record"
    __table_args__ = (UniqueConstraint("direction", "bundle_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    direction: Mapped[str] = mapped_column(String(3))
    bundle_id: Mapped[str] = mapped_column(String(40))
    kind: Mapped[str] = mapped_column(String(10))
    correspondent_id: Mapped[int | None] = mapped_column(ForeignKey("correspondent.id"), index=True)
    peer: Mapped[str] = mapped_column(String(60), index=True)  # the other side's fingerprint
    year: Mapped[int | None] = mapped_column(Integer)
    sequence: Mapped[int] = mapped_column(Integer, default=0)
    sha256: Mapped[str] = mapped_column(String(64))
    file_name: Mapped[str] = mapped_column(String(300), default="")
    amends: Mapped[str] = mapped_column(String(40), default="")  # the bundle_id a 补报 corrects
    member_id: Mapped[int | None] = mapped_column(Integer)  # a transfer slip's member
    # out: sent → accepted / refused (from the receiver's receipt); in: imported
    status: Mapped[str] = mapped_column(String(12))
    detail: Mapped[str] = mapped_column(Text, default="{}")
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=_now)


class PeriodLock(Base):
    """A year whose annual package went up as 已上报: its records are closed; corrections go up as 补报."""

    __tablename__ = "period_lock"

    year: Mapped[int] = mapped_column(Integer, primary_key=True)
    bundle_id: Mapped[str] = mapped_column(String(40))
    locked_at: Mapped[dt.datetime] = mapped_column(DateTime, default=_now)


class SubunitReport(Base):
    """A subordinate union's annual figures for a year, from its newest accepted package (a 补报 replaces)."""

    __tablename__ = "subunit_report"
    __table_args__ = (UniqueConstraint("correspondent_id", "year"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    correspondent_id: Mapped[int] = mapped_column(ForeignKey("correspondent.id"))
    year: Mapped[int] = mapped_column(Integer)
    bundle_id: Mapped[str] = mapped_column(String(40))
    members: Mapped[int] = mapped_column(Integer, default=0)
    women_members: Mapped[int] = mapped_column(Integer, default=0)
    migrant_members: Mapped[int] = mapped_column(Integer, default=0)
    employees: Mapped[int] = mapped_column(Integer, default=0)
    figures: Mapped[str] = mapped_column(Text, default="{}")  # the package's whole statistics, as JSON
    received_at: Mapped[dt.datetime] = mapped_column(DateTime, default=_now)


class SubunitMember(Base):
    """One person on a subordinate union's real-name register, as its newest bundle says."""

    __tablename__ = "subunit_member"
    __table_args__ = (
        UniqueConstraint("correspondent_id", "id_number"),
        Index("ix_subunit_member_id_number", "id_number"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    correspondent_id: Mapped[int] = mapped_column(ForeignKey("correspondent.id"))
    id_number: Mapped[str] = mapped_column(String(18))
    name: Mapped[str] = mapped_column(String(40))
    gender: Mapped[str] = mapped_column(String(2), default="")
    birth_date: Mapped[dt.date | None] = mapped_column(Date)
    employer: Mapped[str] = mapped_column(String(200), default="")
    status: Mapped[str] = mapped_column(String(20), default="active")
    migrant_worker: Mapped[int] = mapped_column(Integer, default=0)
    join_date: Mapped[dt.date | None] = mapped_column(Date)
    card_number: Mapped[str] = mapped_column(String(32), default="")
    bundle_id: Mapped[str] = mapped_column(String(40))
