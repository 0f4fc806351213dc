"""The upper union's delivery list (配送书目) as a kind of the import machinery (services/imports/kinds.py): the
same reader, header finding and column mapping with synonyms, preview with row errors, one `ImportBatch` (kind
"library") in the import history, and undo.

A row is a title with its number of copies. A title already catalogued — the same ISBN-13, or, without an ISBN,
the same title, author and publisher — gets more copies, not a second title; so does a title listed twice in
the same sheet. Undo removes the batch's copies and the titles it created, and is refused once one of those
copies has been lent or written off (that history would be lost).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, cast

from sqlalchemy import Table, delete, func, insert, select
from sqlalchemy.orm import Session

from unionbook.domain.library import Source, author_stem, barcode_for, title_stem
from unionbook.domain.text import clean
from unionbook.errors import ConflictError, NotFoundError, ValidationError
from unionbook.exchange.layout import (
    Column,
    auto_mapping,
    column_letter,
    column_samples,
    detect_layout,
    fill_merged,
)
from unionbook.exchange.reader import read_sheet
from unionbook.exchange.values import as_text, is_blank
from unionbook.exchange.vocab import IGNORE, Vocabulary, normalise_header
from unionbook.jobs import Progress
from unionbook.services.imports import batches
from unionbook.services.imports import undo as import_undo
from unionbook.services.imports.plan import ColumnChoice, ImportPlan, ImportResult, Inspection, Problem
from unionbook.services.library.catalogue import TitleDraft, next_accession, title_search_key, validate_title
from unionbook.services.union import audit
from unionbook.store import Database
from unionbook.store.models import ChangeLog, ImportBatch, LibraryCopy, LibraryLoan, LibraryTitle

KIND = "library"
FIELD_CHOICES: dict[str, str] = {"isbn": "ISBN", "title": "书名", "author": "作者", "publisher": "出版社",
                                 "year": "出版年", "clc": "中图法分类", "price": "定价", "copies": "册数"}
SYNONYMS: dict[str, tuple[str, ...]] = {
    "isbn": ("isbn", "书号", "标准书号", "isbn号", "国际标准书号"),
    "title": ("书名", "题名", "图书名称", "正题名", "名称"),
    "author": ("作者", "著者", "责任者", "编著者"),
    "publisher": ("出版社", "出版者", "出版单位"),
    "year": ("出版年", "出版时间", "出版日期", "出版年份", "年份"),
    "clc": ("分类号", "中图分类号", "中图法分类", "分类"),
    "price": ("定价", "价格", "单价", "定价（元）", "定价(元)"),
    "copies": ("册数", "数量", "复本数", "配送数量", "配送册数", "册", "复本"),
    IGNORE: ("序号", "编号", "备注"),
}
_VOCAB = Vocabulary(headers={normalise_header(w): f for f, words in SYNONYMS.items()
                             for w in (*words, FIELD_CHOICES.get(f, ""))},
                    values={}, flag_yes=frozenset(), flag_no=frozenset(), empty_words=frozenset())
_HINT = "应有一行写着“书名”“ISBN”等列名；请确认选择了配送书目所在的工作表"
_TOTALS = ("合计", "小计", "总计", "制表")
_copy = cast(Table, LibraryCopy.__table__)


@dataclass(frozen=True)
class NewTitle:
    row: int
    draft: TitleDraft
    price_fen: int | None


@dataclass(frozen=True)
class MoreCopies:
    row: int
    title_id: int
    title: str
    copies: int


@dataclass
class DeliveryPlan(ImportPlan):
    """An import plan whose rows are titles: new ones, and ones already catalogued that get more copies."""

    new_titles: list[NewTitle] = field(default_factory=list)
    more_copies: list[MoreCopies] = field(default_factory=list)

    @property
    def copies(self) -> int:
        return sum(n.draft.copies for n in self.new_titles) + sum(m.copies for m in self.more_copies)

    @property
    def has_work(self) -> bool:
        return bool(self.new_titles or self.more_copies)

    def counts(self) -> dict[str, int]:
        return {**super().counts(), "new": len(self.new_titles), "updated": len(self.more_copies),
                "copies": self.copies}


@dataclass
class DeliveryResult(ImportResult):
    copies: int = 0


@dataclass(frozen=True)
class DeliveryUndo(batches.UndoResult):
    titles_removed: int = 0
    copies_removed: int = 0


# ---- reading and mapping ----

def _resolve(columns: tuple[Column, ...], mapping: dict[str, str | None] | None) -> dict[int, str]:
    """Column index → field: the user's choices by header, the synonyms for the other columns."""
    if not mapping:
        return auto_mapping(columns)
    given = {c.index: mapping[c.label] for c in columns if c.label in mapping}
    taken: dict[str, int] = {}
    label = {c.index: c.label for c in columns}
    for index, name in given.items():
        if name and name != IGNORE:
            if name not in FIELD_CHOICES:
                raise ValidationError(f"未知的字段“{name}”（列“{label[index]}”；可选：{'、'.join(FIELD_CHOICES)}）")
            if name in taken:
                raise ValidationError(f"“{label[taken[name]]}”列和“{label[index]}”列都对应“{FIELD_CHOICES[name]}”，"
                                      "请只保留一列。")
            taken[name] = index
    result = {i: f for i, f in given.items() if f and f != IGNORE}
    result.update({i: f for i, f in auto_mapping([c for c in columns if c.index not in given]).items()
                   if f not in taken})
    return result



def inspect(path: str | Path, sheet: str | None = None,
            mapping: dict[str, str | None] | None = None, *, encoding: str | None = None) -> Inspection:
    """Read the delivery list and find its header; the columns carry what each would be imported as.
    `encoding`: how to read a CSV that mixes encodings, as the user chose (as for the members import)."""
    path = Path(path)
    raw = read_sheet(path, sheet, encoding=encoding)
    fill_merged(raw)
    known = {k: v for k, v in (mapping or {}).items() if v and v != IGNORE}
    layout = detect_layout(raw, _VOCAB, known, anchors=frozenset({"title"}), hint=_HINT)
    index_mapping = _resolve(layout.columns, mapping)
    columns = [ColumnChoice(c.index, column_letter(c.index), c.label, index_mapping.get(c.index), c.field,
                            column_samples(raw, layout.data_start, c.index)) for c in layout.columns]
    return Inspection(path, raw.name, raw.sheet_names, layout.header_row, columns, raw.encoding, raw, layout)


def mapping_problem(mapping: dict[str, str | None]) -> str:
    """Why a mapping (header → field) cannot be previewed, for the wizard's mapping step; "" when it can."""
    chosen = [f for f in mapping.values() if f and f != IGNORE]
    if "title" not in chosen:
        return "请指定哪一列是书名。"
    twice = sorted({f for f in chosen if chosen.count(f) > 1})
    if twice:
        return f"以下字段对应了不止一列，请只保留一列：{'、'.join(FIELD_CHOICES.get(f, f) for f in twice)}。"
    return ""


def remap(inspection: Inspection, mapping: dict[str, str | None] | None) -> list[ColumnChoice]:
    index_mapping = _resolve(inspection.layout.columns, mapping)
    return [replace(c, field=index_mapping.get(c.index)) for c in inspection.columns]


# ---- preview ----

def _marks(s: Session) -> tuple[int, ...]:
    return tuple(int(s.execute(select(func.coalesce(func.max(c), 0))).scalar_one())
                 for c in (LibraryTitle.id, LibraryCopy.id, ImportBatch.id))


def _number(text: str, what: str) -> int | None:
    text = clean(text).removesuffix("年").removesuffix("册").removesuffix("本")
    if not text:
        return None
    try:
        value = float(text)
    except ValueError:
        raise ValueError(f"“{text}”不是{what}") from None
    if value != int(value):
        raise ValueError(f"“{text}”不是整数")
    return int(value)


def preview(db: Database, path: str | Path, sheet: str | None = None,
            mapping: dict[str, str | None] | None = None, *, progress: Progress | None = None,
            inspection: Inspection | None = None, encoding: str | None = None) -> DeliveryPlan:
    """Say what importing the delivery list would do; writes nothing."""
    path = Path(path)
    if inspection is None or inspection.path != path or (sheet is not None and sheet != inspection.sheet):
        inspection = inspect(path, sheet, mapping, encoding=encoding)
    raw, layout = inspection.raw, inspection.layout
    columns = _resolve(layout.columns, mapping)
    if "title" not in columns.values():
        raise ValidationError("没有找到“书名”列：请在列对应中指定哪一列是书名。"
                              f"（表头：{'、'.join(c.label for c in layout.columns)}）")
    label = {name: next(c.label for c in layout.columns if c.index == i) for i, name in columns.items()}
    plan = DeliveryPlan(path, raw.name, raw.sheet_names, layout.header_row,
                        [replace(c, field=columns.get(c.index)) for c in inspection.columns],
                        encoding=raw.encoding, headers=[c.label for c in layout.columns])
    rows = raw.rows[layout.data_start:]
    with db.read() as s:
        plan.base = _marks(s)
        by_isbn: dict[str, tuple[int, str]] = {}
        by_name: dict[tuple[str, str, str], tuple[int, str]] = {}
        by_title: dict[str, tuple[str, str]] = {}  # title → (title, author): for the look-alike warning
        by_stem: dict[str, list[tuple[str, str, str]]] = {}  # title stem → (title, author, isbn): the same
        for tid, isbn, title, author, publisher in s.execute(select(
                LibraryTitle.id, LibraryTitle.isbn, LibraryTitle.title, LibraryTitle.author, LibraryTitle.publisher)):
            if isbn:
                by_isbn.setdefault(isbn, (tid, title))
            else:
                by_name.setdefault((title, author, publisher), (tid, title))
            by_title.setdefault(title, (title, author))
            by_stem.setdefault(title_stem(title), []).append((title, author, isbn))
    seen: dict[str | tuple[str, str, str], int] = {}  # key → index in new_titles
    for offset, cells in enumerate(rows):
        number = layout.data_start + offset + 1
        if progress is not None and offset % 500 == 0:
            progress(offset, len(rows))  # raises Cancelled when the user cancelled
        values = {name: cells[i] if i < len(cells) else None for i, name in columns.items()}
        if all(is_blank(v) for v in values.values()):
            continue
        first = as_text(next((c for c in cells if not is_blank(c)), ""))
        if any(w in first for w in _TOTALS) and is_blank(values.get("isbn")):
            plan.skipped_rows.append(number)
            continue
        plan.rows_read += 1
        problems = _plan_row(plan, number, values, label, by_isbn, by_name, seen)
        if not problems and not (plan.more_copies and plan.more_copies[-1].row == number):  # a new title
            plan.problems += _lookalike(number, values, label, by_title) or _near(number, values, label, by_stem)
        if problems:
            plan.problems.extend(problems)
            plan.error_rows.append(number)
            plan.raw_rows[number] = list(cells)
    if "isbn" not in columns.values() and plan.rows_read:
        plan.problems.insert(0, Problem(layout.header_row, "ISBN", "没有对应 ISBN 列：书目只按书名、作者、出版社与已有"
                                        "书目比对，缺作者或出版社的行会作为新书目导入。", "warning"))
    if progress is not None:
        progress(len(rows), len(rows))
    return plan


def _lookalike(number: int, values: dict[str, Any], label: dict[str, str],
               by_title: dict[str, tuple[str, str]]) -> list[Problem]:
    """A row without an ISBN that will be a new title although a title of that name is catalogued, and that
    lacks the author or publisher that would tell the two apart: said, not refused (it may be another book)."""
    text = clean(as_text(values.get("title")))
    if not is_blank(values.get("isbn")) or text not in by_title:
        return []
    missing = [w for f, w in (("author", "作者"), ("publisher", "出版社")) if is_blank(values.get(f))]
    if not missing:
        return []
    title, author = by_title[text]
    known = f"《{title}》" + (f"（{author}）" if author else "")
    return [Problem(number, label["title"], f"可能与已有书目{known}重复：本行没有{'、'.join(missing)}，将作为新书目导入；"
                    "如是同一种书，请补上 ISBN（或作者、出版社）后再导入。", "warning")]


def _near(number: int, values: dict[str, Any], label: dict[str, str],
          by_stem: dict[str, list[tuple[str, str, str]]]) -> list[Problem]:
    """A new title named as a catalogued one but for bracketed notes (（全三册）, (上) …), by the same author, the two
    not told apart by ISBNs: said, not refused."""
    author, has_isbn = author_stem(as_text(values.get("author"))), not is_blank(values.get("isbn"))
    return [Problem(number, label["title"], f"可能与已有书目《{title}》（{who}）重复：书名只差括号中的说明，作者相同，将作为"
                    "新书目导入；如是同一种书，请改用已有书目的书名、作者、出版社与 ISBN 后再导入。", "warning")
            for title, who, isbn in by_stem.get(title_stem(clean(as_text(values.get("title")))), [])
            if author and author_stem(who) == author and not (has_isbn and isbn)][:1]


def _plan_row(plan: DeliveryPlan, number: int, values: dict[str, Any], label: dict[str, str],
              by_isbn: dict[str, tuple[int, str]], by_name: dict[tuple[str, str, str], tuple[int, str]],
              seen: dict[str | tuple[str, str, str], int]) -> list[Problem]:
    problems: list[Problem] = []
    numbers: dict[str, int | None] = {}
    for name, what in (("year", "年份"), ("copies", "册数")):
        try:
            numbers[name] = _number(as_text(values.get(name)), what)
        except ValueError as exc:
            problems.append(Problem(number, label[name], str(exc)))
    copies = numbers.get("copies")
    draft = TitleDraft(isbn=as_text(values.get("isbn")), title=as_text(values.get("title")),
                       author=as_text(values.get("author")), publisher=as_text(values.get("publisher")),
                       year=numbers.get("year"), clc=as_text(values.get("clc")), price=as_text(values.get("price")),
                       source=Source.DELIVERED, copies=1 if copies is None else copies)
    try:
        draft, price = validate_title(draft)
    except ValidationError as exc:
        problems += [Problem(number, label.get(p.field, p.label), p.message) for p in exc.problems]
    if problems:
        return problems
    key: str | tuple[str, str, str] = draft.isbn or (draft.title, draft.author, draft.publisher)
    known = by_isbn.get(draft.isbn) if draft.isbn else by_name.get((draft.title, draft.author, draft.publisher))
    if known is not None:
        plan.more_copies.append(MoreCopies(number, known[0], known[1], draft.copies))
    elif key in seen:  # listed twice in the same sheet: one title, the copies added up
        at = seen[key]
        n = plan.new_titles[at]
        plan.new_titles[at] = replace(n, draft=replace(n.draft, copies=n.draft.copies + draft.copies))
    else:
        seen[key] = len(plan.new_titles)
        plan.new_titles.append(NewTitle(number, draft, price))
    return []


# ---- commit ----

def commit(db: Database, plan: DeliveryPlan, *, skip_errors: bool = False, progress: Progress | None = None,
           on: dt.date | None = None) -> DeliveryResult:
    """Write the plan's titles and copies as one import batch, in one transaction: all of it or nothing."""
    if plan.error_rows and not skip_errors:
        raise ValidationError(
            f"“{plan.file_name}”中有{len(plan.errors)}处错误（涉及{len(plan.error_rows)}行），未导入任何数据。"
            "请修正后重新导入，或选择跳过有错误的行、只导入其余各行。")
    if plan.committed:
        raise ConflictError("这份预览已经导入过了；如需再次导入，请重新读取文件。")
    result = DeliveryResult(None, len(plan.new_titles), len(plan.more_copies), 0, len(plan.error_rows),
                            list(plan.problems), plan.copies)
    if not plan.has_work:
        plan.committed = True
        return result
    on = on or dt.date.today()
    total = len(plan.new_titles) + len(plan.more_copies)
    with db.transaction() as s:
        if _marks(s) != plan.base:
            raise ConflictError("预览之后书目已有改动（可能是另一个窗口或命令登记了图书），为免重复，请重新预览后再导入。")
        batch = ImportBatch(file_name=plan.file_name[:300], sheet=plan.sheet[:100], actor=db.actor, kind=KIND,
                            inserted=len(plan.new_titles), updated=len(plan.more_copies), unchanged=0,
                            skipped=len(plan.error_rows), warnings=len(plan.warnings))
        s.add(batch)
        s.flush()
        titles = [LibraryTitle(isbn=n.draft.isbn, title=n.draft.title, author=n.draft.author,
                               publisher=n.draft.publisher, year=n.draft.year, clc=n.draft.clc, price_fen=n.price_fen,
                               batch_id=batch.id, search_key=title_search_key(n.draft.isbn, n.draft.title,
                                                                              n.draft.author, n.draft.publisher))
                  for n in plan.new_titles]
        s.add_all(titles)
        s.flush()  # one flush gives every new title its id
        wanted = [(t.id, n.draft.copies) for t, n in zip(titles, plan.new_titles, strict=True)]
        wanted += [(m.title_id, m.copies) for m in plan.more_copies]  # the marks: these titles are still there
        accession, rows = next_accession(s), []
        for done, (title_id, count) in enumerate(wanted, start=1):
            rows += [{"title_id": title_id, "accession": a, "barcode": barcode_for(a), "source": Source.DELIVERED.value,
                      "donor": "", "added_on": on, "batch_id": batch.id, "written_off_reason": "",
                      "written_off_note": ""} for a in range(accession, accession + count)]
            accession += count
            if progress is not None and done % 500 == 0:
                progress(done, total)  # raises Cancelled: the transaction is rolled back
        for i in range(0, len(rows), 2000):  # Core executemany: ORM objects per copy were most of the time
            s.execute(insert(_copy), rows[i:i + 2000])
        audit.record(s, db.actor, "import", "import_batch", batch.id,
                     f"导入配送书目“{plan.file_name}”：新书目 {len(plan.new_titles)} 种，已有书目增加复本 "
                     f"{len(plan.more_copies)} 种，共 {plan.copies} 册（批次 {batch.id}）")
        s.flush()
        batch.log_id = int(s.execute(select(func.max(ChangeLog.id))).scalar_one())
    plan.committed = True
    result.batch_id = str(batch.id)
    if progress is not None:
        progress(total, total)
    return result


# ---- undo ----

def undo_batch(s: Session, batch: ImportBatch, actor: str) -> DeliveryUndo:
    """Take a delivery list back (called by the import machinery's undo, inside its transaction): its copies and
    the titles it created that have no other copies. Refused once one of its copies was lent or written off."""
    copy_ids = select(LibraryCopy.id).where(LibraryCopy.batch_id == batch.id)
    lent = s.execute(select(LibraryCopy.barcode, LibraryTitle.title, LibraryLoan.lent_on)
                     .join(LibraryLoan, LibraryLoan.copy_id == LibraryCopy.id)
                     .join(LibraryTitle, LibraryTitle.id == LibraryCopy.title_id)
                     .where(LibraryCopy.id.in_(copy_ids)).order_by(LibraryLoan.lent_on).limit(1)).first()
    if lent is not None:
        raise ConflictError(f"不能撤销导入批次 {batch.id}（{batch.file_name}）：其中《{lent.title}》（{lent.barcode}）"
                            f"已于 {lent.lent_on.isoformat()} 借出过，撤销会丢掉借阅记录。")
    off = s.execute(select(LibraryCopy.barcode, LibraryCopy.written_off_on)
                    .where(LibraryCopy.batch_id == batch.id, LibraryCopy.written_off_on.is_not(None)).limit(1)).first()
    if off is not None:
        raise ConflictError(f"不能撤销导入批次 {batch.id}（{batch.file_name}）：其中 {off.barcode} 已于 "
                            f"{off.written_off_on.isoformat()} 注销，撤销会丢掉注销记录。")
    copies = int(s.scalar(select(func.count()).select_from(LibraryCopy).where(LibraryCopy.batch_id == batch.id)) or 0)
    s.execute(delete(LibraryCopy).where(LibraryCopy.batch_id == batch.id))
    orphans = select(LibraryTitle.id).where(LibraryTitle.batch_id == batch.id, ~LibraryTitle.copies.any())
    titles = len(s.scalars(orphans).all())
    s.execute(delete(LibraryTitle).where(LibraryTitle.id.in_(orphans)))
    summary = f"删除 {titles} 种书目、{copies} 册图书"
    audit.record(s, actor, "import_undo", "import_batch", batch.id,
                 f"撤销配送书目导入批次 {batch.id}（{batch.file_name}）：{summary}")
    return DeliveryUndo(str(batch.id), copies, 0, summary, titles, copies)


def undo(db: Database, batch_id: str | int) -> DeliveryUndo:
    """`library import-undo`: the import machinery's undo, for a delivery-list batch only."""
    text = str(batch_id).strip()
    with db.read() as s:
        batch = s.get(ImportBatch, int(text)) if text.isdigit() else None
        if batch is None or batch.kind != KIND:
            raise NotFoundError(f"找不到配送书目导入批次“{batch_id}”（可用 unionbook members import-history 查看）")
    result = import_undo.undo(db, text)
    assert isinstance(result, DeliveryUndo)
    return result
