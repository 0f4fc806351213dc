"""The rules in force for this union: the chosen rule set (national, or a provincial variant) with the
union's own overrides on top. An override is stored in the Setting table with who set it, when and why
(a note is required), and written to the change log.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from unionbook.domain.election_rules import ElectionRules
from unionbook.domain.meetings import MEETING_KINDS, MeetingRules
from unionbook.domain.text import clean
from unionbook.errors import NotFoundError, UnionBookError, ValidationError
from unionbook.rules import RuleEntry, RuleSet, available_rule_sets, load_rule_set
from unionbook.rules.loader import (
    CONFIDENCE_LABELS,
    DEFAULT_RULE_SET,
    RuleSetError,
    canonical_id,
    parse_ratio,
)
from unionbook.services.rules import read
from unionbook.services.union import audit
from unionbook.store import Database
from unionbook.store.models import Setting, UnionProfile

OVERRIDE_PREFIX = "rules.override."
# sections shown and overridable here; the other sections (dues, funds …) belong to their own areas
SECTIONS = {"election": "选举", "assembly": "会员代表大会", "meeting": "会议", "membership": "会籍",
            "dues": "会费", "funds": "经费", "ledger": "收支账", "union": "组织", "stats": "统计"}


# Coded values of the rule sets in the words a chair reads; files and JSON keep the codes.
VALUE_LABELS = {
    "half_up": "四舍五入",
    "half_even": "四舍六入五成双",
    "down": "舍去",
    "up": "进一",
    "entitled": "应到会有选举权人数",
    "present": "实到会人数",
    "cast": "投票人数（收回选票数）",
    "valid": "有效票数",
    "highest_votes": "按得票多少取足名额",
    "revote_tied": "仅对票数相等者再次投票",
    "runoff": "在未当选候选人中另行选举",
    "enterprise": "企业",
    "government": "机关",
    "institution": "事业单位",
    # the dues area's tables (funds and the books)
    "retained": "基层工会",
    "upper": "上级部分",
    "month": "按月",
    "quarter": "按季",
    "income": "收入",
    "expense": "支出",
    "county": "县（区）总工会",
    "city": "市总工会",
    "province": "省总工会",
    "acftu": "全国总工会",
    "person": "每人每次",
    "person_year": "每人每年",
}
_CODE_NOTE = re.compile(r"（[a-z][a-z_]*＝[^）]*）")
_CODE_PREFIX = re.compile(r"\b[a-z][a-z_]*＝")


def plain_words(text: str) -> str:
    """A label or note without the codes written into it for technicians ("（runoff＝另行选举）" goes: the
    value column already says it in words)."""
    return _CODE_PREFIX.sub("", _CODE_NOTE.sub("", text))


@dataclass(frozen=True)
class Override:
    key: str
    value: Any
    note: str
    by: str
    at: dt.datetime | None


@dataclass(frozen=True)
class RuleView:
    key: str
    section: str
    label: str
    value: Any
    display: str  # the value as a chair reads it
    base_value: Any  # the rule set's own value (before the union's override)
    source: str
    confidence: str
    confidence_label: str
    unconfirmed: bool
    origin: str  # the rule-set id the value came from, or "override"
    note: str
    override: Override | None


def chosen_rule_set(db: Database) -> str:
    with db.read() as s:
        row = s.get(UnionProfile, 1)
        chosen = row.rule_set if row is not None and row.rule_set else DEFAULT_RULE_SET
    return canonical_id(chosen)  # databases made by 0.1 store the old name "national-2016"


def overrides(db: Database) -> dict[str, Override]:
    with db.read() as s:
        rows = s.scalars(select(Setting).where(Setting.key.startswith(OVERRIDE_PREFIX))).all()
        out = {}
        for row in rows:
            data = json.loads(row.value)
            key = row.key[len(OVERRIDE_PREFIX):]
            out[key] = Override(key, data["value"], data.get("note", ""), row.updated_by, row.updated_at)
        return out


def rules_in_force(db: Database) -> RuleSet:
    """The chosen rule set with the union's overrides applied (services/rules/read.py)."""
    return read.rules_in_force(db)


def choice_s(s: Session) -> tuple[str, dict[str, tuple[Any, str]]]:
    """The chosen rule set's id and the union's overrides (key → (value, note)), read in the caller's session."""
    row = s.get(UnionProfile, 1)
    chosen = canonical_id(row.rule_set if row is not None and row.rule_set else DEFAULT_RULE_SET)
    found = {}
    for key, value in s.execute(select(Setting.key, Setting.value).where(Setting.key.startswith(OVERRIDE_PREFIX))):
        data = json.loads(value)
        found[key[len(OVERRIDE_PREFIX):]] = (data["value"], data.get("note", ""))
    return chosen, found


def rules_in_force_s(s: Session) -> RuleSet:
    """`rules_in_force` inside the caller's own session (a service reading the rules within its transaction)."""
    chosen, found = choice_s(s)
    rs = load_rule_set(chosen)
    return rs.with_overrides({k: v for k, v in found.items() if k in rs.entries})


def display_value(entry: RuleEntry) -> str:
    return value_text(entry.value)


def value_text(value: Any) -> str:
    """A rule value as a chair reads it."""
    if isinstance(value, bool):
        return "是" if value else "否"
    if isinstance(value, list) and value and isinstance(value[0], dict):
        return "；".join(_band_text(row) if "members_from" in row else _row_text(row) for row in value)
    if isinstance(value, list):
        return "、".join(value_text(v) for v in value) if value else "（未设）"
    if isinstance(value, dict):
        return "；".join(f"{VALUE_LABELS.get(k, k)}：{value_text(v)}" for k, v in value.items())
    return VALUE_LABELS.get(str(value), str(value))


def _row_text(row: dict[str, Any]) -> str:
    """One row of a table that is not a band (a category, a refund policy, a gift cap, a level's share): its
    values as a chair reads them, without the row's own source and confidence."""
    return " ".join(value_text(v) for k, v in row.items() if k not in ("source", "confidence", "code") and v != [])


def _band_text(row: dict[str, Any]) -> str:
    upper = row.get("members_to")
    members = f"{row['members_from']}～{upper}人" if upper else f"{row['members_from']}人以上"
    low, high = (row.get("seats_min"), row.get("seats_max")) if "seats_min" in row else (
        row.get("reps_min"), row.get("reps_max"))
    extra = "（或只选主席、组织员一人）" if row.get("single_officer") else ""
    return f"{members}：{low}～{high}名{extra}"


def rule_views(db: Database) -> list[RuleView]:
    rs = rules_in_force(db)
    base = load_rule_set(rs.id)
    found = overrides(db)
    out = []
    for key, entry in rs.entries.items():
        section = key.split(".", 1)[0]
        out.append(RuleView(
            key=key, section=SECTIONS.get(section, section), label=entry.label, value=entry.value,
            display=display_value(entry), base_value=base.entries[key].value, source=entry.source,
            confidence=entry.confidence, confidence_label=CONFIDENCE_LABELS.get(entry.confidence, entry.confidence),
            unconfirmed=entry.unconfirmed, origin=entry.origin, note=entry.note, override=found.get(key)))
    return out


@dataclass(frozen=True)
class RuleSetInfo:
    id: str
    title: str
    version: str
    chosen: bool


def rule_sets(db: Database) -> list[RuleSetInfo]:
    chosen = chosen_rule_set(db)
    out = []
    for rid in available_rule_sets():
        try:
            rs = load_rule_set(rid)
        except RuleSetError:
            continue  # a broken variant file must not hide the others
        out.append(RuleSetInfo(rid, rs.title, rs.version, rid == chosen))
    return out


def choose_rule_set(db: Database, rule_set_id: str) -> RuleSet:
    rs = load_rule_set(rule_set_id)  # refuses an unknown id, in Chinese
    _check_usable(rs)
    with db.transaction() as s:
        row = s.get(UnionProfile, 1)
        if row is None:
            raise NotFoundError("此数据库尚未建立工会信息，无法选择规则集。")
        before = row.rule_set
        row.rule_set = rule_set_id
        audit.record(s, db.actor, "update", "rules", None, f"选用规则集：{rs.title}（{rule_set_id}）",
                     {"before": before, "after": rule_set_id})
    return rules_in_force(db)


# ---- overrides ----


def parse_value(entry: RuleEntry, text: Any) -> Any:
    """A value typed by a person, read by the type of the entry it replaces."""
    current = entry.value
    if not isinstance(text, str):
        return text
    raw = clean(text)
    codes = {label: code for code, label in VALUE_LABELS.items()}
    if isinstance(current, str) and raw in codes:
        return codes[raw]  # typed (or left) as the words shown
    if isinstance(current, bool):
        truthy, falsy = {"true", "是", "1", "yes", "y", "对"}, {"false", "否", "0", "no", "n", "不"}
        if raw.lower() in truthy:
            return True
        if raw.lower() in falsy:
            return False
        raise ValidationError(f"规则项“{entry.key}”应为 是/否（true/false），现为“{text}”")
    if isinstance(current, int):
        try:
            return int(raw)
        except ValueError:
            raise ValidationError(f"规则项“{entry.key}”应为整数，现为“{text}”") from None
    if isinstance(current, list):
        try:
            value = json.loads(raw)
        except json.JSONDecodeError:
            raise ValidationError(f"规则项“{entry.key}”应写成 JSON 列表（如 [3, 5]），现为“{text}”") from None
        if not isinstance(value, list):
            raise ValidationError(f"规则项“{entry.key}”应为列表，现为“{text}”")
        return value
    if isinstance(current, str) and _looks_like_ratio(current):
        try:
            parse_ratio(raw, entry.key)
        except RuleSetError as exc:
            raise ValidationError(f"{exc.message}，应写成 2/3、0.5 或 60% 这样的比例") from None
        return raw
    return raw


def _looks_like_ratio(value: str) -> bool:
    try:
        parse_ratio(value)
        return True
    except RuleSetError:
        return False


def _check_usable(rs: RuleSet) -> None:
    """Everything that reads the rule set must still be able to: the election engine and each meeting kind."""
    try:
        ElectionRules.from_rules(rs)
        for kind in MEETING_KINDS:
            MeetingRules.for_kind(kind, rs)
        for key in ("election.composition.frontline_committee_min", "assembly.composition.frontline_min"):
            if key in rs.entries:
                rs.ratio(key)
        years = rs["election.term_years"]
        if not (isinstance(years, list) and years and all(isinstance(y, int) and 0 < y <= 10 for y in years)):
            raise ValidationError(f"规则项“election.term_years”应为年数列表，如 [3, 5]，现为“{years}”")
    except UnionBookError as exc:
        raise ValidationError(f"此值会使规则无法使用：{exc.message}") from None


def set_override(db: Database, key: str, value: Any, note: str) -> RuleView:
    """Override one value for this union; `note` (why, on whose decision) is required."""
    note = clean(note)
    if not note:
        raise ValidationError("覆盖规则值必须填写说明（依据什么文件或会议决定）")
    rs = rules_in_force(db)
    if key not in rs.entries:
        raise NotFoundError(f"规则项“{key}”不存在（用“unionbook rules show”查看全部规则项）")
    entry = rs.entries[key]
    parsed = parse_value(entry, value)
    _check_usable(rs.with_overrides({key: (parsed, note)}))
    with db.transaction() as s:
        row = s.get(Setting, OVERRIDE_PREFIX + key)
        data = json.dumps({"value": parsed, "note": note}, ensure_ascii=False)
        if row is None:
            s.add(Setting(key=OVERRIDE_PREFIX + key, value=data, updated_by=db.actor))
        else:
            row.value = data
            row.updated_by = db.actor
            row.updated_at = dt.datetime.now().replace(microsecond=0)
        audit.record(s, db.actor, "override", "rules", None,
                     f"覆盖规则“{entry.label}”：{display_value(entry)} → {parsed}（{note}）",
                     {"key": key, "before": entry.value, "after": parsed, "note": note})
    return next(v for v in rule_views(db) if v.key == key)


def clear_override(db: Database, key: str) -> RuleView:
    with db.transaction() as s:
        row = s.get(Setting, OVERRIDE_PREFIX + key)
        if row is None:
            raise NotFoundError(f"规则项“{key}”没有被覆盖")
        before = json.loads(row.value).get("value")
        s.delete(row)
        audit.record(s, db.actor, "override_clear", "rules", None, f"取消对规则“{key}”的覆盖（原为 {before}）",
                     {"key": key, "before": before})
    found = [v for v in rule_views(db) if v.key == key]
    if not found:
        raise NotFoundError(f"规则项“{key}”不存在")
    return found[0]
