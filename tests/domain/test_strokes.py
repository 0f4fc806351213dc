"""Surname stroke order (姓氏笔画): count first, then the strokes in the order 横竖撇点折."""

from __future__ import annotations

from unionbook.domain.strokes import sort_by_strokes, stroke_count, stroke_key, stroke_sequence


def test_counts_and_sequences() -> None:
    assert (stroke_count("王"), stroke_sequence("王")) == (4, "1121")
    assert (stroke_count("张"), stroke_sequence("张")) == (7, "5153154")
    assert stroke_count("女") == 3 and stroke_sequence("女")[0] == "5"  # 撇点 is a turning stroke
    assert stroke_sequence("水")[0] == "2"  # 竖钩 counts as 竖
    assert stroke_count("A") is None and stroke_sequence("A") == ""


def test_fewer_strokes_first() -> None:
    assert sort_by_strokes(["赵六", "张三", "王五", "丁一"]) == ["丁一", "王五", "张三", "赵六"]


def test_equal_count_by_first_stroke_heng_shu_pie_dian_zhe() -> None:
    # all four strokes: 王 横, 毛 撇, 方 点, 孔 折 (and 邓 折 with a later second stroke)
    assert sort_by_strokes(["邓", "孔", "方", "毛", "王"]) == ["王", "毛", "方", "孔", "邓"]
    # five strokes: 田 starts 竖; 丘 (32121) and 白 (32511) both start 撇 and part at the third stroke
    assert sort_by_strokes(["白", "丘", "田"]) == ["田", "丘", "白"]

def test_same_surname_then_given_name() -> None:
    assert sort_by_strokes(["王大", "王丁", "王一", "王乙"]) == ["王一", "王乙", "王丁", "王大"]
    assert sort_by_strokes(["李明", "李", "李一"]) == ["李", "李一", "李明"]


def test_names_as_typed_and_other_scripts() -> None:
    assert stroke_key("张 三") == stroke_key("张三")
    assert stroke_key("阿依古丽·买买提") == stroke_key("阿依古丽买买提")
    assert sort_by_strokes(["Tom", "王五"]) == ["王五", "Tom"]


def test_sort_records_by_a_key() -> None:
    rows = [{"name": "赵六"}, {"name": "王五"}]
    assert sort_by_strokes(rows, key=lambda r: r["name"]) == [{"name": "王五"}, {"name": "赵六"}]


def test_characters_without_a_sequence_follow_those_with_one() -> None:
    # 㐀 (Extension A) has a count of 5 but no stroke sequence in the data
    assert stroke_count("㐀") == 5 and stroke_sequence("㐀") == ""
    assert sort_by_strokes(["㐀", "白", "田", "丘", "丁"]) == ["丁", "田", "丘", "白", "㐀"]
