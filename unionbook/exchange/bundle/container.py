"""One bundle file: a short plain header line, then an age-encrypted ZIP holding a signed manifest and its parts.

The format is documented in docs/bundle-format.md; `FORMAT_VERSION` is the newest this release reads and
writes. Reading checks, in order, and refuses with a Chinese message (nothing is written by this module):
the magic line and format version → the recipient named in the header is us → age decryption (any changed or
missing byte fails its authentication) → the ZIP's sizes → the manifest's Ed25519 signature by the key it
names → the header agrees with the signed manifest → every part's SHA-256 and no part more or less. Whether the
sender is known and whether the sequence number is new is decided by the caller, who has the database.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import json
import uuid
import zipfile
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

import pyrage

from unionbook.errors import UnionBookError
from unionbook.exchange.bundle.keys import KeyError_, KeyPair, PublicCard

MAGIC = b"UNIONBOOK-BUNDLE"
FORMAT_VERSION = 1
KINDS = ("annual", "sync", "transfer", "receipt")
MAX_TOTAL = 1 << 30  # 1 GiB of parts at the most
MAX_RATIO = 200  # a part may not expand more than this from its compressed size
MAX_HEADER = 4096


class BundleError(UnionBookError):
    code = "bundle_invalid"


class BundleDamaged(BundleError):
    code = "bundle_damaged"


class NotForUs(BundleError):
    code = "bundle_not_for_us"


class NewerFormat(BundleError):
    code = "bundle_newer_format"


class BadSignature(BundleError):
    code = "bundle_bad_signature"


@dataclass(frozen=True)
class Header:
    format_version: int
    kind: str
    bundle_id: str
    sender: str  # fingerprint
    recipient: str  # fingerprint

    def to_line(self) -> bytes:
        data = {"format_version": self.format_version, "kind": self.kind, "bundle_id": self.bundle_id,
                "sender": self.sender, "recipient": self.recipient}
        return MAGIC + b" " + json.dumps(data, sort_keys=True).encode("ascii") + b"\n"


@dataclass(frozen=True)
class Opened:
    """A bundle that passed every check this module can make."""

    header: Header
    manifest: dict[str, Any]
    parts: dict[str, bytes]
    sender: PublicCard
    sha256: str  # of the whole file

    def json_part(self, name: str) -> Any:
        return json.loads(self.parts[name].decode("utf-8"))


@dataclass
class Draft:
    """What a sender puts in a bundle; `pack` adds the ids, hashes and signature."""

    kind: str
    sender_name: str
    sender_uscc: str
    meta: dict[str, Any] = field(default_factory=dict)  # year, sequence, counts, amends …: any JSON
    parts: dict[str, bytes] = field(default_factory=dict)

    def add_json(self, name: str, value: Any) -> None:
        self.parts[name] = json.dumps(value, ensure_ascii=False, default=str, separators=(",", ":")).encode("utf-8")


def _sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def pack(draft: Draft, keys: KeyPair, recipient: PublicCard, *, app_version: str, schema_version: str,
         now: dt.datetime | None = None, bundle_id: str | None = None) -> tuple[bytes, dict[str, Any]]:
    """The bundle file's bytes and its manifest."""
    if draft.kind not in KINDS:
        raise ValueError(draft.kind)
    sender = keys.card(draft.sender_name, draft.sender_uscc)
    manifest: dict[str, Any] = {
        "format": "unionbook-bundle", "format_version": FORMAT_VERSION, "app_version": app_version,
        "schema_version": schema_version, "kind": draft.kind, "bundle_id": bundle_id or str(uuid.uuid4()),
        "created_at": (now or dt.datetime.now()).replace(microsecond=0).isoformat(),
        "sender": sender.to_dict(), "recipient": {"name": recipient.name, "fingerprint": recipient.fingerprint},
        **draft.meta,
        "parts": {name: {"sha256": _sha(data), "size": len(data)} for name, data in sorted(draft.parts.items())},
    }
    manifest_bytes = json.dumps(manifest, ensure_ascii=False, sort_keys=True, indent=1).encode("utf-8")
    buffer = io.BytesIO()
    # the fastest deflate level: a county's register is written in a second, and still shrinks about 5×
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=1) as zf:
        zf.writestr("manifest.json", manifest_bytes)
        zf.writestr("manifest.sig", keys.sign(manifest_bytes))
        for name, data in sorted(draft.parts.items()):
            zf.writestr(f"parts/{name}", data)
    header = Header(FORMAT_VERSION, draft.kind, manifest["bundle_id"], sender.fingerprint, recipient.fingerprint)
    return header.to_line() + pyrage.encrypt(buffer.getvalue(), [recipient.recipient()]), manifest


def read_header(data: bytes, where: str) -> tuple[Header, bytes]:
    """The plain header and the encrypted rest; what a file says about itself before anything is decrypted."""
    end = data.find(b"\n", 0, MAX_HEADER)
    if not data.startswith(MAGIC + b" ") or end < 0:
        raise BundleError(f"“{where}”不是工会台账的数据包（文件开头不对）")
    try:
        raw = json.loads(data[len(MAGIC) + 1:end].decode("ascii"))
        version = int(raw["format_version"])
    except (ValueError, KeyError, TypeError, UnicodeDecodeError):
        raise BundleDamaged(f"“{where}”的文件头已损坏") from None
    if version > FORMAT_VERSION:
        raise NewerFormat(f"“{where}”是新版本工会台账生成的（格式版本 {version}），本版本只能读取到版本 "
                          f"{FORMAT_VERSION}。请升级工会台账后再导入。")
    try:
        header = Header(version, str(raw["kind"]), str(raw["bundle_id"]), str(raw["sender"]), str(raw["recipient"]))
    except KeyError:
        raise BundleDamaged(f"“{where}”的文件头已损坏") from None
    return header, data[end + 1:]


def open_bundle(data: bytes, keys: KeyPair, own: PublicCard, *, where: str) -> Opened:
    header, sealed = read_header(data, where)
    if header.recipient != own.fingerprint:
        raise NotForUs(f"“{where}”不是发给本会的（收件方指纹 {header.recipient}，本会指纹 {own.fingerprint}）。"
                       "请确认对方使用的是本会最新的公钥。")
    try:
        plain = pyrage.decrypt(sealed, [keys.identity()])
    except pyrage.DecryptError as exc:
        if "no matching" in str(exc).lower():
            raise NotForUs(f"“{where}”无法用本会的私钥解开：它不是加密给本会的。") from None
        raise BundleDamaged(f"“{where}”已损坏或被改动过（解密校验失败），未导入任何内容。") from None
    except Exception:  # pyrage may raise other errors on garbage
        raise BundleDamaged(f"“{where}”已损坏或被截断，未导入任何内容。") from None
    manifest, parts, signature, manifest_bytes = _unzip(plain, where)
    try:
        sender = PublicCard.from_dict(manifest.get("sender"), where=f"“{where}”中的发件方公钥")
    except KeyError_ as exc:
        raise BundleDamaged(exc.message) from None
    if not sender.verify(signature, manifest_bytes):
        raise BadSignature(f"“{where}”的签名不符：内容在签名后被改动过，未导入任何内容。")
    signed = (manifest.get("format_version"), manifest.get("kind"), manifest.get("bundle_id"), sender.fingerprint,
              (manifest.get("recipient") or {}).get("fingerprint"))
    if signed != (header.format_version, header.kind, header.bundle_id, header.sender, header.recipient):
        raise BundleDamaged(f"“{where}”的文件头与签名内容不一致，文件被改动过。")
    listed: Mapping[str, Any] = manifest.get("parts") or {}
    if set(listed) != set(parts):
        raise BundleDamaged(f"“{where}”的内容清单与实际内容不一致（多出或缺少部分文件）。")
    for name, data_ in parts.items():
        if _sha(data_) != listed[name].get("sha256"):
            raise BundleDamaged(f"“{where}”中的“{name}”校验值不符，文件被改动过。")
    return Opened(header, manifest, parts, sender, _sha(data))


def _unzip(plain: bytes, where: str) -> tuple[dict[str, Any], dict[str, bytes], bytes, bytes]:
    try:
        zf = zipfile.ZipFile(io.BytesIO(plain))
        infos = zf.infolist()
        if sum(i.file_size for i in infos) > MAX_TOTAL or any(
                i.file_size > MAX_RATIO * max(i.compress_size, 1024) for i in infos):
            raise BundleDamaged(f"“{where}”解压后过大，已拒绝。")
        files = {i.filename: zf.read(i) for i in infos}
        manifest_bytes, signature = files.pop("manifest.json"), files.pop("manifest.sig")
        manifest = json.loads(manifest_bytes.decode("utf-8"))
    except BundleError:
        raise
    except (zipfile.BadZipFile, KeyError, ValueError, UnicodeDecodeError, OSError):
        raise BundleDamaged(f"“{where}”的内容无法读取（不完整或已损坏）。") from None
    if not isinstance(manifest, dict):
        raise BundleDamaged(f"“{where}”的内容清单无法读取。")
    parts = {name.removeprefix("parts/"): data for name, data in files.items() if name.startswith("parts/")}
    if len(parts) != len(files):
        raise BundleDamaged(f"“{where}”中有不属于数据包的文件。")
    return manifest, parts, signature, manifest_bytes
