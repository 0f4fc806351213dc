"""Counting and the result: each round entered per ballot box or ballot by ballot, decided by the engine;
the result screen says every decision in a sentence a chair can read out to the assembly."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QColor, QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from unionbook.domain.election import ElectionRules, ballot_valid
from unionbook.domain.text import clean_name
from unionbook.errors import ValidationError
from unionbook.services.elections.count import (
    NEXT_STEP_LABELS,
    BoxTally,
    KeyedBallot,
    RoundEntry,
    default_present,
    election_result,
    finish_with_fewer_seats,
    next_round,
    record_round,
    undo_last_round,
)
from unionbook.services.elections.setup import election_rules, get_election, load_election
from unionbook.services.elections.terms import apply_election
from unionbook.store import Database
from unionbook.ui.kit.common import show_error
from unionbook.ui.kit.ops import run_op

FIXED_ROWS = 3  # issued, returned, void: then one row per name


class CountPanel(QWidget):
    counted = Signal(int)  # the election id, after a round was recorded or taken back

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self.election_id: int | None = None
        self.names: list[str] = []
        self.seats = 0
        self.rules: ElectionRules | None = None
        self.keyed: list[KeyedBallot] = []
        self._built_for: tuple[object, ...] | None = None

        self.plan_label = QLabel()
        self.plan_label.setWordWrap(True)
        self.plan_label.setObjectName("planLabel")
        self.present = QSpinBox()
        self.present.setRange(0, 1_000_000)
        self.present.setMaximumWidth(160)
        self.modes = QTabWidget()

        # per box
        self.table = QTableWidget()
        self.table.setAccessibleName(self.tr("计票表"))
        self.add_box_button = QPushButton(self.tr("增加票箱"))
        self.add_box_button.clicked.connect(self.add_box)
        self.remove_box_button = QPushButton(self.tr("删除票箱"))
        self.remove_box_button.clicked.connect(self.remove_box)
        self.write_in = QLineEdit()
        self.write_in.setPlaceholderText(self.tr("另选人姓名"))
        self.add_write_in_button = QPushButton(self.tr("增加另选人"))
        self.add_write_in_button.clicked.connect(self.add_write_in_row)
        boxes = QWidget()
        box_layout = QVBoxLayout(boxes)
        box_layout.addWidget(self.table, 1)
        row = QHBoxLayout()
        for w in (self.add_box_button, self.remove_box_button, self.write_in, self.add_write_in_button):
            row.addWidget(w)
        row.addStretch(1)
        box_layout.addLayout(row)
        self.modes.addTab(boxes, self.tr("按票箱录入"))

        # ballot by ballot
        self.issued = QSpinBox()
        self.issued.setRange(0, 1_000_000)
        self.unkeyed_invalid = QSpinBox()
        self.unkeyed_invalid.setRange(0, 1_000_000)
        self.marks_grid = QGridLayout()
        self.mark_boxes: list[QCheckBox] = []
        self.ballot_write_ins = QLineEdit()
        self.ballot_write_ins.setPlaceholderText(self.tr("另选人姓名（多人用顿号或逗号分开）"))
        self.serial = QLineEdit()
        self.serial.setPlaceholderText(self.tr("选票编号（可不填）"))
        self.key_button = QPushButton(self.tr("录入此票"))
        self.key_button.setShortcut(QKeySequence("Ctrl+Return"))
        self.key_button.clicked.connect(self.key_ballot)
        self.ballot_list = QListWidget()
        self.remove_ballot_button = QPushButton(self.tr("删除所选选票"))
        self.remove_ballot_button.clicked.connect(self.remove_ballot)
        self.ballot_count = QLabel()
        ballots = QWidget()
        bl = QVBoxLayout(ballots)
        form = QFormLayout()
        form.addRow(self.tr("发出选票"), self.issued)
        form.addRow(self.tr("另有无法录入的无效票"), self.unkeyed_invalid)
        bl.addLayout(form)
        marks_box = QGroupBox(self.tr("本张选票上画“○”的人"))
        mb = QVBoxLayout(marks_box)
        mb.addLayout(self.marks_grid)
        mb.addWidget(self.ballot_write_ins)
        row = QHBoxLayout()
        row.addWidget(self.serial)
        row.addWidget(self.key_button)
        mb.addLayout(row)
        bl.addWidget(marks_box)
        bl.addWidget(self.ballot_count)
        bl.addWidget(self.ballot_list, 1)
        bl.addWidget(self.remove_ballot_button)
        self.modes.addTab(ballots, self.tr("逐张录入选票"))

        self.count_button = QPushButton(self.tr("计算本轮结果"))
        self.count_button.setDefault(True)
        self.count_button.clicked.connect(self.count)
        self.undo_button = QPushButton(self.tr("撤销上一轮"))
        self.undo_button.clicked.connect(self.undo)
        top = QFormLayout()
        top.addRow(self.tr("实到会人数"), self.present)
        self.present.setAccessibleName(self.tr("实到会人数"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.plan_label)
        layout.addLayout(top)
        layout.addWidget(self.modes, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.undo_button)
        buttons.addStretch(1)
        buttons.addWidget(self.count_button)
        layout.addLayout(buttons)

    # ---- state ----

    def set_election(self, election_id: int | None) -> None:
        self.election_id = election_id
        self.refresh()

    def refresh(self, *, force: bool = False) -> None:
        """Show the next round. What was typed for it stays unless the round itself changed (another round
        was counted, the candidates changed): switching tabs must not lose 200 keyed ballots."""
        if self.election_id is None:
            self.plan_label.setText(self.tr("请先选择或设立一次选举"))
            self.setEnabled(False)
            self._built_for = None
            return
        e = get_election(self._db, self.election_id)
        plan = next_round(self._db, self.election_id)
        with self._db.read() as s:
            self.rules = ElectionRules.from_rules(election_rules(load_election(s, self.election_id)))
        built_for = (self.election_id, plan.number, tuple(plan.candidates), plan.seats, e.entitled)
        self.setEnabled(True)
        self.count_button.setEnabled(not plan.finished and bool(plan.candidates or self.rules.write_ins_allowed))
        self.undo_button.setEnabled(e.rounds > 0)
        self.plan_label.setText(plan.message if not plan.finished else self.tr("选举已结束，不需要再计票"))
        if built_for == self._built_for and not force:
            return
        self._built_for = built_for
        self.names, self.seats = list(plan.candidates), plan.seats
        self.keyed = []
        self.ballot_list.clear()
        present = default_present(self._db, self.election_id)
        self.present.setMaximum(e.entitled)
        self.present.setValue(present)
        self.issued.setValue(present)
        self._build_table()
        self._build_marks()
        self._update_ballot_count()

    def _build_table(self) -> None:
        t = self.table
        t.clear()
        t.setRowCount(FIXED_ROWS + len(self.names))
        t.setColumnCount(1)
        t.setVerticalHeaderLabels([self.tr("发出选票"), self.tr("收回选票"), self.tr("无效票"), *self.names])
        t.setHorizontalHeaderLabels([self.tr("第 1 号票箱")])
        for r in range(t.rowCount()):
            t.setItem(r, 0, QTableWidgetItem("0"))

    def add_box(self) -> None:
        t = self.table
        c = t.columnCount()
        t.setColumnCount(c + 1)
        t.setHorizontalHeaderItem(c, QTableWidgetItem(self.tr("第 {0} 号票箱").format(c + 1)))
        for r in range(t.rowCount()):
            t.setItem(r, c, QTableWidgetItem("0"))

    def remove_box(self) -> None:
        if self.table.columnCount() > 1:
            self.table.setColumnCount(self.table.columnCount() - 1)

    def add_write_in_row(self) -> None:
        name = clean_name(self.write_in.text())
        if not name:
            return
        if self.rules is not None and not self.rules.write_ins_allowed:
            show_error(self, ValidationError(self.tr("本次选举不允许另选他人")))
            return
        rows = [self.table.verticalHeaderItem(r).text() for r in range(FIXED_ROWS, self.table.rowCount())]
        if name in rows:
            return
        r = self.table.rowCount()
        self.table.setRowCount(r + 1)
        self.table.setVerticalHeaderItem(r, QTableWidgetItem(name))
        for c in range(self.table.columnCount()):
            self.table.setItem(r, c, QTableWidgetItem("0"))
        self.write_in.clear()

    def set_cell(self, row_name: str, value: int, box: int = 0) -> None:
        """Fill one cell by its row's name (发出选票, 收回选票, 无效票 or a candidate): for scripts and tests."""
        for r in range(self.table.rowCount()):
            if self.table.verticalHeaderItem(r).text() == row_name:
                self.table.item(r, box).setText(str(value))
                return
        raise KeyError(row_name)

    def _int(self, r: int, c: int) -> int:
        item = self.table.item(r, c)
        text = (item.text() if item else "").strip() or "0"
        if not text.isdigit():
            box = self.table.horizontalHeaderItem(c).text()
            row = self.table.verticalHeaderItem(r).text()
            raise ValidationError(self.tr("{0}“{1}”一栏应填非负整数，现为“{2}”").format(box, row, text))
        return int(text)

    def _boxes(self) -> tuple[BoxTally, ...]:
        out = []
        for c in range(self.table.columnCount()):
            votes = {self.table.verticalHeaderItem(r).text(): self._int(r, c)
                     for r in range(FIXED_ROWS, self.table.rowCount())}
            out.append(BoxTally(self.table.horizontalHeaderItem(c).text(), self._int(0, c), self._int(1, c),
                                self._int(2, c), votes))
        return tuple(out)

    # ---- ballot by ballot ----

    def _build_marks(self) -> None:
        for box in self.mark_boxes:
            self.marks_grid.removeWidget(box)
            box.deleteLater()
        self.mark_boxes = []
        for i, name in enumerate(self.names):
            box = QCheckBox(name)
            self.mark_boxes.append(box)
            self.marks_grid.addWidget(box, i // 4, i % 4)
        self.ballot_write_ins.setEnabled(bool(self.rules and self.rules.write_ins_allowed))

    def key_ballot(self) -> None:
        marks = [b.text() for b in self.mark_boxes if b.isChecked()]
        extra = self.ballot_write_ins.text().replace("，", "、").replace(",", "、")
        marks += [n for n in (clean_name(x) for x in extra.split("、")) if n and n not in marks]
        ballot = KeyedBallot(tuple(marks), self.serial.text().strip())
        if ballot.serial and any(b.serial == ballot.serial for b in self.keyed):
            show_error(self, ValidationError(self.tr("编号 {0} 的选票已录入过").format(ballot.serial)))
            return
        self.keyed.append(ballot)
        valid = self.rules is None or ballot_valid(list(marks), self.seats, self.rules)
        label = "、".join(marks) or self.tr("（空白票）")
        prefix = f"{ballot.serial} " if ballot.serial else ""
        item = QListWidgetItem(f"{len(self.keyed)}. {prefix}{label}"
                               + ("" if valid else self.tr("　【无效：所选 {0} 人，多于应选 {1} 名】").format(len(marks), self.seats)))
        if not valid:
            item.setForeground(QColor("#b3261e"))
        self.ballot_list.addItem(item)
        self.ballot_list.scrollToBottom()
        for b in self.mark_boxes:
            b.setChecked(False)
        self.ballot_write_ins.clear()
        self.serial.clear()
        self._update_ballot_count()

    def remove_ballot(self) -> None:
        rows = sorted((self.ballot_list.row(i) for i in self.ballot_list.selectedItems()), reverse=True)
        for r in rows:
            del self.keyed[r]
            self.ballot_list.takeItem(r)
        self._update_ballot_count()

    def _update_ballot_count(self) -> None:
        void = sum(1 for b in self.keyed if self.rules and not ballot_valid(list(b.marks), self.seats, self.rules))
        self.ballot_count.setText(self.tr("已录入 {0} 张，其中无效 {1} 张").format(len(self.keyed), void))

    # ---- counting ----

    def entry(self) -> RoundEntry:
        if self.modes.currentIndex() == 0:
            return RoundEntry(present=self.present.value(), boxes=self._boxes())
        return RoundEntry(present=self.present.value(), ballots=tuple(self.keyed), ballots_issued=self.issued.value(),
                          unkeyed_invalid=self.unkeyed_invalid.value())

    def count(self) -> None:
        election_id = self.election_id
        if election_id is None:
            return
        # reading the table is part of the op: a cell that is not a number is refused like a wrong total
        run_op(self, lambda: record_round(self._db, election_id, self.entry()), touches={"election"},
               title=self.tr("本轮计票结果有误，未保存"), success=lambda _r: self._counted(election_id))

    def undo(self) -> None:
        election_id = self.election_id
        if election_id is None:
            return
        run_op(self, lambda: undo_last_round(self._db, election_id), touches={"election"},
               success=lambda _r: self._counted(election_id))

    def _counted(self, election_id: int) -> None:
        self.refresh(force=True)
        self.counted.emit(election_id)


class ResultPanel(QWidget):
    next_round_requested = Signal()

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self.election_id: int | None = None
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setObjectName("resultSummary")
        self.elected = QListWidget()
        self.explanation = QTextBrowser()
        self.explanation.setObjectName("explanation")
        self.next_label = QLabel()
        self.next_label.setWordWrap(True)
        self.next_button = QPushButton(self.tr("进行下一轮计票"))
        self.next_button.clicked.connect(self.next_round_requested)
        self.fewer_note = QLineEdit()
        self.fewer_note.setPlaceholderText(self.tr("大会同意减少名额的说明"))
        self.fewer_button = QPushButton(self.tr("经大会同意减少名额，结束选举"))
        self.fewer_button.clicked.connect(self.finish_fewer)
        self.term_button = QPushButton(self.tr("登记为新一届任期"))
        self.term_button.clicked.connect(self.record_term)

        elected_box = QGroupBox(self.tr("当选人（按当选先后、得票多少）"))
        QVBoxLayout(elected_box).addWidget(self.elected)
        why_box = QGroupBox(self.tr("计票说明（可向大会宣读）"))
        QVBoxLayout(why_box).addWidget(self.explanation)
        middle = QHBoxLayout()
        middle.addWidget(elected_box, 1)
        middle.addWidget(why_box, 3)
        actions = QHBoxLayout()
        actions.addWidget(self.fewer_note, 1)
        actions.addWidget(self.fewer_button)
        actions.addStretch(1)
        actions.addWidget(self.term_button)
        actions.addWidget(self.next_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addLayout(middle, 1)
        layout.addWidget(self.next_label)
        layout.addLayout(actions)

    def set_election(self, election_id: int | None) -> None:
        self.election_id = election_id
        self.refresh()

    def refresh(self) -> None:
        self.elected.clear()
        if self.election_id is None:
            self.summary.setText(self.tr("请先选择或设立一次选举"))
            self.explanation.clear()
            self.next_label.clear()
            self.setEnabled(False)
            return
        self.setEnabled(True)
        r = election_result(self._db, self.election_id)
        self.summary.setText("\n".join(r.summary))
        for x in r.elected:
            self.elected.addItem(self.tr("{0}　{1} 票（第 {2} 轮）").format(x.name, x.votes, x.round_number))
        html = []
        for rd in r.rounds:
            html.append(f"<h3>{self.tr('第 {0} 轮').format(rd.number)}（{rd.kind_label}）</h3><ol>")
            html += [f"<li>{s}</li>" for s in rd.explanation]
            html.append(f"</ol><p><b>{self.tr('下一步：')}{NEXT_STEP_LABELS[rd.next_step]}</b></p>")
        self.explanation.setHtml("".join(html) or self.tr("尚未计票。"))
        self.next_label.setText("" if r.finished else r.next.message)
        self.next_button.setEnabled(not r.finished)
        self.fewer_button.setEnabled(not r.finished and bool(r.rounds) and bool(r.elected))
        self.term_button.setEnabled(r.finished and r.election.body not in ("representatives",))

    def explanation_text(self) -> str:
        return self.explanation.toPlainText()

    def finish_fewer(self) -> None:
        election_id, note = self.election_id, self.fewer_note.text()
        if election_id is None:
            return
        run_op(self, lambda: finish_with_fewer_seats(self._db, election_id, note), touches={"election"},
               title=self.tr("不能减少名额"), success=lambda _r: self.refresh())

    def record_term(self) -> None:
        election_id = self.election_id
        if election_id is None:
            return
        run_op(self, lambda: apply_election(self._db, election_id), touches={"term"}, title=self.tr("不能登记任期"),
               success=lambda term: self.next_label.setText(
                   self.tr("已登记：{0}，任期至 {1}").format(term.body_label, term.end_date.isoformat())))
