"""Why an open database is read-only, in the words the window's banner and the command line show: the message,
its error code and details (Database.read_only_reason, read_only_code, read_only_details)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from unionbook.store.backup import newest_good_backup
from unionbook.store.integrity import DamagedError

Reason = tuple[str, str, dict[str, Any]]


def damaged(path: Path, backup_dir: Path, found: str) -> Reason:
    """The file failed the integrity check (`found`): offer the newest good backup, if any."""
    good = newest_good_backup(backup_dir, path.stem)
    if good is not None:
        offer = (f"最新的完好备份是“{good}”，请从它恢复（菜单“文件 → 从备份恢复”，或命令 "
                 f"unionbook restore \"{good}\"）。")
    else:
        offer = f"在“{backup_dir}”中没有找到完好的备份：请勿继续使用此文件，先复制一份再设法抢救数据。"
    return (f"数据库文件“{path}”已损坏（完整性检查：{found}），已以只读方式打开：可以查看，但不能修改，也不会备份。{offer}",
            DamagedError.code, {"problem": found, "backup": str(good) if good else None})


def unwritable(path: Path) -> Reason:
    return (f"数据库文件“{path}”所在的位置不能写入（只读的U盘或光盘、写保护，或没有写入权限），"
            "已以只读方式打开：可以查看，但不能修改。如需修改，请把文件复制到可写入的文件夹后再打开。", "read_only", {})


def disk_full(path: Path) -> Reason:
    return (f"磁盘已满：数据库文件“{path}”所在的磁盘几乎没有剩余空间，已以只读方式打开："
            "可以查看，但不能修改。请清理磁盘空间后重新打开。", "disk_full", {})
