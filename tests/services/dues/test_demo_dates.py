"""Review item 21: the demo's books had entries dated the day after today. Nothing in the demo may be dated after
the day it is built for, whatever day of the month that is."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest
from sqlalchemy import func, select

from unionbook.services.union.demo import build_demo
from unionbook.store import Database
from unionbook.store.models import DuesPayment, DuesPersuasion, FundsDeclaration, FundsMovement, LedgerEntry


@pytest.mark.parametrize("today", [dt.date(2026, 11, 25), dt.date(2026, 10, 3), dt.date(2027, 1, 12)])
def test_nothing_in_the_demo_is_dated_after_today(empty_template: Path, tmp_path: Path, today: dt.date) -> None:
    path = tmp_path / "demo.sqlite"
    shutil.copyfile(empty_template, path)
    db = Database.open(path)
    try:
        build_demo(db, members=120, seed=3, today=today)
        with db.read() as s:
            latest = {str(c): s.execute(select(func.max(c))).scalar_one() for c in (
                LedgerEntry.date, FundsMovement.date, FundsDeclaration.declared_on, DuesPayment.paid_on,
                DuesPersuasion.date)}
    finally:
        db.close()
    late = {k: v for k, v in latest.items() if v is not None and v > today}
    assert not late, late
