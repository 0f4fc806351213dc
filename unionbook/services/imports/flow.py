"""Importing a roster: `preview` says what would happen, `commit` writes it as one batch, `undo` takes a
batch back. Matching is by ID number: a known member is an update (only the fields the file gives, only
when they differ), an unknown one a new member who joins (入会) on the 入会时间, or today.

Cells left empty do not erase what the register holds; yes/no columns are the exception, since a blank
there means 否 (sheets often mark only the yes rows with √).
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import replace
from pathlib import Path
from typing import Any

from sqlalchemy import select

from unionbook.domain.member import (
    FIELD_LABELS,
    CleanMember,
    MemberDraft,
    validate_member,
)
from unionbook.domain.text import clean
from unionbook.errors import FieldProblem, NotFoundError, ValidationError
from unionbook.exchange.layout import (
    LABELS,
    Column,
    auto_mapping,
    column_letter,
    column_samples,
    detect_layout,
    fill_merged,
)
from unionbook.exchange.reader import ENCODING_CHOICES, MixedEncodingError, read_sheet
from unionbook.exchange.reader import sheet_names as _sheet_names
from unionbook.exchange.rows import ParsedSheet, SheetRow, parse_sheet
from unionbook.exchange.vocab import FIELDS, IGNORE
from unionbook.exchange.xlsx_export import write_problem_rows
from unionbook.jobs import Progress, collector_paused
from unionbook.services.imports.batches import BatchView, UndoResult, commit, list_batches, marks
from unionbook.services.imports.lookups import card_holders, existing_members
from unionbook.services.imports.plan import (
    ColumnChoice,
    FieldChange,
    ImportPlan,
    ImportResult,
    Inspection,
    PlannedNew,
    PlannedUpdate,
    Problem,
)
from unionbook.services.imports.rowchecks import duplicate_ids, status_warning
from unionbook.services.imports.undo import undo
from unionbook.services.members.records import member_row
from unionbook.store import Database
from unionbook.store.models import Setting

__all__ = [
    "ENCODING_CHOICES", "FIELD_CHOICES", "BatchView", "ImportPlan", "Inspection", "ImportResult", "MixedEncodingError",
    "UndoResult", "commit",
    "delete_mapping", "export_problems", "inspect", "list_batches", "load_mapping", "preview", "remap", "save_mapping",
    "saved_mappings", "sheet_names", "undo",
]

# What a column can be imported as, in the wizard's order, with its Chinese name.
FIELD_CHOICES: dict[str, str] = {f: LABELS[f] for f in FIELDS}
MAPPING_PREFIX = "import.mapping."

# draft field → the member column it decides (gender and birth date come from the ID and never change)
_COLUMN_OF = {
    "name": "name", "ethnicity": "ethnicity", "phone": "phone", "employer": "employer_id", "job": "job",
    "education": "education", "political_status": "political_status", "household_type": "household_type",
    "employment_form": "employment_form", "migrant_worker": "migrant_worker", "group": "group_name",
    "frontline": "frontline", "model_worker": "model_worker", "hardship": "hardship",
    "card_number": "card_number", "join_date": "join_date", "notes": "notes",
}
_KEY_COLUMNS = ("name_initials", "name_pinyin", "search_key")
_MEMBER_MARK = 1  # marks(): the highest member id, 0 when the register holds no member
_DRAFT_FIELDS = frozenset(MemberDraft.__dataclass_fields__)


def sheet_names(path: str | Path) -> list[str]:
    return _sheet_names(path)


# ---- saved column mappings ----

def _mapping_key(name: str) -> str:
    name = " ".join(name.split())
    if not name or len(name) > 80:
        raise ValidationError([FieldProblem("name", "名称", "列对应方案的名称应为1至80个字符")])
    return MAPPING_PREFIX + name


def save_mapping(db: Database, name: str, mapping: dict[str, str | None]) -> None:
    """Keep a header → field mapping under a name, to reuse for next year's file of the same shape."""
    key = _mapping_key(name)
    bad = [f for f in mapping.values() if f and f not in FIELDS and f != IGNORE]
    if bad:
        raise ValidationError(f"未知的字段：{'、'.join(bad)}")
    value = json.dumps({"columns": mapping}, ensure_ascii=False)
    with db.transaction() as s:
        setting = s.get(Setting, key)
        if setting is None:
            s.add(Setting(key=key, value=value, updated_by=db.actor))
        else:
            setting.value = value
            setting.updated_by = db.actor


def saved_mappings(db: Database) -> dict[str, dict[str, str | None]]:
    with db.read() as s:
        rows = s.execute(select(Setting.key, Setting.value).where(Setting.key.like(MAPPING_PREFIX + "%"))
                         .order_by(Setting.key)).all()
    return {key[len(MAPPING_PREFIX):]: json.loads(value).get("columns", {}) for key, value in rows}


def load_mapping(db: Database, name: str) -> dict[str, str | None]:
    found = saved_mappings(db).get(" ".join(name.split()))
    if found is None:
        names = "、".join(saved_mappings(db)) or "（无）"
        raise NotFoundError(f"没有名为“{name}”的列对应方案（已保存：{names}）")
    return found


def delete_mapping(db: Database, name: str) -> None:
    with db.transaction() as s:
        setting = s.get(Setting, _mapping_key(name))
        if setting is None:
            raise NotFoundError(f"没有名为“{name}”的列对应方案")
        s.delete(setting)


# ---- preview ----

def _resolve_mapping(columns: tuple[Column, ...], mapping: dict[str, str | None] | None) -> dict[int, str]:
    """Column index → field: the user's choices by header, the synonym table for the other columns."""
    if not mapping:
        return auto_mapping(columns)
    given = {c.index: mapping[c.label] for c in columns if c.label in mapping}
    taken: dict[str, int] = {}
    for index, field in given.items():
        if field and field != IGNORE:
            if field not in FIELDS:
                raise ValidationError(f"未知的字段“{field}”（列“{_label(columns, index)}”）")
            if field in taken:
                raise ValidationError(
                    f"“{_label(columns, taken[field])}”列和“{_label(columns, index)}”列都对应“{LABELS[field]}”，"
                    "请只保留一列。")
            taken[field] = index
    auto = auto_mapping([c for c in columns if c.index not in given])
    result = {i: f for i, f in given.items() if f and f != IGNORE}
    result.update({i: f for i, f in auto.items() if f not in taken})
    return result


def _check_required(columns: tuple[Column, ...], mapping: dict[int, str]) -> None:
    missing = [LABELS[f] for f in ("name", "id_number") if f not in mapping.values()]
    if missing:
        raise ValidationError(
            f"没有找到“{'”“'.join(missing)}”列：请在列对应中指定哪一列是{'和'.join(missing)}。"
            f"（表头：{'、'.join(c.label for c in columns)}）")


def _label(columns: tuple[Column, ...], index: int) -> str:
    return next(c.label for c in columns if c.index == index)


def inspect(path: str | Path, sheet: str | None = None,
            mapping: dict[str, str | None] | None = None, *, encoding: str | None = None) -> Inspection:
    """Read the file and find its header; the columns carry what each would be imported as. `encoding`: how
    to read a CSV that mixes encodings, as the user chose (exchange.reader.ENCODING_CHOICES)."""
    path = Path(path)
    raw = read_sheet(path, sheet, encoding=encoding)
    fill_merged(raw)
    layout = detect_layout(raw, known={k: v for k, v in (mapping or {}).items() if v and v != IGNORE})
    index_mapping = _resolve_mapping(layout.columns, mapping)
    columns = [ColumnChoice(c.index, column_letter(c.index), c.label, index_mapping.get(c.index), c.field,
                            column_samples(raw, layout.data_start, c.index)) for c in layout.columns]
    return Inspection(path, raw.name, raw.sheet_names, layout.header_row, columns, raw.encoding, raw, layout)


def remap(inspection: Inspection, mapping: dict[str, str | None] | None) -> list[ColumnChoice]:
    """The inspected columns under another mapping (a saved one), without reading the file again."""
    index_mapping = _resolve_mapping(inspection.layout.columns, mapping)
    return [replace(c, field=index_mapping.get(c.index)) for c in inspection.columns]


@collector_paused()  # a million cells read, 50,000 members planned: every object stays alive until the plan is made
def preview(db: Database, path: str | Path, sheet: str | None = None,
            mapping: dict[str, str | None] | None = None, *, progress: Progress | None = None,
            today: dt.date | None = None, inspection: Inspection | None = None,
            encoding: str | None = None) -> ImportPlan:
    """Say what importing the file would do; writes nothing. `mapping`: header → field (None: not imported).
    `inspection`: the file as already read by `inspect` (the wizard's mapping step), not read again.
    `encoding`: as for `inspect`."""
    path = Path(path)
    today = today or dt.date.today()
    # read here, the file's cells are needed only until each row is planned (the wizard keeps its own
    # inspection for remapping): letting them go as the plan grows keeps a large import's peak memory down
    owned = inspection is None or inspection.path != path or (sheet is not None and sheet != inspection.sheet)
    if owned:
        inspection = inspect(path, sheet, mapping, encoding=encoding)
    assert inspection is not None
    raw, layout = inspection.raw, inspection.layout
    index_mapping = _resolve_mapping(layout.columns, mapping)
    _check_required(layout.columns, index_mapping)
    total = max(1, inspection.data_rows)
    if progress is not None:
        progress(0, total)  # raises Cancelled when the user cancelled

    def tick(done: int, _total: int) -> None:
        if progress is not None:
            progress(done // 2, total)

    parsed = parse_sheet(raw, layout, index_mapping, tick)
    columns = [ColumnChoice(c.index, c.letter, c.label, index_mapping.get(c.index), c.auto_field, c.samples)
               for c in inspection.columns]
    plan = ImportPlan(path, raw.name, raw.sheet_names, layout.header_row, columns, encoding=raw.encoding,
                      headers=[c.label for c in layout.columns], skipped_rows=parsed.skipped,
                      rows_read=len(parsed.rows))
    numbers = [r.number for r in parsed.rows]
    with db.read() as s:
        plan.base = marks(s)
        existing: dict[str, dict[str, Any]] = {}
        cards: dict[str, tuple[int, str]] = {}
        if plan.base[_MEMBER_MARK]:  # no member yet (a union's first roster): none to look up (0.1 s saved)
            existing = existing_members(s, {n for n in numbers if n})
            cards = card_holders(s, {clean(r.values["card_number"]).replace(" ", "")
                               for r in parsed.rows if r.values.get("card_number")})
    del inspection
    _plan_rows(plan, parsed, numbers, existing, cards, today, total, progress, release_cells=owned)
    if progress is not None:
        progress(total, total)
    return plan



def _draft(values: dict[str, Any], base: dict[str, Any] | None) -> MemberDraft:
    """The file's values over the member's stored ones (new members: over blanks, not the editor's defaults)."""
    if base is None:
        draft = MemberDraft(employment_form="")
    else:
        draft = MemberDraft(
            name=base["name"], id_number=base["id_number"], ethnicity=base["ethnicity"], phone=base["phone"],
            employer=base["employer"] or "", job=base["job"], education=base["education"],
            political_status=base["political_status"], household_type=base["household_type"],
            employment_form=base["employment_form"], migrant_worker=bool(base["migrant_worker"]),
            group=base["group_name"], frontline=bool(base["frontline"]), model_worker=bool(base["model_worker"]),
            hardship=bool(base["hardship"]), card_number=base["card_number"], join_date=base["join_date"],
            notes=base["notes"])
    for name, value in values.items():
        if name in _DRAFT_FIELDS:
            setattr(draft, name, value)
    return draft


def _plan_rows(plan: ImportPlan, parsed: ParsedSheet, numbers: list[str | None],
               existing: dict[str, dict[str, Any]], cards: dict[str, tuple[int, str]], today: dt.date,
               total: int, progress: Progress | None, *, release_cells: bool = False) -> None:
    """Plan each parsed row, letting go of it once planned (and of its cells too with `release_cells`)."""
    seen_cards: dict[str, int] = {}
    id_label = parsed.label("id_number")
    card_label = parsed.label("card_number")
    status_label = parsed.label("status")
    rows, cells = parsed.rows, parsed.sheet.rows
    conflicts, copies = duplicate_ids(rows, numbers)
    for n, number in enumerate(numbers, start=1):
        srow = rows[n - 1]
        rows[n - 1] = None  # type: ignore[call-overload]  # planned: nothing reads it again
        if progress is not None and n % 500 == 0:
            progress(total // 2 + n // 2, total)
        if n - 1 in copies:  # the same person typed twice: the first row stands for both
            plan.problems.append(Problem(srow.row, id_label, f"与第{copies[n - 1]}行完全相同，只导入一次", "warning"))
            plan.unchanged_rows.append(srow.row)
            plan.raw_rows[srow.row] = parsed.raw_values(srow.row)
            if release_cells:
                cells[srow.row - 1] = []
            continue
        problems = [Problem(p.row, p.column, p.message, p.severity) for p in srow.problems]
        base = existing.get(number) if number else None
        draft = _draft(srow.values, base)
        parsed_id = srow.resident_id if draft.id_number == srow.values.get("id_number") else None
        member, found = validate_member(draft, today=today, resident_id=parsed_id)
        unreadable = {p.field for p in srow.problems if p.severity == "error"}
        for p in found:
            # an update shows only what the file said: a doubt about a stored value is not this file's fault
            if p.severity == "warning" and base is not None and p.field not in srow.values:
                continue
            if p.field in unreadable:
                continue  # the cell's own message already says why ("身份证号为空" would only confuse)
            problems.append(Problem(srow.row, parsed.label(p.field), p.message, p.severity))
        if number and n - 1 in conflicts:
            others = "、".join(f"第{row}行（{name or '无姓名'}）" for row, name in conflicts[n - 1])
            problems.append(Problem(srow.row, id_label, f"与{others}身份证号相同而内容不同，这几行都未导入，"
                                                        "请核对后只留一行"))
        if base is not None and member is not None and "name" in srow.values and member.name != base["name"]:
            problems.append(Problem(srow.row, parsed.label("name"),
                                    f"姓名与名册不同（{base['name']}→{member.name}），请核对", "warning"))
        if member is not None and member.card_number:
            card = member.card_number
            holder = cards.get(card)
            if card in seen_cards:
                problems.append(Problem(srow.row, card_label, f"会员证号“{card}”与第{seen_cards[card]}行重复"))
            elif holder is not None and (base is None or holder[0] != base["id"]):
                problems.append(Problem(srow.row, card_label,
                                        f"会员证号“{card}”已被会员“{holder[1]}”（编号 {holder[0]}）使用"))
            else:
                seen_cards[card] = srow.row
        status_text = " ".join(str(srow.values.get("status", "")).split())
        if status_text:
            problems.extend(status_warning(srow.row, status_label, status_text, base))
        plan.problems.extend(problems)
        if member is None or any(p.severity == "error" for p in problems):
            plan.error_rows.append(srow.row)
        elif base is None:
            plan.new.append(PlannedNew(srow.row, member_row(member, None), member.employer,
                                       member.join_date or today))
        else:
            _plan_update(plan, srow, base, member)
        if problems:
            plan.raw_rows[srow.row] = parsed.raw_values(srow.row)
        if release_cells:
            cells[srow.row - 1] = []


def _plan_update(plan: ImportPlan, srow: SheetRow, base: dict[str, Any], member: CleanMember) -> None:
    changes: list[FieldChange] = []
    new_employer: str | None = None
    for name in srow.values:
        column = _COLUMN_OF.get(name)
        if column is None:
            continue
        if column == "employer_id":
            if member.employer != (base["employer"] or ""):
                changes.append(FieldChange(column, FIELD_LABELS["employer"], base["employer"] or "",
                                           member.employer))
                new_employer = member.employer
            continue
        old, new = base[column], getattr(member, name)
        if old != new:
            changes.append(FieldChange(column, FIELD_LABELS[name], old, new))
    if not changes:
        plan.unchanged_rows.append(srow.row)
        return
    # the search keys follow the name, phone and card number (pinyin only now: most rows are unchanged)
    row = member_row(member, None)
    values = {c.column: row[c.column] for c in changes if c.column != "employer_id"}
    values.update({key: row[key] for key in _KEY_COLUMNS})
    plan.updates.append(PlannedUpdate(srow.row, base["id"], row["name"], changes, values, new_employer))


# ---- problem rows ----

def export_problems(plan: ImportPlan, path: str | Path, *, include_warnings: bool = False) -> int:
    """The refused rows (and, if asked, those with warnings) as .xlsx: the file's columns plus 问题说明."""
    rows = []
    wanted = set(plan.error_rows)
    if include_warnings:
        wanted |= {p.row for p in plan.warnings}
    by_row: dict[int, list[Problem]] = {}
    for p in plan.problems:
        if p.row in wanted:
            by_row.setdefault(p.row, []).append(p)
    for number in sorted(wanted):
        problems = sorted(by_row.get(number, []), key=lambda p: p.severity != "error")
        reason = "；".join(f"{'' if p.severity == 'error' else '（提示）'}{p.column}：{p.message}" for p in problems)
        rows.append((number, plan.raw_rows.get(number, []), reason))
    if not rows:
        raise ValidationError("没有需要导出的问题行。")
    sheet = f"工作表“{plan.sheet}”" if plan.sheet else ""
    title = (f"“{plan.file_name}”{sheet}中未能导入的行：请按“问题说明”修改后再次导入"
             "（“原行号”“问题说明”两列导入时不读取）。")
    return write_problem_rows(path, plan.headers, rows, title=title)
