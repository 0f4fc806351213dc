"""Journey: a union registers its upper union and sends its annual package from the 上报与接收 page; the upper
union drops that file and a damaged copy on its receiving page and sees one imported, one refused."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QDialog,
    QFileDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QWidget,
)
from ui.journeys.helpers import find_button, on_next_modal

from unionbook.services.bundles import keys as keyring
from unionbook.services.union.profile import UnionInput, save_profile
from unionbook.store import Database
from unionbook.ui.main_window import MainWindow

REAL_EXEC = QDialog.exec  # tests/ui/conftest.py forbids modal dialogs; this journey runs one on purpose


def table_rows(table: QTableWidget) -> list[list[str]]:
    return [[table.item(r, c).text() if table.item(r, c) else "" for c in range(table.columnCount())]
            for r in range(table.rowCount())]


@pytest.fixture
def two_unions(tmp_path: Path, empty_template: Path):  # type: ignore[no-untyped-def]
    dbs = {}
    for key, name in (("a", "甲公司工会"), ("up", "某镇总工会")):
        shutil.copyfile(empty_template, tmp_path / f"{key}.sqlite")
        dbs[key] = Database.open(tmp_path / f"{key}.sqlite")
        save_profile(dbs[key], UnionInput(name=name, employees=30))
    yield dbs
    for db in dbs.values():
        db.close()


def open_page(qtbot, db: Database) -> MainWindow:  # type: ignore[no-untyped-def]
    window = MainWindow(db)
    qtbot.addWidget(window)
    window.show()
    titles = [window.nav.item(i).text() for i in range(window.nav.count())]
    window.nav.setCurrentRow(titles.index("上报与接收"))
    return window


def test_send_the_annual_package_and_receive_it(qtbot, two_unions, tmp_path, monkeypatch, message_boxes) -> None:
    a, up = two_unions["a"], two_unions["up"]
    keyring.export_card(up, tmp_path / "up.key")
    keyring.export_card(a, tmp_path / "a.key")
    keyring.add_subunit(up, "甲公司工会", "", tmp_path / "a.key")

    window = open_page(qtbot, a)
    page = window.pages.currentWidget()
    page.tabs.setCurrentIndex(3)
    assert page.fingerprint.isVisible() and page.fingerprint.text() == keyring.show_keys(a).fingerprint

    # register the upper union: choose its key file, compare the fingerprint, tick, 登记
    page.tabs.setCurrentIndex(0)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(tmp_path / "up.key"), ""))

    def register(dialog: QDialog) -> None:
        find_button(dialog, "选择对方的公钥文件…").click()
        assert keyring.read_card(tmp_path / "up.key").fingerprint in [
            w.text() for w in dialog.findChildren(type(page.upper_label))]
        ok = next(b for b in dialog.findChildren(QPushButton) if b.text() == "登记")
        assert not ok.isEnabled()  # not before the fingerprint was compared
        dialog.findChild(QCheckBox).click()
        assert next(e for e in dialog.findChildren(QLineEdit) if e.accessibleName() == "工会名称").text() == "某镇总工会"
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)

    monkeypatch.setattr(QDialog, "exec", REAL_EXEC)
    step = on_next_modal(register, "登记上级工会")
    qtbot.mouseClick(find_button(page, "登记上级工会…"), Qt.MouseButton.LeftButton)
    step.check()
    assert "收件方：某镇总工会" in page.upper_label.text()

    out = tmp_path / "甲-年度.ubx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    qtbot.mouseClick(find_button(page, "生成年度报告包…"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(message_boxes), timeout=20000)  # it runs in the background
    kind, title, said = message_boxes[-1]
    assert out.is_file() and (kind, title) == ("information", "年度报告包") and "封面" in said
    assert table_rows(page.sent)[0][1:3] == ["年度报告包", str(dt.date.today().year)]

    damaged = tmp_path / "damaged.ubx"
    data = bytearray(out.read_bytes())
    data[-10] ^= 1
    damaged.write_bytes(bytes(data))

    receiver = open_page(qtbot, up)
    rpage = receiver.pages.currentWidget()
    rpage.tabs.setCurrentIndex(1)
    zone = rpage.findChild(QWidget, "dropZone")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(out)), QUrl.fromLocalFile(str(damaged))])
    # a drag enters the zone, then the files are dropped: what a file manager's drag sends
    enter = QDragEnterEvent(QPoint(10, 10), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                            Qt.KeyboardModifier.NoModifier)
    drop = QDropEvent(QPointF(QPoint(10, 10)), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                      Qt.KeyboardModifier.NoModifier)
    assert QApplication.sendEvent(zone, enter) and enter.isAccepted()
    QApplication.sendEvent(zone, drop)
    qtbot.waitUntil(lambda: rpage.results.rowCount() == 2, timeout=20000)
    rows = table_rows(rpage.results)
    assert [r[:3] for r in rows] == [["甲-年度.ubx", "甲公司工会", "已导入"], ["damaged.ubx", "", "拒绝"]]
    assert "损坏" in rows[1][3] or "改动" in rows[1][3]
    rpage.tabs.setCurrentIndex(2)
    qtbot.waitUntil(lambda: table_rows(rpage.subunits)[0][6] == "已上报", timeout=5000)
    assert table_rows(rpage.subunits)[0][:3] == ["甲公司工会", "", "0"]
    assert table_rows(rpage.subunits)[0][6] == "已上报"


def test_after_a_transfer_out_the_slip_is_offered_and_written(qtbot, two_unions, tmp_path, monkeypatch,
                                                             message_boxes) -> None:
    from unionbook.domain.member import Event, MemberDraft
    from unionbook.services.bundles.receipts import transfer_state
    from unionbook.services.members import records

    a, up = two_unions["a"], two_unions["up"]
    keyring.export_card(up, tmp_path / "b.key")
    member = records.add_member(a, MemberDraft(name="王五", id_number="110105198604040046")).member_id
    records.set_status(a, member, records.StatusChange(Event.TRANSFER_OUT, dt.date.today(), other_union="某镇总工会", reason="调动"))
    window = MainWindow(a)
    qtbot.addWidget(window)
    monkeypatch.setattr(QMessageBox, "question", staticmethod(
        lambda _p, title, text, *a, **k: message_boxes.append(("question", title, text)) or (
            QMessageBox.StandardButton.Yes if title == "会籍接转单" else QMessageBox.StandardButton.No)))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(tmp_path / "b.key"), ""))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(tmp_path / "slip.ubx"), ""))
    window.offer_transfer_letter(member)
    assert [m[1] for m in message_boxes] == ["转出", "会籍接转单", "会籍接转单"]
    assert "王五" in message_boxes[1][2] and "某镇总工会" in message_boxes[1][2]
    assert (tmp_path / "slip.ubx").is_file()
    assert transfer_state(a, member) == "已转出（待对方接收）"


def test_the_send_tab_checks_by_itself_and_says_the_missing_upper_union_blocks_the_package(
        qtbot, two_unions, tmp_path, message_boxes) -> None:
    """Review 2, items 4 and 9: the checks are there without clicking 检查是否齐全, and the missing upper union
    is not among the checks that 'do not affect generating': it blocks, and the button says so."""
    from unionbook.ui.kit.ops import announce

    a, up = two_unions["a"], two_unions["up"]
    window = open_page(qtbot, a)
    page = window.pages.currentWidget()
    checks = next(w for w in page.findChildren(QWidget) if w.accessibleName() == "上报前检查")
    qtbot.waitUntil(lambda: checks.count() > 0, timeout=10000)  # nobody clicked 检查是否齐全
    listed = [checks.item(i).text() for i in range(checks.count())]
    assert not any("上级工会" in line for line in listed)
    blocking = next(w for w in page.findChildren(QLabel) if w.accessibleName() == "不能生成的原因")
    assert blocking.isVisible() and "尚未登记上级工会" in blocking.text()
    button = find_button(page, "生成年度报告包…")
    assert not button.isEnabled() and "登记上级工会" in button.toolTip()
    page.grab().save(str(tmp_path / "blocked.png"))

    keyring.export_card(up, tmp_path / "up.key")
    keyring.set_upper(a, "某镇总工会", tmp_path / "up.key")
    announce({"correspondent"})  # as the register dialog's operation announces it
    qtbot.waitUntil(lambda: button.isEnabled(), timeout=5000)
    assert not blocking.isVisible()
