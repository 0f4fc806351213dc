"""The receiving side: subordinate unions' annual packages and sync bundles, each verified and applied in its own
transaction, idempotently; receipts written back; the same ID number on two unions' books flagged."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import delete, func, insert, select
from sqlalchemy.orm import Session

from unionbook.domain.ids import mask_id_number
from unionbook.errors import UnionBookError
from unionbook.exchange.bundle.container import BundleError, Opened
from unionbook.services.bundles import keys as keyring
from unionbook.services.bundles.reading import PeriodLocked, Refused, Replay, UnknownSender, open_file
from unionbook.services.bundles.receipts import write_receipt
from unionbook.services.members.report import ON_BOOKS, from_table
from unionbook.services.union import audit
from unionbook.store import Database
from unionbook.store.models import BundleRecord, Correspondent, Member, SubunitMember, SubunitReport


@dataclass
class ImportReport:
    imported: list[dict[str, Any]] = field(default_factory=list)
    unchanged: list[dict[str, Any]] = field(default_factory=list)
    refused: list[dict[str, Any]] = field(default_factory=list)
    duplicates: list[dict[str, Any]] = field(default_factory=list)
    receipts: list[str] = field(default_factory=list)


def import_files(db: Database, files: list[Path], *, receipts_dir: Path | None = None) -> ImportReport:
    report = ImportReport()
    for path in files:
        try:
            opened = open_file(db, path)
            if opened.header.kind not in ("annual", "sync"):
                hint = {"transfer": "会籍接转单请用“接收转入会员”导入", "receipt": "回执请用“导入回执”"}
                raise Refused(f"“{path.name}”是{hint.get(opened.header.kind, '其他数据包')}")
        except UnionBookError as exc:
            report.refused.append({"file": str(path), "error": exc.code, "message": exc.message})
            continue
        try:
            outcome = _apply(db, opened, path)
        except Refused as exc:
            report.refused.append({"file": str(path), "error": exc.code, "message": exc.message})
            if not isinstance(exc, UnknownSender):  # an unknown sender is not answered until registered
                report.receipts.append(str(_answer(db, opened, path, receipts_dir, accepted=False,
                                                   reasons=[exc.message])))
            continue
        except UnionBookError as exc:
            report.refused.append({"file": str(path), "error": exc.code, "message": exc.message})
            continue
        if outcome is None:
            report.unchanged.append({"file": str(path), "bundle_id": opened.header.bundle_id})
            continue
        report.imported.append({"file": str(path), "union": outcome, "kind": opened.header.kind,
                                "year": opened.manifest.get("year"), "bundle_id": opened.header.bundle_id})
        report.receipts.append(str(_answer(db, opened, path, receipts_dir, accepted=True, reasons=[])))
    report.duplicates = duplicates(db)
    return report


def _answer(db: Database, opened: Opened, path: Path, folder: Path | None, *, accepted: bool,
            reasons: list[str]) -> Path:
    out = (folder or path.parent) / f"{path.stem}.回执.ubx"
    n = 2
    while out.exists():
        out = (folder or path.parent) / f"{path.stem}.回执{n}.ubx"
        n += 1
    write_receipt(db, opened, out, accepted=accepted, reasons=reasons)
    return out


def _apply(db: Database, opened: Opened, path: Path) -> str | None:
    """Apply one verified bundle in one transaction; None when it was imported before (nothing changes)."""
    m = opened.manifest
    with db.transaction() as s:
        sender = keyring.find_by_fingerprint(s, opened.sender.fingerprint, ("subunit",))
        if sender is None:
            raise UnknownSender(
                f"“{path.name}”来自“{opened.sender.name}”（指纹 {opened.sender.fingerprint}），该单位尚未登记为下级工会。"
                "请与对方核对指纹后先登记，再导入。")
        seen = s.scalars(select(BundleRecord).where(BundleRecord.direction == "in",
                                                    BundleRecord.bundle_id == opened.header.bundle_id)).first()
        if seen is not None:
            if seen.sha256 != opened.sha256:
                raise Refused(f"“{path.name}”与已导入的同编号数据包内容不同，已拒绝")
            return None
        kind, sequence = opened.header.kind, int(m.get("sequence") or 0)
        last = int(s.scalar(select(func.max(BundleRecord.sequence)).where(
            BundleRecord.direction == "in", BundleRecord.kind == kind, BundleRecord.peer == sender.fingerprint)) or 0)
        if sequence <= last:
            raise Replay(f"“{path.name}”是“{sender.name}”的第 {sequence} 号{_kind(kind)}，已收到过更新的第 {last} 号："
                         "旧数据包不能覆盖新数据，已拒绝")
        if kind == "annual":
            _apply_annual(s, sender, opened, path)
        else:
            _apply_sync(s, sender, opened)
        s.add(BundleRecord(direction="in", bundle_id=opened.header.bundle_id, kind=kind, correspondent_id=sender.id,
                           peer=sender.fingerprint, year=m.get("year"), sequence=sequence, sha256=opened.sha256,
                           file_name=path.name, amends=m.get("amends") or "", status="imported",
                           detail=json.dumps({"counts": m.get("counts", {})}, ensure_ascii=False)))
        audit.record(s, db.actor, "receive", "bundle", None, f"导入“{sender.name}”的{_kind(kind)}：{path.name}")
        return sender.name


def _kind(kind: str) -> str:
    return {"annual": "年度报告包", "sync": "同步包"}.get(kind, kind)


def _apply_annual(s: Session, sender: Correspondent, opened: Opened, path: Path) -> None:
    year = int(opened.manifest["year"])
    previous = s.scalars(select(SubunitReport).where(SubunitReport.correspondent_id == sender.id,
                                                     SubunitReport.year == year)).first()
    amends = opened.manifest.get("amends")
    if previous is not None and amends != previous.bundle_id:
        raise PeriodLocked(f"已接收“{sender.name}”{year} 年的年度报告（数据包 {previous.bundle_id}），"
                           f"“{path.name}”不是针对它的补报，已拒绝")
    totals = opened.json_part("members/totals.json") if "members/totals.json" in opened.parts else {}
    figures = {name: opened.json_part(name) for name in opened.parts if name.endswith(".json")
               and name not in ("members/roster.json", "members/changes.json")}
    if previous is None:
        previous = SubunitReport(correspondent_id=sender.id, year=year)
        s.add(previous)
    previous.bundle_id = opened.header.bundle_id
    for key in ("members", "women_members", "migrant_members", "employees"):
        setattr(previous, key, int(totals.get(key, 0)))
    previous.figures = json.dumps(figures, ensure_ascii=False)
    previous.received_at = dt.datetime.now().replace(microsecond=0)
    # the package's register is the union's whole register: it replaces what the earlier bundles said
    s.execute(delete(SubunitMember).where(SubunitMember.correspondent_id == sender.id))
    _upsert_members(s, sender, from_table(opened.json_part("members/roster.json")), opened.header.bundle_id,
                    fresh=True)


def _apply_sync(s: Session, sender: Correspondent, opened: Opened) -> None:
    _upsert_members(s, sender, from_table(opened.json_part("members/changed.json")), opened.header.bundle_id)


def _date(value: Any) -> dt.date | None:
    return dt.date.fromisoformat(value) if value else None


def _upsert_members(s: Session, sender: Correspondent, rows: list[dict[str, Any]], bundle_id: str, *,
                    fresh: bool = False) -> None:
    """Replace these people's rows on the sender's register (bulk, through Core: a county takes 500,000).
    `fresh`: the sender's rows were all removed already."""
    numbers = [] if fresh else [r["id_number"] for r in rows]
    for i in range(0, len(numbers), 500):
        s.execute(delete(SubunitMember).where(SubunitMember.correspondent_id == sender.id,
                                              SubunitMember.id_number.in_(numbers[i:i + 500])))
    if rows:
        s.execute(insert(SubunitMember), [{
            "correspondent_id": sender.id, "id_number": r["id_number"], "name": r["name"],
            "gender": r.get("gender") or "", "employer": r.get("employer") or "",
            "birth_date": _date(r.get("birth_date")), "join_date": _date(r.get("join_date")),
            "status": r.get("status") or "active", "migrant_worker": int(bool(r.get("migrant_worker"))),
            "card_number": r.get("card_number") or "", "bundle_id": bundle_id} for r in rows])


def duplicates(db: Database) -> list[dict[str, Any]]:
    """ID numbers on the books of two or more unions (this union included): 一次入会 allows one."""
    with db.read() as s:
        names = dict(s.execute(select(Correspondent.id, Correspondent.name)).tuples().all())
        own_name = keyring.own_name(s)
        seen: dict[str, list[str]] = {}
        rows = s.execute(select(SubunitMember.id_number, SubunitMember.correspondent_id).where(
            SubunitMember.status.in_(ON_BOOKS))).tuples()
        for id_number, cid in rows:
            seen.setdefault(id_number, []).append(names[cid])
        multi = {k for k, v in seen.items() if len(v) > 1}
        candidates = set(seen)
        for (id_number,) in s.execute(select(Member.id_number).where(Member.status.in_(ON_BOOKS))).tuples():
            if id_number in candidates:
                seen[id_number].append(own_name)
                multi.add(id_number)
    return [{"id_number": mask_id_number(k), "unions": sorted(seen[k])} for k in sorted(multi)]


def missing_reports(db: Database, year: int) -> list[str]:
    with db.read() as s:
        reported = set(s.scalars(select(SubunitReport.correspondent_id).where(SubunitReport.year == year)))
        return [c.name for c in s.scalars(select(Correspondent).where(Correspondent.role == "subunit",
                                                                      Correspondent.retired_at.is_(None))
                                          .order_by(Correspondent.name)) if c.id not in reported]


__all__ = ["BundleError", "ImportReport", "duplicates", "import_files", "missing_reports", "open_file"]
