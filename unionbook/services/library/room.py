"""The room itself (书屋设置): area, staff (管理员), opening hours, periodicals subscribed, the digital-reading
platform and the written lending rules — what the standard check needs besides the books. One row; a value not
entered is None or "" and the check says it is missing rather than guessing."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, fields
from decimal import Decimal, InvalidOperation

from unionbook.domain.text import clean
from unionbook.errors import FieldProblem, ValidationError
from unionbook.services.union import audit
from unionbook.store import Database
from unionbook.store.models import LibraryRoom

LABELS = {"area_m2": "面积（平方米）", "staff": "管理员", "opening_hours": "开放时间", "periodicals": "订阅期刊（种）",
          "digital_platform": "数字阅读平台", "lending_rules": "借阅制度"}
_LIMITS = {"area_m2": 100_000, "periodicals": 10_000}
_LENGTHS = {"staff": 200, "opening_hours": 200, "digital_platform": 200, "lending_rules": 20_000}
_NAME_SPLIT = re.compile(r"[、,，;；/\s]+")


@dataclass(frozen=True)
class Room:
    area_m2: int | None = None
    staff: str = ""
    opening_hours: str = ""
    periodicals: int | None = None
    digital_platform: str = ""
    lending_rules: str = ""

    @property
    def staff_count(self) -> int:
        """Staff named, separated by 、 or commas ("张三、李四（兼）" is two)."""
        return len([n for n in _NAME_SPLIT.split(self.staff) if n])


def get_room(db: Database) -> Room:
    with db.read() as s:
        row = s.get(LibraryRoom, 1)
        if row is None:
            return Room()
        return Room(row.area_m2, row.staff, row.opening_hours, row.periodicals, row.digital_platform,
                    row.lending_rules)


def _whole(name: str, value: str | int | None, problems: list[FieldProblem]) -> int | None:
    text = clean(str(value)) if value is not None else ""
    for unit in ("平方米", "㎡", "m2", "种", "份"):
        text = text.removesuffix(unit).strip()
    if not text:
        return None
    try:
        number = Decimal(text)
    except InvalidOperation:
        problems.append(FieldProblem(name, LABELS[name], f"“{value}”不是数字"))
        return None
    if number != number.to_integral_value():
        problems.append(FieldProblem(name, LABELS[name], f"“{value}”请填整数"))
        return None
    if not 0 <= number <= _LIMITS[name]:
        problems.append(FieldProblem(name, LABELS[name], f"{number} 不在 0–{_LIMITS[name]} 之间"))
        return None
    return int(number)


def set_room(db: Database, **changes: str | int | None) -> Room:
    """Change the given particulars (those not given stay; "" clears one); every problem at once, naming its
    field; one transaction."""
    unknown = [k for k in changes if k not in LABELS]
    if unknown:
        raise ValidationError(f"书屋设置没有“{'、'.join(unknown)}”这一项（可设：{'、'.join(LABELS)}）")
    problems: list[FieldProblem] = []
    values: dict[str, object] = {}
    for name, value in changes.items():
        if name in _LIMITS:
            values[name] = _whole(name, value, problems)
        else:
            text = "" if value is None else str(value).strip() if name == "lending_rules" else clean(str(value))
            if len(text) > _LENGTHS[name]:
                problems.append(FieldProblem(name, LABELS[name], f"不能超过 {_LENGTHS[name]} 个字"))
            values[name] = text
    if problems:
        raise ValidationError(problems)
    with db.transaction() as s:
        row = s.get(LibraryRoom, 1)
        if row is None:
            row = LibraryRoom(id=1, staff="", opening_hours="", digital_platform="", lending_rules="", updated_by="")
            s.add(row)
        changed = [LABELS[k] for k, v in values.items() if getattr(row, k) != v]
        for k, v in values.items():
            setattr(row, k, v)
        row.updated_at = dt.datetime.now().replace(microsecond=0)
        row.updated_by = db.actor
        if changed:
            audit.record(s, db.actor, "update", "library_setting", None, f"修改书屋设置：{'、'.join(changed)}")
    return get_room(db)


def room_fields() -> list[str]:
    return [f.name for f in fields(Room)]
