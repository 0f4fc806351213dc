"""A data table drawn straight onto the canvas, for rosters of thousands of rows.

platypus' LongTable of 10,000 rows takes ~7 s and grows faster than the row count; this flowable wraps each
cell once (the same line breaker as everything else, so nothing overflows a border), keeps the row heights
as prefix sums, splits across pages by bisection and draws a page of rows with one text object. The header
row is drawn again at the top of every page.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from itertools import accumulate

from unionbook.documents.fonts import FontChain, wrap_text
from unionbook.documents.platypus import Flowable

Line = tuple[str, float]  # text, width in points
HEADER_GREY = 0.90
THIN, THICK = 0.5, 1.0
EPS = 0.01


@dataclass
class TableSpec:
    widths: list[float]  # points
    aligns: list[str]
    headers: list[str]
    chain: FontChain
    size: float
    header_size: float
    min_row_height: float
    pad: float = 2.5
    number_columns: tuple[int, ...] = ()  # columns that show the row number on blank rows too


@dataclass
class TableData:
    """The wrapped cells of the whole table, shared by all the pieces it is split into."""

    spec: TableSpec
    header: list[list[Line]]
    header_height: float
    cells: list[list[list[Line]]]
    heights: list[float]
    cum: list[float] = field(default_factory=list)  # cum[i] = height of rows [0, i)
    on_rows: Callable[[int], None] | None = None  # called with the rows drawn on each page (progress, cancel)

    @classmethod
    def build(cls, spec: TableSpec, rows: Sequence[Sequence[str]], blank_rows: int = 0) -> TableData:
        leading = spec.size * 1.25
        header = [_wrap(h, w - 2 * spec.pad, spec.header_size, spec.chain) for h, w in zip(spec.headers, spec.widths,
                                                                                              strict=True)]
        header_height = max(spec.min_row_height, max(len(c) for c in header) * spec.header_size * 1.25 + 2 * spec.pad)
        cells: list[list[list[Line]]] = []
        heights: list[float] = []
        inner = [w - 2 * spec.pad for w in spec.widths]
        size, chain, min_h, pad2 = spec.size, spec.chain, spec.min_row_height, 2 * spec.pad
        for row in rows:
            wrapped = []
            most = 1
            for text, width in zip(row, inner, strict=True):
                w = chain.width(text, size)
                if w <= width and "\n" not in text:
                    wrapped.append([(text, w)])  # the common case: one line, no breaking needed
                else:
                    lines = _wrap(text, width, size, chain)
                    wrapped.append(lines)
                    most = max(most, len(lines))
            cells.append(wrapped)
            heights.append(max(min_h, most * leading + pad2))
        start = len(rows)
        for n in range(blank_rows):
            cells.append(_blank_row(spec, start + n + 1))
            heights.append(min_h)
        data = cls(spec, header, header_height, cells, heights)
        data.cum = [0.0, *accumulate(heights)]
        return data

    def blank(self, number: int) -> list[list[Line]]:
        return _blank_row(self.spec, number)


def _blank_row(spec: TableSpec, number: int) -> list[list[Line]]:
    row: list[list[Line]] = [[("", 0.0)] for _ in spec.widths]
    for c in spec.number_columns:
        text = str(number)
        row[c] = [(text, spec.chain.width(text, spec.size))]
    return row


def _wrap(text: str, width: float, size: float, chain: FontChain) -> list[Line]:
    return [(ln, chain.width(ln, size)) for ln in wrap_text(text, width, size, chain)]


class FastTable(Flowable):  # type: ignore[misc]  # reportlab has no type stubs: Flowable is Any
    """Rows [start, end) of a TableData, with the header on top; fills the page with blank rows if asked."""

    def __init__(self, data: TableData, start: int = 0, end: int | None = None, *, fill_page: bool = False) -> None:
        super().__init__()
        self.data = data
        self.start = start
        self.end = len(data.heights) if end is None else end
        self.fill_page = fill_page
        self.extra_blank = 0
        self.width = sum(data.spec.widths)
        self.height = 0.0

    def _rows_height(self) -> float:
        return self.data.cum[self.end] - self.data.cum[self.start]

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self.height = self.data.header_height + self._rows_height()
        self.extra_blank = 0
        if self.fill_page and self.height <= availHeight + EPS:
            self.extra_blank = int((availHeight - self.height + EPS) // self.data.spec.min_row_height)
            self.height += self.extra_blank * self.data.spec.min_row_height
        return self.width, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        room = availHeight - self.data.header_height + EPS
        cum = self.data.cum
        last = bisect_right(cum, cum[self.start] + room, self.start, self.end + 1) - 1
        if last <= self.start:
            return []  # not even one row fits: the frame moves the table to the next page
        if last >= self.end:
            return [self]
        return [FastTable(self.data, self.start, last),
                FastTable(self.data, last, self.end, fill_page=self.fill_page)]

    def draw(self) -> None:
        d = self.data
        spec = d.spec
        c = self.canv
        xs = [0.0, *accumulate(spec.widths)]
        top = self.height
        c.saveState()
        c.setFillGray(HEADER_GREY)
        c.rect(0, top - d.header_height, self.width, d.header_height, stroke=0, fill=1)
        c.setFillGray(0)
        tx = c.beginText()
        state = [""]
        _cells(tx, state, spec, xs, top, d.header_height, d.header, ["center"] * len(xs), spec.header_size)
        y = top - d.header_height
        row_tops = [top, y]
        n_rows = self.end - self.start
        rows = d.cells[self.start:self.end] + [d.blank(self.end + i + 1) for i in range(self.extra_blank)]
        heights = d.heights[self.start:self.end] + [spec.min_row_height] * self.extra_blank
        for row, h in zip(rows, heights, strict=True):
            _cells(tx, state, spec, xs, y, h, row, spec.aligns, spec.size)
            y -= h
            row_tops.append(y)
        c.drawText(tx)
        c.setLineWidth(THIN)
        path = c.beginPath()
        for yy in row_tops[1:-1]:
            path.moveTo(0, yy)
            path.lineTo(self.width, yy)
        for xx in xs[1:-1]:
            path.moveTo(xx, top)
            path.lineTo(xx, y)
        c.drawPath(path, stroke=1, fill=0)
        c.setLineWidth(THICK)
        c.rect(0, y, self.width, top - y, stroke=1, fill=0)
        c.restoreState()
        if d.on_rows:
            d.on_rows(n_rows)


def _cells(tx: object, state: list[str], spec: TableSpec, xs: list[float], top: float, height: float,
           row: list[list[Line]], aligns: Sequence[str], size: float) -> None:
    """Queue one row's text, each cell's lines centred vertically in the row."""
    leading = size * 1.25
    chain = spec.chain
    for i, lines in enumerate(row):
        if len(lines) == 1 and not lines[0][0]:
            continue
        x0, x1 = xs[i] + spec.pad, xs[i + 1] - spec.pad
        mid = top - (height - len(lines) * leading) / 2 - leading / 2
        align = aligns[i]
        for text, width in lines:
            if text:
                if align == "center":
                    x = (x0 + x1 - width) / 2
                elif align == "right":
                    x = x1 - width
                else:
                    x = x0
                tx.setTextOrigin(x, mid - 0.36 * size)  # type: ignore[attr-defined]
                for name, seg in chain.runs(text):
                    if state[0] != f"{name}/{size}":
                        tx.setFont(name, size)  # type: ignore[attr-defined]
                        state[0] = f"{name}/{size}"
                    tx.textOut(seg)  # type: ignore[attr-defined]
            mid -= leading
