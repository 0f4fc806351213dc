"""Turning a template's blocks, filled with one scope of data, into flowables."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from reportlab.lib.units import mm

from unionbook.documents.fasttable import FastTable, TableData, TableSpec
from unionbook.documents.fields import compile_text, fill, fill_parts, member_scope
from unionbook.documents.flowables import CardSheet, CellBox, CutLine, para
from unionbook.documents.fonts import FontChain, chain
from unionbook.documents.gridtext import GridStyle, GridText, heading_segments
from unionbook.documents.platypus import Flowable, KeepTogether, PageBreak, Spacer, Table, TableStyle
from unionbook.documents.template import Block, Template, TemplateError

DATE_BLANK = "年　　月　　日"


@dataclass
class Layout:
    """Page geometry and faces for one template (points)."""

    page: tuple[float, float]
    margins: tuple[float, float, float, float]  # top, right, bottom, left
    document: bool
    body: FontChain
    size: float
    pitch: float = 0.0  # document mode: character pitch
    leading: float = 0.0  # document mode: line pitch

    @property
    def frame_width(self) -> float:
        return self.page[0] - self.margins[1] - self.margins[3]

    @property
    def frame_height(self) -> float:
        return self.page[1] - self.margins[0] - self.margins[2]

    def face(self, role: str | None) -> FontChain:
        return chain(role) if role else self.body


@dataclass
class Builder:
    tpl: Template
    layout: Layout
    whole_id: bool
    on_units: Callable[[int], None]

    def blocks(self, scope: Mapping[str, Any], members: Sequence[Mapping[str, Any]] = ()) -> list[Flowable]:
        out: list[Flowable] = []
        for b in self.tpl.blocks:
            if b["space_before"]:
                out.append(Spacer(1, b["space_before"] * mm))
            made = getattr(self, "_" + b.type)(b, scope, members)
            if b.type == "text" and b["style"] == "signature" and out:
                # the signer and date never stand alone on a page: they take the last lines above along
                tail, out[-2:] = out[-2:], []
                made = [KeepTogether([*tail, *made])]
            out.extend(made)
            if b["space_after"]:
                out.append(Spacer(1, b["space_after"] * mm))
        return out

    # ---- text ----

    def _title(self, b: Block, scope: Mapping[str, Any], _m: object) -> list[Flowable]:
        text = fill(b["text"], scope)
        # GB/T 9704: 小标宋 titles (the bundled Song face is the nearest); forms keep a bold-looking Hei title
        face = self.layout.face(b["font"] or ("song" if self.layout.document else "hei"))
        if self.layout.document:
            size = b["size"] or 22
            st = GridStyle(size=size, pitch=size, leading=self.layout.leading, align="center")
            return [GridText([(face, line)], st) for line in text.split("\n")] + [Spacer(1, self.layout.leading)]
        return [para(text, face, b["size"] or 18, "center", leading=(b["size"] or 18) * 1.35), Spacer(1, 3 * mm)]

    def _text(self, b: Block, scope: Mapping[str, Any], _m: object) -> list[Flowable]:
        text = fill(b["text"], scope)
        lay = self.layout
        face = lay.face(b["font"])
        size = b["size"] or lay.size
        if lay.document:
            return self._grid_text(b, text, face, size)
        indent = (b["indent"] or 0) * size
        align = "right" if b["style"] == "signature" else b["align"]
        face = chain("hei") if b["style"] == "heading" and not b["font"] else face
        if align in ("left", "justify"):
            # prose: the Chinese line-breaking rules (documents/linebreak.py) on a one-character grid
            st = GridStyle(size, size, size * 1.6, indent=int(b["indent"] or 0),
                           align="justify" if b["style"] == "body" else "left")
            return [GridText([(face, line)], st) for line in text.split("\n")]
        return [para(line, face, size, align, indent=indent, leading=size * 1.6) for line in text.split("\n")]

    def _grid_text(self, b: Block, text: str, face: FontChain, size: float) -> list[Flowable]:
        lay = self.layout
        pitch = lay.pitch * size / lay.size
        if b["style"] == "signature":
            right = 4 if b["indent"] is None else int(b["indent"])
            return [_signature(text, face, GridStyle(size, pitch, lay.leading, align="left", right_chars=right))]
        indent = int(2 if b["indent"] is None and b["style"] == "body" else (b["indent"] or 0))
        align = b["align"] if b["align"] != "left" else "justify"
        out: list[Flowable] = []
        for line in text.split("\n"):
            if b["style"] == "heading":
                segs = [(chain("hei") if not b["font"] else face, line)]
            elif b["style"] == "body" and not b["font"]:
                segs = heading_segments(line, face, chain("hei"), chain("kai"))
            else:
                segs = [(face, line)]
            out.append(GridText(segs, GridStyle(size, pitch, lay.leading, indent=indent, align=align)))
        return out

    def _cut(self, b: Block, scope: Mapping[str, Any], _m: object) -> list[Flowable]:
        return [Spacer(1, 2 * mm), CutLine(fill(b["text"], scope), self.layout.body), Spacer(1, 2 * mm)]

    def _spacer(self, b: Block, _s: object, _m: object) -> list[Flowable]:
        return [Spacer(1, b["height"] * mm)]

    def _page_break(self, _b: Block, _s: object, _m: object) -> list[Flowable]:
        return [PageBreak()]

    # ---- tables ----

    def _widths(self, weights: Sequence[float]) -> list[float]:
        total = sum(weights)
        return [self.layout.frame_width * w / total for w in weights]

    def _grid(self, b: Block, scope: Mapping[str, Any], _m: object) -> list[Flowable]:
        face = self.layout.face(b["font"])
        size = b["size"] or self.layout.size
        widths = self._widths(b["widths"])
        ncols = len(widths)
        taken: set[tuple[int, int]] = set()
        data: list[list[Any]] = []
        styles: list[tuple[Any, ...]] = []
        for r, row in enumerate(b["rows"]):
            line: list[Any] = [""] * ncols
            col = 0
            for cell in row:
                while (r, col) in taken:
                    col += 1
                if col >= ncols:
                    raise TemplateError(self.tpl.path.name, b.line, f"表格第 {r + 1} 行的格子超出了 widths 给出的 {ncols} 列",
                                        field_name="rows")
                cs, rs = int(cell.get("colspan", 1)), int(cell.get("rowspan", 1))
                for rr in range(r, r + rs):
                    for cc in range(col, min(col + cs, ncols)):
                        taken.add((rr, cc))
                if cs > 1 or rs > 1:
                    styles.append(("SPAN", (col, r), (min(col + cs, ncols) - 1, r + rs - 1)))
                width = sum(widths[col:col + cs]) - 6
                line[col] = self._cell(cell, scope, face, size, b, width)
                col += cs
            data.append(line)
        lines = [("GRID", (0, 0), (-1, -1), 0.5, "black"), ("BOX", (0, 0), (-1, -1), 1.0, "black")]
        table = Table(data, colWidths=widths)
        table.setStyle(TableStyle([
            *(lines if b["border"] else []),
            ("FONTNAME", (0, 0), (-1, -1), face.primary),  # empty cells would otherwise name Helvetica
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("LEFTPADDING", (0, 0), (-1, -1), 3),
            ("RIGHTPADDING", (0, 0), (-1, -1), 3), ("TOPPADDING", (0, 0), (-1, -1), 2),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 2), *styles,
        ]))
        return [table]

    def _cell(self, cell: Mapping[str, Any], scope: Mapping[str, Any], face: FontChain, size: float, b: Block,
              width: float) -> CellBox:
        face = self.layout.face(cell.get("font")) if cell.get("font") else face
        size = cell.get("size") or size
        align = cell.get("align") or ("left" if cell.get("sign") or cell.get("date") else b["align"])
        text = fill(str(cell.get("text", "")), scope)
        content = [para(t, face, size, align) for t in text.split("\n")] if text else []
        corner = []
        if cell.get("sign"):
            corner.append(para(fill(cell["sign"], scope), face, size, "right"))
        if cell.get("date"):
            corner.append(para(_date_text(cell["date"], scope), face, size, "right"))
        min_h = (cell.get("height") or b["row_height"]) * mm - 4
        del width
        return CellBox(content, min_h, corner=corner, valign=cell.get("valign", "middle"))

    def _signature(self, b: Block, scope: Mapping[str, Any], _m: object) -> list[Flowable]:
        face = self.layout.body
        size = b["size"] or self.layout.size
        cells = []
        for a in b["areas"]:
            align = a.get("align", "left")
            # a centred signer has its date centred under it; otherwise the date sits bottom right
            corner = [para(_date_text(a["date"], scope), face, size, "center" if align == "center" else "right")
                      ] if a.get("date") else []
            label = para(fill(a["text"], scope), face, size, align)
            cells.append(CellBox([label], b["height"] * mm, corner=corner, valign="top"))
        table = Table([cells], colWidths=self._widths([1] * len(cells)))
        table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("FONTNAME", (0, 0), (-1, -1), face.primary),
                                   ("LEFTPADDING", (0, 0), (-1, -1), 6),
                                   ("RIGHTPADDING", (0, 0), (-1, -1), 6)]))
        return [table]

    def _table(self, b: Block, scope: Mapping[str, Any], members: Sequence[Mapping[str, Any]]) -> list[Flowable]:
        face = self.layout.face(b["font"])
        size = b["size"] or self.layout.size
        cols = b["columns"]
        parts = [compile_text(c["value"]) for c in cols]
        rows: list[list[str]] = []
        if b["rows"] == "members":
            base = dict(scope)
            for n, m in enumerate(members, 1):
                base["member"] = member_scope(m, whole_id=self.whole_id, today=scope["today"])
                base["row"] = {"no": n}
                rows.append([fill_parts(p, base) for p in parts])
        numbered = tuple(i for i, c in enumerate(cols) if c["value"].replace(" ", "") == "{row.no}")
        spec = TableSpec(
            widths=self._widths([c["width"] for c in cols]), aligns=[c.get("align", "center") for c in cols],
            headers=[fill(c["header"], scope) for c in cols], chain=face, size=size,
            header_size=b["header_size"] or size, min_row_height=b["row_height"] * mm, number_columns=numbered,
        )
        data = TableData.build(spec, rows, blank_rows=b["blank_rows"])
        if data.header_height + max(data.heights, default=0) > self.layout.frame_height:
            raise TemplateError(self.tpl.path.name, b.line, "表格的一行比一页还高，请加宽列或减少该列文字", field_name="columns")
        data.on_rows = self.on_units if b["rows"] == "members" else None
        return [FastTable(data, fill_page=b["fill_page"])]

    def _cards(self, b: Block, scope: Mapping[str, Any], members: Sequence[Mapping[str, Any]]) -> list[Flowable]:
        cw, ch = b["width"] * mm, b["height"] * mm
        cols, rows = b["columns"], b["rows"]
        lay = self.layout
        if cols * cw > lay.frame_width + 0.5 or rows * ch > lay.frame_height - 1:
            raise TemplateError(self.tpl.path.name, b.line,
                                f"每页 {cols}×{rows} 张、每张 {b['width']}×{b['height']} 毫米的会员证放不下，请减少行列数或缩小页边距",
                                field_name="cards")
        per_page = cols * rows
        cards: list[dict[str, object]] = []
        local = dict(scope)
        for m in members:
            local["member"] = member_scope(m, whole_id=self.whole_id, today=scope["today"])
            cards.append({
                "title": fill(b["title"], local), "subtitle": fill(b["subtitle"], local),
                "fields": [(fill(k, local), fill(v, local)) for k, v in b["fields"]], "footer": fill(b["footer"], local),
            })
        out: list[Flowable] = []
        for start in range(0, len(cards), per_page):
            if out:
                out.append(PageBreak())
            out.append(CardSheet(cards[start:start + per_page], columns=cols, rows=rows, card_w=cw, card_h=ch,
                                 chain=lay.body, hei=chain("hei"), photo=b["photo"], hook=self.on_units,
                                 mirror=b["mirror"]))
        return out


def _date_text(date: Any, scope: Mapping[str, Any]) -> str:
    if isinstance(date, str):
        return fill(date, scope) or DATE_BLANK
    return DATE_BLANK


def _signature(text: str, face: FontChain, st: GridStyle) -> Flowable:
    """Signer over date, both centred on the date line (GB/T 9704 7.3.5)."""
    lines = text.split("\n")
    return _SignatureBlock([GridText([(face, ln)], st) for ln in lines], st)


class _SignatureBlock(Flowable):  # type: ignore[misc]  # reportlab has no type stubs: Flowable is Any
    def __init__(self, parts: list[GridText], st: GridStyle) -> None:
        super().__init__()
        self.parts = parts
        self.st = st

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self.width = availWidth
        self.height = sum(p.wrap(availWidth, availHeight)[1] for p in self.parts)
        return self.width, self.height

    def draw(self) -> None:
        last = self.parts[-1]
        last_w = last.lines[-1].width if last.lines else 0
        anchor = self.width - self.st.right_chars * self.st.pitch - last_w / 2
        widest = max((p.lines[-1].width if p.lines else 0) for p in self.parts)
        # a signer longer than the date moves left so that it ends two characters from the edge
        anchor = min(anchor, self.width - 2 * self.st.pitch - widest / 2)
        y = self.height
        for p in self.parts:
            y -= p.height
            w = p.lines[-1].width if p.lines else 0
            p.drawOn(self.canv, anchor - w / 2, y)
