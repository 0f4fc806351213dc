"""Reading a bundle file from disk with this union's keys, and the refusals of the receiving side."""

from __future__ import annotations

from pathlib import Path

from unionbook.errors import UnionBookError
from unionbook.exchange.bundle.container import Opened, open_bundle
from unionbook.services.bundles import keys as keyring
from unionbook.store import Database

MAX_FILE = 1 << 30


class Refused(UnionBookError):
    code = "bundle_refused"


class UnknownSender(Refused):
    code = "bundle_unknown_sender"


class Replay(Refused):
    code = "bundle_replay"


class PeriodLocked(Refused):
    code = "bundle_period_locked"


def read_file(path: Path) -> bytes:
    if not path.is_file():
        raise Refused(f"找不到文件“{path}”")
    if path.stat().st_size > MAX_FILE:
        raise Refused(f"“{path.name}”过大，不是工会台账的数据包")
    return path.read_bytes()


def open_file(db: Database, path: Path) -> Opened:
    data = read_file(path)
    with db.transaction() as s:  # the key pair is made on first use
        own = keyring.own_keys(s)
        card = keyring.own_card(s)
    return open_bundle(data, own, card, where=path.name)
