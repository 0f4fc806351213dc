"""Journey: a first-time user creates a union through the wizard and lands in the main window."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot
from ui.journeys.helpers import click_button, find_field, on_next_modal, shoot, type_into

from unionbook.ui.app import Controller

UNION = "某某机械有限公司工会委员会"


def test_create_a_union_through_the_wizard(qtbot: QtBot, fresh_home: Path) -> None:
    app = QApplication.instance()
    controller = Controller(app)  # type: ignore[arg-type]
    shots: list[Path] = []

    def in_wizard(wizard: QWidget) -> None:
        # the founding date is empty until chosen: a default of today would be stored as a fact
        assert find_field(wizard, "成立日期").text() == "未填写"  # type: ignore[attr-defined]
        type_into(wizard, "工会名称", UNION)
        type_into(wizard, "联系人", "王芳")
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
    assert window.db.actor == "王芳"  # 登记人 from now on: the contact person, not the computer's login
    shots.extend(shoot(window, "home-new-union"))
    assert all(p.exists() for p in shots)
