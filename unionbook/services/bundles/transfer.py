"""Membership transfer slips (会籍接转): "一次入会、动态接转" without a shared server.

Union A writes a slip for one member, encrypted to union B's public key and signed by A; B imports it and the
member arrives with history (转入, from A, with the original join date); B's receipt, imported by A, closes A's
record as 已转出（对方已接收）. B need not have registered A: the slip carries A's public card, and B keeps A's name
and fingerprint with the transfer (as a "peer").

Each step is safe to repeat after a crash: the status change and the slip are two transactions, and a second
`transfer out` for a member already transferred out only writes the slip; a slip imported twice finds the member
it brought (by the slip's number in the 转入 event) and changes nothing.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select

from unionbook.domain.member import Event, MemberDraft, Status
from unionbook.errors import ConflictError, ValidationError
from unionbook.services.bundles import keys as keyring
from unionbook.services.bundles.outgoing import Sent, _recipient, _send
from unionbook.services.bundles.reading import Refused, open_file
from unionbook.services.bundles.receipts import write_receipt
from unionbook.services.library.loans import books_on_loan
from unionbook.services.members import records
from unionbook.services.members.report import roster_rows
from unionbook.store import Database
from unionbook.store.models import BundleRecord, Member, MemberEvent, UnionProfile

SLIP_REF = "接转单"


@dataclass(frozen=True)
class TransferIn:
    member_id: int
    name: str
    from_union: str
    from_fingerprint: str
    receipt: Path | None
    unchanged: bool


def transfer_out(db: Database, key: int | str, to_union: str, out: Path, *, recipient_file: Path | None = None,
                 date: dt.date | None = None, reason: str = "") -> Sent:
    member = records.get_member(db, key)
    if Status(member.status) in (Status.ACTIVE, Status.KEPT):
        records.set_status(db, member.id, records.StatusChange(Event.TRANSFER_OUT, date or dt.date.today(),
                                                               reason=reason, other_union=to_union))
    elif Status(member.status) != Status.TRANSFERRED_OUT:
        raise ConflictError(f"会员“{member.name}”当前状态为“{Status(member.status).label}”，不能开具会籍接转单")
    with db.transaction() as s:
        card, recipient_id = _recipient(s, recipient_file)
        row = s.get(Member, member.id)
        assert row is not None
        history = [{"event": e.event, "date": e.date.isoformat(), "other_union": e.other_union, "reason": e.reason}
                   for e in s.scalars(select(MemberEvent).where(MemberEvent.member_id == row.id)
                                      .order_by(MemberEvent.id))]
        profile = s.get(UnionProfile, 1)
        assert profile is not None
        from unionbook.exchange.bundle.container import Draft

        draft = Draft(kind="transfer", sender_name=profile.name, sender_uscc=profile.uscc)
        draft.add_json("member.json", {**roster_rows(s, Member.id == row.id)[0], "history": history,
                                       "dues_paid_through": None,
                                       "books_on_loan": [{"barcode": b.barcode, "title": b.title, "due": b.due.isoformat()}
                                                         for b in books_on_loan(db, row.id)],
                                       "to_union": to_union})
        draft.meta.update({"counts": {"members": 1}, "to_union": to_union})
        return _send(s, db, draft, card, recipient_id, out, year=None, sequence=0, members=1, member_id=row.id)


def transfer_in(db: Database, path: Path, *, receipt_out: Path | None = None) -> TransferIn:
    opened = open_file(db, path)
    if opened.header.kind != "transfer":
        raise Refused(f"“{path.name}”不是会籍接转单")
    slip = opened.json_part("member.json")
    ref = f"{SLIP_REF} {opened.header.bundle_id}"
    with db.read() as s:
        done = s.scalars(select(MemberEvent.member_id).where(MemberEvent.doc_ref == ref)).first()
    if done is None:
        draft = MemberDraft(
            name=slip["name"], id_number=slip["id_number"], ethnicity=slip.get("ethnicity") or "汉族",
            phone=slip.get("phone", ""), job=slip.get("job", ""), education=slip.get("education", ""),
            political_status=slip.get("political_status", ""), household_type=slip.get("household_type", ""),
            employment_form=slip.get("employment_form") or "劳动合同",
            migrant_worker=bool(slip.get("migrant_worker")), group=slip.get("group_name", ""),
            frontline=bool(slip.get("frontline")), model_worker=bool(slip.get("model_worker")),
            card_number=slip.get("card_number", ""),
            join_date=dt.date.fromisoformat(slip["join_date"]) if slip.get("join_date") else None,
        )
        try:
            added = records.add_member(db, draft, event=Event.TRANSFER_IN, event_date=dt.date.today(),
                                       other_union=f"{opened.sender.name}（指纹 {opened.sender.fingerprint}）",
                                       doc_ref=ref)
        except ConflictError as exc:
            raise ConflictError(f"无法接收“{slip['name']}”：{exc.message}") from None
        except ValidationError as exc:
            raise ValidationError(f"接转单中的会员信息有误：{exc.message}") from None
        member_id, unchanged = added.member_id, False
    else:
        member_id, unchanged = done, True
    with db.transaction() as s:
        peer = keyring.find_by_fingerprint(s, opened.sender.fingerprint, ("upper", "subunit", "peer")) \
            or keyring.register(s, "peer", opened.sender, actor=db.actor)
        if s.scalars(select(BundleRecord).where(BundleRecord.direction == "in",
                                                BundleRecord.bundle_id == opened.header.bundle_id)).first() is None:
            s.add(BundleRecord(direction="in", bundle_id=opened.header.bundle_id, kind="transfer",
                               correspondent_id=peer.id, peer=peer.fingerprint, sequence=0, sha256=opened.sha256,
                               file_name=path.name, member_id=member_id, status="imported"))
    receipt = None
    if not unchanged:
        receipt = receipt_out or path.with_name(f"{path.stem}.回执.ubx")
        write_receipt(db, opened, receipt, accepted=True, reasons=[], extra={"member_id": member_id})
    return TransferIn(member_id, slip["name"], opened.sender.name, opened.sender.fingerprint, receipt, unchanged)
