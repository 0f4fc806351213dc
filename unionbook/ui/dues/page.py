"""The 会费经费 page: four tabs — 会费 (dues), 欠费 (arrears and lapse), 经费 (union funds), 收支账 (the books).
Every decision is a service call (services/dues); the tabs collect input and show results."""

from __future__ import annotations

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from unionbook.store import Database
from unionbook.ui.dues.arrears_tab import ArrearsTab
from unionbook.ui.dues.dues_tab import DuesTab
from unionbook.ui.dues.funds_tab import FundsTab
from unionbook.ui.dues.ledger_tab import LedgerTab
from unionbook.ui.kit.pages import AreaPage

TOUCHES = ("dues_month", "dues_employer", "funds_declaration", "ledger_entry", "ledger_year", "member",
           "import_batch")


class DuesPage(AreaPage):
    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("会费经费"))
        self.dues = DuesTab(db)
        self.arrears = ArrearsTab(db)
        self.funds = FundsTab(db)
        self.ledger = LedgerTab(db)
        for tab, title in ((self.dues, self.tr("会费")), (self.arrears, self.tr("欠费")), (self.funds, self.tr("经费")),
                           (self.ledger, self.tr("收支账"))):
            self.tabs.addTab(tab, title)
        self.tabs.currentChanged.connect(lambda _i: self._reload_current())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._reload_current()

    def _reload_current(self) -> None:
        tab = self.tabs.currentWidget()
        if hasattr(tab, "reload"):
            tab.reload()

    def reload(self) -> None:
        self._reload_current()

    def on_changed(self, touched: frozenset[str]) -> None:
        if self.concerns(touched, *TOUCHES):
            self._reload_current()
