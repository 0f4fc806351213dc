"""What can be imported through the import machinery: one kind per sheet shape, each with its own fields and
synonyms, and a service module that reads, plans, commits and undoes it the same way.

The members roster (services/imports/flow.py) is the first kind; another area adds its kind here (the reading
room's delivery list). A kind's module offers what the wizard and the CLI call:

- `FIELD_CHOICES` (field → Chinese label, in the wizard's order)
- `inspect(path, sheet=None, mapping=None) -> Inspection` and `remap(inspection, mapping)`
- `preview(db, path, sheet, mapping, *, progress, inspection) -> ImportPlan` (a plan's subclass may add detail)
- `commit(db, plan, *, skip_errors, progress) -> ImportResult`, one `ImportBatch` with `kind` set

and, for kinds other than members, `undo_batch(session, batch, actor) -> UndoResult`: what `undo.undo` calls, inside
its transaction, to take back that kind's rows (or refuse with the reason). The module is imported only when
used (by name), so the import machinery does not depend on the areas that use it.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass
from types import ModuleType

from unionbook.errors import NotFoundError


@dataclass(frozen=True)
class ImportKind:
    name: str
    label: str  # Chinese: what the file is (会员名册, 配送书目)
    module: str
    required: tuple[str, ...]  # fields a mapping must give
    touches: frozenset[str]  # tables a commit or an undo writes (the window reloads the pages showing them)


MEMBERS = "members"
KINDS: dict[str, ImportKind] = {
    MEMBERS: ImportKind(MEMBERS, "会员名册", "unionbook.services.imports.flow", ("name", "id_number"),
                        frozenset({"member", "import_batch"})),
    "library": ImportKind("library", "配送书目", "unionbook.services.library.imports", ("title",),
                          frozenset({"library_title", "library_copy", "import_batch"})),
}


def kind(name: str) -> ImportKind:
    found = KINDS.get(name)
    if found is None:
        raise NotFoundError(f"没有“{name}”这种导入（可选：{'、'.join(KINDS)}）")
    return found


def service(name: str) -> ModuleType:
    """The kind's service module (see the module docstring for what it offers)."""
    return importlib.import_module(kind(name).module)
