"""What the dues, funds and ledger services share: settings, looking up employers, reading months and
amounts from people with Chinese messages that name the field."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Mapping, Sequence
from typing import Any

from sqlalchemy import Table, func, select
from sqlalchemy.orm import Session

from unionbook.domain.dues import Month, Period
from unionbook.domain.dues_money import AmountError, parse_amount
from unionbook.errors import FieldProblem, NotFoundError, ValidationError
from unionbook.services.dues.paid_through import START_SETTING as START_SETTING  # re-exported
from unionbook.store.models import DuesPayment, DuesWage, Employer, Setting


def month_arg(text: str | Month, label: str = "月份") -> Month:
    if isinstance(text, Month):
        return text
    try:
        return Month.parse(text)
    except ValueError as exc:
        raise ValidationError([FieldProblem("month", label, str(exc))]) from None


def period_arg(text: str) -> Period:
    try:
        return Period.parse(text)
    except ValueError as exc:
        raise ValidationError([FieldProblem("period", "期间", str(exc))]) from None


def amount_arg(value: str | int | Any, label: str, *, allow_negative: bool = False, positive: bool = True,
               field: str = "amount") -> int:
    """Fen from what a person typed; refuses zero when `positive`. `field`: the English name a problem carries
    (the option the user typed, e.g. "wage")."""
    if isinstance(value, int) and not isinstance(value, bool):
        fen = value  # already fen (services call each other in fen)
    else:
        try:
            fen = parse_amount(value, what=label, allow_negative=allow_negative)
        except AmountError as exc:
            raise ValidationError([FieldProblem(field, label, str(exc))]) from None
    if positive and fen == 0:
        raise ValidationError([FieldProblem(field, label, f"{label}不能为零")])
    return fen


def get_setting(s: Session, key: str, default: Any = None) -> Any:
    row = s.get(Setting, key)
    return json.loads(row.value) if row is not None else default


def put_setting(s: Session, key: str, value: Any, actor: str) -> None:
    row = s.get(Setting, key)
    text = json.dumps(value, ensure_ascii=False)
    if row is None:
        s.add(Setting(key=key, value=text, updated_by=actor))
    else:
        row.value, row.updated_by = text, actor


def start_month(s: Session) -> Month | None:
    """The first month of the dues book: the setting, else the earliest wage or payment month recorded."""
    value = get_setting(s, START_SETTING)
    if value:
        return Month.parse(value)
    first = [m for m in (s.execute(select(func.min(DuesWage.from_month))).scalar(),
                         s.execute(select(func.min(DuesPayment.month))).scalar()) if m]
    return Month.parse(min(first)) if first else None


def find_employer(s: Session, key: str | int) -> Employer:
    text = str(key).strip()
    found = None
    if text.isdigit():
        found = s.get(Employer, int(text))
    if found is None:
        found = s.scalars(select(Employer).where(Employer.name == text)).first()
    if found is None and text:
        like = s.scalars(select(Employer).where(Employer.name.contains(text)).limit(3)).all()
        if len(like) == 1:
            found = like[0]
        elif like:
            names = "、".join(e.name for e in like)
            raise ValidationError(f"单位“{text}”不唯一，可能是：{names}……请写全称或单位编号。")
    if found is None:
        raise NotFoundError(f"找不到单位“{text}”（可用单位全称或编号）")
    return found


def today() -> dt.date:
    return dt.date.today()


def fast_insert(s: Session, table: Table, rows: Sequence[Mapping[str, Any]]) -> None:
    """Many rows at once through the driver's executemany, inside the session's transaction. SQLAlchemy's
    per-row parameter building costs more than SQLite's insert itself (a month of dues for 50,000 members);
    values still go through each column type's bind processor, and missing columns get their defaults."""
    if not rows:
        return
    conn = s.connection()
    given = list(rows[0])
    extra = [c for c in table.columns if c.name not in given and c.default is not None and not c.primary_key]
    fixed = []
    for c in extra:
        arg = getattr(c.default, "arg", None)
        fixed.append(arg(None) if getattr(c.default, "is_callable", False) and callable(arg) else arg)
    names = given + [c.name for c in extra]
    procs = [table.c[n].type.dialect_impl(conn.dialect).bind_processor(conn.dialect) for n in names]
    sql = f"INSERT INTO {table.name} ({', '.join(names)}) VALUES ({', '.join('?' * len(names))})"
    params = []
    for r in rows:
        values = [r[k] for k in given] + fixed
        params.append(tuple(p(v) if p is not None and v is not None else v for p, v in zip(procs, values, strict=True)))
    conn.exec_driver_sql(sql, params)
