"""A process that dies while writing into the user's folder (an export, a PDF, `backup --to`, a backup into a
folder) leaves a half-written part file there; the next open of the database for writing sweeps it, and so does
the next output into the same folder. A part of a process that still runs is never touched.

The crash is made exact: the writer runs in a forked child whose os.replace (the rename that would finish the
file) ends the process on the spot (os._exit), so the part is left exactly as a kill at that moment leaves it."""

from __future__ import annotations

import multiprocessing as mp
import os
from collections.abc import Callable
from pathlib import Path

import pytest

from unionbook.store import Database

pytestmark = pytest.mark.skipif(not hasattr(os, "fork"), reason="forks children (POSIX)")


def _export(db: Database, out: Path) -> None:
    from unionbook.services.members.exports import export_roster

    export_roster(db, out / "会员名册.xlsx")


def _pdf(db: Database, out: Path) -> None:
    from unionbook.services.forms.catalog import render_form

    render_form(db, "roster", out / "花名册.pdf", all_members=True)


def _backup_to(db: Database, out: Path) -> None:
    from unionbook.services.union.backups import backup_to_file

    backup_to_file(db, out / "备份.sqlite")


def _backup_into(db: Database, out: Path) -> None:
    from unionbook.services.union.backups import backup_now

    backup_now(db, out)


def _labels(db: Database, out: Path) -> None:
    from unionbook.services.library.papers import labels_for, write_labels

    write_labels(db, labels_for(db, ()), out / "条码标签.pdf")


def _overdue(db: Database, out: Path) -> None:
    from unionbook.services.library.papers import write_overdue_list

    write_overdue_list(db, out / "催还单.pdf")


def _ledger_xlsx(db: Database, out: Path) -> None:
    from unionbook.services.dues.papers import ledger_report

    ledger_report(db, 2025, out / "收支.xlsx")


def _key_card(db: Database, out: Path) -> None:
    from unionbook.services.bundles.keys import export_card

    export_card(db, out / "公钥.txt")


WRITERS: dict[str, Callable[[Database, Path], None]] = {
    "export": _export, "pdf": _pdf, "backup_to": _backup_to, "backup_into": _backup_into, "labels": _labels,
    "overdue": _overdue, "ledger_xlsx": _ledger_xlsx, "key_card": _key_card}


def _die_at_the_rename(name: str, db_path: str, out: str) -> None:
    def crash(*_args: object, **_kwargs: object) -> None:
        os._exit(9)

    db = Database.open(Path(db_path), purpose="cli")
    os.replace = crash  # type: ignore[assignment]  # this forked child only
    WRITERS[name](db, Path(out))
    os._exit(0)  # not reached when the writer renames


def _crash(name: str, db_path: Path, out: Path) -> list[str]:
    child = mp.get_context("fork").Process(target=_die_at_the_rename, args=(name, str(db_path), str(out)))
    child.start()
    child.join(60)
    assert child.exitcode == 9, f"{name}: the child did not reach the rename ({child.exitcode})"
    return sorted(p.name for p in out.iterdir())


@pytest.mark.parametrize("name", list(WRITERS))
def test_a_part_left_in_the_users_folder_is_swept_at_the_next_open(name: str, demo_path: Path,
                                                                   tmp_path: Path) -> None:
    out = tmp_path / "我的文件夹"
    out.mkdir()
    (out / "自己的文件.part").write_text("not ours")  # a user's own file that merely looks like a part
    left = _crash(name, demo_path, out)
    assert len(left) == 2, left  # the crash really left a half-written file
    Database.open(demo_path).close()
    assert sorted(p.name for p in out.iterdir()) == ["自己的文件.part"]


def test_the_next_output_into_the_folder_sweeps_it_too(demo_path: Path, tmp_path: Path) -> None:
    out = tmp_path / "导出"
    out.mkdir()
    _crash("export", demo_path, out)
    from unionbook.partfiles import registry_dir

    for record in registry_dir().iterdir():  # as if the record were lost: the name alone must do
        record.unlink()
    db = Database.open(demo_path, purpose="cli")
    try:
        _export(db, out)
    finally:
        db.close()
    assert sorted(p.name for p in out.iterdir()) == ["会员名册.xlsx"]


def test_a_part_of_a_live_writer_is_left_alone(tmp_path: Path) -> None:
    from unionbook.partfiles import drop_part, new_part, sweep_folder, sweep_recorded

    part = new_part(tmp_path / "a.xlsx")
    assert part.name.startswith(".a.xlsx.") and part.name.endswith(".unionbook-part")
    assert sweep_folder(tmp_path) == [] and sweep_recorded() == [] and part.exists()
    drop_part(part)
    assert list(tmp_path.iterdir()) == []
