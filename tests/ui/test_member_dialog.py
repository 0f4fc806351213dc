"""The member editor: a bad ID shows the message and writes nothing; a good one is saved."""

from __future__ import annotations

from unionbook.services.members.records import count_members, get_member
from unionbook.ui.members.member_dialog import MemberDialog, parse_date_text


def test_bad_id_shows_message_and_writes_nothing(qtbot, gui_db):  # type: ignore[no-untyped-def]
    before = count_members(gui_db)
    dialog = MemberDialog(gui_db)
    qtbot.addWidget(dialog)
    dialog.name.setText("测试员")  # QTest can only type ASCII keys
    qtbot.keyClicks(dialog.id_number, "110105194912310021")  # check digit should be X
    assert "校验位" in dialog.derived.text()
    dialog.save()
    assert dialog.message.isVisibleTo(dialog)
    assert "校验位错误" in dialog.message.text() and "X" in dialog.message.text()
    assert dialog.member_id is None
    assert count_members(gui_db) == before


def test_duplicate_id_names_the_holder(qtbot, gui_db):  # type: ignore[no-untyped-def]
    existing = get_member(gui_db, 1)
    dialog = MemberDialog(gui_db)
    qtbot.addWidget(dialog)
    dialog.name.setText("另一个人")
    dialog.id_number.setText(existing.id_number)
    before = count_members(gui_db)
    dialog.save()
    assert existing.name in dialog.message.text()
    assert count_members(gui_db) == before


def test_add_member_derives_gender_and_birth(qtbot, gui_db):  # type: ignore[no-untyped-def]
    dialog = MemberDialog(gui_db)
    qtbot.addWidget(dialog)
    dialog.name.setText("单 小 强")
    dialog.id_number.setText("11010519491231002x")
    assert "女" in dialog.derived.text() and "1949-12-31" in dialog.derived.text()
    dialog.phone.setText("13800138000")
    dialog.join_date.setText("2019.3.5")
    dialog.save()
    assert dialog.member_id is not None, dialog.message.text()
    m = get_member(gui_db, dialog.member_id)
    assert (m.name, m.gender, m.id_number, str(m.join_date)) == ("单小强", "女", "11010519491231002X", "2019-03-05")


def test_edit_shows_whole_id_and_saves(qtbot, gui_db):  # type: ignore[no-untyped-def]
    m = get_member(gui_db, 3)
    dialog = MemberDialog(gui_db, m.id)
    qtbot.addWidget(dialog)
    assert dialog.id_number.text() == m.id_number  # whole in the editor only
    dialog.job.setText("班组长")
    dialog.save()
    assert get_member(gui_db, m.id).job == "班组长"


def test_parse_date_text_forms() -> None:
    assert str(parse_date_text("2019年3月5日")) == "2019-03-05"
    assert str(parse_date_text("20190305")) == "2019-03-05"
    assert parse_date_text("  ") is None


def test_bad_join_date_is_named(qtbot, gui_db):  # type: ignore[no-untyped-def]
    before = count_members(gui_db)
    dialog = MemberDialog(gui_db)
    qtbot.addWidget(dialog)
    dialog.name.setText("王五")
    dialog.id_number.setText("11010519491231002X")
    dialog.join_date.setText("2019.13.45")
    dialog.save()
    assert dialog.message.text().startswith("入会时间：") and "2019.13.45" in dialog.message.text()
    assert count_members(gui_db) == before
