"""Cells as spreadsheets hand them over: dates in every spelling, flags, IDs that Excel turned into numbers."""

from __future__ import annotations

import datetime as dt
import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from unionbook.domain.text import clean, halfwidth
from unionbook.exchange.values import CellError, as_text, is_blank, parse_date, parse_flag, parse_id_cell
from unionbook.exchange.vocab import normalise_header, vocabulary


@pytest.mark.parametrize(("raw", "expected"), [
    (dt.date(2019, 3, 5), dt.date(2019, 3, 5)),
    (dt.datetime(2019, 3, 5, 14, 30), dt.date(2019, 3, 5)),
    (43529.0, dt.date(2019, 3, 5)),  # Excel serial number
    (43529.75, dt.date(2019, 3, 5)),  # serial with a time of day
    ("43529", dt.date(2019, 3, 5)),
    ("2019.3.5", dt.date(2019, 3, 5)),
    ("2019/03/05", dt.date(2019, 3, 5)),
    ("2019-03-05", dt.date(2019, 3, 5)),
    ("2019年3月5日", dt.date(2019, 3, 5)),
    ("2019 年 3 月 5 日", dt.date(2019, 3, 5)),
    ("２０１９．３．５", dt.date(2019, 3, 5)),  # full-width digits and dot
    ("2019/3/5 0:00:00", dt.date(2019, 3, 5)),
    ("2019-03-05 00:00:00", dt.date(2019, 3, 5)),
    ("20190305", dt.date(2019, 3, 5)),
    (20190305.0, dt.date(2019, 3, 5)),
])
def test_full_dates(raw: object, expected: dt.date) -> None:
    assert parse_date(raw) == (expected, None)


@pytest.mark.parametrize("raw", ["2019-03", "2019.3", "2019年3月", "201903", 201903.0, "2019/03"])
def test_month_only_is_the_first_with_a_warning(raw: object) -> None:
    day, warning = parse_date(raw)
    assert day == dt.date(2019, 3, 1)
    assert warning is not None and "只到月份" in warning and "2019-03-01" in warning


def test_year_only_and_blank() -> None:
    day, warning = parse_date("2019")
    assert day == dt.date(2019, 1, 1) and warning and "只有年份" in warning
    assert parse_date(None) == (None, None)
    assert parse_date("  ") == (None, None)


@pytest.mark.parametrize(("raw", "fragment"), [
    ("2019-02-30", "不是有效日期"), ("去年三月", "无法识别的日期"), ("3/5/2019", "无法识别的日期"),
    (True, "不是日期"), ("201913", "不是有效日期"), (12.0, "无法识别的日期"),
])
def test_bad_dates_say_what(raw: object, fragment: str) -> None:
    with pytest.raises(CellError, match=fragment):
        parse_date(raw)


@pytest.mark.parametrize("raw", ["是", "√", "✓", "Y", "y", "yes", "1", 1.0, True, "是的", " 是 "])
def test_flag_yes(raw: object) -> None:
    assert parse_flag(raw, vocabulary()) is True


@pytest.mark.parametrize("raw", ["否", "", None, "×", "N", "no", "0", 0.0, False, "无", "  "])
def test_flag_no(raw: object) -> None:
    assert parse_flag(raw, vocabulary()) is False


def test_flag_unknown_is_an_error() -> None:
    with pytest.raises(CellError, match="不是“是/否”"):
        parse_flag("可能", vocabulary())


def test_id_text_kept_and_tidied() -> None:
    assert parse_id_cell(" 110105199003070011 ") == "110105199003070011"
    assert parse_id_cell("'11010519900307001x") == "11010519900307001x"  # the domain check upper-cases
    assert parse_id_cell("１１０１０５１９９００３０７００１１") == "110105199003070011"


def test_fifteen_digit_number_survives() -> None:
    assert parse_id_cell(110105800101011.0) == "110105800101011"


@pytest.mark.parametrize("raw", [1.10105199003070e17, 110105199003070011, "1.10105E+17", "1.101052E+17"])
def test_id_stored_as_number_cannot_be_recovered(raw: object) -> None:
    with pytest.raises(CellError) as err:
        parse_id_cell(raw)
    assert "无法恢复" in str(err.value) and "文本" in str(err.value)


def test_masked_id_refused() -> None:
    with pytest.raises(CellError, match="部分隐藏"):
        parse_id_cell("110105********0011")


def test_as_text_of_numbers_and_dates() -> None:
    assert as_text(13800138000.0) == "13800138000"
    assert as_text(12.5) == "12.5"
    assert as_text(dt.date(2019, 3, 5)) == "2019-03-05"
    assert as_text(dt.datetime(2019, 3, 5)) == "2019-03-05"
    assert as_text(None) == ""


def test_blank_cells() -> None:
    assert is_blank(None) and is_blank("") and is_blank(" \u3000\n") and is_blank("\u200b")
    assert not is_blank(0) and not is_blank("x") and not is_blank(False)


@pytest.mark.parametrize(("header", "field"), [
    ("姓名", "name"), ("名字", "name"), ("会员姓名", "name"), ("姓  名", "name"), ("*姓名", "name"),
    ("身份证号", "id_number"), ("身份证号码", "id_number"), ("公民身份号码", "id_number"),
    ("证件号码", "id_number"), ("身份证号（必填）", "id_number"), ("身份证号\n(18位)", "id_number"),
    ("性别", "gender"), ("民族", "ethnicity"), ("出生日期", "birth_date"), ("出生年月", "birth_date"),
    ("联系电话", "phone"), ("手机", "phone"), ("手机号码", "phone"), ("工作单位", "employer"),
    ("单位名称", "employer"), ("所在单位", "employer"), ("入会时间", "join_date"), ("入会日期", "join_date"),
    ("会员证号", "card_number"), ("会员卡号", "card_number"), ("文化程度", "education"), ("学历", "education"),
    ("政治面貌", "political_status"), ("户籍类型", "household_type"), ("户口性质", "household_type"),
    ("是否农民工", "migrant_worker"), ("农民工（是/否）", "migrant_worker"), ("序号", "_ignore"),
    ("No.", "_ignore"), ("岗位/职务", "job"), ("会籍状态", "status"), ("随便写的", None),
])
def test_header_synonyms(header: str, field: str | None) -> None:
    assert vocabulary().field_of(header) == field


def test_header_normalisation() -> None:
    assert normalise_header(" 身份证号码（18位）：") == "身份证号码"


def test_value_synonyms() -> None:
    v = vocabulary()
    assert v.value_of("education", "本科") == "大学本科"
    assert v.value_of("education", "大专") == "大学专科"
    assert v.value_of("political_status", "党员") == "中共党员"
    assert v.value_of("household_type", "农业") == "农业户口"
    assert v.value_of("group", "外卖骑手") == "网约送餐员"
    assert v.value_of("education", "小学") == "小学"


def _old_clean(text: object) -> str:
    """domain.text.clean as it was before its fast path (the reference)."""
    invisible = dict.fromkeys(map(ord, "\u200b\u200c\u200d\ufeff\u00a0\u3000\t\r\n"), " ")
    if text is None:
        return ""
    s = halfwidth(unicodedata.normalize("NFKC", str(text))).translate(invisible)
    return " ".join(s.split())


@given(st.text(alphabet=st.sampled_from(
    list("张三李·• \t\n\u3000\u00a0\u200b\ufeffＡＢ１２ａx-./年月日") + [chr(c) for c in range(0x20, 0x7f)]
    + ["é", "ﬁ", "①", "Ⅻ", "㈱", "\u2028"]), max_size=20))
def test_clean_fast_path_equals_the_full_normalisation(text: str) -> None:
    assert clean(text) == _old_clean(text)


@given(st.text(max_size=30))
def test_clean_fast_path_equals_the_full_normalisation_any_text(text: str) -> None:
    assert clean(text) == _old_clean(text)
