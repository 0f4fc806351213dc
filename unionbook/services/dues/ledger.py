"""The union's books (收支账): entries in the categories of 《基层工会经费收支管理办法》, budgets, closing a year.

A closed year is locked: nothing dated in it can be added, changed or removed. A correction is an adjusting
entry dated in an open year that names the entry it corrects (its amount may be negative). Dues and funds post
their own entries through `post` (source "dues" / "funds"); other income and expense come through `add_entry`.
Gifts in cash or shopping cards are refused and amounts over a provincial cap carry a warning, each with the
rule cited.
"""

from __future__ import annotations

import datetime as dt
import shutil
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from unionbook.domain.dues_money import format_yuan
from unionbook.errors import ConflictError, FieldProblem, NotFoundError, ValidationError
from unionbook.services.dues.common import amount_arg
from unionbook.services.dues.rules import DuesRules, dues_rules, dues_rules_for
from unionbook.services.union import audit
from unionbook.store import Database
from unionbook.store.models import LedgerBudget, LedgerEntry, LedgerYear


@dataclass(frozen=True)
class EntryView:
    id: int
    date: dt.date
    category: str
    category_label: str
    sub: str
    kind: str
    amount_fen: int
    counterparty: str
    voucher: str
    memo: str
    source: str
    corrects_id: int | None
    attachment: str
    warning: str


def _view(e: LedgerEntry, rules: DuesRules) -> EntryView:
    label = rules.category(e.category).label
    return EntryView(e.id, e.date, e.category, label, e.sub, e.kind, e.amount_fen, e.counterparty, e.voucher, e.memo,
                     e.source, e.corrects_id, e.attachment, e.warning)


def closed_years(s: Session) -> dict[int, dt.date]:
    return {y: d for y, d in s.execute(select(LedgerYear.year, LedgerYear.closed_on)).tuples()}


def check_open(s: Session, day: dt.date, what: str = "这笔账") -> None:
    closed = s.get(LedgerYear, day.year)
    if closed is not None:
        raise ConflictError(
            f"{day.year}年的账已于{closed.closed_on.isoformat()}结账，{what}（日期 {day.isoformat()}）不能记入已结账的年度。"
            f"如需更正，请在未结账的年度记一笔调整分录，并注明更正的是哪一笔。",
            details={"year": day.year, "closed_on": closed.closed_on.isoformat()})


def post(s: Session, actor: str, *, day: dt.date, category: str, amount_fen: int, counterparty: str = "",
         voucher: str = "", memo: str = "", source: str = "manual", sub: str = "", corrects_id: int | None = None,
         attachment: str = "", warning: str = "", year_checked: bool = False,
         rules: DuesRules | None = None, people: int = 1) -> LedgerEntry:
    """Write one entry inside the caller's transaction (the year must be open: `year_checked` when the caller
    has just checked it for many entries of the same day)."""
    cat = (rules or dues_rules(s)).category(category)
    if not year_checked:
        check_open(s, day)
    entry = LedgerEntry(date=day, year=day.year, category=cat.code, sub=sub, kind=cat.kind, amount_fen=amount_fen,
                        counterparty=counterparty[:200], voucher=voucher[:50], memo=memo, source=source,
                        corrects_id=corrects_id, attachment=attachment, warning=warning, created_by=actor,
                        people=people)
    s.add(entry)
    s.flush()
    return entry


def _gift_checks(s: Session, day: dt.date, category: str, sub: str, memo: str, amount_fen: int, people: int,
                 rules: DuesRules) -> str:
    """Refuse cash and shopping cards as gifts; the warning text when a cap of the rule set in force is
    exceeded (caps are provincial rows: the national set has none). A per-person-per-year cap (festival goods)
    is compared with the year's per-person total for that sub-item, this entry included; a per-person cap
    (a birthday, a wedding) with this entry alone."""
    forbidden = rules.entry("ledger.forbidden_gifts")
    if category.startswith("expense."):
        for word in forbidden.value:
            if word in memo or word in sub:
                raise ValidationError(
                    [FieldProblem("memo", "摘要", f"不得以{word}发放慰问品或福利（依据：{rules.cited(forbidden.key)}）")])
    cap = rules.caps.get(sub)
    if cap is None or amount_fen <= 0:
        return ""
    per_person = amount_fen // max(1, people)
    cited = f"（依据：{rules.rule_set_title}，{rules.cited('ledger.gift_caps')}）"
    if cap.per == "person_year":
        earlier = s.execute(select(func.coalesce(func.sum(LedgerEntry.amount_fen // LedgerEntry.people), 0))
                            .where(LedgerEntry.year == day.year, LedgerEntry.sub == sub,
                                   LedgerEntry.kind == "expense", LedgerEntry.people.is_not(None))).scalar_one()
        total = int(earlier) + per_person
        if total > cap.amount_fen:
            return (f"{cap.label}标准为 {format_yuan(cap.amount_fen)} 元，{day.year}年人均已达 {format_yuan(total)} 元"
                    f"（含本笔人均 {format_yuan(per_person)} 元），超过标准{cited}")
        return ""
    if per_person > cap.amount_fen:
        return f"{cap.label}标准为 {format_yuan(cap.amount_fen)} 元，本笔人均 {format_yuan(per_person)} 元，超过标准{cited}"
    return ""


def add_entry(db: Database, *, day: dt.date, category: str, amount: str | int, counterparty: str = "",
              voucher: str = "", memo: str = "", sub: str = "", corrects: int | None = None, people: int = 1,
              attachment: str = "") -> EntryView:
    """Record other income or expense (or, naming `corrects`, an adjusting entry that may be negative)."""
    fen = amount_arg(amount, "金额", allow_negative=corrects is not None)
    rules = dues_rules_for(db)
    cat = rules.category(category)
    if sub and cat.subs and sub not in cat.subs:
        raise ValidationError([FieldProblem("sub", "子目", f"“{cat.label}”没有子目“{sub}”（可用：{'、'.join(cat.subs)}）")])
    if people < 1:
        raise ValidationError([FieldProblem("people", "人数", "人数至少为1")])
    with db.transaction() as s:
        if corrects is not None:
            target = s.get(LedgerEntry, corrects)
            if target is None:
                raise NotFoundError(f"找不到要更正的第 {corrects} 笔账")
            memo = f"更正第{target.id}笔（{target.date.isoformat()} {format_yuan(target.amount_fen)}元）" + (
                f"：{memo}" if memo else "")
            if people == 1 and target.people:
                people = target.people  # a correction is for the people of the entry it corrects
        warning = _gift_checks(s, day, cat.code, sub, memo, fen, people, rules)
        entry = post(s, db.actor, day=day, category=cat.code, amount_fen=fen, counterparty=counterparty,
                     voucher=voucher, memo=memo, sub=sub, corrects_id=corrects, warning=warning, rules=rules,
                     people=people)
        if attachment:
            entry.attachment = _keep_attachment(db, entry.id, Path(attachment))
        audit.record(s, db.actor, "add", "ledger_entry", entry.id,
                     f"记账：{day.isoformat()} {cat.label} {format_yuan(fen)}元" + (f"（{counterparty}）" if counterparty else ""))
        return _view(entry, rules)


def attachments_dir(db: Database) -> Path:
    """Receipt scans live beside the database file, so that a copy of the folder carries them."""
    return db.path.parent / f"{db.path.stem}-附件"


def _keep_attachment(db: Database, entry_id: int, source: Path) -> str:
    if not source.is_file():
        raise ValidationError([FieldProblem("attachment", "附件", f"找不到文件“{source}”")])
    folder = attachments_dir(db)
    target = folder / f"{entry_id}-{source.name}"
    try:
        folder.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(source, target)
    except OSError as exc:
        raise ValidationError([FieldProblem("attachment", "附件", f"无法复制“{source.name}”：{exc.strerror}")]) from exc
    return target.name


def remove_entry(db: Database, entry_id: int) -> None:
    with db.transaction() as s:
        entry = s.get(LedgerEntry, entry_id)
        if entry is None:
            raise NotFoundError(f"找不到第 {entry_id} 笔账")
        check_open(s, entry.date, f"第 {entry_id} 笔账")
        if entry.source != "manual":
            raise ConflictError(f"第 {entry_id} 笔账由{'会费' if entry.source == 'dues' else '经费'}记录自动生成，不能单独删除。")
        audit.record(s, db.actor, "delete", "ledger_entry", entry_id,
                     f"删除第 {entry_id} 笔账：{entry.date.isoformat()} {format_yuan(entry.amount_fen)}元")
        s.delete(entry)


def list_entries(db: Database, year: int) -> list[EntryView]:
    with db.read() as s:
        rows = s.scalars(select(LedgerEntry).where(LedgerEntry.year == year)
                         .order_by(LedgerEntry.date, LedgerEntry.id)).all()
        rules = dues_rules(s)
        return [_view(e, rules) for e in rows]


@dataclass(frozen=True)
class CloseResult:
    year: int
    closed_on: dt.date
    entries: int
    income_fen: int
    expense_fen: int


def close_year(db: Database, year: int, *, today: dt.date | None = None, note: str = "") -> CloseResult:
    today = today or dt.date.today()
    if year > today.year:
        raise ValidationError([FieldProblem("year", "年度", f"{year}年还没有到，不能结账")])
    with db.transaction() as s:
        if s.get(LedgerYear, year) is not None:
            raise ConflictError(f"{year}年已经结账，不能重复结账。")
        totals = dict(s.execute(select(LedgerEntry.kind, func.sum(LedgerEntry.amount_fen))
                                .where(LedgerEntry.year == year).group_by(LedgerEntry.kind)).tuples().all())
        count = s.execute(select(func.count()).where(LedgerEntry.year == year)).scalar_one()
        s.add(LedgerYear(year=year, closed_on=today, closed_by=db.actor, note=note))
        audit.record(s, db.actor, "close", "ledger_year", year, f"{year}年结账：{count} 笔")
    return CloseResult(year, today, int(count), int(totals.get("income") or 0), int(totals.get("expense") or 0))


def set_budget(db: Database, year: int, category: str, amount: str | int) -> None:
    fen = amount_arg(amount, "预算金额", positive=False)
    cat = dues_rules_for(db).category(category)
    with db.transaction() as s:
        row = s.get(LedgerBudget, (year, cat.code))
        if row is None:
            s.add(LedgerBudget(year=year, category=cat.code, amount_fen=fen))
        else:
            row.amount_fen = fen
        audit.record(s, db.actor, "budget", "ledger_year", year, f"{year}年预算：{cat.label} {format_yuan(fen)}元")

