"""Closed periods: a year whose annual package went up as 已上报 (services/bundles) keeps its records as they
were reported; a later correction is recorded in the open year and goes up as a 补报."""

from __future__ import annotations

import datetime as dt

from sqlalchemy.orm import Session

from unionbook.errors import ConflictError
from unionbook.store.models import PeriodLock


def check_open(s: Session, day: dt.date, what: str) -> None:
    lock = s.get(PeriodLock, day.year)
    if lock is not None:
        raise ConflictError(f"{day.year} 年的年度报告已正式上报（数据包 {lock.bundle_id}），该年的记录已锁定，"
                            f"不能再登记日期在该年的{what}。请按实际办理日期登记，更正随后以补报方式上报。")
