"""The bundle file: what the receiver accepts, and every way it refuses (nothing is read past a failed check)."""

from __future__ import annotations

import json

import pytest

from unionbook.exchange.bundle.container import (
    FORMAT_VERSION,
    BadSignature,
    BundleDamaged,
    BundleError,
    Draft,
    NewerFormat,
    NotForUs,
    open_bundle,
    pack,
    read_header,
)
from unionbook.exchange.bundle.keys import KeyError_, KeyPair, PublicCard

A, B, C = KeyPair.generate(), KeyPair.generate(), KeyPair.generate()
CARD_A, CARD_B, CARD_C = A.card("甲工会", "81000000000000001A"), B.card("乙工会", ""), C.card("丙工会", "")


def make(recipient: PublicCard = CARD_B, **meta) -> bytes:
    draft = Draft(kind="annual", sender_name="甲工会", sender_uscc="81000000000000001A", meta={"year": 2026, **meta})
    draft.add_json("members.json", [{"name": "张三", "id_number": "11010519491231002X"}])
    draft.parts["cover.pdf"] = b"%PDF-1.4 not really"
    data, _ = pack(draft, A, recipient, app_version="0.2.0", schema_version="0003")
    return data


def test_the_recipient_reads_what_was_sent() -> None:
    opened = open_bundle(make(sequence=3), B, CARD_B, where="a.ubx")
    assert opened.sender.fingerprint == CARD_A.fingerprint
    assert opened.sender.name == "甲工会"
    assert opened.manifest["year"] == 2026 and opened.manifest["sequence"] == 3
    assert opened.json_part("members.json")[0]["name"] == "张三"
    assert opened.parts["cover.pdf"] == b"%PDF-1.4 not really"


def test_whole_id_numbers_are_not_readable_in_the_file() -> None:
    data = make()
    assert b"11010519491231002X" not in data and "张三".encode() not in data


def test_every_changed_byte_is_refused() -> None:
    data = make()
    header_end = data.index(b"\n") + 1
    # every 97th byte of the encrypted body, and the last one
    for i in [*range(header_end, len(data), 97), len(data) - 1]:
        tampered = bytearray(data)
        tampered[i] ^= 0x01
        with pytest.raises((BundleDamaged, NotForUs)):
            open_bundle(bytes(tampered), B, CARD_B, where="t.ubx")


def test_a_truncated_file_is_refused() -> None:
    data = make()
    for cut in (len(data) - 1, len(data) // 2, data.index(b"\n") + 5, 10, 0):
        with pytest.raises(BundleError):
            open_bundle(data[:cut], B, CARD_B, where="t.ubx")


def test_a_file_for_another_union_is_refused_by_name() -> None:
    with pytest.raises(NotForUs, match="不是发给本会的"):
        open_bundle(make(recipient=CARD_C), B, CARD_B, where="c.ubx")


def test_a_header_rewritten_to_point_at_us_is_still_refused() -> None:
    data = make(recipient=CARD_C)
    line, rest = data.split(b"\n", 1)
    forged = line.replace(CARD_C.fingerprint.encode(), CARD_B.fingerprint.encode()) + b"\n" + rest
    with pytest.raises(NotForUs, match="无法用本会的私钥解开"):
        open_bundle(forged, B, CARD_B, where="c.ubx")


def test_a_newer_format_is_refused_before_decrypting() -> None:
    data = make()
    line, rest = data.split(b"\n", 1)
    newer = line.replace(f'"format_version": {FORMAT_VERSION}'.encode(), b'"format_version": 99') + b"\n" + rest
    with pytest.raises(NewerFormat, match="版本 99"):
        open_bundle(newer, B, CARD_B, where="n.ubx")


def test_a_bundle_re_signed_by_someone_else_is_caught(monkeypatch) -> None:
    """Whoever has B's public key can encrypt to B; only A's signature proves it came from A. A forger who
    keeps A's name and public key in the manifest but signs with C's key is refused."""
    sign = KeyPair.sign
    monkeypatch.setattr(KeyPair, "sign", lambda self, data: sign(C if self is A else self, data))
    with pytest.raises(BadSignature):
        open_bundle(make(), B, CARD_B, where="f.ubx")


def test_something_else_is_not_a_bundle() -> None:
    with pytest.raises(BundleError, match="不是工会台账的数据包"):
        read_header(b"PK\x03\x04 a zip file", "x.zip")


def test_public_cards_round_trip_and_refuse_edits() -> None:
    card = PublicCard.from_text(CARD_A.to_text())
    assert card == CARD_A and len(card.fingerprint) == 49
    data = json.loads(CARD_A.to_text())
    data["signing_key"] = json.loads(CARD_C.to_text())["signing_key"]
    with pytest.raises(KeyError_, match="指纹与密钥不符"):
        PublicCard.from_dict(data)
    with pytest.raises(KeyError_, match="不是工会台账的公钥文件"):
        PublicCard.from_text("hello")
