"""Every write the GUI makes goes through `run_op` (or `start_op`, its dialog-less twin): a static check.

The writers are derived, not listed by hand: a service function that opens `db.transaction()`, or calls one
that does (to a fixed point), plus the few that replace or create whole files. Then every call in
unionbook/ui that reaches a writer (or opens a transaction itself) must sit inside the operation handed to
run_op/start_op: a lambda passed to it, or a function whose name is passed to it in the same module.
"""

from __future__ import annotations

import ast
import functools
from collections.abc import Callable, Iterator
from pathlib import Path

import unionbook

ROOT = Path(unionbook.__file__).parent
OPS = {"run_op", "start_op"}
# writers that do not open a transaction: a restore replaces the whole file
EXTRA_WRITERS = {("unionbook.services.union.backups", "restore")}


def _module(path: Path) -> str:
    return ".".join(path.relative_to(ROOT.parent).with_suffix("").parts)


def _imports(tree: ast.Module) -> tuple[dict[str, tuple[str, str]], dict[str, str]]:
    """name → (module, function) for `from m import f`, alias → module for imported service modules."""
    names: dict[str, tuple[str, str]] = {}
    modules: dict[str, str] = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("unionbook.services"):
            for alias in node.names:
                full = f"{node.module}.{alias.name}"
                local = alias.asname or alias.name
                if (ROOT.parent / Path(*full.split("."))).with_suffix(".py").exists():
                    modules[local] = full
                else:
                    names[local] = (node.module, alias.name)
        elif isinstance(node, ast.Import):
            for alias in node.names:
                if alias.name.startswith("unionbook.services") and alias.asname:
                    modules[alias.asname] = alias.name
    return names, modules


def _callee(call: ast.Call, module: str, local_defs: set[str], names: dict[str, tuple[str, str]],
            modules: dict[str, str]) -> tuple[str, str] | None:
    f = call.func
    if isinstance(f, ast.Name):
        if f.id in names:
            return names[f.id]
        if f.id in local_defs:
            return (module, f.id)
    if isinstance(f, ast.Attribute) and isinstance(f.value, ast.Name) and f.value.id in modules:
        return (modules[f.value.id], f.attr)
    return None


def _opens_transaction(call: ast.Call) -> bool:
    return isinstance(call.func, ast.Attribute) and call.func.attr == "transaction"


@functools.cache
def _parsed(folder: str) -> tuple[tuple[str, ast.Module], ...]:
    return tuple((_module(path), ast.parse(path.read_text(encoding="utf-8")))
                 for path in sorted((ROOT / folder).rglob("*.py")))


@functools.cache
def service_writers() -> frozenset[tuple[str, str]]:
    calls: dict[tuple[str, str], set[tuple[str, str]]] = {}
    writers = set(EXTRA_WRITERS)
    for module, tree in _parsed("services"):
        names, modules = _imports(tree)
        defs = {n.name for n in tree.body if isinstance(n, ast.FunctionDef)}
        for fn in (n for n in tree.body if isinstance(n, ast.FunctionDef)):
            found = set()
            for call in (c for c in ast.walk(fn) if isinstance(c, ast.Call)):
                if _opens_transaction(call):
                    writers.add((module, fn.name))
                target = _callee(call, module, defs, names, modules)
                if target is not None:
                    found.add(target)
            calls[(module, fn.name)] = found
    # re-exports (`from unionbook.services.imports.batches import commit` in flow.py) count as the same function
    changed = True
    while changed:
        changed = False
        for fn, targets in calls.items():
            if fn not in writers and (targets & writers or any(t[1] == fn[1] and t in writers for t in targets)):
                writers.add(fn)
                changed = True
        for module, tree in _parsed("services"):
            names, _ = _imports(tree)
            for local, origin in names.items():
                if origin in writers and (module, local) not in writers:
                    writers.add((module, local))
                    changed = True
    return frozenset(writers)


def _parents(tree: ast.AST) -> dict[ast.AST, ast.AST]:
    return {child: node for node in ast.walk(tree) for child in ast.iter_child_nodes(node)}


def _op_argument(call: ast.Call) -> ast.expr | None:
    name = call.func.id if isinstance(call.func, ast.Name) else getattr(call.func, "attr", None)
    if name not in OPS:
        return None
    if len(call.args) >= 2:
        return call.args[1]
    return next((k.value for k in call.keywords if k.arg == "op"), None)


def calls_outside_ops(source: str, module: str, op_argument: Callable[[ast.Call], ast.expr | None]
                      ) -> Iterator[tuple[ast.Call, tuple[str, str] | None]]:
    """(call, what it calls) for every call of `source` that is not inside an operation: a lambda or a local
    function handed to a call for which `op_argument` names it (run_op/start_op here; long ones in
    test_dues_long_work.py)."""
    tree = ast.parse(source)
    names, modules = _imports(tree)
    parents = _parents(tree)
    ops = [a for a in (op_argument(c) for c in ast.walk(tree) if isinstance(c, ast.Call)) if a is not None]
    op_lambdas = {id(a) for a in ops if isinstance(a, ast.Lambda)}
    op_names = {a.id for a in ops if isinstance(a, ast.Name)}

    def inside_op(node: ast.AST) -> bool:
        while node in parents:
            node = parents[node]
            if isinstance(node, ast.Lambda) and id(node) in op_lambdas:
                return True
            if isinstance(node, ast.FunctionDef) and node.name in op_names:
                return True
        return False

    for call in (c for c in ast.walk(tree) if isinstance(c, ast.Call)):
        if not inside_op(call):
            yield call, _callee(call, module, set(), names, modules)


def violations(source: str, module: str, writers: frozenset[tuple[str, str]]) -> Iterator[str]:
    for call, target in calls_outside_ops(source, module, _op_argument):
        writes = _opens_transaction(call) or (target is not None and target in writers)
        if writes:
            what = "transaction()" if _opens_transaction(call) else ".".join(target or ())
            yield f"{module}:{call.lineno} calls {what} outside run_op"


def test_the_writers_are_found() -> None:
    writers = {name for _module_name, name in service_writers()}
    # the derivation must find the writes everyone knows about, or the check below would pass vacuously
    assert {"add_member", "update_member", "set_status", "check_in", "check_in_all", "add_meeting", "record_round",
            "apply_election", "save_profile", "set_override", "commit", "undo", "render_form", "build_demo",
            "restore"} <= writers
    assert not {"get_member", "list_meetings", "election_result", "default_present"} & writers


def test_every_gui_write_goes_through_run_op() -> None:
    writers = service_writers()
    found = []
    for path in (ROOT / "ui").rglob("*.py"):
        found += violations(path.read_text(encoding="utf-8"), _module(path), writers)
    assert found == []


def test_the_check_catches_a_slot_that_writes_by_itself() -> None:
    writers = service_writers()
    slot = '''
from unionbook.services.meetings.records import add_meeting, get_meeting
from unionbook.services.members import records as member_service
from unionbook.ui.kit.ops import run_op

class Page:
    def save(self):
        add_meeting(self._db, self.draft())                       # unguarded
    def edit(self):
        member_service.set_status(self._db, 1, None)              # unguarded, through a module alias
    def raw(self):
        with self._db.transaction() as s:                         # unguarded transaction
            pass
    def fine(self):
        get_meeting(self._db, 1)                                  # reads are free
        run_op(self, lambda: add_meeting(self._db, None), touches={"meeting"})
        def work(progress):
            return member_service.set_status(self._db, 1, None)
        run_op(self, work, touches={"member"}, long=True)
'''
    assert sorted(violations(slot, "fake.page", writers)) == [
        "fake.page:10 calls unionbook.services.members.records.set_status outside run_op",
        "fake.page:12 calls transaction() outside run_op",
        "fake.page:8 calls unionbook.services.meetings.records.add_meeting outside run_op",
    ]


def test_one_progress_protocol_and_one_cancel_exception() -> None:
    """`Progress` is defined once (unionbook/jobs.py), and so is the exception that says a job was cancelled."""
    defined: list[str] = []
    for path in ROOT.rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.ClassDef) and (node.name == "Progress" or "Cancel" in node.name):
                defined.append(f"{_module(path)}.{node.name}")
            if isinstance(node, ast.Assign) and any(isinstance(t, ast.Name) and t.id in ("Progress", "Cancel")
                                                    for t in node.targets):
                defined.append(f"{_module(path)}.{node.targets[0].id}")  # type: ignore[attr-defined]
    assert sorted(defined) == ["unionbook.jobs.Cancelled", "unionbook.jobs.Progress"]
