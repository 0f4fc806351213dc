"""The reading room's figures: titles, volumes (copies not written off), on loan, overdue, loans and distinct
readers in a year, the share of members who borrowed, and the standard of the chosen level met or missed.

The standards are data (rules/standards/library.toml), one table per level, each with its source and confidence:
volumes, and what the level asks of the room (area, periodicals, staff, a digital-reading platform, written
lending rules), checked against the room's particulars (room.py).
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
from unionbook.rules.loader import CONFIDENCE_LABELS
from unionbook.services.library.room import Room, get_room
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
    area_m2: int  # 0: the level names no size
    periodicals: int
    source: str
    confidence: str
    staff: int = 0
    digital_platform: bool = False
    lending_rules: bool = False

    @property
    def checked_items(self) -> list[str]:
        """What the level checks, as the standard check lists them (volumes always; the room's items it names)."""
        named = (("面积", self.area_m2), ("订阅期刊", self.periodicals), ("管理员", self.staff),
                 ("数字阅读平台", self.digital_platform), ("借阅制度", self.lending_rules))
        return ["藏书", *(label for label, need in named if need)]

    @property
    def unchecked_items(self) -> list[str]:
        """The room's particulars this level does not ask for (开放时间 no level asks for): kept as a record."""
        every = ["面积", "订阅期刊", "管理员", "数字阅读平台", "借阅制度"]
        return [*(label for label in every if label not in self.checked_items), "开放时间"]

    @property
    def scope(self) -> str:
        """One sentence for the 书屋设置 dialog: what this level compares, and what it leaves aside."""
        return (f"按“{self.label}”检查：{'、'.join(self.checked_items)}；{'、'.join(self.unchecked_items)}该标准不要求，"
                "只作记录。未填写的项按未达到计。")

    @property
    def confidence_label(self) -> str:
        """待核实 and the like, for people; `confidence` is the code (C, S, R) as in the rule sets."""
        return CONFIDENCE_LABELS.get(self.confidence, self.confidence)


@lru_cache(maxsize=1)
def _standards() -> dict[str, dict[str, Any]]:
    path = resources.files("unionbook.rules") / "standards" / "library.toml"
    data: dict[str, dict[str, Any]] = tomllib.loads(path.read_text(encoding="utf-8"))["levels"]
    return data


def standards() -> list[Standard]:
    return [Standard(k, v["label"], int(v["volumes"]), int(v.get("area_m2", 0)), int(v.get("periodicals", 0)),
                     v["source"], v["confidence"], int(v.get("staff", 0)), bool(v.get("digital_platform", False)),
                     bool(v.get("lending_rules", False))) for k, v in _standards().items()]


def standard(level: str) -> Standard:
    for st in standards():
        if st.level == level:
            return st
    raise NotFoundError(f"没有书屋标准“{level}”（可选：{'、'.join(s.level for s in standards())}）")


@dataclass(frozen=True)
class Condition:
    """One condition of a standard, as met or missed by the room: `actual` None when not entered."""

    key: str  # volumes, area_m2, periodicals, staff, digital_platform, lending_rules
    label: str
    required: int | bool  # a minimum, or True: must be there
    actual: int | str | None
    met: bool
    short_by: int | None  # how much is missing, for a minimum
    unit: str = ""

    @property
    def message(self) -> str:
        if isinstance(self.required, bool):
            have = f"“{self.actual}”" if self.actual else "未填写"
            return f"{self.label}：{have}，要求须有，{'达到' if self.met else '缺'}"
        have = "未填写" if self.actual is None else f"{self.actual}{self.unit}"
        verdict = "达到" if self.met else (f"差 {self.short_by}{self.unit}" if self.actual is not None else "未达到")
        return f"{self.label}：{have}，要求不少于 {self.required}{self.unit}，{verdict}"


@dataclass(frozen=True)
class StandardCheck:
    standard: Standard
    volumes: int
    room: Room = Room()

    @property
    def volumes_met(self) -> bool:
        return self.volumes >= self.standard.volumes

    @property
    def short_by(self) -> int:
        """Volumes missing (0 when enough)."""
        return max(0, self.standard.volumes - self.volumes)

    @property
    def conditions(self) -> list[Condition]:
        """The level's conditions (a threshold of 0 or false is not one), each met or missed and by how much."""
        st, room = self.standard, self.room
        out = [Condition("volumes", "藏书", st.volumes, self.volumes, self.volumes_met, self.short_by, " 册")]
        for key, label, need, have, unit in (("area_m2", "面积", st.area_m2, room.area_m2, " 平方米"),
                                             ("periodicals", "订阅期刊", st.periodicals, room.periodicals, " 种"),
                                             ("staff", "管理员", st.staff, room.staff_count if room.staff else None,
                                              " 人")):
            if need:
                out.append(Condition(key, label, need, have, have is not None and have >= need,
                                     None if have is None else max(0, need - have), unit))
        for key, label, wanted, text in (("digital_platform", "数字阅读平台", st.digital_platform,
                                          room.digital_platform),
                                         ("lending_rules", "借阅制度", st.lending_rules,
                                          "已制定" if room.lending_rules else "")):
            if wanted:
                out.append(Condition(key, label, True, text or None, bool(text), None))
        return out

    @property
    def missing(self) -> list[Condition]:
        return [c for c in self.conditions if not c.met]

    @property
    def met(self) -> bool:
        """Every condition of the level met (volumes, and the room's area, staff, periodicals … it names)."""
        return not self.missing


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
                          int(acts[0]), int(acts[1]), StandardCheck(st, volumes, get_room(db)), by_class)
