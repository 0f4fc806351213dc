"""The fields a template may bind, and how `{namespace.field|format}` placeholders are filled.

The registry is data: an area declares its namespaces in its entry in unionbook/areas.py, or passes extra
fields to `load_template`. Values arrive as plain Python (str, int, bool, date, enums with `.label`); formatting to
Chinese text happens here so that every form shows dates and flags the same way.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from unionbook.areas import form_namespaces
from unionbook.domain.fields import MEMBER, UNION, Mask
from unionbook.domain.ids import mask_id_number
from unionbook.domain.text import chinese_date, chinese_month

# namespace → field → Chinese label (the labels appear in error messages and in forms/README.md)
# the house namespaces; each area adds its own through its entry in unionbook/areas.py
_HOUSE: dict[str, Mapping[str, str]] = {
    # the member and the union profile: labels from their field specs (domain/fields.py)
    "union": {**UNION.labels(), "group_opinion": "入会申请的第一级意见栏（工会小组，或联合工会的所在单位工会）"},
    # plus the register fields of migration 0005_domain and the registration form's 会籍变动记录 (docs/domain.md)
    "member": {
        **MEMBER.labels(), "id_type": "证件类型", "household_place": "户籍所在地", "native_place": "籍贯",
        "skill_level": "技能等级", "employment_status": "就业状况", "model_worker_level": "劳模级别",
        "previous_union": "原会籍", "new_forms": "是否新就业形态", "history": "会籍变动记录",
    },
    "doc": {
        "number": "发文字号", "title": "标题", "to": "主送", "body": "正文", "signer": "落款单位",
        "date": "成文日期", "cc": "抄送", "printer": "印发机关", "print_date": "印发日期",
    },
    "row": {"no": "序号"},
    "total": {
        "count": "人数合计", "men": "男性人数", "women": "女性人数", "migrant": "农民工人数",
        "frontline": "一线职工人数", "model_worker": "劳模人数", "hardship": "困难职工人数",
    },
}
FIELDS: dict[str, Mapping[str, str]] = {**_HOUSE, **form_namespaces()}
# who a notice invites, by kind of meeting: a 会员代表大会 invites the representatives, not all members
PARTICIPANTS = {"member_assembly": "全体会员", "representatives": "全体会员代表", "committee": "工会委员会全体委员",
                "congress": "全体职工代表", "other": "有关人员"}
BARE = {"today": "今天的日期", "serial": "文书编号"}
FORMATS = {
    "date": "2026年3月5日", "ym": "2026年3月", "dot": "2026.03.05", "ymdot": "2026.03", "iso": "2026-03-05",
    "mark": "是→√，否→空", "blank": "没有值时留出下划线供手写", "upper": "大写字母",
}

PLACEHOLDER = re.compile(r"\{([^{}]*)\}")
BLANK_LINE = "＿" * 6


@dataclass(frozen=True)
class Ref:
    """One placeholder: `member.join_date|ym` → Ref("member", "join_date", ("ym",))."""

    ns: str
    key: str
    formats: tuple[str, ...] = ()

    @property
    def path(self) -> str:
        return f"{self.ns}.{self.key}" if self.key else self.ns

    def label(self) -> str:
        if not self.key:
            return BARE.get(self.ns, self.ns)
        return FIELDS.get(self.ns, {}).get(self.key, self.path)


def parse_ref(body: str) -> Ref:
    name, *formats = [p.strip() for p in body.split("|")]
    ns, _, key = name.partition(".")
    return Ref(ns, key, tuple(formats))


def problem(ref: Ref, fields: Mapping[str, Mapping[str, str]] = FIELDS) -> str | None:
    """Why a placeholder cannot be filled, in Chinese; None when it is fine."""
    if not ref.key:
        if ref.ns not in BARE:
            return f"未知字段“{ref.ns}”（字段应写成“分类.名称”，如 member.name）"
    elif ref.ns not in fields:
        return f"未知的字段分类“{ref.ns}”（字段“{ref.path}”），可用分类：{'、'.join([*fields, *BARE])}"
    elif ref.key not in fields[ref.ns]:
        return f"未知字段“{ref.path}”"
    for f in ref.formats:
        if f not in FORMATS:
            return f"字段“{ref.path}”的格式“{f}”未知，可用格式：{'、'.join(FORMATS)}"
    return None


def refs_in(text: str) -> list[Ref]:
    return [parse_ref(m.group(1)) for m in PLACEHOLDER.finditer(text)]


# ---- filling ----


def format_value(value: Any, formats: tuple[str, ...] = ()) -> str:
    if isinstance(value, dt.datetime):
        value = value.date()
    if isinstance(value, dt.date):
        fmt = next((f for f in formats if f in ("date", "ym", "dot", "ymdot", "iso")), "date")
        text = {
            "date": chinese_date(value),
            "ym": chinese_month(value),
            "dot": f"{value.year}.{value.month:02d}.{value.day:02d}",
            "ymdot": f"{value.year}.{value.month:02d}",
            "iso": value.isoformat(),
        }[fmt]
    elif isinstance(value, bool):
        text = ("√" if value else "") if "mark" in formats else ("是" if value else "否")
    elif value is None:
        text = ""
    elif hasattr(value, "label"):
        text = str(value.label)  # Status and other enums with Chinese labels
    else:
        text = str(value)
    if "upper" in formats:
        text = text.upper()
    if not text and "blank" in formats:
        return BLANK_LINE
    return text


Scope = Mapping[str, Any]  # namespace → Mapping of values (or a bare value for today/serial)


def lookup(scope: Scope, ref: Ref) -> Any:
    top = scope.get(ref.ns)
    if not ref.key:
        return top
    if top is None:
        return None
    if isinstance(top, Mapping):
        return top.get(ref.key)
    return getattr(top, ref.key, None)


Part = str | Ref


def compile_text(text: str) -> tuple[Part, ...]:
    """Split once, fill many times (a roster fills the same column 10,000 times)."""
    parts: list[Part] = []
    pos = 0
    for m in PLACEHOLDER.finditer(text):
        if m.start() > pos:
            parts.append(text[pos:m.start()])
        parts.append(parse_ref(m.group(1)))
        pos = m.end()
    if pos < len(text):
        parts.append(text[pos:])
    return tuple(parts)


# A stored record's field is printed whole up to this length, then clipped with an ellipsis: a form must survive
# any stored value (a 30,000-character employer name once made the roster, the sign-in sheet and every
# registration form of the union fail), and the record itself keeps the whole text.
CLIPPED = frozenset({"member", "union"})
MAX_FIELD = 200


def _clip(text: str) -> str:
    return text if len(text) <= MAX_FIELD else text[:MAX_FIELD - 1] + "…"


def fill_parts(parts: tuple[Part, ...], scope: Scope) -> str:
    if len(parts) == 1 and isinstance(parts[0], str):
        return parts[0]
    return "".join(p if isinstance(p, str) else _clip(format_value(lookup(scope, p), p.formats))
                   if p.ns in CLIPPED else format_value(lookup(scope, p), p.formats) for p in parts)


def fill(text: str, scope: Scope) -> str:
    return fill_parts(compile_text(text), scope)


# ---- building the member scope ----


def member_scope(member: Mapping[str, Any] | None, *, whole_id: bool, today: dt.date) -> dict[str, Any]:
    """A member's values as a form sees them: the ID masked unless the form needs it whole, age derived."""
    if not member:
        return {}
    out = dict(member)
    if not whole_id:  # the fields whose spec says they are masked (domain/fields.py)
        for spec in MEMBER:
            if spec.mask is Mask.ID_NUMBER:
                out[spec.name] = mask_id_number(str(member.get(spec.name) or ""))
    birth = member.get("birth_date")
    if isinstance(birth, dt.date) and "age" not in member:
        out["age"] = today.year - birth.year - ((today.month, today.day) < (birth.month, birth.day))
    return out


def totals(members: list[Mapping[str, Any]]) -> dict[str, int]:
    def count(pred: Callable[[Mapping[str, Any]], bool]) -> int:
        return sum(1 for m in members if pred(m))

    return {
        "count": len(members),
        "men": count(lambda m: m.get("gender") == "男"),
        "women": count(lambda m: m.get("gender") == "女"),
        "migrant": count(lambda m: bool(m.get("migrant_worker"))),
        "frontline": count(lambda m: bool(m.get("frontline"))),
        "model_worker": count(lambda m: bool(m.get("model_worker"))),
        "hardship": count(lambda m: bool(m.get("hardship"))),
    }
