"""Text nobody should store: control and bidi characters are refused with a message naming the field and the
character; text is normalised (NFC/NFKC, trimmed, spaces folded); every free-text field has a length limit."""

from __future__ import annotations

import datetime as dt
import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from unionbook.domain.member import FIELD_LIMITS, MemberDraft, validate_member

ID = "11010519491231002X"
TODAY = dt.date(2026, 1, 1)


def problems_of(**fields: str) -> list[tuple[str, str, str]]:
    _member, problems = validate_member(MemberDraft(name=fields.pop("name", "张三"), id_number=ID, **fields),
                                        today=TODAY)
    return [(p.field, p.message, p.severity) for p in problems if p.severity == "error"]


@pytest.mark.parametrize("bad", ["\x1b[31m", "\x07", "\x00", "\u202e", "\u2066", "\u200f", "\x7f", "\x85"])
@pytest.mark.parametrize("field", ["name", "employer", "job", "notes", "phone", "card_number"])
def test_control_and_bidi_characters_are_refused_naming_field_and_character(field: str, bad: str) -> None:
    found = problems_of(**{field: f"张{bad}三"})
    assert [f for f, _m, _s in found] == [field], found
    message = found[0][1]
    assert f"U+{ord(bad[0]):04X}" in message and "第2个字符" in message


def test_line_breaks_stay_allowed_in_notes_only() -> None:
    member, problems = validate_member(MemberDraft(name="张三", id_number=ID, notes=" 第一行\n\n第二行  多  空格 "),
                                       today=TODAY)
    assert member is not None and member.notes == "第一行\n\n第二行 多 空格"


@pytest.mark.parametrize("field", ["employer", "job", "notes", "phone"])
def test_every_free_text_field_has_a_length_limit(field: str) -> None:
    limit = FIELD_LIMITS[field]
    too_long = "甲" * (limit + 1) if field != "phone" else "1" * (limit + 1)
    found = problems_of(**{field: too_long})
    assert [f for f, _m, _s in found] == [field] and f"最多{limit}个" in found[0][1]
    assert FIELD_LIMITS["notes"] <= 2000 and FIELD_LIMITS["employer"] <= 200


def test_text_is_normalised_to_nfc_trimmed_and_folded() -> None:
    decomposed = unicodedata.normalize("NFD", "Zoë Café")  # combining marks, as macOS pastes them
    member, _ = validate_member(MemberDraft(name="张三", id_number=ID, employer=f"  {decomposed}\u3000公司  ",
                                            job="  司机  "), today=TODAY)
    assert member is not None
    assert member.employer == "Zoë Café 公司" and unicodedata.is_normalized("NFC", member.employer)
    assert member.job == "司机"


@given(st.text(max_size=30))
def test_any_text_either_validates_clean_or_is_refused(text: str) -> None:
    # the fuzz includes the Cc category (and every other): nothing unprintable is ever accepted
    member, _problems = validate_member(MemberDraft(name="张三", id_number=ID, employer=text, job=text, notes=text),
                                        today=TODAY)
    if member is not None:
        for value in (member.employer, member.job, member.notes):
            assert all(unicodedata.category(ch) not in ("Cc", "Cs") or ch == "\n" for ch in value)
            assert not set(value) & set("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f")
            assert value == value.strip()


def test_clean_gives_the_same_answer_from_its_memory_of_short_texts() -> None:
    """clean() remembers short texts it tidied (a roster repeats them): the remembered answer is the tidied
    one, for messy and clean texts alike, also after the memory has filled up and started again."""
    from unionbook.domain import text

    messy = {"　张　三 ": "张 三", "ＡＢＣ１２３": "ABC123", "汉\u200b族": "汉 族", "群众": "群众", "a\tb": "a b"}
    for _ in range(2):
        assert {raw: text.clean(raw) for raw in messy} == messy
    for n in range(text._CLEANED_MAX + 10):  # more distinct texts than it keeps
        assert text.clean(f" 名{n}　") == f"名{n}"
    assert {raw: text.clean(raw) for raw in messy} == messy
    assert len(text._CLEANED) <= text._CLEANED_MAX
    long_text = "很长的备注" * 10
    assert text.clean(long_text + " ") == long_text and long_text + " " not in text._CLEANED
