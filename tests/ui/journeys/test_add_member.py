"""Journeys: adding a member by keyboard alone; Esc never throws typed work away without asking."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QGroupBox, QWidget
from ui.journeys.helpers import answer, find_field, on_next_modal, press, shoot, type_text

BAD_ID = "110105194912310021"  # check digit should be X
GOOD_ID = "11010519491231002X"


def focused() -> QWidget:
    w = QApplication.focusWidget()
    assert w is not None
    return w


def test_add_a_member_by_keyboard_bad_id_then_good(main_window) -> None:  # type: ignore[no-untyped-def]
    seen: dict[str, object] = {}

    def in_editor(dialog: QWidget) -> None:
        assert focused().accessibleName() == "姓名", (focused(), focused().objectName(), QApplication.activeWindow())
        type_text(focused(), "张三")
        press(focused(), Qt.Key.Key_Return)  # Enter moves on, in the paper form's order
        assert focused().accessibleName() == "身份证号"
        type_text(focused(), BAD_ID)
        QApplication.processEvents()
        columns = [g.geometry() for g in dialog.findChildren(QGroupBox)]
        press(focused(), Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
        message = dialog.findChild(QWidget, "formMessage")
        seen["error"] = message.text()  # type: ignore[attr-defined]
        QApplication.processEvents()
        seen["jumped"] = [g.geometry() for g in dialog.findChildren(QGroupBox)] != columns
        seen["shots"] = shoot(dialog, "member-editor-error")
        assert focused().accessibleName() == "身份证号"  # the error put the cursor where the fault is
        press(focused(), Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        type_text(focused(), GOOD_ID)
        seen["after_fix"] = message.text()  # type: ignore[attr-defined]
        press(focused(), Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)

    step = on_next_modal(in_editor, "新增会员")
    press(main_window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    step.check()

    assert "身份证号" in str(seen["error"]) and "校验" in str(seen["error"])
    assert seen["jumped"] is False, "the fields moved when the error appeared"
    assert seen["after_fix"] == "", "the error stayed after the ID was corrected"
    assert QApplication.activeModalWidget() is None
    roster = main_window.roster
    assert roster.isVisible() and roster.model.rowCount() == 1
    assert roster.model.index(0, 0).data() == "张三"
    shoot(main_window, "roster-one-member")


def test_esc_asks_before_throwing_typed_work_away(main_window) -> None:  # type: ignore[no-untyped-def]
    seen: dict[str, object] = {}

    def in_editor(dialog: QWidget) -> None:
        name = find_field(dialog, "姓名")
        type_text(name, "李四")
        keep = answer("取消", "放弃未保存的修改")
        press(name, Qt.Key.Key_Escape)
        keep.check()
        seen["still_open"] = dialog.isVisible()
        seen["name"] = find_field(dialog, "姓名").text()  # type: ignore[attr-defined]
        drop = answer("丢弃", "放弃未保存的修改")
        press(name, Qt.Key.Key_Escape)
        drop.check()

    step = on_next_modal(in_editor, "新增会员")
    press(main_window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    step.check()
    assert seen == {"still_open": True, "name": "李四"}
    assert QApplication.activeModalWidget() is None
    assert main_window.roster.model.rowCount() == 0
