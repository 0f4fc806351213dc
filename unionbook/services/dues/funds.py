"""Union funds (工会经费): each employer's declared payroll per period → the 2 % levy, the grassroots union's
share (at least 60 %) and the upper levels' share split by the provincial table; what was received, refunded
and remitted up; the year's summary and an employer's statement.

The parts always sum exactly to the levy: each part is the floor of its share and the remainder goes to the
party the rule set names (the grassroots union), which the voucher states. Collection routes (per employer):
"direct" — the employer pays the whole levy to the union, which remits the upper share; "tax_upper" — the tax
office collects the upper share, the employer pays the union its share; "tax_all" — the tax office collects all
and returns the union's share. Refund policies for small and micro firms are dated rule rows.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from fractions import Fraction
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from unionbook.domain.dues import Period
from unionbook.domain.dues_money import apply_rate, format_yuan, split
from unionbook.errors import ConflictError, FieldProblem, NotFoundError, ValidationError
from unionbook.services.dues import ledger
from unionbook.services.dues.common import amount_arg, find_employer, period_arg
from unionbook.services.dues.rules import KIND_KEYS, DuesRules, dues_rules, dues_rules_for
from unionbook.services.union import audit
from unionbook.store import Database
from unionbook.store.models import DuesEmployer, Employer, FundsDeclaration, FundsMovement

KINDS = {"received": "收到", "refunded": "返还", "remitted": "上缴"}
COLLECTIONS = {"direct": "单位直接拨缴", "tax_upper": "税务代收上级部分", "tax_all": "税务全额代收后返还"}
LEVEL_LABELS = {"county": "县（区）总工会", "city": "市总工会", "province": "省总工会", "acftu": "全国总工会"}


@dataclass(frozen=True)
class Declaration:
    id: int
    employer_id: int
    employer: str
    period: str
    payroll_fen: int
    levy_fen: int
    retained_fen: int
    upper_fen: int
    upper_parts: dict[str, int]
    preparatory: bool
    rule_note: str
    refund_policy: str | None


@dataclass(frozen=True)
class LevySplit:
    levy_fen: int
    retained_fen: int
    upper_fen: int
    upper_parts: dict[str, int]
    note: str


def levy_split(payroll_fen: int, rules: DuesRules, *, preparatory: bool = False) -> LevySplit:
    """The levy and its parts under the rule set in force: the upper share is split among the levels by the
    rule set's provincial table (`funds.upper_level_shares`); a set without one leaves it whole."""
    rate = rules.preparatory_rate if preparatory else rules.levy_rate
    levy = apply_rate(payroll_fen, rate)
    share = rules.grassroots_share
    to = rules["funds.remainder_to"]
    parts = split(levy, {"retained": share, "upper": 1 - share}, to)
    if rules.upper_shares:
        upper_total = sum(rules.upper_shares.values(), Fraction(0))
        levels = {k: v / upper_total for k, v in rules.upper_shares.items()}
        upper_parts = split(parts["upper"], levels, next(iter(levels)))
        table = (f"上级部分按“{rules.rule_set_title}”的分成表分到各级"
                 f"（{rules.cited('funds.upper_level_shares')}）")
    else:
        upper_parts = {}
        table = f"所用规则集“{rules.rule_set_title}”未列上级各级分成表，上级部分不再分级"
    note = (f"经费按工资总额的{_pct(rate)}计提；基层工会留成{_pct(share)}，上级工会{_pct(1 - share)}，"
            f"{table}；不足一分的尾差归{'基层工会' if to == 'retained' else '上级工会'}"
            f"（依据：{rules.cited('funds.preparation_levy_rate' if preparatory else 'funds.levy_rate')}；"
            f"{rules.cited('funds.grassroots_share_min')}）。")
    return LevySplit(levy, parts["retained"], parts["upper"], upper_parts, note)


def _pct(f: Fraction) -> str:
    value = f * 100
    return f"{value.numerator}%" if value.denominator == 1 else f"{float(value):g}%"


def _declaration(s: Session, d: FundsDeclaration, employer: Employer) -> Declaration:
    info = dues_rules(s).refund_for(Period.parse(d.period).first_month.first_day(), employer.employees)
    setting = _employer_setting(s, employer)
    refund = info.name if info is not None and setting.small_micro else None
    return Declaration(d.id, employer.id, employer.name, d.period, d.payroll_fen, d.levy_fen, d.retained_fen,
                       d.upper_fen, json.loads(d.upper_parts or "{}"), d.preparatory, d.rule_note, refund)


def _employer_setting(s: Session, employer: Employer) -> DuesEmployer:
    return s.get(DuesEmployer, employer.id) or DuesEmployer(employer_id=employer.id, kind="enterprise", components="[]", has_union=True,
                                 collection="direct", small_micro=False)


def employer_settings(db: Database, employer: str | int) -> dict[str, Any]:
    """An employer's dues and funds settings as stored (the defaults when never set)."""
    with db.read() as s:
        e = find_employer(s, employer)
        row = _employer_setting(s, e)
        components = json.loads(row.components or "[]") or dues_rules(s).base_components(row.kind)
        return {"employer": e.name, "kind": row.kind, "components": components, "has_union": row.has_union,
                "collection": row.collection, "small_micro": row.small_micro}


def set_employer(db: Database, employer: str | int, *, kind: str | None = None, components: list[str] | None = None,
                 has_union: bool | None = None, collection: str | None = None,
                 small_micro: bool | None = None) -> dict[str, Any]:
    rules = dues_rules_for(db)
    if kind is not None and kind not in KIND_KEYS:
        raise ValidationError([FieldProblem("kind", "单位类型", f"应为 enterprise、organ 或 institution，不是“{kind}”")])
    if collection is not None and collection not in COLLECTIONS:
        raise ValidationError([FieldProblem("collection", "收缴方式", f"应为 {'、'.join(COLLECTIONS)}")])
    with db.transaction() as s:
        e = find_employer(s, employer)
        row = s.get(DuesEmployer, e.id)
        if row is None:
            row = DuesEmployer(employer_id=e.id, kind="enterprise", has_union=True, collection="direct",
                               small_micro=False, components="[]")
            s.add(row)
        if kind is not None:
            row.kind = kind
            if components is None:
                components = rules.base_components(kind)
        if components is not None:
            row.components = json.dumps(components, ensure_ascii=False)
        for name, value in (("has_union", has_union), ("collection", collection), ("small_micro", small_micro)):
            if value is not None:
                setattr(row, name, value)
        s.flush()
        audit.record(s, db.actor, "edit", "dues_employer", e.id, f"{e.name}的会费与经费设置")
        return {"employer": e.name, "kind": row.kind, "components": json.loads(row.components),
                "has_union": row.has_union, "collection": row.collection, "small_micro": row.small_micro}


def declare(db: Database, employer: str | int, period: str, payroll: str | int, *,
            day: dt.date | None = None) -> Declaration:
    p = period_arg(period)
    fen = amount_arg(payroll, "工资总额")
    with db.transaction() as s:
        e = find_employer(s, employer)
        for (other,) in s.execute(select(FundsDeclaration.period).where(FundsDeclaration.employer_id == e.id,
                                                                      FundsDeclaration.year == p.year)).tuples():
            if Period.parse(other).overlaps(p):
                raise ConflictError(f"{e.name}{Period.parse(other).label}的工资总额已经申报过，与{p.label}重叠，未重复记录。")
        setting = s.get(DuesEmployer, e.id)
        preparatory = setting is not None and not setting.has_union
        parts = levy_split(fen, dues_rules(s), preparatory=preparatory)
        d = FundsDeclaration(employer_id=e.id, period=str(p), year=p.year, payroll_fen=fen, levy_fen=parts.levy_fen,
                             retained_fen=parts.retained_fen, upper_fen=parts.upper_fen,
                             upper_parts=json.dumps(parts.upper_parts), preparatory=preparatory,
                             rule_note=parts.note, declared_on=day or dt.date.today(), recorded_by=db.actor)
        s.add(d)
        s.flush()
        audit.record(s, db.actor, "declare", "funds_declaration", d.id,
                     f"{e.name}{p.label}工资总额 {format_yuan(fen)} 元，应拨经费 {format_yuan(parts.levy_fen)} 元")
        return _declaration(s, d, e)


def _find_declaration(s: Session, employer: str | int, period: str) -> tuple[FundsDeclaration, Employer]:
    p = period_arg(period)
    e = find_employer(s, employer)
    d = s.scalars(select(FundsDeclaration).where(FundsDeclaration.employer_id == e.id,
                                                 FundsDeclaration.period == str(p))).first()
    if d is None:
        raise NotFoundError(f"{e.name}{p.label}还没有申报工资总额，请先申报（funds declare）。")
    return d, e


def _moved(s: Session, declaration_id: int) -> dict[str, int]:
    return {k: int(v) for k, v in s.execute(select(FundsMovement.kind, func.sum(FundsMovement.amount_fen))
                                            .where(FundsMovement.declaration_id == declaration_id)
                                            .group_by(FundsMovement.kind)).tuples()}


@dataclass(frozen=True)
class MovementResult:
    declaration: Declaration
    kind: str
    amount_fen: int
    date: dt.date
    voucher: str


def move(db: Database, kind: str, employer: str | int, period: str, amount: str | int | None = None, *,
         day: dt.date | None = None, voucher: str = "", note: str = "") -> MovementResult:
    """Record money received from the employer, an upper share refunded to the union, or the upper share
    remitted. Without an amount: what is still due of that kind. Each goes into the books."""
    if kind not in KINDS:
        raise ValidationError(f"未知的经费往来“{kind}”")
    day = day or dt.date.today()
    with db.transaction() as s:
        d, e = _find_declaration(s, employer, period)
        moved = _moved(s, d.id)
        setting = _employer_setting(s, e)
        due = {"received": _receivable(d, setting.collection) - moved.get("received", 0),
               "refunded": d.upper_fen - moved.get("refunded", 0),
               "remitted": (d.upper_fen - moved.get("remitted", 0) - moved.get("refunded", 0))
               if setting.collection == "direct" else 0}[kind]
        fen = amount_arg(amount, "金额") if amount is not None else due
        if fen <= 0:
            raise ConflictError(f"{e.name}{Period.parse(d.period).label}没有待{KINDS[kind]}的经费。")
        if kind != "received" and fen > max(due, 0):
            raise ConflictError(f"{e.name}{Period.parse(d.period).label}待{KINDS[kind]}的上级经费只有 {format_yuan(max(due, 0))} 元，"
                                f"不能{KINDS[kind]} {format_yuan(fen)} 元。")
        label = Period.parse(d.period).label
        if kind == "received":
            entry = ledger.post(s, db.actor, day=day, category="income.allocated", amount_fen=fen, counterparty=e.name,
                                voucher=voucher, memo=f"收到{e.name}{label}工会经费", source="funds")
        elif kind == "refunded":
            entry = ledger.post(s, db.actor, day=day, category="income.upper_subsidy", sub="回拨补助", amount_fen=fen,
                                counterparty=e.name, voucher=voucher, memo=f"{e.name}{label}上级经费返还", source="funds")
        else:
            entry = ledger.post(s, db.actor, day=day, category="expense.other", sub="上缴上级经费", amount_fen=fen,
                                counterparty="上级工会", voucher=voucher, memo=f"上缴{e.name}{label}上级经费", source="funds")
        s.add(FundsMovement(declaration_id=d.id, kind=kind, date=day, amount_fen=fen, voucher=voucher[:50], note=note,
                            entry_id=entry.id, recorded_by=db.actor))
        audit.record(s, db.actor, kind, "funds_declaration", d.id, f"{e.name}{label}经费{KINDS[kind]} {format_yuan(fen)} 元")
        return MovementResult(_declaration(s, d, e), kind, fen, day, voucher)


def _receivable(d: FundsDeclaration, collection: str) -> int:
    return d.levy_fen if collection == "direct" else d.retained_fen


@dataclass(frozen=True)
class FundsLine:
    employer_id: int
    employer: str
    levy_fen: int = 0
    retained_fen: int = 0
    upper_fen: int = 0
    received_fen: int = 0
    refunded_fen: int = 0
    remitted_fen: int = 0
    outstanding_fen: int = 0
    to_remit_fen: int = 0


SUMS = ("levy", "retained", "upper", "received", "refunded", "remitted", "outstanding", "to_remit")


@dataclass(frozen=True)
class FundsSummary:
    year: int
    lines: tuple[FundsLine, ...]
    declarations: tuple[Declaration, ...]

    def total(self, name: str) -> int:
        return sum(getattr(line, name + "_fen") for line in self.lines)


def summary(db: Database, year: int, *, employer: str | int | None = None) -> FundsSummary:
    with db.read() as s:
        stmt = select(FundsDeclaration, Employer).join(Employer, Employer.id == FundsDeclaration.employer_id).where(
            FundsDeclaration.year == year).order_by(Employer.name, FundsDeclaration.period)
        if employer is not None:
            stmt = stmt.where(Employer.id == find_employer(s, employer).id)
        acc: dict[int, dict[str, Any]] = {}
        declarations = []
        for d, e in s.execute(stmt).tuples():
            declarations.append(_declaration(s, d, e))
            moved = _moved(s, d.id)
            collection = _employer_setting(s, e).collection
            a = acc.setdefault(e.id, {"employer_id": e.id, "employer": e.name, **{k + "_fen": 0 for k in SUMS}})
            a["levy_fen"] += d.levy_fen
            a["retained_fen"] += d.retained_fen
            a["upper_fen"] += d.upper_fen
            for k in ("received", "refunded", "remitted"):
                a[k + "_fen"] += moved.get(k, 0)
            a["outstanding_fen"] += _receivable(d, collection) - moved.get("received", 0)
            if collection == "direct":
                a["to_remit_fen"] += d.upper_fen - moved.get("remitted", 0) - moved.get("refunded", 0)
        return FundsSummary(year, tuple(FundsLine(**a) for a in acc.values()), tuple(declarations))


def declaration(db: Database, employer: str | int, period: str) -> Declaration:
    with db.read() as s:
        d, e = _find_declaration(s, employer, period)
        return _declaration(s, d, e)


def moved(db: Database, declaration_id: int) -> dict[str, int]:
    """What moved for one declaration (its period only): kind → fen."""
    with db.read() as s:
        return _moved(s, declaration_id)


def statement_rows(db: Database, employer: str | int, year: int) -> tuple[str, list[dict[str, Any]]]:
    """An employer's year: each declaration and each movement, in date order, for its statement."""
    with db.read() as s:
        e = find_employer(s, employer)
        rows: list[dict[str, Any]] = []
        for d in s.scalars(select(FundsDeclaration).where(FundsDeclaration.employer_id == e.id,
                                                          FundsDeclaration.year == year)
                           .order_by(FundsDeclaration.period)):
            label = Period.parse(d.period).label
            rows.append({"date": d.declared_on, "what": f"申报{label}工资总额 {format_yuan(d.payroll_fen)} 元",
                         "levy": d.levy_fen, "received": 0, "sort": (d.declared_on, 0, d.id)})
            for mv in s.scalars(select(FundsMovement).where(FundsMovement.declaration_id == d.id)):
                rows.append({"date": mv.date, "what": f"{label}经费{KINDS[mv.kind]}" + (f"（{mv.voucher}）" if mv.voucher else ""),
                             "levy": 0, "received": mv.amount_fen if mv.kind == "received" else 0,
                             "sort": (mv.date, 1, mv.id)})
        rows.sort(key=lambda r: r["sort"])
        return e.name, rows


@dataclass(frozen=True)
class DeclarationLine:
    declaration: Declaration
    received_fen: int
    refunded_fen: int
    remitted_fen: int
    outstanding_fen: int
    to_remit_fen: int


def declaration_lines(db: Database, year: int) -> list[DeclarationLine]:
    """Every declaration of the year with what moved, for the funds table."""
    with db.read() as s:
        out = []
        for d, e in s.execute(select(FundsDeclaration, Employer).join(Employer, Employer.id == FundsDeclaration.employer_id)
                              .where(FundsDeclaration.year == year)
                              .order_by(FundsDeclaration.period, Employer.name)).tuples():
            moved = _moved(s, d.id)
            collection = _employer_setting(s, e).collection
            to_remit = d.upper_fen - moved.get("remitted", 0) - moved.get("refunded", 0) if collection == "direct" else 0
            out.append(DeclarationLine(_declaration(s, d, e), moved.get("received", 0), moved.get("refunded", 0),
                                       moved.get("remitted", 0), _receivable(d, collection) - moved.get("received", 0),
                                       to_remit))
        return out


def employer_names(db: Database) -> list[tuple[int, str]]:
    with db.read() as s:
        return [(i, n) for i, n in s.execute(select(Employer.id, Employer.name).order_by(Employer.name)).tuples()]
