"""Titles held (模范职工之家, 先进职工之家, 模范职工小家 …): reviewed from time to time, withdrawn (摘牌) when the
review fails — "破除一评终身制"."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select

from unionbook.errors import NotFoundError, ValidationError
from unionbook.services.homes.title_view import TitleView as TitleView  # re-exported
from unionbook.services.homes.title_view import reviews_due as reviews_due  # re-exported
from unionbook.services.union import audit
from unionbook.store import Database
from unionbook.store.models import HomeTitle

ENTITY = "home_title"
LEVELS = ("全国", "省", "市", "县(区)", "企业")


DATE_LABELS = {"review_due": "下次复查日期", "withdrawn_on": "摘牌日期"}


def parse_date(text: str, field: str) -> dt.date | None:
    """A date typed as 2027-06-30 (None when left empty)."""
    if not text.strip():
        return None
    try:
        return dt.date.fromisoformat(text.strip())
    except ValueError:
        raise ValidationError(f"{DATE_LABELS[field]}“{text}”不是日期（写成 2027-06-30）") from None


def _view(t: HomeTitle) -> TitleView:
    return TitleView(t.id, t.unit, t.title, t.level, t.awarded_by, t.doc_number, t.year, t.review_due,
                     t.withdrawn_on, t.withdrawn_reason)


def add_title(db: Database, *, title: str, level: str, year: int, awarded_by: str = "", doc_number: str = "",
              review_due: dt.date | None = None, unit: str = "") -> TitleView:
    problems = []
    if not title.strip():
        problems.append("称号不能为空（如“模范职工之家”）")
    if level not in LEVELS:
        problems.append(f"级别“{level}”不在可选范围内（{'、'.join(LEVELS)}）")
    if not 1950 <= year <= 2100:
        problems.append(f"授予年度 {year} 不合理")
    if review_due is not None and review_due.year < year:
        problems.append(f"下次复查日期 {review_due.isoformat()} 早于授予年度 {year}")
    if problems:
        raise ValidationError("；".join(problems))
    with db.transaction() as s:
        t = HomeTitle(unit=unit.strip(), title=title.strip(), level=level, awarded_by=awarded_by.strip(),
                      doc_number=doc_number.strip(), year=year, review_due=review_due)
        s.add(t)
        s.flush()
        audit.record(s, db.actor, "create", ENTITY, t.id, f"登记称号“{t.title}”（{level}级，{year} 年）")
        return _view(t)


def list_titles(db: Database, *, include_withdrawn: bool = True) -> list[TitleView]:
    with db.read() as s:
        q = select(HomeTitle).order_by(HomeTitle.year.desc(), HomeTitle.id.desc())
        if not include_withdrawn:
            q = q.where(HomeTitle.withdrawn_on.is_(None))
        return [_view(t) for t in s.scalars(q)]


def withdraw_title(db: Database, title_id: int, *, on: dt.date, reason: str) -> TitleView:
    if not reason.strip():
        raise ValidationError("摘牌须写明原因")
    with db.transaction() as s:
        t = s.get(HomeTitle, title_id)
        if t is None:
            raise NotFoundError(f"没有编号为 {title_id} 的称号")
        if t.withdrawn_on is not None:
            raise ValidationError(f"称号“{t.title}”已于 {t.withdrawn_on.isoformat()} 摘牌")
        if on.year < t.year:
            raise ValidationError(f"摘牌日期 {on.isoformat()} 早于授予年度 {t.year}")
        t.withdrawn_on, t.withdrawn_reason = on, reason.strip()
        audit.record(s, db.actor, "update", ENTITY, t.id, f"称号“{t.title}”摘牌：{reason.strip()}")
        return _view(t)
