"""The reading room's papers: a sheet of barcode labels (Code 128, 3 × 8 on A4, 70 × 37 mm, the common
self-adhesive label stock) and the overdue reminder list. Drawn with reportlab directly: the form templates
(forms/) lay out member data, and these pages are a grid of barcodes and a loan table."""

from __future__ import annotations

import datetime as dt
import io
import json
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from reportlab.graphics.barcode.code128 import Code128
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle
from sqlalchemy import select

from unionbook.documents.fonts import chain
from unionbook.domain.library import normalize_barcode
from unionbook.domain.text import chinese_date
from unionbook.errors import NotFoundError, ValidationError
from unionbook.partfiles import output_part
from unionbook.services.library.loans import overdue
from unionbook.services.union.profile import get_profile, has_profile
from unionbook.store import Database
from unionbook.store.models import LibraryCopy, LibraryTitle, Setting


@dataclass(frozen=True)
class LabelSheet:
    columns: int = 3
    rows: int = 8
    width: float = 70 * mm
    height: float = 37 * mm
    left: float = 0.0
    top: float = 0.5 * mm  # 8 × 37 mm = 296 mm of 297


@dataclass(frozen=True)
class Label:
    barcode: str
    title: str
    accession: int
    clc: str


def labels_for(db: Database, barcodes: Sequence[str] = (), *, new_since: int | None = None) -> list[Label]:
    """Labels of the given barcodes (in that order), or of the copies whose accession is above `new_since`."""
    with db.read() as s:
        q = select(LibraryCopy.barcode, LibraryTitle.title, LibraryCopy.accession, LibraryTitle.clc).join(
            LibraryTitle, LibraryCopy.title_id == LibraryTitle.id).where(LibraryCopy.written_off_on.is_(None))
        if barcodes:
            codes = [normalize_barcode(b) for b in barcodes]
            found = {r[0]: Label(*r) for r in s.execute(q.where(LibraryCopy.barcode.in_(codes))).tuples()}
            unknown = [c for c in codes if c not in found]
            if unknown:
                raise NotFoundError(f"找不到条码：{'、'.join(unknown[:10])}")
            return [found[c] for c in codes]
        if new_since is not None:
            q = q.where(LibraryCopy.accession > new_since)
        return [Label(*r) for r in s.execute(q.order_by(LibraryCopy.accession)).tuples()]


def _fit(text: str, width: float, size: float, font: object) -> str:
    fc = font
    while text and fc.width(text, size) > width:  # type: ignore[attr-defined]
        text = text[:-2] + "…" if len(text) > 2 else text[:-1]
    return text


def _union(db: Database) -> str:
    return get_profile(db).name if has_profile(db) else ""


def write_labels(db: Database, labels: Sequence[Label], path: Path, sheet: LabelSheet = LabelSheet()) -> int:
    """A4 pages of labels; returns the number of pages."""
    if not labels:
        raise ValidationError("没有要打印的条码标签")
    fc = chain("hei")
    font = fc.names[0]
    union = _union(db)
    buffer = io.BytesIO()  # written whole through a part file (partfiles): never half a PDF under its name
    c = Canvas(buffer, pagesize=A4)
    c.setTitle("职工书屋条码标签")
    per_page = sheet.columns * sheet.rows
    pages = 0
    for start in range(0, len(labels), per_page):
        pages += 1
        for i, label in enumerate(labels[start:start + per_page]):
            col, row = i % sheet.columns, i // sheet.columns
            x = sheet.left + col * sheet.width
            y = A4[1] - sheet.top - (row + 1) * sheet.height
            c.setStrokeColor(colors.lightgrey)
            c.setLineWidth(0.3)
            c.rect(x, y, sheet.width, sheet.height)
            c.setFillColor(colors.black)
            c.setFont(font, 7)
            c.drawCentredString(x + sheet.width / 2, y + sheet.height - 5 * mm,
                                _fit(f"{union} 职工书屋", sheet.width - 6 * mm, 7, fc))
            c.setFont(font, 8)
            c.drawCentredString(x + sheet.width / 2, y + sheet.height - 9.5 * mm,
                                _fit(label.title, sheet.width - 6 * mm, 8, fc))
            code = Code128(label.barcode, barHeight=13 * mm, barWidth=0.33 * mm, humanReadable=False)
            code.drawOn(c, x + (sheet.width - code.width) / 2, y + 8 * mm)
            c.setFont("Courier-Bold", 9)
            c.drawCentredString(x + sheet.width / 2, y + 4.5 * mm, label.barcode)
            c.setFont(font, 6)
            c.drawRightString(x + sheet.width - 3 * mm, y + 1.8 * mm,
                              f"登记号 {label.accession}" + (f"  分类 {label.clc}" if label.clc else ""))
        c.showPage()
    c.save()
    with output_part(path) as part:
        part.write_bytes(buffer.getvalue())
    mark_printed(db, labels)
    return pages


def write_overdue_list(db: Database, path: Path, *, as_of: dt.date | None = None) -> int:
    """The overdue reminder list (逾期催还单), one line per loan; returns the number of loans."""
    as_of = as_of or dt.date.today()
    loans = overdue(db, as_of)
    fc = chain("song")
    font = fc.names[0]
    head = ParagraphStyle("h", fontName=chain("hei").names[0], fontSize=16, leading=22, alignment=1)
    body = ParagraphStyle("b", fontName=font, fontSize=10.5, leading=15)
    cell = ParagraphStyle("c", fontName=font, fontSize=10, leading=13)
    union = _union(db)
    rows: list[list[object]] = [[Paragraph(t, cell) for t in ("序号", "借阅人", "书名", "条码", "应还日期", "逾期天数")]]
    for n, loan in enumerate(loans, 1):
        rows.append([str(n), Paragraph(fc.markup(loan.name), cell), Paragraph(fc.markup(loan.title), cell),
                     loan.barcode, loan.due.isoformat(), str(loan.days_overdue(as_of))])
    table = Table(rows, colWidths=[12 * mm, 28 * mm, 70 * mm, 26 * mm, 24 * mm, 18 * mm], repeatRows=1)
    table.setStyle(TableStyle([
        ("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("FONT", (0, 0), (-1, -1), font, 10),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("ALIGN", (0, 0), (0, -1), "CENTER"),
        ("ALIGN", (-1, 0), (-1, -1), "CENTER"), ("BACKGROUND", (0, 0), (-1, 0), colors.whitesmoke),
    ]))
    story = [
        Paragraph(fc.markup(f"{union}职工书屋逾期未还图书催还单"), head), Spacer(1, 4 * mm),
        Paragraph(fc.markup(f"截至{chinese_date(as_of)}，以下图书已超过应还日期，请借阅人尽快归还。"
                            f"共 {len(loans)} 册。"), body), Spacer(1, 3 * mm), table, Spacer(1, 8 * mm),
        Paragraph(fc.markup(f"{union}（盖章）　　　　{chinese_date(dt.date.today())}"), body),
    ]
    buffer = io.BytesIO()
    SimpleDocTemplate(buffer, pagesize=A4, leftMargin=15 * mm, rightMargin=15 * mm, topMargin=18 * mm,
                      bottomMargin=15 * mm, title="逾期未还图书催还单").build(story)
    with output_part(path) as part:
        part.write_bytes(buffer.getvalue())
    return len(loans)


LABELS_THROUGH = "library.labels_through"


def last_printed(db: Database) -> int:
    """The highest accession number whose label was printed (0 when none was)."""
    with db.read() as s:
        row = s.get(Setting, LABELS_THROUGH)
        return int(json.loads(row.value)) if row is not None else 0


def mark_printed(db: Database, labels: Sequence[Label]) -> None:
    """Remember how far labels were printed, so that `--new` prints only the copies added since."""
    top = max((x.accession for x in labels), default=0)
    with db.transaction() as s:
        row = s.get(Setting, LABELS_THROUGH)
        if row is None:
            s.add(Setting(key=LABELS_THROUGH, value=json.dumps(top), updated_by=db.actor))
        elif top > int(json.loads(row.value)):
            row.value = json.dumps(top)
