"""The reading room's figures: titles, volumes (copies not written off), on loan, overdue, loans and distinct
readers in a year, the share of members who borrowed, and the standard of the chosen level met or missed.

The standards are data (rules/standards/library.toml), one table per level, each with its source and confidence.
"""

from __future__ import annotations

import datetime as dt
import json
import tomllib
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

from sqlalchemy import func, select

from unionbook.domain.member import Status
from unionbook.errors import NotFoundError
from unionbook.services.union import audit
from unionbook.store import Database
from unionbook.store.models import LibraryActivity, LibraryCopy, LibraryLoan, LibraryTitle, Member, Setting

LEVEL_SETTING = "library.standard_level"
DEFAULT_LEVEL = "national"


@dataclass(frozen=True)
class Standard:
    level: str
    label: str
    volumes: int
    area_m2: int
    periodicals: int
    source: str
    confidence: str


@lru_cache(maxsize=1)
def _standards() -> dict[str, dict[str, Any]]:
    path = resources.files("unionbook.rules") / "standards" / "library.toml"
    data: dict[str, dict[str, Any]] = tomllib.loads(path.read_text(encoding="utf-8"))["levels"]
    return data


def standards() -> list[Standard]:
    return [Standard(k, v["label"], int(v["volumes"]), int(v.get("area_m2", 0)), int(v.get("periodicals", 0)),
                     v["source"], v["confidence"]) for k, v in _standards().items()]


def standard(level: str) -> Standard:
    for st in standards():
        if st.level == level:
            return st
    raise NotFoundError(f"没有书屋标准“{level}”（可选：{'、'.join(s.level for s in standards())}）")


@dataclass(frozen=True)
class StandardCheck:
    standard: Standard
    volumes: int

    @property
    def met(self) -> bool:
        return self.volumes >= self.standard.volumes

    @property
    def short_by(self) -> int:
        return max(0, self.standard.volumes - self.volumes)


@dataclass(frozen=True)
class LibraryFigures:
    year: int
    titles: int
    volumes: int
    written_off: int
    on_loan: int
    overdue: int
    loans_year: int
    readers_year: int
    members: int  # on the books (在册 and 保留会籍) at the time of asking
    activities_year: int
    attendance_year: int
    check: StandardCheck
    by_class: dict[str, int]  # 中图法 class → volumes ("" for unclassified)

    @property
    def readers_share(self) -> float:
        """Share of members who borrowed this year (0–1; a ratio, not money)."""
        return self.readers_year / self.members if self.members else 0.0


def level_in_force(db: Database) -> str:
    with db.read() as s:
        row = s.get(Setting, LEVEL_SETTING)
        return str(json.loads(row.value)) if row is not None else DEFAULT_LEVEL


def set_level(db: Database, level: str) -> None:
    standard(level)  # refuses an unknown level
    with db.transaction() as s:
        row = s.get(Setting, LEVEL_SETTING)
        if row is None:
            s.add(Setting(key=LEVEL_SETTING, value=json.dumps(level), updated_by=db.actor))
        else:
            row.value, row.updated_by = json.dumps(level), db.actor
        audit.record(s, db.actor, "update", "library_setting", None, f"书屋按“{standard(level).label}”衡量")


def figures(db: Database, year: int | None = None, *, as_of: dt.date | None = None,
            level: str | None = None) -> LibraryFigures:
    as_of = as_of or dt.date.today()
    year = year or as_of.year
    st = standard(level or level_in_force(db))
    first, last = dt.date(year, 1, 1), dt.date(year, 12, 31)
    with db.read() as s:
        titles = int(s.scalar(select(func.count(func.distinct(LibraryCopy.title_id)))
                              .where(LibraryCopy.written_off_on.is_(None))) or 0)
        by_class = dict(s.execute(
            select(LibraryTitle.clc, func.count()).join(LibraryCopy, LibraryCopy.title_id == LibraryTitle.id)
            .where(LibraryCopy.written_off_on.is_(None)).group_by(LibraryTitle.clc)).tuples().all())
        volumes = sum(by_class.values())
        written_off = int(s.scalar(select(func.count()).select_from(LibraryCopy)
                                   .where(LibraryCopy.written_off_on.is_not(None))) or 0)
        open_loans = select(func.count()).select_from(LibraryLoan).where(LibraryLoan.returned_on.is_(None))
        on_loan = int(s.scalar(open_loans) or 0)
        overdue = int(s.scalar(open_loans.where(LibraryLoan.due < as_of)) or 0)
        in_year = (LibraryLoan.lent_on >= first, LibraryLoan.lent_on <= last)
        loans_year = int(s.scalar(select(func.count()).select_from(LibraryLoan).where(*in_year)) or 0)
        readers = int(s.scalar(select(func.count(func.distinct(LibraryLoan.member_id))).where(*in_year)) or 0)
        members = int(s.scalar(select(func.count()).select_from(Member)
                               .where(Member.status.in_([Status.ACTIVE.value, Status.KEPT.value]))) or 0)
        acts = s.execute(select(func.count(), func.coalesce(func.sum(LibraryActivity.attendance), 0))
                         .where(LibraryActivity.date >= first, LibraryActivity.date <= last)).one()
    return LibraryFigures(year, titles, volumes, written_off, on_loan, overdue, loans_year, readers, members,
                          int(acts[0]), int(acts[1]), StandardCheck(st, volumes), by_class)
