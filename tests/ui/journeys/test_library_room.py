"""Journey: 书屋设置 from the reading room's 统计 tab, with the dialog's own loop, and the standard check that
follows it (which conditions of the level are met or short, and by how much)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel
from ui.test_library_page import SHOTS, _empty_reading_room, named, tab  # noqa: F401  (the fixture)

from unionbook.services.library.catalogue import TitleDraft, add_title
from unionbook.store import Database
from unionbook.ui.library.page import LibraryPage


def test_room_settings_dialog_and_the_standard_check(qtbot, gui_db: Database) -> None:  # type: ignore[no-untyped-def]
    """书屋设置 from the 统计 tab, with the dialog's own loop: a wrong area is refused inside the dialog, a right
    one is saved and the check says by how much the room is short."""
    from PySide6.QtWidgets import QApplication, QComboBox, QPlainTextEdit, QPushButton
    from ui.journeys.helpers import click_button, on_next_modal, type_into

    from unionbook.services.library.figures import set_level
    from unionbook.services.library.room import get_room

    set_level(gui_db, "city_example")
    add_title(gui_db, TitleDraft(title="乡土中国", copies=500))
    page = LibraryPage(gui_db)
    qtbot.addWidget(page)
    page.resize(1200, 720)
    page.show()
    tab(page, "统计")
    standard = named(page, QLabel, "达标情况")
    assert "面积：42 平方米" in standard.text()
    assert named(page, QComboBox, "衡量标准").currentText().startswith("市级职工书屋")
    seen: dict[str, str] = {}

    def in_dialog(dialog) -> None:  # type: ignore[no-untyped-def]
        # review item 20: the note names what the chosen level checks, not “以上各项”
        seen["note"] = " ".join(label.text() for label in dialog.findChildren(QLabel) if label.isVisible())
        type_into(dialog, "面积（平方米）", "二十五")
        click_button(dialog, "保存")
        seen["refused"] = named(dialog, QLabel, "设置提示").text()
        seen["still_open"] = str(dialog.isVisible())
        type_into(dialog, "面积（平方米）", "25")
        type_into(dialog, "订阅期刊（种）", "3")
        type_into(dialog, "数字阅读平台", "")
        rules = named(dialog, QPlainTextEdit, "借阅制度")
        assert "借阅制度" in rules.toPlainText()
        SHOTS.mkdir(parents=True, exist_ok=True)
        dialog.grab().save(str(SHOTS / "library-room-dialog.png"))
        click_button(dialog, "保存")

    step = on_next_modal(in_dialog, "书屋设置")
    [button] = [b for b in page.findChildren(QPushButton) if b.text() == "书屋设置…"]
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    step.check()
    assert "按“市级职工书屋（锦州 2019 示例）”检查：藏书、面积、订阅期刊、管理员、借阅制度；" \
           "数字阅读平台、开放时间该标准不要求，只作记录。" in seen["note"] and "以上各项" not in seen["note"]
    assert "面积（平方米）" in seen["refused"] and "不是数字" in seen["refused"] and seen["still_open"] == "True"
    assert QApplication.activeModalWidget() is None
    room = get_room(gui_db)
    assert (room.area_m2, room.periodicals, room.digital_platform) == (25, 3, "")
    text = standard.text()
    assert "<b>未达到" in text
    assert "面积：25 平方米，要求不少于 30 平方米，差 5 平方米" in text
    assert "订阅期刊：3 种，要求不少于 5 种，差 2 种" in text
    assert "藏书：500 册，要求不少于 500 册，达到" in text
    qtbot.waitUntil(lambda: standard.height() >= standard.sizeHint().height())
    # the 读书活动 row: each box has a visible label beside it (review item 20)
    from PySide6.QtWidgets import QLineEdit, QSpinBox

    beside = {label.buddy(): label.text() for label in page.findChildren(QLabel) if label.buddy() and label.isVisible()}
    assert beside.get(named(page, QLineEdit, "活动名称")) == "名称"
    assert beside.get(named(page, QSpinBox, "参加人数")) == "人数"
    page.grab().save(str(SHOTS / "library-figures-standard.png"))
