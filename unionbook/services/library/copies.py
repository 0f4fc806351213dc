"""Copies: what a scanned barcode is, the desk's settings, writing a copy off (kept as history); and the
reading activities held in the room."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from unionbook.domain.library import LoanRules, WriteOff, normalize_barcode
from unionbook.domain.text import clean
from unionbook.errors import ConflictError, FieldProblem, NotFoundError, ValidationError
from unionbook.services.union import audit
from unionbook.store import Database
from unionbook.store.models import LibraryActivity, LibraryCopy, LibraryLoan, LibraryTitle, Setting

SETTING_PREFIX = "library."
_RULE_KEYS = {"loan_days": int, "max_loans": int, "renewals": int, "kept_may_borrow": bool,
              "refuse_overdue": bool}


@dataclass(frozen=True)
class CopyInfo:
    barcode: str
    accession: int
    title_id: int
    title: str
    author: str
    isbn: str
    written_off: bool
    on_loan_to: int | None  # member id of the open loan


def loan_rules(db: Database) -> LoanRules:
    """The desk's settings (`library.loan_days`, …) over the defaults."""
    with db.read() as s:
        return rules_in(s)


def rules_in(s: Session) -> LoanRules:
    values: dict[str, object] = {}
    for row in s.scalars(select(Setting).where(Setting.key.startswith(SETTING_PREFIX))):
        name = row.key[len(SETTING_PREFIX):]
        if name in _RULE_KEYS:
            values[name] = _RULE_KEYS[name](json.loads(row.value))
    return LoanRules(**values)  # type: ignore[arg-type]


def set_loan_rule(db: Database, name: str, value: int | bool) -> LoanRules:
    if name not in _RULE_KEYS:
        raise NotFoundError(f"没有书屋设置“{name}”（可设：{'、'.join(_RULE_KEYS)}）")
    kind = _RULE_KEYS[name]
    if kind is int and (isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= 365):
        raise ValidationError(f"书屋设置 {name} 应为 0–365 的整数：{value}")
    if kind is bool and not isinstance(value, bool):
        raise ValidationError(f"书屋设置 {name} 应为 true 或 false：{value}")
    with db.transaction() as s:
        row = s.get(Setting, SETTING_PREFIX + name)
        if row is None:
            s.add(Setting(key=SETTING_PREFIX + name, value=json.dumps(value), updated_by=db.actor))
        else:
            row.value = json.dumps(value)
            row.updated_by = db.actor
        audit.record(s, db.actor, "update", "library_setting", None, f"书屋设置 {name} = {value}")
    return loan_rules(db)


def copy_by_barcode(s: Session, barcode: str) -> LibraryCopy:
    code = normalize_barcode(barcode)
    c = s.scalars(select(LibraryCopy).where(LibraryCopy.barcode == code)).first()
    if c is None:
        raise NotFoundError(f"找不到条码“{code}”的图书（未登记，或条码扫错）")
    return c


def copy_info(db: Database, barcode: str) -> CopyInfo:
    with db.read() as s:
        c = copy_by_barcode(s, barcode)
        t = s.get(LibraryTitle, c.title_id)
        assert t is not None
        holder = s.scalar(select(LibraryLoan.member_id).where(LibraryLoan.copy_id == c.id,
                                                              LibraryLoan.returned_on.is_(None)))
        return CopyInfo(c.barcode, c.accession, t.id, t.title, t.author, t.isbn, c.written_off_on is not None, holder)


@dataclass(frozen=True)
class WrittenOff:
    barcode: str
    title: str
    reason: WriteOff
    on: dt.date


def write_off(db: Database, barcode: str, reason: WriteOff, note: str = "", *,
              on: dt.date | None = None) -> WrittenOff:
    """Take a copy out of the volumes (lost, damaged, withdrawn); the copy and its loans stay as history.
    A copy out on loan is first taken back (or written off as lost by the borrower: say so in the note)."""
    on = on or dt.date.today()
    with db.transaction() as s:
        c = copy_by_barcode(s, barcode)
        t = s.get(LibraryTitle, c.title_id)
        assert t is not None
        if c.written_off_on is not None:
            raise ConflictError(f"《{t.title}》（{c.barcode}）已于 {c.written_off_on.isoformat()} 注销")
        loan = s.scalars(select(LibraryLoan).where(LibraryLoan.copy_id == c.id,
                                                   LibraryLoan.returned_on.is_(None))).first()
        if loan is not None:
            if reason is not WriteOff.LOST:
                raise ConflictError(f"《{t.title}》（{c.barcode}）尚未归还，应先还书再注销（借出未还只能按“丢失”注销）")
            loan.returned_on = on  # closes the loan: the borrower lost it
        c.written_off_on = on
        c.written_off_reason = reason.value
        c.written_off_note = clean(note)
        audit.record(s, db.actor, "write_off", "library_copy", c.id,
                     f"注销《{t.title}》（{c.barcode}）：{reason.label}" + (f"，{clean(note)}" if clean(note) else ""))
        return WrittenOff(c.barcode, t.title, reason, on)


@dataclass(frozen=True)
class ActivityView:
    id: int
    date: dt.date
    kind: str
    title: str
    attendance: int


def add_activity(db: Database, date: dt.date, title: str, *, kind: str = "", attendance: int = 0,
                 notes: str = "") -> ActivityView:
    """Record a reading activity (读书会, 征文, 讲座 …) with its attendance."""
    problems = []
    if not clean(title):
        problems.append(FieldProblem("title", "活动名称", "不能为空"))
    if not 0 <= attendance <= 100000:
        problems.append(FieldProblem("attendance", "参加人数", f"应为 0–100000，这里是 {attendance}"))
    if date > dt.date.today():
        problems.append(FieldProblem("date", "日期", f"{date.isoformat()}晚于今天"))
    if problems:
        raise ValidationError(problems)
    with db.transaction() as s:
        a = LibraryActivity(date=date, kind=clean(kind), title=clean(title), attendance=attendance, notes=clean(notes))
        s.add(a)
        s.flush()
        audit.record(s, db.actor, "create", "library_activity", a.id,
                     f"登记读书活动“{a.title}”（{date.isoformat()}，{attendance} 人）")
        return ActivityView(a.id, a.date, a.kind, a.title, a.attendance)


def list_activities(db: Database) -> list[ActivityView]:
    with db.read() as s:
        return [ActivityView(a.id, a.date, a.kind, a.title, a.attendance)
                for a in s.scalars(select(LibraryActivity).order_by(LibraryActivity.date.desc()))]
