"""Auto items: scored from UnionBook's own records, full points when met and 0 when not, with the figure used.

funds_retained and reading_room_volumes come from areas that may not be installed: they are looked up through
`other_area_figure`, which imports the other area's service lazily and answers None ("尚无数据") without it.
"""

from __future__ import annotations

import datetime as dt
import importlib
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from fractions import Fraction
from typing import Any

from sqlalchemy import func, or_, select

from unionbook.services.homes.grading import Survey, percent
from unionbook.services.homes.sheet import AUTO, Item
from unionbook.store import Database
from unionbook.store.models import Meeting, Term

NO_DATA = "尚无数据"


@dataclass(frozen=True)
class AutoResult:
    met: bool
    figure: str  # Chinese: the figure used and the target


def _share(value: float | Fraction | None) -> str:
    return NO_DATA if value is None else percent(Fraction(str(value)) if isinstance(value, float) else value)


def _funds_retained(db: Database, year: int) -> Fraction | None:
    summary = importlib.import_module("unionbook.services.dues.funds").summary(db, year)
    levy, retained = summary.total("levy"), summary.total("retained")
    return Fraction(retained, levy) if levy else None


def _reading_room_volumes(db: Database, year: int) -> int | None:
    return int(importlib.import_module("unionbook.services.library.figures").figures(db, year).volumes)


def other_area_figure(fetch: Callable[[Database, int], Any], db: Database, year: int) -> Any | None:
    """The figure, or None when the other area's service is not there (or has no such figure)."""
    try:
        return fetch(db, year)
    except (ImportError, AttributeError):
        return None


@dataclass(frozen=True)
class _Term:
    number: int | None
    start_date: dt.date
    end_date: dt.date


def _term_current(db: Database, body: str, on: dt.date) -> _Term | None:
    """The term of `body` sitting on `on` (a past year's assessment sees the term of that time)."""
    with db.read() as s:
        t = s.scalars(select(Term).where(Term.body == body, Term.start_date <= on,
                                         or_(Term.closed_on.is_(None), Term.closed_on > on))
                      .order_by(Term.start_date.desc())).first()
        return _Term(t.number, t.start_date, t.end_date) if t else None


def evaluate(db: Database, item: Item, year: int, survey: Survey | None, today: dt.date | None = None) -> AutoResult:
    assert item.auto is not None
    kind, target = item.auto, item.target
    on = min(today or dt.date.today(), dt.date(year, 12, 31))
    if kind in ("membership_rate", "migrant_membership_rate"):
        from unionbook.services.members.stats import key_figures

        rate = getattr(key_figures(db), kind)
        label = AUTO[kind][0]
        if rate is None:
            return AutoResult(False, f"{label}：{NO_DATA}（职工人数未填写）")
        met = target is not None and Fraction(str(rate)) >= Fraction(str(target))
        return AutoResult(met, f"{label} {_share(rate)}（达标值 ≥ {_share(Fraction(str(target)))}）")
    if kind == "election_on_time":
        term = _term_current(db, "committee", on)
        if term is None:
            return AutoResult(False, f"截至 {on.isoformat()} 没有在任的工会委员会")
        met = term.end_date >= on
        number = f"第 {term.number} 届" if term.number else "本届"
        state = "在任期内" if met else "已到期未换届"
        return AutoResult(met, f"{number}委员会 {term.start_date.isoformat()} 至 {term.end_date.isoformat()}，{state}")
    if kind == "assembly_held":
        with db.read() as s:
            n = int(s.scalar(select(func.count()).select_from(Meeting).where(
                Meeting.kind.in_(("member_assembly", "representatives")),
                Meeting.date >= dt.date(year, 1, 1), Meeting.date <= dt.date(year, 12, 31))) or 0)
        return AutoResult(n > 0, f"{year} 年召开会员（代表）大会 {n} 次")
    if kind == "women_committee":
        term = _term_current(db, "women", on)
        return AutoResult(term is not None, f"女职工委员会在任（{term.start_date.isoformat()} 起）"
                          if term else "没有在任的女职工委员会")
    if kind == "funds_retained":
        share = other_area_figure(_funds_retained, db, year)
        if share is None:
            return AutoResult(False, f"经费留成比例：{NO_DATA}")
        met = target is not None and share >= Fraction(str(target))
        return AutoResult(met, f"经费留成比例 {_share(share)}（达标值 ≥ {_share(Fraction(str(target)))}）")
    if kind == "reading_room_volumes":
        volumes = other_area_figure(_reading_room_volumes, db, year)
        if volumes is None:
            return AutoResult(False, f"职工书屋藏书：{NO_DATA}")
        met = target is not None and Decimal(volumes) >= target
        return AutoResult(met, f"职工书屋藏书 {volumes} 册（达标值 ≥ {target} 册）")
    if kind == "survey_satisfaction":
        share = survey.share if survey else None
        if share is None:
            return AutoResult(False, f"会员评家满意率：{NO_DATA}（尚未录入）")
        met = target is not None and share >= Fraction(str(target))
        return AutoResult(met, f"会员评家满意率 {_share(share)}（达标值 ≥ {_share(Fraction(str(target)))}）")
    raise ValueError(f"unknown auto item {kind}")
