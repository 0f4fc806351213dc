"""SQLite errors as the application's own errors, in Chinese (nothing was written), for the SQLAlchemy and the
plain sqlite3 paths alike (store/database.py)."""

from __future__ import annotations

import sqlite3
from typing import TYPE_CHECKING

from unionbook.errors import StoreError, UnionBookError

if TYPE_CHECKING:
    from sqlalchemy.exc import SQLAlchemyError


class DiskFullError(StoreError):
    """The disk is full: nothing was written."""

    code = "disk_full"


class ReadOnlyError(StoreError):
    """The file is open read-only (a read-only medium or folder): writes are refused."""

    code = "read_only"


# Unique constraints the user can run into, and how to say so.
_UNIQUE_MESSAGES = {
    "member.id_number": "该身份证号已登记",
    "member.card_number": "该会员证号已被使用",
    "employer.name": "该单位名称已存在",
}


def translate_error(exc: SQLAlchemyError | sqlite3.Error) -> UnionBookError:
    """A database error as the application's own error, in Chinese; nothing was written."""
    raw = str(getattr(exc, "orig", exc))
    broken_constraint = isinstance(exc, sqlite3.IntegrityError)
    if not broken_constraint and not isinstance(exc, sqlite3.Error):
        from sqlalchemy.exc import IntegrityError

        broken_constraint = isinstance(exc, IntegrityError)
    if broken_constraint:
        for key, message in _UNIQUE_MESSAGES.items():
            if key in raw:
                return StoreError(f"{message}，未保存。", details={"constraint": key})
        if "FOREIGN KEY" in raw:
            return StoreError("数据之间的关联不完整（外键约束），未保存。")
        return StoreError(f"数据不符合约束，未保存：{raw}")
    low = raw.lower()
    if "disk is full" in low or "database or disk is full" in low:
        return DiskFullError("磁盘已满，本次操作未写入任何数据。请清理磁盘空间后重试。")
    if "readonly" in low or "read-only" in low:
        return StoreError("数据库文件为只读，无法保存。请检查文件权限或是否在只读的U盘上。")
    if "locked" in low or "busy" in low:
        return StoreError("数据库正忙（被另一个程序占用），本次操作未保存，请稍后重试。")
    if "disk i/o" in low:
        return StoreError("读写磁盘出错，本次操作未保存。请检查U盘或磁盘是否已拔出或损坏。")
    if "malformed" in low or "not a database" in low:
        return StoreError("数据库文件已损坏。请从备份恢复（菜单“文件 → 从备份恢复”）。")
    return StoreError(f"数据库错误，本次操作未保存：{raw}")
