"""The window's start path (process start → home page with its figures → a click on 会员名册 → the roster's rows)
imports only what that first screen needs: not SQLAlchemy and the ORM models (made when the first ORM read or
write happens), not QtPdf/QtPrintSupport (when a form is first previewed). Importing them cost about as much as
everything else on that path (benchmarks/README.md, start engineer's section)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

START_AND_CLICK = """
import json, os, sys
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from pathlib import Path
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from unionbook.ui.app import Controller, make_app

app = make_app()
controller = Controller(app)
controller.open(Path(sys.argv[1]))
window = controller.window
out = {}

def roster_shown():
    roster = window.pages.currentWidget()
    model = roster.model
    if model.rowCount() == 0 or not roster.table.isVisible():
        QTimer.singleShot(10, roster_shown)
        return
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    dues = headers.index("会费交至")
    rows = range(min(model.rowCount(), 40))
    out["roster_names"] = [model.index(r, 0).data() for r in rows]
    out["paid_through"] = [model.index(r, dues).data() for r in rows]
    out["modules"] = sorted(sys.modules)
    app.quit()

def home_shown():
    out["members"] = window.home.members.value.text()
    items = window.nav.findItems("会员名册", Qt.MatchFlag.MatchExactly)
    QTest.mouseClick(window.nav.viewport(), Qt.MouseButton.LeftButton,
                     pos=window.nav.visualItemRect(items[0]).center())
    roster_shown()

window.home.refreshed.connect(home_shown)
QTimer.singleShot(30000, app.quit)
app.exec()
print(json.dumps(out, ensure_ascii=False))
os._exit(0)
"""

NOT_ON_THE_START_PATH = ("sqlalchemy", "alembic", "unionbook.store.models", "PySide6.QtPdf", "PySide6.QtPdfWidgets",
                         "PySide6.QtPrintSupport", "reportlab")


def test_window_opens_on_home_and_roster_without_sqlalchemy(demo_path: Path) -> None:
    done = subprocess.run([sys.executable, "-c", START_AND_CLICK, str(demo_path)], capture_output=True, text=True,
                          timeout=90)
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout.strip().splitlines()[-1])
    # the path really ran: figures on the home page, the roster's rows with their 会费交至 (the dues area's reads)
    assert result["members"].replace(",", "").isdigit() and int(result["members"].replace(",", "")) > 0
    assert all(result["roster_names"])
    assert any(p for p in result["paid_through"]), result["paid_through"]
    loaded = set(result["modules"])
    assert "unionbook.ui.members.roster_page" in loaded
    assert [m for m in NOT_ON_THE_START_PATH if m in loaded] == []
