"""Importing the upper union's delivery list (配送书目): preview with row errors, then one batch that can be
undone. A title already catalogued (same ISBN) gets more copies, not a second title.

The sheet is read by the shared reader (exchange/reader.py: xlsx, xls, et, csv); the headers are matched by
the synonyms below, or by the caller's mapping (header → field). The members import (services/imports) plans
member rows and keeps member before/after values for its undo; a delivery list only ever adds titles and
copies, so its batch is the set of rows carrying its batch id (library_import_batch).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import delete, func, select

from unionbook.domain.library import Source
from unionbook.domain.text import clean
from unionbook.errors import ConflictError, NotFoundError, ValidationError
from unionbook.exchange.reader import ImportFileError, read_sheet
from unionbook.exchange.values import as_text, is_blank
from unionbook.services.library.catalogue import TitleDraft, add_copies, find_title, new_title, validate_title
from unionbook.services.union import audit
from unionbook.store import Database
from unionbook.store.models import LibraryCopy, LibraryImportBatch, LibraryLoan, LibraryTitle

FIELDS: dict[str, str] = {"isbn": "ISBN", "title": "书名", "author": "作者", "publisher": "出版社", "year": "出版年",
                          "clc": "中图法分类", "price": "定价", "copies": "册数"}
SYNONYMS: dict[str, tuple[str, ...]] = {
    "isbn": ("isbn", "书号", "标准书号", "isbn号", "国际标准书号"),
    "title": ("书名", "题名", "图书名称", "正题名", "名称"),
    "author": ("作者", "著者", "责任者", "编著者"),
    "publisher": ("出版社", "出版者", "出版单位"),
    "year": ("出版年", "出版时间", "出版日期", "出版年份", "年份"),
    "clc": ("分类号", "中图分类号", "中图法分类", "分类"),
    "price": ("定价", "价格", "单价", "定价（元）", "定价(元)"),
    "copies": ("册数", "数量", "复本数", "配送数量", "配送册数"),
}


@dataclass(frozen=True)
class Problem:
    row: int
    column: str
    message: str


@dataclass
class DeliveryPlan:
    file_name: str
    header_row: int
    mapping: dict[str, str | None]  # header → field
    new_titles: list[tuple[int, TitleDraft, int | None]] = field(default_factory=list)  # (row, draft, price fen)
    more_copies: list[tuple[int, int, TitleDraft]] = field(default_factory=list)  # (row, title id, draft)
    errors: list[Problem] = field(default_factory=list)
    error_rows: list[int] = field(default_factory=list)
    rows_read: int = 0

    @property
    def copies(self) -> int:
        return sum(d.copies for _, d, _ in self.new_titles) + sum(d.copies for _, _, d in self.more_copies)


@dataclass(frozen=True)
class DeliveryResult:
    batch_id: str | None
    inserted: int  # new titles
    updated: int  # titles already catalogued that got more copies
    copies: int
    errors: list[Problem]


def _header(value: object) -> str:
    return clean(as_text(value)).replace(" ", "").lower()


def _find_header(rows: list[list[object]]) -> int:
    for i, row in enumerate(rows[:15]):
        heads = {_header(v) for v in row}
        if heads & set(SYNONYMS["title"]):
            return i
    raise ImportFileError("找不到表头：前 15 行中没有“书名”（或“题名”“图书名称”）一列")


def _map(headers: list[str], mapping: dict[str, str | None] | None) -> dict[int, str]:
    given = {_header(k): v for k, v in (mapping or {}).items()}
    out: dict[int, str] = {}
    for j, h in enumerate(headers):
        key = _header(h)
        if key in given:
            if given[key] is not None:
                if given[key] not in FIELDS:
                    raise ValidationError(f"导入对应关系中“{h}”对应的“{given[key]}”不是可导入的字段"
                                          f"（可选：{'、'.join(FIELDS)}）")
                out[j] = str(given[key])
            continue
        for name, words in SYNONYMS.items():
            if key in words and name not in out.values():
                out[j] = name
    if "title" not in out.values():
        raise ValidationError("导入文件缺少“书名”列")
    return out


def preview(db: Database, path: str | Path, sheet: str | None = None,
            mapping: dict[str, str | None] | None = None) -> DeliveryPlan:
    raw = read_sheet(path, sheet)
    h = _find_header(raw.rows)
    headers = [as_text(v) for v in raw.rows[h]]
    columns = _map(headers, mapping)
    plan = DeliveryPlan(raw.file_name, h + 1, {headers[j]: columns.get(j) for j in range(len(headers))})
    seen: dict[str, int] = {}  # isbn → index in new_titles (the same ISBN twice in one list is one title)
    with db.read() as s:
        for i in range(h + 1, len(raw.rows)):
            cells = raw.rows[i]
            values = {name: cells[j] if j < len(cells) else None for j, name in columns.items()}
            if all(is_blank(v) for v in values.values()):
                continue
            row = i + 1
            plan.rows_read += 1
            problems: list[Problem] = []
            year = copies = None
            for name in ("year", "copies"):
                text = clean(as_text(values.get(name))).removesuffix("年").removesuffix("册")[:4 if name == "year" else 6]
                if text:
                    try:
                        number = int(float(text)) if name == "copies" else int(text)
                    except ValueError:
                        problems.append(Problem(row, FIELDS[name], f"“{as_text(values.get(name))}”不是数字"))
                        continue
                    if name == "year":
                        year = number
                    else:
                        copies = number
            draft = TitleDraft(isbn=as_text(values.get("isbn")), title=as_text(values.get("title")),
                               author=as_text(values.get("author")), publisher=as_text(values.get("publisher")),
                               year=year, clc=as_text(values.get("clc")), price=as_text(values.get("price")),
                               source=Source.DELIVERED, copies=copies if copies is not None else 1)
            try:
                draft, price = validate_title(draft)
            except ValidationError as exc:
                problems += [Problem(row, p.label, p.message) for p in exc.problems]
            if problems:
                plan.errors += problems
                plan.error_rows.append(row)
                continue
            existing = find_title(s, draft.isbn)
            if existing is not None:
                plan.more_copies.append((row, existing.id, draft))
            elif draft.isbn and draft.isbn in seen:
                at = seen[draft.isbn]
                r0, d0, p0 = plan.new_titles[at]
                plan.new_titles[at] = (r0, TitleDraft(**{**d0.__dict__, "copies": d0.copies + draft.copies}), p0)
            else:
                if draft.isbn:
                    seen[draft.isbn] = len(plan.new_titles)
                plan.new_titles.append((row, draft, price))
    return plan


def commit(db: Database, plan: DeliveryPlan, *, skip_errors: bool = False,
           on: dt.date | None = None) -> DeliveryResult:
    if plan.errors and not skip_errors:
        raise ValidationError(f"导入文件有 {len(plan.error_rows)} 行错误，未导入任何数据")
    on = on or dt.date.today()
    if not (plan.new_titles or plan.more_copies):
        return DeliveryResult(None, 0, 0, 0, plan.errors)
    with db.transaction() as s:
        batch = LibraryImportBatch(file_name=plan.file_name, actor=db.actor, titles=len(plan.new_titles),
                                   copies=plan.copies)
        s.add(batch)
        s.flush()
        for _, draft, price in plan.new_titles:
            t = new_title(s, draft, price, batch.id)
            add_copies(s, t, draft.copies, Source.DELIVERED, "", on, batch.id)
            s.flush()
        for _, title_id, draft in plan.more_copies:
            known = s.get(LibraryTitle, title_id)
            assert known is not None
            add_copies(s, known, draft.copies, Source.DELIVERED, "", on, batch.id)
            s.flush()
        audit.record(s, db.actor, "import", "library_import_batch", batch.id,
                     f"导入配送书目“{plan.file_name}”：新书目 {len(plan.new_titles)} 种，"
                     f"增加复本 {len(plan.more_copies)} 种，共 {plan.copies} 册")
        return DeliveryResult(str(batch.id), len(plan.new_titles), len(plan.more_copies), plan.copies, plan.errors)


@dataclass(frozen=True)
class DeliveryUndo:
    batch_id: str
    titles_removed: int
    copies_removed: int


def undo(db: Database, batch_id: str | int) -> DeliveryUndo:
    """Take a delivery-list import back: its copies and the titles it created. Refused once any of its copies
    has been lent or written off (that history would be lost)."""
    try:
        bid = int(batch_id)
    except ValueError:
        raise NotFoundError(f"找不到书目导入批次“{batch_id}”") from None
    with db.transaction() as s:
        batch = s.get(LibraryImportBatch, bid)
        if batch is None:
            raise NotFoundError(f"找不到书目导入批次“{batch_id}”")
        if batch.undone_at is not None:
            raise ConflictError(f"书目导入批次 {bid} 已于 {batch.undone_at:%Y-%m-%d %H:%M} 撤销")
        copy_ids = select(LibraryCopy.id).where(LibraryCopy.batch_id == bid)
        used = s.scalar(select(func.count()).select_from(LibraryLoan).where(LibraryLoan.copy_id.in_(copy_ids)))
        off = s.scalar(select(func.count()).select_from(LibraryCopy)
                       .where(LibraryCopy.batch_id == bid, LibraryCopy.written_off_on.is_not(None)))
        if used or off:
            raise ConflictError(f"书目导入批次 {bid} 的图书已有借阅或注销记录，不能撤销")
        copies = int(s.scalar(select(func.count()).select_from(LibraryCopy).where(LibraryCopy.batch_id == bid)) or 0)
        s.execute(delete(LibraryCopy).where(LibraryCopy.batch_id == bid))
        orphans = select(LibraryTitle.id).where(LibraryTitle.batch_id == bid, ~LibraryTitle.copies.any())
        titles = len(s.scalars(orphans).all())
        s.execute(delete(LibraryTitle).where(LibraryTitle.id.in_(orphans)))
        batch.undone_at = dt.datetime.now().replace(microsecond=0)
        audit.record(s, db.actor, "undo", "library_import_batch", bid,
                     f"撤销书目导入批次 {bid}：删除 {titles} 种书目、{copies} 册")
        return DeliveryUndo(str(bid), titles, copies)
