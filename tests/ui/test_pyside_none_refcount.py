"""Regression: PySide6 6.12.0 on CPython 3.11 drops a reference to None on every call of a Qt method that
returns nothing, and the process aborts with "Fatal Python error: none_dealloc" after a few thousand calls.

The calls run in a child process so that an abort fails this test with the child's message instead of
killing pytest. pyproject.toml pins PySide6 < 6.12 for this reason.
"""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap

import pytest

CALLS = 100_000

CHILD = textwrap.dedent(
    """
    import sys
    from PySide6.QtGui import QStandardItem
    from PySide6.QtWidgets import QApplication, QTableWidgetItem, QWidget

    app = QApplication([])
    w = QWidget()
    item = QStandardItem()
    cell = QTableWidgetItem()
    before = sys.getrefcount(None)
    for i in range({calls} // 4):
        w.setWindowTitle("会员名册")      # each returns nothing: the crash path
        w.resize(640 + i % 7, 480)
        item.setText("张三")
        cell.setText("李四")
    after = sys.getrefcount(None)
    print("OK", before, after, flush=True)
    """
).format(calls=CALLS)


def test_100k_calls_of_void_qt_methods_do_not_crash() -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    proc = subprocess.run([sys.executable, "-c", CHILD], capture_output=True, text=True, env=env, timeout=300)
    tail = (proc.stderr or "")[-2000:]
    assert proc.returncode == 0, f"child exited with {proc.returncode} after Qt calls returning None:\n{tail}"
    line = next((ln for ln in proc.stdout.splitlines() if ln.startswith("OK ")), None)
    assert line is not None, f"child printed no result:\nstdout={proc.stdout!r}\nstderr={tail}"
    _, before, after = line.split()
    # On 3.11 None is refcounted: the broken binding loses one reference per call (100,000 here), so a
    # drop of more than a handful means the leak is back even if None happened not to reach zero.
    # On 3.12+ None is immortal and the count does not move.
    assert int(before) - int(after) < 100, f"None lost {int(before) - int(after)} references in {CALLS} calls"


@pytest.mark.skipif(sys.version_info[:2] != (3, 11), reason="the none_dealloc crash was seen on CPython 3.11")
def test_pyside6_is_below_6_12_on_python_311() -> None:
    import PySide6

    version = tuple(PySide6.__version_info__[:2])
    assert version < (6, 12), (
        f"PySide6 {PySide6.__version__} is installed; 6.12.0 aborts CPython 3.11 (none_dealloc). "
        "Keep the pin PySide6<6.12 in pyproject.toml."
    )
