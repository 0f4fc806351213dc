"""Acting as a person does: find a button by its text, a field by its accessible name, type, click, and act on
the next modal dialog while it runs its own event loop. Plus the screen checks every journey makes: it fits
1366×768, it shows no code words, and PNGs at 1366×768 and 1920×1080 for a person to look at."""

from __future__ import annotations

import os
import re
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QAbstractItemModel, QAbstractListModel, QModelIndex, QPoint, QSize, Qt, QTimer
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QCheckBox,
    QComboBox,
    QDialog,
    QGroupBox,
    QLabel,
    QLineEdit,
    QRadioButton,
    QTabWidget,
    QWidget,
)

SCREENS = {"1366x768": QSize(1366, 768), "1920x1080": QSize(1920, 1080)}
TASKBAR = 40  # a Windows taskbar: what is left of a 1366×768 screen is 1366×728
SMALLEST = QSize(1366, 768 - TASKBAR)

# Latin words people do read on screen; anything else in ASCII letters is a code, an identifier or English
ALLOWED_WORDS = {"excel", "pdf", "wps", "id", "csv", "usb", "a4", "unionbook", "ctrl", "shift", "alt", "esc",
                 "enter", "tab", "del", "f1", "f5", "sqlite", "db", "xlsx", "xls", "isbn",
                 "zw",  # pinyin initials in the roster's search hint
                 "gbk", "gb18030", "utf-8", "utf-16"}  # encodings, named as Excel/WPS's save dialogs name them
_WORD = re.compile(r"[A-Za-z][A-Za-z0-9_\-]*")
_TAG = re.compile(r"<[^>]+>")
_PATH = re.compile(r"[^\s“”（）]*[/\\][^\s“”（）]*")


def plain(text: str) -> str:
    """Visible text without mnemonics (&N) and shortcut hints."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def _visible(w: QWidget) -> bool:
    return w.isVisible() and w.isEnabled()


def find_button(root: QWidget, text: str, timeout: float = 5.0) -> QAbstractButton:
    """The visible button whose text is `text` (or, failing that, starts with it); like a person, it waits a
    moment for a page that is still reading its figures in the background."""
    import time

    from PySide6.QtTest import QTest

    deadline = time.monotonic() + timeout
    while True:
        buttons = [b for b in root.findChildren(QAbstractButton) if b.isVisible()]
        for match in (lambda t: t == text, lambda t: t.startswith(text)):
            found = [b for b in buttons if match(plain(b.text()).strip())]
            if found:
                return found[0]
        if time.monotonic() > deadline:
            break
        QTest.qWait(20)
    raise AssertionError(f"no visible button “{text}” in {root.windowTitle() or root!r}; buttons: "
                         f"{[plain(b.text()) for b in buttons]}")


def find_field(root: QWidget, name: str) -> QWidget:
    """The visible widget whose accessible name is `name`."""
    found = [w for w in root.findChildren(QWidget) if w.accessibleName() == name and w.isVisible()]
    if not found:
        names = sorted({w.accessibleName() for w in root.findChildren(QWidget) if w.accessibleName()})
        raise AssertionError(f"no visible field named “{name}”; named fields: {names}")
    return found[0]


def click(widget: QWidget) -> None:
    assert _visible(widget), f"{plain(getattr(widget, 'text', lambda: '')())!r} is hidden or disabled"
    if isinstance(widget, QCheckBox | QRadioButton):  # only the box and its text react, not the whole width
        QTest.mouseClick(widget, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                         QPoint(8, widget.height() // 2))
        return
    QTest.mouseClick(widget, Qt.MouseButton.LeftButton)


def click_button(root: QWidget, text: str) -> None:
    click(find_button(root, text))


def type_into(root: QWidget, name: str, text: str, *, replace: bool = True) -> QWidget:
    """Click into the field named `name` and type `text` as keystrokes."""
    w = find_field(root, name)
    w.setFocus()
    if replace and isinstance(w, QLineEdit):
        QTest.keyClick(w, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        QTest.keyClick(w, Qt.Key.Key_Backspace)
    target = w.lineEdit() if isinstance(w, QComboBox) and w.isEditable() else w
    type_text(target, text)
    return w


def type_text(widget: QWidget, text: str) -> None:
    """Keystrokes for ASCII; Chinese arrives as an input method's committed text, as from a real IME
    (QTest.keyClicks cannot make key events for characters that have no key)."""
    for run in re.findall(r"[\x20-\x7e]+|[^\x20-\x7e]+", text):
        if run.isascii():
            QTest.keyClicks(widget, run)
        else:
            event = QInputMethodEvent()
            event.setCommitString(run)
            QApplication.sendEvent(widget, event)


def choose(combo: QComboBox, text: str) -> None:
    """Pick `text` in a drop-down with the keyboard, as a typist does: focus it, then arrow keys."""
    texts = [combo.itemText(r) for r in range(combo.count())]
    assert text in texts, f"“{text}” is not among {texts}"
    combo.setFocus()
    QTest.keyClick(combo, Qt.Key.Key_Home)
    for _ in range(combo.count()):
        if combo.currentText() == text:
            return
        QTest.keyClick(combo, Qt.Key.Key_Down)
    assert combo.currentText() == text, f"arrowing to “{text}” stopped at “{combo.currentText()}”"


def press(widget: QWidget, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    QTest.keyClick(widget, key, modifier)


@dataclass
class ModalStep:
    """An action waiting for a modal dialog; `.check()` re-raises what went wrong inside it."""

    title: str
    action: Callable[[QWidget], None]
    seen: QWidget | None = None
    errors: list[BaseException] = field(default_factory=list)
    done: bool = False

    def check(self) -> QWidget:
        if self.errors:
            raise self.errors[0]
        assert self.done, f"no modal dialog “{self.title}” appeared"
        assert self.seen is not None
        return self.seen


def close_all_modals() -> None:
    """After a failure: close what is open so the test fails instead of hanging."""
    for _ in range(10):
        w = QApplication.activeModalWidget()
        if w is None:
            return
        if isinstance(w, QDialog):
            w.done(QDialog.DialogCode.Rejected)  # not reject(): that may ask a question nobody answers
        else:
            w.close()


def on_next_modal(action: Callable[[QWidget], None], title: str = "", *, timeout_ms: int = 10_000) -> ModalStep:
    """Run `action(dialog)` once a modal dialog whose title contains `title` (and that was not the active one
    when this was called) is shown. Call this before the click that opens the dialog: the dialog's own
    exec() then runs while the test waits, as it does for a person."""
    step = ModalStep(title, action)
    before = QApplication.activeModalWidget()
    timer = QTimer()
    elapsed = [0]

    def poll() -> None:
        elapsed[0] += 25
        w = QApplication.activeModalWidget()
        if w is not None and w is not before and w.isVisible() and title in w.windowTitle() + _texts_of(w):
            if QApplication.activeWindow() is not w and elapsed[0] < timeout_ms / 2:
                w.activateWindow()  # what a window manager does for a new dialog; offscreen needs asking
                return
            timer.stop()
            step.seen = w
            try:
                action(w)
                step.done = True
            except BaseException as exc:
                step.errors.append(exc)
                close_all_modals()
            return
        if elapsed[0] > timeout_ms:
            timer.stop()
            step.errors.append(AssertionError(f"no modal dialog “{title}” within {timeout_ms} ms"))
            close_all_modals()

    timer.timeout.connect(poll)
    timer.start(25)
    step._timer = timer  # type: ignore[attr-defined]  # kept alive as long as the step
    return step


def _texts_of(w: QWidget) -> str:
    return " ".join(label.text() for label in w.findChildren(QLabel))


def answer(button_text: str, title: str = "") -> ModalStep:
    """The next message box is answered by clicking `button_text`."""
    return on_next_modal(lambda box: click_button(box, button_text), title)


# ---- what is on screen ----

def visible_texts(root: QWidget) -> list[str]:
    """Every piece of text a person can see in `root`: titles, labels, buttons, tabs, headers, combo items,
    table cells (the first 200 rows)."""
    out = [root.windowTitle()]
    for w in [root, *root.findChildren(QWidget)]:
        if not w.isVisible():
            continue
        if isinstance(w, QLabel):
            out.append(_TAG.sub("", w.text()))
        elif isinstance(w, QAbstractButton):
            out.append(plain(w.text()))
        elif isinstance(w, QGroupBox):
            out.append(w.title())
        elif isinstance(w, QTabWidget):
            out.extend(plain(w.tabText(i)) for i in range(w.count()))
        elif isinstance(w, QComboBox):
            out.extend(w.itemText(i) for i in range(w.count()))
        elif isinstance(w, QLineEdit):
            out.append(w.placeholderText())
        elif isinstance(w, QAbstractItemView) and w.model() is not None:
            out.extend(_model_texts(w.model()))
    return [t for t in out if t]


def _model_texts(model: QAbstractItemModel) -> list[str]:
    texts = []
    root = QModelIndex()
    columns = 1 if isinstance(model, QAbstractListModel) else model.columnCount(root)
    for c in range(columns):
        texts.append(str(model.headerData(c, Qt.Orientation.Horizontal) or ""))
        for r in range(min(model.rowCount(root), 200)):
            value = model.index(r, c).data()
            if isinstance(value, str):
                texts.append(value)
    return texts


def code_words(root: QWidget, *, also_allowed: set[str] = frozenset()) -> list[str]:  # type: ignore[assignment]
    """ASCII words on screen that are not meant for people (identifiers, English, codes)."""
    allowed = ALLOWED_WORDS | {w.lower() for w in also_allowed}
    found = []
    for text in visible_texts(root):
        # file paths are the user's own names, shown as they are
        for word in _WORD.findall(_PATH.sub(" ", text)):
            if word.lower() not in allowed and not re.fullmatch(r"[A-Z]?\d*", word):
                found.append(f"{word} (in “{text[:60]}”)")
    return found


def too_big(widget: QWidget) -> str | None:
    """Why `widget` cannot fit a 1366×768 screen with a taskbar, or None."""
    need = widget.minimumSizeHint().expandedTo(widget.minimumSize())
    if need.width() > SMALLEST.width() or need.height() > SMALLEST.height():
        return (f"“{widget.windowTitle() or widget.objectName()}” needs at least {need.width()}×{need.height()}, "
                f"more than the {SMALLEST.width()}×{SMALLEST.height()} left on a 1366×768 screen")
    return None


def shots_dir() -> Path:
    folder = Path(os.environ.get("UNIONBOOK_SHOTS") or Path(tempfile.gettempdir()) / "unionbook-shots")
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def shoot(widget: QWidget, name: str, *, whole_screen: bool | None = None,
          size_for: Callable[[QSize], QSize] | None = None, settle_ms: int = 0) -> list[Path]:
    """Save what `widget` shows at 1366×768 and 1920×1080 (a window is sized to the screen less the taskbar,
    a dialog keeps its own size, shrunk to the screen) and check it fits and speaks Chinese."""
    problem = too_big(widget)
    assert problem is None, problem
    words = code_words(widget)
    assert not words, f"code or English words on screen in {name}: {words}"
    saved = []
    old = widget.size()
    window = whole_screen if whole_screen is not None else not isinstance(widget, QDialog)
    for label, screen in SCREENS.items():
        avail = QSize(screen.width(), screen.height() - TASKBAR)
        if size_for is not None:
            widget.resize(size_for(avail))
        else:
            widget.resize(avail if window else old.boundedTo(avail))
        QApplication.processEvents()
        if settle_ms:
            QTest.qWait(settle_ms)  # e.g. the PDF view renders its pages in the background
        path = shots_dir() / f"{name}-{label}.png"
        assert widget.grab().save(str(path)), f"could not save {path}"
        saved.append(path)
    widget.resize(old)
    return saved
