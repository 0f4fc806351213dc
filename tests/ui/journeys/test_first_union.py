"""Journey: a first-time user creates a union through the wizard and lands in the main window."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QApplication, QLabel, QWidget
from pytestqt.qtbot import QtBot
from ui.journeys.helpers import choose, click_button, find_field, on_next_modal, shoot, type_into

from unionbook.ui.app import Controller

UNION = "某某机械有限公司工会委员会"


def test_create_a_union_through_the_wizard(qtbot: QtBot, fresh_home: Path) -> None:
    app = QApplication.instance()
    controller = Controller(app)  # type: ignore[arg-type]
    shots: list[Path] = []

    def in_wizard(wizard: QWidget) -> None:
        # the founding date is empty until chosen: a default of today would be stored as a fact
        assert find_field(wizard, "成立日期").text() == "未填写"  # type: ignore[attr-defined]
        # review 2 item 10: the union's kind is a choice the user makes, and an unknown headcount is not 0
        kind = find_field(wizard, "工会类型")
        assert kind.currentText() == "" and kind.placeholderText() == "请选择"  # type: ignore[attr-defined]
        assert find_field(wizard, "职工人数").text() == "未填写"  # type: ignore[attr-defined]
        type_into(wizard, "工会名称", UNION)
        type_into(wizard, "联系人", "王芳")
        click_button(wizard, "下一步")
        message = next(w for w in wizard.findChildren(QLabel) if w.objectName() == "formMessage" and w.isVisible())
        assert "工会类型" in message.text() and "请选择" in message.text()
        shots.extend(shoot(wizard, "wizard-union-no-kind"))
        choose(kind, "乡镇（街道）工会")  # type: ignore[arg-type]
        shots.extend(shoot(wizard, "wizard-union"))
        click_button(wizard, "下一步")
        shots.extend(shoot(wizard, "wizard-file"))
        click_button(wizard, "完成")

    def in_welcome(welcome: QWidget) -> None:
        shots.extend(shoot(welcome, "welcome"))
        step = on_next_modal(in_wizard, "新建工会")
        click_button(welcome, "新建工会")
        step.check()

    welcome_step = on_next_modal(in_welcome, "欢迎使用工会台账")
    assert controller.open(None)
    welcome_step.check()

    window = controller.window
    assert window is not None and window.isVisible()
    qtbot.addWidget(window)
    assert UNION in window.windowTitle()
    assert QApplication.activeModalWidget() is None  # the wizard closed
    # the file is where the wizard said, with the union in it, and no founding date was invented
    from unionbook.services.union.profile import get_profile

    assert (fresh_home / "unionbook.sqlite").exists()
    profile = get_profile(window.db)
    assert profile.name == UNION and profile.founding_date is None
    assert (profile.kind, profile.employees) == ("township", 0)
    window.show()
    qtbot.waitUntil(lambda: "职工人数" in window.home.profile.text(), timeout=5000)
    assert "职工人数：未填　" in window.home.profile.text()
    assert window.db.actor == "王芳"  # 登记人 from now on: the contact person, not the computer's login
    shots.extend(shoot(window, "home-new-union"))
    assert all(p.exists() for p in shots)
