"""Setting many members' wages from an employer's payroll sheet, through the import machinery: the file is read
and its header found by `exchange` (merged titles, two-row headers, CSV encodings), problems are the imports'
`Problem` rows, progress follows unionbook/jobs.py, and a commit is one `ImportBatch` that `members import-undo` (or the GUI's import history)
takes back — the batch's wage rows carry its id and are removed with it.

A row names a member by ID number (preferred) or by name (when exactly one member on the books has it) and
gives the wage; the wage applies from the month given for the whole sheet. Which column is which is found from
the headers (the synonym table and `WAGE_HEADERS`) or given as a mapping header → field (`FIELD_CHOICES`), the
same shape as the roster import's: `inspect` shows the columns for the mapping step, `preview` checks every row.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, cast

from sqlalchemy import Table, func, insert, select
from sqlalchemy.orm import Session

from unionbook.domain.dues import Month
from unionbook.domain.dues_money import AmountError, format_yuan, parse_amount
from unionbook.domain.ids import IdNumberError, parse_resident_id
from unionbook.domain.member import Status
from unionbook.errors import ConflictError, ValidationError
from unionbook.exchange.layout import Column, column_letter, detect_layout, fill_merged
from unionbook.exchange.reader import read_sheet
from unionbook.exchange.values import CellError, as_text, is_blank, parse_id_cell
from unionbook.exchange.vocab import normalise_header
from unionbook.jobs import Progress
from unionbook.services.dues.common import month_arg
from unionbook.services.dues.dues import dues_of, wages_at
from unionbook.services.dues.rules import dues_rules
from unionbook.services.imports.plan import ColumnChoice, Inspection, Problem
from unionbook.services.union import audit
from unionbook.store import Database
from unionbook.store.models import ChangeLog, DuesPayment, DuesWage, ImportBatch, Member

# headers that name the wage column of a payroll sheet (compared after normalise_header)
WAGE_HEADERS = ("工资", "月工资", "应发工资", "基本工资", "工资收入", "月工资收入", "缴费工资", "会费基数", "计缴基数",
                "缴费基数", "岗位工资", "工资总额", "本月工资")
_WAGE_KEYS = {normalise_header(h) for h in WAGE_HEADERS}
# what a payroll column can be imported as (field → Chinese label), in the mapping step's order
FIELD_CHOICES = {"id_number": "身份证号", "name": "姓名", "wage": "工资"}
_ON_BOOKS = (Status.ACTIVE.value, Status.KEPT.value)
_dues_wage = cast(Table, DuesWage.__table__)


@dataclass(frozen=True)
class WageRow:
    row: int
    member_id: int
    name: str
    before_fen: int | None
    wage_fen: int


@dataclass
class PayrollPlan:
    path: Path
    sheet: str
    month: Month
    header_row: int
    rows_read: int = 0
    new: list[WageRow] = field(default_factory=list)  # members without a wage for that month yet
    changed: list[WageRow] = field(default_factory=list)
    unchanged_rows: list[int] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    error_rows: list[int] = field(default_factory=list)
    base: tuple[int, ...] = ()
    committed: bool = False
    stale: list[int] = field(default_factory=list)  # members whose months already posted keep the old dues

    @property
    def file_name(self) -> str:
        return self.path.name

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if p.severity == "error"]

    @property
    def warnings(self) -> list[Problem]:
        return [p for p in self.problems if p.severity == "warning"]


def _marks(s: Session) -> tuple[int, ...]:
    return tuple(int(s.execute(select(func.coalesce(func.max(c), 0))).scalar_one())
                 for c in (DuesWage.id, Member.id, ImportBatch.id))


def _auto(columns: tuple[Column, ...]) -> dict[int, str]:
    """Column index → field, from the headers: the roster's synonym table for 姓名 and 身份证号, WAGE_HEADERS."""
    out: dict[int, str] = {}
    for c in columns:
        if c.field in ("name", "id_number") and c.field not in out.values():
            out[c.index] = c.field
        elif normalise_header(c.label.split("/")[-1]) in _WAGE_KEYS and "wage" not in out.values():
            out[c.index] = "wage"
    return out


def _resolve(columns: tuple[Column, ...], mapping: dict[str, str | None] | None) -> dict[int, str]:
    """Column index → field: the user's choices by header (None: not imported), the headers for the rest."""
    if not mapping:
        return _auto(columns)
    labels = {c.label: c.index for c in columns}
    unknown = [h for h in mapping if h not in labels]
    if unknown:
        raise ValidationError(f"表中没有“{'”“'.join(unknown)}”列（表头：{'、'.join(labels)}）")
    given: dict[int, str] = {}
    for header, f in mapping.items():
        if f and f not in FIELD_CHOICES:
            raise ValidationError(f"未知的字段“{f}”（列“{header}”）；工资表可用的字段：{'、'.join(FIELD_CHOICES)}")
        if f and f in given.values():
            first = next(c.label for c in columns if given.get(c.index) == f)
            raise ValidationError(f"“{first}”列和“{header}”列都对应“{FIELD_CHOICES[f]}”，请只保留一列。")
        if f:
            given[labels[header]] = f
    auto = _auto(tuple(c for c in columns if c.label not in mapping))
    given.update({i: f for i, f in auto.items() if f not in given.values()})
    return given


def mapping_problem(mapping: dict[str, str | None]) -> str:
    """Why a mapping (header → field) cannot be used, in Chinese; "" when it can: a wage column, and a name or
    ID number column, each field on one column only."""
    chosen = [f for f in mapping.values() if f]
    twice = sorted({FIELD_CHOICES[f] for f in chosen if f in FIELD_CHOICES and chosen.count(f) > 1})
    if twice:
        return f"以下字段对应了不止一列，请只保留一列：{'、'.join(twice)}。"
    if "wage" not in chosen:
        return "请指定哪一列是“工资”。"
    if not {"name", "id_number"} & set(chosen):
        return "请指定哪一列是“姓名”或“身份证号”（有身份证号更好：同名的会员也能分清）。"
    return ""


def _samples(rows: list[list[Any]], start: int, index: int, n: int = 3) -> list[str]:
    out: list[str] = []
    for cells in rows[start:]:
        if index < len(cells) and not is_blank(cells[index]):
            out.append(as_text(cells[index])[:30])
            if len(out) == n:
                break
    return out


def inspect(path: str | Path, sheet: str | None = None, mapping: dict[str, str | None] | None = None, *,
            encoding: str | None = None) -> Inspection:
    """Read the sheet and find its header; each column carries what it would be imported as (the mapping step).
    `encoding`: how to read a CSV that mixes encodings, as the user chose (exchange.reader.ENCODING_CHOICES)."""
    path = Path(path)
    raw = read_sheet(path, sheet, encoding=encoding)
    fill_merged(raw)
    known = {h: "notes" for h in WAGE_HEADERS}
    known.update({h: "notes" for h, f in (mapping or {}).items() if f})
    layout = detect_layout(raw, known=known)
    chosen = _resolve(layout.columns, mapping)
    auto = _auto(layout.columns)
    columns = [ColumnChoice(c.index, column_letter(c.index), c.label, chosen.get(c.index), auto.get(c.index),
                            _samples(raw.rows, layout.data_start, c.index)) for c in layout.columns]
    return Inspection(path, raw.name, raw.sheet_names, layout.header_row, columns, raw.encoding, raw, layout)


def preview(db: Database, path: str | Path, month: str | Month, *, sheet: str | None = None,
            mapping: dict[str, str | None] | None = None, progress: Progress | None = None,
            inspection: Inspection | None = None) -> PayrollPlan:
    """Say what the sheet would set; writes nothing. `mapping`: header → field (None: not imported), as the
    mapping step or `--map` gives it; `inspection`: the sheet as the mapping step already read it."""
    path = Path(path)
    m = month_arg(month, "起始月份")
    if inspection is None or inspection.path != path or (sheet is not None and sheet != inspection.sheet):
        inspection = inspect(path, sheet, mapping)
    raw, layout = inspection.raw, inspection.layout
    index = {f: i for i, f in _resolve(layout.columns, mapping).items()}
    missing = [label for key, label in (("wage", "工资"),) if key not in index]
    if missing or not ({"name", "id_number"} & index.keys()):
        raise ValidationError(
            f"“{path.name}”中找不到{'“工资”列' if missing else '“姓名”或“身份证号”列'}"
            f"（表头：{'、'.join(c.label for c in layout.columns)}）。工资表应有姓名或身份证号，以及工资一列"
            f"（列名如 {'、'.join(WAGE_HEADERS[:4])}；或在列对应中指定，命令行用 --map 列名=wage）。")
    labels = {k: next(c.label for c in layout.columns if c.index == i) for k, i in index.items()}
    plan = PayrollPlan(path, raw.name, m, layout.header_row)
    with db.read() as s:
        plan.base = _marks(s)
        people = s.execute(select(Member.id, Member.name, Member.id_number, Member.status)).tuples().all()
        by_number = {n: (i, name, st) for i, name, n, st in people}
        names = Counter(name for _i, name, _n, st in people if st in _ON_BOOKS)
        by_name = {name: (i, name, st) for i, name, _n, st in people if st in _ON_BOOKS and names[name] == 1}
        current = wages_at(s, m)
    rows = raw.rows[layout.data_start:]
    seen: dict[int, int] = {}
    for offset, cells in enumerate(rows):
        number = layout.data_start + offset + 1
        if progress is not None and offset % 500 == 0:
            progress(offset, len(rows))  # raises Cancelled when the user cancelled
        cell = {k: cells[i] if i < len(cells) else None for k, i in index.items()}
        if all(is_blank(v) for v in cell.values()):
            continue
        if any(w in as_text(cells[0] if cells else "") for w in ("合计", "小计", "总计", "制表")):
            continue
        plan.rows_read += 1
        problems = _row(plan, number, cell, labels, by_number, by_name, names, current, seen)
        plan.problems.extend(problems)
        if any(p.severity == "error" for p in problems):
            plan.error_rows.append(number)
    with db.read() as s:
        _warn_posted(s, plan, labels["wage"])
    return plan


def _warn_posted(s: Session, plan: PayrollPlan, column: str) -> None:
    """Months from the sheet's month on that were already posted (and that the new wage would govern: before
    the member's next wage row) keep the dues they were posted with: say whose, which, and what to do."""
    rows = {r.member_id: r for r in plan.new + plan.changed}
    if not rows:
        return
    rules = dues_rules(s)
    later: dict[int, str] = {}
    posted: dict[int, list[tuple[str, int]]] = {}
    ids = sorted(rows)
    for i in range(0, len(ids), 500):
        chunk = ids[i:i + 500]
        later.update(s.execute(select(DuesWage.member_id, func.min(DuesWage.from_month)).where(
            DuesWage.member_id.in_(chunk), DuesWage.from_month > str(plan.month)).group_by(DuesWage.member_id)).tuples().all())
        for mid, month, fen in s.execute(select(DuesPayment.member_id, DuesPayment.month, DuesPayment.dues_fen).where(
                DuesPayment.member_id.in_(chunk), DuesPayment.month >= str(plan.month))
                .order_by(DuesPayment.member_id, DuesPayment.month)).tuples():
            if mid not in later or month < later[mid]:
                posted.setdefault(mid, []).append((month, fen))
    for mid, items in posted.items():
        r = rows[mid]
        new = dues_of(r.wage_fen, rules)
        off = [(m, fen) for m, fen in items if fen != new]
        if not off:
            continue
        olds = "、".join(sorted({format_yuan(fen) for _m, fen in off}))
        diff = sum(new - fen for _m, fen in off)
        todo = (f"差额共 {format_yuan(diff)} 元请另行向本人补收（收支账记一笔会费收入）" if diff > 0
                else f"多收的 {format_yuan(-diff)} 元请另行退还（收支账记一笔）")
        plan.problems.append(Problem(r.row, column, (
            f"会员“{r.name}”{'、'.join(Month.parse(m).label for m, _f in off)}的会费已按旧工资记录（每月 {olds} 元），"
            f"按新工资每月应为 {format_yuan(new)} 元；导入后已记录的月份不会重算，{todo}"), "warning"))
        plan.stale.append(mid)


def _row(plan: PayrollPlan, number: int, cell: dict[str, Any], labels: dict[str, str],
         by_number: dict[str, tuple[int, str, str]], by_name: dict[str, tuple[int, str, str]],
         names: Counter[str], current: dict[int, int], seen: dict[int, int]) -> list[Problem]:
    def err(key: str, message: str) -> list[Problem]:
        return [Problem(number, labels.get(key, key), message)]

    try:
        wage = parse_amount(as_text(cell["wage"]).strip(), what="工资")
    except AmountError as exc:
        return err("wage", str(exc))
    found = None
    if not is_blank(cell.get("id_number")):
        try:
            id_number = parse_resident_id(parse_id_cell(cell["id_number"])).number
        except (CellError, IdNumberError) as exc:
            return err("id_number", str(exc))
        found = by_number.get(id_number)
        if found is None:
            return err("id_number", "台账中没有这个身份证号的会员")
    else:
        name = " ".join(as_text(cell.get("name")).split())
        found = by_name.get(name)
        if found is None:
            why = f"有{names[name]}名同名会员，请加一列身份证号" if names[name] > 1 else "名册上没有这名会员"
            return err("name", f"“{name}”{why}")
    member_id, name, status = found
    if status not in _ON_BOOKS:
        return err("id_number" if "id_number" in labels else "name", f"会员“{name}”已不在名册上（{Status(status).label}）")
    if member_id in seen:
        return err("name", f"会员“{name}”与第{seen[member_id]}行重复")
    seen[member_id] = number
    before = current.get(member_id)
    row = WageRow(number, member_id, name, before, wage)
    if before is None:
        plan.new.append(row)
    elif before != wage:
        plan.changed.append(row)
    else:
        plan.unchanged_rows.append(number)
    if wage == 0:
        return [Problem(number, labels["wage"], "工资为0，会费为0", "warning")]
    return []


@dataclass(frozen=True)
class PayrollResult:
    plan: PayrollPlan
    batch_id: str | None


def commit(db: Database, plan: PayrollPlan, *, skip_errors: bool = False) -> PayrollResult:
    """Write the plan's wages as one import batch, in one transaction."""
    if plan.error_rows and not skip_errors:
        raise ValidationError(f"“{plan.file_name}”中有{len(plan.errors)}处错误（涉及{len(plan.error_rows)}行），"
                              "未导入任何工资。请修正后重新导入，或选择跳过有错误的行。")
    if plan.committed:
        raise ConflictError("这份预览已经导入过了；如需再次导入，请重新读取文件。")
    rows = plan.new + plan.changed
    if not rows:
        plan.committed = True
        return PayrollResult(plan, None)
    with db.transaction() as s:
        if _marks(s) != plan.base:
            raise ConflictError("预览之后台账已有改动，为免覆盖，请重新预览后再导入。")
        batch = ImportBatch(file_name=plan.file_name[:300], sheet=plan.sheet[:100], actor=db.actor,
                            inserted=len(plan.new), updated=len(plan.changed), unchanged=len(plan.unchanged_rows),
                            skipped=len(plan.error_rows), warnings=len(plan.warnings))
        s.add(batch)
        s.flush()
        now = dt.datetime.now().replace(microsecond=0)
        s.execute(insert(_dues_wage), [
            {"member_id": r.member_id, "from_month": str(plan.month), "wage_fen": r.wage_fen, "batch_id": batch.id,
             "recorded_at": now, "recorded_by": db.actor} for r in rows])
        total = sum(r.wage_fen for r in rows)
        audit.record(s, db.actor, "import", "import_batch", batch.id,
                     f"导入工资表“{plan.file_name}”：自{plan.month.label}起 {len(rows)} 名会员的工资"
                     f"（合计 {format_yuan(total)} 元，批次 {batch.id}）")
        s.flush()
        batch.log_id = int(s.execute(select(func.max(ChangeLog.id))).scalar_one())
    plan.committed = True
    return PayrollResult(plan, str(batch.id))
