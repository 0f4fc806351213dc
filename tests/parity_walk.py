"""Which service writes the window can do and the command line cannot, read from the source with `ast`.

- A *write* is a function of the services package that opens `db.transaction()`, or calls such a function
  (directly or through other service functions): `apply_election` writes through `start_term`.
- A *GUI write* is a write called anywhere in the ui package.
- The *CLI's reach* starts at the command modules the area registry lists (`unionbook.areas.cli_modules()`):
  every function they call, and everything those call in turn, function by function (through re-exports such
  as `cli/elections/__init__.py`).

Calls are resolved through each module's imports (`from … import f`, `import … as m` then `m.f`), so two
functions of the same name in different modules are not confused.
"""

from __future__ import annotations

import ast
import functools
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

Func = tuple[str, str]  # (dotted module, function name)


@dataclass
class Module:
    name: str
    tree: ast.Module
    aliases: dict[str, tuple[str, str | None]] = field(default_factory=dict)  # local → (module, attr or None)
    functions: dict[str, ast.FunctionDef] = field(default_factory=dict)


class Source:
    """Every module of one package, parsed."""

    def __init__(self, root: Path, package: str) -> None:
        self.modules: dict[str, Module] = {}
        for path in sorted(root.rglob("*.py")):
            rel = path.relative_to(root).with_suffix("")
            parts = [package, *rel.parts]
            if parts[-1] == "__init__":
                parts.pop()
            name = ".".join(parts)
            tree = ast.parse(path.read_text(encoding="utf-8"))
            mod = Module(name, tree)
            for node in tree.body:
                if isinstance(node, ast.FunctionDef):
                    mod.functions[node.name] = node
            for node in ast.walk(tree):  # imports inside functions too (the CLI imports lazily)
                if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                    for a in node.names:
                        mod.aliases[a.asname or a.name] = (node.module, a.name)
                elif isinstance(node, ast.Import):
                    for a in node.names:
                        if a.asname:
                            mod.aliases[a.asname] = (a.name, None)
            self.modules[name] = mod

    def resolve(self, module: str, attr: str, depth: int = 0) -> Func | None:
        """Where `module.attr` is defined, following re-exports; None when outside the package."""
        mod = self.modules.get(module)
        if mod is None or depth > 10:
            return None
        if attr in mod.functions:
            return (module, attr)
        if attr in mod.aliases:
            target, name = mod.aliases[attr]
            return self.resolve(target, name, depth + 1) if name else None
        return None

    def calls(self, module: str, node: ast.AST) -> set[Func]:
        """The package functions called (or passed on, e.g. to a worker) inside `node`."""
        mod = self.modules[module]
        out: set[Func] = set()
        for sub in ast.walk(node):
            found: Func | None = None
            if isinstance(sub, ast.Name):
                if sub.id in mod.functions:
                    found = (module, sub.id)
                elif sub.id in mod.aliases:
                    target, name = mod.aliases[sub.id]
                    found = self.resolve(target, name) if name else None
            elif isinstance(sub, ast.Attribute) and isinstance(sub.value, ast.Name):
                alias = mod.aliases.get(sub.value.id)
                if alias is not None:
                    target, name = alias
                    found = self.resolve(f"{target}.{name}" if name else target, sub.attr)
            if found is not None:
                out.add(found)
        return out

    def functions_in(self, prefix: str) -> Iterable[Func]:
        for name, mod in self.modules.items():
            if name == prefix or name.startswith(prefix + "."):
                for fn in mod.functions:
                    yield (name, fn)


@functools.lru_cache(maxsize=4)
def source(root: Path, package: str) -> Source:
    """Parsed once per run (the package is ~150 modules; parsing takes about a second on the CI machine)."""
    return Source(root, package)


def _opens_transaction(node: ast.FunctionDef) -> bool:
    return any(isinstance(c, ast.Call) and isinstance(c.func, ast.Attribute) and c.func.attr == "transaction"
               for c in ast.walk(node))


def writes(src: Source, services: str) -> set[Func]:
    graph = {f: src.calls(f[0], src.modules[f[0]].functions[f[1]]) for f in src.functions_in(services)}
    found = {f for f in graph if _opens_transaction(src.modules[f[0]].functions[f[1]])}
    while True:
        more = {f for f, called in graph.items() if f not in found and called & found}
        if not more:
            return found
        found |= more


def reach(src: Source, start: Iterable[str]) -> set[Func]:
    """Every package function the modules `start` call, and everything those call in turn (function by
    function: importing one helper from another command module does not bring in that module's commands)."""
    called: set[Func] = set()
    for name in start:
        if name in src.modules:
            called |= src.calls(name, src.modules[name].tree)
            entry = src.resolve(name, "register")  # the registry's contract: `register(subparsers)`
            if entry is not None:
                called.add(entry)
    frontier = list(called)
    while frontier:
        module, fn = frontier.pop()
        for g in src.calls(module, src.modules[module].functions[fn]):
            if g not in called:
                called.add(g)
                frontier.append(g)
    return called


def gui_writes_without_cli(root: Path, package: str, cli_modules: Iterable[str]) -> list[str]:
    """`module:function` of every service write called from the ui package that no CLI command reaches."""
    src = source(root, package)
    services, ui = f"{package}.services", f"{package}.ui"
    all_writes = writes(src, services)
    gui: set[Func] = set()
    for name in src.modules:
        if name == ui or name.startswith(ui + "."):
            gui |= src.calls(name, src.modules[name].tree) & all_writes
    covered = reach(src, cli_modules)
    return sorted(f"{m}:{f}" for m, f in gui - covered)


def gui_writes(root: Path, package: str) -> list[str]:
    src = source(root, package)
    all_writes = writes(src, f"{package}.services")
    ui = f"{package}.ui"
    gui: set[Func] = set()
    for name in src.modules:
        if name == ui or name.startswith(ui + "."):
            gui |= src.calls(name, src.modules[name].tree) & all_writes
    return sorted(f"{m}:{f}" for m, f in gui)
