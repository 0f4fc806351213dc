"""The union this file keeps the books of, its employers, the change history and the settings."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import (
    Boolean,
    Date,
    DateTime,
    Integer,
    String,
    Text,
    true,
)
from sqlalchemy.orm import Mapped, mapped_column

from unionbook.store.models.base import Base, _now


class UnionProfile(Base):
    """The one union this file keeps the books of (always id 1)."""

    __tablename__ = "union_profile"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    uscc: Mapped[str] = mapped_column(String(18), default="")
    uscc_note: Mapped[str] = mapped_column(Text, default="")  # why a code failing its check was kept
    kind: Mapped[str] = mapped_column(String(20), default="enterprise")  # enterprise / joint / township
    parent_union: Mapped[str] = mapped_column(String(200), default="")
    founding_date: Mapped[dt.date | None] = mapped_column(Date)
    employees: Mapped[int] = mapped_column(Integer, default=0)
    women_employees: Mapped[int] = mapped_column(Integer, default=0)
    migrant_employees: Mapped[int] = mapped_column(Integer, default=0)
    address: Mapped[str] = mapped_column(String(300), default="")
    contact_person: Mapped[str] = mapped_column(String(50), default="")
    contact_phone: Mapped[str] = mapped_column(String(30), default="")
    rule_set: Mapped[str] = mapped_column(String(50), default="national-2021")
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=_now)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime, default=_now, onupdate=_now)


class Employer(Base):
    """A firm covered by the union (a joint union covers many)."""

    __tablename__ = "employer"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    uscc: Mapped[str] = mapped_column(String(18), default="")
    employees: Mapped[int] = mapped_column(Integer, default=0)
    # per-employer figures of the 工会统计年报 (migration 0005_domain); the union's totals derive from them
    women_employees: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    migrant_employees: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    unionised: Mapped[bool] = mapped_column(Boolean, default=True, server_default=true())  # 已建会 (组建率)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=_now)


class ChangeLog(Base):
    """The change history: who did what, when. `detail` is JSON (before/after of changed fields)."""

    __tablename__ = "change_log"

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[dt.datetime] = mapped_column(DateTime, default=_now, index=True)
    actor: Mapped[str] = mapped_column(String(100), default="")
    action: Mapped[str] = mapped_column(String(40))
    entity: Mapped[str] = mapped_column(String(40))
    entity_id: Mapped[int | None] = mapped_column(Integer)
    summary: Mapped[str] = mapped_column(Text, default="")
    detail: Mapped[str] = mapped_column(Text, default="{}")


class Setting(Base):
    """Per-union settings and rule overrides, as JSON values, with who set them and when."""

    __tablename__ = "setting"

    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    value: Mapped[str] = mapped_column(Text)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime, default=_now, onupdate=_now)
    updated_by: Mapped[str] = mapped_column(String(100), default="")
