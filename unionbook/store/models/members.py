"""The real-name register: members and their membership history."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from sqlalchemy import (
    Boolean,
    Date,
    DateTime,
    ForeignKey,
    Index,
    String,
    Text,
    false,
    text,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from unionbook.store.models.base import Base, _now

if TYPE_CHECKING:
    from unionbook.store.models.union import Employer


class Member(Base):
    __tablename__ = "member"
    __table_args__ = (
        # the roster walks this in name order, testing status and short search terms without reading rows
        # (services/members/roster.py; plans pinned in tests/services/test_roster_plans.py)
        Index("ix_member_roster", "name_pinyin", "id", "status", "search_key"),
        # the home page's figures and the roster's counts, read from the index alone
        Index("ix_member_figures", "status", "gender", "migrant_worker", "group_name", "employment_form",
              "frontline", "model_worker", "hardship", "new_forms", "birth_date"),
        Index("ix_member_employer_status", "employer_id", "status", "gender", "migrant_worker"),
        Index("ix_member_join_date", "join_date"),
        # a one- or two-character search finds keys ending in it here; the trigram index has the rest
        # (services/members/roster_search.py)
        Index("ix_member_key_end2", text("substr(search_key, -2)")),
        Index("ix_member_key_end1", text("substr(search_key, -1)")),
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
    # fields of the registration form and the checks of docs/domain.md (migration 0005_domain)
    id_type: Mapped[str] = mapped_column(String(20), default="居民身份证", server_default="居民身份证")  # 证件类型
    household_place: Mapped[str] = mapped_column(String(200), default="", server_default="")  # 户籍所在地
    native_place: Mapped[str] = mapped_column(String(100), default="", server_default="")  # 籍贯
    skill_level: Mapped[str] = mapped_column(String(50), default="", server_default="")  # 技能等级/职称
    employment_status: Mapped[str] = mapped_column(String(20), default="", server_default="")  # 就业状况
    model_worker_level: Mapped[str] = mapped_column(String(20), default="", server_default="")  # 全国/省/市…
    previous_union: Mapped[str] = mapped_column(String(200), default="", server_default="")  # 曾在何工会入会
    new_forms: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())  # 新就业形态劳动者
    # declared close relative of the employer's principal head: may not sit on the committee (工会法 第十条)
    employer_head_relative: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    # handles the union's money or goods: may not sit on the same-level 经审会
    finance_staff: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
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
