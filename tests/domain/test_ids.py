"""Resident ID (GB 11643-1999) and unified social credit code (GB 32100-2015) checks, with public vectors."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from unionbook.domain.ids import (
    IdNumberError,
    check_uscc,
    convert_15_to_18,
    mask_id_number,
    parse_resident_id,
    uscc_check_char,
)
from unionbook.domain.text import clean

VALID = "11010519491231002X"  # the standard's own example: Beijing Chaoyang, 1949-12-31, female
WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)


def check_char(first17: str) -> str:
    """The check character computed independently of the code under test (GB 11643: ISO 7064 MOD 11-2)."""
    return "10X98765432"[sum(int(c) * w for c, w in zip(first17, WEIGHTS, strict=True)) % 11]


def test_standard_vector_is_valid_and_derives_birth_date_and_gender() -> None:
    rid = parse_resident_id(VALID)
    assert rid.number == VALID
    assert rid.birth_date == dt.date(1949, 12, 31)
    assert rid.gender == "女"  # 17th digit 2 is even
    assert rid.area_code == "110105"
    assert rid.converted_from is None


def test_male_from_odd_sequence_digit() -> None:
    first17 = "44030419900307001"
    assert parse_resident_id(first17 + check_char(first17)).gender == "男"


def test_wrong_check_digit_names_the_expected_one() -> None:
    with pytest.raises(IdNumberError) as err:
        parse_resident_id("110105194912310021")
    assert "校验位" in str(err.value)
    assert "“X”" in str(err.value) and "“1”" in str(err.value)


@pytest.mark.parametrize("date_part", ["19490231", "19491301", "19490000", "18991231"])
def test_bad_or_unreasonable_birth_date_refused(date_part: str) -> None:
    first17 = "110105" + date_part + "002"
    with pytest.raises(IdNumberError) as err:
        parse_resident_id(first17 + check_char(first17))
    assert "出生日期" in str(err.value)


def test_birth_date_in_the_future_refused() -> None:
    first17 = "11010520300101002"
    with pytest.raises(IdNumberError, match="出生日期"):
        parse_resident_id(first17 + check_char(first17), today=dt.date(2025, 1, 1))


def test_fifteen_digit_number_is_converted() -> None:
    rid = parse_resident_id("110105491231002")
    assert rid.number == VALID
    assert rid.converted_from == "110105491231002"
    assert rid.birth_date == dt.date(1949, 12, 31)
    assert convert_15_to_18("110105491231002") == VALID


def test_fifteen_characters_with_letters_refused() -> None:
    with pytest.raises(IdNumberError, match="15位"):
        parse_resident_id("11010549123100X")


@pytest.mark.parametrize("typed", [
    "１１０１０５１９４９１２３１００２Ｘ",  # full-width digits and X
    "11010519491231002x",  # lower-case x
    " 110105 19491231 002X ",  # spaces
    "110105\u300019491231\u3000002X",  # ideographic spaces
    "\ufeff11010519491231002X\n",  # BOM and line break pasted from a spreadsheet
])
def test_messy_input_is_tidied(typed: str) -> None:
    assert parse_resident_id(typed).number == VALID


@pytest.mark.parametrize("typed,fragment", [
    ("", "为空"),
    ("   ", "为空"),
    ("1101051949123100", "18位"),
    ("1101051949123100299", "18位"),
    ("1101051949123100AX", "数字"),
    ("".join(chr(0x660 + int(c)) for c in VALID[:17]) + "X", "数字"),  # Arabic-Indic digits are not ID digits
    ("\U00010a40" * 18, "数字"),  # Kharosthi digits: isdigit() but int() fails
])
def test_malformed_numbers_refused_with_chinese_reason(typed: str, fragment: str) -> None:
    with pytest.raises(IdNumberError) as err:
        parse_resident_id(typed)
    assert fragment in str(err.value)


def test_masking() -> None:
    assert mask_id_number(VALID) == "110105********002X"
    assert parse_resident_id(VALID).masked == "110105********002X"
    assert mask_id_number("") == ""
    assert mask_id_number(None) == ""
    assert mask_id_number("1234") == "****"


# ---- unified social credit code ----

def test_uscc_public_vector_valid_when_not_a_union() -> None:
    check = check_uscc("91350100M000100Y43", expect_union=False)
    assert check.valid and check.message == ""
    assert uscc_check_char("91350100M000100Y4") == "3"


def test_uscc_not_starting_with_81_is_a_warning_for_a_union() -> None:
    check = check_uscc("91350100M000100Y43")
    assert not check.valid
    assert "81" in check.message


def test_uscc_union_code_valid() -> None:
    first17 = "81350100M000100Y4"
    code = first17 + uscc_check_char(first17)
    assert check_uscc(code).valid
    assert check_uscc(" " + code.lower() + " ").code == code


def test_uscc_wrong_check_char_names_the_expected_char() -> None:
    check = check_uscc("91350100M000100Y44", expect_union=False)
    assert not check.valid
    assert "校验位应为“3”" in check.message
    assert "实际为“4”" in check.message


@pytest.mark.parametrize("raw,fragment", [
    ("", "为空"),
    ("9135010", "18位"),
    ("91350100M000100I43", "不允许的字符"),
])
def test_uscc_malformed(raw: str, fragment: str) -> None:
    check = check_uscc(raw)
    assert not check.valid
    assert fragment in check.message


# ---- properties ----

@given(st.text(max_size=40))
def test_parse_never_raises_anything_but_id_number_error(raw: str) -> None:
    try:
        rid = parse_resident_id(raw)
    except IdNumberError:
        return
    assert len(rid.number) == 18 and rid.number.isascii()


@given(st.text(alphabet=st.sampled_from("0123456789Xx ０１２３４５６７８９"), min_size=14, max_size=20))
def test_parse_digit_soup_never_raises_anything_but_id_number_error(raw: str) -> None:
    try:
        parse_resident_id(raw)
    except IdNumberError:
        pass


AREAS = st.sampled_from(["110105", "310101", "440304", "640104", "650102", "510107"])


@given(
    area=AREAS,
    birth=st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2024, 12, 31)),
    seq=st.integers(min_value=0, max_value=999),
)
def test_every_valid_generated_id_round_trips(area: str, birth: dt.date, seq: int) -> None:
    first17 = f"{area}{birth:%Y%m%d}{seq:03d}"
    number = first17 + check_char(first17)
    rid = parse_resident_id(number.lower(), today=dt.date(2025, 1, 1))
    assert rid.number == number
    assert rid.birth_date == birth
    assert rid.gender == ("男" if seq % 2 else "女")
    assert rid.masked == number[:6] + "********" + number[-4:]
    # and any other check character is refused
    for wrong in "0123456789X":
        if wrong != number[17]:
            with pytest.raises(IdNumberError):
                parse_resident_id(first17 + wrong, today=dt.date(2025, 1, 1))
            break


@given(
    area=AREAS,
    birth=st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(1999, 12, 31)),
    seq=st.integers(min_value=0, max_value=999),
)
def test_fifteen_digit_ids_convert_to_the_eighteen_digit_form(area: str, birth: dt.date, seq: int) -> None:
    old = f"{area}{birth:%y%m%d}{seq:03d}"
    rid = parse_resident_id(old)
    first17 = f"{area}{birth:%Y%m%d}{seq:03d}"
    assert rid.number == first17 + check_char(first17)
    assert rid.converted_from == old


@given(st.text(max_size=60))
def test_clean_is_idempotent(raw: str) -> None:
    once = clean(raw)
    assert clean(once) == once
    assert once == once.strip()
    assert "  " not in once
