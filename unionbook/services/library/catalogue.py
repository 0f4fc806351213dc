"""The catalogue: titles by ISBN (or none), each with copies that get an accession number and a barcode.

Cataloguing an ISBN already in the catalogue adds copies to that title rather than a second title.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from unionbook.domain.library import CLC_CLASSES, Source, barcode_for, format_isbn, normalize_isbn
from unionbook.domain.money import MoneyError, parse_money
from unionbook.domain.pinyin import pinyin_keys
from unionbook.domain.text import clean
from unionbook.errors import FieldProblem, ValidationError
from unionbook.services.union import audit
from unionbook.store import Database
from unionbook.store.models import LibraryCopy, LibraryLoan, LibraryTitle

MAX_COPIES = 500


@dataclass(frozen=True)
class TitleDraft:
    isbn: str = ""
    title: str = ""
    author: str = ""
    publisher: str = ""
    year: int | None = None
    clc: str = ""
    price: str = ""  # yuan as typed ("39.80"); stored as fen
    source: Source = Source.BOUGHT
    donor: str = ""
    copies: int = 1


@dataclass(frozen=True)
class CopyRef:
    barcode: str
    accession: int


@dataclass(frozen=True)
class AddedTitle:
    title_id: int
    isbn: str  # ISBN-13 or ""
    title: str
    new_title: bool
    copies: list[CopyRef]


@dataclass(frozen=True)
class TitleRow:
    id: int
    isbn: str
    title: str
    author: str
    publisher: str
    year: int | None
    clc: str
    volumes: int  # copies not written off
    on_loan: int

    @property
    def isbn_shown(self) -> str:
        return format_isbn(self.isbn)

    @property
    def available(self) -> int:
        return self.volumes - self.on_loan


def validate_title(draft: TitleDraft) -> tuple[TitleDraft, int | None]:
    """The draft cleaned, and the price in fen; every problem at once, each naming its field."""
    problems: list[FieldProblem] = []
    isbn = ""
    try:
        isbn = normalize_isbn(draft.isbn)
    except ValidationError as exc:
        problems += exc.problems
    title = clean(draft.title)
    if not title:
        problems.append(FieldProblem("title", "书名", "不能为空"))
    clc = clean(draft.clc).upper()[:1]
    if clc and clc not in CLC_CLASSES:
        problems.append(FieldProblem("clc", "中图法分类", f"“{draft.clc}”不是中图法基本大类（A–Z，无 L、M、W、Y）"))
    if draft.year is not None and not 1900 <= draft.year <= dt.date.today().year + 1:
        problems.append(FieldProblem("year", "出版年", f"{draft.year} 不在 1900–{dt.date.today().year + 1} 之间"))
    if not 1 <= draft.copies <= MAX_COPIES:
        problems.append(FieldProblem("copies", "册数", f"应为 1–{MAX_COPIES}，这里是 {draft.copies}"))
    price: int | None = None
    if clean(draft.price):
        try:
            price = parse_money(draft.price, label="定价").fen
        except MoneyError as exc:
            problems.append(FieldProblem("price", "定价", exc.message))
        else:
            if price < 0:
                problems.append(FieldProblem("price", "定价", "不能为负数"))
    if draft.source is Source.DONATED and not clean(draft.donor):
        problems.append(FieldProblem("donor", "捐赠人", "捐赠的图书请写明捐赠人或单位"))
    if problems:
        raise ValidationError(problems)
    return replace(draft, isbn=isbn, title=title, author=clean(draft.author), publisher=clean(draft.publisher),
                   clc=clc, donor=clean(draft.donor)), price


def title_search_key(isbn: str, title: str, author: str, publisher: str) -> str:
    initials = pinyin_keys(title[:40]).initials if title else ""
    return " ".join(x for x in (isbn, title, author, publisher, initials) if x).lower()


def next_accession(s: Session) -> int:
    return int(s.scalar(select(func.coalesce(func.max(LibraryCopy.accession), 0))) or 0) + 1


def add_copies(s: Session, title: LibraryTitle, count: int, source: Source, donor: str, on: dt.date,
               batch_id: int | None = None, first: int | None = None) -> list[LibraryCopy]:
    start = first if first is not None else next_accession(s)
    made = [LibraryCopy(title_id=title.id, accession=n, barcode=barcode_for(n), source=source.value, donor=donor,
                        added_on=on, batch_id=batch_id) for n in range(start, start + count)]
    s.add_all(made)
    return made


def find_title(s: Session, isbn: str) -> LibraryTitle | None:
    return s.scalars(select(LibraryTitle).where(LibraryTitle.isbn == isbn)).first() if isbn else None


def new_title(s: Session, draft: TitleDraft, price: int | None, batch_id: int | None = None) -> LibraryTitle:
    t = LibraryTitle(isbn=draft.isbn, title=draft.title, author=draft.author, publisher=draft.publisher,
                     year=draft.year, clc=draft.clc, price_fen=price, batch_id=batch_id,
                     search_key=title_search_key(draft.isbn, draft.title, draft.author, draft.publisher))
    s.add(t)
    s.flush()
    return t


def add_title(db: Database, draft: TitleDraft, *, on: dt.date | None = None) -> AddedTitle:
    """Catalogue a title with its copies; an ISBN already catalogued gets the copies instead."""
    draft, price = validate_title(draft)
    on = on or dt.date.today()
    with db.transaction() as s:
        t = find_title(s, draft.isbn)
        created = t is None
        if t is None:
            t = new_title(s, draft, price)
        copies = add_copies(s, t, draft.copies, draft.source, draft.donor, on)
        s.flush()
        refs = [CopyRef(c.barcode, c.accession) for c in copies]
        audit.record(s, db.actor, "create", "library_title", t.id,
                     f"{'登记图书' if created else '增加复本'}《{t.title}》{len(refs)} 册"
                     f"（{refs[0].barcode}–{refs[-1].barcode}）")
        return AddedTitle(t.id, t.isbn, t.title, created, refs)


def _escape(term: str) -> str:
    return term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def search(db: Database, text: str = "", *, limit: int = 200) -> list[TitleRow]:
    """Titles whose ISBN, title, author, publisher or title initials contain every typed word; with counts."""
    q = select(LibraryTitle.id, LibraryTitle.isbn, LibraryTitle.title, LibraryTitle.author, LibraryTitle.publisher,
               LibraryTitle.year, LibraryTitle.clc)
    for term in clean(text).lower().replace("-", "").split():
        q = q.where(LibraryTitle.search_key.like(f"%{_escape(term)}%", escape="\\"))
    q = q.order_by(LibraryTitle.id.desc()).limit(limit)
    with db.read() as s:
        rows = s.execute(q).all()
        ids = [r.id for r in rows]
        if not ids:
            return []
        volumes = dict(s.execute(
            select(LibraryCopy.title_id, func.count()).where(LibraryCopy.title_id.in_(ids),
                                                             LibraryCopy.written_off_on.is_(None))
            .group_by(LibraryCopy.title_id)).tuples().all())
        out = dict(s.execute(
            select(LibraryCopy.title_id, func.count()).join(LibraryLoan, LibraryLoan.copy_id == LibraryCopy.id)
            .where(LibraryCopy.title_id.in_(ids), LibraryLoan.returned_on.is_(None))
            .group_by(LibraryCopy.title_id)).tuples().all())
    return [TitleRow(r.id, r.isbn, r.title, r.author, r.publisher, r.year, r.clc, volumes.get(r.id, 0),
                     out.get(r.id, 0)) for r in rows]
