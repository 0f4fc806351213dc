"""The crash test: a child process importing, undoing, adding, backing up, restoring and exporting is killed (SIGKILL) at
random moments, over and over. After every kill the database must be whole (SQLite's integrity_check), hold no
part of a batch (all of an import or none, every member with its join event, the search index matching), leave
nothing behind once opened again (no .part copies, no temporary restore copies, no half-written export or
`backup --to` file in the user's folder, no stale lock), and open for writing as usual.

Children are forked from this process, which has already imported everything, so a trial costs milliseconds of
start-up and the kill lands inside the work rather than inside Python's imports."""

from __future__ import annotations

import multiprocessing as mp
import os
import random
import shutil
import signal
import sqlite3
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from roster_files import check_search_index, resident_id, simple_roster

from unionbook.services.imports import flow as imports
from unionbook.services.members.exports import export_roster
from unionbook.services.members.records import MemberDraft, add_member
from unionbook.services.union.backups import backup_now, backup_to_file, restore
from unionbook.services.union.demo import build_demo
from unionbook.store import Database
from unionbook.store.backup import list_backups, make_backup
from unionbook.store.lock import lock_path_for
from unionbook.store.scratch import scratch_dir

pytestmark = pytest.mark.skipif(not hasattr(os, "fork"), reason="forks children (POSIX)")

BASE_MEMBERS = 150
IMPORTED = 120  # new members in the import file
TRIALS_PER_OP = 20  # × 6 operations = 120 kills
MAX_DELAY = 0.5  # seconds after the fork: each loop below runs longer than this, so the kill lands in the work


# ---- what the children do, in a loop, until they are killed ----

def _loop_import_undo(db: Database, file: Path) -> None:
    while True:
        batch = imports.commit(db, imports.preview(db, file)).batch_id
        imports.undo(db, batch or "")


def _loop_undo_import(db: Database, file: Path) -> None:
    while True:
        batches = imports.list_batches(db)
        if batches and batches[0].undone_at is None:
            imports.undo(db, batches[0].batch_id)
        imports.commit(db, imports.preview(db, file))


def _loop_add(db: Database, _file: Path) -> None:
    for seq in range(1, 10_000):
        add_member(db, MemberDraft(name=f"新会员{seq}", id_number=resident_id("19850101", seq, "320102")))


def _loop_backup(db: Database, _file: Path) -> None:
    while True:
        backup_now(db)
        make_backup(db.path, db.backup_dir, "close", keep=3)  # with the rotation


def _loop_export(db: Database, _file: Path) -> None:
    out = _user_folder(db.path)
    while True:
        export_roster(db, out / "会员名册.xlsx")
        backup_to_file(db, out / "备份.sqlite")


def _user_folder(db_path: Path) -> Path:
    """The folder the user chose for exports and backups (outside everything the database owns)."""
    return db_path.parent / "我的文件"


def _loop_restore(db: Database, _file: Path) -> None:
    chosen = list_backups(db.backup_dir, db.path.stem)[-1]  # the oldest: the base, before the import
    while True:
        restore(db, chosen)


OPS: dict[str, Callable[[Database, Path], None]] = {
    "import": _loop_import_undo, "undo": _loop_undo_import, "add": _loop_add, "backup": _loop_backup,
    "restore": _loop_restore, "export": _loop_export,
}


def _child(op: str, db_path: str, file: str) -> None:
    random.seed()
    db = Database.open(Path(db_path), purpose="cli")
    OPS[op](db, Path(file))


# ---- the checks after each kill ----

def _counts(path: Path) -> tuple[int, int]:
    conn = sqlite3.connect(path)
    try:
        members = conn.execute("SELECT count(*) FROM member").fetchone()[0]
        orphans = conn.execute("SELECT count(*) FROM member m WHERE NOT EXISTS "
                               "(SELECT 1 FROM member_event e WHERE e.member_id = m.id)").fetchone()[0]
        return int(members), int(orphans)
    finally:
        conn.close()


def _allowed_counts(op: str) -> set[int] | None:
    if op in ("import", "undo", "restore"):
        return {BASE_MEMBERS, BASE_MEMBERS + IMPORTED}
    return None  # add: any number, each member whole


@pytest.fixture(scope="module")
def base(tmp_path_factory: pytest.TempPathFactory, empty_template: Path) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("crash-base")
    path = folder / "union.sqlite"
    shutil.copyfile(empty_template, path)
    db = Database.open(path)
    try:
        build_demo(db, members=BASE_MEMBERS, seed=4)
        make_backup(db.path, db.backup_dir, "manual")  # the state restore goes back to
    finally:
        db.close()
    file = simple_roster(folder / "新会员.xlsx", [(f"导入{i}", resident_id("19900101", i, "440304"))
                                               for i in range(1, IMPORTED + 1)])
    with_batch = folder / "with-batch"
    with_batch.mkdir()
    shutil.copyfile(path, with_batch / path.name)
    shutil.copytree(db.backup_dir, with_batch / db.backup_dir.name)
    db = Database.open(with_batch / path.name)
    try:
        imports.commit(db, imports.preview(db, file))
    finally:
        db.close()
    return {"plain": path, "with_batch": with_batch / path.name, "file": file}


def _trial(op: str, base: dict[str, Path], folder: Path, rng: random.Random) -> tuple[bool, list[str]]:
    """One kill; returns whether it landed while the child was working, and what went wrong (empty when the
    database survived whole)."""
    source = base["with_batch"] if op in ("undo", "restore") else base["plain"]
    folder.mkdir()
    db_path = folder / source.name
    shutil.copyfile(source, db_path)
    shutil.copytree(source.with_name(source.stem + ".backups"), folder / (source.stem + ".backups"))
    _user_folder(db_path).mkdir()
    before = _counts(db_path)[0]
    child = mp.get_context("fork").Process(target=_child, args=(op, str(db_path), str(base["file"])))
    child.start()
    time.sleep(rng.uniform(0.0, MAX_DELAY))
    alive = child.is_alive()
    if child.pid is not None:
        try:
            os.kill(child.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
    child.join(30)
    wrong: list[str] = []
    if not alive and child.exitcode not in (None, -signal.SIGKILL):
        wrong.append(f"the child ended by itself with {child.exitcode} before the kill")
    try:
        db = Database.open(db_path)
    except Exception as exc:  # the next open must work
        return alive, [*wrong, f"next open failed: {exc}"]
    try:
        if db.read_only:
            wrong.append(f"opened read-only: {db.read_only_reason}")
        found = db.check(full=True)
        if found:
            wrong.append(f"integrity: {found}")
        check_search_index(db)
        members, orphans = _counts(db_path)
        allowed = _allowed_counts(op)
        if allowed is not None and members not in allowed | {before}:
            wrong.append(f"partial batch: {members} members (allowed {sorted(allowed | {before})})")
        if orphans:
            wrong.append(f"{orphans} members without their join event")
        leftovers = [p.name for p in db.backup_dir.iterdir() if ".part" in p.name]
        scratch = scratch_dir(db_path)
        leftovers += [p.name for p in scratch.iterdir()] if scratch.exists() else []
        # in the user's folder: only whole files (a killed export or backup --to left a part file there)
        leftovers += [p.name for p in _user_folder(db_path).iterdir() if p.name not in ("会员名册.xlsx", "备份.sqlite")]
        if leftovers:
            wrong.append(f"leftovers after the next open: {leftovers}")
        good = [p for p in list_backups(db.backup_dir, db_path.stem) if not _whole(p)]
        if good:
            wrong.append(f"damaged backups: {[p.name for p in good]}")
        add_member(db, MemberDraft(name="检查员", id_number=resident_id("19700101", 7, "110101")))
    finally:
        db.close()
    if lock_path_for(db_path).exists():
        wrong.append("lock file left after close")
    return alive, wrong


def _whole(path: Path) -> bool:
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        return bool(conn.execute("PRAGMA quick_check").fetchone()[0] == "ok")
    except sqlite3.DatabaseError:
        return False
    finally:
        conn.close()


@pytest.mark.slow
def test_killed_at_random_points_the_database_stays_whole(base: dict[str, Path], tmp_path: Path) -> None:
    rng = random.Random(int(os.environ.get("UNIONBOOK_CRASH_SEED", "0")) or None)
    system_temp = Path(tempfile.gettempdir())
    temp_before = {p.name for p in system_temp.glob("unionbook-restore-*")}  # what restore used to leave there
    failures: dict[str, list[str]] = {}
    trials = landed = 0
    started = time.monotonic()
    schedule = [op for op in OPS for _ in range(TRIALS_PER_OP)]
    rng.shuffle(schedule)
    for n, op in enumerate(schedule):
        alive, wrong = _trial(op, base, tmp_path / f"t{n:03d}-{op}", rng)
        trials += 1
        landed += alive
        if wrong:
            failures[f"t{n:03d}-{op}"] = wrong
        shutil.rmtree(tmp_path / f"t{n:03d}-{op}", ignore_errors=True)
    temp_after = {p.name for p in system_temp.glob("unionbook-restore-*")}
    print(f"\ncrash test: {trials} kills ({TRIALS_PER_OP} each of {', '.join(OPS)}; {landed} while working), "
          f"{trials - len(failures)} survivors, {len(failures)} failures, "
          f"{time.monotonic() - started:.0f} s")
    assert trials >= 100 and landed >= 0.9 * trials
    assert not failures, failures
    assert temp_after <= temp_before, temp_after - temp_before  # nothing left in the system temp folder
