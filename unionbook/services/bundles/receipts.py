"""Receipts: the receiver's signed answer to a bundle (accepted, or refused with reasons). Importing one on the
sending side marks the sent bundle 已接收 (or 被拒收), and for a transfer slip closes the member's record as
已转出（对方已接收）."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select

from unionbook.errors import ConflictError, NotFoundError
from unionbook.exchange.bundle.container import Draft, Opened
from unionbook.services.bundles.outgoing import send_to
from unionbook.services.bundles.reading import Refused, open_file
from unionbook.services.union import audit
from unionbook.store import Database
from unionbook.store.models import BundleRecord, Member, UnionProfile


def write_receipt(db: Database, opened: Opened, out: Path, *, accepted: bool, reasons: list[str],
                  extra: dict[str, object] | None = None) -> None:
    with db.transaction() as s:
        profile = s.get(UnionProfile, 1)
        assert profile is not None
        draft = Draft(kind="receipt", sender_name=profile.name, sender_uscc=profile.uscc)
        draft.meta.update({"answers": opened.header.bundle_id, "answers_kind": opened.header.kind,
                           "accepted": accepted, "reasons": reasons, **(extra or {})})
        draft.add_json("receipt.json", {"answers": opened.header.bundle_id, "accepted": accepted,
                                        "reasons": reasons, "sha256": opened.sha256})
        send_to(s, db, draft, opened.sender, out)


@dataclass(frozen=True)
class ReceiptResult:
    bundle_id: str
    kind: str
    accepted: bool
    reasons: list[str]
    member_id: int | None
    status: str  # what the sent bundle's record now says, in Chinese


def import_receipt(db: Database, path: Path) -> ReceiptResult:
    opened = open_file(db, path)
    if opened.header.kind != "receipt":
        raise Refused(f"“{path.name}”不是回执")
    m = opened.manifest
    with db.transaction() as s:
        record = s.scalars(select(BundleRecord).where(BundleRecord.direction == "out",
                                                      BundleRecord.bundle_id == m.get("answers"))).first()
        if record is None:
            raise NotFoundError(f"“{path.name}”回复的数据包（{m.get('answers')}）不是本会发出的")
        if record.peer != opened.sender.fingerprint:
            raise ConflictError(f"“{path.name}”不是由该数据包的收件方签发的（签发方指纹 {opened.sender.fingerprint}）")
        accepted = bool(m.get("accepted"))
        record.status = "accepted" if accepted else "refused"
        detail = json.loads(record.detail or "{}")
        detail.update({"receipt": path.name, "reasons": m.get("reasons", [])})
        if m.get("member_id") is not None:
            detail["their_member_id"] = m["member_id"]
        record.detail = json.dumps(detail, ensure_ascii=False)
        status = ("已接收" if accepted else "被拒收")
        if record.kind == "transfer" and record.member_id is not None:
            member = s.get(Member, record.member_id)
            status = "已转出（对方已接收）" if accepted else "转出未被对方接收"
            if member is not None:
                audit.record(s, db.actor, "receipt", "member", member.id,
                             f"会员“{member.name}”{status}：{opened.sender.name}")
        else:
            audit.record(s, db.actor, "receipt", "bundle", None, f"收到“{opened.sender.name}”的回执：{status}")
        return ReceiptResult(record.bundle_id, record.kind, accepted, list(m.get("reasons", [])),
                             record.member_id, status)


def transfer_state(db: Database, member_id: int) -> str | None:
    """What the newest transfer slip of a member says: None when no slip was sent."""
    with db.read() as s:
        record = s.scalars(select(BundleRecord).where(BundleRecord.direction == "out", BundleRecord.kind == "transfer",
                                                      BundleRecord.member_id == member_id)
                           .order_by(BundleRecord.id.desc())).first()
        if record is None:
            return None
        return {"accepted": "已转出（对方已接收）", "refused": "转出未被对方接收"}.get(record.status, "已转出（待对方接收）")


