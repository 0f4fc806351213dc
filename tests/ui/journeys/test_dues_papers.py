"""Journey: the 收支情况表 is rendered by a background operation (the window stays responsive, a progress
dialog with 取消 shows if it takes a while), then a box offers to open the saved file."""

from __future__ import annotations

import subprocess
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QFileDialog, QTabWidget
from ui.journeys.helpers import click_button, on_next_modal

from unionbook.ui.kit.ops import running_jobs


def test_the_year_report_is_rendered_off_the_gui_thread(demo_window, tmp_path: Path,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    window = demo_window
    out = tmp_path / "收支情况表.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *args, **kw: (str(out), "")))
    window.show_area("dues")
    page = window.pages.currentWidget()
    tabs = page.findChild(QTabWidget)
    tabs.setCurrentIndex(next(i for i in range(tabs.count()) if tabs.tabText(i) == "收支账"))
    seen: dict[str, Any] = {}

    def in_box(box: Any) -> None:
        from PySide6.QtWidgets import QLabel

        seen["text"] = " ".join(label.text() for label in box.findChildren(QLabel))
        click_button(box, "关闭")

    step = on_next_modal(in_box, "已保存")  # the box after the job (the progress dialog says 正在生成…)
    click_button(page, "收支情况表")
    seen["job_started"] = bool(running_jobs())  # the click returned while the paper was still being made
    for _ in range(500):
        if step.done or step.errors:
            break
        QTest.qWait(20)
    step.check()
    assert seen["job_started"]
    assert "已保存" in seen["text"] and out.name in seen["text"]
    text = subprocess.run(["pdftotext", "-layout", str(out), "-"], capture_output=True, text=True, check=True).stdout
    assert "收支情况表" in text
