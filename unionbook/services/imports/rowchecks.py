"""Checks a roster import makes across rows or against the register: rows sharing an ID number, and a 会籍状态
column that the import does not apply."""

from __future__ import annotations

from typing import Any

from unionbook.domain.member import STATUS_LABELS, Status
from unionbook.exchange.rows import SheetRow
from unionbook.services.imports.plan import Problem

STATUS_BY_LABEL = {label: status for status, label in STATUS_LABELS.items()}


def duplicate_ids(rows: list[SheetRow], numbers: list[str | None]
                   ) -> tuple[dict[int, list[tuple[int, str]]], dict[int, int]]:
    """Rows (by index) sharing an ID number: those that differ each get the others' (row, name), and none is
    imported, since the order of the rows does not say which is right; an exact copy gets the row it copies."""
    by_number: dict[str, list[int]] = {}
    for i, number in enumerate(numbers):
        if number:
            by_number.setdefault(number, []).append(i)
    conflicts: dict[int, list[tuple[int, str]]] = {}
    copies: dict[int, int] = {}
    for found in by_number.values():
        if len(found) < 2:
            continue
        first = rows[found[0]]
        if all(rows[i].values == first.values and not rows[i].problems for i in found[1:]):
            copies.update((i, first.row) for i in found[1:])
            continue
        for i in found:
            conflicts[i] = [(rows[j].row, str(rows[j].values.get("name") or "")) for j in found if j != i]
    return conflicts, copies


def status_warning(row: int, label: str, text: str, base: dict[str, Any] | None) -> list[Problem]:
    status = STATUS_BY_LABEL.get(text)
    if status is None:
        try:
            status = Status(text)
        except ValueError:
            status = None
    if base is None:
        if status is None or status != Status.ACTIVE:
            return [Problem(row, label, f"会籍状态“{text}”未导入：新会员一律登记为“在册”，"
                                        "如需变更请导入后办理会籍变动", "warning")]
        return []
    current = Status(base["status"])
    if status != current:
        return [Problem(row, label, f"表中为“{text}”，台账中为“{current.label}”；导入不改变会籍状态，"
                                    "如需变更请办理会籍变动", "warning")]
    return []
