"""职工之家: assessments (each with a frozen copy of its scoring sheet), the points given per item, evidence
files, and the titles the union (or a 职工小家 it tracks) holds."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Boolean, Date, DateTime, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from unionbook.store.models.base import Base, _now


class HomeAssessment(Base):
    """One self-assessment for a year. `unit` is "" for this union, else the 职工小家 (an employer or group)."""

    __tablename__ = "home_assessment"
    __table_args__ = (UniqueConstraint("unit", "year"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    unit: Mapped[str] = mapped_column(String(200), default="")
    year: Mapped[int] = mapped_column(Integer)
    sheet_name: Mapped[str] = mapped_column(String(100))
    sheet_title: Mapped[str] = mapped_column(String(300))
    sheet_text: Mapped[str] = mapped_column(Text)  # the sheet file as it was when the assessment started
    survey_satisfied: Mapped[int | None] = mapped_column(Integer)
    survey_basic: Mapped[int | None] = mapped_column(Integer)
    survey_unsatisfied: Mapped[int | None] = mapped_column(Integer)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=_now)


class HomeScore(Base):
    """Points given to one item, in tenths of a point. For an auto item, a row means a hand override."""

    __tablename__ = "home_score"
    __table_args__ = (UniqueConstraint("assessment_id", "code"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    assessment_id: Mapped[int] = mapped_column(ForeignKey("home_assessment.id", ondelete="CASCADE"), index=True)
    code: Mapped[str] = mapped_column(String(40))
    tenths: Mapped[int] = mapped_column(Integer)
    note: Mapped[str] = mapped_column(Text, default="")
    override: Mapped[bool] = mapped_column(Boolean, default=False)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime, default=_now, onupdate=_now)


class HomeEvidence(Base):
    """An evidence file copied into the union's private files folder, with its SHA-256."""

    __tablename__ = "home_evidence"

    id: Mapped[int] = mapped_column(primary_key=True)
    assessment_id: Mapped[int] = mapped_column(ForeignKey("home_assessment.id", ondelete="CASCADE"), index=True)
    code: Mapped[str] = mapped_column(String(40))
    file_name: Mapped[str] = mapped_column(String(300))  # the name the user gave it
    stored: Mapped[str] = mapped_column(String(400))  # path relative to the files folder
    sha256: Mapped[str] = mapped_column(String(64))
    size: Mapped[int] = mapped_column(Integer)
    added_at: Mapped[dt.datetime] = mapped_column(DateTime, default=_now)


class HomeTitle(Base):
    """A title held (模范职工之家 …), reviewed from time to time and possibly withdrawn (摘牌)."""

    __tablename__ = "home_title"

    id: Mapped[int] = mapped_column(primary_key=True)
    unit: Mapped[str] = mapped_column(String(200), default="")
    title: Mapped[str] = mapped_column(String(100))
    level: Mapped[str] = mapped_column(String(20))
    awarded_by: Mapped[str] = mapped_column(String(200), default="")
    doc_number: Mapped[str] = mapped_column(String(100), default="")
    year: Mapped[int] = mapped_column(Integer)
    review_due: Mapped[dt.date | None] = mapped_column(Date)
    withdrawn_on: Mapped[dt.date | None] = mapped_column(Date)
    withdrawn_reason: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=_now)
