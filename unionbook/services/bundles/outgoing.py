"""Bundles this union sends: the annual report package (optionally submitted, which locks the year), and sync
bundles carrying the member changes since the last one the receiver acknowledged."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import tempfile
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from unionbook import __version__
from unionbook.errors import ConflictError, NotFoundError, UnionBookError, ValidationError
from unionbook.exchange.bundle.container import Draft, pack
from unionbook.exchange.bundle.keys import PublicCard
from unionbook.partfiles import commit_part, drop_part, new_part
from unionbook.paths import check_new_output_file
from unionbook.services.bundles import keys as keyring
from unionbook.services.bundles.cover import render_cover
from unionbook.services.bundles.report import collect
from unionbook.services.members.report import ON_BOOKS, as_table, roster_rows
from unionbook.services.union import audit
from unionbook.store import Database
from unionbook.store.migrations import HEAD
from unionbook.store.models import BundleRecord, Member, MemberEvent, PeriodLock, UnionProfile


@dataclass(frozen=True)
class Sent:
    file: Path
    bundle_id: str
    kind: str
    year: int | None
    sequence: int
    sha256: str
    members: int
    signed_by: str  # this union's fingerprint
    recipient: str
    missing: tuple[str, ...] = ()


def _recipient(s: Session, recipient_file: Path | None) -> tuple[PublicCard, int | None]:
    if recipient_file is not None:
        card = keyring.read_card(recipient_file)
        known = keyring.find_by_fingerprint(s, card.fingerprint, ("upper", "subunit", "peer"))
        return card, known.id if known else None
    upper = keyring.upper(s)
    if upper is None:
        raise NotFoundError("还没有登记上级工会的公钥：请先用“登记上级工会”导入上级工会给的公钥文件，或指定收件方公钥文件")
    return keyring.card_of(upper), upper.id


def _next_sequence(s: Session, kind: str, recipient: str) -> int:
    last = s.scalar(select(func.max(BundleRecord.sequence)).where(
        BundleRecord.direction == "out", BundleRecord.kind == kind, BundleRecord.peer == recipient))
    return int(last or 0) + 1


def _write(out: Path, data: bytes) -> None:
    """All or nothing: a temporary file beside the target, renamed into place (private: the data holds IDs)."""
    check_new_output_file(out)
    part = new_part(out)
    try:
        with part.open("wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        commit_part(part, out)
    except BaseException:
        drop_part(part)
        raise


def send_to(s: Session, db: Database, draft: Draft, card: PublicCard, out: Path) -> Sent:
    """Send to a union known only by the card in a bundle it sent (a receipt's recipient)."""
    known = keyring.find_by_fingerprint(s, card.fingerprint, ("upper", "subunit", "peer"))
    return _send(s, db, draft, card, known.id if known else None, out, year=None, sequence=0, members=0)


def _send(s: Session, db: Database, draft: Draft, card: PublicCard, recipient_id: int | None, out: Path,
          *, year: int | None, sequence: int, members: int, amends: str = "",
          member_id: int | None = None, bundle_id: str | None = None) -> Sent:
    own = keyring.own_keys(s)
    data, manifest = pack(draft, own, card, app_version=__version__, schema_version=HEAD, bundle_id=bundle_id)
    sha = hashlib.sha256(data).hexdigest()
    s.add(BundleRecord(direction="out", bundle_id=manifest["bundle_id"], kind=draft.kind,
                       correspondent_id=recipient_id, peer=card.fingerprint, year=year, sequence=sequence, sha256=sha,
                       file_name=out.name, amends=amends, member_id=member_id, status="sent",
                       detail=json.dumps({"recipient_name": card.name,
                                          **{k: v for k, v in draft.meta.items() if k in ("mark_log", "mark_event")}},
                                         ensure_ascii=False)))
    audit.record(s, db.actor, "send", "bundle", None,
                 f"生成数据包（{KIND_LABELS[draft.kind]}）发往“{card.name}”：{out.name}")
    s.flush()
    _write(out, data)  # last: a failed write rolls the record back with the transaction
    return Sent(out, manifest["bundle_id"], draft.kind, year, sequence, sha, members,
                keyring.own_card(s).fingerprint, card.fingerprint)


KIND_LABELS = {"annual": "年度报告包", "sync": "同步包", "transfer": "会籍接转单", "receipt": "回执"}


@dataclass(frozen=True)
class AnnualSent(Sent):
    cover: Path | None = None  # the printable cover sheet beside the package, to sign and stamp
    on_books: int = 0  # of `members` (the register, with the year's leavers), those on the books on 31 December


def export_annual(db: Database, year: int, out: Path, *, recipient_file: Path | None = None,
                  submit: bool = False, amends: str = "") -> AnnualSent:
    if not 2000 <= year <= dt.date.today().year:
        raise ValidationError(f"年份 {year} 无效")
    check_new_output_file(out)
    reports = collect(db, year)
    totals: dict[str, int] = {}
    for report in reports.values():
        totals.update(report.totals)
    members = sum(r.members for r in reports.values())
    missing = tuple(m for r in reports.values() for m in r.missing)
    bundle_id = str(uuid.uuid4())
    with db.transaction() as s:
        card, _ = _recipient(s, recipient_file)
        own_fingerprint = keyring.own_card(s).fingerprint
    cover = {"year": year, "recipient": card.name, "nature": _nature(submit, amends),
             "members": totals.get("members", 0), "women_members": totals.get("women_members", 0),
             "migrant_members": totals.get("migrant_members", 0), "employees": totals.get("employees", 0),
             "contents": "；".join(line for r in reports.values() for line in r.lines), "bundle_id": bundle_id,
             "sha256": "（见随数据包报送的纸质封面）", "fingerprint": own_fingerprint,
             "created_at": dt.datetime.now().strftime("%Y年%m月%d日 %H:%M")}
    with tempfile.TemporaryDirectory(dir=out.parent if out.parent.is_dir() else None) as tmp:
        inner_cover = render_cover(db, Path(tmp) / "cover.pdf", cover).read_bytes()
    with db.transaction() as s:
        locked = s.get(PeriodLock, year)
        if locked is not None and not amends:
            raise ConflictError(f"{year} 年的年度报告已上报（数据包 {locked.bundle_id}），该年已锁定；"
                                "更正请以补报方式上报（指定 --amends 原数据包编号）")
        if amends and s.scalars(select(BundleRecord).where(BundleRecord.direction == "out",
                                                           BundleRecord.bundle_id == amends)).first() is None:
            raise NotFoundError(f"找不到本会发出的数据包“{amends}”，补报须指明所更正的数据包")
        card, recipient_id = _recipient(s, recipient_file)
        profile = s.get(UnionProfile, 1)
        assert profile is not None
        draft = Draft(kind="annual", sender_name=profile.name, sender_uscc=profile.uscc)
        for report in reports.values():
            for name, value in report.parts.items():
                draft.add_json(name, value)
        draft.parts["cover.pdf"] = inner_cover
        sequence = _next_sequence(s, "annual", card.fingerprint)
        draft.meta.update({"year": year, "sequence": sequence, "amends": amends or None, "submitted": submit,
                           "counts": {"members": members, **totals}, "missing": list(missing),
                           "union": {"name": profile.name, "uscc": profile.uscc, "kind": profile.kind}})
        sent = _send(s, db, draft, card, recipient_id, out, year=year, sequence=sequence, members=members,
                     amends=amends, bundle_id=bundle_id)
        if submit:
            s.merge(PeriodLock(year=year, bundle_id=sent.bundle_id))
            audit.record(s, db.actor, "lock", "bundle", None, f"{year} 年度报告已上报，该年会籍记录锁定")
    printable: Path | None = out.with_name(f"{out.stem}.封面.pdf")
    try:
        render_cover(db, out.with_name(f"{out.stem}.封面.pdf"), {**cover, "sha256": sent.sha256})
    except (UnionBookError, OSError):
        printable = None  # the package is written all the same; the cover sheet is a convenience beside it
    return AnnualSent(**{**sent.__dict__, "missing": missing, "cover": printable,
                         "on_books": totals.get("members", 0)})


def _nature(submit: bool, amends: str) -> str:
    if amends:
        return f"补报（更正数据包 {amends}）"
    return "正式上报" if submit else "报送（未锁定本年度记录）"


def locked_year(s: Session, day: dt.date) -> int | None:
    """The year of `day` when its annual package went up as 已上报 (records dated then are closed)."""
    return day.year if s.get(PeriodLock, day.year) is not None else None


def export_sync(db: Database, out: Path, *, recipient_file: Path | None = None) -> Sent:
    with db.transaction() as s:
        card, recipient_id = _recipient(s, recipient_file)
        # from the last sync the receiver acknowledged: a lost or refused file is simply covered again
        acked = s.scalars(select(BundleRecord).where(
            BundleRecord.direction == "out", BundleRecord.kind == "sync", BundleRecord.status == "accepted",
            BundleRecord.peer == card.fingerprint).order_by(BundleRecord.sequence.desc())
        ).first()
        since = json.loads(acked.detail).get("mark_event", 0) if acked else 0
        mark = int(s.scalar(select(func.max(MemberEvent.id))) or 0)
        changed_ids = set(s.scalars(select(MemberEvent.member_id).where(MemberEvent.id > since)))
        members = roster_rows(s, Member.id.in_(changed_ids))
        profile = s.get(UnionProfile, 1)
        assert profile is not None
        draft = Draft(kind="sync", sender_name=profile.name, sender_uscc=profile.uscc)
        draft.add_json("members/changed.json", as_table(members))
        sequence = _next_sequence(s, "sync", card.fingerprint)
        draft.meta.update({"sequence": sequence, "since_event": since, "mark_event": mark,
                           "counts": {"members": len(members),
                                      "on_books": sum(1 for m in members if m["status"] in ON_BOOKS)}})
        return _send(s, db, draft, card, recipient_id, out, year=None, sequence=sequence, members=len(members))


def sent_records(db: Database) -> list[dict[str, Any]]:
    with db.read() as s:
        return [{"bundle_id": r.bundle_id, "kind": r.kind, "year": r.year, "sequence": r.sequence,
                 "file": r.file_name, "status": r.status, "created_at": r.created_at.isoformat()}
                for r in s.scalars(select(BundleRecord).where(BundleRecord.direction == "out")
                                   .order_by(BundleRecord.id.desc()))]


NO_UPPER = "尚未登记上级工会：请先点“登记上级工会…”，导入上级工会给的公钥文件"


@dataclass(frozen=True)
class Readiness:
    """Before an annual package: what stops it being made at all, and what it is made with anyway (the
    upper union sees those as the package's `missing`)."""

    blocking: tuple[str, ...]
    checks: tuple[str, ...]


def readiness(db: Database, year: int) -> Readiness:
    checks = [m for r in collect(db, year).values() for m in r.missing]
    with db.read() as s:
        blocking = () if keyring.upper(s) is not None else (NO_UPPER,)
        if s.get(PeriodLock, year) is not None:
            checks.insert(0, f"{year} 年已正式上报，只能补报")
    return Readiness(blocking, tuple(checks))


def check_list(db: Database, year: int) -> list[str]:
    """What is incomplete for the year's package (the same list the package carries as `missing`)."""
    return list(readiness(db, year).checks)
