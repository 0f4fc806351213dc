"""The one door to reportlab.platypus for the PDF engine: the same names, imported without one needless cost.

Importing reportlab.platypus (its doctemplate imports paragraph) compiles, at import, a case-insensitive URL
pattern over the range U+00A1–U+FFFF (`paragraph.uri_pat`, used only to hyphenate URLs in paragraphs): 25 ms,
a tenth of a one-form command, spent by every process that makes a PDF. Here that one pattern is compiled when
it is first used instead, with the same pattern and flags (so it matches exactly as before); every other
pattern is compiled as usual. `re.compile` is itself again once the import is done.
"""

from __future__ import annotations

import re
import sys
import threading
from typing import Any

_compile = re.compile
_lock = threading.Lock()


class LazyPattern:
    """A compiled pattern made on first use (any attribute: match, search, pattern, flags…)."""

    def __init__(self, pattern: str, flags: int) -> None:
        self._args = (pattern, flags)
        self._compiled: re.Pattern[str] | None = None

    def __getattr__(self, name: str) -> Any:
        if self._compiled is None:
            self._compiled = _compile(*self._args)
        return getattr(self._compiled, name)


def _is_url_pattern(pattern: object, flags: int) -> bool:
    return isinstance(pattern, str) and bool(flags & re.IGNORECASE) and "://" in pattern and "\uffff" in pattern


def _lazy_compile(pattern: Any, flags: int = 0) -> Any:
    if _is_url_pattern(pattern, flags):
        return LazyPattern(pattern, flags)
    return _compile(pattern, flags)


def _import_platypus() -> None:
    if "reportlab.platypus.paragraph" in sys.modules:
        return
    with _lock:
        setattr(re, "compile", _lazy_compile)  # noqa: B010
        try:
            import reportlab.platypus  # noqa: F401
        finally:
            setattr(re, "compile", _compile)  # noqa: B010


_import_platypus()

from reportlab.platypus import (  # noqa: E402
    BaseDocTemplate,
    Flowable,
    Frame,
    KeepTogether,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)
from reportlab.platypus.doctemplate import LayoutError  # noqa: E402

__all__ = ["BaseDocTemplate", "Flowable", "Frame", "KeepTogether", "LayoutError", "PageBreak", "PageTemplate",
           "Paragraph", "Spacer", "Table", "TableStyle"]
