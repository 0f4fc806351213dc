"""Import batches: what one committed import did, so that it can be undone."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import (
    DateTime,
    ForeignKey,
    Integer,
    String,
    Text,
)
from sqlalchemy.orm import Mapped, mapped_column

from unionbook.store.models.base import Base, _now


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
    # what was imported (services/imports/kinds.py): "members" (a roster, also a payroll sheet's wages) or another
    # area's kind such as "library" (a delivery list); undo asks the kind what to take back
    kind: Mapped[str] = mapped_column(String(20), default="members", server_default="members")


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
