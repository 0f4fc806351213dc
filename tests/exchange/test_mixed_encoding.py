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
