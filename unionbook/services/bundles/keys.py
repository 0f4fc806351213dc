"""This union's keys, and the unions it exchanges bundles with (the upper union, subordinate unions, and unions
met through a membership transfer).

The key pair is made on first use and kept in the database (table union_key), so that a backup carries it and a
restore keeps the union's identity; it never appears in any output. Others are trusted by fingerprint: a chair
compares the fingerprint on the signed and stamped cover sheet, or by phone, before registering a union.
"""

from __future__ import annotations

import base64
import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from unionbook.errors import ConflictError, NotFoundError, ValidationError
from unionbook.exchange.bundle.keys import KeyPair, PublicCard
from unionbook.partfiles import output_part
from unionbook.paths import check_new_output_file
from unionbook.services.union import audit
from unionbook.store import Database
from unionbook.store.models import Correspondent, UnionKey, UnionProfile

ROLES = {"upper": "上级工会", "subunit": "下级工会", "peer": "转移接续对方工会"}


@dataclass(frozen=True)
class CorrespondentView:
    id: int
    role: str
    name: str
    uscc: str
    fingerprint: str
    registered_at: dt.datetime

    @property
    def role_label(self) -> str:
        return ROLES[self.role]


def view_of(c: Correspondent) -> CorrespondentView:
    return CorrespondentView(c.id, c.role, c.name, c.uscc, c.fingerprint, c.registered_at)


def card_of(c: Correspondent) -> PublicCard:
    return PublicCard(c.name, c.uscc, base64.b64decode(c.signing_key), c.age_recipient)


def own_keys(s: Session) -> KeyPair:
    """This union's key pair, made and stored the first time it is needed (inside the caller's transaction)."""
    row = s.get(UnionKey, 1)
    if row is None:
        keys = KeyPair.generate()
        s.add(UnionKey(id=1, secret=keys.to_secret_text()))
        s.flush()
        return keys
    return KeyPair.from_secret_text(row.secret)


def own_card(s: Session) -> PublicCard:
    profile = s.get(UnionProfile, 1)
    if profile is None:
        raise NotFoundError("数据文件中还没有工会信息，请先新建工会")
    return own_keys(s).card(profile.name, profile.uscc)


def show_keys(db: Database) -> PublicCard:
    with db.transaction() as s:
        return own_card(s)


def export_card(db: Database, out: Path) -> PublicCard:
    check_new_output_file(out)
    card = show_keys(db)
    with output_part(out) as part:
        part.write_text(card.to_text(), encoding="utf-8")
    return card


def read_card(path: Path) -> PublicCard:
    if not path.is_file():
        raise NotFoundError(f"找不到公钥文件“{path}”")
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        raise ValidationError(f"“{path.name}”不是工会台账的公钥文件") from None
    return PublicCard.from_text(text, where=f"“{path.name}”")


def register(s: Session, role: str, card: PublicCard, *, name: str = "", uscc: str = "",
             actor: str) -> Correspondent:
    """Add a correspondent (or return the one with the same key and role)."""
    existing = s.scalars(select(Correspondent).where(Correspondent.role == role,
                                                     Correspondent.fingerprint == card.fingerprint)).first()
    if existing is not None:
        return existing
    row = Correspondent(role=role, name=name or card.name, uscc=uscc or card.uscc,
                        signing_key=base64.b64encode(card.signing_key).decode("ascii"),
                        age_recipient=card.age_recipient, fingerprint=card.fingerprint)
    s.add(row)
    s.flush()
    audit.record(s, actor, "register", "correspondent", row.id,
                 f"登记{ROLES[role]}“{row.name}”（指纹 {row.fingerprint}）")
    return row


def set_upper(db: Database, name: str, key_file: Path) -> CorrespondentView:
    card = read_card(key_file)
    with db.transaction() as s:
        if card.fingerprint == own_card(s).fingerprint:
            raise ValidationError("这是本会自己的公钥，不能登记为上级工会")
        for old in s.scalars(select(Correspondent).where(Correspondent.role == "upper",
                                                         Correspondent.retired_at.is_(None))):
            if old.fingerprint != card.fingerprint:
                old.retired_at = dt.datetime.now().replace(microsecond=0)
        row = register(s, "upper", card, name=name, actor=db.actor)
        row.retired_at = None
        return view_of(row)


def add_subunit(db: Database, name: str, uscc: str, key_file: Path) -> CorrespondentView:
    card = read_card(key_file)
    with db.transaction() as s:
        if card.fingerprint == own_card(s).fingerprint:
            raise ValidationError("这是本会自己的公钥，不能登记为下级工会")
        same_name = s.scalars(select(Correspondent).where(Correspondent.role == "subunit",
                                                          Correspondent.name == name)).first()
        if same_name is not None and same_name.fingerprint != card.fingerprint:
            raise ConflictError(f"已登记名为“{name}”的下级工会（指纹 {same_name.fingerprint}），与此公钥不同")
        return view_of(register(s, "subunit", card, name=name, uscc=uscc, actor=db.actor))


def upper(s: Session) -> Correspondent | None:
    return s.scalars(select(Correspondent).where(Correspondent.role == "upper",
                                                 Correspondent.retired_at.is_(None))).first()


def list_correspondents(db: Database, role: str | None = None) -> list[CorrespondentView]:
    with db.read() as s:
        q = select(Correspondent).where(Correspondent.retired_at.is_(None)).order_by(Correspondent.role,
                                                                                     Correspondent.name)
        if role:
            q = q.where(Correspondent.role == role)
        return [view_of(c) for c in s.scalars(q)]


def find_by_fingerprint(s: Session, fingerprint: str, roles: tuple[str, ...]) -> Correspondent | None:
    return s.scalars(select(Correspondent).where(Correspondent.fingerprint == fingerprint,
                                                 Correspondent.role.in_(roles))).first()


def own_name(s: Session) -> str:
    profile = s.get(UnionProfile, 1)
    return profile.name if profile else ""
