"""Every Chinese string the GUI shows goes through Qt's translation system.

A Chinese literal in unionbook/ui must be the first argument of tr(), translate() or tr_core(); anything else
(a label built from an untranslated literal) would stay Chinese in an English build. Docstrings and comments
are not strings shown to users.
"""

from __future__ import annotations

import ast
from pathlib import Path

import unionbook.ui

UI = Path(unionbook.ui.__file__).parent
TRANSLATING = {"tr", "translate", "tr_core", "QT_TRANSLATE_NOOP"}


def _has_han(text: str) -> bool:
    return any("\u4e00" <= ch <= "\u9fff" for ch in text)


def _untranslated(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    parents: dict[ast.AST, ast.AST] = {}
    for node in ast.walk(tree):
        for child in ast.iter_child_nodes(node):
            parents[child] = node
    found = []
    for node in ast.walk(tree):
        if not (isinstance(node, ast.Constant) and isinstance(node.value, str) and _has_han(node.value)):
            continue
        parent = parents.get(node)
        if isinstance(parent, ast.Expr):  # a docstring or a bare string
            continue
        ok = False
        up: ast.AST | None = parent
        while up is not None and not isinstance(up, ast.stmt):
            if isinstance(up, ast.Call):
                func = up.func
                name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
                if name in TRANSLATING:
                    ok = True
                    break
            up = parents.get(up)
        if not ok:
            found.append(f"{path.name}:{node.lineno}: {node.value[:30]!r}")
    return found


def test_ui_strings_go_through_translation() -> None:
    problems = [p for f in sorted(UI.rglob("*.py")) for p in _untranslated(f)]
    assert not problems, "Chinese strings outside tr()/translate():\n" + "\n".join(problems)


def test_checker_catches_a_bare_string(tmp_path: Path) -> None:
    sample = tmp_path / "sample.py"
    sample.write_text('label.setText("会员")\nlabel.setText(self.tr("会员"))\n', encoding="utf-8")
    assert len(_untranslated(sample)) == 1
