"""The backups a person can choose from when restoring: when each was made, why (自动/手动/迁移前 …) and how
many members it holds, so two backups never look the same and the choice is made knowingly."""

from __future__ import annotations

import datetime as dt
import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from unionbook.services.union.backups import list_backups
from unionbook.store import Database
from unionbook.store.backup import backup_reason

KIND_LABELS = {
    "close": "自动（关闭时）",
    "manual": "手动",
    "migrate": "迁移前（升级程序时）",
    "restore": "恢复前",
    "import": "导入前",
}


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    made_at: dt.datetime | None
    kind: str
    kind_label: str
    members: int | None  # current members (在册 + 保留会籍); None when the file cannot be read
    union_name: str

    def to_json(self) -> dict[str, Any]:
        return {"path": str(self.path), "made_at": self.made_at.isoformat(sep=" ") if self.made_at else None,
                "kind": self.kind, "kind_label": self.kind_label, "members": self.members,
                "union_name": self.union_name}


def describe_backup(path: Path) -> BackupInfo:
    kind = backup_reason(path)
    made_at = _stamp(path)
    members: int | None = None
    union = ""
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        try:
            members = int(conn.execute("SELECT count(*) FROM member WHERE status IN ('active', 'kept')")
                          .fetchone()[0])
            row = conn.execute("SELECT name FROM union_profile WHERE id = 1").fetchone()
            union = str(row[0]) if row else ""
        finally:
            conn.close()
    except sqlite3.Error:
        pass
    if made_at is None:
        made_at = dt.datetime.fromtimestamp(path.stat().st_mtime).replace(microsecond=0)
    return BackupInfo(path, made_at, kind, KIND_LABELS.get(kind, "其他"), members, union)


def describe_backups(db: Database) -> list[BackupInfo]:
    """This database's backups, newest first."""
    return [describe_backup(p) for p in list_backups(db)]


def _stamp(path: Path) -> dt.datetime | None:
    parts = path.stem.split("-")
    for i in range(len(parts) - 1):
        if len(parts[i]) == 8 and len(parts[i + 1]) == 6 and (parts[i] + parts[i + 1]).isdigit():
            try:
                return dt.datetime.strptime(parts[i] + parts[i + 1], "%Y%m%d%H%M%S")
            except ValueError:
                return None
    return None
