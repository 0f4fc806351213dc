"""The room's particulars (书屋设置) and the standard check: which conditions of the level are met or missing and
by how much, 待核实 where the thresholds are unconfirmed; the annual package carries the same."""

from __future__ import annotations

import pytest

from unionbook.errors import ValidationError
from unionbook.services.library.catalogue import TitleDraft, add_title
from unionbook.services.library.figures import figures
from unionbook.services.library.report import annual_report
from unionbook.services.library.room import Room, get_room, set_room
from unionbook.store import Database


def by_key(f: object) -> dict[str, tuple[object, bool, object]]:
    return {c.key: (c.actual, c.met, c.short_by) for c in f.check.conditions}  # type: ignore[attr-defined]


def test_nothing_entered_every_condition_of_the_level_is_missing(union_db: Database) -> None:
    add_title(union_db, TitleDraft(title="乡土中国", copies=500))
    add_title(union_db, TitleDraft(title="平凡的世界", copies=20))
    f = figures(union_db, 2026, level="city_example")
    assert by_key(f) == {"volumes": (520, True, 0), "area_m2": (None, False, None), "periodicals": (None, False, None),
                         "staff": (None, False, None), "lending_rules": (None, False, None)}
    assert not f.check.met and f.check.volumes_met  # enough books is not the whole standard
    assert [c.message for c in f.check.missing][0] == "面积：未填写，要求不少于 30 平方米，未达到"
    national = figures(union_db, 2026, level="national")
    assert [c.key for c in national.check.conditions] == ["volumes", "staff", "digital_platform", "lending_rules"]
    assert national.check.short_by == 2480 and national.check.standard.confidence == "R" and national.check.standard.confidence_label == "待核实"


def test_room_entered_conditions_met_or_short_by_how_much(union_db: Database) -> None:
    add_title(union_db, TitleDraft(title="乡土中国", copies=500))
    add_title(union_db, TitleDraft(title="平凡的世界", copies=20))
    room = set_room(union_db, area_m2="25", staff="张三、李四", opening_hours="周一至周五 12:00–13:30",
                    periodicals="3", digital_platform="电子职工书屋", lending_rules="一、凡本单位会员均可借阅……")
    assert room == Room(25, "张三、李四", "周一至周五 12:00–13:30", 3, "电子职工书屋", "一、凡本单位会员均可借阅……")
    assert room.staff_count == 2
    f = figures(union_db, 2026, level="city_example")
    assert by_key(f) == {"volumes": (520, True, 0), "area_m2": (25, False, 5), "periodicals": (3, False, 2),
                         "staff": (2, True, 0), "lending_rules": ("已制定", True, None)}
    assert [c.message for c in f.check.missing] == ["面积：25 平方米，要求不少于 30 平方米，差 5 平方米",
                                                    "订阅期刊：3 种，要求不少于 5 种，差 2 种"]
    set_room(union_db, area_m2=40, periodicals="6种")
    assert figures(union_db, 2026, level="city_example").check.met
    assert get_room(union_db).staff == "张三、李四"  # what was not given stays
    set_room(union_db, staff="")
    assert not figures(union_db, 2026, level="city_example").check.met


def test_bad_values_refused_naming_the_field_and_nothing_written(union_db: Database) -> None:
    set_room(union_db, area_m2="30")
    with pytest.raises(ValidationError) as err:
        set_room(union_db, area_m2="25.5", periodicals="很多", staff="王五")
    assert [(p.label, p.message) for p in err.value.problems] == [
        ("面积（平方米）", "“25.5”请填整数"), ("订阅期刊（种）", "“很多”不是数字")]
    assert get_room(union_db) == Room(area_m2=30)
    with pytest.raises(ValidationError, match="没有“colour”"):
        set_room(union_db, colour="red")


def test_annual_package_says_what_is_missing(union_db: Database) -> None:
    add_title(union_db, TitleDraft(title="乡土中国", copies=10))
    set_room(union_db, staff="张三")
    report = annual_report(union_db, 2026)
    standard = report.parts["library/figures.json"]["standard"]
    assert standard["met"] is False and standard["volumes_met"] is False
    assert [c["key"] for c in standard["conditions"] if not c["met"]] == ["volumes", "digital_platform",
                                                                          "lending_rules"]
    assert report.missing == ["职工书屋数字阅读平台未填写（书屋设置）", "职工书屋借阅制度未填写（书屋设置）"]
    assert "差 2990 册" in report.lines[0] and "待核实" in report.lines[0]


def test_each_level_says_which_items_it_checks() -> None:
    """Review item 20: the dialog said 逐项比对以上各项, but a level checks only what it names."""
    from unionbook.services.library.figures import standard

    national, city = standard("national"), standard("city_example")
    assert national.checked_items == ["藏书", "管理员", "数字阅读平台", "借阅制度"]
    assert national.unchecked_items == ["面积", "订阅期刊", "开放时间"]
    assert city.checked_items == ["藏书", "面积", "订阅期刊", "管理员", "借阅制度"]
    assert city.unchecked_items == ["数字阅读平台", "开放时间"]
    assert national.scope == ("按“全国工会职工书屋（全总命名）”检查：藏书、管理员、数字阅读平台、借阅制度；"
                              "面积、订阅期刊、开放时间该标准不要求，只作记录。未填写的项按未达到计。")
