"""The dues page's long work runs off the GUI thread: posting an employer's month, the payroll preview and
commit, and rendering the papers (PDF, .xlsx) are called only inside an operation handed to
`run_op(..., long=True)` or `start_op` (ui/kit/ops.py: progress and 取消), never straight from a slot."""

from __future__ import annotations

import ast
from collections.abc import Iterator

from ui.test_writes_go_through_run_op import ROOT, _callee, _imports, _module, calls_outside_ops

# (module, function) as the services define them, and the re-export the dues page calls
LONG = {
    ("unionbook.services.dues.posting", "post_month"), ("unionbook.services.dues.dues", "post_month"),
    ("unionbook.services.dues.payroll", "preview"), ("unionbook.services.dues.payroll", "commit"),
    ("unionbook.services.dues.papers", "reminder_list"), ("unionbook.services.dues.papers", "remittance_voucher"),
    ("unionbook.services.dues.papers", "employer_statement"), ("unionbook.services.dues.papers", "ledger_report"),
}


def _long_op_argument(call: ast.Call) -> ast.expr | None:
    name = call.func.id if isinstance(call.func, ast.Name) else getattr(call.func, "attr", None)
    is_long = any(k.arg == "long" and isinstance(k.value, ast.Constant) and k.value.value is True
                  for k in call.keywords)
    if name == "start_op" or (name == "run_op" and is_long):
        if len(call.args) >= 2:
            return call.args[1]
        return next((k.value for k in call.keywords if k.arg == "op"), None)
    return None


def long_work_on_the_gui_thread(source: str, module: str) -> Iterator[str]:
    for call, target in calls_outside_ops(source, module, _long_op_argument):
        if target in LONG:
            yield f"{module}:{call.lineno} calls {'.'.join(target)} on the GUI thread"


def test_the_dues_page_runs_its_long_work_off_the_gui_thread() -> None:
    found: list[str] = []
    for path in sorted((ROOT / "ui" / "dues").rglob("*.py")):
        found += long_work_on_the_gui_thread(path.read_text(encoding="utf-8"), _module(path))
    assert found == []


def test_every_long_call_is_made_somewhere() -> None:
    """The check is not vacuous: the dues page does call each of them (inside its operations)."""
    called = set()
    for path in (ROOT / "ui" / "dues").rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        names, modules = _imports(tree)
        for call in (c for c in ast.walk(tree) if isinstance(c, ast.Call)):
            target = _callee(call, _module(path), set(), names, modules)
            if target in LONG:
                called.add(target[1])
    assert called == {f for _m, f in LONG}


def test_the_check_catches_a_slot_that_renders_by_itself() -> None:
    slot = '''
from unionbook.services.dues import dues, payroll
from unionbook.services.dues.papers import ledger_report
from unionbook.ui.kit.ops import run_op, start_op

class Tab:
    def post(self):
        run_op(self, lambda: dues.post_month(self.db, "2026-01"), touches={"dues_month"})   # short op: GUI thread
    def paper(self, path):
        ledger_report(self.db, 2026, path)                                                   # straight from the slot
    def fine(self, path):
        run_op(self, lambda _p: ledger_report(self.db, 2026, path), touches=(), long=True)
        def work(progress):
            return payroll.preview(self.db, path, "2026-01", progress=progress)
        start_op(self, work, touches=())
'''
    assert sorted(long_work_on_the_gui_thread(slot, "fake.tab")) == [
        "fake.tab:10 calls unionbook.services.dues.papers.ledger_report on the GUI thread",
        "fake.tab:8 calls unionbook.services.dues.dues.post_month on the GUI thread",
    ]

