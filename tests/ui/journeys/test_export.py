"""Journey: export the roster to Excel; it is offered in the user's 文档 folder and the done box opens it."""

from __future__ import annotations

from pathlib import Path

import openpyxl
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QWidget
from ui.journeys.helpers import click_button, find_button, find_field, on_next_modal, press, type_into

from unionbook.domain.member import Status
from unionbook.services.members.records import count_members
from unionbook.services.members.roster import RosterQuery
from unionbook.ui.kit.files import documents_dir


def test_export_roster_to_documents_and_open_it(qtbot, demo_window, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    window = demo_window
    window.show_area("members")
    target = tmp_path / "名册.xlsx"
    seen: dict[str, object] = {}

    def done_box(box: QWidget) -> None:
        seen["done"] = [b.text() for b in box.findChildren(type(find_button(box, "关闭")))]
        click_button(box, "关闭")

    def in_options(dialog: QWidget) -> None:
        field = find_field(dialog, "导出到")
        assert isinstance(field, QLineEdit)
        seen["default"] = Path(field.text()).parent
        type_into(dialog, "导出到", str(target))
        seen["step"] = on_next_modal(done_box, "导出会员名册")
        click_button(dialog, "导出")

    step = on_next_modal(in_options, "导出会员名册")
    press(window.roster.table, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    step.check()
    assert seen["default"] == documents_dir()  # not the hidden app-data folder
    done = seen["step"]  # the export runs in the background; the box comes when it is finished
    qtbot.waitUntil(lambda: done.done or bool(done.errors), timeout=20_000)  # type: ignore[attr-defined]
    done.check()  # type: ignore[attr-defined]
    assert {"打开文件", "打开所在文件夹", "关闭"} <= set(seen["done"])  # type: ignore[arg-type]
    rows = list(openpyxl.load_workbook(target).active.iter_rows(values_only=True))
    assert len(rows) - 3 == count_members(window.db, RosterQuery(statuses=(Status.ACTIVE, Status.KEPT)))
