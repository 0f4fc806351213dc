"""Every release's database opens in this version: its schema is migrated and its data reads back.

tests/fixtures/releases holds one small database made by each release (with a JSON of what it holds). When a
release changes the schema, add its file: `python -c` building a demo of 60 members, as the first one was.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from unionbook.services.members.records import RosterQuery, list_members
from unionbook.services.members.stats import key_figures
from unionbook.services.rules.in_force import rules_in_force
from unionbook.store import Database
from unionbook.store.backup import list_backups
from unionbook.store.migrations import HEAD

RELEASES = sorted((Path(__file__).parent.parent / "fixtures" / "releases").glob("*.sqlite"))


def test_there_is_a_fixture_for_the_first_release() -> None:
    assert RELEASES, "tests/fixtures/releases is empty"


@pytest.mark.parametrize("fixture", RELEASES, ids=[p.stem for p in RELEASES])
def test_release_database_opens_and_reads(fixture: Path, tmp_path: Path) -> None:
    expected = json.loads(Path(str(fixture) + ".json").read_text(encoding="utf-8"))
    path = tmp_path / fixture.name
    shutil.copy(fixture, path)
    db = Database.open(path)
    try:
        with db.engine.connect() as conn:
            assert conn.exec_driver_sql("SELECT version_num FROM alembic_version").scalar() == HEAD
        figures = key_figures(db)
        assert (figures.union_name, figures.members, figures.former_members) == (
            expected["union_name"], expected["members"], expected["former_members"])
        # 0.1 stored the rule set's old name; it loads the renamed set
        assert rules_in_force(db).id == "national-2021"
        someone = list_members(db, RosterQuery(), limit=1)[0]
        # the trigram search index (3+ characters) and the short-term path both still find people
        assert someone.id in [m.id for m in list_members(db, RosterQuery(search=someone.id_number[-6:]))]
        assert someone.id in [m.id for m in list_members(db, RosterQuery(search=someone.name[:2]))]
        if expected["revision"] != HEAD:
            # an older schema was migrated, and only after a copy of it was kept
            assert list_backups(db.backup_dir, path.stem)
    finally:
        db.close()
