"""The shortcuts a 50,000-row import takes through text tidying and member validation give exactly what the
long way gives: each is compared here with the long way, written out as it was before the shortcut."""

from __future__ import annotations

import dataclasses
import datetime as dt
import unicodedata

from hypothesis import given, settings
from hypothesis import strategies as st

from unionbook.domain import member as member_mod
from unionbook.domain import text as text_mod
from unionbook.domain.member import MemberDraft, validate_member
from unionbook.domain.text import clean, clean_name, forbidden_character

# characters that each take a different branch: ASCII controls and spaces, full-width forms, no-break and
# ideographic spaces, zero-width and bidi characters, middle dots, Han characters, dots and Latin letters
AWKWARD = ("a", "Z", "0", "9", " ", "  ", "\t", "\n", "\r", "\x07", "\x1b", "\x7f", "-", ".", "'", "Ａ", "１",
           "\u00a0", "\u3000", "\u200b", "\ufeff", "\u202e", "\u2066", "·", "•", "．", "・", "张", "三", "族", "汉",
           "\ue000", "é", "ß")
awkward_text = st.lists(st.sampled_from(AWKWARD), max_size=12).map("".join) | st.text(max_size=12)


def _clean_long_way(s: str) -> str:
    return text_mod._clean(s)


@settings(max_examples=400, deadline=None)
@given(awkward_text)
def test_clean_takes_the_same_way_for_ascii_as_for_any_text(s: str) -> None:
    assert clean(s) == _clean_long_way(s)


def _clean_name_long_way(text: object) -> str:
    s = clean(text).translate(text_mod._DOTS)
    if any("\u4e00" <= ch <= "\u9fff" for ch in s):
        s = s.replace(" ", "").replace(".", "·")
    return s.strip("·")


@settings(max_examples=400, deadline=None)
@given(awkward_text)
def test_clean_name_translates_dots_only_when_there_are_some_with_the_same_result(s: str) -> None:
    assert clean_name(s) == _clean_name_long_way(s)


def _characters_long_way(draft: MemberDraft) -> list[member_mod.FieldProblem]:
    found = []
    for name, value in vars(draft).items():
        if not isinstance(value, str) or value.isprintable() or name not in member_mod.FIELD_LABELS:
            continue
        hit = forbidden_character(value)
        if hit:
            found.append(member_mod.FieldProblem(name, member_mod.FIELD_LABELS[name], f"第{hit[0]}个字符是不可显示的"
                                                 f"{hit[1]}，不能保存（常见于从网页或其他软件复制来的文字），请删除后重新输入"))
    return found


TEXT_FIELDS = [f.name for f in dataclasses.fields(MemberDraft) if f.type == "str"]


@settings(max_examples=300, deadline=None)
@given(st.dictionaries(st.sampled_from(TEXT_FIELDS), awkward_text, max_size=6),
       st.sampled_from([None, dt.date(1990, 3, 7), "\x07 1990", "1990-03-07"]))
def test_the_characters_check_finds_what_the_field_by_field_check_finds(
        texts: dict[str, str], birth: object) -> None:
    draft = MemberDraft(**texts)
    draft.birth_date = birth  # type: ignore[assignment]  # a caller's text where a date belongs is checked too
    problems: list[member_mod.FieldProblem] = []
    member_mod._check_characters(problems, draft)
    assert problems == _characters_long_way(draft)


VOCAB = st.sampled_from(["", "汉族", "汉", "回", "维吾尔族", "火星族", " 汉族 ", "群众", "中共党员", "大专", "本科",
                         "农业户口", "劳动合同", "劳务派遣", "女职工", "other", "\u3000群众"])


@settings(max_examples=300, deadline=None)
@given(st.tuples(VOCAB, VOCAB, VOCAB, VOCAB, VOCAB, VOCAB))
def test_vocabulary_choices_remembered_are_the_choices_worked_out(typed: tuple[str, ...]) -> None:
    fields = ("ethnicity", "education", "political_status", "household_type", "employment_form", "group")
    draft = MemberDraft(name="张三", id_number="110105199003072311", **dict(zip(fields, typed, strict=True)))
    today = dt.date(2026, 11, 26)
    member_mod._choices_seen.clear()
    first = validate_member(draft, today=today)
    assert tuple(typed) in member_mod._choices_seen
    again = validate_member(draft, today=today)  # from what was remembered
    member_mod._choices_seen.clear()
    fresh = validate_member(draft, today=today)
    assert first == again == fresh
    # the long way: each field by itself
    problems: list[member_mod.FieldProblem] = []
    ethnicity = clean(typed[0]) or "汉族"
    if not ethnicity.endswith("族") and ethnicity + "族" in member_mod.ETHNICITIES:
        ethnicity += "族"
    expected = (member_mod._choice(problems, "ethnicity", ethnicity, member_mod.ETHNICITIES),
                member_mod._choice(problems, "education", typed[1], member_mod.EDUCATION),
                member_mod._choice(problems, "political_status", typed[2], member_mod.POLITICAL_STATUS),
                member_mod._choice(problems, "household_type", typed[3], member_mod.HOUSEHOLD_TYPES),
                member_mod._choice(problems, "employment_form", typed[4], member_mod.EMPLOYMENT_FORMS),
                member_mod._choice(problems, "group", typed[5], member_mod.GROUPS))
    vocab_fields = {"ethnicity", "education", "political_status", "household_type", "employment_form", "group"}
    assert [p for p in fresh[1] if p.field in vocab_fields] == problems
    if fresh[0] is not None:
        got = fresh[0]
        assert (got.ethnicity, got.education, got.political_status, got.household_type, got.employment_form,
                got.group) == expected


def test_an_over_long_value_is_still_named_with_its_length() -> None:
    for field, value in (("phone", "1" * 40), ("employer", "厂" * 201), ("job", "工" * 200),
                         ("card_number", "9" * 80), ("notes", "注" * 1001)):
        draft = MemberDraft(name="张三", id_number="110105199003072311", **{field: value})
        problems = validate_member(draft, today=dt.date(2026, 11, 26))[1]
        assert [p.field for p in problems if p.message.startswith("过长")] == [field]


def test_nfkc_is_what_the_long_way_relies_on() -> None:
    # the shortcut for ASCII must not skip anything the long way changes: NFKC leaves ASCII alone
    assert all(unicodedata.normalize("NFKC", chr(c)) == chr(c) for c in range(32, 127))
