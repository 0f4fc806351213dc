"""The roster page: one search box that filters as you type, filters, and the table of members."""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, QItemSelectionModel, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QCompleter,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from unionbook.domain.member import GROUPS, Status
from unionbook.services.members.roster import FLAGS, RosterQuery
from unionbook.services.union.profile_view import employer_names
from unionbook.store import Database
from unionbook.ui.kit.common import tr_core
from unionbook.ui.kit.ops import Job, changes
from unionbook.ui.kit.pages import AreaPage
from unionbook.ui.members.roster_model import (
    COL_BIRTH,
    COL_CARD,
    COL_DUES,
    COL_EMPLOYER,
    COL_GENDER,
    COL_ID,
    COL_JOIN,
    COL_NAME,
    COL_PHONE,
    COL_STATUS,
    SORT_KEYS,
    RosterModel,
)

SEARCH_DELAY_MS = 120  # long enough to skip the intermediate keystrokes of a fast typist

# the status filter's choices: (label, statuses)
STATUS_FILTERS: list[tuple[str, tuple[Status, ...]]] = [
    (QT_TRANSLATE_NOOP("RosterPage", "现有会员（在册+保留会籍）"), (Status.ACTIVE, Status.KEPT)),
    (QT_TRANSLATE_NOOP("RosterPage", "在册"), (Status.ACTIVE,)),
    (QT_TRANSLATE_NOOP("RosterPage", "保留会籍"), (Status.KEPT,)),
    (QT_TRANSLATE_NOOP("RosterPage", "已转出"), (Status.TRANSFERRED_OUT,)),
    (QT_TRANSLATE_NOOP("RosterPage", "已退会/视为退会"), (Status.LEFT, Status.WITHDRAWN)),
    (QT_TRANSLATE_NOOP("RosterPage", "已开除"), (Status.EXPELLED,)),
    (QT_TRANSLATE_NOOP("RosterPage", "已故（注销）"), (Status.DECEASED,)),
    (QT_TRANSLATE_NOOP("RosterPage", "全部（含已离开）"), ()),
]


class RosterPage(AreaPage):
    member_activated = Signal(int)  # a member id: open the editor
    selection_changed = Signal()
    employers_loaded = Signal()  # the employer filter has its list (read on a worker thread)

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self._employers_job: Job | None = None
        self.model = RosterModel(db, self, deferred=True)  # read once, below, with the filters set
        self.model.count_known.connect(lambda _n: self._update_count())  # a broad search's count, read later

        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("查找：姓名、拼音首字母（如 zw）、身份证号、电话、会员证号"))
        self.search.setClearButtonEnabled(True)
        self.search.setObjectName("rosterSearch")
        self.search.setAccessibleName(self.tr("查找会员"))
        self.search.setMinimumWidth(180)  # a narrow window squeezes the filters, never the search box to nothing
        self.status_filter = QComboBox()
        for label, _ in STATUS_FILTERS:
            self.status_filter.addItem(self.tr(label))
        self.employer_filter = QComboBox()
        self.employer_filter.setAccessibleName(self.tr("工作单位"))
        self.employer_filter.addItem(self.tr("全部单位"), None)
        # with 60+ employers a list is not enough: typing any part of a name narrows it
        self.employer_filter.setEditable(True)
        self.employer_filter.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.employer_filter.lineEdit().setPlaceholderText(self.tr("全部单位（可输入查找）"))
        completer = self.employer_filter.completer()
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.employer_filter.setMinimumContentsLength(14)
        self.employer_filter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.flag_filter = QComboBox()
        self.flag_filter.addItem(self.tr("全部人群"), "")
        for key, label in FLAGS.items():
            self.flag_filter.addItem(tr_core(label), key)
        for group in GROUPS:
            self.flag_filter.addItem(self.tr("八大群体：") + tr_core(group), "group:" + group)
        self.count_label = QLabel()
        self.count_label.setObjectName("rosterCount")
        self.add_button = QPushButton(self.tr("新增会员"))
        self.add_button.setToolTip(self.tr("新增会员（Ctrl+N）"))
        self.excel_button = QPushButton(self.tr("Excel"))
        self.excel_button.setToolTip(self.tr("从 Excel 导入花名册，或把当前名册导出到 Excel"))
        self.print_button = QPushButton(self.tr("打印文书"))
        self.print_button.setToolTip(self.tr("为选中的会员（或当前名册）生成表格、花名册、介绍信、会员证"))

        bar = QHBoxLayout()
        bar.addWidget(self.search, 3)
        bar.addWidget(self.status_filter)
        bar.addWidget(self.employer_filter, 1)
        bar.addWidget(self.flag_filter)
        bar.addWidget(self.add_button)
        bar.addWidget(self.excel_button)
        bar.addWidget(self.print_button)

        self.table = QTableView()
        self.table.setObjectName("rosterTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(COL_NAME, Qt.SortOrder.AscendingOrder)
        self.table.setAlternatingRowColors(True)
        self.table.installEventFilter(self)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setDefaultSectionSize(26)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setMinimumWidth(48)
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
        header.setStretchLastSection(True)
        widths = {COL_NAME: 120, COL_GENDER: 44, COL_ID: 160, COL_EMPLOYER: 230, COL_STATUS: 72, COL_PHONE: 112,
                  COL_CARD: 110, COL_JOIN: 96, COL_BIRTH: 96, COL_DUES: 80}
        for col, width in widths.items():
            self.table.setColumnWidth(col, width)
        # 会费交至 is read beside the status (is this member in good standing?), not off to the right
        header.moveSection(header.visualIndex(COL_DUES), header.visualIndex(COL_STATUS) + 1)
        # a column the roster cannot sort by puts the arrow back where the rows are sorted
        header.sortIndicatorChanged.connect(self._sort_indicator_changed)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 8)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count_label)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.apply_filters)
        self.search.textChanged.connect(self._timer.start)
        self.search.returnPressed.connect(self._search_enter)
        self.status_filter.currentIndexChanged.connect(self.apply_filters)
        self.employer_filter.currentIndexChanged.connect(self.apply_filters)
        self.flag_filter.currentIndexChanged.connect(self.apply_filters)
        # `activated` is Enter on the current row and a double click: one signal, one editor
        self.table.activated.connect(lambda index: self._activate(index.row()))
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._selection_changed())

        focus_search = QAction(self)
        # Ctrl+F belongs to the window's 会员 → 查找会员 (bound twice, Qt ran neither: "Ambiguous shortcut")
        focus_search.setShortcuts([QKeySequence("Ctrl+L")])
        focus_search.triggered.connect(self.focus_search)
        self.addAction(focus_search)

        # the employer list is read once the roster has painted: sorting it by pinyin loads pypinyin's phrase
        # dictionary, which holds the interpreter for ~0.4 s and would hold up the roster's first screen
        self.table.viewport().installEventFilter(self)
        self.model.start(self.current_query())
        self._update_count()

    # ---- filters ----

    def reload_employers(self) -> None:
        """The employers in pinyin order, read on a worker thread (the list fills when read)."""
        job = self._employers_job = Job(lambda _progress: employer_names(self._db), changes())
        job.finished.connect(lambda names, job=job: self._fill_employers(names)
                             if shiboken6.isValid(self) and job is self._employers_job else None)
        job.start()

    def _fill_employers(self, names: list[tuple[int, str]]) -> None:
        current = self.employer_filter.currentData()
        self.employer_filter.blockSignals(True)
        self.employer_filter.clear()
        self.employer_filter.addItem(self.tr("全部单位"), None)
        for employer_id, name in names:
            self.employer_filter.addItem(name, employer_id)
        index = self.employer_filter.findData(current)
        self.employer_filter.setCurrentIndex(max(0, index))
        self.employer_filter.blockSignals(False)
        self.employers_loaded.emit()

    def current_query(self) -> RosterQuery:
        _, statuses = STATUS_FILTERS[max(0, self.status_filter.currentIndex())]
        flag = self.flag_filter.currentData() or ""
        flags: tuple[str, ...] = ()
        group = ""
        if flag.startswith("group:"):
            group = flag[6:]
        elif flag:
            flags = (flag,)
        old = self.model.query
        return RosterQuery(self.search.text(), statuses, self.employer_filter.currentData(), flags, group,
                           old.sort, old.descending)

    def apply_filters(self) -> None:
        self._timer.stop()
        self.model.set_query(self.current_query())
        self._update_count()

    def on_changed(self, touched: frozenset[str]) -> None:
        if self.concerns(touched, "member", "import_batch"):
            self.reload_employers()
            self.model.reload()
            self._update_count()
        elif self.concerns(touched, "dues_month", "dues_employer", "rules", "union"):
            self.model.reload()  # 会费交至 follows the dues book and its rules

    def _update_count(self) -> None:
        n = self.model.rowCount()
        if self.model.count_pending:  # a broad search: its first rows are shown, the count follows
            text = self.tr("符合条件的会员：{0} 名以上，正在统计…").format(f"{n:,}")
        else:
            text = self.tr("符合条件的会员：{0} 名").format(f"{n:,}")
        selected = len(self.table.selectionModel().selectedRows())
        if selected > 1:
            text += self.tr("　已选 {0} 名（打印文书时只用选中的会员）").format(f"{selected:,}")
        self.count_label.setText(text)

    def _selection_changed(self) -> None:
        self._update_count()
        self.selection_changed.emit()

    # ---- selection ----

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def _search_enter(self) -> None:
        self.apply_filters()
        if self.model.rowCount() > 0:
            self.table.setFocus()
            self.table.selectRow(0)

    def _sort_indicator_changed(self, section: int, _order: Qt.SortOrder) -> None:
        if self.model.sortable(section):
            return
        q = self.model.query
        column = next((c for c, k in SORT_KEYS.items() if k == q.sort_key), COL_NAME)
        order = Qt.SortOrder.DescendingOrder if q.descending else Qt.SortOrder.AscendingOrder
        header = self.table.horizontalHeader()
        blocked = header.blockSignals(True)
        header.setSortIndicator(column, order)
        header.blockSignals(blocked)

    def _activate(self, row: int) -> None:
        member_id = self.model.member_id(row) if row >= 0 else None
        if member_id is not None:
            self.member_activated.emit(member_id)

    def selected_member_ids(self) -> list[int]:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        ids = [self.model.member_id(r) for r in rows]
        return [i for i in ids if i is not None]

    def current_member_id(self) -> int | None:
        index = self.table.currentIndex()
        return self.model.member_id(index.row()) if index.isValid() else None

    def select_member(self, member_id: int) -> None:
        row = self.model.row_of_member(member_id)
        if row >= 0:
            index = self.model.index(row, 0)
            self.table.selectionModel().setCurrentIndex(
                index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
            self.table.scrollTo(index)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if obj is self.table.viewport() and event.type() == QEvent.Type.Paint and self._employers_job is None:
            self.table.viewport().removeEventFilter(self)
            QTimer.singleShot(0, self.reload_employers)
            return False
        # Typing on the table goes to the search box, as in a spreadsheet's find bar (the table would otherwise
        # jump to a row starting with that letter); arrows, Enter and shortcuts stay with the table.
        if obj is self.table and event.type() == QEvent.Type.KeyPress:
            text = event.text()  # type: ignore[attr-defined]
            modifiers = event.modifiers()  # type: ignore[attr-defined]
            plain = not (modifiers & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier))
            if plain and text and text.isprintable() and not text.isspace():
                self.search.setFocus()
                self.search.setText(self.search.text() + text)
                return True
        return super().eventFilter(obj, event)
