"""The main window: navigation on the left, one page per area, menus with a shortcut for every common action."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

from PySide6.QtCore import QCoreApplication, QSize, QUrl, Signal
from PySide6.QtGui import QAction, QCloseEvent, QDesktopServices, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMenu,
    QMessageBox,
    QStackedWidget,
    QWidget,
)

from unionbook import __version__
from unionbook.areas import CONTEXT, pages
from unionbook.domain.member import Event
from unionbook.errors import UnionBookError
from unionbook.services.forms.catalog import list_forms
from unionbook.services.union import backups
from unionbook.services.union.profile_view import get_profile
from unionbook.services.union.session import operator_for, remember_operator
from unionbook.store import Database
from unionbook.ui.kit.common import show_error
from unionbook.ui.kit.ops import EVERYTHING, announce, changes, run_op, stop_all_jobs
from unionbook.ui.kit.pages import AreaPage, PageMap, load_page
from unionbook.ui.kit.screen import available_size, window_size

if TYPE_CHECKING:
    from unionbook.ui.home.page import HomePage
    from unionbook.ui.members.roster_page import RosterPage


class MainWindow(QMainWindow):
    open_requested = Signal(object)  # a Path, or None for the welcome dialog

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        db.actor = operator_for(db)  # 登记人 in every record made from this window
        self.setObjectName("mainWindow")
        self.resize(window_size(QSize(1280, 800), available_size(self)))
        self.setMinimumSize(QSize(960, 600))

        self.nav = QListWidget()
        self.nav.setObjectName("nav")
        self.nav.setFixedWidth(168)
        self.pages = QStackedWidget()
        # one page per area with a page, in the registry's order (unionbook/areas.py); a page is built when it is
        # first shown (or asked for), so that starting the window builds the home page only
        self._areas = {area.key: area for area in pages()}
        self._built: dict[str, QWidget] = {}
        self.area_pages = PageMap(list(self._areas), self.page)
        for area in self._areas.values():
            self._add_page(QCoreApplication.translate(CONTEXT, area.title), QWidget())
        self.home = cast("HomePage", self.page("home"))
        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.nav)
        layout.addWidget(self.pages, 1)
        self.setCentralWidget(central)
        self.nav.currentRowChanged.connect(self._switch_page)
        self.nav.setCurrentRow(0)

        self.status_label = QLabel()
        self.statusBar().addWidget(self.status_label, 1)
        self._build_menus()
        self.home.add_member_requested.connect(self.add_member)
        self.home.import_requested.connect(self.import_roster)
        self._refresh_title()
        self._update_actions()
        changes().changed.connect(self._on_changed)

    # ---- construction ----

    def page(self, key: str) -> QWidget:
        """The area's page, built now if it was not yet."""
        found = self._built.get(key)
        if found is not None:
            return found
        page = load_page(self._areas[key], self.db)
        index = list(self._areas).index(key)
        placeholder = self.pages.widget(index)
        self._built[key] = page
        current = self.pages.currentIndex()
        self.pages.blockSignals(True)
        self.pages.insertWidget(index, page)
        self.pages.removeWidget(placeholder)
        placeholder.deleteLater()
        self.pages.setCurrentIndex(current)
        self.pages.blockSignals(False)
        if key == "members":
            self._roster_built(cast("RosterPage", page))
        return page

    @property
    def roster(self) -> RosterPage:
        return cast("RosterPage", self.page("members"))

    def _roster_built(self, roster: RosterPage) -> None:
        roster.member_activated.connect(self.edit_member)
        roster.add_button.clicked.connect(self.add_member)
        roster.selection_changed.connect(self._update_actions)
        roster.excel_button.setMenu(self.excel_menu)
        roster.print_button.setMenu(self.forms_menu)

    def _add_page(self, title: str, page: QWidget) -> None:
        item = QListWidgetItem(title)
        item.setSizeHint(QSize(160, 44))
        self.nav.addItem(item)
        self.pages.addWidget(page)

    def _action(self, menu: Any, text: str, slot: Callable[[], Any], shortcut: Any = None) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        menu.addAction(action)
        return action

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("文件(&F)"))
        self._action(file_menu, self.tr("新建或打开其他工会…"), lambda: self.open_requested.emit(None))
        self._action(file_menu, self.tr("打开数据文件…"), self.open_other, QKeySequence.StandardKey.Open)
        self._action(file_menu, self.tr("工会信息…"), self.edit_profile)
        self._action(file_menu, self.tr("经办人（登记人）…"), self.change_operator)
        file_menu.addSeparator()
        self._action(file_menu, self.tr("立即备份"), self.backup_now, "Ctrl+B")
        self._action(file_menu, self.tr("备份到指定位置…"), self.backup_to)
        self._action(file_menu, self.tr("从备份恢复…"), self.restore_backup)
        self._action(file_menu, self.tr("打开备份文件夹"), self.open_backup_folder)
        self._action(file_menu, self.tr("修改记录…"), self.show_changes, "Ctrl+H")
        file_menu.addSeparator()
        self._action(file_menu, self.tr("退出"), self.close, QKeySequence.StandardKey.Quit)

        members = bar.addMenu(self.tr("会员(&M)"))
        self._action(members, self.tr("新增会员…"), self.add_member, QKeySequence.StandardKey.New)
        self.edit_action = self._action(members, self.tr("编辑会员…"), self._edit_current, "Ctrl+E")
        self.status_action = self._action(members, self.tr("会籍变动与记录…"), self._status_current, "Ctrl+T")
        members.addSeparator()
        self._action(members, self.tr("查找会员"), self._find, QKeySequence.StandardKey.Find)
        members.addSeparator()
        excel = QMenu(self.tr("Excel"), self)
        self._action(excel, self.tr("从 Excel/CSV 导入花名册…"), self.import_roster, "Ctrl+I")
        self._action(excel, self.tr("导出当前名册到 Excel…"), self.export_roster, "Ctrl+Shift+S")
        self._action(excel, self.tr("导入记录（可撤销）…"), self.import_history)
        for action in excel.actions():
            members.addAction(action)
        self.excel_menu = excel  # also the roster's Excel button, when the roster is built

        from unionbook.ui.forms.menu import FormsMenu

        self.forms = FormsMenu(self.db, self, self._form_members)
        self.forms_menu = bar.addMenu(self.tr("文书(&D)"))
        self.forms.fill(self.forms_menu)

        view = bar.addMenu(self.tr("视图(&V)"))
        for i in range(self.nav.count()):
            # Ctrl+1 … Ctrl+9 for the first nine pages; any further page is reached from this menu
            keys = f"Ctrl+{i + 1}" if i < 9 else None
            self._action(view, self.nav.item(i).text(), lambda _checked=False, i=i: self.nav.setCurrentRow(i), keys)
        self._action(view, self.tr("刷新"), lambda: announce({EVERYTHING}), QKeySequence.StandardKey.Refresh)

        help_menu = bar.addMenu(self.tr("帮助(&H)"))
        self._action(help_menu, self.tr("键盘快捷键"), self.show_shortcuts, QKeySequence.StandardKey.HelpContents)
        self._action(help_menu, self.tr("关于工会台账"), self.about)

    # ---- state ----

    def _refresh_title(self) -> None:
        name = get_profile(self.db).name
        read_only = self.tr("（只读）") if self.db.read_only else ""
        self.setWindowTitle(self.tr("{0} — 工会台账").format(name) + read_only)
        # a read-only file says why (damaged, read-only medium) where the file name is usually shown
        self.status_label.setText(self.db.read_only_reason or self.tr("数据文件：{0}　经办人：{1}").format(
            self.db.path, self.db.actor or self.tr("未填写（文件 → 经办人）")))

    def _update_actions(self) -> None:
        roster = self._built.get("members")
        has = roster is not None and cast("RosterPage", roster).current_member_id() is not None
        self.edit_action.setEnabled(has)
        self.status_action.setEnabled(has)

    def _on_changed(self, touched: frozenset[str]) -> None:
        if AreaPage.concerns(touched, "union"):
            self._refresh_title()

    def import_roster(self) -> None:
        from unionbook.ui.imports.wizard import run_import_wizard

        run_import_wizard(self, self.db)

    def import_history(self) -> None:
        from unionbook.ui.imports.history import show_import_history

        show_import_history(self, self.db)

    def export_roster(self) -> None:
        from unionbook.ui.members.export_dialog import export_with_dialog

        export_with_dialog(self, self.db, self.roster.model.query, self.roster.model.rowCount())

    def _form_members(self) -> tuple[list[int], list[int]]:
        from unionbook.services.members.records import member_ids

        return self.roster.selected_member_ids(), member_ids(self.db, self.roster.model.query)

    def _switch_page(self, row: int) -> None:
        """A page with unsaved typed work (the meeting agenda) is asked first; staying keeps its nav row."""
        current = self.pages.currentWidget()
        if row == self.pages.currentIndex() or row < 0:
            return
        if not self._may_leave(current):
            self.nav.blockSignals(True)
            self.nav.setCurrentRow(self.pages.currentIndex())
            self.nav.blockSignals(False)
            return
        self.page(list(self._areas)[row])  # built when first shown
        self.pages.setCurrentIndex(row)

    @staticmethod
    def _may_leave(page: QWidget | None) -> bool:
        confirm = getattr(page, "confirm_leave", None)
        return True if confirm is None else bool(confirm())

    def show_area(self, key: str) -> None:
        self.nav.setCurrentRow(list(self._areas).index(key))

    def _find(self) -> None:
        self.show_area("members")
        self.roster.focus_search()

    # ---- members ----

    def add_member(self) -> None:
        from unionbook.ui.members.member_dialog import MemberDialog

        dialog = MemberDialog(self.db, None, self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.member_id is not None:
            self.show_area("members")
            self.roster.select_member(dialog.member_id)
            self.statusBar().showMessage(self.tr("已登记新会员"), 5000)

    def edit_member(self, member_id: int) -> None:
        from unionbook.ui.members.member_dialog import MemberDialog

        dialog = MemberDialog(self.db, member_id, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.roster.select_member(member_id)

    def _edit_current(self) -> None:
        member_id = self.roster.current_member_id()
        if member_id is not None:
            self.edit_member(member_id)

    def _status_current(self) -> None:
        member_id = self.roster.current_member_id()
        if member_id is None:
            return
        from unionbook.ui.members.status_dialog import StatusDialog

        dialog = StatusDialog(self.db, member_id, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.roster.select_member(member_id)
            if dialog.applied == Event.TRANSFER_OUT:
                self.offer_transfer_letter(member_id)

    def offer_transfer_letter(self, member_id: int) -> None:
        """A transfer out is done on paper with a numbered letter, and electronically with a signed and encrypted
        slip the other union imports: offer both right away."""
        answer = QMessageBox.question(self, self.tr("转出"), self.tr("已办理转出。现在开具会员组织关系接转介绍信吗？"))
        if answer == QMessageBox.StandardButton.Yes:
            form = next((f for f in list_forms() if f.name == "transfer_letter"), None)
            if form is not None:
                self.forms.produce(form, members=[member_id])
        from unionbook.ui.bundles.transfer import offer_transfer_slip

        offer_transfer_slip(self, self.db, member_id)

    # ---- files and backups ----

    def open_other(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, self.tr("打开数据文件"), str(self.db.path.parent),
                                              self.tr("UnionBook 数据文件 (*.sqlite *.db);;所有文件 (*)"))
        if name:
            self.open_requested.emit(Path(name))

    def backup_now(self) -> None:
        run_op(self, lambda: backups.backup_now(self.db), touches=(),
               success=lambda path: self.statusBar().showMessage(self.tr("已备份到：{0}").format(path), 8000))

    def backup_to(self) -> None:
        suggested = str(self.db.path.with_name(self.db.path.stem + self.tr("-备份") + ".sqlite"))
        name, _ = QFileDialog.getSaveFileName(self, self.tr("备份到"), suggested, self.tr("数据文件 (*.sqlite)"))
        if not name:
            return
        run_op(self, lambda: backups.backup_to_file(self.db, Path(name)), touches=(), success=lambda path:
               QMessageBox.information(self, self.tr("备份完成"), self.tr("已备份到：{0}").format(path)))

    def restore_backup(self) -> None:
        from unionbook.ui.union.restore_dialog import RestoreDialog

        dialog = RestoreDialog(self.db, self)
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.chosen is None:
            return
        b = dialog.chosen
        when = b.made_at.strftime("%Y-%m-%d %H:%M") if b.made_at else self.tr("时间不详")
        members = self.tr("{0} 名现有会员").format(f"{b.members:,}") if b.members is not None else ""
        answer = QMessageBox.question(
            self, self.tr("从备份恢复"),
            self.tr("将用 {0} 的备份（{1}，{2}）替换当前全部数据。\n当前数据会先自动另存一份备份。确定恢复吗？").format(
                when, b.kind_label, members))
        if answer != QMessageBox.StandardButton.Yes:
            return
        # the whole database was replaced: every page reads it again
        run_op(self, lambda: backups.restore(self.db, b.path), touches={EVERYTHING}, title=self.tr("未能恢复"),
               success=lambda safety: QMessageBox.information(
                   self, self.tr("已恢复"), self.tr("已从备份恢复。恢复前的数据已另存为：\n{0}").format(safety)))

    def open_backup_folder(self) -> None:
        self.db.backup_dir.mkdir(parents=True, exist_ok=True)
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.db.backup_dir)))

    def edit_profile(self) -> None:
        from unionbook.ui.union.profile_dialog import ProfileDialog

        ProfileDialog(self.db, self).exec()

    def change_operator(self) -> None:
        name, ok = QInputDialog.getText(self, self.tr("经办人"), self.tr("在这台电脑上办理登记的人（记入会籍记录的“登记人”）："),
                                        text=self.db.actor)
        if ok and name.strip():
            remember_operator(name)
            self.db.actor = name.strip()
            self._refresh_title()

    def show_changes(self) -> None:
        from unionbook.ui.union.change_log import ChangeLogDialog

        ChangeLogDialog(self.db, self).exec()

    def shortcut_list(self) -> list[tuple[str, str, str]]:
        """(menu, action, keys) for every menu action that has a shortcut, read from the menus themselves so
        the list can never drift from what the keys do."""
        found = []
        for menu_action in self.menuBar().actions():
            menu = menu_action.menu()
            if menu is None:
                continue
            for action in menu.actions():
                keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
                if keys:
                    found.append((menu_action.text().split("(")[0], action.text().rstrip("…"), keys))
        return found

    def show_shortcuts(self) -> None:
        rows = "".join(f"<tr><td>{m}</td><td>{a}</td><td><b>{k}</b></td></tr>" for m, a, k in self.shortcut_list())
        extra = self.tr("<p>在名册中：直接打字即查找；回车或双击打开会员；编辑会员时回车跳到下一项，Ctrl+S 保存，Esc 取消。</p>")
        QMessageBox.information(self, self.tr("键盘快捷键"), f"<table cellpadding='3'>{rows}</table>{extra}")

    def about(self) -> None:
        QMessageBox.about(self, self.tr("关于工会台账"), self.tr(
            "<b>工会台账 UnionBook</b> {0}<br>基层工会会员实名制台账、会籍管理与统计。<br>"
            "数据只保存在本机文件中：{1}").format(__version__, self.db.path))

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self._may_leave(self.pages.currentWidget()):
            event.ignore()
            return
        # nothing may write to the file once it is closed and unlocked: background work is cancelled first
        if not stop_all_jobs():
            QMessageBox.warning(self, self.tr("请稍候"), self.tr("后台任务仍在进行，完成后才能关闭数据文件。"))
            event.ignore()
            return
        self.forms.cleanup()
        try:
            self.db.close(backup=True)
        except UnionBookError as exc:
            show_error(self, exc, self.tr("关闭时备份失败"))
        event.accept()
