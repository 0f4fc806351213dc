"""The stock-take (盘点): start, scan every copy on the shelves in any order and over as many days as it takes,
finish. A copy neither scanned nor on loan is missing; a scanned barcode the catalogue does not know is listed
as unknown. Written-off copies are not expected on the shelves."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import func, insert, select
from sqlalchemy.orm import Session

from unionbook.domain.library import normalize_barcode
from unionbook.errors import ConflictError, NotFoundError
from unionbook.services.union import audit
from unionbook.store import Database
from unionbook.store.models import LibraryCopy, LibraryLoan, LibraryStocktake, LibraryStocktakeScan


@dataclass(frozen=True)
class StocktakeState:
    id: int
    started_on: dt.date
    scanned: int  # distinct barcodes so far


@dataclass(frozen=True)
class StocktakeResult:
    id: int
    started_on: dt.date
    finished_on: dt.date
    present: int
    on_loan: int
    missing: list[str]
    unknown: list[str]
    expected: int  # copies not written off


def _open(s: Session) -> LibraryStocktake | None:
    return s.scalars(select(LibraryStocktake).where(LibraryStocktake.finished_on.is_(None))).first()


def _scanned(s: Session, stocktake_id: int) -> int:
    return int(s.scalar(select(func.count(func.distinct(LibraryStocktakeScan.barcode)))
                        .where(LibraryStocktakeScan.stocktake_id == stocktake_id)) or 0)


def start(db: Database, *, on: dt.date | None = None) -> StocktakeState:
    with db.transaction() as s:
        if (st := _open(s)) is not None:
            raise ConflictError(f"已有一次盘点在进行（{st.started_on.isoformat()} 开始），请先结束它")
        st = LibraryStocktake(started_on=on or dt.date.today(), result="")
        s.add(st)
        s.flush()
        audit.record(s, db.actor, "create", "library_stocktake", st.id, f"开始盘点（{st.started_on.isoformat()}）")
        return StocktakeState(st.id, st.started_on, 0)


def current(db: Database) -> StocktakeState | None:
    with db.read() as s:
        st = _open(s)
        return None if st is None else StocktakeState(st.id, st.started_on, _scanned(s, st.id))


def scan(db: Database, barcodes: Iterable[str]) -> StocktakeState:
    """Record scans; a barcode scanned twice counts once."""
    codes = [c for c in (normalize_barcode(b) for b in barcodes) if c]
    with db.transaction() as s:
        st = _open(s)
        if st is None:
            raise NotFoundError("没有进行中的盘点，请先开始盘点")
        now = dt.datetime.now().replace(microsecond=0)
        if codes:
            s.execute(insert(LibraryStocktakeScan),
                      [{"stocktake_id": st.id, "barcode": c, "scanned_at": now} for c in codes])
        return StocktakeState(st.id, st.started_on, _scanned(s, st.id))


def finish(db: Database, *, on: dt.date | None = None) -> StocktakeResult:
    with db.transaction() as s:
        st = _open(s)
        if st is None:
            raise NotFoundError("没有进行中的盘点")
        scanned = set(s.scalars(select(LibraryStocktakeScan.barcode)
                                .where(LibraryStocktakeScan.stocktake_id == st.id)))
        copies = dict(s.execute(select(LibraryCopy.barcode, LibraryCopy.written_off_on)).tuples().all())
        out = set(s.scalars(select(LibraryCopy.barcode).join(LibraryLoan, LibraryLoan.copy_id == LibraryCopy.id)
                            .where(LibraryLoan.returned_on.is_(None))))
        shelf = {b for b, off in copies.items() if off is None}
        present = scanned & shelf
        missing = sorted(shelf - scanned - out)
        unknown = sorted(scanned - copies.keys())
        on_loan = len((shelf & out) - scanned)
        st.finished_on = on or dt.date.today()
        result = StocktakeResult(st.id, st.started_on, st.finished_on, len(present), on_loan, missing, unknown,
                                 len(shelf))
        st.result = json.dumps({"present": result.present, "on_loan": on_loan, "missing": missing,
                                "unknown": unknown, "expected": len(shelf)}, ensure_ascii=False)
        audit.record(s, db.actor, "finish", "library_stocktake", st.id,
                     f"结束盘点：在架 {result.present}，借出 {on_loan}，缺失 {len(missing)}，未知条码 {len(unknown)}")
        return result


def last_result(db: Database) -> StocktakeResult | None:
    with db.read() as s:
        st = s.scalars(select(LibraryStocktake).where(LibraryStocktake.finished_on.is_not(None))
                       .order_by(LibraryStocktake.id.desc())).first()
        if st is None or st.finished_on is None:
            return None
        data = json.loads(st.result or "{}")
        return StocktakeResult(st.id, st.started_on, st.finished_on, data.get("present", 0), data.get("on_loan", 0),
                               data.get("missing", []), data.get("unknown", []), data.get("expected", 0))
