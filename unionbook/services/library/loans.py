"""The loan desk: find the borrower, lend a scanned copy, take it back with one scan, renew once; overdue loans;
the books a member still has (asked when a member leaves or is transferred out)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from unionbook.domain.member import STATUS_LABELS, Event, Status, next_status
from unionbook.domain.text import clean
from unionbook.errors import ConflictError, NotFoundError
from unionbook.services.library.copies import copy_by_barcode, rules_in
from unionbook.services.union import audit
from unionbook.store import Database
from unionbook.store.models import LibraryCopy, LibraryLoan, LibraryTitle, Member


class LoanRefused(ConflictError):
    """The desk says no, with the reason (`reason` is stable English for scripts)."""

    code = "loan_refused"

    def __init__(self, reason: str, message: str) -> None:
        super().__init__(message, details={"reason": reason})
        self.reason = reason


@dataclass(frozen=True)
class Borrower:
    member_id: int
    name: str
    card_number: str
    status: str
    on_loan: int


@dataclass(frozen=True)
class LoanView:
    loan_id: int
    barcode: str
    title: str
    member_id: int
    name: str
    lent_on: dt.date
    due: dt.date
    returned_on: dt.date | None
    renewals: int

    def days_overdue(self, as_of: dt.date) -> int:
        end = self.returned_on or as_of
        return max(0, (end - self.due).days)


def _member(s: Session, key: str) -> Member:
    text = clean(key).replace(" ", "").upper()
    m: Member | None = None
    if text.isdigit() and len(text) < 10:
        m = s.get(Member, int(text))
    if m is None and text:
        m = s.scalars(select(Member).where(or_(Member.card_number == text, Member.id_number == text))).first()
    if m is None:
        raise NotFoundError(f"找不到会员“{key}”（可用会员编号、会员证号或身份证号）")
    return m


def find_borrowers(db: Database, text: str, *, limit: int = 20) -> list[Borrower]:
    """Members by card number, ID number, name or pinyin (as the roster searches), with books they have out."""
    term = clean(text).lower().replace(" ", "")
    if not term:
        return []
    with db.read() as s:
        exact = s.scalars(select(Member).where(or_(Member.card_number == term.upper(),
                                                   Member.id_number == term.upper()))).all()
        found = list(exact) or list(s.scalars(
            select(Member).where(Member.search_key.like(f"%{term}%"))
            .order_by(Member.status != Status.ACTIVE.value, Member.name_pinyin).limit(limit)))
        counts = _open_counts(s, [m.id for m in found])
        return [Borrower(m.id, m.name, m.card_number, m.status, counts.get(m.id, 0)) for m in found]


def _open_counts(s: Session, ids: list[int]) -> dict[int, int]:
    if not ids:
        return {}
    return dict(s.execute(select(LibraryLoan.member_id, func.count())
                          .where(LibraryLoan.member_id.in_(ids), LibraryLoan.returned_on.is_(None))
                          .group_by(LibraryLoan.member_id)).tuples().all())


def _view(s: Session, loan: LibraryLoan) -> LoanView:
    c = s.get(LibraryCopy, loan.copy_id)
    m = s.get(Member, loan.member_id)
    assert c is not None and m is not None
    t = s.get(LibraryTitle, c.title_id)
    assert t is not None
    return LoanView(loan.id, c.barcode, t.title, m.id, m.name, loan.lent_on, loan.due, loan.returned_on,
                    loan.renewals)


def lend(db: Database, barcode: str, member_key: str, *, on: dt.date | None = None) -> LoanView:
    """Lend a copy; refused (LoanRefused with the reason) when the copy is out or written off, the member is not
    on the books (保留会籍 may borrow if the setting allows), has a book overdue (only with the setting
    refuse_overdue; the desk warns otherwise) or has the limit out."""
    on = on or dt.date.today()
    with db.transaction() as s:
        rules = rules_in(s)
        c = copy_by_barcode(s, barcode)
        t = s.get(LibraryTitle, c.title_id)
        assert t is not None
        m = _member(s, member_key)
        if c.written_off_on is not None:
            raise LoanRefused("written_off", f"《{t.title}》（{c.barcode}）已注销，不能借出")
        open_loan = s.scalars(select(LibraryLoan).where(LibraryLoan.copy_id == c.id,
                                                        LibraryLoan.returned_on.is_(None))).first()
        if open_loan is not None:
            holder = s.get(Member, open_loan.member_id)
            who = holder.name if holder is not None else str(open_loan.member_id)
            raise LoanRefused("copy_out", f"《{t.title}》（{c.barcode}）已借给{who}，应还日期 "
                                          f"{open_loan.due.isoformat()}，请先还书")
        status = Status(m.status)
        if not (status is Status.ACTIVE or (status is Status.KEPT and rules.kept_may_borrow)):
            raise LoanRefused("not_member", f"{m.name}的会籍状态为“{STATUS_LABELS[status]}”，不能借书"
                              + ("（保留会籍会员可借阅，见书屋设置）" if status is Status.KEPT else ""))
        if rules.refuse_overdue:
            late = [v for v in _loans(s, LibraryLoan.member_id == m.id, LibraryLoan.returned_on.is_(None))
                    if v.days_overdue(on)]
            if late:
                raise LoanRefused("overdue", overdue_message(m.name, late, on) + "，按书屋设置须先还书再借（"
                                  + "、".join(f"《{v.title}》{v.barcode}" for v in late) + "）")
        count = _open_counts(s, [m.id]).get(m.id, 0)
        if count >= rules.max_loans:
            raise LoanRefused("limit", f"{m.name}已借 {count} 册，达到每人 {rules.max_loans} 册的上限，请先还书")
        loan = LibraryLoan(copy_id=c.id, member_id=m.id, lent_on=on, due=rules.due(on), renewals=0)
        s.add(loan)
        s.flush()
        audit.record(s, db.actor, "lend", "library_loan", loan.id,
                     f"借出《{t.title}》（{c.barcode}）给{m.name}，应还 {loan.due.isoformat()}")
        return _view(s, loan)


def overdue_message(name: str, loans: list[LoanView], as_of: dt.date) -> str:
    """“彭鹏有 1 册逾期 56 天未还”, or with several books the longest delay; "" when none is late."""
    late = [v.days_overdue(as_of) for v in loans if v.days_overdue(as_of)]
    if not late:
        return ""
    if len(late) == 1:
        return f"{name}有 1 册逾期 {late[0]} 天未还"
    return f"{name}有 {len(late)} 册逾期未还（最长 {max(late)} 天）"


def overdue_warning(db: Database, member_id: int, as_of: dt.date) -> str:
    """What the loan desk says of a borrower with books overdue on `as_of` (overdue_message); "" when none."""
    loans = [v for v in loans_of(db, member_id) if v.returned_on is None]
    return overdue_message(loans[0].name, loans, as_of) if loans else ""


def _open_loan(s: Session, barcode: str) -> tuple[LibraryLoan, LibraryCopy]:
    c = copy_by_barcode(s, barcode)
    loan = s.scalars(select(LibraryLoan).where(LibraryLoan.copy_id == c.id, LibraryLoan.returned_on.is_(None))).first()
    if loan is None:
        raise LoanRefused("not_out", f"条码 {c.barcode} 的图书不在借出状态，无需归还")
    return loan, c


def give_back(db: Database, barcode: str, *, on: dt.date | None = None) -> LoanView:
    """Take a copy back: one scan."""
    on = on or dt.date.today()
    with db.transaction() as s:
        loan, c = _open_loan(s, barcode)
        if on < loan.lent_on:
            raise ConflictError(f"归还日期 {on.isoformat()} 早于借出日期 {loan.lent_on.isoformat()}")
        loan.returned_on = on
        view = _view(s, loan)
        late = view.days_overdue(on)
        audit.record(s, db.actor, "return", "library_loan", loan.id,
                     f"归还《{view.title}》（{c.barcode}），借阅人{view.name}" + (f"，逾期 {late} 天" if late else ""))
        return view


def renew(db: Database, barcode: str, *, on: dt.date | None = None) -> LoanView:
    """Renew a loan once (the setting): the new due date counts from today."""
    on = on or dt.date.today()
    with db.transaction() as s:
        rules = rules_in(s)
        loan, c = _open_loan(s, barcode)
        if loan.renewals >= rules.renewals:
            raise LoanRefused("renewed", f"条码 {c.barcode} 已续借 {loan.renewals} 次，不能再续借")
        loan.renewals += 1
        loan.due = max(loan.due, rules.due(on))
        audit.record(s, db.actor, "renew", "library_loan", loan.id, f"续借 {c.barcode}，应还 {loan.due.isoformat()}")
        return _view(s, loan)


def _loans(s: Session, *conditions: object) -> list[LoanView]:
    q = (select(LibraryLoan.id, LibraryCopy.barcode, LibraryTitle.title, Member.id, Member.name, LibraryLoan.lent_on,
                LibraryLoan.due, LibraryLoan.returned_on, LibraryLoan.renewals)
         .join(LibraryCopy, LibraryLoan.copy_id == LibraryCopy.id)
         .join(LibraryTitle, LibraryCopy.title_id == LibraryTitle.id)
         .join(Member, LibraryLoan.member_id == Member.id)
         .where(*conditions).order_by(LibraryLoan.due, LibraryLoan.id))  # type: ignore[arg-type]
    return [LoanView(*row) for row in s.execute(q).tuples()]


def overdue(db: Database, as_of: dt.date | None = None) -> list[LoanView]:
    as_of = as_of or dt.date.today()
    with db.read() as s:
        return _loans(s, LibraryLoan.returned_on.is_(None), LibraryLoan.due < as_of)


def loans_of(db: Database, member_id: int) -> list[LoanView]:
    with db.read() as s:
        return _loans(s, LibraryLoan.member_id == member_id, LibraryLoan.returned_on.is_(None))


def books_on_loan(db: Database, member_id: int) -> list[LoanView]:
    """The books a member still has out: a member leaving or transferred out should bring them back first.
    Meant for the status change (GUI warning, CLI `warnings`) and the transfer letter."""
    return loans_of(db, member_id)


@dataclass(frozen=True)
class LeavingWarning:
    """Said (not refused) before a member leaves the books with books still out: `field` is stable English."""

    field: str
    message: str
    loans: tuple[LoanView, ...]


def leaving_warnings(db: Database, member_id: int, event: Event, *,
                     as_of: dt.date | None = None) -> list[LeavingWarning]:
    """What to tell the user before `event` takes the member off the books (转出, 退会, 除名 …) while books of the
    书屋 are still out with them; nothing for an event that keeps them a member, or one that does not apply.
    Books past their due date on `as_of` (today) are marked overdue, and the warning says what to do."""
    as_of = as_of or dt.date.today()
    with db.read() as s:
        member = s.get(Member, member_id)
        if member is None:
            return []
        try:
            target = next_status(Status(member.status), event)
        except ValueError:
            return []
    if target.is_member:
        return []
    out = books_on_loan(db, member_id)
    if not out:
        return []
    def one(b: LoanView) -> str:
        late = b.days_overdue(as_of)
        return f"《{b.title}》（{b.barcode}，应还 {b.due.isoformat()}{f'，已逾期 {late} 天' if late else ''}）"

    listed = "、".join(one(b) for b in out)
    return [LeavingWarning("books_on_loan", f"该会员还有 {len(out)} 本书未归还职工书屋：{listed}。"
                                            "请先收回图书，或在转接函中注明。", tuple(out))]
