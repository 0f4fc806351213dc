"""The schema, as SQLAlchemy 2 models. It changes only through an Alembic migration (store/migrations)."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import (
    Boolean,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

NAMING = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


def _now() -> dt.datetime:
    return dt.datetime.now().replace(microsecond=0)


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
    rule_set: Mapped[str] = mapped_column(String(50), default="national-2016")
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=_now)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime, default=_now, onupdate=_now)


class Employer(Base):
    """A firm covered by the union (a joint union covers many)."""

    __tablename__ = "employer"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    uscc: Mapped[str] = mapped_column(String(18), default="")
    employees: Mapped[int] = mapped_column(Integer, default=0)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=_now)


class Member(Base):
    __tablename__ = "member"
    __table_args__ = (
        Index("ix_member_name_pinyin", "name_pinyin"),
        # covers the roster's short searches (which cannot use the trigram index) and their sorting
        Index("ix_member_status_search_key", "status", "search_key", "name_pinyin"),
        Index("ix_member_employer_id", "employer_id"),
        Index("ix_member_join_date", "join_date"),
        # card numbers are optional, but two members never share one
        Index("uq_member_card_number", "card_number", unique=True, sqlite_where=text("card_number != ''")),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(40))
    gender: Mapped[str] = mapped_column(String(2))
    ethnicity: Mapped[str] = mapped_column(String(20), default="汉族")
    id_number: Mapped[str] = mapped_column(String(18), unique=True)
    birth_date: Mapped[dt.date] = mapped_column(Date)
    phone: Mapped[str] = mapped_column(String(20), default="")
    employer_id: Mapped[int | None] = mapped_column(ForeignKey("employer.id"))
    job: Mapped[str] = mapped_column(String(100), default="")
    education: Mapped[str] = mapped_column(String(20), default="")
    political_status: Mapped[str] = mapped_column(String(20), default="")
    household_type: Mapped[str] = mapped_column(String(20), default="")
    employment_form: Mapped[str] = mapped_column(String(20), default="")
    migrant_worker: Mapped[bool] = mapped_column(Boolean, default=False)
    group_name: Mapped[str] = mapped_column(String(20), default="")  # 八大群体, or ""
    frontline: Mapped[bool] = mapped_column(Boolean, default=False)
    model_worker: Mapped[bool] = mapped_column(Boolean, default=False)
    hardship: Mapped[bool] = mapped_column(Boolean, default=False)
    card_number: Mapped[str] = mapped_column(String(32), default="")
    join_date: Mapped[dt.date | None] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(20), default="active")
    status_date: Mapped[dt.date | None] = mapped_column(Date)
    notes: Mapped[str] = mapped_column(Text, default="")
    # normalised keys the roster searches and sorts on, kept in step by the members service
    name_initials: Mapped[str] = mapped_column(String(60), default="")
    name_pinyin: Mapped[str] = mapped_column(String(200), default="")
    search_key: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=_now)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime, default=_now)

    employer: Mapped[Employer | None] = relationship(lazy="joined")
    events: Mapped[list[MemberEvent]] = relationship(
        back_populates="member", order_by="MemberEvent.id", cascade="all, delete-orphan"
    )


class MemberEvent(Base):
    """One step of a member's membership history; rows are only ever added."""

    __tablename__ = "member_event"

    id: Mapped[int] = mapped_column(primary_key=True)
    member_id: Mapped[int] = mapped_column(ForeignKey("member.id"), index=True)
    event: Mapped[str] = mapped_column(String(20))
    from_status: Mapped[str | None] = mapped_column(String(20))
    to_status: Mapped[str] = mapped_column(String(20))
    date: Mapped[dt.date] = mapped_column(Date)
    reason: Mapped[str] = mapped_column(Text, default="")
    doc_ref: Mapped[str] = mapped_column(String(100), default="")
    other_union: Mapped[str] = mapped_column(String(200), default="")  # where from / where to, on transfers
    recorded_at: Mapped[dt.datetime] = mapped_column(DateTime, default=_now)
    recorded_by: Mapped[str] = mapped_column(String(100), default="")

    member: Mapped[Member] = relationship(back_populates="events")


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


class ImportBatch(Base):
    """One committed import of a roster file: what it did, and whether it was undone (services/imports.py)."""

    __tablename__ = "import_batch"

    id: Mapped[int] = mapped_column(primary_key=True)
    file_name: Mapped[str] = mapped_column(String(300))
    sheet: Mapped[str] = mapped_column(String(100), default="")
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=_now)
    actor: Mapped[str] = mapped_column(String(100), default="")
    inserted: Mapped[int] = mapped_column(Integer, default=0)
    updated: Mapped[int] = mapped_column(Integer, default=0)
    unchanged: Mapped[int] = mapped_column(Integer, default=0)
    skipped: Mapped[int] = mapped_column(Integer, default=0)  # rows refused for errors (with --skip-errors)
    warnings: Mapped[int] = mapped_column(Integer, default=0)
    # employers the batch had to create (JSON list of ids), removed again on undo when nobody uses them
    created_employers: Mapped[str] = mapped_column(Text, default="[]")
    # high-water marks at commit: later change_log / member_event rows on the batch's members block its undo
    log_id: Mapped[int] = mapped_column(Integer, default=0)
    last_event_id: Mapped[int] = mapped_column(Integer, default=0)
    undone_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    undone_by: Mapped[str] = mapped_column(String(100), default="")


class ImportBatchChange(Base):
    """What a batch did to one member: created it, or changed fields (old and new values as JSON)."""

    __tablename__ = "import_batch_change"

    id: Mapped[int] = mapped_column(primary_key=True)
    batch_id: Mapped[int] = mapped_column(ForeignKey("import_batch.id"), index=True)
    # no foreign key: undoing the batch deletes the members it created, and this record stays as history
    member_id: Mapped[int] = mapped_column(Integer, index=True)
    kind: Mapped[str] = mapped_column(String(10))  # "created" / "updated"
    before: Mapped[str] = mapped_column(Text, default="{}")
    after: Mapped[str] = mapped_column(Text, default="{}")


# Offices, elections and meetings live in their own module; importing it here puts them in Base.metadata.
from unionbook.store import models_elections as _models_elections  # noqa: E402,F401
