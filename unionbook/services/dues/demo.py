"""The demo union's money: wages, dues, union funds and the books from January of last year to last month.

Most members pay by payroll deduction (one 会费收入 entry per employer and month); some pay in cash each
quarter with a receipt; a few stop paying (the arrears list and the lapse flags have someone to show, and some
of them have had a persuasion talk). Each employer declares its payroll monthly; most pay the levy the next
month, a couple are late; the upper share is remitted each quarter. The books have the usual grassroots
spending within the provincial caps, budgets for both years, last year closed and one adjusting entry.
Written with bulk inserts (a 100,000-member demo must stay quick), the arithmetic from the domain.
"""

from __future__ import annotations

import datetime as dt
import json
import random
from collections import defaultdict
from typing import Any, cast

from sqlalchemy import Table, func, select
from sqlalchemy.orm import Session

from unionbook.domain.dues import Month, months
from unionbook.domain.member import Status
from unionbook.services.dues.common import START_SETTING, fast_insert, put_setting
from unionbook.services.dues.dues import due_range, dues_of
from unionbook.services.dues.funds import levy_split
from unionbook.services.dues.rules import DuesRules, dues_rules
from unionbook.store.models import (
    DuesEmployer,
    DuesPayment,
    DuesPersuasion,
    DuesWage,
    Employer,
    FundsDeclaration,
    FundsMovement,
    LedgerBudget,
    LedgerEntry,
    LedgerYear,
    Member,
)

CHUNK = 5000
HANDLERS = ("马晓燕", "李建国", "王丽")


def _t(model: Any) -> Table:
    return cast(Table, model.__table__)


class _Books:
    """Ledger rows with ids assigned here, so payments and movements can point at them before insertion."""

    def __init__(self, s: Session, rules: DuesRules) -> None:
        self.next_id = int(s.execute(select(func.coalesce(func.max(LedgerEntry.id), 0))).scalar_one()) + 1
        self.rows: list[dict[str, Any]] = []
        self.kinds = {c.code: c.kind for c in rules.categories}

    def add(self, day: dt.date, category: str, fen: int, *, party: str = "", voucher: str = "", memo: str = "",
            source: str = "manual", sub: str = "", corrects: int | None = None, people: int | None = None) -> int:
        eid = self.next_id
        self.next_id += 1
        self.rows.append({"id": eid, "date": day, "year": day.year, "category": category, "sub": sub,
                          "kind": self.kinds[category], "amount_fen": fen, "counterparty": party, "voucher": voucher,
                          "memo": memo, "source": source, "corrects_id": corrects, "attachment": "", "warning": "",
                          "created_by": "demo", "people": people})
        return eid


def _day(m: Month, day: int) -> dt.date:
    return dt.date(m.year, m.month, min(day, 28))


def fill_dues_demo(s: Session, *, seed: int = 1, today: dt.date | None = None) -> None:
    """Write the dues demo in the caller's transaction (the demo's members and employers are there already)."""
    today = today or dt.date.today()
    rng = random.Random(seed * 7919 + 13)
    first, last = Month(today.year - 1, 1), Month.of(today) + -1
    put_setting(s, START_SETTING, str(first), "demo")
    people = s.execute(select(Member.id, Member.name, Member.employer_id, Member.status, Member.status_date,
                              Member.join_date)).tuples().all()
    employers = s.execute(select(Employer.id, Employer.name, Employer.employees)).tuples().all()
    rules = dues_rules(s)
    books = _Books(s, rules)
    wages = _wages(s, rng, people, first, today)
    _dues(s, rules, rng, books, people, wages, dict((i, n) for i, n, _e in employers), first, last, today)
    movements = _funds(s, rules, rng, books, people, wages, employers, first, last, today)
    _spending(rng, books, len(people), first, last, today)
    for i in range(0, len(books.rows), CHUNK):
        fast_insert(s, _t(LedgerEntry), books.rows[i:i + CHUNK])
    for i in range(0, len(movements), CHUNK):
        fast_insert(s, _t(FundsMovement), movements[i:i + CHUNK])
    for year in (first.year, today.year):
        n = len(people)
        for code, fen in (("income.dues", n * 230 * 100), ("income.allocated", n * 900 * 100),
                          ("income.upper_subsidy", 3_000_000), ("income.admin_subsidy", 5_000_000),
                          ("income.other", 50_000), ("expense.activities", n * 420 * 100),
                          ("expense.rights", n * 30 * 100), ("expense.operations", 2_000_000),
                          ("expense.capital", 2_000_000), ("expense.other", n * 330 * 100)):
            s.add(LedgerBudget(year=year, category=code, amount_fen=fen))
    if today >= dt.date(today.year, 1, 20):
        s.add(LedgerYear(year=first.year, closed_on=dt.date(today.year, 1, 20), closed_by="demo",
                         note="经审会审查通过"))


def _wages(s: Session, rng: random.Random, people: Any, first: Month, today: dt.date) -> dict[int, list[tuple[Month, int]]]:
    out: dict[int, list[tuple[Month, int]]] = {}
    rows = []
    raise_month = Month(today.year, 1)
    for mid, _name, _eid, status, _sd, _join in people:
        if status not in (Status.ACTIVE.value, Status.KEPT.value, Status.LEFT.value, Status.TRANSFERRED_OUT.value,
                          Status.WITHDRAWN.value):
            continue
        wage = int(rng.lognormvariate(8.25, 0.28) * 100) // 50 * 50  # around 3,800 yuan, to 50 fen
        wage = max(wage, 200_000)
        history = [(first, wage)]
        if rng.random() < 0.3:
            history.append((raise_month, wage + rng.randrange(100, 600) * 100))
        out[mid] = history
        rows += [{"member_id": mid, "from_month": str(m), "wage_fen": w, "recorded_by": "demo"} for m, w in history]
    for i in range(0, len(rows), CHUNK):
        fast_insert(s, _t(DuesWage), rows[i:i + CHUNK])
    return out


def _wage(history: list[tuple[Month, int]], m: Month) -> int:
    return [w for frm, w in history if frm <= m][-1]


def _dues(s: Session, rules: DuesRules, rng: random.Random, books: _Books, people: Any, wages: dict[int, list[tuple[Month, int]]],
          employer_name: dict[int, str], first: Month, last: Month, today: dt.date) -> None:
    payments: list[dict[str, Any]] = []
    payroll: dict[tuple[int, Month], list[dict[str, Any]]] = defaultdict(list)
    receipt = 0
    step = rules.base_step_fen
    stopped: list[int] = []
    for mid, name, eid, status, status_date, join in people:
        span = due_range(status, status_date, join, first, last, rules)
        if span is None or mid not in wages:
            continue
        r = rng.random()
        kind = "stopped" if r < 0.035 else "cash" if r < 0.12 or eid is None else "payroll"
        stop = last + -rng.randrange(6, 10) if kind == "stopped" else last
        if kind == "stopped":
            stopped.append(mid)
        due = [m for m in months(span[0], span[1]) if m <= stop]
        if kind == "cash":
            # quarterly, a few days after each quarter; the current quarter's months wait until it ends
            quarters: dict[tuple[int, int], list[Month]] = defaultdict(list)
            for m in due:
                quarters[(m.year, (m.month - 1) // 3)].append(m)
            for (year, q), ms in quarters.items():
                paid_on = _day(Month(year, q * 3 + 3) + 1, rng.randrange(3, 20))
                if paid_on > today or paid_on.year == first.year and q == 3 and rng.random() < 0.1:
                    continue
                receipt += 1
                number = f"会收{paid_on.year}-{receipt:04d}"
                amounts = [dues_of(_wage(wages[mid], m), rules) for m in ms]
                eid_ledger = books.add(paid_on, "income.dues", sum(amounts), party=name, voucher=number,
                                       memo=f"{name}交{ms[0].label}至{ms[-1].label}会费（现金）", source="dues")
                for m, a in zip(ms, amounts, strict=True):
                    payments.append({"member_id": mid, "month": str(m), "base_fen": _wage(wages[mid], m) // step * step,
                                     "dues_fen": a, "paid_on": paid_on, "method": "cash", "receipt": number,
                                     "employer_id": None, "entry_id": eid_ledger, "recorded_by": "demo"})
        else:
            for m in due:
                w = _wage(wages[mid], m)
                payroll[(eid, m)].append({"member_id": mid, "month": str(m), "base_fen": w // step * step,
                                          "dues_fen": dues_of(w, rules), "method": "payroll", "receipt": "", "employer_id": eid,
                                          "recorded_by": "demo"})
    for (eid, m), rows in sorted(payroll.items(), key=lambda kv: (kv[0][1], kv[0][0])):
        paid_on = _day(m + 1, 10)
        if paid_on > today:
            continue
        entry = books.add(paid_on, "income.dues", sum(r["dues_fen"] for r in rows), party=employer_name[eid],
                          memo=f"{employer_name[eid]}代扣{m.label}会费，{len(rows)}人", source="dues")
        for row in rows:
            row.update(paid_on=paid_on, entry_id=entry)
        payments.extend(rows)
    fast_insert(s, _t(LedgerEntry), books.rows)  # payments point at these entries
    books.rows = []
    for i in range(0, len(payments), CHUNK):
        fast_insert(s, _t(DuesPayment), payments[i:i + CHUNK])
    talks = [{"member_id": mid, "date": today - dt.timedelta(days=rng.randrange(5, 60)), "by_whom": rng.choice(HANDLERS),
              "note": rng.choice(("电话联系，说明会费用途，本人表示下月补交", "上门谈话，本人因外出务工暂未交纳",
                                  "微信提醒，未回复")), "recorded_by": "demo"}
             for mid in stopped if rng.random() < 0.5]
    if talks:
        fast_insert(s, _t(DuesPersuasion), talks)


def _funds(s: Session, rules: DuesRules, rng: random.Random, books: _Books, people: Any, wages: dict[int, list[tuple[Month, int]]],
           employers: Any, first: Month, last: Month, today: dt.date) -> list[dict[str, Any]]:
    """Declarations are written here; the movements are returned, to go in after the ledger rows they cite.
    Nothing is dated after `today`: a month not yet declared, money not yet received or remitted is left out."""
    movements: list[dict[str, Any]] = []
    members_of: dict[int, list[int]] = defaultdict(list)
    for mid, _n, eid, status, _sd, _j in people:
        if eid is not None and status == Status.ACTIVE.value and mid in wages:
            members_of[eid].append(mid)
    late = {eid for eid, _n, _e in employers if rng.random() < 0.08}
    next_id = int(s.execute(select(func.coalesce(func.max(FundsDeclaration.id), 0))).scalar_one()) + 1
    declarations: list[dict[str, Any]] = []
    settings: list[dict[str, Any]] = []
    for eid, name, employees in employers:
        collection = "tax_upper" if rng.random() < 0.15 else "direct"
        settings.append({"employer_id": eid, "kind": "enterprise", "components": json.dumps(["基本工资"], ensure_ascii=False),
                         "has_union": True, "collection": collection, "small_micro": employees <= 30})
        staff = members_of.get(eid, [])
        for m in months(first, last):
            member_pay = sum(_wage(wages[x], m) for x in staff)
            # non-members are paid too: the payroll covers all employees, with overtime and bonuses
            payroll = member_pay * max(1, employees) // len(staff) if staff else employees * 380_000
            payroll = payroll * rng.randrange(105, 125) // 100
            parts = levy_split(payroll, rules)
            declared = _day(m + 1, 15)
            if declared > today:
                continue
            did = next_id
            next_id += 1
            declarations.append({"id": did, "employer_id": eid, "period": str(m), "year": m.year, "payroll_fen": payroll,
                                 "levy_fen": parts.levy_fen, "retained_fen": parts.retained_fen,
                                 "upper_fen": parts.upper_fen, "upper_parts": json.dumps(parts.upper_parts),
                                 "preparatory": False, "rule_note": parts.note, "declared_on": declared,
                                 "recorded_by": "demo"})
            if eid in late and m >= last + -2:
                continue
            day = declared + dt.timedelta(days=rng.randrange(3, 12))
            if day > today:
                continue
            due = parts.levy_fen if collection == "direct" else parts.retained_fen
            entry = books.add(day, "income.allocated", due, party=name, voucher=f"经收{m.year}-{did:04d}",
                              memo=f"收到{name}{m.label}工会经费", source="funds")
            movements.append({"declaration_id": did, "kind": "received", "date": day, "amount_fen": due,
                              "voucher": f"经收{m.year}-{did:04d}", "note": "", "entry_id": entry, "recorded_by": "demo"})
            quarter_end = Month(m.year, (m.month - 1) // 3 * 3 + 3)
            remit_day = _day(quarter_end + 1, 25)
            if collection == "direct" and quarter_end <= last and remit_day <= today:
                entry = books.add(remit_day, "expense.other", parts.upper_fen, sub="上缴上级经费", party="上级工会",
                                  memo=f"上缴{name}{m.label}上级经费", source="funds")
                movements.append({"declaration_id": did, "kind": "remitted", "date": remit_day,
                                  "amount_fen": parts.upper_fen, "voucher": "", "note": "", "entry_id": entry,
                                  "recorded_by": "demo"})
    if settings:
        fast_insert(s, _t(DuesEmployer), settings)
    for i in range(0, len(declarations), CHUNK):
        fast_insert(s, _t(FundsDeclaration), declarations[i:i + CHUNK])
    return movements


def _spending(rng: random.Random, books: _Books, members: int, first: Month, last: Month, today: dt.date) -> None:
    n = max(10, members)
    for year in range(first.year, last.year + 1):
        def on(month: int, day: int, year: int = year) -> dt.date | None:
            d = dt.date(year, month, day)
            return d if Month.of(d) <= last else None

        plan = [
            (on(1, 18), "income.admin_subsidy", "", 5_000_000, "镇人民政府", "行政补助：工会工作经费"),
            (on(1, 20), "expense.activities", "节日慰问", n * 20_000, "兴庆区某超市", "春节慰问品（米、油），人均200元"),
            (on(3, 8), "expense.activities", "文体活动", 1_260_000, "", "“三八”妇女节女职工健步走活动"),
            (on(4, 26), "expense.operations", "培训", 860_000, "", "工会干部业务培训"),
            (on(5, 1), "expense.activities", "文体活动", 2_350_000, "", "“五一”职工趣味运动会"),
            (on(6, 20), "expense.rights", "劳动保护", 1_180_000, "", "夏季送清凉：防暑降温用品"),
            (on(7, 15), "income.upper_subsidy", "回拨补助", 3_000_000, "兴庆区总工会", "区总工会回拨补助"),
            (on(9, 10), "expense.activities", "节日慰问", n * 15_000, "兴庆区某超市", "中秋慰问品（月饼、水果），人均150元"),
            (on(10, 12), "expense.capital", "", 1_580_000, "某办公家具店", "职工书屋书架、阅览桌"),
            (on(11, 20), "expense.rights", "困难职工帮扶", 2_400_000, "", "困难职工帮扶（12户）"),
            (on(12, 20), "expense.rights", "送温暖", 1_800_000, "", "元旦送温暖"),
            (on(12, 28), "income.other", "利息收入", rng.randrange(20_000, 90_000), "开户银行", "存款利息"),
        ]
        voucher = 0
        for day, code, sub, fen, party, memo in plan:
            if day is None or day > today:
                continue
            voucher += 1
            books.add(day, code, fen, party=party, voucher=f"记{year}-{voucher:03d}", memo=memo, sub=sub,
                      people=n if sub == "节日慰问" else None)
        for month in range(1, 13):
            day = on(month, 25)
            if day is not None and day <= today and rng.random() < 0.5:
                voucher += 1
                fen = rng.randrange(8, 30) * 20_000
                books.add(day, "expense.activities", fen, sub="生日慰问", voucher=f"记{year}-{voucher:03d}",
                          memo=f"{month}月过生日职工的生日蛋糕，人均200元", people=fen // 20_000)
    # a correction of last year's books, in this year (last year is closed by then)
    if last.year > first.year and books.rows:
        wrong = next(r for r in books.rows if r["year"] == first.year and r["category"] == "expense.capital")
        books.add(dt.date(last.year, 1, 25), "expense.capital", -80_000, corrects=wrong["id"],
                  memo=f"更正第{wrong['id']}笔：发票金额应为{(wrong['amount_fen'] - 80_000) // 100}元，多记800元")
