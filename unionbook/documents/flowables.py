"""Small flowables the form layouts need: a table cell with a minimum height and a signature corner, a cut
line for counterfoils, a sheet of membership cards, and a zero-size tick that reports progress."""

from __future__ import annotations

from collections.abc import Callable

from reportlab.lib.colors import Color, white
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm

from unionbook.documents.fonts import FontChain
from unionbook.documents.platypus import Flowable, Paragraph

DARK_RED = Color(0.72, 0.08, 0.08)
ALIGNS = {"left": TA_LEFT, "center": TA_CENTER, "right": TA_RIGHT, "justify": 4}


def para_style(chain: FontChain, size: float, align: str = "left", *, leading: float | None = None,
               indent: float = 0, color: Color | None = None) -> ParagraphStyle:
    return ParagraphStyle(
        f"ub-{chain.primary}-{size}-{align}", fontName=chain.primary, fontSize=size,
        leading=leading or size * 1.4, alignment=ALIGNS[align], firstLineIndent=indent, wordWrap="CJK",
        textColor=color or Color(0, 0, 0), splitLongWords=1,
    )


def para(text: str, chain: FontChain, size: float, align: str = "left", **kw: object) -> Paragraph:
    """A Paragraph of plain text (escaped; characters the face lacks taken from the next face)."""
    markup = "<br/>".join(chain.markup(line) for line in text.split("\n"))
    return Paragraph(markup, para_style(chain, size, align, **kw))  # type: ignore[arg-type]


class CellBox(Flowable):  # type: ignore[misc]  # reportlab has no type stubs: Flowable is Any
    """Cell content with a minimum height; `corner` lines (signature, seal, date) sit at the bottom right."""

    def __init__(self, content: list[Flowable], min_height: float, *, corner: list[Flowable] | None = None,
                 valign: str = "middle") -> None:
        super().__init__()
        self.content = content
        self.corner = corner or []
        self.min_height = min_height
        self.valign = valign

    def _heights(self, width: float) -> tuple[float, float]:
        top = sum(f.wrap(width, 10**6)[1] for f in self.content)
        bottom = sum(f.wrap(width, 10**6)[1] for f in self.corner)
        return top, bottom

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        top, bottom = self._heights(availWidth)
        gap = 4 * mm if self.corner else 0
        self.width = availWidth
        self.height = max(self.min_height, top + gap + bottom)
        self._top = top
        return self.width, self.height

    def draw(self) -> None:
        if self.corner:
            y = self.height  # label at the top, signature corner at the bottom
        elif self.valign == "top":
            y = self.height
        elif self.valign == "bottom":
            y = self._top
        else:
            y = (self.height + self._top) / 2
        for f in self.content:
            _, h = f.wrap(self.width, 10**6)
            y -= h
            f.drawOn(self.canv, 0, y)
        y = sum(f.wrap(self.width, 10**6)[1] for f in self.corner)
        for f in self.corner:
            _, h = f.wrap(self.width, 10**6)
            y -= h
            f.drawOn(self.canv, 0, y)


class CutLine(Flowable):  # type: ignore[misc]  # reportlab has no type stubs: Flowable is Any
    """A dashed line across the frame with a label in a gap: where the counterfoil is cut off and stamped."""

    def __init__(self, label: str, chain: FontChain, size: float = 9) -> None:
        super().__init__()
        self.label = label
        self.chain = chain
        self.size = size

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self.width = availWidth
        self.height = self.size * 2
        return self.width, self.height

    def draw(self) -> None:
        c = self.canv
        mid = self.height / 2
        text_w = self.chain.width(self.label, self.size) + (self.size if self.label else 0)
        left = (self.width - text_w) / 2
        c.saveState()
        c.setDash(4, 3)
        c.setLineWidth(0.6)
        c.line(0, mid, left, mid)
        c.line(left + text_w, mid, self.width, mid)
        c.restoreState()
        if self.label:
            tx = c.beginText()
            tx.setTextOrigin(left + self.size / 2, mid - 0.36 * self.size)
            for name, seg in self.chain.runs(self.label):
                tx.setFont(name, self.size)
                tx.textOut(seg)
            c.drawText(tx)


class Tick(Flowable):  # type: ignore[misc]  # reportlab has no type stubs: Flowable is Any
    """Takes no space; when drawn, reports that one more unit (a member's copy) is done."""

    # reportlab moves a flowable to a new page when the frame has no height left, even one of no height,
    # unless it says it is zero-size: a full page 1 then left a page 2 holding only its number
    _ZEROSIZE = True

    def __init__(self, hook: Callable[[int], None]) -> None:
        super().__init__()
        self.hook = hook
        self.width = self.height = 0

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        self.hook(1)


class CardSheet(Flowable):  # type: ignore[misc]  # reportlab has no type stubs: Flowable is Any
    """One page of membership cards in a grid, spread evenly over the frame, each with a thin cut border."""

    def __init__(self, cards: list[dict[str, object]], *, columns: int, rows: int, card_w: float, card_h: float,
                 chain: FontChain, hei: FontChain, photo: bool, hook: Callable[[int], None] | None = None,
                 mirror: bool = False) -> None:
        super().__init__()
        self.mirror = mirror  # the backs of a duplex sheet: columns right to left, so each back meets its front
        self.cards = cards
        self.columns, self.rows = columns, rows
        self.card_w, self.card_h = card_w, card_h
        self.chain, self.hei = chain, hei
        self.photo = photo
        self.hook = hook

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self.width, self.height = availWidth, availHeight - 1
        return self.width, self.height

    def draw(self) -> None:
        gx = (self.width - self.columns * self.card_w) / (self.columns + 1)
        gy = (self.height - self.rows * self.card_h) / (self.rows + 1)
        for i, card in enumerate(self.cards):
            r, col = divmod(i, self.columns)
            if self.mirror:
                col = self.columns - 1 - col
            x = gx + col * (self.card_w + gx)
            y = self.height - (r + 1) * (self.card_h + gy)
            self.canv.saveState()
            self.canv.translate(x, y)
            self._card(card)
            self.canv.restoreState()
        if self.hook:
            self.hook(len(self.cards))

    def _card(self, card: dict[str, object]) -> None:
        c, w, h = self.canv, self.card_w, self.card_h
        c.setStrokeGray(0.55)
        c.setLineWidth(0.4)
        c.roundRect(0, 0, w, h, 3 * mm, stroke=1, fill=0)
        band = 9 * mm
        c.setFillColor(DARK_RED)
        c.roundRect(0, h - band, w, band, 3 * mm, stroke=0, fill=1)
        c.rect(0, h - band, w, band / 2, stroke=0, fill=1)  # square off the band's lower corners
        title = para(str(card["title"]), self.hei, 12, "center", color=white)
        _, th = title.wrap(w - 4 * mm, band)
        title.drawOn(c, 2 * mm, h - band + (band - th) / 2)
        y = h - band - 1 * mm
        if card["subtitle"]:
            sub = para(str(card["subtitle"]), self.chain, 7.5, "center", color=DARK_RED)
            _, sh = sub.wrap(w - 6 * mm, 20 * mm)
            y -= sh
            sub.drawOn(c, 3 * mm, y)
        photo_w = 18 * mm if self.photo else 0
        text_w = w - 7 * mm - photo_w - (2 * mm if self.photo else 0)
        y -= 1.2 * mm
        fields_top = y
        foot = para(str(card["footer"]), self.chain, 7, "left", leading=9) if card["footer"] else None
        foot_h = foot.wrap(w - 7 * mm, 12 * mm)[1] if foot else 0
        room = fields_top - 2 * mm - foot_h - 1 * mm
        size = 9.0
        while True:  # long employer names wrap; shrink the type until every line stays inside the card
            paras = [para(f"{label}：{value}", self.chain, size, "left", leading=size * 1.38)
                     for label, value in card["fields"]]  # type: ignore[attr-defined]
            heights = [p.wrap(text_w, 30 * mm)[1] for p in paras]
            if sum(heights) <= room or size <= 6:
                break
            size -= 0.5
        for p, ph in zip(paras, heights, strict=True):
            y -= ph
            p.drawOn(c, 3.5 * mm, y)
        if self.photo:
            ph_h = 22 * mm
            px = w - 3.5 * mm - photo_w
            py = fields_top - ph_h
            c.setDash(2, 2)
            c.setStrokeGray(0.5)
            c.rect(px, py, photo_w, ph_h, stroke=1, fill=0)
            c.setDash()
            label = para("照片", self.chain, 8, "center", color=Color(0.5, 0.5, 0.5))
            _, lh = label.wrap(photo_w, ph_h)
            label.drawOn(c, px, py + (ph_h - lh) / 2)
        if foot:
            foot.drawOn(c, 3.5 * mm, 2 * mm)
