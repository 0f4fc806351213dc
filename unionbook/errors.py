"""The application's own errors. Every message is Chinese and names what and where; `code` is stable English."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any


class UnionBookError(Exception):
    """Base of every refusal the user should read. `message` is shown as is (Chinese)."""

    code = "error"

    def __init__(self, message: str, *, details: dict[str, Any] | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.details = details or {}


@dataclass(frozen=True)
class FieldProblem:
    """One problem with one input field: `field` is the model attribute, `label` its Chinese name."""

    field: str
    label: str
    message: str
    severity: str = "error"  # "error" refuses; "warning" may be overridden with a note

    def text(self) -> str:
        return f"{self.label}：{self.message}"


class ValidationError(UnionBookError):
    code = "invalid"

    def __init__(self, problems: list[FieldProblem] | str, *, details: dict[str, Any] | None = None) -> None:
        if isinstance(problems, str):
            self.problems: list[FieldProblem] = []
            super().__init__(problems, details=details)
        else:
            self.problems = problems
            super().__init__("；".join(p.text() for p in problems), details=details)


class NotFoundError(UnionBookError):
    code = "not_found"


class ConflictError(UnionBookError):
    code = "conflict"


class StoreError(UnionBookError):
    code = "store"


class LockedError(StoreError):
    code = "locked"


_OS_REASONS = {
    "ENOENT": "找不到该文件或文件夹",
    "EACCES": "没有访问权限（文件可能是只读的，或正被其他程序占用）",
    "EPERM": "没有访问权限（文件可能是只读的，或正被其他程序占用）",
    "ENOSPC": "磁盘空间不足",
    "EROFS": "磁盘是只读的（如写保护的U盘）",
    "EISDIR": "这是一个文件夹，不是文件",
    "ENOTDIR": "路径中有一部分不是文件夹",
    "EEXIST": "文件已存在",
    "EBUSY": "文件正被其他程序占用",
    "ENAMETOOLONG": "文件名或路径太长",
    "EINVAL": "文件名不合法",
    "EIO": "读写磁盘出错（磁盘或U盘可能有问题）",
}


def os_reason(exc: OSError) -> str:
    """Why the operating system refused, in Chinese (its own text is English on many systems)."""
    import errno

    name = errno.errorcode.get(exc.errno or 0, "")
    if isinstance(exc, PermissionError) or getattr(exc, "winerror", None) == 32:  # 32: file in use (Windows)
        name = name or "EACCES"
    return _OS_REASONS.get(name, f"系统错误（{name or exc.errno or type(exc).__name__}）")
