"""The membership state machine and the validation of one member's fields."""

from __future__ import annotations

import datetime as dt
import itertools

import pytest

from unionbook.domain.member import (
    FIELD_LABELS,
    REASON_REQUIRED,
    Event,
    MemberDraft,
    Status,
    allowed_events,
    next_status,
    search_key,
    validate_member,
)

A, K, T, L, W, X, D = (Status.ACTIVE, Status.KEPT, Status.TRANSFERRED_OUT, Status.LEFT, Status.WITHDRAWN,
                       Status.EXPELLED, Status.DECEASED)

# The rules of 《工会会员会籍管理办法》 as this register applies them, written out independently of TRANSITIONS.
EXPECTED: dict[tuple[Status | None, Event], Status] = {
    (None, Event.JOIN): A,
    (None, Event.TRANSFER_IN): A,
    (A, Event.TRANSFER_OUT): T,
    (A, Event.KEEP): K,
    (A, Event.DIE): D,  # death strikes the member off (注销); nothing follows it
    (K, Event.DIE): D,
    (A, Event.LEAVE): L,
    (A, Event.WITHDRAW): W,
    (A, Event.EXPEL): X,
    (K, Event.TRANSFER_OUT): T,
    (K, Event.RESTORE): A,
    (K, Event.LEAVE): L,
    (K, Event.EXPEL): X,
    (T, Event.TRANSFER_IN): A,
    (T, Event.REJOIN): A,
    (L, Event.TRANSFER_IN): A,
    (L, Event.REJOIN): A,
    (W, Event.TRANSFER_IN): A,
    (W, Event.REJOIN): A,
    (X, Event.REJOIN): A,  # an expelled member comes back only by joining anew
}

STATES: list[Status | None] = [None, *Status]


@pytest.mark.parametrize("state,event", list(itertools.product(STATES, Event)),
                         ids=lambda v: getattr(v, "value", str(v)))
def test_every_transition(state: Status | None, event: Event) -> None:
    expected = EXPECTED.get((state, event))
    if expected is not None:
        assert next_status(state, event) == expected
        assert event in allowed_events(state)
    else:
        with pytest.raises(ValueError) as err:
            next_status(state, event)
        assert event.label in str(err.value)
        assert (state.label if state else "未登记") in str(err.value)
        assert event not in allowed_events(state)


def test_status_properties() -> None:
    assert {s for s in Status if s.is_member} == {A, K}
    assert all(s.label and e.label for s, e in zip(Status, Event, strict=False))
    assert REASON_REQUIRED >= {Event.LEAVE, Event.EXPEL, Event.TRANSFER_OUT}


TODAY = dt.date(2025, 6, 1)
VALID_ID = "11010519491231002X"  # female, born 1949-12-31


def draft(**kw: object) -> MemberDraft:
    base = {"name": "张三", "id_number": "440304199003070018"}
    return MemberDraft(**{**base, **kw})  # type: ignore[arg-type]


def errors(problems: list) -> list:
    return [p for p in problems if p.severity == "error"]


def warnings(problems: list) -> list:
    return [p for p in problems if p.severity == "warning"]


def test_minimal_valid_member() -> None:
    clean, problems = validate_member(draft(), today=TODAY)
    assert problems == []
    assert clean is not None
    assert clean.name == "张三"
    assert clean.resident_id.gender == "男"
    assert clean.resident_id.birth_date == dt.date(1990, 3, 7)
    assert clean.ethnicity == "汉族"


def test_missing_name_and_bad_id_are_errors_and_nothing_is_returned() -> None:
    clean, problems = validate_member(draft(name="  ", id_number="110105194912310021"), today=TODAY)
    assert clean is None
    fields = {p.field for p in errors(problems)}
    assert fields == {"name", "id_number"}
    messages = [p.text() for p in problems]
    assert any(m.startswith("姓名：") for m in messages)
    assert any(m.startswith("身份证号：") and "校验位" in m for m in messages)


def test_gender_and_birth_date_disagreeing_with_id_are_warnings_and_the_id_wins() -> None:
    clean, problems = validate_member(draft(id_number=VALID_ID, gender="男", birth_date=dt.date(1950, 1, 1)),
                                      today=TODAY)
    assert clean is not None
    assert errors(problems) == []
    assert {p.field for p in warnings(problems)} == {"gender", "birth_date"}
    assert clean.resident_id.gender == "女"
    assert clean.resident_id.birth_date == dt.date(1949, 12, 31)
    assert clean.warnings == warnings(problems)
    assert any("按身份证号取“女”" in p.message for p in problems)


def test_fifteen_digit_id_converted_with_a_warning() -> None:
    clean, problems = validate_member(draft(id_number="110105491231002"), today=TODAY)
    assert clean is not None and clean.resident_id.number == VALID_ID
    assert [p.field for p in warnings(problems)] == ["id_number"]
    assert "110105491231002" in problems[0].message and VALID_ID in problems[0].message


def test_under_sixteen_is_a_warning() -> None:
    first17 = "44030420150101001"
    weights = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
    number = first17 + "10X98765432"[sum(int(c) * w for c, w in zip(first17, weights, strict=True)) % 11]
    clean, problems = validate_member(draft(id_number=number), today=TODAY)
    assert clean is not None
    assert any("未满16周岁" in p.message for p in warnings(problems))


@pytest.mark.parametrize("phone,stored", [
    ("138-0013-8000", "13800138000"),
    ("+86 138 0013 8000", "13800138000"),
    ("0951-6012345", "09516012345"),
    ("１３８００１３８０００", "13800138000"),
])
def test_phone_tidied(phone: str, stored: str) -> None:
    clean, problems = validate_member(draft(phone=phone), today=TODAY)
    assert clean is not None and clean.phone == stored
    assert problems == []


@pytest.mark.parametrize("phone", ["12345", "١٣٨٠٠١٣٨٠٠٠"])  # too short; Arabic-Indic digits
def test_odd_phone_is_a_warning_only(phone: str) -> None:
    clean, problems = validate_member(draft(phone=phone), today=TODAY)
    assert clean is not None
    assert [p.field for p in warnings(problems)] == ["phone"]


@pytest.mark.parametrize("field,value", [
    ("ethnicity", "火星族"),
    ("education", "博士后"),
    ("political_status", "党员"),
    ("household_type", "城市"),
    ("employment_form", "临时工"),
    ("group", "程序员"),
])
def test_values_outside_the_vocabulary_are_errors(field: str, value: str) -> None:
    clean, problems = validate_member(draft(**{field: value}), today=TODAY)
    assert clean is None
    [problem] = errors(problems)
    assert problem.field == field
    assert problem.label == FIELD_LABELS[field]
    assert value in problem.message and "可选" in problem.message


def test_ethnicity_without_zu_is_completed() -> None:
    clean, _ = validate_member(draft(ethnicity="回"), today=TODAY)
    assert clean is not None and clean.ethnicity == "回族"


def test_join_date_checks() -> None:
    _, problems = validate_member(draft(join_date=dt.date(1980, 1, 1)), today=TODAY)
    assert [p.field for p in errors(problems)] == ["join_date"]
    _, problems = validate_member(draft(join_date=TODAY + dt.timedelta(days=1)), today=TODAY)
    assert [p.field for p in errors(problems)] == ["join_date"]
    clean, problems = validate_member(draft(join_date=dt.date(2015, 5, 1)), today=TODAY)
    assert clean is not None and clean.join_date == dt.date(2015, 5, 1) and problems == []


def test_long_values_refused() -> None:
    _, problems = validate_member(draft(name="张" * 41), today=TODAY)
    assert [p.field for p in errors(problems)] == ["name"]
    _, problems = validate_member(draft(card_number="9" * 33), today=TODAY)
    assert [p.field for p in errors(problems)] == ["card_number"]


def test_minority_name_tidied() -> None:
    clean, _ = validate_member(draft(name=" 阿依古丽 • 买买提 "), today=TODAY)
    assert clean is not None and clean.name == "阿依古丽·买买提"


def test_search_key_holds_every_searchable_field() -> None:
    key = search_key("张三", VALID_ID, "138-0013-8000", "C2020001", "zs", "zhangsan")
    for part in ("张三", "zs", "zhangsan", VALID_ID.lower(), "13800138000", "c2020001"):
        assert part in key.split("|")
