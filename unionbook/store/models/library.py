"""The reading room (职工书屋): titles, copies with their barcodes, loans, stock-takes, reading activities and the
room's own particulars; the delivery-list imports are import_batch rows of kind "library"."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Date, DateTime, ForeignKey, Index, Integer, String, Text, text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from unionbook.store.models.base import Base, _now


class LibraryTitle(Base):
    """A title (书目): one ISBN (or none, for local material and periodicals by issue)."""

    __tablename__ = "library_title"
    __table_args__ = (Index("ix_library_title_isbn", "isbn"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    isbn: Mapped[str] = mapped_column(String(13), default="")  # ISBN-13 digits, or ""
    title: Mapped[str] = mapped_column(String(300))
    author: Mapped[str] = mapped_column(String(200), default="")
    publisher: Mapped[str] = mapped_column(String(200), default="")
    year: Mapped[int | None] = mapped_column(Integer)
    clc: Mapped[str] = mapped_column(String(1), default="")  # 中图法 top class A–Z
    price_fen: Mapped[int | None] = mapped_column(Integer)
    search_key: Mapped[str] = mapped_column(Text, default="")  # isbn, title, author, publisher, title initials
    batch_id: Mapped[int | None] = mapped_column(Integer)  # the import_batch (kind library) that created it
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=_now)

    copies: Mapped[list[LibraryCopy]] = relationship(back_populates="title", order_by="LibraryCopy.accession")


class LibraryCopy(Base):
    """One physical volume with its accession number (登记号) and barcode. A written-off copy stays as history."""

    __tablename__ = "library_copy"

    id: Mapped[int] = mapped_column(primary_key=True)
    title_id: Mapped[int] = mapped_column(ForeignKey("library_title.id"), index=True)
    accession: Mapped[int] = mapped_column(Integer, unique=True)
    barcode: Mapped[str] = mapped_column(String(32), unique=True)
    source: Mapped[str] = mapped_column(String(12), default="bought")  # delivered / bought / donated
    donor: Mapped[str] = mapped_column(String(100), default="")
    added_on: Mapped[dt.date] = mapped_column(Date)
    written_off_on: Mapped[dt.date | None] = mapped_column(Date)
    written_off_reason: Mapped[str] = mapped_column(String(12), default="")  # lost / damaged / withdrawn
    written_off_note: Mapped[str] = mapped_column(Text, default="")
    batch_id: Mapped[int | None] = mapped_column(Integer, index=True)  # the import_batch that added it

    title: Mapped[LibraryTitle] = relationship(back_populates="copies")


class LibraryLoan(Base):
    """A copy lent to a member. At most one open loan per copy (the partial unique index)."""

    __tablename__ = "library_loan"
    __table_args__ = (
        Index("uq_library_loan_open", "copy_id", unique=True, sqlite_where=text("returned_on IS NULL")),
        Index("ix_library_loan_member_open", "member_id", "returned_on"),
        Index("ix_library_loan_due", "returned_on", "due"),
        Index("ix_library_loan_lent_on", "lent_on"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    copy_id: Mapped[int] = mapped_column(ForeignKey("library_copy.id"), index=True)
    member_id: Mapped[int] = mapped_column(ForeignKey("member.id"))
    lent_on: Mapped[dt.date] = mapped_column(Date)
    due: Mapped[dt.date] = mapped_column(Date)
    returned_on: Mapped[dt.date | None] = mapped_column(Date)
    renewals: Mapped[int] = mapped_column(Integer, default=0)


class LibraryStocktake(Base):
    """A count of the shelves (盘点): open until finished; the result is kept as JSON."""

    __tablename__ = "library_stocktake"

    id: Mapped[int] = mapped_column(primary_key=True)
    started_on: Mapped[dt.date] = mapped_column(Date)
    finished_on: Mapped[dt.date | None] = mapped_column(Date)
    result: Mapped[str] = mapped_column(Text, default="")


class LibraryStocktakeScan(Base):
    __tablename__ = "library_stocktake_scan"

    id: Mapped[int] = mapped_column(primary_key=True)
    stocktake_id: Mapped[int] = mapped_column(ForeignKey("library_stocktake.id"), index=True)
    barcode: Mapped[str] = mapped_column(String(32))
    scanned_at: Mapped[dt.datetime] = mapped_column(DateTime, default=_now)


class LibraryActivity(Base):
    """A reading activity (读书会, 征文, 讲座): date, title and attendance."""

    __tablename__ = "library_activity"

    id: Mapped[int] = mapped_column(primary_key=True)
    date: Mapped[dt.date] = mapped_column(Date)
    kind: Mapped[str] = mapped_column(String(20), default="")
    title: Mapped[str] = mapped_column(String(200))
    attendance: Mapped[int] = mapped_column(Integer, default=0)
    notes: Mapped[str] = mapped_column(Text, default="")


class LibraryRoom(Base):
    """The room itself (one row): what the standard check needs besides the books. Empty means not entered."""

    __tablename__ = "library_room"

    id: Mapped[int] = mapped_column(primary_key=True)
    area_m2: Mapped[int | None] = mapped_column(Integer)  # whole square metres
    staff: Mapped[str] = mapped_column(String(200), default="")  # 管理员, names separated by 、
    opening_hours: Mapped[str] = mapped_column(String(200), default="")
    periodicals: Mapped[int | None] = mapped_column(Integer)  # periodical titles subscribed this year
    digital_platform: Mapped[str] = mapped_column(String(200), default="")  # the licensed platform's name
    lending_rules: Mapped[str] = mapped_column(Text, default="")  # the written lending rules
    updated_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    updated_by: Mapped[str] = mapped_column(String(100), default="")
