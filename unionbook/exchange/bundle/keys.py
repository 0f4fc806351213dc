"""A union's key pair, and the public card another union registers it by.

Two standard keys, from two well-kept libraries, and nothing home-made:
- an Ed25519 signing key (`cryptography`): the sender signs every bundle's manifest;
- an X25519 age identity (`pyrage`, the age file format, https://age-encryption.org/v1): bundles are encrypted
  to the recipient's age public key ("age1…").

The fingerprint is what people compare on paper or by phone before trusting a first contact: SHA-256 over both
public keys, the first 20 bytes as ten groups of four hex digits.
"""

from __future__ import annotations

import base64
import hashlib
import json
from dataclasses import dataclass
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.serialization import Encoding, NoEncryption, PrivateFormat, PublicFormat
from pyrage import x25519

from unionbook.errors import UnionBookError

CARD_FORMAT = "unionbook-public-key"


class KeyError_(UnionBookError):
    code = "bad_key"


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: str, what: str) -> bytes:
    try:
        return base64.b64decode(text.encode("ascii"), validate=True)
    except (ValueError, UnicodeEncodeError):
        raise KeyError_(f"{what}不是有效的密钥文字") from None


def fingerprint(signing_key: bytes, age_recipient: str) -> str:
    digest = hashlib.sha256(signing_key + b"\n" + age_recipient.encode("ascii")).hexdigest()[:40].upper()
    return "-".join(digest[i:i + 4] for i in range(0, 40, 4))


@dataclass(frozen=True)
class PublicCard:
    """What a union gives others so that they can send it bundles and check what it sent."""

    name: str
    uscc: str
    signing_key: bytes  # Ed25519 public key, 32 bytes
    age_recipient: str  # "age1…"

    @property
    def fingerprint(self) -> str:
        return fingerprint(self.signing_key, self.age_recipient)

    def to_dict(self) -> dict[str, Any]:
        return {"format": CARD_FORMAT, "version": 1, "name": self.name, "uscc": self.uscc,
                "signing_key": _b64(self.signing_key), "age_recipient": self.age_recipient,
                "fingerprint": self.fingerprint}

    def to_text(self) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=1) + "\n"

    @classmethod
    def from_dict(cls, data: Any, *, where: str = "公钥文件") -> PublicCard:
        if not isinstance(data, dict) or data.get("format") != CARD_FORMAT:
            raise KeyError_(f"{where}不是工会台账的公钥文件")
        try:
            card = cls(name=str(data["name"]), uscc=str(data.get("uscc", "")),
                       signing_key=_unb64(str(data["signing_key"]), where), age_recipient=str(data["age_recipient"]))
        except KeyError as exc:
            raise KeyError_(f"{where}缺少“{exc.args[0]}”") from None
        card.verify_shape(where)
        if data.get("fingerprint") and data["fingerprint"] != card.fingerprint:
            raise KeyError_(f"{where}中的指纹与密钥不符，文件可能被改动过")
        return card

    @classmethod
    def from_text(cls, text: str, *, where: str = "公钥文件") -> PublicCard:
        try:
            data = json.loads(text)
        except ValueError:
            raise KeyError_(f"{where}不是工会台账的公钥文件（无法读取）") from None
        return cls.from_dict(data, where=where)

    def verify_shape(self, where: str) -> None:
        if len(self.signing_key) != 32:
            raise KeyError_(f"{where}中的签名公钥长度不对")
        try:
            x25519.Recipient.from_str(self.age_recipient)
        except Exception:  # pyrage raises its own RecipientError
            raise KeyError_(f"{where}中的加密公钥无效") from None

    def recipient(self) -> x25519.Recipient:
        return x25519.Recipient.from_str(self.age_recipient)

    def verify(self, signature: bytes, data: bytes) -> bool:
        try:
            Ed25519PublicKey.from_public_bytes(self.signing_key).verify(signature, data)
        except InvalidSignature:
            return False
        return True


@dataclass(frozen=True)
class KeyPair:
    """A union's own keys. `signing_seed` and `age_identity` are secrets: they never leave the database."""

    signing_seed: bytes  # Ed25519 private key, raw 32 bytes
    age_identity: str  # "AGE-SECRET-KEY-1…"

    @classmethod
    def generate(cls) -> KeyPair:
        seed = Ed25519PrivateKey.generate().private_bytes(Encoding.Raw, PrivateFormat.Raw, NoEncryption())
        return cls(signing_seed=seed, age_identity=str(x25519.Identity.generate()))

    def signing_public(self) -> bytes:
        return Ed25519PrivateKey.from_private_bytes(self.signing_seed).public_key().public_bytes(
            Encoding.Raw, PublicFormat.Raw)

    def age_recipient(self) -> str:
        return str(x25519.Identity.from_str(self.age_identity).to_public())

    def identity(self) -> x25519.Identity:
        return x25519.Identity.from_str(self.age_identity)

    def sign(self, data: bytes) -> bytes:
        return Ed25519PrivateKey.from_private_bytes(self.signing_seed).sign(data)

    def card(self, name: str, uscc: str) -> PublicCard:
        return PublicCard(name=name, uscc=uscc, signing_key=self.signing_public(), age_recipient=self.age_recipient())

    def to_secret_text(self) -> str:
        return json.dumps({"signing_seed": _b64(self.signing_seed), "age_identity": self.age_identity})

    @classmethod
    def from_secret_text(cls, text: str) -> KeyPair:
        data = json.loads(text)
        return cls(signing_seed=_unb64(data["signing_seed"], "本会私钥"), age_identity=str(data["age_identity"]))
