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

    def to_json(self) -> dict[str, Any]:
        return {"error": self.code, "message": self.message, **({"details": self.details} if self.details else {})}


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

    def to_json(self) -> dict[str, Any]:
        data = super().to_json()
        if self.problems:
            data["problems"] = [
                {"field": p.field, "label": p.label, "message": p.message, "severity": p.severity}
                for p in self.problems
            ]
        return data


class NotFoundError(UnionBookError):
    code = "not_found"


class ConflictError(UnionBookError):
    code = "conflict"


class StoreError(UnionBookError):
    code = "store"


class LockedError(StoreError):
    code = "locked"
