"""What a crash leaves behind is swept on the next start, temporary copies stay beside the database in a private
folder (never in the system temp folder), and every file holding personal data is private (0600, folders 0700)."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

from unionbook.services.union.backups import backup_now, restore
from unionbook.store import Database
from unionbook.store import backup as store_backup
from unionbook.store.backup import list_backups
from unionbook.store.scratch import scratch_dir

posix_only = pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_leftovers_of_a_killed_backup_and_restore_are_swept_on_the_next_open(demo_path: Path) -> None:
    backups = demo_path.with_name(demo_path.stem + ".backups")
    backups.mkdir(exist_ok=True)
    stray = [backups / "demo-20260101-120000-close.sqlite.part", backups / "demo-20260101-120000-close.sqlite.part-journal"]
    for p in stray:
        p.write_bytes(b"half a copy")
    other = backups / "other-20260101-120000-close.sqlite.part"  # another database's: not ours to touch
    other.write_bytes(b"x")
    scratch = scratch_dir(demo_path)
    (scratch / "restore-1").mkdir(parents=True)
    (scratch / "restore-1" / "chosen.sqlite").write_bytes(b"whole ID numbers")
    Database.open(demo_path).close()
    assert not any(p.exists() for p in stray)
    assert other.exists()
    assert not any(scratch.iterdir()) if scratch.exists() else True


def test_restore_copies_into_the_private_folder_beside_the_database(demo_db: Database, tmp_path: Path,
                                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    backup = backup_now(demo_db)
    targets: list[Path] = []
    copy = store_backup.copy_database

    def spy(source: object, target: Path) -> None:
        targets.append(target)
        copy(source, target)  # type: ignore[arg-type]

    monkeypatch.setattr(store_backup, "copy_database", spy)
    system_temp = Path(tempfile.gettempdir()).resolve()
    restore(demo_db, backup)
    chosen = [t for t in targets if t.name == "chosen.sqlite"]
    assert chosen and all(scratch_dir(demo_db.path) in t.parents for t in chosen)
    assert not any(system_temp in t.resolve().parents and demo_db.path.parent not in t.parents for t in targets)
    assert not any(scratch_dir(demo_db.path).iterdir())  # nothing left after a restore that finished


@pytest.mark.slow
@posix_only
def test_database_backups_and_their_folders_are_private(db_path: Path, tmp_path: Path) -> None:
    # a child process with the usual umask 022, as a user's shell has
    code = (
        "import os, sys; os.umask(0o022); from unionbook.__main__ import main; "
        "db = ['--db', sys.argv[1]]; "
        "sys.exit(main([*db, 'init', '--name', '某某工会']) or main([*db, 'backup']) "
        "or main([*db, 'members', 'add', '--name', '张三', '--id-number', '11010519491231002X']) "
        "or main([*db, 'form', 'render', 'roster', '--all', '--out', sys.argv[2]]))"
    )
    pdf = tmp_path / "名册.pdf"
    subprocess.run([sys.executable, "-c", code, str(db_path), str(pdf)], check=True, capture_output=True, timeout=120)
    assert mode(db_path) == 0o600
    assert mode(pdf) == 0o600  # whole ID numbers may be printed
    folder = db_path.with_name(db_path.stem + ".backups")
    assert mode(folder) == 0o700
    made = list_backups(folder)
    assert made and all(mode(p) == 0o600 for p in made)


@posix_only
def test_backups_are_private_even_in_process(db: Database) -> None:
    made = backup_now(db)
    assert mode(made) == 0o600 and mode(made.parent) == 0o700


def test_the_change_history_never_holds_a_whole_id_number(union_db: Database) -> None:
    from unionbook.services.members.records import MemberDraft, add_member, update_member
    from unionbook.services.union.audit import recent_changes

    old = "110105491231002"  # 15 digits: converted, with a warning that used to repeat both numbers
    result = add_member(union_db, MemberDraft(name="老职工", id_number=old))
    update_member(union_db, result.member_id, MemberDraft(name="老职工", id_number="11010519491231002X",
                                                          phone="13800138000"))
    with union_db.read() as s:
        texts = [c.summary + repr(c.detail) for c in recent_changes(s)]
    joined = "\n".join(texts)
    assert "110105491231002" not in joined and "11010519491231002X" not in joined and "110105194912310" not in joined
    assert "110105" in joined  # masked, not dropped: 110105********002X
