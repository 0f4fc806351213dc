"""A CSV saved in GBK with one name pasted in as UTF-8 decodes as GB18030 "without error" into mojibake: it is
detected and refused, the message showing both readings of the line, so the user can fix the file."""

from __future__ import annotations

from pathlib import Path

import pytest

from unionbook.exchange.reader import ImportFileError, decode_csv, read_sheet

HEADER = "姓名,身份证号码\r\n"


def test_a_gbk_file_with_one_utf8_line_is_refused_showing_both_readings(tmp_path: Path) -> None:
    data = (HEADER + "张三,110105199003071234\r\n").encode("gbk") + "欧阳娜,11010519900307124X\r\n".encode() \
        + "李四,110105199003071250\r\n".encode("gbk")
    path = tmp_path / "名单.csv"
    path.write_bytes(data)
    with pytest.raises(ImportFileError) as err:
        read_sheet(path)
    message = err.value.message
    assert "名单.csv" in message and "第3行" in message
    assert "欧阳娜" in message  # the UTF-8 reading
    assert "欧阳娜,11010519900307124X".encode().decode("gb18030", errors="replace") in message  # GBK reading
    assert err.value.details["lines"] == [3]


def test_plain_gbk_and_plain_utf8_still_read(tmp_path: Path) -> None:
    text = HEADER + "欧阳娜,11010519900307124X\r\n"
    assert decode_csv(text.encode("gbk"), "a.csv") == (text, "gb18030")
    assert decode_csv(text.encode("utf-8"), "a.csv") == (text, "utf-8")


def test_a_utf8_file_with_one_gbk_line_is_refused_too(tmp_path: Path) -> None:
    data = (HEADER + "张三,110105199003071234\r\n").encode("utf-8") + "欧阳娜,11010519900307124X\r\n".encode("gbk")
    with pytest.raises(ImportFileError, match="第3行"):
        decode_csv(data, "b.csv")


# ---- the choice: the file is read as the user says, and only then ----

MIXED = (HEADER + "张三,110105199003071234\r\n").encode("gbk") + "欧阳娜,11010519900307124X\r\n".encode() \
    + "李四,110105199003071250\r\n".encode("gbk")


def test_the_refusal_is_a_choice_with_its_evidence() -> None:
    from unionbook.exchange.reader import ENCODING_CHOICES, MixedEncodingError

    with pytest.raises(MixedEncodingError) as err:
        decode_csv(MIXED, "名单.csv")
    assert err.value.code == "mixed_encoding"
    details = err.value.details
    assert list(ENCODING_CHOICES) == ["gb18030", "utf-8", "auto-lines"]
    # review item 8: only the readings that get through every line are offered; the others say why not
    assert details["choices"] == ["auto-lines"]
    assert details["unusable"] == {"gb18030": "第3行不是有效的 GBK/GB18030 文字",
                                   "utf-8": "第1行不是有效的 UTF-8 文字"}
    assert "请选择读法，可选：“逐行自动”（每一行按它有效的编码读取）（整个文件按 GB18030 读不通，第3行不是有效的 GBK/GB18030 文字；" \
           "整个文件按 UTF-8 读不通，第1行不是有效的 UTF-8 文字）" in err.value.message
    assert details["majority"] == "gb18030" and details["lines"] == [3]
    sample = details["samples"][0]
    assert sample["line"] == 3 and sample["utf-8"] == "欧阳娜,11010519900307124X"
    assert sample["gb18030"] == "欧阳娜,11010519900307124X".encode().decode("gb18030", errors="replace")
    assert "选择" in err.value.message


def test_auto_lines_reads_each_line_as_what_it_validly_is() -> None:
    text, encoding = decode_csv(MIXED, "名单.csv", "auto-lines")
    assert encoding == "auto-lines"
    assert text == HEADER + "张三,110105199003071234\r\n欧阳娜,11010519900307124X\r\n李四,110105199003071250\r\n"


# GBK bytes that are also valid UTF-8 (it reads "뾷ᶡ"): the file is all GBK, only the choice says so
LOOKS_UTF8 = (HEADER + "张三,110105199003071234\r\n刖丰丁,11010519900307124X\r\n").encode("gbk")


def test_a_whole_file_choice_reads_it_that_way_or_names_the_line_it_cannot() -> None:
    from unionbook.exchange.reader import MixedEncodingError

    with pytest.raises(MixedEncodingError) as err:
        decode_csv(LOOKS_UTF8, "名单.csv")
    assert err.value.details["choices"] == ["gb18030", "auto-lines"]
    assert err.value.details["unusable"] == {"utf-8": "第1行不是有效的 UTF-8 文字"}
    assert decode_csv(LOOKS_UTF8, "名单.csv", "gb18030") == (LOOKS_UTF8.decode("gbk"), "gb18030")
    assert "刖丰丁" not in decode_csv(LOOKS_UTF8, "名单.csv", "auto-lines")[0]  # line by line: the wrong answer here
    with pytest.raises(ImportFileError, match="第1行不是有效的 UTF-8"):
        decode_csv(MIXED, "名单.csv", "utf-8")  # the GBK lines are not UTF-8: named, not turned into �
    with pytest.raises(ImportFileError, match="第3行不是有效的 GBK"):
        decode_csv(MIXED, "名单.csv", "gb18030")


def test_read_sheet_takes_the_choice(tmp_path: Path) -> None:
    path = tmp_path / "名单.csv"
    path.write_bytes(MIXED)
    sheet = read_sheet(path, encoding="auto-lines")
    assert sheet.rows[2] == ["欧阳娜", "11010519900307124X"] and sheet.encoding == "auto-lines"


def test_read_as_chosen_the_sheet_names_the_rows_that_were_in_doubt(tmp_path: Path) -> None:
    path = tmp_path / "名单.csv"
    path.write_bytes(MIXED)
    assert read_sheet(path, encoding="auto-lines").doubtful_rows == [3]
    assert read_sheet(path, encoding="auto-lines").rows[2][0] == "欧阳娜"
